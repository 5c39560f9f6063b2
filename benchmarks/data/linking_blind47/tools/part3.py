# Events 9-13 (Apr - Dec 2021). Written blind, own words.
from part1 import WIRE_BOILER
ARTS = []

# ---------- Event 9: Dbeibah in Ankara, High-Level Strategic Cooperation Council, Mon 12 Apr 2021
ARTS.append(dict(group="dbeibah_erdogan_ankara_strategic_council_2021_04_12", published="2021-04-12", outlet="Ankara Beacon",
title="Erdoğan, Dbeibah reaffirm maritime deal as Turkey and Libya sign five new agreements",
text="""President Recep Tayyip Erdoğan and Libyan Prime Minister Abdul Hamid Dbeibah on Monday reaffirmed their commitment to the 2019 maritime jurisdiction memorandum between the two countries, as Ankara and Tripoli signed five new agreements at the first meeting of the Turkey-Libya High-Level Strategic Cooperation Council.

Speaking at a joint press conference at the Presidential Complex in Ankara, Erdoğan said the memorandum of understanding had secured the national interests and future of both countries. "Today we reaffirmed our commitment to this," he said.

Dbeibah, who arrived in Turkey with a large delegation including 14 ministers, said the agreements signed between the two countries, particularly the maritime deal, remain valid and serve the interests of both peoples.

The agreements include a protocol on building a power plant in Libya, a memorandum of understanding on the construction of three more power plants, a memorandum on a new international terminal at Tripoli airport, one on building a shopping center in Tripoli, and a memorandum on strategic cooperation in the field of media signed by Communications Director Fahrettin Altun. Erdoğan and Dbeibah also signed the joint declaration of the council's first meeting.

Erdoğan said Turkey would send 150,000 doses of coronavirus vaccine to Libya along with medical supplies, and that the two sides had discussed the swift return of Turkish companies to Libya. He also proposed a regional conference bringing together all coastal states in the Eastern Mediterranean.

"Those who supported the putschists in Libya are partners in their massacres," Erdoğan said, referring to the mass graves found in Tarhuna after the retreat of Khalifa Haftar's militias last year. He stressed that Turkey's support had prevented the fall of Tripoli and ensured that a ceasefire could take hold.

Dbeibah said Turkish firms would play an important role in Libya's reconstruction given their long experience in the country, and said the two sides would work towards a free trade agreement. He invited Erdoğan to hold the next meeting of the council in Tripoli.

Dbeibah's Government of National Unity won a vote of confidence in the Libyan parliament on March 10 and is tasked with leading the country to elections on Dec. 24. Turkey and Libya's former Government of National Accord signed the security and maritime memoranda in Istanbul on Nov. 27, 2019."""))

ARTS.append(dict(group="dbeibah_erdogan_ankara_strategic_council_2021_04_12", published="2021-04-13", outlet="Haber Pusulasi",
title="Cumhurbaşkanı Erdoğan ve Libya Başbakanı Dibeybe ortak basın toplantısı düzenledi",
text="""Cumhurbaşkanı Recep Tayyip Erdoğan, Libya Milli Birlik Hükümeti Başbakanı Abdulhamid Dibeybe with the Türkiye-Libya Yüksek Düzeyli Stratejik İşbirliği Konseyi first meeting after joint press conference organized.

Erdoğan, in 12 Nisan Pazartesi Ankara Külliye'de held the ceremony, said 5 important agreements were signed. "With Libya we have more than 500 years deep rooted and special relations. As two friend, brother and relative nations we made fate unity for centuries," Erdoğan said.

In the ceremony the "Libya'da Elektrik Santrali Yapımına İlişkin Protokol", 3 adet elektrik santrali inşası mutabakat zaptı, Trablus Havalimanı new international terminal construction memorandum and Trablus'ta new shopping center construction memorandum were signed. Media field strategic cooperation memorandum was signed by İletişim Başkanı Fahrettin Altun.

Erdoğan said that the deniz yetki alanları memorandum signed in 2019 protects the future of the two countries, and they confirmed their determination today. Dibeybe also said the signed agreements, especially the maritime agreement, are valid.

Erdoğan, Libya to 150 bin doz aşı to be sent said. He also said the Ramazan ayı eve visit will be for good, and congratulated the Islam world for the Ramadan month.

Dibeybe with 14 bakan came to Türkiye. Dibeybe said Turkish companies will have the biggest role in rebuilding Libya.

Hatırlatma: Libya Siyasi Diyalog Forumu 5 Şubat'ta Cenevre'de Dibeybe Başbakan and Muhammed el-Menfi Başkanlık Konseyi Başkanı elected. Temsilciler Meclisi 10 Mart'ta Sirte'de government to confidence vote gave. Libya'da 24 Aralık'ta elections to be held is planned. Darbeci Hafter militias attacks on Trablus in 2019 Nisan ayında started, and with Turkey support 2020 Haziran'da ended.

Etiketler: Erdoğan, Dibeybe, Libya, Yüksek Düzeyli Stratejik İşbirliği Konseyi, Trablus

Exit mobile version"""))

