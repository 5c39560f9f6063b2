# Articles part C: events 9-13 (Jun - Aug 2020). Written by hand, blind.
ARTS = []
def add(slug, published, outlet, title, text):
    ARTS.append(dict(slug=slug, published=published, outlet=outlet, title=title, text=text.strip()))

MERIDIAN_BOILER = ("Libya has been in turmoil since a NATO-backed uprising toppled Muammar Gaddafi in 2011. "
                   "Since 2014 the country has been split between rival administrations in Tripoli and the east.")

# ---------------- E9 Sisi red line, Sidi Barrani, 20 Jun 2020 ----------------
E9 = "sisi_sirte_jufra_red_line_sidi_barrani_2020_06_20"
add(E9, "2020-06-20", "Meridian Wire",
"Egypt's Sisi says Sirte and Jufra a 'red line', warns of possible intervention in Libya",
"""
CAIRO (Meridian) - Egyptian President Abdel Fattah al-Sisi said on Saturday that any advance by Turkish-backed Libyan government forces on the city of Sirte or the Jufra air base would be a "red line" for Egypt, and told his army to be ready to carry out missions outside the country if necessary.

Sisi was speaking while inspecting troops at an air base in Sidi Barrani in Egypt's western military region, about 100 km from the Libyan border.

He said any direct intervention by Egypt in Libya would now have international legitimacy, either under the right to self-defence or at the request of the only elected authority in Libya, a reference to the eastern-based House of Representatives that backs commander Khalifa Haftar.

Sisi said Egypt's aims would be to protect its long western border, help restore security and stability in Libya and support a ceasefire. He called on both sides to stop at the current front lines and begin talks, and said Egypt was ready to train and arm Libyan tribesmen.

The forces of the Tripoli-based Government of National Accord (GNA), which with Turkish help drove Haftar's Libyan National Army (LNA) from the outskirts of Tripoli and the rest of the northwest this spring, have been massing west of Sirte since early June. The GNA has said it will not stop until it retakes Sirte and Jufra.

Earlier this month Sisi hosted Haftar and parliament speaker Aguila Saleh in Cairo to announce a ceasefire plan, which the GNA and Turkey rejected.

There was no immediate comment from Tripoli or Ankara.

""" + MERIDIAN_BOILER + """
""")

add(E9, "2020-06-21", "Emirates Focus 24",
"UAE, Saudi Arabia stand with Egypt after Sisi draws line at Sirte and Jufra",
"""
[ad_1]

Abu Dhabi - Emirates Focus 24

The United Arab Emirates said it stands fully with Egypt in all measures it takes to protect its security and stability from the repercussions of the situation in Libya, after President Abdel Fattah al-Sisi declared that the line between Sirte and al-Jufra was a red line for Egyptian national security.

Saudi Arabia also said it supports Egypt's right to defend its borders and its people from extremism, terrorist militias and their backers in the region, and Bahrain voiced similar support, state news agencies reported.

Speaking on Saturday during an inspection of army units at an air base in the western military region near the Libyan border, Sisi said Egypt had never been aggressive and did not wish to interfere in other countries' affairs, but that any direct intervention had become legitimate internationally. He told the troops to be prepared to carry out any mission inside or, if necessary, outside Egypt's borders.

Sisi called for a ceasefire along current lines and a return to political negotiations on the basis of the Cairo Declaration announced on June 6 with Field Marshal Khalifa Haftar, commander of the Libyan National Army, and Speaker of the House of Representatives Aguila Saleh.

Analysts said the Egyptian warning was a clear message to Turkey, which has sent thousands of Syrian mercenaries, drones and military officers to support the militias of the Tripoli government, and which has been pushing them towards Sirte, the gateway to Libya's oil crescent.

The Tripoli-based government, in a statement on Sunday, rejected the remarks as interference in Libyan affairs.

[ad_2]
Source link

Related Posts
- Libyan National Army: Turkish reinforcements arriving in Misrata
- UAE welcomes Cairo Declaration on Libya
""")

