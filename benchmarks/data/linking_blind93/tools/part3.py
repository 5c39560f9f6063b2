G7="hnec_proposes_election_postponement_2021_12_22"
G8="hor_names_bashagha_prime_minister_2022_02_10"
G9="hor_approves_bashagha_cabinet_2022_03_01"
ARTS=[
dict(group=G7,published="2021-12-22",outlet="Meridian Press Wire",title="Libya election commission proposes delaying vote to January 24",
text="""TRIPOLI (MPW) - Libya's election commission on Wednesday proposed postponing the presidential election, due on Friday, by one month to Jan. 24, confirming what had become inevitable after weeks of disputes over candidates and rules.

The High National Elections Commission said in a statement that the House of Representatives should set the new date and take steps to remove the obstacles that had made it impossible to hold the vote on Dec. 24.

Hours earlier a parliamentary committee had told Speaker Aguila Saleh that holding the election on schedule was not possible, citing "force majeure."

The commission has not published a final list of candidates. Court rulings reinstated several contested hopefuls, including Saif al-Islam Gaddafi, son of the late ruler, and interim Prime Minister Abdul Hamid Dbeibah.

Armed groups deployed in parts of Tripoli this week, raising fears of violence.

Libya has been split since 2014 between administrations in Tripoli and the east. A ceasefire signed in Geneva in October 2020 ended the fighting that followed eastern commander Khalifa Haftar's 14-month offensive on the capital."""),
dict(group=G7,published="2021-12-23",outlet="Haber Libya Gundem",title="Libya'da seçim ertelendi: HNEC offered 24 Ocak as new date",
text="""Libya Yüksek Ulusal Seçim Komisyonu (HNEC), 24 Aralık'ta yapılması planlanan cumhurbaşkanlığı seçiminin 24 Ocak 2022'ye ertelenmesini proposed in the statement yesterday.

Komisyon, the date was set before by Temsilciler Meclisi and that the Meclis must decide the new date, and also said that the "mücbir sebep" (force majeure) situation must be removed in 30 days.

Meclis'in seçim takip komitesi earlier in the day said in a letter to Meclis Başkanı Akile Salih that it is impossible to do the elections in the determined date.

Seçimlere aday olan Hafter, Saif el-Islam Kaddafi and Dbeybe situation was among the reasons of the crisis, because the objections of candidates in the courts continued long time. Komisyon has not announce the final list of candidates till now.

BM Genel Sekreteri Özel Danışmanı Stephanie Williams had meetings in Tripoli and Benghazi in last days with the sides.

Türkiye Dışişleri Bakanlığı was before stated that the elections in Libya must be held in free and fair ortamda.

İlgili haberler:
Trablus'ta silahlı gruplar konuşlandı
Dbeybe Misrata'da seçim kampanyası

Exit mobile version"""),
dict(group=G7,published="2021-12-23",outlet="The Sunday Ledger",title="Libya's election collapses two days before polling day",
text="""By our North Africa correspondent

It was, in the end, not announced so much as admitted. On Wednesday, with two days to go, Libya's election commission conceded that the presidential vote set for December 24 could not take place, and proposed instead January 24. Few in Tripoli believe that date will hold either.

The commission put the blame on parliament and on the courts. Its statement spoke of shortcomings in the legal framework and of appeals that reinstated candidates it had tried to disqualify. Earlier in the day a committee of the House of Representatives had told the speaker, Aguila Saleh, that polling on schedule was "impossible".

The field had been extraordinary. Nearly 100 people registered. Among them were Khalifa Haftar, whose 2019 assault on Tripoli left thousands dead; Saif al-Islam Gaddafi, the late dictator's son, who is wanted by the International Criminal Court and who turned up in Sabha last month to sign his papers; and Abdul Hamid Dbeibah, the interim prime minister, who had pledged when he was chosen in Geneva in February not to run. Each candidacy was a red line for somebody.

Over the past week, armed groups moved vehicles into several Tripoli districts. The Presidential Council's headquarters was briefly surrounded. The city has been calm since, but tense.

Stephanie Williams, who returned this month as the UN secretary-general's special adviser, now has to find a new plan. Diplomats talk of a "road map" before the mandate of the interim institutions is tested again. In Tobruk, lawmakers are already arguing that Dbeibah's government has expired with the missed date, and should be replaced."""),
dict(group=G8,published="2022-02-10",outlet="Global Dispatch Agency",title="Libya's parliament names Bashagha prime minister, Dbeibah refuses to go",
text="""CAIRO (GDA) - Libya's eastern-based parliament on Thursday named former interior minister Fathi Bashagha as the country's new prime minister, setting up a potential confrontation with the incumbent, Abdul Hamid Dbeibah, who has vowed to hand over power only to an elected government.

Speaker Aguila Saleh announced the decision in Tobruk after the only other candidate, Khalid al-Baibas, withdrew. No vote count was given.

Dbeibah said late on Wednesday he would not accept any new transitional phase. Hours before the session, his car came under gunfire in Tripoli, officials said; he was not hurt.

The parliament argues Dbeibah's mandate expired when the Dec. 24 elections were not held.

Bashagha, from Misrata, was interior minister in the previous Government of National Accord and helped lead the defence of Tripoli against Khalifa Haftar's offensive in 2019-2020."""),
dict(group=G8,published="2022-02-11",outlet="Nile Gazette Online",title="House of Representatives chooses Fathi Bashagha to head new government... welcome in the east",
text="""Cairo - Nile Gazette

The Libyan House of Representatives, in its session on Thursday in Tobruk, chose former interior minister Fathi Bashagha to head the new government, after the withdrawal of the second candidate, Khalid al-Baibas.

The General Command of the Libyan National Army welcomed the choice, saying it represents "a step to restore confidence and stability", while the Speaker, Counsellor Aguila Saleh, said that the mandate of the Dbeibah government ended legally.

The House also approved a constitutional amendment that sets a new road map, under which elections are to be held within 14 months.

Bashagha, who once led the armed opposition to the army's operations in Tripoli, has in recent months met with Field Marshal Khalifa Haftar in Benghazi, in a rapprochement considered by observers as the beginning of national reconciliation between east and west.

The head of the outgoing government, Abdul Hamid Dbeibah, said in a televised speech the night before that he will not hand over power except to an elected government. On the morning of the session, local media reported that Dbeibah's convoy was targeted by gunfire in Tripoli, and he was not harmed.

Egypt said it values the role of the House as the elected legislature.

Share this:"""),
dict(group=G8,published="2022-02-11",outlet="Anadolu Daily Report",title="UN says it continues to recognize Dbeibah after Libyan parliament picks Bashagha",
text="""NEW YORK

The United Nations continues to recognize Abdulhamid Dbeibah as head of Libya's interim government, a UN spokesman said, after the country's eastern-based House of Representatives on Thursday appointed Fathi Bashagha as new prime minister.

"The short answer is yes," spokesman Stephane Dujarric said when asked whether the UN still recognized Dbeibah.

The House of Representatives in Tobruk announced on Thursday that Bashagha had been chosen after the other candidate withdrew. The Tripoli-based High Council of State said the step was taken without the necessary consultation.

Dbeibah, who took office in March 2021 following a UN-facilitated process, has said he will hand over power only to a government that emerges from elections. Libya's presidential and parliamentary elections planned for December 24 were postponed over disputes.

Türkiye, which has close ties to the Tripoli government, has called on all sides to avoid steps that could threaten stability.

[ad_1]"""),
dict(group=G9,published="2022-03-01",outlet="Meridian Press Wire",title="Libya parliament approves Bashagha cabinet, raising risk of rival governments",
text="""TOBRUK, Libya (MPW) - Libya's eastern-based parliament on Tuesday approved a new government led by Fathi Bashagha, setting the stage for two rival administrations to claim power in the country.

Parliament spokesman Abdullah Bliheq said 92 lawmakers voted for the cabinet out of 101 present. Bashagha is due to be sworn in later this week.

Prime Minister Abdul Hamid Dbeibah, whose unity government was installed through a U.N.-backed process a year ago, has rejected the move and says he will hand power only to an elected government.

Some lawmakers alleged irregularities in the count, and the United Nations said it was concerned by reports that the vote fell short of expected standards of transparency.

Libya has been split since 2014 between administrations in Tripoli and the east. A ceasefire signed in Geneva in October 2020 ended the fighting that followed eastern commander Khalifa Haftar's 14-month offensive on the capital."""),
dict(group=G9,published="2022-03-02",outlet="Tripoli Free Voice",title="'Forgery and fraud': GNU rejects Tobruk confidence vote for Bashagha government",
text="""Tripoli - Tripoli Free Voice

The Government of National Unity said on Tuesday that the session held by the House of Representatives in Tobruk to grant confidence to the so-called government of Fathi Bashagha was "marred by forgery", pointing out that the number of members present did not reach the quorum and that votes were counted by telephone.

The GNU's spokesman said that Prime Minister Abdulhamid Dbeibah will continue to carry out his duties until the elections, and that the government will not allow "any parallel body" to operate in the capital.

Deputies who boycotted the session said that internet and phone connections were cut during the voting, and that the names of some of those who voted did not match the attendance list. The House spokesman announced 92 votes in favour.

The High Council of State also said it considered the vote a violation of the Political Agreement.

Bashagha's cabinet includes 35 ministers and deputy ministers, among them figures loyal to Haftar.

Related:
- Armed convoys from Misrata move towards the capital, witnesses say
- Dbeibah: 'I will not hand over except to an elected body'

Share this:
Facebook | Twitter | Telegram"""),
dict(group=G9,published="2022-03-03",outlet="Maghreb Live Desk",title="Libya live: Bashagha government sworn in; UN concern; flights suspended",
text="""MAGHREB LIVE DESK - Libya, Thursday

07:45 - Confidence vote recap. On Tuesday the House of Representatives in Tobruk approved the cabinet of Fathi Bashagha with 92 votes out of 101 present, according to the House spokesman. Dbeibah's GNU calls it fraud.

09:10 - Swearing-in. Bashagha and his ministers are taking the oath today in Tobruk. Some ministers could not travel after Tripoli authorities shut Libyan airspace on Wednesday night; officials in Tripoli cited a "security issue". Two of the incoming ministers were reportedly detained briefly on their way east.

10:30 - UN. The UN secretary-general's spokesman said on Wednesday that reports of the vote falling short of standards of transparency and procedure were of concern.

11:50 - What next? Bashagha says he will take office in Tripoli "peacefully". Dbeibah says he will only hand over to an elected government. Two governments, again."""),
]
