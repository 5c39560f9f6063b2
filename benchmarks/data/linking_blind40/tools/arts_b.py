# Articles part B: events 5-8 (Apr - Jun 2020). Written by hand, blind.
ARTS = []
def add(slug, published, outlet, title, text):
    ARTS.append(dict(slug=slug, published=published, outlet=outlet, title=title, text=text.strip()))

MERIDIAN_BOILER = ("Libya has been in turmoil since a NATO-backed uprising toppled Muammar Gaddafi in 2011. "
                   "Since 2014 the country has been split between rival administrations in Tripoli and the east.")

# ---------------- E5 GNA captures Sabratha and Surman, 13 Apr 2020 ----------------
E5 = "gna_captures_sabratha_surman_2020_04_13"
add(E5, "2020-04-13", "Tripoli Free Press",
"Peace Storm: army forces liberate Sabratha and Surman, coast secured to Tunisian border",
"""
Tripoli Free Press - Staff

Forces of the Government of National Accord on Monday took full control of the coastal cities of Sabratha and Surman west of the capital, after a lightning advance that pushed the aggressor forces of Khalifa Haftar out of the last towns they held on the western coast.

Army spokesman Col. Mohamed Gnounou said units of Operation Peace Storm had entered both cities in the early hours and seized operations rooms, armoured vehicles, tanks and large quantities of ammunition left behind by the retreating forces. He said the operation would continue towards al-Ajaylat and the areas to the south.

Prime Minister Fayez al-Serraj, head of the Presidential Council, congratulated the Libyan people on what he called the liberation of the two cities, and said the government's forces would pursue the aggressors wherever they remain. He called on residents to cooperate with the security services and warned against any acts of revenge.

With the fall of Sabratha and Surman, the government now controls the whole coastal strip from Tripoli to the Ras Ajdir border crossing with Tunisia. Haftar's forces had entered Sabratha and Surman in April 2019, days after the start of their attack on the capital.

Military sources said the air force had carried out dozens of sorties over the past week against supply lines and positions south of Sabratha and near al-Watiya air base, which remains in the hands of the aggressors and from which they have launched air raids on western towns.

Operation Peace Storm was launched on March 25 in response to the continued shelling of residential neighbourhoods in Tripoli, despite calls by the United Nations and world powers for a humanitarian truce to confront the coronavirus pandemic. Rockets fired by Haftar's militias have repeatedly hit Mitiga airport and residential areas in recent weeks.

The government has thanked its allies, particularly Turkey, for their support under the security and military cooperation memorandum signed in November. The Berlin conference in January called for a lasting ceasefire and an end to foreign interference, but Haftar's forces have kept up their attacks on the capital.
""")

add(E5, "2020-04-15", "Nile Sentinel",
"UN alarmed by prison break and revenge attacks after Turkish-backed militias storm Sabratha and Surman",
"""
Nile Sentinel - Arab Affairs desk

The United Nations Support Mission in Libya said on Wednesday it was gravely concerned by reports of attacks on civilians, the release of 401 prisoners from Surman prison without legal proceedings, the desecration of bodies and the looting and burning of public and private property in the western coastal towns seized by the Government of National Accord's forces on Monday.

The mission said the allegations, if verified, would amount to grave violations of international humanitarian law, and warned that acts of revenge could trigger a cycle of retaliation threatening Libya's social fabric.

Armed groups loyal to the Tripoli government, backed by Turkish drones and Syrian mercenaries transferred by Ankara, stormed Sabratha and Surman on Monday after heavy air strikes on the Libyan National Army's positions. Local sources told the Sentinel that militiamen from neighbouring Zawiya had ransacked police stations and homes of families known to support the army, and that dozens of young men had been detained.

The Tripoli government denied releasing the prisoners, saying they had left the prison after the army units withdrew and before its own forces arrived. Its justice ministry put the number of escapees at 384 and urged them to turn themselves in.

The Libyan National Army has been fighting since April 2019 to free the capital from the grip of terrorist militias. The army's command has repeatedly accused Turkey of violating the UN arms embargo and the outcomes of the Berlin conference, pointing to Turkish ships and aircraft unloading weapons at Tripoli and Misrata.

The UN mission also condemned what it called indiscriminate rocket fire on Tripoli.

Read more:
- Arab League warns against Turkish expansion in Libya
- Egypt reiterates support for Libyan National Army
""")

