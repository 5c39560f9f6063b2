# Event 9 (cont.) and Event 10: Akar visits Tripoli, attends military college graduation (2020-12-26)
G9="turkish_parliament_extends_libya_mandate_18_months_2020_12_22"
G10="akar_visits_tripoli_attends_military_college_graduation_2020_12_26"
PART = [
dict(group=G9, published="2020-12-22", outlet="Haber Ekspres English",
title="Libya and Afghanistan tezkeres accepted in TBMM: TSK duty extended 18 months",
text="""The Cumhurbaşkanlığı tezkere which foresee the extension of the duty period of Turkish Armed Forces (TSK) in Libya for 18 month more was accepted in the TBMM Genel Kurulu tonight.

With the accepted tezkere, the permission that was given in 2 January 2020 for sending of the forces to Libya is extended for 18 month starting from 2 January 2021. The tezkere was sent to TBMM Başkanlığı by Cumhurbaşkanı Recep Tayyip Erdoğan in 12 December.

In the tezkere it is stated that the threats from Libya against Turkey and the region continue and "if the attacks start again, the interests of Turkey in Mediterranean basin and North Africa will be negatively affected." It is also said that the TSK is continuing the education (eğitim), support and danışmanlık (consultancy) activities and the humanitarian help and mine clearance in Libya in the framework of the mutabakat muhtırası with the legitimate Libya government.

AK Parti and MHP deputies gave yes vote, opposition parties CHP and HDP gave no vote. CHP deputies in the debate criticised that the government did not give enough information to the Meclis about the mission in Libya, and asked how the extension fits with the ceasefire which was signed in October in Cenevre (Geneva).

The TBMM Genel Kurulu also accepted in the same session the tezkere for the extension of the duty of TSK in Afganistan for 18 months.

As it is known, Milli Savunma Bakanlığı is saying in its weekly press briefings that the TSK continue to give military training to the Libyan army and that the training of Libyan personnel is done both in Libya and in Turkey.

ETİKETLER: libya tezkeresi, afganistan, tbmm, tsk

Sağlık Bakanı Koca: the vaccine will come before the new year

Sağlık Bakanı Fahrettin Koca said the first doses of the CoronaVac vaccine which Turkey bought from China are expected to arrive in the country before the end of the year. Koca, speaking to journalists, said that when the vaccines arrive the first to be vaccinated will be the sağlık çalışanları (health workers) and the elderly in nursing homes, and that the vaccine will be given free of charge.

Koca said the vaccine will be examined in the laboratories of Türkiye İlaç ve Tıbbi Cihaz Kurumu before use and the process can take around two weeks. He also called the citizens to obey the weekend curfews and the mask rules: "The measures are working, but we must not relax now."

ETİKETLER: koronavirüs, aşı, fahrettin koca

İLGİLİ HABERLER
- Hafta sonu sokağa çıkma kısıtlaması başladı
- MSB: Libya'da eğitim faaliyetleri sürüyor"""),

dict(group=G9, published="2020-12-23", outlet="Vestnik International",
title="Turkish parliament prolongs military mission in Libya for another 18 months",
text="""ANKARA, December 23 (Vestnik) - The Turkish parliament has approved a request from President Recep Tayyip Erdogan to extend by 18 months the presence of the Turkish Armed Forces in Libya, according to a statement published on the parliament's website.

The motion was approved late on Tuesday. The mandate, first granted on January 2, 2020 for one year, will now run from January 2, 2021. The document states that risks emanating from Libya persist and that a resumption of attacks on the Government of National Accord (GNA) would damage Turkey's interests in the Mediterranean and North Africa.

The ruling Justice and Development Party and the Nationalist Movement Party voted in favor. The opposition Republican People's Party and Peoples' Democratic Party voted against.

The same session extended for 18 months the mandate of the Turkish contingent in Afghanistan.

Under a memorandum signed with the GNA in November 2019, Turkey provides military training and advisory services to forces loyal to Tripoli. Ankara has said that its personnel also carry out mine clearance and humanitarian work.

On October 23, the Libyan parties' military delegations in the 5+5 format signed a permanent ceasefire agreement in Geneva, which calls for the withdrawal of all foreign military personnel and mercenaries from Libya within three months and the suspension of training agreements with foreign states. Ankara has said its military presence is legitimate because it is based on an agreement with the UN-recognized government.

Tensions flared earlier this month when the Libyan National Army (LNA) of Field Marshal Khalifa Haftar detained a Jamaican-flagged cargo ship with Turkish crew members off the eastern coast. Ankara warned that attacks on Turkish interests would be met with a response, and the vessel was released several days later.

The Libyan Political Dialogue Forum, convened by the UN, has agreed to hold national elections on December 24, 2021, but has so far failed to agree on a mechanism for choosing a unified executive.

The UN acting special envoy for Libya, Stephanie Williams, said earlier this month that some 20,000 foreign fighters and mercenaries were in Libya and that ten military bases were fully or partially occupied by foreign forces. She described the situation as a shocking violation of Libyan sovereignty.

Turkish officials have said that Turkish personnel in Libya are engaged in training and advisory work at the request of the legitimate government.

Russia has consistently called for the implementation of the decisions of the Berlin conference and for a settlement through dialogue between all Libyan political forces.

Subscribe to our Telegram channel
Follow us on VK"""),

dict(group=G10, published="2020-12-26", outlet="Meridian Press Wire",
title="Turkish defence minister visits Tripoli days after Haftar calls to expel Turkish forces",
text="""TRIPOLI (MPW) - Turkish Defence Minister Hulusi Akar visited Tripoli on Saturday for talks with officials of Libya's internationally recognised government, two days after eastern commander Khalifa Haftar urged his forces to drive Turkish troops out of the country.

Akar, accompanied by Chief of General Staff Yasar Guler and the commanders of Turkey's land and naval forces, met Defence Minister Salah al-Din al-Namroush, Interior Minister Fathi Bashagha and Khalid al-Mishri, head of the Tripoli-based High Council of State, Turkish and Libyan officials said.

He also attended the graduation ceremony of the 50th class of cadets at the Military College in Tripoli, alongside the Government of National Accord's (GNA) chief of staff, Mohammed al-Haddad.

"We will not allow any aggression against our country, however powerful," al-Namroush told the ceremony, which was broadcast on Libyan state television. Al-Haddad thanked Turkey for helping repel last year's offensive on the capital.

The High Council of State said in a statement that al-Mishri and Akar had agreed on continued coordination in case of a new attack on Tripoli.

On Thursday, the anniversary of Libya's independence, Haftar told his troops there would be no peace while there was a "coloniser" on Libyan soil and called on them to take up arms to expel Turkish forces.

The Turkish parliament voted on Tuesday to extend by 18 months a mandate allowing the deployment of troops in Libya. Turkish military support helped the GNA push back Haftar's Libyan National Army (LNA) from the outskirts of Tripoli in June.

Despite a UN-brokered ceasefire signed in Geneva in October, which called for all foreign forces and mercenaries to leave within three months, both sides have continued to bring in weapons, according to UN officials. The LNA is backed by the United Arab Emirates, Egypt and Russia.

Akar's ministry said the delegation would also visit the headquarters of the Turkish training and advisory mission in Tripoli and meet Turkish personnel before returning to Ankara.

Earlier this month, Haftar's forces briefly detained a Jamaican-flagged cargo ship with Turkish crew members off Libya's eastern coast, prompting Ankara to warn that any attack on Turkish interests would be met with a response. The ship was released several days later.

Akar last visited Tripoli in August, with Qatar's defence minister, and in July with Guler, weeks after the GNA's forces drove the LNA back from the capital.

Libya has had little stability since a NATO-backed uprising toppled Muammar Gaddafi in 2011. Since 2014 it has been split between rival factions in Tripoli and in the east, with Haftar's LNA backed by the United Arab Emirates, Egypt and Russia, and the Tripoli government supported by Turkey.

(Reporting by MPW Tripoli and Ankara bureaus; editing by Tom Ardley)"""),
]
