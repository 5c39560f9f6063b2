# Part 1: events 1-4 (January 2020). Written by hand for blind set 62.
G1 = "turkish_parliament_approves_libya_troop_motion_2020_01_02"
G2 = "erdogan_says_turkish_troops_moving_to_libya_2020_01_05"
G3 = "moscow_libya_ceasefire_talks_2020_01_13"
G4 = "berlin_conference_on_libya_2020_01_19"

ARTICLES = []

# ---------------------------------------------------------------- G1
ARTICLES.append(dict(group=G1, published="2020-01-02", outlet="Meridian Press Agency",
title="Turkish lawmakers authorise troop deployment to Libya in 325-184 vote",
text="""ANKARA (MPA) - Turkey's parliament on Thursday voted to authorise the deployment of troops to Libya, handing President Recep Tayyip Erdogan a one-year mandate to shore up the UN-recognised government in Tripoli against forces loyal to eastern commander Khalifa Haftar.

Lawmakers meeting in an emergency session, called during the assembly's winter recess, approved the motion by 325 votes to 184, Parliament Speaker Mustafa Sentop announced. Erdogan's Justice and Development Party (AKP) and its nationalist ally, the MHP, backed the bill. The main opposition Republican People's Party (CHP), the nationalist IYI (Good) Party and the pro-Kurdish HDP voted against, arguing that Ankara should pursue a diplomatic track rather than risk being drawn into a civil war.

The motion leaves the size, timing and scope of any deployment to the government. It cites a request for support from the Government of National Accord (GNA) of Prime Minister Fayez al-Sarraj and says that if attacks by the so-called Libyan National Army (LNA) are not stopped, Turkey's interests in the Mediterranean basin and North Africa would be harmed. It also refers to the risk of mass migration and of a permissive environment for armed groups.

Vice President Fuat Oktay said on Wednesday that no date had been set for sending troops and described the vote as a political signal aimed at deterring Haftar. "We are ready," he said, adding that the armed forces and the defence ministry were prepared.

Within hours, U.S. President Donald Trump spoke to Erdogan by telephone. A White House readout said Trump "pointed out that foreign interference is complicating the situation in Libya", without naming any country. The Turkish presidency said the two leaders stressed the importance of diplomacy in resolving regional issues.

Egypt, a leading backer of Haftar, condemned the vote. Its foreign ministry said the move violated Security Council resolutions on Libya and warned it could destabilise the Mediterranean region. President Abdel Fattah al-Sisi convened his National Security Council later on Thursday.

Ankara and Tripoli signed two memorandums in late November: one on security and military cooperation, the other delimiting maritime zones in the eastern Mediterranean. The maritime accord has angered Greece, Cyprus and Egypt, which say it ignores the rights of Greek islands including Crete.

Haftar's forces, backed by the United Arab Emirates, Egypt and Russian private contractors according to UN experts and Western officials, have been trying since April to take Tripoli. In December Haftar announced what he called a decisive battle for the capital.

Turkey already supplies the GNA with armed drones and armoured vehicles, according to UN monitors, despite a 2011 arms embargo. Turkish officials say their assistance is legitimate because it goes to the internationally recognised authority.

(Reporting by MPA Ankara bureau; editing by Kerem Aslan)"""))

ARTICLES.append(dict(group=G1, published="2020-01-02", outlet="Ekspres Haber Merkezi",
title="Libya tezkeresi (motion) accepted in TBMM General Assembly with 325 yes votes",
text="""The Presidency tezkere (motion) foreseeing the sending of Turkish Armed Forces (TSK) elements to Libya was accepted in the Türkiye Büyük Millet Meclisi (Grand National Assembly of Turkey, TBMM) General Assembly which convened extraordinary today.

In the open voting made, 325 deputies said "kabul" (accept) and 184 deputies said "ret" (reject). TBMM Başkanı (Speaker) Mustafa Şentop announced the result. With the tezkere, the government is authorised for one year to send soldiers to Libya, and the time, place and number of the troops will be determined by the President.

AK Parti and MHP gave support to the tezkere, while CHP, İYİ Parti and HDP voted "no". The opposition deputies in the debates said that Turkey should not be a side in a civil war in a country far from its borders and that the Mehmetçik (Turkish soldier) should not be sent to a risky adventure, and that instead diplomacy must be given priority. AK Parti group deputy chairmen replied that the tezkere is "a deterrence message" and that Turkey is going at the invitation of the legitimate government.

In the text of the tezkere it is stated that the Libya Ulusal Mutabakat Hükümeti (Government of National Accord, UMH) made a request for support. It was emphasized that if the attacks of the so-called "Libya National Army" are not stopped and the clashes turn into a civil war, Turkey's interests in the Mediterranean basin and North Africa would be negatively affected. Also the risk of illegal migration and terror organisations finding a suitable environment were written as reasons.

Cumhurbaşkanı Yardımcısı (Vice President) Fuat Oktay had said yesterday that there is no date yet for the sending and "our armed forces are ready".

BACKGROUND: ON 27 NOVEMBER MUTABAKAT (MEMORANDUM) WAS SIGNED

Cumhurbaşkanı Recep Tayyip Erdoğan and UMH Başkanı Fayez es-Serrac (Fayez al-Sarraj) signed in İstanbul on 27 November two mutabakat muhtırası (memorandum of understanding), one about security and military cooperation and the other about the limitation of maritime jurisdiction areas in the Mediterranean. The maritime memorandum received reaction from Greece, Southern Cyprus (GKRY) and Egypt.

Darbeci (putschist) General Halife Hafter's forces are trying to enter the capital Tripoli since April 2019. Hafter is supported by the United Arab Emirates, Egypt and, according to claims, Russian Wagner mercenaries. Last month Hafter had announced the "final battle" for Tripoli.

After the vote, ABD Başkanı (US President) Donald Trump and Erdoğan made a phone call. According to the statement of the White House, Trump said foreign interference makes the situation in Libya complicated. İletişim Başkanlığı (Communications Directorate) said the two leaders emphasized the importance of diplomacy in regional problems.

Egypt Foreign Ministry also condemned the acceptance of the tezkere in a written statement.

Read also:
- Oktay: Libya tezkeresi is a political signal
- CHP announced it will say "no" to the Libya tezkere
- Hafter side: Turkish ships will be targeted

Share this:
Facebook Twitter WhatsApp"""))

