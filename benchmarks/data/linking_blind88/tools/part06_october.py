G_OCT11 = "noc_lifts_force_majeure_at_sharara_2020_10_11"
G_OCT23 = "noc_lifts_force_majeure_es_sider_ras_lanuf_2020_10_23"

ARTICLES = [
dict(group=G_OCT11, published="2020-10-11", outlet="Bosphorus News Agency",
title="Libya lifts force majeure at largest oilfield Sharara after 'honor agreement' with guards",
text="""
TRIPOLI, Libya (BNA) - Libya's National Oil Corporation (NOC) on Sunday lifted the state of force majeure at Sharara, the country's largest oilfield, after reaching what it called an "honor agreement" with the Petroleum Facilities Guard.

In a statement, the NOC said the guards had pledged to lift every impediment at the field and to stop any further security incidents, which allowed the corporation to end the force majeure and restart output.

Akakus Oil Operations, which runs the field, has been told to begin preparations to pump again while observing safety rules, the statement said.

The NOC said meetings on security arrangements at oil fields and ports, held in the Egyptian city of Hurghada under the auspices of the UN Support Mission in Libya (UNSMIL), had contributed positively to resolving the difficulties facing operations at Sharara.

Sharara, located in the south-west of the country, had a production capacity of around 300,000 barrels per day before it was shut down in January, when militias loyal to putschist Khalifa Haftar closed the pipeline linking it to the coast. A brief restart in early June was halted within days after an armed group allied with Haftar stormed the field, and the NOC later said mercenaries of the Russian Wagner group had entered the site.

Ahmed Maiteeq, deputy head of the Presidential Council of the UN-recognized Government of National Accord (GNA), welcomed the decision as a positive step toward lifting the force majeure on the remaining closed fields and ports.

The NOC lifted force majeure on what it described as secure fields and ports on Sept. 19, a day after Haftar announced the end of the blockade that had cost Libya nearly $10 billion in lost revenue. Force majeure remains in place at the Es Sider and Ras Lanuf terminals, where the NOC has said foreign mercenaries are present.

Sharara's crude is pumped through a pipeline to the Zawiya refinery and port west of Tripoli, and the field also supplies the Ubari power station in the south. Its closure in January forced the Zawiya refinery to halt and contributed to fuel shortages and power cuts around the country.

The blockade was imposed by Haftar's militias and their allied tribal groups on the eve of the Berlin conference in January. In July, the NOC accused the United Arab Emirates, one of Haftar's main backers, of instructing his forces to reimpose the blockade after a single tanker was allowed to load at Es Sider.

Libya's oil output, which fell below 100,000 barrels per day during the blockade, has been gradually rising since the partial lifting of the force majeure last month.

Meanwhile, UN-facilitated talks between delegations of the High Council of State and the Tobruk-based House of Representatives started in Cairo on Sunday.

The GNA's forces, with Turkey's support, ended Haftar's 14-month offensive on the capital Tripoli in June.
"""),

dict(group=G_OCT11, published="2020-10-12", outlet="Libya Energy Digest",
title="NOC lifts force majeure at Sharara under 'honour agreement' with PFG",
text="""
By Alan Marsh.

Libya's National Oil Corporation (NOC) has lifted force majeure at the Sharara oilfield with effect from Sunday 11 October 2020, after reaching what it calls an "honour agreement" with the Petroleum Facilities Guard (PFG).

The NOC says the guard force has pledged to clear every obstacle to operations at the field and to prevent any further security breaches.

The corporation has told the operator, Akakus Oil Operations, to prepare for a restart, with security and operational safety as conditions.

The NOC credited the meetings on security arrangements for oil fields and ports held in Hurghada under UN patronage, saying they helped to ease the obstacles facing Sharara and its associated sites, and thanked all local and international parties for their efforts.

Sharara is developed by the NOC in partnership with Repsol of Spain, Total of France, OMV of Austria and Equinor of Norway. It was producing close to 300,000 bpd before the blockade.

The announcement is the latest in a series of NOC statements on the field this year. Its pipeline to Zawiya was closed at the Hamada valve on 19 January; production restarted on 6 June, only to be forcibly halted on 9 June by an armed group, after which the NOC reimposed force majeure. On 26 June the corporation said Russian and other foreign mercenaries had entered the field, and in July it said Wagner and Sudanese fighters were camped in its vicinity.

Force majeure still applies at Es Sider and Ras Lanuf. The NOC lifted it at "secure" sites on 19 September following the announcement by Khalifa Haftar that the blockade would end, and production has been climbing since then as Brega, Zueitina and Hariga resumed loadings.

Background: Sharara lies in the Murzuq basin, roughly 900 km south of Tripoli, and pipes its crude to the Zawiya refinery and terminal west of the capital. It also feeds crude to the Ubari power station in the south. Its closure in January, together with El Feel, removed about a third of national output at a stroke and forced the Zawiya refinery to stop processing.

The field has a long record of disruption. It was shut for more than two months from December 2018 by local protesters and an armed group, before the LNA took control of the area in early 2019, and the valve at Hamada has been closed several times by armed men seeking payments.

(Source: NOC)
"""),

dict(group=G_OCT11, published="2020-10-12", outlet="Al-Manara Gate",
title="The Oil Corporation lifts the force majeure on Sharara field after an 'honor agreement' with the facilities guard",
text="""
Tripoli - Al-Manara Gate

The National Oil Corporation announced, yesterday Sunday, lifting the state of force majeure on Sharara field, the biggest oil field in Libya, after reaching an "honor agreement" with the Petroleum Facilities Guard.

The corporation said in a statement that according to the agreement, the Petroleum Facilities Guard commits to end all the obstacles that face the field, in a way that guarantees there will be no security breaches, and that enables the corporation to lift the force majeure and to resume the production.

And the corporation added that the instructions were given to the operating company, Akakus, to start the arrangements of the production, taking into consideration the standards of the public security and safety and the safety of the operations.

The corporation pointed out that the meetings of Hurghada, which were held under the patronage of the United Nations mission, about the security arrangements of the oil fields and ports, contributed positively in overcoming the obstacles.

For his part, the Vice President of the Presidential Council, Ahmed Maiteeq, welcomed the decision of the corporation, and considered it a positive step towards lifting the force majeure on the remaining of the closed fields and ports, and alleviating the suffering of the citizens.

It is worth mentioning that Sharara field stopped since last January, after gunmen affiliated with the forces of the retired Major General Khalifa Haftar closed the valve of the pipeline in the Hamada region, and the corporation announced in June the resumption of the production of the field before it stopped again after three days by an armed group coming from Sebha, then it accused the mercenaries of the Russian Wagner company of entering the field.

The corporation had lifted, on the nineteenth of September, the force majeure on the fields and ports which it described as safe, while keeping it on the ports of Sidra and Ras Lanuf because of the presence of the mercenaries, and the production of the country rose gradually since then. The Sharara field is operated by Akakus company, in partnership with the Spanish Repsol, the French Total, the Austrian OMV and the Norwegian Equinor, and its production was about 300 thousand barrels per day before the closure.

It is also worth mentioning that Haftar announced on the eighteenth of last September the resumption of the production and export of oil after an agreement with Maiteeq, which was rejected by the High Council of State and military leaders in the western region.
"""),

dict(group=G_OCT23, published="2020-10-23", outlet="Meridian Wire Service",
title="Libya's NOC lifts force majeure at Es Sider and Ras Lanuf, last ports under blockade",
text="""
TRIPOLI (MWS) - Libya's National Oil Corporation (NOC) lifted force majeure on Friday at the Es Sider and Ras Lanuf oil terminals, the last export ports still closed after an eight-month blockade, saying it had received confirmation that foreign forces had left the port areas.

The corporation said it had told its operating companies to prepare to restart, subject to safety and security checks. With fields operated by Waha and Harouge resuming, it expects national output to reach 800,000 barrels per day within two weeks and to exceed 1 million bpd within four weeks.

More gas will also flow to power plants at Zueitina and north of Benghazi, the NOC said.

But it cautioned that it would struggle to hold those rates, and could not hope to match pre-blockade output, unless it received money in the coming weeks to settle the sector's debts and pay for maintenance and repairs.

Es Sider and Ras Lanuf, in the heart of the so-called oil crescent between Sirte and Brega, are together Libya's largest export outlets. The NOC said in July that fighters from Russia's Wagner Group and Syrian mercenaries had occupied Es Sider.

The announcement came hours after the two sides' military delegations signed a permanent ceasefire agreement in Geneva. Acting U.N. envoy Stephanie Williams said all foreign fighters and mercenaries must leave Libya within three months under the deal.

Under the Geneva agreement, signed by five officers from each side, military units and armed groups are to return to their bases and the Petroleum Facilities Guard is to be restructured. The two sides also agreed to reopen land and air routes between the east and west.

The NOC lifted force majeure on what it called secure sites on Sept. 19, a day after eastern commander Khalifa Haftar announced the end of the blockade, and at the Sharara field on Oct. 11. Output has been recovering steadily since then.

Libya has been divided since 2014 between rival administrations in Tripoli and the east. Haftar's Libyan National Army (LNA) launched an offensive on Tripoli, seat of the internationally recognised Government of National Accord (GNA), in April 2019 that collapsed in June this year. His forces and allied groups shut the oil ports and fields in January, demanding a fairer share of revenue. The NOC has put the cost of the blockade at almost $10 billion. Libya, an OPEC member, is exempt from the output cuts agreed by the group and its allies because of the conflict.

(Reporting by Karim Belhadj in Tunis; Editing by Nadia Kerr)
"""),

dict(group=G_OCT23, published="2020-10-24", outlet="RusNovosti International",
title="Libya's NOC lifts force majeure at Ras Lanuf and Es Sider oil ports",
text="""
MOSCOW, October 24 (RNI) - Libya's National Oil Corporation (NOC) has lifted force majeure at the ports of Ras Lanuf and Es Sider, the last of the country's oil terminals that remained closed after the blockade imposed in January, the company said in a statement.

According to the NOC, it has received confirmation that "foreign forces" have left the port area, which will allow it to carry out operations and resume exports. The statement did not specify which forces were meant.

The company expects Libyan production to rise to 800,000 barrels per day within two weeks and to exceed 1 million barrels within four weeks, as the Waha and Harouge fields resume output. At the same time, the NOC said it could not maintain these levels without additional financing for maintenance and for debts accumulated in the sector.

The decision came on the same day that delegations of the Libyan National Army (LNA) of Field Marshal Khalifa Haftar and of the Government of National Accord in Tripoli signed an agreement on a permanent ceasefire in Geneva, within the framework of the 5+5 joint military commission. The UN called the agreement a historic achievement.

The Geneva agreement provides for the withdrawal of military units and armed groups from the front lines to their bases, the departure of foreign fighters from Libyan territory within three months and the restructuring of the Petroleum Facilities Guard. The sides also agreed to reopen land and air links between the regions.

Most of Libya's oil fields and ports were blocked in January by tribes in territories controlled by the LNA, who demanded a fair distribution of oil revenues among the regions. In September, Haftar announced the resumption of production and export after an agreement with the deputy head of the Presidential Council, Ahmed Maiteeq, which provided for the creation of a joint committee to oversee the distribution of revenues. The LNA described the reopening as the result of a "Libyan-Libyan" dialogue and said it remained committed to the agreement.

Russia has consistently called for a political settlement in Libya on the basis of the decisions of the Berlin conference, and maintains contacts with both Tripoli and the east. Moscow has repeatedly denied that Russian military personnel are involved in the Libyan conflict.

Libya is a member of OPEC but is exempt from the production cuts agreed by the OPEC+ alliance because of the conflict. Analysts note that the return of Libyan barrels may complicate the efforts of OPEC+ to balance the market amid weak demand caused by the coronavirus pandemic.
"""),

dict(group=G_OCT23, published="2020-10-23", outlet="North Africa Brief",
title="Libya briefing, Friday 23 October: Es Sider and Ras Lanuf reopen; Geneva ceasefire signed",
text="""
North Africa Brief - daily round-up

Updated 21:15 Tunis time

Oil: the last ports reopen
The National Oil Corporation lifted force majeure at Es Sider and Ras Lanuf this evening, ending the closure of the country's last two blockaded export terminals. The corporation said it had been told that foreign forces had withdrawn from the port areas. It now projects 800,000 bpd within a fortnight and more than 1 million bpd within a month, as Waha and Harouge bring fields back online, but warned that these levels cannot be sustained without money for debts and repairs. Context: the NOC had accused Wagner and Syrian fighters of occupying Es Sider in July; Sharara was reopened on 11 October; Brega, Zueitina and Hariga have been loading since late September.

Sharara
Akakus has been ramping the field back up since the NOC lifted force majeure there on 11 October under an "honour agreement" with the Petroleum Facilities Guard. El Feel, its smaller neighbour, is still listed under force majeure.

Geneva: permanent ceasefire
Earlier in the day the five-member military delegations of the GNA and LNA signed what the UN called a permanent ceasefire across Libya at talks in Geneva. Acting UN envoy Stephanie Williams said foreign fighters and mercenaries must leave within three months and that both sides would pull their forces back from front lines. The deal also foresees restructuring of the Petroleum Facilities Guard. Turkey's president said he doubted the agreement's credibility.

Politics
The Libyan Political Dialogue Forum is due to open in Tunisia next month, with the UN aiming for agreement on a unified executive and a date for national elections.

Markets
Brent was little changed on the news. Traders have been watching the speed of Libya's recovery closely, with output already well above the 100,000 bpd seen for most of the year.

Subscribe to the North Africa Brief newsletter for the daily round-up in your inbox.
"""),
]
