# Set 43 article texts, part 2: late April - June 2019 events.
from data_part1 import MWS_BOILER

ARTICLES_2 = [
# ---------------------------------------------------------------- E5 Erdogan-Sarraj phone call April 28
("erdogan_sarraj_phone_call_2019_04_28", "2019-04-29", "Bosphorus News Agency",
"President Erdoğan tells Sarraj Türkiye will use all its means against conspiracy targeting Libya",
"""ANKARA (BNA) - President Recep Tayyip Erdoğan has told the head of Libya's legitimate government that Türkiye will mobilise all of its capabilities to thwart the conspiracy being waged against the Libyan people.

Erdoğan spoke by phone on Sunday evening with Fayez al-Sarraj, Chairman of the Presidential Council of Libya's UN-recognised Government of National Accord (GNA), according to a statement from the Presidential Council's media office.

During the call, Erdoğan reiterated Türkiye's condemnation of the attack on Tripoli launched by putschist Khalifa Haftar and said Ankara would stand firmly by the Libyan people and support the legitimate government. He stressed that there is no military solution to the crisis in Libya and that the political path is the only way to build the civilian state Libyans aspire to.

Sarraj thanked the Turkish president for Türkiye's clear stance and said the forces of the legitimate government were defending the capital and the democratic choice of Libyans with determination. The two leaders agreed on the need to strengthen bilateral relations and to activate existing cooperation agreements between the two countries, the statement said.

Days earlier, Erdoğan had said that in Libya there was a government that derives its legitimacy from the people on one side and, on the other, a dictator backed by some Arab countries and Europe, vowing that Türkiye would do everything in its power to prevent Libya from becoming another Syria.

Haftar's illegal militia launched an offensive on April 4 to seize Tripoli, home to the internationally recognised government, but has been held back on the southern outskirts of the city. Hundreds of people have been killed and tens of thousands displaced, according to the United Nations.

Sarraj visited Ankara on March 20, where he was received by President Erdoğan at the Presidential Complex.

Libya has been torn by turmoil since 2011, when a NATO-backed uprising led to the ouster of Muammar Gaddafi after more than four decades in power."""),

("erdogan_sarraj_phone_call_2019_04_28", "2019-04-28", "Libya Now 24",
"Erdogan to Al-Sarraj: We will harness all capabilities of our country to prevent the conspiracy against the Libyan people",
"""Libya Now 24 - The head of the Presidential Council of the Government of National Accord, Fayez al-Sarraj, conducted this evening Sunday a telephone call with the Turkish President Recep Tayyip Erdogan, according to the media office of the Presidential Council.

The call dealt with the latest developments of the political situation and the field conditions on the ground, where Erdogan renewed the condemnation of his country and its denunciation of the aggression launched on the capital Tripoli, and the conspiracy being woven against Libya and its stability.

And Erdogan said that he will harness all the capabilities of his country to prevent this conspiracy against the Libyan people, confirming that his country will stand firmly beside the Libyans and will support the legitimate government represented by the Government of National Accord.

He also confirmed that there is no military solution to the Libyan crisis and that the political track is the only track to build the civil state to which all Libyans aspire.

For his part, al-Sarraj expressed his thanks to President Erdogan and the Turkish government for the clear position, affirming that his forces defend with all strength the capital and the choice of the Libyan people for the civil state, and will continue until the attacking forces are pushed back to where they came from.

The two sides affirmed at the end of the call on strengthening bilateral relations, developing cooperation and activating the joint agreements between the two countries.

Read also: The White House: Trump discussed with Haftar by telephone the efforts of counterterrorism

It is worth mentioning that the forces of the Field Marshal Khalifa Haftar began since the fourth of April an attack to control Tripoli, and the confrontations are still going on in the southern axes of the capital, in Ain Zara, Wadi al-Rabie and the airport road.

Read also: The Volcano of Rage announces progress in the axis of Ain Zara"""),

# ---------------------------------------------------------------- E6 Turkish armoured vehicles May 18
("turkish_armoured_vehicles_tripoli_port_2019_05_18", "2019-05-19", "Gulf Eye News",
"Turkish armoured vehicles unloaded in Tripoli in flagrant breach of UN arms embargo",
"""Abu Dhabi - Gulf Eye News

A ship carrying dozens of Turkish-made armoured vehicles and quantities of weapons docked on Saturday at the port of Tripoli, in a flagrant violation of the UN arms embargo on Libya and a new proof of Ankara's military support for the militias fighting the Libyan National Army.

Photographs and videos published by the Samoud Brigade, led by Misrata militia leader Salah Badi, who is under UN and US sanctions for his role in the 2014 destruction of Tripoli's international airport, showed around 40 BMC Kirpi mine-resistant vehicles being driven off the roll-on/roll-off vessel "Amazon", which flies the flag of Moldova.

Ship-tracking data show that the vessel left the Turkish Black Sea port of Samsun on May 9 and called at Izmir before sailing for Tripoli, where it arrived early on Saturday morning.

The Kirpi is produced by BMC, a company partly owned by Qatari military interests and a Turkish businessman close to President Recep Tayyip Erdogan.

The Libyan National Army's spokesman, Major General Ahmed al-Mismari, has repeatedly accused Turkey and Qatar of supplying the militias with weapons and drones and of sponsoring terrorism in Libya. Army officials said the new shipment confirmed that the Turkish occupation project in Libya was no longer hidden, and called on the Security Council to act.

This is not the first Turkish violation. In December, customs officers at Khoms port seized containers of weapons and ammunition arriving from Turkey, and in January thousands of Turkish pistols were found hidden in a container at Misrata port.

The shipment came after the interior minister of the Tripoli government, Fathi Bashagha, and the head of the High Council of State, Khaled al-Mishri, a Muslim Brotherhood figure, visited Turkey earlier this month. In late April Erdogan promised Fayez al-Sarraj in a phone call that Ankara would use all its means to support his government.

The army launched its operation to liberate Tripoli from the militias on April 4.

This website uses cookies. By continuing to browse you agree to our use of cookies. Learn more | Accept"""),

("turkish_armoured_vehicles_tripoli_port_2019_05_18", "2019-05-19", "Mediterranean Wire Service",
"Tripoli forces get armoured vehicles as Turkish-made trucks seen at port",
"""TRIPOLI (MWS) - Forces allied with Libya's internationally recognised government in Tripoli have received a shipment of armoured vehicles and weapons, the government said, as it struggles to repel a six-week-old offensive by eastern commander Khalifa Haftar.

The Government of National Accord (GNA) said on its Facebook page on Saturday that it had reinforced its forces with armoured vehicles, ammunition and "qualitative weapons", without saying where they came from.

Pictures posted by an armed group allied to the government showed dozens of Turkish-made BMC Kirpi armoured vehicles at Tripoli port after being unloaded from a cargo ship that shipping data showed had sailed from the Turkish port of Samsun. There was no comment from Turkish officials.

Libya is subject to a UN arms embargo imposed in 2011. UN experts have reported violations by several foreign states. Diplomats say Haftar's Libyan National Army (LNA) has received support from the United Arab Emirates and Egypt, while Turkey has been an open political backer of the Tripoli government.

Haftar's forces have failed to breach Tripoli's southern defences since his offensive began on April 4. Hundreds of people have been killed and tens of thousands forced from their homes, according to the United Nations.

UN envoy Ghassan Salamé is due to brief the Security Council next week. Prime Minister Fayez al-Serraj toured European capitals this month, meeting leaders in Rome, Berlin, Paris and London to press for pressure on Haftar to withdraw.

""" + MWS_BOILER + """

(Reporting by MWS Tripoli bureau; additional reporting by Selin Aras in Istanbul)"""),

("turkish_armoured_vehicles_tripoli_port_2019_05_18", "2019-05-20", "NewsHub247",
"40 Turkish armored vehicles reach Tripoli port aboard Moldovan ship 'Amazon'",
"""[ad_1]

NewsHub247 - World News

Home » Africa » 40 Turkish armored vehicles reach Tripoli port aboard Moldovan ship 'Amazon'

A consignment of around 40 Turkish-built armored vehicles reached the port of Tripoli on Saturday, according to photographs circulated by pro-government armed groups, in what critics called a clear breach of the United Nations arms embargo on Libya.

The vehicles, identified as BMC Kirpi ("hedgehog" in Turkish) mine-resistant ambush-protected trucks, were seen being unloaded from the Amazon, a roll-on/roll-off cargo ship registered in Moldova. Tracking websites showed the vessel sailing from Samsun on Turkey's Black Sea coast earlier in the month.

The Government of National Accord (GNA) of Fayez al-Sarraj did not say who supplied the shipment but confirmed it had received armored vehicles, ammunition and weapons to defend the capital against the attack launched on April 4 by Khalifa Haftar's Libyan National Army (LNA).

The LNA, which accuses Ankara and Doha of backing "terrorist militias", said the delivery proved foreign interference and vowed a response. Turkey has not commented.

Several Turkish arms shipments have been intercepted in Libya in recent months, including at the ports of Khoms and Misrata.

Analysts say the arrival of the Kirpi vehicles could help Tripoli's defenders, who have been fighting in the southern districts of Ain Zara, Salah al-Din and along the airport road for six weeks.

Related Articles
Libya: UN warns of rising civilian toll in Tripoli fighting
Sarraj wraps up European tour with call to halt Haftar offensive
Erdogan pledges support to Tripoli government in phone call

Share this:
Click to share on Twitter (Opens in new window)
Click to share on Facebook (Opens in new window)

[ad_2]
Source link"""),

# ---------------------------------------------------------------- E7 Gharyan recaptured June 26
("gna_recaptures_gharyan_2019_06_26", "2019-06-26", "Libya Horizon",
"Volcano of Rage forces liberate Gharyan, aggressor's main operations room falls",
"""Tripoli - Libya Horizon

Forces of the Government of National Accord, taking part in the Volcano of Rage operation, announced on Wednesday that they have taken full control of the city of Gharyan, which the aggressor Khalifa Haftar had turned into the main operations room and supply base of his attack on the capital.

The spokesman of the GNA forces, Mohammed Gnounou, said the city was liberated after a swift and surprise attack carried out in coordination with the sons of Gharyan from inside the city, and that the attacking forces collapsed within hours. He said large quantities of weapons, ammunition and vehicles had been seized, and dozens of Haftar's fighters taken prisoner.

Videos published by the operation's media office showed fighters celebrating in the city centre and inside the headquarters used by Haftar's commanders, as well as residents welcoming the forces in the streets.

Gharyan, about 100 kilometres south of Tripoli in the Western Mountain, fell into the hands of Haftar's forces in the first days of the aggression at the beginning of April, when their columns passed through it on their way to the southern outskirts of the capital. Since then it has served as the command centre and the main route for supplies and reinforcements to the front lines.

Military sources said the commanders of the attacking forces fled toward the south, and that the liberation of Gharyan cuts the supply line of Haftar's forces on the southern axes of Tripoli.

The Chairman of the Presidential Council, Fayez al-Sarraj, congratulated the people of Gharyan and the fighters, and called on the remaining forces still supporting the aggressor to lay down their weapons and return to their families."""),

("gna_recaptures_gharyan_2019_06_26", "2019-06-27", "Haber Pusulası",
"Libya army took back Garyan from putschist Hafter",
"""Haber Pusulası | World | 27 Haziran 2019

Libya's BM recognised National Accord Government (UMH) forces, took back yesterday (26 Haziran Çarşamba) Garyan city which is the most important base of darbeci Hafter militias in the attack to Trablus.

According to UMH spokesman Muhammed Gununu, the forces of the government with the support of the inhabitants of Garyan made surprise operation and the city taken under control completely. In the operation many Hafter militias were captured, a big amount of weapon and ammunition were seized.

Garyan city which is located nearly 100 kilometre south of Trablus, was captured by Hafter militias at the beginning of Nisan, and since then was used as the operation centre of the attacks against the capital.

Hafter side claimed that in the Garyan operation, the UMH forces had air support of Turkish İHA. Cumhurbaşkanı Erdoğan on 20 Haziran said that Turkey gives the support to the legitimate government in frame of military cooperation agreement and this support provided balance in the field.

Since 4 Nisan in the attacks of Hafter to Trablus, according to World Health Organisation (DSÖ) hundreds of people lost their lives.

İmamoğlu received his mazbata, started to the duty

Istanbul Büyükşehir Belediye Başkanlığı seçimini 23 Haziran kazanan CHP'li Ekrem İmamoğlu, received his mazbata today from İl Seçim Kurulu in Çağlayan Adliyesi. İmamoğlu after the ceremony passed to Saraçhane and started officially to the duty of the mayor.

İmamoğlu in his speech said that he will be the mayor of all 16 million Istanbul people, he thanked to the citizens who went to the ballot box. The election of 31 Mart was cancelled by YSK and the renewed election was made on 23 Haziran.

Etiketler: Libya, Hafter, Garyan, UMH, İmamoğlu, İstanbul

Exit mobile version"""),

("gna_recaptures_gharyan_2019_06_26", "2019-06-27", "The Northern Chronicle",
"Loss of Gharyan deals heaviest blow yet to Haftar's Tripoli campaign",
"""By Helen Marchetti, Tunis

Less than three months after Khalifa Haftar's columns swept through it on their way to Tripoli, the mountain town of Gharyan is back in the hands of forces loyal to Libya's UN-recognised government, a reversal that analysts say punctures the aura of momentum the field marshal has tried to project.

Pro-government forces stormed the town on Wednesday in an attack coordinated, they said, with residents who rose up from inside. By the evening their fighters were filming themselves in the compound that served as the headquarters of Haftar's western operations, and the government's spokesman, Mohammed Gnounou, declared the town fully under control. Footage circulated of dozens of captured Libyan National Army fighters; the LNA spoke of treachery and said it would retake the town.

Gharyan matters because of its position. It sits on the escarpment roughly 100km south of the capital and commands the main road to the LNA's rear bases in Jufra and the south. Since April it has been the hub through which Haftar sent men, fuel and ammunition to the front lines in Tripoli's southern suburbs. Losing it forces the LNA to supply its forward units through Tarhuna, a town whose local militia is allied to Haftar.

The battle for Tripoli has settled into an attritional war fought largely with artillery and, increasingly, drones. UN experts and independent researchers have documented Chinese-made Wing Loong drones flown on behalf of the LNA, widely believed to be operated by the United Arab Emirates, and Turkish-made Bayraktar drones deployed in support of the government. Last month dozens of Turkish-built armoured vehicles were unloaded at Tripoli's port. On June 20, President Recep Tayyip Erdoğan openly acknowledged that Turkey was supplying arms to the Tripoli government under a military cooperation agreement, saying it had allowed them to rebalance the fight.

Haftar's camp claimed on Wednesday that Turkish drones had provided air cover for the assault, an accusation that is likely to sharpen the LNA's rhetoric against Ankara.

Diplomatically, the offensive has left the field marshal in an odd position. In April, Donald Trump spoke to him by telephone and praised his role in fighting terrorism, a call many in Tripoli read as a green light. Since then Washington has drifted back to calls for a ceasefire. France and Italy remain at odds, and the Security Council has failed to agree even a formal statement.

According to the World Health Organization, around 700 people have been killed since April 4 and close to 100,000 displaced. The fall of Gharyan will not end the war, but it may persuade Haftar's foreign backers that Tripoli will not fall quickly, if at all."""),

# ---------------------------------------------------------------- E8 Haftar threat against Turkish interests June 28
("haftar_orders_attacks_turkish_interests_2019_06_28", "2019-06-28", "Mediterranean Wire Service",
"Libya's Haftar orders forces to target Turkish ships and interests",
"""BENGHAZI (MWS) - Eastern Libyan commander Khalifa Haftar has ordered his forces to attack Turkish ships and interests in Libya, his spokesman said on Friday, accusing Ankara of backing his rivals in Tripoli.

Ahmed al-Mismari, spokesman of the Libyan National Army (LNA), told a news conference in Benghazi that the air force had been instructed to target Turkish vessels in Libyan waters, and that Turkish companies and projects were legitimate targets. Flights between Libya and Turkey would be halted and Turkish nationals in Libya arrested, he said.

The announcement came two days after forces allied to the Tripoli government retook the town of Gharyan, the LNA's main forward base. Mismari said Turkish aircraft had provided air cover for the assault.

""" + MWS_BOILER),

("haftar_orders_attacks_turkish_interests_2019_06_28", "2019-06-29", "Nile Gazette",
"Libyan army declares Turkish ships and interests legitimate targets over Ankara's 'aggression'",
"""Cairo - Nile Gazette

The General Command of the Libyan National Army has declared Turkish ships, companies and strategic sites in Libya legitimate targets, in response to what it described as open Turkish aggression against the Libyan people and direct participation in the fighting alongside the terrorist militias in Tripoli.

Army spokesman Major General Ahmed al-Mismari announced at a press conference in Benghazi on Friday evening that the General Commander, Field Marshal Khalifa Haftar, had given orders to the air force to target Turkish ships and boats in Libyan territorial waters, and to the ground forces to target Turkish strategic sites. All projects belonging to the Turkish state were now considered targets, flights to and from Turkey were banned, and Turkish citizens inside Libya would be arrested, he said.

Al-Mismari said Turkish officers and drones had taken part in the attack on Gharyan on Wednesday, accusing Turkish aircraft of bombing army positions and providing cover for the militias. He said 43 soldiers had been killed in the battle for the city, and that the wounded had been executed in the field hospital, an accusation the Tripoli side denies.

Following the announcement, Benina International Airport in Benghazi suspended all flights to and from Istanbul.

The army has long warned of the Turkish occupation project in Libya. Last month a Moldovan-flagged ship unloaded dozens of Turkish armoured vehicles at Tripoli port, and President Erdogan himself admitted last week that his country is supplying weapons to the Tripoli government.

The Libyan National Army, which restored security to Benghazi, Derna and the south, launched its operation to free the capital from the militias on April 4. Military sources said the loss of Gharyan was temporary and that the army's units remain deployed on all axes around Tripoli."""),

("haftar_orders_attacks_turkish_interests_2019_06_28", "2019-06-29", "Bosphorus News Agency",
"Türkiye will respond to any threat, officials say after Haftar militia's hostile statements",
"""ISTANBUL (BNA) - Turkish officials on Saturday signalled that Ankara would not remain silent in the face of threats by the illegal militia of putschist Khalifa Haftar, after the militia's spokesman announced that Turkish ships, companies and citizens in Libya would be targeted.

Asked about the threats in Osaka, where he attended the G20 leaders' summit, President Recep Tayyip Erdoğan said he had not yet been informed of the details, but that Türkiye would take the necessary steps after assessing the situation.

On Friday evening, Ahmed al-Mismari, the spokesman for Haftar's forces, claimed that Turkish ships in Libyan waters and Turkish companies and projects had become "legitimate targets", announced a ban on flights to and from Türkiye and said Turkish nationals would be detained.

The High Council of State in Tripoli condemned the statements, describing them as amounting to a declaration of war, and said the legitimate government would confront any attack on Turkish interests in Libya.

The threats came after forces of Libya's UN-recognised Government of National Accord (GNA) liberated the strategic city of Gharyan on Wednesday, dealing a heavy blow to Haftar's militia, which has been trying to seize Tripoli since April 4.

Türkiye supports the legitimate government in Tripoli. On June 20, President Erdoğan said Türkiye provides support to the GNA within the framework of a military cooperation agreement, and that this support had helped restore the balance on the ground.

Turkish construction firms have a long history in Libya, where they carried out billions of dollars' worth of projects before the 2011 revolution, and Libyan carriers operate regular flights between Libyan cities and Istanbul, one of the main gateways for Libyan travellers.

Libya has remained beset by turmoil since 2011, when a NATO-backed uprising led to the ouster and death of Muammar Gaddafi."""),

# ---------------------------------------------------------------- E9 Turkish sailors detained June 30 / released July 1
("turkish_sailors_detained_2019_06_30", "2019-06-30", "Bosphorus News Agency",
"Türkiye demands immediate release of six citizens held by Haftar's illegal militia",
"""ANKARA (BNA) - Türkiye on Sunday demanded the immediate release of six Turkish citizens detained in Libya by the illegal militia loyal to putschist Khalifa Haftar, warning that Haftar elements would otherwise become legitimate targets.

"The detention of six of our citizens by the illegal Haftar militia is an act of banditry and piracy," the Foreign Ministry said in a written statement. "We expect our citizens to be released immediately. Otherwise Haftar elements will become legitimate targets."

The ministry did not say where or when the citizens were detained.

Earlier on Sunday, National Defence Minister Hulusi Akar, speaking to reporters in Osaka, Japan, after the G20 summit, said that any hostile attitude or attack against Türkiye would carry a very heavy price and would be met in the most effective and strongest manner. Türkiye has taken all measures against any threat, Akar said.

The Turkish Embassy in Tripoli also advised Turkish citizens to avoid steps that could put their security at risk in the areas under the control of the illegal militia.

On Friday, Haftar's spokesman Ahmed al-Mismari announced that Turkish ships and companies would be targeted, flights between Libya and Türkiye banned and Turkish nationals arrested. The threats followed the liberation of Gharyan by the forces of the legitimate Government of National Accord on Wednesday.

Türkiye has supported the UN-recognised government in Tripoli against the offensive launched by Haftar on April 4."""),

("turkish_sailors_detained_2019_06_30", "2019-07-01", "MENA Daily Briefing",
"Live: Six Turks freed in Libya after Ankara warning; LNA claims drone strike at Mitiga; Sudan marches",
"""MENA Daily Briefing - live updates, Monday 1 July 2019. All times GMT.

15:40 - Six Turkish citizens detained by Haftar's forces released

Six Turkish nationals held in eastern Libya by forces loyal to Khalifa Haftar have been freed, Turkey's foreign ministry says. Ministry spokesman Hami Aksoy said the six had returned to their ship and chose to continue working rather than come home. Turkish media described them as sailors working on a vessel owned by a Libyan; a source in Ankara told us they were released in the Ajdabiya area, south of Benghazi.

The release comes less than a day after Ankara warned that Haftar's forces would become "legitimate targets" if the men were not freed. Turkey's defence ministry denied pro-LNA media reports that the detainees included military personnel.

13:05 - Oktay: consequences would be severe

Vice President Fuat Oktay said early on Monday that those responsible would become a legitimate target if Turkish citizens were not freed immediately, and that the consequences would be severe.

11:20 - LNA spokesman backtracks

Ahmed al-Mismari, who on Friday announced that Turkish nationals in Libya would be arrested, said overnight he had no knowledge of the detention of any Turks. Local officials in Ajdabiya had earlier spoken of two Turks being held.

09:50 - LNA says it destroyed "Turkish drone" at Mitiga

Haftar's Libyan National Army said on Sunday its air force destroyed a Turkish drone on the ground at Mitiga airport in Tripoli. There was no confirmation from the Tripoli government. The LNA has repeatedly said Turkish personnel operate drones from Mitiga, and declared a general mobilisation after losing the town of Gharyan last week.

08:15 - Sudan: protesters back on the streets

Tens of thousands marched in Khartoum and other cities on Sunday to demand civilian rule, the biggest protests since the June 3 crackdown. Medics linked to the protest movement reported several people killed.

07:30 - Trump steps into North Korea

US President Donald Trump briefly crossed into North Korea at the demilitarised zone on Sunday and met Kim Jong Un, agreeing to restart working-level nuclear talks.

Refresh for updates."""),

("turkish_sailors_detained_2019_06_30", "2019-07-01", "RusWorld Today",
"Turkish citizens detained by Haftar's forces in Libya released - reports",
"""Six Turkish nationals who had been detained in Libya by forces loyal to Field Marshal Khalifa Haftar, commander of the Libyan National Army (LNA), have been released, Turkish broadcasters reported on Monday, citing the Turkish Foreign Ministry.

Turkish television said all six were sailors. They reportedly chose to stay in Libya and continue working aboard their ship.

On Sunday, authorities in the LNA-controlled eastern city of Ajdabiya said that two Turkish citizens had been detained. Ankara, however, put the number at six and warned that it would regard Haftar's forces as legitimate targets if its citizens were not released without delay. Turkish Defence Minister Hulusi Akar also warned that any attack on Turkish interests would be met with a strong response.

The detentions followed an order by Haftar, announced on Friday by LNA spokesman Ahmed al-Mismari, to target Turkish ships and companies in Libya, halt flights to Turkey and detain Turkish citizens. The LNA accuses Ankara of supplying weapons and drones to the Tripoli-based Government of National Accord (GNA) of Fayez al-Sarraj and of helping GNA forces retake the town of Gharyan last week.

Turkey openly backs the GNA. The LNA, which controls eastern and much of southern Libya, has been waging an offensive against Tripoli since early April.

Moscow has repeatedly called on the Libyan parties to cease hostilities and return to the negotiating table under UN auspices."""),
]
