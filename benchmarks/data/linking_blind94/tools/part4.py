A = []
def add(g, pub, outlet, title, text):
    A.append({"g": g, "pub": pub, "outlet": outlet, "title": title, "text": text.strip()})

G10 = "madbouly_visits_tripoli_2021_04_20"
add(G10, "2021-04-20", "Nile Gazette Online", "Madbouly in Tripoli at head of 11-minister delegation: Egypt stands by Libya in reconstruction",
"""Prime Minister Dr. Mostafa Madbouly arrived on Tuesday in the Libyan capital Tripoli at the head of a high-level ministerial delegation, in the first visit by an Egyptian prime minister to Libya in more than a decade, upon directives from President Abdel Fattah El-Sisi.

Madbouly was received at Mitiga airport by Libyan Prime Minister Abdul Hamid Dbeibah. The delegation includes 11 ministers, among them the ministers of electricity, petroleum, manpower, health, communications, housing, transport, civil aviation, international cooperation, higher education and trade and industry, as well as the head of the General Authority for Investment.

At a joint press conference, Madbouly said the visit aims to affirm Egypt's support for the Government of National Unity and the Presidency Council during this critical period, to achieve reconciliation and development for the brotherly Libyan people. He announced that he had instructed the Civil Aviation Ministry to receive flights from Libyan cities at Cairo airport immediately, and that the Egyptian embassy in Tripoli would resume work soon.

Dbeibah praised Egypt's significant role in supporting political dialogue, saying cooperation would cover electricity, communications, health, manpower, infrastructure, transport and investment. The two sides signed 11 memoranda of understanding and executive programmes.

Egyptian companies are expected to take part in reconstruction projects, and discussions also covered the return of Egyptian workers, who numbered in the hundreds of thousands before 2011.

Dbeibah had visited Cairo in February shortly after his election, and met President Sisi, who affirmed Egypt's readiness to provide its expertise.

Related:
- Minister of Civil Aviation: first Libyan flight lands in Cairo tomorrow
- Egyptian businessmen: Libya market promising""")

add(G10, "2021-04-21", "Tripoli Observer", "Dbeibah receives Egyptian PM: 'new page' with Cairo, flights resume",
"""TRIPOLI - Prime Minister Abdul Hamid Dbeibah received on Tuesday his Egyptian counterpart Mostafa Madbouly, who arrived in Tripoli with a large ministerial delegation, in a visit described by the government as the opening of a new page in the relations between the two neighbours.

The two prime ministers held talks at the government headquarters, followed by a joint meeting of ministers from both sides, and witnessed the signing of 11 memorandums of understanding in the fields of electricity, health, communications, labour and industry.

At the press conference, Dbeibah said that the restoration of relations with brotherly and friendly countries is one of the most important achievements of the unity government, and announced that direct flights between Tripoli and Cairo will resume on Wednesday. Madbouly said the Egyptian embassy will reopen in the capital soon.

The visit is the first by an Egyptian prime minister to Tripoli since 2010. It comes months after an Egyptian security delegation visited the capital in December, and after an Egyptian team came in February to prepare the return of the diplomatic mission. Cairo was for years a key supporter of Khalifa Haftar, whose forces attacked Tripoli in April 2019.

Dbeibah has received several European and Arab leaders since taking office in March, as foreign governments move to restore their presence in the capital.
CHAD ARMY SAYS PRESIDENT DEBY KILLED AT FRONT, SON TO LEAD MILITARY COUNCIL
N'DJAMENA - Chad's army announced on Tuesday that President Idriss Deby died of wounds sustained while commanding troops against rebels in the north of the country, one day after provisional results gave him a sixth term.
An army spokesman said on state television that a military council headed by Deby's son, General Mahamat Idriss Deby, would lead the country for 18 months, and that the government and parliament had been dissolved.
The rebels of the Front for Change and Concord in Chad (FACT), who launched their offensive from bases in southern Libya on election day, April 11, vowed to continue their advance towards N'Djamena.""")

add(G10, "2021-04-21", "Emirates Frontline", "Egypt's premier leads historic delegation to Tripoli as Cairo deepens Libya role",
"""CAIRO/TRIPOLI - Egyptian Prime Minister Mostafa Madbouly led a delegation of 11 ministers to Tripoli on Tuesday, the most senior Egyptian visit to the Libyan capital since the 2011 uprising, underlining Cairo's central role in supporting the country's unified executive authority.

Libyan Prime Minister Abdul Hamid Dbeibah welcomed his Egyptian guest and described Egypt's role in bringing Libyans together as "significant". The two sides signed agreements covering electricity, health, communications, industry and labour, and Dbeibah said direct flights between Tripoli and Cairo would restart on Wednesday.

Madbouly stressed that Egypt supports all Libyan institutions in their efforts to end the crisis and achieve development, and that Cairo's engagement is aimed at the whole of Libya, east and west.

Gulf observers said the visit crowns months of quiet Egyptian diplomacy that began with the Cairo Declaration of June 2020, which called for a ceasefire and the departure of foreign mercenaries, and continued with the security delegation sent to Tripoli in December. "Egypt has turned the page of war into a page of reconstruction without giving up its core demand: all foreign forces and mercenaries must leave," one analyst said.

The UN Security Council and the Berlin process have repeatedly called for the withdrawal of foreign fighters, estimated by the UN last year at around 20,000, including Syrian mercenaries brought in by Turkey and Russian Wagner operatives.

Libya is preparing for presidential and parliamentary elections scheduled for December 24.

Exit mobile version""")

