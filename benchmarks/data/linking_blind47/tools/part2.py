# Events 5-8 (Nov 2020 - Mar 2021). Written blind, own words.
from part1 import WIRE_BOILER
ARTS = []

# ---------- Event 5: LPDF Tunis agrees Dec 24 2021 election date, Fri 13 Nov 2020
ARTS.append(dict(group="lpdf_tunis_sets_election_date_2020_11_13", published="2020-11-13", outlet="Meridian Wire Service",
title="Libyan talks in Tunisia set December 2021 date for national elections",
text="""TUNIS (MWS) - Libyan delegates at UN-led political talks in Tunisia have agreed to hold national presidential and parliamentary elections on Dec. 24, 2021, the acting UN envoy for Libya said on Friday.

"They agreed that national elections should take place on 24 December 2021," Stephanie Williams told journalists in a virtual news conference, noting that the date is Libya's independence day.

Reaching elections would require a new executive to unify the country, through a reformed presidency council and a unified government of national unity, she said. The UN would not propose or impose any names, she added.

The 75 participants in the Libyan Political Dialogue Forum, which opened on Monday at a resort near Tunis with a speech by Tunisian President Kais Saied, were selected by the UN to represent Libya's regions and political currents, and include members of the rival eastern parliament and the Tripoli-based High Council of State.

Earlier in the week the forum agreed a roadmap for a preparatory phase ending in elections. Delegates are still discussing the criteria and mechanism for choosing the members of the new executive.

The political talks follow a permanent ceasefire signed in Geneva on Oct. 23 by military officers from the two sides. Williams praised the joint military commission for progress on reopening the coastal road, resuming domestic flights and restoring oil output.

Many Libyans remain sceptical that the process will end a decade of division. Fayez al-Sarraj, head of the UN-recognised government in Tripoli, has said he will hand over power once a new executive is chosen.

""" + WIRE_BOILER))

ARTS.append(dict(group="lpdf_tunis_sets_election_date_2020_11_13", published="2020-11-14", outlet="Al-Manara Today",
title="Williams: the participants of the dialogue forum in Tunisia agree to hold the elections on 24 December 2021",
text="""The Acting Head of the United Nations Support Mission in Libya, Stephanie Williams, announced yesterday, Friday, that the participants in the Libyan Political Dialogue Forum meeting in Tunisia agreed to hold the presidential and parliamentary elections on 24 December 2021.

Williams said in a press conference through the video technique that the date of December 24 is the anniversary of the independence of Libya, and it will be a historic day in which the Libyans can choose their leaders democratically and renew the legitimacy of their institutions.

She added that the mission will not put forward any names for the new executive authority, and that the choice belongs to the Libyans alone, pointing that the forum will continue its discussions on the mechanism of selecting the presidential council and the government of national unity.

Read also: The Tunisian President opens the Libyan dialogue forum in Gammarth

The forum had begun its direct sessions on Monday in the Tunisian capital, with the participation of 75 personalities representing the House of Representatives, the High Council of State and the different Libyan components, and was opened by the Tunisian President Kais Saied, who stressed that the solution must be Libyan-Libyan.

Williams praised the work of the Joint Military Committee 5+5, which is meeting in parallel inside Libya to implement the ceasefire agreement signed in Geneva on 23 October last, especially in the file of opening the coastal road and resuming flights.

In a related context, activists and human rights organizations condemned the assassination of the lawyer and activist Hanan al-Barassi, who was shot dead on Tuesday in a street in the city of Benghazi, and UNSMIL called for an investigation.

It is worth mentioning that some members of the forum raised the matter of attempts to buy the votes of participants, and the mission said it takes these allegations seriously.

It is worth mentioning also that Libya is suffering a state of division and conflict since 2011, and the war on Tripoli which began in April 2019 ended in June of this year after the withdrawal of the forces of the General Command to Sirte and al-Jufra.

Read also: The Turkish Foreign Ministry: we support the political process under the umbrella of the United Nations"""))

