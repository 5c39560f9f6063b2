# Events 1-4 (Nov-Dec 2019). Each entry: (group, published, outlet, title, text)
A = []

A.append(("erdogan_sarraj_sign_memoranda_istanbul_2019_11_27", "2019-11-28", "Meridian Wire Service",
"Turkey, Libya's Tripoli government sign maritime and security accords",
"""ISTANBUL (MWS) - Turkey and Libya's internationally recognised Government of National Accord (GNA) have signed two memoranda of understanding, one on security and military cooperation and one on the delimitation of maritime zones in the Mediterranean, the Turkish presidency said late on Wednesday.

The agreements were signed after President Tayyip Erdogan received GNA head Fayez al-Serraj at the Dolmabahce palace in Istanbul for talks that were held behind closed doors and had not been announced beforehand. Turkey's communications director Fahrettin Altun said on Twitter that the two documents had been signed following the meeting, but gave few details about their content.

The maritime memorandum is likely to anger Greece, Cyprus and Egypt, which are locked in a long-running dispute with Ankara over rights to offshore energy resources in the eastern Mediterranean. Turkey does not recognise the Republic of Cyprus and argues that islands such as Crete and Kastellorizo should not generate extensive maritime zones that would hem in its own continental shelf.

Greek Foreign Minister Nikos Dendias said on Thursday that any attempt to draw a boundary between Turkey and Libya that ignored the presence of Crete between the two coasts would be geographically absurd and without legal value. A diplomatic source in Athens said Greece would raise the matter with its European Union partners.

There was no immediate comment from the eastern-based forces of Khalifa Haftar, who have been fighting since April to take Tripoli from the GNA and who reject Serraj's authority to sign international agreements.

Turkey is one of the GNA's main foreign backers and has supplied it with armed drones and armoured vehicles, according to United Nations experts, in breach of an arms embargo imposed in 2011. Haftar's Libyan National Army (LNA) is supported by the United Arab Emirates, Egypt and, according to Western officials, Russian private military contractors.

Libya has been split between rival administrations in the east and west since 2014, three years after a NATO-backed uprising toppled and killed Muammar Gaddafi. The GNA was formed under a UN-brokered deal signed in Skhirat, Morocco, in December 2015.

(Reporting by MWS Istanbul bureau; editing by Paul Hendry)"""))

A.append(("erdogan_sarraj_sign_memoranda_istanbul_2019_11_27", "2019-11-28", "Ankara Daily Courier",
"Türkiye and Libya sign landmark memorandums on maritime jurisdiction, security",
"""President Recep Tayyip Erdoğan and Fayez al-Sarraj, chairman of the Presidential Council of Libya's legitimate Government of National Accord (GNA), signed two memorandums of understanding in Istanbul on Wednesday, in a step that officials in Ankara described as historic for the country's rights in the Eastern Mediterranean.

The memorandums, one on the delimitation of maritime jurisdiction areas and the other on security and military cooperation, were inked after a closed-door meeting between the two leaders at Dolmabahçe Presidential Office, Communications Director Fahrettin Altun announced.

According to diplomatic sources, the maritime memorandum defines the boundary between the continental shelves of the two countries, which face each other across the Mediterranean. Officials said the document protects Türkiye's legitimate rights against attempts by the Greek Cypriot administration and Greece to impose maximalist claims that would confine Türkiye to its coastline.

The security memorandum updates an earlier framework agreement on military training and cooperation between the two countries and covers areas including training, counter-terrorism, intelligence sharing and the fight against irregular migration.

Ankara has long argued that islands lying close to the Turkish coast cannot cut off Türkiye's continental shelf. Foreign Ministry officials have pointed out that the tiny island of Meis, known in Greece as Kastellorizo, lies just two kilometers from the Turkish shore, yet Athens claims a maritime area around it thousands of times its size.

The GNA has been defending Tripoli since April against an offensive launched by putschist general Khalifa Hafter, whose militias are backed by the United Arab Emirates, Egypt and Russian mercenaries from the so-called Wagner group. Civilians in the capital's southern suburbs have been hit by repeated air strikes, many of them attributed to foreign-operated drones.

Türkiye has repeatedly said it stands with the Libyan people and the UN-recognized government, and Erdoğan has vowed to continue supporting Tripoli against those seeking to seize power by force.

Related News

Erdoğan: We will not allow a fait accompli in Eastern Mediterranean

Fidan, Akar attend security summit in Ankara"""))

