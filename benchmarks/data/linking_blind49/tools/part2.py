# Events 5-8
A = []

# ---- Event 5: Dendias meets Haftar in Benghazi, Sunday 22 Dec 2019
A.append(("dendias_meets_haftar_benghazi_2019_12_22", "2019-12-22", "Aegean Times Online",
"Dendias in Benghazi for talks with Haftar, then on to Cairo",
"""Foreign Minister Nikos Dendias travelled to Benghazi in eastern Libya on Sunday, where he held talks with Field Marshal Khalifa Haftar, commander of the self-styled Libyan National Army (LNA), according to diplomatic sources.

The minister flew to Libya on a government jet in the morning, in a visit that had not been officially announced. Libyan media reported that he also met Abdullah al-Thinni, prime minister of the eastern-based administration, and its foreign minister, Abdulhadi al-Hweij.

According to the same sources, Dendias set out the Greek position on the two memoranda signed between Turkey and the Tripoli government of Fayez al-Sarraj, stressing that their content is contrary to international law and to the law of the sea and that they cannot produce legal effects. He also discussed the situation on the ground and the prospects for a political process under the United Nations.

Dendias was also in contact with Aguila Saleh, speaker of the House of Representatives, who was in Athens earlier this month.

From Benghazi the minister travelled on to Cairo, where he is to meet his Egyptian counterpart Sameh Shoukry. He is then expected in Cyprus.

The trip comes a day after the Turkish parliament ratified the security and military cooperation memorandum with Tripoli, and ten days after EU leaders declared in Brussels that the Turkey-Libya maritime memorandum infringes on the sovereign rights of third states, does not comply with the law of the sea and cannot produce legal consequences for them.

Athens expelled the Libyan ambassador on December 6, after Tripoli refused to disclose the text of the maritime deal.

Share this:
Facebook Twitter Email

Related Articles
Greek-Egyptian EEZ talks to speed up, sources say
Nicosia and Athens coordinate response on maritime zones"""))

A.append(("dendias_meets_haftar_benghazi_2019_12_22", "2019-12-23", "Al-Manara News",
"Field Marshal Haftar receives the Greek Foreign Minister in Benghazi",
"""Benghazi - Al-Manara News

The General Commander of the Libyan Arab Armed Forces, Field Marshal Khalifa Haftar, received yesterday Sunday in his headquarters in Benghazi the Greek Foreign Minister Nikos Dendias and the accompanying delegation,.

According to what the media office of the General Command published, the meeting discussed the developments of the military situation in the capital Tripoli and the relations between the two countries, in addition to the memorandums of understanding which were signed by the head of the Presidential Council Fayez al-Sarraj with the Turkish President.

The Greek minister also met with the head of the interim government Abdullah al-Thinni and the Foreign Minister of the interim government Abdulhadi al-Hweij, who said that the interim government considers the memorandums null and do not bind the Libyan state, and that it welcomes the cooperation with Greece in all fields.

It is worth mentioning that Dendias went after that to Cairo where he meets his Egyptian counterpart Sameh Shoukry.

Read also: Al-Mesmari: the army advances in Salah al-Din axis and takes new positions

Read also: The Turkish parliament approves the military agreement with al-Sarraj

It is worth mentioning that the Speaker of the House of Representatives Counselor Aguila Saleh made a visit to Athens earlier this month where he met a number of Greek officials, and he affirmed the rejection of the parliament of the two memorandums.

The armed forces launched since April 4 an operation to liberate the capital Tripoli from the armed militias, and the General Commander announced this month the zero hour for the decisive battle.

Tags: Haftar, Greece, Benghazi, Turkey"""))

