# Part 1: Guterres in Benghazi (2019-04-05), Haftar at the Elysee (2019-05-22),
# Moscow ceasefire talks (2020-01-13)
from common_bg import MWS_BG_LIBYA, MWS_BG_2020, NC_BG_PROXY, AEM_BG_HAFTAR

G1 = "guterres_meets_haftar_in_benghazi_2019_04_05"
G2 = "haftar_meets_macron_at_elysee_2019_05_22"
G3 = "moscow_ceasefire_talks_on_libya_2020_01_13"

ARTICLES = [
dict(group=G1, published="2019-04-05", outlet="Meridian Wire Service",
title="UN chief leaves Libya 'with heavy heart' after talks with Haftar",
text="""BENGHAZI, Libya (MWS) - United Nations Secretary-General Antonio Guterres said on Friday he was leaving Libya "with a heavy heart and deeply concerned" after meeting eastern commander Khalifa Haftar, whose forces are pushing toward the capital Tripoli.

Guterres flew to Haftar's base outside Benghazi after a stop in Tobruk, where he met Aguila Saleh, speaker of the eastern-based House of Representatives. On Thursday he had held talks in Tripoli with Prime Minister Fayez al-Serraj, head of the UN-backed Government of National Accord (GNA).

"I still hope it is possible to avoid a bloody confrontation in and around Tripoli," Guterres wrote on Twitter after the meeting. "The UN is committed to facilitating a political solution and, whatever happens, the UN is committed to supporting the Libyan people."

The United Nations gave no account of what Haftar told the secretary-general, and there was no sign that the commander had agreed to halt the advance he ordered on Thursday, when his self-styled Libyan National Army (LNA) announced an operation to take the west of the country.

Hours after the meeting, LNA spokesman Ahmed al-Mismari told reporters his forces had taken Tripoli's disused international airport on the southern edge of the capital and controlled several districts and towns to the south, including Qasr bin Ghashir, Aziziya and Suq al-Khamis. The claims could not be independently verified.

LNA units seized the town of Gharyan, about 80 km (50 miles) south of Tripoli, on Thursday after skirmishes. An LNA-allied group that had moved on a checkpoint west of the capital, on the coastal road to Tunisia, pulled back overnight, residents said.

Armed groups from the port city of Misrata, which fought Islamic State in Sirte in 2016 and oppose Haftar, sent convoys of pickup trucks mounted with machine guns toward Tripoli to reinforce the capital's defences, witnesses said.

Guterres had arrived in Tripoli from Cairo on Wednesday to lend support to a UN plan, led by his envoy Ghassan Salame, for a national conference in the desert town of Ghadames from April 14 to 16. The meeting is meant to agree a road map to elections and end the rivalry between the two administrations. UN officials said on Friday they still hoped to hold it.

"My aim remains the same: avoid a military confrontation," Guterres wrote before flying east. "I reiterate that there is no military solution for the Libyan crisis, only a political one."

On Thursday, the United States, Britain, France, Italy and the United Arab Emirates said in a joint statement that "military posturing and threats of unilateral action only risk propelling Libya back toward chaos". Diplomats said the U.N. Security Council would discuss Libya behind closed doors later on Friday at Britain's request. Foreign ministers of the Group of Seven, meeting in Dinard in western France, were also expected to address the crisis.

Haftar, a former army officer under Muammar Gaddafi, has expanded his reach this year with a campaign in the south that brought the city of Sabha and the country's largest oilfield, El Sharara, under his control. He and Serraj met in Abu Dhabi in late February, when the UN said the two men agreed on the need to end the transitional period through general elections.

""" + MWS_BG_LIBYA),

dict(group=G1, published="2019-04-06", outlet="The Northern Chronicle",
title="Guterres's mission to Benghazi fails to stop Haftar's march on Tripoli",
text="""By Eleanor Prideaux, Tunis

It was meant to be the week that Libya's long, frustrating peace process came good. Instead the secretary-general of the United Nations spent Friday afternoon in a military compound outside Benghazi pleading with a 75-year-old field marshal not to storm the capital, and flew home having, by every visible measure, failed.

Antonio Guterres said he was leaving Libya "with a heavy heart and deeply concerned" after his meeting with Khalifa Haftar, the commander of the self-styled Libyan National Army. "I still hope it is possible to avoid a bloody confrontation in and around Tripoli," he wrote. Within hours Haftar's spokesman was announcing the capture of the old international airport on the capital's southern fringe.

The timing of the offensive, launched on Thursday while Guterres was in Tripoli meeting Fayez al-Sarraj, the prime minister of the UN-recognised Government of National Accord, struck many diplomats as a calculated humiliation. The secretary-general had come to put the weight of his office behind the national conference that his envoy, Ghassan Salamé, has been preparing for more than a year. It is due to open in Ghadames on April 14 and was supposed to produce, at last, an agreed path to elections.

On Friday morning Guterres flew to Tobruk to see Aguila Saleh, the speaker of the eastern parliament, and then on to Benghazi. The UN has said little about what was discussed. People briefed on the meeting described it as cordial but unproductive: Haftar, they said, presented his advance as a campaign against "terrorists" and militias in the capital rather than against the government itself.

That argument has found listeners before. Haftar has spent five years building a coalition of army units, tribal fighters and Salafist brigades in the east, and has long enjoyed the support of the United Arab Emirates and Egypt. France has treated him as a partner against jihadist groups in the Sahel, and Russia has received him in Moscow. This year his forces swept across the south, taking Sabha and the El Sharara oilfield with little resistance, an advance that persuaded some of his foreign backers that he could take the rest of the country without much bloodshed.

Tripoli is a different proposition. The capital is defended by a patchwork of armed groups whose loyalty to Sarraj is conditional, but whose hostility to Haftar is not. On Friday convoys of fighters from Misrata, the city that led the battle against Islamic State in Sirte three years ago, were streaming west along the coast road. Zawiya and Zintan, whose brigades have fought each other as often as anyone else, signalled they would resist.

Salamé's plan depended on persuading the two men to share power. In February he brought them together in Abu Dhabi, where the UN said they had agreed that the transition should end with elections. Western diplomats now say Haftar used the weeks since to prepare for war.

The international reaction so far has been a chorus of concern rather than pressure. On Thursday the United States, Britain, France, Italy and the UAE issued a joint statement warning that military posturing "only risks propelling Libya back toward chaos". The inclusion of the Emiratis, widely seen as Haftar's most important patron, was noted in Tripoli with some bitterness. The Security Council met behind closed doors on Friday evening, and the G7 foreign ministers gathered in Dinard added their own call for restraint.

Moscow said it was following events closely and hoped bloodshed could be avoided. In Cairo, officials emphasised Egypt's support for the UN process while repeating that Libya's army must be rebuilt to fight terrorism, a formulation that in the Egyptian lexicon usually means Haftar's forces.

In Tripoli, the mood was grim. Residents of the southern suburbs said they were stocking up on fuel and food. Sarraj put his forces on alert, and his government said it would defend the capital. The UN mission appealed for a humanitarian truce to allow civilians and the wounded to be evacuated, and said it was staying in the city.

Whether Salamé's conference can survive is now the question. The envoy has invested much of his credibility in it, and diplomats said he was reluctant to give Haftar the satisfaction of cancelling. But it is hard to see how delegates could travel to Ghadames, or what they could usefully agree, while the country's most powerful commander is besieging its capital.

Libya has lurched from crisis to crisis since the Nato-backed uprising that ended Muammar Gaddafi's four-decade rule in 2011. There have been rival parliaments and governments since 2014. Two international summits, in Paris in May last year and in Palermo in November, produced handshakes and promises of elections that never materialised. This week's events suggest that Haftar, at least, has concluded that the ballot box is not the only route to power.

"There is no military solution," Guterres said in Tripoli on Thursday. The man he met in Benghazi the next day appears to think otherwise."""),

dict(group=G1, published="2019-04-06", outlet="Bawabat al-Ahdath",
title="Guterres after meeting Haftar in Benghazi: I leave Libya with deep concern",
text="""Home / Arab News / Libya

Guterres after meeting Haftar in Benghazi: I leave Libya with deep concern

Bawabat al-Ahdath - Libya office

The Secretary-General of the United Nations, Antonio Guterres, announced yesterday Friday that he leaves Libya with heavy heart and deep concern, after his meeting with the General Commander of the Libyan Arab Armed Forces, Field Marshal Khalifa Hafter, in the city of Benghazi.

Guterres said in a tweet on his account on the site "Twitter" that he still hopes it is possible to avoid bloody confrontation in and around Tripoli, and that the United Nations is committed to facilitate a political solution and to support the Libyan people whatever happens.

The Secretary-General had arrived to the city of Benghazi coming from the city of Tobruk, where he met the Speaker of the House of Representatives, Counselor Aguila Saleh Issa, and this after a visit of two days to the capital Tripoli, in which he met the President of the Presidential Council of the Government of National Accord, Fayez al-Sarraj, and the head of the High Council of State, Khaled al-Mishri.

For its part, the General Command of the Army announced, through its official spokesman Major General Ahmed al-Mismari, in a press conference held in Benghazi, that the forces took control of the Tripoli International Airport and the areas of Qasr bin Ghashir, Wadi al-Rabie and Suq al-Khamis, and that the operations continue according to the plan drawn.

The army's units had entered yesterday before Thursday the city of Gharyan, 100 km south of the capital, in the framework of the operation which the Field Marshal announced it with the goal of "cleansing the west from the terrorist groups".

On the other side, the Presidential Council gave instructions to the military and security units to be in state of maximum alert, and armed formations from the city of Misrata moved toward the capital.

The Secretary-General had held the day before yesterday Thursday in Tripoli a press conference together with the UN envoy Ghassan Salame, in which he affirmed that there is no military solution for the Libyan crisis and that only the intra-Libyan dialogue can solve the Libyan problems, calling all parties to calm and restraint. He visited also the Ain Zara detention centre for migrants south of the capital, and said he was shocked by the suffering and despair of the migrants and refugees held there.

In the same context, the United States, France, Britain, Italy and the United Arab Emirates expressed in a joint statement their deep concern for the fighting near Gharyan, and called all the parties to reduce the escalation immediately, warning that the military movements and threats of unilateral action risk to push Libya back to chaos.

It is worth mentioning that the United Nations mission is preparing to hold the comprehensive national conference in the city of Ghadames in the period from 14 to 16 April current, with the participation of wide spectrum of Libyans, with the aim of agreeing on a roadmap that ends the transitional phase and leads to elections.

It is worth mentioning that Libya lives since the fall of the regime of Muammar al-Gaddafi in the year 2011 in a state of chaos and division, where two authorities compete over the legitimacy, the first in Tripoli recognized internationally, and the second in the east supported by the House of Representatives and the army under the leadership of Haftar.

It is worth mentioning also that the Security Council will hold today a closed session to discuss the developments, upon request of Britain, while the foreign ministers of the Group of Seven called from France all parties to stop all military movements.

Read also: The Egyptian Foreign Ministry follows with concern the developments in Libya

Read also: Oil prices rise on the Libyan fears

Share this:
Facebook
Twitter
WhatsApp

Related"""),

dict(group=G2, published="2019-05-22", outlet="Agence Euromed",
title="Haftar tells Macron conditions for Libya ceasefire 'not met'",
text="""PARIS (AEM) — Libyan commander Khalifa Haftar told French President Emmanuel Macron on Wednesday that the conditions for a ceasefire around Tripoli were not in place, although he accepted that political dialogue would eventually be needed, the Elysee said after the two men met in Paris.

Macron urged Haftar to halt the fighting "as soon as possible" and to take "a public step" toward a ceasefire, a French presidential official told reporters after the meeting, which lasted a little over an hour and was attended by Foreign Minister Jean-Yves Le Drian.

"The distrust between the Libyan actors is stronger than ever today," the official said. When the question of a truce was raised, Haftar's response was to ask "with whom should I negotiate a ceasefire today?", the official said, adding that the commander regards the Tripoli government as overrun by militias and does not consider it his place to negotiate with their representatives.

Haftar "explained and justified" the offensive he launched on April 4 against Tripoli, seat of the internationally recognised Government of National Accord (GNA) of Fayez al-Sarraj, presenting it as a fight against "private militias and radical groups", according to the Elysee. He described the situation on the ground as "in progress and dynamic".

He did, however, acknowledge that an inclusive political discussion was necessary and said he would take part once those conditions were met, the official said. French diplomacy would be "very active in the coming weeks", in contact with the United Nations, Italy, other European capitals, Washington and regional players including Egypt, the presidency said.

It was the first one-to-one meeting between Macron and Haftar at the Elysee. Macron received Sarraj on May 8 as part of a European tour by the Tripoli prime minister that also took him to Rome, Berlin and London. A day after that visit, Sarraj's government asked 40 foreign companies, among them French oil major Total, to renew their licences or face suspension, a step widely read in Paris as a rebuke.

Le Drian told French lawmakers on May 14 that the UN roadmap, which he said had "almost reached a positive conclusion", had failed "on the one hand because of Field Marshal Haftar's initiative and Serraj's non-initiative", and that Macron wanted to meet both men to support the UN effort. French officials said on Wednesday that Paris was "not naive" about the difficulty of the situation.

France has long been accused by the GNA of favouring Haftar, whom it has seen as a partner against jihadist groups, a charge Paris denies. In April the GNA's interior ministry announced it was suspending security cooperation with France.

The fighting on the southern outskirts of Tripoli intensified on Tuesday as the UN envoy, Ghassan Salame, warned the Security Council that Libya risked sliding into "a long and bloody war". The World Health Organization says more than 500 people have been killed and about 2,500 wounded since the offensive began, while the United Nations estimates that more than 75,000 people have fled their homes.

""" + AEM_BG_HAFTAR),

dict(group=G2, published="2019-05-23", outlet="Tripoli Free Press",
title="Macron rolls out red carpet for war criminal Haftar as Tripoli burns",
text="""This site uses cookies to improve your experience. By continuing to browse you accept our cookie policy. [Accept] [Read more]

TRIPOLI - The French President Emmanuel Macron received on Wednesday at the Elysee Palace the warlord Khalifa Haftar, whose forces have been attacking the capital Tripoli since 4 April, in a meeting that Libyans in the capital described as a new proof of French double standards.

According to the French presidency, Haftar told Macron that the conditions for a ceasefire are "not met", and that he sees no partner in Tripoli with whom to negotiate. The French side said Macron asked him to make a public step toward a ceasefire, but the warlord left Paris without any commitment.

Government spokesmen and members of the High Council of State criticised the visit. Members of the council said that receiving the man responsible for the shelling of residential neighbourhoods in Abu Salim, Ain Zara and Salah al-Din only encourages him to continue his aggression, and that the international community must name the aggressor instead of calling on "both sides" to stop.

The Government of National Accord had already announced in April that the Interior Ministry would suspend all security cooperation with France because of its position in support of the aggressor. Paris denies backing Haftar, but French officials have never explained the presence of French personnel and equipment at his bases in previous years.

Two weeks ago, Prime Minister Fayez al-Sarraj visited Paris and met Macron, asking him clearly to support a ceasefire with the withdrawal of the aggressor forces to the positions they held before 4 April. The GNA insists that any ceasefire must include this withdrawal, otherwise it will only give Haftar time to regroup and bring in more weapons from his foreign supporters.

During the same tour Sarraj met Italian Prime Minister Giuseppe Conte in Rome and German Chancellor Angela Merkel in Berlin, and held talks in London, asking European capitals to use their influence on the states that arm and finance Haftar, first of all the United Arab Emirates and Egypt. Government officials said the reception he received in Rome and Berlin was clearer than in Paris.

On the ground, the Volcano of Rage forces continued to push back the attackers on several axes south of the capital on Wednesday, and the Field Medicine and Support Centre reported new civilian casualties from indiscriminate shelling. According to the World Health Organization, more than 510 people have been killed since the beginning of the attack, including civilians, and tens of thousands have been displaced from the southern districts. The UN humanitarian office says more than 75,000 people have been forced from their homes, many of them now sheltering in schools in the centre of the capital, while thousands of migrants remain trapped in detention centres close to the front lines.

The UN envoy Ghassan Salame warned the Security Council on Tuesday that Libya is "on the verge" of a long and bloody war, and that weapons are arriving to both sides in violation of the UN embargo. Many in Tripoli criticised the Council for again failing to adopt any statement that holds Haftar responsible for the attack.

A statement by the Presidential Council on Wednesday described the attack on Tripoli as an attack on the political process and on the civilian state, and repeated that there will be no return to dialogue before the aggressor forces withdraw.

Tags: France, Haftar, Macron, Tripoli

Comments (0)"""),

dict(group=G2, published="2019-05-23", outlet="Nile Courier",
title="Field Marshal Haftar briefs Macron on army's war against terrorism in Tripoli",
text="""CAIRO - The General Commander of the Libyan National Army, Field Marshal Khalifa Haftar, explained to French President Emmanuel Macron during their meeting at the Elysee Palace on Wednesday the objectives of the army's operation to liberate Tripoli from terrorist groups and outlaw militias, stressing that the conditions for a ceasefire have not yet been met.

According to the French presidency, Haftar told Macron that the militias which control the capital are not a party with which a truce can be negotiated, and that the army is consolidating its positions gradually on the front lines south of the city. The Field Marshal affirmed, however, that an inclusive political dialogue will be necessary once the capital is secured, which the French side welcomed.

Observers in Cairo said the meeting reflects a growing European understanding that the Libyan army is the only organised institution able to fight terrorism and to control the borders and migration flows toward the northern Mediterranean. France has been working closely with the Libyan army since the liberation of Benghazi and Derna from extremist groups.

The Paris meeting came days after French Foreign Minister Jean-Yves Le Drian told French lawmakers that President Macron wished to meet both Haftar and Fayez al-Sarraj, head of the Presidential Council, to support the efforts of the United Nations. Sarraj visited Paris on May 8, one day before his government threatened French company Total and dozens of other foreign firms with suspension of their activities.

Egypt has repeatedly stressed its support for the Libyan National Army in its war against terrorism. President Abdel Fattah al-Sisi received Field Marshal Haftar in Cairo on April 14, ten days after the start of the Tripoli operation, and affirmed Egypt's support for efforts to combat terrorism and extremist militias in order to restore security and stability to all Libyan territory. The Egyptian position calls for the unification of the Libyan army and the dismantling of militias as a condition for any lasting political settlement.

The army's media office said on Wednesday that its units had repelled attacks by militias on the Ain Zara and Salah al-Din axes, and that the air force had targeted militia positions and ammunition stores. The media office accused the militias of using Turkish armoured vehicles delivered last weekend to the port of Tripoli in violation of the UN arms embargo, an accusation that analysts say the Security Council must investigate.

The French presidency said after the meeting that Paris would maintain a constant dialogue with the United Nations, Italy, the other European capitals, Washington and regional actors, among them Egypt, in the coming weeks. Egyptian diplomatic sources said Cairo was in continuous contact with Paris on the Libyan file, and that the two capitals share the view that the fight against terrorism in Libya cannot be separated from the political process.

UN envoy Ghassan Salame briefed the Security Council on Tuesday, warning of a prolonged war. Libyan parliamentarians in the east have accused Salame of bias, saying his briefings ignore the presence of terrorist groups and wanted persons among the forces fighting the army in Tripoli.

The Libyan army launched the operation to liberate Tripoli on April 4, after months in which it extended its control over the south of the country, including the city of Sabha and the oil fields of the Fezzan."""),

dict(group=G3, published="2020-01-13", outlet="RusInform International",
title="Lavrov: Sarraj signs Moscow ceasefire document, Haftar asks for time until morning",
text="""MOSCOW, January 13 (RusInform) - The head of Libya's Government of National Accord, Fayez al-Sarraj, has signed the document on the terms of the ceasefire drafted at talks in Moscow, while Marshal Khalifa Haftar asked for additional time until Tuesday morning to decide, Russian Foreign Minister Sergey Lavrov told journalists.

"Today we can say that definite progress has been made," Lavrov said at a joint news conference with Turkish Foreign Minister Mevlut Cavusoglu after several hours of consultations attended by the defence ministers of both countries.

According to Lavrov, the document was also signed by the chairman of the High Council of State, Khalid al-Mishri, while Haftar and the Speaker of the House of Representatives, Aguila Saleh, view it positively. The truce announced from midnight on January 12 followed the appeal of Presidents Vladimir Putin and Recep Tayyip Erdogan in Istanbul on January 8.

Russia and Turkey will continue to help the Libyan parties implement the agreements, the minister added."""),

dict(group=G3, published="2020-01-14", outlet="Meridian Wire Service",
title="Haftar quits Moscow without signing Libya truce, Erdogan vows 'lesson'",
text="""MOSCOW (MWS) - Eastern Libyan commander Khalifa Haftar left Moscow early on Tuesday without signing a ceasefire agreement drafted at talks brokered by Russia and Turkey, dealing a setback to a burst of diplomacy aimed at ending nine months of fighting around Tripoli.

Russia's foreign ministry spokeswoman Maria Zakharova confirmed Haftar's departure. Prime Minister Fayez al-Sarraj of the UN-recognised Government of National Accord (GNA) had signed the document on Monday evening after about seven hours of indirect talks in which the two men never met face to face.

Haftar had asked for until Tuesday morning to study the text, Russian Foreign Minister Sergei Lavrov said on Monday, adding that the commander and his ally Aguila Saleh, speaker of the eastern-based parliament, viewed it "positively". Moscow said on Tuesday it would keep working with the Libyan sides.

It was not immediately clear which provisions Haftar objected to. Sources close to his Libyan National Army (LNA) told Arab media the draft set no timetable for disbanding armed groups in Tripoli and did not address Turkey's military role. Sarraj had demanded that LNA forces pull back to the lines they held before their offensive on the capital began in April.

In Ankara, Turkish President Tayyip Erdogan told lawmakers from his ruling party that Turkey would "not hesitate to teach the lesson he deserves" to Haftar if attacks on the GNA resumed. "The coup-plotting Haftar first said 'yes' but then fled Moscow," he said, adding that it was now up to Russia's Vladimir Putin to persuade him.

Before the talks, the head of Russia's contact group on Libya, Lev Dengov, said Haftar and Sarraj would meet Russian officials and the Turkish delegation separately, and that officials from Egypt and the United Arab Emirates, Haftar's main Arab backers, were likely to attend as observers.

Moscow denies Western and Libyan reports that Russian mercenaries linked to the Wagner group are fighting alongside the LNA. Putin said on Saturday, after talks with German Chancellor Angela Merkel in Moscow, that any Russian citizens in Libya did not represent the Russian state and were not paid by it.

The talks were mediated by Lavrov and Defence Minister Sergei Shoigu together with their Turkish counterparts, Mevlut Cavusoglu and Hulusi Akar. Russia and Turkey back opposing sides in the conflict but jointly called for a ceasefire at a meeting between Putin and Erdogan in Istanbul last Wednesday. The truce took effect at midnight on Sunday and has largely held, though both sides have reported violations.

Germany said on Tuesday it would host a summit on Libya in Berlin on Sunday, Jan. 19, bringing together the main foreign powers involved. Chancellor Angela Merkel has been pushing for months for such a meeting, and U.N. envoy Ghassan Salame has said it would seek commitments from outside states to stop supplying weapons.

The LNA took the coastal city of Sirte on Jan. 6 in a rapid advance, while Turkey's parliament voted on Jan. 2 to authorise troop deployments to support the GNA. Turkey says it has sent military advisers; Western and Libyan officials say Syrian fighters recruited by Ankara have also arrived.

""" + MWS_BG_2020),

dict(group=G3, published="2020-01-14", outlet="Yeni Gündem Haber",
title="Hafter Moskova'dan imzasız ayrıldı: Libya ceasefire text not signed by putschist",
text="""Yeni Gündem | Dünya | 14.01.2020

Libya'da ateşkes: Putschist Hafter left Moskova without signature

Libya'nın meşru hükümeti Ulusal Mutabakat Hükümeti (UMH) Başkanı Fayez es-Sarrac, Moscow in Monday made talks in the text of ceasefire signed, but putschist Halife Hafter, asking time until tomorrow morning, the Russian capital left without signing it, Rus Dışişleri Bakanlığı was announced.

Rus Dışişleri Bakanlığı Sözcüsü Mariya Zaharova, said Hafter left Moscow and that the document was not signed by him. Negotiations which lasted approximately 8 hours was made with the participation of Turkish and Russian foreign and defence ministers. Dışişleri Bakanı Mevlüt Çavuşoğlu and Milli Savunma Bakanı Hulusi Akar was in Moscow together with Rus counterparts Sergey Lavrov and Sergey Şoygu.

Cumhurbaşkanı Recep Tayyip Erdoğan, speaking at AK Parti grup toplantısı in Ankara today, said: "Darbeci Hafter first said yes, but then fled from Moscow." Erdoğan stated that if the attacks against the legitimate government and brothers in Libya continue, Turkey will not hesitate to give the putschist the lesson he deserves.

Erdoğan also said that Sarrac displayed very constructive and compromise attitude in Moscow, and that the rest is duty of Sayın Putin and his team. "We did our duty," Erdoğan said.

Çavuşoğlu yesterday in joint press conference with Lavrov said that Turkey and Russia will continue efforts for permanent ceasefire, and that the ceasefire which started at 00.00 on 12 January was in general respected.

Milli Savunma Bakanı Akar also said that Turkey and Russia delegations worked for a text which the both sides can accept, and that Türkiye will continue to support the legitimate government in Libya. According to diplomatic sources, the text foresaw the ceasefire monitoring by a commission and the start of political dialogue under BM.

Hafter together with Tobruk-based parliament başkanı Akile Salih came to Moskova. Sarrac was accompanied by Yüksek Devlet Konseyi Başkanı Halid el-Mişri, who also signed the document. The two sides did not meet face to face, the talks made through Turkish and Russian delegations in separate rooms.

Rus Dışişleri Bakanı Lavrov after the talks said that "definite progress" was made and that Hafter looked positively to the document. But Hafter's plane early in the morning departed from Moscow, according to Rus media.

The ceasefire was announced after the meeting of Erdoğan and Putin in Istanbul on 8 January, at the opening of the TürkAkım project. Hafter first rejected the call, then accepted.

Almanya the Berlin conference on Libya will host on 19 January. Erdoğan is expected to attend.

UMH, since 4 April 2019 is defending Tripoli against the attacks of Hafter militias which are supported by BAE, Mısır and mercenaries of the Russian Wagner company. TBMM on 2 January approved the motion for sending soldiers to Libya. The security and military cooperation memorandum between Türkiye and UMH was signed on 27 November 2019 together with the maritime jurisdiction memorandum, which Yunanistan and Mısır reacted.

Etiketler: Libya, Hafter, Moskova, ateşkes

Exit mobile version"""),

dict(group=G3, published="2020-01-15", outlet="Gulf Horizon",
title="LNA explains reservations on Moscow draft as Haftar returns to Benghazi",
text="""ABU DHABI - The Libyan National Army has made clear that its reservations on the ceasefire draft presented in Moscow concern guarantees rather than the principle of a truce, sources close to the General Command said on Tuesday, after Field Marshal Khalifa Haftar returned to Benghazi without signing the text.

The Field Marshal and Speaker of the House of Representatives Aguila Saleh spent Monday in Moscow in indirect consultations hosted by the Russian and Turkish foreign and defence ministers, while the head of the Tripoli-based Presidential Council, Fayez al-Sarraj, signed the document before leaving for Istanbul.

According to the sources, the draft did not include a clear timetable for the dismantling of the militias in Tripoli and the collection of their weapons, and it ignored the presence of Turkish forces and of the mercenaries that Ankara has begun transferring from northern Syria to the Libyan capital. The army also objected to what it described as Turkey's attempt to impose itself as a guarantor of the truce, given that it is a party supporting one side militarily.

The army's spokesman, Major General Ahmed al-Mismari, said on Monday that the army was committed to the ceasefire that took effect at midnight on Sunday, while reserving the right to respond to any violations by the militias. Reports from the Salah al-Din and Ain Zara axes on Tuesday indicated that the truce was largely holding.

Russia, which has maintained channels with all Libyan parties, said it would continue its efforts and described Haftar's position on the document as positive. Foreign Minister Sergei Lavrov had told reporters on Monday night that the Field Marshal needed until the morning to decide.

The Turkish President Recep Tayyip Erdogan reacted angrily, threatening to "teach a lesson" to the Libyan commander. Arab observers said the threat confirmed the army's concerns about Turkish intentions following the two memoranda signed by Ankara and Sarraj in November on security cooperation and maritime boundaries, which Egypt, Greece and Cyprus consider null and void.

The UAE has consistently supported the UN-led political process and called for an end to foreign interference in Libya, in particular the Turkish military deployment approved by the Turkish parliament on January 2. The UAE is expected to be represented at the international conference on Libya that Germany will host in Berlin on Sunday.

Germany's Foreign Minister Heiko Maas is expected in the region ahead of the summit. Diplomats said the Berlin meeting would seek to consolidate the ceasefire and to commit foreign states to respect the UN arms embargo, while the Libyan parties would be asked to form a joint military committee to negotiate the details of a lasting truce.

The Libyan army took control of the city of Sirte on January 6 after local forces joined it, a development that analysts say strengthened its position ahead of the negotiations.

Egypt's Foreign Minister Sameh Shoukry has repeatedly warned that the Turkish military deployment in Libya threatens the security of the region and of the Mediterranean, and Cairo has called for the dismantling of the militias as a condition for any lasting settlement. Egyptian and Emirati officials were expected to follow the Moscow consultations as observers, according to the head of Russia's contact group on Libya.

The House of Representatives voted on January 4 to sever relations with Turkey and to cancel the memoranda signed by Sarraj, describing them as a violation of Libyan sovereignty."""),
]
