G = "akar_and_guler_visit_tripoli_2020_07_03"

ARTICLES = [
dict(group=G, published="2020-07-03", outlet="Gündem Haber 24",
title="Milli Savunma Bakanı Akar ve Orgeneral Güler Libya'da",
text="""Milli Savunma Bakanı Akar ve Orgeneral Güler Libya'da

03.07.2020 - 15:42 | Son güncelleme: 03.07.2020 - 18:10

Milli Savunma Bakanı Hulusi Akar and Genelkurmay Başkanı Orgeneral Yaşar Güler went to Libya. Within the scope of the visit, the activities which are carried out in the framework of the Security and Military Cooperation Memorandum of Understanding between Turkey and Libya will be examined, it was announced by the Ministry (MSB).

Akar and Orgeneral Güler, who came to the capital Trablus with a surprise visit, were welcomed with military ceremony at Mitiga International Airport by Libyan officials.

After the ceremony, Akar and Güler visited the Defence Security Cooperation and Training Assistance Advisory Command which was established in the scope of the memorandum and received briefing from the Turkish and Libyan commanders.

Speaking here, Minister Akar said "We are with you today and tomorrow. In line with the instructions of our Cumhurbaşkanı Recep Tayyip Erdoğan, we will always do whatever is necessary for our Libyan brothers." Akar said that the Turkish Armed Forces will continue the training and consultancy support to the Libyan army.

The delegation also is expected to meet with the Başkanlık Konseyi Başkanı Fayiz es-Serrac.

Cumhurbaşkanı Erdoğan, speaking to the journalists, said the visit of Akar is "part of a plan" and that the work with the legitimate government in Libya should be carried out very seriously and decisively. Erdoğan was in Katar yesterday where Libya was also discussed.

Earlier this week Deniz Kuvvetleri Komutanı Oramiral Adnan Özbal also visited Trablus and met with Libyan Chief of Staff eş-Şerif.

Last month, Dışişleri Bakanı Mevlüt Çavuşoğlu, Hazine ve Maliye Bakanı Berat Albayrak and MİT Başkanı Hakan Fidan also visited Trablus with a large delegation.

Exit mobile version

Libya Temsilciler Meclisi Başkanı Akile Salih Moskova'da Lavrov ile görüştü

03.07.2020 - 17:20

The Speaker of the Tobruk-based Libya House of Representatives, Akile Salih, who is allied to the putschist Hafter, met with Russia Foreign Minister Sergey Lavrov in Moscow.

According to the statement of the Russian Foreign Ministry, in the meeting the latest situation in Libya and the ways for political solution were discussed. Lavrov said that Russia supports a ceasefire and the launching of the political process on the basis of the decisions of the Berlin conference.

Salih is visiting Moscow in the time that the government forces are preparing for operation to Sirte and Cufra. Egypt president Sisi last month said Sirte-Cufra line is "red line" for Egypt.

Salih had announced last month together with Hafter in Cairo the so-called "Cairo Declaration", which was rejected by Ankara and by the legitimate government in Trablus.

Kaynak: Gündem Haber 24

Etiketler: Hulusi Akar, Libya, Trablus, Akile Salih, Lavrov"""),

dict(group=G, published="2020-07-04", outlet="Vostok Today",
title="Turkish defence minister and chief of staff pay unannounced visit to Tripoli",
text="""TRIPOLI, July 4 - Vostok Today. Turkish Defence Minister Hulusi Akar and Chief of the General Staff Yasar Guler arrived in Tripoli on Friday on an unannounced visit to review military cooperation with the Government of National Accord (GNA), the Turkish Defence Ministry said.

According to the ministry, Akar and Guler were met at Mitiga airport with a military ceremony and visited the Turkish command responsible for training and advising GNA forces, which was set up under a memorandum on military cooperation signed in November 2019. The GNA said the delegation held talks with Fayez al-Sarraj on "military and security cooperation".

GNA Deputy Defence Minister Salah al-Namroush said Turkish support in the military and security spheres would continue.

"We will always do whatever is needed for our Libyan brothers in accordance with the instructions of President Erdogan," Akar was quoted as saying.

Turkish President Recep Tayyip Erdogan said the trip was part of a plan, and noted that the commander of the Turkish Naval Forces had visited Tripoli earlier in the week.

It is the second ministerial-level Turkish visit to the Libyan capital in less than a month. On June 17, Turkish Foreign Minister Mevlut Cavusoglu, Finance Minister Berat Albayrak and intelligence chief Hakan Fidan held talks with al-Sarraj in Tripoli.

On Friday, the speaker of the House of Representatives in Tobruk, Aguila Saleh, held talks in Moscow with Russian Foreign Minister Sergei Lavrov. The Russian side reaffirmed its position that there is no military solution to the Libyan conflict and called for an immediate ceasefire and the resumption of the intra-Libyan dialogue on the basis of the decisions of the Berlin conference.

In June, Moscow welcomed the Cairo initiative on a Libyan settlement put forward by Egypt together with Haftar and Saleh, which was rejected by the GNA and Ankara. Consultations between the Russian and Turkish foreign and defence ministers planned for June 14 in Istanbul were postponed.

Earlier, Egyptian President Abdel Fattah el-Sisi warned that the line between Sirte and al-Jufra was a "red line" for Cairo, and that Egypt had the right to intervene if it were crossed. GNA forces, which are supported by Ankara, have been massing west of Sirte since June.

On Wednesday, France announced that it was suspending its participation in NATO's Sea Guardian maritime operation in the Mediterranean, accusing Turkey of violating the arms embargo on Libya.

The Russian Foreign Ministry has repeatedly expressed concern over the transfer of militants from Syria to Libya, and Moscow has called on all external players to refrain from steps that could lead to a new escalation.

Read also:
Lavrov and Saleh discuss political settlement in Libya
Zakharova: Russia is not a party to the Libyan conflict

Subscribe to Vostok Today on Telegram
Comments (0)"""),

dict(group=G, published="2020-07-03", outlet="Tripoli Free Voice",
title="Turkish Defense Minister and Chief of Staff arrive in Tripoli to review military cooperation",
text="""Tripoli Free Voice
Home > Libya > Politics

Turkish Defense Minister and Chief of Staff arrive in Tripoli to review military cooperation

3 July 2020 | TFV staff

The Turkish Minister of National Defense, Hulusi Akar, and the Chief of General Staff of the Turkish Armed Forces, General Yasar Guler, arrived in Tripoli on Friday on an official visit to follow up the implementation of the security and military cooperation memorandum signed between the Government of National Accord (GNA) and Turkey.

An official military ceremony was held for the Turkish delegation on its arrival at Mitiga International Airport.

The Head of the Presidential Council and Supreme Commander of the Libyan Army, Fayez Al-Sarraj, met the Turkish delegation, and the meeting discussed military and security cooperation and training programs under the memorandum, according to the media office of the Presidential Council.

Deputy Defense Minister Salahuddin Al-Namroush said Turkish support for the Libyan Army continues in the fields of security and military cooperation, stressing that the memorandum signed in November last year had helped protect the capital and its people from the aggression of war criminal Haftar.

The visit comes a month after the Libyan Army liberated Tripoli, Tarhuna and the western region from Haftar's militias and the Wagner mercenaries, and as the Army's units are massed west of Sirte awaiting orders to liberate the city and Al-Jufra airbase.

Earlier this week, the commander of the Turkish Naval Forces, Admiral Adnan Ozbal, also visited Tripoli and met the Chief of General Staff of the Libyan Army, Lt. Gen. Mohammed Al-Sharif.

The spokesman of the Sirte and Al-Jufra operations room, Brigadier General Abdul Hadi Drah, said on Tuesday that Wagner mercenaries had attacked civilians in Wadi Tamit, south of Sirte, killing one civilian and wounding another.

Last month, a high-level Turkish delegation led by Foreign Minister Mevlut Cavusoglu and including Finance Minister Berat Albayrak and intelligence chief Hakan Fidan visited Tripoli and discussed economic cooperation and reconstruction.

Speaking at the Turkish training command in Tripoli, Akar told Libyan and Turkish officers: "We are with you today and tomorrow. We will always do whatever is necessary for our Libyan brothers in line with the instructions of our President Recep Tayyip Erdogan."

The Libyan Army's advance also uncovered mass graves in Tarhuna and south of Tripoli, which drew expressions of shock from the United Nations and for which the GNA has demanded an international investigation into the crimes of Haftar's militias and the Kaniyat.

The Presidential Council described the recent statements of the Egyptian President, who threatened to intervene militarily if the Libyan Army advanced towards Sirte, as a declaration of war and a hostile act against the Libyan people.

The GNA insists that any ceasefire must include the withdrawal of Haftar's forces from Sirte and Al-Jufra, while Haftar's foreign backers, including Egypt, the UAE and Russia, continue to send weapons and mercenaries to the east."""),
]
