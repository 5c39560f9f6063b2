# G7: Security Council adopts resolution 1973 (17 Mar 2011)
ARTICLES = []
A = ARTICLES.append

A(dict(group="unsc_adopts_resolution_1973_on_libya_2011_03_17", published="2011-03-18",
outlet="Meridian Press Agency",
title="U.N. authorizes force to protect Libyan civilians, imposes no-fly zone",
text="""UNITED NATIONS (MPA) - The U.N. Security Council on Thursday authorized "all necessary measures" to protect civilians in Libya from Muammar Gaddafi's forces and imposed a no-fly zone, opening the way for air strikes as government troops closed in on the rebel stronghold of Benghazi.

The resolution, drafted by France, Britain and Lebanon, passed with 10 votes in favor and five abstentions. Russia and China, which hold vetoes, abstained along with Germany, Brazil and India.

The text bans all flights in Libyan airspace except for humanitarian and evacuation flights and authorizes member states to act nationally or through regional organizations to protect civilians and civilian-populated areas under threat of attack, "including Benghazi." It explicitly excludes a foreign occupation force of any form on any part of Libyan territory.

It also tightens the arms embargo and the asset freeze imposed on Feb. 26 under resolution 1970, adding the Libyan central bank and the national oil company to the list of entities whose funds must be frozen.

French Foreign Minister Alain Juppe, who flew to New York for the vote, told the council that the situation on the ground was more alarming than ever and that the world could not leave the people of Benghazi to their fate. "We have very little time left," he said. British Ambassador Mark Lyall Grant said the aim was to stop the violence and protect civilians.

U.S. Ambassador Susan Rice said the resolution made clear that the council intended to protect civilians and that it went beyond a no-fly zone.

Russian Ambassador Vitaly Churkin said Moscow had abstained because many questions about how the measures would be enforced and what their limits would be had gone unanswered. China's Li Baodong said Beijing had serious difficulties with parts of the text. Germany's envoy said Berlin saw great risks and would not contribute forces.

In Benghazi, thousands gathered in the square in front of the courthouse and cheered as the vote was broadcast, firing guns into the air and setting off fireworks.

Hours earlier Gaddafi had warned the city's residents in a radio address that his troops were coming and that there would be no mercy for those who resisted, while promising amnesty to fighters who laid down their arms. His forces have pushed the rebels back from Ras Lanuf and Brega in the past week and are fighting for Ajdabiya, the last town before Benghazi.

Diplomats said Britain and France were ready to act within hours, with Arab participation expected from Qatar and possibly the United Arab Emirates. Libya's deputy foreign minister, Khaled Kaim, said before the vote that the government was ready for a cease-fire but needed to know who it would negotiate with.

The uprising against Gaddafi's 41-year rule began in mid-February in Benghazi. The Arab League, meeting in Cairo on Saturday, called on the Security Council to impose a no-fly zone, a step that Western officials said was crucial to winning over skeptical council members.
"""))

A(dict(group="unsc_adopts_resolution_1973_on_libya_2011_03_17", published="2011-03-18",
outlet="Huaxia News Service",
title="China abstains as UN Security Council approves no-fly zone over Libya",
text="""UNITED NATIONS, March 17 (HNS) -- The UN Security Council on Thursday adopted a resolution authorizing a no-fly zone over Libya and "all necessary measures" to protect civilians, with China, Russia, Germany, Brazil and India abstaining.

Resolution 1973 received 10 votes in favor. It demands an immediate cease-fire and a complete end to violence and attacks against civilians, establishes a ban on all flights in Libyan airspace except humanitarian ones, and strengthens the arms embargo and asset freeze.

Explaining China's vote, Chinese Permanent Representative Li Baodong said China is always against the use of force in international relations. He said that China and other council members had asked specific questions during consultations, but many of them failed to get clarification or answers, and that China had serious difficulty with some parts of the resolution.

However, Li said, China attached great importance to the position of the Arab League on a no-fly zone and to the positions of African countries and the African Union, and therefore abstained.

Li stressed that the sovereignty, independence, unity and territorial integrity of Libya must be respected, and that the current crisis should be resolved through peaceful means. China supports the efforts of the African Union and the Arab League in this regard, he said.

The Indian and Brazilian representatives also said in their explanations that the resolution contained provisions whose implications were not clear, and that the use of force could worsen the situation. Germany's envoy said his country saw considerable dangers and risks in a military operation.

Libya, a major oil producer in North Africa, has been engulfed in conflict since mid-February between government forces and opposition groups. The council adopted resolution 1970 on Feb. 26, imposing an arms embargo and sanctions on the Libyan leadership.

Chinese analysts have warned that military intervention by Western countries could lead to greater civilian casualties and prolonged turmoil in the region, and could set a precedent for interference in the internal affairs of sovereign states.
"""))

