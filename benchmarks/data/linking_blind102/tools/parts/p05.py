G = "us_brokered_karabakh_ceasefire_announced_2020_10_25"
ARTICLES = [
dict(group=G, published="2020-10-26", outlet="Meridian Press Agency",
title="U.S.-brokered Karabakh ceasefire takes effect, quickly tested by new clashes",
text="""WASHINGTON/YEREVAN, Oct 26 (Meridian) - A humanitarian ceasefire brokered by the United States between Armenia and Azerbaijan came into force on Monday morning, but both sides accused each other of violations within hours, raising doubts over a third attempt in a month to halt fighting over Nagorno-Karabakh.

The truce was announced on Sunday in a joint statement by the U.S. State Department and the governments of Armenia and Azerbaijan, after Deputy Secretary of State Stephen Biegun met Armenian Foreign Minister Zohrab Mnatsakanyan and Azerbaijani Foreign Minister Jeyhun Bayramov in Washington on Saturday. It was to take effect at 8 a.m. local time (0400 GMT) on Monday.

The ministers "reaffirmed their countries' commitment to implement and abide by" the ceasefire agreed in Moscow on Oct. 10 and reaffirmed in Paris on Oct. 17, the statement said. The foreign ministers and the OSCE Minsk Group co-chairs agreed to meet again in Geneva on Oct. 29.

President Donald Trump congratulated Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev on Twitter, saying "many lives will be saved".

Shortly after the deadline, Azerbaijan's defence ministry said Armenian forces had shelled the town of Tartar and villages in the Lachin district. Armenia's defence ministry said Azerbaijani forces had fired artillery at positions in the north-east of the front. The authorities in Nagorno-Karabakh also reported fighting.

Secretary of State Mike Pompeo met the two ministers separately on Friday. The Kremlin said it welcomed any effort that helped to end the bloodshed.

The previous truces, both brokered with Russian involvement, unravelled almost at once. Fighting since Sept. 27 has killed more than 1,000 people by some estimates, with Russian President Vladimir Putin saying last week the toll might be close to 5,000.

Azerbaijan has made steady gains in the south of the conflict zone in recent weeks, announcing the capture of the towns of Fuzuli, Jabrayil and Zangilan and, on Sunday, Gubadli, and pushing along the border with Iran towards the Lachin corridor, the main road between Armenia and Nagorno-Karabakh. Armenian officials have acknowledged setbacks but deny that the front has collapsed.

Both sides have accused each other of attacking civilians. Azerbaijan says more than 60 of its civilians have been killed, including about two dozen in two missile strikes on the city of Ganja on Oct. 11 and Oct. 17. Stepanakert, the main city of the enclave, has been shelled almost daily since the fighting began.

Turkey, which backs Azerbaijan, has said a durable ceasefire is only possible if Armenian forces withdraw. Moscow has floated the idea of deploying military observers along the line of contact.
"""),
dict(group=G, published="2020-10-25", outlet="Yeni Anadolu News Agency",
title="Azerbaijan, Armenia agree to humanitarian cease-fire after US talks",
text="""ANKARA

Azerbaijan and Armenia have agreed to a humanitarian cease-fire in the Upper Karabakh region starting Monday at 8 a.m. local time, according to a joint statement issued by the US State Department and the two countries on Sunday.

The agreement came after talks in Washington between Azerbaijani Foreign Minister Jeyhun Bayramov and his Armenian counterpart Zohrab Mnatsakanyan with US Deputy Secretary of State Stephen Biegun and the co-chairs of the OSCE Minsk Group.

US President Donald Trump congratulated the leaders of the two countries.

Azerbaijan has repeatedly said it is committed to the humanitarian cease-fire and that the cease-fires agreed on Oct. 10 and Oct. 17 were violated by Armenia. Since the first humanitarian cease-fire, Armenian forces have attacked civilians in Ganja, Tartar, Barda and other cities, the Azerbaijani side says.

Turkish Foreign Minister Mevlut Cavusoglu said earlier that a lasting cease-fire is possible only if Armenia withdraws from Azerbaijani territories. "Armenia must end its occupation," he said.

The Azerbaijani army has liberated many cities and villages from occupation since Sept. 27, including Fuzuli, Jabrayil, Zangilan and Gubadli, according to President Ilham Aliyev.

Relations between the two former Soviet countries have been tense since 1991, when the Armenian military occupied Upper Karabakh, an internationally recognized territory of Azerbaijan, and seven adjacent regions.

Four UN Security Council resolutions and two UN General Assembly resolutions, as well as many international organizations, demand the withdrawal of the occupying forces.

Turkish President Recep Tayyip Erdogan has repeatedly criticized the Minsk Group, saying the co-chairs have kept the issue unresolved for nearly 30 years and supplied Armenia with weapons. He has said Turkey will continue to stand by Azerbaijan until its lands are liberated.

Since the start of the clashes, Armenian forces have targeted civilian settlements in Azerbaijan, including Ganja, Barda and Tartar, killing more than 60 civilians, according to Azerbaijani officials. In the deadliest attacks, missiles struck residential areas of Ganja on Oct. 11 and Oct. 17.

Azerbaijani President Aliyev said in an interview that Azerbaijan was ready to stop the fighting if Armenia committed to a timetable for withdrawal, and that a cease-fire should not be used by Armenia to regroup.

Share this:
Twitter
Facebook
LinkedIn
"""),
dict(group=G, published="2020-10-27", outlet="World Desk Live",
title="Karabakh: third ceasefire fails within minutes; Geneva meeting planned",
text="""Updated 27 October, 07:15 GMT

Key developments in the Nagorno-Karabakh conflict:

* A humanitarian ceasefire brokered in Washington and announced on Sunday went into force at 8 a.m. on Monday (26 October). Within minutes both sides said it had been broken. Azerbaijan said Armenian forces shelled the town of Tartar and villages in Lachin district; Armenia and the Karabakh authorities said Azerbaijani forces fired artillery and rockets at positions along the front line.

* The truce was agreed after US Deputy Secretary of State Stephen Biegun hosted the Armenian and Azerbaijani foreign ministers on Saturday, a day after Secretary of State Mike Pompeo met them separately. President Donald Trump tweeted his congratulations to Nikol Pashinyan and Ilham Aliyev on Sunday, saying many lives would be saved.

* This was the third attempt in a month. A Moscow-brokered humanitarian truce from 10 October collapsed within hours; a second, agreed on 17 October with French involvement, met the same fate.

* The Minsk Group co-chairs (France, Russia, US) and the two ministers are to meet in Geneva on Thursday.

* Fighting continued on Tuesday. Azerbaijan said shelling of the town of Barda killed civilians including a child; Armenia denied firing on civilian areas.

* Ankara, Baku's closest ally, has repeatedly said a lasting ceasefire requires Armenian withdrawal from Azerbaijani territory.

* On the ground, Azerbaijan said on Sunday its forces had taken the town of Gubadli, continuing an advance in the south towards the Lachin corridor. Armenia rejected the claim.

* Russian President Vladimir Putin said last week he believed close to 5,000 people had been killed on both sides.

More to follow.

Exit mobile version
"""),
]
G2 = "cluster_rocket_strike_on_barda_2020_10_28"
ARTICLES += [
dict(group=G2, published="2020-10-28", outlet="Khazar Times",
title="Armenian armed forces fire Smerch cluster rockets at Barda: 21 civilians killed",
text="""BAKU, Azerbaijan, Oct. 28

The death toll from the rocket attack by the Armenian armed forces on the densely populated Barda city has reached 21, and about 70 civilians were wounded, the Prosecutor General's Office said.

According to the office, at around 13:00 on October 28, the Armenian armed forces fired Smerch multiple rocket launchers with cluster munitions prohibited by international law at the centre of Barda, where shops and trade facilities are located. Numerous civilian facilities and vehicles were seriously damaged.

Assistant to the President, Head of the Foreign Policy Affairs Department of the Presidential Administration Hikmat Hajiyev said the city centre of Barda was deliberately targeted. "Armenia used cluster munitions to inflict excessive casualties among civilians. It is the policy of state terror," he wrote.

The chief doctor of the Barda Central District Hospital said more than 40 wounded had been admitted, most of them in serious condition, and a teenager died during surgery.

This is the second day in a row that Barda has been hit. On October 27, the Armenian armed forces fired cluster rockets at Garayusifli village of Barda district, killing several civilians, including a two-year-old girl.

Barda is located far from the front line. The attack took place despite the humanitarian ceasefire announced by the United States, Azerbaijan and Armenia, which was to enter into force on October 26.

Since September 27, as a result of Armenian attacks on Ganja, Barda, Tartar, Mingachevir and other cities, more than 90 civilians have been killed and some 400 injured, according to official data.

The Ministry of Foreign Affairs said that the targeting of civilians with cluster munitions is a gross violation of international humanitarian law, including the Geneva Conventions, and called on the international community and the OSCE Minsk Group co-chairs to give a strong response.

The Azerbaijan National Agency for Mine Action (ANAMA) said its teams were clearing unexploded submunitions from the streets of Barda, and warned residents not to touch suspicious objects.

President Ilham Aliyev has said that Azerbaijan will respond to Armenia on the battlefield and that the Azerbaijani Army does not fight against civilians.

Exit mobile version
"""),
dict(group=G2, published="2020-10-29", outlet="Caspian Wire Service",
title="Rocket strike on Azerbaijani town of Barda kills 21, Baku says",
text="""BARDA, Azerbaijan (CWS) - A rocket attack on the Azerbaijani town of Barda on Wednesday killed 21 civilians and wounded around 70, Azerbaijani officials said, in one of the deadliest strikes of the month-long conflict over Nagorno-Karabakh.

Azerbaijan said the rockets, fired from Smerch multiple launchers, carried cluster munitions and struck a busy commercial area in the early afternoon. Footage broadcast on Azerbaijani television showed burning cars and bodies lying in a street, and ambulances ferrying the wounded to hospital.

Armenia's defence ministry denied firing at Barda, which lies about 30 km from the front line. The ethnic Armenian authorities in Nagorno-Karabakh said Azerbaijani forces were shelling Stepanakert and other towns, and reported civilian casualties in the enclave.

Barda had also been hit on Tuesday, when Azerbaijan said four civilians were killed, including a two-year-old child.

Residents described a series of blasts in quick succession as the submunitions scattered over streets near the town's market and administrative buildings. At the main hospital, wounded people lay in corridors as doctors appealed for blood donations, according to local media. Presidential aide Hikmat Hajiyev said Armenia was deliberately targeting civilians with weapons banned under international law. Armenia is not a party to the convention banning cluster munitions; neither is Azerbaijan.

The strike came two days after the collapse of a U.S.-brokered humanitarian ceasefire that was supposed to begin on Monday morning, the third truce to fail since the fighting began on Sept. 27. Foreign ministers of the two countries are due to meet the OSCE Minsk Group co-chairs in Geneva on Thursday.

The United Nations said it was alarmed by reports of civilian casualties on both sides and called for an end to attacks on populated areas.

Nagorno-Karabakh is internationally recognised as part of Azerbaijan but is populated and governed by ethnic Armenians. More than 1,000 people are believed to have died in the fighting, including scores of civilians.

Human rights groups have accused both sides of using cluster munitions in populated areas. Amnesty International said earlier this month it had identified Israeli-made cluster munitions used by Azerbaijani forces in Stepanakert, and Human Rights Watch has documented their use in the city.

The fighting, which erupted on Sept. 27, is the worst since a war in the early 1990s that killed about 30,000 people and left ethnic Armenian forces in control of Nagorno-Karabakh and seven surrounding districts. Turkey has thrown its weight behind Azerbaijan, while Russia has a defence pact with Armenia but also sells arms to Baku. France, Russia and the United States co-chair the OSCE Minsk Group, which has mediated for almost three decades without a settlement.
"""),
dict(group=G2, published="2020-10-29", outlet="Al-Wadi News Net",
title="Azerbaijan: 21 civilians killed in Armenian bombing of Barda",
text="""[ad_1]

Baku - Al-Wadi News Net

The Azerbaijani Prosecutor General's Office announced yesterday Wednesday that the number of those killed in the Armenian missile bombing of the city of Barda rose to 21 civilians, in addition to about 70 wounded.

The Azerbaijani Defense Ministry said that the Armenian forces used "Smerch" rocket launchers loaded with cluster bombs in the attack, which targeted a commercial area in the center of the city in the afternoon.

For its part, the Armenian Ministry of Defense denied that its forces had bombed the city, while the authorities of the Karabakh region accused Azerbaijan of bombing the city of Stepanakert and the town of Shusha.

The Turkish Foreign Ministry condemned the attack and said that Armenia "continues to commit war crimes" by targeting civilians.

It is worth mentioning that the city of Barda was targeted the day before yesterday, Tuesday, by a similar bombing that killed four people, including a child, according to the Azerbaijani authorities.

It is also worth noting that the humanitarian truce announced by Washington, which was supposed to enter into force on Monday morning, collapsed only minutes after it started, similar to two previous truces announced on the tenth and seventeenth of October.

[ad_2]
Source: agencies
"""),
]
