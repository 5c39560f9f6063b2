from bg import *

G10 = "libya_oil_shutdown_force_majeure_zueitina_2022_04_18"
G11 = "bashagha_failed_entry_into_tripoli_2022_05_17"
G12 = "dbeibah_replaces_noc_chairman_sanalla_with_bengdara_2022_07_12"
G13 = "deadly_tripoli_clashes_rival_governments_2022_08_27"

ARTICLES = []

PW_BG = (
    "The National Oil Corporation has been one of the few Libyan institutions to operate "
    "across the country's political divide, selling crude on behalf of the state and "
    "depositing revenues in its account at the Libyan Foreign Bank. Control over those "
    "revenues has become a central prize in the contest between rival governments."
)

# ---------------------------------------------------------------- E10 oil shutdown
ARTICLES.append(dict(group=G10, published="2022-04-18", outlet="PetroWire Briefing",
title="NOC declares force majeure at Zueitina as protest shutdowns spread across Libya's oil sector",
text=f"""PetroWire Briefing | Crude & Products | Libya

Libya's National Oil Corporation (NOC) declared force majeure on Monday at the Zueitina export terminal in the east of the country and at the fields and stations that feed it, a day after protesters halted production at the El Feel field in the south-west.

In a statement, the NOC said it was obliged to declare force majeure on Zueitina "including all fields and production stations associated with this port and shipping facilities until further notice", blaming closures it described as illegal and politically motivated.

On Sunday, the corporation said a group of individuals had entered El Feel's facilities and prevented workers from continuing production. The field, operated by Mellitah Oil & Gas, a joint venture between the NOC and Italy's Eni, pumps around 70,000 barrels per day (bpd).

At Zueitina, protesters entered the port on Sunday morning and stopped a tanker from loading about 1 million barrels, according to two engineers at the terminal. In a video circulated on social media, a group describing themselves as residents and elders of the area said they would keep the port and its fields shut until Prime Minister Abdulhamid Dbeibah leaves office.

The protesters also demanded the dismissal of NOC chairman Mustafa Sanalla, objecting to the transfer of oil revenues to Dbeibah's government. The finance ministry in Tripoli said last week that the NOC had transferred $6 billion in oil revenues to its account at the central bank on Thursday.

Reports on Monday said workers at the Sharara field, Libya's largest with capacity of around 300,000 bpd, had come under similar pressure to stop production. PetroWire could not immediately confirm output levels there.

Libya was producing about 1.2 million bpd before the latest outages. Taken together, the closures of the past two days could remove several hundred thousand barrels a day from a market already tight after Russia's invasion of Ukraine, with Brent trading above $110 a barrel on Monday.

The oil and gas ministry of Dbeibah's Government of National Unity warned in a statement on Sunday that the closures would undermine the NOC's position in global markets and its ability to meet its contractual obligations.

Political backdrop

Libya has had two rival prime ministers since March, when the eastern-based House of Representatives swore in a government led by former interior minister Fathi Bashagha. Dbeibah, appointed through a UN-backed process in 2021, has refused to cede power, saying he will hand over only to an elected government. Bashagha has not been able to take office in Tripoli.

Calls to shut oil facilities in support of Bashagha had circulated for weeks in the east and south, where armed forces loyal to commander Khalifa Haftar control most fields and terminals. Haftar's Libyan National Army imposed a blockade in January 2020 that cut output to under 100,000 bpd for eight months before a deal in September of that year.

{PW_BG}

Sanalla, who has led the NOC since 2014, has repeatedly urged politicians to keep the sector out of their disputes. The corporation has repeatedly said that the oil sector belongs to all Libyans and warned that closures deprive the state of its main source of income.

Market watchers will be looking for signs of whether the closures spread to the larger oil crescent terminals of Es Sider and Ras Lanuf, and whether Tripoli or the eastern camp moves to negotiate with the protesters.

What we are watching
    - NOC statements on Sharara and Brega
    - Tanker movements at Zueitina and Hariga
    - Central bank disbursements to the Dbeibah government

Share this:
    Email  LinkedIn  Twitter
"""))

