# Events 1-3: coastal cities (2020-04-13), al-Watiya (2020-05-18), Tarhuna (2020-06-05)

ARTICLES = []

def add(group, published, outlet, title, text):
    ARTICLES.append(dict(group=group, published=published, outlet=outlet,
                         title=title, text=text.strip("\n")))

G1 = "gna_retakes_coastal_cities_west_of_tripoli_2020_04_13"
G2 = "gna_captures_watiya_air_base_2020_05_18"
G3 = "gna_takes_tarhuna_2020_06_05"

# ---------------------------------------------------------------- E1
add(G1, "2020-04-13", "Meridian Press Wire",
    "Libyan government forces seize two coastal cities west of Tripoli",
"""
TRIPOLI (MPW) - Forces loyal to Libya's internationally recognised Government of National Accord (GNA) said on Monday they had seized the coastal cities of Surman and Sabratha west of Tripoli after a dawn offensive backed by drone strikes, their biggest gain in a year of fighting against eastern commander Khalifa Haftar.

Residents and military sources on both sides said GNA-aligned fighters were in control of central Surman by mid-morning and entered Sabratha, about 70 km (45 miles) west of the capital, later in the day. Video posted online showed fighters firing into the air at a roundabout in the centre of Sabratha and cheering beside captured armoured vehicles.

"Our forces have extended the authority of the state over the cities of Sabratha and Surman," GNA military spokesman Mohamed Gnounou said in a statement, adding that his forces had seized tanks, Grad rocket launchers and ammunition left behind by Haftar's fighters. A second spokesman, Mustafa al-Mejii, said fighting was continuing around al-Ajaylat and that GNA units were pushing west along the coast road toward the Tunisian border.

By evening the GNA said it also controlled al-Ajaylat, al-Jamil and Regdalin, and that the whole coastline from Tripoli to the Ras Jedir border crossing was now in its hands. That claim could not be independently verified.

A pro-Haftar municipal council in Sabratha said drone strikes before dawn had killed and wounded fighters. "The sound of the drones was like a beehive," one resident told MPW by telephone. Prisoners were freed from a security building in Surman, according to a source in Haftar's Libyan National Army (LNA). The LNA did not immediately comment on the losses.

Serraj said in a statement that his forces would keep fighting until they controlled the whole country and the displaced could return to their homes, adding that Libyans would not forgive "those who stabbed us in the back", in an apparent reference to Haftar's foreign backers.

The offensive is part of what the Tripoli government calls Operation Peace Storm, launched on March 26 to relieve pressure on the capital, which has been under attack since April last year. Until now front lines south of Tripoli had barely moved for months, with both sides relying on foreign-supplied drones and artillery.

Military analysts said the fall of the two towns, once hubs for migrant smuggling, would secure Tripoli's western flank and cut a supply line that Haftar's forces had used to bring men and equipment from al-Watiya air base, the LNA's main foothold in the west.

"This is the first time in a year that the map has really changed," said a Tripoli-based security analyst who asked not to be named. "The question now is Watiya and Tarhuna. Without them Haftar has no way to sustain the siege of the capital."

Libya has had no stable central government since Muammar Gaddafi was overthrown in a NATO-backed uprising in 2011. Since 2014 it has been split between rival administrations in Tripoli and the east, each supported by armed groups and by foreign powers.

Haftar's LNA launched its offensive on Tripoli in April 2019. It is backed by the United Arab Emirates, Egypt and Russia, according to diplomats and UN experts, while Turkey has sent drones, air-defence systems and military advisers to the GNA, as well as Syrian fighters, according to the United Nations.

The fighting has killed more than 1,000 people and displaced about 200,000, according to UN figures. Tripoli has suffered repeated cuts to water and power, and the country's oil revenues have collapsed since tribes allied to Haftar shut down eastern export terminals in January, on the eve of a summit in Berlin where world leaders pledged to stop arming the two sides.

The UN and Western governments have called for a humanitarian truce so that Libya can deal with the coronavirus pandemic. The country has so far reported 25 cases, including one death, but its health system has been badly damaged by years of conflict.

UN envoy Ghassan Salame resigned last month, citing stress, leaving his deputy Stephanie Williams in charge of a stalled process to turn a fragile January truce into a lasting ceasefire.
""")

