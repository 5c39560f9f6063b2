# Part 3: Tajoura strike (July 2019); Turkey-GNA memoranda (November 2019)
ARTICLES = [
dict(
group="tajoura_migrant_centre_airstrike_2019_07_02",
published="2019-07-03",
outlet="Gulf Horizon Daily",
title="LNA denies targeting Tajoura migrant centre, calls for international investigation",
text="""ABU DHABI - The Libyan National Army (LNA) on Wednesday denied that its aircraft had targeted a migrant detention centre in the Tajoura district east of Tripoli, where dozens of people were killed late on Tuesday, and called for an international investigation into the incident.

LNA spokesman Major General Ahmed al-Mismari told a news conference in Benghazi that the army's air force had carried out precise strikes on a militia camp in Tajoura that was used to store weapons and ammunition, and that the army "does not target civilians, let alone migrants". He accused the Tripoli militias of deliberately placing detention centres next to their military positions and of using migrants as human shields.

Al-Mismari said the army was ready to cooperate with any investigation led by the United Nations and would hand over the coordinates of the targets it struck on Tuesday night. He suggested that shelling by the militias after the air raid could have hit the centre.

Health officials in Tripoli said at least 40 people were killed and about 80 wounded when a hangar housing around 120 migrants collapsed. The United Nations later put the toll at 44 dead and more than 130 injured.

The Presidential Council headed by Fayez al-Sarraj blamed the army for the attack. The UN envoy, Ghassan Salame, said the strike could amount to a war crime.

The Tajoura facility is located inside a compound belonging to the Daman brigade, an armed group allied to the Tripoli authorities. International organisations had warned for months that holding migrants close to military sites put their lives at risk. The compound was hit by shelling in May.

The army has long accused the Tripoli authorities of handing detention facilities to armed groups involved in people smuggling, some of whose leaders are under UN sanctions. The LNA controls most of Libya's territory and oil fields after its campaign in the south in January and February, which brought Sebha and the Sharara field under its control.

The LNA launched its operation to free Tripoli from militias and terrorist groups on April 4. On Monday, its air operations command said it would intensify strikes on militia positions in the capital after conventional means had been exhausted, and urged civilians to stay away from militia sites.

The army lost the town of Gharyan to the Tripoli-aligned forces last week. Al-Mismari said on Wednesday that the Tripoli militias were receiving Turkish weapons and drones through Mitiga airport and Tripoli and Misrata ports, and repeated that Turkish ships and flights would be treated as hostile.

The LNA, commanded by Field Marshal Khalifa Haftar, is backed by the House of Representatives, Libya's elected parliament based in the east."""),

dict(
group="tajoura_migrant_centre_airstrike_2019_07_02",
published="2019-07-04",
outlet="The Pembroke Times",
title="Tajoura bombing lays bare the cost of Europe's Libya bargain",
text="""By Eleanor Whitcombe, North Africa correspondent

The hangar in Tajoura was a place the United Nations had asked Libyan authorities to empty. For two months, after shrapnel fell inside the compound in early May, UN agencies and aid groups warned that the migrants locked up there, next to a weapons store used by a local militia, were in danger. Late on Tuesday night the warning came true. Two air strikes hit the compound; one tore through a hall holding about 120 men. By Thursday the UN put the death toll at 53, including children, with more than 130 injured.

The government in Tripoli blamed Khalifa Haftar, whose Libyan National Army has been trying to take the capital since April 4 and had announced on Monday that it would escalate air raids on the city. The LNA denied hitting the centre and said its jets had struck a militia position nearby. Ghassan Salame, the UN envoy, said the attack could constitute a war crime and called for sanctions on those responsible.

Survivors' accounts gathered by UN agencies were grim. Some said that after the first strike guards tried to stop detainees fleeing, before the second hit. Those claims have not been independently verified, and the interior ministry has not commented.

Diplomacy produced little. At the UN Security Council on Wednesday evening a British-drafted statement condemning the strike and calling for a ceasefire failed to win agreement after two hours behind closed doors; diplomats said the United States had not signed off. The African Union and the European Union called for an independent inquiry.

For European governments the bombing is an uncomfortable mirror. Since Italy signed a memorandum with the Tripoli government in February 2017, the EU has trained and funded the Libyan coastguard to intercept boats heading north. Tens of thousands of people have been returned to Libya and many end up in centres such as Tajoura, run nominally by the interior ministry's anti-illegal migration department but often in practice by armed groups. About 5,700 people were held in official centres before Tuesday, according to aid agencies, and thousands of them sit close to front lines.

The strike came at a dangerous point in the war. A week earlier, forces loyal to the Tripoli government of Fayez al-Sarraj recaptured Gharyan, the LNA's main base in the mountains south of the capital, in the biggest reverse Mr Haftar has suffered since the offensive began. His response has been to lean harder on air power and on rhetoric against Turkey, which supplies Tripoli with armoured vehicles and armed drones. Last Friday the LNA declared Turkish ships and companies legitimate targets; at the weekend it detained six Turkish sailors, releasing them on Monday after Ankara warned of retaliation.

The conflict has grown steadily more internationalised. The UN's panel of experts has documented breaches of the arms embargo by several states; both sides now fly drones supplied from abroad. By the World Health Organization's count at the end of June, the fighting had killed more than 700 people, and the UN says close to 100,000 have been forced from their homes.

Mr Salame's plan for a national conference in Ghadames, shelved in April, has not been revived. He has called for a ceasefire and an international meeting to stop outside powers fuelling the war. In the hangar in Tajoura, aid workers said this week, the mattresses of the dead were still lying where they fell."""),

dict(
group="turkey_gna_sign_security_and_maritime_memoranda_2019_11_27",
published="2019-11-28",
outlet="THM English",
title="Turkey, Libya sign memoranda on security cooperation and maritime jurisdiction",
text="""ISTANBUL (THM) - Turkey and Libya's legitimate Government of National Accord (GNA) have signed two memoranda of understanding, on security and military cooperation and on the delimitation of maritime jurisdiction areas in the Mediterranean, the Turkish Presidency announced.

President Recep Tayyip Erdoğan received Fayez al-Sarraj, Chairman of the Presidential Council of Libya, at the Dolmabahçe Presidential Office in Istanbul on Wednesday. The meeting was closed to the press.

Communications Director Fahrettin Altun said on Twitter that the security and military cooperation memorandum would strengthen the existing framework of cooperation between the two countries' armed forces and contribute to the security of the Libyan people. He said Turkey would continue to support a political solution for a democratic, stable and prosperous Libya.

The second memorandum, on the "restriction of marine jurisdictions", aims to protect the rights of both countries arising from international law, Altun said. Diplomatic sources said the text determines the maritime boundary between the two coastal states in the eastern Mediterranean.

The memoranda are expected to be submitted to the Grand National Assembly of Turkey for approval before entering into force.

The agreement on maritime areas comes at a time when the Greek Cypriot administration continues unilateral hydrocarbon exploration activities in the eastern Mediterranean, ignoring the inalienable rights of the Turkish Republic of Northern Cyprus (TRNC) and Turkish Cypriots to the island's resources. Ankara has repeatedly said it will not allow any fait accompli that excludes Turkey and the Turkish Cypriots, and has stressed that Turkey has the longest coastline in the Mediterranean.

Libya has been in turmoil since the ouster of Muammar Gaddafi in 2011. The GNA, recognised by the United Nations as the country's legitimate government, has been defending the capital Tripoli since April against an offensive by forces loyal to warlord Khalifa Haftar, who is backed by the United Arab Emirates, Egypt and, according to reports, Russian mercenaries. Hundreds of civilians have been killed and more than 100,000 people displaced in the attacks on Tripoli.

Turkish interests in Libya came under direct threat earlier this year. In late June, Haftar's forces declared Turkish ships and companies legitimate targets and detained six Turkish citizens, who were released a day later after Ankara warned that Haftar's militias would be treated as legitimate targets themselves. Turkish contractors have billions of dollars' worth of projects in Libya that have been frozen since 2011.

Turkey has consistently declared its support for the legitimate government in Libya and for the UN-led political process. President Erdoğan and al-Sarraj have met several times this year and held regular telephone conversations on the developments in Tripoli.

Sitelerimizde çerezler kullanılmaktadır. We use cookies to improve your experience on our website. By continuing to browse, you accept our cookie policy. Accept"""),

dict(
group="turkey_gna_sign_security_and_maritime_memoranda_2019_11_27",
published="2019-11-29",
outlet="Aegean Times",
title="Athens gives Libyan envoy ultimatum over Turkey maritime memorandum",
text="""Exit mobile version

ATHENS - Foreign Minister Nikos Dendias summoned Libya's ambassador on Friday and gave him until next Thursday, December 5, to present the text of the memorandum on maritime zones that the Tripoli-based government signed with Turkey in Istanbul this week, or face expulsion from Greece, diplomatic sources said.

The move followed a demarche to Turkey's ambassador on Thursday, when Dendias called in the Turkish envoy to express Athens' strong objections after Ankara announced the deal.

The memorandum on the "delimitation of maritime jurisdictions" was signed on Wednesday by Turkish President Recep Tayyip Erdogan and Fayez al-Sarraj, head of Libya's UN-recognised Government of National Accord. A second memorandum, on security and military cooperation, was signed at the same meeting. Neither text has been published.

Greek officials say any maritime line drawn between Turkey and Libya must ignore Crete, which lies between the two coasts. Dendias said earlier this week that such an attempt showed a complete lack of geographical knowledge and bordered on the absurd, adding that it would have no legal effect. Athens argues that islands are entitled to a continental shelf and exclusive economic zone under the UN Convention on the Law of the Sea, which Turkey has not signed.

Prime Minister Kyriakos Mitsotakis discussed the issue by telephone with French President Emmanuel Macron and is expected to raise it at the NATO summit in London next week and at the European Council in December. Greece's permanent representation in Brussels has briefed the European Commission.

Egypt's foreign ministry also said the memorandum had no legal effect, arguing that Sarraj's Presidential Council had exceeded its powers under the 2015 Skhirat agreement. Cyprus, which has been in a long dispute with Ankara over drilling in waters it claims as its exclusive economic zone, said it would coordinate its response with Athens and Cairo.

Diplomats in Athens noted that the Turkish-Libyan move comes as Tripoli is under pressure from the forces of Khalifa Haftar, who have been attacking the capital since April, and that the security memorandum could open the way to deeper Turkish military involvement in Libya. Greece has maintained contacts with the parliament in eastern Libya, which is allied to Haftar and does not recognise the Sarraj government.

Relations between Athens and Ankara have been strained for months by Turkish drilling off Cyprus, to which the EU responded in November with a framework for sanctions.

Read more:
- Mitsotakis: Greece will defend its sovereign rights with every means
- Dendias to brief EU counterparts on eastern Mediterranean
- Migrant arrivals on Lesvos reach highest monthly level since 2016

We use cookies to ensure that we give you the best experience on our website. OK Privacy policy"""),
]