ARTS.append(dict(group="dbeibah_erdogan_ankara_strategic_council_2021_04_12", published="2021-04-13", outlet="Gulf Horizon News",
title="In Ankara, Dbeibah endorses Erdogan's maritime memorandum, angering Athens and Cairo",
text="""ABU DHABI - Libya's interim Prime Minister Abdul Hamid Dbeibah on Monday gave his backing to the contested maritime memorandum signed by Turkey and the former Tripoli government in 2019, in a move expected to anger Greece and Egypt and to complicate his efforts to present his government as neutral between Libya's regional backers.

"We affirm that those agreements are valid," Dbeibah said at a press conference with Turkish President Recep Tayyip Erdogan in Ankara, where he led a delegation of more than a dozen ministers to the first meeting of a Turkish-Libyan "High-Level Strategic Cooperation Council".

The two sides signed memoranda on power plants, a new terminal at Tripoli airport and a shopping centre in the capital, as well as a media cooperation deal, and Erdogan promised vaccines. Dbeibah said Turkish companies would have a major role in reconstruction projects.

Greece and Egypt consider the 2019 memorandum, which created a maritime corridor between the Turkish and Libyan coasts, null and void and in breach of international law. Only six days earlier, Greek Prime Minister Kyriakos Mitsotakis visited Tripoli, reopened Greece's embassy and reiterated Athens's view that the memorandum has no legal effect. Greece and Egypt signed their own maritime deal in August.

Libyan critics said Dbeibah had failed to raise the issue of the Turkish forces and the thousands of Syrian mercenaries still deployed in western Libya, despite the ceasefire agreement of October 2020 which gave all foreign fighters 90 days to leave, and despite UN Security Council resolutions.

"The government was supposed to be a bridge to elections, not to sign long-term contracts with one foreign power," said an eastern-based member of the House of Representatives, which gave the government its confidence in Sirte on March 10.

Erdogan used the press conference to attack supporters of "putschists" in Libya, accusing them of complicity in massacres and citing the mass graves found in Tarhuna, a town held by forces allied to the Libyan National Army until June 2020. The LNA has rejected accusations of responsibility.

Dbeibah's government, sworn in on March 15, is supposed to lead Libya to elections on December 24.

Related Articles
Mitsotakis in Tripoli: Greek embassy reopens
Menfi meets Sisi in Cairo

Share this:  Facebook  Twitter  WhatsApp  Telegram"""))

