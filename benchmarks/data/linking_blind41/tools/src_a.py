# Article sources, part A (2019 events). Each: (key, group, published, outlet, title, text)
G1 = "gna_downs_lna_warplane_wadi_rabie_2019_04_14"
G2 = "islamic_state_attack_lna_training_camp_sebha_2019_05_04"
G3 = "gna_suspends_40_foreign_firms_including_total_2019_05_09"
G4 = "africom_airstrike_isis_murzuq_first_2019_09_19"
G5 = "africom_airstrike_isis_murzuq_third_2019_09_26"

MWS_BOILER = ("Libya has been in turmoil since the NATO-backed uprising that toppled Muammar Gaddafi in 2011, "
              "and since 2014 it has been split between rival administrations in Tripoli and the east, each "
              "backed by an array of armed groups and foreign states.")

A = []

A.append(("A1", G1, "2019-04-14", "Meridian Wire Service",
"Tripoli forces say they downed Haftar warplane south of capital",
f"""TRIPOLI (MWS) - Forces loyal to Libya's internationally recognised government said they shot down a warplane belonging to Khalifa Haftar's eastern forces south of Tripoli on Sunday, as the battle for the capital entered its second week.

Mohamed Gnounou, spokesman for the forces of the Government of National Accord (GNA), said the jet was hit as it prepared to carry out air raids over the Wadi al-Rabie area on the southern edge of the city.

A source in Haftar's self-styled Libyan National Army (LNA) confirmed that one of its MiG-23 aircraft had been lost but blamed a technical failure. The pilot ejected and was "safe and sound", the source said, denying reports on social media that he had been captured by government forces.

Neither account could be independently verified. Residents of the southern suburbs said they heard heavy anti-aircraft fire in the afternoon.

Both sides have been carrying out daily air strikes since the LNA began its advance on Tripoli on April 4, and each accuses the other of hitting residential districts. According to the World Health Organization, 121 people have been killed and 561 wounded in the fighting so far, and thousands of families have fled the southern outskirts.

Haftar himself was in Cairo on Sunday, where he held talks with Egyptian President Abdel Fattah al-Sisi, the Egyptian presidency said. Egypt and the United Arab Emirates are seen as the LNA's main foreign backers.

The United Nations, which had to postpone a national conference planned for mid-April in the town of Ghadames, has called for a humanitarian truce. Diplomats say the U.N. Security Council remains divided over how to word any call for a ceasefire.

{MWS_BOILER}

(Reporting by Tarek Benhalim; Editing by Claire Dowd)"""))

A.append(("A2", G1, "2019-04-15", "Vostok Today",
"LNA says it lost MiG-21 near Tripoli, disputes GNA claim of shootdown",
"""The Libyan National Army (LNA) of Field Marshal Khalifa Haftar lost one of its MiG-21 fighter jets south of Tripoli on Sunday, LNA spokesman Ahmed al-Mismari said, disputing claims by the Tripoli-based Government of National Accord (GNA) that its air defences had brought the aircraft down.

Speaking at a press conference, al-Mismari said the pilot had lost control of the plane. The jet may have been struck by a rocket, he conceded, but there had been no direct hit.

Earlier in the day, GNA military spokesman Mohammed Gnounou told reporters that forces loyal to Prime Minister Fayez al-Sarraj had shot down "a warplane of Haftar's army" in the south of the capital.

The LNA launched its operation to take Tripoli on April 4, saying it aims to clear the city of terrorists. The GNA responded by announcing a counter-offensive it calls "Volcano of Rage". Heavy clashes have been reported around the former international airport and in the districts of Ain Zara and Wadi al-Rabie.

Moscow has repeatedly urged all Libyan parties to refrain from violence and to settle their differences at the negotiating table. Earlier this month Russia objected to a draft statement at the UN Security Council that singled out the LNA, insisting that any call to halt the fighting should be addressed to all sides.

Libya has been mired in chaos since 2011, when the government of Muammar Gaddafi was overthrown with the help of a NATO air campaign. The country is divided between the GNA in Tripoli and an administration in the east that is allied with the parliament in Tobruk and Haftar's army.

Related:
Libya: UN envoy Salame says Tripoli fighting jeopardises political process
Russian diplomats in contact with both Libyan camps - Foreign Ministry"""))