A.append(("erdogan_sarraj_sign_memoranda_istanbul_2019_11_27", "2019-11-28", "Al-Manara News",
"Greek anger after the memorandum of Erdogan and al-Sarraj .. Athens: agreement is worthless",
"""Athens - Al-Manara News

The Greek Foreign Minister Nikos Dendias said today, Thursday, that the memorandum of understanding signed between the Turkish President Recep Tayyip Erdogan and the head of the Presidential Council of the Accord government Fayez al-Sarraj on the marine areas has no value and is not recognized at all.

Dendias said in a press conference with his Dutch counterpart in Athens that the attempt to establish an exclusive economic zone between Turkey and Libya ignores the large geographical size of the island of Crete, which is located in the Mediterranean between the two countries, according to what he wrote also on his account on Twitter.

It is worth mentioning that Erdogan received al-Sarraj yesterday, Wednesday, in Istanbul in a meeting that was not announced before, and at the end of it the two sides signed two memorandums, the first on the security and military cooperation and the second on the limits of the maritime jurisdiction areas, according to what the Turkish presidency announced in the late evening.

For its part, the Egyptian Foreign Ministry said in a statement that the signing of such memorandums has no legal effect, and that the Presidential Council is not entitled to sign agreements with foreign states outside the limits set by the Skhirat political agreement. The ministry said that Minister Sameh Shoukry had a phone call with his Greek counterpart to discuss the matter.

The Cypriot government also criticized the step, and said it is a violation of the international law of the sea.

Read also: The Libyan army announces new air strikes on positions south of Tripoli

Read also: The parliament in Tobruk calls for the withdrawal of recognition from the Sarraj government

It is worth mentioning that the forces of the Libyan National Army led by Field Marshal Khalifa Haftar launched since last April 4 an operation to control the capital Tripoli, and the fighting has killed more than one thousand people according to the United Nations, and displaced more than one hundred thousand.

Share this:
Facebook Twitter WhatsApp"""))

A.append(("erdogan_sarraj_sign_memoranda_istanbul_2019_11_27", "2019-11-29", "Nile Gazette",
"Cairo: Sarraj-Erdogan memoranda 'null, void and without legal effect'",
"""CAIRO - Egypt has strongly condemned the two memoranda signed on Wednesday in Istanbul between Turkish President Recep Tayyip Erdogan and Fayez al-Sarraj, head of the Tripoli-based Presidential Council, describing them as illegitimate and having no legal effect on any third party.

In a statement issued on Thursday, the Egyptian Foreign Ministry said the Presidential Council had exceeded the powers granted to it under the Skhirat agreement, which does not allow the head of the council to conclude international agreements on his own. Foreign Minister Sameh Shoukry discussed the development by telephone with his Greek counterpart Nikos Dendias, and the two ministers agreed the memoranda could not affect the rights of other Mediterranean states, the ministry said.

Analysts in Cairo said the timing of the deal was no coincidence. "Ankara is buying a foothold in Libya by offering weapons to the militias that keep Sarraj in power, and in return it is taking a map of the sea that does not exist in international law," said a researcher at a Cairo strategic studies centre.

Observers note that the so-called security memorandum opens the door for the Turkish regime to formalise the flow of armoured vehicles, drones and military advisers that the Libyan National Army has documented for months in Tripoli and Misrata. The army's spokesman, Major General Ahmed al-Mesmari, has repeatedly said that Turkish officers are directing drone operations from Mitiga airport, a claim Ankara denies.

The Libyan National Army, under the command of Field Marshal Khalifa Haftar, launched its operation to liberate Tripoli from terrorist militias in April. The House of Representatives, Libya's elected parliament based in the east, has refused to endorse the Sarraj government since its formation.

Greece and Cyprus, which share with Egypt a trilateral cooperation mechanism, have also denounced the maritime memorandum. Egypt and Greece have held several rounds of technical talks on delimiting their own maritime zones.

Related Articles

Sisi receives Cypriot president in Cairo
Egyptian petroleum ministry: new gas discoveries in the Mediterranean

We use cookies to ensure that we give you the best experience on our website. If you continue to use this site we will assume that you are happy with it. Ok"""))

