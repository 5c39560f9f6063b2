G6 = "pence_erdogan_agree_120_hour_pause_in_syria_2019_10_17"

ARTICLES = [
dict(group=G6, published="2019-10-17", outlet="Levant Wire Service",
title="Turkey agrees to pause Syria offensive for five days after Pence talks",
text="""ANKARA (LWS) - Turkey agreed on Thursday to suspend its military offensive in northeast Syria for 120 hours to allow Kurdish-led forces to withdraw from a planned "safe zone", U.S. Vice President Mike Pence said after more than four hours of talks with President Tayyip Erdogan in Ankara.

Pence told a news conference at the U.S. embassy that Turkish operations would be paused while the United States facilitated the pullout of YPG fighters from the area, and that the offensive would end entirely once the withdrawal was completed.

"Today the United States and Turkey have agreed to a ceasefire in Syria," Pence said. In return, Washington would not impose further sanctions on Turkey and would lift those it announced this week once a permanent ceasefire was in place.

Turkish Foreign Minister Mevlut Cavusoglu told reporters separately that Ankara had got what it wanted. He rejected the word ceasefire, saying it was a pause in the operation, and that a ceasefire could only be agreed between two legitimate parties.

The 13-point joint statement said the safe zone would be primarily enforced by the Turkish armed forces. It did not define the depth or length of the zone beyond the area of current operations, and it was not immediately clear whether the Syrian Democratic Forces (SDF) would comply.

SDF commander Mazloum Abdi told Kurdish television the group would accept the ceasefire for the area between the towns of Ras al-Ain and Tal Abyad, where most of the fighting has taken place, but said nothing had been agreed about other areas.

President Donald Trump hailed the agreement on Twitter as a great day for civilization. Critics in Congress said it handed Turkey everything it wanted.

Pence travelled to Ankara with Secretary of State Mike Pompeo and national security adviser Robert O'Brien a week after Trump withdrew U.S. troops from the border, clearing the way for the Turkish assault that began on Oct. 9.

On Monday, the U.S. Treasury imposed sanctions on Turkey's defence, interior and energy ministers and Trump announced the raising of steel tariffs. On Wednesday, a letter Trump sent Erdogan on Oct. 9, in which he warned the Turkish leader not to be "a tough guy" or "a fool", was made public.

The fighting has killed dozens of civilians on both sides of the border and displaced around 300,000 people, according to the Syrian Observatory for Human Rights. The Syrian army, backed by Russia, moved into Manbij and Kobani this week under a deal with the Kurds.

Turkey regards the YPG, the main component of the SDF, as an extension of the Kurdistan Workers Party (PKK), which has waged an insurgency inside Turkey since 1984 and is designated a terrorist organisation by Ankara, Washington and the European Union. The SDF was Washington's main ground partner in the campaign that ended Islamic State's territorial rule in Syria in March.

(Reporting by LWS correspondents in Ankara; additional reporting in Washington and Beirut; writing by Dan Kessler; editing by Mark Ferris)""" ),

dict(group=G6, published="2019-10-18", outlet="Anatolia Daily Herald",
title="Turkey, US agree to pause Peace Spring for 120 hours for YPG/PKK pullout",
text="""ANKARA - Turkey will pause Operation Peace Spring in northern Syria for 120 hours to allow the withdrawal of PKK/YPG terrorists from the planned safe zone, according to a joint statement issued after talks between President Recep Tayyip Erdogan and US Vice President Mike Pence on Thursday.

Following the meeting at the Presidential Complex in Ankara, which lasted about four hours including a one-on-one session and inter-delegation talks, the two sides agreed that the operation would be halted completely once the withdrawal of terror elements is completed.

Speaking at a news conference after the talks, Foreign Minister Mevlut Cavusoglu said: "We will pause the Peace Spring operation for 120 hours for the PKK/YPG to withdraw. This is not a ceasefire." He said a ceasefire can only be declared between two legitimate sides.

Cavusoglu said the terrorists' heavy weapons would be collected and their fortifications and positions destroyed. "We got what we wanted," he added, stressing that the safe zone will be controlled by the Turkish Armed Forces.

According to the 13-article joint statement, the US and Turkey reaffirmed their relationship as fellow NATO members and expressed commitment to the protection of NATO territory. Turkey and the US also agreed that the operation was aimed only at terrorists and their hideouts, and that the US would not impose further sanctions. Existing sanctions will be lifted once the operation is halted.

The statement also said Turkey and the US agreed on the importance of the safe zone for addressing Turkey's national security concerns, and on cooperation on the detention facilities and the ISIS fighters in the area.

Cavusoglu said that the safe zone would be 32 kilometers (20 miles) deep and that Turkey and the US had agreed on this. He added that Turkey's goal of clearing the terrorists would be achieved either by the agreement or by the operation.

US President Donald Trump thanked President Erdogan on Twitter, writing that millions of lives would be saved.

Since the start of Operation Peace Spring on Oct. 9, Turkish forces and the Syrian National Army have liberated the town centers of Tal Abyad and Ras al-Ayn, as well as dozens of villages, according to the National Defense Ministry.

The Turkish delegation in the talks included Foreign Minister Cavusoglu, National Defense Minister Hulusi Akar, National Intelligence chief Hakan Fidan, presidential spokesman Ibrahim Kalin and Communications Director Fahrettin Altun. The US delegation included Secretary of State Mike Pompeo, National Security Advisor Robert O'Brien and Special Representative for Syria James Jeffrey.

In its more than 30-year terror campaign against Turkey, the PKK, listed as a terrorist organization by Turkey, the US and the EU, has been responsible for the deaths of some 40,000 people, including women, children and infants. The YPG is the PKK's Syrian offshoot.

Related
- Communications Director Altun: Turkey's diplomatic victory
- Erdogan: Trump's letter was not in line with diplomatic courtesy
- Peace Spring Operation Map: Areas cleared of terrorists""" ),

dict(group=G6, published="2019-10-18", outlet="The Northern Ledger",
title="Pence hails 'ceasefire' in Syria but Turkey says it has won everything it wanted",
text="""By Daniel Wrayford in Washington and Helen Marcombe

Mike Pence emerged from more than four hours of talks with Recep Tayyip Erdogan on Thursday evening to announce what he called a ceasefire in north-east Syria, but the terms he described amounted to a five-day window for Kurdish fighters to abandon a swath of the border that Turkey has spent eight days attacking.

Under the deal, Turkey will "pause" its offensive for 120 hours while the United States helps arrange the withdrawal of the Kurdish-led Syrian Democratic Forces from a "safe zone" whose full extent was not defined. If they leave, Turkey will halt the operation for good, and Washington will lift the sanctions it imposed on Turkish ministers and on steel imports on Monday. No new penalties will be imposed.

Turkey's foreign minister, Mevlut Cavusoglu, was blunt about who had prevailed. He refused even to call it a ceasefire, saying a ceasefire could only be agreed between legitimate parties, and said Ankara had obtained everything it had sought.

Donald Trump, who had been accused by members of his own party of betraying the Kurds by moving US troops out of the way of the Turkish advance on 6 October, was jubilant. "This is a great day for civilization," he wrote on Twitter, later comparing the warring parties to children who had to be allowed to fight for a while before being pulled apart.

The Kurdish reaction was more guarded. Mazloum Abdi, the SDF commander, said his forces would respect the pause in the area between Ras al-Ain and Tal Abyad, the two towns at the centre of the fighting, but implied the SDF had not agreed to leave any wider area. Fighting in Ras al-Ain, where Kurdish forces have been besieged for days, was reported to be continuing late into the night.

The agreement caps a week in which the map of northern Syria was redrawn at bewildering speed. On Sunday the Kurds, abandoned by Washington, invited Bashar al-Assad's army back into the north. Syrian troops, escorted by Russian military police, have since entered Manbij, the city west of the Euphrates that American soldiers had patrolled for years, and positions around Kobani. American forces, meanwhile, have been withdrawing from the region altogether, in some cases bombing their own abandoned facilities.

On Wednesday the White House took the extraordinary step of releasing a letter Mr Trump had sent to Mr Erdogan on the day the offensive began. "Don't be a tough guy. Don't be a fool!" it read. Turkish officials let it be known that Mr Erdogan had thrown it in the bin.

In the House of Representatives, 129 Republicans joined Democrats in a 354-60 vote condemning the withdrawal. Senators were preparing sanctions legislation that would be far harder to unwind than executive measures.

The human cost has been considerable. Around 300,000 people have been displaced, according to the Syrian Observatory for Human Rights, and the UN says hospitals and water stations have been damaged. The killing of the Kurdish politician Hevrin Khalaf on the M4 highway last Saturday, allegedly by Turkish-backed militiamen, has become a symbol of the abuses that human rights groups fear will multiply in any zone policed by Ankara's Syrian proxies.

The question now is whether the pause holds long enough for the SDF to decide whether to withdraw. Turkey has said that it wants a zone some 32km deep along the whole 440km stretch of border east of the Euphrates, far beyond the current front lines. Russia, whose forces now stand between the Turks and the Syrian army in several places, has its own views on who should control that ground, and Mr Erdogan is due to meet Vladimir Putin in Sochi next Tuesday, the day the 120 hours run out.

For Kurdish civilians, the distinction between a pause and a ceasefire is academic. Families from Serekaniye sheltering in schools in Hasakah say they simply want to go home, and that no one has told them when that will be possible.""" ),

dict(group=G6, published="2019-10-18", outlet="Kobani Evening Voice",
title="Mazloum Abdi: We accept the ceasefire between Serêkaniyê and Girê Spî, but the attacks continue",
text="""QAMISHLO - The General Commander of the Syrian Democratic Forces, Mazloum Abdi, announced that the SDF will abide by the ceasefire agreement announced on Thursday evening after the meeting between the American Vice President Mike Pence and the Turkish President Erdogan in Ankara, in the area between Serêkaniyê and Girê Spî.

Speaking to Ronahi TV, Abdi said the SDF accepts the ceasefire in the area between Serêkaniyê and Girê Spî, where the fighting is going on, and that it will do what it can to make the agreement succeed. He stressed that the agreement does not include the other areas of North and East Syria and that no decision was taken on the other regions.

Abdi said that the SDF had been in contact with the American side and that the details of the agreement would be discussed in the coming days.

Despite the announcement, our correspondents in Serêkaniyê reported that the Turkish occupation army and its mercenaries continued shelling the city on Friday morning, and that drones targeted the surroundings of the hospital, where dozens of wounded civilians and fighters are trapped. The Kurdish Red Crescent said its teams have not been able to reach the hospital for days because of the siege.

The SDF media center said in a statement that the occupation forces had violated the ceasefire in several points and that the SDF fighters were responding in self-defence. "We call on the American side, which is the guarantor of this agreement, to take responsibility for these violations," the statement said.

According to the announced agreement, the Turkish attacks will be paused for 120 hours so that the SDF can withdraw from the area that Turkey calls the "safe zone". The Turkish Foreign Minister said after the meeting that the zone would be 32 km deep.

Kurdish politicians and residents reacted with anger and suspicion. Several members of the Syrian Democratic Council told our agency that the people of the region had not been asked about their fate, and that the agreement gives no guarantee for the return of the displaced people to their homes.

Since the start of the Turkish invasion on 9 October, hundreds of civilians have been killed or wounded and around 300,000 displaced from Serêkaniyê, Girê Spî, Dirbêsiyê and other areas, according to the Autonomous Administration. Among the victims was the Secretary General of the Future Syria Party, Hevrin Khalaf, who was executed by the mercenaries on the M4 road last Saturday.

Serêkaniyê has been resisting for nine days against the Turkish army, which is using its air force, artillery and drones against the city.

Read also: Kobanê: thousands protest against the occupation and the American withdrawal
Read also: Doctors in Hasakah hospital: white phosphorus suspected in injuries from Serêkaniyê""" ),
]