# ---------------- E6 GNA captures al-Watiya, 18 May 2020 ----------------
E6 = "gna_captures_watiya_airbase_2020_05_18"
add(E6, "2020-05-18", "Meridian Wire",
"Libyan government forces seize strategic air base from Haftar",
"""
TRIPOLI (Meridian) - Forces allied to Libya's internationally recognised government said on Monday they had captured al-Watiya air base southwest of Tripoli, the most significant gain in more than a year of fighting against Khalifa Haftar's eastern-based Libyan National Army (LNA).

Fayez al-Sarraj, head of the Tripoli-based Government of National Accord (GNA), announced the capture in a statement and said the advance was not the end of the battle but brought the government closer to a "big victory".

Footage posted by GNA-allied fighters showed men walking across the runway and past hangars and abandoned military vehicles. There was no immediate comment from the LNA.

Al-Watiya, some 140 km (85 miles) southwest of the capital near the Tunisian border, had been the main air base for Haftar's forces in western Libya and a launch point for strikes on GNA positions. GNA forces had tried and failed to take it in March, and had since besieged it.

The GNA has been on the offensive since mid-April, when it pushed the LNA out of the coastal towns of Sabratha and Surman. Its recent successes have been aided by Turkish drones, which have struck LNA supply lines and, according to the GNA, destroyed several Russian-made Pantsir air defence systems in recent days.

The LNA has been besieging Tripoli since April 2019 with the support of the United Arab Emirates, Egypt and Russian private military contractors. Turkey sent military personnel and equipment to the GNA under a security accord signed in November.

""" + MERIDIAN_BOILER + """
""")

add(E6, "2020-05-19", "Türkiye Herald",
"Libyan army liberates al-Watiya air base from putschist Hafter's militias",
"""
TRIPOLI

The Libyan army, affiliated with the UN-recognized Government of National Accord (GNA), on Monday liberated the strategic al-Watiya air base from the militias of putschist Khalifa Hafter.

"Our heroic forces have liberated al-Watiya air base from the grip of the criminal militias and mercenaries," army spokesman Mohamed Gununu said in a statement.

Fayez al-Sarraj, head of the Presidential Council, congratulated the Libyan people, saying the liberation of the base did not mark the end of the battle and that the legitimate government remained committed to liberating every inch of the country.

The base, located about 125 kilometers southwest of the capital Tripoli, had been used by Hafter's militias as a launch pad for attacks on civilians and on cities in western Libya. The army said large quantities of weapons and ammunition, as well as military vehicles, were seized.

Over the past days, the Libyan army said it had destroyed several Russian-made Pantsir air defense systems which Turkish officials say were supplied to Hafter's forces by the United Arab Emirates, in strikes near al-Watiya and Tarhuna.

The liberation of al-Watiya came five weeks after the army took the coastal cities of Sabratha and Surman under Operation Peace Storm.

Turkey and the GNA signed a security and military cooperation memorandum in November 2019, and the Turkish parliament approved a motion in January allowing the deployment of troops to Libya to support the legitimate government. Turkish officials have warned that Hafter's forces will be considered legitimate targets if Turkish interests and diplomatic missions in Libya are attacked.

Hafter's militias have been attacking Tripoli since April 2019, and have violated the ceasefire declared on Jan. 12 and the outcomes of the Berlin conference.
""")

add(E6, "2020-05-19", "Al-Waha Gate",
"The Accord forces announce the control on Al-Watiya base .. and Sarraj: it is not the end of the battle",
"""
Al-Waha Gate - Tripoli

The forces of the Accord government announced yesterday Monday the full control on the Al-Watiya air base, the most important base of the forces of Khalifa Haftar in the west of the country, after a siege which continued for weeks.

The spokesman of the Accord forces, Mohammed Gnunu, said that the forces entered the base in the early morning and seized weapons and equipment and military vehicles, and published pictures from inside the base.

The head of the Presidential Council Fayez al-Sarraj said in a televised speech that the liberation of the base "is not the end of the battle", and that the government extends its hand to all the Libyans for the building of the civil state.

Read also: The Accord forces announce the destruction of a new "Pantsir" system south of Tripoli

From its side, sources close to the forces of Haftar said to Al-Waha that the army units carried out a withdrawal from the base according to plans, and that the fighting will continue, without to give more details.

The Accord government took control in the thirteenth of April last the cities of Sabratha and Surman in the west coast, in the framework of the operation "Peace Storm" which was launched at the end of March.

It is worth mentioning that Turkey supports the Accord government with drones and military advisers, according to a memorandum of security cooperation signed between the two sides in November last, while the United Arab Emirates and Egypt and Russia support Haftar, according to reports of the United Nations.

Read also: Erdogan: we will continue our support to the legitimate government in Libya

It is worth mentioning that Libya is living in chaos since the fall of the regime of Muammar Al-Qaddafi in 2011.

Tags: Libya, Al-Watiya, Haftar, Sarraj, Turkey
""")

