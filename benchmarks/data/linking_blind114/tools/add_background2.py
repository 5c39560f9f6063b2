#!/usr/bin/env python3
"""Second batch of background paragraphs (same mechanism as add_background.py)."""
import os
P = os.path.join(os.path.dirname(os.path.abspath(__file__)), "parts")
ADD = [
("part01.txt", "The World Health Organization says 227 people have been killed",
"""Haftar ordered the advance on April 4, as U.N. Secretary-General Antonio Guterres was visiting Tripoli to prepare a national conference that was supposed to set a path to elections. The conference, planned for mid-April, has been postponed indefinitely. The LNA quickly took Gharyan, about 80 km south of the capital, and reached the old international airport, but its advance slowed in the dense suburbs, where armed groups from Tripoli and the port city of Misrata have rallied to the GNA.

Tripoli's only functioning airport, Mitiga, was hit by an air strike on April 8, and flights have been repeatedly suspended since. On the night of April 16, rockets slammed into the Abu Salim district, killing several civilians in their homes. Each side blamed the other.

"""),
("part01.txt", "A military source said: \"The bombing at night is the act of a defeated man.",
"""The Volcano of Rage operation was announced by the Government of National Accord in the first days of the attack to repel the forces of Hefter, who moved on the capital on April 4 while the Secretary-General of the United Nations was visiting Tripoli. Since then, the operation says, its forces have retaken several positions in the south, and fighters from Misrata, Zawiya and Zintan have joined the defence of the capital.

"""),
("part04.txt", "The UN says at least 432 people have been killed, more than 2,000 wounded",
"""The Tripoli government has its own small air arm, based largely at Misrata, which it has used to strike LNA supply lines between Gharyan and the front. The LNA has in turn carried out air strikes on the capital's southern districts and on Mitiga, Tripoli's only functioning airport, since the early days of the offensive, including the first night-time raids on April 20.

The claim came as the LNA pressed on despite a UN appeal for a one-week humanitarian truce to mark the start of Ramadan on Monday. Haftar urged his troops in an audio message on Sunday to fight harder during the fasting month.

"""),
("part07.txt", "On the ground, the army's spokesman Major General Ahmed al-Mismari said the armed forces",
"""Egypt, which shares a long border with Libya, has stressed its support for the efforts of the Libyan National Army in combating terrorism, and President Abdel Fattah al-Sisi received Field Marshal Haftar in Cairo on April 14, ten days after the start of the operation on Tripoli.

The Accord government, for its part, has rejected any talks with the Field Marshal. Fayez al-Sarraj said in Paris last week, after meeting Macron, that the peace process after April 4 would be completely different and that the east of Libya must be represented by others.

"""),
("part10.txt", "It is worth mentioning that Macron had received, on the eighth of May,",
"""And the French presidency said that the Marshal described the situation on the ground as "dynamic" and that his forces are consolidating their positions gradually, while the French diplomacy will maintain a constant dialogue with the United Nations, Italy, the European capitals, Washington and the regional parties, such as Egypt.

And this is the first meeting between Macron and Haftar in the Elysee since the start of the military operation on Tripoli on the fourth of April, and it came days after the visit of Haftar to Rome, where he met the Italian Prime Minister, who called him to a ceasefire.

"""),
("part06.txt", "Observers in Tripoli said the tour had succeeded",
"""Britain, which holds the pen on Libya at the Security Council, had circulated a draft resolution in April calling for a ceasefire and a return to the political process, but the text was blocked by the objection of Russia and the reservation of the United States, days before the White House announced a telephone call between US President Donald Trump and Hefter.

"""),
("part05.txt", "Germany currently holds a non-permanent seat on the UN Security Council,",
"""The Abu Dhabi meeting between Sarraj and Haftar in late February, hosted by the United Arab Emirates under UN auspices, ended with an agreement in principle on the need to end the transitional period through general elections. Haftar's offensive on Tripoli five weeks later shattered that understanding, and the GNA has since said it will not return to talks on the same basis.

The tour comes as the humanitarian situation around the capital deteriorates. On April 23, armed men opened fire on migrants held in the Qasr bin Ghashir detention center south of Tripoli, an attack the GNA blamed on Haftar's forces. UN agencies later moved hundreds of detainees to a center in Zawiya.

"""),
("part10.txt", "According to the World Health Organization, at least 510 people have been killed since the start of the fighting on April 4, and around 75,000 displaced.",
"""The army's operation began on April 4 with the capture of Gharyan and the advance to the old international airport, which has been closed since it was destroyed in the 2014 fighting between the militias. Since then, the army's units have been fighting in the southern suburbs of Ain Zara, Wadi Rabie, Qasr bin Ghashir and Salah al-Din.

"""),
("part02.txt", "We welcome the move by UNHCR to transfer people out of Qasr bin Ghashir,",
"""Since the beginning of April, our partners have documented the situation of detainees in at least five centres located in or near areas affected by the fighting, including Ain Zara, Abu Salim and Qasr bin Ghashir. In several of them, people reported that they had been left for days without adequate food or clean water, and that they had no means of leaving when shells fell nearby.

"""),
("part06.txt", "Haftar's LNA, which holds much of the east and south of the country, has been held",
"""The LNA said on Tuesday it had shot down a GNA Mirage F1 near Gharyan and captured its pilot, who said in a video that he was a Portuguese contractor. Portugal said he was not a member of its armed forces.

"""),
]
for fn, anchor, text in ADD:
    p = os.path.join(P, fn); s = open(p, encoding="utf-8").read()
    if text.strip()[:60] in s:
        continue
    assert s.count(anchor) == 1, (fn, anchor[:50], s.count(anchor))
    s = s.replace(anchor, text + anchor)
    open(p, "w", encoding="utf-8").write(s)
print("done")
