# Events 1-4 (Aug-Oct 2020). Written blind, own words.
WIRE_BOILER = ("Libya has been in turmoil since a NATO-backed uprising toppled and killed longtime ruler Moammar Gaddafi in 2011. "
               "Since 2014 the oil-rich country has been split between rival administrations in the east and west, each backed by armed groups and foreign governments.")

ARTS = []

# ---------- Event 1: Akar + al-Attiyah in Tripoli, Mon 17 Aug 2020
ARTS.append(dict(group="akar_attiyah_trilateral_talks_tripoli_2020_08_17", published="2020-08-17", outlet="Ankara Beacon",
title="Defense Minister Akar, Qatari counterpart hold trilateral talks with Libya's al-Sarraj in Tripoli",
text="""Turkish National Defense Minister Hulusi Akar and Qatar's Minister of State for Defense Affairs Khalid bin Mohammad Al-Attiyah met on Monday in Tripoli with Fayez al-Sarraj, the head of Libya's legitimate Government of National Accord (GNA), in a trilateral meeting focused on military cooperation and the situation around Sirte and Jufra.

Akar, who was accompanied by Chief of General Staff Gen. Yaşar Güler, also held a separate trilateral meeting with his Qatari counterpart and GNA Interior Minister Fathi Bashagha, according to the Turkish ministry.

Following the talks, GNA Deputy Defense Minister Salah al-Din al-Namroush told reporters that the three sides had agreed on tripartite cooperation to build the capacity of the Libyan military institution. Under the understanding, Qatar will send military advisers to Libya, and Libyan personnel will be given places for training at military colleges in Turkey and Qatar, al-Namroush said. He did not give a timetable.

Akar said Turkey's support for the legitimate government would continue in line with the instructions of President Recep Tayyip Erdoğan, and that Ankara would keep backing the Libyan people until security and stability were restored across the country. The three sides underlined that a political solution was the only way out of the crisis, according to al-Namroush.

During the visit, Akar also inspected the Defense Security Cooperation and Training Assistance Advisory Command set up under the security and military cooperation memorandum Turkey and Libya signed in November 2019, and met Turkish personnel serving there.

Turkey has been providing military training and advice to the GNA since the Turkish parliament approved the deployment of troops in January. With Turkish support, GNA forces in early June drove the militias of putschist Khalifa Hafter from the outskirts of Tripoli and the strategic town of Tarhuna, ending the 14-month assault on the capital that Hafter launched in April 2019.

The GNA is now demanding that Hafter's forces withdraw from Sirte and the Jufra air base before any lasting ceasefire, a position Ankara has publicly supported. Foreign Minister Mevlüt Çavuşoğlu said in July that a sustainable ceasefire required the two areas to be handed back.

Hafter's forces are backed by the United Arab Emirates, Egypt and Russian Wagner mercenaries, according to UN experts and US officials.

German Foreign Minister Heiko Maas was also in Tripoli on Monday for talks with al-Sarraj."""))

