# Event 11 (cont.) and Event 12: Turkish ministerial delegation visits Tripoli (2021-05-03)
G11="dbeibah_visits_ankara_for_strategic_council_2021_04_12"
G12="cavusoglu_akar_fidan_delegation_visits_tripoli_2021_05_03"
PART = [
dict(group=G11, published="2021-04-12", outlet="Haber Ekspres English",
title="Erdoğan and Dbeybe chaired the High Level Strategic Cooperation Council: 'Maritime muhtıra is protecting our interests'",
text="""Cumhurbaşkanı Recep Tayyip Erdoğan and Libya Ulusal Birlik Hükümeti (Government of National Unity) Başbakanı Abdulhamid Dbeybe chaired today the first meeting of Türkiye-Libya Yüksek Düzeyli Stratejik İşbirliği Konseyi (High Level Strategic Cooperation Council) in Ankara.

Başbakan Dbeybe, who came to Turkey with a big delegation including 14 ministers, was welcomed in Esenboğa Airport by Enerji ve Tabii Kaynaklar Bakanı Fatih Dönmez. Dbeybe first visited Anıtkabir and then he was welcomed by Erdoğan in Cumhurbaşkanlığı Külliyesi with official ceremony.

After the one-to-one meeting and the meeting between delegations, several agreements and memorandums were signed in the presence of two leaders.

Erdoğan, speaking in the joint press conference, said the Deniz Yetki Alanları (maritime jurisdiction) muhtıra signed in 2019 is securing the national interests and the future of both countries, "today we confirmed our determination on this issue." Erdoğan said Turkey will continue to give every kind of support to the Ulusal Birlik Hükümeti and the Libyan brothers, and the Turkish companies will take an active role in the reconstruction.

Erdoğan also said that the target is to increase the trade volume and to restart the projects of Turkish contractors which stopped because of the war.

Dbeybe, for his part, said that the agreements between two countries, especially the maritime agreement, are valid and are "serving the interests of both peoples." Dbeybe thanked Turkey for its support in the difficult times and said that two countries will start to work for a Serbest Ticaret Anlaşması (free trade agreement).

As it is known, Dbeybe was chosen in February in the Libya Siyasi Diyalog Forumu in Cenevre and his government took oath on 15 March. The government will bring Libya to the elections on 24 December.

Türkiye supported the legitimate government in Tripoli against the darbeci Hafter with the security and military cooperation muhtıra signed in November 2019. TBMM extended in December the mandate of TSK in Libya for 18 months.

Yunanistan Başbakanı Kiryakos Miçotakis was in Trablus last week and said to Dbeybe that the maritime muhtıra must be cancelled.

Dbeybe is expected to meet with Turkish business people in İstanbul in the second day of his visit, where the return of Turkish contractors to the unfinished projects in Libya will be on the agenda.

ETİKETLER: erdoğan, dbeybe, libya, ankara

[Reklam]

İLGİLİ HABERLER
- Libya Başbakanı Dbeybe Anıtkabir'i ziyaret etti
- Yunanistan Başbakanı Miçotakis Trablus'ta"""),

dict(group=G11, published="2021-04-13", outlet="The Northern Chronicle",
title="Libya's new leader embraces Erdogan's maritime pact on first visit to Ankara",
text="""By Helen Marsh, Istanbul

Libya's new prime minister went to Ankara on Monday and gave Recep Tayyip Erdogan what he most wanted: a public endorsement of the contested maritime deal that has set Turkey against Greece, Cyprus and Egypt in the eastern Mediterranean.

Abdul Hamid Dbeibah, a businessman from Misrata who took office last month at the head of an interim Government of National Unity, arrived with 14 ministers, five deputy prime ministers and the chief of staff, an unusually large delegation for a first official visit. After the inaugural meeting of a "high-level strategic co-operation council", the two governments signed six agreements and memorandums, according to Libyan officials.

"Regarding the agreements signed by our countries, especially the maritime deal, we reaffirm that they are valid," Mr Dbeibah told reporters at the presidential palace. Mr Erdogan said the 2019 accord, which carves out a Turkish-Libyan maritime zone across waters claimed by Greece, secured "the national interests and future" of both countries.

The timing was pointed. Six days earlier, Kyriakos Mitsotakis, the Greek prime minister, had been in Tripoli to reopen his country's embassy and to tell Mr Dbeibah that Athens regarded the maritime memorandum as void. On the same day as the Ankara meeting, Greece's foreign minister, Nikos Dendias, was in Benghazi, the eastern city that was the seat of power of Mr Erdogan's nemesis, the military commander Khalifa Haftar. Mr Dendias said there that the memorandum had never been ratified by Libya's parliament.

Turkey's stake in Libya is both strategic and commercial. Turkish construction firms had billions of dollars of contracts in Libya before the 2011 revolution, many of them left unfinished and unpaid. Mr Dbeibah, whose family prospered under Gaddafi-era public works programmes, said Turkish companies would play "an important role" in reconstruction and that the two sides would negotiate a free trade agreement.

The military relationship was less discussed in public, but it hangs over the new government. Turkish drones, air-defence systems and advisers turned back Mr Haftar's 14-month assault on Tripoli in 2020, and several thousand Syrian fighters recruited by Turkey are still in Libya. The October ceasefire agreement signed in Geneva called for all foreign forces and mercenaries to leave within 90 days; that deadline passed in January with little sign of movement from either Turkey or Russia, whose Wagner contractors remain dug in alongside Mr Haftar's forces in the centre and south.

Ankara's position has been consistent: the Turkish parliament voted on January 2 last year to authorise troops and in December extended the mandate for 18 months, and Turkish officials argue that forces present at the invitation of a legitimate government cannot be put in the same category as mercenaries. Western diplomats say the distinction will be hard to sustain if Libya is to hold elections, as planned, on December 24.

Mr Dbeibah, chosen in February through a UN-run forum in Geneva, has so far tried to keep all the foreign powers on side. He has received the French, German and Italian foreign ministers in Tripoli and promised to unify institutions split since 2014. The House of Representatives in the east endorsed his cabinet in March, the first time in years that a single government has been recognised across the country.

Still, the choice of Ankara for one of his first big foreign trips, and the scale of the delegation, were read in Athens and Cairo as a sign that Turkey's influence in Tripoli will outlast the government it went to war to save.

Related
Greece reopens Tripoli embassy
Explainer: the Turkey-Libya maritime deal

We use cookies to personalise content and ads. Manage preferences"""),

dict(group=G12, published="2021-05-03", outlet="Continental Newswire",
title="Libya urges Turkey to help end foreign forces' presence as top Turkish officials visit",
text="""TRIPOLI, Libya (CNW) — Libya's foreign minister on Monday urged Turkey to cooperate in removing all foreign forces and mercenaries from the country, as a high-level Turkish delegation including the foreign and defense ministers and the intelligence chief visited Tripoli.

Turkish Foreign Minister Mevlut Cavusoglu, Defense Minister Hulusi Akar and intelligence chief Hakan Fidan arrived in the Libyan capital along with Chief of General Staff Gen. Yasar Guler in the first such visit since Libya's interim Government of National Unity took office in March.

At a joint news conference with Cavusoglu, Foreign Minister Najla Mangoush called on Turkey to "take steps" to implement U.N. Security Council resolutions and the outcomes of the Berlin conference, including the departure of foreign fighters.

Cavusoglu said Turkey's military presence was based on an agreement with Libya's legitimate government and should not be equated with that of illegal armed groups. He said that when Tripoli came under attack, Turkey was the only country to answer its call for help. "We attach importance to the preservation of Libya's territorial integrity, sovereignty and political unity," he said.

The delegation also met Prime Minister Abdul Hamid Dbeibah, who visited Ankara last month.

The U.N. estimates that more than 20,000 foreign fighters and mercenaries remain in Libya, including Turkish-backed Syrians and Russian contractors supporting eastern commander Khalifa Hifter. Turkey's parliament extended the mandate for its troops in Libya in December."""),
]
