G = "lna_declares_turkish_ships_firms_targets_2019_06_28"

ARTICLES = [
dict(group=G, published="2019-06-28", outlet="Agence Continentale de Presse",
title="Libya's Haftar orders forces to attack Turkish ships and interests",
text="""Benghazi (ACP) - Libyan strongman Khalifa Haftar has ordered his forces to target Turkish ships and interests in the country and to arrest Turkish nationals, his spokesman said Friday, accusing Ankara of backing his rivals two days after they drove his troops out of a key town.

"Orders have been given to the air force to target Turkish ships and boats in Libyan territorial waters," Ahmed al-Mesmari, spokesman for Haftar's self-styled Libyan National Army (LNA), told a news conference in Benghazi.

He said ground forces had been instructed to treat Turkish "strategic sites", companies and projects belonging to the Turkish state in Libya as legitimate targets, and that all flights to and from Turkey were banned. Any Turkish national found on Libyan territory would be arrested, he added.

Mesmari did not explain how a flight ban could be enforced at airports outside the LNA's control, such as Tripoli's Mitiga and Misrata, which are held by forces loyal to the Government of National Accord (GNA). Benghazi's Benina airport, in LNA territory, announced it was cancelling its flights to Istanbul.

The spokesman accused Turkey of providing air cover for GNA fighters who on Wednesday seized Gharyan, about 100 kilometres south of Tripoli, which had served as the LNA's main rear base for its two-month offensive on the capital. He said the LNA had lost 43 fighters in the battle for the town.

There was no immediate reaction from Ankara, which openly supports the UN-recognised GNA of Fayez al-Serraj. The LNA is backed by the United Arab Emirates and Egypt.

Turkey is reported to have supplied armoured vehicles and drones to pro-GNA forces, and President Recep Tayyip Erdogan acknowledged last week that his country was providing weapons to Tripoli under a military cooperation agreement. The LNA has claimed several times to have destroyed Turkish drones at Mitiga airport.

Haftar launched his offensive against Tripoli on April 4. Fighting has since killed more than 700 people and displaced tens of thousands, according to the UN, while the front lines on the southern outskirts of the capital have barely moved.

Tensions between Ankara and Haftar's camp have been building for months. Customs officials at the ports of Khoms and Misrata seized containers of Turkish-made pistols and ammunition in December and January, and the LNA has claimed since early June to have destroyed Turkish drones at Tripoli's Mitiga airport.

Haftar, a former officer under Kadhafi who spent two decades in exile in the United States, returned to Libya during the 2011 revolt. In 2014 he launched a military campaign against Islamist and jihadist groups in Benghazi, which he declared won in 2017, before his forces took the oil ports of the so-called oil crescent and, early this year, much of the south.

Libya has been wracked by violence since the 2011 uprising that toppled and killed dictator Moamer Kadhafi, with rival administrations in the east and west vying for power.

ACP-sk/jm"""),

dict(group=G, published="2019-06-29", outlet="Ankara Daily Wire",
title="Haftar militia threatens Turkish ships, companies and citizens in Libya",
text="""ANKARA

The illegitimate militia of eastern Libya-based commander Khalifa Haftar has declared Turkish ships, companies and citizens in Libya "targets", days after suffering a heavy defeat at the hands of the forces of the UN-recognized government.

Haftar's spokesman Ahmed al-Mismari claimed at a press conference on Friday that Haftar had ordered his air force to target Turkish ships in Libyan waters and his ground forces to attack Turkish companies and projects. He also announced a ban on commercial flights between Libya and Turkey and said Turkish nationals would be arrested.

The announcement came two days after the Government of National Accord (GNA) took back the strategic city of Gharyan, which Haftar's militia had been using as its main base in its offensive against the capital Tripoli since April.

Speaking to reporters at the G20 summit in Osaka, Japan, on Saturday, President Recep Tayyip Erdogan said he had no information about who had issued such an order, asking which Turkish ships had been targeted. Erdogan said Turkey's position on Libya was clear and that Ankara stood with the legitimate government.

Following the statement, the Benina airport in Benghazi, which is under the control of Haftar's forces, canceled its flights to Istanbul.

Relations between Ankara and Haftar's camp have been tense for months. Last November, Turkish Vice President Fuat Oktay walked out of an international conference on Libya in Palermo, Italy, in protest after Turkey was excluded from an informal meeting attended by Haftar. Turkey reopened its embassy in Tripoli in 2017 and has continued to operate it throughout the fighting.

Turkish firms have been active in Libya for decades, mainly in construction, with billions of dollars worth of projects, many of which were halted after 2011.

Turkey has supported the Government of National Accord since it was formed under the UN-brokered Skhirat agreement in 2015. Erdogan said earlier this month that Ankara was providing weapons to Tripoli within the framework of a military cooperation agreement, and that the support had helped to restore the balance against Haftar, who is backed by the United Arab Emirates and Egypt.

Haftar's side has repeatedly accused Turkey of operating drones from Tripoli's Mitiga airport, and claimed in June to have destroyed a Turkish drone there.

The GNA has been fending off an attack by Haftar's forces on Tripoli since April 4. According to the World Health Organization, more than 700 people have been killed and over 4,000 injured in the clashes.

Libya has remained beset by turmoil since 2011, when a bloody NATO-backed uprising led to the ouster and death of longtime ruler Muammar Gaddafi after more than four decades in power.

Since then, Libya's stark political divisions have yielded two rival seats of power, one in the eastern city of Tobruk, to which Haftar is affiliated, and another in Tripoli, which enjoys UN recognition.

*Writing by Selin Karaca"""),

dict(group=G, published="2019-06-29", outlet="Nile Gazette",
title="Libyan army declares Turkish ships and companies legitimate targets, bans flights to Turkey",
text="""[ad_1]

Libyan army declares Turkish ships and companies legitimate targets, bans flights to Turkey

Saturday 29 June 2019 | 01:15 pm

CAIRO - The General Command of the Libyan National Army (LNA) has declared Turkish ships, companies and strategic interests in Libya legitimate targets in response to what it described as a blatant Turkish aggression against Libyan territory.

In a news conference in Benghazi on Friday evening, the army's official spokesman, Major General Ahmed al-Mesmari, said that the commander-in-chief, Field Marshal Khalifa Haftar, had instructed the air force to target Turkish ships and boats in Libyan territorial waters, and the ground forces to target all strategic objectives of the Turkish state, including companies, headquarters and projects.

Mesmari also announced the suspension of all flights to and from Turkey and said that any Turkish citizen on Libyan territory would be arrested.

He said the decision came after the army monitored direct Turkish military participation in the battles in the Gharyan area, where he said Turkish drones and aircraft had provided cover for the terrorist militias. "Erdogan's flagrant interference in Libya's internal affairs must stop," he said.

Mesmari also said Turkish officers and soldiers were present in the capital and that Turkish reconnaissance aircraft were flying over Libya. The army has long documented shipments of Turkish weapons that reached the ports of Tripoli and Misrata in violation of the UN arms embargo, including the consignment of Turkish armoured vehicles unloaded in Tripoli in May.

Libyan political analysts said the army's decision sent a clear message that Ankara could no longer hide behind the Serraj government. "Turkey is no longer a supporter from afar. It has become a party in the war against the Libyan state," one Benghazi-based analyst told the Nile Gazette.

Following the announcement, Benina International Airport in Benghazi cancelled the flights of Libyan carriers to Istanbul and advised passengers to rebook through other destinations.

The army lost the city of Gharyan on Wednesday in an attack by militias loyal to the Government of National Accord. Military sources said the army was regrouping and preparing a counter-attack, and that the battle for Tripoli would continue until the capital was freed from terrorism.

Tensions with Ankara have been escalating for weeks. In May a ship coming from the Turkish port of Samsun unloaded dozens of armoured vehicles at Tripoli port, and the army announced in early June that its air force had destroyed a Turkish drone as it landed at Mitiga airport after attacking army positions south of the capital.

Egypt has repeatedly warned against foreign interference in Libya and has called for the unification of the Libyan military institution and support for the army in its war on terrorism.

Read also: Army air force targets militia reinforcements near Gharyan

Read also: Egyptian-Libyan talks in Cairo on border security

[ad_2]
Source link"""),
]

