# G3: rebels repel loyalist attack on Brega (2 Mar 2011); G4: Gaddafi forces retake Ras Lanuf (10 Mar 2011)
ARTICLES = []
A = ARTICLES.append

A(dict(group="rebels_repel_loyalist_assault_on_brega_2011_03_02", published="2011-03-02",
outlet="Meridian Press Agency",
title="Libyan rebels beat back Gaddafi assault on oil port of Brega",
text="""BREGA, Libya (MPA) - Rebel fighters drove troops loyal to Muammar Gaddafi out of the oil port of Brega on Wednesday after a day of fighting that included artillery fire and at least one air strike, blunting the Libyan leader's first serious attempt to win back territory in the east.

Government forces in dozens of pickup trucks and four-wheel drives mounted with machine guns swept into Brega shortly after dawn, seizing the airstrip, the port and parts of the oil complex from a small rebel contingent, residents and fighters said.

By afternoon hundreds of volunteers had poured in from Ajdabiya, about 80 km (50 miles) to the east, and from Benghazi, and the attackers fell back to a university campus on the western edge of the town. Rebels crouched behind sand dunes on the beach and fired rifles and rocket-propelled grenades up at the campus as mortar rounds landed around them.

A warplane dropped a bomb near the rebel positions in the dunes but caused no casualties, witnesses said. By nightfall fighters said the loyalists had fled westward along the coast road, leaving behind several burnt-out vehicles.

Doctors in Brega and Ajdabiya said at least 10 rebels were killed and more than a dozen wounded. There was no figure for losses on the government side. "We chased them to the university and they left everything," a fighter who gave his name as Ahmed told reporters, waving his Kalashnikov from the back of a pickup.

In Tripoli, Gaddafi told a gathering of supporters marking the anniversary of the founding of his system of "people's power" that he would fight to the last man and woman and warned that thousands of Libyans would die if Western powers intervened. He blamed the revolt on al Qaeda and said there were no protests in Tripoli.

The uprising against Gaddafi's 41-year rule began in mid-February in Benghazi and spread across the east within days. The rebels hold most of the coast from the Egyptian border to Brega, as well as the western cities of Misrata and Zawiya, which loyalist units have attacked repeatedly.

Two U.S. amphibious assault ships, the Kearsarge and the Ponce, entered the Mediterranean through the Suez Canal on Wednesday. Defense Secretary Robert Gates said they would be available for evacuations and humanitarian relief, but he and other officials have warned that imposing a no-fly zone over Libya would require first attacking the country's air defenses.

In Benghazi, the rebels' newly formed national council called for foreign air strikes against the mercenaries it says Gaddafi is using, a shift from its position only days ago.
"""))

A(dict(group="rebels_repel_loyalist_assault_on_brega_2011_03_02", published="2011-03-03",
outlet="The Northern Chronicle",
title="Ragged volunteers turn back Gaddafi's first counter-attack at Brega",
text="""From our correspondent in Brega

They came in every kind of vehicle that could carry a gun: battered Toyota pickups with anti-aircraft cannon bolted into the back, saloon cars with rifles poking out of the windows, a bread van with a rocket launcher tied down with rope. By mid-afternoon yesterday several thousand men had converged on this oil town on the Gulf of Sirte, and by sunset the soldiers Colonel Gaddafi had sent to take it back were gone.

The attack on Brega, which began at dawn with a column of perhaps 50 trucks and several hundred men coming along the coastal road from the west, was the regime's first real attempt to reverse the losses it has suffered in the east since the uprising began in Benghazi two weeks ago. For a few hours it appeared to have succeeded. The loyalists seized the airport, the port and the terminal through which much of Libya's gas and oil leaves for Europe, and the handful of rebels guarding the town withdrew.

Then word spread on mobile phones and by Al Jazeera. Men drove the 50 miles from Ajdabiya and the three hours from Benghazi. They pushed the regime forces out of the oil complex and back to a university building near the beach, where the fighting raged for much of the afternoon. An aircraft, apparently one of the regime's ageing jets, bombed the dunes near the rebel lines; a second strike was reported near Ajdabiya. Neither appears to have caused many casualties.

At Brega's small hospital a doctor said he had seen ten dead and 18 wounded, most of them young men with no military training. Rebel accounts of the enemy dead ranged from a handful to several dozen and could not be checked.

The victory will lift spirits in Benghazi, where the opposition's national council, launched on Sunday under the former justice minister Mustafa Abdel Jalil, has been arguing over whether to ask for foreign help. Yesterday, after the attack, its spokesman called for air strikes on the units and mercenaries loyal to Colonel Gaddafi, while insisting that foreign troops on Libyan soil would not be welcome.

It also exposes how thin the rebel army is. Officers who defected in Benghazi last month admit they have few heavy weapons, no air cover and little control over the enthusiastic young men who rush to the front. The regime still commands the best-equipped brigades, including the 32nd, led by Gaddafi's son Khamis.

In Tripoli, Colonel Gaddafi spent nearly three hours at a podium yesterday, on the anniversary of the 1977 proclamation of his "state of the masses". He denied that anyone had been killed in peaceful protests, blamed al-Qaeda and drugs for the rebellion, and promised that any Western intervention would meet a bloodbath.

In Washington, the defence secretary, Robert Gates, poured cold water on the talk of a no-fly zone, telling Congress that it would begin with an attack on Libyan air defences. David Cameron, who raised the idea in the Commons on Monday, has been left isolated among European leaders, though Downing Street says planning continues.

Britain, meanwhile, has stepped up the evacuation of its nationals from the desert oil fields, after RAF aircraft collected hundreds of oil workers at the weekend. The UN refugee agency says more than 140,000 people have crossed into Tunisia and Egypt since the crisis began.
"""))

