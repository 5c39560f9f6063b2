G3 = "turkey_says_ras_al_ain_town_taken_2019_10_12"

ARTICLES = [
dict(group=G3, published="2019-10-12", outlet="Levant Wire Service",
title="Turkey says it has taken Syrian border town of Ras al-Ain; Kurdish forces deny",
text="""AKCAKALE, Turkey (LWS) - Turkey's defence ministry said on Saturday its forces had taken control of the centre of Ras al-Ain, one of two border towns at the focus of Ankara's offensive in northeast Syria, but the Kurdish-led Syrian Democratic Forces said fighting was still going on inside the town.

"The residential centre of Ras al-Ain east of the Euphrates has been taken under control as a result of successful operations within the scope of Operation Peace Spring," the ministry said on Twitter, on the fourth day of the assault.

An SDF official said the claim was false and that its fighters were resisting Turkish-backed Syrian factions on the town's edges. A spokesman for the Syrian National Army, the Turkey-backed rebel force, said separately that its fighters had cut the road linking Ras al-Ain and Tal Abyad, the other main target, and had captured 18 villages in an advance on what he called a new front between the two towns.

The Syrian Observatory for Human Rights, a British-based war monitor, said Turkish troops and allied fighters had entered an industrial area of Ras al-Ain but had not taken full control.

Turkey says it has "neutralised" hundreds of YPG militants since the operation began on Wednesday. The figures could not be independently verified, and the SDF has given much lower numbers for its own losses.

On the Turkish side of the border, mortar and rocket fire from Syria has killed civilians in the towns of Akcakale and Nusaybin in recent days, according to Turkish officials, who blame the YPG. A Turkish soldier was killed on Thursday, the ministry said.

The United Nations says more than 100,000 people have fled their homes in northeast Syria since the start of the offensive.

Turkey launched the incursion after U.S. troops pulled back from the border area earlier in the week, a move widely criticised in Washington as abandoning a loyal ally. On Friday the Pentagon said Turkish artillery fire had landed near U.S. special forces near Kobani; no Americans were hurt.

Turkey regards the YPG, the main component of the SDF, as an extension of the Kurdistan Workers Party (PKK), which has waged an insurgency inside Turkey since 1984 and is designated a terrorist organisation by Ankara, Washington and the European Union. The SDF was Washington's main ground partner in the campaign that ended Islamic State's territorial rule in Syria in March.

(Reporting by LWS correspondents in Akcakale and Beirut; writing by Dan Kessler; editing by Mark Ferris)""" ),

dict(group=G3, published="2019-10-12", outlet="Anatolia Daily Herald",
title="Ras al-Ayn town center under control, says Turkish defense ministry",
text="""ANKARA - Turkish forces have taken control of the town center of Ras al-Ayn in northern Syria as part of Operation Peace Spring, the National Defense Ministry said on Saturday.

"As a result of the successful operations being carried out within the scope of Operation Peace Spring east of the Euphrates, the residential center of Ras al-Ayn has been taken under control," the ministry said in a tweet.

The town lies across the border from Ceylanpinar district in Turkey's southeastern Sanliurfa province and has been one of the main targets of the operation, which was launched on Wednesday to clear northern Syria of PKK/YPG and Daesh terrorists.

Syrian National Army fighters earlier said they had cut the M4 highway and the road between Ras al-Ayn and Tal Abyad, isolating terrorist positions in the area. The SNA also liberated a number of villages around Tal Abyad, including villages on the southern side of the town, according to a statement.

Since the start of the operation, more than 400 terrorists have been neutralized, the ministry said in a separate statement. Turkish authorities often use the word "neutralized" to imply the terrorists in question surrendered or were killed or captured.

Meanwhile, YPG/PKK terrorists continued to target civilians in Turkish border districts. In Nusaybin, a district of Mardin province, mortar shells fired from the Syrian town of Qamishli killed several civilians on Thursday, among them a nine-month-old baby, Governor's Office officials said. In Akcakale, rockets hit residential areas.

President Recep Tayyip Erdogan said on Friday that Turkey would not stop the operation "no matter what anyone says".

"Some are threatening us with sanctions. They have started to threaten us with economic sanctions. We will not stop," Erdogan said.

The operation is being carried out in accordance with international law and the right of self-defense, Ankara says, and aims to establish a safe zone for the return of Syrian refugees.

In its more than 30-year terror campaign against Turkey, the PKK, listed as a terrorist organization by Turkey, the US and the EU, has been responsible for the deaths of some 40,000 people, including women, children and infants. The YPG is the PKK's Syrian offshoot.

------
Related
- Turkish soldier martyred in PKK/YPG attack in northern Syria
- Hundreds of Syrians in Gaziantep volunteer to join Peace Spring
- Mehmetcik receives prayers from across Turkey
Share this:
Exit mobile version""" ),

dict(group=G3, published="2019-10-13", outlet="Armour & Airpower Monitor",
title="Analysis: Ras al-Ain claim shows Turkey leaning on proxies and fire support in Peace Spring ground phase",
text="""ANALYSIS | Land Warfare | Middle East

Turkey's announcement on 12 October that the "residential centre" of Ras al-Ain had been brought under control marked the first claimed capture of a major town in Operation Peace Spring. Within hours the Syrian Democratic Forces (SDF) disputed it, and open-source imagery from the day suggested that Turkish-backed units had reached the town's outskirts and industrial district rather than its core. The gap between the claim and the evidence is itself instructive about how Ankara is fighting this campaign.

Two axes, one template

The ground phase, which began on the evening of 9 October, has so far been concentrated on two axes: Tal Abyad, opposite Akcakale, and Ras al-Ain, opposite Ceylanpinar. Both follow the template Turkey refined in Operation Olive Branch in Afrin (January to March 2018): heavy preparatory fires from T-155 Firtina self-propelled howitzers and multiple rocket launchers on the Turkish side of the border, strikes by F-16s and armed drones on command posts and tunnel entrances, and then advances led by fighters of the Turkish-backed Syrian National Army (SNA), with Turkish armour, engineers and special forces in support.

The SNA's role is significant. It allows Ankara to limit Turkish casualties and to present the operation as partly Syrian. It also carries risks. Several of the factions involved were accused by monitors of abuses in Afrin, and videos circulating on 12 October appeared to show SNA fighters executing captives on the M4 highway south of the border zone. Such incidents can damage Turkey diplomatically faster than any battlefield setback.

Cutting the M4

The SNA statement that its units had cut the road between Tal Abyad and Ras al-Ain, and reached the M4 - the main east-west artery through the northeast - matters more operationally than the fight for Ras al-Ain itself. It isolates the two towns from each other and complicates SDF reinforcement. A penetration of some 30 km to the M4 also corresponds roughly to the depth of the "safe zone" Ankara has demanded.

Defensive limits

The SDF was built as a light infantry force optimised for fighting Islamic State with US air support. It has no air defence beyond small arms and heavy machine guns and has lost the intelligence, surveillance and reconnaissance cover provided by the coalition. In Ras al-Ain it has relied on tunnels, improvised explosive devices and snipers in built-up areas, which is why Turkish-backed units appear to have been reluctant to clear the town street by street.

The SDF also dismantled some of its border fortifications between August and September under the US-Turkish "security mechanism", which reduced the depth of its prepared defences.

What to watch

Three factors will shape the next phase: whether Turkish forces push towards Kobani and Manbij west of the current axes, whether the SDF turns to Damascus and Moscow for protection, and how long Ankara can sustain the political cost in Washington and Europe. Germany and France have already announced restrictions on arms exports to Turkey, though neither is a decisive supplier of the systems being used.

Turkey's domestic defence industry, which produces the Bayraktar TB2 and Anka drones, the Kirpi armoured vehicle and the T-155, has been a central part of the campaign narrative at home. Footage released by the defence ministry has featured domestically produced systems prominently.""" ),
]
