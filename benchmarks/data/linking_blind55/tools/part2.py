# Part 2: Wadi Rabie factory (Nov 2019), military academy (Jan 2020), Sirte, Tripoli port
from common_bg import *

ARTICLES = []

def add(group, published, outlet, title, text):
    ARTICLES.append(dict(group=group, published=published, outlet=outlet, title=title, text=text.strip("\n")))

# ---------------------------------------------------------------- 5. Wadi Rabie biscuit factory, 18 Nov 2019
G = "airstrike_hits_wadi_rabie_biscuit_factory_2019_11_18"

add(G, "2019-11-18", "Mediterranean Wire Service",
"Airstrike on Tripoli biscuit factory kills 7, most of them foreign workers",
"""TRIPOLI, Libya (MWS) — An airstrike slammed into a biscuit factory on the southern edge of Libya's capital on Monday, killing at least seven workers, five of them foreigners, and wounding more than 30 others, health officials said.

The strike hit the factory in Tripoli's Wadi el-Rabie neighborhood, an area close to the front lines where forces loyal to commander Khalifa Hifter have been battling militias allied with the U.N.-supported government since April.

Malek Merset, a spokesman for the Tripoli-based health ministry, said the dead included five workers from Bangladesh and two Libyans. He initially put the number of wounded at 15 but later said at least 33 people had been hurt, most of them migrant laborers from Niger and Bangladesh. Another government official said some of the dead were from Egypt and Niger; the nationalities could not be immediately reconciled.

Footage posted online showed wounded men with bandaged legs being carried on stretchers to ambulances, and charred vehicles outside the factory gates. Several of the injured were taken to a heart hospital in Tajoura, east of the capital.

The Tripoli government's military operation, known as Volcano of Anger, said the strike was carried out by a drone operated by the United Arab Emirates in support of Hifter. There was no immediate comment from Hifter's self-styled Libyan National Army, which has in the past denied targeting civilians and said its strikes hit only military sites.

The U.N. mission in Libya has repeatedly condemned attacks on civilian facilities in and around Tripoli. In October, three young sisters were killed when an airstrike hit their home in the Al-Fernaj district, and a strike on an equestrian club in the western suburb of Janzour wounded several children.

The war for Tripoli has largely stalled on the ground, with both sides dug in along the capital's southern reaches and trading artillery and rocket fire. The fight has increasingly been waged from the air, with drones supplied by foreign backers of each side.

On Sunday, authorities in eastern Libya said a Libyan Airlines passenger jet had been seized by officials at the airport in the western city of Misrata, which is controlled by forces allied with the Tripoli government.

Last week, the United States called on Hifter's forces to end their offensive on Tripoli, in a joint statement issued after talks with a delegation from the Tripoli government. Washington also voiced concern over what it called Russia's attempts to exploit the conflict, amid reports that Russian private military contractors have been deployed to the front lines alongside Hifter's troops. Moscow has denied sending fighters.

""" + BG_MWS_2019 + """

The fighting around Tripoli has killed more than 1,000 people, including scores of civilians, and displaced more than 120,000 since April, according to U.N. figures. Libya is also a major transit point for migrants from Africa and Asia, many of whom work in factories, farms and construction sites around the capital to earn money before attempting the sea crossing to Europe.
""")

