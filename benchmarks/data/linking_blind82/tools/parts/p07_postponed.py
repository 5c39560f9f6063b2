G = "lavrov_shoigu_istanbul_visit_postponed_2020_06_14"

ARTICLES = [
dict(group=G, published="2020-06-14", outlet="Meridian Press Agency",
title="Russian ministers' Istanbul talks on Libya, Syria postponed at last minute",
text="""ISTANBUL (MPA) - A visit by Russia's foreign and defence ministers to Turkey for talks on Libya and Syria, due on Sunday, has been postponed, the Turkish Foreign Ministry said, hours after Ankara had confirmed the meeting.

Turkish Foreign Minister Mevlut Cavusoglu and his Russian counterpart Sergei Lavrov agreed in a telephone call on Sunday that ministerial talks would be held "at a later date," the ministry said in a statement. Contacts between the two countries' deputy ministers would continue in the meantime, it said. No reason was given.

Lavrov and Defence Minister Sergei Shoigu had been expected in Istanbul to meet Cavusoglu and Turkish Defence Minister Hulusi Akar, under an understanding reached between Presidents Tayyip Erdogan and Vladimir Putin. The Russian Foreign Ministry confirmed the postponement and said work to prepare the meeting would continue.

Russia and Turkey back opposing sides in Libya. Turkish military support has helped the Tripoli-based Government of National Accord (GNA) drive eastern commander Khalifa Haftar's forces from the capital's outskirts in recent weeks, while Russia has backed Haftar. Moscow welcomed an Egyptian ceasefire initiative announced in Cairo on June 6, which Ankara has dismissed.

Libya has been split since 2014 between rival administrations in the east and the west. Haftar's forces launched their offensive on Tripoli in April 2019.

(Reporting by MPA Istanbul bureau)"""),

dict(group=G, published="2020-06-15", outlet="Nile Gazette",
title="Russian-Turkish meeting on Libya postponed as Ankara rejects the Cairo Declaration",
text="""We use cookies to ensure you get the best experience on our website. By continuing you agree to our Privacy Policy. ACCEPT

Nile Gazette - Arab World

Russian-Turkish meeting on Libya postponed as Ankara rejects the Cairo Declaration

Cairo - Nile Gazette

A meeting of the Russian and Turkish foreign and defence ministers that had been scheduled in Istanbul on Sunday to discuss the crises in Libya and Syria was postponed at the last minute, in a sign of the deep differences between Moscow and Ankara over the Libyan file.

The Turkish Foreign Ministry said in a statement that Foreign Minister Mevlut Cavusoglu and his Russian counterpart Sergei Lavrov had agreed in a phone call to hold the meeting at a later date, and that contacts would continue at the level of deputy ministers. Lavrov and Defence Minister Sergei Shoigu had been expected to arrive in Istanbul on Sunday to meet Cavusoglu and Defence Minister Hulusi Akar.

The postponement came a week after the announcement of the Cairo Declaration, the initiative launched by President Abdel Fattah al-Sisi on June 6 in the presence of Field Marshal Khalifa Haftar and Speaker of the Libyan House of Representatives Aguila Saleh. The initiative calls for a ceasefire, the departure of foreign mercenaries from all Libyan territory, the dismantling of the militias and the handing over of their weapons, and a political process leading to a new presidential council representing the three regions.

Russia welcomed the Egyptian initiative, as did the United Arab Emirates, Saudi Arabia, Jordan and other Arab states. Turkey, however, rejected it. Cavusoglu told a Turkish newspaper last week that the initiative was "stillborn" and accused its sponsors of trying to save Haftar.

Ankara, encouraged by the advances of the militias of the Government of National Accord around Tripoli and Tarhuna with the support of Turkish drones and Syrian mercenaries, has backed the Tripoli government's declared aim of taking Sirte and the Jufra air base, while Moscow has called for an immediate ceasefire.

Forces allied to the Tripoli government tried last week to advance toward Sirte but were repelled by the Libyan National Army, which said it had inflicted heavy losses on the attackers west of the city.

Egypt has warned repeatedly that its national security is linked to the security of Libya and its long western border.

The Libyan National Army withdrew from Tarhuna and the southern outskirts of Tripoli at the beginning of June, saying it was repositioning its forces, and has since concentrated them around Sirte and the Jufra air base, where it says it is ready to repel any attack.

The Libyan file is one of the main topics of contact between Moscow and Ankara, which in January launched a joint call for a ceasefire from Istanbul and then hosted the two Libyan sides in Moscow, where the Field Marshal refused to sign a document he considered biased toward the Tripoli militias.

Related:
Cairo Declaration: Arab and international welcome for Egypt's initiative
Libyan army repels militia attack west of Sirte
Sisi meets Aguila Saleh and Haftar in Cairo"""),

dict(group=G, published="2020-06-15", outlet="Arab Horizon News",
title="Postponement of the visit of Lavrov and Shoigu to Istanbul .. and Ankara: there is no crisis with Moscow over Libya",
text="""[ad_1]

The visit of the Russian foreign and defense ministers to Istanbul, which was scheduled yesterday, Sunday, to discuss the Libyan and Syrian files, was postponed at the last moment, and the Turkish Foreign Minister, Mevlut Cavusoglu, said today, Monday, that the postponement is not due to a crisis between the two countries regarding Libya, stressing that there are no differences on the basic principles.

The Turkish Foreign Ministry had announced yesterday, Sunday, the postponement of the visit of Russian Foreign Minister Sergei Lavrov and Defense Minister Sergei Shoigu to Istanbul, which was to discuss the Libyan and Syrian files, after a phone call between Cavusoglu and Lavrov, in which they agreed to hold the ministerial talks at a later date, and to continue the contacts between the deputy ministers of the two countries.

Cavusoglu explained in statements during a press conference with his Iranian counterpart Mohammad Javad Zarif in Istanbul that the postponement came because of the need for more consultations with the parties on the ground in order to reach a lasting ceasefire, and that the two countries will continue their joint efforts in this regard.

The Russian Foreign Ministry had said in a separate statement that the two sides are working actively to support a settlement in Libya, without giving the reasons for the postponement.

The visit of the two Russian ministers had been announced on Saturday evening, on the basis of an agreement between Presidents Recep Tayyip Erdogan and Vladimir Putin, and it was expected that they would meet their Turkish counterparts Cavusoglu and Hulusi Akar.

It is worth mentioning that Russia supports the forces of Marshal Khalifa Hifter, while Turkey supports the Government of National Accord (Al-Wefaq) headed by Fayez al-Sarraj, whose forces managed in the past weeks to regain control of the whole of the capital Tripoli and the city of Tarhuna, the last stronghold of Hifter's forces in the west of the country.

It is also worth mentioning that Ankara rejected the Egyptian initiative known as the "Cairo Declaration", which was announced on the sixth of this June and called for a ceasefire starting from the eighth of June, while Moscow welcomed it.

It is worth mentioning that the United Nations Support Mission in Libya announced on the tenth of June that the two parties had begun to engage in a new round of talks of the Joint Military Committee (5+5) via video conference, in order to reach a ceasefire agreement.

The two countries had launched, on the eighth of January last, a joint call from Istanbul for a ceasefire in Libya, before the Libyan parties met in Moscow on the thirteenth of the same month, in talks that ended without Hifter signing the agreement.

Read also: Al-Wefaq forces find mass graves in Tarhuna .. and the United Nations demands an investigation
Read also: Egypt: the Cairo Declaration is the basis of any political solution in Libya

[ad_2]"""),
]
