# Part 1: Mitiga (Apr 2019), Gharyan, Tajoura, Murzuq
# Shared background paragraphs are defined in common_bg.py and reused by the wires.
from common_bg import *

ARTICLES = []

def add(group, published, outlet, title, text):
    ARTICLES.append(dict(group=group, published=published, outlet=outlet, title=title, text=text.strip("\n")))

# ---------------------------------------------------------------- 1. Mitiga, 8 April 2019
G = "lna_warplane_strikes_mitiga_airport_2019_04_08"

add(G, "2019-04-08", "Mediterranean Wire Service",
"Airstrike hits Tripoli's only working airport as Libya fighting spreads",
"""TRIPOLI, Libya (MWS) — A warplane struck the only functioning airport in Libya's capital on Monday, forcing authorities to halt all flights as forces loyal to east-based commander Khalifa Hifter pressed their offensive on Tripoli and the death toll from five days of fighting climbed past 50.

The strike hit Mitiga airport, a former air force base about 8 kilometers (5 miles) east of the city center that has handled the capital's civilian traffic since the main international airport was wrecked in militia fighting in 2014. An airport official, Ibrahim Fadel, said flights were suspended until further notice. No casualties were reported, and airport staff said the bombs fell near a runway.

Hifter's self-styled Libyan National Army acknowledged the raid. Its spokesman, Ahmed al-Mismari, said the jets had gone after a MiG-23 fighter and a helicopter parked at the base, which is shared by military aircraft loyal to the U.N.-backed government. An LNA commander told a Benghazi-based newspaper the strike was carried out because government forces had been preparing to use the base against Hifter's troops.

Video circulated online appeared to show a single jet diving over the airfield and smoke rising close to parked airliners. Passengers waiting in the terminal were sent home, and airlines said planes bound for Tripoli would be diverted to Misrata, some 200 kilometers (125 miles) to the east.

The attack came a day after the LNA carried out its first airstrike on the southern suburbs of the capital, and two days after the force's air command declared western Libya a military zone and warned that any aircraft taking off without its approval would be treated as hostile.

Health officials in the Tripoli government said Monday that at least 51 people, including fighters and civilians, had been killed since Hifter launched his push on Thursday. The World Health Organization said two doctors were among the dead, killed while trying to evacuate wounded people from the front lines. The U.N. humanitarian office said some 3,400 people had fled their homes, many from the districts around the old international airport south of the city.

Fighting on Monday centered on that airport, which Hifter's forces had claimed over the weekend. Witnesses said militias allied with Prime Minister Fayez Sarraj's government had pushed the LNA back from parts of the airport road, though the situation could not be independently confirmed. The Tripoli government calls its counteroffensive "Volcano of Anger."

A two-hour truce that the U.N. mission had proposed for Sunday so that civilians and wounded could be evacuated from the southern suburbs was not observed, the mission said.

U.N. Secretary-General Antonio Guterres, who was in Tripoli when the offensive began and met Hifter in the east on Friday, renewed his appeal for an immediate halt to military operations. In Luxembourg, EU foreign policy chief Federica Mogherini urged Libyan leaders to stop all military activity and return to the negotiating table.

The United States on Sunday pulled a small contingent of troops out of the country, citing the security situation, and India said it had moved a detachment of peacekeepers from Tripoli to Tunisia.

""" + BG_MWS_2019 + """

The offensive came just days before a U.N.-sponsored national conference, planned for mid-April in the desert town of Ghadames, that was meant to chart a path to elections. U.N. envoy Ghassan Salame has said the gathering would go ahead if possible but has not ruled out a delay.

Hifter's forces have the backing of the United Arab Emirates and Egypt and enjoy close ties to France and Russia. He presents his campaign as a fight against terrorists and militias, while his opponents accuse him of seeking to install a new military dictatorship.
""")

add(G, "2019-04-08", "Agence Mediterranee Presse",
"Air strike hits Tripoli airport, all flights halted",
"""TRIPOLI (AMP) - A warplane carried out an air strike Monday on Mitiga, the Libyan capital's only functioning airport, halting all flights, aviation authorities said, as fighting raged for a fifth day on Tripoli's southern outskirts.

A security source at the airport, east of the city centre, said the raid hit a runway but caused no casualties.

Forces of eastern strongman Khalifa Haftar, who launched an assault on Thursday to seize the capital, later said their aircraft had carried out the strike.

Flights were suspended "until further notice", the airport said on its Facebook page. Travellers were told to use Misrata airport, 200 kilometres to the east.

The UN-recognised Government of National Accord (GNA) said its forces had retaken positions around the disused international airport south of Tripoli.

Libya has been mired in chaos since the 2011 uprising that toppled and killed dictator Moamer Kadhafi.

--AMP--
""")

