# Events: Dbeibah suspends/sacks Mangoush (Aug 28), Haftar meets Putin in Kremlin (Sep 28)
ATLAS_BG = ("Oil-rich Libya split in 2014 between rival authorities in the east and west, each backed by armed groups and foreign governments. "
            "A 2020 ceasefire largely holds, but a December 2021 election collapsed and the country remains divided.")

ARTICLES = [
dict(group="dbeibah_suspends_foreign_minister_mangoush_2023_08_28", published="2023-08-28", outlet="Atlas Newswire",
title="Libya's Tripoli government suspends foreign minister over meeting with Israeli counterpart; she leaves for Turkey",
text="""TRIPOLI, Libya (Atlas) — The prime minister of Libya's Tripoli-based government suspended Foreign Minister Najla Mangoush and ordered an investigation into her meeting last week with Israel's top diplomat, as protests spread across the west of the country. Libyan officials said Monday she had left for Turkey.

A decree published by the Government of National Unity said Mangoush was suspended "as a precaution" and referred to an investigative committee chaired by the justice minister, which was given three days to report. Youth Minister Fathallah al-Zani was named acting foreign minister.

The move came after Israeli Foreign Minister Eli Cohen announced Sunday that he had met Mangoush in Rome in talks hosted by Italy's foreign minister, calling it a historic first step. Libya has no relations with Israel and its laws criminalize normalization.

Mangoush flew to Istanbul, two Libyan security officials said, speaking on condition of anonymity because they were not authorized to brief reporters. The Internal Security Agency said it had not facilitated her departure. There was no comment from Mangoush.

On Monday, Prime Minister Abdulhamid Dbeibah visited the Palestinian Embassy in Tripoli to reaffirm Libya's support for the Palestinian cause. The Palestinian ambassador, Mohammed Rahal, told reporters that Dbeibah had informed embassy staff that Mangoush had been dismissed.

Protesters blocked roads and burned tires in Tripoli, Tajoura, Zawiya and Misrata for a second night, and some gathered outside the Foreign Ministry. Local media reported that a residence belonging to Dbeibah in Tripoli was set on fire; the government did not immediately comment.

The foreign ministry had said Sunday that the encounter with Cohen was "unprepared" and casual, and involved no talks or agreements. But Israeli media, citing officials, said it had been agreed in advance at a high level.

The Presidential Council, headed by Mohamed al-Menfi, asked Dbeibah for an explanation, saying the meeting did not reflect Libyan foreign policy. The eastern-based House of Representatives called for an emergency session and described the meeting as a crime.

In Israel, opposition leader Yair Lapid accused Cohen of damaging the country's foreign relations by going public. Prime Minister Benjamin Netanyahu's office later instructed ministers that such secret contacts must be cleared in advance, Israeli media reported.

""" + ATLAS_BG),

dict(group="dbeibah_suspends_foreign_minister_mangoush_2023_08_28", published="2023-08-28", outlet="Tripoli Capital Voice",
title="Dbeibah suspends Al-Mangoush, refers her to investigation and visits Palestinian embassy",
text="""Prime Minister of the Government of National Unity, Abdulhamid Dbeibah, decided to suspend the Minister of Foreign Affairs and International Cooperation, Najla Al-Mangoush, as a precautionary measure and to refer her to an administrative investigation, following her meeting with the foreign minister of the Israeli occupation in Rome.

According to the decision published by the government, the investigation committee is chaired by the Minister of Justice, with the membership of the Minister of Local Government and the director of the legal affairs and complaints department at the cabinet, and it must submit its report to the Prime Minister within three days at most. The Minister of Youth, Fathallah Al-Zani, was assigned to manage the Ministry of Foreign Affairs temporarily.

On Monday, the Prime Minister visited the Embassy of the State of Palestine in Tripoli, where he met the ambassador and members of the Palestinian community. He affirmed that the position of Libya and its people towards the Palestinian cause is fixed and does not change, and that normalisation with the occupation is rejected by law and by the conscience of Libyans.

The Palestinian ambassador, Mohammed Rahal, thanked the Prime Minister for his visit and said that Dbeibah had informed them of the dismissal of the minister. The Palestinian Foreign Ministry later issued a statement praising Libya's position.

The government stressed in a statement that it had not been informed of any arrangement for a meeting with the Israeli side, and that it will hold accountable anyone who violates Libyan laws. The Ministry of Foreign Affairs had said on Sunday that what happened was a casual, unofficial meeting during a meeting with the Italian minister.

Demonstrations took place in several areas of the capital and in other cities on Sunday and Monday nights, with protesters condemning normalisation. The Ministry of Interior called on citizens to express their opinions peacefully and warned against attacks on public and private property. The Presidential Council said it had asked the government for clarification.

Information circulated on social media that the suspended minister had travelled to Turkey. The Internal Security Agency said that Al-Mangoush did not leave through official channels under its supervision.

Opponents of the government sought to exploit the incident, the Prime Minister's office said, calling on Libyans not to be dragged into attempts to destabilise the capital, two weeks after the events in Ain Zara.

Al-Mangoush was appointed foreign minister in March 2021 with the formation of the Government of National Unity, becoming the first woman to hold the post in Libya.

Related
- Minister of Youth chairs meeting at Foreign Ministry headquarters
- Government forms committee to assess damage of Tripoli clashes
- Dbeibah receives Italian ambassador

We use cookies to improve your experience on our website. Accept"""),

dict(group="dbeibah_suspends_foreign_minister_mangoush_2023_08_28", published="2023-08-29", outlet="Cairo Gate News",
title="Scapegoat: Dbeibah sacks Al-Mangoush after Cohen meeting, as parliament demands trial of the 'expired government'",
text="""CAIRO - The head of the expired national unity government in Tripoli, Abdulhamid Dbeibah, dismissed Foreign Minister Najla Al-Mangoush on Monday after suspending her and referring her to investigation over her meeting with Israeli Foreign Minister Eli Cohen in Rome, in a move that Libyan politicians described as an attempt to find a scapegoat.

Dbeibah announced the dismissal during a visit to the Palestinian embassy in Tripoli, according to the Palestinian ambassador, hours after a decree suspending Al-Mangoush and appointing Youth Minister Fathallah Al-Zani as acting foreign minister. Al-Mangoush, meanwhile, left the country for Istanbul, according to Libyan security sources, amid fears for her safety.

Members of the House of Representatives said that a meeting of this level could not have taken place without the knowledge of the head of government. Spokesman Abdullah Blihaq said the Speaker, Counselor Aguila Saleh, called for an emergency session to discuss the "crime" and its consequences, and MPs demanded that Dbeibah himself be held accountable.

Israeli media reported, citing officials in Tel Aviv, that the meeting was prepared in advance and was agreed at the highest level, which contradicts the version of the Tripoli foreign ministry that spoke of a chance encounter.

The Libyan National Army's General Command said in a statement that the Libyan people's position on the Palestinian cause is firm, and that those who dealt with the enemy must be held accountable.

Protests continued for a second night in Tripoli, Tajoura, Zawiya and Misrata, where demonstrators burned tyres and chanted against the government. Sources reported that Dbeibah's residence in the capital was set on fire by protesters.

The Presidential Council had sent a letter to Dbeibah on Sunday, seen by local media, saying that the meeting was a violation of Libyan laws that criminalise normalisation and does not reflect the foreign policy of the state, and reminded him that the Geneva roadmap entrusts the Council with supervising the foreign policy file. Former High Council of State head Khaled al-Mishri also attacked the government over the incident.

Egypt has not commented officially on the crisis. Observers in Cairo said the affair reflects the chaos of decision-making in Tripoli and weakens the legitimacy of the government at a time when the UN envoy Abdoulaye Bathily is seeking a consensus on elections. The House of Representatives has repeatedly called for forming a new unified government to lead the country to elections, as provided for by the laws of the 6+6 committee.

The crisis comes weeks after deadly clashes between militias in Tripoli killed 55 people, and days after the Central Bank of Libya announced the end of its division in a joint statement by Governor Al-Siddiq Al-Kabir and the head of the eastern branch Ali Al-Hibri.

Share this:
Facebook Twitter WhatsApp Telegram

Related articles
Aguila Saleh receives Egyptian ambassador in Al-Qubba
LNA: security plan for the southern border
Sisi stresses Egypt's support for Libyan stability"""),

dict(group="dbeibah_suspends_foreign_minister_mangoush_2023_08_28", published="2023-08-29", outlet="Maghreb Morning Brief",
title="Morning Brief, Aug 29: Mangoush suspended and in Istanbul; protests in western Libya; Tunisia-EU migration row",
text="""MAGHREB MORNING BRIEF — Tuesday, August 29, 2023
Your daily round-up of North Africa news. Compiled by the desk in Tunis.

1) LIBYA — FOREIGN MINISTER OUT AFTER ISRAEL MEETING
Libya's Tripoli government has suspended Foreign Minister Najla Mangoush, referred her to an investigation and, according to the Palestinian ambassador in Tripoli, dismissed her outright — all within roughly 24 hours of Israel disclosing that she met FM Eli Cohen in Rome last week. PM Abdulhamid Dbeibah named Youth Minister Fathallah al-Zani as caretaker. Mangoush is now in Istanbul, Libyan security sources say; the circumstances of her departure are murky, and Libya's Internal Security Agency says it did not clear it.
What Tripoli says: the encounter was unplanned and informal, on the margins of a meeting with Italy's Antonio Tajani. What Israeli officials told their media: it was arranged in advance and at the top. Those two accounts can't both be true — and the gap is what's fuelling the anger.
Street: a second night of protests in Tripoli, Tajoura, Zawiya and Misrata; tyres burned, roads blocked; reports that a Dbeibah residence was torched.
Politics: the Presidential Council and the eastern House of Representatives both piled in. Expect the House to use this to press its demand for a new unified government.
In Israel: Netanyahu's office moved to require prior approval for secret diplomatic meetings after opposition leader Yair Lapid blasted Cohen's disclosure.

Who is Mangoush? A Benghazi-born lawyer and former civil-society figure, she became Libya's first woman foreign minister when the Dbeibah government was formed in March 2021. She attended Giorgia Meloni's visit to Tripoli in January and had been a regular visitor to Rome. Her supporters say she is being made to carry the can for a decision taken higher up.

2) LIBYA — ALSO
- Tripoli is still counting the cost of the Aug 14-15 fighting between the 444 Brigade and Radaa; the government says a damage-assessment committee is at work.
- Central Bank: follow-up meetings after last week's announcement that the Tripoli and Bayda branches are reunifying.

3) TUNISIA
The EU migration deal signed in July remains under fire in the European Parliament; Tunis rejects "lessons" on rights.

4) ALGERIA
The government reshuffles several ministries ahead of the presidential election due next year.

That's it for today. Forward this to a colleague — and send tips to the desk.
Unsubscribe | Manage preferences"""),

dict(group="haftar_meets_putin_kremlin_2023_09_28", published="2023-09-28", outlet="RusGlobe Agency",
title="Putin holds talks with Libyan National Army commander Haftar in Kremlin — Peskov",
text="""MOSCOW, September 28. /RusGlobe/. Russian President Vladimir Putin met on Thursday in the Kremlin with the commander of the Libyan National Army (LNA), Field Marshal Khalifa Haftar, Kremlin spokesman Dmitry Peskov told RusGlobe.

"Yes, we confirm this meeting. It took place today in the Kremlin. The situation in Libya and in the region as a whole was discussed," Peskov said.

According to the LNA General Command, Russian Defence Minister Sergei Shoigu also took part in the meeting. The General Command said in a statement on social media that the parties discussed the development of relations between the two countries and issues of mutual interest, as well as the situation in the areas of eastern Libya affected by the flood.

Haftar arrived in Moscow on Tuesday, September 26, at the invitation of the Russian side. At the airport he was met by Deputy Defence Minister Yunus-Bek Yevkurov. On September 27 the Libyan delegation held talks at the Russian Defence Ministry, the LNA said.

Haftar has visited Russia several times in previous years. In January 2020 he took part in talks in Moscow on a ceasefire in Libya, together with the head of the then Government of National Accord Fayez al-Sarraj, but left without signing the proposed document. In 2016 and 2017 he held meetings with Russian officials, including aboard the aircraft carrier Admiral Kuznetsov off the Libyan coast.

Yevkurov visited Benghazi on September 17 and met Haftar to discuss Russian assistance to the victims of the floods. In August, a delegation of the Russian Defence Ministry headed by Yevkurov paid an official visit to eastern Libya at Haftar's invitation.

On the night of September 10-11, Storm Daniel caused catastrophic flooding in eastern Libya. Two dams collapsed above the city of Derna, washing away entire neighbourhoods. Thousands of people died, and thousands more are missing. Russia's Emergencies Ministry sent rescuers and a mobile hospital to the affected region.

Russia maintains contacts with all Libyan political forces. Moscow has consistently called for a settlement of the Libyan crisis through an inclusive dialogue, with the participation of all parties and with the central coordinating role of the UN, and supports the holding of general elections."""),

dict(group="haftar_meets_putin_kremlin_2023_09_28", published="2023-09-30", outlet="Sentinel Defence Review",
title="Haftar in the Kremlin: what Moscow wants from eastern Libya after Wagner",
text="""SENTINEL DEFENCE REVIEW | Analysis | Russia / North Africa

Khalifa Haftar's meeting with Vladimir Putin and Defence Minister Sergei Shoigu in the Kremlin on 28 September was the most visible sign yet of Moscow's effort to formalise a military relationship with eastern Libya that, until this summer, ran largely through the Wagner Group.

THE VISIT
Haftar landed in Moscow on 26 September and was received on the tarmac by Deputy Defence Minister Yunus-Bek Yevkurov, who has emerged as the ministry's point man for Africa since Wagner's aborted mutiny in June and the death of its founder, Yevgeny Prigozhin, in a plane crash on 23 August. Talks at the defence ministry followed on 27 September, covering, according to sources close to the Libyan National Army (LNA), air force and air defence support. Kremlin spokesman Dmitry Peskov confirmed the meeting with Putin, saying it covered the situation in Libya and the wider region.

Haftar was accompanied by senior aides, including his son Khaled, who commands LNA security units. Yevkurov had visited Benghazi twice in recent weeks: once in late August, around the time of Prigozhin's death, and again on 17 September, days after Storm Daniel devastated Derna.

CONTEXT: WAGNER'S FOOTPRINT
Wagner personnel deployed to Libya from 2018-2019 and supported the LNA's 2019-2020 offensive on Tripoli. UN experts have documented their presence at al-Jufra and al-Khadim air bases and around oil facilities. After the mutiny, the Russian state has moved to take over Wagner's African networks; in Libya, observers expect the personnel to remain but under closer defence ministry and GRU control.

WHAT MOSCOW WANTS
- Basing and logistics: Libya serves as a logistical node for Russian operations in the Sahel and Sudan. There has been recurring speculation about naval access at Tobruk, though no agreement has been announced.
- Leverage over Europe: eastern Libya's role in migration flows and oil production gives Moscow potential influence over Italy and the EU.
- A formal channel: by dealing directly with Haftar, Moscow reduces its reliance on private contractors.

WHAT HAFTAR WANTS
Haftar has spent 2023 courting multiple capitals — he was received by Italian premier Giorgia Meloni in Rome in May — and maintains ties with Egypt, the UAE, France and, discreetly, the United States. Visiting Moscow underlines that he does not intend to choose between patrons. Post-flood, he also seeks resources and legitimacy for reconstruction in areas under LNA control.

ASSESSMENT
Washington has made clear it wants Russian forces out of Libya; a White House official was quoted warning Libyan leaders against relying on Moscow. The visit complicates UN efforts led by Abdoulaye Bathily to unify Libya's institutions ahead of elections, and is likely to harden positions in Tripoli, where Prime Minister Abdulhamid Dbeibah relies on Turkish military support.

Related coverage
- Post-Prigozhin: mapping the Africa Corps
- Tripoli's 444 Brigade versus Radaa: lessons from August"""),

dict(group="haftar_meets_putin_kremlin_2023_09_28", published="2023-09-29", outlet="Al-Sahm Al-Arabi Net",
title="Putin receives Field Marshal Haftar in the Kremlin in the presence of Shoigu",
text="""[ad_1]

The Russian President Vladimir Putin received, yesterday Thursday, the General Commander of the Libyan Arab Armed Forces, Field Marshal Khalifa Haftar, in the Kremlin palace in the capital Moscow, in the presence of the Russian Minister of Defence Sergei Shoigu.

The spokesman of the Russian presidency Dmitry Peskov confirmed that the meeting took place, and said that the two sides discussed the situation in Libya and in the region in general.

The General Command said in a statement on its page that the meeting dealt with the bilateral relations between the two countries and ways to support and develop them, and the issues of common interest, in addition to the situation in the cities affected by the storm Daniel.

Haftar had arrived in Moscow on Tuesday in an official visit upon an invitation from the Russian side, where he was received at the airport by the Deputy Minister of Defence Yunus-Bek Yevkurov, and held on Wednesday talks with officials of the Russian Ministry of Defence.

And the visit of Haftar to Moscow is the first since several years, and it comes after the death of the head of the Wagner group Yevgeny Prigozhin in a plane crash last August, where reports talked about the Russian Ministry of Defence taking over the files of the group in Libya and Africa.

It is worth mentioning that Yevkurov met Haftar in Benghazi on the seventeenth of this September, and discussed the aspiration of Moscow to contribute in providing the needed support to those affected by the floods.

It is worth mentioning that the Mediterranean hurricane "Daniel" swept on the tenth of September several areas in the east of Libya, most prominently Benghazi, Al-Bayda, Al-Marj, Soussa and Derna, leaving thousands of dead and missing and great material damage.

[ad_2]
Source link
The government appointed by the House of Representatives continues preparations for the international conference for the reconstruction of Derna

The government appointed by the House of Representatives, headed by Osama Hammad, continues its preparations to hold the international conference for the reconstruction of the city of Derna and the affected areas, which it called for to be held on the tenth of next October in the city of Derna.

The government said in a statement that it addressed invitations to a number of countries and international companies and organisations to participate in the conference, in order to present studies and projects of reconstruction in the shortest time.

It is worth mentioning that the storm caused the collapse of the two dams of Derna, and the water swept complete neighbourhoods of the city into the sea, while the United Nations called for avoiding the politicisation of the aid and for coordination between the two governments."""),
]