add(E9, "2020-06-21", "Al-Waha Gate",
"Al-Sisi: Sirte and Al-Jufra are a red line .. and the Accord: a declaration of war",
"""
Al-Waha Gate - Cairo - Tripoli

The Egyptian President Abdel Fattah Al-Sisi said yesterday Saturday, that the line of Sirte and Al-Jufra is a red line for Egypt, and that any direct intervention of Egypt in Libya became having the international legitimacy.

Al-Sisi said, during his inspection of the units of the armed forces in the western military zone in the Sidi Barrani base near the Libyan borders, that the intervention would be either on the basis of the right of self defence according to the charter of the United Nations, or based on the request of the only elected legitimate authority in Libya, which is the House of Representatives.

And he addressed the soldiers, saying: be ready for executing any mission inside our borders, or if necessary outside our borders.

Read also: Egypt hosts the Libyan tribes .. and Aguila Saleh: we will ask the Egyptian army to intervene if needed

Al-Sisi added that Egypt is ready to train and arm the sons of the Libyan tribes, and called to stop the fire at the current lines and to return to the negotiations.

From its side, the Presidential Council of the Accord government considered today Sunday, in a statement, that the statements of the Egyptian president are a hostile act and a flagrant interference in the Libyan affairs and amount to a declaration of war, and affirmed its rejection of any interference.

Read also: Turkey: the Cairo initiative was born dead

It is worth mentioning that the forces of the Accord, supported by Turkey, are mobilizing in the west of the city of Sirte since the beginning of June, after controlling all of the west of the country, including the Al-Watiya base and the city of Tarhuna.

It is worth mentioning that Libya is living in chaos since the fall of the regime of Muammar Al-Qaddafi in 2011.
""")

# ---------------- E10 Akar and Guler visit Tripoli, 3 Jul 2020 ----------------
E10 = "akar_guler_visit_tripoli_2020_07_03"
add(E10, "2020-07-03", "Türkiye Herald",
"Defense Minister Akar, Chief of General Staff Güler in Libya",
"""
TRIPOLI

Turkish Defense Minister Hulusi Akar and Chief of General Staff Gen. Yaşar Güler arrived in the Libyan capital Tripoli on Friday for an official visit.

Akar and Güler were received by officials of the legitimate Government of National Accord (GNA), the Turkish National Defense Ministry said.

During the visit, the delegation will meet Fayez al-Sarraj, the head of the Presidential Council, and review the activities carried out under the military training, cooperation and consultancy agreement between Turkey and Libya, the ministry said.

They will also inspect the Turkish personnel serving in Libya.

Turkey has been providing military training and consultancy support to the GNA under the security and military cooperation memorandum signed on Nov. 27, 2019.

With Turkish support, the Libyan army has driven putschist Hafter's militias out of Tripoli, Tarhuna and the whole of western Libya in recent months, including the strategic al-Watiya air base, which was liberated on May 18.

Turkey has said a lasting ceasefire requires Hafter's forces to withdraw from Sirte and al-Jufra. Foreign Minister Mevlüt Çavuşoğlu has said the Cairo initiative announced by Egypt last month was stillborn and aimed to save Hafter.

Hafter's militias launched an offensive on Tripoli in April 2019, which ended in defeat in June.
""")

add(E10, "2020-07-04", "HaberAkış",
"Bakan Akar Trablus'ta: Libyalı kardeşlerimizin yanında olmaya devam edeceğiz",
"""
Ana Sayfa » Gündem » Bakan Akar Trablus'ta konuştu

Milli Savunma Bakanı Hulusi Akar, Genelkurmay Başkanı Orgeneral Yaşar Güler ile Libya'ya gitti. Bakan Akar and Orgeneral Güler who arrived in Trablus Cuma (Friday), met with Libya UMH Presidential Council Chairman Fayiz es-Serrac.

In the meeting which took place at the Presidential Council, the Turkey-Libya military cooperation and the last situation in the region was discussed, according to the statement of MSB (Ministry).

Bakan Akar, speaking to Turkish personnel which is on duty in Libya in the framework of the training and consultancy support, said that Turkey is in Libya upon the invitation of the legitimate government and with the approval of TBMM, and Turkey will continue to stand by the Libyan brothers.

Akar said, the Turkish Armed Forces is working for the security and stability of Libya, and the aim is the peace of the Libyan people.

Akar and Güler visit continued today Cumartesi (Saturday). The delegation visited the units and received information about the activities.

It is known that with the support of Turkey, the UMH forces liberated the Vatiye (Watiya) Hava Üssü on 18 Mayıs and Tarhuna in Haziran, and Hafter forces retreated to Sirte.

Ayrıca (also): On Nov 2019 Cumhurbaşkanı Erdoğan and Serrac signed the security cooperation memorandum in Istanbul.

Etiketler: Hulusi Akar, Yaşar Güler, Libya, Trablus, Serrac, MSB

Exit mobile version
""")