A.append(("A3", G1, "2019-04-15", "Libya Crescent Post",
"Volcano of Rage: air defences bring down aggressor jet over Wadi al-Rabie",
"""The air defences of the Libyan Army under the Government of National Accord shot down on Sunday a warplane belonging to the forces of war criminal Khalifa Hifter over the Wadi al-Rabie area, south of Tripoli, the media office of Operation Volcano of Rage said.

The aircraft was preparing to carry out airstrikes on the area when it was targeted, spokesman Mohamed Gnounou said in a statement, adding that "our heroes" had also repelled attempts by Hifter's militias to advance on several axes.

Hifter's camp was quick to claim that the plane crashed due to a technical fault and that its pilot had ejected safely. Observers in Tripoli say the aggressor forces have repeatedly hidden their losses since the start of the assault on the capital.

Residents of Wadi al-Rabie and Qasr Bin Ghashir told the Libya Crescent Post that warplanes had been circling over the southern suburbs for several days, and that many families had left their homes for relatives in the city centre.

The Presidential Council headed by Fayez al-Serraj has described the attack on Tripoli as an attempted coup against the legitimate state and has demanded that the international community name the countries that supply Hifter with weapons.

Hifter ordered his forces to march on Tripoli on April 4, while UN Secretary-General Antonio Guterres was visiting the capital to prepare for the national conference in Ghadames, which has since been postponed. On April 8 an airstrike hit Mitiga airport, the only functioning airport in the capital, forcing the suspension of flights.

According to the World Health Organization, more than 120 people have been killed since the aggression began, among them civilians and medical workers.

Share this:
Facebook
Twitter
WhatsApp
Related Articles
Mitiga airport resumes night flights after suspension
Tripoli municipalities open schools to displaced families"""))

A.append(("B1", G2, "2019-05-04", "Meridian Wire Service",
"Eight soldiers killed in Islamic State-claimed attack on Haftar camp in south Libya",
f"""SEBHA, Libya (MWS) - Eight soldiers were killed on Saturday in an attack on a training camp belonging to Khalifa Haftar's eastern forces in the southern Libyan city of Sebha, the head of the local municipality said. Islamic State later claimed responsibility.

Hamed al-Khaiyali, head of the Sebha municipality, said one soldier had been beheaded and the others had their throats cut or were shot in the dawn assault on the camp.

In a statement posted online, Islamic State said its fighters had killed or wounded 16 people and freed inmates held at a prison inside the camp. A military source confirmed that a jail at the camp had been stormed but gave no further details.

A source in Haftar's Libyan National Army (LNA) blamed Islamic State and "Chadian fighters", a term the LNA uses for tribesmen who oppose it in the south.

Sebha, like much of Libya's oil-producing south, came under LNA control during an offensive launched in January. But the force has since moved many of its troops north for its month-old campaign to seize the capital Tripoli, which is held by the internationally recognised government.

Islamic State retreated to the desert south after losing its stronghold of Sirte at the end of 2016 and has staged a number of hit-and-run attacks in the region in recent months.

The World Health Organization said on Friday that at least 392 people have been killed and 1,936 wounded since the LNA launched its Tripoli offensive in early April.

{MWS_BOILER}

(Reporting by Tarek Benhalim in Tripoli and Ayman Warfalli in Benghazi; Editing by Claire Dowd)"""))

A.append(("B2", G2, "2019-05-05", "The Nile Dispatch",
"Nine Libyan National Army soldiers martyred in Daesh attack on Sebha camp",
"""The Libyan National Army (LNA) on Sunday mourned nine of its soldiers who were martyred at dawn on Saturday when terrorist elements of Daesh, backed by mercenaries from the Chadian opposition, stormed a military training camp in the southern city of Sebha.

The Sebha Medical Centre said it had received nine bodies, some of them bearing signs of slaughter. Sebha mayor Hamed al-Khayali said the attackers slit the throats of several recruits and beheaded one of them, a method he said pointed clearly to the terrorist organisation.

Daesh claimed the attack in a statement circulated on its channels, saying it had targeted the camp, known as Jabril Baba, and freed detainees from a prison inside it.

The crime comes as the armed forces under Field Marshal Khalifa Haftar press on with Operation Flood of Dignity to free the capital Tripoli from the grip of the terrorist militias that control it. Military analysts told The Nile Dispatch that the timing of the attack was no coincidence, since terrorist groups have always sought to open new fronts whenever the army advances.

In Tripoli, the so-called Government of National Accord rushed to blame the army for what it called the "re-emergence" of Daesh, in a statement that observers described as an attempt by the Muslim Brotherhood-dominated Presidential Council to exploit the blood of the martyrs politically.

The Libyan National Army has a long record in the war on terror. It liberated Benghazi in 2017 after three years of fighting and freed Derna from extremist groups last year, before launching in January an operation to purge the south of terrorists and criminal gangs, during which it secured the Sharara oilfield.

Egypt has repeatedly affirmed its support for the Libyan National Army in its fight against terrorism. President Abdel Fattah al-Sisi received Field Marshal Haftar in Cairo last month and hosted an African Union consultative summit on Libya on April 23."""))

