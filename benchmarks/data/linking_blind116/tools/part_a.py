# Events: Meloni in Tripoli (Jan 28), HoR passes 13th amendment (Feb 7), Bathily initiative at UNSC (Feb 27)
MPA_BG = ("Libya has known little stability since the NATO-backed uprising that toppled Muammar Gaddafi in 2011. "
          "Since early 2022 two administrations have claimed power: the Government of National Unity (GNU) of Abdulhamid Dbeibah in Tripoli, "
          "and a cabinet appointed by the eastern-based House of Representatives and aligned with commander Khalifa Haftar.")

ARTICLES = [
dict(group="meloni_visits_tripoli_eni_gas_deal_2023_01_28", published="2023-01-28", outlet="Meridian Press Agency",
title="Italy's Meloni in Tripoli as Eni signs $8 billion Libya gas deal",
text="""TRIPOLI, Jan 28 (MPA) - Italian Prime Minister Giorgia Meloni flew into Tripoli on Saturday for talks on energy and migration, and watched Italy's Eni sign an $8 billion agreement with Libya's National Oil Corporation (NOC) to develop two offshore gas fields.

Meloni, on her first trip to Libya since taking office in October, landed at Mitiga airport under heavy security with Foreign Minister Antonio Tajani and Interior Minister Matteo Piantedosi. She was received by Abdulhamid Dbeibah, head of the Tripoli-based Government of National Unity, and later met Mohamed al-Menfi, who chairs the Presidential Council.

The gas contract was signed by Eni chief executive Claudio Descalzi and NOC chairman Farhat Bengdara in the presence of the two prime ministers. Eni said the project, covering two structures in offshore Block NC-41, is expected to start producing in 2026 and to reach about 750 million standard cubic feet a day, supplying both the Libyan market and exports to Europe.

It is the biggest single investment in Libya's energy sector in more than two decades, according to the Italian company.

"Important agreements signed on cooperation, energy and the fight against irregular immigration," Meloni wrote on social media after the talks, adding that Rome was ready to help Libya on the road to elections.

The visit came a week after Meloni travelled to Algiers, now Italy's largest gas supplier, as Rome looks to replace Russian supplies cut since the invasion of Ukraine. Italian officials have described North Africa as central to the government's plan to turn Italy into an energy hub for Europe.

Migration was the other main item on the agenda. Tens of thousands of people set off every year from the Libyan coast towards Italy, and Meloni's right-wing government has pressed Tripoli for tighter controls on departures.

The deal has drawn criticism inside Libya. Oil Minister Mohamed Aoun, a member of Dbeibah's own cabinet, had questioned whether the NOC was entitled to sign it without his ministry's approval, and Dbeibah's rivals in the east said the Tripoli government had no mandate to commit the country to long-term contracts.

""" + MPA_BG + """

Elections meant to unify the country were scheduled for December 2021 but collapsed amid disputes over the eligibility of candidates, and no new date has been set.

(Reporting by MPA Tripoli bureau; editing by Karen Aldous)"""),

dict(group="meloni_visits_tripoli_eni_gas_deal_2023_01_28", published="2023-01-28", outlet="Mediterranean Newsroom Releases",
title="Eni and NOC sign agreement for 'Structures A&E' gas development offshore Libya during Italian Prime Minister's visit",
text="""Tripoli, 28 January 2023 -- Eni and the National Oil Corporation of Libya today signed an agreement to launch the development of the "Structures A&E" gas project, located in contractual area D offshore Libya, the two companies announced.

The signing took place in Tripoli in the presence of the President of the Council of Ministers of the Italian Republic, Giorgia Meloni, and the Prime Minister of the Government of National Unity of Libya, Abdulhamid Dbeibah. The agreement was signed by Eni's Chief Executive Officer Claudio Descalzi and NOC Chairman Farhat Bengdara.

KEY POINTS

- Total estimated investment: about USD 8 billion
- Two offshore gas structures in Block NC-41
- Start of production expected in 2026
- Plateau output of around 750 million standard cubic feet of gas per day
- Gas to be processed at the existing Mellitah complex on the Libyan coast

According to the companies, production will come through two main platforms tied in to the treatment facilities at Mellitah, west of Tripoli. The project also foresees a carbon capture and storage facility at Mellitah intended to reduce the overall emissions of the development.

The partners said the gas would be directed both to Libya's domestic market, where power shortages have been frequent in recent summers, and to export to Europe through existing infrastructure.

"This agreement will enable important investments in Libya's energy sector, contributing to local development and job creation while strengthening Eni's role as a leading operator in the country," a company representative said in the statement.

NOC said in its own statement that the project was the first of its size in more than twenty years and would help the corporation meet growing domestic demand for gas.

ABOUT THE VISIT
Prime Minister Meloni was accompanied by the Minister of Foreign Affairs Antonio Tajani and the Minister of the Interior Matteo Piantedosi. The Italian delegation also held meetings with the President of the Presidential Council, Mohamed Younis al-Menfi, and Foreign Minister Najla Elmangoush. Talks covered energy cooperation, migration and support for the UN-facilitated political process.

ABOUT ENI
Eni has been present in Libya since 1959 and is the country's largest international gas producer.

Media contacts:
Press Office -- press@example-newsroom.org

###

Tags: Energy, Libya, Italy, Natural Gas, Eni, NOC
Share this:
Twitter Facebook LinkedIn Email"""),

dict(group="meloni_visits_tripoli_eni_gas_deal_2023_01_28", published="2023-01-29", outlet="Türkiye Anadolu Herald",
title="Italian premier visits Tripoli, oversees $8B gas deal with Libya's legitimate government",
text="""ISTANBUL -- Italian Prime Minister Giorgia Meloni paid a one-day visit to the Libyan capital Tripoli on Saturday, where an $8 billion gas agreement was signed between Italy's energy giant Eni and Libya's National Oil Corporation.

Meloni held talks with Prime Minister Abdulhamid Dbeibah of the Government of National Unity (GNU), which is recognised by the United Nations, before the two leaders attended the signing ceremony, according to a statement from the Libyan government.

The agreement covers the development of two offshore gas fields. Eni said production would begin in 2026.

The Italian premier, who was accompanied by her foreign and interior ministers, also discussed migration across the Mediterranean and trade ties, the statement said. Dbeibah's office said the two sides agreed to boost cooperation in the fields of energy, security and the fight against human trafficking.

Meloni, leader of the right-wing Brothers of Italy party, has called for Rome and the European Union to work more closely with North African countries to curb departures of irregular migrants. Last week she visited Algeria, where she signed energy agreements.

Dbeibah's government has been challenged since March last year by a rival administration in the east, appointed by the House of Representatives in Tobruk and backed by putschist Gen. Khalifa Haftar, whose militias laid siege to Tripoli in 2019-2020 before being pushed back.

The rivalry between the two governments has turned violent more than once. In May last year Fathi Bashagha, the prime minister named by the House of Representatives, tried to install himself in Tripoli but withdrew within hours after clashes. In late August 2022 fighting in the capital between groups loyal to the two men killed more than 30 people before forces aligned with Dbeibah prevailed.

Türkiye, which signed military cooperation and maritime jurisdiction agreements with Tripoli in November 2019, has repeatedly stressed its support for the legitimate government in Tripoli and for holding elections in Libya as soon as possible. In October last year, Ankara and Tripoli also signed a memorandum of understanding on hydrocarbons, drawing objections from Greece and Egypt.

Libya has been torn by conflict since the ouster of longtime ruler Muammar Gaddafi in 2011. Human traffickers have taken advantage of the instability to send boats towards Europe.

Analysts say Italy, the former colonial power in Libya, is seeking to regain ground lost to other actors, including Türkiye and Russia, during the years of war.

The Italian delegation did not travel to the eastern city of Benghazi during the visit."""),

dict(group="hor_approves_13th_constitutional_amendment_2023_02_07", published="2023-02-08", outlet="Libya Update 24",
title="Libyan parliament passes 13th constitutional amendment unanimously",
text="""Tripoli, (Libya Update 24 / Agencies - 8th Feb, 2023 ) :

The Libyan House of Representatives approved on Tuesday the 13th amendment to the Constitutional Declaration, a text that lawmakers say sets out the system of government and a path to the long-awaited presidential and parliamentary elections.

House spokesman Abdullah Blihaq said after the session in Benghazi that the amendment was passed unanimously by the members present. Local media put the number of attending deputies at 113.

The amendment, made of 34 articles, creates a two-chamber legislature to be called the National Assembly, composed of a House of Representatives seated in Benghazi and a Senate seated in Tripoli. Executive authority would be headed by a president elected directly by the people, who would appoint and dismiss the prime minister.

Under the text, a joint committee of six members from the House and six from the Tripoli-based High Council of State is to draft the election laws. Once they are approved, elections must be held within a set deadline.

During the same session, the House also elected Al-Hadi al-Saghir as second deputy speaker.

The text is the result of months of contacts between House Speaker Aguila Saleh and the head of the High Council of State, Khaled al-Mishri, who met in Cairo in early January and said afterwards that they had agreed to refer a constitutional document to their two chambers. Most of the articles were settled then; the conditions for presidential candidates were not.

The amendment still needs to be endorsed by the High Council of State under the 2015 Skhirat political agreement. The council, headed by Khaled al-Mishri, has not yet announced a date for a vote. Several of its members have already objected to the text, saying it leaves the door open to candidates with dual nationality and military officers, a reference to Khalifa Haftar.

In February last year the council rejected the House's 12th amendment, which had paved the way for the appointment of Fathi Bashagha as prime minister.

The UN envoy Abdoulaye Bathily has urged the two chambers to agree quickly on a constitutional basis, warning that the country cannot wait indefinitely for its political class.

Read also:
- Bathily meets Haftar in Benghazi, discusses elections
- NOC: oil output stable at 1.2 million barrels per day
- Dbeibah inaugurates road project in Misrata

Exit mobile version"""),

dict(group="hor_approves_13th_constitutional_amendment_2023_02_07", published="2023-02-08", outlet="Al-Sahm Al-Arabi Net",
title="The House of Representatives approves the thirteenth constitutional amendment .. and Blihaq: by unanimity",
text="""[ad_1]

The Libyan House of Representatives approved, yesterday Tuesday, the thirteenth constitutional amendment to the constitutional declaration, in its session held in the city of Benghazi under the chairmanship of Counselor Aqila Saleh.

The official spokesman of the Council, Abdullah Blihaq, said in a statement that the members present voted unanimously on the amendment, after discussion of its articles one by one, according to what he said.

The amendment included 34 articles that regulate the form of the state in the coming stage, as it stipulated a legislative authority of two chambers under the name "the National Assembly", the House of Representatives with headquarters in Benghazi and the Senate with headquarters in the capital Tripoli, while the executive authority is headed by a president elected directly from the people.

The amendment stipulated the formation of a joint committee of six members of the House of Representatives and six members of the Supreme Council of State to prepare the laws of the referendum and the elections, and that the decisions of this committee are final and binding.

The Council also elected, in the same session, the deputy Al-Hadi al-Saghir as second deputy of the Speaker of the Council.

The Speaker of the Council, Aqila Saleh, had met the President of the State Council, Khaled al-Mishri, in the Egyptian capital Cairo at the beginning of last January, and the two sides announced at that time their agreement on referring the constitutional document to the two councils for approval, as a step towards the elections.

And the deputies said during the session that the amendment came in response to the demands of the Libyans to go to the elections, while some of them expressed reservations on the speed of voting without a wide discussion, according to local media.

It is worth mentioning that the amendment is referred to the Supreme Council of State to express its opinion, according to the political agreement, while members of the State Council had announced their rejection of some of its items, especially those related to the candidacy of military and holders of a foreign nationality.

It is worth mentioning also that the United Nations envoy Abdullah Bathily is expected to present a briefing to the Security Council at the end of this month on the developments of the political process, amid talk of a new initiative if the two councils fail to agree.

And the country has been living for more than a year a conflict between two governments, the government of national unity headed by Abdul Hamid Dbeibah in Tripoli, and the government appointed by the House of Representatives headed by Fathi Bashagha.

[ad_2]
Source link"""),

dict(group="bathily_announces_election_initiative_unsc_2023_02_27", published="2023-02-27", outlet="Meridian Press Agency",
title="UN envoy unveils plan for Libya elections panel, says political class faces legitimacy crisis",
text="""UNITED NATIONS, Feb 27 (MPA) - The U.N. envoy for Libya said on Monday he would set up a high-level steering panel to enable presidential and parliamentary elections in the divided country this year, after its two legislative bodies failed to agree on a constitutional basis for a vote.

Abdoulaye Bathily told the Security Council that the panel would bring together representatives of political institutions, leading political figures, tribal leaders, civil society, security actors, women and young people, with the aim of adopting a legal framework and a timeline for elections in 2023.

"Most institutions have lost their legitimacy years ago," the Senegalese diplomat said, describing a "major legitimacy crisis" among Libya's leaders. Libyans, he said, were impatient and questioned the will of current interim actors to hold elections.

Bathily said the House of Representatives' adoption earlier this month of a 13th constitutional amendment was "controversial" among Libyans and did not address key contentious issues, including the eligibility of candidates for the presidency, nor did it set a clear timeline.

The eastern-based House and the Tripoli-based High Council of State have spent most of the past year in talks over the rules, without a final deal. The council was due to vote on the amendment on Sunday, but the session was postponed for lack of a quorum.

Diplomats said Bathily's plan amounted to a fallback mechanism in case the two chambers could not deliver, though he did not set a deadline for them.

Bathily, a former Senegalese minister and long-time U.N. official, took up the Libya post in September last year, the eighth envoy to hold it since 2011. He has spent his first months shuttling between Tripoli, Benghazi and foreign capitals, meeting Dbeibah, Haftar, Saleh, al-Mishri and the Presidential Council.

Several council members, including the United States and Britain, voiced support for the envoy's effort. Russia's representative said any process must remain Libyan-led.

There was no immediate response from House Speaker Aguila Saleh. Abdulhamid Dbeibah, head of the Tripoli-based Government of National Unity, has repeatedly said he will hand power only to an elected government.

""" + MPA_BG + """

Elections meant to unify the country were scheduled for December 2021 but collapsed amid disputes over the eligibility of candidates, and no new date has been set.

(Reporting by MPA United Nations bureau; editing by Karen Aldous)"""),

dict(group="bathily_announces_election_initiative_unsc_2023_02_27", published="2023-02-28", outlet="The Western Ledger",
title="UN's man in Libya loses patience with the country's rival chambers",
text="""By Harriet Colquhoun, North Africa Correspondent

For more than a year, the United Nations has waited for Libya's two legislative bodies to agree on the rules for an election. On Monday its envoy, Abdoulaye Bathily, signalled that the wait was over.

Addressing the Security Council in New York, the veteran Senegalese politician announced a "high-level steering panel" that would draw in not only the House of Representatives and the High Council of State but tribal elders, civil society groups, women, young people and - crucially - the armed factions that hold real power on the ground. Its job would be to agree a legal framework and a timetable that would allow presidential and parliamentary votes to take place before the end of 2023.

His language was unusually blunt. Libya's political class, he said, was facing a major crisis of legitimacy; most of its institutions had lost their mandate long ago. The population, twelve years after the revolution of February 2011, was impatient and doubted whether its leaders wanted elections at all.

The immediate target was the House of Representatives, the parliament elected in 2014 that sits in the east, and the High Council of State in Tripoli, an advisory chamber formed from the remnants of an even older legislature. Earlier this month the House passed what it called a 13th amendment to the transitional constitutional declaration, defining a presidential system and a two-chamber parliament. Mr Bathily gave it short shrift, noting that it left the most divisive issue - who may stand for president - unresolved and contained no calendar.

That issue is at the heart of the deadlock. The last attempt to vote, scheduled for December 24 2021, collapsed days beforehand amid lawsuits and rows over the candidacies of Saif al-Islam Gaddafi, son of the late dictator; Khalifa Haftar, the eastern commander who besieged Tripoli in 2019-20 and who holds US citizenship; and Abdulhamid Dbeibah, the interim prime minister who had promised not to run.

Since then the country has slid back into division. In February 2022 the House named Fathi Bashagha, a former interior minister from Misrata, as prime minister; Mr Dbeibah refused to step aside. In August last year fighting between rival armed groups in Tripoli killed more than 30 people, and Mr Bashagha's attempt to enter the capital failed.

Diplomats in Tripoli say Mr Bathily's move is, in effect, a threat: agree, or be bypassed. The model has precedent. In 2020 the UN convened a 75-member Libyan Political Dialogue Forum in Tunis and Geneva that chose the current interim executive, including Mr Dbeibah, after the legislative chambers proved unable to do so.

That precedent is also the problem. The forum was dogged by allegations of vote-buying, and its roadmap ended with the failed election. Critics in the east say the UN is once again trying to impose a body of its choosing.

Western governments were quick to offer backing. Washington and London, through their representatives in the council, welcomed the envoy's plan. Privately, officials admit that the risk is a third track that the chambers ignore, while the armed groups - which benefited from the status quo - play for time.

Mr Dbeibah, whose government controls Tripoli and much of the west, is likely to welcome anything that sidelines the House. The reaction in Benghazi will be more telling. Aguila Saleh, the House's speaker and a close ally of Field Marshal Haftar, has in the past accused the UN of exceeding its role.

Oil revenues, which fund both camps, remain the ultimate prize. Production has recovered to about 1.2 million barrels a day after blockades last year, and Italy's Eni signed an $8bn gas deal in Tripoli last month during a visit by Giorgia Meloni. Whoever controls the state when those revenues grow will be in a powerful position - one more reason, sceptics say, that few in power are in a hurry to hand it over."""),

dict(group="bathily_announces_election_initiative_unsc_2023_02_27", published="2023-02-28", outlet="Tripoli Capital Voice",
title="Government welcomes Bathily's initiative, renews call for elections in 2023",
text="""The Government of National Unity welcomed on Tuesday the initiative announced by the head of the United Nations Support Mission in Libya, Abdoulaye Bathily, before the Security Council on Monday evening, which aims to form a high-level panel to lead the country to presidential and parliamentary elections during this year.

Prime Minister Abdulhamid Dbeibah said, in a post on his official page, that the initiative "meets the aspirations of Libyans who want to choose their leaders through the ballot box", and that the government is ready to provide all the necessary support to the High National Elections Commission.

Bathily told the Security Council that he will create a steering committee which gathers representatives of the political institutions, political figures, tribal leaders, civil society, security actors, women and youth, to agree on a legal framework and timeline for the elections. He said that the Libyan institutions suffer from a legitimacy crisis and that citizens doubt the will of the current actors to hold elections.

The envoy also criticised the 13th constitutional amendment passed by the House of Representatives on 7 February, saying it does not address the controversial points, including the conditions of candidacy for the presidency.

The Prime Minister had met Bathily in Tripoli last week before the envoy's departure to New York, and the two discussed, according to the government's media office, the importance of building on the ceasefire in force since 2020 and the readiness of the High National Elections Commission, which says it can organise elections within months of receiving a legal framework. The government says the commission's budget has been secured.

Bathily's briefing coincided with the twelfth anniversary of the February 17 Revolution, which the capital celebrated last week with large gatherings in Martyrs' Square.

The Presidential Council, headed by Mohamed al-Menfi, also announced its support for the UN plan and said it will cooperate with the mission. Several parties and civil society organisations in Tripoli, Misrata and Zawiya issued statements backing the proposal.

In contrast, sources in the House of Representatives said the Speaker, Aguila Saleh, was not consulted on the details of the initiative, and members close to him criticised the envoy's remarks.

The government has repeatedly stated that it will only hand over power to an elected authority. Dbeibah had announced last year a plan he called "returning the trust to the people" which proposed holding parliamentary elections first, but the plan stalled.

The High Council of State was supposed to vote on the 13th amendment on Sunday, but the session was postponed due to the lack of quorum, as 54 members signed a statement rejecting the amendment.

Related
- Interior Ministry launches security plan for Ramadan
- Dbeibah opens new wing of Tripoli Medical Centre
- Libyan Airlines resumes flights to Amman

We use cookies to improve your experience on our website. By browsing this website, you agree to our use of cookies. Accept"""),

dict(group="bathily_announces_election_initiative_unsc_2023_02_27", published="2023-03-01", outlet="Cairo Gate News",
title="House of Representatives rejects Bathily's briefing, accuses envoy of 'double standards'",
text="""CAIRO - The Libyan House of Representatives rejected the briefing given by the UN envoy Abdoulaye Bathily to the Security Council on Monday, in which he announced a new initiative to form a high-level panel to prepare for elections, considering that it contained "inaccuracies" and overstepped the legislative authority of the elected parliament.

In a statement issued late Tuesday, the House said that the envoy ignored the efforts exerted by the parliament, foremost among them the approval of the 13th constitutional amendment earlier this month, which it described as a real step towards elections. The statement accused Bathily of dealing with "double standards" with the Libyan parties.

Bathily had told the Security Council on Monday that he intends to form a steering committee that includes representatives of institutions, political figures, tribal leaders, civil society and security actors, with the aim of adopting a legal framework and timetable to allow elections during 2023. He said most Libyan institutions had lost their legitimacy.

Political sources in Benghazi told Cairo Gate News that the parliament sees in the proposal an attempt to reproduce the experience of the Geneva dialogue forum, which brought the expired Dbeibah government in 2021 amid accusations of bribery.

The head of the High Council of State, Khaled al-Mishri, also expressed reservations, describing parts of the proposal as dangerous, while Dbeibah's government and the Presidential Council welcomed it.

Deputies close to the Speaker said the parliament had done its part by passing the amendment unanimously on February 7, and that the ball was now in the court of the High Council of State, which has so far failed to hold a session to approve it. They accused the UN mission of ignoring this fact and of seeking to create a parallel body that would give legitimacy to unelected figures.

Egypt has repeatedly affirmed its support for a Libyan-Libyan solution without foreign interference, and for holding presidential and parliamentary elections simultaneously, with the exit of all foreign forces and mercenaries from Libyan territory. Cairo has hosted several rounds of talks between delegations of the House and the State Council on the constitutional track.

The Libyan National Army, led by Field Marshal Khalifa Haftar, has not yet commented on the initiative. Bathily had met Marshal Haftar in Benghazi before travelling to New York, as part of consultations that included all the main parties.

The 13th amendment, passed unanimously by the House, establishes a bicameral legislature and a president elected directly by the people, and provides for a joint 6+6 committee to draft the election laws.

Share this:
Facebook Twitter WhatsApp Telegram

Related articles
Sisi receives Aguila Saleh in Cairo
Egyptian-Libyan trade up 20 percent
Libyan army graduates new batch of special forces in Benghazi"""),
]