add(G1, "2020-04-13", "Bosphorus News Agency",
    "Libyan army liberates Surman, Sabratha from Haftar militias",
"""
TRIPOLI

Libya's UN-recognized government forces on Monday liberated the strategic town of Surman and the city of Sabratha west of the capital Tripoli from militias loyal to putschist Khalifa Haftar.

Mustafa al-Mejii, a spokesman for the Libyan army's Operation Volcano of Rage, told Bosphorus News Agency that government forces had entered the center of Surman and it was under their full control.

The army also seized weapons and military vehicles, including armored vehicles supplied to the militias, he said.

Later in the day, the forces also captured Sabratha, around 70 kilometers west of Tripoli, according to information obtained by a BNA reporter on the ground.

Government forces also retook control of al-Ajaylat, al-Jamil and Regdalin in a bid to secure the border with Tunisia, the spokesman said.

"Our forces have tightened their control of the coastal road up to Zuwara on the border with Tunisia," al-Mejii said, adding that the army continued to target Haftar's militias that fled the liberated areas.

Army spokesman Mohamed Gununu said in a separate statement that the operation was carried out "from land, sea and air and on several axes, with tight organization and calculated timing," and that the state's authority had been restored over more than 3,000 square kilometers within hours.

According to the Libyan army, civilians who had been held by the militias in prisons in Surman were freed during the operation.

The advance came a day after government forces repelled an attack by Haftar's militias on Abu Qurain, south of the city of Misrata. The army said on Sunday at least 35 militia members were killed in the fighting there and that several armored vehicles were destroyed by the air force.

Prime Minister Fayez al-Sarraj hailed the operation in a statement, saying the forces would continue until the state's authority is extended over the whole country and all displaced people can return home.

The government has been under attack by Haftar's forces since April 2019, with more than 1,000 people killed in the violence. It launched Operation Peace Storm on March 26 to counter the attacks on the capital.

Haftar's militias have in recent weeks intensified shelling of residential areas of Tripoli despite international calls for a humanitarian cease-fire to allow the country to focus on the fight against the coronavirus. Earlier this month, a hospital in the capital treating coronavirus patients was hit by rockets, which the UN said was a violation of international humanitarian law.

Since the ouster of late ruler Muammar Gaddafi in 2011, two seats of power have emerged in Libya: putschist Khalifa Haftar in the east, supported by the United Arab Emirates, Egypt and Russia, and the Government of National Accord in Tripoli, which enjoys UN and international recognition.

Turkey and the Libyan government signed a security and military cooperation agreement and a memorandum on maritime jurisdiction on Nov. 27, 2019. The Turkish parliament on Jan. 2 approved a one-year mandate allowing the deployment of troops to Libya at the request of the legitimate government.

Ankara has repeatedly said that its support aims to protect the legitimate government and civilians from Haftar's attacks, and that the militias' patrons, led by the UAE, are violating the UN arms embargo.

*Writing by Emre Yalcin in Ankara
""")

