A = []
A.append(dict(group="sarraj_stays_on_2020_10_30", published="2020-10-31", outlet="Asia Wire Digest",
title="Libya's Sarraj reverses decision to quit, to stay until new authority formed",
text="""Tripoli, (Asia Wire Digest / Agency - 31st Oct, 2020 ) : Fayez al-Sarraj, head of Libya's UN-recognised Government of National Accord (GNA), will remain in office until a new executive authority is chosen through UN-led political talks, his spokesman said, backing away from a pledge to step down by the end of October.

Spokesman Ghaleb al-Zaklai said on Friday that Sarraj had responded to calls for him to stay on temporarily in order to avoid a political vacuum, and that he would continue his duties until the dialogue committee completes its work.

Sarraj had announced in a televised speech on September 16 that he intended to hand over his duties to a new executive body no later than the end of October.

Al-Zaklai said Sarraj hoped participants in the political dialogue would live up to their historic responsibility and put aside personal and regional interests, so the country could overcome the crisis peacefully.

The UN-facilitated Libyan Political Dialogue Forum is due to open in Tunisia on November 9 with 75 participants. Its aim is to agree on a unified executive and a roadmap to national elections.

- AWD/Agency

Libya's JMC to hold first meeting on Libyan soil in Ghadames

Tripoli, (Asia Wire Digest / Agency - 31st Oct, 2020 ) : The 5+5 Joint Military Commission will hold its next round of talks in the south-western Libyan town of Ghadames from November 2 to 4, the UN Support Mission in Libya (UNSMIL) said on Saturday, in the first meeting of the commission inside the country.

UNSMIL said the round, the fifth, would be attended by acting UN envoy Stephanie Williams and would focus on implementing the permanent ceasefire agreement signed in Geneva on October 23, including the formation of sub-committees and mechanisms for monitoring and verification.

Ghadames lies close to the borders with Algeria and Tunisia.

All four previous rounds of the commission were held in Geneva, the last of which produced the ceasefire agreement. The UN said the meeting would be followed by the political dialogue forum in Tunis.

- AWD/Agency""" ))
A.append(dict(group="sarraj_stays_on_2020_10_30", published="2020-10-31", outlet="Nile Gazette Online",
title="Al-Sarraj backs down from resignation, clings to power 'until the new authority'",
text="""Nile Gazette Online - Libya Desk

The head of the Presidential Council of the Government of National Accord, Fayez al-Sarraj, has retreated from his decision to leave his post at the end of October, in a move that political observers in Benghazi and Cairo said confirmed that the Tripoli leadership remains hostage to the militias and to its foreign backers.

Al-Sarraj's spokesman Ghaleb al-Zaklai said in a statement on Friday that the head of the council had decided to continue his work until the dialogue committee completes its tasks and a new executive authority is formed, in response to what he described as calls from several parties to avoid a political vacuum.

Al-Sarraj had announced on 16 September, in a televised speech, his desire to hand over his duties to the next executive authority no later than the end of October, a decision which was welcomed at the time by the UN mission and by a number of countries. Turkish President Recep Tayyip Erdogan said two days later that his country was upset by the decision.

Members of the House of Representatives told the Gazette that the reversal was expected, and that Ankara had pressed al-Sarraj to remain in order to protect the security and maritime memoranda signed with him in November 2019, which the House considers null and void.

The move comes one week after the signing in Geneva of the permanent ceasefire agreement by the Joint Military Committee (5+5), which provides for the departure of all mercenaries and foreign forces within three months. Egypt welcomed the Geneva agreement and affirmed its support for the Libyan National Army and all efforts for a political solution.

The political dialogue forum sponsored by the United Nations is due to begin in Tunisia on 9 November with 75 participants, who were selected on condition that they do not hold positions in the coming executive authority.

Tags: Libya, Sarraj, Presidential Council, Tripoli

We use cookies to improve your experience on our website. By continuing to browse, you agree to our use of cookies. Accept""" ))
A.append(dict(group="ghadames_jmc_talks_2020_11_03", published="2020-11-03", outlet="Meridian Press Agency",
title="Libyan military commission agrees ceasefire steps at first meeting on home soil",
text="""GHADAMES, Libya (MPA) - Military officers from Libya's rival camps agreed on Tuesday to set up a subcommittee to oversee the pullback of forces from the front lines and the departure of foreign fighters, at the first meeting of their joint commission held inside the country, the acting U.N. envoy said.

Stephanie Williams told a news conference in the desert oasis town of Ghadames that the 5+5 Joint Military Commission had decided to make the central coastal city of Sirte its headquarters and would meet there as soon as possible this month.

The commission agreed on monitoring of the ceasefire that would include international observers, and asked the U.N. Security Council to adopt a binding resolution to enforce the Geneva agreement signed on Oct. 23, Williams said.

A meeting to reunify the Petroleum Facilities Guard, the divided force that protects oil installations, will be held in the oil port of Brega on Nov. 16, with the guard's commanders, the National Oil Corporation and the U.N. present, she said.

The sides also agreed to continue exchanging detainees through a dedicated committee, to form engineering teams to clear mines with U.N. help, to set up a committee to combat hate speech, and to resume flights to Sabha and Ghadames immediately.

"This is the beginning of a process that is going to require determination, courage, confidence and a lot of work," Williams said.

The two-day meeting, which opened on Monday, was the fifth round of commission talks; the previous four were held in Geneva. Ghadames lies about 465 km (290 miles) southwest of Tripoli, near the borders with Algeria and Tunisia, far from the power bases of either side.

The U.S. Embassy in Libya welcomed the outcome.

The U.N.-recognised government and the eastern camp have been locked in a power struggle since 2014. Turkey backs the Tripoli government; the United Arab Emirates, Egypt and Russia have supported Haftar. A Berlin summit in January committed foreign powers to respect a U.N. arms embargo, a pledge U.N. experts say has been widely ignored.

The ceasefire agreement signed in Geneva requires all mercenaries and foreign fighters to leave within three months. The U.N. will convene a political dialogue forum in Tunisia on Nov. 9.

Libya has been in turmoil since the 2011 uprising that toppled Muammar Gaddafi.""" ))
A.append(dict(group="ghadames_jmc_talks_2020_11_03", published="2020-11-04", outlet="Hilal News Agency",
title="Libya's Joint Military Commission concludes Ghadames talks, picks Sirte as headquarters",
text="""TRIPOLI - Hilal News Agency

Libya's 5+5 Joint Military Commission concluded on Tuesday its fifth round of talks in the south-western city of Ghadames, the first held on Libyan soil, with a series of decisions on implementing the ceasefire agreement signed in Geneva last month.

UN acting envoy Stephanie Williams announced at a press conference that the commission had agreed to establish a military subcommittee to supervise the return of forces to their headquarters and the withdrawal of foreign forces from the lines of contact. The subcommittee will hold its first meeting in Sirte in the presence of the commission and the UN mission.

The commission also decided to take the Ouagadougou conference complex in Sirte as its headquarters, Williams said, and agreed that a meeting to unify the Petroleum Facilities Guard would be held in Brega on 16 November.

The Government of National Accord delegation told Hilal News Agency that it had insisted on the removal of Wagner mercenaries and other foreign fighters supporting putschist Khalifa Haftar from oil fields and the Jufra and Sirte areas as a priority.

The legitimate government has repeatedly stressed that the agreements it signed with Turkey in November 2019 on security and military cooperation are between two sovereign states and are not covered by the provisions on foreign forces.

President Recep Tayyip Erdogan said on 23 October, the day the Geneva agreement was signed, that the ceasefire had not been concluded at the highest level and that time would show whether it would hold.

The UN mission will launch the Libyan Political Dialogue Forum in Tunis on 9 November with 75 participants representing Libya's political and social spectrum.

Ghadames, an ancient oasis town listed as a UNESCO World Heritage site, lies about 465 km south-west of Tripoli near the borders with Algeria and Tunisia. The four previous rounds of the commission were held in Geneva.

The sides also agreed to continue the exchange of detainees, to form teams to clear mines left in southern Tripoli, and to resume flights to Sabha and Ghadames. The commission asked the UN Security Council to issue a binding resolution to implement the Geneva agreement.""" ))
