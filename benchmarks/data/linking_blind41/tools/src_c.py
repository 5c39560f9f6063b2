# Article sources, part C (2021 events)
G9 = "unsc_approves_kubis_as_un_libya_envoy_2021_01_15"
G10 = "hurghada_constitutional_committee_agrees_referendum_2021_01_20"
G11 = "sisi_receives_dbeibah_cairo_2021_02_18"
G12 = "sarraj_hands_over_power_to_dbeibah_tripoli_2021_03_16"
G13 = "macron_receives_menfi_embassy_reopening_2021_03_23"
from src_a import MWS_BOILER
C = []

C.append(("J1", G9, "2021-01-16", "Meridian Wire Service",
"U.N. Security Council approves Slovak diplomat Kubis as Libya envoy",
f"""UNITED NATIONS (MWS) - The U.N. Security Council on Friday approved the appointment of veteran Slovak diplomat Jan Kubis as the United Nations envoy to Libya, diplomats said, filling a post that has been vacant for nearly a year.

Secretary-General Antonio Guterres had proposed Kubis in a letter to the 15-member council, which had until Friday evening to raise any objection. None did, diplomats said, speaking on condition of anonymity ahead of an official announcement.

Kubis, a former Slovak foreign minister, is currently the U.N. special coordinator for Lebanon and previously led U.N. missions in Afghanistan and Iraq. He will succeed Ghassan Salame, who resigned in March last year citing stress, as the fighting over Tripoli raged. Salame's deputy, Stephanie Williams of the United States, has led the mission in an acting capacity since then.

The council had approved Bulgarian diplomat Nickolay Mladenov for the role in December, but a week later he said he could not take it up for personal and family reasons. The United States had pushed for the job to be split between an envoy focused on diplomacy and a coordinator to run the mission on the ground; Zimbabwe's Raisedon Zenenga was named to the second post last month.

Williams has won wide praise for steering Libyan talks that produced a ceasefire in October and an agreement to hold national elections on December 24. The U.N. mission said on Friday there had been significant progress at a meeting of a Libyan advisory committee in Geneva working on how to choose a new interim government.

{MWS_BOILER}

(Reporting by Nadia Kessler at the United Nations; Editing by Ruth Akande)"""))

C.append(("J2", G9, "2021-01-16", "Le Maghreb Express",
"UN: Jan Kubis named envoy for Libya",
"""The UN Security Council gave on Friday its green light to the nomination of the Slovak Jan Kubis as special envoy of the United Nations for Libya, a post vacant since the resignation of Ghassan Salamé in March 2020, according to diplomatic sources.

Mr. Kubis, 68 years, current UN special coordinator for Lebanon, was proposed by secretary general Antonio Guterres after the renunciation in December of the Bulgarian Nickolay Mladenov. The American Stephanie Williams assured the interim at the head of the UN mission (MANUL)."""))

C.append(("J3", G9, "2021-01-17", "MENA Morning Brief",
"MENA Morning Brief: Kubis gets Libya job; night clashes in Tunisia; Libya talks in Geneva",
"""Good morning. Here is your Sunday round-up for January 17.

LIBYA - Kubis approved as UN envoy
The UN Security Council on Friday signed off on Jan Kubis, the Slovak diplomat now serving as UN coordinator for Lebanon, as the new head of the UN Support Mission in Libya. No member objected before the Friday evening deadline. The post has been vacant since Ghassan Salame quit last March; Stephanie Williams, who has been acting envoy, is expected to stay on through the current phase of talks. Kubis was the council's second pick in a month after Nickolay Mladenov withdrew in December.

LIBYA - Geneva advisory committee wraps up
Meanwhile the 18-member advisory committee of the Libyan Political Dialogue Forum ended four days of meetings near Geneva on Saturday with a proposal on how to select a new presidential council and prime minister. The UN mission said the proposal will be put to a vote of the full forum. Elections remain scheduled for December 24.

TUNISIA - Night clashes
Youths clashed with police overnight in several Tunisian cities, throwing stones and setting tyres alight during a four-day Covid-19 lockdown that coincided with the tenth anniversary of the 2011 revolution. Police made a number of arrests.

GULF
Saudi Arabia and Qatar continued to restore links after the January 5 Al-Ula summit ended the three-and-a-half-year boycott of Doha by Riyadh, Abu Dhabi, Manama and Cairo.

That's all for today. Send tips and feedback to the desk."""))

