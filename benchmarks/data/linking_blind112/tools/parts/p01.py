# Events: tikbali_camp_clashes_444_ssa_2021_09_03, bashagha_enters_tripoli_clashes_2022_05_17
G1 = "tikbali_camp_clashes_444_ssa_2021_09_03"
G2 = "bashagha_enters_tripoli_clashes_2022_05_17"

ARTICLES = [
dict(group=G1, published="2021-09-03", outlet="Meridian Wire Service",
title="Heavy gunfire rocks south Tripoli as army units clash at Tikbali camp",
text="""TRIPOLI, Libya (MWS) - Two armed formations nominally loyal to Libya's unity government fought through the night into Friday around a military camp in the southern suburbs of Tripoli, residents and officials said, in the most serious flare-up in the capital since the new government took office in March.

The fighting centred on the Tikbali camp in the Salah al-Din district, the headquarters of the 444 Brigade, a unit that answers to the army chief of staff. Residents said the sound of heavy weapons carried across the city from shortly after midnight and that columns of smoke were still rising over the area after dawn.

The commander of the Tripoli military zone, Abdel Basset Marwan, said in a video posted on Friday that he had ordered the operation against the brigade because it had stopped obeying military orders. Forces of the Stability Support Apparatus, a security body headed by Abdul Ghani al-Kikli, better known as Ghnewa, took part in the assault, according to several local media outlets.

A source in the 444 Brigade denied Marwan's accusations and said the unit's men had been caught by surprise while many of its fighters were deployed outside the capital. The brigade said its forces pushed the attackers back and detained a number of them. It said one of its commanders had been killed. There was no official casualty toll by Friday afternoon.

Dbeibah, who kept the defence portfolio for himself when he formed his cabinet, did not comment publicly on Friday. The army chief of staff, Mohammed al-Haddad, was reported to have contacted commanders on both sides to secure a halt to the fighting.

The 444 Brigade has built a reputation in recent months as one of the better-disciplined units in the west. Since the eastern-aligned Kaniyat militia was driven out of Tarhuna in June 2020, it has deployed along the roads south-east of the capital towards Tarhuna and Bani Walid, and has publicised operations against smugglers and car thieves.

Video shared online on Friday morning appeared to show captured fighters sitting on the ground under guard at the camp. MWS could not independently verify the footage.

The U.N. Support Mission in Libya said it was deeply concerned by the clashes and the indiscriminate fire in Salah al-Din, and urged the authorities to protect civilians and to exercise control over their units.

Libya's Government of National Unity, led by Prime Minister Abdul Hamid Dbeibah, was installed in March under a U.N.-backed process meant to lead to national elections on Dec. 24. But the armed groups that dominate the capital have kept their own chains of command, and rivalries over territory and state budgets regularly spill into the streets.

Libya has been in turmoil since a NATO-backed uprising toppled Muammar Gaddafi in 2011. A ceasefire signed in October 2020 ended the eastern commander Khalifa Haftar's 14-month offensive on Tripoli, but did not bring the western armed groups under a single command.
"""),

dict(group=G1, published="2021-09-03", outlet="The Tripoli Herald",
title="Calm returns to Salah Eddine after failed attack on 444 Brigade headquarters",
text="""Tripoli - The Tripoli Herald

Calm returned on Friday afternoon to the Salah Eddine area south of the capital, hours after violent clashes around Al-Tikbali camp, the headquarters of the 444th Brigade.

Military sources told The Tripoli Herald that an armed force from the Stability Support Apparatus tried to storm the camp after midnight, taking advantage of the fact that several units of the brigade were deployed in Tarhuna and Bani Walid to secure the roads there. The attack failed after the brigade's units returned quickly to the capital and encircled the attackers, the sources said.

The 444th Brigade said in a statement that one of its field commanders was killed in the attack and that a "number of the aggressors" were now in its custody. The Stability Support Apparatus did not announce its casualties.

In a recorded speech, the commander of the Tripoli Military Zone, Abdel Basset Marwan, described the operation as a "correction" of the brigade, accusing it of failing to obey direct orders and of attending meetings he described as prohibited. He also accused the brigade of misusing ten million dinars. A source from the brigade rejected the accusation, saying the money had been spent by the Ministry of Defence through legal channels.

Residents of Salah Eddine and the neighbouring Khallat al-Furjan area said shells fell near homes during the night and that families spent hours in their basements. Several cars were burned near the camp gate.

The fighting is the most serious test of the unity government's authority over the capital's formations since it took office in March. In May, armed men briefly surrounded the Corinthia hotel, where the Presidential Council meets, in protest at remarks by Foreign Minister Najla Mangoush; that incident ended without bloodshed.

Tripoli's armed groups were reorganised under a variety of state labels during and after the 2019-2020 war, when they fought together against Khalifa Haftar's forces. Since the ceasefire, rivalry among them over territory, appointments and budgets has resurfaced, and the unity government has so far avoided confronting any of them directly. Dbeibah, who also holds the defence portfolio, has promised to unify the military institution before the elections set for December 24.

The UN mission (UNSMIL) expressed deep concern about the armed clashes and called on all sides to stop the fighting immediately and to respect their obligations to protect civilians.

Observers say the fighting exposes a deep rift between security formations that all receive salaries from the state. The 444th Brigade has in recent months led a security campaign south of the capital against smugglers and car thieves, which has brought it into friction with other groups.

Share this:
Facebook Twitter WhatsApp

Related
- Chief of staff meets commanders to discuss unifying military institution
- Tripoli municipality begins road repairs in Ain Zara
"""),

dict(group=G1, published="2021-09-04", outlet="Al-Mawqif Net (English edition)",
title="Violent clashes in Tripoli between the 444 Brigade and the Stability Support Apparatus, and the army chief of staff intervenes",
text="""Tripoli - Al-Mawqif Net

The southern suburbs of the Libyan capital, Tripoli, witnessed, at dawn yesterday Friday, violent clashes using medium and heavy weapons between the 444 Combat Brigade and the Stability Support Apparatus led by Abdul-Ghani al-Kikli, known as "Ghaniwa", in the latest round of the struggle for influence inside the capital.

Informed sources told Al-Mawqif Net that elements of the apparatus tried to control the headquarters of the Tripoli Military Zone in the Takbali camp, located in the Salah al-Din neighborhood about 10 kilometers south of the center, exploiting the departure of most of the brigade's elements to the valleys of Bani Walid and Tarhuna.

The sources added that the brigade summoned its forces from outside the capital and succeeded in repelling the attack and capturing a number of the apparatus members, whose pictures were published on Friday morning on social media sites.

Activists circulated on social media pictures of burned vehicles near the gate of the camp and of damage to a number of houses in the neighborhood, while residents called on the authorities to remove the military headquarters from the residential areas.

According to the same sources, the confrontations resulted in the killing of two members of the 444 Brigade and one member of the Stability Support, in addition to a number of injuries of varying degrees on both sides, while no official statistic was issued.

For his part, the commander of the Tripoli Military Zone, Abdul-Basit Marwan, said in a video that what happened was a "correction" for the brigade after it refused to implement military orders, while the brigade considered that it was subjected to a treacherous attack.

The Chief of the General Staff, Lieutenant General Muhammad al-Haddad, met today Saturday with a number of commanders to contain the situation, according to sources, and the situation in the area was reported calm and cautious.

Activists on social media wondered how the commander of a military zone can order an attack on a brigade affiliated with the General Staff without the knowledge of the Ministry of Defense.

It is worth mentioning that the Stability Support Apparatus was established by a decision of the former Presidential Council headed by Fayez al-Sarraj at the beginning of this year, and it is affiliated with the Presidential Council, while the 444 Brigade is affiliated with the Ministry of Defense, whose portfolio is held by the Prime Minister Abdul Hamid al-Dbeibah.

It is also worth mentioning that the United Nations mission expressed its deep concern over the clashes and called for the protection of civilians.

Read also: The Presidential Council discusses with the election commission the preparations for December 24
"""),

dict(group=G2, published="2022-05-17", outlet="Meridian Wire Service",
title="Bashagha quits Tripoli hours after entering as rival forces clash",
text="""TRIPOLI, Libya (MWS) - Fathi Bashagha, the prime minister appointed by Libya's eastern-based parliament, left Tripoli on Tuesday only hours after arriving in the capital to take over government, as clashes broke out between armed groups backing him and forces loyal to the incumbent premier Abdul Hamid Dbeibah.

Bashagha's media office announced before dawn that he had reached the city with several ministers "to begin work from the capital". In a short video, Bashagha said the reception had been excellent and that his government would work with all Libyans, including those who oppose it.

By mid-morning, bursts of automatic fire and heavier weapons could be heard in central districts. Local television showed armoured vehicles on the move and burnt cars in the streets, and schools in the capital were told to close for the day.

Around midday his office said he and his ministers had left Tripoli "for the safety and security of citizens and to stop the bloodshed". Libyan media said his convoy was escorted out of the city after mediation involving the 444 Brigade, a unit aligned with Dbeibah.

There was no immediate casualty toll.

Dbeibah's Government of National Unity has refused to hand over power, saying it will only give way to an elected government. Dbeibah was later seen touring streets of the capital. His government had said on Monday evening that it would not tolerate unauthorised armed movements in the capital.

Stephanie Williams, the U.N. special adviser on Libya, called for calm and said on Twitter that conflict could not be solved by violence but through dialogue and mediation.

Bashagha, a former interior minister from Misrata, was named prime minister by the House of Representatives in February after elections planned for December collapsed. He had promised repeatedly that he would enter Tripoli peacefully, but earlier attempts, including one in March, ended with convoys of his allies blocked outside the capital.

The standoff has already led to a partial blockade of oil facilities by groups sympathetic to Bashagha, cutting into the country's main source of revenue. Since mid-April, closures of oilfields and ports in the east and south have been driven by groups demanding that Dbeibah hand over power and that oil revenues be frozen.

In Tripoli, residents said the fighting was concentrated around the city centre and the Souq al-Thulatha area near the port, and that calm had largely returned by the afternoon, with traffic resuming on main roads. Several burnt-out vehicles remained in the streets.

Libya has had little stability since a NATO-backed uprising toppled Muammar Gaddafi in 2011, and in 2014 split between rival eastern and western camps.
"""),

dict(group=G2, published="2022-05-17", outlet="Vostok News Agency",
title="Libyan parallel prime minister Bashagha leaves Tripoli after armed clashes - media",
text="""CAIRO, May 17 (VNA) - Violent clashes between armed groups broke out in the centre of the Libyan capital Tripoli following the arrival of the head of the parliament-backed government, Fathi Bashagha, who was forced to leave the city, Libyan media reported on Tuesday.

According to local outlets, fighting with the use of various types of weapons took place in several parts of the city centre, damaging public and private property. Bashagha first moved to the outskirts of the capital and then left Tripoli altogether "to prevent bloodshed and guarantee the safety of the population", his spokesman was quoted as saying.

This is the second attempt by Bashagha to establish his cabinet in Tripoli. The city remains under the control of the Government of National Unity headed by Abdul Hamid Dbeibah, who refuses to cede power until elections are held.

On Monday evening, Dbeibah reportedly instructed the air force to strike any unauthorised military movement in the capital.

The UN special adviser on Libya, Stephanie Williams, called on the parties to exercise restraint and resolve their differences through dialogue.

Libya has been plunged into a state of political uncertainty since its longtime leader Muammar Gaddafi was overthrown and killed during a NATO-backed intervention in 2011. The eastern part of the country is controlled by the Libyan National Army of Field Marshal Khalifa Haftar, who supported the appointment of Bashagha by the Tobruk-based House of Representatives in February.

Exit mobile version
"""),

dict(group=G2, published="2022-05-18", outlet="Nile Dispatch",
title="Bashagha chose the safety of Tripoli residents over confrontation, says government spokesman",
text="""Cairo - Nile Dispatch

The Libyan government headed by Fathi Bashagha said on Tuesday that its prime minister decided to leave the capital Tripoli after militias loyal to the outgoing Dbeibah government opened fire in residential neighbourhoods, stressing that he had withdrawn to stop the bloodshed and to protect civilians.

Bashagha, who was granted confidence by the House of Representatives in March, had arrived in Tripoli in the early hours of Tuesday with a number of his ministers, in what his office described as a peaceful entry to start working from the capital. Within hours, armed groups affiliated with the expired government mobilised in the city centre and clashes broke out, forcing the delegation to withdraw.

Political sources in Benghazi told Nile Dispatch that the events of Tuesday showed that Dbeibah was relying on armed groups to stay in office after the end of his mandate. They said the legitimate government would continue to work from Sirte and other cities until conditions allowed it to operate from Tripoli.

Egyptian political analysts said the scenes from the Libyan capital confirmed Cairo's long-held view that the dismantling of militias and the exit of foreign forces and mercenaries must come before any stable political settlement. Egypt has backed the House of Representatives' choice of Bashagha and has called repeatedly for a unified executive authority to lead the country to elections.

The Dbeibah government did not comment officially on Bashagha's arrival. Dbeibah himself appeared in the streets of the capital on Tuesday afternoon, greeting supporters.

The UN adviser Stephanie Williams urged the parties to calm and offered to host talks, while several Western embassies expressed concern.

The events in Tripoli coincided with a new round of talks in Cairo between delegations of the House of Representatives and the High Council of State on a constitutional basis for elections, held under the auspices of the United Nations. Egyptian officials have said they hope the talks will open the way to a vote before the end of the year.

Bashagha, the former interior minister of the Government of National Accord, was chosen by the House of Representatives on February 10 after the parliament declared that the mandate of the Dbeibah government had ended with the failure to hold elections on December 24. He was sworn in with his cabinet in Tobruk at the beginning of March, but has since been unable to take over ministries in Tripoli, where the armed groups that control the city have largely remained loyal to Dbeibah or neutral.

Libya has had two rival governments since March, when Bashagha's cabinet was sworn in before parliament in Tobruk. The elections that were scheduled for December 24 last year were postponed indefinitely amid disputes over the legal framework and the eligibility of candidates.

Read also:
Libyan House of Representatives to meet in Sirte next week
Aboul Gheit receives Libyan delegation at Arab League headquarters
"""),
]
