# Part 3: helicopter downing, Balyun air strike
A = []

A.append(dict(group="rebels_down_syrian_army_helicopter_nairab_2020_02_11", published="2020-02-11",
outlet="Idlib Free Voice",
title="Revolutionaries shoot down Assad militia helicopter over Nairab in eastern Idlib",
text="""Idlib Free Voice - Eastern Idlib

The revolutionary factions shot down on Tuesday a military helicopter belonging to the Assad militias over the town of Nairab, east of Idlib city, while it was bombing the area, in the first downing of a regime helicopter in northern Syria for a long time.

Videos published by activists showed the helicopter catching fire in the air and breaking into pieces before crashing on open land near the town, as fighters shouted "Allahu Akbar". Field sources told Idlib Free Voice that the helicopter was an Mi-17 type used to drop barrel bombs, and that its crew was killed.

The downing came while the factions were carrying out a counter-attack on the Nairab axis with artillery cover from the Turkish army, and the sources said the fighters advanced into parts of the town after violent clashes with the Assad militias and the Iranian militias supporting them. The Turkish Defense Ministry said in a statement that the regime elements were driven out of Nairab after the helicopter was hit.

There was no official statement from the factions about the weapon that was used to down the helicopter.

Hours after the downing, regime and Russian warplanes launched raids on residential neighborhoods in Idlib city, killing at least seven civilians including children and wounding others, according to the Syrian Civil Defense (White Helmets), which said its teams were still pulling people from under the rubble.

The escalation comes one day after the Assad militias bombed a Turkish military post near Taftanaz airport, killing five Turkish soldiers, and a week after eight Turkish soldiers and a civilian were killed near Saraqeb. Turkey responded to both attacks by shelling regime positions.

Since the fall of Saraqeb last week, the regime militias have been advancing north along the M5 highway towards the western countryside of Aleppo, and the displacement has reached hundreds of thousands of people heading towards the Turkish border in very difficult conditions.

The Turkish army has in the past two weeks pushed hundreds of vehicles, tanks and artillery through the Kafr Lusin crossing and set up new positions in Taftanaz, in the vicinity of Saraqeb and on the road between Idlib and Aleppo. The revolutionaries consider that the new Turkish deployment, together with the start of the Turkish artillery fire against the Assad militias, changed the balance on some axes for the first time since the start of the campaign.

President Erdogan gave the Assad regime last week until the end of February to withdraw behind the Turkish observation points, and said today that the regime will pay a heavy price for attacking the Turkish soldiers.

Share this:
Facebook
Twitter
WhatsApp

Related
Civil Defense: children among victims of raids on Idlib city
Turkish reinforcements enter from Kafr Lusin crossing"""))

A.append(dict(group="rebels_down_syrian_army_helicopter_nairab_2020_02_11", published="2020-02-11",
outlet="Vostok Press",
title="Syrian army helicopter shot down by missile in Idlib, pilot killed - source",
text="""DAMASCUS, February 11. /Vostok Press/. A helicopter of the Syrian Arab Army was downed by a missile over the Nairab area in Idlib province on Tuesday, and its crew commander was killed, a Syrian military source said.

"The helicopter crashed near the settlement of Nairab as a result of being hit by a missile, the commander died," the source said.

Footage circulating on social media showed a helicopter bursting into flames and falling apart in the air. The Turkish Defense Ministry earlier claimed that Syrian government forces had been forced out of Nairab after the helicopter was hit.

The incident came amid an escalation in the Idlib de-escalation zone, where militants backed by Turkish artillery have attempted a counteroffensive against government forces near Saraqib. On Monday, Ankara said five Turkish servicemen were killed by Syrian shelling near Taftanaz and that it had struck dozens of Syrian targets in response.

Speaking in Ankara on Tuesday, Turkish President Recep Tayyip Erdogan said the Syrian government would pay "a very heavy price" for the attacks on Turkish troops.

The Syrian army has been conducting an operation against terrorist groups in Idlib since December and this week took control of almost the entire M5 highway linking Damascus and Aleppo."""))