ARTS.append(dict(group="akar_attiyah_trilateral_talks_tripoli_2020_08_17", published="2020-08-18", outlet="Nile Gazette Online",
title="Doha joins Ankara in Tripoli: Qatar to send 'military advisers' to Sarraj militias",
text="""We use cookies to improve your experience on our website. By continuing to browse you agree to our use of cookies. Accept

CAIRO - The visit of the Turkish and Qatari defence ministers to Tripoli on Monday has exposed what Libyan observers described as a new Turkish-Qatari axis aimed at entrenching the Turkish occupation of western Libya, only weeks after Egypt drew its red line at Sirte and Jufra.

Turkish Defence Minister Hulusi Akar and Qatari Minister of State for Defence Khalid al-Attiyah held talks with Fayez al-Sarraj, head of the Tripoli-based Government of National Accord, and with his interior minister Fathi Bashagha. Salah al-Namroush, Sarraj's deputy defence minister, later announced a "tripartite" deal under which Doha will dispatch military advisers to Tripoli and the militias will receive training seats in Turkish and Qatari military colleges.

Sources close to the Libyan National Army (LNA) commanded by Field Marshal Khalifa Haftar said the arrangement was a cover for financing the Syrian mercenaries transported by Ankara to Libya since late last year. The LNA has repeatedly accused Turkey of shipping weapons and fighters through Misrata and Mitiga in violation of the UN arms embargo, a charge Ankara rejects.

The agreement, according to critics in eastern Libya, flies in the face of the Cairo Declaration announced by President Abdel Fattah al-Sisi in June together with Field Marshal Haftar and Speaker Aguila Saleh, which called for a ceasefire, the exit of foreign mercenaries and the dismantling of militias.

President Sisi warned on June 20 that any advance on the Sirte-Jufra line would be a red line for Egypt's national security, and the House of Representatives in Cairo authorised in July the deployment of Egyptian forces abroad if needed.

Monday's visit coincided with a stop in Tripoli by German Foreign Minister Heiko Maas, who warned that the calm around Sirte was "deceptive" and called for a demilitarised zone. Maas was due to continue to Abu Dhabi.

The Turkish ministry published photos of Akar touring the headquarters of the Turkish training and advisory command in Tripoli, created under the security memorandum Sarraj signed with President Recep Tayyip Erdogan in Istanbul on November 27, 2019, along with the disputed maritime memorandum rejected by Egypt, Greece and Cyprus.

Libya has been in chaos since the fall of the Gaddafi regime in 2011. Haftar launched his operation to liberate Tripoli from the terrorist militias in April 2019, before the LNA repositioned its units east of Sirte in June.

Related Articles
Egypt's parliament approves possible deployment of troops abroad
Aguila Saleh: Sirte will be the seat of a new presidential council"""))

ARTS.append(dict(group="akar_attiyah_trilateral_talks_tripoli_2020_08_17", published="2020-08-17", outlet="Meridian Wire Service",
title="Turkish, Qatari defence ministers in Tripoli for talks with Sarraj",
text="""TRIPOLI (MWS) - The defence ministers of Turkey and Qatar held talks in Tripoli on Monday with Fayez al-Serraj, head of Libya's internationally recognised Government of National Accord (GNA), the Turkish defence ministry said.

Hulusi Akar and Khalid al-Attiyah discussed military cooperation and the situation around the frontline city of Sirte, according to a statement from Serraj's office. A GNA deputy defence minister said afterwards that Qatar would send military advisers and that Libyan cadets would be trained in Turkey and Qatar.

Turkey's military support helped the GNA repel a 14-month offensive on Tripoli by eastern commander Khalifa Haftar, whose forces fell back to Sirte in June. Haftar is backed by the United Arab Emirates, Egypt and Russia.

German Foreign Minister Heiko Maas was also in Tripoli on Monday.

""" + WIRE_BOILER))

# ---------- Event 2: Sarraj / Saleh ceasefire statements, Fri 21 Aug 2020
ARTS.append(dict(group="sarraj_saleh_ceasefire_statements_2020_08_21", published="2020-08-21", outlet="Meridian Wire Service",
title="Libya's rival authorities announce ceasefire, call for elections",
text="""TRIPOLI (MWS) - Libya's two rival administrations on Friday announced a halt to hostilities in separate but matching statements, raising hopes of a political settlement after more than a year of war around the capital.

Fayez al-Sarraj, head of the UN-recognised Government of National Accord (GNA) in Tripoli, said he had instructed all military forces to observe an immediate ceasefire and halt all combat operations across Libya.

Sarraj said a real ceasefire required Sirte and the Jufra region in central Libya to be demilitarised, with police from both sides agreeing on security arrangements there. He also called for parliamentary and presidential elections in March next year on a constitutional basis agreed by Libyans.

In a separate statement, Aguila Saleh, speaker of the eastern-based House of Representatives, also called on all parties to observe a ceasefire. He proposed that a new presidential council could be based temporarily in Sirte, protected by security forces drawn from the country's regions.

Both statements called for an end to the oil blockade imposed in January by groups loyal to eastern commander Khalifa Haftar. Sarraj said revenues should be held in a National Oil Corporation account at the Libyan Foreign Bank until a political deal was reached on how they would be shared.

Neither statement mentioned Haftar, whose Libyan National Army (LNA) did not immediately comment.

The UN mission in Libya welcomed the announcements, as did Egyptian President Abdel Fattah al-Sisi, who had warned in June that Egypt could intervene if GNA forces advanced on Sirte.

The GNA, supported by Turkish drones, air defences and military advisers, pushed Haftar's forces back from Tripoli in June. The frontline has since been frozen west of Sirte, with both sides and their foreign backers bringing in reinforcements.

Turkish Defence Minister Hulusi Akar and his Qatari counterpart visited Tripoli on Monday for talks on military cooperation with the GNA.

""" + WIRE_BOILER))