ARTICLES.append(dict(group=G10, published="2022-04-19", outlet="Continental Wire Service",
title="Libya oil output hit as protesters shut fields and ports to pressure Dbeibah",
text=f"""Tripoli (CWS) - Libya's oil production took a heavy hit this week as protesters demanding the departure of Tripoli-based Prime Minister Abdulhamid Dbeibah shut down major fields and export terminals, forcing the state oil firm to declare force majeure at several facilities.

The National Oil Corporation (NOC) declared force majeure on Tuesday at the eastern port of Brega, a day after doing the same at the Zueitina terminal and its associated fields, and two days after production stopped at the El Feel field in the southwest.

The NOC warned that the shutdown of production by the Sirte Oil Company, which operates out of Brega, would hit the stability of the electricity grid, especially in the east, where most power stations run on gas from the company's fields.

The closures are the most serious disruption to Libya's oil sector since the end of an eight-month blockade by forces loyal to eastern commander Khalifa Haftar in September 2020.

Protesters at Zueitina said in a video that they would not reopen the facilities until Dbeibah hands over to Fathi Bashagha, the prime minister appointed by the eastern-based parliament in February and sworn in by lawmakers in Tobruk on March 3. They also called for the dismissal of NOC chief Mustafa Sanalla.

Dbeibah has refused to step down, saying he will only hand power to an elected government. His oil ministry said the closures would damage Libya's reputation in world markets.

The shutdowns come as global buyers scramble for alternatives to Russian crude following the invasion of Ukraine, and as European governments have looked to North Africa for additional supplies. Italy and Spain are among the main buyers of Libyan oil.

Before the outages, Libya was producing around 1.2 million barrels a day, according to official figures.

{CWS_OIL}

{CWS_ROOTS}

The standoff between Dbeibah and Bashagha has revived fears of a return to two rival administrations, as was the case between 2014 and early 2021. Bashagha has been unable to take office in the capital, where armed groups loyal to Dbeibah hold sway, and forces backing him turned back from the outskirts of Tripoli in March.

The closures also reflect a dispute over how oil revenues are spent. The NOC transferred $6 billion to the finance ministry in Tripoli last week, according to the ministry, a move denounced by Bashagha's camp, which has accused Dbeibah of using public funds to cling to power.

Sanalla, a veteran technocrat who has led the NOC for years and has tried to keep the corporation neutral, has come under fire from both sides. Dbeibah's own oil minister, Mohamed Aoun, has repeatedly sought his removal.

UN talks between Libya's rival legislative bodies on a constitutional basis for new elections opened in Cairo last week, but have yet to produce an agreement.
"""))

ARTICLES.append(dict(group=G10, published="2022-04-18", outlet="Energy Newswire",
title="PRESS RELEASE: National Oil Corporation declares force majeure at Zueitina oil port",
text="""Energy Newswire - Press Release Distribution

TRIPOLI, Libya, April 18, 2022 -- The National Oil Corporation (NOC) of Libya announces that it is obliged to declare a state of force majeure at the Zueitina oil port, including all fields and production stations associated with the port and its shipping facilities, until further notice.

The decision follows the illegal closure of the port and the halt of production at related facilities, which has made it impossible for the Corporation to meet its contractual obligations. On April 17, the NOC declared force majeure at the El Feel field after a group of individuals entered its facilities and prevented workers from continuing production.

The NOC calls on all parties to keep the oil sector away from political disputes and warns that closures deprive Libyans of their main source of income.

About the NOC: The National Oil Corporation is Libya's state-owned oil company, responsible for exploration, production and export of the country's hydrocarbons.

Media contact: NOC Media Office, Tripoli

###
"""))

