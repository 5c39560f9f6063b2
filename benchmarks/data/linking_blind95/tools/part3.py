# Events: Greece announces reopening of Tripoli embassy (2021-02-06), Mitsotakis in Tripoli (2021-04-06), consulate in Benghazi (2021-04-12)
BG_EMB = ("Greece's embassy in Tripoli has been closed since July 2014, when a Greek navy frigate evacuated Greek and other foreign "
 "nationals as fighting engulfed the capital. Relations with Tripoli collapsed after the Government of National Accord signed "
 "a maritime memorandum with Turkey in November 2019, which Athens says ignores Crete.")
ARTICLES = [
dict(group="greece_announces_reopening_of_tripoli_embassy_2021_02_06", published="2021-02-06", outlet="Meridian Press Agency",
title="Greece to reopen Tripoli embassy after Libya picks interim leaders",
text="""ATHENS (MPA) - Greece will immediately reopen its embassy in Tripoli and begin the process of opening a consulate general in Benghazi, the foreign ministry said on Saturday, a day after UN-sponsored talks chose a new interim leadership for Libya.

The decision was taken by Foreign Minister Nikos Dendias "in light of yesterday's events", the ministry said, citing the election in Geneva of Mohamed al-Menfi as head of a new three-member Presidential Council and of Abdul Hamid Dbeibah as prime minister.

Menfi was until December 2019 Tripoli's ambassador to Greece and was expelled by Athens over the Turkey-Libya maritime accord.

""" + BG_EMB + """

The interim authorities are meant to lead Libya to national elections on December 24.
"""),
dict(group="greece_announces_reopening_of_tripoli_embassy_2021_02_06", published="2021-02-07", outlet="Athens Chronicle English",
title="Back to Tripoli: Athens reopens embassy as the envoy it expelled becomes Libya's president",
text="""Exit mobile version

The foreign ministry announced on Saturday that the Greek embassy in Tripoli will resume operation with immediate effect and that preparations will begin for a consulate general in Benghazi — a swift response to the vote in Geneva on Friday that gave Libya a new, unified interim executive.

The announcement came with a twist that was not lost on anyone in Athens. The man chosen by the Libyan Political Dialogue Forum to chair the new Presidential Council, Mohamed Younis al-Menfi, is the same diplomat Greece declared persona non grata fourteen months ago, when he failed to provide the text of the Turkish-Libyan memorandum that Tripoli had signed in Istanbul.

Diplomatic sources stressed on Sunday that Menfi had not been expelled for personal reasons and that he was known in Athens as a moderate from the east of the country, from Tobruk. "He knows Greece well," one official said. The ministry statement said Athens hoped to build contacts with the new council "as soon as possible" to strengthen bilateral relations on the basis of international law.

The new prime minister, businessman Abdul Hamid Dbeibah from Misrata, is regarded as closer to Ankara, and the question hanging over the reopening is whether the new government will keep the 2019 memorandum in place. Turkey has said that it will.

The embassy has been shut since the summer of 2014, when the Greek navy evacuated about 200 people, Greeks and foreigners, from the capital. In the years of the civil war that followed, Greece's involvement in Libya was limited, until the memorandum of November 2019 brought Athens into the crisis. Since then Foreign Minister Nikos Dendias has visited Benghazi, in December 2019, and Tobruk, last summer, while Khalifa Haftar was received in Athens in January 2020 on the eve of the Berlin conference, to which Greece was not invited.

The interim government is supposed to hold elections on December 24.

Share this:
Related: Dendias: Libya's new leadership an opportunity for the Mediterranean
"""),
dict(group="mitsotakis_visits_tripoli_reopens_embassy_2021_04_06", published="2021-04-06", outlet="Meridian Press Agency",
title="Greek PM in Tripoli, reopens embassy after nearly seven years",
text="""TRIPOLI (MPA) - Greek Prime Minister Kyriakos Mitsotakis visited Tripoli on Tuesday and reopened his country's embassy, the latest European leader to travel to the Libyan capital to back its new unity government.

Mitsotakis, accompanied by Foreign Minister Nikos Dendias, held talks with Presidential Council head Mohamed al-Menfi and interim Prime Minister Abdul Hamid Dbeibah.

He said the two sides had agreed to restart talks on delimiting their maritime zones, and he repeated Athens' view that the 2019 accord between Turkey and Libya's previous government was invalid. "Greece is ready to help the new Libya," he told reporters.

Dbeibah said he welcomed Greek participation in reconstruction and that any disagreement on the sea boundary would be handled through dialogue. He did not say whether his government would revisit the Turkish accord.

""" + BG_EMB + """

Mitsotakis also called for the departure of foreign fighters and mercenaries from Libya. Turkey has troops in the west of the country, while Russian mercenaries back eastern commander Khalifa Haftar. The interim government is due to hold elections in December.
"""),
dict(group="mitsotakis_visits_tripoli_reopens_embassy_2021_04_06", published="2021-04-07", outlet="The Continental Review",
title="Mitsotakis goes to Tripoli with an olive branch — and a map",
text="""By Helena Marsh

ATHENS — Sixteen months ago Greece expelled the Libyan ambassador. On Tuesday the Greek prime minister stood in Tripoli next to the man who had been that ambassador, now the head of Libya's Presidential Council, and declared the Greek embassy open again.

The visit by Kyriakos Mitsotakis, with Foreign Minister Nikos Dendias at his side, was the clearest sign yet that Athens intends to compete for influence in a capital where, for two years, Turkey has been the dominant foreign power. It was part of a European rush to Tripoli since the Government of National Unity was sworn in last month.

Mitsotakis came with two messages. The first was an offer: Greek firms want a share of reconstruction, from power plants to ports, and Athens is ready to help with training and institutions. The second was a demand wrapped in diplomatic language. The memorandum signed in November 2019 by Fayez al-Sarraj and Recep Tayyip Erdogan, he said after his talks, was invalid, and he and Prime Minister Abdul Hamid Dbeibah had agreed to resume technical talks on delimiting the two countries' maritime zones.

Dbeibah's remarks were more guarded. He spoke warmly of "historic ties" and said differences would be solved through dialogue, but he gave no indication that he would repudiate the deal with Ankara, whose troops and drones saved Tripoli from Khalifa Haftar's offensive last year. He is expected in Turkey next week.

For Athens, the 2019 memorandum was a turning point. Greece expelled Tripoli's envoy, Mohamed al-Menfi, in December 2019; Dendias flew to Benghazi to meet Haftar; Haftar was received in Athens in January 2020; and in August Greece signed its own partial maritime deal with Egypt, presented as a legal answer to the Turkish-Libyan line. When Libya's political forum in Geneva in February chose Menfi to chair the new council, Athens moved within a day to announce the reopening of its embassy.

Greek officials admit that the memorandum will not disappear soon. "We are playing a long game," one said. Turkish and Greek diplomats resumed exploratory talks in January after a five-year break, even as the two navies shadowed each other last summer.

The Greek embassy, closed since July 2014, will initially operate with a small staff. A consulate general is planned for Benghazi.
"""),
dict(group="mitsotakis_visits_tripoli_reopens_embassy_2021_04_06", published="2021-04-07", outlet="Tripoli Free Voice",
title="Dbeibah receives Greek Prime Minister in Tripoli",
text="""TRIPOLI - Prime Minister of the Government of National Unity Abdul Hamid Dbeibah received on Tuesday the Prime Minister of the Hellenic Republic, Kyriakos Mitsotakis, and his accompanying delegation, at the seat of the government in the capital.

The Government Communication Office said the meeting discussed the development of bilateral relations, the return of Greek companies to complete stalled projects, the opening of the Greek embassy and the resumption of flights between the two countries.

The two sides also discussed the formation of a joint committee to begin talks on the demarcation of the maritime borders, according to the office. Dbeibah stressed that Libya respects its agreements and its sovereign decisions, and that dialogue is the way to resolve any differences with neighbours.

The Greek Prime Minister also met the President of the Presidential Council, Mohamed al-Menfi, who served as ambassador of Libya in Athens, and the two discussed support for the electoral process and the exit of mercenaries.

The visit is the latest by a European leader to Tripoli since the unity government took office.

Read also: Dbeibah to head large ministerial delegation to Ankara
Read also: Ministry of Transport: flights to Europe to resume soon
"""),
dict(group="mitsotakis_visits_tripoli_reopens_embassy_2021_04_06", published="2021-04-08", outlet="Aegean Security Monitor",
title="Analysis: After Mitsotakis' Tripoli trip, can Athens dent Ankara's Libyan position?",
text="""Aegean Security Monitor | Analysis | Defence & Diplomacy

Greek Prime Minister Kyriakos Mitsotakis' visit to Tripoli on 6 April, the first by a Greek head of government in years, ends a period in which Athens' Libya policy was built almost entirely around the east — Benghazi, Tobruk and the Libyan National Army. It also underlines how limited Greece's leverage in western Libya remains.

Key points:
- The Greek embassy, shut in July 2014, has reopened. A consulate general in Benghazi is to follow, keeping a channel to the east.
- Athens and the Government of National Unity agreed to restart technical talks on maritime delimitation, talks that were held in past years but never concluded.
- The GNU has not disowned the November 2019 Turkey-Libya memorandum and is unlikely to do so while Turkish forces remain at al-Watiya air base and in Tripoli.

Military context. Turkey's intervention in early 2020 — armed drones, air-defence systems, naval escorts and Syrian fighters — reversed the LNA's 14-month campaign against Tripoli. Ankara's security memorandum with the GNA, signed alongside the maritime one on 27 November 2019, remains the legal basis for Turkish training missions. Any Greek offer of security cooperation would at best complement, not replace, that presence.

Greek assets. Athens contributes to the EU's Operation Irini, which enforces the UN arms embargo at sea and which Ankara and the Tripoli authorities have criticised as one-sided.

Commercial angle. Greek construction and energy firms have older contracts in Libya. Whether they get a share of reconstruction will be a practical test of the new relationship.

Outlook. Expect Dbeibah to balance: he travels to Ankara next week. Greece's realistic aim is not to cancel the memorandum but to prevent it from being implemented — for example through Turkish seismic surveys south of Crete.
"""),
dict(group="dendias_opens_greek_consulate_in_benghazi_2021_04_12", published="2021-04-12", outlet="Meridian Press Agency",
title="Greece reopens consulate in Libya's Benghazi",
text="""BENGHAZI, Libya (MPA) - Greek Foreign Minister Nikos Dendias reopened his country's consulate general in the eastern Libyan city of Benghazi on Monday, a week after Prime Minister Kyriakos Mitsotakis reopened the embassy in Tripoli.

"The consulate will function as a bridge," Dendias said at a ceremony attended by Libya's first deputy prime minister, Hussein al-Qatrani. He said many members of the Greek community had never left the city.

Dendias called for the immediate withdrawal of all foreign troops and mercenaries from Libya and repeated Greek objections to a 2019 maritime deal between Turkey and Libya's previous government. Qatrani said Libya wanted an "effective partnership" with Greece.

On the same day Libyan Prime Minister Abdul Hamid Dbeibah was in Ankara, where Turkish President Recep Tayyip Erdogan said the 2019 maritime accord served the interests of both countries.

""" + BG_EMB + """
"""),
dict(group="dendias_opens_greek_consulate_in_benghazi_2021_04_12", published="2021-04-13", outlet="Nile Gazette Online",
title="Dendias in Benghazi to inaugurate Greek consulate, slams 'foreign mercenaries'",
text="""Benghazi - The Greek Foreign Minister Nikos Dendias inaugurated on Monday the consulate general of his country in Benghazi, in a visit that Libyan and Greek officials described as a new step in relations with the east of Libya.

Dendias said Greece has "always argued" that the solution in Libya requires the immediate exit of all foreign forces and mercenaries, and that the Libyan people must decide their own fate. He reiterated that the memorandum signed by the former Presidential Council with Ankara is "illegal" and violates the rights of Greece.

The ceremony was attended by the first deputy prime minister of the Government of National Unity, Hussein al-Qatrani, who is from the east.

Sources said the Greek minister also discussed with officials in Benghazi the resumption of direct flights and trade. Greece had announced in February its intention to open the consulate, after the Libyan Political Dialogue Forum elected the new executive authority.

Egyptian observers said the visit reflects coordination between Cairo and Athens, which signed in August a maritime delimitation agreement that was described as the legal response to the Turkish memorandum.

Meanwhile, in Ankara, Turkish President Erdogan received Dbeibah, who headed a large delegation of ministers, and the two sides signed a number of agreements. Erdogan said that the maritime memorandum protects the rights of both countries.

Share this:
Twitter
Facebook
WhatsApp
"""),
dict(group="dendias_opens_greek_consulate_in_benghazi_2021_04_12", published="2021-04-13", outlet="Gündem Son Dakika",
title="Erdoğan Dbeybe'yi ağırladı, aynı gün Dendias Bingazi'de konsolosluk açtı",
text="""Erdoğan hosted Dbeybe, same day Dendias opened consulate in Bingazi

Cumhurbaşkanı Recep Tayyip Erdoğan hosted Libya Ulusal Birlik Hükümeti Başbakanı Abdulhamid Dbeybe in Ankara on Monday. While this was happening, the Greek Foreign Minister Nikos Dendias was in Bingazi to open consulate of Greece.

Dendias in Bingazi, at ceremony with Libya Başbakan Yardımcısı Hüseyin el-Katrani, opened the Yunanistan Başkonsolosluğu and claimed that "all foreign forces and mercenaries" must leave Libya immediately. Dendias also again said the Türkiye-Libya maritime memorandum is "illegal".

Erdoğan in joint press conference with Dbeybe said: "The memorandum of understanding on delimitation of maritime jurisdiction areas protects the rights of both countries. We are determined to continue our cooperation." Dbeybe said the agreements signed with Türkiye are based on the interest of two peoples.

Last week Greek Başbakan Kiryakos Miçotakis went to Trablus and reopen the embassy which was closed since 2014. Miçotakis said in Trablus that the memorandum is invalid and Athens and Tripoli will start talks for maritime borders.

Türkiye and Libya signed in November 2019 the maritime jurisdiction and security cooperation memorandums.

İlgili Haberler:
- Dbeybe: Türkiye'nin desteğini unutmayacağız
- Yunanistan'dan yeni provokasyon
"""),
]
