# G11: London conference on Libya (29 Mar 2011); G12: loyalists drive rebels out of Ras Lanuf again (30 Mar 2011)
ARTICLES = []
A = ARTICLES.append

A(dict(group="london_conference_on_libya_2011_03_29", published="2011-03-30",
outlet="The Northern Chronicle",
title="London talks agree Gaddafi must go but leave the how unanswered",
text="""By our diplomatic editor

Forty governments and international organisations meeting in London yesterday agreed to keep up military pressure on Colonel Muammar Gaddafi until he complies with the United Nations' demands, and set up a contact group to steer the political effort to end his rule. What they did not agree on was how he should go, or whether the rebels should be armed to hurry him on his way.

The conference at Lancaster House, opened by David Cameron and chaired by the Foreign Secretary, William Hague, brought together Hillary Clinton, the UN Secretary-General Ban Ki-moon, NATO's Anders Fogh Rasmussen, the prime minister of Qatar and envoys of the Arab League and the Organisation of the Islamic Conference. Mr Cameron told delegates that the Libyan people could not be left to the mercy of a regime that had lost all legitimacy, and that the coalition had averted a massacre in Benghazi.

In his summary of the meeting, Mr Hague said participants had agreed that Colonel Gaddafi's government had lost legitimacy and would be held accountable for its actions. The new Libya Contact Group will meet first in Qatar and later rotate between the region and Europe. Qatar, which on Monday became the first Arab state to recognise the rebels' Interim Transitional National Council, will play a leading role.

The council's foreign envoy, Mahmoud Jibril, was not at the conference table but held meetings on the sidelines with Mrs Clinton and Mr Hague. On the eve of the meeting the council published an eight-point statement of its vision of a democratic Libya, promising free elections, a constitution and political pluralism, an attempt to reassure Western governments wary of who they are backing.

The question of Colonel Gaddafi's future hung over the day. The Italian foreign minister, Franco Frattini, said an African country might offer him refuge, and Mrs Clinton said the US did not rule out any option. Asked about arming the rebels, Mrs Clinton said Washington believed the UN resolutions would permit it, though no decision had been made; Britain took a similar view. France said it was ready to discuss the matter with partners, while others, including several NATO members, warned that it would breach the arms embargo imposed on February 26.

Meanwhile, the military picture was changing again. After racing west from Ajdabiya at the weekend and retaking Brega and Ras Lanuf, the rebels yesterday ran into strong resistance near Bin Jawad and were driven back by artillery and rocket fire. Reporters on the coast road saw pickups speeding east past Ras Lanuf. Misrata, the last major rebel-held city in the west, remains under siege.

The conference came a day after President Obama defended the intervention in a television address, saying the US had acted to prevent a massacre that would have stained the world's conscience, while rejecting regime change by force as a goal. NATO is due to assume full command of the air campaign from US-led forces later this week, after its ambassadors agreed on Sunday to take on all aspects of the UN mandate.

The intervention, launched on March 19 after the Security Council passed resolution 1973 two days earlier, has so far kept the rebels alive. Whether it can do more than that without a political strategy is the question London was supposed to answer. It answered it only in part.
"""))

A(dict(group="london_conference_on_libya_2011_03_29", published="2011-03-30",
outlet="Huaxia News Service",
title="London conference on Libya agrees to form contact group",
text="""LONDON, March 29 (HNS) -- An international conference on Libya held here on Tuesday agreed to set up a contact group to coordinate the international response to the Libyan crisis and to continue military action until the Libyan government meets the demands of UN Security Council resolutions.

British Foreign Secretary William Hague, who chaired the meeting, told a press conference that participants from more than 40 countries and international organizations had agreed to form a Libya Contact Group, which will hold its first meeting in Qatar.

Hague said the participants agreed that the Libyan government must fully comply with resolution 1973, including a ceasefire and an end to attacks on civilians. The conference also discussed humanitarian assistance to the Libyan people, he said.

UN Secretary-General Ban Ki-moon told the meeting that the international community must speak with one voice, and that he would send a UN special envoy to Libya to push for a political solution. Ban has appointed former Jordanian Foreign Minister Abdel-Elah al-Khatib as his special envoy for Libya.

In Beijing, Chinese Foreign Ministry spokeswoman Jiang Yu said on Tuesday that China calls for an immediate ceasefire in Libya and a peaceful resolution of the crisis through dialogue. She said the purpose of the Security Council resolution was to protect civilians, and that China opposes the abuse of force causing more civilian casualties.

Jiang said China respects Libya's sovereignty, independence and territorial integrity, and that the future of Libya should be decided by the Libyan people themselves.

Western military action against Libya began on March 19. NATO agreed on Sunday to take over command of all military operations in Libya from the U.S.-led coalition. The African Union has called for an immediate end to hostilities and proposed a roadmap for dialogue between the parties.

Russian Foreign Minister Sergei Lavrov said this week that coalition strikes on Libyan ground forces went beyond the mandate given by the Security Council.

Editor: Li Na
"""))