# ---------------------------------------------------------------- E11 Bashagha Tripoli
ARTICLES.append(dict(group=G11, published="2022-05-17", outlet="Meridian Press Agency",
title="Libya's Bashagha quits Tripoli hours after entering as clashes erupt",
text=f"""TRIPOLI, May 17 (MPA) - Fathi Bashagha, the prime minister appointed by Libya's eastern-based parliament, left Tripoli on Tuesday only hours after entering the capital to try to install his government there, as fighting broke out between armed groups backing him and forces loyal to his rival Abdulhamid Dbeibah.

Bashagha's media office said late on Monday that he had arrived in Tripoli with several ministers "to begin work" from the capital. In a video posted early on Tuesday, Bashagha said: "We arrived in the capital peacefully and safely. The reception was excellent," and said his government was ready to work with everyone, including his opponents.

But heavy gunfire erupted before dawn in central Tripoli, residents said, as armed groups opposed to Bashagha surrounded the headquarters of the Nawasi brigade, the faction that had hosted his entry. Footage on Libyan television showed armed vehicles in the streets and fighting near the port area.

By late morning Bashagha's office said he and his ministers had left the city "for the sake of the security and safety of citizens and to stop the bloodshed". Libyan media reported that the 444 Brigade, a force aligned with Dbeibah's government, had escorted his convoy out of the capital. One fighter was reported killed in the clashes.

The UN special adviser on Libya, Stephanie Williams, called for calm and urged restraint. "Conflict cannot be solved with violence, but with dialogue and mediation," she wrote on Twitter, adding that the United Nations was ready to host all parties.

Dbeibah's government did not immediately comment on Bashagha's arrival. Tripoli appeared calm but tense by Tuesday afternoon, with some shops reopening.

It was Bashagha's second attempt to move into the capital. In March, armed columns supporting him advanced towards Tripoli from the east but pulled back without a fight. Bashagha said later on Tuesday that his government could operate from the central city of Sirte.

{MPA_ROOTS}

{MPA_STANDOFF}

Bashagha's government was sworn in by lawmakers in Tobruk on March 3. It has the backing of Khalifa Haftar's Libyan National Army and of Egypt, while Turkey, which has troops and military trainers in western Libya, has kept up ties with both camps. Most Western governments and the United Nations continue to deal with Dbeibah's administration, while calling on both sides to agree on a path to elections.

Since mid-April, protesters demanding that Dbeibah hand over power have shut oil fields and export terminals in the east and south, cutting output by several hundred thousand barrels a day. The closures have led to fuel shortages at power stations and longer electricity cuts as summer approaches.

Bashagha, who was Tripoli's interior minister during Haftar's assault on the capital, has argued that Dbeibah's government is illegitimate and has accused it of squandering oil revenue. Dbeibah accuses the parliament of trying to prolong the transitional period and has announced plans for elections under a new framework, without setting a date.

The clashes came as delegations from the House of Representatives and the Tripoli-based High Council of State met in Cairo for a second round of UN-backed talks on a constitutional basis for elections.

The fighting in Tripoli raised fears that the political standoff could slide back into war, two years after the end of Haftar's failed offensive on the capital. The capital's armed groups are divided, with some closer to Dbeibah and others having cut deals with Bashagha, a former interior minister who once oversaw many of them.
"""))

ARTICLES.append(dict(group=G11, published="2022-05-17", outlet="The Tripoli Dispatch",
title="Bashagha's night-time entry into the capital ends in retreat after clashes",
text="""By Tripoli Dispatch staff

Fathi Bashagha, whom the House of Representatives in Tobruk designated as prime minister, slipped into Tripoli in the middle of the night between Monday and Tuesday under the protection of the Nawasi brigade, only to leave the capital a few hours later after fighting erupted in the city centre.

Bashagha announced his arrival in a video in which he said he had been well received and that his government would begin work in the capital. By dawn, gunfire and explosions could be heard around the Nawasi headquarters and in the streets near the port and Souq al-Thulatha, as forces that reject his entry moved to surround his hosts.

The clashes forced families in the area to stay indoors, and several roads in central Tripoli were closed. A security guard at the Italian embassy was lightly wounded by a stray bullet, Italian media reported.

Mid-morning, Bashagha's office said he had decided to leave the city to stop the bloodshed and protect the lives of citizens. Sources told the Dispatch that the 444 Brigade intervened and escorted Bashagha and his guards out of the capital to avoid an escalation.

Residents of the central districts said they were woken by the sound of heavy weapons, a reminder of the worst days of the war.

Exit mobile version

Read also: Government of National Unity: Tripoli will not be ruled by force

The Government of National Unity did not comment immediately on the incident, but several of its ministers appeared in public in Tripoli during the day, and the streets had largely calmed by the afternoon.

Bashagha's attempt was the second since his designation in February. In March, convoys supporting him stopped on the outskirts of the capital before turning back. His entry on Tuesday was seen here as a test of the loyalties of Tripoli's armed groups, and its result was clear: apart from the Nawasi and a few smaller units, the capital's main forces did not move to support him.

Bashagha was interior minister in the Government of National Accord during the war launched by Haftar on Tripoli in 2019, and many in the capital still remember his role in the defence of the city. His alliance with Haftar and with Speaker Aguila Saleh has turned a large part of that support against him.

His government, which took the oath before the House in Tobruk in March, is backed by Haftar's forces and by Egypt. It has been unable to take over ministries in the capital and says it will work from Sirte if necessary.

Meanwhile, the closure of oil fields and ports in the east and south by groups supporting Bashagha has entered its second month, costing the state hundreds of millions of dollars.

The UN Special Adviser Stephanie Williams called for calm and said the UN was ready to host all parties for dialogue.

In Cairo, meanwhile, delegations of the House of Representatives and the High Council of State were holding a second round of UN-facilitated talks on a constitutional basis for elections. The first round, in April, ended with agreement on a number of articles but not on the most contentious ones, including the conditions for presidential candidates.

Many in Tripoli say the only way out of the standoff is a date for elections accepted by all sides, not a race between two governments to occupy buildings in the capital.

Read also: Oil closures: NOC warns of fuel shortages for power stations
"""))

