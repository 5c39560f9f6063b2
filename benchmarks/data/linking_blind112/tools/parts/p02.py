# Events: radaa_presidential_guard_clashes_tripoli_2022_07_22, tripoli_clashes_bashagha_allies_2022_08_27
G3 = "radaa_presidential_guard_clashes_tripoli_2022_07_22"
G4 = "tripoli_clashes_bashagha_allies_2022_08_27"

ARTICLES = [
dict(group=G3, published="2022-07-22", outlet="Ufuk News Agency",
title="11 killed, 27 injured in overnight clashes in Libyan capital",
text="""TRIPOLI

At least 11 people, including three civilians, were killed and 27 others injured in overnight clashes between two security formations east of the Libyan capital Tripoli, according to the ambulance and emergency service.

The fighting broke out shortly after midnight between the Special Deterrence Force, known as Radaa, and the Presidential Guard, a force attached to the Presidential Council.

A security source, speaking to Ufuk News Agency on condition of anonymity, said the clashes erupted after members of the Presidential Guard abducted a colonel belonging to the deterrence apparatus. The source did not give further details.

Osama Ali, spokesman for the ambulance and emergency service, said a child was among the dead. He said the fighting affected the neighbourhoods of Al-Furnaj, Al-Sabaa, Mashtal Road and Ain Zara.

Calm had returned to central and southern parts of the capital by Friday morning, though residents reported damage to homes and vehicles. Videos circulating on social media showed exchanges of fire with light and medium weapons and convoys of armed vehicles moving through the streets.

Prime Minister Abdul Hamid Dbeibah suspended Interior Minister Khaled Mazen and assigned Local Government Minister Badr al-Din al-Toumi to run the ministry pending an investigation, his office said.

The Presidential Council called on all sides to halt fighting immediately and return to their headquarters.

The 444th Brigade, affiliated with the General Staff, intervened on Friday to separate the two sides, deploying its units between them, according to local media. Dozens of students were evacuated from university dormitories near the area of the fighting, and flights at Mitiga International Airport were temporarily suspended and diverted to Misrata.

In May, clashes also broke out in the capital when Fathi Bashagha arrived in Tripoli with several of his ministers in an attempt to take up office. He left the city hours later, saying he wanted to prevent bloodshed.

The Tripoli Revolutionaries Brigade is led by Haithem Tajouri, one of the best-known commanders of the capital, while the deterrence apparatus is headed by Abdel Raouf Kara and controls Mitiga airport and its prison. Both forces fought on the side of the Government of National Accord against the attack of Khalifa Haftar's forces on the capital in 2019 and 2020.

There was no indication that the fighting was linked to the rivalry between the Dbeibah government and the government of Fathi Bashagha, which was appointed by the House of Representatives in February, although both have the backing of armed factions in the capital and other cities of western Libya.

Libya has been plagued by insecurity since the 2011 uprising. Efforts to hold elections last December failed over disputes about the legal basis for the vote.
"""),

dict(group=G3, published="2022-07-23", outlet="IndusWire",
title="Death toll from Tripoli fighting climbs to 16, 52 injured - Health Ministry",
text="""TRIPOLI (IndusWire / Agencies - 23rd July, 2022) : At least 16 people were killed and 52 wounded in fighting between armed groups in the Libyan capital of Tripoli, the country's health ministry said on Saturday.

The clashes began late on Thursday and continued into Friday afternoon in several districts of the city, pitting the Radaa (Special Deterrence) force against the Tripoli Revolutionaries Brigade, whose fighters man the Presidential Guard. Radaa, which controls Mitiga airport, emerged from the fighting in control of several of the Presidential Guard's bases, local media reported.

Several sources said the detention by one side of a member of the other had triggered the violence, which spread to Ain Zara, Al-Sabaa and areas near the University of Tripoli. Dozens of students were trapped in university dormitories until they were evacuated by ambulance crews.

On Friday, the 444 Brigade deployed its forces in a buffer zone to separate the two sides and broker a truce, but came under heavy fire itself, according to reports.

Flights at Mitiga, the capital's only functioning airport, were suspended during the fighting and diverted to Misrata.

On Saturday, violence also erupted in Misrata, the hometown of both rival prime ministers, prompting the United States ambassador to Libya, Richard Norland, to warn that the recent clashes showed the risk of escalation. He urged political leaders and their armed backers to stand down.

Libya has two rival governments: the Government of National Unity of Abdul Hamid Dbeibah in TripoliDbeibah suspended his interior minister, Khaled Mazen, on Friday and assigned the local government minister, Badr al-Din al-Toumi, to run the ministry until investigations are completed, his office said. The Presidential Council, led by Mohamed al-Menfi, called on all parties to halt fighting and return to their bases.

 and the cabinet of Fathi Bashagha, appointed by the eastern-based parliament in February.

Related Stories:
- Pakistan, Libya discuss enhancing bilateral trade
- Oil prices settle lower as demand concerns weigh
- UN chief calls for restraint in Libya
"""),

dict(group=G3, published="2022-07-23", outlet="The Harbour Times",
title="Tripoli's fragile calm shattered as militias turn guns on each other",
text="""By our North Africa correspondent

The residents of Ain Zara had grown used to checkpoints. What they were not prepared for, in the small hours of Friday, was heavy weapons fire close to a wedding hall where women and children were still gathered.

By the time the guns fell silent on Friday afternoon, at least 13 people were dead, according to Tripoli's emergency services, among them a boy of about 11. On Saturday the health ministry raised the toll to 16 dead and 52 injured. It was the worst fighting the Libyan capital had seen in months, and it pitted against each other two forces that are both, on paper, part of the state.

On one side was the Special Deterrence Force, or Radaa, the Salafist-leaning police force that controls Mitiga airport and its prison and is probably the most powerful armed group in the city. On the other were fighters of the Tripoli Revolutionaries Brigade, the group long associated with Haithem Tajouri, which staffs the Presidential Guard attached to the three-man Presidential Council.

Accounts of what triggered the battle differ. Some Libyan outlets said the Presidential Guard had seized a Radaa officer; others said it was Radaa that had detained one of the Guard's men. What is clear is that by Friday morning Radaa fighters were visible across central districts and had taken several of the Guard's bases, including its headquarters, while the main Presidential Council building stood empty.

The 444 Brigade, a disciplined unit that answers to the army chief of staff, tried to place itself between the two sides and was fired upon. Flights at Mitiga were diverted to Misrata, 200km to the east, as they have been so many times before.

Prime Minister Abdul Hamid Dbeibah responded by suspending his interior minister, Khaled Mazen, and handing the portfolio temporarily to the local government minister, Badr al-Din al-Toumi.

The violence lays bare the basic problem that has dogged Tripoli since 2011: the men who hold the guns are paid by the state, wear state uniforms and answer, in the end, to themselves. The Government of National Unity, which took office in March last year to lead the country to elections on December 24, has no army of its own in the capital. It survives by keeping the most important groups on side.

That balancing act has become harder since February, when the eastern-based House of Representatives named Fathi Bashagha, a former interior minister, as a rival prime minister. Bashagha tried to enter Tripoli in May and was forced out within hours after fighting broke out between groups backing him and those loyal to Dbeibah. Each camp has spent the summer courting the capital's commanders.

Diplomats say Friday's clashes do not appear to have been a direct move in that contest. But they fear the rivalry is making every local dispute more dangerous. On Saturday fighting flared in Misrata, home town of both prime ministers, and the US ambassador, Richard Norland, warned that armed attempts to test or defend the political status quo risked taking Libya back to a period Libyans thought they had left behind.

The UN mission, which is without a permanent envoy and whose special adviser Stephanie Williams is due to leave at the end of the month, urged the parties to preserve the 2020 ceasefire that ended Khalifa Haftar's assault on the capital.

In Ain Zara on Saturday, families were sweeping glass from their doorsteps. One shopkeeper, who asked not to be named, said he had lived through Haftar's war and the fighting of 2018. "Every time, they tell us it is the last time," he said.
"""),

dict(group=G4, published="2022-08-27", outlet="Meridian Wire Service",
title="Fighting rages in Libyan capital as rival governments trade blame; 12 dead",
text="""TRIPOLI, Libya (MWS) - Heavy fighting between armed factions backing Libya's two rival prime ministers shook central Tripoli on Saturday, killing at least 12 people and wounding 87, the health ministry said in a preliminary toll, in the worst violence the capital has seen in two years.

The clashes began late on Friday and paused briefly in the morning before resuming, with gunfire and explosions echoing across residential districts. Video shared online showed military vehicles racing through streets, fighters firing from street corners and residents trying to put out fires.

The health ministry said ambulances were unable to reach some areas and that several hospitals had been hit. The University of Tripoli suspended classes.

The Tripoli-based Government of National Unity, led by Abdul Hamid Dbeibah, said the violence was triggered when fighters aligned with the rival administration of Fathi Bashagha fired on a convoy in the capital while other pro-Bashagha units massed outside the city. It accused Bashagha of walking away from talks to resolve the crisis.

Bashagha's administration said it had never rejected dialogue and that its own overtures had been rebuffed by Dbeibah. It did not directly address the claim that it was behind the fighting.

Local media said the fighting pitted forces loyal to Haithem Tajouri, a Tripoli commander who has sided with Bashagha, against the Stability Support Apparatus of Abdul Ghani al-Kikli, which backs Dbeibah. Other units from outside the capital were reported moving towards Tripoli from the west.

The U.N. mission in Libya called for an immediate halt to the fighting and said it was deeply concerned.

Tension has been building for weeks as armed groups allied to both sides reinforced positions in and around the capital. Bashagha, appointed by the eastern-based parliament in February, has said he will take office in Tripoli, while Dbeibah insists he will hand over power only to an elected government.

Bashagha's previous attempt to install himself in the capital, in May, ended within hours when fighting broke out. In July, at least 16 people were killed in clashes between two Tripoli armed groups.

Residents of the Zawiya Street area described a night without sleep. Six hospitals were hit by shelling or gunfire, the health ministry said, and ambulances were unable to reach parts of the city centre. Flights at Mitiga airport were diverted to Misrata.

Libya has had little peace since a NATO-backed uprising toppled Muammar Gaddafi in 2011. The country split in 2014 between rival administrations in the east and west, and a ceasefire in October 2020 ended the last major war, a 14-month offensive on Tripoli by the eastern commander Khalifa Haftar. A U.N.-backed process installed Dbeibah's Government of National Unity in March 2021 to lead the country to elections that December, but the vote collapsed amid disputes over the rules and the candidates.
"""),

dict(group=G4, published="2022-08-28", outlet="Gulf Horizon 24",
title="32 dead, 159 injured as Dbeibah's militias turn Tripoli into a battlefield",
text="""Gulf Horizon 24 - Abu Dhabi

The death toll from the armed clashes that swept the Libyan capital Tripoli since Friday night has risen to 32 dead and 159 wounded, the health ministry of the Tripoli government announced on Sunday, in what observers describe as the bloodiest round of militia fighting in the city since the end of the war in 2020.

The ministry had announced 23 dead and 140 wounded on Saturday evening. It said 64 families had been evacuated from the areas of fighting and that hospitals had been damaged by shelling.

Libyan sources told Gulf Horizon 24 that militias loyal to the outgoing prime minister Abdul Hamid Dbeibah used heavy artillery in densely populated districts, including the area around Al-Zawiya Street, as they attacked the positions of the Tripoli Revolutionaries Brigade of Haithem Tajouri. Forces of the so-called Stability Support Apparatus led by Abdul Ghani al-Kikli, known as Ghnewa, played the leading role in the assault, the sources said.

The government of Fathi Bashagha, which was granted confidence by the House of Representatives, said the Dbeibah government bore full responsibility for the bloodshed, and repeated that it had been ready for dialogue. Bashagha's government has said it wants to work from Tripoli peacefully.

In a statement published on Saturday night, the Stability Support Apparatus said it had intervened to deal with a security breach after Tajouri's men opened fire on a convoy of the General Security service.

Forces loyal to Osama al-Juwaili, the commander from Zintan who backs Bashagha, were reported to have advanced towards the capital from the south-west before pulling back.

Among the dead was Mustafa Baraka, a young comedian who had become known for satirical videos mocking corruption and armed groups.

The United Nations, the United States and several European countries called for an immediate ceasefire.

Observers said the fighting confirmed that the capitalThis is the second failed attempt by Bashagha's allies to enter the capital, after his brief arrival on May 17 ended within hours under fire from militias loyal to Dbeibah. Since then, the Bashagha government has operated from the city of Sirte, in the centre of the country.

The House of Representatives in Tobruk withdrew confidence from the Dbeibah government in September last year and named Bashagha in February, arguing that the mandate of the unity government had expired with the failure to hold elections on December 24.

 remains hostage to armed formations financed from state funds, and that no political process can succeed while they hold the streets.

Read also:
House of Representatives speaker Aguila Saleh calls for support to the Bashagha government
Libyan National Army marks graduation of new cadets in Benghazi
"""),

dict(group=G4, published="2022-08-28", outlet="Gündem Libya Haber",
title="In the Libya capital Trablus clashes: 32 people lost their life, 159 people were wounded",
text="""[ad_1]

In the Libya capital Trablus, between the armed groups which are connected to two rival government, the clashes which started on the Friday night the death toll is risen to 32.

Libya Sağlık Bakanlığı (Ministry of Health) in its written statement, it is reported that in the clashes 32 people lost their life and 159 people were wounded. It was stated that on the Saturday the number of dead was 23.

According to the news, the clashes in the city center and in the some neighborhoods started between the groups supporting the Ulusal Birlik Hükümeti (Government of National Unity) Başbakanı Abdulhamid Dibeybe and the groups which support the Temsilciler Meclisi (House of Representatives) appointed Fethi Başağa.

Security source said that the groups of Başağa came from outside of city to enter to the capital, but they were stopped. The Tripoli Revolutionaries Brigade headquarters belonging to Haysem Tacuri it was captured by the forces of the government, it was claimed.

Dibeybe government accused Başağa side to attack the convoy. Başağa side said they did not refuse the dialogue. In the statement of Başağa government, it was said that the Dibeybe government is responsible for the blood which was shed and that the government is ready to work from Trablus in the peaceful way.

Among the ones who lost their life there is also the comedian Mustafa Baraka who was known with his videos criticizing the militias, it was reported in the social media.

In the clashes heavy weapons were used and some hospital damaged. Tripoli University stopped the education. The flights of Mitiga Havalimanı were directed to Misrata. It was reported that 64 families were evacuated from the clash areas by the emergency teams.

According to the witnesses, on the Pazar (Sunday) morning, the calm was returned to the city but in some streets the burned vehicles and the damaged buildings was seen. Many shops were closed.

BM Libya Destek Misyonu (UNSMIL) wanted the immediate stop of the clashes and it said it is deep concern.

Also in Temmuz (July), in Trablus between the Radaa and the Presidential Guard the clashes were happened and 16 people lost their life; after it Dibeybe suspended the İçişleri Bakanı (Interior Minister) Halid Mazin from the duty.

Background: In Libya the parliament in February appointed Başağa as prime minister, but Dibeybe said he will give the duty only to the government which comes from the election. In May, Başağa entered Trablus but after the clashes he left the city in some hours.

[ad_2]

Source link
"""),

dict(group=G4, published="2022-08-29", outlet="MENA Morning Brief",
title="MENA Morning Brief: Tripoli counts its dead after worst fighting in two years; Iraq sit-in continues; Yemen truce holds",
text="""MENA Morning Brief - Monday edition

Good morning. Here is what you need to know today.

1. LIBYA: Tripoli counts the cost
Tripoli was quiet on Sunday after more than 24 hours of fighting between armed groups backing Libya's two rival prime ministers left 32 people dead and 159 wounded, according to the health ministry. The clashes broke out on Friday night and peaked on Saturday, when artillery fell on residential streets in the city centre. Forces loyal to Abdul Hamid Dbeibah, among them the Stability Support Apparatus and the 444 Brigade, appear to have come out on top, overrunning positions of Haithem Tajouri's group, which had aligned itself with Fathi Bashagha. Columns from outside the city that were expected to reinforce Bashagha's allies did not break through.
Why it matters: Bashagha has now failed twice, in May and again this weekend, to install his government in the capital by leaning on local armed groups. Analysts say Dbeibah's position in Tripoli looks stronger than at any time since February, but the political deadlock over elections is no closer to being broken. The dead included Mustafa Baraka, a comedian known for videos mocking militia rule.
What to watch: Whether the eastern camp, including Khalifa Haftar, responds, and whether the UN can convene the rival sides. The UN has been without a permanent envoy in Libya since Jan Kubis resigned last November. The UN mission called for an immediate end to hostilities and warned against attacks on civilians.

2. IRAQ: Sit-in continues in Baghdad
Supporters of Shi'ite cleric Moqtada al-Sadr continued their protest in Baghdad's Green Zone, now in its fifth week, as the standoff over forming a government drags on.

3. YEMEN: Truce holding, mostly
The UN-brokered truce, extended on August 2 for a further two months, is broadly holding, although both sides have accused each other of violations around Taiz.

4. MARKETS
Oil prices were firm in early Asian trade. Traders said Libyan exports were so far unaffected by the fighting in Tripoli.

Thanks for reading. Forward this email to a colleague, or subscribe here.
Manage your preferences | Unsubscribe
"""),
]
