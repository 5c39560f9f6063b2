G = "wagner_mercenaries_reported_at_tripoli_front_2019_09_25"

ARTICLES = [
dict(group=G, published="2019-09-26", outlet="Vesti International",
title="Kremlin has no information on reports of Russian 'mercenaries' in Libya - Peskov",
text="""Vesti International > World > Middle East

Kremlin has no information on reports of Russian 'mercenaries' in Libya - Peskov

MOSCOW, September 26 (Vesti International) - The Kremlin has no information about Russian private military contractors allegedly fighting in Libya, Kremlin spokesman Dmitry Peskov said, commenting on a report by the US news agency Bloomberg.

Bloomberg reported on Wednesday, citing unnamed Libyan and Western officials, that more than 100 fighters of the so-called Wagner group had arrived at a forward base in Libya in the first week of September to support the offensive of the Libyan National Army (LNA) led by Field Marshal Khalifa Haftar on Tripoli. The agency also quoted an unnamed commander of Russian contractors as saying that some of the men had been killed.

"We have no such information," Peskov said when asked about the report.

An LNA representative told the agency that there were no Russian or any other foreign fighters in its ranks.

According to Bloomberg, the arrival of the contractors coincided with an intensification of air strikes in support of the LNA, as Haftar seeks to strengthen his position ahead of an international peace conference. The agency also claimed, citing a source close to the Russian government, that Moscow expects the LNA to gain the upper hand.

Western media have repeatedly published reports about the presence of Russian "mercenaries" in various conflicts, without presenting evidence. Moscow has consistently stated that it maintains contacts with all the Libyan parties and supports a political settlement of the crisis under the auspices of the United Nations.

Libya has been divided since 2014 between two centres of power: the Government of National Accord (GNA) of Fayez Sarraj in Tripoli, recognised by the UN, and the authorities in the east, which work together with the elected parliament and are supported by the LNA. In April, the LNA launched an operation to take control of Tripoli, which it says is held by terrorist groups. Field Marshal Haftar has visited Moscow several times in recent years, and Sarraj has also held talks with Russian officials.

Russian Foreign Minister Sergei Lavrov has repeatedly said there is no military solution to the Libyan conflict and has called on all sides to return to the negotiating table. Moscow also insists that the arms embargo imposed on Libya by the UN Security Council in 2011 must be respected by all external players.

Germany is preparing an international conference on Libya in Berlin, which is expected to take place in the autumn.

Subscribe to Vesti International on Telegram

Newsfeed
0
To participate in the discussion, log in or register"""),

dict(group=G, published="2019-09-26", outlet="The Thames Chronicle",
title="Russian mercenaries join Haftar's battle for Tripoli, report says",
text="""World | Africa

Russian mercenaries join Haftar's battle for Tripoli, report says

More than 100 fighters from the Kremlin-linked Wagner group are said to have arrived on the front line, raising the stakes in a war already fuelled by Turkey, the UAE and Egypt

By Our Diplomatic Editor

Thursday 26 September 2019

Russian mercenaries from a private military company linked to the Kremlin have begun fighting on the front lines around Tripoli on the side of the eastern commander Khalifa Haftar, according to a report that, if confirmed, would mark a significant escalation in foreign involvement in Libya's war.

More than 100 contractors from the Wagner group arrived at a forward base in Libya in the first week of September, Bloomberg News reported on Wednesday, citing Libyan and western officials. A Russian mercenary commander was quoted as confirming that Wagner men were fighting in Libya and that some had been killed. The Kremlin said it had no information on the matter, and an official of Haftar's Libyan National Army (LNA) denied that any foreign fighters were in its ranks.

Wagner, which is associated with Yevgeny Prigozhin, a businessman close to Vladimir Putin who has been nicknamed "Putin's chef" because of his catering contracts, has been linked to fighting in eastern Ukraine and Syria and to operations in Sudan and the Central African Republic. Russia does not legally recognise private military companies, and the Kremlin has consistently denied any connection with the group.

From technicians to fighters

Reports of Russians working with the LNA are not new. Russian contractors have for some time been reported to be servicing the LNA's Soviet-era equipment, and Haftar has travelled to Moscow repeatedly, including a 2018 visit during which he met the defence minister, Sergei Shoigu. Russia has also printed Libyan banknotes for the central bank branch in the east, helping to keep Haftar's parallel administration afloat.

What is new is the suggestion that Russian personnel are now in combat on the outskirts of the capital. The timing is telling. Haftar's offensive, launched on 4 April with the promise of a swift victory, has been stuck for five months on Tripoli's southern outskirts. He suffered a heavy setback in June when forces loyal to the UN-recognised Government of National Accord (GNA) seized his forward base at Gharyan, and the front has since seesawed around the old international airport, Ain Zara and Salah al-Din.

The GNA has been kept in the fight largely thanks to Turkey, which has supplied armoured vehicles and armed drones operating from Tripoli's Mitiga airport and the Misrata air college. The LNA has responded with repeated strikes on both sites, relying on drones and aircraft that UN experts and analysts link to the United Arab Emirates. Mitiga, the capital's only working airport, has been closed since 1 September after shelling damaged an airliner carrying pilgrims back from Mecca.

A crowded battlefield

The arrival of Russian fighters would make Libya one of the most internationalised conflicts in the region. Egypt and the UAE back Haftar; Turkey and Qatar back the GNA; France has been accused by Tripoli of favouring Haftar, which Paris denies; and the United States has sent mixed signals since President Trump praised Haftar's role in fighting terrorism in a phone call in April.

Bloomberg also reported that Moscow expects Haftar to gain the upper hand and sees a role in Libya's future for Saif al-Islam Gaddafi, the late dictator's son, though not as leader.

Diplomats say the report will increase pressure on the organisers of an international conference on Libya that Germany is preparing in Berlin, which is meant to persuade foreign backers to stop arming the two sides. The UN envoy, Ghassan Salamé, has repeatedly told the Security Council that the arms embargo is being violated by both sides with impunity.

More than 1,000 people have been killed in the fighting around Tripoli since April, according to the World Health Organization, and well over 100,000 have been forced from their homes."""),

dict(group=G, published="2019-09-26", outlet="Libya Free Voice",
title="Report: Russian Wagner mercenaries fighting alongside Haftar's forces south of Tripoli",
text="""Report: Russian Wagner mercenaries fighting alongside Haftar's forces south of Tripoli

September 26, 2019 - 13:20
Posted in: News
Written By: Libya Free Voice staff

More than 100 Russian mercenaries from the Wagner private military company have arrived in Libya to fight alongside the forces of warlord Khalifa Haftar in his war on Tripoli, Bloomberg news agency reported on Wednesday, citing Libyan and Western officials.

According to the report, the mercenaries arrived at a forward base in the first week of September. A Russian mercenary commander confirmed to the agency that Wagner fighters are in Libya and that some of them had been killed in action.

The report said the arrival of the Russians coincided with an escalation of air strikes by Haftar's forces as he seeks gains on the ground before an international peace conference on Libya.

Haftar's forces denied the presence of any foreign fighters in their ranks, and the Kremlin said it had no information on the matter.

Officials in the Government of National Accord said the report confirmed what the Libyan Army had been warning of for months, that Haftar is relying on foreign mercenaries, including fighters from Sudan and Chad and now Russians, after failing to enter the capital. They called on the UN Security Council to take a clear position on foreign interference.

Mitiga Airport has meanwhile remained closed since September 1 after repeated shelling by Haftar's forces, with all flights moved to Misrata.

The Volcano of Rage Operation said its forces continued to repel Haftar's attacks on the Salah al-Din, Ain Zara and Airport Road axes on Wednesday, and that the Libyan Air Force carried out strikes on Haftar's supply lines south of the capital.

The Presidential Council has previously accused the United Arab Emirates, Egypt and France of backing Haftar's aggression, and the GNA says foreign drones are behind most of the air strikes on Tripoli, including the strike on the Tajoura migrant centre in July that killed more than 50 migrants.

Wagner, owned by businessman Yevgeny Prigozhin, who is close to Russian President Vladimir Putin, has been involved in conflicts in Syria, Ukraine and several African countries.

Haftar has visited Moscow several times, and Russia has printed billions of Libyan dinars for the parallel central bank in the east that funds Haftar's forces.

The war launched by Haftar on Tripoli on April 4 has killed more than 1,000 people and displaced over 120,000, according to UN agencies.

News in images :"""),
]

