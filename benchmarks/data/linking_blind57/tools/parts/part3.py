# Part 3: Egypt parliament vote (Jul 20), Turkish-Qatari ministers in Tripoli (Aug 17), ceasefire statements (Aug 21)
from part1 import MWS_BG_SPLIT, ADD_BG, ADD_BG_MOU
from part2 import MWS_BG_COLLAPSE

MWS_BG_OIL = (
    "Groups allied to Haftar have blockaded most of Libya's oil ports and fields since January, "
    "cutting output from about 1.2 million barrels per day to less than 100,000 and depriving "
    "both administrations of the revenue that pays public salaries."
)

HE_FOOTER = """ETİKETLER: Libya, Mısır, Türkiye, Hafter, Sirte

Paylaş
Tweet
WhatsApp
Exit mobile version"""

ARTICLES = [
# ---------------------------------------------------------------- E7 Egypt parliament approves troops abroad
dict(
group="egypt_parliament_approves_troops_abroad_2020_07_20",
published="2020-07-20",
outlet="Meridian Wire Service",
title="Egypt's parliament approves deploying troops abroad on 'western front'",
text=f"""CAIRO (MWS) - Egypt's parliament on Monday unanimously approved the deployment of the country's armed forces on combat missions abroad, paving the way for a possible military intervention in neighbouring Libya against Turkey-backed forces.

The House of Representatives said in a statement after a closed-door session that it had approved "the deployment of members of the Egyptian armed forces on combat missions outside Egypt's borders to defend Egyptian national security ... against criminal armed militias and foreign terrorist elements on the western front."

The statement did not name Libya. An earlier version referred to an "Arab" front; parliament later corrected it to "western."

Under Egypt's constitution, the president must obtain parliament's approval before sending troops on combat missions abroad. The chamber is dominated by supporters of President Abdel Fattah al-Sisi, and approval had been expected. Media were barred from the session.

The vote came a day after Sisi chaired a meeting of Egypt's National Defence Council to discuss threats on the country's western border, and shortly after his office said he had agreed with U.S. President Donald Trump in a phone call on Monday on the need to maintain a ceasefire in Libya and avoid military escalation.

Last week Sisi told a delegation of Libyan tribal leaders in Cairo that Egypt would not stand idle in the face of a direct threat to its security and Libya's. Libya's eastern-based parliament, which is allied to commander Khalifa Haftar, had earlier invited the Egyptian army to intervene.

In a speech on June 20 near the Libyan border, Sisi declared the line between the coastal city of Sirte and the Jufra air base a "red line" and said crossing it would trigger Egyptian intervention.

Forces allied to the internationally recognised Government of National Accord (GNA) in Tripoli, backed by Turkey, have massed west of Sirte for weeks and say they intend to retake the city and Jufra. GNA officials have called Egypt's threats a declaration of war.

There was no immediate reaction from Tripoli or Ankara to Monday's vote.

An Egyptian intervention could bring two U.S. allies, Egypt and NATO member Turkey, which back opposing sides in the conflict, into direct confrontation. Russia and the United Arab Emirates also support Haftar.

{MWS_BG_SPLIT}

{MWS_BG_COLLAPSE}

{MWS_BG_OIL}

Libya's National Oil Corporation said this month that a brief attempt to restart exports had been halted on the orders of the UAE, a charge Abu Dhabi has not publicly addressed.

(Reporting by MWS Cairo bureau; Editing by Dana Reyes)"""
),
dict(
group="egypt_parliament_approves_troops_abroad_2020_07_20",
published="2020-07-21",
outlet="Haber Ekspres Dünya",
title="Egypt Parliament gave permission for sending army abroad: 'western front' for mission",
text=f"""Haber Ekspres Dünya | Dünya | 21.07.2020 - 09:15

Egypt House of Representatives (Meclis), the Egyptian army to abroad combat mission to send approved. Decision, closed session in with unanimity taken.

Parliament the written statement in, Egyptian armed forces members, "Egypt national security defending for, criminal armed militias and foreign terrorist elements against, the western front" combat missions at Egypt borders outside to be sent, accepted was expressed. In statement Libya name was not mentioned, but the "western front" expression, the Libya means is interpreted.

First published statement in "Arab front" expression was used, then parliament this "western front" as corrected.

Egypt constitution according to, president of country, to send army in abroad combat mission for parliament approval must take. Sisi supporters majority hold parliament the decision, was expected.

Egypt President Abdulfettah es-Sisi, on Sunday the National Defence Council meeting chaired. Also Monday day, Sisi with USA President Donald Trump telephone in spoke, the two leader Libya in ceasefire protecting and escalation avoiding on agreed, Egyptian presidency announced.

Sisi, last Thursday Cairo in Hafter supporter Libyan tribe sheikhs hosted, "Egypt and Libya security against direct threat, we will not stand idle" had said. Before, Tobruk based so-called parliament, Egypt army to Libya into intervention invited.

Sisi, 20 June in Libya border near Sidi Barrani base in, "Sirte and Cufra is red line" saying, Libya Ulusal Mutabakat Hükümeti (UMH) forces against threat made. UMH, this words "declaration of war" as evaluated.

UMH army, Sirte and Cufra the putschist Hafter militias and Wagner paralı askerleri (mercenaries) from clearing for, for weeks preparation doing. Libya army spokesman, operation time and place the legitimate government only decides, said.

Turkey, UMH with November 2019 signed security and maritime jurisdiction memoranda within frame, the legitimate government supporting. Turkish officials, the Sirte and Cufra putschists withdrawal for ceasefire condition, had expressed.

Tobruk based so-called parliament, 13 July statement in, "Egyptian armed forces, Libya and Egypt national security protect for, imminent danger seen if, intervene can" had said. Then Libyan tribe sheikhs delegation Benghazi from Cairo to went, Sisi with meeting made. Sisi there, "Egypt, Libya in military scene quickly and decisively change can," said.

Egypt also this month, Libya border near "Hasm 2020" named big military exercise made. Exercise, land, air and naval forces participated.

UMH Interior Minister Fethi Başağa before, Egypt threat the Libyan people not scare will, had said. UMH officials, Egypt, Hafter to weapon and air support gave, long time accusing.

Analysts, Egypt parliament decision a direct war from more a deterrence message, evaluate. Egypt, also Ethiopia with Nile river on build the dam because of tense negotiations carrying.

{HE_FOOTER}"""
),
dict(
group="egypt_parliament_approves_troops_abroad_2020_07_20",
published="2020-07-20",
outlet="MENA Daily Briefing",
title="Live: Egypt's parliament backs troop deployment abroad; Sisi-Trump call",
text="""MENA Daily Briefing - Monday, 20 July - LIVE

21:10 GMT - Egypt's parliament votes to allow combat deployments abroad
In a closed session, MPs unanimously approved sending troops on missions "outside Egypt's borders" against "criminal militias and foreign terrorist elements" on the "western front", widely read as Libya. Statement first said "Arab front", then corrected.

19:45 GMT - Sisi and Trump spoke by phone; Cairo says they agreed to keep the ceasefire in Libya and avoid escalation.

17:20 GMT - Reminder: last Thursday Sisi hosted Libyan tribal elders, who publicly asked for Egypt's help against Turkey.

15:00 GMT - GERD talks: Sudan says no agreement yet on filling rules.

More to follow."""
),
# ---------------------------------------------------------------- E8 Turkish-Qatari ministers in Tripoli
dict(
group="turkish_qatari_ministers_visit_tripoli_2020_08_17",
published="2020-08-17",
outlet="Ankara Daily Dispatch",
title="Turkish, Qatari defence ministers hold trilateral talks with Libya's Sarraj in Tripoli",
text=f"""TRIPOLI

Turkish Defence Minister Hulusi Akar on Monday held a trilateral meeting in the Libyan capital Tripoli with his Qatari counterpart Khalid bin Mohammad al-Attiyah and Libya's Prime Minister Fayez al-Sarraj.

Akar, accompanied by Chief of General Staff Gen. Yasar Guler, visited the prime minister's office, where the sides discussed the latest developments in Libya, the military build-up around Sirte and al-Jufra, and cooperation in the military and security fields, according to a statement by the Turkish National Defence Ministry.

The Turkish defence minister also held a separate trilateral meeting with al-Attiyah and Libya's Interior Minister Fathi Bashagha, and visited the Defence Security Cooperation and Training Assistance Advisory Command, established under the memorandum of understanding between Turkey and Libya.

Speaking to Turkish troops serving in Libya, Akar said Turkey's support for the legitimate government would continue in line with the instructions of President Recep Tayyip Erdogan. "We are here at the invitation of the legitimate government and we will continue to stand by our Libyan brothers until peace and stability are fully restored," he said.

Libya's Deputy Defence Minister Salah al-Namroush said after the talks that the three countries had agreed to cooperate in building the Libyan military institution in the fields of training and consultancy. Under the agreement, Turkey and Qatar will send military advisers to Libya and provide places for Libyan cadets at their military academies.

Al-Namroush said the three sides also agreed that a political solution is the only way out of the crisis and stressed their support for this track to restore stability in Libya.

It was Akar's second visit to Tripoli in less than two months. On July 3, he and Gen. Guler held talks with al-Sarraj and senior Libyan commanders on training programmes and coordination between the two defence ministries.

German Foreign Minister Heiko Maas also visited Tripoli on Monday, meeting al-Sarraj to discuss efforts towards a lasting ceasefire and a return to the UN-led political process.

{ADD_BG}

The Libyan army, with Turkish support, liberated the capital and its surroundings in June, ending Haftar's 14-month assault. The army has since said it is determined to retake Sirte and al-Jufra from Haftar's militias and the Russian Wagner mercenaries supporting them.

{ADD_BG_MOU}

Qatar has consistently backed the UN-recognised government and has called for a political settlement that preserves Libya's unity."""
),
dict(
group="turkish_qatari_ministers_visit_tripoli_2020_08_17",
published="2020-08-18",
outlet="Haber Ekspres Dünya",
title="Akar and Qatar minister in Tripoli: Libya, Turkey and Qatar agreed on military training cooperation",
text=f"""Haber Ekspres Dünya | Dünya | 18.08.2020 - 10:03

Milli Savunma Bakanı (National Defence Minister) Hulusi Akar, Qatar Defence Minister Halid bin Muhammed el-Atiyye with together, Libya capital Tripoli in, UMH Başkanlık Konseyi Başkanı (Presidential Council head) Fayiz es-Serrac with trilateral meeting made.

Akar, Genelkurmay Başkanı (Chief of General Staff) Orgeneral Yaşar Güler also accompanied. Meeting in, Libya latest developments, Sirte and Cufra around the putschist Hafter militias buildup, and defence and security cooperation evaluated.

Libya Deputy Defence Minister Salahaddin en-Nemruş, meeting after made statement, the three countries Libya military institution building at training and consultancy fields cooperate for agreed, said. Nemruş according to, Turkey and Qatar Libya to military advisers will send, also Libyan cadets for Turkish and Qatari military schools quota will be provided.

Bakan Akar, Libya in duty Mehmetçik (Turkish soldiers) with meeting in, "We, here legitimate government invitation with are. Our Libyan brothers next to, peace and stability provided until we will continue," expressed.

Akar, also Interior Minister Fethi Başağa with and Qatari minister with trilateral meeting made. Turkey, Libya in established Defence Security Cooperation and Training Assistance Advisory Command visited.

Same day Germany Foreign Minister Heiko Maas also Tripoli visited, Serrac with meeting made. Maas, in Libya "deceptive calm" is present, warned.

Akar this year 3 July in also Tripoli visited had. That visit after two days, Vatiyye (Watiya) air base unidentified warplanes by bombed had.

Libyan sources according to, Akar visit in also Misrata port Türk deniz üssü (naval base) and Vatiyye air base at Turkish presence planning talked. But official statement in this topic about information not given.

UMH, Sirte and Cufra Hafter militias and Wagner mercenaries from cleared must, and ceasefire for this condition is, says. Egypt, July 20 parliament decision with, army abroad send permission took and "Sirte-Cufra red line" saying, threaten continues.

Mısır (Egypt) side, Turkey and Qatar ministers visit to reaction showed. Egyptian pro-government media, visit "Libya the occupation deepening" as described.

Libya, 2011 in Muammer Kaddafi overthrown after, two separate power center emerged. Tripoli based UMH, UN recognized only legitimate government is. Putschist Hafter, BAE, Egypt, France and Russia by supported.

{HE_FOOTER}"""
),
dict(
group="turkish_qatari_ministers_visit_tripoli_2020_08_17",
published="2020-08-18",
outlet="Gulf Horizon",
title="Turkey and Qatar deepen military grip on Tripoli with new training pact",
text="""ABU DHABI - The defence ministers of Turkey and Qatar flew into Tripoli on Monday and announced a three-way military cooperation deal with the Government of National Accord, in a move Arab officials and analysts said entrenches the Turkish military presence in western Libya and undermines international efforts to secure a ceasefire.

Turkish Defence Minister Hulusi Akar, accompanied by his army chief Yasar Guler, and Qatar's Khalid bin Mohammad al-Attiyah met Fayez al-Sarraj, head of the Presidential Council, and his interior minister, Fathi Bashagha.

According to Salah al-Namroush, the GNA's deputy defence minister, Ankara and Doha will send military advisers to Libya and open their military academies to Libyan personnel. Turkish and Qatari training facilities will also be set up inside Libya, he said, without giving details or a timetable.

The deal is the first formal military agreement between Doha and the Tripoli authorities. Turkey has already deployed officers, drones, air-defence batteries and thousands of Syrian mercenaries in western Libya under a security memorandum signed in November, and Libyan sources say Ankara is working to set up a permanent naval presence in Misrata and an air base at al-Watiya.

The Libyan National Army and the eastern-based parliament have long rejected the GNA's agreements with Ankara, arguing that the Tripoli authorities' mandate under the 2015 Skhirat agreement has expired and that they cannot commit Libya to foreign military pacts.

The LNA says the GNA and its Turkish backers are using a lull in fighting to mass forces west of Sirte, and that Turkish ships have been observed off the coast. LNA spokesman Major General Ahmed al-Mismari has warned that the army is in full readiness to defend Sirte and al-Jufra.

Egypt, which has declared the Sirte-Jufra line a red line, last month secured parliamentary approval to deploy troops abroad to counter what it called criminal militias and foreign terrorist elements on its western front. Earlier this month, Cairo and Athens signed an agreement delimiting their maritime boundaries, a direct response to the Turkey-Tripoli maritime memorandum that Egypt and Greece regard as illegal.

Akar's previous visit to Tripoli, on July 3, was followed two days later by air strikes by unidentified aircraft on al-Watiya air base, which Libyan sources said hit newly installed Turkish air-defence equipment. The LNA has not claimed responsibility for the strikes.

The visit coincided with a trip to Tripoli by German Foreign Minister Heiko Maas, who warned of a deceptive calm around Sirte and urged all sides to agree on a demilitarised solution for the area.

Diplomats say Washington and Berlin have been pressing for a demilitarised zone around Sirte and Jufra and a reopening of oil facilities under a mechanism that would keep revenues out of the hands of armed groups.

The UAE has repeatedly called for an immediate ceasefire, the withdrawal of all foreign forces and a return to the political process on the basis of the Berlin conference outcomes and the Cairo Declaration announced on June 6.

RELATED
Egypt-Greece maritime deal: what it means for the Turkish-Libyan memorandum
LNA: Turkish frigates spotted off Sirte"""
),
# ---------------------------------------------------------------- E9 Sarraj and Saleh announce ceasefire
dict(
group="sarraj_saleh_announce_ceasefire_2020_08_21",
published="2020-08-21",
outlet="Meridian Wire Service",
title="Libya's rival authorities announce ceasefire, call for demilitarised Sirte and elections",
text=f"""TRIPOLI/CAIRO (MWS) - Libya's two rival authorities announced a ceasefire on Friday in separate statements, raising hopes of a political settlement after months of military build-up around the central city of Sirte.

Fayez al-Sarraj, head of the Tripoli-based Government of National Accord (GNA), said he had instructed all military forces to cease fire and halt all combat operations immediately across Libya.

An effective ceasefire, he said, required that the areas of Sirte and Jufra become demilitarised, with police forces from both sides agreeing on security arrangements there. He also called for presidential and parliamentary elections in March next year on a constitutional basis agreed by Libyans.

In a parallel statement, Aguila Saleh, speaker of the eastern-based House of Representatives and an ally of commander Khalifa Haftar, also called on all parties to observe an immediate ceasefire. He proposed that Sirte become the temporary seat of a new presidential council, protected by police forces drawn from all regions.

"The ceasefire closes the road to any foreign military intervention and must end with the expulsion of mercenaries and the dismantling of militias," Saleh said.

Both statements called for a resumption of oil production and exports, which have been largely halted since January by a blockade imposed by groups allied with Haftar. Sarraj said revenues should be held in a special account of the National Oil Corporation (NOC) at the Libyan Foreign Bank and not spent until a comprehensive political settlement was reached.

There was no immediate comment from Haftar's Libyan National Army (LNA), which controls Sirte and Jufra. Saleh's statement did not mention Jufra, home to a major air base.

The U.N. mission in Libya welcomed the announcements and called for the departure of all foreign forces and mercenaries. U.N. Secretary-General Antonio Guterres said he hoped the calls would be respected immediately by armed forces on both sides and taken up quickly in the 5+5 Joint Military Commission. Egyptian President Abdel Fattah al-Sisi welcomed them in a post on social media, and the United States, Italy and the United Arab Emirates also issued statements of support.

Egypt had threatened to intervene militarily if GNA forces, backed by Turkey, attempted to seize Sirte or Jufra, and its parliament in July authorised troop deployments abroad. On Monday, the defence ministers of Turkey and Qatar visited Tripoli and announced a military training agreement with the GNA.

{MWS_BG_SPLIT}

{MWS_BG_COLLAPSE}

{MWS_BG_OIL}

Previous ceasefires, including a truce brokered by Russia and Turkey in January and one proposed by Egypt in June, quickly collapsed.

(Reporting by MWS Tripoli and Cairo bureaux; Writing by Mark Hollis; Editing by Dana Reyes)"""
),
dict(
group="sarraj_saleh_announce_ceasefire_2020_08_21",
published="2020-08-22",
outlet="Agence Mondiale de Presse",
title="Libya: the two rival authorities announce a ceasefire, a first since the start of the conflict",
text="""TRIPOLI (AMP) - The two rival authorities in Libya announced on Friday, in separate statements, a cessation of hostilities and the organisation of elections, a surprise announcement welcomed by the UN and several capitals, but whose application remains uncertain, the marshal Khalifa Haftar having kept silent.

The head of the Government of National Accord (GNA), Fayez al-Sarraj, "gave instructions to all the military forces to observe an immediate ceasefire and to stop all combat operations on the whole Libyan territory", according to a statement.

He called for the demilitarisation of Sirte, the strategic city located at mid-distance between Tripoli and Benghazi and the gateway of the "oil crescent", and of the region of al-Jufra, 300 km to the south, where is located an air base controlled by the pro-Haftar forces. He also proposed to hold presidential and legislative elections in March 2021.

In a distinct statement, Aguila Saleh, president of the Parliament elected in 2014 and seated in the East, also called "all the parties" to an "immediate ceasefire", proposing that Sirte become the provisional seat of a new presidential council and be secured by police forces from the three regions.

The two men call also for the resumption of oil production, paralysed since January by a blockade of the pro-Haftar forces, an operation which caused losses evaluated at more than 8 billion dollars by the National Oil Corporation (NOC). The revenues would be blocked in an account until a political agreement.

The acting UN envoy Stephanie Williams welcomed the two statements and called for the rapid departure of all foreign forces and mercenaries. Egypt, the Emirates, Italy and the United States also welcomed the announcement.

But the silence of the marshal Haftar, whose forces control Sirte and Jufra, was noticed. The statement of Aguila Saleh, whose relations with the marshal have cooled in recent months according to observers, does not mention Jufra.

For diplomats following the file, the announcements mark an important step but not yet a ceasefire on the ground: much will depend on the decisions of the marshal and of his foreign supporters.

Since the failure in June of the offensive launched in April 2019 by marshal Haftar on Tripoli, the front had stabilised around Sirte. Turkey, ally of the GNA, and Egypt, supporter of the marshal with the Emirates and Russia, have multiplied the threats, raising fears of a direct confrontation. In June, the Egyptian president Abdel Fattah al-Sissi had declared that an advance of the pro-GNA forces on Sirte would constitute a "red line".

The American diplomacy had pushed for weeks for a "demilitarised solution" in Sirte and Jufra, where according to Washington are deployed mercenaries of the Russian group Wagner and Russian military aircraft.

Libya is plunged into chaos since the fall of the regime of Muammar Kadhafi in 2011. Two authorities dispute the power: the GNA, installed in Tripoli in 2016 and recognised by the UN, and an authority in the East, incarnated by the marshal Haftar.

bur-tpr/sk"""
),
dict(
group="sarraj_saleh_announce_ceasefire_2020_08_21",
published="2020-08-22",
outlet="Novosti Global",
title="Libyan government in Tripoli and eastern parliament declare ceasefire; LNA yet to respond",
text="""[ad_1]

CAIRO, August 22 (Novosti Global) - The head of the Government of National Accord (GNA) of Libya, Fayez Sarraj, and the speaker of the House of Representatives sitting in the east of the country, Aguila Saleh, on Friday announced a ceasefire throughout Libya in separate statements.

"The chairman of the Presidential Council of the Government of National Accord has issued orders to all military forces to immediately cease fire and all combat operations on all Libyan territory," the GNA statement says.

According to the statement, a real ceasefire requires the demilitarisation of the regions of Sirte and Jufra, with the law enforcement agencies of both sides agreeing on security arrangements. The GNA also called for presidential and parliamentary elections in March 2021.

Saleh, in his statement, said the ceasefire "closes the road to any military intervention" and must lead to the departure of all mercenaries and the disbanding of armed groups. He proposed making Sirte the temporary seat of a new Presidential Council.

The Libyan National Army (LNA) under Marshal Khalifa Haftar, which controls Sirte and Jufra, had not commented on the statements as of Saturday morning. The speaker's statement was the first reaction from the eastern camp; the LNA command has in recent weeks repeatedly accused Turkish-backed formations of massing near Sirte.

The UN Support Mission in Libya welcomed the statements. Egypt and the United Arab Emirates also expressed support.

Moscow has repeatedly called on the Libyan parties to agree on a lasting ceasefire and to resume an inclusive political dialogue on the basis of the decisions of the Berlin conference and UN Security Council resolution 2510. Russia maintains contacts with both Tripoli and Benghazi.

Libya has in effect ceased to exist as a unified state since the overthrow and killing of Muammar Gaddafi in 2011. The country has a dual power: in the east, a parliament elected by the people and cooperating with the LNA, and in the west, the GNA of Fayez Sarraj, supported by Turkey and Qatar. Turkey has sent military personnel and militants from Syria to Libya, including members of groups banned in Russia.

Tensions around Sirte and Jufra had grown in recent months. In June, Egyptian President Abdel Fattah al-Sisi declared the Sirte-Jufra line a "red line" for Egypt's national security, and in July the Egyptian parliament authorised the deployment of troops abroad. Turkey has demanded that the LNA withdraw from both areas as a condition for a ceasefire.

The US Africa Command claimed in May that Russian military aircraft had been delivered to the Jufra air base. Russian officials rejected the claim as not corresponding to reality.

Oil production in Libya has been almost completely halted since January, when tribes in the east and south, supported by the LNA, blockaded the main oil terminals and fields, demanding a fair distribution of revenues.

In January, the leaders of Russia and Turkey called for a ceasefire in Libya, and talks were held in Moscow; Haftar left without signing the document.

[ad_2]"""
),
]
