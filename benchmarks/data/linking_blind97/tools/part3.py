ARTS = [
dict(group="un_panel_erik_prince_haftar_2021_02_19", published="2021-02-19", outlet="Mediterranean Wire Service",
title="UN report says Erik Prince broke Libya arms embargo in failed Haftar operation",
text="""UNITED NATIONS (MWS) - Erik Prince, the founder of the Blackwater security firm and a supporter of former US President Donald Trump, violated the UN arms embargo on Libya by helping to set up an operation to supply Khalifa Haftar's forces with aircraft and foreign fighters in 2019, according to a confidential UN report reported on Friday.

The report by the Security Council's Libya sanctions monitors describes a roughly $80 million plan, launched in June 2019 when Haftar's forces were attacking Tripoli, to provide the eastern commander with attack helicopters, surveillance aircraft and a boat capability to intercept shipments at sea.

According to accounts of the report, the operation was run through companies registered in the United Arab Emirates, and some two dozen Western contractors took part. The plan unravelled within weeks, in part because Haftar's side was unhappy with the helicopters delivered, and the contractors left Libya by inflatable boat for Malta.

The experts said Prince had also been involved in trying to obtain weapons for the operation, which would itself breach the embargo. Prince did not immediately comment.

The report is due to be presented to the Security Council's sanctions committee. It has not been made public.

Libya has been split between rival authorities since 2014. A UN-led process this month chose a new interim executive, with Abdul Hamid Dbeibah as prime minister, to lead the country to elections in December."""),
dict(group="un_panel_erik_prince_haftar_2021_02_19", published="2021-02-20", outlet="RusInfo International",
title="Ex-Blackwater Chief Prince Violated Libya Embargo, UN Report Claims - Reports",
text="""MOSCOW, February 20 (RusInfo) - A confidential report by a UN panel of experts has found that Erik Prince, the founder of US private military company Blackwater, violated the arms embargo on Libya by taking part in a mercenary operation in support of Libyan National Army (LNA) commander Khalifa Haftar, US media reported.

According to media reports, the operation, estimated at $80 million, was organised in 2019 through companies based in the United Arab Emirates and envisioned providing Haftar's forces with aircraft, including attack helicopters, as well as intelligence and maritime capabilities.

Prince has not commented on the reports. The UAE has not responded.

Moscow has repeatedly said it supports the UN-led settlement in Libya and has denied accusations that Russian nationals are fighting in Libya on behalf of the state. Western countries and the UN panel have in the past accused the Russian private company Wagner of deploying fighters to support the LNA, which the Kremlin says has nothing to do with the Russian government.

Earlier this month, the Libyan Political Dialogue Forum in Geneva elected an interim executive authority headed by Mohammad Menfi, with Abdul Hamid Dbeibah as prime minister.

Share"""),
dict(group="un_panel_erik_prince_haftar_2021_02_19", published="2021-02-21", outlet="Al-Manara Arabic Net",
title="International report: Erik Prince and companies in Emirates violated the embargo for the favour of Hafter",
text="""Washington - Al-Manara Net

American newspapers published, the day before yesterday Friday, details from a confidential report of the experts of the United Nations, which accused the American Erik Prince, founder of the company "Blackwater", of violating the embargo of weapons on Libya through an operation of mercenaries for the favour of the retired general Khalifa Hafter.

And according to the report, the operation, whose cost reached 80 million dollars, was started in the year 2019 in the time of the attack of Hafter on the capital Tripoli, and it included sending of attack helicopters and reconnaissance aircraft and teams of foreign mercenaries, and the operation was managed via companies registered in the Emirates.

And the report said that the operation failed after a short time, and that the mercenaries fled from Libya in boats toward Malta.

It is worth mentioning that the UN reports of the previous years accused Abu Dhabi of supplying Hafter with drones of type "Wing Loong" and air defence systems "Pantsir", while the Emirates denies.

And the Minister of Interior in the Government of Accord Fathi Bashagha said in a tweet that the report "confirms the size of the conspiracy on Tripoli".

It is also worth mentioning that the report comes few days after the selection of the new executive authority in Geneva, headed by Mohammed al-Menfi and Abdul Hamid Dbeibah.

[ad_1]
Read also: Dbeibah begins his consultations for the formation of the government"""),

dict(group="dbeibah_meets_mbz_abu_dhabi_2021_04_07", published="2021-04-08", outlet="Gulf Horizon Daily",
title="Mohamed bin Zayed receives Libyan Prime Minister, affirms UAE support for new executive",
text="""ABU DHABI - GULF HORIZON DAILY

His Highness Sheikh Mohamed bin Zayed Al Nahyan, Crown Prince of Abu Dhabi and Deputy Supreme Commander of the UAE Armed Forces, received on Wednesday evening Abdul Hamid Dbeibah, Prime Minister of Libya's Government of National Unity.

Sheikh Mohamed renewed the UAE's support for Libya's new executive authority and its efforts to achieve peace and stability, and congratulated Mr Dbeibah on winning the confidence of the House of Representatives last month.

The two sides discussed ways to strengthen brotherly relations in various fields, as well as a number of regional and international issues, according to the Emirates News Agency, WAM.

Mr Dbeibah briefed Sheikh Mohamed on the situation in Libya and the efforts of the interim authority to restore security, unify state institutions and prepare for national elections on December 24. He said Libya looked forward to comprehensive partnerships with the UAE in development, investment and security, and praised the UAE's development model.

In a tweet on Thursday, Sheikh Mohamed said it had been an honour to receive the Libyan prime minister and that the Libyan people would overcome their challenges.

The UAE has consistently called for a political solution in Libya under UN auspices and welcomed the formation of the unity government in March."""),
dict(group="dbeibah_meets_mbz_abu_dhabi_2021_04_07", published="2021-04-08", outlet="Tripoli Voice",
title="Dbeibah in Abu Dhabi: first visit of a Tripoli PM to the Emirates since the war",
text="""Tripoli Voice | Tripoli

Prime Minister Abdul Hamid Dbeibah met on Wednesday night with Abu Dhabi's Crown Prince Mohamed bin Zayed, in a visit that many in Tripoli received with mixed feelings a year after the end of the war on the capital.

The media office of the Government of National Unity said the talks dealt with bilateral relations, the return of the UAE embassy to Tripoli, resumption of flights, and investment. It said the crown prince expressed support for the government.

For many residents of the capital, the visit was hard to accept. The UAE was the main backer of Haftar's 14-month offensive, and UN experts documented Emirati drones and air defence systems in eastern Libya. Relatives of the cadets killed at al-Hadba academy in January 2020, whose deaths a BBC investigation last year attributed to an Emirati-operated drone, asked on social media whether their case had been raised. The government did not answer.

Government supporters argue that the unity government must deal with every foreign capital if the ceasefire is to hold and foreign fighters are to leave. Dbeibah, who took office in mid-March, has visited Cairo in recent weeks, and is expected in Turkey next week with a large ministerial delegation.

A political analyst close to the High Council of State said the UAE "is trying to change its position from a party to the war to a partner of the state", and that the test would be whether Abu Dhabi presses Haftar to accept civilian authority.

Related:
Dbeibah's government wins confidence vote in Sirte (March 10)
UN Security Council demands exit of mercenaries"""),
dict(group="dbeibah_meets_mbz_abu_dhabi_2021_04_07", published="2021-04-09", outlet="The Meridian Review",
title="Former Haftar backer UAE courts Libya's new premier",
text="""By our Gulf correspondent

The United Arab Emirates, for years the most important foreign patron of the eastern commander Khalifa Haftar, has embraced Libya's new unity government, receiving its prime minister, Abdul Hamid Dbeibah, in Abu Dhabi late on Wednesday.

Sheikh Mohamed bin Zayed, the crown prince and the country's de facto ruler, "renewed his support" for the interim executive, the state news agency reported. He later tweeted that the Libyan people would overcome their challenges.

The meeting marks a clear shift. When Haftar launched his assault on Tripoli in April 2019, the UAE gave him air power: UN investigators found that Chinese-made Wing Loong drones and Russian-designed Pantsir air defence systems had been supplied in breach of the arms embargo, and the Emirates was linked to strikes including one that killed 26 cadets in Tripoli in January 2020. Abu Dhabi denied a military role throughout. In January this year, after the United States called on the UAE, Russia and Turkey to stop intervening, the Emirati foreign ministry said it was ready to work with the Biden administration for a peaceful solution.

Dbeibah, a businessman from Misrata, was chosen in February by a UN-sponsored forum in Geneva and sworn in last month. He has set out to court all of Libya's foreign sponsors, including Egypt, Haftar's other main backer, and Turkey, which saved Tripoli in 2020.

Diplomats say the UAE's priorities have shifted from the battlefield to influence in the new order, and to limiting Turkey's gains. Thousands of foreign fighters remain in the country, including Syrians brought by Turkey and Russian contractors on Haftar's side. The Security Council has demanded their withdrawal.

The interim government is meant to lead Libya to presidential and parliamentary elections on December 24."""),

dict(group="tahnoun_meets_erdogan_ankara_2021_08_18", published="2021-08-18", outlet="Anatolia Crescent News",
title="Turkish president receives UAE national security adviser",
text="""ANKARA

Turkish President Recep Tayyip Erdogan on Wednesday received the national security adviser of the United Arab Emirates, Sheikh Tahnoun bin Zayed Al Nahyan, in the capital Ankara.

The meeting at the Presidential Complex was closed to the press, according to the Communications Directorate.

Bilateral relations, regional developments and possible Emirati investments in Türkiye were discussed, the directorate said.

Speaking in a televised interview later in the day, Erdogan said Türkiye and the UAE had been holding talks at the intelligence level for some time, and that the UAE would soon make "serious investments" in Türkiye.

"There have been some ups and downs in our relations with the UAE. Such things happen between countries," he said, adding that progress had been made in recent months.

UAE presidential adviser Anwar Gargash described the meeting as "historic and positive" on Twitter, saying it focused on economic cooperation and partnership.

Ankara and Abu Dhabi had been at odds over a range of regional issues, including the conflict in Libya, where the two countries backed opposing sides."""),
dict(group="tahnoun_meets_erdogan_ankara_2021_08_18", published="2021-08-19", outlet="Haber Gündem Online",
title="Erdoğan BAE Ulusal Güvenlik Danışmanı Tahnun bin Zayed'i kabul etti: yeni dönem mi?",
text="""Cumhurbaşkanı Recep Tayyip Erdoğan received the United Arab Emirates (BAE) National Security Advisor Şeyh Tahnun bin Zayed Al Nahyan in the Külliye on yesterday Wednesday. The meeting was realized closed to the press.

According to the statement of İletişim Başkanlığı, in the meeting the bilateral relations of Türkiye and BAE, the regional developments and the investments were taken up.

Erdoğan said in the evening in the TV program that BAE will make "ciddi yatırımlar" (serious investments) in Türkiye soon, and that the contacts between the intelligence units were continuing since some months.

The relations between the two countries were under tension because of the Libya, Mısır (Egypt) and the East Mediterranean. In the Libya, BAE was the biggest supporter of the putschist Hafter, while Türkiye signed the military agreement with the legitimate government in 2019. Türkiye also accused some Gulf countries about the 15 Temmuz coup attempt.

Analysts say the visit is the biggest step after years, and the visit of Veliaht Prens Muhammed bin Zayed to Ankara can come in next period.

Libya Yüksek Seçim Komisyonu açıklama yaptı
Tripoli - Libya's High National Elections Commission said on Wednesday that the preparations for the 24 December elections are continuing and the voter registration will be opened again. The Commission's head İmad es-Sayih said the commission is waiting the election law from the Parliament. The House of Representatives had not yet passed the law, and the disagreement about the constitutional basis continues. BM (UN) envoy Jan Kubis called the sides to agree on the legal framework without delay."""),
dict(group="tahnoun_meets_erdogan_ankara_2021_08_18", published="2021-08-19", outlet="Gulf Horizon Daily",
title="Tahnoun bin Zayed holds talks with Erdogan on economic cooperation",
text="""ANKARA - GULF HORIZON DAILY

His Highness Sheikh Tahnoun bin Zayed Al Nahyan, National Security Adviser, met Turkish President Recep Tayyip Erdogan in Ankara on Wednesday, in talks focused on economic and trade cooperation and investment opportunities.

During the meeting, the two sides discussed prospects for strengthening relations in the fields of trade, transport, health and energy, and exchanged views on regional developments, according to WAM.

Dr Anwar Gargash, Diplomatic Adviser to the UAE President, said the meeting was historic and positive and reflected the UAE's approach of building bridges and expanding areas of cooperation with its partners in the region.

The visit comes as the UAE seeks to reduce regional tensions and prioritise the economy. Abu Dhabi has recently restored ties with Qatar after the Al Ula declaration in January and has strengthened contacts with several regional capitals.

Relations between the UAE and Turkey had been strained over the past decade over differences on political Islam and on conflicts including Libya, where the UAE has said it supports the UN-led political process and elections scheduled for December.

Read also:
UAE and Turkey trade volume rises in first half
Expo 2020 Dubai: 190 countries confirmed"""),

dict(group="erdogan_mbz_phone_call_2021_08_30", published="2021-08-31", outlet="PakAsia Point News",
title="Mohamed bin Zayed, Turkish President Discuss Regional Issues In Phone Call",
text="""ABU DHABI, (PakAsia Point News / WAM - 31st August, 2021) : His Highness Sheikh Mohamed bin Zayed Al Nahyan, Crown Prince of Abu Dhabi and Deputy Supreme Commander of the UAE Armed Forces, held a phone call on Monday with Turkish President Recep Tayyip Erdogan.

During the call, the two sides discussed bilateral relations and ways to strengthen them in the common interest of both countries, and exchanged views on a number of regional and international issues of mutual concern.

The call follows a visit to Ankara earlier this month by a UAE delegation led by H.H. Sheikh Tahnoun bin Zayed Al Nahyan, National Security Adviser, which met President Erdogan and discussed cooperation in trade, transport, health and energy.

Comments (0)"""),
dict(group="erdogan_mbz_phone_call_2021_08_30", published="2021-09-01", outlet="The Meridian Review",
title="Erdogan and Abu Dhabi's crown prince speak as rivals edge towards detente",
text="""By our Turkey correspondent

President Recep Tayyip Erdogan of Turkey and Sheikh Mohamed bin Zayed, the crown prince of Abu Dhabi, spoke by telephone on Monday evening, their first publicised conversation in years and the clearest sign yet that two of the Middle East's fiercest rivals are trying to bury their differences.

Turkey's communications directorate said the two men discussed bilateral ties and regional developments. Anwar Gargash, an adviser to the UAE president, wrote on Tuesday that the call was "very positive and friendly", and that the Emirates wanted to open a new phase in relations.

The call comes less than two weeks after Sheikh Tahnoun bin Zayed, the UAE's national security adviser and the crown prince's brother, met Erdogan in Ankara on August 18. Erdogan said afterwards that Emirati investment would follow.

Few relationships in the region have been as bitter. Pro-government Turkish media accused the UAE of bankrolling the 2016 coup attempt; Emirati officials accused Ankara of backing the Muslim Brotherhood and of neo-Ottoman ambitions. The two sides fought a proxy war in Libya: the UAE armed Khalifa Haftar's assault on Tripoli from April 2019, while Turkish drones, air defences and Syrian fighters turned it back in 2020. In July 2020 unidentified jets, widely believed by Turkish commentators to be Emirati, bombed Turkish equipment at al-Watiya air base. UAE officials never commented.

Analysts point to economics: Turkey's currency troubles make Gulf money attractive, while the UAE has been recalibrating after the end of the Qatar boycott and the change of administration in Washington. In Libya, both countries now publicly back the unity government of Abdul Hamid Dbeibah and the elections planned for December.

Cookie settings"""),
]
