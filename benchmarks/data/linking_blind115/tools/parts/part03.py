# G5: France recognises the national council (10 Mar 2011); G6: Arab League asks UN for no-fly zone (12 Mar 2011)
ARTICLES = []
A = ARTICLES.append

A(dict(group="france_recognises_libyan_national_council_2011_03_10", published="2011-03-11",
outlet="The Northern Chronicle",
title="Sarkozy goes it alone as France becomes first to recognise Libyan rebels",
text="""From our correspondent in Paris

Nicolas Sarkozy stunned his European partners yesterday by recognising the rebel national council in Benghazi as the legitimate representative of the Libyan people, and letting it be known that he was ready to contemplate targeted air strikes against Colonel Gaddafi's forces.

The decision was announced after the French president received two envoys of the council, Mahmoud Jibril and Ali al-Essawi, at the Elysee Palace. France will send an ambassador to Benghazi and receive a representative of the council in Paris, the president's office said. Mr Essawi, who resigned as Libya's ambassador to India last month, told reporters on the steps of the palace that other European countries would follow.

The announcement appeared to catch France's partners off guard. Diplomats in Brussels said Baroness Ashton, the EU foreign policy chief, had not been told in advance, and there were suggestions that some in the French government learned of it from the news. Mr Sarkozy is understood to have been persuaded in part by the philosopher Bernard-Henri Levy, who travelled to Benghazi last week and helped to arrange the meeting.

According to people briefed on the talks, the president told the envoys he would propose to EU leaders, who gather in Brussels today, that the air forces of willing countries should be ready to strike command centres and airfields if Colonel Gaddafi used chemical weapons or air power against civilians. The Elysee later played down the idea of unilateral action, saying any operation would require a legal basis.

Germany's foreign minister, Guido Westerwelle, said Berlin did not want to be drawn into a war in North Africa, and Italian officials complained privately of French grandstanding. In London, Downing Street welcomed the council's growing role but said Britain recognised states, not governments. David Cameron and Mr Sarkozy did, however, send a joint letter to EU partners calling for the council to be treated as a valid interlocutor.

In Tripoli, the deputy foreign minister, Khaled Kaim, described the French move as a violation of international law and warned that Libya might cut relations with Paris.

The timing was striking. As the envoys were shaking hands with Mr Sarkozy, the rebels they represent were streaming east out of Ras Lanuf, the oil port they had held for a week, under heavy shelling and bombing. Their retreat has made the question of a no-fly zone more urgent, and more divisive.

The national council was announced in Benghazi on February 27 and formally met for the first time on March 5, when it declared itself the sole representative of Libya. It is headed by Mustafa Abdel Jalil, the former justice minister, who resigned in protest at the killing of demonstrators. Mr Jibril, an economist who once ran a state planning body under Colonel Gaddafi's son Saif al-Islam, is in charge of its foreign contacts.

France's embrace of the rebels marks a turnaround for a president who welcomed Colonel Gaddafi to Paris with full honours in December 2007, and whose government was criticised for its slow response to the uprisings in Tunisia and Egypt earlier this year. Michele Alliot-Marie resigned as foreign minister last month after it emerged that she had holidayed in Tunisia during the revolt there.

The European Union's leaders will be asked today to endorse a tougher stance, but officials expect a statement that falls short of recognition. The Arab League meets in Cairo tomorrow and the Gulf states have already said the Tripoli regime has lost its legitimacy.
"""))

A(dict(group="france_recognises_libyan_national_council_2011_03_10", published="2011-03-11",
outlet="Anatolia Daily Courier",
title="France first to recognize Libyan opposition council; Ankara urges caution",
text="""PARIS / ANKARA - France on Thursday became the first country to recognize Libya's opposition National Council as the legitimate representative of the Libyan people, in a move that Turkish officials said should not deepen divisions in the North African country.

French President Nicolas Sarkozy received council envoys Mahmoud Jibril and Ali al-Issawi in Paris and agreed to exchange ambassadors with the Benghazi-based body, the Elysee said. A French diplomat will be sent to Benghazi in the coming days.

The council was set up on Feb. 27 by opponents of Libyan leader Muammar Gaddafi in Benghazi, the country's second largest city and the stronghold of the uprising that began in mid-February. It is chaired by former Justice Minister Mustafa Abdul-Jalil.

Turkish diplomatic sources said Ankara was in contact with all parties in Libya and that priority must be given to a cease-fire and the protection of civilians. Prime Minister Recep Tayyip Erdoğan has repeatedly spoken out against a NATO military intervention in Libya, warning it could bring dangerous results, and has urged Gaddafi to take steps to meet his people's demands.

Turkey, which has large construction investments in Libya, has evacuated more than 20,000 of its citizens and other nationals from the country by sea and air since the unrest began, in one of the largest evacuation operations in its history. Turkish ships have also carried medical supplies to Benghazi.

On the battlefield, opposition fighters were forced on Thursday to withdraw from the oil port of Ras Lanuf after heavy shelling by government forces. Gaddafi's son Saif al-Islam vowed to retake the east.

The EU was set to hold an emergency summit on Libya in Brussels on Friday. Diplomats said several member states were unhappy that Paris had acted without consulting partners.

Tags: Libya, France, Turkey, Sarkozy

Share | Print | E-mail | Comments (3)
"""))

