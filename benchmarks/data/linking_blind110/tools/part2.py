# Part 2: Erdogan ultimatum, Saraqeb, Taftanaz
A = []

A.append(dict(group="erdogan_ultimatum_to_damascus_over_idlib_posts_2020_02_05", published="2020-02-06",
outlet="The Meridian Standard",
title="Erdogan gives Assad until end of February to pull back in Idlib",
text="""By Clare Holloway, Istanbul

Turkey's president has given the Syrian regime until the end of the month to withdraw its forces from around Turkish military posts in Idlib, warning that his army will otherwise push them back, two days after the deadliest clash between the two countries' troops in the nine-year war.

Recep Tayyip Erdogan told members of his ruling Justice and Development party in parliament on Wednesday that Syrian government troops had to pull back behind the line of Turkish observation posts that ring the rebel-held province. "We hope the regime withdraws behind our observation posts within February," he said. "If it does not, Turkey will be obliged to do it."

He said that two of the twelve posts, set up under a 2017 de-escalation arrangement with Russia and Iran, were now stranded behind regime lines, and that the attack on Turkish soldiers on Monday marked "a turning point" for Turkey in Syria. Turkish air and ground forces, he said, would from now on move freely across their areas of operation, including Idlib, and carry out operations when they judged it necessary.

Erdogan added that he had conveyed the demand to Vladimir Putin in a telephone call on Tuesday evening.

The ultimatum is the starkest warning yet from Ankara since Russian-backed government forces stepped up their offensive on Idlib in December. Seven Turkish soldiers and a civilian contractor were killed on Monday when Syrian artillery hit a Turkish column that had just arrived near the town of Saraqeb. Turkey said it struck more than 50 targets in response and killed dozens of Syrian troops, a claim Damascus denied.

Even as Erdogan spoke, Syrian troops were entering Saraqeb itself, which stands at the junction of the M5 motorway between Damascus and Aleppo and the M4 road to the Mediterranean coast. Opposition fighters were reported to have fallen back to the north of the town. Last week the army took Maarat al-Numan further south, a town the rebels had held since 2012.

For Turkey, the stakes are both military and domestic. About 3.6 million Syrian refugees already live in the country, and public patience with them has worn thin since the ruling party lost the mayoralties of Istanbul and Ankara last year. Hundreds of thousands of people have been driven north by the latest offensive and are crammed into camps and olive groves along the Turkish border, which remains closed.

The relationship with Moscow is at the centre of the crisis. Turkey and Russia back opposite sides in the war but have built an uneasy partnership in recent years: Ankara bought Russia's S-400 missile defence system over American objections, and the two leaders opened the TurkStream gas pipeline together in Istanbul only last month. In September 2018 they agreed at Sochi to create a demilitarised buffer in Idlib, with Turkey promising to rein in jihadist groups such as Hayat Tahrir al-Sham. Moscow says that promise was never kept and that the army's offensive is a response to militant attacks.

A ceasefire announced by the two countries took effect on January 12 but collapsed within days. Russian officials on Monday said the Turkish troops had moved without informing them, an account Ankara rejected.

Diplomats in Ankara said the deadline leaves both sides room to negotiate. A Russian delegation is expected in the Turkish capital for talks within days. But Erdogan's language, and the steady flow of Turkish armour across the Kafr Lusin crossing, suggest Turkey is prepared to fight for a foothold it regards as vital to keeping a new wave of refugees on the Syrian side of the border.

The UN Security Council was due to hold an emergency session on Idlib on Thursday at the request of the United States, Britain and France."""))