A(dict(group="unsc_adopts_resolution_1973_on_libya_2011_03_17", published="2011-03-18",
outlet="Novaya Orbita International",
title="Russia abstains in UN vote on Libya, warns against large-scale military intervention",
text="""UNITED NATIONS, March 18 (NOI) - Russia did not block the UN Security Council resolution on a no-fly zone over Libya, but abstained because key questions about its use remained unanswered, Russia's Permanent Representative to the UN Vitaly Churkin said after the vote late on Thursday.

The resolution was adopted by ten votes, with Russia, China, Germany, India and Brazil abstaining. It authorises UN member states to take "all necessary measures" to protect civilians in Libya, except for a foreign occupation force.

Churkin said Russia had consistently and firmly spoken out for the protection of the civilian population, and that this was the reason Moscow did not prevent the adoption of the document. But he said the work on the text had been conducted in a way that was not in keeping with the practice of the Security Council, and that questions about how the no-fly zone would be enforced, what the rules of engagement would be and what the limits on the use of force would be had not been answered.

In his explanation of the vote, the Russian diplomat said responsibility for any humanitarian consequences of the use of outside force would lie with those who undertook such action.

In Moscow, Russian analysts said the resolution opened the door to a military operation with unpredictable consequences for the whole region, and some recalled the NATO bombing of Yugoslavia in 1999.

The Russian Foreign Ministry on Friday called on all parties in Libya to stop the violence and said it regretted that the resolution had been adopted in haste.

Shortly after the vote, Libyan Foreign Minister Moussa Koussa announced in Tripoli on Friday that Libya was declaring an immediate ceasefire and a halt to all military operations, saying the country as a member of the UN was obliged to accept Security Council resolutions.

Read also:
Lavrov: Russia opposes foreign interference in the affairs of Libya
Oil prices fall after Libya announces ceasefire
"""))

A(dict(group="unsc_adopts_resolution_1973_on_libya_2011_03_17", published="2011-03-18",
outlet="Free Libya Bulletin",
title="Benghazi celebrates through the night after UN vote for no-fly zone",
text="""Benghazi, (FLB / Correspondents - 18th Mar, 2011 ) :

Benghazi did not sleep last night. When the result of the vote in New York appeared on the big screen in Freedom Square, in front of the court by the sea, the crowd that had waited for hours exploded in cries of God is great. Fireworks went up over the corniche, car horns sounded in every street and young men fired into the air until the morning.

The Security Council approved resolution 1973 by ten votes with five countries abstaining, authorising all necessary measures to protect the civilians of Libya, and a ban on all flights of Gaddafi's air force. The resolution names Benghazi as a city under threat of attack.

"Tonight the world heard us. We thank France, we thank Britain, we thank Lebanon and the Arab brothers," said a spokesman of the Transitional National Council, who addressed the crowd. He said the council had asked for air protection since the first days of the revolution, when the brigades used aircraft and heavy weapons against unarmed protesters.

For many in the square the joy was mixed with fear. Earlier on Thursday Gaddafi had spoken on radio and television, telling the people of Benghazi that his forces would come that night, that there would be no mercy for those who fought, and that those who laid down their arms would be spared. Families from the western districts had begun to leave the city towards the east, and the road to Al-Bayda and Tobruk was crowded.

On the front, the revolutionaries are still holding the area around Ajdabiya, 160 km south of Benghazi, which has been shelled for three days. Fighters there said the brigades were also trying to go around the town through the desert. On Thursday warplanes attacked Benina airport on the edge of Benghazi, but the revolutionaries said they shot down one of the attacking aircraft.

Council chairman Mustafa Abdel Jalil had warned last week that if Gaddafi's forces entered Benghazi the result would be a massacre. Now, said one elderly man holding the independence flag, "we will see if the world keeps its word."

Share this:
Facebook | Twitter | Email | Print

Like this:
Be the first to like this post.
"""))