ARTICLES.append(dict(group=G1, published="2020-01-03", outlet="Bawabat Al-Kinana",
title="The Turkish parliament authorises Erdogan to send forces to Libya.. and Cairo: a flagrant violation of international legitimacy",
text="""[ad_1]
The Turkish parliament approved, yesterday Thursday, a memorandum submitted by the Turkish president Recep Tayyip Erdogan to send military forces to Libya in support of the Al-Wefaq (Accord) government headed by Fayez al-Sarraj, in a step which Egypt and Arab countries considered a dangerous escalation that threatens the security of the region.

And 325 deputies voted in favor of the memorandum against 184 deputies, in an emergency session of the parliament, which gives the Turkish regime a mandate for one year to send troops at the time and size it determines. The Justice and Development Party and its ally the Nationalist Movement supported it, while the opposition parties rejected it.

In the first reaction, the Egyptian Foreign Ministry strongly condemned the step of the Turkish parliament, and said in a statement that it constitutes a flagrant violation of the decisions of international legitimacy and of Security Council resolutions on Libya, especially resolution 1970 of 2011 which bans the supply of arms and military cooperation with Libya without approval of the sanctions committee.

The ministry renewed the rejection of Egypt of the two memorandums of understanding signed between Ankara and Al-Sarraj on the 27th of November, and affirmed that Egypt does not recognize any effect resulting from them, and warned from the consequences of any Turkish military intervention on the stability of the Mediterranean basin, and held Turkey the full responsibility.

And the statement pointed to the dangerous role of Turkey in supporting terrorist organizations, and the moving of extremist fighters from Syria to Libya, calling the international community to take its responsibilities urgently.

For his part, President Abdel Fattah al-Sisi chaired, yesterday Thursday, a meeting of the National Security Council, which discussed the developments of the Libyan crisis and the threats resulting from foreign military intervention, and the presidential spokesman said that a set of measures were defined on various levels to confront any threat to Egyptian national security.

Foreign Minister Sameh Shoukry also made phone calls with his counterparts in Saudi Arabia, Greece and Cyprus and with the UAE Minister of State for Foreign Affairs, in which they agreed on the dangerous consequences of this escalation on Arab national security.

And the Egyptian House of Representatives warned in a statement that Egypt will not stand idle before the Turkish behavior, which it described as driven by "Ottoman illusions".

It is worth mentioning that the Libyan National Army led by Field Marshal Khalifa Hafter launched in April last an operation to liberate the capital Tripoli from the militias, and the general command announced last month the zero hour of the decisive battle. The Arab League Council had rejected, in an emergency meeting on the 31st of December, any foreign interference in Libya.

Read also:
Al-Mesmari: Turkish ships and planes are legitimate targets
Greece and Cyprus: the memorandum of Erdogan and Al-Sarraj is null

Share this:
Facebook Twitter"""))

