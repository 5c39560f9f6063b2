G = "irini_boards_and_diverts_royal_diamond_7_2020_09_10"

ARTICLES = [
dict(group=G, published="2020-09-10", outlet="France Monde Dépêches",
title="EU's Irini mission diverts tanker carrying jet fuel to Libya in first boarding",
text="""
ROME (FMD) - The European Union's naval operation Irini said on Thursday it had boarded a tanker carrying jet fuel from the United Arab Emirates to eastern Libya and was diverting it to a European port, the first such boarding since the mission began enforcing the UN arms embargo.

The Marshall Islands-flagged MV Royal Diamond 7 was boarded at 7:00 am in international waters about 150 kilometres north of the city of Derna, the operation's headquarters in Rome said in a statement. The ship had left the port of Sharjah in the UAE bound for Benghazi, the stronghold of Marshal Khalifa Haftar.

Its cargo of jet fuel was "likely to be used for military purposes", the statement said. The UN considers such fuel to be military material, so that Security Council resolutions 2292 (2016) and 2526 (2020) apply.

The boarding was carried out by the German frigate Hamburg, supported by the Italian frigate Margottini, the operation's flagship, from which the force commander, Rear Admiral Ettore Socci, directed the action. He denied the tanker access to Libyan territorial waters.

Irini said it had acted on information from the UN panel of experts on Libya, which had flagged the suspicious nature of the cargo.

On Tuesday, a report by the same panel described the arms embargo, in force since the fall of Muammar Kadhafi in 2011, as "totally ineffective", naming the Emirates, Russia and Jordan on Haftar's side, and Turkey and Qatar on the side of the Government of National Union (GNA) in Tripoli.

Ankara has accused Irini of targeting only deliveries to the GNA by sea while ignoring air and land supplies to Haftar. In June, a Greek frigate under Irini command had been turned away by Turkish warships escorting a cargo ship to Libya.

bur-ob/fmd/jlv
"""),

dict(group=G, published="2020-09-11", outlet="Naval Forces Monitor",
title="Royal Diamond 7: Irini's first boarding targets the other side's supply chain",
text="""
NAVAL FORCES MONITOR | Operations | Analysis
11 September 2020

Royal Diamond 7: Irini's first boarding targets the other side's supply chain

After four months at sea, EUNAVFOR MED Irini has conducted its first boarding and diversion of a suspect merchant vessel - and the target was a tanker heading for Benghazi, not a freighter heading for Misrata.

What happened

At 07:00 local time on 10 September, a boarding team from the German Navy frigate FGS Hamburg (F 220), a Sachsen-class air defence frigate that joined the operation in August, went aboard the Marshall Islands-flagged tanker MV Royal Diamond 7 in international waters roughly 150 km north of Derna. The Italian Navy frigate ITS Margottini, the Irini flagship, provided support, and the Force Commander, Rear Admiral Ettore Socci, directed the operation from her.

The tanker had sailed from Sharjah in the United Arab Emirates for Benghazi. The boarding team found a cargo of jet fuel, which the UN treats as military material because of its use by combat aircraft. The vessel was denied access to Libyan territorial waters and is being escorted to an EU port for further investigation. The operation has not named the port, nor said whether the flag state consented to the boarding.

Why it matters

The legal basis, UNSCR 2292 (2016), renewed this year by UNSCR 2526 (2020), authorises inspection on the high seas off Libya on reasonable grounds, after good faith efforts to seek flag state consent. The cue in this case came from the UN Panel of Experts, which had identified the cargo as suspect; Irini has been feeding the panel in return, with 14 special reports so far.

Since starting activity at sea on 4 May, Irini units had hailed around 650 vessels and carried out 12 "friendly approaches" - consensual visits to merchant ships - without a single boarding. The operation says it has also tracked around 80 suspect flights and monitors 25 airports and landing strips as well as more than ten ports.

The boarding answers, at least in part, the criticism that has dogged the operation since its launch on 31 March: that a maritime mission would mostly hit the Government of National Accord, which depends on sea lines from Turkey, while the Libyan National Army receives its materiel by air and overland. Jet fuel for the LNA's aircraft, including the Russian-built fighters that US Africa Command says arrived at al-Jufra in May, is one of the few supply streams to the east that must come by sea in bulk.

What it does not solve

The encounter also shows the limits of Irini's model. Royal Diamond 7 was unescorted. The two previous tests of the operation's reach involving ships bound for western Libya went the other way: on 10 June, the Greek frigate Spetsai's helicopter was warned off the Tanzanian-flagged Cirkin by an escorting Turkish frigate, and the French frigate Courbet, then under NATO command, reported being targeted by Turkish fire-control radar the same day. France later suspended its participation in NATO's Sea Guardian.

Irini has no mandate to force an inspection against the objection of a flag state that is itself a party to the conflict, and it has no means to inspect cargo under the protection of a warship. The next time a Turkish-flagged freighter heads for Misrata without escort, the operation will face a harder choice than it did on Thursday.

The UN panel's report, leaked on Tuesday, described the embargo as "totally ineffective".
"""),

dict(group=G, published="2020-09-10", outlet="Al-Marsad al-Arabi (English)",
title="The European operation \"Irini\" stops a ship coming from the Emirates loaded with aircraft fuel heading to Benghazi",
text="""
[ad_1]

Home / Arab World / Libya

The European operation "Irini" stops a ship coming from the Emirates loaded with aircraft fuel heading to Benghazi

Rome - Al-Marsad al-Arabi

The European naval operation "Irini" which monitors the implementation of the arms embargo on Libya announced today Thursday that it stopped and inspected a "suspicious" ship which left the port of Sharjah in the United Arab Emirates heading to the city of Benghazi in eastern Libya.

The operation said in a statement that one of its naval units stopped and inspected the commercial ship "Royal Diamond 7" at exactly 07:00 in the morning of today, in international waters about 150 km north of the Libyan city of Derna, because of the suspicion of violating the ban on entering weapons to Libya.

The statement explained that the ship was carrying a shipment of aircraft fuel (kerosene) which is supposed to be intended for military purposes, as this fuel is considered a military material according to the United Nations, and therefore the intervention comes according to the Security Council resolution No. 2292 of the year 2016, which was confirmed and extended by resolution 2526 of the year 2020.

The command of "Irini" clarified that the German ship "Hamburg", with the support of the Italian ship "Margottini", prevented the commercial ship from reaching the Libyan territorial waters and stopped it, accompanying it to a port belonging to the European Union for more inspection and investigation.

There was no immediate comment from the command of the Libyan National Army led by Field Marshal Khalifa Hifter, nor from the Emirati side.

It is worth mentioning that the operation "Irini" was launched by the European Union at the end of last March to replace the operation "Sophia", and the Government of al-Wefaq in Tripoli and Turkey accused it since its beginning of being biased, as it is focusing on the sea and does not monitor the air bridge and the land borders.

It is also worth mentioning that a report of the United Nations experts which was revealed the day before yesterday Tuesday said that the arms embargo on Libya is "totally ineffective", and it accused Turkey and Qatar of supporting the Wefaq government with weapons and mercenaries, and also the Emirates, Russia and Jordan of supporting the other side.

The Libyan crisis is witnessing since June a state of calm on the fronts of Sirte and al-Jufra, after Egypt announced that the line Sirte-Jufra is a red line.

Related news

The Turkish Defense Minister arrives in Tripoli on surprise visit

Aguila Saleh in Cairo: the solution in Libya is political

Stephanie Williams: Libya is at a "decisive turning point"
"""),
]
