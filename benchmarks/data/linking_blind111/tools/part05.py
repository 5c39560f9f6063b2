# Group 7: ECOWAS sanctions and border closure, Accra summit 9 Jan 2022
G = "ecowas_imposes_sanctions_closes_borders_mali_2022_01_09"
ARTS = [
dict(g=G, p="2022-01-09", o="Sahel Press Wire",
t="West African bloc shuts borders with Mali, imposes sanctions over election delay",
x="""ACCRA (SPW) - West African leaders agreed on Sunday to close their borders with Mali and impose sweeping economic sanctions after the country's military rulers proposed staying in power for up to five more years before holding elections.

The Economic Community of West African States (ECOWAS) said after an extraordinary summit in the Ghanaian capital that the junta's proposed timetable was "totally unacceptable" and would simply mean that an illegitimate military government would hold the Malian people hostage.

Member states will recall their ambassadors from Bamako, close land and air borders with Mali, suspend commercial and financial transactions except for essential goods such as food, medicines and fuel, and freeze Malian state assets held at the regional central bank and in commercial banks, the bloc said in a communique. Financial assistance from regional institutions will also be cut off.

The measures take effect immediately and will be lifted gradually only once an acceptable election calendar is agreed and implemented, ECOWAS said. Leaders of the eight-member West African Economic and Monetary Union (UEMOA), which shares the CFA franc, met in Accra earlier on Sunday and backed the financial measures.

The sanctions are much tougher than those imposed after the August 2020 coup. Mali is landlocked and depends on ports in Senegal, Ivory Coast and elsewhere in the region for most of its imports.

Mali's transitional authorities had agreed to hold presidential and legislative elections on Feb. 27, 2022, but said last month that insecurity made that impossible. After national consultations in December, they submitted a plan to ECOWAS for a transition lasting until the end of 2026. ECOWAS had warned at a summit in Abuja on Dec. 12 that it would impose additional sanctions in January if the junta did not present an acceptable calendar.

Regional leaders appeared in no mood to compromise. Several of them fear that military takeovers in Mali and Guinea, where soldiers ousted President Alpha Conde in September, could encourage others.

The junta's relations with Western partners have also deteriorated. France and 14 other countries last month condemned the deployment in Mali of mercenaries from Russia's Wagner group, which Bamako denies.

There was no immediate reaction from the government in Bamako.

Colonel Assimi Goita seized power in August 2020 from President Ibrahim Boubacar Keita and again in May 2021 from the interim civilian leaders who were meant to steer the country to elections.

Mali has been battling Islamist insurgents linked to al Qaeda and Islamic State since 2012, when rebels and jihadists seized the north. Thousands of soldiers and civilians have been killed, and hundreds of thousands have fled their homes.

(Reporting by SPW Accra and Bamako bureaux; editing by the West Africa desk)"""),

dict(g=G, p="2022-01-10", o="Accra Evening Courier",
t="ECOWAS slams tough sanctions on Mali junta at Accra summit",
x="""Heads of State and Government of the Economic Community of West African States (ECOWAS) have imposed a fresh package of sanctions on Mali, including the closure of land and air borders, after rejecting the military junta's plan to extend the transition by up to five years.

The decision was announced on Sunday night at the end of an extraordinary summit in Accra, chaired by President Nana Addo Dankwa Akufo-Addo, the current Chairman of the ECOWAS Authority.

Reading the final communique, the President of the ECOWAS Commission, Jean-Claude Kassi Brou, said the Authority found the chronogram submitted by the Malian transitional authorities unacceptable, as it would keep an illegitimate military government in place for the next five years.

The additional sanctions include the recall of ambassadors, the suspension of all commercial and financial transactions with Mali except for food, pharmaceutical products, medical equipment including COVID-19 materials, petroleum products and electricity, the freezing of Mali's assets in ECOWAS central and commercial banks, and the suspension of Mali from financial assistance by regional institutions such as the ECOWAS Bank for Investment and Development (EBID) and the West African Development Bank (BOAD).

The Authority also activated the ECOWAS Standby Force, directing it to be ready for any eventuality, according to the communique.

President Akufo-Addo has consistently said the region cannot accept the normalisation of military takeovers. Since August 2020, Mali has experienced two coups, while Guinea's President Alpha Conde was overthrown in September last year.

Ghanaian traders who move goods along the Tema-Ouagadougou-Bamako corridor expressed concern about the impact on business. A freight forwarder at Tema Port told the Courier that trucks already loaded for Mali were uncertain whether they could proceed. "We support the leaders, but the borders affect all of us," he said.

The summit also reviewed the situation in Guinea and expressed concern about the absence of an election timetable four months after the coup there.

Mali was supposed to hold elections on February 27, 2022, under the transition charter agreed after the August 2020 coup. The junta says insecurity makes polls impossible in much of the country and wants reforms first.

Late on Sunday, the Malian government responded by recalling its own ambassadors from ECOWAS member states and closing its borders with them, describing the sanctions as illegal and illegitimate. It said it remained open to dialogue.

Analysts in Accra said the sanctions were the toughest the bloc has imposed on a member state in years. A lecturer in international relations at the University of Ghana told the Courier that ECOWAS was determined to protect its credibility after two coups in Mali and one in Guinea in barely 18 months. "If the leaders had accepted five years, every ambitious colonel in the region would be watching," he said.

The freeze on Malian assets at the Central Bank of West African States (BCEAO) could make it difficult for Bamako to service its debt and pay salaries, economists warn, since Mali shares the CFA franc with seven other countries of the West African Economic and Monetary Union (UEMOA), which met in Accra earlier on Sunday and endorsed the measures.

Related Stories
- Akufo-Addo: ECOWAS will not tolerate unconstitutional changes of government
- Mali junta proposes five-year transition
- Ghana-Mali trade: what the numbers say

Share this: Facebook Twitter WhatsApp Email"""),

dict(g=G, p="2022-01-10", o="Portail Info Transition",
t="COMMUNIQUE OF THE GOVERNMENT OF THE TRANSITION FOLLOWING THE SANCTIONS OF ECOWAS AND UEMOA",
x="""PORTAIL INFO TRANSITION - Official communiqués

Bamako, 9 January 2022

The Government of the Transition informs the national and international public opinion that the Heads of State of the Economic Community of West African States (ECOWAS) and of the West African Economic and Monetary Union (UEMOA), meeting in extraordinary session this Sunday 9 January 2022 in Accra, Republic of Ghana, have taken economic and financial sanctions against the Republic of Mali.

These measures include notably the closure of land and air borders between the Member States and Mali, the suspension of commercial and financial transactions, the freezing of the assets of the Malian State at the Central Bank of West African States and in the commercial banks, and the recall of the ambassadors of the Member States.

The Government of the Transition strongly condemns these illegal and illegitimate sanctions, which go beyond the community texts, and deplores the inhuman character of measures which affect the populations already hit by the security crisis and the health crisis.

The Government regrets that the proposals presented by Mali in the spirit of dialogue, resulting from the national consultations (Assises nationales de la refondation), were not taken into account. It notes that the sub-regional organisations have been instrumentalised by extra-regional powers with hidden motives.

In application of the principle of reciprocity, the Government of the Transition decides:
- to recall its ambassadors accredited to the Member States of ECOWAS;
- to close its land and air borders with the States concerned.

The Government reassures the population that all measures are being taken to guarantee the normal supply of the country, and invites the people to remain calm and mobilised.

The Government of the Transition remains open to dialogue with ECOWAS in order to find a consensus in the superior interest of the Malian people.

The Minister of Territorial Administration and Decentralisation, Spokesman of the Government
Colonel Abdoulaye MAÏGA

---
Published by the editorial service. Reproduction authorised with mention of the source."""),

dict(g=G, p="2022-01-10", o="Le Flambeau de Bamako (English edition)",
t="Sanctions of ECOWAS: Bamako closes its borders in return, the population between anger and worry",
x="""Posted on 10 January 2022 by Editorial staff | Nation

The sky fell on the head of the Malians this Sunday 9 January. Gathered in extraordinary summit in Accra, the heads of state of the ECOWAS decided to close the land and air borders with our country, to suspend the commercial and financial exchanges except the products of first necessity, to freeze the assets of Mali at the BCEAO and to recall their ambassadors. The UEMOA, whose summit was held in the morning in the same city, aligned itself.

The reason: the chronogram of the Transition handed by the Government to the sub-regional organisation at the turn of the year, which foresees a duration of five years maximum, was judged "totally unacceptable" by the sub-regional organisation. The presidential and legislative elections were initially fixed at 27 February 2022.

The answer of Bamako did not delay. In a communiqué read late in the night on the ORTM by the spokesman of the Government, the colonel Abdoulaye Maïga, the Transition condemned "illegal and illegitimate" sanctions and announced, by reciprocity, the recall of its ambassadors in the countries of the ECOWAS and the closure of its borders with these States. The Government speaks of sub-regional organisations "instrumentalised by extra-regional powers".

In the streets of the capital, this Monday morning, the conversations turned around only this subject. At a service station of Hamdallaye, a taxi driver told us: "They want to put us on our knees, but Mali will not kneel." Further, at the market of Dibida, a trader of cloth was more worried: "All our goods pass by Dakar and Abidjan. If the trucks stop, who will pay?" Several wholesalers said they feared a rise in the prices of rice, sugar and cement in the coming days.

On the side of the banks, clients rushed since the morning to the counters to withdraw money, fearing a blockage of the transfers. A bank executive who demanded anonymity explained to us that the freezing of the assets of the State at the BCEAO could complicate the payment of the salaries of the civil servants if the situation lasts.

The political class is divided. Parties close to the Transition call to the "sacred union" behind the authorities, while other formations, who had already contested the Assises nationales de la refondation, consider that the Government has pushed the country into isolation.

It is to remember that the ECOWAS had already imposed sanctions after the events of 18 August 2020, before lifting them in October 2020 after the installation of the transition of Bah N'Daw. The Malian authorities, who have announced a plan of response, invited the population to a great mobilisation.

Read also: Assises nationales: the recommendations for a transition from six months to five years
Read also: Fuel: the importers reassure on the stocks

Exit mobile version"""),
]
