# Events 9-13
A = []

# ---- Event 9: France accuses Turkey over Courbet incident; NATO investigation (17-18 June 2020)
A.append(("france_accuses_turkey_courbet_nato_probe_2020_06_17", "2020-06-17", "Meridian Wire Service",
"France says Turkish warships harassed its frigate off Libya, calls it 'extremely aggressive'",
"""PARIS (MWS) - France on Wednesday accused the Turkish navy of an "extremely aggressive" act against a French frigate on a NATO mission in the Mediterranean, saying a Turkish warship had locked its fire-control radar on the French vessel three times as it tried to check a cargo ship suspected of smuggling arms to Libya.

The incident took place on June 10, when the frigate Courbet, operating under NATO's Sea Guardian maritime security operation, approached the Tanzanian-flagged freighter Cirkin, which was being escorted by Turkish warships, a French armed forces ministry official said. Under NATO rules of engagement such radar "illumination" is considered a hostile act, the official said, adding that Turkish sailors had put on bulletproof vests and taken position behind their light weapons.

"We cannot accept that an ally behaves this way against a NATO ship, under NATO command, carrying out a NATO mission," the official told reporters. Paris also said the Turkish escorts had been using NATO call signs.

Armed Forces Minister Florence Parly will raise the matter at a video conference of NATO defence ministers that begins on Wednesday.

There was no immediate comment from the Turkish defence ministry. Turkish officials have previously rejected accusations that Ankara is violating the UN arms embargo on Libya, and say the shipments it sends are under a bilateral agreement with the UN-recognised government in Tripoli.

Turkey's support has helped the Government of National Accord (GNA) drive Khalifa Haftar's forces back from Tripoli in recent weeks. France denies backing Haftar but has been accused by the GNA of favouring him.

Libya has been split between rival administrations in the east and west since 2014, three years after a NATO-backed uprising toppled and killed Muammar Gaddafi.

(Reporting by MWS Paris bureau; editing by Claire Dumont)"""))

A.append(("france_accuses_turkey_courbet_nato_probe_2020_06_17", "2020-06-18", "The Northern Chronicle",
"Nato opens inquiry after France accuses Turkey of targeting its warship",
"""BRUSSELS - Nato has opened an investigation into a naval confrontation between France and Turkey in the Mediterranean, after Paris accused its ally of targeting a French frigate with weapons radar during an attempt to enforce the arms embargo on Libya.

"We have made sure that the Nato military authorities are investigating the incident to bring full clarity into what happened," Jens Stoltenberg, the alliance's secretary-general, told reporters on Thursday after a two-day video conference of defence ministers at which several allies raised the matter.

France says that on June 10 its frigate Courbet, part of Nato's Sea Guardian operation, was "illuminated" three times by the fire-control radar of a Turkish warship as it sought to identify the Cirkin, a freighter suspected of carrying weapons to Tripoli. The French armed forces minister, Florence Parly, described it as an extremely aggressive act that could not be that of an ally. Turkey rejects the account as groundless.

The French foreign ministry went further in a statement on Wednesday, saying that the main obstacle to peace in Libya was the systematic violation of the UN arms embargo, "in particular by Turkey", and that Ankara's backing for the offensive of the Tripoli government ran directly against efforts to secure a ceasefire.

The row lays bare an awkward reality for the alliance: two of its members are on opposite sides of a proxy war. Turkey has sent drones, air defence systems, military advisers and, according to monitors, thousands of Syrian fighters to prop up the UN-recognised Government of National Accord, whose forces this month drove the eastern commander Khalifa Haftar from the outskirts of Tripoli. France, which insists it is neutral, has long been suspected of sympathy for Mr Haftar, whom it sees as a bulwark against jihadists in the Sahel.

The Cirkin had been shadowed the same morning by a Greek frigate serving in the EU's separate Irini operation, whose helicopter was waved off by the Turkish escorts. EU officials have privately complained that Irini, launched in spring, can do little when a ship sails under naval escort.

Relations between Paris and Ankara have been poor since last autumn, when Emmanuel Macron declared Nato to be suffering "brain death" after Turkey's incursion into north-east Syria without consulting allies. The French president has since criticised Turkey's role in Libya several times.

Diplomats said it was unusual for an ally to air such an accusation in public. Some doubted that a Nato inquiry, which works by consensus and whose findings may not be published, would satisfy Paris. "This is about whether the alliance can police its own members," one European diplomat said.

Turkey, for its part, says the French frigate behaved dangerously and that it is France that should explain its conduct."""))

