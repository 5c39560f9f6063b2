G = "gna_captures_al_watiya_air_base_2020_05_18"

ARTICLES = [
dict(group=G, published="2020-05-18", outlet="Meridian Press Wire",
title="Libya's Tripoli government seizes key al-Watiya air base from Haftar forces",
text="""TRIPOLI (MPW) - Forces aligned with Libya's internationally recognised government captured the strategic al-Watiya air base from Khalifa Haftar's Libyan National Army (LNA) on Monday, the biggest prize yet in a Turkish-backed counter-offensive in the west of the country.

Osama al-Juwaili, commander of the Government of National Accord's (GNA) western military region, said his forces had taken full control of the base, about 140 km (85 miles) southwest of Tripoli, after LNA units pulled out in the early hours following days of intense air strikes.

Footage posted by GNA-aligned media showed fighters walking among charred vehicles and damaged hangars and posing next to a Russian-made Pantsir air-defence system mounted on a truck, which GNA officials said had been supplied to Haftar by the United Arab Emirates. There was no immediate comment from the LNA.

Prime Minister Fayez al-Sarraj hailed the capture in a statement, saying it was not the end of the battle and that government forces would press on until they had driven Haftar's fighters from all of western Libya. GNA officials said the next target was Tarhuna, the LNA's main stronghold southeast of the capital.

Al-Watiya, which Haftar's forces had held since 2014, was the LNA's only major air base in the northwest and had been used to launch air strikes on the coastal cities between Tripoli and the Tunisian border. GNA forces failed to take it in late March, but the base had been effectively cut off since the GNA seized the towns of Sabratha and Surman in April.

The GNA's counter-offensive, dubbed Operation Peace Storm, began on March 25. On April 13 government forces seized Sabratha and Surman and swept through the towns south of Zuwara to the Tunisian border. Haftar responded later in April by declaring that he had a "popular mandate" to rule Libya and that the 2015 UN-brokered political agreement was over, a move criticised by the United States and Russia. The UN has repeatedly appealed for a humanitarian truce so that authorities can focus on the coronavirus pandemic.

Turkish armed drones have played a central role in the GNA's recent advances, striking LNA supply lines and air-defence systems. Ankara stepped up its military support after its parliament authorised a troop deployment in January, and says it is training and advising GNA forces under an agreement signed last November.

The LNA, which also receives support from Egypt and Russian military contractors, has been trying to capture Tripoli since April last year. Its forces still control the south and east of the country, including most oilfields, and hold positions on the southern edge of the capital.

Libya has had no stable central authority since a NATO-backed uprising toppled Muammar Gaddafi in 2011. Since 2014 it has been split between a government in Tripoli and rival institutions in the east aligned with Haftar's LNA.

(Reporting by MPW Tripoli bureau; writing by MPW Cairo desk)"""),

dict(group=G, published="2020-05-20", outlet="Defence Signal",
title="Watiya falls: how drones and air defence tipped the balance in western Libya",
text="""Defence Signal | Analysis | 20 May 2020

Watiya falls: how drones and air defence tipped the balance in western Libya

The capture of al-Watiya air base by forces of Libya's Government of National Accord (GNA) on 18 May is the clearest evidence so far that Turkey's intervention has changed the military balance in Tripolitania. The base, also known as Uqba bin Nafi and built by the US Army Air Forces during the Second World War, was the Libyan National Army's (LNA) only major operating airfield in the northwest. Its loss leaves Khalifa Haftar's forces around Tripoli and Tarhuna dependent on long supply lines stretching back to al-Jufra, more than 500 km to the southeast.

A siege from the air

GNA ground forces did not storm Watiya. According to GNA statements and local reporting, LNA units abandoned the base before dawn on the 18th after weeks of isolation and days of sustained strikes, and troops of the GNA's western military region under Osama al-Juwaili walked in a few hours later. The preparation was done largely by unmanned aircraft. Turkish Bayraktar TB2 medium-altitude drones, operated from Mitiga and Misrata according to open-source analysts, struck fuel bowsers, ammunition stores and vehicles on the roads feeding the base throughout April and May.

The most consequential targets were the LNA's Russian-made Pantsir-S1 gun-missile systems, which GNA officials and several analysts say reached Haftar's forces via the United Arab Emirates. Pantsir batteries had accounted for a significant number of Turkish drones over Tripoli since late 2019. In the past week GNA-aligned accounts published strike videos showing several Pantsir vehicles destroyed around Watiya and near Tarhuna, and on Monday GNA fighters were filmed with an apparently intact Pantsir left behind at Watiya. GNA officials said the captured system would be put back into service.

Open-source researchers have also linked the drone campaign's success to Turkish electronic warfare equipment, reportedly including the KORAL system, deployed to the Tripoli area this spring to jam or locate LNA air-defence radars. This has not been officially confirmed by Ankara, and the claim should be treated with caution.

The other side of the ledger

The LNA's air arm has relied on a mix of ageing Soviet-era jets and Chinese-built Wing Loong II drones, which UN experts say are operated on its behalf by the UAE. Those drones caused heavy damage around Misrata and Tripoli in 2019, when the GNA had few means to counter them. Since January, Turkish medium-range air-defence systems and radars have reportedly been installed around Tripoli and Misrata, and the LNA drone threat has declined markedly.

Implications

With Watiya in hand, the GNA controls the whole coastline and hinterland from Tripoli to the Tunisian border, following its capture of Sabratha and Surman on 13 April. Its forces are now free to concentrate on Tarhuna, the LNA's main base southeast of the capital, and on the southern front lines.

For Ankara the base has an additional attraction: a long runway and hardened shelters that could host a permanent air presence in Libya. Turkish officials have not commented on such plans, but the idea is likely to alarm Egypt, the UAE and France.

The LNA's backers now face a choice between accepting the loss of western Libya or escalating with more capable systems. Statements by LNA commanders threatening a new air campaign against Turkish positions suggest that the latter option is being considered, but so far the LNA has not shown it can achieve air superiority against a defended Turkish umbrella.

Key systems mentioned: Bayraktar TB2 (Turkey), ANKA-S (Turkey), Pantsir-S1 (Russia), Wing Loong II (China), KORAL EW (Turkey, reported)."""),

dict(group=G, published="2020-05-19", outlet="Cairo Sentinel",
title="Turkish drones and mercenaries storm Al-Watiya base after weeks of bombardment",
text="""Cairo Sentinel | Arab World | 19 May 2020

Turkish drones and mercenaries storm Al-Watiya base after weeks of bombardment

Militias loyal to the Tripoli-based Government of National Accord (GNA), backed by Turkish drones and Syrian mercenaries, entered the Al-Watiya airbase in western Libya on Monday after the Libyan National Army (LNA) repositioned its units away from the isolated facility.

According to reports from the area, the army's remaining units left the base in the early hours of Monday after more than a month of siege, during which it was subjected to dozens of Turkish drone strikes. There was no fighting inside the base itself.

Al-Sarraj's camp celebrated the capture as a great victory, and its media showed armed men posing with military vehicles and a damaged air-defence system. LNA sources said Syrian mercenaries transferred by Ankara from the factions it sponsors in northern Syria took part in the assault.

The Egyptian position has been clear from the start: Cairo considers the Turkish military presence in Libya a threat to Egyptian and Arab national security and holds Ankara responsible for flooding the country with weapons and foreign fighters in violation of the Berlin conference conclusions and the UN arms embargo.

The LNA, led by Field Marshal Khalifa Haftar, controls most of Libya's territory, including the east, the south and the oil crescent. Last month, Haftar announced that the army had accepted a popular mandate to run the country and declared the Skhirat agreement, which created Al-Sarraj's government, to be finished.

The same militias had tried to storm the base at the end of March, at the start of what they called Operation Peace Storm, but the LNA repelled the attack and pursued the attackers towards the Tunisian border. The base has since been cut off by land after the militias, supported by Turkish drones, seized Sabratha and Surman in April.

Cairo has repeatedly stressed that the security of Libya is an integral part of Egypt's national security, and that it will not accept the transformation of its western neighbour into a base for terrorist groups and foreign fighters.

At the end of April the LNA announced a unilateral humanitarian truce for the holy month of Ramadan in response to international appeals, but the Tripoli militias rejected it and continued their attacks with Turkish support.

In recent weeks, the Turkish-backed militias have also attacked Tarhuna, south-east of Tripoli, without success.

Share this:
Facebook | Twitter | LinkedIn

You may also like:
Egypt's foreign minister discusses Libya with European counterparts
LNA: Turkish drone downed near Tarhuna
Arab Parliament condemns Turkish interference in Libya

Exit mobile version"""),

dict(group=G, published="2020-05-18", outlet="Gündem Haber 24",
title="Libya'da El-Vatiyye Hava Üssü darbeci Hafter'den geri alındı",
text="""[ad_1]

Libya'da El-Vatiyye Hava Üssü darbeci Hafter'den geri alındı

In Libya, the forces of the UN nezdinde legitimate Ulusal Mutabakat Hükümeti (UMH) took back the strategic El-Vatiyye Air Base from the putschist Hafter militia.

UMH Western Military Region Commander Usame Cuveyli announced that the base, which is located approximately 140 kilometers southwest of the capital Trablus, is completely under their control.

It was declared that the Hafter militias escaped from the base in the first hours of the morning, and the government forces entered to the base without conflict. In the images shared by the Volkan Öfkesi Operasyonu, the Russian-made Pantsir air defense system which was left behind by the militia was seen.

The El-Vatiyye base was under the occupation of Hafter since 2014 and it was used for the attacks on the western cities and to the Tunisian border line. The government forces were made operation to the base also on 25 March but could not take it.

With the El-Vatiyye, Hafter lost his last important base in the west of the country. UMH officials said that the next goal is Terhune.

Last month the government forces took back also Sabrata and Surman cities in the coast.

It is known that Hafter is supported by BAE, Egypt and Russian Wagner mercenaries.

İLGİLİ HABERLER
- Libya ordusu Terhune çevresinde Hafter'e ait mühimmat deposunu vurdu
- Dışişleri: Libya'da meşru hükümete desteğimiz sürecek

[ad_2]"""),
]