A.append(("B3", G2, "2019-05-05", "Sada al-Arab Portal",
"9 dead in attack on camp of Haftar forces in Sebha .. and ISIS adopts it",
"""Nine members of the forces of retired Major General Khalifa Haftar were killed, yesterday Saturday, in an armed attack believed to have been carried out by the organization ISIS on a training camp in the city of Sebha, south of Libya, according to a local official.

The mayor of the municipality of Sebha, Hamed Al-Khayali, said in a statement to the press that the killed are from the military region belonging to the forces of Haftar, and that the attack took place in the first hours of dawn.

Al-Khayali added that the attackers cut off the head of one of the elements, "and this is evidence of the involvement of these terrorist groups", explaining that the training camp contains a prison in which several detainees accused in criminal and terrorist cases.

For its part, the organization ISIS adopted the attack in a statement published on its accounts, and said that it killed and wounded 16 elements and liberated prisoners.

While sources in the forces of Haftar accused fighters from the Chadian opposition of participating in the attack alongside ISIS.

It is worth mentioning that Haftar launched on April 4 a military operation to control Tripoli, the headquarters of the Government of National Accord recognized internationally, amid international condemnation and calls to stop fighting.

Read also: The United Nations: more than 50 thousand displaced from the outskirts of Tripoli

Dar al-Ifta investigates the crescent of the month of Ramadan this evening

The Egyptian Dar al-Ifta holds, this evening Sunday, the legitimate session to investigate the crescent of the month of Ramadan for the year 1440 AH, after the sunset prayer, through its committees spread in the governorates of the republic.

And the National Research Institute of Astronomy and Geophysics had expected that Monday will be the first days of the holy month astronomically, and that the crescent will remain in the sky of Cairo for minutes after sunset.

The mufti of the republic will announce the result of the investigation in a televised statement after the sunset, and the ministry of endowments had completed its preparations for receiving the worshipers in the mosques for the Tarawih prayers."""))

A.append(("C1", G3, "2019-05-10", "Petro Markets Daily",
"Tripoli suspends 40 foreign firms, Total among them, citing expired licences",
"""Libya's internationally recognised Government of National Accord (GNA) has suspended the activities of 40 foreign companies, including French oil major Total, saying their licences to operate in the country had expired.

The decision, set out in a decree signed by Economy and Industry Minister Ali Abdulaziz Issawi and published online on Thursday, gives the companies three months to regularise their status. A ministry official confirmed the document's authenticity. The list, which was also addressed to the chairman of the National Oil Corporation (NOC), includes French defence and aerospace group Thales, Germany's Siemens and telecoms equipment maker Alcatel-Lucent.

Total is the only company on the list with a major upstream presence. It holds stakes in several producing concessions and bought Marathon Oil's 16.33% interest in the Waha concessions in 2018, giving it exposure to one of the country's largest producing ventures. Libya pumps a little over 1 million barrels per day.

The NOC, which manages the country's oil and gas contracts and has tried to stay out of the political conflict, did not comment on whether the suspension would affect Total's joint ventures. Traders said they saw no immediate impact on loadings, which are handled by NOC subsidiaries.

The move comes amid a sharp deterioration in relations between Tripoli and Paris since eastern commander Khalifa Haftar launched an offensive on the capital in early April. The GNA's interior ministry suspended security cooperation with France last month, accusing it of backing Haftar, a charge Paris denies. GNA head Fayez al-Sarraj visited Paris on Wednesday as part of a European tour, and President Emmanuel Macron called for a ceasefire after their meeting, but stopped short of the explicit condemnation of Haftar that Tripoli had sought.

The licence issue gave the GNA a technical basis for what was widely read in the industry as a political signal aimed at Paris rather than an attempt to disrupt oil flows, on which both rival administrations depend for salaries and subsidies.

Oil facilities have so far been spared in the fighting around Tripoli, though the NOC has warned that any escalation near terminals or fields could force shutdowns.

We use cookies to improve your experience on our site. By continuing to browse you agree to our use of cookies. Find out more | Accept"""))