A.append(("france_accuses_turkey_courbet_nato_probe_2020_06_17", "2020-06-18", "Ankara Daily Courier",
"Türkiye rejects French claims over frigate incident as 'groundless'",
"""Türkiye has rejected as groundless France's allegations that Turkish naval vessels behaved aggressively towards a French frigate in the Eastern Mediterranean, with defense sources saying it was the French ship that had carried out dangerous maneuvers.

According to Turkish defense ministry sources, the French frigate Courbet did not establish proper communication with the Turkish ships escorting the civilian vessel Çirkin, which was carrying humanitarian aid and medical supplies to Libya, and approached at high speed. The sources denied that the fire-control radar of any Turkish frigate had been locked on the French ship and said the Turkish vessels had acted in line with NATO procedures throughout.

The claims were raised by French Armed Forces Minister Florence Parly at the NATO defense ministers' meeting held by video conference on Wednesday and Thursday. NATO Secretary-General Jens Stoltenberg said the alliance's military authorities would look into the incident.

Officials in Ankara pointed out that France has itself been accused of supporting putschist Khalifa Hafter, whose militias have been receiving weapons, mercenaries from Russia's Wagner group and fighter jets despite the UN embargo, and said Paris was trying to divert attention from its own policy.

Türkiye provides training and military consultancy to Libya's legitimate Government of National Accord (GNA) under the security and military cooperation memorandum signed in November. The GNA, with this support, has liberated Tripoli and Tarhuna from Hafter's militias this month, uncovering mass graves left behind by the retreating forces.

The Çirkin had earlier on June 10 also been approached by a Greek helicopter from the EU's Irini mission, which turned away after Turkish frigates informed it the ship was under Turkish protection.

Related News
Mass graves found in Tarhuna after Hafter retreat
Ankara: EU's Irini mission is one-sided"""))

A.append(("france_accuses_turkey_courbet_nato_probe_2020_06_17", "2020-06-19", "Continental Defence Review",
"Analysis: What a fire-control radar 'illumination' means, and why the Courbet case matters for NATO",
"""France's accusation that a Turkish warship repeatedly targeted the frigate Courbet with fire-control radar off Libya has set off an unusual public dispute between two NATO navies - and prompted Secretary-General Jens Stoltenberg to confirm on Thursday that the alliance's military authorities are investigating.

The facts as presented by Paris: on June 10, the Courbet, a La Fayette-class stealth frigate assigned to Operation Sea Guardian, moved to identify the cargo ship Cirkin, which French intelligence suspected of carrying weapons to Libya. The freighter was escorted by Turkish warships. According to the French armed forces ministry, one of them illuminated the Courbet three times with its fire-control radar - the sensor used to guide weapons onto a target - and sailors on deck donned body armour and manned light weapons. The French ship withdrew.

Naval officers describe radar illumination as a step just short of opening fire: it gives the targeted crew a warning that a missile or gun engagement can follow within seconds. Under NATO rules of engagement it is regarded as a hostile act. Between allies operating under a common command, it is practically unheard of.

Ankara's version differs sharply. Turkish officials say the Courbet approached dangerously, that no lock-on took place and that the Turkish frigates merely monitored the French vessel with their sensors. They describe the cargo as medical aid.

Several issues now sit with NATO's Allied Maritime Command. One is the Turkish use of NATO identification codes while on a national escort mission; Paris argues this lends the alliance's name to an embargo violation. Another is deconfliction: Sea Guardian, the maritime security operation NATO has run in the Mediterranean since 2016, is not mandated to enforce the Libya embargo, while the EU's Irini operation is - but Irini cannot board ships escorted by a third country's warships, as a Greek frigate found out on the very same morning.

Analysts doubt the investigation will produce a public verdict. NATO inquiries are consensual and classified, and Turkey has a seat at the table.

Related Articles
Irini's first months: few ships, few inspections
Sea Guardian: NATO's quiet Mediterranean mission explained

Share this: LinkedIn Twitter Email"""))

