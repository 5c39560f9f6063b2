G = "eu_launches_operation_irini_2020_03_31"

ARTICLES = [
dict(group=G, published="2020-03-31", outlet="France Monde Dépêches",
title="EU launches naval operation 'Irini' to enforce Libya arms embargo",
text="""
BRUSSELS (FMD) - The European Union on Tuesday formally launched a new military operation in the Mediterranean, named Irini, to enforce the United Nations arms embargo on Libya, replacing the Sophia mission that had been focused on migrant smuggling.

The decision was adopted by the 27 member states by written procedure, as the coronavirus pandemic keeps ministers away from Brussels, six weeks after foreign ministers reached a political agreement on the principle of the mission on 17 February.

"Diplomacy cannot succeed unless it is backed by action," said the head of EU diplomacy, Josep Borrell, in a statement, describing the operation as a contribution to peace in the Union's immediate neighbourhood and to a permanent ceasefire in Libya.

Irini, which means "peace" in Greek, will use ships, aircraft and satellites. Its main task is to carry out inspections on the high seas off the Libyan coast of vessels suspected of carrying arms or related material to or from Libya, under Security Council resolution 2292 of 2016.

As secondary tasks, the operation will gather information on illicit exports of Libyan oil and refined products, contribute to the training of the Libyan coast guard and navy, and help disrupt human smuggling networks through aerial surveillance.

The operation will be commanded from Rome by Italian Rear Admiral Fabio Agostini. Its mandate runs until 31 March 2021. Sophia, launched in June 2015 at the height of the migration crisis, ends on the same day.

The compromise reached in February reflects the reluctance of several capitals, Austria and Hungary first among them, who feared that warships off Libya would act as a "pull factor" for migrants, since they are obliged to rescue people in distress at sea. Ships will be deployed mainly east of Libya, away from the main departure routes in Tripolitania, and ministers will review the operation every four months. If an effect on departures is observed, the maritime assets can be withdrawn.

The embargo, in force since 2011 and the fall of Muammar Kadhafi, is widely flouted. At the Berlin conference on 19 January, the main foreign powers involved in the conflict pledged to respect it, but the United Nations has since reported continued deliveries by air and sea to both camps.

The Government of National Union (GNA) of Fayez al-Sarraj, recognised by the UN, has been fighting since April 2019 an offensive on Tripoli by the forces of Marshal Khalifa Haftar, the strongman of the east, supported by the United Arab Emirates, Egypt and Russia. Turkey supports the GNA militarily, and has sent drones, military advisers and, according to several sources, Syrian fighters.

Diplomats in Brussels acknowledge that a sea-based operation will find it hard to cover arms flows that come by land across the Egyptian border or by air. Member states must still provide the ships and aircraft: a force generation conference is expected in the coming weeks.

bur/jlv/ACB
"""),

dict(group=G, published="2020-04-02", outlet="Tripoli Dispatch",
title="EU's 'Irini' sea mission launched; Tripoli says it turns a blind eye to Haftar's air and land supply lines",
text="""
TRIPOLI DISPATCH
Politics | Thursday 2 April 2020

EU's 'Irini' sea mission launched; Tripoli says it turns a blind eye to Haftar's air and land supply lines

By Osama al-Tarhouni

The European Union's new naval operation to monitor the arms embargo on Libya, launched on Tuesday under the name "Irini", has been met with deep reservations in Tripoli, where officials of the Government of National Accord say its design will strangle the legitimate government's sea route while leaving the war criminal Haftar's supply lines untouched.

Foreign Minister Mohamed Taher Siyala sent a letter to the UN Security Council on Thursday stating that the operation ignores the air corridors and the eastern land borders through which weapons, ammunition and mercenaries have been reaching Haftar's aggressor militias for the past year. Siyala said the European plan was not drawn up in consultation with the Government of National Accord, the only legitimate authority recognised by the United Nations, and was therefore insufficient.

On Wednesday, the House of Representatives members meeting in Tripoli expressed the same position, warning that a mission that watches the sea alone would in practice benefit one side.

The EU Council approved the operation on Tuesday as a replacement for Operation Sophia. It will be commanded from Rome and has a mandate to inspect ships suspected of carrying arms off the Libyan coast, as well as monitoring oil smuggling and training the coastguard.

Officials in Tripoli point out that the UAE has flown dozens of cargo flights to airbases in eastern Libya since January, and that weapons and fuel reach Haftar's forces by road across the Egyptian border. The UN panel of experts has documented the use by Haftar's militias of Emirati-supplied drones and Russian Wagner mercenaries. None of these routes, they say, falls within the operation's main task.

By contrast, Tripoli and Misrata depend on the sea for much of their supplies, including the support provided under the security and military memorandum with Turkey signed in November.

Interior Minister Fathi Bashagha has also criticised the mission's one-sidedness in contacts with European officials, stressing that the aggression on the capital has failed and that the real obstacle to peace is the interference of certain countries that arm Haftar.

The launch comes as forces of the Government of National Accord push ahead with Operation Peace Storm, announced on March 26 in response to Haftar's continuous shelling of residential areas of Tripoli despite the humanitarian truce called for by the UN to face the coronavirus pandemic. Acting UN envoy Stephanie Williams condemned last week the violations of the humanitarian pause.

Share this:
Facebook · Twitter · Telegram

Related
Volcano of Rage: aggressor militias lose positions south of Tripoli
Health ministry: Libya confirms new coronavirus cases in Misrata
"""),

dict(group=G, published="2020-04-01", outlet="Naval Forces Monitor",
title="Analysis: Irini replaces Sophia - an embargo mission in search of ships",
text="""
NAVAL FORCES MONITOR | Operations | Analysis
1 April 2020

Analysis: Irini replaces Sophia - an embargo mission in search of ships

The European Union's Common Security and Defence Policy operation EUNAVFOR MED Irini was formally launched on 31 March by Council decision, ending the five-year run of Operation Sophia. The mandate is narrow on paper and ambitious in intent; what it lacks, for now, are hulls.

Mandate

Irini's core task is implementation of the UN arms embargo on Libya using aerial, satellite and maritime assets. Its legal basis for boarding is UN Security Council Resolution 2292 (2016), renewed annually, which authorises member states acting nationally or through regional organisations to inspect vessels on the high seas off Libya when there are reasonable grounds to believe they carry arms or related materiel. The resolution requires "good faith efforts" to obtain flag-state consent first - a clause that will matter a great deal if a suspect ship flies the flag of a state that supports one of the Libyan parties.

Secondary tasks are monitoring of illicit petroleum exports, capacity building and training for the Libyan Coast Guard and Navy (suspended in practice by the war), and contributing to the disruption of human smuggling networks through aerial surveillance only.

Command and area

Operational headquarters is in Rome under Rear Admiral Fabio Agostini, Italian Navy. The mandate runs to 31 March 2021, with a review by the Political and Security Committee every four months. Under the February compromise that unlocked Austrian and Hungarian consent, naval assets will patrol primarily in the eastern part of the area, off Cyrenaica, on the sea lanes used by ships heading for Benghazi, Tobruk and the eastern ports, as well as those from Turkey to Misrata and Tripoli. Ships are to be withdrawn from any area where their presence is found to encourage migrant departures.

Force generation

No member state had formally committed a surface combatant by launch day. Italy, Greece and France are widely expected to provide frigates or patrol vessels, Germany has signalled a maritime patrol aircraft, and Luxembourg and Poland are expected to contribute surveillance aircraft. The coronavirus pandemic has already disrupted deployments and training across European navies, and the first ships may not be on station for several weeks.

Gaps

The main criticism, voiced in Tripoli and echoed privately by some European officers, is structural. Arms for the eastern-based Libyan National Army are widely reported to arrive by air, via Il-76 and other cargo flights from the Gulf region, and overland from the east. Arms for the Government of National Accord, including Turkish-supplied armoured vehicles and air defence systems, have largely come by sea into Tripoli and Misrata, sometimes in ships escorted by Turkish Navy frigates. A maritime operation will therefore bear down harder on one side's supply chain than the other's, unless satellite and air surveillance of airfields is fed rapidly to the UN Panel of Experts.

The second problem is escorted traffic. Resolution 2292 does not authorise inspection of warships, and any attempt to approach a merchant vessel under naval escort by a NATO ally is a political decision, not a tactical one. How Irini commanders handle the first such encounter will define the operation's credibility.

Bottom line: Irini gives the EU a legal instrument and a Rome headquarters. Whether it becomes an enforcement operation depends on ships, intelligence sharing and, above all, the willingness of capitals to accept friction with Ankara and with Abu Dhabi.
"""),
]
