G = "bouznika_second_round_concludes_2020_10_06"

ARTICLES = [
dict(group=G, published="2020-10-07", outlet="WorldPoint News",
title="Libya Rivals End Second Round Of Morocco Talks With 'Understandings' On Key Posts",
text="""WorldPoint News / Top Stories / World

Libya Rivals End Second Round Of Morocco Talks With 'Understandings' On Key Posts

Nadia RK 6 hours ago Wed 7th October 2020 | 02:25 AM

Delegates from Libya's rival legislatures said late Tuesday that a second round of talks in Morocco had produced comprehensive understandings on how to choose the heads of the country's key institutions

Bouznika, Morocco, (WPN / WorldPoint News - 7th Oct, 2020 ) :Delegates from Libya's rival legislatures said late Tuesday that a second round of talks in Morocco had produced comprehensive understandings on how to choose the heads of the country's key institutions.

The talks in the coastal town of Bouznika, which began on Friday after being postponed several times, brought together five members of the eastern-based House of Representatives and five from the Tripoli-based High Council of State.

In a final statement, the delegations said they had reached understandings on the rules, mechanisms and criteria for selecting the leaders of the so-called sovereign institutions listed in Article 15 of the 2015 Skhirat political agreement, including the central bank governor, the audit bureau and the electoral commission.

The minutes of the points of consensus would be handed to the two chambers so that they could move forward with renewing the leadership of those institutions, the statement said. It did not name any candidates.

Moroccan Foreign Minister Nasser Bourita described the outcome as decisive and said both sides were determined to continue meeting in Morocco to coordinate the work of political, executive and oversight institutions and bring the transitional period to an end.

The delegations said the Berlin conference held in January remained the international reference for a political solution, but that Libya was still waiting for real and clear support from the international community.

A first round in Bouznika ended on September 10 with agreement on criteria for the same posts, and the two sides had said they would meet again before the end of September.

The Morocco talks have run alongside other efforts. In September, Libyan figures meeting in Montreux, Switzerland, recommended elections within 18 months and a restructured executive, and oil exports have resumed since Haftar announced on September 18 that he was lifting an eight-month blockade.

The UN is preparing to relaunch a broader political dialogue, while military talks between the two camps continue separately. Fayez al-Sarraj, head of the UN-recognised Government of National Accord, said last month he intended to hand over power to a new executive by the end of October.

Libya has been mired in chaos since a NATO-backed uprising toppled and killed dictator Moamer Kadhafi in 2011.

Related News
- Azerbaijan, Armenia Trade Accusations As Fighting Continues
- Pakistan Stocks Close Higher
- Oil Prices Rise As Storm Shuts Gulf Of Mexico Output
"""),

dict(group=G, published="2020-10-07", outlet="Tripoli Dispatch",
title="High Council of State: Bouznika round lays ground for ending division of sovereign institutions",
text="""Tripoli Dispatch

Home / Politics

High Council of State: Bouznika round lays ground for ending division of sovereign institutions

By Staff writer - Wednesday, 7 October 2020

The second round of the Libyan dialogue between the delegations of the High Council of State and the Tobruk-based House of Representatives concluded late on Tuesday in the Moroccan town of Bouznika with what both sides described as comprehensive understandings on the criteria for choosing the heads of the sovereign institutions.

The High Council of State delegation, headed by Fawzi Al-Oqab, said in the joint final statement that the outcome of the talks constitutes a foundation that can be built upon to stabilise the country and end the institutional division that has paralysed the state since 2014. The House delegation was headed by Yousef Al-Agouri.

According to the statement, the talks were held in an atmosphere of responsibility in which the national interest was put above all other considerations. The consensus reached will be placed at the disposal of the two councils to proceed with the procedures for renewing the leadership of the sovereign institutions.

The round started on Friday after being delayed three times since the end of September, for what a member of the council described as logistical reasons.

The sovereign positions include the Governor of the Central Bank, the Head of the Audit Bureau, the Head of the Administrative Control Authority, the Head of the Anti-Corruption Authority, the Chairman of the High National Elections Commission, the President of the Supreme Court and the Attorney General. Several of these institutions have had rival heads in Tripoli and in the east for years, most notably the Central Bank.

The division of the Central Bank has been the costliest: since 2014 a parallel governor in the east, Ali Al-Hibri, has operated alongside the internationally recognised governor in Tripoli, Al-Siddiq Al-Kabir, with the eastern branch printing its own banknotes in Russia.

The head of the High Council of State, Khaled Al-Mishri, said last month after the first round that the talks had not discussed any names for these positions, and denied claims that moving institutions out of the capital or the composition of the Presidential Council were on the table in Bouznika.

The council has insisted that the dialogue must be conducted within the framework of the Libyan Political Agreement signed in Skhirat, which recognises the High Council of State as a partner in decisions on the sovereign posts.

The Bouznika talks run in parallel with UN-facilitated military talks and with preparations for a wider UN-facilitated political forum expected in the coming weeks.

Related posts
Presidential Council discusses electricity crisis with GECOL
Tripoli: Interior Ministry launches new traffic plan

Exit mobile version
"""),

dict(group=G, published="2020-10-07", outlet="Diplomatic Newsroom Releases",
title="Bourita: Agreements Reached in Second Round of Bouznika Libyan Dialogue Are 'Decisive'",
text="""FOR IMMEDIATE RELEASE

Bourita: Agreements Reached in Second Round of Bouznika Libyan Dialogue Are 'Decisive'

BOUZNIKA, Morocco, 7 October 2020 /Diplomatic Newsroom Releases/ -- The second round of the Libyan Dialogue between the delegations of the House of Representatives and the High Council of State, held in Bouznika from 2 to 6 October 2020, concluded on Tuesday evening with comprehensive understandings on the rules, mechanisms and criteria for selecting the leadership of Libya's sovereign institutions, as provided for in Article 15 of the Libyan Political Agreement.

Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates Nasser Bourita described the agreements reached as decisive and said the rounds of dialogue held in the Kingdom represent an asset on which Libyans can build to restore stability and end the state of division.

Mr. Bourita noted that the two delegations had shown their determination to continue their consultative meetings in Morocco in order to coordinate the action of political, executive and oversight institutions and ensure the end of the transitional period.

HIGHLIGHTS OF THE JOINT FINAL STATEMENT

- The discussions took place in a climate of responsibility, with the country's interest placed above all other considerations, in order to overcome the current political divisions.
- The delegations recorded the points of consensus in minutes to be submitted to the House of Representatives and the High Council of State, so that the two institutions can proceed with renewing the structures of the sovereign institutions.
- The delegations affirmed that the Berlin conference of January 2020 remains an international reference for a political solution, while stressing that political action still awaits real and clear support from the international community.
- The two sides expressed their thanks to His Majesty King Mohammed VI and to the Moroccan people for their hospitality.

BACKGROUND

The first round of the Bouznika dialogue, held from 6 to 10 September 2020, concluded with a comprehensive agreement on transparent and objective criteria and mechanisms for filling sovereign positions, and with a commitment to resume talks to complete the measures required for its implementation.

The Secretary-General of the United Nations, through his spokesperson, has expressed the hope that Morocco's initiative will have a positive impact on the UN-facilitated, Libyan-owned and Libyan-led political dialogue.

ABOUT THE LIBYAN DIALOGUE

The House of Representatives, elected in June 2014, and the High Council of State, established under the 2015 Libyan Political Agreement, are the two bodies which, under Article 15 of that agreement, must reach consensus on appointments to Libya's sovereign positions. The Bouznika meetings are held in a 5+5 format, with five members representing each body.

Media contact:
press@diplomaticnewsroom.example
###
"""),
]
