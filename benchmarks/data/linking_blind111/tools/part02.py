# Group 2: transition charter 12 Sep 2020; Group 3: Ndaw sworn in 25 Sep 2020
G2 = "mali_junta_adopts_transition_charter_2020_09_12"
G3 = "bah_ndaw_sworn_in_mali_interim_president_2020_09_25"
ARTS = [
dict(g=G2, p="2020-09-12", o="Global Dispatch Agency",
t="Mali junta backs 18-month transition charter after talks",
x="""BAMAKO, Mali (GDA) — Mali's ruling junta on Saturday endorsed a charter for an 18-month transition back to civilian rule, at the close of three days of national consultations in Bamako with political parties, civil society groups and the military.

Under the document, which participants adopted by acclamation, an interim president who may be either a civilian or a soldier will be chosen by a college of electors set up by the junta. The president will be assisted by a vice president, and a prime minister will head a government of no more than 25 ministers. A 121-member National Transitional Council will serve as the legislature.

"We commit ourselves to spare no effort in carrying out these resolutions in the sole interest of the Malian people," junta leader Col. Assimi Goita said at the closing ceremony, asking international partners for their support.

The Economic Community of West African States, which imposed trade and financial sanctions after the Aug. 18 coup that toppled President Ibrahim Boubacar Keita, has insisted that both the interim president and prime minister be civilians and has given the junta until Tuesday to name them."""),

dict(g=G2, p="2020-09-13", o="Le Flambeau de Bamako (English edition)",
t="Concertations nationales: the Transition Charter adopted, the M5-RFP cries of betrayal",
x="""Posted on 13 September 2020 by Editorial staff | Politics

After three days of exchanges at the International Conference Center of Bamako (CICB), the national consultations on the Transition were closed this Saturday 12 September with the adoption of a Transition Charter and a roadmap. The duration of the Transition is fixed at 18 months, as wished the CNSP (National Committee for the Salvation of the People) and contrary to the three years that the military had put on the table at the beginning.

According to the text read by the rapporteur general, the President of the Transition can be a civilian or a military man. He will be designated by a college set up by the CNSP. He is assisted by a Vice-President, who is in charge of the questions of defense and security, an important point that many observers consider as the guarantee of the military on the process. The Prime Minister, appointed by the President of the Transition, leads a government of maximum 25 members. The legislative organ will be the National Council of Transition (CNT) of 121 members, distributed between the forces of defense and security, the M5-RFP, the political parties, the civil society, the religious confessions, the Malians of outside, the youth and the women.

The president of the CNSP, colonel Assimi Goïta, who closed the works, affirmed that "the results obtained allow to hope for the advent of a new Mali, democratic, secular and prosperous". He asked the understanding and the accompaniment of the international community.

But the celebrating was not shared by all. In the evening, leaders of the Movement of 5 June - Rally of the Patriotic Forces (M5-RFP), which led the contestation against the regime of IBK during the months of June, July and August, said that the document read in the room did not reflect the conclusions of the discussions, notably on the question of a civilian at the head of the Transition. One of its executives, met by our editorial, spoke of "confiscation" of the struggle of the people by the military. The movement announced that it will make known its position in the next days.

It is to remember that the ECOWAS, which closed the borders and suspended the financial exchanges with our country after the events of 18 August, gave to the junta until Tuesday 15 September to designate a civilian president and a civilian prime minister. The mediator of the sub-regional organization, the former Nigerian president Goodluck Jonathan, held several meetings with the CNSP since the end of August.

The population, on its side, waits above all the lifting of the embargo which weighs heavily on traders and importers. At the big market of Bamako, several traders told us that the prices of certain products had started to climb.

Read also: ECOWAS: the heads of state give an ultimatum to the CNSP
Read also: IBK authorized to travel abroad for medical care

Cookie settings | We use cookies to improve your experience on our site. By continuing to browse you accept their use. ACCEPT"""),

dict(g=G3, p="2020-09-25", o="Accra Evening Courier",
t="Mali: Bah Ndaw sworn in as interim president, Goita becomes VP",
x="""Retired Colonel Bah Ndaw was on Friday sworn in as Mali's transitional president, five weeks after soldiers overthrew President Ibrahim Boubacar Keita.

The ceremony took place at the International Conference Centre in Bamako before several hundred officers, politicians, judges and foreign diplomats. Colonel Assimi Goita, who led the military junta that seized power on August 18, took the oath as vice president.

Former Nigerian President Goodluck Jonathan, who is mediating the crisis on behalf of the Economic Community of West African States (ECOWAS), was among the guests.

Mr Ndaw, 70, is a former air force chief who served briefly as defence minister in 2014. He was chosen on Monday by a college of electors set up by the junta under the transition charter adopted earlier this month, which gives the interim authorities a maximum of 18 months to organise elections.

In his inaugural speech, the new leader pledged to respect all of Mali's international commitments and agreements, and to fight corruption. He also promised a "stable, calm and successful transition" within the agreed time frame.

Officials in Bamako hope the inauguration will persuade ECOWAS to lift the sanctions it imposed after the coup, which include the closure of borders and a halt to trade and financial flows. The regional bloc had insisted on a civilian president and a civilian prime minister, and has raised concerns about the role of the vice president.

Mr Jonathan told journalists this week that he hoped the sanctions could be lifted once a civilian prime minister was appointed, but no decision has yet been announced.

The sanctions, imposed on August 20, have hit the landlocked country hard. Ghanaian truck drivers and traders along the Tema-Ouagadougou-Bamako corridor say goods have piled up at the borders, while Malian importers complain of rising costs at a time when the economy is already suffering from the Covid-19 pandemic.

The junta initially proposed a three-year transition led by a soldier, but West African leaders rejected the plan. After national consultations in Bamako earlier this month, a charter set the transition at 18 months. The choice of a retired officer, and of Colonel Goita as his deputy, was seen as a compromise; regional leaders have insisted that the vice president must not under any circumstances be able to replace the president.

Among the first tasks of the new president will be the appointment of a prime minister and a government, and the installation of the National Transitional Council, a 121-member body that will act as parliament. The transition authorities must also deal with a worsening security situation in the centre of the country, where jihadist groups and ethnic militias have killed hundreds of civilians in the past two years.

Ghana's President Nana Akufo-Addo, the current chairman of ECOWAS, has said the region wants to see a quick return to constitutional order in Mali."""),

dict(g=G3, p="2020-09-25", o="Le Flambeau de Bamako (English edition)",
t="Investiture at the CICB: Bah N'Daw takes the oath, 'Mali has been humiliated by its own children'",
x="""Posted on 25 September 2020 by Editorial staff | Politics

It is done. The retired colonel-major Bah N'Daw is since this Friday 25 September 2020 the President of the Transition of Mali. He took the oath before the Supreme Court, in a hall of the International Conference Center of Bamako (CICB) full to the brim, in presence of the Vice-President, the colonel Assimi Goïta, of members of the CNSP in uniform, of former prime ministers, of religious leaders and of several ambassadors.

Dressed in a white boubou and wearing a mask because of the coronavirus, the new president swore to "preserve in all fidelity the republican regime" and to respect the Constitution and the Transition Charter. The colonel Goïta in his turn took the oath as Vice-President.

In his speech, Bah N'Daw did not use of circumlocution. "Mali has been shaken, trampled and humiliated by its own children," he declared, before promising to fight against corruption and impunity and to demand respect of human rights by the armed forces. He assured that the Transition "will not call into question any international commitment of Mali", including the agreement for peace and reconciliation resulting from the Algiers process. A minute of silence was observed in memory of the Malian soldiers and of the foreign soldiers fallen in the fight against terrorism.

For the Prosecutor general near the Supreme Court, Boya Dembélé, the challenges which await the two men are "enormous" and will require "a refoundation of the State".

Who is Bah N'Daw? Born in 1950 in San, the new president is a pilot by training, formed notably in the former Soviet Union and in France. He was chief of staff of the Air Force, aide-de-camp of the general Moussa Traoré, and minister of Defense and Veterans in 2014 under IBK, a post that he left after a few months. He was designated on Monday 21 September by the college set up by the CNSP. Described by those who know him as a rigorous man, "a soldier of the old school", he had retired from public life since several years.

The vice-president, the colonel Assimi Goïta, 37 years old, is the former commander of the special forces battalion (BAFS) and the president of the CNSP which overthrew IBK on 18 August. According to the Charter, he is in charge of the questions of defence and security. Several political actors, notably of the M5-RFP, consider that this configuration gives the hand to the military on the essential of the Transition. The ECOWAS, for its part, demanded that the Vice-President cannot in any case replace the President.

The former Nigerian president Goodluck Jonathan, mediator of the ECOWAS, attended the ceremony. The Malians hope now that the lifting of the sanctions will intervene quickly. The next step will be the appointment of a Prime Minister, which the ECOWAS wants civilian.

Exit mobile version"""),

dict(g=G3, p="2020-09-26", o="NovoRus International",
t="Mali Inaugurates Transitional President Ndaw, Pledges to Keep International Commitments",
x="""MOSCOW, September 26 (NovoRus) - Mali's transitional president, retired Colonel Bah Ndaw, was sworn in on Friday in Bamako, vowing to preserve the country's international obligations and to restore order after the military takeover in August.

The inauguration ceremony was held at the Bamako International Conference Center. Colonel Assimi Goita, the chairman of the National Committee for the Salvation of the People, which took power after the August 18 resignation of President Ibrahim Boubacar Keita, was sworn in as vice president.

Ndaw, 70, served as defense minister in 2014 and studied at a Soviet military aviation school in the 1970s, according to his biography. He will lead the country during a transitional period of 18 months, after which general elections are due to be held.

The new head of state said that the transition would not question any international agreement signed by Mali and promised a determined struggle against terrorism and organized crime.

The West African regional bloc ECOWAS has imposed sanctions on Mali after the military takeover, demanding that civilians be appointed to lead the transition. Western capitals have also criticized the role of the military in the interim authorities.

The transitional charter, adopted on September 12 after national consultations, set the length of the transition at 18 months and provided for a vice president responsible for defense and security issues. A National Transitional Council of 121 members will perform legislative functions.

Colonel Goita, 37, commanded special forces units in the center of the country before the August events. He has received training in the United States, France and Germany, according to Malian media.

Former President Keita, who was detained at the Kati military base after the takeover, was released in late August and later allowed to travel to the United Arab Emirates for medical treatment.

After the coup, thousands of Malians took to the streets in Bamako to support the military, and some demonstrators carried Russian flags and posters calling for cooperation with Moscow.

Russia and Mali signed an agreement on military cooperation in June 2019. Mali has been struggling with militant groups in the north and center of the country since 2012. Despite the presence of French troops and a UN peacekeeping mission, the security situation has continued to deteriorate. Armed groups affiliated with Al-Qaeda and the Islamic State (both banned in Russia) have extended their attacks from the north to the central regions of the country and to neighboring Burkina Faso and Niger.

The ECOWAS mediator, former Nigerian President Goodluck Jonathan, said earlier this week that the bloc could consider easing the sanctions once the transition bodies are in place, in particular after the appointment of a civilian prime minister."""),
]
