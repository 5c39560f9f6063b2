A = []
A.append(dict(group="haftar_lifts_oil_blockade_2020_09_18", published="2020-09-19", outlet="Tripoli Free Voice",
title="Maiteeg-Haftar oil deal rejected by Juwaili and NOC as 'unannounced agreement'",
text="""Tripoli Free Voice | Economy

The agreement announced on Friday evening between the Deputy Head of the Presidential Council Ahmed Maiteeg and the war criminal Khalifa Haftar to resume oil production has met with wide rejection in the western region, with military commanders and politicians saying it was negotiated in secret and without any mandate.

The Commander of the Western Military Zone, Major General Osama Juwaili, said on Saturday that he rejected the deal, warning that any agreement concluded away from the public would fail. He said he would wait to see the position of the other members of the Presidential Council.

Haftar had declared in a recorded speech on Friday that his forces would allow the reopening of the oil fields and ports that his militias and mercenaries have closed since 17 January, on the condition of what he called a fair distribution of the revenues. Shortly afterwards Maiteeg published a statement saying a joint committee would be formed to supervise the revenues and the budget.

The National Oil Corporation (NOC) said in a statement overnight that it would not lift force majeure from any field or port where Wagner mercenaries and other armed groups are present, stressing that the safety of its workers comes first. The corporation had previously rejected what it described as the politicisation of the oil sector.

Sources close to the Presidential Council told Tripoli Free Voice that Prime Minister Fayez al-Sarraj was not consulted on the details, and that the talks took place during a visit by Maiteeg abroad. Libyan media reported that the understanding was reached in Moscow, which has backed Haftar with Wagner fighters since 2019.

Several members of the High Council of State described the deal as "a reward for the blockade" that cost the Libyan people nearly ten billion dollars.

Maiteeg, a businessman from Misrata, has been deputy head of the Presidential Council since 2016. He is seen as a possible candidate for a senior role in the new executive after Sarraj announced on Wednesday his intention to hand over his duties by the end of October.

Read also: Williams welcomes "positive steps" on the oil file""" ))
A.append(dict(group="haftar_lifts_oil_blockade_2020_09_18", published="2020-09-19", outlet="Maghreb Monitor Daily Brief",
title="Maghreb Monitor Daily Brief: Haftar reopens oil; Erdogan on Sarraj; Algeria sets referendum campaign",
text="""Maghreb Monitor Daily Brief - Saturday, 19 September 2020

Good morning. Here is what you need to know from across North Africa today.

1. LIBYA: Haftar announces oil restart
The big story overnight: Khalifa Haftar said on Friday evening that his forces would let oil production and exports resume after an eight-month shutdown of fields and ports. His televised statement was followed within minutes by a statement from Ahmed Maiteeg, deputy head of the Tripoli-based Presidential Council, announcing a joint committee to oversee the fair distribution of oil revenue. The National Oil Corporation was cool on the deal, saying force majeure would stay in place where armed groups and foreign mercenaries remain at facilities. Traders said any increase would be gradual: the blockade, which began on January 17, cut output to below 100,000 barrels a day. Western commanders in Tripoli, including Osama Juwaili, have voiced objections.
Why it matters: oil revenue is at the heart of every Libyan negotiation, and the deal bypasses Prime Minister Fayez al-Sarraj, who said on Wednesday he would step down by the end of October.

2. TURKEY-LIBYA: Erdogan "upset" by Sarraj's plan
Speaking after Friday prayers, President Recep Tayyip Erdogan said Turkey was upset by Sarraj's announcement and that Ankara would discuss the matter with its Libyan partners. (More in our Turkey section.)

3. ALGERIA: Constitution campaign
Campaigning for the November 1 constitutional referendum is due to open next month. Opposition groups have called for a boycott.

4. TUNISIA: Migrant departures
Italian authorities report a continued rise in arrivals from the Tunisian coast this month.

5. MOROCCO: Bouznika next round
Officials in Rabat say the Libyan delegations that met in Bouznika earlier this month are expected back before the end of September.

That's it for today. Forward this brief to a colleague.

You are receiving this email because you subscribed to Maghreb Monitor. Unsubscribe | Manage preferences""" ))
A.append(dict(group="erdogan_upset_by_sarraj_decision_2020_09_18", published="2020-09-18", outlet="Hilal News Agency",
title="Erdogan: We were saddened by Prime Minister Sarraj's decision",
text="""ISTANBUL - Hilal News Agency

President Recep Tayyip Erdogan said on Friday that Turkey was saddened by Libyan Prime Minister Fayez al-Sarraj's decision to step down by the end of October.

Speaking to journalists after performing Friday prayers in Istanbul, Erdogan said such a development, coming at this time, had upset Ankara, and that Turkish delegations would hold talks with the Libyan side in the coming days.

"Putschist Haftar will be defeated sooner or later," Erdogan said, stressing that Turkey would continue to stand by the legitimate government in Tripoli.

Asked about contacts with Egypt, the president said intelligence-level talks with Cairo were a separate matter and possible, but that Egypt's maritime deal with Greece had saddened Turkey.

On the Eastern Mediterranean, Erdogan said Turkey was open to dialogue with Greece, including in a third country or by videoconference, and that the return of the research vessel Oruc Reis to port in Antalya was a planned step for maintenance, after which it would sail again.

Sarraj, head of the UN-recognised Government of National Accord (GNA), announced in a televised speech on Wednesday his wish to hand over his duties to a new executive authority by the end of October at the latest.

Turkey and the GNA signed memorandums on security and military cooperation and on maritime jurisdiction in November 2019. With Turkish support, GNA forces this year ended the siege of Tripoli by illegitimate forces loyal to Haftar and liberated the western region, including al-Watiya air base and Tarhuna.

The GNA has been under attack by Haftar's militias since April 2019, in a conflict that has killed thousands of civilians.

Turkish officials have said the memorandums signed with the GNA are agreements between states and will remain valid regardless of changes in personnel in Tripoli. Foreign Minister Mevlut Cavusoglu has repeatedly said that a lasting ceasefire requires the withdrawal of Haftar's forces from Sirte and al-Jufra.

Also on Friday, Haftar announced that oil production and exports would resume after a months-long blockade, following an understanding with the deputy head of the Presidential Council, Ahmed Maiteeg.""" ))
A.append(dict(group="erdogan_upset_by_sarraj_decision_2020_09_18", published="2020-09-19", outlet="Al-Mursal Net (English)",
title="Erdogan expresses his disturbance from Sarraj's resignation .. and describes it as regrettable",
text="""Istanbul - Al-Mursal Net

The Turkish President Recep Tayyip Erdogan expressed yesterday Friday his disturbance from the decision of Fayez al-Sarraj to step down from the presidency of the Government of National Accord at the end of October, describing the resignation as "regrettable".

And Erdogan said to journalists after the Friday prayer in Istanbul that "such a news came" and that his country is "disturbed" from it, adding that the Turkish delegations will make meetings with the Libyan side, without giving more details.

The Turkish President renewed his attack on the commander of the Libyan army Field Marshal Khalifa Haftar, saying that he will be defeated "sooner or later", in a repetition of his previous statements.

It is worth mentioning that al-Sarraj had announced the evening of the day before yesterday Wednesday in a televised word his desire to hand over his tasks to the coming executive authority in a time no later than the end of next October, calling the dialogue committee to accelerate the formation of the new authority.

Observers considered that the Turkish disturbance reflects the fear of Ankara from losing its most prominent ally in Tripoli, who signed with it the two memoranda of security and maritime understanding in the end of last year, which allowed the sending of Turkish soldiers and Syrian mercenaries to Libya.

On the other hand, Libyan political sources told Al-Mursal that the announcement of al-Sarraj came under pressure of the popular protests in Tripoli and of the disputes between him and his interior minister Fathi Bashagha.

It is worth mentioning that the Libyan file witnesses these days a rapid movement, as the Field Marshal Haftar announced yesterday Friday the resumption of oil production and export, with conditions that guarantee the fair distribution of revenues.

And the Turkish President had said in the same statements that the meetings between the intelligence of his country and the Egyptian intelligence are possible, in a first sign of this kind, while he criticized the agreement of maritime borders demarcation signed between Cairo and Athens last August.

It is worth mentioning that the Libyan parliament in Tobruk had announced in January last the cancellation of the memoranda signed between al-Sarraj and Ankara, considering them invalid because they were not ratified by it.

Read also:
- The Libyan army: we monitor Turkish flights to al-Watiya base
- Egypt affirms its support for the Bouznika dialogue""" ))
