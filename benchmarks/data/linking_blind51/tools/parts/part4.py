# Events 10-11: LPDF picks interim executive (2021-02-05), HoR confidence vote (2021-03-10)

ARTICLES = []

def add(group, published, outlet, title, text):
    ARTICLES.append(dict(group=group, published=published, outlet=outlet,
                         title=title, text=text.strip("\n")))

G10 = "lpdf_elects_interim_executive_in_geneva_2021_02_05"
G11 = "hor_confidence_vote_dbeibah_government_2021_03_10"

# ---------------------------------------------------------------- E10
add(G10, "2021-02-05", "Continental News Service",
    "Libya talks pick interim leaders to steer country to December vote",
"""
GENEVA, Feb. 5 (CNS) - Delegates from Libya's rival factions on Friday selected an interim prime minister and a three-member presidential council to lead the divided country until national elections in December, a major if uncertain step toward unifying a nation that has had two competing governments for more than six years.

The 74 members of the U.N.-sponsored Libyan Political Dialogue Forum, meeting at an undisclosed location near Geneva, chose a slate headed by Mohammad Younes Menfi, a former ambassador to Greece from the east, as head of the presidential council, and Abdul Hamid Dbeibah, a wealthy businessman from the western city of Misrata, as prime minister.

The winning list, which also included Mossa al-Koni, a Tuareg politician from the south, and Abdullah Hussein al-Lafi, a lawmaker from the western city of Zawiya, won 39 votes in a runoff against 34 for a list led by Aguila Saleh, the speaker of the eastern-based parliament, with Fathi Bashagha, the powerful interior minister of the Tripoli government, as its candidate for prime minister. One delegate abstained.

The result was widely seen as a surprise. Saleh and Bashagha, who had cultivated support in Cairo, Ankara, Paris and Washington, had been regarded as favorites.

"On behalf of the United Nations I am pleased to witness this historic moment," said Stephanie Williams, the U.N.'s acting envoy for Libya, who was interrupted by applause. She urged all sides to accept the outcome.

U.N. Secretary-General Antonio Guterres called the result "very good news in our quest for peace," and said it was essential to unify Libya and move toward elections.

Under the roadmap agreed in Tunisia in November, Dbeibah has 21 days to form a cabinet and present it to the House of Representatives for a vote of confidence. The new authority is to replace both the U.N.-recognized Government of National Accord in Tripoli, led by Fayez Sarraj, and a rival administration in the east, and to lead the country to presidential and parliamentary elections on Dec. 24.

None of the four winning candidates had been seen as a frontrunner. Menfi, who served in the General National Congress after the 2011 revolution, was expelled from Greece in 2019 after the Tripoli government signed a maritime deal with Turkey. Dbeibah, 61, headed a state investment and development company under Moammar Gadhafi and later founded a political movement. All four pledged during the campaign to hold elections on schedule.

The forum's proceedings have not been free of controversy. Allegations surfaced during its first round in Tunisia in November that some delegates had been offered money for their votes, and Williams said at the time that the U.N. would look into them.

Sarraj congratulated the new leaders and said he was ready to hand over power. The eastern-based forces of commander Khalifa Hifter, whose 14-month offensive on Tripoli collapsed last June, said they welcomed the outcome and supported the new authority.

Turkey, which backed the Tripoli government militarily, and Egypt, which supported Hifter, both welcomed the vote, as did the United States, France, Germany, Italy and Britain in a joint statement.

Oil-rich Libya descended into chaos after the 2011 uprising that toppled and killed Moammar Gadhafi. The country has since been divided between a U.N.-recognized administration in Tripoli and rival authorities in the east, each supported by militias and foreign governments.

A cease-fire signed in Geneva in October has largely held, but a deadline for the departure of foreign fighters and mercenaries passed last month with no sign of withdrawal. The U.N. estimates some 20,000 foreign fighters remain in the country.
""")

