G = "haftar_leaves_moscow_without_signing_ceasefire_2020_01_14"

ARTICLES = [
dict(group=G, published="2020-01-14", outlet="Atlas Wire",
title="Libya's Haftar leaves Moscow without signing truce deal",
text="""MOSCOW (Atlas Wire) - Eastern Libyan commander Khalifa Haftar has left Moscow without signing a ceasefire agreement drawn up at Russian- and Turkish-brokered talks, Russia's Foreign Ministry said on Tuesday, dealing a blow to efforts to turn a fragile weekend truce into a lasting one.

Haftar had asked on Monday evening for time until Tuesday morning to study the document, which his rival Fayez al-Sarraj, head of the Tripoli-based Government of National Accord (GNA), had already signed, ministry spokeswoman Maria Zakharova said. He then flew out of the Russian capital without putting his name to it.

The two delegations spent around seven hours at talks in Moscow on Monday, mediated by the foreign and defence ministers of Russia and Turkey. The rival leaders did not meet face to face. Sarraj was accompanied by Khaled al-Mishri, head of the Tripoli-based High Council of State, and Haftar by Aguila Saleh, speaker of the eastern-based parliament.

Russian Foreign Minister Sergei Lavrov, speaking on Tuesday during a visit to Sri Lanka, said Moscow would continue its efforts. "So far a definitive result has not been achieved," he said.

On Monday night Lavrov had told reporters that "certain progress" had been made and that Haftar viewed the document positively.

The draft set out terms for monitoring the ceasefire that took effect at midnight on Sunday following a joint appeal by Russian President Vladimir Putin and Turkish President Tayyip Erdogan in Istanbul last Wednesday. Both sides have accused each other of violations since then, and there were reports of clashes south of Tripoli on Tuesday.

The LNA announced it would observe the truce late on Saturday, hours before it took effect, after initially saying it would keep fighting. The GNA announced its acceptance on Sunday. Days earlier, the LNA had seized the coastal city of Sirte, and Turkey's parliament had on Jan. 2 authorised a troop deployment to support Tripoli.

Haftar's Libyan National Army (LNA) has been trying to seize Tripoli since April. It is backed by the United Arab Emirates, Egypt and Russia, where Western officials say contractors from the Wagner group have fought alongside it. Turkey, which backs the GNA, has started deploying military personnel to Tripoli.

Russia and Turkey have emerged as the main outside brokers in Libya, mirroring their roles in Syria, where they also back opposing sides and have negotiated local truces in Idlib. The nine-month battle for Tripoli has killed hundreds of civilians and displaced more than 140,000 people, according to the United Nations.

Germany is expected to host an international conference on Libya in Berlin on Sunday, bringing together the foreign powers involved in the conflict. Russian and Turkish officials said the Moscow talks were meant to prepare the ground for that meeting.

Libya has had no stable central authority since the 2011 NATO-backed uprising that toppled Muammar Gaddafi. Since 2014 it has been divided between the GNA in Tripoli, which the United Nations recognises, and a rival administration in the east aligned with Haftar."""),

dict(group=G, published="2020-01-14", outlet="Hilal News Agency",
title="Haftar leaves Moscow without signing truce; Erdoğan vows to 'teach lesson' to putschist general",
text="""ANKARA (Hilal) - Putschist Gen. Khalifa Haftar left Moscow on Tuesday without signing the cease-fire agreement negotiated under Turkish-Russian mediation, while the head of Libya's legitimate government, Fayez al-Sarraj, signed the text on Monday.

The Russian Foreign Ministry confirmed that Haftar had asked for additional time until Tuesday morning to examine the document, then departed the Russian capital without signing.

Speaking at his Justice and Development (AK) Party's parliamentary group meeting in Ankara, President Recep Tayyip Erdoğan said the Tripoli government had shown a constructive attitude in Moscow, but Haftar had "run away" after first responding positively.

Erdoğan warned that Türkiye would not hesitate to teach Haftar the lesson he deserves if his attacks on the legitimate government and the Libyan people continue.

The Moscow talks on Monday were hosted by Russian Foreign Minister Sergey Lavrov and Defense Minister Sergey Shoigu with the participation of Turkish Foreign Minister Mevlüt Çavuşoğlu and National Defense Minister Hulusi Akar. The talks lasted some seven hours with the Libyan delegations meeting in separate rooms.

Lavrov and Çavuşoğlu told reporters late Monday that Sarraj's Government of National Accord (GNA) had signed the text and that Haftar's side had requested more time to consider it.

The talks were part of an initiative launched by Erdoğan and Russian President Vladimir Putin in Istanbul on Jan. 8, when the two leaders called for a cease-fire to begin at midnight on Jan. 12. The GNA and Haftar's forces both announced over the weekend that they would observe the truce, which has largely held despite violations reported on several fronts south of Tripoli.

Türkiye supports the UN-recognized GNA, which has been under attack by Haftar's illegitimate forces since April 2019. More than 1,000 people, including many civilians, have been killed in the attacks.

The Turkish Parliament approved a motion on Jan. 2 allowing the deployment of troops to Libya, and Erdoğan announced on Jan. 5 that Turkish military personnel had begun moving to the country for coordination and training purposes. Haftar's forces seized the city of Sirte on Jan. 6 after a local armed group switched sides.

Haftar is backed by the United Arab Emirates, Egypt and France, as well as by mercenaries from Russia's Wagner group and fighters from Sudan.

The GNA and the High Council of State had said before the Moscow meeting that they would not negotiate directly with Haftar, whom they accuse of launching an aggression on the capital, and that any agreement must include the withdrawal of his forces to the positions they held before April 4, 2019.

Erdoğan also said Türkiye would attend the Berlin conference on Libya and would continue to defend the legitimate government in Tripoli."""),

dict(group=G, published="2020-01-15", outlet="Cyrenaica Post",
title="Why the Field Marshal did not sign in Moscow: General Command's reservations on the draft",
text="""Cyrenaica Post | Benghazi

Why the Field Marshal did not sign in Moscow: General Command's reservations on the draft

The Commander-in-Chief of the Libyan Armed Forces, Field Marshal Khalifa Haftar, left the Russian capital on Tuesday morning without signing the draft truce agreement that had been presented to the two delegations on Monday, after the General Command concluded that the text did not address the core demands of the Libyan army.

Sources close to the General Command told local media that the Field Marshal's delegation had taken the draft for study overnight and found that it set no timetable for the dismantling of the armed militias in Tripoli and the collection of their weapons, and made no reference to ending the Turkish military intervention and the transfer of Syrian fighters to the capital, which the army considers a direct threat to Libyan sovereignty.

The sources also said the army rejected any role for Turkey as a guarantor or monitor of the ceasefire, since Ankara is itself a party to the war through its agreement with the Sarraj presidency council.

The Russian Foreign Ministry said the Field Marshal had requested more time and left without signing, while Foreign Minister Sergei Lavrov said in Colombo that Moscow would continue its efforts. Russian officials had said on Monday night that the Field Marshal viewed the document positively.

Speaker of the House of Representatives Aguila Saleh accompanied the army delegation to Moscow, while the head of the so-called High Council of State, Khaled al-Mishri, was with Sarraj.

The army announced on Saturday night its acceptance of the ceasefire from midnight on Sunday, in response to the initiative of Russian President Vladimir Putin, on condition that the other side also commits. The spokesman of the General Command, Major General Ahmed al-Mesmari, said at the time that any breach would be met with a harsh response.

On the Turkish side, President Erdogan repeated his threats against the Libyan army on Tuesday, an attitude that observers in Benghazi said confirmed the army's doubts about Ankara's neutrality.

The army launched the operation to liberate Tripoli on April 4, 2019, declaring that its aim was to end the control of armed militias and terrorist groups over the capital and its institutions. The General Command has said repeatedly that it will not accept a political settlement that keeps those militias armed.

It should be recalled that the armed forces liberated the city of Sirte last week in a swift operation, and that the army has controlled the oil crescent and most of the south since 2019.

The Berlin conference, which is expected to meet on Sunday with the participation of the main international powers, is now seen as the next station.

COOKIES: This site uses cookies to improve your experience. By continuing to browse you accept our use of cookies. [OK]

Most read:
- Parliament votes unanimously to sever relations with Turkey
- Army: Sirte fully secured, life returns to normal
- Mesmari: we have documented the arrival of Syrian mercenaries in Tripoli"""),

dict(group=G, published="2020-01-14", outlet="MENA Daybook",
title="MENA Daybook, Tuesday 14 January: Haftar quits Moscow without signing; Berlin summit set for Sunday",
text="""MENA Daybook - Live updates, Tuesday 14 January 2020

All times GMT. Refresh for the latest.

17:20 - That's all for today's Daybook. Recap of the main points: Haftar left Moscow without signing the truce document; Erdogan threatens to "teach a lesson"; Berlin conference confirmed for Sunday; Iran announces arrests over the downing of the Ukrainian airliner.

15:05 - Germany confirms Berlin conference on Libya for Sunday
The German government has confirmed that Chancellor Angela Merkel will host an international conference on Libya in Berlin on Sunday, 19 January. Invitations have gone to the permanent members of the UN Security Council, Turkey, Italy, Egypt, the UAE and others, as well as to Sarraj and Haftar. The goal is a commitment from foreign powers to respect the arms embargo and stop interfering.

12:40 - Erdogan: Haftar "ran away" from Moscow
Turkey's president told his party's lawmakers in Ankara that Haftar had first said yes and then fled Moscow without signing, and warned that Turkey would teach him a lesson if attacks on the Tripoli government continue. Erdogan said Turkey would take part in the Berlin talks.

10:15 - Iran says arrests made over airliner shootdown
Iran's judiciary says several people have been arrested in connection with the downing of the Ukraine International Airlines flight near Tehran last Wednesday, which killed all 176 people on board.

08:30 - LEAD: Haftar leaves Moscow without signing ceasefire deal
Libyan eastern commander Khalifa Haftar has left the Russian capital without signing the ceasefire agreement negotiated on Monday, Russia's Foreign Ministry says. Spokeswoman Maria Zakharova said Haftar had asked for time until this morning to study the text, which Tripoli-based Prime Minister Fayez al-Sarraj signed on Monday evening.

Some background: the two sides spent about seven hours in separate rooms at Monday's talks, with Russia's Lavrov and Shoigu and Turkey's Cavusoglu and Akar shuttling between them. The meeting followed the Putin-Erdogan call in Istanbul last Wednesday for a truce from midnight on 12 January, which both Libyan camps accepted over the weekend. Lavrov, speaking in Sri Lanka this morning, said the efforts would continue but a final result had not been reached.

It is not clear where Haftar flew to from Moscow. Reports from Libya speak of sporadic shelling on the southern Tripoli fronts overnight.

07:45 - Good morning and welcome to MENA Daybook. Libya dominates again today after a long night in Moscow."""),
]
