# Part 2: Gharyan (June 2019); Tajoura strike (July 2019)
ARTICLES = [
dict(
group="gna_recaptures_gharyan_2019_06_26",
published="2019-06-27",
outlet="Tripoli Courier",
title="Gharyan liberated: Volcano of Rage forces drive Hafter's militias out of the mountain city",
text="""Skip to content
Tripoli Courier | Thursday, 27 June 2019
Home » Libya » Military

Gharyan liberated: Volcano of Rage forces drive Hafter's militias out of the mountain city

By Tripoli Courier staff

Forces of the Government of National Accord announced late on Wednesday that they had liberated the city of Gharyan from the militias of war criminal Khalifa Hafter, in what officials described as the biggest blow to the aggression on Tripoli since it started on 4 April.

The media office of Operation Volcano of Rage said the army and auxiliary forces entered Gharyan from several directions at dawn on Wednesday, with the support of the air force and the cooperation of the city's own sons, and by the evening had secured the centre, the main roads and the operations room that Hafter's forces had been using to direct the attack on the capital.

"All of Gharyan is under our control," said Colonel Mohamed Gnounou, spokesman for the GNA forces. He said the operation had been completed in less than 24 hours and with limited losses, and that large quantities of weapons and ammunition had been seized.

The Presidential Council said in a statement that the city had been fully liberated and vowed that the campaign would continue "until the aggressors are purged from all areas". Council member Mohamed Ammari Zayed called on the forces to protect residents and property and to avoid any acts of revenge.

Video published by the operation's media centre showed fighters in the main square of Gharyan, burned-out armoured vehicles and groups of prisoners, among them foreign fighters who appeared to be from Chad. The Volcano of Rage spokesman Mustafa al-Mejii said dozens of the attackers had been killed and at least 18 captured.

Gharyan, which lies about 100 kilometres south of Tripoli in the Nafusa mountains, was occupied by Hafter's forces on 2-4 April, at the start of the offensive, and became the main rear base and supply route for the aggression. Its loss leaves Hafter's militias on the southern outskirts of the capital cut off from their main line of supply, and depending on Tarhuna.

Residents who spoke to the Courier by telephone described a night of heavy gunfire and explosions followed by celebrations in the morning.

The aggression on Tripoli has killed hundreds of civilians and fighters and displaced tens of thousands of families from the southern districts of the capital, including Ain Zara, Salahuddin and Qasr Bin Ghashir.

Share this:
Facebook
Twitter
WhatsApp
Print

Related
Sarraj: there is no place for Hafter in any future political settlement
Health ministry: field hospitals receive wounded from southern Tripoli fronts
Mitiga airport resumes flights after hours-long suspension"""),

dict(
group="gna_recaptures_gharyan_2019_06_26",
published="2019-06-28",
outlet="Nile Gazette",
title="Libyan National Army vows to retake Gharyan, blames 'sleeper cells' and Turkish support for setback",
text="""CAIRO - The Libyan National Army (LNA) said on Friday it would retake the town of Gharyan within days, after militias loyal to the Tripoli-based Presidential Council entered the strategic town south of the capital in a surprise assault on Wednesday.

Army spokesman Major General Ahmed al-Mismari told a press conference in Benghazi that the attack on Gharyan had been made possible by "sleeper cells" inside the town who opened the way for the militias, and by Turkish drones that had carried out strikes on army positions. He said army units had withdrawn from parts of the town to avoid fighting among residents and that reinforcements were on their way.

Al-Mismari said the armed forces had evidence that Turkey was providing the Tripoli militias with drones, armoured vehicles and military experts in open violation of the UN arms embargo. He said Turkish officers were directing drone operations from Mitiga airport.

In a separate announcement on Friday, the LNA general command said it had ordered its air force and naval forces to treat Turkish ships in Libyan waters as hostile targets, to halt flights between Libya and Turkey and to target Turkish companies and interests in the country. The command said Turkish nationals in areas under the army's control would be arrested. Ankara has not yet responded to the announcement.

The fall of Gharyan, which lies about 100 kilometres south of Tripoli, is a setback for the army's operation to liberate the capital from terrorist groups and militias, launched on April 4 on the orders of Field Marshal Khalifa Haftar. The town had served as the main rear base for units fighting in the southern outskirts of Tripoli.

Pro-militia channels broadcast images on Thursday of prisoners and of what they said were the bodies of army soldiers. Human rights activists in eastern Libya accused the militias of executing wounded soldiers in a field hospital in the town, an accusation that could not be independently verified.

Egypt has repeatedly said that the crisis in Libya can only be solved by supporting the national institutions, foremost among them the national army, and by dismantling the militias and ending foreign interference. President Abdel Fattah al-Sisi, who received Field Marshal Haftar in Cairo in April, has warned that the presence of terrorist groups near Egypt's western border is a threat to Egyptian national security.

The army's operation has stalled on the southern edges of Tripoli for several weeks, with heavy fighting around the old airport, Ain Zara and Wadi al-Rabie. Military sources said the army still held Tarhuna, to the southeast of the capital, and the Jufra air base in central Libya.

The Tripoli-based government of Fayez al-Sarraj has increasingly relied on militias from Misrata and Zawiya and, according to the LNA, on fighters brought from abroad."""),

dict(
group="tajoura_migrant_centre_airstrike_2019_07_02",
published="2019-07-03",
outlet="Meridian Wire Service",
title="Air strike on Libyan migrant detention centre kills at least 44",
text="""TRIPOLI (MWS) - An air strike on a detention centre for migrants in the Tripoli suburb of Tajoura late on Tuesday killed at least 44 people and wounded more than 130, the United Nations said on Wednesday, the highest death toll from a single attack since eastern forces began their offensive on the Libyan capital three months ago.

The strike hit a hangar at the centre where about 120 migrants, mostly from African countries, were being held, health officials and the U.N. said. Rescuers worked through the night to pull bodies from the rubble. Photographs from the scene showed body parts, blood-soaked mattresses and clothes amid the wreckage of the hangar.

"This attack clearly could constitute a war crime, as it killed by surprise innocent people whose dire conditions forced them to be in that shelter," U.N. envoy Ghassan Salame said in a statement, calling for those who ordered and carried out the strike to be held accountable.

The Tripoli-based Government of National Accord (GNA) blamed forces loyal to eastern commander Khalifa Haftar, calling the attack a premeditated crime. The GNA asked the U.N. mission to send a fact-finding team to the site.

Haftar's Libyan National Army (LNA) denied targeting the centre. An LNA official said its aircraft had struck a militia camp in Tajoura and accused Tripoli forces of shelling the area afterwards. On Monday the LNA had said it would step up air strikes on targets in Tripoli after what it called traditional means of war had been exhausted.

The Tajoura centre, which holds about 600 people, is next to a military site and had already been hit by shrapnel in May. The U.N. refugee agency and aid groups had repeatedly called for migrants there to be moved to safety.

In a joint statement, the UNHCR and the International Organization for Migration called for an end to the detention of migrants in Libya. Aid agencies say nearly 3,800 migrants and refugees held in official centres in and around Tripoli are exposed to, or at risk from, the fighting.

African Union Commission chairman Moussa Faki Mahamat called for an independent investigation, and the European Union also condemned the strike.

The U.N. Security Council was due to meet behind closed doors on Wednesday to discuss the attack.

Haftar launched his offensive on April 4 but his forces have been unable to breach Tripoli's defences. Last week they lost Gharyan, their main supply base south of the city, to forces allied with the GNA.

Libya has been split between rival camps since 2014, three years after a NATO-backed uprising toppled and killed Muammar Gaddafi. The GNA controls Tripoli and parts of the west; Haftar's LNA is allied to a parallel government and parliament in the east and is backed by the United Arab Emirates and Egypt. Turkey has supplied the Tripoli government with armoured vehicles and drones.

(Reporting by Karim Benhaddou and Sami Aouad; Writing by Tom Aldridge; Editing by Helen Marsh)"""),

dict(
group="tajoura_migrant_centre_airstrike_2019_07_02",
published="2019-07-03",
outlet="Al-Masar Net",
title="The death toll of the bombing of the shelter center for illegal immigrants in Tajoura rises to 44 dead and 130 injured",
text="""Al-Masar Net - Tripoli

The death toll of the air raid that targeted the shelter center for illegal immigrants in the Tajoura area, east of the capital Tripoli, rose today Wednesday to 44 dead and more than 130 injured, according to what the United Nations mission and the medical sources announced.

The spokesman of the Emergency Medicine Center, Malik Merset, said that the rescue teams continued since late yesterday Tuesday to extract the bodies from under the rubble of the hangar which was containing about 120 immigrants of African nationalities, and that the number is expected to increase because of the critical cases among the injured.

The Presidential Council of the Government of National Accord (Al-Wefaq) condemned in a statement what it described as the "heinous crime" and held the forces of the retired Major General Khalifa Hifter full responsibility, demanding the United Nations mission to send a fact-finding committee to the location of the incident.

For its part, the UN envoy Ghassan Salame said that the bombing "clearly constitutes a war crime", and called the international community to condemn this crime and to apply sanctions on the ones who ordered it and who executed it.

While the spokesman of the forces of Hifter, Ahmed al-Mismari, denied that their aircrafts targeted the shelter center, and said that the air force bombed a position of the militias in the area, demanding an international investigation in the incident.

It is worth mentioning that the shelter center in Tajoura was exposed previously to a bombing in the month of May last, and the international organizations had warned of the danger of its location near a military camp.

It is also worth mentioning that the forces of Hifter are launching since the fourth of April last a military attack to control the capital Tripoli, the headquarters of the Al-Wefaq government recognized internationally, and the fighting caused the death of hundreds and the displacement of tens of thousands.

Read also:
- The Al-Wefaq forces announce the control of Gharyan city completely
- Salame: the Libyan conference is postponed until further notice

Tags: Libya | Tajoura | Immigrants | Hifter | Al-Wefaq"""),
]
