G = "turkey_libya_hydrocarbons_mou_tripoli_2022_10_03"
ARTICLES = [
dict(group=G, published="2022-10-03", outlet="Meridian Wire Service",
title="Turkey, Libya's Tripoli government sign energy exploration deal",
text="""TRIPOLI (MWS) - Turkey and Libya's Tripoli-based Government of National Unity (GNU) signed a preliminary deal on Monday on hydrocarbon exploration in Libya's territory and waters, during a visit by a Turkish ministerial delegation led by Foreign Minister Mevlut Cavusoglu.

The memorandum of understanding was signed by Cavusoglu and Libyan Foreign Minister Najla Mangoush in the presence of Prime Minister Abdul Hamid Dbeibah. Details were not released. Cavusoglu told a news conference that the agreement was between two sovereign states and that third countries had no right to object.

Cavusoglu was accompanied by the energy and trade ministers, among others. He said Turkey would continue to support Libya's security and stability, including through the training of its forces.

Greece and Egypt, whose foreign ministers met in Cairo on Monday, said the GNU's mandate had expired and it had no authority to sign international agreements. Athens has said any deal involving waters it claims under its own rights would be illegal.

Libya's eastern-based parliament and the rival government of Fathi Bashagha also rejected the deal. Libya has been split between two governments since March.

Turkey's troop presence in Libya, agreed under a 2019 security accord, was extended by the Turkish parliament in June for another 18 months. A 2019 maritime demarcation deal with the former Tripoli government is the basis of Ankara's claims to a broad stretch of the eastern Mediterranean.

Libya has been in turmoil since a NATO-backed uprising toppled Muammar Gaddafi in 2011. Since 2014 it has been divided between rival administrations in the east and west, each backed by armed factions and foreign governments. Turkey and Qatar have supported the Tripoli authorities, while the United Arab Emirates, Egypt and Russia have backed Khalifa Haftar's forces in the east.

(Reporting by MWS Tripoli and Ankara bureaus)"""),
dict(group=G, published="2022-10-04", outlet="BSN English",
title="Türkiye, Libya sign hydrocarbon MoU as FM Çavuşoğlu leads delegation to Tripoli",
text="""TRIPOLI - Türkiye and Libya on Monday signed memorandums of understanding on cooperation in the field of hydrocarbons and media, during a visit by a Turkish delegation led by Foreign Minister Mevlüt Çavuşoğlu to the capital Tripoli.

Çavuşoğlu and his Libyan counterpart Najla al-Mangoush signed the documents in a ceremony attended by Prime Minister Abdulhamid Dbeibah. The delegation also included Energy and Natural Resources Minister Fatih Dönmez and Trade Minister Mehmet Muş.

"The memorandums signed today are a new step in our relations. It is a matter between two sovereign countries; third parties have no right to interfere," Çavuşoğlu said at a joint press conference, adding that the agreement would benefit both countries.

Çavuşoğlu said Türkiye would continue to contribute to the training of the Libyan security forces and to support Libya's unity. He also urged Libyan sides to reach a consensus on the constitutional basis for elections as soon as possible.

Earlier this year, the Turkish parliament extended the mandate for Turkish troops in Libya, where they carry out training and consultancy activities under the memorandum of understanding on security and military cooperation signed in 2019.

Share this:
Related news
- Dbeibah receives Turkish delegation in Tripoli
- Türkiye-Libya trade volume targeted at $10 billion"""),
dict(group=G, published="2022-10-04", outlet="Cairo Pyramid Gazette",
title="Cairo and Athens: Dbeibah government has no mandate to sign with Ankara",
text="""CAIRO - Egypt and Greece on Monday rejected the memorandum of understanding on oil and gas exploration signed in Tripoli between the outgoing Government of National Unity and Turkey, saying the Dbeibah government, whose mandate has expired, does not have the authority to conclude international agreements.

Foreign Minister Sameh Shoukry said after talks in Cairo with his Greek counterpart Nikos Dendias that the government in Tripoli is a caretaker government and that its term ended in accordance with the Libyan roadmap. Dendias said that any agreement affecting Greek rights in the Mediterranean would be illegal and that Athens would respond if it were implemented.

The memorandum was signed yesterday in Tripoli by the Turkish Foreign Minister Mevlut Cavusoglu and Najla al-Mangoush, during a visit by a large Turkish delegation.

In Libya, the Speaker of the House of Representatives, Aguila Saleh, and the government of Fathi Bashagha denounced the agreement, and the Bashagha government said it would consult with "friendly and brotherly countries" to respond to it. Members of parliament said the agreement aims to reward Ankara for its political and military support of the Dbeibah government, including the presence of Turkish forces at al-Watiya base and in Misrata.

Earlier this year the Turkish parliament extended the mission of its forces in Libya for another 18 months, in a step condemned by the House of Representatives.

Read also: Libyan army: Turkish forces must leave before unification of the institution
Exit mobile version"""),
]
