# Event: first round of the 5+5 Joint Military Commission opens in Geneva, 3 February 2020
G = "jmc_5plus5_geneva_first_round_opens_2020_02_03"

ARTICLES = [
dict(group=G, published="2020-02-03", outlet="PR Relay Network",
title="UNSMIL: Libyan 5+5 Joint Military Commission begins its first meeting in Geneva",
text="""PRESS RELEASE

Geneva, 3 February 2020 - The United Nations Support Mission in Libya (UNSMIL) announces that the first meeting of the 5+5 Joint Military Commission began today at the Palais des Nations in Geneva.

Five senior officers appointed by the Government of National Accord and five senior officers appointed by the command of the Libyan National Army are taking part in the talks, which are facilitated by the Special Representative of the Secretary-General and Head of UNSMIL, Dr. Ghassan Salame.

The establishment of the Commission was among the outcomes of the International Conference on Libya held in Berlin on 19 January 2020. Its task is to negotiate the conditions of a lasting ceasefire, including the mechanisms to monitor it, the separation of forces and confidence-building measures.

The military track is one of three intra-Libyan tracks facilitated by the Mission, alongside the economic and financial track and the political track.

UNSMIL welcomes the participation of both delegations and calls on all parties to respect the truce in force since 12 January 2020, to refrain from any action that could undermine the talks, and to protect civilians. The Mission also reiterates its call on all states to respect the arms embargo, in line with the commitments made in Berlin.

The Mission will provide further information as the talks progress.

About UNSMIL: The United Nations Support Mission in Libya is a special political mission established in 2011 by the Security Council.

Media contact: UNSMIL Spokesperson's Office
Distributed by PR Relay Network
###"""),

dict(group=G, published="2020-02-04", outlet="Meridian Press Agency",
title="UN envoy sees 'genuine will' as Libyan military talks open in Geneva",
text="""GENEVA (MPA) - Military officers from Libya's two warring camps have agreed in principle to turn a shaky truce around Tripoli into a lasting ceasefire, U.N. envoy Ghassan Salame said on Tuesday, as the first round of talks between them got under way in Geneva.

Five officers appointed by the Tripoli-based Government of National Accord (GNA) and five named by eastern commander Khalifa Haftar began meeting on Monday at the United Nations in the so-called 5+5 Joint Military Commission, a body agreed at last month's Berlin summit.

"There is a genuine will to start negotiating," Salame told reporters during a break in the sessions. He said the principle of converting the truce into a real agreement had been accepted at the first session, and that the question now was under what conditions.

The two delegations have so far not sat in the same room, with Salame shuttling between them, but he said he hoped they would eventually do so. It was the first time in a long time that such senior officers from both sides had taken part in talks, he said.

The meeting had been due to take place last week but was delayed after Haftar's side failed to send its delegation. Salame travelled to the eastern city of Benghazi on Saturday to meet Haftar, who then confirmed his officers would attend.

Salame also said the commitments made in Berlin to halt arms deliveries were not being respected. New mercenaries and weapons were still arriving in Libya by air and by sea, he said, for both sides.

The truce, brokered by Russia and Turkey, has been in place since Jan. 12 but has been repeatedly violated. On Sunday, fighting flared near al-Washka, between Misrata and Sirte, with forces aligned with the GNA carrying out air strikes, according to residents and local media. Tripoli's Mitiga airport has also been closed several times by shelling in recent weeks.

The commission was set up under the conclusions of the Jan. 19 Berlin conference, where leaders of countries including Russia, Turkey, Egypt, the United Arab Emirates and France pledged to stop interfering in the conflict and to respect the U.N. arms embargo. Haftar left earlier talks in Moscow on Jan. 14 without signing a ceasefire text that Sarraj had accepted.

The military talks are one of three tracks in the U.N. plan. Salame said an economic track would meet in Cairo on Sunday, while a political dialogue was expected to follow later this month in Geneva.

Haftar's forces have besieged Tripoli since April 2019. The fighting has killed more than 1,000 people and displaced about 140,000, according to U.N. figures.

Libya has had no stable central authority since a NATO-backed uprising toppled and killed Muammar Gaddafi in 2011. Since 2014 it has been split between rival camps based in Tripoli and in the east, each backed by armed groups and foreign governments. Haftar's LNA is supported by the United Arab Emirates and Egypt and, according to diplomats, Russian private military contractors; Turkey backs the internationally recognised GNA in Tripoli.

(Reporting by MPA Geneva bureau; editing by Tom Aldridge)"""),

dict(group=G, published="2020-02-05", outlet="Tripoli Voice",
title="Army delegation in Geneva talks as Haftar's militias keep up violations",
text="""Tripoli Voice | Politics

The military delegation of the Government of National Accord (GNA) is continuing its participation in the talks of the Joint Military Commission in Geneva, which started on Monday under the auspices of the UN mission, while the forces of war criminal Khalifa Haftar have continued to violate the truce on several fronts.

The talks bring together five officers representing the Libyan army affiliated with the GNA and five officers representing Haftar's forces, in what is known as the 5+5 committee. The two delegations are not meeting face to face, and UN envoy Ghassan Salame is holding separate meetings with each side.

Salame told journalists in Geneva on Tuesday that there is a genuine will from both sides to start negotiating, and that the principle of transforming the truce into a lasting ceasefire has been agreed, while the conditions remain under discussion. He also acknowledged that mercenaries and weapons continue to arrive in the country despite the pledges made in Berlin.

The Presidential Council headed by Fayez Al-Serraj has repeatedly said that any permanent ceasefire must guarantee the return of the attacking forces to the places they came from, the return of displaced families to their homes in the southern suburbs of Tripoli, and an end to the presence of foreign mercenaries fighting alongside Haftar, including Russian Wagner operatives and fighters from Sudan and Chad.

Meanwhile, the media office of the Volcano of Rage operation said Haftar's militias had shelled residential areas south of the capital in recent days, and Mitiga International Airport, the only functioning airport in Tripoli, suspended flights again after being targeted by rockets. Fighting was also reported on Sunday in the area of al-Washka, west of Sirte.

Last month, Haftar's forces took control of Sirte after a local armed group switched sides, days after a strike on the military college in Tripoli's Hadaba district on January 4 killed dozens of young cadets, an attack the GNA blamed on Haftar and his foreign backers.

Haftar had refused to send his officers to Geneva last week, and only agreed after meeting Salame in Rajma, east of Benghazi, on Saturday.

The Geneva talks are the military track of the process launched by the Berlin conference on January 19, which Al-Serraj and Haftar attended without meeting. The economic track is scheduled to meet in Cairo, and the political dialogue later in Geneva.

Haftar launched his aggression on Tripoli on April 4, 2019, with the support of the UAE, Egypt and Russian mercenaries. More than a thousand people have been killed and about 140,000 displaced since then, according to UN figures.

The Government of National Accord was formed under the Libyan Political Agreement signed in Skhirat, Morocco, in December 2015, and is the only government recognised by the UN Security Council."""),
]
