G = "ghadames_jmc_meeting_ceasefire_steps_2020_11_03"

ARTICLES = [
dict(group=G, published="2020-11-04", outlet="Akhbar Al-Yawm Net",
title="The military committee 5+5 concludes its meetings in Ghadames and agrees on mechanisms of implementing the ceasefire",
text="""Tripoli - Akhbar Al-Yawm

The joint military committee "5+5" concluded yesterday Tuesday its meetings in the city of Ghadames in the southwest of Libya, which were held for two days in the presence of the acting UN envoy Stephanie Williams, and it agreed on a number of arrangements to implement the permanent ceasefire agreement that was signed in Geneva.

Williams announced in a press conference in Ghadames that the committee agreed on the formation of a military sub-committee which will supervise the return of the forces to their headquarters and the withdrawal of the foreign forces from the lines of contact, and that this sub-committee will hold its first meeting in the city of Sirte as soon as possible during this month, with the presence of the committee and the UN mission.

The UN envoy explained that the committee decided to make its headquarters in Sirte, and it agreed that a meeting to unify the Petroleum Facilities Guard will be held in the city of Brega on the sixteenth of November with the presence of the commanders of the guard, the National Oil Corporation and the UN mission.

She added that the two parties agreed also on the exchange of all prisoners, the removal of mines in cooperation with the UN teams, the confronting of hate speech, and the immediate resumption of the flights to the cities of Ghadames and Sabha.

And the Geneva agreement had included the opening of the land and air routes between the cities, the restructuring of the Petroleum Facilities Guard and the return of the military units to their camps, and the Ghadames meeting came to put these points into practice.

And the committee demanded the Security Council to accelerate the issuing of a binding resolution to implement the terms of the ceasefire agreement.

The UN mission described the atmosphere of the meetings as characterized by high responsibility and patriotism, and Williams praised the commitment of the two delegations to the ceasefire since its signing.

It is worth mentioning that the Ghadames meeting is the first of the committee inside the Libyan territory, and the fifth round of its meetings, after four rounds that were held abroad, the last of them in Geneva where the two delegations signed on the twenty-third of last October a permanent ceasefire agreement across all of Libya, which stipulates the departure of the mercenaries and foreign fighters within three months.

It is worth mentioning also that the meetings of the committee come days before the start of the Libyan political dialogue forum, which the UN mission called for, and which will be held in the Tunisian capital on the ninth of November with the participation of seventy-five Libyan personalities.

And the city of Ghadames, which is located near the borders with Algeria and Tunisia, lies far from the centres of power of the two sides, and a member of the committee thanked its residents for their reception.

Read also:
- Williams: the political forum is a historic opportunity
- The municipal council of Ghadames completes the preparations to receive the committee

Share this:
Facebook
Twitter
WhatsApp
"""),

dict(group=G, published="2020-11-05", outlet="Defence Horizons Review",
title="Libya JMC moves talks home: Ghadames round sets up sub-committee, Sirte headquarters",
text="""DEFENCE HORIZONS REVIEW | News | Land Forces, Middle East & North Africa

Libya JMC moves talks home: Ghadames round sets up sub-committee, Sirte headquarters

5 November 2020

Libya's 5+5 Joint Military Commission (JMC) has agreed a first set of implementation measures for the 23 October ceasefire at its first meeting on Libyan soil, held in the south-western oasis town of Ghadames on 2-3 November.

The fifth round of talks, attended by acting UN Special Representative Stephanie Williams, produced agreement to create a military sub-committee to oversee the return of units to their bases and the withdrawal of foreign forces from the contact lines. The sub-committee is to hold its first session in Sirte in November, with UN Support Mission in Libya (UNSMIL) participation.

The JMC also decided to base itself permanently in Sirte, at the Ouagadougou conference complex, while a subordinate body on security arrangements will be split between Sirte and Houn in the Jufra district. Both locations sit on or just behind the current line of contact, and the choice is intended to anchor the demilitarisation of the Sirte-Jufra axis envisaged in the Geneva agreement.

Other measures announced by Williams at a press conference on 3 November include:
- a meeting in Brega on 16 November to begin unifying the Petroleum Facilities Guard (PFG), with PFG commanders, the National Oil Corporation (NOC) and UNSMIL;
- the exchange of all detainees held by both sides;
- mine clearance in cooperation with UN teams;
- the immediate resumption of flights to Ghadames and Sabha;
- a request for the UN Security Council to adopt a binding resolution on implementation of the ceasefire.

The commission also agreed on monitoring arrangements, details of which were not released.

Assessment
Ghadames is the most concrete step so far from words to procedures. The PFG item matters most economically: rival chains of command over the guard force were central to the January-September blockade, and NOC output has recovered only since a separate political deal in September. A unified PFG would reduce the leverage of local commanders over export terminals.

The sub-committee's mandate on foreign forces is, however, limited to the contact lines. It does not address foreign personnel at rear bases such as Al-Watiya, Misrata or Jufra, where Turkish and Russian-linked assets respectively are concentrated. The 90-day deadline in the Geneva text runs to 23 January 2021.

The request for a binding UNSC resolution signals that both delegations want an external guarantor, but Council members that back opposing sides are unlikely to agree quickly on a monitoring mandate.

The JMC's next political context is the UN-facilitated Libyan Political Dialogue Forum (LPDF), which opens in Tunis on 9 November.

Related: Analysis: Geneva ceasefire puts Libya's foreign forces on a 90-day clock

(c) Defence Horizons Review. All rights reserved. Subscribe for full access.
"""),
]