A(dict(group="london_conference_on_libya_2011_03_29", published="2011-03-29",
outlet="Wirefront Live",
title="Libya live: London conference sets up contact group as rebels pushed back",
text="""Libya live: London conference sets up contact group as rebels pushed back

Tuesday 29 March 2011

Key events
- London conference agrees to form Libya contact group, first meeting in Qatar
- Clinton meets rebel envoy Mahmoud Jibril
- Rebels retreat from Bin Jawad under heavy fire
- NATO to take over full command within days

18.40 GMT: William Hague is wrapping up the conference with a press conference. Main points: a Libya Contact Group will be set up, it will meet first in Qatar; participants agree Gaddafi's regime has lost its legitimacy; military action will continue until the regime complies with resolution 1973. No agreement on arming the rebels.

17.10 GMT: Hillary Clinton tells reporters the US interpretation is that resolution 1973 could allow arms transfers to the opposition, but no decision has been taken. That will be controversial.

15.55 GMT: Franco Frattini says there are African countries which might be ready to take in Gaddafi. A way out, or wishful thinking?

14.30 GMT: Our correspondent near Ras Lanuf: rebels have been pushed out of Bin Jawad by Grad rocket and artillery fire. Trucks streaming east. One fighter: "They hit us from the sides, we could not see them." Yesterday's confident talk of reaching Sirte has evaporated.

13.05 GMT: Mahmoud Jibril of the rebels' national council has met Hillary Clinton on the sidelines. He is not formally part of the conference, but everyone seems to want to talk to him.

11.20 GMT: David Cameron opens the conference at Lancaster House. Key lines: Libya's future must be decided by its people; the coalition has prevented a massacre in Benghazi; the world must help a transition. Also pledges humanitarian help for Misrata.

10.15 GMT: Reaction coming in to Barack Obama's speech last night. He said the US had acted to stop a massacre, that NATO would take over, and that broadening the mission to regime change would be a mistake.

09.00 GMT: Good morning and welcome to our live coverage. About 40 foreign ministers and heads of organisations are arriving in London for a conference on Libya's future. Qatar yesterday became the first Arab country to recognise the rebel council.

Comments (214) | Share
"""))

A(dict(group="loyalists_drive_rebels_out_of_ras_lanuf_again_2011_03_30", published="2011-03-30",
outlet="Agence Euromonde",
title="Libya rebels pull out of Ras Lanuf as Kadhafi forces strike back",
text="""RAS LANUF, Libya, March 30 (AEM) - Libyan rebels abandoned the oil town of Ras Lanuf on Wednesday under heavy shelling by Moamer Kadhafi's forces, giving up in a few hours the town they had reclaimed at the weekend and falling back towards Brega.

Columns of pickups mounted with anti-aircraft guns and rocket pods drove east at high speed after rockets and shells began landing at the western entrance to the town in the morning, an AEM correspondent said. By the afternoon the main road through the town was empty save for a few abandoned cars.

"From nine in the morning the rockets did not stop. We could not stay," said a fighter named Younes, as he refilled his truck at a petrol station further east. Others said government troops had come round through the desert to the south to outflank them.

Rebels said they had received little help from the air. Some fighters said they heard jets and explosions near Ras Lanuf late in the day, but there was no confirmation of coalition strikes. One older volunteer said the rebels had advanced too fast on the strength of the bombing and had now been left on their own.

The retreat is the second time Ras Lanuf, which has a refinery and one of Libya's main oil terminals, has fallen to Kadhafi's troops this month. Rebels first took the town on March 4 but were driven out on March 10 in an assault by tanks, artillery and warplanes. They retook it on Sunday after allied strikes broke the siege of Ajdabiya, and surged on to Bin Jawad and towards Kadhafi's home town of Sirte before being ambushed on Monday and Tuesday.

The rapid reversal highlighted the weakness of the rebel force, made up largely of young volunteers with little training and few heavy weapons, once air cover is absent. Some commanders in Benghazi pleaded for weapons, a question debated at an international conference in London on Tuesday without a decision.

In the west, government forces kept up their bombardment of Misrata, the last big rebel-held city there, residents said.

NATO is due to take full command of the coalition air operations on Thursday.
"""))

A(dict(group="loyalists_drive_rebels_out_of_ras_lanuf_again_2011_03_30", published="2011-03-31",
outlet="Free Libya Bulletin",
title="Revolutionaries withdraw from Ras Lanuf under Grad fire, regroup near Brega",
text="""Brega, (FLB / Front correspondent - 31st Mar, 2011 ) :

The freedom fighters withdrew on Wednesday from Ras Lanuf after the brigades of Gaddafi bombarded the western gate and the residential area with Grad rockets and heavy artillery for several hours. Commanders described the move as a tactical withdrawal to avoid the loss of lives, and said the fighters were regrouping between Al-Uqayla and Brega.

A field commander told our correspondent that the brigades used the same tactic as in the first battle for Ras Lanuf at the beginning of March: they shelled from long range, out of reach of the light weapons of the revolutionaries, and then sent units through the desert to attack from the south. He said the rebels had nothing that could answer the rocket launchers, which fire from far beyond the horizon.

The revolutionaries had entered Ras Lanuf on Sunday and advanced to Bin Jawad, but the brigades ambushed them on the road to Sirte, and since Tuesday they have been pushed back step by step. Several fighters were martyred in the last two days, and the wounded were taken to the hospitals of Brega and Ajdabiya. The exact number is not known.

Many young men expressed their anger that the planes of the coalition did not strike the brigades in time. Others said the revolution needs training and organisation more than enthusiasm. "We were driving to Sirte like it was a wedding," said one fighter from Benghazi. "Now we have learned."

The Transitional National Council in Benghazi called on the countries that met in London on Tuesday to provide the revolutionaries with weapons to defend the cities, and said the recapture of the oil towns is only a matter of time.

Residents of Ras Lanuf who had returned to their homes after the town was liberated on Sunday fled again towards the east.

Share this:
Facebook | Twitter | Email

Related posts:
Ajdabiya free at last
Misrata: snipers on Tripoli Street
Qatar recognises the Transitional National Council
"""))