add(G, "2019-11-19", "Turkiye Haber Ajansi English",
"Haftar militia air strike on Tripoli factory kills 7 civilians",
"""TRIPOLI

At least seven civilians, including five foreign workers, were killed on Monday in an air strike by forces loyal to warlord Khalifa Haftar on a food factory in the south of the Libyan capital Tripoli, according to the UN-recognized Government of National Accord (GNA).

The strike targeted a biscuit factory in the Wadi al-Rabie area, the GNA's health ministry said in a statement, adding that more than 30 others were injured, most of them foreign nationals working at the facility.

The GNA's Volcano of Rage operation said the factory was a civilian facility with no military use, and accused Haftar's militias of deliberately targeting civilians in the capital.

The operation said the attack was carried out by a drone provided by the United Arab Emirates, which supports Haftar's militias with weapons and aircraft in violation of the UN arms embargo on Libya.

Images shared by the GNA's field medical center showed wounded workers arriving at hospitals in Tripoli and Tajoura, some with severe burns and shrapnel wounds.

The victims included nationals of Bangladesh, Niger and Egypt, according to health officials.

Haftar's militias have not commented on the attack.

Mitiga airport, the capital's only functioning airport, has been closed repeatedly since the summer because of rocket and drone attacks by Haftar's militias, forcing passengers to travel to Misrata, more than 200 kilometers to the east. The GNA has repeatedly called on the UN Security Council to name the countries supplying the warlord with drones and to hold them accountable.

The GNA has been under attack by Haftar's forces since April 4, with more than 1,000 people killed in the violence, according to the World Health Organization. Tens of thousands of residents of the capital's southern districts have been forced to flee their homes.

In recent weeks the illegitimate forces have stepped up air strikes on residential areas and civilian facilities in Tripoli. In October, three children from the same family were killed in an air strike on their house in the al-Fernaj district, an attack that was condemned by the UN and by many countries, including Turkey.

The Libyan army has repeatedly accused foreign mercenaries of fighting alongside Haftar's militias, including Russian fighters and armed groups from Sudan and Chad.

Last week, a joint statement issued after a security dialogue between the US and the GNA in Washington called on Haftar's forces to end their offensive on Tripoli, and expressed concern over foreign interference in Libya.

Turkey has repeatedly voiced support for the legitimate government in Tripoli and called for an end to the attacks on civilians. Turkish officials have also criticised countries that supply Haftar with weapons in breach of the UN embargo.

Two rival centres of power have emerged in Libya since the 2011 ouster of Muammar Gaddafi: the internationally recognised Government of National Accord in Tripoli, and a rival camp in eastern Libya backed chiefly by the United Arab Emirates and Egypt.

*Writing by Zeynep Aydin
""")

# ---------------------------------------------------------------- 6. Tripoli military academy strike, 4 Jan 2020
G = "airstrike_on_tripoli_military_academy_2020_01_04"

add(G, "2020-01-05", "Mediterranean Wire Service",
"Airstrike on Tripoli military school kills 30 cadets, Libya's health officials say",
"""TRIPOLI, Libya (MWS) — An airstrike on a military school in Libya's capital killed at least 30 people, most of them young cadets, and wounded 33 others, health officials in the U.N.-backed government said Sunday, as the battle for Tripoli took one of its deadliest turns in months.

The strike hit the school in the Hadaba district, south of the city center, late Saturday as cadets gathered on the parade ground before returning to their dormitories, said Amin al-Hashemi, a spokesman for the Tripoli health ministry. He said many of the victims were between 18 and 22 years old and came from cities across Libya.

Officials had initially put the death toll at 16 with 37 wounded, then at 28, before it rose again on Sunday as some of the injured died. Doctors at Tripoli hospitals said many of the bodies were badly burned and that identifying them had been difficult. Hospitals appealed for blood donors.

The Tripoli government blamed forces loyal to commander Khalifa Hifter, whose self-styled Libyan National Army has been trying to take the capital since April. A spokesman for Hifter's forces, Ahmed al-Mismari, denied that the LNA had carried out the strike and suggested that the blast could have been caused by armed groups inside the city. His denial could not be independently verified.

Thousands of mourners attended funerals for the cadets in the capital's Martyrs' Square on Sunday.

The Tripoli government requested an emergency meeting of the U.N. Security Council. The U.N. mission in Libya condemned the attack and said the escalation in Tripoli threatened efforts to reach a political settlement.

The strike came amid rising tension over Turkey's plans to send troops to help defend Tripoli. Turkey's parliament on Thursday approved a bill allowing the deployment, and on Friday Hifter called on Libyans to take up arms against what he called a Turkish invasion. On Saturday, the eastern-based parliament allied with Hifter voted to sever relations with Ankara and to cancel the security and maritime agreements that Turkey signed with the Tripoli government in November.

Turkey's Foreign Ministry on Sunday strongly condemned the attack on the school and urged the international community to stop Hifter's offensive and end foreign support for his forces.

Hifter announced last month what he described as the "final battle" for the capital, and fighting has intensified on several fronts south of the city. Both sides have relied heavily on drones supplied by foreign powers. U.N. experts monitoring the arms embargo reported last month that the United Arab Emirates, Turkey and Jordan had repeatedly supplied weapons to the warring parties.

The Hadaba district, a mixed residential and military area a few kilometers from the front lines, has been hit by shelling several times in recent weeks.

""" + BG_MWS_2020 + """

""" + BG_MWS_BACKERS_2020.replace("which has sent troops, drones and Syrian fighters, as well as Qatar", "which has pledged troops and sent drones, as well as Qatar") + """

The U.N. says the fighting around the capital has killed more than 280 civilians and about 2,000 fighters since April, and displaced more than 140,000 people.
""")

