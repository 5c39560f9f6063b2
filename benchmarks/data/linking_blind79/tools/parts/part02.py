G = "turkish_armoured_vehicles_arrive_tripoli_port_2019_05_18"

ARTICLES = [
dict(group=G, published="2019-05-19", outlet="Emirates Horizon",
title="Turkish armoured vehicles unloaded at Tripoli port in open breach of UN arms embargo",
text="""Exit mobile version

Turkish armoured vehicles unloaded at Tripoli port in open breach of UN arms embargo

Emirates Horizon - Abu Dhabi

A cargo ship carrying dozens of Turkish-made armoured vehicles and a quantity of weapons docked at the port of Tripoli on Saturday and unloaded its cargo for the militias fighting the Libyan National Army (LNA) on the southern edges of the capital, in what Libyan military sources described as a flagrant violation of the UN arms embargo on Libya.

Photographs and video clips published on Saturday by the so-called Samoud Brigade, the militia led by Misratan commander Salah Badi, showed rows of BMC Kirpi armoured vehicles, still wrapped for transport, being driven off the roll-on/roll-off vessel Amazon. The group boasted on its Facebook page that the shipment would strengthen the "defenders of Tripoli". Badi is under UN and US sanctions for his role in the 2014 fighting that destroyed Tripoli International Airport.

Ship-tracking data showed that the Amazon, which sails under the flag of Moldova, left the Turkish Black Sea port of Samsun on May 9 and called at a Turkish Mediterranean port before heading to Tripoli, where it arrived early on Saturday morning. Libyan sources estimated the number of vehicles at around 40.

The Kirpi is produced by BMC, a Turkish company in which Qatar's armed forces industry committee holds a large stake alongside a Turkish businessman close to President Recep Tayyip Erdogan.

Neither the Government of National Accord (GNA) of Fayez al-Sarraj nor Ankara commented on the shipment.

The LNA's spokesman, Major General Ahmed al-Mismari, had warned earlier this week that Turkey was supplying the Tripoli militias with weapons and drones, and called on the UN Security Council to act. He said the speed with which the drones had appeared over the battlefield showed that foreign personnel were operating them.

Libyan customs officials at the ports of Misrata and Khoms seized several shipments of Turkish pistols and ammunition between December and January, which were hidden in containers declared as household goods and toys.

The LNA launched its operation to liberate Tripoli from militias on April 4. Since then it has held positions across the southern suburbs of the capital, including the area around the old international airport.

The militias defending the Serraj government had been relying mostly on pick-up trucks mounted with machine guns and a limited number of old armoured vehicles from the Gaddafi-era arsenal. Military experts said the Kirpi, a mine-resistant vehicle designed to protect troops from roadside bombs and small-arms fire, would allow them to move fighters across the southern front lines under fire.

Observers in the region said the delivery confirmed what the Arab coalition backing the LNA had long warned of: that Ankara and Doha are prepared to arm extremist groups in Tripoli to prevent the unification of Libya under its national army.

Related

Egypt, UAE reaffirm support for Libyan army's war on terrorism
LNA air force strikes militia positions south of Tripoli
Mismari: Turkish drones are fighting alongside the militias"""),

dict(group=G, published="2019-05-20", outlet="Armour & Airpower Monitor",
title="Kirpi MRAPs surface in Tripoli: what the Amazon delivery tells us about the Libyan war",
text="""ANALYSIS | Land systems | 20 May 2019

Kirpi MRAPs surface in Tripoli: what the Amazon delivery tells us about the Libyan war

The images that appeared on social media on Saturday 18 May were unambiguous. Lined up on the quay at Tripoli's port, straight off the roll-on/roll-off ship Amazon, were several dozen BMC Kirpi mine-resistant ambush-protected (MRAP) vehicles, many apparently fitted with remote weapon stations. Local estimates put the consignment at about 40 vehicles, alongside crates of weapons and ammunition. The photographs were released not by the Government of National Accord (GNA) but by the Samoud Brigade, a Misratan formation led by the sanctioned commander Salah Badi.

The vessel, flagged in Moldova, is recorded on tracking sites as having sailed from Samsun, where BMC has its main plant, on 9 May, stopping at a Turkish Mediterranean port before arriving at Tripoli early on 18 May. Neither Ankara nor Tripoli has commented. Libya has been under a UN arms embargo since 2011, and any such transfer would require an exemption from the Security Council's sanctions committee.

What the Kirpi brings

The Kirpi ("hedgehog") is a 4x4 MRAP with a V-shaped hull, in Turkish service since the turn of the decade and exported to several countries. It carries a crew plus a section of infantry, offers protection against small-arms fire, artillery splinters and mines, and can mount a machine gun or grenade launcher on a remote station. It is not a tank or an infantry fighting vehicle. Its value in the Tripoli fighting lies in moving fighters across ground swept by mortar and sniper fire, something the pro-GNA forces have been doing with civilian pick-ups and improvised technicals.

The front lines south of the capital, from Ain Zara through Wadi Rabie to the old international airport and Qasr Bin Ghashir, have been largely static since mid-April. Both sides fight in small groups among walled farms, warehouses and half-built houses. In that kind of terrain, protected mobility and the ability to recover casualties under fire matter more than heavy firepower.

The wider pattern

The delivery follows months of reports of Turkish-origin material reaching western Libya. Customs officers at Misrata and Khoms seized shipments of Turkish handguns and ammunition in December and January. The eastern-based Libyan National Army (LNA) has in recent days claimed that Turkish-made armed drones are now operating over Tripoli, something that had not been independently verified by the time of writing.

On the other side, the UN panel of experts has previously documented foreign support to the LNA, including air assets that analysts widely attribute to the United Arab Emirates. Since April the LNA has held a clear edge in the air, using a small fleet of ageing Soviet-era jets and helicopters, as well as Chinese-made Wing Loong drones that outside observers link to Abu Dhabi.

A shipment of MRAPs does not change that balance. What it does signal is a more open Turkish role. President Recep Tayyip Erdogan told Fayez al-Sarraj in a phone call in late April that Turkey would use all its means to prevent what he called a conspiracy against the Libyan people, and GNA interior minister Fathi Bashagha was in Turkey earlier this month.

What to watch

Whether the vehicles appear on the southern front, and in whose hands; whether the UN sanctions committee or the panel of experts takes up the case; and whether the LNA tries to hit the port or the logistics chain behind it. Haftar's forces have already struck Mitiga airport several times since the offensive began on 4 April.

Subscribers can download the full vehicle datasheet and our Libya order-of-battle tracker from the members' area."""),

dict(group=G, published="2019-05-18", outlet="Al-Mourasil Net",
title="A Turkish ship loaded with armored vehicles arrives at the port of Tripoli today, Saturday",
text="""Al-Mourasil Net - Libya

A Turkish ship loaded with armored vehicles arrives at the port of Tripoli today, Saturday

A cargo ship coming from Turkey loaded with dozens of armored military vehicles and weapons arrived, today Saturday, at the port of the Libyan capital Tripoli, according to pictures and videos published by armed formations affiliated with the Government of Accord.

The so-called "Al-Samoud Brigade" led by Salah Badi published on its page on the social networking site "Facebook" pictures showing the unloading of armored vehicles of the type "Kirpi" manufactured by the Turkish company "BMC" from the ship which carries the name "Amazon" and raises the flag of Moldova.

And according to ship tracking websites, the ship departed from the Turkish port of Samsun on the ninth of May the current, before arriving at the port of Tripoli early in the morning of today.

The number of the vehicles was estimated at about forty armored vehicles, in addition to quantities of weapons and ammunition, according to local sources.

And there was no comment from the Presidential Council of the Government of Accord headed by Fayez al-Sarraj, nor from the Turkish side, on the shipment until the time of the publication of this news.

For its part, sources close to the General Command of the Libyan army said that the shipment represents a clear violation of the decisions of the Security Council that ban the export of weapons to Libya, calling on the United Nations to open an investigation.

The Libyan National Army spokesman, Major General Ahmed al-Mismari, had said in a television interview on Monday past that Turkish drones had entered the battle of Tripoli and that the speed of their entry indicates the presence of foreign experts who operate them, accusing Ankara of supporting the militias.

On the other hand, the Minister of Interior in the Government of Accord, Fathi Bashagha, had visited Turkey at the beginning of the current month, according to media reports, in a visit that included a defense exhibition in Istanbul.

It is worth mentioning that the forces of the General Command led by Marshal Khalifa Haftar launched on the fourth of April last an operation to control the capital Tripoli, and the fighting is still continuing in the southern suburbs of the city, amid an exchange of accusations between the two parties of receiving foreign support.

It is worth mentioning also that the Security Council imposed an embargo on arms exports to Libya by its resolution No. 1970 of 2011, and the panel of experts of the United Nations documented in its previous reports violations by several countries supporting the two parties to the conflict.

It is also worth mentioning that the customs authorities in the city of Misrata had announced in January past the seizure of a container coming from Turkey containing thousands of pistols.

Read also: Al-Mismari: Turkish drones participate in the fighting south of Tripoli

Read also: The Red Crescent retrieves bodies from the Ain Zara axis

Share this:
Facebook
Twitter
WhatsApp"""),
]