add(G, "2019-04-10", "Defence Horizons Review",
"Analysis: Hifter's ageing MiGs take the battle for Tripoli into the air",
"""By our North Africa correspondent

The dive attack on Mitiga airport on Monday afternoon lasted seconds and did little lasting damage. Mobile-phone footage shows a lone fighter, most likely one of the Libyan National Army's refurbished MiG-21s, releasing a pair of unguided weapons over the eastern end of the airfield before pulling away over the sea. The runway was repaired and night flights resumed within a day. Yet the raid marks a turning point in the offensive that Khalifa Haftar launched on 4 April: for the first time since it began, the capital's only working civil airport has been struck from the air, and both sides are now using combat aircraft over a city of more than a million people.

The LNA has said openly that the target was military. Its spokesman, Ahmed al-Mismari, told reporters that the aircraft had been sent against a MiG-23 and a helicopter belonging to forces allied with the Government of National Accord (GNA). That claim is plausible. Mitiga began life as Wheelus Air Base and has been a mixed civil-military field for years; the GNA-aligned air arm operates a handful of MiG-23s, light jets and helicopters from it and from the Misrata air academy. On 6 April the LNA's air command had declared the western region a military operations zone and warned that any aircraft taking off without its consent would be treated as hostile, and that the airfield it came from would be hit.

What the LNA can actually achieve with that threat is another matter. Its fixed-wing fleet consists largely of MiG-21s and MiG-23s recovered from storage, supplemented by a few attack helicopters, most of them maintained with spare parts sourced abroad. Over eastern Libya during the Benghazi and Derna campaigns these aircraft flew at low level with few air-defence threats. Around Tripoli the picture is different. The GNA's allies hold heavy machine guns and man-portable missiles in quantity, and on Monday the Tripoli side itself flew strikes against LNA positions south of the city, including near the old international airport south of the city.

Both sides can therefore contest the sky but neither can own it. That has two consequences. The first is that the air war is likely to be fought mostly against fixed targets: runways, depots, vehicle parks, and - inevitably - buildings near them. Mitiga sits in a densely built district of eastern Tripoli; any miss there lands in homes. The second is that whoever brings in more capable platforms from outside, whether armed drones or precision-guided munitions, will gain a disproportionate advantage. The UN Panel of Experts has reported in previous years that the United Arab Emirates supplied aircraft and other equipment to Haftar's forces in breach of the 2011 arms embargo, and diplomats are watching closely for signs that foreign backers will step in again.

The humanitarian cost is already rising. The World Health Organization said on Tuesday that local facilities had recorded 47 people killed and 181 wounded since the offensive began, figures that include combatants and civilians. The UN says thousands of families have fled the southern suburbs. UN Secretary-General Antonio Guterres, who was in Tripoli when the offensive began, has appealed for a halt, and EU foreign ministers on Monday urged all parties to stop military operations.

Airlines will have to plan around the threat. The fallback is Misrata, some 200km to the east, an option that adds a long road journey for passengers from the capital, and insurers are likely to reassess cover for aircraft parked overnight at Mitiga.

For now, Monday's strike reads more as a message than a military blow: Haftar can reach the capital's lifeline to the outside world whenever he chooses. Whether he will use that capability again may depend less on Tripoli's defences than on how long his ground offensive stays stuck in the southern suburbs.

Share this:
Twitter | LinkedIn | Email
""")

# ---------------------------------------------------------------- 2. Gharyan, 26 June 2019
G = "gna_recaptures_gharyan_2019_06_26"

