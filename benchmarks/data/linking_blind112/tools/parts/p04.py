# Events: tajoura_clashes_nine_killed_2024_08_09, zawiya_refinery_clashes_force_majeure_2024_12_15
G7 = "tajoura_clashes_nine_killed_2024_08_09"
G8 = "zawiya_refinery_clashes_force_majeure_2024_12_15"

ARTICLES = [
dict(group=G7, published="2024-08-10", outlet="Ufuk News Agency",
title="9 killed in clashes between armed groups in Libyan capital's Tajoura district",
text="""TRIPOLI

At least nine people were killed and 16 others injured on Friday in clashes between two armed groups in Tajoura, an eastern suburb of the Libyan capital Tripoli, the Ambulance and Emergency Service said.

The service did not specify whether the victims were civilians or fighters.

A security source, speaking to Ufuk News Agency on condition of anonymity, said the fighting was between the Rahbat al-Duru Brigade and the Martyr Sabriya Brigade, both based in Tajoura.

The source said the clashes began after an assassination attempt targeting Bashir Khalafallah, the commander of Rahbat al-Duru, who is known locally as "al-Baqara". The source did not say who was behind the attack.

The brigade's media office later said Khalafallah had been seriously wounded but that his condition was stable.

According to local media, Rahbat al-Duru forces then attacked the headquarters of the Martyr Sabriya Brigade in Hamidiya and took control of it, detaining about a dozen of its members. A convoy of the Joint Force, which is affiliated with the Government of National Unity, was later seen moving from Misrata towards Tripoli.

Witnesses said gunfire with light and medium weapons continued for about two hours around the Hamidiya area, around the time of Friday prayers, before calm returned. The emergency service advised motorists to avoid Tajoura's coastal road and use the Wadi al-Rabie road instead.

Videos shared on social media showed fighters of Rahbat al-Duru saying they had taken over the headquarters of the rival brigade.

Libya has been plagued by sporadic security incidents amid political division since 2022. The Tajoura clashes were the deadliest in the capital area since August 2023, when 55 people were killed in fighting between the 444th Brigade and the Special Deterrence Force after the detention of the brigade's commander at Mitiga airport. The country is governed by two rival administrations: the UN-recognised Government of National Unity led by Abdul Hamid Dbeibah, based in Tripoli, and the government of Osama Hammad, appointed by the House of Representatives, which operates from Benghazi and controls the east and parts of the south.

UN-led efforts to hold parliamentary and presidential elections have repeatedly stalled.

Tajoura, a sprawling coastal suburb east of the capital, is home to several armed groups that fought on the side of the Tripoli government during the 2019-2020 war with forces loyal to Khalifa Haftar. The district has seen repeated flare-ups between local brigades since then, most of them settled through the mediation of elders.
"""),

dict(group=G7, published="2024-08-10", outlet="IndusWire",
title="Nine dead, 16 injured as militias clash in Tripoli suburb of Tajoura",
text="""TRIPOLI (IndusWire / Agencies - 10th August, 2024) : Nine people were killed and 16 injured in clashes between two state-recognised armed groups in the Tajoura district east of the Libyan capital on Friday, the Tripoli health ministry's ambulance and emergency service said.

The fighting, which broke out before and during Friday prayers in the Hamidiya area, involved the Rahbat al-Duru battalion and the Martyr Sabriya battalion, both from Tajoura, Libyan media reported.

According to local reports, the violence followed an attempt on the life of the Rahbat al-Duru commander, Bashir Khalafallah. His forces then attacked the headquarters of the rival group and seized it, capturing around a dozen of its members.

Osama Ali, a spokesman for the emergency service, said dozens of families were forced to leave their homes. Residents said the shooting lasted around two hours.

A convoy of the Joint Force, which is aligned with the Government of National Unity, was seen heading from Misrata towards the capital later on Friday, according to local media.

The last major round of fighting in Tripoli, in August 2023, killed 55 people after the commander of the 444 Brigade was detained at Mitiga airport.

Militia clashes rock western Libyan town, one civilian killed

ZAWIYA (IndusWire / Agencies) : Clashes between government-allied armed groups broke out early on Saturday in the coastal town of Zawiya, 40 km west of Tripoli, trapping families inside their homes and forcing the closure of schools, health officials said. At least one civilian was killed and 22 others were wounded, according to the health ministry's ambulance service.

The fighting was centred in the southern part of the town. The Libyan Red Crescent, which helped evacuate some families during a pause, urged the sides to open safe corridors for the rest. The ministry said the clashes had subsided by midday thanks to the intervention of tribal elders.

Local media said the violence erupted when security forces tried to arrest a man suspected of a murder earlier this year. It also followed the discovery of the bodies of three young men and a woman by a roadside in the town.

Related Stories:
- Libya, Pakistan agree to boost cooperation in oil sector
- Gold prices edge up in local market
"""),

dict(group=G8, published="2024-12-15", outlet="Meridian Wire Service",
title="Libya declares force majeure at Zawiya refinery after clashes spark tank fires",
text="""TRIPOLI, Libya (MWS) - Libya's National Oil Corporation declared force majeure at the Zawiya oil refinery on Sunday after fighting between armed groups in the western city set several storage tanks on fire, and called on the Tripoli government to intervene to stop the clashes.

The NOC said gunfire from light and medium weapons used in clashes around the refinery in the early hours had severely damaged a number of tanks, causing serious fires and gas leaks. It raised its emergency level to three, the highest.

Safety and fire teams at the site had brought the fires under control, the corporation said, but fighting was continuing nearby and posed a grave danger to workers and to residential areas around the facility.

Local media said the fighting pitted gunmen from the Shurafaa tribe against forces of Mohamed Kushlaf, a Zawiya commander who was sanctioned by the U.N. Security Council in 2018 over alleged involvement in human trafficking. It was not immediately clear what triggered the fighting. The NOC said it was coordinating with the relevant departments to reduce the risks to lives and property and that teams were working to transfer the remaining contents of the damaged tanks.

Residents said families were trapped in their homes in several neighbourhoods. The coastal highway linking Zawiya to Tripoli and towns to the west was closed and schools suspended classes.

Some Libyan outlets reported one person killed and around 10 wounded, but there was no official toll.

NOC spokesman Khaled Abulgasem Gulam told Libya al-Ahrar television that all the fires had been brought under control. The corporation published images of its firefighting teams at work inside the refinery.

The refinery, about 45 km (28 miles) west of Tripoli, was built in 1974 and can process around 120,000 barrels per day. It is linked by pipeline to the Sharara oilfield in the southwest and supplies much of the fuel consumed in western Libya.

Zawiya has seen repeated bouts of fighting between armed groups that profit from fuel smuggling and other trades. In May, clashes in the south of the city killed at least one civilian and wounded 22.

Libya has been split since 2014 between rival administrations in the east and west. Since the last major war ended in 2020, the capital and its surroundings have seen repeated flare-ups between armed groups that are formally part of the state. In August 2023, 55 people were killed in Tripoli after one faction detained another's commander at Mitiga airport, and in August this year nine people died in fighting in the Tajoura suburb. The Government of National Unity in Tripoli, led by Abdul Hamid Dbeibah, relies on a patchwork of armed groups for security in the west.
"""),

dict(group=G8, published="2024-12-16", outlet="Al-Mawqif Net (English edition)",
title="The Oil Corporation: the fires of Zawiya refinery are under control .. and calm returns to the city after the clashes of yesterday",
text="""Zawiya - Al-Mawqif Net

The spokesman of the National Oil Corporation, Khaled Abu al-Qasim Ghulam, announced that the fires that broke out in a number of tanks of the Zawiya oil refinery, yesterday Sunday, were brought under control completely, and that the technical teams began today Monday the inspection of the damaged tanks.

Ghulam said in televised statements that calm returned to the area of the refinery, and that the prospects of resuming work are good, despite the material and moral losses that the refinery suffered.

The corporation had declared, yesterday Sunday, the state of force majeure in the refinery and the third-level emergency, after the tanks were hit by bullets during armed clashes that erupted at dawn in the vicinity of the refinery between armed groups in the city, which caused large fires and leakage of gas lines.

Local sources said the clashes erupted between armed men belonging to the Shurafa tribe and the group of Mohammed Kushlaf, known as "al-Qasab", and that the confrontations extended to residential neighborhoods, where families were trapped in their houses and the coastal road was closed.

The corporation had called on the Government of National Unity headed by Abdul Hamid al-Dbeibah to intervene urgently to stop the clashes and to keep the oil facilities away from any conflicts, warning of the catastrophic consequences if the fire reached other tanks full of flammable materials.

The refinery, which was established in 1974, has a refining capacity of about 120 thousand barrels per day, and it is linked to the Sharara field.

It is worth mentioning that Zawiya has witnessed during the past yearsThe National Oil Corporation had repeatedly called for keeping the oil facilities out of the conflicts between the armed groups, stressing that the refinery supplies the fuel to the cities of the western region.

The education office in the city had announced the suspension of studies in the schools of Zawiya yesterday Sunday because of the security situation, while the coastal road between Zawiya and the capital was closed for hours, and the residents of the areas near the refinery called for the evacuation of the families.

 repeated armed clashes between the formations that control it, the last of which was in May of this year, and that the United Nations Security Council had imposed sanctions on Kushlaf in 2018 due to his involvement in human trafficking.

Share this:
Facebook | X | WhatsApp
"""),

dict(group=G8, published="2024-12-16", outlet="Gulf Horizon 24",
title="Militia battle sets Libya's Zawiya refinery ablaze as Tripoli government looks on",
text="""Gulf Horizon 24 - Abu Dhabi

Fighting between armed groups in the western Libyan city of Zawiya on Sunday set fire to several tanks at the country's second largest oil refinery, forcing the National Oil Corporation to declare force majeure and raising new questions about the ability of the Tripoli government to control the militias it depends on.

Videos circulated on social media showed thick black smoke rising from at least four tanks inside the refinery compound as gunfire echoed across nearby neighbourhoods. The NOC said the tanks were hit during clashes with light and medium weapons around the refinery perimeter, and that its emergency teams had contained the fires and gas leaks.

The corporation appealed directly to the Government of National Unity of Abdul Hamid Dbeibah to intervene and halt the fighting. There was no immediate response from the government.

According to Libyan media, the fighting opposed armed men from the Shurafaa tribe and the group of Mohamed Kushlaf, a commander placed under UN sanctions in 2018 for his alleged role in migrant smuggling. Kushlaf's group has for years guarded the refinery.

Libyan observers said the clashes showed again that the armed groups in the western region answer to nobody. Zawiya's militias have long been accused of running networks that smuggle subsidised fuel out of the country.

Politicians in the east said the incident confirmed the need to unify the military and security institutions under one command. The Libyan National Army, led by Field Marshal Khalifa Haftar, controls the country's main oil fields and terminals, which have been operating normally.

The refinery, which processes about 120,000 barrels per day, is a key supplierZawiya has a long history of such violence. The city's armed networks have also been shaken by the killing in September of Abdurrahman Milad, the Zawiya coastguard commander known as al-Bija, who had been placed under UN sanctions in 2018 at the same time as Kushlaf; he was shot dead near Tripoli.  In May this year clashes in the south of the city killed at least one civilian and wounded 22. In May 2023 the Dbeibah government itself launched drone strikes on targets in and around Zawiya which it said belonged to fuel and human smugglers, a campaign that its opponents denounced as political score-settling. In September 2022, five people including a ten-year-old girl were killed in clashes between two groups attached to the defence and interior ministries.

 of fuel to the west of the country.

Read more:
- Dollar rate on the Libyan parallel market today
- Benghazi: reconstruction fund inaugurates new bridge projects
Exit mobile version
"""),
]
