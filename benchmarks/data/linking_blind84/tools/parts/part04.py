G7 = "lna_says_downs_turkish_drone_landing_at_mitiga_2019_09_01"
G8 = "lna_says_destroys_turkish_drone_at_mitiga_base_2019_09_26"

ARTICLES = [
dict(group=G7, published="2019-09-01", outlet="Gulf Horizon News",
title="Libyan army downs Turkish drone as it tried to land at Mitiga after raid south of Tripoli",
text=r"""Libyan army downs Turkish drone as it tried to land at Mitiga after raid south of Tripoli

Abu Dhabi - Gulf Horizon News

The Libyan National Army (LNA) said on Sunday that it had shot down a Turkish drone as it was attempting to land at Mitiga airport in Tripoli, shortly after the aircraft carried out a strike on army positions in the Wadi al-Rabie area south of the capital.

According to the army, the drone's raid on Wadi al-Rabie killed four people. The army said its air defences tracked the aircraft back to its base and brought it down as it approached the runway.

Major General al-Mabrouk al-Ghazawi, commander of the Western Region Operations Group of the General Command, separately condemned the shelling of Mitiga airport earlier on Sunday and denied that the army's air force had anything to do with it.

Al-Ghazawi said a regular army had nothing to gain from lobbing mortar rounds and rockets at a civilian airport, and accused militias loyal to the Government of National Accord (GNA) of shelling Mitiga themselves so that the army would be blamed.

Rockets hit the airport at dawn, coinciding with the arrival of a flight carrying pilgrims returning from Hajj. An aircraft on the runway was damaged and members of its crew were hurt while leaving the plane, according to the UN mission, and flights were suspended and diverted to Misrata.

The UN Support Mission in Libya said four projectiles struck the civilian parts of the airport, and that the attack was the seventh on Mitiga since the end of July. The Government of National Accord blamed the army for the shelling.

Sources close to the General Command suggested to Gulf Horizon News that whoever fired on the airport had deliberately chosen the moment the pilgrims were landing, hoping to damage the army's standing abroad.

The army has long accused the GNA of using the military section of Mitiga, a former air base, as a launch pad for Turkish drones and as a storage site for weapons shipped from Turkey. It said in June that it had destroyed several Turkish drones at the base, including one that was hit as it was taking off on June 30.

Turkey, which signed a military cooperation agreement with the GNA, has acknowledged supplying it with weapons. Relations between Ankara and the General Command have been openly hostile since the army declared Turkish interests in Libya legitimate targets in late June.

The drone war over Tripoli has intensified over the summer. In July and August, the army's air force struck the Air College in Misrata twice and bombed hangars at Zuwara airport that it said housed Turkish drones. The Government of National Accord says the army's own strikes are carried out by drones supplied by the UAE, an accusation Abu Dhabi has not addressed publicly.

The Libyan National Army has been fighting since April 4 to liberate Tripoli from the armed groups that control it.

[ad_2]

Source link"""),

dict(group=G7, published="2019-09-02", outlet="Al-Mashhad al-Arabi",
title="The army announces shooting down a Turkish drone during its landing in Mitiga",
text=r"""The army announces shooting down a Turkish drone during its landing in Mitiga

Al-Mashhad al-Arabi - Benghazi - Monday 2 September 2019

The Libyan National Army announced yesterday Sunday the shooting down of a Turkish drone while it was trying to land at Mitiga International Airport in Tripoli, after it targeted sites of the army and civilian facilities in the region of Wadi al-Rabie south of the capital.

The army said in a statement that the drone killed four people in its raid on Wadi al-Rabie before it returned to the airport, where it was hit by the air defences.

And in another side, Major General al-Mabrouk al-Ghazawi, who leads the operations of the western region for the General Command, said that the army has no relation with the shells which fell on Mitiga at dawn yesterday, and he considered that the militias of the Accord are the ones who fired them so that the army carries the responsibility.

It is worth mentioning that a number of shells fell yesterday at dawn on Mitiga airport, which coincided with the arrival of a plane carrying pilgrims coming from the Holy Lands, and led to damage in the plane and the injury of members of its crew, and to the suspension of navigation and the transfer of flights to the airport of Misrata.

And the United Nations Support Mission in Libya condemned in the strongest terms the attack, and said that four projectiles hit the civilian parts of the airport, and that this is the seventh time since the end of July that the airport is subjected to indiscriminate shelling, and it said that it documents the incident to transfer it to the International Criminal Court.

And the administration of Mitiga airport announced the suspension of flights until further notice, and said that the flights will be transferred to the airport of Misrata, about 200 kilometers east of the capital, which caused the stranding of hundreds of travellers.

For its part, the Government of National Accord held the forces of Haftar responsible for the shelling and described it as a "terrorist attack".

It is also worth mentioning that the army had announced at the end of last June the destruction of a Turkish drone on the runway of Mitiga during its take-off, and declared at the time Turkish companies and ships legitimate targets, and accuses Turkey of supervising the operation of the drones from the military section of the airport.

And the army had also targeted during the months of July and August the Air College in Misrata and the airport of Zuwara, and said that it destroyed hangars and control rooms of the Turkish drones, while the government of al-Wefaq said that the damages were limited."""),

dict(group=G8, published="2019-09-26", outlet="Volga News Agency",
title="Libyan National Army says destroyed Turkish drone at Tripoli's Mitiga airbase",
text=r"""MOSCOW, September 26 (VNA) - The Libyan National Army (LNA) led by Field Marshal Khalifa Haftar said on Thursday it had destroyed a Turkish drone at the Mitiga airbase in Tripoli in an overnight air raid.

In a Facebook post, the LNA's war information division said its jets had bombed the military part of the Mitiga base, wrecking a Turkish unmanned aircraft together with depots and sites it said were used to run military operations.

According to the statement, it was the second Turkish drone destroyed in the Tripoli area in less than 24 hours. Earlier, LNA air defences on the frontlines south of the capital shot down another drone, the LNA said.

The Government of National Accord (GNA), which controls Tripoli, has repeatedly denied that Mitiga, the only functioning airport in the capital, is being used for military purposes.

Last month, the LNA said it had struck hangars housing Turkish drones at the airport of Zuwara and facilities at the air college in Misrata. Earlier in September, the LNA claimed that it had shot down a Turkish drone as it was attempting to land at Mitiga.

Tensions between Ankara and the LNA escalated in late June, when the LNA ordered strikes on Turkish ships and companies in Libya and said it had destroyed a Turkish drone at the same airport.

Since the overthrow and killing of Muammar Gaddafi in 2011, Libya has been gripped by conflict. The country is now divided between the GNA in the west and the LNA-backed administration in the east."""),

dict(group=G8, published="2019-09-26", outlet="Nile Gazette",
title="Libyan army destroys second Turkish drone in 24 hours, this time inside Mitiga base",
text=r"""Libyan army destroys second Turkish drone in 24 hours, this time inside Mitiga base

Cairo - Nile Gazette
Thursday 26 September 2019

The Libyan Air Force destroyed late on Wednesday a Turkish drone inside the military section of Mitiga base in the capital Tripoli, the war information division of the Libyan National Army (LNA) announced, hours after the army's ground air defences shot down another Turkish drone over the combat zones south of the capital.

The division said the fighter jets of the air force launched raids on Mitiga base that destroyed the drone, along with stores and sites used for military operations. It said the raids were carried out after accurate intelligence on the movements of the aircraft.

This is the second Turkish drone to be destroyed in Tripoli in less than 24 hours. The army said earlier on Wednesday that its air defence units had downed a drone over the axes south of the capital, where heavy fighting has been raging for more than a week.

The army says Turkish drones flying from Mitiga have repeatedly bombed its units and residential areas in Tarhuna and Warshefana. According to military sources, the air force has knocked out at least eight of the Turkish aircraft since the Tripoli operation started in April, and has also hit a drone control room and its antennas.

Earlier this month, the army said it had downed a Turkish drone while it was trying to land on the runway of Mitiga, after it carried out a raid on Wadi al-Rabie.

The Government of National Accord did not comment on the army's statement. Its officials have repeatedly denied that Mitiga is used for military purposes and accuse the army of targeting the only airport available to the residents of the capital.

Mitiga has served as the capital's civilian gateway only since the summer of 2014, when fighting between rival militias wrecked Tripoli International Airport; before that it was an air force base. The army says the GNA hides military activity behind the civilian terminal and flies the drones that protect its militias from the base's eastern side.

Air traffic at Mitiga has been halted several times since April because of the fighting, and flights have been diverted to the airport of Misrata, which the army also accuses of hosting Turkish drones.

The army's air defences also announced in mid-September the downing of Turkish drones near al-Jufra air base, after they took off from Misrata, and the army has repeatedly struck the Air College in Misrata, which it describes as the main operations room for the Turkish drones.

The General Command declared last June that Turkish ships, companies and aircraft in Libya were hostile targets, accusing Ankara of taking part directly in the battle of Gharyan, and it banned flights between Libya and Turkey.

Turkish President Recep Tayyip Erdogan has publicly admitted that his country supplies weapons to the GNA, saying in June that Turkish support had allowed the Tripoli forces to "rebalance" the war."""),

dict(group=G8, published="2019-09-27", outlet="Defence Trade Insight",
title="Analysis: Mitiga claims highlight the attrition war over Libya's Turkish-built drones",
text=r"""Analysis: Mitiga claims highlight the attrition war over Libya's Turkish-built drones

Defence Trade Insight | Unmanned Systems | 27 September 2019

The Libyan National Army (LNA) of Khalifa Haftar said on 26 September that its aircraft had destroyed a Turkish-made unmanned aerial vehicle (UAV) in the military section of Mitiga airbase in Tripoli, in an overnight raid that also hit storage and operations sites. It was the LNA's second Mitiga claim in less than four weeks, after it said on 1 September that it had shot down a Turkish drone as it attempted to land at the same base.

Neither claim can be independently verified, and the Government of National Accord (GNA) has consistently denied that Mitiga, the Libyan capital's only functioning airport, hosts military aviation. However, imagery circulated since May has shown Bayraktar TB2 medium-altitude long-endurance UAVs, built by Turkish manufacturer Baykar, operating in western Libya, and Turkish President Recep Tayyip Erdogan said in June that his country provides weapons to the GNA under a military cooperation agreement.

Claim inflation

By Defence Trade Insight's count, LNA spokesmen have announced the destruction of Turkish-built UAVs at Mitiga on at least four occasions since early June: two on consecutive nights in the first week of June, one on 30 June during take-off, and the two in September. The LNA has also claimed strikes on drone hangars at Zuwara airport on 15 August and on control facilities at Misrata's air college in July and August, as well as the downing of several UAVs near al-Jufra in mid-September.

If all these claims were accurate, the GNA's TB2 fleet would have been written off several times over. The more plausible explanation is that some claims refer to the same airframes, to decoys or to aircraft already damaged, while others are real losses that Ankara has been able to replace. The number of TB2s delivered to Libya has not been disclosed.

Asymmetric air war

The drone duel has become the defining feature of the air war over Tripoli. The LNA relies on Chinese-designed Wing Loong II UAVs which, according to UN experts, are operated by the United Arab Emirates from bases in eastern Libya, giving the LNA longer range and heavier munitions than the TB2. The GNA has few serviceable manned aircraft, and its TB2s provide the only persistent strike capability available to its forces.

The Mitiga claims also matter politically. The airport is the main gateway for civilians in the Tripoli region, and repeated strikes and shelling have forced the diversion of flights to Misrata. The UN mission in Libya (UNSMIL) has condemned attacks on the airport, which it said had been hit seven times between late July and 1 September alone.

Outlook

Both sides are in breach of the UN arms embargo in force since 2011, according to the UN Panel of Experts. With Ankara and the LNA openly hostile since the LNA declared Turkish ships and companies legitimate targets in June, further deliveries of Turkish systems, and further LNA claims of their destruction, should be expected."""),
]