add(E10, "2020-07-04", "Nile Sentinel",
"Turkish defence minister in Tripoli: occupation visit amid reports of plans for permanent bases",
"""
Nile Sentinel - Arab Affairs desk

Turkish Defence Minister Hulusi Akar and Chief of Staff Yasar Guler arrived in Tripoli on Friday in a visit that Libyan and Arab observers described as a clear sign of Ankara's intention to entrench its military occupation of western Libya.

Akar met Fayez al-Sarraj, head of the Tripoli-based Presidential Council, and inspected Turkish forces deployed in the capital, according to the Turkish Defence Ministry, which published pictures of the visit.

Arab and Turkish media have reported that Ankara is seeking to establish permanent military bases in Libya, one an air base at al-Watiya, which the militias seized in May with Turkish drone support, and another a naval base in Misrata. Neither Ankara nor the Tripoli government has confirmed the reports.

The Libyan National Army's spokesman, Maj. Gen. Ahmed al-Mesmari, has repeatedly warned that Turkey is transferring weapons and Syrian mercenaries to Misrata and Tripoli in preparation for an attack on Sirte and al-Jufra.

President Abdel Fattah al-Sisi declared two weeks ago that Sirte and al-Jufra are a red line for Egypt's national security, and said Egypt's intervention would have international legitimacy. The Cairo Declaration, announced on June 6 with Field Marshal Khalifa Haftar and Speaker Aguila Saleh, remains the only serious political initiative on the table, Egyptian officials say.

The Turkish visit comes days after France accused Turkey of aggressive behaviour against a French frigate taking part in a NATO mission in the Mediterranean and suspended its participation in the operation.

Share this:
Facebook | Twitter | WhatsApp
""")

# ---------------- E11 Airstrikes on al-Watiya, 5 Jul 2020 ----------------
E11 = "airstrikes_on_watiya_airbase_2020_07_05"
add(E11, "2020-07-05", "Meridian Wire",
"Air strikes hit Libyan base held by Turkey-backed forces",
"""
TRIPOLI (Meridian) - Unidentified warplanes carried out air strikes overnight on al-Watiya air base in western Libya, which forces aligned with the Tripoli government captured in May with Turkish help, officials on both sides said on Sunday.

A military source with the Government of National Accord (GNA) said the strikes had hit some equipment recently brought to reinforce the base, including an air defence system, but caused no casualties.

A military source with Khalifa Haftar's Libyan National Army (LNA) told an Arab television channel that the strikes had destroyed Turkish air defence systems, but did not say who carried them out. Residents of nearby towns said they heard several explosions during the night.

There was no immediate comment from Ankara.

The strikes came hours after Turkish Defence Minister Hulusi Akar and his chief of staff ended a two-day visit to Tripoli, during which they met GNA head Fayez al-Sarraj and Turkish military personnel.

Al-Watiya, near the Tunisian border, was for years the LNA's main base in western Libya. Its capture by GNA forces on May 18 marked the start of the collapse of Haftar's 14-month offensive on Tripoli. Turkish officials have spoken of using the base, and media reports said Turkey had recently deployed air defence equipment there.

The front line has since moved to Sirte, where GNA forces are massing. Egyptian President Abdel Fattah al-Sisi warned last month that an advance on Sirte or Jufra could trigger Egyptian intervention.

""" + MERIDIAN_BOILER + """
""")