A.append(dict(group="erdogan_ultimatum_to_damascus_over_idlib_posts_2020_02_05", published="2020-02-05",
outlet="Al-Manzar Net",
title="Erdogan gives the Syrian regime until the end of February to withdraw from the vicinity of the Turkish observation points",
text="""Al-Manzar Net - Ankara - agencies

The Turkish President, Recep Tayyip Erdogan, gave today, Wednesday, the forces of the Syrian regime a deadline until the end of the current month of February to withdraw behind the Turkish observation points in Idlib governorate, in the north-west of Syria, otherwise the Turkish army will do this by itself, according to his expression.

Erdogan said in a speech in front of the deputies of the Justice and Development Party in the Turkish parliament in Ankara: "We hope that the regime will withdraw behind our observation points during the month of February, and if it does not withdraw, Turkey will be forced to do this work."

The Turkish president considered that the attack which targeted the Turkish soldiers in Idlib the day before yesterday Monday is "a new stage for Turkey in Syria", and he pointed out that the Turkish air and land forces will move freely when needed in all the areas of operations and in Idlib, and will carry out military operations if it is required.

And Erdogan revealed that he informed his Russian counterpart, Vladimir Putin, in a telephone call yesterday evening Tuesday of this position, and he added that two of the Turkish observation points became behind the lines of the regime forces.

These threats come two days after the killing of eight Turkish soldiers and a civilian, according to the Turkish figures, in a bombardment by the regime forces on Turkish positions near the city of Saraqib in the eastern countryside of Idlib, and Ankara said that it responded by targeting dozens of positions of the regime.

In the field, the Syrian Observatory for Human Rights said that the regime forces entered today the city of Saraqib after the withdrawal of the factions towards the north, and they became close to controlling the international highway M5 which links Damascus with Aleppo.

It is worth mentioning that Turkey possesses 12 observation points in the Idlib region, which it established under the agreement of de-escalation reached with Russia and Iran within the framework of the Astana track in the year 2017, and several of them are now besieged by the forces of the regime.

It is also worth mentioning that the regime forces, with the support of the Russian air force, began in the month of December last year a wide military campaign on the southern and eastern countryside of Idlib, which led to the displacement of hundreds of thousands of the civilians towards the areas near the Turkish border.

Read also:
The United Nations warns of a humanitarian catastrophe in Idlib
Moscow: the Turkish forces did not inform us of their movements

Accept cookies | More information"""))

A.append(dict(group="erdogan_ultimatum_to_damascus_over_idlib_posts_2020_02_05", published="2020-02-05",
outlet="Indus Daily Wire",
title="Erdogan Warns Syrian Forces To Withdraw From Idlib Posts By End Of February",
text="""Staff Reporter Wed 05th February 2020 | 05:48 PM

Ankara, Feb 5 (Indus Daily Wire / News Desk - 5th Feb, 2020 ) :Turkish President Recep Tayyip Erdogan on Wednesday warned Syrian government forces to retreat from around Turkish observation posts in the northwestern Idlib province by the end of February, or face Turkish military action.

"We hope that the regime will fall back behind our observation posts in February. If the regime does not do this, Turkey will have to do it," Erdogan told lawmakers of his ruling party in Ankara.

He said he had told Russian President Vladimir Putin of the demand on Tuesday night.

The Turkish leader said Turkey's air and land forces would, if needed, act freely in all operation areas including Idlib, describing Monday's deadly attack on Turkish troops as a turning point in Turkey's Syria policy.

Seven Turkish soldiers and one civilian employee were killed on Monday in shelling by Syrian government forces in Idlib, according to Ankara, which said it retaliated by hitting dozens of targets. Syrian state media denied the government suffered any casualties.

Turkey maintains 12 observation posts in the region set up in 2017 under a de-escalation deal with Russia and Iran, several of which have been encircled by the advancing government forces.

More than half a million people have fled their homes in Idlib since the government offensive intensified in December, according to the United Nations.

Related News

Pakistan, Turkey agree to boost bilateral trade
Gold rates in Karachi on Wednesday
Oil prices rise on hopes of China stimulus

Latest Stories"""))

