# Part 4: ICC arrest warrants (27 Jun), killing of Abdel Fattah Younis (28 Jul),
# rebels storm Bab al-Aziziya (23 Aug), Gaddafi killed in Sirte (20 Oct).

G10 = "icc_arrest_warrants_gaddafi_saif_senussi_2011_06_27"
G11 = "rebel_commander_abdel_fattah_younis_killed_2011_07_28"
G12 = "rebels_storm_bab_al_aziziya_compound_2011_08_23"
G13 = "gaddafi_killed_as_sirte_falls_2011_10_20"

ARTICLES = [
dict(group=G10, published="2011-06-27", outlet="ReliefLine Bulletins",
title="ICC judges issue arrest warrants for Muammar Gaddafi, Saif Al-Islam Gaddafi and Abdullah Al-Senussi",
text='''ReliefLine Bulletins
Source: International Criminal Court
Country: Libya
Format: News and Press Release
Posted: 27 Jun 2011

Pre-Trial Chamber I issues three warrants of arrest in the situation in Libya

The Hague, 27 June 2011 – Pre-Trial Chamber I of the International Criminal Court (ICC) today issued three warrants of arrest, respectively for Muammar Mohammed Abu Minyar Gaddafi, Saif Al-Islam Gaddafi and Abdullah Al-Senussi, for crimes against humanity, namely murder and persecution, allegedly committed across Libya from 15 February 2011 until at least 28 February 2011 through the State apparatus and Security Forces.

The Chamber is composed of Judge Sanji Mmasenono Monageng, presiding, Judge Sylvia Steiner and Judge Cuno Tarfusser. Reading a summary of the decision in open court, the presiding judge stated that the Chamber found reasonable grounds to believe that the three suspects committed the alleged crimes.

According to the summary, the Chamber considered that there are reasonable grounds to believe that Muammar Gaddafi, in coordination with his inner circle, conceived and orchestrated a plan to deter and quell, by all means, the civilian demonstrations against his regime, and that he exercised absolute, ultimate and unquestioned control over the Libyan State apparatus and Security Forces. Saif Al-Islam Gaddafi was described by the Chamber as the unspoken successor and the most influential person within Muammar Gaddafi's inner circle, acting as a de facto Prime Minister. Abdullah Al-Senussi, head of Military Intelligence, allegedly used his powers over the armed forces under his command in Benghazi to carry out attacks against civilian demonstrators.

The Chamber found that the arrest of the three suspects appears necessary to ensure their appearance before the Court, to ensure that they do not continue to obstruct and endanger the Court's investigations, and to prevent them from using their powers to continue the commission of crimes within the jurisdiction of the Court.

The issuance of a warrant of arrest does not mean that the suspects are guilty. The Prosecutor will have to prove their guilt beyond reasonable doubt at trial.

Background

The situation in Libya was referred to the ICC Prosecutor by the United Nations Security Council through the unanimous adoption of resolution 1970 on 26 February 2011. Under that resolution, the Libyan authorities are required to cooperate fully with the Court and the Prosecutor. While recognising that States not party to the Rome Statute have no obligation under the Statute, the Security Council urged all States and concerned regional and international organisations to cooperate fully with the Court.

The Prosecutor opened an investigation on 3 March 2011 and, in May 2011, applied to Pre-Trial Chamber I for warrants of arrest for the three suspects. The decision was issued on the 100th day of the NATO-led military operations in Libya.

Libya is not a State Party to the Rome Statute. The ICC has no police force of its own and relies on States to execute its warrants.

ReliefLine publishes statements from humanitarian, human rights and international organisations as received. The views expressed are those of the source.
'''),

dict(group=G10, published="2011-06-28", outlet="Cairo Evening Gazette",
title="Tripoli dismisses ICC warrants for Gaddafi as rebels celebrate in Benghazi and Misrata",
text='''Cairo Evening Gazette — Tuesday 28 June 2011

Tripoli dismisses ICC warrants for Gaddafi as rebels celebrate in Benghazi and Misrata

By Gazette Staff and agencies

CAIRO: The Libyan government has rejected arrest warrants issued by the International Criminal Court for Colonel Muammar Gaddafi, his son Saif al-Islam and intelligence chief Abdullah al-Senussi, calling the court a tool of Western powers, while crowds in rebel-held cities celebrated the decision late into the night.

Judges in The Hague on Monday found reasonable grounds to believe the three men were responsible for the murder and persecution of civilians during the first two weeks of the uprising that began in mid-February, and ordered their arrest. Presiding judge Sanji Mmasenono Monageng of Botswana said Gaddafi had absolute and unquestioned control over the state apparatus and security forces.

Within hours, Justice Minister Mohammed al-Qamoudi told a news conference in Tripoli that Libya did not accept the decisions of the ICC, which he described as a tool of the Western world to prosecute leaders of the Third World. He argued that the Libyan leader and his son held no official positions in the government and therefore had nothing to do with the court's claims, and said the ruling was a cover for NATO's attempts to assassinate Gaddafi. Deputy Foreign Minister Khaled Kaim called the ICC a political court serving its European paymasters and said Libyan courts would deal with any abuses committed during the conflict.

In Benghazi and in Misrata, the besieged western port city, people poured into the streets honking car horns and firing into the air. A spokesman for the rebels' National Transitional Council, Jalal al-Galal, said there was no longer any point in talking about negotiations with the regime, since the world had now confirmed that Gaddafi was a war criminal.

The warrants were issued on the 100th day of NATO air operations in Libya, which began under UN Security Council resolution 1973 in March. The court's involvement dates back to February 26, when the Security Council unanimously adopted resolution 1970, referring the situation in Libya to the ICC prosecutor.

Analysts in Cairo said the warrants complicate efforts by the African Union and others to negotiate an exit for the Libyan leader, as countries that are members of the court would be obliged to arrest him if he entered their territory. Egypt has signed but not ratified the Rome Statute.

On the battlefield, rebel fighters in the Nafusa mountains said they had pushed to within about 80 kilometres of Tripoli and were fighting for control of the town of Bir al-Ghanam.
'''),

dict(group=G10, published="2011-06-29", outlet="AfricaNewsHub",
title="World court orders arrest of Gadhafi, son and spy chief",
text='''Home » Africa » North Africa » World court orders arrest of Gadhafi, son and spy chief

Posted by admin | June 29, 2011 | 0 Comments

[ad_1]

World court orders arrest of Gadhafi, son and spy chief

THE HAGUE — The International Criminal Court on Monday issued arrest warrants for Libyan leader Moammar Gadhafi, his son Seif al-Islam and the country's intelligence chief, Abdullah al-Senoussi, on charges of crimes against humanity over the killing and persecution of civilian protesters.

"The chamber hereby issues a warrant of arrest against Moammar Gadhafi," Judge Sanji Mmasenono Monageng said at a brief hearing in The Hague, adding that the Libyan leader had "absolute, ultimate and unquestioned control" over the state and its security forces.

The judges said Gadhafi and Seif al-Islam conceived and orchestrated a plan to deter and quell by all means the demonstrations against the regime that began in mid-February, and that al-Senoussi used his position to have attacks carried out on protesters, particularly in Benghazi.

It is only the second time the court has sought the arrest of a sitting head of state, after Sudan's President Omar al-Bashir in 2009.

Prosecutor Luis Moreno-Ocampo, who requested the warrants in May, said on Sunday that crimes in Libya were continuing and that Gadhafi had to be arrested to stop them.

The Libyan government rejected the ruling. Justice Minister Mohammed al-Qamoudi said Libya did not recognise the court and called it a tool of the West.

The U.N. Security Council referred the Libyan crisis to the court on Feb. 26.

Click here to read more Libya news

France says it air-dropped arms to Libyan rebels

PARIS — France has dropped weapons by air to Libyan rebels fighting Moammar Gadhafi's forces in the mountains south of Tripoli, a French military spokesman confirmed on Wednesday, the first time a NATO country has acknowledged arming the opposition.

Col. Thierry Burkhard, spokesman for the French general staff, said France became aware in early June that rebel-held Berber villages in the Nafusa mountains were under pressure from loyalist forces. "We began by dropping humanitarian aid: food, water and medical supplies," he said. "During the operation, the situation for the civilians on the ground worsened. We dropped arms and means of self-defence, mainly ammunition."

He described the weapons as light infantry arms such as assault rifles. The French daily Le Figaro, which first reported the drops, said the crates also included rocket launchers, machine guns and Milan anti-tank missiles, and that the decision had been taken without consulting NATO partners.

Britain said it had no plans to supply arms. Foreign Secretary William Hague told parliament on Wednesday that the rebels' National Transitional Council had received the first $100 million from an international fund set up to support it.

Until now, only Arab states such as Qatar were known to have supplied weapons to the rebels, through Benghazi.

Share this:
Facebook
Twitter
Email

Related Posts
Libya rebels claim advance toward Tripoli
African Union leaders gather in Malabo

Leave a Reply
Your email address will not be published. Required fields are marked *
'''),

dict(group=G11, published="2011-07-28", outlet="Meridian Wire",
title="Libyan rebels' military chief shot dead, council says",
text='''BENGHAZI, Libya (MW) — The commander of Libya's rebel forces, Abdel-Fattah Younis, was shot dead along with two aides, the head of the opposition National Transitional Council said Thursday, in a killing that threatened to expose divisions in the movement fighting to oust Moammar Gadhafi.

Council chairman Mustafa Abdul-Jalil told a hastily called news conference at a Benghazi hotel that Younis had been summoned to appear before a judicial committee over "a military matter" and was killed by gunmen before he arrived. He said the head of the armed group responsible had been arrested. Abdul-Jalil did not take questions and did not say who he believed was behind the attack.

He called Younis "one of the heroes of the 17th of February revolution," using the name the rebels give their uprising, and announced three days of mourning. The two aides killed with him were both colonels, he said.

Hours earlier, rebel security officials had said Younis and his aides were taken from their operations room near the eastern front line and brought to Benghazi for questioning amid suspicions that his family still had ties to Gadhafi's inner circle. That raised the possibility that he was killed while in the custody of his own side. Rebel officials said late Thursday that the bodies had not yet been found.

Shortly after the news conference ended, armed men forced their way into the grounds of the hotel and fired into the air, witnesses said. Heavy gunfire was heard in parts of the city overnight.

Abdul-Jalil warned of "armed gangs" in rebel-held cities and said they should join the fight at the front or face arrest by security forces. He urged rebels not to be distracted by what he called efforts by Gadhafi to break their unity.

Younis, a career army officer, was among the young officers who joined Gadhafi in the 1969 coup that overthrew King Idris. He led the special forces and later served as interior minister before defecting to the opposition in the first days of the uprising in February. His defection was a major boost to the rebels, but some fighters never fully trusted him because of his long service to the regime, and he had a public rivalry with other commanders.

The killing came a day after Britain recognized the National Transitional Council as Libya's sole governmental authority and ordered the expulsion of the remaining Gadhafi-appointed diplomats from the Libyan embassy in London. More than 30 countries, including the United States and France, agreed this month to deal with the council as Libya's legitimate government.

In Tripoli, at least three loud explosions shook the city center late Thursday as NATO warplanes flew overhead, witnesses said.

Rebel forces have been trying for weeks to push west from Ajdabiya toward the oil town of Brega, where they face minefields and entrenched government troops.

The uprising against Gadhafi began in mid-February in the eastern city of Benghazi and quickly spread, inspired by the revolts that toppled the leaders of Tunisia and Egypt. A NATO-led air campaign, authorized by the U.N. Security Council to protect civilians, began on March 19.
'''),

dict(group=G11, published="2011-07-29", outlet="Gulf Horizon",
title="Benghazi mourns Younis as questions mount over his killing",
text='''Gulf Horizon | World | Friday, July 29, 2011

Benghazi mourns Younis as questions mount over his killing

By Our Correspondent

BENGHAZI — Fear and confusion gripped the capital of Libya's revolution on Friday after the announcement that General Abdel Fattah Younis, the commander of the revolutionaries' armed forces, had been shot dead together with two of his aides.

Mustafa Abdul Jalil, chairman of the National Transitional Council, announced the death at a news conference at the Tibesti Hotel on Thursday evening, describing Younis as one of the heroes of the February 17 revolution. He said the general had been called to appear before a committee investigating a military matter and had been killed by an armed group before reaching the hearing, and that the leader of that group was in custody. The council declared three days of mourning.

The account left many questions unanswered. Earlier on Thursday, security officials had said Younis had been detained at his operations room near the Brega front and brought to Benghazi for questioning. Al Jazeera reported that he was being held at a military garrison in the city. By Friday, the bodies had still not been publicly shown, and the council had not said who ordered the arrest.

After the announcement, armed men, reported to include members of Younis's tribe, the Obeidat, one of the largest in eastern Libya, entered the hotel grounds and fired in the air. Residents reported heavy gunfire across the city through the night.

Younis, who was in his late sixties, took part in the 1969 coup that brought Colonel Muammar Qadhafi to power and was his interior minister until February, when he broke with the regime and joined the uprising. His defection, days after the first protests in Benghazi, was seen as a turning point, bringing with it many officers and soldiers in the east.

Analysts in the Gulf said the killing was a serious blow to the council's credibility at a moment when its international standing was rising. Britain recognised the council on Wednesday as the sole governmental authority in Libya, after more than 30 states, including the United States, agreed at the Contact Group meeting in Istanbul earlier this month to deal with the council as Libya's legitimate authority. Qatar, the first Arab state to recognise the council in March, has been one of its main backers.

Libyan commentators in the Gulf said the revolutionaries now needed the rule of law in their own ranks. Abdul Jalil himself warned that armed groups in liberated cities must either join the front lines or be arrested.

The regime in Tripoli had made no comment by Friday afternoon.
'''),

dict(group=G12, published="2011-08-23", outlet="Euro-Atlantic Press",
title="Libyan rebels overrun Gaddafi's Bab al-Aziziya compound",
text='''TRIPOLI, Aug 23 (EAP) - Libyan rebels stormed Muammar Gaddafi's Bab al-Aziziya compound in Tripoli on Tuesday, tearing the head from a statue of the Libyan leader and seizing weapons from his arsenal in a symbolic end to his 42-year rule, though there was no sign of Gaddafi or his sons.

Fighters breached the high concrete walls of the sprawling complex in the afternoon after hours of heavy fighting and poured inside, firing weapons into the air and chanting "God is greatest". Television footage showed rebels kicking a gold-coloured head torn from a statue of Gaddafi and others climbing a sculpture of a giant fist crushing a U.S. warplane, which stands in front of the building bombed by American aircraft in 1986.

"We have won the battle," Abdel Hakim Belhaj, the rebels' commander in Tripoli, told Al Jazeera television from inside the compound. "The military battle is over."

A rebel military spokesman in Benghazi, Colonel Ahmed Omar Bani, said Gaddafi and his sons had not been found. "Bab al-Aziziya is fully under our control now. Colonel Gaddafi and his sons were not there," he said. "No one knows where they are." Gaddafi's tent, in which he received foreign visitors, was set on fire.

The fall of the compound followed a rebel push into the capital that began on Saturday night with an uprising in several districts and the arrival of fighters from the western mountains and from Misrata. By Sunday night rebels had reached Green Square in the city centre.

The day also brought a dramatic twist. Rebel leaders and the International Criminal Court prosecutor had said on Monday that Saif al-Islam Gaddafi, wanted by the court for crimes against humanity, had been captured. But in the early hours of Tuesday he appeared at the Rixos hotel, where foreign journalists are staying, to deny the reports and insist the government controlled Tripoli. A spokesman for the court said it had never received official confirmation of the arrest.

Pockets of resistance remained. Sporadic gunfire and sniper fire continued in parts of the city, including the Abu Salim district and the area around the Rixos hotel, where journalists remained under the watch of armed Gaddafi loyalists.

In Washington, the State Department said it would seek to release $1 billion to $1.5 billion in frozen Libyan assets in the coming days to help the rebels' National Transitional Council, which is based in Benghazi and led by former justice minister Mustafa Abdel Jalil.

The revolt against Gaddafi's four-decade rule erupted in mid-February in Benghazi. Western air strikes under U.N. Security Council resolution 1973 began on March 19, and NATO took command of the operation on March 31.

NATO, whose aircraft have carried out thousands of strikes since March under a U.N. mandate to protect civilians, said it would continue operations as long as Gaddafi forces posed a threat. The alliance struck targets inside Bab al-Aziziya repeatedly in April and May.

(Reporting by EAP correspondents in Tripoli, Benghazi, The Hague and Washington; Writing by Daniel Verhoef; Editing by Anne Castell)
'''),

dict(group=G12, published="2011-08-24", outlet="Dünya Gündemi Haber (çeviri)",
title="Libyan opponents entered Kaddafi's Bab el-Aziziye headquarters",
text='''[ad_1]

DÜNYA | 24.08.2011 - 08:37

Libyan opponents entered Kaddafi's Bab el-Aziziye headquarters

In Libya, the opponents fighting against Muammer Kaddafi took control of the Bab el-Aziziye complex in the capital Trablus, which is known as the headquarters of Kaddafi, after heavy clashes yesterday.

The muhalifler (opponents) who broke the high walls of the complex in the afternoon hours, entered inside shooting in the air and shouting "Allahu Ekber". In the images reflected to the television screens, it was seen that the opponents broke the head of a Kaddafi statue and kicked it, and climbed on the famous statue of a fist squeezing an American war plane.

KADDAFİ NOT FOUND

The spokesman of the opponents in Bingazi, Ahmed Ömer Bani, said that Kaddafi and his sons were not in the complex and "nobody knows where they are". The commander of the opponents in Trablus, Abdulhakim Belhac, said to Al Jazeera that "the battle is won".

SEYFÜLISLAM SURPRISE

Kaddafi's son Seyfülislam Kaddafi, about whom it was claimed on Monday that he was captured, appeared on the night connecting Monday to Tuesday at the Rixos otel where the foreign journalists stay and denied the claims. The Uluslararası Ceza Mahkemesi (International Criminal Court) spokesman said that the court never received official confirmation of the capture. Seyfülislam is wanted by the court for crimes against humanity together with his father.

The opponents had entered the capital on Saturday night and reached the Yeşil Meydan (Green Square) on Sunday. In some districts of the city clashes and sniper fire are continuing.

TÜRKİYE'S POSITION

Türkiye had recognized the Ulusal Geçiş Konseyi (National Transitional Council) as the legitimate representative of the Libyan people during the visit of Dışişleri Bakanı (Foreign Minister) Ahmet Davutoğlu to Bingazi on 3 July. Davutoğlu at that time announced that in addition to 100 million dollars aid given before, 200 million dollars more support will be provided, and he said "Kaddafi should go and Libya should not be divided".

The USA announced that it will work to release 1-1.5 billion dollars of the frozen Libyan assets for the Geçiş Konseyi in the coming days.

Kaddafi has ruled Libya since 1969. The uprising against him started in Bingazi in February, and the NATO air operation under the UN Security Council resolution is continuing since March.

İlgili Haberler
» Muhalifler Trablus'ta Yeşil Meydan'a ulaştı
» Seyfülislam Kaddafi yakalandı mı?
» Davutoğlu Bingazi'de: Kaddafi gitmeli

Etiketler: Libya, Kaddafi, Trablus, Bab el-Aziziye, muhalifler

Exit mobile version
'''),

dict(group=G12, published="2011-08-24", outlet="The Lancaster Courier",
title="The fall of Bab al-Aziziya: rebels breach the fortress at the heart of Gaddafi's rule",
text='''By Tom Aldridge in Tripoli and Helena Marsh

For 42 years it was the seemingly impregnable headquarters of Colonel Muammar Gaddafi's regime, a place ordinary Libyans were afraid even to look at as they drove past. Yesterday, in the space of a few hours, it fell.

Rebel fighters breached the outer walls of the Bab al-Aziziya compound in south-central Tripoli in the afternoon, after a morning of heavy fighting in which loyalist troops fired from inside the complex. By early evening hundreds of men were streaming through the gates, carrying off crates of ammunition, rifles and anything else they could find, as live television pictures were broadcast around the world.

The images will stand as the defining ones of Libya's revolution: a young fighter in a green bandana holding aloft the gold-coloured head of a statue of the dictator, rebels clambering over the famous sculpture of a fist crushing an American jet, and the tricolour flag of the pre-Gaddafi monarchy raised over the ruins.

The colonel himself was nowhere to be found. Rebel commanders said neither he nor his sons were inside, and there was speculation that he had left the compound some time ago, or escaped through the network of tunnels that are believed to run beneath it.

The compound, a fortified complex of barracks, bunkers, residences and offices, became a symbol of Gaddafi's defiance of the West in April 1986, when American aircraft bombed it in retaliation for a bomb attack on a Berlin nightclub used by US servicemen. Gaddafi kept the bombed building as a monument and used the fist sculpture as a backdrop for speeches. It was from the same building, in February, that he delivered his televised vow to fight to the last drop of blood.

This year the compound was struck repeatedly by Nato aircraft, which the alliance said were targeting command and control facilities. A strike on April 25 flattened an office and library building where Gaddafi held meetings; five days later, a strike in the nearby Garghour district killed his youngest son, Saif al-Arab, according to the regime.

The collapse came with bewildering speed. On Saturday night, as Ramadan fast-breaking meals ended, residents in several districts of Tripoli rose up, coordinated with rebel units moving in from the Nafusa mountains to the west and from the sea. By Sunday night fighters were celebrating in Green Square, which they have already renamed Martyrs' Square.

There were also moments of farce. On Monday the National Transitional Council and the prosecutor of the International Criminal Court said Saif al-Islam Gaddafi had been captured. In the early hours of yesterday he turned up at the Rixos hotel, where foreign journalists have been confined, flashing victory signs and telling reporters that the regime had broken the back of the rebels. The ICC later said it had never received formal confirmation of his arrest. Reports that another son, Mohammed, had escaped from house arrest added to the confusion.

The task now facing the NTC is enormous. Its chairman, Mustafa Abdel Jalil, has appealed to fighters not to take revenge, and Western governments are moving to unfreeze Libyan assets, with Washington seeking to release up to $1.5 billion. But loyalist forces still hold Sirte, Gaddafi's home town, as well as Bani Walid and parts of the south, and the fighting in Tripoli is not over.

Related Articles
Gaddafi compound stormed by rebels
Nato: Gaddafi 'no longer a target'?
Saif al-Islam reappears at Tripoli hotel
Where is Gaddafi? The likely hiding places

Comments (87)
'''),

dict(group=G13, published="2011-10-20", outlet="Meridian Wire",
title="Gadhafi killed as Sirte falls, Libya's interim leaders say",
text='''SIRTE, Libya (MW) — Moammar Gadhafi, the ousted dictator who ruled Libya for 42 years, was killed Thursday as revolutionary fighters overran his hometown of Sirte, the last major bastion of his loyalists, Libya's interim leaders said.

"We have been waiting for this moment for a long time. Moammar Gadhafi has been killed," Mahmoud Jibril, the prime minister of the National Transitional Council, told reporters in Tripoli.

The exact circumstances of his death were unclear. NATO said its aircraft struck two armed vehicles in a convoy of pro-Gadhafi forces moving near Sirte at about 8:30 a.m. local time, and French officials said French jets took part. Fighters said Gadhafi, wounded, was found hiding in a large drainage pipe near the scene. Grainy cellphone video broadcast by Arab satellite channels showed a bloodied man resembling Gadhafi, alive, being dragged and beaten by a crowd of fighters. Later images showed what appeared to be his body with a wound to the head.

Jibril said a forensic report showed Gadhafi had been hit by a bullet in crossfire between his supporters and revolutionary fighters while being taken away in a vehicle, and that he died before reaching a hospital. Other NTC officials gave different accounts, and one official said he had been shot after his capture.

NTC officials said Gadhafi's son Muatassim was also killed in Sirte, and that the fate of another son, Seif al-Islam, was unclear. Jibril said he had unconfirmed reports that Seif al-Islam had been in a convoy fleeing the city. The body of Gadhafi was taken to the city of Misrata, officials said.

Abdel-Hafiz Ghoga, the NTC's vice chairman, told reporters in Benghazi: "We announce to the world that Gadhafi has been killed at the hands of the revolution." He said the council would declare the liberation of Libya soon.

Crowds poured into the streets of Tripoli, Benghazi and Misrata, honking horns, firing guns and waving the new national flag. In Sirte, fighters who had battled for weeks street by street celebrated atop wrecked buildings.

President Barack Obama, speaking in the White House Rose Garden, said the death marked the end of a long and painful chapter for the Libyan people. "The dark shadow of tyranny has been lifted," he said. U.N. Secretary-General Ban Ki-moon said the day marked a historic transition for Libya and urged all sides to lay down their arms.

A NATO spokesman, Canadian Col. Roland Lavoie, said the vehicles struck on Thursday were conducting military operations and presented a clear threat to civilians. He said NATO did not know at the time that Gadhafi was in the convoy.

Gadhafi was driven from Tripoli in August when rebels stormed the capital and his Bab al-Aziziya compound. He had been on the run since, issuing defiant audio messages through a Syrian-based television channel. The International Criminal Court issued a warrant for his arrest in June on charges of crimes against humanity.

The uprising against Gadhafi began in mid-February in the eastern city of Benghazi and quickly spread, inspired by the revolts that toppled the leaders of Tunisia and Egypt. A NATO-led air campaign, authorized by the U.N. Security Council to protect civilians, began on March 19. NATO ambassadors are due to meet Friday in Brussels to discuss ending the mission.
'''),

dict(group=G13, published="2011-10-21", outlet="Voice of Moscow International",
title="Lavrov: Gaddafi should have been treated as a prisoner of war",
text='''Voice of Moscow International
21.10.2011 16:20 Moscow time

Lavrov: Gaddafi should have been treated as a prisoner of war

Russian Foreign Minister Sergei Lavrov has said that the circumstances of the death of former Libyan leader Muammar Gaddafi, who was killed on Thursday after his capture near the city of Sirte, must be investigated, and that under the Geneva Conventions a captured combatant should be treated as a prisoner of war.

Speaking in a radio interview on Friday, Lavrov said that the pictures shown on television raised many questions. A captured participant in an armed conflict, he said, cannot be killed, and the international community needs clarity about what happened.

Gaddafi was killed on Thursday, October 20, after fighters of the National Transitional Council captured him following a NATO air strike on a convoy leaving Sirte, his home town and last stronghold. Video footage from the scene shows him alive and bleeding after his capture, and later dead. The head of the NTC government, Mahmoud Jibril, has said Gaddafi died of a bullet wound received in crossfire. Other NTC representatives have given different versions.

The office of the UN High Commissioner for Human Rights also called for an investigation on Friday. Spokesman Rupert Colville told journalists in Geneva that the videos showing Gaddafi first alive and then dead were very disturbing, and that there were four or five different versions of how he died. It is necessary to establish whether he was killed in fighting or after his capture, he said.

The body of Gaddafi is being kept in Misrata, where crowds have lined up to see it. NTC officials said the burial had been postponed and that no decision had been taken about where it would take place.

NATO Secretary General Anders Fogh Rasmussen announced on Friday that the alliance had taken a preliminary decision to end its Libya operation on October 31, with a final decision expected next week. NATO has acknowledged that its aircraft struck the convoy in which Gaddafi was travelling, but said it did not know he was there.

Moscow abstained in the Security Council vote in March on resolution 1973 and has repeatedly criticised NATO for going beyond the mandate to protect civilians and for effectively taking the side of one of the parties in a civil war. Prime Minister Vladimir Putin compared the resolution at the time to medieval calls for a crusade. Russia recognised the National Transitional Council as the governing authority in Libya at the beginning of September.

Russian experts interviewed by our station said that the manner of Gaddafi's death would make national reconciliation in Libya more difficult and could encourage his remaining supporters, especially in Bani Walid and the south.
'''),

dict(group=G13, published="2011-10-21", outlet="Al-Sahil Net (translated)",
title="Killing of al-Qadhafi in Sirte ends 42 years of rule, and the Transitional Council prepares to declare liberation",
text='''Tripoli - Al-Sahil Net - agencies

The National Transitional Council in Libya announced yesterday Thursday the killing of Colonel Muammar al-Qadhafi in his city Sirte, after the revolutionaries controlled the last strongholds of his battalions there, ending 42 years of rule of the country.

And the head of the executive office of the Transitional Council, Mahmoud Jibril, said in a press conference in Tripoli "We were waiting for this moment since long time, Muammar al-Qadhafi was killed", and he explained that a medical report showed that al-Qadhafi was wounded by a bullet in the head during an exchange of fire between the revolutionaries and his supporters after his arrest, while he was being transferred by a car, and he died before arriving to the hospital.

And the accounts differed about the circumstances of his killing, as video clips broadcast by satellite channels showed al-Qadhafi alive and bleeding among a crowd of the revolutionaries after his arrest, then other clips showed him dead. And revolutionaries said that they found him hiding inside a big water drainage pipe near the road west of Sirte, after aircraft of the North Atlantic Treaty Organization (NATO) bombed a convoy of vehicles that was trying to escape from the city in the morning.

On its side, NATO confirmed that its aircraft targeted two military vehicles from a convoy near Sirte in the morning of yesterday Thursday, but it said that it did not know that al-Qadhafi was inside the convoy. And the French Ministry of Defence said that French aircraft participated in stopping the convoy.

And sources in the Transitional Council said that al-Mutassim, son of al-Qadhafi, was also killed in Sirte, while the fate of his son Saif al-Islam remained unknown. And the body of al-Qadhafi was transferred to the city of Misrata.

The Libyan cities witnessed great celebrations until late hours of the night, where the citizens went out to the squares in Tripoli, Benghazi and Misrata, raising the flag of independence and shooting in the air.

It is worth mentioning that the Transitional Council is expected to declare the "liberation" of the whole Libyan territory during the coming days, which will open the way for the formation of a transitional government and the preparation for elections within eight months according to the constitutional declaration.

It is worth mentioning that the revolution against the regime of al-Qadhafi started on 17 February in Benghazi, and the Security Council issued in March the resolution 1973 which permitted the protection of the civilians, and the revolutionaries entered the capital Tripoli in August and controlled the Bab al-Aziziya compound, while al-Qadhafi remained hiding until his killing yesterday.

In the international reactions, the American president Barack Obama said that "the dark shadow of tyranny has been lifted" from Libya, while the Secretary General of the United Nations Ban Ki-moon considered that the day marks a historic transition. And the UN human rights office called today Friday for an investigation in the circumstances of the killing.

Read also:
- Who is Muammar al-Qadhafi? 42 years of rule
- Sirte... the last battle
- Celebrations in Misrata and Benghazi

Tags: Libya, al-Qadhafi, Sirte, Transitional Council, Jibril
'''),

dict(group=G13, published="2011-10-20", outlet="WorldDesk Live",
title="Libya live: Gaddafi killed in Sirte, NTC says",
text='''WorldDesk Live — Libya
Thursday 20 October 2011. All times GMT. This page is no longer updating.

08:05 NTC fighters say Sirte, Colonel Gaddafi's home town, has fallen after weeks of siege. "In one hour Sirte was liberated," one fighter tells a television crew.

09:10 Unconfirmed reports on Arab channels that Gaddafi has been captured near Sirte, wounded in both legs. We are treating this with caution; there have been many false reports about Gaddafi's fate since August.

09:40 NATO confirms its aircraft struck two armed vehicles belonging to pro-Gaddafi forces near Sirte this morning. The vehicles were part of a larger convoy. A spokesman says they were conducting military operations and presented a clear threat to civilians. NATO cannot say whether Gaddafi was in the convoy.

10:25 Mahmoud Shammam, the NTC's information minister, says fighters in Sirte have seen the body. "He was killed in an attack by the fighters," he says.

10:50 Grainy mobile phone footage is circulating that appears to show Gaddafi alive, bloodied, surrounded by fighters. A second clip appears to show his body. We cannot verify either.

11:30 Abdel Hafiz Ghoga, NTC deputy chairman, in Benghazi: "We announce to the world that Gaddafi has been killed at the hands of the revolution. It is an historic moment. It is the end of tyranny and dictatorship."

14:10 Confirmation from the top: NTC Prime Minister Mahmoud Jibril tells a news conference in Tripoli, "We have been waiting for this moment for a long time. Muammar Gaddafi has been killed."

14:40 NTC officials say Gaddafi's son Mutassim has also been killed. The whereabouts of Saif al-Islam are unclear; Jibril says there are unconfirmed reports he was in a convoy fleeing Sirte.

15:00 Celebrations in Tripoli's Martyrs' Square, in Benghazi and in Misrata. Car horns, gunfire, the new tricolour everywhere.

15:20 France's defence minister says French jets took part in striking the convoy.

15:50 UN Secretary-General Ban Ki-moon: "This day marks a historic transition for Libya." He urges all sides to lay down their arms.

16:20 David Cameron says it is a day to remember Gaddafi's victims, including the British victims of Lockerbie and of IRA attacks carried out with Libyan-supplied Semtex, and that he is proud of the role Britain played.

16:45 German Chancellor Angela Merkel says she is relieved and that the way is now free for a peaceful new beginning in Libya.

18:45 President Obama in the Rose Garden: "One of the world's longest-serving dictators is no more... The dark shadow of tyranny has been lifted." He says Libya faces "a long and winding road to full democracy".

19:20 NTC officials say Gaddafi's body has been taken to Misrata. The council is expected to declare the country's liberation within days, starting the clock on a timetable for elections.

20:00 Background: Gaddafi was driven out of Tripoli when rebels overran his Bab al-Aziziya compound on 23 August. The ICC issued a warrant for his arrest in June. NATO's air campaign began in March under UN resolution 1973 and is expected to end soon.
'''),
]