C.append(("J4", G9, "2021-01-17", "Aegean Monitor",
"New UN Libya envoy Kubis faces the question of Turkish troops and mercenaries",
"""We use cookies to give you the best experience. Accept | Settings

The appointment of Slovak diplomat Jan Kubis as UN special envoy for Libya, approved by the Security Council on Friday, ends almost a year without a permanent UN mediator for the country - a year in which Turkey consolidated its military presence in western Libya and drew a new maritime line across the eastern Mediterranean.

Kubis, a former Slovak foreign minister who has headed UN missions in Afghanistan and Iraq and is currently UN coordinator for Lebanon, takes over from acting envoy Stephanie Williams. The post has been empty since Ghassan Salamé stepped down in March 2020. An earlier choice, Bulgaria's Nickolay Mladenov, declined the post in December for family reasons.

For Athens, the key test for the new envoy will be whether the UN process can deliver on the withdrawal of foreign forces agreed in the October ceasefire deal signed in Geneva, which gave foreign fighters 90 days to leave the country. Diplomats say thousands of Syrian mercenaries brought by Turkey, as well as Russian contractors of the Wagner group on the other side, remain in Libya, and Ankara's parliament voted in December to extend the mandate of Turkish troops in the country by 18 months.

Greece has consistently said that the Turkish-Libyan memorandum on maritime zones signed in November 2019 is void under international law, because it ignores the presence of Crete. Athens expelled the Libyan ambassador over the deal in December 2019 and signed its own partial maritime delimitation with Egypt last August.

The appointment also comes days before Greek and Turkish officials resume exploratory talks in Istanbul on January 25, the first such round in almost five years, after months of tension over Turkish survey missions in waters Greece claims.

Libya's political process is meanwhile moving forward. A UN-backed advisory committee met in Geneva this week to propose a mechanism for choosing a new unified executive, which would lead the country to elections scheduled for December 24.

Related: Dendias: Greece ready for talks, but not on sovereignty"""))

C.append(("K1", G10, "2021-01-21", "The Nile Dispatch",
"Egypt welcomes Libyan agreement in Hurghada on constitutional referendum",
"""Egypt on Wednesday welcomed the agreement reached by the Libyan parties in the Red Sea city of Hurghada to hold a referendum on the draft constitution ahead of national elections scheduled for December 24, 2021.

In a statement, the Ministry of Foreign Affairs praised the efforts that led to the agreement, which was reached at a meeting of the Libyan constitutional committee held under the auspices of the United Nations Support Mission in Libya, and said Egypt looked forward to hosting the third and final round of the constitutional track next month with the participation of the High National Elections Commission, to set a road map for the referendum and the elections.

The constitutional committee, made up of ten members from the House of Representatives and ten from the High Council of State, met in Hurghada on Tuesday and Wednesday. Participants agreed to put to a referendum the draft constitution prepared by the Constitution Drafting Assembly, and to amend the law governing the referendum so as to adjust the threshold for adopting the constitution.

Acting UN envoy Stephanie Williams addressed the participants by video call, stressing the need to agree on the constitutional arrangements required to hold the elections on time.

Egypt has spared no effort to support a Libyan-Libyan solution. Last June President Abdel Fattah al-Sisi announced the Cairo Declaration, which called for a ceasefire, the withdrawal of foreign mercenaries, the dismantling of militias and the election of a presidential council representing Libya's three regions. Hurghada also hosted meetings of Libyan military and security officers in September, and a high-level Egyptian delegation visited Tripoli at the end of December for the first time in years.

Egypt has repeatedly warned against the Turkish military presence in western Libya and the transfer of thousands of Syrian mercenaries, stressing that the Sirte-Jufra line is a red line for its national security."""))

