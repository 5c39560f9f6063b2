# Events 7-9 (September 2021 - January 2022)
G7 = "ethiopia_expels_seven_un_officials_2021_09_30"
G8 = "ethiopia_declares_nationwide_state_of_emergency_2021_11_02"
G9 = "ethiopia_grants_amnesty_to_jawar_and_tplf_veterans_2022_01_07"

ARTICLES = [
dict(group=G7, published="2021-09-30", outlet="Horn Wire Service",
title="Ethiopia expels seven senior U.N. officials, accusing them of meddling",
text="""ADDIS ABABA (HWS) - Ethiopia on Thursday ordered seven senior United Nations officials, including the country heads of the U.N. children's agency and the humanitarian coordination office, to leave the country within 72 hours, accusing them of "meddling" in its internal affairs.

The foreign ministry said in a statement posted on social media that it had declared the seven persona non grata. It named UNICEF representative Adele Khodr; Grant Leaity, acting humanitarian coordinator for the Office for the Coordination of Humanitarian Affairs (OCHA); Sonny Onyegbula, a team leader at the U.N. human rights office; and OCHA officials Kwesi Sansculotte, Saeed Mohamoud Hersi, Ghada Eltahir Mudawi and Marcy Vigoda.

The ministry gave no details of what the officials were alleged to have done.

U.N. Secretary-General Antonio Guterres said he was "shocked" by the decision and had full confidence in the U.N. staff working in Ethiopia. The world body was engaging with the government in the expectation that the officials would be allowed to continue their work, his spokesperson said.

The expulsions came two days after U.N. aid chief Martin Griffiths said he assumed famine was already taking hold in the northern Tigray region, which he said had been under a de facto blockade for nearly three months. He said only about 10% of the humanitarian supplies needed were getting in.

Ethiopia's government denies blocking aid and has accused some aid workers of favouring the Tigray People's Liberation Front (TPLF), whose forces have been fighting the federal army since November. The TPLF retook most of Tigray in late June and has since pushed into the neighbouring Amhara and Afar regions.

Aid agencies say hundreds of trucks carrying food and fuel are needed every day to meet needs in Tigray, where the U.N. estimates that about 5 million people need assistance and hundreds of thousands face famine-like conditions. Only a small fraction of that number has reached the region since July.

The United States, which this month authorised a framework for sanctions against parties to the conflict, condemned the expulsions.

(Reporting by Addis Ababa newsroom and Nairobi bureau; Editing by Martin Ebbs)"""),

dict(group=G7, published="2021-10-01", outlet="HornAid Alliance",
title="HornAid Alliance deeply alarmed by expulsion of senior UN humanitarian officials from Ethiopia",
text="""PRESS RELEASE
FOR IMMEDIATE RELEASE
Nairobi, 1 October 2021

HornAid Alliance, a network of 23 humanitarian and development organisations working in the Horn of Africa, is deeply alarmed by the decision of the Government of Ethiopia, announced yesterday, to declare seven senior United Nations officials persona non grata and to order them to leave the country within 72 hours.

Those expelled include the UNICEF Representative in Ethiopia and the senior leadership of the UN Office for the Coordination of Humanitarian Affairs (OCHA), the office responsible for coordinating the humanitarian response in northern Ethiopia, as well as a senior staff member of the UN human rights office.

"This decision could not come at a worse time," said the Alliance's regional director. "Millions of people in Tigray, Amhara and Afar depend on humanitarian assistance to survive. Removing the people who coordinate that assistance, at the very moment the UN is warning of famine, puts lives at risk."

Earlier this week the UN Emergency Relief Coordinator, Martin Griffiths, warned that Tigray had been under a de facto humanitarian blockade for months, that only around 10 per cent of needed supplies were reaching the region and that no fuel deliveries had arrived since late July.

Our member organisations report that:
- stocks of food, fuel and medical supplies in Tigray are exhausted or close to exhaustion;
- cash for salaries and operations cannot be brought into the region, where banking services remain suspended;
- staff in Amhara and Afar are struggling to reach newly displaced families because of insecurity.

HornAid Alliance calls on:
1. The Government of Ethiopia to reverse its decision and to allow the UN officials concerned to continue their work;
2. All parties to the conflict to guarantee safe, sustained and unimpeded humanitarian access to all people in need, in line with international humanitarian law;
3. All parties to respect and protect humanitarian workers, who have been killed in this conflict, among them three Médecins Sans Frontières staff in Tigray in June;
4. Donors to urgently scale up funding for the response in northern Ethiopia.

The Alliance welcomes the statement of the UN Secretary-General expressing full confidence in UN staff in Ethiopia.

Notes to editors
HornAid Alliance members operate in Ethiopia, Eritrea, Somalia, Djibouti, Kenya and Sudan. The Alliance does not take sides in any conflict.

Media contact: press@hornaid-alliance.example | +254 700 000 000"""),

dict(group=G7, published="2021-10-01", outlet="Yezare Addis (machine translated from Amharic)",
title="The Ministry of Foreign Affairs is ordered seven UN officials to leave the country in 72 hours",
text="""Addis Ababa, Meskerem 21, 2014 E.C. (Yezare Addis)

The Ministry of Foreign Affairs of Ethiopia is declared seven persons who work in the humanitarian agencies of the United Nations as "persona non grata" for interfering in the internal affairs of the country, and it is ordered them to leave the country within 72 hours.

The Ministry is announced the decision yesterday, Meskerem 20, in its social media page, and it is said that a letter was written to each one of the persons.

Among the persons ordered to leave is the representative of UNICEF in Ethiopia Adele Khodr, the acting humanitarian coordinator of OCHA Grant Leaity and the human rights office team leader Sonny Onyegbula, and also other four officials of OCHA.

The Ministry is not explained in detail which interfering the persons are done.

However different people in the social media are said that some humanitarian workers were supporting the terrorist Woyane group and they were not telling the destruction that the group is doing in Amhara and Afar kilil. The government before also was accusing some aid organizations of giving supplies to the group.

The Secretary-General of the United Nations Antonio Guterres is said he was shocked with the decision and he has confidence on the UN staff.

The United States government is also condemned the decision.

It is remembered that two days before, the head of humanitarian of the UN Martin Griffiths was said that in Tigray kilil there is de facto blockade and famine may be started, but the government is rejecting the accusation of blockade and says the road of Afar is open and the trucks are not returning from Mekele.

The terrorist group which is designated by the House of People's Representatives in Miyazya 2013 is continuing the attacks in North Wollo and in Afar kilil, according to the reports.

Share this:
Facebook Twitter Telegram

Exit mobile version"""),

dict(group=G8, published="2021-11-02", outlet="Continental Press",
title="Ethiopia declares nationwide state of emergency as Tigray forces press south",
text="""NAIROBI, Kenya (CP) — Ethiopia's government on Tuesday declared a nationwide state of emergency after rival forces from the northern Tigray region said they had seized two strategic towns on the main highway to the capital, Addis Ababa, and hinted they could march on the city.

The six-month emergency, announced by the Council of Ministers and carried by state media, took effect immediately. It allows authorities to impose curfews, set up roadblocks, conduct searches, suspend media outlets and detain without a court warrant anyone suspected of links to "terrorist" groups, a designation the government gave the Tigray People's Liberation Front in May. Citizens of military age who own weapons can be called up for training or service, and those who cannot serve may be required to hand their weapons over.

Justice Minister Gedion Timothewos told state media the measures were needed to protect civilians from atrocities by the TPLF and to avert dangers to the country's existence. Parliament is expected to approve the decree within days.

Earlier Tuesday, the Addis Ababa city administration told residents to register their firearms within two days and to organize to defend their neighborhoods.

The Tigrayan forces said over the weekend that they had captured Dessie and Kombolcha in the Amhara region, about 400 kilometers (250 miles) north of the capital. The government has denied losing the towns and says its forces are still fighting there. Communications in the area are largely cut, and the claims could not be independently verified.

A spokesman for the Tigrayan forces, Getachew Reda, said they had joined forces with the Oromo Liberation Army, another armed group, and did not rule out advancing on Addis Ababa if that was needed to achieve their goals.

Prime Minister Abiy Ahmed, who won the Nobel Peace Prize in 2019, on Sunday urged Ethiopians to take up arms to defend themselves against the TPLF.

The United States said it was alarmed by the escalation. U.S. special envoy Jeffrey Feltman said Washington opposed any move by the Tigrayan forces on the capital, and President Joe Biden's administration said it intended to remove Ethiopia from a U.S. trade program over "gross violations" of human rights.

The war began a year ago this week, when Abiy sent troops into Tigray after accusing the TPLF of attacking a federal military base. Tigrayan forces retook most of their region in June and then pushed into Amhara and Afar. Thousands of people have been killed and millions displaced, and the U.N. says hundreds of thousands of people in Tigray face famine conditions under what it calls a de facto blockade.

Ethiopia last imposed a national state of emergency in February 2018, shortly before Abiy took office."""),

dict(group=G8, published="2021-11-03", outlet="Nile Courier",
title="Ethiopia imposes six-month state of emergency as Tigrayan forces claim Dessie and Kombolcha",
text="""KHARTOUM — Ethiopia declared a six-month state of emergency across the whole country on Tuesday, a year after the war in its northern Tigray region began, as fighters of the Tigray People's Liberation Front (TPLF) claimed to have captured the towns of Dessie and Kombolcha in Amhara region and spoke openly of moving on Addis Ababa.

The decree, adopted by the Council of Ministers, gives a command post led by the army chief of staff powers to impose curfews, close roads, detain suspects without a court order and call up citizens with weapons for military service. The government said the existence of the nation was under threat.

Authorities in Addis Ababa ordered residents to register their weapons within two days and to organize neighborhood defence. Residents reached by telephone said life in the capital was largely normal on Tuesday, though some were stocking up on food.

The Ethiopian government denies the fall of Dessie and Kombolcha. TPLF spokesman Getachew Reda said the Tigrayan forces had linked up with the Oromo Liberation Army and would march on the capital if necessary.

In Khartoum, officials are watching with concern. Sudan hosts more than 50,000 Ethiopian refugees who crossed into Kassala and Gedaref states since November last year, and tension over the fertile al-Fashaga border area remains high. Khartoum has repeatedly offered to help mediate between the warring parties.

Related:
» Um Rakuba refugees mark a year in exile
» Gedaref: farmers report new incursions in al-Fashaga
UN, Ethiopian rights body say all sides in Tigray war committed abuses that may amount to war crimes
GENEVA/ADDIS ABABA — All parties to the conflict in northern Ethiopia have committed violations of human rights and humanitarian law, some of which may amount to war crimes and crimes against humanity, a joint investigation by the UN human rights office and the Ethiopian Human Rights Commission said on Wednesday.

The report, presented in Geneva by UN High Commissioner for Human Rights Michelle Bachelet, covers the period from 3 November 2020 to 28 June 2021, when the federal army withdrew from most of Tigray. Investigators conducted some 269 interviews with victims and witnesses.

It documents unlawful killings, torture, sexual and gender-based violence, attacks on refugees and forced displacement, and attributes violations to the Ethiopian army, Eritrean forces, Amhara regional forces and militia, and Tigrayan forces.

The joint team said insecurity and other constraints had prevented it from visiting some of the places where abuses were reported. Tigrayan groups and some rights organisations had questioned the independence of an investigation carried out together with a state-appointed body; the UN has defended its impartiality.

The investigation's release was overshadowed by the nationwide state of emergency declared in Ethiopia a day earlier.

Share
Tweet
Email"""),

dict(group=G8, published="2021-11-03", outlet="Horn Daily Briefing",
title="LIVE: Ethiopia under nationwide state of emergency — what we know",
text="""HORN DAILY BRIEFING | Live updates | Wednesday 3 November 2021

Key points
- Ethiopia's Council of Ministers declared a six-month nationwide state of emergency on Tuesday evening.
- Tigrayan forces claim to have taken Dessie and Kombolcha on the A2 highway; the government denies it.
- Addis Ababa residents told to register firearms within 48 hours.
- UN and Ethiopian Human Rights Commission publish joint Tigray report today.

08:05 EAT — Good morning. Ethiopia woke up under a state of emergency, declared by the cabinet on Tuesday and carried on state-affiliated Fana and EBC. It runs for six months and must be endorsed by parliament, which is expected to vote within 48 hours of the declaration.

08:30 EAT — What the decree allows: curfews, road closures, searches without a court warrant, detention of anyone "reasonably suspected" of cooperating with terrorist groups (the TPLF and the OLA-Shene were designated as such by parliament in May), suspension of media licences, and a call-up for military training of citizens who own firearms. A command post headed by the chief of staff will run it.

09:15 EAT — The Addis Ababa city administration has asked residents to register weapons and "protect their neighbourhoods". Our contacts in Bole and Piazza say shops are open and traffic is moving as usual.

10:20 EAT — TPLF spokesman Getachew Reda says on Twitter that Tigrayan forces are consolidating positions around Kombolcha. Government communications minister Legesse Tulu has said the army is still fighting for the towns. Neither claim can be verified; phone lines in much of South Wollo are down.

11:00 EAT — Washington: President Biden has told Congress he intends to suspend Ethiopia's duty-free access under the AGOA trade programme, citing "gross violations of internationally recognised human rights".

12:40 EAT — In a speech at the defence ministry to mark one year since the 3-4 November 2020 attack on the Northern Command, Prime Minister Abiy Ahmed said the enemy would be buried with "our blood and bones". His government has described the state of emergency as necessary to protect the sovereignty of the country.

13:10 EAT — In Geneva, Michelle Bachelet is presenting the joint UN-EHRC investigation into abuses in Tigray between November 2020 and June 2021. We will bring you the main findings separately.

14:25 EAT — UN Secretary-General Antonio Guterres has expressed deep concern about the escalation and renewed his call for an immediate end to hostilities and for unrestricted humanitarian access.

This page is no longer being updated. Follow our coverage tomorrow.

Advertisement
Sign up for the Horn Daily Briefing newsletter"""),

dict(group=G9, published="2022-01-07", outlet="Medrek Broadcasting Corporation",
title="Government grants amnesty to political prisoners to make national dialogue inclusive",
text="""Addis Ababa, January 7, 2022 (MBC) – The Government of Ethiopia has decided to release a number of political prisoners in a bid to create a conducive environment for the upcoming all-inclusive national dialogue, the Government Communication Service announced this evening.

Those included in the amnesty are Sebhat Nega, Kidusan Nega, Abay Woldu, Abadi Zemu, Mulu Gebregziabher and Kiros Hagos, as well as Jawar Mohammed, Eskinder Nega and all others accused under the same criminal files, according to the announcement.

The Ministry of Justice said the charges against Jawar Mohammed and Eskinder Nega and their co-defendants were dropped in order to make the national dialogue successful and inclusive. The senior TPLF members were pardoned taking into consideration their advanced age and health condition, the Ministry said.

In its statement, the Government Communication Service said that the key to lasting unity is dialogue and that Ethiopia will make any sacrifice to this end. The purpose of the decision is to find a lasting solution to the country's problems in a peaceful, non-violent manner, it said.

The government believes that those granted amnesty will learn from their past mistakes and make positive political and social contributions to their country and people, the statement added. The government also acknowledged that there are people who have been hurt, and said their pain is a burden to be shared by those who were granted amnesty as well.

It is to be recalled that the House of Peoples' Representatives last week approved the proclamation establishing the National Dialogue Commission.

Genna message

Meanwhile, Prime Minister Abiy Ahmed (PhD) extended his best wishes to Ethiopians celebrating Genna, the Ethiopian Christmas, calling on the public to uphold the values of forgiveness, reconciliation and unity."""),

dict(group=G9, published="2022-01-08", outlet="Yezare Addis (machine translated from Amharic)",
title="Jawar, Eskinder, Sebhat and others are released in the amnesty of the government",
text="""Addis Ababa, Tahsas 30, 2014 E.C. (Yezare Addis)

The federal government is released by amnesty Ato Jawar Mohammed, Ato Eskinder Nega, Ato Sebhat Nega and other political prisoners, which is announced yesterday at the day of Genna.

The Government Communication Service is said that the decision is made to make the national dialogue successful and to solve the problems of the country by peaceful way. "The key for lasting unity is dialogue," the statement is said.

According to the list, the old leaders of Woyane Ato Sebhat Nega, Ato Abay Woldu, Ato Abadi Zemu, Kidusan Nega, Mulu Gebregziabher and Ato Kiros Hagos are released by considering their age and health. For Ato Jawar Mohammed, Ato Bekele Gerba, Ato Eskinder Nega and those in the same file, the charge is dropped, the Ministry of Justice is said.

Ato Eskinder Nega, the leader of Balderas party, is left the prison in Friday evening. But the lawyer of Ato Jawar, Ato Tuli Bayissa, is said that his clients are preferred to leave the prison in the day time because of security concern.

Many people in the social media are expressed different opinion. Some are praised the decision for peace and reconciliation, but others especially are angry about the release of Sebhat Nega, who is called "the father of the junta", and they are asked why the people of Amhara and Afar who are hurt by the war were not consulted.

The government in its statement is said that it is understanding that there are people who are hurt, and their pain is also the burden of the persons who are released.

It is remembered that Jawar and Eskinder were in prison since Sene 2012 after the violence that is followed the killing of the artist Hachalu Hundessa.

Meanwhile, reports from Tigray kilil are saying that there is air attack in Dedebit area at the night, and many people are died, but the government is not given any statement until now."""),
]
