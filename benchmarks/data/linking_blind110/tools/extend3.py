"""One-off, third pass."""
# ALREADY APPLIED to the part files; do not rerun (would duplicate paragraphs).
X = [
("part4.py", "- All parties to the conflict in Syria to agree an immediate ceasefire in Idlib.",
"""

Since the start of February, our members have recorded repeated strikes on or near health facilities, schools and displacement sites in Idlib and western Aleppo. Several member organisations have had to relocate their offices and warehouses twice in a month as the front line moved north after the fall of Maarat al-Numan and Saraqeb. The escalation between Turkish and Syrian government forces since the beginning of February, and in particular since 27 February, has made access even more dangerous for humanitarian staff."""),
("part4.py", "Syria has repeatedly affirmed that the Turkish presence on its territory is an occupation, and that it will confront it by all legitimate means.",
""""""),
("part4.py", "calling on the Council to shoulder its responsibilities.",
"""

The Russian Center for Reconciliation said earlier that it could not guarantee the safety of Turkish aircraft flying over Syria after Damascus closed the airspace over Idlib."""),
("part5.py", "Under the protocol, joint patrols are to be conducted along the M4 from the settlement of Trumba, 2 km west of Saraqib, to the settlement of Ain al-Havr.",
"""

Local residents and displaced Syrians have been staging a sit-in on parts of the highway in recent days to protest against the participation of Russian forces in the patrols, according to local sources."""),
("part5.py", "The Russian military noted that the ceasefire regime in the Idlib de-escalation zone was generally being observed.",
"""

Turkish President Recep Tayyip Erdogan said after the Moscow talks that Turkey reserved the right to respond to any attack by Syrian government forces. The Turkish Defense Ministry announced on Sunday that the first joint patrol had been carried out with the participation of land and air elements, without mentioning any incidents."""),
("part2.py", "The army units last week liberated the city of Maarat al-Numan and dozens of villages and towns in the southern countryside of Idlib, opening the way to secure the international highway.",
"""

The residents of the neighboring towns in Aleppo and Hama countryside have long suffered from the rocket and mortar shells fired by the terrorists from Saraqeb and its surroundings, which claimed the lives of many civilians, including children, over the past years."""),
("part1.py", "The head of the center, Major General Yuri Borenkov, earlier called on the leaders of armed groups to renounce provocations and join the peace process in the territories they control.",
"""

Humanitarian corridors for civilians wishing to leave the Idlib zone for government-controlled areas were opened near Abu al-Duhur, Al-Hader and Habit, the Russian military said earlier this week, adding that militants were preventing people from using them."""),
("part4.py", "The regime had announced earlier today that it closed the airspace of the north west Syria.",
"""

According to the information, the SU-24 planes was hit by the F-16 of Turkish air force and the pilots was left the planes with parachute. In the social media the images of the falling planes was shared."""),
("part3.py", "The Turkish lira weakened and Istanbul's main share index fell sharply at Friday's open.",
""""""),
]
for p, anchor, add in X:
    if not add: continue
    s = open(p).read()
    assert s.count(anchor) == 1, (p, anchor[:50])
    i = s.index(anchor) + len(anchor)
    j = min(k for k in (s.find("\n", i), s.find('"""', i)) if k >= 0)
    s = s[:j] + add.rstrip("\n") + s[j:]
    open(p, "w").write(s)
print("done")
