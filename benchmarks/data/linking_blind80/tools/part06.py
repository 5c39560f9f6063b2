G = "gna_captures_tarhuna_2020_06_05"

ARTICLES = [
dict(group=G, published="2020-06-05", outlet="Global Dispatch Agency",
title="Libya's Tripoli forces seize Hifter's last western stronghold Tarhuna",
text="""TRIPOLI, June 5 (GDA) - Libya's UN-recognised government said Friday its forces had overrun Tarhuna, the last western stronghold of eastern-based strongman Khalifa Hifter and the launchpad of his failed 14-month assault on the capital.

"Our heroic forces have extended their control over the whole of Tarhuna," said Mohamad Gnounou, military spokesman for the Government of National Accord (GNA).

The GNA's operations room said its troops had reached the town centre after entering from four directions, meeting little resistance. Mustafa al-Majei, another GNA military spokesman, said forces were combing the town after Hifter's fighters withdrew.

Celebratory gunfire rang out in Tripoli as news of the capture spread, and videos posted online showed convoys of GNA fighters driving through Tarhuna's streets.

Hifter's self-styled Libyan National Army (LNA) did not immediately comment. Pro-Hifter media described the move as a repositioning of forces.

Tarhuna, around 90 kilometres southeast of Tripoli, had been held by the Kaniyat, a local militia allied with Hifter, and served as the main rear base and supply hub for LNA forces on the southern edges of the capital.

The fall of the town caps a week in which the GNA announced it had retaken the whole of Greater Tripoli, including the long-abandoned international airport on its southern outskirts.

On Thursday, GNA chief Fayez al-Serraj met Turkish President Recep Tayyip Erdogan in Ankara, where the Turkish leader vowed to step up support for the Tripoli authorities. Serraj said his government was determined to impose its control over the whole of Libya.

Turkey's drones and military advisers have turned the tide of the conflict in recent months, helping the GNA seize the strategic al-Watiya air base in May and a string of coastal towns west of Tripoli in April.

The United States said last month that Russia had flown at least 14 MiG-29 and Su-24 warplanes to Libya via Syria to support Russian mercenaries fighting alongside Hifter's forces, a claim Moscow has dismissed.

Earlier this week the UN mission in Libya said both sides had agreed to resume talks in the 5+5 Joint Military Commission on a lasting ceasefire, which stalled in February.

Turkey's parliament authorised a troop deployment in January. A truce brokered by Ankara and Moscow took effect on Jan. 12, but Hifter left talks in Moscow the following day without signing a permanent ceasefire, and commitments made at a summit in Berlin later that month to respect a UN arms embargo were widely ignored.

Hifter, backed by the United Arab Emirates, Egypt and Russia, launched his offensive on Tripoli in April 2019. His forces still hold the east and south, including most of the country's oil fields, as well as the coastal city of Sirte.

Oil-rich Libya has been torn by violence since the 2011 revolt that killed longtime dictator Moamer Kadhafi, with rival administrations in Tripoli and the east vying for power. -- GDA"""),

dict(group=G, published="2020-06-06", outlet="The Emirates Insight",
title="LNA pulls out of Tarhuna as Turkish-backed forces move in",
text="""The Emirates Insight
World > Middle East & Africa

LNA pulls out of Tarhuna as Turkish-backed forces move in

June 6, 2020

ABU DHABI - Forces loyal to the Government of National Accord (GNA) entered the town of Tarhuna, south-east of Tripoli, on Friday after the Libyan National Army (LNA) withdrew its units from the area, ending the army's presence in the western region for now.

The LNA general command described the pull-out as a redeployment. Spokesman Ahmed al-Mismari described the move as a withdrawal to make room for political dialogue.

GNA spokesmen claimed a victory, while videos published by militia groups showed armed convoys entering the town and celebratory gunfire.

The Turkish-backed advance comes one day after Fayez al-Sarraj travelled to Ankara to meet President Recep Tayyip Erdogan, who promised to increase military support and boasted about plans to explore for oil and gas off Libya under the maritime memorandum that Arab and European states have rejected as illegal.

Over the past months, Turkey has transferred thousands of Syrian mercenaries to Libya, deployed drones, air-defence systems and officers, and shipped weapons in violation of the UN arms embargo and of the commitments made at the Berlin conference in January.

On Saturday, Egyptian President Abdel Fattah al-Sisi, flanked by Haftar and Parliament Speaker Aguila Saleh, announced in Cairo an initiative for a ceasefire across Libya from Monday, the withdrawal of foreign mercenaries and the dismantling of militias, as the basis for a political settlement. Abu Dhabi welcomed the initiative.

The UAE has consistently called for an immediate ceasefire and for a political solution under UN auspices, and has warned against foreign interference aimed at imposing the Muslim Brotherhood on the Libyan people.

Tarhuna, some 90 km south-east of the capital, joined the army's campaign in 2019 through the local Kaniyat brigade, which was folded into the LNA as its Ninth Brigade. The town served as the main rear base and supply hub for the army's units on the southern outskirts of Tripoli, and it had been under pressure from Turkish drone strikes since the loss of Al-Watiya airbase on 18 May.

The LNA, led by Field Marshal Khalifa Haftar, retains control of the east, the south and the oil-rich central region. Its forces are now reinforcing positions around Sirte and the Al-Jufra airbase.

Cookie settings: This website uses cookies to ensure you get the best experience. Learn more | Got it!

TRENDING
UAE reports new Covid-19 recoveries
Egypt's Sisi receives Haftar and Saleh in Cairo
Mohamed bin Zayed receives call from French president"""),

dict(group=G, published="2020-06-05", outlet="Sada Al-Arab Net",
title="Al-Wefaq forces announce control of Tarhuna city, southeast of Tripoli",
text="""Sada Al-Arab Net - Arab and international news

Al-Wefaq forces announce control of Tarhuna city, southeast of Tripoli

Friday 5 June 2020 - 14:05

The forces of the reconciliation government (Al-Wefaq) in Libya announced, today Friday, their control of the city of Tarhuna, southeast of the capital Tripoli, which is considered the last stronghold of the forces of the Libyan National Army led by Khalifa Haftar in the west of the country.

The spokesman of the Al-Wefaq forces, Mohammed Qanunu, said in a statement that their forces "extended their control over the whole city of Tarhuna", after entering it from four axes and reaching the center of the city.

For its part, the operation "Burkan Al-Ghadab" affiliated to the Al-Wefaq government published pictures and video clips it said show its forces inside the city, amid shooting in the air in celebration.

No comment was issued immediately from the General Command of the Libyan army on the developments in Tarhuna, while media close to it talked about a withdrawal of the units for redeployment.

And the Al-Wefaq government had announced, yesterday Thursday, its control of all the administrative borders of the capital Tripoli, including the international airport, while the head of the Presidential Council Fayez al-Sarraj was meeting in Ankara with the Turkish President Recep Tayyip Erdogan, who confirmed the continuation of his country's support for the Al-Wefaq government.

The Turkish President had said, yesterday Thursday, during a press conference with al-Sarraj in Ankara, that his country will increase its support for the Al-Wefaq government, and that the two countries will expand the exploration and drilling in the Eastern Mediterranean, while he described Haftar as the biggest obstacle to peace.

It is worth mentioning that Tarhuna, which is about 90 km from Tripoli, was the main base of the forces of Haftar in the attack on the capital that began in April 2019.

It is worth mentioning that the Al-Wefaq forces, backed by Turkey, had taken control last May of Al-Watiya airbase west of the capital, and in last April of the cities of Sabratha and Surman.

The interior minister in the Al-Wefaq government, Fathi Bashagha, considered that what happened is a lesson to Haftar and the countries that support him, and an end to the military coup project, according to his statements.

It is worth mentioning that the UN mission had announced, last Tuesday, the acceptance of the two parties to resume the talks of the joint military committee (5+5) on the ceasefire.

Cairo has repeatedly warned of the Turkish interference in Libya and the transfer of mercenaries from Syria.

Share on Facebook
Share on Twitter
Share on WhatsApp

Previous article: Saudi Arabia: worshippers return to mosques for Friday prayers
Next article: Corona.. Egypt records new increase in cases"""),
]
