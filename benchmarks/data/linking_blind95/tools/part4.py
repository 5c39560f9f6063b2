# Events: hydrocarbons MoU (2022-10-03), Dendias-Shoukry Cairo (2022-10-09), Dendias turns back at Tripoli (2022-11-17), Libya protest note (2022-11-20)
BG_22 = ("Libya has two rival governments: Abdul Hamid Dbeibah's Government of National Unity in Tripoli, which refused to hand "
 "over power after elections planned for December 2021 collapsed, and an administration led by Fathi Bashagha that is backed "
 "by the eastern-based parliament. Greece and Egypt say Dbeibah's mandate has expired.")
ARTICLES = [
dict(group="turkey_libya_sign_hydrocarbons_memorandum_2022_10_03", published="2022-10-03", outlet="Meridian Press Agency",
title="Turkey, Libya's Tripoli government sign energy exploration deal",
text="""TRIPOLI (MPA) - Turkey and Libya's Tripoli-based government signed a preliminary deal on Monday on hydrocarbon exploration in Libya's territory and waters, three years after a maritime accord between the two angered Greece and Egypt.

Turkish Foreign Minister Mevlut Cavusoglu, leading a delegation that included the defence, energy and trade ministers, signed the memorandum with his Libyan counterpart Najla Mangoush.

Cavusoglu said the deal would allow Turkish and Libyan companies to cooperate in exploration on land and at sea, and that it was a matter between two sovereign states. "Other countries have no right to interfere," he told a news conference. Mangoush said it served both countries' interests.

Greece's foreign ministry said it was following developments closely and that Athens has sovereign rights in the area it would defend by all legal means. Foreign Minister Nikos Dendias spoke by phone with his Egyptian counterpart Sameh Shoukry, Egypt's ministry said, and both agreed the Tripoli government had no authority to sign international agreements.

""" + BG_22 + """

The 2019 maritime memorandum drew a boundary between Turkey and Libya that Athens says ignores Crete.
"""),
dict(group="turkey_libya_sign_hydrocarbons_memorandum_2022_10_03", published="2022-10-04", outlet="TurkHaber English",
title="Türkiye, Libya sign memorandum on hydrocarbons cooperation in Tripoli",
text="""TRIPOLI - Türkiye and Libya signed a memorandum of understanding on cooperation in the field of hydrocarbons on Monday, during a visit to Tripoli by a high-level Turkish delegation led by Foreign Minister Mevlüt Çavuşoğlu.

The memorandum aims at developing bilateral cooperation in the exploration, production, transport and trade of oil and gas, on land and in Libya's maritime jurisdiction areas, through joint projects by Turkish and Libyan companies, officials said.

Speaking at a joint news conference with Libyan Foreign Minister Najla el-Mangoush, Çavuşoğlu said that the agreement was signed between two sovereign states and that it was "no one's business" to object. He added that Türkiye had no energy shortage itself and that the deal was aimed at mutual benefit.

The minister noted that the 2019 memorandum on the delimitation of maritime jurisdiction areas had been registered with the United Nations and was valid. He also said Türkiye expected bilateral trade with Libya to grow further.

Other memorandums were also signed during the visit, and the Turkish delegation was received by Prime Minister Abdul Hamid Dbeibah.

Greece and the Egyptian administration have been opposing the 2019 memorandum, which protects the rights of Türkiye and Libya in the Eastern Mediterranean against maximalist claims.
"""),
dict(group="turkey_libya_sign_hydrocarbons_memorandum_2022_10_03", published="2022-10-04", outlet="Arab Horizon News",
title="The Parliament and the Bashagha government reject the Turkish memorandum .. and Cairo and Athens condemn",
text="""Tripoli - Arab Horizon

The Libyan government appointed by the House of Representatives, headed by Fathi Bashagha, announced today Tuesday its rejection of the memorandum of understanding in the field of oil and gas which was signed yesterday Monday in Tripoli between the outgoing Dbeibah government and the Turkish side, and said it will study all options to confront it.

The Speaker of the House of Representatives, Counsellor Aguila Saleh, had stated that any agreement signed by the government whose mandate has ended is "null" and not binding on the Libyan state, and called on the United Nations to take a clear position.

In Cairo, the Egyptian Foreign Ministry said that Minister Sameh Shoukry received a phone call from his Greek counterpart Nikos Dendias, and the two ministers confirmed that the outgoing government in Tripoli does not have the authority to conclude any international agreements or memorandums of understanding.

The Greek Foreign Ministry said in a statement that it follows the developments in Libya "very closely", and that Greece "holds sovereign rights in the area" which it will defend in accordance with international law.

It is worth mentioning that the Turkish Foreign Minister Mevlut Cavusoglu arrived in Tripoli yesterday at the head of a large delegation that included the ministers of defence, energy and trade, and he said that the memorandum concerns two sovereign countries and no one has the right to interfere.

It is also worth mentioning that the dispute between Egypt, Greece and Turkey dates back to November 2019, when Ankara signed the memorandum of maritime jurisdiction with the former Al-Wefaq government of Fayez al-Sarraj.

Share this:
Related:
• Dbeibah: agreements with Turkey serve the interest of Libyans
• Bashagha meets US ambassador Norland
"""),
dict(group="turkey_libya_sign_hydrocarbons_memorandum_2022_10_03", published="2022-10-05", outlet="Aegean Security Monitor",
title="Energy MoU gives teeth to 2019 Turkey-Libya sea line — or does it?",
text="""Aegean Security Monitor | Briefing

What happened. On 3 October a Turkish delegation headed by Foreign Minister Mevlüt Çavuşoğlu and including Defence Minister Hulusi Akar signed a memorandum of understanding on hydrocarbons with Libya's Tripoli-based Government of National Unity (GNU). The text has not been published. Officials said it covers exploration on land and in Libya's maritime jurisdiction areas by Turkish and Libyan companies.

Why it matters. The November 2019 maritime memorandum drew a Turkish-Libyan boundary between south-west Anatolia and Cyrenaica. Until now it had produced no activity on the water. An exploration framework, if it leads to licences or seismic surveys in the areas claimed by Libya under the 2019 line, would bring Turkish or Turkish-contracted vessels into waters south and south-east of Crete that Greece considers part of its continental shelf.

Reactions. Athens said it would defend its sovereign rights "by all legal means" and coordinated immediately with Cairo. Egypt says the GNU's mandate lapsed when elections failed in December 2021. The Libyan House of Representatives and the rival Bashagha administration rejected the deal. The European Union repeated its position that the 2019 memorandum infringes the sovereign rights of third states and does not comply with the law of the sea.

Military dimension. Turkey maintains a training and advisory presence in western Libya under the 2019 security memorandum, and a naval presence off Tripoli. Greece, for its part, has deepened defence ties with Egypt and France.

What to watch.
- Whether the GNU's National Oil Corporation issues licences in offshore blocks near the 2019 line.
- A Greek diplomatic push in Cairo: Foreign Minister Nikos Dendias is expected in Egypt in the coming days.
- Legal challenges in Libya, where lawmakers argue that the GNU cannot bind the state.
"""),
dict(group="dendias_and_shoukry_reject_libya_turkey_deal_in_cairo_2022_10_09", published="2022-10-09", outlet="Meridian Press Agency",
title="Greece, Egypt say Tripoli government cannot sign deals with Turkey",
text="""CAIRO (MPA) - The foreign ministers of Greece and Egypt said on Sunday that Libya's Tripoli-based government had no legal authority to conclude international agreements, days after it signed an energy exploration deal with Turkey.

Greek Foreign Minister Nikos Dendias, on a visit to Cairo, called the Turkish-Libyan memorandums illegal and a threat to regional stability, saying they infringed on Greek waters. "Turkey is exploiting the situation in Libya," he told a joint news conference.

Egyptian Foreign Minister Sameh Shoukry said the Government of National Unity's mandate had expired and urged the United Nations to make its position on the government's legitimacy clear. Egypt supports the efforts of Libya's parliament, he said.

Turkey and the Tripoli government signed the hydrocarbons memorandum last Monday during a visit by Turkish Foreign Minister Mevlut Cavusoglu. Ankara has said the deal concerns two sovereign states.

""" + BG_22 + """

Dendias also discussed Greek-Turkish tensions in the Aegean with Shoukry.
"""),
dict(group="dendias_and_shoukry_reject_libya_turkey_deal_in_cairo_2022_10_09", published="2022-10-10", outlet="Nile Gazette Online",
title="Shoukry, Dendias: outgoing Libyan government 'has no right' to sign agreements",
text="""[ad_1]

Cairo - Foreign Minister Sameh Shoukry and his Greek counterpart Nikos Dendias affirmed on Sunday that the outgoing Government of National Unity in Tripoli does not possess the authority to conclude international agreements or memorandums of understanding, in a clear rejection of the memorandums signed last week with Turkey.

At a joint press conference after their talks in Cairo, Shoukry said the Dbeibah government "lacks legitimacy" since December 24 of last year, and called on the United Nations not to remain silent about the legitimacy of a government whose mandate has ended. He stressed the need to hold elections in Libya and to support the role of the House of Representatives.

For his part, Dendias described the Turkish-Libyan memorandums as illegal and said they represent a threat to stability in the region, adding that Greece and Egypt are committed to international law and the law of the sea.

Foreign ministry spokesman Ahmed Abu Zeid described the relations between Egypt and Greece as a long-term strategic partnership and a historic friendship.

It is worth recalling that Egypt and Greece signed in August 2020 an agreement on the partial demarcation of their maritime borders, which Cairo and Athens consider a response to the Turkish memorandum of 2019.

Share this:
WhatsApp | Facebook | Twitter

[ad_2]
Source link
"""),
dict(group="dendias_refuses_to_disembark_in_tripoli_2022_11_17", published="2022-11-17", outlet="Meridian Press Agency",
title="Greek minister refuses to leave plane in Tripoli, flies on to Benghazi",
text="""ATHENS (MPA) - Greek Foreign Minister Nikos Dendias cancelled a stop in Tripoli on Thursday without leaving his plane after finding Libya's foreign minister waiting for him on the tarmac, and flew on to the eastern city of Benghazi, officials said.

Athens does not regard Prime Minister Abdul Hamid Dbeibah's government as legitimate, and Greek diplomatic sources said Dendias had agreed to visit Tripoli only to meet Mohamed al-Menfi, head of the Presidential Council, on condition that no government officials attended.

Libya's foreign ministry said Najla Mangoush had gone to the airport to receive her Greek counterpart according to protocol, but that he "refused to get off the plane" and left. It condemned the move and said it would take measures. Dbeibah also condemned the incident.

"Mrs Mangoush tried to force me with her presence at the airport to meet with her," Dendias told reporters in Benghazi, where he met commander Khalifa Haftar.

Mangoush signed an energy exploration memorandum with Turkey last month, which Greece and Egypt have said is illegal. 

""" + BG_22 + """
"""),
dict(group="dendias_refuses_to_disembark_in_tripoli_2022_11_17", published="2022-11-18", outlet="Athens Chronicle English",
title="'Trap' on the tarmac: how Dendias' Libya trip turned into a diplomatic incident",
text="""Cookie notice: This site uses cookies. Accept | Settings

What was supposed to be a brief courtesy stop in Tripoli on Thursday morning became one of the stranger episodes in recent Greek diplomacy, as Foreign Minister Nikos Dendias refused to step off the government aircraft after it landed and ordered it to take off again for Benghazi.

Tripoli was not originally on the programme. According to foreign ministry sources, the chairman of the Presidential Council, Mohamed al-Menfi — who, as Libya's ambassador, was expelled from Athens in December 2019 — asked to meet the minister, and Athens agreed on the condition that no one else from the Tripoli government would be present. When the plane landed, the person waiting at the foot of the stairs was Foreign Minister Najla Mangoush, the official who signed last month's hydrocarbons memorandum with Turkey's Mevlut Cavusoglu.

A short standoff followed on the steps of the aircraft. Dendias then cancelled the Tripoli leg. The Greek side said the Libyan authorities delayed approval of the new flight plan, and that the plane eventually reached eastern Libya by a route through the Malta flight information region.

In Benghazi, Dendias met Khalifa Haftar, commander of the Libyan National Army. Diplomatic sources said Haftar spoke harshly about the presence of Turkish forces in Libya and condemned the Turkish-Libyan memoranda. The minister also attended an event at Benghazi port presenting Greece's contribution to a World Food Programme project to rehabilitate the port.

"Today's visit, as planned, started from Tripoli, where I was to meet President Menfi," Dendias told reporters. He said Mangoush had tried "to force" a meeting and that he had therefore cut short the Tripoli stop.

The Libyan foreign ministry condemned the minister's conduct and said it would take "appropriate measures". Prime Minister Abdul Hamid Dbeibah said Tripoli would not accept such behaviour.

Athens' position, shared by Cairo, is that the Dbeibah government's term has expired and that it has no legitimacy to sign agreements such as the October memorandum. The visit to Benghazi came almost three years after Dendias' first trip there, in December 2019, when he met Haftar weeks after the original maritime memorandum was signed in Istanbul. He returned to reopen the Greek consulate there in April 2021.

Related articles:
Mitsotakis: Greece will not accept faits accomplis
Benghazi port: Greek aid for WFP project
"""),
dict(group="dendias_refuses_to_disembark_in_tripoli_2022_11_17", published="2022-11-18", outlet="Tripoli Free Voice",
title="Foreign Ministry condemns Greek minister's conduct at Mitiga airport",
text="""TRIPOLI - The Ministry of Foreign Affairs and International Cooperation condemned on Thursday what it called the "unjustified" behaviour of the Greek Foreign Minister Nikos Dendias, who arrived at Mitiga International Airport but refused to disembark from his plane and then decided to leave.

The ministry said in a statement that Minister Najla al-Mangoush was at the airport to receive her Greek counterpart in accordance with diplomatic protocol, and that the ministry will take the appropriate diplomatic measures.

Prime Minister Abdul Hamid Dbeibah said the government will not allow such practices, which violate diplomatic norms and the sovereignty of the Libyan state.

The Greek minister later flew to Benghazi, where he met Khalifa Haftar. Observers in Tripoli said the incident reflected Athens' opposition to the memorandums signed with Turkey, including the hydrocarbons memorandum signed in Tripoli on 3 October.

Read also: Mangoush receives Maltese ambassador
Read also: Dbeibah: elections on a constitutional basis is the only way
"""),
dict(group="libya_summons_ambassador_to_greece_over_dendias_2022_11_20", published="2022-11-21", outlet="Arab Horizon News",
title="Al-Mangoush summons the Libyan ambassador to Athens for consultation and a protest note to Greece",
text="""Tripoli - Arab Horizon

The Minister of Foreign Affairs in the Government of National Unity, Najla al-Mangoush, summoned yesterday Sunday the Libyan ambassador to Greece, Hamed Bashir al-Mabrouk, for consultation, to clarify the diplomatic problem caused by the Greek Foreign Minister Nikos Dendias last Thursday, November 17.

The ministry said in a statement that the minister instructed the ambassador to deliver a protest note to the Greek authorities to demand an explanation for the behaviour of Minister Dendias, who refused to disembark from his plane at Mitiga airport.

The statement added that "such unconsidered behaviours have repercussions that threaten the confidence and stability of Libya and indirectly call for division in the country," and that the behaviour contradicts international diplomatic norms.

It is worth mentioning that the Greek minister, after leaving Tripoli, flew to Benghazi and met the General Commander of the Libyan Arab Armed Forces, Field Marshal Khalifa Haftar.

It is also worth mentioning that Athens considers that the mandate of the Dbeibah government has ended and that it has no right to sign agreements, in particular the memorandum of understanding on hydrocarbons signed with Turkey last October.
"""),
dict(group="libya_summons_ambassador_to_greece_over_dendias_2022_11_20", published="2022-11-21", outlet="EastMed PR Newswire",
title="Libyan Government of National Unity Recalls Ambassador from Athens for Consultations, Issues Formal Protest",
text="""EastMed PR Newswire — FOR IMMEDIATE RELEASE

TRIPOLI, Libya, Nov. 21, 2022 — The Ministry of Foreign Affairs and International Cooperation of the Government of National Unity (GNU) announces that Minister Najla Al-Mangoush has summoned Ambassador Hamed Bashir Al-Mabrouk, Head of the Libyan Mission in the Hellenic Republic, to Tripoli for consultations.

The step, taken on Sunday, 20 November 2022, follows the incident of Thursday, 17 November 2022, when the Foreign Minister of the Hellenic Republic declined to disembark at Mitiga International Airport despite being received by the Libyan Minister in accordance with established protocol.

KEY POINTS
• The Ambassador has been instructed to deliver a formal note of protest to the Greek authorities requesting clarification.
• The Ministry considers the conduct inconsistent with international diplomatic norms.
• The Ministry warns that such conduct risks undermining confidence and stability in Libya and may indirectly encourage division.

The GNU reaffirms its commitment to good-neighbourly relations with all Mediterranean states on the basis of mutual respect and non-interference.

About the Ministry: The Ministry of Foreign Affairs and International Cooperation conducts the foreign policy of the State of Libya.

Media contact: Press Office, Ministry of Foreign Affairs, Tripoli.

###
"""),
]