ARTICLES.append(dict(group=G11, published="2022-05-19", outlet="Defence & Security Trade Review",
title="Why Bashagha's Tripoli gambit failed: the armed-group arithmetic of the Libyan capital",
text="""DSTR Analysis | North Africa | Armed groups

Fathi Bashagha spent less than twelve hours in Tripoli. The prime minister designated by the eastern-based House of Representatives entered the capital late on 16 May under the protection of a single armed group, the Nawasi brigade, and was escorted out the next morning after fighting broke out around his hosts' base. The episode was short, but it offers a clear reading of the balance of force in the city that any government needs to control.

The players

Tripoli's security landscape is dominated by a handful of large armed groups that have, over the past decade, been absorbed into state structures without losing their autonomy. The main ones are:

- the Stability Support Apparatus (SSA), led by Abdulghani al-Kikli, known as Ghneiwa, and formally attached to the Presidential Council;
- the Special Deterrence Force (Radaa), which controls Mitiga airport and runs its own prisons;
- the 444 Brigade, a comparatively disciplined force with a reputation for intervening to separate rivals;
- the Tripoli Revolutionaries Brigade of Haithem Tajouri;
- the Nawasi brigade, based in the old city and port area.

Outside the capital, forces from Zawiya, Misrata and Zintan can be brought in within hours. The Zintani commander Osama Juwaili, a former head of the western military region, has moved into Bashagha's camp in recent weeks.

What happened

Bashagha's plan appears to have rested on the assumption that once he was physically present with a few ministers, other groups would either join him or stay neutral. Only the Nawasi acted. When the SSA and allied units moved around the Nawasi positions before dawn on 17 May, no one came to break the encirclement. The 444 Brigade, which has positioned itself as a buffer, negotiated his exit. One fighter was reported killed.

The contrast with March is instructive. Then, columns from Misrata and elsewhere massed on the eastern approaches to the capital and withdrew without fighting, a show of force that tested the defences without committing to them. In May, Bashagha tried the opposite approach, a quiet infiltration, and found that stealth is no substitute for numbers.

Why the groups did not move

Money is part of the answer. Dbeibah's Government of National Unity controls the ministries in Tripoli and, through its relationship with the central bank, the salary lines on which the armed groups depend. Bashagha, whose government sits in Sirte and Benghazi, cannot pay. The oil blockade that his supporters in the east began in mid-April was meant to change that by choking Tripoli's revenue, but its effect is slow, and so far it has hurt ordinary Libyans through power cuts more than it has hurt the armed groups.

The other part is risk. Several of the capital's commanders owe their position to the 2019-2020 defence of the city against Khalifa Haftar. Bashagha's alliance with Haftar makes backing him a hard sell to their own fighters.

Foreign dimension

Turkey, whose troops and trainers remain in western Libya under the 2019 security memorandum, has been careful not to take sides publicly. It keeps channels open both to Dbeibah and to Bashagha, who was Ankara's main interlocutor during the war. Turkish drones and air-defence assets in the west are a deterrent against any move from the east, but they have not, so far as is known, been used in disputes between groups inside Tripoli. Egypt has backed Bashagha's government politically. Russia, whose Wagner contractors remain in central and southern Libya with Haftar's forces, has signalled sympathy for the House of Representatives' choice.

Outlook

The failed entry strengthens Dbeibah in the short term and pushes Bashagha towards governing from Sirte, a city with symbolic value but little administrative capacity. It also increases the risk of a larger confrontation: the lesson Bashagha's allies may draw is that a future attempt needs more force, not less. The SSA-Nawasi front in the old city remains the flashpoint to watch.

For suppliers of security equipment to Libyan state bodies, the split is a compliance problem as much as a political one. Contracts with ministries in Tripoli are exposed to challenges from the rival government, and vice versa, while the UN arms embargo remains in force.
"""))

