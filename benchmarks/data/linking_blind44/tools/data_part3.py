# Article source data, part 3 (events 9-13).
from data_part2 import add, MWS_BOILER, ARTICLES

# ---------------- E9: Berlin II conference, 23 Jun 2021 ----------------
G9 = "berlin_ii_conference_libya_2021_06_23"
add(G9, "2021-06-24", "The Atlantic Ledger",
"At second Berlin conference, Libya's backers repeat demand that foreign fighters leave",
"""Seventeen months after world leaders gathered in Berlin to pledge an end to arms shipments into Libya - a promise many of them broke within weeks - diplomats returned to the German capital on Wednesday to take stock. This time Libya itself had a seat at the table.

The second Berlin conference, hosted by Germany's foreign minister, Heiko Maas, and the United Nations, brought together ministers and officials from the countries most involved in the conflict, including the United States, Russia, Turkey, Egypt, the United Arab Emirates, France and Italy, as well as the interim prime minister, Abdulhamid Dbeibah, and his foreign minister, Najla al-Mangoush.

The final declaration called for all foreign forces and mercenaries to be withdrawn from Libya without delay and urged the country's institutions to prepare the constitutional and legal basis for presidential and parliamentary elections on December 24. Turkey insisted on adding a reservation to the paragraph on foreign forces; Ankara argues that its troops are in Libya at the invitation of the legitimate government and should not be lumped together with mercenaries.

Antony Blinken, the US secretary of state, attending on the first stop of a European tour, said Washington shared the goal of a sovereign, stable, unified and secure Libya free from foreign interference. Mr Maas said the ceasefire that has held since October was a sign of progress, but warned that elections and the departure of foreign fighters were the tests still to come. António Guterres, the UN secretary-general, addressed the meeting by video.

Ms Mangoush said she hoped there would be progress on the departure of mercenaries from both sides in the coming days, though she gave no details. Estimates given by the UN late last year put the number of foreign fighters and mercenaries in the country at around 20,000, including Syrians brought in by Turkey on the side of the Tripoli government and Russian contractors from the Wagner group, Syrians and Sudanese on the side of Khalifa Haftar, the eastern commander.

The meeting came at a moment of cautious optimism and mounting frustration. On the positive side, Mr Dbeibah's Government of National Unity, chosen by a UN-run forum in Geneva in February and sworn in before parliament in Tobruk in March, has been received in Western and Arab capitals. Flights between east and west have resumed. On Sunday Mr Dbeibah announced the reopening of the coastal road between Misrata and Sirte, which had been closed since the front line froze last summer - though forces in the east said the road would open only when the joint military commission decided.

On the negative side, the parliament has still not approved a budget for the unity government, the military has not been unified, and no legal framework for December's vote has been agreed. The UN-run dialogue forum is due to meet again in Geneva next week to try to break the deadlock.

Haftar, whose 14-month war on Tripoli ended last June, still commands his forces in the east and south and has not said whether he will run for president.

"Berlin I was about stopping a war," one European official said. "Berlin II is about making sure the peace is not wasted." Whether that distinction survives the coming months depends less on what was written in Berlin than on whether Libya's own rivals, and their foreign sponsors, want an election at all.""")

add(G9, "2021-06-23", "Anatolia Daily Courier",
"Turkey puts reservation on foreign forces clause at Berlin conference on Libya",
"""BERLIN

Turkey introduced a reservation on Wednesday to a paragraph of the final declaration of the Second Berlin Conference on Libya calling for the withdrawal of all foreign forces and mercenaries from the country.

The conference, co-hosted by Germany and the United Nations, was attended by Libya's interim Prime Minister Abdul Hamid Dbeibah and Foreign Minister Najla al-Mangoush, as well as by the foreign ministers and senior officials of countries involved in the Berlin Process.

Turkish diplomatic sources said Turkey's presence in Libya is based on a bilateral agreement signed with the legitimate government and at its request, and cannot be compared with the mercenaries of the Russian Wagner group and other illegitimate foreign elements brought in to support putschist Khalifa Hafter.

The sources said Turkish military advisers and trainers are helping to build Libya's security institutions, and noted that it was Turkish support that stopped Hafter's attack on Tripoli, which began in April 2019, and protected the civilian population of the capital.

The final declaration also stressed the importance of holding presidential and parliamentary elections on Dec. 24, the date set by the Libyan Political Dialogue Forum, and of fully implementing the ceasefire agreement signed in Geneva on Oct. 23, 2020.

German Foreign Minister Heiko Maas said after the meeting that the ceasefire was holding and that a unified government was in place, but that foreign fighters must leave the country. US Secretary of State Antony Blinken also attended the conference.

Ankara has developed close ties with the Government of National Unity since it took office in March. Prime Minister Dbeibah visited Ankara in April with a large delegation of ministers and held talks with President Recep Tayyip Erdoğan, and Foreign Minister Mevlüt Çavuşoğlu, Defense Minister Hulusi Akar and other senior officials visited Tripoli in May.

The first Berlin conference on Libya was held in January 2020 at leaders' level, while Hafter's forces were still besieging Tripoli.""")