add(E11, "2020-07-05", "Emirates Focus 24",
"Mystery jets pound al-Watiya, destroying Turkish air defences days after deployment",
"""
Abu Dhabi - Emirates Focus 24

Unidentified military aircraft launched a series of air strikes at dawn on Sunday on al-Watiya air base in western Libya, destroying Turkish air defence and radar systems that Ankara had installed there only days earlier, Libyan military sources said.

The sources told Emirates Focus 24 that the strikes hit at least nine targets inside the base, including a US-made Hawk air defence battery and a Turkish electronic warfare system, and that ambulances were seen heading to the base after the raids. Some Libyan outlets reported that several Turkish officers and technicians were killed, a claim that could not be verified. Turkish-affiliated media said there were no casualties.

The strikes followed a visit to Tripoli by Turkish Defence Minister Hulusi Akar and Chief of Staff Yasar Guler, which the Libyan National Army described as a provocation. The army has repeatedly said it would target Turkish military positions and the mercenaries brought by Ankara.

The base was seized by militias loyal to the Government of National Accord on May 18 after Turkish drones pounded the army's positions for weeks. Reports since then have said Ankara plans to turn al-Watiya into a permanent Turkish air base.

Egypt has warned that any attack on Sirte and al-Jufra would cross a red line, and President Abdel Fattah al-Sisi said Egyptian intervention would be legitimate.

Libyan National Army spokesman Ahmed al-Mesmari did not comment directly on the strikes.

Read more:
- The Turkish occupation of Libya: a timeline
- Arab League: foreign interference fuels the conflict
""")

add(E11, "2020-07-06", "Levant & Maghreb Daily Brief",
"Daily Brief, Monday 6 July: al-Watiya hit; oil still shut; France and NATO",
"""
Good morning. Here is what you need to know today.

1) LIBYA - AL-WATIYA STRIKES. Unidentified jets bombed al-Watiya air base southwest of Tripoli in the early hours of Sunday. The base was taken from Haftar's LNA by Tripoli forces on May 18 and is where Turkey was reported to have just installed air defences, including Hawk missiles. Accounts differ sharply: a GNA military source told Turkish state media that equipment was damaged but nobody was killed; LNA-aligned sources say Turkish systems were wiped out and hint at casualties. Nobody has claimed responsibility. Speculation in Tripoli centres on Emirati or Egyptian aircraft; no evidence has been presented. A Turkish official was quoted by regional media as vowing retribution. Context: the strikes came hours after Defence Minister Hulusi Akar wrapped up a two-day trip to Tripoli with Chief of Staff Yasar Guler.

2) LIBYA - OIL. Exports remain largely shut since January's blockade by forces loyal to Haftar. The NOC has accused foreign mercenaries of moving into the Sharara field last month and says talks on reopening are hostage to foreign powers.

3) FRANCE - NATO. Paris has suspended its part in NATO's Sea Guardian operation, citing the June 10 incident in which it says Turkish warships targeted a French frigate with fire-control radar while it was trying to inspect a cargo ship suspected of carrying arms to Libya. Ankara denies the account.

4) EGYPT. Cairo is expected to host Libyan tribal figures in the coming weeks, after Sisi's June 20 "red line" speech at Sidi Barrani.

That's it for today.
""")

# ---------------- E12 Turkey-Libya-Malta trilateral, Ankara, 20 Jul 2020 ----------------
E12 = "akar_bashagha_camilleri_trilateral_ankara_2020_07_20"
add(E12, "2020-07-20", "NewsWire Release Desk",
"Turkey, Libya and Malta hold trilateral meeting in Ankara",
"""
NEWSWIRE RELEASE DESK - Government statements

ANKARA, July 20, 2020 - Turkish Minister of National Defence Hulusi Akar hosted Fathi Bashagha, Minister of Interior of Libya's Government of National Accord, and Byron Camilleri, Malta's Minister for Home Affairs, National Security and Law Enforcement, at the Ministry of National Defence on Monday.

Following separate bilateral meetings, the three ministers held a trilateral meeting on regional developments, security in the Mediterranean, irregular migration and the situation in Libya, and issued a joint press statement.

Minister Akar stated that the three countries had agreed to continue their cooperation in the coming period for peace in the region, and that this cooperation could serve as a model. He said it was essential that all support given to putschist Haftar, which prevents peace, security and territorial integrity in Libya, end immediately.

Minister Bashagha stated that supporting Libya's stability is one of the most important points for stability in the Mediterranean basin, and called on countries backing Haftar to stop supporting a wrong and unrealistic project.

Minister Camilleri noted that the Mediterranean remains one of the deadliest migration routes in the world, thanked Turkey for its readiness to provide concrete support, and stressed the importance of preserving a united Libya.

ENDS
""")

