# Set 46 articles, part A: events Dec 2019 - Jan 2020 (first half)
# Each entry: (group_slug, published, outlet, title, text)

MPW_BOILER = ("Libya has had no stable central authority since a NATO-backed uprising toppled "
              "and killed Muammar Gaddafi in 2011. Since 2014 the country has been split between "
              "rival administrations in Tripoli and the east, and Haftar's Libyan National Army "
              "(LNA) launched an offensive to seize Tripoli in April 2019.")

ARTICLES_A = [
# ---------------------------------------------------------------- event 1
("erdogan_sarraj_istanbul_meeting_2019_12_15", "2019-12-15", "Meridian Press Wire",
"Erdogan hosts Libya's Sarraj in Istanbul for unannounced talks",
"""ISTANBUL (MPW) - Turkish President Tayyip Erdogan held closed-door talks with Fayez al-Sarraj, head of Libya's U.N.-recognised Government of National Accord (GNA), in Istanbul on Sunday, the Turkish presidency said.

The meeting at Dolmabahce Palace was not on Erdogan's published schedule, and the presidency released photographs of the two men but gave no details of what was discussed.

It was their second meeting in less than three weeks. On Nov. 27 the two leaders signed a security and military cooperation accord and a separate memorandum on maritime boundaries in the eastern Mediterranean, which has angered Greece, Cyprus and Egypt.

Sarraj met Turkish Foreign Minister Mevlut Cavusoglu in Doha on Saturday. Erdogan said last week that Turkey could send troops to Libya if Tripoli asked for them.

""" + MPW_BOILER + """

(Reporting by MPW Istanbul desk; editing by Carla Wendt)"""),

("erdogan_sarraj_istanbul_meeting_2019_12_15", "2019-12-16", "Aegean Post",
"Erdogan and Sarraj meet again as Athens warns over Turkey-Libya deals",
"""By Nikos Alexandrou

Turkish President Recep Tayyip Erdogan received the head of Libya's Tripoli-based government, Fayez al-Sarraj, in Istanbul on Sunday, the second time the two men have met in under a month and a fresh signal that Ankara intends to deepen its military role in the North African country.

The talks at the Ottoman-era Dolmabahce Palace took place behind closed doors and were not announced in advance. The Turkish presidency published a photo of the two leaders but no statement.

Hours later, Erdogan went further in a television interview with the pro-government A Haber channel. He said Turkey was ready to give Libya whatever support it needed and would protect the rights of both countries in the eastern Mediterranean. He described the eastern commander Khalifa Haftar as an illegitimate figure heading an illegal structure, and repeated that Turkey would act if the Government of National Accord formally invited it.

For Athens the meeting is another unwelcome step. The maritime memorandum signed by Erdogan and Sarraj on November 27 draws a line between the Turkish and Libyan coasts that Greek officials say simply ignores the island of Crete. Greece expelled the Libyan ambassador on December 6 in protest and has asked its EU partners to reject the accord. European leaders meeting in Brussels last week said the memorandum infringed the sovereign rights of third states.

The separate security agreement, which provides for training, intelligence sharing and, potentially, a Turkish rapid-reaction force, was sent to the Turkish parliament on Saturday and is expected to be ratified within days.

On the ground, the battle for Tripoli has entered a new phase. Haftar, whose self-styled Libyan National Army has been besieging the capital since April, announced on Thursday what he called the "final battle" for the city. His forces are backed by the United Arab Emirates and Egypt, and the GNA says Russian private military contractors are fighting on their side, something Moscow denies.

Libya has been divided since the fall of Muammar Qaddafi in 2011, with rival governments in Tripoli and the east since 2014.

Share this:
Facebook Twitter Email

We use cookies to ensure that we give you the best experience on our website. If you continue to use this site we will assume that you are happy with it. OK"""),

("erdogan_sarraj_istanbul_meeting_2019_12_15", "2019-12-16", "Haber Ekspres 24",
"Cumhurbaşkanı Erdoğan, Libya Başkanlık Konseyi Başkanı Serrac'ı kabul etti",
"""[ad_1]

President Erdoğan received the Chairman of Presidential Council of Libya Fayiz es-Serrac in the Dolmabahçe Working Office in Istanbul. The meeting was realized closed to the press, in Sunday 15 Aralık.

According to information received from Presidency Communication Directorate, no statement was made after the meeting. Only the photograph of the two leaders was shared.

Cumhurbaşkanı Erdoğan and Serrac had signed on 27 Kasım in the same city the Memorandum of Understanding on Security and Military Cooperation and the Memorandum on limitation of marine jurisdiction areas. The security memorandum was sent to TBMM on Cumartesi.

Erdoğan evaluated the Libya subject later in the night at the live broadcast he attended. Erdoğan said that Turkey is ready to give every kind of support which Libya needs, in the Eastern Mediterranean we will protect the rights of Libya and Turkey. Erdoğan said "Hafter is not legitimate, he is the representative of an illegitimate structure". He also said, if an invitation comes from the legitimate government of Libya, to send soldiers is our right and the decision belongs to us.

As it is known, the forces of the putschist general Hafter are attacking the capital Trablus since Nisan month. Hafter is supported by BAE, Egypt and with Russian mercenaries of the Wagner company, according to the claims.

In Libya after the overthrow of Muammer Kaddafi in 2011 the civil war started and two administrations appeared, in Trablus and in the east (Tobruk).

Etiketler: Erdoğan, Serrac, Libya, Trablus, Hafter, Doğu Akdeniz

Exit mobile version"""),

# ---------------------------------------------------------------- event 2
("turkish_parliament_libya_troop_mandate_2020_01_02", "2020-01-02", "Ankara Crescent News",
"Turkish parliament approves motion for troop deployment to Libya",
"""ANKARA

The Turkish Grand National Assembly on Thursday approved a motion authorising the deployment of Turkish troops to Libya in support of the country's legitimate government.

Lawmakers voted 325 to 184 in favour of the one-year mandate at an extraordinary session called during the parliamentary recess, Parliament Speaker Mustafa Sentop announced.

The motion was backed by the ruling Justice and Development (AK) Party and the Nationalist Movement Party (MHP). The main opposition Republican People's Party (CHP), the Good (IYI) Party and the Peoples' Democratic Party (HDP) voted against it.

According to the text, the government will decide on the scope, size and timing of any deployment. The motion notes that the Government of National Accord had requested military support from Turkey and warns that if the attacks of the so-called Libyan National Army continue and turn into a wider civil war, Turkey's interests in the Mediterranean basin and North Africa would be harmed. It also cites the risk of irregular mass migration and of a favourable environment for terrorist groups.

Vice President Fuat Oktay said Turkey's armed forces and defence ministry were ready and that the necessary number of troops would be sent when needed. He described the mandate as a political signal to the parties, adding that if the putschist Haftar halted his attacks the picture could change.

The Presidency confirmed last Friday that a formal request for military support had been received from Tripoli. The request follows the security and military cooperation memorandum signed by President Recep Tayyip Erdogan and Fayez al-Sarraj, chairman of Libya's Presidential Council, in Istanbul on Nov. 27, which the Turkish parliament ratified last month.

The legitimate government in Tripoli has been under attack since April 2019 by forces loyal to the putschist Khalifa Haftar, which are supported by the United Arab Emirates, Egypt and mercenaries from Russia's Wagner group. More than 1,000 people have been killed in the offensive.

The UN-recognised government was established under the 2015 Skhirat agreement following years of chaos that began with the ouster of Muammar Gaddafi in 2011."""),

("turkish_parliament_libya_troop_mandate_2020_01_02", "2020-01-03", "Nile Gate News",
"Egypt condemns Turkish parliament vote on sending forces to Libya",
"""Cairo - Nile Gate

Egypt on Thursday condemned in the strongest terms the Turkish parliament's approval of a motion allowing Ankara to send military forces to Libya, warning that any Turkish military intervention would threaten the security of the Mediterranean and the entire Arab region.

In a statement, the Egyptian Foreign Ministry said the step violated the Security Council resolutions on Libya, including the arms embargo, and warned of the consequences of any Turkish military presence on Libyan soil. Cairo held Turkey responsible for any worsening of the situation.

President Abdel Fattah al-Sisi chaired a meeting of the National Security Council the same day to discuss the threats facing the country on its western border and the dangers of foreign intervention in Libya, according to the presidency spokesman.

The Turkish parliament voted 325 to 184 to give President Recep Tayyip Erdogan a one-year mandate to deploy troops in support of the Tripoli government of Fayez al-Sarraj, which relies on armed militias, among them extremist groups, to hold the capital.

Observers in Cairo describe the vote as the latest chapter in Erdogan's Ottoman ambitions in the region, after he signed two illegal memoranda with Sarraj in November on security cooperation and maritime zones. The House of Representatives, Libya's elected parliament, has rejected both agreements.

The Arab League, at an emergency meeting of permanent delegates on Tuesday, rejected any foreign interference in Libya and expressed concern over the military escalation.

Reports by Syrian opposition monitors have spoken of Turkey recruiting Syrian fighters from factions it backs in northern Syria to send them to Tripoli, a claim Ankara has not confirmed.

The Libyan National Army, led by Field Marshal Khalifa Haftar, has been conducting since April 2019 an operation to liberate Tripoli from terrorist militias. Army spokesman Ahmed al-Mesmari has repeatedly said the army will confront any Turkish forces that land on Libyan soil.

Libya has suffered chaos since the fall of the regime of Muammar Gaddafi in 2011.

Related Articles
- Mesmari: Turkish ships heading to Tripoli will be targeted
- Aguila Saleh calls on Arab states to stand with Libya"""),

("turkish_parliament_libya_troop_mandate_2020_01_02", "2020-01-03", "The Northern Chronicle",
"Turkey's Libya gamble: lawmakers open door to troops as Haftar presses on Tripoli",
"""By Helen Marsh, Diplomatic Correspondent

Turkey's parliament has given President Recep Tayyip Erdogan a year-long licence to send soldiers to Libya, pulling a Nato member deeper into a civil war that has already drawn in the United Arab Emirates, Egypt, Russian mercenaries and Sudanese and Chadian fighters.

The vote on Thursday, held at an emergency session during the winter recess, was 325 to 184. Erdogan's Justice and Development party and its nationalist allies carried it; the three main opposition parties voted against, the Republican People's party arguing that Turkey should be pursuing diplomacy rather than gambling soldiers' lives in a conflict far from its borders.

The motion leaves the size, timing and nature of any mission to the government. Officials in Ankara have been careful not to promise combat troops. Vice-President Fuat Oktay described the mandate as a political signal and suggested that if Khalifa Haftar, the eastern commander, stopped his assault on Tripoli, Turkey might not need to send anyone at all.

Few in the region read it that way. Haftar's self-styled Libyan National Army has been besieging the capital since April, and last month he announced what he called the decisive battle for the city. Drones supplied by the UAE have given his forces an edge in the air, while the UN-recognised Government of National Accord (GNA) led by Fayez al-Sarraj has leaned on Turkish-made armed drones and armoured vehicles, in breach of a UN arms embargo that both sides' backers ignore.

The White House said Donald Trump spoke to Erdogan by phone on Thursday and pointed out that foreign interference was complicating the situation in Libya. Egypt condemned the vote outright. In Athens and Nicosia, the vote is seen as the military half of a bargain whose other half is the maritime memorandum Erdogan signed with Sarraj in November, which Greece says violates its sovereign rights.

For Ankara, the two accords are linked by design. Turkish officials argue that if the GNA falls, the maritime deal falls with it, and Turkey would be left shut out of the eastern Mediterranean's gas scramble. "Without Tripoli, the map goes," one European diplomat in Ankara said.

Libya has been without a functioning central state since Muammar Gaddafi was overthrown and killed in 2011 with Nato air support. The country split in 2014 into rival eastern and western camps, and the UN-brokered Skhirat agreement of 2015 that created the GNA never won acceptance in the east.

The diplomatic calendar is crowded. Germany is trying to convene a conference in Berlin bringing together the foreign powers involved, and Erdogan is due to host Vladimir Putin in Istanbul next week for the inauguration of the TurkStream gas pipeline. Russia and Turkey, which back opposite sides, may yet prove the two capitals best placed to impose a pause.

Whether Turkish troops are actually sent may depend on what happens around Tripoli in the coming days. Analysts expect Ankara to begin with advisers, air-defence crews and drone operators rather than infantry."""),

("turkish_parliament_libya_troop_mandate_2020_01_02", "2020-01-02", "RusInform World",
"Turkish parliament authorises troop deployment to Libya",
"""ANKARA, January 2 - RusInform. The Turkish parliament on Thursday approved a bill authorising the government to send troops to Libya, the speaker of parliament Mustafa Sentop said.

According to him, 325 deputies voted in favour of the motion and 184 against. The mandate is valid for one year.

Earlier, the Government of National Accord in Tripoli asked Ankara for military assistance. Libya is split between the GNA headed by Fayez Sarraj and the east, where the parliament and the Libyan National Army of Marshal Khalifa Haftar are based. The LNA has been conducting an operation to take Tripoli since April.

Moscow has repeatedly called on all sides in Libya to resolve the conflict through dialogue.

Gazprom begins transit under new contract with Ukraine

MOSCOW, January 2 - RusInform. Russian gas has been flowing to Europe through Ukraine since January 1 under the new transit contract signed by Gazprom and Naftogaz at the end of December, the Russian company said.

The five-year agreement was concluded after lengthy trilateral talks with the participation of the European Commission. It provides for declining annual volumes after the first year. As part of the package, the parties also settled mutual claims in the Stockholm arbitration.

Gazprom said pumping through the Ukrainian gas transmission system was proceeding normally. European buyers had been concerned that without a deal supplies could be disrupted in mid-winter, as happened in 2009.

Subscribe to our channel"""),

# ---------------------------------------------------------------- event 3
("erdogan_putin_istanbul_libya_ceasefire_call_2020_01_08", "2020-01-08", "RusInform World",
"Putin and Erdogan call on Libyan sides to cease fire from January 12",
"""ISTANBUL, January 8 - RusInform. Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan called on the warring parties in Libya to stop hostilities and declare a ceasefire from midnight on January 12, Russian Foreign Minister Sergei Lavrov told journalists after the talks between the two leaders in Istanbul.

Putin arrived in Istanbul on Wednesday for the ceremony marking the launch of the TurkStream gas pipeline, which will carry Russian gas across the Black Sea to Turkey and on to southern Europe. The two leaders held talks face to face and then in an expanded format with ministers, and adopted a joint statement.

According to Lavrov, the presidents agreed on a common position on the Libyan settlement on the basis of UN Security Council decisions. He said Putin and Erdogan addressed an appeal to the Libyan sides to immediately stop military actions and declare a ceasefire from 00:00 on January 12, that is, from Sunday morning.

Turkish Foreign Minister Mevlut Cavusoglu, speaking alongside Lavrov, said Ankara had been working particularly closely with its Russian partners to achieve a ceasefire and that these efforts would support the Berlin process led by Germany.

The joint statement also addressed the situation in the Persian Gulf after the killing of Iranian general Qasem Soleimani by the United States and Iran's missile strikes on bases in Iraq. The two leaders called for restraint and for problems in the region to be resolved by peaceful means.

The TurkStream pipeline consists of two strings with a total capacity of 31.5 billion cubic metres per year. One string is intended for Turkish consumers, the second for countries of southern and south-eastern Europe.

Turkey supports the Government of National Accord in Tripoli, headed by Fayez Sarraj, and last week its parliament authorised sending troops to Libya. Marshal Khalifa Haftar's Libyan National Army, based in the east, has been fighting for Tripoli since April. Moscow has repeatedly rejected reports that Russian military personnel take part in the fighting."""),

("erdogan_putin_istanbul_libya_ceasefire_call_2020_01_08", "2020-01-09", "Al-Manara Net",
"Erdogan and Putin call for a ceasefire in Libya starting from next Sunday",
"""Al-Manara Net - Istanbul

The Turkish President Recep Tayyip Erdogan and his Russian counterpart Vladimir Putin called, yesterday Wednesday, the conflicting parties in Libya to a ceasefire starting from midnight of next Sunday, the twelfth of January current.

This came in a joint press conference of the Turkish Foreign Minister Mevlut Cavusoglu and his Russian counterpart Sergey Lavrov in the city of Istanbul, after a closed meeting gathered the two presidents on the sidelines of the inauguration of the gas pipeline "Turk Stream".

Cavusoglu said that the two presidents are calling for a ceasefire in Libya from midnight 12 January, and that Ankara works with the Russian partners and with all the parties in Libya in order to reach a permanent peace.

For his part Lavrov stressed the call of the two presidents to all the Libyan parties to stop the fighting immediately, and to take the necessary measures to stabilize the situation on the ground and normalize the daily life in Tripoli and the other cities.

It is worth mentioning that Turkey supports the Government of National Accord headed by Fayez al-Sarraj, while Russia is accused of supporting the forces of the retired major general Khalifa Haftar through the mercenaries of the "Wagner" company, which Moscow denies.

And the Turkish President had announced on Sunday the beginning of the gradual movement of Turkish soldiers to Libya, after the Turkish parliament approved on Thursday before last a memorandum that authorizes sending forces for one year.

The call comes days after the forces of Haftar announced, the day before yesterday Monday, their control of the city of Sirte in the middle of the coast, and after the bombing of the military college in Tripoli which killed about thirty cadets last Saturday, and the Government of National Accord accused the forces of Haftar of it, which they denied.

In the same context, the Italian Prime Minister Giuseppe Conte received Haftar yesterday in Rome, while al-Sarraj cancelled a visit to the Italian capital, according to Italian media.

Read also: The Libyan parliament in the east votes to cut relations with Turkey

Read also: Haftar announces "general mobilization" to confront Turkish intervention"""),

("erdogan_putin_istanbul_libya_ceasefire_call_2020_01_08", "2020-01-09", "Meridian Press Wire",
"Libya's rivals weigh Turkish-Russian truce call ahead of Sunday deadline",
"""TRIPOLI (MPW) - Libya's warring factions gave a cautious response on Thursday to a joint call by Turkey and Russia for a ceasefire from midnight on Sunday, with eastern forces saying they would keep fighting what they call terrorist groups.

Turkish President Tayyip Erdogan and Russian President Vladimir Putin issued the appeal after meeting in Istanbul on Wednesday, where they inaugurated the TurkStream gas pipeline. Ankara backs the Tripoli-based Government of National Accord (GNA) of Fayez al-Serraj, while Moscow has been accused of backing Khalifa Haftar's Libyan National Army (LNA) through private military contractors.

LNA spokesman Ahmed al-Mismari said in a televised statement that the LNA welcomed Putin's initiative but was determined to continue its campaign against what he called terrorist groups in Tripoli. He did not mention Turkey's part in the proposal.

Officials in Tripoli said the GNA was open to any serious initiative to end the war, but insisted any truce had to be accompanied by the withdrawal of Haftar's forces to the positions they held before their offensive began in April.

Fighting continued on several fronts south of the capital on Thursday, residents said. The LNA took the coastal city of Sirte on Monday, its biggest gain in months.

The Turkish-Russian appeal is the most concrete step yet by the two powers, which have already cooperated on ceasefires in Syria despite backing opposing sides. Germany is preparing an international conference on Libya in Berlin.

""" + MPW_BOILER + """

(Reporting by MPW Tripoli and Istanbul bureaus; writing by Omar Haddad; editing by Carla Wendt)"""),

# ---------------------------------------------------------------- event 4
("moscow_libya_ceasefire_talks_2020_01_13", "2020-01-14", "RusInform World",
"Haftar leaves Moscow without signing ceasefire agreement - Foreign Ministry",
"""MOSCOW, January 14 - RusInform. The commander of the Libyan National Army, Khalifa Haftar, has left Moscow without signing the agreement on a ceasefire in Libya, Russian Foreign Ministry spokeswoman Maria Zakharova confirmed on Tuesday.

The talks on Monday lasted about seven hours. The Libyan delegations did not meet face to face; the document was discussed through Russian and Turkish mediators, Foreign Minister Sergei Lavrov and Defence Minister Sergei Shoigu and their Turkish counterparts Mevlut Cavusoglu and Hulusi Akar.

On Monday evening Lavrov said the head of the Government of National Accord, Fayez Sarraj, had signed the document, together with the head of the High Council of State Khalid al-Mishri. Haftar and the speaker of the House of Representatives Aguila Saleh asked for time until Tuesday morning to study it and consult.

The Russian Defence Ministry said earlier that Haftar had treated the document positively and would take two days to discuss it with the tribes and his supporters. However, on Tuesday it was reported that the delegation of the LNA had flown out of the Russian capital.

Speaking to journalists in Colombo, Lavrov said Russia would continue its efforts, noting that a definitive result had not yet been achieved. According to him, Russia, the European countries and Libya's neighbours are working in the same direction and are encouraging all Libyan parties to reach agreement rather than continue to settle things by force.

The ceasefire that came into force on Sunday was proposed by Presidents Vladimir Putin and Recep Tayyip Erdogan after their meeting in Istanbul on January 8. Despite mutual accusations of violations, the truce has largely held.

Germany plans to hold an international conference on Libya in Berlin on Sunday."""),

("moscow_libya_ceasefire_talks_2020_01_13", "2020-01-14", "Ankara Crescent News",
"Putschist Haftar flees Moscow without signing ceasefire; Erdoğan vows lesson",
"""ANKARA

Putschist Khalifa Haftar left Moscow early Tuesday without signing a ceasefire agreement that Libya's legitimate government had signed a day earlier, drawing a sharp warning from President Recep Tayyip Erdogan.

Monday's indirect talks in the Russian capital, mediated by Foreign Minister Mevlut Çavuşoğlu and National Defence Minister Hulusi Akar together with their Russian counterparts Sergey Lavrov and Sergey Shoigu, aimed to turn the truce that began on Sunday into a lasting ceasefire.

Fayez al-Sarraj, chairman of Libya's Presidential Council, and Khalid al-Mishri, head of the High Council of State, signed the text. Haftar asked for time until the morning, then departed without putting his name to it.

Addressing his party's parliamentary group in Ankara on Tuesday, Erdogan said Haftar had first said he accepted the ceasefire and then ran away from Moscow, showing his real face. He said Turkey would not hesitate to teach the putschist the lesson he deserved if his attacks on the legitimate government and the Libyan people continued.

Erdogan said Turkey had no imperial ambitions in Libya and was there at the invitation of the legitimate government, adding that without Turkey's involvement Haftar would have seized the whole country.

Çavuşoğlu said the episode showed clearly who wanted peace and who wanted war, and warned that if Haftar persisted, the Berlin conference would lose its meaning.

The ceasefire call was made by Erdogan and Russian President Vladimir Putin in Istanbul last Wednesday. Turkey began deploying military personnel to Libya earlier this month under a one-year mandate approved by parliament on Jan. 2, with officials stressing that their role is to coordinate and train.

Haftar's forces, backed by the UAE, Egypt and Russian Wagner mercenaries, have attacked Tripoli since April 2019."""),

("moscow_libya_ceasefire_talks_2020_01_13", "2020-01-15", "Gulf Sentinel",
"Why the Field Marshal did not sign in Moscow",
"""Abu Dhabi - Gulf Sentinel

Sources close to the General Command of the Libyan National Army said Field Marshal Khalifa Haftar declined to sign the ceasefire document presented in Moscow on Monday because it ignored the army's core demands, chief among them a clear timetable for dismantling the militias that control Tripoli.

According to the sources, the draft did not address the presence of Turkish military personnel and Syrian mercenaries transferred to Tripoli in recent weeks, nor the security and maritime memoranda signed by Fayez al-Sarraj with Ankara in November, which the elected House of Representatives has declared void.

The army's delegation, the sources said, also objected to Turkey acting as a mediator while it is itself a party to the conflict that is sending forces to support one side.

Haftar and Counsellor Aguila Saleh, the speaker of the House of Representatives, left the Russian capital on Tuesday morning after asking for more time to review the text. The LNA has said it remains committed to the truce that began on Sunday, but that it will respond firmly to any violation by the militias.

Sarraj signed the document along with Khalid al-Mishri, the head of the so-called High Council of State, who is known for his ties to the Muslim Brotherhood.

Turkish President Recep Tayyip Erdogan reacted with threats on Tuesday, saying Turkey would teach the Field Marshal a lesson. Arab commentators said the remarks exposed Ankara's real intentions in Libya.

The Libyan National Army launched its operation to liberate Tripoli in April 2019. Last week it took control of the city of Sirte, and it has repeatedly warned that any Turkish vessel or aircraft entering Libyan waters or airspace will be treated as hostile.

Attention now turns to Berlin, where world leaders are due to meet on Sunday. It was not clear on Wednesday whether the Field Marshal would attend."""),
]