C.append(("K2", G10, "2021-01-21", "Libya Crescent Post",
"Hurghada: HCS and HoR delegations agree to put 2017 draft constitution to referendum",
"""[ad_1]

Delegations of the High Council of State (HCS) and the House of Representatives (HoR) agreed on Wednesday at the end of two days of talks in the Egyptian city of Hurghada to hold a referendum on the draft constitution before the general elections set for December 24.

The constitutional committee, comprising ten members from each chamber, agreed that the referendum would be on the draft adopted by the elected Constitution Drafting Assembly in Al-Bayda in July 2017, on the basis of Law No. 6 of 2018 as amended by Law No. 1 of 2019. The two sides agreed to amend Article 6 of Law No. 6 to adjust the threshold required to approve the constitution, a point long disputed between the two chambers.

The committee will meet again in Hurghada from February 9 to 11 and has invited the High National Elections Commission (HNEC) to take part in discussions on how to organise the vote. The members asked the UN Support Mission in Libya (UNSMIL) to help implement the decision and support the referendum once a date is set.

Supporters of the HCS position said the agreement could end years of attempts by the Tobruk-based parliament to bypass the draft constitution through a constitutional declaration tailored to suit Hifter's presidential ambitions. HCS chairman Khalid Al-Mishri has repeatedly said that elections must be held on a constitutional basis that prevents the return of military rule.

UNSMIL welcomed the outcome and thanked Egypt for hosting the meeting. It said both delegations had committed to holding national elections on December 24 in response to the demand of Libyans to renew the legitimacy of their institutions.

The Hurghada meeting comes days after the UN Security Council approved the appointment of Slovak diplomat Jan Kubis as the new UN envoy to Libya, and after members of the Libyan Political Dialogue Forum voted to approve a mechanism to select a new executive authority.

[ad_2]"""))

C.append(("K3", G10, "2021-01-20", "AfroNews Release Desk",
"UNSMIL welcomes outcome of Constitutional Committee meeting in Hurghada",
"""PRESS RELEASE

TRIPOLI, 20 January 2021 - The United Nations Support Mission in Libya (UNSMIL) welcomed the meeting of the Constitutional Committee formed by the House of Representatives and the High Council of State, held from 19 to 20 January in Hurghada, Egypt.

According to the Mission, the members of the two chambers agreed to hold a referendum on the constitutional proposal drafted by the Constitution Drafting Assembly before the general elections on 24 December, and agreed that the law regulating the referendum should be amended to adjust the threshold for adopting the constitution.

The two delegations agreed to resume their discussions in Hurghada from 9 to 11 February and to invite the High National Elections Commission to take part. They requested UNSMIL's assistance in supporting the referendum once its date is determined.

The Mission thanked the Egyptian authorities for hosting the meeting and commended the delegations for meeting within the framework of the roadmap agreed by the Libyan Political Dialogue Forum. It said it would continue to engage with all relevant stakeholders in support of an electoral process leading to a democratic and stable Libya.

- ENDS -

Distributed by AfroNews Release Desk on behalf of the issuer. The issuer is solely responsible for the content of this announcement."""))

