# Part 2: Sisi's red line (Jun 20), Akar and Guler in Tripoli (Jul 3), al-Watiya strike (Jul 4-5)

ARTICLES = [
# ---------------------------------------------------------------- E4
dict(
group="sisi_declares_sirte_jufra_red_line_2020_06_20",
published="2020-06-20",
outlet="Meridian Wire Service",
title="Egypt's Sisi warns Sirte and Jufra are a 'red line', says Libya intervention would be legitimate",
text="""
CAIRO (MWS) - Egyptian President Abdel Fattah al-Sisi said on Saturday that any advance by forces allied to Libya's Tripoli government on the city of Sirte or the al-Jufra air base would cross a "red line", and that direct Egyptian military intervention in Libya had become internationally legitimate.

Sisi was speaking during an inspection of air force and special forces units at an air base at Sidi Barrani in Egypt's Western Military Region, about 100 km from the Libyan border, in remarks broadcast on state television.

"The Sirte-Jufra line is a red line," he said, calling on both Libyan sides to halt at the current front line and return to negotiations. He told commanders to be ready to carry out any mission "here inside our borders or, if necessary, outside our borders".

Sisi said Egypt was prepared to train and arm Libyan tribesmen to defend their country and that, if Egyptian forces did go in, Libyans would lead them. Several men introduced as eastern Libyan tribal leaders attended the event.

The Egyptian leader's comments were the strongest so far from Cairo since forces loyal to the internationally recognised Government of National Accord (GNA), helped by Turkey, drove eastern commander Khalifa Haftar's Libyan National Army (LNA) out of western Libya this month and began massing west of Sirte.

A spokesman for the GNA's Sirte-Jufra operations room said on Saturday evening that Sisi's remarks amounted to blatant interference in Libya's affairs and "a declaration of war", and that government forces were determined to press on.

Turkey, the GNA's main foreign backer, has said the government's forces aim to take Sirte, and President Tayyip Erdogan has said Haftar cannot be part of a political solution. Egypt, along with the United Arab Emirates and Russia, backs Haftar, and earlier this month presented a ceasefire initiative that the GNA and Ankara rejected.

Sirte, Muammar Gaddafi's hometown, lies about 450 km east of Tripoli and is the gateway to Libya's main oil export terminals. The Jufra base in central Libya is where U.S. officials say Russian warplanes landed last month.

(Reporting by Yasmin Farouk; Writing by Tom Aldridge; Editing by Helen Marsh)
"""),
dict(
group="sisi_declares_sirte_jufra_red_line_2020_06_20",
published="2020-06-21",
outlet="The Gulf Ledger",
title="Arab capitals rally behind Egypt after Sisi draws Sirte-Jufra red line",
text="""
We use cookies to give you the best experience on our website. By continuing to browse, you agree to our use of cookies. Manage preferences | Accept

ABU DHABI - The Gulf Ledger

Arab capitals lined up on Sunday behind Egypt's right to protect its western border, a day after President Abdel Fattah El Sisi warned that Sirte and Al Jufra in Libya represent a red line for Egyptian national security.

Statements issued since Saturday by Saudi Arabia, the UAE and Bahrain expressed full support for Cairo in the face of threats on its frontier and for all measures Egypt takes to safeguard its security and stability, while stressing the need for a political settlement in Libya along the lines of the Cairo Declaration and the Berlin conference.

Speaking on Saturday to troops at the Sidi Barrani air base near the Libyan border, President El Sisi said Egypt had never sought to interfere in Libya but would not stand idle while terrorist militias and foreign mercenaries approached its borders. Any direct intervention, he said, now enjoys international legitimacy, whether under the right of self-defence or at the request of the only elected authority in Libya, the House of Representatives.

The President renewed the call for an immediate ceasefire on current lines and offered to train and equip the sons of Libyan tribes to defend their land.

Commentators in the Gulf and in Cairo read the speech as a direct message to Ankara, whose drones, officers and thousands of Syrian mercenaries have been deployed in western Libya since the start of the year in support of the Government of Al Wefaq in Tripoli: the Turkish project in Libya, they wrote, stops at Sirte.

Sirte, which the Libyan National Army (LNA) under Field Marshal Khalifa Haftar entered in January, guards the approaches to the oil crescent, the string of terminals through which most of Libya's crude is exported.

The Tripoli-based government reacted angrily to the speech, describing it as interference and a "declaration of war", a reaction that commentators in Cairo said showed the decision in Tripoli is now taken in Ankara.

Advertisement

MORE FROM LEDGER
- Egypt's parliament speaker: the army is ready to defend national security
- Arab League to hold emergency virtual meeting on Libya
- Oil crescent tribes declare support for LNA
"""),
dict(
group="sisi_declares_sirte_jufra_red_line_2020_06_20",
published="2020-06-21",
outlet="Yeni Gundem Haber (auto-translated)",
title="Egypt President Sisi from Libya threat: Sirte and Cufra our red line",
text="""
Egypt Cumhurbaşkanı Abdulfettah es-Sisi, Libya's Sirte and Cufra regions for Egypt a red line is that he claimed and if it is passed they will intervene threatened.

Sisi, Cumartesi day, Libya border near Sidi Barrani air base in soldiers to speaking, "Sirte-Cufra line is red line. Whoever thinks to pass it is wrong" said. Sisi, Egypt's direct intervention in Libya from now on international legitimacy has that also asserted.

Sisi also, Libyan tribes to training and weapon they can give, and if the Egypt army goes the tribes will be in front said. Soldiers to "inside or outside the borders any mission for ready be" instruction gave.

DARBECİ HAFTER'İN DESTEKÇİSİ

Egypt, darbeci Hafter's biggest supporters among is. Hafter militias, Libya's meşru hükümeti Ulusal Mutabakat Hükümeti (UMH) forces against in the recent weeks Trablus, Terhune and western region in heavy defeats suffered and to Sirte direction retreated.

UMH'nin Sirte-Cufra Operasyon Merkezi spokesman, Sisi's statements "Libya's internal affairs to open interference and a declaration of war" as evaluated and "our heroic forces the whole region from the militias and mercenaries to liberate is determined" said.

Earlier Cumhurbaşkanı Erdoğan, now the target Sirte completely to take is, had stated. Egypt in the beginning of June so-called Kahire Girişimi announced but UMH and Türkiye this rejected had.

Turkey and Libya between last November security and military cooperation and maritime jurisdiction areas agreements signed. Türkiye, UMH's invitation upon Libya to military advisers sent.

Haberin devamı için tıklayınız

Etiketler: Mısır, Sisi, Libya, Sirte, Cufra, Hafter
Yorum yap | Paylaş
"""),
# ---------------------------------------------------------------- E5
dict(
group="akar_and_guler_visit_tripoli_2020_07_03",
published="2020-07-03",
outlet="Yeni Gundem Haber (auto-translated)",
title="Minister Akar and Orgeneral Güler to Libya surprise visit",
text="""
Milli Savunma Bakanı Hulusi Akar and Genelkurmay Başkanı Orgeneral Yaşar Güler, Libya's capital Trablus to a not previously announced visit made.

Bakan Akar and Orgeneral Güler, Mitiga Airport in, Libya Defense Deputy Minister Salahaddin en-Nemruş, Libya Chief of General Staff Korgeneral Muhammed eş-Şerif and Naval Forces Commander Abdulhakim Ebu Havliye, also Türkiye's Trablus Büyükelçisi Serhat Aksen by with military ceremony were welcomed.

After the ceremony Bakan Akar and Orgeneral Güler, the memorandum of understanding within scope established Savunma ve Güvenlik İşbirliği ve Eğitim Yardımı Danışmanlık Komutanlığı'na went and the activities on site examined.

Bakan Akar here in his speech, "Libyan brothers our more safe, more honorable and more happy to live for we will continue our support. You should know that, today and tomorrow we are next to you, under the instructions of our Cumhurbaşkanımız we will always know what to do for Libyan brothers" said.

Türk Silahlı Kuvvetleri, Libya'da the memorandum within scope education, training and consultancy support is giving.

The visit, last week Deniz Kuvvetleri Komutanı Oramiral Adnan Özbal's Trablus visit's after came. In June 17 also Dışişleri Bakanı Mevlüt Çavuşoğlu, Hazine ve Maliye Bakanı Berat Albayrak and MİT Başkanı Hakan Fidan Trablus'u visited had.

Libya'da UMH forces, darbeci Hafter's militias from Trablus and western region cleaned after Sirte and Cufra direction advanced. Egypt Sisi Sirte-Cufra line "red line" is had said.
"""),
dict(
group="akar_and_guler_visit_tripoli_2020_07_03",
published="2020-07-04",
outlet="Libya Tribune Online",
title="Turkish Defence Minister and Chief of Staff hold talks with Al-Sarraj in Tripoli",
text="""
Exit mobile version

Libya Tribune Online | Tripoli | Saturday 4 July 2020

The Head of the Presidential Council Fayez Al-Sarraj received on Friday in Tripoli the Turkish Defence Minister Hulusi Akar and the Chief of General Staff of the Turkish armed forces, General Yasar Guler, who arrived in the capital on a visit that was not announced in advance.

The Presidential Council's media office said the meeting discussed military and security cooperation between the two countries and the implementation of the memorandum of understanding signed in November last year, in particular the training and qualification programmes for the Libyan army.

The Under-Secretary of the Ministry of Defence, Salah Al-Namroush, who received the Turkish delegation at Mitiga airport alongside the Chief of General Staff, Lieutenant General Mohammed Al-Sharif, said Turkish support to the legitimate government continues in the fields of military and security cooperation, under the agreements signed between the two governments.

Akar and Guler also visited the command set up under the memorandum to coordinate training and advice, where they met Libyan and Turkish officers.

The visit is the second by senior Turkish officials in just over two weeks, after the delegation led by Foreign Minister Mevlut Cavusoglu on 17 June, and comes days after the commander of the Turkish navy, Admiral Adnan Ozbal, held talks at the Abu Sitta naval base with Lt. Gen. Al-Sharif.

It also comes as the Libyan army's Burkan Al-Ghadab forces remain deployed west of Sirte and south towards Jufra, waiting for orders, while Haftar's militias and the Wagner mercenaries dig in and reinforce their positions around the city.

Meanwhile the so-called Speaker of the Tobruk parliament, Aguila Saleh, was in Moscow on Friday for talks with Russian Foreign Minister Sergei Lavrov.

Share:
Facebook | Twitter | Telegram

You may also like
- Sirte: families flee as Haftar militias fortify the city
- Bashagha meets Italian ambassador on migration file
"""),
dict(
group="akar_and_guler_visit_tripoli_2020_07_03",
published="2020-07-03",
outlet="Official Statements Wire",
title="Ministry of National Defence: Minister Akar and Chief of General Staff Gen. Güler visit Libya",
text="""
STATEMENT AS ISSUED - Republic of Turkey Ministry of National Defence
Distributed by Official Statements Wire. The content below has not been edited.

Ankara, 3 July 2020

National Defence Minister Hulusi Akar, accompanied by Chief of General Staff General Yaşar Güler, has travelled to Libya to review on site the activities carried out within the framework of the Memorandum of Understanding on Security and Military Cooperation between the Republic of Turkey and the Government of National Accord of Libya.

Upon arrival at Mitiga International Airport in Tripoli, Minister Akar and General Güler were welcomed with a military ceremony by Libyan Deputy Defence Minister Salahaddin Namroush, Chief of General Staff Lt. Gen. Mohammed al-Sharif and Naval Forces Commander Abdulhakim Abu Hawliya, together with the Turkish Ambassador to Tripoli, Serhat Akşen.

Minister Akar and General Güler then proceeded to the Defence and Security Cooperation and Training Assistance Advisory Command established under the Memorandum of Understanding, where they received a briefing on ongoing training, advisory and support activities and met with Turkish and Libyan personnel.

In his address, Minister Akar stated:

"We will continue to support our Libyan brothers so that they can live in a more secure, dignified and happy way. I want you to know that we are with you today and tomorrow. In line with the instructions of our President, we will always know what to do for our Libyan brothers."

The activities of the Turkish Armed Forces in Libya are carried out at the invitation of the legitimate Government of National Accord and within the scope of the Memorandum of Understanding, with the aim of contributing to Libya's security, stability and territorial integrity.

The programme of the visit includes meetings with Libyan officials.

-ENDS-

Notes to editors: Photographs and video footage of the visit are available from the Ministry's official accounts. For media enquiries please contact the Ministry's Press and Public Relations Office.
"""),
# ---------------------------------------------------------------- E6
dict(
group="airstrikes_hit_watiya_air_base_2020_07_05",
published="2020-07-05",
outlet="Meridian Wire Service",
title="Warplanes strike Libyan air base used by Turkish-backed forces",
text="""
TRIPOLI (MWS) - Unidentified warplanes struck al-Watiya air base in western Libya overnight, hitting equipment recently brought in by Turkey, sources on both sides of the conflict said on Sunday.

A military source with Khalifa Haftar's Libyan National Army (LNA) said "unidentified aircraft" had carried out the raids, without claiming them. Media outlets close to the LNA said the strikes had targeted Turkish air defence systems installed at the base in recent days.

Salah al-Namroush, deputy defence minister in the Tripoli-based Government of National Accord (GNA), said the base had been hit by "foreign aircraft" supporting Haftar. He called the attack a desperate attempt to score a moral victory after a string of government gains and said the response would come "at the right time and place".

A Libyan military source quoted by Turkish media said nobody was killed but that some equipment, including an air defence system, had been hit. Residents of nearby villages reported hearing several explosions during the night.

Al-Watiya, some 140 km (87 miles) southwest of Tripoli near the Tunisian border, was Haftar's main air hub in western Libya until GNA forces, backed by Turkish drones, captured it on May 18. Media reports in Turkey and elsewhere have said Ankara is considering using the base for a longer-term presence.

The strike came less than two days after Turkish Defence Minister Hulusi Akar and military chief Yasar Guler made an unannounced visit to Tripoli on Friday, where they discussed military cooperation with GNA leader Fayez al-Serraj.

The LNA and its foreign backers - the United Arab Emirates, Egypt and Russia - have fighter jets in Libya or nearby. Egypt's President Abdel Fattah al-Sisi warned last month that an attack by GNA forces on Sirte or al-Jufra would be a "red line" for Cairo.

There was no official comment from Ankara by Sunday afternoon.

(Reporting by Ahmed Zawi in Tripoli and Selin Ardahan in Ankara; Editing by Paul Gresham)
"""),
dict(
group="airstrikes_hit_watiya_air_base_2020_07_05",
published="2020-07-05",
outlet="Vostok News Agency",
title="Air strikes on Libya's al-Watiya base destroy Turkish air defence systems - media",
text="""
MOSCOW, July 5 - VNA. Unidentified aircraft carried out a series of strikes overnight on al-Watiya air base in the west of Libya, which is controlled by the forces of the Government of National Accord (GNA) and used by the Turkish military, Arab media reported on Sunday.

According to sources cited by Arab television channels, the strikes destroyed American-made MIM-23 Hawk surface-to-air missile systems and a Koral electronic warfare station that Turkey had delivered to the base only days earlier. Some reports spoke of at least nine targets being hit. Information about casualties among Turkish servicemen has not been confirmed.

The Libyan National Army (LNA) of Marshal Khalifa Haftar did not officially claim responsibility for the raid. A representative of the LNA said the strikes had been carried out by "unknown aircraft".

The GNA accused "foreign aviation" of the attack and promised a response.

The raid took place shortly after the visit to Tripoli of Turkish Defence Minister Hulusi Akar and Chief of the General Staff Yasar Guler, during which, according to some Arab media, the possibility of permanent Turkish use of the al-Watiya air base and the port of Misrata was discussed. Ankara has not officially confirmed such plans.

The GNA forces seized al-Watiya from the LNA in May with the support of Turkish unmanned aerial vehicles. Since then, the front has moved east, to the area of the city of Sirte and the al-Jufra air base.

In June, Egyptian President Abdel Fattah al-Sisi declared that the Sirte-Jufra line was a "red line" for Egypt, and warned that Cairo had the right to intervene in Libya.

The Russian side has repeatedly called on all parties to the Libyan conflict to cease hostilities and to return to the political process within the framework of the Berlin conference decisions.
"""),
dict(
group="airstrikes_hit_watiya_air_base_2020_07_05",
published="2020-07-06",
outlet="Al-Mashhad Al-Arabi (translated)",
title="Unknown warplanes bomb Al-Watiya base and destroy Turkish defences",
text="""
Tripoli - Al-Mashhad

The military media of the Libyan National Army confirmed that warplanes targeted at dawn of yesterday Sunday the Al-Watiya air base, southwest of the capital Tripoli, which is controlled by the militias of the Government of Al-Wefaq and the Turkish forces, and that the strikes destroyed air defence systems and radars that Turkey installed in the base in the last days.

And sources said to Al-Mashhad that the raids targeted with precision the positions of the Turkish "Hawk" batteries and an electronic jamming system, and that ambulances were seen moving towards the base after the raids, while the number of casualties was not known.

For its part, the Under-Secretary of the Defence Ministry in the Government of Al-Wefaq, Salah Al-Namroush, accused "foreign aircraft" of executing the attack, describing it as "a desperate attempt", and said that the response will be "in the appropriate time and place", according to his expression.

Turkish sources said to the Anatolia agency that the bombing did not cause human losses, and that it targeted some of the equipment that was recently brought to strengthen the base.

The bombing comes days after the visit of the Turkish Defence Minister Hulusi Akar and the Chief of Staff Yasar Guler to Tripoli last Friday, in which they met al-Sarraj and inspected the Turkish forces.

It is worth mentioning that the Al-Wefaq forces took control of Al-Watiya base on the 18th of last May, after the withdrawal of the army units from it, and Turkish reports spoke about the intention of Ankara to turn it into a permanent Turkish base.

It is worth mentioning also that the Egyptian President Abdel Fattah El-Sisi announced last month that the line of Sirte and Al-Jufra is a "red line" that the Egyptian national security will not allow to be crossed.

Read also: Al-Mismari: Turkey transfers more mercenaries through Misrata port
Read also: Libyan tribes in Tarhuna region call for Egyptian support
"""),
dict(
group="airstrikes_hit_watiya_air_base_2020_07_05",
published="2020-07-07",
outlet="Bastion Defence Analysis",
title="Analysis: Watiya raid exposes the gaps in Turkey's Libyan air-defence umbrella",
text="""
BASTION DEFENCE ANALYSIS | Air & Missile Defence | 7 July 2020

Key points
- Night strikes on al-Watiya air base on 4-5 July reportedly hit Turkish-supplied MIM-23 Hawk launchers and a Koral electronic warfare system days after their arrival.
- The raid underlines that Turkey's forward posture in Libya relies on ground-based air defence without fighter cover.
- Attribution remains unconfirmed; the aircraft types most often cited would imply a foreign state actor rather than the LNA's own ageing fleet.

Event

In the early hours of Sunday 5 July, several precision strikes were carried out against al-Watiya (Uqba bin Nafi) air base, 140 km southwest of Tripoli. The Government of National Accord (GNA) said the base had been attacked by "foreign aircraft" and promised a response. A Libyan military source quoted by Turkey's state news agency said there were no casualties but that recently delivered equipment, including an air defence system, had been hit. Haftar-aligned media went further, claiming Hawk batteries and a Koral EW system were destroyed. Neither claim can be independently verified; commercial imagery of the relevant parts of the base was of limited use in the first 48 hours.

The Libyan National Army (LNA) has not formally claimed the strikes. Its spokesman has in the past made broad threats against Turkish assets in Libya, and in May the LNA said it would launch the largest air campaign in Libyan history, but its own usable fleet consists largely of refurbished Soviet-era MiG-21s and MiG-23s.

Who could have flown it?

Commentary supportive of the GNA has pointed at the United Arab Emirates, specifically Mirage 2000-9 aircraft allegedly staging from western Egypt. Others mention Egyptian Rafales or the MiG-29s and Su-24s that US Africa Command says Russia flew into al-Jufra in May. All of these would have the range and precision-guided munitions for such a mission; none of the governments concerned has commented. Ankara has so far said nothing officially.

Why it matters

Turkey's intervention since January has rested on three pillars: Bayraktar TB2 and Anka-S drones, a thin ground-based air defence (Hawk, plus shorter-range gun and missile systems reported around Tripoli and Misrata), and electronic warfare. That combination proved decisive against Pantsir-S1 batteries operated for the LNA in May. What it cannot do is contest the airspace against modern combat aircraft flying at night at medium altitude. Turkish F-16s operating from home bases would face transit distances of well over 1,500 km with no friendly tanker support in the area.

The Hawk batteries reportedly moved into al-Watiya only days before the raid, which, if correct, suggests either a rapid intelligence cycle on the attacker's side or poor concealment. The timing - barely a day and a half after Defence Minister Hulusi Akar and Chief of General Staff Gen. Yaşar Güler visited Tripoli on 3 July - has also been widely remarked on, although there is no evidence the two are linked.

Outlook

Expect Ankara to harden al-Watiya and Misrata with additional radars and possibly longer-range systems, and to press its case that the base is legitimately used under the November 2019 security memorandum. For Cairo and Abu Dhabi, the raid is a low-cost signal that a GNA push towards Sirte and al-Jufra - the "red line" declared by President Sisi on 20 June - would be contested in the air. The risk of direct state-on-state confrontation in Libya has risen accordingly.
"""),
]