add(G, "2019-06-26", "The Tripoli Chronicle",
"Libyan Army liberates Gharyan in major blow to Haftar's aggression",
"""Forces of the Government of National Accord's Volcano of Rage Operation said on Wednesday afternoon that they had taken control of most of Gharyan, including the military camps and the main operations room used by war criminal Khalifa Haftar's forces to direct the assault on the capital.

The operation's media office said the Libyan Army entered the mountain city from three axes in a coordinated attack supported by the air force, and that fighters seized the city centre, the general hospital and other vital facilities. It said the advance came "in line with a courageous uprising" by Gharyan's residents against the aggressors.

Colonel Mohamed Gnono, spokesman of the Libyan Army, said later in the evening that all of Gharyan was under the control of government forces, and that the operation was completed in less than 24 hours with limited losses. He said dozens of Haftar's fighters were killed and at least 18 captured, and that large quantities of weapons and ammunition were seized.

Video shared by the operation showed fighters inside what it described as Haftar's main command centre, burnt-out armoured vehicles in the streets and captured fighters being led away. Residents of the Qawasim area in north Gharyan welcomed the troops, the operation said.

A military source told the Chronicle that the plan relied on surprise. Haftar's commanders were made to believe that the main effort would come on the southern Tripoli fronts, at the old airport road and Qasr Bin Ghashir, while the real target was Gharyan. Forces from the western and central military zones had also moved towards Al-Asabaa and the roads leading south to cut off the retreat of the aggressors, the source said.

The commander of Haftar's operations room in the city, Abdelsalam Al-Hassi, fled before the troops arrived, according to the operation.

The Presidential Council said in a statement that Gharyan had been "liberated" and vowed that the campaign would continue "until the aggressors are purged from all areas". It thanked the people of Gharyan and called on them to cooperate with the security forces to protect public property.

Gharyan, about 100 kilometres south of Tripoli, fell to Haftar's forces in the first days of April, just before they launched their attack on the capital on 4 April. Since then it has been the main supply line and rear base for the thousands of fighters and foreign mercenaries besieging the southern suburbs.

The offensive has so far killed hundreds of people and forced tens of thousands of families from their homes in Ain Zara, Wadi Al-Rabie, Salah Al-Din and other districts. Haftar's aircraft and drones have repeatedly struck Mitiga Airport and residential neighbourhoods, and the aggression has damaged hospitals and schools.

The Government of National Accord has repeatedly called on the international community to stop the foreign backing that allows Haftar to continue his war on the capital.

Share this:
Facebook | Twitter | WhatsApp

Related
Haftar's warplanes target Mitiga Airport again
Volcano of Rage: enemy attack repelled at Salah Al-Din
""")

add(G, "2019-06-27", "Agence Mediterranee Presse",
"Libya unity forces seize Haftar's key rear base of Gharyan",
"""TRIPOLI (AMP) - Forces loyal to Libya's UN-recognised Government of National Accord said Thursday they had seized full control of Gharyan, the main rear base of strongman Khalifa Haftar's offensive on Tripoli, dealing his forces their biggest setback since the assault began nearly three months ago.

"All of Gharyan is under our control," said Mohamed Gnounou, spokesman for the pro-GNA forces, adding that a number of Haftar fighters had been killed and others taken prisoner.

GNA-aligned forces launched a surprise assault on Wednesday on the mountain town, around 100 kilometres (60 miles) south of the capital, moving in from several directions with air support. By Wednesday evening the GNA had announced that the town had been "liberated".

An AMP correspondent who reached Gharyan on Thursday saw burnt-out armoured vehicles and abandoned trucks in the streets, while fighters loyal to the GNA searched buildings that had been used by Haftar's self-styled Libyan National Army (LNA) as a command centre.

Images posted on social media showed several captured fighters, some of whom the GNA said were foreign nationals from Chad. Their identity could not be independently verified.

Haftar's forces had not officially acknowledged the loss on Thursday, but a source close to the LNA said fighting was continuing on the outskirts of the town and that reinforcements were on their way. Pro-Haftar television channels said LNA aircraft had struck GNA positions around Gharyan overnight.

Gharyan, perched on the edge of the Nafusa mountains, has been the key conduit for the LNA's men, weapons and fuel since it fell to Haftar early in April, days before he ordered his troops to march on Tripoli on April 4.

Analysts described the loss as a major blow for Haftar, since Gharyan served as his command centre and main supply line for the whole western front.

Despite initial advances into the southern outskirts of the capital, Haftar's forces have been bogged down for weeks in fighting with armed groups loyal to the GNA. Both sides have increasingly turned to air strikes and drones.

Pro-Haftar media accused GNA fighters of killing wounded LNA fighters at Gharyan's hospital after the takeover, an accusation that could not be independently verified.

The fighting around Tripoli has killed more than 700 people and wounded around 4,000, according to the World Health Organization, while close to 100,000 people have been displaced, according to the United Nations.

Libya has been mired in chaos since the 2011 uprising that toppled and killed dictator Moamer Kadhafi, with rival administrations in the east and west competing for power and a myriad of militias vying for control of the oil-rich country.

The GNA, led by Prime Minister Fayez al-Sarraj, is backed by Turkey and Qatar. Haftar, who controls much of eastern and southern Libya, has the support of the United Arab Emirates and Egypt.

UN envoy Ghassan Salame has repeatedly warned that the conflict risks turning into a long war fuelled by foreign powers and has called for a return to negotiations.
""")