# ---------------------------------------------------------------- E12 NOC chairman
ARTICLES.append(dict(group=G12, published="2022-07-13", outlet="PetroWire Briefing",
title="Dbeibah names ex-central banker Bengdara to head NOC; Sanalla refuses to go",
text=f"""PetroWire Briefing | Upstream | Libya

Libya's Tripoli-based Prime Minister Abdulhamid Dbeibah has replaced Mustafa Sanalla as chairman of the National Oil Corporation (NOC), appointing former central bank governor Farhat Omar Bengdara to run the state oil company, in a move Sanalla said on Wednesday he would not accept.

The decision, which also names four new board members, was published by the oil ministry on Tuesday. It is dated July 7, according to the copy circulated by the ministry, whose spokesman confirmed the appointments.

Sanalla, who has run the NOC since 2014, rejected his dismissal in a video address on Wednesday, arguing that Dbeibah's government had no authority to take the decision because its mandate had expired. "This institution belongs to all Libyans and not to you," he said, addressing Dbeibah. He accused the prime minister of seeking to serve the interests of the United Arab Emirates through Bengdara's appointment, and said he would remain in his post.

Armed vehicles were seen around the NOC headquarters in Tripoli on Wednesday, according to residents and local media, and the corporation said it held Dbeibah responsible for the safety of its staff.

Bengdara was governor of the Central Bank of Libya from 2006 until the 2011 uprising, when he defected from the Gaddafi government. He is seen in Libya as having good relations with the eastern camp of Khalifa Haftar. Libyan and Italian media have reported that his appointment followed contacts in the UAE between Ibrahim Dbeibah, a relative and adviser of the prime minister, and Saddam Haftar, son of the eastern commander, as part of an arrangement to end the oil blockade. Neither side has confirmed such a deal.

Blockade and output

Groups supporting Fathi Bashagha, the rival prime minister appointed by the eastern-based parliament, have shut fields and ports in the east and south since mid-April, demanding that Dbeibah step aside and that oil revenues be distributed more fairly. The closures forced the NOC to declare force majeure at Zueitina, Brega and a string of fields.

Estimates of current output vary widely. The oil ministry has said production has fallen to between 100,000 and 200,000 barrels per day (bpd) at the lowest points; other estimates put it at around 600,000 bpd, roughly half of the 1.2 million bpd Libya pumped before the closures. Either way, the shutdown has deprived Libya of billions of dollars in revenue at a time of high prices and has caused long power cuts because of gas shortages at power stations.

{PW_BG}

Oil Minister Mohamed Aoun has long sought Sanalla's removal, accusing him of withholding production and revenue reports and of acting outside the ministry's authority. Dbeibah had previously overruled an attempt by Aoun to suspend Sanalla in 2021.

Implications

For buyers and partners such as Eni, TotalEnergies, Repsol and OMV, the immediate question is who signs for cargoes. The NOC's legitimacy with international traders rests on its recognised status as the sole seller of Libyan crude under UN Security Council resolutions. A contested leadership at the corporation could complicate liftings even if the blockade ends.

If the change is indeed part of a wider deal with the eastern camp, a reopening of terminals could follow quickly. If not, the NOC risks becoming another institution split in two, as the central bank was between 2014 and 2020.
"""))

