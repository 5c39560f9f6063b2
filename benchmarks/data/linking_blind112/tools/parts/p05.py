# Events: kikli_killed_ssa_abu_salim_2025_05_12, radaa_444_clashes_tripoli_2025_05_14
G9 = "kikli_killed_ssa_abu_salim_2025_05_12"
G10 = "radaa_444_clashes_tripoli_2025_05_14"

ARTICLES = [
dict(group=G9, published="2025-05-13", outlet="The Tripoli Herald",
title="Ministry of Defence: Abu Salim under full control after killing of SSA head Ghnewa",
text="""Tripoli - The Tripoli Herald

The Ministry of Defence of the Government of National Unity announced on Tuesday morning that it had completed a military operation in the Abu Salim district and taken full control of all headquarters of the Stability Support Apparatus (SSA), hours after the apparatus's head, Abdul Ghani al-Kikli, known as Ghnewa, was killed on Monday evening.

Al-Kikli was killed at the Tikbali military camp in southern Tripoli, the headquarters of the 444th Combat Brigade, where he had gone for a meeting with military and security commanders, according to security sources. The circumstances of his death have not been officially explained. Medical sources said his body was taken to Abu Salim Accident Hospital.

Heavy gunfire and explosions were heard across Abu Salim, Salah Eddine and neighbouring districts from Monday evening until the early hours of Tuesday. The Emergency Medicine and Support Centre said its teams recovered six bodies from the areas of the fighting.

The Ministry of Interior had called on residents, especially in the southern and western parts of the city, to stay in their homes. The University of Tripoli suspended all studies and exams, and aircraft at Mitiga International Airport were moved to Misrata as a precaution.

Prime Minister Abdul Hamid Dbeibah congratulated the Ministries of Defence and Interior, the army and the police on what he called their success in imposing the authority of the state. He described the operation as a decisive step towards ending irregular groups and said there was no place in Libya except for state institutions and no authority except that of the law.

The UN Support Mission in Libya called for calm and an immediate end to the fighting, and reminded all parties of their obligation to protect civilians.

By Tuesday afternoon traffic had resumed in several parts of the capital, although many shops in Abu Salim remained closed and military vehicles were deployed at main intersections.

The SSA was established in January 2021 by a decision of the previous Presidential Council and developed out of the Abu Salim Central Security force that al-Kikli had led since 2011. Human rights organisations, including Amnesty International, have accused it of serious abuses, including arbitrary detention and torture.

Al-Kikli's forces were among those that fought on the side of the government in August 2022, when groups allied with Fathi Bashagha tried to enter the capital, and in September 2021 the apparatus was involved in clashes with the 444th Brigade around the same Tikbali camp. In recent months, according to local media, relations between the apparatus and other formations close to the government had deteriorated over control of state institutions and companies.

Read also: Dbeibah issues decisions to restructure security institutions in the capital
"""),

dict(group=G9, published="2025-05-13", outlet="Vostok News Agency",
title="Head of Libyan Stability Support Apparatus killed in Tripoli, clashes erupt - media",
text="""TUNIS, May 13 (VNA) - The head of the Stability Support Apparatus, one of the most influential armed formations in the Libyan capital, Abdel Ghani al-Kikli, has been killed in Tripoli, after which armed clashes broke out in the south of the city, Libyan media reported.

According to the Al Wasat outlet, al-Kikli was killed on the evening of May 12 at the headquarters of the 444th Combat Brigade, led by Mahmoud Hamza, in the Tikbali military camp.

The clashes between the 444th Brigade and the apparatus lasted several hours. On Tuesday morning, the Defense Ministry of the Government of National Unity (GNU) announced that the security operation in the capital had been completed successfully and that its units controlled the Abu Salim district.

Libya's Emergency Medicine Center reported that six bodies had been found in the areas of the fighting.

Prime Minister of the GNU Abdul Hamid Dbeibah praised the army and police for their actions and then announced a package of decisions on restructuring the security services in Tripoli.

The UN Support Mission in Libya (UNSMIL) urged all sides to cease hostilities and ensure the protection of civilians.

Libya has been mired in conflict since the overthrow and killing of Muammar Gaddafi in 2011. The country is divided between the GNU in Tripoli and a government in the east supported by the parliament and the Libyan National Army of Field Marshal Khalifa Haftar.
"""),

dict(group=G9, published="2025-05-13", outlet="Gündem Libya Haber",
title="Libya'da İstikrar Destek Aygıtı lideri Gneyve was killed, in Trablus the clashes were happened",
text="""[ad_1]

In Libya the capital Trablus, the leader of İstikrar Destek Aygıtı (Stability Support Apparatus) Abdulgani el-Kikli, known as "Gneyve", it was killed in the attack, and after it in the city the clashes were started.

According to local media, Kikli on the Pazartesi (Monday) evening in the south of Trablus in the Tekbali camp which is the headquarter of 444. Muharebe Tugayı (444th Combat Brigade) in the meeting was shot. It is said he was killed together with his guards, but the official explanation was not made.

After the news was spread in Ebu Selim (Abu Salim) neighborhood and in the Ayn Zara the intense gunfire was heard. Libya Acil Tıp Merkezi said 6 dead bodies were found in the clash areas.

Ulusal Birlik Hükümeti (UBH) Savunma Bakanlığı on Salı (Tuesday) morning it was announced that the operation is completed with success and the Ebu Selim region is completely under the control.

UBH Başbakanı Abdulhamid Dibeybe in the message in X, he congratulated the army and the police and he said, the only authority in Libya is the authority of the state and the law. Later Dibeybe was announced the decisions for the restructuring of the security institutions in the capital.

Because of the clashes the flights of Mitiga Havalimanı (Mitiga Airport) were directed to Misrata and the Trablus University stopped the lessons.

BM Libya Destek Misyonu (UNSMIL) said it is following with concern the situation and it called the parties to the calm.

Kikli, he was among the most strong commanders in the Trablus and he supported the Dibeybe in the clashes in 2022 against the forces of Fethi Başağa. The international human rights organisations accused his group of the torture and arbitrary detentions.

It is reminded that in 2023 August, in Trablus the clashes between the 444. Tugay and Radaa (Caydırma Gücü) forces 55 people lost their life after the commander of 444 Mahmud Hamza was detained in Mitiga. Also in 2021 Eylül (September) the forces of Kikli and 444. Tugay were clashed in the same Tekbali camp.

Libya, since the 2011 year when Muammer Kaddafi was overthrown, the chaos is continuing. Türkiye, in 2019 signed with Libya the security and military cooperation memorandum and it supports the Trablus government. In the country, the Trablus-based UBH and in the east the government supported by the Temsilciler Meclisi and Halife Hafter are present.

[ad_2]

Kaynak: haber ajansları
"""),

dict(group=G9, published="2025-05-14", outlet="The Harbour Times",
title="The fall of Ghnewa: Dbeibah moves against the warlord who kept him in power",
text="""By our North Africa correspondent

For more than a decade Abdul Ghani al-Kikli ran the Tripoli district of Abu Salim as something close to a private fief. On Monday evening he drove to a meeting at the Tikbali military camp in the south of the capital, headquarters of the 444 Brigade, and did not come out alive.

How exactly Kikli, better known as Ghnewa, was killed is still disputed. Libyan media have reported that he was shot during or after the meeting, which had been called to settle disputes between his Stability Support Apparatus (SSA) and commanders close to Prime Minister Abdul Hamid Dbeibah. Some accounts speak of an ambush; others of a quarrel between bodyguards that spun out of control. The government has offered no account of its own.

What followed was swift. Within hours, 444 Brigade units and allied forces had moved into Abu Salim. By Tuesday morning the defence ministry said it controlled the district and every SSA base in the city. Emergency services reported six bodies recovered after a night of heavy fire. Dbeibah, who is also his own defence minister, hailed a "decisive step" towards ending irregular armed groups and issued decrees reorganising several security bodies.

It is a remarkable turn. In August 2022, when groups allied to the rival prime minister Fathi Bashagha pushed into Tripoli, it was Ghnewa's fighters who did much of the work of repelling them. Back in September 2021, his men had been on the other side of a fight at the very same Tikbali camp, when an assault on the 444 Brigade's base was beaten off. The SSA, formally created in January 2021 by the outgoing Presidential Council, grew rich on its access to state institutions; rights groups including Amnesty International have long accused it of torture, enforced disappearances and unlawful killings.

Diplomats describe Dbeibah's move as an attempt to consolidate control over a capital in which he has long depended on a shifting coalition of militias. With the SSA gone, the largest armed force in Tripoli not under his thumb is the Special Deterrence Force, or Radaa, which holds Mitiga airport and its prison in the east of the city. Several analysts warned on Tuesday that a confrontation with Radaa could be next, and on Tuesday night there were reports of armoured columns moving across the city.

The UN mission called for an immediate halt to hostilities and warned that attacks on civilians could amount to crimes under international law. Flights at Mitiga were again diverted to Misrata, and schools and the university closed.

For the residents of Abu Salim, the immediate question is what replaces Ghnewa. "He was feared, but he was also the only authority people here knew," said a teacher in the district, speaking by phone. "Now nobody knows who is in charge of the street."

Libya has been divided since 2014 between rival administrations in Tripoli and the east, where Khalifa Haftar's forces hold sway. Elections planned for December 2021 never took place.
"""),

dict(group=G10, published="2025-05-14", outlet="Meridian Wire Service",
title="Tripoli rocked by second night of fighting; defence ministry announces ceasefire",
text="""TRIPOLI, Libya (MWS) - Heavy fighting erupted overnight in Tripoli between forces aligned with Prime Minister Abdul Hamid Dbeibah and the Special Deterrence Force, known as Radaa, residents said, the second night of violence in the Libyan capital, before the government announced a ceasefire on Wednesday afternoon.

The clashes broke out late on Tuesday, hours after Dbeibah issued decrees reorganising the capital's security bodies, and continued into Wednesday in districts including Souq al-Jumaa, the areas around Mitiga airport and the port, according to residents and local media. Heavy weapons were used and plumes of smoke rose over several neighbourhoods.

The defence ministry said in a statement that regular forces, in coordination with the security authorities, had begun deploying neutral units to sensitive areas and that a ceasefire was in force across the capital to protect civilians and state institutions. Residents said the fighting died down within about an hour of the announcement.

There was no official casualty figure for the overnight fighting. The Libyan Red Crescent said it had recovered a body from a main road.

The fighting pitted the 444 Brigade and other Dbeibah-aligned units against Radaa, the last major armed force in Tripoli not aligned with the prime minister. It came a day after the killing of Abdul Ghani al-Kikli, head of the Stability Support Apparatus, and the rout of his group in the Abu Salim district by 444 Brigade forces.

The U.N. mission in Libya said it was deeply concerned by the rapid escalation in densely populated neighbourhoods and reports of forces massing in other parts of the country, and called for an immediate ceasefire and safe corridors for trapped civilians.

Schools remained closed and flights at Mitiga were diverted to Misrata.

Al-Kikli, known as Ghnewa, was one of the most feared commanders in the capital. His Stability Support Apparatus, built from the armed group he had led in the Abu Salim district since 2011, was accused by rights groups of torture and unlawful killings. Its defeat left Radaa, which controls Mitiga airport and its prison and holds sway in the eastern district of Souq al-Jumaa, as the main armed force in Tripoli outside Dbeibah's camp.

In a statement on Tuesday, Dbeibah said the operation in Abu Salim showed that state institutions could protect the country and that there was no place in Libya for anything but state institutions and the law.

Libya has had little peace since a NATO-backed uprising toppled Muammar Gaddafi in 2011. The country split in 2014 between rival administrations in the east and west, and a ceasefire in October 2020 ended the last major war, a 14-month offensive on Tripoli by the eastern commander Khalifa Haftar. A U.N.-backed process installed Dbeibah's Government of National Unity in March 2021 to lead the country to elections that December, but the vote collapsed amid disputes over the rules and the candidates.

Libya has been split between rival governments in the east and west since 2014. Dbeibah's Government of National Unity was installed through a U.N.-backed process in 2021, but elections it was meant to oversee have never taken place.
"""),

dict(group=G10, published="2025-05-14", outlet="Ufuk News Agency",
title="Clashes erupt between government forces, Radaa in Libyan capital; Defence Ministry declares ceasefire",
text="""TRIPOLI

Armed clashes broke out early Wednesday in the Libyan capital Tripoli between forces affiliated with the Government of National Unity and the Special Deterrence Force (Radaa), before the Defence Ministry announced a ceasefire in all areas of tension in the city.

Witnesses told Ufuk News Agency that intense exchanges of fire were heard in several neighbourhoods, particularly in the east of the capital, and that smoke was seen rising from buildings.

The Defence Ministry said in a statement that, in order to protect civilians and preserve the safety of state institutions, it was declaring a ceasefire in all areas of conflict in Tripoli and that neutral units had begun deploying.

The clashes came after Prime Minister Abdul Hamid Dbeibah announced on Tuesday a series of decisions to restructure the security services in the capital.

Tensions escalated on Monday after the killing of Abdel Ghani al-Kikli, head of the Stability Support Apparatus. Following his death, the government announced that the 444th Brigade, affiliated with the Defence Ministry, had taken control of the apparatus's headquarters in the Abu Salim neighbourhood. The Emergency Medicine Centre said six bodies were recovered after the clashes in Abu Salim on Monday night.

Al-Kikli's Stability Support Apparatus was established in January 2021 by the previous Presidential Council headed by Fayez al-Sarraj. It was one of the main forces that repelled groups loyal to Fathi Bashagha, the prime minister appointed by the eastern-based parliament, when they tried to enter Tripoli in August 2022.

In a statement on Tuesday, Dbeibah congratulated members of the army and police on what he described as their success in establishing the authority of the state.

The UN Support Mission in Libya (UNSMIL) expressed deep concern over the violence and urged all parties to agree to an immediate ceasefire.

The Ministry of Interior called on citizens to stay in their homes for their safety, and the Ministry of Education suspended studies and exams in schools in the capital. Flights at Mitiga International Airport were diverted to Misrata International Airport.

Radaa, led by Abdel Raouf Kara, is one of the oldest formations in the capitalResidents of the Souq al-Jumaa and Ain Zara areas told Ufuk News Agency that they had been trapped in their homes for hours as the sound of heavy weapons echoed through the night, and that the streets were largely empty on Wednesday morning. Schools remained closed, although some bakeries reopened.

 and controls Mitiga International Airport and a prison attached to it. In August 2023, clashes between the Radaa and the 444th Brigade left 55 people dead after the brigade's commander, Mahmoud Hamza, was detained at the airport.

Libya has two rival administrations: the Government of National Unity led by Dbeibah in Tripoli and a government appointed by the House of Representatives in the east.
"""),

dict(group=G10, published="2025-05-15", outlet="Defence Insight Africa",
title="Analysis: Tripoli's May fighting exposes the limits of Dbeibah's consolidation drive",
text="""Defence Insight Africa | Analysis | Security & Forces

The ceasefire announced by Libya's Government of National Unity (GNU) defence ministry on 14 May halted, for now, the heaviest urban combat Tripoli has seen in years. But the two days of fighting that preceded it offer a revealing snapshot of the armed balance in the capital, and of the risks Prime Minister Abdul Hamid Dbeibah has taken in trying to reshape it.

Phase one: the SSA

The first phase, on the evening of 12 May, was quick. After the killing of Stability Support Apparatus (SSA) chief Abdul Ghani al-Kikli at the Tikbali camp, units of the 444 Combat Brigade and allied formations moved into Abu Salim and, by the next morning, the defence ministry claimed control of all SSA sites. The SSA's apparent collapse suggests it had been hollowed out as a fighting force, relying on patronage rather than on a cohesive command.

Phase two: Radaa

The second phase was very different. From late on 13 May into 14 May, government-aligned forces, reportedly led by the 444 Brigade and including the 111 Brigade, engaged the Special Deterrence Force (Radaa) in the eastern districts around Souq al-Jumaa and Mitiga airport. Residents and local media described sustained fire with medium and heavy weapons, with armoured vehicles manoeuvring in densely populated streets. Radaa, which has held Mitiga and its detention facility for more than a decade, fought from prepared positions on home ground and, by the time the ceasefire was called, does not appear to have lost its core territory.

The contrast matters. Dbeibah's decrees on 13 May, which reorganised security bodies and were widely read as targeting Radaa, implied that the government expected a rapid result. It did not get one. On 15 May the Presidential Council ordered a comprehensive ceasefire across the capital, told all units to return to their bases and froze decisions on restructuring security institutions, handing a monitoring role to the army chief of staff.

Force posture and outside actors

Analysts will watch three variables. First, whether units from outside Tripoli, which the UN mission said were massing in other parts of the country, are drawn in. Second, the posture of the Radaa-aligned forces in Souq al-Jumaa and Tajoura, where a ceasefire line now effectively runs through residential areas. Third, the position of external partners, above all Turkey, which has trained and equipped GNU-aligned units since 2020.

Background

This is the third major intra-GNU confrontation involving Radaa in under three years: in July 2022 it fought the Presidential Guard (16 killed), and in August 2023 its detention of 444 commander Mahmoud Hamza at Mitiga triggered clashes that killed 55. On each occasion, mediation by elders and neutral units rather than any decisive military outcome ended the fighting.

Related analysis:
- Libya's 444 Brigade: from local force to kingmaker
- Mitiga airport: why Tripoli's only airport keeps closing
"""),
]