add(E6, "2020-05-20", "Eurasia Today",
"Loss of al-Watiya reshapes Libya's western front",
"""
The loss of al-Watiya air base by the Libyan National Army (LNA) on Monday has changed the balance of forces in western Libya, experts say, leaving Khalifa Haftar's troops around Tripoli increasingly dependent on the town of Tarhuna and on supply routes through the centre of the country.

Forces of the Tripoli-based Government of National Accord (GNA) entered the base, located about 140 km southwest of the capital, after weeks of encirclement and intensive strikes by Turkish-made Bayraktar TB2 drones. GNA spokesman Mohamed Gnounou said his forces had taken large stocks of weapons.

The GNA has also claimed to have destroyed several Pantsir-S1 air defence systems in recent days and has circulated images of what it said was a captured Pantsir vehicle. The claims could not be independently verified. The Pantsir, made in Russia, is operated in Libya by the LNA, which received the systems through third countries, according to UN experts; Moscow says it has not supplied weapons to either side.

The LNA did not officially comment on the fall of the base. Sources close to the LNA described the withdrawal as organised.

Moscow has repeatedly called on both sides to return to the ceasefire agreed in January and to the decisions of the Berlin conference, and has warned against a military solution.

Turkey has openly backed the GNA since signing a military cooperation memorandum with Tripoli in November 2019. Ankara has deployed military advisers, drones and air defence systems, and Syrian fighters have been transferred to Libya, according to numerous reports.

The conflict has pitted the GNA, recognised by the UN, against the LNA, which is allied with the parliament based in the eastern city of Tobruk.
""")

# ---------------- E7 Sarraj-Erdogan Ankara, 4 Jun 2020 ----------------
E7 = "sarraj_meets_erdogan_ankara_2020_06_04"
add(E7, "2020-06-04", "HaberAkış",
"Erdoğan: Libya'daki kardeşlerimizi darbeci Hafter'in insafına bırakmayacağız",
"""
Ana Sayfa » Gündem » Erdoğan ve Serrac ortak basın toplantısı düzenledi

President Recep Tayyip Erdoğan, hosted in the Presidential Complex (Külliye) in Ankara the Libya Government of National Accord (UMH) Presidential Council Chairman Fayiz es-Serrac. After the one-on-one meeting and the meeting between delegations, the two leaders made joint press conference.

Erdoğan said, Turkey will continue to stand with the legitimate government of Libya and the Libyan brothers will not be left to the mercy of the darbeci (putschist) Hafter and his supporters. "The developments in Libya show that the Hafter cannot achieve his aim," he said.

Erdoğan expressed that the two countries agreed to expand the cooperation and the exploration and drilling activities in the Doğu Akdeniz (Eastern Mediterranean) in the framework of the maritime jurisdiction memorandum. He said also for the reconstruction of Libya Turkish companies are ready.

Serrac thanked to Turkey for the support and said, the forces of the government have liberated the capital Trablus completely and will continue until the control of the whole country. He said, those who attacked on Trablus and killed the civilians will be held accountable.

The meeting came on the day that the UMH forces announced, they took control of all borders of Trablus after the Trablus International Airport was taken Çarşamba (Wednesday).

Erdoğan and Serrac had met last time in Istanbul, on 27 Kasım 2019, when the two memorandum were signed. Also in January the TBMM (parliament) approved the tezkere (motion) to send soldiers to Libya.

Etiketler: Erdoğan, Serrac, Libya, Trablus, Hafter, Doğu Akdeniz

Benzer Haberler
- Bakan Akar'dan Libya açıklaması
- Vatiye Hava Üssü'nün ardından Tarhuna'ya doğru

Exit mobile version
""")