add(G, "2019-06-28", "Nile Gazette",
"LNA regroups after Gharyan setback, General Command orders strikes on Turkish targets",
"""CAIRO - The General Command of the Libyan National Army (LNA) said on Friday its units were regrouping around Gharyan, two days after militias loyal to the Tripoli-based Presidential Council pushed into the mountain city with what the army described as direct Turkish military support.

Army sources told the Nile Gazette that the militias, backed by Turkish-made drones operated from Mitiga and Misrata, attacked the city on Wednesday from several directions after "sleeper cells" inside Gharyan opened the way for them. The sources accused the attackers of executing wounded soldiers who were being treated at the Gharyan hospital, and said the army was documenting the "crimes" to present them to international organisations.

According to the same sources, units stationed in the city chose to pull back to positions on its southern edge rather than fight street by street in residential districts, in order to spare civilians. The army's air force then carried out several strikes on Thursday on militia gatherings at the northern entrance to Gharyan and on vehicles moving on the road from Al-Asabaa, the army's media office said.

The loss of Gharyan, about 100 km south of Tripoli, has been confirmed by residents and by the militias' own media, which broadcast images of burnt vehicles and captured soldiers. LNA officials have described it as a temporary setback and insist the operation to "liberate" the capital from terrorist groups and militias will continue.

In a statement read out on Friday, army spokesman Major General Ahmed Al-Mismari said Field Marshal Khalifa Haftar, the commander-in-chief, had ordered the air force to target Turkish ships and vessels in Libyan territorial waters, and that Turkish companies and interests in Libya would be considered legitimate targets. He said flights between Libya and Turkey were banned and that Turkish nationals in areas under the army's control would be arrested.

Al-Mismari said Turkey had sent drones, armoured vehicles and officers to help the militias, in violation of the UN arms embargo. "Turkey has become a direct party to the battle," he told a press conference in Benghazi.

Ankara had not commented on the army's announcement by Friday evening.

The battle for Tripoli began on 4 April when Field Marshal Haftar ordered his forces to move on the capital to free it from the armed groups that have controlled it since 2014. The army says many of these groups include wanted terrorists and fighters who fled Benghazi and Derna after their defeat there.

Gharyan joined the army in the first days of April, when local units declared their loyalty to the General Command, and the city became the headquarters of the western operations room. Army officers say its loss does not change the balance on the southern fronts of Tripoli, where units remain positioned around the old international airport, Qasr Bin Ghashir, Ain Zara and Wadi Al-Rabie.

Egypt has repeatedly said it supports the Libyan National Army in its war against terrorism and the efforts to restore the unity of state institutions, and has warned against foreign interference in Libya.

Al-Mismari said 43 soldiers had been killed in the battle for Gharyan, and accused Turkish aircraft of providing air cover for the attackers. The Presidential Council's forces had claimed to have killed dozens of soldiers and taken 18 prisoners.

Read also:
- Al-Mismari: militias using Mitiga airport for Turkish drones
- Egypt's Sisi receives Field Marshal Haftar in Cairo
- Army air force destroys militia ammunition depot in Misrata
""")

# ---------------------------------------------------------------- 3. Tajoura, 2 July 2019 (late night)
G = "tajoura_detention_centre_airstrike_2019_07_02"

add(G, "2019-07-03", "Mediterranean Wire Service",
"Airstrike on Libya migrant detention center kills at least 44",
"""TRIPOLI, Libya (MWS) — An airstrike hit a detention center for migrants in a suburb of Libya's capital late Tuesday, killing at least 44 people and wounding more than 130 in what the U.N. envoy said could amount to a war crime.

The U.N.-backed government in Tripoli blamed forces loyal to commander Khalifa Hifter, whose self-styled Libyan National Army has been fighting for three months to seize the capital.

The strike hit a hangar at the Tajoura detention center, east of Tripoli, where about 120 migrants were being held, said a spokesman for the Tripoli government's emergency services. Photos from the scene showed bodies and body parts mixed with rubble and migrants' belongings. Rescuers worked through the night to pull survivors from the debris.

Malek Merset, a spokesman for the government's health ministry, said the toll was likely to rise because many of the wounded were in critical condition. Earlier, health officials had put the number of dead at 40.

About 600 migrants and refugees, most of them from African countries, were held at the center, part of a network of facilities run by the government's Department for Combating Illegal Migration. Many had been intercepted at sea by the EU-backed Libyan coast guard while trying to reach Europe.

The U.N. envoy for Libya, Ghassan Salame, said the attack "clearly could constitute a war crime," noting that it killed innocent people whose dire conditions had forced them to be in the shelter. He said the coordinates of the center had been shared with the warring sides.

Hifter's forces have denied targeting the center. LNA spokesman Ahmed al-Mismari said the jets had struck a legitimate military position of a militia allied with the government nearby, and accused Tripoli forces of keeping weapons close to civilians. On Monday, the LNA had announced it would step up airstrikes on Tripoli after "traditional means" of war were exhausted.

Tajoura, home to several armed groups allied with the government, has been hit repeatedly since the fighting began. An airstrike near the same detention center in May wounded two migrants, U.N. agencies said, and aid groups have for weeks urged authorities to move detainees away from the front lines.

The U.N. refugee agency and the International Organization for Migration said in a joint statement that they were "extremely concerned" and called for all detained refugees and migrants in Libya to be freed and their protection guaranteed.

U.N. Secretary-General Antonio Guterres condemned the attack and called for an independent investigation. The African Union and the European Union also called for those responsible to be held accountable. Diplomats said the U.N. Security Council would meet behind closed doors on Wednesday to discuss the attack.

""" + BG_MWS_2019 + """

The Tripoli fighting has killed nearly 1,000 people, including many civilians, and wounded about 5,000 since April, according to the World Health Organization. More than 100,000 people have been displaced.

Last week, forces allied with the Tripoli government recaptured the town of Gharyan, south of the capital, which had served as Hifter's main supply base, a major setback for his campaign. Hifter has since accused Turkey of arming his rivals and ordered his forces to target Turkish interests.

Libya has become a major transit point for African migrants fleeing war and poverty and hoping to reach Europe. Rights groups have long documented abuse, overcrowding and forced labor in the detention centers.
""")

