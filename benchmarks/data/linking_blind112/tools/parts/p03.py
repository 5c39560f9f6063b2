# Events: zawiya_clashes_five_killed_2022_09_25, hamza_arrest_444_radaa_clashes_2023_08_14
G5 = "zawiya_clashes_five_killed_2022_09_25"
G6 = "hamza_arrest_444_radaa_clashes_2023_08_14"

ARTICLES = [
dict(group=G5, published="2022-09-26", outlet="Nile Dispatch",
title="Child among five killed as militias clash in western Libya's Zawiya",
text="""Cairo - Nile Dispatch

Five people, among them a ten-year-old girl, were killed and 13 others were wounded in armed clashes between rival militias in the city of Zawiya, west of the Libyan capital Tripoli, the emergency services said on Monday.

The fighting broke out late on Sunday in residential parts of the coastal city, about 45 kilometres from Tripoli, and continued for several hours with the use of heavy and medium weapons, witnesses said.

Malek Mersett, spokesman for the emergency medicine service, said dozens of families had been trapped in their homes for hours before ambulance crews were able to reach them.

Local media reported that the clashes began after members of one armed group opened fire on a rival, wounding one of its members, who was taken to hospital. The two sides, according to the same reports, are both formally attached to state bodies, one to the Ministry of Defence and the other to the Ministry of Interior of the Dbeibah government.

Zawiya, home to Libya's second-largest oil refinery, has for years been a stronghold of armed groups accused by the United Nations of fuel smuggling and human trafficking. Political sources said the fighting showed again that the militias of the western region "answer to nobody".

The clashes come less than a month after the bloodiest fighting in Tripoli in two years, when more than 30 people were killed in battles between groups backing the rival prime ministers, Abdul Hamid Dbeibah and Fathi Bashagha, who was appointed by the House of Representatives.

Egypt has repeatedly called for the dismantling of militiasThe violence adds to a tense security climate in the west of the country. In Tripoli, the Dbeibah government and its allied formations have consolidated their grip on the capital since the failed attempt by forces loyal to Bashagha to enter the city in August, while the Bashagha government continues to operate from Sirte.

Zawiya's armed groups have clashed repeatedly over the past years over smuggling routes, checkpoints on the coastal road and control of the refinery and the port. UN experts have documented in successive reports the involvement of commanders in the city in the smuggling of subsidised fuel and of migrants towards Europe.

There was no immediate comment from the Dbeibah government on the fighting.

 and the withdrawal of foreign forces and mercenaries as conditions for holding elections.

Read also:
Libyan parliament speaker: the Bashagha government is the only legitimate authority
Egypt's foreign minister walks out of Arab League meeting chaired by Tripoli government
"""),

dict(group=G5, published="2022-09-26", outlet="Al-Mawqif Net (English edition)",
title="Five dead, including a child, and 13 wounded in the clashes of Zawiya .. and the families are calling for safe corridors",
text="""Zawiya - Al-Mawqif Net

The city of Zawiya, west of the capital Tripoli, witnessed, yesterday evening Sunday, violent armed clashes between two armed formations, which resulted in the death of five people, including a child of ten years, and the injury of 13 others, according to the Emergency Medicine Center.

The spokesman of the center, Malik Mirsit, said in a statement today Monday that the ambulance teams worked for long hours to evacuate the families who were trapped in the areas of the clashes, and that the injured were transferred to the Zawiya Teaching Hospital.

Local sources told Al-Mawqif Net that the clashes used heavy weapons and that shells fell on a number of houses, which caused a state of panic among the residents, and that the sound of explosions was heard in the neighboring areas.

The sources added that the reason for the clashes was the shooting of a member of one of the two formations by members of the other formation, who was transferred to the hospital, then the situation developed into a comprehensive confrontation. One of the formations is affiliated with the Ministry of Defense and the other is affiliated with the Ministry of Interior in the Government of National Unity, according to the sources.

Notables and elders of the city called on the parties to stop the fighting immediately and to open safe corridors for the families, while classes were suspended in a number of schools.

Activists published on social media pictures of damaged houses and cars and of the smoke rising from the south of the city, and called on the Government of National Unity to intervene to stop the repeated clashes in the city.

It is worth mentioning that the city of Zawiya witnesses from time to timeThe Government of National Unity has not issued a statement on the events so far, while activists from the city renewed their demands to remove the armed headquarters from inside the residential neighborhoods and to activate the police and the army in the city, which is considered one of the most important cities of the western coast and includes the Zawiya refinery and the oil port.

 armed clashes between the formations that share the influence in it, and that the capital Tripoli witnessed at the end of last August violent clashes that left 32 dead and 159 injured.

Share this:
Facebook
Twitter
Telegram
"""),

dict(group=G6, published="2023-08-14", outlet="The Tripoli Herald",
title="444 Brigade mobilises after its commander Mahmoud Hamza detained at Mitiga airport",
text="""Tripoli - The Tripoli Herald

The 444th Combat Brigade mobilised its forces in southern Tripoli on Monday after its commander, Colonel Mahmoud Hamza, was detained at Mitiga International Airport by members of the Special Deterrence Force (Radaa), according to sources close to the brigade.

The sources said Hamza was stopped at the airport while preparing to travel to Misrata, where he was due to attend a military graduation ceremony. Some reports said he was travelling in the delegation of Prime Minister Abdul Hamid Dbeibah; the government did not comment.

Armoured vehicles and pick-up trucks mounted with heavy weapons were seen moving from Salah Eddine towards Ain Zara and the airport road in the afternoon, while Radaa reinforced its positions around Mitiga and in Souq al-Jumaa. Residents of Ain Zara and Al-Furnaj reported exchanges of fire on Monday evening.

Radaa did not issue any statement explaining the reasons for the arrest.

Tripoli elders and notables said they had begun contacts with both sides to contain the situation and secure Hamza's release, warning that the capital could not bear a new war.

The 444th Brigade, which is affiliated with the Ministry of Defence, has in the past year become one of the strongest formations in the capital and has led security operations south of Tripoli and along the roads to Bani Walid and Tarhuna. Radaa, led by Abdel Raouf Kara, controls the capital's only working airport and the prison attached to it. Hamza himself began his career in the ranks of Radaa before leading the brigade, according to Libyan media.

There was no immediate comment from the Government of National Unity or the Presidential Council, to which Radaa is formally attached.

Mitiga, a former air base east of the city centre, has served as the capital's only functioning airport since Tripoli International Airport was wrecked in fighting in 2014. Flights there have been suspended and diverted to Misrata repeatedly during clashes in the capital, including during the fighting between Radaa and the Presidential Guard in July last year.

Relations between the two formations have been tense for months. Both are nominally loyal to the Government of National Unity, but neither answers directly to the other's chain of command: the 444th Brigade to the General Staff and Radaa to the Presidential Council. In July last year the 444th Brigade stood between Radaa and the Presidential Guard during clashes that killed 16 people, and last August it fought on the side of the government when groups allied to Fathi Bashagha tried to enter the city.

Follow The Tripoli Herald on Telegram for breaking news.
"""),

dict(group=G6, published="2023-08-15", outlet="Meridian Wire Service",
title="At least 27 dead as Tripoli factions battle over detained commander",
text="""TRIPOLI, Libya (MWS) - At least 27 people were killed and more than 100 wounded in fighting between two of Tripoli's most powerful armed factions that raged through the night and into Tuesday, after one side detained the other's commander at the city's airport, Libyan health officials said.

The clashes pitted the 444 Brigade against the Special Deterrence Force, known as Radaa, which on Monday seized the brigade's commander, Mahmoud Hamza, as he was about to fly out of Mitiga airport, which Radaa controls.

Heavy gunfire and explosions were heard across southern and eastern districts of the capital on Tuesday, including Ain Zara and areas near the airport road. Flights at Mitiga were suspended and planes were moved to Misrata, and the University of Tripoli cancelled classes and exams.

The Emergency Medicine Centre gave the toll of 27 dead and 106 wounded on Tuesday evening and said it had evacuated families trapped by the fighting. It did not say how many of the dead were civilians.

Late on Tuesday, a council of elders from the Souq al-Jumaa district announced that Radaa had agreed to hand Hamza over to a neutral party, the Stability Support Apparatus, as a first step to ending the fighting, and that neutral forces would deploy between the two sides. There was no immediate confirmation from the 444 Brigade.

The U.N. mission in Libya, the United States and several European governments called for an immediate halt to the fighting. The eastern-based parliament and the High State Council in Tripoli also condemned the clashes.

Both the 444 Brigade and Radaa are nominally aligned with the Government of National Unity of Prime Minister Abdul Hamid Dbeibah and have not previously fought each other on this scale.

Libya has had little peace since a NATO-backed uprising toppled Muammar Gaddafi in 2011. The country split in 2014 between rival administrations in the east and west, and a ceasefire in October 2020 ended the last major war, a 14-month offensive on Tripoli by the eastern commander Khalifa Haftar. A U.N.-backed process installed Dbeibah's Government of National Unity in March 2021 to lead the country to elections that December, but the vote collapsed amid disputes over the rules and the candidates.

The fighting is the deadliest in the capital since August last year, when 32 people were killed as forces loyal to Dbeibah repelled groups allied with his rival, Fathi Bashagha. Libya has been split between rival administrations in the east and west since 2014, and a ceasefire in 2020 halted the last major war without uniting the country's armed forces.
"""),

dict(group=G6, published="2023-08-16", outlet="Al-Mawqif Net (English edition)",
title="The health: 55 dead and 146 wounded in the clashes of the capital .. and Mahmoud Hamza returns to his brigade",
text="""Tripoli - Al-Mawqif Net

The Emergency Medicine Center in Tripoli announced, today Wednesday, that the final toll of the armed clashes that the capital witnessed since the evening of the day before yesterday Monday reached 55 dead and 146 wounded, in what is considered the most violent confrontations in the capital for years.

The clashes erupted between the 444 Combat Brigade and the Special Deterrence Apparatus "Radaa" after the latter arrested the commander of the brigade, Colonel Mahmoud Hamza, at Mitiga International Airport while he was on his way to travel.

According to sources, Hamza was handed over yesterday evening Tuesday to the Stability Support Apparatus as a neutral party, according to an agreement sponsored by the elders and notables of Souq al-Jumaa, and the Chief of Staff and representatives of the government, then he was released tonight to his brigade, and pictures published by the brigade showed him in his military uniform embracing his comrades.

The brigade's elements fired shots in the air in celebration of the release of their commander.

The Libyan Civil Aviation Authority announced the resumption of flights at Mitiga airport today Wednesday, after it was suspended yesterday Tuesday and the flights were transferred to Misrata airport.

The agreement also included the deployment of neutral police and security forcesThe Deputy Head of the Presidential Council, Abdullah al-Lafi, had said yesterday that the council was coordinating with the chiefs of staff to stop the fighting, while the House of Representatives and the High Council of State condemned the clashes and called for a ceasefire.

 in the areas of the clashes, the release of all detainees and the return of the forces to their headquarters, according to the same sources.

It is worth mentioning that the United Nations mission and a number of embassiesIn the areas of Ain Zara and al-Furnaj, the residents began to return to their houses today, and they found great damages in the walls and the cars.

 expressed their concern about the clashes and called for stopping them immediately, and that the House of Representatives held the Government of National Unity and the Presidential Council responsible for what happened.

It is also worth mentioning that the capital witnessed in August of last year clashes that left 32 dead.

Read also:
- The Ministry of Education postpones the exams in Tripoli schools
- The Presidential Council calls for a meeting of military commanders
- Weather: hot in the coastal areas

Cookies: This site uses cookies to improve your experience. Accept | Read more
"""),

dict(group=G6, published="2023-08-16", outlet="The Harbour Times",
title="Libya: an arrest at the airport and 55 dead - how Tripoli's armed peace came apart",
text="""By our North Africa correspondent

It began with a man trying to catch a flight. On Monday afternoon Mahmoud Hamza, the commander of the 444 Brigade, one of the best-armed units in western Libya, walked into Mitiga airport in Tripoli and was detained by the men who run it: the Special Deterrence Force, known as Radaa.

By Wednesday, Tripoli's health authorities said 55 people had been killed and 146 wounded in the fighting that followed, making this the deadliest episode in the capital since the end of Khalifa Haftar's siege in 2020. Most of the fighting took place in the crowded south-eastern districts around Ain Zara, where the 444 Brigade and Radaa-allied units face each other across a few kilometres of houses, farms and warehouses.

The battle stopped almost as quickly as it had started. Late on Tuesday elders from Souq al-Jumaa, the neighbourhood from which most of the commanders involved come, brokered a deal under which Radaa handed Hamza to a third group, the Stability Support Apparatus. On Wednesday night he was back with his own men, who fired into the air to celebrate. Airlines that had abandoned Mitiga on Tuesday returned on Wednesday.

What remains unexplained is why he was taken at all. Radaa has said nothing in public. Libyan commentators have offered theories ranging from a personal feud to a warning shot in a wider contest for control of the capital's security institutions and the money that flows through them. Neither the government of Abdul Hamid Dbeibah, to which both forces are nominally loyal, nor the Presidential Council has explained what happened.

The 444 Brigade has grown in stature since 2021. In September of that year it beat off an attack on its base at the Tikbali camp by forces loyal to the then commander of the Tripoli military zone and the Stability Support Apparatus. Last year it acted as a mediator during the Radaa-Presidential Guard clashes in July, and fought on the government's side in August when groups allied to the rival prime minister Fathi Bashagha tried to enter the city. Radaa, for its part, is the oldest and most entrenched force in the capital, with its own prison, its own intelligence files and its own airport.

"These are not rebels. They are parts of the state fighting each other," said a Libyan analyst in Tunis, who asked not to be named because he travels to Tripoli. "Everyone is paid by the same ministry of finance."

Diplomats had in recent months been quietly pleased with Tripoli's relative calm. The UN envoy, Abdoulaye Bathily, has been pushing for elections that the two rival parliaments have failed to agree on. The United States, Britain and the European Union called this week for an immediate end to the fighting; the UN mission urged all sides to protect civilians and preserve the security gains of recent years.

On Wednesday the shops in Ain Zara began to reopen. Families who had fled returned to find walls punched through by heavy machine-gun fire. "The deal came from the elders, not from the government," one resident said. "That tells you who is in charge."
"""),
]
