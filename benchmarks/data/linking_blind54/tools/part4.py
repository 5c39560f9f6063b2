# Part 4: late June - July 2020
G11 = "macron_accuses_turkey_of_criminal_responsibility_in_libya_2020_06_29"
G12 = "akar_and_guler_visit_tripoli_2020_07_03"
G13 = "airstrikes_hit_watiya_air_base_2020_07_05"

ARTICLES = []

def add(group, published, outlet, title, text):
    ARTICLES.append(dict(group=group, published=published, outlet=outlet,
                         title=title, text=text.strip("\n")))

# ---------------------------------------------------------------- G11
add(G11, "2020-06-30", "The Northern Ledger",
"Macron accuses Turkey of 'criminal responsibility' in Libya as Nato rift deepens",
"""French president says Ankara has broken every promise made in Berlin, days after a naval stand-off between the two allies

By Claire Dumont, Paris, and Harriet Calloway, Istanbul

Emmanuel Macron has accused Turkey of bearing a "historic and criminal responsibility" for the war in Libya, the most severe language yet in a feud between two Nato allies that has spread from the battlefield around Tripoli to the waters of the Mediterranean.

Speaking on Monday after talks with Angela Merkel at Meseberg castle outside Berlin, the French president said Turkey had increased its military presence in Libya and "massively re-imported jihadist fighters from Syria" since January, when foreign powers meeting in Berlin pledged to stop interfering and to respect the UN arms embargo.

"I think this is a historic and criminal responsibility for a country that claims to be a member of Nato," Macron said. Turkey's policy in Libya was "unacceptable" to France, he said, and the moment had come for an "indispensable clarification" from Ankara. He added that the first foreign power intervening in Libya was Turkey.

Macron also sought to dispel what he called the false idea that France supports Khalifa Haftar, the eastern commander whose 14-month offensive on Tripoli collapsed this month in the face of Turkish drones, air defences and advisers. France has long been accused by Turkey and the Tripoli government of tacitly backing Haftar, something Paris denies. Merkel, standing beside him, did not echo his language but said Germany and France agreed that foreign interference had to end.

The remarks follow Macron's warning in Tunis a week earlier that Turkey was playing a "dangerous game" in Libya. Ankara responded at the time that his words could only be explained as an "eclipse of reason" and that it was France that was playing a dangerous game by supporting Haftar. By Tuesday morning Turkey had not issued a formal response to the latest comments.

Relations have been further poisoned by an incident at sea on 10 June. France says the frigate Courbet, operating under Nato's Sea Guardian mission, tried to inspect a Tanzanian-flagged cargo ship, the Cirkin, suspected of carrying weapons to Libya, and was illuminated three times by the fire-control radar of one of three Turkish warships escorting it. Turkey denies this and says the French ship behaved aggressively. Nato has opened an investigation after France raised the matter at a meeting of alliance defence ministers this month.

French officials say privately that the alliance's lukewarm response has confirmed Macron's diagnosis, made last November, of Nato's "brain death". Paris is considering reducing its participation in Nato's maritime operations in the Mediterranean and wants EU foreign ministers to discuss Turkey next month, with some diplomats raising the possibility of further sanctions.

Turkish officials counter that France has broken the embargo itself. In 2019 US-made Javelin missiles bought by France were found at a Haftar base in Gharyan; Paris said they were damaged and awaiting destruction, and had been used to protect French troops on a counter-terrorism mission. Ankara also argues that its support for the UN-recognised Government of National Accord (GNA) is legitimate under international law because it was requested by that government, while Haftar receives arms from the United Arab Emirates, Egypt and Russian contractors.

Macron's comments came as Haftar's opponents and backers appeared to be preparing for a battle over Sirte, the coastal city that guards the country's oil crescent. Egypt's President Abdel Fattah al-Sisi said this month that a GNA advance on Sirte or the al-Jufra air base would be a "red line" that could justify Egyptian military intervention. US military officials say Russia has flown fighter jets to al-Jufra.

Macron said France did not condone Russian involvement either, but noted that Moscow did not claim to be intervening as a state, whereas Turkey acknowledges its role.

Ankara's involvement has grown steadily since November, when Recep Tayyip Erdogan signed a military cooperation deal and a contested maritime accord with Fayez al-Sarraj, the GNA leader. The Turkish parliament authorised a deployment in January. Since the GNA captured the al-Watiya air base in May and retook all of Tripoli in early June, senior Turkish officials have visited Tripoli, and Erdogan has pledged to increase support.

For Germany, which takes over the EU's rotating presidency on Wednesday and hosted the Berlin conference, the Franco-Turkish clash is an unwelcome complication. German officials are trying to revive the ceasefire talks launched in Berlin and fear a direct clash between Egypt and Turkey in Libya. "The priority is a ceasefire around Sirte," a German diplomat said. "Public accusations between allies do not help."
""")