add(G9, "2021-06-23", "RusWorld Today",
"Berlin conference calls for withdrawal of foreign forces from Libya; Moscow urges balanced approach",
"""BERLIN, June 23 (RWT) - Participants in the second international conference on Libya, held in Berlin on Wednesday, called for the withdrawal of all foreign forces and mercenaries from the country and reaffirmed their support for elections on December 24.

The conference, organised by Germany and the United Nations, was attended by representatives of more than a dozen countries and international organisations, including Russia, as well as by Libyan Prime Minister Abdul Hamid Dbeibah.

Moscow has repeatedly said that the withdrawal of foreign military personnel from Libya should be carried out gradually, in a balanced and synchronised way, so as not to upset the balance of forces on the ground that has allowed the ceasefire to hold. Russian officials have rejected allegations that Russian military personnel are fighting in Libya, saying that any Russian citizens there do not represent the state.

Turkey, which has troops and military advisers in western Libya under agreements with the former Government of National Accord, entered a reservation to the text on foreign forces, according to the published declaration.

The first Berlin conference, in January 2020, was attended by the leaders of Russia, Turkey, Germany, France and other countries. A permanent ceasefire between the Libyan sides was signed in Geneva in October 2020.""")

# ---------------- E10: Paris conference, 12 Nov 2021 ----------------
G10 = "paris_international_conference_libya_2021_11_12"
add(G10, "2021-11-12", "Mediterranea Notizie English",
"Paris conference backs 24 December vote, threatens sanctions on spoilers",
"""Accept cookies | Manage preferences

PARIS - World and regional leaders meeting in Paris on Friday threw their weight behind Libya's plan to hold presidential elections on 24 December and warned that anyone trying to obstruct the vote could face sanctions.

The International Conference for Libya, held at the Maison de la Chimie, was co-chaired by French President Emmanuel Macron, German Chancellor Angela Merkel, Italian Prime Minister Mario Draghi, Presidential Council head Mohammed al-Menfi, Prime Minister Abdulhamid Dbeibah and the United Nations. US Vice President Kamala Harris, Egyptian President Abdel Fattah al-Sisi and Russian Foreign Minister Sergei Lavrov were among the participants.

In their final declaration, participants said individuals or entities, inside or outside Libya, who try to obstruct, undermine, manipulate or falsify the electoral process and the political transition would be held accountable and could be designated by the UN sanctions committee.

At a press conference afterwards, Macron said the departure of foreign forces must be carried out. He welcomed the announcement a day earlier by the eastern side of a first withdrawal of 300 foreign fighters, agreed with the 5+5 Joint Military Commission, but said it was only a start. "Russia and Turkey must withdraw their mercenaries and military forces without delay," he said, adding that their presence threatened the stability of the whole region.

Merkel spoke of a Turkish reservation on the issue. Turkish President Recep Tayyip Erdogan did not attend, and Ankara was represented at a lower level.

Draghi, for his part, stressed the importance of stability in Libya for the management of migration flows in the central Mediterranean and called for a European agreement on the issue, describing Italy's situation as unsustainable.

The conference came four days after Libya's electoral commission opened registration for candidates, amid deep disagreement between the east and west over the electoral laws issued by parliament speaker Aguila Saleh. Several possible candidates, including eastern commander Khalifa Haftar, Dbeibah himself and Saif al-Islam Gaddafi, the son of the late leader, have not yet formally declared.

The Paris meeting followed the Berlin conferences of January 2020 and June 2021. A ministerial meeting in Tripoli last month, the Libya Stabilisation Conference, also called for elections on schedule.

Leggi anche:
- Migranti, Draghi: "Serve un accordo europeo"
- Eni, nuova scoperta offshore""")

