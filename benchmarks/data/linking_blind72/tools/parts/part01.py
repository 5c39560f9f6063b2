G = "turkey_gna_sign_maritime_and_security_memoranda_2019_11_27"

ARTICLES = [
dict(group=G, published="2019-11-28", outlet="Levant Wire Service",
title="Turkey signs maritime boundary and military deals with Libya's Tripoli government",
text="""
ISTANBUL (LWS) - Turkey and Libya's internationally recognised government have signed two memorandums of understanding, one marking out maritime jurisdiction zones in the Mediterranean and another widening security and military cooperation, the Turkish presidency said.

The accords were signed on Wednesday after President Tayyip Erdogan and Fayez al-Sarraj, head of the Tripoli-based Government of National Accord (GNA), held closed-door talks lasting more than two hours at Istanbul's Dolmabahce Palace, the presidency's communications directorate said in a late-night statement.

The directorate gave no coordinates for the sea boundary and released neither text. It said the agreements were meant to strengthen relations and cooperation between the two countries.

Foreign Minister Mevlut Cavusoglu told reporters on Thursday that the maritime memorandum was a way of protecting rights Turkey derives from international law, and said Ankara would be willing to reach similar arrangements with other coastal states if their differences could be resolved.

In Tripoli, Interior Minister Fathi Bashagha told local media the security memorandum was intended to help the GNA fight "terrorism", illegal migration and crime and to develop its training systems.

The maritime accord is likely to sharpen a dispute between Turkey and its neighbours over the eastern Mediterranean, where Ankara has sent drill ships into waters claimed by Cyprus. European Union foreign ministers agreed earlier this month on a framework for sanctions over that drilling.

Greece, whose island of Crete lies between the Turkish and Libyan coasts, reacted sharply. Foreign Minister Nikos Dendias said on Thursday that any attempt to draw a line between Turkey and Libya ignored the obvious presence of Crete and "borders on the absurd". The Greek foreign ministry summoned the Turkish ambassador.

Egypt's foreign ministry called the deals illegal and said they had no effect on the rights of third countries.

Libya has been split since 2014 between rival administrations in Tripoli and the east. Eastern commander Khalifa Haftar, whose Libyan National Army (LNA) is backed by the United Arab Emirates and Egypt, launched an offensive to seize Tripoli in April. Turkey has supplied the GNA with armoured vehicles and drones, according to a confidential report by United Nations sanctions monitors seen by news agencies this month, which also accused the UAE and Jordan of breaching the arms embargo.

More than 1,000 people have been killed since the start of the offensive, according to the United Nations.

Ankara and Tripoli have described the GNA as the only legitimate authority entitled to sign agreements on Libya's behalf. The eastern-based House of Representatives, which is allied to Haftar, does not recognise the GNA and has said it will not be bound by deals the Tripoli government signs with foreign states.

The GNA was set up under a UN-brokered agreement signed in Skhirat, Morocco, in December 2015, but never won the endorsement of the eastern parliament.

(Reporting by Selin Arıkan in Istanbul and Hatem Ben Ali in Tunis; Editing by Mark Tressel)
"""),

dict(group=G, published="2019-11-28", outlet="Anatolian Herald",
title="Turkey, Libya sign 2 memoranda on security, maritime jurisdiction",
text="""
Anatolian Herald | Diplomacy | 28.11.2019

President Erdoğan hosts Libyan Presidential Council Chairman al-Sarraj at Dolmabahçe Palace; agreements aim to strengthen cooperation, says Communications Directorate

ISTANBUL

Turkey and Libya have signed two memoranda of understanding on "Security and Military Cooperation" and on the "Restriction of Marine Jurisdictions," the Turkish Presidential Communications Directorate announced on Wednesday.

The memoranda were signed after President Recep Tayyip Erdoğan received Fayez al-Sarraj, chairman of the Presidential Council of Libya's UN-recognized Government of National Accord, for a closed meeting of 2 hours and 15 minutes at the Dolmabahçe Palace.

According to the Directorate's statement, the agreements are part of efforts to strengthen relations and cooperation between the two brotherly countries.

Foreign Minister Mevlüt Çavuşoğlu, Defense Minister Hulusi Akar and Interior Minister Süleyman Soylu also attended talks with their Libyan counterparts during the visit.

Speaking to reporters on Thursday, Çavuşoğlu underlined that the maritime memorandum is about protecting Turkey's rights under international law. He said Turkey stood for a fair sharing of resources in the Eastern Mediterranean, including around the island of Cyprus, and was ready to sign similar agreements with other countries of the region.

Turkish officials have long argued that the islands off the Anatolian coast cannot be allowed to cut Turkey off from the open sea, and that the Turkish Republic of Northern Cyprus has equal rights over the island's resources.

Turkey signed a continental shelf delimitation agreement with the Turkish Republic of Northern Cyprus in 2011; the memorandum with Tripoli is the first of its kind with a North African coastal state.

- 'Legitimate government'

Turkey supports the legitimate government in Tripoli, which has been under attack since April 4 by forces loyal to warlord Khalifa Haftar. More than 1,000 people, most of them civilians and fighters defending the capital, have been killed since the attacks began, according to the UN.

Ankara has repeatedly called on the international community to end the double standard toward putschist Haftar, who is backed by some Gulf and regional countries.

Libya has been torn by civil war since the ouster of Muammar Gaddafi in 2011. The Government of National Accord was founded in 2015 under a UN-led agreement signed in Skhirat, Morocco.

- Eastern Mediterranean

Turkey has been conducting hydrocarbon exploration off the island of Cyprus with its drill ships Fatih and Yavuz, on behalf of the Turkish Cypriots and within areas it says belong to its own continental shelf. Ankara has rejected a sanctions framework agreed by EU foreign ministers earlier this month as having no value, saying it would continue its activities.

Turkey has also been excluded from regional platforms such as the Cairo-based Eastern Mediterranean Gas Forum, set up by Egypt, Greece, the Greek Cypriot administration, Israel, Italy, Jordan and Palestine.

Greek and Greek Cypriot officials, who have repeatedly opposed Turkey's hydrocarbon activities in the region, criticized the agreement on Thursday. Ankara says Athens' maximalist claims ignore Turkey's long coastline.

Writing by Emre Taşkıran
"""),

dict(group=G, published="2019-11-29", outlet="The Athens Observer",
title="Turkey-Tripoli sea memorandum 'wipes Crete off the map', says Athens as envoys are called in",
text="""
The Athens Observer
Diplomacy

Turkey-Tripoli sea memorandum 'wipes Crete off the map', says Athens as envoys are called in

By Eleni Kostopoulou
November 29, 2019

The memorandum Ankara signed on Wednesday with Fayez al-Sarraj's government in Tripoli on the "delimitation of maritime jurisdiction areas" has set off the sharpest diplomatic reaction from Athens in years, with the government warning that it will not accept a line drawn across waters south of Crete.

The Turkish presidency announced the two documents - one on maritime zones, the other on security and military cooperation - late on Wednesday after President Recep Tayyip Erdogan met Sarraj at Dolmabahce Palace in Istanbul. No map or coordinates were made public.

Foreign Minister Nikos Dendias, speaking on Thursday at a joint press conference with his Dutch counterpart Stef Blok, said any such effort showed a complete absence of geographical knowledge, because it ignored that "between these two countries lies the large geographical volume of Crete". He said the attempt bordered on the ridiculous.

Turkey's ambassador Burak Ozugergin was summoned to the foreign ministry on Thursday. Ministry spokesman Alexandros Gennimatas said in a statement that a memorandum between Turkey and Libya could not violate the sovereign rights of third countries, would be a flagrant breach of the law of the sea and would produce no legal effect.

On Friday, Dendias went a step further. The Libyan ambassador, Mohamed Younis Menfi, was called in and asked to present the text of the memorandum by next Thursday, according to diplomatic sources. If he does not, ministry officials say, he will be declared persona non grata.

Athens feels it was misled. Greek officials say the Tripoli government's foreign minister gave assurances in the autumn that no such accord was being prepared.

Prime Minister Kyriakos Mitsotakis discussed the memorandum by telephone with French President Emmanuel Macron, the state news agency reported, and is expected to raise it with allies at next week's NATO summit in London and at the EU summit in December. Dendias is also set to brief counterparts on the sidelines of the OSCE ministerial meeting.

Nicosia and Cairo were quick to side with Athens. Egypt's foreign ministry described the memorandum as illegal, and Cypriot officials also condemned it.

The timing has not escaped officials here. The EU last month agreed on a framework for sanctions over Turkey's drilling inside the Cypriot exclusive economic zone, and Turkish survey ships have operated repeatedly in waters that Greece considers part of its continental shelf. A line joining the Turkish coast to the Libyan coast at Derna and Tobruk would, if the Turkish claims are taken at face value, slice through areas south and east of Crete where Greece expects to license exploration.

Legally, Athens regards the document as void. Politically, diplomats here read it as a warning that any future Greek-Egyptian delimitation will first have to contend with the Turkish-Libyan line.

Talks between Athens and Cairo on their own exclusive economic zone have been going on, on and off, for more than a decade.

Related:
- Mitsotakis to seek NATO support over Ankara's 'Turkography'
- Cyprus: new Turkish drilling off Paphos 'a provocation'
"""),

dict(group=G, published="2019-11-28", outlet="Al-Marsad al-Arabi (English)",
title="Egypt condemns signing of two memorandums between Erdogan and al-Sarraj and considers them without legal effect",
text="""
Home / Arab World / Libya

Egypt condemns signing of two memorandums between Erdogan and al-Sarraj and considers them without legal effect

Cairo - Al-Marsad al-Arabi

The Egyptian Ministry of Foreign Affairs condemned today Thursday the signing of two memorandums of understanding between the Turkish President Recep Tayyip Erdogan and the head of the Presidential Council of the Reconciliation Government (al-Wefaq) Fayez al-Serraj, in the field of security cooperation and in the field of the maritime areas, which were signed yesterday Wednesday in the city of Istanbul.

The ministry said in statement that the two memorandums are "illegal" and that they have no effect on the interests or the rights of any third parties, and it added that the head of the Presidential Council has no authority to sign agreements of this kind outside the framework which was drawn by the Skhirat political agreement, which limits his powers.

The Egyptian Foreign Minister Sameh Shukri made a phone call today with his Greek counterpart Nikos Dendias in which the two sides discussed the signing of the memorandums, and they agreed that it has no legal effect, according to statement of the ministry spokesman.

For its part the Turkish Presidency said that the two memorandums were signed after a closed meeting between Erdogan and al-Serraj in the Dolmabahce Palace lasted for more than two hours, and it did not publish any details about the borders which were agreed.

The Libyan House of Representatives in Tobruk had previously warned that any agreement signed by the Reconciliation Government with the Turkish side is not binding for the Libyan state, as the government did not get the confidence of the parliament.

It is worth mentioning that the Libyan National Army led by Field Marshal Khalifa Hifter is fighting since last April to liberate the capital Tripoli from the armed militias and the terrorist groups, which are receiving weapons and armored vehicles from Turkey in clear violation of the international embargo imposed on Libya since 2011.

It is also worth mentioning that Egypt, Greece and Cyprus hold regular tripartite summits on cooperation in the Eastern Mediterranean, and that Cairo and Athens are negotiating since years for the demarcation of maritime borders between them.

Observers in Cairo consider that the memorandum of the maritime areas is an attempt by Ankara to impose a fait accompli in the Eastern Mediterranean after its drilling operations in the waters of Cyprus, while the security memorandum opens the door for a wider Turkish military presence in western Libya in support of the militias, which the Egyptian side considers a direct threat to its national security and to its western borders.

Read also: The Libyan army: Turkish drones are targeting civilians in Tarhuna

Read also: Sisi receives Libyan parliament speaker Aguila Saleh in Cairo

Tags: Egypt Turkey Libya Al-Serraj Erdogan Eastern Mediterranean
"""),
]
