A = []
A.append(dict(group="bouznika_talks_open_2020_09_06", published="2020-09-06", outlet="Meridian Press Agency",
title="Libya's rival legislatures open talks in Moroccan resort of Bouznika",
text="""BOUZNIKA, Morocco (MPA) - Delegations from Libya's two rival legislative bodies sat down on Sunday in the Moroccan coastal town of Bouznika for their first face-to-face talks in months, seeking to build on a ceasefire announced last month and to reopen a political track that stalled during the war for Tripoli.

Five members of the Tobruk-based House of Representatives and five from the Tripoli-based High Council of State took part in the opening session, which Moroccan Foreign Minister Nasser Bourita chaired before the delegates moved behind closed doors.

Bourita told reporters that Morocco had no plan of its own to offer and that the talks belonged to the Libyans. He said the parties had a chance to turn the calm of recent weeks into something lasting.

Members of both delegations said the discussions would centre on Article 15 of the 2015 Skhirat agreement, which governs how the heads of key state institutions - among them the central bank, the audit bureau and the electoral commission - are chosen. Control of those posts has been fought over since the country split into rival administrations in 2014.

A member of the High Council of State, speaking on condition of anonymity, said the delegations also hoped to agree on a framework for a reshaped Presidential Council, though he cautioned that no quick deal was expected.

The meeting follows separate statements on Aug. 21 in which Fayez al-Sarraj, head of the U.N.-recognised Government of National Accord (GNA), and Aguila Saleh, speaker of the eastern-based parliament, called for a halt to fighting and for elections. Saleh and High Council of State chief Khaled al-Mishri both visited Rabat in late July.

The acting head of the U.N. mission in Libya, Stephanie Williams, held consultations in Morocco last week as part of a broader round of contacts with Libyan and foreign actors.

Libya has been in turmoil since the 2011 uprising that toppled Muammar Gaddafi. Eastern commander Khalifa Haftar launched an offensive on Tripoli in April 2019, which collapsed in June after Turkey stepped up military support for the GNA. Front lines have since settled around the central city of Sirte and the Jufra air base.

The talks are expected to last several days.

The eastern parliament and the High Council of State, an advisory chamber drawn largely from the General National Congress elected in 2012, have argued over the Skhirat deal for years. The House of Representatives never formally endorsed the Government of National Accord, leaving Libya with two rival cabinets.

Oil hangs over the talks as well. Groups allied with Haftar shut most fields and export terminals in January, cutting output to a fraction of its normal level and deepening shortages of fuel and power. Protests over blackouts broke out in Tripoli late last month.""" ))
A.append(dict(group="bouznika_talks_open_2020_09_06", published="2020-09-07", outlet="Atlas Communique Newswire",
title="PRESS RELEASE: Inter-Libyan dialogue launched in Bouznika under the auspices of the Kingdom of Morocco",
text="""Atlas Communique Newswire - Rabat, 7 September 2020

FOR IMMEDIATE RELEASE

Inter-Libyan dialogue launched in Bouznika under the auspices of the Kingdom of Morocco

The inter-Libyan dialogue between the delegation of the Libyan House of Representatives and the delegation of the High Council of State opened on Sunday 6 September 2020 in the town of Bouznika, south of Rabat.

The opening session was chaired by the Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Mr. Nasser Bourita, who welcomed the two delegations and recalled the constant position of the Kingdom of Morocco in favour of a Libyan-Libyan solution, free of any outside interference and under the umbrella of the United Nations.

Key points of the opening day:

- The two delegations, each comprising five members, expressed their commitment to consolidating the ceasefire and to the unity of Libyan institutions.
- Discussions focus on the criteria and mechanisms for filling the leadership of sovereign institutions provided for in Article 15 of the Libyan Political Agreement signed in Skhirat in December 2015.
- The delegations thanked His Majesty the King, the Government and the people of Morocco for hosting the talks.

The Minister underlined that Morocco does not carry any initiative of its own and that its role is limited to providing the appropriate conditions for the Libyan parties to reach understandings by themselves. He recalled that the Skhirat agreement remains a reference recognised by the international community.

The dialogue follows the visits to Morocco of the Speaker of the House of Representatives, Mr. Aguila Saleh, and the President of the High Council of State, Mr. Khaled al-Mishri, as well as the recent visit of the Acting Special Representative of the UN Secretary-General, Ms. Stephanie Williams.

The sessions will continue in the coming days.

About Atlas Communique Newswire: Atlas Communique distributes official statements and institutional communications from North Africa and the Sahel.

Media contact: desk@atlascommunique.example

###

Share this:
Twitter | Facebook | LinkedIn | Email""" ))
A.append(dict(group="bouznika_talks_open_2020_09_06", published="2020-09-07", outlet="Al-Mursal Net (English)",
title="Today Monday .. Second day of Libyan dialogue in Moroccan Bouznika amid cautious optimism",
text="""[ad_1]

Rabat - Al-Mursal Net

The sessions of the Libyan dialogue between the delegation of the House of Representatives and the delegation of the Supreme Council of State continue today Monday in the Moroccan city of Bouznika, after its launching yesterday Sunday under the sponsorship of the Moroccan Foreign Minister Nasser Bourita.

And the Moroccan minister said in the opening speech yesterday Sunday that the Kingdom does not have an initiative, and that the Libyans are able to find the solution by themselves if they put the interest of the nation above all, according to what was reported by the Moroccan news agency.

A source from the delegation of the Council of State told Al-Mursal that the discussions of the first day were "positive and frank", and that the two parties focused on the sovereign positions which are seven positions, and the mechanism of selecting who occupies them, in addition to the file of the ceasefire in Sirte and al-Jufra.

For his part, a member of the House of Representatives delegation said that the atmosphere is "calm", and that they came to Morocco with "open heart", noting that there is not any foreign party attending the sessions.

It is worth mentioning that the President of the Presidential Council Fayez al-Sarraj and the Speaker of the House of Representatives Aguila Saleh had announced on the twenty-first of last August in two separate statements the ceasefire and stopping all combat operations in all the Libyan territories, and calling for holding presidential and parliamentary elections next March.

It is also worth mentioning that the city of Skhirat, near Bouznika, hosted the Libyan political agreement that was signed in December 2015, and from which emerged the Presidential Council and the Government of National Accord.

The dialogue is expected to continue until the end of the week, according to sources.

Read also:
- Sarraj receives the US ambassador in Tripoli
- The electricity company: load shedding hours decrease in the western region
- Demonstrators in Tripoli renew their demands for the fall of corruption""" ))
A.append(dict(group="thinni_government_resigns_2020_09_13", published="2020-09-13", outlet="Continental News Wire",
title="East Libya government offers resignation after days of protests over power cuts",
text="""CAIRO (CNW) — The administration that governs eastern Libya alongside commander Khalifa Hifter tendered its resignation on Sunday after several days of street protests over electricity blackouts, fuel shortages and rising prices, officials said.

Prime Minister Abdullah al-Thinni handed the resignation to Aguila Saleh, speaker of the east-based House of Representatives, after an emergency meeting with him, according to a statement from the parliament. A parliament spokesman said lawmakers would consider the resignation at their next session, for which no date has been set.

Young men have poured into the streets of Benghazi and other eastern towns since Thursday, burning tyres and blocking main roads. On Saturday, protesters set fire to part of the government headquarters in Benghazi, and demonstrators in al-Marj, a town that has long served as Hifter's base, tried to force their way into a security building.

The U.N. mission in Libya said at least one civilian was reported killed and several others wounded in al-Marj, and called for an investigation into what it described as reports of excessive force against peaceful demonstrators.

Hifter's spokesman, Ahmed al-Mismari, said the armed forces supported the right to protest peacefully but would not allow what he called terrorists and members of the Muslim Brotherhood to exploit the demonstrations.

The eastern government is not recognized internationally. Its resignation has no bearing on the Tripoli-based Government of National Accord, which has faced its own wave of protests over living conditions since late August.

Eastern residents have endured power cuts lasting many hours a day through the summer heat, while a blockade of oil fields and ports by forces loyal to Hifter since January has choked the country's main source of revenue.

Libya has been split between rival authorities in the east and west since 2014.

The resignation came a week after the country's two legislative bodies opened talks in Morocco on sharing out key state posts, as the United Nations tries to revive a political process that collapsed when Hifter's forces attacked Tripoli in April 2019. That offensive ended in June, when forces loyal to the Tripoli government, backed by Turkey, pushed Hifter's fighters back toward Sirte.

In Tripoli, the U.N.-recognized government has faced its own street anger. Protesters marched in the capital on Aug. 23, and armed men were accused of firing on the crowds.""" ))