add(G11, "2020-06-30", "Bosphorus Post",
"Macron targets Turkey again over Libya, ignoring France's own support for Haftar",
"""ANKARA

French President Emmanuel Macron has once again targeted Turkey over its support for Libya's legitimate government, claiming that Ankara bears a "historic and criminal responsibility" in the North African country.

Speaking at a joint press conference with German Chancellor Angela Merkel at Meseberg near Berlin on Monday, Macron claimed that Turkey had not respected its commitments made at the Berlin Conference in January, had increased its military presence in Libya and had brought fighters from Syria.

"I think this is a historic and criminal responsibility for a country that claims to be a member of NATO," Macron said, without mentioning the support given to putschist Khalifa Haftar by the United Arab Emirates, Egypt and Russian Wagner mercenaries, or by France itself.

Macron also claimed that France did not support Haftar.

The French president's remarks came a week after he accused Turkey in Tunis of playing a "dangerous game" in Libya. In response, Foreign Ministry Spokesperson Hami Aksoy said on June 23 that Macron's description of Turkey's support for the legitimate government as a dangerous game "can only be described as an eclipse of reason."

"If Mr. Macron revisits his memory and acts with common sense, he will recall that today's problems in Libya originate from the attacks of putschist Haftar, who is supported by Mr. Macron himself, and that it is the warlord Haftar who refused to sign the ceasefire agreement in Moscow and Berlin," Aksoy said at the time, adding that France had primary responsibility for Libya's drift into chaos.

Turkish officials have also repeatedly reminded that U.S.-made Javelin anti-tank missiles belonging to the French military were found in 2019 at a base used by Haftar's militias in Gharyan, south of Tripoli.

France also accused Turkish navy ships of harassing its frigate Courbet on June 10 while it was operating within NATO's Sea Guardian operation off Libya. Turkey rejected the claims, saying the French vessel had not established communication with the Turkish ships and had conducted a dangerous maneuver. Turkish officials said they had shared their account of the incident with NATO.

Turkey signed a security and military cooperation memorandum with the U.N.-recognized Government of National Accord (GNA) on Nov. 27, together with a memorandum on maritime jurisdictions. Turkish support, including training and advisory services, has helped the GNA end Haftar's 14-month siege of Tripoli and liberate strategic locations such as al-Watiya air base and Tarhuna.

Turkey supports the legitimate Government of National Accord (GNA) in Tripoli, which was attacked by putschist Khalifa Haftar's militias from April 2019. Haftar is backed by the United Arab Emirates, Egypt and France, as well as mercenaries from the Russian Wagner group, according to Tripoli.

Since the GNA's victories, mass graves have been discovered in Tarhuna and other areas formerly held by Haftar's militias. Turkey has called on the international community, including France, to support efforts to bring those responsible to justice.

Analysts in Ankara said Macron's rhetoric reflected France's frustration at the collapse of Haftar's offensive, and its domestic political calculations. "Paris bet on the wrong horse in Libya, and now it wants NATO to pay the price for its mistake," said one foreign policy analyst.

Share this:
Twitter | Facebook | LinkedIn | WhatsApp

YOU MAY ALSO LIKE
- Turkish navy: French frigate Courbet did not respond to calls
- Çavuşoğlu: EU must act as an honest broker in Eastern Mediterranean
- Libya's GNA thanks Turkey for support in liberating Tarhuna
""")

