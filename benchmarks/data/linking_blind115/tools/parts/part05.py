# G8: coalition opens air and missile strikes on Libya (19 Mar 2011)
ARTICLES = []
A = ARTICLES.append

A(dict(group="coalition_launches_first_strikes_on_libya_2011_03_19", published="2011-03-19",
outlet="Agence Euromonde",
title="French jets open fire in Libya, US and British missiles follow",
text="""PARIS, March 19 (AEM) - French warplanes fired the first shots of an international military operation against Moamer Kadhafi's forces on Saturday, destroying military vehicles near Benghazi, before US and British warships and a submarine launched more than 110 cruise missiles at Libyan air defences.

A French plane opened fire at 1645 GMT on a Libyan military vehicle, army spokesman Thierry Burkhard said, after around 20 Rafale and Mirage jets entered Libyan airspace over Benghazi. Later reports said four tanks had been destroyed south-west of the city.

The action began only hours after a summit in Paris, hosted by President Nicolas Sarkozy and attended by US Secretary of State Hillary Clinton, British Prime Minister David Cameron, UN chief Ban Ki-moon, Arab League secretary general Amr Moussa and leaders and ministers from more than 20 countries, agreed to enforce UN Security Council resolution 1973 by all necessary means.

"Our air force will oppose any aggression by Colonel Kadhafi against the population of Benghazi," Sarkozy said as he announced the operation, adding that the door to diplomacy would reopen as soon as attacks stopped.

In Washington, Vice Admiral William Gortney told reporters that 112 Tomahawk missiles fired from US ships and a British submarine in the Mediterranean had struck more than 20 targets, mainly air defence sites, early-warning radars and communication nodes around Tripoli, Misrata and Sirte. He said it was the first phase of a multi-phase operation, code-named Odyssey Dawn.

US President Barack Obama, speaking in Brasilia, said he had authorised a limited military action to protect civilians and that no American ground troops would be deployed. Cameron said British forces were in action over Libya because Kadhafi had lied to the world about his ceasefire.

Libyan state television said civilian sites had been hit and later reported 48 dead and 150 wounded, figures that could not be verified.

Earlier in the day Kadhafi's forces had pushed into the outskirts of Benghazi, the rebel capital, with tanks and artillery, despite a ceasefire announced by the regime on Friday. Thousands of residents fled east. A warplane was shot down over the city, which rebels later admitted was one of their own.

The strikes mark the largest Western military intervention in the Arab world since the 2003 invasion of Iraq, launched eight years earlier almost to the day. Qatar said it would take part, and Italy, Canada, Denmark, Norway and Spain pledged aircraft or bases.
"""))

A(dict(group="coalition_launches_first_strikes_on_libya_2011_03_19", published="2011-03-20",
outlet="Jamahiriya Voice English Service",
title="Civilians martyred as crusader colonial aggression targets Libyan cities",
text="""TRIPOLI, 20/03/2011 (JVES) - A number of civilians were martyred and others were injured when French, American and British warplanes and missiles launched a barbaric attack on Saturday evening on civilian and military sites in Tripoli, Misurata, Sirte and Zuwara, in a flagrant violation of the sovereignty of the Great Jamahiriya.

A source in the health sector said that 48 citizens, most of them women, children and elderly, were martyred and 150 others were wounded in the raids, which targeted residential neighbourhoods, hospitals and fuel storage tanks.

The Brother Leader of the Revolution, Muammar Gaddafi, said in a telephone address broadcast by the Libyan television that the aggression is a crusader colonial war, and that the Libyan people will not allow the colonisers to take their oil. He announced that the weapons depots have been opened to arm all the Libyan masses to defend the independence and unity of Libya, and that the Mediterranean has become a battlefield.

The General People's Committee for Foreign Liaison said that the attack came a day after Libya had announced an immediate ceasefire in compliance with the Security Council resolution, and that the armed forces had respected the ceasefire while the armed gangs continued attacks in Benghazi and elsewhere. It called for an emergency meeting of the Security Council.

The official spokesman, Dr. Moussa Ibrahim, said that the people of Tripoli went out in great numbers to Bab al-Aziziya and to the airport to form human shields against the raids, and that they are ready to die for Libya.

The spokesman said the aggressors claim to protect civilians while they bomb civilians, and he asked the African Union and the free peoples of the world to stand against this aggression, which recalls the American raid of April 1986 against Tripoli and Benghazi.

Citizens in Tripoli denounced the attack and the participation of Arab countries in it. Thousands gathered at the Leader's residence in Bab al-Aziziya chanting against Sarkozy, Obama and Cameron.
"""))