add(E12, "2020-07-21", "Tripoli Free Press",
"Bashagha in Ankara: Libya, Turkey and Malta agree to deepen security cooperation",
"""
Tripoli Free Press - Politics

Interior Minister Fathi Bashagha held talks in Ankara on Monday with Turkish Defence Minister Hulusi Akar and Maltese Home Affairs and National Security Minister Byron Camilleri, in the first trilateral meeting of its kind between the three Mediterranean neighbours.

The ministers discussed cooperation in combating illegal migration, organised crime and terrorism, and the security situation in Libya and the Mediterranean, the Interior Ministry said in a statement.

Bashagha said the stability of Libya was key to the stability of the whole Mediterranean basin, and accused the states backing the aggressor Khalifa Haftar of undermining security in the region. He urged them to stop supporting what he called an unrealistic project that had brought only death and chaos.

Akar said the cooperation among the three countries would continue in the coming days, and called for an immediate end to all support for Haftar.

Camilleri said Malta counted on Turkish and Libyan cooperation to reduce the deaths of migrants at sea, and stressed the need to preserve Libya's unity.

Malta, which lies on the main migrant route from western Libya to Europe, signed a memorandum on migration cooperation with the Government of National Accord in May and has pulled out of the EU's Irini naval operation, which monitors the arms embargo and which Tripoli and Ankara accuse of targeting only arms shipments to the government.

The meeting came on the same day that the Egyptian House of Representatives approved the deployment of Egyptian forces on combat missions outside the country's borders, a step seen as paving the way for possible intervention in Libya after President Abdel Fattah al-Sisi's warning last month that Sirte and al-Jufra were a red line. The government in Tripoli has rejected the Egyptian threats.

Earlier this month, Akar and Turkish Chief of Staff Yasar Guler visited Tripoli, where they met Prime Minister Fayez al-Serraj. Days later al-Watiya air base was hit by air strikes from unidentified aircraft.
""")

# ---------------- E13 Akar and Qatar's Attiyah in Tripoli, 17 Aug 2020 ----------------
E13 = "akar_attiyah_tripoli_military_deal_2020_08_17"
add(E13, "2020-08-18", "Al-Waha Gate",
"Namroush: an agreement with Turkey and Qatar on sending military advisers and training Libyan cadres",
"""
Al-Waha Gate - Tripoli

The Undersecretary of the Ministry of Defence in the Accord government, Salah Al-Din Al-Namroush, announced an agreement with Turkey and Qatar on tripartite cooperation for building the Libyan military institution in the fields of training and consultation, after the visit of the defence ministers of the two countries to Tripoli yesterday Monday.

Al-Namroush said, in statements to the press, that the agreement includes sending military advisers to Libya and providing seats for the training of Libyan cadres in the military colleges of the two brotherly countries, without giving more details about the terms of the agreement or its timing.

And the Turkish Defence Minister Hulusi Akar and the Qatari Minister of State for Defence Affairs Khalid bin Mohammed Al-Attiyah had arrived to Tripoli yesterday Monday, where they met with the head of the Presidential Council Fayez Al-Sarraj, and the talks dealt with the developments in Libya and the military mobilizations in the east of Sirte and Al-Jufra, according to a statement of the media office of the Presidential Council.

Read also: The German Foreign Minister in Tripoli: the calm in Libya is deceptive

It is worth mentioning that the Turkish Foreign Minister Mevlut Cavusoglu had visited Tripoli on the sixth of this month accompanied by his Maltese counterpart Evarist Bartolo, and met with Al-Sarraj and the head of the High Council of State Khaled Al-Mishri.

It is worth mentioning that Libya is living in chaos since the fall of the regime of Muammar Al-Qaddafi in 2011.

Al-Waha Gate - International

The Special Tribunal for Lebanon delivers its verdict in the case of the assassination of Rafik Hariri

The Special Tribunal for Lebanon, which is sitting in the Netherlands, announced today Tuesday its verdict in the case of the assassination of the former Lebanese Prime Minister Rafik Hariri, finding Salim Ayyash, a member of Hezbollah, guilty in absentia of participation in the bombing which killed Hariri and 21 others in Beirut on the fourteenth of February 2005.

The tribunal acquitted the three other defendants, for lack of evidence, and the judges said that they did not find evidence that the leadership of Hezbollah or Syria had a direct role in the assassination.

The son of the late Hariri, Saad Hariri, who attended the session, said that the family accepts the verdict and that justice must be done. The sentence will be announced at a later date.

Read also: Beirut two weeks after the explosion of the port .. counting the losses
""")

