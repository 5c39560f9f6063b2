from bg import *

G4 = "paris_international_conference_on_libya_2021_11_12"
G5 = "saif_al_islam_gaddafi_registers_candidacy_sebha_2021_11_14"
G6 = "haftar_registers_presidential_candidacy_benghazi_2021_11_16"

ARTICLES = []

# ---------------------------------------------------------------- E4 Paris
ARTICLES.append(dict(group=G4, published="2021-11-12", outlet="Continental Wire Service",
title="World powers threaten sanctions against Libya election spoilers at Paris conference",
text=f"""Paris (CWS) - World powers gathered in Paris on Friday threatened sanctions against anyone who tries to derail Libya's elections next month, as they pressed the country's rival factions to accept the results and called for foreign fighters to leave.

The conference, co-chaired by France, Germany, Italy, Libya and the United Nations, brought together US Vice President Kamala Harris, German Chancellor Angela Merkel, Italian Prime Minister Mario Draghi, Egyptian President Abdel Fattah al-Sisi and UN Secretary-General Antonio Guterres, among others.

In their final declaration, participants said individuals or entities, inside or outside Libya, who might attempt to obstruct, undermine, manipulate or falsify the electoral process and political transition "will be held accountable and may be designated" by the UN sanctions committee under Security Council resolution 2571.

"The Libyan transition must be completed. The elections must take place in the best possible conditions," French President Emmanuel Macron told reporters after the talks, saying the Libyan parties had committed to recognise the results.

The declaration stressed the importance of free, fair, inclusive and credible presidential and parliamentary elections starting on December 24, and gave full backing to an action plan for the withdrawal of mercenaries, foreign fighters and foreign forces drawn up last month by Libyan military officers from both sides.

Macron said eastern commander Khalifa Haftar's forces had committed to sending home an initial group of 300 foreign mercenaries, and that this must be matched by the other side's backers. "Russia and Turkey must withdraw their mercenaries without delay," he said.

Moscow and Ankara sent lower-level delegations. Russia was represented by Foreign Minister Sergei Lavrov and Turkey by Deputy Foreign Minister Sedat Onal, while Algerian President Abdelmadjid Tebboune stayed away amid a diplomatic row with France.

Libya was represented by Mohammed al-Menfi, head of the Presidential Council, and interim Prime Minister Abdulhamid Dbeibah.

The conference came as Libya's electoral commission began accepting candidate registrations this week for a presidential race that could include Haftar, parliament speaker Aguila Saleh and Seif al-Islam Kadhafi, son of the late dictator, as well as Dbeibah himself.

Dbeibah has not said whether he will run. As a condition of his appointment he pledged not to stand, but he has criticised the electoral laws issued by parliament, which he says were drafted to favour particular candidates.

The rules of the vote remain hotly contested. Parliament in October split the polls, keeping the first round of the presidential election on December 24 but pushing legislative elections back to January. Factions in the west say the laws were passed without a proper vote and tailored to suit Haftar.

{CWS_ROOTS}

{CWS_WAR}

That process produced the unity government which took office in March with a mandate to lead the country to the December polls.

Diplomats have warned that holding the vote without agreed rules could leave losers rejecting the outcome and trigger a new round of fighting. "There are actors who are ready to exploit any ambiguity," a French presidential official said ahead of the meeting.
"""))