add(G10, "2021-11-13", "Cairo Sentinel",
"Sisi in Paris: Libyan elections on time, exit of mercenaries and foreign forces a must",
"""Cairo Sentinel - Presidency

President Abdel Fattah al-Sisi stressed on Friday, in his speech before the International Conference for Libya in Paris, that holding the presidential and parliamentary elections on December 24 in a transparent manner is the only path to restoring the sovereignty of the Libyan state.

The President said the withdrawal of all foreign forces, foreign fighters and mercenaries from Libyan territory without exception, and the dismantling of militias, are necessary conditions for the success of the political process, and warned against attempts by some parties to obstruct the elections.

Egypt participated in the conference, which was co-chaired by France, Germany, Italy, Libya and the United Nations, at the level of heads of state and government. The final declaration of the conference called for the implementation of the action plan agreed by the 5+5 Joint Military Committee for the exit of mercenaries and foreign forces, and threatened sanctions against those who obstruct the electoral process.

Diplomatic observers noted that a reservation to the text came from the Turkish side, which refuses to include its troops present in western Libya under the name of "foreign forces", in a new proof of Ankara's insistence on keeping its military occupation of Al-Watiya base and its mercenaries in Tripoli.

On Thursday, the General Command of the Libyan National Army announced its agreement to the departure of a first group of 300 foreign fighters from the areas under its control, in coordination with the Joint Military Committee, a step welcomed by President Macron, who called on Turkey and Russia to follow.

The conference comes after the approval by the House of Representatives of the presidential and parliamentary election laws, and the opening of candidate registration on Monday. Field Marshal Khalifa Haftar suspended his military duties in September in accordance with the election law.

Related Articles
Sisi receives Libyan Presidential Council head in Cairo
Egypt's foreign minister: No solution in Libya with foreign forces on its soil

[ad_1]""")

add(G10, "2021-11-13", "Haberlink 24",
"Paris'teki Libya konferansı: Türkiye yabancı güçler maddesine çekince koydu",
"""Paris'teki Libya konferansı: Türkiye yabancı güçler maddesine çekince koydu

13 Kasım 2021 Cumartesi 08:20

Fransa'nın başkenti Paris'te dün düzenlenen Uluslararası Libya Konferansı'nın sonuç bildirgesinde, Libya'da 24 Aralık'ta seçimlerin yapılması ve yabancı güçlerin ve paralı askerlerin çekilmesi çağrısı yapıldı.

Conference, France President Emmanuel Macron, Germany Chancellor Angela Merkel, Italy Prime Minister Mario Draghi, Libya Başkanlık Konseyi Başkanı Muhammed el-Menfi and Başbakan Abdulhamid Dibeybe's co-chairmanship with held. ABD Başkan Yardımcısı Kamala Harris ve Rusya Dışişleri Bakanı Sergey Lavrov da toplantıya katıldı.

Türkiye toplantıya Cumhurbaşkanı düzeyinde katılmadı, Dışişleri Bakanlığı'ndan bir heyetle temsil edildi. Türkiye, bildirgedeki yabancı güçlerin çekilmesine ilişkin maddeye çekince koydu. Turkish sources, Turkey's presence in Libya, legitimate government invitation with and bilateral agreements framework in, that it cannot be put in same category with mercenaries emphasized.

Macron ise conference later press meeting, "Russia and Türkiye must withdraw their mercenaries and military forces without delay" said. Macron, Hafter'e bağlı güçlerin 300 yabancı savaşçının çıkarılacağına dair açıklamasını memnuniyetle karşıladı.

Bildirgede, seçim sürecini engellemeye veya manipüle etmeye çalışanların BM yaptırımlarıyla karşılaşabileceği ifade edildi.

Libya'da Yüksek Seçim Komisyonu, 8 Kasım'da aday başvurularını almaya başlamıştı. Başvurular 22 Kasım'da sona erecek.

Türkiye'nin desteğiyle meşru hükümet güçleri, darbeci Hafter'in Nisan 2019'da başlattığı Trablus saldırısını Haziran 2020'de püskürtmüştü. Daha önce Berlin'de Ocak 2020 ve Haziran 2021'de iki konferans yapılmıştı.

Etiketler: Libya, Paris, konferans, Macron, çekince

İlgili Haberler
- Dışişleri Bakanı Çavuşoğlu Libyalı mevkidaşı ile telefonda görüştü
- Libya'da seçim takvimi netleşiyor

Exit mobile version""")