A.append(dict(group="air_strike_kills_33_turkish_soldiers_balyun_2020_02_27", published="2020-02-28",
outlet="Levant Wire Service",
title="Air strike in Syria's Idlib kills 33 Turkish soldiers, Ankara retaliates",
text="""ANKARA/BEIRUT (LWS) - At least 33 Turkish soldiers were killed in an air strike by Syrian government forces in northwest Syria's Idlib region, a Turkish official said early on Friday, the biggest loss for Turkey's military in a single day since it first sent troops into Syria in 2016.

Rahmi Dogan, governor of the southern Turkish province of Hatay, said the toll had risen overnight as the wounded were brought across the border. Officials had earlier given figures of 22 and then 29 dead. More than 30 soldiers were being treated in hospitals in Hatay, he said, some of them seriously hurt.

Turkish security sources said the troops were hit on Thursday evening near the village of Balyun in the Jabal al-Zawiya area of southern Idlib.

President Tayyip Erdogan chaired an emergency security meeting in Ankara that went on past midnight. His communications director, Fahrettin Altun, said all known targets of the Syrian government were being hit by Turkish air and ground fire in retaliation.

Russia's Defence Ministry said the Turkish soldiers had been among "terrorist" units that came under fire from Syrian forces, and that Turkey had not informed Moscow of their presence. It said Russian aircraft had not carried out strikes in the area, and that once it learned of the Turkish casualties it had worked to secure a halt in Syrian fire so the wounded could be evacuated.

NATO Secretary-General Jens Stoltenberg spoke by telephone with Turkish Foreign Minister Mevlut Cavusoglu and condemned what his office called indiscriminate air strikes by the Syrian government and its backer Russia. NATO envoys were to meet on Friday at Turkey's request. The U.S. State Department said Washington stood by its NATO ally.

A senior Turkish official said Turkey would no longer stop Syrian refugees from trying to reach Europe by land or sea.

The Turkish lira weakened and Istanbul's main share index fell sharply at Friday's open.

Idlib and adjoining parts of Aleppo, Hama and Latakia provinces make up the last large area held by insurgents opposed to President Bashar al-Assad. Turkey, which backs some rebel factions, keeps a dozen military observation posts there under agreements reached with Russia and Iran in 2017 and 2018.

Thursday's deaths bring the number of Turkish security personnel killed in Idlib this month to around 50. Hours before the strike, Turkish-backed rebels said they had recaptured the town of Saraqeb, lost to government forces earlier this month.

Erdogan has demanded that Syrian forces withdraw behind Turkey's observation posts by the end of February, a deadline that expires on Saturday.

(Reporting by LWS Ankara and Beirut bureaux; writing by Dilek Sarac; editing by Tom Ashworth)"""))

A.append(dict(group="air_strike_kills_33_turkish_soldiers_balyun_2020_02_27", published="2020-02-28",
outlet="The Meridian Standard",
title="Turkey counts its dead after Idlib strike as confrontation with Russia looms",
text="""By Clare Holloway, Istanbul, and Daniel Firth, Beirut

Turkey was reeling on Friday after an air strike in northwest Syria killed at least 33 of its soldiers, its heaviest loss in a single attack since it first sent troops across the border four years ago, raising the prospect of a direct clash between Nato's second-largest army and the forces of Russia and the Assad regime.

The soldiers were struck on Thursday evening near Balyun, a village in the hilly Jabal al-Zawiya district south of Idlib city, where Turkish units had been supporting a rebel push to halt the regime's offensive. Turkish media accounts said a building in which troops had taken shelter was hit, and that wounded soldiers were only evacuated hours later. The governor of Hatay, the border province, announced the death toll in the early hours of Friday; the figure had risen from 22 to 29 and then to 33 through the night.

President Erdogan spent much of the night chairing an emergency security meeting in Ankara. His government announced that Turkish forces were striking every known regime target, and a senior official let it be known that Turkey would no longer hold back refugees wanting to leave for Europe, a threat Erdogan has used repeatedly over the past four years.

Moscow's response was cool. The Russian defence ministry said the Turkish soldiers had been operating within the "combat formations of terrorist groups", that their positions had not been reported to Russia, and that Russian jets had not flown in the area. Many Turkish commentators dismissed the Russian account.

The strike was the culmination of a month of escalation. On February 3 Syrian shelling killed seven Turkish soldiers and a civilian contractor near Saraqeb, and on February 10 five more soldiers died when a new Turkish post at Taftanaz came under artillery fire. Each time Turkey responded with artillery barrages and drone strikes. Erdogan has told the regime to pull its troops back behind Turkey's observation posts by the end of February, a deadline that falls tomorrow.

The regime, backed by Russian airpower, has meanwhile retaken Maarat al-Numan, Saraqeb and the whole of the M5 highway between Damascus and Aleppo, and driven close to a million people from their homes since December, the largest displacement of the war. On Thursday, rebels backed by Turkish firepower recaptured Saraqeb, briefly reopening a front the regime believed it had closed.

Turkey now faces a choice it has long tried to avoid. Its economy depends heavily on Russian gas and tourists, and it bought the Russian S-400 air defence system last year. Yet it cannot easily abandon the remaining rebel enclave without inviting a new exodus toward its border, where 3.6 million Syrians already live.

Ankara requested consultations under Article 4 of Nato's founding treaty, which allows any ally to call for talks when it feels its security is threatened, and alliance ambassadors were due to meet in Brussels on Friday. Turkey is also pressing Washington to deploy Patriot missile batteries on its southern border.

Russian news agencies reported that two Russian navy frigates armed with cruise missiles were heading through the Turkish straits towards the Syrian coast.

In Hatay, where many of the wounded were taken, crowds gathered outside hospitals overnight. Funerals are expected across Turkey over the weekend.

Erdogan and Putin spoke by telephone on Friday morning, the Kremlin said, agreeing on the need for further contacts. Both sides had spoken of a summit in early March, and diplomats in Ankara said that was now more urgent than ever.
"""))

