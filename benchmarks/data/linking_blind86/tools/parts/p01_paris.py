G = "paris_conference_libya_election_roadmap_2018_05_29"

ARTICLES = [
dict(group=G, published="2018-05-29", outlet="Meridian Press",
title="Libya's rival leaders back December 10 vote at Paris meeting",
text="""PARIS (MP) - Libya's four main rival leaders committed on Tuesday to work toward presidential and parliamentary elections on Dec. 10, giving verbal backing to a political declaration at a one-day conference hosted by French President Emmanuel Macron at the Elysee Palace.

Fayez al-Serraj, who heads the U.N.-backed Presidency Council in Tripoli, eastern military commander Khalifa Haftar, House of Representatives speaker Aguila Saleh and Khaled al-Mishri, head of the Tripoli-based High Council of State, each approved the text after it was read aloud in Arabic. None of them signed it.

Under the eight-point declaration the rivals are to settle a constitutional basis for the vote and adopt the required electoral laws by Sept. 16, and to accept the outcome once ballots are cast. Libya's security forces are to be responsible for protecting the process, with support from the United Nations and regional organisations.

Macron told a news conference it was the first time the four had agreed to work together on a joint text, describing the meeting as historic and a key step toward reconciliation. He said Libya now had a timetable and clear commitments.

Serraj called for fighting to stop everywhere in the country, telling reporters that enough blood had been spilled. Haftar did not speak to the press.

Delegations from some 20 countries, including Libya's neighbours and regional and Western powers, attended along with U.N. envoy Ghassan Salame, whose action plan for Libya has called for a constitutional framework and elections before the end of the year.

Diplomats at the meeting said privately that the calendar was tight. Libya has no agreed constitution, and the eastern-based parliament has yet to pass a referendum or election law.

Salame unveiled his action plan at the U.N. General Assembly last September, proposing amendments to the 2015 political agreement, a national conference and then elections. Efforts to amend the agreement stalled within weeks, and the envoy has since focused on preparing for a vote. The electoral commission said earlier this year that more than two million Libyans were now on the voter roll after a registration drive.

France has for years kept channels open to Haftar while formally backing the Tripoli government, a stance that has irritated Italy, which sees itself as the lead European player in its former colony.

Libya has been in turmoil since a NATO-backed uprising toppled Muammar Gaddafi in 2011. Since 2014 it has been split between rival governments and parliaments in Tripoli and the east, with armed groups holding sway on the ground. A U.N.-brokered deal signed in Skhirat, Morocco, in December 2015 created the Tripoli government but was never endorsed by the eastern parliament.

Serraj and Haftar last met near Paris in July 2017, when they agreed to a conditional ceasefire and to elections as soon as possible. Earlier this month Haftar's Libyan National Army launched an operation to take the eastern city of Derna.
"""),

dict(group=G, published="2018-05-30", outlet="The Northern Chronicle",
title="Macron's Libya gamble: four rivals nod to a December election, but nobody signs",
text="""By Harriet Vale, Diplomatic Editor

When Emmanuel Macron stood before the cameras at the Elysee on Tuesday afternoon, he had something no French president had managed before: the four men who between them claim to run Libya, sharing a stage and agreeing, at least out loud, to a date for national elections.

The date is December 10. By September 16 the rivals are supposed to have produced a constitutional basis for the vote and the laws to run it. They have said they will accept the results. What they have not done is sign anything. The declaration was read out in Arabic and each of the four - Fayez al-Sarraj of the Tripoli-based Presidency Council, Field Marshal Khalifa Haftar, the parliamentary speaker Aguila Saleh and Khaled al-Mishri of the High Council of State - signalled assent.

Mr Macron called it a historic meeting. His aides point out that it took months of shuttle diplomacy to get the four into one room, along with representatives of some 20 countries with a stake in the outcome. The UN envoy, Ghassan Salame, who has been pushing his own plan since September, sat at the president's side.

The scepticism in other capitals is barely concealed. Italy, the former colonial power and the country most exposed to migrant departures from the Libyan coast, has never hidden its irritation at French initiatives on Libya. Libya specialists note that the four men represent institutions rather than the armed groups that control the streets of Tripoli, Misrata and much of the south, none of which were at the table.

There is also the question of whether anyone is ready. Libya has no permanent constitution. A draft produced by an elected assembly last year has never been put to a referendum, and the House of Representatives, which sits in the east, has not passed an election law. The electoral commission registered hundreds of thousands of new voters earlier this year, which UN officials cite as evidence of public appetite for a vote, but security in many areas remains precarious.

This is not the first time Paris has tried. In July last year, at a chateau in La Celle-Saint-Cloud outside the capital, Mr Macron hosted Mr Sarraj and Field Marshal Haftar for a meeting that produced a ten-point statement on a ceasefire and elections. Little of it was implemented. Fighting continued in the south, and the Libyan National Army, Field Marshal Haftar's force, went on extending its reach.

Field Marshal Haftar's own position has changed since then. In April he spent time in a Paris hospital, prompting weeks of rumours about his health, before returning to Benghazi. Within weeks his forces had opened a ground assault on Derna, the last eastern city outside his control. His presence in Paris this week, looking well, was meant in part to show he remains the dominant figure in the east.

For France, the calculation is straightforward. Paris has maintained contacts with Field Marshal Haftar for years, seeing him as a bulwark against jihadist groups in the Sahel, while formally recognising the UN-backed government. An election, if it happens, would give whoever wins a legitimacy none of the current actors can claim.

The alternative, as one European diplomat put it to this newspaper, is more of the same: two governments, two central bank branches, and militias that are paid by the state they are supposed to be subordinate to.

Mr Sarraj, speaking after the meeting, appealed for an end to fighting across the country. Field Marshal Haftar left without comment.

The first test will come in September. If the constitutional basis is not agreed by then, December 10 is unlikely to survive.
"""),

dict(group=G, published="2018-05-30", outlet="Akhbar Al-Yawm Net",
title="The Libyan parties agree in Paris to hold elections on 10 December",
text="""Paris - Akhbar Al-Yawm

The four Libyan parties agreed yesterday Tuesday, at the international meeting which the French capital Paris hosted at the Elysee Palace, on holding presidential and legislative elections on the tenth of December next, according to the final declaration that was read at the end of the meeting.

The President of the Presidential Council of the Government of National Accord Fayez al-Sarraj, the General Commander of the Libyan Army Field Marshal Khalifa Hafter, the President of the House of Representatives Counsellor Aqila Saleh and the President of the High Council of State Khaled al-Mishri participated in the meeting, which was called by the French President Emmanuel Macron, with the presence of the UN envoy Ghassan Salame and representatives of about twenty states.

And the declaration stipulated that the parties commit to put the constitutional basis for elections and to issue the necessary electoral laws by the sixteenth of September next, and to respect the results of the elections and the security institutions shall be charged to protect it.

The French President considered in a press conference that the meeting is "historic" and that it represents a basic step for the reconciliation in Libya, pointing that it is the first time the Libyan leaders accept to work together on a joint declaration.

For his part, al-Sarraj called to stop the fighting in all the Libyan territories, and said that the blood that was shed is enough, and he called all the parties to the dialogue.

It is worth mentioning that the declaration was approved orally by the four leaders and not signed, as the French presidency requested at the end of the session.

It is worth mentioning also that al-Sarraj and Hafter met in July of last year in La Celle-Saint-Cloud near Paris, where they agreed on a ceasefire and on the holding of elections as soon as possible, but that agreement was not applied on the ground.

It is worth mentioning that the forces of the General Command launched at the beginning of this month a military operation to liberate the city of Derna from the terrorist groups, while the High National Elections Commission announced earlier that the number of the registered voters exceeded two million after the registration campaign that it opened at the end of last year.

And the UN envoy Ghassan Salame presented in September of last year before the General Assembly a plan of action which includes the amendment of the political agreement, the holding of a comprehensive national conference and then the elections.

And Libya is living since the fall of the regime of Muammar Gaddafi in 2011 a state of chaos and division between two governments, one in Tripoli recognized internationally and the other in the east of the country.

Read also:
- Salame briefs the Security Council on the action plan
- The Libyan army advances in the outskirts of Derna

Share this:
Facebook
Twitter
WhatsApp
"""),
]
