"""One-off: insert extra background paragraphs into part files after anchor strings."""
import sys
ADD = [
("p01.py", "martyring 12 Azerbaijani soldiers, including a general.",
"""Azerbaijan's ambassador in Ankara thanked the Turkish people for their solidarity, while crowds gathered outside the Azerbaijani embassy waving the flags of both countries. Turkish opposition leaders, including the main opposition party chairman, also expressed support for Baku.

Erdogan said in a later speech that the time had come to end the crisis in the region, which began with the occupation of Upper Karabakh, and that the world had once again failed to respond to Armenian aggression. He accused the OSCE Minsk Group, co-chaired by the US, Russia and France, of having ignored the problem for nearly three decades.

Azerbaijan's government has said that the Armenian side has been bringing foreign terrorist fighters to the occupied region, a claim denied by Yerevan. Baku also said the Armenian side fired on villages in the Tartar, Aghdam, Fuzuli and Jabrayil districts."""),
("p01.py", "after which Turkey and Azerbaijan held large joint military drills.",
"""Pashinyan spoke by phone with Russian President Vladimir Putin on Sunday, the Armenian government said, and briefed him on the situation. Armenia is a member of the Russian-led Collective Security Treaty Organization and hosts a Russian military base in Gyumri. Pashinyan also held calls with French President Emmanuel Macron and other leaders, urging them to prevent Turkish involvement.

In Yerevan, long lines formed outside military commissariats as reservists and volunteers reported for duty. The Armenian Apostolic Church called for prayers for peace, and diaspora organizations announced fundraising for the families of soldiers."""),
("p02.py", "killing scores of people in the worst escalation since the 1990s.",
"""Macron had already criticised Turkish statements on the conflict earlier in the week, calling them "reckless and dangerous" and saying France was concerned by "warlike messages" from Ankara. Turkish Foreign Minister Mevlut Cavusoglu accused France of siding with Armenia and said its role as a Minsk Group co-chair required impartiality.

Fighting continued on Friday. The ethnic Armenian authorities in Nagorno-Karabakh said Stepanakert, the region's main city, had come under shelling, killing one person. Azerbaijan accused Armenian forces of shelling the towns of Tartar and Horadiz and said its forces had made further gains in the south.

Armenia says Azerbaijan is receiving direct military support from Turkey, including F-16 fighter jets that it says shot down an Armenian Su-25 warplane on Tuesday. Ankara and Baku deny the claim.

France is home to an Armenian community of about 400,000 to 600,000 people, one of the largest in the diaspora."""),
("p02.py", "Rusya, France and USA leaders Thursday day joint statement with both side to ceasefire called.".replace("Rusya","Russia"),
"""Turkey's presidential spokesman İbrahim Kalın, before this week in statements in, Ankara's Azerbaijan to only political and moral support is giving, and also according to the agreements in defense industry cooperation is doing had said. Kalın, "Claims that Turkey foreign fighters sent is not true" said.

Turkey and France relations, Libya, Doğu Akdeniz and Syria issues because of already tense. Macron, recent months in Turkey many times had criticized, Ankara also Macron's policies "colonialist" as had described.

Azerbaijan Defense Ministry Friday day, Armenian forces Tartar and Goranboy regions shelled, civilians injured said. Ministry, Azerbaijani army's positions strengthening operations continuing announced."""),
("p02.py", "President Ilham Aliyev said on Sunday that his forces had taken the town of Jabrayil and several villages, which Armenian officials denied.",
"""Two French journalists working for Le Monde were wounded on Thursday when the town of Martuni came under Azerbaijani shelling, and Armenian journalists have also been hurt while reporting from the front-line areas. International press organizations have called on the parties to protect media workers.

Stepanakert has little in the way of air defense against drones and long-range rockets. City officials said water and electricity crews were working through the shelling to restore services, while humanitarian supplies from Armenia were reaching the city at night along the Goris-Stepanakert road.

Armenia says Turkey is directly involved in the war, citing the deployment of Turkish military advisers and F-16 jets in Azerbaijan and the transfer of Syrian mercenaries. On Tuesday, Yerevan said a Turkish F-16 had shot down an Armenian Su-25 over Armenian airspace; Ankara denied it."""),
("p02.py", "martial law and a curfew were introduced in a number of Azerbaijani cities.",
"""Earlier, the Russian Foreign Ministry said it had received information that militants from illegal armed groups, in particular from Syria and Libya, were being sent to the conflict zone. The ministry said it was deeply concerned and called on the leadership of the countries concerned to take effective measures to prevent the use of foreign terrorists and mercenaries.

On September 30, during a telephone conversation between Vladimir Putin and French President Emmanuel Macron, the two leaders expressed concern over the involvement of militants from the Middle East in the hostilities, the Kremlin said.

Russian Foreign Minister Sergei Lavrov has held several telephone conversations with his Armenian and Azerbaijani counterparts since the start of the escalation. Russia is a co-chair of the OSCE Minsk Group together with France and the United States. Moscow has also said it is in contact with Ankara on the situation."""),
("p02.py", "We'll keep updating this page throughout the day.",
"""PREVIOUSLY ON THIS BLOG:

* Friday: Stepanakert was shelled, with one civilian killed according to local officials. French President Emmanuel Macron said 300 Syrian fighters had travelled to Azerbaijan via Turkey; Ankara denies it.

* Thursday: Leaders of France, Russia and the US called for an immediate ceasefire. Two Le Monde journalists were wounded in Martuni.

* Tuesday: Armenia said a Turkish F-16 had shot down one of its Su-25 jets; Turkey and Azerbaijan denied it."""),
]
for f, anchor, text in ADD:
    p = "parts/" + f; s = open(p).read()
    if text in s: continue
    assert s.count(anchor) == 1, (f, anchor)
    s = s.replace(anchor, anchor + "\n\n" + text); open(p, "w").write(s)
print("ok")