A.append(("C2", G3, "2019-05-10", "Le Maghreb Express",
"Libya: Tripoli suspends Total and 39 other foreign companies, the day after Serraj's visit to Paris",
"""The Government of National Union (GNA) of Fayez al-Serraj, recognised by the UN, has ordered the suspension of the activities of 40 foreign companies in Libya, among them the French oil group Total, according to a decree of the Ministry of Economy made public Thursday.

The ministry justifies the measure by the expiry of the licences of these companies, which have "not presented a request for renewal" of their authorisation to operate. They dispose of three months to regularise their situation, according to the document signed by the minister Ali Abdulaziz Issawi. Besides Total, the list includes in particular Thales, Siemens and Alcatel.

The decision falls less than 24 hours after the reception of M. Serraj at the Elysée by Emmanuel Macron. The French president had called on Wednesday for a ceasefire in Tripoli and announced an evaluation of the armed groups present in Libya, including those that fight on the side of the GNA, a proposal badly received in the Libyan capital, where one expected a clear condemnation of the offensive of marshal Khalifa Haftar.

Relations between Paris and Tripoli have not stopped degrading since the beginning of the offensive launched on April 4 by the self-proclaimed Libyan National Army (ANL) of marshal Haftar, strongman of the East. In April, the Interior Ministry of the GNA had announced the suspension of all security cooperation with France, accusing it of supporting Haftar. Paris denies it and affirms that it supports the mediation of the UN envoy Ghassan Salamé.

France had supported Haftar in his fight against jihadist groups in Benghazi, and French special forces were present in eastern Libya in 2016, a presence revealed after the death of three soldiers in a helicopter crash.

Libya is plunged in chaos since the fall of the regime of Mouammar Kadhafi in 2011, after an international military intervention in which France played a leading role."""))

A.append(("C3", G3, "2019-05-11", "The Westminster Ledger",
"Tripoli turns on Paris as Total is caught in Libya's war of words",
"""When Fayez al-Sarraj left the Elysée on Wednesday, his aides did not hide their disappointment. The head of Libya's UN-backed Government of National Accord had come to Paris, on one leg of a hurried European tour, to ask Emmanuel Macron to say publicly that Khalifa Haftar's month-old assault on Tripoli must stop and that his forces must return to their positions. What he got was a call for a ceasefire and a French proposal to assess the behaviour of all armed groups in Libya, including the militias fighting on Tripoli's side.

On Thursday the Tripoli government answered in its own way. A decree from the economy ministry, signed by minister Ali Abdulaziz Issawi, suspended the operations of 40 foreign companies whose licences, it said, had lapsed. At the top of the list was Total, France's largest company and one of the most important foreign oil investors in Libya. Thales, Siemens and Alcatel-Lucent were also named. The companies have three months to reapply.

Officially, the measure is administrative. Few in Tripoli pretend it is a coincidence. Since Haftar's self-styled Libyan National Army began its march on the capital on April 4, officials of the Government of National Accord have accused France of having encouraged, or at least tolerated, the offensive. In April the interior ministry in Tripoli cut security cooperation with Paris. France insists it recognises only the UN-backed government and supports the efforts of the UN envoy, Ghassan Salamé.

France's relationship with Haftar is older than the current war. Paris provided intelligence and special forces support to the eastern commander during his long campaign against Islamist militants in Benghazi, and Macron hosted Haftar and Sarraj together at La Celle-Saint-Cloud in July 2017 and again at a larger conference in Paris in May 2018, where the rivals endorsed a plan for elections that never took place. To many in western Libya, that even-handedness looked like a bet on the strongman.

Italy, which has its own interests through Eni, has positioned itself closer to Tripoli, and Sarraj was received by Giuseppe Conte in Rome on Tuesday before travelling on. The split between the two European capitals has weakened the EU's voice as the fighting grinds on in the southern suburbs of Tripoli, where more than 400 people have been killed and tens of thousands displaced, according to UN figures.

The war is also spreading beyond the front lines. Last Saturday an attack claimed by Islamic State on an LNA training camp in the southern city of Sebha killed nine soldiers, a reminder of how the battle for Tripoli has drained forces from the desert south, where jihadists have regrouped since losing Sirte in 2016.

For Total, the practical consequences may be limited. Oil contracts in Libya are held through joint ventures with the National Oil Corporation, which has worked hard to keep the industry out of politics, and exports continued normally on Friday. But the message has been received in Paris. French officials have repeated that their priority is a ceasefire and a return to the UN process.

Libya has known little stability since the 2011 uprising, backed by a NATO air campaign led by France and Britain, that ended Muammar Gaddafi's four decades in power."""))