add(G1, "2020-04-14", "Al-Ufuq Net (translated)",
    "The Wefaq forces announce control of Sabratha and Surman .. and the army talks about downing drones",
"""
[ad_1]

Tripoli - Al-Ufuq Net

The forces of the Government of National Accord announced, yesterday evening Monday, that they had taken control of the cities of Sabratha and Surman, west of the capital Tripoli, after confrontations that lasted for hours with the forces of the General Command led by Field Marshal Khalifa Hafter.

The spokesman of the Volcano of Anger operation, Mustafa Al-Majei, said that the forces "have completely controlled the city of Surman", and that the clashes took place in the eastern entrance of the city of Sabratha before the forces enter its center, noting that the aviation of the Wefaq targeted the positions of the army in the city since the dawn hours.

For his part, the spokesman of the Wefaq forces, Colonel Mohamed Qanunu, said in a statement that "our heroic forces extended the authority of the state" over the cities of Sabratha, Surman, Al-Ujailat, Al-Jumail, Riqdalin and Zaltan, in an area exceeding three thousand square kilometers, and published pictures of what he said are armored vehicles and tanks that were seized.

On the other hand, sources close to the General Command said that the units withdrew from some positions in the west coast after an intensive bombardment by Turkish drones, and that the army air defenses shot down a Turkish aircraft without pilot which took off from Mitiga airport, today Tuesday, according to the sources.

Residents of Sabratha told Al-Ufuq that the sound of explosions did not stop since the dawn of yesterday, and that some families left their houses toward the city of Zawiya, while other people went out to the streets in celebration in the evening.

And the municipal council of Sabratha, which is loyal to the interim government in the east, had said in a statement that the drone strikes caused dead and wounded among the young men of the city, and it held the Turkish side responsible.

It is worth mentioning that the forces of the General Command had entered Sabratha and Surman last year within the operation to "liberate Tripoli" that was launched on the fourth of April 2019, and the two cities were an important supply line for the forces on the fronts of the south of the capital coming from Al-Watiya base.

And the capital Tripoli suffers since the beginning of April from the cut of water of the Great Man-made River after an armed group stopped the pumping station in the area of Al-Shwayrif, and the Wefaq government accused the forces of the General Command of being behind it, while the other side denied and said that it is a local dispute, and the National Electricity Company announced long hours of load shedding in the western region.

It is also worth mentioning that the Wefaq government announced on the 26th of March last the launch of the operation "Peace Storm", while the United Nations and a number of countries called for a humanitarian truce to confront the Corona virus pandemic, which recorded in Libya 25 cases until now.

The acting UN envoy Stephanie Williams expressed in earlier statements her deep concern of the escalation, and called on the parties to return to the talks of the Joint Military Committee 5+5 which were held in Geneva last February.

Read also:
- The Wefaq accuses the army of cutting the water on Tripoli
- Aguila Saleh presents initiative for solution of three regions
- Egypt: the security of Libya is part of our national security

Share this:
Facebook
Twitter
WhatsApp
""")

