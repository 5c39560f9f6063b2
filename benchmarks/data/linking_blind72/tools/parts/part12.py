G = "lna_seizes_turkish_operated_ship_mabrouka_2020_12_07"

ARTICLES = [
dict(group=G, published="2020-12-07", outlet="Levant Wire Service",
title="Libya's eastern forces seize Turkish-operated ship bound for Misrata",
text="""
BENGHAZI, Libya (LWS) - Forces loyal to eastern Libyan commander Khalifa Haftar said on Monday they had intercepted a Turkish-operated cargo ship heading for the western port of Misrata and towed it to the eastern port of Ras al-Hilal.

The Jamaican-flagged Mabrouka entered a militarily restricted area off the eastern coast and did not respond to calls asking it to identify itself, said Ahmed al-Mismari, spokesman for Haftar's Libyan National Army (LNA).

"The ship's crew is made up of nine Turks, seven Indians and one Azerbaijani. It is being investigated for its violations of maritime laws and regulations," Mismari said in a statement. He did not say what the ship was carrying. Photographs posted on his Facebook page showed crew members in overalls having their passports checked.

A Turkish source said the vessel was carrying medicine and medical products and expected it to be released soon. "Patients who urgently need the medicines and blood products on that ship are waiting in Libya," the source said. The source suggested the LNA may have been emboldened by the European Union's Irini naval mission, which angered Ankara last month when a German frigate boarded a Turkish-flagged freighter bound for Misrata.

Turkish officials have not commented publicly.

Earlier on Monday, Mismari had accused Turkey of continuing to send weapons and fighters to the Tripoli-based Government of National Accord (GNA), despite a ceasefire the two sides signed in Geneva on Oct. 23.

Last month, Turkey summoned the ambassadors of the European Union and Italy and Germany's charge d'affaires after soldiers from the German frigate Hamburg boarded the Roseline A about 160 nautical miles north of Benghazi. The EU mission halted the search when Ankara refused consent; Turkey said the ship was carrying paint and humanitarian goods.

The LNA and the GNA are also represented in a UN-led political dialogue that met in Tunisia last month to pave the way for national elections in December 2021, though participants failed to agree on a mechanism for choosing a new interim government.

It is not the first time Haftar's forces have detained a Turkish-crewed vessel. In December last year, the LNA seized a Grenada-flagged ship with three Turkish crew off the eastern city of Derna and towed it to Ras al-Hilal, hours after Turkey's parliament approved a military cooperation accord with the GNA.

Libya has been split since 2014 between rival administrations in Tripoli and the east. Turkish support helped the GNA repel Haftar's 14-month offensive on Tripoli in June. The LNA is backed by the United Arab Emirates, Egypt and Russia.

(Reporting by Ayman Warfalli in Benghazi and Ece Karahan in Ankara; Editing by Andrew Colquhoun)
"""),

dict(group=G, published="2020-12-08", outlet="Seaward Risk Advisory",
title="Seaward Risk Advisory alerts operators after LNA detains Turkish-operated MV Mabrouka off eastern Libya",
text="""
PRESS RELEASE
FOR IMMEDIATE RELEASE - 8 December 2020

Seaward Risk Advisory alerts operators after LNA detains Turkish-operated MV Mabrouka off eastern Libya

LONDON - Seaward Risk Advisory today raised its threat assessment for merchant shipping transiting the coast of Cyrenaica, eastern Libya, following the detention of the Jamaica-flagged general cargo vessel MV Mabrouka by naval units of the Libyan National Army (LNA).

Incident summary

- Vessel: MV Mabrouka, general cargo, Jamaica flag, Turkish-operated
- Voyage: Port Said (Egypt) to Misrata (Libya), per AIS data
- Crew: 17 (9 Turkish, 7 Indian, 1 Azerbaijani nationals), according to the LNA
- Location: intercepted off the eastern Libyan coast, reportedly by fast craft, and escorted to Ras al-Hilal
- Status: held at Ras al-Hilal as of 8 December; crew under investigation

The LNA announced the interception on 7 December, stating that the vessel had entered a restricted military zone and failed to respond to radio calls. Satellite imagery reviewed by Seaward's analysts is consistent with the vessel being alongside at Ras al-Hilal. Turkish sources state that the cargo consists of medical supplies.

Assessment

This is the second detention of a Turkish-owned or Turkish-crewed vessel by LNA forces reported this year and follows a similar seizure off Derna in December 2019. Seaward assesses that the LNA is seeking to assert control over approaches to the eastern coast despite the 23 October ceasefire agreement, and that vessels with Turkish ownership, management or crew face an elevated risk of interception east of Sirte, regardless of flag or declared cargo.

The detention also comes two weeks after the EU's Operation Irini boarded the Turkish-flagged MV Roseline A north of Benghazi, and amid continued political friction between Ankara and the eastern authorities.

Recommendations

- Operators of vessels with Turkish links bound for western Libyan ports should plan routes well clear of the Cyrenaican coast and of any area declared restricted by the LNA.
- Maintain AIS transmission and respond promptly to VHF calls from any Libyan naval or coast guard units.
- Ensure cargo documentation is complete and readily available for inspection.
- Report any approach by unidentified craft to the vessel's company security officer and to the relevant maritime security reporting centres.

Background

Eastern Libyan forces have periodically declared restricted military zones off the Cyrenaican coast and around the oil terminals further west, and have threatened Turkish shipping on several occasions since the Turkey-GNA security memorandum of November 2019. Turkish authorities have in turn warned that LNA forces targeting Turkish interests will be regarded as legitimate targets.

Threat level, eastern Libya coastal waters: raised from MODERATE to HIGH for Turkish-linked vessels.

About Seaward Risk Advisory
Seaward Risk Advisory is an independent maritime security consultancy providing threat intelligence, voyage risk assessment and crisis response to shipowners, charterers and insurers in the Mediterranean, Red Sea and Gulf of Guinea.

Media contact: press@seaward-risk.example | +44 20 0000 0000
"""),

dict(group=G, published="2020-12-08", outlet="Tripoli Dispatch",
title="Haftar's militias hijack Turkish-run ship carrying medicine to Misrata; Ankara warns of 'grave consequences'",
text="""
We use cookies to give you the best experience. By continuing you accept our cookie policy. [I agree]

TRIPOLI DISPATCH
Libya | Tuesday 8 December 2020

Haftar's militias hijack Turkish-run ship carrying medicine to Misrata; Ankara warns of 'grave consequences'

By Hanan al-Mabrouk

The Turkish Foreign Ministry on Tuesday strongly condemned the seizure by Haftar's militias of the merchant ship Mabrouka, operated by a Turkish company, which was carrying medicine and medical supplies to the port of Misrata, and warned that those who target Turkish interests in Libya will be considered legitimate targets.

"Haftar and his militia continue their aggressive attitude even at a period when there is progress in the UN-led political process among our Libyan brothers and sisters," the ministry said in a statement, adding that steps to ensure the vessel resumes its planned journey must be taken immediately.

"We remind that there will be grave consequences, and we will consider these elements as legitimate targets in case Turkish interests are targeted in Libya," the statement said.

The spokesman of the aggressor militias, Ahmed al-Mismari, announced on Monday that their boats had stopped the Jamaican-flagged vessel and taken it to the port of Ras al-Hilal, east of Benghazi, claiming it had entered a "prohibited area" and did not respond to calls. The ship's 17 crew members - nine Turks, seven Indians and an Azerbaijani - are being held for what he called an investigation into violations of maritime laws. According to the Turkish ministry, the ship was stopped off Marsa Susa.

Turkish sources said the cargo included medicines and blood products urgently needed by patients in Libya, where hospitals in the western region are struggling with a rise in coronavirus cases.

The seizure is the latest violation by Haftar's forces of the ceasefire agreement signed in Geneva on October 23 by the 5+5 Joint Military Commission, which provides for the departure of all foreign mercenaries and forces within three months. It also comes while the Libyan Political Dialogue Forum, which met in Tunis last month, is trying to agree on a mechanism to choose a new unified executive.

Last year, in December 2019, the same militias seized a Grenada-flagged ship with three Turkish sailors off Derna, hours after the Turkish parliament approved the security and military cooperation memorandum with the Government of National Accord.

Observers in Tripoli note that Haftar's militias have grown bolder since the EU's Operation Irini boarded a Turkish ship bound for Misrata last month, while the operation has yet to stop a single one of the cargo flights that continue to land at al-Khadim and al-Jufra airbases.

Related
Bashagha: security sector reform is the priority in 2021
Volcano of Rage forces on alert west of Sirte
"""),
]