C.append(("L1", G11, "2021-02-18", "The Nile Dispatch",
"Sisi receives Libya's new prime minister Dbeibah, pledges Egypt's full support",
"""President Abdel Fattah al-Sisi received on Thursday in Cairo Abdul Hamid Dbeibah, head of Libya's new Government of National Unity, in the presence of Prime Minister Mostafa Madbouly and General Intelligence chief Major General Abbas Kamel.

Presidential spokesman Bassam Radi said the President welcomed Dbeibah "in his second country, Egypt", and congratulated the new Libyan leadership once again on winning the confidence of the members of the Political Dialogue Forum, describing it as a promising start for a new phase in which all Libyan institutions work in harmony and put the national interest above every other consideration.

The President affirmed Egypt's readiness to continue supporting the brotherly Libyan people in completing the mechanisms for managing their country, stressing that the current stage requires rallying the efforts of all Libyans to restore security and stability, consolidate the pillars of the state and launch development projects that directly benefit citizens. He said Egypt was fully prepared to offer its expertise to its Libyan brothers.

For his part, Dbeibah expressed his appreciation for Egypt's sincere and effective efforts to settle the Libyan crisis, which he said had contributed to bringing the views of the Libyan parties closer. He said the Libyan government and people looked forward to a comprehensive partnership with Egypt and to benefiting from its development experience of recent years.

The meeting reviewed prospects for cooperation between the two countries, the training of Libyan cadres and the exchange of visits between senior officials, the spokesman said.

President Sisi had called Dbeibah on February 10 to congratulate him on his selection by the Libyan Political Dialogue Forum in Geneva on February 5, alongside a three-member Presidential Council headed by Mohamed al-Menfi.

Egypt has worked on all tracks to end the Libyan crisis. A high-level Egyptian delegation visited Tripoli at the end of December, and Hurghada has hosted rounds of the military and constitutional tracks. Cairo has consistently called for the exit of all mercenaries and foreign forces from Libya, foremost among them the Turkish forces and the Syrian mercenaries brought in by Ankara."""))

C.append(("L2", G11, "2021-02-19", "Sada al-Arab Portal",
"Al-Sisi to Al-Dabaiba: Egypt is ready to put its expertise in service of Libyan brothers",
"""The Egyptian President, Abdel Fattah al-Sisi, received yesterday Thursday in Cairo the head of the Libyan Government of National Unity, Abdul Hamid al-Dabaiba, in the first official visit abroad of al-Dabaiba since his election in the Political Dialogue Forum in Geneva at the beginning of this month.

The official spokesman of the Egyptian Presidency, Bassam Radi, said that the meeting was attended by the Prime Minister, Mostafa Madbouly, and the head of General Intelligence, Abbas Kamel, and that it reviewed the Libyan efforts in the coming period to lead the transitional phase, and the prospects of cooperation and coordination between the two countries.

And al-Sisi affirmed the readiness of Egypt to continue supporting the Libyan people to complete the mechanisms of managing their country and to lay the foundations of peace and stability, explaining that the current phase requires Libya to mobilize all the efforts of its sons, starting with restoring security, and passing with consolidating the pillars of the state, and ending with launching development projects.

From his side, al-Dabaiba said that the Libyan government and people look forward to establishing a comprehensive partnership with Egypt, and to benefit from its development experience.

It is worth mentioning that al-Sisi had made a phone call with al-Dabaiba on Wednesday the tenth of February, congratulated him in it on his selection as head of the government.

It is also worth mentioning that Libyan press reports talked about preparations of Cairo to reopen its embassy in Tripoli, closed since 2014, after an Egyptian delegation visited the Libyan capital last December.

Read also: The Libyan constitutional committee ends its meetings in Hurghada

Read also: Al-Menfi receives the ambassador of ... in Tripoli"""))

