G = "africom_says_russian_air_defense_downed_us_drone_2019_12_07"

ARTICLES = [
dict(group=G, published="2019-12-07", outlet="Atlas Wire",
title="U.S. says Russian air defenses shot down its drone near Tripoli",
text="""WASHINGTON (Atlas Wire) - The U.S. military believes an unarmed American drone that went missing near the Libyan capital last month was shot down by Russian air defenses, and it wants the wreckage back, U.S. Africa Command (AFRICOM) said on Saturday.

The remotely piloted aircraft was reported lost over the Tripoli area on Nov. 21. AFRICOM had said at the time only that it was investigating.

Gen. Stephen Townsend, the head of Africa Command, said in a statement that he believed the crews operating the air defenses did not know the aircraft was American when they fired on it. "But they certainly know who it belongs to now and they are refusing to return it," he said, adding that he did not accept their claim not to know where it was.

Command spokesman Col. Christopher Karns said the U.S. assessment was that either Russian private military contractors or the forces of eastern commander Khalifa Haftar were operating the air defense systems at the time, and that the drone was probably mistaken for one flown by the opposing side.

Townsend said the episode showed the "malign influence" of Russian mercenaries, whom he blamed for a recent sharp increase in fighting and casualties around Tripoli.

There was no immediate comment from Moscow, which denies sending fighters to Libya and says any Russians there are not acting for the state. Haftar's Libyan National Army (LNA) says it has no foreign fighters.

The loss came a day after an Italian military drone came down near Tarhuna, a town southeast of Tripoli that serves as Haftar's main rear base in the west. The LNA said it had shot down that aircraft with an anti-aircraft missile after first describing it as Turkish.

The LNA has accused Turkey of supplying armed drones to the GNA in breach of the embargo and says it targets Turkish-made aircraft operating from Mitiga and Misrata. Drones flown by both sides have been shot down over the southern outskirts of Tripoli in recent months.

The U.S. flies drones over Libya to monitor the security situation and to hunt Islamic State militants, and carried out several strikes on the group in the south of the country in September.

Libya has had no stable central authority since the 2011 NATO-backed uprising that toppled Muammar Gaddafi. Since 2014 it has been divided between the Government of National Accord (GNA) in Tripoli, which the United Nations recognizes, and a rival administration in the east aligned with Haftar. The LNA, backed by the United Arab Emirates, Egypt and Russia, launched an offensive to take Tripoli in April. Turkey backs the GNA and last month signed security and maritime agreements with it.

Washington has grown more vocal about Moscow's role. After talks with a GNA delegation in mid-November, the State Department said the United States had expressed serious concern over Russia's attempts to exploit the conflict, and called on the LNA to end its offensive on Tripoli.

Western and Libyan officials say several hundred Russian contractors from the Wagner group have been fighting with the LNA since September."""),

dict(group=G, published="2019-12-08", outlet="Gundem Manset",
title="ABD: İHA'mız Libya'da Rus hava savunması tarafından düşürüldü",
text="""Gündem Manşet - Dünya

ABD: İHA'mız Libya'da Rus hava savunması tarafından düşürüldü

08 Aralık 2019 - 11:42

The US Africa Command (AFRICOM), in Libya the capital Tripoli near in last month lost unmanned aerial vehicle (İHA) the Russian air defense systems by was shot down that announced. AFRICOM Commander General Stephen Townsend, the drone the remains back to be given is demanding.

According to the statement made cumartesi günü, the American drone on 21 November in Tripoli region contact was lost. Townsend, air defense operators at the moment of firing the aircraft being American did not know believing said, "But now whose it is they certainly know and they refuse to give it back. They say they do not know where it is, but I do not buy this," he said.

AFRICOM spokesman Colonel Christopher Karns, at that time the air defense systems either Russian private military company (Vagner) members or darbeci general Hafter's so-called Libyan National Army by being used that it is assessed, said. According to Karns, the operators the American aircraft an opposing side drone thought.

The Russian side from the subject about an official statement until now did not come. Moscow, Libya'da Rus paralı askerlerinin bulunduğu iddialarını consistently rejects.

Hafter militias, previous day 20 November Tarhuna north in an Italian drone also had shot down claimed. Hafter side first the aircraft Turkish İHA was said, after Italy's Predator type aircraft was understood.

It is reminded that, in Libya the legitimate government the Ulusal Mutabakat Hükümeti (UMH), since April Hafter militias attacks against the capital Tripoli defends. Turkey and the UMH government last month 27 November security and military cooperation and maritime jurisdiction areas on two memorandum of understanding signed. President Erdoğan, if requested Turkey Libya'ya asker göndermeye hazır olduğunu said.

Greece also the memorandum reacting, 6 Aralık'ta Libya'nın Atina Büyükelçisi'ni expelled. Ankara this step strongly criticized.

Western sources according to, since September hundreds of Russian Vagner mercenaries Tripoli south in the fronts Hafter side in fight. The UMH Interior Minister Fathi Başağa also last month Russia the war "fuel pouring on fire" with accused.

İLGİLİ HABERLER

Libya'da UMH güçleri Hafter milislerinin saldırısını püskürttü
Türkiye ile Libya arasında deniz yetki alanları mutabakatı imzalandı
Çavuşoğlu: Libya'da siyasi çözüm için çaba sarf ediyoruz

Exit mobile version"""),

dict(group=G, published="2019-12-09", outlet="Defence Horizons Review",
title="Drone loss over Tripoli puts Russian air defence role in the spotlight",
text="""Defence Horizons Review - Analysis

Drone loss over Tripoli puts Russian air defence role in the spotlight

US Africa Command's statement on 7 December that one of its unarmed drones was brought down over Tripoli by Russian-operated air defences is one of the clearest public statements yet by the US military linking Russian personnel to a specific incident in Libya's eight-month battle for the capital.

The aircraft was lost on 21 November. In comments released on Saturday, AFRICOM commander General Stephen Townsend said the operators of the air defence system had probably not known it was a US aircraft when they fired, but that they now knew and were refusing to hand over the wreckage. A command spokesman, Colonel Christopher Karns, said either Russian private military contractors or the Libyan National Army (LNA) of Khalifa Haftar had been operating the system at the time, and that the drone had likely been mistaken for one operated by the Government of National Accord (GNA).

AFRICOM did not disclose the type of aircraft. The command has used MQ-9 Reapers for strikes against Islamic State targets in southern Libya this autumn, including a series of strikes near Murzuq in September, and most open-source analysts assume the lost aircraft was a Reaper or a similar medium-altitude platform.

Two losses in two days

The US loss followed by one day the crash of an Italian Air Force remotely piloted aircraft north of Tarhuna, 60-odd kilometres southeast of Tripoli. Italy's defence staff described it as a Predator flying in support of Operation Mare Sicuro on a flight plan previously shared with Libyan authorities; open-source watchers suggested from photographs of the wreckage that it may have been a Reaper. The LNA said it had downed the aircraft with a surface-to-air missile, initially calling it a Turkish drone launched from Misrata.

The sequence is significant because Tarhuna is the LNA's main logistics hub for the Tripoli front. Both GNA-operated Turkish Bayraktar TB2s and LNA-operated Chinese-made Wing Loong IIs, the latter widely attributed to the United Arab Emirates, have flown over the area for months. An air defence crew working in that environment has every incentive to fire at anything unidentified.

What changed in September

Until late summer, the air war over Tripoli was largely a contest of drones. Since September, a stream of reports has described a more capable force on Haftar's side of the line. Bloomberg reported in late September that more than 100 contractors from the Wagner group had arrived at a forward base; in November, accounts in the Western press described Russian sniper teams, guided artillery fire and electronic warfare equipment on the southern front. GNA Interior Minister Fathi Bashagha has said Russian involvement has prolonged the war.

AFRICOM's statement goes further than previous US comments by linking Russian contractors to the operation of air defence systems, a skill set that, unlike infantry tactics, requires trained crews and maintenance support. Townsend also blamed Russian mercenaries for a "sharp increase" in fighting and casualties around Tripoli.

Moscow has consistently denied a state role. Officials have said that any Russians in Libya are there in a private capacity.

Implications

For the US, the incident complicates an already limited intelligence and counter-terrorism presence; it has no forces on the ground in Libya after withdrawing a small contingent in April. For the GNA, which has just signed a security memorandum with Turkey, Washington's public language is welcome confirmation of claims it has been making for months. For the LNA's foreign backers, the question is whether more capable air defences around Tarhuna and Jufra will limit Turkish drone operations - which were central to the GNA's recapture of Gharyan in June - or simply draw Ankara further in.

Expect the issue of the wreckage to feature in any further US-Russia contacts on Libya."""),
]