# ---- Event 6: Haftar in Athens, meets Mitsotakis and Dendias, 16-17 Jan 2020
A.append(("haftar_meets_mitsotakis_athens_2020_01_17", "2020-01-17", "Meridian Wire Service",
"Libya's Haftar holds talks in Athens as Greece protests Berlin snub",
"""ATHENS (MWS) - Eastern Libyan commander Khalifa Haftar met Greek Prime Minister Kyriakos Mitsotakis in Athens on Friday, two days before a peace conference on Libya in Berlin to which Greece has not been invited.

Haftar flew into Athens on Thursday evening in a visit that had not been announced and held a first meeting with Foreign Minister Nikos Dendias at a central Athens hotel. The two met again on Friday morning before Haftar went to Mitsotakis's office in parliament.

Dendias said afterwards that Haftar had agreed with all of Greece's positions, including that the memoranda Turkey signed with the Tripoli government in November were illegal and invalid. Athens encouraged him to take part in the Berlin conference in a constructive spirit and to seek a ceasefire and the withdrawal of mercenaries, Dendias said.

Mitsotakis said on Thursday that it was wrong for Greece to be left out of Sunday's meeting and that Athens would veto at EU level any political settlement for Libya that did not first cancel the Turkish-Libyan maritime memorandum.

Haftar left talks in Moscow on Tuesday without signing a ceasefire agreement that his rival, Government of National Accord head Fayez al-Serraj, had signed. A truce brokered by Russia and Turkey has largely held since Sunday, though both sides accuse each other of violations. Turkey's parliament authorised a troop deployment to Libya on Jan. 2.

Libya has been split between rival administrations in the east and west since 2014, three years after a NATO-backed uprising toppled and killed Muammar Gaddafi.

(Reporting by MWS Athens bureau; editing by Paul Hendry)"""))

A.append(("haftar_meets_mitsotakis_athens_2020_01_17", "2020-01-17", "Gulf Sentinel",
"Field Marshal Haftar in Athens: Greece, LNA united against illegal Turkish memoranda",
"""Field Marshal Khalifa Haftar, commander-in-chief of the Libyan National Army (LNA), held talks in Athens on Friday with Greek Prime Minister Kyriakos Mitsotakis and Foreign Minister Nikos Dendias, in a visit that underlined the growing alignment between Athens and the LNA against Turkish expansionism in the Mediterranean.

Arriving at the prime minister's office, the Field Marshal told reporters that the LNA sought peace and had come to Athens to talk about peace.

According to the Greek side, Haftar agreed with Athens that the two memoranda signed by the Tripoli-based Presidential Council with Ankara are illegal and void. Greek officials said the two sides discussed the Berlin conference on Sunday, the need for a genuine ceasefire and the removal of the Syrian mercenaries that Turkey has been transferring to Tripoli to fight alongside the militias.

The visit came after the LNA leadership declined to sign a document in Moscow earlier this week, which LNA sources said failed to address the presence of Turkish forces and mercenaries or to set a timetable for disbanding the militias.

Mitsotakis has warned that Greece will block at EU level any agreement on Libya that does not annul the memorandum on maritime zones, which Athens says ignores the rights of Crete. Greece has not been invited to Berlin, a decision Mitsotakis described as a mistake.

Ankara, which obtained parliamentary approval earlier this month to deploy troops in Libya, has announced that Turkish military personnel are already in Tripoli in what the LNA describes as a flagrant occupation.

The LNA has been fighting since April last year to free Tripoli from terrorist militias and restore state institutions. The UAE has repeatedly called for a political solution that preserves Libya's unity and rejects foreign interference.

Related Articles
Egypt: Turkish intervention in Libya a threat to Arab national security
LNA accepts truce but warns of Turkish violations"""))

