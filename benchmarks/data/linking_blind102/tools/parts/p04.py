G = "missile_strike_kills_civilians_in_ganja_2020_10_17"
ARTICLES = [
dict(group=G, published="2020-10-17", outlet="Caspian Wire Service",
title="Missile strike on Azerbaijan's Ganja kills 13, Baku says, as Karabakh fighting rages",
text="""GANJA, Azerbaijan (CWS) - A missile strike on Azerbaijan's second city Ganja killed at least 13 civilians and wounded more than 50 early on Saturday, Azerbaijani officials said, in the deadliest single attack on a civilian area since fighting over Nagorno-Karabakh erupted three weeks ago.

The strike hit a residential district in the centre of the city at around 1 a.m., destroying houses and damaging apartment buildings, according to Azerbaijan's prosecutor general's office. Emergency Situations Minister Kamaladdin Heydarov told reporters at the scene that there were no military installations in the area.

Rescue workers dug through collapsed homes through the morning. A CWS photographer saw a deep crater among ruined single-storey houses and bodies being carried out under blankets.

Azerbaijan blamed Armenia. Presidential aide Hikmat Hajiyev said the attack had been carried out with Scud-type ballistic missiles fired from Armenian territory. Armenia's defence ministry called the accusation a lie, and the Armenian-backed authorities in Nagorno-Karabakh said Azerbaijan was shelling Stepanakert and other towns.

It was the second time in a week that Ganja had been hit. On Oct. 11, hours after a Moscow-brokered humanitarian ceasefire was supposed to take effect, a strike on an apartment block killed about ten people. That truce has never held.

Azerbaijani President Ilham Aliyev said in a televised address later on Saturday that his forces had taken the town of Fuzuli and several villages, and that Armenia would be held responsible for the attacks on civilians.

Hundreds of people have been killed since Sept. 27 in the worst fighting in the region since the 1990s.

Armenia's defence ministry said Azerbaijani forces had kept up attacks in the south and north overnight, and the authorities in Nagorno-Karabakh said Stepanakert had again been shelled. The enclave's officials have said more than 600 of their soldiers have died; Azerbaijan has not disclosed military losses.

Russian Foreign Minister Sergei Lavrov, who brokered the Oct. 10 deal, spoke by telephone with both foreign ministers on Saturday and urged them to respect it, the Russian foreign ministry said. Turkey's foreign ministry condemned the Ganja attack and said Armenia was committing war crimes.

The fighting, which erupted on Sept. 27, is the worst since a war in the early 1990s that killed about 30,000 people and left ethnic Armenian forces in control of Nagorno-Karabakh and seven surrounding districts. Turkey has thrown its weight behind Azerbaijan, while Russia has a defence pact with Armenia but also sells arms to Baku. France, Russia and the United States co-chair the OSCE Minsk Group, which has mediated for almost three decades without a settlement.
"""),
dict(group=G, published="2020-10-18", outlet="South Asia Newsline",
title="Azerbaijan Says Death Toll From Missile Attack On Ganja Rises To 13, Over 50 Injured",
text="""BAKU (South Asia Newsline / NVA - 17th October, 2020) : The death toll from the missile strike on the Azerbaijani city of Ganja has risen to 13 people and over 50 others were injured, the Azerbaijani Prosecutor General's Office said on Saturday.

"As a result of the missile attack on civilians in the central part of Ganja on October 17, 13 people died, more than 50 people were injured, and numerous civilian infrastructure facilities and vehicles were seriously damaged," the office said in a statement.

Earlier in the day, the Azerbaijani Defense Ministry said that Armenian forces had fired on the city overnight. The Armenian Defense Ministry has denied the claims.

The fighting in the disputed region of Nagorno-Karabakh has been ongoing since September 27, with both sides accusing each other of attacking civilian areas. A humanitarian ceasefire agreed in Moscow on October 10 has been repeatedly violated.

Related News
Russia Calls on Armenia, Azerbaijan to Observe Humanitarian Truce
Iran Says Ready To Host Talks on Karabakh
Azerbaijan Reports Capture of Fuzuli

More Stories From World
"""),
dict(group=G, published="2020-10-18", outlet="Al-Wadi News Net",
title="13 dead in a missile attack on the Azerbaijani city of Ganja",
text="""Baku - Al-Wadi News Net

The Azerbaijani authorities announced today Saturday that 13 civilians were killed and more than 50 others were wounded in a missile attack that targeted residential neighborhoods in the city of Ganja, the second largest city in the country, at dawn today, accusing the Armenian forces of carrying it out.

The Azerbaijani Attorney General's Office said in a statement that the missile fell at about one o'clock after midnight on the central part of the city, and that a number of houses were completely destroyed, while the rescue teams are still searching for survivors under the rubble.

For its part, the Armenian Ministry of Defense denied any connection to the attack and described the Azerbaijani accusations as "lies", in the meantime the Armenian side accused Baku of bombing the city of Stepanakert.

Turkey condemned the attack, and its foreign ministry said in a statement that the targeting of civilians in Ganja is a "war crime" and that Armenia must be held accountable.

It is worth mentioning that the city of Ganja was subjected last Sunday to a similar attack that killed 10 people, hours after the entry into force of the humanitarian truce that was reached in Moscow.

Armenia and Azerbaijan agree on a humanitarian truce starting from midnight

Yerevan - Al-Wadi News Net

Armenia and Azerbaijan announced tonight, Saturday, that they had agreed to a new humanitarian truce in the Nagorno Karabakh region, starting from midnight.

The foreign ministries of the two countries said in two identical statements that the truce will start "from zero hour on October 18 local time".

The announcement came after Russian Foreign Minister Sergey Lavrov held telephone calls with his Azerbaijani counterpart, Jeyhun Bayramov, and his Armenian counterpart, Zohrab Mnatsakanyan, in which he stressed the need to abide by the Moscow statement.

The French presidency welcomed the agreement, and said that the ceasefire must be "unconditional" and strictly respected by both parties.

It is worth mentioning that the first humanitarian truce, which was reached in Moscow on the tenth of this month, did not last more than a few minutes, as the two sides exchanged accusations of violating it.
"""),
]
G2 = "armenia_azerbaijan_agree_new_humanitarian_truce_2020_10_17"
ARTICLES += [
dict(group=G2, published="2020-10-17", outlet="Meridian Press Agency",
title="Armenia and Azerbaijan agree new humanitarian truce from midnight",
text="""YEREVAN/BAKU, Oct 17 (Meridian) - Armenia and Azerbaijan said on Saturday they had agreed a new humanitarian ceasefire in the conflict over Nagorno-Karabakh, to take effect at midnight (2000 GMT), a week after a Russian-brokered truce collapsed almost immediately.

"The Republic of Armenia and the Republic of Azerbaijan have agreed to a humanitarian truce as of October 18, 00:00 local time," the Armenian foreign ministry said. Azerbaijan's foreign ministry issued an identical statement.

The announcement followed telephone calls between Russian Foreign Minister Sergei Lavrov and his Armenian and Azerbaijani counterparts, and contacts with France, which co-chairs the OSCE Minsk Group with Russia and the United States. The statements said the decision was in line with the Oct. 1 statement of the French, Russian and U.S. presidents and with the Moscow statement of Oct. 10.

French President Emmanuel Macron's office welcomed the truce and said it "must be unconditional and strictly observed by both parties", adding that France would watch closely.

The announcement came hours after Azerbaijan said a missile strike on its second city of Ganja had killed 13 civilians. Armenia denied carrying out the strike.

There was no immediate word on how the truce would be monitored.
"""),
dict(group=G2, published="2020-10-18", outlet="The Northern Chronicle",
title="Second Karabakh truce in a week comes into force amid scepticism",
text="""A fresh "humanitarian truce" between Armenia and Azerbaijan came into force at midnight on Saturday, but within hours both sides were accusing each other of breaking it, casting doubt on the latest attempt by outside powers to halt three weeks of fighting over Nagorno-Karabakh.

The truce was announced on Saturday evening in identical statements by the two foreign ministries, after Sergei Lavrov, the Russian foreign minister, spent the day on the telephone with his counterparts, and after what French officials described as intensive contacts from Paris. The statements anchored the new ceasefire in the declaration agreed in Moscow a week earlier and in the joint appeal by the French, Russian and American presidents on October 1. The Elysée said the ceasefire had to be unconditional and strictly observed.

By Sunday morning Azerbaijan's defence ministry said Armenian forces had violated the truce by shelling positions in the south, while Armenia said Azerbaijani forces had fired artillery and launched rockets at dawn. Neither account could be verified.

The Moscow deal of October 10 had promised exchanges of prisoners and bodies, with the Red Cross as intermediary. None has taken place on any scale. Instead the fighting intensified, and Azerbaijan has continued to report gains in the south, where it says it has taken Fuzuli and Jabrayil and pushed towards the Araz river border with Iran.

The new truce followed the deadliest attack of the war on a city outside the front line. Before dawn on Saturday a missile strike on Ganja, Azerbaijan's second city, killed 13 civilians, according to Baku. It was the second lethal strike on Ganja in a week. Armenia denies firing on the city; Azerbaijan has accused Yerevan of war crimes and vowed revenge. Stepanakert, the main town in the enclave, has been shelled almost daily since late September.

Diplomats say the problem is not the wording of the truces but the absence of any mechanism to monitor them. Mr Aliyev, whose forces have the momentum, has said Baku will keep fighting unless Armenia sets out a timetable for withdrawing from occupied territories. Turkey, Azerbaijan's main ally, has argued that the Minsk Group has had thirty years to find a solution and failed. Mr Pashinyan has said Armenia is ready for compromise but accuses Baku, with Turkish support, of seeking a military solution.

Washington, the third co-chair, has been mostly absent, distracted by an election campaign, though American diplomats say they are in contact with both capitals.
"""),
]