ARTS.append(dict(group="lpdf_tunis_sets_election_date_2020_11_13", published="2020-11-15", outlet="Mediterranean Policy Monitor",
title="Libya Daily Roundup - 14 November: Election date set at Tunis forum; Barassi killing; roads and flights",
text="""LIBYA DAILY ROUNDUP
Compiled by the MPM North Africa desk. Updated 21:40 CET

1) ELECTIONS ON 24 DECEMBER 2021 - The headline out of Gammarth: participants in the Libyan Political Dialogue Forum (LPDF) agreed on Friday to hold national elections on 24 December 2021, acting UN envoy Stephanie Williams announced in an online press conference. The date coincides with Libya's independence day (1951). Williams said the forum had adopted a roadmap for a preparatory phase and was now working on how to select a reformed three-member presidency council and a prime minister for a government of national unity. She insisted the UN would not put forward names. Sticking points: eligibility rules (whether current office holders can run for the interim executive), voting thresholds, and the balance between the three historic regions. Delegates told MPM that talk of a deal on names by Sunday was "optimistic". Several members have publicly alleged attempts to buy votes; UNSMIL said it would look into the claims.

What it means for outside players: Turkey, the main military backer of the GNA, has said it supports the UN-led track, but Ankara's priority is that any new executive keeps the November 2019 security and maritime memoranda. Egypt and the UAE are pushing for a strong role for Aguila Saleh.

2) BENGHAZI - Lawyer and outspoken critic Hanan al-Barassi was shot dead in Benghazi on Tuesday (10 November). UNSMIL called for an investigation. Rights groups noted her recent criticism of abuses in the east.

3) CEASEFIRE TRACK - The 5+5 Joint Military Commission continues to follow up on the Geneva agreement of 23 October. Williams said progress had been made on reopening the coastal road between Misrata and Sirte, and she cited the resumption of domestic flights and of oil output, which has risen sharply since the blockade was lifted in September.

4) WHAT TO WATCH - The forum is scheduled to wrap up its in-person session on Sunday. If names are not agreed, UNSMIL is expected to move discussions online. Sarraj's promise to step down by end-October has effectively lapsed while the process continues."""))

# ---------- Event 6: Turkish parliament extends Libya mandate 18 months, Tue 22 Dec 2020
ARTS.append(dict(group="turkish_parliament_extends_libya_mandate_2020_12_22", published="2020-12-23", outlet="Haber Pusulasi",
title="TBMM Genel Kurulu'nda Libya tezkeresi kabul edildi: 18 ay uzatma",
text="""Türkiye Büyük Millet Meclisi (TBMM) Genel Kurulu, Turkish Armed Forces' duty in Libya to be extended for 18 months more the Cumhurbaşkanlığı tezkeresi accepted.

The tezkere, 22 Aralık Salı day held session voted. AK Parti and MHP votes with accepted, main opposition CHP and HDP voted against the tezkere.

In the tezkere which was sent to Meclis with the signature of Cumhurbaşkanı Recep Tayyip Erdoğan, it was stated that from Libya risks are continuing to Turkey and the region, and if attacks against the legitimate government start again Turkey's interests in the Mediterranean and North Africa will be negatively affected. The extension will be valid from 2 Ocak 2021.

In the tezkere also it was reminded that Libya legitimate government, Ulusal Mutabakat Hükümeti (UMH), made request of support from Turkey, and that Turkey gives training and consultancy to Libyan army in the framework of 27 Kasım 2019 signed security and military cooperation memorandum.

Tezkere the first time 2 Ocak 2020 by Meclis accepted for one year. After that, Turkish support UMH forces Trablus and around cleared from darbeci Hafter militias, Hafter's attack which started Nisan 2019 failed.

BM under 23 Ekim'de Cenevre'de Libyan sides permanent ceasefire signed. In the agreement foreign fighters in 3 months to leave the country was foreseen. Turkish officials say Turkey's presence in Libya is based on the legitimate government's invitation and cannot be compared to Wagner mercenaries.

Same session in also the Afghanistan tezkere discussed.

Etiketler: TBMM, Libya tezkeresi, Hafter, UMH, Trablus

Exit mobile version"""))

