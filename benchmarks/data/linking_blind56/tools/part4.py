# Part 4: Bouznika dialogue opens (2020-09-06), Geneva 5+5 permanent ceasefire
# (2020-10-23), LPDF opens in Tunis (2020-11-09), LPDF elects interim
# executive in Geneva (2021-02-05)
from common_bg import MWS_BG_LATE2020, MWS_BG_PROCESS_2021

G10 = "bouznika_libyan_dialogue_opens_2020_09_06"
G11 = "jmc_signs_permanent_ceasefire_in_geneva_2020_10_23"
G12 = "lpdf_opens_in_tunis_2020_11_09"
G13 = "lpdf_elects_interim_executive_in_geneva_2021_02_05"

NC_BG_PROXY_LATE = """What began as a contest between Libyan factions became one of the most crowded proxy wars in the region. The United Arab Emirates and Egypt backed Haftar with money, weapons and air power, according to UN sanctions monitors; Russian mercenaries linked to the Wagner group appeared on the Tripoli front in the autumn of 2019; and Turkey sent drones, air-defence systems and, according to Western officials, Syrian fighters to prop up the government in Tripoli."""

ARTICLES = [
dict(group=G10, published="2020-09-06", outlet="Agence Euromed",
title="Rival Libyan legislatures open talks in Morocco's Bouznika",
text="""RABAT (AEM) — Delegations from Libya's two rival legislative bodies opened talks in the Moroccan coastal town of Bouznika on Sunday, the first face-to-face political meeting between the country's eastern and western camps since parallel ceasefire announcements last month.

Five members each from the Tobruk-based House of Representatives and the Tripoli-based High Council of State are taking part in the meeting, which Morocco's foreign minister Nasser Bourita opened by urging them to put "the Libyan national spirit" first.

"Morocco has no agenda except the Libyan one, no interest except the Libyan interest, and no proposal except what the Libyans agree upon," Bourita said. He said the ceasefire and the willingness of the two sides to talk offered a basis for a solution, and described the House of Representatives and the High Council of State as the two legitimate institutions able to carry a dialogue forward.

Moroccan officials said the talks would focus on the distribution of key "sovereign" posts, such as the governor of the central bank and the heads of the audit bureau and the electoral commission, under Article 15 of the 2015 Skhirat agreement, which was signed in Morocco and remains the basis of the UN-backed political framework.

In a joint statement after the first session, the two delegations thanked King Mohammed VI for hosting them and expressed their "sincere ambition to reach a consensus" that would end the suffering of Libyans.

The meeting follows visits to Rabat in July by the speaker of the House of Representatives, Aguila Saleh, and the head of the High Council of State, Khaled al-Mishri, and a visit on Aug. 27 by the acting UN envoy, Stephanie Williams, who is consulting regional and international partners on relaunching UN-led talks.

On Aug. 21, Fayez al-Sarraj, head of the UN-recognised Government of National Accord, and Saleh, an ally of eastern commander Khalifa Haftar, issued separate statements calling for a ceasefire and the resumption of oil production, which has been blocked by Haftar's forces since January. Sarraj also proposed demilitarising Sirte and Jufra. Haftar's camp has not formally endorsed the call. Egypt and the United Arab Emirates welcomed the announcements.

German Foreign Minister Heiko Maas visited Tripoli and the UAE in mid-August to press for a demilitarised zone around Sirte, and the acting UN envoy has since held talks in Rabat and other regional capitals. Diplomats say the aim is to build enough consensus among the foreign backers of both sides to relaunch the UN's three-track process agreed at the Berlin conference in January.

Morocco hosted the talks that produced the Skhirat agreement in December 2015, creating the Presidential Council now headed by Sarraj. Rabat has kept a low profile in the Libyan conflict since and, unlike Egypt and the UAE on one side and Turkey and Qatar on the other, is not accused of arming either camp.

Separately, Libyan political figures are due to meet from Monday in Montreux, Switzerland, in consultations organised by the Centre for Humanitarian Dialogue in the presence of the UN mission.

The war in Libya reached a stalemate in June when Haftar's forces, backed by the United Arab Emirates, Egypt and Russian mercenaries, were pushed back from Tripoli by Turkish-backed forces loyal to the GNA. The front has since settled around Sirte and the Jufra air base. Egypt has warned that any advance on Sirte would cross a "red line"."""),

dict(group=G10, published="2020-09-07", outlet="Bawabat al-Ahdath",
title="In the presence of Bourita.. launch of the Libyan dialogue in Bouznika between the Parliament and the State Council",
text="""Bawabat al-Ahdath - Rabat

The sessions of the Libyan dialogue between the delegations of the House of Representatives and the High Council of State started yesterday Sunday in the city of Bouznika, south of the Moroccan capital Rabat, under the sponsorship of the Kingdom of Morocco, in a new attempt to push the political solution in the country after months of war.

The Moroccan Minister of Foreign Affairs, Nasser Bourita, said in the opening speech that Morocco has no agenda in Libya and does not want to choose among the Libyans, affirming that the solution must be Libyan-Libyan and that the House of Representatives and the High Council of State are the cornerstone of any progress toward the settlement.

And the two delegations, each of them consisting of five members, issued a joint statement at the end of the first day in which they thanked the Kingdom of Morocco, its King and people for the warm reception and the good hospitality, expressing their sincere ambition to reach a consensus that takes Libya to safety and ends the suffering of its citizens.

According to informed sources, the discussions focus on the criteria for appointing the heads of the sovereign positions, in application of Article 15 of the political agreement signed in Skhirat in the year 2015, among them the Central Bank of Libya, the Audit Bureau, the Administrative Control Authority, the High National Elections Commission and the Attorney General.

It is worth mentioning that the dialogue comes about two weeks after the head of the Presidential Council Fayez al-Sarraj and the Speaker of the House of Representatives Aguila Saleh announced, in two separate statements on 21 August, a ceasefire across all the Libyan territory, and called for elections and the resumption of oil production.

It is worth mentioning also that the acting UN envoy Stephanie Williams visited Rabat on 27 August and met Bourita, while the city of Montreux in Switzerland is hosting from today Monday consultations between Libyan figures under the auspices of the Centre for Humanitarian Dialogue.

The talks are expected to continue for several days.

It is worth mentioning that the Kingdom of Morocco had hosted the negotiations that led to the signing of the Skhirat agreement in December 2015, from which the Presidential Council and the High Council of State emanated, while the House of Representatives elected in 2014 continued to hold its sessions in Tobruk in the east of the country.

And the Speaker of the House of Representatives Aguila Saleh and the head of the High Council of State Khaled al-Mishri had visited Rabat in July past, at the invitation of the Speaker of the Moroccan House of Representatives, where they met Moroccan officials, without meeting each other directly.

The Moroccan diplomacy stresses that Rabat does not propose any initiative of its own, but offers the space for the Libyans to agree among themselves, in coordination with the United Nations mission.

Read also: Egypt affirms support for the ceasefire in Libya

Read also: Oil crescent.. National Oil Corporation renews call to lift the closure

Share this:
Facebook
Twitter
WhatsApp
Telegram"""),

dict(group=G11, published="2020-10-23", outlet="Meridian Wire Service",
title="Libya's warring sides sign permanent ceasefire in Geneva",
text="""GENEVA (MWS) - Libya's two main warring sides signed a permanent ceasefire agreement in Geneva on Friday, the United Nations said, committing to pull fighters back from the front lines and to expel foreign mercenaries within three months.

The deal was signed by five military officers from each side at the end of five days of talks in the so-called 5+5 Joint Military Commission, the first time its members had met face to face.

"The parties agreed that all military units and armed groups on the frontlines shall return to their camps," acting U.N. envoy Stephanie Williams told a news conference. "This shall be accompanied by the departure of all mercenaries and foreign fighters from all Libyan territories, land, air and sea, within a maximum period of three months from today."

The ceasefire does not apply to U.N.-designated terrorist groups, she said. Military training agreements with foreign states will be suspended until a new unified government takes office, and foreign training crews must leave Libya.

U.N. Secretary-General Antonio Guterres called the deal "a fundamental step toward peace and stability in Libya". "I appeal to all stakeholders and regional actors to respect the provisions of the ceasefire agreement and ensure its implementation without delay," he told reporters in New York.

The agreement also sets up a joint operations room to propose security arrangements for areas vacated by armed groups, and a limited military force drawn from regular personnel to deter violations. The parties agreed to refer the deal to the U.N. Security Council for endorsement.

The agreement was the outcome of the fourth round of the commission's talks, which began in February after the Berlin conference but stalled for months as fighting escalated. It was the first time the two delegations had sat in the same room; earlier rounds were held through U.N. shuttle diplomacy.

Italy's Foreign Minister Luigi Di Maio said Rome would keep working with the United Nations to ensure the ceasefire was respected by all Libyan parties and by all the foreign actors involved. The European Union also welcomed the deal.

Ahmed Abu Shahma, head of the GNA delegation, said the agreement aimed to end the bloodshed. Haftar's Libyan National Army (LNA) did not immediately comment, though its delegation signed.

Turkish President Tayyip Erdogan said the deal lacked credibility and that time would tell whether it would last. Turkey has military advisers in western Libya under a security accord signed with the GNA last year; it was not clear how the suspension of training agreements would affect them.

The talks built on a truce that has largely held since the summer, after separate ceasefire calls on Aug. 21 by GNA head Fayez al-Sarraj and eastern parliament speaker Aguila Saleh. Earlier this week the two sides agreed to reopen air and road links, and the first commercial flight between Tripoli and Benghazi in more than a year was due to take place.

The U.N. is due to convene a political dialogue forum in Tunisia in early November to agree on arrangements for a unified government and national elections. Oil output has recovered since Haftar's forces lifted a months-long blockade of ports and fields in September.

""" + MWS_BG_LATE2020),

dict(group=G11, published="2020-10-24", outlet="RusInform International",
title="Russian MFA: Geneva ceasefire deal an important step toward overcoming Libya crisis",
text="""MOSCOW, October 24 (RusInform) - Moscow regards the permanent ceasefire agreement signed in Geneva by the Libyan parties as an important step toward overcoming the acute and protracted crisis in Libya, Russian Foreign Ministry spokeswoman Maria Zakharova said in a statement on Saturday.

The agreement, she said, opens the way to an inclusive political dialogue whose final goal is the restoration of the country's unity, the creation of effective state bodies and the revival of its social and economic infrastructure.

"We call on all Libyan parties to strictly adhere to the peaceful agreements reached in Geneva," the statement said, urging them not to allow a slide back into fratricidal fighting.

The agreement was signed on Friday by delegations of the Government of National Accord in Tripoli and of the Libyan National Army led by Marshal Khalifa Haftar, meeting in the 5+5 Joint Military Commission format under UN auspices. It provides for the withdrawal of all armed units from the lines of contact and for the departure of foreign fighters within three months.

The 5+5 format was agreed at the Berlin conference on January 19, where Russia was represented by President Vladimir Putin. Russian diplomats have consistently stressed that the settlement in Libya must be reached by the Libyans themselves, without external pressure, and that Moscow maintains contacts with all Libyan political forces, in the west and in the east.

Russia and Turkey hosted intra-Libyan consultations in Moscow in January, after which a ceasefire was announced at the initiative of Presidents Putin and Erdogan. Russian officials have also backed the initiatives announced since then, including the Cairo Declaration of June and the parallel ceasefire statements of the head of the Presidential Council, Fayez Sarraj, and of the Speaker of the House of Representatives, Aguila Saleh, on August 21.

UN Secretary-General Antonio Guterres described the agreement as a fundamental step toward peace. The acting head of the UN mission, Stephanie Williams, said the political dialogue forum would begin in Tunisia in November. Preparatory sessions of the forum are to start online on October 26.

The ceasefire line has stabilised since the summer around the city of Sirte and the Jufra air base, after the forces of the Government of National Accord, backed by Turkey, pushed the Libyan National Army back from the outskirts of Tripoli in June. The agreement signed in Geneva provides for the suspension of all military training agreements with foreign states until a unified government is formed, and for the departure of foreign training personnel, a provision that observers say concerns first of all the Turkish military presence in western Libya.

Marshal Haftar lifted the blockade of oil fields and ports in September, after an agreement with the deputy head of the Presidential Council Ahmed Maiteeq on the fair distribution of oil revenues.

Western media have repeatedly accused Russia of sending private military contractors to Libya; Moscow denies any involvement of the Russian state.

Subscribe to RusInform on Telegram | VK"""),

dict(group=G11, published="2020-10-25", outlet="The Northern Chronicle",
title="Libya's generals sign a peace their patrons may not want",
text="""By Eleanor Prideaux, Tunis

The ceremony in the Palais des Nations on Friday had the feel of a long-delayed wedding. Ten Libyan officers, five from each side of a war that has killed thousands and drawn in half a dozen foreign powers, signed what the UN called a complete and permanent ceasefire. Stephanie Williams, the American diplomat who has run the UN mission since Ghassan Salamé resigned in March, spoke of a moment that would go down in history.

The text is more ambitious than anything Libya's factions have agreed before. All military units and armed groups are to withdraw from the front lines to their camps. All mercenaries and foreign fighters are to leave Libyan territory, "land, air and sea", within three months. Foreign military training programmes are suspended until a unified government is formed. A joint operations room will oversee the areas vacated, and a small force of regular soldiers will deter violations.

António Guterres called it "a fundamental step". The question now is whether the foreign states whose fighters and equipment are doing much of the fighting will take the step with it.

""" + NC_BG_PROXY_LATE + """

Those commitments have not gone away with the fighting. Since Haftar's 14-month assault on Tripoli collapsed in June, the front has frozen along a line from Sirte on the coast to the Jufra air base in the desert. The US military's Africa Command said in May that Russia had deployed fighter jets to Jufra; Wagner contractors are reported to have dug in around the base and at oil installations. Turkey has a military presence at the al-Watiya air base west of Tripoli and at the port of Misrata, under a security accord signed with the Government of National Accord last November. Recep Tayyip Erdogan said on Friday the Geneva deal lacked credibility, which in Ankara's vocabulary means Turkey does not regard its own presence as the foreign intervention the text describes.

The dynamic that produced Friday's agreement has been building since the summer. In June Egypt's Abdel Fattah al-Sisi, standing beside Haftar in Cairo, unveiled a "Cairo Declaration" calling for a ceasefire, and later warned that an advance on Sirte would cross Egypt's "red line". On August 21, Fayez al-Sarraj in Tripoli and Aguila Saleh, the eastern parliament's speaker, issued parallel ceasefire statements. In early September delegations of Libya's two rival legislatures met in Bouznika, Morocco, to discuss sharing out key state posts, while political figures gathered in Montreux, Switzerland, and recommended elections within 18 months. Haftar lifted his blockade of oil exports in September after a deal with Ahmed Maiteeq, the deputy prime minister in Tripoli, and Egypt hosted security talks between the two camps in Hurghada.

Sarraj, meanwhile, has announced that he intends to hand over power by the end of this month, though the timing depends on the next stage of talks.

That stage begins on November 9 in Tunisia, where 75 Libyans chosen by the UN will meet in a Libyan Political Dialogue Forum to agree on a new executive and a date for elections. Williams said on Friday she hoped the military agreement would give the political talks a tailwind.

European governments, which have spent much of the war issuing statements, were quick to welcome the deal. Italy's foreign minister, Luigi Di Maio, noted that Tripoli is about 250km from the Italian coast and said the stabilisation of Libya was fundamental to controlling irregular migration and fighting the terrorist groups of the Sahel. The EU's foreign policy chief, Josep Borrell, offered help with implementation, and Operation Irini, the EU naval mission launched in March to watch the arms embargo, has let it be known it could help monitor a ceasefire if asked.

Moscow, whose official line is that no Russian state forces are in Libya, called the agreement an important step towards overcoming the crisis. Maria Zakharova, the foreign ministry spokeswoman, urged all Libyan parties to stick strictly to what had been agreed in Geneva and not to slide back into fratricidal fighting. Cairo, which has hosted both camps' military officers this autumn, has signalled that it can live with a settlement that keeps Turkish forces away from its border. What none of the outside powers has said is when its own people will leave.

Ordinary Libyans have already seen some benefits. A Libyan Airlines flight from Tripoli landed in Benghazi this week for the first time in more than a year. Oil production has climbed back towards a million barrels a day. But the pandemic is spreading, electricity cuts are long, and the currency is weak.

For a Libyan public that has seen the Skhirat agreement, the Paris and Palermo summits, the Moscow talks and the Berlin conference come and go, scepticism is the default. "Peace in Libya has been signed many times," a Tripoli university lecturer said by phone on Saturday. "What we need is for someone to stop sending the weapons."

The first test will be the three-month deadline for foreign fighters, which falls in late January."""),

dict(group=G12, published="2020-11-09", outlet="Meridian Wire Service",
title="U.N.-led Libyan political forum opens in Tunisia with elections in sight",
text="""TUNIS (MWS) - Seventy-five Libyans chosen by the United Nations began talks near Tunis on Monday aimed at agreeing a unified interim government and a path to national elections, building on a ceasefire signed last month.

Tunisian President Kais Saied opened the Libyan Political Dialogue Forum at a hotel in Gammarth, on the northern outskirts of the capital, urging delegates to reject any division of their country. "The solution is that the Libyan people regain their full sovereignty," he said, calling the meeting a historic moment.

U.N. Secretary-General Antonio Guterres told participants by video that the future of Libya was in their hands. "Compromise is the only approach that will pave the road to national unity," he said, and called on the international community to ensure full adherence to the Security Council's arms embargo.

Acting U.N. envoy Stephanie Williams said the forum would discuss a draft roadmap for a preparatory phase leading to elections "in the shortest possible timeframe". Participants have agreed not to take up posts in the executive they help to select, the U.N. mission said.

The delegates include members of the eastern-based House of Representatives and the Tripoli-based High Council of State, as well as representatives of political, tribal and social groups, women and young people. The talks are expected to last about a week, after a series of online sessions that began on Oct. 26. More than 70 foreign officials followed the opening ceremony remotely.

The forum follows a permanent ceasefire signed in Geneva on Oct. 23 by military delegations of the two sides, which requires foreign fighters to leave within three months. Military officers met last week in the Libyan town of Ghadames to agree on steps to implement it, including a sub-committee to oversee the withdrawal of forces from the front lines. They also agreed to exchange prisoners, clear mines with U.N. help and meet in Brega on Nov. 16 to begin unifying the Petroleum Facilities Guard, the force that protects oil installations, Williams said.

Previous talks in Morocco and Switzerland in September produced recommendations to reshape the three-member presidency council, form a separate unity government and hold elections within 18 months.

Some Libyans have criticised the selection of participants, saying the forum over-represents certain factions. Williams has said delegates were chosen to reflect Libya's political, geographic and social diversity.

Fayez al-Sarraj, head of the U.N.-recognised Government of National Accord (GNA), said in September he intended to hand over power once a new executive was chosen. The House of Representatives and the High Council of State held several rounds of talks in Bouznika, Morocco, in September and October on sharing out senior state posts, and Egypt has hosted meetings of military and security officials from both camps.

The forum is also expected to set a date for national elections. Libya has not held a national vote since 2014, when a disputed parliamentary election deepened the split between east and west.

""" + MWS_BG_LATE2020),

dict(group=G12, published="2020-11-10", outlet="Yeni Gündem Haber",
title="Libya Siyasi Diyalog Forumu Tunus'ta başladı",
text="""Yeni Gündem | Dünya | 10.11.2020

Libya Siyasi Diyalog Forumu, BM auspices under in Tunus yesterday started. 75 Libyalı participant, in Gammarth city the meeting is attending.

Tunus Cumhurbaşkanı Kays Said opening speech made and called Libyans to unity. BM Genel Sekreteri Antonio Guterres sent video message.

BM Libya Özel Temsilci Vekili Stephanie Williams said that the aim of forum is to end the transition period and to go elections. Forum is expected to continue one week.

On 23 October in Cenevre, the UMH and Hafter side signed permanent ceasefire agreement.

Etiketler: Libya, Tunus, BM

Exit mobile version"""),

dict(group=G13, published="2021-02-05", outlet="Meridian Wire Service",
title="Libyan delegates pick Dbeibah as interim PM, Menfi to head presidency council",
text="""GENEVA (MWS) - Delegates at U.N.-led Libyan talks on Friday chose businessman Abdul Hamid Dbeibah as interim prime minister and former diplomat Mohammad Younes Menfi as head of a three-member presidency council, to lead the divided country to elections in December.

Their list won 39 votes in a run-off among members of the Libyan Political Dialogue Forum meeting near Geneva, against 34 for a rival list headed by eastern parliament speaker Aguila Saleh, with GNA interior minister Fathi Bashagha as its candidate for prime minister. One member abstained.

Menfi's list also included Mossa al-Koni and Abdullah Hussein al-Lafi as council members. Al-Koni, a Tuareg from the south, served as a consul in Mali before the 2011 uprising; al-Lafi, from the western town of Zawiya, is a member of the House of Representatives.

"I am pleased to witness this historic moment," acting U.N. envoy Stephanie Williams told the delegates after the result was announced on a live U.N. broadcast.

Dbeibah, born in 1958 in the western city of Misrata, is an engineer and businessman who ran a state investment and construction company under Muammar Gaddafi. Menfi, from the east, was Libya's ambassador to Greece until Athens expelled him in December 2019 over a maritime deal between the Tripoli government and Turkey. Dbeibah founded a political movement, Libya al-Mustaqbal (Libya's Future), and once headed Tripoli's Al-Ittihad football club. Menfi was a member of the General National Congress elected in 2012.

The surprise outcome defeated two of the most prominent figures in Libyan politics. Many Libyan analysts had expected a ticket led by Saleh, a close ally of eastern commander Khalifa Haftar, and Bashagha, a powerful figure in Misrata and Tripoli, to prevail.

Dbeibah has 21 days to form a cabinet and present it to the House of Representatives for a vote of confidence. The new executive is meant to replace both the Tripoli-based Government of National Accord (GNA) of Fayez al-Sarraj and the rival administration in the east, and to organise elections on Dec. 24.

In a first round of list voting, none of the four competing lists reached the 60% threshold required, forcing a run-off between the two leading lists. Individual voting for the presidency council earlier in the week had also failed to produce a winner.

The forum was convened by the U.N. in Tunis in November and agreed the December election date there, but struggled for weeks over how to choose the executive. Allegations that some delegates had been offered bribes during the Tunis round drew a U.N. pledge to look into them.

"Today we have very good news in our search for peace," U.N. Secretary-General Antonio Guterres told reporters in New York, calling on all members of the forum and on Libyan and international stakeholders to respect the results. Losing candidates, including Saleh and Bashagha, said they would support the new authority.

""" + MWS_BG_PROCESS_2021 + """

""" + MWS_BG_LATE2020),

dict(group=G13, published="2021-02-06", outlet="Nile Courier",
title="Egypt welcomes election of Libya's unified interim executive authority",
text="""[ad_1]

CAIRO - Egypt has welcomed the election of the new unified interim executive authority in Libya by the Libyan Political Dialogue Forum in Geneva, affirming its readiness to work with it until the handover of power to an elected government after the elections scheduled for December 24.

The Foreign Ministry spokesman said in a statement that Egypt looks forward to cooperating with the Presidential Council headed by Mohammad Younes al-Menfi and with the Prime Minister-designate Abdul Hamid Dbeibeh, and called on the Libyans to continue to give precedence to their country's supreme interests. He urged all international and regional parties to support the political solution and ensure the departure of all foreign forces and mercenaries from Libyan territory.

The Arab League also welcomed the outcome. An official source at the League said the success of the Forum in shouldering its responsibilities was a positive step, and expressed the hope that the new Presidential Council and government would take office at the earliest opportunity to prepare for the presidential and legislative elections.

The list headed by al-Menfi, which also included Mossa al-Koni and Abdullah al-Lafi as members of the Presidential Council and Dbeibeh as Prime Minister, won 39 votes out of 73 in the second round of voting on Friday, against 34 for the list that included House of Representatives Speaker Counselor Aguila Saleh and Fathi Bashagha.

The General Command of the Libyan National Army welcomed the result and congratulated the national figures who were chosen, calling on everyone to work toward holding the elections on time. Counselor Aguila Saleh also expressed his support for the new authority.

Libyan political sources said the new Prime Minister-designate has 21 days to form his government and submit it to the House of Representatives for a vote of confidence, while the Presidential Council will act as the supreme commander of the armed forces in accordance with the roadmap agreed by the Forum in Tunis in November.

The Egyptian position, as expressed repeatedly by Foreign Minister Sameh Shoukry, stresses that the departure of all foreign forces and mercenaries is a condition for stability, in reference to the Turkish forces and the Syrian mercenaries transferred by Ankara to western Libya. The three-month deadline set by the Geneva ceasefire agreement of October 23 for their withdrawal expired on January 23 without any sign of departure.

Egypt has played a central role in supporting the political tracks in Libya. It hosted in Hurghada the meetings of the constitutional track last month, in which the members from the House of Representatives and the High Council of State agreed on holding a referendum on the constitution, and also hosted earlier meetings of the security and military track. In December an Egyptian delegation of security and diplomatic officials visited Tripoli for the first time in years, and Cairo announced it would reopen its embassy in the Libyan capital.

The Cairo Declaration announced by President Abdel Fattah al-Sisi in June 2020 had called for the election of a presidential council representing Libya's three regions, which observers say was reflected in the Geneva mechanism.

Related
Shoukry receives phone call from Greek counterpart
Egypt, Sudan discuss GERD developments"""),

dict(group=G13, published="2021-02-06", outlet="Mideast Brief Live",
title="Live: Reactions pour in after Libya forum picks Dbeibah and Menfi",
text="""MIDEAST BRIEF LIVE — Saturday 6 February
All times Cairo/Tripoli.

08:15 — Good morning. Recap: On Friday the Libyan Political Dialogue Forum, voting near Geneva, chose a new interim executive. Winning list (39 votes v 34, one abstention): Mohammad Menfi (Presidency Council head, east), Mossa al-Koni (south), Abdullah al-Lafi (west), Abdul Hamid Dbeibah (PM). Losing list had Aguila Saleh + Fathi Bashagha. Stephanie Williams: "historic moment".

08:40 — UN chief Antonio Guterres: "My appeal to everybody is to recognise and accept these results and to work with the new authorities that were elected."

09:05 — Egypt's foreign ministry welcomes the new executive, says it looks forward to working with it until power passes to an elected government.

09:20 — Aguila Saleh and Fathi Bashagha have both issued statements accepting the result. Worth stressing: both were seen as favourites going into Friday.

09:45 — Haftar's LNA general command says it welcomes the outcome and backs the path to Dec. 24 elections. No statement from Haftar himself yet.

10:30 — Arab League welcomes "success" of forum, hopes new bodies take office at "earliest possible" chance.

11:10 — Reader question: what happens next? Dbeibah has 21 days to put a cabinet to the House of Representatives for a confidence vote. If parliament fails to act, the forum can step in, per the roadmap agreed in Tunis.

11:50 — Background for newcomers: Menfi was GNA ambassador in Athens until Greece expelled him in December 2019 over the Turkey-Tripoli maritime memorandum. Dbeibah is a Misrata businessman.

12:30 — Also today: no sign yet of movement on foreign fighters. The Oct. 23 Geneva ceasefire deal set a three-month deadline that expired on Jan. 23.

13:00 — We'll keep updating as reactions come in. Refresh for latest."""),
]
