EXTRAS = [
("coalition_launches_first_strikes", "Agence Euromonde", "The strikes mark the largest",
"""On Friday, hours after the UN vote, Foreign Minister Moussa Koussa had announced an immediate ceasefire. But rebels and Western governments said government forces kept shelling Misrata and Ajdabiya and moved on Benghazi overnight. US President Barack Obama set out terms on Friday, demanding that Kadhafi's troops stop their advance on Benghazi and pull back from Ajdabiya, Misrata and Zawiya.

In Benghazi, residents who had spent the morning hiding from shelling cheered as news of the French strikes spread. "We were waiting for them for a month," said a rebel spokesman. The Libyan government said its troops had not entered the city and accused the rebels of breaking the ceasefire."""),

("opposition_launches_national_council", "Agence Euromonde", "Washington said on Sunday",
"""Benghazi, Libya's second city with about one million people, fell to the protesters on February 20 after troops at the main barracks gave up following days of clashes in which dozens were killed. Since then local committees of lawyers, doctors, teachers and businessmen have run services, while defected soldiers and volunteers man checkpoints on the roads west and south.

The announcement of the council also aims to counter the regime's claim that the east is controlled by Islamist emirates, a claim Gaddafi has made in several speeches. Opposition leaders in Benghazi say they want a unified, democratic Libya with Tripoli as its capital."""),

("unsc_adopts_resolution_1973", "Free Libya Bulletin", "Council chairman Mustafa Abdel Jalil",
"""The road to this night was long. The revolution asked for a no-fly zone almost from its first week, when the brigades used aircraft against the protesters in Benghazi and Tripoli. On 26 February the Security Council froze the money of the Gaddafi family and sent the file to the International Criminal Court, but did not stop the planes. On 12 March the Arab League asked the council to act, and France, which recognised the Transitional National Council on 10 March, led the campaign in New York with Britain and Lebanon.

In the same days the revolutionaries lost Ras Lanuf and Brega, and the brigades reached Ajdabiya, the gate of Benghazi. The council said many young men were martyred in the desert between the oil towns."""),

("london_conference_on_libya", "Wirefront Live", "09.00 GMT:",
"""09.45 GMT: A reminder of how we got here. Resolution 1973 was passed on 17 March; French jets went in on 19 March; NATO agreed on Sunday to take over the whole operation from the US-led coalition. The rebels retook Ajdabiya on Saturday and raced west, but today's reports from the front suggest that advance has stalled.

"""),

("unsc_adopts_resolution_1970", "Al-Sahil TV Net", "It is worth mentioning that the Libyan revolution",
"""And in Tripoli, witnesses said that the security forces opened fire yesterday on demonstrators who came out after the Friday prayer in the neighbourhoods of Fashloum and Souq al-Jumaa, and that a number of dead fell, while the state television showed pictures of supporters of the Libyan leader in the Green Square. The Libyan leader had appeared on Friday evening over the walls of the old castle and called his supporters to prepare to defend the nation and said that the weapons depots will be opened for them.

"""),
]