A(dict(group="rebels_repel_loyalist_assault_on_brega_2011_03_02", published="2011-03-03",
outlet="Gündem Ekspres",
title="Libya'da muhalifler Brega'yı geri aldı: Kaddafi güçleri geri püskürtüldü",
text="""Gündem Ekspres | Dünya | 03.03.2011 - 09:41

Libya's in the east of the country the oil city Brega, Kaddafi'ye loyal forces attack after opponents by the hands again passed. In the conflicts at least 10 people lost their lives.

Kaddafi'ye loyal soldiers, yesterday morning early hours in Brega'ya the entered and the airport and the oil port of control took. But Ajdabiya and Bingazi'den came hundreds of armed volunteer, afternoon hours the city again took back. Opponents, Kaddafi forces the city of west of the university building retreated, then from there also fled said.

Eyewitnesses, a military aircraft the opponents positions near of the bomb dropped said. In the attack there was no injured. Brega hospital of doctors, conflicts in 10 opponent died, 18 person wounded said.

Libya leader Muammer Kaddafi, yesterday Trablus'ta in a speech that he made, foreign intervention in case of "thousands of Libyan will die" said. Kaddafi, the events behind El Kaide is said, the country's he will not leave repeated.

Brega, Libya's the second biggest oil and natural gas facility in is located. Opponents, since last week the city in control holding.

AMERICAN SHIPS MEDITERRANEAN'DA

Meanwhile ABD'ye belonging two amphibious assault ship, USS Kearsarge and USS Ponce, Süveyş Kanalı'ndan passing the Akdeniz'e came. ABD Savunma Bakanı Robert Gates, ships of the evacuation and humanitarian aid for to be used can said.

TÜRKİYE'DEN TAHLİYE SÜRÜYOR

On the other hand, Libya'dan Türk citizens evacuation of continues. Dışişleri Bakanlığı, up to now binlerce Turkish citizen by ship and airplanes with the country to brought said. Bingazi'ye ships from Turkey the humanitarian aid also sending.

Libya'da 15 Şubat'ta started the protests, Kaddafi's 41-year rule the to biggest threat came.

Etiketler: Libya, Kaddafi, Brega, Bingazi

İlgili Haberler
» Kaddafi: Libya'yı terk etmeyeceğim
» Bingazi'de Ulusal Konsey kuruldu
» Petrol fiyatları yükselişte

Bu sitede çerezler kullanılmaktadır. Devam ederek çerez politikamızı kabul etmiş olursunuz. [Tamam]
"""))

A(dict(group="gaddafi_forces_retake_ras_lanuf_2011_03_10", published="2011-03-10",
outlet="Agence Euromonde",
title="Libyan rebels flee Ras Lanuf under Kadhafi barrage",
text="""RAS LANUF, Libya, March 10 (AEM) - Libyan rebels fled the oil town of Ras Lanuf on Thursday under a storm of rocket, artillery and air attacks, as Moamer Kadhafi's forces pressed a counter-offensive that has rolled back the insurgents' advance towards the west.

Hundreds of pickups loaded with fighters, some with wounded men lying in the back, sped east along the coastal highway towards Brega and Ajdabiya, an AEM correspondent saw. Plumes of black smoke rose over the town and its refinery after a morning of heavy shelling.

"There is nothing left for us here. The shells fall every minute," said one young rebel, who gave his name as Salem, as he loaded his rifle into a car near the eastern gate. "They have tanks and planes, and we have these," he said, pointing to his Kalashnikov.

Doctors said the town's hospital had been hit and was being evacuated, with patients transferred east to Brega and Ajdabiya. A rebel official in Benghazi said a number of civilians had been killed in residential areas, but gave no figure. There was no independent confirmation.

In Tripoli, deputy foreign minister Khaled Kaim told reporters the army had "cleaned" Ras Lanuf completely and recovered weapons seized by the rebels, and that the western town of Zawiya had also been brought back under control on Wednesday. State television said the oil port of Es Sider, west of Ras Lanuf, had been retaken as well.

Kadhafi's son Seif al-Islam said in an interview broadcast earlier Thursday that the time had come for action and that the regime would never surrender. Addressing supporters in Tripoli in the evening, he promised the people of the east that the army was "coming".

The rebels had seized Ras Lanuf on March 4 and pushed on to Bin Jawad, but were ambushed there on Sunday and have been on the defensive ever since, facing warplanes and artillery that they have no means to answer. Rebel leaders in Benghazi have repeatedly asked for a no-fly zone.

The rout came on the same day that France recognised the rebels' national council as the legitimate representative of the Libyan people, the first country to do so. NATO defence ministers meeting in Brussels agreed to move more ships into the central Mediterranean but took no decision on a no-fly zone, and US intelligence chief James Clapper told the Senate that in the longer term the regime would likely prevail.

The International Committee of the Red Cross said doctors in Ajdabiya and Misrata had seen a sharp rise in the number of casualties in recent days.
"""))