# ---------------------------------------------------------------- G2
ARTICLES.append(dict(group=G2, published="2020-01-05", outlet="Hilal News Agency English",
title="Turkish troops gradually moving to Libya, says President Erdogan",
text="""ISTANBUL - Turkish soldiers have started gradually moving to Libya to support the country's legitimate government, President Recep Tayyip Erdogan said on Sunday.

"Our soldiers are gradually going right now," Erdogan said in a live interview with broadcaster CNN Turk. He said the duty of the Turkish soldiers would be coordination and that they would develop an operations centre in the country.

"What we will do there is to strengthen the legitimate government," he said, adding that Turkey's aim was not to fight but to help secure a ceasefire and to prevent a humanitarian tragedy. He said Turkey would also have "different teams" serving there and that senior military personnel were being sent.

The Turkish President said that condemnations by some countries, including Saudi Arabia, did not concern Ankara, and recalled that foreign mercenaries were fighting alongside the forces of putschist general Khalifa Haftar.

The announcement came three days after the Grand National Assembly of Turkey on Thursday approved a presidential motion authorising the deployment of troops to Libya for one year. The motion was passed with 325 votes in favour and 184 against.

The deployment is carried out within the framework of the security and military cooperation memorandum signed between Ankara and Libya's UN-recognised Government of National Accord (GNA) on Nov. 27, 2019. The GNA formally requested Turkish military support last month.

Turkey's position is that its support goes to the internationally recognised government, while other actors have been arming the illegitimate Haftar militias in violation of the UN embargo, including through Russian Wagner group mercenaries and Sudanese fighters.

Erdogan also said he would host Russian President Vladimir Putin in Istanbul on Jan. 8 for the inauguration of the TurkStream natural gas pipeline, and that the two leaders would discuss regional issues, including Libya and Syria's Idlib.

Attack on military academy

The interview came a day after at least 28 cadets were killed and dozens injured in an air strike on a military school in the Al-Hadba district of Tripoli late on Saturday. The GNA blamed Haftar's forces and their foreign backers for the attack. Haftar's spokesman denied responsibility.

Turkey strongly condemned the attack. The Foreign Ministry said in a statement on Sunday that the international community must take the necessary steps as soon as possible to stop the attacks of the so-called Libyan National Army, secure a ceasefire and end external support to Haftar, and that Turkey would continue to stand in solidarity with the GNA.

Meanwhile, the Tobruk-based House of Representatives, which backs Haftar, voted on Saturday to sever relations with Turkey and to cancel the memorandums signed by the GNA, a move which the GNA said had no legal basis.

Libya has been torn by conflict since the ouster of Muammar Gaddafi in 2011. The GNA was founded in 2015 under a UN-led agreement, but efforts for a political settlement have failed due to Haftar's military offensive launched in April 2019."""))

ARTICLES.append(dict(group=G2, published="2020-01-06", outlet="Sada Al-Sharq",
title="Erdogan admits: Turkish soldiers have begun moving to Libya.. and the army: we will confront the invader",
text="""The Turkish president Recep Tayyip Erdogan admitted, on the evening of yesterday Sunday, that Turkish soldiers began to move toward Libya, in a public challenge to the Arab and international positions rejecting the military intervention of Ankara in the Libyan affairs.

And Erdogan said in a television interview with the Turkish channel "CNN Turk" that "our soldiers are going gradually now", claiming that their mission is "coordination" and the establishment of an operations center, and that they "will not fight". And he added that his country will send "different teams" and senior officers, and said that the condemnations of the Kingdom of Saudi Arabia do not disturb him.

The statements of Erdogan come only three days after the Turkish parliament approved, on Thursday last, a memorandum authorizing the sending of forces to Libya for a year, in support of the Al-Wefaq government of Fayez al-Sarraj, which the Libyan parliament considers an illegitimate government whose mandate ended.

In response, the General Command of the Libyan National Army affirmed that it will confront any foreign force on Libyan soil. And the Commander-in-Chief, Field Marshal Khalifa Hafter, had announced on Friday in a televised speech the general mobilization and called on the Libyans to carry arms, men and women, to face what he described as the Turkish "colonizer" who seeks to restore the Ottoman rule in Libya.

And the Libyan House of Representatives voted, on Saturday in an emergency session in Benghazi, unanimously to sever relations with Turkey and to cancel the two memorandums of security and maritime understanding signed between Al-Sarraj and Ankara, and called on the Security Council to take its responsibility, according to its spokesman Abdullah Bleheq. The parliament also voted to refer Al-Sarraj and his ministers who signed the memorandums to the judiciary on charges of high treason.

On the other hand, the spokesman of the army, Major General Ahmed Al-Mesmari, denied any relation of the armed forces with the bombing which targeted the military college in the Al-Hadba area of Tripoli on Saturday night, and said that the incident was carried out from inside the city and should be investigated by the United Nations, accusing the militias of trying to exploit the blood of the victims to justify the Turkish intervention.

It is worth mentioning that the Turkish regime has been sending armored vehicles and drones to the militias of Tripoli for months in violation of the international arms embargo, according to reports of the United Nations experts, in addition to Syrian mercenaries, according to the Syrian Observatory for Human Rights.

And Egypt, the United Arab Emirates, Saudi Arabia, Greece and Cyprus had condemned the Turkish step, while the American president Donald Trump warned Erdogan in a phone call on Thursday that foreign interference complicates the situation in Libya.

Related news
- Libyan parliament cuts relations with Ankara and cancels the memorandums
- Hafter announces general mobilization against the Turkish colonizer
- Shoukry receives calls from Arab ministers on the Turkish escalation
- The Syrian Observatory: hundreds of mercenaries registered for Libya"""))

