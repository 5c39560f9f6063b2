#!/usr/bin/env python3
"""Third batch: lengthen short live blogs, translated items and wires."""
import os
P = os.path.join(os.path.dirname(os.path.abspath(__file__)), "parts")
ADD = [
("part05.txt", "18:30 - Haftar forces say they shot down a GNA Mirage",
"""20:10 - Lisbon: "not a Portuguese soldier"
Portugal's defence ministry says the man shown in the LNA videos is not a member of its armed forces, and that the Portuguese air force has no pilots missing and does not fly the Mirage F1. In one clip the man says he is 29 and was hired on a "civilian contract". Both sides in this war have accused the other of hiring foreign pilots.

"""),
("part05.txt", "15:10 - Conte: \"a stalemate\"",
"""17:00 - Who is travelling with Sarraj
Libyan channels report that Foreign Minister Mohamed Siala and Interior Minister Fathi Bashagha are part of the delegation. Bashagha, from Misrata, has been one of the loudest voices accusing France of siding with Haftar; his ministry suspended security cooperation with Paris last month.

"""),
("part05.txt", "12:00 - Ramadan truce: no sign of it",
"""10:40 - Sarraj's tour: the plan
Today Rome and Berlin; Paris is expected tomorrow and London after that. The GNA's stated aim is to win an explicit condemnation of Haftar's offensive. So far the EU has called for a ceasefire without naming him - an EU statement last month was watered down after objections from France, according to diplomats.

"""),
("part09.txt", "4. NUMBERS",
"""4. TOUR DIARIES
Haftar was in Rome last Thursday for two hours with Italian PM Giuseppe Conte, who called for a ceasefire. Reports say he is heading to Paris next, two weeks after Macron received Sarraj. Sarraj's own tour earlier this month took in Rome, Berlin, Paris and London.

5. DETAINEES STILL AT RISK
Aid agencies again warned that thousands of migrants remain locked in detention centres in and around Tripoli, some close to the front. Last month gunmen fired on detainees at Qasr bin Ghashir, south of the city.

"""),
("part09.txt", "Council consultations followed behind closed doors. No product expected.",
"""Salame also said the UN mission had set up a way to monitor hate speech online, and that cases of incitement had been referred to Facebook.
"""),
("part10.txt", "09:00 - Context",
"""12:15 - Displacement rising
UN agencies say the number of people forced from their homes by the fighting has reached about 75,000. Many families from Ain Zara, Khallat al-Furjan and the airport road area are sheltering in schools and with relatives in the city centre.

11:30 - Why the airport road matters
The road running north from the old international airport, seized by the LNA in the first days of the offensive, is the most direct route into the city. It passes through Qasr bin Ghashir and the edge of Salah al-Din, where GNA forces advanced on Tuesday with air support. The airport itself has been out of use since it was wrecked in the 2014 fighting.

"""),
("part03.txt", "Hafter forces, 4 Nisan'da capital Trablus'u capture for attack started.",
"""Hafter's militias, last weeks in capital's residential areas to rocket attacks carried out and civilians killed was stated. BM Genel Sekreteri Antonio Guterres, Hafter's attack started when Trablus'ta was and national conference for preparations made.

BM Güvenlik Konseyi in, İngiltere's prepared ateşkes draft, Rusya and ABD's objections because of last month adopted could not. UMH, Hafter to support giving countries for criticism directed.

"""),
("part08.txt", "Libya'ya 2011'den beri BM arms embargo applied.",
"""UMH forces, 20 Nisan'da started counter attack with Ain Zara and Wadi Rabie regions in Hafter militias back pushed. Front, Ramazan month in relatively calm continued.

"""),
("part05.txt", "In April, the GNA accused France of backing Haftar and announced the suspension of security cooperation with Paris.",
"""Sarraj told the France 24 TV channel that he had explained to Macron that a serious political elite that truly represented eastern Libya must be found, since Haftar could no longer play that role.

"""),
("part05.txt", "Libya has been mired in chaos since the overthrow and killing of Muammar Gaddafi in 2011. The country is divided between the GNA in the west",
"""On Tuesday, the LNA said it had shot down a GNA Mirage F1 fighter jet south of Tripoli and captured its pilot, who in a video described himself as a 29-year-old from Portugal. Lisbon said he was not a Portuguese serviceman.

Russia has repeatedly called on the Libyan parties to halt hostilities and settle their differences through dialogue, and has said it maintains contacts with both Sarraj and Haftar.

"""),
("part04.txt", "After early gains by Haftar's forces, the GNA launched a counter-offensive last month",
"""The claim came as GNA head Fayez al-Sarraj began a tour of European capitals, meeting Italian Prime Minister Giuseppe Conte in Rome and German Chancellor Angela Merkel in Berlin on Tuesday to seek support against the offensive.

"""),
("part06.txt", "Britain drafted a U.N. Security Council resolution last month calling for a ceasefire,",
"""Serraj told the France 24 channel after the Paris talks that those sitting at the negotiating table after the April 4 attack "will have to be different". The GNA has accused France of backing Haftar, which Paris denies.

"""),
("part10.txt", "Turkey has repeatedly called for an end to the attack on Tripoli",
"""Earlier in the week, fighters loyal to the GNA advanced in the Salah al-Din area in the heaviest clashes since the start of Ramadan, according to journalists on the front lines. GNA forces have since May 18 also received dozens of armored vehicles that arrived at Tripoli port, according to images posted by units fighting on the government's side.

"""),
]
for fn, anchor, text in ADD:
    p = os.path.join(P, fn); s = open(p, encoding="utf-8").read()
    if text.strip()[:60] in s:
        continue
    assert s.count(anchor) == 1, (fn, anchor[:50], s.count(anchor))
    s = s.replace(anchor, text + anchor)
    open(p, "w", encoding="utf-8").write(s)
print("done")
