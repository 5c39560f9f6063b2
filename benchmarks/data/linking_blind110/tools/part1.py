# Part 1: January events and the 3 February attack
A = []

A.append(dict(group="syrian_army_enters_maarat_al_numan_2020_01_28", published="2020-01-28",
outlet="Levant Wire Service",
title="Syrian government forces push into Maarat al-Numan, monitor says",
text="""BEIRUT (LWS) - Syrian government troops pushed into Maarat al-Numan on Tuesday, a war monitor and pro-Damascus media said, taking the fight into one of the largest towns in the rebel enclave of Idlib for the first time in more than seven years.

Army units were sweeping the streets of the town, which sits astride the main highway from Damascus to Aleppo, a newspaper close to the government reported on its Telegram channel.

The Britain-based Syrian Observatory for Human Rights said fighting was continuing on the edges of the town as troops advanced under cover of heavy air strikes, and that most fighters had already pulled back to the north.

Maarat al-Numan has been in rebel hands since 2012 and was almost empty after weeks of bombardment, residents who fled said.

Idlib and adjoining parts of Aleppo, Hama and Latakia provinces make up the last large area held by insurgents opposed to President Bashar al-Assad. Turkey, which backs some rebel factions, keeps a dozen military observation posts there under agreements reached with Russia and Iran in 2017 and 2018. The strongest group in the enclave is Hayat Tahrir al-Sham, formerly linked to al Qaeda.

(Reporting by LWS Beirut bureau; editing by Tom Ashworth)"""))

A.append(dict(group="syrian_army_enters_maarat_al_numan_2020_01_28", published="2020-01-29",
outlet="Umayyad News Agency",
title="Army units restore security and stability to Maarat al-Numan city and dozens of villages in Idlib southern countryside",
text="""Idlib, SNNA - Units of the Syrian Arab Army have restored security and stability to the city of Maarat al-Numan and a large number of villages and towns in the southern countryside of Idlib, after inflicting heavy losses in personnel and equipment on the terrorist organizations.

A statement by the General Command of the Army and Armed Forces read on Wednesday said the army units, in a series of precise operations carried out over the past days, liberated Maarat al-Numan in addition to dozens of villages and farms in its surroundings, among them Maar Shamarin, Deir al-Sharqi, Deir al-Gharbi and Talmenes.

The statement affirmed that the army continues to carry out its national duty in pursuing the remnants of the terrorist groups until every inch of Syrian soil is cleansed of terrorism, and that the liberation of Maarat al-Numan opens the way to secure the international Damascus-Aleppo highway.

The liberation of Maarat al-Numan comes months after the army units restored security to the city of Khan Sheikhoun and the towns of the northern Hama countryside in August last year, in an operation that ended years of the terrorists' control over the international highway south of Idlib and encircled the Turkish observation post in Morek.

SNNA reporter in Idlib countryside said the army engineering units started to comb the neighborhoods of the city and remove mines and explosive devices left by the terrorists of Jabhat al-Nusra and the groups affiliated with it, which fled towards the north under the strikes of the army.

The reporter added that the terrorists had turned the homes of citizens and public buildings into headquarters and weapons depots, and had dug tunnels under the city, some of which were found by the army units during the combing operations.

Residents of the villages near the city expressed their joy at the arrival of the army units, expressing hope to return soon to their homes after years of the terrorist organizations controlling the area.

The army units had started on Friday a wide operation in the southeastern countryside of Idlib in response to the repeated violations and attacks of the terrorist groups on the safe villages in Hama and Aleppo countryside, which killed and injured dozens of civilians, the statement said.

The terrorist organizations in Idlib, which are supported by the Turkish regime, had refused all the initiatives of calm, including the ceasefire announced in the middle of this month, and used it to reinforce their positions and receive weapons across the Turkish border.

Syria has affirmed on more than one occasion that it will not allow the terrorists to remain in Idlib, and that the understandings of Astana and Sochi were temporary arrangements that the Turkish side failed to implement, foremost among them the separation of the so-called moderate opposition from the terrorists and the opening of the international highways M4 and M5 to traffic.

H.Z / R.S"""))

