# Event 12: LNA takes Sirte (Monday 6 January 2020)
# Event 13: Russia/Turkey-backed ceasefire takes effect around Tripoli (Sunday 12 January 2020)
G12 = "lna_takes_sirte_2020_01_06"
G13 = "ceasefire_takes_effect_tripoli_2020_01_12"

ARTICLES = [
dict(g=G12, d="2020-01-06", o="Meridian Press Agency",
t="Haftar's forces say they have taken Libya's Sirte in rapid advance",
x="""BENGHAZI/TRIPOLI (MPA) - Forces loyal to eastern Libyan commander Khalifa Haftar said on Monday they had taken control of the coastal city of Sirte after a swift advance preceded by air strikes, a significant gain as his nine-month offensive on Tripoli draws foreign powers deeper into the conflict.

Ahmed al-Mismari, spokesman for Haftar's Libyan National Army (LNA), said on television that Sirte had been completely freed of "terrorist groups" in an operation that lasted only a few hours.

LNA officials said their units had entered the city's port, the al-Qardabiya air base to the south and the camp of the al-Saadi brigade east of the centre before moving into residential districts. A resident reached by telephone said convoys of LNA vehicles were driving through the city and that there had been little gunfire.

Sources in the forces aligned with the Tripoli-based Government of National Accord (GNA) that had held Sirte said they were forced to pull out after a local brigade, which had been responsible for security inside the city, switched sides and opened the way for the LNA.

Sirte, Muammar Gaddafi's birthplace, sits midway along Libya's Mediterranean coast between Tripoli and Benghazi. It has been controlled by GNA-aligned forces, mostly from Misrata, since they drove Islamic State militants out in late 2016 with the help of U.S. air strikes.

Its capture extends Haftar's hold westwards from the oil ports he already controls and brings his forces closer to Misrata, whose brigades have led the defence of Tripoli.

The advance comes days after Turkey's parliament approved the deployment of troops to support the GNA, and two days after an air strike on a military academy in Tripoli killed about 30 cadets. The GNA blamed the LNA for the strike, which the LNA denied.

President Tayyip Erdogan said on Sunday that Turkish soldiers had begun moving to Libya in a coordinating role. Russian military contractors have been deployed alongside the LNA, according to diplomats and Tripoli officials.

Haftar declared a "decisive battle" for Tripoli on Dec. 12, but his forces have made little headway on the capital's southern front, where they have fought government forces around Salah al-Din, Ain Zara and the airport road since April. The GNA lost Gharyan, the town from which the LNA launched that offensive, in April, but recaptured it in June.

On Saturday the eastern-based parliament voted to sever ties with Turkey and to cancel the security and maritime agreements the GNA signed with Ankara in November. Haftar had called on Friday for a general mobilisation against what he described as a Turkish invasion.

The European Union's foreign policy chief and the foreign ministers of several European countries are due to discuss the crisis in Brussels this week, while Erdogan and Russian President Vladimir Putin are expected to meet in Istanbul on Wednesday.

Libya has been divided since 2014 between rival camps based in Tripoli and in the east, a split rooted in the turmoil that followed the NATO-backed uprising which toppled Muammar Gaddafi in 2011.

(Reporting by MPA staff in Benghazi and Tripoli; Editing by the Cairo desk)"""),

dict(g=G12, d="2020-01-07", o="Barqa Bulletin",
t="Sirte back in the arms of the homeland: army secures city after three-hour operation",
x="""The Bulletin | Benghazi - Libya

SIRTE - Units of the Libyan National Army (LNA) continued on Tuesday to secure neighbourhoods of Sirte, a day after the General Command announced the complete liberation of the city from militias affiliated with the Presidency Council in Tripoli.

The army's spokesman, Major General Ahmed al-Mismari, said in a press conference that the operation to enter Sirte lasted about three hours and was carried out from several axes by land and one by sea, with the participation of the air force and naval units that took control of the port.

Al-Mismari said Sirte had been a base for terrorist groups that threatened the oil crescent, and that it is now officially liberated. He stressed that taking Sirte does not mean the army will move on to Misrata, and called on the people of that city to stay away from the militias.

Field sources told The Bulletin that army units took control of the Qardabiya air base, the Saadi camp and the main entrances of the city, and that Brigade 604, formed from the sons of Sirte, had joined the army and helped to secure the city from inside.

Footage published by the Military Information Division showed army vehicles moving through the streets of Sirte.

The interim government in the east announced the appointment of a new head of security for the city.

Sirte lies halfway along the coast between Tripoli and Benghazi and controls the road leading to the oil crescent, where Libya's largest export terminals at Es Sider and Ras Lanuf have been under army protection since 2016.

The Presidency Council's forces described their withdrawal as tactical and claimed the city was attacked by a multinational force. Army sources dismissed the claim and said the militias fled after losing the support of the city's people.

Colonel Mohamed al-Qabsi, field commander of the 302nd Special Forces battalion, said the operation had been coordinated by the General Command through the Sirte liberation operations room, and that combat units had performed their duties at the required level.

The liberation of the city came days after the House of Representatives, meeting in an emergency session in Benghazi on Saturday, voted to sever relations with Turkey and to cancel the memoranda signed between Sarraj and Ankara in November. On Friday, the General Commander, Field Marshal Khalifa Haftar, had called for general mobilisation to confront what he described as Turkish colonisation.

On December 12, the Field Marshal announced the start of the decisive battle to liberate Tripoli, and army units have since advanced on several axes south of the capital.

Sirte was freed from ISIS in 2016 but remained under the control of Misrata militias, which residents accused of neglecting the city's reconstruction.

The liberation of Sirte comes as the army continues its operation to free Tripoli from militias, which began on April 4, and as Turkey moves to send troops to support the Presidency Council."""),

dict(g=G12, d="2020-01-08", o="Defence Arena Monitor",
t="Analysis: Sirte falls to LNA as defection and air power reshape Libya's central front",
x="""Defence Arena Monitor | Land Warfare | Middle East & Africa

Analysis: Sirte falls to LNA as defection and air power reshape Libya's central front

8 January 2020

The Libyan National Army's (LNA's) capture of Sirte on 6 January was the most significant territorial change in Libya since the Government of National Accord (GNA) retook Gharyan in June 2019, and it came with remarkably little fighting.

According to the LNA, the operation took around three hours and was launched from several land axes, supported by a seaborne landing at the port. LNA units announced control of the al-Qardabiya air base south of the city and the al-Saadi camp before moving into urban districts. GNA-aligned commanders said their forces had been undermined by the defection of Brigade 604, a locally recruited unit with a Madkhali Salafist following, which was responsible for internal security. The GNA later described its pull-out as a tactical withdrawal intended to protect civilians.

The speed of the collapse matters more than the ground taken. Sirte had been held since December 2016 by forces drawn largely from Misrata, which led the campaign against the Islamic State there. Over the past year those units have been pulled towards the Tripoli front, thinning the garrison. The LNA had kept forces in the Harawa area east of the city and had carried out air strikes on the Sirte area for weeks before the move.

Air power is the key enabler on both sides. UN experts have attributed the LNA's precision strikes to Chinese-made Wing Loong II unmanned aerial vehicles operated in support of the LNA by a foreign state, while the GNA has fielded Turkish-made Bayraktar TB2 drones. Both sides have repeatedly claimed to have shot down the other's drones. The UN panel of experts' December report described arms embargo violations by Jordan, Turkey and the United Arab Emirates as routine.

Al-Qardabiya is the prize within the prize. The base gives the LNA a runway on the central coast, within easy range of Misrata and the approaches to the oil crescent, and shortens the distances its aircraft and drones must cover from al-Jufra.

On the Tripoli front the picture is less clear. Haftar's 12 December announcement of a "decisive battle" produced heavy fighting around Salah al-Din, Ain Zara and the airport road but no breakthrough. Western officials have said Russian private military contractors are operating with LNA units south of the capital; Moscow denies any state role.

Turkey's parliament on 2 January approved a one-year mandate to deploy forces to Libya by 325 votes to 184. President Recep Tayyip Erdogan said on 5 January that the first personnel were moving, in what he described as a coordination role. Ankara has not said which capabilities it will send, but the GNA's most pressing needs are air defence and counter-drone systems to blunt LNA air strikes on Tripoli and Misrata, such as the 4 January strike on the Hadaba military academy that killed about 30 cadets.

Looking ahead, the LNA's new position east of Misrata forces the GNA's strongest constituency to weigh the defence of its home city against the battle for the capital. Erdogan and Russian President Vladimir Putin meet in Istanbul today, and a joint call for a ceasefire is possible. Whether either Libyan party would honour one is another matter.

Tags: Libya, LNA, GNA, Sirte, UAV, Turkey, Russia"""),

dict(g=G13, d="2020-01-12", o="Continental Press Service",
t="Libya's rival forces declare ceasefire, trade accusations within hours",
x="""TRIPOLI, Jan 12 (CPS) - A ceasefire called for by Russia and Turkey took effect around the Libyan capital early on Sunday, bringing a largely calm morning to Tripoli after nine months of war, although both sides accused each other of violations within hours.

The eastern-based Libyan National Army (LNA) of Khalifa Haftar announced late on Saturday that it would halt fire in the western region from one minute past midnight, on condition that its rivals did the same, and warned that any breach would meet a harsh response.

The Government of National Accord (GNA) of Fayez al-Sarraj said it accepted the truce from midnight, but stressed its right to respond to any attack. In a statement on Sunday, its Presidential Council said Haftar's forces had broken the ceasefire on the Salah al-Din and Wadi al-Rabie fronts shortly after it began, and repeated that a lasting truce required the attacking forces to return to where they came from.

Media close to the LNA accused GNA fighters of violating the truce on several fronts with artillery. Residents of southern districts reported sporadic gunfire overnight but said the heavy shelling of recent weeks had stopped.

Turkey, which backs the GNA and has begun deploying military personnel to Tripoli, said the situation was generally calm. The GNA's transport ministry said Mitiga airport, shut by repeated attacks, would reopen.

Presidents Tayyip Erdogan and Vladimir Putin called for the ceasefire after meeting in Istanbul on Wednesday. Haftar's forces initially said they welcomed the call but would press on with what they describe as their fight against terrorism in Tripoli.

On Saturday, German Chancellor Angela Merkel, speaking after talks with Putin in Moscow, said Berlin would host a conference on Libya and hoped the truce would lead to a political process.

The U.N. mission in Libya welcomed the announcements and urged both sides to respect them.

Sarraj met Italian Prime Minister Giuseppe Conte in Rome on Saturday, days after Conte had received Haftar, as European governments tried to regain influence over a conflict increasingly shaped by Ankara and Moscow.

Turkey's parliament voted on Jan. 2 to allow the deployment of troops to Libya, and Erdogan said last Sunday that soldiers had begun moving there in a coordinating role. Western officials say Russian private military contractors have been fighting alongside the LNA south of Tripoli, a charge the Kremlin has not confirmed.

The ceasefire follows the LNA's capture of the coastal city of Sirte last Monday and an air strike on a military academy in Tripoli that killed about 30 cadets, which raised fears of a wider war involving foreign powers.

Oil-producing Libya has had no stable central authority since the 2011 revolt that ended Moamer Kadhafi's four decades in power, and it is now split between the GNA in Tripoli and a rival administration in the east allied with Haftar.

cps/ds/pn"""),

dict(g=G13, d="2020-01-12", o="Haber Kiyisi",
t="In Libya the ateşkes entered into force after call of Türkiye and Russia",
x="""[ad_1]

Libya'da Türkiye and Rusya's call for ateşkes (ceasefire) at midnight entered into force. It is informed that in the capital Trablus calm is dominating generally.

The putschist Hafter's militias, who before had rejected the call, on Saturday night with a written statement announced that they accept the ateşkes from 00.01 local time on Sunday. Hafter's sözcüsü Ahmed el-Mismari claimed they will respond harsh to any violation.

The head of UN recognized Ulusal Mutabakat Hükümeti (UMH) Presidential Council Fayiz es-Serrac also with a statement announced that UMH is accepting the ateşkes starting 00.00 on 12 January, and said the legitimate right to respond to any attack is reserved.

The UMH after few hours accused Hafter militias to violate the ateşkes in Salahaddin and Vadi er-Rebi fronts, south of Trablus.

Milli Savunma Bakanlığı (MSB) in its statement said that the sides are trying to follow the ateşkes and the situation is generally calm, apart from some isolated incidents.

- Erdoğan and Putin called

Cumhurbaşkanı Recep Tayyip Erdoğan and Rusya Devlet Başkanı Vladimir Putin, after their meeting in İstanbul on 8 January, called the sides in Libya for ateşkes from 12 January.

Dışişleri Bakanı Mevlüt Çavuşoğlu on Saturday said Türkiye expects from Russian friends to convince Hafter about ateşkes.

The UMH announced Mitiga airport, which was closed due to attacks of Hafter, will open again.

Hafter since 4 April 2019 is attacking Trablus. Last week the Hafter militias entered the city Sirte.

- Serrac in Rome

Fayiz es-Serrac before the ateşkes on Saturday met in Roma with İtalya Başbakanı Giuseppe Conte. Almanya Başbakanı Angela Merkel, who met Putin in Moskova on Saturday, said a Libya conference will be held in Berlin.

TBMM (Türkiye Büyük Millet Meclisi) on 2 January accepted the tezkere for sending asker to Libya with 325 votes against 184. Cumhurbaşkanı Erdoğan announced that Turkish soldiers started to go to Libya for coordination duty.

The Hafter militias on 6 January entered Sirte city, which was under control of UMH since 2016, after a local brigade changed side. On 4 January in Trablus the air attack on the military school killed around 30 students, UMH blamed Hafter.

Exit mobile version"""),

dict(g=G13, d="2020-01-13", o="The Northern Ledger",
t="A fragile quiet settles on Tripoli as Moscow and Ankara broker a truce",
x="""The Northern Ledger | World | Africa

A fragile quiet settles on Tripoli as Moscow and Ankara broker a truce

The ceasefire called by Putin and Erdogan has mostly held since Sunday, but neither Libyan side has given up its war aims

By Eleanor Whitcombe, North Africa Correspondent
Monday 13 January 2020

For the first time in months, the southern suburbs of Tripoli were largely quiet on Sunday. A ceasefire brokered not by the United Nations but by Russia and Turkey took effect at midnight, and by the end of the day it had, broadly, held.

Broadly is the operative word. Within minutes of the truce beginning, the government of Fayez al-Serraj accused Khalifa Haftar's forces of opening fire on the Salah al-Din and Wadi al-Rabie fronts; media loyal to Haftar returned the charge. Yet the heavy shelling that has driven tens of thousands of people from districts such as Ain Zara, Qasr bin Ghashir and Abu Salim stopped, and the government said Mitiga airport, repeatedly shut by rocket fire, would reopen.

The path to this pause ran through Istanbul, where on Wednesday Vladimir Putin and Recep Tayyip Erdogan, in town to open a gas pipeline, called on the Libyan parties to stop fighting from 12 January. Serraj, whose government Turkey has pledged to defend, agreed quickly. Haftar, whose forces have been reinforced by Russian private military contractors according to western officials, at first said he welcomed the call but would keep fighting, before announcing on Saturday night that he would observe a truce as long as his opponents did.

Both men were expected in Moscow on Monday for talks hosted by the Russian and Turkish governments on turning the pause into a written agreement. Serraj has made clear he wants Haftar's forces to return to the positions they held before April. Haftar, whose men last week took the coastal city of Sirte with barely a shot fired, has little reason to withdraw from ground he holds.

It is worth recalling how far the war has moved from the lightning campaign Haftar promised when he ordered his troops on Tripoli on 4 April last year, on the day the UN secretary-general was in the city. His forces took Gharyan, in the mountains to the south, without a fight; they lost it in a surprise attack in June. The front on the capital's southern edge then barely moved for months, while the war went into the air. An air strike on a migrant detention centre in Tajoura in July killed 53 people. Rockets and drones hit Mitiga airport and residential districts again and again. On 4 January an air strike on a military academy in Tripoli killed about 30 cadets.

The UN says hundreds of civilians and more than 2,000 fighters have been killed, and more than 140,000 people displaced. Its envoy, Ghassan Salame, has spent much of that time pleading with the same foreign governments that are arming the two sides.

That is why diplomats see the truce as both an opportunity and a warning. Angela Merkel, who met Putin in Moscow on Saturday, said Germany would host an international conference on Libya, long delayed, that is meant to bind outside powers to the UN arms embargo. The fact that Moscow and Ankara, rather than the UN or the EU, produced the ceasefire says a great deal about who now holds the keys.

In Tripoli, relief was cautious. Cars honked and a few fireworks went up after midnight on Saturday. But the men at the front lines have not gone home, the trenches in Salah al-Din have not been filled in, and few residents of the southern districts are ready to return to houses that stand a few hundred metres from the guns."""),
]
