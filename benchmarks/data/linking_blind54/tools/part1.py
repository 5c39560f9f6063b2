# Part 1: events of November 2019 - early January 2020
G1 = "turkey_gna_sign_security_and_maritime_mous_2019_11_27"
G2 = "erdogan_surprise_visit_to_tunis_2019_12_25"
G3 = "turkish_parliament_approves_libya_troop_mandate_2020_01_02"
G4 = "erdogan_says_turkish_troops_moving_to_libya_2020_01_05"

ARTICLES = []

def add(group, published, outlet, title, text):
    ARTICLES.append(dict(group=group, published=published, outlet=outlet,
                         title=title, text=text.strip("\n")))

# ---------------------------------------------------------------- G1
add(G1, "2019-11-28", "Mediterranean Press Agency",
"Turkey, Libya's Tripoli government sign maritime and military cooperation deals",
"""ISTANBUL (MPA) - Turkey and Libya's internationally recognised government have signed two agreements, one on security and military cooperation and one delimiting maritime jurisdictions in the Mediterranean, the Turkish presidency said, in a move likely to deepen Ankara's disputes with Greece and Cyprus over offshore energy.

The memoranda of understanding were signed on Wednesday evening after President Tayyip Erdogan held a closed-door meeting lasting more than two hours with Fayez al-Serraj, head of the Tripoli-based Government of National Accord (GNA), at the Dolmabahce Palace in Istanbul. The presidency's communications directorate announced the signing late on Wednesday but gave few details.

Presidential communications director Fahrettin Altun said on Twitter on Thursday that the security accord would strengthen the legal framework of military ties between the two countries, while the maritime memorandum was intended to protect both sides' rights under international law. Turkey would also keep supporting a political solution to build "a democratic, stable and prosperous Libya", he said.

Foreign Minister Mevlut Cavusoglu said the maritime deal meant "protecting Turkey's rights deriving from international law". He said similar agreements could be reached with other countries if differences were overcome and that Ankara favoured a fair sharing of resources, including around Cyprus.

Neither side published the coordinates of the line agreed, and it was not immediately clear where the two countries' claimed zones would meet. Turkey and Libya have no shared coastline, and any boundary between them would have to run through waters south of the Greek island of Crete that Athens considers part of its own continental shelf.

Greece reacted sharply. A government source in Athens said any such accord would have no legal effect because it ignored the presence of Crete, and the Greek foreign ministry said it would raise the issue with its European partners. Egypt, which backs Serraj's rival in eastern Libya, said the Tripoli government had no authority to sign such agreements.

The deal comes two weeks after European Union foreign ministers approved a framework for sanctions against Turkey over its drilling off Cyprus, inside a zone that Nicosia says is its exclusive economic zone. Ankara says the Greek Cypriot government ignores the rights of Turkish Cypriots in the north of the divided island.

The military memorandum is likely to draw as much attention in Libya itself. Serraj's government has been defending Tripoli since April against an offensive by Khalifa Haftar's self-styled Libyan National Army (LNA), and Turkey has already supplied it with armoured vehicles and armed drones, according to UN experts monitoring the arms embargo on Libya. Turkish officials have not commented on those reports in detail.

Libya has been torn by conflict since the NATO-backed uprising that toppled and killed Muammar Gaddafi in 2011. Since 2014 it has been split between rival administrations in the west and the east, each backed by an array of armed groups and foreign governments.

Serraj's GNA, recognised by the United Nations, is backed by Turkey and Qatar. Haftar's LNA is supported by the United Arab Emirates, Egypt and Russia, while France has been accused of favouring him, which Paris denies.

The LNA said this month that it had shot down several Turkish-made drones around Tripoli and Misrata, and Haftar's commanders have repeatedly described Turkish support for the GNA as foreign intervention. There was no immediate reaction from the LNA to Wednesday's signing.

(Reporting by MPA Istanbul and Athens bureaus; editing by Ruth Abernathy)
""")

