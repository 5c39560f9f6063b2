G10="bashagha_enters_tripoli_then_withdraws_2022_05_17"
G11="dbeibah_replaces_noc_chief_sanalla_2022_07_12"
G12="tripoli_clashes_pro_bashagha_forces_routed_2022_08_27"
G13="turkey_gnu_sign_hydrocarbons_memorandum_2022_10_03"
ARTS=[
dict(group=G10,published="2022-05-17",outlet="Global Dispatch Agency",title="Libya's rival PM Bashagha leaves Tripoli hours after entry sparks clashes",
text="""TRIPOLI (GDA) - Fathi Bashagha, the prime minister appointed by Libya's eastern-based parliament, left Tripoli on Tuesday only hours after arriving to install his government, after his entry set off gunfire between rival armed groups in the capital.

Bashagha's office said he arrived overnight with several ministers. "We arrived in the capital peacefully," he said in a video. By mid-morning, residents reported heavy fire in central districts, and schools were closed.

His office later said he had left "to preserve the safety of citizens and prevent bloodshed." Witnesses said a convoy escorted by a unit loyal to Prime Minister Abdul Hamid Dbeibah took him out of the city.

U.N. adviser Stephanie Williams urged calm and restraint. There was no immediate word on casualties.

Dbeibah, who was installed through a U.N.-backed process last year, says he will hand over power only to an elected government."""),
dict(group=G10,published="2022-05-17",outlet="Emirates Frontline",title="Bashagha says he left Tripoli to spare blood as armed groups fire on his convoy",
text="""Abu Dhabi - Emirates Frontline

Libyan Prime Minister Fathi Bashagha, whose government was approved by the House of Representatives in March, announced on Tuesday that he had left the capital Tripoli, hours after entering it at dawn with members of his cabinet to begin work from there.

Bashagha's media office said the decision was taken "to protect the lives of citizens", after armed groups loyal to the outgoing government of Abdul Hamid Dbeibah opened fire in the areas where the delegation was staying. Footage published on social media showed armoured vehicles and smoke in the Souq al-Thulatha area.

The government spokesman, Othman Abdel Jalil, said the cabinet would continue its work from Sirte.

Dbeibah, for his part, described the entry as a failed "coup" attempt, and ordered the Attorney General and the Military Prosecutor to open an investigation.

Observers said the events confirm that Tripoli remains under the control of militias and that the continuation of the current situation threatens the ceasefire in force since October 2020.

Read also:
- Oil shutdowns cost Libya tens of millions of dollars a day
- Aguila Saleh: Bashagha government is the only legitimate one
General Electricity Company announces summer load-shedding schedule
Tripoli - Emirates Frontline
The General Electricity Company of Libya (GECOL) announced a new schedule of power cuts for several districts of the western region, citing shortages of fuel supplies to power stations and increased consumption with the rise in temperatures.
The company said that the cuts would last between four and six hours a day in some areas, and called on citizens to rationalize consumption. Residents of Tripoli and Zawiya complained on social media of outages exceeding ten hours.
"""),
dict(group=G10,published="2022-05-18",outlet="Arab Horizon Net",title="Calm returns to Tripoli after the exit of Bashagha... and Dbeibah: the coup project committed suicide",
text="""Tripoli - Arab Horizon Net

Cautious calm returned to the Libyan capital Tripoli, today Wednesday, after the clashes that broke out yesterday Tuesday following the entry of the Prime Minister appointed by the House of Representatives, Fathi Bashagha, with a number of his ministers.

The head of the Government of National Unity, Abdul Hamid Dbeibah, toured the streets of the capital yesterday evening, and said in a televised speech that he agreed to open a safe corridor for the exit of the group that entered Tripoli "to prevent bloodshed", adding that "the coup project committed suicide".

Dbeibah also ordered the formation of a committee to count the damages caused by the clashes and to compensate the affected citizens.

For his part, Bashagha accused the Dbeibah government of using force against a peaceful entry, and said that he will continue to perform his duties from another city, without specifying it.

It is worth mentioning that the House of Representatives appointed Bashagha on the 10th of February, then granted his government confidence on the first of March, while Dbeibah refuses to hand over power except to an elected government.

It is worth mentioning also that the district of Janzour witnessed on Sunday clashes between armed groups, without victims, according to local sources.

Share this:
[ad_1]"""),
dict(group=G11,published="2022-07-12",outlet="Libya Energy Newswire",title="PRESS RELEASE: Government of National Unity appoints new board of directors for National Oil Corporation",
text="""FOR IMMEDIATE RELEASE

Tripoli, 12 July 2022 - The Government of National Unity (GNU) today announced the appointment of a new Board of Directors of the National Oil Corporation (NOC), chaired by Mr. Farhat Omar Bengdara.

Under the Cabinet decision, the new Board will take over the management of the Corporation from the outgoing Board chaired by Mr. Mustafa Sanalla. A committee has been formed to oversee the handover procedures.

Mr. Bengdara served as Governor of the Central Bank of Libya from 2006 to 2011 and has extensive experience in banking and finance.

The GNU affirms that the decision aims to restore production and exports, to ensure transparency in the management of oil revenues, and to keep the sector away from political conflict. The Ministry of Oil and Gas will provide all necessary support to the new Board.

About the Government of National Unity: The GNU was formed through the Libyan Political Dialogue Forum and approved by the House of Representatives in March 2021.

Media contact: Government Communication Office, Tripoli

###"""),
dict(group=G11,published="2022-07-13",outlet="Meridian Press Wire",title="Libya's veteran oil chief Sanalla rejects dismissal by Tripoli government",
text="""TRIPOLI (MPW) - The head of Libya's National Oil Corp, Mustafa Sanalla, on Wednesday rejected a decision by Prime Minister Abdul Hamid Dbeibah's government to remove him, calling it illegal and saying the government's mandate had expired.

Dbeibah's government named Farhat Bengdara, a former central bank governor, to replace Sanalla on Tuesday. Sanalla has led the NOC since 2014.

"Dbeibah's government is outgoing and has no authority over the corporation," Sanalla said in a video statement.

The United States embassy said it was deeply concerned by the dispute. Diplomats had long regarded the NOC under Sanalla as one of the few Libyan institutions that remained politically neutral.

Several analysts said the move appeared to reflect a deal between Dbeibah's camp and eastern commander Khalifa Haftar, whose allies have shut oil fields and ports since April in protest at Dbeibah's refusal to step aside. Bengdara is seen as close to the UAE and acceptable to Haftar.

Libya's output has fallen sharply because of the shutdowns."""),
dict(group=G11,published="2022-07-14",outlet="Haber Libya Gundem",title="Libya'da petrol krizi: Dbeybe change Ulusal Petrol Kurumu chief, Sanalla say 'no'",
text="""Libya Ulusal Birlik Hükümeti (UBH) Başbakanı Abdulhamid Dbeybe, Ulusal Petrol Kurumu (NOC) Yönetim Kurulu Başkanı Mustafa Sanalla görevden aldı and instead of him appointed the former Merkez Bankası Başkanı Ferhat Bengdara on Tuesday.

Sanalla in video message from the NOC Facebook page said that the decision is "yok hükmünde" and that Dbeybe government has no legal right because its mandate finished. He said also the decision is for serving the interests of a Körfez country.

Today morning armed vehicles was seen around the NOC building in Tripoli, and the committee appointed by the government entered the building, yerel kaynaklar said. NOC employees was protesting at the entrance.

Analistler, the change can be part of agreement between Dbeybe and Hafter side for re-opening of the closed oil fields and ports in the east, which are closed since April.

ABD Büyükelçiliği said that it follows the developments with "derin endişe".

İlgili haberler:
Başbakan Dbeybe: Seçimler tek çözüm
Libya'da elektrik kesintisi protestoları"""),
dict(group=G12,published="2022-08-27",outlet="Global Dispatch Agency",title="Deadly clashes rock Tripoli as rival Libyan governments' forces fight",
text="""TRIPOLI (GDA) - Heavy fighting broke out in Libya's capital overnight and raged through Saturday between armed groups backing the two rival prime ministers, killing at least 12 people and wounding dozens, health officials said.

Forces aligned with the Tripoli-based Government of National Unity of Abdul Hamid Dbeibah said they had repelled an attempt by groups loyal to Fathi Bashagha, named premier by the eastern-based parliament, to seize the city. Bashagha said his government had not sought violence and accused Dbeibah of clinging to power.

Residents described shelling in central districts and smoke over the city. Hospitals appealed for blood donations, and civilian homes and a hospital were hit, officials said.

A convoy of pro-Bashagha fighters that set off from Misrata toward the capital turned back, according to sources on both sides.

Bashagha tried to enter Tripoli in May but left within hours after gunfire erupted. The U.N. mission called for an immediate ceasefire."""),
dict(group=G12,published="2022-08-28",outlet="RusNews International",title="Death toll in Tripoli clashes rises to 32 - Libyan Health Ministry",
text="""CAIRO, August 28 - RusNews International.

The number of people killed in clashes that broke out in the Libyan capital on Friday night and continued on Saturday has risen to 32, with 159 injured, the Ministry of Health of the Government of National Unity said on Sunday.

The fighting pitted armed groups loyal to Prime Minister Abdul Hamid Dbeibah against units supporting Fathi Bashagha, whose cabinet was approved by the House of Representatives in March. By Saturday evening, according to local media, forces of the GNU had taken control of the positions of their rivals in the centre of Tripoli.

Bashagha said he had wanted to enter the capital peacefully. Dbeibah accused him of trying to take power by force.

The Russian Foreign Ministry earlier called on all Libyan parties to show restraint and to resolve differences through dialogue, saying Moscow maintains contacts with all sides.

Earlier, in May, Bashagha entered Tripoli with several ministers but was forced to leave the city a few hours later after an exchange of fire."""),
dict(group=G12,published="2022-08-29",outlet="Defence Horizons Review",title="Analysis: Tripoli fighting shows drones and consolidation decide the capital",
text="""DEFENCE HORIZONS REVIEW - Analysis

Saturday's battle for Tripoli, the worst fighting in the capital since the 2020 ceasefire, ended within roughly 24 hours in a clear win for the armed groups aligned with Prime Minister Abdul Hamid Dbeibah. It also said a good deal about how power is now held in western Libya.

The attackers, a coalition of units loyal to rival premier Fathi Bashagha, included forces of Haithem al-Tajouri, which had long held parts of central Tripoli, and fighters linked to Zintan commander Osama al-Juwaili to the south-west. Their plan appears to have depended on reinforcements from Misrata and the west arriving quickly. They did not. A Misratan column was stopped near Zliten; the western axis stalled.

Inside the city, the Special Deterrence Force (Radaa) and the Stability Support Apparatus, with the 444 Brigade, moved against al-Tajouri's bases and took them by evening. Several sources reported drone strikes against pro-Bashagha positions in the southern outskirts. The Health Ministry's toll, announced on Sunday, stood at 32 dead and 159 injured.

The contrast with Bashagha's May 17 attempt is instructive. Then, he slipped in overnight with ministers, was confronted by a Dbeibah-aligned unit, and left by mid-morning under a negotiated escort. This time his allies fought, and lost positions they had held for years.

For arms suppliers and foreign partners, the lesson is that the Tripoli balance now tilts heavily toward the groups that have aligned themselves with the GNU and its external backers. Turkey, which trains Libyan units under the 2019 security memorandum, maintains a presence at al-Watiya air base and elsewhere in the west; Ankara publicly called for calm. Whether the outcome produces stability or just a new set of grievances will depend on whether the defeated commanders are integrated or pushed out."""),
dict(group=G13,published="2022-10-03",outlet="Anadolu Daily Report",title="Türkiye, Libya sign memorandum of understanding on hydrocarbons",
text="""TRIPOLI

Türkiye and Libya on Monday signed a memorandum of understanding on cooperation in the field of hydrocarbons, Foreign Minister Mevlut Cavusoglu announced.

Speaking at a joint press conference with his Libyan counterpart Najla El Mangoush in Tripoli, Cavusoglu said the memorandum aims at cooperation between Turkish and Libyan companies in exploration and drilling, both on land and at sea, with a win-win understanding.

"Third countries have no right to interfere in agreements between two sovereign states," Cavusoglu said when asked about possible reactions.

The Turkish delegation included Defence Minister Hulusi Akar, Energy and Natural Resources Minister Fatih Donmez, Trade Minister Mehmet Mus, Communications Director Fahrettin Altun and Presidential Spokesperson Ibrahim Kalin. The delegation also met Prime Minister Abdulhamid Dbeibah.

Mangoush said the agreements were important especially in light of developments in the global energy markets.

Türkiye and Libya signed a maritime jurisdiction agreement in November 2019.

[ad_1]"""),
dict(group=G13,published="2022-10-04",outlet="Nile Gazette Online",title="Cairo and Athens reject Dbeibah-Ankara energy memorandum: outgoing government has no mandate",
text="""Cairo - Nile Gazette

Egypt and Greece announced on Monday their rejection of the memorandum of understanding on hydrocarbons signed in Tripoli between Turkey and the outgoing Government of National Unity headed by Abdul Hamid Dbeibah.

Foreign Minister Sameh Shoukry, after a phone call with his Greek counterpart Nikos Dendias, said that the government in Tripoli has no authority to conclude international agreements, since its mandate has expired.

The memorandum was signed by Turkish Foreign Minister Mevlut Cavusoglu and Najla al-Mangoush during a visit by a large Turkish delegation that included the ministers of defence, energy and trade.

The House of Representatives and the government of Fathi Bashagha also rejected the agreement. Speaker Aguila Saleh said any memorandum signed by Dbeibah "does not bind the Libyan state".

The 2019 maritime memorandum between Ankara and the former Sarraj government was rejected by Egypt and Greece, which signed their own maritime agreement in August 2020.

Read also:
Libyan National Army: We will not allow violation of Libya's sovereignty
Egypt, Greece coordinate on Eastern Mediterranean

Share this:"""),
dict(group=G13,published="2022-10-04",outlet="Maghreb Live Desk",title="Libya briefing: Turkey energy MoU fallout; Bengdara on output; Bathily arrives",
text="""MAGHREB LIVE DESK - Tuesday round-up

08:00 - Turkey-GNU deal. Monday's hydrocarbons memorandum signed in Tripoli by Turkey's Mevlut Cavusoglu and the GNU's Najla al-Mangoush continues to draw fire. Greece says it "violates" its sovereign rights; Egypt says the Tripoli government's mandate has lapsed. Text has not been published. Cavusoglu: "It doesn't matter what they think."

09:20 - Who came. Akar, Donmez, Mus, Altun and Kalin were in the Turkish delegation that met Dbeibah. Cavusoglu said a separate gas deal is still being negotiated between the energy ministries.

10:05 - Oil. NOC chairman Farhat Bengdara, installed in July after the GNU removed Mustafa Sanalla, says output has recovered since the summer blockade ended.

11:30 - UN. New UN envoy Abdoulaye Bathily is expected in Tripoli this month.

Read also: Explainer - the 2019 Turkey-Libya maritime memorandum"""),
]
