G12 = "turkish_parliament_approves_libya_troop_mandate_2020_01_02"
G13 = "erdogan_says_turkish_troops_moving_to_libya_2020_01_05"

ARTICLES = [
dict(group=G12, published="2020-01-03", outlet="The Meridian Chronicle",
title="Turkish MPs authorise troops for Libya as Ankara raises the stakes against Haftar",
text=r"""Turkish MPs authorise troops for Libya as Ankara raises the stakes against Haftar

A one-year mandate gives Erdogan a free hand to decide the size and timing of a deployment; Egypt condemns the vote and Washington warns against foreign interference

By Eleanor Hastings
Friday 3 January 2020

Turkey's parliament has authorised the government to send troops to Libya to support the UN-recognised administration in Tripoli, setting the stage for the most direct foreign military intervention yet in a war that has already drawn in half a dozen outside powers.

Lawmakers voted 325 to 184 in favour of the motion at an emergency session on Thursday, cutting short their winter recess. President Recep Tayyip Erdogan's Justice and Development party (AKP) and its allies in the Nationalist Movement party (MHP) backed it. The main opposition Republican People's party (CHP), the nationalist Good party and the pro-Kurdish HDP voted against, arguing that Turkey should pursue diplomacy rather than be dragged into another country's civil war.

The mandate is valid for a year and leaves the scope, size and timing of any deployment to the government. The text cites threats to Turkish interests in Libya, including Turkish companies and ships in the Mediterranean, the risk of mass irregular migration and the danger that terrorist groups could exploit the chaos.

Mr Erdogan said last week that the Government of National Accord (GNA) of Fayez al-Serraj had formally asked for military help as it fights off the offensive that the eastern commander Khalifa Haftar launched on Tripoli in April. Turkish officials have hinted that the first deployments would be advisers and trainers rather than large combat formations.

The vote is the culmination of a year in which relations between Ankara and Haftar's camp have gone from frosty to openly hostile. In late June, after Haftar's forces lost their forward base at Gharyan, his spokesman Ahmed al-Mismari declared Turkey an enemy, ordered strikes on Turkish ships and companies and banned flights to Turkey. Six Turkish sailors were detained and freed a day later after Ankara threatened retaliation. Through the summer and autumn, Haftar's Libyan National Army (LNA) claimed again and again to have destroyed Turkish-built drones at Mitiga airport in Tripoli and at Misrata's air college.

On November 27, Mr Erdogan and Mr Serraj signed two memorandums in Istanbul: one on security cooperation, the other drawing a maritime boundary between the two countries that Greece, Cyprus and Egypt reject. The Turkish parliament ratified the maritime deal in early December and the security deal on December 21. Hours after that second vote, Haftar's navy seized a cargo ship with Turkish crew off Derna.

International alarm

Egypt, Haftar's most important neighbour and backer, condemned Thursday's vote and warned of the consequences of any Turkish military intervention for the security of the Mediterranean. In Washington, the White House said that President Donald Trump had spoken to Mr Erdogan by telephone and "pointed out that foreign interference is complicating the situation in Libya".

Within hours of the vote, the LNA said it had shot down a Turkish drone over Ain Zara, a southern district of Tripoli. The claim could not be verified.

Haftar has built his campaign on the promise to rid Tripoli of militias, and his camp has long portrayed the GNA as a front for Turkey and Qatar. Analysts say the arrival of Turkish forces would give him a powerful rallying cry, but also a far more capable opponent. Since September, according to Western officials, hundreds of Russian private military contractors have fought alongside the LNA on the Tripoli front, a presence Moscow denies any official role in. The United Arab Emirates is believed by UN investigators to operate drones on Haftar's behalf.

"Turkey is betting that it can change the balance on the ground quickly enough to force a negotiation on its terms," said a Brussels-based analyst. "The risk is that Russia and the Emiratis simply escalate in return."

Mr Erdogan is due to host President Vladimir Putin in Istanbul next week for the inauguration of the TurkStream gas pipeline, and the two leaders are expected to discuss Libya, where they find themselves on opposite sides, as they do in Syria. Germany is still hoping to hold an international conference on Libya in Berlin this month.

More than 2,000 fighters and around 280 civilians have been killed since April, according to the UN, and about 146,000 people have been displaced."""),

dict(group=G12, published="2020-01-02", outlet="Volga News Agency",
title="Turkish Parliament approves motion on sending troops to Libya",
text=r"""ANKARA, January 2 (VNA) - The Turkish Parliament on Thursday approved a presidential motion that allows the government to deploy military personnel to Libya to support the Tripoli-based Government of National Accord (GNA), Parliament Speaker Mustafa Sentop announced.

The motion was supported by 325 lawmakers, while 184 voted against it, Sentop said after the vote at an extraordinary session of the parliament.

The document authorises the deployment for one year. The government will decide on the scope, timing and size of the contingent. Opposition parties, including the Republican People's Party (CHP), opposed the motion, saying it risked dragging Turkey into a foreign war.

Turkish President Recep Tayyip Erdogan said last week that the GNA had requested military support and that the motion would be submitted to parliament as soon as possible.

In late November, Ankara and the GNA signed memorandums on security cooperation and on maritime jurisdiction in the Mediterranean. The Libyan National Army (LNA) led by Field Marshal Khalifa Haftar, which has been trying to take Tripoli since April, and the parliament in the east of the country rejected the agreements.

On Thursday, the LNA's war information division said its air defences had shot down a Turkish drone in the Ain Zara area south of Tripoli.

Erdogan and Russian President Vladimir Putin are scheduled to meet in Istanbul on January 8, when they will take part in a ceremony to launch the TurkStream gas pipeline.

Libya has been divided between two rival administrations since the overthrow and killing of Muammar Gaddafi in 2011: the GNA in Tripoli and an administration in the east backed by the LNA."""),

dict(group=G12, published="2020-01-03", outlet="Maghreb Live",
title="Libya briefing, Friday 3 January: Ankara gets its troop mandate; Cairo and Washington push back",
text=r"""Libya briefing, Friday 3 January: Ankara gets its troop mandate; Cairo and Washington push back

Maghreb Live | Daily briefing | Updated 07:45 GMT

Good morning and happy new year. Here is what you need to know about Libya today.

1. TURKISH TROOPS GREEN-LIT
Turkey's parliament voted 325-184 on Thursday to authorise the deployment of troops to Libya for one year in support of Fayez al-Serraj's Government of National Accord (GNA). The emergency session was called during the parliamentary recess. The opposition CHP, Iyi and HDP voted no. The government will decide the size and timing of any deployment. Erdogan said last week Tripoli had asked for help.

2. CAIRO CONDEMNS
Egypt's foreign ministry condemned the vote and warned that a Turkish intervention would threaten security in the Mediterranean. Egypt backs Khalifa Haftar and rejects the two Turkey-GNA memorandums signed in November.

3. TRUMP CALLS ERDOGAN
The White House said Donald Trump told Erdogan in a phone call on Thursday that foreign interference was complicating the situation in Libya.

4. DRONE CLAIM OVER AIN ZARA
Haftar's Libyan National Army (LNA) said it shot down a Turkish drone over Ain Zara, south-east of central Tripoli, on Thursday. No comment from the GNA. The LNA claimed a drone downing in the same area last month.

5. PUTIN IN ISTANBUL NEXT WEEK
Vladimir Putin is due in Istanbul on January 8 to inaugurate the TurkStream gas pipeline with Erdogan. Libya, where Moscow and Ankara back opposite camps, is expected to come up.

6. CONTEXT: A YEAR OF ESCALATION
The vote caps months of hostility between Ankara and Haftar's camp: the LNA's June order to hit Turkish ships, firms and flights; the brief detention of six Turkish sailors; repeated LNA claims of destroying Turkish drones at Mitiga and Misrata; the November 27 security and maritime memorandums; parliament's ratification of the security deal on December 21; and the LNA's seizure the same day of a ship with Turkish crew off Derna.

7. NUMBERS
The UN says more than 280 civilians and around 2,000 fighters have been killed since April, and about 146,000 people have fled their homes.

WHAT TO WATCH
Haftar has not yet spoken publicly about the vote. His camp has called the Turkish deals an occupation in the making, and his spokesman has for months described Turkey as an enemy state, ever since the LNA's order in June to target Turkish ships, firms and flights.

Sign up to receive Maghreb Live briefings in your inbox.
We use cookies to improve your experience. By continuing you agree to our cookie policy. OK"""),

dict(group=G13, published="2020-01-06", outlet="Indus Point News",
title="Turkish military units moving to Libya, Erdogan says",
text=r"""Turkish military units moving to Libya, Erdogan says

Staff Reporter  Mon 06th January 2020 | 02:15 AM

Istanbul, (Indus Point News / Agency - 6th Jan, 2020 ) :The first Turkish soldiers are on their way to Libya, where they will back the UN-recognised Tripoli government, President Recep Tayyip Erdogan announced in a television interview on Sunday.

"The task of our troops there is coordination; they will build up an operations centre. Right now they are going, step by step," Erdogan said on CNN Turk.

He said a Turkish lieutenant general would lead the operations centre, and that combatant units on the ground would be drawn from "different" forces rather than from Turkey's own army, without elaborating.

Turkey's parliament approved a bill on Thursday allowing troops to be sent to Libya for one year. The Government of National Accord (GNA) of Fayez al-Serraj requested Turkish support last month as it fends off an offensive by forces of eastern commander Khalifa Haftar.

On Saturday, at least 30 people were killed in an air strike on a military academy in Tripoli, which the GNA blamed on Haftar's forces. Haftar's camp denied involvement.

There was no word from the GNA on when Turkish personnel would arrive.

Erdogan also said he would host Russian President Vladimir Putin in Turkey on January 8, when the two leaders are expected to discuss Libya, where Moscow is accused of backing Haftar through private military contractors.

Libya: eastern parliament votes to cut ties with Turkey

Benghazi, (Indus Point News / Agency - 4th Jan, 2020 ) :Libya's eastern-based parliament, allied to commander Khalifa Haftar, voted on Saturday to sever relations with Turkey and to cancel the memorandums signed between Ankara and the Tripoli government, its spokesman said.

Lawmakers meeting in an emergency session in Benghazi voted unanimously, spokesman Abdullah Bliheq said. It was not clear how many deputies attended.

On Friday evening, Haftar urged Libyans to take up arms against any Turkish deployment in a televised speech, two days after the Turkish parliament approved sending troops.

Related News
Haftar calls for mobilisation against Turkish 'colonisers'
Egypt condemns Turkish troop vote
Putin to visit Turkey on January 8

Indus Point News - Latest World News"""),

dict(group=G13, published="2020-01-06", outlet="Tripoli Voice",
title="Erdogan: Turkish soldiers are on their way to support the legitimate government",
text=r"""Erdogan: Turkish soldiers are on their way to support the legitimate government

January 06, 2020 - 08:31
Written by: Tripoli Voice staff

Turkish President Recep Tayyip Erdogan announced on Sunday that Turkish soldiers have started heading to Libya to support the legitimate Government of National Accord (GNA), three days after the Turkish parliament approved a mandate to deploy troops.

Speaking to CNN Turk, Erdogan said the mission of the Turkish soldiers will be coordination, and that an operations centre will be established under the command of a Turkish lieutenant general. "Our soldiers are gradually going right now," he said.

Erdogan said Turkey's goal is not to fight but to support the legitimate government and to prevent a humanitarian tragedy, adding that the condemnations issued by some Arab capitals do not concern Ankara.

The announcement comes a day after the horrific massacre at the military college in al-Hadaba, where at least 30 young cadets were killed and dozens wounded by an air strike while gathering in the courtyard of the school on Saturday evening. The GNA accused Haftar's militias and their foreign backers of carrying out the strike, while Haftar's spokesman denied responsibility.

The GNA declared a period of mourning and renewed its calls on the international community to stop the supply of weapons and drones to Haftar.

Asked about the number of Turkish personnel and when they would reach Tripoli, GNA officials gave no details, saying only that the security memorandum was being applied lawfully.

Haftar responded to the Turkish vote with a televised speech on Friday in which he called on Libyans to take up arms and "confront the colonisers". On Saturday, the so-called parliament in Benghazi voted to cut ties with Ankara, a session whose quorum has been questioned by many deputies.

The Turkish parliament approved the deployment on Thursday by 325 votes to 184, for a period of one year, after the GNA requested support under the security memorandum signed in Istanbul on November 27. The Presidential Council had said in December that it would activate the security agreements with friendly countries to repel the aggression.

Since last June, when Haftar's spokesman declared Turkish ships, companies and flights legitimate targets, Haftar's media has repeatedly claimed to have destroyed Turkish drones at Mitiga and Misrata, while Haftar himself has relied on UAE drones and Russian Wagner mercenaries in his failed attack on Tripoli.

Turkey's move has been condemned by Egypt, while the United States said foreign interference was complicating the situation in Libya. Russian President Vladimir Putin is expected in Istanbul on Wednesday for talks with Erdogan.

Share this:
Facebook
Twitter
WhatsApp

Related
Hadaba college massacre: funerals held in Tripoli
Tripoli mourns cadets killed at Hadaba
UNSMIL: strike on military school could amount to a war crime"""),

dict(group=G13, published="2020-01-07", outlet="Defence Trade Insight",
title="Turkey begins Libya deployment: command-and-control first, proxies on the front?",
text=r"""Turkey begins Libya deployment: command-and-control first, proxies on the front?

Defence Trade Insight | Land & Joint Forces | 7 January 2020

Turkish President Recep Tayyip Erdogan said on 5 January that Turkish military personnel had begun moving to Libya, three days after the Turkish parliament authorised a deployment in support of the Tripoli-based Government of National Accord (GNA). His description of the mission was notable for what it left out.

Speaking to CNN Turk, Erdogan said Turkish troops would be tasked with "coordination" and would set up an operations centre under a Turkish lieutenant general. Combatant units on the ground, he added, would come from "different" elements rather than from the Turkish armed forces. He gave no numbers and no timetable.

What is known

The parliamentary mandate approved on 2 January by 325 votes to 184 runs for one year and leaves size, timing and composition to the executive. It rests on the security and military cooperation memorandum signed in Istanbul on 27 November and ratified by parliament on 21 December, which covers training, equipment, intelligence sharing and liaison offices.

Turkey has supplied the GNA since at least May 2019 with Bayraktar TB2 unmanned aerial vehicles and Kirpi mine-resistant armoured vehicles, according to imagery and the UN Panel of Experts. The TB2 fleet has been the GNA's only persistent airborne strike asset, and the Libyan National Army (LNA) of Khalifa Haftar has claimed to destroy a number of them at Mitiga airport in Tripoli and at Misrata's air college, most recently in late 2019.

What to expect

A headquarters-led deployment of the kind Erdogan described would likely prioritise air defence, electronic warfare and drone operations, areas where the GNA has been outmatched by the UAE-operated Wing Loong II fleet and by the Russian private contractors reported on the Tripoli front since September. Erdogan's reference to "different" combat units has been widely read as an allusion to Syrian fighters from Turkish-backed factions; monitoring groups reported in late December that recruitment of such fighters for Libya was under way. Ankara has not confirmed this.

Naval assets would also be relevant. Haftar's camp declared Turkish shipping a legitimate target in June 2019 and intercepted a Grenada-flagged cargo ship with Turkish crew off Derna on 21 December. Escort of supply shipments into Tripoli and Misrata would be a natural early task for the Turkish Navy.

Haftar's response

Haftar called on 3 January for Libyans to mobilise against what he called a Turkish colonial project, and the eastern-based House of Representatives voted on 4 January to sever ties with Ankara. On 6 January the LNA announced that it had taken control of Sirte, a significant gain on the central coast that shifts attention away from the Tripoli front.

Risks

The deployment places Turkish personnel within range of LNA drones and artillery around Tripoli and Misrata. It also complicates Ankara's relations with Moscow ahead of Vladimir Putin's visit to Istanbul on 8 January. European governments, which are preparing a Berlin conference on Libya, have called for restraint on all sides.

Related: TB2 in Libya: claims vs evidence | Berlin process: who is coming to the table"""),
]