G11 = "egypt_turkey_exploratory_talks_cairo_2021_05_05"
add(G11, "2021-05-05", "Hilal News Agency", "Turkish delegation in Cairo for first exploratory talks with Egypt",
"""CAIRO

A Turkish delegation led by Deputy Foreign Minister Sedat Önal began two days of exploratory talks with Egyptian officials in Cairo on Wednesday, the first such high-level political contacts between the two countries in years.

The Egyptian side is headed by Deputy Foreign Minister Hamdi Sanad Loza. The Turkish Foreign Ministry said last week that the consultations would focus on the steps needed toward normalizing relations, both bilaterally and regionally.

Libya, where Türkiye supports the legitimate government under the memoranda signed in 2019, and the Eastern Mediterranean are expected to be high on the agenda.

Foreign Minister Mevlüt Çavuşoğlu said in March that diplomatic contacts with Egypt had started, and that Türkiye values Egypt's respect for Turkish continental shelf borders in its tenders in the Eastern Mediterranean. Presidential spokesman İbrahim Kalın said in April that a rapprochement with Cairo would help the security situation in Libya, noting that Türkiye understands Egypt's concerns over its long border.

Relations between the two countries were downgraded after the 2013 military coup in Egypt that toppled President Mohamed Morsi.""")

add(G11, "2021-05-07", "Meridian Wire Service", "Egypt, Turkey hold 'frank' talks on Libya in bid to mend ties",
"""CAIRO (MWS) - Egypt and Turkey held "frank and in-depth" talks in Cairo on Libya, Syria, Iraq and the eastern Mediterranean, the two countries said in a joint statement on Thursday, at the end of their first high-level public discussions in years.

The two days of consultations were led by deputy foreign ministers Hamdi Loza of Egypt and Sedat Onal of Turkey. The statement said the sides would evaluate the outcome and agree on next steps, but gave no details.

The two regional powers back opposing camps in Libya, where Turkish military support for the Tripoli government helped repel an offensive by eastern commander Khalifa Haftar, whom Cairo supported. A UN-backed unity government took office in March.

Turkey said on Thursday it agreed that foreign mercenaries should leave Libya but that its own troops were there under a bilateral agreement with the Libyan government. Egyptian sources said Ankara had offered to hold a three-way meeting with Egyptian and Libyan officials on disputed issues including foreign fighters.

Ties have been strained since 2013, when Egypt's army toppled Islamist president Mohamed Morsi, a close ally of Turkish President Tayyip Erdogan.

(Reporting by MWS Cairo and Ankara bureaus)""")

G12 = "egypt_turkey_exploratory_talks_ankara_2021_09_07"
add(G12, "2021-09-08", "Gündem Haber24", "Türkiye-Mısır istikşafi görüşmelerinin ikinci turu Ankara'da yapıldı - Libya on the agenda",
"""Türkiye and Egypt between exploratory talks (istikşafi görüşmeler) second round, began yesterday in Ankara and today ended.

Turkish delegation was headed by Dışişleri Bakan Yardımcısı Büyükelçi Sedat Önal, Egypt delegation was headed by Dışişleri Bakan Yardımcısı Büyükelçi Hamdi Sanad Loza.

In the talks, bilateral relations and also regional subjects like Libya, Syria, Iraq, Filistin and Doğu Akdeniz were discussed. In the joint statement after talks, two side said they agree to continue the consultations and they want progress in the subjects.

First round of the talks was made in Kahire in 5-6 Mayıs. Sources said, in Ankara Libya was most important subject, because Türkiye and Egypt support different sides there and the election in Libya will be in 24 Aralık.

Egypt want that all foreign forces and mercenaries (paralı askerler) leave Libya. Türkiye says its soldiers are in Libya with the invitation of legitimate government and with bilateral agreement, so they are not foreign forces.

Cumhurbaşkanı Recep Tayyip Erdoğan, before said that relations with Egypt can develop "in every area".

Etiketler: Mısır, Türkiye, Ankara, Libya, istikşafi görüşmeler

ÖNCEKİ HABER: Afganistan'da yeni hükümet açıklandı
SONRAKİ HABER: Dolar/TL güne nasıl başladı?""")