# ---------------------------------------------------------------- G12
add(G12, "2020-07-03", "Mediterranean Press Agency",
"Turkish defence minister and military chief make surprise visit to Tripoli",
"""TRIPOLI (MPA) - Turkey's defence minister Hulusi Akar and chief of general staff Yasar Guler arrived in Tripoli on Friday for talks with Libya's internationally recognised government, the second high-level Turkish visit in just over two weeks and a sign of Ankara's deepening military footprint in the country.

Akar and Guler were greeted with a military ceremony at Mitiga airport and discussed "military and security cooperation" with Fayez al-Serraj, head of the Government of National Accord (GNA), and military officials, the GNA said. The talks covered defence and security training programmes under the agreement signed with Ankara in November.

"Turkish support for the GNA continues in the areas of military and security cooperation," GNA deputy defence minister Salah Namrush said.

The Turkish defence ministry said the two men would review activities carried out under the memorandum of understanding, and visited the Defence and Security Cooperation and Training Assistance Advisory Command set up in Tripoli under the deal. "We will continue to support our Libyan brothers to live in a more secure, dignified and happier way," Akar was quoted as saying.

President Tayyip Erdogan told reporters in Istanbul that the visit was "part of a plan" and followed a trip to Tripoli on Wednesday by the commander of the Turkish navy, Admiral Adnan Ozbal. "The work between us and the legitimate government in Libya must be carried out very seriously and decisively," Erdogan said. He was speaking a day after returning from Qatar, where he said Libya had been the main topic.

Turkish officials did not comment on reports in Arab and Libyan media that Ankara was seeking permanent use of the al-Watiya air base, captured by GNA forces in May, and of the naval base at Misrata. Diplomats in Tripoli said such arrangements had been discussed but not finalised.

The visit comes two and a half weeks after a delegation led by Foreign Minister Mevlut Cavusoglu, including intelligence chief Hakan Fidan and Treasury Minister Berat Albayrak, held talks in Tripoli on June 17.

It also comes amid a bitter row with France. On Wednesday Paris said it was temporarily suspending its participation in NATO's Sea Guardian maritime operation after an incident between a French frigate and Turkish warships off Libya on June 10, and demanded that allies reaffirm their commitment to the UN arms embargo. President Emmanuel Macron said on Monday that Turkey bore a "historic and criminal responsibility" in Libya.

Meanwhile, the speaker of Libya's eastern-based parliament, Aguila Saleh, held talks in Moscow on Friday with Russian Foreign Minister Sergei Lavrov, as frontlines have frozen around the coastal city of Sirte. Egypt has warned that a GNA advance on Sirte or the al-Jufra air base would cross a "red line".

Libya has been torn by conflict since the NATO-backed uprising that toppled and killed Muammar Gaddafi in 2011. Since 2014 it has been split between rival administrations in the west and the east, each backed by an array of armed groups and foreign governments.

Serraj's GNA, recognised by the United Nations, is backed by Turkey and Qatar. Khalifa Haftar's self-styled Libyan National Army (LNA) is supported by the United Arab Emirates, Egypt and Russia, while France has been accused of favouring him, which Paris denies.

(Reporting by MPA Tripoli and Ankara bureaus; editing by Ruth Abernathy)
""")

