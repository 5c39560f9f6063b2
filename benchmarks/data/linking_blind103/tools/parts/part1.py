ARTICLES = [
dict(group="us_mission_benghazi_attack_2012_09_11", published="2012-09-12", outlet="Meridian Press International",
title="U.S. ambassador to Libya killed as gunmen storm Benghazi mission",
text="""BENGHAZI, Libya (MPI) — The United States ambassador to Libya, J. Christopher Stevens, and three other Americans were killed when armed men overran the U.S. diplomatic compound in the eastern city of Benghazi and then attacked a second American facility nearby, U.S. and Libyan officials said on Wednesday.

The assault began on Tuesday evening, the eleventh anniversary of the September 11 attacks, when dozens of gunmen carrying rifles and rocket-propelled grenades forced their way into the walled compound and set buildings on fire. Stevens, 52, was separated from his security detail in the smoke and was later brought unconscious to the Benghazi Medical Center, where doctors were unable to revive him, according to a Libyan physician who treated him.

State Department information officer Sean Smith died at the compound. Two more Americans, both security personnel, were killed hours later when mortar rounds struck a second site where staff had been evacuated. U.S. officials did not immediately release their names. Several other Americans and a number of Libyan guards were wounded.

President Barack Obama condemned the attack in the strongest terms, ordered security stepped up at American diplomatic posts worldwide and said the United States would work with the Libyan government to bring the killers to justice. Secretary of State Hillary Clinton said she was struggling to understand how such a thing could happen in a city the United States had helped to save, and said the attack was the work of a small and savage group, not the people or government of Libya.

In Tripoli, Mohammed Magariaf, president of the newly elected General National Congress, apologised to the American people and called the killing a cowardly criminal act. Libya's deputy interior minister, Wanis al-Sharif, told reporters in Benghazi that the attackers had exploited a crowd protesting outside the compound.

The violence followed protests across the region against an amateur film made in the United States that mocks the Prophet Mohammed. Hours before the Benghazi attack, demonstrators in Cairo scaled the wall of the U.S. embassy and tore down the American flag. Some U.S. officials cautioned on Wednesday that the Benghazi assault appeared to have been planned, pointing to the weapons used and the way the attackers moved against the second facility.

Witnesses said fighters from Ansar al-Sharia, a hardline Islamist militia, were seen near the compound early in the evening. A man who described himself as a member of the group told a local television station it had not taken part as an organisation.

Stevens, a career diplomat who spoke Arabic, had served as Washington's envoy to the rebel council in Benghazi during the 2011 uprising and was widely liked by the city's former rebels. He took up his post as ambassador in the spring. He is the first U.S. ambassador killed in the line of duty since 1979.

Libya has struggled to impose order since the eight-month uprising that ended Muammar Gaddafi's 42-year rule last year. The brigades that fought Gaddafi have kept their weapons, and the interim authorities rely on some of them to provide security. Benghazi, the cradle of the revolt, has seen a string of attacks on foreign targets this year, including a bomb thrown at the gate of the same U.S. compound in June and an attack on a British ambassador's convoy the same month.

The attack comes at a delicate moment for Libya's new leaders. The General National Congress, elected on July 7 in the country's first free national vote in more than four decades, took over from the rebel-era National Transitional Council on August 8 and was due to vote for a prime minister on Wednesday. Officials in Tripoli have promised to fold the brigades into a national army and police, but only a fraction of the fighters have signed up. Last month, hardline Salafists demolished Sufi shrines in Tripoli and Zliten in broad daylight while police stood by, prompting the interior minister to offer his resignation before withdrawing it.

The Pentagon said it was sending a team of Marines to reinforce security at the embassy in Tripoli. U.S. officials said non-essential staff would be moved out of the country.
"""),

dict(group="us_mission_benghazi_attack_2012_09_11", published="2012-09-13", outlet="The Atlantic Courier",
title="Night of fire in Benghazi: how a revolution's friend died in the city he helped save",
text="""By our Middle East correspondent

The building where Chris Stevens spent his last hours is a blackened shell. On Wednesday morning Libyans wandered through its rooms, picking over burnt furniture and stepping around a shattered generator. Some filmed the damage on their phones. A few wrote messages of apology on scraps of cardboard.

The killing of the American ambassador and three of his compatriots in Benghazi on Tuesday night has shocked a country that, only two months ago, held its first free national election in six decades and was being held up in Western capitals as the rare success of the Arab uprisings. It has also raised hard questions in Washington about how a U.S. envoy came to be so lightly protected in a city where Western diplomats had already been targeted.

What is known so far is this. Late on Tuesday evening a large group of armed men approached the U.S. compound, a cluster of villas in a residential district. They breached the gate, overwhelmed the handful of local guards and set fire to the main building. Stevens and Sean Smith, a communications officer, took refuge with a security agent in a fortified room, but smoke filled the villa. Smith's body was recovered that night. Stevens was carried to a hospital by Libyans who found him inside; he could not be revived. Hours later, attackers fired on a second American site in the city, killing two security officers, both former Navy SEALs, and wounding others before the surviving staff were flown to Tripoli.

The accounts still differ sharply. Libyan officials initially described a protest over an anti-Islam film that got out of hand, and some American officials echoed that account on Wednesday. Others, in both governments, said the sophistication of the assault, and the mortar fire on the second site, pointed to a planned operation that used the film as cover. Several witnesses named Ansar al-Sharia, a Salafist brigade with a base in the city, whose members deny any role. Libya's interim leaders promised arrests; by Thursday none had been announced.

For the Obama administration, the timing could hardly be worse. The attack came on the anniversary of September 11, in the final weeks of a presidential campaign, and on the same day that protesters in Cairo breached the wall of the U.S. embassy there. The president has vowed that justice will be done, and the Pentagon has dispatched a Marine anti-terrorism team to Tripoli. Two Navy destroyers were reported to be moving toward the Libyan coast.

Stevens was not a distant figure to Libyans. He arrived in Benghazi in April 2011 on a Greek cargo ship, as Washington's representative to the rebel National Transitional Council, when Gaddafi's forces still threatened the city. He stayed through the months of NATO bombing that followed, and returned as ambassador this year. Libyans who knew him spoke of a man who walked the old souq without fanfare and drank tea with militia commanders. On Wednesday, a few hundred people gathered in Benghazi holding signs that read, in English, "Sorry" and "Chris Stevens was a friend to all Libyans".

That grief sits uneasily alongside the reality of a city in which the state has barely existed since Gaddafi's fall. Benghazi's security is in the hands of a patchwork of brigades, some nominally tied to the defence or interior ministries, others answering only to their commanders. Since the spring there have been bombings at the Red Cross office, an RPG attack on the British ambassador's convoy, and a small explosive device left at the gate of the same U.S. mission in June. Several officers of the former regime have been assassinated.

The General National Congress, elected on July 7 and sworn in last month, has yet to form a government. Mustafa Abushagur, named prime minister by the congress on Wednesday, inherits a state with no functioning army, a police force that rarely leaves its stations, and an eastern region deeply suspicious of Tripoli.

For Western governments that backed the uprising with air power, the question now is whether Libya's elected authorities can bring the gunmen to heel, or whether Benghazi's Islamist brigades will conclude that there is no one to stop them. Mohammed Magariaf, the congress president, has said foreign hands and Gaddafi loyalists may have been involved. Many in Benghazi do not believe that, and say so openly.
"""),

dict(group="us_mission_benghazi_attack_2012_09_11", published="2012-09-12", outlet="Vostok Info English",
title="US ambassador killed in Libya: Moscow says attack shows cost of 2011 intervention",
text="""Home > World > Middle East

US ambassador killed in Libya: Moscow says attack shows cost of 2011 intervention

Published: 12 September, 2012, 14:05
Edited: 12 September, 2012, 16:40

The American ambassador to Libya, Christopher Stevens, has been killed together with three members of the embassy staff after an armed crowd attacked the US consulate in the city of Benghazi on Tuesday night, Libyan officials have said.

According to Libyan sources, the attackers used rocket-propelled grenades and automatic weapons and set the consulate on fire. The ambassador reportedly died from smoke inhalation. The assault was linked by local officials to anger over a film produced in the USA which insults the Prophet Muhammad.

The US President Barack Obama condemned the attack and ordered tighter security for US diplomatic missions around the world.

Russian officials expressed condolences to the families of the victims, while stressing that the tragedy in Benghazi is a direct result of the chaos created by last year's foreign military intervention. Moscow had repeatedly warned that arming rebel groups and bombing Libya under the cover of a UN resolution would leave the country in the hands of extremists, a Russian diplomat told the agency.

"Those who supplied weapons to the opposition in 2011 should think about who holds those weapons now," an expert at a Moscow think-tank on the Middle East said, adding that radical groups in eastern Libya had grown stronger since the killing of Muammar Kaddafi in October last year.

Libya's new authorities have so far failed to disarm the numerous militias that took part in the war against Kaddafi. Benghazi, where the rebellion began in February 2011, has been the scene of several attacks against foreign diplomats and international organizations this year.

Read also:
Protesters climb US embassy wall in Cairo over anti-Islam film
Lavrov: NATO went beyond UN mandate in Libya

Share this:
Facebook Twitter VKontakte Print

Comments (14)
"""),

dict(group="us_mission_benghazi_attack_2012_09_11", published="2012-09-12", outlet="Sada al-Maghrib Network",
title="Killing of the American ambassador and three of his companions in an attack on the consulate in Benghazi",
text="""[ad_1]

Benghazi – Sada al-Maghrib – The American ambassador to Libya Christopher Stevens was killed with three employees of the consulate of the United States in Benghazi, today Wednesday, after armed men stormed the consulate building yesterday Tuesday evening and set fire in it, according to what a Libyan security source reported.

The source said to the network correspondent that the ambassador died as a result of suffocation from the smoke after the fire was set in the main building, while another employee was killed inside the consulate and two others were killed later in an attack which targeted a house that the employees had moved to it in the city.

And the deputy interior minister Wanis al-Sharif said in a press conference in Benghazi that the attackers were armed with heavy weapons, and that they exploited a protest which was organized in front of the consulate in objection to a film offensive to the Messenger, peace be upon him, which was produced in the United States.

For his part, the head of the General National Congress Mohammed al-Muqrif presented his apology to the United States and to the American people, and he described what happened as a cowardly act which does not represent the Libyan people who suffered under the Qadhafi regime for long years.

The American President Barack Obama condemned the attack and he said that his country will work with the Libyan government to bring those responsible for it to justice, and the American secretary of state Hillary Clinton confirmed that the attack was carried out by a small group and does not express the Libyan people.

It is worth mentioning that the city of Benghazi, which was the starting point of the revolution of 17 February against the regime of Muammar al-Qadhafi, witnessed during the past months a number of attacks which targeted foreign missions, among them the attack on the convoy of the British ambassador in the month of June past and an explosion near the gate of the American consulate itself.

And the American administration announced, according to what the American media reported, the dispatch of a unit of the Marines to strengthen the protection of its embassy in Tripoli, while two destroyers were directed towards the Libyan coasts, at a time when Washington ordered the departure of the non-essential employees from Libya.

On the other hand, a number of the people of Benghazi gathered, today Wednesday, in front of the burned consulate carrying banners in the English language apologizing to the American people, and denouncing what happened as not representing the city which embraced the revolution.

It is also worth mentioning that the deceased ambassador Stevens was the envoy of Washington to the Transitional National Council in Benghazi during the revolution, and he was known for his good relations with many of the people of the city.

Related news:
- Protesters storm the American embassy in Cairo because of an offensive film
- Congress elects Mustafa Abu Shagour as head of the transitional government

[ad_2]
"""),

dict(group="benghazi_protesters_storm_ansar_al_sharia_base_2012_09_21", published="2012-09-22", outlet="Atlas News Agency",
title="Benghazi crowds drive Islamist militia from its base after consulate killings",
text="""BENGHAZI, Sept 22 (Atlas) - Thousands of protesters in Benghazi stormed the headquarters of the Islamist militia Ansar al-Sharia late on Friday and forced its fighters to flee, in the most striking show of popular anger at Libya's armed groups since the killing of the U.S. ambassador last week.

The crowd then moved on to other militia compounds in the eastern city. At least four people were killed and dozens wounded, hospital sources said on Saturday, most of them in a gunfight at the base of another brigade on the city's outskirts. Some officials put the death toll higher, and medical staff said several bodies were brought in overnight.

The night of violence followed a peaceful march earlier on Friday, billed by organisers as "Save Benghazi Friday", in which tens of thousands of people filled a main avenue to demand that militias disband and hand their weapons to the state. Marchers carried signs denouncing the attack on the U.S. mission on September 11, in which ambassador Christopher Stevens and three other Americans died.

After dark, several hundred demonstrators marched on the Ansar al-Sharia compound, a former internal security base under Muammar Gaddafi. Witnesses said the militiamen fired into the air and then abandoned the site as the crowd surged in, tearing down the group's black flags and setting a vehicle alight. Some protesters said they found prisoners held inside and released them.

Ansar al-Sharia has been linked by witnesses and some officials to the consulate attack. The group denies involvement.

Later, protesters advanced on a compound in the Hawari district used by the Rafallah al-Sahati brigade, a large Islamist-leaning unit that operates under the defence ministry. Fighters there opened fire with heavy machine guns, witnesses said. Mohammed Magariaf, president of the General National Congress, appealed to demonstrators to withdraw, saying the Sahati brigade was a legitimate force under the authority of the state and should not be confused with outlaw groups.

On Saturday, officials said the government would move to bring all brigades under the control of the army or disband them. Army units took over several sites vacated overnight.

"The people have spoken," one demonstrator said outside the charred Ansar al-Sharia gate. "We did not fight Gaddafi to hand our city to people with masks."

On Thursday, Prime Minister-elect Mustafa Abushagur said several people had been detained in connection with the consulate attack and that not all of the attackers belonged to one group. He has promised a tougher line on armed groups once his government is formed.

The interim authorities have been under heavy pressure from Washington since the consulate attack to show they can act against the men responsible. Libyan officials say several suspects have been detained. The United States has pulled its remaining staff out of Benghazi and reduced its embassy in Tripoli to emergency personnel.

The September 11 assault on the U.S. compound, in which Stevens died of smoke inhalation after gunmen set the main building ablaze, has become the sharpest test yet for Libya's elected authorities. The General National Congress, chosen in July in the country's first free national election in decades, has no army of its own to call on and relies on brigades loyal to their own commanders.

Benghazi, where the revolt against Gaddafi began in February 2011, has been plagued by bombings and assassinations this year, and the brigades that formed during the war have resisted attempts to merge them into the national army.
"""),

dict(group="benghazi_protesters_storm_ansar_al_sharia_base_2012_09_21", published="2012-09-22", outlet="Middle East Daybook",
title="Daybook, Saturday 22 September: Benghazi turns on its militias; Pakistan counts the dead; Syria",
text="""Middle East Daybook — your morning round-up of the region. Sign up for the newsletter here.

Cookies help us deliver our services. By using our site, you agree to our use of cookies. [OK]

LIBYA: BENGHAZI CROWDS STORM ANSAR AL-SHARIA BASE

The big story overnight comes from Benghazi, where crowds who had marched by day against armed groups turned on the militias themselves after dark on Friday. Several hundred protesters overran the headquarters of Ansar al-Sharia, the Salafist brigade many residents blame for the September 11 attack on the American mission, and the fighters fled without much of a fight. Footage posted online shows young men pulling down banners and a pickup truck burning in the courtyard.

Things turned uglier later in the night at the Hawari base of the Rafallah al-Sahati brigade, where militiamen fired on the crowd. Casualty figures are all over the place: Libyan officials told wires that four were killed, a hospital source spoke of as many as eleven dead, and more than 60 people were treated for wounds. Congress chief Mohammed Megaryef went on TV to ask people to leave the Sahati base alone, saying it comes under the defence ministry.

Context: the daytime march, "Save Benghazi Friday", drew tens of thousands — the biggest crowd in the city since the revolution. Signs in English read "Libya lost a friend" in memory of Ambassador Chris Stevens. Whether the authorities can turn a night of street justice into an actual plan for disarming the brigades is the question for next week.

PAKISTAN: DEADLY PROTESTS OVER FILM

Pakistan's government had declared Friday a holiday to "show love for the Prophet", but protests against the anti-Islam film turned violent in several cities, with deaths reported in Karachi and Peshawar. Cinemas and banks were torched.

SYRIA: FIGHTING IN ALEPPO

Rebels and government forces continued to fight street by street in Aleppo. Activists reported shelling across several districts.

ALSO IN LIBYA

FBI investigators sent to look into the consulate attack have yet to get to Benghazi, U.S. officials say, a sign of how little ground the Libyan state controls there. Meanwhile the new premier, Mustafa Abushagur, is still working on his cabinet list.

EARLIER THIS WEEK

For readers catching up: the assault on the U.S. mission on the night of September 11 left Ambassador Chris Stevens, information officer Sean Smith and two security contractors dead. The Obama administration is under pressure at home over security at the compound, and Libyan officials have promised arrests. Ansar al-Sharia denies involvement.

WHAT WE'RE READING

— A long read on who runs Benghazi's brigades, and who pays them.
— Why Egypt's president is walking a tightrope on the film protests.

Share this:
Twitter | Facebook | Email

Related
Daybook, Friday 21 September: film protests spread to Asia
Daybook, Thursday 20 September: France shuts embassies over cartoons
"""),
]
