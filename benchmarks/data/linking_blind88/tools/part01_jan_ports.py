G = "haftar_forces_blockade_eastern_oil_ports_2020_01_18"

ARTICLES = [
dict(group=G, published="2020-01-18", outlet="Meridian Wire Service",
title="Libya's NOC declares force majeure as Haftar-aligned forces shut eastern oil ports",
text="""
TRIPOLI/BENGHAZI (MWS) - Libya's National Oil Corporation (NOC) declared force majeure on Saturday on crude loadings from five eastern export terminals after forces loyal to commander Khalifa Haftar ordered them closed, a move the state firm said would cut roughly 800,000 barrels per day from the country's output on the eve of a peace summit in Berlin.

The shutdown covers Brega, Ras Lanuf, Hariga, Zueitina and Es Sider, the outlets for most of the crude pumped from fields in the Sirte basin and the east. The NOC said the instruction to stop exports was passed to the management of its subsidiaries Sirte Oil Company, Harouge, Waha, Zueitina Oil Company and the Arabian Gulf Oil Company (AGOCO) by the general command of Haftar's Libyan National Army (LNA) and by Petroleum Facilities Guard (PFG) units in the centre and east of the country.

In its statement the corporation named two officers as the source of the orders: Major General Naji al-Moghrabi, whom the LNA appointed to head the PFG, and Colonel Ali al-Jilani of the LNA's operations room for the greater Sirte area.

The NOC put the cost of the stoppage at about $55 million a day in lost revenue. Output had been running at about 1.2 million bpd in recent weeks, according to NOC figures, though some officials have put it closer to 1.3 million.

The closures began on Friday, when a crowd of tribesmen and local figures entered the Zueitina terminal near Ajdabiya and announced that every port under LNA control would be shut. Tribal leaders close to Haftar had called for the move earlier in the week, accusing the Tripoli government of using oil money to pay armed groups and to finance the arrival of Turkish troops and Syrian fighters.

LNA spokesman Ahmed al-Mismari told a Gulf-based television channel that the closures were the decision of the Libyan people rather than of the army.

The NOC had warned on Friday that a shutdown would have serious and far-reaching consequences for the economy and for the public finances, which depend almost entirely on crude sales. Oil revenue is paid into the central bank in Tripoli, which funds public salaries in both halves of the country.

The U.N. Support Mission in Libya (UNSMIL) said it was deeply concerned by attempts to disrupt production, warning of devastating consequences for ordinary Libyans and for an economy already in poor shape. It urged all sides to show maximum restraint while international talks continue.

Libya has been divided since 2014 between rival administrations in Tripoli and the east. Haftar's LNA launched an offensive on Tripoli, seat of the internationally recognised Government of National Accord (GNA), in April 2019. The LNA is backed by the United Arab Emirates and Egypt and has been joined on the front line by Russian private military contractors; Turkey began deploying troops to support the GNA this month.

Haftar and GNA Prime Minister Fayez al-Serraj are both expected in Berlin on Sunday, where the leaders of Russia, Turkey and France will join a U.N.-backed effort to shore up a fragile truce that has largely held around Tripoli since Jan. 12. Diplomats said a draft of the summit's final declaration reaffirms the NOC as the only entity entitled to sell Libyan oil.

(Reporting by Karim Belhadj in Tunis and Salem Omran in Benghazi; Writing by Tom Ashworth; Editing by Clare Redding)
"""),

dict(group=G, published="2020-01-18", outlet="Bosphorus News Agency",
title="Haftar militias choke Libyan oil exports a day before Berlin conference",
text="""
TRIPOLI, Libya (BNA) - Militias loyal to putschist general Khalifa Haftar on Saturday blocked oil exports from Libya's main eastern ports, forcing the country's state oil company to declare force majeure one day before world leaders gather in Berlin to discuss the Libyan crisis.

The Tripoli-based National Oil Corporation (NOC) said in a statement that Haftar's command and the oil facilities guard units under his control ordered the halt of exports from the ports of Brega, Ras Lanuf, Hariga, Zueitina and Sidra.

According to the NOC, the blockade will reduce Libya's crude production by 800,000 barrels per day and cost the country some $55 million every day.

The closures were carried out under the cover of tribal "protests" organized in areas controlled by Haftar's militias. On Friday, groups of men entered the Zueitina oil terminal and declared all terminals in the east closed, claiming that oil revenues were being used by the UN-recognized Government of National Accord (GNA) to defend Tripoli.

Libyan officials in Tripoli condemned the move as an attempt to blackmail the international community and to punish the Libyan people, whose salaries and basic services depend on oil income.

The United Nations Support Mission in Libya (UNSMIL) also voiced deep concern, warning that halting production would have devastating consequences for Libyans and for the country's already deteriorated economic situation.

The blockade comes as Haftar continues to resist international efforts for a lasting ceasefire. Earlier this week, Haftar left Moscow without signing a ceasefire agreement that was signed by GNA head Fayez al-Sarraj at talks hosted by Turkey and Russia. A truce called for by President Recep Tayyip Erdogan and Russian President Vladimir Putin has been in effect since Jan. 12 but has been repeatedly violated by Haftar's forces, according to the GNA.

Erdogan, who will attend the Berlin meeting, said in an article published on Saturday that Europe would face new threats, including terrorism and irregular migration, if the legitimate government in Tripoli were to fall, and urged the EU to support Turkey's efforts for peace.

Erdogan and Putin jointly called for a ceasefire in Libya when they met in Istanbul on Jan. 8, and both the GNA and Haftar's side announced that they would observe it from Jan. 12.

Earlier this month the Turkish Grand National Assembly approved a motion allowing the deployment of troops to Libya at the request of the GNA, under the security and military cooperation memorandum signed between Ankara and Tripoli in November.

The legitimate government in Tripoli has been under attack by Haftar's forces since April 2019, and more than 1,000 people have been killed in the fighting. Haftar is backed by the United Arab Emirates, Egypt and mercenaries from Russia's Wagner group and from Sudan.

*Writing by Ahmet Yildirim

Related news
- Erdogan: Turkey will not leave Libyan brothers alone
- Haftar leaves Moscow without signing ceasefire deal
- GNA accepts Turkish offer of military support
"""),

dict(group=G, published="2020-01-19", outlet="The Continental Review",
title="Haftar turns off the oil as Libya's backers gather in Berlin",
text="""
By Harriet Sloane, North Africa Correspondent, Tunis

Libya's eastern commander Khalifa Haftar has played the strongest card in his hand. On Saturday, hours before the leaders of a dozen countries flew into Berlin to try to end the war he began last April, forces loyal to him shut the five export terminals on the country's eastern coast, and the state oil company declared force majeure on everything that passes through them.

The National Oil Corporation, which is based in Tripoli but has managed to keep pumping oil on both sides of the front line through years of division, said the closures of Brega, Ras Lanuf, Hariga, Zueitina and Es Sider would remove about 800,000 barrels a day from a national output of roughly 1.2 million, and cost the Treasury around $55 million a day. It did not hide where it thought the orders came from: its statement named the officer Haftar installed at the head of the Petroleum Facilities Guard, Naji al-Moghrabi, and a colonel in the Libyan National Army's Sirte operations room.

Haftar's camp insists this is nothing to do with the army. The LNA's spokesman, Ahmed al-Mismari, described the shutdown as a popular decision, and the first act did look like a protest: on Friday a crowd of tribesmen walked into the Zueitina terminal and announced that the ports were closed until oil money stopped flowing to what they called militias and mercenaries in Tripoli. Few in the industry believe the guards at the terminals would have stood aside without instructions from Benghazi.

By Sunday morning the blockade had spread south. The NOC said guards under LNA command had shut the pipeline from the Hamada pumping station that carries crude from the Sharara and El Feel fields in the south-west to the coast, forcing the two fields to begin closing. If nothing changes, the corporation warned, national output could fall to 72,000 barrels a day within days, the lowest level since the 2011 uprising against Muammar Gaddafi.

The timing was pointed. The Berlin conference, months in the planning, was designed to commit the outside powers feeding the war - Turkey on one side, the United Arab Emirates, Egypt and Russia on the other - to stop sending weapons and fighters, and to turn a week-old truce around Tripoli into a lasting ceasefire. Diplomats said the draft final text restates that the NOC is the sole legitimate seller of Libyan crude and calls on all parties to refrain from hostilities against oil facilities. Within hours of the text circulating, the main oil facilities were no longer working.

Oil has been a weapon in Libya before. Between 2013 and 2016 a militia leader, Ibrahim Jadhran, held the same eastern terminals and tried to sell crude on his own account; exports collapsed. Haftar's forces took the so-called oil crescent from him in September 2016 and, to the relief of Western governments, handed the ports back to the NOC. In June 2018, after Jadhran briefly retook Ras Lanuf and Es Sider, Haftar announced he would give them to a rival, eastern-based oil company instead. He backed down within weeks under heavy American pressure, because buyers would not touch cargoes sold outside the Tripoli corporation.

This time the grievance is the same, but the stakes are higher. The eastern administration has long complained that revenue paid into the Central Bank of Libya in Tripoli is spent on the west, and that the bank's governor, Sadiq al-Kabir, is in effect funding the government of Fayez al-Serraj and the militias defending the capital. The GNA replies that the bank pays salaries across the whole country, including to many of Haftar's own soldiers. The central bank itself has been split since 2014, with a parallel branch in the east.

What has changed is the arrival of Turkey. Ankara signed a military cooperation agreement and a contested maritime boundary deal with Serraj in November and its parliament approved sending troops at the start of this month. Haftar's allies in the tribal councils explicitly linked the port closures to Turkish deployment, saying Libyan oil would not pay for what they called a new occupation. Haftar has had help from Russian contractors linked to the Wagner group since last autumn, and from Emirati drones.

Sunday's summit brought together Angela Merkel, Vladimir Putin, Recep Tayyip Erdogan and Emmanuel Macron, along with the US Secretary of State, Mike Pompeo. Neither Haftar nor Serraj was expected to sit at the main table, and the two men have refused to meet. Serraj, in an interview published on Sunday, said an international protection force under UN auspices might be needed if Haftar resumed his offensive.

For Libyans the blockade will be felt quickly. The NOC keeps the lights on as well as the budget: gas from the same fields feeds power stations, and the Zawiya refinery depends on Sharara crude. How long the state can keep paying salaries from reserves without fresh oil income is a question nobody in Tripoli was willing to answer on Sunday.

The United Nations mission in Libya said it was deeply concerned by the attempts to halt production and warned of devastating consequences. Washington has in the past moved fast to stop any attempt to export oil outside NOC control. Whether it can persuade Haftar to reopen ports he now claims to have no authority over is a different question.
"""),

dict(group=G, published="2020-01-18", outlet="PakNews Point",
title="Libyan National Oil Corporation Declares Force Majeure After LNA Blocks Exports From Five Ports",
text="""
[ad_1]

Fahad Zaheer 3 minutes ago Sat 18th January 2020 | 09:47 PM

TRIPOLI, (PakNews Point / RNI - 18th January, 2020) Libya's National Oil Corporation (NOC) declared force majeure on Saturday, saying that forces of the Libyan National Army (LNA) had started blocking oil exports from five ports in the east of the country.

In a message posted on social media, the corporation said it was declaring force majeure because the LNA had blocked exports from the ports of Brega, Ras Lanuf, Hariga, Zueitina and Sidra.

According to the NOC, the blockade will lead to a drop in crude production of 800,000 barrels per day and financial losses of around $55 million per day.

On Friday, the corporation warned that the closure of oil terminals would have grave consequences for the national economy, after protesters reportedly entered the Zueitina port.

A number of tribal elders and public figures close to LNA commander Field Marshal Khalifa Haftar had earlier called for the oil terminals to be closed to protest the deployment of Turkish troops in support of the Tripoli-based Government of National Accord (GNA).

An international conference on Libya will be held in Berlin on Sunday.

Related Stories
Pakistan Welcomes Libya Ceasefire, Calls For Dialogue
Russia, Turkey Urge Libyan Sides To Honour Truce - Lavrov
Oil Prices Rise On Libya Supply Concerns
"""),
]