# ---------------- E11: Saif al-Islam registers, 14 Nov 2021 ----------------
G11 = "saif_gaddafi_registers_candidacy_sebha_2021_11_14"
add(G11, "2021-11-14", "Meridian Wire Service",
"Gaddafi's son Saif al-Islam registers to run for Libya president",
f"""TRIPOLI (MWS) - Saif al-Islam Gaddafi, the son of Libya's late ruler Muammar Gaddafi, submitted his papers on Sunday to run in next month's presidential election, the country's electoral commission said, ending years of near-total seclusion.

Footage released by the High National Elections Commission showed Saif al-Islam, wearing a traditional brown robe and turban, with a grey beard and glasses, signing documents at the commission's office in the southern city of Sebha.

The 49-year-old is wanted by the International Criminal Court on charges of crimes against humanity over the crackdown on protesters in 2011. A Tripoli court sentenced him to death in absentia in 2015 for war crimes, but he was held by an armed group in Zintan and later released under an amnesty law passed by the eastern-based parliament. He denies wrongdoing.

He had not appeared in public for years until an interview with a US newspaper this summer, in which he hinted at a political comeback.

His candidacy is likely to be contested by many Libyans who fought against his father's rule, and could complicate an election already clouded by disputes over its legal basis. Eastern commander Khalifa Haftar and interim Prime Minister Abdulhamid Dbeibah are also expected to run.

Registration for candidates opened on Nov. 8. The presidential vote is scheduled for Dec. 24.

{MWS_BOILER}

(Reporting by Leila Haddad; Editing by Anna Roos)""")

add(G11, "2021-11-14", "RusWorld Today",
"Saif al-Islam Gaddafi files documents to run for Libyan presidency",
"""CAIRO, November 14 (RWT) - Saif al-Islam Gaddafi, son of the former Libyan leader Muammar Gaddafi, on Sunday submitted documents to register as a candidate in the presidential election scheduled for December 24, the Libyan High National Elections Commission said.

According to the commission, Saif al-Islam submitted the papers at the election office in Sebha, in the south of the country.

Saif al-Islam was once seen as his father's likely successor. After the 2011 uprising he was captured by fighters in the town of Zintan and spent several years in custody there. In 2015 a court in Tripoli sentenced him to death in absentia; the ruling was widely criticised by rights groups. The International Criminal Court has sought his arrest since 2011.

Analysts believe Saif al-Islam retains significant support among Libyans nostalgic for the stability of the Gaddafi era, particularly in the south and in some tribal areas.

In 2019, two Russian sociologists, Maxim Shugaley and Samer Sueifan, were detained in Tripoli by the then Government of National Accord, which accused them of trying to influence elections and of having contacts with Saif al-Islam. Moscow called the accusations groundless, and the two men were released and returned to Russia in December 2020.

Registration of candidates for the presidential election will continue until November 22. Eastern commander Khalifa Haftar, who suspended his military duties in September, is widely expected to announce his candidacy in the coming days.""")

