G8 = "cavusoglu_led_turkish_delegation_visits_tripoli_2020_06_17"

ARTICLES = [
dict(group=G8, published="2020-06-17", outlet="Levant Wire Service",
title="Top Turkish officials make unannounced visit to Tripoli",
text="""TRIPOLI (LWS) - A high-level Turkish delegation led by Foreign Minister Mevlut Cavusoglu made an unannounced visit to Tripoli on Wednesday, the highest-ranking trip by Turkish officials to Libya since Ankara's military support helped the government there push back an offensive on the capital.

Cavusoglu was accompanied by Treasury and Finance Minister Berat Albayrak, presidential spokesman Ibrahim Kalin and intelligence chief Hakan Fidan, the Tripoli-based Government of National Accord (GNA) said in a statement. They met GNA head Fayez al-Serraj, Foreign Minister Mohamed Siala and other senior officials.

The talks covered bilateral ties and the latest developments in the country, the GNA said, without giving details. Albayrak's presence suggested that economic matters, including unpaid Turkish contracts and reconstruction, were on the agenda, Libyan officials said.

Speaking to reporters late on Wednesday, Cavusoglu said the purpose of the visit was to show strongly that Turkey stands with Libya. He said the two sides discussed how to achieve a lasting ceasefire and a political solution under the United Nations, as well as steps in the eastern Mediterranean under their maritime agreement.

He said Turkey supported Libyan efforts to bring the discovery of mass graves in the town of Tarhuna, retaken from Khalifa Haftar's forces this month, before the International Criminal Court.

The visit comes after GNA forces, backed by Turkish drones and air defences, ended Haftar's 14-month campaign to seize Tripoli in early June and then advanced east toward the city of Sirte, where the front line has since stalled.

GNA forces retook Tarhuna, Haftar's last major stronghold in western Libya, on June 5. A day later, Egyptian President Abdel Fattah al-Sisi hosted Haftar and eastern parliament speaker Aguila Saleh in Cairo and announced a ceasefire initiative, which the GNA rejected. Cavusoglu described the Cairo plan last week as stillborn, saying Haftar had called for a truce only when he was losing.

Before the 2011 uprising, Turkish construction firms were among the most active foreign contractors in Libya, and many were forced to leave housing, power and infrastructure projects unfinished when fighting broke out. Ankara has said it wants those contracts honoured and companies compensated.

A planned visit to Turkey by Russian Foreign Minister Sergei Lavrov and Defence Minister Sergei Shoigu, which had been expected on Sunday to discuss Libya, was postponed at the last minute. Russia backs Haftar's Libyan National Army (LNA).

Libya has been in turmoil since a NATO-backed uprising toppled Muammar Gaddafi in 2011. Since 2014 the country has been split between rival administrations in Tripoli and the east, each backed by its own patchwork of armed groups and foreign allies. Turkey and Qatar support the Tripoli government, while the United Arab Emirates, Egypt and Russia back Haftar.

(Reporting by Omar Belkheir in Tunis and Selin Arkan in Ankara; Editing by Jon Peretti)"""),

dict(group=G8, published="2020-06-18", outlet="Tripoli Dispatch",
title="Al-Sarraj receives high-level Turkish delegation led by Cavusoglu in Tripoli",
text="""June 18, 2020 - 09:22 | Written by: Tripoli Dispatch newsroom

The Head of the Presidential Council, Fayez Al-Sarraj, received on Wednesday in Tripoli a high-level Turkish delegation headed by Foreign Minister Mevlut Cavusoglu, and including Finance and Treasury Minister Berat Albayrak, Presidential Spokesman Ibrahim Kalin and the head of the National Intelligence Organization Hakan Fidan.

The media office of the Presidential Council said the meeting, attended by Foreign Minister Mohamed Siala, discussed ways to strengthen relations between the two countries and to develop cooperation in the political, economic and security fields, in addition to the latest developments in Libya after the defeat of the aggression on the capital.

Al-Sarraj thanked Turkey for its position in support of the legitimate government, stressing that the GNA seeks a comprehensive political solution that does not include those who committed war crimes against Libyans.

The Turkish delegation also met the Chairman of the High Council of State, Khalid Al-Mishri, who praised Turkey's role in stopping Haftar's attack on Tripoli.

Cavusoglu said after the visit that it was meant to show that Turkey stands firmly with Libya, adding that the two sides discussed a lasting ceasefire, the political process under the umbrella of the UN, and the implementation of the maritime memorandum. He said Turkey would support the GNA's efforts to take the crimes uncovered in Tarhuna to the International Criminal Court.

GNA forces have found several mass graves in Tarhuna and south of Tripoli since the withdrawal of Haftar's militias and their mercenaries at the beginning of June. The UN mission said it was horrified by the reports and called for a prompt investigation.

Turkish companies have dozens of unfinished projects in Libya, many of them in housing, electricity and infrastructure, halted since 2011 and again during the war on Tripoli. Sources said the delegation discussed the return of Turkish companies and compensation for losses.

[Photo: Al-Sarraj receives Cavusoglu and the accompanying delegation in Tripoli. Presidential Council media office]

GNA forces launched Operation Paths of Victory on June 6 to liberate Sirte and the Jufra region, but their advance has slowed west of Sirte amid air strikes by unidentified warplanes. The GNA says Haftar's forces are being reinforced by Wagner mercenaries and Russian fighter jets stationed at Jufra airbase.

The visit comes days after Haftar's backers in Cairo announced what they called the "Cairo Declaration", which the GNA rejected, saying there is no place for Haftar in any future negotiation.

You may also like:
UN mission "horrified" by mass graves in Tarhuna
GNA forces mass west of Sirte
General Electricity Company warns of longer power cuts this summer

Tags: Al-Sarraj, Turkey, Cavusoglu, Tripoli

This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish. Accept Read More"""),

dict(group=G8, published="2020-06-18", outlet="Al-Wasla News",
title="A Turkish ministerial delegation including Jawish Oglu and Albayrak in Tripoli, and Ankara: our visit carries a clear message",
text="""Thursday 18 June 2020 - 08:05

Al-Wasla - Tripoli - Ankara

A large Turkish delegation headed by the Foreign Minister Mevlut Jawish Oglu arrived yesterday Wednesday to the capital Tripoli in a visit that was not announced previously, and it is the first of its kind since the end of the war on the capital.

And the delegation included the Minister of Treasury and Finance Berat Albayrak, and the spokesman of the Turkish Presidency Ibrahim Kalin, and the head of the Turkish intelligence Hakan Fidan, and was received by the head of the Presidential Council Fayez al-Sarraj and the Foreign Minister Mohamed Siala.

And Jawish Oglu said in statements to the journalists after his return to Ankara yesterday evening that "the visit was met with a great welcome" and that its goal is "to confirm in a strong way that Turkey stands beside Libya", adding that the two sides discussed the steps required to reach a permanent ceasefire and a political solution within the framework of the United Nations.

And he added that they discussed all the steps to be taken in the Mediterranean in the field of energy in light of the memorandum of understanding of delimitation of the maritime areas, and the economic aspects of the relations, noting that the work of the Turkish companies in Libya stopped because of the war and that there are projects and investments waiting for completion.

And Jawish Oglu called to hold accountable those responsible for the mass graves that were discovered in the city of Tarhuna, affirming the support of his country to the Libyan efforts to bring the file to the International Criminal Court.

And the Turkish Foreign Minister had described last week the initiative announced by the Egyptian President Abdel Fattah al-Sisi in the presence of Haftar and the head of the parliament Aguila Saleh on the sixth of June as "born dead", considering that Haftar asks for a ceasefire only when he loses.

In a related context, France has accused Turkish navy vessels of harassing a French frigate taking part in a NATO mission in the Mediterranean earlier this month, an accusation that Ankara rejected.

It is worth mentioning that the visit of the Russian Foreign Minister Sergei Lavrov and the Defence Minister Sergei Shoigu to Turkey, which was scheduled last Sunday, was postponed, and the Turkish side said that the postponement was not due to a crisis but to the need for more consultations on Libya.

And this comes at a time when the forces of the Government of Accord are gathering on the western outskirts of the city of Sirte, amid talk of a military operation to enter it and the Jufra base, while Egypt and the Emirates call for adopting the initiative announced from Cairo early this month.

Read also:
- Italian Foreign Minister to visit Ankara on Friday
- Activists: the burial of unidentified bodies in Tarhuna continues

Share:
Facebook | Twitter | WhatsApp

Comments (0)
Add comment"""),
]