A.append(dict(group="syrian_army_enters_maarat_al_numan_2020_01_28", published="2020-01-29",
outlet="Idlib Free Voice",
title="Maarat al-Numan falls to Assad militias after weeks of scorched-earth bombardment",
text="""Idlib Free Voice - Special

Assad regime militias backed by Russian occupation warplanes entered the city of Maarat al-Numan late on Tuesday, after the revolutionary factions withdrew from the city to avoid encirclement, ending more than seven years of the city's liberation from the regime.

Field sources told Idlib Free Voice that the factions of the National Liberation Front and Hayat Tahrir al-Sham pulled out their fighters from the city and the nearby villages during the night, after the regime forces cut the roads to the east and south of the city and the only remaining road to the west came under constant fire.

The sources said the city, which had tens of thousands of inhabitants before the campaign, is completely empty now, after the Russian and regime warplanes destroyed its markets, its hospitals and its mosques during weeks of bombardment. Fighters reached by telephone at the new front north of the city said the regime forces had entered a city of ruins.

The Russian-backed attack on the southern Idlib countryside resumed last Friday (January 24) after a short pause, despite the ceasefire that Turkey and Russia announced for the area starting January 12. In the days that followed, the regime captured Maar Shamarin, Deir al-Sharqi and other villages east of the city.

Maarat al-Numan was one of the first cities in Idlib to join the revolution in 2011, and its people continued to demonstrate every Friday against the regime and also against the excesses of the extremists, which gave it a special symbolic value for the revolution.

The displacement continues towards the north and the Turkish border. The Response Coordinators team said that hundreds of thousands of people have fled from southern and eastern Idlib since the start of the campaign in December, living in camps and in the open fields in bitter cold conditions near Atmeh, Sarmada and Afrin.

Activists criticized the silence of the guarantor states, and asked about the role of the Turkish observation posts, several of which are now deep behind the lines of the regime militias, like the post in Surman east of the city and the Morek post in northern Hama countryside.

Saraqeb is expected to be the next target, activists warned, as the regime seeks to take full control of the M5 highway linking Damascus to Aleppo.

Share this:
Facebook
Twitter
WhatsApp
Telegram

Related
Russian warplanes target Ariha market, killing civilians
Displaced families in Atmeh camps appeal for tents"""))

A.append(dict(group="turkey_russia_idlib_ceasefire_takes_effect_2020_01_12", published="2020-01-12",
outlet="Hilal News Agency",
title="Idlib ceasefire brokered by Turkey, Russia largely holding: Defense Ministry",
text="""ANKARA

The ceasefire in Syria's northwestern Idlib de-escalation zone, agreed between Turkey and the Russian Federation, came into effect early Sunday and has largely been observed, Turkey's National Defense Ministry said.

"It is observed that the parties are by and large abiding by the ceasefire, except for one or two isolated incidents," the ministry said in a statement on Sunday, adding that developments in the region were being followed closely.

The truce took effect at 00.01 local time on Jan. 12, as announced by the ministry on Friday. The aim is to halt air and ground attacks, prevent new migration waves and help life in the region return to normal, according to the ministry.

The agreement came after President Recep Tayyip Erdogan and his Russian counterpart Vladimir Putin met in Istanbul on Wednesday for the inauguration of the TurkStream natural gas pipeline, where the two leaders called for a ceasefire in Idlib.

Separately, Russia's Defense Ministry had announced on Thursday that a ceasefire had begun in the de-escalation zone at 2 p.m. Moscow time on Jan. 9. However, attacks by the Assad regime and its supporters continued in the region in the following days, according to local sources.

Idlib is home to some 4 million civilians, including hundreds of thousands displaced in recent years by regime forces throughout the war-weary country.

Turkey and Russia agreed in September 2018 to turn Idlib into a de-escalation zone in which acts of aggression are expressly prohibited. But more than 1,300 civilians have since been killed in attacks by the regime and Russian forces, flouting both the 2018 cease-fire and a new one that started on Aug. 31, 2019.

The regime launched a large ground offensive in the south of the zone in April 2019 and captured the town of Khan Sheikhun in August, leaving one of Turkey's observation posts, at Morek, surrounded. A new wave of attacks began in mid-December, forcing tens of thousands of people to flee the town of Maarat al-Numan and surrounding villages within days.

Turkey hosts some 3.7 million Syrian refugees, more than any other country in the world, and Ankara has repeatedly said it cannot take in a new wave of migrants.

In recent weeks, the regime's bombardment of southern Idlib forced hundreds of thousands of civilians to flee toward the Turkish border. Turkish officials have said that Turkey is working with Russia to stop the attacks and help civilians stay in their homes.

Turkish aid agencies have been setting up briquette houses and tent camps on the Syrian side of the border for the displaced families."""))

