G = "cairo_declaration_sisi_haftar_saleh_2020_06_06"

ARTICLES = [
dict(group=G, published="2020-06-06", outlet="Nile Gazette",
title="President Al-Sisi announces 'Cairo Declaration' for Libya, calls for ceasefire from Monday",
text="""Cairo - Nile Gazette

President Abdel Fattah Al-Sisi announced on Saturday a Libyan-Libyan political initiative under the name of the "Cairo Declaration", calling for a ceasefire across Libya starting from 6:00 am on Monday, 8 June, following his talks with Commander-General of the Libyan National Army Field Marshal Khalifa Haftar and Speaker of the Libyan House of Representatives Counsellor Aguila Saleh.

At a joint press conference at the presidential palace, attended by ambassadors and representatives of a number of countries and international organisations, President Al-Sisi said the initiative respects all previous international efforts and UN Security Council resolutions, and builds on the outcomes of the Berlin conference held in January.

The President said the initiative calls for the completion of the talks of the 5+5 joint military committee in Geneva under UN auspices, the exit of foreign mercenaries from all Libyan territory, and the dismantling of militias and the handing over of their weapons, so that the Libyan National Army, together with the security services, can carry out its military and security responsibilities.

The declaration also provides for the fair representation of Libya's three historic regions, Cyrenaica, Tripolitania and Fezzan, in a presidential council to be elected by the Libyan people under UN supervision, and for a constitutional declaration to regulate the coming stage leading to elections.

President Al-Sisi warned that insistence by some parties on pursuing a military solution would complicate the situation inside Libya and threaten the stability of the whole region. He stressed that the security of Libya is an extension of Egypt's national security, and called on the international community to support the initiative and on the United Nations to invite the parties in the east and west to negotiations.

For his part, Field Marshal Haftar praised Egypt's efforts, expressing his hope that the initiative would gain international backing to guarantee Libya's security. He criticised Turkish interference, which he said had fuelled division by supporting the Government of National Accord with weapons and mercenaries.

Counsellor Aguila Saleh said the armed forces had gone to Tripoli to clear it of terrorist groups and not to fight citizens, but that Turkey's intervention had complicated the situation and obstructed the army's counter-terrorism mission.

Saudi Arabia welcomed Egypt's efforts to resolve the Libyan crisis, in a statement issued on Saturday evening.

Cairo has in recent years hosted several rounds of meetings of Libyan army officers aimed at unifying the military institution, as well as meetings of members of the House of Representatives, within its efforts to support a Libyan-Libyan settlement.

Egypt has repeatedly warned against the transfer of thousands of Syrian mercenaries to Libya by Turkey, and has stressed its support for the House of Representatives as the sole elected legislative body in the country.

Tags: Libya, Cairo Declaration, Sisi, Haftar, Aguila Saleh
"""),

dict(group=G, published="2020-06-07", outlet="Tripoli Dispatch",
title="'No time for Hafter's nonsense on TV': Tripoli rejects Sisi's Cairo initiative",
text="""Tripoli Dispatch

Home / Politics

'No time for Hafter's nonsense on TV': Tripoli rejects Sisi's Cairo initiative

By Staff writer - Sunday, 7 June 2020

The Government of National Accord and its allies have dismissed the so-called Cairo initiative announced on Saturday by Egyptian President Abdel Fattah El-Sisi in the presence of war criminal Khalifa Hafter and Tobruk-based parliament speaker Aqila Saleh.

The spokesman of the Libyan Army, Colonel Mohammed Gununu, said the GNA had no time to watch Hafter's nonsense on television, and that the army's forces were pushing on against Hafter's militias and mercenaries. "We did not start this war, but we will decide when and where it ends," Gununu said.

The head of the High Council of State, Khalid Al-Mishri, said Libya was a sovereign state and that Egypt's interference was unacceptable. He said Hafter was trying to return to the political process only after his military defeats, and that the council rejected any role for Hafter in future negotiations.

Sisi announced the initiative at a press conference in Cairo with no representative of the UN-recognised government present. It calls for a ceasefire from Monday, 8 June, the exit of foreign fighters, the dismantling of what it calls militias and the handing of their weapons to Hafter's forces, and an elected presidential council representing the three regions.

Observers in Tripoli said the initiative was an attempt to rescue Hafter politically after the collapse of his 14-month offensive on the capital. In the past week, the GNA forces of Operation Volcano of Rage retook Tripoli International Airport, all the southern suburbs of the capital and, on Friday, the city of Tarhuna, Hafter's main base in the west.

Prime Minister Fayez Al-Sarraj was in Ankara on Thursday for talks with Turkish President Recep Tayyip Erdogan, who said Turkey would continue to support the legitimate government.

Hafter launched his attack on Tripoli on 4 April 2019, days before a UN-sponsored national conference was due to open in Ghadames. For fourteen months his forces, backed by the UAE, Egypt and Russian Wagner mercenaries, shelled residential neighbourhoods, the Mitiga airport and hospitals in the capital.

Egypt has been one of Hafter's main backers throughout, and the Presidential Council has accused Cairo and Abu Dhabi of supplying him with weapons in breach of the UN embargo. The GNA has agreed to resume the talks of the 5+5 joint military committee under the UN, which were suspended in February.

The Presidential Council has repeatedly said that any return to the political process must be based on the Skhirat agreement and the Berlin outcomes under UN auspices, and not on initiatives put forward by countries that have backed the aggression on Tripoli.

Related posts
Tripoli: electricity company announces new load-shedding schedule
UNSMIL welcomes resumption of 5+5 talks by video

Exit mobile version
"""),

dict(group=G, published="2020-06-07", outlet="Gündem Haber 24",
title="Sisi darbeci Hafter ile 'Kahire Deklarasyonu' açıkladı, Libya hükümeti reddetti (Sisi announced 'Cairo Declaration' with putschist Hafter, Libya government rejected)",
text="""Mısır Cumhurbaşkanı Abdulfettah es-Sisi, the putschist Hafter and Tobruk-based so-called parliament speaker Akile Salih with together made press conference in Cairo and announced the so-called "Kahire Deklarasyonu" (Cairo Declaration) for Libya.

Sisi in the Cumartesi day press conference said that the initiative calls ceasefire in all Libya from 8 June Pazartesi at 06.00 hour. Sisi said the foreign mercenaries must leave from Libya and the militias must be dissolved and give their weapons.

The initiative is proposing a presidential council which three regions will be represented, and after this the elections.

The declaration was announced after the Hafter militias suffered heavy defeats in west of Libya. The Libya Ordusu which is bound to the Ulusal Mutabakat Hükümeti (UMH), in last days took back the Tripoli International Airport and Terhune city, which was the most important base of the Hafter in west.

UMH and Devlet Yüksek Konseyi rejected the initiative. Libya Ordusu Sözcüsü Muhammed Kanunu said that they don't have time for the Hafter's nonsense on the TV and that the operations will continue. Devlet Yüksek Konseyi Başkanı Halid el-Mişri said Libya is sovereign state and Egypt's intervention is not acceptable.

The Hafter since 4 April 2019 is attacking to Tripoli with support of the BAE, Mısır, Fransa and Russian Wagner mercenaries. In this process, many civilians lost life, hundreds of thousands people left their houses.

UMH Başbakanı Fayiz es-Serrac had gone to Ankara on 4 June and met with Cumhurbaşkanı Recep Tayyip Erdoğan.
Libya Ordusu Sirte ve Cufra için "Zafer Yolları" operasyonu başlattı
The Libya Ordusu, which is bound to the UN-recognized Ulusal Mutabakat Hükümeti, announced that it launched the operation which is named "Zafer Yolları" (Paths of Victory) for the taking back of the Sirte and Cufra from the putschist Hafter militias.

Libya Ordusu Sözcüsü Muhammed Kanunu made written statement and said the army forces began the advance toward Sirte, and that the aim of the operation is liberation of all cities occupied by Hafter.

According to the local sources, the army forces reached the western entrances of the Sirte and there is heavy clashes. The Hafter militias are using Russian Wagner mercenaries and warplanes in the region, the sources claimed.

Sirte, which is the birthplace of the former leader Muammer Kaddafi, was captured by Hafter militias in January 2020. Cufra (Jufra) air base is in the center of the country and is the important supply point of the Hafter.

ETİKETLER: Libya, Sirte, Hafter, Zafer Yolları
"""),
]