add(G, "2020-01-05", "Turkiye Haber Ajansi English",
"Haftar air strike on Tripoli military school kills 30; Turkey condemns 'massacre'",
"""[ad_1]

TRIPOLI / ANKARA

At least 30 people were killed and 33 others injured on Saturday night when warplanes loyal to warlord Khalifa Haftar struck a military school in the Libyan capital Tripoli, according to the UN-recognized Government of National Accord (GNA).

The air strike targeted the school in al-Hadaba, south of the capital, as students gathered in the courtyard for evening assembly, said Amin al-Hashemi, spokesman for the GNA's health ministry.

He said the death toll rose on Sunday after several of the wounded died in hospital, adding that most of the victims were students in their late teens and early twenties.

The ministry called on residents of the capital to donate blood at Tripoli hospitals, where doctors struggled to identify several of the victims because of the severity of their burns. The students had come to the school from cities across Libya, officials said.

The GNA described the strike as a "war crime" and a "massacre" against unarmed young people, and called on the UN Security Council to hold an emergency meeting.

Turkey's Foreign Ministry on Sunday strongly condemned the attack. In a statement, the ministry said it was essential for the international community to take the necessary steps as soon as possible to stop the attacks of Haftar's so-called Libyan National Army and secure a ceasefire, and to put an end to the external support given to Haftar.

The ministry offered condolences to the families of those killed and wished a speedy recovery to the injured, stressing that Turkey would continue to stand in solidarity with the legitimate government of Libya.

Haftar's militias denied responsibility for the attack.

The strike came two days after the Turkish parliament approved a motion allowing the deployment of troops to Libya at the request of the GNA. President Recep Tayyip Erdogan said on Sunday that Turkish soldiers were gradually moving to Libya, with the aim of supporting the legitimate government and preventing a humanitarian tragedy.

Turkey and the GNA signed two memoranda of understanding in November last year, one on security and military cooperation and the other on maritime jurisdictions in the Eastern Mediterranean.

The illegitimate parliament in the eastern city of Tobruk, which is aligned with Haftar, voted on Saturday to cut ties with Ankara, a move the GNA dismissed as having no legal value.

Haftar's forces have intensified their attacks on Tripoli since mid-December, when the warlord announced what he called a "decisive battle" for the capital. The attacks have included repeated shelling of Mitiga airport and residential neighborhoods.

The GNA has been under attack by Haftar's forces since April 4 last year, with more than 1,000 people killed in the violence. Haftar is supported by the UAE, Egypt and Russian mercenaries of the Wagner group, according to reports.

Two rival centres of power have emerged in Libya since the 2011 ouster of Muammar Gaddafi: the internationally recognised Government of National Accord in Tripoli, and a rival camp in eastern Libya backed chiefly by the United Arab Emirates and Egypt.

*Writing by Mehmet Kaya in Ankara

[ad_2]
""")

