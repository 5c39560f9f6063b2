# Event: LPDF in Tunis agrees to hold elections on 24 December 2021 (announced 13 November 2020)
G = "lpdf_tunis_sets_election_date_2020_11_13"

ARTICLES = [
dict(group=G, published="2020-11-13", outlet="Agence Euro-Mediterranee",
title="Libya talks in Tunis set December 24, 2021 for national elections",
text="""TUNIS, Nov 13 (AEM) - Libyan delegates meeting in Tunisia under UN auspices have agreed to hold presidential and parliamentary elections on December 24, 2021, acting UN envoy Stephanie Williams said on Friday.

"The participants agreed that national elections should take place on 24 December 2021," Williams told an online news conference. The date is the 70th anniversary of Libya's independence.

"Reaching elections requires a new executive to unify the country," she said. "This requires the establishment of a reformed presidency council and an effective and unified government of national unity."

The 75 participants in the Libyan Political Dialogue Forum, chosen by the UN mission to represent the country's regions, political currents and social groups, have been meeting since Monday in Gammarth, on the outskirts of Tunis. The forum was opened by Tunisian President Kais Saied.

Earlier in the week, Williams said the delegates had agreed on a roadmap for a transitional period leading to elections, and on the prerogatives of the future executive. The forum is now due to discuss the mechanism for selecting the members of a three-person presidency council and a prime minister, which Williams said would be chosen by the Libyans themselves. "The UN will not impose any names," she said.

The talks are the political follow-up to the permanent ceasefire signed on October 23 in Geneva by military delegations from the UN-recognised Government of National Accord (GNA) of Fayez al-Serraj and from Marshal Khalifa Haftar's forces. Williams also hailed the work of the joint military commission, which has been meeting inside Libya to implement the deal, including plans to reopen the coastal road, and the full resumption of oil production.

Williams has led the UN mission on an acting basis since Ghassan Salame resigned in March, citing health reasons. Some Libyan politicians have questioned the way the UN selected the forum's members.

The in-person session in Tunisia followed online preparatory meetings of the forum in late October. Its members include deputies from the House of Representatives and the High Council of State as well as independents, tribal figures, women and young people.

Serraj announced in September that he intended to step down once a new executive was chosen.

Many Libyans remain sceptical after previous UN-brokered deals, including the 2015 Skhirat agreement that created the GNA, failed to unify the country.

Marshal Haftar launched an offensive on Tripoli in April 2019, which was pushed back in June 2020 by pro-GNA forces with decisive Turkish support. Haftar is backed by the United Arab Emirates, Egypt and Russia.

Libya has been mired in chaos since the 2011 uprising that toppled and killed dictator Moamer Kadhafi, with rival administrations in Tripoli and the east vying for power and foreign powers backing each side.

mh-ser/jv"""),

dict(group=G, published="2020-11-14", outlet="Tripoli Voice",
title="Political dialogue in Tunis: elections on December 24 next year, executive still under discussion",
text="""Tripoli Voice | Politics

The participants of the Libyan Political Dialogue Forum, meeting in Tunisia since Monday, have agreed to hold presidential and parliamentary elections on December 24, 2021, the acting head of the UN mission, Stephanie Williams, announced on Friday.

Williams said in a press conference held online that the date, which coincides with Libya's Independence Day, will be "a critical day in the history of Libya" on which Libyans can elect their leaders democratically and renew the legitimacy of their institutions.

She added that reaching elections requires a new, unified executive authority, made up of a reformed Presidential Council and a government of national unity, and stressed that the UN mission and its international partners will not propose or impose any specific names.

The 75 members of the forum, who include representatives of the House of Representatives, the High Council of State, political parties, women, youth and the regions, are now discussing the criteria and mechanism for choosing the Presidential Council and the head of government. The forum is expected to conclude its in-person session on Sunday.

The meetings are being held at a hotel in Gammarth, north of the Tunisian capital, under strict health measures because of the coronavirus pandemic. The forum was opened on Monday by Tunisian President Kais Saied.

Many Libyans expressed hope that the agreement on a date would end the long transitional period that followed the February 17 revolution, while others questioned whether the selection of the participants by the UN mission gives the forum enough legitimacy to name a new executive.

The Tunis forum comes after the signing of the permanent ceasefire agreement in Geneva on October 23 by the 5+5 Joint Military Commission, and after the joint military commission met in Ghadames earlier this month to discuss its implementation, including the withdrawal of forces from the front lines and the reopening of the coastal road between Misrata and Sirte.

The forum builds on the outcomes of the Berlin conference in January, the consultations held in Montreux in September and the talks in Bouznika, Morocco, between the House of Representatives and the High Council of State on the sovereign positions.

The Government of National Accord has repeatedly affirmed its commitment to the political process and to holding elections, and Prime Minister Fayez Al-Serraj had announced in September his wish to hand over power to a new executive authority emerging from the dialogue.

Meanwhile, the Volcano of Rage operation has repeatedly warned about the continued presence of Wagner mercenaries in Sirte and Jufra despite the ceasefire agreement, which requires all foreign fighters to leave the country within three months.

Tags: Political dialogue, Tunis, Williams, elections 2021

Related articles
Williams: progress in Tunis on a roadmap to unify institutions
Joint military commission meets in Ghadames
Serraj: ready to hand over to the new executive

Comments are closed."""),
]