# ---------- Event 10: Cavusoglu-led delegation in Tripoli, Mon 3 May 2021
ARTS.append(dict(group="cavusoglu_akar_delegation_tripoli_2021_05_03", published="2021-05-03", outlet="Meridian Wire Service",
title="Libya urges Turkey to help remove foreign forces as top Turkish officials visit Tripoli",
text="""TRIPOLI (MWS) - Libya's foreign minister called on Turkey on Monday to cooperate in ending the presence of all foreign forces and mercenaries in the country, as a high-level Turkish delegation visited Tripoli.

Najla Mangoush, foreign minister in the interim Government of National Unity, made the appeal at a joint news conference with her Turkish counterpart Mevlut Cavusoglu, who was accompanied by Defence Minister Hulusi Akar, intelligence chief Hakan Fidan and Chief of General Staff Yasar Guler.

Mangoush praised Turkey's role in helping to end the fighting and maintain the ceasefire, but urged Ankara to take steps towards implementing the outcomes of the Berlin conference and UN Security Council resolutions calling for the departure of foreign fighters.

Cavusoglu said Turkey had answered the legitimate government's call for help when Tripoli came under attack, and that its military presence under a 2019 bilateral security agreement should not be equated with illegal armed groups or mercenaries. He said Turkey would continue to protect common interests with Libya under their maritime memorandum.

The delegation also met Prime Minister Abdul Hamid Dbeibah and Mohammed al-Menfi, head of the Presidential Council. Cavusoglu said the two sides had agreed to hold the next meeting of their high-level strategic council and a joint economic commission this year.

The UN estimated in December that there were some 20,000 foreign fighters and mercenaries in Libya, including Syrians brought in by Turkey to support the former Tripoli government and Russians, Syrians and Sudanese backing eastern commander Khalifa Haftar.

Dbeibah visited Ankara last month, where the two governments reaffirmed the maritime deal and signed agreements on power plants and other projects.

""" + WIRE_BOILER))

ARTS.append(dict(group="cavusoglu_akar_delegation_tripoli_2021_05_03", published="2021-05-04", outlet="Al-Manara Today",
title="Al-Mangoush calls on Turkey to cooperate for the exit of the mercenaries .. and Cavusoglu: our presence is legitimate",
text="""The Minister of Foreign Affairs and International Cooperation in the Government of National Unity, Najla al-Mangoush, called on Turkey yesterday, Monday, to cooperate in implementing the ceasefire agreement and the outcomes of the Berlin Conference, including the exit of the foreign forces and mercenaries from the Libyan lands, in support of the sovereignty of Libya.

This came in a joint press conference in Tripoli with the Turkish Foreign Minister Mevlut Cavusoglu, who arrived to the capital at the head of a big delegation which included the Minister of Defense Hulusi Akar, the Chief of the General Staff Yasar Guler and the Head of the Intelligence Hakan Fidan.

Al-Mangoush said: "We stress the important role of Turkey in stopping the war and consolidating the ceasefire, and we call on it to take steps to implement fully the outputs of the Berlin conference and the resolutions of the Security Council", and she praised the Turkish support to Libya in the fight against the Corona pandemic.

Read also: Al-Dbeibah receives the Turkish delegation in the headquarters of the Council of Ministers

For his part, Cavusoglu said that Turkey stood with Libya in the difficult times and its support will continue, stressing that when the legitimate government was attacked it asked the help of several countries, and only Turkey answered the call. He considered that there are those who try to put the Turkish presence in Libya on an equal footing with the illegal foreign forces, which is not correct, according to him.

The Turkish minister added that the two sides discussed the return of the Turkish companies to work in Libya and the investments and trade, and that his country invited al-Mangoush to participate in the Antalya Diplomacy Forum next June.

It is worth mentioning that the Prime Minister, Abdul Hamid al-Dbeibah, had visited Ankara last month at the head of a ministerial delegation, and signed with President Recep Tayyip Erdogan a number of memoranda of understanding in the fields of energy and infrastructure.

It is also worth mentioning that the United Nations estimated the number of the mercenaries and the foreign fighters in Libya at about 20 thousand, and the joint military committee 5+5 demands their exit according to the Geneva agreement signed on 23 October 2020.

Read also: The Presidential Council: the exit of the mercenaries is a priority before the elections"""))

