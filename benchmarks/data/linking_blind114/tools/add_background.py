#!/usr/bin/env python3
"""One-off helper used during writing: inserts extra background paragraphs
into part files before a unique anchor string (idempotent)."""
import os
P = os.path.join(os.path.dirname(os.path.abspath(__file__)), "parts")
ADD = [
("part03.txt", "Share this:\nFacebook | Twitter | WhatsApp | Email",
"""The army's operation was launched on April 4, on the same day that UN Secretary-General Antonio Guterres was in Tripoli to prepare a national conference that was due to be held in mid-April and has since been postponed. In its first days the army took control of Gharyan, the main gateway to the capital from the south, and reached the area of the old airport.

The Field Marshal's forces declared the liberation of Benghazi in July 2017 after a three-year war against extremist groups, and took control of Derna, the last stronghold of the jihadists in the east, in 2018. Supporters of the army point to these campaigns as evidence that it is the only force capable of restoring security across the country.

"""),
("part03.txt", "Since the overthrow and killing of Libyan leader Muammar Gaddafi in 2011, Libya has effectively",
"""The truce appeal was the latest in a series of international calls to halt the fighting. UN Secretary-General Antonio Guterres, who was visiting Tripoli when the offensive began, has repeatedly urged a ceasefire, while a British draft resolution at the Security Council demanding a halt to hostilities failed to gain consensus in April. Russia, which maintains contacts with both Libyan camps, objected to language in the draft that it said placed the blame on one side.

"""),
("part02.txt", "Egypt has repeatedly stressed its support for the efforts of the Libyan army",
"""In the three weeks since the start of the operation, the army has taken control of Gharyan and large parts of the southern outskirts of the capital, including areas around the old international airport, Qasr bin Ghashir and Wadi Rabie. Last Saturday the militias announced what they called a counter-attack, and the army said it had repelled their attempts to advance.

President Abdel Fattah al-Sisi received Field Marshal Haftar in Cairo on April 14, and the White House announced on Friday that US President Donald Trump had spoken with the Field Marshal by telephone, recognising his significant role in fighting terrorism and securing Libya's oil resources.

"""),
("part04.txt", "The Libyan National Army, led by Field Marshal Khalifa Haftar, launched its operation on April 4",
"""The downing comes as the army continues to hold its positions south of the capital, where its units have been fighting since early April around the old international airport, Ain Zara, Wadi Rabie and Qasr bin Ghashir. On Sunday, Field Marshal Haftar called on his forces to teach the militias "a bigger lesson" during the holy month of Ramadan, hours after the UN mission proposed a one-week humanitarian truce.

"""),
("part04.txt", "Haftar's LNA, which holds much of the east and south of the country, launched its offensive on the capital on April 4 but has been held on the southern outskirts by forces aligned with the internationally recognised GNA. Both sides",
"""The LNA seized Gharyan, about 80 km south of Tripoli, in the first days of the offensive and uses it as its main forward base.

"""),
("part07.txt", "According to the World Health Organization, over 450 people have been killed",
"""Conte has repeatedly ruled out any Italian military involvement in Libya and has said that Rome maintains contacts with all Libyan actors. Italy, Libya's former colonial ruler, has large energy interests in the west of the country, and Italian oil company Eni operates gas and oil facilities near Tripoli, including at Mellitah.

The Italian premier's meeting with Haftar came two days after French Foreign Minister Jean-Yves Le Drian said President Emmanuel Macron also wanted to meet the warlord to press for a ceasefire. Paris has been accused by the GNA of backing Haftar's offensive, a charge France denies. Haftar's forces launched their assault while UN Secretary-General Antonio Guterres was visiting Tripoli to prepare a national conference that was meant to chart a path to elections.

"""),
("part08.txt", "Neither the Accord government nor the Turkish authorities commented on the shipment.",
"""The arrival of the vehicles comes as the battle for Tripoli enters its seventh week. The Libyan National Army, led by Field Marshal Khalifa Haftar, launched its operation to free the capital from militias on April 4 and has since taken control of Gharyan and large parts of the southern suburbs, including the area of the old international airport. The army has accused the militias of relying on foreign pilots and mercenaries, and on May 7 said it had shot down a Mirage warplane and captured its foreign pilot south of the capital.

"""),
("part08.txt", "Kirpi, BMC's produced mine-protected vehicle (MRAP)",
"""UMH Başkanı Serrac, this month Roma, Berlin, Paris and Londra'ya tour made and Avrupa's leaders from Hafter's attack against clear stance asked. Hafter instead, 16 Mayıs'ta Roma'da İtalya Başbakanı Conte with met.

"""),
("part10.txt", "The French presidency said its diplomacy would be \"very active\" in the coming weeks,",
"""Paris has long maintained ties with Haftar, whom it has seen as a bulwark against jihadist groups, and Macron hosted both Haftar and Serraj at meetings near Paris in July 2017 and at the Elysee in May 2018, when the two sides backed a plan for elections by the end of that year. The vote never took place. Serraj and Haftar met again in Abu Dhabi in February, weeks before the offensive, and agreed in principle on the need for elections, according to the United Nations.

"""),
("part10.txt", "Two ambulance workers were killed and three others injured on Thursday",
"""Haftar's forces had seized the old airport, closed since it was wrecked in fighting in 2014, in the first days of their offensive, and have been trying since then to break through the residential districts that separate it from the center. GNA forces pushed the attackers back around Ain Zara and Wadi Rabie in a counter-offensive launched on April 20.

"""),
("part10.txt", "The army has accused Turkey of sending armoured vehicles and weapons to the militias,",
"""Field Marshal Haftar had also met Italian Prime Minister Giuseppe Conte in Rome on May 16. Army spokesman Major General Ahmed al-Mismari has said repeatedly that the operation will continue until the capital is freed from the militias, and that the army is taking care to avoid civilian areas.

"""),
("part10.txt", "Related:\n- Al-Sarraj in Algiers",
"""The Presidential Council has said since the first days of the attack that there can be no return to negotiations before the withdrawal of the aggressor forces to the positions they held before April 4. Al-Sarraj told French media after his meeting with Macron on May 8 that Hefter could no longer be a partner in any political process, and that the people of the east must be represented by others.

"""),
("part06.txt", "Britain drafted a U.N. Security Council resolution last month calling for a ceasefire,",
"""Serraj's tour began in Rome on Tuesday, where Prime Minister Giuseppe Conte called the situation on the ground a stalemate, and continued in Berlin with Chancellor Angela Merkel, who urged both sides to return to UN-led talks.

"""),
("part06.txt", "Total is among the biggest foreign oil producers in Libya,",
"""The decree follows a series of steps by the Accord government against Paris. In April, the interior ministry of the Accord government announced that it was suspending all security cooperation with France, accusing it of backing the army's operation in Tripoli, an accusation that the French government rejected. Al-Sarraj also said in Paris that Field Marshal Haftar could no longer be a partner in negotiations.

"""),
("part05.txt", "It is worth mentioning that the forces of the General Command, led by Marshal Khalifa Haftar, launched on the fourth of April",
"""And the French Foreign Minister Jean-Yves Le Drian had denied in previous statements that his country supports the military operation of Haftar, affirming that Paris is committed to the legitimate government and to the political solution under the auspices of the United Nations.

And observers considered that the tour of al-Sarraj aims to push the European countries to a clearer position towards the attack on the capital, especially after the failure of the Security Council in April in issuing a resolution calling for a ceasefire, because of the objection of Russia and the reservation of the United States.

"""),
("part01.txt", "It is worth mentioning that the World Health Organization announced",
"""And the capital witnessed during the last days an escalation in the shelling of the residential neighbourhoods, as the municipality of Abu Salim announced last week the death of a number of civilians, among them women, by rockets that fell on the neighbourhood in the night of Tuesday, while each party accused the other of being responsible.

And the airport of Mitiga, the only working airport in the capital, was exposed to an air raid on the eighth of April, which led to the suspension of the flights for hours.

"""),
("part09.txt", "On April 4, LNA commander Field Marshal Khalifa Haftar ordered his forces",
"""On May 18, a ship carrying dozens of Turkish-made armoured vehicles docked at the port of Tripoli. The LNA, whose spokesman Ahmed Mismari has accused Ankara of supplying the GNA with weapons and drones, called the delivery a violation of the UN embargo. Turkish officials did not comment on the shipment.

Fighting intensified on Tuesday in the Salah al-Din area south of Tripoli, where GNA forces said they had advanced with air support.

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