add(G10, "2021-02-06", "The Chronicle Review",
    "Libya's surprise new leaders inherit a divided country and a ticking clock",
"""
The Chronicle Review - World

Libya's surprise new leaders inherit a divided country and a ticking clock

A UN-run vote near Geneva has handed power to a little-known slate. Now comes the hard part: persuading militias, parliaments and foreign armies to let them govern.

By Helena Marsh, Middle East correspondent

When the votes were counted on Friday afternoon in a hotel conference room somewhere outside Geneva, the list that most diplomats had expected to win - Aguila Saleh, the veteran speaker of Libya's eastern parliament, paired with Fathi Bashagha, the ambitious interior minister of the Tripoli government - had lost by five votes.

Instead, the 74 delegates of the Libyan Political Dialogue Forum chose Mohammed al-Menfi, a soft-spoken former diplomat from the eastern town of Tobruk, to head a three-man presidential council, and Abdulhamid Dbeibah, a Misratan tycoon whose family fortune was built on state construction contracts in the Gaddafi era, as prime minister. Their list took 39 votes in the run-off, against 34.

"The importance of the decision that you have taken here today will grow with the passage of time in the collective memory of the Libyan people," Stephanie Williams, the American diplomat who has run the UN's Libya mission since last March, told the delegates.

It was, by any measure, an unusual way to choose a government: a hand-picked assembly of politicians, tribal figures, women's and youth representatives, voting in rounds under rules that were themselves negotiated over months. But after a decade in which Libyans have been governed by rival parliaments, rival cabinets and, for much of that time, rival armies, it is the first time since 2014 that a single executive has been chosen with the stated acceptance of both east and west.

How Libya got here

The story of the past year is one of a war that ended, as wars often do, in exhaustion and foreign stalemate rather than victory.

In April 2019 Khalifa Haftar, the septuagenarian commander of the self-styled Libyan National Army, marched on Tripoli with the backing of the United Arab Emirates, Egypt and, increasingly, Russian mercenaries of the Wagner group. For months his forces were stuck in the capital's southern suburbs. Then, at the start of 2020, Turkey's parliament voted to send troops, and Turkish drones, air defences and Syrian fighters transformed the battlefield. In April the Tripoli forces swept along the coast to the Tunisian border; in May they took the al-Watiya air base; in early June Haftar's army abandoned the capital's suburbs and its rear base at Tarhuna, where mass graves were later found.

Egypt's president, Abdel Fattah al-Sisi, responded by declaring the line between Sirte and the Jufra air base a "red line", and his parliament authorised the deployment of troops abroad. For a tense summer, two of Washington's allies faced each other across the desert. In August the two rival authorities announced ceasefires in parallel statements; in October military officers from both sides signed a permanent ceasefire in Geneva.

The political track followed. In November in Tunis the forum agreed to hold elections on December 24 this year, the seventieth anniversary of Libyan independence. In January it agreed on the voting mechanism that produced Friday's result.

The new team

Dbeibah, 61, is the most consequential of the four. Educated in engineering in Canada, he ran the Libyan Investment and Development Company, a giant state contractor, under Gaddafi and has remained a figure of wealth and networks in Misrata, the city whose militias formed the backbone of Tripoli's defence. His critics in Tripoli and abroad have long associated his family with the old regime's patronage machine; his supporters say he is a pragmatist who can talk to everyone, including Ankara and Cairo.

Menfi, the new head of the presidential council, was Libya's ambassador in Athens until December 2019, when Greece expelled him in protest at the Tripoli government's maritime deal with Turkey. His two colleagues, Mossa al-Koni, a Tuareg from the south, and Abdullah al-Lafi, a parliamentarian from Zawiya, give the council its regional balance.

Dbeibah now has three weeks to put a cabinet before the House of Representatives, a body elected in 2014 that has been split for years and has not met in full since. If the parliament fails to endorse him, the decision reverts to the forum.

Foreign hands

The vote was welcomed in every capital that has armed one side or the other. Turkey's foreign ministry welcomed the designation and urged the world not to tolerate those who might spoil it; Egypt, which only weeks ago sent its first diplomatic delegation to Tripoli in years, expressed support; Haftar's command said it welcomed the outcome. The US, France, Germany, Italy and the UK issued a joint statement of welcome.

Yet those same capitals have left their forces in place. The October ceasefire required foreign fighters and mercenaries to leave within three months. That deadline passed on January 23 with no withdrawal; the UN estimates some 20,000 foreign fighters and mercenaries remain, and US officials have described Russian-backed fortifications around Sirte and Jufra. Turkey says its troops are there under a bilateral agreement with the legitimate government and are not foreign forces in the sense of the ceasefire.

"The people who selected this government do not command a single brigade," said one European diplomat who has followed the talks. "Its authority will depend on whether the men with guns, and their sponsors, decide it suits them."

The clock

There are other dangers. The forum has been dogged by allegations, first raised in Tunis in November, that votes were bought; Williams said then that the UN would investigate. A new UN special envoy, Jan Kubis, is taking over from Williams. And the promise that bound all four winners - to hold elections on December 24 and not to stand in them themselves, a pledge Dbeibah has made - will be tested as soon as the legal basis for that vote has to be agreed.

For now, the mood in Tripoli was of cautious relief. Car horns sounded in the city centre on Friday evening, and in Benghazi, too, local television carried the result without hostility. After six years of two governments, Libyans will at least have the chance to find out what one looks like.
""")

