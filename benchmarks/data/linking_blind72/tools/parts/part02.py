G2 = "greece_expels_libyan_ambassador_2019_12_06"
G3 = "eu_leaders_reject_turkey_libya_memorandum_2019_12_12"

ARTICLES = [
dict(group=G2, published="2019-12-06", outlet="Levant Wire Service",
title="Greece expels Libyan ambassador over Tripoli's sea pact with Turkey",
text="""
ATHENS (LWS) - Greece ordered the expulsion of Libya's ambassador on Friday, escalating a dispute over a maritime boundary memorandum that the Tripoli government signed with Turkey last month.

Foreign Minister Nikos Dendias said the ambassador, Mohamed Younis Menfi, had been summoned to the ministry in the morning and told he had 72 hours to leave the country. Dendias said the move did not amount to a severing of diplomatic relations with Libya.

Athens had asked the Tripoli-based Government of National Accord (GNA) to disclose the text of the accord by Thursday. Dendias said the Libyan side had not met the terms Greece had set, and that the document bore the signature of the Libyan foreign minister, who had assured Athens in September that no such deal was in the works.

He called the memorandum a blatant violation of international law and of the sovereign rights of Greece and other states, and said it was a deliberate attempt to provoke tension at a bilateral and regional level.

Turkey's parliament ratified the maritime memorandum on Thursday. Its coordinates, published on the parliament's website, describe a short boundary segment in waters southeast of Crete where Turkish and Libyan claims are made to meet.

Prime Minister Kyriakos Mitsotakis told the Greek parliament on Friday that the texts "are wrong geographically and historically" and would lead Turkey into diplomatic isolation.

In Rome, Turkish Foreign Minister Mevlut Cavusoglu called the expulsion outrageous.

Dendias said the speaker of Libya's eastern-based House of Representatives, which is allied with commander Khalifa Haftar and rejects the memorandum, would visit Athens next week.

The accord was signed in Istanbul on Nov. 27 by President Tayyip Erdogan and Fayez al-Sarraj, head of the GNA, alongside a separate memorandum on security and military cooperation.

Libya has been split since 2014 between rival administrations in Tripoli and the east. Haftar, whose Libyan National Army (LNA) is backed by the United Arab Emirates and Egypt, launched an offensive to seize Tripoli in April. Turkey has supplied the GNA with armoured vehicles and drones, according to United Nations sanctions monitors.

Turkey, which is not a party to the UN Convention on the Law of the Sea, argues that islands lying off another country's coast should not be given full maritime zones, and says the memorandum protects both its own rights and Libya's. Ankara has said it will submit the text to the United Nations for registration.

Greece has asked its European partners to condemn the accord. EU foreign ministers meet in Brussels on Monday, and leaders hold a summit on Dec. 12-13. Athens also wants NATO allies to take a position, although the alliance has so far avoided taking sides in maritime disputes between its members.

(Reporting by Dimitra Panou; Writing by Mark Tressel; Editing by Andrew Colquhoun)
"""),

dict(group=G2, published="2019-12-07", outlet="Haber Kıyı English",
title="Greece has expelled the Ambassador of Libya, Çavuşoğlu: \"This is outrageous behaviour\"",
text="""
[ad_1]

Greece has expelled the Ambassador of Libya, Çavuşoğlu: "This is outrageous behaviour"

Greece, because of the memorandum of understanding which Turkey and Libya signed about the maritime jurisdiction areas, gave to the Libyan Büyükelçi in Athens 72 hours for leave the country.

Greek Foreign Minister Nikos Dendias yesterday made the announcement that Libya's Athens Ambassador Mohamed Younis Menfi was called to the ministry in the morning and informed about the decision of expulsion. Dendias claimed that the mutabakat muhtırası is "violation of the international law of sea" and that it has no legal result.

According to the Greek side, Libya did not share the text of memorandum until the deadline which was given as Thursday. The Greek minister said that this decision does not mean cutting of diplomatic relations with Libya.

Reaction from Dışişleri Bakanı Çavuşoğlu

Dışişleri Bakanı Mevlüt Çavuşoğlu, who is in Rome for the MED Dialogues conference, answered to the questions of journalists about the decision of Athens. Çavuşoğlu said that expelling the ambassador of a country because it signed an agreement with another country is "outrageous" and it is not mature diplomatic behaviour.

Çavuşoğlu reminded that the agreement is signed between two sovereign countries in accordance with international law and that Turkey will protect its rights and also the rights of Libya in the Eastern Mediterranean (Doğu Akdeniz).

Meclis approved the agreement

The memorandum about the restriction of maritime jurisdiction areas was approved in the Turkish Grand National Assembly (TBMM) on Thursday. The coordinates of the agreement were shared on the website of the Meclis. With the agreement, the continental shelf of Turkey and the exclusive economic zone of Libya become neighbours in the Mediterranean.

The memorandum was signed in İstanbul on 27 November between Cumhurbaşkanı Recep Tayyip Erdoğan and the Chairman of the Presidential Council of Libya Fayez al-Sarraj, together with a second memorandum about security and military cooperation.

Greece, Greek Cypriot administration and Egypt are objecting to the agreement. The Greek side claims that the islands, especially Girit (Crete), must have full maritime areas, but Turkey says islands cannot block the coast of Anatolia.

Hafter's forces, which attack Tripoli since April, are also rejecting the agreements.

Before the decision, Athens had given the Libyan ambassador time until 5 December for presenting the text of the agreement. Dendias claimed that the Libyan Foreign Minister gave guarantee to Greece in September that there will be no such agreement with Turkey. Greek Prime Minister Kiryakos Miçotakis also spoke in the Greek parliament and claimed that the texts are "wrong geographically and historically".

Yunanistan also wants that the European Union condemns the agreement in the leaders summit in Brussels next week. The speaker of the Tobruk-based parliament which supports Hafter, Akile Salih, is expected to visit Athens on Wednesday.

Share this:
Facebook Twitter WhatsApp

Exit mobile version
"""),

dict(group=G2, published="2019-12-07", outlet="The Meridian",
title="Greece throws out Libyan envoy as a sea pact redraws the eastern Mediterranean's fault lines",
text="""
THE MERIDIAN | WORLD | Saturday December 7 2019

Greece throws out Libyan envoy as a sea pact redraws the eastern Mediterranean's fault lines

Athens' expulsion of Tripoli's ambassador is an unusual step against a government the EU recognises - and a sign of how far the Turkish-Libyan memorandum has unsettled the region

By Harriet Calloway, Diplomatic Correspondent

Greece on Friday ordered Libya's ambassador to leave the country within 72 hours, an unusual measure against the representative of a government that the European Union, and Greece itself, recognise as legitimate.

The decision, announced by Nikos Dendias, the foreign minister, followed Tripoli's failure to hand over by Thursday the text of a maritime memorandum it signed with Turkey on November 27. Mr Dendias stressed that Athens was not breaking off relations with Libya, but said the accord was a blatant breach of the law of the sea and a deliberate attempt to stoke tension in the region.

Turkey's parliament ratified the memorandum on Thursday, and its coordinates have now been published. They describe a short segment of boundary, less than 20 nautical miles long, in open water southeast of Crete, where the zones Ankara claims off its southwestern coast are made to meet those claimed from Libya's eastern shore between Derna and Tobruk. In the way lie Crete, along with the Dodecanese islands of Rhodes and Karpathos, which under Greece's reading of the UN Convention on the Law of the Sea are entitled to their own continental shelf and exclusive economic zone.

Turkey, which has not signed the convention, has long argued that islands lying close to another state's coast should not generate full maritime zones, and that its long southern shoreline cannot be hemmed in. The memorandum gives that argument the form of a bilateral agreement for the first time.

Why now

The memorandum was one of two documents signed at the Dolmabahçe Palace in Istanbul by President Recep Tayyip Erdoğan and Fayez al-Sarraj, who heads the Government of National Accord (GNA) in Tripoli. The second covers security and military cooperation. Diplomats in Athens and Brussels see the two as a package: Mr Sarraj's government has been under siege since April, when forces loyal to Khalifa Haftar, the eastern-based commander of the self-styled Libyan National Army, launched an offensive on the capital. In recent weeks those forces have been reinforced, according to reports from Tripoli, by Russian private military contractors, while the United Arab Emirates is believed by UN experts to have supplied drones and air support.

Turkey is the GNA's most important foreign backer. A confidential report by UN sanctions monitors, seen by several news agencies last month, found that Turkey had shipped armoured vehicles and drones to Tripoli, and that Jordan and the UAE had supplied Haftar, all in breach of an arms embargo imposed in 2011, the year Muammar Gaddafi was overthrown.

For Ankara, the maritime document offers a counter to a web of arrangements from which it has been excluded. Greece, Cyprus and Israel are pursuing a planned pipeline, known as EastMed, to carry gas from the Levant basin to Europe, and Egypt hosts the Eastern Mediterranean Gas Forum, which Turkey is not part of. Turkish drill ships have spent much of this year working inside the exclusive economic zone claimed by Cyprus, prompting EU foreign ministers in November to agree on a framework for sanctions.

A diplomatic campaign

Athens has responded with a campaign of its own. Kyriakos Mitsotakis, the prime minister, raised the memorandum with allies at this week's NATO summit near London and told parliament on Friday that the texts were geographically and historically wrong and would isolate Turkey. Mr Dendias has been briefing European and Arab counterparts, and Greece wants EU leaders, who meet in Brussels on Thursday, to declare the memorandum without legal effect.

Egypt has already called the accord illegal, arguing that Mr Sarraj lacked the authority to sign it under the 2015 Skhirat agreement that created his government. Cyprus has condemned it. In Benghazi, the eastern-based House of Representatives, which backs Haftar, has rejected both memorandums; its speaker, Aguila Saleh, is due in Athens next week.

Ankara is unmoved. Mevlüt Çavuşoğlu, the Turkish foreign minister, who was in Rome on Friday, called the expulsion outrageous. Mr Erdoğan has said that the memorandum is a sovereign matter between Turkey and Libya and not up for discussion.

The practical effect of the document is limited as long as no one drills in the disputed waters. But it complicates any future Greek-Egyptian delimitation, which would have to cross the Turkish-Libyan line, and it raises the stakes of the Libyan war itself. If Haftar were to take Tripoli, the memorandum would almost certainly die with the government that signed it, which gives Ankara a strong reason to make sure that does not happen.

Related
Eastern Mediterranean gas: who claims what
Libya's war enters its ninth month
"""),

dict(group=G3, published="2019-12-13", outlet="The Athens Observer",
title="EU summit: Turkey-Libya memorandum 'cannot produce any legal consequences for third states'",
text="""
The Athens Observer
Politics / EU

EU summit: Turkey-Libya memorandum 'cannot produce any legal consequences for third states'

By Nikos Vardakis, Brussels
December 13, 2019

European Union leaders declared on Thursday night that the memorandum signed by Turkey and the Tripoli government on maritime jurisdiction violates the sovereign rights of third states, handing Athens the clear statement of support it had sought since the accord was announced two weeks ago.

The text on Turkey, adopted during the leaders' working dinner at the European Council in Brussels, states that "the Turkey-Libya Memorandum of Understanding on the delimitation of maritime jurisdictions in the Mediterranean Sea infringes upon the sovereign rights of third States, does not comply with the Law of the Sea and cannot produce any legal consequences for third States".

The leaders "unequivocally" reaffirmed their solidarity with Greece and Cyprus, recalled their earlier conclusions of March and June on Turkey, and reconfirmed the October conclusions on what they called Turkey's illegal drilling activities in the Cypriot exclusive economic zone.

"We have expressed our full solidarity with Cyprus and Greece," European Council President Charles Michel told the closing press conference, while adding that the Union wanted to continue developing dialogue with Turkey, an important partner on migration.

According to government sources, Prime Minister Kyriakos Mitsotakis asked for the memorandum to be addressed at the dinner and was satisfied with the wording, which follows a draft circulated earlier in the week. Cypriot President Nicos Anastasiades also welcomed the text.

The bulk of the two-day summit was devoted to the EU's climate neutrality target for 2050 and the next long-term budget.

The conclusions are the latest step in a diplomatic campaign that began when Athens summoned the Turkish ambassador on November 28, the day after the memorandum was signed in Istanbul by President Recep Tayyip Erdogan and Fayez al-Sarraj. Last Friday, Foreign Minister Nikos Dendias ordered the expulsion of the Libyan ambassador after Tripoli failed to make the text available. On Monday, at the Foreign Affairs Council, Dendias asked his counterparts for a direct condemnation and for a sanctions framework, though ministers limited themselves to expressing concern.

Ankara has dismissed European criticism. President Erdogan said on Monday that Turkey would not seek anyone's permission to support the Tripoli government, and that Greece, Israel and Egypt could not act in the region without Turkey's approval. The Turkish parliament ratified the maritime memorandum on December 5, and Ankara says it has sent the text to the United Nations for registration.

Cyprus, which has its own long-running dispute with Ankara over drilling, also gained from the text. Turkish drill ships have worked inside the island's exclusive economic zone for most of the year, and EU foreign ministers agreed in November on a legal framework for sanctions against those involved, though no names have yet been listed.

In Libya itself, the memorandum has become part of the war. The eastern-based House of Representatives, allied with commander Khalifa Haftar, rejects both documents signed with Ankara, and its speaker, Aguila Saleh, was received in Athens this week. Haftar's forces, which have been trying to take Tripoli since April, said on Thursday they were launching a final push on the capital.

Greek diplomats point out that a European Council text does not by itself annul anything. What it does, they say, is close the door to any attempt by Ankara to present the memorandum as a fait accompli accepted by Greece's partners.
"""),

dict(group=G3, published="2019-12-13", outlet="MedWatch Daily",
title="MedWatch Daily, Dec 13: EU leaders back Athens and Nicosia on Turkey-Libya pact; Haftar declares 'decisive battle'",
text="""
We use cookies to improve your experience on our site. By continuing to browse you agree to our use of cookies. [Accept] [Manage settings]

MEDWATCH DAILY - Your morning briefing on the Mediterranean
Friday, December 13, 2019

Good morning. Here is what happened overnight and what to watch today.

1) EU LEADERS: TURKEY-LIBYA MEMORANDUM HAS 'NO LEGAL CONSEQUENCES'
The European Council adopted conclusions on Turkey at its dinner in Brussels on Thursday evening, stating that the Turkey-Libya memorandum on maritime jurisdictions "infringes upon the sovereign rights of third States" and does not comply with the law of the sea. Leaders reaffirmed their solidarity with Greece and Cyprus. Council President Charles Michel said the EU also wanted to keep developing its dialogue with Ankara. Greek PM Mitsotakis had pressed for the wording; Cypriot President Anastasiades called it a success.
Why it matters: It is the EU's firmest statement yet on the accord signed in Istanbul on Nov. 27 by Erdogan and Serraj. Greece expelled the Libyan ambassador a week ago. Expect a sharp response from the Turkish foreign ministry today.

2) LIBYA: HAFTAR ANNOUNCES 'ZERO HOUR' FOR TRIPOLI
In a televised speech on Thursday, eastern commander Khalifa Haftar announced the start of what he called the "decisive battle" for Tripoli and ordered his forces to advance on the capital. Residents of southern Tripoli reported heavy clashes overnight, though frontlines appeared largely unchanged. Haftar has made similar announcements before, including in April when his offensive began.

3) TURKEY: TROOPS OPTION ON THE TABLE
President Erdogan said earlier this week that Turkey was ready to give Tripoli "all kinds of support" and would not seek anyone's permission if it decided to offer military help. The security memorandum signed alongside the maritime one still awaits approval in the Turkish parliament.

4) CYPRUS: ICJ ROUTE
Nicosia continues to prepare a possible case at the International Court of Justice to protect its maritime rights from Turkish drilling, officials say. Turkey does not accept the court's jurisdiction in such disputes.

What to watch: EU summit day two (climate, budget); UN Security Council consultations on Libya next week.

Sign up for MedWatch Daily | Forward to a colleague | Unsubscribe
"""),
]