ARTICLES.append(dict(group=G4, published="2021-11-13", outlet="RusNews International",
title="Paris conference on Libya: Lavrov calls for inclusive elections and balanced exit of foreign forces",
text="""PARIS, November 12 (RNI) - The international conference on Libya held in Paris on Friday ended with a declaration supporting the holding of presidential and parliamentary elections in the country starting on December 24 and warning that those who obstruct the process may face UN sanctions.

Russia was represented at the conference by Foreign Minister Sergei Lavrov. Speaking to journalists after the meeting, Lavrov said Moscow supports the holding of the elections on the agreed date and stressed that the process must be inclusive, allowing all Libyan political forces, including supporters of the former authorities, to take part.

Lavrov noted that the withdrawal of foreign military personnel from Libya must be gradual, synchronised and balanced, so as not to upset the existing balance of forces on the ground, and that this issue must be resolved by the Libyans themselves through the 5+5 Joint Military Commission.

Moscow has repeatedly stated that there are no Russian servicemen in Libya. Western countries have accused the private military company Wagner of deploying fighters on the side of the Libyan National Army of Field Marshal Khalifa Haftar, which the Kremlin has said has nothing to do with the Russian state.

French President Emmanuel Macron, who hosted the event, said after the meeting that Russia and Turkey must withdraw their "mercenaries" without delay. According to Macron, the Libyan National Army has committed to withdraw 300 foreign fighters in a first stage.

The conference was co-chaired by France, Germany, Italy, Libya and the United Nations. It was attended by US Vice President Kamala Harris, German Chancellor Angela Merkel, Italian Prime Minister Mario Draghi, Egyptian President Abdel Fattah el-Sisi and the head of the Libyan Presidential Council, Mohammed Menfi, as well as Prime Minister of the Government of National Unity Abdel Hamid Dbeibeh. Turkey was represented by a deputy foreign minister.

The final declaration states that persons and entities, inside or outside Libya, who try to obstruct or falsify the electoral process may be subject to sanctions by the UN Security Council Committee under resolution 2571.

Libya has been in a state of crisis since 2011, when the country's leader Muammar Gaddafi was overthrown and killed as a result of a NATO military operation. For years the country was divided between the Government of National Accord in Tripoli and the authorities in the east supported by the parliament and the army of Khalifa Haftar.

In February 2021, the Libyan Political Dialogue Forum, under the auspices of the UN, elected a transitional executive authority, which is to lead the country until the elections. The High National Electoral Commission began accepting applications from candidates on Monday.

Russia has maintained contacts with all Libyan parties, including the government in Tripoli, the House of Representatives in Tobruk and the command of the Libyan National Army. Moscow has also called for Libya's political process to include representatives of the former government of Muammar Gaddafi, among them his son Saif al-Islam, who is considered a possible candidate in the presidential election.

Follow RNI on Telegram

Related:
    Zakharova: Moscow supports Libyans' right to choose their future
    Bogdanov meets Libyan delegation in Moscow
"""))

ARTICLES.append(dict(group=G4, published="2021-11-13", outlet="Nile Gazette",
title="At Paris conference, Sisi calls for exit of all foreign forces and mercenaries from Libya",
text="""We use cookies to ensure you get the best experience on our website. By continuing to browse you agree to our Cookie Policy. [OK]

Cairo / Paris - Nile Gazette

President Abdel Fattah El-Sisi has called for the withdrawal of all foreign forces, foreign fighters and mercenaries from Libya without exception, and for the dismantling of the militias, as a condition for restoring the stability of the neighbouring country, in his speech before the International Conference on Libya held in Paris on Friday.

Presidential spokesman Bassam Rady said in a statement that the President stressed Egypt's full support for holding the presidential and parliamentary elections on their date on December 24, and for the Libyan institutions in completing the political process through a Libyan-Libyan solution without foreign interference.

The President affirmed that Egypt's security is tied to the security of Libya, and that Egypt will continue to support the efforts of the brotherly Libyan people to restore their state and unify its national institutions, including the military institution, according to the spokesman.

The conference, which was co-chaired by France, Germany, Italy, Libya and the United Nations, brought together heads of state and government and foreign ministers, including US Vice President Kamala Harris, German Chancellor Angela Merkel and Italian Prime Minister Mario Draghi.

The final statement of the conference warned that those who attempt to obstruct or falsify the electoral process will be held accountable and may face UN sanctions, and affirmed support for the plan of the 5+5 Joint Military Committee for the withdrawal of mercenaries and foreign forces in a gradual, balanced and synchronised manner.

Macron told reporters that the Libyan National Army under Field Marshal Khalifa Haftar had committed to withdraw a first group of 300 mercenaries, and called on Turkey and Russia to withdraw their forces without delay.

Egypt has long warned against Turkish military presence in western Libya, and in June 2020 President Sisi declared the Sirte-Jufra line a red line for Egypt's national security after militias backed by Turkish forces and Syrian mercenaries advanced toward the east.

Cairo has since opened channels with all Libyan parties. It hosted military talks between the two sides in Hurghada in 2020 and has received delegations from the Government of National Unity, the House of Representatives and the Libyan National Army.

Observers in Cairo say the Paris conference sent a clear message that the international community will not accept the postponement of the elections, which the Libyan House of Representatives regulated through the presidential election law issued in September.

The High National Elections Commission opened the door for presidential and parliamentary candidates on Monday. Field Marshal Haftar, who handed his military duties temporarily to the Chief of Staff Lieutenant-General Abdel-Razek al-Nadhouri in September, is widely expected to submit his papers in the coming days.

Speaker of the House of Representatives Counsellor Aguila Saleh has also been mentioned as a possible candidate.

Related
    Sisi receives Libyan Presidential Council head in Cairo
    Shoukry: Egypt supports Libyan National Army role in securing elections
    Egypt, Greece, Cyprus reject Turkey-Tripoli maritime memorandum
"""))

