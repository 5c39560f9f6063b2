G = "lna_seizes_grenada_flagged_ship_with_turkish_crew_2019_12_21"

ARTICLES = [
dict(group=G, published="2019-12-22", outlet="Levant Wire Service",
title="Haftar forces seize ship with Turkish crew off eastern Libya",
text="""
BENGHAZI, Libya (LWS) - Forces loyal to eastern Libyan commander Khalifa Haftar said they seized a Grenada-flagged cargo ship with a Turkish crew off the coast on Saturday, hours after Turkey's parliament approved a security accord with Haftar's rivals in Tripoli.

A naval vessel of Haftar's Libyan National Army (LNA) stopped the ship in Libyan territorial waters off the eastern city of Derna and towed it to the port of Ras al-Hilal "for inspection and to verify its cargo", LNA spokesman Ahmed al-Mismari said in a statement late on Saturday.

The LNA released video footage showing its personnel boarding the vessel and questioning three crew members, and published copies of three Turkish passports. It did not say what the ship was carrying.

A Turkish foreign ministry spokesman, Hami Aksoy, said the ship had developed technical problems and had asked Libyan coastguards for help. He confirmed there were three Turkish nationals aboard.

Turkey's parliament on Saturday approved a security and military cooperation memorandum signed last month with the internationally recognised Government of National Accord (GNA), a step that could open the way for Turkish military support against Haftar's eight-month offensive on Tripoli.

(Reporting by Ayman Warfalli in Benghazi and Selin Arıkan in Istanbul; Editing by Andrew Colquhoun)
"""),

dict(group=G, published="2019-12-22", outlet="Nile Gazette",
title="Libyan Navy intercepts Turkish-crewed vessel off Derna, tows it to Ras al-Hilal",
text="""
NILE GAZETTE
Region | Libya

Libyan Navy intercepts Turkish-crewed vessel off Derna, tows it to Ras al-Hilal

By Mahmoud el-Shenawy
Sunday, 22 December 2019

Units of the Libyan Navy affiliated with the Libyan National Army (LNA) intercepted on Saturday a cargo ship sailing under the flag of Grenada with a Turkish crew in Libyan territorial waters off the city of Derna, the army's spokesman Major General Ahmed al-Mesmari announced.

Al-Mesmari said in a statement that a naval combat vessel stopped the ship and escorted it to Ras al-Hilal port, where it will be inspected and its cargo verified. Footage released by the army's media office showed naval personnel checking the documents of three Turkish sailors aboard the vessel.

The interception came only hours after the Turkish parliament rushed through approval of the security and military memorandum signed by President Recep Tayyip Erdogan and Fayez al-Sarraj, head of the Tripoli-based Presidential Council, in Istanbul on November 27. The LNA and the Libyan House of Representatives consider both memorandums null and void.

Ankara claimed the ship had suffered a technical fault and had itself requested assistance, an account that Libyan military sources dismissed, pointing out that the vessel was found in an area the army has declared closed to navigation.

Libyan commanders have warned repeatedly since the summer that Turkish vessels approaching the coast will be treated as hostile, accusing Ankara of shipping armoured vehicles, drones and fighters to the militias in Tripoli. At the end of June, after the loss of Gharyan, the army ordered its units to target Turkish ships and interests, and briefly held six Turkish nationals before releasing them.

Cairo has been at the forefront of the diplomatic campaign against the Erdogan-Sarraj deals. On Thursday, Egypt's mission to the United Nations asked the Security Council to reject any request to register the two memorandums, saying Sarraj does not represent the Presidential Council collectively and that parliament never ratified them. The military memorandum, the Egyptian letter added, breaches the UN arms embargo on Libya.

On the same day, the Sarraj government announced it would activate the security memorandum, which Libyan and Arab observers see as an invitation to Turkish forces.

Egyptian officials have made clear in recent weeks that Cairo regards the security of eastern Libya as part of its own national security. Foreign Minister Sameh Shoukry has held a series of calls with his Greek and Cypriot counterparts on coordinating a response to the Erdogan-Sarraj memorandums, which the three capitals consider a violation of the law of the sea.

The Libyan National Army, commanded by Field Marshal Khalifa Haftar, has been advancing since April to free Tripoli from the grip of armed militias. Haftar announced earlier this month what he called the decisive battle for the capital.

Share this:
Facebook | Twitter | WhatsApp | Email

Related
- Sisi: Egypt's national security begins at its western borders
- Arab League rejects foreign interference in Libya
- Egypt, Greece and Cyprus coordinate positions on the Eastern Mediterranean
"""),

dict(group=G, published="2019-12-22", outlet="Anatolian Herald",
title="Haftar militias seize ship with Turkish crew off Libya",
text="""
Anatolian Herald | World | 22.12.2019

Haftar militias seize ship with Turkish crew off Libya

Grenada-flagged vessel towed to Ras al-Hilal port; Foreign Ministry says ship had technical problem

ANKARA

Militias loyal to warlord Khalifa Haftar have seized a Grenada-flagged ship with three Turkish crew members off the eastern Libyan coast, according to a statement by Haftar's spokesman.

The vessel was stopped near the city of Derna late Saturday and towed to Ras al-Hilal port, Ahmed al-Mismari, spokesman for the illegitimate forces, claimed in a statement, saying that the ship would be searched and its cargo verified.

Turkish Foreign Ministry spokesman Hami Aksoy said the vessel experienced a technical problem and could not dock properly, after which it asked for help from the Libyan coast guard. Aksoy confirmed that three Turkish citizens were on board and said Ankara was following the issue closely.

Haftar's militias published images of the crew members' passports on social media.

The incident came just hours after the Turkish parliament approved the security and military cooperation memorandum with Libya's legitimate government.

Haftar's forces have been attacking the capital Tripoli since April 4, 2019, killing more than 1,000 people. At the end of June, the militias detained six Turkish citizens in eastern Libya and released them days later after Ankara warned that Haftar's forces would become legitimate targets.

Tags: Libya, Haftar, Turkey, Derna
Turkish parliament approves security, military deal with Libya

Memorandum envisages training, information exchange between Turkish and Libyan security forces

ANKARA

The Turkish parliament on Saturday approved a memorandum of understanding on security and military cooperation signed with Libya's UN-recognized Government of National Accord.

The memorandum, signed in Istanbul on Nov. 27 during a meeting between President Recep Tayyip Erdoğan and Fayez al-Sarraj, chairman of the Libyan Presidential Council, was passed by the General Assembly after debate.

The agreement envisages training, the exchange of information and experience, and cooperation in the fields of security and defense, including the establishment of a rapid reaction force for police and military duties in Libya if requested.

A second memorandum on the delimitation of maritime jurisdiction areas was approved by parliament on Dec. 5 and has been sent to the United Nations for registration.

Erdoğan has said Turkey would evaluate sending troops to Libya if the Tripoli government makes such a request.

The memorandum will enter into force after its publication in the Official Gazette.
"""),
]
