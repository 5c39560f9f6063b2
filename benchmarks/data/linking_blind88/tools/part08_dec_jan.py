G_DEC = "central_bank_board_unifies_exchange_rate_2020_12_16"
G_JAN = "oil_guards_halt_loadings_at_eastern_ports_2021_01_24"

ARTICLES = [
dict(group=G_DEC, published="2020-12-16", outlet="Meridian Wire Service",
title="Libya's divided central bank board sets unified exchange rate of 4.48 dinars per dollar",
text="""
TRIPOLI (MWS) - The board of Libya's central bank agreed on Wednesday to set a single exchange rate of 4.48 dinars to the U.S. dollar across the country from Jan. 3, a major devaluation and the first significant decision by the board since the bank split along the lines of the civil war.

The Central Bank of Libya (CBL) said the board unanimously approved changing the dinar's value to 0.1555 of the IMF's special drawing right, equivalent to 4.48 dinars per dollar, for all government, commercial and personal transactions.

The meeting, the first full session of the board this year, brought together members from both sides of Libya's east-west divide. The bank has been split since 2014, with a parallel central bank operating in the east, producing different rates and payment systems in different parts of the country.

The official rate has been around 1.4 dinars per dollar, but a surcharge on foreign currency purchases, introduced in 2018, has pushed the effective rate for most transactions closer to 3.9 dinars. On the black market the dollar was trading at about 5.8 dinars this month.

The board held a preliminary meeting earlier this month, its first in years, after months of U.N.-facilitated economic talks and the launch of an international audit of the bank's two branches. The black market rate eased after that meeting.

The board said it would meet more often in the coming weeks to address other problems facing the banking sector, including a shortage of cash in banks.

The acting head of the U.N. mission in Libya, Stephanie Williams, welcomed the decision as an important step towards unifying the institution and easing hardship, and urged political leaders to show similar courage.

Unifying the exchange rate was one of the conditions in the September deal between eastern commander Khalifa Haftar's camp and Tripoli deputy prime minister Ahmed Maiteeq that ended an eight-month blockade of oil exports. Since then, Libya's National Oil Corporation (NOC) has kept oil revenue in its account at the Libyan Foreign Bank, refusing to transfer it to the central bank until the bank is more transparent about spending. NOC chairman Mustafa Sanalla has linked the release of the money to economic reforms, including a unified rate.

Libya's oil output, the source of nearly all state revenue, has recovered to about 1.25 million barrels per day since the blockade ended.

Many Libyans reacted angrily on social media to the scale of the devaluation, which will raise the dinar cost of imported goods.

Libya has been divided since 2014 between rival administrations in Tripoli and the east. A ceasefire agreed in October has largely held, and U.N.-led talks have set Dec. 24, 2021, as the date for national elections.

(Reporting by Karim Belhadj; Editing by Nadia Kerr)
"""),

dict(group=G_DEC, published="2020-12-17", outlet="Al-Manara Gate",
title="After a six-year division.. the board of the Central Bank unifies the exchange rate at 4.48 dinars per dollar",
text="""
Tripoli - Al-Manara Gate

The Board of Directors of the Central Bank of Libya decided, in its meeting held yesterday Wednesday, to unify the exchange rate of the Libyan dinar against the American dollar at 4.48 dinars, starting from the third of January 2021.

The bank said in a statement that the board agreed unanimously to amend the value of the dinar against the Special Drawing Rights unit to become 0.1555 unit for each dinar, which is equivalent to 4.48 dinars for the dollar, and this price will be applied to all the governmental, commercial and personal purposes.

The statement explained that the board held its first meeting for the year 2020, to discuss the report presented by the joint technical committee charged with studying the options of adjusting the exchange rate, and that "a spirit of optimism, positivity and the interest of the homeland" prevailed over the meeting.

The board affirmed that it will intensify its meetings during the coming weeks in order to take more decisions aimed at solving the problems facing the banking sector, including the crisis of liquidity, and reducing the suffering of the citizen.

For her part, the acting head of the United Nations mission, Stephanie Williams, congratulated the board of directors on the decision, considering it an important and necessary step to relieve the suffering of the Libyans, and a good indicator that this sovereign institution is going towards unification.

In Tripoli, the Head of the Presidential Council, Fayez al-Sarraj, expressed, today Thursday, his satisfaction with the meeting of the board after years of division, during a meeting with the Minister of Finance, Faraj Boumtari, considering that unifying the exchange rate is a cornerstone of the economic reforms.

Meanwhile, the decision was met with wide dissatisfaction on the social media, where citizens accused the bank of lowering the value of the dinar at the expense of their salaries, demanding a return to the official price.

It is worth mentioning that the board of the Central Bank held a preliminary meeting earlier this month, for the first time since the division of the bank in 2014, and that the price of the dollar in the parallel market fell after that to around 5.80 dinars.

It is also worth mentioning that the official price of the dinar was about 1.4 dinars for the dollar, in addition to a fee on the sale of the foreign currency imposed since 2018 which raised it to about 3.9 dinars, and that unifying the exchange rate was one of the terms of the agreement announced last September between the Vice President of the Presidential Council Ahmed Maiteeq and the General Command of Haftar's forces, which ended the closure of the oil fields and ports that continued for eight months.

It is also worth mentioning that the National Oil Corporation has frozen the oil revenues in its account in the Libyan Foreign Bank since last month, and refused to transfer it to the Central Bank until the bank discloses the mechanism of spending the revenues in the past years.

Share this:
Facebook
Twitter
WhatsApp

Read also: The dollar falls in the parallel market after the decision of the Central Bank
"""),

dict(group=G_DEC, published="2020-12-17", outlet="PakNews Point",
title="Libya's Central Bank Sets Single Exchange Rate of 4.48 Dinars Per US Dollar From January 3",
text="""
[ad_1]

Fahad Zaheer 2 hours ago Thu 17th December 2020 | 12:05 AM

TRIPOLI, (PakNews Point / RNI - 17th December, 2020) The board of directors of the Central Bank of Libya has approved a unified exchange rate of 4.48 Libyan dinars for one US dollar, which will take effect on January 3, 2021, the bank said in a statement.

According to the statement, the new rate will apply to all government, commercial and personal transactions.

The board, which held its first meeting in 2020, said it would continue meeting in the coming weeks to solve the problems of the banking sector, including the shortage of cash.

The United Nations Support Mission in Libya (UNSMIL) welcomed the decision, calling it an important step towards alleviating the suffering of Libyans.

The Central Bank of Libya has been divided since 2014 into a Tripoli-based bank, recognized internationally, and a parallel bank in the east of the country, loyal to the House of Representatives and the Libyan National Army (LNA).

Related Stories
Oil Prices Rise On US Stimulus Hopes
Libya's NOC Says Oil Output Holds Above 1.2 Mln Bpd
Pakistan, Libya Discuss Expanding Trade Ties

Nadia Aziz 1 minute ago Thu 17th December 2020 | 07:58 PM

ROME, (PakNews Point / RNI - 17th December, 2020) Italian Prime Minister Giuseppe Conte and Foreign Minister Luigi Di Maio flew to the eastern Libyan city of Benghazi on Thursday and secured the release of 18 fishermen who had been held by forces of the Libyan National Army (LNA) since early September.

"Our fishermen are free," Di Maio wrote on social media, thanking Italy's foreign intelligence service and diplomats for their work.

The crews of two trawlers from the Sicilian port of Mazara del Vallo, eight Italians, six Tunisians, two Indonesians and two Senegalese, were detained on September 1 about 80 miles off the Libyan coast, accused of fishing in Libyan waters.

Conte and Di Maio met LNA commander Field Marshal Khalifa Haftar in Benghazi, and reaffirmed Rome's support for the stabilization process in Libya, the Italian Foreign Minister said.

The fishermen had been held for 108 days.

[ad_2]
"""),

dict(group=G_JAN, published="2021-01-25", outlet="Nile Courier",
title="Oil facilities guards halt exports from Sidra, Ras Lanuf and Hariga over unpaid salaries",
text="""
Benghazi - Nile Courier

Members of the Petroleum Facilities Guard responsible for protecting the oil ports in eastern Libya announced on Sunday that they had halted exports from the ports of Sidra (Es Sider), Ras Lanuf and Hariga, in protest at the non-payment of their salaries for many months and the failure to fulfil promises made to them.

In a statement, the guards said the suspension would continue until their wages are paid and their working conditions improved, stressing that their move was peaceful and aimed at obtaining their legitimate rights, not at harming the interests of the Libyan people.

The guards, who have protected the oil facilities in the areas secured by the Libyan Arab Armed Forces, said they had waited patiently for the Ministry of Finance of the Government of Al-Wefaq in Tripoli, which controls the payment of salaries, to release their dues, but without result. Some of them said they had not received their salaries for more than a year.

The guards' units are deployed at the oil crescent ports of Sidra and Ras Lanuf, which export the crude of Waha Oil Company and Harouge Oil Operations, and at the port of Hariga in Tobruk, which exports the production of the Arabian Gulf Oil Company (AGOCO).

Earlier this month, guards at the port of Hariga in Tobruk staged a sit-in that delayed the loading of a cargo of one million barrels of crude, in protest at the same delays.

The halt comes at a sensitive time for the oil sector, which recovered quickly after the reopening of the fields and ports last September under the agreement that provided for a fair distribution of the revenues, with production returning to about 1.25 million barrels per day before a leak in the Es Sider pipeline reduced it this month.

There was no immediate comment from the National Oil Corporation on the guards' announcement.

Observers say the crisis reflects the continued control of the Tripoli government over the country's resources, at a time when the revenues of oil produced from the eastern and southern fields are held in the account of the National Oil Corporation at the Libyan Foreign Bank and are not reaching the workers who protect them.

It is noteworthy that the General Command of the Libyan Arab Armed Forces announced on September 18 the resumption of oil production and export after eight months of closure, under an agreement with the Vice President of the Presidential Council, Ahmed Maiteeq, which provided for a joint committee to supervise the fair distribution of revenues, before the National Oil Corporation lifted the force majeure on all the ports by the end of October.

The development coincides with the opening of the nomination period for the new Presidential Council and the post of prime minister within the Libyan Political Dialogue Forum sponsored by the United Nations, which ends on January 28.
"""),

dict(group=G_JAN, published="2021-01-25", outlet="Libya Energy Digest",
title="Guards halt loadings at Libya's eastern terminals in pay dispute",
text="""
By Alan Marsh.

Members of the Petroleum Facilities Guard (PFG) in eastern Libya said on Sunday 24 January 2021 that they had stopped crude exports from Es Sider, Ras Lanuf and Hariga until their salaries are paid, in the latest disruption to the country's recovering oil sector.

The guards, who are aligned with the eastern-based Libyan National Army (LNA), said in a statement that they were owed months of unpaid wages and that pledges made to them had not been kept.

Reports on the scope of the stoppage differed. Sources at the ports said a tanker already loading at one of the terminals had been allowed to complete its cargo, and some accounts said the guards had so far only halted operations at Hariga while giving the authorities a deadline before extending the action to Es Sider and Ras Lanuf. The National Oil Corporation (NOC) had not commented by Monday morning.

Together the three terminals handle a large share of Libya's exports. Es Sider and Ras Lanuf alone have a combined capacity of more than 500,000 bpd.

The dispute follows a sit-in by guards at Hariga earlier this month which delayed the loading of a one-million-barrel cargo for a Chinese trader. It also comes as the NOC is repairing a leak on the pipeline that carries crude from Waha Oil Company's fields to Es Sider, which forced a cut of up to 200,000 bpd this month. Waha said at the weekend that the repair had been completed.

Libya's output recovered rapidly from less than 100,000 bpd in early September to around 1.25 million bpd by the end of 2020, after the LNA lifted its eight-month blockade. NOC chairman Mustafa Sanalla told an online conference last week that the sector's infrastructure was in poor shape and that the corporation had still not received the budget it needs for maintenance.

The blockade that ended in September had been imposed in January 2020 by groups aligned with the LNA, which closed Es Sider, Ras Lanuf, Brega, Zueitina and Hariga on the eve of the Berlin conference and then shut the pipelines from the south-western fields. The NOC estimated its cost at almost $10 billion. Es Sider and Ras Lanuf were the last terminals to reopen, on 23 October, after the NOC said foreign forces had left the port areas.

Since the restart, oil revenue has been held in the NOC's account at the Libyan Foreign Bank rather than transferred to the central bank, pending a political settlement. The central bank's new unified exchange rate of 4.48 dinars per dollar took effect on 3 January.

The PFG has a long history of closing terminals over pay or political grievances. Guards led by Ibrahim Jadhran shut the same eastern ports in 2013 and kept most of them closed for much of the following three years.
"""),
]