ARTS.append(dict(group="turkish_parliament_extends_libya_mandate_2020_12_22", published="2020-12-23", outlet="Gulf Horizon News",
title="Erdogan's parliament extends Turkish occupation of Libya by 18 months, defying Geneva deal",
text="""ABU DHABI - The Turkish parliament on Tuesday extended by 18 months the mandate for the deployment of Turkish troops in Libya, in a move that Libyan critics said contradicted the Geneva ceasefire agreement requiring all foreign forces and mercenaries to leave the country by January 23.

The motion, submitted by President Recep Tayyip Erdogan's office earlier this month, was passed with the votes of the ruling AKP and its nationalist ally MHP. Opposition parties voted against.

The text argued that threats emanating from Libya could harm Turkey's interests in the Mediterranean and North Africa if attacks resumed, language that observers in Benghazi interpreted as an open-ended justification for keeping Turkish bases at al-Watiya and Misrata and the Turkish-run training programmes for Tripoli militias.

"This is a declaration that Ankara has no intention of leaving," said a member of the House of Representatives from eastern Libya. "The Geneva agreement is clear: foreign forces out within three months."

UN acting envoy Stephanie Williams told participants of the Libyan Political Dialogue Forum earlier this month that there were 20,000 foreign forces and mercenaries in Libya and that ten military bases in the country were fully or partially occupied by foreign forces, describing the situation as a shocking violation of Libyan sovereignty.

The Libyan National Army, commanded by Field Marshal Khalifa Haftar, has accused Turkey of continuing to fly weapons and Syrian fighters into western Libya since the ceasefire. Turkey rejects the accusations and says its forces are there at the invitation of the legitimate government.

The political track led by the UN has stalled since the forum agreed in Tunis in November to hold elections on December 24, 2021, with members unable to agree on a mechanism to choose a new executive.

Related Articles
Williams: 20,000 foreign fighters and mercenaries in Libya
LNA: Turkish cargo planes continue landing at al-Watiya

Share this:  Facebook  Twitter  Email"""))

ARTS.append(dict(group="turkish_parliament_extends_libya_mandate_2020_12_22", published="2020-12-22", outlet="Meridian Wire Service",
title="Turkish parliament extends Libya troop mandate by 18 months",
text="""ANKARA (MWS) - Turkey's parliament on Tuesday extended by 18 months a mandate allowing the deployment of Turkish troops to Libya, where Ankara backs the UN-recognised government in Tripoli.

The motion renews a one-year authorisation approved in January. Opposition parties voted against, but the ruling AK Party and its nationalist allies had enough votes to pass it.

Turkish military support helped the Tripoli government repel an offensive by eastern commander Khalifa Haftar in June. A UN-brokered ceasefire signed in October calls for foreign forces and mercenaries to leave within three months.

""" + WIRE_BOILER))

# ---------- Event 7: LPDF Geneva elects Menfi / Dbeibah, Fri 5 Feb 2021
ARTS.append(dict(group="lpdf_geneva_elects_menfi_dbeibah_2021_02_05", published="2021-02-05", outlet="Meridian Wire Service",
title="Libyan delegates pick interim leaders in surprise Geneva vote",
text="""GENEVA (MWS) - Libyan delegates at UN-led talks chose a new interim executive on Friday to lead the divided country to elections in December, in an upset that defeated a list headed by two of Libya's most prominent politicians.

Members of the Libyan Political Dialogue Forum voted 39-34 for a list with Mohammed Younes Menfi, a former ambassador from the east, as head of a three-member presidency council and Abdul Hamid Dbeibah, a businessman from the western city of Misrata, as prime minister.

The losing list was led by Aguila Saleh, speaker of the eastern-based parliament, and Fathi Bashagha, interior minister in the Tripoli government, who had been seen as favourites. It won the most votes in a first round earlier on Friday but failed to reach the required threshold.

The other members of the presidency council will be Mossa al-Koni, from the south, and Abdullah al-Lafi, from the west.

"I am pleased to witness this historic moment," said acting UN envoy Stephanie Williams, urging the delegates and the new leaders to respect their commitment to hold elections on Dec. 24.

Dbeibah has 21 days to form a cabinet and present it to parliament for a vote of confidence. The new executive is meant to replace both the UN-recognised Government of National Accord in Tripoli and the rival administration in the east.

The forum, whose 75 members were selected by the UN, began meeting in Tunisia in November after the two main warring sides agreed a ceasefire in Geneva in October.

Foreign powers have backed opposing sides in Libya's war, with Turkey supporting Tripoli and the United Arab Emirates, Russia and Egypt supporting eastern commander Khalifa Haftar.

""" + WIRE_BOILER))

