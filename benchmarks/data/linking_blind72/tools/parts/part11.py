G = "irini_boards_turkish_freighter_roseline_a_2020_11_22"

ARTICLES = [
dict(group=G, published="2020-11-23", outlet="Anatolian Herald",
title="Turkey protests 'unlawful' search of Turkish cargo ship by German frigate under EU's Irini",
text="""
Anatolian Herald | Turkey | 23.11.2020

Turkey protests 'unlawful' search of Turkish cargo ship by German frigate under EU's Irini

EU, Italian envoys and German charge d'affaires summoned to Foreign Ministry; crew of Roseline-A treated 'like criminals', says Ankara

ANKARA

Turkey on Monday strongly protested the search of a Turkish-flagged cargo ship carrying humanitarian aid to Libya by soldiers from a German frigate taking part in the EU's Operation Irini, describing the act as unauthorized, forceful and contrary to international law.

The Foreign Ministry said soldiers from the frigate Hamburg boarded the commercial vessel Roseline-A on Sunday in international waters in the Eastern Mediterranean without the consent of Turkey, the flag state, and searched it for hours until the early hours of Monday.

"We protest this unauthorized and forceful act. We deeply regret that our vessel, which as became apparent has not violated the arms embargo, was held from her route for hours in severe weather conditions and that the crew were treated like criminals during the inspection," the ministry said.

Deputy Foreign Minister Sedat Önal later summoned the ambassadors of the EU and Italy and the German charge d'affaires, in the absence of the German ambassador, and delivered a diplomatic note stating that the incident violated international law and that Turkey's right to compensation is reserved.

- Helicopter landing

According to Turkish security sources, the Roseline-A, which set off from Istanbul for the Libyan port of Misrata, was stopped south-west of the Peloponnese peninsula. Personnel from the Hamburg descended onto the ship from a helicopter, took control of the bridge and opened all containers despite warnings from the crew that the search was being conducted without Turkey's permission.

Crew members recorded the operation on their mobile phones. After searching until first light, the soldiers found nothing but food, paint, paint materials and other humanitarian items, and left the ship.

Under the law of the sea, the consent of the flag state must be obtained before personnel can board a ship to search it, the sources stressed.

Turkish media noted that the operation was conducted under the direction of a Greek commander in the Irini force.

- 'Biased operation'

The ministry recalled that Operation Irini has been applying the arms embargo in a biased manner since its launch, inspecting ships heading to the legitimate Government of National Accord while turning a blind eye to the weapons delivered by land and air to warlord Khalifa Haftar.

Operation Irini, approved by EU foreign ministers on March 31, aims to enforce the UN arms embargo on Libya with air, sea and satellite assets. Seven countries including Italy, Greece, France, Germany, Poland, Malta and Luxembourg have contributed ships or aircraft.

In September, the EU imposed sanctions on the Turkish company operating the cargo ship Çirkin, a decision Ankara rejected as biased.
"""),

dict(group=G, published="2020-11-23", outlet="France Monde Dépêches",
title="Germany says Turkey halted EU search of cargo ship bound for Libya",
text="""
BERLIN (FMD) - Germany said on Monday that Turkey had stopped German soldiers serving in the EU's Irini mission from completing the search of a Turkish freighter suspected of carrying weapons to Libya, prompting Ankara to summon European envoys in protest.

A boarding team from the German frigate Hamburg went aboard the Roseline A on Sunday afternoon about 160 nautical miles north of Benghazi, on orders from Irini's headquarters in Rome, a Defence Ministry spokesman said. The team had waited around four hours for a response from Ankara to a request for consent before boarding, he said.

When Turkey objected, the search was called off and the soldiers left the ship on Monday morning without having found anything suspicious. "Everything went exactly according to protocol," the spokesman said.

Irini said in a statement that the ship's master and crew had cooperated, and that the inspection, its fifth since it began, was suspended once the flag state refused permission. The 16,000-tonne container ship had sailed from Gemlik, in northwest Turkey, for Misrata.

Ankara called the search illegal and summoned the ambassadors of the EU and Italy and the German charge d'affaires.

The same German frigate in September boarded a tanker carrying jet fuel from the Emirates to the east of Libya, the camp of Marshal Khalifa Haftar.

bur-ym/fmd/gw
"""),

dict(group=G, published="2020-11-24", outlet="The Athens Observer",
title="Turkish media target Greek officer after EU frigate boards Turkish freighter off Libya",
text="""
The Athens Observer
Defence

Turkish media target Greek officer after EU frigate boards Turkish freighter off Libya

By Yannis Theodorou
November 24, 2020

The boarding of a Turkish freighter by a German frigate serving in the EU's Operation Irini on Sunday has turned into another Greek-Turkish dispute, after pro-government Turkish media accused a Greek officer of ordering what Ankara calls an illegal search.

The container ship Roseline A, flying the Turkish flag, was stopped in international waters north of Benghazi on Sunday, on its way from Turkey to the port of Misrata in western Libya. A team from the frigate Hamburg was lowered onto the ship by helicopter and began inspecting its cargo. Hours later, after Ankara informed the operation that it did not consent to the inspection, the team was withdrawn and the ship continued its voyage.

According to Irini's statement, the operation made "good faith efforts" to obtain the flag state's consent in line with UN Security Council resolutions, boarded after receiving no answer, and suspended its activities when Turkey made clear it denied permission. No illicit material had been found by that point, it said. The Turkish side says the cargo was paint and humanitarian supplies.

German media reported that the Roseline A had been under suspicion of carrying weapons. Der Spiegel wrote that the operation is close to powerless without Ankara's cooperation, since it cannot complete an inspection of a ship whose flag state objects.

In Turkey, several pro-government outlets ran headlines denouncing a "provocation by the Greek commander", presenting the boarding as an initiative of a Greek officer in the Irini chain of command. Irini officials point out that boardings are decided by the Operation Headquarters in Rome, which is led by an Italian admiral.

Ankara summoned the ambassadors of the EU and Italy and Germany's charge d'affaires on Monday and delivered a protest note, reserving its right to compensation.

Athens has been among the most vocal supporters of Irini, which takes its name from the Greek word for peace, and has offered a frigate to the operation since its launch at the end of March. Greek officials have consistently argued that the operation is the only instrument the EU has to curb Turkish arms shipments to Tripoli, a position they repeated after the June 10 episode, when a Turkish frigate warned off a helicopter from the Greek frigate Spetsai approaching the Tanzanian-flagged Cirkin.

The incident comes days before EU leaders meet on December 10-11 to decide whether to impose sanctions on Turkey over its exploration activities in waters claimed by Greece and Cyprus.

Share this:
Twitter Facebook Email Print

Related
- Oruc Reis extends survey south of Kastellorizo
- Mitsotakis: Europe must decide on Turkey in December
- Rafale deal: Athens and Paris move towards contract
"""),
]
