A = []
A.append(dict(group="sarraj_announces_step_down_2020_09_16", published="2020-09-17", outlet="Gundem Postasi (English edition)",
title="Libya Prime Minister Serrac is leaving the duty at end of October, he said",
text="""Gündem Postası - Dünya

The Prime Minister of Libya National Accord Government (UMH) Fayiz es-Serrac, has announced that he wish to hand over his duties to the new executive authority until the end of October at the latest.

Serrac, in the speech which was broadcasted on the television in yesterday evening, said "I declare my sincere desire to leave my duties to the next executive authority at the latest end of October month". He was expressing hope that the dialogue committee will finish its works and choose the new Presidential Council and the prime minister.

Serrac stated that the political atmosphere in the country is passing through a severe polarization and this made the all attempts for solving the crisis very difficult. He added that some sides has bet on the war option.

In the speech, Serrac also welcomed the consultations between the Libyan sides which are made under the umbrella of the United Nations and he said that he will support the all understandings which will lead to the elections.

Protests in Trablus

In the capital Trablus (Tripoli), since the end of August, the citizens were making demonstrations against the electricity cuts and the corruption. Also in the east of country, the so-called government which is supporting the darbeci (putschist) Hafter, has given its resignation to the Tobruk parliament on Sunday after the protests in Bingazi.

Türkiye and Libya

Türkiye signed with the Libya National Accord Government the memorandum of understanding on security and military cooperation and the delimitation of the maritime jurisdiction areas in Istanbul on 27 November 2019. After the support of Türkiye, the UMH forces took back the control of Trablus and the west region from the Hafter militias in the June.

The Turkish officials did not make still a statement about the decision of Serrac.

Bouznika görüşmeleri

In the other hand, the delegations of the Tobruk parliament and the High Council of State (Yüksek Devlet Konseyi) had made talks in Fas (Morocco) in the city of Bouznika between 6 and 10 September, and they announced that they reached understanding about the criteria of the sovereign posts. The United Nations is preparing for the new political dialogue which the new Presidential Council and the government will be selected.

Serrac is leading the Presidential Council since the 2016 year, after the Skhirat agreement which is signed in the December 2015 under the umbrella of the UN.

Çerez Politikası: Sitemizde çerezler kullanılmaktadır. Detaylı bilgi için tıklayınız. Tamam

İlgili Haberler
- Dışişleri Bakanı Çavuşoğlu Libyalı mevkidaşı ile görüştü
- Doğu Akdeniz'de son durum""" ))
A.append(dict(group="sarraj_announces_step_down_2020_09_16", published="2020-09-17", outlet="Asia Wire Digest",
title="Libya's UN-backed PM Sarraj to quit by end-October",
text="""Tripoli, (Asia Wire Digest / Agency - 17th Sep, 2020 ) : The head of Libya's UN-recognised Government of National Accord (GNA), Fayez al-Sarraj, has announced his intention to step down and transfer power to a new executive body by the end of October.

Sarraj said in a televised address on Wednesday evening that he hoped the dialogue committee would complete its work and select a new presidential council and a new head of government, to whom he would hand over his responsibilities.

He said the country was going through a period of sharp polarisation that had made the search for a political solution very hard, and that the GNA had not worked in a normal environment since its first day.

The announcement followed weeks of protests in Tripoli over living conditions and electricity shortages. The rival eastern-based government of Abdullah al-Thinni submitted its resignation on Sunday after protests in Benghazi.

The UN Support Mission in Libya (UNSMIL) has been preparing for a new round of political talks aimed at unifying the country's institutions and organising elections.

Libya has been divided between rival administrations since 2014, with the GNA in Tripoli and an eastern administration allied to military commander Khalifa Haftar.

- APP/AWD""" ))
A.append(dict(group="haftar_lifts_oil_blockade_2020_09_18", published="2020-09-18", outlet="Continental News Wire",
title="Hifter says Libya oil production to resume after 8-month blockade",
text="""BENGHAZI, Libya (CNW) — Eastern Libyan commander Khalifa Hifter said on Friday his forces would allow oil production and exports to resume, signalling an end to a blockade of fields and terminals that has cost the country billions of dollars since January.

In a televised speech, Hifter said his command had decided to restart production and exports on condition that measures be put in place to ensure the revenues are distributed fairly and are not used, in his words, to fund terrorist militias.

Minutes later, Ahmed Maiteeg, the deputy head of the Tripoli-based Presidential Council, issued a statement saying an agreement had been reached to resume oil output. He said a joint technical committee would be formed to oversee how revenues are shared and to prepare a unified budget.

Hifter's spokesman, Ahmed al-Mismari, said the deal had been reached with Maiteeg. It was not immediately clear whether Prime Minister Fayez al-Sarraj, who said on Wednesday he would step down by the end of October, had endorsed it.

The National Oil Corporation, which runs the sector from Tripoli, did not immediately comment. It has said it will not lift force majeure on exports until armed groups and foreign fighters leave oil facilities.

Tribal groups and forces allied with Hifter shut down major fields and export terminals in mid-January, on the eve of an international summit on Libya in Berlin. Output has since fallen from about 1.2 million barrels a day to roughly 100,000. The Central Bank estimates the lost revenue at around $9 billion.

The U.S. Embassy said last weekend that Hifter had given his personal commitment to allow the energy sector to reopen by Sept. 12.

Libya has the largest proven oil reserves in Africa.

Analysts said the deal was unlikely to bring a quick return to full output. Damage to pipelines and storage tanks during the shutdown, as well as the presence of armed groups at several sites, could slow any restart, they said.

The move came two days after Prime Minister Sarraj's televised announcement that he would step down, and amid a flurry of diplomacy. Delegations from the two rival legislatures met in Morocco earlier this month, and the U.N. is preparing military talks between the two camps.""" ))
A.append(dict(group="haftar_lifts_oil_blockade_2020_09_18", published="2020-09-19", outlet="RusInform International",
title="Marshal Haftar announces resumption of Libyan oil production and exports",
text="""MOSCOW, September 19 - RusInform. The commander of the Libyan National Army (LNA), Marshal Khalifa Haftar, has announced the resumption of oil production and exports in Libya, which had been halted since January.

"Taking into account the deterioration of the living conditions of the citizens, the General Command has decided to resume the production and export of oil," Haftar said in an address published by the LNA press service on Friday evening. He stressed that the resumption is accompanied by conditions guaranteeing a fair distribution of revenues among all regions and excluding their use to finance terrorism.

The deputy head of the Presidential Council of the Government of National Accord, Ahmed Maiteeg, confirmed the agreement on his page in social networks. According to him, a joint committee will be created to control the distribution of oil revenues.

Libyan media reported that the contacts which led to the agreement took place in Russia. Official Moscow did not comment on these reports.

Kremlin spokesman Dmitry Peskov has said on several occasions that Russia maintains contacts with all Libyan parties and is interested in the restoration of Libya's oil exports as a source of stability for the country. Earlier, the Russian Foreign Ministry repeatedly called on all Libyan parties to resolve the issue of oil revenues through dialogue, and said that the problem of fair distribution of resources is one of the root causes of the crisis.

The LNA has controlled the largest oil fields and ports of the country since 2016-2017. In January 2020, on the eve of the Berlin conference, supporters of the LNA blocked the export terminals in protest against the use of revenues by the Tripoli authorities, whom they accuse of paying for foreign mercenaries.

The National Oil Corporation in Tripoli earlier estimated the losses from the blockade at almost 10 billion dollars.

Libya after the overthrow and killing of Muammar Gaddafi in 2011 has ceased to function as a single state. In the east of the country the parliament elected by the people operates, and the army of Haftar is allied with it; in the west, in Tripoli, the Government of National Accord headed by Fayez Sarraj rules, which is supported by Turkey.

Read also: Lavrov discussed Libya settlement with Egyptian counterpart""" ))
