G = "murzuq_town_air_strike_2019_08_04"

ARTICLES = [
dict(group=G, published="2019-08-05", outlet="Meridian Wire Service",
title="Air strike on southern Libyan town of Murzuq kills at least 42",
text="""
TRIPOLI/BENGHAZI (MWS) - An air strike on the southern Libyan oasis town of Murzuq late on Sunday killed at least 42 people and wounded about 60, a local official said on Monday, in one of the deadliest attacks of the four-month war between Libya's rival factions.

Forces loyal to eastern commander Khalifa Haftar confirmed carrying out a strike on the town but denied targeting civilians, saying it had hit "Chadian opposition" fighters, a term the Libyan National Army (LNA) commonly uses for armed members of the Tebu minority that opposes it in the region.

A member of Murzuq's municipal council said by telephone that the strike, which he said was carried out by a drone, hit a residential area of the town's Qalaa district where local notables had gathered at a public building to settle a dispute between families. He said the building was struck three times and that the toll was preliminary, with about half of the wounded in critical condition. The town's small hospital could not cope, he said, and appealed for medical supplies and evacuation flights.

Some residents described the gathering as a wedding reception. MWS could not independently verify the accounts.

The Tripoli-based Government of National Accord (GNA) said dozens had been killed and wounded, called the strike a crime against civilians, and urged the UN mission to investigate.

The European Union said indiscriminate attacks on densely populated residential areas may amount to war crimes and must stop immediately.

Murzuq, a town of around 50,000 people some 900 km south of Tripoli, has been hit by tribal clashes since the LNA swept through the south at the start of the year, in a campaign it said was aimed at clearing out "terrorists" and criminal gangs. Most LNA units later moved north to take part in the offensive on Tripoli, leaving the town's Tebu and the Arab tribes allied to Haftar at odds.

Tebu leaders in Murzuq have accused the LNA of arming their Arab rivals, while the LNA says the town has become a refuge for foreign fighters. The town, hundreds of kilometres from the nearest large hospital, is hard to reach by road.

Haftar, whose forces control eastern Libya and much of the south, launched his offensive on Tripoli on April 4. Fighting on the southern outskirts of the capital has killed more than 1,000 people, according to the World Health Organization. In recent weeks both sides have relied increasingly on air power and drones, with strikes reported on airports in Misrata, Mitiga and Jufra.

Civilian deaths from air strikes have mounted over the summer. Last month 53 migrants were killed when an air strike hit a detention centre in Tajoura, east of Tripoli, and five medics died when a field hospital on the capital's airport road was struck. The GNA blamed the LNA for both attacks; the LNA denied targeting civilians.

UN envoy Ghassan Salame has called for a truce for the Eid al-Adha holiday, which starts next weekend, as a first step towards new talks.

(Reporting by MWS Tripoli and Benghazi bureaus; editing by Paul Dressler)
"""),

dict(group=G, published="2019-08-05", outlet="Gulf Horizon",
title="Libyan army air force pounds Chadian opposition gangs in Murzuq",
text="""
ABU DHABI / BENGHAZI - The air force of the Libyan National Army (LNA) carried out a series of air strikes late on Sunday on positions of Chadian opposition gangs that had stormed the southern town of Murzuq, the army's General Command said on Monday.

In a statement, the army's media office said the strikes targeted "armed groups of the Chadian opposition" that had entered the town hours earlier, together with "terrorist" elements allied to the Tripoli-based Government of National Accord (GNA). The statement said the operation had inflicted heavy losses on the attackers and that the army does not target civilians.

Media close to the GNA reported that more than 40 people had been killed in the Qalaa district, among them civilians, and accused the army of striking a social gathering. The army has denied hitting civilians and says its operations in the south are directed at foreign mercenaries.

Security sources in the south said armed men from across the Chadian border have exploited the army's focus on Tripoli to try to recover ground in the Fezzan region, which the LNA secured in a large-scale operation earlier this year to rid it of terrorists, smuggling networks and foreign gangs.

Residents of the town told local media that armed groups had been moving in and out of Murzuq in recent weeks, and that clashes had broken out between the town's Tebu fighters and Arab tribes allied with the army. Tebu leaders accuse the army of siding with their rivals, while the army accuses Tebu armed groups of relying on fighters from across the border.

The army's General Command has repeatedly warned that the south has become a haven for Chadian and Sudanese armed groups that live off smuggling and kidnapping, and that its operation in January restored security to the oil fields and towns of the Fezzan after years of neglect by the Tripoli authorities.

The army launched the Flood of Dignity operation on April 4 to free Tripoli from the control of militias and extremist groups, and says it is fighting "terrorist" factions and mercenaries who have taken the capital hostage.

Analysts in Abu Dhabi say the Muslim Brotherhood-aligned factions in Tripoli have used every incident to distract attention from the presence of extremist fighters and foreign mercenaries in their ranks, and from Turkey's shipments of drones and armoured vehicles to the capital in violation of the UN arms embargo.

The UAE has consistently stressed its support for efforts to combat extremism and terrorism in Libya and for a political solution that preserves the country's unity and the role of its national institutions.

RELATED
- LNA: air defences down Turkish-made drone near Tripoli
- Libyan army spokesman: Muslim Brotherhood militias behind Tripoli chaos
- Eastern Libya welcomes Eid truce proposal with conditions
"""),

dict(group=G, published="2019-08-06", outlet="Arms & Theatre Review",
title="Murzuq strike shows how far Libya's drone war now reaches",
text="""
ANALYSIS

The strike that killed more than 40 people in Murzuq on the night of 4 August was, by any measure, a long-range operation. The oasis town sits roughly 900 km south of Tripoli and more than 1,000 km from the LNA's main bases on the eastern coast. Local officials described the attack as a drone strike, and the Libyan National Army (LNA) acknowledged an air operation in the town while denying that it had targeted civilians.

If the local accounts are accurate, the attack is further evidence that the war in Libya is increasingly being fought by unmanned aircraft, and that the reach of those aircraft now covers almost the whole of the country.

Since the LNA offensive on Tripoli began in April, both sides have fielded armed drones. Open-source analysts have tied LNA operations to Chinese-made Wing Loong II aircraft, which they believe are flown from Al-Khadim airbase in the east, a facility previously linked by the UN panel of experts to the United Arab Emirates. Forces aligned with the Government of National Accord (GNA) operate Turkish-made Bayraktar TB2 drones, apparently based at Mitiga and Misrata airports, and have used them against LNA supply lines around Gharyan and Jufra.

The two fleets are very different tools. The TB2 is a tactical system with a limited radius and small munitions. The Wing Loong II is a larger medium-altitude, long-endurance type that can carry heavier precision-guided weapons over long distances. A strike on Murzuq is within the endurance of such a platform operating from central or eastern Libya, while it would be at the extreme edge of, or beyond, what smaller systems can achieve.

The drone war has already shaped the Tripoli front. Both sides have struck each other's airfields: the LNA has repeatedly hit Mitiga, the capital's only working civilian airport, forcing temporary suspensions of flights, while GNA-aligned forces have reported drone strikes on the Jufra base used by the LNA. The LNA has repeatedly claimed to have destroyed Turkish drones on the ground at Mitiga.

What the Murzuq strike also shows is how such capabilities are being used in local conflicts that have little to do with the main front. Murzuq has been torn by fighting between the Tebu community and Arab tribes allied with the LNA since the LNA's southern campaign in January. The LNA described its targets as "Chadian opposition" fighters. Municipal officials say the building hit was hosting a meeting of local notables.

Precision weapons do not prevent civilian casualties when the targeting information or the choice of target is flawed, and both sides in Libya have been accused by UN officials of using explosive weapons in populated areas. The strike on the Tajoura migrant detention centre on 2 July, which killed 53 people, remains the deadliest such incident of the war.

The arms embargo imposed by the UN Security Council in 2011 formally remains in force. The continued appearance of foreign-made drones, armoured vehicles and guided munitions on both sides suggests that it is being widely violated, and the UN envoy, Ghassan Salame, has warned the Council that the flow of weapons risks turning Libya into a wider proxy war.

For the civilians of the south, the calculation is simpler: they are now within range.
"""),
]