G2 = "lna_frees_six_turkish_sailors_2019_07_01"

ARTICLES += [
dict(group=G2, published="2019-07-01", outlet="Ankara Daily Wire",
title="Six Turkish sailors held by Haftar militia freed",
text="""ANKARA

Six Turkish citizens detained in eastern Libya by militia forces loyal to Khalifa Haftar have been released, Turkish Foreign Ministry sources said on Monday.

The six, who are sailors, returned to the ship on which they were working and will continue their work there of their own will, the sources said.

On Sunday, the Foreign Ministry said the six Turkish citizens had been detained and urged Haftar's forces to release them immediately, warning that otherwise Haftar's elements would become legitimate targets. Turkey's National Defense Ministry denied reports that any of the detainees were military personnel.

Also on Sunday, the Turkish Embassy in Tripoli advised Turkish citizens to avoid any steps that could jeopardize their safety in the areas controlled by the illegal militia loyal to Haftar.

The detentions came after Haftar's spokesman, Ahmed al-Mismari, announced on Friday a ban on commercial flights between Libya and Turkey and said Haftar had ordered his forces to attack Turkish ships and interests in the country and to arrest Turkish nationals.

The threats followed the recapture of the strategic city of Gharyan by the forces of the UN-recognized Government of National Accord (GNA) on Wednesday.

Libya has remained beset by turmoil since 2011, when a bloody NATO-backed uprising led to the ouster and death of longtime ruler Muammar Gaddafi after more than four decades in power.

*Writing by Mehmet Aydın"""),

dict(group=G2, published="2019-07-01", outlet="Vesti International",
title="Six Turkish citizens detained by Haftar's forces in Libya released - reports",
text="""MOSCOW, July 1 (Vesti International) - Six Turkish citizens who had been detained in Libya by forces of the Libyan National Army (LNA) commanded by Field Marshal Khalifa Haftar have been released, Turkish broadcaster CNN Turk reported on Monday. According to NTV, all six are sailors.

The authorities of the LNA-controlled eastern city of Ajdabiya said on Sunday that two Turkish citizens had been detained there. The Turkish Foreign Ministry, however, said six had been detained and warned that Haftar's forces would become a target for the Turkish military unless they were released without delay.

Tensions between Ankara and the LNA rose sharply after Haftar's forces lost the town of Gharyan south of Tripoli to the Government of National Accord (GNA) last week. On Friday, the LNA threatened to strike Turkish assets in Libya, accusing Ankara of military support to the GNA.

Libya is divided between the GNA in Tripoli, headed by Fayez Sarraj, and authorities in the east, which are backed by the LNA. Haftar launched an offensive on Tripoli in early April.

Related: LNA says it destroyed Turkish drone at Tripoli's Mitiga airport"""),

dict(group=G2, published="2019-07-02", outlet="Gundem Dunya Haber",
title="6 Turkish citizens who was detained by Hafter militias in Libya released",
text="""Gündem Dünya Haber | DÜNYA

6 Turkish citizens who was detained by Hafter militias in Libya released

02.07.2019 - 07:48

The 6 Türk citizens who was held by the militias which are connected to the coup general Halife Hafter in the east of Libya, has been released.

According to the information received from diplomatic sources, the Turkish citizens who are working as sailor (denizci) returned back to their ship on Monday. It was stated that the sailors has decided to continue their work in Libya with their own will.

Dışişleri Bakanlığı (Ministry of Foreign Affairs) had made a written statement on Sunday and said "the detaining of 6 citizens of us by Hafter's illegal militia forces is a banditry and piracy". The ministry said that if the citizens will not be released immediately, the Hafter elements will become legitimate target. National Defense Ministry also made a statement and said that there is no soldiers between the detained persons.

Hafter militias spokesman Ahmed el-Mismari on Friday had announced that they are banning the flights between Turkey and Libya and they will target the Turkish ships and companies. Mismari also had said that the Turkish citizens will be arrested in Libya.

The threats of Hafter came after the UMH (National Accord Government) forces taking back Garyan city in south of Trablus (Tripoli) on Wednesday. Garyan was the most important base of Hafter militias in the attacks on the capital.

Cumhurbaşkanı (President) Recep Tayyip Erdoğan in Osaka where he was for the G20 summit, had responded to the threats and said he has no information about such order.

Meanwhile the Hafter militias had claimed on Sunday that they destroyed a Turkish SİHA (armed drone) in the Mitiga Airport in Trablus and had announced "general mobilisation". According to the reports, in the east of the country Hafter side also wanted the closing of the shops and restaurants which carry Turkish names.

Hafter militias, who are supported by BAE (UAE), Mısır (Egypt) and some European countries, since 4 April are continuing the attacks against Trablus where the UN recognized government is located. According to the World Health Organization, more than 700 people lost their lives in the clashes.

ETİKETLER: Libya, Hafter, Türk denizciler, Dışişleri

Paylaş: Facebook Twitter WhatsApp

İLGİLİ HABERLER
- Trablus Büyükelçiliği'nden Türk vatandaşlarına uyarı
- Hafter milisleri Mitiga Havalimanı'na saldırdı

Yorum yap | 0 yorum"""),
]
