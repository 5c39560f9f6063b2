G = "unidentified_jets_strike_al_watiya_air_base_2020_07_05"
ARTICLES = [
dict(group=G, published="2020-07-05", outlet="Meridian Wire Service",
title="Unidentified warplanes strike Libya's al-Watiya air base held by Turkish-backed forces",
text="""TRIPOLI (MWS) - Unidentified warplanes carried out overnight air strikes on al-Watiya air base in western Libya, which was captured in May by forces allied with the Tripoli government and Turkey, military sources on both sides said on Sunday.

A source with the Government of National Accord (GNA) forces said the strikes caused damage but no casualties, and blamed "foreign aircraft" supporting Khalifa Haftar. The GNA's Volcano of Rage operation said in a statement that the base had been hit but did not give details.

A source in Haftar's Libyan National Army (LNA) said the raids targeted air defence systems recently installed by Turkey at the base. Haftar's forces did not officially claim the attack. A television channel close to the LNA said the strikes destroyed Turkish-made air defence equipment and radars, a claim that could not be independently verified.

Turkey has not commented. The strikes came a day after Turkish Defence Minister Hulusi Akar ended a visit to Tripoli.

Forces loyal to the GNA took al-Watiya, about 140 km southwest of Tripoli, on May 18, and there have been reports that Turkey intends to use it as an air base. Fighting has since shifted to the central coastal city of Sirte, which the GNA wants to take and which Egypt has declared a red line.

Libya has been in turmoil since a NATO-backed uprising toppled Muammar Gaddafi in 2011. Since 2014 it has been divided between rival administrations in the east and west, each backed by armed factions and foreign governments. Turkey and Qatar have supported the Tripoli authorities, while the United Arab Emirates, Egypt and Russia have backed Khalifa Haftar's forces in the east.

(Reporting by MWS staff; writing by Sami Haddad)"""),
dict(group=G, published="2020-07-06", outlet="RusNova Agency",
title="LNA source: Turkish air defense systems destroyed in strike on Al-Watiya airbase",
text="""CAIRO, July 6 (RusNova) - Air defense systems and radars delivered by Turkey to Al-Watiya airbase in western Libya were destroyed in airstrikes on the night of July 5, a source in the Libyan National Army (LNA) told RusNova.

"Air defense systems, including MIM-23 Hawk, as well as radar and electronic warfare equipment that had been recently deployed by Turkey, were destroyed," the source said, adding that the aircraft belonged to "a friendly country", without specifying which.

The Government of National Accord (GNA) confirmed the base had been attacked by "foreign aircraft", but said there was only limited damage.

The Turkish Defense Ministry has not commented on the incident. Some Arab media reported that Turkish military personnel may have been at the base at the time of the strike, but there was no official confirmation of casualties.

In May, GNA forces seized Al-Watiya from the LNA with Turkish support. Turkish Defense Minister Hulusi Akar and Chief of General Staff Yasar Guler visited Tripoli on July 3-4 and met with GNA head Fayez Sarraj.

Russia has repeatedly called on the parties to the Libyan conflict to cease hostilities and return to political dialogue, based on the outcomes of the Berlin conference."""),
dict(group=G, published="2020-07-07", outlet="Gündem Haber 24",
title="Al-Watiya base attack: Ankara sources say 'no loss', claims in Arab media are speculation",
text="""The air attack made to the al-Watiya air base in Libya which is under control of UMH forces, it was alleged that Turkish air defense systems were hit. Ankara sources, said the claims which spread in Arab media are not reflecting the reality.

On Sunday night of 5 July, unidentified war planes made air attack to the Vatiya air base. According to some Arab and Russian media, in the attack the Hawk air defense systems brought by Turkey and the radars were destroyed. In some claims it is also alleged that the planes were Rafale or Mirage belonging to UAE, or Egyptian planes.

The security sources which speaking with our newspaper said "There is no loss of our personnel. The systems in the base were in the stage of installation. The news in the Arab press are exaggerated, psychological war." It was said necessary measures will be taken.

The Libya Volcano of Anger (Burkan el-Gadab) operation spokesman said that the base was hit by foreign planes but the damage is limited.

HOW WAS VATIYA TAKEN?

UMH forces, on 18 May took the al-Vatiya base from putschist Hafter's militias. In the operation, Turkish SİHA's destroyed the Pantsir systems. After this, Hafter forces retreated from Tripoli and Terhune.

Milli Savunma Bakanı Hulusi Akar and Genelkurmay Başkanı Orgeneral Yaşar Güler were in Trablus on 3-4 July, they had meeting with Serrac and visited the Mehmetçik.

Çerez Politikası | KVKK Aydınlatma Metni

İlginizi Çekebilir:
- Mısır'dan Sirte tehdidi
- Libya'da son durum: Sirte cephesi hareketli"""),
]
