G6 = "gna_captures_watiya_air_base_2020_05_18"

ARTICLES = [
dict(group=G6, published="2020-05-18", outlet="Tripoli Dispatch",
title="Volcano of Rage forces liberate Al-Watiya airbase from Haftar's militias",
text="""May 18, 2020 - 13:40 | Written by: Ali Ben Khalifa

Forces of the Government of National Accord (GNA) announced on Monday that they had taken full control of the strategic Al-Watiya airbase in western Libya, the most important military stronghold of Khalifa Haftar's militias in the region.

The commander of the joint operations room and the Western Military Region, Major General Osama Al-Juwaili, said in a statement published by the media centre of Operation Volcano of Rage that the forces "have completely liberated" the base, about 140 kilometres southwest of the capital Tripoli.

The media centre published videos and photos showing GNA fighters inside the base's hangars and on its runway, in addition to military equipment left behind by Haftar's forces, among them a Russian-made Pantsir air defence system that the GNA says was supplied to Haftar by the United Arab Emirates.

The GNA Deputy Defence Minister Salah Al-Namroush confirmed the capture, adding that the forces had secured the whole base and that Haftar's militias had fled in the early hours of the morning after days of air strikes that targeted their positions and supply lines.

The Chief of General Staff, Lieutenant General Mohammed Al-Sharif, told local media that after Al-Watiya, the forces' next objectives were the southern frontlines of Tripoli and the city of Tarhuna, the main stronghold of Haftar's forces in the west.

[Photo: GNA fighters celebrate inside Al-Watiya airbase on Monday. Volcano of Rage media centre]

The base had been under the control of Haftar's forces since 2014, and was used to launch air strikes against the capital, the western coastal cities and the Nafusa Mountains. The GNA launched an offensive to capture it in early May after besieging it for weeks, while its forces had already retaken the coastal cities of Sabratha and Surman and the whole coastline to the Tunisian border in April.

GNA forces had stormed parts of the base on May 5 before pulling back under heavy fire, and in the following days the GNA air force and drones struck Haftar's supply convoys on the roads from the south, cutting the base off. Haftar's warplanes had used Al-Watiya for years to strike towns of the west, including Zuwara and Gharyan.

Head of the Presidential Council Fayez Al-Sarraj received a phone call on Monday from Turkish President Recep Tayyip Erdogan in which they discussed the latest military developments and the implementation of the security and military cooperation memorandum signed between the two countries last November.

Haftar's forces did not comment on the loss of the base. Pro-Haftar media outlets described the withdrawal as a "repositioning" of forces.

Haftar's forces have been attacking the capital since April 4, 2019, in an assault that has killed hundreds of civilians and displaced more than 200,000 people.

Read more:
Haftar's militias shell Mitiga airport again, flights suspended
Volcano of Rage: 7 Haftar fighters killed in air strikes near Al-Watiya
Bashagha: The capital will not fall

This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish. Accept"""),

dict(group=G6, published="2020-05-19", outlet="Defence Signal",
title="Watiya falls: how Turkish drones and a captured Pantsir reshaped the air war over western Libya",
text="""ANALYSIS | Defence Signal | 19 May 2020 | 7 min read

The fall of al-Watiya air base on Monday, May 18, is the clearest sign yet that the balance of air power in western Libya has shifted toward the Government of National Accord (GNA), and that Turkey's intervention is doing what Ankara promised Tripoli it would.

Forces of the Libyan National Army (LNA) left the base before dawn, and units of the GNA's Western Military Region, commanded by Osama Juwaili, entered it a few hours later without meeting significant resistance. The GNA had been besieging the sprawling complex, about 140 km southwest of Tripoli and some 30 km from the Tunisian border, since April, and had tried and failed to storm it in early May. What changed in the past two weeks was the intensity of the air campaign.

Turkish-operated Bayraktar TB2 drones, flying from Mitiga and from Misrata, struck the base and the roads leading to it almost daily, according to footage released by the GNA's Volcano of Rage media centre. Fuel trucks and supply convoys heading for al-Watiya from the south were hit repeatedly. By the time the garrison pulled out, it had in effect been cut off.

The most striking image of the day was the Pantsir-S1. GNA forces published pictures of one of the Russian-made short-range air defence systems, mounted on a truck chassis, which they said was abandoned near the base. The Pantsir is the main system the LNA's foreign backers had deployed to counter Turkish drones, and the GNA and Turkish media claim several have been destroyed by drone strikes in recent days around al-Watiya and Tarhuna. Those claims are impossible to verify independently, and the LNA has disputed some of them; but the capture of an intact system is a windfall, both for propaganda and, potentially, for technical exploitation.

Why Watiya matters

Al-Watiya, also known as Uqba bin Nafi air base, is the largest military airfield in western Libya. Built with hardened aircraft shelters, it had been under the control of forces allied to Khalifa Haftar since 2014 and served as the LNA's main air platform in the west, from which its aircraft could reach Tripoli, the coastal cities and Zintan in minutes. Losing it pushes the LNA's nearest usable air base back to al-Jufra, in central Libya, hundreds of kilometres away.

For the GNA, the base offers the possibility of hosting aircraft and air defences far from the artillery and rocket fire that has repeatedly closed Mitiga. Speculation in Turkish and Arab media that Ankara could use al-Watiya as a permanent facility began almost as soon as the GNA raised its flag over the runway, though officials in neither capital have confirmed any such plan.

The bigger picture

Since the GNA launched Operation Peace Storm in late March, it has retaken the coastal strip west of Tripoli, including Sabratha and Surman in mid-April, and now controls the border region with Tunisia. The LNA still holds Tarhuna, south-east of the capital, and positions on Tripoli's southern outskirts.

The shift dates back to January, when the Turkish parliament authorised a deployment and Turkey began sending air defence systems, drones, electronic warfare equipment and military advisers, along with Syrian fighters recruited from factions it backs in northern Syria. The LNA's backers, principally the UAE, have responded with Chinese-made Wing Loong drones and air defence systems.

What to watch next: whether the LNA can hold Tarhuna without air cover from Watiya, and whether Haftar's foreign backers move to replace lost air defence capacity, or bring in manned aircraft, to contest Turkish drone dominance.

Tags: Libya, Turkey, UAV, Bayraktar TB2, Pantsir, Air defence

Subscribe to Defence Signal Pro for full access to our order-of-battle database."""),

dict(group=G6, published="2020-05-19", outlet="Haber Ekspres English",
title="Libya Army took back El Vatiyye Air Base from darbeci Hafter militias",
text="""19 Mayis 2020 Sali 09:14 | Dunya

Libya'da UN-recognized legitimate government (UMH) connected forces, the El-Vatiyye Air Base which is most important base of darbeci (putschist) Hafter in west, took under control completely.

The Western Military Region Commander Usame Cuveyli announced that the forces of Libya Army entered to base at yesterday morning hours. In statement shared from Burkan al-Gadab (Volcano of Rage) operation, it was said "base is liberated totally".

According to information, Hafter militias were escaped from base at early morning with heavy air attacks of the Libya Army. Within the base many weapon and ammunition were seized, and also Rus yapimi (Russian made) Pantsir air defence system which was sent by BAE (United Arab Emirates) to Hafter.

El-Vatiyye is located 140 kilometre southwest of Trablus (Tripoli) and near to Tunus border. Hafter was using base since 2014 for air attacks against the west cities.

The Libya Army had started the "Baris Firtinasi" (Peace Storm) harekat at March, and in April had taken back Sabratha, Surman and the coastal cities until Tunus border.

Cumhurbaskani Recep Tayyip Erdogan and UMH Baskani Fayez es-Serrac had made phone conversation yesterday. In conversation they evaluated the latest developments in Libya, the communication directorate said.

Turkey, with the security and military cooperation mutabakat (memorandum) signed in 27 November 2019, is giving training and consultancy support to the legitimate government. TBMM had approved the tezkere for sending asker to Libya in 2 January.

Ilgili Haberler
- Libya Ordusu Terhune'ye ilerliyor
- Hafter milisleri Trablus'ta sivilleri vurdu: 3 olu

Bu sitede cerezler (cookie) kullanilmaktadir. Devam ederek kabul etmis sayilirsiniz. Tamam"""),
]
