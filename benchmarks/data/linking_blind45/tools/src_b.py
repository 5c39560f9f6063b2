# Article sources, part B (May - July 2020).

ARTICLES_B = [

# ---------------------------------------------------------------- E5 Stoltenberg / La Repubblica
dict(group="stoltenberg_says_nato_ready_to_support_gna_2020_05_14",
published="2020-05-14", outlet="Hilal News Agency English",
title="NATO ready to support Libya's legitimate government: Stoltenberg",
text="""ROME

NATO is ready to support Libya's UN-recognized government led by Fayez al-Sarraj, the alliance's Secretary General Jens Stoltenberg said on Thursday.

In an interview with the Italian daily La Repubblica, Stoltenberg said the alliance's 30 members had different positions on many issues, but stressed that Turkey remained an important ally.

NATO supports the UN's efforts to find a peaceful solution to the conflicts in both Libya and Syria, he said.

Stoltenberg said the arms embargo on Libya had to be respected by all sides. "However, this does not mean putting on the same level the forces led by Haftar and the government of al-Sarraj, which is the only one recognized by the UN," he said, adding that for this reason NATO was ready to give its support to the government in Tripoli.

The Libyan government, also known as the Government of National Accord (GNA), has been under attack by putschist Khalifa Haftar's militias since April 2019, with more than 1,000 people killed in the violence.

The GNA launched Operation Peace Storm on March 26 to counter the attacks on the capital. Since then, the Libyan Army has liberated the coastal cities of Sabratha and Surman and a string of towns west of Tripoli, and has tightened the siege of the strategic Al-Watiya air base.

Following the ouster of late ruler Muammar Gaddafi in 2011, Libya's new government was founded in 2015 under a UN-led political deal, the Skhirat agreement."""),

dict(group="stoltenberg_says_nato_ready_to_support_gna_2020_05_14",
published="2020-05-15", outlet="The Northern Chronicle",
title="Nato chief's Libya remarks expose alliance rift over Turkey",
text="""By Harriet Lowell, Diplomatic Correspondent

Jens Stoltenberg rarely strays from the careful language of consensus. But in an interview with the Italian newspaper La Repubblica published on Thursday, the Nato secretary-general went further than usual on Libya, saying the alliance was ready to support the UN-recognised government in Tripoli and warning against treating it as the equal of Khalifa Haftar's forces.

The arms embargo, he said, must be respected by everyone. But that did not mean putting Haftar's army and the government of Fayez al-Sarraj, the only one recognised by the UN, on the same level. He also went out of his way to describe Turkey, the Tripoli government's main military backer, as an important ally.

The remarks, made as the Tripoli forces press a Turkish-backed offensive against Haftar's positions in western Libya, landed awkwardly in several allied capitals. Only on Monday, France and Greece joined Egypt, Cyprus and the United Arab Emirates in a joint declaration condemning Turkey's military intervention in Libya and its maritime memorandum with the Tripoli government. Ankara's foreign ministry hit back by calling the group an "alliance of evil".

Stoltenberg's comments were not new in substance. In January, arriving at an emergency EU foreign ministers' meeting in Brussels, he said nobody had asked for a Nato military role in Libya but that allies had agreed the alliance was ready to help build defence capacity for the UN-recognised government. What has changed is the context: with Turkish drones and air defences now shaping the battlefield around Tripoli, any Nato offer of help to the Sarraj government is read in Paris and Athens as cover for Ankara.

For Libyans, Nato's name carries history. The alliance's 2011 air campaign, launched under a UN mandate to protect civilians, helped rebels topple Muammar Gaddafi and left a country that has never since had a single government. Haftar's supporters are quick to recall it; so are Moscow's diplomats.

The military picture has shifted sharply in recent weeks. Since Tripoli launched Operation Peace Storm in late March, its forces have taken the coastal towns of Sabratha and Surman and are besieging the al-Watiya air base, Haftar's main foothold in the west. Haftar's forces have answered with heavy shelling of the capital; last week rockets landed near the Turkish and Italian embassies in the Zawiyat al-Dahmani district.

Haftar himself declared in late April that he had accepted a "popular mandate" to rule, a move that embarrassed even some of his foreign supporters. Days earlier the speaker of the eastern parliament, Aguila Saleh, had floated a political initiative of his own.

The European Union's new naval mission, Irini, launched at the end of March to enforce the embargo at sea, is also a source of friction. Tripoli and Ankara complain that it will mostly intercept shipments to the government by sea while weapons reach Haftar by air and over the Egyptian border.

Any concrete help would still need the agreement of all 30 allies - a reminder that the secretary-general can offer support, but cannot deliver it without Paris and Athens."""),

dict(group="stoltenberg_says_nato_ready_to_support_gna_2020_05_14",
published="2020-05-15", outlet="Nile Sentinel",
title="NATO, which destroyed Libya in 2011, now offers support to Sarraj's militia government",
text="""NATO Secretary General Jens Stoltenberg announced on Thursday that the alliance is "ready to support" the Tripoli government headed by Fayez al-Sarraj, in remarks to the Italian newspaper La Repubblica that were immediately welcomed by Turkish state media.

Stoltenberg claimed that respecting the arms embargo did not mean putting the Libyan National Army and the Sarraj government on an equal footing, and described Turkey, which has flooded Tripoli with Syrian mercenaries, drones and military advisers, as "an important ally".

The statement ignores that the Turkish occupation forces are operating in open violation of the UN arms embargo and of the commitments Ankara signed in Berlin in January. It also ignores that Sarraj's government depends on terrorist militias, some of them listed on UN sanctions lists, to hold the capital.

Libyans have not forgotten that it was NATO's bombing campaign in 2011 that destroyed the Libyan state and opened the door to chaos, weapons smuggling and the spread of extremist groups across the region, from which Egypt's western border has suffered for years.

Only on Monday, Egypt, France, Greece, Cyprus and the UAE issued a joint declaration rejecting the Turkish military intervention in Libya and the illegal memoranda signed between Ankara and Sarraj, and condemning the transfer of foreign terrorist fighters from Syria. Turkey's response was to insult the five countries.

The NATO chief's remarks also come as the Turkish-backed militias escalate their attacks around Al-Watiya air base and in Tarhuna, using Turkish drones, while the Libyan National Army has declared its commitment to a truce during the holy month of Ramadan.

Egypt's position, repeated by President Abdel Fattah al-Sisi, remains that there can be no solution in Libya without dismantling the militias, ending foreign interference and supporting the national institutions, first of all the Libyan National Army and the elected House of Representatives.

Advertisement
Read more: Opinion - Libya's neighbours and the Turkish threat | Ramadan truce: the army's commitment and the militias' violations"""),

# ---------------------------------------------------------------- E6 RSF arrests 122
dict(group="sudan_rsf_arrests_122_libya_bound_fighters_2020_06_28",
published="2020-06-28", outlet="Mediterranean Wire Service",
title="Sudan says 122 arrested in Darfur before going to fight in Libya",
text="""KHARTOUM (MWS) - Sudanese security forces have arrested at least 122 people, including eight children, in the western Darfur region who intended to travel to Libya to fight as mercenaries, the paramilitary Rapid Support Forces (RSF) said on Sunday.

RSF spokesman Brigadier General Gamal Gomaa said 72 of those detained belonged to the Sudanese Awakening Revolutionary Council, an armed group led by former Janjaweed leader Musa Hilal, who has been in prison since his arrest in November 2017.

He did not say which side in Libya's war the group had intended to join. Sudanese armed groups from Darfur have fought on both sides of the Libyan conflict, according to UN experts.

Gomaa said the militia members faced charges including attacking a military camp, incitement against the state, recruiting children and looting, while the others would be handed to police. Security forces arrested more than 240 people in February who planned to join the fighting in Libya, he added.

Libya has been in turmoil since a NATO-backed uprising toppled Muammar Gaddafi in 2011. Since 2014 it has been split between a government in Tripoli recognised by the United Nations and rival authorities in the east aligned with commander Khalifa Haftar, whose forces are backed by the United Arab Emirates, Egypt and Russia. Turkey and Qatar support the Tripoli government.

(Reporting by MWS Khartoum stringer; editing by Daniel Marsh)"""),

dict(group="sudan_rsf_arrests_122_libya_bound_fighters_2020_06_28",
published="2020-06-29", outlet="Sudan Horizon Online",
title="RSF: 122 detained in Darfur on their way to Libya's war, including 72 from Musa Hilal's council",
text="""Khartoum - The Rapid Support Forces (RSF) announced on Sunday the arrest of 122 people, among them eight children, in Darfur who were preparing to cross into Libya to take part in the fighting there as mercenaries.

In a statement, RSF spokesman Brigadier General Jamal Jumaa said 72 of the detainees were members of the Sudanese Awakening Revolutionary Council, the group founded by Musa Hilal after his falling out with the former regime. Hilal, once an adviser to ousted president Omar al-Bashir and under UN sanctions for his role in the Darfur war, has been held in Khartoum since RSF forces arrested him in North Darfur in November 2017.

According to the spokesman, the council's members face accusations that include attacking a military camp, inciting against the state, recruiting children and looting. The remaining detainees will be referred to the police for investigation.

Brig. Gen. Jumaa did not say for which Libyan party the group was going to fight. He recalled that the security forces had arrested more than 240 people in February in Darfur on similar grounds and that they had been brought to justice.

The RSF, commanded by Lieutenant General Mohamed Hamdan Dagalo "Hemedti", deputy head of the Sovereign Council, has repeatedly denied reports that it sent its own troops to fight alongside Khalifa Haftar's forces. It says its units deployed along the border with Libya are there to fight human trafficking, smuggling and illegal migration.

A UN panel of experts report released this year said that many Arabs from Darfur and neighbouring Chad were fighting in Libya as individual mercenaries, and that several Darfuri armed groups had taken part in operations alongside both Libyan warring parties. The panel said it had found no credible evidence that the RSF as a force had deployed in Libya.

The issue became a political storm in Khartoum in January, when families protested in front of the UAE embassy and the foreign ministry, saying young men hired by an Emirati security company as guards had been sent to Libyan oil facilities instead. Some of them were later brought home.

Sudan's transitional authorities are under pressure to show they can control the vast desert border with Libya and Chad, through which fighters, weapons and migrants have moved for years."""),

dict(group="sudan_rsf_arrests_122_libya_bound_fighters_2020_06_28",
published="2020-06-29", outlet="Tripoli Voice",
title="Sudan arrests 122 would-be mercenaries as Haftar's foreign fighters mass around Sirte",
text="""Sudan's Rapid Support Forces said on Sunday they had arrested 122 people in Darfur, including eight children, who were on their way to Libya to fight as mercenaries - a new confirmation of the pipeline of foreign fighters feeding the war against the capital.

The RSF did not say which side the men meant to join. But the Government of National Accord has long documented the presence of Sudanese and Chadian fighters in the ranks of Khalifa Haftar's forces, alongside Russian mercenaries of the Wagner company, and has raised the issue at the UN Security Council.

According to the RSF spokesman, 72 of those arrested belong to an armed group founded by the jailed militia leader Musa Hilal. More than 240 people were detained in February for the same reason, he said.

The arrests come as Haftar's forces regroup around Sirte and Al-Jufra after their defeat in western Libya. Since the liberation of Tripoli's airport on June 3 and of Tarhuna on June 5, Libya Army forces have advanced to the outskirts of Sirte, where they say they face Wagner mercenaries, Syrian fighters brought by Russia and fighters from Sudan and Chad.

Last week the National Oil Corporation said Wagner mercenaries had entered the Sharara oil field in the south. Egypt's president Abdel Fattah al-Sisi declared on June 20 that Sirte and Al-Jufra were a "red line" for Cairo and threatened direct intervention - a statement the Presidential Council called a declaration of war.

In January, the scandal of the Emirati company Black Shield, which recruited young Sudanese as security guards and sent some of them to guard oil installations in Haftar-held areas, led to protests in Khartoum. Sudanese officials have since promised to tighten control of the border.

Tripoli officials say the Sudanese arrests show that the pressure on the recruitment networks is working, but warn that hundreds of foreign fighters remain in the Sirte-Jufra area."""),

# ---------------------------------------------------------------- E7 Erdogan in Doha
dict(group="erdogan_visits_doha_meets_emir_tamim_2020_07_02",
published="2020-07-02", outlet="Hilal News Agency English",
title="President Erdoğan, Qatari emir meet in Doha",
text="""DOHA

President Recep Tayyip Erdoğan met Qatar's Emir Sheikh Tamim bin Hamad Al Thani in the capital Doha on Thursday, in his first foreign visit since the start of the coronavirus outbreak.

The meeting between the two leaders, which was closed to the press, lasted about three hours, according to Turkish sources. Bilateral relations and regional issues, including Libya, were on the agenda.

Erdoğan was welcomed at the airport by Qatari Defense Minister Khalid bin Mohammad Al Attiyah and other officials.

Treasury and Finance Minister Berat Albayrak, National Defense Minister Hulusi Akar, Communications Director Fahrettin Altun, Presidential Spokesman İbrahim Kalın and National Intelligence Organization (MIT) chief Hakan Fidan accompanied Erdoğan on the one-day working visit.

Qatar's Assistant Foreign Minister Lolwah al-Khater told Al Jazeera that the visit confirmed the depth of relations, adding that Doha and Ankara both support Libya's legitimate Government of National Accord (GNA) and a political solution based on the Skhirat agreement.

Turkey and Qatar have strengthened their strategic partnership in recent years, particularly since Saudi Arabia, the UAE, Bahrain and Egypt imposed a blockade on Qatar in June 2017. Turkey maintains a military base in Qatar.

The GNA, supported by Ankara under a security memorandum signed in November, has recently inflicted heavy blows on putschist Khalifa Haftar's militias, liberating Tripoli, Tarhuna and the Al-Watiya air base."""),

dict(group="erdogan_visits_doha_meets_emir_tamim_2020_07_02",
published="2020-07-03", outlet="Nile Sentinel",
title="Erdogan in Doha: cash, mercenaries and the Libya file on the table",
text="""[ad_1]

Turkish President Recep Tayyip Erdogan flew to Doha on Thursday for talks with Qatar's Emir Tamim bin Hamad, on his first trip abroad since the coronavirus pandemic, taking with him the men who run his Libya war: Defence Minister Hulusi Akar and intelligence chief Hakan Fidan, as well as his son-in-law, Finance Minister Berat Albayrak.

The composition of the delegation says a great deal about the purpose of the visit, according to Egyptian analysts. With the Turkish lira under pressure and the cost of the military adventure in Libya rising, Erdogan is seeking more Qatari money, both to prop up his economy and to finance the militias and Syrian mercenaries he has transferred to Tripoli. Qatar already agreed in May to triple a currency swap line with Turkey to 15 billion dollars.

The meeting, held behind closed doors, lasted around three hours. No statement was issued on its content beyond general references to "bilateral relations and regional issues".

The visit comes less than two weeks after President Abdel Fattah al-Sisi declared, during his inspection of army units in the Western Military Zone, that Sirte and Al-Jufra are a red line for Egypt's national security, and that any crossing of that line would give Egypt the legitimacy to intervene to protect its western border and the Libyan people.

The Turkish-backed militias and mercenaries have massed west of Sirte with the stated aim of seizing the city and the Oil Crescent, while the Libyan National Army has reinforced its lines.

Qatari officials said on Thursday that Doha and Ankara support the Tripoli government and a political solution based on the Skhirat agreement - the same agreement whose term, the House of Representatives says, has long expired.

The Qatar-Turkey axis, in the view of Cairo, is the main obstacle to any settlement in Libya, as it backs the Muslim Brotherhood and the militias that have held the capital hostage since 2014.

[ad_2]"""),

dict(group="erdogan_visits_doha_meets_emir_tamim_2020_07_02",
published="2020-07-03", outlet="Haber Meydani",
title="President Erdogan met with Qatar Emir Al Sani in Doha",
text="""President Recep Tayyip Erdogan, went to Qatar for a one-day working visit. Erdogan, in the capital Doha was met by the Qatar Defense Minister Halid bin Muhammed Al Attiyye.

President Erdogan, had a meeting with Qatar Emir Sheikh Temim bin Hamed Al Sani. The meeting which was closed to press lasted about 3 hours. In the meeting, the bilateral relations between Turkey and Qatar and the regional developments, especially Libya, were taken up.

Treasury and Finance Minister Berat Albayrak, National Defense Minister Hulusi Akar, MIT Chief Hakan Fidan, Communications Director Fahrettin Altun and Presidency Spokesman Ibrahim Kalin accompanied Erdogan in the visit. This visit is the first abroad visit of Erdogan after the koronavirus outbreak.

Qatar, together with Turkey, is supporting the legitimate Libya government in Trablus against the darbeci Hafter. The Doha administration, stated that both countries support the political solution in Libya based on the Suheyrat agreement.

Etiketler: Erdoğan, Katar, Libya, Temim, Doha

Minister Akar and Chief of General Staff Guler are in Trablus

National Defense Minister Hulusi Akar and Chief of General Staff General Yasar Guler, went to Libya. Minister Akar and General Guler, in the capital Trablus were met by the officials of the Libya Government of National Accord.

Akar and Guler, in Trablus will meet with the Presidency Council President Fayez al Serrac and the Libya officials. It was announced that in the visit, the military training and cooperation activities which are carried out within the scope of the memorandum of understanding between Turkey and Libya will be evaluated, and information will be received about the activities of the Turkish Armed Forces personnel who are in duty in the region.

Minister Akar, had said before that Turkey will continue to stand by the brotherly Libya people and the legitimate government. The visit, came one day after the Doha contacts of President Erdogan.

The Libya government forces, with the support of Turkey, in last months took back the El Vatiye air base, Terhune and the whole of Trablus surroundings from the Hafter militias.

Paylaş: Facebook Twitter WhatsApp

Exit mobile version"""),

# ---------------------------------------------------------------- E8 Le Drian at Senate
dict(group="le_drian_senate_hearing_turkey_libya_2020_07_08",
published="2020-07-09", outlet="The Northern Chronicle",
title="Le Drian rejects claims France chose Haftar's side, says Turkey owes 'clarifications'",
text="""By Sophie Marchand in Paris

France's foreign minister, Jean-Yves Le Drian, has defended Paris's record in Libya against accusations that it quietly sided with Khalifa Haftar, telling senators that critics "do not know the history" and turning his fire on Turkey instead.

Appearing on Wednesday before the Senate's foreign affairs, defence and armed forces committee, days after being kept on in the new government of Jean Castex, Le Drian said he kept hearing that France had chosen the camp of Marshal Haftar, and that he wanted to set the record straight.

In 2014 and 2015, he said, Haftar's Libyan National Army was recognised by the parliament elected in the summer of 2014 and its main objective was the fight against the Islamic State group. At that time, with France reeling from terrorist attacks at home, Paris gave the LNA advice and political support for that fight. The situation today, he said, was different.

Le Drian reserved his sharpest words for Ankara. The forces now backing the Tripoli government of Fayez al-Sarraj, he said, were in large part organised by Turkey around western Libyan militias, reinforced with fighters transported from Syria. It was likely, he said, that among the armed elements who had come with the Turks were former leaders of jihadist groups - a situation he described as serious, and one he has previously called the "Syrianisation" of Libya.

He also said France was still waiting for "clarifications" from Turkey over the incident on June 10, when, according to Paris, a Turkish frigate escorting a cargo ship bound for Libya illuminated the French frigate Courbet with its fire-control radar three times. Turkey denies the French account. France suspended its participation in Nato's Sea Guardian maritime operation last week, saying the alliance's inquiry had failed to settle the matter.

The hearing came days before EU foreign ministers meet on Monday, when Paris is expected to raise relations with Turkey, and after President Emmanuel Macron accused Ankara last month of bearing "historic and criminal responsibility" in Libya.

Le Drian insisted that only a political solution was possible, based on the commitments made at the Berlin conference in January and strict application of the UN arms embargo. UN experts have also documented deliveries to Haftar's side attributed to the United Arab Emirates and to fighters of Russia's Wagner group, which Paris has criticised less loudly.

France has faced questions since July last year, when US-made Javelin missiles bought by France were found at a base in Gharyan abandoned by Haftar's forces. Paris said the missiles were intended for the protection of French troops on counter-terrorism missions and had been damaged and were awaiting destruction.

The minister also used the hearing to warn that the coronavirus pandemic was accelerating worldwide, even as the French lived "as though the virus were disappearing"."""),

dict(group="le_drian_senate_hearing_turkey_libya_2020_07_08",
published="2020-07-09", outlet="Hilal News Agency English",
title="French FM repeats claims on Turkey in Libya, admits past support for putschist Haftar",
text="""PARIS

French Foreign Minister Jean-Yves Le Drian on Wednesday repeated his accusations against Turkey's role in Libya while admitting that France had given "advice and political support" to the forces of putschist Khalifa Haftar.

Speaking at a hearing of the French Senate's foreign affairs and defense committee, Le Drian claimed that the forces of Libya's legitimate Government of National Accord (GNA) were organized by Turkey and alleged that jihadist elements were probably among the fighters supporting the government.

At the same time, he acknowledged that Paris had backed Haftar's militias in 2014 and 2015, saying their main goal at the time was fighting Daesh/ISIS.

Le Drian also said France was waiting for "clarifications" from Turkey about the June 10 incident involving the French frigate Courbet in the Mediterranean. Turkish officials have rejected the French version of events, saying the Turkish frigates acted in line with NATO procedures and that it was the French ship that behaved aggressively. Ankara has said France owes an apology for spreading false information.

France suspended its participation in NATO's Sea Guardian operation on July 1.

Turkish officials have repeatedly accused France of supporting Haftar politically and militarily despite its official recognition of the UN-recognized government. Last year, U.S.-made Javelin anti-tank missiles belonging to France were found at a Haftar base in Gharyan after the city was liberated by government forces.

The GNA, backed by Turkey under a security memorandum, has recently liberated Tripoli, Tarhuna and the Al-Watiya air base from Haftar's militias, which are supported by the UAE, Egypt, Russian Wagner mercenaries and, according to Turkish officials, France.

Since the ouster of late ruler Muammar Gaddafi in 2011, two seats of power have emerged in Libya: Haftar in eastern Libya, supported mainly by Egypt and the UAE, and the GNA in Tripoli, which enjoys UN and international recognition."""),

dict(group="le_drian_senate_hearing_turkey_libya_2020_07_08",
published="2020-07-09", outlet="Gulf Horizon Daily",
title="Le Drian warns jihadists likely among Turkey's mercenaries in Libya",
text="""French Foreign Minister Jean-Yves Le Drian has warned that former leaders of jihadist groups are likely among the fighters Turkey has sent to Libya, describing the situation in the country as serious.

Speaking before the French Senate's foreign affairs and defence committee on Wednesday, Le Drian said the forces supporting the Tripoli government were organised by the Turks around militias from western Libya, with fighters sent by Ankara as proxies and flown in to fight.

"It is likely that certain armed elements who accompanied the Turks include former leaders of jihadist groups," he said, in remarks reported by French media.

Le Drian also rejected claims that France had taken sides with the Libyan National Army, explaining that Paris had provided advice and political support to the LNA in 2014 and 2015, when it was leading the fight against ISIS with the backing of the elected House of Representatives.

He said France was still awaiting clarifications from Turkey over the June 10 incident in which a Turkish warship targeted the French frigate Courbet with its radar while the French vessel was trying to inspect a cargo ship suspected of carrying arms to Libya.

The French minister's warning echoes repeated statements by the Libyan National Army, which says Ankara has transferred thousands of Syrian mercenaries, including members of extremist groups, to Tripoli through Mitiga airport and Misrata. The Syrian Observatory for Human Rights has reported that Turkey has sent thousands of Syrian fighters to Libya since the end of last year.

Paris is expected to press its European partners to consider new measures against Turkey when EU foreign ministers meet on July 13.

The UAE has consistently called for an end to Turkish interference in Libya and for a political solution under UN auspices, and has welcomed the Cairo Declaration announced by President Abdel Fattah al-Sisi on June 6."""),

# ---------------------------------------------------------------- E9 Hasm 2020
dict(group="egypt_hasm_2020_drill_near_libya_border_2020_07_09",
published="2020-07-09", outlet="Nile Sentinel",
title="Egyptian armed forces conclude 'Hasm 2020' exercise in the Western Strategic Direction",
text="""We use cookies to ensure you get the best experience on our website. OK

The Egyptian Armed Forces carried out on Thursday the main phase of the "Hasm 2020" (Decisiveness 2020) exercise in the Western Strategic Direction, in the presence of General Mohamed Zaki, Commander-in-Chief of the Armed Forces and Minister of Defence and Military Production, and Lieutenant General Mohamed Farid, Chief of Staff of the Armed Forces.

In a statement, the Armed Forces spokesman, Colonel Tamer al-Rifai, said the exercise had been carried out over several days with the participation of formations and units of the main branches of the armed forces, in the land, naval and air domains.

The main phase included air operations to secure the combat actions of the forces and to provide air support with the aim of eliminating mercenary elements of irregular armies, with strikes on their gathering points, command centres and logistic support areas. Helicopters carried Sa'ka (Thunderbolt) special forces in a raid on a command centre of mercenary elements, which was destroyed.

The exercise also included air combat training, engagement of distant targets requiring aerial refuelling, air defence and artillery fire, the strategic deployment of land forces and special forces of paratroopers and Sa'ka, and an amphibious landing on the coast of a border area in the western direction.

The exercise comes in the framework of the combat readiness of the armed forces and their ability to protect Egypt's borders and national security in all strategic directions.

It follows the inspection by President Abdel Fattah al-Sisi, Supreme Commander of the Armed Forces, of the forces of the Western Military Zone at Sidi Barrani on June 20, when he declared that Sirte and Al-Jufra represent a red line, and that Egypt would not stand idly by in the face of threats to its western border from terrorist militias and mercenaries brought to Libya by Turkey.

The exercise also comes a day after Turkish media reported that the Turkish navy was preparing to carry out large naval manoeuvres off the Libyan coast, in a new escalation by Ankara, whose forces have been targeted in recent days by air strikes on Al-Watiya air base.

Egypt has repeatedly affirmed its support for a political solution in Libya based on the Cairo Declaration, which calls for a ceasefire, the withdrawal of foreign mercenaries and the dismantling of militias."""),

dict(group="egypt_hasm_2020_drill_near_libya_border_2020_07_09",
published="2020-07-09", outlet="Mediterranean Wire Service",
title="Egypt stages military drill near Libyan border as tensions with Turkey rise",
text="""CAIRO (MWS) - Egypt's armed forces said on Thursday they had carried out a large military exercise near the border with Libya, days after President Abdel Fattah al-Sisi warned that Egypt could intervene if Turkish-backed forces advanced on the city of Sirte.

The drill, code-named "Hasm 2020" (Decisiveness 2020), lasted several days in Egypt's western region and involved land, naval and air units, including special forces and an amphibious landing, an army spokesman said. Defence Minister Mohamed Zaki attended the main phase.

The army said the exercise trained forces to eliminate "mercenary elements of irregular armies" and destroy their command centres and supply lines.

It came a day after Turkish media reported that Turkey's navy planned large-scale exercises off the Libyan coast.

Sisi said on June 20 that Sirte and the al-Jufra air base were a "red line" for Egypt. Libya's Tripoli-based Government of National Accord, backed by Turkey, called the statement a declaration of war.

Libya has been in turmoil since a NATO-backed uprising toppled Muammar Gaddafi in 2011. Since 2014 it has been split between a government in Tripoli recognised by the United Nations and rival authorities in the east aligned with commander Khalifa Haftar, whose forces are backed by the United Arab Emirates, Egypt and Russia. Turkey and Qatar support the Tripoli government.

(Reporting by MWS Cairo bureau; editing by Daniel Marsh)"""),

dict(group="egypt_hasm_2020_drill_near_libya_border_2020_07_09",
published="2020-07-10", outlet="Haber Meydani",
title="Egypt made 'Hasm 2020' military exercise near the Libya border",
text="""The Egypt army, carried out a big military exercise named "Hasm 2020" at the western region near the border with Libya. The exercise came after the threats of Egypt leader Abdulfettah es-Sisi against the Libya legitimate government.

According to the statement of the Egypt army spokesman, in the exercise which lasted for several days the land, sea and air forces took part. Egypt Defense Minister Muhammed Zeki watched the main stage of the exercise yesterday.

In the statement it was claimed that the exercise was aimed at "eliminating the mercenary elements". Egypt, had announced in last month that Sirte and Cufra is a "red line" for itself.

The Sisi administration, is supporting the darbeci Hafter together with BAE and Russia. The Libya legitimate government had described the threat of Sisi as a "declaration of war".

On the other hand the Turkish Naval Forces, announced with Navtex that they will make exercises in three different regions off the Libya coast. It was stated that the exercises, which were named Barbaros, Turgut Reis and Caka Bey, will be held in the coming period.

The Libya government forces, with the support of Turkey, in Haziran took back Terhune and the whole of Trablus from the Hafter militias and came to the west of Sirte. In the last week the El Vatiye air base was targeted by unidentified warplanes.

Etiketler: Mısır, Libya, Sisi, Hasm 2020, Sirte

Exit mobile version"""),
]
