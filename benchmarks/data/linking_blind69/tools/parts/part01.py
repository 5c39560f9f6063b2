# Event: Erdogan announces Turkey will send troops to Libya (26 Dec 2019)
G = "erdogan_says_turkey_will_send_troops_to_libya_2019_12_26"

ARTICLES = [
dict(group=G, published="2019-12-26", outlet="Meridian Press International",
title="Erdogan says Turkey will send troops to Libya after Tripoli request",
text="""ANKARA (MPI) - Turkey will send troops to Libya because the internationally recognised government in Tripoli has asked for them, President Tayyip Erdogan said on Thursday, adding that a motion authorising the deployment would go to parliament as soon as lawmakers return from their winter recess.

"We will go where we are invited. Since there is an invitation, we will accept it," Erdogan told a meeting of provincial chairmen of his ruling AK Party in Ankara.

Erdogan said the motion would be presented when parliament reconvenes on Jan. 7 and that he hoped it would pass on Jan. 8 or 9. He gave no details on the size or make-up of any force.

The announcement is the clearest sign yet that Ankara is prepared to move from supplying weapons to putting its own soldiers on the ground in support of Prime Minister Fayez al-Sarraj's Government of National Accord (GNA), which has been fighting off an offensive on the capital by eastern-based commander Khalifa Haftar since April.

Erdogan contrasted Turkey's position with that of Haftar's foreign backers, whom he accused of supporting "a warlord". He again said Russian private military contractors from the Wagner group were fighting alongside Haftar's forces, putting their number at around 2,000. Moscow has denied that the Russian state has any role in the conflict.

Asked about Erdogan's remarks, Kremlin spokesman Dmitry Peskov told reporters that any interference by third countries was unlikely to help settle the conflict, and said Russia wanted an end to the bloodshed.

Erdogan spoke a day after a surprise visit to Tunisia, where he discussed a possible ceasefire with President Kais Saied. He said on Thursday that Ankara and Tunis had agreed to back the Tripoli government through political means and that Turkey wanted Tunisia, Algeria and Qatar included in a planned international conference on Libya in Berlin.

Turkey and the GNA signed two memorandums on Nov. 27, one on security and military cooperation and another delimiting maritime zones in the eastern Mediterranean. The maritime accord has angered Greece, Cyprus and Egypt, which say it ignores their rights. Turkey's parliament ratified the security deal last Saturday, two days after the GNA's cabinet approved putting it into force.

In Tunis on Thursday, the GNA's interior minister, Fathi Bashagha, told reporters that his government would formally ask Turkey for military support to confront Haftar's forces.

Libya has had no stable central authority since the 2011 NATO-backed uprising that toppled Muammar Gaddafi, and since 2014 it has been split between rival administrations in Tripoli and the east. Haftar's Libyan National Army (LNA) is backed by the United Arab Emirates and Egypt, while the GNA is supported by Turkey and Qatar.

Haftar announced on Dec. 12 what he called the "final battle" for Tripoli, though front lines in the capital's southern suburbs have moved little since.

(Reporting by MPI Ankara bureau; editing by Clare Dunmore)"""),

dict(group=G, published="2019-12-26", outlet="Turkish Herald Agency",
title="President Erdoğan: Turkey will answer Libya's invitation, troop motion to go to parliament in January",
text="""ANKARA

President Recep Tayyip Erdoğan on Thursday said Turkey will respond to the invitation of Libya's legitimate government and submit a motion to parliament in January to send troops to the country.

Addressing the AK Party's provincial heads meeting at the party headquarters in the capital Ankara, Erdoğan said the Turkish Grand National Assembly would take up the motion as soon as it resumes its work.

"We will present the motion to send troops to Libya as soon as parliament opens. God willing, we will pass it on Jan. 8-9 and thereby respond to the invitation," Erdoğan said.

The president underlined that Turkey's position differs fundamentally from that of the countries arming putschist Khalifa Haftar.

"They are supporting a warlord. We are accepting the invitation of the legitimate government of Libya. This is the difference between us," he said.

Erdoğan recalled that the countries backing Haftar's illegal armed groups were the same ones that supported the 2013 coup in Egypt against the country's elected government.

He also said that during his visit to Tunisia on Wednesday, Turkey and Tunisia had agreed to cooperate in supporting the UN-recognized Government of National Accord (GNA) through political means. Turkey insists that Tunisia, Algeria and Qatar be included in the Berlin process on Libya, he added.

The President further criticized the presence of foreign mercenaries fighting for Haftar, including members of the Russian security company Wagner.

Turkey and Libya signed a memorandum of understanding on security and military cooperation and another on the delimitation of maritime jurisdiction areas on Nov. 27. Both memorandums have since been ratified by the Turkish parliament, the security deal last Saturday.

The Tripoli-based GNA has been under attack by Haftar's forces since April 4, 2019. According to the UN, more than 280 civilians and around 2,000 fighters have been killed since the offensive started.

Erdoğan has repeatedly said that Turkey would consider sending troops if the legitimate government of Libya made such a request.

Presidential spokesman İbrahim Kalın said after Tuesday's cabinet meeting that preparations were being made on the legal basis for the deployment.

Haftar's forces have been intensifying their attacks on the southern districts of Tripoli since he declared a so-called final battle for the capital on Dec. 12. Drone strikes carried out with the support of foreign countries have hit residential neighborhoods and Mitiga Airport, the only functioning airport in the capital, which has been forced to suspend flights several times.

Last week the GNA's cabinet approved the activation of the security memorandum with Turkey at an emergency meeting. The agreement covers training, equipment and the exchange of military and police personnel, while officials have said sending combat troops requires a separate mandate from parliament.

In his speech, Erdoğan also addressed the situation in Syria's Idlib, urging European countries to shoulder their responsibility to ensure stability there and prevent a new wave of mass migration.

Turkey recognizes the GNA, headed by Fayez al-Sarraj, as the country's legitimate authority in line with UN Security Council resolutions."""),

dict(group=G, published="2019-12-27", outlet="Al-Nahar al-Arabi Online",
title="Erdogan announces sending Turkish troops to Libya next month .. and Moscow comments",
text="""[ad_1]

The Turkish President Recep Tayyip Erdogan announced, yesterday Thursday, that his country will send military forces to Libya in response to a request from the Al-Wefaq government headed by Fayez al-Sarraj, stressing that a memorandum in this regard will be presented to the Turkish parliament at the beginning of next January.

Erdogan said, in a speech before the leaders of the Justice and Development Party in Ankara, that "Turkey goes to where it is invited", and that the parliament is expected to vote on the memorandum on the eighth or ninth of January, after the end of its holiday.

The Turkish President added that his country provided and will continue to provide all kinds of support to the government of Tripoli, which he described as legitimate, in face of what he called "the putschist Haftar".

For its part, the Kremlin commented on the statements of the Turkish President, as spokesman Dmitry Peskov said that the interference of any third countries in the Libyan crisis will hardly contribute to its settlement.

In the same context, the Interior Minister in the Al-Wefaq government Fathi Bashagha said, during a press conference in the Tunisian capital yesterday Thursday, that his government will officially ask Turkey for military support to confront the forces of the Libyan National Army led by Field Marshal Khalifa Haftar, whom he accused of bringing mercenaries and offering bases to foreign countries.

Bashagha added that there will be "great cooperation with Turkey, Tunisia and Algeria", according to his expression.

The Turkish President had arrived on Wednesday in a surprise visit to Tunisia, where he met the Tunisian President Kais Saied and discussed with him the situation in neighboring Libya and the ways of reaching a ceasefire.

It is worth mentioning that Turkey and the Al-Wefaq government signed, at the end of last November, two memorandums of understanding, the first on security and military cooperation and the second on the delimitation of maritime areas in the Mediterranean, which was rejected by Egypt, Greece and Cyprus and described as "illegal".

It is also worth mentioning that the forces of the Libyan National Army have been carrying out since last April a military operation to liberate the capital Tripoli from what it describes as terrorist militias, and Field Marshal Haftar announced on the 12th of December the "zero hour" for the decisive battle.

The Russian Foreign Ministry had expressed, last Friday, its great concern over the possibility of Turkey sending troops to Libya, according to the Interfax agency, which quoted a source in the ministry as saying that the security memorandum between Ankara and Tripoli "raises many questions".

The Turkish parliament had ratified, last Saturday, the memorandum of security and military cooperation, two days after the Al-Wefaq government approved its activation in an emergency session of its cabinet on Thursday the 19th of December.

[ad_2]
Share this:
Click to share on Facebook (Opens in new window)
Click to share on Twitter (Opens in new window)
Related"""),
]