add(G1, "2019-11-28", "Hellenic Daily Review",
"Athens fumes as Ankara and Serraj draw a sea border that 'erases' Crete",
"""Hellenic Daily Review | Diplomacy | 28/11/2019

The government in Athens reacted with anger on Thursday to the signing in Istanbul of a memorandum between Turkey and the Tripoli-based Libyan government of Fayez al-Sarraj that, according to Turkish officials, delimits maritime jurisdictions between the two countries in the eastern Mediterranean.

The document was signed on Wednesday night at the Dolmabahce palace, where Turkish President Recep Tayyip Erdogan received Mr Sarraj for talks that lasted well over two hours. A second memorandum, on security and military cooperation, was signed at the same meeting. The Turkish presidency announced both texts without publishing maps or coordinates.

For Greek diplomats the problem is simple geography. Turkey and Libya sit on opposite sides of the sea, with the island of Crete between them. A line joining a Turkish zone off the southwestern Anatolian coast with a Libyan zone off Derna and Tobruk would cut through an area that Greece claims under the UN Convention on the Law of the Sea. "It is as if Crete does not exist," one senior diplomat told this newspaper. "No agreement between two third countries can take away the rights of a Greek island."

Government officials said Athens would seek the support of its partners in the European Union and would raise the matter at the NATO summit in London next week, where Prime Minister Kyriakos Mitsotakis is expected to meet Mr Erdogan. Foreign Minister Nikos Dendias spoke by telephone with his Egyptian counterpart Sameh Shoukry, and the two sides agreed that the memorandum had no legal effect, according to the Greek side.

The Libyan ambassador in Athens is expected to be asked to provide the text of the agreement. Several opposition politicians demanded that the government go further, including by reconsidering relations with the Sarraj administration, which Greece, like the rest of the EU, recognises as Libya's legitimate government.

Cyprus also protested. Nicosia has been in a dispute with Ankara for months over Turkish drilling ships operating inside its exclusive economic zone, and EU foreign ministers agreed earlier this month on a framework allowing sanctions against people and companies involved.

In Ankara, Foreign Minister Mevlut Cavusoglu defended the maritime accord as an exercise of Turkey's rights under international law. The Turkish side argues that islands lying close to another state's coast should not generate full maritime zones, a position Greece rejects.

Analysts in Athens said the agreement serves both signatories. Turkey gains a legal argument against the maritime cooperation that Greece, Cyprus, Egypt and Israel have been building around gas discoveries, including the planned EastMed pipeline. The Sarraj government, besieged in Tripoli since Khalifa Haftar's Libyan National Army launched its offensive in April, gains a security accord that could pave the way for more Turkish military help.

"The maritime memorandum is the price Tripoli is paying for Turkish drones," said a university professor of international relations in Athens. "The real question is what the second document allows Turkey to send."

Haftar's camp in eastern Libya, which is aligned with the House of Representatives in Tobruk, has close ties with Athens and Cairo, and is expected to reject the deal.

Share this:
Facebook Twitter Email Print

This site uses cookies to improve your experience. By continuing to browse you accept our use of cookies. Accept / Read more

RELATED
- Mitsotakis to raise Turkish drilling at NATO summit
- Cyprus: EU sanctions framework "a first step"
- Ship traffic in Souda bay under scrutiny
""")

add(G1, "2019-11-28", "Bosphorus Post",
"Turkey, Libya sign two memoranda after Erdoğan-Sarraj meeting in Istanbul",
"""ISTANBUL

Turkey and Libya have signed two memoranda of understanding on security and military cooperation and on the restriction of maritime jurisdiction areas, the Presidential Communications Directorate announced.

The agreements were signed on Nov. 27 after President Recep Tayyip Erdoğan held a closed meeting that lasted 2 hours and 15 minutes with Fayez al-Sarraj, chairman of the Presidential Council of Libya's Government of National Accord (GNA), at the Dolmabahçe Presidential Office in Istanbul.

According to the directorate, the two documents are intended to strengthen relations and cooperation between the two countries.

Communications Director Fahrettin Altun said the security and military cooperation memorandum would "strengthen the legal framework" of the relationship between the Turkish Armed Forces and their Libyan counterparts and cover training and capacity building. The maritime memorandum, he said, aims to protect the rights of both countries under international law.

"We will continue to support a political solution to build a democratic, stable and prosperous Libya," Altun wrote.

Foreign Minister Mevlüt Çavuşoğlu said the maritime deal was about "protecting Turkey's rights deriving from international law." Speaking to reporters in Ankara, he said Turkey was ready to reach similar understandings with other coastal states on the basis of equity.

Turkey has for years opposed attempts by the Greek Cypriot administration and Greece to carve up the Eastern Mediterranean without taking into account the rights of Turkey and the Turkish Republic of Northern Cyprus (TRNC). Ankara argues that the continental shelf of a state cannot be cut off by small islands lying off another country's coast.

Officials said the memorandum with Libya shows that Turkey and Libya are maritime neighbours, and that any project in the area, including pipelines, will now require the consent of both countries.

Turkey supports the legitimate Government of National Accord (GNA) in Tripoli, which has been under attack by putschist Khalifa Haftar's militias since April 2019. Haftar is backed by the United Arab Emirates, Egypt and France, as well as mercenaries from the Russian Wagner group, according to Tripoli.

The GNA was formed under the 2015 UN-brokered Skhirat agreement and is recognized by the United Nations as Libya's legitimate government.

Since the ouster of Muammar Gaddafi in 2011, two seats of power have emerged in Libya: one in eastern Libya supported mainly by Egypt and the UAE, and the GNA in Tripoli, which enjoys UN and international recognition.

The Libyan side also welcomed the agreements. The GNA's foreign ministry said the memorandum on security cooperation would help Libya build its institutions and protect its sovereignty, while the maritime deal would secure the country's rights in the Mediterranean.

Experts in Ankara said the maritime memorandum was a game-changer. "With this agreement, Turkey and Libya have shown that a maritime border exists between them. Any pipeline or exploration activity in this corridor will be impossible without the approval of Ankara and Tripoli," one international law professor told the Bosphorus Post.

Erdoğan has repeatedly said Turkey will stand by the Libyan people and the legitimate government against those who seek to seize power by force. Greece and the Greek Cypriot administration criticized the maritime memorandum, but Turkish diplomats said the deal is in full compliance with international law and will be registered with the United Nations.
""")