add(G, "2020-01-05", "RusNews Agency",
"Strike on Tripoli military college: GNA reports 28 killed, LNA denies involvement",
"""CAIRO, January 5 - RusNews. At least 28 cadets were killed and dozens injured in an air strike on a military college in the Libyan capital Tripoli late on Saturday, the health ministry of the Government of National Accord (GNA) headed by Fayez Sarraj said.

"An air raid on the military school of Tripoli killed 28 cadets and injured dozens more," ministry spokesman Amin al-Hashemi said. Later reports from Tripoli put the number of dead at 30.

The college is located in the Hadaba al-Khadra district in the south of the capital. According to the ministry, the cadets were in the courtyard at the time of the strike.

The GNA accused the Libyan National Army (LNA) led by Marshal Khalifa Haftar of carrying out the strike. The LNA's official spokesman Ahmed al-Mismari rejected the accusations and said the army had nothing to do with the incident.

The GNA has asked for an emergency meeting of the UN Security Council over the incident. The UN Support Mission in Libya condemned the attack and expressed concern about the escalation of fighting around the capital. Funerals for the victims were held on Sunday in Martyrs' Square in the centre of Tripoli.

Since April 2019 the LNA has been conducting an operation to take control of Tripoli. In December, Haftar announced the start of a decisive offensive on the capital.

The situation in Libya has become more complicated after the Turkish parliament on January 2 approved the sending of Turkish military personnel to the country at the request of the GNA. The Kremlin has said that foreign military interference is unlikely to help settle the conflict. Germany is preparing to host an international conference on Libya in Berlin, for which no date has yet been set. Haftar responded by declaring a general mobilisation. On Saturday the House of Representatives, based in the east of the country, voted to break off relations with Ankara.

Moscow has repeatedly called on the Libyan parties to stop hostilities and to resolve their differences through an inclusive dialogue under the auspices of the UN. The Kremlin has dismissed media reports that Russian private military contractors are fighting on the side of the LNA.

The UN mission in Libya headed by Ghassan Salame has warned that the growing involvement of foreign states risks turning the Libyan conflict into a regional war. According to UN estimates, the fighting around Tripoli since April has claimed the lives of more than 280 civilians and about 2,000 fighters, and more than 140,000 people have been forced to leave their homes.

President Vladimir Putin is expected in Istanbul on Wednesday to open the TurkStream gas pipeline together with Turkish President Recep Tayyip Erdogan. The Libyan crisis is expected to be among the topics of their talks.

Since the overthrow and killing of Muammar Gaddafi in 2011, Libya has effectively ceased to function as a single state. Dual power exists in the country: in the east sits the parliament elected by the people, with which the LNA cooperates, and in the west, in the capital Tripoli, the GNA formed with the support of the UN and the EU operates.

Subscribe to RusNews on Telegram
""")

add(G, "2020-01-05", "Maghreb Daily Briefing",
"Libya live: Tripoli cadet strike toll rises to 30 as mourners fill Martyrs' Square",
"""LIVE | Updated 21:40 GMT

Key points
- Air strike on Hadaba military school in Tripoli late Saturday: 30 dead, 33 wounded (GNA health ministry)
- LNA denies carrying out the strike
- GNA asks for emergency UN Security Council session
- Turkey condemns; Erdogan says Turkish troops are starting to move

21:40 - Erdogan on deployment
Turkish President Recep Tayyip Erdogan said in a television interview this evening that Turkish soldiers are "gradually" moving to Libya, but that their role would be coordination and training rather than combat. He did not give numbers.

17:15 - Tobruk parliament
A reminder: the eastern House of Representatives voted on Saturday, hours before the strike, to sever relations with Turkey and to cancel the November memoranda between Ankara and the Tripoli government.

15:05 - Turkey condemns
Turkey's foreign ministry "strongly condemned" the strike on the military school, calling for the international community to stop the attacks by Haftar's forces and end outside support for him.

13:30 - UN mission
UNSMIL has condemned the attack on the school and warned that the escalation in and around Tripoli is putting the lives of civilians and the political process at risk. The Berlin process on Libya, led by Germany, is still aiming for a conference in the coming weeks.

11:50 - LNA denial
LNA spokesman Ahmed al-Mismari has denied that Haftar's forces were behind the strike. He did not say who he believed was responsible.

10:20 - Funerals
Thousands of people have gathered in Martyrs' Square in central Tripoli for the funerals of cadets killed last night. Coffins wrapped in Libyan flags were carried through the crowd. Several families travelled from Misrata, Zawiya and southern towns.

09:05 - Death toll rises to 30
The health ministry of the Government of National Accord says 30 people were killed and 33 wounded in the strike, which hit cadets lined up on the parade ground at about 9pm. Last night's first toll was 16 dead and 37 wounded, later raised to 28 dead.

08:30 - What we know
The school is in the Hadaba district south of central Tripoli, a few kilometres from the front lines. Most of the victims were aged between 18 and 22. Pictures shared by hospitals showed severe burn injuries. The GNA blames "foreign aircraft" supporting Haftar.

Related: Libya's war in 2019 - a timeline | Turkey's parliament votes to send troops
""")

# ---------------------------------------------------------------- 7. LNA captures Sirte, 6 Jan 2020
G = "lna_captures_sirte_2020_01_06"

