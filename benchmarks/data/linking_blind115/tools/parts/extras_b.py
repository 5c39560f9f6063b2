EXTRAS = [
("unsc_adopts_resolution_1973", "Huaxia News Service", "Chinese analysts have warned",
"""The Libyan government had said before the vote that it was ready for a ceasefire but did not say with whom it would negotiate. On Friday Libyan Foreign Minister Moussa Koussa announced an immediate ceasefire and the halt of all military operations, saying Libya as a UN member was obliged to accept council resolutions.

China evacuated more than 35,000 of its citizens from Libya in late February and early March, most of them workers on construction, railway and telecommunications projects, in the largest such operation since the founding of the People's Republic. Chinese companies have suspended work on dozens of projects in the country."""),

("gaddafi_forces_retake_ras_lanuf", "Jamahiriya Voice English Service", "The General People's Committee renewed",
"""A statement from the General People's Committee warned against the foreign plots which aim to divide Libya and to put its oil under the control of the colonial companies, and said that the calls for an air ban are a pretext for military intervention similar to what happened in Iraq. It said that Libya is fighting terrorism on behalf of Europe and the whole Mediterranean region, and that the collapse of security in Libya would open the door to illegal migration towards Europe.

The Libyan television broadcast pictures of weapons, ammunition and vehicles which it said had been seized from the gangs in Ras Lanuf, as well as interviews with citizens thanking the armed forces."""),

("moussa_koussa_defects", "Meridian Press Agency", "On the ground in Libya",
"""Koussa headed the External Security Organization, Libya's foreign intelligence service, from 1994 until he became foreign minister in 2009. He was widely seen in the West as a pragmatist, but Libyan exiles blame him for the persecution of opponents abroad. Relatives of victims of the Lockerbie bombing, in which 270 people died, called for him to be questioned about the attack. Scottish prosecutors said they wanted to interview him.

The last three weeks have seen the rebels advance and retreat along the coastal road, while a U.S.-led coalition has bombarded Gaddafi's air defenses and armor since March 19 under a U.N. mandate to protect civilians. NATO is due to take command of the operation on Thursday."""),

("arab_league_asks_un", "Al-Sahil TV Net", "In another context",
"""And the Libyan regime had considered in previous statements that the demands of the air ban are a colonial plot to take over the Libyan oil, and that the Libyan people will fight any foreign intervention. It is worth mentioning that the League had decided on 22 February to suspend the participation of the delegations of the Libyan government in its meetings, after the bloody repression of the demonstrators.

Observers in Cairo considered that the decision of the League removes the main obstacle in front of the Western countries, who said that any action requires regional support, while the decision remains in the hands of the Security Council where Russia and China express reservations."""),

("coalition_launches_first_strikes", "Jamahiriya Voice English Service", "Citizens in Tripoli denounced",
"""The Libyan television broadcast pictures of wounded citizens in the hospitals of Tripoli, and of funerals of the martyrs, and reported that the raids hit a fuel depot in Misurata and targets near Sirte, the city of the Revolution.

It is known that the Jamahiriya had announced on Friday an immediate ceasefire and invited observers from China, Germany, Malta and Turkey to come and verify it. The Western countries refused to send observers and chose the path of aggression, the spokesman said."""),

("france_recognises_libyan_national_council", "Anatolia Daily Courier", "The EU was set to hold",
"""Ankara and Paris have differed sharply over Libya from the start of the crisis. President Sarkozy has spoken openly of possible targeted air strikes, while Turkish leaders have warned against a repetition of the Iraq experience and stressed that any step must be taken under the UN. Turkey also has reservations about being left out of diplomatic initiatives led by France and Britain.

Turkey is among Libya's largest trading partners, and Turkish contractors had projects worth an estimated $15 billion in the country before the unrest, from housing and hospitals to roads. Most of those sites have been abandoned, and companies have reported looting of equipment."""),

("loyalists_drive_rebels_out_of_ras_lanuf", "Free Libya Bulletin", "Residents of Ras Lanuf who had returned",
"""Ras Lanuf has now changed hands four times since the beginning of March. The revolutionaries first entered it on 4 March and held it until 10 March, when the brigades retook it after a bombardment from land, sea and air. It was freed again on Sunday, 27 March, after the coalition strikes destroyed the tanks of the brigades around Ajdabiya and Brega.

Volunteers who have arrived in Brega from Benghazi said they were ready to go to the front, but commanders asked them to wait, and to leave the fighting to the units of the army that joined the revolution, which are better trained."""),

("coalition_launches_first_strikes", "Anatolia Daily Courier", "Turkish Airlines suspended",
"""The strikes came after Gaddafi's forces attacked Benghazi on Saturday morning, despite a cease-fire announced by the Libyan government on Friday. Tanks and artillery reached the southern and western outskirts of the city, and thousands of residents fled toward the Egyptian border. The UN Security Council adopted Resolution 1973 on Thursday, authorizing all necessary measures short of occupation to protect civilians.

Turkish officials said Turkey's priority was the safety of the Libyan people and of Turkish citizens still in the country, and that Ankara would continue to send humanitarian aid through Benghazi and Tunisia."""),

("nato_agrees_to_take_command", "Anatolia Daily Courier", "On the ground, Libyan opposition forces",
"""The negotiations inside NATO had been tense. Turkey had objected to a French proposal to run the political direction of the campaign from outside the alliance, while France had argued that NATO branding could alienate Arab partners. Germany, which abstained in the UN vote, withdrew its ships from NATO duties in the Mediterranean. Italy had threatened to take back control of its air bases unless the operation came under NATO command.

Turkish officials said the operation should be conducted in a way that would not cause civilian casualties and that all efforts should be made to achieve a cease-fire and open the way for a political solution reflecting the legitimate demands of the Libyan people."""),

("rebels_repel_loyalist_assault_on_brega", "Meridian Press Agency", "In Benghazi, the rebels' newly formed",
"""The attack on Brega, Libya's second-largest hydrocarbon complex with a refinery, a gas liquefaction plant and an export terminal, was the furthest east government troops had pushed since losing control of the region last week. Oil company officials said production in the area had largely stopped as foreign workers left.

The U.N. refugee agency said about 140,000 people, most of them Egyptian and Tunisian migrant workers, had fled across Libya's borders since mid-February, and described the situation at the Ras Jdir crossing into Tunisia as a humanitarian emergency."""),
]