ARTS.append(dict(group="lpdf_geneva_elects_menfi_dbeibah_2021_02_05", published="2021-02-06", outlet="Ankara Beacon",
title="Turkey welcomes Libya's new interim executive as Erdoğan congratulates Menfi, Dbeibah",
text="""Turkey on Friday welcomed the election of Libya's new Presidential Council and prime minister at the UN-led Libyan Political Dialogue Forum, with President Recep Tayyip Erdoğan calling the new leaders on Saturday to congratulate them.

Mohammad Younes Menfi was elected head of the three-member Presidential Council and Abdul Hamid Dbeibah as prime minister during the forum's vote in Switzerland. Their list received 39 votes in the second round, against 34 for the list of Aguila Saleh and Fathi Bashagha.

In a statement, the Turkish Foreign Ministry said it welcomed the designation of the president and members of the Presidency Council and the prime minister who will serve until the general elections scheduled for Dec. 24, 2021. The ministry expressed hope that the new Government of National Unity would be formed and take office as soon as possible on the basis of the forum's roadmap.

The ministry also called on the international community not to tolerate actors who might spoil the political solution in Libya.

In his phone calls, Erdoğan wished success to Menfi and Dbeibah and said Turkey would continue its efforts for Libya's political unity, territorial integrity, stability, peace and prosperity, and would further enhance its cooperation with Libya in the new period, according to the Turkish Presidency's Communications Directorate.

The other two members of the Presidential Council are Mossa al-Koni and Abdullah Hussein al-Lafi, representing Libya's south and west.

Turkey signed a security and military cooperation deal and a maritime boundaries memorandum with Libya's legitimate Government of National Accord in November 2019. Turkish support enabled the GNA to defeat the offensive launched on Tripoli by putschist Khalifa Haftar in April 2019.

The Turkish parliament in December extended the mandate for Turkish troops in Libya by 18 months."""))

ARTS.append(dict(group="lpdf_geneva_elects_menfi_dbeibah_2021_02_05", published="2021-02-06", outlet="Mediterranean Policy Monitor",
title="LIVE: Libya forum elects Menfi-Dbeibah list - reactions",
text="""Libya's new executive - live updates
Last update 6 February, 11:05 CET

11:05 - Egypt's foreign ministry welcomes the outcome of the vote in Switzerland and says it looks forward to working with the new authority. The UAE and Qatar have also issued statements of welcome overnight.

10:20 - Turkish President Erdogan spoke by phone with Mohammad Menfi and Abdul Hamid Dbeibah this morning, per Turkey's communications directorate. Ankara's foreign ministry had welcomed the result last night.

09:45 - Reports from Benghazi say the General Command of Khalifa Haftar's Libyan National Army has welcomed the result. Worth watching: Menfi is from Tobruk and served as ambassador to Greece until Athens expelled him in 2019 over the Turkey-Libya maritime deal.

YESTERDAY

19:30 - Quick profile: Dbeibah, 61, is a Misrata businessman who headed a state investment and development company under Gaddafi. His relative Ali Dbeibah was also an LPDF member. Expect questions about the vote-buying allegations that surfaced in Tunis in November, which UNSMIL has said are being investigated by the UN panel of experts.

17:50 - The result: List 3 (Menfi / al-Koni / al-Lafi / Dbeibah) wins 39 votes, List 4 (Aguila Saleh / Osama Juwaili / Abdul Majeed Seif al-Nasr / Fathi Bashagha) 34. One abstention. Stephanie Williams calls it a "historic moment".

13:10 - First-round results: List 4 25 votes, List 3 20, List 2 15, List 1 13. No list reaches the 60 per cent threshold; the top two go to a runoff this afternoon needing 50 per cent plus one.

EARLIER THIS WEEK

The individual regional-college vote on Tuesday failed to produce a presidency council, pushing the forum into the list system. The forum is the political leg of a UN process that also includes the 5+5 military commission, whose October ceasefire set a 90-day deadline - expired on 23 January - for mercenaries to leave. They have not left.

Next steps: Dbeibah must present a cabinet to the House of Representatives within 21 days. Elections remain set for 24 December 2021."""))