A.append(("haftar_meets_mitsotakis_athens_2020_01_17", "2020-01-18", "Aegean Times Online",
"Haftar leaves Athens after talks; Dendias says commander shares Greek view on memoranda",
"""Libyan commander Khalifa Haftar left Athens on Friday afternoon after a visit of less than 24 hours during which he met Prime Minister Kyriakos Mitsotakis and, twice, Foreign Minister Nikos Dendias.

Dendias said Haftar had agreed with all Greek positions, including the recognition that the memoranda between Turkey and the Sarraj government are illegal and void. After Thursday evening's first round of talks, held under tight security at a hotel on Syntagma Square, the minister said Athens wanted a ceasefire, the departure of the mercenaries and the cancellation of what he called the illegal memoranda.

Dendias added that Greece expected Germany to express at the Berlin conference the common European position on the memoranda, as adopted by EU leaders in December. Asked about a veto, he said Greece wanted to contribute constructively to the Berlin process.

Mitsotakis had said in a television interview on Thursday that Greece would not accept any political solution at EU level that did not nullify the memorandum. He has also written to EU leaders and to the heads of the European Council and Commission setting out Athens' position.

Haftar's visit to Athens comes almost four weeks after Dendias went to Benghazi, where he met the commander on December 22.

Share this:
Twitter Facebook

Sakellaropoulou nomination: parliament to vote Wednesday

Prime Minister Kyriakos Mitsotakis' nomination of Katerina Sakellaropoulou, president of the Council of State, for the office of President of the Republic has won the backing of opposition SYRIZA, making her election next week all but certain.

If elected, the 63-year-old judge will become the first woman to hold the office in Greece. Parliament is scheduled to vote on Wednesday. Mitsotakis said when announcing his choice that she embodied the institutions and the values of a modern Greece.

The term of President Prokopis Pavlopoulos ends in March.

Related Articles
Opposition parties react to presidential nomination
Weather: cold spell to continue over the weekend"""))

# ---- Event 7: EU launches Operation Irini, Tuesday 31 March 2020
A.append(("eu_launches_operation_irini_2020_03_31", "2020-03-31", "PolicyDesk Releases",
"EU launches Operation IRINI to enforce Libya arms embargo",
"""Brussels, 31 March 2020 - The European Union is stepping up its efforts to enforce the UN arms embargo on Libya. Today the Council adopted a decision launching a new military operation in the Mediterranean, EUNAVFOR MED IRINI.

IRINI, Greek for "peace", will have as its core task the implementation of the UN arms embargo through the use of aerial, satellite and maritime assets. In particular, the mission will be able to carry out inspections of vessels on the high seas off the coast of Libya suspected to be carrying arms or related material to and from Libya, in accordance with UN Security Council Resolution 2292 (2016).

As secondary tasks, the operation will:
- monitor and gather information on illicit exports from Libya of petroleum, crude oil and refined petroleum products;
- contribute to the capacity building and training of the Libyan Coast Guard and Navy;
- contribute to the disruption of the business model of human smuggling and trafficking networks through information gathering and patrolling by planes.

The High Representative for Foreign Affairs and Security Policy, Josep Borrell, said that only political solutions and full respect for the arms embargo can bring an end to the Libyan crisis, and that diplomacy cannot succeed unless it is backed by action. The operation, he said, is a concrete contribution to the Berlin process and to a permanent ceasefire.

Rear Admiral Fabio Agostini has been appointed as EU Operation Commander. The operational headquarters will be located in Rome. The mandate will run until 31 March 2021, and the Political and Security Committee will keep it under review, including as regards its effects on migratory flows.

In parallel, Operation EUNAVFOR MED Sophia, launched on 22 June 2015, permanently ceases its activities.

Background
At the Berlin Conference on 19 January 2020, participants committed to respect the arms embargo established by the UN Security Council. On 17 February the Foreign Affairs Council reached political agreement to launch a new operation.

Press contacts
Press office - General Secretariat of the Council"""))