# ---- Event 10: France suspends participation in Sea Guardian, Wednesday 1 July 2020
A.append(("france_suspends_sea_guardian_2020_07_01", "2020-07-01", "RusInfo International",
"France withdraws from NATO maritime operation over dispute with Turkey",
"""France has decided to temporarily withdraw its units from NATO's maritime security operation Sea Guardian in the Mediterranean amid an escalating dispute with Turkey over Libya, the French armed forces ministry said on Wednesday.

Paris informed the alliance of the decision in a letter sent on Tuesday, the ministry said. According to French officials, it would not be healthy to keep assets in an operation whose tasks include monitoring the arms embargo together with allies who do not respect it.

France has set four conditions for its return, including a formal reaffirmation by the allies of their commitment to the UN arms embargo on Libya, an end to the use of NATO call signs by Turkish ships on national missions, a more precise mechanism for settling disputes within the alliance and closer coordination between NATO and the EU's Irini mission.

A NATO spokesperson said the decision was a sovereign one for France and that Sea Guardian would continue.

The move follows an incident on June 10, when, according to Paris, a Turkish frigate three times targeted the French frigate Courbet with its fire-control radar. Ankara denies the accusation. The results of the investigation launched by NATO have been classified.

On Monday, French President Emmanuel Macron said Turkey bore a "historic and criminal responsibility" in the Libyan conflict. Turkish officials responded by accusing France of supporting the Libyan National Army of Khalifa Haftar.

Russian Foreign Minister Sergei Lavrov has repeatedly said Moscow supports an immediate ceasefire in Libya and a political settlement based on the decisions of the Berlin conference. Experts note the latest quarrel is a further sign of deep divisions inside NATO.

Read more: Lavrov calls for respect of Libyan arms embargo by all sides"""))

A.append(("france_suspends_sea_guardian_2020_07_01", "2020-07-01", "Meridian Wire Service",
"France suspends role in NATO Mediterranean mission amid Turkey row",
"""PARIS (MWS) - France said on Wednesday it had temporarily pulled out of NATO's Sea Guardian maritime operation in the Mediterranean, escalating a row with Turkey over Libya and an incident last month in which Paris says Turkish warships targeted a French frigate.

The armed forces ministry said it had written to NATO on Tuesday setting out four demands, including that allies reaffirm their commitment to the UN arms embargo on Libya and that Turkish ships stop using NATO call signs on national missions.

Turkey denies harassing the French vessel and says France backs eastern commander Khalifa Haftar.

Libya has been split between rival administrations in the east and west since 2014, three years after a NATO-backed uprising toppled and killed Muammar Gaddafi.

(Reporting by MWS Paris bureau)"""))

A.append(("france_suspends_sea_guardian_2020_07_01", "2020-07-02", "Al-Manara News",
"France suspends its participation in the NATO operation in the Mediterranean because of Turkey",
"""Paris - Al-Manara News

France announced yesterday, Wednesday, that it decided to withdraw temporarily from the "Sea Guardian" operation of the North Atlantic Treaty Organization (NATO) in the Mediterranean, because of its continuing disputes with Turkey, especially about the conflict in Libya.

The French Ministry of the Armed Forces said in a press conference by telephone that "we decided to withdraw our units temporarily from the Sea Guardian operation" until the situation is corrected, explaining that it does not seem sound to keep means in an operation that is supposed to control the embargo with allies who do not respect it, in a clear reference to Turkey.

France stipulates the achievement of four demands, among them that the allies affirm officially their commitment to respecting the embargo on arms to Libya, and the establishment of a more accurate mechanism for resolving the disputes within the alliance.

It is worth mentioning that Paris had accused Turkey that its frigates targeted by radar the French frigate "Courbet" on the tenth of June last while it was trying to inspect a cargo ship suspected of carrying weapons to Libya, which Ankara denied, and NATO opened an investigation in the incident.

Read also: Macron: Turkey bears a historic and criminal responsibility in Libya

Read also: Egypt: Sirte and al-Jufra are a red line

The French Foreign Minister Jean-Yves Le Drian had said that the foreign ministers of the European Union will meet on 13 July to discuss the relations with Turkey, and that new sanctions may be considered.

It is worth mentioning that the Accord government forces backed by Turkey had regained last month control of all the western region, while the forces of the Libyan National Army led by Field Marshal Khalifa Haftar concentrate around the city of Sirte.

Share this:
Facebook Twitter Telegram"""))

