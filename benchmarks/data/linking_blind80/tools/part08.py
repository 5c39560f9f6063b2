G = "airstrikes_hit_al_watiya_air_base_2020_07_05"

ARTICLES = [
dict(group=G, published="2020-07-05", outlet="Meridian Press Wire",
title="Unidentified warplanes strike Libya's al-Watiya base used by Turkish-backed forces",
text="""TRIPOLI (MPW) - Unidentified warplanes carried out air strikes overnight on al-Watiya air base in western Libya, which forces aligned with the Tripoli government captured with Turkish help in May, residents and military sources said on Sunday.

Residents of the area reported hearing several explosions during the night from Saturday to Sunday. A military source with Khalifa Haftar's eastern-based Libyan National Army (LNA) said "unidentified aircraft" had struck the base, without saying who was responsible.

A military source with the Government of National Accord (GNA) said the strikes had hit equipment recently brought to the base, including an air-defence system, but caused no casualties. LNA-aligned media outlets said the raids had destroyed Turkish-operated air-defence radars and an electronic warfare system installed at the base in the past few days. MPW could not independently verify the claims.

Turkey, which has sent drones, air-defence systems and military advisers to support the GNA, did not immediately comment. Ankara has warned that it will retaliate for any attack on its interests in Libya.

The strikes came shortly after Turkish Defence Minister Hulusi Akar and Chief of General Staff Yasar Guler paid a visit to Libya, during which they inspected Turkish training and advisory activities and met GNA leader Fayez al-Sarraj. There has been speculation in Libyan and regional media that Turkey intends to set up a permanent presence at al-Watiya, which has a long runway and hardened aircraft shelters.

GNA forces seized al-Watiya from the LNA on May 18 after weeks of drone strikes, and went on to drive Haftar's fighters out of the whole northwest in early June. The front line has since settled around the central coastal city of Sirte, where GNA forces are massing.

Turkish ministers have made a series of visits to Tripoli since the GNA's victory. Foreign Minister Mevlut Cavusoglu, Finance Minister Berat Albayrak and intelligence chief Hakan Fidan held talks there on June 17, and the commander of the Turkish navy visited on July 1. France, which accuses Turkey of breaching the UN arms embargo, said on Wednesday it was suspending its participation in a NATO maritime security operation in the Mediterranean after an incident between French and Turkish warships off Libya in June.

The United States has said Russia sent fighter jets to Libya in May to support Russian military contractors working alongside the LNA. The United Arab Emirates and Egypt also back Haftar. Egyptian President Abdel Fattah al-Sisi warned last month that an advance by GNA forces on Sirte or the al-Jufra air base would cross a "red line" and could trigger Egyptian intervention.

Libya has had no stable central authority since a NATO-backed uprising toppled Muammar Gaddafi in 2011. Since 2014 it has been split between a government in Tripoli and rival institutions in the east aligned with Haftar's LNA. Haftar's 14-month offensive on Tripoli collapsed in June.

(Reporting by MPW Tripoli bureau; additional reporting by MPW Ankara and Cairo bureaus)"""),

dict(group=G, published="2020-07-07", outlet="Defence Signal",
title="Strike on al-Watiya exposes gaps in Turkey's Libyan air-defence umbrella",
text="""Defence Signal | Analysis | 7 July 2020

Strike on al-Watiya exposes gaps in Turkey's Libyan air-defence umbrella

The overnight air raid on al-Watiya air base on 4-5 July is the first significant blow to Turkey's military infrastructure in Libya since Ankara's intervention turned the war in favour of the Government of National Accord (GNA). It also shows how quickly the air picture can change once a new air-defence deployment is exposed.

What was hit

No one has claimed the strike officially. A source with the Libyan National Army (LNA) told news agencies that "unidentified aircraft" had attacked the base. Turkish state media, citing a Libyan military source, confirmed that an air-defence system and other equipment recently brought to the base had been destroyed but said there were no human losses. LNA-aligned outlets went further, publishing what they said were details of the targets: MIM-23 Hawk surface-to-air missile launchers and radars, and a KORAL electronic warfare system, which they said had been deployed to Watiya only days earlier.

If accurate, this would be a serious loss. The Hawk, an American design from the 1960s that Turkey has upgraded over the years, is the backbone of Turkey's medium-range ground-based air defence. KORAL is a Turkish-made land-based electronic support and attack system designed to detect and jam radars, and open-source analysts have credited Turkish electronic warfare with enabling the drone campaign that neutralised the LNA's Pantsir-S1 systems in May.

Who flew the mission?

The LNA's own fleet of ageing Soviet-era fighters has limited range and precision at night. GNA-aligned activists said the attack was carried out by Mirage 2000-9 aircraft of the United Arab Emirates Air Force flying from Egypt, a claim that could not be verified. In May, US Africa Command said Russia had deployed MiG-29 and Su-24 aircraft to al-Jufra via Syria, but there is no evidence linking them to this raid. A precision strike on a defended site several hundred kilometres from the LNA's main air bases suggests a capable air arm with modern targeting pods and possibly stand-off weapons.

Timing

The raid came just after Turkish Defence Minister Hulusi Akar and Chief of General Staff Yasar Guler visited Tripoli on 3 July, reportedly travelling on to Misrata, and amid reports that Turkey intends to base aircraft and drones at Watiya permanently. Whoever ordered the strike appears to have wanted to signal that a Turkish air presence in western Libya will be contested, and that the GNA's advance towards Sirte and al-Jufra, declared a "red line" by Egypt's President Abdel Fattah al-Sisi on 20 June, will carry costs.

Turkish officials have vowed retaliation without naming a target. Ankara's options include expanding its drone strikes against LNA logistics around Sirte and al-Jufra, or deploying longer-range air defences. Turkey's Russian-made S-400s have not even been activated at home, and there is no indication they will be sent abroad.

Lessons

The Watiya raid is a reminder that a short-notice deployment of air defences without layered protection and early warning is vulnerable. Turkey's umbrella over Tripoli and Misrata has so far held against drone attacks; defending a remote desert air base against a determined manned-aircraft strike is a different problem. Expect Ankara to add radars, passive defences and dispersed basing at Watiya if it intends to stay."""),

dict(group=G, published="2020-07-06", outlet="Cairo Sentinel",
title="Airstrikes wipe out Turkish air defences at Al-Watiya, LNA sources say",
text="""Cairo Sentinel | Arab World | 6 July 2020

Airstrikes wipe out Turkish air defences at Al-Watiya, LNA sources say

Warplanes struck Al-Watiya airbase in western Libya overnight between Saturday and Sunday, destroying air-defence and electronic warfare systems installed by the Turkish occupation forces only days earlier, military sources in the Libyan National Army (LNA) said.

A source in the LNA air force operations room told Libyan media that the strikes targeted Hawk radars and missile systems and the KORAL jamming system placed by Turkish forces in the western part of the base. Another senior military source said the destruction rate was "100 percent", and that the army had been monitoring the entry and installation of the Turkish systems for days.

The LNA general command did not officially claim the raids. The Turkish Defence Ministry has remained silent, while Turkish state media admitted that an air-defence system had been destroyed but claimed there were no casualties.

The strikes came as Turkish Defence Minister Hulusi Akar was in Libya, visiting Tripoli and Misrata and inspecting the Turkish units deployed there. Observers in Cairo said the message was clear: Turkey's plans to turn Al-Watiya into a permanent Turkish airbase on the borders of Tunisia and Algeria will not go unanswered.

The Turkish-backed militias of the Government of National Accord (GNA) seized the base on 18 May after weeks of drone strikes and with the participation of Syrian mercenaries.

President Abdel Fattah al-Sisi declared last month that the Sirte-Al-Jufra line is a red line for Egypt's national security, and that any attempt by the militias and mercenaries to cross it would give Egypt the legitimate right to intervene to protect its western borders.

Cairo's initiative of 6 June, announced by President al-Sisi in the presence of Field Marshal Khalifa Haftar and Parliament Speaker Aguila Saleh, called for a ceasefire, the exit of foreign mercenaries and the dismantling of militias. It was welcomed by Arab and Western capitals but rejected by Ankara and the Tripoli government.

Arab foreign ministers, meeting by video conference on 23 June, called for the withdrawal of all foreign forces from Libya and rejected foreign interference in its affairs.

Speaking to troops at the Sidi Barrani air base near the Libyan border on 20 June, Sisi said the Egyptian army must be ready to carry out any mission inside or outside the country, and offered to train and arm Libyan tribesmen to fight the militias.

Share this:
Facebook | Twitter | LinkedIn

You may also like:
Sisi: Egypt's western border is a red line
LNA: Turkish convoys moving toward Sirte front
Arab League warns against Turkish military build-up in Libya

Exit mobile version"""),
]
