EXTRAS = [
("gaddafi_forces_retake_ras_lanuf", "Wirefront Live", "15.40 GMT:",
"""16.20 GMT: A reader asks how Ras Lanuf fits into the bigger picture. It is home to one of Libya's biggest refineries and an export terminal, about 370 miles east of Tripoli. The rebels took it on 4 March and pushed on to Bin Jawad, where they were ambushed on Sunday. Since then Gaddafi's forces have been pressing east along the coast road with armour and artillery, backed by aircraft and, rebels say, ships offshore.

15.50 GMT: The Gulf Cooperation Council says the Libyan regime has lost its legitimacy and calls for contacts with the national council in Benghazi.

"""),

("rebels_retake_ajdabiya", "Al-Sahil TV Net", "In the west of the country",
"""The coalition forces had carried out during the last two days intensive raids on the positions of the brigades in the vicinity of Ajdabiya, and the British Ministry of Defence announced that its Tornado aircraft destroyed armoured vehicles in the area, while the French side spoke about striking artillery and a command post.

"""),

("london_conference_on_libya", "Huaxia News Service", "Western military action against Libya began",
"""The Libyan government, which was not invited to the conference, said through a spokesman in Tripoli that the meeting had no right to decide the future of Libya and called again for an end to the air strikes. The opposition National Transitional Council, based in Benghazi, published before the conference a statement pledging to build a democratic state with free elections.

"""),

("coalition_launches_first_strikes", "Anatolia Daily Courier", "Prime Minister Recep Tayyip",
"""Diplomatic sources in Ankara said Turkey had been uncomfortable with the way the Paris meeting was organized and believed that the operation should be brought under a UN-based or NATO framework rather than being run by a small group of countries. Turkey, they said, had conveyed this view to its allies in telephone contacts over the weekend.

"""),

("loyalists_drive_rebels_out_of_ras_lanuf", "Agence Euromonde", "The rapid reversal highlighted",
"""In Benghazi, the rebels' military spokesman, Colonel Ahmed Bani, said the withdrawal was tactical and that fighters would regroup at Brega. Residents of Ras Lanuf, many of whom had returned home only days before, loaded their belongings into cars and joined the flight east.

"""),

("opposition_launches_national_council", "Free Libya Bulletin", "Speakers also called on the world",
"""Among those in the hall were judges, lawyers, professors of Garyounis University and officers who have joined the revolution, as well as representatives who came from Al-Bayda, Derna, Tobruk and Ajdabiya. Telephone contact has also been established with the revolutionaries in Misrata and Zawiya, and with the youth in Tripoli who are organising in secret.

"""),

("unsc_adopts_resolution_1970", "Meridian Press Agency", "Thousands of foreigners were still",
"""In Tripoli on Friday, security forces fired on demonstrators who marched after prayers in several districts, residents said, while Gaddafi appeared on the ramparts of the old fort overlooking Green Square and told cheering supporters to prepare to defend the nation. Opposition groups said dozens were killed, but the figure could not be confirmed. The government has restricted the movement of foreign reporters and cut internet access for long periods.

"""),

("arab_league_asks_un", "Meridian Press Agency", "An Al Jazeera cameraman",
"""The European Union, at an emergency summit in Brussels on Friday, demanded that Gaddafi give up power immediately and said it would consider all options to protect civilians, provided there was a demonstrable need, a clear legal basis and support from the region. Saturday's Arab League decision met the last of those conditions, French officials said.

"""),

("gaddafi_forces_retake_ras_lanuf", "Jamahiriya Voice English Service", "Mr. Kaim denounced the French decision",
"""The source said that the gangs had tried to destroy the oil port of Al-Sidra and the storage tanks in Ras Lanuf before their withdrawal, but the quick intervention of the armed forces prevented a disaster which would have harmed the environment and the national economy. The workers of the oil companies will return to their work as soon as the engineering teams complete their inspection of the installations.

"""),
]