# ---------------------------------------------------------------- E2
add(G2, "2020-05-18", "Meridian Press Wire",
    "Tripoli forces capture key al-Watiya air base from Haftar",
"""
TRIPOLI (MPW) - Forces allied to Libya's internationally recognised government said on Monday they had captured al-Watiya air base, the last major stronghold of eastern commander Khalifa Haftar in the country's west, in a heavy blow to his 13-month campaign to take Tripoli.

The Government of National Accord (GNA) said its fighters entered the sprawling base, about 140 km (85 miles) southwest of the capital, early in the morning after days of drone strikes. Osama al-Juwaili, commander of the GNA's western military region, said the base was "completely under our control". Pictures posted by GNA media showed fighters posing beside hangars and an abandoned military truck.

A source in Haftar's Libyan National Army (LNA) said its units had pulled out before dawn after being cut off for weeks. There was no immediate official comment from the LNA.

GNA spokesman Mustafa al-Mejii said the forces had seized equipment inside the base, including what he described as a Russian-made Pantsir air-defence system supplied to the LNA by the United Arab Emirates. MPW could not independently confirm the claim. The UAE has not commented on reports that it supplied the system.

Fayez al-Serraj, head of the GNA, hailed the capture, according to his media office. Turkey's presidency said President Tayyip Erdogan and Serraj had spoken by telephone and discussed developments in the field.

Al-Watiya, a former Gaddafi-era base also known as Uqba bin Nafi, is the only large airfield in the west that Haftar's forces held and gave them a platform to launch warplanes and drones against Tripoli and Misrata. Its loss leaves the LNA dependent on supply lines that run from Jufra in central Libya through Bani Walid and Tarhuna, the town southeast of Tripoli that has served as the main rear base for the offensive.

Last month GNA forces seized Surman and Sabratha and a string of smaller towns along the coast west of the capital, pushing Haftar's forces back to the Tunisian border area. On Sunday, GNA drones hit supply convoys and air-defence batteries in the area around the base and near Sirte.

"Watiya was the LNA's only significant air capability in western Libya," said a European diplomat. "Without it, the siege of Tripoli becomes very difficult to sustain."

Libya has had no stable central government since Muammar Gaddafi was overthrown in a NATO-backed uprising in 2011. Since 2014 it has been split between rival administrations in Tripoli and the east, each supported by armed groups and by foreign powers.

Haftar's LNA launched its offensive on Tripoli in April 2019. It is backed by the United Arab Emirates, Egypt and Russia, according to diplomats and UN experts, while Turkey has sent drones, air-defence systems and military advisers to the GNA, as well as Syrian fighters, according to the United Nations.

Turkish support has shifted the balance in recent months. Ankara's Bayraktar drones have repeatedly struck LNA supply lines and Russian-made air-defence systems, while Turkish air-defence deployments around Tripoli have blunted Haftar's own drone strikes.

The LNA has been backed on the ground by hundreds of Russian private military contractors, according to Western officials and UN monitors, and Washington and Ankara have accused Moscow of sending warplanes to Libya, which Russia has denied.

Shells hit parts of Tripoli on Monday, and Mitiga, the capital's only functioning airport, was struck again. The United Nations has repeatedly condemned indiscriminate shelling of residential areas and has said both sides are violating an arms embargo.

Haftar last month declared that he had accepted a "popular mandate" to govern Libya and scrapped a 2015 UN-brokered political deal, a move that drew criticism from the UN, the United States and even some of his allies in the east.
""")

add(G2, "2020-05-18", "Tripoli Voice",
    "Al-Watiya liberated: Libyan army takes full control of strategic airbase",
"""
Home / Libya / Al-Watiya liberated: Libyan army takes full control of strategic airbase

Al-Watiya liberated: Libyan army takes full control of strategic airbase

By Tripoli Voice staff | May 18, 2020

The Libyan army of the Government of National Accord (GNA) has liberated Al-Watiya airbase in the west of the country from Haftar's militias and mercenaries, the Volcano of Rage operation announced this morning.

The commander of the joint operations room, Major General Osama Al-Juwaili, said the forces entered the base after a siege that lasted more than a month and after precision airstrikes destroyed the militias' defences. "Al-Watiya is now completely under the control of our heroic forces," he said.

The spokesman of the Libyan army, Colonel Mohammed Gununu, said the militias fled the base at dawn, leaving behind vehicles, weapons and ammunition. He added that among the equipment seized was a Russian-made Pantsir air-defence system, "one of the systems the UAE gave to the war criminal Haftar."

The Chief of Staff, Mohammed Al-Sharif, told local media that after Al-Watiya the forces would turn to liberating southern Tripoli and Tarhuna. "The end of the aggression is near," he said.

Prime Minister Fayez Al-Sarraj congratulated the Libyan people and the army on the victory, according to the media office of the Presidential Council.

Interior Minister Fathi Bashagha described the liberation of the base as a major turning point in the war, saying that the chances of Haftar entering the capital were now "effectively zero".

As the army entered the base, Haftar's militias fired Grad rockets at Mitiga International Airport and residential neighbourhoods in the capital in what military sources described as a desperate attempt to cover their defeat. No casualties were immediately reported at the airport, which has been repeatedly closed because of the shelling.

Al-Watiya, 125 kilometers southwest of Tripoli and close to the Tunisian border, was used by Haftar's militias as a launch pad for attacks on the cities of the western coast since 2014.

Military sources said engineering teams had begun clearing mines and unexploded ordnance left by the militias inside the base and along the road leading to it from Al-Jmail and Regdalin, and warned residents of the area not to approach the perimeter.

Its liberation comes a month after the army freed Sabratha, Surman, Al-Ajaylat, Al-Jumail, Regdalin and Zaltan, securing the entire coast between the capital and Ras Jedir.

Since April 4, 2019, the Haftar militias, supported by the UAE, Egypt, Russia's Wagner mercenaries, Sudanese and Chadian fighters, have attacked the capital, killing and displacing thousands of civilians. The GNA launched Operation Peace Storm on March 26 to end the aggression.

Related

Haftar militias shell Tripoli Central Hospital, injuring 14
UN report reveals more UAE military support for Haftar
Turkey's Erdogan, Sarraj discuss latest developments by phone

Share this:
Click to share on Facebook (Opens in new window)
Click to share on Twitter (Opens in new window)

Leave a Reply
Your email address will not be published. Required fields are marked *
""")

