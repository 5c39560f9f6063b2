G = "macron_says_syrian_fighters_sent_via_turkey_2020_10_02"
ARTICLES = [
dict(group=G, published="2020-10-02", outlet="Meridian Press Agency",
title="Macron says 300 Syrian jihadists passed through Turkey to fight in Karabakh",
text="""BRUSSELS, Oct 2 (Meridian) - French President Emmanuel Macron said early on Friday that French intelligence had established that around 300 fighters from jihadist groups in Syria had travelled to Azerbaijan through the Turkish city of Gaziantep, and demanded an explanation from Ankara.

Speaking at a news conference after the first day of an EU summit in Brussels that ran past midnight, Macron said the fighters came from groups operating in the Aleppo region and had been "identified, traced and known". He said another contingent of similar size was being prepared.

"A red line has been crossed," Macron said, describing the move as unacceptable and calling on NATO allies to "face up" to the behaviour of one of its members. He said he would call Turkish President Tayyip Erdogan in the coming days to ask for explanations, and that he had shared the information with Russian President Vladimir Putin.

Turkey and Azerbaijan have denied that any foreign fighters have been sent to the conflict zone. An aide to Azerbaijani President Ilham Aliyev has called such reports baseless and said Azerbaijan's army has enough manpower.

The Britain-based Syrian Observatory for Human Rights said earlier this week that Turkey had sent at least 300 fighters from Turkish-backed factions in northern Syria to Azerbaijan. Armenia has repeatedly accused Ankara of recruiting mercenaries.

On Thursday, the presidents of France, Russia and the United States - the co-chairs of the OSCE Minsk Group - issued a joint call for an immediate end to hostilities between Azerbaijani and ethnic Armenian forces and for talks without preconditions.

Fighting over Nagorno-Karabakh, an ethnic Armenian enclave inside Azerbaijan, has raged since Sept. 27, killing scores of people in the worst escalation since the 1990s.

Macron had already criticised Turkish statements on the conflict earlier in the week, calling them "reckless and dangerous" and saying France was concerned by "warlike messages" from Ankara. Turkish Foreign Minister Mevlut Cavusoglu accused France of siding with Armenia and said its role as a Minsk Group co-chair required impartiality.

Fighting continued on Friday. The ethnic Armenian authorities in Nagorno-Karabakh said Stepanakert, the region's main city, had come under shelling, killing one person. Azerbaijan accused Armenian forces of shelling the towns of Tartar and Horadiz and said its forces had made further gains in the south.

Armenia says Azerbaijan is receiving direct military support from Turkey, including F-16 fighter jets that it says shot down an Armenian Su-25 warplane on Tuesday. Ankara and Baku deny the claim.

France is home to an Armenian community of about 400,000 to 600,000 people, one of the largest in the diaspora.
"""),
dict(group=G, published="2020-10-03", outlet="Haber Merkezi 365",
title="Scandal claim from Macron: Syrian militants to Azerbaycan over Gaziantep went",
text="""[ad_1]

French President Emmanuel Macron, Azerbaijan is fighting in Dağlık Karabağ that 300 Syrian militant via Gaziantep was sent claimed. Ankara reaction showed to the claims.

Macron, Brüksel in held the EU Leaders Summit after at night of Friday to journalists made statement. Macron, "According to our information 300 militant Syria left and Gaziantep over from Bakü reached. These people are known, followed and identified" he said. Macron also another group same size is preparing he claimed.

French President, "red line crossed" saying, NATO allies to Turkey's behavior to look at called. Macron, in the coming days Cumhurbaşkanı Recep Tayyip Erdoğan with phone talking will explanation ask, said.

Turkish side from reaction came. Sources, France's this claims "baseless and slander" as evaluated. Officials, Azerbaijan's army own soldiers with its lands from occupation is saving, any foreign fighter need does not have stated. Azerbaijan President Aid Hikmet Hajiyev also earlier similar claims "absolute nonsense" had called.

Dışişleri Bakanı Mevlüt Çavuşoğlu, before this days France's Armenia's side is holding saying criticized. Çavuşoğlu, "France the Minsk Group co-chair as impartial must be, but one side supporting" had said.

BACKGROUND

Azerbaijan army, 27 Eylül'de Armenia's attacks after front line along counter operation started. Azerbaycan Savunma Bakanlığı, many village and strategic heights the occupation from liberated announced. Armenia, 1991 year since Dağlık Karabağ and surrounding seven region occupied is holding.

Russia, France and USA leaders Thursday day joint statement with both side to ceasefire called.

Turkey's presidential spokesman İbrahim Kalın, before this week in statements in, Ankara's Azerbaijan to only political and moral support is giving, and also according to the agreements in defense industry cooperation is doing had said. Kalın, "Claims that Turkey foreign fighters sent is not true" said.

Turkey and France relations, Libya, Doğu Akdeniz and Syria issues because of already tense. Macron, recent months in Turkey many times had criticized, Ankara also Macron's policies "colonialist" as had described.

Azerbaijan Defense Ministry Friday day, Armenian forces Tartar and Goranboy regions shelled, civilians injured said. Ministry, Azerbaijani army's positions strengthening operations continuing announced.

İLGİLİ HABERLER
- Bakü'de sokağa çıkma yasağı uzatıldı
- Ermenistan Gence'yi hedef aldı iddiası
- Erdoğan: Azerbaycan'ın yanındayız

[ad_2]
"""),
dict(group=G, published="2020-10-02", outlet="The Northern Chronicle",
title="Macron accuses Turkey of sending jihadists to Azerbaijan as Karabakh war widens",
text="""Emmanuel Macron has accused Turkey of ferrying Syrian jihadist fighters to Azerbaijan, saying French intelligence had tracked about 300 of them through the southern Turkish city of Gaziantep, in the sharpest charge yet by a Western leader that the war over Nagorno-Karabakh is being internationalised.

The French president made the claim in the small hours of Friday at the end of the first day of an EU summit in Brussels. The fighters, he said, had been drawn from jihadist groups in the Aleppo region and were "known, tracked and identified", and a second group of roughly the same size was on its way. Describing Turkey's conduct as unworthy of a Nato member, he said a "red line" had been crossed and that he would ask Recep Tayyip Erdogan for an explanation.

Mr Macron said he had discussed the matter with Vladimir Putin, and that Moscow shared the French analysis. The Kremlin said after a call between the two leaders earlier in the week that they had voiced concern about the involvement of militants from the Middle East. Russia's foreign ministry has also said it was receiving reports of fighters from Syria and Libya being sent to the zone.

Ankara has denied the allegations. Azerbaijani officials, who insist their army has no need for outside help, have dismissed reports of mercenaries as Armenian propaganda. Turkey does acknowledge supplying Azerbaijan with weapons, including armed drones that have featured prominently in videos released by Baku since the fighting began on Sunday.

The charge is politically loaded. France, home to a large and influential Armenian diaspora, co-chairs the Minsk Group which has mediated the conflict since the 1990s, and relations between Paris and Ankara are already poisoned by disputes over Libya, Syria and Turkish gas exploration in the eastern Mediterranean. On Thursday the leaders of France, Russia and the US jointly called for an unconditional ceasefire.

Reports of Syrian recruits had been building for days. The Syrian Observatory for Human Rights, a UK-based monitoring group, said on Monday that several hundred men from Turkish-backed factions in northern Syria had been flown to Azerbaijan, and journalists have quoted relatives of recruits who described contracts offering monthly pay for guard duty. Turkey was accused earlier this year of deploying Syrian fighters in Libya to support the UN-recognised government in Tripoli, something Ankara has in effect acknowledged.

On the ground, the fighting showed no sign of abating on Friday. Authorities in Nagorno-Karabakh said Stepanakert had come under shelling, and Azerbaijan accused Armenian forces of firing on towns outside the conflict zone, including Tartar and Ganja. Baku says it has taken a string of villages in the south of the front; Armenian officials deny significant losses.

Mr Aliyev has set out his conditions for a halt: a timetable for Armenian withdrawal from the territories around and inside Nagorno-Karabakh. Mr Pashinyan has said Armenia is ready to work with the Minsk Group co-chairs but accuses Baku of seeking a military solution with Turkish backing.
"""),
]
G2 = "azerbaijani_shelling_hits_stepanakert_2020_10_04"
ARTICLES += [
dict(group=G2, published="2020-10-04", outlet="Ararat Herald",
title="Stepanakert under heavy bombardment; Artsakh strikes military airbase in Ganja",
text="""STEPANAKERT -- The capital of Artsakh came under intense shelling for several hours on Sunday morning, as Azerbaijani forces fired rockets from Smerch and Polonez multiple launch systems at residential neighborhoods, local officials said.

Sirens began wailing shortly after 7 a.m. and powerful explosions were heard across the city for much of the morning. Electricity was cut in parts of Stepanakert after a substation was hit. Residential buildings and cars were set on fire, according to images released by the Armenian Defense Ministry.

Artsakh Ombudsman Artak Beglaryan said civilians had been killed and wounded in Stepanakert and Shushi. He said most of the city's residents had spent the past week in shelters and that the attacks were a deliberate targeting of the peaceful population.

President Arayik Harutyunyan said that in response Artsakh's Defense Army would target military facilities in large Azerbaijani cities and urged civilians in those cities to leave. His spokesman later said that a military airfield in Ganja had been destroyed.

Baku confirmed that Ganja came under fire but denied that any military facilities had been damaged. Armenia's Defense Ministry rejected claims that missiles had been fired from Armenian territory.

This is not the first time Stepanakert has been hit. On Friday, one person was killed and about ten wounded when the city was shelled, and journalists reported that the city center was struck again on Saturday.

The Azerbaijani Defense Ministry said it strikes only military targets. President Ilham Aliyev said on Sunday that his forces had taken the town of Jabrayil and several villages, which Armenian officials denied.

Two French journalists working for Le Monde were wounded on Thursday when the town of Martuni came under Azerbaijani shelling, and Armenian journalists have also been hurt while reporting from the front-line areas. International press organizations have called on the parties to protect media workers.

Stepanakert has little in the way of air defense against drones and long-range rockets. City officials said water and electricity crews were working through the shelling to restore services, while humanitarian supplies from Armenia were reaching the city at night along the Goris-Stepanakert road.

Armenia says Turkey is directly involved in the war, citing the deployment of Turkish military advisers and F-16 jets in Azerbaijan and the transfer of Syrian mercenaries. On Tuesday, Yerevan said a Turkish F-16 had shot down an Armenian Su-25 over Armenian airspace; Ankara denied it.

Share this:
Facebook
Twitter
Telegram

Related
Foreign journalists wounded in Martuni
Armenian Church: pray for peace in Artsakh
"""),
dict(group=G2, published="2020-10-04", outlet="Novaya Vest Agency",
title="Stepanakert comes under massive shelling, Karabakh authorities say",
text="""MOSCOW, October 4. /NVA/. The capital of the unrecognised Nagorno-Karabakh Republic, Stepanakert, came under massive shelling on Sunday morning, the republic's authorities said.

"Stepanakert is once again under fire from the Azerbaijani armed forces. There are damages and injuries among the civilian population," the Nagorno-Karabakh foreign ministry said.

An NVA correspondent in the city reported that explosions continued for about three hours and that the power supply was cut in a number of districts. Residents were sheltering in basements.

According to the Armenian Defence Ministry, Azerbaijani forces used multiple launch rocket systems. The Azerbaijani Defence Ministry, in turn, said the Armenian side had shelled the cities of Terter and Horadiz, and later that Ganja, the country's second largest city, had come under fire. Baku said a civilian was killed in Ganja.

The Nagorno-Karabakh leadership announced it would hit military facilities in Azerbaijani cities in response. Baku denied that a military airfield in Ganja had been destroyed.

Kremlin spokesman Dmitry Peskov earlier called on the parties to cease fire immediately and proceed to a political and diplomatic settlement. On October 1, the presidents of Russia, the United States and France called for an immediate cessation of hostilities. Russia has repeatedly stated its readiness to host talks between Baku and Yerevan.

Clashes on the line of contact in Nagorno-Karabakh resumed on September 27. Both sides have reported casualties, including among civilians. Armenia and the unrecognised republic declared martial law and mobilisation; martial law and a curfew were introduced in a number of Azerbaijani cities.

Earlier, the Russian Foreign Ministry said it had received information that militants from illegal armed groups, in particular from Syria and Libya, were being sent to the conflict zone. The ministry said it was deeply concerned and called on the leadership of the countries concerned to take effective measures to prevent the use of foreign terrorists and mercenaries.

On September 30, during a telephone conversation between Vladimir Putin and French President Emmanuel Macron, the two leaders expressed concern over the involvement of militants from the Middle East in the hostilities, the Kremlin said.

Russian Foreign Minister Sergei Lavrov has held several telephone conversations with his Armenian and Azerbaijani counterparts since the start of the escalation. Russia is a co-chair of the OSCE Minsk Group together with France and the United States. Moscow has also said it is in contact with Ankara on the situation.
"""),
dict(group=G2, published="2020-10-05", outlet="World Desk Live",
title="Karabakh live: Stepanakert pounded for second day, Ganja hit; Aliyev claims Jabrayil",
text="""Updated 5 October, 09:40 GMT

Here is what we know this morning about the fighting over Nagorno-Karabakh, now in its ninth day:

* Stepanakert, the main city of the ethnic Armenian enclave, was shelled for hours on Sunday, with sirens sounding from early morning. Reporters in the city described repeated heavy explosions, fires in residential streets and power cuts. Local authorities said civilians were killed and wounded in Stepanakert and in the nearby town of Shusha (Shushi), and that the bombardment resumed overnight.

* Karabakh leader Arayik Harutyunyan said his forces would now target military installations in Azerbaijan's cities and told civilians there to leave. His office said an airbase at Ganja had been destroyed.

* Azerbaijan said Ganja, its second city of more than 300,000 people, had been hit by rockets, killing at least one civilian and wounding several, and denied any damage to military sites. Baku said rockets were fired from Armenian territory; Yerevan denied this.

* President Ilham Aliyev announced on Sunday that Azerbaijani forces had captured the town of Jabrayil and a number of villages. Armenian officials said the claim was false.

* Azerbaijan's Aliyev said in a televised address that the fighting would stop only if Armenian forces withdrew. Armenia's Nikol Pashinyan said in an interview that his country was ready to work with mediators.

* Both sides claim to have inflicted heavy losses. Karabakh authorities have reported more than 200 of their servicemen killed since Sept. 27; Azerbaijan does not disclose military casualties.

* The Minsk Group co-chairs (France, Russia, US) on Monday were expected to issue another call for a ceasefire.

We'll keep updating this page throughout the day.

PREVIOUSLY ON THIS BLOG:

* Friday: Stepanakert was shelled, with one civilian killed according to local officials. French President Emmanuel Macron said 300 Syrian fighters had travelled to Azerbaijan via Turkey; Ankara denies it.

* Thursday: Leaders of France, Russia and the US called for an immediate ceasefire. Two Le Monde journalists were wounded in Martuni.

* Tuesday: Armenia said a Turkish F-16 had shot down one of its Su-25 jets; Turkey and Azerbaijan denied it.

Exit mobile version
"""),
]
