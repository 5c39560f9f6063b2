# Events 12-13: Paris conference (2021-11-12), election postponement proposal (2021-12-22)

ARTICLES = []

def add(group, published, outlet, title, text):
    ARTICLES.append(dict(group=group, published=published, outlet=outlet,
                         title=title, text=text.strip("\n")))

G12 = "paris_international_conference_on_libya_2021_11_12"
G13 = "libya_election_commission_proposes_postponing_vote_2021_12_22"

# ---------------------------------------------------------------- E12
add(G12, "2021-11-13", "The Chronicle Review",
    "Paris summit tells Libya to vote on Dec. 24 and threatens spoilers with sanctions",
"""
The Chronicle Review - World

Paris summit tells Libya to vote on Dec. 24 and threatens spoilers with sanctions

World leaders lined up behind an election six weeks away. Few in the room believed the hardest questions - who can run, under what rules, and whether the losers will accept it - had been answered.

By Helena Marsh in Paris

The guest list was chosen to signal that Libya still matters. Around the table on Friday sat Emmanuel Macron, Angela Merkel in one of her last summits as German chancellor, Mario Draghi of Italy, Kamala Harris, the US vice-president, and Abdel Fattah al-Sisi of Egypt, alongside Mohammed al-Menfi, head of Libya's presidential council, and Abdulhamid Dbeibah, the interim prime minister.

Their message was simple. Libya's presidential and parliamentary elections must go ahead on December 24, and anyone who tries to stop them will pay.

"The Libyan transition must be completed. The elections must take place in the best possible conditions," Macron told a press conference afterwards, adding that the Libyan parties present had committed to accept the results, whatever they were.

The final declaration, agreed by some 30 countries and organisations, warned that "individuals or entities, inside or outside of Libya, who might attempt to obstruct, undermine, manipulate or falsify the electoral process and the political transition will be held accountable and may be designated by the United Nations Sanctions Committee" under Security Council resolution 2571. It endorsed the action plan agreed by Libya's joint military commission in Geneva last month for a gradual, balanced and synchronised withdrawal of mercenaries, foreign fighters and foreign forces.

Macron was blunter than the text. "Russia and Turkey must withdraw their mercenaries without delay," he said, noting that the eastern-based Libyan National Army of Khalifa Haftar had announced on Thursday, at France's request, that a first group of 300 foreign mercenaries and fighters would leave the country.

The empty chairs

The gathering was notable for who did not come. Recep Tayyip Erdogan, whose drones and troops saved the Tripoli government in 2020, said this week he could not attend a conference at which Greece, Israel and the Greek Cypriot administration were present, and sent a deputy foreign minister, Sedat Onal. According to Turkish diplomatic sources, Ankara entered a reservation on the paragraphs dealing with foreign forces, insisting that its military trainers are in Libya under a bilateral agreement and cannot be put in the same category as mercenaries.

Russia sent its foreign minister, Sergei Lavrov. Moscow has never acknowledged any link to the Wagner group contractors who fought for Haftar and, according to UN experts and Western governments, remain in central and southern Libya. Russian officials have insisted that any withdrawal be carried out in stages and by all sides at once.

How we got here

Friday's summit was the third big international conference on Libya in less than two years. The first, in Berlin in January 2020, produced promises to respect the arms embargo that were broken within weeks, as Haftar's offensive on Tripoli, launched in April 2019, collided with Turkey's intervention. By June 2020 Haftar's forces had been driven out of western Libya; by October, the two sides' officers had signed a permanent ceasefire in Geneva.

A UN-run forum then chose an interim executive in February of this year, and in March the House of Representatives endorsed Dbeibah's Government of National Unity, the first single cabinet since 2014. A second Berlin conference in June called again for foreign forces to leave.

Since then the political consensus has frayed. The eastern-based parliament passed a presidential election law in September that critics in the west say was tailored to Haftar; the High Council of State in Tripoli rejected it. Haftar has stepped aside from his military command, temporarily, in order to run. Dbeibah, who pledged when selected not to stand, has not ruled out doing so. Parliament voted to withdraw confidence from his government in September, though it continues to operate. Registration for candidates opened this week, and Saif al-Islam Gaddafi, the late dictator's son, is widely expected to enter the race.

"Everyone in that room signed up to December 24, but nobody can tell you what the list of candidates will look like or whether the courts will accept it," said one European official involved in the preparations. "The date has become a symbol. The danger is that the symbol is all there is."

What comes next

Libya's High National Elections Commission says it is technically ready, and some 2.8 million Libyans have registered to vote. But there is no agreed constitutional basis, the parliamentary vote has been pushed to January by the eastern parliament's law, and some armed groups in western Libya have warned they will not accept certain candidates.

The UN envoy, Jan Kubis, has warned the Security Council that failure to hold the elections could lead to renewed division and conflict. Diplomats say the sanctions language agreed in Paris is designed to deter the spoilers. Whether it does will depend on who the spoilers turn out to be, and on whether the governments that wrote the text are willing to name them.
""")