# ---------------------------------------------------------------- G2
add(G2, "2019-12-25", "Mediterranean Press Agency",
"Erdogan makes surprise visit to Tunisia, discusses Libya ceasefire",
"""TUNIS (MPA) - Turkish President Tayyip Erdogan paid an unannounced visit to Tunisia on Wednesday for talks with President Kais Saied focused on the war in neighbouring Libya, where Ankara backs the internationally recognised government in Tripoli.

Erdogan was met at Tunis-Carthage airport by Saied, who took office in October and had not yet received a foreign head of state. He was accompanied by Foreign Minister Mevlut Cavusoglu, Defence Minister Hulusi Akar, intelligence chief Hakan Fidan, communications director Fahrettin Altun and spokesman Ibrahim Kalin, a line-up that underlined the security dimension of the trip.

Speaking at a joint news conference in Carthage, Erdogan said the two leaders had discussed steps that could be taken towards a ceasefire in Libya and a return to a political process. He said instability in Libya did not stay within its borders and affected neighbours, first of all Tunisia, and that Tunisia could make a valuable contribution.

Erdogan also repeated that Turkey would send troops to Libya if the Tripoli government asked it to, citing the security and military cooperation memorandum the two sides signed last month.

A Tunisian presidency adviser, Rachida Ennaifer, told local radio that the Libyan file was at the top of the agenda, alongside investment projects. She said Tunisia's position had not changed and that it supported a solution among Libyans.

Saied, a law professor elected on an anti-establishment platform, met representatives of Libyan tribes on Monday to discuss a possible Tunisian initiative. Tunisia, which shares a long border with western Libya, has received hundreds of thousands of Libyans since 2011 and fears a new wave of refugees if fighting reaches central Tripoli.

The visit comes a month after Erdogan and Fayez al-Serraj, head of the Government of National Accord (GNA), signed two memoranda in Istanbul on Nov. 27, one on military cooperation and one delimiting maritime zones. The maritime deal has angered Greece, Cyprus and Egypt. Greece expelled the Libyan ambassador this month, and Greek Foreign Minister Nikos Dendias visited Benghazi on Sunday to meet officials from Haftar's camp.

Serraj also held talks with Erdogan in Istanbul on Dec. 15, and his government formally approved the security deal last week, opening the way for a request for Turkish military help.

Libya has been torn by conflict since the NATO-backed uprising that toppled and killed Muammar Gaddafi in 2011. Since 2014 it has been split between rival administrations in the west and the east, each backed by an array of armed groups and foreign governments.

Serraj's GNA, recognised by the United Nations, is backed by Turkey and Qatar. Khalifa Haftar's self-styled Libyan National Army (LNA), which launched an offensive on Tripoli in April, is supported by the United Arab Emirates, Egypt and Russia, while France has been accused of favouring him, which Paris denies.

Unconfirmed reports on social media said a plane linked to Haftar had also landed in Tunisia on Wednesday. Tunisian officials did not comment.

(Reporting by MPA Tunis and Ankara bureaus; editing by Ruth Abernathy)
""")

