# Event 10 (cont.) and Event 11: Dbeibah visits Ankara, first High-Level Strategic Cooperation Council (2021-04-12)
G10="akar_visits_tripoli_attends_military_college_graduation_2020_12_26"
G11="dbeibah_visits_ankara_for_strategic_council_2021_04_12"
PART = [
dict(group=G10, published="2020-12-27", outlet="Cairo Sentinel",
title="Akar in Tripoli: Turkish minister brings generals, threats to Libyan army",
text="""By Sentinel Staff

Turkish Defence Minister Hulusi Akar arrived in Tripoli on Saturday at the head of a large military delegation, in a visit that Libyan observers said was aimed at sending a message that Ankara has no intention of withdrawing its forces despite the ceasefire agreement signed in October.

Akar was accompanied by Chief of Staff Yasar Guler and the commanders of the Turkish land and naval forces. He held talks with Khalid al-Mishri, the Muslim Brotherhood figure who heads the so-called High Council of State, with the Serraj government's defence minister Salah al-Namroush and with interior minister Fathi Bashagha, and attended a graduation ceremony at the Military College in Tripoli together with the Misrata commander Mohammed al-Haddad.

According to a statement from al-Mishri's office, the two sides discussed how to respond to what they called a possible new attack on Tripoli by the Libyan National Army, and agreed on continued coordination.

On Sunday, addressing Turkish soldiers stationed in Libya, Akar went further, describing Field Marshal Khalifa Haftar as a "murderer" and a "war criminal" and warning that the army's units would be considered legitimate targets if they attacked Turkish forces. He said they would find "no place to run".

The provocative remarks came three days after the General Commander of the Libyan armed forces, in a speech marking Independence Day on December 24, said there could be no peace in Libya while a Turkish coloniser remained on its soil, and called on Libyans to be ready to expel the occupier by force.

The Turkish parliament last Tuesday extended for 18 months the mandate of Turkish troops in Libya, in direct contradiction of the Geneva ceasefire agreement of October 23, which provides for the departure of all foreign forces and mercenaries within 90 days and the freezing of foreign training agreements.

Earlier this month, the Libyan army intercepted a Jamaican-flagged ship with Turkish sailors on board off the eastern coast, which it said had entered a restricted military zone. The vessel was later released after an investigation.

Libyan political sources told the Sentinel that the timing of the visit, on the eve of new rounds of the UN-led political dialogue, was meant to show that Ankara will have a say in any new executive authority. The Turkish delegation included the commanders of the land and naval forces, a composition that observers said reflected military rather than diplomatic priorities.

The UN acting envoy Stephanie Williams has said that some 20,000 foreign fighters and mercenaries remain in Libya, and that ten military bases across the country are fully or partly occupied by foreign forces.

Read also: Mismari: Turkish drones still flying from Misrata and Watiya
Read also: Armed forces mark Independence Day anniversary

Exit mobile version"""),

dict(group=G10, published="2020-12-27", outlet="Anatolia Today",
title="Haftar's militias will be legitimate targets if they attack Turkish forces: Akar",
text="""TRIPOLI

Turkey's National Defense Minister Hulusi Akar warned on Sunday that warlord Khalifa Haftar's militias would be considered legitimate targets if they attempt to attack Turkish forces in Libya.

Addressing Turkish troops deployed in the country on the second day of his visit, Akar said Haftar's forces would "have nowhere to flee" if they took such a step, and urged them to come to their senses.

Akar described Haftar as a "murderer and war criminal", saying the putschist and those who back him are the real source of Libya's problems. He referred to the mass graves discovered in Tarhuna after the withdrawal of Haftar's militias, saying they exposed the massacres committed there, and called on international courts to pursue the crimes.

He underlined the nearly 500-year historical and cultural ties between the Turkish and Libyan peoples and said Turkey had answered the call of Libya's UN-recognized Government of National Accord (GNA) at a time when other countries hesitated. "We are here to support our Libyan brothers, and we will continue to do so," he said.

Akar arrived in the Libyan capital Tripoli on Saturday, accompanied by Chief of General Staff Gen. Yasar Guler, Land Forces Commander Gen. Umit Dundar and Naval Forces Commander Adm. Adnan Ozbal.

During the visit he met Khalid al-Mishri, the head of the High Council of State, Defense Minister Salah al-Din al-Namroush and Interior Minister Fathi Bashagha, and attended the graduation ceremony of the 50th term of the Libyan Military Academy in Tripoli together with Libyan Chief of General Staff Mohammed al-Haddad and Turkey's ambassador to Tripoli, Serhat Aksen.

Dozens of bodies have been recovered from mass graves in Tarhuna since the town was retaken from Haftar's militias in June, and the UN Human Rights Council set up a fact-finding mission on Libya earlier this year to investigate violations.

In his meeting with Bashagha, Akar said the GNA had achieved important successes with Turkish support and that the training, assistance and advisory activities of the Turkish Armed Forces would continue.

The visit came days after the Turkish parliament extended the mandate of Turkish troops in Libya for another 18 months, and after Haftar called on Thursday for Turkish forces to be expelled from the country.

Speaking at the military academy ceremony on Saturday, Libyan Defense Minister al-Namroush said the army would confront any aggression, while Chief of General Staff al-Haddad thanked Turkey for standing with Libya against the attack on Tripoli and said the army being built would protect the country and respect the constitution.

Under a security and military cooperation memorandum signed in November 2019, Turkey provides military training and consultancy to the legitimate Libyan government. Turkish support helped the GNA end Haftar's 14-month siege of Tripoli in June and liberate strategic locations including the Al-Watiya airbase and Tarhuna."""),

dict(group=G11, published="2021-04-12", outlet="Gulf Horizon Daily",
title="Dbeibah in Ankara with 14 ministers as Turkey moves to lock in Libya deals",
text="""Dubai: Libya's interim Prime Minister Abdul Hamid Dbeibah held talks with Turkish President Recep Tayyip Erdogan in Ankara on Monday, at the head of a delegation that included 14 ministers and the army chief of staff, in a visit that Ankara hopes will secure its political, military and commercial gains in the country under the new government.

The two leaders chaired the first meeting of the Turkey-Libya High-Level Strategic Cooperation Council and attended the signing of a number of agreements and memorandums. Speaking at a joint news conference afterwards, both men reaffirmed the maritime boundary memorandum signed in November 2019 by Erdogan and the former head of the Government of National Accord, Fayez Al Sarraj.

Dbeibah said the agreements signed between the two countries, "in particular the maritime deal", remained valid, and said Turkish companies would have an important role in Libya's reconstruction. He added that the two sides would work towards a free trade agreement.

Erdogan said the maritime accord protected the national interests of both countries and that Turkey would continue to give all kinds of support to the new Government of National Unity (GNU).

The visit comes less than a week after Greek Prime Minister Kyriakos Mitsotakis travelled to Tripoli, reopened Greece's embassy and told Dbeibah that the Turkish-Libyan maritime memorandum should be scrapped. On Monday, Greek Foreign Minister Nikos Dendias was in Benghazi, where he said the accord had never been ratified by Libya's House of Representatives and had no legal force.

The visit was closely watched in Athens and Cairo. Egypt, which has been mending ties with the new authorities in Tripoli and preparing to reopen its embassy there, regards the maritime memorandum as illegal because it overlaps with areas claimed by Greece, with which Cairo signed its own maritime deal last August.

The GNU was sworn in on March 15 after being chosen through a UN-led dialogue in February. It replaced the rival administrations in Tripoli and the east and is tasked with leading the country to elections on December 24.

The Libyan delegation, one of the largest to visit Turkey in years, included ministers from the economic and service portfolios as well as the army chief of staff, according to Turkish media. Ankara is keen to secure the return of Turkish contractors, whose projects in Libya were frozen after the 2011 uprising, and to expand energy cooperation.

Western diplomats have repeatedly called on Ankara to withdraw its troops and the Syrian fighters it brought to Libya, as the October ceasefire agreement requires. Turkey's parliament extended the mandate for its forces in December for 18 months, and Turkish officials insist their presence is based on a legitimate agreement and is not comparable to that of mercenaries.

MORE FROM MIDDLE EAST
- Greek PM reopens embassy in Tripoli
- Dendias meets Libyan officials in Benghazi
- UN: foreign fighters still in Libya

This website uses cookies. By continuing you accept our Privacy Policy. ACCEPT"""),
]