ARTICLES.append(dict(group=G2, published="2020-01-06", outlet="The Atlantic Ledger",
title="Erdogan says Turkish troops are on the move to Libya, raising the stakes in a crowded proxy war",
text="""By Helen Marlowe

PARIS - When Turkey's parliament voted last Thursday to authorise sending troops to Libya, officials in Ankara took pains to describe the mandate as a deterrent: a signal to Khalifa Haftar, the eastern commander besieging Tripoli, that the capital's backers were serious. Three days later, the signal became a deployment.

"Our soldiers are gradually going right now," President Recep Tayyip Erdogan told the broadcaster CNN Turk on Sunday evening. Their task, he said, would be coordination and the setting up of an operations centre; the aim was to strengthen the internationally recognised Government of National Accord (GNA) of Fayez al-Serraj, not to fight. He gave no figures. Turkish officials said privately that the first contingent consisted of advisers and technical staff rather than combat units.

The distinction may matter less on the ground than in diplomacy. Libya is already a theatre in which almost every outside actor denies doing what it is accused of doing. UN panels have documented Emirati drones and air-defence systems supporting Haftar's Libyan National Army (LNA), and Western officials say several hundred Russian private military contractors linked to the Wagner group have been fighting on the southern edge of Tripoli since the autumn; Moscow says any Russians there do not represent the state. Turkey, for its part, has supplied the GNA with armed drones and armoured vehicles, which a UN panel has described as violations of the 2011 embargo. Ankara argues that support to a recognised government is lawful.

What has changed is the openness. Ankara's motion, passed by 325 votes to 184 with the main opposition parties voting against, cited threats to Turkish interests in the eastern Mediterranean. That is a reference to the second agreement Erdogan and Serraj signed in November, a maritime memorandum that draws a line between the Turkish and Libyan coasts and cuts across zones claimed by Greece and Cyprus. For Ankara the two deals are linked: keeping the GNA alive keeps the maritime accord alive.

The weekend's events showed how quickly the fighting can escalate. On Saturday night an air strike killed more than two dozen cadets at a military school in Tripoli's al-Hadba district; the GNA blamed Haftar and his foreign allies, while the LNA denied any role and suggested the blast had come from within the city. In Benghazi, the eastern-based parliament voted to sever ties with Turkey and cancel the memorandums. Haftar himself went on television on Friday to call for general mobilisation against what he cast as a returning Ottoman coloniser.

Egypt has been the loudest regional critic. Its foreign ministry called the Turkish parliament's vote a flagrant violation of Security Council resolutions, and President Sisi convened his national security council the same day. Saudi Arabia also condemned the move; Erdogan said on Sunday that the criticism did not trouble him.

Europe's response has been slower. The European Union's foreign policy chief, Josep Borrell, has said there is no military solution and that the bloc must be more engaged. Germany is preparing an international conference in Berlin, but it has not yet fixed a date, and diplomats say the key invitation list remains contested. Italy, the former colonial power with large energy interests in western Libya, has sent its foreign minister around the region.

The most consequential conversation of the week may take place on Wednesday, when Erdogan hosts Vladimir Putin in Istanbul to open the TurkStream gas pipeline. The two men have managed their differences in Syria through a series of bargains; diplomats in Ankara expect Libya to be the next subject of that kind of bargaining, with a ceasefire as the opening move.

For Serraj's government, the Turkish announcement is a lifeline. For Haftar's foreign patrons it is a challenge: if they answer with more weapons, the war that the Berlin process is meant to contain will grow larger before anyone sits down."""))

