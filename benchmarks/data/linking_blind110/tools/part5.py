# Part 5: Moscow ceasefire and the first joint patrol
A = []

A.append(dict(group="putin_erdogan_agree_idlib_ceasefire_in_moscow_2020_03_05", published="2020-03-05",
outlet="Vostok Press",
title="Putin, Erdogan agree on ceasefire in Idlib from midnight, joint patrols on M4",
text="""MOSCOW, March 5. /Vostok Press/. Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan agreed on Thursday on a ceasefire in the Idlib de-escalation zone starting from midnight, following talks in the Kremlin that lasted about six hours.

The sides adopted an additional protocol to the memorandum on stabilizing the situation in the Idlib de-escalation zone signed in Sochi on September 17, 2018. The text was read out to journalists by the foreign ministers of the two countries, Sergei Lavrov and Mevlut Cavusoglu.

Under the document, all military actions along the line of contact in the Idlib zone are to cease from 00:01 on March 6. A security corridor will be set up six kilometers to the north and six kilometers to the south of the M4 highway, with its specific parameters to be agreed by the defense ministries of Russia and Turkey within seven days. Joint Russian-Turkish patrols will begin on March 15 along the M4 from the settlement of Trumba, two kilometers west of Saraqib, to the settlement of Ain al-Havr.

The parties reaffirmed their strong commitment to the sovereignty, independence, unity and territorial integrity of Syria and their determination to combat all forms of terrorism and to eliminate all terrorist groups in Syria as designated by the UN Security Council.

Opening the talks, Putin again offered condolences over the deaths of Turkish servicemen in Idlib, stressing that nobody, including the Syrian troops, had known where the Turkish forces were. He said the Syrian army had also suffered serious losses.

"I hope these agreements will serve as a good basis for ending military activity in the Idlib de-escalation zone and stopping the suffering of the civilian population," Putin said at a press conference after the talks.

Erdogan said Turkey would do its best to ensure the ceasefire holds, but that it retained the right to respond with all its strength to any attack by the Syrian government forces.

The situation in Idlib escalated sharply at the end of February, when 33 Turkish servicemen were killed in a strike by the Syrian army on the positions of militants. According to the Russian Defense Ministry, the Turkish troops were among the battle formations of terrorist groups at the time. Turkey subsequently launched an operation against the Syrian army called Spring Shield.

Putin and Erdogan last met in person in Istanbul on January 8, when they opened the TurkStream gas pipeline and called for a ceasefire in Idlib, which was announced from January 12 but was not sustained. Kremlin spokesman Dmitry Peskov said before the talks that Moscow intended to discuss with Ankara ways to prevent a further escalation.

Russian military police units were deployed to Saraqib on March 2 to ensure the safety of traffic on the M4 and M5 highways, the Russian Defense Ministry said earlier."""))

A.append(dict(group="putin_erdogan_agree_idlib_ceasefire_in_moscow_2020_03_05", published="2020-03-05",
outlet="Levant Wire Service",
title="Russia and Turkey agree ceasefire in Syria's Idlib after Kremlin talks",
text="""MOSCOW (LWS) - Russia and Turkey agreed on Thursday to a ceasefire in Syria's Idlib region from midnight, after President Vladimir Putin and Tayyip Erdogan held six hours of talks in the Kremlin aimed at heading off a direct confrontation between their armies.

The deal, read out by the two countries' foreign ministers, also provides for a security corridor stretching six km (four miles) on either side of the M4 highway, which runs east to west across Idlib, and joint Russian-Turkish patrols along the road from March 15.

Putin said the two countries had not always seen events in Syria the same way, but had always managed to find common ground at critical moments.

Erdogan said the agreement would be the basis for a lasting halt to fighting but warned that Turkey reserved the right to retaliate "with all its strength" against any attack by Syrian government forces. He said Ankara would continue to help displaced Syrians.

The agreement does not address the status of Turkey's observation posts, several of which are surrounded by government forces, nor Erdogan's demand that Syrian troops withdraw behind them. It appears to leave in place recent gains by government forces, including the whole of the M5 highway between Damascus and Aleppo.

Turkey and Russia back opposing sides in Syria's nine-year war. Tensions escalated after 33 Turkish soldiers were killed in an air strike in Idlib on Feb. 27, and Turkey launched an offensive against Syrian forces on Sunday, shooting down two Syrian warplanes and striking dozens of targets with drones and artillery.

Nearly a million people have been displaced since December by the government offensive, according to the United Nations, and thousands of migrants remain massed on Turkey's border with Greece after Ankara said last week it would no longer stop them from trying to reach Europe.

Previous ceasefires in Idlib, including one agreed in January, collapsed within days or weeks.

Russian military police deployed on Monday to Saraqeb, the town at the junction of the M4 and M5 highways that changed hands twice in a week, after government forces recaptured it from Turkish-backed rebels. Turkey's drone and artillery strikes over the past week destroyed dozens of Syrian tanks and artillery pieces, according to Ankara, which said its operation, dubbed Spring Shield, was self-defence.

The European Union has accused Turkey of using migrants for political pressure. Greece, which says it has blocked tens of thousands of attempts to cross its land border, has suspended asylum applications for a month.

Idlib and adjoining parts of Aleppo, Hama and Latakia provinces make up the last large area held by insurgents opposed to President Bashar al-Assad.

(Reporting by LWS Moscow bureau and Dilek Sarac in Istanbul; editing by Tom Ashworth)"""))

