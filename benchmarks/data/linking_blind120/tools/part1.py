# Events 1-3 (November 2020)
G1 = "abiy_orders_offensive_after_northern_command_attack_2020_11_04"
G2 = "tigray_forces_fire_rockets_at_asmara_2020_11_14"
G3 = "federal_forces_capture_mekelle_2020_11_28"

ARTICLES = [
dict(group=G1, published="2020-11-04", outlet="Horn Wire Service",
title="Ethiopia's Abiy orders military response after accusing Tigray party of attacking army base",
text="""ADDIS ABABA (HWS) - Ethiopian Prime Minister Abiy Ahmed on Wednesday ordered the army to respond to what he said was an overnight attack by the ruling party of the northern Tigray region on a federal military base, a sharp escalation of a months-long feud that diplomats have warned could pull Africa's second most populous country into civil war.

In a statement posted on his social media accounts before dawn, Abiy said forces loyal to the Tigray People's Liberation Front (TPLF) had attacked the army's Northern Command, which is headquartered in the regional capital Mekelle, and had tried to make off with artillery and other equipment.

"The last red line has been crossed," Abiy said, adding that the national defence force, acting under a command post, had been told to carry out its mission to save the country. He gave no casualty figures.

Hours later the Council of Ministers declared a six-month state of emergency covering Tigray, to be run by a task force under the armed forces chief of staff.

Telephone and internet connections to the region of about 6 million people went down on Wednesday morning, making it impossible to check either side's account. Tigray's regional television station said the region's airspace had been closed and claimed that the Northern Command had switched sides and joined the regional government. The prime minister's office said that claim was not true.

There was no immediate comment from TPLF chairman Debretsion Gebremichael, who told a news conference earlier this week that federal forces were preparing to attack the region and that Tigray was ready to defend itself.

The TPLF dominated Ethiopia's ruling coalition for nearly three decades until Abiy came to power in 2018. Relations soured when the party refused to join Abiy's new Prosperity Party last year and collapsed after Tigray went ahead with its own regional election in September. Addis Ababa, which had postponed national polls citing the coronavirus pandemic, called the vote illegal, and federal lawmakers later moved to cut funding to the regional administration.

The Northern Command guards the frontier with Eritrea and is among the best equipped formations of the Ethiopian National Defence Force, a legacy of the 1998-2000 border war in which tens of thousands died.

The U.S. State Department said it was deeply concerned by the reports and urged de-escalation.

Abiy, who won the Nobel Peace Prize last year for making peace with Eritrea, said his government had tried for months to avoid a confrontation, but that a war cannot be prevented by one side alone.

(Reporting by Addis Ababa newsroom; Writing by Dawit Tessema; Editing by Clare Holloway)"""),

dict(group=G1, published="2020-11-04", outlet="Medrek Broadcasting Corporation",
title="PM Abiy orders Defense Force to carry out its mission after TPLF junta attacks Northern Command",
text="""Addis Ababa, November 4, 2020 (MBC) – Prime Minister Abiy Ahmed (PhD) has instructed the Ethiopian National Defense Force (ENDF) to carry out its mission after the TPLF group attacked the Northern Command base stationed in Mekelle, the Office of the Prime Minister announced this morning.

According to the statement, the attack was intended to loot heavy weapons and military equipment of the Northern Command, which has been serving and protecting the people of Tigray from external threats for more than twenty years.

The Premier said the federal government had shown maximum patience over the past months in order to avoid any harm to the people of Tigray, but that the last red line has now been crossed. Force is being used as a last measure to save the country and the people, he said.

The statement noted that the group regards the national army as a foreign force rather than an army that has been protecting the region for two decades. The TPLF also opened fire in the Dansha area bordering Amhara Regional State, it said.

The Defense Force, under the direction of a Command Post, has been ordered to rescue the country and the region from sliding into instability.

Prime Minister Abiy urged the public to follow the situation calmly, to watch out for possible incidents in different parts of the country and to stand by the national army.

Council of Ministers declares state of emergency

Meanwhile, the Council of Ministers, in its extraordinary session held today, has decreed a six-month state of emergency in Tigray Regional State in accordance with Article 93 of the FDRE Constitution.

The Council said illegal and violent activities in the region are endangering the constitutional order, public peace and security and are threatening the sovereignty of the country, reaching a level that cannot be controlled through the regular law enforcement system.

A State of Emergency Task Force, led by the Chief of Staff of the Armed Forces and accountable to the Prime Minister, has been set up to implement the decree. The Task Force may expand or restrict the geographic scope of the decree through directives, the Council said.

It is to be recalled that the TPLF had been arming and training irregular militia outside the constitutional structure and conducted an illegal election in September in defiance of the decision of the House of Federation.

Share this:
Facebook Twitter Telegram WhatsApp

Related
Council of Ministers approves draft proclamations
Defense Force reaffirms readiness to protect sovereignty"""),

dict(group=G1, published="2020-11-05", outlet="The Meridian Review",
title="Nobel peace laureate sends army into Tigray as Ethiopia's long feud turns to war",
text="""By Harriet Lowell, Africa Correspondent

Barely a year after he collected the Nobel Peace Prize in Oslo, Ethiopia's prime minister has ordered his army into battle against the rulers of one of the country's own regions.

Abiy Ahmed announced early on Wednesday that the Tigray People's Liberation Front, which governs the northern region of Tigray, had attacked the federal army's Northern Command in the regional capital, Mekelle, overnight. The "last red line" had been crossed, he said, and the military had been ordered to act. By the evening the cabinet had imposed a six-month state of emergency on the region. Phone and internet lines to Tigray were cut, and on Thursday diplomats in Addis Ababa said fighting appeared to be continuing, though hard details were scarce.

The army's deputy chief of staff, General Birhanu Jula, told reporters on Thursday that the country had been dragged into a war it had not expected.

The crisis has been a long time coming. The TPLF led the armed struggle that toppled the Derg military regime in 1991 and then dominated the ruling coalition for almost three decades, presiding over rapid growth and harsh repression. When street protests brought Abiy, an Oromo, to power in 2018, Tigrayan officials were purged from senior security posts and prosecuted for corruption and abuses. Many Tigrayans came to see those trials as a campaign against their community; Abiy's supporters saw overdue accountability.

The break became formal late last year, when the TPLF refused to fold itself into Abiy's new Prosperity Party. This year, after national elections were postponed because of Covid-19, Tigray held its own vote in September. Addis Ababa called the poll unconstitutional; Mekelle in turn said Abiy's mandate had expired. Federal lawmakers then moved to divert budget money away from the regional government, and last week the TPLF rejected Addis Ababa's choice of a new commander for the Northern Command.

The Northern Command matters because of where it sits. Tigray borders Eritrea, and the force stationed there since the 1998-2000 border war holds a large share of the country's heavy weapons. The TPLF's own militia and special police are thought to number in the tens of thousands, many of them veterans.

Eritrea is the wild card. Abiy's 2018 peace deal with President Isaias Afwerki, the achievement for which he won the Nobel, also brought together two men who share a deep hostility to the TPLF. Tigrayan leaders have long accused Asmara and Addis Ababa of plotting against them. Neither government has commented on those claims this week.

The timing is also striking. With the world's attention on the presidential election in the United States, Abiy may have calculated that outside pressure would be muted. The U.S. State Department nevertheless said it was deeply concerned and urged de-escalation, and several European governments called for restraint.

There is an obvious danger of a prolonged conflict. Ethiopia is a federation of ethnic regions with their own armed police, and it is already struggling with ethnic violence in Oromia and Benishangul-Gumuz. A drawn-out war in the north could send refugees into Sudan, disrupt aid to the roughly 600,000 people in Tigray who already depended on food assistance before the fighting, and unsettle a region that counts on Ethiopian troops in Somalia.

Abiy insists the operation will be limited in scope and aimed at the TPLF leadership, not at the people of Tigray. In his statement he said the government had tried every means to avoid war but that a war cannot be avoided by one side alone.

For now, with Tigray cut off from the outside world, there is no way of knowing how the first days of fighting have gone, or how many have already died."""),

dict(group=G2, published="2020-11-15", outlet="Horn Wire Service",
title="Rockets fired from Ethiopia's Tigray hit Eritrean capital, diplomats say",
text="""NAIROBI (HWS) - Rockets fired from Ethiopia's northern Tigray region struck the Eritrean capital Asmara on Saturday night, diplomats said, widening a conflict that has already killed hundreds and sent tens of thousands of refugees into Sudan.

At least three rockets were fired at Asmara at around 8 p.m. (1700 GMT), and at least two of them appeared to land near the city's airport, regional diplomats said. Residents reported hearing several explosions. There were no immediate reports of casualties or of the extent of any damage.

On Sunday, Tigray People's Liberation Front (TPLF) leader Debretsion Gebremichael confirmed that his forces had fired at Asmara airport. He said Ethiopian government forces were using the airport and that it was therefore a legitimate target. He also said Tigrayan forces had been fighting what he described as 16 divisions of the Eritrean army for several days.

Eritrea's government did not respond to requests for comment. Eritrean Foreign Minister Osman Saleh said earlier in the week that his country was "not part of the conflict", and the Ethiopian government has also denied that Eritrean troops are involved.

The attack on Asmara came a day after Tigrayan forces fired rockets at the airports of Bahir Dar and Gondar in the neighbouring Amhara region late on Friday. The federal government said the airport areas were damaged. A statement read on Tigray television said such attacks would continue as long as the region was under attack.

Prime Minister Abiy Ahmed launched military operations in Tigray on Nov. 4, accusing the TPLF of attacking federal troops stationed in the region. He has rejected calls for talks, saying the campaign is aimed at restoring the rule of law and will end when the TPLF leadership is arrested and its weapons destroyed.

The United Nations refugee agency says more than 20,000 people have crossed from Tigray into Sudan since the fighting began.

Rights group Amnesty International said on Thursday that scores, and likely hundreds, of civilians had been killed in the town of Mai-Kadra in southwest Tigray on the night of Nov. 9. Witnesses it interviewed blamed forces loyal to the TPLF; the TPLF denied involvement.

Communications with Tigray remain largely cut off and journalists are barred from the region, making claims from all sides difficult to verify.

(Reporting by Nairobi bureau; Editing by Martin Ebbs)"""),

dict(group=G2, published="2020-11-15", outlet="Al-Qarn News (translated from Arabic)",
title="Missiles launched from Tigray region fall on the Eritrean capital Asmara",
text="""[ad_1]

Asmara - Al-Qarn News

Several missiles launched from the Ethiopian region of Tigray fell, yesterday evening Saturday, on the Eritrean capital Asmara, according to diplomatic sources and residents, in the first extension of the war which the government of Abi Ahmed is conducting against the Popular Front for the Liberation of Tigray outside the borders of Ethiopia.

And the sources said that at least three missiles were fired on the city, and that two of them fell in the vicinity of Asmara airport, while residents spoke about hearing several explosions in the evening hours, and there was no information about victims or damages until the moment of writing this news.

For his part, the head of the Tigray region, Debretsion Gebremikael, confirmed today Sunday that his forces are the ones who launched the missiles, and he said that the airport of Asmara is "a legitimate target" because the Ethiopian federal forces are using it in their attacks on the region, and he accused Eritrea of sending its army divisions into the region to fight alongside the federal army.

And the Eritrean authorities did not issue any comment on the attack until now, while Asmara and Addis Ababa deny previously any participation of Eritrean forces in the fighting.

It is worth mentioning that the Front launched, on the night of Friday, missiles on the airports of the cities of Bahir Dar and Gondar in the Amhara region neighboring, and the Ethiopian government said that the two airports were damaged.

It is worth mentioning that the Ethiopian Prime Minister Abi Ahmed announced on the fourth of November the launching of a military operation in the region, after he accused the Front of attacking a base of the federal army in the city of Makeli, the capital of the region, and he refuses until now all the calls for dialogue.

And Eritrea and Ethiopia signed in the year 2018 an agreement of peace which ended two decades of hostility after the border war (1998-2000), and Abi Ahmed received on it the Nobel Prize for Peace in the year 2019, while the Front of Tigray remains in enmity with the Eritrean President Isaias Afwerki.

Read also: Thousands of Ethiopians flee to Sudan to escape the fighting in Tigray
Read also: The African Union calls for a cessation of hostilities in Ethiopia
Read also: Egypt follows with concern the developments in Ethiopia"""),

dict(group=G2, published="2020-11-16", outlet="Nile Courier",
title="Tigray leader claims Asmara rocket strike as war crosses Ethiopia's borders",
text="""We use cookies to give you the best experience on our website. By continuing to browse, you agree to our Privacy Policy and Terms of Use. ACCEPT

KHARTOUM — The leader of Ethiopia's Tigray region has claimed responsibility for rockets that landed on the Eritrean capital Asmara on Saturday night, raising fears in Khartoum that the war on Sudan's eastern doorstep could turn into a regional conflict.

Debretsion Gebremichael, chairman of the Tigray People's Liberation Front (TPLF), said on Sunday his forces had targeted Asmara's airport because Ethiopian federal troops were using it. He accused Eritrea of sending large numbers of troops into Tigray, an accusation Asmara and Addis Ababa have both denied.

Diplomats said at least three rockets were fired at Asmara, some landing near the airport. Eritrean authorities have made no public comment, and information from inside the tightly controlled country remains scarce.

The strikes on Eritrea followed rocket attacks late on Friday on the airports of Bahir Dar and Gondar in Ethiopia's Amhara region, which the Tigrayan leadership also claimed. Amhara regional forces are fighting alongside the federal army in western Tigray, close to the Sudanese border.

Along that border the humanitarian pressure is mounting by the day. Officials at the Hamdayet crossing in Kassala state and at reception points in Gedaref state said thousands of people were arriving daily, many on foot and carrying nothing. Aid workers put the total who had crossed since early November at about 25,000 by the weekend, while the UN refugee agency has warned that the flow is outpacing its ability to register and shelter new arrivals. Some of those arriving carried wounds they said were caused by shelling and gunfire.

Sudanese officials are preparing to reopen Um Raquba, a camp that housed Ethiopian refugees during the famine of the 1980s, to relieve overcrowding at the border.

Ethiopian Prime Minister Abiy Ahmed, who launched the offensive on November 4 after accusing the TPLF of attacking a federal army base, has said the operation will continue until the TPLF leadership is brought to justice. He has rejected mediation, describing the conflict as an internal law enforcement matter.

The African Union Commission chairperson, Moussa Faki Mahamat, has called for an immediate cessation of hostilities and for the protection of civilians.

Related articles
» Refugees describe flight from Humera as shells fell
» Gedaref farmers fear border tensions with Ethiopia
» Hamdok holds phone call with Abiy on Tigray crisis"""),

dict(group=G3, published="2020-11-28", outlet="Medrek Broadcasting Corporation",
title="National Defense Force takes full control of Mekelle, PM Abiy announces",
text="""Addis Ababa, November 28, 2020 (MBC) – Prime Minister Abiy Ahmed (PhD) has announced that the Ethiopian National Defense Force has taken full control of Mekelle city, concluding the final phase of the law enforcement operation in Tigray Regional State.

In a statement issued this evening, the Premier said the federal government is now fully in control of the city and that the Defense Force entered Mekelle with great care to protect civilians.

"I am pleased to share that we have completed and ceased the military operations in the Tigray region," the Prime Minister said in a subsequent message.

The Defense Force has taken control of the airport, the regional administration office and other key public institutions, the statement said. Thousands of Northern Command members who had been held hostage by the TPLF junta since the November 4 attack have been released.

The Chief of Staff of the Defense Force, General Birhanu Jula, said the army has taken control of the Northern Command headquarters in Mekelle and freed more than 7,000 members who had been held by the group.

The Premier said the task that remains is to apprehend the criminal TPLF leaders and bring them before the law, which the Federal Police will now carry out.

Prime Minister Abiy expressed his gratitude to the people of Tigray for their cooperation with the Defense Force throughout the operation. The people of Tigray have practically demonstrated that they do not stand with the junta, he said.

The federal government will now focus on rebuilding what was destroyed, returning residents who fled and ensuring that humanitarian assistance reaches those in need, in collaboration with the provisional administration of the region, according to the statement.

It is to be recalled that the Prime Minister on Thursday ordered the final phase of the operation after the 72-hour period given to TPLF leaders and militia to surrender peacefully had expired."""),

dict(group=G3, published="2020-11-29", outlet="Continental Press",
title="Ethiopia declares Tigray offensive over after army seizes Mekele; fugitive leaders vow to fight on",
text="""NAIROBI, Kenya (CP) — Ethiopia's prime minister declared victory on Saturday night in his nearly four-week offensive against the leaders of the Tigray region, saying federal troops had taken "full control" of the regional capital, Mekele. The region's fugitive leaders said they would keep fighting.

Abiy Ahmed said on Twitter that the military operation in Tigray had been "completed and ceased" and that federal police would now hunt down leaders of the Tigray People's Liberation Front, whom his government accuses of treason. He said troops had taken the airport, government offices and other facilities in the city of about half a million people and had freed thousands of soldiers of the army's Northern Command who had been held since the start of the conflict.

It was not clear where the TPLF leadership was. Its chairman, Debretsion Gebremichael, told a news agency by text message that the government's "brutality" would only strengthen the Tigrayans' determination to fight "these invaders". Asked whether that meant the fighting would continue, he said it did, describing it as a struggle for the right to self-determination.

Earlier on Saturday the Tigray regional government accused Abiy of attacking Mekele with the help of Eritrean President Isaias Afwerki and said it would respond. Ethiopia has denied any Eritrean military role.

Phone and internet links to Tigray have been cut since Nov. 4, and journalists and aid workers have been kept out, so claims by both sides could not be independently checked. Humanitarian groups had warned that an all-out assault on Mekele would put civilians in grave danger, and the International Committee of the Red Cross said this week that medical supplies at the city's main hospital were running dangerously low.

Abiy on Friday met three special envoys sent by the African Union — former presidents Joaquim Chissano of Mozambique, Ellen Johnson Sirleaf of Liberia and Kgalema Motlanthe of South Africa — but made clear he would not negotiate with the TPLF leadership, which his government describes as a criminal clique.

Thousands of people are believed to have been killed in the fighting, which began when Abiy accused Tigrayan forces of attacking a federal military base. More than 40,000 refugees have fled into Sudan, according to the U.N.

The TPLF dominated Ethiopia's government for 27 years before Abiy took office in 2018 and has a history of guerrilla warfare in Tigray's mountains. Analysts say the capture of Mekele may not end the conflict.

___

Associated reporting by Solomon Bekele in Addis Ababa."""),

dict(group=G3, published="2020-11-29", outlet="Tigrai Horizon",
title="Mekelle taken after days of bombardment as Abiy declares 'victory'; Tigrai leadership vows resistance",
text="""TIGRAI HORIZON | News | Diaspora Desk

Abiy Ahmed's forces entered Mekelle on Saturday after what Tigrai's leaders described as a day of heavy shelling of the city, and the prime minister wasted no time in declaring his so-called law enforcement operation over.

"The federal government is now fully in control of the city of Mekelle," Abiy wrote on Twitter on Saturday evening. Less than an hour later he announced that military operations in Tigrai had been "completed".

For the people of Tigrai, nothing is completed. The Government of Tigrai said earlier on Saturday that Mekelle was being attacked with heavy weapons and accused Abiy of waging the war jointly with Eritrea's dictator Isaias Afwerki. It said it would respond to what it called massacres and destruction of property.

President Debretsion Gebremichael told foreign media that the brutality of the invaders would only add to the resolve of Tigrayans to resist, and confirmed that the struggle would go on. The leadership and the Tigrai forces had withdrawn from the city, according to sources close to the regional government, and are said to be in the surrounding areas.

It is impossible to know how many civilians were killed in the assault on a city of half a million people. Since November 4 Tigrai has been cut off from telephone, internet, banking and electricity. Families in the diaspora have not heard from relatives for more than three weeks. Aid agencies say hospitals are running out of medicine and body bags.

The Abiy government claims its troops took "great care" to protect civilians. The same government has denied for weeks what Tigrayan refugees arriving in Sudan describe daily: Eritrean soldiers in Humera, Shire and Adigrat, artillery fired from across the border, and drones overhead.

More than 40,000 Tigrayans have fled to Sudan.

In Washington, London, Brussels and Melbourne, members of the Tigrayan community have been protesting for weeks, calling on the international community to stop the war, open humanitarian access and demand the withdrawal of Eritrean troops. The African Union sent three former presidents to Addis Ababa this week to seek dialogue, but Abiy told them there would be no negotiation with the Tigrai leadership.

Tigrai has survived sieges before. The fall of Mekelle is not the end of this war.

#Tigray #StopTheWarOnTigray

Share this:
Twitter Facebook WhatsApp Telegram
Like this:
Like Loading...

Related
Refugees in Hamdayet: 'They came with tanks from the Eritrean side'"""),

dict(group=G3, published="2020-11-29", outlet="Yezare Addis (machine translated from Amharic)",
title="Defense force is controlled fully the Mekele city, Prime minister Dr. Abiy is said",
text="""Addis Ababa, Hidar 20, 2013 E.C. (Yezare Addis)

The Prime minister Dr. Abiy Ahmed is announced that the Ethiopian National Defense Force is controlled fully the Mekele city, which is the capital of Tigray kilil.

The Prime minister in the message he is passed yesterday evening was said that the federal government is in full control of Mekele and the operation of law enforcement is completed and stopped.

According to the message, the defense force is entered the city by giving great attention for the safety of the civilians, and it is taken the airport, the office of the kilil administration and the other important institutions.

The chief of staff of the defense force General Birhanu Jula is said that the army is freed more than 7 thousand members of the Northern Command who were held by the junta in the hostage since Tiqimt 25.

The Prime minister is said that from now the federal police will do the work of catching the criminals of the Woyane junta and bringing them in front of the law.

Dr. Abiy is thanked the people of Tigray for their cooperation to the defense force, and he is said that the people is showed they are not with the junta.

It is remembered that the Prime minister in Thursday was ordered the last phase of the operation after the 72 hours which was given for the junta and the special force to surrender is ended.

However the leader of the junta Ato Debretsion Gebremichael was told to foreign media that they will continue fighting, and where the leaders of the group are hiding is not known.

Share this:
Facebook Twitter Telegram

Exit mobile version"""),
]
