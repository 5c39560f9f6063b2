G = "wagner_fighters_airlifted_from_bani_walid_2020_05_24"

ARTICLES = [
dict(group=G, published="2020-05-24", outlet="Libya Free Voice",
title="Bani Walid mayor: Russian Wagner mercenaries flown out to Jufra after fleeing south Tripoli fronts",
text="""Libya Free Voice | Bani Walid

Bani Walid mayor: Russian Wagner mercenaries flown out to Jufra after fleeing south Tripoli fronts

Russian mercenaries of the Wagner company who were fighting for Haftar's militias south of Tripoli have been flown out of Bani Walid airport to the Jufra air base, the mayor of Bani Walid, Salem Nuwair, told Libya Free Voice on Sunday, the first day of Eid al-Fitr.

Nuwair said the Russians withdrew from the capital's front lines with their heavy equipment and arrived at the town's civilian airport, some 150 kilometres southeast of Tripoli, before being flown in three military planes to Jufra, Haftar's main stronghold in central Libya. Their military vehicles were driven south by road, he added.

The mayor said the town's social and tribal leaders had rejected the presence of any foreign forces in Bani Walid and had given the mercenaries a deadline to leave the airport. He said air defence systems had also been brought into the airport during the withdrawal.

Footage shared by activists on Sunday showed men in military uniform, some sitting on trucks, at the Bani Walid airport, and the loading of a cargo plane on the runway. The Volcano of Rage operation said its reconnaissance monitored the arrival of several cargo aircraft at the airport during the day.

The withdrawal comes after a series of heavy defeats for Haftar's militias. On May 18 the Libyan army forces liberated the strategic al-Watiya air base near the Tunisian border, and in the past days they advanced on several axes of southern Tripoli, including Salah al-Din and Ain Zara. Haftar's spokesman had announced on Wednesday that his forces would pull back two to three kilometres from the capital's fronts, claiming it was a humanitarian gesture for Eid, but field commanders said the militias were simply collapsing.

Bani Walid, the centre of the large Warfalla tribe, has tried to stay out of the war, although Haftar's forces used its airport and roads as a supply route to Tarhuna and the southern fronts of the capital. Its elders said in recent months that they would not allow the town to become a battlefield.

Libyan and Western officials say the Wagner mercenaries arrived on the Tripoli front in September 2019 and took part in the most intense fighting, including with sniper teams. A confidential UN report seen by international media earlier this month said Wagner had between 800 and 1,200 fighters in Libya. Interior Minister Fathi Bashagha said last week that Russian warplanes had also arrived at Jufra from Syria.

Residents returning to areas of southern Tripoli abandoned by the militias have reported finding mines and booby traps in houses and streets, and the authorities have urged citizens to wait for engineering teams to clear the areas before returning."""),

dict(group=G, published="2020-05-25", outlet="Hilal News Agency",
title="Military planes fly Wagner mercenaries out of western Libya",
text="""ANKARA (Hilal) - Russian mercenaries of the Wagner Group who had been fighting on behalf of putschist Gen. Khalifa Haftar have been flown out of western Libya after retreating from the front lines around the capital Tripoli, local officials said.

Salem Alaywan, the mayor of the town of Bani Walid, told a local television channel on Sunday that the Russian fighters had pulled back with their heavy equipment from the south of Tripoli to the town's airport, some 150 kilometers (93 miles) southeast of the capital.

"They were flown in three military planes to Jufra and their military vehicles were driven there," Alaywan said, referring to the central Libyan district where Haftar's forces hold a major air base.

The Libyan army's Volcano of Rage operation said on Monday that an Antonov An-32 military cargo plane had landed at Bani Walid airport to "resume the transportation of the Wagner mercenaries." It said it had spotted seven military cargo planes arriving at the same airport on Sunday, bringing ammunition and equipment before taking on board the Russian mercenaries.

According to the operation, between 1,500 and 1,600 mercenaries had fled to the Bani Walid area after the clashes with government forces around Tripoli.

The departure of the Russians is another blow to Haftar and his foreign backers after the Government of National Accord (GNA) recaptured the strategic al-Watiya air base on May 18 and destroyed several Russian-made Pantsir air defense systems in recent days.

Last week, the Libyan Interior Ministry said it had received information that Russia had sent eight fighter jets to Haftar's forces via Syria, and Interior Minister Fathi Bashagha said at least six MiG-29s and two Su-24s had landed in Libya from Russia's Hmeimim base. Haftar's side had threatened to target Turkish interests in Libya with what it called the largest air campaign in Libyan history.

Haftar's illegitimate forces, supported by Russia, Egypt and the United Arab Emirates, have been trying to capture Tripoli for 13 months but have suffered a string of defeats in recent weeks. The Libyan government launched Operation Peace Storm on March 26 to counter attacks on the capital and other parts of northwest Libya.

Earlier this year, President Recep Tayyip Erdoğan said more than 2,000 Wagner mercenaries were fighting in the war-ravaged country.

Libya's government was founded in 2015 under a UN-led political agreement, following the ouster of late ruler Muammar Gaddafi in 2011."""),

dict(group=G, published="2020-05-25", outlet="Gundem Manset",
title="Vagner paralı askerleri Beni Velid'den uçaklarla kaçırıldı",
text="""Gündem Manşet - Dünya

Vagner paralı askerleri Beni Velid'den uçaklarla kaçırıldı

25 Mayıs 2020 - 14:07

Libya'da darbeci Hafter's militias on behalf of fighting Russian Vagner company mercenaries, the capital Tripoli south in the fronts defeat after Beni Velid city airport from with military cargo planes Cufra'ya was carried.

Beni Velid Mayor Salim Aleyvan, local television to the statement in, Russian mercenaries heavy weapons with together Tripoli fronts from withdrew and city airport to came, from here three military plane with Cufra air base to they were carried said. Mayor, the mercenaries' vehicles by land road Cufra'ya went he added.

The Libya army's Burkan el-Gazab (Volcano of Rage) Operation today (Monday) made statement in, an Antonov An-32 type cargo plane Beni Velid airport to landed and mercenaries' transport is continuing said. Operation, Sunday day seven cargo plane the airport to came announced.

According to the government side, Beni Velid's surroundings to escaping mercenaries the number 1500 with 1600 between.

Bayram's first day on coming this development, Hafter militias the last weeks in lived the heavy defeats after came. Libya army, 18 Mayıs'ta strategic el-Vatiyye air base Hafter militias from took back. In recent days Tripoli south in Salahaddin and Ayn Zara axes also UMH forces advanced.

Hafter side, last Wednesday Tripoli fronts from 2-3 kilometer back withdrawing announced, this the Ramazan Bayramı because humanitarian step as presented. However field from the information, militias collapsing that shows.

It is reminded that, UN experts the month beginning in prepared confidential report in, Vagner in Libya 800 with 1200 between mercenary having assessed. President Erdoğan also year beginning in, Libya'da 2 binden fazla Vagner mercenary being said.

Moscow, Libya'da Rus military personnel being rejects and Vagner with state's relation being denies.

İLGİLİ HABERLER

UMH güçleri el-Vatiyye Hava Üssü'nü Hafter milislerinden geri aldı
Hafter'e ait Pantsir hava savunma sistemi imha edildi
Başağa: Rusya Suriye üzerinden Libya'ya savaş uçağı gönderdi

Exit mobile version"""),
]
