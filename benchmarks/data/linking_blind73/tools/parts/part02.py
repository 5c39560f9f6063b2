G = "great_manmade_river_water_cut_to_tripoli_2019_05_19"

ARTICLES = [
dict(group=G, published="2019-05-20", outlet="Continental Press Agency",
title="Gunmen shut off Great Man-Made River water to Libyan capital",
text="""
Tripoli (CPA) - Armed men have stormed a pumping and control station of Libya's Great Man-Made River and forced staff to shut the valves feeding Tripoli, threatening the water supply of more than two million people in a capital already under military attack, the project's management said Monday.

"Pumping from the wells has stopped after an armed group stormed the facilities and forced workers to close all the flow control valves," the Great Man-Made River Authority said in a statement, adding that supplies would resume once the attackers' demands were met. It did not say what those demands were.

The raid took place on Sunday at the Jabal al-Hasawna station in the southwest, which sends water drawn from desert aquifers hundreds of kilometres north to the coast. Officials said it could take up to two days for taps in Tripoli to run dry, as happened in previous shutdowns.

UN spokesman Stephane Dujarric told reporters in New York that the closure could affect some two million people in Tripoli and other northwestern towns including Gharyan and Zawiya, and that some districts of the capital were already reporting low pressure.

The Government of National Accord (GNA) in Tripoli blamed a group led by Khalifa Ehnaish, which shut off the same supply in 2017, and said it was loyal to Khalifa Haftar, the eastern commander whose forces have been trying to seize the capital since early April. Haftar's Libyan National Army denied any role. Local media said the gunmen were demanding the release of a relative of their leader held in Tripoli.

The shutdown comes during the holy month of Ramadan and amid high temperatures, with many families in Tripoli already hosting relatives who have fled fighting in the southern suburbs. The UN says more than 75,000 people have been displaced by the fighting.

In 2017 the same group shut the valves for several days, leaving residents queuing at mosque wells and buying water from private tankers at inflated prices. Many households in Tripoli have since dug private wells or installed storage tanks, but poorer districts and the displaced remain heavily dependent on the network.

The cut adds to the hardships of a city that has endured daily power outages, rising food prices and a cash shortage at banks since the offensive began. The World Health Organization says more than 450 people have been killed and over 2,000 wounded in the fighting on the southern outskirts, where front lines have barely moved for weeks.

Residents in several Tripoli neighbourhoods said on Monday that water pressure was already falling, and some queued at private wells to fill jerry cans.

Maintenance crews at the project's facilities had earlier been pulled out because of the clashes, leaving the network more exposed, according to the UN.

The pipeline, built under Moamer Kadhafi in the 1980s and 1990s, supplies most of the drinking water to Libya's coastal cities.
"""),

dict(group=G, published="2019-05-20", outlet="Al-Manara Net",
title="Water cut off from Tripoli after armed group storms Great River station .. and the Government holds Haftar responsible",
text="""
Al-Manara Net - Tripoli

The Great Man-Made River project announced that the pumping of water towards the capital Tripoli and the cities of the western region was stopped, after an armed group stormed yesterday Sunday one of the control stations of the project in the Jabal al-Hasawna area and forced the workers to close the valves.

The administration of the project said in a statement published on its official page today Monday, that the armed group threatened the workers and obliged them to stop the wells and close all the valves of controlling the flow, noting that the pumping will return as soon as the demands of the group are achieved, without clarifying the nature of these demands.

For its part, the Presidential Council of the Government of National Accord held the forces of Khalifa Haftar the responsibility of cutting the water, and said in a statement that depriving the citizens of water in the month of Ramadan is a crime classified as war crime according to the Rome Statute, calling on the Security Council to preserve its role in protecting the civilians.

And sources in the region said that the group belongs to Khalifa Hnaish, who previously cut the water of the river in the year 2017, and that it is demanding the release of his brother Mabrouk who is detained in Tripoli.

On the other hand, the General Command of the Armed Forces denied any relation with the incident and with the group which carried it out.

Citizens of the capital expressed their fear of the repetition of the scenario of the previous years, when the residents were obliged to stand in long queues in front of the wells of the mosques and to buy water from the tanks at high prices, especially with the rising of the temperatures and the fasting in Ramadan.

The United Nations said in a statement today that the cutting may affect about two million people in Tripoli, Gharyan and Zawiya, and that some areas in the capital began to suffer from weakness in the water pressure.

And the prices of the water tanks rose in a number of neighborhoods of the capital today, according to citizens who spoke to Al-Manara Net, while others went to fill the bottles from the wells of the mosques and the farms.

It is worth mentioning that the capital Tripoli witnesses since the fourth of April last an attack by the forces of Haftar, which caused the displacement of more than 75 thousand persons from the southern neighborhoods, according to the United Nations, in addition to hundreds of dead and wounded.

It is also worth mentioning that the Great Man-Made River project, which was executed in the eighties of the last century, transfers the water from the wells of the desert in the south to the coastal cities, and it is considered the main source of the drinking water for the majority of the Libyans.

Read also: The Ministry of Health: the toll of the clashes south of Tripoli rises
Read also: The Electricity Company announces cuts in several areas of the capital
"""),

dict(group=G, published="2019-05-21", outlet="UN Humanitarian Digest",
title="Humanitarian Coordinator for Libya condemns deliberate cut of water supply to Tripoli",
text="""
PRESS RELEASE | Tripoli, 20 May 2019

The Humanitarian Coordinator for Libya, Maria Ribeiro, strongly condemns the deliberate cutting off of the water supply from the Great Man-Made River system to Tripoli and other cities in the north-west of Libya.

On Sunday 19 May an armed group entered the control station at Jabal al-Hasawna and forced staff to shut down the wells and close the valves supplying the capital. Some two million people in Tripoli, Gharyan, Zawiya and surrounding areas depend on this system for their drinking water. Several neighbourhoods are already reporting reduced water pressure, and the full impact is expected to be felt within two days unless the valves are reopened.

Ms. Ribeiro stated that attacks against civilian infrastructure that is essential for the survival of the civilian population may be considered war crimes, and called on all those with influence to ensure that water supplies are restored immediately and that water is never used as a weapon or as a means of pressure.

The water system was already under strain because technical and maintenance staff had been evacuated from several facilities as a result of the armed conflict that began on 4 April. More than 75,000 people have been displaced from their homes in and around Tripoli, and many of them are staying with host families whose own resources are stretched.

Since the start of the hostilities, the fighting around Tripoli has caused hundreds of deaths, including civilians, and thousands of injuries. Civilian infrastructure has been repeatedly damaged, including homes, schools, health facilities and electricity lines, and families in front-line areas have been cut off from basic services for long periods. Power outages lasting many hours a day affect much of the capital, putting further pressure on water pumping and sanitation systems.

Humanitarian partners are preparing to truck water to the most affected areas, including to collective shelters and detention centres, and to provide water purification supplies.

The United Nations and its partners launched a flash appeal in April to respond to the most urgent needs of people affected by the conflict in and around Tripoli. The appeal remains underfunded.

The United Nations reiterates its call on all parties to the conflict to respect international humanitarian law, to protect civilians and civilian infrastructure, and to agree to a humanitarian truce.

UPDATE (21 May): The Great Man-Made River Authority announced on Tuesday that the crisis had ended and that water had begun to flow again towards Tripoli. The Authority stressed that it does not take sides in the conflict and that water must never be used for bargaining.

Humanitarian partners note that the shutdown coincided with the holy month of Ramadan and with rising summer temperatures, when water consumption is at its highest, and that any repetition would put hospitals, shelters for displaced families and detention centres at particular risk.

For further information, please contact the OCHA Libya public information unit.

Tags: Libya, water, civilian infrastructure, Tripoli
"""),
]