# ---------------------------------------------------------------- E5 Saif registers
ARTICLES.append(dict(group=G5, published="2021-11-14", outlet="Meridian Press Agency",
title="Gaddafi's son Saif al-Islam registers to run for Libyan presidency",
text=f"""TRIPOLI, Nov 14 (MPA) - Saif al-Islam Gaddafi, the son and one-time heir apparent of Libya's late ruler Muammar Gaddafi, registered on Sunday as a candidate in next month's presidential election, the electoral commission said, making his first public appearance in years.

Footage released by the High National Electoral Commission (HNEC) showed Gaddafi, 49, in a brown robe and turban, with a grey beard and glasses, signing papers at the commission's office in the southern city of Sebha. He then recited a verse from the Koran and thanked the staff.

The commission said he had submitted his documents and met all the legal conditions set by the law on the election of the head of state. He was also handed a voter card for the Sebha district.

His entry into the race adds one of Libya's most divisive figures to a contest that is meant to give the country its first directly elected president, but whose rules are still disputed by the main factions.

Gaddafi is wanted by the International Criminal Court on charges of crimes against humanity over the violent crackdown on the 2011 uprising against his father's rule. He was captured by fighters from the town of Zintan in November 2011 and sentenced to death in absentia by a Tripoli court in 2015 in a trial that human rights groups criticised. The armed group holding him in Zintan released him in 2017 and he has not been seen in public since.

In July, he gave an interview to The New York Times in which he said he was planning a return to politics and suggested Libyans were nostalgic for the stability of his father's era. In August, a military prosecutor in Tripoli issued an arrest warrant against him in a case concerning killings linked to Russian Wagner Group mercenaries.

Candidate registration opened on Monday and closes on Nov. 22 for the presidential vote, whose first round is scheduled for Dec. 24.

Other possible contenders include eastern commander Khalifa Haftar, parliament speaker Aguila Saleh, former interior minister Fathi Bashagha and interim Prime Minister Abdulhamid Dbeibah, who has not said whether he will run.

{MPA_ROOTS}

{MPA_PROCESS}

World powers meeting in Paris on Friday threatened sanctions against anyone who obstructs or manipulates the vote, but there is still no agreement among Libyan factions on who should be allowed to run. Many in the west of the country regard both Haftar and a Gaddafi candidacy as unacceptable.

Hours after the registration, protesters in several western towns, including Zawiya, gathered outside offices of the electoral commission to denounce the candidacy, according to local media and residents. Armed groups in the west, many of which fought against the Gaddafi government in 2011, have said they will not accept the return of the former ruler's family to power.

Analysts say Saif al-Islam could draw on support among tribes in the south and centre of the country and among Libyans who remember the Gaddafi era as one of security and subsidised living. But he has been out of public life for a decade and may struggle to match rivals with armed forces and patronage networks behind them.

His father ruled Libya for 42 years before being captured and killed by rebel fighters near his home town of Sirte in October 2011.

The ICC said in the past that its arrest warrant remained in force. The court has no police force of its own and relies on states to carry out arrests.
"""))