add(G12, "2020-07-04", "Libya Tribune",
"Turkish Defence Minister and Chief of Staff arrive in Tripoli, meet Al-Sarraj",
"""Tripoli - Libya Tribune

The Turkish Minister of National Defence, Hulusi Akar, and the Chief of the General Staff of the Turkish Armed Forces, General Yasar Guler, arrived on Friday in Tripoli on an official visit, where they were received at Mitiga International Airport by Deputy Defence Minister Salah Al-Namroush and Chief of Staff Mohammed Al-Sharif with an official military ceremony.

The Head of the Presidential Council and Supreme Commander of the Libyan Army, Fayez Al-Sarraj, met the Turkish delegation, and the meeting discussed the progress of the implementation of the memorandum of understanding on security and military cooperation, and the training and qualification programmes for the Libyan army, according to the Presidential Council's media office.

Al-Sarraj praised the Turkish support, which he said had helped repel the aggression on Tripoli and liberate the western region, and stressed that the army is ready to respond to any attack by Haftar's militias and the mercenaries supporting them, who are massing around Sirte and Al-Jufra.

Akar and Guler also visited the headquarters of the Turkish advisory command for training and cooperation and met Turkish and Libyan officers. Akar told them that Turkey will "always know what to do for our Libyan brothers" under the instructions of President Recep Tayyip Erdogan.

The visit follows that of the commander of the Turkish Naval Forces, Admiral Adnan Ozbal, who met Chief of Staff Al-Sharif on Wednesday, and of a delegation led by Foreign Minister Mevlut Cavusoglu on June 17.

Deputy Defence Minister Al-Namroush said that Turkish support continues in the fields of military and security cooperation, including training programmes for Libyan army cadets in Turkey and in Libya, and the rebuilding of the air defence and naval forces.

Military sources said the two sides also discussed the situation on the Sirte and Al-Jufra fronts, where the Volcano of Anger forces are waiting for orders to advance, and the continuing flights of Russian and Emirati cargo planes to the bases of Haftar's militias.
Aguila Saleh discusses "political roadmap" with Lavrov in Moscow
Moscow - The speaker of the Tobruk-based House of Representatives, Aguila Saleh, held talks on Friday with Russian Foreign Minister Sergei Lavrov in Moscow, as part of a visit during which he is meeting several Russian officials.
Lavrov said Russia supported a ceasefire and the resumption of the political process on the basis of the Berlin conference outcomes, and that Moscow maintained contacts with all Libyan parties. Saleh presented his initiative for a new Presidential Council representing Libya's three regions, which he announced in April.
Observers said the visit aims to secure Russian backing for the speaker as a political interlocutor after the military setbacks of Haftar's forces in western Libya.

Tags: Turkey, Akar, Tripoli, Saleh, Moscow
""")

# ---------------------------------------------------------------- G13
add(G13, "2020-07-05", "Gulf Horizon News",
"Unidentified warplanes destroy Turkish air defences at Al-Watiya base in western Libya",
"""BENGHAZI - Gulf Horizon News

Warplanes struck Al-Watiya airbase in western Libya overnight Saturday, destroying air defence systems and radars that Turkey had recently installed at the base, according to Libyan military sources and residents of the area.

Residents of nearby towns said they heard a series of heavy explosions after midnight and saw fires burning for hours inside the base, some 140 kilometres southwest of Tripoli. Several ambulances were seen heading to the base in the early hours of Sunday, they said.

A source in the Libyan Arab Armed Forces (LAAF) told Gulf Horizon that the raids hit nine targets, including a US-made MIM-23 Hawk surface-to-air missile system, radars and a KORAL electronic warfare system, which Turkish military cargo planes had delivered to the base in recent days. The source said that Turkish officers had been among the casualties, without giving numbers.

Accounts close to the General Command circulated video said to show the moment of the strikes, and claimed a senior Turkish intelligence officer in the base's operations room was wounded. There was no official confirmation from the Turkish side of any casualties, and the LAAF did not formally claim the attack.

The deputy defence minister of the Tripoli-based Government of National Accord (GNA), Salah al-Namroush, confirmed the strikes and said they were carried out by "foreign aircraft" supporting Field Marshal Khalifa Haftar. He vowed a response "in the right place and time" and said the attack would not affect the GNA's plans.

The strike came as Turkish Defence Minister Hulusi Akar and Chief of Staff Yasar Guler were in Libya on a two-day visit, during which they met GNA head Fayez al-Sarraj in Tripoli. Libyan media reported, without confirmation, that Turkey intends to turn Al-Watiya into a permanent Turkish air base.

Al-Watiya was captured from the Libyan army by GNA militias and Syrian mercenaries with the support of intensive Turkish drone strikes on May 18.

Turkey had moved in recent days to reinforce the base, according to the same sources, with cargo flights landing at Al-Watiya carrying air defence components and technical teams. Libyan media close to the army reported that Ankara intended to station drones and, later, F-16 fighters there, and to use the port of Misrata as a naval base.

Official Turkish media did not report the strike for hours. Turkish news agency Anadolu later quoted a GNA military source as saying that unidentified aircraft had bombed the base, without giving details about losses.

Political analysts in the Gulf said the strike sent a clear message to Ankara that its forces in Libya were not protected. "Turkey thought it had established an air umbrella over western Libya. Tonight it discovered that it has not," said an Emirati commentator.

Egypt's President Abdel Fattah al-Sisi declared last month that the Sirte-Al-Jufra line was a red line for Egypt's national security, warning that Cairo could intervene directly if it were crossed.

Read also: Arab Parliament: Turkish presence in Libya "a threat to Arab national security"
Read also: Mismari: Turkish ships continue to unload weapons at Misrata port
""")

