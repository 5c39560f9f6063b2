A = []
A.append(dict(group="ghadames_jmc_talks_2020_11_03", published="2020-11-05", outlet="Sahel & Med Defence Insight",
title="ANALYSIS: Ghadames JMC round moves Libya ceasefire toward verification - but foreign forces question untouched",
text="""Sahel & Med Defence Insight | Analysis | 5 November 2020

Key points
- The 5+5 Joint Military Commission (JMC) concluded its fifth round in Ghadames on 3 November, its first on Libyan territory, agreeing a 12-point set of implementation steps for the 23 October Geneva ceasefire.
- Decisions include a subcommittee to oversee the pullback of units and of foreign forces from front lines, international monitors, and a JMC headquarters in Sirte.
- No mechanism was announced for the actual departure of foreign fighters, which the Geneva text requires by late January 2021.

Event
Meeting from 2 to 3 November in the remote oasis town near the Algerian and Tunisian borders, the JMC delegations of the Government of National Accord (GNA) and the Libyan National Army (LNA) agreed, according to acting UN envoy Stephanie Williams: a military subcommittee to supervise the return of forces to their bases and the withdrawal of foreign forces from contact lines; ceasefire monitoring including international observers; security-arrangement subcommittee seats in Sirte and Hun; a Petroleum Facilities Guard (PFG) reunification meeting at Brega on 16 November; demining teams working with UN agencies; continued detainee exchanges; and a request that the UN Security Council adopt a binding resolution endorsing the Geneva agreement.

Analysis
Ghadames was chosen for its neutrality: it lies in GNA-held territory but far from the Misrata and Tripoli armed groups, and can be reached from the east without crossing the Sirte front. Holding the round inside Libya is itself a confidence-building step after four rounds in Geneva.

The choice of the Ouagadougou complex in Sirte as the JMC seat is significant. Sirte has been held by LNA-affiliated forces, with Wagner Group personnel reported in and around the city and at Jufra, since January. A functioning JMC presence there would require either those personnel to withdraw or the commission to operate alongside them - a test of the LNA's willingness and of Moscow's.

The request for a binding Security Council resolution is an attempt to internationalise compliance. Any such text would need Russian acquiescence and would inevitably raise the status of Turkish military personnel present under the November 2019 GNA-Turkey memorandum. Ankara maintains that its deployment is a bilateral arrangement with a legitimate government, not a foreign force in the sense of the Geneva text. President Recep Tayyip Erdogan publicly questioned the ceasefire's credibility on the day it was signed.

The PFG meeting at Brega will be an early indicator. Output has recovered quickly since the LNA announced the lifting of its blockade in September, but that recovery rests on local arrangements rather than a unified force.

Outlook
Watch for: the first JMC sessions in Sirte; whether the coastal road between Misrata and Sirte reopens; flight-tracking evidence of continued military cargo flights into Jufra and al-Watiya; and whether the Libyan Political Dialogue Forum opening in Tunis on 9 November produces an executive that can take ownership of the security track.

(c) Sahel & Med Defence Insight. Subscriber content. Redistribution prohibited.""" ))
A.append(dict(group="lpdf_opens_tunis_2020_11_09", published="2020-11-09", outlet="The Northern Chronicle",
title="Libya's 75 delegates gather in Tunis with a mandate to end the country's division",
text="""By our North Africa correspondent, Tunis

Seventy-five Libyans chosen by the United Nations gathered at a seaside hotel in Gammarth, north of Tunis, on Monday for a political forum intended to do what a decade of conferences, accords and wars has not: give Libya a single government and a date for elections.

The Libyan Political Dialogue Forum was opened by Tunisia's president, Kais Saied, who told delegates the moment was historic and that the solution lay in Libyans recovering their full sovereignty, without any division of their country. Antonio Guterres, the UN secretary-general, addressed the meeting by video, urging participants to seize the chance to end what he called a tragic conflict and telling them compromise was the only route to national unity. He also called on foreign states to respect the arms embargo.

Stephanie Williams, the acting UN envoy who has driven the process, said the status quo could not continue and asked delegates to arrive in a spirit of compromise. Elections, she said, had to be the ultimate objective, and the forum needed a clear road map to reach them as soon as possible.

The delegates include members of the Tobruk-based House of Representatives and the Tripoli-based High Council of State, as well as figures chosen to represent regions, tribes, women, young people and political currents outside the two chambers. Each had to pledge not to take a post in the interim executive the forum is meant to select - a condition designed to stop the talks becoming a job fair. The UN has circulated a draft road map for a preparatory phase that would end in national elections.

The forum follows a rapid sequence of steps. On October 23 military officers from both sides signed a permanent ceasefire in Geneva, and last week the same joint military commission met for the first time on Libyan soil, in Ghadames, agreeing to set up headquarters in Sirte. In September, Khalifa Haftar lifted a blockade on oil fields and ports, and the two legislatures agreed in Bouznika, Morocco, on criteria for filling the country's key institutional posts.

Yet the forum is vulnerable on several fronts. Critics in both east and west have attacked the selection of participants, some accusing the UN of over-representing Islamist-leaning figures and others of favouring allies of Haftar. The prime minister of the Tripoli government, Fayez al-Serraj, who said in September that he would step down by the end of October, announced at the end of last month that he would stay until a successor is in place. The eastern cabinet of Abdullah al-Thinni, which offered its resignation in September after protests in Benghazi, also remains in office.

Foreign forces have not moved. Turkey's military presence in western Libya and Russian contractors at Jufra and Sirte are untouched, and the ceasefire's three-month deadline for their departure falls in January.

And the practical stakes are immense. Electricity cuts of many hours a day, a shortage of cash and a serious Covid-19 outbreak - more than 900 Libyans have died of the disease - have turned public opinion against all the existing authorities.

Diplomats in Tunis said the first goal was a date for elections, possibly within eighteen months, followed by agreement on a presidential council and a separate prime minister. The talks are scheduled to last about a week.""" ))
A.append(dict(group="lpdf_opens_tunis_2020_11_09", published="2020-11-10", outlet="Maghreb Monitor Daily Brief",
title="Maghreb Monitor Daily Brief: Libya forum opens in Tunis; Algeria referendum results contested",
text="""Maghreb Monitor Daily Brief - Tuesday, 10 November 2020

Good morning. Here is what you need to know today.

1. LIBYA/TUNISIA: Political forum gets under way in Gammarth
The UN-facilitated Libyan Political Dialogue Forum opened on Monday at a hotel outside Tunis, with President Kais Saied welcoming the 75 Libyan participants and calling the meeting a historic moment. UN chief Antonio Guterres spoke by video; acting envoy Stephanie Williams said she was optimistic and that elections must be the end goal. Participants have agreed not to seek posts in the transitional executive the forum is meant to choose. The agenda: a road map to elections, then the shape of a new presidential council and government.
Context: the forum follows the October 23 Geneva ceasefire and last week's military commission meeting in Ghadames. Tripoli PM Fayez al-Sarraj, who had promised to leave by end-October, is staying on until the forum chooses a replacement.
Why it matters: if the forum agrees an executive, Libya would have one recognised government for the first time since 2014.
What to watch: whether Aguila Saleh's allies and the Misratan camp accept the selection mechanism; leaks of names for prime minister.

2. ALGERIA: Low turnout in referendum
Official results of the November 1 constitutional referendum show the text approved on a turnout of under 25 percent, the lowest in decades. President Abdelmadjid Tebboune remains abroad for medical treatment.

3. MOROCCO: Guerguerat tensions
Protesters linked to the Polisario Front continue to block traffic at the Guerguerat crossing on the Mauritanian border.

That's it for today.

Share this:
Twitter | Facebook | Email

You are receiving this email because you subscribed to Maghreb Monitor. Unsubscribe | Manage preferences""" ))
A.append(dict(group="lpdf_opens_tunis_2020_11_09", published="2020-11-09", outlet="Atlas Communique Newswire",
title="PRESS RELEASE: Libyan Political Dialogue Forum kicks off in Tunis under UN auspices",
text="""Atlas Communique Newswire - Tunis, 9 November 2020

FOR IMMEDIATE RELEASE

Libyan Political Dialogue Forum kicks off in Tunis under UN auspices

The Libyan Political Dialogue Forum (LPDF), facilitated by the United Nations Support Mission in Libya (UNSMIL), opened on Monday 9 November 2020 in the Tunisian capital, in the presence of the President of the Republic of Tunisia, H.E. Mr. Kais Saied, and the Acting Special Representative of the UN Secretary-General for Libya, Ms. Stephanie Williams.

Highlights:

- 75 Libyan women and men, representing the full political and social spectrum of Libyan society, are taking part in the in-person sessions.
- More than 70 representatives of the international community followed the opening ceremony remotely.
- The Forum will discuss a draft political roadmap for a preparatory phase leading to national elections, as well as the arrangements for a unified executive authority.

In his opening address, President Saied welcomed the participants and described the launch of the Forum as a historic moment, stressing that the solution must be Libyan and that Libya must remain united.

The UN Secretary-General, Mr. Antonio Guterres, addressed the ceremony by video message, encouraging the participants to seize this opportunity and calling on the international community to support the process, including through full respect for the arms embargo.

Ms. Williams thanked the Tunisian authorities for hosting the Forum and recalled that it follows the signing of the permanent ceasefire agreement in Geneva on 23 October 2020 and the meeting of the 5+5 Joint Military Commission in Ghadames on 2-3 November.

Participants have committed not to assume positions in the new executive authority.

The Forum's preparations included a series of virtual consultations since October 26 with the participants, as well as consultations led by UNSMIL with Libyan municipalities, women, youth and civil society organisations. The Forum builds on the outcomes of the Berlin Conference of 19 January 2020 and UN Security Council resolution 2510 (2020).

The Forum's in-person sessions are expected to continue for several days.

About Atlas Communique Newswire: Atlas Communique distributes official statements and institutional communications from North Africa and the Sahel.

###""" ))
