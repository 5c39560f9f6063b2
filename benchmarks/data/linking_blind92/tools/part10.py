G = "turkish_ministers_visit_tripoli_meet_dbeibah_2021_05_03"
ARTICLES = [
dict(group=G, published="2021-05-03", outlet="BSN English",
title="Top Turkish delegation in Tripoli for talks with Libya's new unity government",
text="""TRIPOLI - A high-level Turkish delegation led by Foreign Minister Mevlüt Çavuşoğlu arrived in Tripoli on Monday for talks with officials of Libya's Government of National Unity (GNU).

The delegation includes National Defence Minister Hulusi Akar, Chief of General Staff Gen. Yaşar Güler and National Intelligence Organization (MIT) head Hakan Fidan, as well as presidential spokesman İbrahim Kalın and Communications Director Fahrettin Altun.

The delegation met Prime Minister Abdul Hamid Dbeibah and Presidential Council Chairman Mohamed al-Menfi. Talks focused on bilateral relations, the political process and cooperation in the fields of economy, energy and defence.

At a joint press conference with his Libyan counterpart Najla al-Mangoush, Çavuşoğlu said Turkey's presence in Libya was based on a bilateral agreement with the legitimate government and that it was wrong to put it in the same category as foreign mercenaries. "Our support for Libya's unity and territorial integrity will continue," he said.

Akar, for his part, visited Turkish troops serving in the country, and said that the Turkish Armed Forces were carrying out training, assistance and consultancy activities to help build a national Libyan army.

Dbeibah visited Ankara on April 12, where he met President Recep Tayyip Erdoğan and signed a number of agreements."""),
dict(group=G, published="2021-05-04", outlet="Sada al-Arab Net",
title="Al-Mangoush calls on Ankara to cooperate in removing foreign forces during Cavusoglu's visit",
text="""Tripoli - Sada al-Arab

The Minister of Foreign Affairs in the Government of National Unity, Najla al-Mangoush, called on Turkey to take steps to implement the outcomes of the Berlin conference and the UN Security Council resolutions, including the exit of all foreign forces and mercenaries from Libya, during a joint press conference held yesterday Monday in Tripoli with the Turkish Foreign Minister Mevlut Cavusoglu.

Al-Mangoush said that her government appreciates the support of Turkey, but that "sovereignty requires" the cooperation of all states to end the foreign presence, and that she hopes for Turkish cooperation in this file.

For his part, Cavusoglu said that there are those who try to equate the legitimate Turkish presence with the mercenaries who fought with the party of the putschist, stressing that Turkish forces are present in Libya under an agreement with the legitimate government and for the purpose of training.

It is worth mentioning that the Turkish delegation included the Minister of Defence Hulusi Akar, the Chief of Staff Yasar Guler and the head of intelligence Hakan Fidan, and it met the Prime Minister Abdul Hamid al-Dbeibah and the head of the Presidential Council Mohamed al-Menfi.

It is worth mentioning that the Security Council resolution 2570 adopted in April called on all the states to withdraw their forces and the mercenaries from Libya without delay, in implementation of the ceasefire agreement signed in Geneva on October 23 of last year.

On the other hand, the General Command of the army in Benghazi considered the visit of the Turkish delegation, which included military leaders, "a provocation", and renewed its demand for the exit of the Turkish forces as a condition for the unification of the military institution.

[ad_1]
Read also: Al-Menfi receives the US envoy to Libya
Read also: The 5+5 committee meets in Sirte"""),
dict(group=G, published="2021-05-04", outlet="The Northern Chronicle",
title="Turkey signals it will keep troops in Libya despite pressure for foreign forces to leave",
text="""By Harriet Ellison, Istanbul

Turkey sent almost its entire security establishment to Tripoli on Monday, in a show of commitment to Libya's new unity government that also made clear Ankara has no plans to withdraw its troops, even as the UN, Washington and Libya's own foreign minister call for all foreign forces to go.

Mevlut Cavusoglu, the foreign minister, was joined by the defence minister, Hulusi Akar, the chief of general staff, the intelligence chief Hakan Fidan and two of President Erdogan's closest aides. The delegation met Abdul Hamid Dbeibah, who became prime minister in March after a UN-led process, and Mohamed al-Menfi, head of the three-member Presidential Council.

The visit exposed a tension at the heart of the new government. At a press conference with Cavusoglu, Najla Mangoush, the foreign minister, said Libya wanted all countries to help remove foreign forces and mercenaries, in line with the ceasefire agreement signed in Geneva last October. Cavusoglu replied that Turkish soldiers were in Libya at the invitation of a legitimate government and could not be compared to mercenaries. Mangoush has become a target of criticism from some pro-Turkish factions in Tripoli for her comments.

Turkey's position rests on the security memorandum it signed with the previous Tripoli government in November 2019. Under it, a mandate approved by the Turkish parliament in January 2020, and extended in December for 18 months, Turkish officers train Libyan units, operate air defences and drones and run facilities at al-Watiya air base and in Misrata. Turkey also brought in thousands of Syrian fighters, some of whom have since gone home, according to monitors.

Haftar's camp insists there can be no unified army while Turkish forces remain. Russia, whose Wagner contractors are deployed at Jufra and in Sirte, has said withdrawal must be simultaneous and balanced. The Biden administration has called on both Turkey and Russia to withdraw.

Mr Dbeibah, for his part, has gone out of his way to court Ankara. He took half of his cabinet to Turkey on April 12 and signed agreements on power plants and health care. Turkish companies are returning to Libya in numbers not seen since 2011.

"For Ankara, the troops are the guarantee of everything else: the maritime deal, the contracts, the influence," said an analyst at an Istanbul think tank. "They will not be the first to leave."

Elections are scheduled for December 24."""),
]