add(G12, "2021-11-12", "RusInform",
    "Paris conference on Libya backs Dec. 24 elections; Lavrov heads Russian delegation",
"""
PARIS, Nov 12 - RusInform. The international conference on Libya held in Paris on Friday called for presidential and parliamentary elections in the country to be held on December 24 as planned, and for the withdrawal of foreign fighters and mercenaries, according to the final declaration.

The conference was co-chaired by France, Germany, Italy, Libya and the United Nations. Russia was represented by Foreign Minister Sergei Lavrov. Libya was represented by the head of the Presidential Council, Mohammed al-Menfi, and Prime Minister of the Government of National Unity Abdul Hamid Dbeibah.

The participants stressed the importance of "free, fair, inclusive and credible" elections and said that individuals or entities who try to obstruct the electoral process could face UN sanctions. They also expressed support for the action plan of the Libyan 5+5 Joint Military Commission on the gradual withdrawal of mercenaries, foreign fighters and foreign forces.

French President Emmanuel Macron said at a press conference after the meeting that Russia and Turkey should withdraw their mercenaries "without delay".

Moscow has repeatedly stated that there are no Russian military personnel in Libya and that the Russian state has nothing to do with private military companies that may be present there. Russian officials have stressed that the withdrawal of all foreign forces from Libya should be carried out gradually, in a balanced and synchronized manner, so as not to upset the balance of forces on the ground and provoke a new escalation.

Russia maintains contacts with all Libyan political forces, including the government in Tripoli, the House of Representatives in the east and Field Marshal Khalifa Haftar. Moscow supports the holding of elections in Libya and believes that all political forces, including representatives of the former regime, should be able to take part in them.

On the eve of the conference, the command of Haftar's Libyan National Army announced that, at France's request, a first group of 300 foreign mercenaries and fighters would leave the country in coordination with the UN mission.

Turkey, which has military personnel in Libya under an agreement with the previous Tripoli government, was represented in Paris at the level of deputy foreign minister. President Recep Tayyip Erdogan said earlier this week he would not attend because of the participation of Greece, Cyprus and Israel.

The Paris meeting followed the second Berlin conference on Libya in June, at which participants also called for the departure of foreign forces and for elections on schedule. Turkey entered a reservation on that paragraph at the time as well, saying its personnel could not be put on the same level as mercenaries.

On October 8, the Joint Military Commission agreed in Geneva on an action plan for a gradual, balanced and synchronized withdrawal of mercenaries, foreign fighters and foreign forces, which participants in Paris welcomed.

Registration of candidates for the presidential election opened in Libya on November 8. The elections, set under a UN-backed roadmap, are intended to complete the political transition that began after the 2011 overthrow of Muammar Gaddafi.
""")

