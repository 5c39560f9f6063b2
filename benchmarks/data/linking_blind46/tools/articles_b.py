# Set 46 articles, part B: Berlin conference to al-Watiya
from articles_a import MPW_BOILER

ARTICLES_B = [
# ---------------------------------------------------------------- event 5
("berlin_conference_libya_2020_01_19", "2020-01-19", "Meridian Press Wire",
"World powers pledge in Berlin to respect Libya arms embargo",
"""BERLIN (MPW) - Leaders of countries with a stake in Libya's war agreed on Sunday to respect a widely flouted United Nations arms embargo, stop military support to the warring sides and push them towards a permanent ceasefire, German Chancellor Angela Merkel said after a summit in Berlin.

"We all agree that we should respect the arms embargo and that it should be monitored more strongly than in the past," Merkel told reporters after about four hours of talks at the chancellery, standing alongside U.N. Secretary-General Antonio Guterres and U.N. envoy Ghassan Salame.

The participants included Russian President Vladimir Putin, Turkish President Tayyip Erdogan, Egyptian President Abdel Fattah al-Sisi, French President Emmanuel Macron, Italian Prime Minister Giuseppe Conte, British Prime Minister Boris Johnson and U.S. Secretary of State Mike Pompeo.

Libya's two main rivals, Fayez al-Serraj of the Tripoli-based Government of National Accord (GNA) and eastern commander Khalifa Haftar, were both in Berlin but did not attend the main session and did not meet each other. Merkel said she and her foreign minister spoke to each of them separately because the differences between them were so great.

Both sides nominated five members each to a joint military committee that is to work out the terms of a lasting truce. Guterres said it would meet in Geneva in the coming days.

Guterres stressed that the summit had concluded there was no military solution to the conflict. He also voiced concern about the shutdown of major oil ports in the east by groups loyal to Haftar on Saturday, which has halted more than half of Libya's crude output.

The final 55-point communique, which is to be submitted to the U.N. Security Council for endorsement, also calls for demobilisation of armed groups and a fair distribution of oil revenue.

A fragile ceasefire brokered by Turkey and Russia has largely held since Jan. 12, though Haftar left talks in Moscow last week without signing a formal agreement.

""" + MPW_BOILER + """

(Reporting by MPW Berlin bureau; additional reporting by Omar Haddad in Tripoli; editing by Carla Wendt)"""),

("berlin_conference_libya_2020_01_19", "2020-01-20", "The Northern Chronicle",
"Berlin summit delivers promises on Libya, but its rivals would not share a room",
"""By Helen Marsh, Diplomatic Correspondent, in Berlin

It took months of German shuttle diplomacy to get the patrons of Libya's war into the same room. Once there, they agreed with surprising speed on a text none of them has much incentive to honour.

The 55-point communique adopted at the chancellery on Sunday commits the participants, including Russia, Turkey, Egypt, the United Arab Emirates, France and Italy, to respect the UN arms embargo imposed in 2011, to refrain from interfering in Libya's internal affairs and to support a ceasefire. A follow-up committee is to meet monthly under UN auspices, and four working groups will deal with security, politics, the economy and human rights.

Angela Merkel, who hosted the meeting with the UN secretary general, António Guterres, was careful not to oversell it. She said the summit had not solved all of Libya's problems but had sought to give the process fresh momentum. Guterres said all participants accepted there was no military solution.

The awkward truth was on display in the corridors. Fayez al-Sarraj, head of the UN-recognised government in Tripoli, and Khalifa Hifter, the eastern commander whose nine-month offensive on the capital provoked the crisis, were both in the city but were kept out of the main session and never met. Each was briefed separately. Their only concrete contribution was to name five officers each to a joint military commission that is to negotiate a durable truce in Geneva.

Several of the signatories are themselves the embargo's most prominent violators. The UAE has supplied drones and armoured vehicles to Hifter's forces, according to UN experts; Turkey has openly shipped armed drones to Tripoli and, since its parliament approved a deployment on 2 January, has begun sending military personnel. Russian mercenaries linked to the Wagner group have been fighting on Hifter's side, though Moscow denies any state role. Egypt, which shares a long border with eastern Libya, regards Hifter as a bulwark against Islamist militias.

Recep Tayyip Erdoğan arrived in Berlin having warned in a newspaper article on Saturday that Europe would face fresh waves of migrants and terrorism if the Tripoli government fell. Also at the table was Abdel Fattah al-Sisi, whom Erdoğan has refused to deal with since the Egyptian army ousted Mohamed Morsi in 2013.

The truce that has calmed the front around Tripoli since 12 January is itself a Turkish-Russian product. Vladimir Putin and Erdoğan called for it in Istanbul on 8 January, and their ministers hosted both Libyan sides in Moscow on 13 January. Hifter left Moscow without signing, and Erdoğan promised to teach him a lesson.

The most immediate threat to the Berlin agreement may be economic. On Saturday, tribal groups loyal to Hifter shut down the main oil export terminals in the east, and output has since collapsed. The National Oil Corporation declared force majeure. Western diplomats see the move as a reminder to the conference of how much leverage the marshal retains over the country's only real source of income.

Greece was not invited, to its visible irritation. Prime Minister Kyriakos Mitsotakis, who met Hifter in Athens on Friday, has said his country would block any EU endorsement of a Libyan settlement that does not annul the Turkish-Libyan maritime memorandum.

Libya has been torn apart since the 2011 Nato-backed uprising that ended Muammar Gaddafi's four decades in power. Whether Berlin proves a turning point or just another conference, like Paris in 2018 and Palermo the same year, will depend on whether the guns around Tripoli stay quiet."""),

("berlin_conference_libya_2020_01_19", "2020-01-20", "Al-Manara Net",
"Berlin conference concludes with commitment to arms embargo and formation of the 5+5 military committee",
"""Al-Manara Net - Berlin - Agencies

The international conference on Libya concluded its work yesterday Sunday in the German capital Berlin, with the commitment of the participating countries to respect the arms embargo imposed on Libya and to stop the military support to the parties of the conflict, and the formation of a joint military committee of ten members, five from each side.

The German Chancellor Angela Merkel said in a press conference with the Secretary-General of the United Nations Antonio Guterres and the UN envoy Ghassan Salame, that the participants agreed on a comprehensive plan, and that all of them worked in a constructive way, stressing that the arms embargo must be controlled more strictly than in the past.

For his part, Guterres said that all the participants affirmed that there is no military solution for the Libyan crisis, and announced that the military committee "5+5" will be invited to meet in Geneva in the coming days.

The head of the Presidential Council of the Government of National Accord Fayez al-Sarraj and the commander of the forces of the east Khalifa Haftar were present in Berlin, but they did not participate in the sessions of the conference and did not meet, and Merkel met each of them separately.

The conference was attended by the presidents of Russia Vladimir Putin, Turkey Recep Tayyip Erdogan, Egypt Abdel Fattah al-Sisi and France Emmanuel Macron, in addition to the American Secretary of State Mike Pompeo and the British Prime Minister Boris Johnson, and representatives of the United Nations, the European Union, the African Union and the Arab League.

It is worth mentioning that the forces loyal to Haftar closed, the day before yesterday Saturday, the oil ports in the east of the country, which pushed the National Oil Corporation to declare the state of force majeure.

It is also worth mentioning that the truce in force since the twelfth of January came at the initiative of the Turkish and Russian presidents, and that Haftar left Moscow last Tuesday without signing the ceasefire agreement.

Read also: Erdogan: We will not leave the Libyan brothers alone

Read also: Greece: Haftar's visit to Athens an opportunity to present our position"""),

("berlin_conference_libya_2020_01_19", "2020-01-20", "Maghreb Morning Briefing",
"Morning Briefing, Monday 20 January: Berlin's Libya pledge, oil shutdown, Tunisia's cabinet",
"""Good morning. Here is what you need to know across North Africa today.

LIBYA - BERLIN CONFERENCE ENDS WITH EMBARGO PLEDGE
The headline from Sunday: the sixteen states and organisations gathered at the German chancellery signed up to respect the UN arms embargo on Libya and to halt military support to the warring camps while a truce holds. Angela Merkel called it a comprehensive plan; António Guterres said everyone agreed there was no military solution. Fayez al-Serraj and Khalifa Haftar were in Berlin but never in the same room, and named members for a 5+5 military committee due to meet in Geneva. Erdogan, Putin, Sisi and Macron all attended. Our take: the text is broad, the enforcement mechanism thin, and the two patrons who brokered the current truce, Ankara and Moscow, sit on opposite sides.

LIBYA - OIL EXPORTS COLLAPSE
Groups loyal to Haftar closed the main eastern export terminals on Saturday, the eve of the summit, and pipelines from southern fields were also shut. The National Oil Corporation declared force majeure on loadings. Traders expect output to drop to a fraction of last year's level of around 1.2 million barrels a day if the shutdown lasts.

GREECE - ATHENS FUMES AT BEING LEFT OUT
Greek officials continue to protest their exclusion from Berlin. Haftar visited Athens on Friday for talks with Prime Minister Mitsotakis and Foreign Minister Dendias. Athens insists the Turkey-GNA maritime memorandum of November must be scrapped.

TUNISIA - NEW PRIME MINISTER DESIGNATE
President Kais Saied on Monday is expected to continue consultations after parliament rejected Habib Jemli's cabinet earlier this month.

ALGERIA - ALGIERS OFFERS TO HOST LIBYAN DIALOGUE
President Abdelmadjid Tebboune used his Berlin appearance to offer Algeria as a venue for talks between the Libyan parties. Algiers wants a bigger role next door.

That's all for today. Forward this briefing to a colleague, or sign up at the link below.

Unsubscribe | Manage preferences"""),

# ---------------------------------------------------------------- event 6
("lna_shells_tripoli_port_2020_02_18", "2020-02-19", "Tripoli Herald Online",
"GNA suspends Geneva military talks after Haftar militias shell Tripoli port",
"""Tripoli Herald Online

The Presidential Council of the Government of National Accord announced on Tuesday evening the suspension of its participation in the military talks in Geneva, hours after the militias of the war criminal Khalifa Haftar fired missiles at the commercial sea port of Tripoli.

In a statement, the Council said that negotiations would be meaningless without a firm ceasefire, the return of displaced people to their homes and guarantees for the security of the capital and other cities. It said the government would respond firmly to the attack at the appropriate time, and called on the United Nations Support Mission and the countries that took part in the Berlin conference to take a clear stance on the repeated violations.

The port administration said several Grad and other rockets struck the port area on Tuesday morning. The spokesman for the Volcano of Anger operation, Mustafa al-Mujie, said the shelling set commercial goods and a warehouse on fire and denied reports circulated by Emirati and Saudi channels that a Turkish ship or a weapons depot had been hit. He said the port was used for civilian purposes only.

The National Oil Corporation said one projectile landed metres away from a tanker carrying highly explosive liquefied petroleum gas that was discharging at the port. NOC chairman Mustafa Sanalla said the attack could have caused a humanitarian and environmental disaster, noting that Tripoli has no operational fuel storage facilities. The corporation ordered all fuel tankers to leave the harbour.

Government sources said there were casualties among civilians near the port, with a health ministry official speaking of three people killed. The figure could not be independently confirmed.

The UN envoy Ghassan Salame confirmed that the port had been attacked and described it as a big breach of the truce in force since 12 January.

The shelling came on the same day the second round of talks of the joint military committee, known as 5+5, began in Geneva under UN auspices, following the Berlin conference.

Haftar's forces have besieged the southern outskirts of Tripoli since April 2019. The Government of National Accord signed security and maritime memoranda with Turkey in November, and Ankara has sent military advisers at the government's request.

Share this:
Twitter | Facebook | WhatsApp"""),

("lna_shells_tripoli_port_2020_02_18", "2020-02-18", "Gulf Sentinel",
"LNA says it destroyed Turkish ship carrying weapons at Tripoli port",
"""Benghazi - Gulf Sentinel

The Libyan National Army said on Tuesday it had destroyed a Turkish ship loaded with weapons and ammunition that docked in the morning at the port of Tripoli.

The army's media centre said in a brief statement that the vessel had been unloading military equipment for the militias of the Government of National Accord. Army spokesman Ahmed al-Mesmari has repeatedly warned that any Turkish vessel bringing weapons would be a legitimate target.

Images on social media showed thick black smoke rising from the port area. The UN envoy Ghassan Salame confirmed the port had been attacked, while Tripoli denied that any ship had been struck.

The strike came as the 5+5 military committee began a new round of talks in Geneva. Turkey has sent military personnel and Syrian mercenaries to Tripoli in violation of the Berlin conference commitments, according to the army."""),

# ---------------------------------------------------------------- event 7
("gna_retakes_sabratha_surman_2020_04_13", "2020-04-13", "Tripoli Herald Online",
"Army forces liberate Sabratha and Surman, coastal road to Tunisian border secured",
"""Tripoli Herald Online

Forces of the Government of National Accord took full control on Monday of the coastal cities of Sabratha and Surman west of Tripoli, along with several neighbouring towns, in a sweeping advance that pushed Haftar's militias from the western coastline.

The spokesman of the Libyan Army, Colonel Mohammed Gnounou, said the forces of Operation Peace Storm entered Surman in the morning and Sabratha later in the day after hours of clashes, destroying the operations room of the aggressor's militias in Sabratha and seizing tanks, armoured vehicles, Grad launchers and large quantities of ammunition.

By the evening the army announced that the towns of al-Ajaylat, al-Jmail, Riqdalin, Zaltan and al-Assa had also been liberated, meaning the whole coastal strip from Tripoli to the Tunisian border at Ras Ajdir is now under government control.

The spokesman of the Volcano of Anger operation, Mustafa al-Mujie, said the Libyan air force had carried out strikes on Haftar's positions and supply lines in support of the ground advance, and that the interior ministry would appoint security directors for the liberated areas.

The head of the Presidential Council, Fayez al-Sarraj, hailed the heroes of Peace Storm and said the forces would not stop until the aggressor's project was defeated across the country. He warned the foreign states backing Haftar that their citizens fighting in Libya would return home in coffins.

Operation Peace Storm was launched on 26 March in response to the continued shelling of Tripoli's residential areas. The attack on the capital began on 4 April 2019 and has killed more than a thousand people and displaced over 200,000, according to the UN.

Sabratha, home to Roman ruins listed by UNESCO, has in recent years been one of the main departure points for migrant boats heading to Europe.

Related Articles
Haftar militias shell Tripoli hospital again
Health ministry records new coronavirus cases in Misrata"""),

("gna_retakes_sabratha_surman_2020_04_13", "2020-04-14", "Nile Gate News",
"Turkish drones and Syrian mercenaries storm western coast towns as army withdraws",
"""Cairo - Nile Gate

Militias affiliated with the Government of Fayez al-Sarraj, backed by Turkish drones and Syrian mercenaries brought in by Ankara, entered the cities of Sabratha and Surman on the western coast of Libya on Monday, after intensive air raids on positions of the Libyan National Army.

Libyan sources said the Turkish drones targeted the army's positions and vehicles for hours before the militias moved in, and that army units withdrew from the two cities to avoid fighting inside residential neighbourhoods.

Residents reported that the militias looted public and private property after entering the two cities and burned homes of families known to support the army. Pro-army media also reported that prisoners were released from the Sabratha prison, among them suspected extremists, a claim that could not be independently verified. Libyan activists called on the UN mission to investigate the reports.

The army's General Command said the battle was not over and that the Libyan National Army would regain all positions. It accused Turkey of using the international preoccupation with the coronavirus pandemic to escalate its military intervention and to transfer more mercenaries and weapons to Tripoli.

In recent weeks the army has announced shooting down several Turkish drones over the western region, including near al-Watiya airbase, which remains in the army's hands.

Egyptian political analysts said the escalation proves that Turkish occupation forces do not want peace in Libya and that the Berlin conference commitments were only ink on paper for Ankara.

Turkey sent forces to Libya under a motion passed by its parliament in January, following the signing of the illegitimate memoranda between Erdogan and Sarraj in November 2019.

The Libyan National Army has been fighting since April 2019 to liberate Tripoli from the terrorist militias that have controlled it since 2014.

[ad_1]"""),

("gna_retakes_sabratha_surman_2020_04_13", "2020-04-14", "Ankara Crescent News",
"Libyan army retakes seven strategic towns from putschist Haftar's militias",
"""TRIPOLI

Forces of Libya's UN-recognised government on Monday recaptured the strategic coastal cities of Sabratha and Surman and five other towns west of the capital from militias loyal to putschist Khalifa Haftar.

Mustafa al-Mujie, spokesman for the Volcano of Rage operation, told our correspondent that government forces entered the centre of Surman and took full control of the town in the morning. Sabratha followed later in the day, he said.

The army also retook al-Ajaylat, al-Jamil, Riqdalin, Zaltan and al-Assa, tightening its grip on the coastal road to Zuwara and the Tunisian border, according to military spokesman Mohammed Gununu.

Government forces seized weapons and military vehicles abandoned by the retreating militias, including armoured vehicles supplied by the United Arab Emirates, Gununu said.

Fayez al-Sarraj, chairman of the Presidential Council, said in a statement that the victories would continue until the putschist's forces were driven from the whole of Libya.

The government launched Operation Peace Storm on March 26 to counter attacks on the capital, which has been under assault by Haftar's militias since April 2019, despite the ceasefire agreed in January and the commitments made at the Berlin conference.

The legitimate government has received training and advisory support from Turkey under the security and military cooperation memorandum signed in November 2019. Ankara says it is in Libya at the invitation of the legitimate government, unlike the mercenaries from Russia's Wagner group, Sudan and Chad who fight for Haftar.

Since the ouster of Muammar Gaddafi in 2011, two seats of power have emerged in Libya: Haftar in the east, supported by Egypt and the United Arab Emirates, and the Government of National Accord in Tripoli, which enjoys UN and international recognition."""),

# ---------------------------------------------------------------- event 8
("gna_captures_al_watiya_airbase_2020_05_18", "2020-05-18", "Meridian Press Wire",
"Libya's GNA says it has captured al-Watiya air base from Haftar forces",
"""TRIPOLI (MPW) - Forces loyal to Libya's internationally recognised Government of National Accord (GNA) said on Monday they had captured al-Watiya air base southwest of Tripoli, the most important military position held by Khalifa Haftar's forces in the west of the country.

Osama al-Juwaili, the commander leading the GNA's western operations, said his forces had taken complete control of the base, some 130 km (80 miles) from the capital and close to the Tunisian border. GNA media released video of fighters walking among hangars and on the runway.

The base had been besieged for weeks and hit repeatedly by GNA air strikes in recent days, carried out largely with Turkish-made drones. GNA spokesmen said their forces seized equipment left behind, including a Russian-made Pantsir air defence system which they said had been supplied to Haftar by the United Arab Emirates. The UAE has not commented on such allegations in the past.

There was no immediate comment from Haftar's Libyan National Army (LNA). A source close to the LNA said its units had pulled out of the base in the early hours after sustained air attacks.

The loss is a major blow to Haftar, whose forces were driven from a string of coastal towns west of Tripoli, including Sabratha and Surman, in April. GNA commanders said they would now turn their attention to the front south of Tripoli and to Tarhuna, the LNA's main supply base in the west.

Turkey has stepped up its military support for the GNA this year, deploying drones, air defences and military advisers. Russia, the UAE and Egypt back the LNA.

""" + MPW_BOILER + """

(Reporting by MPW Tripoli bureau; editing by Carla Wendt)"""),

("gna_captures_al_watiya_airbase_2020_05_18", "2020-05-19", "Haber Ekspres 24",
"Libya ordusu El-Vatiyye Hava Üssü'nü darbeci Hafter milislerinden geri aldı",
"""Libya'da legitimate government forces, El-Vatiyye Air Base which is in the west of the country and which is the most important base of darbeci Hafter, took the control on Pazartesi.

The Libya Army commander of western military region Usame Cuveyli, made statement that "our heroic forces have completely taken control of El-Vatiyye base". According to the information, Hafter militias fled from the base in the early hours before the army enter.

The spokesman of Volkan Öfkesi Operation Mustafa el-Mecai said that in the base, the Pantsir air defence system which was sent to Hafter by BAE and many weapons and ammunitions were seized.

Before the base, SİHA's (armed unmanned air vehicles) had made intensive operations against the targets of Hafter. Libya government forces had said in the last days that Pantsir systems were destroyed in El-Vatiyye environs.

El-Vatiyye is located about 140 kilometre south-west from the capital Trablus and near to Tunisia border.

Libya government forces, in Nisan month, had liberated Sabrata, Sorman and the other five settlement on the coast line.

The UN-recognized Libya government (UMH) is exposed to the attacks of Hafter militias since 4 Nisan 2019. With the Memorandum of Understanding on Security and Military Cooperation signed between Turkey and Libya in 27 Kasım 2019, Turkey supports UMH with training and consultancy.

Libya'da, 2011 yılında Muammer Kaddafi'nin devrilmesinin ardından iki ayrı yönetim ortaya çıkmıştı.

İLGİLİ HABERLER
- Bakan Akar: Libya'da meşru hükümetin yanındayız
- Hafter milisleri Trablus'ta sivilleri vurdu

Etiketler: El-Vatiyye, Hafter, Libya, Trablus, SİHA"""),

("gna_captures_al_watiya_airbase_2020_05_18", "2020-05-20", "The Northern Chronicle",
"Fall of al-Watiya shows how Turkish drones have turned Libya's western war",
"""By Tom Ellery

A year ago, al-Watiya was the airfield from which Khalifa Haftar's forces projected power over western Libya. On Monday it fell to fighters loyal to the Tripoli government with barely a shot fired on the ground, after weeks of bombardment from the air by Turkish-made drones.

The capture of the sprawling base, roughly 130km south-west of the capital near the Tunisian border, is the clearest sign yet that Turkey's intervention has reversed the course of a war Haftar seemed to be winning at the turn of the year.

Government of National Accord (GNA) forces under Osama al-Juwaili entered the base on Monday morning after the eastern forces had withdrawn overnight. Footage released by the GNA showed a truck-mounted Russian-made Pantsir air-defence system abandoned on site. The GNA said it had been supplied by the United Arab Emirates; Abu Dhabi has not commented.

The Pantsir has been at the centre of an aerial duel over western Libya. Haftar's Libyan National Army (LNA) has repeatedly announced that it shot down Turkish Bayraktar TB2 drones over Tripoli, Misrata and al-Watiya itself, releasing photographs of wreckage. The GNA has in turn claimed that its drones destroyed Pantsir systems around al-Watiya in recent days. Neither side's tallies can be verified, and both have exaggerated in the past.

What is not in doubt is the effect. Since the GNA launched its counter-offensive, Operation Peace Storm, in late March, it has retaken the coastal towns of Sabratha and Surman, cut Haftar's supply lines across the western mountains and now removed his only air base in the region. Turkish air-defence systems deployed around Tripoli and Misrata have blunted the UAE-operated Chinese-made drones that once dominated the skies.

Ankara makes little secret of its role. The deployment was authorised by the Turkish parliament in January, and Turkish officials speak openly of training and advising GNA forces. Syrian fighters recruited from Turkish-backed factions in northern Syria have been deployed to the front lines, according to monitors and UN reports.

The setback leaves the LNA exposed around Tarhuna, the town south-east of Tripoli that has been its main base for the siege of the capital since April 2019. Russian mercenaries from the Wagner group are reported to be holding positions on the southern outskirts of the city.

Diplomats say the military shift may create a moment for talks. The UN mission, without a permanent envoy since Ghassan Salamé resigned in March, has called for a humanitarian truce to allow Libya to confront the coronavirus. But neither side appears ready to stop while it believes it can gain ground.

Haftar, who declared in late April that he was assuming a popular mandate to rule Libya, has rejected all talks with Fayez al-Sarraj. The GNA leader, for his part, hailed the capture of the base and said government forces would press on.

Libya has been fractured since the 2011 uprising that overthrew Muammar Gaddafi, and split since 2014 between governments in the east and west."""),
]
