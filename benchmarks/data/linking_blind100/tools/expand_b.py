from expand import apply
WIRE_BG = """Libya has known little stability since the 2011 NATO-backed revolt against Muammar Gaddafi. It split in 2014 between rival administrations in the east and west, and eastern commander Khalifa Haftar's forces waged a 14-month offensive on Tripoli from April 2019 until they were pushed back in June 2020 with Turkish military help. A ceasefire signed in October 2020 opened the way for a U.N.-run forum that picked Dbeibah's unity government in February 2021."""
LMP_BG = """The current standoff dates to the collapse of elections planned for Dec. 24, 2021. The eastern-based House of Representatives argued that Dbeibah's mandate had lapsed, named Bashagha prime minister on Feb. 10 and endorsed his cabinet on March 1. Dbeibah, who says he will hand power only to an elected government, has stayed in Tripoli, and Bashagha's attempts to install himself in the capital in May and again in August ended in deadly fighting."""
apply([
("p02.txt", "Libya's oil has frequently been used as a bargaining chip.", """Sanalla, who has led the NOC since 2014, has been at odds for months with Dbeibah's oil minister, Mohamed Oun, who has tried to suspend him. The corporation has warned repeatedly that disputes over who controls oil revenue threaten the sector.

""" + WIRE_BG + """

Bashagha, who took the oath before parliament in Tobruk on March 3, has been unable to take over ministries in Tripoli. Dbeibah has proposed holding elections in June."""),
("p02.txt", "The House of Representatives gave confidence to the Bashagha government on March 1", """Oil is the main source of income for the Libyan state, and its revenues are deposited in the accounts of the National Oil Corporation at the Libyan Foreign Bank before being transferred to the Central Bank in Tripoli, which finances the budget of the government of Dbeibah. The supporters of the Bashagha government say that this arrangement allows the outgoing government to spend without control.

The closure of the fields comes at a time when world oil prices have risen sharply since the start of the war in Ukraine, and Libya was producing about 1.2 million barrels per day before the new closures.

Libya's oil facilities were previously closed for about eight months in 2020 by tribal groups supporting the Libyan National Army, before an agreement in September of that year allowed production to resume."""),
("p03.txt", "The oil-rich country has been plagued by chaos since the ouster", """Bashagha's office had announced before dawn that he had arrived in the capital with several ministers to start his government's work there. Footage broadcast by local television stations showed armed vehicles in the streets of central Tripoli and the sound of heavy gunfire in the morning hours.

The UN Special Adviser on Libya, Stephanie Williams, called for calm and said the conflict cannot be resolved through violence but through dialogue and mediation, adding that the UN was ready to host the parties.

Bashagha, a former interior minister in the UN-recognized Government of National Accord, played a key role in coordination with Türkiye during the defense of Tripoli against the offensive of Khalifa Haftar's militias in 2019-2020. Türkiye has since maintained contacts with both Dbeibah and Bashagha.

Libya was due to hold presidential and parliamentary elections on December 24, 2021, but they were postponed over disputes on the legal framework and candidates."""),
("p03.txt", "Başağa sonradan yaptığı açıklamada", """Çatışmalarda ölü ya da yaralı olup olmadığına dair resmi bir açıklama yapılmadı. Some local sources said one person died, but this is not confirmed by the Sağlık Bakanlığı.

Libya'da 24 Aralık 2021'de yapılması planlanan seçimler, aday listeleri ve yasal zemin konusundaki anlaşmazlıklar nedeniyle ertelenmişti. Since then the country have two prime minister, one in Tripoli and one supported from Tobruk and the east, Hafter güçleri also support Başağa government according to the reports.

Libya'nın petrol sahaları da nisan ayından beri Başağa destekçisi gruplar tarafından kapatılıyor ve bu durum ülkenin üretimini büyük ölçüde düşürdü."""),
("p04.txt", "Cairo also recently hosted a meeting of the Joint Military Committee", """The delegation of the House of Representatives was headed by MP Abdullah Al-Faqih's colleague Suleiman al-Faqih in the previous round, while the High Council of State delegation was led by Shaaban Abu Sitta. Both delegations had said after the May round that full agreement was within reach.

Observers in Cairo said the sticking points in the final round revolved around the conditions for presidential candidates, including the position of dual nationals and military officers, and the sequencing of presidential and parliamentary elections.

Egypt has stressed on several occasions that a solution in Libya must be Libyan-Libyan, that the House of Representatives is the legitimate legislative body, and that foreign forces and mercenaries must leave the country within a specified period. Cairo has hosted the constitutional committee, the 5+5 military committee and meetings of Libyan tribal leaders over the past two years."""),
("p05.txt", "Those groups have demanded that Dbeibah hand power to Fathi Bashagha", """Sanalla, an engineer who rose through the ranks of the state oil sector, became NOC chairman in 2014 and was widely credited by Western governments with keeping the corporation functioning and politically neutral through years of civil war. The United States and European governments have repeatedly praised the NOC's independence.

But his relationship with Dbeibah's government soured last year when Oun tried to suspend him, a decision that was later reversed. Sanalla has also clashed with the central bank over the handling of oil revenues, which the NOC froze in its accounts this year amid the political standoff.

""" + WIRE_BG),
("p05.txt", "It is worth mentioning that Sanalla has headed the corporation since 2014", """And the new chairman, Farhat Bengdara, held the position of governor of the Central Bank of Libya from 2006 until 2011, and he worked after that in the banking sector abroad, and Libyan media circulated reports about his closeness to the commander of the Libyan National Army, Khalifa Haftar, which was not confirmed officially.

The decision sparked a wide debate in the Libyan street, where supporters of Sanalla considered it an attempt to control the revenues of oil, while others saw in it a step to end the closure of the fields and ports which the country has been witnessing for nearly three months.

In a related context, the government of Fathi Bashagha did not issue an official comment on the decision so far, while a number of members of the House of Representatives called for rejecting any change in the leadership of the sovereign institutions by the outgoing government."""),
("p06.txt", "Oil prices eased on the news.", LMP_BG),
("p06.txt", "In May Bashagha, after an unsuccessful attempt to enter Tripoli", """The former head of the NOC, Mustafa Sanalla, who led the corporation since 2014, refused to recognize his dismissal and called it illegal, saying the mandate of the Dbeibeh government had expired. On Thursday, a committee appointed by the government entered the headquarters of the corporation in Tripoli. Sanalla later said that armed men broke into the building.

The US embassy in Libya expressed deep concern over the struggle for control of the NOC and stressed the need to preserve its independence.

Before the start of the blockade, Libya produced about 1.2 million barrels per day. According to the Libyan oil minister Mohamed Oun, production in recent weeks fell sharply, and the country lost billions of dollars in revenue.

Libya has been in a state of chaos since the overthrow and killing of Muammar Gaddafi in 2011. For years the country was split between the Government of National Accord in Tripoli and the authorities in the east supported by the Libyan National Army of Field Marshal Khalifa Haftar."""),
("p06.txt", "Libya, which holds Africa's largest proven crude reserves", """Observers said the decision to reopen appeared linked to the change at the top of the NOC. Reports in Italian and Libyan media have suggested that Bengdara's appointment was the result of contacts between relatives of Prime Minister Abdul Hamid Dbeibah and of eastern commander Khalifa Haftar, though this has not been confirmed by either side.

Sanalla, who headed the NOC since 2014, rejected his removal as illegal and said the Dbeibah government had no mandate. The US embassy voiced concern over the dispute.

Libyan crude is valued by European refiners, particularly in Italy, for its light sweet quality. Before the closures, the country pumped around 1.2 million barrels per day, the highest in nearly a decade."""),
])
