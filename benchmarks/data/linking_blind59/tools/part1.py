# Part 1: events G1-G4
A = []
def add(group, published, outlet, title, text):
    A.append(dict(group=group, published=published, outlet=outlet, title=title, text=text.strip()))

G1 = "lna_orders_strikes_on_turkish_interests_2019_06_28"
add(G1, "2019-06-28", "Meridian Press Agency",
"Haftar forces say Turkish ships and companies are 'legitimate targets'",
"""BENGHAZI, Libya (MPA) - Forces loyal to eastern commander Khalifa Haftar said on Friday they had been ordered to attack Turkish ships in Libyan waters and to treat Turkish companies and projects in the country as legitimate targets, accusing Ankara of backing their rivals in Tripoli.

Ahmed al-Mismari, spokesman for Haftar's self-styled Libyan National Army (LNA), told reporters that the air force had been instructed to strike Turkish vessels and the ground forces to hit "strategic" Turkish sites. He also said commercial flights between Libya and Turkey were banned and that Turkish nationals on territory held by the LNA would be arrested.

The announcement came two days after forces allied to the UN-recognised Government of National Accord (GNA) retook Gharyan, the hill town about 100 km south of Tripoli that had served as the main rear base for Haftar's offensive on the capital. More story to follow.""")

add(G1, "2019-06-29", "Tripoli Watch",
"Haftar's spokesman threatens Turkish ships, planes and citizens after Gharyan defeat",
"""Tripoli Watch | Politics | 29 June 2019

The spokesman of the aggressor forces, Ahmed Al-Mismari, has declared Turkey an enemy and threatened to bomb Turkish ships and aircraft, in what officials in Tripoli described as a desperate reaction to the loss of Gharyan.

Speaking at a press conference in Benghazi on Friday evening, Al-Mismari said the "General Command" had instructed its air force to attack Turkish ships and boats in Libyan territorial waters and its ground units to target "all strategic goals" of Turkey. Turkish companies, headquarters and projects were now "legitimate targets", he said, and any Turkish citizen found in areas under Haftar's control would be detained.

He added that flights from and to Turkey were stopped. Within hours Benina airport in Benghazi said it had cancelled its Istanbul service and told travellers to rebook.

A member of the Presidential Council's media office told Tripoli Watch the threats were "empty words from a force that just lost its main base". The Volcano of Anger operations room, which led the assault on Gharyan on Wednesday, said it had found large quantities of weapons in the town, including anti-tank missiles and drones, and accused foreign states of supplying them in breach of the UN embargo.

Libyan commentators mocked the statement on social media, asking how an army that could not hold Gharyan planned to sink Turkish frigates. Mahmoud Shammam, editor of the Alwasat newspaper, wrote that the order would mostly hurt people in the east who depend on trade with Turkey.

Turkey, which signed no public military agreement with Tripoli but has delivered armoured vehicles and drones according to diplomats, has not commented officially. The GNA has repeatedly accused the United Arab Emirates and Egypt of arming Haftar, who launched his offensive on Tripoli on April 4.

Since April, the fighting has killed more than 700 people according to the World Health Organisation, and displaced tens of thousands from the southern suburbs of the capital.

Share this:
Twitter
Facebook
WhatsApp

Related
Volcano of Anger: Gharyan fully liberated
Bashagha: no negotiation with the aggressor
Migrants trapped near Tajoura front line""")

add(G1, "2019-06-30", "Haber Ekspres English",
"Haftar militia threatens Turkish ships: Ankara says the response will be very hard",
"""The spokesman of the putschist Haftar militia announced that they will attack the Turkish ships and the Turkish companies in Libya, and Turkey has reacted strongly to this statement.

The so-called spokesman Ahmed el-Mismari was declaring in the Friday evening that the air force of Haftar received the order to target the Turkish ships in territorial waters of Libya. Also he claimed all Turkish companies and projects are "legitimate target" and the Turkish citizens will be arrested. The flights between Turkey and the Libya's east is stopped, he said.

After this threat, six Turkish citizens were detained by Haftar militia in the east of Libya, according to the reports. The Turkish Dışişleri Bakanlığı (Foreign Ministry) made a statement on Sunday and said the detention of the citizens is "an act of banditry and piracy". The Ministry said that it expects the immediate release of the citizens and otherwise Haftar elements will become legitimate targets.

Milli Savunma Bakanı (National Defence Minister) Hulusi Akar also warned that any hostile attitude or attack will have a very heavy price and Turkey will respond in the most effective and strong way. Turkish officials said the threats of Haftar shows his militia is in a difficult situation after the defeat in Gharyan.

Gharyan city, in the 100 kilometres south of Tripoli, was taken back on Wednesday by the forces of the legitimate Government of National Accord. The Haftar militia used the city as its main logistics center since the attack to Tripoli which was started in 4 April.

Turkey supports the UN recognized government of Fayez es-Serrac and says that the cooperation with the legitimate government is according to international law. The Haftar is supported by UAE, Egypt and some other countries, according to the reports of United Nations.

Analysts say that the order of Haftar is more like a propaganda because his forces do not have capability to attack the Turkish navy. But the threat to the citizens is taken seriously in Ankara, sources said.

ETİKETLER: Libya, Hafter, Türkiye, Mismari

İlgili Haberler
» Dışişleri: Vatandaşlarımız derhal serbest bırakılmalı
» Gharyan'da darbeci Hafter'e büyük darbe""")

