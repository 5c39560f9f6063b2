# Event 13 (cont.)
G13="turkish_parliament_extends_libya_mandate_again_2022_06_21"
PART = [
dict(group=G13, published="2022-06-22", outlet="Anatolia Today",
title="Turkish parliament extends troop deployment in Libya for another 18 months",
text="""ANKARA

The Turkish parliament on Tuesday approved a presidential motion to extend the mandate of Turkish troops deployed in Libya for another 18 months.

The new period will start on July 2, 2022. The motion was backed by the Justice and Development (AK) Party, the Nationalist Movement Party (MHP) and the opposition Good (IYI) Party, while the Republican People's Party (CHP) and the Peoples' Democratic Party (HDP) voted against it.

In the motion signed by President Recep Tayyip Erdogan, it was recalled that the efforts launched in Libya after February 2011 to build democratic institutions had been wasted due to armed conflicts, leading to a fragmented administrative structure in the country.

The motion also referred to the Libyan Political Agreement signed in Skhirat, Morocco in December 2015 under UN auspices, and to the offensive launched on April 4, 2019 by illegitimate armed elements to seize the capital Tripoli, after which the then-legitimate government requested support from Türkiye.

It noted that Türkiye attaches great importance to the continuation of the cease-fire and the political dialogue process, but that the ongoing political uncertainty in Libya and the postponement of the elections planned for Dec. 24 posed risks and threats to the region. "If the attacks resume, Türkiye's interests both in the Mediterranean basin and in North Africa will be adversely affected," the motion said.

The motion said the Turkish Armed Forces continue to provide military training and consultancy to Libya under the memorandum of understanding on security and military cooperation signed in November 2019, in addition to humanitarian aid and mine-clearing activities.

Turkish troops were first deployed in Libya after parliament approved a motion on Jan. 2, 2020. The mandate was extended for 18 months in December 2020.

The motion also said Türkiye continues to support the efforts of the UN for a lasting solution and for the unification of Libya's institutions, including the military, and that the Turkish Armed Forces would take all necessary measures against risks from illegal armed groups.

Türkiye and Libya's then UN-recognized Government of National Accord signed two memorandums of understanding in November 2019, one on security and military cooperation and the other on the delimitation of maritime jurisdiction areas in the Eastern Mediterranean. Turkish support to the legitimate government helped end the 14-month offensive on Tripoli in June 2020.

-- Libyan official in Ankara

Separately on Tuesday, Türkiye's Vice President Fuat Oktay received Abdullah al-Lafi, deputy head of Libya's Presidential Council, in Ankara. They discussed bilateral relations and the latest developments in Libya. Al-Lafi was also scheduled to meet Foreign Minister Mevlut Cavusoglu in Istanbul.

Al-Lafi, a member of the three-member Presidential Council formed in early 2021 through the UN-led Libyan Political Dialogue Forum, represents the country's western region on the council, which is chaired by Mohammad al-Menfi.

Türkiye says it supports a Libyan-led and Libyan-owned political process under UN auspices and the holding of free and fair elections as soon as possible."""),

dict(group=G13, published="2022-06-23", outlet="Defence Horizons Review",
title="Analysis: Ankara renews Libya mandate to 2024 as training mission matures",
text="""Defence Horizons Review | Land | Naval | Middle East & Africa

By Marcus Feldt

Türkiye's Grand National Assembly voted on 21 June to extend for another 18 months the legal basis for Turkish military deployments in Libya, keeping the mandate in place until January 2024 and signalling that Ankara intends to remain a permanent fixture in Libya's security sector regardless of who governs in Tripoli.

The presidential motion, submitted to parliament on 13 June, passed with the support of the ruling Justice and Development Party (AKP), its partner the Nationalist Movement Party (MHP) and, notably, the opposition IYI Party. The Republican People's Party (CHP) and the pro-Kurdish Peoples' Democratic Party (HDP) opposed it, as they did in the two earlier votes.

Key points

- The mandate, first voted on 2 January 2020 by 325 to 184 and extended in December 2020 for 18 months, now runs from 2 July 2022.
- The motion cites "political uncertainty" in Libya and the risk of renewed attacks on the Tripoli authorities, and says the Turkish Armed Forces (TSK) continue military training and consultancy.
- The text makes no reference to the 2020 Geneva ceasefire provision calling for the departure of foreign forces.

From combat support to institution-building

The Turkish military footprint in western Libya has changed markedly since 2020, when TB2 unmanned aerial vehicles, Hawk and Korkut air-defence systems, electronic warfare assets and Syrian auxiliaries were rushed in to break the siege of Tripoli. Today, Turkish officials describe the mission mainly as training and advisory work delivered through several centres.

At the Al-Khums Joint Maritime Training Centre east of Tripoli, the Turkish commander said in December 2021 that nearly 900 Libyan navy personnel were following 75 different courses. The Omar Al-Mukhtar centre in Tajoura, which graduated its first Turkish-trained cohort in November 2020, has hosted further graduations since, while Libyan officer cadets have been placed in Turkish military schools. Turkish defence ministry figures released over the past year put the total number of Libyan personnel trained in the thousands.

Akar has repeatedly stated that Türkiye "is not a foreign force" in Libya and that its presence rests on agreements with the legitimate government. Libyan Chief of General Staff Mohammed al-Haddad met Akar at the IDEF defence exhibition in Istanbul last August.

Political context

The extension comes as Libya's political crisis deepens. Elections due on 24 December 2021 were postponed indefinitely, and the House of Representatives in the east named Fathi Bashagha as prime minister in February. Abdul Hamid Dbeibah's Government of National Unity has refused to step aside, and Bashagha's brief attempt to enter Tripoli on 17 May ended after clashes.

Ankara has so far avoided taking sides openly between the two men, both of whom have long-standing ties to Turkey. On the day of the vote, Vice President Fuat Oktay received Abdullah al-Lafi, deputy head of the Presidential Council, in Ankara.

Outlook

The renewed mandate gives the TSK a secure legal basis through the end of 2023. Analysts will watch whether Turkish training extends to units in central and eastern Libya as part of any unification of the military, an idea discussed within the 5+5 Joint Military Commission but not yet realised.

Subscribe to Defence Horizons Review for full access. Already a subscriber? Log in"""),
]