add(G2, "2020-05-20", "Defence Horizons",
    "Analysis: Fall of al-Watiya exposes the limits of Haftar's air defences against Turkish drones",
"""
Defence Horizons | Land & Air | 20 May 2020

The capture of al-Watiya air base by forces of Libya's Government of National Accord (GNA) on 18 May is the clearest evidence yet that Turkey's drone campaign has reversed the air situation in western Libya, and it raises awkward questions for the suppliers of the air-defence systems that failed to stop it.

GNA units under Major General Osama Juwaili entered the base, roughly 130-140 km southwest of Tripoli, on Monday morning. Open-source monitoring of the area suggests the Libyan National Army (LNA) garrison withdrew in the early hours rather than fighting for the airfield, after weeks in which the base was cut off by land and struck repeatedly from the air. The Libya Security Monitor and other trackers recorded no significant ground battle inside the perimeter.

What ended the siege was attrition. Since late March, Turkish-operated Bayraktar TB2 and, reportedly, larger Anka-S drones have hit LNA supply convoys on the road from the south, fuel trucks and, crucially, the short-range air-defence systems that were supposed to protect the base and the wider Tripoli front.

The Pantsir question

The system in focus is the Pantsir-S1, a Russian-built truck-mounted combination of 30 mm cannon and surface-to-air missiles designed to protect high-value sites against aircraft, cruise missiles and drones. UN experts have reported that the LNA's Pantsirs reached Libya via the United Arab Emirates, which acquired the type from Russia. Abu Dhabi has not commented.

GNA spokesmen said on Monday that a Pantsir had been captured intact at or near al-Watiya, and video released by GNA media showed one being towed on a flatbed. Separately, GNA drones have struck at least several Pantsir units in recent days, including near Tarhuna and around Sirte, according to video published by the GNA. Turkish officials and pro-government media in Ankara have circulated the footage widely.

Analysts caution against reading too much into the losses about the system's capability. Pantsirs in Libya appear to have been operated in isolation, without the layered radar coverage and electronic-warfare support they would have in Russian service, and sometimes while being moved or without their radar active. Turkish electronic-warfare assets deployed near Tripoli, reportedly including the KORAL system, may also have degraded LNA sensors.

"A point-defence system on its own, without early warning and without a network, is a target, not a shield," said a European air-defence specialist who follows the conflict. "The Turks have been hunting them methodically."

From drones to bases

Al-Watiya gave the LNA its only substantial air platform in the west. From there its few remaining combat aircraft, and the UAE-supplied Wing Loong drones that flew for Haftar in 2019, could reach Tripoli, Misrata and the coast. Its loss pushes LNA air operations back to Jufra, some 650 km southeast of the capital, and to eastern bases.

For the GNA the base is more than a symbolic trophy. Engineers will need time to repair the runway and infrastructure, but a functioning airfield in the west would allow the GNA and its Turkish partners to operate aircraft and ground-based air defence further from Tripoli's crowded airspace. Several analysts have suggested Ankara could seek a permanent presence there.

Wider context

The battle for Tripoli began in April 2019 when Khalifa Haftar's LNA, backed by the UAE, Egypt and Russia, advanced on the capital. It stalled on the southern outskirts, and for most of last year the LNA held air superiority thanks to Chinese-made drones operated, according to the UN, by the UAE.

That changed after Ankara and Tripoli signed a military cooperation agreement in November 2019, followed by a Turkish parliamentary mandate for deployment in January. Turkey has since delivered drones, armoured vehicles, air defences and advisers, and, according to the UN and Western monitors, Syrian fighters. On the other side, Russian contractors of the Wagner group have been present on the Tripoli front since autumn 2019, according to Western governments.

In April the GNA's Operation Peace Storm retook Sabratha, Surman and the coast to the Tunisian border. With al-Watiya gone, the LNA's remaining position in western Libya rests on Tarhuna and the southern suburbs of the capital, both supplied through long desert roads vulnerable to drones.

On 19 May, LNA spokesman Ahmed al-Mismari said the LNA would pull back 2-3 km from all Tripoli front lines to allow residents to mark the end of Ramadan. Analysts widely read the announcement as a face-saving way to shorten overstretched lines.

Outlook

Two developments bear watching. First, whether Moscow or Abu Dhabi respond by introducing more capable systems or combat aircraft to central Libya to protect Jufra and Sirte; US officials have already voiced concern about Russian military aircraft in the country. Second, whether the Turkish drone fleet can sustain its tempo as the front moves east, away from Tripoli and Misrata and into open desert where LNA supply lines are shorter.

For now the military balance in the west has tilted decisively toward Tripoli, and the Pantsir losses have become a marketing problem for their manufacturer as much as a military problem for Haftar.

Related reading: TB2 in Idlib and Libya - what the numbers say | Wing Loong II exports to the Gulf
""")

