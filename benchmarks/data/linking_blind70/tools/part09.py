G10 = "airstrikes_hit_turkish_systems_at_watiya_base_2020_07_04"

ARTICLES = [
dict(group=G10, published="2020-07-05", outlet="Levant Wire Service",
title="Unidentified warplanes strike Libya's al-Watiya base used by Turkey-backed forces",
text="""TRIPOLI (LWS) - Unidentified warplanes struck al-Watiya air base in western Libya overnight, hitting air defence equipment recently installed at the base by Turkey, which backs the Tripoli government, military sources on both sides said on Sunday.

A military source with the Government of National Accord (GNA) confirmed that the base, about 140 km (85 miles) southwest of Tripoli, had been hit late on Saturday, and said the strikes caused no casualties. The source said the raids targeted equipment that had been brought in recently to reinforce the base, including an air defence system.

Media outlets allied with Khalifa Haftar's eastern-based Libyan National Army (LNA) said the strikes had destroyed a MIM-23 Hawk surface-to-air missile battery and a KORAL electronic warfare system deployed by Turkey only days earlier. LWS could not independently verify the claims. The LNA did not formally claim responsibility, and it was not clear which aircraft carried out the attack.

There was no immediate comment from the Turkish defence ministry.

GNA forces, with Turkish drone support, captured al-Watiya from the LNA on May 18, and Turkish and Arab media have since reported that Ankara wants to use it as a base. Turkish Defence Minister Hulusi Akar and the chief of the general staff visited Tripoli on Friday to review Turkish military cooperation with the GNA.

Akar, on his visit, inspected the Turkish training and advisory command set up under a security pact the two sides signed in November. The commander of Turkey's navy visited Tripoli on Wednesday, and President Tayyip Erdogan discussed Libya with Qatar's emir in Doha on Thursday.

The strikes came as GNA forces and the LNA face each other around the coastal city of Sirte, the gateway to Libya's main oil export terminals. Egypt, which backs Haftar, has warned that any attempt by the GNA and Turkey to take Sirte or the al-Jufra air base in central Libya would cross a "red line" and could trigger Egyptian intervention.

GNA officials have said their forces intend to take Sirte and al-Jufra, which Haftar's forces have held since their withdrawal from western Libya in June, and have accused Russian contractors of laying mines around Tripoli before they left.

The U.S. military's Africa Command said in May that Russia had sent fighter jets to al-Jufra to support Russian private military contractors fighting alongside the LNA. Moscow has denied any military role.

Libya has been in turmoil since a NATO-backed uprising toppled Muammar Gaddafi in 2011. Since 2014 the country has been split between rival administrations in Tripoli and the east, each backed by its own patchwork of armed groups and foreign allies. Turkey and Qatar support the Tripoli government, while the United Arab Emirates, Egypt and Russia back Haftar.

(Reporting by Omar Belkheir in Tunis, Ahmed Lamloum in Benghazi and Selin Arkan in Ankara; Editing by Jon Peretti)"""),

dict(group=G10, published="2020-07-05", outlet="Novaya Vesti International",
title="Air strikes on Libya's Al-Watiya base destroy Turkish air defence systems - media",
text="""World | 5 July 2020, 14:27

CAIRO, July 5 (NVI) - Unidentified aircraft carried out air strikes overnight on the Al-Watiya airbase in western Libya, controlled by forces of the Government of National Accord (GNA), destroying air defence systems recently deployed there by Turkey, Arab media reported on Sunday, citing sources in the Libyan National Army (LNA).

According to the reports, at least nine strikes hit the base, destroying a MIM-23 Hawk air defence system and a KORAL electronic warfare station.

A GNA source confirmed the attack but said that there were no casualties.

Ankara has not officially commented on the incident.

The Al-Watiya base was captured by GNA forces from the LNA in May. Turkish Defence Minister Hulusi Akar visited Tripoli on Friday.

Subscribe to our channel on Telegram

Most read
- Russian Foreign Ministry comments on situation around Sirte
- Moscow calls for immediate ceasefire in Libya

Comments
To participate in the discussion, log in or register"""),

dict(group=G10, published="2020-07-06", outlet="Defence Signal",
title="What hit Watiya? Hawk batteries, KORAL and the limits of Turkey's air umbrella in Libya",
text="""ANALYSIS | Defence Signal | 6 July 2020 | 8 min read

Late on Saturday, July 4, aircraft of unknown origin bombed al-Watiya air base in western Libya. By Sunday morning, LNA-aligned accounts were circulating claims that Turkish MIM-23 Hawk surface-to-air missile launchers and a KORAL electronic warfare system had been destroyed, only days after they were moved to the base. A Libyan military source quoted by Turkish state media acknowledged that equipment recently brought to reinforce the base, including an air defence system, had been hit, while insisting there were no human losses.

That admission, however limited, matters. Since January, Turkey's intervention on behalf of the Government of National Accord (GNA) has been built around a simple proposition: Turkish drones would dominate the sky over western Libya, and Turkish air defences would protect the bases from which they fly. The Watiya strike is the first serious demonstration that the second half of that proposition has gaps.

The systems

The Hawk is an old design, but Turkey operates upgraded versions and has used the system to cover Tripoli and Misrata in recent months. A Hawk battery depends on its radars; if, as claimed, the strike hit the radar and launchers before they were fully integrated, the battery would have been effectively blind. KORAL, a Turkish-made land-based electronic warfare system built by Aselsan, is designed to detect, jam and deceive air defence and airborne radars. Its reported deployment at Watiya suggested Ankara was preparing the base for operations deeper into contested airspace, possibly toward Sirte and al-Jufra.

Neither the number of systems destroyed nor the extent of the damage can be confirmed from open sources. Satellite images available so far have not clearly shown the relevant parts of the base.

The aircraft

Who flew the mission is the central question. The LNA's own air force, built around ageing Soviet-era types and a few refurbished Mirage F1s, has limited night precision-strike capability. That leaves two main candidates. GNA-aligned activists quickly blamed Mirage 2000-9 jets of the United Arab Emirates, allegedly operating from western Egypt. Others pointed to the MiG-29 and Su-24 aircraft that US Africa Command said in May had been flown to al-Jufra via Syria, which Washington linked to Russian military contractors supporting the LNA. Abu Dhabi and Moscow have made no comment, and no party has produced evidence.

The timing was pointed. Turkish Defence Minister Hulusi Akar and Chief of General Staff Yasar Guler were in Tripoli on Friday; the Turkish navy commander had been there earlier in the week.

The implications

For Ankara, the immediate challenge is whether to harden Watiya, with more layered short- and medium-range defences, or to avoid concentrating valuable equipment at a remote base that lies within reach of hostile aircraft. For the GNA, the strike is a reminder that its gains since April, from the coastal towns to Watiya and Tarhuna, were made against an opponent largely without effective air cover. That may no longer be the case on the Sirte-Jufra line, which Egypt's President Abdel Fattah al-Sisi declared a red line on June 20.

For Haftar's backers, the attack sends a message without any state claiming it: the price of pushing on Sirte will include losses to Turkish hardware that cannot be replaced quickly.

Tags: Libya, Turkey, Air defence, Hawk, KORAL, EW, UAE, Russia

Subscribe to Defence Signal Pro for full access to our order-of-battle database."""),

dict(group=G10, published="2020-07-05", outlet="Gulf Horizon 24",
title="Mystery jets pound Turkey's Watiya foothold, days after Akar's Tripoli visit",
text="""Gulf Horizon 24 | Sunday 5 July 2020 | 06:15 PM

Home / Arab Affairs / Mystery jets pound Turkey's Watiya foothold, days after Akar's Tripoli visit

Air strikes carried out by unidentified warplanes late on Saturday destroyed Turkish air defence and electronic warfare systems at the Watiya airbase in western Libya, sources close to the Libyan National Army (LNA) said on Sunday, dealing a blow to Ankara's plans to turn the base into a permanent military hub.

The sources said the raids hit several targets inside the base, including an American-made Hawk missile system and a Turkish KORAL electronic warfare system that had been transferred there from Tripoli and Misrata only days ago. Ambulances were seen heading to the base after the raids, according to local accounts, although the Government of Accord said there were no casualties.

A military source in Tripoli confirmed the attack but said it targeted only "some of the equipment" at the base.

[Photo caption: A satellite image said to show Watiya airbase after Saturday night's strikes. Social media]

The strikes came less than 48 hours after Turkish Defence Minister Hulusi Akar and Chief of Staff Yasar Guler visited Tripoli and toured the Turkish command there, a visit widely read in the region as a signal that Ankara was preparing for an assault on Sirte and Jufra.

Egyptian President Abdel Fattah al-Sisi warned last month that the Sirte-Jufra line was a red line for Egypt's national security.

Observers said the strike showed that the skies of Libya were no longer open to Turkish drones and Turkish military cargo flights, and that Ankara's militias and the Syrian mercenaries it has transferred to Libya could no longer rely on Turkish air cover.

The army has targeted Turkish military assets before. In February, LNA artillery hit Tripoli's port, where the army said a Turkish vessel was unloading weapons and ammunition, prompting the Government of Accord to suspend its participation in the military talks in Geneva for several days. The LNA has also repeatedly announced the destruction of Turkish drones at Mitiga and Misrata airports.

There has been no official Turkish reaction so far.

Libyan National Army spokesman Ahmed al-Mismari has warned repeatedly in recent weeks that the army will not allow Turkey to turn western Libya into a base for its ambitions, and that the LNA would confront any advance on Sirte.

Watiya fell to militias loyal to the Government of Accord on May 18 after weeks of Turkish drone strikes, and reports since then have said Turkish officers have taken charge of the base.

Also Read:
- LNA: Turkish cargo planes land at Misrata daily
- Sirte residents fear Turkish-backed assault

We use cookies to give you the best experience. Read our Privacy Policy. Accept"""),
]
