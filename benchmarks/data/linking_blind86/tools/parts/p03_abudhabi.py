G = "abu_dhabi_sarraj_haftar_election_agreement_2019_02_27"

ARTICLES = [
dict(group=G, published="2019-02-28", outlet="Meridian Press",
title="Libya's Serraj, Haftar agree on need for elections in Abu Dhabi talks - UN",
text="""TRIPOLI (MP) - Libya's internationally recognised prime minister Fayez al-Serraj and eastern commander Khalifa Haftar have agreed on the need to end the country's long transition through general elections, the United Nations said on Thursday, after the two met in Abu Dhabi.

The meeting on Wednesday in the United Arab Emirates was the first confirmed encounter between the rivals since they shook hands at a conference in Palermo, Sicily, in November. It was held at the invitation of U.N. envoy Ghassan Salame, who attended.

The two men agreed "on the need to end the transitional stages in Libya through general elections," the U.N. Support Mission in Libya (UNSMIL) said in a post on Twitter, adding that they had also discussed ways to preserve stability and unify the country's institutions.

A spokesman for Serraj confirmed the meeting took place but said no date for a vote had been set. He said Serraj had stressed that there could be no military solution and that the armed forces must be under civilian authority. There was no immediate comment from Haftar's Libyan National Army (LNA).

The U.N. gave no further details and no photographs of the meeting were released. A spokesman for Secretary-General Antonio Guterres said discussions were continuing on how to move the plan for elections forward.

The talks came as Haftar's forces have expanded their control in the south of the country, where they launched a campaign in January and took over the Sharara oilfield, Libya's largest, earlier this month. Serraj also met National Oil Corporation chairman Mustafa Sanalla in Abu Dhabi, and the two discussed lifting a force majeure on Sharara, which has been shut since December.

It was the second time the two men had met in the UAE, after talks in Abu Dhabi in May 2017. They have also met twice in France and once in Italy.

Control of oil revenue, which flows through the Tripoli-based central bank and state oil firm, remains one of the main sources of friction between the two camps.

The UAE is one of Haftar's main foreign backers.

Western powers and the U.N. have been trying for almost two years to organise elections. A target date of Dec. 10, 2018, agreed at a Paris summit in May, lapsed amid disputes over the legal basis for a vote. Salame has since been preparing a national conference inside Libya to agree a path to the polls.

In Palermo, Haftar skipped the main sessions but met Serraj on the sidelines, and diplomats said he signalled he would not seek Serraj's removal before a vote. Salame said at the time that a national conference would be held early this year, followed by elections in the spring. No date for the conference has yet been announced.

Libya has been in turmoil since a NATO-backed uprising toppled Muammar Gaddafi in 2011. It has since been split between rival governments and parliaments in Tripoli and the east, with armed groups holding sway on the ground.
"""),

dict(group=G, published="2019-03-01", outlet="Tripoli Dispatch",
title="Al-Sarraj in Abu Dhabi: no to militarisation of the state, yes to elections",
text="""Tripoli Dispatch

Home / Politics

Al-Sarraj in Abu Dhabi: no to militarisation of the state, yes to elections

By Staff writer - Friday, 1 March 2019

The Head of the Presidential Council, Fayez Al-Sarraj, stressed during his meeting with the commander of the forces of eastern Libya Khalifa Hafter in Abu Dhabi on Wednesday that the state must be governed by a civilian authority and that there is no military solution to the Libyan crisis, the Presidential Council's media office said.

The meeting, which took place at the invitation of the UN envoy Ghassan Salame and in his presence, was announced by the UN Support Mission in Libya on Thursday evening. UNSMIL said that the two sides agreed on the need to end the transitional phase through general elections and on ways to keep stability in the country and unify its institutions.

The spokesman of Al-Sarraj, Mohammed Al-Sallak, said that the Head of the Presidential Council underlined three points: the necessity of preserving the civil character of the state, going to elections and ending the transitional bodies, and unifying the institutions of the state. He added that Al-Sarraj also called for an end to the media campaigns of hate and incitement and for the protection of civilians at all times.

Al-Sallak denied that any date for the elections had been agreed, and he did not mention any arrangements regarding the command of the army, which has been the main point of dispute between the two sides since the Skhirat agreement of 2015.

Al-Sarraj arrived in the Emirati capital on Monday at the invitation of UAE officials. During the visit he also met the Chairman of the National Oil Corporation Mustafa Sanallah, and the two discussed the resumption of production at the Sharara field, which was taken over by Hafter's forces earlier this month as part of their military campaign in the south.

The Hafter side did not issue any official statement about the meeting, and media outlets close to him had denied in recent days that any meeting would take place, saying Hafter refused to put the armed forces under a civilian authority.

The Presidential Council was formed under the political agreement signed in Skhirat in December 2015 and began working from Tripoli in March 2016, but the House of Representatives in Tobruk has never granted confidence to its government.

The meeting is the first between the two men since the Palermo conference in November, where they shook hands in the presence of Italian Prime Minister Giuseppe Conte, and it comes amid growing worry in Tripoli about the expansion of Hafter's forces in the Fezzan.

Several observers in the capital warned that any understanding must not give a cover to the militarisation of the state or reward the use of force, and they recalled that the elections agreed in Paris last May for 10 December never took place.

Related posts
Salame: national conference to be held in the coming weeks
Tripoli mayors meet Presidential Council on services

Exit mobile version
"""),
]
