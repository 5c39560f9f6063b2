# Part 2: UN Security Council resolution 1973 (17 Mar), first coalition strikes (19 Mar),
# rebels retake Ajdabiya (26 Mar).

G4 = "unsc_resolution_1973_no_fly_zone_2011_03_17"
G5 = "coalition_first_air_strikes_libya_2011_03_19"
G6 = "rebels_retake_ajdabiya_2011_03_26"

ARTICLES = [
dict(group=G4, published="2011-03-17", outlet="Euro-Atlantic Press",
title="U.N. authorises no-fly zone and 'all necessary measures' against Gaddafi forces",
text='''UNITED NATIONS, March 17 (EAP) - The U.N. Security Council on Thursday authorised a no-fly zone over Libya and "all necessary measures" to protect civilians from Muammar Gaddafi's forces, hours after the Libyan leader told the rebel stronghold of Benghazi that his troops were coming that night and would show no mercy.

The resolution, drafted by France, Britain and Lebanon with the backing of the United States, was adopted by 10 votes to none, with five abstentions: Russia and China, which hold vetoes, and Germany, India and Brazil.

Resolution 1973 demands an immediate ceasefire and an end to attacks on civilians. It bans all flights in Libyan airspace except humanitarian ones and authorises member states, acting nationally or through regional organisations, to take all necessary measures to protect civilians and civilian-populated areas "including Benghazi", while excluding a foreign occupation force of any form on any part of Libyan territory.

The text also tightens the sanctions imposed by the council on Feb. 26 in resolution 1970, which established an arms embargo, a travel ban and an asset freeze on Gaddafi's family and referred the crackdown to the International Criminal Court. The new measures extend the asset freeze to the Libyan National Oil Corporation and the central bank and allow states to inspect ships and aircraft suspected of breaching the arms embargo.

French Foreign Minister Alain Juppe flew to New York to attend the vote and urged the council not to arrive too late. Diplomats said France and Britain were ready to act within hours, possibly with the participation of Arab states. A U.S. military official said no immediate American action was expected.

Germany's envoy said Berlin saw considerable risks in military action and would not take part. India and Brazil said many questions about how the resolution would be enforced had not been answered.

In a radio address broadcast before the vote, Gaddafi told the people of Benghazi his forces would search the city "house by house, room by room" and that those who laid down their arms would be spared. "We are coming tonight," he said. "We will have no mercy and no pity." The Libyan defence ministry warned that any foreign military action would put air and sea traffic in the Mediterranean in danger.

Government troops were thought to be at least 100 km (60 miles) from Benghazi on Thursday, after retaking a string of towns along the coast road, including Brega, and pushing into Ajdabiya during the past week. Residents and a rebel spokesman said government aircraft had struck targets around the city during the day.

Al Jazeera television showed thousands of people in Benghazi's central square erupting in celebration as the result was announced, firing into the air and setting off fireworks.

The Arab League asked the Security Council last Saturday to impose a no-fly zone, a step Western governments had made a condition for any intervention.

(Reporting by EAP's United Nations bureau and correspondents in Tripoli and Benghazi; Editing by Anne Castell)
'''),

dict(group=G4, published="2011-03-18", outlet="Voice of Moscow International",
title="Russia abstains as UN Security Council votes for no-fly zone over Libya",
text='''Voice of Moscow International
18.03.2011 10:42 Moscow time

Russia abstains as UN Security Council votes for no-fly zone over Libya

The UN Security Council on Thursday adopted a resolution imposing a no-fly zone over Libya and authorizing "all necessary measures", except a ground occupation, to protect the civilian population from the forces of Colonel Muammar Gaddafi.

Ten members of the Council voted in favour and none against. Russia and China, which have the power of veto, abstained, as did Germany, India and Brazil.

Explaining Russia's position, the country's permanent representative to the UN Vitaly Churkin said that the preparation of the draft had not been in line with established Security Council practice. Russia had put forward specific and absolutely logical questions about how the no-fly zone would be enforced, what the rules of engagement would be and what the limits on the use of force were, he said, but these questions remained without answers.

At the same time, Churkin stressed that Russia consistently and firmly supports the protection of civilians. It was in accordance with this principle, he said, that Russia did not hamper the adoption of the resolution. He recalled that on March 16 Russia had proposed its own draft calling for an immediate ceasefire, but that some Council members preferred to give priority to the use of force.

Russian diplomats have repeatedly warned that outside military intervention could lead to large-scale consequences for the region and to casualties among civilians. Moscow supported resolution 1970, adopted on February 26, which introduced an arms embargo and targeted sanctions against the Libyan leadership, but insisted at the time that it could not serve as a pretext for the use of force.

The new resolution was drafted by France, Britain and Lebanon and supported by the United States. It also widens the freeze on Libyan assets to include the central bank and the national oil company.

On Friday, Libyan Foreign Minister Moussa Koussa announced that the government was declaring an immediate ceasefire and stopping all military operations, saying Libya as a member of the United Nations was obliged to accept Security Council resolutions. He said the government was interested in protecting civilians. Western governments said they would judge Tripoli by its actions, not its words.

Experts interviewed by our station noted that the wording of the resolution is extremely broad: the phrase "all necessary measures" in practice opens the door to strikes not only against aircraft but also against ground targets, and leaves open who will decide where the protection of civilians ends and participation in a civil war begins.

Russian citizens were evacuated from Libya in late February and early March. Russian companies had contracts in Libya in the energy, railway and arms sectors.
'''),

dict(group=G4, published="2011-03-18", outlet="Cairo Evening Gazette",
title="UN clears way for strikes on Libya as Egypt watches its western border",
text='''Cairo Evening Gazette — Friday 18 March 2011

UN clears way for strikes on Libya as Egypt watches its western border

By Gazette Staff

CAIRO: The United Nations Security Council late on Thursday gave world powers the green light to impose a no-fly zone over Libya and to take "all necessary measures" to protect civilians from Colonel Muammar Gaddafi's forces, a decision that followed a request from the Arab League meeting here last weekend.

The resolution, numbered 1973, passed with ten votes in favour and abstentions from Russia, China, Germany, India and Brazil. It rules out a foreign occupation force but otherwise leaves wide room for military action, including air strikes on ground targets threatening civilians. Western diplomats said France and Britain could move within hours.

Arab League Secretary General Amr Moussa has said the League's aim is the protection of Libyan civilians. The League's foreign ministers voted on Saturday, March 12, to ask the Security Council to impose a no-fly zone, while rejecting any foreign ground intervention, and to open contacts with the rebels' National Council in Benghazi.

In Tripoli, the government's response came on Friday afternoon, when Foreign Minister Moussa Koussa announced an immediate ceasefire and a halt to all military operations. Rebels in Benghazi and residents of Misrata said shelling continued after the announcement. US President Barack Obama said Gaddafi must stop his troops from advancing on Benghazi and pull them back from Ajdabiya, Misrata and Zawiya, adding that these terms were not negotiable.

Hours before the UN vote, Gaddafi had warned the people of Benghazi in a radio address that his forces would enter the city that night and show no mercy to those who resisted.

For Egypt, the decision carries direct consequences. Tens of thousands of Egyptian workers have crossed home through the Salloum border post since the unrest began in mid-February, many of them arriving with nothing but the clothes they wore, and officials fear a new wave if fighting reaches Benghazi and the eastern towns. Relief organisations at Salloum said this week that the flow of people had slowed but that third-country nationals, including Bangladeshis and Africans, were still stranded on the Libyan side.

Egyptian officials have not said whether Egypt will play any role in enforcing the resolution. The armed forces council, which has run the country since President Hosni Mubarak stepped down on February 11, is focused on the constitutional referendum scheduled for tomorrow, Saturday.

Analysts in Cairo said Arab participation would be important to give the operation legitimacy, and that the test now is whether Arab states will contribute aircraft or leave the task to the Europeans and Americans.

Related articles:
• Egyptians stream home through Salloum crossing
• Arab League backs no-fly zone over Libya
• Referendum on constitutional amendments set for Saturday

Tags: Libya, UN Security Council, no-fly zone, Arab League, Salloum
'''),

dict(group=G4, published="2011-03-18", outlet="WorldDesk Live",
title="Libya live: UN approves no-fly zone, Benghazi celebrates, Tripoli declares ceasefire",
text='''WorldDesk Live — Libya and the Middle East
Friday 18 March 2011. All times GMT. This page updates automatically.

22:40 (Thu) The UN Security Council has approved resolution 1973 on Libya by ten votes to none, with five abstentions: China, Russia, Germany, India and Brazil. The text authorises a no-fly zone and "all necessary measures", short of an occupation force, to protect civilians "including Benghazi". It also widens the asset freeze imposed last month to cover the Libyan central bank and the national oil company.

22:55 Live pictures on Arab satellite channels show huge crowds in Benghazi's main square cheering the news, firing guns into the air and setting off fireworks. Only hours earlier Colonel Gaddafi told the city in a radio address that his forces were coming "tonight" and would show "no mercy".

23:30 French diplomatic sources say military action could follow within hours. A US military official says no immediate American action is expected.

06:30 (Fri) Japan raises the severity rating of the crisis at the Fukushima nuclear plant to level five on the international scale. Our Japan live page is here.

07:10 Reader question: how is this different from last month's resolution? Resolution 1970, passed unanimously on 26 February, imposed an arms embargo, travel bans and an asset freeze and referred Libya to the International Criminal Court. It did not authorise any use of force. Resolution 1973 does.

08:45 China says it has serious reservations about parts of the resolution. A Foreign Ministry spokeswoman says Beijing opposes the use of force in international relations.

10:30 David Cameron tells the House of Commons that Britain will deploy Tornado and Typhoon aircraft, together with air-to-air refuelling and surveillance aircraft, to bases from which they can take part in enforcing the no-fly zone. He says the resolution is clear and the action is legal.

13:50 Big development: Libyan Foreign Minister Moussa Koussa tells reporters in Tripoli that the government is declaring an immediate ceasefire and halting all military operations, in line with the UN resolution. He takes no questions.

14:20 Rebel spokesmen in Benghazi say they do not believe the ceasefire. Residents of Misrata tell Arab channels the city is still being shelled.

18:25 President Obama, speaking at the White House, says Gaddafi must stop his troops advancing on Benghazi, pull them back from Ajdabiya, Misrata and Zawiya, and restore water, electricity and gas supplies. "These terms are not negotiable," he says. He says the US will not deploy ground troops and that European and Arab partners will play a leading role.

19:40 French officials say an emergency summit on Libya will be held in Paris on Saturday with European, Arab and North American leaders, including Hillary Clinton.

20:15 That is all from us tonight. Coverage resumes on Saturday morning.
'''),

dict(group=G5, published="2011-03-19", outlet="Meridian Wire",
title="French jets fire first shots as international strikes on Libya begin",
text='''PARIS (MW) — French fighter jets opened fire on Moammar Gadhafi's forces near the rebel capital of Benghazi on Saturday, and U.S. and British warships and submarines followed with a barrage of more than 110 cruise missiles on Libyan air defenses, in the largest international military intervention in the Arab world since the 2003 invasion of Iraq.

The strikes began hours after leaders from Europe, North America and the Arab world met in Paris and agreed to enforce the U.N. Security Council resolution adopted Thursday, which authorizes "all necessary measures" to protect Libyan civilians.

French President Nicolas Sarkozy said after the summit that French planes were already preventing Gadhafi's aircraft from attacking Benghazi and stood ready to strike tanks and armored vehicles threatening civilians. He spoke of Gadhafi's "murderous madness."

About 20 French aircraft, including Rafale and Mirage 2000 fighters, were involved, a French military spokesman, Col. Thierry Burkhard, said. The first target, a military vehicle, was destroyed at about 4:45 p.m. GMT (6:45 p.m. in Libya), and Arab television channels reported that four tanks had been hit. The reports of tanks could not be independently confirmed.

About two hours later, the U.S. military said that more than 110 Tomahawk missiles had been fired from U.S. and British ships and submarines at more than 20 air defense targets around Tripoli and the western city of Misrata. Vice Adm. William Gortney told reporters at the Pentagon that it was "the first phase of a multiphase operation," code-named Odyssey Dawn.

British Prime Minister David Cameron confirmed in a statement outside 10 Downing Street that British forces were in action over Libya, calling the operation "necessary, legal and right." President Barack Obama, on a visit to Brazil, said he had authorized a limited military action and that no U.S. ground troops would be deployed.

The intervention came as Gadhafi's forces pushed into the western outskirts of Benghazi early Saturday in defiance of a ceasefire announced by his government only a day earlier. Witnesses reported shelling in several districts, and a warplane was seen plunging in flames over the city; rebels later said it was one of their own. Long lines of cars carrying families fled east toward the Egyptian border.

Mustafa Abdel-Jalil, the head of the rebels' National Council, told Al-Jazeera television the world had been slow to act.

The Libyan government said the strikes hit civilian targets and accused the West of aggression. A government spokesman in Tripoli said the ceasefire remained in place and that its troops had not attacked Benghazi.

Arab participation was limited on the first day. Qatar's prime minister attended the Paris meeting, and Qatar said it would contribute aircraft. The Arab League had asked the U.N. a week earlier to impose a no-fly zone.

Italy has offered the use of its air bases, Canada and Denmark have sent fighter jets, and Spain and Belgium were also expected to take part in the coming days.
'''),

dict(group=G5, published="2011-03-20", outlet="Voice of Moscow International",
title="Moscow urges coalition to stop indiscriminate use of force after first strikes on Libya",
text='''Voice of Moscow International
20.03.2011 17:47 Moscow time

Moscow urges coalition to stop indiscriminate use of force after first strikes on Libya

Russia has called on the states carrying out military operations against Libya to stop the indiscriminate use of force, after the first night of air and missile strikes by the United States, France and Britain reportedly left dozens of people dead.

The official representative of the Russian Foreign Ministry, Alexander Lukashevich, said in Moscow on Sunday that Russia "regrets" the military action. He noted that UN Security Council resolution 1973, which Russia did not support but did not block, clearly demands the protection of the Libyan civilian population, and that the strikes must not lead to civilian deaths. He called on the participants to stop the use of force, citing reports that non-military targets had been hit.

The operation began on Saturday evening when French aircraft struck Libyan armoured vehicles near Benghazi. Several hours later American and British ships and submarines fired more than one hundred Tomahawk cruise missiles at air defence sites around Tripoli and Misrata. The Pentagon named the operation "Odyssey Dawn". New waves of strikes were reported overnight and on Sunday.

According to Libyan state television, 48 people were killed and some 150 wounded in the first night of strikes. Later on Sunday a Libyan health official raised the death toll to 64. The figures cannot be independently confirmed.

China also expressed regret over the military strikes. Foreign Ministry spokeswoman Jiang Yu said Beijing does not agree with the use of force in international relations and hopes that stability in Libya will be restored as soon as possible to avoid further civilian casualties.

The Secretary General of the Arab League, Amr Moussa, whose organisation had asked for a no-fly zone, also criticised the operation on Sunday, saying that what is happening differs from the aim of imposing a no-fly zone and that the Arab world wants the protection of civilians, not the shelling of more civilians. He called an emergency meeting of the League.

Colonel Gaddafi, in an audio message broadcast on state television, described the strikes as a "crusader" and colonial aggression and announced that weapons depots would be opened to arm the population. He said the Mediterranean would become a battlefield.

Russia abstained in the Security Council vote on Thursday. Russian diplomats had warned that questions about the limits of the use of force had not been answered by the authors of the resolution.

Commentators in Moscow recalled that the first missiles were launched exactly eight years after the beginning of the war in Iraq.
'''),

dict(group=G5, published="2011-03-21", outlet="Defence Matters Review",
title="Odyssey Dawn, night one: stand-off weapons do the heavy lifting",
text='''DEFENCE MATTERS REVIEW | Analysis | Air Power
21 March 2011

Odyssey Dawn, night one: stand-off weapons do the heavy lifting

The opening of coalition operations over Libya on Saturday 19 March followed the classic sequence of a modern air campaign: establish control of the air by dismantling the integrated air defence system (IADS), then turn to fielded forces. What was unusual was the order in which the participants appeared and the speed with which the campaign was launched — barely 48 hours after UN Security Council resolution 1973 was adopted.

French first pass. France moved before the main suppression effort. Roughly 20 aircraft — Rafales and Mirage 2000s, supported by tankers and an E-3F AWACS — flew from metropolitan bases including Saint-Dizier and established a combat air patrol over the Benghazi area on Saturday afternoon. According to the French armed forces, the first target, a military vehicle, was engaged around 16:45 GMT. The mission was as much political as military: Paris wanted to be seen stopping the armoured push on Benghazi while the Paris summit was still breaking up. Flying into a partially intact Libyan air defence network carried risk, mitigated by the concentration of Libyan SAM coverage in the west.

The Tomahawk salvo. The bulk of the first-night effort was delivered by sea-launched cruise missiles. The Pentagon reported that 112 Tomahawks were fired from US surface ships and submarines and a Royal Navy Trafalgar-class boat at more than 20 targets along the coast, principally long-range SA-5 sites, older SA-2/SA-3 batteries, early warning radars and communications nodes around Tripoli and Misrata. Vice Admiral William Gortney described it as the first phase of a multi-phase operation. Against a fixed and ageing IADS, Tomahawk remains the weapon of choice: no aircrew at risk, precise against known coordinates, and available in volume from the Mediterranean.

Storm Shadow from Marham. The RAF contribution included Tornado GR4s launching Storm Shadow cruise missiles on a round trip of some 3,000 miles from RAF Marham in Norfolk, supported by VC10 and TriStar tankers, an E-3D Sentry and a Sentinel R1 ground surveillance aircraft. The Ministry of Defence described it as the longest-range bombing mission since the Falklands. Typhoons are being forward-deployed to Italy, which shortens future sortie lengths considerably.

The bombers. US media reported on Sunday that three B-2 stealth bombers flying from the United States had dropped some 40 bombs on a major Libyan airfield. The Pentagon had not confirmed the details by the time of writing. If confirmed, it would show the value of long-range penetrating assets when regional basing is still being arranged.

Command and control. The operation is under US Africa Command, led by General Carter Ham, with the joint task force commander embarked in USS Mount Whitney. The UK is operating under the name Ellamy and France under Harmattan. Washington has made clear that it wants to hand over leadership within days; whether that means NATO or a looser coalition arrangement remains the main open question, complicated by reservations in Ankara and elsewhere.

Assessment. Libyan claims that 48 people, later 64, were killed in the first night could not be verified. What is clear is that the threat to coalition aircraft from the long-range SAM layer has been sharply reduced, opening the way for the next phase: strikes on armour and artillery around Ajdabiya and Misrata. That is where the campaign becomes harder — moving targets, mixed urban terrain and a ground force on the rebel side with no reliable means of coordinating with aircraft overhead.
'''),

dict(group=G5, published="2011-03-20", outlet="Gulf Horizon",
title="Allied jets halt Qadhafi's assault on Benghazi; Qatar pledges aircraft",
text='''[ad_1]

Gulf Horizon | World | Sunday, March 20, 2011

Allied jets halt Qadhafi's assault on Benghazi; Qatar pledges aircraft

By Our Correspondent with agencies

BENGHAZI — French warplanes struck tanks and armoured vehicles on the edge of Benghazi on Saturday evening, halting an assault by Colonel Muammar Qadhafi's forces on the heart of the Libyan revolution, as an international coalition began enforcing the UN-mandated no-fly zone.

By Sunday morning, burnt-out tanks, armoured personnel carriers and a tank transporter lay along the coastal road south of the city, some still smouldering. Revolutionaries who had feared a massacre the night before walked among the wreckage and thanked France and the Arab states that had backed the resolution.

Qadhafi's troops had entered the western districts of Benghazi early on Saturday despite the ceasefire announced by Tripoli on Friday, shelling residential neighbourhoods and sending thousands of families fleeing east. A plane was shot down over the city during the morning, and revolutionaries later said it belonged to them.

The coalition's first strikes were ordered after a summit in Paris attended by President Nicolas Sarkozy, British Prime Minister David Cameron, US Secretary of State Hillary Clinton and leaders and ministers from Europe and the Arab world. Qatar's Prime Minister and Foreign Minister, Sheikh Hamad bin Jassim bin Jabr Al Thani, took part in the meeting, and Doha confirmed it would contribute aircraft to the mission, making it the first Arab state to commit forces. The UAE is also discussing its contribution.

Hours after the French jets went in, US and British ships and submarines fired more than 110 cruise missiles at air defence sites in western Libya. The Pentagon said the operation, called Odyssey Dawn, was the first phase of a longer campaign.

Qadhafi responded with an audio message on state television, calling the intervention a colonial crusade and saying he would arm civilians to fight. Libyan state media said dozens of civilians had been killed; the figures could not be verified.

Mustafa Abdul Jalil, chairman of the National Council in Benghazi, told Al Jazeera that the world had waited too long but that the strikes had saved the city. The council appealed to the coalition to target Qadhafi's artillery around Ajdabiya and Misrata, where residents say civilians are being shelled daily.

Not all Arab voices were supportive. Arab League Secretary General Amr Moussa said on Sunday that the bombardment went beyond what the League had sought, and called for an emergency meeting. Gulf officials, however, insisted that the operation was the only way to stop a massacre in Benghazi.

[ad_2]

Share this:
Twitter
Facebook
WhatsApp
'''),

dict(group=G6, published="2011-03-26", outlet="Euro-Atlantic Press",
title="Libyan rebels seize back Ajdabiya after allied air strikes",
text='''AJDABIYA, Libya, March 26 (EAP) - Libyan rebels took full control of the eastern town of Ajdabiya on Saturday after a week of Western air strikes on Muammar Gaddafi's forces, their first significant battlefield gain since international intervention began and a sign the tide may be turning in the east.

Rebel fighters danced on wrecked tanks, waved the red, black and green flag of the pre-Gaddafi monarchy and fired into the air in the town's streets, where the ground was littered with spent shell casings. An EAP reporter saw at least half a dozen burnt-out tanks at the eastern entrance to the town.

Fighters said the eastern gate fell late on Friday and the western gate at dawn on Saturday after coalition aircraft hit government positions at both ends of the town. "All of Ajdabiya is free," one young fighter carrying a rocket-propelled grenade launcher said. Rebels hauled away a captured multiple rocket launcher and crates of anti-aircraft ammunition.

British and French aircraft had struck artillery and armoured vehicles around Ajdabiya on Friday, coalition officials said. The town controls the junction of the coast road and the desert route to Tobruk, and its capture by government forces in mid-March had opened the way to Benghazi, 160 km (100 miles) to the north.

Deputy Foreign Minister Khaled Kaim said in Tripoli that government troops had withdrawn because of heavy coalition bombardment, which he said amounted to direct military support for the rebels and went beyond the U.N. mandate to protect civilians.

By Saturday afternoon rebels said they were pushing west along the coast toward the oil town of Brega, 80 km away, and some fighters told reporters by telephone that they had reached its centre. The claim could not be confirmed.

The advance came at the end of the first week of the U.N.-authorised campaign, launched on March 19 after the Security Council authorised "all necessary measures" to protect civilians. President Barack Obama said in his weekly address on Saturday that Libya's air defences had been taken out and that responsibility for the operation was being handed to NATO allies. NATO agreed this week to take over enforcement of the no-fly zone and is expected to assume command of the wider mission within days.

Qatar on Friday became the first Arab country to fly missions over Libya, with Mirage fighters patrolling alongside French jets.

In the west, the city of Misrata remained under attack from government forces. Residents said tanks and snipers were still in the city and that food and medical supplies were running short, and a doctor said more people had been killed in the past 24 hours.

Libyan state television said coalition strikes had killed civilians in several towns. Rebel leaders said the claims were unfounded.

(Reporting by EAP correspondents in Ajdabiya, Benghazi and Tripoli; Editing by Peter Lindqvist)
'''),

dict(group=G6, published="2011-03-27", outlet="Al-Sahil Net (translated)",
title="The revolutionaries impose their control on Ajdabiya and advance towards al-Brega",
text='''Benghazi - Al-Sahil Net - agencies

The Libyan revolutionaries imposed yesterday Saturday their full control on the city of Ajdabiya in the east of the country, after fierce battles with the battalions of Colonel Muammar al-Qadhafi that lasted for several days, and with the support of the air strikes of the international coalition that targeted the positions of the battalions at the entrances of the city.

And the correspondents of the news agencies said that the revolutionaries entered the city from its eastern gate on the night of Friday to Saturday, then they controlled the western gate at the dawn of yesterday Saturday, and the residents went out to the streets celebrating, raising the flag of independence and repeating "Allahu Akbar", while the revolutionaries climbed on the burnt tanks of the battalions.

A field commander from the revolutionaries told the correspondents that the battalions of al-Qadhafi withdrew in the direction of al-Brega after they lost many of their tanks and vehicles in the bombing of the coalition aircraft, and he said that the revolutionaries seized ammunition and a rocket launcher. And sources of the revolutionaries confirmed that their vanguards reached al-Brega in the afternoon of yesterday, and they spoke today Sunday about their advance in the direction of Ras Lanuf, without possibility to confirm that from independent source.

On its side, the Libyan deputy foreign minister Khaled Kaim said in Tripoli that the withdrawal of the government forces from Ajdabiya came as result of the bombing of the coalition, considering that this represents a direct support to the armed groups and exceeds the resolution of the Security Council 1973 which talks about the protection of the civilians.

It is worth mentioning that the battalions of al-Qadhafi had controlled the biggest part of Ajdabiya in the middle of this month after they advanced from al-Brega, which made the city of Benghazi under direct threat, and this pushed the Security Council to issue its resolution on 17 March which permitted "all necessary measures" to protect the civilians, and then the international coalition began its strikes in the evening of Saturday 19 March.

It is worth mentioning also that the American president Barack Obama announced in his weekly speech yesterday that the Libyan air defenses were destroyed and that the leadership of the operations will be transferred to the North Atlantic Treaty Organization (NATO). And the State of Qatar participated on Friday with its Mirage aircraft in the patrols over Libya, becoming the first Arab country that participates in the implementation of the no-fly zone.

In Misrata, in the west of the country, residents said that the battalions continue to bombard the city with the artillery and that snipers are spread on the buildings of Tripoli Street, and they appealed for the opening of a sea corridor for the humanitarian aid and the evacuation of the wounded.

Read also:
- The National Council in Benghazi: we will not negotiate with al-Qadhafi
- Thousands of Egyptian workers return through the Salloum crossing
- Qatar first Arab country to participate in the no-fly zone over Libya

Tags: Libya, Ajdabiya, al-Brega, revolutionaries, al-Qadhafi, coalition
'''),
]