A.append(dict(group="turkey_russia_idlib_ceasefire_takes_effect_2020_01_12", published="2020-01-12",
outlet="Vostok Press",
title="Russian military reports violations as Idlib truce enters into force",
text="""MOSCOW, January 12. /Vostok Press/. The ceasefire in the Idlib de-escalation zone agreed by Russia and Turkey officially entered into force on Sunday, though militants continued shelling government-held areas, the Russian Center for Reconciliation of the Opposing Sides in Syria said.

"In the past 24 hours, shelling by illegal armed groups from the territory of the Idlib de-escalation zone was registered in the provinces of Aleppo, Latakia and Idlib," the center said in its daily bulletin. According to the center, the Syrian government troops were observing the ceasefire regime.

Russia's Defense Ministry said on Thursday that a ceasefire regime was introduced in the Idlib zone from 14:00 Moscow time on January 9 in line with arrangements reached with the Turkish side. On Friday, the Turkish Defense Ministry said that the truce would take effect at 00:01 local time on January 12.

The head of the center, Major General Yuri Borenkov, earlier called on the leaders of armed groups to renounce provocations and join the peace process in the territories they control.

Humanitarian corridors for civilians wishing to leave the Idlib zone for government-controlled areas were opened near Abu al-Duhur, Al-Hader and Habit, the Russian military said earlier this week, adding that militants were preventing people from using them.

The Russian military has repeatedly said that militants are preventing civilians from leaving the zone for government-controlled areas.

The situation in Idlib was discussed by Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan at their meeting in Istanbul on January 8. The leaders stressed the importance of fulfilling the Sochi memorandum of September 2018, which obliged Turkey to separate the moderate opposition from terrorists.

Idlib remains the last large area in Syria controlled by militants. According to the Russian military, most of the territory is held by the Hayat Tahrir al-Sham group (the former Jabhat al-Nusra, outlawed in Russia), which has repeatedly launched attacks on Syrian army positions and on the Russian Hmeymim air base with drones.

Russian officials have also noted that the militants used previous pauses in the fighting to regroup. A ceasefire announced at the end of August 2019 was followed by renewed attacks on government positions in southern Idlib, the Russian military said at the time. In December, Russia and China vetoed a UN Security Council draft on extending cross-border humanitarian deliveries into Syria, arguing that aid should be channeled through Damascus.

Turkey, which has 12 observation posts in Idlib, says it is seeking to stop a new flow of refugees towards its border."""))

A.append(dict(group="turkish_troops_killed_by_syrian_shelling_near_saraqeb_2020_02_03", published="2020-02-03",
outlet="Levant Wire Service",
title="Syrian shelling kills Turkish soldiers in Idlib, Turkey hits back",
text="""ISTANBUL/BEIRUT (LWS) - Shelling by Syrian government forces killed Turkish military personnel in northwest Syria's Idlib region on Monday, Turkey said, and Turkish jets and artillery struck back in the most serious confrontation between the two countries' armies in years.

Turkey's Defence Ministry first said four soldiers were killed and nine wounded, one of them seriously, near the town of Saraqeb. President Tayyip Erdogan later told reporters the dead were five soldiers and a civilian working for the military. The attack happened despite Turkey having informed Damascus, through Russia, of the positions of its troops in advance, the ministry said.

The troops were among reinforcements sent into Idlib in recent days, it said.

Speaking at Istanbul airport before leaving for a visit to Ukraine, Erdogan said Turkish F-16 jets and howitzers had hit around 40 targets, and that 30 to 35 Syrian government troops had been "neutralised".

"We are determined to continue our operations for the security of our country, our nation and our brothers in Idlib," Erdogan said. He told Russia not to stand in Turkey's way: "Our interlocutor here is not you, but the regime."

Syrian state media made no mention of Syrian losses. A military source quoted by state television said Turkish claims of casualties were untrue and that Turkish forces had moved into the area to help the "terrorists" stop the army's advance.

Russia's Defence Ministry said Turkish troops had moved inside the Idlib de-escalation zone overnight without informing the Russian side, and had come under fire from Syrian forces targeting militants west of Saraqeb.

The Syrian Observatory for Human Rights said 13 Syrian soldiers were killed by the Turkish strikes.

Idlib and adjoining parts of Aleppo, Hama and Latakia provinces make up the last large area held by insurgents opposed to President Bashar al-Assad. Turkey, which backs some rebel factions, keeps a dozen military observation posts there under agreements reached with Russia and Iran in 2017 and 2018. The strongest group in the enclave is Hayat Tahrir al-Sham, formerly linked to al Qaeda.

Government forces captured the town of Maarat al-Numan last week and have been closing in on Saraqeb, which lies where the Damascus-Aleppo and Aleppo-Latakia highways meet. Several Turkish observation posts have been surrounded in the advance.

Hundreds of thousands of people have fled the fighting towards the Turkish border since December. Turkey, already home to 3.6 million Syrian refugees, says it cannot take in more.

(Reporting by LWS Istanbul and Beirut bureaux; writing by Dilek Sarac; editing by Tom Ashworth)"""))