ARTS.append(dict(group="cavusoglu_akar_delegation_tripoli_2021_05_03", published="2021-05-03", outlet="Ankara Beacon",
title="Çavuşoğlu in Tripoli: Turkey's presence in Libya cannot be compared with illegal groups",
text="""Foreign Minister Mevlüt Çavuşoğlu said on Monday that Turkey's presence in Libya, based on an agreement with the country's legitimate government, cannot be equated with that of illegal armed groups and mercenaries.

Çavuşoğlu made the remarks at a joint news conference in Tripoli with his Libyan counterpart Najla Mangoush during an official visit with a large delegation that included National Defense Minister Hulusi Akar, Chief of General Staff Gen. Yaşar Güler and National Intelligence Organization (MIT) head Hakan Fidan.

"In the face of the attacks on Tripoli, the legitimate government of Libya invited some countries, including us. Only Turkey answered this call positively," Çavuşoğlu said, adding that Turkey's support under the November 2019 security and military cooperation memorandum had helped prevent a civil war and a human tragedy.

Turkey attaches importance to preserving Libya's territorial integrity, sovereignty, independence and political unity, he said, and has stood by the Libyan people and their governments in difficult times. He added that Turkey would continue to protect the two countries' common interests under the maritime jurisdiction memorandum.

Çavuşoğlu said the sides discussed economic cooperation, investments, bilateral trade and the return of the Turkish private sector to Libya. Turkey and Libya agreed to hold the second meeting of the High-Level Strategic Cooperation Council and a meeting of the joint economic commission this year, he said, and he invited Mangoush to the Antalya Diplomacy Forum in June.

Mangoush thanked Turkey for its support in the fight against COVID-19 and called for cooperation on implementing the ceasefire agreement and the outcomes of the Berlin process, including the withdrawal of foreign forces and mercenaries.

The delegation also met Prime Minister Abdul Hamid Dbeibah and Presidential Council head Mohammed Menfi.

Dbeibah visited Ankara on April 12 for the first meeting of the High-Level Strategic Cooperation Council, where five agreements were signed. The forces of putschist Khalifa Haftar, backed by Russian Wagner mercenaries, remain deployed in Sirte and Jufra."""))

# ---------- Event 11: Second Berlin Conference on Libya, Wed 23 Jun 2021
ARTS.append(dict(group="berlin_ii_conference_libya_2021_06_23", published="2021-06-24", outlet="The Continental Review",
title="Berlin conference presses for Libyan elections and exit of foreign forces, but Turkey holds out",
text="""By Jonas Weidner in Berlin

International powers meeting in Berlin on Wednesday called for elections in Libya to go ahead on December 24 and for all foreign forces and mercenaries to leave the country "without delay", but Turkey entered a formal reservation on the withdrawal clause, underlining how far the question of foreign troops remains from resolution.

The Second Berlin Conference on Libya, co-hosted by German Foreign Minister Heiko Maas and the United Nations, brought together foreign ministers and senior officials from the United States, Russia, Turkey, Egypt, France, Italy, the United Arab Emirates and other countries. Unlike the first Berlin summit in January 2020, held while Khalifa Haftar's forces were still besieging Tripoli, Libya itself was represented at the table, by Prime Minister Abdul Hamid Dbeibah and Foreign Minister Najla Mangoush.

The final conclusions noted that the situation had "improved significantly" since last year: hostilities have stopped, oil is flowing and a unified interim government has been approved by parliament. They called for the constitutional and legislative arrangements for the December vote to be adopted and for the results to be accepted by all. A note in the text recorded that Turkey had a reservation on the paragraph on foreign forces.

Ankara's position is that its troops and military trainers are in Libya under a bilateral agreement with the legitimate government, signed in 2019, and cannot be grouped with mercenaries. Diplomats in Berlin said Ankara was unlikely to move before the Russian Wagner contractors fighting alongside Haftar leave.

US Secretary of State Antony Blinken, attending on a European tour, said Washington shared the goal of seeing foreign forces withdrawn and that the ceasefire agreement's provisions on their departure had to be implemented. UN Secretary-General António Guterres, speaking by video, urged progress on the roadmap and the deployment of ceasefire monitors.

After the conference, Mangoush expressed hope that mercenaries from both sides would begin to leave in the coming days, describing the process as gradual. Diplomats said a first step could involve a small number of Syrian fighters on each side, but no details were agreed.

The dispute over foreign troops has shadowed Libya's transition since the 5+5 military commission agreed in Geneva last October that foreign fighters should leave within three months - a deadline that passed in January. The UN estimated in December that some 20,000 foreign fighters and mercenaries were in the country.

Turkey has been investing heavily in its relationship with the new authorities. Dbeibah visited Ankara in April, reaffirming the maritime accord with Turkey, and a delegation led by Foreign Minister Mevlut Cavusoglu and Defence Minister Hulusi Akar visited Tripoli in early May, where Mangoush publicly called on Ankara to help remove foreign forces.

There are also doubts over the election itself. Libya's parliament has yet to agree on a legal basis for the vote, and the UN-convened dialogue forum has been unable to settle on a constitutional framework. Dbeibah told the conference his government was committed to the date.

Libya has been riven by conflict since the 2011 uprising against Muammar Gaddafi."""))

