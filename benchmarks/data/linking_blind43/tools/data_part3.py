# Set 43 article texts, part 3: July - September 2019 events.
from data_part1 import MWS_BOILER

ARTICLES_3 = [
# ---------------------------------------------------------------- E10 Tajoura July 2
("tajoura_migrant_centre_airstrike_2019_07_02", "2019-07-03", "Mediterranean Wire Service",
"Air strike on migrant detention centre near Tripoli kills at least 40",
"""TRIPOLI (MWS) - An air strike hit a detention centre for migrants in a suburb of the Libyan capital late on Tuesday, killing at least 40 people and wounding about 80, health officials said, in one of the deadliest incidents since eastern forces began their offensive on Tripoli three months ago.

The hangar that was hit at the Tajoura detention centre, east of the city centre, held around 120 migrants, mostly Africans, an official at the centre said. Rescue workers pulled bodies from the rubble through the night, and hospitals in Tripoli appealed for blood donations.

The UN-backed Government of National Accord (GNA) blamed the strike on the Libyan National Army (LNA) of Khalifa Haftar, calling it a premeditated massacre and a war crime. The LNA denied responsibility, saying it had struck a nearby militia position and accusing Tripoli-allied forces of shelling the centre.

On Monday the LNA said it would step up air strikes on targets in Tripoli after "traditional means" of warfare had been exhausted, following the loss last week of its forward base in Gharyan.

The UN mission in Libya (UNSMIL) later put the toll at no fewer than 44 dead and more than 130 seriously injured. It said the facility, which hosts around 600 migrants and refugees, had been attacked once before, and that the strike could constitute a war crime. The UN refugee agency UNHCR said civilians should never be a target and called for detained migrants to be released.

Thousands of migrants picked up at sea by the EU-backed Libyan coast guard are held in detention centres around Tripoli, some of them close to the front lines. Aid groups have long called for the centres to be closed.

""" + MWS_BOILER),

("tajoura_migrant_centre_airstrike_2019_07_02", "2019-07-03", "Gulf Eye News",
"Libyan army denies targeting Tajoura shelter, says militias shelled it after precise strike on Daman camp",
"""Benghazi - Gulf Eye News

The General Command of the Libyan National Army on Wednesday categorically denied targeting the migrant shelter in Tajoura, east of Tripoli, saying its air force had carried out a precise strike on ammunition stores at a militia camp in the area and accusing the militias of then shelling the shelter to fabricate a massacre and mislead public opinion.

The media centre of the Karama operations room said that after the precision strike on the ammunition depots at the Daman camp, the militias fired mortars at the illegal migration centre, as they have done before, in search of a pretext. It said satellite imagery and the type and angle of the explosion would prove who was responsible.

Army spokesman Major General Ahmed al-Mismari said the army was not responsible for the attack on the centre, and blamed the Tripoli government. Another army official, General Khaled al-Mahjoub, said the militias had been using the site for military purposes and may have kept the migrants there as human shields, adding that the army's orders were never to target public or civilian institutions.

The army had earlier warned residents of Tripoli to stay away from militia headquarters and camps, after announcing on Monday the start of a new phase of air operations following the treachery in Gharyan.

The United Nations mission said at least 44 people were killed and more than 130 injured. The Tripoli government immediately blamed the army, without waiting for any investigation, and its interior minister claimed foreign aircraft had carried out the strike.

Army sources have repeatedly said that militias in Tajoura and at Mitiga air base store weapons in civilian areas and that Turkish drones operate from Mitiga, turning residential districts into military zones.

We use cookies to personalise content and ads. Cookie settings | Accept all"""),

("tajoura_migrant_centre_airstrike_2019_07_02", "2019-07-04", "Euro-Med Observer",
"Tajoura massacre lays bare Europe's Libya dilemma",
"""By Marco Zanetti

The bodies were still being counted on Wednesday when the arguments began. An air strike late on Tuesday tore through a hangar at the Tajoura detention centre on the eastern edge of Tripoli, where some 120 migrants and refugees had been locked up. The UN mission in Libya said at least 44 people were killed and more than 130 badly injured, and officials warned the toll would rise.

Tripoli's government blamed Khalifa Haftar's Libyan National Army, which on Monday had announced a new air campaign over the capital. Haftar's spokesmen denied it, saying their jets had struck a militia ammunition depot nearby and that the centre had been hit by shelling from the other side. UN envoy Ghassan Salamé said the attack could clearly constitute a war crime. Ankara, the Tripoli government's main foreign backer, also called it a war crime and demanded an international investigation.

At the UN in New York, the Security Council met behind closed doors on Wednesday but, diplomats said, could not agree a statement condemning the attack after the United States did not sign off on the text.

For European governments the strike is more than a tragedy; it is an indictment. Since 2017 the European Union, and Italy above all, have funded and trained the Libyan coast guard to intercept boats in the Mediterranean and return those on board to Libya, where many end up in detention centres like Tajoura. The UN refugee agency and the International Organization for Migration have repeatedly warned that the centres near the front line are death traps and must be emptied. Tajoura itself had been hit before, in May.

Around 600 people were being held at the facility. Survivors told aid workers they had nowhere to go.

The fighting around Tripoli began on April 4, when Haftar ordered his forces to take the capital. After his defeat in Gharyan last week, analysts had warned that the LNA would rely more heavily on air power, with drones supplied, according to UN experts, by foreign backers."""),

("tajoura_migrant_centre_airstrike_2019_07_02", "2019-07-04", "Libya Now 24",
"The Presidential Council demands an international investigation into the crime of Tajoura and accuses Haftar",
"""Libya Now 24 - The Presidential Council of the Government of National Accord renewed its demand for an urgent international fact-finding committee in the crime of targeting the shelter of illegal migrants in Tajoura, which was hit with an air raid in the late hours of the night of the day before yesterday Tuesday.

And the Council had described, in a statement issued at dawn yesterday Wednesday, the targeting as a heinous crime executed by aircraft belonging to the war criminal Khalifa Haftar, and called on the United Nations mission to condemn it clearly.

For his part, the Minister of Interior Fathi Bashagha said that the raid was carried out by foreign aircraft, in reference to support of some states to Haftar.

The United Nations Support Mission in Libya announced that the number of dead reached no less than 44 and more than 130 injured, and the UN envoy Ghassan Salamé said that this attack can constitute a war crime, since it killed by surprise innocent people whose difficult conditions forced them to be in this shelter.

Read also: The African Union demands an independent investigation into the bombing of the Tajoura shelter

In the same context, the chairman of the African Union Commission Moussa Faki Mahamat called for an independent investigation to determine the responsibility, and for the protection of the civilians and migrants.

It is worth mentioning that the forces of Haftar denied its responsibility on the bombing, and said that it targeted a camp belonging to the militias near the shelter.

It is worth mentioning that the shelter of Tajoura had been exposed to a previous shelling in May, and it hosts around 600 migrants, according to the United Nations.

Read also: The Turkish Foreign Ministry: the targeting of Tajoura is a war crime"""),

# ---------------------------------------------------------------- E11 Erdogan-Sarraj meet Istanbul July 5
("erdogan_sarraj_meet_istanbul_2019_07_05", "2019-07-05", "Bosphorus News Agency",
"President Erdoğan receives Libya's Sarraj in Istanbul, reaffirms support for legitimate government",
"""ISTANBUL (BNA) - President Recep Tayyip Erdoğan on Friday received Fayez al-Sarraj, head of Libya's UN-recognised Government of National Accord (GNA), at the Dolmabahçe Presidential Office in Istanbul, presidential sources said.

During the meeting, held closed to the press, the two leaders discussed bilateral relations between Türkiye and Libya, the latest developments in the North African country and regional issues.

Erdoğan reiterated Türkiye's support for Sarraj and for the legitimate government in efforts toward peace and stability in Libya, and called for an end to the attacks of the illegal militia loyal to putschist Khalifa Haftar, the sources said.

The visit came days after the deadly air strike on a migrant detention centre in Tajoura, east of Tripoli, which Ankara described as a war crime, and the release on Monday of six Turkish citizens who had been held by Haftar's militia following threats against Turkish ships, companies and nationals.

Speaking to journalists on Thursday on his return from a visit to China, Erdoğan said the United Nations' interlocutor in Libya was Sarraj and that Haftar was acting like a pirate. He noted that he had never met nor spoken to Haftar and that all of Türkiye's contacts had been with Sarraj.

Erdoğan and Sarraj last spoke on April 28 by telephone, when the president pledged to use all of Türkiye's means against the conspiracy targeting Libya. Sarraj previously visited Türkiye in March.

Haftar's militia launched a campaign on April 4 to take Tripoli but has failed to achieve its goal, and last week lost the strategic city of Gharyan to government forces.

Libya has remained beset by turmoil since 2011, when a NATO-backed uprising led to the ouster and death of Muammar Gaddafi."""),

("erdogan_sarraj_meet_istanbul_2019_07_05", "2019-07-06", "Haber Pusulası",
"Cumhurbaşkanı Erdoğan received Libya's Serrac in Dolmabahçe",
"""Haber Pusulası | Politics | 6 Temmuz 2019

Cumhurbaşkanı Recep Tayyip Erdoğan, the President of the Presidency Council of Libya National Accord Government (UMH) Fayiz es-Serrac received in Dolmabahçe Çalışma Ofisi yesterday (5 Temmuz Cuma).

The meeting was closed to the press. In the meeting Turkey-Libya bilateral relations, the last developments in Libya and regional subjects were evaluated, Cumhurbaşkanlığı sources said.

Erdoğan expressed that Turkey will continue to give support to Serrac for the peace and stability of Libya, and called to stop the attacks of the illegal militias bound to darbeci Hafter.

Erdoğan on Thursday answering the questions of journalists in the plane while returning from China, said "Hafter is acting like a pirate", and that he never met with Hafter and all their meetings were with Serrac.

In the last days Hafter militias kept 6 Turkish citizens in the east of Libya, and released them on 1 Temmuz Pazartesi after the strong warning of Ankara. On 2 Temmuz night in Trablus, Tacura göçmen merkezi was hit by airstrike and more than 40 migrants died. Dışişleri Bakanlığı described the attack as war crime.

Serrac and Erdoğan had made a telephone conversation on 28 Nisan. Serrac made a visit to Ankara on 20 Mart also.

Etiketler: Erdoğan, Serrac, Libya, Hafter, Dolmabahçe

Exit mobile version"""),

("erdogan_sarraj_meet_istanbul_2019_07_05", "2019-07-06", "Libya Horizon",
"Al-Sarraj meets Erdogan in Istanbul, discusses aggression on Tripoli and Tajoura crime",
"""Istanbul - Libya Horizon

The Chairman of the Presidential Council of the Government of National Accord, Fayez al-Sarraj, met on Friday in Istanbul with the Turkish President Recep Tayyip Erdogan,.

According to the media office of the Presidential Council, the meeting dealt with the latest developments in Libya in light of the continuing aggression on the capital, the bilateral relations between the two countries, and ways of strengthening cooperation.

Al-Sarraj briefed the Turkish President on the situation on the front lines after the liberation of Gharyan, and on the crime of targeting the migrants' shelter in Tajoura, which the Presidential Council holds the war criminal Haftar responsible for. He renewed his demand that the international community assume its responsibilities and send a fact-finding mission.

President Erdogan affirmed his country's continued support for the legitimate government and for the Libyan people, and called for an end to the attacks launched by Haftar's forces, according to the Turkish presidency.

The visit comes after a week of tension in which Haftar's forces threatened to target Turkish ships, companies and citizens in Libya and detained a group of Turkish sailors before releasing them under pressure from Ankara.

Erdogan had expressed in a phone call with al-Sarraj at the end of April his country's rejection of the attack on the capital.

Related Articles
Volcano of Rage: aggressor's reinforcements targeted south of Aziziya
Bashagha: we are studying closure of migrant shelters near front lines"""),

# ---------------------------------------------------------------- E12 Mitiga rocket Aug 24
("mitiga_rocket_attack_hajj_flights_2019_08_24", "2019-08-24", "Mediterranean Wire Service",
"Rocket hits Tripoli airport as flights with pilgrims land",
"""TRIPOLI (MWS) - Flights were suspended at Mitiga airport, the only functioning airport in Libya's capital, on Saturday after a rocket struck as two civilian flights were landing, airport authorities said.

One was a Buraq Air flight from Istanbul and the other a Libyan Airlines plane from Medina in Saudi Arabia carrying more than 200 passengers, including pilgrims returning from the hajj, the airport said on its Facebook page. There were no immediate reports of casualties.

Flights resumed around midday after a pause of several hours.

""" + MWS_BOILER),

("mitiga_rocket_attack_hajj_flights_2019_08_24", "2019-08-25", "NewsHub247",
"Libya: Mitiga airport hit by rocket as hajj flight lands, flights halted",
"""[ad_1]

NewsHub247 - Africa

Air traffic at Tripoli's Mitiga airport was halted for several hours on Saturday after a rocket landed at the facility just as two passenger aircraft were touching down, one of them carrying Libyan pilgrims home from Mecca.

The airport administration said the strike came as a Buraq Air flight from Istanbul and a Libyan Airlines flight from Medina, with more than 200 people on board, were on approach. Operations were suspended "until further notice" before resuming around noon.

No group claimed the attack, but the Tripoli-based Government of National Accord (GNA) blamed forces loyal to eastern commander Khalifa Haftar, whose Libyan National Army (LNA) has repeatedly targeted the airport since launching its offensive on the capital in April. The LNA says Mitiga's military side is used to launch Turkish-made drones against its troops.

The airport was already hit on August 11, the first day of Eid al-Adha, despite a humanitarian truce both sides had accepted at the UN's request for the holiday. The truce was also overshadowed by a car bomb in Benghazi on August 10 that struck a UN convoy.

Earlier this month, an air strike on the southern town of Murzuq killed dozens of people, according to local officials, in one of the deadliest single incidents of the war. In July, more than 50 migrants were killed in a strike on the Tajoura detention centre east of Tripoli.

UN envoy Ghassan Salamé has warned that attacks on civilian infrastructure, including airports, may amount to war crimes.

Mitiga, a former air base, has served as Tripoli's main airport since the international airport south of the city was destroyed during fighting in 2014.

Related Articles
Libya: UN envoy urges return to talks after Eid truce collapses
Turkey's Erdogan vows continued support for Tripoli government

Share this:
Twitter
Facebook
Like this:
Like Loading...

[ad_2]
Source link"""),

("mitiga_rocket_attack_hajj_flights_2019_08_24", "2019-08-25", "Libya Horizon",
"Haftar's rockets target Mitiga as pilgrims' plane lands, air traffic suspended",
"""Tripoli - Libya Horizon

The forces of the aggressor Khalifa Haftar targeted Mitiga International Airport with a Grad rocket on Saturday morning, at the moment a plane carrying Libyan pilgrims returning from the holy lands was landing, in a new crime against civilians and the only air outlet of the capital.

The airport administration said the rocket fell inside the airport grounds as a Libyan Airlines flight coming from Medina and a Buraq Air flight from Istanbul were landing, causing panic among passengers and forcing the suspension of air traffic for several hours. Traffic later resumed.

The Ministry of Transport in the Government of National Accord condemned the attack and said the repeated targeting of Mitiga endangers the lives of thousands of travellers, pilgrims and patients travelling for treatment abroad.

This is not the first attack on the airport. Haftar's aircraft bombed Mitiga on April 8, days after the start of the aggression, and the airport was shelled on the morning of Eid al-Adha on August 11, in violation of the truce announced by the United Nations mission and accepted by the government.

The Presidential Council has repeatedly called on the United Nations mission to name the party responsible for attacks on civilian facilities, and demanded that the Security Council impose sanctions on those who order them."""),

# ---------------------------------------------------------------- E13 Mitiga shelling Sept 1
("mitiga_shelling_pilgrims_injured_2019_09_01", "2019-09-01", "Libya Now 24",
"Four injured, among them three pilgrims, in the bombing of Mitiga airport at dawn today",
"""Libya Now 24 - The head of the media department in the Ministry of Health, Wedad Abu al-Niran, confirmed today Sunday the injury of four citizens, among them three pilgrims, with wounds, and 30 pilgrims were exposed to fainting and rise in the pressure and sugar as a result of the panic, after the bombing of Mitiga airport at dawn today.

And the airport said, for its part, that the bombing caused the hitting of the airplane which was carrying the pilgrims, and the damage of the infrastructure of the airport.

And the head of the Presidential Council, Fayez al-Sarraj, had inspected the airport with a number of officials after the bombing happened.

Read also: Suspension of flights in Mitiga and transfer of flights to Misrata airport until further notice

The administration of the airport announced the suspension of air traffic and the transfer of all the flights to Misrata International Airport, until further notice.

It is worth mentioning that Mitiga airport was exposed on Saturday of last week to a rocket which fell during the landing of a plane coming from Medina carrying pilgrims, and another coming from Istanbul, which caused the suspension of the flights for hours.

It is worth mentioning that the airport was targeted several times since the start of the attack of the forces of Haftar on the capital on the fourth of April, and the Government of National Accord accuses these forces of targeting it, while the forces of Haftar say that it is used for military purposes.

Read also: The UN mission condemns the targeting of Mitiga and considers it a violation of international humanitarian law"""),

("mitiga_shelling_pilgrims_injured_2019_09_01", "2019-09-02", "Nile Gazette",
"Army: Mitiga is a militia base for Turkish drones, not a civilian airport",
"""Cairo - Nile Gazette

Sources in the Libyan National Army said on Monday that Mitiga air base in Tripoli is a legitimate military target because the militias and Turkish experts use it to launch drones against army positions and civilians in the areas under army control, after the Tripoli government announced the closure of the airport following early-morning shelling on Sunday.

The General Command did not comment directly on Sunday's shelling. The health ministry of the Tripoli government said four people were injured, including three pilgrims returning from the hajj, and that a plane carrying pilgrims had been damaged. The airport administration announced that all flights would be moved to Misrata until further notice.

Army spokesman Major General Ahmed al-Mismari has repeatedly warned civilian airlines against using Mitiga, saying the militias deliberately mix military and civilian traffic to use passengers as human shields. He has said that hangars at the base contain Turkish drones and ammunition depots, and that the army's air force has destroyed several of them.

Military sources said the Sarraj government was exploiting the presence of pilgrims to mislead international public opinion, as it did after a rocket landed at the airport on August 24.

The army, which launched its operation to free Tripoli from the terrorist militias on April 4, says its battle is against the Turkish occupation and the extremist groups that control the capital, and that it is committed to protecting civilians.

Observers noted that Ankara has continued to send drones and weapons to the militias despite the UN arms embargo, since the first shipment of Turkish armoured vehicles arrived at Tripoli port in May.

Share this:
Facebook
Twitter"""),

("mitiga_shelling_pilgrims_injured_2019_09_01", "2019-09-02", "MENA Daily Briefing",
"Morning briefing: Tripoli's Mitiga airport shut after pilgrims hurt; Hezbollah-Israel fire exchange; Dorian hits Bahamas",
"""MENA Daily Briefing - Monday 2 September 2019

LIBYA - Mitiga airport closed after dawn shelling wounds returning pilgrims

Tripoli's only working airport is closed until further notice after shells struck Mitiga at dawn on Sunday, wounding four people including three pilgrims who had just returned from the hajj, according to the health ministry of the UN-backed Government of National Accord. About 30 other pilgrims were treated for shock. The airport said an aircraft that had carried pilgrims was hit and infrastructure damaged. All flights have been diverted to Misrata, more than 200km to the east.

Prime Minister Fayez al-Sarraj visited the airport after the attack. The government blamed the forces of Khalifa Haftar, which have been trying to capture Tripoli since April and have repeatedly targeted Mitiga, saying its military section hosts drones. A week earlier, on August 24, a rocket landed at the airport as a flight carrying pilgrims from Medina was landing, forcing a halt of several hours. The UN mission has condemned attacks on the airport.

ISRAEL/LEBANON - Cross-border fire

Hezbollah fired anti-tank missiles at an Israeli army post and vehicles near the border on Sunday, and Israel responded with artillery fire on southern Lebanon. Both sides later appeared to step back from further escalation. The exchange followed a drone incident in Beirut's southern suburbs last week.

CARIBBEAN - Hurricane Dorian

Hurricane Dorian made landfall in the northern Bahamas on Sunday as a Category 5 storm, with sustained winds near 185 mph, causing catastrophic damage in the Abaco Islands.

Sign up to receive the MENA Daily Briefing in your inbox every morning."""),
]