add(G2, "2020-05-18", "MENA Live Desk",
    "Libya: GNA says it has captured al-Watiya air base",
"""
LIVE - Middle East & North Africa, Monday 18 May

11:42 GMT - Libya's UN-recognised Government of National Accord says its forces have taken al-Watiya air base, southwest of Tripoli, from Khalifa Haftar's LNA.

GNA western region commander Osama Juwaili says the base is "completely" under their control. GNA media post video of fighters inside the base. No comment yet from Haftar's camp.

Al-Watiya was the LNA's main airfield in western Libya. GNA forces, backed by Turkish drones, had been besieging it for weeks after retaking the coast west of Tripoli in April.

12:05 GMT - Turkish presidency says Erdogan spoke by phone with GNA head Fayez al-Sarraj about Libya. More soon.
""")

# ---------------------------------------------------------------- E3
add(G3, "2020-06-05", "Continental News Service",
    "Libya's Tripoli forces enter Tarhuna, Hifter's last western stronghold",
"""
CAIRO, June 5 (CNS) - Forces allied with Libya's U.N.-supported government said Friday they had entered and taken control of Tarhuna, the last major stronghold of rival commander Khalifa Hifter in the west of the country, capping the collapse of his 14-month campaign to seize the capital, Tripoli.

The government's operations room said its fighters reached the center of the town, about 65 kilometers (40 miles) southeast of Tripoli, after advancing from four directions, and met little resistance. "Our forces are combing the city as no resistance is seen from Hifter's militias after their withdrawal," said Mustafa al-Mejii, a spokesman for the Tripoli forces.

Residents said Hifter's fighters and the local al-Kani militia, which has controlled Tarhuna since 2015, had left during the night, many heading south toward Bani Walid and the Jufra air base. Later Friday, the Tripoli forces said they had also taken al-Urban, east of Gharyan, and entered Bani Walid, where they seized the local airport. There was no immediate comment from Hifter's self-styled Libyan National Army on Tarhuna.

The advance came a day after the Tripoli government announced it had regained control of "all the administrative borders of Greater Tripoli," including the capital's disused international airport, which Hifter's forces had held since early in the offensive. Hundreds of people celebrated in central Tripoli late Thursday, waving flags and firing guns into the air.

Hifter's spokesman, Ahmed al-Mismari, said the LNA had pulled back from the capital's southern suburbs in response to international calls for a cease-fire and to make room for U.N.-sponsored talks. The U.N. mission said earlier this week that both sides had agreed to resume negotiations through a joint military commission.

Fathi Bashagha, the Tripoli government's interior minister, said on social media that the victory was "a lesson" for Hifter and the countries backing him.

Tarhuna served as the main rear base for Hifter's offensive, which began in April 2019, linking front lines on the outskirts of the capital to supply routes that run through Bani Walid to Jufra, in the center of the country. The town's loss follows the capture last month of al-Watiya air base, near the Tunisian border, and the fall in April of a string of coastal towns west of Tripoli.

The reversal has been driven largely by Turkey, which has sent drones, air-defense systems, military advisers and, according to the U.N., Syrian fighters to help the Tripoli government. Hifter has been backed by the United Arab Emirates, Egypt and Russia, which has deployed hundreds of private military contractors in support of his forces, according to U.S. and U.N. officials. The U.S. military's Africa Command said last week that Russia had sent warplanes to Jufra to support the contractors. Moscow has denied involvement.

The head of the Tripoli government, Fayez Sarraj, met Turkish President Recep Tayyip Erdogan in Ankara on Thursday. Erdogan pledged to continue supporting the government and said the two countries would expand cooperation, including on oil and gas exploration in the eastern Mediterranean.

Hifter, meanwhile, was in Cairo for talks with Egyptian President Abdel Fattah el-Sissi, according to Egyptian officials. Egypt views the Tripoli government's alliance with Turkey as a threat to its security.

Oil-rich Libya descended into chaos after the 2011 uprising that toppled and killed Moammar Gadhafi. The country has since been divided between a U.N.-recognized administration in Tripoli and rival authorities in the east, each supported by militias and foreign governments.

The U.N. says hundreds of civilians have been killed and more than 200,000 people displaced since Hifter's offensive began. Thousands of mercenaries from Russia, Syria, Sudan and Chad have poured into the country despite a U.N. arms embargo, according to U.N. experts.

With the west secured, attention is turning to the coastal city of Sirte, Gadhafi's hometown, which Hifter's forces seized in January, and to the oil terminals beyond it that remain under LNA control.
""")