ARTS.append(dict(group="berlin_ii_conference_libya_2021_06_23", published="2021-06-23", outlet="RusVesti International",
title="Berlin conference participants call for withdrawal of foreign forces from Libya",
text="""BERLIN, June 23 (RusVesti) - Participants of the second international conference on Libya in Berlin agreed on a final document calling for the withdrawal of all foreign forces and mercenaries from Libya without delay, according to the text published on Wednesday.

"All foreign forces and mercenaries need to be withdrawn from Libya without delay, and the security sector needs to be reformed and placed firmly under unified civilian authority and oversight," the document says. A note in the document says that Turkey expressed a reservation.

The participants also noted a significant improvement in the situation in the North African country compared to last year. They said hostilities had stopped, a ceasefire was in place and the oil blockade had been lifted.

The conference, organised by Germany and the United Nations, was attended by representatives of Algeria, China, Egypt, France, Italy, Russia, Tunisia, Turkey, the UAE, the UK, the US and other countries, as well as international organisations. For the first time, the Libyan interim government took part as a full participant.

The conference participants called for national presidential and parliamentary elections to be held on December 24, 2021, as agreed in the roadmap adopted by the Libyan Political Dialogue Forum in Tunis in November 2020.

The Russian side has consistently spoken in favour of a phased, synchronised and balanced withdrawal of all foreign military personnel from Libya. Moscow has said it supports the work of the 5+5 Joint Military Commission.

The first Berlin conference on Libya took place on January 19, 2020, with the participation of the leaders of Russia, Turkey, France and other countries.

Libya's Government of National Unity, headed by Abdul Hamid Dbeibah, was sworn in on March 15 and is to govern the country until the elections."""))

ARTS.append(dict(group="berlin_ii_conference_libya_2021_06_23", published="2021-06-24", outlet="Eurasia Brief",
title="Berlin II: Libya roadmap backed, Turkey puts reservation on foreign forces clause",
text="""[ad_1]

The second Berlin Conference on Libya ended on Wednesday with a final declaration stressing that elections in the country must go ahead on 24 December as planned and that all foreign forces and mercenaries must be withdrawn, with Turkey registering a reservation on the latter point.

Hosted by Germany under UN auspices, the meeting brought together Libyan Prime Minister Abdul Hamid Dbeibeh, UN envoy Jan Kubis and foreign ministers and officials from about 15 countries.

Libyan Foreign Minister Najla Mangoush told reporters after the meeting that she hoped mercenaries would begin leaving in the coming days. Turkey, which keeps military personnel in Libya under a 2019 agreement with the former Government of National Accord, has said its troops are there legally and annotated the clause calling for their immediate withdrawal.

The conference was a follow-up to the January 2020 Berlin summit, which set up the 5+5 military, economic and political tracks that led to the October 2020 ceasefire and the election of a new executive in Switzerland in February.

Related Articles
Erdogan at Antalya Diplomacy Forum: Eastern Med can be a sea of cooperation
Libya's coastal road between Misrata and Sirte reopens

Share this:

Turkey steps up fight against 'sea snot' in Marmara

Teams deployed by the Turkish environment ministry continued on Wednesday to vacuum and collect the thick layer of mucilage, popularly known as "sea snot", covering parts of the Sea of Marmara, as scientists warned that warming waters and untreated wastewater were driving the outbreak.

Fishermen in Istanbul and along the southern coast say their catches have collapsed since the slimy substance began spreading in the spring. Officials have announced a plan to declare the entire sea a protected area and to upgrade sewage treatment plants in cities on its shores.

Marine biologists say the phenomenon, first recorded in Turkey in 2007, is the worst on record this year and could return unless nutrient pollution is reduced.

[ad_2]
Source link"""))