A.append(dict(group="putin_erdogan_agree_idlib_ceasefire_in_moscow_2020_03_05", published="2020-03-06",
outlet="The Meridian Standard",
title="Fragile truce takes hold in Idlib after Putin and Erdogan strike deal",
text="""By Daniel Firth, Beirut, and Clare Holloway, Istanbul

A ceasefire brokered by Russia and Turkey took effect in northwest Syria at midnight, bringing a tentative quiet to the skies over Idlib after three months of bombardment but leaving Syria's regime in possession of most of the territory it has seized and nearly a million displaced people with no clear way home.

The deal was struck in the Kremlin on Thursday after some six hours of talks between Vladimir Putin and Recep Tayyip Erdogan, three hours of them alone with only interpreters present. It commits both sides to halting military action along the current front line, sets up a 12-kilometre-wide security corridor along the M4 motorway that cuts across the province, and provides for joint Russian and Turkish patrols on the road from March 15.

In the first hours of the truce, a war monitor reported no air strikes, though clashes between rebels and government forces were reported in the south of the province, in the Jabal al-Zawiya hills.

The agreement is, in essence, an addendum to the Sochi memorandum the two men signed in September 2018, which was supposed to create a demilitarised zone around Idlib and which both sides accuse each other of breaching. Analysts noted that the new text says nothing about Turkey's twelve observation posts, several now marooned behind regime lines, and nothing about Erdogan's repeated demand that Assad's forces withdraw to the lines drawn at Sochi. That deadline, which expired on February 29, had been the central plank of Turkish policy for a month.

For Putin, the deal consolidates the gains of an offensive that has given Damascus the M5 motorway between Damascus and Aleppo for the first time since 2012. If the M4 corridor works, it would open the second of the two highways the regime has sought, linking Aleppo to the coast at Latakia.

For Erdogan, it offers a pause after the costliest month for the Turkish army in Syria. Syrian fire killed seven soldiers and a civilian contractor near Saraqeb on February 3 and five more soldiers at Taftanaz a week later. Then came the strike near Balyun on February 27, which killed 33 and drew Turkey into open combat: on March 1 it announced Operation Spring Shield, destroying dozens of Syrian tanks and artillery pieces with drones and shooting down two Syrian jets.

At the press conference, Putin repeated his condolences for the Turkish dead but said that no one, Syrian troops included, had known the soldiers were there. Erdogan, standing beside him, said Turkey reserved the right to respond with full force to any attack.

There was little sign the deal would ease the other crisis Erdogan created last week. Thousands of migrants remain camped at the Pazarkule crossing into Greece after Turkey stopped holding them back, and Greek police have spent a week firing tear gas across the border. Greece has suspended asylum applications for a month. EU foreign ministers meeting in Zagreb were expected to discuss the border on Friday.

In Idlib itself, aid agencies were cautious. Displaced families interviewed near the border said they had heard of too many ceasefires to move back. Truces announced in August last year and in January both collapsed within weeks."""))

