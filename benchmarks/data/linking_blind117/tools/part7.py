G7 = "sdf_withdraws_from_ras_al_ain_2019_10_20"
G8 = "erdogan_putin_sochi_memorandum_on_northeast_syria_2019_10_22"

ARTICLES = [
dict(group=G7, published="2019-10-20", outlet="Meridian Press Agency",
title="Kurdish fighters, wounded leave besieged Ras al-Ain in convoy",
text="""RAS AL-AIN, Syria (MPA) - A long convoy carrying wounded people and fighters of the Kurdish-led Syrian Democratic Forces (SDF) left the besieged border town of Ras al-Ain on Sunday, the first withdrawal under a U.S.-brokered pause in Turkey's offensive.

Dozens of vehicles, among them ambulances and pick-up trucks carrying armed men, drove out from the direction of the town's hospital and passed checkpoints held by Turkey-backed Syrian fighters, witnesses said. Smoke was later seen rising from the hospital area.

An SDF spokesman said all of the group's fighters had now left the town, which Kurds call Serekaniye. "We no longer have any forces inside the city," he said, adding that a gradual pullback from the area between Ras al-Ain and Tal Abyad towards the M4 highway would follow.

Turkey's defence ministry said a convoy of 86 vehicles had left the town and 55 had entered it since the pause began.

The Syrian Observatory for Human Rights said medical convoys had evacuated dozens of dead and wounded from the town over the weekend after being held up for two days.

Under the deal agreed by Vice President Mike Pence and President Tayyip Erdogan on Thursday, Kurdish forces have until Tuesday evening to leave a "safe zone" along the border. Erdogan has warned that Turkey will resume the operation "with greater determination" if they do not.

(Reporting by MPA staff in Ras al-Ain and Beirut)""" ),

dict(group=G7, published="2019-10-21", outlet="Haber Gündem Online",
title="Resulayn'dan terörist çekilmesi: 86 araçlık konvoy kentten çıktı",
text="""MSB (Milli Savunma Bakanlığı) yaptığı açıklamada, in the frame of the agreement made with the USA, a convoy of 86 vehicles came out from Resulayn (Ras al-Ain) and 55 vehicles entered the city, it is reported. With this, the terrorist organization PKK/YPG elements started to leave the city, the statement says.

The convoy on Pazar (Sunday) afternoon, in which there are ambulances and vehicles of the terrorists, went out from the direction of the hospital and moved towards the south, to Tel Temir direction. The elements of the Suriye Milli Ordusu (SMO) watched the passing of the convoy at the control points, according to the reports of our correspondents in the region.

The spokesman of the terror organization announced that they do not have any more militants inside the city. The SMO spokesman Yusuf Hammud also said the complete withdrawal of the terrorists from the city.

MSB statement emphasized that Türk Silahlı Kuvvetleri (TSK) is in close coordination with the USA for the withdrawal of the terrorists from the güvenli bölge and that "any harassment fire against our units is being responded to within the right of legitimate self-defence".

Cumhurbaşkanı Erdoğan on Saturday in Kayseri said that if the promises are not kept, "the operation will be resumed the minute 120 hours are completed, and with bigger determination". He also said that the terrorists must leave the whole border line east of Fırat and that on Tuesday in Soçi he will speak with Rusya Devlet Başkanı Putin about the areas where the Syrian regime forces entered.

MSB: BÜTÜN TEDBİRLER ALINDI

The 120 hours pause which was announced after the meeting of Erdoğan and ABD Başkan Yardımcısı Mike Pence in Ankara on Perşembe (Thursday) evening will end on Salı (Tuesday) at 22.00 Turkey time. In the period the terrorists must take their heavy weapons and leave the area of the operation.

Barış Pınarı Harekatı was started on 9 Ekim and Tel Abyad and Resulayn centers were taken under control in the first days of the operation, the ministry had announced. The terror organization, however, had resisted in some neighborhoods of Resulayn.

Reklam

Okumaya devam et:
- Barış Pınarı bölgesinde hayat normale dönüyor
- Akçakale'de okullar yeniden açıldı
- Son dakika: Mehmetçik'ten kahramanlık destanı

Yorum yap
Adınız
E-posta""" ),

dict(group=G8, published="2019-10-22", outlet="Novosti Vostok",
title="Putin and Erdogan agree on Kurdish pullback, joint patrols in northeast Syria",
text="""SOCHI, October 22. /Novosti Vostok/. Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan have agreed on a memorandum on northeastern Syria following talks in Sochi that lasted more than six hours, the text of which was read out to journalists by the two countries' foreign ministers.

Under the ten-point memorandum, Russian military police and Syrian border guards will enter the Syrian side of the Syrian-Turkish border outside the area of Turkey's Operation Peace Spring from 12:00 on October 23 to facilitate the removal of Kurdish People's Protection Units (YPG) and their weapons to a depth of 30 km from the border. The withdrawal is to be completed within 150 hours.

After that, joint Russian-Turkish patrols will begin in the western and eastern parts of the area to a depth of 10 km, except the city of Qamishli. All YPG units and their weapons will also be removed from Manbij and Tell Rifaat.

The memorandum keeps the "current status quo" in the area of the Turkish operation between Tell Abyad and Ras al-Ain to a depth of 32 km.

"I am confident that today we have made decisions which are very important and maybe even fateful, for resolving quite an acute situation which has formed on the Syrian-Turkish border," Putin said at a news conference after the talks. He stressed that Syria's territorial integrity must be preserved and that the presence of foreign troops should be ended, and expressed hope that the Kurds would accept the terms.

Erdogan said the agreement opened "a new era" for the region and that Turkey and Russia would not allow any separatist agendas on Syrian soil. He said the two countries had reaffirmed the importance of the Adana agreement of 1998.

Russian Foreign Minister Sergey Lavrov told reporters that he hoped the United States would not hamper the implementation of the agreements. Putin later discussed the results of the talks by phone with Syrian President Bashar al-Assad, the Kremlin said, adding that Assad fully supported them.

Russia, Turkey and Iran are the guarantor countries of the Astana format on Syria. The Russian military has been deployed in Syria since September 2015 at the request of the Syrian government, and Russian military police began patrolling the line of contact near Manbij last week after US troops left the area.

The talks took place hours before the expiry of the 120-hour pause in the Turkish operation agreed last week between Ankara and Washington. Later on Tuesday, Turkey's Defence Ministry said there was no need to carry out a new operation outside the current area, as Washington had informed Ankara that the Kurdish units had left it.""" ),

dict(group=G8, published="2019-10-23", outlet="Anatolia Daily Herald",
title="Turkey, Russia reach historic deal on terror-free zone in Sochi",
text="""SOCHI, Russia - Turkey and Russia on Tuesday agreed on a 10-point memorandum of understanding regarding northern Syria that foresees the removal of the YPG/PKK terror group from the border, after talks between President Recep Tayyip Erdogan and Russian President Vladimir Putin in the Black Sea resort of Sochi.

Under the deal, the YPG/PKK terrorists will be removed together with their weapons to a depth of 30 kilometers from the Turkish-Syrian border within 150 hours, starting at noon on Wednesday. Russian military police and Syrian border guards will facilitate the removal in the areas outside the Operation Peace Spring zone.

Joint Turkish-Russian patrols will then start in the west and east of the Peace Spring area, with a depth of 10 kilometers, except for the city of Qamishli. The terrorists will also be removed from Manbij and Tal Rifaat.

"The current status quo in the current Operation Peace Spring area covering Tal Abyad and Ras al-Ayn with a depth of 32 kilometers will be preserved," the memorandum reads.

At a joint news conference, Erdogan said the two countries had reached a "historic" agreement, adding that the aim was to clear the region of terrorists, protect Syria's political unity and territorial integrity, and ensure the safe return of refugees.

Late on Tuesday, the National Defense Ministry said the United States had informed Turkey that the YPG/PKK had completed its withdrawal from the Peace Spring area in line with the Oct. 17 agreement. "At this stage, there is no need to conduct a new operation outside the current operation area," the ministry said.

The deal also calls for a joint monitoring and verification mechanism and for efforts to find a political solution to the Syrian conflict within the Astana mechanism. Both sides reaffirmed their commitment to the 1998 Adana Agreement.

Turkey launched Operation Peace Spring on Oct. 9 to eliminate terrorists from northern Syria in order to secure Turkey's borders, aid in the safe return of Syrian refugees and ensure Syria's territorial integrity. On Oct. 17, the operation was paused for 120 hours under an agreement with the US.

In its more than 30-year terror campaign against Turkey, the PKK, listed as a terrorist organization by Turkey, the US and the EU, has been responsible for the deaths of some 40,000 people, including women, children and infants. The YPG is the PKK's Syrian offshoot.

Read more:
- Communications Director Altun: Sochi deal a diplomatic triumph for Turkey
- Peace Spring: Turkish troops distribute aid in Tal Abyad
Share this:
Twitter  Facebook  WhatsApp""" ),
]