ARTS.append(dict(group="sarraj_saleh_ceasefire_statements_2020_08_21", published="2020-08-22", outlet="Al-Manara Today",
title="Welcome Arab and international of the announcement of ceasefire in Libya by Sarraj and Aqila Saleh",
text="""The President of the Presidential Council of the Government of National Accord, Fayez al-Sarraj, announced yesterday, Friday, to give instructions to all military forces to cease fire immediately and stop all combat operations in all the Libyan territory.

Al-Sarraj said in a statement that the achievement of an actual ceasefire requires that the city of Sirte and al-Jufra become demilitarized areas, and that the police from the two sides undertake the security arrangements inside them, calling for holding presidential and parliamentary elections next March according to a suitable constitutional basis that the Libyans agree on.

In the same time, the Speaker of the House of Representatives, Counselor Aqila Saleh, called in a statement all the parties to an immediate ceasefire, and proposed that the city of Sirte be a temporary headquarters for the new presidential council, to be secured by a police force from the different regions, in order to start a new stage.

Read also: Maas from Tripoli: the calm in Sirte is deceptive

The two statements agreed on the resumption of the production and export of oil, with freezing the revenues in a special account of the National Oil Corporation in the Libyan Foreign Bank, and not to be disbursed until reaching a political settlement.

Egyptian President Abdel Fattah al-Sisi welcomed the two statements, and wrote on his accounts on social media that it is an important step on the road to achieve a political settlement and the aspirations of the brotherly Libyan people. The United Arab Emirates and the Kingdom of Saudi Arabia also welcomed, as well as the United Nations Support Mission, whose acting head Stephanie Williams expressed her hope that the call will be followed by steps on the ground.

For its part, the General Command of the Libyan National Army did not issue any official comment until the moment of writing this news, while sources close to it expressed their reservation on what it called the lack of guarantees for stopping the Turkish military support to the militias of Tripoli.

It is worth mentioning that the Turkish Defense Minister Hulusi Akar and the Qatari Defense Minister Khalid al-Attiyah visited Tripoli last Monday, and announced with the Government of Accord a tripartite agreement for the military training.

It is also worth mentioning that Libya is living in a state of chaos since the fall of the regime of Muammar Gaddafi in 2011, and the forces of the army led by Marshal Khalifa Haftar started in April 2019 an operation to control the capital Tripoli, before retreating in June to the vicinity of Sirte.

Read also: Egypt parliament approves sending of elements of the armed forces on combat missions outside the borders"""))