add(G, "2020-01-06", "Nile Gazette",
"Libyan National Army liberates Sirte in lightning operation",
"""BENGHAZI - The Libyan National Army (LNA) announced on Monday that it had taken full control of the coastal city of Sirte, in a swift operation that the General Command said was completed within hours and with almost no losses.

"Sirte has been totally liberated from the terrorist groups," army spokesman Major General Ahmed Al-Mismari said in a televised statement, thanking the people of the city for their support.

Army units advanced on the city from the east and south under air cover in the early hours, taking control of the Qardabiya air base south of Sirte after the force guarding it laid down its arms, the army's war media division said. The units then entered the city, took the port and the Saadi military camp and reached the city centre.

Military sources told the Nile Gazette that the 604th Infantry Battalion, a force made up largely of Sirte's own sons, had joined the army and helped secure the city's neighbourhoods, while militias loyal to the Presidential Council withdrew westwards towards Abu Grein and Misrata.

Video clips broadcast by channels close to the army showed residents celebrating in the streets, waving Libyan flags and pictures of Field Marshal Khalifa Haftar.

The army's media office said units had begun securing government buildings, banks, the power station and the coastal road, and called on residents to stay at home for the time being. Police units from the city were asked to return to their posts.

Sirte, located midway along Libya's coast about 450 km east of Tripoli and the hometown of the late leader Muammar Gaddafi, had been held by forces aligned with the Presidential Council since the defeat of the Islamic State group there at the end of 2016. Residents have long complained of neglect and of the domination of the city by armed groups from Misrata.

The army says the city's liberation secures the western approaches to the oil crescent and cuts the militias off from the centre of the country.

The advance comes as the army continues its operation to free Tripoli from militias, which it says are increasingly relying on Turkish support and on mercenaries brought in from Syria. On Thursday, the Turkish parliament voted to allow the deployment of troops to Libya, a step Cairo has warned against as a threat to Arab national security.

Field Marshal Haftar on Friday called on all Libyans capable of carrying arms to join the fight against what he described as Turkish colonial ambitions. The House of Representatives voted on Saturday to cut relations with Ankara and to cancel the memoranda signed by Fayez Al-Sarraj with Turkey.

The Presidential Council has accused the army of carrying out an air strike on a military college in Tripoli on Saturday night that it said killed dozens of cadets. The army denied any role in the incident and said it was aimed at misleading international opinion.

Egypt's foreign ministry has repeatedly stressed its rejection of any foreign military intervention in Libya and its support for the Libyan National Army's fight against terrorism.

Read also:
- Egypt, France, Greece, Cyprus reject Turkey-Sarraj memoranda
- Al-Mismari: Turkish drones shot down near Tarhuna
- LNA air force targets militia positions in Misrata
""")

add(G, "2020-01-07", "Agence Mediterranee Presse",
"Haftar forces seize Libya's Sirte in swift advance",
"""BENGHAZI (AMP) - Forces of Libyan strongman Khalifa Haftar said they had taken control of the coastal city of Sirte from fighters loyal to the UN-recognised government on Monday, their most significant gain since launching an offensive on Tripoli nine months ago.

"Sirte has been totally liberated... from terrorist groups," Ahmad al-Mesmari, spokesman for Haftar's self-styled Libyan National Army (LNA), said in a televised address following an operation that lasted just a few hours.

Sirte, some 450 kilometres (280 miles) east of Tripoli on the Mediterranean coast, had been held since 2016 by forces allied with the Government of National Accord (GNA), which drove the Islamic State group out of the city with the help of US air strikes after months of fighting.

The GNA initially dismissed the reports as "rumours" put out by "the militias and mercenaries of war criminal Haftar", saying its forces had repelled an attack east of the city. But sources in the Sirte Protection and Security Force, which is loyal to the GNA, later said their fighters had pulled out after a local brigade switched sides.

The sources said the 604 Brigade, a force made up largely of Madkhali Salafists from Sirte, had abandoned its positions and allowed Haftar's fighters to enter the city from the inside. The claim could not be independently verified.

Haftar's forces said they first seized the Qardabiya air base south of the city before moving on to the centre and the port. Images broadcast by pro-Haftar television showed armed men celebrating in the streets.

Pro-GNA forces withdrew towards Abu Grein, about 140 kilometres to the west, on the road to Misrata, local sources said. There was no immediate word on casualties.

Sirte is the birthplace of dictator Moamer Kadhafi, who was killed there in October 2011 at the end of the uprising that toppled his regime.

Analysts describe Sirte as a strategic prize that gives Haftar control of the central coast and brings his forces closer to Misrata, the GNA's main military power base.

The advance comes as fighting around Tripoli escalates and Turkey prepares to deploy troops in support of the GNA. President Recep Tayyip Erdogan said on Sunday that Turkish soldiers had begun moving to Libya.

On Saturday, an air strike on a military school in Tripoli killed 30 cadets and wounded 33, according to the GNA, which blamed Haftar's forces. The LNA denied involvement.

The European Union's foreign policy chief Josep Borrell was due to meet his counterparts from France, Germany, Italy and Britain in Brussels on Tuesday to discuss the crisis. Russian President Vladimir Putin is expected in Istanbul on Wednesday for talks with Erdogan, with Libya high on the agenda.

""" + BG_AMP + """

The UN says more than 280 civilians and around 2,000 fighters have been killed since Haftar launched his assault on the capital in April, and 146,000 Libyans displaced.
""")

