# Set 46 articles, part C: June 2020
from articles_a import MPW_BOILER

ARTICLES_C = [
# ---------------------------------------------------------------- event 9
("erdogan_sarraj_ankara_meeting_2020_06_04", "2020-06-04", "Ankara Crescent News",
"Erdoğan: We will never leave our Libyan brothers to the mercy of putschists",
"""ANKARA

President Recep Tayyip Erdoğan said on Thursday that Turkey would increase its support to Libya's legitimate government and would never leave the Libyan people at the mercy of putschists and mercenaries.

Speaking at a joint press conference with Fayez al-Sarraj, chairman of Libya's Presidential Council, at the Presidential Complex in Ankara, Erdoğan said the putschist Khalifa Haftar and those who support him were the biggest obstacle to peace in Libya, and that a person who poses a permanent threat to Libya's future could not sit at the negotiating table.

He said the solution in Libya could only be political and under the umbrella of the United Nations, and that the legitimate government had always taken a constructive attitude despite the war crimes committed by Haftar's militias. History, he added, would hold to account those who stood with the putschist and shed Libyan blood.

Erdoğan said the two countries had agreed to expand cooperation, including on the exploration and use of natural resources in the Eastern Mediterranean, under the maritime jurisdiction memorandum signed in November. He also called for an end to attempts to sell Libyan oil illegally, saying the country's oil belonged to all Libyans.

Sarraj thanked Turkey for standing with legitimacy and said government forces were determined to extend their control over the whole country and to bring those responsible for crimes against civilians to justice. He said Libya looked forward to Turkish companies returning to work on infrastructure and reconstruction projects, and ruled out talks with Haftar, whom he described as a war criminal.

The visit came hours after the Libyan army announced that it had full control over the administrative borders of Greater Tripoli, a day after retaking Tripoli International Airport, which Haftar's militias had held since April 2019.

Erdoğan hosted Sarraj in Istanbul in December, shortly before the legitimate government formally requested Turkish military support. Turkey has provided training and advisory support to the legitimate government under the security and military cooperation memorandum signed on Nov. 27, 2019."""),

("erdogan_sarraj_ankara_meeting_2020_06_04", "2020-06-05", "RusInform World",
"Erdogan says Haftar has no place at negotiating table after talks with Sarraj",
"""ANKARA, June 5 - RusInform. Turkish President Recep Tayyip Erdogan, after talks with the head of the Government of National Accord of Libya, Fayez Sarraj, said that Marshal Khalifa Haftar could not take part in negotiations on the future of the country.

At a joint press conference in Ankara on Thursday, Erdogan said that Haftar and his supporters were the main obstacle to peace in Libya and that Turkey would strengthen its support for the GNA. He also said that Ankara and Tripoli would expand cooperation in exploration and drilling in the Eastern Mediterranean.

Sarraj, for his part, said that the GNA would not negotiate with Haftar and intended to establish control over the entire territory of Libya. He invited Turkish companies to return to Libya.

The visit of the head of the GNA to Turkey was not announced in advance; on Wednesday the press service of the Turkish president told RusInform that a meeting with Sarraj was not on Erdogan's agenda. Earlier the same day, Turkish Foreign Minister Mevlut Cavusoglu had said in a television interview that Sarraj would come to Ankara.

On Thursday, GNA forces announced they had taken control of all of Tripoli, and on Friday they said they had entered the city of Tarhuna, south-east of the capital. Haftar's Libyan National Army has not commented on the situation in Tarhuna. The marshal himself has been in Cairo since Wednesday evening, according to Egyptian media.

Moscow has consistently called for an immediate ceasefire in Libya and for the resumption of the political process on the basis of the decisions of the Berlin conference held in January. Russia has repeatedly stated that it has no military personnel in Libya."""),

("erdogan_sarraj_ankara_meeting_2020_06_04", "2020-06-05", "Aegean Post",
"Erdogan and Sarraj pledge joint drilling off Libya as Tripoli government routs Haftar",
"""By Nikos Alexandrou

Turkey and the Tripoli-based government of Fayez al-Sarraj will step up exploration and drilling for hydrocarbons in the eastern Mediterranean, President Recep Tayyip Erdogan said on Thursday, in comments that are certain to alarm Athens.

Speaking after talks with Sarraj in Ankara, Erdogan said the two sides would work together on the exploration and use of natural resources under the maritime memorandum they signed last November. That accord, which Greece considers null and void, draws a boundary between the two countries' continental shelves through waters south of Crete.

Turkey's state oil company has already applied for new exploration licences, according to a notice published in the Turkish official gazette last week, including areas that Greece regards as its own continental shelf.

Erdogan also used the press conference to attack Khalifa Haftar, whose forces have been driven out of the Tripoli area in recent days, saying he had no place at the negotiating table. Sarraj said his government would not negotiate with Haftar and would take control of the whole country.

The visit coincided with the collapse of Haftar's fourteen-month siege of the Libyan capital. Forces loyal to Sarraj's Government of National Accord retook Tripoli International Airport on Wednesday and on Thursday declared control over the whole of Greater Tripoli.

Greek Foreign Minister Nikos Dendias has repeatedly warned that Athens will respond to any Turkish attempt to drill in waters it claims. Greece and Italy are meanwhile negotiating their own maritime boundary agreement.

Erdogan first met Sarraj on the issue in Istanbul on November 27, when the memoranda were signed, and again in December, weeks before Turkish troops were deployed to Libya.

Read more:
- Greece protests to UN over Turkish-Libyan memorandum
- Mitsotakis: the EU must stand by member states

This site uses cookies. By continuing to browse the site you are agreeing to our use of cookies. Find out more."""),

# ---------------------------------------------------------------- event 10
("gna_captures_tarhuna_2020_06_05", "2020-06-05", "Maghreb Morning Briefing",
"LIVE: Tripoli government forces enter Tarhuna, Haftar's last western bastion",
"""Live updates - Friday 5 June. All times local (GMT+2).

18:40 - GNA units say they are pursuing retreating eastern forces south of Tarhuna towards Bani Walid. No independent confirmation.

17:05 - A reminder of the diplomatic backdrop: Khalifa Haftar has been in Cairo since Wednesday night for talks with Egyptian officials, while Fayez al-Serraj was in Ankara yesterday, where Erdogan vowed to step up support and said Haftar had no place at the negotiating table.

15:20 - LNA spokesman Ahmed al-Mismari describes the pull-back from the western front as a repositioning decided by the General Command to give room for the UN-led political track. He does not mention Tarhuna by name.

13:10 - Celebratory gunfire reported in parts of Tripoli as news from Tarhuna spreads. Tripoli residents have been sharing videos from the Msallata-Tarhuna road.

11:30 - Military spokesman Mohamed Gnounou: "Our heroic forces have extended their control over the whole of Tarhuna." He says government forces entered from four axes and met no significant resistance.

10:45 - Mustafa al-Mujie, spokesman of the Volcano of Anger operation, says forces are combing the town after Haftar's fighters withdrew. Interior ministry to activate the town's security directorate.

09:20 - GNA operations room says its forces have entered Tarhuna, some 65 km south-east of Tripoli. The town, controlled by the al-Kani family's Kaniyat militia allied with Haftar, has been the main launchpad and supply hub for the 14-month offensive on the capital.

08:00 - Good morning. Yesterday the GNA declared control over all of Greater Tripoli, a day after retaking the international airport. All eyes today on Tarhuna.

---
Background: Haftar's Libyan National Army launched its assault on Tripoli on 4 April 2019. The GNA, backed by Turkey since January with drones, air defences and advisers, launched its counter-offensive in late March, retaking the coastal towns west of the capital in April and al-Watiya air base on 18 May.

Share this live blog:"""),

("gna_captures_tarhuna_2020_06_05", "2020-06-06", "Al-Manara Net",
"The Government of National Accord forces announce control of Tarhuna, the last stronghold of Haftar in the west",
"""Al-Manara Net - Tripoli

The forces of the Government of National Accord announced, yesterday Friday, their complete control of the city of Tarhuna southeast of the capital Tripoli, which is considered the last stronghold of the forces of Khalifa Haftar in the western region.

The spokesman of the forces of the government, Mohammed Gununu, said in a statement that the forces entered the city from four axes and reached its center, and that they extended their control over all of Tarhuna, after the escape of the militias of Haftar and the "Kaniyat".

For his part, the spokesman of the operation "Volcano of Anger" Mustafa al-Majei said that the forces are combing the city and that no resistance was observed, pointing out that the security directorate of the city will be activated in coordination with the Ministry of Interior.

The General Command of the forces of Haftar did not comment immediately on the fall of the city, while its spokesman Ahmed al-Mismari said that the redeployment of the forces came to give the chance for the political solution.

And the citizens went out in the streets of Tripoli and Misrata to celebrate, the day before yesterday Thursday evening and yesterday, after the announcement of the government of the control of all the administrative borders of the capital and the liberation of Tripoli International Airport.

It is worth mentioning that the head of the Presidential Council Fayez al-Sarraj met, the day before yesterday Thursday in Ankara, with the Turkish President Recep Tayyip Erdogan, who affirmed the continuation of the support of his country to the Government of National Accord.

It is also worth mentioning that Haftar launched on the fourth of April 2019 an attack to control Tripoli, the seat of the internationally recognized government, with the support of the UAE, Egypt and Russia.

Read also: Haftar arrives in Cairo amid talks on a political initiative

Read also: Mitiga airport .. preparations to resume the flights soon"""),

("gna_captures_tarhuna_2020_06_05", "2020-06-06", "Nile Gate News",
"Libyan army repositions outside Tarhuna to spare civilians and support political track",
"""Cairo - Nile Gate

The Libyan National Army carried out on Friday a redeployment of its units from the city of Tarhuna and the areas south of Tripoli, in a step the General Command said aimed at sparing civilians and giving a chance to the political track sponsored by the United Nations.

Army spokesman Major General Ahmed al-Mesmari said the decision was taken to avoid bloodshed and out of the army's commitment to international efforts, stressing that the army remains ready to respond to any aggression.

Militias loyal to the Government of Fayez al-Sarraj entered the city in the morning, supported by Turkish drones and thousands of Syrian mercenaries transferred by Ankara, according to Libyan sources. Residents fleeing toward Bani Walid spoke of reprisals and the burning of homes by the militias, claims that could not be independently verified.

The entry of the militias came hours after the Turkish president Recep Tayyip Erdogan received Sarraj in Ankara on Thursday and pledged to increase his support, while stating that the Field Marshal would not be part of any negotiations. Egyptian commentators described the statement as blatant interference in Libyan affairs by the Turkish occupation.

Field Marshal Khalifa Haftar has been in Cairo since Wednesday for consultations with Egyptian officials on the latest developments. Egyptian sources expect an important political announcement on Libya in the coming hours.

Egypt has repeatedly stressed that the security of Libya is an integral part of Egypt's national security, and that it rejects any foreign military presence on Libyan soil.

Tarhuna had been a main base of the army's operation to liberate Tripoli from terrorist militias, launched in April 2019.

[ad_2]"""),

# ---------------------------------------------------------------- event 11
("cairo_declaration_libya_2020_06_06", "2020-06-06", "Meridian Press Wire",
"Egypt's Sisi unveils Libya ceasefire plan alongside Haftar",
"""CAIRO (MPW) - Egyptian President Abdel Fattah al-Sisi on Saturday announced a plan to end the war in neighbouring Libya, including a ceasefire from Monday, after talks in Cairo with eastern commander Khalifa Haftar, whose offensive on Tripoli has collapsed in recent days.

"This initiative calls for respecting all international efforts and initiatives by declaring a ceasefire from 0600 on Monday June 8, 2020," Sisi told a news conference at which he was flanked by Haftar and Aguila Saleh, speaker of the eastern-based House of Representatives.

The plan, which Sisi called the "Cairo Declaration", calls for the exit of foreign mercenaries from all of Libya, the dismantling of militias and the handover of their weapons, the resumption of U.N.-led military talks in Geneva, and the election of a new presidential council representing Libya's regions.

Sisi said he had invited Haftar and Saleh to Cairo and that after two days of meetings they had agreed to the initiative, which he said built on the outcomes of the Berlin conference in January. He warned against any insistence by some parties on a military solution.

There was no immediate response from the Tripoli-based Government of National Accord (GNA), which is backed by Turkey. Forces aligned with the GNA retook the last of Haftar's strongholds in western Libya on Friday, the town of Tarhuna, and on Saturday were advancing towards the coastal city of Sirte.

Turkish President Tayyip Erdogan, after meeting GNA head Fayez al-Serraj in Ankara on Thursday, said Haftar should have no place in negotiations.

""" + MPW_BOILER + """

(Reporting by MPW Cairo bureau; editing by Carla Wendt)"""),

("cairo_declaration_libya_2020_06_06", "2020-06-07", "Gulf Sentinel",
"Cairo Declaration wins Arab and international backing as Libya roadmap",
"""Abu Dhabi - Gulf Sentinel

Arab and international capitals on Sunday welcomed the "Cairo Declaration" announced by President Abdel Fattah al-Sisi a day earlier in the presence of Field Marshal Khalifa Haftar, commander-in-chief of the Libyan National Army, and Counsellor Aguila Saleh, speaker of the House of Representatives.

The United Arab Emirates said the initiative represented a serious opportunity to end the conflict and restore stability, and praised Egypt's efforts. Saudi Arabia, Jordan and Bahrain also voiced support, and Russia's foreign ministry said the proposals could serve as a basis for talks. French President Emmanuel Macron also welcomed the initiative.

The declaration provides for a ceasefire across Libya from 6 am on Monday 8 June, the withdrawal of foreign mercenaries, the dismantling of militias and the handing over of their weapons so that the army can carry out its duties, and the resumption of the 5+5 military committee talks in Geneva under UN auspices. It also proposes an elected presidential council in which Libya's three historic regions are represented, and a fair distribution of national wealth.

The initiative builds on the outcomes of the Berlin conference held in January and on UN Security Council resolutions, Sisi said.

The Field Marshal and Counsellor Saleh expressed their commitment to the initiative. The Libyan National Army announced earlier that it had repositioned its forces from the areas south of Tripoli and Tarhuna to give room for the political process.

Analysts in the Gulf said the declaration puts the ball in the court of the Tripoli government and its Turkish backer. Ankara has transferred thousands of Syrian mercenaries to Libya since January, according to the Syrian Observatory for Human Rights, and has supplied drones and air defence systems in violation of the UN arms embargo.

The Government of National Accord, whose militias were pushing toward Sirte on Saturday, has so far shown no sign of accepting the proposal.

Read more
- UAE welcomes Egyptian initiative on Libya
- Libyan army: ready for all scenarios around Sirte"""),

("cairo_declaration_libya_2020_06_06", "2020-06-07", "Tripoli Herald Online",
"Government rejects Cairo initiative: no ceasefire until aggressor defeated",
"""Tripoli Herald Online

The Government of National Accord and its allies on Sunday dismissed the initiative announced in Cairo by Egyptian President Abdel Fattah al-Sisi, saying it was an attempt to rescue the war criminal Khalifa Haftar after his defeat in western Libya.

The military spokesman of the Libyan Army, Mohammed Gnounou, said the government had not started this war but would decide when and where it ends, and that operations would continue until the army had liberated all cities, including Sirte and Jufra. Army units were advancing east of Abu Grein toward Sirte on Saturday and Sunday.

Khaled al-Mishri, the head of the High Council of State, said Libya did not need initiatives from a party that had supported the attack on Tripoli for 14 months. He said any political solution must be based on the Skhirat agreement and the Berlin outcomes, and that Haftar had no role in Libya's future.

On Saturday, Sisi announced alongside Haftar and Saleh a plan for a ceasefire from Monday 8 June, the withdrawal of foreign fighters, the dismantling of armed groups, and the election of a new presidential council.

Government supporters pointed out that Haftar's side had rejected ceasefire proposals in Moscow in January and after the Berlin conference while it believed it could take the capital. Tripoli's residents lived through more than a year of shelling on residential neighbourhoods, hospitals and the airport.

The Presidential Council headed by Fayez al-Sarraj had not issued a formal statement by Sunday afternoon. Sarraj met Turkish President Recep Tayyip Erdogan in Ankara on Thursday and said the government intended to extend its authority over the whole country.

Related Articles
Tarhuna: residents return as security directorate resumes work
Mitiga airport to reopen after repairs"""),

# ---------------------------------------------------------------- event 12
("turkish_delegation_visits_tripoli_2020_06_17", "2020-06-18", "Ankara Crescent News",
"Çavuşoğlu: Our visit to Libya aimed to strongly reaffirm Turkey's support",
"""ANKARA

Foreign Minister Mevlüt Çavuşoğlu said late Wednesday that a high-level Turkish delegation received a warm welcome in Libya, where it held talks with the legitimate government in Tripoli.

Çavuşoğlu, Treasury and Finance Minister Berat Albayrak, Presidential Spokesperson İbrahim Kalın and National Intelligence Organisation (MIT) head Hakan Fidan travelled to Tripoli on Wednesday on the instruction of President Recep Tayyip Erdoğan. The delegation met Fayez al-Sarraj, chairman of the Presidential Council, Foreign Minister Mohamed Siala and Khalid al-Mishri, head of the High Council of State.

Speaking to reporters on his return to Ankara, Çavuşoğlu said the purpose of the visit was clear: to reiterate strongly that Turkey stands with Libya. He said the sides discussed steps to be taken in the Mediterranean in terms of energy under the maritime jurisdiction memorandum, as well as what needs to be done to achieve a lasting ceasefire and a political solution under the UN framework.

Çavuşoğlu said Turkey supported Libya's efforts to bring the mass graves discovered in Tarhuna before the International Criminal Court, saying those responsible for the inhumane massacres must be brought to justice.

He added that the economic dimension of the relationship was also discussed, noting that Turkish companies' work in Libya had been interrupted by the war and that there were unfinished projects and investments.

The visit, which was not announced in advance, came after the legitimate government's forces drove putschist Khalifa Haftar's militias out of Tripoli and its surroundings, including Tarhuna, earlier this month.

A planned visit to Turkey by Russian Foreign Minister Sergey Lavrov and Defence Minister Sergey Shoigu, scheduled for June 14, was postponed. Çavuşoğlu said on Monday the postponement was not due to a crisis but to the need for further consultations. The Italian foreign minister's visit to Ankara, planned for Wednesday, was moved to Friday.

Çavuşoğlu has described the so-called Cairo initiative launched by Haftar's backers as stillborn."""),

("turkish_delegation_visits_tripoli_2020_06_17", "2020-06-17", "PressPoint Distribution",
"Presidential Council of the Government of National Accord: Chairman receives high-level Turkish delegation in Tripoli",
"""PRESS RELEASE
Source: Media Office of the Presidential Council, Government of National Accord (Libya)
Distributed by PressPoint Distribution
Tripoli, 17 June 2020

The Chairman of the Presidential Council of the Government of National Accord, Fayez al-Sarraj, received in Tripoli on Wednesday a high-level delegation from the Republic of Turkey headed by Foreign Minister Mevlut Cavusoglu and including Treasury and Finance Minister Berat Albayrak, Presidential Spokesman Ibrahim Kalin and the Head of the National Intelligence Organisation Hakan Fidan.

The meeting was attended on the Libyan side by Minister of Foreign Affairs Mohamed Taher Siala and the Chairman of the High Council of State Khalid al-Mishri.

The two sides reviewed the latest developments in Libya following the repulsion of the aggression on the capital, and discussed ways of strengthening bilateral relations and cooperation in various fields, including the implementation of the memoranda of understanding signed between the two countries in November 2019.

The Chairman expressed the appreciation of the Libyan people for Turkey's position in support of the legitimate government, and stressed the government's commitment to a political solution that guarantees the civil state and the peaceful transfer of power, and that holds accountable those responsible for crimes committed against civilians, including the mass graves found in Tarhuna.

The Turkish delegation affirmed Turkey's continued support for the Government of National Accord and for the political process under the auspices of the United Nations.

The two sides also discussed the return of Turkish companies to complete suspended projects in Libya, and cooperation in the economic and energy fields.

-- ENDS --

Media contact: Media Office of the Presidential Council
About PressPoint Distribution: PressPoint distributes official statements from governments, institutions and companies across the Middle East and North Africa. PressPoint is not responsible for the content of releases."""),

# ---------------------------------------------------------------- event 13
("sisi_sirte_jufra_red_line_2020_06_20", "2020-06-20", "Nile Gate News",
"President Sisi: Sirte and Jufra a red line, Egypt's intervention in Libya has become legitimate",
"""Matrouh - Nile Gate

President Abdel Fattah al-Sisi declared on Saturday that the Sirte-Jufra line in Libya is a red line for Egypt's national security, and that any direct Egyptian intervention in Libya has now acquired international legitimacy.

Speaking during an inspection of combat units of the Western Military Zone at the Sidi Barrani air base, near the Libyan border, the President said Egypt would not stand idly by in the face of threats posed by terrorist militias and mercenaries backed by foreign powers with expansionist ambitions, a clear reference to the Turkish occupation forces in western Libya.

President Sisi said Egypt's legitimacy to intervene derives from the UN Charter's right of self-defence and from the request of the only elected legitimate authority in Libya, the House of Representatives. He listed the goals of any intervention as securing Egypt's western border, supporting stability in Libya, stopping the bloodshed, achieving an immediate ceasefire and launching political negotiations under the United Nations, on the basis of the Cairo Declaration and the Berlin conference outcomes.

"Let us stop at the lines the two sides have reached and begin a ceasefire," the President said, stressing that Egypt has always sought a political solution.

Addressing the troops and commanders, the President called on them to be prepared to carry out any mission inside or, if necessary, outside Egypt's borders. He also said Egypt was ready to train and arm the sons of the Libyan tribes so they could defend their land, and that if Egyptian forces moved, Libyans would be at their head.

Leaders of Libyan tribes who attended the event thanked Egypt and called on it to help protect Libya from foreign intervention.

Saudi Arabia, the UAE and Bahrain announced their full support for Egypt's right to defend its borders and its people.

The President's speech comes two weeks after he announced the Cairo Declaration on 6 June alongside Field Marshal Khalifa Haftar and Counsellor Aguila Saleh, which called for a ceasefire from 8 June. The militias of the Sarraj government, backed by Turkish forces, rejected the initiative and have massed forces west of Sirte.

Egypt shares a 1,200 km border with Libya, which it has protected since the chaos that followed February 2011."""),

("sisi_sirte_jufra_red_line_2020_06_20", "2020-06-21", "Haber Ekspres 24",
"Sisi'den Libya'ya askeri müdahale tehdidi: Sirte-Cufra kırmızı çizgi",
"""[ad_1]

Mısır Cumhurbaşkanı Abdulfettah es-Sisi, Libya'da Sirte and Cufra line is "red line" for Egypt, he said, and threatened that if this line is passed Egypt can make direct military intervention to Libya.

Sisi, on Cumartesi, made speech at Sidi Barrani Air Base which is near to the Libya border, while he was inspecting the units of Western Military Region. Sisi said "Egypt's direct intervention in Libya has gained international legitimacy" and he ordered his army to be ready for duties inside the borders and if necessary outside the borders.

Darbeci Sisi also said that they are ready to train and arm the Libyan tribes. Sisi is the main supporter of the putschist Hafter together with BAE.

The UN-recognized Libya government (UMH) made statement on Pazar and said the words of Sisi are hostile act and interference to the internal affairs of Libya and it is equal to a "declaration of war". UMH said that Libyans will defend their country.

Libya army forces recently liberated Trablus, Terhune and the west of the country from the Hafter militias. The forces are now in the west of Sirte.

Sisi had announced on 6 Haziran with Hafter and Akile Salih the so-called "Kahire Deklarasyonu". The legitimate government had rejected it. Dışişleri Bakanı Çavuşoğlu had described the initiative as "ölü doğmuş" (stillborn).

Turkey, with the memorandum signed in 27 Kasım 2019, supports the legitimate government in Libya.

Etiketler: Mısır, Sisi, Libya, Sirte, Cufra, Hafter

Exit mobile version"""),

("sisi_sirte_jufra_red_line_2020_06_20", "2020-06-21", "Meridian Press Wire",
"Libya's Tripoli government calls Egypt's threat of intervention a declaration of war",
"""TRIPOLI (MPW) - Libya's internationally recognised Government of National Accord (GNA) said on Sunday that Egyptian President Abdel Fattah al-Sisi's threat to send troops into Libya amounted to a declaration of war and a hostile act.

Sisi said on Saturday that any advance by GNA forces on the central coastal city of Sirte or the Jufra air base further inland would cross a "red line" for Egypt, and that Cairo had a legitimate right to intervene directly in Libya. Speaking at an air base near the Libyan border, he told troops to be ready for missions inside or outside Egypt.

In a statement, the GNA said Sisi's remarks were a blatant interference in Libya's internal affairs and a threat to its national security. It said the Libyan people and their government would not accept threats and that only Libyans had the right to decide their future.

The GNA has been pushing eastward since driving Khalifa Haftar's Libyan National Army (LNA) out of the Tripoli region earlier this month with Turkish military support. Its forces have gathered west of Sirte after an initial push toward the city was halted earlier this month.

Saudi Arabia and the United Arab Emirates said they backed Egypt's right to protect its borders. Egypt, the UAE and Russia support the LNA, while Turkey backs the GNA.

Sisi announced a ceasefire initiative alongside Haftar and eastern parliament speaker Aguila Saleh in Cairo on June 6, which the GNA and Turkey rejected.

""" + MPW_BOILER + """

(Reporting by MPW Tripoli and Cairo bureaus; editing by Carla Wendt)"""),
]
