# Part 3: mid/late December 2019 ("final battle", GNA activation, Turkish ratification, troop announcement)

ARTICLES = [
# ---------------------------------------------------------------- G10
{
"group": "haftar_declares_final_battle_for_tripoli_2019_12_12",
"published": "2019-12-12",
"outlet": "MENA Live Ledger",
"title": "Libya live: Haftar declares 'zero hour', orders advance on central Tripoli",
"text": """LIVE - Updated 21:05 GMT

Welcome to our rolling coverage of the Middle East and North Africa. All times GMT. Newest entries first.

21:05 - Tripoli: "ready for any new insane attempt"
Interior Minister Fathi Bashagha of the UN-recognised Government of National Accord (GNA) has responded to Khalifa Haftar's speech. Quoted by the Tripoli-based al-Ahrar channel, he said government forces were ready to fight off any new "insane attempt" on the capital. GNA officials we spoke to described the situation on the front lines as under control.

20:32 - What exactly did Haftar say?
In a speech of about five minutes released by the Libyan National Army's (LNA) media office and aired on pro-LNA channels, Haftar told his fighters: "Today we announce the decisive battle and the advance towards the heart of the capital to set it free." He called on those who had joined what he called the militias and terrorist groups in Tripoli to withdraw, and described his forces' victory as inevitable. He spoke of a "zero hour" for a broad and total assault.

20:10 - BREAKING: Haftar announces "final battle" for Tripoli
Eastern commander Khalifa Haftar has ordered his forces to advance on the centre of Tripoli in what he calls the final, decisive battle for the capital. His offensive, launched on April 4, has been stuck on the southern outskirts for most of the past eight months. Note: the LNA has announced "decisive" phases before, with little change on the ground afterwards.

18:40 - Pompeo: "no military solution" in Libya
Speaking at a briefing in Washington, US Secretary of State Mike Pompeo said nobody he had spoken to in Europe, Russia or the Middle East believed any side could win militarily in Libya, and stressed the political and diplomatic process.

17:15 - Algeria votes
Polls have closed in Algeria's presidential election, held despite months of mass protests whose leaders had called for a boycott. Official turnout figures are expected overnight.

14:50 - Brussels: Turkey-Libya deal on EU summit agenda
EU leaders are gathering for a two-day summit. Greek and Cypriot diplomats say they want strong wording on the maritime memorandum signed by Turkey and the GNA on November 27. Greece expelled Libya's ambassador last Friday over the accord.

11:20 - Haftar's navy chief: coordinating with Greece against Turkish ships
Faraj al-Mahdawi, chief of staff of the LNA's naval forces, said in comments to Al Arabiya that his forces were monitoring Turkish vessels and coordinating with Greece. Earlier this week he told Greek television he had orders from Haftar to sink Turkish ships that enter Libyan waters.

09:30 - Recap: Erdogan's troops remark
In case you missed it: on Tuesday Turkish President Recep Tayyip Erdogan said Turkey could send "a sufficient number" of troops to Libya if the Tripoli government asked for them, saying the security agreement signed last month removed any obstacle.

Share this live page:
Facebook | Twitter | Email

Sign up for the Morning Ledger newsletter"""
},
{
"group": "haftar_declares_final_battle_for_tripoli_2019_12_12",
"published": "2019-12-13",
"outlet": "Emirates Horizon",
"title": "Field Marshal Haftar declares 'zero hour' to free Tripoli from militias",
"text": """The Commander-in-Chief of the Libyan National Army (LNA), Field Marshal Khalifa Haftar, on Thursday evening announced the start of the decisive battle to liberate the capital Tripoli from the grip of militias and terrorist groups.

"Zero hour has come for the broad and total assault expected by every free and honest Libyan," Haftar said in a televised address, ordering his forces to advance towards the heart of the capital.

The field marshal called on those who had joined the militias and armed groups in Tripoli to withdraw immediately and return to their homes, and said victory was inevitable.

Haftar accused the so-called Government of National Accord of handing the country's sovereignty to foreign powers, in reference to the security and maritime memoranda that Fayez al-Sarraj signed with Turkish President Recep Tayyip Erdogan in Istanbul last month.

The announcement comes days after Erdogan said Ankara was ready to send troops to Libya if the Tripoli government requested them, remarks that were widely condemned in the Arab world as a flagrant interference in Libyan affairs. The commander of the LNA naval forces, Major General Faraj al-Mahdawi, responded that he had orders to sink any Turkish vessel entering Libyan waters.

The LNA has been fighting since April 4 to restore state authority in Tripoli, where it says militias, some of them listed as terrorist groups, have seized the institutions of the state with Turkish and Qatari backing."""
},
{
"group": "haftar_declares_final_battle_for_tripoli_2019_12_12",
"published": "2019-12-13",
"outlet": "Libya Free Voice",
"title": "Hifter announces 'zero hour' again; Serraj calls it 'the zero of illusions'",
"text": """Tripoli - Libya Free Voice

War criminal Khalifa Hifter on Thursday evening announced what he called "zero hour" and the "decisive battle" for the capital, in a short video speech broadcast by channels loyal to him, eight months after he first ordered his forces to take Tripoli.

The head of the Presidential Council, Fayez al-Serraj, described the announcement as "the zero of illusions". He called on the army of the Government of National Accord and the revolutionaries of 17 February to stand firm against the aggression, and urged the countries that back Hifter to leave the Libyan people alone.

Interior Minister Fathi Bashagha said the speech reflected desperation and pointed to the imminent collapse of Hifter's forces, which have failed to make significant gains since April. Bashagha said the government's forces were ready to repel any new attempt.

The head of the High Council of State, Khalid al-Mishri, said the fighting would be taken to a wholly different level in the coming days.

Government officials said the situation on all axes south of the capital was under control on Friday morning.

Hifter first ordered his forces to march on Tripoli on 4 April, while UN Secretary-General Antonio Guterres was in the capital preparing for a national conference that the attack wrecked. Since then, more than 1,000 people have been killed and tens of thousands displaced.

Hifter's latest announcement came as reports multiplied of Russian mercenaries from the Wagner company fighting alongside his forces south of Tripoli, which Moscow denies, and after the Government of National Accord signed a security and military cooperation memorandum with Turkey on 27 November."""
},
{
"group": "haftar_declares_final_battle_for_tripoli_2019_12_12",
"published": "2019-12-12",
"outlet": "Al-Waha News (translated)",
"title": "Field Marshal Haftar announces the zero hour and the start of the decisive battle to liberate Tripoli",
"text": """[ad_1]

Benghazi - Al-Waha News

The General Commander of the Libyan Arab Armed Forces, Field Marshal Khalifa Haftar, announced, this evening Thursday, the start of the decisive battle and the advance towards the heart of the capital Tripoli, in order to liberate it.

Haftar said in a speech broadcast by the Information Office of the General Command: "Today we announce the decisive battle and the advance towards the heart of the capital ... advance now, our heroes."

And the Field Marshal called on those who joined the armed groups to withdraw immediately and to return to their homes.

It is worth mentioning that the Turkish President, Recep Tayyip Erdogan, had said, last Tuesday, that his country is ready to send soldiers to Libya if the Al-Wefaq government requested that, after the signing of the memorandum of security and military cooperation between the two sides at the end of last November.

And the Chief of Staff of the Naval Forces, Major General Faraj al-Mahdawi, had said in an interview with a Greek channel, at the beginning of this week, that he has orders from the General Commander to sink any Turkish ship that violates the Libyan territorial waters.

It is worth mentioning also that the army forces began, on the fourth of April last, a military operation to liberate the capital from the militias.

For his part, the Minister of Interior in the Al-Wefaq government, Fathi Bashagha, said that his forces are ready to confront any new attempt.

Read also:
- Al-Mahdawi: we have orders to sink any Turkish ship
- The interim government: the memorandums of Al-Sarraj and Erdogan are illegitimate
- Greece expels the Libyan ambassador

Share this:
Facebook
Twitter
Telegram"""
},
# ---------------------------------------------------------------- G11
{
"group": "gna_activates_turkey_security_deal_2019_12_19",
"published": "2019-12-19",
"outlet": "Libya Free Voice",
"title": "GNA approves security memorandum with Turkey; Serraj asks five friendly states to activate security pacts",
"text": """Tripoli - Libya Free Voice

The Government of National Accord said on Thursday it had approved the memorandum of understanding on security and military cooperation signed with Turkey on 27 November, opening the way to put the agreement into effect as the capital faces a renewed offensive by Khalifa Hifter's forces.

The decision was taken at an extraordinary meeting of government officials and military commanders responsible for the defence of Tripoli, according to sources in the Presidential Council.

In a statement late on Thursday, the media office of the head of the Presidential Council, Fayez al-Serraj, said he had sent letters to the leaders of the United States, the United Kingdom, Italy, Algeria and Turkey, calling on these "friendly countries" to activate the security cooperation agreements signed with Libya in order to repel the aggression on the capital by any armed group operating outside the legitimacy of the state, preserve social peace and achieve stability.

Serraj also urged the five countries to cooperate and coordinate with the Government of National Accord in fighting terrorist organisations, namely ISIS and al-Qaeda, which he said had found in the aggression an opportunity to return to Libya. He called for greater cooperation against illegal migration, organised crime and human trafficking.

Serraj met President Recep Tayyip Erdogan in Istanbul on Sunday, their second meeting in less than a month. Erdogan said after the meeting that Turkey was ready to give Libya whatever support it needed, describing Hifter as the representative of an illegal structure. On Wednesday, the Turkish president repeated that Ankara would speed up the process with Libya and was ready to help in military and security cooperation as well as on maritime rights.

Turkish Foreign Minister Mevlut Cavusoglu said at the Doha Forum on Saturday that no request for troops had yet been received from Tripoli.

Hifter announced a "decisive battle" for the capital last Thursday. The government says its forces have repelled every attack since."""
},
{
"group": "gna_activates_turkey_security_deal_2019_12_19",
"published": "2019-12-20",
"outlet": "Continental Newswire",
"title": "Libya's Tripoli government moves to activate Turkey security pact, appeals to five allies",
"text": """We use cookies to personalise content and ads and to analyse our traffic. By continuing to browse you agree to our use of cookies. [OK] [More info]

TRIPOLI, Dec 20 (CNW) - Libya's internationally recognised government said it had approved its security and military cooperation accord with Turkey, opening the way for possible military help from Ankara, and its leader appealed to five countries to activate security agreements to help fend off an assault on Tripoli.

Prime Minister Fayez al-Sarraj wrote to the leaders of the United States, Britain, Italy, Algeria and Turkey asking them to "activate the security cooperation agreements" to repel attacks on the capital by armed groups acting outside state legitimacy, his office said late on Thursday.

The Government of National Accord (GNA) gave few details of Thursday's decision. Some Libyan outlets reported that the government had also moved to put into effect the maritime boundary memorandum signed with Ankara on Nov. 27, which Greece, Egypt and Cyprus reject.

Italian foreign ministry sources said on Friday that the solution to the Libyan crisis could only be political and not military, and that Rome continued to reject any kind of interference.

Turkish President Tayyip Erdogan has said Turkey could send troops to Libya if the GNA asked, but Turkish officials said last weekend no such request had been made. Sarraj met Erdogan in Istanbul on Sunday.

The moves came a week after eastern commander Khalifa Haftar, whose Libyan National Army (LNA) has been trying to seize Tripoli since April, announced what he called the final battle for the city. Fighting has intensified in the southern suburbs, residents said, but front lines have not shifted significantly.

Haftar is supported by the United Arab Emirates, Egypt and, according to diplomats, Russian military contractors.

Read more:
Greece expels Libyan ambassador over Turkey deal
Erdogan: ready to give Libya any military support it needs"""
},
{
"group": "gna_activates_turkey_security_deal_2019_12_19",
"published": "2019-12-20",
"outlet": "Nile Gazette",
"title": "Sarraj opens door to Turkish forces by approving Ankara security pact",
"text": """CAIRO - The Tripoli-based Presidential Council headed by Fayez al-Sarraj on Thursday approved the security and military cooperation memorandum signed with Turkish President Recep Tayyip Erdogan, a step widely seen in Cairo as paving the way for an open Turkish military presence on Libyan soil.

At the same time, Sarraj sent letters to the United States, the United Kingdom, Italy, Algeria and Turkey asking them to activate security agreements to help his government confront what he called the aggression on Tripoli, in reference to the Libyan National Army's operation to clear the capital of militias.

The move comes one week after Field Marshal Khalifa Haftar announced the zero hour for the decisive battle for Tripoli, and days after Sarraj travelled to Istanbul for a second meeting with Erdogan in less than a month.

Egypt has declared the memoranda signed in Istanbul on November 27 null and void, arguing that Sarraj exceeded the powers granted to him under the Skhirat agreement. Greece, which expelled the Libyan ambassador in Athens over the maritime deal, and Cyprus share that position, while European Union leaders said last week that the maritime memorandum infringes the sovereign rights of third states.

LNA spokesman Major General Ahmed al-Mismari has repeatedly said that Turkey has been sending weapons, armoured vehicles and drones to the militias for months, and that any Turkish deployment would be treated as an occupation force.

The authorities in eastern Libya have rejected the memoranda, saying the Tripoli council has no mandate to sign them."""
},
# ---------------------------------------------------------------- G12
{
"group": "turkish_parliament_ratifies_libya_security_deal_2019_12_21",
"published": "2019-12-21",
"outlet": "Bosphorus News Agency",
"title": "Turkish parliament ratifies security, military cooperation deal with Libya",
"text": """ANKARA (BNA) - The Turkish parliament on Saturday ratified a motion approving the memorandum of understanding on security and military cooperation with Libya's UN-recognized Government of National Accord (GNA).

On Nov. 27, Ankara and Tripoli signed two separate memoranda, one on military cooperation and the other on maritime jurisdiction areas in the Eastern Mediterranean.

The maritime pact, which asserted Turkey's rights in the Eastern Mediterranean in the face of unilateral drilling by the Greek Cypriot administration and underlined that the Turkish Republic of Northern Cyprus (TRNC) also has rights to the resources in the area, went into effect on Dec. 8.

The security memorandum covers training, education, exchange of experience and information, and the defense industry, and allows for the establishment of defense and security cooperation offices.

Speaking at a trade and cooperation meeting in Istanbul on Saturday, Vice President Fuat Oktay said Turkey was ready to take the necessary steps if the legitimate government in Tripoli made a request. "If our Libyan brothers make such a request, Turkey is ready to do what is necessary," Oktay said.

Following the signing of the military cooperation deal, President Recep Tayyip Erdoğan said Ankara might consider sending troops to Libya if the Tripoli government made such a request.

Libya's GNA approved the memorandum on Thursday.

The GNA has been under attack by the forces of putschist Khalifa Haftar since April. The UN-recognized government launched the Volcano of Rage operation to counter the offensive."""
},
{
"group": "turkish_parliament_ratifies_libya_security_deal_2019_12_21",
"published": "2019-12-22",
"outlet": "Continental Newswire",
"title": "Turkey's parliament approves Libya military cooperation deal",
"text": """ANKARA, Dec 21 (CNW) - Turkey's parliament on Saturday approved a security and military cooperation agreement with Libya's internationally recognised government, widening the scope for Turkish involvement in the North African country's war.

The memorandum, signed in Istanbul on Nov. 27 alongside a disputed maritime boundary accord, allows Turkey to provide training and equipment at the request of the Tripoli-based Government of National Accord (GNA). Under Turkish law a separate parliamentary mandate would be needed to send combat troops abroad.

Vice President Fuat Oktay said Turkey was ready to do what was necessary if the Libyans asked. Tripoli's government approved the deal on Thursday and its leader, Fayez al-Sarraj, has asked Turkey and four other countries to activate security agreements.

Libya has been mired in chaos since a NATO-backed uprising ousted Moamer Kadhafi in 2011. Eastern commander Khalifa Haftar, backed by the United Arab Emirates and Egypt, has been trying to seize Tripoli since April.

(CNW)

Share this:
Twitter Facebook Email

Related Posts

Haftar forces seize ship with Turkish crew off Libya's east

BENGHAZI, Dec 22 (CNW) - Forces loyal to Khalifa Haftar have stopped a Grenada-flagged ship with Turkish crew members off the eastern Libyan city of Derna and towed it to the port of Ras al-Hilal, a spokesman said.

A naval vessel of Haftar's Libyan National Army (LNA) intercepted the ship on Saturday in Libyan territorial waters and took it to port "for inspection and to verify its cargo", LNA spokesman Ahmed al-Mismari said, without giving further details. The LNA published copies of the passports of three Turkish nationals.

A Turkish foreign ministry spokesman, Hami Aksoy, said the ship had developed technical problems, could not dock and had asked for help from the Libyan coastguard, and that it had been taken for its cargo to be checked. He confirmed that three Turks were on board.

The seizure came hours after the Turkish parliament approved the security deal with Tripoli. Haftar's forces have declared Turkish ships and companies legitimate targets since June, and the head of the LNA navy said this month he had orders to sink Turkish vessels entering Libyan waters.

(CNW)"""
},
{
"group": "turkish_parliament_ratifies_libya_security_deal_2019_12_21",
"published": "2019-12-23",
"outlet": "Defence Trade Monitor",
"title": "What Turkey's newly ratified Libya security pact allows, and what it does not",
"text": """The Turkish Grand National Assembly's approval on Saturday of the security and military cooperation memorandum with Libya's Government of National Accord (GNA) completes the Turkish side of the ratification of the document signed in Istanbul on 27 November. Tripoli's government approved it on Thursday. Here is what the text, as described by officials on both sides, makes possible.

Training and advisers

The memorandum provides a legal basis for Turkish military and police trainers and advisers to work in Libya and for Libyan personnel to train in Turkey. Officials have said it covers training and education, exchanges of experience and intelligence, and cooperation against terrorism, irregular migration and organised crime. That formalises a relationship that already exists in practice: Turkish personnel have been widely reported to support drone operations from Mitiga and Misrata since the spring.

Equipment

The deal allows the transfer of military equipment at the GNA's request. Here it runs into the UN arms embargo on Libya, in place since 2011. Turkish-made BMC Kirpi armoured vehicles were unloaded at Tripoli in May and Bayraktar TB2 drones have been flying over the capital's southern front since; the LNA, for its part, fields Chinese-designed Wing Loong II drones and other equipment that UN experts and diplomats link to the United Arab Emirates and other backers. The memorandum does not change the embargo, but Ankara argues it is assisting a legitimate government.

Offices and exercises

The text provides for defence and security cooperation offices in each other's countries and for joint exercises and planning. Such offices could serve as a coordination hub for any larger Turkish presence.

What it does not do

It is not, on its own, a mandate for combat troops. Under Article 92 of the Turkish constitution, sending the armed forces abroad requires a separate authorisation from parliament. President Recep Tayyip Erdogan has said Turkey could send troops if Tripoli asked, and Vice President Fuat Oktay repeated on Saturday that Turkey was ready to do what was necessary if such a request came. The GNA's leader, Fayez al-Sarraj, wrote last week to Turkey and four other countries asking them to activate security agreements, but Turkish officials have said no formal troop request has been received.

Maritime spillover

The pact's companion, the maritime jurisdiction memorandum, went into effect on 8 December. The first sign of a maritime dimension to the security contest came within hours of Saturday's vote: the LNA's navy stopped a Grenada-flagged freighter with three Turkish crew off Derna and towed it to Ras al-Hilal for inspection. The LNA's naval chief of staff had said earlier this month that he had orders to sink Turkish vessels entering Libyan waters.

What to watch

- Whether Ankara submits a troop deployment motion when parliament returns from recess in January.
- Air defence: the most valuable Turkish contribution in the short term would likely be systems able to counter the LNA's long-range drones.
- Logistics: with Mitiga repeatedly shut and Misrata exposed, sea lift to Tripoli and Misrata ports is the likeliest supply route, and the most exposed to LNA interdiction.

Tags: Libya, Turkey, GNA, LNA, TBMM, arms embargo"""
},
# ---------------------------------------------------------------- G13
{
"group": "erdogan_announces_troop_motion_for_libya_2019_12_26",
"published": "2019-12-26",
"outlet": "Meridian Wire",
"title": "Erdogan says Turkey will send troops to Libya after Tripoli request",
"text": """ANKARA (Meridian) - Turkey will send troops to Libya at the request of its internationally recognised government and will ask parliament to approve the deployment as soon as it reconvenes in January, President Tayyip Erdogan said on Thursday.

"Since there is an invitation right now, we will accept it," Erdogan told members of his AK Party in Ankara. "We will present the motion to send troops as soon as parliament resumes," he said, adding that he hoped it would pass on Jan. 8-9.

A Libyan official said the Tripoli-based Government of National Accord (GNA) had formally requested "air, ground and sea" military support from Turkey to fend off an offensive by eastern commander Khalifa Haftar. But GNA Interior Minister Fathi Bashagha, speaking at a news conference in Tunis, said the government would send an official request if the situation escalated, suggesting the formal process was not yet complete.

Erdogan said the security and military cooperation memorandum signed with the GNA on Nov. 27 had come into force after he approved it on Thursday. "They support a warlord; we support the legitimate government," he said, referring to countries backing Haftar.

The announcement came a day after Erdogan made an unannounced visit to Tunisia, Libya's western neighbour, for talks with President Kais Saied on a ceasefire and a political process.

Haftar, backed by the United Arab Emirates, Egypt and, according to diplomats, Russian mercenaries, launched his offensive on Tripoli in April and on Dec. 12 declared a "final battle" for the city. The GNA last week asked Turkey, the United States, Britain, Italy and Algeria to activate security agreements.

Turkey's parliament ratified the security memorandum on Saturday. A separate mandate is required to deploy combat troops.

Egypt, Greece and Cyprus have condemned Turkey's role in Libya and a parallel maritime deal that Ankara signed with the GNA.

(Reporting by Meridian Ankara bureau; additional reporting by Tunis desk; editing by Tom Arkwright)"""
},
{
"group": "erdogan_announces_troop_motion_for_libya_2019_12_26",
"published": "2019-12-26",
"outlet": "Gündem Haber 24 (auto-translated)",
"title": "Cumhurbaşkanı Erdoğan: Libya'ya asker tezkeresi January in Meclis'e geliyor",
"text": """Cumhurbaşkanı (President) Recep Tayyip Erdoğan, AK Parti İl Başkanları Toplantısı'nda (provincial heads meeting) made speech in Libya regarding important açıklamalar made.

Erdoğan, "We go where we are invited. Now invitation there is, we will accept it" said and Meclis (parliament) tatilden (from recess) returns returning first work as asker tezkeresi (troop motion) to be submitted announced.

"Allah'ın izniyle (God willing) 8-9 Ocak'ta (January 8-9) Meclis'ten geçireceğiz and so Libya's legitimate government's invitation to response we will give," Erdoğan said.

Cumhurbaşkanı Erdoğan, Libya Ulusal Mutabakat Hükümeti (UMH) with signed güvenlik ve askeri işbirliği mutabakat muhtırasının (security and military cooperation memorandum) today onayladığını (approved) and entered into force said.

Erdoğan, darbeci Hafter'i (putschist Hafter) supporting countries criticized: "They a warlord are supporting, we the legitimate government support. Difference this is."

Cumhurbaşkanı Erdoğan dün (yesterday) Tunus'a (Tunisia) sürpriz ziyaret made and Tunus Cumhurbaşkanı Kays Said ile görüştü. Erdoğan, Tunus ile Libya'da ateşkes ve siyasi süreç for cooperation talked said.

Libya İçişleri Bakanı Fethi Başağa also Tunus'ta made press conference in, UMH's Turkey from official askeri yardım (military aid) to request will said.

Hafter milisleri April month from since the capital Trablus to attacks continue. Hafter 12 Aralık'ta (December 12) so-called "final battle" announced but advance could not.

Etiketler: Erdoğan, Libya, tezkere, TBMM, Hafter

İlgili Haberler
- TBMM Libya ile güvenlik mutabakatını kabul etti
- Erdoğan Tunus'ta Kays Said ile görüştü
- Çavuşoğlu: Libya'dan henüz talep gelmedi

Yorum yap / Leave a comment"""
},
{
"group": "erdogan_announces_troop_motion_for_libya_2019_12_26",
"published": "2019-12-26",
"outlet": "RusInform International",
"title": "Erdogan Says Will Ask Parliament for Permission to Send Troops to Libya",
"text": """MOSCOW, December 26 (RusInform) - Turkish President Recep Tayyip Erdogan said on Thursday that he would ask the country's parliament to authorize the deployment of Turkish troops to Libya as soon as lawmakers return from their recess in January.

"We will go where we are invited. This memorandum has confirmed our cooperation and support once more. We will soon submit a request to parliament for using our army in Libya," Erdogan said, as quoted by Turkish media, speaking at a meeting of the heads of his ruling Justice and Development Party's regional branches in Ankara.

Earlier in the day, Erdogan approved the memorandum on security and military cooperation with the Tripoli-based Government of National Accord (GNA), which the Turkish parliament ratified last Saturday.

Erdogan had previously said that Turkey could send troops if the GNA requested it. The GNA's interior minister, Fathi Bashagha, said on Thursday that Tripoli would send an official request for Turkish military assistance if fighting around the capital escalated.

Libya has been divided since the overthrow of Muammar Gaddafi in 2011. The GNA, headed by Fayez Sarraj, controls Tripoli and parts of the west, while the east is controlled by the Libyan National Army (LNA) of Field Marshal Khalifa Haftar, which is supported by the parliament in Tobruk. On December 12, Haftar declared that his forces were beginning a decisive battle for the capital.

Earlier this month Erdogan claimed that Russian private military contractors were present in Libya, an allegation that Moscow has rejected.

Russian President Vladimir Putin is expected to visit Istanbul on January 8 for the inauguration of the TurkStream gas pipeline, where the situation in Libya is expected to be among the topics of discussion.

[ad_1]"""
},
{
"group": "erdogan_announces_troop_motion_for_libya_2019_12_26",
"published": "2019-12-28",
"outlet": "The Westminster Observer",
"title": "Erdogan's Libyan gamble: Turkey prepares to put troops on the ground",
"text": """Recep Tayyip Erdogan rarely announces a military operation without first preparing the ground at home, and his speech to party officials in Ankara on Thursday was no exception. Libya's government had invited Turkish troops, the president said, and Turkey would accept. A motion would go before parliament as soon as it returned from its winter break on January 7; with his party and its nationalist allies holding a majority, he expected it to pass within a day or two.

It was the moment towards which the relationship between Ankara and the beleaguered Government of National Accord in Tripoli had been moving for months, and particularly since November 27, when Mr Erdogan and Fayez al-Sarraj signed two memoranda in Istanbul: one on security and military cooperation, the other drawing a maritime boundary across the eastern Mediterranean.

The sequence since then has been swift. Greece, Egypt and Cyprus denounced the maritime deal as having no legal basis. Athens expelled the Libyan ambassador on December 6. Turkish legislators ratified the maritime memorandum the day before that, and EU leaders said this month that it infringed the sovereign rights of third states. On December 10 Mr Erdogan said that, if asked, Turkey would send troops. Two days later Khalifa Haftar, the eastern commander whose forces have been besieging Tripoli since April, announced a "final battle" for the capital. Mr Sarraj flew to Istanbul again on December 15. On December 19 his government approved the security memorandum and he wrote to five countries, Turkey among them, asking them to activate security agreements. The Turkish parliament ratified the security deal on December 21, and within hours Mr Haftar's navy towed a ship with Turkish crew into an eastern port.

Whether the formal request had actually been made by Thursday is less clear than Mr Erdogan's words suggested. A Libyan official said Tripoli had asked for "air, ground and sea" support. Fathi Bashagha, the GNA's interior minister, said at a news conference in Tunis the same day that an official request would be sent if the fighting escalated. The difference may prove academic.

Mr Erdogan's calculations are partly about Libya and partly about the sea. A GNA defeat would void the maritime memorandum on which Ankara has staked its claims against Greece and Cyprus, and would hand the country to a commander backed by the United Arab Emirates and Egypt, Turkey's main regional rivals. Turkish officials also point to the presence of Russian private military contractors fighting alongside Mr Haftar, which Moscow denies, as proof that the GNA's enemies are already internationalising the war.

The risks are considerable. Turkey has no land border with Libya and limited means to sustain a force there; the LNA controls much of the airspace over the front and has spent the year striking the airports at Mitiga, Misrata and Zuwara, which it says have been used by Turkish drones. Since June the LNA has declared Turkish ships, flights and companies legitimate targets. An expeditionary force would be exposed in ways that Turkey's drone crews and advisers have not been.

Diplomatically, the move complicates German efforts to convene a conference in Berlin that would commit foreign powers to stop arming the Libyan parties. The UN envoy, Ghassan Salame, has repeatedly warned that foreign interference is the main obstacle to ending the war. On the eve of his speech, Mr Erdogan flew to Tunis to court President Kais Saied, though Tunisian officials were quick to play down any suggestion that their country was joining an alliance.

Cairo is the capital to watch. President Abdel Fattah al-Sisi regards the LNA as a bulwark against Islamist militias on Egypt's western border and has warned repeatedly against foreign interference in Libya. A Turkish deployment to Tripoli would put Turkish and Egyptian-backed forces on opposite sides of the same front for the first time.

For the people of Tripoli, who have lived for nine months with shelling, drone strikes and a closed airport, the question is simpler: whether more foreign involvement will end the siege of their city or prolong it."""
},
]
