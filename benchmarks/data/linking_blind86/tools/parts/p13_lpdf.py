G = "lpdf_tunis_sets_election_date_2020_11_13"

ARTICLES = [
dict(group=G, published="2020-11-13", outlet="Meridian Press",
title="Libya talks in Tunisia set December 2021 date for national elections",
text="""TUNIS (MP) - Libyans taking part in U.N.-led political talks in Tunisia have agreed to hold presidential and parliamentary elections on Dec. 24, 2021, acting U.N. envoy Stephanie Williams said on Friday.

The date, chosen to coincide with the anniversary of Libya's independence in 1951, was agreed by the 75 participants in the Libyan Political Dialogue Forum, which opened on Monday at a hotel in Gammarth, on the outskirts of Tunis.

Getting to the polls would require a new executive able to unify the country, Williams told reporters in a virtual news conference. She said this meant a reformed Presidency Council and a unified government of national unity, and that the United Nations and its international partners would not propose or impose any names.

Williams said the forum had reached preliminary agreement on a roadmap to free, fair and credible elections that also included steps to unify state institutions. Participants were still discussing the powers of the new executive and how its members would be chosen, she said.

The talks, due to end on Sunday, follow a permanent ceasefire signed in Geneva on Oct. 23 by military delegations of the two main sides. Williams praised the joint military commission for its work on reopening the coastal road, and noted that flights had resumed across the country and oil production had fully restarted.

The participants were chosen by the U.N. from the rival parliaments, political currents and regions, and committed in advance not to take any post in the new executive themselves.

Tunisian President Kais Saied opened the forum on Monday, urging Libyans to reject partition and to restore a single legitimacy based on the will of their people.

The forum is the political track of a U.N. process that also includes military and economic talks. Its agenda draws on recommendations made by Libyan figures at consultations in Montreux, Switzerland, in September, including a proposal for elections within 18 months, and on talks between the rival legislatures in Bouznika, Morocco, over appointments to key state bodies.

Some Libyan politicians and parties left out of the forum have criticised the way participants were selected.

Haftar's 14-month offensive on Tripoli collapsed in June after Turkey stepped up military support for the GNA. Front lines have since settled around the coastal city of Sirte and the Jufra air base. Last week the joint military commission met inside Libya for the first time, in the desert town of Ghadames, and agreed to set up a sub-committee to oversee the pullback of forces.

A previous plan for elections in Libya, agreed at a Paris summit in May 2018 with a target date of Dec. 10 that year, was never implemented.

Libya has been in turmoil since a NATO-backed uprising toppled Muammar Gaddafi in 2011. It has been split since 2014 between rival administrations in Tripoli and the east, with armed groups holding sway on the ground.
"""),

dict(group=G, published="2020-11-14", outlet="RusInform",
title="Libyan dialogue participants agree to hold elections on December 24, 2021 - UN",
text="""TUNIS, November 14 - RusInform. Participants in the Libyan Political Dialogue Forum, held in Tunisia under UN auspices, have agreed to hold national elections in Libya on December 24, 2021, acting head of the UN Support Mission in Libya (UNSMIL) Stephanie Williams said.

"December 24 is Libya's Independence Day," Williams told an online press conference on Friday, noting that it would be a day on which Libyans could democratically elect their leaders and renew the legitimacy of their institutions.

According to her, the participants also agreed that a new Presidency Council and a unified government of national unity should be formed for the transitional period before the elections. She stressed that the UN would not propose or impose specific candidates.

The forum, which brings together 75 delegates representing various political forces, regions and social groups of Libya, opened on November 9 in Gammarth, a resort suburb of the Tunisian capital. It is expected to continue until Sunday.

Opening the forum, Tunisian President Kais Saied expressed hope that it would lay the foundation for a new legitimacy in Libya based solely on the will of the Libyan people, without foreign patronage, and warned against attempts to divide the country.

On the eve of the opening, Williams described the forum as a unique opportunity, pointing to the significant progress achieved on the ground in recent weeks, and said that elections must be the ultimate objective.

The political talks follow the signing in Geneva on October 23 of a permanent ceasefire agreement by the military delegations of the Government of National Accord and the Libyan National Army in the 5+5 format. At a meeting in Ghadames in early November, the joint military commission agreed on steps to implement the ceasefire.

UNSMIL has said the forum follows a hybrid format, combining face-to-face meetings with virtual sessions. The participants are still discussing the criteria for candidates for the posts in the new executive and the mechanisms for choosing them.

Moscow has repeatedly stated that it supports an inclusive intra-Libyan dialogue with the participation of all the country's political forces and regions, and that the settlement must be based on the decisions of the Berlin conference endorsed by UN Security Council resolution 2510.

Williams has headed UNSMIL in an acting capacity since the resignation of Ghassan Salame in March. Russian Foreign Minister Sergei Lavrov has repeatedly called for the swift appointment of a new UN special envoy for Libya.

After the overthrow and killing of Muammar Gaddafi in 2011, Libya effectively ceased to function as a single state. For years, power has been divided between the Government of National Accord in Tripoli and the parliament sitting in the east, supported by the Libyan National Army led by Khalifa Haftar.
"""),

dict(group=G, published="2020-11-14", outlet="Maghreb Daily Briefing",
title="Maghreb Daily Briefing, Saturday 14 November: Libya forum picks 24 December 2021 for elections",
text="""MAGHREB DAILY BRIEFING
Saturday, 14 November 2020

Good morning. A weekend edition, because it was that kind of Friday.

1. LIBYA: ELECTION DATE SET AT TUNIS FORUM

Acting UN envoy Stephanie Williams announced on Friday that the 75 members of the Libyan Political Dialogue Forum, meeting since Monday in Gammarth outside Tunis, have agreed to hold national elections on 24 December 2021 - Libya's independence day.

The roadmap also foresees a reformed, slimmed-down Presidency Council and a separate government of national unity to run the country until then. The hard part - who gets those jobs, and how they are chosen - is still being argued over. The forum is scheduled to close on Sunday. Williams insisted the UN would not put forward names.

Our take: a date is not an election. Libya had one before, 10 December 2018, agreed in Paris with great fanfare and quietly dropped. But this time there is a ceasefire (signed in Geneva on 23 October), oil is flowing again and the military commission has started meeting inside Libya, most recently in Ghadames. The backdrop is better than in 2018.

Worth watching: the forum's participants pledged in advance not to take any of the new executive posts themselves, a condition the UN hopes will reduce horse-trading. Critics in Tripoli and the east have already attacked the selection of the 75.

2. LIBYA: OIL GUARDS TO MEET IN BREGA

The joint military commission's plan to begin unifying the Petroleum Facilities Guard is due to kick off on Monday in Brega, with commanders of the force, the National Oil Corporation and UNSMIL.

3. WESTERN SAHARA: TENSION AT GUERGUERAT

Morocco said on Friday that its armed forces had moved to reopen the Guerguerat crossing to Mauritania, blocked for weeks by Polisario supporters. The Polisario Front said the ceasefire in place since 1991 was over. The UN called for restraint.

4. ALGERIA: PRESIDENT STILL ABROAD

President Abdelmadjid Tebboune remains in Germany for medical treatment after contracting Covid-19, and the presidency has said he is recovering.

That's all for today. Back on Monday.

You are receiving this email because you subscribed to Maghreb Daily Briefing. Unsubscribe | Manage preferences | View in browser
"""),
]
