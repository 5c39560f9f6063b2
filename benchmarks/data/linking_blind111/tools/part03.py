# Group 4: second coup, Ndaw and Ouane detained, 24 May 2021
G = "soldiers_detain_mali_president_ndaw_pm_ouane_2021_05_24"
ARTS = [
dict(g=G, p="2021-05-24", o="Sahel Press Wire",
t="Mali soldiers detain interim president, PM after cabinet reshuffle",
x="""BAMAKO (SPW) - Soldiers in Mali detained interim President Bah Ndaw and Prime Minister Moctar Ouane on Monday and took them to the Kati military camp outside Bamako, hours after a government reshuffle that removed two senior army officers from key posts, diplomatic and government sources said.

Defence Minister Souleymane Doucoure was also taken to Kati, two of the sources said.

The arrests came shortly after the presidency announced a new cabinet in which Colonel Sadio Camara, who held the defence portfolio, and Colonel Modibo Kone, the security minister, were replaced. Both men were members of the junta that overthrew President Ibrahim Boubacar Keita in August last year.

Soldiers kept control of four ministries in the new line-up, according to the list read on state television, but the departure of the two colonels was seen in Bamako as a challenge to the influence of Vice President Assimi Goita, who led the August coup.

There was no immediate comment from Goita's office or the army. Streets in the centre of the capital were calm on Monday evening, residents said, although some offices closed early.

In a joint statement late on Monday, the U.N. mission in Mali, ECOWAS, the African Union, France, the United States, Britain, Germany and the European Union condemned what they called an attempted coup and demanded the "immediate and unconditional" release of the detained leaders.

Ndaw and Ouane were appointed last September to lead an 18-month transition to elections, under pressure from West African neighbours who imposed sanctions after the coup. Ouane had resigned and been immediately reappointed on May 14 with a mandate to form a broader government, amid criticism of the military's grip on the transition and the slow pace of reforms.

The transitional government had set out a calendar that includes a constitutional referendum on Oct. 31 and presidential and legislative elections in February and March 2022. Opposition parties and the M5-RFP movement, which led the 2020 protests against Keita, had accused the authorities of dragging their feet and called for the dissolution of the government.

The interim authorities also faced a wave of strikes by the main trade union federation, the UNTM, over pay, adding to pressure on Ouane's government in the days before the reshuffle.

France, which has about 5,100 troops in the Sahel under its Barkhane operation, and the U.N. mission, which has around 13,000 peacekeepers in Mali, have repeatedly stressed the need for a civilian-led transition.

Mali has been battling Islamist insurgents linked to al Qaeda and Islamic State since 2012, when rebels and jihadists seized the north. Thousands of soldiers and civilians have been killed, and hundreds of thousands have fled their homes.

(Reporting by SPW Bamako bureau; editing by the West Africa desk)"""),

dict(g=G, p="2021-05-25", o="Africa Now Live",
t="LIVE: Mali's leaders held at Kati camp; Goita says he has 'stripped' them of their powers",
x="""Live updates | Last updated 25 May 2021, 21:40 GMT

21:40 - That's where we will pause our live coverage for tonight. Summary of the day: President Bah Ndaw and PM Moctar Ouane are still held at the Kati barracks; Vice-President Col Assimi Goita says they were removed from their functions; ECOWAS mediator Goodluck Jonathan is in Bamako; Western partners and the AU threaten sanctions.

19:05 - Statement from Col Goita, read on state broadcaster ORTM. He says Mr Ndaw and Mr Ouane were "placed outside of their prerogatives" because they formed the new government without consulting him, though he is in charge of defence and security under the transition charter. He accuses them of trying to sabotage the transition. He also says the process will "follow its normal course" and that elections planned for 2022 will take place.

17:30 - Goodluck Jonathan, the former Nigerian president who mediated after last year's coup, has landed in Bamako, ECOWAS officials say. He is expected to meet the military officers later today and, he hopes, the detained leaders.

16:10 - French President Emmanuel Macron, speaking in Brussels after a European summit, calls the events in Mali "a coup within a coup" and says it is unacceptable. EU leaders say they are ready to consider "targeted measures".

15:05 - A reader asks who Col Goita is. He is a 38-year-old former commander of Mali's special forces who fought jihadists in the north and centre. He led the junta that toppled President Ibrahim Boubacar Keita on 18 August 2020, then became vice-president of the transition in September, with responsibility for defence and security.

14:50 - The African Union Commission chairman, Moussa Faki Mahamat, has called for the immediate release of the detained leaders and says the AU will consider appropriate measures. The UN Secretary-General, Antonio Guterres, has also called for calm and the unconditional release of the civilian leaders.

14:25 - Our correspondent in Bamako says the city is quiet. Banks and markets opened as normal this morning. A few dozen people gathered near the Independence monument to back the army.

11:50 - The UN Security Council is expected to discuss Mali behind closed doors on Wednesday, diplomats say.

09:15 - Quick recap of how we got here. On Monday afternoon the presidency published a reshuffled cabinet. Two colonels from last year's junta - Sadio Camara (defence) and Modibo Kone (security) - were dropped. Within hours, soldiers had taken Mr Ndaw, Mr Ouane and the new defence minister Souleymane Doucoure to Kati, the garrison town where the August 2020 coup against Ibrahim Boubacar Keita began.

08:00 - Welcome to our live coverage. Overnight, a joint statement by the UN mission MINUSMA, the AU, ECOWAS, the EU, France, the UK, Germany and the US condemned the detentions and called for the leaders' immediate release.

ELSEWHERE ON THE CONTINENT TODAY
- DR Congo: earth tremors keep Goma on edge after Nyiragongo eruption
- Ethiopia: Addis Ababa rejects US visa restrictions over Tigray"""),

dict(g=G, p="2021-05-25", o="Teranga Daily Post",
t="Mali: Second coup in nine months as Goita sidelines Ndaw and Ouane",
x="""Mali's military once again took matters into its own hands on Monday when soldiers arrested transition President Bah Ndaw and Prime Minister Moctar Ouane, barely eight months after the two men were installed to steer the country back to civilian rule.

Both were driven to the Kati military camp, about 15km from Bamako, along with new Defence Minister Souleymane Doucoure, shortly after the announcement of a reshuffled government that left out two influential colonels of the former junta, Sadio Camara and Modibo Kone.

On Tuesday, Vice President Colonel Assimi Goita went on national television to say he had relieved the president and the prime minister of their powers. He said they had formed the government without consulting him, in violation of the transition charter, and insisted that the transition would continue and elections would be held in 2022 as planned.

In Dakar, the news was received with concern. A senior diplomat told the Teranga Daily Post that the region "cannot afford to watch a second coup pass as an internal matter", while civil society groups expressed fears that the transition was being confiscated by the military.

ECOWAS, whose mediator Goodluck Jonathan arrived in Bamako on Tuesday, had demanded that the leaders be freed without conditions. The organisation had lifted the sanctions it imposed after the August 2020 coup only last October, once Ndaw and Ouane were in place. The African Union, the United Nations, France, the United States and the European Union also condemned the arrests.

The crisis has been brewing for weeks. Mali's political class and the M5-RFP protest movement, which led demonstrations against President Ibrahim Boubacar Keita last year, had criticised the heavy presence of officers in government and the slow progress of reforms. Under pressure, Ouane resigned on May 14 and was immediately reappointed to form a more inclusive team. When the new list was read on Monday afternoon, the absence of the defence and security ministers Sadio Camara and Modibo Kone, both close to Goita, was immediately noticed.

Colonel Goita, a 38-year-old former commander of the special forces, had kept the vice presidency created for him by the transition charter, with responsibility for defence and security. Many observers had warned that this arrangement would make the civilian leaders hostages of the army. "The vice president held the real power from the beginning. What happened on Monday is only its confirmation," said a Senegalese political scientist who specialises in the Sahel.

In Bamako, the M5-RFP, which had fallen out with the transitional authorities, was cautious in its first reactions.

Senegal shares a long border and strong trade ties with Mali, whose imports pass largely through the port of Dakar. Traders in the Senegalese capital still remember the losses suffered during last year's border closure.

Share this:
Facebook  Twitter  WhatsApp  LinkedIn

We use cookies to ensure that we give you the best experience on our website. If you continue to use this site we will assume that you are happy with it. Ok"""),

dict(g=G, p="2021-05-25", o="Dar Al-Akhbar Net",
t="Mali.. The military arrests the transitional president and the prime minister and international condemnations",
x="""Bamako - Dar Al-Akhbar Net

The military in Mali arrested yesterday evening Monday the interim president Bah Ndaw and the prime minister Moctar Ouane, and transferred them to the Kati military base near the capital Bamako, hours after the announcement of a new government, according to diplomatic and government sources.

The sources said that the arrest came after the announcement of a government reshuffle in which two officers from the military council that took power last August were excluded, namely the minister of defense Sadio Camara and the minister of security Modibo Kone.

And today Tuesday, the vice president of the transitional period, Colonel Assimi Goita, said in a statement read on the official television that he removed the president and the prime minister from their powers, accusing them of forming the government without consulting him, and he affirmed that the elections will be held as scheduled in the year 2022.

In a joint statement, the United Nations mission in Mali, the Economic Community of West African States, the African Union, the European Union and a number of countries including France and the United States strongly condemned the arrest and demanded the immediate and unconditional release of the two men, and warned the military against any act imposed by force.

The French President Emmanuel Macron described what happened as "a coup within a coup", and said that it is not acceptable. The European Union, for its part, threatened to take targeted measures against those responsible.

The mediator of the Economic Community of West African States, the former Nigerian President Goodluck Jonathan, arrived today Tuesday in Bamako to meet the military, while the streets of the capital witnessed a cautious calm, according to witnesses, and the banks and markets opened their doors normally.

The new government, which was announced yesterday Monday by the general secretary of the presidency, kept the military in the ministries of defense, security, territorial administration and national reconciliation, but the two officers Camara and Kone were replaced, which was considered by observers as a direct challenge to the influence of Goita.

It is worth mentioning that Ndaw, a retired colonel and former minister of defense, was sworn in last September as president of a transitional period of 18 months, a month after the military overthrew President Ibrahim Boubacar Keita following popular protests.

It is worth noting that Mali, which is facing since 2012 the attacks of armed groups linked to Al-Qaeda and ISIS, hosts a United Nations peacekeeping mission with about 13 thousand soldiers and a French force."""),
]