A.append(("D1", G4, "2019-09-20", "Meridian Wire Service",
"U.S. says air strike killed eight Islamic State fighters in southwest Libya",
f"""WASHINGTON/TRIPOLI (MWS) - The U.S. military said on Friday it had carried out an air strike near the town of Murzuq in southwest Libya that killed eight Islamic State militants, its first such strike in the North African country in more than a year.

U.S. Africa Command (AFRICOM) said the strike took place on Thursday and was coordinated with the Government of National Accord (GNA), the internationally recognised administration in Tripoli. It said no civilians were killed or injured according to its initial assessment.

AFRICOM commander General Stephen Townsend said the strike was aimed at eliminating militant leaders and fighters and that Washington would not allow them to use the current conflict in Libya as cover.

The last publicly reported U.S. strike against Islamic State in Libya was carried out in August 2018 near Bani Walid.

U.S. forces withdrew a small contingent from Tripoli in April when eastern commander Khalifa Haftar launched an offensive to seize the capital. The fighting has since killed more than 1,000 people, according to U.N. figures, and has left much of the vast southern desert without effective security.

The Murzuq area has been the scene of deadly violence in recent weeks, including an air strike on the town in early August that killed more than 40 people during a gathering.

{MWS_BOILER}

(Reporting by Idris Hallam in Washington and Tarek Benhalim in Tripoli; Editing by Ruth Akande)"""))

A.append(("D2", G4, "2019-09-21", "Yeni Ufuk English",
"US strikes Daesh near Murzuq in coordination with Libya's legitimate government",
"""The United States has carried out an airstrike against the Daesh terrorist group near the city of Murzuq in southern Libya, killing eight terrorists, the U.S. Africa Command (AFRICOM) announced.

The strike on Thursday was conducted in coordination with the legitimate Government of National Accord (GNA), which is recognised by the United Nations, AFRICOM said in a statement on Friday.

AFRICOM commander Gen. Stephen Townsend said the operation targeted terrorist leaders and fighters, stressing that terrorists would not be allowed to use the ongoing conflict in Libya as a shield.

The statement underlined that no civilians were harmed in the strike, according to the initial assessment.

Security experts point out that the putschist Haftar's attack on Tripoli, launched on April 4, has opened a space for terrorist groups in the south, as the illegitimate forces pulled many of their units from the region to the capital's front lines.

Murzuq, home to a large Tebu population, has suffered heavily in recent months. In August, an airstrike by Haftar's forces on the town killed more than 40 civilians who had gathered for a meeting, drawing condemnation from the UN mission in Libya.

Libya's legitimate government has been resisting the putschist forces' assault for more than five months. Turkey has repeatedly stressed its support for the Government of National Accord and for a political solution under UN auspices.

Since the ouster of Muammar Gaddafi in 2011, two seats of power have emerged in Libya: the Government of National Accord in Tripoli, and the putschist Khalifa Haftar in the east, who is backed by Egypt and the United Arab Emirates.

Related News
Libya's GNA forces repel Haftar attack south of Tripoli
UN envoy Salame urges arms embargo be respected"""))

A.append(("D3", G4, "2019-09-20", "AfroNews Release Desk",
"U.S. Africa Command conducts airstrike targeting ISIS-Libya near Murzuq",
"""FOR IMMEDIATE RELEASE

STUTTGART, Germany - In coordination with the Libyan Government of National Accord, U.S. Africa Command conducted an airstrike targeting ISIS-Libya terrorists in the vicinity of Murzuq, Libya, on September 19, 2019.

According to the command, the airstrike was conducted to eliminate terrorist leaders and fighters and to disrupt terrorist activity in the region.

Gen. Stephen Townsend, commander of U.S. Africa Command, stated that the command would not allow terrorists to use the current conflict in Libya as protection, and that together with Libyan partners it would continue to deny them safe haven.

At this time, the command assesses that the airstrike killed eight (8) terrorists. It currently assesses that no civilians were injured or killed as a result of the strike.

- ends -

Media contact: AFRICOM Public Affairs"""))