G2 = "turkey_gna_sign_security_maritime_memoranda_2019_11_27"

ARTICLES += [
dict(group=G2, published="2019-11-28", outlet="Official Statements Wire",
title="Turkish Presidency: Turkey and Libya sign two memoranda of understanding",
text="""OFFICIAL STATEMENTS WIRE - Full text of statements as issued

Source: Presidency of the Republic of Turkey, Directorate of Communications
Dateline: Istanbul, 27 November 2019
Category: Diplomacy / Defence

PRESIDENT ERDOGAN RECEIVES CHAIRMAN OF THE PRESIDENTIAL COUNCIL OF LIBYA AL-SARRAJ

President Recep Tayyip Erdogan received Fayez al-Sarraj, Chairman of the Presidential Council of the Government of National Accord of Libya, at Dolmabahce Palace in Istanbul.

The meeting, held behind closed doors, lasted two hours and fifteen minutes.

Following the meeting, a "Memorandum of Understanding on Security and Military Cooperation" and a "Memorandum of Understanding on the Restriction of Maritime Jurisdiction Areas" were signed between the two countries.

The memoranda were signed as part of efforts to strengthen relations and cooperation between Turkey and Libya.

-ENDS-

About this service: Official Statements Wire republishes statements from governments, international organisations and companies in full as received. Statements are not edited for content. For media enquiries, contact the issuing organisation."""),

dict(group=G2, published="2019-11-28", outlet="Ankara Daily Wire",
title="Turkey, Libya sign deals on security and maritime jurisdiction",
text="""ISTANBUL

Turkey and Libya's UN-recognized Government of National Accord (GNA) have signed two memoranda of understanding on security and military cooperation and on the delimitation of maritime jurisdiction areas in the Mediterranean.

The agreements were signed on Wednesday after President Recep Tayyip Erdogan held a closed-door meeting with Fayez al-Sarraj, chairman of Libya's Presidential Council, at the Dolmabahce Palace in Istanbul, the Turkish Presidency's Communications Directorate said.

The ministers of foreign affairs, interior and defense of the two countries also attended the talks.

Foreign Minister Mevlut Cavusoglu said the maritime memorandum meant protecting Turkey's rights deriving from international law. He said Turkey was in favor of a fair sharing of resources in the Eastern Mediterranean and was ready to reach similar agreements with other countries in the region if differences could be overcome.

Libya's Interior Minister Fathi Bashagha told local media that the security memorandum aimed to maintain security in Libya and protect the country's sovereignty, and would strengthen the government's capacity to combat terrorism, illegal migration and crime and develop its security and training systems.

Turkey has consistently contested the Greek Cypriot administration's unilateral drilling in the Eastern Mediterranean, asserting that the Turkish Republic of Northern Cyprus also has rights to the resources in the area.

The GNA has been defending the capital Tripoli against an offensive launched on April 4 by the forces of eastern Libya-based commander Khalifa Haftar, who is supported by the United Arab Emirates, Egypt and Russian mercenaries, according to the Tripoli government. More than 1,000 people have been killed in the fighting, according to the World Health Organization.

On Wednesday, Libya's National Oil Corporation said it had shut down the El Feel oilfield in the south after a warplane bombed the field's gates.

Ankara has supported the GNA since its formation under the UN-brokered political agreement of 2015. In June, Haftar's forces threatened to target Turkish ships, companies and citizens in Libya after losing the city of Gharyan, and six Turkish sailors detained in the east were released on July 1 after Ankara warned that Haftar's elements would become legitimate targets.

EU foreign ministers earlier this month agreed a framework for sanctions over Turkey's drilling activities off Cyprus, a move Ankara rejected.

Libya has remained beset by turmoil since 2011, when a bloody NATO-backed uprising led to the ouster and death of longtime ruler Muammar Gaddafi after more than four decades in power.

*Writing by Selin Karaca"""),

dict(group=G2, published="2019-11-29", outlet="Emirates Horizon",
title="Erdogan-Sarraj maritime and security memoranda draw fire from Cairo and Athens",
text="""Emirates Horizon - Abu Dhabi

Erdogan-Sarraj maritime and security memoranda draw fire from Cairo and Athens

The two memoranda signed in Istanbul on Wednesday between Turkish President Recep Tayyip Erdogan and Fayez al-Sarraj, head of the Tripoli-based Presidential Council, on maritime boundaries and security cooperation, drew swift condemnation from Libya's neighbours on Thursday, with Egypt describing them as illegal and Greece calling the maritime deal absurd.

The Egyptian Foreign Ministry said the memoranda had no legal effect, arguing that under the Skhirat political agreement the head of the Presidential Council has no authority to sign international agreements on his own. Egyptian Foreign Minister Sameh Shoukry discussed the matter by telephone with his Greek and Cypriot counterparts, Cairo said.

In Athens, Foreign Minister Nikos Dendias said any attempt to draw a maritime boundary between Turkey and Libya ignored the obvious fact that the large island of Crete lies between the two countries, and that such an effort bordered on the ridiculous. The Greek Foreign Ministry summoned the Turkish ambassador and said that a memorandum between Turkey and Libya could not violate the sovereign rights of third countries and would produce no legal effect. Greek media reported on Friday that Athens had also summoned the Libyan ambassador and demanded to see the text of the agreement.

Ankara announced the agreements without publishing their contents. Turkish officials said the maritime deal protects Turkey's rights under international law, while the security memorandum opens the door to Turkish military training and support for the armed groups allied to the Sarraj government.

Libyan officials in the east, who support the Libyan National Army (LNA) led by Field Marshal Khalifa Haftar, rejected the memoranda as null and void, saying the Sarraj government has no mandate to commit Libya to agreements that infringe on its sovereignty. LNA sources described the security memorandum as a cover for an open Turkish military intervention in support of terrorist militias in Tripoli.

Regional observers say the agreements formalise what has been clear since the spring: that Ankara has become the main military backer of the militias, supplying armoured vehicles and drones in violation of the UN arms embargo, and that it is seeking to use Libya to break its isolation in the Eastern Mediterranean, where Turkish drilling off Cyprus has already brought EU measures against Ankara.

Cyprus also condemned the maritime memorandum, and diplomats in Brussels said the issue would be raised at the next meeting of EU leaders. The European Union agreed earlier this month on a legal framework for sanctions against Turkey over its unauthorised drilling in Cyprus's exclusive economic zone.

The LNA has been fighting since April 4 to free Tripoli from armed groups. In recent weeks its forces have advanced on several axes south of the capital.

Related

Egypt: Sarraj-Erdogan memoranda are illegal and non-binding
Greek FM: Turkey-Libya deal ignores Crete
LNA: Turkish drones shot down over Tripoli

Cookies help us deliver our services. By using our services, you agree to our use of cookies. OK"""),
]

