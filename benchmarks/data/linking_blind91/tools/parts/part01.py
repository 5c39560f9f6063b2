# Event 1: Haftar orders advance on Tripoli; LNA takes Gharyan (Thursday 4 April 2019)
G = "lna_takes_gharyan_launches_tripoli_offensive_2019_04_04"

ARTICLES = [
dict(g=G, d="2019-04-04", o="Meridian Press Agency",
t="Libya's Haftar orders march on Tripoli as his forces take Gharyan",
x="""TRIPOLI/BENGHAZI (MPA) - Eastern Libyan commander Khalifa Haftar on Thursday ordered his forces to move on Tripoli, hours after his self-styled Libyan National Army (LNA) said it had taken full control of Gharyan, a hill town about 100 km (60 miles) south of the capital.

The order, delivered in an audio recording posted online by the LNA's media office, came while United Nations Secretary-General Antonio Guterres was in Tripoli promoting a national conference that the world body hopes will open a path to elections.

In the recording Haftar told his men that the hour had come to enter the capital. He instructed them to open fire only on those who fired at them and promised safety to anyone who stayed at home, laid down his weapons or raised a white flag.

An LNA commander in charge of operations in western Libya told MPA by telephone that he was driving through Gharyan and that the town was in the army's hands after skirmishes on Wednesday with forces loyal to Prime Minister Fayez al-Serraj's Government of National Accord (GNA). A resident said he could see vehicles carrying the LNA emblem in the streets. The town's mayor said earlier in the day that the fighting had stopped.

Gharyan sits on the northern edge of the Nafusa mountains and overlooks the main road linking the capital with the south, making it a natural staging post for any force approaching Tripoli from the desert interior.

Serraj's government declared a state of maximum alert and ordered loyal units to prepare to confront what it described as an attack on the capital. In Misrata, the port city east of Tripoli whose armed groups are the strongest military force in the west, commanders and local leaders held an emergency meeting and said they would send fighters towards the capital.

Guterres said he was deeply concerned by the military movements and the risk of confrontation, adding that there was no military solution to Libya's crisis.

The advance threatens the U.N.-backed national conference planned for mid-April in the desert town of Ghadames, which envoy Ghassan Salame has presented as the best chance in years of reuniting Libya's rival institutions.

The LNA, which is aligned with a parallel government and parliament in the east, captured Benghazi after a three-year campaign and in January swept through the south, taking the main oil fields, often by striking deals with local armed groups rather than fighting them.

Haftar's opponents in the west accuse him of seeking to install a military dictatorship. He casts his campaign as a fight against Islamist militants and the militias that dominate Tripoli.

Libya has been divided since 2014 between rival camps based in Tripoli and in the east, a split rooted in the turmoil that followed the NATO-backed uprising which toppled Muammar Gaddafi in 2011.

(Reporting by MPA correspondents in Tripoli and Benghazi; Editing by the Cairo desk)"""),

dict(g=G, d="2019-04-04", o="Tripoli Frontline News",
t="Misrata brigades head to Tripoli as Haftar's forces enter Gharyan",
x="""Home / Libya / Security

Misrata brigades head to Tripoli as Haftar's forces enter Gharyan

April 4, 2019 - 19:40 | Tripoli Frontline News desk

The military council, armed brigades and revolutionaries of Misrata announced on Thursday evening that they are moving to Tripoli to stop the advance of the forces of the rebel Khalifa Haftar in the western region, after his armed groups entered the city of Gharyan in the Western Mountain.

The announcement came at the end of an emergency meeting called by the commander of the Central Military Zone, Mohammed Al-Haddad, in which the Misrata factions urged the Head of the Presidential Council, Fayez Al-Sirraj, to give direct orders to all forces of the western region to repel Haftar's advance.

In their statement the Misrata factions said the city which fought the tyrant in 2011 will not stand watching while a new military ruler is imposed on Libyans by force. They also asked the UN mission and its head Ghassan Salame to state clearly its position on the escalation.

Haftar's forces entered Gharyan, 100 km south of the capital, during the day after local armed groups pulled out, according to residents, while skirmishes were reported overnight in the Asabaa area near the city. Haftar's media office published videos of armed vehicles in the city and claimed it had "secured" it.

Shortly after, Haftar himself appeared in a recorded audio message addressed to his troops ordering them to march on the capital, in a speech that coincided with the presence of the UN Secretary-General Antonio Guterres in Tripoli.

Al-Sirraj declared a state of maximum alert for all military and security units and, according to a decision circulated on social media pages, ordered the air force to deal with any armed groups advancing on the cities of the west. The move threatens the national conference that the UN is preparing in Ghadames in the middle of this month.

Commanders of units from Tripoli, Zawiya and Zintan also issued statements announcing mobilisation, and the Anti-Terrorism Force said a large force was on its way to secure the capital.

The Libyan Army forces under the command of the Presidential Council had already been put on alert on Wednesday after the spokesman of Haftar's forces, Ahmed Al-Mismari, spoke of an operation to "liberate" the west.

Share this:
Facebook
Twitter
WhatsApp
Telegram

Related Posts
- Sirraj meets Guterres in Tripoli, discusses Ghadames conference
- Zawiya military council declares general mobilisation
- Western Military Zone: our forces are ready"""),

dict(g=G, d="2019-04-05", o="Vostok Info",
t="LNA entered Garyan without a fight, mayor says; Haftar's army continues advance to Tripoli",
x="""CAIRO (Vostok) - The Libyan National Army (LNA) led by Field Marshal Khalifa Haftar entered the city of Garyan, south of Tripoli, and assumed full control of it without meeting resistance, the mayor of the city told Vostok on Friday.

According to the official, the armed groups that had controlled Garyan withdrew in the direction of Tripoli several hours before the army units arrived. He said the situation in the city was calm and no sounds of fighting were heard in the neighbouring settlements.

LNA spokesman Ahmed Mismari told Vostok that the army continues to advance on several axes. He said LNA units were close to Al-Swani, a populated area about 25 kilometres south of the capital, and that an operation was under way in Janzur, where the army had to pull back a little. He declined to predict when the operation would be completed.

On Thursday, Haftar ordered his forces to advance on Tripoli, which is controlled by the Government of National Accord (GNA) of Fayez Sarraj. Sarraj ordered the forces loyal to him to repel the offensive.

UN Secretary-General Antonio Guterres, who arrived in Libya this week to support preparations for a national conference, was expected to meet Haftar in the east of the country on Friday.

The UN Security Council will hold closed consultations on the situation in Libya later on Friday.

Libya ceased to function as a unified state after Muammar Gaddafi was overthrown and killed in 2011. The east of the country is controlled by the parliament elected in 2014 and the LNA, while the GNA, formed with UN support, operates in the west."""),

dict(g=G, d="2019-04-05", o="The Northern Ledger",
t="Haftar's lunge at Tripoli leaves UN peace plan in tatters",
x="""The Northern Ledger | World | Africa

Haftar's lunge at Tripoli leaves UN peace plan in tatters

The eastern commander seized a mountain town south of the capital and ordered his troops forward on the day the UN secretary-general arrived to talk peace

By Eleanor Whitcombe, North Africa Correspondent
Friday 5 April 2019

For months the question in Tripoli was not whether Khalifa Haftar wanted the capital, but when he would try to take it. On Thursday the 75-year-old commander gave his answer, ordering his self-styled Libyan National Army to march on the seat of the internationally recognised government just as the UN secretary-general, Antonio Guterres, was sitting down with officials in the city to discuss a peace conference.

By nightfall Haftar's forces had taken Gharyan, a town of red-earth hills about 100km south of Tripoli that guards the mountain road to the Fezzan. Skirmishes the day before had been brief, and the town's leaders appear to have let the column in rather than fight. Some accounts, including those of Haftar's own officers, suggest the ground had been prepared for days. His units also pushed along the coast west of the capital, where they briefly held a checkpoint on the highway to Tunisia before fighters from nearby Zawiya said on Friday they had driven them out and taken prisoners.

On Friday Guterres flew east to see Haftar in Benghazi, a meeting UN officials had hoped would persuade him to halt. The secretary-general left the country saying he was deeply worried, a phrase that captured the mood in western capitals better than any communique. The UN security council met behind closed doors in New York.

The offensive is a gamble built on a pattern that has served Haftar well. Since launching what he called Operation Dignity in Benghazi in May 2014, he has expanded his reach by combining force with bargains: Benghazi fell after three years of grinding street fighting, Derna after a siege whose last pockets were cleared only in February, and much of the south in a rapid sweep in January, when tribal forces and local militias switched sides as his convoys approached.

Tripoli is a different proposition. The capital and its hinterland are home to a patchwork of armed groups that are rivals in peacetime but have in the past closed ranks against outsiders. The most formidable of them are the brigades of Misrata, which helped topple Muammar Gaddafi in 2011 and drove the Islamic State group out of Sirte in 2016. On Thursday evening Misrata's leaders said they were sending forces west.

The government of Fayez al-Serraj was installed in Tripoli in 2016 under a UN-brokered agreement signed in Morocco the previous year. It has never won the endorsement of the eastern parliament, and it has depended on the very militias Haftar says he wants to dismantle. In late February, Serraj and Haftar met in Abu Dhabi and, according to the UN, agreed on the need for elections. Diplomats had seen that meeting as the foundation for the national conference planned for 14-16 April in Ghadames.

Few in Tripoli believed the conference could survive a war, and fewer still that Haftar would wait for it to convene.

Haftar's foreign backers complicate the picture. The United Arab Emirates and Egypt have supplied him with equipment and air support, according to UN experts, and France has been accused by Serraj's allies of giving him political cover, a charge Paris rejects. Russia has received him in Moscow. Italy, the former colonial power, has tended to side with Tripoli.

For residents of the capital's southern districts the first consequences were practical ones. Families in Qasr bin Ghashir and near the ruins of the old international airport, closed since fighting destroyed it in 2014, began moving to relatives in the city centre. Queues formed at petrol stations. The civilian airport at Mitiga, a former air base east of the centre, was still operating on Friday.

Whether Haftar can convert momentum into control is far from clear. His forces are stretched across a country the size of Alaska, and the fighters now heading towards Tripoli from Misrata, Zawiya and Zintan know the terrain. The greater risk is not a quick victory for either side but a long war on the edge of a city of more than two million people.

Related
- Who is Khalifa Haftar?
- Libya's oil output at five-year high despite unrest"""),
]