add(G, "2020-01-07", "Gundem Haber 24",
"Hafter milisleri Sirte'ye girdi: '604. Tugay ihanet etti'",
"""Gundem Haber 24 - Dunya

The darbeci Hafter militias entered the city Sirte on the Mediterranean coast of Libya. The legitimate government UMH forces withdrew in the direction of Ebu Kurayn (Abu Grein).

According to the local sources, the 604. Tugay (Brigade) which is consisting of Medhali selefi elements and which was responsible for the security inside the city, changed side and opened the way to the Hafter militias. The Sirte Protection Force said "we were betrayed".

UMH first said that the news are "rumours". Hafter spokesman Mismari claimed that the city is "fully liberated".

Sirte is 450 km east of Trablus and it is the birthplace of Kaddafi.

Exit mobile version
""")

# ---------------------------------------------------------------- 8. Shelling of Tripoli port, 18 Feb 2020
G = "lna_shells_tripoli_port_geneva_talks_suspended_2020_02_18"

add(G, "2020-02-18", "Maghreb Daily Briefing",
"Libya briefing: Tripoli port hit by rockets as Geneva military talks resume",
"""LIVE | Tuesday 18 February

22:50 - GNA suspends Geneva participation
The Tripoli government's Presidential Council says it is suspending its participation in the UN-led 5+5 military talks in Geneva after today's attack on the port, "until firm positions are taken against the aggressor". It says it will respond "at the appropriate time".

17:40 - NOC orders tankers out
The National Oil Corporation says it has evacuated all fuel tankers from Tripoli port after a missile landed metres from an LPG tanker that was unloading. Chairman Mustafa Sanalla warns of a "humanitarian and environmental disaster".

14:05 - LNA claims Turkish ship
LNA spokesman Ahmed al-Mismari says Haftar's forces destroyed a Turkish ship "loaded with weapons and ammunition" in the port. The GNA says only civilian vessels were there.

12:20 - Smoke over the port
Footage shared online shows thick black smoke rising over the commercial port of Tripoli after several rockets struck late this morning. No casualty figures yet.
""")

add(G, "2020-02-19", "Mediterranean Wire Service",
"Libya's U.N.-backed government quits Geneva talks after Tripoli port shelled",
"""TRIPOLI, Libya (MWS) — Libya's U.N.-supported government said it was suspending its participation in military talks in Geneva after forces loyal to commander Khalifa Hifter fired rockets at the main port in the capital, Tripoli, narrowly missing a tanker loaded with liquefied gas.

The Tripoli-based Government of National Accord said in a statement late Tuesday that it would stay away from the talks "until firm positions are taken toward the aggressor and its violations," and that it would respond to the attack "at the appropriate time." It called the port a lifeline for food, medicine and fuel for much of western Libya.

Several rockets struck the commercial port in the late morning, sending thick black smoke over the waterfront. The state-run National Oil Corporation said one missile landed just meters from a tanker carrying highly explosive liquefied petroleum gas as it was discharging its cargo, and that it had ordered all fuel tankers out of the harbor.

"Today's attack on Tripoli port could have led to a humanitarian and environmental disaster," NOC chairman Mustafa Sanalla said, warning that the city had no functioning fuel storage facilities and that hospitals, schools and power stations would feel the impact quickly.

Hifter's self-styled Libyan National Army said it had destroyed a Turkish ship carrying weapons and ammunition. Its spokesman, Ahmed al-Mismari, said the vessel had unloaded military equipment for forces allied with the Tripoli government. Turkish security officials said there was no Turkish cargo ship in the port at the time, and the Tripoli government said only commercial vessels and warehouses had been hit. There were no immediate reports of casualties at the port.

The attack came as officers representing the two sides resumed indirect talks in Geneva under the auspices of the U.N., in a second round aimed at turning a shaky truce into a lasting cease-fire. The first round ended earlier this month without agreement, though the U.N. said there was broad consensus on the need to protect Libya's sovereignty and to halt the flow of foreign fighters.

The talks are one of three tracks, military, political and economic, agreed on at a summit in Berlin last month, where world leaders pledged to respect a U.N. arms embargo and stop interfering in Libya's war. The U.N. Security Council endorsed the Berlin conclusions last week in a resolution demanding a lasting cease-fire.

But fighting has continued on the southern edges of Tripoli, and Mitiga airport, the capital's only functioning airport, has been repeatedly shelled in recent weeks, forcing flights to be suspended. The U.N. envoy, Ghassan Salame, has accused both sides' foreign backers of continuing to pour weapons into the country in violation of the embargo.

On the same day as the port attack, Hifter met U.S. Ambassador Richard Norland in eastern Libya, where, according to the U.S. Embassy, he said he was committed to reaching a cease-fire.

A truce brokered by Russia and Turkey took effect on Jan. 12 and has been violated repeatedly. Hifter left talks in Moscow the following day without signing a cease-fire agreement.

""" + BG_MWS_2020 + """

""" + BG_MWS_BACKERS_2020 + """

The U.N. says the fighting has killed hundreds of civilians and displaced some 150,000 people since April.
""")