add(G13, "2020-07-05", "Meridian Wire",
"Air strikes hit Libya base held by Turkey-backed forces",
"""TRIPOLI, July 5 (Meridian) - Unidentified warplanes struck al-Watiya air base in western Libya overnight, hitting equipment recently deployed there by Turkey, the main backer of the Tripoli government, officials and residents said on Sunday.

Salah al-Namroush, deputy defence minister in the UN-recognised Government of National Accord (GNA), confirmed the raids in a statement and said "foreign aircraft" supporting Khalifa Haftar had carried them out. He said Libya would respond and that the strikes were a failed attempt to distract from the GNA's successes.

Residents said explosions were heard through the night. Media close to Haftar's Libyan National Army (LNA) said the strikes destroyed Turkish-operated air defence batteries and radars at the base, and claimed there were Turkish casualties. Those claims could not be verified, and there was no immediate comment from the Turkish defence ministry.

The raids came as Turkish Defence Minister Hulusi Akar was in Libya on a visit that began on Friday, when he met GNA head Fayez al-Sarraj in Tripoli. Akar's ministry did not say where he was on Saturday night.

Al-Watiya, about 125 km (78 miles) southwest of Tripoli near the Tunisian border, was captured by GNA forces from Haftar's LNA on May 18 after weeks of Turkish drone strikes. Its loss marked the beginning of the collapse of Haftar's 14-month offensive against Tripoli.

Some GNA supporters claimed on social media that the aircraft belonged to the United Arab Emirates, which has backed Haftar and which UN experts have accused of violating the arms embargo. There was no comment from Abu Dhabi. The LNA did not immediately claim the strikes.

Akar and Turkey's chief of general staff Yasar Guler had been received with a military ceremony at Tripoli's Mitiga airport on Friday and inspected a Turkish training and advisory command set up under a security pact signed with the GNA in November. The Turkish navy commander visited Tripoli on Wednesday. Libyan and Arab media have reported that Ankara is seeking to set up permanent bases at al-Watiya and in Misrata, which Turkish officials have not confirmed.

The United States said in May that Russia had deployed fighter jets to Libya to support Russian military contractors fighting alongside Haftar, a claim Moscow denies.

Front lines have frozen around the coastal city of Sirte, which the GNA and Turkey say must be retaken before any ceasefire. Egypt has warned that it could intervene militarily if GNA forces advance on Sirte or al-Jufra.

The strike also came days after France suspended its participation in a NATO maritime security operation in the Mediterranean over a dispute with Turkey about the enforcement of the UN arms embargo on Libya.

Oil-rich Libya has been mired in chaos since a 2011 uprising backed by NATO killed dictator Moamer Kadhafi, with rival administrations and militias vying for power.

Haftar, whose forces control the east and much of the south, is supported by the United Arab Emirates and Egypt, and the Tripoli government says Russian mercenaries are fighting on his side, a claim Moscow denies.

mer/ps/gw
""")

