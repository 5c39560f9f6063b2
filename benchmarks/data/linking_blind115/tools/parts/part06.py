# G9: rebels retake Ajdabiya (26 Mar 2011); G10: NATO agrees to take over whole Libya operation (27 Mar 2011)
ARTICLES = []
A = ARTICLES.append

A(dict(group="rebels_retake_ajdabiya_after_air_strikes_2011_03_26", published="2011-03-26",
outlet="Meridian Press Agency",
title="Libyan rebels seize back Ajdabiya after allied air strikes",
text="""AJDABIYA, Libya (MPA) - Libyan rebels took full control of the eastern town of Ajdabiya on Saturday after Western air strikes smashed Muammar Gaddafi's armor around the town, the first major reversal for government forces since the international intervention began a week ago.

Rebel fighters danced on burned-out tanks and fired into the air as they drove through the town, which had been under siege for more than a week. Fighters said the eastern gate fell late on Friday and the western gate at dawn on Saturday, after British and French jets bombed positions on both sides of town overnight.

A reporter counted at least eight wrecked tanks and a number of rocket launchers along the road into Ajdabiya, which controls the junction of the coastal highway to Benghazi and the desert road south to Tobruk. Spent shell casings littered the streets and many shops and houses were shuttered or scarred by gunfire. Residents said they had been without water and electricity for days.

"For a week we sat outside and watched them shell our homes. Now they are gone," said Nouri Abdelsalam, a 44-year-old teacher carrying a rifle. "Next is Brega, then Ras Lanuf."

By the afternoon rebel units had pushed west toward Brega, about 80 km (50 miles) along the coast, and some fighters said they had reached the town. The reports could not be independently confirmed.

In Tripoli, Deputy Foreign Minister Khaled Kaim said government troops had withdrawn because of the coalition bombardment, which he said amounted to direct military support for the rebels and went beyond the U.N. mandate to protect civilians.

The fall of Ajdabiya to Gaddafi's forces in mid-March, as they drove toward Benghazi, was one of the events that spurred the Security Council to authorize military action on March 17. Since the first French strikes on March 19, coalition aircraft and cruise missiles have destroyed much of Libya's air defenses and hit armored columns in the east and around the besieged western city of Misrata.

The uprising against Gaddafi's 41-year rule began in mid-February in Benghazi. Gaddafi's forces drove the rebels back from the oil ports of Ras Lanuf and Brega earlier this month before the intervention.

President Barack Obama said in his weekly address on Saturday that the mission was succeeding and that the United States was handing over responsibility to allies and partners. NATO agreed on Thursday to take command of the no-fly zone but is still discussing whether to lead strikes on ground targets.
"""))

A(dict(group="rebels_retake_ajdabiya_after_air_strikes_2011_03_26", published="2011-03-27",
outlet="Al-Sahil TV Net",
title="The revolutionaries liberate Ajdabiya completely and advance towards Brega",
text="""Al-Sahil Net - Ajdabiya - Benghazi

The Libyan revolutionaries announced yesterday Saturday the full liberation of the city of Ajdabiya after fierce battles that continued for days with the Gaddafi brigades, and after the raids of the international coalition aircraft which destroyed many of the tanks and artillery of the brigades around the city.

The correspondent of Al-Sahil in Ajdabiya said that the revolutionaries entered the western gate of the city at the early hours of the morning, after they took control of the eastern gate on Friday evening, and that the citizens went out to the streets celebrating and raising the flag of independence, while the tanks of the brigades were burning on the sides of the road.

A field commander of the revolutionaries told Al-Sahil that the brigades withdrew in the direction of Brega leaving behind weapons and ammunition, and that dozens of soldiers surrendered to the revolutionaries, among them fighters who he said are mercenaries from African countries. The correspondent could not verify these statements independently.

The spokesman of the Transitional National Council in Benghazi said that the liberation of Ajdabiya opens the road to the oil cities, and he thanked the countries participating in the protection of civilians, and he renewed the call to supply the revolutionaries with weapons.

In the evening the revolutionaries said that they entered the city of Brega and continued their advance toward Al-Uqayla, and some of them spoke about reaching the outskirts of Ras Lanuf today Sunday.

For its part, the Libyan government said through the deputy foreign minister Khaled Kaim that the army withdrew from Ajdabiya because of the coalition bombing, and he considered that the raids are a direct participation in the civil war.

It is worth mentioning that the Gaddafi brigades had besieged Ajdabiya since the middle of this month, and the city suffered from the interruption of water and electricity and the displacement of most of its residents towards Benghazi, and the Security Council issued on 17 March the resolution 1973 which authorized the use of force to protect the civilians.

In the west of the country, the residents of Misrata said that the brigades continue the shelling of the city and that snipers are deployed on the buildings of Tripoli Street, and a doctor said that the number of dead in the city exceeded one hundred since the beginning of the siege.

Read also:
- Obama: we will hand the leadership of the operations to NATO
- The families of Misrata appeal for humanitarian corridor
- A Libyan woman storms a hotel in Tripoli and says she was raped by Gaddafi's soldiers

Print | Send to a friend | Comments (12)
"""))