ARTS.append(dict(group="sarraj_saleh_ceasefire_statements_2020_08_21", published="2020-08-22", outlet="Haber Pusulasi",
title="Libya'da Serrac tüm ülkede ateşkes ilan etti, Mart ayında seçim çağrısı yaptı",
text="""Libya'da Ulusal Mutabakat Hükümeti (UMH) Başkanlık Konseyi Başkanı Fayiz es-Serrac, all the military forces to immediately cease fire and stop the combat operations in all Libyan lands instructed he gave.

Serrac in his written statement made 21 Ağustos Cuma, said for the real ceasefire Sirte and Cufra regions must be cleared from weapons, and police forces of both sides should make the security arrangements in that regions. Serrac also Mart 2021 month presidential and parliamentary elections to be held calling did.

Serrac, also demanded the oil production and export to start again, and that the incomes be kept in an account of the National Oil Company (NOC) at the Libya Foreign Bank until political agreement.

Tobruk based Temsilciler Meclisi Başkanı Akile Salih also in a separate statement called for ceasefire. Salih proposed Sirte to be temporary center for new Presidential Council.

Darbeci Hafter militias side did not make a statement yet. Hafter militias since January block the oil ports and fields, causing billions of dollars loss for the Libyan people.

BM Libya Destek Misyonu (UNSMIL) welcomed the statements and said it is hoped that they will be applied on the ground fast.

Hatırlatma

Milli Savunma Bakanı Hulusi Akar and Genelkurmay Başkanı Orgeneral Yaşar Güler, 17 Ağustos Pazartesi Trablus'ta Serrac and Qatar Defense Minister Halid el-Atiyye with trilateral meeting made. In the meeting the situation of Sirte and Cufra was discussed.

Türkiye, with the legitimate government of Libya 27 Kasım 2019 signed security and military cooperation memorandum within the framework gives training and consultancy support. Thanks to this support UMH forces June month Trablus around and Terhune city were cleared from Hafter militias.

Etiketler: Libya, Serrac, ateşkes, Sirte, Akile Salih, Hafter

Exit mobile version"""))

# ---------- Event 3: Sarraj announces intention to step down, Wed 16 Sep 2020
ARTS.append(dict(group="sarraj_announces_resignation_2020_09_16", published="2020-09-17", outlet="The Continental Review",
title="Libya's Sarraj says he will step down by end of October, opening a new contest for Tripoli",
text="""By Helen Marchetti

Fayez al-Sarraj, the soft-spoken architect turned prime minister who has led Libya's internationally recognised government since 2016, said on Wednesday night that he intends to hand over power by the end of October, a decision that could reshape the struggle for control of the capital and test the durability of Turkey's alliance with Tripoli.

In a televised address, Sarraj said he wished "sincerely" to pass his duties to the next executive authority no later than the end of next month, provided that the dialogue committee chosen under UN auspices had completed its work by then and agreed on a new presidential council and prime minister.

The announcement came after weeks of pressure on his Government of National Accord (GNA). In late August, hundreds of young people took to the streets of Tripoli to protest against power cuts, water shortages and corruption, and some were dispersed by gunfire from armed men. Sarraj then suspended his powerful interior minister, Fathi Bashagha, pending an investigation into the handling of the protests, before reinstating him days later after a show of support for Bashagha from armed groups in his home city of Misrata.

The rival camp has also been under strain. In the east, the interim government of Abdullah al-Thani, which is aligned with commander Khalifa Haftar, submitted its resignation to the House of Representatives on Sunday after protests over living conditions in Benghazi and other cities.

Sarraj's address followed talks between delegations of the eastern parliament and the Tripoli-based High Council of State in the Moroccan resort of Bouznika earlier this month, which produced an understanding on sharing out key state posts. The UN's acting envoy, Stephanie Williams, is trying to convene a broader political forum to select a unified executive and set a path to elections.

For Ankara, the timing is awkward. Turkey's military intervention, including armed drones, air defence systems and Syrian fighters hired through Turkish channels, turned the tide of the war this year and forced Haftar's Libyan National Army to abandon its 14-month offensive on Tripoli in June. In return, Sarraj signed the November 2019 maritime memorandum that gives Turkey a claim to a wide strip of the eastern Mediterranean contested by Greece, Cyprus and Egypt, as well as a security accord underpinning the Turkish military presence.

"The question in Ankara is simple: will whoever comes next honour the deals Sarraj signed?" said a European diplomat who follows Libya, speaking on condition of anonymity. Turkish officials have not commented publicly on the announcement.

Sarraj, 60, came to office under the UN-backed Skhirat agreement of December 2015 and arrived in Tripoli by boat in March 2016. He never gained the endorsement of the eastern parliament, and his government depended on shifting coalitions of militias from Tripoli, Misrata and Zawiya.

His departure, if it happens, would open a contest between figures such as Bashagha and Ahmed Maiteeq, his deputy, as well as eastern politicians including Aguila Saleh, the parliament speaker, who on August 21 joined Sarraj in calling for a ceasefire and elections.

Oil production remains largely halted by a blockade of terminals that groups loyal to Haftar imposed in January, on the eve of the Berlin peace conference. Libya has been in turmoil since the 2011 uprising that ended four decades of rule by Muammar Gaddafi."""))

