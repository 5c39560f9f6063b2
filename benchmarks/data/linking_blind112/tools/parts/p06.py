# Events: protests_tripoli_dbeibah_resign_2025_05_16, truce_committee_formed_tripoli_2025_05_18, second_friday_protests_tripoli_2025_05_23
G11 = "protests_tripoli_dbeibah_resign_2025_05_16"
G12 = "truce_committee_formed_tripoli_2025_05_18"
G13 = "second_friday_protests_tripoli_2025_05_23"

ARTICLES = [
dict(group=G11, published="2025-05-17", outlet="Nile Dispatch",
title="Tripoli rises against Dbeibah: thousands demand the fall of the government as ministers resign",
text="""Cairo - Nile Dispatch

Thousands of Libyans gathered in Martyrs' Square in the centre of Tripoli on Friday, demanding the departure of the Government of National Unity headed by Abdul Hamid Dbeibah, days after bloody clashes between armed groups turned several districts of the capital into battlefields.

Demonstrators chanted "The people want the fall of the government" and "We want elections", and carried pictures of Dbeibah, his relative and adviser Ibrahim Dbeibah and the interior minister Emad Trabelsi with red crosses drawn over their faces. Protesters later marched towards the prime minister's office on Al-Sikka Road.

As the evening wore on, some protesters tried to force their way into the government compound. The government's media office said a member of the security forces was killed during the attempt to storm the building, blaming what it described as infiltrators among the demonstrators.

In a sign of the pressure on the Dbeibah government, several ministers announced their resignation on Friday evening in posts on their Facebook pages, saying they stood with the demands of the people. They included the Minister of Local Government Badr al-Din al-Toumi, the Minister of Housing and Utilities Abu Bakr al-Ghawi and the Minister of Water Resources Mohammed Qanidi. The suspended acting health minister, Ramadan Abu Janah, also announced that he was stepping down.

The protests erupted after the killing on Monday of the militia commander Abdul Ghani al-Kikli, known as Ghnewa, and the subsequent clashes between forces loyal to Dbeibah and the Deterrence Apparatus (Radaa), which residents blame on the prime minister's decisions. Smaller protests had already taken place on Wednesday and Thursday nights. The UN mission said it was concerned by reports that live ammunition had been used against demonstrators on Wednesday night.

The Libyan capital has seen a succession of deadly rounds of fighting between armed formations in recent years: in August 2022, 32 people were killed when militias loyal to Dbeibah confronted forces supporting the Bashagha government, and in August 2023 the arrest of the 444 Brigade commander Mahmoud Hamza at Mitiga airport set off clashes that left 55 dead.

Libyan political sources told Nile Dispatch that the events of the past week had removed any doubt that the Tripoli government had lost its legitimacy, pointing out that the House of Representatives withdrew confidence from it in 2021.

Egypt has called on all Libyan parties to exercise maximum restraintLibya has been without a unified government since the House of Representatives named Fathi Bashagha prime minister in February 2022, and later replaced him with Osama Hammad, whose government operates from Benghazi and is supported by the Libyan National Army led by Field Marshal Khalifa Haftar. The Dbeibah government has refused to hand over power except to an elected government, while the elections scheduled for December 2021 were postponed indefinitely.

 and urged its nationals in Tripoli to stay in contact with its embassy.

Read also:
Speaker Aguila Saleh: the House will consider forming a new unified government
Egyptian community in Tripoli: our embassy's hotline remains open
"""),

dict(group=G11, published="2025-05-17", outlet="Gulf Horizon 24",
title="Protesters march on Dbeibah's office as Tripoli ministers resign",
text="""Gulf Horizon 24 - Abu Dhabi

Hundreds of protesters gathered in Tripoli's Martyrs' Square on Friday to demand the ouster of Prime Minister Abdul Hamid Dbeibah, while at least three ministers in his Government of National Unity announced their resignations in sympathy with the demonstrators.

The crowd, which grew through the afternoon, chanted slogans calling for the government to be toppled and for elections to be held, before marching to the main government building on Al-Sikka Road. Many said they would stay until the prime minister stepped down.

Clashes broke out outside the prime minister's office after nightfall. A security officer was killed, according to the government, which accused infiltrators of attacking the building.

The resignations announced on Friday evening included those of the local government minister Badr al-Din al-Toumi and the housing minister Abu Bakr al-Ghawi. Libyan media reported further resignations, but not all could be confirmed.

The protests follow a week of violence that began on Monday with the killing of Abdul Ghani al-Kikli, head of the Stability Support Apparatus, at a military camp in southern Tripoli, and continued on Wednesday with heavy fighting between forces loyal to Dbeibah and the Special Deterrence Force, known as Radaa. A ceasefire was declared on Wednesday afternoon. On Thursday, the Presidential Council ordered all military units back to their bases and froze the government's decisions on restructuring the security institutions, in a move widely seen as a check on the prime minister's campaign.

Dbeibah has defended the operation against Kikli's group as a necessary step to dismantle an entity that operated outside the law, saying the fighting that followed was regrettable.

Dbeibah came to power in 2021 through a UN-backed processThe UN mission, now headed by Hanna Tetteh, has called for an immediate and permanent ceasefire in the capital and expressed concern at reports of civilian casualties during the week's fighting.

 meant to lead to elections in December of that year. The vote never took place, and he has since refused to hand over power to a government named by the eastern-based parliament, saying he will only step aside for an elected authority.

Analysts in the Gulf said the scenes in Martyrs' SquareThe House of Representatives, which named a rival government in 2022 and again in 2023, has long argued that only a new unified government can lead the country to elections.

 showed that popular patience with the militia-backed order in the capital was running out.

Share this:
Facebook X LinkedIn Email

Related:
Abu Dhabi hosts regional energy forum
Libyan National Army: the armed forces are ready to protect citizens in all regions
"""),

dict(group=G11, published="2025-05-17", outlet="MENA Morning Brief",
title="MENA Morning Brief: Tripoli protesters turn on Dbeibah; ministers quit; Gaza aid crisis deepens",
text="""MENA Morning Brief - Saturday edition

Good morning. Here is what you need to know today.

1. LIBYA: Protests and resignations in Tripoli
Crowds gathered in Martyrs' Square in central Tripoli on Friday to demand the resignation of Prime Minister Abdul Hamid Dbeibah, in the biggest anti-government protest the capital has seen in years. Estimates of the turnout ranged from several hundred to a few thousand. Protesters later marched on the prime minister's office, where a member of the security forces was killed as some demonstrators tried to storm the building, according to the government. By the evening, a handful of ministers, including those for local government and housing, had announced they were resigning.
Why it matters: The anger follows a week in which Dbeibah moved against two of the capital's strongest armed groups. The killing of Stability Support Apparatus chief Abdul Ghani al-Kikli on Monday was followed on Wednesday by fierce fighting with the Radaa force, halted by a ceasefire the same day. Dbeibah presented the campaign as an effort to end the rule of militias. Many residents blame him for bringing war back to their streets.
What to watch: Whether the protests continue into next week, whether more ministers follow, and whether the ceasefire with Radaa holds. The UN mission had earlier voiced concern over reports that live ammunition was used against demonstrators on Wednesday night.

2. GAZA: Aid crisis
Aid agencies continued to warn of famine conditions in Gaza as Israel's blockade on the entry of aid, in place since early March, entered its eleventh week.

3. SYRIA: Sanctions
Syrian officials welcomed this week's US announcement that sanctions on the country will be lifted, as President Donald Trump toured the Gulf.

4. IRAQ: Arab League summit
Baghdad hosts an Arab League summit on Saturday.

Thanks for reading. Forward this email to a colleague, or subscribe here.
Manage your preferences | Unsubscribe
"""),

dict(group=G12, published="2025-05-18", outlet="Global Policy Newswire",
title="UN Mission and Libyan Presidential Council Form Truce Committee to Consolidate Tripoli Ceasefire",
text="""GLOBAL POLICY NEWSWIRE -- TRIPOLI, Libya, May 18, 2025 --

The United Nations Support Mission in Libya (UNSMIL) announced on Sunday that a truce committee has been formed in cooperation with the Presidential Council to consolidate the ceasefire reached in Tripoli on 14 May and to strengthen the protection of civilians.

KEY POINTS

- The committee is chaired by the Chief of the General Staff of the Libyan Army, Lieutenant General Mohammed al-Haddad, and has held its first meeting.
- According to UNSMIL, the formation of the committee demonstrates a commitment from all sides to avoid further escalation and to ensure that all parties abide by their obligations under international human rights and humanitarian law.
- UNSMIL said the ceasefire remains fragile and reiterated its call for "an immediate, unconditional and permanent ceasefire".
- The Mission expressed concern over reports of civilian casualties during the week's violence.

BACKGROUND

The head of the Presidential Council, Mohamed al-Menfi, met the Special Representative of the Secretary-General for Libya and head of UNSMIL, Hanna Tetteh, together with the Chief of the General Staff and commanders of army units, to review developments in the capital, according to a statement from the Presidential Council.

Armed clashes broke out in Tripoli on 12 May following the killing of Abdul Ghani al-Kikli, head of the Stability Support Apparatus. Further fighting erupted in the early hours of 14 May between government-aligned forces and the Special Deterrence Force (Radaa). The Ministry of Defence of the Government of National Unity declared a ceasefire on the afternoon of 14 May, and on 15 May the Presidential Council issued a decision requiring a comprehensive ceasefire in all areas of the capital and the return of all military units to their headquarters.

The Presidential Council decision also froze decisions on restructuring security institutionsThe Ministry of Defence said after the 14 May ceasefire that neutral units had been deployed in sensitive areas of the capital. Since 16 May, demonstrators have gathered in Martyrs' Square in central Tripoli to demand the resignation of the Government of National Unity.

 and appointments to security and military posts pending the work of the committee.

ABOUT GLOBAL POLICY NEWSWIRE

Global Policy Newswire distributes statements and announcements from governments, international organisations and NGOs. Content is provided by the issuing organisation and has not been edited for accuracy.

Media contact: newsdesk (at) globalpolicynewswire

SOURCE: Global Policy Newswire
"""),

dict(group=G12, published="2025-05-19", outlet="Vostok News Agency",
title="UN mission, Libyan Presidential Council form truce committee to maintain ceasefire in Tripoli",
text="""TUNIS, May 19 (VNA) - The UN Support Mission in Libya (UNSMIL) and the Presidential Council, acting as supreme commander of the armed forces in the west of the country, have formed a truce committee to maintain the ceasefire in the capital, Tripoli.

"The committee, headed by the Chief of the General Staff of the Libyan Army, General Mohammed Al-Haddad, demonstrates a commitment from all sides to avoid further escalation," UNSMIL said in a statement posted on its X page on Sunday.

The mission also expressed concern over reports of civilian casualties during last week's violence and called for a permanent ceasefire.

The situation in Tripoli escalated on the evening of May 12, when clashes broke out in the south of the capital between the 444th Combat Brigade, led by Mahmoud Hamza, and the Stability Support Apparatus after the death of the apparatus's head, Abdel Ghani al-Kikli. The Defense Ministry of the Government of National Unity (GNU) announced the completion of the security operation on May 13, after which Prime Minister Abdul Hamid Dbeibah unveiled a series of decisions on restructuring the security services.

These decisions sparked discontent and led to new clashes on the night of May 13-14 between government forces and the Special Deterrence Force (Radaa). The Defense Ministry announced a ceasefire on May 14.

Since then, mass protests have been held in Tripoli, with demonstrators blaming the government for the bloodshed and demanding Dbeibah's resignation.
"""),

dict(group=G12, published="2025-05-19", outlet="Ufuk News Agency",
title="UN, Libya's Presidential Council establish 'truce committee' after Tripoli clashes",
text="""TRIPOLI

The UN Support Mission in Libya (UNSMIL) has announced the formation of a "truce committee" in cooperation with Libya's Presidential Council following recent armed clashes in the capital Tripoli.

In a statement on Sunday, UNSMIL said the ceasefire reached on May 14 remains fragile and that the committee will work to make it permanent and to enhance the protection of civilians.

The committee, chaired by the Chief of the General Staff, Mohamed al-Haddad, has held its first meeting, the mission said.

According to a statement from the Presidential Council, council head Mohamed al-Menfi met with Hanna Tetteh, the UN Secretary-General's Special Representative for Libya, as well as Haddad and army commanders, to assess the latest developments in Tripoli.

Clashes erupted last Monday in Tripoli following the death of Abdel Ghani al-Kikli, who headed the Stability Support Apparatus. Shortly afterwards, the government announced that the 444th Brigade, affiliated with the Defence Ministry, had seized the apparatus's headquarters in the Abu Salim neighbourhood and taken control of the area.

Clashes began again in the early hours of May 14 between the Radaa force, considered one of the most powerful armed groups in the capital, and government forces.

Libya has two rival administrations, the Government of National Unity of Prime Minister Abdul Hamid Dbeibah in Tripoli and a government appointed by the House of Representatives in the east.
"""),

dict(group=G13, published="2025-05-23", outlet="The Tripoli Herald",
title="Protesters return to Martyrs' Square for second Friday as security forces deploy across Tripoli",
text="""Tripoli - The Tripoli Herald

Demonstrators gathered again in Martyrs' Square in central Tripoli on Friday afternoon for the second consecutive Friday, calling for the departure of the Government of National Unity, amid a heavy deployment of police and military police units across the capital.

The protest was called by the Sons of Souq al-Jumaa Movement, which announced on Thursday that it would go ahead with mass demonstrations regardless of any curfew or risks. The movement accuses the government of corruption and has directed particular anger at Interior Minister Emad Trabelsi.

Protesters waved national flags and carried banners demanding elections, the dissolution of the current political bodies and an end to the rule of armed groups. The gathering was largely peaceful by the time of writing.

Ahead of the demonstration, the Military Police announced its deployment in Tripoli as part of the committee formed to resolve the recent conflict, saying its mission was to uphold discipline and enforce the law impartially, with vehicles positioned at checkpoints. The Ministry of Interior said the General Security Apparatus and the Law Enforcement Department had taken up positions at key points in the city to protect public order and property.

On Thursday, the Grand Mufti, Sheikh al-Sadiq al-Ghariyani, called for broad popular demonstrations demanding the dissolution of all transitional bodies established since 2011, rather than only a change of leadership.

The first Friday of protests, on May 16,Prime Minister Abdul Hamid Dbeibah has defended the operation against the Stability Support Apparatus as a necessary step to dismantle an entity operating outside the law, and has said his government will continue its efforts to end the presence of armed formations outside state control.

 saw thousands gather in the square and march on the prime minister's office on Al-Sikka Road, where a security officer was killed during an attempt to storm the building. Several ministers announced their resignations that evening.

The protests follow the deadly clashes that hit the capital on May 12 and May 14, after the killing of Stability Support Apparatus head Abdul Ghani al-Kikli and fighting between government forces and the Deterrence Apparatus. A truce committee chaired by the Chief of Staff has been overseeing the ceasefire since last Sunday. A health official of the Tripoli municipality, Mohammed Abdel Wahab, said earlier that the violence had left six people dead and about 70 wounded, while other sources put the number of civilian deaths higher.

On May 15 the Presidential Council, headed by Mohamed al-Menfi, issued a decision imposing a comprehensive ceasefire in all areas of the capital, ordering all units back to their headquarters and freezing decisions on restructuring security institutions and appointments to security and military posts until the committee completes its work.

Follow The Tripoli Herald on Telegram for live updates.
"""),

dict(group=G13, published="2025-05-24", outlet="IndusWire",
title="Libyans rally again in Tripoli demanding govt's exit",
text="""TRIPOLI (IndusWire / Agencies - 24th May, 2025) : Protesters gathered in the Libyan capital Tripoli on Friday for a second week, demanding the departure of the Government of National Unity led by Prime Minister Abdul Hamid Dbeibah.

The demonstrators assembled in Martyrs' Square in response to calls by local youth groups, including the Sons of Souq al-Jumaa Movement, and chanted slogans against the government and in favour of elections.

Security forces, including military police units, were deployed at checkpoints and key locations across the city ahead of the rally, according to official statements.

Last Friday's protest ended in violence outside the prime minister's office, where a security officer was killed, and was followed by the resignation of several ministers.

Tripoli was shaken by armed clashes earlier this month after the killing of a powerful militia leader, Abdul Ghani al-Kikli. A ceasefire declared on May 14 has largely held.

Related Stories:
- Libya, Pakistan discuss cooperation in health sector
- Dollar gains against rupee in interbank trading
"""),
]
