G = "cavusoglu_albayrak_fidan_visit_tripoli_2020_06_17"
ARTICLES = [
dict(group=G, published="2020-06-17", outlet="Meridian Wire Service",
title="Turkish ministers, spy chief visit Tripoli to meet Sarraj",
text="""TRIPOLI (MWS) - A high-level Turkish delegation led by Foreign Minister Mevlut Cavusoglu arrived in Tripoli on Wednesday for talks with Libya's internationally recognised government, the first visit by Turkish ministers since forces backed by Ankara drove Khalifa Haftar's fighters from the capital's outskirts.

Cavusoglu was accompanied by Treasury and Finance Minister Berat Albayrak and intelligence chief Hakan Fidan, Turkish officials said. They met Prime Minister Fayez al-Serraj and members of his government.

Turkish officials said the talks would cover energy, reconstruction, and payments owed to Turkish companies for projects halted during the 2011 uprising, as well as military cooperation.

Earlier this month forces loyal to the Government of National Accord (GNA) retook all of Tripoli's suburbs and the town of Tarhuna, Haftar's main stronghold in western Libya, ending a 14-month offensive. They have since pushed east toward Sirte, the gateway to the country's oil terminals, where the advance has stalled.

Turkey, which provided drones, air defences and military advisers to the GNA, has said any ceasefire must see Haftar's forces withdraw from Sirte and the Jufra air base. Egypt, which backs Haftar along with the United Arab Emirates and Russia, proposed a ceasefire plan on June 6 that Ankara and Tripoli rejected.

Libya has been divided since 2014 between rival factions in the east and west."""),
dict(group=G, published="2020-06-18", outlet="Sada al-Arab Net",
title="A Turkish delegation arrives in Tripoli and al-Sarraj receives Cavusoglu",
text="""Tripoli - Sada al-Arab

The head of the Presidential Council of the Government of National Accord, Fayez al-Sarraj, received today Wednesday in Tripoli a high-level Turkish delegation headed by Foreign Minister Mevlut Cavusoglu and including the Minister of Treasury and Finance Berat Albayrak and the head of the intelligence service Hakan Fidan.

The media office of the Presidential Council said in a statement that the meeting dealt with the developments of the political and military situation in Libya, and the ways to activate the memoranda of understanding signed between the two countries, in addition to the economic cooperation and the return of the Turkish companies to complete their projects in Libya.

The statement added that al-Sarraj expressed his thanks and appreciation to Turkey for its position in support of the legitimate government, while the Turkish side affirmed the continuation of this support until the achievement of security and stability.

For his part, the Minister of Interior of the Government of Accord, Fathi Bashagha, participated in the meeting, according to sources.

It is worth mentioning that this visit is the first of its kind for Turkish ministers since the forces of the Government of Accord regained control of the entire western region, after the forces of Khalifa Haftar withdrew from the south of Tripoli and the city of Tarhuna at the beginning of this month.

It is worth mentioning also that the Egyptian President Abdel Fattah al-Sisi announced on the 6th of this month what was known as the "Cairo Declaration" which included a ceasefire starting from the 8th of June, which was rejected by the Government of Accord, and Ankara considered it "stillborn".

On the other hand, the spokesman of the forces of the General Command, Ahmed al-Mismari, said yesterday Tuesday that the army is ready to repel any attack on the city of Sirte, accusing Turkey of transporting more mercenaries and weapons through the airports of Misrata and Mitiga.

Read also:
- The Government of Accord: we will not stop before Sirte and al-Jufra
- Greece: the Turkish memorandum is null and void"""),
dict(group=G, published="2020-06-18", outlet="Libya News Hub",
title="Cavusoglu, Albayrak and Fidan in Tripoli: Turkey eyes energy, reconstruction role",
text="""Tripoli, (Libya News Hub / Agencies - 18th Jun, 2020 ) :

Turkey's foreign minister Mevlüt Çavuşoğlu, finance minister Berat Albayrak and intelligence head Hakan Fidan held talks in Tripoli on Wednesday with Prime Minister Fayez al-Serraj, as Ankara signalled that it expects a leading role in Libya's economy after the Tripoli government's battlefield gains.

Turkish media said the delegation discussed energy exploration, electricity, reconstruction and outstanding Turkish contractor claims estimated at billions of dollars. Çavuşoğlu, in a message posted on social media, said Turkey would continue to stand with "our Libyan brothers".

Ankara's military support since January — drones, air defence systems, and trainers — is widely credited with reversing Khalifa Haftar's offensive on the capital. Forces aligned with the Government of National Accord (GNA) retook al-Watiya air base on May 18 and Tarhuna on June 5.

The visit also came amid rising tensions with France, which has accused a Turkish frigate of harassing a French warship in the Mediterranean last week while it tried to inspect a cargo vessel suspected of carrying weapons to Libya. Turkey denied the accusation.

Turkish officials have indicated that Ankara could use al-Watiya and the port of Misrata, though there has been no formal announcement.

(Libya News Hub)"""),
]