add(G12, "2021-11-12", "Continental News Service",
    "World powers in Paris threaten sanctions on Libya election spoilers",
"""
PARIS, Nov. 12 (CNS) - World powers meeting in Paris on Friday threatened sanctions against anyone who disrupts Libya's planned elections next month and urged the removal of foreign fighters from the North African country, as fears grow that the vote could unravel a fragile peace process.

The conference, co-hosted by France, Germany, Italy, Libya and the United Nations, brought together leaders and ministers from some 30 countries and organizations, including U.S. Vice President Kamala Harris, German Chancellor Angela Merkel, Italian Prime Minister Mario Draghi and Egyptian President Abdel Fattah el-Sissi.

In their final statement, participants said individuals or entities "inside or outside of Libya" who attempt to "obstruct, undermine, manipulate or falsify" the electoral process "will be held accountable and may be designated" by the U.N. Security Council's sanctions committee.

They stressed the importance of holding "free, fair, inclusive and credible" presidential and parliamentary elections on Dec. 24 and of all candidates accepting the results.

"The Libyan transition must be completed," French President Emmanuel Macron told reporters. He said a plan for the withdrawal of mercenaries agreed by Libya's rival military officers last month had to be implemented, and that "Russia and Turkey must withdraw their mercenaries without delay."

On Thursday, forces loyal to eastern-based commander Khalifa Hifter said 300 foreign mercenaries and fighters would leave areas under their control at France's request, the first such announcement since a cease-fire last year called for all foreign forces to go. They did not say where the fighters were from.

Turkey, which has troops in western Libya under an agreement with the previous government in Tripoli, sent its deputy foreign minister, and Turkish diplomats said Ankara had reservations about the text on foreign forces. Russia was represented by Foreign Minister Sergei Lavrov.

Libya's interim leaders, Presidential Council head Mohammed Menfi and Prime Minister Abdul Hamid Dbeibah, attended as co-hosts.

The vote, set under a U.N.-led process, is meant to produce Libya's first directly elected president. But rival factions remain deeply divided over the legal basis for the elections and over who should be allowed to run. Hifter, Dbeibah and Saif al-Islam Gadhafi, the son of the late dictator, are among potential candidates, and each is rejected by large constituencies in different parts of the country.

Oil-rich Libya descended into chaos after the 2011 uprising that toppled and killed Moammar Gadhafi. The country has since been divided between a U.N.-recognized administration in Tripoli and rival authorities in the east, each supported by militias and foreign governments.

Hifter's 2019 offensive on Tripoli was backed by the United Arab Emirates, Egypt and Russia, while Turkey sent troops and Syrian mercenaries to defend the Tripoli government. A U.N.-brokered cease-fire signed in October 2020 led to the formation of the interim unity government earlier this year.

U.N. experts estimate that thousands of foreign fighters remain in Libya, including Russians of the Wagner group, Syrians and fighters from Chad and Sudan.

RELATED COVERAGE
- Libya opens registration for presidential candidates
- Explainer: Who could run for Libya's presidency?

Copyright 2021 Continental News Service. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.
""")

# ---------------------------------------------------------------- E13
add(G13, "2021-12-22", "Meridian Press Wire",
    "Libya's election commission proposes one-month delay to presidential vote",
"""
TRIPOLI (MPW) - Libya's electoral commission on Wednesday proposed postponing the first round of the presidential election to Jan. 24, two days before it had been due to take place, after a parliamentary committee said it would be "impossible" to hold the vote on time.

The High National Elections Commission (HNEC) said in a statement that, after consulting parliament, it was proposing that the first round be delayed until Jan. 24, 2022, and that the House of Representatives should take the necessary measures to remove the "force majeure" obstructing the electoral process. Under the election law, parliament is to set a new date within 30 days.

Earlier on Wednesday, the head of the parliamentary committee overseeing the vote, al-Hadi al-Sagheer, wrote to parliament speaker Aguila Saleh that "after consulting the technical, judicial and security reports, we inform you of the impossibility of holding the elections on the date of Dec. 24, 2021, provided for by the electoral law". He called on the parliament to draw up a new roadmap.

The election on Friday, the 70th anniversary of Libya's independence, was meant to be the culmination of a UN-backed peace process and to produce the country's first directly elected head of state. But disputes over the legal basis for the vote, over the eligibility of leading candidates and over the powers of the next president have dogged preparations for months.

The commission never published a final list of candidates. Among nearly 100 people who registered were Saif al-Islam Gaddafi, son of the late dictator, who is wanted by the International Criminal Court; eastern commander Khalifa Haftar; and interim prime minister Abdulhamid Dbeibah, who had pledged not to run when he was selected in February. All three faced legal challenges: a court in Sebha reinstated Gaddafi after the commission disqualified him, and courts rejected appeals against Dbeibah's candidacy.

HNEC defended its decisions on candidates on Wednesday, saying it had not abdicated its responsibilities and rejecting what it called "campaigns of confusion and misinformation".

The delay was widely expected. On Tuesday armed groups deployed in parts of Tripoli, raising fears of clashes, and the election campaign never formally began. Some members of parliament said the mandate of Dbeibah's Government of National Unity expires on Dec. 24 and called for a new government to be formed, setting up a potential new power struggle.

Stephanie Williams, the UN Secretary-General's special adviser on Libya, has been consulting political leaders and candidates across the country since returning this month. Western governments had pressed for the vote to go ahead, and at a conference in Paris on Nov. 12 world leaders threatened sanctions against anyone who obstructed it.

More than 2.4 million Libyans collected voter cards out of some 2.8 million who registered, according to the commission.

Libya has had no stable central government since Muammar Gaddafi was overthrown in a NATO-backed uprising in 2011. In 2014 it split between rival administrations in Tripoli and the east, each supported by armed groups and foreign powers, until the Government of National Unity took office in March this year.

Haftar's Libyan National Army attacked Tripoli in April 2019 with backing from the United Arab Emirates, Egypt and Russia, according to diplomats and UN experts. The offensive collapsed in June 2020 after Turkey sent drones, air-defence systems and military advisers to support the Tripoli government, as well as Syrian fighters, according to the United Nations. A ceasefire signed in October 2020 has largely held, but thousands of foreign fighters remain.

Analysts warned that a prolonged delay without an agreed new timetable could reopen the divisions the peace process was meant to heal. "The date was the only thing everyone agreed on," said a Libyan political analyst in Tunis. "Now there is a vacuum, and many actors will try to fill it."
""")