ARTS.append(dict(group="lpdf_geneva_elects_menfi_dbeibah_2021_02_05", published="2021-02-07", outlet="Nile Gazette Online",
title="Questions over Dbeibah's Turkish ties after surprise win in Geneva",
text="""We use cookies to improve your experience on our website. By continuing to browse you agree to our use of cookies. Accept

CAIRO - The surprise victory on Friday of the list headed by Mohammad al-Menfi and Abdel Hamid Dbeibah at the Libyan Political Dialogue Forum in Switzerland was greeted with cautious welcome in Cairo and Benghazi, but also with questions about the new prime minister's ties with Ankara.

The Menfi-Dbeibah list won 39 votes to 34 for the list led by House of Representatives Speaker Counselor Aguila Saleh, which had included the Tripoli government's interior minister Fathi Bashagha as candidate for prime minister.

Egypt's foreign ministry welcomed the outcome and affirmed its readiness to cooperate with the new executive authority to achieve stability in Libya. The General Command of the Libyan National Army also announced its support for the results, according to statements carried by Libyan media.

Dbeibah, a businessman from Misrata who ran major state construction contracts under the former regime, has long-standing business interests in Turkey, according to Libyan media reports. Turkish President Recep Tayyip Erdogan was among the first leaders to phone him and Menfi on Saturday.

Libyan commentators close to the LNA noted that the new government will inherit the question of the Turkish military presence. The Geneva ceasefire agreement of October 23 gave mercenaries and foreign fighters 90 days to leave Libya, a deadline which passed on January 23 without any withdrawal of Turkish forces or the Syrian mercenaries they brought. In December, the Turkish parliament extended the mandate of its troops in Libya for 18 months.

During the Tunis session of the forum in November, several members accused associates of certain candidates of offering money for votes; the UN mission said it took the allegations seriously.

The new executive must now win the confidence of the House of Representatives. Dbeibah pledged in Geneva to hold elections on December 24, 2021.

Libya has been in turmoil since the 2011 revolt against Muammar Qaddafi. The LNA launched its operation to cleanse Tripoli of terrorist militias in April 2019.

Read more: Egyptian delegation in Tripoli discusses reopening of embassy"""))

# ---------- Event 8: HoR confidence vote in Sirte, Wed 10 Mar 2021
ARTS.append(dict(group="hor_confidence_vote_dbeibah_sirte_2021_03_10", published="2021-03-11", outlet="The Continental Review",
title="Libya's parliament backs unity government in Sirte, ending years of rival cabinets",
text="""By Helen Marchetti

Libya's divided parliament on Wednesday approved a national unity government led by Abdul Hamid Dbeibah, the first time in seven years that the country will have a single cabinet recognised by both its eastern and western institutions.

Meeting in the central coastal city of Sirte - the former front line between the two camps - members of the House of Representatives voted 132 in favour of the cabinet after three days of debate, Speaker Aguila Saleh announced. Thirty-six members did not attend the session in the Ouagadougou conference hall.

"This is a historic day," Saleh said, before reminding the new government that its mandate ends with the elections scheduled for December 24.

Dbeibah, a 61-year-old businessman from Misrata, thanked the lawmakers and promised there would be no return to war. He pledged to support the electoral commission and respect the December deadline. His cabinet includes two deputy prime ministers, from the east and south, and a number of ministers of state, a sprawling line-up that some members criticised as too large.

The government is expected to be sworn in next week in Tobruk, where the parliament is based, and to take over from the Government of National Accord of Fayez al-Sarraj in Tripoli and the parallel eastern administration.

The vote caps a UN process that began with a ceasefire signed in Geneva last October and continued with the Libyan Political Dialogue Forum, which chose Dbeibah and a three-member presidential council headed by Mohammed Menfi in Geneva on February 5. That forum's work was shadowed by allegations of vote-buying during its Tunis session; a report by a UN panel of experts on the issue is expected shortly.

The new government's hardest tasks lie beyond the budget and the power cuts that have enraged Libyans. Some 20,000 foreign fighters and mercenaries remain in the country, according to UN figures, including Syrians brought by Turkey to defend Tripoli, and Russians from the Wagner group, as well as Syrians and Sudanese, who fought alongside Khalifa Haftar's forces.

Turkey, whose intervention in early 2020 saved Tripoli from Haftar's offensive, has made clear it expects the new authorities to maintain the security and maritime agreements it signed with Sarraj in November 2019. Days before the vote, the Turkish foreign ministry said Turkey would continue to provide its full support to the Government of National Unity and warned against the opportunity being wasted for the sake of some countries' calculations. Egypt, Haftar's main regional supporter, has also moved to engage the new executive.

The US ambassador, Richard Norland, congratulated Libyans on the formation of an interim government that would set the stage for elections.

Libya slid into chaos after the 2011 uprising that toppled Muammar Gaddafi, and has been split since 2014 between rival authorities in Tripoli and the east. Haftar's April 2019 assault on the capital killed thousands and displaced more than 200,000 people before it collapsed in June last year."""))