G2 = "gna_retakes_gharyan_2019_06_26"

ARTICLES += [
dict(group=G2, published="2019-06-26", outlet="Meridian Wire",
title="Libya's Tripoli forces seize Haftar's forward base of Gharyan",
text="""TRIPOLI (Meridian) - Forces allied to Libya's internationally recognised government took control of the town of Gharyan on Wednesday in a surprise attack, dealing the heaviest blow yet to eastern commander Khalifa Haftar's nearly three-month offensive on Tripoli.

Gharyan, a hill town about 100 km (60 miles) south of the capital, has been the main forward base of Haftar's Libyan National Army (LNA) since it moved into the town on the eve of the April 4 push on Tripoli. It served as the LNA's main operations room and as the staging point for troops, weapons and ammunition arriving from the east.

A spokesman for forces loyal to the Government of National Accord (GNA) said the whole town was under their control after fighters moved in from three directions with the help of residents. Pictures posted by pro-GNA groups showed fighters in the town centre and in what they said was the LNA's command centre, and a handful of captured LNA fighters.

A GNA military spokesman said dozens of LNA fighters had been killed and at least 18 taken prisoner. The figures could not be independently verified.

LNA spokesman Ahmed Mismari said "sleeper cells" had allowed GNA-allied forces to enter part of the town, but he did not acknowledge its loss and said the situation was under control. Residents said LNA units had been seen withdrawing south towards the Jufra area.

The GNA said LNA commander Abdelsalam al-Hassi, who led Haftar's western operations from Gharyan, had fled the town.

The fall of Gharyan is expected to complicate the LNA's supply lines to its troops on the southern outskirts of Tripoli, where front lines have barely moved since April. The LNA still holds the town of Tarhouna, southeast of the capital, its second main position in the campaign.

Diplomats said the defeat could weaken Haftar's hand in any future talks. Sarraj last week proposed a national forum that would agree on a road map to elections before the end of the year, but he has ruled out negotiating with Haftar himself. Haftar has rejected calls to pull his forces back to their positions before the offensive.

The World Health Organization says at least 739 people have been killed and more than 4,400 wounded since the offensive began, and the United Nations says tens of thousands of people have been displaced.

Libya has been split since 2014 between rival camps in Tripoli and the east, and has had no stable central authority since the NATO-backed revolt that toppled Muammar Gaddafi in 2011. Haftar's LNA, allied to a parallel administration in the east, launched its offensive on Tripoli on April 4 but has been held on the southern edges of the capital.

The LNA is backed by the United Arab Emirates and Egypt, according to diplomats. Turkey backs the Tripoli government; President Tayyip Erdogan said last week that Ankara was supplying it with weapons under a military cooperation agreement.

(Reporting by Meridian correspondents in Tripoli and Benghazi; Writing by Nadia Corvell; Editing by Simon Aske)"""),

dict(group=G2, published="2019-06-27", outlet="Libya Free Voice",
title="Volcano of Rage forces liberate Gharyan in major blow to Haftar's aggression",
text="""Volcano of Rage forces liberate Gharyan in major blow to Haftar's aggression

June 27, 2019 - 09:40
Posted in: News
Written By: Libya Free Voice staff

The Libyan Army forces of the Government of National Accord (GNA) have taken full control of the city of Gharyan, the main operations room of warlord Khalifa Haftar's forces in the western region, the Volcano of Rage Operation announced late on Wednesday.

The operation's media office said its forces entered the city from three axes on Wednesday morning and, by the afternoon, had seized the downtown area, the hospital, the military camps and the operations room from which Haftar's forces had been running their attack on southern Tripoli since April 4.

Military sources said the operation had been planned for weeks and was kept secret. The GNA forces intensified attacks on the southern Tripoli front lines, including around the old airport and Qasr Bin Ghashir, to make Haftar's commanders believe the main effort would come there, while the real target was Gharyan.

The residents of the city, particularly in the Qawasim area in the north, rose up against Haftar's forces and helped the Libyan Army fighters to enter, the media office said, adding that people came out to the streets to welcome them.

The commander of Haftar's operations room in Gharyan, Abdelsalam Al-Hassi, fled the city along with his aides as his forces collapsed, according to the same sources. Dozens of Haftar's fighters were captured, among them foreign mercenaries, military spokesman Mohamed Gnounou said, adding that large quantities of weapons and ammunition had been seized.

The Presidential Council congratulated the Libyan people on what it described as the liberation of Gharyan, saying the operations would continue until the aggressor forces are driven out of all the areas they entered.

Haftar's spokesman Ahmed Al-Mismari tried to play down the defeat, blaming "sleeper cells" inside the city. Libyans on social media mocked his statement, noting that his forces had entered the same city in April thanks to the defection of a local commander.

The Libyan Army forces also said they had found large stores of ammunition and military equipment left behind by the fleeing forces in the camps of the city, and that the pursuit of the remnants of Haftar's forces was continuing towards the south, in the direction of Al-Asaba and Mizda.

The victory comes after nearly three months of steadfastness on the southern fronts of the capital, where the Libyan Army has held off Haftar's forces in Ain Zara, Wadi Rabie, Salah Al-Din and around the airport despite the daily air strikes carried out by Haftar's foreign-supplied drones on the neighbourhoods of Tripoli.

Gharyan, 100 kilometres south of Tripoli, was the first city Haftar's forces entered in the western region at the start of the aggression and was his main supply base. Its loss leaves the attacking forces on the edges of Tripoli dependent on the longer route through Tarhouna.

Related news:
- GNA air force strikes Haftar's supply lines near Al-Jufra
- Health Ministry: Haftar shelling kills civilians in Abu Salim"""),

dict(group=G2, published="2019-06-28", outlet="The Thames Chronicle",
title="Haftar's march on Tripoli in disarray after loss of key Gharyan base",
text="""World | Africa

Haftar's march on Tripoli in disarray after loss of key Gharyan base

The surprise fall of his main forward base leaves the Libyan commander's three-month offensive stalled, and exposes how deeply foreign powers are now involved

By Our Middle East Correspondent

Friday 28 June 2019

When Khalifa Haftar ordered his troops to march on Tripoli in April, his supporters in Cairo and Abu Dhabi spoke of a campaign that would be over in days. The self-styled Libyan National Army (LNA) had just swept through the south almost unopposed, and its commander assumed the armed groups in the capital would either crumble or switch sides.

Nearly three months later, Haftar has lost the town from which that march began. On Wednesday, forces loyal to the UN-recognised Government of National Accord (GNA) took Gharyan, a hill town on the edge of the Nafusa mountains some 60 miles south of Tripoli, in an operation that appears to have caught the LNA entirely off guard.

Gharyan had been the hub of the LNA's western campaign: the headquarters of its operations room, the depot for fuel and ammunition trucked up from the Jufra airbase, and a field hospital for its wounded. Its loss severs the most direct supply route to the LNA's forces on Tripoli's southern edge.

Pro-GNA fighters entered from several directions with the help, by their own account, of local residents who had chafed under LNA control. The LNA's spokesman blamed "sleeper cells" and insisted the situation was under control, but by Thursday the GNA was showing journalists around the town. Dozens of LNA fighters were reported killed, and the GNA says at least 18 were taken prisoner.

The battle has been brutal in other ways too. Reports that wounded LNA fighters were killed at the town's hospital after it changed hands prompted rights groups to call for an investigation.

A stalemate with foreign fingerprints

The Gharyan operation breaks a stalemate that had set in by mid-April. Since then, the war around Tripoli has been fought street by street in the semi-rural districts of Ain Zara, Wadi Rabie, Salah al-Din and Qasr Bin Ghashir, and around the ruins of the old international airport. The World Health Organization says at least 739 people have been killed, and the UN's refugee agency says tens of thousands of residents have fled their homes. Hundreds of migrants held in detention centres near the front lines remain trapped.

Diplomatically, Haftar appeared to have the wind behind him in April, when the White House disclosed that President Donald Trump had spoken to him by phone and recognised his role in fighting terrorism. France has defended its contacts with the commander. The United Arab Emirates and Egypt have supported him for years, and UN experts have previously documented foreign air assets operating on the LNA's behalf.

The GNA, for its part, has increasingly leaned on Turkey. In May, dozens of Turkish-made armoured vehicles were unloaded at Tripoli port, and Turkish-made drones have since been reported over the battlefield. Last week President Recep Tayyip Erdogan openly acknowledged that Ankara was sending weapons to Tripoli under a military cooperation agreement, saying the support had helped to rebalance the fight. The LNA has repeatedly bombed Mitiga airport, Tripoli's only working airport, claiming to target Turkish drones there.

Both sides are therefore in open breach of a UN arms embargo that has been in place since 2011, and the Security Council has been unable even to agree on a call for a ceasefire.

What comes next

For Haftar, the loss is as much political as military. His claim to be the only force capable of imposing order rested on an aura of momentum. The LNA still holds Tarhouna, the town southeast of the capital that provides its other route to the front, and it retains air superiority. But western diplomats said on Thursday that the defeat would embolden those in Tripoli who argue that there can be no negotiation until the LNA withdraws to its pre-April positions.

There were signs on Friday that the LNA intends to widen the conflict rather than retreat from it. Its spokesman, Ahmed al-Mismari, accused Turkey of directly helping the GNA to take Gharyan, saying Turkish aircraft had provided cover, and said the LNA would treat Turkish interests in Libya as hostile. Ankara did not immediately respond.

Turkey's role is likely to become a flashpoint in its own right. Relations between Ankara and Haftar's camp have been poisonous since at least last November, when Turkey's vice-president walked out of a Libya conference in Palermo after being excluded from a meeting with the eastern commander. Haftar's supporters accuse Turkey and Qatar of backing Islamist militias; the Turkish government describes Haftar as a putschist trying to overturn a UN-recognised government.

The human cost continues to rise. Hospitals in Tripoli are struggling to cope, and shelling has repeatedly hit residential areas in Abu Salim and Ain Zara. Thousands of migrants and refugees remain locked in detention centres close to the front, despite repeated UN appeals for their release.

The UN envoy, Ghassan Salamé, has warned the Security Council that Libya is on the verge of descending into a civil war that could lead to the permanent division of the country. On the evidence of this week, that warning looks increasingly prescient."""),
]