A.append(dict(group="putin_erdogan_agree_idlib_ceasefire_in_moscow_2020_03_05", published="2020-03-06",
outlet="Al-Manzar Net",
title="A Russian-Turkish agreement on a ceasefire in Idlib .. and joint patrols on the M4 road",
text="""Al-Manzar Net - Moscow - agencies

The Russian President, Vladimir Putin, and his Turkish counterpart, Recep Tayyip Erdogan, agreed yesterday Thursday on a ceasefire in the Idlib region in the north-west of Syria, starting from the first minute of today Friday, after talks that lasted about six hours in the Kremlin in Moscow.

The Russian Foreign Minister, Sergei Lavrov, and his Turkish counterpart, Mevlut Cavusoglu, read the text of the additional protocol to the Sochi memorandum, which stipulates the cessation of all military actions along the line of contact in the Idlib de-escalation zone, and the establishment of a secure corridor with a depth of six kilometers to the north and six kilometers to the south of the international road M4 which links Aleppo with Latakia.

The agreement also stipulates the start of joint Russian-Turkish patrols on the M4 road on the fifteenth of March, from the town of Trumba west of Saraqib to the town of Ain al-Hawr in the countryside of Latakia.

Putin said in a joint press conference with Erdogan that he hopes that the agreement will be a good basis for stopping the military actions in Idlib and ending the suffering of the civilians, and he renewed his condolences for the killing of the Turkish soldiers, pointing out that the Syrian army also suffered serious losses.

For his part, Erdogan said that Turkey reserves the right to respond with all its force to any attack by the Syrian regime, and that it will work with Russia to deliver humanitarian aid to the needy in the region.

In the field, the Syrian Observatory for Human Rights reported a cautious calm in the skies of Idlib after the entry of the truce into force, with the absence of Russian and Syrian warplanes, while sporadic clashes took place in the area of Jabal al-Zawiya in the southern countryside of Idlib.

It is worth mentioning that the tension between Ankara and Damascus escalated after the killing of 33 Turkish soldiers in an air raid attributed to the regime forces on the twenty-seventh of last February, after which Turkey announced the launch of the operation "Spring Shield" against the regime forces, during which it downed two Syrian warplanes of the type Sukhoi-24.

It is also worth mentioning that the regime forces, supported by Russia, had regained control of the international road M5 and large areas in the countryside of Idlib and Aleppo during the military campaign which started in December, which led to the displacement of nearly one million civilians, according to the United Nations.

Read also:
Greece: we will not accept asylum applications for a month
The first hours of the truce in Idlib .. cautious calm
Accept cookies | More information"""))

A.append(dict(group="first_russian_turkish_joint_patrol_on_m4_2020_03_15", published="2020-03-15",
outlet="Vostok Press",
title="First joint Russian-Turkish patrol on M4 in Idlib held on shortened route due to militant provocations",
text="""MOSCOW, March 15. /Vostok Press/. The first joint Russian-Turkish patrol took place on Sunday on the M4 highway in the Idlib de-escalation zone, but its route was shortened because of provocations by terrorists, the Russian Defense Ministry said.

"On March 15, in accordance with the additional protocol of March 5, 2020, the first joint Russian-Turkish patrol was carried out on the M4 highway," the ministry said in a statement. According to the ministry, the patrol started from the settlement of Trumba, west of Saraqib.

The ministry said that illegal armed groups not under Turkish control had planned provocations along the route and were using civilians, including women and children, as a "human shield". To avoid casualties, the route of the patrol was reduced.

"The Turkish side has been given additional time to take measures to neutralize terrorist groups and ensure the safety of joint patrols on the M4 highway," the statement said.

The Russian military noted that the ceasefire regime in the Idlib de-escalation zone was generally being observed.

Turkish President Recep Tayyip Erdogan said after the Moscow talks that Turkey reserved the right to respond to any attack by Syrian government forces. The Turkish Defense Ministry announced on Sunday that the first joint patrol had been carried out with the participation of land and air elements, without mentioning any incidents.

Under the agreements reached by the Russian and Turkish presidents in Moscow on March 5, a security corridor is to be created six kilometers to the north and south of the M4 highway, which connects Aleppo and Latakia, and joint patrols are to be conducted along the road from Trumba to Ain al-Havr. The parameters of the corridor were agreed by the military delegations of the two countries in Ankara last week.

The situation in Idlib sharply escalated in February, when Turkish troops came under fire of the Syrian army several times. On February 27, 33 Turkish servicemen were killed, after which Turkey launched the Spring Shield operation against the Syrian army. The Russian Defense Ministry said the Turkish military personnel had been in the battle formations of terrorist groups at the time and that Ankara had not informed Russia of their location.

The M4 highway, which passes through Saraqib, Ariha and Jisr al-Shughur, has been closed to regular traffic for years because of militant activity.

Russian military police patrols have operated in northeastern Syria together with Turkish units since November 2019 under the Sochi memorandum on the areas east of the Euphrates, signed on October 22, 2019. The Russian Defense Ministry has said that those joint patrols have helped stabilize the situation along the Syrian-Turkish border."""))

