G = "lna_detains_six_turkish_sailors_2019_06_30"

ARTICLES = [
dict(group=G, published="2019-06-30", outlet="Levant Wire Service",
title="Turkey warns Haftar forces will be 'legitimate targets' after six Turks detained in Libya",
text="""ANKARA (LWS) - Turkey said on Sunday that forces loyal to eastern Libyan commander Khalifa Haftar had detained six Turkish citizens, and warned that his fighters would become legitimate targets unless the men were freed at once.

The foreign ministry in Ankara said in a written statement that it expected the six to be released "immediately" and that any hostile act against Turkish interests in Libya would bring a response. It did not say where the men were being held or what work they did.

Earlier on Sunday, local officials in the eastern town of Ajdabiya, which is held by Haftar's self-styled Libyan National Army (LNA), had said that two Turkish nationals were picked up there. Turkish broadcasters later described all six detainees as merchant sailors. The defence ministry denied reports in pro-Haftar media that any of them were military personnel.

The detentions came two days after LNA spokesman Ahmed al-Mismari said Haftar had ordered his air force to target Turkish ships in Libyan waters, declared Turkish companies and "strategic sites" in the country to be hostile, and banned commercial flights between Libya and Turkey. The LNA accuses Ankara of supplying armed drones and armoured vehicles to the internationally recognised Government of National Accord (GNA) in Tripoli, in breach of a U.N. arms embargo.

The escalation followed a serious setback for Haftar last Wednesday, when GNA-aligned fighters seized the town of Gharyan, about 100 km (60 miles) south of Tripoli. The LNA had used Gharyan as its main forward base since it launched its offensive on the capital on April 4.

Turkish President Tayyip Erdogan said on June 20 that Turkey had provided weapons to the Tripoli government under a military cooperation agreement, and that the supplies had allowed it to rebalance the war. In May, a cargo ship unloaded dozens of Turkish-made armoured vehicles at Tripoli port, images of which circulated widely on social media.

The LNA also said on Sunday that it had destroyed a Turkish drone on the ground at Mitiga, Tripoli's only functioning airport. There was no independent confirmation, and GNA officials did not immediately comment.

The fighting around Tripoli since April has killed more than 700 people and displaced nearly 100,000, according to the World Health Organization and U.N. agencies.

Turkey's embassy in Tripoli advised Turkish citizens to avoid any travel that could put them at risk in areas under Haftar's control.

Libya has been in turmoil since a NATO-backed uprising toppled Muammar Gaddafi in 2011. Since 2014 the country has been split between rival administrations in Tripoli and the east, each backed by its own patchwork of armed groups and foreign allies. Turkey and Qatar support the Tripoli government, while the United Arab Emirates and Egypt back Haftar.

(Reporting by Selin Arkan in Ankara and Omar Belkheir in Tunis; Writing by Tom Hadley; Editing by Mark Oduya)"""),

dict(group=G, published="2019-07-01", outlet="Anatolia Daily Herald",
title="Six Turkish sailors held by Haftar militia released",
text="""ANKARA

Six Turkish sailors who were detained in Libya by illegal armed groups loyal to eastern-based warlord Khalifa Haftar have been released, Turkish diplomatic sources said on Monday.

The sailors went back to their ship and will continue working there of their own free will, the sources said, adding that none of them wished to return to Turkey for the time being.

The release came only hours after Vice President Fuat Oktay said those responsible would become a legitimate target and would face severe consequences if the Turkish citizens were not freed without delay.

On Sunday, the Turkish Foreign Ministry had called on the Haftar militia to release the six, warning that Haftar elements would otherwise be treated as legitimate targets.

Defense Ministry sources stressed that there were no military personnel among the detainees, rejecting claims circulated by media close to Haftar.

According to information obtained by our correspondent, the sailors were working on a commercial vessel owned by a Libyan businessman and were held in the Ajdabiya region in the east of the country. Contacts carried out through several channels, including local notables, played a role in securing their release, the sources said.

On Friday, Haftar's spokesman Ahmed al-Mismari announced a ban on commercial flights from Libya to Turkey and said Haftar had ordered his forces to attack Turkish ships and interests in the country. The Turkish Embassy in Tripoli later urged Turkish citizens to avoid any steps that could put their safety at risk in areas controlled by the militia.

The threats came after Haftar's forces suffered a heavy defeat in Gharyan, their main logistics hub south of the capital, which was recaptured by the army of the legitimate government on June 26.

Security officials in Ankara held a series of meetings on Sunday and Monday to review the situation of Turkish nationals and companies in Libya, according to the sources.

Speaking to reporters on June 20, President Recep Tayyip Erdogan said Turkey had a military cooperation agreement with the legitimate government in Tripoli and would continue to provide whatever support it needed, adding that the support had helped to restore balance on the ground.

The Gharyan operation, in which GNA forces took back the town in a single day, was the biggest setback for Haftar's forces since they began their advance on the capital. GNA officials said they found US-made Javelin missiles and Chinese-made munitions left behind by Haftar's fighters in the town.

Libya's internationally recognized Government of National Accord (GNA), formed in 2015 under a UN-brokered political agreement, has been fighting off an assault on Tripoli launched by Haftar's forces in early April. Hundreds of people, including many civilians, have been killed and tens of thousands displaced in the fighting, according to UN figures.

Turkey has repeatedly said it supports the legitimate government in Tripoli and a political solution under UN auspices.

Reporting by Mehmet Tuncel"""),

dict(group=G, published="2019-07-01", outlet="Nile Gazette",
title="Libyan Army frees Turkish crew held in Ajdabiya as Ankara issues threats",
text="""Home \u00bb Arab World \u00bb Libya

Libyan Army frees Turkish crew held in Ajdabiya as Ankara issues threats

By Nile Gazette Staff
Monday, 01 July 2019 - 03:15 PM

Sources in the Libyan National Army (LNA) said on Monday that a group of Turkish crew members held in the eastern city of Ajdabiya had been released after "completing the necessary procedures", hours after Ankara threatened to strike army positions.

The sources said the Turks, whose number was put at six by the Turkish side, had been stopped for questioning in line with the General Command's recent instructions concerning Turkish nationals and vessels. They were released in the Ajdabiya area and returned to their ship.

On Sunday evening, LNA spokesman Major General Ahmed al-Mismari told reporters that he had no information about the detention of any Turkish citizens, while local officials in Ajdabiya had earlier spoken of two Turks being held.

[Photo: LNA spokesman Ahmed al-Mismari during a press briefing in Benghazi. Archive]

The Turkish government had said that Field Marshal Khalifa Haftar's forces would become "legitimate targets" if its nationals were not freed, in what observers in Benghazi described as open interference in Libyan affairs.

On Friday the General Command announced that Turkish ships in Libyan waters would be treated as hostile, that Turkish companies and projects would be considered legitimate targets, and that flights to Turkish airports were suspended. Al-Mismari has repeatedly accused Turkey of operating drones against army units from Mitiga airport.

The army said on Sunday that its air force destroyed a Turkish-made drone at Mitiga, and it announced a general mobilization. On Monday an LNA air force commander, Mohamed Manfour, said heavy air strikes would be launched against targets in Tripoli now that "traditional means" had been exhausted.

The tension follows the fall of Gharyan to militias loyal to Fayez al-Sarraj's Presidential Council last Wednesday, with what the army described as direct Turkish support. The LNA launched its operation to liberate Tripoli from militias and terrorist groups on April 4.

In May, footage of a ship named Amazon unloading dozens of Turkish-made armoured vehicles at Tripoli port was widely circulated, in what the army described as flagrant proof of Ankara's involvement. Turkish President Recep Tayyip Erdogan later acknowledged that his country was supplying the Tripoli government under a military cooperation agreement.

Egyptian and Arab political circles have long warned against Ankara's role in supplying weapons, armoured vehicles and drones to Tripoli militias in violation of the UN arms embargo.

Share this:
Facebook
Twitter
WhatsApp

Related
Al-Mismari: Turkish drones operating from Mitiga and Misrata
Libyan Army declares general mobilization after Gharyan events
Cairo reaffirms support for Libyan National Army in fight against terrorism

Exit mobile version"""),
]
