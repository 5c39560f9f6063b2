G = "azerbaijan_captures_shusha_2020_11_08"
ARTICLES = [
dict(group=G, published="2020-11-08", outlet="Khazar Times",
title="President Ilham Aliyev: Shusha is liberated from occupation!",
text="""BAKU, Azerbaijan, Nov. 8

The city of Shusha has been liberated from Armenian occupation, President of Azerbaijan, Commander-in-Chief Ilham Aliyev said in an address to the nation from the Alley of Martyrs in Baku on November 8.

"With great pride I declare that the city of Shusha has been liberated," the head of state said, congratulating the people of Azerbaijan and the former residents of Shusha. He said November 8 would go down in the history of Azerbaijan and called the day one of the happiest of his life.

The President said that Shusha, occupied in May 1992, had been freed not at the negotiating table but on the battlefield, and paid tribute to the soldiers and officers who had fought in the mountains and forests around the city. He added that since September 27 the Azerbaijani Army had liberated more than 200 settlements, and that the operation would continue until the remaining occupied lands were freed unless Armenia withdrew.

Immediately after the address, thousands of people poured into the streets of Baku, Ganja, Sumgayit and other cities waving the flags of Azerbaijan and Turkey. Cars sounded their horns and ships in Baku bay sounded their sirens.

Shusha, located on a strategic height above Khankendi, is regarded as the cultural capital of Azerbaijan and the birthplace of many poets and composers. Its capture opens the way to the rest of the Karabakh region, military experts said.

Shusha was occupied by the Armenian armed forces on May 8, 1992. Its Azerbaijani population was expelled, and the historical monuments of the city, including the Yukhari Govhar Agha mosque and the houses of famous figures of Azerbaijani culture, were damaged or destroyed during the years of occupation.

Since the start of the counter-offensive on September 27, the Azerbaijani Army has liberated the cities of Jabrayil, Fuzuli, Zangilan and Gubadli, the Hadrut settlement and many villages, according to the Ministry of Defense. President Aliyev said that the Armenian armed forces had suffered heavy losses and that the enemy was fleeing.

The head of state has repeatedly thanked the President of Turkey Recep Tayyip Erdogan and the Turkish people for their moral and political support, calling Turkey a brotherly country that stood with Azerbaijan from the first day of the war.

The Ministry of Defense said it would release video footage from the city. Earlier, the Ministry said that fierce battles had been going on in the Shusha direction for several days and that the enemy had retreated, leaving many weapons behind.

President Aliyev on the same day received Turkish Foreign Minister Mevlut Cavusoglu, who was on a visit to Baku. Turkish President Recep Tayyip Erdogan congratulated the Azerbaijani people.

Tags: Shusha, Karabakh is Azerbaijan, Victory
"""),
dict(group=G, published="2020-11-09", outlet="Ararat Herald",
title="Fighting for Shushi continues, says Armenian Defense Ministry, dismissing Aliyev claim",
text="""YEREVAN -- Armenian officials on Sunday denied Azerbaijani President Ilham Aliyev's claim that his forces had taken the town of Shushi, saying heavy fighting was continuing in and around the historic hilltop town.

"The fighting for Shushi continues," Defense Ministry representative Artsrun Hovhannisyan wrote on Facebook shortly after Aliyev's televised address. He urged the public to wait for official information and not to panic.

Artsakh authorities said Stepanakert, which lies just a few kilometers below Shushi, was again being shelled, and that Azerbaijani forces had infiltrated the forests around the town over recent days. Presidential spokesman Vahram Poghosyan said the situation was difficult.

By Monday, however, the Artsakh leadership's tone had changed. A statement from the Artsakh Information Headquarters acknowledged that the town was no longer under Armenian control, and Poghosyan wrote that "the enemy is on the outskirts of Stepanakert." Officials called on the remaining residents of Stepanakert to move to safety.

Shushi, perched on cliffs overlooking the road from Armenia to Stepanakert, was captured by Armenian forces in May 1992, a turning point of the first war. It is home to the Ghazanchetsots Cathedral, which was damaged by Azerbaijani strikes on October 8.

The town also controls the Berdzor (Lachin) road, the only highway linking Artsakh with Armenia, which passes just below its cliffs. Military analysts said its loss would leave Stepanakert, a few kilometers away, exposed to direct fire.

Prime Minister Nikol Pashinyan said in a Facebook post that the army and volunteers were fighting for every meter of land. Former officials and opposition figures criticized the government's handling of the war.

The Azerbaijani army has advanced through Hadrut region and the forests of the southern part of Artsakh in recent weeks, cutting the Berdzor road in places. Volunteer detachments from Armenia left for the front over the weekend.

Since September 27, Artsakh officials say, more than 1,000 Armenian servicemen have been killed, and dozens of civilians have died in shelling of Stepanakert, Martuni, Hadrut and other communities. Tens of thousands of residents have fled to Armenia.

Armenian officials have repeatedly accused Turkey of directing the offensive and of bringing in mercenaries from Syria, and Yerevan recalled its ambassador from Israel last month over arms sales to Baku. Turkey and Azerbaijan deny the use of foreign fighters.

In Yerevan on Sunday, hundreds of people gathered outside government buildings demanding information about the situation in Shushi. The government said it would hold a briefing later in the day.

Read also:
- Ghazanchetsots Cathedral: what happened on October 8
- Volunteers leave Yerevan for the front
- Artsakh ombudsman reports civilian casualties in Martuni

We use cookies to improve your experience. Accept | More info
"""),
dict(group=G, published="2020-11-09", outlet="The Northern Chronicle",
title="Azerbaijan claims Shusha, the town that holds the key to Karabakh",
text="""Azerbaijan's president, Ilham Aliyev, declared on Sunday that his forces had captured Shusha, a citadel town perched above Stepanakert, the capital of the Armenian-controlled enclave of Nagorno-Karabakh, in what would be the most important victory of a six-week war that has redrawn the military map of the southern Caucasus.

Speaking at the Alley of Martyrs in Baku, the burial place of those killed in the first Karabakh war and in the Soviet crackdown of January 1990, Mr Aliyev said Shusha had been "liberated" and that the day would be remembered for ever. Crowds streamed into Baku's streets, many carrying Turkish as well as Azerbaijani flags.

Armenian officials insisted the battle was not over. But their denials were undercut by reports of heavy fighting on the outskirts of Stepanakert itself and by the flight of civilians along the only road to Armenia, which passes close to the town. On Monday the Karabakh authorities conceded that Shusha - Shushi to Armenians - had been lost.

Shusha matters to both peoples. For Azerbaijanis it is the cradle of their music and poetry, a city that was largely Azerbaijani until its capture by Armenian forces in May 1992. For Armenians, its loss would be both symbolic and practical: from the heights, artillery can dominate Stepanakert, and the Lachin road, the lifeline to Armenia, runs beneath it.

The town's fall caps a campaign in which Azerbaijan, aided by Turkish-made and Israeli-made drones, pushed along the southern plain by the Iranian border in October, taking Fuzuli, Jabrayil, Zangilan and Gubadli, before turning north into the mountains. Light infantry and special forces are reported to have advanced through forests to approach Shusha from the south.

Three ceasefires - brokered in Moscow on October 10, announced on October 17, and agreed in Washington on October 25 - all collapsed. Mr Aliyev has repeatedly said the fighting will stop only when Armenia agrees to withdraw. Nikol Pashinyan, the Armenian prime minister, has appealed to Russia for help under the bilateral defence treaty, but Moscow has said its obligations apply to Armenian territory, not to Nagorno-Karabakh.

Turkey's role has been conspicuous throughout. Mevlut Cavusoglu, its foreign minister, was in Baku on Sunday, and Recep Tayyip Erdogan has repeatedly said Armenia must end its occupation of Azerbaijani land. Armenia, France and Russia have all accused Ankara of sending Syrian fighters to support the Azerbaijani offensive, something Turkey denies.

Diplomats in Moscow said intense contacts were under way. Moscow, which has a defence pact with Armenia and close ties with Baku, has been in regular contact with both capitals.
"""),
]
G2 = "russia_brokered_deal_ends_karabakh_war_2020_11_10"
ARTICLES += [
dict(group=G2, published="2020-11-10", outlet="Novaya Vest Agency",
title="Putin: Russia, Azerbaijan and Armenia sign statement on complete ceasefire in Karabakh; Russian peacekeepers to be deployed",
text="""MOSCOW, November 10. /NVA/. The leaders of Russia, Azerbaijan and Armenia have signed a joint statement on a complete ceasefire and cessation of all hostilities in the Nagorno-Karabakh conflict zone from 00:00 Moscow time on November 10, Russian President Vladimir Putin said in a video address.

"We proceed from the assumption that the agreements reached will create the necessary conditions for a long-term and full-scale settlement of the crisis around Nagorno-Karabakh on a just basis and in the interests of the Armenian and Azerbaijani peoples," Putin said.

Under the statement, the parties remain at the positions they currently hold. Russian peacekeepers will be deployed along the line of contact in Nagorno-Karabakh and along the Lachin corridor. The contingent will include 1,960 servicemen with small arms, 90 armoured personnel carriers and 380 units of motor vehicles and special equipment. The peacekeepers will be stationed for five years, with automatic extension for further five-year periods unless one of the parties objects.

The Kalbajar district is to be returned to Azerbaijan by November 15, the Aghdam district by November 20 and the Lachin district by December 1. The Lachin corridor, 5 km wide, will connect Nagorno-Karabakh with Armenia and will remain under the control of the Russian peacekeeping contingent.

The parties will exchange prisoners of war, hostages and other detained persons as well as the bodies of the dead. Internally displaced persons and refugees will return to Nagorno-Karabakh and adjacent areas under the control of the UN refugee agency. All economic and transport links in the region are to be unblocked, including transport communication between the western regions of Azerbaijan and the Nakhichevan Autonomous Republic, under the control of the Russian border guards.

A peace centre to monitor the ceasefire will be established, the statement says.

The first units of the 15th separate motorised rifle brigade have already taken off from an airfield near Ulyanovsk, the Russian Defence Ministry said. The contingent will be commanded by Lieutenant General Rustam Muradov.

Kremlin spokesman Dmitry Peskov said that the deployment of Turkish peacekeepers was not discussed and that no such provisions are contained in the document.

Earlier on November 9, a Russian Mi-24 helicopter was shot down over Armenian territory near the border with the Nakhichevan Autonomous Republic. Two crew members were killed and one was injured. The Azerbaijani Foreign Ministry acknowledged that the helicopter was shot down by mistake, apologised and offered to pay compensation.
"""),
dict(group=G2, published="2020-11-10", outlet="Caspian Wire Service",
title="Armenia agrees to end Karabakh war in Russia-brokered deal; protesters storm parliament in Yerevan",
text="""YEREVAN/BAKU (CWS) - Armenia, Azerbaijan and Russia signed a deal to end six weeks of fighting over Nagorno-Karabakh early on Tuesday, locking in territorial gains by Azerbaijan and bringing Russian peacekeepers to the region, prompting furious protests in Yerevan where crowds stormed government buildings.

Armenian Prime Minister Nikol Pashinyan said he had signed the agreement with the Russian and Azerbaijani presidents, calling it "unspeakably painful for me personally and for our people". He said the decision was based on an analysis of the military situation by those who knew it best.

Azerbaijani President Ilham Aliyev, appearing on a video link with Russian President Vladimir Putin, described the agreement as amounting to Armenia's capitulation and said it had been achieved by the Azerbaijani army on the battlefield.

Under the deal, which took effect at 1 a.m. local time in Yerevan and Baku (2100 GMT on Monday), Azerbaijan keeps the areas it captured, including Shusha, the strategic town it took at the weekend, and Armenia will hand back three more districts around the enclave by Dec. 1. Almost 2,000 Russian peacekeepers will deploy along the front line and a corridor linking Nagorno-Karabakh with Armenia for at least five years.

After the announcement thousands of people gathered in central Yerevan. Some broke into the government headquarters and parliament, smashing windows and calling Pashinyan a traitor. The parliament speaker, Ararat Mirzoyan, was beaten by protesters and taken to hospital, officials said.

Aliyev said Turkey would also take part in peacekeeping efforts; the Kremlin later said the deal made no provision for Turkish troops.

Hours before the deal was signed, Azerbaijani forces shot down a Russian military helicopter over Armenia near the border with Azerbaijan's Nakhchivan exclave, killing two crew members. Baku apologised, calling it an accident, and offered compensation.

Turkish Foreign Minister Mevlut Cavusoglu congratulated Azerbaijan, saying it had won an important victory on the field and at the table. In Baku, crowds again took to the streets waving Azerbaijani and Turkish flags.

Russia's Defence Ministry said the first peacekeepers from a motorised rifle brigade had begun flying out from an airfield near Ulyanovsk on Tuesday morning. The peacekeeping force is to be commanded by Lieutenant General Rustam Muradov.

The deal is a stinging defeat for Pashinyan, who came to power in 2018 on the back of street protests. Opposition parties called for his resignation and for the agreement to be annulled; Pashinyan said he would not step down.

The fighting that began on Sept. 27 has killed thousands of people. Nagorno-Karabakh is internationally recognised as part of Azerbaijan but has been run by ethnic Armenians since a war that ended in 1994.
"""),
]