A.append(dict(group="turkish_troops_killed_by_syrian_shelling_near_saraqeb_2020_02_03", published="2020-02-04",
outlet="Hilal News Agency",
title="Turkey 'neutralizes' 76 regime elements after Idlib attack",
text="""ANKARA

Turkish forces hit 54 targets and "neutralized" 76 Assad regime elements in retaliation for Monday's attack on Turkish troops in northwestern Syria, the National Defense Ministry said on Tuesday.

In a statement, the ministry said the targets were struck by air and land-based fire support elements in Idlib, and that the Turkish troops were continuing their mission.

Seven Turkish soldiers and one civilian working for the Turkish army were martyred and more than a dozen injured on Monday when regime forces shelled Turkish military elements that had been sent to the region as reinforcements to prevent clashes, the ministry said earlier. The coordinates of the Turkish positions had been shared beforehand, it stressed.

Turkish authorities use the term "neutralize" to imply the terrorists or hostile elements in question either surrendered or were killed or captured.

Speaking before his departure for Ukraine on Monday, President Recep Tayyip Erdogan said Turkey would not remain silent in the face of attacks against its soldiers. He warned that those who tested Turkey's determination with such attacks would come to see their mistake.

Erdogan said he would discuss the situation with Russian President Vladimir Putin, adding that Turkey had no issue with Russia but that Moscow needed to understand the sensitivity of the issue.

Funeral ceremonies for the martyred soldiers were held in their hometowns on Tuesday, with thousands of citizens attending. The martyrs were laid to rest with prayers and the chanting of slogans.

Turkey has carried out three major cross-border operations in northern Syria since 2016: Operation Euphrates Shield against Daesh, Operation Olive Branch in Afrin in 2018, and Operation Peace Spring east of the Euphrates last October against the YPG/PKK terror group. The Turkish army also has a presence in the Idlib de-escalation zone through its observation posts.

Officials in Ankara have said that Turkey's presence in Idlib aims to protect civilians and prevent a new humanitarian tragedy on its border.

Parliament Speaker Mustafa Sentop and political party leaders also sent condolence messages.

Turkey has 12 observation posts in the Idlib de-escalation zone, established as part of the Astana process with Russia and Iran. Several of the posts are currently surrounded by regime forces, which have been advancing in the region since mid-December with Russian air support despite the ceasefire declared on Jan. 12.

More than 1,300 civilians have been killed in attacks by the regime and its backers in the Idlib de-escalation zone since the Sochi deal of 2018, according to local sources."""))