ARTICLES.append(dict(group=G5, published="2021-11-15", outlet="Al-Wafa News Network",
title="The candidate Saif al-Islam Gaddafi submits his candidacy file to the Electoral Commission office in Sebha",
text="""Sebha - Al-Wafa

The High National Elections Commission announced that the candidate Saif al-Islam Muammar Gaddafi submitted yesterday, Sunday, the file of his candidacy for the election of the President of the State, to the office of the Electoral Administration in the city of Sebha, in the south of the country.

The Commission said in a statement published on its official page that the candidate completed all the legal requirements stipulated in Law No. (1) regarding the election of the President of the State, and that he received his electoral card from the Sebha office.

A video clip published by the Commission showed Saif al-Islam, 49 years old, wearing the traditional Libyan dress and turban, signing the documents of the candidacy in the presence of the employees of the office, then he read verses from the Holy Quran and said "God bless you" to the staff before leaving.

The appearance of Saif al-Islam is the first since years, after he was released from his detention in the city of Zintan in the year 2017, and he was not seen publicly since then except in an interview published by the American newspaper The New York Times last July.

It is worth mentioning that Saif al-Islam is wanted by the International Criminal Court on charges of crimes against humanity related to the events of the February 2011 revolution, and that a Tripoli court issued a death sentence in absentia against him in 2015.

The nomination of Saif al-Islam met wide reactions in the Libyan street, where supporters of the former regime celebrated in several cities in the south, while some cities in the west rejected the candidacy, and the offices of the Electoral Commission in some of them were closed yesterday evening.

It is worth mentioning that the Commission opened the door of candidacy for the presidential and parliamentary elections last Monday, and it will close on the twenty-second of this month for the presidential elections.

Paris conference concludes its work by affirming holding the elections on its date and threatening the obstructors with sanctions

Paris - Agencies

The international conference on Libya concluded its work in the French capital Paris the day before yesterday, Friday, with a final statement affirming the necessity of holding free, fair and credible presidential and parliamentary elections starting from the twenty-fourth of next December.

The participants affirmed in the statement that the individuals or entities, from inside Libya or outside it, who try to obstruct the electoral process or tamper with it, will be held accountable and may be placed on the sanctions list of the United Nations according to the resolution of the Security Council No. 2571.

The statement also expressed the full support for the plan of action of the Joint Military Committee 5+5 for the exit of the mercenaries and foreign fighters and foreign forces from the Libyan territories in a gradual, balanced and synchronized way.

The French President Emmanuel Macron said in a press conference after the end of the conference that the Libyan transition must be completed, and that the elections must be held in the best conditions, calling Russia and Turkey to withdraw their mercenaries without delay.

The conference was co-chaired by France, Germany, Italy, Libya and the United Nations, and participated in it the President of the Presidential Council Mohamed Al-Menfi and the Prime Minister of the Government of National Unity Abdul Hamid Al-Dabaiba, in addition to the American Vice President Kamala Harris and the German Chancellor Angela Merkel and the Egyptian President Abdel Fattah Al-Sisi.

It is worth mentioning that the Libyan elections are the culmination of the roadmap adopted by the Political Dialogue Forum in Tunis last year, under the sponsorship of the United Nations.

Share on Facebook Share on Twitter
"""))

ARTICLES.append(dict(group=G5, published="2021-11-15", outlet="The Tripoli Dispatch",
title="Anger in Misrata, Zawiya and Zintan after Saif al-Islam Gaddafi files presidential papers in Sebha",
text="""By Tripoli Dispatch staff

The registration of Saif al-Islam Gaddafi, son of the dictator toppled by the February 17 Revolution, as a candidate for president in Sebha on Sunday has set off a wave of anger across western Libya, with election offices shut in several cities and revolutionary forces declaring that they will not accept a return of the former regime through the ballot box.

The High National Elections Commission (HNEC) said Gaddafi submitted his file at its Sebha office and met the legal conditions of the presidential election law issued by the House of Representatives. Images released by the commission showed him in a traditional robe and turban, signing the documents with the help of his lawyer.

Within hours, protesters in Zawiya closed the commission's offices in the city, and armed groups there said polling stations would stay shut. Offices in Khoms and Zliten were also closed on Sunday night and Monday. In Misrata, demonstrators gathered in front of the election office, and the municipal council issued a statement rejecting the elections "in their current form" and accusing the commission of accepting a candidate convicted by Libyan courts.

In Zintan, whose fighters captured Saif al-Islam in the desert in November 2011 and held him for six years, the local military council was reported to have moved armoured vehicles in a show of force.

Statements from revolutionary councils and armed groups circulated on social media during the night, saying the sacrifices of 2011 would not be undone through an election law drafted in Tobruk.

Read also: HNEC: presidential registration to close on November 22

Saif al-Islam remains wanted by the International Criminal Court for crimes against humanity committed during the repression of the 2011 revolution. A spokesman for the court said after Sunday's registration that its position had not changed and that the arrest warrant issued in 2011 remained in force.

A Tripoli court sentenced him to death in absentia in July 2015, along with other senior figures of the old regime. In August this year, the military prosecutor issued a new arrest warrant over his alleged links to the Wagner mercenaries who fought alongside Haftar's forces during the war on Tripoli.

Lawyers and activists in Tripoli say article 10 of the election law, which requires candidates to have no criminal convictions, should rule him out. The commission will publish a preliminary list of accepted candidates after the registration period closes and appeals will then go before the courts.

The candidacy is also widely seen here as part of a wider deal among the counter-revolutionary camp. Khalifa Haftar, the war criminal who besieged Tripoli for 14 months and whose forces are accused of mass graves in Tarhuna, is expected to submit his own papers this week in Benghazi, having "suspended" his military role in September to meet the conditions of the law.

Read also: Revolutionary forces reject Haftar candidacy, warn of return to war

Dbeibah's government has not commented on the Gaddafi candidacy. The prime minister has criticised the electoral laws passed by the House of Representatives, saying they were drafted to suit particular candidates.

On Friday, international powers gathered in Paris threatened to sanction anyone who obstructs the elections. Activists in Tripoli said the international community must also consider whether the laws themselves are a threat to a credible vote.

The House of Representatives' speaker Aguila Saleh issued the presidential election law in September without a proper vote in the chamber, according to dozens of lawmakers, and the High Council of State rejected it.

Read also: High Council of State: elections under these laws will deepen division
"""))

