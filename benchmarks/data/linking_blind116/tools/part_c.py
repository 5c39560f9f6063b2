# Events: Tripoli clashes 444 Brigade vs Radaa (Aug 14-15), Cohen reveals meeting with Mangoush (Aug 27)
MPA_BG = ("Libya has known little stability since the NATO-backed uprising that toppled Muammar Gaddafi in 2011. "
          "Since early 2022 two administrations have claimed power: the Government of National Unity (GNU) of Abdulhamid Dbeibah in Tripoli, "
          "and a cabinet appointed by the eastern-based House of Representatives and aligned with commander Khalifa Haftar.")
ATLAS_BG = ("Oil-rich Libya split in 2014 between rival authorities in the east and west, each backed by armed groups and foreign governments. "
            "A 2020 ceasefire largely holds, but a December 2021 election collapsed and the country remains divided.")

ARTICLES = [
dict(group="tripoli_clashes_444_brigade_radaa_2023_08_14", published="2023-08-15", outlet="Atlas Newswire",
title="Clashes in Libya's capital kill at least 27 after militia commander detained",
text="""TRIPOLI, Libya (Atlas) — Heavy fighting between two of the most powerful armed groups in Libya's capital killed at least 27 people and wounded more than 100, medical officials said, before elders brokered a deal late Tuesday to hand over the commander whose detention set off the violence.

The clashes erupted Monday night after the Special Deterrence Force, known locally as Radaa, detained Col. Mahmoud Hamza, head of the 444th Brigade, at Mitiga airport as he was preparing to travel, an Interior Ministry official said. Radaa controls the airport, the only functioning one in the city.

Gunfire and explosions echoed through southern and eastern neighborhoods through the night and into Tuesday. Residents in Ain Zara, along the al-Shok road and near Tripoli University described tanks and heavy weapons in the streets. Families were trapped in their homes for hours, and the Emergency Medicine Center said it had sent ambulances and set up field hospitals near the front lines.

All flights at Mitiga were canceled and several airlines moved their aircraft to Misrata, about 200 kilometers (125 miles) east.

Late Tuesday, the Social Council of Souq al-Jumaa, the district that is Radaa's stronghold, announced in a televised statement that Hamza would be handed to a "neutral party" and that a ceasefire would follow. Libyan media identified the third party as the Stability Support Apparatus. The fighting had largely subsided by nightfall.

Prime Minister Abdulhamid Dbeibah, whose Government of National Unity depends on both groups, visited Ain Zara overnight with Interior Minister Emad Trabelsi, according to government footage. Neither group has said what prompted Hamza's detention.

The U.N. mission in Libya said it was following the situation with concern and urged all parties to preserve the security gains of recent years. The U.S. and British embassies also called for calm.

The 444th Brigade, nominally under the Defense Ministry, has in recent years grown into one of the best-equipped forces in western Libya and has taken on anti-smuggling missions south of the capital. Radaa, a force with a Salafi background, runs its own prison at Mitiga and is formally affiliated with the Presidential Council.

The fighting was the worst in Tripoli since August last year, when clashes between groups backing Dbeibah and his rival Fathi Bashagha killed more than 30 people.

""" + ATLAS_BG),

dict(group="tripoli_clashes_444_brigade_radaa_2023_08_14", published="2023-08-15", outlet="Libya Update 24",
title="Tripoli: clashes erupt after arrest of 444 Brigade commander at Mitiga, flights diverted to Misrata",
text="""Tripoli, (Libya Update 24 / Agencies - 15th Aug, 2023 ) :

Violent armed clashes broke out in several areas of the capital Tripoli overnight and continued on Tuesday morning, after the arrest of the commander of the 444 Combat Brigade, Mahmoud Hamza, at Mitiga International Airport on Monday by members of the Special Deterrence Apparatus (Radaa).

Witnesses reported the sound of heavy and medium weapons in the areas of al-Shok road near Tripoli Medical Center, Ain Zara, al-Furnaj and the vicinity of Tripoli University, and the clashes later extended to the Abyar road, according to local media.

The management of Mitiga airport announced the suspension of all flights, while airlines transferred their planes to Misrata airport due to the security situation.

The 444 Brigade had mobilised its units since Monday evening to free its commander, after mediation efforts failed, sources said. Hamza was reportedly detained while he was about to board a flight.

Deputy Prime Minister Ramadan Abu Janah called on all parties in Tripoli "to give priority to the language of reason" and not to listen to those who want to undermine the stability and security of the capital.

The Emergency Medicine and Support Center announced the evacuation of a number of families trapped in the clash areas, and called on citizens to stay away from windows and not to go out except for necessity. The Ministry of Health announced a state of emergency in hospitals of the capital. No official death toll was announced by the time of publishing.

The University of Tripoli suspended exams and activities until further notice.

The 444 Brigade is affiliated with the Ministry of Defence and led operations against smuggling on the roads south of the capital, while Radaa is affiliated with the Presidential Council.

The capital witnessed in late August last year similar clashes between forces supporting the Government of National Unity and others supporting Fathi Bashagha, which left dozens dead and injured.

Read also:
- UNSMIL: we are following developments in Tripoli with deep concern
- Dbeibah chairs meeting of the security committee
- Weather: high temperatures expected in the western region

The Presidential Council, as the supreme commander of the army, issued a statement calling for an immediate ceasefire and the return of forces to their headquarters, and assigned the chief of staff to follow up the situation.

Share this:
Facebook Twitter WhatsApp

Exit mobile version"""),

dict(group="tripoli_clashes_444_brigade_radaa_2023_08_14", published="2023-08-16", outlet="The Western Ledger",
title="Tripoli's worst fighting in years exposes the militias behind Libya's 'unity' government",
text="""By Harriet Colquhoun, North Africa Correspondent

The death toll from two days of fighting in Tripoli rose to 55 on Wednesday, with 146 people injured, according to the capital's emergency medicine service, making it the bloodiest episode in the Libyan capital in years and a stark reminder of who really holds power in the city.

The battle, which raged from Monday night until late on Tuesday, pitted two armed groups that are nominally on the same side. The 444th Brigade, a well-equipped force attached to the defence ministry, went to war with the Special Deterrence Force, or Radaa, after Radaa detained the brigade's commander, Mahmoud Hamza, at Mitiga airport on Monday. Both groups have served as pillars of Abdulhamid Dbeibah's Government of National Unity.

Residents of Ain Zara and the neighbourhoods around the al-Shok road, on the southern edge of the city, spent Tuesday sheltering from tank and artillery fire. Flights were diverted to Misrata, and the university suspended its exams. Dozens of families were evacuated by the Red Crescent.

The guns fell silent only after elders from Souq al-Jumaa, Radaa's home district, announced on Tuesday evening that Hamza would be handed over to a third force, the Stability Support Apparatus of Abdul Ghani al-Kikli. On Wednesday the 444th said its commander had been returned to it, and video circulated of fighters firing in celebration.

What triggered the arrest remains unclear. Radaa, led by Abdul Raouf Kara, has a Salafist hue and runs a prison at Mitiga; the 444th, by contrast, has cultivated an image as a disciplined, professional unit and has been courted by foreign governments. Libyan analysts point to a rivalry over territory and influence in the south-eastern suburbs, and to Hamza's rising political profile.

The episode underlines how little has changed since the capital's last major round of fighting, in August 2022, when forces loyal to Mr Dbeibah routed those backing Fathi Bashagha, the rival prime minister appointed by the eastern parliament, leaving more than 30 dead. Mr Dbeibah emerged from that confrontation stronger, but his authority rests on an uneasy balance among armed groups that each control their own slice of the city, its checkpoints and its economy.

That balance matters beyond Libya. The UN envoy, Abdoulaye Bathily, has spent months trying to push the country's rival legislatures towards elections; in June a joint "6+6" committee meeting in Morocco agreed draft election laws, but the eastern parliament has since sent them back for changes, and no date has been set. Diplomats warn that no credible vote can take place while armed groups can shut down the capital's airport at will.

Mr Dbeibah toured the damaged districts on Tuesday night with his interior minister, Emad Trabelsi, and promised compensation. The government later said a committee would be formed to assess the damage. The UN mission, the United States, Britain and the European Union all called for restraint, and the US embassy said it was in contact with all sides.

For residents, those calls ring hollow. "Every summer, the same story," said a shopkeeper in Ain Zara whose windows were shattered. Across town, the Libyan capital returned on Wednesday to something like normal, with traffic back on the roads and the airport due to reopen. Few expect the calm to be permanent."""),

dict(group="tripoli_clashes_444_brigade_radaa_2023_08_14", published="2023-08-16", outlet="Sentinel Defence Review",
title="Analysis: Tripoli's 444 Brigade versus Radaa — armour, airports and the limits of the GNU's security model",
text="""SENTINEL DEFENCE REVIEW | Analysis | Land Forces / Middle East & North Africa

The fighting that broke out in Tripoli on the night of 14 August and continued through 15 August was, by the standards of post-2020 Libya, a high-intensity engagement. Both belligerents — the 444th Combat Brigade and the Special Deterrence Force (SDF, Radaa) — committed main battle tanks, heavy machine guns mounted on technicals and artillery inside densely populated districts. Tripoli's emergency medicine centre reported a final toll of 55 killed and 146 wounded.

TRIGGER
The proximate cause was the detention of 444th commander Col. Mahmoud Hamza by Radaa personnel at Mitiga International Airport on 14 August. Mitiga is both the capital's only operational civilian airport and Radaa's principal base. Detaining a rival commander there was therefore both symbolically and practically significant: it demonstrated control over the city's main air link and placed Hamza in Radaa's detention facility.

FORCES
The 444th, formally subordinate to the Ministry of Defence of the Government of National Unity (GNU), emerged from the 2019-2020 war for Tripoli and has since expanded its footprint from its base at Camp Tekbali to areas south of the capital, including checkpoints on the routes towards Bani Walid and the south. Observers regard it as among the best-trained units in the west, and it has benefited from foreign training programmes. Radaa, led by Abdul Raouf Kara, is tied to the Presidential Council and concentrated in Souq al-Jumaa and around Mitiga.

The main axes of contact ran along the line Tripoli University – al-Shok road – Ain Zara, areas the 444th had consolidated after the August 2022 fighting. Local sources reported use of tanks on both sides; there were no reports of drone strikes, which had been a feature of the 2019-2020 conflict.

DE-ESCALATION
A ceasefire followed an agreement brokered with the Souq al-Jumaa social council and attended by Prime Minister Abdulhamid Dbeibah, under which Hamza was transferred on the evening of 15 August to the Stability Support Apparatus (SSA) of Abdul Ghani al-Kikli ("Ghnewa"), acting as a neutral custodian. He was returned to his unit on 16 August.

ASSESSMENT
1. The GNU's security model — which integrates armed groups into ministries without unifying command — remains vulnerable to personal and territorial disputes escalating rapidly.
2. Control of Mitiga remains a strategic lever; airline relocations to Misrata show how quickly the capital's air connectivity can be cut.
3. The episode complicates the agenda of the 5+5 Joint Military Commission and international plans for security sector reform in the west, including the long-discussed unification of military institutions.
4. Eastern commander Khalifa Haftar's Libyan National Army was not involved, but the clashes will be cited in Benghazi as evidence that the west cannot guarantee security for elections.

Related coverage
- Turkish training mission in western Libya: scope and limits
- Wagner in Libya after the mutiny: what has changed?

Subscribe to Sentinel Pro for full order-of-battle data."""),

dict(group="cohen_reveals_meeting_with_mangoush_2023_08_27", published="2023-08-27", outlet="Meridian Press Agency",
title="Israel says foreign minister held first meeting with Libyan counterpart",
text="""JERUSALEM, Aug 27 (MPA) - Israeli Foreign Minister Eli Cohen said on Sunday he had met Libya's foreign minister Najla Mangoush in Rome last week, the first such meeting between the two countries' top diplomats, in talks hosted by Italian Foreign Minister Antonio Tajani.

In a statement issued by his ministry, Cohen called the encounter "historic" and "the first step in the relationship between Israel and Libya", saying the size and strategic position of Libya gave ties "enormous potential" for Israel.

Cohen said they discussed the potential for cooperation, humanitarian aid, agriculture and water management, as well as preserving the heritage of Libyan Jews, including renovating synagogues and Jewish cemeteries. He thanked Tajani for hosting the meeting.

Libya and Israel have no diplomatic relations, and Libyan law criminalises normalisation with Israel.

Late on Sunday, Libya's foreign ministry in Tripoli said Mangoush had refused to meet any Israeli representatives and that what took place was an "unprepared, casual encounter" during a meeting at the Italian foreign ministry, involving no discussions, agreements or consultations. It reaffirmed Libya's rejection of normalisation.

Small groups of protesters burned tyres in several Tripoli neighbourhoods on Sunday evening, local media reported.

Mangoush, a lawyer from Benghazi, has served as foreign minister of the Tripoli-based Government of National Unity since 2021.

""" + MPA_BG + """

(Reporting by MPA Jerusalem and Tripoli bureaus; editing by Karen Aldous)"""),

dict(group="cohen_reveals_meeting_with_mangoush_2023_08_27", published="2023-08-28", outlet="Haberler Libya Gündem",
title="İsrail Dışişleri Bakanı Cohen, Libyalı mevkidaşı Mankuş ile Roma'da görüştüğünü açıkladı",
text="""İsrail Dışişleri Bakanı Eli Cohen, Libya Ulusal Birlik Hükümeti Dışişleri Bakanı Necla el-Mankuş (Najla Mangoush) ile geçen hafta İtalya'nın başkenti Roma'da görüştüğünü açıkladı. This is first meeting between two countries foreign ministers.

İsrail Dışişleri Bakanlığından Pazar günü yapılan yazılı açıklamada, Cohen'in görüşmeyi "tarihi" olarak nitelendirdiği belirtildi.

Açıklamada, görüşmenin İtalya Dışişleri Bakanı Antonio Tajani'nin ev sahipliğinde yapıldığı ve iki ülke arasında işbirliği imkanları ile Libya Yahudilerinin mirasının korunmasının ele alındığı kaydedildi.

Cohen, açıklamasında, "Mankuş ile yaptığım tarihi görüşme İsrail ile Libya arasındaki ilişkide ilk adımdır. Libya'nın büyüklüğü ve stratejik konumu ilişkilere çok büyük önem ve potansiyel veriyor." ifadesini kullandı. Cohen, sinagog ve Yahudi mezarlıklarının restorasyonunu da konuştuklarını söyledi.

Libya Dışişleri Bakanlığı ise gece saatlerinde yaptığı açıklamada, görüşmenin "resmi olmadığını, önceden hazırlanmadığını" ve İtalya Dışişleri Bakanı ile yapılan toplantı sırasında "tesadüfen" gerçekleştiğini bildirdi. Bakanlık, bu görüşmede hiçbir müzakere, anlaşma veya istişare olmadığını, Bakan'ın Filistin davası konusundaki Libya tutumunu açık şekilde ifade ettiğini vurguladı.

Açıklama sonrası başkent Trablus'ta ve bazı şehirlerde göstericiler yolları kapattı, lastik yaktı. Göstericiler İsrail bayrağı yaktı ve hükümetin istifasını istedi.

Libya Başkanlık Konseyi de Başbakan Abdulhamid Dbeybe'den görüşme hakkında açıklama istedi. Temsilciler Meclisi Sözcüsü Abdullah Blihaq, görüşmeyi "yasal ve ahlaki suç" olarak nitelendirdi.

İsrail basını ise isimsiz yetkililere dayanarak, görüşmenin önceden iki ülke arasında en üst düzeyde koordine edildiğini ve Başbakan Binyamin Netanyahu'nun bilgisi dahilinde yapıldığını yazdı. Bu iddia, Trablus'un "tesadüfi görüşme" açıklaması ile çelişiyor.

Mankuş, 2021 yılında Ulusal Birlik Hükümeti kurulduğunda Dışişleri Bakanı olarak atanmıştı. Libya'da bu görevi yapan ilk kadın. Mankuş, Türkiye ile ilişkilerde de aktif rol oynamış ve birçok kez Ankara'yı ziyaret etmişti.

Libya'nın İsrail ile diplomatik ilişkisi bulunmuyor. Libya yasaları İsrail ile ilişki kurmayı suç olarak tanımlıyor.

Altı Arap ülkesi İsrail ile diplomatik ilişki kurmuş durumda: 1979'da Mısır, 1994'te Ürdün, 2020'de ise BAE, Bahreyn, Sudan ve Fas.

Etiketler: İsrail, Libya, Mankuş, Cohen, normalleşme
Bu haberi paylaş:
Facebook Twitter WhatsApp
İlgili Haberler
- Trablus'ta çatışmalar sona erdi, 55 kişi hayatını kaybetti
- Dbeybe: Libya Filistin'in yanında
Çerezler: Bu sitede deneyiminizi iyileştirmek için çerezler kullanılmaktadır. Kabul et"""),

dict(group="cohen_reveals_meeting_with_mangoush_2023_08_27", published="2023-08-28", outlet="Emirates Horizon 24",
title="Israeli FM announces secret meeting with Libyan counterpart in Rome; uproar in Tripoli",
text="""Israel's Foreign Minister Eli Cohen announced on Sunday that he held a meeting last week in Rome with Najla al-Mangoush, foreign minister of the Tripoli-based Government of National Unity headed by Abdulhamid Dbeibah, in what he described as the first ever meeting between the foreign ministers of the two countries.

According to the Israeli Foreign Ministry, the meeting was hosted by Italian Foreign Minister Antonio Tajani and focused on opportunities for cooperation, the heritage of Libyan Jews, including the renovation of synagogues and cemeteries, and possible Israeli assistance in humanitarian matters, agriculture and water management. Cohen described it as a first step in relations between the two countries.

Israeli media, citing officials, reported that the meeting had been coordinated in advance at the highest levels, a version that contradicts the account given in Tripoli.

The Dbeibah government's foreign ministry quickly sought to downplay the encounter, describing it as an unofficial and unplanned meeting that took place on the sidelines of talks with the Italian minister, and stressing its "absolute rejection" of normalisation with Israel.

The announcement triggered anger in several Libyan cities. Protesters took to the streets in Tripoli, Zawiya and Misrata on Sunday night, burning tyres and Israeli flags and demanding accountability. The Presidential Council sent a letter to Dbeibah asking for clarifications, saying the meeting does not reflect Libya's foreign policy.

The House of Representatives, through its spokesman Abdullah Blihaq, called the meeting a "legal and moral crime" and said the government in Tripoli had no legitimacy to represent Libya. Political figures in the east said the incident confirmed that the expired Tripoli government was acting outside any national consensus.

The Libyan National Army's General Command has not issued a statement.

The UAE, which established relations with Israel under the Abraham Accords in 2020, has not commented on the meeting. Israeli officials have in recent months spoken of efforts to widen normalisation in Africa and the Arab world, and Cohen said in his statement that Israel was working with a series of countries in the Middle East, Africa and Asia with that aim.

Libya does not recognise Israel, and a 1957 law prohibits dealings with it. The incident comes two weeks after deadly clashes in Tripoli between armed groups affiliated with the Dbeibah government, which killed 55 people.

Read more:
- UAE, Italy discuss regional developments
- Libyan Central Bank leaders announce end of division

Cookies help us deliver our services. By using our services, you agree to our use of cookies."""),
]
