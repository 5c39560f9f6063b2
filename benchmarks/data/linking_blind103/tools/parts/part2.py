ARTICLES = [
dict(group="gnc_elects_ali_zeidan_prime_minister_2012_10_14", published="2012-10-15", outlet="Turkiye News Agency English",
title="Libya's National Congress elects Ali Zeidan as new prime minister",
text="""TRIPOLI – Libya's General National Congress on Sunday elected Ali Zeidan, a former diplomat and long-time opponent of the Gaddafi regime, as the country's new prime minister, a week after lawmakers dismissed his predecessor.

Zeidan received 93 votes in the 200-seat assembly, defeating Local Government Minister Mohammed al-Harari, who won 85 votes, the congress speaker Mohammed al-Megaryef announced in a session broadcast live on Libyan television. Al-Harari had the backing of the Justice and Construction Party, while Zeidan was supported by the National Forces Alliance led by Mahmoud Jibril.

Megaryef said the new premier had two weeks to present a cabinet to the congress for approval.

Zeidan, who had stood for the congress as an independent, gave up his seat in order to run for the post. He told lawmakers before the vote that rebuilding the army and the police would be his first priority, along with integrating the revolutionary brigades into state institutions.

The vote comes after the congress withdrew confidence on October 7 from Mustafa Abushagur, who had been elected prime minister in September but twice failed to win approval for his proposed government. Abushagur served only 25 days.

Born in 1950, Zeidan served as a Libyan diplomat in India before defecting in 1980 and joining the exiled opposition National Front for the Salvation of Libya. He later worked as a human rights advocate in Geneva and, during the 2011 revolution, represented the National Transitional Council in European capitals.

The congress, elected on July 7 in Libya's first free national vote in more than four decades, is made up of 80 seats for party lists and 120 for independent candidates. The National Forces Alliance won the largest share of the party seats, ahead of the Justice and Construction Party, but the loyalties of many independents remain fluid, making every vote in the assembly difficult to predict.

Turkey, which backed the 2011 revolution and whose prime minister Recep Tayyip Erdogan visited Tripoli weeks after the fall of the capital last year, has repeatedly voiced its support for Libya's democratic transition and for the rebuilding of its state institutions.

Before the vote, four candidates had been considered by members, according to congress sources, and the list was narrowed after consultations between the blocs.

The new prime minister faces major challenges, including a standoff around the town of Bani Walid, where forces allied to the government have massed after the death of a former rebel fighter held there, and the continuing fallout from the deadly September 11 attack on the US consulate in Benghazi.
"""),

dict(group="gnc_elects_ali_zeidan_prime_minister_2012_10_14", published="2012-10-14", outlet="Revolution Voice Libya",
title="Congress chooses Ali Zidan as head of the interim government by 93 votes",
text="""Posted by Revolution Voice newsroom | 14 October 2012 | Politics | 3 comments

Tripoli — The General National Congress this evening chose Ali Zidan as prime minister of the interim government after a vote in which he edged out Mohammed al-Harari, the minister of local government, by 93 votes to 85.

Congress president Dr Mohammed al-Megaryef declared the result shortly after the count and asked the prime minister-elect to submit the names of his ministers within two weeks. One ballot was blank, according to members present in the hall.

The session began with the candidates presenting their programmes. Zidan spoke of security first: an army and police that answer to the state, the return of displaced families, and a fair deal for the thuwar who fought in the liberation war. He said the revolutionaries would be treated with respect and integrated according to their wishes, through training and employment, rather than being pushed aside.

Al-Harari, an academic from Tripoli backed by the Justice and Construction bloc, told members his government would focus on decentralisation and on services for the municipalities.

Several members from the revolutionary current expressed reservations after the vote, saying Zidan's long years in exile and the support of the Alliance bloc would make him lean to one party. Others welcomed the outcome and called on all blocs to give the new government a fair chance. "We do not have the luxury of another month without a government," one Misrata member told Revolution Voice in the corridor after the session.

The choice comes one week after the Congress voted to remove Dr Mustafa Abu Shagour, whose two cabinet lists were rejected by members and by protesters from several cities who stormed the Congress hall objecting to the distribution of ministries. Abu Shagour had held the post for less than four weeks.

Zidan, 62, from Waddan in al-Jufra, was a member of the Congress for the independent seats before resigning to stand for the premiership. He was a founding figure of the National Front for the Salvation of Libya and, during the revolution, worked in Paris and other capitals to win recognition for the Transitional Council.

The new government will inherit the file of Bani Walid, where brigades under the Chiefs of Staff are gathered around the town demanding the handover of those accused in the death of the martyr Omran Shaaban, and the investigation into the attack on the American consulate in Benghazi last month.

Read also: Thuwar of Misrata give Bani Walid deadline
Read also: Abu Shagour: I refused to bow to pressure of the blocs

Share this:
Facebook | Twitter | Google+

3 comments
Abdelhakim, Tripoli: Congratulations, now give us security.
Salem: Another man from abroad.
Najla: Good luck to him, he will need it.
"""),

dict(group="french_embassy_tripoli_car_bomb_2013_04_23", published="2013-04-23", outlet="Meridian Press International",
title="Car bomb hits French embassy in Tripoli, wounding two guards",
text="""TRIPOLI, Libya (MPI) — A car packed with explosives blew up outside the French embassy in the Libyan capital early on Tuesday, wounding two French security guards and a Libyan girl living nearby and ripping away much of the building's front wall, officials said.

It was the first major attack on a foreign diplomatic mission in Tripoli since the 2011 uprising against Muammar Gaddafi. The blast came seven months after the assault on the U.S. mission in Benghazi in which ambassador Christopher Stevens and three other Americans were killed.

The explosion went off shortly after 7 a.m., before most embassy staff had arrived for work, Libyan security officials said. The car had been left in a side street beside the two-storey villa in the Hay al-Andalus district, one of the city's wealthier neighbourhoods. The blast set part of the embassy on fire, destroyed vehicles parked outside and damaged several nearby houses and shops.

One of the French guards, both members of the gendarmerie, was seriously hurt and underwent surgery in Tripoli, French officials said. The other was lightly injured.

French Foreign Minister Laurent Fabius condemned what he called an odious act and flew to Tripoli later on Tuesday to inspect the damage and meet Libyan leaders. President Francois Hollande said France expected the Libyan authorities to shed full light on the attack so that those responsible could be identified and put on trial.

Libya's government called the bombing a terrorist act aimed at undermining the country's security and its relations with France, and pledged a joint investigation with French officials. Interior Minister Ashour Shuail visited the site in the morning.

No group claimed responsibility. Some Libyan officials and analysts said the attack could be linked to France's military intervention in Mali, where French troops have been fighting Islamist militants since January. Libya's south has served as a transit route for arms and fighters moving across the Sahara.

Libyan authorities have struggled to control the country's vast southern borders. In December, the congress declared several southern regions a closed military zone and ordered the temporary closure of land crossings with Chad, Niger, Sudan and Algeria, citing the movement of armed groups and smugglers across the desert.

France was among the strongest backers of the Libyan uprising, leading the push for the NATO air campaign that helped rebels topple Gaddafi in 2011.

Libya has struggled to impose order since the war, with armed brigades formed during the uprising still more powerful than the army and police. Western diplomats and aid groups in Benghazi have been targeted repeatedly, but Tripoli had until now been considered relatively safe for foreign missions.

Residents of the street, a mix of villas and small shops, said the force of the explosion shattered windows hundreds of metres away. Firefighters worked for more than an hour to put out the blaze at the embassy entrance, and security forces sealed off the area as investigators collected debris from the car.

Several embassies said on Tuesday they were reviewing their security arrangements.
"""),

dict(group="french_embassy_tripoli_car_bomb_2013_04_23", published="2013-04-24", outlet="Haber Ekspres 24",
title="Trablus'ta Fransa Büyükelçiliği'ne bombalı araçla saldırı: 2 yaralı",
text="""Exit mobile version

Trablus'ta Fransa Büyükelçiliği'ne bombalı araçla saldırı: 2 yaralı

Libya capital Trablus (Tripoli) in France Embassy front was exploded a bomb loaded vehicle, 2 French guard was wounded.

HABER MERKEZİ – The explosion is happened Tuesday morning hours local time around 07.00 in the Andalus neighbourhood where the embassy building is located. According to Libyan security sources, the bomb-laden car was parked beside the embassy wall and was exploded before the employees come to work.

In the explosion the embassy building entrance and wall was heavily damaged, a fire was started inside some offices. Also near houses and vehicles were damaged. Local sources said a young girl living in near house also was injured.

France Foreign Minister Laurent Fabius condemned the attack and said "the perpetrators will be found". Fabius went to Trablus same day for investigation. France President François Hollande also asked from Libyan authorities to light up the attack fully.

Libya government described the attack as "terör eylemi" (terrorist act) and announced that investigation was started together with French side.

No organisation took responsibility of the attack yet. Experts are stating that the attack can be related with France military operation in Mali against radical groups.

Bu saldırı, geçen yıl 11 Eylül'de Bingazi'de ABD konsolosluğuna yapılan ve Büyükelçi Chris Stevens'in öldüğü saldırıdan sonra the biggest attack against a diplomatic mission in Libya. It is the first time that an embassy is targeted in capital Trablus since Kaddafi regime is fallen in 2011.

Geçen Aralık ayında Libya Ulusal Kongresi the south regions was declared closed military zone and the borders with Çad, Nijer, Sudan and Cezayir was closed temporary because of armed groups and smuggling.

Libya is facing security problem since revolution, many armed groups are still not giving their weapons.

İLGİLİ HABERLER
Libya'da silahlı gruplar Dışişleri Bakanlığı'nı kuşattı
Bingazi'de İtalyan konsolosa suikast girişimi
Mali'de Fransız operasyonu sürüyor

Bu habere yorum yapın
Paylaş: Facebook Twitter
"""),

dict(group="french_embassy_tripoli_car_bomb_2013_04_23", published="2013-04-24", outlet="Emirates Dispatch",
title="Tripoli embassy bombing raises fears for foreign missions as France vows to find attackers",
text="""ABU DHABI // The car bomb that tore through the front of the French embassy in Tripoli on Tuesday has deepened fears that Libya's extremist groups are widening their reach from the lawless east to the capital, diplomats and analysts said yesterday.

Two French gendarmes guarding the mission were wounded in the blast, one of them seriously, and a teenage girl in a neighbouring house was also hurt. The explosion, at about 7am, tore down the perimeter wall, gutted the reception area and set cars ablaze in the quiet residential street in the Andalus district.

Laurent Fabius, the French foreign minister, said the attack targeted not only France but every country fighting terrorist groups, and flew to Tripoli the same day to see the damage and meet Libyan officials. The government of Ali Zeidan described the bombing as a terrorist act and said Libyan and French investigators would work together.

No group has claimed the bombing. But security analysts in the Gulf pointed to the timing — a day after the French parliament voted to extend the deployment of troops in Mali — and to the presence in southern and eastern Libya of militant cells with ties to the groups France has been fighting in the Sahel since January.

The attack is the most serious against a foreign mission since armed men stormed the American compound in Benghazi on September 11 last year, killing ambassador Christopher Stevens. Since then, the Italian consul in Benghazi has escaped an assassination attempt and the British ambassador's convoy was hit by a rocket-propelled grenade last June.

Tripoli, though, had been spared such attacks until now, and several Western embassies had begun to expand their presence in the capital. On Tuesday, residents of the Andalus neighbourhood said they had assumed foreign missions were safe in the city. "We heard the blast and the windows fell in," a shopkeeper told the Dispatch by telephone. "Nobody expected this here."

Even in the capital, the state's authority has been repeatedly challenged. In March, protesters and armed men surrounded the General National Congress and trapped deputies inside for hours, and gunfire struck the car of the congress president, Mohammed Magariaf, as he left.

The attack also threatens Libya's efforts to lure back foreign companies. Oil output has recovered close to pre-war levels, but construction and services firms, many of them from Europe, Turkey and the Gulf, have been slow to return, citing security. "Every attack like this sets us back by months," a Libyan businessman in Dubai said.

The bombing adds to the pressure on Mr Zeidan, whose government has been unable to disband the armed brigades formed during the 2011 revolution. Analysts said the prime minister's plans to build a professional army and police, backed by training offers from Western states, had yet to produce forces capable of protecting the capital.

Libyan officials said protection would be stepped up at embassies across the capital.
"""),

dict(group="gnc_passes_political_isolation_law_2013_05_05", published="2013-05-05", outlet="Atlas News Agency",
title="Libya bars Gaddafi-era officials from office as gunmen besiege ministries",
text="""TRIPOLI, May 5 (Atlas) - Libya's parliament on Sunday passed a law banning anyone who held a senior post under Muammar Gaddafi from public office, bowing to the demands of armed groups who have surrounded two government ministries in the capital for a week.

The General National Congress approved the Political Isolation Law by a large majority. Members said 164 of the 169 deputies present voted in favour. Gunmen in pickup trucks mounted with anti-aircraft guns remained outside the foreign and justice ministries after the vote, and some said they would stay until their other demands, including the resignation of Prime Minister Ali Zeidan, were met.

The law bars from political and senior administrative positions, for ten years, people who held a range of posts between Gaddafi's coup on Sept. 1, 1969 and the declaration of Libya's liberation in October 2011. It covers former ministers, ambassadors, senior security officers, heads of state companies and university heads, among others, and makes no exception for those who defected and joined the revolt.

Rights groups and Western diplomats had warned that the text was so broad it could strip the government of experienced officials and cripple ministries. It could also unseat some of the country's most senior figures. Congress president Mohammed Magariaf served as Gaddafi's ambassador to India before defecting in 1980, and several ministers in Zeidan's cabinet held posts in the former government.

The armed groups, made up largely of former rebels, seized the foreign ministry on April 28 and the justice ministry days later, saying they would not leave until the law was passed. Zeidan had called the siege unacceptable but said the government would not use force against the gunmen.

"The Congress took this decision under pressure, but it was also a demand of the revolution," one deputy said after the vote, asking not to be named.

Zeidan told a news conference before the vote that his government would not be drawn into fighting in the streets of the capital, saying that the state had to be built by dialogue and not by force. Diplomats said privately that the government had little choice, since the army and police are far weaker than the brigades.

The siege is the latest in a series of challenges to Libya's elected institutions. In March, protesters and armed men trapped deputies inside the congress hall for hours during a debate on the isolation law, and the car of the congress president was hit by gunfire as he left the building.

The vote was broadcast on state television. Supporters of the law celebrated outside the Congress building in Tripoli, firing guns into the air.

Libya has struggled to establish the authority of the state since the 2011 war, with many of the brigades that fought Gaddafi refusing to disarm. Armed groups have stormed the Congress building several times this year, and in March deputies were held inside the hall for hours by protesters.

The law is due to take effect next month. A commission will decide who falls under its provisions.
"""),

dict(group="gnc_passes_political_isolation_law_2013_05_05", published="2013-05-07", outlet="The Atlantic Courier",
title="Libya's purge: a law passed at gunpoint",
text="""By our North Africa correspondent

The men in the pickup trucks did not leave. On Sunday, Libya's elected congress gave them what they had demanded for more than a week, voting overwhelmingly for a Political Isolation Law that bars officials of Muammar Gaddafi's 42-year regime from public life. On Monday and again on Tuesday, the gunmen were still parked outside the foreign and justice ministries in Tripoli, their anti-aircraft guns pointing down the street, now demanding the head of the prime minister.

The law itself is sweeping. For ten years it excludes from senior political and administrative posts anyone who served in a long list of roles between September 1969 and October 2011: ministers, ambassadors, officers of the security services, senior figures in the revolutionary committees, executives of state companies, even leaders of student unions. There is no exemption for those who broke with Gaddafi years ago and spent decades in exile, nor for those who defected during the 2011 uprising and helped to bring him down.

That omission may cost Libya some of the very people who led the revolt. Mohammed Magariaf, the president of the congress, was Gaddafi's ambassador to India in the late 1970s before he defected and founded the main exile opposition movement. Mahmoud Jibril, the former rebel prime minister whose National Forces Alliance won the party vote in last July's election, headed a planning body under the old regime. Ali Zeidan, the prime minister, was himself a junior diplomat in New Delhi before he fled.

The campaign for the law was driven by an alliance of Islamist politicians, hardline revolutionary groups and brigades from Misrata, Tripoli and elsewhere who argue that the old guard is creeping back into power. For them, isolation is a matter of principle: the revolution cannot be secured while the men who served the dictator hold office. Critics, including the liberal-leaning National Forces Alliance, the United Nations mission and Western governments, warned that it would empty ministries of competent staff and turn vetting into a weapon against political rivals.

What troubled diplomats most was not the law but the manner of its passage. The siege began on April 28, when armed men surrounded the foreign ministry. Within days the justice ministry was besieged too, and armed men also turned up outside other government buildings. Mr Zeidan, whose government has no army to speak of, said the state would not answer force with force. Deputies who had been arguing for months over the wording found themselves voting, in effect, under the muzzle.

Members said 164 of the 169 present voted yes. Even the Alliance, which had opposed the broadest version, largely fell into line, calculating that resistance was futile and that amendments could come later. One deputy said privately that the choice had been between passing a bad law and watching the state be humiliated further.

It is not the first time armed men have bent Libya's institutions. The congress building has been stormed several times this year. In March, protesters held deputies inside the chamber for hours and fired at the car of Mr Magariaf. Last October, the assembly's first prime minister-designate, Mustafa Abushagur, fell after protesters burst into the hall to reject his cabinet list.

The question now is what happens next. A commission is to be set up to apply the law, which comes into force next month. Mr Magariaf's position looks untenable. Mr Zeidan has said he will reshuffle his cabinet. And the armed groups have learned a lesson that will not be lost on others: in the new Libya, a week with heavy weapons outside a ministry can achieve what months of politics could not.
"""),

dict(group="gnc_passes_political_isolation_law_2013_05_05", published="2013-05-06", outlet="Sada al-Maghrib Network",
title="The National Congress approves the political isolation law amid the continuation of the siege of the ministries",
text="""Tripoli – Sada al-Maghrib – The General National Congress in Libya approved, yesterday Sunday, the political and administrative isolation law, which prevents those who held positions under the regime of Muammar al-Qadhafi from taking up public posts, at a time when armed men continue their siege of the ministries of foreign affairs and justice in the capital Tripoli.

And a member of the Congress said to Sada al-Maghrib that the law obtained the approval of 164 members out of 169 members who attended the session, which was broadcast on the official television, pointing out that the law will enter into force after a month of its issuance and will continue for a period of ten years.

The law covers everyone who held a leading position from the first of September 1969 until the liberation of the country in October 2011, among them the ministers and ambassadors and the officials of the security agencies and the revolutionary committees, and it did not exclude the figures who joined the revolution of 17 February.

On the other hand, the armed men surrounding the ministry of foreign affairs since the twenty-eighth of last April announced that they will not end their siege before the resignation of the government of Ali Zeidan, according to what a spokesman for them said in statements to local channels, today Monday.

And the Prime Minister Ali Zeidan had affirmed in previous statements that the government will not enter into an armed confrontation with the besiegers, and he called them to leave the state headquarters.

It is worth mentioning that observers expect the law to lead to the exclusion of the president of the Congress Mohammed al-Muqrif, who worked as an ambassador of Libya in India before his defection from the Qadhafi regime at the beginning of the eighties, and possibly other figures in the government and the Congress.

And the Congress had witnessed in the month of March past a siege by demonstrators who demanded the approval of the law, and the car of the president of the Congress was subjected to shooting at that time, in an incident which was condemned by the government and the political blocs.

It is worth mentioning also that the international organizations for human rights had warned against the wide formulation of the law, while its supporters see it as protection for the revolution from the return of the symbols of the former regime.

Read also:
The armed men expand their siege to the ministry of justice
Zeidan: we will not use force against the besiegers

Tags: Libya, National Congress, political isolation, Tripoli
"""),
]