G2 = "un_experts_report_jordan_uae_turkey_embargo_2019_11_07"
add(G2, "2019-11-07", "Meridian Press Agency",
"Jordan, Turkey and UAE broke Libya arms embargo, UN experts say",
"""UNITED NATIONS (MPA) - Jordan, Turkey and the United Arab Emirates have repeatedly violated the UN arms embargo on Libya, supplying weapons to the warring sides with little attempt to hide where they came from, according to a confidential report by UN sanctions monitors described by diplomats on Thursday.

The independent panel of experts, which tracks the embargo imposed in 2011, said in a summary of its year-long investigation that the three countries had "routinely and sometimes blatantly" delivered military equipment.

Diplomats said the report accuses Jordan of training troops for eastern commander Khalifa Haftar, whose Libyan National Army (LNA) has been trying since April to seize Tripoli. The UAE, another Haftar backer, is suspected of operating attack aircraft on his behalf, they said.

Turkey, the main foreign supporter of Prime Minister Fayez al-Sarraj's Government of National Accord (GNA), is accused of sending material ranging from armoured vehicles to drones.

"Both parties to the conflict received weapons and military equipment, technical support and non-Libyan fighters," the experts wrote, according to a passage read to reporters. The panel also cited armed groups from Chad and Sudan fighting in Libya, though it said their impact was smaller.

The report examines the July 2 air strike on a migrant detention centre in Tajoura, east of Tripoli, which killed more than 50 people. It does not say who carried out the raid but finds it highly likely that a foreign aircraft was involved, and notes that the UAE air force flies both US-built F-16s and French-built Mirage 2000-9s, according to diplomats.

None of the three countries' missions at the United Nations immediately commented. The UAE has in the past denied taking part in air strikes in Libya.

The 85-page document has been sent to the Security Council's Libya sanctions committee and is expected to be discussed by the council later this month before being made public in December, diplomats said. Council action on the findings is considered unlikely because Haftar's foreign backers include permanent members, several envoys said privately.

UN envoy Ghassan Salame has repeatedly told the council that the embargo has become "a cynical joke" as outside powers pour weapons into the country. Libya has been split between rival administrations in the east and west since 2014.""")

add(G2, "2019-11-08", "Gulf Horizon",
"UAE says it is 'firmly committed' to Libya sanctions after leaked UN panel findings",
"""ABU DHABI - The United Arab Emirates said it remained firmly committed to its obligations under the UN sanctions regime on Libya, after a confidential report by a UN panel of experts was reported to accuse several countries, including the UAE, Jordan and Turkey, of breaching the arms embargo.

The UAE's permanent representative to the United Nations, Lana Nusseibeh, said the country complied with all relevant Security Council resolutions, adding that she could not comment further on a document she had not seen. The report, described to news agencies by diplomats on Thursday, is due to be published next month.

According to those accounts, the panel said weapons had been supplied to both sides "routinely and sometimes blatantly". Turkey, the main backer of the Tripoli-based Government of National Accord, was reported to have sent armoured vehicles and armed drones, while Sudanese and Chadian armed groups were said to be present on the ground.

Emirati commentators noted that Ankara has openly acknowledged its support for Tripoli. President Recep Tayyip Erdogan said in June that Turkey had provided equipment to the GNA under a "military cooperation agreement", and Turkish-made Bayraktar drones have been shot down over Libya on several occasions, according to the Libyan National Army.

"The difference is that one country boasts of its shipments while others are accused on the basis of assumptions," said a Gulf analyst, who asked not to be named. He argued that the panel's findings on the Tajoura detention centre strike in July, in which dozens of migrants died, were inconclusive and did not identify any state.

The Libyan National Army, led by Field Marshal Khalifa Haftar, has described its campaign against Tripoli as a fight against terrorist militias and has accused the GNA of relying on foreign fighters and Turkish weapons.

The UAE has consistently called for a political solution in Libya under UN auspices and supported the efforts of envoy Ghassan Salame, officials say.

Cookie settings | We use cookies to improve your experience. By continuing you agree to our use of cookies. ACCEPT

Most read
- Abu Dhabi hosts Gulf security forum
- Egypt and UAE stress Libya's unity
- Oil prices steady ahead of OPEC meeting""")

