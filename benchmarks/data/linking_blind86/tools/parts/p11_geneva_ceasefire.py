G = "geneva_permanent_ceasefire_signed_2020_10_23"

ARTICLES = [
dict(group=G, published="2020-10-23", outlet="Meridian Press",
title="Libya's warring sides sign 'permanent' ceasefire at U.N. talks in Geneva",
text="""GENEVA (MP) - Libya's two main warring sides signed a permanent, nationwide ceasefire on Friday after five days of U.N.-hosted talks in Geneva, requiring foreign fighters and mercenaries to leave the country within three months.

"Today is a good day for the Libyan people," acting U.N. envoy Stephanie Williams told reporters after the signing by military delegations of the Tripoli-based Government of National Accord (GNA) and eastern commander Khalifa Haftar's Libyan National Army (LNA). The deal took effect immediately, she said.

Under the agreement, reached in the fourth round of talks of the 5+5 Joint Military Commission, all military units and armed groups are to pull back from front lines to their bases. Foreign fighters and mercenaries are to depart from Libya's land, air and sea within three months, and military training agreements are to be suspended, with foreign trainers leaving.

The two sides also agreed to form a limited joint force under a unified command to help secure the areas vacated, and to keep up prisoner exchanges. The ceasefire does not cover groups designated as terrorist by the United Nations.

Earlier this week the delegations agreed to reopen air and land routes across the front lines, cooperate on restoring oil output and curb inflammatory rhetoric on social media.

"We have had enough suffering, enough bloodshed," said Ahmed Abushahma, head of the GNA delegation. His LNA counterpart, Amhimmid Mohamed Alamami, shook hands with him after the signing.

U.N. Secretary-General Antonio Guterres welcomed the agreement as a fundamental step toward peace and stability in Libya, and urged foreign powers to respect it. German Foreign Minister Heiko Maas called it a first ray of hope for Libyans in a long time.

Turkey, the GNA's main backer, was cool on the deal. President Tayyip Erdogan said it had not been made at the highest level and that time would tell how long it would last.

The United Nations is due to host political talks in Tunisia next month aimed at agreeing on a unified government and a path to elections.

The commission was set up after a Berlin summit in January. Its first round of talks, also in Geneva, in February ended without a deal, and fighting intensified in the spring. Negotiations picked up again after the two sides' ceasefire announcements in August, with security talks held in the Egyptian resort of Hurghada last month.

Haftar's 14-month offensive on Tripoli collapsed in June after Turkey stepped up military support for the GNA. Front lines have since settled around the coastal city of Sirte and the Jufra air base. The rival sides declared separate ceasefires in August.

Libya has been in turmoil since a NATO-backed uprising toppled Muammar Gaddafi in 2011. It has been split since 2014 between rival administrations in Tripoli and the east, with armed groups holding sway on the ground.
"""),

dict(group=G, published="2020-10-23", outlet="Ankara Newswire",
title="Libyan parties sign permanent ceasefire deal in Geneva; Erdogan says durability remains to be seen",
text="""GENEVA / ISTANBUL

Delegations representing Libya's legitimate Government of National Accord and the forces of eastern-based warlord Khalifa Haftar signed a permanent ceasefire agreement in Geneva on Friday, the UN announced.

Stephanie Williams, acting UN envoy to Libya, said the two delegations to the 5+5 Joint Military Commission signed a complete and countrywide ceasefire agreement with immediate effect at the UN headquarters in Geneva.

The agreement provides for the withdrawal of all mercenaries and foreign fighters from Libyan territory within three months and for forces to return to their bases, Williams said at a press conference.

Speaking to reporters in Istanbul after Friday prayers, President Recep Tayyip Erdogan said the ceasefire agreement had not been reached at the highest level but at a lower level, and that time would show how long it would last.

"It seems to me that it lacks credibility," Erdogan said, while adding that he hoped the decision would be respected. He compared the situation to the repeated violations of humanitarian truces by Armenia in the Upper Karabakh conflict.

The head of the GNA delegation, Maj. Gen. Ahmed Abu Shahma, said the agreement aimed to end bloodshed and would help maintain security and stability across Libya.

The GNA, with Turkish support, repelled Haftar's attack on Tripoli in June and liberated the capital's surroundings and the city of Tarhuna. Haftar's forces, backed by Russian Wagner mercenaries, remain in Sirte and the Jufra region.

"""),

dict(group=G, published="2020-10-24", outlet="The Northern Chronicle",
title="Libya's generals sign a truce in Geneva. Now comes the hard part",
text="""By Harriet Vale, Diplomatic Editor

It took ten minutes to sign and nine months to negotiate. At a quarter past eleven on Friday morning in a conference room at the Palais des Nations in Geneva, five officers from each of Libya's two armies put their names to what the United Nations calls a complete, countrywide and permanent ceasefire. There was applause. Stephanie Williams, the American diplomat who has run the UN mission in Libya since March, called it a good day for the Libyan people.

On paper the agreement goes further than anything the two sides have signed before. Front-line units are to return to their barracks. All foreign fighters and mercenaries are to leave Libya - by land, sea and air - within three months. Military training agreements with foreign states are to be frozen and the trainers sent home. A joint force under a single command is to police the zone in between.

The obvious question is who will enforce it. The answer, for now, is nobody in particular. The text asks the parties themselves to carry it out, with the UN monitoring. The Security Council has yet to say whether it will back it with a resolution.

The joint military commission was born in Berlin in January, when world leaders agreed a 55-point plan to end foreign interference in Libya and then, almost without exception, went home and carried on interfering. Its first sessions in Geneva in February produced a draft ceasefire that neither side accepted. Within weeks the talks had collapsed, and the spring became the bloodiest phase of the war.

What changed was the battlefield. Turkey, which signed a security pact with the Tripoli government in November, poured in drones, air defences and Syrian fighters. Field Marshal Khalifa Haftar's siege of Tripoli, begun in April 2019, fell apart in late May and early June; his forces abandoned the capital's southern suburbs and the town of Tarhuna and fell back hundreds of kilometres to Sirte. There the advance stopped, in part because Egypt's President Abdel Fattah al-Sisi declared the Sirte-Jufra line a red line and won his parliament's approval to send troops, and in part because Russian aircraft had appeared at Jufra.

A stalemate is often the precondition for a truce. In August the head of the Tripoli government, Fayez al-Sarraj, and the eastern parliamentary speaker, Aguila Saleh, issued parallel calls for a ceasefire. In September Field Marshal Haftar agreed to lift an eight-month blockade of oil exports in a deal with Ahmed Maiteeq, Mr Sarraj's deputy; production has since climbed steadily. Mr Sarraj announced that he would hand over power by the end of October. Meanwhile, in Morocco and Switzerland, politicians from both sides began sketching out a new unity government.

Even so, this week's deal is notable for who signed it: military men, not politicians. That is both its strength and its weakness. Recep Tayyip Erdogan made the point within hours, telling reporters in Istanbul that the agreement had not been concluded at the highest level and that time would tell whether it survived. Ankara's interest is clear enough. The clause on training agreements, if applied, would cover precisely the arrangements under which Turkish officers have been working in western Libya.

The same clause, and the three-month deadline for foreign fighters, should worry Moscow, whose Wagner contractors are dug in at Jufra and Sirte, and the United Arab Emirates, which the UN's own experts have repeatedly accused of flying arms into eastern Libya. None of them signed anything on Friday.

The next act opens in Tunisia next month, where the UN will convene a political dialogue forum meant to agree on a new executive and a path to national elections. Ms Williams will be hoping the ceasefire gives them the breathing space they need. The last time Libya was this close to a political deal, in April 2019, it was overtaken by an offensive launched ten days before a national conference was due to open.

Germany's foreign minister, Heiko Maas, called Friday's deal the first ray of hope for Libyans in a long time. He is probably right. The question is how long the light lasts.
"""),

dict(group=G, published="2020-10-25", outlet="Defence Horizons Review",
title="Analysis: Geneva ceasefire puts Libya's foreign forces on a 90-day clock",
text="""DEFENCE HORIZONS REVIEW | Analysis | Land Forces, Air Power, Middle East & North Africa

Analysis: Geneva ceasefire puts Libya's foreign forces on a 90-day clock

25 October 2020

Key points
- The permanent ceasefire signed in Geneva on 23 October gives foreign fighters and mercenaries three months to leave Libya
- The agreement also suspends foreign military training agreements, a provision aimed directly at Turkey's programme in western Libya
- Enforcement and verification mechanisms remain undefined, and the key external actors were not parties to the deal

The ceasefire agreement signed by the Libyan Joint Military Commission (JMC) in Geneva on 23 October is the most detailed military arrangement produced since the 2019-20 war for Tripoli began. It commits the Government of National Accord (GNA) and the Libyan National Army (LNA) to withdraw units from the contact lines to their bases, to form a limited joint force under unified command for the vacated areas, and to secure the departure of all foreign fighters and mercenaries within 90 days - that is, by late January 2021.

The force-generation problem is significant. Both sides have relied heavily on external manpower and equipment since mid-2019. On the GNA side, Turkish personnel have operated air-defence systems, electronic warfare equipment and armed unmanned aerial vehicles (UAVs), notably Bayraktar TB2s, from Mitiga and, since May, from Al-Watiya air base. Syrian fighters recruited from Turkish-backed factions in northern Syria were deployed to the Tripoli fronts in their thousands.

The LNA, for its part, has been supported by Russian private military contractors associated with the Wagner group - estimated by UN experts earlier this year at between 800 and 1,200 personnel - as well as Sudanese and Chadian fighters. US Africa Command said in May that Russia had flown MiG-29 and Su-24 aircraft to Jufra via Syria. UAE-supplied Wing Loong UAVs and Pantsir-S1 air-defence systems were used by the LNA during the Tripoli campaign.

None of the states concerned is a signatory. Turkey's President Recep Tayyip Erdogan said on 23 October that the agreement had not been made at the highest level and questioned its credibility. Ankara regards its presence as legal under the November 2019 memorandum with the GNA, and the training-suspension clause is likely to be contested by Turkish officials who argue that agreements between states are outside the JMC's remit.

Verification is the second gap. The text envisages monitoring with UN involvement, but UNSMIL has no observer component and a Security Council resolution would be required to create one. The Geneva round also addressed the Petroleum Facilities Guard, whose fragmentation contributed to this year's eight-month oil shutdown, and follow-up sub-committees are expected to be set up at future JMC meetings.

Practical confidence-building measures agreed during the Geneva round - reopening the coastal road between Misrata and Sirte, resuming domestic flights and exchanging prisoners - are more likely to show early results than the foreign-forces provisions.

The agreement does not apply to UN-designated terrorist groups, a carve-out that both sides have historically interpreted broadly.

Outlook
Expect the withdrawal of Libyan units from the Sirte-Jufra line to be partial and reversible. The departure of foreign contingents within 90 days is unlikely; a reduction in visible activity, particularly air operations, is the more realistic near-term indicator. The durability of the ceasefire will depend less on the JMC than on whether Ankara, Moscow, Abu Dhabi and Cairo see a political settlement emerging from the UN-led forum due to open in Tunisia in November.

Related: The Sirte-Jufra line: a primer | Libya's drone war in numbers

(c) Defence Horizons Review. All rights reserved. Subscribe for full access.
"""),
]
