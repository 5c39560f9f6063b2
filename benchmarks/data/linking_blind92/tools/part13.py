G = "turkey_libya_sign_military_aviation_deals_istanbul_2022_10_25"
ARTICLES = [
dict(group=G, published="2022-10-26", outlet="Aegis Defence Review",
title="Turkey to help rebuild Libyan air force under deals signed at SAHA Expo",
text="""By Tomas Reinholt

Turkey and Libya's Tripoli-based government signed two military agreements in Istanbul on 25 October, one aimed at raising the capabilities of Libya's military aviation and the other adding implementing protocols to the 2019 security and military cooperation memorandum.

The documents were signed by Turkish Minister of National Defence Hulusi Akar and Abdulhamid Dbeibah, who serves as both prime minister and defence minister of the Government of National Unity (GNU), on the sidelines of the SAHA Expo 2022 defence and aerospace exhibition. The Turkish ministry said the first agreement would see Turkish expertise used to improve the efficiency of the Libyan air force, including pilot training. Neither side released the texts.

Dbeibah was accompanied by the GNU's chief of staff, Lt. Gen. Mohammed al-Haddad, and the commander of the air force. The Libyan delegation toured stands showing the Baykar Akinci and TB2 unmanned aircraft, as well as armoured vehicles and air defence systems.

The deals fit a familiar pattern. Since Ankara's intervention began in January 2020, its support has combined drones, air defence and electronic warfare with training at facilities in Tripoli, Misrata and al-Watiya. Turkish trainers have run courses for Libyan infantry, special forces and naval personnel, and Libyan cadets have been sent to Turkish military schools. The new aviation accord extends that effort into manned and unmanned aviation, an area where the western Libyan forces remain weak.

Akar, according to his ministry, told Dbeibah that Turkey was determined to continue training, assistance and consultancy activities and that "Turkey is not a foreign force in Libya". The formulation is aimed at the debate over foreign forces: the Libyan National Army (LNA) of Khalifa Haftar and the eastern-based parliament argue that Turkish forces must leave before the armed forces can be unified, while Ankara insists its presence is by invitation.

The timing is sensitive. Libya has had two rival governments since March, when the eastern parliament installed Fathi Bashagha. Egypt and Greece rejected a Turkish-GNU hydrocarbon memorandum signed in Tripoli at the start of October, and the Turkish parliament extended its troop mandate in June for a further 18 months.

An expanded Libyan air arm trained by Turkey would strengthen Dbeibah's hand in Tripoli, where clashes between rival armed groups flared in August. It may also make any future reunification of the military harder."""),
dict(group=G, published="2022-10-25", outlet="The Tripoli Sentinel",
title="Dbeibah and Akar sign two military agreements in Istanbul",
text="""The Prime Minister and Minister of Defence, Abdulhamid Dbeibah, and the Turkish Minister of National Defence, Hulusi Akar, on Tuesday signed two military cooperation agreements in Istanbul, the government's Hakomitna platform said.

The first agreement aims at raising the efficiency of military aviation capabilities in Libya through Turkish expertise, while the second includes implementation protocols for the security agreement signed by the Presidential Council of the Government of National Accord in 2019.

The two sides held talks at the defence ministry's premises in Istanbul, attended by the Chief of General Staff, Lieutenant General Mohammed al-Haddad, and officers of both armies. Dbeibah earlier attended the opening of the SAHA Expo defence exhibition with Akar.

Dbeibah said the agreements are part of the government's plan to build a professional national army, and thanked Turkey for its "honourable position" in defending Tripoli during the 2019-2020 aggression.

Share this:
Facebook
X"""),
]
