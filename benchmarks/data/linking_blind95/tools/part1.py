# Events: Turkey-GNA memorandum (2019-11-27), Greece expels Libyan envoy (2019-12-06), Dendias in Benghazi (2019-12-22)
BG_WIRE_MOU = ("The memorandum, signed in Istanbul on November 27 by Turkish President Recep Tayyip Erdogan and Fayez al-Sarraj, "
 "head of the UN-recognised Government of National Accord (GNA), draws a line between the Turkish and Libyan coasts that "
 "Greece says ignores the island of Crete. Athens, Nicosia and Cairo have all called it void under the law of the sea.")
ARTICLES = [
dict(group="turkey_gna_sign_maritime_memorandum_2019_11_27", published="2019-11-28", outlet="Meridian Press Agency",
title="Turkey, Libya's Tripoli government sign maritime and security accords",
text="""ANKARA (MPA) - Turkey and Libya's internationally recognised government have signed two memorandums of understanding, one on security and military cooperation and another on maritime jurisdiction in the Mediterranean, the Turkish presidency said late on Wednesday.

The documents were signed after a closed-door meeting in Istanbul between President Recep Tayyip Erdogan and Fayez al-Sarraj, who heads the Tripoli-based Government of National Accord (GNA), the presidency's communications office said. It gave no details of the boundaries agreed.

The maritime accord is likely to anger Greece and Cyprus, which are already at odds with Ankara over drilling for gas off the divided island. A Greek diplomatic source said Athens would study the text once it was made public but warned that any deal which disregarded Greek islands "would have no legal effect".

Egypt, which backs Sarraj's rival, eastern commander Khalifa Haftar, was also expected to object.

Sarraj's government has been fighting off an offensive on Tripoli launched in early April by Haftar's self-styled Libyan National Army (LNA). Turkey has supplied the GNA with armed drones and armoured vehicles, according to UN experts, in breach of an arms embargo, while the United Arab Emirates and Egypt have backed Haftar.

Turkey says it is defending its rights and those of Turkish Cypriots in the eastern Mediterranean, where large gas deposits have been found in the past decade. Ankara does not recognise the Republic of Cyprus and has sent drill ships into waters Nicosia claims as its exclusive economic zone.

The European Union has prepared measures against Turkey over the drilling off Cyprus.

More than 1,000 people have been killed in the fighting around Tripoli since April, according to the World Health Organization, and tens of thousands have been displaced.
"""),
dict(group="turkey_gna_sign_maritime_memorandum_2019_11_27", published="2019-11-28", outlet="TurkHaber English",
title="President Erdogan receives Libya's Sarraj, two key memorandums signed",
text="""ISTANBUL - President Recep Tayyip Erdoğan received Fayez al-Sarraj, Chairman of the Presidential Council of Libya's Government of National Accord, at Dolmabahçe Office in Istanbul on Wednesday, where the two sides signed a Memorandum of Understanding on Security and Military Cooperation and a Memorandum of Understanding on the Delimitation of Maritime Jurisdiction Areas.

The meeting was closed to the press, the Directorate of Communications announced.

According to the statement, the security memorandum will strengthen the existing framework of military cooperation between the two countries and the bonds between their armies, while the maritime memorandum is aimed at protecting the rights of both nations arising from international law.

Officials in Ankara stressed that Türkiye has the longest coastline in the Eastern Mediterranean and will not allow any initiative that seeks to imprison the country in the Gulf of Antalya. The new memorandum, they noted, establishes that Türkiye and Libya are maritime neighbours.

Foreign Minister Mevlüt Çavuşoğlu said on Thursday that with the agreement Türkiye had exercised its rights in a manner consistent with international law and that other states in the region "should not fear" the step. He said the memorandum would be submitted to the United Nations.

The Greek Cypriot administration and Greece have repeatedly ignored the rights of Türkiye and the Turkish Cypriots over hydrocarbon resources around the island, experts say.

Türkiye and Libya share historical and cultural ties dating back centuries. Turkish contractors hold projects worth billions of dollars in Libya that were halted by the conflict.

The legitimate Libyan government has been resisting an assault on the capital Tripoli by illegal armed groups loyal to putschist Khalifa Haftar since April 4.
"""),
dict(group="turkey_gna_sign_maritime_memorandum_2019_11_27", published="2019-11-29", outlet="The Continental Review",
title="Erdogan's sea pact with Tripoli redraws the Mediterranean map, and infuriates Athens",
text="""By Helena Marsh, Southern Europe correspondent

ATHENS — It took only a signing ceremony in an Istanbul palace on Wednesday evening, and a terse statement from the Turkish presidency, for Greece to find itself confronted with what its diplomats describe as the most serious challenge to its maritime claims in decades.

Recep Tayyip Erdogan and Fayez al-Sarraj, the head of Libya's embattled Government of National Accord, signed two documents: one on security cooperation, which Tripoli badly needs as it fights off the army of Khalifa Haftar, and one delimiting the two countries' maritime zones. The second, on the maps circulating in Turkish media, creates a corridor of Turkish and Libyan sea running between them — straight across waters that Athens regards as lying off Crete.

Greek officials reacted with a mixture of anger and derision. Foreign Minister Nikos Dendias said on Thursday that an agreement which ignored the existence of Crete was "geographically absurd" and would breach the UN Convention on the Law of the Sea. He summoned the Turkish ambassador, and the Libyan envoy in Athens was asked to explain why, as Greek officials say, Tripoli had assured them in September that no such accord was being prepared.

Egypt's foreign ministry called the agreement illegal, saying Sarraj had no authority to sign it without the approval of the full Presidential Council, as the 2015 Skhirat agreement requires. Cyprus said it would consider recourse to international courts.

For Turkey, the logic is plain. Ankara has been shut out of the East Mediterranean Gas Forum, the club formed by Egypt, Israel, Greece, Cyprus and others, and it rejects the idea that Greek islands close to its shores generate full maritime zones. A Libyan partner gives it a legal argument — and, critics say, a bargaining chip in future negotiations.

For Sarraj the calculation is more urgent. Since April, when Haftar's forces began their march on the capital, the GNA has relied on Turkish drones and armoured vehicles. Haftar, for his part, has been backed by the United Arab Emirates and Egypt, and Western officials say Russian mercenaries from the Wagner group have recently appeared at the front south of Tripoli.

The deal, then, binds together two quarrels that had until now been distinct: the war for Libya and the contest for gas beneath the eastern Mediterranean. European diplomats fear both will be harder to settle as a result.

Greek commentators were already asking on Friday what leverage Athens had. The answer, for now, seems to be its membership of the European Union and NATO. Prime Minister Kyriakos Mitsotakis is expected to raise the matter at the alliance's summit in London next week.
"""),
dict(group="turkey_gna_sign_maritime_memorandum_2019_11_27", published="2019-11-29", outlet="Nile Gazette Online",
title="Cairo: Sarraj-Erdogan memos 'illegal and non-existent'",
text="""[ad_1]

Cairo - Egypt said on Thursday that the two memorandums signed in Istanbul between the Turkish president and the head of the Tripoli-based Presidential Council, Fayez al-Sarraj, have no legal effect and "cannot be recognised".

The Egyptian foreign ministry said in a statement that the head of the council had exceeded his powers under the Skhirat agreement, which gives no such authority to the council's chairman acting alone. Foreign Minister Sameh Shoukry discussed the development in phone calls with his Greek and Cypriot counterparts, the ministry added.

Shoukry and Greek Foreign Minister Nikos Dendias agreed that the maritime memorandum violates international law and "the rights of third states", according to the statement.

The Libyan House of Representatives in Tobruk also rejected the memorandums, with its speaker Aguila Saleh describing them as a betrayal that hands Libyan sovereignty to Ankara. The Libyan National Army, led by Field Marshal Khalifa Haftar, is fighting to free the capital from the militias that control it.

Observers in Cairo say Turkey is trying to use the weakened government in Tripoli to secure a foothold on Egypt's western border and to undermine the maritime boundary Egypt signed with Cyprus in 2013.

Share this:
Click to share on Facebook (Opens in new window)
Click to share on Twitter (Opens in new window)

Related
Arab League warns against foreign intervention in Libya
Egyptian-Cypriot-Greek summit to be held in Cairo soon

[ad_2]
Source link
"""),
dict(group="greece_expels_libyan_ambassador_2019_12_06", published="2019-12-06", outlet="Meridian Press Agency",
title="Greece expels Libyan ambassador over Turkey sea deal",
text="""ATHENS (MPA) - Greece on Friday ordered the expulsion of Libya's ambassador, giving him 72 hours to leave the country after Tripoli failed to hand over the text of a maritime boundary agreement it signed with Turkey last week.

Foreign Minister Nikos Dendias told reporters the envoy, Mohamed Younis Menfi, had been summoned to the ministry in the morning and informed of the decision. He said the move did not mean Greece was cutting diplomatic relations with Libya.

"The signing of this memorandum is a blatant violation of international law," Dendias said, adding that Libya's government had shown "unacceptable" conduct towards a friendly country.

Athens had set a deadline of Friday for the text to be delivered, after Dendias said earlier this week that Greece had been "deceived" by assurances from Tripoli that no deal was in the works.

""" + BG_WIRE_MOU + """

Turkey's parliament ratified the deal on Thursday. Turkish Foreign Minister Mevlut Cavusoglu, speaking in Rome, called the Greek decision "outrageous".

Greece has also invited the speaker of Libya's eastern-based parliament, which is allied with commander Khalifa Haftar, to visit Athens.
"""),
dict(group="greece_expels_libyan_ambassador_2019_12_06", published="2019-12-07", outlet="Gündem Son Dakika",
title="Yunanistan Libya büyükelçisini sınır dışı etti: Çavuşoğlu'ndan sert tepki",
text="""Greece expelled Libya ambassador: hard reaction from Çavuşoğlu

Greece, the Libyan Government of National Accord (UMH) Athens Ambassador Muhammed Yunus Menfi has declared persona non grata and give him 72 hours for leave the country. The decision was reason of the maritime jurisdiction memorandum signed between Turkey and Libya on 27 November.

Greek Foreign Minister Nikos Dendias, the Libyan ambassador to ministry in the morning hours invited and the expulsion decision informed to him, said. Dendias claimed that the memorandum is "clear violation of international law" and that the ties with Libya are not cutted.

Dışişleri Bakanı Mevlüt Çavuşoğlu, who is in Rome for the Mediterranean Dialogues conference, reacted strongly to the decision. Çavuşoğlu, "Expelling an ambassador because of an agreement two sovereign countries signed is not mature behaviour. This is outrageous," said. Bakan Çavuşoğlu also stated that the memorandum was sent to the United Nations for registration and that Greece has no right to object to it.

TBMM Genel Kurulu on Thursday approved the maritime memorandum with the votes of AK Parti and MHP. The security and military cooperation memorandum was also accepted earlier in the week in the Dışişleri Komisyonu.

Greek Prime Minister Kiryakos Miçotakis last weekend at his party congress said that NATO can not stay indifferent to a member violating international law, and he raised the issue at the London summit of the alliance this week, but no result was come out.

Exit mobile version
"""),
dict(group="greece_expels_libyan_ambassador_2019_12_06", published="2019-12-07", outlet="Tripoli Free Voice",
title="Foreign ministry: Greek decision against our ambassador 'unjustified'",
text="""TRIPOLI - The Foreign Ministry of the Government of National Accord on Saturday condemned Greece's decision to declare Libya's ambassador in Athens persona non grata, describing it as an "unjustified" step that ignores the sovereign right of Libya to sign agreements with any state.

In a statement, the ministry said the memorandum on maritime jurisdiction signed with the Republic of Turkey in Istanbul on 27 November does not violate the rights of any third party and that the government was ready to explain its content through the proper diplomatic channels. It urged Athens to "reconsider" and to avoid escalation.

Greece gave Ambassador Mohamed Younis Menfi 72 hours to leave after demanding the text of the memorandum by Friday.

The ministry also criticised the Greek government's invitation to the speaker of the Tobruk-based parliament, Aguila Saleh, saying that dealing with "parallel bodies" undermines the legitimate authorities recognised by the Security Council.

Foreign Minister Mohamed Siala had said earlier in the week that Libya was defending its interests after years in which its maritime rights were neglected. He told reporters that the memorandum would be registered with the United Nations once it is ratified.

Meanwhile on the front lines, GNA forces said they repelled an attack by Haftar's militias on the Salahuddin axis in southern Tripoli overnight. The Volcano of Rage operation said in a statement that the aggressor's positions near Ain Zara were targeted by artillery.

Read also: Bashagha: security memorandum with Turkey is a legal right
Read also: Health ministry: 3 civilians wounded in shelling of Abu Salim
"""),
dict(group="dendias_meets_haftar_in_benghazi_2019_12_22", published="2019-12-22", outlet="Meridian Press Agency",
title="Greek foreign minister makes unannounced trip to Libya's Benghazi, meets Haftar",
text="""ATHENS (MPA) - Greek Foreign Minister Nikos Dendias made an unannounced visit to the eastern Libyan city of Benghazi on Sunday, where he held talks with military commander Khalifa Haftar, diplomatic sources in Athens said.

Dendias flew to Benghazi on a government jet in the morning. He also met officials of the eastern administration, including its prime minister Abdullah al-Thinni, and spoke with parliament speaker Aguila Saleh, who visited Athens earlier this month, the sources said. He was due to travel on to Cairo later in the day.

Greece's foreign ministry had neither confirmed nor denied reports of a Haftar meeting for much of the day.

""" + BG_WIRE_MOU + """

Greece expelled the Tripoli government's ambassador on December 6 after he failed to provide the text of the accord, and Athens has since stepped up contacts with the eastern camp, which also rejects the deal. Sarraj's government said last week it had sought support from friendly states, including Turkey, against Haftar's offensive on Tripoli.
"""),
dict(group="dendias_meets_haftar_in_benghazi_2019_12_22", published="2019-12-23", outlet="Arab Horizon News",
title="Greek Foreign Minister in Benghazi .. And the Commander-in-Chief receives him",
text="""Benghazi - Arab Horizon

The General Commander of the Libyan Armed Forces, Field Marshal Khalifa Haftar, received yesterday Sunday at the General Command headquarters in Al-Rajma the Greek Foreign Minister, Nikos Dendias, and his accompanying delegation, in a visit that was not announced in advance.

The Media Office of the General Command said that the meeting dealt with the latest developments of the situation in Libya and the military operations to liberate the capital Tripoli from the terrorist groups and militias, in addition to the Turkish intervention and the two illegal memorandums signed by the head of the Presidential Council, Fayez al-Sarraj, with the Turkish president.

The Greek minister also met the head of the interim government, Abdullah al-Thinni, and the Foreign Minister, Abdulhadi al-Hweij, where the two sides discussed the return of cooperation between the two countries and the opening of a Greek consulate in Benghazi, according to government sources.

It is worth mentioning that the speaker of the House of Representatives, Counsellor Aguila Saleh, had visited Athens earlier this month, where he met the Greek foreign minister and the Speaker of the Greek Parliament, and he affirmed that the House does not recognize the memorandum because it was not approved by the House.

It is also worth mentioning that Greece had expelled the ambassador of the Al-Wefaq government from Athens at the beginning of this month, after the memorandum of maritime borders with Turkey which Athens considers a violation of its sovereignty and of the sovereignty of Libya.

Dendias left Benghazi heading to Cairo, where he is expected to meet his Egyptian counterpart Sameh Shoukry, and then to Cyprus.
"""),
dict(group="dendias_meets_haftar_in_benghazi_2019_12_22", published="2019-12-23", outlet="Athens Chronicle English",
title="Dendias in Benghazi: 'Greece will not stand by' as Tripoli deal takes shape",
text="""Cookie notice: We use cookies to improve your experience. By continuing to browse you agree to our use of cookies. OK

Foreign Minister Nikos Dendias returned to Athens on Monday after a whirlwind weekend tour that took him from the Gulf to Benghazi, where on Sunday he held talks with Libyan National Army commander Khalifa Haftar in a visit that had been kept under wraps until the government plane was already in the air from Elefsina.

Diplomatic sources said the meeting with Haftar lasted more than an hour and focused on the Turkish-Libyan memorandum and the prospects of a political process. According to the same sources, the Libyan side reiterated that neither the LNA nor the House of Representatives recognises the memorandum and that no document signed by Fayez al-Sarraj without parliamentary approval can bind Libya.

Dendias also met Abdullah al-Thinni, head of the eastern-based government, and its foreign minister Abdulhadi al-Hweij. He was in contact with House speaker Aguila Saleh, who was hosted in Athens earlier this month. From Benghazi he flew to Cairo to brief Egyptian Foreign Minister Sameh Shoukry, and he is expected in Cyprus before Christmas.

The Benghazi stop followed visits last week to Saudi Arabia, the United Arab Emirates and Jordan, part of what the ministry describes as a drive to build a network of support among Arab states against the Ankara-Tripoli deal.

Opposition SYRIZA said the government risked tying Greece to one side of a civil war and questioned whether Athens had consulted its EU partners. Government officials countered that Greece was talking to "all Libyans who respect international law".

The trip comes three weeks after the signing of the memorandum in Istanbul on November 27 and little more than two weeks after Athens expelled Tripoli's ambassador, Mohamed Younis Menfi. Last week the Tripoli government said it had asked friendly states, Turkey among them, for support against Haftar's offensive, and Turkish President Recep Tayyip Erdogan has said Ankara could send troops if asked.

Read also:
- Mitsotakis: Greece will defend its sovereign rights by every means
- Crete and the line on the map: what the memorandum means
"""),
]