add(G10, "2021-02-06", "Gulf Dispatch",
    "Libyan forum elects Menfi, Dbeibah to lead transition; UAE welcomes outcome",
"""
Gulf Dispatch | Region | 6 February 2021

[ad_1]

The Libyan Political Dialogue Forum has elected Mohammed Younes Al Menfi as head of a new Presidential Council and Abdul Hamid Dbeibah as prime minister of a unified interim government that is to lead the country to elections on December 24.

The vote, held on Friday near Geneva under UN auspices, saw the Menfi-Dbeibah list win 39 votes in the second round against 34 votes for the list headed by House of Representatives Speaker Aguila Saleh and GNA interior minister Fathi Bashagha. Mossa Al Koni and Abdullah Al Lafi were elected as members of the Presidential Council.

The UAE welcomed the outcome of the forum and expressed its hope that the new executive authority would achieve security and stability for the Libyan people, preserve the country's unity and lead it to elections on schedule, the Ministry of Foreign Affairs and International Cooperation said in a statement carried by the state news agency. The ministry reiterated the UAE's support for UN efforts and for a Libyan-Libyan political solution.

Egypt, Saudi Arabia and Bahrain also welcomed the result, as did the Arab League.

The General Command of the Libyan National Army, led by Field Marshal Khalifa Haftar, said it welcomed the outcome of the vote and affirmed its support for the new authority in carrying out its duties until the elections.

Acting UN envoy Stephanie Williams called the vote a "historic moment". Under the forum's roadmap, Dbeibah has 21 days to present a cabinet for a vote of confidence by the House of Representatives.

The new authority faces major challenges, including the presence of thousands of foreign mercenaries and Syrian fighters brought in by Turkey, the unification of state institutions and the central bank, and the fight against terrorism. The October ceasefire agreement, signed in Geneva by the 5+5 Joint Military Commission, set a three-month deadline for the departure of foreign fighters, which expired last month.

Analysts in the Gulf said the outcome reflected the wide desire among Libyans to turn the page on the years of division after the collapse of the Turkish-backed militias' attempt to advance on Sirte last summer, which Egypt stopped by declaring the Sirte-Jufra line a red line. Cairo and Abu Dhabi have both stressed that any settlement must lead to the withdrawal of all foreign forces, the disbanding of militias and the holding of elections on time.

Observers noted that the new prime minister, a Misrata businessman, is seen as close to Ankara, while Menfi, from the east, was expelled from Greece as Libya's ambassador after the Turkey-GNA maritime memorandum. "The test is whether the new government will act as a government for all Libyans or as an extension of the Tripoli militias," said a Libyan analyst based in Abu Dhabi.

Libya has been in turmoil since 2011. The Libyan National Army, supported by the House of Representatives, has fought terrorist groups in Benghazi, Derna and the south, while the GNA in Tripoli relied on militias and on Turkish military support since 2019.

More from Region:
> Egypt welcomes Libya forum outcome
> Abu Dhabi, Cairo discuss regional developments

Share: Facebook | Twitter | LinkedIn | Email
""")

# ---------------------------------------------------------------- E11
add(G11, "2021-03-10", "Meridian Press Wire",
    "Libyan parliament approves Dbeibah's unity government",
"""
SIRTE, Libya (MPW) - Libya's parliament on Wednesday approved a new unity government led by Prime Minister-designate Abdulhamid Dbeibah, replacing rival administrations in the east and west and raising hopes of an end to a decade of chaos and division.

The House of Representatives, meeting in the central coastal city of Sirte for the first time in years with members from both east and west, backed the cabinet with 132 votes, parliament speaker Aguila Saleh said. Parliament spokesman Abdullah Bliheeq said 133 members attended and one abstained.

"This is a historic day," Saleh told the chamber, reminding the government that its mandate ends on Dec. 24, when Libya is due to hold national elections.

Dbeibah thanked the lawmakers and promised to support the electoral commission so that the December vote could go ahead on schedule. "With this vote it becomes clear that Libyans are united," he said, urging Libyans to put aside their grudges. He said the war must not return.

His Government of National Unity comprises two deputy prime ministers and more than 30 ministers and ministers of state, including five women. Najla el-Mangoush, a lawyer from Benghazi, becomes Libya's first female foreign minister, while Dbeibah will hold the defence portfolio himself for now.

The cabinet is expected to be sworn in next week before taking over from the Tripoli-based Government of National Accord (GNA) of Fayez al-Serraj and the eastern administration allied to commander Khalifa Haftar. Both have said they will hand over power.

The vote capped a three-day session in Sirte, which lies on the front line between forces loyal to the two sides and was secured for the meeting by the 5+5 joint military commission that negotiated a ceasefire in October.

Dbeibah was chosen along with a three-member presidential council headed by Mohammed al-Menfi at UN-led talks near Geneva on Feb. 5. The process has been shadowed by allegations of vote-buying: a confidential report by UN experts, details of which were published last month, said some forum delegates had been offered bribes to vote for Dbeibah's list. Dbeibah has denied any wrongdoing.

The new government faces daunting challenges, including unifying institutions such as the central bank, restoring electricity and services, managing the coronavirus pandemic, and overseeing the departure of thousands of foreign fighters and mercenaries who remain in the country despite a ceasefire deadline that expired in January.

The United Nations, the United States, the European Union, Turkey and Egypt welcomed the vote. U.S. Ambassador Richard Norland congratulated Libyans on the formation of an interim unity government "to set the stage for elections in December".

Libya has had no stable central government since Muammar Gaddafi was overthrown in a NATO-backed uprising in 2011. Since 2014 it has been split between rival administrations in Tripoli and the east, each supported by armed groups and by foreign powers.

Haftar's LNA launched an offensive on Tripoli in April 2019 with backing from the United Arab Emirates, Egypt and Russia, according to diplomats and UN experts. It collapsed in June 2020 after Turkey sent drones, air-defence systems and military advisers to support the GNA, as well as Syrian fighters, according to the United Nations.

Foreign powers have since eased their rhetoric. Egypt, which last year threatened to send troops if Turkish-backed forces advanced on Sirte, sent a diplomatic delegation to Tripoli in December, and Turkey has said it wants to improve relations with Cairo.
""")