A(dict(group="rebels_retake_ajdabiya_after_air_strikes_2011_03_26", published="2011-03-27",
outlet="Gündem Ekspres",
title="Libyalı muhalifler Ecdabiya'yı geri aldı",
text="""Gündem Ekspres | Dünya | 27.03.2011 - 08:12

Libya'da Kaddafi'ye opposite fighting opponents, koalisyon güçlerinin air strikes after, the country's east in the strategic Ecdabiya city's control again took.

Opponents, Saturday morning hours the city of western gate also taking the whole city in their hands passed said. City in the celebrations made, opponents burned tanks on the climbing victory signs made.

Eyewitnesses, the road on at least 8 burned tank there was said. The opponents, Kaddafi forces ammunition and weapons leaving Brega direction retreated said.

Ecdabiya, Bingazi'nin approximately 160 kilometer south in, coastal road and the desert road the intersection in located. Kaddafi forces, the city since one week besieged keeping.

Libya Dışişleri Bakan Yardımcısı Halid Kaim, the army of the coalition bombing because of the city from withdrew, this also rebels to direct support meaning came said.

Opponents, the evening hours Brega'ya entered and west toward the advance continued said.

NATO'DAN KRİTİK KARAR

NATO, Libya'daki all military operations command of taking over decided

Brüksel - NATO, Libya'da BM Güvenlik Konseyi'nin 1973 sayılı kararı çerçevesinde yürütülen all military operations of the command to take over agreed. NATO Genel Sekreteri Anders Fogh Rasmussen, yesterday evening made a statement, the alliance the civilians protection mission also taking over will said.

Rasmussen, NATO the Kaddafi rejiminin attacks under threat being civilians and civilian settlement areas protect for the UN resolution all aspects implement will said. Decision, the alliance 28 member's ambassadors the meeting in taken.

Türkiye, operasyonun NATO çatısı altında yürütülmesini from the beginning defending was. Dışişleri Bakanı Ahmet Davutoğlu, Türkiye'nin Libya halkına against any military operation in will not take part, but the arms embargo and humanitarian aid efforts in contribution will give said. TBMM last week, the Türk Silahlı Kuvvetleri'nin NATO operation in the framework of the Libya's off the coast of mission taking of the permission gave.

Etiketler: Libya, Ecdabiya, NATO, Kaddafi

Yorumlar (0)

Exit mobile version
"""))

A(dict(group="nato_agrees_to_take_command_of_libya_operation_2011_03_27", published="2011-03-27",
outlet="GovDispatch Releases",
title="Statement: NATO Allies agree to take on full military operation in Libya",
text="""GovDispatch Releases | Brussels | 27 March 2011

FOR IMMEDIATE RELEASE

NATO Allies decide to take on whole military operation for Libya under UN mandate

Brussels, Sunday 27 March 2011 - The North Atlantic Council, meeting at the level of Permanent Representatives, has decided this evening that NATO will take on all military aspects of the UN Security Council Resolution 1973, the Secretary General of the Alliance, Anders Fogh Rasmussen, announced.

In his statement, the Secretary General said that the 28 Allies had agreed to implement all aspects of the resolution, including the protection of civilians and civilian-populated areas under threat of attack from the Gaddafi regime. NATO would act in coordination with its international and regional partners, and would be impartial in carrying out the mandate.

The decision builds on the earlier steps taken by the Alliance:

- On 22 March, Allies agreed to launch a NATO operation to enforce the UN arms embargo against Libya in the Mediterranean.
- On 24 March, Allies decided to enforce the no-fly zone over Libya.

The Secretary General said NATO would begin to implement the broader mission immediately, in coordination with the coalition currently conducting operations, and that the transfer of command would be completed in the coming days. The operation, named Operation Unified Protector, will be led by Lieutenant-General Charles Bouchard of Canada, from the Allied Joint Force Command in Naples, Italy, under the authority of the Supreme Allied Commander Europe, Admiral James Stavridis.

Mr Rasmussen stressed that the Alliance's goal is to protect civilians, and that there would be no ground forces, in line with the UN mandate.

Background
UN Security Council Resolution 1973, adopted on 17 March 2011, authorises Member States, acting nationally or through regional organisations, to take all necessary measures to protect civilians in Libya, while excluding a foreign occupation force of any form. Coalition operations led by the United States, France and the United Kingdom began on 19 March.

About GovDispatch: GovDispatch Releases distributes statements and announcements from governments and international organisations. Texts are reproduced as supplied and are not edited for content.

Media contact: NATO Press and Media Service, Brussels

###
"""))

