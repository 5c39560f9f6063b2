# Group 1: coup against Keita, 18 Aug 2020
G = "mutineers_topple_mali_president_keita_2020_08_18"
ARTS = [
dict(g=G, p="2020-08-18", o="Lagos Frontline",
t="BREAKING: Mali President Keita, PM Cisse Arrested By Mutinying Soldiers",
x="""[ad_1]

Soldiers who mutinied at a military camp outside Bamako on Tuesday have arrested Mali's President Ibrahim Boubacar Keita and his Prime Minister Boubou Cisse, according to multiple security sources.

The two men were picked up from the president's private residence in the Sebenikoro area of the capital in the afternoon and driven to the Kati garrison, about 15 kilometres from Bamako, where the revolt started in the morning.

Witnesses said soldiers fired into the air at Kati before helping themselves to weapons from the armoury and moving towards the city. Crowds of anti-government protesters cheered them at the Independence Square.

Read also: ECOWAS leaders hold virtual summit on Mali political crisis

The West African bloc ECOWAS, the African Union and France had earlier in the day called on the soldiers to return to their barracks.

The 75-year-old Keita has faced weeks of street protests led by the June 5 Movement (M5-RFP), an alliance of opposition parties, religious leaders and civil society groups, who accuse his government of corruption and of failing to stop jihadist violence in the north and centre of the country.

It is not yet clear who is leading the mutineers or what their demands are.

More details later...

Share this:
Click to share on Twitter (Opens in new window)
Click to share on Facebook (Opens in new window)
Click to share on WhatsApp (Opens in new window)

Related
Mali: Imam Dicko calls for fresh protests in Bamako
Buhari, Ouattara, Akufo-Addo in Bamako to mediate Mali crisis"""),

dict(g=G, p="2020-08-19", o="Sahel Press Wire",
t="Mali's Keita resigns after soldiers seize him in coup",
x="""BAMAKO (SPW) - Mali's President Ibrahim Boubacar Keita announced his resignation shortly before midnight on Tuesday, hours after mutinous soldiers detained him at gunpoint, plunging a country at the centre of the fight against Islamist militancy in West Africa into fresh uncertainty.

Wearing a face mask and speaking in a brief address broadcast on state television ORTM, the 75-year-old said he was stepping down with immediate effect and dissolving both the government and the National Assembly.

"If today certain elements of our armed forces want this to end through their intervention, do I really have a choice?" Keita said, adding that he did not want blood to be spilled to keep him in office.

Keita and Prime Minister Boubou Cisse were arrested on Tuesday afternoon at the president's residence in Bamako and taken to the Kati military camp, where the mutiny had begun that morning. Several ministers and senior officers were also rounded up, according to security sources.

Early on Wednesday, a group of officers calling itself the National Committee for the Salvation of the People (CNSP) appeared on state television. Its spokesman, air force deputy chief of staff Colonel-Major Ismael Wague, said the soldiers had acted to stop the country sliding into chaos and promised a civilian political transition leading to general elections "within a reasonable time".

Wague said existing international agreements, including those with the United Nations peacekeeping mission MINUSMA and France's Barkhane counter-terrorism force, would be respected. The committee announced the closure of land and air borders and a night-time curfew.

The Economic Community of West African States (ECOWAS) said it was closing its members' borders with Mali, suspending financial flows and removing the country from its decision-making bodies. The U.N. Security Council was due to meet behind closed doors on Wednesday at the request of France and Niger.

The takeover follows months of protests against Keita led by the June 5 Movement, a coalition headed by influential imam Mahmoud Dicko, which accused the president of corruption and mismanagement. At least 11 people were killed when security forces broke up demonstrations in Bamako in July.

West African mediators led by former Nigerian President Goodluck Jonathan had spent weeks trying to broker a compromise, proposing a national unity government and a reshaped Constitutional Court. Five West African heads of state travelled to Bamako in July, but the opposition insisted that Keita must go.

Keita, a former prime minister and speaker of parliament, won a landslide in 2013 after a French intervention drove jihadists out of northern towns, and was re-elected in 2018 in a vote his main challenger, Soumaila Cisse, rejected as fraudulent. Cisse was kidnapped in March while campaigning for the legislative elections and remains missing.

The discontent was fuelled by a disputed legislative election in March and April and by the steady spread of jihadist violence. Mali has been battling Islamist insurgents linked to al Qaeda and Islamic State since 2012, when rebels and jihadists seized the north. Thousands of soldiers and civilians have been killed, and hundreds of thousands have fled their homes.

The same Kati camp was the starting point of a 2012 coup that toppled President Amadou Toumani Toure, an event that hastened the fall of the north to jihadists and led to a French military intervention in January 2013.

(Reporting by SPW Bamako bureau; editing by the West Africa desk)"""),

dict(g=G, p="2020-08-19", o="Dar Al-Akhbar Net",
t="The Malian president announces his resignation after his arrest by mutinous soldiers",
x="""Bamako - Dar Al-Akhbar Net

Malian President Ibrahim Boubacar Keita announced, at dawn today Wednesday, his resignation from his position and the dissolution of the parliament and the government, hours after he was detained by soldiers who rebelled in the Kati camp near the capital Bamako.

Keita said in a short speech broadcast by the official television: "I do not want blood to be shed in order to keep me in power," indicating that he has decided to leave all his functions starting from this moment.

The rebellious soldiers had arrested yesterday Tuesday the president and his prime minister, Boubou Cisse, from his residence in the capital and took them to the Kati camp, which is located about 15 kilometers from Bamako.

Officers who announced the formation of what they called the "National Committee for the Salvation of the People" pledged in a statement read on the television to hold general elections within what they described as a reasonable period, and the closure of the borders and a curfew from nine in the evening until five in the morning.

For its part, the Economic Community of West African States (ECOWAS) condemned what happened and decided to close the borders of its member states with Mali and to stop all the financial and economic exchanges with it, while the African Union Commission president Moussa Faki Mahamat called for the immediate release of the president and the prime minister.

The United Nations Secretary General, Antonio Guterres, also demanded the immediate and unconditional release of the detainees and the restoration of the constitutional order, and the Security Council will hold an emergency session today Wednesday about the situation.

In Paris, the French Foreign Minister Jean-Yves Le Drian condemned "this serious event", and France has about 5,100 soldiers deployed in the Sahel region within the Barkhane operation.

It is worth mentioning that Mali has been witnessing since June a wave of demonstrations led by the "June 5 Movement" which is led by the imam Mahmoud Dicko, demanding the departure of Keita, who was elected in 2013 and re-elected in 2018 for a second term. The demonstrators accuse the president of corruption, of mismanagement and of failing to stop the violence of the armed groups in the north and the center of the country.

The opposition had rejected several proposals of the mediation of the Economic Community of West African States, led by the former Nigerian President Goodluck Jonathan, which included the formation of a national unity government and the reconstitution of the Constitutional Court, whose decision last April to change the results of the legislative elections ignited the anger of the street.

Keita, 75 years old, previously held the post of prime minister between 1994 and 2000 and the presidency of the National Assembly between 2002 and 2007.

It is also worth mentioning that the same camp of Kati witnessed in March 2012 a military rebellion that ended the rule of the former president Amadou Toumani Toure.

Read also:
- Mali.. the opposition rejects the proposals of the ECOWAS mediation
- The death toll of the Bamako demonstrations rises to 11"""),

dict(g=G, p="2020-08-19", o="The Meridian Chronicle",
t="Mali's president ousted as army revolt ends a presidency worn down by protest and war",
x="""By our Africa correspondent

For weeks the crowds in Bamako's Independence Square had chanted for Ibrahim Boubacar Keita to go. In the end it was not the protesters who removed him but a group of colonels from a garrison town on the edge of the capital.

Just before midnight on Tuesday, the 75-year-old president, known universally in Mali by his initials IBK, appeared on state television in a mask to announce that he was resigning, that his government was dissolved and that parliament would be dissolved with it. He had been seized that afternoon at his home and driven with his prime minister, Boubou Cisse, to the military camp at Kati, where the mutiny had broken out that morning.

"Do I really have a choice?" he asked, saying he did not want blood shed for him to remain in power. Hours later, five officers in uniform sat behind a table at the headquarters of ORTM, the state broadcaster, to introduce themselves as the National Committee for the Salvation of the People. Their spokesman, Colonel-Major Ismael Wague, promised a "civil political transition" and elections within a timeframe he did not specify. The officers did not say who led them; diplomats in Bamako named Colonel Assimi Goita, a special forces commander, as the central figure.

The reaction abroad was swift and uniformly hostile. The 15-nation Economic Community of West African States said it would shut its members' borders with Mali and suspend financial transactions. The African Union, the EU and the UN secretary-general demanded the release of those detained. France, which has more than 5,000 troops in the Sahel under Operation Barkhane, said it condemned the mutiny, while the UN Security Council scheduled emergency consultations for Wednesday.

At home, the reaction was different. Many in Bamako welcomed the soldiers, and leaders of the June 5 Movement, the coalition that had led the protests, said the army had "completed" the people's work.

Keita's fall has been long in the making. Elected in 2013 on a promise to restore order after the collapse of the north, and re-elected in 2018 in a vote the opposition disputed, he presided over a war that spread rather than receded. Jihadist groups linked to al-Qaeda and Islamic State pushed out of the desert north into the populous centre of the country and across the borders into Burkina Faso and Niger. Ethnic militias multiplied. The army suffered a string of humiliating losses at its remote bases in late 2019.

The immediate trigger for the protests was the Constitutional Court's decision in April to overturn the provisional results of about 30 seats in legislative elections, a ruling that handed extra seats to Keita's party. From June onwards the movement led by the conservative imam Mahmoud Dicko filled the streets. In July, at least 11 people were killed when security forces opened fire during three days of unrest, and mediation by West African leaders, who proposed a unity government and new court judges, failed to satisfy the opposition.

For France and its partners, the coup is a nightmare scenario. The last time soldiers at Kati mutinied, in March 2012, they toppled Amadou Toumani Toure just weeks before an election and left a power vacuum in which Tuareg separatists and jihadists overran the north. That collapse led François Hollande to send French troops in January 2013.

Officials in Paris insisted on Wednesday that Barkhane's operations would continue, and the junta said it would honour Mali's agreements with MINUSMA, the UN mission, and with the G5 Sahel force. But diplomats privately worry that a new round of political confusion in Bamako will give the jihadists room to expand.

The question now is whether the colonels will hand over quickly, as they promise, or settle in. West African leaders, several of whom face their own restive armies and contested third terms, are likely to insist on a swift return to civilian rule."""),
]
