G2 = "moscow_talks_haftar_leaves_without_signing_ceasefire_2020_01_13"
G3 = "lna_shells_tripoli_port_gna_suspends_geneva_talks_2020_02_18"

ARTICLES = [
dict(group=G2, published="2020-01-14", outlet="Vostok Today",
title="Haftar leaves Moscow without signing ceasefire document - Russian MFA",
text="""MOSCOW, January 14 - Vostok Today. The commander of the Libyan National Army (LNA), Khalifa Haftar, has left Moscow without signing the document on a ceasefire in Libya, Russian Foreign Ministry spokeswoman Maria Zakharova said on Tuesday.

According to the diplomat, on Monday evening Haftar asked for time until the morning to study the draft, which had already been signed by the head of the Government of National Accord (GNA), Fayez al-Sarraj, and by the chairman of the High Council of State, Khaled al-Mishri. The speaker of the House of Representatives based in Tobruk, Aguila Saleh, who accompanied the field marshal, also did not sign.

Russian Foreign Minister Sergei Lavrov, speaking to journalists in Colombo during his visit to Sri Lanka, said that Moscow would continue its efforts together with its Turkish partners. "So far a final result has not been achieved," the minister said, adding that progress had nevertheless been made.

The Russian Defence Ministry said earlier that the LNA commander viewed the document positively and had taken two days to consult before making a final decision.

The consultations in the Russian capital on Monday lasted more than seven hours. On the Russian side they were conducted by Lavrov and Defence Minister Sergei Shoigu, on the Turkish side by Foreign Minister Mevlut Cavusoglu and Defence Minister Hulusi Akar. The Libyan delegations did not meet face to face; the mediators worked with each of them in turn.

The meeting followed the joint initiative of Presidents Vladimir Putin and Recep Tayyip Erdogan, who on January 8 in Istanbul, during the ceremony to launch the TurkStream gas pipeline, called on the Libyan sides to cease fire from midnight on January 12. Both the GNA and the LNA announced that they accepted the truce, and fighting around Tripoli subsided over the weekend.

According to media reports, Haftar's side objected that the draft did not set a timeframe for disbanding the armed formations supporting the Tripoli government, and demanded the departure of Turkish military personnel.

Germany intends to host an international conference on Libya in Berlin on January 19.

On January 11, during talks with German Chancellor Angela Merkel in Moscow, Putin expressed support for the planned conference in Berlin, and Merkel said she hoped the Russian-Turkish initiative would lead to a lasting truce.

Libya ceased to function as a single state after the overthrow and killing of Muammar Gaddafi in 2011. Power in the country is divided between the GNA in Tripoli, recognised by the UN, and the authorities in the east, which are supported by the LNA. In April 2019, Haftar's forces launched an offensive against Tripoli. In early January, the LNA announced that it had taken control of the city of Sirte.

Read also:
Lavrov: Russia and Turkey will continue to work with the Libyan sides
Erdogan, Putin open TurkStream, call for Libya truce

Subscribe to Vostok Today on Telegram"""),

dict(group=G2, published="2020-01-14", outlet="Hilal News Agency",
title="Putschist Haftar flees Moscow talks without signing truce, Erdogan vows 'lesson'",
text="""ANKARA (Hilal) - Putschist Khalifa Haftar left Moscow without signing the ceasefire agreement accepted by Libya's legitimate government, Turkish President Recep Tayyip Erdogan said on Tuesday, warning that Turkey would not hesitate to teach him a lesson if attacks resume.

Addressing his Justice and Development (AK) Party's parliamentary group meeting in Ankara, Erdogan said the Government of National Accord (GNA) had shown a constructive attitude during the talks held in the Russian capital on Monday.

"The legitimate government showed a constructive approach in Moscow. But putschist Haftar first said yes, then fled Moscow," Erdogan said.

"If the putschist Haftar continues his attacks against the legitimate administration and our brothers in Libya, we will not refrain from teaching him the lesson he deserves," he added.

Talks in Moscow were mediated by Foreign Minister Mevlut Cavusoglu and National Defence Minister Hulusi Akar together with their Russian counterparts Sergey Lavrov and Sergey Shoigu. Prime Minister Fayez al-Sarraj and High Council of State head Khaled al-Mishri signed the ceasefire text, while Haftar requested additional time until Tuesday morning and then left the Russian capital without signing.

Cavusoglu, for his part, said that the Berlin process would have little meaning if Haftar continued in this way.

Haftar's side had initially rejected the Turkish-Russian call for a truce last week before announcing late on Saturday that it would halt fire, while the GNA welcomed the initiative from the outset.

The ceasefire, which took effect at midnight on Jan. 12, came in response to a joint call by Erdogan and Russian President Vladimir Putin on Jan. 8 in Istanbul. Erdogan noted on Tuesday that Turkey would continue its efforts both on the diplomatic front and on the ground for the stability of Libya.

Erdogan is expected to attend the international conference on Libya that Germany will host in Berlin on Sunday.

The Berlin conference is expected to bring together the leaders of Turkey, Russia, the United States, Britain, France, China and Italy, along with the United Nations and the Libyan parties, with the aim of ending foreign interference and reviving a UN-led political process.

Turkey's parliament approved a motion on Jan. 2 authorising the deployment of troops to Libya at the request of the GNA, under the security and military cooperation memorandum signed by the two countries on Nov. 27, 2019. Ankara has said its personnel in Libya are there to coordinate and train.

Erdogan said on Jan. 5 that Turkish soldiers had started to go to Libya gradually to coordinate and support the legitimate government, stressing that they would not take part in combat.

Since April 2019, Haftar's illegitimate forces have been waging an offensive on the capital Tripoli that has killed hundreds of civilians and forced more than 140,000 people to flee their homes, according to the UN. Haftar is supported by the United Arab Emirates, Egypt and mercenaries of the Russia-based Wagner group."""),

dict(group=G2, published="2020-01-13", outlet="Global Dispatch Agency",
title="Libya's Serraj signs Moscow truce, Hifter asks for more time",
text="""MOSCOW, Jan 13 (GDA) - The head of Libya's UN-recognised government, Fayez al-Serraj, signed a ceasefire agreement at talks in Moscow on Monday, but his rival, eastern military commander Khalifa Hifter, asked for more time to consider the text, Russian Foreign Minister Sergei Lavrov said.

Lavrov said Hifter would give his answer by Tuesday morning, after more than seven hours of indirect negotiations in which Russian and Turkish foreign and defence ministers shuttled between the two delegations. The rivals did not meet face to face.

"We can report that some progress has been made," Lavrov told reporters.

The talks follow a truce that came into force on Sunday at the joint request of Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan, who back opposing sides in the conflict.

Oil-rich Libya has been torn by violence since the 2011 revolt that killed longtime dictator Moamer Kadhafi, with rival administrations in Tripoli and the east vying for power. Hifter's forces launched an assault on the capital in April last year.

Germany is due to host a summit on Libya in Berlin on Sunday. -- GDA"""),

dict(group=G3, published="2020-02-19", outlet="Tripoli Free Voice",
title="Haftar militias shell Tripoli seaport; GNA suspends participation in Geneva military talks",
text="""Tripoli Free Voice
Home > Libya > Military

Haftar militias shell Tripoli seaport; GNA suspends participation in Geneva military talks

19 February 2020 | TFV staff

The Presidential Council of the Government of National Accord (GNA) announced late Tuesday the suspension of its participation in the Geneva talks of the 5+5 Joint Military Commission, hours after the militias of war criminal Khalifa Haftar fired missiles at the commercial seaport of Tripoli.

In its statement, the Presidential Council said the port is a vital facility through which citizens receive food, medicine and fuel, and that negotiations have no meaning while the capital is under bombardment and Haftar keeps violating the ceasefire that he claimed to accept in January. The Council said it will respond firmly to the aggression at the appropriate time.

The spokesman of Burkan Al-Ghadab (Volcano of Rage) Operation, Mustafa Al-Mujie, said the missiles set fire to a number of commercial vessels and goods in the port. He denied claims circulated by Haftar's media and by channels funded by the UAE and Saudi Arabia that a Turkish ship carrying weapons had been hit, stressing that the port is used only for civilian purposes and that no military equipment was present.

The National Oil Corporation (NOC) said one missile landed metres away from a tanker discharging highly explosive liquefied petroleum gas (LPG). NOC chairman Mustafa Sanalla said the attack could have led to a humanitarian and environmental disaster, and the corporation ordered all fuel tankers to leave the harbour. Tripoli has no operational fuel storage, so any interruption directly affects hospitals, power stations and homes.

UN envoy Ghassan Salame confirmed the port had been attacked and called it a serious breach of the truce. The attack came as the military delegations of the GNA and of Haftar's forces were starting the second round of talks in Geneva, which was supposed to turn the fragile ceasefire of 12 January into a permanent one.

The Presidential Council had accepted the Russian-Turkish call for a ceasefire in January and sent its representatives to the first round of the military talks in Geneva earlier this month, in line with the outcomes of the Berlin conference.

On 12 February, the UN Security Council adopted resolution 2510 endorsing the Berlin conclusions and demanding a lasting ceasefire, a step the GNA welcomed while insisting that the aggressor must withdraw to the positions it held before April 2019.

Haftar's militias have shelled Mitiga airport repeatedly since the Berlin conference of 19 January, where world leaders pledged to respect the arms embargo and support a ceasefire. Since 18 January, groups loyal to Haftar have also blocked oil exports from fields and terminals in the east and south, cutting off the main source of income of all Libyans.

Share this:
Facebook | Twitter | WhatsApp | Telegram

Related:
Mitiga airport closed again after Haftar rocket attack
NOC: oil blockade losses exceed one billion dollars
Bashagha: Haftar does not believe in a political solution"""),

dict(group=G3, published="2020-02-18", outlet="The Emirates Insight",
title="LNA says it destroyed Turkish arms ship at Tripoli port",
text="""ABU DHABI - The Libyan National Army (LNA) said on Tuesday that it had destroyed a Turkish ship loaded with weapons and ammunition after it docked at the port of Tripoli, in a new blow to Ankara's efforts to arm the militias backing the Government of National Accord (GNA).

"The Turkish ship loaded with weapons and ammunition which docked this morning at the port of Tripoli was destroyed," the LNA's war information division said in a short statement. Images shared on social media showed thick black smoke rising over the harbour.

LNA spokesman Major General Ahmed al-Mismari has repeatedly warned that Turkish vessels and aircraft carrying military supplies to the Tripoli militias would be treated as legitimate targets, accusing Ankara of openly breaching the UN arms embargo and the commitments made at the Berlin conference last month.

Last month, reports emerged that a cargo ship escorted by Turkish warships unloaded armoured vehicles and other military equipment in Tripoli, only days after Turkish President Recep Tayyip Erdogan endorsed the Berlin conclusions pledging to respect the embargo. Ankara has also been transferring Syrian mercenaries from the militias it sponsors in northern Syria to the Tripoli front, according to the LNA and independent monitors.

The Tripoli authorities denied that any ship had been hit. A port source told local media that a warehouse was struck. The National Oil Corporation said a rocket landed near a gas tanker and ordered tankers out of the port.

UN envoy Ghassan Salame said the port had been attacked, describing it as a big violation of the truce. The GNA, led by Fayez al-Sarraj, later said it was suspending its participation in the military talks in Geneva, which resumed on Tuesday under UN auspices.

The conclusions of the Berlin conference, which call on all states to stop interfering in Libya and to respect the arms embargo, were endorsed by the UN Security Council on 12 February in resolution 2510.

Libya's oil exports have been largely halted since 18 January, when tribal groups in the east and south closed fields and terminals in protest against Turkish intervention and the use of oil revenues by the Tripoli authorities to pay militias and mercenaries. The National Oil Corporation says the closures have cost the country more than a billion dollars.

The LNA took control of the coastal city of Sirte on 6 January, days after the Turkish parliament voted to send troops, and has since tightened its hold on the central coast.

The LNA, commanded by Field Marshal Khalifa Haftar, has been fighting since April to free Tripoli from militias, many of them with links to extremist groups and the Muslim Brotherhood. On Tuesday, Haftar received U.S. Ambassador Richard Norland in Rajma, east of Benghazi, and reaffirmed his commitment to a lasting ceasefire. The LNA has repeatedly said that any permanent truce requires the departure of the Syrian mercenaries and an end to Turkish interference."""),

dict(group=G3, published="2020-02-18", outlet="Meridian Press Wire",
title="Shelling hits Tripoli port; UN-backed government suspends Geneva talks",
text="""TRIPOLI (MPW) - Libya's internationally recognised government suspended its participation in UN-led military talks in Geneva on Tuesday after forces loyal to eastern commander Khalifa Haftar shelled the port of Tripoli, in the most serious breach yet of a month-old ceasefire.

Haftar's Libyan National Army (LNA) said it had destroyed a Turkish ship carrying weapons and ammunition in the port. There was no independent confirmation. A port official said a warehouse had been hit, not a vessel, and an MPW reporter saw heavy smoke rising from the harbour area in the early afternoon.

The Tripoli-based Government of National Accord (GNA), which is backed by Turkey, said late on Tuesday that it was pulling out of the 5+5 Joint Military Commission talks, which had resumed in Geneva the same day, until what it called a firm stance was taken against Haftar's violations. Turkish security officials denied that any Turkish cargo ship had been in the port at the time.

The state National Oil Corporation (NOC) said a rocket had landed a few metres from a tanker unloading liquefied petroleum gas and that it had ordered all fuel tankers to leave the port. NOC chairman Mustafa Sanalla warned that the attack could have caused a humanitarian and environmental disaster.

UN envoy Ghassan Salame confirmed the attack and described it as a big breach of the truce.

Ankara acknowledges sending military trainers and advisers to Tripoli, and Erdogan said in January that Turkish troops were gradually going to Libya to coordinate support for the GNA.

The ceasefire, brokered by Russia and Turkey, took effect on Jan. 12, and world leaders meeting in Berlin a week later committed to respect a UN arms embargo. Both sides have repeatedly accused each other of violations, and the UN has said that weapons and foreign fighters continue to arrive.

Earlier on Tuesday, Haftar met U.S. Ambassador Richard Norland at his headquarters in Rajma, east of Benghazi, and said he was committed to a lasting ceasefire, according to the LNA. On Sunday the UN's deputy envoy, Stephanie Williams, told a meeting in Munich that the arms embargo had become "a joke", and on Monday European Union foreign ministers agreed to launch a new naval mission to monitor it.

The first round of the military commission talks ended on Feb. 8 without a final agreement.

Haftar has also blockaded most of Libya's oil exports since Jan. 18, slashing production to a fraction of normal levels.

Libya has had no stable central authority since a NATO-backed uprising toppled Muammar Gaddafi in 2011. Since 2014 it has been split between a government in Tripoli and rival institutions in the east aligned with Haftar's LNA. Haftar, backed by the United Arab Emirates, Egypt and Russia, launched an offensive on Tripoli in April 2019. Turkey's parliament authorised a troop deployment in support of the GNA in January.

(Reporting by MPW Tripoli and Geneva bureaus; editing by MPW Middle East desk)"""),
]