add(G11, "2021-03-11", "Al-Ufuq Net (translated)",
    "The House of Representatives grants confidence to the National Unity Government in Sirte by 132 votes",
"""
Sirte - Al-Ufuq Net

The House of Representatives granted, yesterday Wednesday, the confidence to the Government of National Unity headed by Abdul Hamid Al-Dbeibah, with the approval of 132 deputies, in a session held in the "Ouagadougou" hall in the city of Sirte, in the presence of deputies from the east, west and south of the country for the first time since years.

And the session witnessed the abstention of two deputies from voting, while 36 deputies were absent, according to what the spokesman of the House announced.

The Speaker of the House of Representatives, Counselor Aguila Saleh, described the day as "historic" for the House, and called the government to commit to the date of the elections set on the 24th of next December, noting that the mandate of the government ends with this date according to the road map of the Political Dialogue Forum.

For his part, Al-Dbeibah congratulated the city of Sirte and its people, saying that the Libyans "wrote history today against the common enemy represented by division", and pledged to support the High National Elections Commission and to adhere to the date of 24 December, adding that "the war will not return again".

Al-Dbeibah called on the House to unify and to hold its sessions "in Kufra, Misrata and Tripoli" in order to end the hatred, and asked the deputies to support the government in the coming months in approving the unified budget.

The government includes two deputies of the prime minister and 26 ministries and 6 ministers of state, and the Foreign Affairs portfolio went to Najla Al-Manqoush, the first woman who holds this position in Libya, while Al-Dbeibah kept the Defense portfolio.

It is worth mentioning that the session started on Monday and continued for three days of discussions on the names of the ministers and the distribution of the portfolios between the regions, amid objections from some deputies.

It is worth mentioning also that the Political Dialogue Forum had elected in Geneva on the fifth of last February a unified executive authority, headed by Mohamed Al-Menfi for the Presidential Council, and Al-Dbeibah for the government, after a race with the list of Aguila Saleh and Fathi Bashagha.

The Presidential Council headed by Al-Menfi congratulated the government and the House, while the head of the government of National Accord Fayez Al-Sarraj announced his readiness to hand over the tasks, and the interim government in the east said it is ready to hand over as well.

The UN mission, the Arab League, Egypt, Turkey and the European Union welcomed the step, and the Egyptian Foreign Ministry said the vote is "an important step" on the road of stability.

And the government is expected to perform the constitutional oath before the House of Representatives in the coming days, to receive the tasks from the government of National Accord in Tripoli and the interim government in the east, which was headed by Abdullah Al-Thinni.

Read also:
- Who is Najla Al-Manqoush, the first Libyan female foreign minister?
- Sirte .. the city that became a meeting place after being a front line

Follow us on Facebook and Twitter
""")

add(G11, "2021-03-10", "MENA Live Desk",
    "Libya: parliament backs Dbeibah government",
"""
LIVE - Middle East & North Africa, Wednesday 10 March

12:31 GMT - Libya's House of Representatives votes confidence in the interim Government of National Unity of PM Abdulhamid Dbeibah. Speaker Aguila Saleh says 132 MPs voted in favour at the session in Sirte.

Saleh calls it a "historic day" and says the government's term ends on 24 December, the date set for elections.

The vote means one government for east and west for the first time since 2014. Dbeibah and the presidential council led by Mohammed Menfi were picked at UN talks near Geneva last month.

12:50 GMT - Dbeibah tells MPs he will support the elections commission and "there will be no more war". Swearing-in expected in the coming days.
""")