# ---- Event 11: Greece-Egypt partial EEZ agreement, Cairo, Thursday 6 August 2020
A.append(("greece_egypt_eez_deal_cairo_2020_08_06", "2020-08-06", "Nile Gazette",
"Egypt and Greece sign historic maritime delimitation agreement",
"""CAIRO - Egypt and Greece on Thursday signed an agreement on the delimitation of the exclusive economic zone between the two countries in the Mediterranean, in a step that officials in Cairo said would open new horizons for cooperation in energy and confirm the rule of international law in the region.

Foreign Minister Sameh Shoukry received his Greek counterpart Nikos Dendias at the ministry's headquarters in Cairo, where the two ministers held talks before signing the agreement.

At a joint press conference, Shoukry said the agreement allows Egypt and Greece to move forward in maximising the use of the resources in their exclusive economic zones, especially the promising oil and gas reserves, and opens new prospects for regional cooperation within the framework of the East Mediterranean Gas Forum, headquartered in Cairo.

Dendias described the agreement as legitimate and based on the law of the sea, and said it reflected the depth of cooperation between the two countries in facing threats in the region. He said the memorandum signed last year between Turkey and the Sarraj government had no legal basis.

The agreement concludes negotiations that lasted years and included many technical rounds. It comes as Egypt and Greece confront what Cairo calls irresponsible Turkish policies in the eastern Mediterranean and Libya, where Ankara has sent thousands of mercenaries and military equipment to the militias of the Tripoli government.

President Abdel Fattah al-Sisi has declared that the Sirte-Jufra line is a red line for Egypt's national security, and the House of Representatives last month authorised the deployment of Egyptian forces beyond the borders if necessary.

Related Articles
Sisi receives Greek foreign minister in Cairo (July)
Egyptian gas exports resume from Damietta plant

We use cookies to improve your experience. Accept"""))

A.append(("greece_egypt_eez_deal_cairo_2020_08_06", "2020-08-06", "Ankara Daily Courier",
"Türkiye: So-called Egypt-Greece maritime deal is 'null and void'",
"""Türkiye on Thursday said it considers the so-called maritime delimitation agreement signed between Egypt and Greece to be null and void, stressing that the area covered by the deal lies on the Turkish continental shelf.

"The so-called maritime delimitation agreement signed today between Egypt and Greece is null and void for Türkiye," the Foreign Ministry said in a statement. It said there was no maritime boundary between Egypt and Greece and that the agreement also violated the maritime rights of Libya.

The ministry added that Türkiye would not allow any activity in the area in question and would continue to defend, without hesitation, its legitimate rights and interests and those of the Turkish Cypriots in the Eastern Mediterranean.

The deal was signed in Cairo by Greek Foreign Minister Nikos Dendias and his Egyptian counterpart Sameh Shoukry. Greece has presented it as a response to the memorandum on maritime jurisdiction areas that Türkiye and Libya's legitimate Government of National Accord signed in Istanbul in November last year, which Ankara says protects the rights of both countries in line with international law.

The development comes after President Recep Tayyip Erdoğan said last month that Türkiye had halted its seismic research activities in the region for a while at the request of German Chancellor Angela Merkel, to give diplomacy a chance ahead of planned talks with Athens.

Ankara has repeatedly said that Greece's maximalist claims, based on small islands near the Turkish coast such as Meis, aim to imprison Türkiye to its shores, and has called for a fair sharing of resources including the Turkish Cypriots.

Related News
Çavuşoğlu: Türkiye will defend its rights in the Eastern Mediterranean
Oruç Reis ready in Antalya port"""))

