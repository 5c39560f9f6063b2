G = "moscow_talks_agree_humanitarian_ceasefire_2020_10_10"
ARTICLES = [
dict(group=G, published="2020-10-10", outlet="Novaya Vest Agency",
title="Lavrov: Baku and Yerevan agree on humanitarian ceasefire from noon on October 10",
text="""MOSCOW, October 10. /NVA/. Azerbaijan and Armenia have agreed to a ceasefire in Nagorno-Karabakh from 12:00 local time on October 10 for humanitarian purposes, Russian Foreign Minister Sergei Lavrov announced following talks in Moscow that lasted more than ten hours.

The talks between Azerbaijani Foreign Minister Jeyhun Bayramov and Armenian Foreign Minister Zohrab Mnatsakanyan were held at the initiative of Russian President Vladimir Putin, with Lavrov's mediation.

According to the statement read out by Lavrov, the ceasefire is declared for the exchange of prisoners of war and other detained persons and the bodies of the dead, with the mediation and in accordance with the criteria of the International Committee of the Red Cross. The specific parameters of the ceasefire regime will be agreed additionally.

The parties also agreed to begin substantive negotiations with the mediation of the OSCE Minsk Group co-chairs with the aim of achieving a peaceful settlement as soon as possible. The format of the negotiation process remains unchanged, the statement says.

Lavrov thanked the ministers for their constructive approach. The talks began on Friday afternoon and continued into the night; the statement was released at around 3 a.m. Moscow time.

On Friday, Putin spoke by telephone with Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan, after which the Kremlin announced that the foreign ministers had been invited to Moscow.

Hostilities in Nagorno-Karabakh resumed on September 27. Baku and Yerevan accuse each other of shelling civilian settlements. On October 1, the leaders of Russia, the United States and France, which co-chair the OSCE Minsk Group, called for an immediate cessation of hostilities.

On October 7, Putin said in an interview that the fighting was a great tragedy for both peoples, with whom Russia has special relations, and that Russia's obligations under the Collective Security Treaty Organisation apply to the territory of Armenia, while the hostilities are taking place outside it.

The International Committee of the Red Cross has said it is ready to act as a neutral intermediary in the exchange of detainees and remains. According to the ICRC, hundreds of homes and vital infrastructure, including hospitals, have been damaged on both sides of the line of contact.

Lavrov is expected to continue contacts with his Armenian and Azerbaijani counterparts to agree on the parameters of the truce, the Russian Foreign Ministry said. Both ministers thanked the Russian side for organising the meeting.
"""),
dict(group=G, published="2020-10-10", outlet="Caspian Wire Service",
title="Armenia, Azerbaijan agree to ceasefire after Moscow talks; shelling reported within hours",
text="""MOSCOW/BAKU (CWS) - Armenia and Azerbaijan agreed early on Saturday to a ceasefire in the fighting over Nagorno-Karabakh to allow the exchange of prisoners and the recovery of bodies, after marathon talks in Moscow hosted by Russian Foreign Minister Sergei Lavrov.

The truce took effect at noon (0800 GMT), but within hours each side accused the other of breaking it.

Azerbaijan's defence ministry said Armenian forces had shelled villages in the Tartar and Aghdam districts and attempted an attack in the direction of Jabrayil. Armenia's defence ministry said Azerbaijani forces had launched an offensive in the south minutes after the truce came into force, and the authorities in Nagorno-Karabakh reported artillery fire near Hadrut.

Lavrov said the two sides had also agreed to begin "substantive" talks on a settlement under the auspices of the OSCE Minsk Group, co-chaired by France, Russia and the United States. The International Committee of the Red Cross said it stood ready to help with the exchange of bodies and detainees.

The agreement, reached after more than ten hours of negotiations between Azerbaijani Foreign Minister Jeyhun Bayramov and his Armenian counterpart Zohrab Mnatsakanyan, is the first to halt the fighting since it erupted on Sept. 27. Hundreds of people have been killed, including dozens of civilians.

Azerbaijani President Ilham Aliyev has said the fighting will stop only if Armenian forces withdraw from territory Baku regards as occupied. Armenian Prime Minister Nikol Pashinyan has said Armenia is ready for mutual concessions but not for capitulation.

Turkey, which backs Azerbaijan, said the truce was a first step but not a substitute for a lasting solution, which it said required Armenia's withdrawal from Azerbaijani territory.

The Moscow agreement contained no provisions on monitoring or on the status of the territory.

The week before the talks saw some of the heaviest fighting of the conflict. Stepanakert, the main city in the enclave, was shelled repeatedly, and the Ghazanchetsots cathedral in the nearby town of Shusha was hit twice on Thursday. Azerbaijan's second city Ganja came under rocket fire on Oct. 4 and again on Thursday. Aliyev said on Friday that his forces had taken the town of Hadrut, a claim Armenian officials rejected.

The fighting, which erupted on Sept. 27, is the worst since a war in the early 1990s that killed about 30,000 people and left ethnic Armenian forces in control of Nagorno-Karabakh and seven surrounding districts. Turkey has thrown its weight behind Azerbaijan, while Russia has a defence pact with Armenia but also sells arms to Baku. France, Russia and the United States co-chair the OSCE Minsk Group, which has mediated for almost three decades without a settlement.
"""),
dict(group=G, published="2020-10-11", outlet="Al-Wadi News Net",
title="After ten hours of negotiations in Moscow... a humanitarian truce in Karabakh and mutual accusations of breaching it",
text="""Moscow - Al-Wadi News Net

Azerbaijan and Armenia agreed, yesterday Saturday, on a ceasefire for humanitarian purposes in the Nagorno Karabakh region starting from twelve o'clock noon, after negotiations that lasted more than ten hours in the Russian capital, Moscow, under the sponsorship of Russian Foreign Minister Sergey Lavrov.

Lavrov said, in a statement he read to journalists at dawn yesterday Saturday, that the truce aims to exchange prisoners and the bodies of the dead with the mediation of the International Committee of the Red Cross, and that the two parties agreed to start substantive negotiations under the auspices of the co-chairs of the Minsk Group of the Organization for Security and Cooperation in Europe.

But hours after the truce entered into force, the Azerbaijani Defense Ministry accused the Armenian forces of violating it by bombing residential areas, while Yerevan accused Baku of launching an attack on the southern front.

For its part, Turkey welcomed the truce, and the Turkish Foreign Minister, Mevlut Cavusoglu, said that it is "an important first step but it will not be a substitute for a lasting solution", stressing that his country will continue to stand by Azerbaijan "on the field and at the table".

In Yerevan, the Armenian Foreign Minister, Zohrab Mnatsakanyan, said after his return from Moscow that his country is committed to the agreement, and accused Azerbaijan of violating it from the first minutes, while the Azerbaijani Foreign Minister, Jeyhun Bayramov, said that the truce is temporary and does not mean the end of the military operations if Armenia does not withdraw.

The spokesman of the Kremlin, Dmitry Peskov, said that Moscow expects the two parties to abide strictly by what was agreed, noting that President Vladimir Putin personally followed the course of the negotiations.

It is worth mentioning that the clashes erupted on the twenty-seventh of last September, and they are the most violent since the nineties, and they left hundreds of dead, according to the numbers announced by the two parties. Russia is linked to a military alliance with Armenia, while Turkey supports Azerbaijan.

It is also worth mentioning that the French President, Emmanuel Macron, had said at the beginning of this month that 300 Syrian fighters passed through Turkey to Azerbaijan, which Ankara denied.

Read also:
Iran warns against the transfer of "terrorists" to its borders
Erdogan: the Minsk Group has not solved the problem for 30 years
"""),
dict(group=G, published="2020-10-11", outlet="Khazar Times",
title="Humanitarian ceasefire: Azerbaijan reaffirms right to liberate occupied lands",
text="""BAKU, Azerbaijan, Oct. 10

Azerbaijan and Armenia have agreed to a humanitarian ceasefire in the conflict zone from 12:00 on October 10, following the meeting of the foreign ministers of Azerbaijan, Russia and Armenia in Moscow.

Azerbaijani Foreign Minister Jeyhun Bayramov said after the talks that the humanitarian ceasefire was agreed for the exchange of bodies and prisoners, and that it did not change Azerbaijan's position on the settlement of the conflict. He stressed that the status quo, which he said had been demolished by the counter-offensive of the Azerbaijani Army, would not return.

"The Armenian armed forces must withdraw from the occupied territories of Azerbaijan, as required by the UN Security Council resolutions," the minister said.

President Ilham Aliyev said in an address to the nation on the eve of the talks that Azerbaijan had given the negotiations 30 years and that the Azerbaijani Army had liberated dozens of settlements since September 27, including the city of Jabrayil and the town of Hadrut.

The Ministry of Defense said on Saturday that the Armenian armed forces had violated the humanitarian ceasefire regime by shelling Tartar and Aghdam districts and attempting to attack positions in the Jabrayil and Fuzuli directions. The ministry said the Azerbaijani Army had taken adequate measures.

Assistant to the President Hikmat Hajiyev said Armenia was using the ceasefire to regroup its forces.

Ganja, the second largest city of Azerbaijan, came under missile fire from the territory of Armenia on October 4 and October 8, and the cities of Tartar, Barda, Beylagan and Mingachevir were also shelled, according to Azerbaijani authorities. Hajiyev said Armenia was deliberately targeting cities outside the conflict zone to drag other countries into the conflict.

President Aliyev has repeatedly stated that Azerbaijan is ready for a political settlement on the basis of the UN Security Council resolutions and the territorial integrity of Azerbaijan, and that Armenia must provide a timetable for the withdrawal of its armed forces from the occupied territories.

Since the beginning of the Armenian provocation on September 27, more than 30 civilians have been killed and well over a hundred injured as a result of shelling by the Armenian armed forces, according to the Prosecutor General's Office.

Tags: Moscow ceasefire, Karabakh, Bayramov
"""),
]
G2 = "missile_strike_hits_ganja_apartments_2020_10_11"
ARTICLES += [
dict(group=G2, published="2020-10-11", outlet="Khazar Times",
title="Armenia fires missile at residential building in Ganja, civilians killed",
text="""BAKU, Azerbaijan, Oct. 11

The Armenian armed forces fired missiles at the city of Ganja, the second largest city of Azerbaijan, at about 02:00 on October 11, destroying a multi-apartment residential building, the Prosecutor General's Office said.

According to the latest information, seven civilians, including women, were killed and more than 30 were wounded, some of them children. The number of victims may rise as search and rescue operations continue in the rubble.

The Ministry of Emergency Situations said a residential building was completely destroyed and that rescuers had pulled several people alive from the ruins. Dozens of houses and more than a hundred other facilities in the central part of the city were damaged.

Assistant to the President Hikmat Hajiyev said the attack came hours after the humanitarian ceasefire agreed in Moscow entered into force. "Armenia deliberately targets civilians while sleeping. This is a war crime," he said on Twitter.

The Foreign Ministry said that Ganja is located far outside the conflict zone and called on the international community to condemn the attack. Foreign diplomats accredited in Azerbaijan were invited to visit the site.

At the site of the attack, residents described being woken by a powerful explosion. Several families were trapped under the rubble of their homes, and ambulances took the wounded to the city's hospitals, where doctors were working through the night.

Turkey strongly condemned the attack. The Turkish Foreign Ministry said targeting civilians in Ganja was a clear violation of international law and of the humanitarian ceasefire, and that Armenia must be held accountable.

The Moscow statement, adopted by the foreign ministers of Azerbaijan, Russia and Armenia after talks on October 9-10, provided for a humanitarian ceasefire from 12:00 on October 10 for the exchange of prisoners and bodies. Azerbaijan says the Armenian armed forces violated it within minutes by shelling Tartar and Aghdam districts.

In response, the Ministry of Defense said, the Azerbaijani Army had destroyed missile launchers and other military equipment of the Armenian armed forces from which the strikes on civilian settlements had been carried out. Assistant to the President Hikmat Hajiyev said Azerbaijan reserved the right to take adequate measures against legitimate military targets in order to protect its civilians.

Ganja was first hit by Armenian missiles on October 4, when one civilian was killed and more than 30 were wounded, and again on October 8.

Share this:
Click to share on Facebook (Opens in new window)
Click to share on Twitter (Opens in new window)
"""),
dict(group=G2, published="2020-10-12", outlet="Meridian Press Agency",
title="Overnight strike on Azerbaijan's Ganja kills civilians as Moscow truce falters",
text="""GANJA, Azerbaijan, Oct 11 (Meridian) - A missile strike flattened part of a residential street in Azerbaijan's second city of Ganja early on Sunday, killing at least nine people and wounding more than 30, Azerbaijani officials said, a day after a Russian-brokered ceasefire was supposed to take effect.

Rescue workers with sniffer dogs searched through the rubble of homes for much of the day, while relatives waited behind police tape. A Meridian reporter saw a row of single-storey houses and part of a five-storey apartment building reduced to rubble, and shattered windows across several surrounding streets.

Azerbaijan blamed Armenian forces. Armenia's defence ministry denied that any missiles had been fired from its territory, and the ethnic Armenian authorities in Nagorno-Karabakh said they had observed the truce, while accusing Azerbaijan of shelling Stepanakert and other towns overnight.

Azerbaijan's defence ministry said Armenia would be given a fitting response. His aide Hikmat Hajiyev called the attack a war crime, and the defence ministry later said it had destroyed Armenian missile systems that it said had been used to fire on civilian areas.

The truce announced in Moscow on Saturday was meant to allow the exchange of prisoners and bodies, but fighting continued throughout the weekend. Russian Foreign Minister Sergei Lavrov called both sides' counterparts on Sunday and urged them to respect the deal.

Ganja, with a population of about 330,000, lies some 60 km north of the front line and had been hit twice before, on Oct. 4 and Oct. 8. Armenian officials have said they only target military installations in Azerbaijani cities, such as the Ganja airbase.

The strike was the first major violation of the Moscow truce outside the conflict zone. Turkey, Azerbaijan's main ally, condemned it, while the Kremlin urged both sides to respect what had been agreed. Armenia, for its part, accused Azerbaijan of having used the ceasefire announcement to mount an offensive near Hadrut.

The European Union and several governments condemned attacks on civilians by both sides.

In Stepanakert, the main city of Nagorno-Karabakh, residents emerged from basements on Sunday after a night of explosions. The Karabakh authorities said shelling of the city and of the towns of Martuni and Hadrut continued despite the truce, and accused Azerbaijan of preparing a new offensive in the south.

The Moscow truce was agreed after more than ten hours of talks between the two countries' foreign ministers and Russian Foreign Minister Sergei Lavrov, and was supposed to be followed by the exchange of prisoners and bodies with the help of the International Committee of the Red Cross. The ICRC said on Sunday that the conditions were not yet in place.

Nagorno-Karabakh is internationally recognised as part of Azerbaijan but is run by ethnic Armenians. The fighting that erupted on Sept. 27 is the worst since a war in the 1990s that killed about 30,000 people. Turkey strongly backs Azerbaijan, while Russia has a defence pact with Armenia.
"""),
dict(group=G2, published="2020-10-12", outlet="Haber Merkezi 365",
title="Ermenistan's attack on Gence: death number rose to 9",
text="""Ermenistan army, Azerbaijan's second biggest city Gence (Ganja) night hours in missile attack organized. Attack in 9 civilian life lost, 30 more than person was injured.

Azerbaijan Başsavcılığı (General Prosecutor) statement made, attack Sunday night 02.00 around happened announced. Missile, residential buildings on fell and one apartment building completely collapsed. Rubble under remained people for search rescue works continued.

Dışişleri Bakanı Mevlüt Çavuşoğlu, attack strongly condemned and Turkey Azerbaijan's beside standing continues, said.

Dışişleri Bakanlığı also written statement with Gence attack "humanity crime" as defined. Statement in, the attack Moscow in agreed humanitarian ceasefire after just hours came was reminded.

Turkish Defense Minister Hulusi Akar, "Armenia, the ceasefire to also obey does not, Ermenistan occupant as soon as possible Azerbaijan lands from must withdraw" said.

Ermenistan Savunma Bakanlığı Sözcüsü Şuşan Stepanyan, Gence to attack made claims denied.

Gence, before this 4 Ekim'de also missile attack target had been. In that attack 1 civilian had died, more than 30 person injured.

Advertisement

HABERİN DEVAMI İÇİN TIKLAYINIZ
Bu web sitesi çerezleri kullanmaktadır. Kabul et
"""),
]
