G = "akar_guler_visit_tripoli_2020_07_03"
ARTICLES = [
dict(group=G, published="2020-07-03", outlet="BSN English",
title="Defence Minister Akar, Chief of General Staff Güler in Libya",
text="""TRIPOLI - Turkish National Defence Minister Hulusi Akar and Chief of General Staff Gen. Yaşar Güler arrived in the Libyan capital Tripoli on Friday for an official visit, the ministry announced.

Akar and Güler, accompanied by senior commanders, were received by officials of the Government of National Accord (GNA). During the visit, they are expected to meet Prime Minister Fayez al-Sarraj and to inspect the activities carried out by Turkish personnel within the framework of the military training and cooperation agreement.

The ministry shared photographs of Akar meeting with Turkish troops deployed to the country. "Our presence here is at the invitation of the legitimate government of Libya and aims to support our Libyan brothers," Akar told personnel.

Akar said that the Turkish Armed Forces would continue training, assistance and consultancy activities to help the Libyan army build its capacity, and that Turkey would do everything necessary to support peace and stability.

Since the signing of the memorandum of understanding on security and military cooperation in November 2019, Turkey has been providing training to Libyan personnel. Following a request from the GNA, the Turkish parliament authorised the deployment of troops in January.

The GNA recently scored important victories against Haftar's forces, retaking Tripoli's southern districts, al-Watiya air base, and the city of Tarhuna."""),
dict(group=G, published="2020-07-04", outlet="Nile Gazette Online",
title="Turkish Defence Minister in Tripoli... a new provocation on the eve of the battle of Sirte",
text="""Cairo - The arrival of Turkish Defence Minister Hulusi Akar and Chief of Staff Yasar Guler in Tripoli yesterday Friday was seen by Libyan and Arab observers as a new provocation and a confirmation that Ankara is preparing to push its militias and mercenaries toward Sirte and al-Jufra.

Akar met the head of the Presidential Council, Fayez al-Sarraj, and the interior minister of the Accord government, Fathi Bashagha, and inspected the Turkish forces and advisers stationed in the capital, according to photos published by the Turkish Ministry of Defence. Turkish media said the visit also included an inspection of a naval vessel off the coast.

The spokesman of the Libyan National Army, Major General Ahmed al-Mismari, said that the Turkish presence "is an occupation by every meaning of the word", and called on the international community to act to stop the flow of weapons and mercenaries. He said the army was monitoring the movements of the Turkish forces at Mitiga, Misrata and al-Watiya bases.

The visit comes less than two weeks after President Abdel Fattah al-Sisi declared, during his inspection of the western military zone on June 20, that the Sirte-Jufra line is a "red line" for Egypt's national security, and that Egypt has international legitimacy to intervene if it is crossed.

Libyan sources said that Ankara seeks to establish a permanent air base at al-Watiya and a naval base in Misrata, which would give it a foothold in the southern Mediterranean.

Read also: The tribes of Libya authorise the Egyptian army to intervene
Read also: Al-Mismari: Turkish aircraft transport mercenaries to Misrata daily

Share this:
Facebook Twitter WhatsApp"""),
dict(group=G, published="2020-07-04", outlet="MENA Morning Brief",
title="MENA Morning Brief: Akar in Tripoli; Iran blast; Lebanon's currency crisis",
text="""Good morning. Here is what you need to know today.

LIBYA: Turkey's top brass in Tripoli
Turkish Defence Minister Hulusi Akar and military chief Gen. Yasar Guler flew into Tripoli on Friday, the most senior Turkish military visit since the deployment began in January. They met Prime Minister Fayez al-Serraj and visited Turkish personnel training Libyan units. Akar said Turkey would keep up its support for the Tripoli government. The visit is widely read as a message to Egypt, whose president last month called the Sirte-Jufra line a red line, and to Haftar's Russian and Emirati backers. Turkey's drones and air defences were key to pushing Haftar's forces out of western Libya in May and June.

IRAN: Fire at Natanz
Iranian officials say a fire damaged a building at the Natanz nuclear site on Thursday, insisting it did not affect operations. Speculation about sabotage is growing after a string of unexplained incidents.

LEBANON: Pound slides again
The Lebanese pound traded at close to 9,000 to the dollar on the parallel market, as talks with the IMF stall and power cuts lengthen.

IRAQ: Rockets near Baghdad airport
No casualties were reported after rockets landed near Baghdad airport overnight, security sources said.

That's all for now. See you tomorrow."""),
]