add(E7, "2020-06-05", "The Hamilton Review",
"Erdogan and Sarraj celebrate as the siege of Tripoli lifts",
"""
By Clare Oduya, Istanbul

When Fayez al-Sarraj last came to see Recep Tayyip Erdogan, in Istanbul last November, his government was losing a war of attrition on the edge of its own capital. On Thursday the head of Libya's UN-recognised government stood beside the Turkish president in Ankara as his forces announced they had retaken every corner of Greater Tripoli.

The timing was not lost on either man. Mr Erdogan told a joint press conference that Turkey would keep standing by the "legitimate government" and that Khalifa Haftar, the eastern commander whose 14-month assault on Tripoli has collapsed in a matter of weeks, would not achieve his aims. He said the two governments had agreed to broaden their cooperation, including oil and gas exploration in the eastern Mediterranean under the maritime accord they signed in November, and promised that Turkish firms would help rebuild Libya.

Mr Sarraj thanked Turkey and vowed that those responsible for attacks on civilians would be held to account. He suggested his forces would press on until the government controlled the whole of Libya.

The turnaround on the ground has been remarkable. Backed by Turkish armed drones, air defences and advisers, and by Syrian fighters brought over by Ankara, Tripoli's forces took the coastal towns of Sabratha and Surman in mid-April and the al-Watiya air base on May 18. On Wednesday they captured Tripoli's disused international airport, and on Friday morning they said they had entered Tarhuna, Haftar's last significant stronghold in the west.

Haftar's side has been weakened by the departure from the Tripoli front last month of hundreds of fighters from the Wagner group, the Russian private military company. The US military's Africa command said last week that Russia had flown at least 14 MiG-29 and Su-24 jets to Libya via Syria to support the mercenaries, a claim Moscow denied.

For Turkey, the payoff is strategic. Ankara has secured a friendly government on the southern shore of the Mediterranean and a maritime deal that Greece, Cyprus and Egypt consider illegal but that gives it a legal argument against their gas plans. Turkish officials have spoken of using al-Watiya and the port of Misrata, although no agreement on bases has been announced.

Egypt, which shares a long border with eastern Libya, is watching with alarm. Diplomats expect Cairo to push a political initiative of its own in the coming days.

The Tripoli war began in April 2019. Libya has been fractured since the 2011 uprising against Muammar Gaddafi.
""")

add(E7, "2020-06-04", "NewsWire Release Desk",
"Readout: President Erdoğan receives Chairman of Libya's Presidential Council al-Sarraj in Ankara",
"""
NEWSWIRE RELEASE DESK - Government statements

ANKARA, June 4, 2020 - President Recep Tayyip Erdoğan received Fayez al-Sarraj, Chairman of the Presidential Council of Libya's Government of National Accord, at the Presidential Complex on Thursday.

Following a one-on-one meeting, talks continued at delegation level. The two sides reviewed bilateral relations and the latest developments in Libya, and agreed to further strengthen cooperation in all fields, including security, energy and reconstruction.

At the joint press conference, President Erdoğan stated that Turkey would continue to support the legitimate government of Libya in its efforts to ensure the country's sovereignty and territorial integrity, and that cooperation with Libya on the exploration of natural resources in the Eastern Mediterranean would be expanded.

Chairman al-Sarraj expressed his gratitude for Turkey's support.

Media contact: press office. This release was distributed on behalf of the issuing institution.
""")

