"""One-off helper (ALREADY APPLIED to the part files; do not rerun): insert extra background paragraphs after unique anchors."""
import sys
ADD = [
("part01.py", "The talks are expected to last several days.",
"""The eastern parliament and the High Council of State, an advisory chamber drawn largely from the General National Congress elected in 2012, have argued over the Skhirat deal for years. The House of Representatives never formally endorsed the Government of National Accord, leaving Libya with two rival cabinets.

Oil hangs over the talks as well. Groups allied with Haftar shut most fields and export terminals in January, cutting output to a fraction of its normal level and deepening shortages of fuel and power. Protests over blackouts broke out in Tripoli late last month."""),
("part01.py", "Libya has been split between rival authorities in the east and west since 2014.",
"""The resignation came a week after the country's two legislative bodies opened talks in Morocco on sharing out key state posts, as the United Nations tries to revive a political process that collapsed when Hifter's forces attacked Tripoli in April 2019. That offensive ended in June, when forces loyal to the Tripoli government, backed by Turkey, pushed Hifter's fighters back toward Sirte.

In Tripoli, the U.N.-recognized government has faced its own street anger. Protesters marched in the capital on Aug. 23, and armed men were accused of firing on the crowds."""),
("part02.py", "Libya has been in turmoil since the 2011 uprising that toppled Muammar Gaddafi.\"\"\" ))\nA.append(dict(group=\"sarraj_announces_step_down_2020_09_16\", published=\"2020-09-17\"",
None),
("part02.py", "Haftar's militias have shut down oil fields and ports since January, depriving the country of billions of dollars in revenues and worsening the electricity crisis in all regions, including the east.",
"""The parallel government was formed in 2014 after the House of Representatives moved to Tobruk, and has never been recognised by the United Nations. Its ministries depend on money borrowed through the eastern branch of the Central Bank, and its budget has ballooned to pay salaries of Haftar's fighters, economists say.

The Tobruk parliament, headed by Aguila Saleh, said it would study the resignation at its next session but did not set a date."""),
("part03.py", "The Turkish officials did not make still a statement about the decision of Serrac.",
"""Bouznika görüşmeleri

In the other hand, the delegations of the Tobruk parliament and the High Council of State (Yüksek Devlet Konseyi) had made talks in Fas (Morocco) in the city of Bouznika between 6 and 10 September, and they announced that they reached understanding about the criteria of the sovereign posts. The United Nations is preparing for the new political dialogue which the new Presidential Council and the government will be selected.

Serrac is leading the Presidential Council since the 2016 year, after the Skhirat agreement which is signed in the December 2015 under the umbrella of the UN."""),
("part03.py", "- APP/AWD",
None),
("part03.py", "Libya has the largest proven oil reserves in Africa.",
"""Analysts said the deal was unlikely to bring a quick return to full output. Damage to pipelines and storage tanks during the shutdown, as well as the presence of armed groups at several sites, could slow any restart, they said.

The move came two days after Prime Minister Sarraj's televised announcement that he would step down, and amid a flurry of diplomacy. Delegations from the two rival legislatures met in Morocco earlier this month, and the U.N. is preparing military talks between the two camps."""),
("part04.py", "The GNA has been under attack by Haftar's militias since April 2019, in a conflict that has killed thousands of civilians.",
"""Turkish officials have said the memorandums signed with the GNA are agreements between states and will remain valid regardless of changes in personnel in Tripoli. Foreign Minister Mevlut Cavusoglu has repeatedly said that a lasting ceasefire requires the withdrawal of Haftar's forces from Sirte and al-Jufra.

Also on Friday, Haftar announced that oil production and exports would resume after a months-long blockade, following an understanding with the deputy head of the Presidential Council, Ahmed Maiteeg."""),
("part05.py", "The talks are expected to continue on Tuesday.",
"""The meeting comes days after the resignation of the interim government in the east and the announcement by Fayez al-Sarraj that he will hand over his duties by the end of October, in addition to the understandings reached in Bouznika, Morocco, between the House of Representatives and the High Council of State.

Informed Egyptian sources said Cairo sees the Hurghada track as complementary to the UN efforts and to the outcomes of the Berlin conference held in January, and that the aim is to reach a permanent ceasefire, unify the military institution and restore the state's monopoly on arms."""),
("part05.py", "The first round of the Bouznika talks was held from September 6 to 10.",
"""The talks were delayed several times in late September because of disagreements over the agenda and the composition of the delegations, sources said.

The Bouznika track runs alongside UN-facilitated military talks, which met in Egypt's Hurghada last month, and a planned political dialogue forum. Libya has been divided between rival administrations in Tripoli and the east since 2014."""),
("part06.py", "Regular flights between the two airports are expected to begin within days, according to the airline.",
"""Citizens in Benghazi told the Gazette that the flight revived hopes of seeing relatives in the capital without the exhausting road trip through Sirte, Misrata and the checkpoints, which can take more than fifteen hours. Patients from the east who receive treatment in Tripoli hospitals, and students at the capital's universities, are among those most affected by the suspension.

The Joint Military Committee 5+5 is expected to meet in Geneva next week to continue discussions on a permanent ceasefire and on the reopening of the coastal road."""),
("part07.py", "which is supported by Turkey.\"\"\" ))\nA.append(dict(group=\"geneva_permanent_ceasefire_2020_10_23\", published=\"2020-10-23\", outlet=\"Meridian Press Agency\"",
None),
("part08.py", "The GNA did not immediately comment on Erdogan's remarks.",
"""Ankara has said its own military presence in Libya, agreed with the GNA, is legitimate and differs from that of mercenary groups supporting Hifter. Turkish officials have also said the withdrawal of Hifter's forces from Sirte and the Jufra air base should be part of any lasting truce.

The Geneva deal provides for units on the front lines to return to their bases and for the suspension of foreign military training on Libyan soil until a unified government is formed. A U.N.-led political forum is due to open in Tunisia on Nov. 9."""),
("part09.py", "Ghadames lies close to the borders with Algeria and Tunisia.",
"""All four previous rounds of the commission were held in Geneva, the last of which produced the ceasefire agreement. The UN said the meeting would be followed by the political dialogue forum in Tunis."""),
("part09.py", "The UN mission will launch the Libyan Political Dialogue Forum in Tunis on 9 November with 75 participants representing Libya's political and social spectrum.",
"""Ghadames, an ancient oasis town listed as a UNESCO World Heritage site, lies about 465 km south-west of Tripoli near the borders with Algeria and Tunisia. The four previous rounds of the commission were held in Geneva.

The sides also agreed to continue the exchange of detainees, to form teams to clear mines left in southern Tripoli, and to resume flights to Sabha and Ghadames. The commission asked the UN Security Council to issue a binding resolution to implement the Geneva agreement."""),
]
for fn, anchor, extra in ADD:
    if extra is None: continue
    s = open(fn, encoding="utf-8").read()
    if s.count(anchor) != 1: sys.exit(f"anchor not unique in {fn}: {anchor[:50]}")
    s = s.replace(anchor, anchor + "\n\n" + extra, 1)
    open(fn, "w", encoding="utf-8").write(s)
print("done")