add(E13, "2020-08-18", "Nile Sentinel",
"Doha joins Ankara in Tripoli: Qatari-Turkish military deal deepens foreign occupation of western Libya",
"""
Nile Sentinel - Arab Affairs desk

Qatar on Monday openly joined Turkey's military intervention in Libya, after Qatari Minister of State for Defence Affairs Khalid al-Attiyah arrived in Tripoli alongside Turkish Defence Minister Hulusi Akar for talks with Fayez al-Sarraj that ended with a tripartite agreement on military training and advisers.

Salah al-Namroush, deputy defence minister in the Tripoli government, said the three sides agreed to send Qatari and Turkish military advisers to Libya and to train Libyan personnel in Turkish and Qatari military colleges.

Egyptian and Libyan analysts said the deal was an attempt to give legal cover to the presence of Turkish forces and thousands of Syrian mercenaries in western Libya, and to Qatari funding for the militias. It comes as the militias continue to mobilise west of Sirte and al-Jufra, which President Abdel Fattah al-Sisi declared in June a red line for Egypt's national security.

The Libyan National Army has warned that it will respond to any attack on Sirte.

The visit was the second by Akar to Tripoli in six weeks. His previous trip, on July 3 and 4, was followed within hours by air strikes on al-Watiya air base that destroyed Turkish air defence systems.

The visit also coincided with a trip to Tripoli by German Foreign Minister Heiko Maas, who warned that the calm on the front lines could be deceptive and that foreign weapons continued to flow into the country.

Egypt and Greece signed an agreement on August 6 on the delimitation of their exclusive economic zones in the Mediterranean, a step Cairo said responds to the illegal memorandum signed between Ankara and the Tripoli government in November. Turkey responded by sending a survey ship escorted by warships into waters claimed by Greece.

Share this:
Facebook | Twitter | WhatsApp
""")

add(E13, "2020-08-18", "Aegean Observer",
"Turkey and Qatar to send military advisers to Tripoli as East Med standoff drags on",
"""
We use cookies to ensure that we give you the best experience on our website. If you continue to use this site we will assume that you are happy with it. Ok

Aegean Observer | Politics | Foreign Affairs

By Eleni Mavrogeni

Turkey and Qatar will send military advisers to Libya and train officers of the Tripoli-based Government of National Accord at their military academies, the GNA announced after Turkish Defence Minister Hulusi Akar and his Qatari counterpart Khalid al-Attiyah held talks in Tripoli on Monday.

Akar, accompanied by Chief of General Staff Yasar Guler, met GNA chief Fayez al-Sarraj together with the Qatari minister. The GNA's deputy defence minister, Salah al-Namroush, said the three governments had agreed on cooperation to build up Libya's military institutions through training and advice. According to the Turkish side, Akar said Ankara would keep supporting the "legitimate government" so that Libyans could regain security and stability.

It was Akar's second trip to Tripoli in little more than six weeks, and the latest in a string of high-level Turkish visits: Foreign Minister Mevlut Cavusoglu was in the Libyan capital on August 6 with Maltese Foreign Minister Evarist Bartolo.

In Athens, officials see the Libya file as inseparable from the confrontation at sea. The memorandum Ankara signed with Sarraj in November 2019 is the basis of Turkey's claim to waters south of Crete. Greece answered on August 6 with its own agreement with Egypt partially delimiting the two countries' exclusive economic zones, and Turkey responded on August 10 by sending the survey vessel Oruc Reis, escorted by warships, into waters Athens claims as part of its continental shelf.

German Foreign Minister Heiko Maas, who has been trying to mediate between Athens and Ankara, was also in Tripoli on Monday and warned that the calm around Sirte could prove deceptive.

Share this:
Facebook Twitter Email

Related Articles
Oruc Reis remains south of Kastellorizo
Dendias: 'No negotiation under threat'
""")