add(G11, "2021-11-15", "Arab Daily Digest",
"Saif al-Islam Gaddafi presents his candidacy file for the presidential elections from Sebha",
"""Saif al-Islam Muammar Gaddafi submitted, yesterday Sunday, his candidacy file for the Libyan presidential elections scheduled on 24 next December, at the office of the High National Elections Commission in the city of Sebha in the south of the country.

The commission published on its pages pictures and video showing Saif al-Islam wearing the traditional Libyan dress and a turban, while he is signing the papers in the presence of the employees of the office, in his first appearance of this kind for around ten years.

The commission said in a statement that the candidate completed all the legal requirements for the registration, and that it will review the files of all candidates after the closing of the door of nomination.

Supporters of the former regime welcomed the step on the social media networks, publishing the pictures of Saif al-Islam with the green flag.

On the other side, several political parties and activists in the western region expressed their rejection of the candidacy, considering that Saif al-Islam is wanted by the International Criminal Court and by the Libyan judiciary.

Read also: The number of candidates for the presidency rises after the nomination of Saif al-Islam

It is worth mentioning that the Elections Commission opened the door of nomination for the presidential and parliamentary elections last Monday, the 8 of November, and it will close on 22 of this month for the presidential.

It is worth mentioning also that Paris hosted the day before yesterday, Friday, an international conference on Libya which affirmed the importance of holding the elections on their date, and threatened sanctions against those who obstruct them.

Read also: Haftar expected to announce his candidacy in the coming hours

Tags: Libya, elections, Saif al-Islam, Sebha

Weather.. rains expected on the northern regions and a drop in temperatures

The National Institute of Meteorology expected today Monday a cloudy sky in the northern and central regions with scattered rains, sometimes thunderstorms, in the coastal areas.

The Institute said that the temperatures will witness a noticeable drop, and that the winds will be strong near the coasts, calling the fishermen to be cautious.

It is worth mentioning that the country witnessed in the past days a fluctuation of the weather conditions.""")

# ---------------- E12: Haftar registers, 16 Nov 2021 ----------------
G12 = "haftar_registers_candidacy_benghazi_2021_11_16"
add(G12, "2021-11-16", "Gulf Arena 24",
"Field Marshal Haftar announces candidacy for Libyan presidency: 'Not seeking power but to lead our people'",
"""Benghazi - Gulf Arena 24

Field Marshal Khalifa Haftar officially announced on Tuesday his candidacy for the Libyan presidential elections scheduled for December 24, after submitting his nomination papers at the office of the High National Elections Commission in Benghazi.

In a televised speech, Haftar said he was running "not because I seek power or a position, but to lead our people in this fateful phase towards glory, progress and prosperity". He described the elections as the only way out of the crisis in which the country has been mired, and greeted the countries and friends that had pushed towards democratic solutions.

Haftar, 78, suspended himself in September from the post of General Commander of the Libyan National Army for three months, in accordance with the election law which requires candidates holding public or military posts to step aside three months before the vote. Lieutenant General Abdel Razek al-Nadhouri was assigned to run the army's General Command in the meantime.

Celebrations broke out in several areas of Benghazi after the announcement, with supporters gathering in the streets and raising pictures of the Marshal, who led the "Operation Dignity" launched in 2014 against terrorist groups in Benghazi and Derna.

Haftar's candidacy comes two days after Saif al-Islam Gaddafi submitted his papers in Sebha, and amid expectations that Speaker of the House of Representatives Aguila Saleh and other figures will register in the coming days.

The Muslim Brotherhood and militia leaders in Tripoli and Misrata have rejected Haftar's candidacy and threatened to obstruct the elections, according to Libyan media. The head of the High Council of State, Khaled al-Mishri, had earlier called for a boycott of the elections under the current laws.

The International Conference on Libya in Paris on Friday warned that those who obstruct the electoral process would face sanctions.

Read more
- Libyan army: 300 foreign fighters to leave areas under its control
- UAE stresses support for holding Libyan elections on time

[ad_2]""")

add(G12, "2021-11-16", "Tripoli Herald Online",
"Warlord Haftar submits presidential bid, two days after Saif Gaddafi",
"""Politics | 16 November 2021

Warlord Khalifa Haftar on Tuesday submitted his candidacy for the presidential elections at the office of the High National Elections Commission in Benghazi, in a move that has angered large segments of the population in the western region who were victims of his 14-month war on Tripoli.

In a televised speech, Haftar claimed he was not seeking power but wanted to lead Libyans towards "glory and prosperity".

Haftar, who holds US citizenship, faces lawsuits in a federal court in Virginia filed by Libyan families accusing him of war crimes, including the killing of civilians in Tripoli, Benghazi and Derna. He denies the accusations.

The Military Prosecutor had asked the High National Elections Commission to suspend the registration of Haftar and Saif al-Islam Gaddafi until they are questioned over the criminal accusations against them. The commission has not responded publicly to the request.

Haftar's aggression on the capital, launched on April 4, 2019 while the UN was preparing a national conference in Ghadames, left thousands of dead and wounded and hundreds of thousands displaced, and ended with the discovery of mass graves in Tarhuna after his forces withdrew in June 2020.

Several municipal councils, political parties and revolutionaries' groups in the western region announced their rejection of the candidacy of "those accused of war crimes", and activists called for protests in front of election offices.

The head of the High Council of State, Khaled al-Mishri, has repeatedly said that the electoral laws issued by the House Speaker Aguila Saleh were tailored to fit Haftar, and called on Libyans not to take part in the vote under these laws.

Haftar's announcement comes after Saif al-Islam Gaddafi submitted his papers on Sunday in Sebha. Prime Minister Abdul Hamid Dbeibah is also expected to submit his candidacy despite the pledge made by members of the executive in Geneva not to run.

Share this:
Facebook Twitter WhatsApp Telegram

Related Articles
- Families of Tarhuna victims demand justice
- Al-Mishri: laws of Aguila Saleh are illegitimate""")

