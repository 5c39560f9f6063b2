A = []
A.append(dict(group="first_tripoli_benghazi_flight_2020_10_16", published="2020-10-16", outlet="RusInform International",
title="First flight in more than a year links Tripoli and Benghazi",
text="""MOSCOW, October 16 - RusInform. The Libyan state airline Afriqiyah Airways on Friday carried out the first flight in more than a year between the capital Tripoli, controlled by the Government of National Accord (GNA), and Benghazi, the main city of the east, where the Libyan National Army of Marshal Khalifa Haftar is based, local media reported.

The aircraft departed in the morning from Mitiga airport and landed at Benina airport. On board were representatives of the airline and of the civil aviation and airports authorities subordinate to the GNA transport ministry, who will assess the technical condition of Benina and prepare the resumption of regular traffic.

Earlier, the airline said that regular flights between the two cities would start on October 23, twice a week.

According to the Al Wasat newspaper, an understanding on restoring air links was reached during the consultations of Libyan military representatives in the Egyptian city of Hurghada at the end of September.

Moscow has repeatedly welcomed the steps of the Libyan parties towards dialogue.

The resumption of air traffic between west and east follows the lifting of the blockade on oil facilities announced by Haftar on September 18, after an agreement with the deputy head of the Presidential Council, Ahmed Maiteeg. In the middle of September Fayez Sarraj said he was ready to transfer his powers to a new executive by the end of October.

The 5+5 military commission is due to meet in Geneva next week. Russian Foreign Minister Sergei Lavrov said earlier that Russia maintains contacts with all Libyan sides, both in Tripoli and in the east, and supports a political settlement on the basis of the decisions of the Berlin conference.

Libya after the overthrow and killing of Muammar Gaddafi in 2011 has ceased to function as a single state. In the east of the country the parliament elected by the people operates, and the army of Haftar is allied with it; in the west, in Tripoli, the Government of National Accord headed by Fayez Sarraj rules, which is supported by Turkey.""" ))
A.append(dict(group="geneva_permanent_ceasefire_2020_10_23", published="2020-10-23", outlet="Meridian Press Agency",
title="Libya's warring sides sign 'permanent' nationwide ceasefire in Geneva",
text="""GENEVA (MPA) - Military delegations from Libya's two main warring camps signed a permanent, nationwide ceasefire on Friday after five days of U.N.-hosted talks, agreeing that foreign fighters and mercenaries should leave the country within three months.

The agreement, signed at the Palais des Nations by five officers from each side of the 5+5 Joint Military Commission, takes effect immediately, the U.N. said.

"This is a good day for the Libyan people," the acting U.N. envoy for Libya, Stephanie Williams, told reporters after the signing ceremony, adding that hard work lay ahead to implement the commitments.

Williams said all military units and armed groups on the front lines would return to their bases, and that the departure of all mercenaries and foreign fighters from Libyan land, air and sea would follow within a maximum of three months. Foreign military training on Libyan soil would also be suspended until a new unified government takes office, she said.

The document was signed for the Tripoli-based Government of National Accord (GNA) by Ahmed Abushahma and for the eastern-based forces of Khalifa Haftar by Amhimmid Mohamed Alamam, according to images released by the U.N.

U.N. Secretary-General Antonio Guterres welcomed the deal as a fundamental step toward peace and stability, and urged foreign powers to respect it. Germany, Italy and Britain also welcomed the accord.

Earlier in the week the two sides agreed to reopen air and land routes across the country, to work on easing inflammatory rhetoric in the media, and to cooperate on restarting oil production. A flight between Tripoli and Benghazi, the first in more than a year, landed last Friday.

The military talks will be followed by a political forum in Tunisia in early November that the U.N. hopes will produce a unified executive and a path to elections.

The U.N.-recognised government and the eastern camp have been locked in a power struggle since 2014. A Berlin summit in January committed foreign powers to respect a U.N. arms embargo, a pledge U.N. experts say has been widely ignored.

In Tripoli, Prime Minister Fayez al-Sarraj has said he intends to hand over power by the end of this month, once a new executive is chosen. Haftar lifted an eight-month blockade of oil facilities in September, and output has been climbing since.

Haftar's 14-month offensive on Tripoli collapsed in June after Turkey stepped up military support for the GNA. Russia, the United Arab Emirates and Egypt have backed Haftar. The U.N. estimates there are thousands of foreign fighters in the country, including Syrians brought in by Turkey and Russian private military contractors.

Libya has been in turmoil since the 2011 uprising that toppled Muammar Gaddafi.""" ))
A.append(dict(group="geneva_permanent_ceasefire_2020_10_23", published="2020-10-23", outlet="RusInform International",
title="Moscow welcomes Libya ceasefire agreement signed in Geneva",
text="""MOSCOW, October 23 - RusInform. Representatives of the Libyan National Army (LNA) and the Government of National Accord (GNA) on Friday in Geneva signed an agreement on a permanent ceasefire throughout Libya, the UN Support Mission in Libya reported.

The agreement was reached at the fourth round of the 5+5 Joint Military Commission, which includes five representatives of each side. According to the acting special representative of the UN Secretary-General, Stephanie Williams, the parties agreed that all military units and armed groups will return to their bases, and that foreign mercenaries and fighters will leave Libya within three months.

A source in the Russian Foreign Ministry told RusInform that Moscow positively assesses the results of the Geneva meeting and considers the agreement an important step toward a sustainable political settlement. Russia has consistently called for a ceasefire and for an inclusive Libyan dialogue without preconditions.

The Russian side has repeatedly rejected claims by Western media and the GNA about the presence of Russian military personnel in Libya. At the same time, Moscow has drawn attention to the transfer by Turkey of militants from Syria to the territory of Libya.

The next stage of the settlement should be the Libyan political dialogue forum, which is due to begin in Tunisia in November.

Libya after the overthrow and killing of Muammar Gaddafi in 2011 has ceased to function as a single state. In the east of the country the parliament elected by the people operates, and the army of Haftar is allied with it; in the west, in Tripoli, the Government of National Accord headed by Fayez Sarraj rules, which is supported by Turkey.

Read also: Lavrov and Cavusoglu discussed the situation in Libya and Nagorno-Karabakh by phone""" ))
