G = "russia_brokered_deal_ends_karabakh_war_2020_11_10"
ARTICLES = [
dict(group=G, published="2020-11-10", outlet="Haber Merkezi 365",
title="Dağlık Karabağ'da war ended: Armenia signed, Azerbaycan won",
text="""Azerbaijan, Armenia and Russia between signed agreement with Dağlık Karabağ'da 44 days continuing conflicts ended. Azerbaycan Cumhurbaşkanı İlham Aliyev, the agreement "Armenia's capitulation" as described.

Rusya Devlet Başkanı Vladimir Putin, made statement in, agreement Moscow time 00.00 from valid being that announced. According to agreement, parties currently at their positions will stay and region to Russian peace force will be placed.

Aliyev, people to address in, Armenia's Ağdam, Kelbecer and Laçın regions certain dates until Azerbaycan to return will give said. Aliyev, "Şuşa's liberation after the enemy's back broken" said.

Aliyev also said, the agreement in Turkey's role also being, Turkey and Russia together peacekeeping activity will conduct, said. Kremlin Sözcüsü Dmitriy Peskov however, agreement in Turkish peace force about item not existing said.

Ermenistan Başbakanı Nikol Paşinyan, social media from made statement with agreement signed confirmed. Paşinyan, "This decision me personally and our people for extremely painful" expressions used.

Agreement after Armenia capital Erivan in hundreds of people streets poured. Protesters, government building and parliament into entered, Paşinyan's resignation demanded.

Turkey in, agreement joy with welcomed. Dışişleri Bakanı Mevlüt Çavuşoğlu, "Azerbaijan's field and table in great victory won, we sincerely congratulate" said. Çavuşoğlu, Turkey and Russia together ceasefire to monitor will said.

Azerbaijan in streets flags with celebrations continued. Baku in citizens Turkey's and Azerbaijan's flags waving horn played.

Agreement in, Azerbaijan and Nahçıvan between transport connection will opened item also located.

BACKGROUND

Azerbaijan army, 27 Eylül'de started counter operation with Füzuli, Cebrail, Zengilan, Kubatlı and finally 8 Kasım'da Şuşa city occupation from liberated. Russia, France and USA mediation with announced three humanitarian ceasefire, Armenia's violations because of not implemented.

İLGİLİ HABERLER
- Rus helikopteri Ermenistan'da düşürüldü, Azerbaycan özür diledi
- Erivan'da olaylı gece
- Şuşa'da bayrak dalgalanıyor

Bu web sitesi çerezleri kullanmaktadır. Kabul et
"""),
dict(group=G, published="2020-11-11", outlet="Defence Horizon Review",
title="Analysis: Moscow's Karabakh ceasefire seals a war won by drones and artillery",
text="""The trilateral statement signed by the leaders of Russia, Azerbaijan and Armenia in the early hours of 10 November ends 44 days of high-intensity combat and freezes the front line largely where Azerbaijan's armed forces had pushed it. It also sends close to 2,000 Russian peacekeepers into the South Caucasus, a deployment that will reshape the regional balance for years.

Terms
The document provides for a ceasefire from 00:00 Moscow time, the return to Azerbaijan of the Aghdam, Kalbajar and Lachin districts by 1 December, and the deployment of 1,960 Russian troops with 90 armoured personnel carriers and 380 vehicles along the line of contact and the 5 km-wide Lachin corridor. The force, drawn initially from the 15th Separate Motor Rifle Brigade, a unit with peacekeeping specialisation, began flying out of Ulyanovsk within hours of the signing. A peacekeeping mandate of five years, renewable, is specified.

Notably, the text also commits Armenia to guarantee transport links between mainland Azerbaijan and its Nakhchivan exclave, overseen by Russian border guards, giving Turkey an overland route to the Caspian.

How the war was won
The campaign offers lessons that defence planners will be studying for years. From the first day on 27 September, Azerbaijan used Turkish-made Bayraktar TB2 and Israeli-built loitering munitions to find and destroy Armenian air defence systems, tanks and artillery in the open, publishing the strike videos almost daily. Ageing Soviet-era air defences, including Osa and Strela systems, proved highly vulnerable. Armenian forces had few counter-drone options.

Artillery and rockets were used heavily on both sides. Azerbaijani Smerch and Polonez rockets hit Stepanakert repeatedly; Azerbaijani towns including Ganja, Barda and Tartar were hit by rockets and ballistic missiles that Baku said were fired by Armenian forces, with the heaviest loss of life in Ganja on 17 October and Barda on 28 October. Human rights groups documented cluster munition use by both parties.

The final phase was decided by infantry. After a rapid advance along the southern plain in October, Azerbaijani special forces moved through forests and gorges to take Shusha, which Baku announced on 8 November. With the heights lost, Stepanakert and the Lachin road became untenable for the Armenian side.

Turkey's part
Ankara supplied drones, advisers and political backing; Armenia, France and Russia also accused it of recruiting Syrian fighters, which Turkey denies. The Kremlin said on 10 November that the agreement provides no role for Turkish peacekeepers, but Ankara and Moscow are now expected to discuss a joint ceasefire monitoring centre on Azerbaijani soil.

On 9 November, in the closing hours of the war, an Azerbaijani air defence unit shot down a Russian Mi-24 helicopter over Armenia near the Nakhchivan border, killing two crew. Baku apologised and called it an accident.

Outlook
The peacekeepers' mandate is limited and depends on both parties' consent. The durability of the arrangement will depend on the handovers scheduled for the coming weeks and on political stability in Yerevan, where protesters stormed parliament after the announcement.
"""),
]
G2 = "russia_turkey_sign_monitoring_centre_memorandum_2020_11_11"
ARTICLES += [
dict(group=G2, published="2020-11-11", outlet="Yeni Anadolu News Agency",
title="Turkey, Russia sign memorandum on joint center to monitor Karabakh cease-fire",
text="""ANKARA

Turkey and Russia on Wednesday signed a memorandum of understanding to set up a joint center to monitor the cease-fire in the Upper Karabakh region, the Turkish Defense Ministry said.

The memorandum was signed by Turkish Defense Minister Hulusi Akar and his Russian counterpart Sergey Shoigu following talks held via videoconference, according to the ministry.

The joint center will be established on Azerbaijani territory, in an area liberated from occupation, and will carry out its work to observe the cease-fire and monitor violations, the ministry said.

"We will continue to stand by Azerbaijan and the people of Azerbaijan," Akar said, stressing that the work on the technical details of the center would continue.

Turkish President Recep Tayyip Erdogan said on Tuesday that Turkey would take part in the peace-keeping process with Russia through the joint center. He congratulated Azerbaijan on its "great victory" on the battlefield and at the table.

Azerbaijan, Russia and Armenia signed an agreement early on Tuesday to end the fighting. Under the deal, Armenia will return Kalbajar, Aghdam and Lachin districts to Azerbaijan.

Azerbaijani President Ilham Aliyev said after the deal that Turkish troops would participate in the peacekeeping mission together with Russia, in line with an agreement he had reached with Russian President Vladimir Putin.

Moscow, however, said the Russian peacekeeping contingent would be the only foreign force deployed along the line of contact and in the Lachin corridor, and that the joint center would operate on Azerbaijani territory outside the region where Russian peacekeepers are stationed.

Under the trilateral statement, a contingent of 1,960 Russian troops will be deployed for five years, with automatic extensions of five years unless one of the parties objects.

The conflict over Upper Karabakh, an internationally recognized Azerbaijani territory, escalated on Sept. 27, when the Armenian army launched attacks on civilians and Azerbaijani forces and violated several humanitarian cease-fire agreements. During the 44-day conflict, Azerbaijan liberated several cities and nearly 300 of its settlements and villages from occupation.

On Sunday, Turkish Foreign Minister Mevlut Cavusoglu visited Baku, where he met President Aliyev hours after the liberation of Shusha was announced.

Turkey has given strong political and military support to Azerbaijan since the conflict began, and has rejected claims by Armenia, France and Russia that it sent Syrian fighters to the region. Erdogan has said Turkey will continue to support Azerbaijan until the complete liberation of its territories.

Turkish officials said Turkish military personnel would serve at the joint center, a deployment that will require the approval of the Turkish parliament.

Share this:
Twitter
Facebook
WhatsApp
"""),
dict(group=G2, published="2020-11-12", outlet="Meridian Press Agency",
title="Russia and Turkey agree joint centre to monitor Karabakh truce, Moscow rules out Turkish peacekeepers",
text="""MOSCOW/ANKARA, Nov 11 (Meridian) - Russia and Turkey signed a memorandum on Wednesday to set up a joint centre in Azerbaijan to monitor the ceasefire in Nagorno-Karabakh, the two countries' defence ministries said, but Moscow said Turkish troops would not be deployed as peacekeepers in the region.

Russian Defence Minister Sergei Shoigu and Turkish Defence Minister Hulusi Akar signed the document after talks held by video link, the Russian defence ministry said. The centre will collect and verify information about compliance with the ceasefire, document violations, including with the use of drones, and consider complaints from the parties, the ministry said.

"The decision to create a joint monitoring centre will allow reliable control over the parties' compliance with the ceasefire regime," Shoigu said, according to the ministry.

Russian Foreign Minister Sergei Lavrov said later that the Turkish side's role would be limited to the monitoring centre, which would work remotely using drones, and that Turkish peacekeepers would not be sent to Nagorno-Karabakh. Azerbaijani President Ilham Aliyev had said on Tuesday that Turkish servicemen would take part in peacekeeping.

The exact location of the centre and its staffing have yet to be agreed. Turkish officials said it would be staffed by both Russian and Turkish officers.

The memorandum follows the deal signed by Russia, Azerbaijan and Armenia to end six weeks of fighting, under which almost 2,000 Russian peacekeepers are being deployed along the front line and the Lachin corridor. Russian military transport aircraft continued to fly troops and equipment into Armenia on Wednesday, and the first columns reached Stepanakert, the Russian defence ministry said.

Armenian officials have said they were not consulted about a Turkish role and would oppose any Turkish military presence near Nagorno-Karabakh. Pashinyan said on Wednesday the deal was not the end of the process and that the status of the region remained to be settled.

Turkey, Azerbaijan's closest ally, provided it with military support and drones during the conflict. The deal has been hailed in Baku and Ankara as a victory and has triggered mass protests in Armenia, where opposition parties are demanding Prime Minister Nikol Pashinyan's resignation.

Moscow has been keen to limit Ankara's role in a region it regards as its sphere of influence. The Kremlin said on Tuesday that the trilateral deal made no mention of Turkish peacekeepers, and Russian officials have stressed that the monitoring centre will operate on Azerbaijani territory outside the area of the Russian peacekeeping mission.

Turkey and Russia already cooperate on ceasefire monitoring elsewhere: they run joint patrols in northeast Syria and have a ceasefire arrangement in Syria's Idlib province, while backing opposite sides in Libya's civil war.
"""),
]