A.append(("F1", G5, "2019-09-27", "Meridian Wire Service",
"U.S. strike kills 17 Islamic State militants in Libya, third this month",
f"""TRIPOLI (MWS) - The U.S. military said on Friday an air strike in southwest Libya had killed 17 Islamic State militants, its third strike in the area in little over a week.

U.S. Africa Command (AFRICOM) said the strike was carried out on Thursday, September 26, in coordination with the Tripoli-based Government of National Accord. It said it had no indication that civilians had been hurt.

Rear Admiral Heidi Berg, AFRICOM's director of intelligence, said the campaign showed that the command was persistently targeting terrorist networks seeking to harm Libyans, and that it would keep pursuing Islamic State in the region.

AFRICOM said on Sept. 20 that a strike near the town of Murzuq the previous day had killed eight militants, and it reported a second strike in the same area on Tuesday that killed 11. The latest strike brings the number of militants it says it has killed this month to 36.

The strikes are the first announced by AFRICOM in Libya since 2018. Islamic State has regrouped in the desert south since losing its coastal stronghold of Sirte in 2016, and has attacked forces loyal to eastern commander Khalifa Haftar, including a raid on a training camp in Sebha in May.

Haftar's Libyan National Army has been fighting since April to take Tripoli, pulling many of its units from the south.

{MWS_BOILER}

(Reporting by Tarek Benhalim; Additional reporting by Idris Hallam in Washington; Editing by Ruth Akande)"""))

A.append(("F2", G5, "2019-09-28", "Vostok Today",
"Pentagon says 17 militants killed in new US air raid in Libya's south",
"""[ad_1]

US Africa Command (AFRICOM) claims that 17 militants of the Islamic State* terrorist group were killed in an air strike carried out on Thursday in the southwest of Libya, the third such raid announced by the Americans in just over a week.

According to the AFRICOM statement, the strike was coordinated with the Government of National Accord (GNA) in Tripoli. The US military asserts that no civilians were hurt, though it provided no details on the exact location or the nature of the target.

Earlier, AFRICOM said that its aircraft had killed eight militants near the town of Murzuq on September 19 and 11 more in the same area on September 24.

The local media outlet 218 reported after the first raids that the strikes had also hit a group of Chadian fighters southwest of Murzuq. The claims could not be independently verified, and the US command has not disclosed what aircraft or drones were used.

The raids come against the background of continuing fighting around Tripoli between the GNA and the Libyan National Army (LNA) led by Field Marshal Khalifa Haftar, which launched an offensive on the capital in April. The LNA says the capital is controlled by terrorist groups and militias.

Moscow has consistently called for a political settlement in Libya and for the Libyan parties to return to talks under UN auspices. Russian officials have pointed out that the current chaos is a direct consequence of the 2011 NATO intervention, which toppled Muammar Gaddafi and turned the country into a haven for extremists.

*The Islamic State is a terrorist organisation banned in Russia.

[ad_2]"""))

A.append(("F3", G5, "2019-09-27", "MENA Morning Brief",
"MENA Morning Brief: US hits ISIS in Libya again; Egypt braces for Friday protests; Tunisia runoff set",
"""Good morning. Here is what you need to know across the Middle East and North Africa this Friday, September 27.

LIBYA - AFRICOM says 17 militants killed in third strike
The US military's Africa Command said it conducted another air strike on Islamic State fighters in southwest Libya on Thursday, killing 17, in coordination with the Tripoli government. It is the third strike in the area since last week, after raids near Murzuq on September 19 (eight killed) and September 24 (eleven killed). The strikes mark a return of US air power to Libya after more than a year without announced operations there. Meanwhile, the battle for Tripoli between Khalifa Haftar's forces and the UN-recognised government continues with no sign of a ceasefire, as world leaders gathered in New York for the UN General Assembly.

EGYPT - Security tightened ahead of protest calls
Security was heavy in central Cairo on Thursday night ahead of renewed calls for anti-government protests on Friday by exiled contractor Mohamed Ali, whose online videos accusing officials of corruption triggered rare small-scale demonstrations last week. Rights groups say hundreds of people have been detained since.

TUNISIA - Runoff on October 13
Tunisia's presidential runoff will pit law professor Kais Saied against media magnate Nabil Karoui on October 13. Karoui remains in detention on money laundering charges, and his campaign is being run by his party.

MARKETS
Brent crude traded around $62 a barrel early on Friday, as markets continued to weigh the pace of recovery in Saudi output after the September 14 attacks on Abqaiq and Khurais.

That's it for today. Forward this brief to a colleague, or sign up at the link below."""))
