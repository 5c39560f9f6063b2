# G1: Resolution 1970 (26 Feb 2011) and G2: national council launched in Benghazi (27 Feb 2011)
ARTICLES = []
A = ARTICLES.append

A(dict(group="unsc_adopts_resolution_1970_on_libya_2011_02_26", published="2011-02-27",
outlet="Meridian Press Agency",
title="U.N. Security Council slaps sanctions on Gaddafi, refers crackdown to war crimes court",
text="""UNITED NATIONS (MPA) - The U.N. Security Council voted unanimously late on Saturday to impose an arms embargo on Libya, freeze the assets of Muammar Gaddafi and members of his family, and ask the International Criminal Court to investigate the deadly crackdown on protesters.

All 15 council members backed the resolution, numbered 1970, after a day of closed-door haggling over the referral to the Hague-based court, which some members had initially been reluctant to accept. Diplomats said the decision to send the case to the ICC became possible after Libya's own delegation, which broke with Gaddafi this week, wrote to the council urging action.

The measure bars travel by Gaddafi, several of his children and a group of close aides and security chiefs, 16 people in all, and freezes the foreign holdings of the Libyan leader and five of his relatives. It also forbids any country from selling or supplying weapons to Libya and asks states to inspect suspect cargo bound for the country.

U.S. Ambassador Susan Rice told reporters after the vote that the council had sent a strong message that gross violations of the rights of ordinary Libyans would not be tolerated and that those responsible would be held to account.

U.N. Secretary-General Ban Ki-moon, who had told the council on Friday that more than 1,000 people were believed to have been killed, welcomed the vote and said he hoped it would be heard by the government in Tripoli. He called the resolution a clear expression of the council's will.

Libya's envoy to the United Nations, Abdurrahman Shalgham, a long-time friend of Gaddafi who announced his break with the leader in an emotional speech to the council on Friday, said the resolution would help put an end to the violence. His deputy, Ibrahim Dabbashi, had already called on Gaddafi to step down earlier in the week.

The vote came hours after U.S. President Barack Obama said for the first time that Gaddafi had lost the legitimacy to rule and should leave power immediately, according to a White House account of a telephone call with German Chancellor Angela Merkel.

There was no immediate reaction from Tripoli, where Gaddafi's son Saif al-Islam told foreign television on Saturday that the family would stay and fight and that reports of massacres were exaggerated.

The uprising against Gaddafi's 41-year rule erupted in mid-February in the eastern city of Benghazi and quickly spread across the east, where rebels now control most towns, and to cities near the capital such as Zawiya and Misrata. Gaddafi, in a rambling televised speech on Tuesday, vowed to fight "to the last drop of blood" and called protesters rats and drug addicts.

Thousands of foreigners were still trying to leave the country on Saturday, crowding the Tunisian and Egyptian borders and the port and airport of Tripoli.
"""))

A(dict(group="unsc_adopts_resolution_1970_on_libya_2011_02_26", published="2011-02-27",
outlet="Huaxia News Service",
title="UN Security Council adopts resolution imposing sanctions on Libya",
text="""UNITED NATIONS, Feb. 26 (HNS) -- The UN Security Council on Saturday unanimously adopted a resolution imposing sanctions on Libya, including an arms embargo, a travel ban and an asset freeze, in response to the violence against civilians in the North African country.

Resolution 1970, adopted by all 15 council members, also refers the situation in Libya since Feb. 15 to the prosecutor of the International Criminal Court.

The resolution demands an immediate end to the violence and calls for steps to meet the legitimate demands of the population. It urges the Libyan authorities to act with maximum restraint, respect human rights, ensure the safety of all foreign nationals and allow the safe passage of humanitarian and medical supplies.

Speaking after the vote, Chinese Permanent Representative to the UN Li Baodong said China was deeply concerned about the situation in Libya and that the most urgent task was to cease violence, end bloodshed and protect civilians. He said China had voted in favor of the resolution in light of the special circumstances in Libya.

Li said China's position had consistently been that the sovereignty, independence, unity and territorial integrity of Libya should be respected, and that the crisis should be resolved through dialogue and other peaceful means.

China has attached great importance to the safety of its nationals in Libya and has organized the largest evacuation operation in its history. More than 12,000 Chinese citizens have left Libya by sea, air and land so far, with chartered ships and aircraft sent to Libyan ports and to neighboring Egypt, Tunisia and Greece, according to the Chinese Foreign Ministry.

UN Secretary-General Ban Ki-moon welcomed the decision, saying the council had taken a decisive action. Libya has been rocked by anti-government protests since mid-February, with clashes between demonstrators and security forces in several cities.

Editor: Zhang Wei
"""))