add(G2, "2019-12-26", "Al-Mashhad Al-Arabi (English edition)",
"Erdogan in Tunisia in unannounced visit .. and the Libyan file on top of talks with Kais Saied",
"""[ad_1]

Tunis - Al-Mashhad Al-Arabi

The Turkish President, Recep Tayyip Erdogan, arrived yesterday, Wednesday, to the Tunisian capital in a visit that was not announced before, where he was received by his Tunisian counterpart Kais Saied in the airport of Tunis Carthage, according to what announced the Tunisian presidency.

And the adviser of the Tunisian President in charge of communication, Rachida al-Naifer, said that the Libyan issue comes at the top of the agenda of this visit, beside the bilateral discussions on big investment projects.

Erdogan was accompanied by a high level delegation includes the ministers of foreign affairs and defense, Mevlut Cavusoglu and Khulusi Akar, and the head of intelligence Hakan Fidan, which many observers considered it a message that the visit is security more than economic.

And the Turkish President stressed in a press conference with Saied in Carthage palace the necessity of a ceasefire in Libya "as soon as possible", saying that the negative developments in Libya do not stay inside it but extend to the neighboring countries and at the top of them Tunisia, which is much disturbed from that.

Erdogan added that he discussed with the Tunisian side the steps which could be taken and the cooperation to ensure a ceasefire and return to the political process, expressing his belief that Tunisia will have "very valuable and constructive" contributions.

He renewed the readiness of his country to send soldiers to Libya if the reconciliation government (Al-Wefaq) requested that, in the frame of the memorandum of security and military cooperation which was signed between Ankara and Tripoli in the end of last November.

On his side, the Tunisian President said that Tunisia is concerned directly with what is happening in Libya, and that the solution must be Libyan-Libyan, away from foreign interventions.

It is worth mentioning that President Saied received on Monday a delegation representing the Supreme Council of Libyan Cities and Tribes, where the possibility of launching an initiative to resolve the Libyan crisis was discussed.

And Erdogan is the first President to visit Tunisia since the presidential elections which were held last October.

It is worth mentioning that Turkey signed with the government of Fayez al-Sarraj on 27 November two memorandums, the first on security and military cooperation and the second on the demarcation of the maritime zones in the Mediterranean, which angered Greece, Cyprus and Egypt. And the Greek Foreign Minister Nikos Dendias visited Benghazi on Sunday and met officials of the side of Marshal Khalifa Hafter.

The forces of Hafter have been conducting since the fourth of April a military attack to control the capital Tripoli, seat of the reconciliation government recognized internationally, and the fighting caused the death of more than two thousand people and the displacement of more than 140 thousand, according to the United Nations.

Social media users in Tunisia have circulated the question whether Tunisia will become a gate for the Turkish intervention in Libya, while some parties demanded from the presidency to clarify the content of the talks.

Read also: Al-Sarraj requests from five countries to activate security agreements
Read also: Parliament in Tobruk: the memorandum with Ankara is "void"
""")

add(G2, "2019-12-25", "Bosphorus Post",
"President Erdoğan lands in Tunisia for unannounced talks with Saied",
"""ISTANBUL

President Recep Tayyip Erdoğan arrived in Tunisia on Wednesday with a high-level delegation to hold a previously undisclosed meeting with his Tunisian counterpart Kais Saied, the Turkish Presidency said.

Foreign Minister Mevlüt Çavuşoğlu, National Defense Minister Hulusi Akar, National Intelligence Organization (MİT) head Hakan Fidan, Communications Director Fahrettin Altun and Presidential Spokesperson İbrahim Kalın are accompanying the president.

Erdoğan was welcomed by Saied with an official ceremony at the Carthage Palace. The two leaders held a one-on-one meeting followed by inter-delegation talks.

Speaking at a joint press conference, Erdoğan said that the developments in Libya had a negative impact on neighboring countries, particularly Tunisia. "We discussed the steps that could be taken and the cooperation that could be made to establish a cease-fire in Libya and to return to the political process," he said.

The president stressed that Turkey's support for the legitimate government in Tripoli is in line with international law and said Ankara would consider sending troops should the Government of National Accord (GNA) request it.

He also noted that Turkey wanted to raise bilateral trade with Tunisia and encourage Turkish investment in the country, particularly in infrastructure and health.

Erdoğan is the first head of state to visit Tunisia since Saied was elected president in October.

On Nov. 27, Turkey and the GNA signed two bilateral memoranda after a meeting between Erdoğan and GNA head Fayez al-Sarraj in Istanbul. The first concerns security and military cooperation; the second delimits maritime jurisdiction areas in the Eastern Mediterranean, protecting the rights of both countries against maximalist claims by Greece and the Greek Cypriot administration.

Sarraj visited Istanbul again on Dec. 15 for talks with Erdoğan, and the Turkish Parliament ratified the security and military cooperation memorandum on Dec. 21.

Turkey supports the legitimate Government of National Accord (GNA) in Tripoli, which has been under attack by putschist Khalifa Haftar's militias since April 2019. Haftar is backed by the United Arab Emirates, Egypt and France, as well as mercenaries from the Russian Wagner group, according to Tripoli.

Erdoğan has said on several occasions that Turkey will not remain silent in the face of mercenaries such as the Wagner group supporting Haftar in Libya. Speaking in Ankara earlier this month, he said Turkey could send troops to Libya if the legitimate government made such a request, particularly after the signing of the military and security agreement.

Tunisia, which borders Libya to the west, is among the countries most affected by the conflict. Hundreds of thousands of Libyans have sought shelter in Tunisia since 2011, and trade across the Ras Ajdir border crossing has been repeatedly disrupted by fighting.

Diplomatic sources said the visit aimed to coordinate positions with Tunisia, as well as Algeria, ahead of the planned international conference on Libya in Berlin. Ankara has argued that Libya's neighbors, including Tunisia, Algeria and Qatar, should be invited to the conference.

Saied, a constitutional law professor who won a landslide victory in the Oct. 13 runoff, has said Tunisia will remain neutral and supports a solution among Libyans without foreign interference.
""")