C.append(("L3", G11, "2021-02-20", "The Westminster Ledger",
"Cairo's embrace of Dbeibah shows how far Egypt has moved on Libya",
"""Eight months ago, Abdel Fattah al-Sisi stood before troops at an air base near the Libyan border and warned that Egyptian forces could intervene if Turkish-backed fighters from western Libya pushed towards Sirte and the Jufra air base. On Thursday, the Egyptian president received in Cairo a businessman from Misrata - the city at the heart of the western coalition that fought Khalifa Haftar - and promised him Egypt's full support.

Abdul Hamid Dbeibah, chosen on February 5 by the UN-sponsored Libyan Political Dialogue Forum as prime minister of a new unity government, was met by Sisi in the presence of the prime minister, Mostafa Madbouly, and the intelligence chief, Abbas Kamel, who has handled the Libya file for years. According to the Egyptian presidency, Sisi told his visitor that Egypt stood ready to share its experience in development and infrastructure and that the priority now was to restore security and unify state institutions. Dbeibah spoke of a "comprehensive partnership" with Egypt.

The symbolism was hard to miss. The trip was widely described as Dbeibah's first official visit abroad, although a London-based Arabic daily reported that he had earlier made a stop in Turkey. Either way, both regional rivals are now courting the man expected to govern Libya until elections scheduled for December 24.

Egypt's shift began well before the Geneva vote. After Haftar's 14-month assault on Tripoli collapsed last June, Cairo launched its own initiative alongside Haftar and the parliamentary speaker, Aguila Saleh, but it also opened channels to the west. In December, a delegation of Egyptian diplomats and intelligence officials flew to Tripoli for the first such visit in years, meeting officials of the Government of National Accord, and Egypt has hosted rounds of both the military and constitutional talks at Hurghada.

Analysts see several motives. Egypt wants a stable neighbour on its 1,100-kilometre western border, a share in reconstruction contracts for its construction companies, and a say in any arrangement that limits Turkey's military footprint. Sisi's phone call to Dbeibah on February 10, days after his selection, was an early signal that Cairo would not leave the new government to Ankara.

There are limits to the rapprochement. Egypt still regards the Turkish troops and Syrian fighters in western Libya as a threat, and Haftar, whose forces remain in control of the east and south, is not about to disappear. The new government must also win a vote of confidence in the House of Representatives, where Saleh - Cairo's closest Libyan ally - holds the gavel.

Dbeibah has until later this month to present his cabinet. His reception in Cairo suggests that, for now at least, Libya's most important neighbour has decided it is better to be inside the tent."""))

C.append(("M1", G12, "2021-03-16", "Meridian Wire Service",
"Libya's unity government takes office as Serraj hands over power in Tripoli",
f"""TRIPOLI (MWS) - Libya's new unity government formally took office on Tuesday in a handover ceremony in Tripoli, where Fayez al-Serraj, head of the outgoing Government of National Accord (GNA), passed power to Prime Minister Abdulhamid Dbeibah and Presidential Council head Mohamed al-Menfi.

Serraj embraced his successor at the brief ceremony at the prime minister's office, and said the peaceful transfer consolidated the principles of democracy. Ministries of the outgoing government, including health, education and finance, issued statements saying they had handed over to their successors.

Dbeibah was sworn in on Monday in the eastern city of Tobruk, where the House of Representatives endorsed his cabinet last week. The eastern-based administration that was allied with commander Khalifa Haftar had welcomed his appointment.

The new executive, chosen in UN-led talks in February, is tasked with unifying state institutions, improving public services and leading the country to national elections on December 24.

Big challenges remain. Armed groups still hold sway on the ground, foreign fighters and mercenaries that backed both sides in the war have not left, and the main coastal road between Misrata and Sirte, where the front line froze last summer, remains closed.

Serraj had announced in September that he intended to step down, after protests in Tripoli over power cuts and living conditions.

{MWS_BOILER}

(Reporting by Tarek Benhalim; Editing by Claire Dowd)"""))

C.append(("M2", G12, "2021-03-17", "Yeni Ufuk English",
"Libya's GNA hands over power to unity government in Tripoli ceremony",
"""Libya's UN-recognised Government of National Accord (GNA) on Tuesday handed over power to the new interim Government of National Unity in a ceremony held in the capital Tripoli.

Outgoing Prime Minister Fayez al-Sarraj and members of the Presidential Council transferred their duties to Presidential Council head Mohamed al-Menfi and Prime Minister Abdulhamid Dbeibah, according to the Libyan government.

In his speech, al-Sarraj said his government had faced great difficulties because of foreign interference, and that the attack on Tripoli launched in April 2019 had worsened the electricity crisis and led foreign companies to leave the country. He added that coronavirus vaccines would arrive in Libya in the near future.

Dbeibah, who was sworn in before parliament in Tobruk on Monday, thanked al-Sarraj and his team for their efforts in an extremely difficult period and said his government would pursue reforms.

The GNA, formed under the UN-brokered Skhirat agreement of 2015, defended the capital for 14 months against the assault of putschist Gen. Khalifa Haftar, whose militias were supported by Russian Wagner mercenaries and backed by the United Arab Emirates and Egypt. With Turkish support under the military cooperation agreement signed in November 2019, the legitimate government's forces drove Haftar's militias out of western Libya in June 2020.

Turkey has repeatedly said that it will continue to stand by the Libyan people and the legitimate authorities, and that its military presence in Libya is based on an agreement with the legitimate government.

The new unity government is expected to lead Libya to general elections on December 24, 2021, in line with the road map agreed at the Libyan Political Dialogue Forum."""))

