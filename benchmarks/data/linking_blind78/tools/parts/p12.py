# Event: House of Representatives grants confidence to Dbeibah's Government of National Unity in Sirte, 10 March 2021
G = "hor_confidence_vote_dbeibah_government_sirte_2021_03_10"

ARTICLES = [
dict(group=G, published="2021-03-10", outlet="Agence Euro-Mediterranee",
title="Libya's parliament approves unity government in Sirte vote",
text="""SIRTE, Libya, March 10 (AEM) - Libya's parliament on Wednesday approved the government of interim Prime Minister Abdul Hamid Dbeibah, meeting in the central city of Sirte, in a vote hailed as a historic step towards reunifying the country after a decade of chaos.

The Government of National Unity won the support of 132 deputies, parliament speaker Aguila Saleh announced, with two voting against. Thirty-six members were absent from the session, held in the city's Ouagadougou conference centre.

"Through this vote, it became clear that the Libyans are one unit," Dbeibah told lawmakers after the result, urging Libyans to "open your hearts to one another and forget the grudges".

Saleh called it "a historic day" and reminded the new government that its mandate would end with the elections scheduled for December 24. Dbeibah pledged to support the electoral commission and respect that date.

The debate had opened on Monday in Sirte, the birthplace of Moamer Kadhafi, in the first session bringing together deputies from the east and west in years. Security for the meeting was provided under the supervision of the 5+5 joint military commission, which signed a permanent ceasefire in Geneva in October.

The chamber had been split since 2019, when dozens of deputies opposed to Haftar's offensive on Tripoli began meeting separately in the capital.

The cabinet comprises two deputy prime ministers, 26 ministers and six ministers of state. Dbeibah will keep the defence portfolio himself for now.

Dbeibah handed his final list of ministers to parliament last week; several deputies had objected to the size of the cabinet and to some of the names proposed.

The new executive, with a three-member Presidential Council headed by Mohammad Menfi, was chosen on February 5 by 74 Libyan delegates at UN-led talks near Geneva. It is to replace both the Tripoli-based Government of National Accord of Fayez al-Serraj and the parallel cabinet in the east, and is expected to be sworn in next week.

The process has not been free of controversy. A confidential report by UN experts, leaked to the media last month, alleged that some delegates had been offered bribes during the political forum's session in Tunis in November; Dbeibah's media office dismissed the report as fake news aimed at blocking the confidence vote.

UN Secretary-General Antonio Guterres welcomed the vote, as did the United States and European capitals.

Marshal Haftar launched an offensive on Tripoli in April 2019, which was pushed back in June 2020 by pro-GNA forces with decisive Turkish support. Haftar is backed by the United Arab Emirates, Egypt and Russia.

Libya has been mired in chaos since the 2011 uprising that toppled and killed dictator Moamer Kadhafi, with rival administrations in Tripoli and the east vying for power and foreign powers backing each side.

ah-ser/jv"""),

dict(group=G, published="2021-03-12", outlet="Russian Information Network",
title="Moscow welcomes Libyan parliament's confidence vote for Dbeiba government",
text="""MOSCOW, March 12 (RIN) - Russia welcomes the decision of the Libyan House of Representatives to grant confidence to the Government of National Unity headed by Abdul Hamid Dbeiba, the Russian Foreign Ministry said in a statement.

"We welcome the decision of the Libyan parliament. We consider it an important step towards settling the protracted crisis in Libya on the basis of a mutually acceptable consensus between the opposing parties and an inclusive dialogue involving all political forces," the statement says.

The ministry said Moscow intends, on the basis of traditionally friendly relations, to develop political contacts and restore bilateral cooperation in various fields, including the economy.

On Wednesday, 132 deputies voted for the new cabinet at a session in Sirte. The government is to lead the country until the general elections scheduled for December 24.

Last month, Foreign Minister Sergei Lavrov held telephone conversations with Dbeiba and the head of the Presidential Council, Mohammad al-Menfi, confirming Russia's readiness for constructive interaction with the transitional authorities.

Subscribe to our Telegram channel

Read also:
Lavrov: Russia ready for constructive work with Libya's new leaders
Libyan National Army supports new Presidential Council

Comments (0)
To leave a comment, please log in."""),

dict(group=G, published="2021-03-11", outlet="MENA Daily Brief",
title="MENA Daily Brief, Mar 11: Libya's parliament backs Dbeibeh cabinet; Marib fighting; Lebanon's currency slide",
text="""MENA Daily Brief - Thursday, March 11, 2021
Your morning round-up of what matters across the Middle East and North Africa.

LIBYA: A UNITY GOVERNMENT, AT LAST, ON PAPER
Libya's House of Representatives voted on Wednesday in Sirte to approve Prime Minister Abdul Hamid Dbeibeh's Government of National Unity, the first cabinet in years to be endorsed by deputies from both east and west. Speaker Aguila Saleh put the tally at 132 votes; reports differed on whether the remaining deputies present voted against or abstained, with 36 absent. Dbeibeh called it proof that "Libyans are one unit" and promised to keep to the December 24 election date.

The cabinet is big - around 35 posts, including two deputy prime ministers and six ministers of state - a result of weeks of bargaining to balance the three regions. Dbeibeh keeps defence for himself for now. Swearing-in is expected early next week in the east.

Why it matters: For the first time since 2014, Libya should have a single recognised executive, replacing both Fayez Serraj's Tripoli government and the eastern administration aligned with Khalifa Haftar. The process traces back to last year's Berlin conference, the October ceasefire and the UN-run dialogue forum, which chose Dbeibeh and a presidency council under Mohammad Menfi in Geneva on February 5.

Watch for: Haftar's relationship with the new government; whether Turkey, Russia and the UAE begin to draw down the foreign forces that were supposed to leave by January 23 under the ceasefire deal; progress on unifying the central bank.

YEMEN: MARIB OFFENSIVE GRINDS ON
Houthi forces pressed their weeks-long offensive on Marib, the government's last northern stronghold, with heavy casualties reported on both sides. Aid agencies warn of a new displacement crisis in a province hosting hundreds of thousands of people already uprooted by the war.

LEBANON: PROTESTS OVER CURRENCY COLLAPSE
Protesters blocked roads in Beirut and other cities again this week as the Lebanese pound, which crossed 10,000 to the dollar on the black market earlier this month, continued to slide. A new government has still not been formed seven months after the Beirut port explosion.

IRAQ: AFTER THE PAPAL VISIT
Iraqi officials were still hailing the success of Pope Francis's four-day visit, which ended on Monday, the first by a pontiff to the country.

That's it for today. Forward this brief to a colleague, or subscribe below.

Subscribe | Unsubscribe | Privacy"""),
]