A.append(dict(group="turkish_troops_killed_by_syrian_shelling_near_saraqeb_2020_02_03", published="2020-02-03",
outlet="Vostok Press",
title="Turkey did not notify Russia of troop movements in Idlib before shelling - Defense Ministry",
text="""MOSCOW, February 3. /Vostok Press/. Turkish troops carried out movements inside the Idlib de-escalation zone on the night of February 2 to 3 without notifying the Russian side, and came under fire from Syrian government forces that were striking terrorists, the Russian Defense Ministry's Center for Reconciliation said on Monday.

"Units of the Turkish armed forces moved inside the Idlib de-escalation zone on the night of February 2-3 without informing the Russian side and came under fire from Syrian government troops targeting terrorists west of Saraqib," the center said in a statement.

The Russian military said it remained in constant contact with the Turkish side.

Earlier, the Turkish Defense Ministry said four of its soldiers had been killed and nine wounded in shelling by Syrian government forces in Idlib, and that Turkish forces had retaliated. Turkish President Recep Tayyip Erdogan later said 30 to 35 Syrian servicemen had been killed in the Turkish strikes. Syrian state media did not confirm any losses among government troops.

Kremlin spokesman Dmitry Peskov told reporters that Moscow and Ankara were keeping in contact on the situation in Idlib through their militaries.

The Syrian army has been conducting an operation in the south and east of the Idlib zone since December, in response to militant attacks on civilian areas and on government positions. Last week the army took control of Maarat al-Numan, the second largest town in the province.

According to the Russian Center for Reconciliation, militants in Idlib carried out dozens of attacks on government positions and on populated areas in January despite the ceasefire declared from January 9, which led the Syrian army to resume its operation. Russia has been providing air support to the Syrian army since September 2015.

Under the Sochi memorandum signed by Russia and Turkey in September 2018, a demilitarized zone 15-20 km wide was to be created along the line of contact, and radical groups were to be withdrawn from it. The Russian side has repeatedly stated that these obligations have not been fulfilled.

The Russian military has repeatedly reported drone attacks by militants on the Hmeymim air base in Latakia province, and shelling of government-controlled residential areas in Aleppo from the Idlib zone. According to Moscow, the operation of the Syrian army is a response to these attacks and is being conducted in line with international law.

Russia, Turkey and Iran are the guarantor states of the Astana process on Syria."""))

A.append(dict(group="turkish_troops_killed_by_syrian_shelling_near_saraqeb_2020_02_03", published="2020-02-03",
outlet="Haber Ekspres 24",
title="İdlib'de rejim saldırısı: Mehmetçik şehit oldu, TSK karşılık verdi - Idlib regime attack soldiers martyrs",
text="""[ad_1]

Haber Merkezi | 03.02.2020 - 14:27

In Idlib of Syria the Assad regime made the artillery attack on our elements which are sent for reinforcement, 4 our soldiers were martyred, 9 our soldiers was injured, one of them heavy. National Defense Ministry (MSB) has made a written statement about the subject.

In the statement of MSB it was said "Despite the coordinates of our units was notified before, the regime forces was opened intense artillery fire to our elements that they are sent to the region for reinforcement to prevent the conflicts in Idlib. The targets in the region is being hit with fire support vehicles by the TSK and were destroyed."

Later the number of şehit was increased. Cumhurbaşkanı Erdoğan said in the İstanbul Havalimanı before going to Ukraine that 5 soldier and 1 civilian personnel were martyr and that in the response of our F-16 and obüs more than 40 target of rejim were hit. "Around 30-35 of them were neutralized according to first information" Erdoğan said.

Erdoğan also said: "To Russia we said, you are not our interlocutor, the interlocutor is the regime. Do not stand in our way." 

THE REGIME WILL PAY PRICE

The political party leaders was condemned the attack from their social media accounts and they gave condolence to the martyr families, saying the attack will not remain without answer.

It is known that Turkish military convoys entered Idlib in recent days from the Kafr Lusin border gate and it is sent the reinforcements to the region of Saraqib, where the regime is advancing after the capture of Maarat al-Numan last week.

WHAT IS IN IDLİB?

In Idlib de-escalation zone there are 12 observation posts (gözlem noktası) of the TSK under Astana and Sochi agreements. Since last month the regime and Russia attacks increased and hundreds of thousand civilian fled to the Turkish border.

The regime had captured last week the Maarat al-Numan, which was in the hand of the opposition since 2012. After this, the target of regime is Saraqib, where the M4 and M5 highways are crossing. Two of our observation points, in Morek and in Surman, was left in the area of regime.

In January 12 it was started a ceasefire in Idlib with the agreement of Turkey and Russia, but the regime was not obeyed it and the attacks was continued.

Our sorrow is big. Allah rahmet eylesin to our martyrs, we wish the fast recovery to our wounded.

ETİKETLER: idlib, şehit, msb, rejim, suriye

Exit mobile version

BUNLAR DA İLGİNİZİ ÇEKEBİLİR
Bakan Akar Hatay'da sınır birliklerini denetledi
Dolar/TL güne nasıl başladı? 3 Şubat 2020
[ad_2]"""))