A.append(dict(group="syrian_army_captures_saraqeb_2020_02_06", published="2020-02-06",
outlet="Umayyad News Agency",
title="Army units enter Saraqeb city, continue combing its neighborhoods",
text="""Idlib, SNNA - Units of the Syrian Arab Army entered the city of Saraqeb in the eastern countryside of Idlib after fierce battles with the terrorist organizations, and started combing its neighborhoods and removing the explosive devices planted by the terrorists.

SNNA reporter said on Thursday that the army units, backed by the artillery and air force, advanced from several axes towards the city, after liberating a number of villages in its southern and eastern surroundings, and the terrorist groups collapsed and fled towards the north.

The reporter added that the control of Saraqeb puts the army units in front of the intersection of the Damascus-Aleppo international highway (M5) and the Aleppo-Lattakia highway (M4), which is of great strategic importance for restoring normal movement between the governorates.

A military source said that the army units inflicted heavy losses on the terrorists of Jabhat al-Nusra and the groups affiliated with it, and destroyed a number of their vehicles and positions, including armored vehicles supplied by the Turkish regime.

The source stressed that the presence of the Turkish forces which entered the Syrian territory in violation of international law will not prevent the army from carrying out its duty in liberating every inch of the Syrian land from terrorism, and that any attempt to protect the terrorists will be responded to.

Syria has repeatedly affirmed that the Turkish forces which entered Idlib are occupation forces, and that the observation posts established by the Turkish regime have turned into a cover to supply the terrorists with weapons and ammunition.

The army units last week liberated the city of Maarat al-Numan and dozens of villages and towns in the southern countryside of Idlib, opening the way to secure the international highway.

The residents of the neighboring towns in Aleppo and Hama countryside have long suffered from the rocket and mortar shells fired by the terrorists from Saraqeb and its surroundings, which claimed the lives of many civilians, including children, over the past years.

The Turkish regime has in recent days pushed large convoys of armored vehicles and tanks into Idlib governorate through the Kafr Lusin crossing, and deployed them around Saraqeb and in the vicinity of the highway, in what the Syrian Foreign Ministry considered a flagrant aggression on the sovereignty of the Syrian Arab Republic and a desperate attempt to protect the terrorist organizations.

The army units had responded on Monday to the sources of fire of the Turkish forces which targeted the Syrian army positions in the area, a military source said at the time, adding that the Turkish claims about the killing of Syrian soldiers were baseless.

H.Z / M.A"""))

A.append(dict(group="syrian_army_captures_saraqeb_2020_02_06", published="2020-02-08",
outlet="Levant Wire Service",
title="Syria says army in full control of crossroads town of Saraqeb",
text="""BEIRUT (LWS) - The Syrian army said on Saturday it had taken full control of Saraqeb, a town at the junction of two of the country's main highways, pressing its advance into the last major rebel stronghold in the northwest.

"Army units now have full control of the town of Saraqeb," state television said, showing footage of empty, bomb-damaged streets.

Government forces first entered the town on Wednesday after rebels pulled out, according to the Syrian Observatory for Human Rights, and spent the following days clearing it. Saraqeb sits where the M5 highway from Damascus to Aleppo meets the M4 road to Latakia.

Turkey, which sent thousands of troops and armoured vehicles into Idlib this week, has set up new positions around the town. Seven Turkish soldiers and a civilian contractor were killed by Syrian shelling nearby on Monday.

Idlib and adjoining parts of Aleppo, Hama and Latakia provinces make up the last large area held by insurgents opposed to President Bashar al-Assad. Turkey, which backs some rebel factions, keeps a dozen military observation posts there under agreements reached with Russia and Iran in 2017 and 2018.

Russian and Turkish officials met in Ankara on Saturday for talks on Idlib.

(Reporting by LWS Beirut bureau; editing by Tom Ashworth)"""))

