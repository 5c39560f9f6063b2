A = []
A.append(dict(group="thinni_government_resigns_2020_09_13", published="2020-09-14", outlet="Nile Gazette Online",
title="Al-Thinni government submits resignation to Speaker Aguila Saleh as Army backs peaceful demands",
text="""Nile Gazette Online - Libya Desk

The interim Libyan government headed by Abdullah al-Thinni submitted its resignation on Sunday to the Speaker of the House of Representatives, Counsellor Aguila Saleh, in a step that observers described as a responsible response to the demands of citizens in Benghazi and the eastern cities.

According to a statement by the House of Representatives, al-Thinni and a number of his ministers held an emergency meeting with Saleh in al-Qubbah before the resignation was handed over. The House will review it in its coming session.

The protests, which began last Thursday evening, were driven by long power cuts, the scarcity of cash in banks and the rise in prices of basic goods. Demonstrators gathered in al-Kish Square and near the government building in Benghazi, and a part of the building was set on fire on Saturday night.

The General Command of the Libyan National Army affirmed its full support for the legitimate demands of the citizens. Army spokesman Major General Ahmed al-Mismari said the Army would protect peaceful demonstrators, but warned that groups linked to the Muslim Brotherhood were trying to ride the wave of anger and turn it against the institutions of the state.

Political sources in Benghazi told the Gazette that the crisis of services in the east is the direct result of the policies of the Central Bank in Tripoli, which they accuse of depriving the eastern region of its fair share of the budget. The House of Representatives had on Friday accused the Central Bank and the Tripoli authorities of plundering the wealth of the Libyans and neglecting the east.

Egypt has repeatedly stressed its support for the Libyan people and for the House of Representatives as the only elected body in the country. In June, President Abdel Fattah al-Sisi launched the Cairo Declaration, calling for a ceasefire, the exit of foreign mercenaries and a fair distribution of wealth among the three regions.

Al-Thinni has headed the interim government since 2014, when it moved to the east after the Tripoli fighting of that summer.

Exit mobile version""" ))
A.append(dict(group="thinni_government_resigns_2020_09_13", published="2020-09-14", outlet="Tripoli Free Voice",
title="Haftar's parallel government resigns as anger spreads from Benghazi to Marj",
text="""Tripoli Free Voice | Politics

The parallel government in eastern Libya, which was appointed and backed by war criminal Khalifa Haftar, announced on Sunday its resignation after several days of protests that swept Benghazi, al-Marj, al-Bayda and other cities.

Abdullah al-Thinni, the head of the unrecognised government, handed his resignation to Aguila Saleh, the head of the Tobruk parliament, according to a statement by the parliament's media office.

Eyewitnesses in Benghazi told Tripoli Free Voice that protesters burned tyres in several neighbourhoods and set fire to the headquarters of the parallel government on Saturday night, chanting against corruption and against the militias that control the city. In al-Marj, Haftar's stronghold, gunmen opened fire on demonstrators who tried to enter a police station, killing one young man and wounding others, according to local sources.

The United Nations Support Mission in Libya expressed grave concern over the reports of a death and injuries and demanded an immediate and thorough investigation, as well as the release of people detained for taking part in the protests.

Activists said the resignation was a manoeuvre to protect Haftar himself. "They sacrifice al-Thinni to save the one who is really responsible for the blackout and the oil closure," one Benghazi activist wrote on social media.

Haftar's militias have shut down oil fields and ports since January, depriving the country of billions of dollars in revenues and worsening the electricity crisis in all regions, including the east.

The parallel government was formed in 2014 after the House of Representatives moved to Tobruk, and has never been recognised by the United Nations. Its ministries depend on money borrowed through the eastern branch of the Central Bank, and its budget has ballooned to pay salaries of Haftar's fighters, economists say.

The Tobruk parliament, headed by Aguila Saleh, said it would study the resignation at its next session but did not set a date.

Observers note that the protests in the east come after weeks of demonstrations in Tripoli and Misrata against power cuts and corruption, which started on August 23.

Related articles:
- Bashagha: we will protect the right to peaceful protest
- GECOL announces new maintenance schedule for Tripoli grid
- Bouznika talks end first round with "understandings"

Share this:
Facebook | Twitter | WhatsApp""" ))
A.append(dict(group="sarraj_announces_step_down_2020_09_16", published="2020-09-16", outlet="Meridian Press Agency",
title="Libya's Sarraj says he will hand over power by end of October",
text="""TRIPOLI (MPA) - Fayez al-Sarraj, prime minister of Libya's internationally recognised Government of National Accord (GNA), said on Wednesday he intends to step down by the end of October and hand his duties to a new executive authority that emerges from U.N.-led talks.

In a televised address, Sarraj said he wished to pass on his responsibilities no later than the end of next month, provided that a dialogue committee completes its work and chooses a new Presidential Council and prime minister.

He said the political climate had become so polarised that every attempt at a settlement had run into obstacles, and he blamed unnamed parties for betting on war. He said he would support any understanding reached by Libyans that leads to elections.

The announcement comes after weeks of protests in Tripoli and other western cities over power cuts, water shortages and corruption, and after open tensions within the GNA. In late August, Sarraj suspended his powerful interior minister, Fathi Bashagha, pending an investigation linked to the handling of protests, before reinstating him days later.

It also comes as rival Libyan delegations discuss power-sharing arrangements. Talks between the two legislative bodies in the Moroccan town of Bouznika last week ended with both sides announcing understandings on how to fill key state posts.

The GNA was formed under the 2015 Skhirat agreement, and Sarraj, a former architect and Tripoli lawmaker, has led the Presidential Council since it arrived in the capital in March 2016.

The U.N.-recognised government and the eastern camp have been locked in a power struggle since 2014. Turkey backs the Tripoli government; the United Arab Emirates, Egypt and Russia have supported Haftar. A Berlin summit in January committed foreign powers to respect a U.N. arms embargo, a pledge U.N. experts say has been widely ignored.

Eastern commander Khalifa Haftar's 14-month offensive on Tripoli collapsed in June after Turkey increased military support for the GNA. Haftar's forces and their allies now hold a line around Sirte and Jufra.

Libya has been in turmoil since the 2011 uprising that toppled Muammar Gaddafi.""" ))
A.append(dict(group="sarraj_announces_step_down_2020_09_16", published="2020-09-17", outlet="The Northern Chronicle",
title="Sarraj's exit pledge opens a new scramble for power in Tripoli",
text="""By our North Africa correspondent

Fayez al-Serraj has never looked comfortable in power. The soft-spoken architect who was brought into Tripoli by boat in March 2016 to lead a government of national accord spent much of the next four years presiding over a capital run by armed groups, and the last eighteen months watching it shelled. On Wednesday night he told Libyans, in a short televised speech, that he wanted to hand over his duties to a new executive no later than the end of October.

The announcement was hedged. Serraj said he would step aside once a dialogue committee had picked a new Presidential Council and prime minister, which diplomats say could take far longer than six weeks. But the message was clear enough, and in Tripoli it was received as the opening shot in a contest to replace him.

Several factors appear to have pushed him. Since August 23 young people have been protesting in Tripoli, Misrata and Zawiya over blackouts that last for much of the day, a collapsing dinar and unpaid salaries. The government's response, which included armed men firing on crowds near the prime minister's office, drew condemnation from the United Nations. Serraj then suspended his interior minister, Fathi Bashagha, a Misratan with his own ambitions, only to reinstate him a week later after a show of support for the minister in his home city.

Abroad, the ground was also shifting. Egypt, the United Arab Emirates and Russia, which backed Khalifa Haftar's failed assault on the capital, have quietly turned to other eastern figures, notably the parliamentary speaker, Aguila Saleh. On August 21 Serraj and Saleh issued parallel statements calling for a ceasefire and elections. Earlier this month, envoys from the two legislatures met in Bouznika, Morocco, and said they had agreed criteria for sharing out the leadership of the central bank and other institutions.

The United Nations, which has been run in Libya by its acting envoy Stephanie Williams since Ghassan Salame resigned in March, is preparing a wider political forum. A spokesman for the mission said it took note of the prime minister's statement.

For Turkey, which sent drones, air defences and Syrian fighters to save Tripoli this spring and signed maritime and military accords with Serraj last November, the news is unwelcome. Ankara has invested heavily in a relationship with one man, and his successor may not feel bound by all of its terms.

Libyan analysts cautioned against reading too much into the date. "He has tied his departure to a process he does not control," one Tripoli-based researcher said. "If the talks fail, he is still the recognised prime minister on November 1."

Still, the speech marks the end of an era of sorts. Serraj's Presidential Council was conceived at Skhirat in December 2015 as a bridge between east and west. It never won the endorsement of the House of Representatives in Tobruk, and in the east Abdullah al-Thinni's rival cabinet has continued to govern in Haftar's shadow. That government, too, offered its resignation on Sunday after protesters set fire to its offices in Benghazi.

Both of Libya's governments are now, in theory, on their way out. Whether anything more coherent replaces them is the question hanging over the talks ahead.""" ))