# ---------------------------------------------------------------- G3
add(G3, "2020-01-02", "Meridian Wire",
"Turkish parliament approves sending troops to Libya",
"""ANKARA, Jan 2 (Meridian) - Turkey's parliament on Thursday authorised the deployment of troops to Libya to support the UN-recognised government in Tripoli, a move that risks deepening a war already drawing in regional powers.

Lawmakers voted 325 to 184 in an emergency session, recalled from the winter recess, in favour of a one-year mandate allowing the government to decide on the scope, timing and size of any deployment. Parliament speaker Mustafa Sentop announced the result.

President Recep Tayyip Erdogan's ruling AKP and its nationalist ally the MHP backed the motion. The main opposition CHP, the nationalist IYI (Good) Party and the pro-Kurdish HDP voted against it, arguing that Turkey should seek a diplomatic solution instead of getting involved in another foreign conflict.

The motion said developments in Libya threatened Turkey's interests in the Mediterranean and North Africa, and warned that if attacks by what it called "so-called Libyan National Army" were not stopped and the fighting became a full-scale civil war, Turkish interests would be harmed. It also cited the risk of mass migration and of "terrorist organisations and armed groups" gaining ground.

Erdogan's office confirmed last week that the Government of National Accord (GNA) of Fayez al-Sarraj had formally requested military support under a security pact signed in November.

Vice President Fuat Oktay said on Wednesday that no date had been set for any deployment. "We are ready. Our armed forces and our defence ministry are ready," he told state news agency Anadolu, describing the bill as a political signal aimed at deterring Khalifa Haftar, whose forces have been attacking Tripoli since April.

Officials have suggested that Turkey would initially send advisers and trainers rather than combat units, and may rely on other personnel on the ground. Media reports, denied by Ankara, have said Turkey was preparing to send Syrian rebel fighters it backs in northern Syria.

US President Donald Trump spoke to Erdogan by phone on Thursday and "pointed out that foreign interference is complicating the situation in Libya", the White House said.

Egypt, which backs Haftar along with the United Arab Emirates, condemned the vote. Cairo's foreign ministry warned that any Turkish military intervention would negatively affect the stability of the Mediterranean region and said Turkey would bear responsibility for it.

Also on Thursday, Greece, Cyprus and Israel signed in Athens an agreement on the EastMed pipeline to carry gas to Europe, a project that Ankara says cannot go ahead without its consent after its maritime deal with Tripoli.

Oil-rich Libya has been mired in chaos since a 2011 uprising backed by NATO killed dictator Moamer Kadhafi, with rival administrations and militias vying for power.

Haftar, whose forces control the east and much of the south, launched an assault on the capital in April 2019. He is supported by the United Arab Emirates and Egypt, and the Tripoli government says Russian mercenaries are fighting on his side, a claim Moscow denies.

The fighting has killed more than 2,000 people, according to the United Nations, and forced about 146,000 to flee their homes.

mer/ps/gw
""")

add(G3, "2020-01-02", "Yeni Ankara Haber (English)",
"Libya tezkeresi accepted in TBMM: 325 yes votes",
"""Yeni Ankara Haber - Politika

The motion (tezkere) which allows to send of Turkish Armed Forces (TSK) to Libya was accepted in Turkish Grand National Assembly (TBMM) today with the votes of AK Parti and MHP. In the extraordinary session, 325 deputy voted yes and 184 deputy voted no.

TBMM Başkanı Mustafa Şentop announced the result of the voting. The tezkere gives authority to the government for one year and the President will decide the time, place and amount of the force which will be send.

In the text of the tezkere it is stated that the legitimate government of Libya made a request of support from Turkey, and that the attacks of the so-called Libyan National Army of putçist Hafter, if they are not stopped, the interests of Turkey in the Mediterranean basin and North Africa will be affected negative. Also the danger of irregular migration and the terror organizations was written.

CHP, İYİ Parti and HDP gave "ret" vote. The opposition deputies said in the Genel Kurul that Turkey must not enter the "bataklık" (swamp) of Libya and the Mehmetçik must not be sent to a civil war, and that the diplomacy must be tried first.

AK Parti Grup Başkanvekili said in the answer that Turkey is going to Libya by the invitation of the legitimate government which is recognised by UN (BM), and "those who are there by invitation of nobody", meaning the Wagner and other mercenaries of Hafter, must be questioned.

MHP also supported the tezkere. Cumhurbaşkanı Erdoğan had said before that in Libya there are about 1 million Köroğlu of Turkish origin and Turkey cannot be spectator to what happen there.

Cumhurbaşkanı Yardımcısı Fuat Oktay had said yesterday, the tezkere is a political message and when the soldiers will go is not decided yet. "Our Armed Forces are ready," Oktay said.

Cumhurbaşkanı Erdoğan, before, had said that the Government of National Accord (UMH) led by Fayez es-Serrac made the invitation officially. Erdoğan said "we go to where we are invited, we do not go where we are not invited".

The memorandum for security and military cooperation was signed in 27 Kasım in Istanbul between Erdoğan and Serrac, together with the memorandum of maritime jurisdiction areas. The security memorandum was approved in TBMM in 21 Aralık.

Hafter forces are attacking Tripoli since April of last year. In Libya, the UMH government is supported by Turkey and Qatar, Hafter by BAE (UAE), Egypt, Russia and France.

After the voting, the Libyan government made a statement and thanked the Turkish parliament.

Dışişleri Bakanı Mevlüt Çavuşoğlu said before the vote that the aim of Turkey is not war but "to make the ateşkes (ceasefire) and to support the political process". Çavuşoğlu said Turkey is also in contact with Russia about Libya, and Cumhurbaşkanı Erdoğan and Putin will meet on 8 Ocak in Istanbul for the TürkAkım (TurkStream) opening.

The Egypt Foreign Ministry made statement and condemned the tezkere. Greece and Greek Cypriot administration also reacted. ABD Başkanı Donald Trump and Cumhurbaşkanı Erdoğan had telephone conversation today and discussed Libya, according to the İletişim Başkanlığı.

According to some reports in the media, the first troops can go to Libya in the next days, but the Milli Savunma Bakanlığı did not made statement about the time. The experts said, the first group will be consist of advisers, officers for the operation center and the air defence and drone (İHA) teams.

Etiketler: Libya, TBMM, tezkere, Hafter, Serrac

Exit mobile version
""")

