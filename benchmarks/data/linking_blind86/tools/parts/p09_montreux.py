G = "montreux_consultations_roadmap_2020_09_09"

ARTICLES = [
dict(group=G, published="2020-09-10", outlet="Meridian Press",
title="Libyan talks in Switzerland back elections within 18 months, UN says",
text="""GENEVA (MP) - Libyan participants at three days of consultations in the Swiss town of Montreux have recommended that presidential and parliamentary elections be held within 18 months, the United Nations said on Thursday, welcoming what it called a Libyan-Libyan proposal to revive stalled political talks.

The meeting, organised by the Geneva-based Centre for Humanitarian Dialogue (HD) with the U.N. mission in Libya (UNSMIL) attending, ran from Monday to Wednesday. It brought together representatives of the main Libyan institutions and political currents, according to the organisers, who did not publish a list of names.

According to a summary released by HD, participants proposed a time-limited preparatory phase leading to the vote on an agreed constitutional basis. During that period a restructured Presidency Council, made up of a president and two deputies, would sit alongside a separate government of national unity whose head would be chosen through the U.N.-facilitated Libyan Political Dialogue Forum.

They also suggested that the executive and the House of Representatives move temporarily to Sirte, once security and logistical arrangements are in place. The coastal city lies on the current front line between forces loyal to the Tripoli government and those of eastern commander Khalifa Haftar.

The acting head of UNSMIL, Stephanie Williams, thanked the organisers and praised participants for setting aside long-standing differences. In a statement, the mission said Libya's worsening economic and social conditions - including a surge in coronavirus cases, power and water shortages and an oil blockade that has shut most production since January - made a quick, peaceful solution all the more urgent.

UNSMIL said the recommendations should be put before the political dialogue forum, which it hopes to reconvene soon. The mission also cited proposals to implement an amnesty law approved by parliament and to help displaced Libyans return home.

The consultations followed parallel ceasefire declarations on Aug. 21 by Fayez al-Serraj, head of the Tripoli-based Government of National Accord, and Aguila Saleh, speaker of the eastern-based parliament.

In a separate track, delegations of the eastern parliament and the Tripoli-based High Council of State have been meeting in Bouznika, Morocco, since Sunday to discuss appointments to key state institutions.

Haftar's 14-month offensive on Tripoli collapsed in June after Turkey stepped up military support for the GNA. Front lines have since settled around the coastal city of Sirte and the Jufra air base, and Egypt has warned it could intervene if the GNA advances further.

Libya has been in turmoil since a NATO-backed uprising toppled Muammar Gaddafi in 2011. It has been split since 2014 between rival administrations in Tripoli and the east, with armed groups holding sway on the ground.
"""),

dict(group=G, published="2020-09-11", outlet="Gulf Horizon",
title="Montreux roadmap: Sirte as interim seat of power, elections in 18 months",
text="""Gulf Horizon | Middle East

Montreux roadmap: Sirte as interim seat of power, elections in 18 months

Dubai - Gulf Horizon staff | September 11, 2020

Libyan figures who met in Montreux, Switzerland, this week have proposed moving the seat of the country's executive and parliament temporarily to Sirte and holding national elections within a year and a half, in recommendations welcomed by the United Nations on Thursday.

The three-day consultations, which ended on Wednesday, were hosted by the Centre for Humanitarian Dialogue with the UN Support Mission in Libya (UNSMIL) in attendance. They produced a set of proposals for what participants called a preparatory phase for a comprehensive settlement.

At the heart of the document is a reshaped executive: a Presidency Council of a president and two deputies, separated from a government of national unity that would have to reflect Libya's geographic, political and social diversity. The selection of both would take place within the UN's Libyan Political Dialogue Forum, and the new government would seek a vote of confidence.

Analysts in the Gulf noted that the emphasis on regional balance echoes proposals long put forward by the speaker of the House of Representatives, Aguila Saleh, whose initiative in April called for a presidency council drawn from Libya's three historic regions, and by the Cairo Declaration announced by Egypt in June.

The choice of Sirte is symbolic. The city, birthplace of Muammar Gaddafi, has been held by the Libyan National Army since January, and Egypt has declared the Sirte-Jufra line a red line for its national security. Any move of institutions there would require security arrangements that have yet to be negotiated.

Acting UN envoy Stephanie Williams said the participants had put aside longstanding disputes to offer a Libyan solution that could be placed on the table when the political dialogue forum resumes. UNSMIL pointed to the collapse in living conditions, power cuts, water shortages and a sharp rise in Covid-19 infections as reasons to move quickly.

The participants also called on the House of Representatives and the High Council of State to settle the question of sovereign posts and the legal framework for elections within a reasonable period, and urged the application of the amnesty law passed by parliament.

The meetings took place at the same time as talks in Bouznika, Morocco, between delegations from the two legislative bodies on the criteria for filling key state positions, which ended on Thursday.

The political push follows the August 21 announcements by Saleh and Fayez al-Sarraj, head of the Tripoli-based government, calling for a halt to fighting, with Sarraj also urging the demilitarisation of Sirte and Jufra.

Share this article
Facebook  Twitter  LinkedIn  Email

MORE FROM MIDDLE EAST
Dubai villa rents edge higher in August
Gold retreats as dollar firms
"""),
]