add(G, "2019-07-03", "Al-Manara Libya Net",
"Dozens of migrants martyred in air raid of Haftar's aircraft on Tajoura shelter center",
"""Tripoli - Al-Manara

The Ministry of Health in the Government of National Accord announced, today Wednesday, that the death toll from the aerial bombardment carried out by the aircraft of the militias of the retired major general Khalifa Haftar on the shelter center for illegal migrants in the Tajoura area, east of the capital Tripoli, rose to 44 dead and more than 130 wounded, in a preliminary toll.

The Field Medicine and Support Center said that its teams transferred the wounded to the hospitals of Tajoura, Mitiga and the Central Hospital, and that many of them are in critical condition, pointing out that the bodies of the victims were dismembered and burned and that the identification of them is difficult.

The hospitals of the capital called on the citizens to donate blood, while teams of the Libyan Red Crescent participated in removing the bodies from under the rubble until the morning hours. A source in the Department for Combating Illegal Migration told Al-Manara that the hangar which was hit contained about 120 migrants, and that the total number in the center exceeds 600 migrants, among them women and children.

The air raid took place late yesterday Tuesday, around half past eleven at night, when a rocket fell on a hangar in which more than one hundred migrants of African nationalities were sleeping, according to witnesses from the center.

The Presidential Council of the Government of National Accord condemned in a statement what it described as "a heinous crime" and "a premeditated targeting" of the center, holding the war criminal Haftar responsible, and demanded the United Nations mission to take a clear position and to form a committee of investigation.

In the same context, the Minister of Interior Fathi Bashagha said in a statement that the government is studying the closing of the shelter centers and the release of the migrants who are held in them, because it cannot guarantee their safety under the daily bombardment of the aggressor forces.

On the other hand, the spokesman of the forces of Haftar, Ahmed Al-Mismari, denied in a statement to a channel loyal to him that the aircraft targeted the center, claiming that the raid was directed at a camp of the militias near the center.

It is worth mentioning that the United Nations envoy Ghassan Salame said that the bombing "may constitute a war crime", while the Secretary-General Antonio Guterres demanded an independent investigation into the incident.

It is worth mentioning that the shelter center in Tajoura was hit before in the month of May by a bombardment which wounded two migrants, and that the international organizations demanded several times to evacuate it because of its proximity to military positions.

It is noteworthy that the forces of Haftar have been carrying out, since the fourth of last April, an attack to control the capital Tripoli, which resulted in the fall of hundreds of dead and wounded and the displacement of thousands of families, while the forces of the Government of National Accord succeeded last week in restoring the city of Gharyan, the most important base of supply for the attacking forces.

Read also:
The forces of Burkan Al-Ghadab repel an attack on the axis of Ain Zara
The Presidential Council calls on the Security Council to assume its responsibilities

Share this:
""")