# ---------------------------------------------------------------- G3
ARTICLES.append(dict(group=G3, published="2020-01-14", outlet="Gündem Postası",
title="Putschist Hafter left Moscow without signing the ateşkes (ceasefire) text; Erdoğan: we will teach him his lesson",
text="""Bu sitede çerezler (cookies) kullanılmaktadır. This site uses cookies to give you better service. By continuing you accept the Çerez Politikası (cookie policy). [Kabul et]

The darbeci (putschist) Halife Hafter, who came to Moscow for the Libya talks held under the mediation of Turkey and Russia, left the Russian capital this morning without signing the ateşkes (ceasefire) mutabakat (agreement) text. Libya Ulusal Mutabakat Hükümeti (Government of National Accord, UMH) Başbakanı Fayez es-Serrac had signed the text yesterday evening.

In the talks carried out yesterday in Moscow for about seven hours, Dışişleri Bakanı (Foreign Minister) Mevlüt Çavuşoğlu and Milli Savunma Bakanı (Minister of National Defence) Hulusi Akar took part together with Russian Foreign Minister Sergey Lavrov and Defence Minister Sergey Şoygu. The Libyan sides did not sit at the same table face to face, the delegations held separate meetings with the Turkish and Russian ministers.

Lavrov said in the joint press conference with Çavuşoğlu yesterday evening that Serrac and Yüksek Devlet Konseyi (High Council of State) Başkanı Halid el-Mişri signed the document, and that Hafter and Tobruk-based parliament speaker Akile Salih asked for additional time until morning. However, Russian Foreign Ministry spokeswoman Mariya Zaharova confirmed today that Hafter left Moscow without putting signature.

ERDOĞAN: "WE WILL NOT HESITATE TO TEACH THE LESSON HE DESERVES"

Cumhurbaşkanı Recep Tayyip Erdoğan, speaking today at the AK Parti TBMM Group Meeting, reacted strongly. Erdoğan said that Hafter first said "yes" and then ran away from Moscow, and that if the putschist continues the attacks against the legitimate government and "our brothers" in Libya, Turkey will not hesitate to teach him the lesson he deserves. Erdoğan stated that Turkey and Russia made an effort for the ceasefire and that the Berlin summit on 19 January will be an important step.

Çavuşoğlu also said that Hafter's not signing showed who wants peace and who wants war.

HOW DID WE COME TO MOSCOW?

Erdoğan and Russian President Vladimir Putin, who came together in İstanbul on 8 January for the opening of the TürkAkım (TurkStream) pipeline, had called the sides in Libya to a ceasefire starting from midnight of 12 January. The UMH and Hafter side announced that they accepted it, but both sides accused each other of violations.

Turkey, with the tezkere (motion) accepted in TBMM on 2 January, started to send military personnel to Libya for training and coordination. Erdoğan had announced on 5 January that "our soldiers are gradually going".

Hafter's forces are supported by the UAE, Egypt and, according to reports, Russian Wagner mercenaries. Hafter had taken Sirte on 6 January.

İLGİLİ HABERLER (RELATED NEWS)
» Çavuşoğlu: Hafter's attitude is not a surprise
» Berlin Libya Conference will be on 19 January
» Akar met with Russian counterpart Şoygu"""))

ARTICLES.append(dict(group=G3, published="2020-01-13", outlet="Vostok Wire",
title="Sarraj signs Moscow truce document, Haftar asks for time until morning - Lavrov",
text="""MOSCOW, January 13 (Vostok Wire) - The head of Libya's Government of National Accord (GNA), Fayez Sarraj, has signed a document on the terms of the ceasefire following talks in Moscow, while Libyan National Army (LNA) commander Field Marshal Khalifa Haftar has asked for extra time until Tuesday morning to decide, Russian Foreign Minister Sergei Lavrov said on Monday.

The Moscow consultations, held at a Foreign Ministry reception house, lasted about seven hours. They were attended by Lavrov and Defence Minister Sergei Shoigu together with Turkish Foreign Minister Mevlut Cavusoglu and Defence Minister Hulusi Akar, in line with the initiative announced by President Vladimir Putin and President Recep Tayyip Erdogan in Istanbul on January 8.

"Today we can say that definite progress has been made," Lavrov told a joint news conference with Cavusoglu. He said Sarraj and the chairman of the High Council of State, Khalid al-Mishri, had signed the document, while Haftar and the speaker of the Tobruk-based House of Representatives, Aguila Saleh, viewed it positively and requested time until morning. "I hope this decision will be a positive one," the minister said.

The Libyan delegations did not meet face to face, according to sources familiar with the talks. The Russian and Turkish ministers held separate rounds with each side and worked on the draft final document in the course of the day.

Cavusoglu said that Ankara and Moscow would continue their efforts so that the ceasefire becomes permanent, and expressed hope that Haftar would sign.

The ceasefire in Libya took effect at midnight on Sunday, January 12, after both the GNA and the LNA accepted the call made by the two presidents. The LNA announced late on Saturday that it would observe the truce, while warning that any breach by the other side would be met with a harsh response. Both sides have since reported isolated violations around Tripoli.

The Kremlin said earlier on Monday that Russia welcomes any steps leading to a political settlement. Kremlin spokesman Dmitry Peskov told reporters that Moscow was making efforts to bring the parties to the negotiating table and that it would also support the international conference on Libya planned by Germany in Berlin.

Russia has repeatedly said it maintains contacts with all Libyan parties. Moscow has rejected Western media reports on the presence of Russian servicemen in Libya; Putin said on Saturday after talks with German Chancellor Angela Merkel that if there are Russian citizens there, they do not represent the interests of the Russian state and are not paid by it.

The LNA has been conducting an operation to take Tripoli since April 2019. On January 6 it established control over the coastal city of Sirte. Turkey began sending military personnel to support the GNA after its parliament authorised a deployment on January 2.

Libya has been in turmoil since the overthrow and killing of Muammar Gaddafi in 2011. The country is divided between the GNA in Tripoli and the eastern authorities supported by the LNA and the House of Representatives."""))