A(dict(group="coalition_launches_first_strikes_on_libya_2011_03_19", published="2011-03-21",
outlet="Skyline Defence Review",
title="Odyssey Dawn, Harmattan, Ellamy: first 48 hours of the Libya air campaign",
text="""ANALYSIS | Air Power | 21 March 2011

The opening of coalition operations against Libya on 19 March followed the now-familiar pattern of a Western air campaign, with one notable difference: the first weapons were released not by US aircraft but by French fighters, in a deliberately political gesture by the Elysee.

French Air Force Rafales and Mirage 2000s, refuelled by C-135FR tankers and supported by an E-3F AWACS, crossed into Libyan airspace in the afternoon of 19 March while the Paris summit on implementing UN Security Council Resolution 1973 was still breaking up. Around 1645 GMT a Rafale struck a Libyan armoured vehicle south-west of Benghazi, and French officials later said four tanks had been hit. The French operation, named Harmattan, relied on aircraft based at Saint-Dizier, Dijon and Solenzara in Corsica; the carrier Charles de Gaulle sailed from Toulon on 20 March.

The heavy lifting against the integrated air defence system came a few hours later. According to the Pentagon, US Navy surface combatants and submarines, joined by the Royal Navy's Trafalgar-class HMS Triumph, fired 112 (some sources say 110) Tomahawk Land Attack Missiles at more than 20 fixed targets: SA-2, SA-3 and SA-5 sites, early-warning radars and command-and-control nodes around Tripoli, Misrata and Sirte. Libya's surface-to-air inventory is largely of 1970s Soviet origin, but its density along the coast meant planners would not risk manned aircraft until it had been degraded.

Overnight, three USAF B-2 bombers flew from Whiteman AFB in Missouri to strike hardened aircraft shelters at an airfield near Sirte, while US Marine Corps AV-8B Harriers from USS Kearsarge attacked ground forces. RAF Tornado GR4s flew from Marham in Norfolk, a round trip of some 3,000 miles with multiple air-to-air refuellings, to launch Storm Shadow cruise missiles, the longest-range bombing mission by the RAF since the Falklands. The UK operation is called Ellamy.

By 20 March the chairman of the US Joint Chiefs, Admiral Mike Mullen, was describing the no-fly zone as effectively in place, and General Carter Ham of Africa Command said Libya's air defences had been seriously degraded. Coalition aircraft also hit a column of armour and vehicles on the road south of Benghazi, which regime forces had attempted to enter on the morning of 19 March.

The command structure remains the main weakness. Odyssey Dawn is run by US Africa Command through Joint Task Force Odyssey Dawn aboard USS Mount Whitney, with France and Britain running national operations in parallel and Italy, Canada, Denmark, Spain, Norway, Belgium and Qatar committing assets. Washington has made clear it wants to hand over lead responsibility within days, but NATO has not yet agreed to assume the mission, with Turkey and Germany among the sceptics.

For the defence industry, the first two days offered a shop window. The Rafale, which has never won an export order, saw its first combat strikes in a high-profile role, and the Storm Shadow/SCALP missile will feature heavily in MBDA marketing. The cost of the campaign is already a political issue: each Tomahawk is priced at well over $1 million, and analysts estimate the first day's missile salvo alone cost in excess of $100 million.
"""))

A(dict(group="coalition_launches_first_strikes_on_libya_2011_03_19", published="2011-03-20",
outlet="Anatolia Daily Courier",
title="Western allies strike Libya; Turkey voices unease over operation",
text="""ANKARA / TRIPOLI - France, the United States and Britain launched air and missile strikes on Libya on Saturday to enforce a UN-mandated no-fly zone, as Turkey stressed that any intervention must aim solely at protecting civilians and not at occupation.

French fighter jets carried out the first strikes near the eastern city of Benghazi on Saturday afternoon, shortly after a summit in Paris on the implementation of UN Security Council Resolution 1973. Hours later, US and British ships fired more than 110 Tomahawk cruise missiles at Libyan air defense sites along the coast, the Pentagon said.

Libyan state television said 48 people were killed in the strikes, while Muammar Gaddafi vowed a long war and said arms were being distributed to the population.

Turkey, NATO's only Muslim-majority member, was not among the countries attending the Paris summit. Turkish officials said Ankara supports the implementation of the UN resolution to protect civilians, but the operation should not turn into an occupation and Libya's territorial integrity must be preserved. Foreign Minister Ahmet Davutoğlu was in contact with his counterparts throughout the day, diplomatic sources said.

Prime Minister Recep Tayyip Erdoğan had earlier warned that foreign intervention could create difficulties and urged that the Libyan people's own demands be heard. Turkey has said it would not take part in any combat operations in Libya.

The Arab League's secretary-general, Amr Moussa, expressed concern on Sunday that the bombing went beyond what the league had asked for, saying the aim of a no-fly zone was to protect civilians, not to bomb more civilians.

Turkish Airlines suspended its flights to Tripoli and Benghazi last month, and Turkish construction companies, which had billions of dollars in projects in Libya, have withdrawn their workers. The Turkish Red Crescent has been delivering aid to Benghazi by sea.

Related news
- Davutoğlu: Libya's unity must be preserved
- Turkish aid ship docks in Benghazi
- Oil prices climb as strikes begin

This website uses cookies to improve your experience. By continuing, you agree to our cookie policy. OK
"""))