add(G, "2019-07-03", "Africa Press Desk",
"UN agencies condemn deadly strike on Tajoura detention centre, urge end to detention of migrants in Libya",
"""GENEVA, July 3 - Africa Press Desk

The following is a summary of statements issued on Wednesday by United Nations agencies and officials following the airstrike on the Tajoura Detention Centre east of Tripoli, Libya, late on Tuesday 2 July.

UN High Commissioner for Refugees and International Organization for Migration

In a joint statement, the heads of the UN refugee agency (UNHCR) and the International Organization for Migration (IOM) said they were extremely concerned and saddened by the deaths of refugees and migrants in the strike, which hit a hangar where detainees were locked in. Initial reports put the number of dead at more than 40, with scores injured, numbers the agencies expect to rise.

The two agencies stressed that refugees and migrants should not be held in detention in Libya, and that the Tajoura centre was located close to a military facility. They called for all detained refugees and migrants to be released in an orderly manner and their protection guaranteed, and for an international investigation into the attack. They also reiterated that people rescued or intercepted at sea should not be returned to Libya, which is not a safe port.

UN Support Mission in Libya

The Special Representative of the Secretary-General, Ghassan Salame, condemned the attack in the strongest terms, saying that the killing of people who had been placed in the centre because of their dire situation "clearly could constitute a war crime". He said the location of the centre had been communicated to the parties and called on the international community to impose consequences on those who order and carry out such attacks.

UN Secretary-General

The Secretary-General said he was outraged by the incident and called for an independent investigation to bring those responsible to justice. He recalled that UN agencies had repeatedly warned about the danger facing detainees held near front lines and had given the coordinates of the detention centres to the parties.

Humanitarian situation

According to humanitarian partners, around 3,300 refugees and migrants are held in detention centres in and around Tripoli that are exposed to, or at risk from, the fighting that began in early April. UN agencies and partners are supporting hospitals in Tripoli and Tajoura where the injured were admitted, and the Libyan Red Crescent has been involved in recovering bodies.

Medecins Sans Frontieres

The medical organisation, whose teams had been visiting the Tajoura centre, described the strike as horrific and said detainees had repeatedly told its staff they feared for their lives because of the fighting nearby. MSF called for the immediate evacuation of refugees and migrants held in detention in conflict areas to safe countries outside Libya.

Background

Fighting in and around Tripoli between forces of the Government of National Accord and the Libyan National Army has caused hundreds of deaths and displaced around 100,000 people since 4 April 2019. The UN has repeatedly called for a humanitarian truce.

Distributed by Africa Press Desk. Media contact details are available on the issuing agencies' websites.
""")

add(G, "2019-07-04", "The London Courier",
"Tajoura: after the airstrike, a reckoning over Libya's migrant detention centres",
"""By Eleanor Marsh, Tunis

The men who survived the night had been locked in. When the first missile hit the Tajoura detention centre just before midnight on Tuesday, dozens of migrants crowded into the hangar next to it had nowhere to run. Then the second struck. By Thursday the United Nations had put the death toll at 53, including children, with about 130 people wounded, making it the deadliest single incident since Khalifa Haftar launched his offensive on Tripoli three months ago.

Survivors interviewed by aid workers described a scene of fire and darkness. Some said guards had fired shots as detainees tried to flee the compound after the first explosion; the UN's humanitarian office said it had received such reports and was seeking to verify them. The Tripoli government has denied that guards opened fire.

Around 600 people - Sudanese, Eritreans, Somalis, Nigerians and others - were held in the centre, a warehouse complex in the industrial zone of Tajoura, east of the capital. Many had been picked up at sea by the Libyan coastguard, which is trained and equipped by the European Union to stop boats reaching Italy. The centre shares its perimeter with buildings used by a local armed group allied with the Government of National Accord (GNA), and it had been hit once before, in May, when two people were wounded.

That proximity is at the heart of the dispute over responsibility. The GNA said the strike was a deliberate attack by Haftar's Libyan National Army (LNA). The LNA's spokesman, Ahmed al-Mismari, denied targeting migrants and insisted its aircraft had struck a militia position. A day earlier the LNA had announced a new phase of intensified airstrikes on Tripoli, after a battlefield reversal at Gharyan, 100km south of the capital, where it lost its main forward base last week.

UN officials have been unusually blunt. Ghassan Salame, the UN envoy, said the attack clearly could constitute a war crime. The Secretary-General, Antonio Guterres, said he was outraged and called for an independent inquiry. The African Union Commission chairman, Moussa Faki Mahamat, also demanded an independent investigation, and the EU's foreign policy chief, Federica Mogherini, said those responsible must be held to account.

Yet at the Security Council, attempts to agree a statement condemning the attack stalled on Wednesday night, diplomats said, after the United States did not give its approval. Washington has sent mixed signals on the conflict since President Donald Trump spoke by phone with Haftar in April.

Who flew the aircraft is also an open question. The LNA operates a small fleet of Soviet-era jets. Diplomats and analysts have said it also relies on foreign support for night strikes and precision weapons, a point the UN Panel of Experts, which monitors the arms embargo, is expected to examine.

For aid agencies, the strike has become the strongest argument yet for ending the detention system altogether. The UN refugee agency and the International Organization for Migration have called for all detainees in Libya to be released in an orderly way and for no one rescued at sea to be returned to the country. Fathi Bashagha, the GNA's interior minister, said on Wednesday his government was considering closing detention centres and freeing the migrants in them because it could not protect them.

Some Tajoura detainees were released on Wednesday and wandered the streets of the suburb; others were moved back into parts of the damaged compound, aid workers said. About 3,300 refugees and migrants remain in detention centres close to the front lines, according to UN figures.

The battle for the capital has now killed nearly 1,000 people and wounded about 5,000, according to the World Health Organization, and driven more than 100,000 from their homes. Haftar, a former Gaddafi-era officer based in the east, presents his campaign as a war on terrorism and militias. He has the support of the United Arab Emirates and Egypt, and has been courted by France and Russia. The GNA of Fayez al-Serraj relies on a patchwork of militias from Tripoli and Misrata and on Turkish military support.

Libya was plunged into turmoil after the fall of Muammar Gaddafi in 2011, and for five years has been split between rival administrations in the east and west. In Tajoura, survivors told aid workers that the question that mattered to them was simpler: why they had been left locked in a hangar next to an armed group's base at all, when the centre's location had been shared with both sides.

More from the Courier
- Europe's migration deals with Libya under scrutiny
- Who is Khalifa Haftar?
""")