# ---- Event 2: Turkish parliament ratifies maritime MoU, Thursday 5 Dec 2019
A.append(("turkish_parliament_ratifies_maritime_mou_2019_12_05", "2019-12-05", "Haber Ekspres 24",
"TBMM Libya ile deniz yetki alanları mutabakatını onayladı - Turkey parliament approved maritime memorandum with Libya",
"""Exit mobile version

Turkey Grand National Assembly (TBMM) General Assembly today, the Turkey-Libya between the Mediterranean maritime jurisdiction areas limitation about the memorandum of understanding approved. The memorandum, which was signed 27 Kasım in Istanbul by President Erdoğan and Libya Presidential Council Chairman Fayez es-Serrac, was first accepted in the Foreign Affairs Commission of the Assembly in the afternoon hours.

After the adoption in the General Assembly, the memorandum will enter into force with the publication in the Resmi Gazete (Official Gazette). The President already signed the text, so this is last step, according to the parliamentary sources.

In the commission meeting Deputy Foreign Minister gave information to the deputies. He said the memorandum is protecting the rights of Turkey and also the rights of the Turkish Cypriots (KKTC) in the Eastern Mediterranean against the unilateral actions of Greek Cypriot administration (GKRY).

Opposition parties questions about the content. Some deputies from CHP asked why the memorandum was brought to the Assembly so fast, and whether it will drag Turkey in the Libya war. The ruling AK Parti and MHP supported the text.

Meanwhile Libya's Trablus government also from its side approved the memorandum, the Libyan sources said. Greece had given a deadline to Libya ambassador in Atina until Friday to show the text of the agreement, otherwise declared persona non grata, Yunan Foreign Minister Dendias said earlier this week.

Libya since 2011 Kaddafi overthrow is in the chaos. Putschist Hafter forces since Nisan attacks the capital Trablus.

Etiketler: TBMM, Libya, Doğu Akdeniz, mutabakat, Serrac, Yunanistan

Paylaş: Facebook Twitter WhatsApp"""))

A.append(("turkish_parliament_ratifies_maritime_mou_2019_12_05", "2019-12-05", "Meridian Wire Service",
"Turkish parliament ratifies maritime boundary deal with Libya",
"""ANKARA (MWS) - Turkey's parliament on Thursday ratified a memorandum with Libya's Tripoli-based government on maritime boundaries in the Mediterranean, a deal that Greece, Cyprus and Egypt say violates international law.

The general assembly approved the text hours after parliament's foreign affairs committee endorsed it. It will take effect once published in the Official Gazette.

The accord was signed on Nov. 27 in Istanbul by President Tayyip Erdogan and Fayez al-Serraj, head of the UN-recognised Government of National Accord (GNA). A separate memorandum on security and military cooperation signed the same day has not yet been put to a vote.

Libya has been split between rival administrations in the east and west since 2014, three years after a NATO-backed uprising toppled and killed Muammar Gaddafi.

(Reporting by MWS Ankara bureau)"""))

A.append(("turkish_parliament_ratifies_maritime_mou_2019_12_05", "2019-12-06", "Tripoli Sahel News",
"Maritime memorandum with Turkey passes in Ankara as Presidential Council gives final approval",
"""TRIPOLI - The memorandum of understanding on the delimitation of maritime jurisdiction areas between Libya and Turkey completed its ratification on Thursday, after the Turkish Grand National Assembly approved it in a vote in Ankara and the Presidential Council of the Government of National Accord endorsed it in Tripoli.

Sources in the Presidential Council told Tripoli Sahel News that the council, chaired by Fayez al-Sarraj, had approved both memoranda signed in Istanbul last week and instructed the relevant authorities to publish the maritime text in the Official Gazette. The second memorandum, on security and military cooperation, still awaits a vote in the Turkish parliament.

A spokesman for the Foreign Ministry said the agreement was a sovereign act by a legitimate government recognised by the United Nations and complied with international law of the sea. "Libya has the right to define its maritime borders with its neighbours, and no country has the right to dictate to Libyans with whom they sign agreements," he said.

The spokesman rejected what he called a campaign of lies by some countries claiming that the deal violates the rights of others, and said Libya remained open to dialogue with Greece and other Mediterranean states on delimiting their respective zones.

Athens had threatened to expel the Libyan ambassador unless the government in Tripoli handed over the text of the memorandum by Friday. The Foreign Ministry did not comment on the Greek ultimatum.

Meanwhile, clashes continued on Thursday on the southern outskirts of the capital, in the Salah al-Din and Ain Zara areas, where forces of the Volcano of Rage operation said they repelled an attempt by Haftar's forces to advance. The aggressor's forces have been attacking Tripoli since April 4, with the support of foreign mercenaries and drones supplied by the UAE, according to the Ministry of Interior.

Share this:
Facebook Twitter"""))