add(G2, "2019-11-09", "The Northern Chronicle",
"UN panel's Libya findings expose an embargo honoured only in the breach",
"""By our diplomatic staff

The arms embargo that the UN Security Council imposed on Libya in February 2011, as Muammar Gaddafi's forces were turning their guns on protesters, was never airtight. But a confidential report from the council's own experts, described by diplomats in New York on Thursday, suggests it has now been largely abandoned by the countries most involved in the war around Tripoli.

The panel's summary says Jordan, Turkey and the United Arab Emirates "routinely and sometimes blatantly" sent weapons to Libya, with little effort to disguise their origin. According to diplomats who have read it, the document says Jordan trained fighters loyal to Khalifa Haftar, the eastern commander whose offensive against the capital began in April; that the UAE is suspected of flying attack aircraft for him; and that Turkey has armed the Government of National Accord with armoured vehicles and drones.

A separate section, first reported by another news agency, accuses Sudan's Rapid Support Forces commander Mohamed Hamdan Dagalo, known as Hemedti, of sending about 1,000 Sudanese troops to Libya in July, ostensibly to guard infrastructure. Estimates in earlier press reports varied from several hundred to 3,000.

The report also revisits the night of July 2, when a bomb struck a hangar holding migrants at the Tajoura detention centre. The UN at the time said 53 people were killed; Libyan officials gave higher figures. The experts do not name the attacker, but they say it is "highly probable" a foreign aircraft was used, and note that the UAE operates the types of jets capable of such a strike. Abu Dhabi has denied involvement in Libyan air raids.

For Ghassan Salame, the UN envoy, the findings confirm what he has been saying for months: that the foreign supply of arms is what keeps the war going. In a briefing in September he warned that without an end to outside interference, Libya risked sliding into "violence and chaos". He has been pushing for an international conference, which Germany has offered to host in Berlin.

The report's political impact is likely to be limited. The sanctions committee works by consensus, and diplomats say there is no appetite among the council's permanent members for naming, let alone punishing, the states involved. Russia, whose private military contractors have been reported by US media to be operating alongside Haftar's forces, has denied any state role.

The Tripoli government said the report proved what it had long claimed. Interior Minister Fathi Bashagha has accused the UAE of being a direct party to the war; the Emirati mission said on Thursday it was "firmly committed" to the sanctions regime.

The report is due to be made public in December.""")

G3 = "putin_says_russians_in_libya_not_state_2020_01_11"
add(G3, "2020-01-11", "Vostok Information Agency",
"Putin: if Russian citizens are in Libya, they do not represent the state",
"""MOSCOW, January 11 - Russian President Vladimir Putin said on Saturday that any Russian citizens who may be present in Libya neither represent the Russian state nor are paid by it.

"If there are Russian citizens there, they do not represent the interests of the Russian state and do not receive money from the Russian state," Putin told a joint news conference with German Chancellor Angela Merkel after talks in the Kremlin.

Putin was answering a question about media reports that fighters of a Russian private military company were supporting the Libyan National Army of Khalifa Haftar. The Russian leader stressed that Moscow supports a political settlement and welcomed the call he and Turkish President Recep Tayyip Erdogan issued in Istanbul on Wednesday for a ceasefire in Libya from midnight on January 12.

Merkel said Germany intended to host an international conference on Libya in Berlin and that invitations would be sent soon. Putin said the Berlin initiative was "timely" and that the warring parties should first stop the fighting.

Western and Libyan government officials have accused Russia of deploying contractors of the so-called Wagner group in Libya. Moscow has repeatedly denied any involvement of the Russian state.""")

