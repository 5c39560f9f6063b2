A = []
A.append(dict(group="geneva_permanent_ceasefire_2020_10_23", published="2020-10-24", outlet="The Northern Chronicle",
title="Libya's generals sign a truce. Now comes the hard part",
text="""By our Geneva and North Africa correspondents

For ten minutes on Friday morning, in the conference room at the Palais des Nations usually reserved for disarmament negotiators, ten Libyan officers took turns to sign a document their political masters had failed to agree on for six years. When the last signature was on the page, the room broke into applause and the two heads of delegation shook hands for the cameras.

The agreement, a "complete, countrywide and permanent" ceasefire with immediate effect in the words of the United Nations, is the most substantial product yet of the process launched at the Berlin conference in January. It commits forces on the front lines around Sirte and al-Jufra to withdraw to their bases, and requires all foreign fighters and mercenaries to leave Libya's land, air and waters within three months. Military training agreements with foreign states are to be frozen until a unified government takes office, and a joint police force is to secure the contested central zone.

"This is a good day for the Libyan people," said Stephanie Williams, the American diplomat who has run the UN mission since Ghassan Salame stepped down in March. She did not hide the scale of what remained. The road had been long and difficult, she said, and there was a great deal of work ahead in the coming days and weeks.

The document carries the names of Ahmed Abushahma, a Misratan officer leading the team of the Tripoli-based Government of National Accord, and Amhimmid Alamam, heading the delegation of Khalifa Haftar's self-styled Libyan National Army. Neither Haftar nor Fayez al-Serraj, the GNA prime minister, attended.

That matters because the two men's foreign sponsors are the ones who decide whether foreign forces actually leave. Turkey has deployed officers, drones and air defence systems, and brought in several thousand Syrian fighters, under a security pact signed with Serraj last November. On the other side, Russian contractors from the Wagner group, supported by the UAE and Egypt, remain at the Jufra air base and around oil installations, according to UN experts and the US military's Africa command. Ankara's reaction on Friday was notably cool.

The talks that produced the deal have moved faster than most diplomats expected. In August, Serraj and Aguila Saleh, the eastern parliament speaker, issued parallel ceasefire statements. In September, Haftar announced the end of an eight-month oil blockade that had cut output to a trickle, after a deal with Serraj's deputy Ahmed Maiteeg. Military and police officers met in the Egyptian resort of Hurghada at the end of September, and the two legislatures agreed rules for filling senior posts in talks at Bouznika, Morocco. Last week a civilian airliner flew from Tripoli to Benghazi for the first time in well over a year.

Earlier this week in Geneva the two sides agreed to reopen internal air and road links, to tone down hostile rhetoric on television and social media, and to restructure the Petroleum Facilities Guard so that oil can flow without interference.

The harder questions are political. The UN has invited 75 Libyans to a political dialogue forum in Tunisia from November 9, charged with agreeing a new unified executive and a road map to elections. Serraj has said he will step down by the end of this month, though few in Tripoli expect him to leave before a successor is chosen.

Previous truces have dissolved quickly. A ceasefire brokered by Turkey and Russia in January, and a draft drawn up by the same military commission in Geneva in February, both failed within weeks. Libyan analysts say the difference this time is exhaustion: with the front frozen since June, an economy wrecked by the blockade and Covid-19 spreading, neither side's fighters have much appetite for another round.

Guterres called the agreement a fundamental step. Whether it becomes one will depend largely on decisions taken in Ankara, Moscow, Abu Dhabi and Cairo.""" ))
A.append(dict(group="geneva_permanent_ceasefire_2020_10_23", published="2020-10-24", outlet="Al-Mursal Net (English)",
title="Signing of permanent ceasefire agreement in Libya .. and withdrawal of mercenaries within three months",
text="""Geneva - Al-Mursal Net

The two delegations of the Joint Military Committee (5+5) signed yesterday Friday in the Swiss city of Geneva a permanent ceasefire agreement in all the Libyan territories, under the sponsorship of the United Nations, after five days of talks.

And the acting UN envoy Stephanie Williams announced in a press conference following the signing that the agreement stipulates the withdrawal of all the military units and armed groups from the lines of contact to their camps, and the departure of all mercenaries and foreign fighters from the Libyan lands, air and sea within a period not exceeding three months from the date of signing.

Williams described the day as "a good day for the Libyan people", considering that the path to the agreement was "long and difficult".

The agreement also included, according to the UN mission, the freezing of the military training agreements inside Libya until the new unified government takes its tasks, and the formation of a joint military force limited in number to be under the command of the Joint Military Committee, in addition to continuing the exchange of detainees.

The Libyan National Army delegation was headed by Major General Amhimmid Alamam, while the delegation of the Government of National Accord was headed by Major General Ahmed Abu Shahma.

In the first reactions, the UN Secretary General Antonio Guterres welcomed the agreement and considered it "a fundamental step", while Egypt, the United Arab Emirates, Saudi Arabia and the European Union welcomed the signing, and called all parties to respect it.

On the other hand, the Turkish President Recep Tayyip Erdogan cast doubt on the credibility of the agreement, in statements after the Friday prayer in Istanbul.

It is worth mentioning that the two parties agreed on Wednesday last to open the air and land routes between the Libyan regions, and that the first flight between Tripoli and Benghazi was made on Friday of last week.

It is also worth mentioning that the UN mission announced that the Libyan political dialogue forum will start in Tunisia on the ninth of next November.

Read also:
- Aguila Saleh: the agreement is a victory for the will of the Libyans
- Oil Corporation: production continues to rise""" ))
A.append(dict(group="erdogan_doubts_libya_ceasefire_2020_10_23", published="2020-10-23", outlet="Continental News Wire",
title="Turkey's Erdogan questions credibility of Libya ceasefire deal",
text="""ISTANBUL (CNW) — Turkish President Recep Tayyip Erdogan on Friday cast doubt on the ceasefire signed hours earlier by Libya's rival forces, saying the agreement had not been reached at the highest level and that time would tell whether it would hold.

Speaking to reporters after Friday prayers in Istanbul, Erdogan said the deal appeared to him to lack credibility, though he added that he hoped it would be respected.

He also questioned a provision requiring foreign fighters and mercenaries to leave Libya within three months, saying it was unclear how serious the commitment was regarding groups such as Russia's Wagner.

Turkey backs the U.N.-recognized Government of National Accord in Tripoli and has supplied it with drones, air defenses, military advisers and Syrian fighters under a security agreement signed last November. Its support helped the GNA repel a 14-month offensive on Tripoli by eastern commander Khalifa Hifter, who is backed by Russia, the United Arab Emirates and Egypt.

Erdogan compared the situation to humanitarian truces in the fighting between Armenia and Azerbaijan, which he said Armenia had not kept.

The ceasefire was signed in Geneva by five military representatives from each side after five days of talks. U.N. acting envoy Stephanie Williams called it a historic achievement and a turning point toward peace.

The GNA did not immediately comment on Erdogan's remarks.

Ankara has said its own military presence in Libya, agreed with the GNA, is legitimate and differs from that of mercenary groups supporting Hifter. Turkish officials have also said the withdrawal of Hifter's forces from Sirte and the Jufra air base should be part of any lasting truce.

The Geneva deal provides for units on the front lines to return to their bases and for the suspension of foreign military training on Libyan soil until a unified government is formed. A U.N.-led political forum is due to open in Tunisia on Nov. 9.""" ))
A.append(dict(group="erdogan_doubts_libya_ceasefire_2020_10_23", published="2020-10-24", outlet="Gundem Postasi (English edition)",
title="Erdoğan: The ceasefire in Libya is not seem reliable, time will show",
text="""Gündem Postası - Politika

President Recep Tayyip Erdoğan has evaluated the ceasefire agreement which is signed in Libya, after the Friday prayer which he performed in İstanbul on yesterday, and he said that "the agreement does not look very reliable to me".

Erdoğan, answering the questions of the journalists, stated that the ceasefire agreement was not made at the highest level but it was made at a lower level, and "Time will show how long it will continue".

Erdoğan said: "We hope that this ceasefire decision in Libya will be complied with", but he made attention that in Azerbaijan the humanitarian ceasefires were violated by Armenia and the promises were not kept.

About the article of the agreement for the withdrawal of the foreign fighters and mercenaries in three months, Erdoğan said that it is not known how much this is sincere, and he gave the example of the Wagner (Vagner) mercenaries.

Cenevre'de imzalandı

The ceasefire agreement was signed on Friday in Cenevre (Geneva) between the delegations of the Libya National Accord Government (UMH) and the darbeci Hafter, under the umbrella of the United Nations. The UN acting special representative Stephanie Williams announced that the sides reached a permanent ceasefire in the all of Libya.

Türkiye is supporting the legitimate government in Trablus in the frame of the security and military cooperation memorandum which was signed on 27 November 2019. In the last months the Turkish officials repeatedly said that Hafter is not a reliable interlocutor and he violated the previous ceasefires, including the one in Moscow in January, where Hafter left without signing.

Çerez Politikası: Sitemizde çerezler kullanılmaktadır. Detaylı bilgi için tıklayınız. Tamam

İlgili Haberler
- Cumhurbaşkanı Erdoğan'dan Doğu Akdeniz mesajı
- Dağlık Karabağ'da son durum""" ))
