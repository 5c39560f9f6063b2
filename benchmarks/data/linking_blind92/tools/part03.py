G = "gna_captures_al_watiya_air_base_2020_05_18"
ARTICLES = [
dict(group=G, published="2020-05-18", outlet="The Tripoli Sentinel",
title="Volcano of Rage forces liberate al-Watiya airbase",
text="""Forces of the Government of National Accord (GNA) on Monday took full control of al-Watiya airbase in western Libya, ending more than five years of its use by Haftar's militias as a launching pad for attacks on the western coast and the capital.

The media office of the Volcano of Rage operation said its units entered the base in the early hours after a siege of several weeks, and published footage of fighters walking past abandoned aircraft shelters and armoured vehicles. The spokesman of the GNA army, Colonel Mohammed Gnunu, said the base was "liberated" and that the forces were now securing its perimeter and clearing mines.

Prime Minister Fayez al-Sarraj congratulated the army in a televised statement and said the victory "is not the end of the battle" but a step toward ending the aggression on Tripoli, which began on April 4 last year. He renewed his call on those still fighting with Haftar to lay down their arms.

Al-Watiya, about 140 kilometres southwest of Tripoli near the Tunisian border, is one of the largest airbases in the country and had been the main rear base for the attackers in the west. Its fall comes five weeks after GNA forces seized a string of coastal towns including Sorman and Sabratha.

Military sources said a Russian-made Pantsir air defence system was captured intact at the base, while others were destroyed by air strikes over the past days. The army said it had also struck supply convoys heading from al-Watiya toward Tarhuna.

Residents of Zintan and Nalut welcomed the news, and celebratory gunfire was heard in parts of Tripoli after the announcement."""),
dict(group=G, published="2020-05-19", outlet="BSN English",
title="Libyan army seizes strategic al-Watiya air base from Haftar militias",
text="""TRIPOLI - The Libyan army affiliated with the UN-recognised Government of National Accord (GNA) has seized control of the strategic al-Watiya air base from militias loyal to putschist Khalifa Haftar.

In a statement on Monday, the army said its forces had liberated the base, located around 140 km southwest of the capital Tripoli, after an intense operation.

President Recep Tayyip Erdogan held a phone call with GNA Prime Minister Fayez al-Sarraj on Monday, the Turkish Communications Directorate said. Erdogan stressed that Turkey would continue to stand by the legitimate government, the statement said.

Defence Minister Hulusi Akar, speaking at a meeting in Ankara, said Turkey's training, assistance and consultancy support to Libya was continuing. "Haftar's militias and their supporters have been dealt a serious blow," Akar said.

Last week, the army destroyed several Pantsir air defence systems provided to Haftar by his foreign backers, according to army spokesman Mohammed Qanunu.

In March, the GNA launched Operation Peace Storm to counter attacks on the capital. The army has since recaptured a number of strategic coastal cities including Sabratha, Surman, Al-Ajaylat, Zalton and Rigdalin.

The GNA has been under attack by Haftar's forces since April 2019, with more than 1,000 people killed in the violence. Haftar has also been accused of violating a ceasefire brokered in Moscow in January and agreed at the Berlin conference.

Turkey and Libya signed a security and military cooperation agreement in November 2019, and the Turkish parliament authorised the deployment of troops in early January.

[ad_1]
Share this:
Facebook
Twitter
Telegram"""),
dict(group=G, published="2020-05-19", outlet="Gulf Horizon Daily",
title="Libyan National Army repositions forces away from Al Watiya under Turkish drone barrage",
text="""Benghazi: The Libyan National Army (LNA) said on Monday that its units at Al Watiya airbase had been redeployed as part of a "tactical" plan, after days of intensive strikes by Turkish drones which the army said targeted its air defences and supply lines.

LNA spokesman Major General Ahmed Al Mesmari said the withdrawal from the base, in Libya's west, was carried out "in accordance with a plan" that took into account the safety of soldiers, adding that the base had been subjected to more than 60 drone strikes in recent days. He said Turkish operators were running the drones from Mitiga and from the Misrata air college.

"The battle is not against militias alone; it is against Turkey directly, with its aircraft, its officers and the mercenaries it has brought from Syria," Al Mesmari said in a televised briefing.

Pro-government militias in Tripoli, backed by Turkish military advisers and Syrian mercenaries, entered the base on Monday morning and posted videos from inside the compound.

Analysts said the loss of the base will affect LNA operations in the western mountain region, but noted that the army still holds the frontlines south of Tripoli as well as Tarhuna.

The Arab coalition of Egypt, the UAE, Saudi Arabia and France has repeatedly warned against Turkey's interference in Libya, which has seen Ankara send thousands of Syrian fighters and weapons in violation of the UN arms embargo, according to UN experts.

Earlier this month, the LNA warned that Turkish positions and interests in Libya would be considered legitimate targets, and its air force commander said the army would launch the largest air campaign in Libyan history.

Cookie Policy: This website uses cookies to improve your experience. By continuing to browse you agree to our use of cookies. ACCEPT"""),
dict(group=G, published="2020-05-20", outlet="Aegis Defence Review",
title="Analysis: Al-Watiya's fall shows the weight of Turkish drones and electronic warfare in western Libya",
text="""By Tomas Reinholt

The capture of al-Watiya air base by forces loyal to Libya's Government of National Accord (GNA) on 18 May is the most visible result so far of Turkey's military intervention, which began after the Turkish parliament authorised a deployment in January.

The base, some 140 km southwest of Tripoli, had given the Libyan National Army (LNA) of Khalifa Haftar its only significant air facility in the far west. From there, the LNA could support its forces in the coastal strip and project airpower toward Zuwara and the Tunisian border. Without it, LNA aircraft need to fly from Jufra or further east to reach the Tripoli front.

What changed in the spring was the density of Turkish systems deployed around Tripoli and Misrata. According to open-source imagery and statements from both sides, Bayraktar TB2 unmanned aerial vehicles (UAVs), supported by Koral electronic warfare systems and medium-range air defence around Mitiga and Misrata, were able to operate for longer periods over LNA lines. In the week before the fall of the base, the GNA released videos that appeared to show strikes on Pantsir-S1 air defence systems, reportedly supplied to the LNA via the United Arab Emirates. At least one Pantsir was displayed by GNA fighters after the base was taken, and its photos were shared widely.

The LNA lost a significant number of its own Chinese-made Wing Loong drones in the same period, and some of its Pantsirs were apparently hit while not fully operational or while on the move. Analysts caution against reading too much into videos released for propaganda purposes, but the pattern is consistent: the LNA's air defence umbrella in the west was stripped away before ground units moved in.

Turkish officials have avoided giving details of the deployment. Ankara describes its role as training, assistance and consultancy under the November 2019 security memorandum. Several hundred Turkish military personnel are believed to be in Libya, alongside thousands of Syrian fighters whose presence has been documented by monitoring groups.

The question now is whether Turkey will move its own assets into al-Watiya. A permanent Turkish presence there, possibly combined with naval access at Misrata, would give Ankara a lasting foothold in the central Mediterranean. Any such move would be watched closely in Cairo, Abu Dhabi and Paris, as well as in Moscow, whose contractors are still on the Tripoli front.

For the LNA, the immediate problem is Tarhuna, its main supply hub southeast of Tripoli, which is now exposed. If it falls, Haftar's 13-month campaign against the capital is likely to collapse."""),
]