add(G12, "2021-11-17", "MENA Briefing Live",
"MENA roundup: Haftar joins Libya race; Sudan protest deaths; Iran talks date",
"""MENA Briefing Live - Wednesday 17 November 2021

Our daily roundup of the region

LIBYA: Haftar enters the race
Khalifa Haftar, the eastern commander whose forces waged a 14-month war on Tripoli in 2019-20, registered as a presidential candidate in Benghazi on Tuesday. In a televised speech he said he was standing not to seek power but to lead Libyans "towards glory, progress and prosperity". Haftar stepped aside from his military command in September to comply with the electoral law. His bid is bitterly opposed in western Libya, where many accuse him of war crimes, which he denies.

LIBYA: Who else is in?
Haftar's filing came two days after Saif al-Islam Gaddafi, son of the late leader, registered in Sebha on Sunday in his first public appearance in years. Saif al-Islam is wanted by the International Criminal Court. Interim Prime Minister Abdulhamid Dbeibah and parliament speaker Aguila Saleh are expected to follow before registration for the presidency closes on Nov. 22. The vote is set for Dec. 24, but the rival camps still dispute the electoral laws.

SUDAN: Protesters killed
Security forces fired on crowds protesting against last month's military takeover in Khartoum and its twin city Omdurman on Wednesday, a doctors' committee aligned with the protest movement said, reporting several deaths. Police deny using live ammunition.

IRAN: Talks to resume
Negotiations in Vienna on reviving the 2015 nuclear deal are due to resume on Nov. 29, the first round since Ebrahim Raisi took office as president in August.

Sign up for our newsletter | Share this: Twitter Facebook LinkedIn""")

# ---------------- E13: election postponed, 22 Dec 2021 ----------------
G13 = "libya_election_postponement_2021_12_22"
add(G13, "2021-12-22", "Meridian Wire Service",
"Libya's Dec. 24 presidential vote cannot go ahead, officials say; commission proposes Jan. 24",
f"""TRIPOLI (MWS) - Libya's presidential election will not take place on Friday as planned, a parliamentary committee said on Wednesday, and the electoral commission proposed pushing the first round of voting back by a month, to Jan. 24.

The head of the parliamentary committee overseeing the elections, al-Hadi al-Sghayer, told parliament speaker Aguila Saleh in a letter that after reviewing technical, judicial and security reports it was "impossible" to hold the vote on Dec. 24 as set by the election law. He did not propose a new date.

Later on Wednesday the High National Elections Commission said it proposed, in coordination with parliament, to postpone the first round to Jan. 24, 2022, provided that parliament took measures to remove the "force majeure" that it said had blocked the process. The commission has not been able to publish a final list of candidates amid a tangle of court appeals.

The delay is a setback for the U.N.-backed peace process and leaves unclear the status of the interim government of Prime Minister Abdulhamid Dbeibah, whose mandate parliament says ends on Friday.

On Tuesday, armed groups deployed in parts of southern Tripoli, raising fears of clashes. The U.N. mission expressed concern about the mobilisation. U.S. Ambassador Richard Norland said the United States shared the disappointment of Libyans who wanted to vote and urged leaders to resolve legal and political obstacles quickly.

Nearly 100 people had registered to run for president, including Dbeibah, eastern commander Khalifa Haftar and Saif al-Islam Gaddafi, son of the former ruler.

{MWS_BOILER}

(Reporting by Leila Haddad; Editing by Anna Roos)""")