A(dict(group="arab_league_asks_un_for_libya_no_fly_zone_2011_03_12", published="2011-03-12",
outlet="Meridian Press Agency",
title="Arab League calls on U.N. to impose no-fly zone over Libya",
text="""CAIRO (MPA) - The Arab League asked the U.N. Security Council on Saturday to impose a no-fly zone over Libya to protect civilians from Muammar Gaddafi's air force, giving Western powers the regional backing they have said is a condition for any military action.

Arab foreign ministers meeting at the league's headquarters in Cairo also said they would open contacts with the rebels' national council in Benghazi, in effect treating Gaddafi's government as having lost its standing. Libya was suspended from the league's meetings last month over the crackdown.

Arab League Secretary-General Amr Moussa told reporters after the six-hour meeting that the league had officially requested the Security Council to impose a no-fly zone against military aviation, as a precautionary measure that would be lifted when the crisis ended. He said the league rejected any foreign military intervention on the ground.

Delegates said Syria and Algeria had objected to the resolution, but it was adopted by consensus of those present. Libyan protesters gathered outside the building chanting for action.

The United States welcomed the decision, saying it strengthened international pressure on Gaddafi. Britain and France are drafting a Security Council resolution but face resistance from Russia and China, and Germany has voiced skepticism.

The vote came as Gaddafi's forces tightened their grip on the oil port of Ras Lanuf, which rebels abandoned on Thursday, and pushed on toward Brega. Rebel fighters said the front line had moved back toward the town of Uqayla.

The uprising against Gaddafi's 41-year rule began in mid-February in Benghazi and spread across the east within days. Government forces have since won back Zawiya in the west and are pressing on the oil towns of the Gulf of Sirte, using artillery, tanks and air strikes that rebels cannot match.

Earlier this week the six-nation Gulf Cooperation Council said the Libyan government had lost its legitimacy and called for a no-fly zone, while the African Union on Thursday rejected any foreign military intervention.

An Al Jazeera cameraman, Ali Hassan al-Jaber, was killed in an ambush near Benghazi on Saturday, the Qatar-based channel said, the first journalist known to have died in the conflict.
"""))

A(dict(group="arab_league_asks_un_for_libya_no_fly_zone_2011_03_12", published="2011-03-12",
outlet="Novaya Orbita International",
title="Arab League supports no-fly zone over Libya, Moscow calls for caution",
text="""CAIRO/MOSCOW, March 12 (NOI) - Foreign ministers of the Arab League countries at an emergency meeting in Cairo on Saturday asked the UN Security Council to introduce a no-fly zone over Libya, diplomatic sources told NOI.

The decision was taken after several hours of discussion. According to some delegates, Syria and Algeria spoke against what they called the internationalisation of the Libyan conflict. The League also decided to establish contacts with the opposition Transitional National Council in Benghazi.

In Moscow, a source in the Russian Foreign Ministry said that Russia would study the request of the Arab League carefully, but that a no-fly zone is not a simple technical measure and would involve the use of force against a sovereign state. Russian officials have repeatedly said that any decision on outside interference must be taken only by the UN Security Council and must not lead to an escalation of the armed conflict.

Foreign Minister Sergei Lavrov has said that the Libyan people must decide their own future and that Moscow opposes foreign military intervention. Russia supported resolution 1970 of the Security Council, which introduced an arms embargo against Libya and sanctions against Muammar Gaddafi and his family.

Fighting in Libya continues. Government troops on Saturday consolidated their control of the oil port of Ras Lanuf. Russian companies including the oil producer Tatneft have suspended their work in the country and evacuated their staff.
"""))

A(dict(group="arab_league_asks_un_for_libya_no_fly_zone_2011_03_12", published="2011-03-13",
outlet="Al-Sahil TV Net",
title="The Arab ministers demand the Security Council to impose an air ban on Libya",
text="""[ad_1]

Al-Sahil Net - Cairo

The Council of the Arab League on the level of foreign ministers demanded in its emergency session that was held yesterday Saturday in Cairo the Security Council to shoulder its responsibilities and impose a no-fly zone on the movement of the Libyan military aviation, and to set up safe areas in the places exposed to shelling, as precautionary measures that allow the protection of the Libyan people and the foreigners residing in Libya.

The Secretary General of the League Amr Moussa said at a press conference after the end of the meeting, which lasted about six hours, that the league officially requested from the Security Council the imposition of the air ban, and he stressed that the decision does not mean a foreign military intervention, and that the Arab countries reject any intervention on the land of Libya.

The ministers also decided to cooperate and communicate with the Transitional National Council in Benghazi, and to provide urgent aid to the Libyan people. According to diplomatic sources, the representatives of Syria and Algeria expressed reservations on the decision, while the delegations of the Gulf Cooperation Council pushed strongly for it.

For its part, the Transitional Council welcomed the decision, and its spokesman said in a telephone contact with Al-Sahil that the decision came late but it is an important step, and called the Security Council to act quickly before a massacre happens in the cities of the east.

On the ground, the Gaddafi brigades announced the control of the city of Ras Lanuf, while the revolutionaries said that they retreated to the area of Al-Uqayla and that the fighting continues on the outskirts of Brega, and the correspondent of Al-Sahil said that the warplanes bombed yesterday positions near the oil port.

It is worth mentioning that the Gulf Cooperation Council had announced on Thursday that the Libyan regime lost its legitimacy, and that France is the first country recognized the National Council as a legitimate representative of the Libyan people last Thursday.

In another context, the Qatari Al Jazeera channel announced the death of its photographer Ali Hassan al-Jaber after he was exposed to a shooting in an ambush near Benghazi yesterday Saturday.

Related articles:
Ras Lanuf falls and the revolutionaries retreat to Brega
Saif al-Islam: we are coming to the east
France receives envoys of the Transitional Council in the Elysee

[ad_2]
"""))