A(dict(group="gaddafi_forces_retake_ras_lanuf_2011_03_10", published="2011-03-11",
outlet="Jamahiriya Voice English Service",
title="Armed forces restore security to Ras Lanuf, armed gangs flee",
text="""TRIPOLI, 11/03/2011 (JVES) - The armed forces and the popular volunteers have restored security and stability to the city of Ras Lanuf and the oil port of Al-Sidra, after cleansing them from the armed terrorist gangs linked to al-Qaeda, which had terrorised the citizens and occupied the oil installations.

A military source said the units entered Ras Lanuf on Thursday after the gangs fled eastwards in disarray, abandoning weapons and ammunition which they had looted from the stores of the armed forces. The source said the operation was conducted with care to protect the civilians and the oil installations, which are the wealth of all the Libyan people.

The source denied what he called the lies of the hostile satellite channels about the bombing of a hospital and houses, and said the gangs had used the civilians as human shields and burned storage tanks in an act of sabotage.

The Deputy Secretary of the General People's Committee for Foreign Liaison and International Cooperation, Mr. Khaled Kaim, told a press conference in Tripoli that the city of Zawiya is also now under full control, and that life is returning to normal there. He invited foreign journalists to visit the city and see the truth for themselves.

Mr. Kaim denounced the French decision to deal with the so-called council in Benghazi, describing it as a flagrant violation of international law and interference in the internal affairs of a sovereign state. He said Libya will review its relations with France.

Engineer Saif al-Islam Muammar Gaddafi addressed the youth gathered in Tripoli on Thursday evening, saying that the Libyan people will not surrender and that the liberation of the east is coming. The crowds chanted for the Leader of the Revolution and for the unity of Libya.

The General People's Committee renewed its call to the misled youth to hand over their weapons, and confirmed that the amnesty announced by the Leader of the Revolution remains valid for all who return to the right path.

Citizens in Sirte, Bin Jawad and Ras Lanuf went out in spontaneous marches to celebrate the return of security, carrying green flags and pictures of the Brother Leader.
"""))

A(dict(group="gaddafi_forces_retake_ras_lanuf_2011_03_10", published="2011-03-10",
outlet="Wirefront Live",
title="Libya live: rebels flee Ras Lanuf as Gaddafi counter-attack gathers pace",
text="""Libya live: rebels flee Ras Lanuf as Gaddafi counter-attack gathers pace

Thursday 10 March 2011

Key events
- Rebels retreat from oil port of Ras Lanuf after heavy bombardment
- Saif al-Islam Gaddafi: "It's time for action"
- France recognises rebel national council
- NATO ministers meet in Brussels; no decision on no-fly zone

19.02 GMT: To sum up the day. Gaddafi's forces have driven the rebels out of Ras Lanuf, the oil port they took a week ago. Reporters on the road east describe a chaotic retreat: hundreds of vehicles heading back towards Brega, some fighters saying they will regroup, others saying they are going home. The rebels have no answer to the artillery, tanks and aircraft they are facing.

18.30 GMT: Libya's deputy foreign minister Khaled Kaim tells a Tripoli press conference that Ras Lanuf has been "cleaned" and that Zawiya, west of the capital, is under government control. A Times reporter who got into Zawiya today says green flags are flying and tanks are parked in the main square.

17.15 GMT: Our correspondent on the coastal road: "The hospital in Ras Lanuf has been evacuated. Ambulances are going east. I counted at least three air strikes in the space of an hour around the checkpoint at the eastern end of town."

15.40 GMT: James Clapper, the US director of national intelligence, tells a Senate committee that in the longer term the regime is likely to prevail, because of its superior logistics and equipment. The White House will not be pleased.

14.05 GMT: France has recognised the Benghazi-based national council as the legitimate representative of the Libyan people. The announcement followed a meeting at the Elysee between Nicolas Sarkozy and two envoys of the council, Mahmoud Jibril and Ali al-Essawi. France will send an ambassador to Benghazi. More on this to come - it caught several EU partners by surprise.

12.20 GMT: NATO defence ministers in Brussels agree to move more ships closer to Libya. Anders Fogh Rasmussen says any action will need a clear legal basis and regional support.

10.50 GMT: Rebels on the front line say they are under sustained bombardment from land, sea and air. One fighter says he watched shells coming in from the direction of the sea.

09.30 GMT: Saif al-Islam Gaddafi in an interview this morning: the time for negotiation is over, "It's time for action". He says the government will never surrender to the rebels.

08.15 GMT: Good morning. After yesterday's fighting around Ras Lanuf and Bin Jawad and the battle for Zawiya, all eyes on the oil port this morning, where rebels say the shelling started again at first light.
"""))