add(G3, "2020-06-05", "Gundem Haber 24 (otomatik ceviri)",
    "Libya ordusu Terhune'yi darbeci Hafter milislerinden kurtardi",
"""
Libya ordusu Terhune'yi darbeci Hafter milislerinden kurtardı

Libya'da BM tarafından tanınan Ulusal Mutabakat Hükümeti (UMH) forces, the city of Tarhuna, which is the last stronghold of the putschist Hafter in the west of country, they took control in today Friday.

Libya Ordusu Sözcüsü Muhammed Kanunu, made a statement that "our heroic forces entered the city Terhune from four axis and reached the city center" he said. Kanunu said the forces gave to Hafter terrorist militia "a lesson they will not forget".

The Volcano of Rage (Burkan el-Gazab) Operasyonu spokesman Mustafa el-Mecii, told that in the city no resistance was seen and forces are making combing. "After reaching to Terhune, we will activate the national security directorate in city in coordination with Interior Ministry" he said.

It was stated that Hafter militias and the Kani militia escaped toward Beni Velid and Cufra. Later in the day, the army announced the control of el-Urban town and that the units entered to Beni Velid.

Residents from Terhune told to local medias that some families left city with the militias toward Beni Velid, while others came out to streets to welcome the army forces.

Terhune, Tripoli's 90 kilometers southeast, was main supply point of Hafter militias from Cufra Hava Üssü since the start of attacks to the capital in 4 April 2019.

Libya ordusu, yesterday Thursday, announced that the capital Tripoli was completely cleared from the putschist militias including the international airport. In March the government launched Barış Fırtınası (Peace Storm) Operation against attacks and later took back strategic points, including el-Vatiyye Hava Üssü in 18 May.

İçişleri Bakanı Fethi Başağa, made a statement in social media that the victory is a lesson to Hafter and to the countries supporting him, and that the putschist project has ended.

Hafter, is supported by BAE (United Arab Emirates), Mısır and Rusya's Wagner group mercenaries. In last week, ABD Afrika Komutanlığı (AFRICOM) said Russia sent war planes to Cufra base, Moskova rejected this.

ETİKETLER: Libya, Hafter, Terhune, UMH
Yorum yap | Paylaş

Erdoğan, Serrac'ı Külliye'de kabul etti

Cumhurbaşkanı Recep Tayyip Erdoğan, Libya Başkanlık Konseyi Başkanı Fayiz es-Serrac ile Ankara'da Külliye'de baş başa and delegations meeting held, then joint press conference was organized.

Erdoğan said that Turkey will continue to support the legitimate government of Libya and not leave the Libyan brothers alone against the putschist. He said the two countries will increase the cooperation in many fields, including the exploration of natural resources in Eastern Akdeniz (Mediterranean), within the framework of the 27 November memorandum.

Serrac, thanked to Turkey for its support and said that the government is determined to extend the authority of state on all Libya land. He said they are open to the political process but under the umbrella of United Nations.

The meeting happened in the same day the army announced the liberation of all the capital, one day after entering to the international airport.

Okunma: 4.812
""")

