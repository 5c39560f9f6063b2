G = "africom_accuses_wagner_of_mining_tripoli_outskirts_2020_07_15"

ARTICLES = [
dict(group=G, published="2020-07-15", outlet="Atlas Wire",
title="U.S. military accuses Russia's Wagner of planting landmines around Tripoli",
text="""STUTTGART, Germany (Atlas Wire) - The U.S. military on Wednesday accused Russian mercenaries fighting for eastern Libyan forces of planting landmines and improvised explosive devices in and around Tripoli, endangering civilians and violating a United Nations arms embargo.

U.S. Africa Command (AFRICOM) said it had "verified photographic evidence" of indiscriminately placed booby traps and minefields on the outskirts of the capital and down toward the coastal city of Sirte since mid-June. It said the weapons were assessed to have been brought into Libya by the Wagner Group, a Russian private military company.

"The Russian-state sponsored Wagner Group is demonstrating a total disregard for the safety and security of Libyans," said Marine Corps Maj. Gen. Bradford Gering, AFRICOM's director of operations. He said the group's tactics were prolonging the conflict and causing needless civilian deaths, adding: "Russia has the power to stop them, just not the will."

The command posted images of what it said were improvised explosive devices and a concealed anti-personnel mine found in residential areas of Tripoli.

There was no immediate comment from Moscow or from Wagner. Russia has repeatedly denied playing a military role in Libya and says any Russians fighting there do not represent the state.

AFRICOM said Russia's introduction of landmines, booby traps and attack aircraft, and its continued support of the roughly 2,000-strong Wagner force, changed the nature of the conflict and raised the risk to non-combatants. In May, the command accused Moscow of flying at least 14 MiG-29 and Su-24 fighter jets to Libya via Syria to support the mercenaries.

Moscow dismissed the May allegation about the jets. Viktor Bondarev, head of the defense committee of Russia's upper house, said at the time that any MiG-29s in Libya were "Soviet, not Russian." AFRICOM said in June that the aircraft were flying in support of Wagner operations, including near Sirte.

Residents returning to southern Tripoli districts since forces loyal to Khalifa Haftar withdrew in late May and early June have been killed and maimed by explosive devices left in homes and streets, according to the Tripoli government and aid groups.

The districts of Ain Zara, Salah al-Din and Khallat al-Furjan on the southern edge of the capital saw some of the heaviest fighting during the 14-month offensive. Demining teams working there have themselves suffered casualties.

Separately on Wednesday, the U.S. Treasury imposed sanctions on three individuals and five entities it said were linked to Yevgeny Prigozhin, the businessman U.S. officials say finances Wagner.

Libya has had no stable central authority since the 2011 NATO-backed uprising that toppled Muammar Gaddafi. Since 2014 it has been divided between the Government of National Accord (GNA) in Tripoli, which the United Nations recognises, and a rival administration in the east aligned with Haftar, whose Libyan National Army (LNA) is backed by the United Arab Emirates, Egypt and Russia. Turkey, which backs the GNA, helped it repel a 14-month LNA offensive on the capital."""),

dict(group=G, published="2020-07-15", outlet="NewsRelease Africa",
title="U.S. AFRICOM: Evidence shows Wagner Group laid landmines, IEDs in and around Tripoli",
text="""NewsRelease Africa - Government & Institutions

FOR IMMEDIATE DISTRIBUTION

U.S. AFRICOM: Evidence shows Wagner Group laid landmines, IEDs in and around Tripoli

STUTTGART, Germany, July 15, 2020 - U.S. Africa Command said today it has clear evidence that the Russian-employed, state-sponsored Wagner Group has laid landmines and improvised explosive devices (IEDs) in and around Tripoli, Libya, in further violation of the United Nations arms embargo and endangering the lives of innocent Libyans.

Key points of the command's release:

- Verified photographic evidence shows indiscriminately placed booby traps and minefields around the outskirts of Tripoli down to Sirte since mid-June. The weapons are assessed to have been introduced into Libya by the Wagner Group.

- The command describes Russia's introduction of landmines, booby traps and attack aircraft, together with continued support for a Wagner force of about 2,000 personnel in Libya, as changing the nature of the conflict and increasing the potential risk to non-combatants.

- According to the command, Russian-sponsored private military companies are active in sixteen countries across Africa.

Statements

U.S. Marine Corps Maj. Gen. Bradford Gering, AFRICOM director of operations, said the Wagner Group was showing a total disregard for the safety and security of Libyans, that its irresponsible tactics were prolonging the conflict, and that it was responsible for needless suffering and the deaths of innocent civilians. "Russia has the power to stop them, just not the will," he said.

U.S. Navy Rear Adm. Heidi Berg, AFRICOM director of intelligence, said the command's intelligence reflects continued and unhelpful involvement by Russia and the Wagner Group in Libya, and that imagery and intelligence assessments show how Russia continues to interfere in Libyan affairs. She said Wagner's reckless use of landmines and booby traps was harming innocent civilians.

Background

On May 26, 2020, U.S. Africa Command reported that Russia had deployed military fighter aircraft to Libya via Syria to support Russian state-sponsored private military contractors operating on the ground. On June 18, the command released further imagery indicating that those aircraft were being actively used in Libya, including near Sirte.

The United States has repeatedly called on all parties to respect the United Nations arms embargo and to return to UN-facilitated talks, including the 5+5 Joint Military Commission.

On the same day, the U.S. Department of the Treasury announced sanctions on three individuals and five entities it said were linked to Yevgeny Prigozhin, whom it describes as the financier of the Wagner Group.

Photos accompanying the release show an improvised explosive device and a concealed anti-personnel mine reportedly located in a residential area of Tripoli.

Media contact: U.S. Africa Command Public Affairs

###

Distributed by NewsRelease Africa on behalf of the issuer. NewsRelease Africa is not responsible for the content of this release."""),

dict(group=G, published="2020-07-16", outlet="Gundem Manset",
title="AFRİKOM: Vagner Trablus çevresine mayın ve el yapımı patlayıcı döşedi",
text="""Gündem Manşet - Dünya

AFRİKOM: Vagner Trablus çevresine mayın ve el yapımı patlayıcı döşedi

16 Temmuz 2020 - 09:31

The US Africa Command (AFRICOM), Russia's Vagner group the Libya's capital Tripoli in and surroundings in landmines and el yapımı patlayıcı (EYP) placed that with clear evidence it has announced.

AFRICOM's made written statement in, "Verified photographic evidences, haziran ortasından bu yana Trablus'un outskirts from Sirte'ye until random placed booby traps and mine fields shows," was expressed. Statement in, these weapons the Vagner group by Libya'ya brought assessed.

AFRICOM Operations Director Tümgeneral Bradford Gering, "Russian state-sponsored Vagner group, Libyans' safety and security toward total indifference showing," said. Gering, "Russia them stopping power has, just will does not have," he added.

AFRICOM Intelligence Director Tuğamiral Heidi Berg also, Vagner's reckless mine usage innocent civilians harming that said.

Statement in, Russia's mines, booby traps and attack aircraft Libya'ya bringing and 2 bin kişilik Vagner group supporting continuing, the conflict's nature changing and civilians for risk increasing was stated.

Moscow from the subject about until now statement did not come. Russia, Libya'da military presence having consistently denies.

As is known, Libya ordusu, haziran başında Trablus'un south and Terhune city fully Hafter militias from cleaned after, region's back to return civilians the mines because of many losses gave. UMH sources, the mines being many of them Rus yapımı that said.

AFRICOM last May also, Rusya'nın Suriye üzerinden Libya'ya 14 MiG-29 and Su-24 war plane sent announced. The US Treasury Ministry also yesterday, Vagner's financier known Yevgeni Prigojin's connected three people and five institution to sanctions imposed.

On the other hand Turkey and UMH, Sirte and Cufra Hafter militias by evacuated without lasting ceasefire being possible not that emphasizing. Dışişleri Bakanı Mevlüt Çavuşoğlu this week, Hafter Sirte and Cufra'dan withdraw if not, the Libya government's military operation for ready being said.

İLGİLİ HABERLER

Çavuşoğlu: Hafter Sirte ve Cufra'dan çekilmeli
Libya'da Hafter milislerinin bıraktığı mayınlar can almaya devam ediyor
ABD'den Prigojin bağlantılı şirketlere yaptırım

Exit mobile version"""),
]