A.append(("eu_launches_operation_irini_2020_03_31", "2020-04-01", "Ankara Daily Courier",
"EU's new Libya naval mission 'serves putschist Hafter', say critics",
"""The European Union on Tuesday launched a new naval operation in the Mediterranean, dubbed Irini, to enforce the UN arms embargo on Libya, a move that drew immediate criticism from the legitimate government in Tripoli and observers in Ankara who say it will benefit putschist Khalifa Hafter.

According to the EU statement, Operation Irini, Greek for "peace", will use aerial, satellite and maritime assets and be able to inspect vessels on the high seas off Libya suspected of carrying arms. It replaces Operation Sophia and will be commanded from Rome.

Critics say the operation focuses on the sea, the main route through which the Government of National Accord (GNA) receives support from its partners, while leaving unmonitored the land border with Egypt and the air bridge through which the United Arab Emirates has flown weapons, armored vehicles and mercenaries to Hafter's militias in the east.

GNA Foreign Minister Mohamed Siala said the EU had not consulted the legitimate government before taking the decision and that an operation watching only the sea would in practice treat the victim and the aggressor alike. Tripoli has said it will study the decision.

Turkish diplomatic sources have repeatedly stressed that Ankara's support to the GNA is provided under a bilateral agreement with a UN-recognized government at its request, unlike the foreign fighters and weapons flowing to Hafter. Türkiye's military and security cooperation memorandum with Tripoli, signed in November, was ratified by parliament in December.

Hafter's forces have continued shelling residential areas of Tripoli despite calls by the UN for a humanitarian truce to allow authorities to confront the coronavirus pandemic. Last week the GNA launched Operation Peace Storm in response to the attacks.

The EU has come under criticism since the Berlin conference in January, where participants, including the countries backing Hafter, pledged to respect the arms embargo. UN officials have since said the embargo continues to be violated on a large scale."""))

A.append(("eu_launches_operation_irini_2020_03_31", "2020-04-01", "Tripoli Sahel News",
"Siala: Irini ignores air and land routes used to arm the aggressor",
"""TRIPOLI - Foreign Minister Mohamed Siala criticised on Wednesday the European Union's decision to launch a new naval operation, known as Irini, to monitor the arms embargo on Libya, saying it had been taken without consulting the Government of National Accord.

In statements to the press, Siala said the operation concentrates on the maritime route while the aggressor receives weapons by air through eastern airports and by land across the eastern border, routes which the European mission will not cover. He said the government would respond officially after studying the decision.

The EU announced on Tuesday that the operation, led from Rome by an Italian admiral, will use ships, aircraft and satellites, and will be able to inspect vessels suspected of carrying arms to or from Libya. It replaces the earlier Operation Sophia.

Meanwhile, the Volcano of Rage operation said its forces continued Operation Peace Storm, launched last week in response to the continued shelling of neighbourhoods in the capital by the forces of the war criminal Haftar. The Ministry of Health said shells had fallen on residential areas in the south of the city in recent days.

The government, for its part, has declared measures to counter the spread of the coronavirus, including a curfew, and welcomed international calls for a humanitarian truce, which the aggressor has ignored.

Share this:"""))

# ---- Event 8: Greek frigate Spetsai / Irini and the Cirkin, Wednesday 10 June 2020
A.append(("spetsai_irini_cirkin_standoff_2020_06_10", "2020-06-10", "Aegean Times Online",
"Greek frigate under EU command turned back from Turkish-escorted cargo ship off Libya",
"""A Greek navy helicopter operating under the EU's Irini mission was ordered back to its frigate early on Wednesday after Turkish warships escorting a cargo vessel bound for Libya told it that the ship was under the protection of the Turkish Republic, according to Greek defence sources.

The Tanzanian-flagged cargo ship Cirkin, suspected of carrying military equipment to Libya, was sailing south-west of Crete escorted by three Turkish frigates when it entered the area monitored by Irini, the sources said. The Italian commander of the EU force ordered the Greek frigate Spetsai, which was sailing between Crete and Libya, to send its helicopter to approach the vessel with a view to an inspection.

The helicopter's calls to the cargo ship went unanswered. Instead, one of the Turkish frigates radioed that the vessel was under Turkish protection. The Italian commander then ordered the helicopter to return to the Spetsai, since the operation has no mandate to act against vessels accompanied by warships of a third country. Monitoring of the ship continued, the sources said.

Greek media reported that the Hellenic Navy had been tracking the Cirkin since it left Turkish waters.

The incident comes a day after Greece and Italy signed an agreement in Athens delimiting their maritime zones in the Ionian Sea, which Foreign Minister Nikos Dendias described as a model of cooperation, in contrast to the Turkey-Libya memorandum of last November.

Athens and Ankara have traded accusations in recent weeks over the Libyan conflict, in which Turkey's military support has helped the Tripoli government push back the forces of Khalifa Haftar from the capital. Turkey has also announced plans to explore for oil and gas in areas covered by its maritime deal with Tripoli.

[ad_1]

Share this:
Facebook Twitter

Related Articles
Greek-Italian EEZ deal signed in Athens
Dendias: Irini must have the means to enforce the embargo"""))

