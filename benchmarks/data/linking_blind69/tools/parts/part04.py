# Event: Erdogan says Turkish troops are gradually deploying to Libya (CNN Turk interview, 5 Jan 2020)
G = "erdogan_says_turkish_troops_deploying_to_libya_2020_01_05"

ARTICLES = [
dict(group=G, published="2020-01-07", outlet="Defence Horizons Review",
title="Analysis: Turkey's 'gradual' Libya deployment - advisers first, and a long supply line",
text="""DEFENCE HORIZONS REVIEW | Land & Air Operations | 7 January 2020

Turkish President Recep Tayyip Erdogan confirmed on Sunday evening (5 January) that Turkish military personnel had begun moving to Libya, three days after parliament in Ankara granted a one-year mandate for a deployment in support of the Government of National Accord (GNA) in Tripoli.

"Our soldiers' duty there is coordination. They will develop the operation centre there. Our soldiers are gradually going right now," Erdogan told the broadcaster CNN Turk. He said the aim of the Turkish armed forces was not to fight but to support the legitimate government and avoid a humanitarian tragedy, and indicated that senior officers, including a general, would be among those sent.

The president did not give numbers, and the Turkish General Staff has released no details. Read closely, however, his remarks and the text of the parliamentary motion point to a phased model that Turkish planners have used before.

Phase one: command and coordination

The first element is almost certainly a joint operations and coordination cell in Tripoli, staffed by Turkish officers and linked to GNA-aligned commanders. Its job would be to integrate assets Turkey has already supplied, manage intelligence, surveillance and reconnaissance, and deconflict operations across a front that is held by a patchwork of armed groups from Tripoli, Misrata, Zawiya and elsewhere rather than a unified army.

Turkish hardware is already in theatre. Armoured vehicles of Turkish manufacture were photographed being unloaded at Tripoli port in May 2019, and Turkish-made armed drones have operated from the capital's Mitiga airport for months, according to UN sanctions monitors and open-source analysts. Several have been lost to air strikes or shot down. A Turkish cell on the ground would be expected to improve the sustainment and tasking of those systems.

Phase two: air defence and electronic warfare

The GNA's most acute vulnerability is in the air. The Libyan National Army (LNA) of Khalifa Hifter has enjoyed persistent drone coverage over southern Tripoli, and UN experts have attributed Chinese-designed Wing Loong drones operating on the LNA side to the United Arab Emirates. The deadly strike on a Tripoli military school on Saturday night, which killed some 30 cadets, underlined the point, although the LNA denies responsibility.

Erdogan's reference to "different teams" suggests Ankara may add air-defence and electronic-warfare specialists, possibly with short-range systems, to protect Mitiga and Misrata airfields and key sites in the capital. That would also protect Turkey's own personnel.

The logistics problem

Any Turkish commitment beyond advisers faces a hard constraint: distance. Tripoli lies roughly 2,000 km from Turkey's southern coast, with no friendly land route and the airspace of Egypt, a firm Hifter ally, off limits on the most direct path. Air bridges would depend on Mitiga, the capital's only functioning airport, which the LNA has repeatedly shelled, and on Misrata. Sea lift to Tripoli and Misrata ports is feasible but exposed, and any naval escort would operate close to waters where Greece, Egypt and Cyprus have contested Turkey's new maritime deal with the GNA.

The mercenary question

Unconfirmed reports by monitoring groups since late December have claimed that Syrian opposition fighters from groups backed by Turkey are being recruited for Libya. Ankara has not confirmed this. If true, it would give Turkey a ground component without large numbers of its own soldiers at risk, mirroring, in reverse, the role that Russian Wagner contractors have played on Hifter's side since the autumn.

What to watch

Three indicators will show how far Ankara intends to go: the appearance of Turkish air-defence systems in Tripoli; a sustained increase in cargo flights between Turkey and western Libya; and any naval task group off the Libyan coast. Erdogan is due to receive Vladimir Putin in Istanbul on Wednesday (8 January). Moscow, which denies any state role in Libya, will be watching the same indicators.

Related coverage: Turkish parliament passes one-year Libya mandate | UAE-supplied drones and the Tripoli air war"""),

dict(group=G, published="2020-01-06", outlet="Vostok News Agency",
title="Erdogan says Turkish military units moving to Libya",
text="""ANKARA, January 6 (Vostok) - Turkish servicemen have started to leave for Libya to support the Government of National Accord (GNA) headed by Fayez Sarraj, Turkish President Recep Tayyip Erdogan said in an interview with CNN Turk television on Sunday evening.

"Our soldiers are gradually going right now," Erdogan said, explaining that the task of the Turkish military is coordination and the setting up of an operations centre. According to him, the purpose of the Turkish armed forces in Libya is not combat but support for the legitimate government.

The Turkish parliament approved the dispatch of troops to Libya on January 2. The mandate is valid for one year.

Libya is divided between two centres of power: the GNA in Tripoli in the west and the parliament in the east, which is supported by the Libyan National Army (LNA) of Field Marshal Khalifa Haftar. Since April 2019, the LNA has been conducting an operation to take Tripoli.

Erdogan also confirmed that he would receive Russian President Vladimir Putin in Turkey on January 8. The two leaders are expected to take part in the ceremony of launching the TurkStream gas pipeline and discuss regional issues, including Syria and Libya.

Moscow has repeatedly called on all parties to the Libyan conflict to cease hostilities and begin a political dialogue.

Subscribe to Vostok News on Telegram
All materials are copyright Vostok News Agency. Use only with a hyperlink."""),
]