A.append(dict(group="turkish_troops_killed_in_taftanaz_attack_2020_02_10", published="2020-02-10",
outlet="Hilal News Agency",
title="5 Turkish soldiers martyred in Assad regime attack in Idlib",
text="""ANKARA

Five Turkish soldiers were martyred and five others injured on Monday in an intense artillery attack by the Assad regime in Syria's northwestern Idlib province, the National Defense Ministry said.

The soldiers were among the elements deployed to the region to prevent clashes, ensure Turkey's border security, stop migration and prevent a humanitarian tragedy, the ministry said in a statement.

"The targets identified in the region were immediately engaged with intense fire and destroyed. The blood of our martyrs has not been left on the ground," the statement said, adding that developments were being monitored closely and necessary measures taken.

The attack targeted a newly established Turkish base near the Taftanaz airfield, northeast of Idlib city, according to security sources.

Presidential Communications Director Fahrettin Altun condemned the "heinous" attack on Twitter, saying the Turkish army had retaliated against the attack and destroyed enemy targets to avenge the fallen troops. The one who ordered the attack, he wrote, had targeted not only Turkey but the entire international community.

The Turkish Armed Forces would continue to crush anyone who dared to target the Turkish flag, Altun added.

SECOND ATTACK IN A WEEK

The attack comes a week after a similar regime attack in Idlib on Feb. 3 martyred seven Turkish soldiers and a civilian contractor working with the army. Turkey responded to that attack by hitting dozens of regime targets and neutralizing 76 regime elements.

Last Wednesday, President Recep Tayyip Erdogan gave the regime until the end of February to withdraw behind the line of Turkish observation posts, warning that Turkey would otherwise do the job itself.

In recent days the Turkish army has sent large reinforcements to Idlib, including commando units and armored vehicles, to strengthen its observation posts and establish new positions in the region.

Turkey and Russia agreed in September 2018 to turn Idlib into a de-escalation zone in which acts of aggression are expressly prohibited. However, the regime and its backers have consistently violated the terms of the ceasefire, launching frequent attacks inside the zone.

Nearly 700,000 civilians have been displaced by the regime's attacks since December, according to UN figures, with most moving toward the Turkish border.

Turkey already hosts 3.7 million Syrians, more than any other country in the world.

Ankara has repeatedly called on Moscow, the regime's main backer, to rein in the Assad regime. A Russian delegation held talks with Turkish officials in Ankara on Saturday on the situation in Idlib, and a second meeting was expected, according to Turkish diplomatic sources.

Turkey has carried out three cross-border operations in northern Syria since 2016 to clear its border region of terrorists and enable the return of Syrians to their homes: Euphrates Shield, Olive Branch and Peace Spring."""))

A.append(dict(group="turkish_troops_killed_in_taftanaz_attack_2020_02_10", published="2020-02-10",
outlet="Daily Crisis Digest",
title="Mideast live: Five Turkish soldiers killed in Idlib; Syrian army pushes along M5",
text="""LIVE - Monday 10 February

Welcome to our rolling coverage. All times GMT.

16:40 - Turkey retaliates

Turkish officials say the army is striking Syrian government positions after the attack on its troops near Taftanaz. Turkish presidential communications director Fahrettin Altun tweeted that the army had hit back to destroy enemy targets and avenge the fallen soldiers. No word yet from Damascus.

15:05 - Five Turkish soldiers killed in Idlib

Turkey's Defence Ministry says five of its soldiers were killed and five wounded in "intense artillery fire" by Syrian government forces in Idlib. Turkish officials said the target was a Turkish military post in the Taftanaz area, where Turkey deployed troops only days ago as government forces advanced. This is the second deadly attack on Turkish troops in a week: seven soldiers and a civilian contractor died near Saraqeb last Monday (Feb 3).

13:20 - Syrian army closing in on full control of M5

Syrian state media report that government troops have taken a string of villages in the western Aleppo countryside and now hold almost all of the Damascus-Aleppo highway. The road has not been fully in government hands since 2012. Saraqeb, at the junction with the M4, was declared captured at the weekend.

11:00 - UN: close to 700,000 displaced

The UN humanitarian office says nearly 700,000 people have fled their homes in northwest Syria since the beginning of December, many of them now sheltering in tents and unfinished buildings near the Turkish border in freezing temperatures. Aid groups warn that camps are overflowing.

10:15 - Background: Turkey's posts in Idlib

Turkey has twelve observation posts around Idlib, set up under the 2017 Astana de-escalation deal with Russia and Iran and confirmed in the Sochi memorandum of September 2018. Since the government offensive resumed, several have been surrounded, including Morek in northern Hama, cut off since August, and newer posts around Maarat al-Numan and Saraqeb. In the past ten days Turkey has sent hundreds of military vehicles into Idlib and set up new positions, including at Taftanaz. President Erdogan said on Wednesday (Feb 5) that Syrian forces must withdraw behind the posts by the end of February.

09:45 - Ankara talks end without breakthrough

Talks between Turkish and Russian delegations in Ankara over the weekend ended without agreement, Turkish sources said, with Ankara pressing for a halt to the offensive and Moscow insisting on action against "terrorists" in Idlib. Erdogan's end-of-February deadline for Syrian forces to pull back from around Turkish observation posts still stands.

08:30 - Good morning

We are following events in northwest Syria, where the stand-off between Turkish and Syrian government forces continues, and the rest of the region.

Share this:
Twitter
Facebook
Email"""))

