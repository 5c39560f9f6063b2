A = []
A.append(dict(group="hurghada_military_talks_2020_09_28", published="2020-09-28", outlet="Nile Gazette Online",
title="Hurghada hosts first direct security talks between Libyan military delegations under Egyptian care",
text="""Nile Gazette Online - Hurghada

The Red Sea city of Hurghada on Monday hosted security and military talks between delegations from the Libyan National Army and the Government of National Accord, in the first direct meeting of its kind on Egyptian soil, with the participation of the United Nations Support Mission in Libya.

The meetings, which include military and police officers from eastern and western Libya, are aimed at preparing the ground for the work of the Joint Military Commission known as 5+5, according to informed sources.

The sources said the agenda includes security arrangements in Sirte and al-Jufra, the protection of oil facilities and the role of the Petroleum Facilities Guard, in addition to confidence-building measures such as the release of detainees and the reopening of roads and airports between the regions.

UNSMIL thanked the Egyptian government for making the meetings possible and for its generous hospitality, and praised what it called the positive and proactive attitude of the two delegations aimed at de-escalation in central Libya.

Egypt has consistently called for a political solution that preserves the unity of Libya, the dismantling of militias and the departure of foreign mercenaries. President Abdel Fattah al-Sisi declared in June that the Sirte-Jufra line was a red line for Egyptian national security, and in July the House of Representatives in Egypt approved the possible deployment of the armed forces in missions abroad to defend national security in the western strategic direction.

Egyptian diplomatic sources said Cairo has kept channels open with all Libyan parties, and that it welcomed the lifting of the oil blockade announced by Field Marshal Khalifa Haftar earlier this month as a step that serves all Libyans.

The talks are expected to continue on Tuesday.

The meeting comes days after the resignation of the interim government in the east and the announcement by Fayez al-Sarraj that he will hand over his duties by the end of October, in addition to the understandings reached in Bouznika, Morocco, between the House of Representatives and the High Council of State.

Informed Egyptian sources said Cairo sees the Hurghada track as complementary to the UN efforts and to the outcomes of the Berlin conference held in January, and that the aim is to reach a permanent ceasefire, unify the military institution and restore the state's monopoly on arms.

Tags: Libya, Hurghada, Egypt, Libyan National Army, 5+5

We use cookies to improve your experience on our website. By continuing to browse, you agree to our use of cookies. Accept""" ))
A.append(dict(group="hurghada_military_talks_2020_09_28", published="2020-09-29", outlet="Meridian Press Agency",
title="Libyan rivals end Egypt security talks, call for prisoner swaps and reopened routes",
text="""CAIRO (MPA) - Military and police officers from Libya's two rival camps wrapped up two days of talks in the Egyptian Red Sea resort of Hurghada on Tuesday with a list of recommendations including prisoner releases and the reopening of air and land routes, the U.N. mission said.

The delegations, representing the Tripoli-based Government of National Accord (GNA) and the eastern forces of Khalifa Haftar, agreed to ask the 5+5 Joint Military Commission to resume face-to-face meetings as early as next week, the U.N. Support Mission in Libya (UNSMIL) said in a statement late on Tuesday.

They called for the immediate release of people detained because of their identity, and for all those detained during military operations to be exchanged before the end of October through specialised committees.

The two sides also urged an end to hate speech, a speedy reopening of air traffic and road links between Libyan cities, and referred the question of the Petroleum Facilities Guard, the force that protects oil sites, to the joint commission.

Security arrangements for an area to be defined later would be decided within the commission's framework, the statement said.

UNSMIL said it hoped the talks would help pave the way to a final and lasting ceasefire. It thanked Egypt, which has backed Haftar, for hosting the meeting.

The 5+5 commission, made up of five officers from each side, was set up after a Berlin summit in January but has met only intermittently.

The U.N.-recognised government and the eastern camp have been locked in a power struggle since 2014. Turkey backs the Tripoli government; the United Arab Emirates, Egypt and Russia have supported Haftar. The Berlin summit also committed foreign powers to respect a U.N. arms embargo, a pledge U.N. experts say has been widely ignored. A first round of talks in Geneva in February produced a draft ceasefire that was never signed.

The GNA and the eastern-based parliament announced separate ceasefires on Aug. 21. Since then, the two legislative bodies have held talks in Morocco, and on Sept. 18 Haftar said his forces would allow oil exports to resume after an eight-month blockade.

Libya has been in turmoil since the 2011 uprising that toppled Muammar Gaddafi.""" ))
A.append(dict(group="hurghada_military_talks_2020_09_28", published="2020-09-30", outlet="Sahel & Med Defence Insight",
title="ANALYSIS: Hurghada talks put Petroleum Facilities Guard and prisoner file on 5+5 agenda",
text="""Sahel & Med Defence Insight | Analysis | 30 September 2020

Key points
- Two days of UN-facilitated military and police talks between Libya's Government of National Accord (GNA) and the Libyan National Army (LNA) concluded in Hurghada, Egypt, on 29 September.
- The delegations referred the future of the Petroleum Facilities Guard (PFG) to the 5+5 Joint Military Commission (JMC) and called for prisoner exchanges before the end of October.
- The venue underlines Egypt's effort to position itself as a broker rather than solely as the LNA's patron.

Event
Delegations of officers from both camps met in the Red Sea resort from 28 to 29 September. According to the UN Support Mission in Libya (UNSMIL), they agreed a set of recommendations for the JMC: resuming face-to-face JMC meetings the following week; releasing those held on the basis of identity; exchanging people detained during military operations through dedicated committees; curbing hate speech; and reopening air and land links. Security arrangements in an area "to be defined at a later stage" - understood to mean the Sirte-Jufra line - were left to the JMC.

Analysis
The PFG question is the most consequential item. The force is nominally a single national body but has been fragmented along regional and tribal lines since 2013. Units in the oil crescent aligned with the LNA played a central role in the blockade of fields and terminals that began in January, which LNA commander Khalifa Haftar said on 18 September would be lifted. The National Oil Corporation (NOC) has insisted on the removal of armed groups and foreign personnel, including Russian private military contractors, from its facilities before full operations resume. Referring the PFG to the JMC is therefore a way of linking oil security to any ceasefire architecture.

The prisoner recommendation is the most achievable in the short term. Local exchanges mediated by elders have taken place throughout the conflict, and a JMC-supervised process would offer both sides an early, visible result.

Egypt's role is notable. Cairo backed the LNA's 2019-20 offensive on Tripoli and in June warned that an advance on Sirte or Jufra would be a red line. Hosting GNA officers in Hurghada signals a broadening of Egyptian engagement, and follows reported contacts between Egyptian and Turkish intelligence services.

Outlook
Expect a JMC round within weeks, most likely in Geneva. Key indicators will be the opening of the coastal road between Misrata and Sirte, the resumption of flights between Tripoli and Benghazi, and any movement on the withdrawal of foreign fighters - Turkish-sponsored Syrian combatants on the GNA side and Wagner Group personnel with the LNA - which neither delegation publicly addressed.

(c) Sahel & Med Defence Insight. Subscriber content. Redistribution prohibited.""" ))
A.append(dict(group="bouznika_second_round_agreement_2020_10_06", published="2020-10-07", outlet="Asia Wire Digest",
title="Libyan rivals reach understandings on sovereign posts at end of 2nd Bouznika round",
text="""Rabat, (Asia Wire Digest / Agency - 7th Oct, 2020 ) : Delegations from Libya's two rival legislative bodies concluded a second round of talks in the Moroccan town of Bouznika late on Tuesday, saying they had reached comprehensive understandings on the rules and criteria for selecting the heads of the country's sovereign institutions.

In a final statement, the delegations of the House of Representatives and the High Council of State said the round, which began on Friday, had taken place in an atmosphere of responsibility in which the interest of the country prevailed.

The understandings concern Article 15 of the Libyan Political Agreement signed in Skhirat in 2015, which covers seven key posts including the governor of the Central Bank, the head of the Audit Bureau and the chairman of the electoral commission.

The delegations said the record of their agreements would be submitted to the heads of the two chambers so that they could proceed with renewing the leadership of the institutions.

Moroccan Foreign Minister Nasser Bourita welcomed the results, describing the Libyan-Libyan format of the talks as a successful approach.

The first round of the Bouznika talks was held from September 6 to 10.

The talks were delayed several times in late September because of disagreements over the agenda and the composition of the delegations, sources said.

The Bouznika track runs alongside UN-facilitated military talks, which met in Egypt's Hurghada last month, and a planned political dialogue forum. Libya has been divided between rival administrations in Tripoli and the east since 2014.

- AWD/MAP""" ))