add(G13, "2021-12-23", "Tripoli Voice",
    "HNEC proposes January 24 after parliament committee declares December 24 vote 'impossible'",
"""
Home / Politics / HNEC proposes January 24 after parliament committee declares December 24 vote 'impossible'

By Tripoli Voice staff | December 23, 2021

The High National Elections Commission (HNEC) has announced the postponement of the polling day and proposed, in coordination with the House of Representatives, to hold the first round of the presidential election on January 24, 2022, instead of this Friday, December 24.

In a statement published on its official page on Wednesday, HNEC said the House of Representatives would set another date for polling within 30 days, as stipulated by the election law, and should take measures to lift the "force majeure" that prevented the completion of the electoral process.

The commission said the overlap between political realities and the judicial rulings issued on candidates' appeals had created a state of force majeure that prevented it from announcing the final list of presidential candidates. It stressed that its decisions to exclude a number of candidates who did not meet the conditions were correct.

Hours earlier, the head of the HoR committee following up on the electoral process, Al-Hadi Al-Saghir, informed Speaker Aqila Saleh in a letter that holding the election on December 24 was "impossible" after reviewing technical, judicial and security reports. The committee called for a new roadmap and said Saleh should return to preside over the House sessions.

Members of the committee also said the mandate of the Government of National Unity ends on December 24 - a position rejected by the government and the High Council of State, which say the government remains in office until an elected authority takes over.

Prime Minister Abdul Hamid Dbeibah has not commented directly on the postponement. His office has repeatedly said the government will hand over power only to an elected government.

Tripoli residents said the situation was calm on Wednesday after armed groups deployed in several areas of the capital on Tuesday, including near government buildings, in what some commanders described as a protest against recent changes in military appointments.

The postponement comes six weeks after the Paris conference, where world leaders called for elections on December 24 and threatened sanctions against those who obstruct them. More than 2.5 million Libyans received their voter cards, according to HNEC.

Under the election law issued by the House of Representatives in September, the parliamentary elections were to follow the first round of the presidential vote, a sequence opposed by the High Council of State and by many political forces in the west, who demanded that both be held on the same day on an agreed constitutional basis.

The elections were set in November 2020 by the UN-facilitated Libyan Political Dialogue Forum, which selected the current executive authority in Geneva in February this year.

Related
Williams meets candidates in Tripoli, Misrata
Sebha court reinstates Saif al-Islam's candidacy
HNEC: 98 presidential candidates registered

Share this:
Facebook | Twitter | WhatsApp

This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish. Accept Read More
""")