G3 = "haftar_announces_decisive_battle_for_tripoli_2019_12_12"

ARTICLES += [
dict(group=G3, published="2019-12-12", outlet="Agence Continentale de Presse",
title="Libya's Haftar announces 'decisive battle' for Tripoli",
text="""Benghazi (ACP) - Libyan strongman Khalifa Haftar on Thursday ordered his forces to push into the heart of Tripoli in what he called the "decisive battle" for the capital, more than eight months after launching an offensive that has stalled on the city's southern outskirts.

"Today we announce the decisive battle and the advance towards the heart of the capital," Haftar said in a televised address broadcast by Saudi-owned channels, telling his troops the moment had come to "liberate" Tripoli.

Haftar urged his men to respect homes and property and to observe international humanitarian law, and called on young men who had taken up arms against his self-styled Libyan National Army (LNA) to stay at home for their own safety.

Officials of the UN-recognised Government of National Accord (GNA) dismissed the announcement. Interior Minister Fathi Bashagha said pro-GNA forces were ready to confront any new attempt to storm the city.

Haftar and his commanders have repeatedly announced imminent decisive advances since April without significant changes on the ground.

The announcement comes two weeks after Turkey and the GNA signed a security and military cooperation agreement and a separate deal on maritime boundaries that has angered Greece, Egypt and Cyprus. Turkish President Recep Tayyip Erdogan said on Tuesday that Ankara could send troops to Libya if the Tripoli government asked.

The GNA and western diplomats say Haftar's forces have been bolstered in recent months by Russian mercenaries, which Moscow denies. The LNA is also backed by the United Arab Emirates and Egypt.

The United Nations says more than 200 civilians have been killed since the offensive began and more than 140,000 people have been forced from their homes. Hundreds of fighters have died on both sides.

Foreign involvement in the conflict has deepened in recent weeks. An Italian military drone crashed in LNA-held territory in November, and the US Africa Command said an unarmed American drone was lost near Tripoli on November 21, later saying it believed the aircraft had been shot down by air defences operated by Russian contractors or the LNA.

Germany has been working for months to convene an international conference in Berlin aimed at persuading the foreign backers of the two camps to respect a UN arms embargo that both sides have openly flouted.

Haftar, a former officer under Kadhafi who spent two decades in exile in the United States, returned to Libya during the 2011 revolt. In 2014 he launched a military campaign against Islamist and jihadist groups in Benghazi, which he declared won in 2017, before his forces took the oil ports of the so-called oil crescent and, early this year, much of the south.

Libya has been wracked by violence since the 2011 uprising that toppled and killed dictator Moamer Kadhafi, with rival administrations in the east and west vying for power.

ACP-ak/rox"""),

dict(group=G3, published="2019-12-13", outlet="Nile Gazette",
title="Field Marshal Haftar declares 'zero hour' for the liberation of Tripoli",
text="""[ad_1]

Field Marshal Haftar declares 'zero hour' for the liberation of Tripoli

Friday 13 December 2019 | 09:20 am

CAIRO - The Commander-in-Chief of the Libyan National Army (LNA), Field Marshal Khalifa Haftar, on Thursday announced the start of the decisive battle to liberate the capital Tripoli from terrorist groups and armed militias, ordering his forces to advance towards the heart of the city.

In a speech broadcast on Arab television channels, Field Marshal Haftar said the moment every Libyan had been waiting for had arrived, and that the capital, which he described as having become a den for criminals who loot the wealth of Libyans, would be freed. He called on the soldiers to respect the sanctity of homes and public and private property and to abide by the rules of engagement and international humanitarian law.

The Field Marshal urged young men who had been misled into joining the militias to lay down their arms and return to their homes, stressing that the army's victory was inevitable.

Brigadier General Khaled al-Mahjoub, head of the army's moral guidance department, said the militias in Tripoli were collapsing under the army's strikes and that the quantities of Turkish and Qatari weapons destroyed by the air force in recent weeks were enormous.

The announcement came after weeks of steady advances by army units on the southern axes of the capital, including Salah al-Din, Ain Zara and the airport road, military sources said.

Egyptian observers said the timing of the speech sent a clear message to Ankara after the memoranda signed by Turkish President Recep Tayyip Erdogan and Fayez al-Serraj in Istanbul last month, which Egypt considers illegal. Erdogan said this week that Turkey could send troops to Libya if the Serraj government asked for them.

"Erdogan is trying to turn Tripoli into a Turkish base. Zero hour is the army's answer," a Cairo-based analyst said.

Last month a senior US delegation met Field Marshal Haftar to discuss steps towards a suspension of hostilities. Egyptian diplomats say Cairo is coordinating closely with Athens, Nicosia and the Arab coalition to confront the memoranda at the United Nations and in the European Union.

The army launched its operation to free Tripoli on April 4 and has since held positions across the southern suburbs of the capital, from Ain Zara to Qasr Bin Ghashir. Army commanders have said the slow pace of the advance was the result of a deliberate decision to spare civilians in densely populated districts and to avoid street fighting.

Greece, which has described the Turkish-Libyan maritime memorandum as legally void because it ignores the island of Crete, expelled the Libyan ambassador in Athens last week. The parliament in eastern Libya has also rejected the memoranda, saying the Serraj government has no mandate to sign them.

Read also: Greece expels Libyan ambassador over Turkey maritime deal

Read also: Sisi: Libya's security is part of Egypt's national security

Tags: Libya, Haftar, Tripoli, zero hour

[ad_2]
Source link"""),

dict(group=G3, published="2019-12-13", outlet="Gundem Dunya Haber",
title="Coup general Hafter announced 'zero hour' for Tripoli again",
text="""Gündem Dünya Haber | DÜNYA

Coup general Hafter announced 'zero hour' for Tripoli again

13.12.2019 - 10:14 | Güncelleme: 13.12.2019 - 10:40

In Libya the coup general Halife Hafter, whose attacks against the capital Trablus is continuing since 8 months, has announced that the "decisive battle" (kesin savaş) to enter the center of the city has started.

Hafter in a video message which was broadcasted on Thursday evening on the TV channels close to him, has called his militias to "advance to the heart of the capital". Hafter, who had announced many times before the "zero hour" (sıfır saati) since April, could not make any important progress in the field.

The UN recognized Ulusal Mutabakat Hükümeti (UMH) Presidential Council Chairman Fayiz es-Serrac responded to Hafter and said the people should not believe the lies, and there will be no zero hour nor storming of Trablus. UMH Interior Minister Fethi Başağa has described the statement of Hafter as "desperate" and said it shows that his forces are near to collapse.

Hafter had started the attacks to Trablus on 4 April while BM Genel Sekreteri Antonio Guterres was in the capital. His militias since then are waiting in the south parts of the city, around Ayn Zara, Kasr Bin Gaşir and the old airport, and they are hitting civil areas with SİHA (drones) and Grad rockets. According to the BM (UN), more than 200 civilians lost their lives and more than 140 thousand people had to leave their homes.

The Libyan Army forces connected to UMH announced that the clashes in Salahaddin, Ayn Zara and Havalimanı Yolu (Airport Road) fronts are continuing and that the attacks of Hafter militias was repulsed.

Turkey and Libya on 27 November had signed the Güvenlik ve Askeri İşbirliği (Security and Military Cooperation) and Deniz Yetki Alanlarının Sınırlandırılması (Restriction of Maritime Jurisdiction Areas) memoranda in Istanbul. The maritime memorandum was approved in TBMM (Turkish Grand National Assembly) on 5 December and has entered into force on 8 December. Yunanistan (Greece) reacted to the memorandum and sent back the Libya's ambassador in Athens, Mısır (Egypt) and Güney Kıbrıs Rum Yönetimi also claimed that the memorandum is "illegal". Turkish officials said the memorandum is fully in accordance with the international law and it is protecting the rights of Turkey and Libya in the Doğu Akdeniz (Eastern Mediterranean).

Cumhurbaşkanı Erdoğan on Tuesday had said "If Libya makes such a request from us, we can send our personnel there, especially after the military security agreement". 

Hafter militias, who are supported by BAE (UAE), Mısır (Egypt) and Russian Wagner mercenaries, are accused of the attack to the Tajura migrant center in July in which 53 migrants were killed.

ETİKETLER: Libya, Hafter, Trablus, Serrac, UMH

Paylaş: Facebook Twitter WhatsApp

İLGİLİ HABERLER
- Yunanistan Libya büyükelçisini sınır dışı etti
- Türkiye-Libya deniz yetki alanları mutabakatı yürürlüğe girdi

Bu web sitesi çerezler kullanmaktadır. Sitemizi kullanarak çerez politikamızı kabul etmiş olursunuz. Tamam"""),
]