add(G13, "2020-07-07", "Defence Review Weekly",
"Al-Watiya strike exposes gaps in Turkey's air defence umbrella over western Libya",
"""DEFENCE REVIEW WEEKLY - Air Defence | Analysis

A night-time air strike on al-Watiya air base in western Libya in the early hours of 5 July has raised questions about Turkey's ability to protect the assets it is deploying to support the Government of National Accord (GNA), and about who is operating strike aircraft on behalf of the Libyan National Army (LNA).

According to sources aligned with the LNA, the attack hit at least nine targets on the base, including a battery of MIM-23 Hawk medium-range surface-to-air missiles and a KORAL electronic warfare system that had been delivered only days earlier. Turkish state news agency Anadolu, citing an unnamed Libyan military source, reported on Monday that "some of the base's equipment, which was recently brought to reinforce the base, including an air defence system" was hit, but that there were no human casualties. LNA-aligned accounts claimed that Turkish personnel had been killed or wounded; Defence Review Weekly has not been able to verify those claims.

Satellite imagery made available after the strike shows damage on parts of the base, but cloud cover obscured the areas where the Hawk system was reportedly positioned, leaving the extent of the losses unclear.

The Hawk deployment, if confirmed, would be Turkey's most capable ground-based air defence system in Libya so far. The Turkish army operates upgraded Hawk XXI systems, and reports earlier this year suggested Turkish-operated Hawk units had been deployed near Tripoli. Their arrival at al-Watiya was widely read as a first step towards turning the base, captured from the LNA on 18 May, into a hub for Turkish drones and potentially fighter aircraft.

The identity of the attacking aircraft remains disputed. The LNA's own air force operates a small number of ageing Soviet-era aircraft, including MiG-21s and MiG-23s and, according to US Africa Command, MiG-29s and Su-24s delivered from Russia via Syria in May. Pro-GNA sources allege that the strike was carried out by UAE Air Force Mirage 2000-9 aircraft flying from western Egypt, a claim for which no evidence has been presented. The UAE has not commented.

Whoever flew the mission, the strike appears to have achieved surprise at night against a newly deployed, possibly not fully integrated air defence network. Analysts point out that Hawk batteries are vulnerable while their radars are being set up and calibrated, and that the KORAL system, credited with jamming LNA air defences during the May offensive, is itself a high-value target.

The raid also coincided with a visit to Libya by Turkish Defence Minister Hulusi Akar and Chief of General Staff Gen. Yasar Guler, who arrived in Tripoli on 3 July. Unconfirmed reports that Akar was at al-Watiya at the time of the strike have not been substantiated.

For Ankara, the attack underlines the risk of extending its air defence umbrella further from the coast as the GNA contemplates an offensive on Sirte and al-Jufra. Egypt has declared the Sirte-al-Jufra line a red line. A push towards Sirte would take GNA forces and their Turkish support well beyond the cover of Tripoli-based systems and within reach of LNA and allied aircraft operating from al-Jufra and eastern bases.

Turkish officials have vowed that the attack will not go unanswered, while the GNA's deputy defence minister Salah al-Namroush promised a response "at the right time and place". No retaliation had been reported by the time of writing.

Systems referenced: MIM-23 Hawk (Raytheon / Aselsan-upgraded Hawk XXI), KORAL (Aselsan), Bayraktar TB2 (Baykar), MiG-29, Su-24, Mirage 2000-9.
""")

add(G13, "2020-07-06", "Libya Live: Mideast Briefing",
"LIVE: Turkey-supplied air defences hit in overnight raid on al-Watiya; GNA vows response",
"""Libya Live: Mideast Briefing - updated Monday 6 July

07:30 GMT - What we know about the al-Watiya strike
Unidentified aircraft struck al-Watiya air base, 125-140 km southwest of Tripoli, late on Saturday night into Sunday. LNA-linked accounts say nine targets were hit, including a Hawk air defence battery and a KORAL jamming system. Turkey has not confirmed losses.

08:15 GMT - Anadolu: no casualties
Turkey's Anadolu news agency quotes a Libyan military source saying the raids hit "some equipment recently brought to reinforce the base, including an air defence system", with no human losses.

09:00 GMT - GNA: "We will respond"
Deputy defence minister Salah al-Namroush says the strikes by "foreign aircraft" backing Haftar will be answered.

10:40 GMT - Oil talks
The National Oil Corporation says talks continue on lifting the blockade on oil fields and ports.

Share this: Facebook / Twitter / Telegram
""")