A.append(dict(group="air_strike_kills_33_turkish_soldiers_balyun_2020_02_27", published="2020-02-28",
outlet="Al-Manzar Net",
title="33 Turkish soldiers killed in an air raid in Idlib .. and Ankara responds by bombing regime positions",
text="""Al-Manzar Net - Ankara - agencies

The governor of the Turkish state of Hatay, Rahmi Dogan, announced at dawn today, Friday, the killing of 33 Turkish soldiers and the injury of others in an air raid carried out by the forces of the Syrian regime yesterday evening Thursday on the positions of the Turkish army in Idlib governorate in the north-west of Syria.

The Turkish official said that the wounded were transferred to hospitals in Hatay to receive treatment, after earlier reports talked about the killing of 22 soldiers and then 29 soldiers, before the number rose to 33.

Turkish media reported that the raid targeted a Turkish military unit in the area of Balyun in Jabal al-Zawiya in the southern countryside of Idlib.

For his part, the Turkish presidency's director of communications, Fahrettin Altun, announced that the Turkish forces are bombing all the known targets of the Syrian regime by land and air, in response to the attack, after an emergency security meeting chaired by President Recep Tayyip Erdogan in Ankara which lasted for several hours yesterday night.

On the other side, the Russian Ministry of Defense said that the Turkish soldiers who were hit were present within the combat formations of the terrorist groups, and that the Turkish side did not inform Moscow of their locations, and it affirmed that the Russian aviation did not carry out any raids in the area of Balyun.

Meanwhile, the Turkish official told agencies that Turkey will not prevent from now on the Syrian refugees from going to Europe by land or sea.

And the American State Department announced its support for Turkey as an ally in NATO, while the Secretary General of the alliance, Jens Stoltenberg, called on Russia and the Syrian regime to stop the offensive, and announced a meeting of the ambassadors of the alliance today at the request of Ankara.

The Secretary-General of the United Nations, Antonio Guterres, expressed his great concern about the escalation in Idlib and renewed his call for an immediate ceasefire.

It is worth mentioning that the Syrian opposition factions backed by Turkey regained yesterday Thursday control of the city of Saraqib in the eastern countryside of Idlib, weeks after the regime took it.

It is worth mentioning also that the Turkish President had given the regime forces a deadline until the end of this February to withdraw behind the Turkish observation points in Idlib, and earlier this month 13 Turkish military personnel were killed in two separate attacks by the regime forces in Saraqib and Taftanaz.

Read also:
The Turkish lira falls after the Idlib attack
NATO ambassadors hold an emergency meeting today
Accept cookies | More information"""))

A.append(dict(group="air_strike_kills_33_turkish_soldiers_balyun_2020_02_27", published="2020-02-28",
outlet="Indus Daily Wire",
title="At Least 33 Turkish Soldiers Killed In Syria's Idlib: Governor",
text="""Staff Reporter Fri 28th February 2020 | 10:31 AM

Hatay, Feb 28 (Indus Daily Wire / News Desk - 28th Feb, 2020 ) :At least 33 Turkish soldiers were killed in an air strike by Syrian government forces in northwestern Syria's Idlib province on Thursday, the governor of the Turkish border province of Hatay said early Friday.

Governor Rahmi Dogan said the injured soldiers had been brought to Turkey for treatment. Earlier, Turkish officials gave a toll of 22 and then 29.

Turkish President Recep Tayyip Erdogan held an emergency security meeting in Ankara late on Thursday, after which his communications director said Turkish forces were hitting all known Syrian government targets from the air and the ground.

The Russian defense ministry said the Turkish soldiers had been with militant groups when they came under fire from Syrian forces, adding that Russian warplanes had not been involved.

The deaths are the highest suffered by Turkey in a single day since it began deploying soldiers into Syria.

Related News

Stocks slump in Asia on virus fears
Gold rates in Karachi on Friday

NATO Allies Meet On Turkey's Request After Idlib Deaths

Staff Reporter Fri 28th February 2020 | 06:12 PM

Brussels, Feb 28 (Indus Daily Wire / News Desk - 28th Feb, 2020 ) :NATO ambassadors met in Brussels on Friday for consultations under Article 4 of the alliance's treaty, after Turkey asked for talks following the killing of its soldiers in Syria.

NATO Secretary General Jens Stoltenberg told reporters after the meeting that allies expressed full solidarity with Turkey and offered condolences for the soldiers who died.

He called on Russia and the Syrian government to stop their offensive in Idlib, respect international law and support UN efforts for a peaceful solution, and urged de-escalation to avoid a further worsening of the humanitarian situation.

Article 4 allows any member to request consultations when it believes its territorial integrity, political independence or security is threatened. It has been invoked only a handful of times since NATO's founding in 1949, including twice by Turkey in 2012 over the Syrian conflict.

Stoltenberg said NATO was already supporting Turkey with air defences and that allies were looking at what more could be done.

Related News

Pakistan stocks end week lower"""))