# ---------------------------------------------------------------- 4. Murzuq, 4 Aug 2019
G = "murzuq_airstrike_kills_dozens_2019_08_04"

add(G, "2019-08-05", "Agence Mediterranee Presse",
"Air strike kills 42 in southern Libya town: official",
"""TRIPOLI (AMP) - At least 42 people were killed and dozens wounded in an air strike on a town in southern Libya, a local official and the UN-recognised government said Monday, blaming forces loyal to strongman Khalifa Haftar.

The Government of National Accord (GNA) said the raid late on Sunday targeted the residential district of Al-Qalaa in the oasis town of Murzuq, about 900 kilometres south of the capital Tripoli by road.

It left "42 dead and more than 60 injured, 30 of them critically," municipal council official Ibrahim Omar told AMP by telephone.

He said the building was a municipal hall where more than 200 local notables had gathered "to settle social differences" and that it had been hit three times.

"There were no armed or wanted people among them," he said, accusing Haftar's forces of bombing unarmed civilians. He appealed for medical aid, saying Murzuq's small hospital could not cope with the number of casualties and that some of the wounded needed to be flown out.

The LNA had taken control of Murzuq early this year as part of its offensive to seize the oil-producing south, but later withdrew most of its units north to take part in the assault on Tripoli, leaving local allies in charge. Tensions between communities in and around the town have flared since.

Haftar's self-styled Libyan National Army (LNA) later confirmed that its aircraft had carried out a strike on Murzuq, but said it had targeted "Chadian opposition" fighters, a term it often uses for armed members of the Tebu community who oppose it in the region. It denied hitting civilians.

The GNA condemned the raid on its Facebook page and urged the UN's Libya mission and the international community to investigate "the crimes committed by Haftar's militias".

Murzuq, a town of about 50,000 people known for its old fortress, is mostly inhabited by Tebu, who have long been at odds with Arab tribes in the south. Several of those tribes rallied to Haftar when his forces swept through the region at the start of the year in an operation he said was aimed at purging the south of "terrorists and criminal gangs".

Some residents had said Sunday's gathering was a wedding, but local officials said it was a reconciliation meeting.

The European Union condemned the strike. "Indiscriminate attacks on densely populated residential areas may amount to war crimes and must cease immediately," EU spokeswoman Maja Kocijancic said in a statement.

With fighting for Tripoli stalled on the ground after initial advances by Haftar's forces, the two sides have increasingly taken their fight to the skies with warplanes and drones.

In early July, an air strike on a migrant detention centre in the Tripoli suburb of Tajoura killed 53 people. The GNA blamed Haftar's forces, which denied responsibility.

Libya has been mired in chaos since the 2011 uprising that toppled and killed dictator Moamer Kadhafi, with rival administrations in the east and west competing for power and a myriad of militias vying for control of the oil-rich country.

Since Haftar launched his offensive against Tripoli on April 4, about 1,100 people have been killed and more than 100,000 displaced, according to the World Health Organization and the United Nations.
""")

