"""One-off: add background paragraphs after anchor sentences in the part files."""
# ALREADY APPLIED to the part files; do not rerun (would duplicate paragraphs).
X = [
("part1.py", "opens the way to secure the international Damascus-Aleppo highway.",
"""

The liberation of Maarat al-Numan comes months after the army units restored security to the city of Khan Sheikhoun and the towns of the northern Hama countryside in August last year, in an operation that ended years of the terrorists' control over the international highway south of Idlib and encircled the Turkish observation post in Morek."""),
("part1.py", "the Turkish regime, had refused all the initiatives of calm, including the ceasefire announced in the middle of this month, and used it to reinforce their positions and receive weapons across the Turkish border.",
"""

Syria has affirmed on more than one occasion that it will not allow the terrorists to remain in Idlib, and that the understandings of Astana and Sochi were temporary arrangements that the Turkish side failed to implement, foremost among them the separation of the so-called moderate opposition from the terrorists and the opening of the international highways M4 and M5 to traffic."""),
("part1.py", "flouting both the 2018 cease-fire and a new one that started on Aug. 31, 2019.",
"""

The regime launched a large ground offensive in the south of the zone in April 2019 and captured the town of Khan Sheikhun in August, leaving one of Turkey's observation posts, at Morek, surrounded. A new wave of attacks began in mid-December, forcing tens of thousands of people to flee the town of Maarat al-Numan and surrounding villages within days.

Turkish officials have also said that the Russian side gave assurances at the Istanbul meeting that it would use its influence on the regime to halt the attacks."""),
("part1.py", "which has repeatedly launched attacks on Syrian army positions and on the Russian Hmeymim air base with drones.",
"""

Russian officials have also noted that the militants used previous pauses in the fighting to regroup. A ceasefire announced at the end of August 2019 was followed by renewed attacks on government positions in southern Idlib, the Russian military said at the time. In December, Russia and China vetoed a UN Security Council draft on extending cross-border humanitarian deliveries into Syria, arguing that aid should be channeled through Damascus.

Turkey, which has 12 observation posts in Idlib, says it is seeking to stop a new flow of refugees towards its border."""),
("part1.py", "The Russian side has repeatedly stated that these obligations have not been fulfilled.",
"""

The Russian military has repeatedly reported drone attacks by militants on the Hmeymim air base in Latakia province, and shelling of government-controlled residential areas in Aleppo from the Idlib zone. According to Moscow, the operation of the Syrian army is a response to these attacks and is being conducted in line with international law.

Russia, Turkey and Iran are the guarantor states of the Astana process on Syria. The next summit of the three countries' leaders is expected to be held in Iran."""),
("part1.py", "which are the martyrs were laid",
""""""),
("part1.py", "The martyrs were laid to rest with prayers and the chanting of slogans.",
"""

Turkey has carried out three major cross-border operations in northern Syria since 2016: Operation Euphrates Shield against Daesh, Operation Olive Branch in Afrin in 2018, and Operation Peace Spring east of the Euphrates last October against the YPG/PKK terror group. The Turkish army also has a presence in the Idlib de-escalation zone through its observation posts.

Officials in Ankara have said that Turkey's presence in Idlib aims to protect civilians and prevent a new humanitarian tragedy on its border."""),
("part2.py", "The army units last week liberated the city of Maarat al-Numan and dozens of villages and towns in the southern countryside of Idlib, opening the way to secure the international highway.",
"""

The Turkish regime has in recent days pushed large convoys of armored vehicles and tanks into Idlib governorate through the Kafr Lusin crossing, and deployed them around Saraqeb and in the vicinity of the highway, in what the Syrian Foreign Ministry considered a flagrant aggression on the sovereignty of the Syrian Arab Republic and a desperate attempt to protect the terrorist organizations.

The army units had responded on Monday to the sources of fire of the Turkish forces which targeted the Syrian army positions in the area, a military source said at the time, adding that the Turkish claims about the killing of Syrian soldiers were baseless."""),
("part2.py", "Turkey already hosts 3.7 million Syrians, more than any other country in the world.",
"""

Ankara has repeatedly called on Moscow, the regime's main backer, to rein in the Assad regime. A Russian delegation held talks with Turkish officials in Ankara on Saturday on the situation in Idlib, and a second meeting was expected, according to Turkish diplomatic sources.

Turkey has carried out three cross-border operations in northern Syria since 2016 to clear its border region of terrorists and enable the return of Syrians to their homes: Euphrates Shield, Olive Branch and Peace Spring."""),
("part2.py", "It is the second attack in one week.",
""" 

NEREDE TAFTANAZ?

Taftanaz is the town in the north east of Idlib city, and it has military airport which was used by the regime helicopters before 2013. In recent days TSK has sent many convoys with tank, obüs and commando units to the region and it is established new points around Saraqib and in the Taftanaz airport. The regime forces which captured Saraqib last week is advancing in the north along the M5 highway to the west of Aleppo.

Local sources said the regime artillery hit the area from the positions near Saraqib."""),
("part3.py", "the displacement has reached hundreds of thousands of people heading towards the Turkish border in very difficult conditions.",
"""

The Turkish army has in the past two weeks pushed hundreds of vehicles, tanks and artillery through the Kafr Lusin crossing and set up new positions in Taftanaz, in the vicinity of Saraqeb and on the road between Idlib and Aleppo. The revolutionaries consider that the new Turkish deployment, together with the start of the Turkish artillery fire against the Assad militias, changed the balance on some axes for the first time since the start of the campaign.

President Erdogan gave the Assad regime last week until the end of February to withdraw behind the Turkish observation points, and said today that the regime will pay a heavy price for attacking the Turkish soldiers."""),
("part4.py", "Turkey's own border with Syria remains closed.",
"""

More than a million migrants and refugees reached Europe in 2015, most of them crossing from Turkey to the Greek islands, before the EU-Turkey agreement of March 2016 sharply cut the number of arrivals. Under the deal, the EU pledged 6 billion euros for refugees in Turkey, and Greece was allowed to return to Turkey migrants who reached its islands irregularly. Turkey says only part of the money has been paid and accuses the EU of failing to deliver on other promises, including visa-free travel for Turkish citizens."""),
("part4.py", "according to Turkish officials.",
"""

Under the EU-Turkey deal of March 2016, Turkey agreed to take back irregular migrants crossing to the Greek islands in exchange for financial aid for refugees, the resettlement of Syrian refugees from Turkey to EU countries, the acceleration of visa liberalization for Turkish citizens and the revitalization of its EU accession process. Turkish officials have long complained that the EU has failed to honor most of these commitments.

Turkish officials stress that the Turkish policy does not mean Turkey is sending refugees to Europe, but that it will no longer prevent those who wish to leave."""),
("part4.py", "Syria has repeatedly affirmed that the Turkish presence on its territory is an occupation, and that it will confront it by all legitimate means.",
"""

The army units had liberated in the past weeks the cities of Maarat al-Numan and Saraqeb and secured the entire Damascus-Aleppo international highway for the first time since 2012, before the terrorist groups, with direct support of the Turkish artillery, attacked Saraqeb again last week. The military source had said that the Turkish soldiers who were killed last Thursday were inside the positions of the terrorist organizations in the southern countryside of Idlib.

The Syrian Foreign Ministry has sent letters to the UN Secretary-General and the President of the Security Council about the Turkish aggression, calling on the Council to shoulder its responsibilities."""),
("part4.py", "Cumhurbaşkanı Erdoğan will go to Moscow on 5 Mart to meet with Putin.",
"""

HAREKATIN ADI NEDEN BAHAR KALKANI?

The Bahar Kalkanı is the fourth big operation of TSK in the Syria after Fırat Kalkanı (2016), Zeytin Dalı (2018) and Barış Pınarı (2019). Differently from the others, in this operation the target is not terror organization but the regime forces. The SİHA (armed drones) of TSK were used very much in the operation and the images of the hit regime tanks was shared by the MSB.

Meanwhile on the Edirne Pazarkule border gate the waiting of the migrants is continuing."""),
("part5.py", "Turkey subsequently launched an operation against the Syrian army called Spring Shield.",
"""

Putin and Erdogan last met in person in Istanbul on January 8, when they opened the TurkStream gas pipeline and called for a ceasefire in Idlib, which was announced from January 12 but was not sustained. Kremlin spokesman Dmitry Peskov said before the talks that Moscow intended to discuss with Ankara ways to prevent a further escalation.

Russian military police units were deployed to Saraqib on March 2 to ensure the safety of traffic on the M4 and M5 highways, the Russian Defense Ministry said earlier."""),
("part5.py", "The parameters of the corridor were agreed by the military delegations of the two countries in Ankara last week.",
"""

The situation in Idlib sharply escalated in February, when Turkish troops came under fire of the Syrian army several times. On February 27, 33 Turkish servicemen were killed, after which Turkey launched the Spring Shield operation against the Syrian army. The Russian Defense Ministry said the Turkish military personnel had been in the battle formations of terrorist groups at the time and that Ankara had not informed Russia of their location.

The M4 highway, which passes through Saraqib, Ariha and Jisr al-Shughur, has been closed to regular traffic for years because of militant activity."""),
("part5.py", "most of them refuse to return to areas near the front lines while the regime militias are there.",
"""

The M4 road passes through the cities of Saraqeb, Ariha and Jisr al-Shughur, and the security corridor agreed in Moscow would cover a strip of six kilometers on each side of it, which includes dozens of towns and villages in the Jabal al-Zawiya and Jisr al-Shughur areas. Many of the displaced fear that the corridor is a prelude to handing these areas over to the regime, as happened with the M5 highway which the Assad militias took after the fall of Maarat al-Numan and Saraqeb."""),
("part5.py", "Some 1 million civilians have been displaced by the regime's attacks in Idlib since December, with most of them moving toward areas near the Turkish border.",
"""

Before the Moscow agreement, Turkish troops came under repeated attacks in Idlib. Seven soldiers and a civilian contractor were martyred near Saraqib on Feb. 3, and five soldiers were martyred in Taftanaz on Feb. 10. President Erdogan had given the regime until the end of February to pull back behind Turkey's observation posts in the region.

Turkey has 12 observation posts in the Idlib de-escalation zone set up under the Astana process, several of which were encircled during the regime's offensive."""),
]
import collections
for p, anchor, add in X:
    if not add: continue
    s = open(p).read()
    assert s.count(anchor) == 1, (p, anchor[:50])
    i = s.index(anchor) + len(anchor)
    # move to end of paragraph
    j = s.find("\n", i)
    j = len(s) if j < 0 else j
    s = s[:j] + add.rstrip("\n") + s[j:]
    open(p, "w").write(s)
print("done")
