G10 = "first_turkish_russian_joint_patrol_in_northeast_syria_2019_11_01"
G11 = "turkey_captures_baghdadi_sister_near_azaz_2019_11_04"

ARTICLES = [
dict(group=G10, published="2019-11-01", outlet="Anatolia Daily Herald",
title="Turkish, Russian troops conduct first joint patrol in northern Syria",
text="""ANKARA - Turkish and Russian troops on Friday began their first joint ground patrol in northern Syria under the Sochi agreement, the National Defense Ministry announced.

"The first joint Turkish-Russian land patrol, with the participation of land and air elements, has begun east of the Euphrates, in the area east of al-Darbasiyah, as agreed in Sochi between the presidents of Turkey and Russia on Oct. 22," the ministry said on Twitter.

The patrol is supported by unmanned aerial vehicles, the ministry added. Images shared by the ministry showed Turkish armored vehicles crossing the border and meeting Russian military police vehicles on the Syrian side.

Turkish officials have said the patrols will be used to verify whether the YPG/PKK terrorists have really left the area, and that Turkey will not allow any terror formation on its southern border.

Under the memorandum signed in Sochi, the YPG/PKK terrorists were to withdraw, with their weapons, 30 kilometers from the Turkish border within 150 hours, a period that ended on Tuesday. Joint patrols are to be carried out to a depth of 10 kilometers to the west and east of the Operation Peace Spring area, excluding Qamishli.

Russia's Defense Ministry said on Tuesday that the withdrawal of the terrorist elements had been completed ahead of schedule. Ankara has said it will verify the situation on the ground through the joint patrols.

President Recep Tayyip Erdogan said this week that Turkey would act on its own if it saw that the terrorists had not left the area.

Turkey launched Operation Peace Spring on Oct. 9 to clear northern Syria east of the Euphrates River of terrorists. It paused the operation on Oct. 17 under a deal with the US, and then agreed with Russia in Sochi on the removal of the YPG/PKK from the border region.

The patrols follow an earlier joint mechanism with the United States. Under an Aug. 7 agreement, Turkish and US troops carried out several joint ground patrols east of the Euphrates in September, but Ankara complained that Washington was stalling on the creation of the safe zone.

Meanwhile, the ministry said on Friday that YPG/PKK terrorists continued their attacks in the Peace Spring area, and that Turkish troops had responded.

Share this:
Twitter
Facebook
Related
- Peace Spring area: Tal Abyad residents return to their homes
- Turkish FM slams US House vote on 1915 events""" ),

dict(group=G10, published="2019-11-01", outlet="Kobani Evening Voice",
title="First joint patrol of the Turkish occupation army and Russian police in the countryside of Dirbêsiyê",
text="""DIRBÊSIYÊ - The first joint patrol of the Turkish occupation army and the Russian military police began on Friday in the western countryside of Dirbêsiyê district, in implementation of the agreement reached between Russia and Turkey in Sochi last week.

Our agency's correspondent reported that the patrol, made up of Turkish and Russian armoured vehicles, moved through a number of villages along the border line, while drones flew over the area.

Residents of the villages gathered on the roads as the patrol passed. Some of them shouted slogans against the Turkish occupation and raised pictures of the martyrs who fell in the resistance of Serêkaniyê.

Villagers told our correspondent that they do not accept the presence of the Turkish army in their villages under any name, and that the people of the region will not leave their land.

The Autonomous Administration said in a statement that the presence of the Turkish army in the patrols "legitimises the occupation" and called on Russia to prevent any Turkish attempt to expand the occupied area. The SDF had announced earlier this week that it had completed the withdrawal of its forces from the border line in accordance with the agreement, and that the Syrian army border guards had deployed in several points.

Despite this, the occupation army and its mercenaries continue their attacks on villages near Til Temir and Ain Issa. On Thursday, the mercenaries shelled villages in the countryside of Til Temir, and clashes continued on the M4 road, the SDF media centre said.

The Sochi memorandum, signed on 22 October by the Russian and Turkish presidents, left the area between Serêkaniyê and Girê Spî under the control of the occupation army, and provided for joint patrols to a depth of 10 km east and west of it. The SDF fighters left Serêkaniyê on 20 October after eleven days of resistance, in a convoy that also carried the wounded and the bodies of the martyrs from the city hospital.

Since the beginning of the Turkish invasion on 9 October, hundreds of thousands of people have been displaced from Serêkaniyê, Girê Spî and the surrounding villages, and many of them still live in schools and camps in Hasakah.

Read also: Kurdish Red Crescent: more than 200,000 displaced still without shelter
Read also: Mazloum Abdi: we will not allow the demographic change of our region

Exit mobile version""" ),

dict(group=G10, published="2019-11-02", outlet="Haber Gündem Online",
title="Türk-Rus ortak kara devriyesi Derbasiye'de yapıldı, 4 saat sürdü",
text="""Milli Savunma Bakanlığı (MSB) statement, in the frame of the Soçi mutabakatı the first Türk-Rus ortak kara devriyesi which was started on Friday in the east of Derbasiye was completed successfully, it was announced.

According to MSB, the patrol was done with land and air elements and lasted about 4 hours, in the area with 110 kilometers length and 6 kilometers depth. With the patrol it was checked whether the conditions of the mutabakat are being applied in the region, it was stated.

The Russian side, however, said that the patrol passed in the region of Kamışlı and Derbasiye and Rus askeri polisi vehicles took part together with the Turkish armoured vehicles, and the drones followed the patrol from the air.

According to the ministry, the joint patrols will continue in a planned manner and Turkey is determined to not allow any terror corridor on its southern borders. The withdrawal of the terrorists from the area is being followed closely, it was said.

Cumhurbaşkanı Erdoğan before had said that if Turkey sees that the terror elements are still in the region after the 150 hours, it will do its own cleaning.

According to the Soçi mutabakatı signed on 22 Ekim between Cumhurbaşkanı Erdoğan and Rusya Devlet Başkanı Vladimir Putin, the terror organization YPG elements must withdraw 30 kilometers from the border, and the joint patrols in 10 kilometers depth will be made in the east and west of Barış Pınarı Harekatı area, except the Kamışlı city.

İKİNCİ DEVRİYE PLANLANIYOR

The second joint patrol will be done in the coming days in another region, it was learned from the security sources. The Russian Defence Ministry also said that the patrols will continue on different routes.

[ad_1]

Bu haberi paylaş:
Facebook Twitter WhatsApp

Sonraki Haber: Akaryakıta indirim geldi mi? İşte güncel benzin fiyatları

Çerez Politikası: Sitemizde çerezler kullanılmaktadır. Tamam""" ),

dict(group=G11, published="2019-11-05", outlet="Levant Wire Service",
title="Turkey says it captured sister of slain Islamic State leader Baghdadi in Syria",
text="""ISTANBUL (LWS) - Turkish forces have captured an older sister of Abu Bakr al-Baghdadi, the Islamic State leader killed in a U.S. raid last month, in a raid near the northern Syrian town of Azaz, a senior Turkish official said on Tuesday.

The woman, identified as Rasmiya Awad and aged 65, was detained on Monday evening along with her husband and daughter-in-law, the official said. Five children were also with her at the time. The official said she was living in a container near Azaz, a town in an area controlled by Turkey and its Syrian rebel allies.

Turkish authorities expect her to provide valuable information about how the group is run, the official said, adding that the three adults were being questioned.

Communications Director Fahrettin Altun said on Twitter that the arrest was another example of the success of Turkey's counter-terrorism operations. The identity of the woman could not be independently verified.

Baghdadi killed himself during an operation by U.S. special forces in Syria's Idlib province on Oct. 26. Islamic State confirmed his death last week and named a successor, Abu Ibrahim al-Hashimi al-Qurashi.

Turkey has faced criticism from Western allies that its offensive against Kurdish-led forces in northeast Syria, launched on Oct. 9, could help the militant group regroup. Ankara rejects the criticism.

(Reporting by LWS correspondents in Istanbul and Ankara; editing by Paul Herrin)""" ),
]