ARTICLES.append(dict(group=G3, published="2020-01-13", outlet="MENA Pulse Live",
title="LIVE: Libya truce talks in Moscow - Sarraj signs, Haftar asks for more time",
text="""MENA Pulse Live | Monday 13 January 2020 | updated continuously, all times GMT

21:40 - Still no signature from Haftar's camp. Russian Foreign Minister Sergei Lavrov says Libyan National Army (LNA) commander Khalifa Haftar and eastern parliament speaker Aguila Saleh have asked for time "until tomorrow morning" to consider the ceasefire document. He says they view it "positively". That leaves the Moscow talks without the deal both Moscow and Ankara had hoped to announce tonight.

21:05 - Confirmed: GNA Prime Minister Fayez al-Sarraj has signed the document, together with Khalid al-Mishri, head of the Tripoli-based High Council of State, Lavrov tells reporters at a joint news conference with Turkish Foreign Minister Mevlut Cavusoglu.

19:30 - A Sarraj aide tells reporters the GNA delegation will not meet Haftar's team directly. "We talk to the Turks and the Russians," he says. The talks are being run as shuttle diplomacy between separate rooms at the Russian Foreign Ministry's reception house.

17:15 - What's in the draft? According to copies circulating on Libyan social media, which we have not been able to verify, the text commits the sides to an unconditional halt to hostilities, the creation of a military commission to monitor the truce, and "normalisation" of daily life in Tripoli. LNA-aligned commentators say the draft fails to mention the withdrawal of Turkish forces or the disbanding of armed groups in Tripoli, a core demand of Haftar.

15:50 - Turkish Defence Minister Hulusi Akar and Foreign Minister Cavusoglu are in the room alongside Lavrov and Defence Minister Sergei Shoigu, in line with the initiative announced by Presidents Putin and Erdogan in Istanbul on Wednesday.

13:00 - How we got here: Putin and Erdogan called for a ceasefire from midnight on Sunday, January 12. Haftar's LNA at first rejected it, then announced on Saturday night it would observe the truce. The GNA accepted it. Both sides have accused each other of breaches around Salah al-Din and Ain Zara on the southern edge of Tripoli, but fighting is much lower than last week.

11:20 - Background: Turkey's parliament voted on January 2 to authorise troops for Libya; Erdogan said on January 5 that soldiers were "gradually" moving. The LNA took Sirte on January 6. Germany is hosting a summit on Libya in Berlin, expected on Sunday.

10:05 - Russian Foreign Ministry spokeswoman Maria Zakharova says ministerial talks on the Libyan settlement have begun and that the Libyan representatives have arrived and will join later.

ELSEWHERE IN THE REGION

09:40 - Oman: Sultan Haitham bin Tariq, sworn in on Saturday after the death of Sultan Qaboos, receives condolence delegations in Muscat, including several heads of state.

08:55 - Iran: Protests continue in Tehran for a third day after the armed forces admitted on Saturday that the Ukrainian airliner which crashed last Wednesday was shot down by mistake.

Share this: Twitter | Facebook | LinkedIn | Email
Cookie settings | Terms | Newsletter sign-up"""))

# ---------------------------------------------------------------- G4
ARTICLES.append(dict(group=G4, published="2020-01-19", outlet="Meridian Press Agency",
title="World powers pledge in Berlin to respect Libya arms embargo and end interference",
text="""BERLIN (MPA) - Leaders of the countries most involved in Libya's war agreed on Sunday to respect a widely violated UN arms embargo, refrain from interfering in the conflict and push the warring sides toward a lasting ceasefire, German Chancellor Angela Merkel said after a summit in Berlin.

"We all agree that we should respect the arms embargo and that the arms embargo should be controlled more strongly than it has been in the past," Merkel told reporters after about four hours of talks at the chancellery. She said participants had agreed to give no further military support to the parties while the truce holds.

The final declaration, endorsed by 16 countries and organisations including Russia, Turkey, the United States, France, Britain, Italy, Egypt and the United Arab Emirates, calls for a permanent ceasefire, a return to a UN-led political process and the dismantling of armed groups. It is to be submitted to the UN Security Council.

UN Secretary-General Antonio Guterres said all participants had committed to refrain from interference in the armed conflict or the internal affairs of Libya. "There is no military solution," he said.

The two Libyan rivals, Prime Minister Fayez al-Sarraj of the UN-recognised Government of National Accord (GNA) and eastern commander Khalifa Haftar, were in Berlin but did not take part in the main session and did not meet. Merkel said she and Foreign Minister Heiko Maas had spoken to them separately because "the differences between them are so great that they aren't speaking with each other".

Both men named five members each to a joint military committee, a so-called 5+5 format, that Guterres said would meet in Geneva in the coming days to define the terms of a permanent truce.

Turkish President Recep Tayyip Erdogan, whose parliament authorised troops for Libya earlier this month, said before flying to Berlin that hopes raised by the ceasefire should not be sacrificed to Haftar's ambitions. Russia's Vladimir Putin, whose country hosted ceasefire talks last week that Haftar left without signing, also attended.

The summit was overshadowed by a blockade of oil terminals in eastern Libya. Forces loyal to Haftar shut down major ports on Saturday, cutting more than half of the country's output, according to the National Oil Corporation (NOC). Guterres expressed concern over the closures. The declaration recognises the NOC as the only legitimate entity for selling Libyan oil.

Greece, which had asked to attend because of its dispute with Turkey over a Turkish-Libyan maritime deal, was not invited.

(Reporting by MPA Berlin bureau; editing by Anna Keller)"""))