ARTICLES.append(dict(group=G12, published="2022-07-14", outlet="Anatolia Daily Herald",
title="Libya's new oil chief Bengdara takes office at NOC headquarters in Tripoli",
text=f"""TRIPOLI

Farhat Bengdara, the new head of Libya's National Oil Corporation (NOC) appointed by the Government of National Unity, took up office on Thursday at the corporation's headquarters in the capital Tripoli.

"It's vitally important under the current conditions that Libya regains its oil and gas export capacity as quickly as possible," Bengdara told a news conference in front of the building.

"The oil sector has fallen prey to political struggles, but we will work to prevent political interference in the sector," he added.

Prime Minister Abdul Hamid Dbeibeh on Tuesday appointed Bengdara, a former governor of the Central Bank of Libya, to replace Mustafa Sanalla, who had headed the NOC since 2014, along with a new board of four members, according to oil ministry spokesman Ahmad Jumaa.

Sanalla rejected the decision in a video message, saying the mandate of Dbeibeh's government had expired and that the corporation was "not owned by the government".

The outgoing management said on Thursday that government forces had entered the headquarters to install the new board.

Read also: Libya: NOC chief rejects dismissal, says government mandate expired

US Ambassador Richard Norland said Washington was following developments with deep concern. "The reported replacement of the NOC board may be contested in court but must not become the subject of armed confrontation," he said, describing the NOC as vital to Libya's stability and prosperity.

The energy committee of the House of Representatives in the east also rejected Sanalla's replacement.

The dispute over the NOC had been building for more than a year. Oil Minister Mohamed Aoun repeatedly demanded Sanalla's dismissal, accusing him of withholding production reports and of violating the corporation's law, while Sanalla accused the ministry of interfering in the NOC's technical work. In September 2021, Dbeibeh overturned a decision by Aoun to suspend Sanalla.

Sanalla had also come under criticism from the eastern camp, which accused the corporation of transferring oil revenues to the Dbeibeh government. Groups closing oil facilities since April had demanded his removal.

Since April 17, tribal groups have shut down much of the country's oil facilities in the south and centre of the country to pressure Dbeibeh to hand over power to Fathi Bashagha, appointed as prime minister by the parliament in Tobruk.

Libya produced around 1.2 million barrels per day before the closures. Output has since fallen to between 100,000 and 200,000 barrels per day, according to the oil ministry.

{ADH_ROOTS}

Türkiye maintains close relations with the Government of National Unity, and the two sides have discussed cooperation in energy and reconstruction. Turkish military personnel continue to train Libyan forces in the west under the 2019 security and military cooperation memorandum.

Read also: Türkiye calls for dialogue among Libyan parties
"""))

# ---------------------------------------------------------------- E13 Tripoli clashes
ARTICLES.append(dict(group=G13, published="2022-08-27", outlet="Continental Wire Service",
title="Deadly clashes rock Tripoli as rival Libyan factions fight for capital",
text=f"""Tripoli (CWS) - Heavy fighting between armed groups backing Libya's rival governments shook the capital Tripoli on Saturday, killing at least 23 people and wounding 140, the health ministry said, in the worst violence in the city in two years.

Clashes broke out overnight on Friday in the centre of Tripoli between the Tripoli Revolutionaries Brigade of Haithem Tajouri and the Stability Support Apparatus led by Abdulghani al-Kikli, known as Ghneiwa, before spreading to other districts during the day.

Black smoke rose over parts of the city and the sound of heavy weapons and explosions could be heard until the evening. Images on social media showed burnt-out cars, damaged buildings and ambulances unable to reach the wounded.

The fighting pits forces loyal to Abdulhamid Dbeibah, who heads the Government of National Unity based in Tripoli, against groups allied to Fathi Bashagha, who was appointed prime minister by the eastern-based parliament in February and has been trying to take office in the capital.

Dbeibah's government accused Bashagha's camp of trying to seize the capital by force, saying its forces had responded to an attack. Bashagha's government, which operates from Sirte, blamed Dbeibah for the violence and said he was clinging to power illegitimately.

By evening, pro-Dbeibah forces said they had taken control of several positions held by Tajouri's group in central Tripoli, while forces of Zintani commander Osama Juwaili, who backs Bashagha, were reported to have advanced on the southern outskirts before being pushed back. Convoys of Bashagha supporters heading from Misrata towards Tripoli were turned back.

Among the dead was Mustafa Baraka, a young comedian known for social media videos mocking militias and corruption, who was shot in the chest, emergency services said.

The health ministry said several hospitals had been hit and accused the fighters of preventing ambulances from evacuating civilians. Dozens of families were evacuated from areas near the fighting, and the University of Tripoli suspended classes and exams.

The UN mission in Libya said it was "deeply concerned" about the clashes, including "indiscriminate medium and heavy shelling in civilian-populated neighbourhoods", and called for an immediate cessation of hostilities. US ambassador Richard Norland echoed the call.

Mohammed al-Menfi, head of the Presidential Council, cut short a visit to Tunisia to return to Tripoli, the official LANA news agency reported.

{CWS_ROOTS}

{CWS_WAR}

That process installed Dbeibah in March 2021 to lead the country to elections in December that year, but the vote was postponed indefinitely amid disputes over its rules and candidates. The eastern parliament then named Bashagha, arguing that Dbeibah's mandate had expired.

Bashagha tried to enter Tripoli in May but was forced out within hours after clashes. In July, fighting between rival groups in the capital killed 16 people.

Tension had been building for weeks, with armed groups loyal to both sides deploying around the city and in its western and southern suburbs. Bashagha had repeatedly said he would take up office in Tripoli peacefully, while Dbeibah vowed not to hand over power except to an elected government.

The capital's armed groups have long been courted by both camps. Several of them fought together in 2019 and 2020 against Haftar's forces, when Bashagha, then interior minister, was one of the main figures in the city's defence.

Oil exports, which were halted for three months by a blockade of eastern fields and ports by Bashagha's allies, resumed in mid-July after Dbeibah replaced the head of the National Oil Corporation, in a move widely seen as the result of a deal with Haftar's family.
"""))

