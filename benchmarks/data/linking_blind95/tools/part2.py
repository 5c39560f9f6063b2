# Events: Haftar in Athens (2020-01-17), Berlin conference without Greece (2020-01-19), Greece-Egypt EEZ deal (2020-08-06)
ARTICLES = [
dict(group="haftar_meets_mitsotakis_in_athens_2020_01_17", published="2020-01-17", outlet="Meridian Press Agency",
title="Libya's Haftar holds talks in Athens as Greece fumes over Berlin snub",
text="""ATHENS (MPA) - Libyan commander Khalifa Haftar met Greek Prime Minister Kyriakos Mitsotakis in Athens on Friday, two days before a peace conference in Berlin to which Greece has not been invited.

Haftar, whose forces have been trying to capture Tripoli since April, flew into Athens on a private plane on Thursday evening and was met at a central hotel by Foreign Minister Nikos Dendias. The two held a second round of talks at the foreign ministry on Friday morning before Haftar was received by Mitsotakis at his office in parliament.

Dendias said afterwards that Haftar had agreed the maritime memorandum signed between Turkey and the Tripoli government in November was invalid, and that Greece had urged him to take part in the Berlin process "in a constructive spirit".

Mitsotakis said on Thursday it was "wrong" to leave Greece out of Sunday's conference and that Athens would veto any EU endorsement of a Libya peace plan unless the Turkish-Libyan accord was cancelled. He spoke by phone with German Chancellor Angela Merkel on Friday, government sources said.

Haftar left talks in Moscow earlier this week without signing a ceasefire document that Fayez al-Sarraj, head of the UN-recognised government, had accepted. He has since said he will attend the Berlin meeting.

Greece, which says the memorandum ignores Crete, expelled the Tripoli government's ambassador in December.
"""),
dict(group="haftar_meets_mitsotakis_in_athens_2020_01_17", published="2020-01-18", outlet="Gulf Mirror 24",
title="Field Marshal Haftar in Athens: 'We came to discuss peace'",
text="""Athens - Field Marshal Khalifa Haftar, General Commander of the Libyan National Army, concluded on Friday a two-day visit to the Greek capital in which he met Prime Minister Kyriakos Mitsotakis and Foreign Minister Nikos Dendias, in a strong signal of the growing coordination between Athens and the Libyan camp that is fighting terrorism and Turkish interference.

"We are peacemakers, we came here to discuss peace," the Field Marshal told reporters as he arrived at the Greek prime minister's office in the parliament building.

Greek sources said the two sides agreed that the memorandum signed in Istanbul between Turkish President Recep Tayyip Erdogan and Fayez al-Sarraj is null and void, and that Libya's legitimate institutions, led by the elected House of Representatives, will not recognise it. Dendias wrote that the commander shared all of Greece's positions on the matter.

The visit comes at a critical moment, on the eve of the Berlin conference on Sunday, which Athens was excluded from, reportedly under Turkish pressure. Prime Minister Mitsotakis warned that Greece would block any agreement at the level of the European Union that did not cancel the Turkish memorandum.

Analysts in Abu Dhabi say that the visit confirms that the Field Marshal has strong regional and European partners, in contrast to the Sarraj government which has placed itself in the hands of Ankara and its Syrian mercenaries. Reports from Tripoli indicate that hundreds of fighters from Turkey-backed Syrian factions arrived in the capital in recent weeks.

The LNA commander was in Moscow at the start of the week, where he left without signing the truce document, which the General Command said ignored the demands of the Libyan army, first among them the disbanding of militias.

Related articles:
Egypt and UAE welcome Berlin invitation to Haftar
Libyan army: Turkish ship unloaded weapons in Misrata port
"""),
dict(group="haftar_meets_mitsotakis_in_athens_2020_01_17", published="2020-01-18", outlet="RusVesti International",
title="Greek PM meets Haftar ahead of Berlin summit on Libya",
text="""ATHENS, January 17 (RusVesti) - Greek Prime Minister Kyriakos Mitsotakis on Friday held talks with the commander of the Libyan National Army (LNA), Field Marshal Khalifa Haftar, who arrived in Athens the day before, the Greek government said.

Before the meeting, Mitsotakis discussed the Libyan settlement in a telephone conversation with German Chancellor Angela Merkel. Greece was not included in the list of participants of the international conference on Libya in Berlin, scheduled for Sunday, and the Greek prime minister called this decision a mistake.

According to Greek Foreign Minister Nikos Dendias, who also met Haftar on Thursday and on Friday, the field marshal supported the Greek position that the memorandum on maritime zones concluded between Ankara and the Government of National Accord (GNA) is illegal.

Earlier this week, Haftar and GNA head Fayez Sarraj held indirect talks in Moscow, mediated by Russia and Turkey. Sarraj signed the document on a ceasefire, while Haftar asked for more time and left the Russian capital. Russian Foreign Minister Sergei Lavrov said Moscow would continue its efforts.

Libya is effectively divided between the GNA in Tripoli and the parliament in the east, which is supported by the LNA. The warring sides agreed to a truce from January 12.
"""),
dict(group="berlin_conference_on_libya_without_greece_2020_01_19", published="2020-01-19", outlet="MedWatch Daily Briefing",
title="Berlin Libya summit LIVE: leaders commit to arms embargo; Greece watches from outside",
text="""MedWatch Daily Briefing — Sunday 19 January — live updates (all times CET)

21:05 — Final communique adopted. Chancellor Angela Merkel tells a press conference that all participants have committed to respect the UN arms embargo on Libya and to refrain from interfering in the conflict. A follow-up committee will work to turn the truce into a permanent ceasefire. "We know that we have not solved all the problems of Libya today," she says.

20:10 — UN envoy Ghassan Salame says the two Libyan sides have each named five members to a joint military committee.

19:40 — Merkel confirms that Fayez al-Sarraj and Khalifa Haftar were in Berlin but did not sit in the same room; officials shuttled between them.

17:30 — Athens reaction: a Greek government source says the outcome "does not bind" Greece on the maritime memorandum and that Prime Minister Kyriakos Mitsotakis's warning stands: any political deal brought to the EU must address the Turkish-Libyan accord. Greece was not on the invitation list, which Mitsotakis on Thursday called "wrong". Haftar visited Athens on Thursday and Friday before flying to Germany.

16:15 — Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin are among the leaders at the chancellery, along with US Secretary of State Mike Pompeo, France's Emmanuel Macron, Italy's Giuseppe Conte and Egypt's Abdel Fattah al-Sisi.

14:00 — Oil: The National Oil Corporation says output has fallen sharply after forces loyal to Haftar shut major export terminals on Saturday.

Other items today:
• Libya: residents of southern Tripoli report sporadic shelling despite the truce.
• EU: foreign ministers to discuss Libya in Brussels on Monday.

Share this: Facebook | Twitter | Email
"""),
dict(group="berlin_conference_on_libya_without_greece_2020_01_19", published="2020-01-20", outlet="Athens Chronicle English",
title="Athens left out in Berlin, but vows to block any EU plan that ignores the memorandum",
text="""The international conference on Libya held in Berlin on Sunday closed with a pledge by the participants to respect the arms embargo and stay out of the war — but without Greece at the table, and without a single word in its conclusions about the Turkish-Libyan maritime memorandum that has consumed Greek diplomacy since November.

Government officials in Athens sought on Monday to play down the absence, arguing that the conference was about a ceasefire and not about maritime zones, and that the issue of the memorandum would come to the European Union, where Greece has a vote. Prime Minister Kyriakos Mitsotakis said last week that he would veto any political solution at EU level that did not declare the memorandum void, "even before it reaches a summit".

Germany never explained publicly why Greece was left off the list, which included Turkey, Russia, the United States, Egypt, the UAE, Italy, France, Britain, China, Algeria and the Republic of Congo. Greek diplomatic sources have claimed that Ankara lobbied against an invitation; Berlin had reportedly argued that only states directly involved in the Libyan conflict were asked.

Mitsotakis, who spoke with Angela Merkel on Friday, told Alpha television that Greece's exclusion was a mistake. The chancellor's office said only that the two leaders had discussed Libya.

The snub came at the end of a week in which Athens managed, at least symbolically, to put itself at the centre of events. Khalifa Haftar flew into Athens on Thursday evening and met both Foreign Minister Nikos Dendias and Mitsotakis on Friday. Dendias said afterwards that the commander had accepted the Greek position that the memorandum is invalid. Haftar then travelled to Berlin.

In Berlin, Haftar and Fayez al-Sarraj did not meet face to face. The conference's 55-point communique calls for a lasting ceasefire and for the creation of a joint military commission in which each side names five officers.

Opposition parties accused the government of leaving Greece isolated, saying that hosting Haftar had not delivered a seat at the table. Government officials replied that the EU had already stated, at its December summit, that the memorandum infringes the sovereign rights of third states.

Foreign ministers of the EU meet in Brussels on Monday, where Libya is on the agenda.
"""),
dict(group="berlin_conference_on_libya_without_greece_2020_01_19", published="2020-01-20", outlet="TurkHaber English",
title="Berlin Conference: Erdoğan calls for end to Haftar's aggression",
text="""BERLIN - President Recep Tayyip Erdoğan on Sunday attended the Berlin Conference on Libya, hosted by German Chancellor Angela Merkel, where he stressed that a lasting ceasefire in the country can only be secured if putschist Khalifa Haftar ends his aggressive attitude.

Speaking to reporters before returning to Türkiye, Erdoğan said Haftar's forces had violated the ceasefire that entered into force on January 12 as a result of a Türkiye-Russia initiative, and that the legitimate government led by Fayez al-Sarraj had shown a constructive approach throughout.

The conference, attended by leaders and senior representatives of 12 countries and four international organisations, concluded with a joint declaration calling on all parties to respect the arms embargo and to support a political process under UN auspices.

The memorandum of understanding signed between Türkiye and Libya on the delimitation of maritime jurisdiction areas remains in force, officials noted, and was not on the agenda. Türkiye registered the memorandum with the United Nations and regards objections by Greece, which was not among the participants, as having no legal basis.

Erdoğan said Türkiye would continue to support the Libyan government in line with the security and military cooperation memorandum. Turkish military personnel have been deployed to Libya for training and coordination after the Grand National Assembly approved a motion earlier this month.

Diplomatic sources said Greece's effort to obtain a seat at the table had failed because it had no direct role in the Libyan issue. Athens hosted Haftar for talks on Friday.
"""),
dict(group="greece_egypt_sign_maritime_zones_deal_2020_08_06", published="2020-08-06", outlet="Meridian Press Agency",
title="Greece and Egypt sign deal on maritime zones, countering Turkey-Libya accord",
text="""CAIRO (MPA) - Greece and Egypt signed an agreement on Thursday designating an exclusive economic zone between the two countries in the eastern Mediterranean, a move Athens said nullified a rival accord between Turkey and Libya's Tripoli-based government.

The deal was signed in Cairo by Greek Foreign Minister Nikos Dendias and his Egyptian counterpart Sameh Shoukry. It covers a partial delimitation of the two countries' maritime boundary, with the rest to be settled later.

"This agreement is within the framework of international law," Dendias told a news conference. Shoukry said it would allow both states to make the most of resources in the zone, including oil and gas reserves.

Turkey's foreign ministry said later that the area delimited lies on the Turkish continental shelf and that Ankara considered the agreement "null and void".

""" + """The memorandum between Turkey and the Government of National Accord, signed in November 2019, mapped out a sea boundary between Turkey and Libya that Greece says ignores the island of Crete. Athens expelled Tripoli's ambassador in December over the accord.

Greece signed a similar agreement with Italy in June. Tensions between Athens and Ankara rose last month when Turkey announced survey work by its Oruc Reis research vessel south of the Greek island of Kastellorizo, before suspending it pending talks.
"""),
dict(group="greece_egypt_sign_maritime_zones_deal_2020_08_06", published="2020-08-07", outlet="Gündem Son Dakika",
title="Dışişleri: Yunanistan-Mısır anlaşması 'yok hükmündedir'",
text="""Foreign Ministry: Greece-Egypt agreement is "null and void"

Turkey's Dışişleri Bakanlığı, about the so-called maritime jurisdiction areas delimitation agreement which was signed Thursday in Kahire between Greece and Egypt, in written statement said that the agreement is "yok hükmündedir" (null and void) for Turkey.

In the statement, it was reminded that there is no maritime border between Greece and Egypt and that the agreed area falls in Turkish continental shelf. "The so-called agreement also violates the Libyan maritime rights, Turkey will not allow any activity in this area and will continue defend decisively its and the Libya's legitimate rights," said in statement.

The agreement was signed by Greek Foreign Minister Nikos Dendias and Egyptian Foreign Minister Samih Şükri in the Egyptian capital. Dendias after the signing said "this is the exact opposite of the illegal, invalid and legally unfounded memorandum that Turkey and Trablus signed".

Cumhurbaşkanı Recep Tayyip Erdoğan on Friday after Friday prayer said that Turkey has stopped the seismic activities of Oruç Reis because of request from friends, but there is no more need because Greece did not keep promise. "Oruç Reis will resume its work," Erdoğan said.

Türkiye and Libya Ulusal Mutabakat Hükümeti signed on 27 Kasım 2019 a memorandum delimiting the maritime jurisdiction areas of two countries.

Libya Ulusal Mutabakat Hükümeti Dışişleri Bakanlığı also said that the Greece-Egypt agreement is violating Libyan rights and it "does not recognize" the agreement.

Son Dakika haberleri için tıklayın

Yorumlar (0)
"""),
dict(group="greece_egypt_sign_maritime_zones_deal_2020_08_06", published="2020-08-07", outlet="Arab Horizon News",
title="Egypt and Greece sign agreement demarcating the maritime borders .. and Ankara angry",
text="""Cairo - Arab Horizon

Egypt and Greece signed today Thursday an agreement on the demarcation of the exclusive economic zone between the two countries in the Mediterranean, at a press conference that brought together the Egyptian Foreign Minister Sameh Shoukry and his Greek counterpart Nikos Dendias in Cairo.

Shoukry said that the agreement allows the two countries to move forward in maximising the use of the resources available in the exclusive economic zone, especially the promising reserves of oil and gas, and that it was the fruit of long negotiations that lasted for years.

For his part, the Greek minister said that the agreement is the opposite of the "illegal" memorandum signed between Turkey and the Al-Wefaq government, and that it "respects the international law of the sea".

It is worth mentioning that Egypt, Greece and Cyprus had affirmed in several meetings that the memorandum signed between Ankara and Fayez al-Sarraj in November of last year has no legal effect, and the House of Representatives in Tobruk had refused to ratify it.

In a related context, the Turkish Foreign Ministry announced late on Thursday that it does not recognise the agreement and considers it "null and void".

Libya: the National Oil Corporation warns of huge losses from the oil closure

Tripoli - The National Oil Corporation in Libya said today that the continued closure of oil fields and ports since last January has caused losses running into billions of dollars, and warned of the deterioration of infrastructure and storage tanks. The corporation called for the reopening of production facilities without conditions, and said that it is ready to work with all parties to ensure transparency in the management of revenues. It is worth mentioning that tribal groups loyal to the Libyan army closed the export ports in January before the Berlin conference.
"""),
]
