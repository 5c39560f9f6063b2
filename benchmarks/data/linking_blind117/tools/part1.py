# Events: US pullback announcement (Oct 6), Operation Peace Spring launch (Oct 9)
G1 = "white_house_announces_us_pullback_from_syria_border_2019_10_06"
G2 = "turkey_launches_operation_peace_spring_2019_10_09"

ARTICLES = [
dict(group=G1, published="2019-10-07", outlet="Levant Wire Service",
title="U.S. troops leave Syrian border posts as White House clears way for Turkish push",
text="""WASHINGTON/ANKARA (LWS) - American soldiers began pulling back from observation posts on Syria's northern frontier on Monday, hours after the White House said Turkey would "soon be moving forward" with a long-threatened military operation against Kurdish-led forces that fought alongside the United States against Islamic State.

The statement, issued by the press secretary late on Sunday after a telephone call between President Donald Trump and President Tayyip Erdogan, said U.S. forces would neither support nor take part in the operation and would "no longer be in the immediate area." It also said Turkey would now be responsible for Islamic State fighters captured in the region over the past two years.

U.S. officials, speaking on condition of anonymity, said a small number of special operations troops, put by one official at around 50, had moved away from positions near the border towns of Tal Abyad and Ras al-Ain. They stressed that this was not a withdrawal from Syria as a whole, where roughly 1,000 American personnel remain.

Erdogan told reporters in Ankara that the pullout had begun after his conversation with Trump and that talks with Washington would continue. Turkey has for months massed troops and armour on its side of the frontier and says it intends to push the Kurdish YPG militia back from a strip of territory that it wants to turn into a "safe zone" for the return of some of the 3.6 million Syrian refugees it hosts.

The Syrian Democratic Forces (SDF), the alliance led by the YPG that Washington armed and trained, said in a statement that the United States had failed to live up to its commitments and warned that a Turkish attack would undo the gains made against Islamic State. SDF officials described the move as a stab in the back.

The decision drew immediate criticism in Washington, including from some of Trump's closest Republican allies. Senator Lindsey Graham said on Twitter that abandoning the Kurds would be a disaster in the making. Trump defended the move on Monday, saying it was time for the United States to get out of "ridiculous endless wars", but later warned that if Turkey did anything he considered "off limits" he would destroy its economy.

Turkey regards the YPG as an extension of the Kurdistan Workers Party (PKK), which has waged an insurgency inside Turkey since 1984 and is designated a terrorist organisation by Ankara, Washington and the European Union.

In August, U.S. and Turkish military officials agreed on a "security mechanism" along part of the border, under which Kurdish fighters dismantled some fortifications and joint patrols were carried out. Ankara has repeatedly complained that the arrangement was moving too slowly.

The SDF holds several thousand suspected Islamic State fighters in prisons across the northeast, along with tens of thousands of women and children in camps such as al-Hol. Kurdish officials have warned they may not be able to guard them if they have to redeploy fighters to the border.

(Reporting by LWS correspondents in Washington, Ankara and Qamishli; editing by Paul Herrin)""" ),

dict(group=G1, published="2019-10-07", outlet="Haber Gündem Online",
title="ABD askerleri çekiliyor: Trump ile Erdoğan telefonda görüştü, harekat yakın",
text="""[ad_1]

ABD Beyaz Saray tarafından yapılan açıklama göre, President Trump and Cumhurbaşkanı Recep Tayyip Erdoğan Pazar günü telefon ile görüştü and Turkey the long-planned operation to northern Syria soon will start. American soldiers will not support the operation and will not be in the area, it was said in the statement.

After the telephone conversation, the American soldiers in Tel Abyad and Resulayn which are on the border began to withdraw from the observation posts, it was reported in the morning hours of Pazartesi. Cumhurbaşkanı Erdoğan, answering the questions of journalists at Esenboğa Havalimanı before his trip, said "The withdrawal has started, as Mr. Trump said" and that the talks of the delegations will continue.

Erdoğan also stated that in the month of November he will go to Washington and will meet with Trump, and in this meeting the issues will be talked more wide.

According to the Beyaz Saray statement, the responsibility of the DEAŞ terrorists who were captured in the region will pass to Turkey. The statement said that the European countries did not want to take back their citizens who joined DEAŞ.

TERÖR KORİDORUNA İZİN YOK

Türkiye for a long time says that it will not allow a "terror corridor" on its southern border. The terror organization PKK/YPG which is under the name of SDG (SDF) is controlling the region east of Fırat (Euphrates) river. Ankara and Washington in August agreed for the establishment of a güvenli bölge (safe zone) and a joint operation center was founded in Şanlıurfa, but Turkey said the USA is stalling.

Cumhurbaşkanı Erdoğan on Saturday at the AK Parti meeting said "we can come any night without warning" and that the preparations of the Türk Silahlı Kuvvetleri (TSK) are completed. It is known that military reinforcements are sent to the border districts of Şanlıurfa such as Akçakale and Ceylanpınar for days.

The Euphrates Shield operation in 2016 and the Olive Branch operation in Afrin in 2018 were carried out by Turkey west of the Euphrates before.

Share this:
Twitter
Facebook
WhatsApp

İlgili Haberler
- Dolar/TL güne nasıl başladı?
- Şanlıurfa'da sınır hattına askeri sevkiyat sürüyor
- Hava durumu: İstanbul'a yağmur geliyor""" ),

dict(group=G1, published="2019-10-07", outlet="Kobani Evening Voice",
title="SDF: American withdrawal from border is a betrayal, we will defend our land at any cost",
text="""QAMISHLO - The General Command of the Syrian Democratic Forces said on Monday that the decision of the United States to withdraw its forces from the border areas with Turkey opens the door to a Turkish invasion of North and East Syria, and that the SDF will defend its people "at any cost".

The statement came after the American forces left their points near Girê Spî (Tal Abyad) and Serêkaniyê (Ras al-Ain) in the early hours of the morning, following the announcement of the White House on Sunday night that the Turkish state will "soon move forward" with an operation in the region and that American troops will not be involved.

"Despite our efforts to avoid any military escalation with Turkey and the flexibility we showed to establish the security mechanism, the American forces did not fulfill their commitments," the SDF General Command said. It added that the withdrawal of the forces came without any warning and that the Turkish attack would have "a great negative impact" on the war against ISIS and destroy the stability achieved in recent years.

SDF spokesman Mustafa Bali wrote that the American forces had left the border area and that the SDF had been told the United States would not defend them. "We are determined to defend our land, whatever the price," he said.

The Autonomous Administration of North and East Syria called on the people to go to the border areas to stand against the Turkish threats, and declared a state of general mobilisation. Residents in Serêkaniyê and Girê Spî told our correspondents that many families had started to leave for Hasakah and Raqqa because of fear of bombardment.

It is worth recalling that under the security mechanism agreed between Washington and Ankara in August, the SDF withdrew its heavy weapons from the border strip and destroyed its fortifications, and joint American-Turkish patrols were carried out east of the Euphrates. Kurdish officials say this left the border towns without defences.

The SDF also warned that the prisons holding thousands of ISIS mercenaries and the camps such as al-Hol, where more than 70,000 people live, could become a danger if the forces guarding them are forced to go to the fronts. "We cannot be responsible for guarding these prisons while we are defending our cities against the Turkish occupation," one official said.

The Turkish state occupied Afrin in March 2018 after a two-month attack carried out with its mercenary factions, in which hundreds of thousands of people were displaced. The people of the region fear a repeat of the Afrin scenario in the areas east of the Euphrates.

Read also: Women's movement calls for protests in front of UN office in Qamishlo
Read also: Demonstration in Kobanê against the Turkish threats""" ),

dict(group=G2, published="2019-10-09", outlet="Anatolia Daily Herald",
title="Turkey launches Operation Peace Spring east of Euphrates to clear terror corridor",
text="""ANKARA - The Turkish Armed Forces, together with the Syrian National Army, on Wednesday launched Operation Peace Spring in northern Syria against the PKK/YPG and Daesh terror groups, President Recep Tayyip Erdogan announced.

"Our mission is to prevent the creation of a terror corridor across our southern border, and to bring peace to the area," Erdogan said on Twitter, adding that the operation would neutralize terror threats against Turkey and lead to the establishment of a safe zone, facilitating the return of Syrian refugees to their homes.

"Turkey will preserve Syria's territorial integrity and liberate local communities from terrorists," he said.

Shortly after the announcement, Turkish warplanes and artillery struck positions of the terrorist organization in the area of Ras al-Ayn and Tal Abyad. The National Defense Ministry said in a statement later in the evening that Turkish land forces and the Syrian National Army had crossed into the area east of the Euphrates as part of the operation.

According to the ministry, the targets were selected carefully and only terrorists, their shelters, weapons, vehicles and equipment were hit. It said utmost care was being taken to prevent harm to civilians and civilian infrastructure.

Earlier in the day, Turkey notified the UN Security Council, the NATO secretary general and the relevant countries' embassies about the operation, which it said was being carried out within the framework of the right of self-defense under Article 51 of the UN Charter and the Security Council resolutions on counter-terrorism.

Vice President Fuat Oktay briefed opposition party leaders on the operation, while Communications Director Fahrettin Altun said Turkey had no ambitions in northeastern Syria except to neutralize a long-standing threat against Turkish citizens.

Terrorists responded with harassment fire on Turkish border districts. Several mortar shells fired by the YPG/PKK landed in Akcakale and Nusaybin, according to local officials, injuring civilians.

Turkey has carried out two successful cross-border operations in northwestern Syria since 2016: Operation Euphrates Shield, which cleared Daesh from the area around Jarablus and al-Bab, and Operation Olive Branch, which freed Afrin from the PKK/YPG in March 2018. Some 365,000 Syrians have returned to the areas cleared by those operations.

In August, Turkey and the US agreed to set up a joint operations center to coordinate a safe zone in northern Syria, but Ankara repeatedly said Washington was not keeping its promises and that the YPG/PKK remained on the border.

In its more than 30-year terror campaign against Turkey, the PKK, listed as a terrorist organization by Turkey, the US and the EU, has been responsible for the deaths of some 40,000 people, including women, children and infants. The YPG is the PKK's Syrian offshoot.""" ),
]