ARTS.append(dict(group="hor_confidence_vote_dbeibah_sirte_2021_03_10", published="2021-03-10", outlet="Tripoli Dispatch",
title="House of Representatives grants confidence to National Unity Government with 132 votes",
text="""Sirte - The House of Representatives granted confidence on Wednesday to the Government of National Unity headed by Abdul Hamid Dbeibah, with 132 votes, at the end of a session that lasted three days in the city of Sirte.

Speaker Aguila Saleh described the day as historic for the House, and said the mandate of the government ends on December 24 in accordance with the roadmap of the Libyan Political Dialogue Forum.

In a short speech after the vote, Dbeibah thanked the members and said the government would be a government for all Libyans. "There will be no more war," he said, promising to support the High National Elections Commission and work to hold the elections on their date. He called on the members to hold sessions in all Libyan cities, including Tripoli, Misrata and Kufra.

The session was held in Sirte under security arrangements supervised by the 5+5 Joint Military Commission. Members from the west and the east sat together in one hall for the first time in years.

Prime Minister Fayez al-Sarraj congratulated Dbeibah and said the Government of National Accord was ready to hand over power in a smooth manner. The handover is expected after the new government takes the oath before the House.

The GNU consists of two deputy prime ministers and dozens of ministers and ministers of state. Some members objected during the debate to the large number of portfolios.

The new executive authority, consisting of the Presidential Council headed by Mohammed al-Menfi and the prime minister, was elected by the Libyan Political Dialogue Forum in Geneva on February 5.

Turkey, Italy, Qatar and other partners of the legitimate government have pledged their support for the new authority."""))

ARTS.append(dict(group="hor_confidence_vote_dbeibah_sirte_2021_03_10", published="2021-03-11", outlet="RusVesti International",
title="Libyan parliament approves Dbeibah's national unity government",
text="""MOSCOW, March 11 (RusVesti) - The Libyan House of Representatives on Wednesday approved the composition of the national unity government headed by Abdul Hamid Dbeibah at a session in the city of Sirte, the speaker of the parliament, Aguila Saleh, said.

According to Saleh, 132 deputies voted in favour of the cabinet. The session, held for the first time in years with the participation of deputies from both the east and the west of the country, lasted three days.

The new government is to replace both the Government of National Accord in Tripoli and the cabinet working in the east of the country, and to lead Libya to general elections scheduled for December 24.

Dbeibah and the head of the Presidential Council, Mohammed Menfi, were elected on February 5 at the Libyan Political Dialogue Forum held under UN auspices in Switzerland.

Russia has welcomed the progress in the inter-Libyan political process and has consistently called for a settlement based on dialogue among all Libyan political forces, including representatives of the former Gaddafi government. Moscow maintains contacts with all the main Libyan players.

The issue of foreign military presence remains unresolved. Turkey has sent its military to Libya under an agreement with the Government of National Accord, and the Turkish parliament extended the mandate in December. Western media reports have alleged the presence of Russian private military contractors on the side of the Libyan National Army; the Kremlin has said that any Russian citizens who may be in Libya do not represent the Russian state.

Libya has been in a state of crisis since the overthrow of Muammar Gaddafi in 2011."""))