A.append(("spetsai_irini_cirkin_standoff_2020_06_10", "2020-06-11", "Haber Ekspres 24",
"Yunan helikopteri Türk fırkateynlerini görünce geri döndü - Greek helicopter returned when saw Turkish frigates",
"""Exit mobile version

In Doğu Akdeniz a Greek military helicopter, which wanted to control the cargo ship carrying the medical aid material to Libya, after the warning of Turkish Navy frigates went back, the Greek media reported. The incident in the early hours of Çarşamba in the south-west of Girit island happened.

According to Greek CNN, the Yunan frigate Spetsai which is in the EU's so-called Irini operation, with order from Italian commander, sent the helicopter to the Tanzania flag ship Çirkin. When the helicopter approached, one of the Turkish frigates did a radio call and said the ship is under the protection of Türkiye Cumhuriyeti. After this, the helicopter returned to its ship.

A Turkish official speaking to foreign press with condition of anonymity said the incident was not close and did not put any lives in danger. "Greek ships were already miles away, they left as soon as they saw our frigates," official said.

Turkish sources said the cargo ship is carrying humanitarian aid and medical supplies for Libya in the fight against koronavirüs pandemic, and the claims that it carries weapon are baseless.

Ankara criticize the Irini operation since its beginning because it is not controlling the air and land routes from which the putschist Hafter get weapons from BAE (UAE) and Egypt, and it is only targeting the legal government of Trablus (UMH).

The government of national accord (UMH) forces in recent weeks with the support of Turkey take back Trablus and Tarhuna, and now advance toward Sirte.

Etiketler: Yunanistan, İrini, Libya, Akdeniz, fırkateyn

Bu haberi paylaş"""))

A.append(("spetsai_irini_cirkin_standoff_2020_06_10", "2020-06-11", "MedWatch Live",
"Mediterranean live: Greek-Turkish naval standoff off Libya, Sirte front, Greece-Italy deal reactions",
"""LIVE - updated 11 June 2020

09:40 - Good morning and welcome to our rolling coverage of the eastern Mediterranean and Libya.

09:45 - The main story this morning remains yesterday's encounter south-west of Crete. A Greek frigate, the Spetsai, taking part in the EU's Irini operation, was ordered by the mission's Italian commander to check the Tanzania-flagged freighter Cirkin, suspected of carrying weapons to Libya. Turkish frigates escorting the cargo ship - three of them according to Greek reports - radioed the Greek helicopter that the vessel was under Turkish protection. The helicopter turned back. No boarding took place.

09:52 - A Turkish official, quoted by a London-based news site, played it down: no lives were in danger, and the Greek vessels were "miles away anyway". Ankara says the Cirkin carries medical supplies.

10:05 - Context: Irini's mandate allows inspections on the high seas only with the consent of the flag state, and the mission cannot stop a ship that is escorted by a third country's navy. Greek officials have long argued Irini lacks teeth.

10:20 - In Libya, forces of the Tripoli-based Government of National Accord say they are massing west of Sirte, after retaking the whole of the Tripoli region and Tarhuna last week. Haftar's LNA says its air force struck GNA columns. Casualty figures not confirmed.

10:35 - Reaction keeps coming in to Tuesday's Greece-Italy maritime delimitation deal, signed in Athens by Nikos Dendias and Luigi Di Maio. Turkish officials dismissed it; Greek commentators say it strengthens Athens' case against the Turkey-Libya memorandum.

10:50 - Egyptian President Abdel Fattah al-Sisi's "Cairo Declaration" ceasefire initiative, announced on Saturday with Haftar and Aguila Saleh at his side, has been welcomed by Russia and the UAE but rejected by Tripoli and Ankara.

11:10 - We'll bring you more as it happens.

This blog uses cookies. By continuing to browse you agree to our cookie policy."""))