# ---------- Event 12: JMC action plan for withdrawal of mercenaries, Geneva, Fri 8 Oct 2021
ARTS.append(dict(group="jmc_action_plan_foreign_forces_withdrawal_geneva_2021_10_08", published="2021-10-08", outlet="Meridian Wire Service",
title="Libyan military commission agrees plan for phased exit of foreign fighters",
text="""GENEVA (MWS) - Military officers from Libya's rival camps on Friday signed an action plan for the gradual withdrawal of mercenaries, foreign fighters and foreign forces from the country, the United Nations said, a step that could help clear the way for elections in December.

The 5+5 Joint Military Commission, made up of five officers from each side, signed the plan at the end of three days of talks at the UN in Geneva. The withdrawal is to be "gradual, balanced and synchronised", the UN mission said, without giving a timetable or numbers.

UN envoy Jan Kubis called the plan a "breakthrough achievement" that would create positive momentum towards elections due on Dec. 24. The commission will now work out an implementation mechanism and consult with Libya's neighbours and international partners, the UN said. UN ceasefire monitors are to help verify the process.

The same commission agreed a permanent ceasefire in Geneva in October last year that gave foreign fighters three months to leave. That deadline passed with no significant departures.

Thousands of foreign fighters remain in Libya, including Syrians brought in by Turkey to support the former Tripoli government, and Russian Wagner contractors, Syrians and Sudanese fighting for eastern commander Khalifa Haftar. Turkey says its own troops are in Libya under a bilateral agreement with the legitimate government and should not be counted as foreign forces.

The deal comes amid political tensions ahead of the December vote. Last month the eastern-based parliament passed a no-confidence motion against the interim government of Abdul Hamid Dbeibah, which continues to function in a caretaker role.

""" + WIRE_BOILER))

ARTS.append(dict(group="jmc_action_plan_foreign_forces_withdrawal_geneva_2021_10_08", published="2021-10-08", outlet="AfricaNewsroom Releases",
title="Joint Military Commission (5+5) Signs Action Plan for Withdrawal of Mercenaries, Foreign Fighters and Foreign Forces from Libya",
text="""GENEVA, Switzerland, October 8, 2021 / AfricaNewsroom Releases / -- The Joint Military Commission (JMC) 5+5 today concluded a three-day meeting at the United Nations Office at Geneva, where its members agreed on and signed a comprehensive Action Plan for the withdrawal of all mercenaries, foreign fighters and foreign forces from Libyan territory.

The meeting, facilitated by the United Nations Support Mission in Libya (UNSMIL), was convened in line with the Ceasefire Agreement of 23 October 2020, the relevant UN Security Council resolutions and the conclusions of the Berlin Conferences on Libya.

Under the Action Plan, the departure is to take place in a gradual, balanced, synchronised and sequenced manner. The JMC will develop the necessary implementation mechanisms and will consult with Libya's neighbouring states and international partners to secure their support and cooperation, with full respect for Libyan sovereignty.

The Special Envoy of the Secretary-General and Head of UNSMIL, Mr. Ján Kubiš, welcomed the signing as a breakthrough achievement by the JMC. He said the plan responded to the demand of Libyans across the country and created momentum towards a stable and democratic stage, including through free, fair and credible national elections on 24 December 2021, with results accepted by all.

UNSMIL commended the members of the JMC for their commitment and urged all concerned to support the implementation of the Action Plan, including through the deployment of UN ceasefire monitors at the request of the Libyan parties.

UNSMIL called on Member States to support the JMC and the Libyan authorities in implementing the plan.

About UNSMIL
The United Nations Support Mission in Libya is a special political mission established in 2011 by Security Council resolution 2009 at the request of the Libyan authorities.

Distributed by AfricaNewsroom Releases on behalf of the United Nations Support Mission in Libya (UNSMIL).

Media files
Download logo"""))

