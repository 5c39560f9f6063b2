# Events: Bouznika HoR-HCS talks end with joint statement (10 Sep 2020);
#         Montreux consultations facilitated by HD end (7-9 Sep 2020)
GB = "bouznika_hor_hcs_sovereign_posts_agreement_2020_09_10"
GM = "montreux_hd_consultations_end_2020_09_09"

ARTICLES = [
dict(group=GB, published="2020-09-10", outlet="Agence Euro-Mediterranee",
title="Rival Libyan delegations reach 'comprehensive agreement' on top posts in Morocco talks",
text="""BOUZNIKA, Morocco, Sept 10 (AEM) - Delegations from Libya's two rival legislative bodies said on Thursday they had reached a "comprehensive agreement" on the criteria and mechanisms for appointing the heads of the country's key sovereign institutions, at the end of five days of talks in Morocco.

The talks in the coastal town of Bouznika, south of Rabat, brought together five members of the eastern-based House of Representatives and five from the Tripoli-based High Council of State, which acts as an upper chamber. They began on Sunday behind closed doors.

Neither parliament speaker Aguila Saleh nor the head of the High Council of State, Khaled al-Mishri, attended in person.

In a joint final statement read out by Driss Omran of the House of Representatives, the two sides said they had agreed on "transparent and objective" criteria for filling the posts, and would meet again during the last week of September to complete the measures needed to implement the deal.

The talks were held under Article 15 of the 2015 Libyan Political Agreement signed in Skhirat, Morocco, which requires the two chambers to agree jointly on appointments to seven sovereign positions, including the governor of the Central Bank, the head of the Audit Bureau, the head of the electoral commission, the attorney general and the president of the Supreme Court.

The division of those institutions, several of which have rival heads in the east and west, has been one of the main obstacles to reunifying the state.

Moroccan Foreign Minister Nasser Bourita, who attended the closing session, said the outcome showed that Libyans were capable of solving their problems without tutelage or outside influence. He said the compromises were not "a mere declaration of intentions" but concrete decisions on institutions that affect Libyans' daily lives.

The delegations thanked King Mohammed VI and called on the United Nations and the international community to support Morocco's efforts.

The meeting comes after the head of the UN-recognised Government of National Accord, Fayez al-Serraj, and Saleh announced ceasefires in separate statements on August 21. At the same time this week, a separate group of Libyan figures met in Montreux, Switzerland, under the auspices of a Geneva-based mediation group and the UN mission, and recommended elections within 18 months.

Marshal Haftar launched an offensive on Tripoli in April 2019, which was pushed back in June 2020 by pro-GNA forces with decisive Turkish support. Haftar is backed by the United Arab Emirates, Egypt and Russia.

Libya has been mired in chaos since the 2011 uprising that toppled and killed dictator Moamer Kadhafi, with rival administrations in Tripoli and the east vying for power and foreign powers backing each side.

kl-ser/jv"""),

dict(group=GB, published="2020-09-11", outlet="Gundem Ekspres",
title="Libyan sides in Morocco Bouznika reached agreement on sovereign posts",
text="""[ad_1]

The delegations of the Libya Temsilciler Meclisi (House of Representatives) which is based in Tobruk and the Devlet Yüksek Konseyi (High Council of State) which is based in Trablus, at the end of the negotiations they made in Morocco's Bouznika town, announced that on the criteria for the appointment to the sovereign posts they reached comprehensive agreement.

In the final declaration which was read after the negotiations which started on Pazar (Sunday) and continued 5 days, it was stated that the sides reached agreement on "transparent and objective criteria and mechanisms" for the sovereign posts, and that they will continue the dialogue in the last week of September.

In the negotiations, from both institutions five members each participated. The Moroccan Foreign Minister Nasır Burita, who attended to the closing session, said that the Libyans showed that they can find solutions to their problems "without tutelage".

The negotiations were held in a hotel in Bouznika town, about 40 kilometres from the capital Rabat. Rabat administration had said that Morocco has no initiative of its own on Libya and that it is only providing the suitable atmosphere for the Libyans.

In the declaration it was emphasized that the meetings are made according to the 15th article of the Libyan Political Agreement which was signed in 2015 in Morocco's Suhayrat city, and that they confirm the results of the Berlin Conference.

According to the said article, the appointments to the central bank governorship, the Audit Court, the High Election Commission, the Supreme Court and the attorney general posts must be made with the consensus of the two institutions.

It is known that the Temsilciler Meclisi Başkanı (Speaker) Akile Salih is supporting the putschist Hafter, and the head of the Devlet Yüksek Konseyi Halid el-Mişri is close to the legitimate government of Fayiz es-Serrac.

The putschist Hafter had started on 4 April 2019 the attacks for capturing Trablus. The UMH forces, with the support of Türkiye, in May and June had expelled the Hafter militias from the capital and from the west of the country, including Vatiye (al-Watiya) air base and Terhune (Tarhuna) city.

On 21 August, the Prime Minister Serrac and Akile Salih, with separate statements, had announced ceasefire in the whole country, and called for the holding of elections. The UMH (National Accord Government) is expecting that the sides respect to the ceasefire and that the mercenaries of Hafter, including Wagner, leave the country.

On the other hand, in Switzerland's Montrö (Montreux) city, in a meeting made with participation of the Libyan political figures, it was recommended that the elections be held within 18 months.

Ankara supports that the solution in Libya be under the roof of the BM and on the basis of the Berlin process.

Etiketler (Tags): Libya, Fas, Bouznika, Akile Salih, Mişri

[ad_2]"""),

dict(group=GM, published="2020-09-10", outlet="PR Relay Network",
title="Libyan stakeholders' consultative meeting in Montreux concludes with recommendations on preparatory phase and elections",
text="""PRESS RELEASE

Montreux / Geneva, 10 September 2020 - A consultative meeting between representatives of key Libyan stakeholders, held in Montreux, Switzerland, from 7 to 9 September 2020, has concluded with a set of recommendations to relaunch the political process, the organisers announced.

The meeting was facilitated by the Centre for Humanitarian Dialogue (HD), a Geneva-based private diplomacy organisation, in the presence of the United Nations Support Mission in Libya (UNSMIL). It built on the ceasefire declarations issued on 21 August 2020 by the President of the Presidency Council and the Speaker of the House of Representatives.

Participants agreed to submit their recommendations to the Libyan Political Dialogue to be convened by UNSMIL in the near future. The main recommendations are:

- A time-limited "Preparatory Phase for a Comprehensive Settlement", aimed at creating the conditions to hold presidential and parliamentary elections within eighteen months, on an agreed constitutional basis;
- A restructured executive authority consisting of a Presidency Council, with a president and two deputies, and a separate Government of National Unity;
- The selection of the members of the Presidency Council and the Head of Government to take place within the framework of the Libyan Political Dialogue; the Head of Government to nominate a government and submit it for a vote of confidence, reflecting Libya's geographic, political and social diversity;
- Periodic monitoring of the performance of the executive by the Libyan Political Dialogue;
- A call on the House of Representatives and the High Council of State to agree on appointments to sovereign positions within a reasonable time;
- The temporary relocation of the executive and the House of Representatives to Sirte once appropriate security and logistical arrangements are in place;
- Steps toward national reconciliation, including the implementation of the amnesty law and the return of displaced persons and of Libyans abroad.

The Acting Special Representative of the Secretary-General and Head of UNSMIL, Stephanie Williams, warmly welcomed the outcomes. In a statement, UNSMIL thanked HD for organising the meeting at a decisive turning point, and commended the participants for putting aside long-standing differences to recommend a Libyan-Libyan solution that can be put on the table for the early resumption of the UN-facilitated Libyan Political Dialogue Forum.

UNSMIL noted that the deteriorating socio-economic conditions in Libya, the rise in COVID-19 cases, electricity and water shortages and the continuing oil blockade make a quick and peaceful solution all the more urgent.

Media contacts: HD Communications; UNSMIL Spokesperson's Office
Distributed by PR Relay Network
###"""),

dict(group=GM, published="2020-09-11", outlet="The Nile Gazette",
title="Montreux meeting proposes 18-month road to Libyan elections, eastern critics question participants",
text="""A consultative meeting of Libyan political figures held in the Swiss town of Montreux has recommended holding presidential and parliamentary elections within 18 months and restructuring the country's executive authority, amid criticism in eastern Libya over who took part.

The three-day meeting, which ended on Wednesday, was facilitated by the Geneva-based Centre for Humanitarian Dialogue in the presence of the UN Support Mission in Libya (UNSMIL). In a closing statement issued on Thursday, participants called for a new Presidency Council of a president and two deputies, a separate national unity government that would seek a vote of confidence, and the temporary relocation of the executive and the House of Representatives to Sirte once security arrangements are in place.

Acting UN envoy Stephanie Williams welcomed the outcome, saying it could pave the way for the early resumption of the Libyan Political Dialogue Forum. Italy also welcomed the results.

However, media outlets and commentators in eastern Libya criticised the meeting, saying the participants did not include genuine representatives of the eastern region and included figures linked to the Muslim Brotherhood. Some also objected to the idea of delaying elections for a year and a half, after the Tripoli-based Presidential Council had itself called for elections in March 2021.

The Montreux recommendations came as delegations of the House of Representatives and the High Council of State concluded five days of talks in Bouznika, Morocco, on Thursday, announcing a "comprehensive agreement" on the criteria for appointing the heads of sovereign institutions.

Both tracks follow the ceasefire statements issued on August 21 by House Speaker Aguila Saleh and Presidential Council head Fayez al-Sarraj. Speaker Saleh's proposal that Sirte become the seat of a new Presidential Council echoes the Cairo Declaration launched by President Abdel Fattah El-Sisi on June 6.

Egypt has consistently stressed that any settlement must include the exit of all foreign forces and mercenaries, the dismantling of militias, and a fair distribution of Libya's wealth among its three regions. President Sisi warned in June that the Sirte-Jufra line was a red line for Egypt's national security.

In July, Egypt's House of Representatives authorised the deployment of the armed forces outside the country's borders, after the Libyan House of Representatives called on Cairo to intervene if necessary to protect Libya's national security. Since then, diplomatic contacts have intensified, with Cairo, Rabat and Geneva all hosting Libyan delegations. The oil blockade imposed by tribes in the east and south since January remains in place.

The Libyan National Army (LNA) has not commented officially on the Montreux meeting. The LNA's spokesman, Major General Ahmed al-Mismari, last month described the ceasefire announced by al-Sarraj as "media marketing", warning of Turkish military build-up west of Sirte.

Read more
Bouznika talks: Libyan delegations agree criteria for sovereign posts
Saleh: Sirte to host new Presidential Council
Egypt welcomes Libyan ceasefire statements

Tags: Libya, Montreux, UNSMIL, elections

Exit mobile version"""),
]