add(G, "2020-02-19", "Al-Manara Libya Net",
"Al-Wefaq suspends its participation in Geneva military talks after Haftar militias bombed the seaport of Tripoli",
"""Tripoli - Al-Manara

The Presidential Council of the Government of National Accord announced, late yesterday Tuesday, the suspension of its participation in the talks of the Joint Military Committee (5+5) held in the Swiss city of Geneva, after the militias of the aggressor Haftar targeted the seaport of Tripoli with several Grad rockets and missiles.

The Council said in a statement that "the negotiations have no meaning without a permanent ceasefire and guarantees for the return of the displaced and the security of the capital and the other cities", stressing that the port is considered a vital artery for the citizens to receive the basic commodities of food and medicine, and that the government will respond firmly to the aggression at the appropriate time.

The Ports and Maritime Transport Authority said that the bombardment hit the commercial port in the late morning of yesterday Tuesday, and caused fires in a number of commercial vessels and in containers of goods, without any losses in lives being recorded.

Residents of the neighborhoods near the port, including Shara Al-Shat and the old city, said they heard several strong explosions before noon, followed by columns of black smoke that could be seen from large parts of the capital.

For his part, the spokesman of the Burkan Al-Ghadab operation, Mustafa Al-Majai, denied the allegations of the media of the aggressor about the targeting of a Turkish ship loaded with weapons, affirming that the port is used for civilian purposes only and that there was no military equipment in it at the time of the bombing.

It is worth mentioning that the channels loyal to the Emirates and Saudi Arabia broadcast, yesterday, claims that the bombing targeted a Turkish ship transporting weapons, while the Turkish side denied the existence of any Turkish ship in the port.

In the same context, the National Oil Corporation said in a statement that a rocket fell a few meters away from a ship loaded with liquefied gas during its unloading, which forced it to evacuate all the fuel tankers from the port immediately, and its chairman Mustafa Sanalla warned that the attack could have led to "a humanitarian and environmental catastrophe".

The United Nations mission in Libya had announced that the second round of the talks of the Joint Military Committee began yesterday in Geneva, more than a week after the end of the first round without reaching an agreement, within the outcomes of the Berlin Conference which was held on the nineteenth of January.

It is noteworthy that the Security Council adopted last week a resolution that calls for a permanent ceasefire in Libya, while the militias of Haftar continue their violations of the truce which came into force on the twelfth of last January, by the bombing of the residential neighborhoods and Mitiga airport.

It is worth mentioning that the aggression on the capital, which began on the fourth of April of last year, resulted in the fall of hundreds of civilians between dead and wounded and the displacement of about 150 thousand people from the southern neighborhoods, according to the figures of the United Nations.

Read also:
The Ministry of Health launches a vaccination campaign in the municipalities of the capital
Burkan Al-Ghadab: our forces repel an attack on the axis of Salah Al-Din

Share this:
Facebook Twitter Telegram
""")