add(G3, "2020-01-03", "Nile Gazette Online",
"Cairo condemns Turkish parliament vote on Libya, warns against 'Ottoman adventure'",
"""CAIRO - Egypt on Thursday condemned "in the strongest terms" the approval by the Turkish parliament of a motion authorising President Recep Tayyip Erdogan to send troops to Libya, describing it as a flagrant violation of international resolutions and a threat to Arab national security.

The Turkish Grand National Assembly voted by 325 to 184 in an extraordinary session to give the Erdogan government a one-year mandate to deploy forces in support of the militias loyal to the Tripoli-based Government of National Accord (GNA) headed by Fayez al-Sarraj.

In a statement, the Egyptian Ministry of Foreign Affairs said the move violated UN Security Council resolutions on Libya, including the arms embargo, and warned that any Turkish military intervention would have negative consequences for the stability of the Mediterranean region. Turkey, it said, would bear full responsibility.

President Abdel Fattah al-Sisi chaired a meeting of the National Security Council on Thursday to discuss the threats arising from the Turkish step. The council said Egypt would take the measures needed to protect its national security against any threats, according to a presidential statement.

Foreign Minister Sameh Shoukry held a series of telephone calls with counterparts to discuss the Turkish escalation, diplomatic sources told the Nile Gazette.

The Libyan National Army (LNA) under Field Marshal Khalifa Haftar, which has been fighting since April to liberate the capital from armed militias and terrorist groups, said Turkish forces would be treated as an enemy. LNA spokesman Major General Ahmed al-Mismari said Turkey had already sent Syrian mercenaries to Tripoli through Mitiga airport, and accused Ankara of seeking to revive the Ottoman past.

The Arab League held an emergency meeting earlier this week at the level of permanent delegates and warned against foreign intervention in Libya, in a statement that diplomats said was aimed at Ankara.

Analysts in Cairo said the vote confirmed that the memoranda signed by Erdogan and al-Sarraj in Istanbul on November 27 were "the first step of a Turkish occupation project". The maritime memorandum, which Egypt, Greece and Cyprus consider null and void, gives Turkey claims over waters facing the Egyptian coast.

"Erdogan is exporting the same militias he used in northern Syria to our western border," said a retired Egyptian general who now heads a strategic studies centre. "Egypt will not allow Libya to become a base for the Muslim Brotherhood and terrorists."

The House of Representatives in eastern Libya, the country's elected parliament, has called an emergency session for Saturday in Benghazi to discuss the Turkish vote and the memoranda, which it has already declared invalid.

US President Donald Trump told Erdogan in a phone call on Thursday that foreign interference was complicating the situation in Libya, according to the White House.

The Syrian Observatory for Human Rights, a UK-based monitor, reported last week that hundreds of fighters from Turkish-backed Syrian factions had registered to travel to Libya in exchange for monthly salaries, a claim Ankara has not confirmed.

Read also:
- Sisi: Libya's security is part of Egypt's national security
- LNA air force strikes Turkish drone hangar at Mitiga
- Al-Azhar scholars denounce "neo-Ottoman" ambitions

Share this:
Twitter | Facebook | WhatsApp
""")