ARTICLES.append(dict(group=G4, published="2020-01-20", outlet="The Atlantic Ledger",
title="In Berlin, Libya's foreign backers sign up to an embargo they have all broken",
text="""By Helen Marlowe

BERLIN - The photograph told the story. On the steps of the German chancellery on Sunday stood Vladimir Putin, Recep Tayyip Erdogan, Emmanuel Macron, Boris Johnson, Abdel Fattah al-Sisi, Mike Pompeo and a dozen other leaders and envoys, smiling beside Angela Merkel. Missing were the two Libyans whose war they had come to discuss. Fayez al-Sarraj, who heads the UN-recognised Government of National Accord, and Khalifa Haftar, the commander whose forces have besieged Tripoli since April, were both in the city. They did not sit at the table and did not meet each other.

The conference ended with a 55-point declaration. Its core commitments are familiar: respect for the UN arms embargo imposed in 2011, an end to foreign interference, a permanent ceasefire, demobilisation of militias and a return to UN-led politics. Merkel said participants had agreed to stop military support to the warring parties while the truce lasted and to hold follow-up meetings. Antonio Guterres, the UN secretary-general, said there was no military solution.

The difficulty is that almost everyone who signed has been accused of breaking the embargo. UN experts have documented the United Arab Emirates' drones and air defences operating for Haftar's Libyan National Army, as well as Jordanian-made armoured vehicles. Western governments say hundreds of Russian mercenaries linked to the Wagner group have been fighting for Haftar; Moscow denies any state role. Turkey openly supplies Sarraj's government with drones and, since a parliamentary vote on January 2, with military personnel; Erdogan confirmed on January 5 that soldiers were "gradually" deploying. France denies backing Haftar but has been accused by the Tripoli government of doing so. Egypt hosts Haftar's patrons and his aircraft.

Against that record, the declaration's promise of stronger monitoring is the part diplomats focused on. Josep Borrell, the EU's foreign policy chief, has floated reviving the bloc's naval mission off Libya to police arms shipments. Italy and Germany support that; Austria and others worry about rescuing migrants. EU foreign ministers meet in Brussels on Monday.

The conference also revealed the Russian-Turkish axis that has emerged in recent weeks. It was Putin and Erdogan who called the ceasefire that took effect on January 12, and it was in Moscow last Monday that Sarraj signed a truce document Haftar refused, leaving for Benghazi before dawn. Erdogan said at the time that Turkey would teach Haftar a lesson if he resumed attacks. In Berlin the two leaders appeared to accept Merkel's framework, which gives a larger role to the UN and the Europeans.

Haftar brought his own leverage. On Saturday, tribes and forces loyal to him closed the main eastern oil terminals, cutting output by more than half. The National Oil Corporation warned of huge losses. The declaration recognises the NOC as Libya's only legitimate oil seller, but nobody in Berlin explained how the terminals would reopen.

Greece was left outside, despite Athens's request to attend. Its anger stems from the maritime memorandum Turkey signed with Sarraj in November, which Athens considers null. Prime Minister Kyriakos Mitsotakis, who received Haftar in Athens on Friday, said last week that Greece would use its veto against any EU-level political solution for Libya that did not require the memorandum's annulment.

For the Tripoli government, the outcome was mixed. Sarraj has called for international protection forces if Haftar resumes his offensive and wants the world to name Haftar's backers. He got neither. For Haftar, the absence of any sanction for walking out of Moscow will be read as proof that he can continue to set terms.

The next test comes within days, when five officers from each side are expected in Geneva for the first meeting of the joint military commission agreed in Berlin. If they cannot agree on separation lines and monitoring, Sunday's pledges may end up as another document in a war that has already outlasted several."""))