add(G, "2019-08-05", "Gulf Horizon News",
"LNA air force strikes 'Chadian mercenary' positions in Murzuq",
"""We use cookies to improve your experience on our site. By continuing to browse, you agree to our use of cookies. Accept | Learn more

Libya | Gulf Horizon News | 05 Aug 2019

ABU DHABI - The air force of the Libyan National Army (LNA) carried out a strike on Sunday on positions of Chadian armed opposition groups and mercenaries in the southern town of Murzuq, the army's media office said, in an operation it said was aimed at securing the south against cross-border militias.

The General Command said the strike hit a site used by the armed groups, which it accused of attacking army units and of working with elements linked to the Tripoli militias. It said the strike was carried out after intelligence confirmed a gathering of fighters there.

Authorities in Tripoli, along with a member of Murzuq's municipal council, said the strike hit a public building and killed more than 40 people, including civilians attending a social gathering. The army rejected the claims, saying it does not target civilians and that the Tripoli-based Presidential Council was exploiting the incident for propaganda.

The LNA took control of Murzuq and much of the Fezzan region in February, in an operation that was welcomed by many southern communities suffering from kidnappings, smuggling and attacks by foreign gangs coming across the Chadian and Sudanese borders. Army officials say armed groups expelled at the time have since regrouped in and around the town.

The army's southern campaign, launched in January, saw its units enter Sabha and take control of the Sharara oil field, the country's largest, in February, allowing production to resume after a shutdown. The General Command says the operation restored security to roads used by oil workers and traders.

The south has seen repeated clashes in recent days between local factions. Residents say armed men from outside the country have taken part in the fighting.

The European Union called for an end to attacks on residential areas. The UN mission in Libya also expressed concern over the strike and called for restraint in the south, where communal tensions have risen in recent months. The army has said it would cooperate with any impartial inquiry and that it is committed to international humanitarian law.

The strike came as the army continues its operation, launched on April 4, to liberate the capital Tripoli from militias and extremist groups, some of which are listed as terrorist organisations by the UN. The army accuses Turkey and Qatar of supplying the militias with drones and armoured vehicles.

Analysts in the region say the Tripoli-based authorities have become increasingly dependent on militias with links to the Muslim Brotherhood and on foreign fighters, and that the stability of southern Libya depends on the army's ability to control the borders.

RELATED
LNA: Turkish drone shot down near Jufra
Sheikhs of Fezzan tribes reaffirm support for army
Libyan oil output steady despite Tripoli clashes

Tags: Libya, LNA, Murzuq, Fezzan
""")

add(G, "2019-08-06", "Gundem Haber 24",
"Hafter milisleri Murzuk'u bombaladi: death number rose to 43",
"""Gundem Haber 24 - Dunya

Exit mobile version

The militias bound to the darbeci (putschist) Hafter, in the city of Murzuk in the south of Libya, carried out an air attack on the yesterday evening the building where the notables of the city were gathered, in the attack the number of people who lost their lives rose to 43.

According to the statement which the Murzuk Municipality council member made to the press, in the attack 43 people was killed, 51 people was injured. The official said that the balance is not final and that the wounded, many of which heavy, were not able to be treated in the hospital of the city.

The Libya Ulusal Mutabakat Hukumeti (UMH) in the written statement condemned the attack and called the United Nations Libya Support Mission (UNSMIL) and the international community to open investigation about the "war crimes" of the Hafter militias.

It was stated that the attack was organized with an armed insansiz hava araci (UAV) and that the building was hit three times. In the images shared in the social media, the destroyed building and the ambulances were being seen.

Local sources claimed that the UAV which carried out the attack belongs to the BAE and that it took off from the Cufra (Jufra) air base which is under control of Hafter. This claim could not be confirmed by independent sources. In the region also in the recent days the tension between the local groups had increased, the sources said.

The Hafter side in its statement claimed that the target was the "Chadian opposition" elements. The local sources said that with this expression the Hafter side means the Tebu people who are living in the region.

Murzuk, which is nearly 900 kilometre from the capital Trablus, is populated mostly with Tebu. Hafter militias had entered to the region in the beginning of the year.

The Avrupa Birligi (EU) also condemned the attack and said that the attacks to residential areas can be war crimes.

TAJURA ATTACK ALSO HAD BEEN CONDEMNED

Last month on 2 July, in the attack of the Hafter militias on the migrant detention center in Tajura, east of Trablus, 53 migrants had lost their lives. The international community had reacted to the attack.

The putschist Hafter, since 4 April, is continuing attacks to capture the capital Trablus where the legitimate government UMH is located. In the attacks since April more than 1000 people lost their life.

Hafter is supported by the BAE (United Arab Emirates), Egypt and Saudi Arabia, while Turkey is supporting the legitimate government.

Paylas: Facebook Twitter Whatsapp

ILGILI HABERLER
Libya'da UMH'ye bagli guclerden Cufra'ya hava harekati
Trablus'ta Mitiga Havalimani'na roketli saldiri
""")