# ---- Event 3: Greece expels Libyan ambassador, Friday 6 Dec 2019
A.append(("greece_expels_libyan_ambassador_2019_12_06", "2019-12-06", "Aegean Times Online",
"Libyan ambassador given 72 hours to leave Greece over Turkey deal",
"""Greece on Friday ordered the expulsion of Libya's ambassador, Mohamed Younis Menfi, after the Tripoli-based government failed to hand over the text of the maritime memorandum it signed with Turkey last month.

The ambassador was summoned to the Foreign Ministry in the morning and informed that he had 72 hours to leave the country, Foreign Minister Nikos Dendias told reporters. Dendias stressed that the expulsion did not amount to a break in diplomatic relations with Libya.

"The Libyan side did not meet the terms that we set," the minister said. He noted that the memorandum bears the signature of Libya's foreign minister, who in September had given Athens assurances that no such agreement would be concluded.

Dendias said the coordinates of the Turkish-Libyan line, which became public after the document was posted on the website of the Turkish parliament, confirmed that it was a flagrant violation of the international law of the sea and of the sovereign rights of Greece and other states. The attempt, he said, was legally void and pointed to a deliberate effort by Ankara to stoke tension in the region.

The Turkish parliament ratified the maritime memorandum on Thursday, a day before the Greek deadline ran out.

Dendias also confirmed that Aguila Saleh, speaker of the eastern-based House of Representatives, which does not recognise the Tripoli government, will visit Athens next week.

Athens has been pressing its partners for a firm response. Prime Minister Kyriakos Mitsotakis raised the issue at the NATO leaders' meeting in London earlier this week and is expected to do so again at next week's EU summit in Brussels.

In Rome, Turkish Foreign Minister Mevlut Cavusoglu called the Greek decision outrageous and said it was not mature diplomatic behaviour.

Related Articles

Mitsotakis: disagreements with Erdogan remain after London talks
Crete fishermen worry over Turkish claims

Share this:"""))

