# Event: Moscow ceasefire talks - Sarraj signs, Haftar asks for time (13 Jan 2020)
# Decision: the talks (13 Jan) and Haftar's departure without signing (14 Jan) are separate groups.
G = "moscow_libya_ceasefire_talks_2020_01_13"

ARTICLES = [
dict(group=G, published="2020-01-13", outlet="Vostok News Agency",
title="Libya talks in Moscow: Sarraj signs ceasefire document, Haftar asks for time until morning",
text="""MOSCOW, January 13 (Vostok) - The head of Libya's Government of National Accord (GNA), Fayez Sarraj, has signed a document on the terms of the ceasefire in Libya following talks in Moscow, while the commander of the Libyan National Army (LNA), Field Marshal Khalifa Haftar, asked for additional time until Tuesday morning to consider it, Russian Foreign Minister Sergei Lavrov said on Monday.

The inter-Libyan consultations, held at the reception house of the Russian Foreign Ministry under the auspices of the foreign and defence ministers of Russia and Turkey, lasted about seven hours. Taking part on the Russian side were Lavrov and Defence Minister Sergei Shoigu, and on the Turkish side Foreign Minister Mevlut Cavusoglu and Defence Minister Hulusi Akar.

"Certain progress has been achieved," Lavrov told journalists after the talks. He said the participants had considered in detail a draft final document that would make it possible to specify issues related to the ceasefire regime announced from midnight on January 12.

According to Lavrov, the document was signed by Sarraj and by Khaled al-Mishri, head of the High Council of State in Tripoli. Haftar and the speaker of the House of Representatives in Tobruk, Aguila Saleh, "viewed the document positively" and asked for a little more time until the morning to take a decision on signing it. "I hope this decision will be positive," the minister said.

Cavusoglu confirmed that Haftar had asked for time until Tuesday morning. The Turkish minister said that once the document was signed, the sides would take responsibility for the ceasefire and the launch of a political process.

The Libyan delegations did not meet face to face; Russian and Turkish officials held separate consultations with each of them. Earlier on Monday, Foreign Ministry spokeswoman Maria Zakharova said that the Russian-Turkish consultations had begun at the level of foreign and defence ministers and that representatives of the Libyan parties would join them later. The head of the Russian contact group on intra-Libyan settlement, Lev Dengov, had said that Sarraj and Haftar would meet separately with Russian officials and with the Turkish delegation.

The talks were the result of the initiative announced by Presidents Vladimir Putin and Recep Tayyip Erdogan in Istanbul on January 8, when they called on the Libyan parties to cease fire from midnight on January 12. Both the LNA and the GNA declared a ceasefire over the weekend, although they accused each other of isolated violations.

Germany plans to hold an international conference on Libya in Berlin. German Chancellor Angela Merkel discussed the preparations with Putin in Moscow on Saturday. Putin said after that meeting that the conference would be a good step in the right direction, provided that its decisions were agreed in advance with the Libyan parties.

Libya is divided between the GNA in Tripoli, recognised by the UN, and the eastern-based parliament supported by Haftar's LNA, which has been trying to take Tripoli since April 2019."""),

dict(group=G, published="2020-01-14", outlet="Agence Euromed",
title="Libya's rivals fail to seal truce in Moscow as Haftar seeks more time",
text="""MOSCOW (AEM) - Talks in Moscow aimed at cementing a fragile ceasefire in Libya ended late Monday without a final agreement, after Marshal Khalifa Haftar asked for more time to study a document already signed by his rival, Fayez al-Sarraj, head of the UN-recognised Government of National Accord (GNA).

"There has been certain progress," Russian Foreign Minister Sergei Lavrov told reporters after some seven hours of negotiations, flanked by his Turkish counterpart Mevlut Cavusoglu. But Haftar and his ally Aguila Saleh, speaker of the parliament based in eastern Libya, "have asked for a bit more time until morning" to decide whether to sign, Lavrov said.

Sarraj and Khaled al-Mechri, head of the High Council of State, a consultative body in Tripoli, had "just signed" the text, according to the Russian minister. Cavusoglu said Haftar had asked for time until Tuesday morning.

The two Libyan rivals, although both in Moscow, did not meet directly. They held separate talks with the Russian and Turkish foreign and defence ministers, who were acting as mediators. A member of the GNA delegation said before the talks that Sarraj had no intention of sitting down with Haftar.

The content of the document was not made public. It was meant to spell out the terms of the truce that came into force on Sunday at the joint call of Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan, whose countries support opposing camps.

Turkey backs the GNA and has begun deploying military personnel in Tripoli after its parliament gave the green light on January 2. Russia is accused of supporting the strongman of eastern Libya, notably through mercenaries from the private security group Wagner, which Moscow denies.

The GNA has made clear that it considers a lasting ceasefire impossible unless Haftar's forces withdraw to the positions they held before launching their offensive in April, a demand the LNA rejects.

The truce, which came into effect at midnight on Saturday to Sunday, has broadly held around Tripoli despite mutual accusations of violations.

Haftar's forces launched an offensive against Tripoli in April and scored a significant gain on January 6 by seizing the coastal city of Sirte. An air strike on a military school in Tripoli on January 4, which killed some 30 cadets, was attributed by the GNA to the Haftar camp, which denied it.

Before heading to Moscow, Sarraj had been in Rome on Saturday for talks with Italian Prime Minister Giuseppe Conte. On the same day, German Chancellor Angela Merkel met Putin in the Kremlin and said she hoped the Russian-Turkish efforts to obtain a ceasefire would succeed.

Russian foreign ministry spokeswoman Maria Zakharova had said on Monday morning that the "inter-Libyan contacts" would be held under the auspices of the Russian and Turkish foreign and defence ministers.

Germany is preparing to host an international summit on Libya in Berlin, which diplomats expect to take place soon.

Libya has been plunged into chaos since the fall of the regime of Muammar Kadhafi in 2011.

bur/mm/lv"""),

dict(group=G, published="2020-01-13", outlet="Tripoli Tribune",
title="President Sarraj signs ceasefire agreement in Moscow, refuses to meet Haftar",
text="""Moscow - The Chairman of the Presidential Council of the Government of National Accord, Fayez al-Sarraj, signed on Monday evening in Moscow the ceasefire agreement drafted under Turkish and Russian auspices, while the war criminal Khalifa Haftar asked for more time before deciding on it.

The agreement was also signed by the Chairman of the High Council of State, Khaled al-Mishri, who accompanied Sarraj to the Russian capital, according to Russian Foreign Minister Sergei Lavrov and Turkish Foreign Minister Mevlut Cavusoglu.

The Presidential Council's delegation confirmed it had refused any face-to-face meeting with Haftar. "The talks are held with the Turks and the Russians. We negotiate with them," a member of the delegation said. The negotiations lasted around seven hours at the Russian Foreign Ministry's guest house.

According to sources in the delegation, Sarraj's signature reflects the government's commitment to the ceasefire that came into force at midnight on Sunday, in response to the call of Presidents Erdogan and Putin, and to the political track, without giving up the legitimate right to defend the capital and its people.

The Presidential Council has stressed in previous statements that a lasting ceasefire requires the aggressor forces to withdraw to the positions they held before April 4, 2019.

Cavusoglu said that Haftar had asked for time until Tuesday morning. Turkish Foreign Minister Cavusoglu had said at the weekend that Ankara was waiting for its Russian friends to convince Haftar.

The GNA said it recorded several violations by Haftar's militias on the southern frontlines of Tripoli since the ceasefire came into effect, including in Salahuddin and Wadi al-Rabie.

Before travelling to Moscow, Sarraj held talks in Rome on Saturday with Italian Prime Minister Giuseppe Conte, days after he cancelled a planned visit to the Italian capital in protest at Conte's reception of Haftar at Palazzo Chigi on Wednesday.

The Turkish parliament authorised the deployment of Turkish forces in Libya on January 2 under the memorandum of security and military cooperation signed between the two governments in November, and President Erdogan said on January 5 that Turkish military personnel had begun arriving.

The Moscow talks come after a bloody week in which Haftar's forces entered Sirte with the help of the Madkhali 604 Brigade and a strike on the Hadaba military college killed 30 cadets.

Related Articles
- Presidential Council: ceasefire in effect from midnight, we reserve the right to respond
- Sarraj meets Conte in Rome on Libyan developments"""),
]
