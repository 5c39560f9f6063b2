# Event: Haftar leaves Moscow without signing the ceasefire document (14 Jan 2020)
G = "haftar_leaves_moscow_without_signing_2020_01_14"

ARTICLES = [
dict(group=G, published="2020-01-14", outlet="Meridian Press International",
title="Haftar leaves Moscow without signing ceasefire deal; Erdogan threatens 'lesson'",
text="""MOSCOW/ANKARA (MPI) - Libyan commander Khalifa Haftar left Moscow on Tuesday without signing a ceasefire agreement drafted at talks hosted by Russia and Turkey, casting doubt over a fragile truce and prompting Turkish President Tayyip Erdogan to warn he would "teach a lesson" to the eastern leader if attacks on Tripoli resumed.

Haftar had asked on Monday evening for time until Tuesday morning to study the document, which Fayez al-Sarraj, head of the internationally recognised Government of National Accord (GNA), had already signed after some seven hours of indirect talks. The Russian foreign ministry confirmed on Tuesday that Haftar's delegation had left without signing.

The Moscow talks were hosted by Lavrov and Russian Defence Minister Sergei Shoigu with their Turkish counterparts Mevlut Cavusoglu and Hulusi Akar. Sarraj's ally Khaled al-Mishri, head of the High Council of State, also signed the text, while Haftar's ally Aguila Saleh, speaker of the eastern-based parliament, asked for more time along with him. The rival Libyan leaders did not meet face to face.

Speaking in Colombo during a visit to Sri Lanka, Russian Foreign Minister Sergei Lavrov played down the setback. "We will continue our efforts in this direction. So far, a definitive result has not been achieved," he told reporters. Russia's defence ministry said Haftar had been positive about the draft and was taking two days to discuss it.

Sources close to Haftar's Libyan National Army (LNA) told Arab media the draft did not set a timetable for disbanding the armed groups allied to the GNA and failed to address other LNA demands, including the role of Turkey.

In Ankara, Erdogan told lawmakers of his AK Party that Sarraj had shown a very constructive and conciliatory stance in Moscow. "The putschist Haftar first said 'yes' but then fled Moscow," he said. "We will not hesitate to teach the putschist Haftar the lesson he deserves if he continues his attacks on the country's legitimate administration and our brothers in Libya."

Erdogan added that Turkey had done its part and that the rest was up to President Vladimir Putin and his team.

The truce, called for by Erdogan and Putin after talks in Istanbul last Wednesday, came into effect early on Sunday and has broadly held around Tripoli despite mutual accusations of violations.

Germany's government confirmed on Tuesday it would host an international summit on Libya in Berlin on Sunday, Jan. 19, with both Haftar and Sarraj invited. Diplomats had hoped a signed ceasefire in Moscow would give the summit a basis to build on.

Haftar's forces have been trying since April to take Tripoli. They captured the coastal city of Sirte last week. Turkey's parliament approved a troop deployment in support of the GNA on Jan. 2.

Libya has had no stable central authority since the 2011 NATO-backed uprising that toppled Muammar Gaddafi, and since 2014 it has been split between rival administrations in Tripoli and the east. Haftar's Libyan National Army (LNA) is backed by the United Arab Emirates and Egypt, while the GNA is supported by Turkey and Qatar.

(Reporting by MPI Moscow and Ankara bureaus; editing by Clare Dunmore)"""),

dict(group=G, published="2020-01-14", outlet="Turkish Herald Agency",
title="Putschist Haftar leaves Moscow without signing cease-fire deal; Erdoğan vows response to any new attacks",
text="""ANKARA

Putschist Khalifa Haftar left Moscow on Tuesday without signing a cease-fire agreement that was signed by the head of Libya's legitimate government, Fayez al-Sarraj, following talks mediated by Turkey and Russia.

Haftar had requested extra time until Tuesday morning to study the document after Monday's talks in the Russian capital, which were attended by Foreign Minister Mevlüt Çavuşoğlu and National Defense Minister Hulusi Akar and their Russian counterparts. Russia's Foreign Ministry confirmed that Haftar had departed without signing.

Addressing his party's parliamentary group meeting in Ankara, President Recep Tayyip Erdoğan said the legitimate government had displayed a constructive attitude in Moscow, while Haftar had run away.

"The coup-plotter Haftar first said yes, but then fled Moscow," Erdoğan said.

"We will not hesitate to teach the putschist Haftar the lesson he deserves if he continues his attacks on the country's legitimate administration and on our brothers in Libya," he added.

Erdoğan said Turkey had fulfilled its responsibility and that it was now up to Russian President Vladimir Putin and his team to convince Haftar.

Foreign Minister Çavuşoğlu also said that the Berlin process would be meaningless if Haftar continued in this manner.

The UN mission in Libya had welcomed the cease-fire that came into effect at midnight on Jan. 12 and called on all sides to respect it. Germany will host an international conference on Libya in Berlin on Jan. 19.

The cease-fire was called for by Erdoğan and Putin on Jan. 8 in Istanbul. Haftar initially rejected the call, before announcing late on Jan. 11 that his forces would comply. The GNA also declared that it was observing the truce, while reserving its right to respond to any attack. Turkey's National Defense Ministry has said the cease-fire has been largely observed on the ground.

Since April 2019, Haftar's illegal forces have been attacking Tripoli, the seat of the UN-recognized government. According to the UN, more than 280 civilians and around 2,000 fighters have been killed.

In recent weeks Haftar's forces have escalated their attacks. An attack on a military school in Tripoli on Jan. 4 killed some 30 cadets, and Haftar's militias entered the coastal city of Sirte on Jan. 6.

The Turkish parliament on Jan. 2 approved a motion to deploy troops to Libya at the invitation of the GNA.

Share this:
Twitter | Facebook | LinkedIn | WhatsApp
Related news
- Turkish, Russian ministers host Libya talks in Moscow
- Cease-fire in Libya takes effect, Turkey says calm prevails"""),

dict(group=G, published="2020-01-15", outlet="Nile Courier",
title="Field Marshal Haftar leaves Moscow without signing truce draft, LNA cites unmet demands",
text="""CAIRO - The commander of the Libyan National Army (LNA), Field Marshal Khalifa Haftar, left Moscow on Tuesday without signing the ceasefire draft prepared at Russian-Turkish sponsored talks, after the army's leadership concluded that the text did not meet its core demands, according to sources close to the General Command.

Haftar, accompanied by House of Representatives Speaker Aguila Saleh, had told his Russian hosts on Monday evening that he needed time until the next morning to study the document, which had been signed by Fayez al-Sarraj, head of the Tripoli-based Presidential Council, and Khaled al-Mishri, head of the so-called High Council of State.

Sources close to the LNA told Arab media that the draft did not include a clear timetable for disbanding the militias controlling Tripoli and handing over their weapons, and that it ignored Turkish military intervention and the memorandums signed between Ankara and Sarraj, which the House of Representatives annulled this month. The sources said the army could not accept an agreement that would give legitimacy to Turkey's role as a mediator while Turkish officers and Syrian mercenaries were being sent to Tripoli.

The Russian foreign ministry confirmed that Haftar had left without signing, while Foreign Minister Sergei Lavrov said Moscow would continue its efforts. The Russian Defence Ministry said the field marshal had viewed the document positively and would take two days to consult.

In Ankara, Turkish President Recep Tayyip Erdogan reacted angrily, threatening to "teach a lesson" to Haftar if the army continued its operations. Observers in Cairo said the threat confirmed that Ankara sees itself as a party to the conflict rather than a neutral broker.

The army announced a ceasefire in the western region from the first minute of Sunday in response to the Russian initiative and has said it remains committed to it as long as the other side abides by it. The army's spokesman, Major General Ahmed al-Mismari, has accused the militias of repeated violations on the southern outskirts of Tripoli.

Haftar is expected to attend the international conference on Libya to be held in Berlin on Sunday, which German officials confirmed on Tuesday.

Egypt has repeatedly stressed that any settlement in Libya must include the dismantling of the militias, the unification of the national army and an end to foreign interference. Last week, the foreign ministers of Egypt, France, Greece and Cyprus declared the Turkey-Sarraj memorandums null and void at a meeting in Cairo.

The LNA has been conducting its operation to liberate Tripoli since April 2019 and took control of the city of Sirte on January 6.

The field marshal had called on Libyans on January 3 to take up arms against what he described as Turkish colonisation, a day after the Turkish parliament approved sending troops to Libya, and the House of Representatives voted the following day to sever relations with Ankara."""),
]
