BG = ("Libya has been torn by conflict since the 2011 uprising that toppled Muammar Gaddafi. "
  "Haftar's Libyan National Army, backed by the United Arab Emirates, Egypt and Russia, launched an offensive on Tripoli in April 2019 but was driven back in June by GNA forces backed by Turkey and Qatar.")
ARTS = [
dict(group="turkey_qatar_gna_trilateral_ankara_2020_07_20", published="2020-07-20", outlet="Anatolia Crescent News",
title="Turkish, Qatari defense ministers meet Libyan interior minister in Ankara",
text="""ANKARA

Turkey's Defense Minister Hulusi Akar on Monday hosted his Qatari counterpart Khalid bin Mohammad Al-Attiyah and Libya's Interior Minister Fathi Bashagha for a trilateral meeting in the capital Ankara.

The meeting at the Defense Ministry discussed the latest developments in Libya and regional security, according to a ministry statement.

Earlier in the day, Akar and Al-Attiyah held a bilateral meeting in which Akar thanked Qatar for its "sincere support" to Libya's legitimate government and its contribution to stability in the region.

"Turkey and Qatar will continue to stand by our Libyan brothers," Akar said.

Bashagha also took part in a separate meeting with Akar and Malta's Interior Minister Byron Camilleri on Monday.

Akar visited Doha at the weekend, where he was received by Qatar's Emir Sheikh Tamim bin Hamad Al Thani.

Turkey signed a military cooperation and training deal with Libya's Government of National Accord (GNA) last November, and Turkish support was decisive in pushing back the attacks of Haftar's militias on Tripoli.

The GNA has been preparing an operation to retake the city of Sirte and the Jufra air base from the militias, which are supported by the UAE, Egypt, Russia and France."""),
dict(group="turkey_qatar_gna_trilateral_ankara_2020_07_20", published="2020-07-21", outlet="PakAsia Point News",
title="Qatari Defense Minister Holds Talks With Turkish Counterpart, Libya's GNA Interior Minister",
text="""DOHA, (PakAsia Point News / RusInfo - 21st July, 2020) : Qatari Minister of State for Defense Affairs Khalid bin Mohamed Al Attiyah has held talks in Ankara with Turkish Defense Minister Hulusi Akar and Fathi Bashagha, the interior minister of Libya's Government of National Accord (GNA), the Qatari Defense Ministry said.

The meetings took place late on Monday, the ministry said on Twitter, adding that Al Attiyah and Bashagha had discussed the latest developments in Libya.

Al Attiyah's talks with Akar focused on bilateral defense ties and ways to develop them, according to the ministry.

The meeting took place on the same day that the Egyptian parliament approved a possible deployment of the country's armed forces on combat missions abroad, a step widely seen as paving the way for an intervention in Libya. Last week, the eastern-based House of Representatives in Tobruk gave its backing for Egyptian military involvement.

In June, Egyptian President Abdel Fattah Sisi said that Cairo had a legitimate right to intervene if GNA forces moved on Sirte and Jufra.

Libya's GNA is backed by Turkey and Qatar, while the Libyan National Army led by Field Marshal Khalifa Haftar receives support from Egypt and the United Arab Emirates.

Comments
0 comments"""),
dict(group="turkey_qatar_gna_trilateral_ankara_2020_07_20", published="2020-07-21", outlet="Nile Sentinel",
title="'Axis of evil' meets in Ankara as Egypt's parliament authorises troops",
text="""Cairo - Nile Sentinel

In a move described by Libyan and Egyptian observers as provocative, the defence ministers of Turkey and Qatar met on Monday in Ankara with Fathi Bashagha, the interior minister of the Sarraj government, to discuss what statements called "the latest developments in Libya".

The meeting between Hulusi Akar, Khalid al-Attiyah and Bashagha came only hours before the House of Representatives in Cairo unanimously approved sending elements of the Egyptian armed forces on missions outside the country to defend national security against criminal militias and foreign terrorist elements on the western front.

Sources in the Libyan National Army said the Ankara meeting was meant to coordinate Qatari funding for the Turkish presence and for the Syrian mercenaries brought to Tripoli and Misrata, and for an attack on Sirte. Qatar has repeatedly denied financing armed groups.

Akar had visited Doha over the weekend and met Emir Tamim bin Hamad, days after President Recep Tayyip Erdogan himself was in the Qatari capital.

Bashagha, speaking after a separate meeting with Akar and the Maltese interior minister, blamed Haftar and "his backers" for insecurity in Libya and the region.

Egypt, with the UAE and Saudi Arabia, broke ties with Qatar in 2017, accusing Doha of supporting extremist groups. Cairo's Sirte-Jufra "red line" announced by President Sisi in June remains in force.

Read also: Libyan tribes meet Sisi in Cairo, ask Egypt to protect Libya
Read also: Mismari: Turkish cargo planes land in Misrata daily"""),

dict(group="turkey_qatar_gna_trilateral_tripoli_2020_08_17", published="2020-08-17", outlet="Mediterranean Wire Service",
title="Turkish and Qatari defence ministers make surprise visit to Tripoli",
text="""TRIPOLI (MWS) - The defence ministers of Turkey and Qatar, the main foreign backers of Libya's internationally recognised government, arrived in Tripoli on Monday for talks on military cooperation, officials said.

Turkey's Hulusi Akar, accompanied by chief of general staff General Yasar Guler, and Qatar's Khalid bin Mohammad al-Attiyah landed separately at Mitiga airport, where they were received by deputy defence minister Salah al-Namroush and chief of staff Mohammed al-Haddad.

The three sides held talks on training and defence cooperation and met the head of the Government of National Accord (GNA), Fayez al-Serraj, officials said. The GNA later said the three countries had agreed to boost cooperation, including by training Libyan military personnel in Turkish and Qatari academies.

German Foreign Minister Heiko Maas was also in Tripoli on Monday, urging both sides to keep to a de facto truce around Sirte. He did not attend the trilateral talks.

Front lines have been static for weeks near Sirte, the gateway to Libya's main oil terminals, and the Jufra air base.

""" + BG),
dict(group="turkey_qatar_gna_trilateral_tripoli_2020_08_17", published="2020-08-18", outlet="Al-Manara Arabic Net",
title="Agreement Libyan Turkish Qatari on military training after tripartite meeting in Tripoli",
text="""Tripoli - Al-Manara Net

The undersecretary of the Ministry of Defence in the Government of National Accord, Colonel Salah al-Din al-Namroush, announced, yesterday Monday, the agreement with Turkey and Qatar on strengthening the military cooperation and providing seats for training Libyan students in the military colleges of the two countries.

This came at the end of a tripartite meeting which brought together in Tripoli al-Namroush with the Turkish minister of defence Khulusi Akar and the Qatari minister of state for defence affairs Khalid bin Mohammed al-Attiyah, in a visit which was not announced previously.

And al-Namroush said in a statement that the meeting touched on the programs of building the capabilities of the security and defence of the forces of the Government of Accord, and the mechanisms of coordination between the ministries of defence in the three countries, in addition to supporting a political solution of the crisis.

And the two ministers met the head of the Presidential Council Fayez al-Sarraj, who received them in the presence of the chief of staff, and they discussed the situation on the ground in the area of Sirte and al-Jufra.

And the Turkish minister said that "Libya belongs to the Libyans" and that his country will continue to stand with the legitimate government.

It is worth mentioning that the visit coincided with the visit of the German foreign minister Heiko Maas to Tripoli, where he met al-Sarraj and called to the making of Sirte and al-Jufra a demilitarized zone.

It is also worth mentioning that Turkey signed with the Government of Accord in November last a memorandum of security and military cooperation, and Qatar signed in previous years agreements in the field of training.

Share this:"""),
dict(group="turkey_qatar_gna_trilateral_tripoli_2020_08_17", published="2020-08-18", outlet="Gulf Horizon Daily",
title="Ankara and Doha deepen military footprint in Tripoli with joint visit",
text="""ABU DHABI - GULF HORIZON DAILY

The defence ministers of Turkey and Qatar flew into Tripoli on Monday to sign off on what officials of the Government of National Accord (GNA) described as a three-way military training arrangement, in a step that Arab analysts said entrenched foreign control over the Libyan capital.

Hulusi Akar and Khalid Al Attiyah met GNA chief Fayez Al Serraj and defence officials during the unannounced visit, which Turkish state media said was to review the implementation of the security deal Ankara signed with Serraj last November.

GNA deputy defence minister Salah Al Namroush said afterwards that the three parties would coordinate training programmes and that Libyan cadets would be sent to Turkish and Qatari colleges.

Political commentators in the region said the visit confirmed that Doha was financing Turkey's intervention. "This is a Turkish project paid for with Qatari money," one Libyan analyst told the paper.

The Libyan National Army has warned that Turkish bases at Al Watiya and Misrata threaten Libya's neighbours. The UAE has called repeatedly for an immediate ceasefire and a return to the political track under UN auspices, and backed the Cairo Declaration announced in June.

The visit came as Germany's foreign minister was also in Tripoli urging both camps to turn a fragile lull around Sirte into a formal ceasefire.

Exit mobile version"""),
dict(group="turkey_qatar_gna_trilateral_tripoli_2020_08_17", published="2020-08-19", outlet="MENA Live Desk",
title="Middle East round-up, Wednesday 19 August: Libya trilateral, Lebanon aftermath, Gulf",
text="""MENA Live Desk - daily round-up

Libya: Qatari minister says Tripoli talks aimed at political solution
Qatar's minister of state for defence affairs, Khalid al-Attiyah, said Monday's three-way meeting in Tripoli with Turkish Defence Minister Hulusi Akar and GNA officials discussed ways to preserve Libya's unity and reach a political settlement, which he called the only option. The two ministers met Fayez al-Sarraj and, according to the GNA's deputy defence minister, agreed to expand military training, including places for Libyan cadets at colleges in Turkey and Qatar. The visit drew criticism from Haftar's camp, which called it a new step in Turkish and Qatari interference.

Lebanon: Rescue teams wind down search two weeks after port blast
Search teams said hopes of finding survivors in the rubble of Beirut port have faded, as the caretaker government faced more protests.

Gulf: UAE and Israel officials prepare first direct talks
Officials said delegations would meet in the coming weeks after last Thursday's announcement of a normalisation deal.

Egypt: Court adjourns trial of activists
A Cairo court adjourned until September the case of several activists held since last year.

We update this round-up every weekday morning. Sign up for the newsletter."""),

dict(group="bbc_finds_uae_drone_killed_tripoli_cadets_2020_08_27", published="2020-08-28", outlet="Tripoli Voice",
title="BBC investigation: Emirati drone killed 26 cadets at Tripoli military college",
text="""Tripoli Voice | Tripoli

An investigation by the BBC published on Thursday found that a drone operated by the United Arab Emirates carried out the January 4 strike that killed 26 unarmed cadets at the military academy in al-Hadba, southern Tripoli.

The cadets, most of them teenagers, were on the parade ground shortly after 9 p.m. when a missile hit the centre of their formation. At the time, Haftar's forces were besieging the capital. The Haftar militias denied responsibility and suggested the deaths were caused by local shelling.

The BBC said the fragments recovered at the scene matched a Chinese-made Blue Arrow 7 missile, a weapon that can only be fired by the Wing Loong II drone. The drones, the investigation said, were operating at the time only from al-Khadim air base east of Benghazi, and were supplied and operated by the UAE.

The BBC also cited arms-transfer records showing that the Emirates bought 15 Wing Loong II drones and 350 Blue Arrow 7 missiles in 2017. It said the drones later appeared to have been moved across the border to an Egyptian air base near Siwa.

The Ministry of Defence in the GNA said the findings confirmed what it had said from the first day, and called for those responsible to be brought before international courts. Families of the victims have demanded that the government file a case.

The UAE did not respond to the BBC's request for comment. Abu Dhabi has always denied taking part in military operations in Libya.

The UN Panel of Experts had reported in December that the Blue Arrow 7 is paired only with the Wing Loong II among aircraft identified in Libya.

Read more:
- Mother of a cadet: "I want the world to know their names"
- Al-Hadba academy reopens classes"""),
dict(group="bbc_finds_uae_drone_killed_tripoli_cadets_2020_08_27", published="2020-08-28", outlet="Anatolia Crescent News",
title="UAE drone behind deadly strike on Libyan cadets: BBC",
text="""LONDON

A drone operated by the United Arab Emirates was behind a deadly strike that killed 26 unarmed cadets at a military academy in the Libyan capital Tripoli in January, the BBC revealed.

According to the investigation by BBC Africa Eye and BBC Arabic Documentaries, the academy was hit by a Chinese-made Blue Arrow 7 missile fired from a Wing Loong II drone.

The drone took off from Al-Khadim air base, which was operated by the UAE at the time, the report said.

The missile is only used by China, Kazakhstan and the UAE, it added.

The report also said Egypt had allowed the UAE to use its military air bases near the Libyan border.

The attack took place on Jan. 4, while Tripoli was under siege by Haftar's militias, who denied responsibility.

Abu Dhabi has repeatedly denied any military involvement in Libya, but the UN has documented its support to Haftar in breach of the arms embargo.

Libya's legitimate government, backed by Turkey, ended Haftar's 14-month offensive on Tripoli in June."""),
dict(group="bbc_finds_uae_drone_killed_tripoli_cadets_2020_08_27", published="2020-08-29", outlet="The Meridian Review",
title="Evidence mounts over Emirati role in Libya's drone war",
text="""By our diplomatic staff

A television investigation broadcast on Thursday has put the United Arab Emirates at the centre of one of the deadliest single attacks of Libya's war for Tripoli: the missile strike that killed 26 military cadets on the evening of January 4.

The BBC's Africa Eye and Arabic documentary teams reconstructed the strike from CCTV footage, shrapnel photographs and satellite imagery. They concluded that a Blue Arrow 7 missile, fired by a Chinese-built Wing Loong II drone, hit the cadets as they lined up on the academy's parade ground. At the time, they said, Wing Loong IIs were documented at only one Libyan base, al-Khadim in the east, where the UAE had supplied and operated them.

The UAE did not respond to the broadcaster. It has consistently said it supports UN efforts for a political solution and has denied a military role. Khalifa Haftar's Libyan National Army said in January that it had nothing to do with the strike.

The findings build on earlier work by UN sanctions monitors. In a report completed last November, and published in December, the panel of experts said the UAE, Jordan and Turkey had repeatedly broken the embargo, and it linked the Blue Arrow 7 to the Wing Loong II.

The investigation also says the drones were withdrawn from al-Khadim in early 2020 and appear to have been moved to an Egyptian base near Siwa, close to the border.

The strike took place days before Russia and Turkey brokered a short-lived truce and two weeks before the Berlin conference, where the UAE was among the states that pledged to respect the embargo. Since then, the military balance has reversed. Backed by Turkish drones and air defences, forces of the Government of National Accord drove Haftar's troops from the western coast in April, took al-Watiya air base in May and ended the siege of Tripoli in June.

The International Criminal Court has jurisdiction over crimes committed in Libya since 2011. Relatives of the cadets have called for those responsible to be held to account.

For Abu Dhabi, which is seeking to present itself as a mediator, the timing is awkward: the Emirates this month agreed to normalise relations with Israel and is lobbying in Washington for advanced F-35 jets.

Cookie settings | Privacy"""),

dict(group="qatar_gna_security_mou_doha_2020_10_26", published="2020-10-26", outlet="Gulf PR Newswire",
title="Qatar and Libya's Ministry of Interior Sign Memorandum of Understanding on Security Cooperation",
text="""DOHA, Qatar, Oct. 26, 2020 /Gulf PR Newswire/ -- The Ministry of Interior of the State of Qatar and the Ministry of Interior of the Government of National Accord of the State of Libya today signed a Memorandum of Understanding on cooperation in the security field.

The signing took place in Doha in the presence of H.E. Sheikh Khalid bin Khalifa bin Abdulaziz Al Thani, Prime Minister and Minister of Interior, and H.E. Fathi Bashagha, Minister of Interior of the Libyan Government of National Accord. The Libyan delegation also included H.E. Mohamed Taher Siala, Minister of Foreign Affairs.

The Memorandum covers:
- exchange of information and expertise in combating terrorism and organised crime;
- training and capacity building of security personnel;
- cooperation in border security and combating illegal migration.

The two sides affirmed their commitment to supporting security and stability in Libya and to the UN-led political process.

About the Ministry of Interior of Libya's Government of National Accord
The Ministry is responsible for public security, policing and border control in Libya.

Media contact: press office
SOURCE Ministry of Interior - GNA

###"""),
dict(group="qatar_gna_security_mou_doha_2020_10_26", published="2020-10-27", outlet="Nile Sentinel",
title="LNA condemns Qatar-Sarraj security deal, says it violates Geneva ceasefire",
text="""Benghazi - Nile Sentinel

The General Command of the Libyan National Army (LNA) condemned on Tuesday the security memorandum signed in Doha on Monday between Qatar and the Government of National Accord (GNA), saying it violated the permanent ceasefire agreement signed in Geneva last Friday.

The LNA said in a statement that the agreement, signed by Sarraj's interior minister Fathi Bashagha in the presence of the Qatari prime minister, was "a blatant attempt to legitimise foreign interference" and contradicted the Geneva text, which requires the suspension of military training agreements with foreign parties and the departure of foreign fighters within three months.

The 5+5 Joint Military Commission, made up of five officers from each side, signed the ceasefire on October 23 under the auspices of the UN acting envoy Stephanie Williams.

An Egyptian diplomatic source said Cairo was following "with concern" the Qatari-Turkish moves in western Libya at a time when the Libyan parties were meant to be building confidence.

The Doha visit included Foreign Minister Mohamed Siala. Pro-Sarraj media said the memorandum concerned the exchange of information on terrorism and training of police, and had nothing to do with the military track.

Qatar, which was boycotted by Egypt, Saudi Arabia, the UAE and Bahrain in 2017, has backed the Tripoli authorities since 2011.

Share this: Facebook | Twitter | Telegram"""),
dict(group="qatar_gna_security_mou_doha_2020_10_26", published="2020-10-28", outlet="Haber Gündem Online",
title="Katar ile Libya arasında güvenlik mutabakatı imzalandı: Hafter tepki gösterdi",
text="""Qatar and the Libya's legitimate government signed a memorandum of understanding (mutabakat zaptı) in the field of security in the Doha on Monday, and the putschist Hafter's side reacted to the agreement.

According to the news of Katar Haber Ajansı (QNA), the memorandum was signed with the participation of Qatar Prime Minister and Interior Minister Şeyh Halid bin Halife Al Sani and Libya Interior Minister Fethi Başağa. The agreement foresees the cooperation in the areas like exchange of information about terrorist organisations, training and the fight against organised crime.

Hafter militias' spokesman claimed that the agreement is "against the ceasefire which was signed in Cenevre (Geneva)". The legitimate government officials said the memorandum is about the police and interior, not the military.

It is remembered that the 5+5 Military Commission signed a permanent ceasefire in Geneva on 23 October. Türkiye's Cumhurbaşkanı Erdoğan had said that the ceasefire "does not look very credible" about some of its points.

Qatar and Türkiye are the two countries which are standing with the Government of National Accord since the start of the Hafter's attacks in April 2019. In the August, the defence ministers of Türkiye and Qatar visited Tripoli together and a tripartite meeting was made.

Bu haber 1.204 kez okundu.
Yorum yap
Benzer Haberler: Başağa Doha'da temaslarda bulundu | Libya'da ateşkes sonrası ilk toplantı"""),
]
