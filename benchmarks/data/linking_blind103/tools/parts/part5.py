ARTICLES = [
dict(group="haftar_launches_operation_dignity_benghazi_2014_05_16", published="2014-05-16", outlet="Meridian Press International",
title="Renegade general's forces attack Islamist militias in Benghazi; dozens dead",
text="""BENGHAZI, Libya (MPI) — Forces loyal to a renegade former general attacked Islamist militia bases in the eastern Libyan city of Benghazi on Friday with warplanes, helicopters and artillery, in the heaviest fighting the city has seen since the 2011 revolution. Health officials said at least 24 people were killed and more than 100 wounded.

Khalifa Hifter, a retired major general who helped lead the army in the uprising against Muammar Gaddafi, said his self-declared Libyan National Army had launched an operation, which he called "Dignity of Libya", to purge Benghazi of terrorists. His spokesman, Mohammed al-Hejazi, said the targets were the February 17 Martyrs Brigade, the Rafallah al-Sahati brigade and Ansar al-Sharia, which Washington blames for the 2012 attack on the U.S. mission in the city.

Residents said clashes raged for hours in the southwestern districts of Sidi Faraj and Hawari, where several of the brigades have their bases, and aircraft from the nearby Benina air base struck militia positions. Families fled neighbourhoods near the fighting. Benina airport, the city's only civilian airport, was closed.

The government in Tripoli said the offensive had not been authorised. Acting Prime Minister Abdullah al-Thinni called it an attempted coup against the state and urged both sides to stop fighting. The army chief of staff, Abdessalam Jadallah al-Obeidi, said in a televised news conference that the army had not taken part and would oppose any armed group trying to take control of Benghazi by force.

Hospital officials said the dead included both fighters and civilians. Ansar al-Sharia and its allies did not give figures for their losses. By evening the fighting had eased, residents said, and some of Hifter's units appeared to have pulled back toward the city's outskirts.

Hifter, who served as a senior officer under Gaddafi before defecting in the late 1980s and living for years in the United States, announced in a video in February that he was suspending the General National Congress, an announcement the government dismissed as a farce. No troops moved at the time.

The offensive comes amid a deepening political crisis in Tripoli. The General National Congress extended its own mandate beyond its original February deadline, prompting street protests under the slogan "No to extension". Earlier this month, deputies elected Ahmed Maiteeq, a businessman from Misrata, as prime minister in a chaotic vote that his opponents say did not reach the required majority; Thinni has refused to hand over until the dispute is settled.

Benghazi, the cradle of the 2011 revolt, has been hit by a wave of assassinations of soldiers, police officers, judges and activists over the past year, which residents blame largely on Islamist militants. Many in the city have grown frustrated with the government's failure to stop the killings, and Hifter has won support among some army units and tribes in the east.

Libya has struggled to impose order since Gaddafi's fall. Parliament has been deadlocked for months over the choice of a prime minister, and armed protesters have shut down much of the country's oil exports.
"""),

dict(group="haftar_launches_operation_dignity_benghazi_2014_05_16", published="2014-05-17", outlet="Nile Gazette Online",
title="General Haftar launches 'Operation Dignity' against terrorist militias in Benghazi",
text="""Home | Arab World | Libya

General Haftar launches 'Operation Dignity' against terrorist militias in Benghazi

Saturday 17 May 2014 - 09:05 Cairo

Units of the Libyan army led by Major General Khalifa Haftar launched on Friday a wide military operation, dubbed "Dignity", to cleanse the city of Benghazi of the extremist groups blamed for a long series of assassinations and bombings against officers, soldiers and civilians in eastern Libya.

Military sources told the Gazette that air force jets and helicopters struck the positions of Ansar al-Sharia, the February 17 brigade and the Rafallah al-Sahati brigade in the districts of Sidi Faraj and al-Hawari, while ground forces advanced from the south and west of the city. The death toll reached at least 36, with more than 140 wounded, according to Libya's deputy health minister.

Haftar's spokesman said the operation would continue until Benghazi was "liberated from terrorism", and that it had no political ambitions. The Tripoli government, which is dominated by the Muslim Brotherhood and its allies in the General National Congress, described the operation as a coup and declared the airspace over Benghazi closed to military aircraft.

Haftar, who was one of the commanders of the army during the 2011 revolution, had announced in February a "roadmap" that included freezing the work of the congress and the government, but he was accused at the time of attempting a coup and an arrest warrant was issued against him. Since then, he has gathered officers and units of the army and the air force in the east around his project.

Residents of Benghazi interviewed by telephone expressed support for the operation, saying they were tired of the killings that have claimed the lives of hundreds of army and police officers since 2012. "Every week we bury an officer," one resident said. "Nobody in Tripoli did anything."

Haftar, a veteran officer who fought in the 2011 revolution, accuses the Islamist groups of turning eastern Libya into a haven for jihadists, including fighters who cross into Egypt. Egypt has repeatedly warned against the spread of weapons and militants across its western border, and Egyptian security forces have stepped up patrols along the desert frontier near ... see also

Egyptians abroad continue voting in presidential election for third day

Cairo - Egyptian expatriates continued to cast their ballots on Saturday in embassies and consulates around the world in the presidential election, the third day of voting abroad, with long queues reported in Gulf countries, officials said.

Voters abroad are choosing between former army chief Abdel Fattah al-Sisi and leftist politician Hamdeen Sabahi. Most Egyptians abroad live and work in the Gulf states, where many of the polling stations are located.

Voting inside Egypt is scheduled for May 26 and 27. The High Presidential Elections Commission said the results of voting abroad would be counted at the missions and sent to Cairo.

Tags: Libya, Haftar, Benghazi, Dignity, terrorism

Share this article   f   t   in   +
"""),

dict(group="haftar_launches_operation_dignity_benghazi_2014_05_16", published="2014-05-17", outlet="Turkiye News Agency English",
title="Libya: clashes in Benghazi after attack by retired general's forces kill dozens",
text="""BENGHAZI – The death toll from clashes between forces loyal to retired general Khalifa Hafter and revolutionary brigades in Libya's eastern city of Benghazi has risen to at least 43, with more than 100 people injured, medical sources told a TNA correspondent on Saturday.

The clashes broke out on Friday when forces led by Hafter, who served as an officer under the former regime of Muammar Gaddafi, attacked the bases of several brigades in Benghazi, including the February 17 brigade, using aircraft and heavy weapons.

Libya's interim government described the attack as a coup attempt outside the legitimacy of the state. Interim Prime Minister Abdullah al-Thinni called on all parties to show restraint and said the government would not allow any party to take the law into its own hands. The army's chief of staff said the forces involved were not part of the national army.

The Libyan authorities declared a no-fly zone over Benghazi on Saturday, saying any military aircraft flying over the city without permission would be targeted.

The revolutionary brigades targeted on Friday had fought against Gaddafi's forces during the 2011 revolution. Some of them are officially attached to the chief of staff of the army.

Thousands of residents fled the areas of Sidi Faraj and al-Hawari, where the fighting was concentrated, according to local sources. Several revolutionary commanders said their brigades had repelled the attack and that Hafter's forces had withdrawn from the city's edges by Friday night.

Hafter appeared in a video in February announcing the suspension of the General National Congress and the government, an attempt that was widely described as a failed coup. Libyan prosecutors subsequently issued an arrest warrant for him.

Turkey has called on all sides in Libya to resolve their differences through dialogue and to protect the gains of the February 17 revolution.

Benghazi airport was closed on Friday due to the fighting and flights were diverted.
"""),

dict(group="haftar_launches_operation_dignity_benghazi_2014_05_16", published="2014-05-18", outlet="Defence Horizons Review",
title="Operation Dignity: what Hifter brought to the fight in Benghazi",
text="""DEFENCE HORIZONS REVIEW — AFRICA / LAND & AIR

The offensive launched in Benghazi on Friday 16 May by retired Major General Khalifa Hifter (also spelled Haftar) was the first time since the 2011 war that a Libyan faction has combined air power, artillery and ground manoeuvre in a coordinated attack on another armed group. On the evidence of the first 48 hours, it was a show of force rather than a decisive operation, but it has redrawn the security map of eastern Libya.

Forces and equipment

Hifter's self-styled Libyan National Army appears to be a coalition rather than a formation: some air force personnel and aircraft at Benina air base, army units in the east that had long complained of being targeted by assassins, units from the Tobruk military region whose commander declared his support, and tribal auxiliaries from the east. Witnesses and footage circulating since Friday describe jet aircraft and at least one helicopter in action, all drawn from the ageing Gaddafi-era inventory, along with truck-mounted rocket launchers and anti-aircraft guns used in the ground role.

The targets — the February 17 Martyrs Brigade, the Rafallah al-Sahati brigade and Ansar al-Sharia — field mainly technicals, heavy machine guns, recoilless rifles and mortars. They have no air defence worth the name beyond anti-aircraft guns, which gives even a handful of ageing jets considerable psychological effect.

How it went

Fighting centred on the Hawari and Sidi Faraj districts in the south and southwest of the city. Air strikes hit several compounds, but ground forces did not attempt to hold territory inside the city, and by Saturday most had pulled back to positions outside Benghazi. Health officials' tolls rose from 36 on Saturday to nearly 80 by Sunday, including civilians.

Political weight

The interim government and the army chief of staff have disowned the operation and declared a no-fly zone over Benghazi. But the government has no means to enforce it: Libya's official air force is largely the same pool of aircraft and pilots from which Hifter is drawing. On Sunday, heavy gunfire was reported around the General National Congress in Tripoli as brigades aligned with the town of Zintan moved on the area, a sign that the confrontation may be moving west.

Air defence and airspace

Hifter's use of aircraft raises a practical question for the government's declared no-fly zone. Libya has no functioning integrated air defence network since NATO's 2011 campaign, and the interim authorities do not control enough aircraft of their own to intercept anything. In practice, the no-fly declaration is a political statement. Commercial aviation in the east is the first casualty: Benina, which shares its runway with the air base, closed on Friday.

Outlook

The key variable is the regular army. If more units in the east defect to Hifter, he will have a credible ground force; if not, Dignity risks becoming a cycle of air strikes and retaliation with no outcome on the ground. Either way, the weapons stocks left from Gaddafi's arsenals mean neither side is likely to run short of ammunition soon.
"""),

dict(group="libya_house_of_representatives_election_2014_06_25", published="2014-06-25", outlet="Atlas News Agency",
title="Libyans vote for new parliament amid violence; rights lawyer shot dead in Benghazi",
text="""TRIPOLI/BENGHAZI, June 25 (Atlas) - Libyans voted on Wednesday for a new parliament meant to end months of political deadlock, but turnout was low, fighting flared in Benghazi and gunmen killed a prominent human rights lawyer in the eastern city hours after she cast her ballot.

Fewer than half of the 1.5 million registered voters went to the polls, according to the election commission, which said about 630,000 votes had been cast. In Libya's first free national election in July 2012, some 2.8 million people registered. Registration rules were tightened this time, requiring a national identity number.

Salwa Bugaighis, a lawyer who helped organise the first protests in Benghazi in February 2011 and later served on the National Transitional Council, was shot dead at her home by gunmen, security officials said. Her husband was reported missing. Her killing drew condemnation from the United Nations mission in Libya and Western governments.

At least four people were also killed in clashes in Benghazi between Islamist militants and forces aligned with renegade general Khalifa Haftar, who launched an offensive against Islamist groups in the city last month. Some polling stations in Benghazi opened late.

Voting did not take place in the eastern town of Derna, a stronghold of Islamist militants, and polling stations were closed for security reasons in parts of Kufra and Sabha, officials said. Emad al-Sayeh, head of the High National Election Commission, said up to 15 of the 200 seats could remain vacant as a result.

In Tripoli, queues were short at most polling stations visited by reporters. "I voted because there is no other way," said one woman in the Ben Ashour district. "But I don't expect much." Some residents said they had not registered because they had lost faith in politicians after two years of deadlock in the congress.

Candidates ran as individuals rather than on party lists, a change intended to reduce the bitter rivalry between Islamist and liberal blocs that paralysed the outgoing General National Congress.

The new House of Representatives is to replace the congress, whose mandate has been contested since February. The election was called after Haftar began his campaign in Benghazi and armed men stormed the congress building in Tripoli in May.

The run-up to the vote was overshadowed by a dispute over who governs. Abdullah al-Thinni remained acting prime minister after the Supreme Court ruled this month that the congress vote which installed his rival, Ahmed Maiteeq, in May was unconstitutional. Maiteeq accepted the ruling. The House of Representatives, once seated, is expected to choose its own government.

The United Nations called the vote an important step in Libya's transition. Results are expected in the coming weeks.

Libya has struggled to impose order since the 2011 uprising that ended Muammar Gaddafi's 42-year rule. Armed groups formed during the war have refused to disarm, and rival factions have fought for control of ministries, oil ports and the capital's airport.
"""),

dict(group="libya_house_of_representatives_election_2014_06_25", published="2014-06-26", outlet="Sada al-Maghrib Network",
title="The closing of the polling stations in the elections of the House of Representatives with weak participation and the assassination of Salwa Bughaighis",
text="""We use cookies to ensure that we give you the best experience on our website. Accept

Tripoli – Sada al-Maghrib – The polling stations in Libya closed their doors yesterday Wednesday in the elections of the House of Representatives, which witnessed a weak turnout compared to the elections of the General National Congress in 2012, at a time when the city of Benghazi witnessed armed clashes and the assassination of the lawyer and activist Salwa Bughaighis.

And the head of the High National Commission for Elections Imad al-Sayeh said in a press conference that the number of voters reached about 630 thousand voters out of about one million and 500 thousand registered, pointing out that the voting did not take place in some of the centres in Derna and Kufra and Sabha because of the security conditions.

And in Benghazi, unknown gunmen assassinated the lawyer Salwa Bughaighis, member of the former National Transitional Council, inside her house after she returned from casting her vote, according to what a security source reported. It is worth mentioning that Bughaighis was among the first who went out in the protests in front of the court of north Benghazi in February 2011.

In a related context, a medical source reported that at least five were killed and thirty were injured in clashes which erupted in the city between the forces of the operation of Dignity led by the retired Major General Khalifa Haftar and armed groups.

The mission of the United Nations condemned the assassination and called on the authorities to open an investigation, while the international community described the elections as an important step in the democratic transition of the country.

It is worth mentioning that the candidates, whose number exceeded one thousand six hundred, ran in these elections as individuals and not as lists, and that 32 seats out of 200 were allocated to women.

Share this:
Facebook Twitter WhatsApp

Read also:
- The electoral commission: preliminary results within days
- Haftar calls the Libyans to vote and to support the army
- Assassinations in Benghazi: a chronology
"""),

dict(group="libya_house_of_representatives_election_2014_06_25", published="2014-06-27", outlet="The Atlantic Courier",
title="Libya's lonely vote: a new parliament for a country at war with itself",
text="""By our North Africa correspondent

Two years ago, Libyans queued for hours to vote in their first free national election since the 1960s. Women ululated at polling stations in Tripoli; men held up ink-stained fingers for the cameras in Benghazi. On Wednesday, when Libyans were called to elect a new House of Representatives, television pictures showed mostly empty classrooms and bored officials. The election commission said about 630,000 people voted, out of 1.5 million registered — itself barely half the number who signed up in 2012.

The day ended, grimly, in Benghazi. Salwa Bugaighis, a lawyer who stood on the steps of the city's courthouse in February 2011 demanding the fall of Muammar Gaddafi and later sat on the rebels' National Transitional Council, was shot dead at her home by masked gunmen shortly after she returned from voting. She had been one of the few women to reach the front rank of revolutionary politics, and one of its most outspoken critics of the militias. Her husband was reported missing. The UN mission and several Western embassies condemned the killing.

The vote was meant to be a reset. The outgoing General National Congress, elected in July 2012, had become a symbol of everything Libyans felt had gone wrong. Its original mandate ran out in February, and when it extended itself, thousands protested under the slogan "No to extension". Ali Zeidan, the prime minister, was ousted in March after a rebel oil tanker escaped the navy; his successor as acting premier, Abdullah al-Thinni, has been locked in a dispute with Ahmed Maiteeq, a Misrata businessman whom Islamist-leaning deputies installed in a disputed vote in May, until the Supreme Court ruled earlier this month that Maiteeq's appointment was unconstitutional.

Then there is the war. On May 16 Khalifa Haftar, a retired general who returned from two decades in Virginia to fight in the 2011 revolution, launched "Operation Dignity" against Islamist brigades in Benghazi, with aircraft and artillery. Two days later, militias from the mountain town of Zintan stormed the congress building in Tripoli. Haftar says he is fighting terrorism; his opponents call him a would-be Sisi. Fighting continued in Benghazi on election day itself, killing at least four people.

To calm things, the new chamber was designed differently. All candidates — more than 1,600 of them — stood as individuals, with no party lists, and 32 of the 200 seats are reserved for women. In the east, where federalists have long demanded more weight for Cyrenaica, the new parliament is supposed to sit in Benghazi. Yet voting did not happen at all in Derna, where jihadist groups hold sway, and was disrupted in parts of Kufra and Sabha; the commission expects some seats to remain empty.

Diplomats in Tripoli, who are few and increasingly nervous, say the legitimacy of the result will matter more than its composition. If the Islamist-leaning blocs that dominated the last congress lose ground, as many expect, the question is whether the armed groups allied to them — in Misrata, in Tripoli, in Benghazi — will accept the verdict of an election in which so few took part.

"People are not against democracy," a Tripoli teacher who did vote said on Wednesday. "They are against being asked to vote while the men with guns decide everything anyway."

Results are expected next month. The new house must then agree on a handover from the congress, choose a speaker, and face the same armed factions that defeated its predecessor.
"""),
]