A.append(("greece_egypt_eez_deal_cairo_2020_08_06", "2020-08-07", "Aegean Times Online",
"Dendias: Turkey-Libya memorandum now 'in the trash bin' after deal with Egypt",
"""Foreign Minister Nikos Dendias hailed the agreement on the partial delimitation of maritime zones with Egypt, signed in Cairo on Thursday, as a success that fully serves the national interest and confirms the right of Greek islands to a continental shelf and exclusive economic zone.

Speaking to Skai television on Friday morning after returning from Cairo, Dendias said the Turkish-Libyan memorandum had ended up in the trash bin, where it always belonged. He said he had not known for sure when he left Athens that he would be signing: the last differences with his friend Sameh Shoukry were bridged on Thursday morning, shortly before his departure.

Dendias noted that US Secretary of State Mike Pompeo telephoned Shoukry during their talks in Cairo, and said Ankara would do well to read the State Department's statement welcoming the agreement. Turkey, he said, was "a minority of one".

The Turkish Foreign Ministry declared the agreement null and void on Thursday evening, claiming the area falls on the Turkish continental shelf.

On Friday, President Tayyip Erdogan said the Greek-Egyptian deal had no value and that Turkey would resume its seismic research in the eastern Mediterranean, which he had suspended last month after a call from Chancellor Angela Merkel. The research vessel Oruc Reis has remained in waters off Antalya since the July stand-off.

The agreement will be submitted to the Greek parliament for ratification. Government officials said it follows the June 9 agreement with Italy on maritime zones in the Ionian Sea and shows that Greece settles its differences with its neighbours on the basis of international law.

Planned exploratory contacts between Athens and Ankara, which had been expected to start after the German mediation, now appear unlikely in the near future.

[ad_1]

Share this:
Facebook Twitter"""))

# ---- Event 12: Turkey issues Navtex, Oruc Reis resumes survey, Monday 10 August 2020
A.append(("oruc_reis_navtex_survey_resumes_2020_08_10", "2020-08-10", "Haber Ekspres 24",
"Oruç Reis Doğu Akdeniz'de yeniden göreve başladı - Oruç Reis again started mission in Eastern Mediterranean",
"""Exit mobile version

The seismic research ship Oruç Reis, after the new Navtex announced by Turkey, today morning from Antalya harbor departed and started the activities in Doğu Akdeniz. The ship is accompanied by Ataman and Cengiz Han ships, and the Turkish Naval Forces (Deniz Kuvvetleri) ships provide escort.

The Navtex announced by Antalya station covers the dates between 10 Ağustos and 23 Ağustos, in the area in the south of Meis and Rodos, according to the message.

President Erdoğan last Cuma, after the Friday prayer in Ayasofya mosque, said that the research activities which were suspended are started again because Greece and Egypt signed the so-called agreement.

Greece reacted. Yunan Prime Minister Miçotakis gathered the KYSEA (Government Council for Foreign Affairs and Defence) in Atina, and the Greek Foreign Ministry called the Navtex illegal, and said Greece will protect its sovereign rights. The Greek navy issued counter Navtex, Yunan media reported.

Turkish Foreign Ministry previously announced that the Egypt-Greece agreement is null and void (yok hükmünde) for Turkey, and the area is on the Turkish continental shelf. The agreement which Turkey and Libya signed 27 Kasım 2019 is protecting the rights of Turkey and Libya, ministry said.

Oruç Reis in July had also a Navtex for the research in the south of Meis but Turkey postponed it after the Merkel's request for diplomacy.

Etiketler: Oruç Reis, Navtex, Doğu Akdeniz, Yunanistan, Mısır

Bu haberi paylaş Facebook Twitter"""))