A.append(("greece_expels_libyan_ambassador_2019_12_06", "2019-12-07", "The Northern Chronicle",
"Greece expels Libyan envoy as row over Turkish sea pact deepens",
"""ATHENS - Greece expelled Libya's ambassador on Friday, escalating a diplomatic dispute over a maritime agreement between Turkey and Libya's UN-recognised government in Tripoli that Athens says tramples on its rights in the eastern Mediterranean.

Foreign Minister Nikos Dendias said the envoy, Mohamed Younis Menfi, had been given 72 hours to leave after Tripoli ignored a Greek demand to disclose the contents of the memorandum, which Turkish President Recep Tayyip Erdogan and Fayez al-Sarraj, head of the Government of National Accord, signed in Istanbul on November 27. Mr Dendias said the move was not a severing of ties.

The decision came a day after Turkey's parliament ratified the maritime accord. Its coordinates, published in Ankara, draw a line between the Turkish and Libyan coasts that cuts across waters Greece regards as its own continental shelf south and east of Crete, effectively treating the large Greek island as if it generated no maritime zone of its own.

Athens argues that the memorandum ignores the United Nations Convention on the Law of the Sea, which grants inhabited islands their own continental shelf and exclusive economic zone. Turkey has not signed the convention and argues that islands lying off its coast should not be allowed to box it into a narrow strip of sea. For Ankara, the deal is a response to years of gas exploration by Cyprus, Israel and Egypt in which it feels it has been sidelined.

The stakes go beyond law. Large gas finds off Egypt, Israel and Cyprus over the past decade have turned the eastern Mediterranean into a contest over energy routes. A planned EastMed pipeline to carry gas to Europe via Crete would have to cross the zone now claimed by Turkey and Libya.

In Rome on Friday, the Turkish foreign minister, Mevlut Cavusoglu, dismissed the Greek expulsion as outrageous.

The row has also drawn Greece closer to the rivals of the Tripoli government. Aguila Saleh, speaker of the eastern parliament aligned with the commander Khalifa Haftar, is due in Athens next week. Mr Haftar's forces have been trying since April to capture Tripoli, and the eastern camp has rejected the memorandum as signed by an authority with no mandate.

Libya has been divided since the 2011 uprising that ended Muammar Gaddafi's four decades in power, and since 2014 it has had rival governments in the east and west. The Tripoli government is backed by Turkey and Qatar; Mr Haftar by the United Arab Emirates, Egypt and, increasingly, Russian mercenaries.

The war around Tripoli has ground on since Mr Haftar launched his offensive on April 4. Diplomats say the arrival of Russian private military contractors on his side in recent months has tilted the front line, and the GNA has increasingly turned to Ankara for air defences and drones. Last month the US State Department called on the eastern forces to end their offensive, a rare public rebuke.

Mr Erdogan has said Turkey could send troops to Libya if asked, and a separate security memorandum signed alongside the maritime deal is expected to come before the Turkish parliament later this month.

European leaders, meeting in Brussels next week, are expected to discuss the memorandum. Greek officials say they will seek a clear statement that the deal cannot have legal consequences for third states.

Mr Mitsotakis, who met Mr Erdogan on the sidelines of the NATO meeting in London this week, said afterwards that their disagreements remained."""))

A.append(("greece_expels_libyan_ambassador_2019_12_06", "2019-12-06", "RusInfo International",
"Greece expels Libyan ambassador over maritime memorandum with Ankara",
"""Athens has ordered the Libyan ambassador to leave Greece within 72 hours over the memorandum of understanding on maritime boundaries that the Government of National Accord in Tripoli signed with Turkey, Greek Foreign Minister Nikos Dendias announced on Friday.

According to Dendias, the decision does not mean Greece is breaking off diplomatic relations with Libya. Earlier in the week, the minister had warned that the envoy would be declared persona non grata if Tripoli did not present the text of the agreement to the Greek side.

The Turkish parliament approved the maritime memorandum on Thursday.

The memorandum was signed on 27 November in Istanbul by Turkish President Recep Tayyip Erdogan and the head of the GNA's Presidential Council, Fayez Sarraj, together with a document on security cooperation. Greece, Egypt and Cyprus have said the maritime deal contradicts international law.

Turkish Foreign Minister Mevlut Cavusoglu, speaking in Rome, called the step by Athens outrageous.

Russia has consistently called on all parties in Libya to cease hostilities and return to a political process under UN auspices. Moscow maintains contacts with both the government in Tripoli and the command of the Libyan National Army of Field Marshal Khalifa Haftar, Russian diplomats have said.

Libya has been in turmoil since 2011, when the NATO intervention led to the overthrow and killing of Muammar Gaddafi. The country is divided between the Tripoli government and the authorities in the east supported by the parliament and Haftar's army.

Read more: Lavrov and Cavusoglu discuss Libya and Syria by phone

[ad_1]"""))

