# Event 4: Air strike on Tajoura migrant detention centre (late Tuesday 2 July 2019)
# Event 5: LNA attack on Gharyan repelled (Monday 26 August 2019)
G4 = "airstrike_hits_tajoura_migrant_centre_2019_07_02"
G5 = "lna_attack_on_gharyan_repelled_2019_08_26"

ARTICLES = [
dict(g=G4, d="2019-07-03", o="Continental Press Service",
t="Air strike on Libya migrant centre kills at least 44, UN says",
x="""TRIPOLI, July 3 (CPS) - An air strike hit a detention centre for migrants in Tajoura, on the eastern outskirts of the Libyan capital, late on Tuesday, killing at least 44 people and wounding more than 130, the United Nations said on Wednesday.

The strike destroyed a hangar where about 120 men, most of them from sub-Saharan African countries, had been locked in for the night, officials said. Rescue workers spent hours pulling bodies from the rubble, and survivors were taken to hospitals across Tripoli.

An interior ministry official initially put the toll at 40 dead and about 80 injured. The U.N. mission raised the figure during the day and warned that it was likely to climb further, as several of the wounded were in a critical condition.

The centre held around 600 migrants and refugees, many of them intercepted at sea by the Libyan coast guard while trying to reach Europe. It lies inside a compound that also houses a base of an armed group allied to the Tripoli government.

The Government of National Accord (GNA) blamed the forces of eastern commander Khalifa Haftar, calling the strike a premeditated crime. Its interior minister, Fathi Bashagha, said the attack had been carried out by a "foreign" aircraft, without elaborating.

Haftar's Libyan National Army (LNA) rejected the accusation. A statement from its command said it had not targeted the centre, accused Tripoli's militias of using the site for military purposes and of exploiting migrants, and dismissed what it called attempts to fabricate reports against it.

The LNA had said earlier this week that it would intensify air strikes on targets in Tripoli, days after losing Gharyan, its main forward base, to government forces.

U.N. envoy Ghassan Salame said the bombing clearly amounted to a war crime, as it had killed people who were defenceless, and called for sanctions on those who ordered and carried it out and on those who supplied the weapons.

The U.N. refugee agency and the International Organization for Migration said they had repeatedly asked for the Tajoura facility to be emptied because of its proximity to military targets. It was not the first time the site had been hit since the fighting began.

The European Union called for an independent investigation into the strike.

The medical charity Doctors Without Borders, whose teams had worked in the centre, called for all refugees and migrants held in Tripoli's detention centres to be evacuated immediately.

Haftar launched his offensive on Tripoli on April 4. Hundreds of people have been killed in the fighting, which has stalled on the city's southern outskirts.

Oil-producing Libya has had no stable central authority since the 2011 revolt that ended Moamer Kadhafi's four decades in power, and it is now split between the GNA in Tripoli and a rival administration in the east allied with Haftar.

cps/hs/jd"""),

dict(g=G4, d="2019-07-03", o="Aidlink Mediterranean",
t="Tajoura strike: end arbitrary detention of migrants in Libya's war zones now",
x="""PRESS RELEASE
For immediate release

Tajoura strike: end arbitrary detention of migrants in Libya's war zones now

TUNIS, 3 July 2019 - Aidlink Mediterranean is horrified by the air strike that hit the Tajoura detention centre, east of Tripoli, shortly before midnight on Tuesday 2 July. According to the United Nations, at least 44 people were killed and more than 130 injured when the hangar in which they were held was destroyed. The victims were men, women and children who had come to Libya in search of safety or work, or who had been returned to the country after being intercepted at sea.

These deaths were foreseeable. Humanitarian organisations, including Aidlink's partners, had warned for weeks that detainees in Tajoura were locked in next to a military facility and could not flee if fighting reached them. The centre had already come under fire earlier in the conflict. Despite these warnings, people continued to be taken there.

We welcome the statement of the UN Special Representative, Ghassan Salame, who described the bombing as a war crime and called for those responsible to be held to account. We call for a prompt, independent investigation and for its findings to be made public.

Aidlink Mediterranean calls on:

- the authorities in Tripoli to release all refugees and migrants held in detention centres close to front lines and to allow humanitarian agencies to move them to safe locations;
- all parties to the conflict to respect international humanitarian law, which prohibits attacks on civilians and indiscriminate attacks;
- the European Union and its member states to stop returning people intercepted at sea to a country at war, and to open safe routes for evacuation;
- states with influence over the warring parties to press for an immediate ceasefire around Tripoli.

Our teams and local partners are supporting hospitals in Tripoli that received the wounded with medical supplies, and are ready to assist survivors once they are released.

Since fighting began on 4 April, thousands of detained refugees and migrants have been trapped in facilities in and around Tripoli. The attack on Tajoura is not the first time civilians have paid the price of this war. In April, rockets struck homes in the Abu Salim district of Tripoli, killing at least seven people, and health facilities and ambulances have been hit repeatedly since then.

Tajoura must be the last time the world is told that a tragedy in Libya could not have been prevented.

ENDS

Notes to editors
Aidlink Mediterranean is an independent humanitarian network working with local organisations in Libya, Tunisia and Malta.

Media contact: press office, Tunis"""),

dict(g=G4, d="2019-07-04", o="Nile Sentinel",
t="Libyan army denies targeting Tajoura shelter, says militia ammunition blew up nearby",
x="""Nile Sentinel | Arab Affairs

Libyan army denies targeting Tajoura shelter, says militia ammunition blew up nearby

Cairo - Nile Sentinel

The General Command of the Libyan National Army (LNA) has denied any responsibility for the deaths of dozens of illegal migrants in the Tajoura shelter east of Tripoli, saying the evidence points to a large explosion at an ammunition store belonging to a militia that shares the compound with the centre.

In a statement issued overnight by its air operations room, the army said the timing of the incident on Tuesday night coincided with sorties by hostile aircraft that had taken off from Mitiga air base and from the air academy in Misrata, and that at least one of these aircraft carried out a raid in Tajoura at around the same time.

The statement said all the evidence suggested that a large quantity of munitions had exploded at the nearby site of the Al-Daman militia about a quarter of an hour before the shelter was hit.

The army command had already said on Wednesday that it did not target the centre and accused the Tripoli militias of using migrants for military purposes, of storing weapons next to them and of recruiting some of them to fight for money. It called for an international investigation to establish the facts.

Officials of the Government of National Accord headed by Fayez al-Sarraj were quick to accuse the army of carrying out the strike, in what the army's supporters described as an attempt to exploit the tragedy politically after the government failed to expel the army from the southern outskirts of the capital.

The United Nations mission said at least 44 people were killed and more than 130 injured in the incident. UN envoy Ghassan Salame described it as a war crime.

The Tajoura compound is located in an area controlled by armed groups that have joined the defence of the capital against the army. According to Libyan military sources, the zone around the shelter contains workshops where armed vehicles are repaired and stores for weapons and ammunition.

The LNA, led by Field Marshal Khalifa Haftar, launched its operation to liberate Tripoli from militias and terrorist groups on April 4. Its supporters say the militias that dominate the capital have received drones and armoured vehicles from Turkey in recent months in violation of the UN arms embargo.

The incident came a week after militias backed by Turkish drones entered the city of Gharyan, south of the capital, which the army had used as its main rear base since the start of the operation. Army commanders said after the loss of Gharyan that traditional means of warfare were no longer enough and announced a new phase of air operations against militia targets in Tripoli.

Egypt has repeatedly stressed its support for the Libyan army in its war against terrorism and has called for the unification of Libyan state institutions and the dismantling of militias.

Read also
- Al-Mismari: Turkish drones operating from Mitiga airport
- Sisi receives Haftar in Cairo, reaffirms support for Libyan army"""),

dict(g=G5, d="2019-08-26", o="Tripoli Frontline News",
t="Libyan Army forces repel Haftar's attack on Gharyan, eight fighters killed",
x="""August 26, 2019 - 21:05 | Tripoli Frontline News desk

The Libyan Army forces under the command of the Government of National Accord repelled on Monday an attack by the militias of the warplord Khalifa Haftar on the city of Gharyan, the spokesman of the Volcano of Rage Operation, Mustafa Al-Mejii, said.

Al-Mejii said groups of Haftar's militiamen had infiltrated areas near Gharyan through the Ghout Al-Reeh area and tried to advance towards the city under the cover of drones, but the army forces, supported by the air force, pushed them back and pursued those who fled.

He said eight of the army's fighters were killed and ten others were wounded in the fighting, while the attacking forces suffered dozens of dead and wounded and lost several vehicles.

Units from Zawiya and Misrata took part in the defence of the city alongside the Gharyan Protection Force, according to military sources, and the air force carried out several strikes on the attackers' vehicles on the road from Al-Urban.

Haftar's drones had bombarded the outskirts of Gharyan for several days before Monday's ground assault, killing a number of defenders. Residents said the city centre was calm by the evening but that the sound of explosions could still be heard in the distance.

Haftar's forces lost Gharyan on June 26 in a lightning operation by the Libyan Army that ended two months in which the city was the main base of the attack on the capital. Since then his forces have tried several times to return to the city from the south and east.

The Gharyan Protection Force had said on Sunday that Haftar's militias were attacking from the Ghout Al-Reeh direction coming from Al-Urban, and that defenders had pulled back from some exposed positions there because of the intensity of the drone strikes.

Haftar's forces entered Gharyan in early April without a fight and used it as their operations room for the attack on Tripoli, which began on April 4. The Libyan Army retook the city in less than 24 hours at the end of June, taking prisoners and large quantities of weapons and ammunition.

Commanders in Gharyan said the city is not in danger and that its defenders are ready for any new attempt.

Since the liberation of Gharyan, Haftar's militias have relied increasingly on air strikes and drones. On July 2, an air raid on the migrant shelter in Tajoura killed 53 migrants, in what the UN envoy described as a war crime, and Mitiga airport has been shelled several times since the end of July.

The Volcano of Rage Operation was launched on April 7, three days after Haftar announced his attack on the capital, and its forces have since stopped the militias on the southern outskirts of Tripoli in Ain Zara, Wadi Al-Rabie, Qasr Bin Ghashir and around the old airport.

The attack came two weeks after the Eid Al-Adha truce proposed by the UN mission, which both sides had accepted, and amid continuing clashes on the southern fronts of Tripoli and repeated shelling of Mitiga airport."""),

dict(g=G5, d="2019-08-27", o="Barqa Bulletin",
t="Army: first phase of Gharyan operation complete, full control 'imminent'",
x="""The Bulletin | Benghazi - Libya

GHARYAN - The General Command of the Libyan National Army (LNA) said all preliminary military tasks around the city of Gharyan were carried out according to plan, and that the completion of the plan to restore full control over the city is imminent.

In a statement published on its official Facebook page, the command acknowledged that a number of its soldiers were killed in Monday's battles on the outskirts of the city, without giving figures.

Field sources told The Bulletin that army units took control of the Ghout Al-Reeh area, north-east of Gharyan, after clashes with militias backed by Turkish drones, and that the militias suffered heavy losses in men and equipment.

A military officer said army units had withdrawn from positions at the edge of the city after entering its suburbs, as a precaution, and that operations would resume according to the timetable set by the command.

Militia media claimed to have repelled the attack and pushed the army back.

Gharyan fell to the militias at the end of June after what the army described as a betrayal by sleeper cells inside the city."""),
]
