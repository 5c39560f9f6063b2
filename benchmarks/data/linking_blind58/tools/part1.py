A = []
def add(group, published, outlet, title, text):
    A.append(dict(group=group, published=published, outlet=outlet, title=title, text=text.strip()))

G1 = "haftar_orders_advance_on_tripoli_2019_04_04"
add(G1, "2019-04-04", "Mediterranean Press Agency", "Haftar orders his forces to march on Tripoli as UN chief visits capital", """
TRIPOLI (MPA) - Eastern Libyan commander Khalifa Haftar on Thursday ordered his self-styled Libyan National Army to advance on Tripoli, the seat of the U.N.-backed government, in a move that threatened to plunge the country back into full-scale war while U.N. Secretary-General Antonio Guterres was in the capital.

In an audio recording posted on the LNA's media office page, Haftar told his troops that "the hour has struck" and that they should enter the city, while ordering them to spare civilians and anyone who lays down his weapons. Hours earlier LNA units moving up from the south had entered Gharyan, a hill town around 100 km (60 miles) south of Tripoli, apparently without heavy fighting.

Officials of the Government of National Accord (GNA) led by Prime Minister Fayez al-Sarraj said they had put forces on alert. Armed groups from Misrata, the western port city that fought Islamic State in Sirte in 2016, said they were ready to move to defend the capital.

Guterres, who arrived on Wednesday to promote a national conference planned for mid-April in the desert town of Ghadames, said on Twitter he was "deeply concerned" by the military movements and warned of the risk of confrontation. "There is no military solution. Only intra-Libyan dialogue can solve Libyan problems," he wrote. A U.N. spokesman said he still intended to travel to the east.

The LNA spokesman, Ahmed al-Mismari, told reporters in Benghazi that the force's aim was to "cleanse" the west of terrorist groups, a description the GNA rejects. He did not say how many troops were involved.

The United States, Britain, France, Italy and the United Arab Emirates issued a joint statement urging all parties to de-escalate, saying military posturing and threats of unilateral action only risked dragging Libya back toward chaos. The U.N. Security Council scheduled closed consultations for Friday at Britain's request.

Haftar, 75, a former army officer who fell out with Muammar Gaddafi in the 1980s and later lived for years in the United States, has built his force with support from the United Arab Emirates and Egypt. Earlier this year it swept through the south, taking the city of Sabha and the Sharara oilfield with little resistance.

U.N. envoy Ghassan Salame has spent months trying to bring Haftar and Sarraj toward a power-sharing deal and elections. The two met in Abu Dhabi in late February, and diplomats had hoped the Ghadames meeting would set a path to a vote.

Libya has been split between rival power centres in the east and west since 2014, three years after the NATO-backed uprising that toppled Gaddafi.

(Reporting by MPA Tripoli and Benghazi bureaus; editing by K. Lindqvist)
""")