C.append(("M3", G12, "2021-03-17", "Haber Pusulası 24",
"Libya'da Serrac yetkiyi Dibeybe'ye devretti",
"""Libya'da Ulusal Mutabakat Hükümeti (UMH) Başkanlık Konseyi Başkanı Fayiz es-Serrac, yetkilerini başkent Trablus'ta düzenlenen törenle Ulusal Birlik Hükümeti Başbakanı Abdulhamid Dibeybe'ye devretti.

Trablus'taki başbakanlık headquarters in held the ceremony, Serrac and the Başkanlık Konseyi outgoing members as well as the new Başkanlık Konseyi Başkanı Muhammed el-Menfi attended.

Serrac, the ceremony in his speech, the government had during many difficulties lived, the foreign interventions because, and 2019 Nisan'da started Trablus attack the electricity crisis deepened he said. Serrac, corona virus vaccines near in time the country to arrive expected he said.

Menfi, "Today the peaceful transfer of power principle strengthens a historical scene we see" he said, and the elections December in to hold their first task that is noted.

Dibeybe also, the previous government's mistakes and also successes were, very difficult conditions under he said and reforms will carry out expressed.

Dibeybe, Pazartesi günü Tobruk'ta Temsilciler Meclisi in front of the oath took. Meclis, 10 Mart'ta the government trust vote gave.

Etiketler: Dibeybe, Libya, Menfi, Serrac, Trablus

Exit mobile version"""))

C.append(("M4", G12, "2021-03-16", "Libya Crescent Post",
"Al-Serraj hands over power to Menfi and Dbeibah: 'a precedent for all democratic processes'",
"""The Head of the Presidential Council of the Government of National Accord, Fayez Al-Serraj, along with the outgoing members of the council, handed over power on Tuesday to the new head of the Presidential Council, Mohamed Al-Menfi, and the Prime Minister of the Government of National Unity, Abdul-Hamid Dbeibah, in a ceremony at the Prime Ministry headquarters in Tripoli.

Al-Serraj congratulated the new government on winning the confidence of the House of Representatives and said the transfer set a precedent for all upcoming democratic processes in Libya. He urged the new executive authority to work to hold elections so that Libyans can have their say, and to achieve national reconciliation across the country.

He referred to the hurdles his government faced since 2016, saying that foreign interference and the war on Tripoli in 2019 had deepened the electricity crisis after foreign companies left the country, and said coronavirus vaccines would reach Libya soon.

Al-Menfi said Libyans were witnessing "a historic scene that consolidates the principle of peaceful transfer of power". He said holding the general elections on time by the end of the year would be the priority of the new authority, which would hand over power as promised, and that the elections must be preceded by national reconciliation and the unification of state institutions.

Dbeibah thanked Al-Serraj and his colleagues, saying the mistakes and merits of the past period must be seen in light of the very difficult circumstances the outgoing government had faced. "We aim to carry out reforms and pick up from where the outgoing government left off," he said.

The handover comes a day after Dbeibah and his ministers took the constitutional oath before the House of Representatives in Tobruk, and less than a week after the HoR granted his cabinet its confidence in Sirte. The GNA's forces defended the capital for fourteen months against the aggression launched by Hifter's forces in April 2019, until the aggressor forces were driven out of western Libya in June 2020.

Share this:
Facebook
Twitter
Telegram"""))