ARTS.append(dict(group="sarraj_announces_resignation_2020_09_16", published="2020-09-17", outlet="Ankara Beacon",
title="Libya's PM al-Sarraj announces intention to hand over duties by end of October",
text="""The head of Libya's legitimate Government of National Accord (GNA), Fayez al-Sarraj, announced on Wednesday his desire to hand over his duties to a new executive authority no later than the end of October.

In a televised speech, al-Sarraj said he hoped the dialogue committee formed under the supervision of the United Nations would complete its work and choose a new Presidential Council and head of government by that date, allowing a peaceful handover of power.

Al-Sarraj said the GNA had faced enormous challenges since it took office, including the attack on the capital launched by putschist Khalifa Haftar's militias in April 2019, and that his government had worked in very difficult conditions to protect civilians and state institutions.

He called on Libyans to rise above their divisions and to support the political track that resumed after the August 21 ceasefire declaration, and urged that elections be held as soon as possible.

Turkey and the GNA signed two memoranda of understanding in November 2019, one on security and military cooperation and the other on the delimitation of maritime jurisdiction areas in the Eastern Mediterranean. Turkish military advisers and training support helped GNA forces liberate Tripoli's surroundings and Tarhuna from Haftar's militias in June, where mass graves were later discovered.

Earlier this month, representatives of the House of Representatives in Tobruk and the High Council of State met in Bouznika, Morocco, and reached agreement on criteria for appointments to sovereign positions.

The Tobruk-based parallel government led by Abdullah al-Thani submitted its resignation on Sunday following protests in several eastern cities against the deterioration of living conditions.

Al-Sarraj has led the GNA since it was established under the Libyan Political Agreement signed in Skhirat, Morocco, in 2015."""))

ARTS.append(dict(group="sarraj_announces_resignation_2020_09_16", published="2020-09-18", outlet="Gulf Horizon News",
title="Sarraj's exit plan exposes cracks in Tripoli militias' camp and Ankara's Libya gamble",
text="""Share this:  Facebook  Twitter  WhatsApp

ABU DHABI - Fayez al-Sarraj's surprise announcement that he will leave office by the end of October has thrown the Turkish-backed camp in Tripoli into disarray, analysts said, as rival militia leaders and politicians from Misrata position themselves to succeed him.

The head of the Government of National Accord said in a televised speech on Wednesday evening that he would hand over to a new executive once the UN-sponsored dialogue had agreed on one, and no later than the end of October.

Observers in Benghazi said the decision reflected the deep rift between Sarraj and his interior minister Fathi Bashagha, whom Sarraj suspended last month after militias opened fire on young protesters in Tripoli, before being forced to reinstate him under pressure from Misrata's armed groups.

"Sarraj has become a burden on his Turkish sponsors," said a Libyan political analyst based in Cairo. "Ankara wants someone who will protect the agreements it extracted from him, especially the maritime memorandum and the military deal that legalises its bases."

Turkish President Recep Tayyip Erdogan told reporters after Friday prayers in Istanbul that Ankara was saddened by Sarraj's decision, and suggested that Turkish delegations could hold talks with the Libyan side in the coming days.

Turkey has deployed officers, drones and thousands of Syrian mercenaries in western Libya since January, according to the Libyan National Army and international monitors, transforming the al-Watiya air base and Misrata into strongholds of Turkish influence.

The Libyan National Army, led by Field Marshal Khalifa Haftar, halted its advance on Tripoli in June and repositioned around Sirte, in line with the Cairo Declaration backed by Egypt and the UAE.

In the east, the interim government of Abdullah al-Thani submitted its resignation to the House of Representatives on Sunday, after protests over electricity cuts and prices. Speaker Aguila Saleh has presented his own initiative for a new presidential council.

Related Articles
Bouznika talks: Libyan rivals agree on criteria for sovereign posts
Egypt hosts Libyan military and security delegations"""))