add(G1, "2019-04-05", "Arab Horizon Net", "Haftar announces the zero hour for \"liberation\" of Tripoli and the Wefaq government declares general mobilization", """
Home » Arab World » Libya

Haftar announces the zero hour for "liberation" of Tripoli and the Wefaq government declares general mobilization

Arab Horizon - Tripoli - Friday 5 April 2019

The general commander of the Libyan armed forces Marshal Khalifa Hafter announced yesterday Thursday the launch of the military operation towards the capital Tripoli, in a recorded speech in which he addressed his forces saying "we are coming O Tripoli, we are coming".

Hafter said in the recording which was broadcast by the general command, that the forces must enter the city and not raise weapon in the face of whoever raises the white flag or stays in his house, and he considered that the operation is to "answer the call of our people in the capital".

For its part, the Presidential Council of the Government of National Accord (Al-Wefaq) headed by Fayez al-Sarraj announced the state of maximum alert and gave orders to the forces of the western region to confront any attack, and the Presidential Council described the movement as "escalation that threatens the political process".

The forces of the General Command entered in the morning of the day of Thursday the city of Gharyan, 100 kilometers south of the capital, according to local sources, while the military spokesman Major General Ahmed al-Mismari said that the forces advanced from several axes and that "the operation goes according to the plan set for it".

The operation comes during the visit of the Secretary-General of the United Nations Antonio Guterres to Tripoli, where he met with al-Sarraj, and he expressed his deep concern from the military movement, and he called to calm and restraint. Guterres is expected to meet Hafter in Benghazi today Friday, according to the United Nations.

The Misrata forces announced their readiness to move to the capital, and a statement for the military council in the city said it will "not allow the return of the military rule".

On the international level, five countries are the United States, Britain, France, Italy and the Emirates called in a joint statement all the parties to reduce the tension immediately, and the Security Council will hold a session behind closed doors today on the situation.

It is worth mentioning that the UN mission led by Ghassan Salame is preparing for the comprehensive national conference in the city of Ghadames between 14 and 16 of April current, which aims to agree on a road map for the elections. It is also worth mentioning that Hafter and al-Sarraj met in Abu Dhabi at the end of February last under Emirati sponsorship, and they agreed on the need for ending the transitional phase through general elections.

The forces of Hafter had controlled during the last months the south of the country including Sabha and the Sharara field, the largest oil field in Libya.

Read also:
- Guterres arrives in Tripoli to support the national conference
- The Libyan dinar rises on the parallel market
- The UN mission: Ghadames conference on time

Share: Facebook Twitter WhatsApp Telegram
""")

add(G1, "2019-04-05", "The Northern Chronicle", "Libya teeters on brink of new war as Haftar sends troops toward Tripoli", """
Libya teeters on brink of new war as Haftar sends troops toward Tripoli

By our Middle East correspondent

Libya's fragile peace process appeared to be collapsing on Thursday night after Khalifa Haftar, the commander who dominates the east of the country, ordered his forces to march on Tripoli, where the UN-recognised government is based and where Antonio Guterres, the UN secretary-general, happened to be visiting.

The timing could hardly have been more pointed. Mr Guterres had flown in on Wednesday to lend his weight to a "national conference" planned for the middle of this month in Ghadames, near the Algerian and Tunisian borders, which diplomats hoped would finally set a date for elections. Instead he found himself tweeting his "deep concern" as columns of pickups and armoured vehicles belonging to Haftar's Libyan National Army moved north from Gharyan, a mountain town about 60 miles south of the capital that they had entered earlier in the day.

In a recorded message broadcast by his media office, Field Marshal Haftar told his men that the time had come to enter Tripoli and told them to spare those who surrendered and to protect civilians and foreigners. His spokesman, Ahmed al-Mismari, framed the operation as a campaign against "terrorists" and militias, a label the LNA has for years applied to a wide range of opponents in the west.

Fayez al-Sarraj, the prime minister of the Government of National Accord, responded by putting his forces on alert. The powerful armed groups of Misrata, whose fighters drove the Islamic State out of Sirte in 2016, said they would come to the capital's defence. By nightfall there were reports of skirmishes at a checkpoint west of Tripoli, though accounts differed on who held what.

The offensive is the culmination of a campaign in which Haftar has steadily extended his reach. In 2017 his forces took Benghazi after a three-year war; last year they captured Derna; and in January and February they moved into the southern desert, taking Sabha and the Sharara oilfield, Libya's largest, often by striking deals with local tribes rather than fighting.

Diplomats had hoped that momentum could be turned into a political settlement. Haftar and Mr Sarraj met in Abu Dhabi at the end of February and, according to the UN, agreed on the need to end the transition through elections. Ghassan Salamé, the UN envoy, has repeatedly warned that the alternative was a battle for Tripoli that nobody could win cleanly.

The foreign dimension is impossible to ignore. The United Arab Emirates and Egypt have backed Haftar for years, and France has been accused by Italian officials of favouring him; Paris denies taking sides. Turkey and Qatar are seen as closer to factions in the west. On Thursday the US, Britain, France, Italy and the UAE issued a joint statement calling for de-escalation, a notable signature from Abu Dhabi.

For the 2.5 million people of greater Tripoli, the news revived memories of 2014, when fighting between rival coalitions destroyed the international airport and split the country between two governments, and of the militia clashes in the southern suburbs last September which killed more than 100 people.

A Western diplomat in Tunis, speaking on condition of anonymity, said the question now was whether Haftar expected the capital's militias to fold as southern towns had done. "If they don't, this gets very ugly, very quickly," the diplomat said.

The UN Security Council is due to discuss the crisis behind closed doors on Friday. Mr Guterres was expected to travel to Benghazi to see Haftar in person.
""")

