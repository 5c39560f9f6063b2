# Extra background paragraphs: (group prefix, outlet, anchor paragraph start, new paragraph inserted before anchor)
EXTRAS = [
("rebels_retake_ajdabiya", "Meridian Press Agency", "President Barack Obama said in his weekly address",
"""Government troops had reached the southern and western outskirts of Benghazi on the morning of March 19, hours before the first French strikes, and rebels say dozens of people were killed in the city that day. The road from Benghazi to Ajdabiya was later littered with the wreckage of tanks and trucks hit from the air, and coalition officials said the strikes south of Benghazi had broken the momentum of the loyalist offensive.

In the west, residents of Misrata said government tanks and snipers were still pounding the city on Saturday despite air strikes on an air base on its outskirts. A doctor there said more than 100 people had been killed since the siege began. In Tripoli, a Libyan woman burst into a hotel housing foreign journalists and said she had been raped by militiamen before she was dragged away by security men."""),

("unsc_adopts_resolution_1970", "Huaxia News Service", "UN Secretary-General Ban Ki-moon welcomed",
"""Under the resolution, a new sanctions committee of the council will monitor the implementation of the measures, and the ICC prosecutor is invited to address the council within two months of its adoption and every six months thereafter. The text also states that Libya should cooperate fully with the court, while noting that states not party to the Rome Statute have no obligation under it.

Council members said the measures were aimed at individuals responsible for the violence, and that the resolution does not authorize the use of force. Several members, including Russia, stressed during the consultations that any further steps would require new decisions by the council."""),

("nato_agrees_to_take_command", "Skyline Defence Review", "The rebel advance along the coast",
"""At sea, the embargo element of Unified Protector is already under way, commanded from Allied Maritime Command Naples. Frigates and submarines from Italy, Turkey, Spain, Greece, Canada, the UK and the US are patrolling the approaches to Libyan ports, with authority to hail, board and divert vessels suspected of carrying arms or mercenaries. The first weeks of the operation will show how rigorously that authority is used, particularly for ships carrying aid to Benghazi and Misrata.

The air plan inherited from Odyssey Dawn was built around a small number of fixed targets, most of which have now been struck. What remains is the harder part: dynamic targeting of armour, artillery and rocket launchers moving in and around towns, where the risk of civilian casualties is highest and where regime units have begun using civilian vehicles."""),

("unsc_adopts_resolution_1973", "Novaya Orbita International", "In Moscow, Russian analysts",
"""Germany, India and Brazil also abstained. The German envoy said Berlin would not take part in any military operation, while the representatives of India and Brazil said the resolution was based on incomplete information and that the use of force could make the situation worse. The resolution was supported by ten members, including Lebanon, which co-sponsored the text with France and Britain, as well as South Africa, Nigeria and Gabon.

Russia supported resolution 1970 on February 26, which introduced an arms embargo, froze the assets of Muammar Gaddafi and his family and referred the situation to the International Criminal Court. Since then, Moscow has repeatedly warned that the crisis must not be resolved by outside military force."""),

("london_conference_on_libya", "Huaxia News Service", "In Beijing, Chinese Foreign Ministry",
"""According to the chair's statement, participants also agreed to work with the UN and regional organizations on humanitarian relief and to support a political process in which the Libyan people could choose their own future. Qatar's Prime Minister Sheikh Hamad bin Jassim Al Thani said his country would host the first meeting of the contact group. Representatives of the Libyan opposition held meetings with several delegations on the sidelines of the conference.

U.S. Secretary of State Hillary Clinton said at the conference that military operations would continue until the Libyan government complied with the demands of the Security Council."""),

("loyalists_drive_rebels_out_of_ras_lanuf", "Agence Euromonde", "In the west, government forces",
"""On Monday rebel columns had reached the village of Nofaliya, about 120 kilometres east of Sirte, before being hit by heavy fire. On Tuesday they were pushed out of Bin Jawad, and by Wednesday morning the front had moved back to the western outskirts of Ras Lanuf. Several fighters were killed and dozens wounded in three days of fighting, according to doctors in Brega and Ajdabiya.

Military analysts said Kadhafi's forces had adapted to the coalition air campaign, moving in smaller groups and in civilian pickups that are harder to distinguish from rebel vehicles. Coalition commanders have said they must be careful not to be seen providing air support to the rebels, as opposed to protecting civilians."""),

("gaddafi_forces_retake_ras_lanuf", "Agence Euromonde", "The rout came on the same day",
"""West of Tripoli, Zawiya, a town of some 200,000 people and home to a major refinery, had held out for nearly two weeks against repeated assaults by elite units, including tanks. Witnesses reached by telephone described heavy shelling of the central square, where rebels had buried their dead, and said dozens had been killed. A reporter who entered the town independently on Thursday said government flags were flying and tanks were parked in the square."""),

("arab_league_asks_un", "Meridian Press Agency", "Earlier this week the six-nation",
"""Gaddafi has dismissed the idea of a no-fly zone as a plot by colonial powers to seize Libya's oil and has warned that Libyans would take up arms against any foreign force. His son Saif al-Islam said this week that a no-fly zone would not stop the government's offensive.

The rebels' national council in Benghazi, which sent envoys to Cairo, has appealed for a no-fly zone and for air strikes on the artillery and armor that drove its fighters from Ras Lanuf. Its chairman, Mustafa Abdel Jalil, has warned that hundreds of thousands could die if government forces reached Benghazi."""),

("opposition_launches_national_council", "Free Libya Bulletin", "In the square outside the court",
"""Benghazi has been free since February 20, when thousands of residents, joined by soldiers who refused to fire on them, stormed the Katiba compound in the city centre after four days of killings. Since then the city has been run by volunteer committees: lawyers and judges at the court, doctors at the hospitals, young men directing traffic and guarding banks and oil installations. Bread and fuel are available, and shops have begun to reopen.

The council will also seek to take over the running of public services and salaries in the liberated areas, and to keep oil facilities safe so that exports can eventually resume for the benefit of all Libyans."""),

("rebels_repel_loyalist_assault_on_brega", "Gündem Ekspres", "Brega, Libya's the second biggest",
"""Kaddafi, the speech in the Libya in no protester was killed, only security forces against attacks there was claimed. He, the country in power in the he is not, power the people's committees in is said, the foreign press the Libya about lies spreading accused. Kaddafi, foreign oil companies to Libya'da working continue may said, but the West the oil to take for the country to occupy wanting claimed.

Muhalifler ise, Bingazi'de kurulan Ulusal Konsey aracılığıyla, the Kaddafi forces against foreign air strikes demanded. Konsey sözcüsü Abdülhafız Goga, however foreign soldiers the Libya soil on not wanted said."""),
]