ARTICLES.append(dict(group=G4, published="2020-01-20", outlet="Bawabat Tarablus",
title="Berlin conference concludes with commitment to the arms embargo.. and Al-Sarraj: we will not accept the aggressor as a partner",
text="""The work of the international Berlin conference on Libya concluded, yesterday Sunday, in the German capital, with the commitment of the participating countries to respect the decision of the arms embargo imposed on Libya, to stop the foreign interference and to support the ceasefire, in the presence of leaders and representatives of 16 countries and international organizations.

The German Chancellor Angela Merkel said in a press conference after the end of the conference that the participants agreed to respect the embargo and to control it more strongly than in the past, and not to provide military support to the parties during the truce. The Secretary-General of the United Nations Antonio Guterres said for his part that all committed not to interfere in the armed conflict.

And the President of the Presidential Council of the Government of National Accord, Fayez al-Sarraj, participated in the consultations on the margin of the conference, where he met with the German Chancellor and the Foreign Minister Heiko Maas, and he refused to meet the war criminal Khalifa Hafter, who was also present in Berlin. And the two sides named five members for each in the joint military committee (5+5) which will meet in Geneva.

And Al-Sarraj affirmed, in his statements, that the Government of National Accord is committed to the ceasefire on the basis that the aggressor forces return to where they came from, and that it will not accept Hafter as a partner in any political process after the crimes he committed against the civilians in Tripoli. And he called on the international community to send protection forces under the umbrella of the United Nations if the aggressor resumes his attacks.

On the other hand, the forces of Hafter and tribes loyal to him had closed the oil ports in the east of the country on Saturday, on the eve of the conference, which led to halting more than half of the production according to the National Oil Corporation, in a step that the government considered an attempt to blackmail the international community and to starve the Libyans. The final statement of the conference emphasized that the National Oil Corporation is the only legitimate body for selling the Libyan oil.

And the Turkish president Recep Tayyip Erdogan, whose country supports the legitimate government, had said before his arrival to Berlin that the hope that was born with the ceasefire must not be sacrificed for the ambitions of Hafter, while the Russian president Vladimir Putin also participated in the conference.

It is worth mentioning that Hafter had left Moscow on Tuesday last without signing the ceasefire agreement which Al-Sarraj signed, under Russian and Turkish sponsorship, and the forces of Burkan al-Ghadab (Volcano of Anger) recorded numerous violations of the truce by the militias of Hafter and the Wagner mercenaries on the axes of southern Tripoli.

It is also worth mentioning that the aggression on the capital Tripoli began on the 4th of April 2019, and it resulted in the fall of hundreds of civilian victims and the displacement of more than one hundred thousand people, according to the United Nations."""))

ARTICLES.append(dict(group=G4, published="2020-01-20", outlet="Muhalif Bakış",
title="Berlin Libya Conference ended: Erdoğan signed the arms embargo (ambargo) text, then what will be the situation of the soldiers sent?",
text="""The Libya Conference held in Berlin yesterday with the participation of the leaders of 11 countries and international organisations ended with a final declaration (sonuç bildirgesi) in which the participants committed to respect the United Nations arms embargo (silah ambargosu) and not to interfere in the internal affairs of Libya.

Almanya Başbakanı (German Chancellor) Angela Merkel said in the press conference after the meeting which lasted about four hours that all participants agreed that the embargo must be respected and controlled stronger than before and that no military support will be given to the sides during the ateşkes (ceasefire). BM Genel Sekreteri (UN Secretary General) Antonio Guterres said "there is no military solution".

Cumhurbaşkanı Recep Tayyip Erdoğan also participated in the conference and put his signature to the declaration. Before going to Berlin, Erdoğan had said that the hope which came with the ceasefire should not be sacrificed to the ambitions of Hafter.

QUESTION MARKS ON THE TEZKERE

But the final declaration brought also question marks in Ankara. Only 17 days ago, the Libya tezkeresi (motion) which allows sending soldiers to Libya for one year was accepted in TBMM with 325 votes against 184 votes, and the CHP, İYİ Parti and HDP voted "no" saying that Turkey should not become a side in a civil war. On 5 January Erdoğan announced that "our soldiers are gradually going". After the signature to the commitment "no military support during the truce", opposition circles asked how the training and coordination personnel sent to Libya and the armed drone (SİHA) deliveries will be compatible with the embargo.

Hükümet (government) sources answer that Turkey's support is given to the legitimate government recognised by the UN and on the basis of the mutabakat muhtırası (memorandum of understanding) signed on 27 November, and therefore is not interference. On the other hand, it is known that the BM (UN) experts panel has reported in the past the Turkish armoured vehicles and drones sent to Tripoli as embargo violation, as well as the UAE drones and Russian Wagner mercenaries fighting for Hafter.

THE SIDES DID NOT SIT AT THE SAME TABLE

The UMH (GNA) Başbakanı Fayez es-Serrac and the darbeci general Halife Hafter came to Berlin but were not in the main session and did not meet each other. Merkel said that they talked with the two separately because the differences are very big. The sides named five names each for the military committee which will meet in Geneva.

Hafter had left Moscow on 14 January without signing the ceasefire text which Serrac signed. One day before the conference, forces loyal to Hafter closed the oil ports in the east of Libya and the production fell more than half.

Greece, which is disturbed from the Turkey-Libya maritime jurisdiction memorandum, was not invited to the conference.

The opposition is expected to bring the subject to the agenda of the Meclis (Parliament) in the coming days with soru önergesi (parliamentary questions) about the number of personnel sent and the cost."""))
