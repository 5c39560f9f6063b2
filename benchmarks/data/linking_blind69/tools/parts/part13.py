# Event: Berlin conference on Libya (19 Jan 2020)
G = "berlin_conference_on_libya_2020_01_19"

ARTICLES = [
dict(group=G, published="2020-01-19", outlet="Meridian Press International",
title="World powers in Berlin pledge to respect Libya arms embargo, end interference",
text="""BERLIN (MPI) - Countries with a stake in Libya's war agreed in Berlin on Sunday to respect a much-violated United Nations arms embargo, refrain from further military support to the warring parties and push them towards a lasting ceasefire, German Chancellor Angela Merkel and U.N. Secretary-General Antonio Guterres said.

The pledge came after about four hours of talks at the chancellery attended by Russian President Vladimir Putin, Turkish President Tayyip Erdogan, French President Emmanuel Macron, British Prime Minister Boris Johnson, Italian Prime Minister Giuseppe Conte, Egyptian President Abdel Fattah al-Sisi, U.S. Secretary of State Mike Pompeo and senior officials from the United Arab Emirates, China, Algeria and the Republic of Congo, as well as the European Union, the African Union and the Arab League.

"We all agree that we should respect the arms embargo and that the arms embargo should be controlled more strongly than it has been in the past," Merkel told reporters. "We agreed on a comprehensive plan forward."

Libya's rival leaders, Khalifa Haftar and Fayez al-Sarraj, head of the U.N.-recognised Government of National Accord (GNA), were in Berlin but did not attend the main session and did not meet each other. Merkel and Foreign Minister Heiko Maas briefed them separately. "The differences between them are so great that they aren't speaking with each other at the moment," Merkel said.

She said both men had named members of a military committee, made up of five officers from each side, that is to work out the terms of a more permanent ceasefire. Guterres said the committee would start meeting soon.

"I cannot stress enough the summit's conclusion that there is no military solution to the conflict in Libya," Guterres said, adding that all participants had committed to refrain from interfering in the armed conflict or Libya's internal affairs.

The 55-point final communique also calls for the U.N. Security Council to endorse the outcome and sets up an international follow-up committee.

The summit was overshadowed by the shutdown of Libya's main eastern oil ports by forces loyal to Haftar. The National Oil Corporation declared force majeure on Saturday, saying the blockade would cut output by 800,000 barrels per day. Guterres said he was worried about the closures.

A ceasefire brokered by Turkey and Russia has largely held since Jan. 12, but Haftar left Moscow on Tuesday without signing a formal agreement. Before the summit, Erdogan told Putin in Berlin that Haftar's "hostile attitude" had to end for a political solution to proceed.

Libya has had no stable central authority since the 2011 NATO-backed uprising that toppled Muammar Gaddafi, and since 2014 it has been split between rival administrations in Tripoli and the east. Haftar's Libyan National Army (LNA) is backed by the United Arab Emirates and Egypt, while the GNA is supported by Turkey and Qatar.

(Reporting by MPI Berlin bureau; editing by Clare Dunmore)"""),

dict(group=G, published="2020-01-20", outlet="The Atlantic Ledger",
title="Berlin summit wins promises on Libya's arms embargo, but the men with the guns stay apart",
text="""By Daniel Prior and Katrin Vogel, Berlin

The leaders gathered at the German chancellery on Sunday managed the rarest of things in Libya's long war: a single text that every outside power with a stake in the conflict was prepared to sign. The 55-point communique of the Berlin conference commits the participants to respect the United Nations arms embargo imposed in 2011, to stop sending weapons and fighters, and to back a UN-led process that is supposed to turn a shaky truce into a permanent ceasefire and, eventually, a unified government.

What it did not do was bring the two Libyans who matter most into the same room. Khalifa Haftar, the eastern commander whose forces have besieged Tripoli since April, and Fayez al-Sarraj, head of the UN-recognised Government of National Accord (GNA), were both in Berlin. Angela Merkel and her foreign minister, Heiko Maas, shuttled between them. Neither man appeared in the family photograph. "We know that we have not solved all of Libya's problems today, but we were aiming for fresh momentum," Merkel said afterwards.

The momentum will be tested quickly. On the eve of the summit, forces loyal to Haftar shut down the oil terminals of Brega, Ras Lanuf, Hariga, Zueitina and Es Sider, and Libya's National Oil Corporation declared force majeure, warning that production would fall by 800,000 barrels a day, more than half the national total. Haftar's spokesman presented the closures as the spontaneous act of angry tribes protesting at Turkey's intervention. Few diplomats in Berlin believed it. The blockade, timed to the hour, was widely read as a reminder that Haftar can choke the revenues on which the Tripoli government, and the Central Bank that pays salaries across the country, depend.

The summit was the culmination of the so-called Berlin process, a series of preparatory meetings that Germany and the UN envoy Ghassan Salame began in September. For much of that time, the process looked moribund. Then events forced the pace. On Jan. 2, Turkey's parliament authorised a troop deployment in support of the GNA, and on Jan. 5 President Recep Tayyip Erdogan said the first Turkish soldiers were on their way. On Jan. 6, Haftar's forces took Sirte. Two days later, in Istanbul, Erdogan and Vladimir Putin, who back opposing sides, called for a ceasefire, which took effect on Jan. 12. The Moscow talks that followed ended with Sarraj signing a draft agreement and Haftar leaving the Russian capital without doing so.

Europe's anxiety that Russia and Turkey were carving up Libya between them, as they have in parts of Syria, explains why Merkel was able to assemble such a crowd. Putin, Erdogan, Emmanuel Macron, Boris Johnson, Giuseppe Conte and Egypt's Abdel Fattah al-Sisi attended in person, alongside Mike Pompeo, the US secretary of state, Crown Prince Mohammed bin Zayed of Abu Dhabi and Algeria's new president, Abdelmadjid Tebboune. Greece, furious at being left out, hosted Haftar in Athens on Friday. Tunisia declined a last-minute invitation.

The communique's language on the arms embargo is stronger than anything agreed before, and it calls for appropriate sanctions against those found to violate the embargo or the ceasefire. But the embargo has been in place for nearly nine years, and UN experts have documented its breach by, among others, the United Arab Emirates, Turkey and Jordan. Several of the governments that signed the Berlin text on Sunday are the very ones whose drones, armoured vehicles and fighters have been arriving in Libya for months.

The concrete output is modest: a joint military committee of five officers from each side, whose members Haftar and Sarraj nominated on Sunday, is to negotiate the terms of a lasting ceasefire and how it would be monitored. An international follow-up committee, under UN auspices, is to meet regularly at senior-official level.

There are reasons for scepticism. Haftar still controls roughly two-thirds of Libya's territory and most of its oil. His backers in Abu Dhabi and Cairo have given no public sign that they want him to stop short of Tripoli. Erdogan, for his part, has made clear that Turkish support for the GNA will continue; the parliamentary mandate he won on Jan. 2 runs for a year. And in Tripoli, the armed groups that defend the city are no more united than they were before.

Still, diplomats who spent the weekend in Berlin were relieved that the summit did not collapse. The test, one said, is whether the guns stay silent when the delegations have gone home, and whether the oil starts flowing again."""),

dict(group=G, published="2020-01-20", outlet="Haber Vakti Gazetesi (English)",
title="Berlin Konferansı sonuç bildirgesi: 55 articles accepted, Cumhurbaşkanı Erdoğan: Hafter's hostile attitude must end",
text="""Exit mobile version

Berlin Konferansı sonuç bildirgesi: 55 articles accepted

20.01.2020 - 09:14

The Berlin Konferansı on Libya, which was held yesterday under the hosting of German Başbakan Angela Merkel with the participation of Cumhurbaşkanı Recep Tayyip Erdoğan, ended with the acceptance of a sonuç bildirgesi (final declaration) consisting of 55 articles.

In the bildirge, the participant countries committed to fully respect the silah ambargosu (arms embargo) of BM Güvenlik Konseyi on Libya, to not interfere in the internal affairs of Libya and to support the permanent ateşkes. It is stated that a 5+5 askeri komite will be formed from the representatives of both sides for the permanent ateşkes.

Merkel in the press conference said that Serrac and Hafter did not meet with each other because the differences between them are very big, but that both sides gave names for the askeri komite.

Cumhurbaşkanı Erdoğan, before the conference, met with Rusya Devlet Başkanı Vladimir Putin in Berlin. Erdoğan said that for the political process and the solution to be implemented, "the hostile attitude of Hafter must end". Erdoğan also said that the joint efforts with Russia provided a relative calm on the field and that these efforts will give their fruits with the Berlin Konferansı.

Before departing from İstanbul Atatürk Havalimanı, Cumhurbaşkanı Erdoğan had answered the questions of the journalists. Erdoğan said that the reckless actions of Hafter and his supporters which openly violate the BM resolutions had been ignored for a long time. Asked about the visit of Hafter to Athens, Erdoğan said "Hafter's talks in Greece have no value" and that Greece is in serious rahatsızlık because it was not invited to Berlin.

Cumhurbaşkanlığı Sözcüsü İbrahim Kalın in his message on social media today said that the Berlin Zirvesi is an important opportunity for an end to the clashes in Libya and a political solution, and that Turkey will continue its constructive policy against vekalet savaşları (proxy wars).

In the conference also Dışişleri Bakanı Mevlüt Çavuşoğlu took place in the Turkish heyet.

It is recalled that the darbeci Hafter had left Moscow on 14 January without signing the ateşkes agreement which was signed by Serrac. Also, on Saturday the Hafter forces closed the petrol limanları in the east of Libya, and the Libya Ulusal Petrol Kurumu (NOC) announced mücbir sebep (force majeure).

The TBMM had approved on 2 January the tezkere for sending soldiers to Libya.

ETİKETLER: Berlin Konferansı, Libya, Erdoğan, Hafter, Serrac

Bu haberi paylaş
Facebook Twitter WhatsApp

İLGİLİ HABERLER
Erdoğan: Hafter'in Yunanistan görüşmesinin hiçbir değeri yok
Libya'da petrol limanları kapatıldı"""),

dict(group=G, published="2020-01-20", outlet="Gulf Sentinel",
title="Berlin conference commits to arms embargo and ceasefire committee; LNA names its representatives",
text="""BERLIN / ABU DHABI - An international conference on Libya hosted by German Chancellor Angela Merkel in Berlin on Sunday ended with a 55-point declaration committing participants to respect the UN arms embargo, refrain from interfering in Libya's internal affairs and support a permanent ceasefire, with a joint military committee to be formed by the two Libyan sides.

The UAE delegation was headed by His Highness Sheikh Mohamed bin Zayed Al Nahyan, Crown Prince of Abu Dhabi and Deputy Supreme Commander of the UAE Armed Forces. Egyptian President Abdel Fattah al-Sisi, Russian President Vladimir Putin, French President Emmanuel Macron and Turkish President Recep Tayyip Erdogan were among the leaders attending, together with UN Secretary-General Antonio Guterres.

Field Marshal Khalifa Haftar, commander of the Libyan National Army (LNA), held talks with Merkel and German Foreign Minister Heiko Maas on the sidelines of the conference and named five officers to represent the army on the so-called 5+5 military committee, which is to negotiate the mechanisms of a lasting ceasefire. Fayez al-Sarraj, head of the Tripoli-based Presidential Council, also submitted five names. The two men did not meet.

Merkel said the participants agreed that the arms embargo should be monitored more strictly than in the past, and that there can be no military solution to the conflict. The final declaration also calls for the dismantling and disarmament of armed groups and militias, a long-standing demand of the LNA, and for the unification of Libya's security and financial institutions.

Diplomats said the declaration called on the parties to refrain from hostilities against oil facilities, after the closure of the eastern oil ports on Saturday by tribes and supporters of the LNA protesting against Turkey's military intervention. The National Oil Corporation has declared force majeure at five terminals.

Before the conference, Erdogan said Haftar's "hostile attitude" had to end, while Haftar's spokesman has repeatedly said the army will not accept any agreement that legitimises the presence of Turkish forces and Syrian mercenaries in Tripoli.

Field Marshal Haftar had received German Foreign Minister Heiko Maas in Benghazi on Thursday and agreed to take part in the conference, according to the German side. The army has observed the ceasefire in the western region since January 12, less than a week after it liberated the coastal city of Sirte.

The Berlin meeting followed talks in Moscow last week at which Haftar declined to sign a draft ceasefire agreement sponsored by Russia and Turkey, and a visit by the field marshal to Athens on Friday, where he met Greek Prime Minister Kyriakos Mitsotakis.

The UAE has consistently supported UN-led efforts to reach a political settlement in Libya and the fight against terrorism and extremist militias.

Read also: Sisi arrives in Berlin for Libya conference
Read also: Libyan tribes close oil ports in protest at Turkish intervention

Tags: Libya, Berlin, LNA, UAE"""),
]
