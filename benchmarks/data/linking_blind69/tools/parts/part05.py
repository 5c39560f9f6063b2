# Event: LNA captures Sirte (6 Jan 2020)
G = "lna_captures_sirte_2020_01_06"

ARTICLES = [
dict(group=G, published="2020-01-06", outlet="Meridian Press International",
title="Haftar's forces say they have seized Libya's Sirte",
text="""BENGHAZI (MPI) - Forces loyal to eastern Libyan commander Khalifa Haftar said on Monday they had taken control of the coastal city of Sirte after a swift advance, the biggest territorial gain for his side since it launched an offensive on Tripoli in April.

"Sirte has been totally liberated," Ahmed al-Mismari, spokesman for Haftar's Libyan National Army (LNA), said in a televised statement, describing the forces that had held the city as terrorist groups.

An LNA commander, Khaled al-Mahjoub, said earlier that fighters had captured all the districts surrounding Sirte, including the al-Qardabiya air base to the south, before moving into the centre. The LNA's offensive was preceded by air strikes, residents said.

The Tripoli-based Government of National Accord (GNA) initially dismissed the reports, describing them in a statement as rumours spread by Haftar's militias and mercenaries. But sources in the city said a local armed unit, Brigade 604, made up largely of fighters from Sirte and following the ultra-conservative Madkhali Salafist current, had switched sides and opened the way for the LNA, forcing the Sirte Protection and Security Force to fall back.

Sirte, about 450 km (280 miles) east of Tripoli, is the hometown of late leader Muammar Gaddafi. It was held by Islamic State militants in 2015 and 2016 until forces led by fighters from the western city of Misrata, backed by U.S. air strikes, drove them out. Misratan-led forces aligned with the GNA have held it since.

Haftar's forces had carried out air and drone strikes on the outskirts of Sirte for weeks, killing several members of the Sirte Protection and Security Force, according to sources aligned with the GNA.

Its capture gives the LNA control of a strategic stretch of coastline just west of the country's main oil export terminals, which Haftar already holds, and brings his forces closer to Misrata, whose armed groups are among the GNA's most powerful defenders.

Haftar's forces swept through southern Libya in early 2019, taking the Sharara oilfield, before turning on Tripoli on April 4. The U.N. says more than 280 civilians and about 2,000 fighters have been killed in the fighting for the capital since then.

The advance comes days after Turkey's parliament authorised a troop deployment in support of the GNA, and a day after President Tayyip Erdogan said Turkish units were gradually moving to Libya. On Saturday, an air strike on a military school in Tripoli killed about 30 cadets. The GNA blamed the LNA, which denied involvement.

Libya has had no stable central authority since the 2011 NATO-backed uprising that toppled Muammar Gaddafi, and since 2014 it has been split between rival administrations in Tripoli and the east. Haftar's Libyan National Army (LNA) is backed by the United Arab Emirates and Egypt, while the GNA is supported by Turkey and Qatar.

(Reporting by MPI Benghazi and Tripoli newsrooms; writing by Tom Aldous; editing by Clare Dunmore)"""),

dict(group=G, published="2020-01-07", outlet="Maghreb Roundup",
title="Libya briefing, Tuesday 7 January: Sirte falls to Haftar; GNA-aligned force confirms pull-out",
text="""MAGHREB ROUNDUP - Libya daily briefing
Tuesday, 7 January 2020 | Updated 15:40 CET

Good afternoon. Here is what you need to know today.

1. SIRTE FALLS TO THE LNA
The headline of the day: Khalifa Haftar's Libyan National Army (LNA) took Sirte on Monday in an operation that lasted only hours. LNA spokesman Ahmed al-Mismari declared the city "totally liberated" on Monday evening, after LNA units seized the al-Qardabiya air base and advanced into the centre from the east and south.

The Government of National Accord (GNA) first called the reports rumours. But on Tuesday the Sirte Protection Force, the GNA-aligned unit that had held the city since the 2016 defeat of Islamic State, said it had decided to withdraw outside Sirte "and await orders", adding that its withdrawal "is not the end". A spokesman said the force had pulled back to spare civilian lives and blamed "sleeper cells" inside the city, an apparent reference to the Madkhali-leaning Brigade 604, which switched sides. He also accused LNA fighters of looting and burning homes, which the LNA denied.

Why it matters: Sirte sits in the middle of Libya's coast, on the supply routes linking east, west and south, and just west of the oil crescent. Its loss pushes the front line to within striking distance of Misrata. An LNA military source reported clashes on Tuesday with Misratan forces around Abu Grein, between the two cities.

2. TURKISH DEPLOYMENT
Turkish President Tayyip Erdogan said on Sunday that Turkish soldiers were "gradually" going to Libya to run a coordination centre, not to fight. Numbers remain undisclosed.

3. EUROPEANS MEET IN BRUSSELS
EU foreign policy chief Josep Borrell is hosting the foreign ministers of France, Germany, Italy and the UK in Brussels today to discuss Libya. Expect a call for an immediate ceasefire and a warning against foreign interference.

4. CAIRO MEETING ON WEDNESDAY
Egypt's foreign ministry said on Monday that the foreign ministers of Egypt, France, Italy, Greece and Cyprus will meet in Cairo on Wednesday to discuss Libya and the eastern Mediterranean.

5. PUTIN IN ISTANBUL
Vladimir Putin is due in Istanbul on Wednesday to inaugurate the TurkStream gas pipeline with Erdogan. Both sides say Libya is on the agenda. The Kremlin also announced that German Chancellor Angela Merkel will visit Moscow on Saturday.

6. HADABA AFTERMATH
The GNA's request for an emergency UN Security Council session over Saturday's strike on the Hadaba military school, which killed about 30 cadets, is pending. The LNA continues to deny responsibility.

7. BENGHAZI CUTS TIES WITH ANKARA
Worth recalling: on Saturday the eastern-based House of Representatives voted in an emergency session to sever relations with Turkey and to cancel the Turkey-GNA memorandums. It was unclear how many deputies attended.

That's all for today. Tomorrow's briefing will cover the Istanbul and Cairo meetings.

Forward this briefing | Unsubscribe | Manage preferences"""),

dict(group=G, published="2020-01-07", outlet="Al-Nahar al-Arabi Online",
title="The Libyan army announces full control of the city of Sirte .. and the Wefaq forces withdraw",
text="""The General Command of the Libyan National Army announced, yesterday Monday, the full control of the city of Sirte in the center of the Libyan coast, after a swift military operation that lasted only a few hours.

The official spokesman of the General Command, Major General Ahmed al-Mesmari, said in a televised statement that the city of Sirte "was completely liberated from the terrorist groups", and that the army units are securing the city and its vital facilities.

Military sources in the army said that the units took control of al-Qardabiya air base, south of the city, and the sea port, and advanced towards the city center from the eastern and southern axes, with air cover.

For its part, the Sirte Protection and Security Force affiliated to the Al-Wefaq government announced, today Tuesday, its withdrawal from the city, saying in a statement that its forces took the decision "after studying the situation" to withdraw outside Sirte and wait for orders.

Local sources reported that the 604th Infantry Battalion, which is composed mostly of the sons of the city, joined the army and facilitated the entry of its units, and that citizens went out to the streets to celebrate the entry of the army.

The Al-Wefaq government had denied on Monday the control of the army over the city, and described the news as "rumors".

It is worth mentioning that the city of Sirte, the birthplace of the late leader Muammar Gaddafi, is located about 450 kilometers east of the capital Tripoli, and was controlled by the ISIS organization in the year 2015, before the forces of the "Al-Bunyan Al-Marsous" operation, most of them from Misrata, expelled it from the city at the end of 2016.

It is also worth mentioning that the Libyan National Army led by Field Marshal Khalifa Haftar has been conducting since April 4 last year a military operation to liberate the capital Tripoli, at a time when the Turkish parliament approved last Thursday the sending of Turkish forces to Libya to support the Al-Wefaq government headed by Fayez al-Sarraj, which the House of Representatives in Benghazi rejected and decided to cut relations with Ankara.

It is worth noting that the control of the army over Sirte came two days after the bombing of the military college in the Al-Hadhba area in Tripoli, which killed 30 students, and the army denied its responsibility and said that the explosion was from inside the college.

In a related context, the foreign ministers of Egypt, France, Italy, Greece and Cyprus will meet tomorrow Wednesday in Cairo to discuss the latest developments in Libya and the eastern Mediterranean, according to the Egyptian Foreign Ministry.

Read also:
The Libyan army: the explosion of the military college in Tripoli was from inside
Erdogan: our soldiers are going to Libya gradually

Share
Facebook Twitter WhatsApp Telegram

[ad_2]"""),

dict(group=G, published="2020-01-07", outlet="Tripoli Tribune",
title="Sirte Protection Force withdraws from city 'to spare blood', blames betrayal by Madkhali brigade",
text="""Sirte - The Sirte Protection and Security Force announced on Tuesday that it had withdrawn its units from the city of Sirte after forces of the aggressor Khalifa Haftar entered it on Monday with the help of what it called sleeper cells from inside.

In a statement, the force said it had decided, after studying the situation, to withdraw outside Sirte and await orders, stressing that its units "still retain their full capabilities" and that the withdrawal "is not the end".

A spokesman for the force said the decision was taken to spare the blood of civilians and of the young fighters, after Brigade 604, a Madkhali Salafist unit formed inside the city after its liberation from ISIS, abandoned its positions and opened the way for Haftar's militias and the mercenaries fighting alongside them.

Field sources said that Haftar's forces, backed by foreign drones that had pounded the city's outskirts for weeks, advanced from the east and the south on Monday while the 604 Brigade gave them the green light from inside, forcing the protection force to retreat from the city centre. The spokesman accused the attacking forces of burning homes and looting in several neighbourhoods after they entered.

For weeks before the assault, Haftar's forces had launched sporadic attacks on the outskirts of Sirte, supported by drone strikes that killed several members of the protection force. On Monday, the government had dismissed early reports of the city's fall as rumours spread by the aggressor's media, before the protection force confirmed its withdrawal on Tuesday.

Sirte was liberated from ISIS in December 2016 by the Bunyan al-Marsous forces after months of fighting in which hundreds of young men from Misrata and other western cities were killed.

Clashes were reported on Tuesday in the Abu Grein area, between Sirte and Misrata, as the attacking forces tried to push further west.

The fall of Sirte comes as Haftar escalates his attacks on several fronts. On Saturday night, a strike on the military college in Hadaba in Tripoli killed 30 cadets. The Government of National Accord holds Haftar and his foreign backers responsible for the massacre.

The Government of National Accord says Turkish military support is provided under a legitimate agreement between two sovereign governments, in contrast to the mercenaries and foreign drones that have backed the aggressor since April.

The Presidential Council has repeatedly said that Haftar's aggression, launched on April 4, is backed by the UAE, Egypt and Russian mercenaries, and has called on the international community to put an end to foreign interference.

Related Articles
- Hadaba massacre: Foreign Ministry demands emergency Security Council session
- Erdogan: Turkish troops moving gradually to Libya"""),
]