A.append(dict(group="turkish_troops_killed_in_taftanaz_attack_2020_02_10", published="2020-02-11",
outlet="Haber Ekspres 24",
title="MSB: Taftanaz saldırısına karşılık 115 hedef vuruldu, 101 rejim unsuru etkisiz - 101 regime elements neutralized",
text="""[ad_1]

Haber Merkezi | 11.02.2020 - 09:12

National Defense Ministry (MSB) announced that after the attack in Idlib's Taftanaz region which our 5 soldier was şehit, the 115 targets of the regime was hit and 101 regime element was neutralized (etkisiz hale getirildi).

In the statement of MSB which was shared from the social media account it was said that in the response of TSK, 3 tank, 2 havan (mortar) position and 1 helicopter of the rejim was destroyed. "The blood of our martyrs did not remain on the ground" it was said.

Yesterday (Pazartesi) the regime forces was opened the heavy artillery fire on our military post in the Taftanaz airport zone in the north east of İdlib city. 5 our heroes was martyred and 5 was wounded.

"AĞIR BEDEL ÖDEYECEKLER"

Cumhurbaşkanı Erdoğan today speaking in a program in Ankara said that the regime got what it deserves in Idlib but it is not enough. "The regime will pay a very heavy price" Erdoğan said and he said the response will continue.

İletişim Başkanı Fahrettin Altun also wrote yesterday that the war criminal who ordered this attack targeted all international community, not only Turkey.

It is the second attack in one week. On 3 Şubat the regime artillery attack near Saraqib martyred 7 soldier and 1 civilian personnel. After that attack Erdoğan gave the regime time until the end of Şubat to withdraw from the surrounding of our observation posts. 

NEREDE TAFTANAZ?

Taftanaz is the town in the north east of Idlib city, and it has military airport which was used by the regime helicopters before 2013. In recent days TSK has sent many convoys with tank, obüs and commando units to the region and it is established new points around Saraqib and in the Taftanaz airport. The regime forces which captured Saraqib last week is advancing in the north along the M5 highway to the west of Aleppo.

Local sources said the regime artillery hit the area from the positions near Saraqib.

Meanwhile the Russian delegation came to Ankara on Saturday for the talks about Idlib. The talks lasted about 3 hours and it was said that the talks will continue. Dışişleri Bakanı Mevlüt Çavuşoğlu said that if the regime attacks continue, Turkey will give the necessary answer.

Meanwhile the Russian delegation came to Ankara on Saturday for the talks about Idlib. The talks lasted about 3 hours and it was said that the talks will continue.

Allah rahmet eylesin.

ETİKETLER: taftanaz, idlib, msb, şehit, tsk

Exit mobile version

BUNLAR DA İLGİNİZİ ÇEKEBİLİR
Hava durumu: Marmara'ya kar geliyor
Süper Lig'de 21. hafta sonuçları
[ad_2]"""))