# ---------- Event 4: JMC permanent ceasefire, Geneva, Fri 23 Oct 2020
ARTS.append(dict(group="jmc_permanent_ceasefire_geneva_2020_10_23", published="2020-10-23", outlet="Meridian Wire Service",
title="Libya's warring sides sign 'permanent' ceasefire in Geneva; foreign fighters to leave in 3 months",
text="""GENEVA (MWS) - Libya's two main warring factions signed a nationwide, permanent ceasefire on Friday after five days of UN-brokered talks in Geneva, the United Nations said, in what it called a historic step towards ending years of conflict.

The deal was signed by five military officers representing the Tripoli-based Government of National Accord (GNA) and five from the eastern-based Libyan National Army (LNA) of Khalifa Haftar, who make up the so-called 5+5 Joint Military Commission.

"Today is a good day for the Libyan people," acting UN envoy Stephanie Williams told reporters, saying the agreement took effect immediately.

Under the deal, all military units and armed groups on the front lines are to return to their bases, and all mercenaries and foreign fighters are to leave Libyan territory - land, air and sea - within three months, Williams said. Military training agreements inside Libya are to be suspended until a new unified government takes office, and training teams are to depart.

The two sides also agreed to open land and air routes across the front line and to cooperate in restarting oil production.

Turkish President Tayyip Erdogan, whose country backs the GNA with military advisers and drones, cast doubt on the agreement, telling reporters in Istanbul that it had not been made at the highest level and appeared to lack credibility. "Time will show how long it will last," he said, adding that he hoped it would hold.

The UN has said the military talks are meant to pave the way for a political forum due to start in Tunisia in early November.

Haftar's forces, backed by the United Arab Emirates, Egypt and Russian mercenaries, launched an offensive on Tripoli in April 2019 but were driven back in June after Turkey intervened. Fighting has since been largely frozen around the central city of Sirte.

""" + WIRE_BOILER))

ARTS.append(dict(group="jmc_permanent_ceasefire_geneva_2020_10_23", published="2020-10-23", outlet="RusVesti International",
title="Libyan sides sign permanent ceasefire deal in Geneva - UN",
text="""GENEVA, October 23 (RusVesti) - The delegations of the Libyan Government of National Accord and the Libyan National Army signed an agreement on a complete and permanent ceasefire across the country at talks in Geneva on Friday, acting UN Special Representative for Libya Stephanie Williams said.

According to Williams, the agreement entered into force immediately. It provides for the withdrawal of all military units and armed groups from the lines of contact to their camps, and the departure of all foreign fighters and mercenaries from Libya within three months.

The talks in the 5+5 format, which unites five military representatives from each side, were held under UN auspices. The format was endorsed at the Berlin international conference on Libya in January.

Williams said the parties had also agreed to the resumption of flights between Tripoli and the eastern regions and the opening of land roads that were closed because of the fighting.

Turkish President Recep Tayyip Erdogan said the agreement did not seem reliable because it was not reached at the highest level.

Moscow has repeatedly stated that there is no military solution to the Libyan conflict and has called on all parties to resolve their differences through an inclusive dialogue. Russia maintains contacts with both the Tripoli authorities and the eastern-based House of Representatives and the command of the Libyan National Army. Russian officials have denied reports by Western media about the presence of Russian state military personnel in Libya.

After the overthrow and murder of Muammar Gaddafi in 2011, Libya effectively ceased to function as a single state. Dual power is in place in the country: in the east, the parliament elected by the people works in cooperation with the Libyan National Army under the command of Marshal Khalifa Haftar, while in the west, in Tripoli, the Government of National Accord led by Fayez Sarraj operates with the support of the UN."""))

