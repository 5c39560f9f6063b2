# Part 3: Turkey-Malta-GNA in Ankara (Jul 20), Akar and Attiyah in Tripoli (Aug 17),
# Serraj and Saleh ceasefire statements (Aug 21)

ARTICLES = [
# ---------------------------------------------------------------- E7
dict(
group="turkey_malta_gna_trilateral_meeting_ankara_2020_07_20",
published="2020-07-20",
outlet="Hilal News Agency (English Service)",
title="Turkey, Libya, Malta agree to continue cooperation for regional peace: Akar",
text="""
ANKARA

Turkey's National Defense Minister Hulusi Akar on Monday (July 20) hosted a trilateral meeting in Ankara with Libya's Interior Minister Fathi Bashagha and Malta's Minister for Home Affairs, National Security and Law Enforcement Byron Camilleri.

The guest ministers were welcomed with separate military ceremonies at the Defense Ministry and signed its book of honor before holding bilateral talks with Akar, followed by the trilateral session on regional defense and security cooperation.

"We have agreed that the cooperation between our countries will continue in the coming days for the sake of peace in the region," Akar said in a joint press statement after the meeting. He said he believed the efforts of the three countries would be "an important model not only for us but for the whole world" and that he was pleased to see they shared similar views on many issues.

Akar stressed that all help and support given to putschist Haftar, which prevents peace, security and territorial integrity in Libya, must end immediately.

Libya's Bashagha said the ministers had discussed the steps needed to achieve stability in the Mediterranean basin and that supporting Libya's stability was among the most important points. He said Haftar's attack had harmed security across the whole region and that responsibility lay not only with Haftar but also with the countries supporting him, which should stop backing what he called an unrealistic and wrong project.

Malta's Camilleri pointed out that the Mediterranean remains one of the deadliest migration routes in the world. "Turkey has informed us that it will provide concrete and important support in this regard," he said, thanking Turkey and the legitimate Libyan government for their contribution.

The meeting came as Turkey continues to support the UN-recognized Government of National Accord under the security and military cooperation memorandum signed in November 2019. With Turkish support, the Libyan army ended Haftar's 14-month offensive on Tripoli in June.
"""),
dict(
group="turkey_malta_gna_trilateral_meeting_ankara_2020_07_20",
published="2020-07-21",
outlet="The Aegean Post",
title="Malta sits down with Ankara and Tripoli as Egypt's parliament clears way for Libya deployment",
text="""
This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish. ACCEPT | Read More

The Aegean Post | Diplomacy | 21/07/2020

By Nikos Stathakis

Malta, an EU member state, took a seat on Monday at a table in Ankara with Turkey's defence minister and the interior minister of Libya's Tripoli-based government, in a trilateral format that has drawn attention in European capitals at a moment of acute tension over Libya and the eastern Mediterranean.

Hulusi Akar hosted Maltese Home Affairs Minister Byron Camilleri and Fathi Bashagha of the Government of National Accord (GNA) at the Turkish Defence Ministry. According to statements after the meeting, the three discussed security in the Mediterranean, irregular migration, organised crime and terrorism. Akar said the cooperation would continue "in the coming days" and demanded that all support for Khalifa Haftar end immediately. Camilleri said Turkey had promised "concrete and important" support on migration.

For Valletta, the motive is primarily migration. The island has been locked in a running dispute with its EU partners over the disembarkation of people rescued at sea, and in May it signed a memorandum with the GNA on joint coordination centres to curb departures from the Libyan coast. Malta also announced in May that it was withdrawing its participation in the EU's Operation Irini, the naval mission enforcing the UN arms embargo on Libya, citing migration concerns. Ankara, which considers Irini one-sided because it focuses on sea shipments to the GNA rather than on air and land supplies to Haftar, has criticised the mission repeatedly.

The timing was striking. On the same day, Egypt's parliament voted behind closed doors to approve the deployment of Egyptian troops on combat missions outside the country's borders, a move widely understood as authorising President Abdel Fattah el-Sisi to intervene in Libya if GNA and Turkish-backed forces move on Sirte and al-Jufra. Sisi declared the Sirte-Jufra line a "red line" in June. Last week the eastern-based Libyan parliament invited Egypt to intervene.

Also on Monday, Qatar's minister of state for defence affairs, Khalid al-Attiyah, was in Ankara, where he met Akar and Bashagha separately, according to the Qatari defence ministry.

Turkey has been building a network of partners around its 2019 agreements with Tripoli, including the maritime memorandum that Athens regards as null and void because it ignores the continental shelf of Crete. Turkish media reports have also spoken of a long-term presence at the al-Watiya air base and the port of Misrata. Al-Watiya was struck by unidentified aircraft earlier this month, days after Akar visited Tripoli.

Malta's government has not said whether Monday's meeting will lead to any written agreement.

RELATED
- Oruc Reis: Navtex row escalates south of Kastellorizo
- EU foreign ministers weigh options on Turkey
"""),
# ---------------------------------------------------------------- E8
dict(
group="turkish_qatari_defence_ministers_in_tripoli_2020_08_17",
published="2020-08-17",
outlet="Meridian Wire Service",
title="Turkish and Qatari defence ministers hold talks in Tripoli as Sirte standoff persists",
text="""
TRIPOLI (MWS) - The defence ministers of Turkey and Qatar, the two main foreign backers of Libya's Tripoli government, held talks in the Libyan capital on Monday on military cooperation and the standoff around the city of Sirte, officials said.

Turkey's Hulusi Akar, accompanied by military chief General Yasar Guler, and Qatar's Khalid bin Mohammad al-Attiyah arrived separately at Tripoli's Mitiga airport, where they were received by Salah al-Namroush, deputy defence minister of the Government of National Accord (GNA), and chief of staff Mohammed al-Sharif.

The two ministers later met GNA head Fayez al-Serraj. Namroush said afterwards that the three sides had agreed to strengthen military cooperation, including places for Libyan trainees at Turkish and Qatari military academies, and to coordinate among their defence ministries.

"Libya belongs to Libyans," Akar said in remarks carried by Turkish state media, adding that Turkey would keep supporting its "Libyan brothers" and the legitimate government.

The visit, Akar's second to Tripoli in two months, took place on the same day that German Foreign Minister Heiko Maas made a surprise stop in the capital, where he warned of a "deceptive calm" in Libya. Maas said both sides and their international allies were continuing to arm the country on a massive scale, and he pressed for a U.N. proposal to create a demilitarised zone around Sirte.

At a news conference with Maas, GNA Foreign Minister Mohamed Siala criticised the European Union's Irini naval mission, which Tripoli and Ankara say targets shipments to the government while ignoring supplies to Haftar by air and land. It was not clear whether Maas met the Turkish or Qatari ministers.

Front lines have barely moved since June, when GNA forces, with Turkish help, drove Khalifa Haftar's Libyan National Army back to Sirte. Egypt, which backs Haftar along with the United Arab Emirates and Russia, has said an advance on Sirte or the al-Jufra air base would trigger its intervention, and its parliament last month approved sending troops abroad.

(Reporting by Ahmed Zawi; Additional reporting by Katrin Vogl in Berlin; Editing by Paul Gresham)
"""),
dict(
group="turkish_qatari_defence_ministers_in_tripoli_2020_08_17",
published="2020-08-18",
outlet="The Gulf Ledger",
title="Ankara and Doha tighten their military grip on Tripoli",
text="""
ABU DHABI - The Gulf Ledger

Sign up to our newsletter | Trending: Abraham Accord | Sirte | Beirut blast

The arrival of the Turkish and Qatari defence ministers in Tripoli on Monday, a few hours apart and with the Turkish chief of staff in tow, was the clearest display yet of the axis that props up the Government of Al Wefaq, and a direct challenge to Arab efforts to stabilise Libya.

Hulusi Akar and Khalid Al Attiyah were received at Mitiga airport by Wefaq's deputy defence minister Salah Al Namroush and then sat down with Fayez Al Sarraj. According to Al Namroush, the three parties agreed to expand military cooperation, to open seats for Libyan cadets in Turkish and Qatari military colleges and to set up coordination mechanisms between their defence ministries. Libyan sources described plans for a three-way coordination centre.

Akar, repeating the line that "Libya belongs to Libyans", said Turkey would go on supporting the Tripoli authorities. Observers in the region noted the irony of the statement from a minister whose country has shipped thousands of Syrian mercenaries to Libya.

The visit drew sharp criticism across the Arab world, where commentators described it as a new step in the Turkish-Qatari project to turn western Libya into a base for the Muslim Brotherhood and to secure Ankara's hold over Libyan resources and the eastern Mediterranean.

It also coincided with a visit to Tripoli by Germany's foreign minister, who warned that the calm on the front lines was deceptive and that foreign powers were still arming both sides. His call for a demilitarised zone around Sirte echoes the position of Cairo, which has declared the Sirte-Al Jufra line a red line.

Doha's role has grown steadily. Last month Al Attiyah met Akar and the Wefaq interior minister Fathi Bashagha in Ankara, on the same day Egypt's House of Representatives authorised the deployment of troops beyond the country's borders. Haftar's camp has long accused Doha of bankrolling the Turkish deployment.

The Libyan National Army under Field Marshal Khalifa Haftar says it remains committed to defending Sirte and Al Jufra and accuses Turkey of massing forces and mercenaries west of the city.

Advertisement

READ MORE
- Egypt's Sisi receives Libyan tribal elders
- Analysis: what the Sirte standoff means for Libya's oil
- Arab League condemns foreign interference in Libya
"""),
dict(
group="turkish_qatari_defence_ministers_in_tripoli_2020_08_17",
published="2020-08-17",
outlet="Yeni Gundem Haber (auto-translated)",
title="Minister Akar and Qatar Defense Minister al-Atiyye in Tripoli: Libya Libyans' is",
text="""
Milli Savunma Bakanı Hulusi Akar, Katar Savunma İşlerinden Sorumlu Devlet Bakanı Halid bin Muhammed el-Atiyye with together Libya's capital Trablus'a went.

Bakan Akar'a, Genelkurmay Başkanı Orgeneral Yaşar Güler and force commanders accompanied. Akar and Atiyye, Mitiga Havalimanı'nda Libya Savunma Bakan Yardımcısı Salahaddin en-Nemruş and Genelkurmay Başkanı Korgeneral Muhammed eş-Şerif by were welcomed.

Ministers, Libya Başkanlık Konseyi Başkanı Fayiz es-Serrac with meeting held. The meeting in, Libya's meşru hükümeti with the security and military cooperation memorandum within scope activities, the training and consultancy support and Sirte and Cufra's situation was evaluated.

Bakan Akar in his statement, "Libya Libyalılarındır. Our Libyan brothers in their rightful cause supporting with we believe we will achieve desired results" said.

Libya Savunma Bakan Yardımcısı Nemruş also, three countries between military cooperation developing, Libyan students to Türkiye and Katar military schools in quota given and defence ministries between coordination to be made on agreed said.

The visit, Bakan Akar's last two months in Libya'ya made second visit is. Akar, in July 3 with Orgeneral Güler together Trablus'a went had.

Same day Almanya Dışişleri Bakanı Heiko Maas also Trablus'u visited and Sirte around a silahtan arındırılmış bölge proposal supported.
"""),
# ---------------------------------------------------------------- E9
dict(
group="sarraj_and_saleh_announce_ceasefire_2020_08_21",
published="2020-08-21",
outlet="Cairo Monitor Today",
title="Egypt welcomes ceasefire declarations by Libya's Presidential Council and House of Representatives",
text="""
President Abdel Fattah El-Sisi on Friday welcomed the statements issued by Libya's Presidential Council and House of Representatives calling for a ceasefire and a halt to military operations across all Libyan territory, describing them as an important step on the road to a political settlement.

In a post on his official social media accounts, President Sisi said the announcements reflect the aspirations of the Libyan people and open the way to restoring stability and prosperity in Libya.

In a statement issued on Friday, the Speaker of the House of Representatives, Counsellor Aguila Saleh, called on all parties to observe an immediate ceasefire and to stop all fighting throughout the country. He proposed that the city of Sirte become the temporary seat of a new Presidential Council, to be secured by police forces drawn from all three regions, and said the ceasefire must end in the departure of all mercenaries and the dismantling of militias so that Libya can regain its full sovereignty.

In a separate statement, the head of the Presidential Council in Tripoli, Fayez Al-Sarraj, said he had instructed all military forces to cease fire immediately and halt combat operations. He called for parliamentary and presidential elections next March and said a real ceasefire requires Sirte and Al-Jufra to be made demilitarised zones. Both statements called for the resumption of oil production and exports, with revenues held in an account of the National Oil Corporation until a political settlement is reached.

Commentators in Cairo said the announcements vindicate the position President Sisi set out in June, when he declared the Sirte-Al Jufra line a red line for Egypt's national security, and stressed that the next step must be the exit of Turkish forces and the Syrian mercenaries Ankara has transferred to western Libya.

The United Nations Support Mission in Libya also welcomed the two statements and called for the departure of all foreign forces and mercenaries.

Share this:
Facebook  Twitter  WhatsApp  Print

Like this:
Like Loading...

Related
Madbouly: Egypt's western border is a matter of national security
Shoukry discusses Libya developments with European counterparts
"""),
dict(
group="sarraj_and_saleh_announce_ceasefire_2020_08_21",
published="2020-08-22",
outlet="The Atlantic Courier",
title="Libya's rival leaders call a truce, but the men with the guns have yet to sign up",
text="""
By Eleanor Whitcombe, Middle East Correspondent

For the first time since Khalifa Haftar sent his forces against Tripoli in April last year, the two political figures at the head of Libya's rival camps have said the same thing on the same day: stop fighting.

In separate but closely co-ordinated statements on Friday, Fayez al-Sarraj, head of the UN-recognised Government of National Accord (GNA) in Tripoli, ordered his forces to observe an immediate ceasefire, and Aguila Saleh, speaker of the eastern-based House of Representatives, called on "all parties" to do the same. Both backed a resumption of oil exports, frozen for seven months by a blockade imposed by groups loyal to Haftar, with revenues parked in a National Oil Corporation account until a political deal is reached.

The differences are telling. Sarraj wants Sirte and the al-Jufra air base demilitarised and proposes presidential and parliamentary elections in March. Saleh wants Sirte to become the temporary seat of a new presidential council, guarded by police from all regions. Haftar, whose Libyan National Army (LNA) holds both places with the help of Russian mercenaries, was a party to neither statement.

The United Nations, the European Union and Egypt all welcomed the announcements. Stephanie Williams, the acting UN envoy, said the declarations showed courage and should be taken up quickly by the joint military commission in which five officers from each side have been negotiating a formal ceasefire since February.

A front line frozen by fear

The announcement is less a breakthrough than a recognition of a stalemate that has held since June. After Turkish drones, air defences and advisers helped the GNA break the siege of Tripoli, government forces and their Syrian auxiliaries advanced east along the coast until they reached the outskirts of Sirte, the gateway to the oil terminals of the so-called oil crescent.

There they stopped. On June 20, Egypt's President Abdel Fattah al-Sisi declared the Sirte-Jufra line a "red line" and said an Egyptian intervention would be legitimate. In July, the eastern parliament invited Egypt to intervene and Egypt's own parliament approved combat deployments abroad. Russia, according to US military officials, reinforced Jufra with fighter jets, and Wagner contractors dug in around Sirte. Turkey, for its part, said Haftar must withdraw from Sirte and Jufra before any ceasefire; its foreign minister, Mevlut Cavusoglu, warned that government forces were preparing an operation if he did not.

Both sides probed each other's defences. Unidentified jets struck the Turkish-run al-Watiya air base in early July, destroying newly delivered air-defence equipment. Turkish officials travelled to Tripoli almost monthly: the foreign and finance ministers in June, Defence Minister Hulusi Akar in early July and again on Monday, this time arriving alongside Qatar's defence minister, Khalid al-Attiyah, to sign up to expanded training programmes for GNA forces.

The same day, Germany's foreign minister, Heiko Maas, visited Tripoli and warned of a "deceptive calm" while both sides and their foreign sponsors continued to arm. Washington, which has grown alarmed at the Russian presence, has been pressing quietly for a demilitarised zone around Sirte and a deal on oil revenues.

The sponsors

For Turkey, a ceasefire that keeps the GNA in power and preserves the 2019 maritime memorandum with Tripoli would lock in most of what it intervened to achieve. For Egypt and the UAE, a demilitarised Sirte keeps Turkish-backed forces away from the oil crescent and from the Egyptian border. Russia keeps its foothold in Jufra. Everyone, in other words, has a reason to accept a pause, and no one has yet committed to leaving.

Diplomats caution that the statements are declarations of intent, not an agreement. There is no mechanism to monitor a ceasefire, no map of a demilitarised zone and no timetable for the departure of the several thousand foreign fighters on both sides. Sarraj and Saleh also each face hardliners in their own camps: militia commanders in Misrata and Tripoli who want to push on to Sirte, and an LNA leadership that has never accepted the GNA's legitimacy.

Still, in a country where the last ceasefire plan, announced by Egypt in June, was dead within a day, two Libyan leaders saying the same thing without a foreign capital standing beside them counts as progress.
"""),
dict(
group="sarraj_and_saleh_announce_ceasefire_2020_08_21",
published="2020-08-22",
outlet="Vostok News Agency",
title="Libya's rival authorities announce ceasefire, call for elections",
text="""
CAIRO, August 22 - VNA. The heads of Libya's two rival authorities have announced a ceasefire throughout the country and called for elections, in separate statements that the UN mission in Libya welcomed as a courageous step.

The chairman of the Presidential Council of the Government of National Accord (GNA), Fayez Sarraj, said on Friday that he had instructed all military units under his command to immediately stop firing and to halt combat operations on all Libyan territory. He proposed holding presidential and parliamentary elections in March 2021 and said a real ceasefire required Sirte and al-Jufra to become demilitarised zones, with security arrangements there to be agreed by the police forces of both sides.

The speaker of the House of Representatives sitting in Tobruk, Aguila Saleh Issa, also called on all parties to observe an immediate ceasefire. He said the truce should block the road to any foreign military intervention and lead to the expulsion of all mercenaries and the dissolution of militias. Saleh proposed that Sirte become the temporary seat of a new Presidential Council.

Both statements called for the resumption of oil production and exports, with revenues kept in a special account of the National Oil Corporation.

The acting head of the UN Support Mission in Libya, Stephanie Williams, welcomed the points of agreement in the two declarations and expressed the hope that they would be taken up quickly by the joint military commission of the two sides in the 5+5 format, together with the departure of all foreign forces and mercenaries. Egyptian President Abdel Fattah al-Sisi called the announcements an important step towards a political settlement.

The position of the commander of the Libyan National Army (LNA), Marshal Khalifa Haftar, was not mentioned in the statements.

Earlier this week, the defence ministers of Turkey and Qatar, Hulusi Akar and Khalid al-Attiyah, visited Tripoli, where they discussed with the GNA military cooperation and the training of Libyan personnel. Turkey supports the GNA; the LNA is supported by Egypt and the UAE.

Since June the front line has stabilised near Sirte, the home town of Muammar Kadhafi. Cairo has said that an offensive by GNA forces on Sirte and al-Jufra would be a "red line" for Egypt.
"""),
]