A.append(dict(group="first_russian_turkish_joint_patrol_on_m4_2020_03_15", published="2020-03-15",
outlet="Idlib Free Voice",
title="Sit-in protesters on the M4 force Russian patrol to cut its route short",
text="""Idlib Free Voice - M4 highway

Hundreds of civilians continued on Sunday their sit-in on the international M4 highway east of Idlib, refusing the passage of Russian occupation forces, as the first joint Russian-Turkish patrol set out along the road under the Moscow agreement and ended after a short distance.

Our correspondent said the patrol, made up of Turkish and Russian armored vehicles accompanied by drones in the sky, set out in the morning from the area of Trumba west of Saraqeb, but it did not reach the areas of Nairab and the sit-in tents, and returned after covering only a few kilometers.

The protesters, who came from the displaced of Maarat al-Numan, Saraqeb and the camps, had set up tents on the road days ago and burned tires, raising the flags of the revolution and banners saying "No to Russian patrols on our land" and "The blood of our martyrs is not for sale". Some of them sat in the middle of the asphalt.

The Russian Ministry of Defense claimed that the patrol route was shortened because of "provocations" by armed groups using civilians as human shields, an accusation the protesters rejected, stressing that their sit-in is peaceful and civilian.

Local sources said that the Turkish army had tried in recent days to open the road by bulldozers to remove the earth barriers, but the protesters prevented it.

The ceasefire agreed in Moscow on March 5 between Presidents Erdogan and Putin has been in force since March 6 and the raids have stopped, but activists say the Assad militias continue to violate it with shelling on the villages of Jabal al-Zawiya.

Nearly one million people displaced by the campaign remain in the camps near the Turkish border, and most of them refuse to return to areas near the front lines while the regime militias are there.

The M4 road passes through the cities of Saraqeb, Ariha and Jisr al-Shughur, and the security corridor agreed in Moscow would cover a strip of six kilometers on each side of it, which includes dozens of towns and villages in the Jabal al-Zawiya and Jisr al-Shughur areas. Many of the displaced fear that the corridor is a prelude to handing these areas over to the regime, as happened with the M5 highway which the Assad militias took after the fall of Maarat al-Numan and Saraqeb.

Share this:
Facebook
Twitter
WhatsApp
Telegram

Related
Displaced people in Atmeh camps: we will not return under the regime
Jabal al-Zawiya: regime shelling despite the truce"""))

A.append(dict(group="first_russian_turkish_joint_patrol_on_m4_2020_03_15", published="2020-03-15",
outlet="Hilal News Agency",
title="Turkey, Russia hold first joint patrol on key Idlib highway",
text="""ANKARA

Turkish and Russian troops on Sunday carried out their first joint patrol along the M4 highway in Syria's northwestern Idlib province under the Moscow agreement, Turkey's National Defense Ministry said.

"The first combined Turkish-Russian land patrol was conducted on the M4 highway with the participation of land and air elements," the ministry said on Twitter.

The M4 highway, which links the city of Aleppo to the Mediterranean port of Latakia, runs around 30 kilometers (19 miles) from Turkey's southern border.

The patrol was carried out in line with the additional protocol signed in Moscow on March 5 by President Recep Tayyip Erdogan and his Russian counterpart Vladimir Putin, which established a ceasefire in the Idlib de-escalation zone from March 6 and a security corridor six kilometers deep on each side of the highway.

Under the protocol, joint patrols are to be conducted along the M4 from the settlement of Trumba, 2 km west of Saraqib, to the settlement of Ain al-Havr.

Local residents and displaced Syrians have been staging a sit-in on parts of the highway in recent days to protest against the participation of Russian forces in the patrols, according to local sources.

Turkish and Russian military delegations held talks in Ankara last week to work out the details of the security corridor and the patrols, reaching an agreement on the terms, according to the ministry.

The ceasefire followed a sharp escalation in the region. On Feb. 27, 34 Turkish soldiers were martyred in an airstrike by the Assad regime in Idlib, after which Turkey launched Operation Spring Shield on March 1, inflicting heavy losses on the regime.

Some 1 million civilians have been displaced by the regime's attacks in Idlib since December, with most of them moving toward areas near the Turkish border.

Before the Moscow agreement, Turkish troops came under repeated attacks in Idlib. Seven soldiers and a civilian contractor were martyred near Saraqib on Feb. 3, and five soldiers were martyred in Taftanaz on Feb. 10. President Erdogan had given the regime until the end of February to pull back behind Turkey's observation posts in the region.

Turkey has 12 observation posts in the Idlib de-escalation zone set up under the Astana process, several of which were encircled during the regime's offensive.

Turkish and Russian troops have been carrying out joint patrols in northeastern Syria since November 2019 under the Sochi agreement of Oct. 22, which halted Turkey's Operation Peace Spring against the YPG/PKK terror group east of the Euphrates river."""))