add(G3, "2020-06-06", "RusInform",
    "Haftar's LNA leaves Tarhuna as GNA forces advance, calls pullback a step toward talks",
"""
MOSCOW, June 6 - RusInform. Forces of Libya's Government of National Accord (GNA) have taken control of the city of Tarhuna southeast of Tripoli, which until Friday was the main base of the Libyan National Army (LNA) of Field Marshal Khalifa Haftar in the west of the country, the GNA said.

GNA spokesman Mohamed Gnunu said on Friday that units entered the city from four directions and reached its centre. According to the GNA, its forces later also moved into the town of Bani Walid.

The LNA command described the movement of its units as a redeployment. LNA spokesman Ahmed al-Mismari had said earlier in the week that the army had pulled back from positions around Tripoli in response to calls by the United Nations and major powers for a ceasefire, and in order to give a chance to the political process. "We have pulled back to give an opportunity to the international efforts," al-Mismari said.

Haftar was in Cairo for consultations with Egyptian President Abdel Fattah el-Sisi on Friday, Arab media reported. According to Egyptian sources, the talks concern a political initiative to end the conflict.

The Russian Foreign Ministry has repeatedly called on the Libyan sides to stop hostilities and return to dialogue on the basis of the decisions of the Berlin conference in January. Foreign Minister Sergei Lavrov discussed the situation in Libya in recent weeks with his Turkish counterpart Mevlut Cavusoglu, and both sides stressed the need for an immediate ceasefire and a resumption of the political process, according to the ministry.

Moscow has rejected Western accusations that Russia is supplying aircraft or personnel to the LNA. President Vladimir Putin said in January that if there are Russian citizens in Libya, they do not represent the interests of the Russian state and are not paid by it.

The UN Support Mission in Libya (UNSMIL) said on June 2 that both the GNA and the LNA had agreed to resume talks in the format of the 5+5 Joint Military Commission, whose work was interrupted in February.

Since the overthrow and killing of Muammar Gaddafi in 2011, Libya has effectively ceased to function as a single state. Power in the west belongs to the Government of National Accord in Tripoli, formed with the support of the UN and the EU, while in the east the elected parliament works independently and cooperates with Haftar's army. In April 2019, the LNA launched an operation to take Tripoli.

In January, the Libyan sides held indirect talks in Moscow with the mediation of Russia and Turkey. The GNA delegation signed a draft ceasefire document, while Haftar left Moscow without signing it, asking for more time. A week later, at the Berlin conference, the leaders of the countries involved in the conflict pledged to respect the UN arms embargo and to refrain from interfering in Libya's internal affairs.

Over the past two months the GNA, with Turkish support, has taken control of the coastal cities of Surman and Sabratha, the al-Watiya air base and, this week, the Tripoli international airport.
""")