ARTICLES.append(dict(group=G5, published="2021-11-14", outlet="MENA Live",
title="MENA Live, Sunday: Gaddafi's son files papers for Libya presidential race",
text="""MENA Live - Sunday 14 November 2021

15:40 GMT - Libya: Saif al-Islam Gaddafi, son of Muammar Gaddafi, has submitted his candidacy for the December 24 presidential election at the electoral commission's office in Sebha, the commission says. Video shows him in a traditional robe, grey-bearded, signing documents. He is wanted by the ICC for crimes against humanity.

15:55 GMT - Libya: The HNEC says he met all legal conditions and has been issued a voter card. Registration closes November 22.

16:30 GMT - Libya: Reports of protesters gathering outside the electoral office in Zawiya, west of Tripoli, against the Gaddafi candidacy. We are trying to confirm.

17:10 GMT - Libya: A reminder that world powers met in Paris on Friday and threatened sanctions against anyone who obstructs the elections. Khalifa Haftar is expected to announce his own run within days.
"""))

# ---------------------------------------------------------------- E6 Haftar registers
ARTICLES.append(dict(group=G6, published="2021-11-16", outlet="Continental Wire Service",
title="Libya's Haftar announces presidential run, two days after Kadhafi son",
text=f"""Benghazi (CWS) - Eastern Libyan military strongman Khalifa Haftar announced on Tuesday that he would run in next month's presidential election, two days after the son of late dictator Moamer Kadhafi entered the race.

"I declare my candidacy for the presidential election, not because I pursue power but because I want to lead our people towards glory, progress and prosperity," Haftar said in a televised speech from Benghazi, his stronghold.

"Elections are the only way out of the severe crisis into which our country has plunged," he added.

The 78-year-old, who commands the self-styled Libyan National Army (LNA), then went to the electoral commission's office in Benghazi to formally submit his papers, according to footage broadcast by local channels.

Haftar's candidacy had been expected since September, when he stepped aside from his military role, handing command temporarily to his chief of staff Abdel-Razek al-Nadhouri. The presidential election law issued by parliament allows officials to run if they give up their posts three months before the vote, and to return to them if they are not elected.

His announcement came two days after Seif al-Islam Kadhafi, who is wanted by the International Criminal Court for crimes against humanity, registered in the southern city of Sebha.

Both candidacies are likely to anger many in Tripoli and the west, where Haftar is accused of war crimes during his 14-month offensive on the capital, accusations he denies. Several western cities saw protests on Sunday and Monday against Kadhafi's son, with electoral offices closed in Zawiya, Khoms and Zliten.

Haftar, a former officer under Kadhafi who fell out with him in the 1980s and spent two decades in exile in the United States, returned to Libya during the 2011 revolt. He holds US citizenship and faces civil lawsuits in a federal court in Virginia brought by Libyans who accuse him of responsibility for the killing of relatives.

{CWS_ROOTS}

{CWS_WAR}

The first round of the presidential election is scheduled for December 24, with legislative polls to follow in January. Registration for presidential candidates closes on November 22.

Interim Prime Minister Abdulhamid Dbeibah, who pledged not to stand when he was appointed, has not said whether he will run. "It's up to you. Do you want me to run in the elections or not?" he asked young supporters at a gathering in Tripoli on Monday.

Parliament speaker Aguila Saleh, a Haftar ally, is also expected to register.

Haftar rose to prominence in 2014 when he launched "Operation Dignity" against Islamist and jihadist groups in Benghazi, a campaign that lasted three years and left much of the city in ruins. His forces went on to seize the eastern oil terminals in 2016, the city of Derna in 2018 and much of the south in early 2019, before turning on Tripoli.

His critics in the west accuse him of seeking to install a military regime, pointing to his declaration in April 2020 that he had a "popular mandate" to rule, a move he later abandoned. His supporters in the east credit him with restoring order and driving jihadist groups out of Benghazi and Derna.

At a conference in Paris on Friday, world powers threatened sanctions against anyone who obstructs the vote, but no agreement has been reached between Libya's rival institutions on the legal basis for the polls. The High Council of State, based in Tripoli, has rejected the electoral laws, saying they were passed without a proper vote.
"""))