A(dict(group="nato_agrees_to_take_command_of_libya_operation_2011_03_27", published="2011-03-28",
outlet="Anatolia Daily Courier",
title="NATO to assume full command of Libya operation after Turkish concerns met",
text="""BRUSSELS / ANKARA - NATO agreed on Sunday to take over command of all military operations in Libya from a US-led coalition, including air strikes on ground targets to protect civilians, after days of difficult negotiations in which Turkey played a key role.

NATO Secretary-General Anders Fogh Rasmussen announced after a meeting of the alliance's ambassadors in Brussels that the allies had decided to implement all aspects of UN Security Council Resolution 1973. He said the goal of the operation was to protect civilians and civilian-populated areas under threat of attack from the regime of Muammar Gaddafi.

The decision came after NATO agreed on Thursday to enforce the no-fly zone but left the question of ground strikes unresolved, amid differences among members. France had wanted a political steering group outside NATO, while Turkey insisted that any operation should be brought under NATO command and be limited strictly to the UN mandate.

Foreign Minister Ahmet Davutoğlu said last week that the coalition formed at the Paris meeting would hand over the mission to a single NATO command. Turkish officials said on Sunday Ankara's concerns had been addressed and that the operation would not include an occupation or any action beyond the protection of civilians.

Turkey has contributed several warships and a submarine to the NATO operation enforcing the arms embargo in the Mediterranean, after the Turkish Parliament authorized the deployment last week. Turkish officials have said Turkish forces will not take part in combat operations and will not point weapons at the Libyan people.

The NATO operation, named Unified Protector, will be commanded by Canadian Lt. Gen. Charles Bouchard. US officials said the handover would take a few days, after which the US would move to a supporting role, providing intelligence, refueling and other capabilities.

On the ground, Libyan opposition forces continued their advance westward on Sunday, retaking the oil towns of Brega and Ras Lanuf a day after recapturing Ajdabiya with the help of coalition air strikes.

Turkey is expected to be represented at the London conference on Libya on Tuesday, where some 40 countries and organizations will discuss the political future of the country.

Tags: NATO, Libya, Turkey, Davutoğlu

Share | Print | E-mail
"""))

A(dict(group="nato_agrees_to_take_command_of_libya_operation_2011_03_27", published="2011-03-29",
outlet="Skyline Defence Review",
title="Unified Protector: how NATO inherits the Libya air war",
text="""ANALYSIS | C2 & Operations | 29 March 2011

NATO's decision on the evening of 27 March to take over 'all aspects' of UN Security Council Resolution 1973 ends an awkward ten days in which the campaign against Muammar Gaddafi's forces was run by a US combatant command that Washington was visibly eager to hand off, alongside national operations run from Paris and London.

The North Atlantic Council had moved incrementally: on 22 March it activated a maritime arms embargo under the name Operation Unified Protector; on 24 March it agreed to take over the no-fly zone; and on 27 March, after French objections to NATO branding and Turkish insistence on a tightly civilian-protection mandate were reconciled, it agreed to take on the ground-attack mission as well. The handover is expected to be complete by 31 March.

Command will sit with Allied Joint Force Command Naples, with Canadian Lt Gen Charles Bouchard as operational commander and the Combined Air Operations Centre at Poggio Renatico in northern Italy running the air tasking. Political guidance will come from the NAC, while a separate 'contact group' of the coalition partners, including Arab states, is to be launched at the London conference today.

The key question for planners is what the US will continue to provide. President Barack Obama, in a speech at the National Defense University on 28 March, said America's role would shift to support: intelligence, surveillance and reconnaissance, electronic warfare, air-to-air refuelling and search and rescue. Those are precisely the enablers that European air forces lack in depth. The AC-130 gunships and A-10s that the US has been using against armour on the coastal road may be withdrawn once NATO takes over, US officials have hinted.

European contributions are uneven. France and the UK have provided the bulk of strike sorties alongside the US; Denmark, Norway, Belgium and Canada have committed F-16s and CF-18s with full strike authority; Italy, Spain, the Netherlands and Sweden have offered aircraft limited to the no-fly zone or reconnaissance; Qatar and the UAE have deployed Mirage 2000s and F-16s respectively. Turkey's naval contribution is confined to the embargo.

The rebel advance along the coast since Ajdabiya fell on 26 March has been rapid, but it has depended heavily on coalition air power clearing the road. How NATO interprets 'protection of civilians' when rebels advance on government-held towns such as Sirte will be the first real test of the new command arrangement.
"""))
