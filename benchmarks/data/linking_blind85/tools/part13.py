# Event: sisi_declares_sirte_jufra_red_line_2020_06_20
G = "sisi_declares_sirte_jufra_red_line_2020_06_20"

ARTICLES = [
dict(group=G, published="2020-06-21", outlet="Gulf Dispatch",
title="Sisi: Sirte and Jufra are a red line, Egypt has legitimate right to intervene in Libya",
text="""Egyptian President Abdel Fattah El Sisi warned on Saturday that any advance by Turkish-backed forces on the Libyan city of Sirte or the Jufra airbase would cross a "red line" for Egypt, and said that direct Egyptian intervention in Libya had become internationally legitimate.

Speaking during an inspection of army units at an air base in the Western Military Zone near the border with Libya, Sisi said Egypt had the right to act either in self-defence or at the request of the only elected legitimate authority in Libya, the House of Representatives.

"Sirte and Jufra are a red line," Sisi said, addressing officers, soldiers and a delegation of Libyan tribal leaders. He said Egypt sought only stability in Libya and called on the Libyan parties to stop at the current front lines and start negotiations for a political solution.

The President told the troops to be ready to carry out any mission, inside Egypt's borders or, if necessary, beyond them. He also said Egypt was prepared to train and arm the young men of Libya's tribes to defend their country, and that if Egyptian forces were ever ordered to advance, Libyan tribal leaders would be at the front.

Sisi stressed that Egypt would not tolerate threats to its western border from terrorist militias and mercenaries armed by foreign powers, and repeated his call for the withdrawal of all foreign forces from Libya and the disbanding of armed militias, in line with the Cairo Declaration he announced on June 6.

Saudi Arabia and the UAE voiced their support for Egypt's right to protect its borders and its national security.

Forces aligned with the Government of National Accord (GNA) in Tripoli, which are supported by Turkey, reached the western approaches of Sirte earlier this month after driving the Libyan National Army out of Tarhuna and the outskirts of Tripoli, but their advance on the city has since stalled.

A spokesman for the GNA's Sirte operation said on Saturday that Sisi's remarks amounted to a declaration of war, and vowed that its forces would press on. The Arab League is due to hold a meeting of foreign ministers by videoconference on Monday to discuss the situation in Libya.

The President's remarks come two weeks after he hosted Field Marshal Khalifa Haftar and Speaker Aguila Saleh in Cairo and announced the Cairo Declaration, which calls for a ceasefire, the election of a presidential council representing Libya's three regions and the exit of mercenaries. The Government of National Accord rejected the initiative and has insisted that its forces will take Sirte and Jufra before any talks.

Egypt shares a 1,200-kilometre border with Libya and has long warned that the spread of militias and foreign fighters there poses a direct threat to its security."""),

dict(group=G, published="2020-06-21", outlet="Gundem Manset",
title="Sisi'den Libya'ya müdahale tehdidi: Sirte ve Cufra kırmızı çizgi / Threat of intervention to Libya from Sisi: Sirte and Jufra is red line",
text="""Gündem Manşet - English (auto-translated)

Threat of intervention to Libya from Sisi: Sirte and Jufra is red line

Egypt's coup leader President Abdulfettah es-Sisi, who supports putschist Hafter in Libya, said that Sirte and Cufra (Jufra) are "red line" for Egypt and that the direct intervention of Egypt to Libya has become legitimate.

Sisi made these statements yesterday in speech during the inspection to the army units in Western Military Region close to Libya border, according to Egyptian media. Sisi said to the soldiers that they should be ready for missions inside the borders and if it is necessary outside the borders.

Sisi also claimed that the legitimacy of the intervention would come from the right of self-defence or from the request of the parliament in Tobruk which supports Hafter.

Libya UMH gave reaction: "declaration of war"

The spokesman of Zafer Yolları (Paths of Victory) operation of Libya Army, Abdulhadi Dara, said that the statements of Sisi is "clear declaration of war against Libya and blatant interference to the internal affairs". Dara said the forces are determined to continue the way until all region is liberated from the militias of Hafter and the mercenaries.

The Presidential Council of UMH also made written statement today and said that the threats are hostile act and interference and are equal to declaration of war. In the statement it was said that the red lines are drawn by the blood of the martyrs, and the legitimate government decides the place and time of its military operations in Libyan soil.

In Egypt, the foreign ministry source replied to statement of UMH and said that the government in Tripoli should know its size, according to state news agency MENA.

Arab League will make meeting of foreign ministers tomorrow with video conference for Libya, but UMH said that it will not join to the meeting. The government in Tripoli said that it accepts only impartial mediation under the umbrella of the United Nations and rejects the unilateral initiatives, in a reference to Cairo Declaration which was announced by Sisi together with Hafter and Akile Salih in 6 June.

The Libya Army had started the operation to Sirte and Cufra at 6 June after liberating Tarhune and all of Tripoli from the putschists. Sirte is under the control of Hafter since January.

Libya army is supported by Turkey within the memorandum of security and military cooperation signed in November 2019.

ETİKETLER: Libya, Mısır, Sisi, Sirte, Cufra, Hafter

Yorum yaz / Write comment

Bu web sitesi çerezleri kullanmaktadır. Kabul et"""),
]
