# Article sources, part A (events of Dec 2019 - Mar 2020).
# Each entry: group slug, published date, outlet, title, text (paragraphs separated by blank lines).

ARTICLES_A = [

# ---------------------------------------------------------------- E13 Sarraj at Doha Forum
dict(group="sarraj_doha_forum_meets_qatari_leaders_2019_12_14",
published="2019-12-15", outlet="Al-Manara Net",
title="Al-Sarraj and the Qatari Prime Minister agree on strengthening the economic and security cooperation",
text="""Doha - Al-Manara Net

The head of the Presidential Council of the Government of National Accord, Fayez al-Sarraj, agreed with the Prime Minister of the State of Qatar, Sheikh Abdullah bin Nasser bin Khalifa Al Thani, on enhancing the cooperation between the two brotherly countries in the economic and security fields, according to what the media office of the Presidential Council announced today Sunday.

The two sides discussed, in a meeting that brought them together on the sidelines of the Doha Forum yesterday Saturday, the ways of developing the relations and unifying their efforts towards consolidating the pillars of security and stability in the region, and they reviewed the latest developments of the situation in Libya and the bilateral relations.

In a separate meeting, the Qatari Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman Al Thani renewed the rejection of his country for the aggression on the capital Tripoli, and he affirmed the support of Doha for the Government of National Accord as the legitimate body in Libya. The two sides agreed on the importance of activating the cooperation in the vital fields in a manner that serves the interests of the two countries.

Al-Sarraj participates in the Doha Forum, which was launched on Saturday in its nineteenth edition with the attendance of dozens of leaders and politicians from the various countries of the world, to discuss the governance in a multipolar world, and the Libyan file was raised in the forum from the angles of the proxy wars and the regional interference.

Read also: The Presidential Council: the memorandum with Turkey is a sovereign right and it does not target anyone

It is worth mentioning that the participation of al-Sarraj in Doha comes two days after the commander of the forces of the east, Khalifa Haftar, announced on Thursday evening what he called the "zero hour" and the "decisive battle" for entering Tripoli, which was followed by clashes on the southern axes of the capital.

It is also worth mentioning that the Government of National Accord signed with Turkey on the twenty-seventh of last November two memorandums of understanding, the first on the security and military cooperation and the second on the delimitation of the maritime areas, which angered Egypt, Greece and Cyprus, and Athens expelled the Libyan ambassador on the sixth of this month in protest.

Qatar and Turkey are the most prominent supporters of the Government of National Accord, while the United Arab Emirates and Egypt support the forces of Haftar, which started on the fourth of last April its attack to control the capital.

Informed sources said that al-Sarraj will head from Doha to Istanbul, where he is expected to meet the Turkish President Recep Tayyip Erdogan.

Read also: Tripoli.. the Ministry of Health counts the civilian victims of the shelling since April"""),

dict(group="sarraj_doha_forum_meets_qatari_leaders_2019_12_14",
published="2019-12-14", outlet="MENA Desk Live",
title="Libya live: Sarraj in Doha, fighting south of Tripoli, Athens keeps up pressure on Ankara",
text="""Saturday, 14 December 2019 - this page is updated through the day. All times GMT.

18:10 - Sarraj meets Qatari premier on Doha Forum sidelines
Fayez al-Sarraj, head of Libya's UN-recognised Government of National Accord (GNA), met Qatar's Prime Minister Sheikh Abdullah bin Nasser Al Thani on the margins of the Doha Forum on Saturday, according to Sarraj's media office. The two discussed economic and security cooperation and the latest developments in Libya. Sarraj also held separate talks with Qatari Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani, who, in the Libyan account of the meeting, restated Doha's rejection of the offensive on Tripoli and its support for the GNA. Qatar and Turkey are the Tripoli government's main foreign backers; the United Arab Emirates and Egypt support Khalifa Haftar's Libyan National Army (LNA).

15:30 - Libya on the forum agenda
The 19th Doha Forum, which opened today and runs until Sunday, includes discussion of Libya's war under the broader themes of proxy conflicts and regional interference. Sarraj's trip is his latest outing abroad since the GNA signed two memorandums with Turkey on 27 November.

12:45 - Fighting reported on southern axes
Both sides reported clashes on the southern outskirts of Tripoli, two days after Haftar declared on Thursday that the "zero hour" had arrived for what he called the decisive battle for the capital. Neither side's claims of gains could be independently verified, and there was no sign by midday of a major shift in the front lines that have barely moved since the summer.

10:20 - Athens keeps up diplomatic campaign
Greece pressed on with its campaign against the Turkey-GNA maritime memorandum, which it says ignores the island of Crete. Athens expelled the Libyan ambassador on 6 December. On Thursday, EU leaders meeting in Brussels said the memorandum infringed on the sovereign rights of third states and did not comply with the law of the sea. Ankara rejects that reading.

08:00 - What we're watching today
Sarraj's meetings in Doha; the situation on the Tripoli front after Haftar's announcement; reactions to the Turkey-Libya deals in Athens, Cairo and Nicosia.

Related: Libya live archive | Turkey-Libya memorandum explained"""),

# ---------------------------------------------------------------- E1 Erdogan at Golcuk
dict(group="erdogan_golcuk_vows_more_military_support_gna_2019_12_22",
published="2019-12-22", outlet="Hilal News Agency English",
title="Turkey may boost military support to Libya's legitimate government if needed: Erdoğan",
text="""KOCAELİ

Turkey could raise the level of its military support to Libya's legitimate government with air, naval and land options if it becomes necessary, President Recep Tayyip Erdoğan said on Sunday.

Speaking at a ceremony of the New Type Submarine Project at the Gölcük Naval Shipyard Command in northwestern Kocaeli province, Erdoğan said Ankara would "absolutely" not step back from the two memorandums of understanding it signed with the Government of National Accord (GNA) on Nov. 27.

Erdoğan stressed that the maritime jurisdiction agreement with Libya contradicts neither Turkish nor international law. Turkey has taken no step contrary to established practice on the continental shelf or on exclusive economic zones, he said.

He recalled that Turkey had taken the first steps on maritime delimitation with Libya some 10 years ago in talks with the country's then-leader Muammar Gaddafi, adding that the text had been delayed by the turmoil in the region.

"Nobody should try to shut us in on our own shores or seize our economic interests," Erdoğan said, adding that Turkey had no intention of starting a quarrel with anyone without reason. As the country with the longest coastline on the Mediterranean, Turkey is determined to protect its rights with all its means, he said.

At the ceremony, Piri Reis, the first of six new-type submarines being built at Gölcük, was floated out. Erdoğan said one submarine a year would enter service with the Turkish Naval Forces between 2022 and 2027.

He also said Turkey would "definitely" not change its policies on Syria and Libya.

On Saturday, the Turkish Grand National Assembly ratified the memorandum on security and military cooperation with Libya. The maritime memorandum entered into force on Dec. 8 after its approval by parliament.

Earlier this month, Erdoğan said Turkey could send troops to Libya if the GNA asked for it.

The GNA has been under attack since April 4 by the militias of putschist Khalifa Haftar, who is supported by the UAE and Egypt. Hundreds of civilians have been killed in the attacks on the capital Tripoli.

Since the ouster of late ruler Muammar Gaddafi in 2011, two seats of power have emerged in Libya: one in eastern Libya supported mainly by Egypt and the UAE, and the GNA in Tripoli, which enjoys UN and international recognition.

Share this:
Twitter
Facebook
WhatsApp"""),

dict(group="erdogan_golcuk_vows_more_military_support_gna_2019_12_22",
published="2019-12-22", outlet="Mediterranean Wire Service",
title="Erdogan says Turkey could step up Libya military support, weigh land, air, sea options",
text="""ISTANBUL (MWS) - Turkey could increase its military support for Libya's internationally recognised government and would consider ground, air and naval options if necessary, President Tayyip Erdogan said on Sunday.

Speaking at a submarine launch ceremony at the Golcuk naval shipyard, east of Istanbul, Erdogan said Ankara would "absolutely" not turn back from the security and maritime accords it signed last month with Prime Minister Fayez al-Serraj's Government of National Accord (GNA).

"Nobody should come at us with attempts to exclude us or trap us on our own shores," he said, in remarks aimed at Greece, Egypt and Cyprus, which have denounced the maritime accord as illegal.

Turkey's parliament approved the security accord on Saturday. Erdogan said on Dec. 10 that Turkey could send troops if the Tripoli government asked.

Forces loyal to eastern commander Khalifa Haftar have been trying since April to take Tripoli. On Saturday, Haftar's Libyan National Army said it had intercepted a Grenada-flagged ship with a Turkish crew off the eastern coast.

Libya has been in turmoil since a NATO-backed uprising toppled Muammar Gaddafi in 2011. Since 2014 it has been split between a government in Tripoli recognised by the United Nations and rival authorities in the east aligned with Haftar, whose forces are backed by the United Arab Emirates, Egypt and Russia. Turkey and Qatar support the Tripoli government.

(Reporting by MWS Istanbul bureau; editing by Clare Hollins)"""),

dict(group="erdogan_golcuk_vows_more_military_support_gna_2019_12_22",
published="2019-12-23", outlet="Nile Sentinel",
title="Erdogan threatens wider military intervention in Libya as Greek FM meets Field Marshal Haftar in Benghazi",
text="""Turkish President Recep Tayyip Erdogan on Sunday openly threatened to widen his military intervention in Libya, saying Ankara was prepared to provide "air, naval and land" support to the Tripoli government of Fayez al-Sarraj, which relies on terrorist militias to hold the capital.

Speaking at a naval shipyard in Golcuk, where a new submarine was launched, Erdogan said Turkey would never back down from the two memorandums he signed with al-Sarraj in Istanbul on November 27, one on so-called security and military cooperation and the other on maritime zones. He also claimed the maritime deal, rejected by Egypt, Greece and Cyprus, was consistent with international law, and even invoked talks he said he had held with the late leader Muammar al-Qaddafi a decade ago.

The Turkish parliament, dominated by Erdogan's party and its allies, ratified the military memorandum on Saturday, opening the door for the Turkish occupation of Libyan soil that Erdogan has been promising since earlier this month.

On the same day Erdogan was speaking, Greek Foreign Minister Nikos Dendias was in Benghazi, where he met the General Commander of the Libyan National Army, Field Marshal Khalifa Haftar. Dendias, who travelled on to Cairo and Cyprus, has described the Turkish-Sarraj maritime deal as legally void, and Athens expelled the Libyan ambassador of the Tripoli government earlier this month.

Egypt has repeatedly said the two memorandums have no legal effect, because the Skhirat agreement does not give the head of the Presidential Council the power to conclude international agreements alone. The Libyan House of Representatives has also rejected them, and its Speaker, Counselor Aguila Saleh, took the same message to Athens ten days ago.

Observers in Cairo note that Erdogan's escalation comes as the Libyan National Army presses its operation to liberate Tripoli, after the General Command announced on December 12 the start of the decisive battle. The army said on Saturday that its naval forces had intercepted a ship with a Turkish crew off the eastern coast, in a new sign of the Turkish role in the conflict.

Arab diplomats say Ankara is seeking to turn the Tripoli government into a bridgehead for its ambitions in the eastern Mediterranean gas fields, at the expense of the security of Libya's neighbours, first of all Egypt.

Advertisement

Most read: Arab League to hold emergency meeting on Libya | Egyptian Parliament committee discusses Turkish threat"""),

# ---------------------------------------------------------------- E2 Hadba school shelling
dict(group="tripoli_hadba_school_shelling_2020_01_28",
published="2020-01-28", outlet="Tripoli Voice",
title="Children killed as Haftar's shells land in school yard in Al-Hadba Al-Badri",
text="""[ad_1]

Several children were killed and others wounded on Tuesday when shells fired by the forces of Khalifa Haftar fell on a school compound in the Al-Hadba Al-Badri area in the south of the capital, according to statements by the Government of National Accord.

"The tragedy occurred due to the fall of indiscriminate shells fired by the war criminal Khalifa Haftar, one of which landed in the backyard of a school in the Al-Hadba Al-Badri area," the statement said, adding that initial reports spoke of a number of children killed and wounded.

The Volcano of Rage operation later said at least three children had been killed and several others injured, some of them seriously. The wounded were taken to hospitals in the capital.

Residents of the neighbourhood said the children were on their way to school in the morning when the shells fell. Parents gathered outside the school as ambulances left the area.

The attack is the latest violation by Haftar's forces of the truce announced on January 12 after the joint call by the Turkish and Russian presidents, and of the outcomes of the Berlin conference held on January 19, where world powers pledged to respect the arms embargo and push for a permanent ceasefire.

Last week Haftar's forces fired rockets at Mitiga airport, the only functioning airport in the capital, forcing flights to be suspended again.

On Monday, the UN Support Mission in Libya said that the fighting around Tripoli since April had killed at least 287 civilians in 2019 and wounded nearly 370, with air strikes causing about 60 percent of the casualties.

Haftar, backed by the United Arab Emirates, Egypt and Russian mercenaries of the Wagner company, launched his attack on Tripoli on April 4 last year. Haftar left Moscow on January 14 without signing the ceasefire document that Prime Minister Fayez al-Sarraj had signed.

[ad_2]
Source link"""),

dict(group="tripoli_hadba_school_shelling_2020_01_28",
published="2020-01-28", outlet="Mediterranean Wire Service",
title="Two children killed by shelling in south Tripoli, health ministry says",
text="""TRIPOLI (MWS) - Two children were killed and two others wounded on Tuesday when shells landed near a school in southern Tripoli, the health ministry of Libya's internationally recognised government said.

The children, aged 9 and 12, were hit in the Al-Hadba Al-Badri district, about 5 km (3 miles) south of the city centre, as they were going to school, a ministry official said, describing the projectiles as stray shells.

The Government of National Accord (GNA) blamed forces loyal to eastern commander Khalifa Haftar. There was no immediate comment from Haftar's Libyan National Army (LNA).

Shelling in and around the capital has continued despite a truce that took effect on Jan. 12 and pledges made at a summit in Berlin on Jan. 19 to shore it up. Both sides have accused each other of violations.

Separately, Turkish President Tayyip Erdogan, speaking at a news conference in Senegal on Tuesday, called Haftar "a legionnaire" and said he had no legitimacy, while GNA head Fayez al-Serraj was recognised by the U.N. Security Council.

Libya has been in turmoil since a NATO-backed uprising toppled Muammar Gaddafi in 2011. Since 2014 it has been split between a government in Tripoli recognised by the United Nations and rival authorities in the east aligned with Haftar, whose forces are backed by the United Arab Emirates, Egypt and Russia. Turkey and Qatar support the Tripoli government.

(Reporting by MWS Tripoli newsroom; writing by Omar Saadeh; editing by Clare Hollins)"""),

dict(group="tripoli_hadba_school_shelling_2020_01_28",
published="2020-01-29", outlet="Al-Manara Net",
title="The victims of the shelling of the school of Al-Hadba rise to four children",
text="""Tripoli - Al-Manara Net

The number of the victims of the shelling that targeted yesterday Tuesday the vicinity of a school in the area of Al-Hadba Al-Badri in the south of the capital Tripoli rose to four children, after one of the injured children died of his wounds in the hospital, according to what the local media reported today Wednesday.

And the Ministry of Health in the Government of National Accord had announced yesterday the killing of two children aged nine and twelve years and the injury of two others, while the operation Volcano of Rage talked about three dead, before the toll rose.

The Government of National Accord held the forces of the retired major general Khalifa Haftar responsible for the shelling, and said that a shell fell in the courtyard of the school at the time when the pupils were going to their classes in the morning.

Read also: Al-Sarraj receives a delegation of the families of the victims of the shelling of the residential neighborhoods

It is worth mentioning that the shelling comes nine days after the Berlin conference, in which the participating countries committed to respect the arms embargo and to not interfere in the Libyan affairs, and more than two weeks after the ceasefire announced on the twelfth of this month at the initiative of the Turkish President Recep Tayyip Erdogan and the Russian President Vladimir Putin.

The United Nations Support Mission in Libya had said the day before yesterday Monday that the conflict killed at least 287 civilians during the year 2019, and that about sixty percent of the victims fell by the air strikes.

It is also worth mentioning that the Turkish President described Haftar yesterday from the Senegalese capital Dakar as a "mercenary" who has no legitimacy, while Haftar did not comment on the accusations related to the shelling of Al-Hadba.

Read also: Mitiga airport resumes the flights after a new suspension due to the rockets"""),

# ---------------------------------------------------------------- E3 Lavrov on Idlib militants
dict(group="lavrov_says_idlib_militants_moving_to_libya_2020_01_28",
published="2020-01-28", outlet="Voskhod International",
title="Lavrov: large number of militants from Idlib heading to Libya in violation of UN resolutions",
text="""MOSCOW, January 28. /Voskhod/. A large number of militants are moving from Syria's Idlib de-escalation zone to Libya, in breach of UN Security Council resolutions, and Moscow has raised the matter with Ankara, Russian Foreign Minister Sergey Lavrov said on Tuesday.

Lavrov was speaking at a press conference following talks in Moscow with the Minister of Foreign Affairs and International Cooperation of South Sudan, Awut Deng Acuil.

According to the Russian minister, armed men leaving Idlib are going to Libya to take part in the hostilities there, which runs counter to the decisions of the Security Council. "We have drawn the attention of our Turkish colleagues to this," he said.

Lavrov also said terrorists in Idlib continue their provocations, shelling Syrian army positions, nearby settlements and the Russian Hmeimim air base, and that this cannot be allowed to go on. He urged Turkey to fully implement the understandings reached in Sochi on the de-escalation zone, including the separation of the moderate opposition from terrorists.

Earlier this month, during a visit to Sri Lanka, Lavrov had already warned that extremists who are losing ground in Idlib were moving to Libya "to continue causing problems" in that country.

Russia has called for a political settlement in Libya and hosted talks between the conflicting parties in Moscow on January 13. Field Marshal Khalifa Haftar left the Russian capital without signing the ceasefire document, although he later took part in the Berlin conference on January 19, which adopted a final communique calling for a lasting ceasefire and respect for the arms embargo.

Russian officials have repeatedly rejected Western media reports about the presence of Russian military personnel in Libya. President Vladimir Putin said earlier this month that if there are Russian citizens in Libya, they do not represent the interests of the Russian state and are not paid by it.

Speaking about the Middle East settlement, Lavrov also said Washington had not consulted Moscow on its plan for the Palestinian-Israeli conflict."""),

dict(group="lavrov_says_idlib_militants_moving_to_libya_2020_01_28",
published="2020-01-29", outlet="Gulf Horizon Daily",
title="Moscow confirms flow of militants from Idlib to Tripoli as Ankara's Berlin pledges unravel",
text="""This website uses cookies to improve your experience. By continuing to browse you accept our cookie policy. [Accept]

Russian Foreign Minister Sergey Lavrov has confirmed what the Libyan National Army has been saying for weeks: that large numbers of armed militants are being moved from Syria's Idlib to Libya to fight alongside the militias of the Tripoli government.

Speaking in Moscow on Tuesday after talks with his South Sudanese counterpart, Lavrov said the transfer of fighters from Idlib was a violation of UN Security Council resolutions and that Russia had raised the issue with Turkey directly.

His remarks came nine days after the Berlin conference, where Turkish President Recep Tayyip Erdogan signed up to a communique committing participants to non-interference in Libya's internal affairs and to the UN arms embargo.

At a press conference in Benghazi on Sunday, LNA spokesman Major General Ahmed al-Mismari said Turkey was continuing, at an accelerating pace, to ship fighters from Syria to Tripoli, and that Mitiga airport had become in effect a Turkish military base. The Syrian Observatory for Human Rights, a UK-based monitor, has said more than 3,600 Syrian fighters recruited by Turkey-backed factions had already reached Libya, with more in training in Turkey.

Ankara has not denied sending military personnel to Libya under its security memorandum with Fayez al-Sarraj, but Turkish officials have avoided addressing the Syrian fighters directly.

In Tripoli, the Sarraj government on Tuesday accused the LNA of shelling a school area in Al-Hadba, an accusation repeated by Turkish media. The army has consistently said it does not target civilians and that the militias use residential districts as cover.

Lavrov's comments are significant because Moscow and Ankara jointly called for the January 12 truce, and Russia has so far been careful in public criticism of its Turkish partner.

Related Articles
- Egypt, UAE reaffirm support for Libyan National Army
- Mismari: Turkish frigates escorting arms ships to Tripoli"""),

dict(group="lavrov_says_idlib_militants_moving_to_libya_2020_01_28",
published="2020-01-28", outlet="MENA Desk Live",
title="Middle East live: Lavrov says Idlib fighters heading to Libya; children killed in Tripoli shelling",
text="""Tuesday, 28 January 2020 - rolling coverage. All times GMT.

16:55 - Lavrov: militants moving from Idlib to Libya
Russian Foreign Minister Sergey Lavrov said a large number of militants were moving from Syria's Idlib province to Libya, in violation of Security Council resolutions, and that Moscow had taken the matter up with Turkey. Lavrov was speaking at a news conference in Moscow after meeting South Sudan's foreign minister, Awut Deng Acuil. He also urged Ankara to honour the Sochi understandings on Idlib, where Russian-backed government forces are on the offensive. It is the second time this month Lavrov has linked Idlib to Libya: on 14 January, in Colombo, he said extremists losing ground in Idlib were heading to Libya. Turkey backs the Tripoli government under a security memorandum signed in November; Russia denies state involvement on Haftar's side despite reports of Wagner contractors on the Tripoli front.

14:10 - Erdogan calls Haftar a "legionnaire"
Speaking in Dakar alongside Senegalese President Macky Sall, Turkish President Tayyip Erdogan said Khalifa Haftar had no legitimacy and was "a legionnaire", arguing that Haftar's operations depended on money from the UAE and Egypt.

11:30 - Children killed by shelling in southern Tripoli
Libya's UN-recognised government said shells fired by Haftar's forces had fallen near a school in the Al-Hadba Al-Badri district, killing children on their way to class. The health ministry gave a toll of two children killed and two wounded; the GNA's Volcano of Rage operation said three. The LNA did not comment.

09:00 - Today
Trump due to unveil his Middle East plan in Washington; Idlib fighting; Libya truce under strain nine days after Berlin.

Share: Twitter | Facebook | Email"""),

# ---------------------------------------------------------------- E4 rockets on Ain Zara / Bab Bin Ghashir
dict(group="tripoli_rockets_ain_zara_bab_bin_ghashir_2020_03_18",
published="2020-03-18", outlet="Hilal News Agency English",
title="Haftar militia rocket attacks kill 4 civilians, including 3 children, in Tripoli",
text="""TRIPOLI

Militias loyal to putschist Khalifa Haftar launched rocket attacks on Libya's capital Tripoli on Wednesday, killing four civilians, including three children, according to the legitimate government.

The three children, from the same family, were killed in the first attack in the southern Tripoli suburb of Ain Zara, the Health Ministry of the UN-recognized Government of National Accord (GNA) said.

A woman was killed later in the Bab Bin Ghashir district when a rocket struck her car, also wounding her daughter and niece, according to a statement by the GNA's Volcano of Rage operation.

Heavy fighting between GNA forces and Haftar's militias has been going on since early Wednesday on the southern outskirts of the capital.

On Tuesday, the UN and a number of countries called on Libya's warring parties to declare an immediate humanitarian cessation of hostilities to allow the authorities to respond to the new coronavirus.

The joint statement was issued by the ambassadors of Algeria, France, Germany, Italy, the Netherlands, the UK and the US, the EU delegation to Libya and the governments of Tunisia and the UAE. The UN Support Mission in Libya joined the call.

Haftar's militias have repeatedly violated the cease-fire that took effect on Jan. 12 in response to a joint call by the Turkish and Russian leaders, and have kept up shelling of residential areas and Mitiga airport.

Since the ouster of late ruler Muammar Gaddafi in 2011, two seats of power have emerged in Libya: Haftar in eastern Libya, supported mainly by Egypt and the United Arab Emirates, and the GNA in Tripoli, which enjoys UN and international recognition.

The GNA has been under attack by Haftar's militias since last April, with more than 1,000 people killed in the violence."""),

dict(group="tripoli_rockets_ain_zara_bab_bin_ghashir_2020_03_18",
published="2020-03-18", outlet="Mediterranean Wire Service",
title="Three children killed as rockets hit Tripoli suburb",
text="""TRIPOLI (MWS) - Three children from one family were killed on Wednesday when rockets hit the southern Tripoli suburb of Ain Zara, the health ministry of Libya's internationally recognised government said.

The Government of National Accord (GNA) blamed forces loyal to eastern commander Khalifa Haftar, which have been trying to seize the capital since April. Heavy fighting was reported on several southern front lines from early morning.

The shelling came a day after the United Nations and several Western and Arab governments urged both sides to agree a humanitarian truce so Libya's battered health system could prepare for the coronavirus. Libya has not yet reported a case.

(Reporting by MWS Tripoli newsroom; editing by Daniel Marsh)"""),

dict(group="tripoli_rockets_ain_zara_bab_bin_ghashir_2020_03_18",
published="2020-03-19", outlet="Tripoli Voice",
title="Four civilians, three of them children, killed in Haftar rocket fire on Ain Zara and Bab Bin Ghashir",
text="""Four civilians, among them three children from a single family, were killed on Wednesday as Haftar's forces pounded the southern districts of the capital with rockets, the Ministry of Health said.

The children died when a rocket struck their family home in Ain Zara in the morning. Hours later, a woman was killed in Bab Bin Ghashir when a rocket hit the car she was driving; her daughter and her niece, who were with her, were wounded and taken to hospital, according to the media office of the Volcano of Rage operation.

Medical sources in Tripoli said the wounded were in stable condition. Several houses in Ain Zara were damaged.

The rocket fire accompanied heavy clashes that broke out at dawn on Wednesday on the southern axes of the capital, including Ain Zara and Salahuddin. The Volcano of Rage operation said its forces had responded to the sources of fire. Haftar's spokesman did not comment on the civilian deaths.

The attack came less than 24 hours after the UN mission and a group of countries - Algeria, France, Germany, Italy, the Netherlands, Tunisia, the UAE, the UK and the US, together with the EU delegation - called on the warring parties to declare an immediate humanitarian truce so that the authorities could face the coronavirus threat. The Presidential Council has welcomed every call for a truce, but says the aggressor has never respected one.

Libya has not recorded any coronavirus case so far, but health officials warn that hospitals already stretched by nearly a year of war would not cope with an outbreak.

The Presidential Council condemned what it called a new war crime and urged the UN mission to name the party responsible for attacks on civilians, as it has done for earlier strikes.

Since Haftar launched his offensive on April 4 last year, nearly 150,000 people have been displaced from the southern districts and surrounding areas, according to UN agencies."""),
]
