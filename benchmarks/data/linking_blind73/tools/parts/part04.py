G = "airport_road_field_hospital_airstrike_2019_07_27"

ARTICLES = [
dict(group=G, published="2019-07-28", outlet="Continental Press Agency",
title="Air raid on Tripoli field hospital kills five medics",
text="""
Tripoli (CPA) - An air strike on a field hospital south of the Libyan capital killed five medical workers and wounded seven other people, including rescuers, the health ministry of the UN-recognised Government of National Accord (GNA) said Sunday.

"The field hospital located on the airport road was hit by an air raid," ministry spokesman Amin al-Hashemi said, blaming a warplane of forces loyal to military strongman Khalifa Haftar for Saturday evening's attack. He said those killed were doctors and paramedics, and that ambulances parked at the site were damaged.

Haftar's self-styled Libyan National Army (LNA) acknowledged carrying out a raid on the site, which it said was being used as cover by "terrorists" to avoid being targeted. Its spokesman Ahmed al-Mismari later told a press conference in Benghazi that the dead were not doctors but medical students, some of whom he said had links to the Muslim Brotherhood.

The field hospital, set up in a residential compound near the disused Tripoli international airport, treated fighters and civilians wounded in the battles on the southern edge of the city. The area has been one of the most hotly contested since Haftar's forces launched their assault on the capital on April 4.

Doctors in Tripoli said the dead included young physicians who had volunteered to work at the front, where field hospitals stabilise the wounded before they are moved to hospitals in the city.

It was at least the third time a medical facility in the Tripoli area had been hit in recent weeks. On July 16, the health ministry said three ambulance drivers and a paramedic were wounded when a strike hit a field hospital in the Swani area, and in early June two field hospitals, in Swani and Ain Zara, were shelled on the same evening.

The World Health Organization says it has recorded dozens of attacks on health care in Libya this year, and ambulances have repeatedly been hit while evacuating wounded fighters and civilians from front-line areas around Ain Zara, Wadi Rabie and the airport road. Medical workers in Tripoli have staged protests demanding protection, and some field hospitals have moved further from the front.

Under international humanitarian law, medical facilities and personnel are protected unless they are used to commit acts harmful to the enemy, and even then only after a warning has been given.

The fighting for Tripoli has killed more than 1,000 people and wounded over 5,000, according to the World Health Organization, while more than 100,000 have been forced from their homes.

Earlier this month, an air strike on a migrant detention centre in the Tajoura suburb killed 53 people, an attack the UN said could constitute a war crime. The GNA blamed Haftar's forces, which denied responsibility.

UN envoy Ghassan Salame is due to brief the Security Council on Monday on the situation in Libya.

Libya has been torn by violence since the 2011 uprising that toppled and killed longtime dictator Moamer Kadhafi.
"""),

dict(group=G, published="2019-07-29", outlet="UN Humanitarian Digest",
title="WHO: five medical staff killed in latest attack on health facilities in Tripoli",
text="""
NEWS RELEASE | World Health Organization, Libya country office | Tripoli, 28 July 2019

The World Health Organization strongly condemns yesterday's attack on a field hospital in the south of Tripoli, in which five health workers were killed and eight were injured. The hospital was damaged and has been forced to suspend its services.

This is the latest of dozens of confirmed attacks on health care in Libya this year. Since 1 January 2019, WHO's Surveillance System for Attacks on Health Care has recorded 37 attacks on health facilities, in which 11 health workers have been killed and 33 health workers and patients have been injured across the country.

Although WHO has repeatedly condemned such incidents, they continue unabated. Attacks on health care are a grave violation of international humanitarian law. Their consequences are immediate and devastating: lives are cut short, people are severely injured, and thousands more are deprived of access to essential health services at the moment they need them most.

The WHO Representative in Libya, Elizabeth Hoff, called the attack deplorable and the latest in a series of violations targeting health facilities. She said the armed conflict in Tripoli continues to take a heavy toll on health workers, and that the very people who have dedicated their lives to saving others are themselves being killed.

WHO calls on all parties to the conflict to respect and protect health workers, ambulances and health facilities at all times, and reminds them that medical personnel and facilities must never be a target.

Since the beginning of the hostilities in and around Tripoli on 4 April, WHO has deployed surgical teams and supplied trauma kits and medicines to hospitals treating the wounded. Several hospitals and primary health care centres in the south of the city have been damaged or forced to close, and field hospitals established near the front lines have come under fire repeatedly. Ambulances have been hit while evacuating the wounded.

Background: In June, two field hospitals south of Tripoli, in Swani and Ain Zara, were hit on the same evening, injuring a doctor and paramedics. On 16 July, an air strike on the Swani field hospital injured three ambulance drivers and a paramedic. The fighting in and around Tripoli since 4 April has killed more than 1,000 people, including over 100 civilians, and injured more than 5,000, according to figures compiled by WHO from health facilities. More than 100,000 people have been displaced.

Note to editors: Figures refer to incidents verified by WHO and its partners. The number of attacks actually taking place is likely to be higher.

Media contact: WHO Libya communications officer.

Related releases:
- WHO condemns attack on two field hospitals south of Tripoli (June 2019)
- Tripoli clashes: WHO supports hospitals with trauma supplies (April 2019)
"""),

dict(group=G, published="2019-07-28", outlet="Güney Haber Portalı",
title="Hafter militia bombed the sahra hastanesi in Tripoli: 5 health worker lost life",
text="""
[ad_1]

The warplanes of the putschist Hafter militias in Libya have bombed a field hospital (sahra hastanesi) in the south of the capital Trablus, 5 health personnel lost their life.

According to the statement made by the Ministry of Health (Sağlık Bakanlığı) of the Ulusal Mutabakat Hükümeti (UMH) which is recognized by the United Nations, the field hospital in the area of the Airport Road was hit in the air attack made by the Hafter forces on Saturday evening.

In the statement it was noted that 5 doctors and health workers were killed, 7 people including the ambulance staff were wounded. Spokesman of Ministry Emin el-Haşimi said that the hospital was hit by a warplane belonging to Hafter, and the killed ones are doctors and paramedics who are working for save lifes.

It was learned that the ambulances who were waiting in front of the hospital were also damaged in the attack.

Hafter militias made a statement and claimed that the place was used by "terrorists" as a cover. Hafter's spokesman Ahmed el-Mismari alleged that the killed people were not doctors but students of medicine.

Since 4 Nisan (April), Hafter militias are attacking to Trablus in order to seize the capital from the legitimate government. In the attacks until now more than 1,000 people lost their life, more than 5 thousand were wounded, and over 100 thousand people had to leave their homes according to the Dünya Sağlık Örgütü (WHO).

This is not the first attack of the Hafter militias on the health institutions. On 16 Temmuz, the field hospital in Sevani (Swani) area was hit by an air strike, and 3 ambulance driver and 1 paramedic were wounded. According to the Dünya Sağlık Örgütü, since the beginning of the year 37 attacks were made to the health facilities in Libya.

The UMH forces which are fighting in the Burkan el-Gadab (Volcano of Rage) operation had taken back the city of Garyan, which was the main base of Hafter in the west, on 26 Haziran (June). After this defeat, Hafter militias increased the air attacks to Tripoli and to Misrata.

On the 2 Temmuz (July), 53 migrants had lost their life in the air attack of the Hafter forces on the migrant shelter in Tajura.

According to the reports, the field hospital was established in a residential compound near the old Tripoli International Airport which is closed since 2014, and it was serving the wounded of the front lines, both fighters and civilians.

It is known that Hafter is supported by United Arab Emirates, Egypt and France, and the militia use the drones provided by the UAE in the attacks against the civilians.

Turkey had announced many times its support to the legitimate government in Trablus which is recognized by the UN.

TAGS: Libya, Hafter, Trablus, sahra hastanesi

[ad_2]
Source link

Exit mobile version
"""),
]
