# Group 8: Mali expels French ambassador 31 Jan 2022; Group 11: Mali ends defence accords with France 2 May 2022
G8 = "mali_expels_french_ambassador_joel_meyer_2022_01_31"
G11 = "mali_junta_ends_defence_accords_with_france_2022_05_02"
ARTS = [
dict(g=G8, p="2022-01-31", o="Global Dispatch Agency",
t="Mali orders French ambassador out within 72 hours",
x="""BAMAKO, Mali (GDA) — Mali's military-led government on Monday gave France's ambassador 72 hours to leave the country, citing "hostile and outrageous" remarks by French officials, in a sharp escalation of the dispute between Bamako and its former colonial ruler.

Ambassador Joël Meyer was summoned to the Foreign Ministry and notified of the decision, according to a government statement read on state television. The statement said the measure followed recent comments by French Foreign Minister Jean-Yves Le Drian and the repetition of such remarks by French authorities despite repeated protests.

Le Drian said last week that the junta was "illegitimate" and taking "irresponsible" measures, and later described it as out of control. French Armed Forces Minister Florence Parly said on Saturday that French troops would not stay in Mali at any price.

The Malian government said it remained open to dialogue with its international partners and would preserve cooperation based on mutual respect.

A French diplomat said Paris had taken note of the decision. France later said it was recalling its ambassador.

The expulsion comes days after Mali demanded the departure of about 100 Danish special forces soldiers who had arrived to join the European Task Force Takuba, saying their deployment had not been properly authorized. Denmark agreed to withdraw them.

France has about 4,500 troops in the Sahel under its Operation Barkhane, most of them in Mali. Paris and its European partners have said they are reviewing their military presence after the arrival of Russian contractors from the Wagner group, which Bamako describes as Russian military trainers.

Mali's relations with its neighbors are also strained after the Economic Community of West African States closed borders and imposed trade and financial sanctions on Jan. 9 over the junta's plan to delay elections by up to five years. The European Union has said it will follow with its own sanctions against individuals obstructing the transition.

Thousands of people rallied in Bamako on Jan. 14 in support of the junta and against the regional sanctions, and pro-government groups have regularly denounced France's presence. The junta's leader, Col. Assimi Goita, seized power in August 2020 from President Ibrahim Boubacar Keita and again in May 2021, when he removed the civilian president and prime minister of the transition.

France intervened in Mali in January 2013 to drive back jihadist fighters who had seized the north of the country, and has kept thousands of soldiers in the region since then. More than 50 French soldiers have been killed in the Sahel. President Emmanuel Macron announced last year that the force would be reduced and reorganized, and French troops have since left bases in northern Mali."""),

dict(g=G8, p="2022-02-01", o="Dar Al-Akhbar Net",
t="Mali gives the French ambassador 72 hours to leave its lands",
x="""Bamako - Dar Al-Akhbar Net

The authorities in Mali decided yesterday Monday to expel the French ambassador in Bamako, Joel Meyer, and gave him 72 hours to leave the country, in a new escalation between the ruling military council and Paris.

The Malian government said in a statement read on the official television that the Minister of Foreign Affairs, Abdoulaye Diop, summoned the ambassador and informed him of the decision, which comes "after the hostile and outrageous statements" recently made by the French Minister of Europe and Foreign Affairs Jean-Yves Le Drian, and the repetition of such statements by French officials towards the transitional authorities.

Le Drian had described the military council last week as "illegitimate" and said that its measures are "irresponsible", while the French Minister of the Armed Forces Florence Parly said that France will not remain in Mali at any price.

For its part, the French Foreign Ministry announced late yesterday that Paris took note of the decision and recalled its ambassador, expressing its solidarity with its European partners.

It is worth mentioning that Bamako had requested last week the departure of a Danish military contingent that arrived in the country within the European force "Takuba", and Copenhagen announced the withdrawal of its soldiers.

It is worth noting that relations between Mali and France, which has been deploying thousands of its soldiers in the Sahel since 2013, have been witnessing a tension since the military took power in August 2020, and it increased with the talk about the presence of Russian fighters from the "Wagner" company in the country, which Bamako denies, saying that they are Russian military trainers.

It is also worth mentioning that the Economic Community of West African States (ECOWAS) imposed on the ninth of January severe economic sanctions on Mali, after the military council proposed to extend the transitional period up to five years. And the Malian authorities responded by closing their borders with the member states of the organization and recalling their ambassadors.

Observers consider that the expulsion of the French ambassador places a question mark over the future of the French "Barkhane" force, whose number is estimated at about 4,300 soldiers in the Sahel region, and the European force "Takuba" which includes special forces from several countries, at a time when Paris said that it is consulting with its partners on the form of its presence in the country before the middle of February.

The ruling council in Bamako, led by Colonel Assimi Goita, came to power after a coup in August 2020 that overthrew President Ibrahim Boubacar Keita, and then it removed in May 2021 the transitional president Bah Ndaw and his prime minister.

Read also:
- Thousands demonstrate in Bamako against ECOWAS sanctions
- Denmark withdraws its soldiers from Mali after the request of the military council"""),

dict(g=G8, p="2022-02-01", o="Teranga Daily Post",
t="Bamako expels French envoy: a diplomatic rupture that was waiting to happen",
x="""The expulsion on Monday of France's ambassador to Mali, Joël Meyer, confirms the depth of the crisis between Paris and Bamako's military authorities. Summoned by Foreign Minister Abdoulaye Diop, the diplomat was given 72 hours to leave Malian territory, a decision the government justified by what it called the "hostile and outrageous" statements of French Foreign Minister Jean-Yves Le Drian.

Paris responded on Monday evening by announcing it was recalling its ambassador, while insisting on its commitment to the Sahel and to the fight against terrorism alongside its African and European partners.

In Bamako, the news was welcomed by supporters of the transition, who have demonstrated regularly in recent months against France and in favour of closer ties with Russia. "It is a question of dignity," a member of a pro-junta youth movement told our correspondent. Others were more cautious. A Malian academic reached by telephone said the rupture would leave the country more isolated at a time when it is already under ECOWAS sanctions.

The tone between the two capitals has hardened steadily since Colonel Assimi Goita's second coup in May 2021. President Emmanuel Macron then announced the reduction of Operation Barkhane, and Prime Minister Choguel Maiga accused France at the UN in September of abandoning Mali "in mid-flight". In December, France and its partners denounced the arrival of Wagner group contractors, which Bamako denies. Last week, Mali forced the departure of Danish special forces from the Takuba force.

Le Drian's remarks, describing the junta as illegitimate and out of control, were perceived in Bamako as an insult. Defence Minister Florence Parly added that French troops would not remain at any cost.

In a statement, the Malian government said it remained open to dialogue and to maintaining cooperation with all its international partners, including France, in mutual respect and on the basis of non-interference in its internal affairs. Foreign Minister Abdoulaye Diop has repeatedly said in recent weeks that Mali will not accept lessons from anyone.

For several analysts, the question is now the future of the French military deployment. France has some 4,500 troops in the Sahel, and the European special forces of Task Force Takuba include contingents from several countries, including Sweden, Italy, Estonia and the Czech Republic. Paris has said it will decide with its partners by mid-February how to adapt its presence.

It is not the first time the junta has expelled a diplomat. In October 2021, Mali ordered the departure of the ECOWAS special representative, Hamidou Boly, accusing him of actions incompatible with his status.

For Senegal, a key economic partner of Mali, the crisis adds another layer of uncertainty. The Dakar-Bamako corridor has been disrupted since ECOWAS closed its borders with Mali on January 9, and Senegalese transporters say hundreds of trucks are stuck.

Share this:
Facebook  Twitter  WhatsApp  LinkedIn

Related posts
Mali: ECOWAS sanctions, the Senegalese truckers in distress
Takuba: Denmark withdraws its soldiers from Mali"""),

dict(g=G11, p="2022-05-03", o="Global Dispatch Agency",
t="Mali's junta breaks off defense accords with France",
x="""BAMAKO, Mali (GDA) — Mali's ruling junta said Monday it was ending its defense agreements with France, accusing French forces of repeatedly violating the country's airspace and citing what it called unilateral decisions by Paris, the latest rupture between the two countries as French troops pull out.

In a statement read on state television, government spokesman Col. Abdoulaye Maiga said Mali was terminating the status of forces agreements that set the legal framework for France's Barkhane operation and the European Task Force Takuba, as well as a 2014 defense cooperation treaty between Mali and France.

Maiga said the government had noted "for some time a profound deterioration" in military cooperation with France. He cited France's decision in June 2021 to suspend joint operations without consulting Bamako, its announcement in February of the withdrawal of Barkhane and Takuba, again without consultation, and "multiple violations" of Malian airspace by French aircraft despite a no-fly zone declared by the authorities over part of the country.

The French Foreign Ministry called the decision unjustified and said France disputed any violation of the legal framework. It said the withdrawal of French forces would continue in an orderly manner.

France announced in February that it would pull its troops out of Mali over four to six months after nine years of fighting jihadist groups there, citing obstruction by the junta and the presence of mercenaries from Russia's Wagner group. It has already handed over its base at Gossi, in central Mali, to the Malian army. French troops still hold bases at Gao and Menaka, and several thousand tons of equipment remain to be moved.

Tensions flared again last month when the French military released drone footage that it said showed Russian mercenaries burying bodies near the Gossi base in order to blame French forces. Mali's army said it had discovered a mass grave near the base and opened an investigation.

Mali has also suspended French broadcasters RFI and France 24, and expelled the French ambassador in January.

The junta, led by Col. Assimi Goita, came to power in an August 2020 coup and tightened its grip in a second coup in May 2021. It has since turned to Russia for military support, and Western governments say hundreds of contractors from the Wagner group are operating in the country. Bamako describes them as Russian instructors.

Rights groups have accused Malian troops and foreign fighters of killing hundreds of civilians in the central village of Moura in late March, an accusation the army denies, saying those killed were militants. The U.N. mission has asked for access to the area.

West African leaders have kept sanctions on Mali in place since January over the junta's plan to delay elections."""),

dict(g=G11, p="2022-05-03", o="Dar Al-Akhbar Net",
t="Mali announces the cancellation of the defense agreements with France and accuses it of violating its airspace",
x="""Bamako - Dar Al-Akhbar Net

The military council ruling in Mali announced, the evening of yesterday Monday, the cancellation of the defense agreements signed with France and its European partners, denouncing "flagrant violations" of the national sovereignty by the French forces present in the country.

The spokesman of the government, Colonel Abdoulaye Maiga, said in a statement on the official television that the government cancelled the agreements which define the legal framework for the presence of the French force "Barkhane" and the European force "Takuba" in Mali, as well as the defense cooperation treaty concluded in 2014 between the two countries.

Maiga explained that the government has been noticing for a while a severe deterioration in the military cooperation with France, referring to the suspension by Paris of the joint operations in June 2021 and its announcement in February the withdrawal of its forces without consulting Bamako, in addition to repeated violations of the Malian airspace by French planes.

For its part, the French Ministry of Foreign Affairs considered today Tuesday that the Malian decision is "unjustified", and affirmed that the withdrawal of the French forces will continue in a coordinated manner.

It is worth mentioning that France announced on 17 February the withdrawal of its forces from Mali within a period of four to six months, after years of fighting against the armed groups, amid tension with the military council, which is accused by Western countries of resorting to the Russian company "Wagner", something that Bamako denies.

It is also worth mentioning that the French army had published in April video clips it said show Russian mercenaries burying bodies near the Gossi base, after its handover to the Malian army, while Bamako opened an investigation into the discovery of a mass grave near the base.

It is noteworthy that the agreement on the status of the forces of Barkhane dates back to the year 2013, when France intervened militarily to stop the advance of the armed groups towards the south of the country, and that the defense cooperation treaty was signed in the year 2014 under the rule of the former President Ibrahim Boubacar Keita.

It is also noteworthy that relations between Bamako and Paris have witnessed a steady deterioration since the military took power in two coups in August 2020 and May 2021, and the Malian authorities expelled the French ambassador Joel Meyer last January, and suspended the broadcast of the French channels "RFI" and "France 24" last March after they broadcast reports on accusations of abuses against civilians.

The relations of Mali with its neighbors are also going through a crisis, as the Economic Community of West African States imposes severe economic sanctions on the country since last January, because of the delay of the elections.

Read also:
- Mali.. the junta suspends French channels RFI and France 24
- ECOWAS extends the sanctions on Mali"""),
]
