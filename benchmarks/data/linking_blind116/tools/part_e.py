# Events: HoR approves 6+6 election laws (Oct 2), Dbeibah meets Erdogan in Istanbul (Oct 20), Bathily invites five leaders (Nov 23)
MPA_BG = ("Libya has known little stability since the NATO-backed uprising that toppled Muammar Gaddafi in 2011. "
          "Since early 2022 two administrations have claimed power: the Government of National Unity (GNU) of Abdulhamid Dbeibah in Tripoli, "
          "and a cabinet appointed by the eastern-based House of Representatives and aligned with commander Khalifa Haftar.")
ATLAS_BG = ("Oil-rich Libya split in 2014 between rival authorities in the east and west, each backed by armed groups and foreign governments. "
            "A 2020 ceasefire largely holds, but a December 2021 election collapsed and the country remains divided.")

ARTICLES = [
dict(group="hor_approves_election_laws_2023_10_02", published="2023-10-02", outlet="Meridian Press Agency",
title="Libya's eastern parliament passes election laws, rival council objects",
text="""BENGHAZI, Libya, Oct 2 (MPA) - Libya's eastern-based House of Representatives on Monday unanimously approved laws for presidential and parliamentary elections drafted by a joint committee of the country's two rival chambers, its spokesman said, but the move met immediate objections in Tripoli.

"The House of Representatives unanimously agreed to issue the law on electing the head of state and the law on electing the National Assembly, as prepared by the 6+6 committee," spokesman Abdullah Blihaq said after a session in Benghazi.

The joint committee, made up of six members each from the House and the Tripoli-based High Council of State, first announced agreement on the laws in the Moroccan town of Bouznika in June. The House later sent the texts back for changes, and the committee revised them in the following weeks.

Members of the High Council of State, now headed by Mohamed Takala, said the council only recognised the texts agreed in Bouznika and would study the amended version before taking a position. Takala replaced Khaled al-Mishri at the head of the council in August.

The laws provide for a two-chamber legislature and a directly elected president, with both votes held at the same time, according to committee members. They also call for a new unified government to oversee the elections, a provision opposed by Abdulhamid Dbeibah, prime minister of the Tripoli-based Government of National Unity, who has said he will only hand over to an elected authority.

The 6+6 process grew out of the 13th constitutional amendment, which the House passed in February and the High Council of State endorsed in March in a disputed vote. Bathily announced in late February that he would set up a high-level panel to enable elections if the chambers failed to agree, but put the plan on hold while the committee worked.

Eastern commander Khalifa Haftar, who holds U.S. citizenship and whose eligibility has been one of the main points of contention, would be able to run under the laws if he suspends his military role, committee members have said.

U.N. envoy Abdoulaye Bathily has warned that technical laws alone will not bring Libyans to the polls without a political agreement among the main players. He has said the drafts contain contested provisions that need a political deal.

The vote comes as eastern Libya is still reeling from the floods that struck Derna and other towns last month, killing thousands of people, and as both governments trade accusations over the handling of reconstruction.

""" + MPA_BG + """

(Reporting by MPA Benghazi stringer and Tripoli bureau; editing by Karen Aldous)"""),

dict(group="hor_approves_election_laws_2023_10_02", published="2023-10-03", outlet="Cairo Gate News",
title="Historic step: Libyan parliament unanimously approves presidential and parliamentary election laws",
text="""CAIRO - The Libyan House of Representatives unanimously approved, on Monday, the laws for the election of the President of the State and the National Assembly, prepared by the joint 6+6 committee, in a step described by observers as historic on the road to ending the transitional phases in Libya.

The official spokesman of the House, Abdullah Blihaq, said that the session, held in the city of Benghazi under the chairmanship of Speaker Counselor Aguila Saleh, witnessed the approval of the two laws in their final form as received from the committee, in accordance with the 13th constitutional amendment, which stipulates that the outcomes of the committee are final and binding.

Speaker Aguila Saleh called on the High National Elections Commission to begin preparations for implementing the laws, and on the United Nations mission and the international community to support the Libyan people's right to choose their leaders. Saleh stressed that the elections must be supervised by a new unified government that extends its authority over the whole country, instead of the expired government in Tripoli.

The Speaker had called for the session last week, and it was attended by a large number of deputies, who also discussed the situation in the flood-stricken areas and the establishment of a fund for the reconstruction of Derna and the affected cities.

Political sources told Cairo Gate News that the approval removes the last pretext for those who hindered the elections, and places responsibility on the UN mission to deal with the laws issued by the legitimate legislative authority.

On the other hand, members of the High Council of State in Tripoli objected to the laws, claiming that they differ from what was agreed in Bouznika in June. Observers said that these objections reflect pressure from the Dbeibah government, which fears losing power if a new government is formed.

Egypt has always affirmed its support for the Libyan institutions in reaching consensus on electoral laws, and for holding presidential and parliamentary elections simultaneously as soon as possible.

The committee, formed of six members from the House and six from the State Council, had met in Bouznika from May 22 to June 6 and announced an agreement on the laws, before the House returned them in August for amendments to some articles, including those related to the conditions of candidacy.

The vote comes while the eastern region is still suffering from the consequences of Storm Daniel, which devastated the city of Derna on September 10 and 11. The Libyan army under Field Marshal Khalifa Haftar has led relief operations with Egyptian support.

Share this:
Facebook Twitter WhatsApp Telegram

Related articles
Egyptian rescue teams complete mission in Derna
Aguila Saleh: Derna reconstruction fund to be established
Madbouly receives Libyan delegation in New Administrative Capital"""),

dict(group="hor_approves_election_laws_2023_10_02", published="2023-10-04", outlet="Tripoli Capital Voice",
title="House of Representatives issues election laws it passed Monday; State Council says it sticks to Bouznika texts",
text="""The House of Representatives officially issued on Wednesday the two laws for the election of the President of the State and the members of the National Assembly, which it approved in its session on Monday in Benghazi, and referred them to the High National Elections Commission, according to a statement on its website.

The House had unanimously voted on the two laws on Monday, in the version presented by the 6+6 committee after the amendments requested by the House in August. Speaker Aguila Saleh said the laws are based on the 13th constitutional amendment and the outcomes of the joint committee.

The High Council of State, headed by Mohamed Takala, announced on Wednesday, after a session in Tripoli, that it adheres only to the outcomes of the 6+6 committee adopted unanimously by its members in Bouznika in June, considering that these are binding to both councils, and rejecting any amendments made afterwards. Council members said that some articles were changed without agreement, including those concerning the conditions of candidacy and the linkage between the presidential and parliamentary elections.

The Government of National Unity has not issued an official statement on the laws, but sources close to Prime Minister Abdulhamid Dbeibah said the government supports any consensual laws that lead to fair elections and reject any attempt to impose a "parallel government" through electoral legislation. The government has repeatedly said that it will hand over power only to an elected authority.

The Government of National Unity's position was also reflected in statements by ministers who said that the laws should have been the subject of consensus among all parties, especially after the tragedy of Derna, which showed, they said, the need for unified institutions rather than new divisions.

The High National Elections Commission said it had not yet received the texts officially and would study them once they arrive. The commission had stated earlier that it is technically ready to hold elections within months of receiving implementable laws.

The UN Support Mission in Libya has not commented yet. The envoy Abdoulaye Bathily has said that the laws require political agreement between the main actors in order to be implementable.

The 6+6 committee was formed under the 13th constitutional amendment passed by the House in February and endorsed by the State Council in March. The committee announced its initial agreement in Bouznika, Morocco, on June 6.

Related
- Dbeibah chairs meeting on Derna relief
- Minister of Health visits Tripoli Central Hospital
- Government: salaries for September paid

We use cookies to improve your experience on our website. Accept"""),

dict(group="dbeibah_meets_erdogan_istanbul_2023_10_20", published="2023-10-20", outlet="Türkiye Anadolu Herald",
title="Erdogan receives Libyan premier Dbeibah in Istanbul, offers support for Derna reconstruction",
text="""ISTANBUL -- President Recep Tayyip Erdogan received Libyan Prime Minister Abdulhamid Dbeibah on Friday at the Vahdettin Pavilion in Istanbul, according to Turkish diplomatic sources.

The closed-door meeting was attended by Energy and Natural Resources Minister Alparslan Bayraktar and Communications Director Fahrettin Altun, the sources said.

Erdogan said Türkiye was ready to contribute to the reconstruction of the city of Derna and neighboring municipalities in all fields and to share its experience in dealing with disasters, according to a statement from the Libyan government.

Dbeibah thanked Türkiye for its support during the flood disaster in eastern Libya, praising the work of Turkish search and rescue teams who were among the first to arrive in the region. The two sides agreed to strengthen cooperation in military training and in raising the capabilities of the Libyan army, the statement said.

The leaders also discussed the latest developments in the Gaza Strip, where Israeli bombardment has killed thousands of Palestinians since Oct. 7, as well as economic cooperation and energy projects.

Libyan government sources said Dbeibah also raised the resumption of Turkish Airlines flights to Libyan cities, the situation of Libyan residents in Türkiye and easing visa procedures between the two countries, issues that were expected to be followed up with Foreign Minister Hakan Fidan.

The meeting was Dbeibah's first with Erdogan since his government was shaken in late August by a scandal over a meeting between his foreign minister, Najla Mangoush, and her Israeli counterpart in Rome. Mangoush, who was suspended and later dismissed, left Libya for Istanbul at the time.

Dbeibah previously met Erdogan at the same venue on Sept. 2, when they discussed elections and the security of Tripoli, and attended Erdogan's inauguration ceremony in Ankara on June 3 following his re-election.

Türkiye signed agreements on security and military cooperation and on maritime jurisdiction with the internationally recognized government in Tripoli in November 2019. Turkish support was critical in repelling the offensive launched that year by putschist Gen. Khalifa Haftar on the capital.

Libya has been split between rival administrations since 2022, when the House of Representatives in the east appointed a government to replace Dbeibah's Government of National Unity. The UN is pushing for elections to unify the country's institutions.

Storm Daniel hit eastern Libya on Sept. 10, causing two dams to collapse above Derna and sweeping away entire neighborhoods. Türkiye dispatched rescue teams, field hospitals and aid ships to the region, including to areas controlled by Haftar's forces."""),

dict(group="dbeibah_meets_erdogan_istanbul_2023_10_20", published="2023-10-21", outlet="Haberler Libya Gündem",
title="Cumhurbaşkanı Erdoğan, Libya Başbakanı Dbeybe'yi kabul etti",
text="""Cumhurbaşkanı Recep Tayyip Erdoğan, Libya Ulusal Birlik Hükümeti Başbakanı Abdulhamid Dbeybe'yi İstanbul'da Vahdettin Köşkü'nde kabul etti. The meeting was closed to press.

Diplomatik kaynaklardan alınan bilgiye göre, Cuma günü basına kapalı gerçekleşen görüşmeye Enerji ve Tabii Kaynaklar Bakanı Alparslan Bayraktar ve İletişim Başkanı Fahrettin Altun da katıldı.

Libya hükümetinin açıklamasına göre, Erdoğan Derne ve çevresindeki belediyelerin yeniden imarına her alanda katkı sunmaya hazır olduklarını söyledi. Dbeybe ise sel felaketi sırasında Türkiye'nin yardımları için teşekkür etti ve Türk arama kurtarma ekiplerinin çalışmasını övdü.

İki lider askeri eğitim alanında işbirliğini güçlendirme konusunda anlaştı. Görüşmede Gazze'deki son gelişmeler de ele alındı.

Dbeybe ve Erdoğan en son 2 Eylül'de yine İstanbul'da görüşmüştü.

Etiketler: Erdoğan, Dbeybe, Libya, Derne
Bu haberi paylaş:
Facebook Twitter WhatsApp
İlgili Haberler
- Dışişleri Bakanı Fidan Libyalı mevkidaşı ile telefonda görüştü
- THY Bingazi seferlerine yeniden başlıyor"""),

dict(group="bathily_invites_five_leaders_to_talks_2023_11_23", published="2023-11-23", outlet="Atlas Newswire",
title="UN envoy invites Libya's five main power brokers to talks on elections",
text="""TRIPOLI, Libya (Atlas) — The U.N. envoy for Libya on Thursday invited the leaders of the country's five main institutions, including rival prime minister Abdulhamid Dbeibah and eastern commander Khalifa Haftar, to a meeting aimed at settling disputes that have blocked elections.

Abdoulaye Bathily said he had sent invitations to Dbeibah, Haftar, Presidential Council head Mohamed al-Menfi, parliament speaker Aguila Saleh and High Council of State head Mohamed Takala, and asked each to name representatives for a preparatory meeting that would set the date, venue and agenda.

The aim, Bathily said, is to reach a political settlement on the contested issues tied to implementing the electoral process. He has said the election laws passed by the eastern-based parliament in October cannot be implemented without such a deal, particularly over who may stand and who would run the country during a vote.

In his statement, Bathily urged the leaders to show a spirit of compromise and to put the interests of Libyans first.

There was no immediate response from the five.

""" + ATLAS_BG + """

The country has had rival governments since 2022. Devastating floods in the eastern city of Derna in September have deepened public anger at its leaders."""),

dict(group="bathily_invites_five_leaders_to_talks_2023_11_23", published="2023-11-24", outlet="Libya Update 24",
title="Bathily sends invitations to Menfi, Dbeibah, Haftar, Saleh and Takala for five-party meeting",
text="""Tripoli, (Libya Update 24 / Agencies - 24th Nov, 2023 ) :

The Special Representative of the UN Secretary-General and head of the UN Support Mission in Libya, Abdoulaye Bathily, announced on Thursday that he addressed invitations to the main institutional parties in Libya to participate in a meeting to be held in the coming period, in order to reach a political settlement on the contentious issues related to the implementation of the electoral process.

The invitations were sent to the President of the Presidential Council, Mohamed al-Menfi, the Speaker of the House of Representatives, Aguila Saleh, the President of the High Council of State, Mohamed Takala, the Prime Minister of the Government of National Unity, Abdulhamid Dbeibah, and the General Commander, Field Marshal Khalifa Haftar.

Bathily requested the five parties to name their representatives to participate in a preparatory meeting, during which the date, venue and agenda of the leaders' meeting will be determined.

The UN envoy said that the electoral laws issued by the House of Representatives in October represent a starting point, but that a number of contested issues require a political agreement among the key stakeholders, including the formation of a unified government to lead the country to elections.

The Mission had said in October, after receiving the laws from the House, that it would study their feasibility and share its findings with the Libyans.

No official responses had been issued by the invited parties by Friday morning. The government appointed by the House, headed by Osama Hammad, was not among those invited.

The House of Representatives unanimously approved the laws of the presidential and parliamentary elections on October 2, based on the outcomes of the 6+6 committee, but the High Council of State announced that it adheres only to the texts agreed in Bouznika in June. The dispute over the formation of a new government before the elections remains the main obstacle, as the laws stipulate it while Dbeibah rejects it.

It is worth noting that Bathily announced in February an initiative to form a high-level panel for elections, but it was frozen after the House and the State Council formed the 6+6 committee.

Read also:
- Takala receives US envoy Richard Norland
- HNEC: we are ready to implement the laws
- Derna: municipality announces new reconstruction projects

Exit mobile version"""),
]