ARTS.append(dict(group="jmc_permanent_ceasefire_geneva_2020_10_23", published="2020-10-24", outlet="Nile Gazette Online",
title="Geneva ceasefire: Turkish forces and mercenaries have 90 days to leave Libya, and Erdogan is not happy",
text="""CAIRO - The permanent ceasefire signed in Geneva on Friday by the military delegations of the Libyan National Army and the Government of National Accord puts Turkey's military presence in western Libya squarely in the spotlight, with a 90-day deadline for all mercenaries and foreign fighters to leave the country.

The agreement, reached at the fourth round of the 5+5 Joint Military Commission talks and announced by UN acting envoy Stephanie Williams, also provides for the suspension of military training agreements inside Libya and the departure of training crews until a unified government takes office, a clause widely read in Cairo and Benghazi as aimed at the Turkish "advisory" mission in Tripoli.

The LNA delegation was headed by Major General Amhimmid Mohamed Alamami, and the GNA delegation by Major General Ahmed Abushahma. The two men shook hands after signing the document at the UN's Geneva headquarters.

Hours later, Turkish President Recep Tayyip Erdogan poured cold water on the deal, telling journalists in Istanbul that it lacked credibility because it had not been concluded "at the highest level". His remarks were seen by Libyan commentators as a sign that Ankara does not intend to withdraw its officers or the Syrian mercenaries it sent to Libya.

According to a UK-based Syrian war monitor, thousands of Syrian fighters were transported to Libya by Turkey over the past year, a claim Ankara has not confirmed. The LNA spokesman, Major General Ahmed al-Mismari, has repeatedly accused Turkey of turning Libya into a base for terrorist militias.

Egypt welcomed the agreement. Cairo hosted Libyan military and security delegations in Hurghada last month, meetings that UN officials said helped prepare the ground for Geneva.

The Egyptian position, set out by President Abdel Fattah al-Sisi in June, remains that Sirte and Jufra are a red line and that the Libyan crisis can only be solved by Libyans, without foreign interference.

The agreement opens the way for the Libyan Political Dialogue Forum, which is due to meet in Tunisia on November 9.

Libya has lived in chaos since the 2011 uprising against Muammar Qaddafi. The LNA began its operation to free Tripoli of militias in April 2019, before withdrawing to Sirte last June in response to international calls for a ceasefire."""))

ARTS.append(dict(group="jmc_permanent_ceasefire_geneva_2020_10_23", published="2020-10-24", outlet="Tripoli Dispatch",
title="Geneva deal: military commission agrees permanent ceasefire, army delegation says Libyan sovereignty first",
text="""Tripoli - The 5+5 Joint Military Commission signed on Friday in Geneva an agreement for a comprehensive and permanent ceasefire throughout Libya, at the end of the fourth round of talks facilitated by the UN Support Mission in Libya (UNSMIL).

The army delegation of the Government of National Accord was headed by Major General Ahmed Abushahma, while the delegation of the forces of the eastern region was headed by Major General Amhimmid Alamami.

According to the text read out by UNSMIL's acting head Stephanie Williams, all military units and armed groups on the frontlines will return to their camps, and all mercenaries and foreign fighters must leave Libyan territory within three months. A joint military police force will be formed to secure the areas from which forces withdraw, and a sub-committee will supervise the return of forces.

The agreement also covers the opening of the coastal road between Misrata and Sirte, the resumption of domestic flights, the exchange of detainees and the unification of the Petroleum Facilities Guard under a restructured command.

Residents of Tripoli welcomed the news cautiously. "We have heard about ceasefires many times since April 2019. What matters is that the Wagner mercenaries leave Jufra and Sirte," said Abdelsalam, a shop owner in Souq al-Juma, whose neighbourhood was hit by shelling during Haftar's attack on the capital.

Officials in the Government of National Accord have consistently said that the presence of Turkish advisers rests on a legitimate agreement signed between two sovereign states, and cannot be put on an equal footing with the Wagner mercenaries and Janjaweed fighters brought by the aggressor's backers. Prime Minister Fayez al-Sarraj welcomed the signing of the agreement.

Turkish President Recep Tayyip Erdogan said on Friday the deal did not seem very credible because it was not signed at the highest level, and that time would show whether it holds.

The political track is set to follow, with 75 Libyan participants invited by UNSMIL to a dialogue forum in Tunisia beginning on November 9. Sarraj announced last month that he intends to hand over power once the forum agrees on a new executive."""))
