# Event: Moscow talks, 13 January 2020 (Haftar leaves on the 14th without signing)
G = "moscow_ceasefire_talks_sarraj_haftar_2020_01_13"

ARTICLES = [
dict(group=G, published="2020-01-14", outlet="Meridian Press Agency",
title="Haftar leaves Moscow without signing Libya truce deal",
text="""MOSCOW (MPA) - Eastern Libyan commander Khalifa Haftar left Moscow early on Tuesday without signing a ceasefire agreement that his rival, Tripoli-based Prime Minister Fayez al-Sarraj, had already put his name to, the Russian foreign ministry said, a setback for a joint Russian-Turkish push to end nine months of fighting around the Libyan capital.

The two delegations spent about seven hours on Monday at a foreign ministry guest house in the Russian capital in indirect talks mediated by the foreign and defence ministers of Russia and Turkey - Sergei Lavrov, Sergei Shoigu, Mevlut Cavusoglu and Hulusi Akar. Sarraj and Haftar did not meet face to face.

Late on Monday Lavrov told reporters that progress had been made and that Sarraj had signed the document, while Haftar had asked for time until Tuesday morning to study it. Cavusoglu, standing next to him, said the same. But Haftar's plane left Russia overnight without a signature, foreign ministry spokeswoman Maria Zakharova was quoted by Russian news agencies as saying.

Moscow sought to play down the outcome, with officials saying Russia would keep working with both camps. The head of Russia's contact group on Libya had said before the talks that the two men would each meet Russian and Turkish officials separately.

It was not immediately clear what Haftar objected to. Arab television channels close to his self-styled Libyan National Army (LNA) reported that the draft had ignored several of its demands. Sarraj's camp has said any lasting truce must see Haftar's forces pull back to the positions they held before their offensive on Tripoli began last April.

In Ankara, President Tayyip Erdogan told lawmakers from his ruling AK Party that Turkey would not hesitate to "teach a lesson" to Haftar if attacks on the Tripoli government continued. He praised Sarraj for what he called a constructive stance in Moscow and said it was now up to Russia to persuade the eastern commander.

The truce that the Moscow document was meant to consolidate was called for by Erdogan and President Vladimir Putin when they met in Istanbul last week. It took effect at midnight on Saturday into Sunday, January 12. Both sides have traded accusations of violations since then, though fighting on the southern outskirts of Tripoli has eased.

Germany said on Tuesday it would host an international conference on Libya in Berlin on Sunday, with the United Nations, to try to curb foreign meddling in the conflict. Haftar and Sarraj are both expected to be invited.

Libya has had no stable central authority since a NATO-backed uprising toppled and killed Muammar Gaddafi in 2011. Since 2014 it has been split between rival camps based in Tripoli and in the east, each backed by armed groups and foreign governments. Haftar's LNA is supported by the United Arab Emirates and Egypt and, according to diplomats, Russian private military contractors; Turkey backs the internationally recognised Government of National Accord (GNA) in Tripoli.

(Reporting by MPA Moscow bureau; editing by Tom Aldridge)"""),

dict(group=G, published="2020-01-14", outlet="Turkiye Haber Ajansi English",
title="Putschist Haftar flees Moscow without signing cease-fire, Erdogan vows lesson",
text="""ANKARA

Turkish President Recep Tayyip Erdogan on Tuesday said Turkey would not hesitate to teach putschist Khalifa Haftar "the lesson he deserves" if his militias continue their attacks on Libya's legitimate government, after the renegade general left Moscow without signing a cease-fire agreement.

Addressing his Justice and Development (AK) Party's parliamentary group meeting in the capital Ankara, Erdogan said the head of Libya's UN-recognized Government of National Accord (GNA), Fayez al-Sarraj, had displayed a very constructive and conciliatory attitude during the talks in Moscow and signed the text.

"Haftar first said yes, then ran away from Moscow," Erdogan said, adding that Turkey had done its part and that the rest now fell to Russian President Vladimir Putin and his team.

The indirect talks in the Russian capital on Monday were hosted by the foreign and defense ministers of Turkey and Russia. Foreign Minister Mevlut Cavusoglu and National Defense Minister Hulusi Akar represented Turkey, while Sergey Lavrov and Sergey Shoigu represented Russia.

After hours of negotiations, Sarraj and the head of Libya's High Council of State, Khalid al-Mishri, signed the cease-fire document. Haftar asked for time until Tuesday morning to consider it but then left the Russian capital without signing, according to Russian officials.

Cavusoglu said late Monday that the talks had been positive and that Turkey would continue its efforts for a lasting cease-fire in Libya.

The cease-fire, which entered into force on Jan. 12, was announced in response to a joint call by Erdogan and Putin during their meeting in Istanbul on Jan. 8. Haftar's forces had initially rejected the call before accepting it a day before it took effect.

Speaking on Monday at a joint press conference in Ankara with Italian Prime Minister Giuseppe Conte, Erdogan had said Turkey wanted the cease-fire to be signed as soon as possible, and that the information he was receiving showed the talks were continuing in a positive direction.

Erdogan also said he would attend the Berlin conference on Libya, which Germany announced will be held on Sunday.

The Turkish parliament on Jan. 2 approved a motion allowing the deployment of troops to Libya at the request of the legitimate government, under a security and military cooperation memorandum signed between Ankara and Tripoli on Nov. 27 last year.

The Libyan government has been under attack by Haftar's forces since April 2019. More than 1,000 people have been killed in the violence, according to the UN.

Libya has been torn by civil war since the ouster of late ruler Muammar Gaddafi in 2011. The GNA was founded in 2015 under a UN-led agreement, but efforts for a long-term political settlement have failed due to the military offensive by forces loyal to Haftar.

Writing by Emre Koksal"""),

dict(group=G, published="2020-01-13", outlet="Russian Information Network",
title="Lavrov: Libya talks in Moscow made progress, Haftar takes time to study document",
text="""MOSCOW, January 13 (RIN) - The Moscow consultations between the Libyan parties have made progress, and the commander of the Libyan National Army (LNA), Khalifa Haftar, has asked for time until Tuesday morning to study the draft ceasefire document, Russian Foreign Minister Sergei Lavrov told journalists on Monday evening.

According to Lavrov, the head of the Government of National Accord (GNA), Fayez Sarraj, and the head of the High Council of State, Khalid al-Mishri, have already signed the document. Haftar and the speaker of the House of Representatives, Aguila Saleh, were considering it positively, the minister said.

The talks, which lasted about seven hours, were held in a foreign ministry residence with the participation of the foreign and defence ministers of Russia and Turkey. The Libyan delegations did not meet directly.

The ceasefire in Libya came into force on January 12 following an initiative put forward by Presidents Vladimir Putin and Recep Tayyip Erdogan in Istanbul.

Germany is preparing to host an international conference on Libya in Berlin."""),
]