add(G3, "2020-01-12", "Libya Live Desk",
"LIVE: Libya ceasefire takes hold in Tripoli; Putin says Russians in Libya 'not paid by the state'",
"""Libya Live Desk - rolling updates, Sunday 12 January

09:40 Residents in southern Tripoli report a quiet night after the Turkish-Russian ceasefire call came into force at 00:01. Some sporadic shooting heard near Salaheddin, according to people in the area, but no heavy shelling.

09:15 Recap of last night: Haftar's LNA announced late on Saturday it would observe the truce, hours after saying it would continue fighting. Spokesman Ahmed al-Mismari said any breach by the other side would be met with a "harsh response". The GNA said it accepted the ceasefire earlier.

08:50 In case you missed it - Vladimir Putin was asked in Moscow yesterday about Russian mercenaries with Haftar. His reply, at a news conference alongside Angela Merkel: if there are Russian citizens in Libya, "they do not represent the interests of the Russian state and do not receive money from the Russian state". It is the closest the Kremlin has come to acknowledging that Russians may be there at all. GNA officials have for months said there are hundreds of Wagner fighters on the Tripoli front; US officials have given similar estimates. Merkel used the same event to confirm a Berlin summit on Libya is being prepared.

08:20 Good morning. We'll be following the first day of the truce and diplomatic moves ahead of the planned Berlin conference.

Share  |  Tweet  |  Email""")

add(G3, "2020-01-12", "Tripoli Watch",
"Putin's 'not the state' remark on Russians in Libya is an admission, GNA officials say",
"""Tripoli Watch | 12/01/2020

Officials in the Government of National Accord said on Sunday that Russian President Vladimir Putin's remarks about Russians in Libya amounted to an admission that mercenaries linked to Moscow are fighting alongside Haftar's forces, even as he denied any state role.

Putin told a news conference in Moscow on Saturday, alongside German Chancellor Angela Merkel, that if Russian citizens were in Libya, they did not represent the Russian state and were not paid by it.

"For months he said there was no one. Now he says there are people, but they are not his," a senior adviser in the Presidential Council told Tripoli Watch. "The Libyans on the front line at Salaheddin and Ain Zara know who is shooting at them."

Interior Minister Fathi Bashagha said in December that between 800 and 1,000 fighters of the Wagner group were in the country, while some Western media have given figures of 1,400 and more. The GNA says Russian snipers and specialist units arrived in the autumn and made Haftar's offensive on Tripoli more lethal. Washington has also accused Moscow of trying to exploit the conflict; the State Department said in December that it was concerned about Russian involvement.

Putin's comments came on the eve of a ceasefire proposed by him and Turkish President Recep Tayyip Erdogan at a meeting in Istanbul on Wednesday. Haftar's command initially rejected the call on Thursday, then announced late on Saturday that it would respect it from midnight. The Presidential Council welcomed the truce but said it reserved the right to respond to any attack.

Merkel said in Moscow that Germany would host an international conference on Libya in Berlin. Prime Minister Fayez al-Sarraj is expected to travel to Moscow on Monday with High Council of State head Khaled al-Mishri for talks on a written ceasefire, officials said.

The GNA has asked Turkey for military support under a security agreement signed in November, and the Turkish parliament authorised the deployment of troops on January 2.

Read also:
- Bashagha: Wagner snipers behind civilian deaths in Tripoli
- Presidential Council accepts Istanbul ceasefire call

Exit mobile version""")

G4 = "haftar_leaves_moscow_without_signing_truce_2020_01_14"
add(G4, "2020-01-14", "Meridian Press Agency",
"Haftar leaves Moscow without signing Libya ceasefire deal",
"""MOSCOW (MPA) - Libyan eastern commander Khalifa Haftar left Moscow on Tuesday without signing a ceasefire agreement that his rival, Prime Minister Fayez al-Sarraj, had signed the previous evening, dealing a setback to Russian and Turkish efforts to end the nine-month war around Tripoli.

Russia's foreign ministry said Haftar had departed and that Moscow would continue its efforts. A source close to the Libyan National Army (LNA) told reporters the draft did not address several of its demands, including a timetable for disbanding armed groups in Tripoli, and ignored the LNA's objection to Turkish mediation.

Sarraj and Khaled al-Mishri, head of the Tripoli-based High Council of State, signed the document on Monday after more than seven hours of indirect talks hosted by Russian Foreign Minister Sergei Lavrov and Defence Minister Sergei Shoigu, with their Turkish counterparts Mevlut Cavusoglu and Hulusi Akar present. Haftar and parliament speaker Aguila Saleh asked for time until Tuesday morning to study it, Lavrov said at the time.

Speaking in Ankara on Tuesday, Turkish President Recep Tayyip Erdogan said Haftar had "run away" from Moscow and warned that Turkey would not hesitate to "teach a lesson" to him if attacks on the government resumed.

A truce called by Erdogan and Russian President Vladimir Putin took effect on Sunday and has largely held despite reports of violations on the southern outskirts of Tripoli. Germany is preparing to host an international summit on Libya in Berlin on Sunday.""")