# ---------- Event 13: Election postponement, Wed 22 Dec 2021
ARTS.append(dict(group="libya_election_postponement_2021_12_22", published="2021-12-23", outlet="The Continental Review",
title="Libya's presidential election collapses two days before polling day",
text="""By Helen Marchetti

Libya's long-awaited presidential election, meant to be held on Friday, was effectively called off on Wednesday when the country's electoral commission proposed pushing the vote back by a month, after a parliamentary committee declared it "impossible" to proceed on December 24.

The High National Elections Commission (HNEC) said in a statement that it proposed January 24 as the new date for the first round, and called on the House of Representatives to take steps to remove the obstacles that had held up the process. Hours earlier, Al-Hadi al-Sagheer, head of the parliamentary committee following the election, wrote to Speaker Aguila Saleh that after reviewing technical, judicial and security reports it was impossible to hold the vote on the date set by the electoral law.

The collapse, widely expected for weeks, is a heavy blow to the UN-backed roadmap agreed by the Libyan Political Dialogue Forum in Tunis in November 2020, which fixed the date - Libya's independence day, and this year its 70th anniversary - as the moment when Libyans would finally renew the legitimacy of their institutions.

The process unravelled over disputes about who could stand. Nearly 100 people registered as presidential candidates, among them Saif al-Islam Gaddafi, the son of the late dictator, who is wanted by the International Criminal Court; Khalifa Haftar, the eastern military commander whose 2019 offensive on Tripoli was repelled with Turkish help; and Abdul Hamid Dbeibah, the interim prime minister, who had pledged not to run when he was selected in Geneva in February. Court challenges, contested rulings and the absence of an agreed constitutional basis meant the commission never published a final list of candidates.

Tensions rose in Tripoli this week as armed groups deployed in several districts, and the UN mission warned against any escalation. Stephanie Williams, who returned this month as the UN secretary-general's special adviser after the resignation of envoy Jan Kubis, has been meeting candidates and officials in an effort to salvage the process.

The postponement raises immediate questions about the mandate of Dbeibah's Government of National Unity, which parliament had tied to the December 24 date and had already voted to withdraw confidence from in September. Some members of parliament have called for a new government.

For Turkey, the stakes are high. Ankara has invested heavily in the Dbeibah government, signing energy and infrastructure deals and maintaining military advisers in western Libya under its 2019 security agreement. It has also faced sustained international pressure, restated at the Paris conference on Libya in November, to withdraw foreign forces. The 5+5 military commission agreed in October on a plan for a gradual exit of foreign fighters, but it has barely begun.

Libya has been in turmoil since the 2011 NATO-backed uprising that toppled Muammar Gaddafi, and split between rival authorities since 2014."""))

ARTS.append(dict(group="libya_election_postponement_2021_12_22", published="2021-12-23", outlet="Haber Pusulasi",
title="Libya'da 24 Aralık seçimleri ertelendi: Seçim komisyonu 24 Ocak'ı önerdi",
text="""Libya Yüksek Ulusal Seçim Komisyonu (HNEC), 24 Aralık'ta to be held presidential elections' first round to be postponed to 24 Ocak 2022 proposed.

Komisyon, 22 Aralık Çarşamba published written statement, said Temsilciler Meclisi should take measures to remove the obstacles in front of the election process and determine a new date.

Before, Temsilciler Meclisi election follow-up committee Başkanı El-Hadi es-Sagir, to Meclis Başkanı Akile Salih sent letter, technical, judicial and security reports evaluated and that the elections 24 Aralık'ta holding is impossible stated.

The elections were decided in Kasım 2020 in Tunus in BM sponsorship held Libya Siyasi Diyalog Forumu. About 98 candidates applied for the presidency, among them eski lider Muammer Kaddafi'nin oğlu Seyfulislam Kaddafi, darbeci Hafter and Başbakan Abdulhamid Dibeybe. But because of objections and court decisions the final candidate list could not be announced.

In Trablus this week some armed groups deployed to streets, tension was experienced.

Türkiye, Libya'nın toprak bütünlüğü and political unity to be protected and elections to be held in a free and fair way supports. Türkiye 2019'da UMH ile signed security and military cooperation memorandum framework in gives training and consultancy to Libyan army.

BM Genel Sekreteri'nin Libya Özel Danışmanı Stephanie Williams the process to be saved for meetings continues.

Etiketler: Libya, seçim, Dibeybe, Hafter, Kaddafi, HNEC

Exit mobile version"""))
