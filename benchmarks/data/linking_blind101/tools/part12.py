# Event 12 (cont.) and Event 13: parliament extends Libya mandate again (2022-06-21)
G12="cavusoglu_akar_fidan_delegation_visits_tripoli_2021_05_03"
G13="turkish_parliament_extends_libya_mandate_again_2022_06_21"
PART = [
dict(group=G12, published="2021-05-03", outlet="Levant & Maghreb Live",
title="Libyan FM presses Turkey on foreign forces as Cavusoglu, Akar land in Tripoli – Middle East live",
text="""Middle East and North Africa live – Monday 3 May

Last updated: 03/05/2021 17:55

17:50 Mangoush to Cavusoglu: foreign forces must go

Libya's foreign minister Najla Mangoush has used a joint press conference with her Turkish counterpart to call on Ankara to cooperate in ending the presence of all foreign forces and mercenaries in the country.

A big Turkish delegation flew into Tripoli this morning: foreign minister Mevlut Cavusoglu, defence minister Hulusi Akar, intelligence chief Hakan Fidan and chief of general staff Yasar Guler, as well as AK Party deputy chairman Efkan Ala. It is the first visit of this kind since Libya's unity government was sworn in in March.

Mangoush praised Turkey's role in ending the war and maintaining the ceasefire, but asked it to "take steps" to implement the Berlin conference conclusions and UN Security Council resolutions.

Cavusoglu replied that Turkey's presence rested on a bilateral agreement with the legitimate government and could not be compared with mercenaries, adding that Turkey had "always stood by" Libyans. He said Turkish companies would return and that a second meeting of the high-level strategic council would be held later this year; he also invited Mangoush to the Antalya Diplomacy Forum in June.

Akar held separate talks with Libyan military commanders, Turkish officials said. The delegation met prime minister Abdul Hamid Dbeibah, who was in Ankara three weeks ago.

Context: Turkey's parliament authorised troops in January 2020 and extended the mandate in December for 18 months. The UN says more than 20,000 foreign fighters are still in Libya.

16:30 Analysis: a changed tone in Tripoli

Our Maghreb correspondent writes: the Libyan foreign minister's remarks mark a change from the former Government of National Accord, which defended Turkey's role without reservation. The new unity government has to keep eastern Libya and its backers on side before elections on 24 December, and the withdrawal of foreign forces is one of the conditions set by the UN roadmap. Ankara, for its part, draws a line between its troops, present under an agreement ratified by the Turkish parliament, and the Russian-linked Wagner contractors and Syrian fighters on both sides.

15:20 Syria: election preparations

Syria is preparing for its 26 May presidential election, which Western governments have said will be neither free nor fair.

13:05 Vienna nuclear talks

Negotiators in Vienna continued talks on reviving the 2015 Iran nuclear deal, with European diplomats saying progress was slow.

Advertisement

Sign up for our daily briefing"""),

dict(group=G12, published="2021-05-04", outlet="Nile Gate News",
title="Al-Mangoush calls on Cavusoglu in Tripoli to remove the foreign forces and the mercenaries",
text="""Tripoli - Nile Gate News

The Libyan Minister of Foreign Affairs Najla al-Mangoush called, yesterday Monday, on Turkey to cooperate in ending the presence of all the foreign forces and the mercenaries on the Libyan lands, during a joint press conference with the Turkish Foreign Minister Mevlut Cavusoglu in the capital Tripoli.

Cavusoglu arrived in Tripoli at the head of a large Turkish delegation which included the Minister of Defense Hulusi Akar, the head of the intelligence Hakan Fidan and the Chief of Staff Yasar Guler, in the first visit of its kind since the Government of National Unity headed by Abdul Hamid Dbeibah assumed its duties last March.

Al-Mangoush said: "We call on Turkey to take steps towards the full implementation of the outputs of the Berlin conference and the resolutions of the Security Council, and to cooperate with us to end the presence of the foreign forces and the mercenaries in support of the Libyan sovereignty," and she praised at the same time the Turkish role in stopping the war and in supporting Libya in confronting the Corona pandemic.

For his part, Cavusoglu said that the presence of his country came at the request of the legitimate Libyan government within the framework of a bilateral agreement, and that it cannot be compared with the presence of other parties, adding that Turkey was "the only one that answered the call" when Tripoli was exposed to the attack.

The Turkish delegation met later the head of the Government of National Unity Abdul Hamid Dbeibah, according to what his media office announced. And Akar met the Chief of Staff Mohammed al-Haddad.

Libyan observers considered that the statements of al-Mangoush represent the first clear official position from the new authority in Tripoli regarding the Turkish forces, after years in which the Government of Accord defended the Turkish presence.

It is worth mentioning that the Turkish parliament had approved in January of last year sending forces to Libya, then extended last December their mission for 18 months, while the United Nations estimates the number of the foreign fighters and mercenaries in Libya at more than 20 thousand.

And the statements of al-Mangoush came days after the European Union and the United States renewed their calls for the exit of all the foreign forces and the mercenaries from Libya, in implementation of the ceasefire agreement signed in Geneva last October, which set a period of three months for their departure.

It is worth mentioning that Dbeibah had visited Ankara last April 12 at the head of a large ministerial delegation, where he chaired with Erdogan the first meeting of the High-Level Strategic Cooperation Council.

Read also:
- The Chief of Staff receives the Turkish Minister of Defense
- Dbeibah receives the Turkish delegation"""),

dict(group=G13, published="2022-06-21", outlet="Meridian Press Wire",
title="Turkey's parliament extends Libya troop mandate by 18 months",
text="""ANKARA (MPW) - Turkey's parliament on Tuesday approved a presidential motion extending by 18 months the mandate that allows Turkish troops to be deployed in Libya, as the North African country remains split between two rival prime ministers.

The extension, which takes effect on July 2, was backed by President Tayyip Erdogan's AK Party, its nationalist MHP ally and the opposition IYI Party. The main opposition Republican People's Party (CHP) and the pro-Kurdish HDP voted against.

In the motion submitted to parliament last week, Erdogan cited continuing "political uncertainty" in Libya and risks that could threaten Turkish interests in the Mediterranean and North Africa. It said that if attacks against the legitimate government resumed, those interests would be harmed, and that Turkish forces continue to provide military training and consultancy.

Parliament first authorised the deployment in January 2020, after Ankara signed a military cooperation accord with the then Government of National Accord in Tripoli. Turkish drones, air defences and advisers helped push back an offensive on the capital by eastern commander Khalifa Haftar. The mandate was extended by 18 months in December 2020.

Libya has been in political deadlock since elections planned for last December were postponed. The eastern-based parliament appointed former interior minister Fathi Bashagha as prime minister in February, but Abdul Hamid Dbeibah, head of the Tripoli-based Government of National Unity, has refused to hand over power. Bashagha's attempt to enter Tripoli last month ended within hours after clashes between rival armed groups.

Turkey has kept up training programmes for forces in western Libya since the fighting ended, and Turkish military officials say thousands of Libyan personnel have been trained in Libya and in Turkey. Ankara has said it wants to keep channels open to all Libyan parties as the rivalry between the two camps cuts across old alliances.

The United Nations and Western governments have repeatedly called for all foreign forces and mercenaries to leave Libya under a ceasefire agreed in October 2020. Turkey says its troops are there under a bilateral agreement with a legitimate government and cannot be compared to mercenaries.

Libya has had little stability since a NATO-backed uprising toppled Muammar Gaddafi in 2011. Since 2014 it has been split between rival factions in Tripoli and in the east, with Haftar's LNA backed by the United Arab Emirates, Egypt and Russia, and the Tripoli government supported by Turkey.

Also on Tuesday, Abdullah al-Lafi, deputy head of Libya's Presidential Council, met Vice President Fuat Oktay in Ankara, Turkish officials said. He was due to hold talks with Foreign Minister Mevlut Cavusoglu in Istanbul.

(Reporting by MPW Ankara bureau; editing by Clare Whitcombe)"""),
]