ARTICLES.append(dict(group=G6, published="2021-11-17", outlet="Nile Gazette",
title="Field Marshal Haftar submits presidential candidacy papers in Benghazi",
text="""Benghazi - Nile Gazette

Field Marshal Khalifa Haftar, the Commander-General of the Libyan National Army (LNA), submitted his candidacy papers for the Libyan presidential elections on Tuesday at the office of the High National Elections Commission (HNEC) in Benghazi, after announcing his decision to run in a speech addressed to the Libyan people.

In the televised speech, Haftar said he had decided to run not in pursuit of power but to lead the Libyan people in a fateful stage towards glory, progress and prosperity, describing the elections as the only way to get Libya out of its crisis.

He called on Libyans to take part massively in the elections on December 24 and to make their voice heard, pledging that he would work for national reconciliation and the unification of the state's institutions.

Haftar had handed his duties as Commander-General temporarily to Chief of Staff Lieutenant-General Abdel-Razek al-Nadhouri in September, in accordance with the presidential election law issued by the House of Representatives, which requires military and civilian officials to stop exercising their functions three months before polling day.

Supporters gathered in front of the HNEC office in Benghazi, raising pictures of the Field Marshal and Libyan flags, and celebrations were reported in several cities in the east and the south.

Haftar led the LNA in Operation Dignity, launched in May 2014, which freed Benghazi and Derna from terrorist groups including Daesh and Ansar al-Sharia after years of fighting, and later extended the army's control to the oil crescent and the south.

In April 2019 the LNA launched a military operation to free Tripoli from the militias. The operation ended in June 2020 after Turkey sent forces, drones and thousands of Syrian mercenaries to support the Government of National Accord, led at the time by Fayez al-Sarraj.

The LNA later signed the permanent ceasefire agreement in Geneva in October 2020 through the 5+5 Joint Military Committee, and the army has since supported the political track sponsored by the United Nations.

Haftar's candidacy comes two days after Saif al-Islam Gaddafi, son of the late Libyan leader, submitted his papers in Sebha, and after the Paris conference on Friday, where the international community affirmed its support for holding the elections on time.

Circles close to the Brotherhood in Tripoli and Misrata have rejected Haftar's candidacy, and armed groups closed election offices in several western cities in recent days, in what observers in Benghazi described as an attempt to intimidate voters and derail the elections.

Speaker of the House of Representatives Counsellor Aguila Saleh is expected to submit his papers in the coming days. Saleh has handed his duties as speaker to his first deputy, Fawzi al-Nuwairi, to meet the conditions of the law.

Egypt has affirmed on more than one occasion its support for the Libyan National Army as the legitimate national army and for the House of Representatives as the elected legislative authority.

Tags: Libya, Haftar, Libyan elections, LNA, Benghazi

Related articles
    Sisi in Paris: all foreign forces and mercenaries must leave Libya
    LNA: 300 mercenaries to leave areas under army control
    Saif al-Islam Gaddafi files candidacy in Sebha
"""))

ARTICLES.append(dict(group=G6, published="2021-11-16", outlet="Anatolia Daily Herald",
title="Putschist Haftar files candidacy for Libya's presidential election",
text="""BENGHAZI, Libya

Warlord Khalifa Haftar on Tuesday submitted his candidacy for Libya's presidential election slated for Dec. 24.

Haftar announced the move in a televised speech in the eastern city of Benghazi, saying elections were the only way out of the crisis, before registering at the office of the High National Elections Commission.

Haftar's militias, backed by the UAE, Egypt and Russian Wagner mercenaries, launched a 14-month offensive on the capital Tripoli in April 2019 that left thousands dead. Mass graves were later found in the city of Tarhuna after the militias withdrew.

He stepped down from his military post in September to meet the conditions of the election law.

His candidacy came two days after Saif al-Islam Gaddafi, son of the late ruler Muammar Gaddafi, registered in Sebha.
"""))
