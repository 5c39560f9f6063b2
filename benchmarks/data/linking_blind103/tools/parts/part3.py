ARTICLES = [
dict(group="zeidan_kidnapped_from_corinthia_hotel_2013_10_10", published="2013-10-10", outlet="Meridian Press International",
title="Libyan PM Zeidan seized by gunmen from Tripoli hotel, freed hours later",
text="""TRIPOLI, Libya (MPI) — Armed men seized Libyan Prime Minister Ali Zeidan from the Tripoli hotel where he lives in the early hours of Thursday and held him for several hours before he was freed, in a brazen show of the power of the militias that have dominated the country since the fall of Muammar Gaddafi.

A former rebel group, the Operations Room of Libya's Revolutionaries, said it had "arrested" the prime minister on the orders of the public prosecutor over allegations of corruption and harming state security. The government and the justice ministry said no warrant had been issued and called the seizure a kidnapping.

Around 100 to 150 gunmen arrived at the Corinthia Hotel in a convoy of pickup trucks at about 2:30 a.m., according to hotel staff and a government official. Some waited in the lobby while others went to the floor where Zeidan stays. Staff said no shots were fired. Photographs posted online showed the prime minister, looking dishevelled, being led away by men in civilian clothes.

Zeidan's office at first posted on its Facebook page that reports of his abduction were a rumour, but later said it had been forced by the kidnappers to deny it.

By late morning the government announced he had been released. Nouri Abusahmain, president of the General National Congress, told reporters that Zeidan was in good shape and on his way to his office. It was not clear how he was freed. Haitham al-Tajouri, the commander of a Tripoli militia allied to the interior ministry, told a private television station that his men had stormed the building where the premier was held and exchanged fire with his captors, an account that could not be confirmed.

Zeidan later chaired a cabinet meeting and thanked those who had helped secure his release. He said the matter should be handled calmly and called on Libyans not to be drawn into escalation.

The seizure came five days after U.S. special forces captured Abu Anas al-Libi, a Libyan suspected of involvement in the 1998 bombings of U.S. embassies in Kenya and Tanzania, outside his home in Tripoli and took him to a U.S. warship. The raid angered Islamist and revolutionary groups, who accused Zeidan's government of colluding with Washington. Zeidan had said Libya was not informed in advance and had asked Washington for clarification.

The Operations Room, formed by former rebels and paid by the state to help secure the capital, had denounced the capture of al-Libi and demanded that the government explain its role.

Libya has struggled to impose order since the 2011 uprising that ended Gaddafi's 42-year rule. The brigades that fought him have refused to disarm, and many draw state salaries while acting independently. Gunmen laid siege to government ministries in May to force through a law banning Gaddafi-era officials from office, and armed protesters have shut down much of the country's oil export capacity since the summer.

Last week a crowd attacked the Russian embassy in Tripoli, prompting Moscow to evacuate its diplomats.
"""),

dict(group="zeidan_kidnapped_from_corinthia_hotel_2013_10_10", published="2013-10-10", outlet="Vostok Info English",
title="Libyan premier briefly abducted in Tripoli, days after US commando raid",
text="""Libyan Prime Minister Ali Zeidan was abducted before dawn on Thursday from the Corinthia hotel in Tripoli by armed men, and was released several hours later, according to the Libyan government.

A militia calling itself the Operations Room of Libya's Revolutionaries claimed it had detained Zeidan on the instructions of the prosecutor. Libya's justice ministry said there was no arrest warrant.

Many observers linked the abduction to the operation carried out by US special forces in Tripoli on Saturday, when they seized Abu Anas al-Libi, a man accused by Washington of links to Al-Qaeda, without the involvement of the Libyan authorities. Several armed groups accused the Zeidan government of allowing the Americans to act on Libyan soil.

The incident is the latest in a series showing that the government in Tripoli does not control the capital. Last week, on October 2, a crowd attacked the Russian embassy in Tripoli after a Russian citizen was suspected in the killing of a Libyan officer. The attackers tried to break into the compound and set a car on fire. Moscow evacuated its diplomatic staff to Tunisia after the attack.

Russian Foreign Ministry officials have said that the present disorder in Libya is a consequence of the NATO operation of 2011, which went far beyond the mandate of UN Security Council resolution 1973, and that weapons from Libyan arsenals have spread across the Sahara and into Syria.

Zeidan, a former diplomat who lived in exile for three decades, has headed the government since November last year.

Tags: Libya, Tripoli, Zeidan, militia

Share on: VK | Twitter | Facebook
"""),

dict(group="zeidan_kidnapped_from_corinthia_hotel_2013_10_10", published="2013-10-11", outlet="Revolution Voice Libya",
title="Operations Room: we acted on the law, Zidan must answer for al-Libi 'handover'",
text="""Posted by Revolution Voice newsroom | 11 October 2013 | Security

Tripoli — The Operations Room of Libya's Revolutionaries said on Thursday that it had detained Prime Minister Ali Zidan at dawn in a legal procedure, and not kidnapped him, insisting that the government must answer to the people for the American raid that seized the Libyan citizen Nazih al-Ruqai, known as Abu Anas al-Libi, on Saturday.

In statements carried on its page and on local channels, the Operations Room said a force had taken the prime minister from the Corinthia hotel and handed him to the Anti-Crime Department, in line with the penal code and at the direction of the public prosecution. It said the charges related to harming the security of the state and to financial and administrative corruption.

The cabinet rejected this account. In a statement on its website, the government said members were not aware of any lifting of the prime minister's immunity or of an arrest warrant, and the justice ministry said no such warrant existed. The public prosecutor's office also denied having issued an order.

Zidan was released before noon. He appeared later at the cabinet office in good health and spoke to journalists, thanking the thuwar and the citizens who had stood with legitimacy, and calling on all parties to avoid escalation. He said the crisis should be resolved by wisdom and dialogue.

The General National Congress president Nouri Abusahmain said the Congress would investigate what happened, and members from several blocs condemned the seizure. Other members, however, said the anger of the revolutionaries over the al-Libi operation was understandable, and that the government had not given a convincing answer about what it knew.

The Operations Room was formed in Tripoli this year by revolutionary brigades and placed under the authority of the Congress presidency to support security in the capital. After the raid it issued statements condemning the American operation as a violation of national sovereignty and demanding that the government explain whether it had coordinated with Washington.

Abu Anas was seized outside his home in the Nofliyeen district after returning from dawn prayer, according to his family, and taken out of the country. US officials said he is held aboard a naval vessel in the Mediterranean.

The Anti-Crime Department, where the prime minister was held, is one of several units formed from revolutionary fighters and attached to the interior ministry after the liberation. Its commanders did not comment publicly on Thursday. Interior Minister Mohammed al-Sheikh was reported to be considering his position after the incident, according to sources close to the ministry.

Several thuwar commanders told Revolution Voice that the events of Thursday were a message that "the sovereignty of Libya is a red line". Others warned that the street would not accept the humiliation of any Libyan by foreign forces with the silence of the government.

Read also: Zidan: we were not informed of the American operation
Read also: Families of Nofliyeen demand return of Abu Anas
"""),

dict(group="zeidan_kidnapped_from_corinthia_hotel_2013_10_10", published="2013-10-10", outlet="Middle East Daybook",
title="Daybook, Thursday 10 October: Libya's PM snatched and released; Egypt aid cut; Syria chemical weapons",
text="""Middle East Daybook — updated throughout the day. Times are GMT.

We use cookies to improve your experience. Continue browsing if you are happy with this, or find out more.

12:40 LIBYA: ZEIDAN FREED

Libyan state news agency LANA says Prime Minister Ali Zeidan has been "set free" and is heading to his office. No word yet on how. Congress chief Nouri Abusahmain told reporters the PM was fine and in good spirits.

09:15 LIBYA: PM HELD AT ANTI-CRIME DEPARTMENT

An interior ministry official says Zeidan is being held at the ministry's Anti-Crime Department — in other words, by a unit that is, on paper, part of the state. The Operations Room of Libya's Revolutionaries insists it "arrested" him over corruption allegations. The justice ministry says there is no warrant.

06:30 LIBYA: PRIME MINISTER ABDUCTED FROM HOTEL

Gunmen took Libyan Prime Minister Ali Zeidan from the Corinthia Hotel in Tripoli before dawn. Hotel staff say a large group of armed men in pickups arrived around 3am and left with the prime minister; estimates of their number range from dozens to 150. His office first called the reports a rumour, then said it had been forced to deny them. Background: on Saturday, U.S. special forces snatched al-Qaeda suspect Abu Anas al-Libi in Tripoli, and armed groups have since accused the government of knowing in advance.

EGYPT: U.S. HOLDS BACK MILITARY AID

Washington said it would withhold deliveries of some large weapons systems and cash assistance to Egypt's military-backed government pending progress on democracy. Cairo called the decision wrong.

SYRIA: CHEMICAL WEAPONS INSPECTORS

The joint OPCW-UN team said work to destroy Syria's chemical weapons production equipment is continuing on schedule.

Share this:
Twitter | Facebook | LinkedIn

Related
Daybook, Wednesday 9 October
Libya: who are the Operations Room of Libya's Revolutionaries?
Explainer: the capture of Abu Anas al-Libi
"""),

dict(group="gharghour_protest_shooting_tripoli_2013_11_15", published="2013-11-16", outlet="Atlas News Agency",
title="Tripoli death toll rises to 43 after militia fires on anti-militia march",
text="""TRIPOLI, Nov 16 (Atlas) - The death toll from clashes that erupted when militiamen fired on protesters in Tripoli rose to 43 on Saturday, with more than 450 people wounded, officials said, in the worst violence the Libyan capital has seen since the 2011 war.

Fresh gunfire broke out in the eastern suburb of Tajoura on Saturday, and Prime Minister Ali Zeidan appealed for restraint, warning on television that the coming hours and days would be decisive for Libya.

The violence began on Friday afternoon when thousands of people marched from a mosque in central Tripoli to the Gharghour district, where a brigade from the western city of Misrata has its headquarters in a compound of villas once owned by Gaddafi-era officials. Protesters, many carrying white flags and Libyan flags, chanted for an army and police and demanded that armed groups leave the capital.

Witnesses said gunmen inside the compound opened fire as the crowd approached. Within hours, armed men from Tripoli districts returned to the area, and the fighting turned into a battle between militias. Parts of the compound were set on fire. Health Minister Nureddin Doghman said on Friday night that 31 people had been killed and 285 wounded; the figure rose through Saturday as more bodies reached hospitals.

Taher Basha Agha, a commander of the Misratan brigade, told a Libyan television station that his men had acted in self-defence, saying armed men among the protesters had fired first. Organisers said the march was peaceful.

The Tripoli local council, which had backed the demonstration, announced a three-day general strike in public and private sectors from Sunday in mourning and protest.

Zeidan said the government had not sent security forces to intervene so as not to make the situation worse, and called on all armed groups to leave Tripoli. He said last week that the presence of militias in the capital was unacceptable and that Libyans should reject them.

Tension between Tripoli residents and the Misrata brigades has been growing since last weekend, when a commander of a Misratan unit, Nuri Friwan, was fatally wounded in a clash in the Souq al-Juma district. His fighters then fought with local armed men in the city.

Hundreds of mourners gathered in Martyrs' Square on Saturday for the funerals of some of the dead, carrying coffins draped in Libyan flags. Some chanted against the Misrata brigades and called for all armed groups to be driven from the capital.

The United Nations Support Mission in Libya condemned the violence and urged all sides to exercise restraint, calling on armed groups to respect the right to peaceful protest.

Libya's government, without a strong army or police, has depended on the brigades formed during the uprising against Muammar Gaddafi to secure the capital. Many draw state salaries but answer to their own commanders. Last month, one of the groups on the state payroll briefly abducted Zeidan from his hotel.
"""),

dict(group="gharghour_protest_shooting_tripoli_2013_11_15", published="2013-11-16", outlet="Haber Ekspres 24",
title="Trablus'ta milis karşıtı gösteride kan aktı: en az 40 ölü",
text="""[ad_1]

Trablus'ta milis karşıtı gösteride kan aktı: en az 40 ölü

In Libya capital Trablus, the demonstrators who wanted armed groups go out of city was opened fire, at least 40 people lost their life, yüzlerce kişi yaralandı.

HABER MERKEZİ – The incident happened Friday (Cuma) after the prayer, when thousands of people was walked towards Gharghour (Gargur) neighbourhood where the Misrata origin militia is having its headquarters. Demonstrators were carrying white flag and Libya flag and they were shouting slogans "we want army, we want police".

According to eyewitnesses, when the crowd came near the villas, armed men inside opened fire on the people. After this, other armed groups from Trablus entered the area and heavy clashes were happened, some buildings was burned.

Libya Sağlık Bakanı Nureddin Doğman said in the first statement 31 person died and 285 person injured, but on Saturday number of dead was risen to 43 according to officials. Over 400 people wounded.

Misrata brigade commander Taher Basha Agha claimed that they were shot first and they used right to defend. But organisers are saying the protest was "barışçıl" (peaceful).

Başbakan Ali Zeydan called for calm and ceasefire and asked all armed groups leave the capital. Trablus local council announced three days general strike.

Libya'da 2011 yılında Kaddafi rejiminin devrilmesinden sonra silahlı gruplar are not giving their weapons and government is very weak to control them. Last month Başbakan Zeydan himself was kidnapped from hotel by one armed group for some hours.

Misrata is city at 200 km east of Trablus, during revolution it was one of the most fighting places against Kaddafi forces.

Okumaya devam et:
Libya Başbakanı Zeydan otelden kaçırıldı
Libya'da petrol limanları kapalı kaldı
Bingazi'de güvenlik müdürüne suikast

Etiketler: Libya, Trablus, Misrata, milis

[ad_2]
"""),

dict(group="gharghour_protest_shooting_tripoli_2013_11_15", published="2013-11-15", outlet="Emirates Dispatch",
title="Militia opens fire on Tripoli protesters demanding armed groups leave the capital",
text="""TRIPOLI // Gunmen opened fire on thousands of protesters who marched yesterday on the headquarters of a powerful militia in Tripoli to demand that armed groups leave the Libyan capital, leaving at least a dozen people dead and scores wounded, according to hospital officials.

The state news agency Lana, quoting two Tripoli hospitals, initially reported 13 dead and 130 wounded. Later in the evening, health ministry officials gave a far higher toll of at least 31 dead and nearly 300 wounded, as fighting spread around the Gharghour district and continued after dark.

Protesters, many of them families and young men carrying white flags, had set off after Friday prayers from a mosque in the city centre and walked to Gharghour, a district of walled villas on the southern side of the capital that has served since 2011 as the base of militiamen from the coastal city of Misrata. Footage broadcast by the private Al Nabaa television showed protesters running from bursts of gunfire, some carrying wounded men covered in blood.

"We came with flags, not guns," one protester told the Dispatch by telephone from outside a hospital. "We want the army and the police, not these brigades."

The march had been called by the Tripoli local council and promoted in mosques, days after clashes in the Souq al-Juma district between local armed men and a Misratan unit whose commander was killed. Ali Zeidan, the prime minister, had repeated his call for all militias to leave the capital.

By evening, armed men from other Tripoli neighbourhoods had attacked the Gharghour compound and set parts of it on fire, residents said. Heavy explosions were heard across the city. The government issued a statement calling on all armed factions to cease fire so that it could restore calm.

Analysts say yesterday's bloodshed marks a turning point in Tripoli residents' tolerance of the brigades, many of which arrived in the capital during the 2011 war and never left. "This is a popular revolt against the militias," said a Libyan political analyst based in Dubai. "The question is whether the government has the courage to use it."

The confrontation has been building for months. Since the 2011 war, dozens of brigades from Misrata, Zintan and other towns have kept bases in the capital, often in requisitioned government buildings and villas, and residents have accused some of them of running private prisons. Mr Zeidan himself was briefly abducted from his hotel by gunmen on the state payroll last month.

Diplomats in Tripoli said the scale of the bloodshed could force a showdown over the future of the brigades in the capital. The government has repeatedly set deadlines for armed groups to leave Tripoli and hand their bases to the army, but none has been enforced. Late last night, residents reported convoys of armed vehicles moving on the coastal road east of the city, raising fears of reinforcements arriving from Misrata.

Gharghour was once home to senior figures of Muammar Qaddafi's regime. After the fall of Tripoli in August 2011, its villas were taken over by fighters from Misrata, who had endured a months-long siege by Qaddafi's forces.
"""),
]
