# Part 8: GNA retakes Greater Tripoli (June 2020); Egyptian parliament vote (July 2020)
ARTICLES = [
dict(
group="gna_declares_full_control_of_greater_tripoli_2020_06_04",
published="2020-06-04",
outlet="Meridian Wire Service",
title="Libya's GNA says it has retaken all of Tripoli as Serraj meets Erdogan in Ankara",
text="""TRIPOLI/ANKARA (MWS) - Forces of Libya's internationally recognised government said on Thursday they had regained control of the whole of Greater Tripoli, ending a 14-month assault on the capital by eastern commander Khalifa Haftar, while Prime Minister Fayez al-Serraj held talks in Ankara with his main foreign backer, Turkish President Tayyip Erdogan.

The military operations room of the Government of National Accord (GNA) said its forces controlled all of the administrative borders of the Tripoli area. "Our heroic forces have full control of Greater Tripoli right up to the city limits," spokesman Mohamed Gnounou said.

A day earlier, GNA forces said they had "fully liberated" Tripoli International Airport, which had been held by Haftar's Libyan National Army (LNA) since early in its campaign. The airport, on the city's southern edge, has been disused since it was wrecked in fighting in 2014.

A military source with the LNA said its forces would complete their withdrawal from the districts of Ain Zara, Abu Salim and Qasr bin Ghashir on Thursday, pulling back towards Tarhouna, its last major stronghold in the west, about 90 km southeast of Tripoli. The LNA said it was repositioning outside the capital as a gesture to support U.N.-led ceasefire talks, and would resume operations if the GNA did not stop fighting.

At a joint news conference with Serraj in Ankara, Erdogan said Turkey would not leave its Libyan brothers at the mercy of putschists and mercenaries, and that Haftar could not have a place at the negotiating table. He said the two countries would expand cooperation, including on exploration for oil and gas in the eastern Mediterranean.

Serraj thanked Turkey for standing with the legitimate government and said his forces were determined to extend state control over the whole country. He said Libya looked forward to Turkish companies returning to work on reconstruction.

The United Nations said this week both sides had agreed to resume talks on a ceasefire through the so-called 5+5 joint military commission. Acting U.N. envoy Stephanie Williams has called for de-escalation.

The U.N. says the offensive, launched on April 4 last year, has killed hundreds of civilians and displaced more than 200,000 people. In late May, Russian contractors who had fought alongside the LNA on the southern front were seen pulling out towards the town of Bani Walid.

The tide of the war has turned sharply since Turkey stepped up support for the GNA this year, supplying drones, air defences and military advisers. In April GNA forces seized a string of coastal towns west of Tripoli, and last month they captured al-Watiya air base near the Tunisian border. The U.S. military said last week Russia had sent fighter jets to Libya to support Russian private military contractors fighting with the LNA, which Moscow and the LNA denied.

Libya has been split between rival camps since 2014, three years after a NATO-backed uprising toppled and killed Muammar Gaddafi. Haftar is backed by the United Arab Emirates, Egypt and Russia.

(Reporting by Karim Benhaddou in Tripoli and Deniz Aksoy in Ankara; Editing by Tom Aldridge)"""),

dict(
group="gna_declares_full_control_of_greater_tripoli_2020_06_04",
published="2020-06-05",
outlet="Gulf Horizon Daily",
title="LNA repositions units outside Tripoli, says move backs UN ceasefire talks",
text="""ABU DHABI - The Libyan National Army (LNA) said it had relocated its units outside the capital Tripoli to support the resumption of UN-sponsored ceasefire talks, on condition that the forces of the Tripoli-based Government of National Accord (GNA) also halt hostilities.

In a statement on Thursday, LNA spokesman Major General Ahmed al-Mismari said the general command had agreed to resume participation in the 5+5 joint military commission supervised by the UN Support Mission in Libya, and was therefore repositioning its units outside Tripoli. He said the step was taken as a political initiative in response to requests from many countries and organisations, and as a humanitarian initiative to spare the blood of Libyans and civilians in the capital.

"In case of non-compliance, the General Command will resume operations and suspend its participation in the 5+5 committee," al-Mismari said.

The GNA announced the same day that its forces, backed by Turkey, had taken control of the entire administrative area of Greater Tripoli, including the former international airport, which LNA units had left on Wednesday. The GNA's prime minister, Fayez al-Sarraj, was in Ankara on Thursday for talks with Turkish President Recep Tayyip Erdogan, who vowed to keep supporting the Tripoli authorities.

The army had announced a unilateral humanitarian truce for the holy month of Ramadan on April 29, which the Tripoli authorities rejected, and pulled its units back from several Tripoli front lines for the Eid al-Fitr holiday in late May. Field Marshal Haftar said in April that the general command had accepted a popular mandate to lead the country, a move criticised by several Western capitals.

Analysts in the Gulf said the pullback reflected the heavy cost of Turkey's direct military intervention, including drones, air defence systems and thousands of Syrian mercenaries transported to Libya, in breach of the UN arms embargo and of the commitments made at the Berlin conference in January.

On Friday, GNA-aligned forces said they had entered the outskirts of Tarhuna, south-east of the capital, the LNA's main remaining position in the west. There was no immediate comment from the army.

The UN mission said this week that both sides had accepted to resume the 5+5 talks, which began in Geneva in February, and that acting envoy Stephanie Williams had held talks with an LNA delegation on Wednesday, which it described as a positive step.

The UAE has repeatedly called for an immediate ceasefire in Libya and a return to the UN-led political process, and has warned against foreign interference in Arab affairs. Abu Dhabi backs the LNA, which it sees as a force against extremist groups.

The LNA, commanded by Field Marshal Khalifa Haftar, launched its operation to take Tripoli in April 2019. The offensive stalled on the southern outskirts of the city for more than a year before the GNA, with Turkish support, launched a counter-offensive in late March."""),

dict(
group="gna_declares_full_control_of_greater_tripoli_2020_06_04",
published="2020-06-05",
outlet="MENA Daybook",
title="MENA Daybook, Friday 5 June: Tripoli back in GNA hands; Erdogan hosts Sarraj; Yemen aid shortfall",
text="""MENA Daybook | Morning briefing | Friday 5 June 2020

Good morning. Here is what you need to know today.

1. LIBYA: GNA DECLARES GREATER TRIPOLI RETAKEN
Libya's UN-recognised Government of National Accord said on Thursday it controls the whole of Greater Tripoli, 14 months after Khalifa Haftar's LNA launched its offensive on the capital. The announcement followed Wednesday's recapture of the old international airport. The LNA said it was "repositioning" outside the city to support renewed UN ceasefire talks. In Ankara, GNA head Fayez al-Sarraj met Recep Tayyip Erdogan, who said Haftar had no place at the negotiating table and pledged deeper cooperation, including on energy exploration.
Why it matters: Turkey's intervention has reversed the course of the war in barely two months. The next test is whether Ankara and Moscow, which back opposite sides, find a modus vivendi.

2. LIBYA: FIGHTING MOVES TOWARDS TARHUNA
Early on Friday GNA-aligned units were reported advancing on Tarhuna, 90km south-east of Tripoli and the LNA's last big base in the west. Watch Sirte and Jufra after that.

3. YEMEN: PLEDGES FALL SHORT
A virtual donor conference co-hosted by Saudi Arabia and the UN on Tuesday raised about $1.35bn, well below the $2.4bn the UN says it needs to keep core aid programmes running through the end of the year.

4. LEBANON: IMF TALKS GRIND ON
Beirut's negotiations with the IMF continued this week amid disagreements between the government and the central bank over the size of financial-sector losses.

5. WHAT WE'RE WATCHING
- OPEC+ ministers meet by video on Saturday to discuss extending production cuts.
- Reactions in Cairo and Abu Dhabi to the LNA's retreat.

Not yet subscribed? Sign up for the Daybook here.

Copyright MENA Daybook. All rights reserved."""),

dict(
group="egypt_parliament_approves_troop_deployment_west_2020_07_20",
published="2020-07-20",
outlet="Nile Gazette",
title="House of Representatives unanimously approves deploying armed forces on combat missions abroad to defend national security",
text="""CAIRO - Egypt's House of Representatives on Monday unanimously approved the deployment of members of the Egyptian armed forces on combat missions outside the country's borders to defend Egyptian national security in the western strategic direction, against the actions of criminal armed militias and foreign terrorist elements, until the end of the forces' mission.

The approval came at the end of a closed session chaired by Speaker Ali Abdel Aal, during which deputies reviewed the outcome of the meeting of the National Defence Council held on Sunday under the chairmanship of President Abdel Fattah al-Sisi and discussed the threats facing the state from the western direction.

In its statement, the House said the Egyptian nation has throughout its history advocated peace, but does not accept aggression on its rights and is capable of defending itself, its interests and its brothers and neighbours against any danger. The statement stressed that the armed forces and their leadership have the constitutional and legal authority to determine when and where to respond to such threats.

Earlier on Monday, the presidency said President al-Sisi received a telephone call from US President Donald Trump in which the two leaders discussed the situation in Libya and agreed on the importance of maintaining the ceasefire and avoiding escalation, in order to pave the way for political settlement.

The vote comes a week after the Libyan House of Representatives, the country's elected parliament, called on Egypt to intervene militarily to protect the national security of both countries if it deemed there was an imminent danger. On Thursday, President al-Sisi received a large delegation of sheikhs and notables of the Libyan tribes in Cairo, who gave him a mandate to intervene to protect Libyan sovereignty. Al-Sisi said then that Egypt would not stand idly by in the face of moves that pose a direct threat to the security of Egypt and Libya, and that any intervention would be taken in response to a request from the Libyan people.

On June 20, during an inspection of military units in the Western Military Zone, al-Sisi said that Sirte and Jufra constitute a red line and that any direct intervention by Egypt had become internationally legitimate. He warned the Tripoli militias and their Turkish backers against crossing that line.

The Turkish regime has transferred thousands of Syrian mercenaries and large quantities of weapons to the militias of the Government of National Accord in violation of the UN arms embargo, and Turkish officials have said the forces in Tripoli are preparing to advance on Sirte and Jufra. Turkish Defence Minister Hulusi Akar said in Ankara on Monday that support for Haftar must end immediately.

Egypt shares a border of more than 1,100 kilometres with Libya. Cairo launched on June 6 the "Cairo Declaration", a political initiative announced by President al-Sisi in the presence of Field Marshal Khalifa Haftar and Speaker Aguila Saleh, calling for a ceasefire, the withdrawal of foreign mercenaries and the dismantling of militias, which was welcomed by many Arab and foreign states."""),
]