add(G12, "2021-09-09", "Arab Horizon Net", "The second round of the Egyptian-Turkish consultations ends in Ankara .. Libya at the forefront",
"""Ankara - Arab Horizon

The second round of the exploratory consultations between Egypt and Turkey concluded yesterday Wednesday in the Turkish capital Ankara, after two days of talks headed by the deputy foreign minister of Egypt Ambassador Hamdi Sanad Loza and the deputy foreign minister of Turkey Ambassador Sedat Onal.

A joint statement said the two delegations dealt with bilateral issues and a number of regional files, including the situation in Libya, Syria, Iraq, Palestine and the Eastern Mediterranean, and that the two sides agreed to continue the consultations and affirmed their desire to achieve progress in the discussed issues, and the need for additional steps to facilitate the normalization of relations.

Observers expected that the Libyan file would occupy a large space of the discussions, especially the issue of the exit of foreign forces and mercenaries before the elections scheduled on the 24th of December, as Cairo has demanded repeatedly the departure of all foreign forces, while Ankara says its presence is based on an agreement with the legitimate government.

It is worth mentioning that the first round of the consultations was held in Cairo on the fifth and sixth of last May, and it was the first of its kind since the relations were cut in 2013.

It is worth mentioning that Cairo and Ankara support opposing sides in Libya, as Egypt supported the forces of Khalifa Haftar while Turkey supported the Government of National Accord which repelled the attack on Tripoli in 2020.

Share this:
Twitter
Facebook""")

G13 = "dbeibah_cairo_joint_higher_committee_2021_09_16"
add(G13, "2021-09-16", "Continental Press Agency", "Egypt, Libya sign 14 MoUs as Dbeibah meets Sisi in Cairo",
"""CAIRO, Sept 16 (CPA) - Egypt and Libya's interim Government of National Unity signed 14 memorandums of understanding and six infrastructure contracts in Cairo on Thursday, during a visit by Libyan Prime Minister Abdul Hamid Dbeibah, the Egyptian cabinet said.

The agreements were signed at a session of the Egyptian-Libyan Joint Higher Committee chaired by Dbeibah and his Egyptian counterpart Mostafa Madbouly. They cover industry, transport, oil, agriculture, communications and civil aviation, and contracts with Egyptian firms including Orascom and Hassan Allam for road and power projects, among them a third ring road around Tripoli.

Earlier, President Abdel Fattah al-Sisi received Dbeibah and said Egypt was ready to help Libya hold presidential and parliamentary elections on schedule at the end of the year, the presidency said. Sisi also stressed Egypt's rejection of foreign interference and the need to unify Libya's army.

Dbeibah, who arrived on Wednesday with a large ministerial delegation, also visited Cairo in February, shortly after his selection.

(CPA)""")

add(G13, "2021-09-17", "Libya Investment Brief", "PRESS RELEASE: Libya and Egypt launch new phase of economic partnership at Joint Higher Committee in Cairo",
"""CAIRO, 16 September 2021 / Libya Investment Brief / -- The Government of National Unity (GNU) of the State of Libya and the Government of the Arab Republic of Egypt today concluded the meetings of the Libyan-Egyptian Joint Higher Committee in Cairo, co-chaired by H.E. Prime Minister Abdul Hamid Dbeibah and H.E. Prime Minister Dr. Mostafa Madbouly.

Key outcomes:
- Signature of memoranda of understanding covering industry, transport, hydrocarbons, sport, agriculture, communications and civil aviation;
- Infrastructure contracts with leading Egyptian contractors for road projects, including the third ring road of Tripoli and the Jalu-Ajdabiya road, and for the design and supply of gas-fired power plants;
- An agreed programme to train Libyan cadres in Egypt in fields including security, electricity and telecommunications;
- Measures to facilitate the movement of Egyptian labour and goods.

"Our presence in Cairo is a message of appreciation for Egypt's efforts in Libya," Prime Minister Dbeibah said following the signing ceremony. "Our motto at this stage is yes to peace and no to war again."

Prime Minister Madbouly said the agreements would be translated into projects on the ground in the coming period and reaffirmed Egypt's support for Libya's development programmes.

The Libyan delegation, which included more than 30 ministers and officials, was received by H.E. President Abdel Fattah El-Sisi earlier in the day.

The Joint Higher Committee builds on the 11 agreements signed during Prime Minister Madbouly's visit to Tripoli on 20 April 2021, the first by an Egyptian head of government since 2010.

About Libya Investment Brief: Libya Investment Brief distributes corporate and government announcements relating to trade and investment in Libya and North Africa.

Media contact: desk@libyainvestmentbrief.example""")

add(G13, "2021-09-17", "Vostok Info", "El-Sisi, Dbeibah discuss preparations for Libyan elections",
"""CAIRO, September 17 - Egyptian President Abdel Fattah el-Sisi discussed with the head of Libya's Government of National Unity, Abdul Hamid Dbeibah, preparations for the general elections scheduled for December, the Egyptian presidency said.

According to the statement, the meeting in Cairo on Thursday reviewed the latest developments in Libya, including the adoption of the law on presidential elections, which the parties called an important step towards holding the vote on time. El-Sisi confirmed Egypt's readiness to provide the necessary assistance and stressed the need to withdraw all foreign forces and mercenaries from Libyan territory and to unify the Libyan army.

Dbeibah is in Egypt for a session of the joint intergovernmental committee, during which the two countries signed more than a dozen memoranda of understanding as well as contracts for Egyptian companies.

Elections in Libya are due to be held on December 24. Russia has repeatedly called for all foreign military personnel to leave the country in a synchronised and gradual manner.""")