G2 = "gna_recaptures_gharyan_2019_06_26"
add(G2, "2019-06-26", "Libya Live Desk", "LIVE: GNA forces say they have taken Gharyan", """
LIBYA LIVE DESK - Wednesday 26 June

18:40 - Forces loyal to the Tripoli government say they have taken full control of Gharyan, the mountain town that has served as the main forward base for Khalifa Haftar's assault on the capital since April. A spokesman for the "Volcano of Rage" operation posted photos of fighters in the town centre.

18:55 - No comment yet from the LNA media office. Local residents tell us there was fighting in the morning and then a fast collapse in the afternoon; some say local armed men rose up inside the town.

19:20 - GNA sources claim dozens of LNA fighters were captured and that Haftar's operations room in Gharyan was seized along with weapons and ammunition. We cannot verify the figures.

19:45 - If confirmed, this is the biggest setback for the LNA since its offensive began on April 4. Gharyan sits on the main supply road from the south to the Tripoli front.

Refresh for updates.
""")

add(G2, "2019-06-27", "Le Courrier du Maghreb", "Libya: the forces of the GNA take back Gharyan, severe blow for Marshal Haftar", """
Libya: the forces of the GNA take back Gharyan, severe blow for Marshal Haftar

By the editorial staff with agencies - Published the 27/06/2019 at 09h12

This site uses cookies to improve your experience. By continuing your navigation, you accept their use. OK | Learn more

The forces loyal to the Government of national union (GNA) of Fayez al-Sarraj announced Wednesday to have taken again the control of Gharyan, the city which served of rear base principal to the troops of the marshal Khalifa Haftar in their offensive towards Tripoli, launched the 4 April.

"Our forces control totally the city of Gharyan", declared in the evening a spokesperson of the pro-GNA forces, Mohamed Gnounou, affirming that the fighters had seized also of important quantities of weapons and munitions and that several dozens of combatants of the Libyan national army (ANL, self-proclaimed) had been made prisoners.

Gharyan, perched in the Djebel Nefoussa at approximately 100 kilometers at the south of the capital, had fallen without resistance into the hands of the pro-Haftar forces the first day of their offensive. The city served since then as center of command and of logistic for the front south of Tripoli.

According to local sources, the attack was launched at dawn from several axes, and was supported by an uprising of armed groups inside the city. Witnesses reported aerial strikes during the morning. The balance of the fights was not communicated Wednesday evening; a source at the hospital of the city spoke of at least eight dead, but other sources mention a much higher toll.

On the side of the ANL, no official reaction was immediately available. Pro-Haftar media affirmed that the forces had "withdrawn to reorganize" and promised a counter-attack. The marshal, who did not comment publicly, has mobilized for three months thousands of men on the southern outskirts of the capital without succeeding to break the defenses.

The fightings around Tripoli have made, according to the World Health Organization, more than 700 dead and about 100,000 displaced since the start of April. The UN envoy Ghassan Salamé multiplies the calls for a truce, without success. The two camps accuse foreign countries of arming the enemy: the GNA denounces the support of the United Arab Emirates and of Egypt to Haftar, while this one accuses Turkey of delivering drones and armored vehicles to Tripoli.

For several analysts, the fall of Gharyan could change the equation. "It is the most important loss for Haftar since the start of the offensive, it cuts the principal line of supply," estimated a Libyan researcher joined by telephone.

To read also
> Libya: Haftar rejects any cease-fire before the "liberation" of Tripoli
> Migrants: new shipwreck off the Libyan coasts
> Tunisia: the tourist season starts under surveillance

Share this article: Facebook | Twitter | Email
""")
