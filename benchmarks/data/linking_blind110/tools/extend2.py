"""One-off, second pass: more background paragraphs (inserted at end of the anchor's paragraph)."""
# ALREADY APPLIED to the part files; do not rerun (would duplicate paragraphs).
X = [
("part4.py", "Erdogan to Moscow\n\nTurkish President Recep Tayyip Erdogan is due in Moscow on Thursday (March 5) for talks with Vladimir Putin on Idlib, the Kremlin has confirmed.",
"""

6. A child dies off Lesbos

A child died after a dinghy carrying migrants capsized off the coast of Lesbos on Monday morning, Greek authorities said, the first known death since Turkey stopped holding migrants back. Tension is high on the island, where some residents have tried to stop boats from landing and where the Moria camp holds many times its capacity.

Background: how we got here

Turkey's decision to open the way to Europe came hours after 33 Turkish soldiers were killed in an air strike in Idlib on the night of 27 February. It was the latest in a series of deadly incidents: Syrian shelling killed seven Turkish soldiers and a civilian near Saraqeb on 3 February and five soldiers at Taftanaz on 10 February. Nearly a million Syrians have fled the government offensive since December."""),
("part5.py", "has been closed to regular traffic for years because of militant activity.",
"""

Russian military police patrols have operated in northeastern Syria together with Turkish units since November 2019 under the Sochi memorandum on the areas east of the Euphrates, signed on October 22, 2019. The Russian Defense Ministry has said that those joint patrols have helped stabilize the situation along the Syrian-Turkish border."""),
("part5.py", "Turkey has 12 observation posts in the Idlib de-escalation zone set up under the Astana process, several of which were encircled during the regime's offensive.",
"""

Turkish and Russian troops have been carrying out joint patrols in northeastern Syria since November 2019 under the Sochi agreement of Oct. 22, which halted Turkey's Operation Peace Spring against the YPG/PKK terror group east of the Euphrates river."""),
("part2.py", "We are following events in northwest Syria, where the stand-off between Turkish and Syrian government forces continues, and the rest of the region.",
""""""),
("part2.py", "Aid groups warn that camps are overflowing.",
"""

10:15 - Background: Turkey's posts in Idlib

Turkey has twelve observation posts around Idlib, set up under the 2017 Astana de-escalation deal with Russia and Iran and confirmed in the Sochi memorandum of September 2018. Since the government offensive resumed, several have been surrounded, including Morek in northern Hama, cut off since August, and newer posts around Maarat al-Numan and Saraqeb. In the past ten days Turkey has sent hundreds of military vehicles into Idlib and set up new positions, including at Taftanaz. President Erdogan said on Wednesday (Feb 5) that Syrian forces must withdraw behind the posts by the end of February."""),
("part1.py", "Last week the army took control of Maarat al-Numan, the second largest town in the province.",
"""

According to the Russian Center for Reconciliation, militants in Idlib carried out dozens of attacks on government positions and on populated areas in January despite the ceasefire declared from January 9, which led the Syrian army to resume its operation. Russia has been providing air support to the Syrian army since September 2015."""),
("part1.py", "Hundreds of thousands of people have fled the fighting towards the Turkish border since December. Turkey, already home to 3.6 million Syrian refugees, says it cannot take in more.",
""""""),
("part5.py", "Previous ceasefires in Idlib, including one agreed in January, collapsed within days or weeks.",
"""

Russian military police deployed on Monday to Saraqeb, the town at the junction of the M4 and M5 highways that changed hands twice in a week, after government forces recaptured it from Turkish-backed rebels. Turkey's drone and artillery strikes over the past week destroyed dozens of Syrian tanks and artillery pieces, according to Ankara, which said its operation, dubbed Spring Shield, was self-defence.

The European Union has accused Turkey of using migrants for political pressure. Greece, which says it has blocked tens of thousands of attempts to cross its land border, has suspended asylum applications for a month."""),
("part1.py", "Our sorrow is big. Allah rahmet eylesin to our martyrs, we wish the fast recovery to our wounded.",
""""""),
("part1.py", "Since last month the regime and Russia attacks increased and hundreds of thousand civilian fled to the Turkish border.",
"""

The regime had captured last week the Maarat al-Numan, which was in the hand of the opposition since 2012. After this, the target of regime is Saraqib, where the M4 and M5 highways are crossing. Two of our observation points, in Morek and in Surman, was left in the area of regime.

In January 12 it was started a ceasefire in Idlib with the agreement of Turkey and Russia, but the regime was not obeyed it and the attacks was continued."""),
("part2.py", "Local sources said the regime artillery hit the area from the positions near Saraqib.",
"""

Meanwhile the Russian delegation came to Ankara on Saturday for the talks about Idlib. The talks lasted about 3 hours and it was said that the talks will continue. Dışişleri Bakanı Mevlüt Çavuşoğlu said that if the regime attacks continue, Turkey will give the necessary answer."""),
("part1.py", "and the noise of the bombing didn't stop",
""""""),
("part3.py", "Since the fall of Saraqeb last week, the regime militias have been advancing north along the M5 highway towards the western countryside of Aleppo",
""""""),
("part4.py", "where the reception centres are already far beyond capacity.",
"""

In the border villages of Evros, residents said they had not seen such scenes since 2015, when hundreds of thousands of people crossed from Turkey through the Aegean islands. A fence along the 12.5-kilometre stretch of the land border that is not covered by the river was built in 2012 after a previous surge in crossings."""),
("part4.py", "Hundreds of people reached the islands of the north Aegean over the weekend.",
"""

The migration crisis of 2015 and 2016, when more than a million people passed through Greece on their way to central and northern Europe, remains a vivid memory for Greek governments. The EU-Turkey statement of March 2016 sharply reduced arrivals, but the island camps have remained overcrowded, with more than 40,000 people living in facilities built for a fraction of that number."""),
("part3.py", "The Turkish Defense Ministry earlier claimed that Syrian government forces had been forced out of Nairab after the helicopter was hit.",
""""""),
("part4.py", "Nearly a million Syrians have been displaced toward the Turkish border since the regime and its backers intensified their attacks on the Idlib de-escalation zone in December, according to the UN.",
"""

Before Thursday's attack, regime forces had killed 13 Turkish military personnel in Idlib in two separate attacks on Feb. 3 and Feb. 10. President Erdogan had given the regime until the end of February to withdraw behind Turkey's observation posts."""),
]
for p, anchor, add in X:
    if not add: continue
    s = open(p).read()
    assert s.count(anchor) == 1, (p, anchor[:50])
    i = s.index(anchor) + len(anchor)
    cands = [k for k in (s.find("\n", i), s.find('"""', i)) if k >= 0]
    j = min(cands)
    s = s[:j] + add.rstrip("\n") + s[j:]
    open(p, "w").write(s)
print("done")
