# Event: un_voices_horror_at_tarhuna_mass_graves_2020_06_11
G = "un_voices_horror_at_tarhuna_mass_graves_2020_06_11"

BG_MWS = ("Libya has had no stable central authority since a NATO-backed uprising toppled Muammar Gaddafi in 2011, "
          "and since 2014 it has been divided between rival administrations in Tripoli and the east. Haftar's LNA, "
          "backed by the United Arab Emirates, Egypt and Russia, began its assault on the capital in April 2019. "
          "Turkey has sent drones, military advisers and allied Syrian fighters to support the GNA.")

ARTICLES = [
dict(group=G, published="2020-06-11", outlet="Maghreb Wire Service",
title="UN 'horrified' by reports of mass graves in Libya's Tarhuna",
text="""TRIPOLI (MWS) - The United Nations mission in Libya said on Thursday it was horrified by reports that at least eight mass graves had been discovered in recent days, most of them in Tarhuna, a town recaptured last week by the internationally recognised government from forces loyal to eastern commander Khalifa Haftar.

The UN Support Mission in Libya (UNSMIL) said in a statement on Twitter that international law required the authorities to carry out prompt, effective and transparent investigations into all alleged cases of unlawful killing.

It welcomed a decision by the justice minister of the Government of National Accord (GNA) to set up a committee to investigate, and urged its members to move quickly to secure the sites, identify the victims, establish the causes of death and return the bodies to their families. The mission said it stood ready to help.

GNA Interior Minister Fathi Bashagha said his ministry had found and was documenting what he called heinous crimes committed by the armed groups that had controlled Tarhuna. He said investigators had found a shipping container in which detainees had been burned, as well as several mass graves where, according to initial reports, dozens of people had been buried alive.

Images released by the GNA showed workers in protective suits digging in sandy farmland on the edge of the town and bodies wrapped in plastic sheeting. A GNA official in charge of the search for missing persons said several bodies had so far been exhumed from one site and that others were believed to contain ten or more.

Separately, medical officials said last week that more than 100 bodies had been found at Tarhuna's hospital after the GNA took the town, some of them transferred to morgues in Tripoli and Misrata.

There was no immediate comment from Haftar's Libyan National Army (LNA).

Tarhuna, about 65 km southeast of Tripoli, was the main rear base for Haftar's 14-month offensive on the capital. For years it was dominated by a local militia known as the Kaniyat, led by members of the al-Kani family, which joined forces with Haftar when he launched his campaign in April 2019. Residents and human rights groups have long accused the militia of abducting and killing opponents, accusations it has denied in the past.

GNA forces entered the town on June 5, capping a rapid collapse of Haftar's positions in western Libya with support from Turkey. Many residents fled as the town changed hands, and the UN has also voiced concern about reports of looting and revenge attacks.

""" + BG_MWS + """

(Reporting by Ayman Werfalli in Tripoli; Additional reporting by Stephanie Nolan in Geneva; Editing by Mark Denholm)"""),

dict(group=G, published="2020-06-12", outlet="Libya Liberty Observer",
title="Tarhuna mass graves: UN horrified as evidence of Haftar-allied militia crimes mounts",
text="""The United Nations Support Mission in Libya (UNSMIL) has expressed its horror at the discovery of at least eight mass graves in the past days, most of them in the city of Tarhuna, which was liberated from Haftar's militias and their allies of Al-Kaniyat one week ago.

In a statement on Thursday, UNSMIL called for prompt, effective and transparent investigations in accordance with international law, and welcomed the decision of the Minister of Justice to form a committee to investigate the graves, identify victims and return their remains to their families.

The Minister of Interior, Fathi Bashagha, said on Thursday that the security services had discovered and were documenting many heinous crimes in Tarhuna, including a container in which detainees were burned and mass graves where, according to initial reports, dozens of people were buried alive.

Families of missing persons from Tarhuna gathered at the sites on Thursday as teams from the General Authority for the Search and Identification of Missing Persons worked to exhume bodies from farmland on the edges of the city.

The Libyan Field Medical Support Center had already revealed that over 100 bodies were found inside rooms of Tarhuna Hospital after the liberation, including bodies kept in a container. Many had decomposed and some were sent to hospitals in Tripoli and Misrata for identification.

Tarhuna was liberated on Friday, June 5, when the army entered the city from four axes after the collapse of Haftar's militias in south Tripoli and the liberation of Tripoli International Airport two days earlier. The leaders of Al-Kaniyat fled with Haftar's forces toward the east.

According to the Field Medical Support Center, 37 bodies found in a container at the hospital were transferred to Misrata, 17 were sent to Tripoli University Hospital and 20 to the Abu Salim Accidents Hospital, while ten were handed over directly to relatives who recognised them. The remaining bodies had not yet been identified.

Human rights activists say that hundreds of people disappeared in Tarhuna during the years Al-Kaniyat militia ruled the city, and that the killings increased after the militia joined the war criminal Haftar's aggression on Tripoli in April 2019.

The Volcano of Rage Operation said the discoveries showed that Haftar and the countries supporting him bear direct responsibility for the crimes committed in Tarhuna, and that those responsible must be brought to justice.

Read more:
Bashagha: we found a container where detainees were burned
Army: Haftar's militias planted mines in homes of south Tripoli
UNSMIL: we are ready to support the investigation committee

Share this:
Facebook
Twitter
WhatsApp"""),

dict(group=G, published="2020-06-12", outlet="Middle East Daybook",
title="Libya briefing: UN 'horrified' by Tarhuna mass graves; air strikes near Misrata; Sirte front static",
text="""Libya briefing - Friday 12 June 2020

Our daily round-up of the main developments in Libya over the past 24 hours.

1. UN mission "horrified" by mass graves

The main story: the UN Support Mission in Libya (UNSMIL) said on Thursday it had learned "with horror" of reports that at least eight mass graves had been found in recent days, mostly in Tarhuna, the town south-east of Tripoli that Government of National Accord (GNA) forces took from the Libyan National Army (LNA) a week ago. UNSMIL reminded the authorities of their obligation under international law to investigate all suspected unlawful killings promptly and transparently, and welcomed the GNA justice minister's decision to set up a committee.

GNA interior minister Fathi Bashagha said investigators had found a container where detainees had been burned, and graves in which dozens of people were believed to have been buried alive. Pictures from Tarhuna showed search teams at work in open farmland. The bodies of more than 100 people had already been recovered from the town's hospital in the days after it changed hands.

Context: Tarhuna was run for years by the al-Kani family's militia, the Kaniyat, which allied itself with Khalifa Haftar in 2019 and served as the backbone of his forces south of Tripoli. The militia's leaders are believed to have fled east with the LNA.

Reaction: Human rights groups have called for the sites to be protected and for evidence to be preserved for possible prosecutions. The International Criminal Court has had an investigation open in Libya since 2011.

2. LNA strikes near Misrata

The LNA said its aircraft struck GNA vehicles and troops in the al-Saddada area, south of Misrata, on Thursday, despite the ceasefire it says it accepted under the Egyptian "Cairo Declaration" on June 6. The GNA, which rejected the Egyptian initiative, did not comment on losses.

3. Sirte front

Forces allied to the GNA remain west of Sirte after an offensive launched last Saturday stalled in the face of LNA air strikes. Both sides are reinforcing. The GNA says it wants Sirte and the Jufra airbase before any talks; the LNA says it will defend the city.

4. Oil

The National Oil Corporation (NOC) said production at the Sharara field in the south-west, briefly restarted at the weekend, had stopped again after armed men ordered workers to halt operations. Most of Libya's oil fields and export terminals have been shut since January by groups aligned with the LNA.

5. Diplomacy

UN acting envoy Stephanie Williams continues separate consultations with the two sides' military delegations on a ceasefire. Turkish and Russian officials, whose countries back opposing camps, have been in contact over Libya."""),
]