add(G13, "2021-12-23", "The Atlantic Ledger",
"Libya's election collapses two days before the vote. Nobody is surprised",
"""For months, diplomats insisted that December 24 was sacred. It was written into the UN road map agreed in Tunis in November last year, repeated in the communiqués of the Berlin conference in June and the Paris conference last month, and endorsed by the Security Council. On Wednesday, two days before polling stations were meant to open, Libya's institutions finally said what most Libyans had long assumed: the vote would not happen.

The announcement came in two parts. First, the parliamentary committee charged with liaising with the election commission wrote to Aguila Saleh, the speaker, that it was impossible to hold the presidential election on the date fixed by law. Hours later, the High National Elections Commission proposed a new date, January 24, on condition that parliament removed the obstacles that had created what it called a state of force majeure.

The obstacles are legal as much as political. There was never an agreed constitutional basis for the vote. Mr Saleh ratified the presidential election law in September without a proper vote in his chamber, and the High Council of State in Tripoli rejected it. Parliament then passed a no-confidence motion against the unity government, leaving Prime Minister Abdulhamid Dbeibah in a caretaker role that he largely ignored.

Then came the candidates. Saif al-Islam Gaddafi, wanted by the International Criminal Court, registered in Sebha on November 14. Khalifa Haftar, whose assault on Tripoli in 2019 left the capital scarred, filed two days later in Benghazi. Mr Dbeibah registered despite having pledged, as a condition of his selection in Geneva in February, not to run. In all, 98 people applied. The commission disqualified 25 of them, including Saif al-Islam, only for courts to reinstate him and others on appeal. With challenges and counter-challenges piling up, the commission never published a final list. There was no campaign to speak of.

Security was the other problem. On Tuesday armed groups mobilised in southern Tripoli reportedly after the Presidential Council replaced the commander of the Tripoli military zone. Late last month armed men blocked a court in Sebha for days from hearing Saif al-Islam's appeal against his exclusion.

The UN itself was in flux. Jan Kubis, the special envoy, resigned last month. Stephanie Williams, who ran the Geneva and Tunis talks in 2020, returned this month as the secretary-general's special adviser.

Nobody has said what happens on December 25, when the mandate of the interim executive, by the reading of parliament, expires. Mr Saleh's allies argue a new government is needed; Mr Dbeibah's camp says he stays until an elected authority replaces him. About 2.5 million Libyans collected voter cards. What they were promised - a chance to choose for themselves after a decade of war - has once again been deferred.""")

add(G13, "2021-12-22", "Anatolia Daily Courier",
"Libya's electoral commission proposes Jan. 24 after vote deemed 'impossible' on Dec. 24",
"""TRIPOLI

Libya's High National Elections Commission on Wednesday proposed holding the first round of the presidential election on Jan. 24, 2022, after a parliamentary committee said it was impossible to hold the vote as planned on Friday.

The commission said in a statement that the overlap between political facts and court rulings had created a state of "force majeure" that prevented it from announcing the final list of presidential candidates. It said its earlier decision to exclude a number of candidates was legally sound.

Earlier in the day, al-Hadi al-Sghayer, the head of the parliamentary committee following up on the elections, informed Tobruk-based Speaker Aguila Saleh that holding the vote on Dec. 24 was impossible, based on technical, judicial and security reports.

The candidacy of putschist Khalifa Hafter, whose forces attacked Tripoli in April 2019 and whose militias are accused of mass graves in Tarhuna, was among the most controversial issues of the electoral process. The candidacy of Saif al-Islam Gaddafi, the son of the former ruler who is wanted by the International Criminal Court, was also challenged in court.

The UN Support Mission in Libya voiced concern on Wednesday over the mobilization of armed groups in Tripoli, saying it undermined the security gains made in the country and called on all parties to exercise restraint.

Turkey has consistently expressed support for holding free and fair elections in Libya that would reflect the will of the Libyan people, and for the UN-led political process.

The elections were part of a roadmap agreed by the Libyan Political Dialogue Forum, which in February elected the Presidential Council headed by Mohammed al-Menfi and the Government of National Unity of Abdul Hamid Dbeibah, which won a vote of confidence in March.""")