ARTICLES.append(dict(group=G13, published="2022-08-28", outlet="RusNews International",
title="Death toll in Tripoli clashes rises to 32 - Libyan Health Ministry",
text="""CAIRO, August 28 (RNI) - The number of people killed in armed clashes in the Libyan capital Tripoli on Saturday has risen to 32, with 159 injured, the Health Ministry of the Government of National Unity said on Sunday.

The ministry said 64 families had been evacuated from areas near the fighting. Relative calm returned to the city on Sunday morning, according to local media.

The clashes broke out on Friday night between armed groups supporting the head of the Government of National Unity, Abdel Hamid Dbeibeh, and forces loyal to Fathi Bashagha, head of the government approved by the House of Representatives.

Forces supporting the Government of National Unity said on Saturday evening that they had taken control of the headquarters of the armed group of Haithem Tajouri in the centre of the city, and that pro-Bashagha units had withdrawn from several positions on the outskirts of the capital.

Among those killed was Libyan actor and comedian Mustafa Baraka, who was hit by a bullet while filming the clashes, according to the emergency services.

UN Secretary-General Antonio Guterres called for an immediate cessation of violence in Tripoli and urged the Libyan parties to engage in genuine dialogue to resolve the political impasse rather than use force, his spokesman Stephane Dujarric said in a statement.

The UN Support Mission in Libya said the fighting had included indiscriminate shelling in residential neighbourhoods and had damaged civilian facilities, including hospitals.

Libya has been in a state of crisis since 2011, when the country's leader Muammar Gaddafi was overthrown and killed as a result of a NATO military operation. For years the country was divided between the Government of National Accord in Tripoli and the authorities in the east supported by the parliament and the army of Khalifa Haftar.

The presidential and parliamentary elections planned for December 24, 2021 were postponed because of disagreements between the parties. In February 2022, the House of Representatives, which sits in the east, appointed former interior minister Bashagha as prime minister, and in March approved his cabinet. Dbeibeh has refused to hand over power, saying he will only do so to an elected government.

Bashagha made an unsuccessful attempt to enter Tripoli with his ministers in May, after which he announced that his government would work from the city of Sirte.

Bashagha's government said in a statement that Dbeibeh bore responsibility for the bloodshed, accusing him of clinging to power after the end of his mandate. The Government of National Unity, for its part, said the clashes had been started by groups loyal to Bashagha and that its forces had acted to protect the capital.

The head of the Presidential Council, Mohammed Menfi, returned to Tripoli on Saturday from Tunisia, where he had been due to take part in the TICAD 8 Japan-Africa summit, the Libyan news agency LANA reported.

The Tripoli municipal council held all political bodies, including the parliament, the High Council of State, the Presidential Council and both governments, responsible for the deterioration of the situation in the capital and called on the international community to protect civilians.

The clashes were the most serious in Tripoli since 2020. In July, fighting between armed groups in the capital killed 16 people.

Moscow has repeatedly called on the Libyan parties to resolve their differences through dialogue and to hold general elections as soon as possible.

Follow RNI on Telegram

Related:
    Libyan Presidential Council head returns to Tripoli from Tunisia
    UN mission in Libya calls for immediate ceasefire
"""))