add(G3, "2020-01-03", "The Northern Ledger",
"Turkey's parliament opens the door to a Libyan gamble",
"""Ankara's vote to send troops to Tripoli is about gas, geopolitics and a rivalry with the Gulf as much as about saving a besieged government

By Harriet Calloway, Istanbul

Turkish lawmakers on Thursday gave President Recep Tayyip Erdogan a free hand to send troops to Libya, turning a long-running proxy conflict into one in which a Nato member could soon have soldiers on the ground facing forces armed by the United Arab Emirates, Egypt and Russian mercenaries.

The motion, debated in an emergency session called during the parliamentary recess, passed by 325 votes to 184. It gives the government a one-year mandate and leaves the size, timing and nature of any deployment to the president. Erdogan's Justice and Development party (AKP) and its nationalist allies supported it; the three main opposition parties voted against.

Officials in Ankara have been careful to present the vote as a deterrent. Vice-president Fuat Oktay called it a "political signal" to Khalifa Haftar, the eastern commander whose forces have been trying to seize Tripoli since April, and said no date had been set. But Erdogan has been building towards this moment for weeks, and few in the Turkish capital doubt that some form of deployment will follow.

The legal basis is a security and military cooperation memorandum Erdogan signed with Fayez al-Sarraj, head of the UN-recognised Government of National Accord (GNA), in Istanbul on 27 November. At the same meeting the two men signed a far more controversial document: a memorandum delimiting maritime zones between Turkey and Libya, two countries that do not face each other across open water without the Greek island of Crete in between.

That second memorandum explains much of Turkey's urgency. For years Ankara has watched Greece, Cyprus, Egypt and Israel build a web of maritime agreements around the gas fields of the eastern Mediterranean, leaving Turkey, with the longest coastline in the region, largely shut out. On Thursday, the same day as the Turkish vote, Greece, Cyprus and Israel signed an agreement in Athens on the EastMed pipeline, which would carry gas to Europe through waters that Turkey and the GNA now say are theirs to decide on. If Sarraj's government fell, the maritime deal would probably fall with it.

There is also a regional rivalry at work. Haftar's main foreign backers, the UAE and Egypt, are Turkey's chief adversaries in a contest for influence in the Arab world that dates back to the 2013 coup that ousted Egypt's Muslim Brotherhood president Mohamed Morsi. Turkey and Qatar stand on one side; the UAE, Egypt and Saudi Arabia on the other. In Libya, Emirati-supplied Chinese-made drones have been fighting Turkish-made Bayraktar drones over Tripoli for months, according to UN experts.

The arrival in the autumn of several hundred Russian contractors believed to work for the Wagner group, which the Kremlin says has nothing to do with the Russian state, tilted the battlefield in Haftar's favour. Snipers and better artillery allowed his forces to push into Tripoli's southern suburbs, and diplomats in Tripoli say the GNA's appeal to Ankara in late December was driven by fear that the capital could fall.

What Turkey can actually send is less clear. It has no land route to Libya, and its air force would have to fly across the Mediterranean without access to nearby bases, though Erdogan's surprise visit to Tunisia on Christmas Day fuelled speculation that he was seeking logistical help; Tunis has insisted it will not join any alliance. Analysts expect Turkey to send military advisers, air-defence systems, electronic warfare units and more drones, and to rely on allied fighters for ground combat.

That last point is the most contentious. Syrian war monitors have reported that Turkish-backed Syrian opposition factions have been recruiting fighters for Libya with promises of monthly salaries of up to $2,000. Turkish officials have neither confirmed nor explicitly denied the reports.

At home the opposition warned of a quagmire. Lawmakers from the Republican People's party (CHP) told parliament that Turkish soldiers should not be sent into a civil war far from home and that diplomacy had not been exhausted. Public opinion polls suggest many Turks are sceptical, although the government's framing of Libya as part of a historic Ottoman hinterland and a matter of Mediterranean sovereignty resonates with nationalist voters.

Abroad, the reaction was swift. Egypt condemned the vote and President Abdel Fattah al-Sisi convened his national security council. The White House said Donald Trump had told Erdogan in a call that "foreign interference" was complicating the situation, a statement widely read in Ankara as directed at all outside powers, not only Turkey. The European Union, which is preparing a diplomatic push in Berlin this month, urged restraint.

In Tripoli, GNA officials welcomed the vote. In Benghazi, Haftar's allies said they would treat any Turkish troops as occupiers. The House of Representatives, the eastern-based parliament aligned with Haftar, has called an emergency session to discuss cutting ties with Ankara.

Erdogan is due to host Vladimir Putin in Istanbul next week to inaugurate the TurkStream gas pipeline. The two leaders back opposite sides in Libya as they do in Syria, and diplomats in Ankara suggest that whatever happens on the ground, Libya may end up being settled, as Syria has been, in conversations between the two men.
""")