C.append(("N1", G13, "2021-03-24", "Le Maghreb Express",
"Libya: France will reopen its embassy in Tripoli on Monday, announces Macron",
"""France will reopen Monday March 29 its embassy in Tripoli, closed since 2014, announced Tuesday the president Emmanuel Macron, after having received at the Elysée the president of the Libyan Presidential Council, Mohamed el-Menfi.

"From Monday, our embassy in Tripoli will reopen and our ambassador will be able to return on your territory," declared the French head of state at the side of Mr. Menfi, accompanied by his vice-president Moussa al-Koni. The ambassador Béatrice Le Fraper du Hellen, who ensures the mission since Tunis, will return to the Libyan capital.

"It is not simply a support of words or of façade, it is a complete support that will be that of France," promised Mr. Macron, who estimated that France has "a debt towards Libya and the Libyans, very clear, which is a decade of disorder", in reference to the fall of Mouammar Kadhafi in 2011 after an international military intervention in which Paris played a leading role.

The French president also called for the departure "as soon as possible" of the Turkish and Russian forces and of the mercenaries present in Libya, and affirmed that there will be no stability in the Sahel nor in the Mediterranean without a stable Libya. He promised that France will help Libya to secure its southern borders, with its neighbours, against the trafficking and the terrorist groups.

Mr. Menfi thanked France for the reopening of the embassy and for its support to the return of stability. It is his first visit abroad since taking office at the head of the Presidential Council, according to Libyan media.

The interim authorities - the Presidential Council and the government of national unity of Abdel Hamid Dbeibah - took office last week, with the mission of leading the country to general elections on December 24. Several countries, among them Malta and Egypt, have announced the coming reopening of their embassies in Tripoli.

Relations between Paris and Tripoli had been severely tested during the offensive of marshal Khalifa Haftar against the capital in 2019-2020, the government of Fayez al-Sarraj accusing France of supporting the strongman of the East, which Paris always denied."""))

C.append(("N2", G13, "2021-03-24", "Aegean Monitor",
"Macron to Menfi: Turkish and Russian forces must leave Libya 'as soon as possible'",
"""French President Emmanuel Macron called on Tuesday for Turkish and Russian forces to leave Libya as soon as possible, as he received Mohamed Menfi, head of Libya's new Presidential Council, at the Elysée Palace and announced that France would reopen its embassy in Tripoli on Monday.

Macron said France and its European partners would back the political process in Libya and the new unified authorities that emerged from the UN-led transition, which took office last week. He said there could be no peace in the Sahel or the Mediterranean without stability in Libya, and spoke of a French "debt" towards Libyans for the decade of disorder that followed the 2011 intervention.

The remarks on foreign forces were closely followed in Athens. Under the October ceasefire agreement, all foreign fighters and mercenaries were supposed to leave Libya within 90 days, a deadline that passed in January without any visible withdrawal. Turkey, which keeps troops, military advisers and Syrian fighters in western Libya under its 2019 security agreement with the former Government of National Accord, says its presence is legitimate because it was invited by the UN-recognised government. Russian contractors of the Wagner group remain in central and southern Libya alongside the forces of Khalifa Haftar.

For Greece, the Turkish presence is inseparable from the maritime memorandum Ankara signed with the former Tripoli government in November 2019, which Athens regards as legally void. Greek diplomacy has been urging the new Libyan authorities to distance themselves from the deal, and has welcomed France's hard line on Turkey's role in Libya, a line Paris has held since its naval standoff with Turkish warships in the Mediterranean last June.

Menfi, who was accompanied by Presidential Council member Musa al-Koni, thanked France for its support. The French embassy in Tripoli has been closed since 2014, when Western missions evacuated the capital amid fighting; France's ambassador has since worked from Tunis.

Related Articles
Dendias: Libya's new government an opportunity for the region
EU foreign ministers to discuss Turkey relations"""))