A.append(("oruc_reis_navtex_survey_resumes_2020_08_10", "2020-08-10", "MedWatch Live",
"Eastern Med live: Oruc Reis sails, Greece convenes security council; Lebanese government resigns",
"""LIVE - updated 10 August 2020

08:15 - Turkey has issued a new navigational telex (Navtex) through its Antalya station announcing seismic surveys by the research vessel Oruc Reis, with support ships Ataman and Cengiz Han, from today until 23 August, in an area south of Rhodes and Kastellorizo that Greece considers part of its continental shelf.

08:40 - Ship-tracking sites show the Oruc Reis leaving the Antalya area early this morning, heading south. Turkish navy vessels are escorting it, Greek reports say.

09:30 - Athens responds: the Greek foreign ministry calls the Navtex illegal and a new serious escalation, and says Greece will defend its sovereign rights. The Hellenic Navy's Heraklion station has issued a counter-Navtex telling mariners that the Turkish one has no validity.

10:10 - PM Kyriakos Mitsotakis has spoken by phone with European Council President Charles Michel this morning, government sources say.

11:45 - Mitsotakis is chairing a meeting of KYSEA, the government council on foreign affairs and defence. Greek warships are reported to be on alert in the Aegean and south-east of Crete.

13:20 - Reminder of how we got here: on Thursday Greece and Egypt signed a deal partially delimiting their maritime zones, which Ankara called null and void. On Friday President Erdogan said Turkey would resume drilling and survey work that he had put on hold in late July at Germany's request.

15:05 - Foreign Minister Nikos Dendias is seeking an extraordinary meeting of EU foreign ministers, Greek diplomatic sources say.

17:30 - Elsewhere in the region: in Beirut, six days after the port explosion that killed more than 150 people, Prime Minister Hassan Diab is expected to announce his government's resignation this evening, according to ministers.

19:55 - Lebanon: Diab has addressed the nation and announced the resignation of his government.

20:40 - That's it for today's live coverage. Thanks for following.

Cookie settings | Privacy policy"""))

A.append(("oruc_reis_navtex_survey_resumes_2020_08_10", "2020-08-11", "The Northern Chronicle",
"Greece puts navy on alert as Turkish survey ship returns to disputed waters",
"""ATHENS - Greece put its armed forces on alert on Monday after Turkey sent a seismic survey ship back into contested waters of the eastern Mediterranean, reigniting a stand-off that Germany had managed to defuse only two weeks ago.

The Oruc Reis sailed from the Antalya area on Monday morning, accompanied by two support vessels and escorted by Turkish warships, after Ankara issued a navigational warning reserving a stretch of sea south of the Greek islands of Rhodes and Kastellorizo for surveys until August 23. Greece, which considers much of the area part of its continental shelf, called the move illegal and a grave escalation.

Kyriakos Mitsotakis, the prime minister, convened his security cabinet and spoke to Charles Michel, the president of the European Council. His foreign minister, Nikos Dendias, asked for an emergency meeting of EU foreign ministers. Greek media reported that several Greek frigates had been dispatched to shadow the Turkish flotilla.

The trigger for Ankara's move was Thursday's deal between Greece and Egypt to partly delimit their maritime zones, which overlaps with the line drawn in last November's agreement between Turkey and the Tripoli government in Libya. Turkey declared the Greek-Egyptian accord null and void. On Friday, President Recep Tayyip Erdogan announced that Turkey would resume its survey work, which he had suspended in late July after a call from Angela Merkel.

The episode in July had brought Greek and Turkish warships face to face after Ankara first announced a survey south of Kastellorizo. Both sides stepped back after the German chancellor intervened, and officials had been preparing for exploratory talks.

The underlying quarrel concerns competing claims to seabed that may hold gas. Greece says its islands, including tiny Kastellorizo two kilometres off the Turkish coast, are entitled to full maritime zones under the UN Convention on the Law of the Sea. Turkey, which has not signed the convention, says islands so close to its shores cannot deprive it of its continental shelf, and that Turkish Cypriots must share in any resources off Cyprus.

The EU has already created a legal framework to punish what it calls unauthorised Turkish drilling off Cyprus, and in February it added two executives of the state oil company TPAO to its sanctions list. Athens now wants the bloc to go further, but several member states, including Germany, which holds the rotating EU presidency, prefer to keep channels to Ankara open, mindful of Turkey's role in hosting millions of refugees under a 2016 deal with the EU.

Greek officials say they do not want a military incident but will not accept surveys on their continental shelf. Turkish ministers say their vessels are working in Turkish waters and that they will not be bullied.

The dispute also draws in Libya, where Turkey's intervention this year rescued the Tripoli government from the offensive of the eastern commander Khalifa Haftar, and France, which has sided with Greece and sparred with Turkey at sea. In June, France accused a Turkish warship of locking its radar on a French frigate off Libya.

Diplomats said an extraordinary meeting of EU foreign ministers could be held by video later this week."""))