add(G4, "2020-01-15", "Nile Gazette",
"Field Marshal Haftar declines Moscow text, citing 'unacceptable' terms favouring Turkey",
"""CAIRO - Field Marshal Khalifa Haftar, commander of the Libyan National Army, returned to Benghazi on Tuesday after declining to sign a draft ceasefire agreement in Moscow, a move sources close to the army said was meant to protect Libya from "Turkish tutelage".

Sources in the General Command said the draft, negotiated in the Russian capital on Monday in the presence of Turkish ministers, did not set a deadline for dissolving the militias controlling Tripoli and made no reference to ending the deployment of Turkish troops and Syrian mercenaries, which Ankara has been preparing since the Turkish parliament's vote on January 2.

"The army does not reject peace. It rejects a document that would legitimise the Turkish invasion," one source said. Another said the Field Marshal had thanked President Vladimir Putin for Russia's efforts and remained committed to the ceasefire that began at midnight on Sunday.

The Government of National Accord's Fayez al-Sarraj signed the text on Monday evening. Russian Foreign Minister Sergei Lavrov had said after the talks that "some progress" had been made and that the LNA had asked for time until the morning.

Turkish President Recep Tayyip Erdogan reacted angrily on Tuesday, accusing Haftar of fleeing the talks and threatening to "teach him a lesson" - remarks that Libyan analysts in Cairo described as proof of Ankara's hostile intentions. Egypt has condemned any Turkish military intervention in Libya as a threat to Arab national security, and President Abdel Fattah al-Sisi has discussed the situation with European leaders in recent days.

The Libyan House of Representatives, meeting in Benghazi on January 4, voted to cut relations with Turkey and to reject the security and maritime memorandums signed between Ankara and the Sarraj government in November.

Egyptian diplomatic sources said Cairo supported the German-hosted Berlin conference, expected on Sunday, and would attend at the highest level. The sources said any agreement must include "the disarmament of militias and the exit of foreign fighters".

The LNA launched its campaign towards Tripoli in April last year, saying it aimed to rid the capital of terrorist groups.

Tags: Libya, Haftar, Moscow, Turkey
Share on Facebook  Share on Twitter""")

add(G4, "2020-01-16", "Al-Mashhad Al-Arabi",
"Haftar leaves Moscow without signing the truce agreement.. and Erdogan threatens to teach him a lesson",
"""The commander of the Libyan National Army, Marshal Khalifa Haftar, left the Russian capital Moscow on the day before yesterday Tuesday, without signing the agreement of the ceasefire, which was signed by the head of the Presidential Council of the Government of Accord Fayez al-Sarraj, in a blow to the Russian-Turkish efforts.

The Russian Foreign Ministry said in a brief statement that Haftar left Moscow, and that Russia will continue its efforts to reach a result. And Russian Foreign Minister Sergey Lavrov had announced on Monday evening that Sarraj signed the document, while Haftar and the Speaker of the House of Representatives Aqila Saleh asked for a deadline until the morning of Tuesday to study it.

And Arab media sources close to the Libyan army said that the draft did not include a specific timeline for dismantling the militias, and that the army rejected any Turkish role in monitoring the truce, as well as the presence of Turkish forces on Libyan territory.

In his turn, the Turkish President Recep Tayyip Erdogan said in a speech in front of the deputies of his party in Ankara that Haftar "fled" from Moscow, and he threatened that Turkey will not hesitate to teach the "putschist Haftar" the lesson he deserves if he continued his attacks against the legitimate government and "our brothers in Libya".

It is worth mentioning that the ceasefire entered into force at midnight between Saturday and Sunday, after an initiative announced by the Turkish and Russian presidents in Istanbul on the 8th of January current. The two sides traded accusations of breaching it in the Salah al-Din and Wadi al-Rabie axes south of Tripoli.

It is worth mentioning also that Germany will host an international conference on Libya in Berlin on next Sunday, with the participation of the permanent members of the Security Council and Turkey, Egypt, Italy, the Emirates and others. German Chancellor Angela Merkel had announced the conference during her visit to Moscow last Saturday.

The Libyan army began its military operation to liberate Tripoli on the fourth of April 2019, while the Government of Accord accuses it of attacking the capital with the support of countries including the Emirates and Egypt, and mercenaries from the Russian Wagner company, which Moscow denies.

Read also:
The Libyan parliament cuts relations with Turkey
The Egyptian Foreign Minister receives a call from his Greek counterpart""")