ARTICLES.append(dict(group=G13, published="2022-08-29", outlet="The Chronicle Review",
title="Tripoli's worst fighting in two years leaves 32 dead and Dbeibah's grip on the capital tighter",
text=f"""By Helen Marchetti, North Africa Correspondent

For a day and a night, Tripoli sounded like it did in 2019. Heavy machine guns and mortars echoed across the city centre from late on Friday until Saturday evening, columns of black smoke rose over Zawiya Street and the old quarter, and families in apartment blocks near the front lines sheltered in corridors. By Sunday, when a fragile calm returned, the health ministry counted 32 dead and 159 wounded. Among the dead was Mustafa Baraka, a comedian whose videos ridiculing militias and corrupt officials had made him a minor celebrity; he was shot while filming the fighting.

The violence was the most serious in the Libyan capital since the end of Khalifa Haftar's siege in June 2020. Its outcome, for now, is clear. Armed groups aligned with Abdulhamid Dbeibah, the prime minister in Tripoli, routed the Tripoli Revolutionaries Brigade of Haithem Tajouri, which had sided with his rival Fathi Bashagha, and seized its bases in the city centre. Forces loyal to Osama Juwaili, a commander from Zintan who has thrown in his lot with Bashagha, were pushed back south of the city, reportedly under drone strikes. A column of Bashagha supporters from Misrata was turned back on the coastal road.

{CHR_CONTEXT}

This latest round of the game began in February, when the parliament in the east, arguing that Dbeibah's mandate had died with the failed elections of December 2021, named Bashagha as prime minister. Bashagha, a former interior minister from Misrata who had been one of the architects of Tripoli's defence against Haftar, had by then made his peace with the eastern commander. That alliance gave him the backing of the east, of Egypt and, more quietly, of Russia. It cost him much of his support in the west.

Since then he has tried three approaches. In March, columns of his supporters massed outside the capital and withdrew. In May, he slipped into the city at night with the help of one armed group and was escorted out within hours. From April, his allies in the east and south shut oil fields and terminals, cutting production to a fraction of normal and depriving Tripoli of revenue. That lever was taken away in July, when Dbeibah replaced the long-serving head of the National Oil Corporation, Mustafa Sanalla, with Farhat Bengdara, a former central bank governor seen as acceptable to Haftar's family, and the blockade was lifted days later. Many in Bashagha's camp saw the deal as a betrayal by Haftar.

This weekend's fighting was, in that sense, the military option that remained. It followed clashes in July that killed 16 people, and weeks of mobilisation around the capital. Who fired first is disputed. Dbeibah's government says it repelled an attempt to take the capital by force; Bashagha's government, operating from Sirte, says Dbeibah is clinging to power and bears responsibility for the bloodshed.

For residents, the question is not who started it. The health ministry said hospitals had been hit and that ambulances had been prevented from reaching the wounded. The UN mission spoke of "indiscriminate medium and heavy shelling in civilian-populated neighbourhoods". The Tripoli municipal council blamed the entire political class, the parliament, the High Council of State, the Presidential Council and both governments, for the deterioration.

The international response has been muted. The UN secretary-general called for an immediate end to the violence and for genuine dialogue. The United States, Britain and Italy condemned the fighting. But the United Nations has had no senior envoy in Libya since Stephanie Williams, the special adviser, left at the end of July, and talks between the rival legislatures on a constitutional basis for elections collapsed in Geneva in June over the eligibility of military officers and dual nationals for the presidency, an issue that, not coincidentally, concerns Haftar.

Foreign powers with forces in Libya have been cautious. Turkey, which keeps troops, drone crews and trainers in the west under its 2019 agreements, has working relations with both Dbeibah and Bashagha and did not intervene publicly. Egypt continues to regard the parliament's government as the legitimate one. Russia's Wagner contractors remain with Haftar's forces in the centre and south, far from the capital.

The result is a stronger Dbeibah, at least in Tripoli. He has shown that the capital's main armed groups, the Stability Support Apparatus, the Radaa force and the 444 Brigade, will defend him when pressed. But it is the strength of a city ruler, not of a national government. The east remains beyond his reach, the oil deal depends on Haftar's goodwill, and elections, the one thing every foreign capital says it wants, are further away than they were a year ago.

On Sunday a fragile calm held over the capital. Few in Tripoli expect it to be the last round.
"""))
