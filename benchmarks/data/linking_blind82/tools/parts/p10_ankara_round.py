G = "turkey_russia_libya_consultations_ankara_2020_07_22"

ARTICLES = [
dict(group=G, published="2020-07-22", outlet="Hilal News Agency",
title="Türkiye, Russia agree to push for lasting cease-fire in Libya, mull joint working group",
text="""ANKARA (Hilal) - Türkiye and Russia have agreed to continue joint efforts to create conditions for a lasting and sustainable cease-fire in Libya and will consider establishing a joint working group on the country, according to a joint statement released on Wednesday after two days of talks in Ankara.

The consultations on July 21-22 were chaired by Deputy Foreign Minister Sedat Önal and Russian Deputy Foreign Minister Sergey Vershinin, with the participation of officials from the two countries' defense ministries and other institutions, the Turkish Foreign Ministry said.

In the statement, the two sides reaffirmed their strong commitment to Libya's sovereignty, independence, territorial integrity and national unity, and said the Libyan crisis could not be solved by military means but only through a Libyan-led and Libyan-owned, UN-facilitated political process.

They agreed to facilitate the advancement of the intra-Libyan political dialogue in line with the conclusions of the Berlin Conference of Jan. 19, 2020, in coordination with the UN, and called on the parties to take measures to ensure safe humanitarian access and the delivery of urgent assistance to all those in need.

The two delegations also agreed "to consider creating a joint working group on Libya and convene the next round of consultations in Moscow in the near future," the statement said.

Speaking to Reuters in Ankara on Wednesday, Presidential Spokesperson İbrahim Kalın said Türkiye and Russia had just reached an agreement to work on a credible and sustainable cease-fire, but stressed that Haftar's forces must withdraw from Sirte and Jufra for any truce to be sustainable. Kalın said Türkiye did not regard Haftar as a legitimate actor, while Ankara was ready to talk to other figures in the east.

Kalın said any deal must be based on a return to the front lines of 2015, when the Libyan Political Agreement was signed in Skhirat, a position shared by the Government of National Accord (GNA), which Türkiye supports.

Foreign Minister Mevlüt Çavuşoğlu said on July 13 that Haftar must withdraw from Sirte and Jufra and that Türkiye had conveyed this to the Russian side. He said military preparations for an operation in Sirte were underway, although Ankara was still waiting for a settlement at the negotiating table.

The talks came after Egypt's parliament on Monday approved the possible deployment of Egyptian troops abroad, a move widely seen as a warning over Sirte, and a week after U.S. Africa Command accused Russia's Wagner Group of planting landmines and booby traps around Tripoli.

Türkiye says its support, provided at the invitation of the legitimate government under the security memorandum signed on Nov. 27 last year, enabled the GNA to retake al-Watiya air base, Tarhuna and the outskirts of Tripoli, while Haftar relies on foreign mercenaries, including the Russian Wagner Group.

A planned visit by Russia's foreign and defense ministers to Istanbul in June was postponed at the last minute. Türkiye and Russia launched a joint call for a cease-fire in Libya from Istanbul on Jan. 8 this year."""),

dict(group=G, published="2020-07-23", outlet="Vostok Dispatch",
title="Russia and Turkey agree to consider joint working group on Libya after Ankara consultations",
text="""MOSCOW, July 23 (Vostok Dispatch) - Russia and Turkey intend to consider establishing a joint working group on Libya and to hold the next round of consultations in Moscow in the near future, according to a joint statement published after interdepartmental consultations in Ankara.

The Russian Foreign Ministry said the consultations took place on July 21-22 in the Turkish capital. The Russian delegation was headed by Deputy Foreign Minister Sergei Vershinin and included representatives of the Ministry of Defense; the Turkish side was led by Deputy Foreign Minister Sedat Onal.

"Various aspects of the Middle East problems were discussed in detail with an emphasis on the tasks of an early cessation of hostilities and ensuring a long-term settlement in Libya," the ministry said.

According to the joint statement, the parties agreed to continue joint efforts, including by influencing the Libyan parties, to create conditions for a long-term and sustainable ceasefire, and to promote the intra-Libyan political dialogue in accordance with the decisions of the Berlin conference and in coordination with the UN. Moscow and Ankara also reaffirmed the need to fight terrorists and terrorist groups in Libya.

Russia has consistently advocated an immediate cessation of hostilities in Libya and the launch of a political process with the participation of all Libyan forces. Moscow has welcomed the initiative put forward by Egypt in June.

The Russian Foreign Ministry said on Saturday that it had received written assurances from the Government of National Accord in Tripoli that the issue of Russian citizens Maxim Shugaley and Samer Sueifan, held in Libya since May 2019, would be resolved shortly."""),

dict(group=G, published="2020-07-23", outlet="Cyrenaica Post",
title="Moscow and Ankara agree in Ankara to work toward Libya ceasefire as Turkey sets Sirte and Jufra conditions",
text="""Cyrenaica Post | Benghazi

Moscow and Ankara agree in Ankara to work toward Libya ceasefire as Turkey sets Sirte and Jufra conditions

Russia and Turkey announced on Wednesday that they had agreed to continue working toward a sustainable ceasefire in Libya and to study the formation of a joint working group, at the end of two days of consultations between their delegations in the Turkish capital.

The joint statement, issued by both foreign ministries after the talks of deputy foreign ministers Sergei Vershinin and Sedat Onal, said the two countries would encourage the Libyan parties to create the conditions for a long-term ceasefire and support the political dialogue based on the outcomes of the Berlin conference, with a new round to be held in Moscow.

But the Turkish side quickly put conditions on any truce. Presidential spokesman Ibrahim Kalin said the armed forces must withdraw from Sirte and Jufra for any ceasefire to be sustainable, and said Ankara did not consider the Commander-in-Chief, Field Marshal Khalifa Haftar, a legitimate party, while it was ready to deal with the House of Representatives and other eastern institutions.

Political observers in Benghazi described the Turkish conditions as an attempt to obtain at the negotiating table what the Tripoli militias and their Syrian mercenaries failed to obtain on the ground, as the army's lines west of Sirte have held for more than a month despite repeated threats of an offensive.

The Egyptian House of Representatives on Monday approved the deployment of elements of the Egyptian armed forces on combat missions outside the borders to defend Egyptian national security on the western strategic front, after President Abdel Fattah al-Sisi declared last month that Sirte and Jufra were a red line. The move followed an appeal by the Libyan House of Representatives to Egypt to intervene if necessary, and a meeting between Sisi and Libyan tribal elders in Cairo.

The army's General Command has repeatedly affirmed its readiness to confront any attack on Sirte and Jufra, and has said it supports the Cairo Declaration as a basis for a political solution.

The General Command has accused Ankara of transferring thousands of Syrian mercenaries and large quantities of weapons to Misrata and Tripoli since January, in violation of the commitments made at the Berlin conference, and says the Turkish military presence at al-Watiya air base and in Misrata is an occupation.

Turkey and Russia, which back opposing sides in Libya, had launched a joint ceasefire appeal in January. A planned meeting of their foreign and defence ministers in Istanbul in mid-June was postponed hours before it was due.

COOKIES: This site uses cookies to improve your experience. By continuing to browse you accept our use of cookies. [OK]

Most read:
- Egyptian parliament approves sending troops abroad
- Sisi to Libyan tribal elders: Egypt will not stand idle
- Army: our units in Sirte and Jufra in full readiness"""),
]