# ---- Event 13: Gymnich informal EU foreign ministers' meeting in Berlin, 27-28 August 2020
A.append(("eu_gymnich_berlin_turkey_sanctions_2020_08_28", "2020-08-28", "PolicyDesk Releases",
"Informal meeting of EU foreign ministers (Gymnich): High Representative's remarks on Turkey and the Eastern Mediterranean",
"""Berlin, 28 August 2020

Following the informal meeting of EU foreign affairs ministers (Gymnich) held in Berlin on 27 and 28 August under the German Presidency, the High Representative for Foreign Affairs and Security Policy, Josep Borrell, briefed the press together with German Federal Foreign Minister Heiko Maas.

Key points on the Eastern Mediterranean and Turkey, as set out by the High Representative:

- Ministers held a good discussion on the Eastern Mediterranean. The EU is clear and determined in defending its interests and in its solidarity with Greece and Cyprus.

- Turkey must abstain from unilateral actions. This is a basic element to allow dialogue to advance. The EU must walk a fine line between preserving a real space for dialogue and showing collective strength in defence of common interests.

- There is growing frustration in the face of Turkish behaviour. Ministers expressed political consensus to ask the relevant Council working groups to speed up work on adding individuals proposed by Cyprus to the existing listings under the framework for restrictive measures concerning unauthorised drilling activities in the Eastern Mediterranean.

- In the absence of progress in engaging Turkey, a list of further restrictive measures could be developed and discussed at the European Council on 24-25 September. These could relate to vessels and other assets involved in activities the EU considers illegal, and could extend to sectoral measures.

- The High Representative welcomed the mediation efforts of Germany between Greece and Turkey and said he would work to create space for negotiations on all issues in the EU's complex relations with Turkey.

Minister Maas said relations with Ankara were difficult and that Germany would continue its efforts to promote dialogue in the coming days and weeks. He said further measures would be discussed by leaders in September.

Background: The Gymnich is an informal meeting of EU foreign ministers held each semester in the country holding the Council presidency. The situation in the Eastern Mediterranean was discussed at an extraordinary video conference of foreign ministers on 14 August."""))

A.append(("eu_gymnich_berlin_turkey_sanctions_2020_08_28", "2020-08-29", "Gulf Sentinel",
"EU draws up sanctions list as Turkish provocations in the Mediterranean continue",
"""European Union foreign ministers meeting in Berlin agreed on Friday to start preparing a list of sanctions against Turkey over its activities in the eastern Mediterranean, in the strongest signal yet of European frustration with Ankara's policies in the region.

EU foreign policy chief Josep Borrell said after the two-day informal meeting that the measures, to be discussed by EU leaders at their summit next month, could target individuals, Turkish ships involved in what he called illegal exploration, access to European ports and supplies, and possibly sectors of the Turkish economy.

Borrell urged Ankara to abstain from unilateral actions, while German Foreign Minister Heiko Maas said Berlin would continue its mediation between Athens and Ankara. Greek Foreign Minister Nikos Dendias said Greece had received the support of all its partners.

The meeting took place as the Turkish survey vessel Oruc Reis, escorted by warships, continued operating in waters claimed by Greece under a navigational warning that Ankara has repeatedly extended.

This week, Greece, Cyprus, France and Italy held joint naval and air drills south of Cyprus, while the Greek parliament on Thursday ratified the maritime agreement with Egypt, which Ankara rejects.

Regional analysts say Turkey's conduct in the Mediterranean is an extension of its intervention in Libya, where it has deployed troops, drones and thousands of Syrian mercenaries in support of the militias loyal to the Tripoli-based Presidential Council, in violation of the UN arms embargo. Ankara's maritime memorandum with Fayez al-Sarraj, signed in November, was the basis for its claims south of Crete.

Egypt and Greece have coordinated closely in recent months, and Cairo has repeatedly warned against Turkish interference in Libya and the Mediterranean.

Turkish officials have dismissed the threat of sanctions, saying that Ankara will not bow to pressure and will continue to protect its rights.

Related Articles
Haftar's LNA: Turkish forces reinforcing positions in Misrata and al-Watiya
Cairo and Athens hail 'new era' of maritime cooperation"""))