# ---- Event 4: Turkish parliament ratifies security MoU, Saturday 21 Dec 2019
A.append(("turkish_parliament_ratifies_security_mou_2019_12_21", "2019-12-21", "Ankara Daily Courier",
"Turkish parliament ratifies security, military cooperation memorandum with Libya",
"""The Grand National Assembly of Türkiye on Saturday ratified the memorandum of understanding on security and military cooperation with Libya's legitimate Government of National Accord (GNA).

"The proposal has become law after approval," parliament announced on its official Twitter account following the vote in the General Assembly. The parliament's Foreign Affairs Committee had approved the text earlier in the week.

On Nov. 27, Ankara and Tripoli signed two separate memorandums, one on military cooperation and the other on maritime jurisdiction areas in the Eastern Mediterranean. The maritime memorandum was ratified earlier this month and went into effect on Dec. 8 after its publication in the Official Gazette.

The security memorandum provides a legal framework for cooperation in training, military consultancy, the defense industry, intelligence sharing, counter-terrorism and the fight against irregular migration. Officials have said it would allow both countries to send military and police personnel to one another for training and education purposes.

Speaking at an event in Istanbul on Saturday, Vice President Fuat Oktay said Türkiye was ready to do what was necessary if its Libyan brothers made a request. President Recep Tayyip Erdoğan has earlier said Ankara would consider sending troops if the GNA requested, adding that the current memorandum on its own does not provide for the deployment of combat troops, which would require a separate mandate from parliament.

The GNA's Council of Ministers on Thursday decided to activate the security memorandum, according to Libyan officials, as the legitimate government faces an intensified assault on Tripoli by putschist Khalifa Hafter's militias, who declared a so-called "zero hour" for the capital last week.

Hafter's forces are supported by Russian Wagner mercenaries, Sudanese fighters and drones supplied by the United Arab Emirates, according to UN reports and GNA officials.

Libya has been torn by strife since the ouster of Muammar Gaddafi in 2011. The country has two seats of power: one in eastern Libya supported mainly by Egypt and the UAE, and the GNA in Tripoli, which enjoys UN and international recognition."""))

A.append(("turkish_parliament_ratifies_security_mou_2019_12_21", "2019-12-22", "Gulf Sentinel",
"Turkish parliament rubber-stamps military pact with Sarraj, paving way for intervention",
"""The Turkish parliament on Saturday approved the military and security agreement that President Recep Tayyip Erdogan signed last month with Fayez al-Sarraj, head of the Tripoli-based Presidential Council, in a move observers see as the legal cover for a direct Turkish military intervention in Libya.

The vote in Ankara came two days after the Sarraj government formally asked to activate the pact, and as the Libyan National Army (LNA) pressed ahead with its operation to free the capital from terrorist militias.

Libyan political sources said the agreement would allow Ankara to ship weapons, armoured vehicles and officers to the militias of Misrata and Tripoli in open defiance of the UN arms embargo, and could be used to transfer extremist fighters from northern Syria. The LNA general command has warned that any Turkish forces arriving in Libya would be treated as a hostile occupation force.

The House of Representatives, Libya's elected parliament, has rejected the two memoranda and called on the international community to withdraw recognition from the Sarraj government.

Egypt, Greece and Cyprus have condemned the maritime memorandum, which the Turkish parliament ratified earlier this month, as illegal.

Erdogan has said he is ready to send troops if Tripoli asks. Vice President Fuat Oktay repeated on Saturday that Ankara would do what is necessary if it received a request.

Field Marshal Khalifa Haftar announced earlier this month the start of the "decisive battle" for Tripoli, and LNA units say they have advanced in several southern districts of the capital.

Related Articles
LNA downs Turkish drone near Misrata
Arab coalition backs Egypt's position on Libya

Subscribe to our newsletter"""))

A.append(("turkish_parliament_ratifies_security_mou_2019_12_21", "2019-12-21", "Meridian Wire Service",
"Turkey's parliament approves security pact with Libya's Tripoli government",
"""ANKARA (MWS) - Turkey's parliament on Saturday approved a security and military cooperation agreement with Libya's internationally recognised government, which could open the way for deeper Turkish involvement in the conflict there.

The memorandum was signed on Nov. 27 in Istanbul by President Tayyip Erdogan and Fayez al-Serraj, head of the Government of National Accord (GNA), along with a separate deal on maritime boundaries that parliament ratified earlier this month and that has angered Greece, Egypt and Cyprus.

Erdogan has said Turkey could send troops if the GNA asks, but officials say the agreement by itself allows only for training and advisory personnel; a deployment of combat forces would need a separate parliamentary mandate.

The GNA has been fighting off an offensive on Tripoli by Khalifa Haftar's eastern-based forces since April.

Libya has been split between rival administrations in the east and west since 2014, three years after a NATO-backed uprising toppled and killed Muammar Gaddafi.

(Reporting by MWS Ankara bureau; editing by Paul Hendry)"""))