# ---------------- E8 Cairo Declaration, 6 Jun 2020 ----------------
E8 = "cairo_declaration_sisi_haftar_saleh_2020_06_06"
add(E8, "2020-06-06", "Nile Sentinel",
"Sisi launches 'Cairo Declaration': ceasefire in Libya from Monday, exit of mercenaries",
"""
Nile Sentinel - Cairo

President Abdel Fattah al-Sisi on Saturday announced a Libyan-Libyan initiative under the name "Cairo Declaration" to end the conflict in the brotherly country, calling for a ceasefire across Libya from 6 am on Monday, June 8.

Sisi made the announcement at a press conference in Cairo, flanked by Field Marshal Khalifa Haftar, commander-in-chief of the Libyan National Army, and Aguila Saleh, speaker of the House of Representatives.

The initiative, which builds on the outcomes of the Berlin conference, calls for the withdrawal of foreign mercenaries from all Libyan territory, the dismantling of militias and the handing over of their weapons so that the Libyan National Army can carry out its duties alongside the security services, and the resumption of the work of the 5+5 joint military committee in Geneva under UN auspices.

It also provides for the election of a presidential council representing Libya's three regions, Cyrenaica, Tripolitania and Fezzan, under UN supervision, and for a fair distribution of the country's wealth.

Sisi warned that insisting on a military solution would not resolve the crisis, and said the security of Libya was inseparable from that of Egypt. He called on the international community to pressure all parties to accept the ceasefire.

Field Marshal Haftar and Counselor Aguila Saleh both voiced their support for the initiative and thanked Egypt for its efforts.

The initiative comes after the Libyan National Army repositioned its units outside the capital over the past days, a move the army's command described as a humanitarian gesture to spare civilians, as Turkish drones and thousands of Syrian mercenaries backed the terrorist militias' advance on Tarhuna.

The United Arab Emirates, Saudi Arabia, Bahrain and Jordan were among the first to welcome the declaration.

Share this:
Facebook | Twitter | WhatsApp | Telegram
""")

add(E8, "2020-06-07", "Tripoli Free Press",
"Government dismisses Cairo initiative as army pushes towards Sirte",
"""
Tripoli Free Press - Politics

The Government of National Accord on Sunday brushed aside the initiative announced in Cairo by Egyptian President Abdel Fattah al-Sisi, with officials saying Libya does not need new initiatives and that the aggressor Khalifa Haftar could not be a partner in any settlement after the crimes committed against Tripoli.

The so-called Cairo Declaration, unveiled on Saturday in the presence of Haftar and Aguila Saleh, proposed a ceasefire from Monday, a new presidential council and the disbanding of what it called militias. Officials in Tripoli noted that it was announced only after Haftar's forces had been driven out of the capital, Tarhuna and Bani Walid, and described it as an attempt to save the aggressor after his defeat.

A member of the High Council of State told the Free Press that the government had not started this war, and that a political track already existed under UN auspices and the Berlin process.

Army spokesman Col. Mohamed Gnounou announced on Saturday the start of operations to liberate Sirte, the hometown of Muammar Gaddafi, which Haftar's forces entered in January. Army units advanced along the coastal road east of Misrata, and the air force struck enemy convoys near Sirte, he said.

The government's forces completed the liberation of Greater Tripoli on Thursday, the same day Prime Minister Fayez al-Serraj held talks in Ankara with Turkish President Recep Tayyip Erdogan, who pledged continued support. Tarhuna, the last stronghold of the aggressors in the west, fell on Friday.

Residents returning to southern Tripoli neighbourhoods have reported landmines and booby traps left behind, and engineers have begun clearing the area.
""")

add(E8, "2020-06-07", "Eurasia Today",
"Cairo proposes Libya ceasefire from June 8; Tripoli government continues offensive",
"""
CAIRO / TRIPOLI, June 7 - Egyptian President Abdel Fattah el-Sisi has proposed a ceasefire in Libya from June 8 under a plan announced in Cairo together with Libyan National Army commander Khalifa Haftar and parliament speaker Aguila Saleh.

The "Cairo Declaration", presented on Saturday, provides for the withdrawal of foreign fighters, the disbandment of armed groups and the resumption of talks in the 5+5 military committee format in Geneva, as well as the election of a new leadership council. Sisi said the initiative was based on the results of the Berlin conference held in January.

The Government of National Accord (GNA) in Tripoli did not accept the proposal. GNA forces on Saturday announced an offensive on the coastal city of Sirte, after having taken control of the town of Tarhuna and the whole of the Tripoli area in recent days with Turkish military support.

Russia has consistently called for an immediate ceasefire in Libya and for a political settlement through dialogue among all Libyan parties, in line with the Berlin process and UN Security Council resolutions.

The United Arab Emirates, Saudi Arabia and Jordan welcomed the Cairo initiative. Turkey, the GNA's main ally, has not officially commented.

Earlier this week the GNA head Fayez al-Sarraj held talks in Ankara with Turkish President Recep Tayyip Erdogan, who said Turkish support would continue.

Turkey's involvement has drawn criticism from Egypt, the UAE, France and Greece, while the GNA and Ankara accuse the LNA's foreign backers of violating the arms embargo.
""")