# ---------------------------------------------------------------- G4
add(G4, "2020-01-05", "Mediterranean Press Agency",
"Erdogan says Turkish troops have started deploying to Libya",
"""ISTANBUL (MPA) - Turkish military units have started moving to Libya to support the internationally recognised government in Tripoli, President Tayyip Erdogan said on Sunday, three days after parliament approved a deployment.

"Our soldiers' duty there is coordination. They will develop the operation centre there. Our soldiers are gradually going right now," Erdogan told broadcaster CNN Turk in an interview.

He said the aim was to support the legitimate government of Fayez al-Serraj and avoid a humanitarian tragedy, not to fight. Turkey would also send senior military personnel and would have "different teams" in Libya, he said, without giving numbers or saying whether they would be combat troops.

Erdogan said about 2,500 fighters from Russia's Wagner group were in Libya supporting Khalifa Haftar's forces. Moscow has denied that Russian state forces are involved and says any Russian citizens there do not represent the government.

He also said he was not troubled by condemnation of Turkey's plans from Saudi Arabia, and that he would discuss Libya with Russian President Vladimir Putin when the two meet in Turkey on Wednesday to launch the TurkStream gas pipeline.

Parliament voted 325-184 on Thursday to approve a one-year mandate for sending troops. Officials had said no date was set, and the government has not said how many troops would be sent.

Erdogan's comments came a day after an air strike on a military academy in Tripoli killed around 30 cadets, according to the GNA's health ministry. The GNA blamed Haftar's forces, which denied responsibility.

On Saturday, the eastern-based House of Representatives, which is aligned with Haftar, voted to sever relations with Turkey and to cancel the memoranda Ankara signed with Serraj in November, although it was unclear whether a quorum was present. Haftar called for a general mobilisation against what he described as a Turkish invasion in a televised speech on Friday.

Greece, Cyprus and Egypt, which reject the maritime accord Turkey signed with Serraj, have all criticised the deployment plan. The European Union has expressed grave concern.

Libya has been torn by conflict since the NATO-backed uprising that toppled and killed Muammar Gaddafi in 2011. Since 2014 it has been split between rival administrations in the west and the east, each backed by an array of armed groups and foreign governments.

Serraj's GNA, recognised by the United Nations, is backed by Turkey and Qatar. Haftar's self-styled Libyan National Army (LNA), which launched an offensive on Tripoli in April, is supported by the United Arab Emirates, Egypt and Russia, while France has been accused of favouring him, which Paris denies.

Turkish officials have not said where the personnel would be based, but military analysts expect them to operate from Mitiga airport in Tripoli and from Misrata, where Turkish-made drones have been operating for months, according to UN experts. Officials have said they could include air defence and electronic warfare specialists.

Syrian war monitors have reported that fighters from Turkish-backed Syrian opposition factions began arriving in Tripoli in late December. Ankara has not commented on those reports, and the GNA has denied that foreign fighters are fighting on its side.

In the same interview Erdogan discussed the killing of Iranian commander Qassem Soleimani in a US drone strike in Baghdad on Friday, saying Turkey was working to reduce tensions between Washington and Tehran.

(Reporting by MPA Istanbul bureau; editing by Ruth Abernathy)
""")

add(G4, "2020-01-06", "RusInform",
"Erdogan: Turkish servicemen gradually departing for Libya",
"""ANKARA, January 6 - RusInform. Turkish servicemen are gradually departing for Libya to support the Government of National Accord (PNS), Turkish President Recep Tayyip Erdogan said in an interview with the CNN Turk TV channel on Sunday evening.

"Our troops are gradually departing to Libya. They will coordinate there. Our goal is to support the legitimate government," Erdogan said, adding that an operations centre would be set up and Turkish officers would take part in its work.

The Turkish parliament on Thursday approved a bill allowing troops to be sent to Libya for one year.

Erdogan also claimed that 2,500 employees of a Russian private military company were in Libya. The Kremlin has repeatedly said that if there are Russian citizens in Libya, they do not represent the interests of the Russian state and are not paid by it.

Russian President Vladimir Putin will visit Turkey on January 8 for the launch of the TurkStream gas pipeline. Kremlin spokesman Dmitry Peskov said Libya would be among the topics of the talks.

Meanwhile, the Libyan National Army of Field Marshal Khalifa Haftar announced on Monday that it had taken control of the coastal city of Sirte.
""")

add(G4, "2020-01-06", "Libya Live: Mideast Briefing",
"LIVE: Erdogan says Turkish soldiers 'gradually going' to Libya; LNA claims Sirte",
"""Libya Live: Mideast Briefing - updated Monday 6 January

08:10 GMT - Turkish troops on the move, says Erdogan
President Recep Tayyip Erdogan said late on Sunday that Turkish units have started to deploy to Libya. "Our soldiers are gradually going right now," he told CNN Turk, saying their task is "coordination" and setting up an operations centre, not fighting. No numbers given. Parliament passed the one-year mandate on Thursday, 325-184.

08:45 GMT - Reaction in Tripoli
A GNA interior ministry official welcomed the remarks and said "every form of support" was needed after Saturday's strike on the military college that killed about 30 cadets.

09:20 GMT - LNA says it has entered Sirte
Hifter's forces say they have taken control of the coastal city of Sirte after a local armed group switched sides. GNA officials have not confirmed.

10:05 GMT - EU ministers to discuss Libya
EU foreign policy chief Josep Borrell says EU ministers will discuss Libya this week. Ankara's deployment is "a source of grave concern", an EU spokesperson said.

Share this: Facebook / Twitter / Telegram
""")