A(dict(group="unsc_adopts_resolution_1970_on_libya_2011_02_26", published="2011-02-27",
outlet="Al-Sahil TV Net",
title="The Security Council imposes sanctions on Gaddafi and his family and refers the file to the International Criminal",
text="""Al-Sahil Net - New York - agencies

The UN Security Council adopted in its session late yesterday Saturday unanimous decision to impose sanctions on the Libyan leader Muammar Gaddafi and members of his family and the leaders of his regime, and referred the file of the repression of the demonstrators to the International Criminal Court in The Hague.

The resolution, which carried the number 1970, stipulates a ban on the sale of weapons to Libya and a freeze of the assets of Colonel Gaddafi and four of his sons and his daughter Aisha, and prevent the travel of sixteen of the figures of the regime, among them his sons Saif al-Islam, al-Mutasim and Khamis, who is leading the brigade carrying his name.

The Secretary General of the United Nations Ban Ki-moon said that the decision is a clear message that gross violations of basic human rights will not be tolerated, and he had said before the session that the number of deaths exceeded one thousand people according to estimates.

For his part, the Libyan ambassador to the United Nations Abdul Rahman Shalgam said the decision is a "moral support" for the Libyan people, and he called the army to stand with the people. It is worth mentioning that Shalgam announced day before yesterday Friday his split from the regime in a speech before the Council in which he appealed to the United Nations to save Libya, after a few days of hesitation.

In Benghazi, the citizens received the news of the decision with cries of Allahu Akbar in the square in front of the courthouse, which became the headquarters of the revolutionaries, and a young man told correspondent of Al-Sahil that the decision is late but it is good, and the people want international protection from the airplanes.

On the ground, the city of Zawiya west of Tripoli witnessed today Sunday a state of caution after the revolutionaries repelled yesterday an attack by the security brigades, while the witnesses talked about a heavy deployment of Gaddafi's forces at the entrances of the capital.

Meanwhile, former Justice Minister Mustafa Abdul Jalil, who resigned from his position in protest against the killing of demonstrators, announced yesterday in statements to a satellite channel the formation of a transitional government that will lead the country for three months before elections, but the revolutionaries in Benghazi said the matter is still under discussion.

It is worth mentioning that the Libyan revolution broke out on 17 February in the city of Benghazi and extended to most of the eastern cities, and the Libyan leader who rules the country since 1969 said he will not leave and he will die as a martyr.

Read also:
- Thousands of Egyptians flee to Sallum crossing
- Saif al-Islam: we have plan A and plan B and plan C
- Oil prices jump to the highest level in two years

Share on Facebook | Tweet | Print
"""))

A(dict(group="opposition_launches_national_council_in_benghazi_2011_02_27", published="2011-02-27",
outlet="Agence Euromonde",
title="Libya: opposition launches 'national council' in Benghazi, says it is not a government",
text="""BENGHAZI, Libya, Feb 27 (AEM) - Libyan opponents of Muammar Gaddafi on Sunday announced the creation of a national council in the rebel-held city of Benghazi, saying it would give a political face to the revolt but was not an interim government.

"The main aim of the council is to be the political face of this revolution," its spokesman, lawyer Abdel Hafiz Ghoga, told a press conference at the Benghazi courthouse, which has been turned into the nerve centre of the uprising.

Ghoga said the new body, which he called the National Libyan Council, would bring together representatives of towns that have thrown off the authority of the regime and would help "liberate" the rest of the country, in particular the capital Tripoli. He said it did not seek foreign military intervention.

The announcement appeared intended to clarify confusion created on Saturday by former justice minister Mustafa Abdel Jalil, who quit Gaddafi's cabinet last Monday in protest at the killing of demonstrators and told Arab television he would head a provisional government to prepare elections within three months.

Ghoga said Abdel Jalil's remarks had reflected his personal view and that no transitional government would be formed until Tripoli was freed. But other opposition figures in Benghazi said the former minister remained a respected figure and was likely to play a leading role. "We are not dividing Libya. Tripoli is our capital," said one member of the city's revolutionary committee.

Libya's envoys to Washington and to the United Nations, who have both broken with Gaddafi, voiced support on Saturday for an interim administration led by Abdel Jalil.

The launch of the council came a day after the UN Security Council unanimously imposed an arms embargo and sanctions on Gaddafi and his inner circle and referred the bloody repression of protests to the International Criminal Court.

Rebels now control virtually all of eastern Libya, from the Egyptian border to beyond the oil town of Brega, as well as the cities of Misrata and Zawiya in the west. Gaddafi, in power since 1969, still holds Tripoli, where residents have described a climate of fear, with militiamen patrolling the streets.

Washington said on Sunday it was reaching out to opposition figures in the east. Secretary of State Hillary Clinton told reporters travelling with her to Geneva, where she is to attend a UN rights meeting on Monday, that US officials had been in touch with Libyans trying to organise in the east.
"""))

A(dict(group="opposition_launches_national_council_in_benghazi_2011_02_27", published="2011-02-28",
outlet="Free Libya Bulletin",
title="National Council formed in Benghazi to represent the revolution of 17 February",
text="""Benghazi, (Agencies / FLB - 28th Feb, 2011 ) :

The revolution of 17 February has a political voice at last. At a packed press conference at the North Benghazi court on Sunday afternoon, the coalition that has run the liberated city since the regime's brigades fled announced the formation of a National Council which will speak for all the freed cities of Libya.

Lawyer Abdel Hafiz Ghoga, who acted as spokesman, explained that the council will include representatives from every liberated city and town, and that new members will join as more cities are freed. He insisted the council is not a provisional government and that it has no intention of dividing the country. "Libya is one, and Tripoli is the capital," he said, to applause from the crowd outside.

The former justice minister, Counsellor Mustafa Abdel Jalil, who resigned from the government last week in protest at the massacres of demonstrators, is expected to take a leading role. On Saturday he had spoken of a transitional authority that would hand power to an elected leadership within three months. Some members of the Benghazi coalition said they had not been consulted before that statement, but all stressed that unity comes before everything.

The council said its first tasks would be to organise the security of the liberated cities, to coordinate the volunteers who have taken up arms and to make contact with officers who have joined the revolution, so that a national army can be formed to help free the cities still under siege.

Speakers also called on the world to recognise that the regime has lost its legitimacy, and welcomed Saturday's resolution of the Security Council, which froze the money of the Gaddafi family and referred the crimes against the Libyan people to the International Criminal Court.

In the square outside the court, young men waved the red, black and green flag of independence and chanted for Zawiya and Misrata, which are under attack by the brigades of Gaddafi's sons.

Read also:
Zawiya residents repel attack, bury their martyrs
Doctors at Al-Jalaa hospital appeal for blood and medicines

Share this:
Facebook | Twitter | Email
"""))
