from bg import *

G1 = "dbeibah_unity_government_sworn_in_tobruk_2021_03_15"
G2 = "draghi_visits_tripoli_2021_04_06"
G3 = "second_berlin_conference_on_libya_2021_06_23"

ARTICLES = []

# ---------------------------------------------------------------- E1 sworn in
ARTICLES.append(dict(group=G1, published="2021-03-15", outlet="Meridian Press Agency",
title="Libya's new unity government sworn in before parliament in Tobruk",
text=f"""TOBRUK, Libya, March 15 (MPA) - Libya's interim Prime Minister Abdulhamid Dbeibah and his cabinet were sworn in before parliament in the eastern city of Tobruk on Monday, formally taking charge of a unity government meant to replace years of rival administrations and steer the country to elections in December.

Standing before members of the House of Representatives, Dbeibah swore to carry out his duties honestly and faithfully, to respect the constitutional declaration and to preserve Libya's independence and territorial integrity. His two deputy prime ministers and the ministers then repeated the oath one by one in a ceremony broadcast live on Libyan television.

"Today we turn a page," parliament speaker Aguila Saleh told the chamber after the oath, urging the new executive to end the divisions that have shaped Libyan politics since 2014.

Lawmakers endorsed Dbeibah's cabinet last Wednesday at a session in the central coastal city of Sirte, where 132 deputies voted in favour. It was the first time in years that members from the east and west had sat together to approve a single government.

Also in Tobruk on Monday were Mohammed al-Menfi, who chairs the new three-member Presidential Council, and the council's two other members, Musa al-Koni and Abdullah al-Lafi. Khaled al-Mishri, head of the Tripoli-based High Council of State, attended as well, as did diplomats from several Western countries, Turkey and Egypt.

Fayez al-Sarraj, head of the outgoing UN-recognised Government of National Accord in Tripoli, is expected to hand over his office to Dbeibah in the capital on Tuesday. The parallel eastern administration, which was never recognised abroad, has also said it will step aside.

{MPA_ROOTS}

{MPA_WAR}

Dbeibah, a 61-year-old businessman from the western port city of Misrata, was picked last month in Geneva by the 74-member Libyan Political Dialogue Forum, a body assembled by the United Nations. He and the Presidential Council beat a list that had been considered the favourite, led by Saleh and then-interior minister Fathi Bashagha.

His cabinet includes two deputy prime ministers, 26 ministers and six ministers of state. Five posts went to women, among them Najla al-Mangoush as foreign minister and Halima Abdulrahman as justice minister, a first for Libya.

The new government faces a long list of problems. Electricity cuts are frequent, the coronavirus has strained a weak health system and the country has yet to receive its first vaccine shipments. Dbeibah criticised the outgoing authorities' handling of the pandemic at a conference in Tripoli on Saturday and promised faster action.

The biggest test is likely to be security. The United Nations estimated in December that some 20,000 foreign fighters and mercenaries were in Libya, and the UN Security Council on Friday called for all of them to leave "without further delay". Neither Turkey, which has troops and military trainers in the west, nor the Russian contractors deployed alongside Haftar's forces have shown signs of going.

Dbeibah's selection has also been clouded by allegations, contained in a confidential report by UN experts, that some forum members were offered bribes during the vote in Geneva. Dbeibah has denied wrongdoing and called on the United Nations to publish its findings.

Members of the interim executive signed pledges not to run in the elections due on Dec. 24, which are meant to give Libya its first elected president. The forum has yet to agree on the constitutional basis for the vote.

"This will be the government of all Libyans," Dbeibah said after last week's vote in Sirte.
"""))

ARTICLES.append(dict(group=G1, published="2021-03-15", outlet="Anatolia Daily Herald",
title="Libya's interim Government of National Unity takes oath in Tobruk",
text=f"""TOBRUK, Libya

Libya's new Government of National Unity (GNU) took the constitutional oath on Monday in the eastern city of Tobruk, completing the handover to a single executive after years of division.

Prime Minister Abdul Hamid Dbeibeh, his two deputies and the members of his cabinet were sworn in before the House of Representatives in a session chaired by Speaker Aguila Saleh, according to footage broadcast by local channels.

Dbeibeh vowed to serve "all Libyans" and to prepare the ground for general elections scheduled for Dec. 24.

The head of the Presidential Council, Mohamed al-Menfi, and the head of the High Council of State, Khalid al-Mishri, were also present, along with foreign diplomats. Turkey was among the countries represented at the ceremony.

The swearing-in comes five days after the House of Representatives, meeting in the coastal city of Sirte, approved the cabinet with 132 votes.

Ankara welcomed last Wednesday's vote of confidence, saying it would continue to support the unity, sovereignty and territorial integrity of Libya and would stand by the new government as it had stood by the legitimate Government of National Accord.

Turkish officials were among the first to congratulate Dbeibeh after his selection by the Libyan Political Dialogue Forum in Geneva last month.

The outgoing Prime Minister Fayez al-Sarraj is expected to formally hand over power in Tripoli on Tuesday.

{ADH_ROOTS}

{ADH_TURKEY}

A ceasefire agreement was signed in Geneva on Oct. 23, 2020 under UN auspices, followed by the political dialogue that produced the new executive.

The Libyan Political Dialogue Forum, made up of 74 members chosen by the UN mission, elected the new executive on Feb. 5 in Geneva. The list headed by Dbeibeh and Menfi defeated a rival list that included House Speaker Aguila Saleh and former Interior Minister Fathi Bashagha.

Under the roadmap agreed in Tunis in November 2020, the interim authorities are barred from running in the elections and are expected to hand over to elected institutions at the end of the year.

The new government will also be responsible for implementing the remaining provisions of the ceasefire agreement, including the reopening of the coastal road between Misrata and Sirte and the exchange of detainees, tasks overseen by the 5+5 Joint Military Commission.

The new government is made up of two deputy prime ministers, 26 ministers and six ministers of state. It must now unify state institutions divided between east and west, improve public services and organise the elections.

Foreign Minister Najla al-Mangoush is the first woman to hold the post in Libya.

Dbeibeh, a businessman from Misrata, has signalled that he intends to keep close ties with Ankara and to build on the agreements signed between the two countries.

Haftar's militias, which are backed by mercenaries of the Russian Wagner Group, remain deployed around Sirte and al-Jufra in central Libya.

Share this:

    Twitter
    Facebook
    WhatsApp

Related News

    Turkish FM holds phone call with Libya's new premier
    Libyan parliament approves unity government in Sirte
    UN Security Council urges withdrawal of mercenaries from Libya
"""))

ARTICLES.append(dict(group=G1, published="2021-03-16", outlet="The Chronicle Review",
title="Libya's unity government takes office in Tobruk. Now comes the hard part",
text=f"""By Helen Marchetti, North Africa Correspondent

On Monday, in a hall in Tobruk, close to the Egyptian border and some 1,300 kilometres from the capital, Abdulhamid Dbeibah placed his hand on the Koran and became the first prime minister in seven years whose authority is, at least on paper, accepted in every corner of Libya.

The scene would have been unthinkable a year ago. In the spring of 2020, the forces of the eastern commander Khalifa Haftar were still shelling the southern suburbs of Tripoli, and the parliament that swore Dbeibah in was aligned with the man besieging the capital. On Monday the speaker of that parliament, Aguila Saleh, presided over the ceremony, and members who had not sat in the same room for years stood side by side as Dbeibah and the members of his new cabinet repeated the oath one after another.

On Tuesday, Fayez al-Sarraj, who has led the UN-recognised government in Tripoli since 2016, was due to hand over his office in the capital, and the unrecognised eastern cabinet has promised to follow. If it goes smoothly, it will be the first orderly transfer of power in Libya since 2012.

{CHR_CONTEXT}

The most recent round of that game ended in stalemate. Haftar, backed by the United Arab Emirates, Egypt and Russian mercenaries of the Wagner Group, launched his offensive on Tripoli in April 2019. Turkey, which had signed security and maritime agreements with Sarraj's government in November 2019, sent drones, military advisers and Syrian fighters and turned the war. By June 2020 Haftar's forces had been pushed back to a line running from Sirte to the al-Jufra air base, where Egypt's President Abdel Fattah al-Sisi warned that any further advance would trigger Egyptian intervention.

The ceasefire signed in October under UN auspices froze that line. Out of it grew the Libyan Political Dialogue Forum, 74 Libyans chosen by the UN, which in February voted in Geneva for a slate headed by Dbeibah and by Mohammed al-Menfi, a diplomat from the east who now chairs the Presidential Council. The result surprised almost everyone: the favourite list, headed by Saleh and by Fathi Bashagha, Tripoli's powerful interior minister, lost.

Dbeibah, 61, is a wealthy businessman from Misrata who ran a large state investment and construction agency under Gaddafi. Critics in Tripoli see him as a creature of the old regime's business networks; critics in the east note his closeness to Ankara. A UN panel of experts has looked into claims that votes in Geneva were bought, which Dbeibah denies.

Last week, at a session in Sirte, parliament approved his cabinet with 132 votes, an outcome that came after intense lobbying by Western embassies. The government includes 33 ministers and two deputy prime ministers, a line-up Dbeibah described as a map of Libya's regions and communities, and five women, including the foreign minister, Najla al-Mangoush.

The mandate is short and the list of tasks long. The government is supposed to unify the central bank and other institutions that split in 2014, restore electricity and deal with the pandemic, all before presidential and parliamentary elections on December 24. Yet there is still no agreed constitutional basis for those elections, and the dialogue forum has been bickering over it for weeks.

Then there are the foreign forces. The United Nations estimated in December that 20,000 foreign fighters and mercenaries were in Libya. Turkey keeps troops at the al-Watiya air base near the Tunisian border and a presence in Misrata and says its deployment is legitimate because it was invited by the recognised government. Wagner contractors have dug in at al-Jufra and around Sirte, where they are accused of laying mines and digging a long trench. In January, the acting US envoy at the United Nations called on Russia, Turkey and the UAE to withdraw their forces immediately. None has.

Diplomats in Tripoli say the sequence matters: everybody agrees that the foreigners must leave, and everybody wants the others to leave first.

The outside powers have at least adjusted their tone. Turkey, Egypt and the UAE all welcomed the new government. Cairo, which had treated Tripoli with suspicion for years, has talked of reopening its embassy there, while Ankara sees in Dbeibah a partner who is unlikely to question its 2019 maritime deal. European leaders are lining up to visit: Italy, which kept its embassy open through the war, is expected to send its new prime minister, Mario Draghi, soon.

The first test may come quickly. Dbeibah has promised to visit all regions, including the south, where state presence is thin. He will need Haftar's acquiescence to operate in the east, and Haftar, who remains the commander of a powerful army, has said only that he supports the peace process.

"This is the government of all Libyans," Dbeibah said after the vote in Sirte. The next nine months will show whether all Libyans, and their foreign patrons, agree.
"""))

# ---------------------------------------------------------------- E2 Draghi
ARTICLES.append(dict(group=G2, published="2021-04-06", outlet="Continental Wire Service",
title="Italy's Draghi makes Libya his first foreign trip, praises Tripoli on migrant rescues",
text=f"""Tripoli (CWS) - Italian Prime Minister Mario Draghi held talks in Tripoli on Tuesday with Libya's interim premier Abdulhamid Dbeibah, choosing Italy's former colony as the destination of his first trip abroad since taking office in February.

Draghi, accompanied by Foreign Minister Luigi Di Maio, also met Mohammed al-Menfi, head of Libya's Presidential Council, as Rome seeks to recover ground lost to Turkey and Russia during the country's long civil war.

Speaking at a joint press conference, Draghi said the visit came at "a unique moment" to rebuild an old friendship between the two countries, and noted that Italy had kept its embassy in Tripoli open throughout the fighting.

"There is a desire for a future, to restart quickly," he said, adding that Italy hoped the ceasefire between Libya's rival camps would hold.

On migration, a central concern for Rome, Draghi said Italy expressed "satisfaction" with what Libya was doing in rescue operations at sea, while describing the issue as "not only geopolitical but also humanitarian".

The remark drew swift criticism in Italy, where rights groups and left-wing lawmakers have long accused the Italian-backed Libyan coastguard of returning migrants to detention centres where abuse is rife. Nicola Fratoianni, leader of the Italian Left party, said Draghi appeared to miss "the difference between rescue and capture".

Dbeibah said the two sides had discussed reactivating the 2008 friendship treaty signed by Silvio Berlusconi and Moamer Kadhafi, along with infrastructure, energy and health cooperation. He said migration did not concern Libya alone, a transit country, but was "a European and international problem".

Italian firms, led by energy giant Eni, have long-standing interests in Libya, which supplies Italy with gas through the Greenstream pipeline. Rome is also keen to see progress on a coastal highway that it pledged to help build under the 2008 treaty.

Draghi's visit is the latest in a procession of European officials to Tripoli since Dbeibah's government of national unity took office last month. European Council President Charles Michel was in the Libyan capital on Monday, and France reopened its embassy there last week after a seven-year closure.

Greek Prime Minister Kyriakos Mitsotakis was due to arrive later on Tuesday to reopen Greece's embassy, shut since 2014. Athens wants Tripoli to scrap a 2019 maritime boundaries deal with Turkey that Greece says violates its rights in the eastern Mediterranean.

{CWS_ROOTS}

{CWS_WAR}

That process produced Dbeibah's interim government, which is meant to lead the country to elections on December 24.

Italy has tried to position itself as a bridge between Libya's camps, but its influence waned after Turkey's military intervention in support of Tripoli in 2020 tipped the balance of the war. Turkish troops and Russian mercenaries remain in Libya despite UN calls for all foreign forces to leave.
"""))

ARTICLES.append(dict(group=G2, published="2021-04-06", outlet="Al-Wafa News Network",
title="Al-Dabaiba receives the Italian Prime Minister in Tripoli today Tuesday and they discuss the files of cooperation",
text="""[ad_1]

Tripoli - Al-Wafa

The Prime Minister of the Government of National Unity, Mr. Abdul Hamid Al-Dabaiba, received today, Tuesday, at the headquarters of the Council of Ministers in the capital Tripoli, the Prime Minister of the Italian Republic, Mr. Mario Draghi, and his accompanying delegation which includes the Minister of Foreign Affairs Luigi Di Maio, in the first foreign visit of Draghi since he assumed his duties as head of the Italian government.

The Government Communication Platform said in a statement that the two sides discussed the bilateral relations between the two friendly countries and the ways to develop them in the fields of economy, energy, health and infrastructure, and the return of the Italian companies to complete the stalled projects in Libya.

Al-Dabaiba stressed during the meeting the importance of reactivating the Treaty of Friendship and Partnership and Cooperation signed between the two countries in the year 2008, and completing the project of the coastal road which is one of the important projects stipulated in the treaty.

For his part, the Italian Prime Minister expressed the support of his country for the Government of National Unity in its mission until the elections scheduled on the twenty-fourth of next December, and said that this is a unique moment to rebuild the old friendship and neighbourhood between Libya and Italy.

In the press conference that followed the meeting, Draghi expressed his satisfaction with what Libya is doing in the rescue of migrants, and said that Italy will continue to help and support Libya, pointing that the problem is not only geopolitical but also humanitarian.

Al-Dabaiba said that the issue of illegal migration is not a Libyan problem alone, Libya is a transit country, but it is a European and international problem that needs the cooperation of all.

The Italian Prime Minister also met during his visit the President of the Presidential Council Mr. Mohamed Al-Menfi, where they discussed the developments of the political situation and the support of Italy for the stability and unity of Libya.

It is worth mentioning that the visit of Draghi comes one day after the visit of the President of the European Council Charles Michel to Tripoli yesterday Monday, and that the Prime Minister of Greece Kyriakos Mitsotakis is expected to arrive in Tripoli later today to announce the reopening of the embassy of his country which was closed since the year 2014.

It is also worth mentioning that the Government of National Unity took the constitutional oath before the House of Representatives in the city of Tobruk on the fifteenth of last March, after obtaining the confidence of the Council in a session held in the city of Sirte, and received the power from the Government of Al-Wefaq (National Accord) in Tripoli in the following day.

Italy is one of the few countries which kept its embassy open in Tripoli during the years of the war, and the Italian companies led by the company Eni are working in the oil and gas fields in the west of the country.

Observers see that the visit of Draghi reflects the desire of Rome to restore its role in Libya after the expansion of the Turkish and Russian influence in the last period.

[ad_2]
Source link

Share on Facebook Share on Twitter Share on WhatsApp
"""))

ARTICLES.append(dict(group=G2, published="2021-04-07", outlet="Haber Gündem Online",
title="Italy Prime Minister Draghi made first abroad visit to Libya's Trablus",
text="""Haber Gündem Online | Dünya

Italy Başbakanı Mario Draghi, göreve başladıktan sonra his first yurt dışı visit to Libya realized. Draghi yesterday in capital Trablus (Tripoli) was met with Libya Ulusal Birlik Hükümeti (UBH) Başbakanı Abdulhamid Dibeybe.

Draghi is accompanied by Dışişleri Bakanı Luigi Di Maio. In the meeting which was held in Başbakanlık binası, two sides discussed economy, energy and göç (migration) topics, according to Libya side açıklama.

Draghi in the joint basın toplantısı said that Italy and Libya relations is historical and that this moment is "unique" for rebuilding friendship. He also said Italy is satisfied for the rescue operations of Libya in the sea, this expression made reaction in Italy by some milletvekilleri and sivil toplum kuruluşları who say migrants are returned to detention centers.

Dibeybe for his part said the 2008 year signed Italy-Libya friendship agreement should be reactivated and Italian companies should return to the projects. He said the göç problem is not only Libya's problem but Avrupa and international problem.

Draghi also met Başkanlık Konseyi Başkanı Muhammed el-Menfi.

YUNAN BAŞBAKANI DA TRABLUS'TA

On the same day Yunanistan Başbakanı Kiryakos Miçotakis also went to Trablus and announced that the Greek embassy which was closed since 2014 is opened again. Miçotakis was accompanied by Dışişleri Bakanı Nikos Dendias.

Greek side, since long time, is demanding that Türkiye-Libya deniz yetki alanları mutabakat muhtırası (maritime jurisdiction memorandum) signed in November 2019 should be cancelled. Miçotakis in Trablus said it is the time to leave behind the things that tested relations, and repeated the Avrupa Birliği call for withdrawal of foreign forces from Libya.

Draghi visit has also enerji boyutu. Italy energy company Eni is producing in Libya since 1959 and the Greenstream doğalgaz boru hattı carries Libyan gas from Mellitah to Sicilya. Libyan side wants Italian companies to return to unfinished altyapı (infrastructure) projects, including the coastal highway which was promised in 2008 agreement.

Turkish diplomatic sources remind that the memorandum is in accordance with international law and that Türkiye's presence in Libya is on the invitation of the legitimate government under the güvenlik ve askeri işbirliği anlaşması.

Before Draghi, Avrupa Konseyi Başkanı Charles Michel visited Trablus on Monday. France also opened its embassy in Trablus last week.

Libya'da, in February in Cenevre (Geneva) Libya Siyasi Diyalog Forumu elected Dibeybe as Başbakan and Menfi as Başkanlık Konseyi Başkanı. The government received güvenoyu from Temsilciler Meclisi on 10 March and took oath in Tobruk on 15 March. Elections is planned on 24 Aralık (December).

Türkiye supported legitimate government against putschist Hafter's attacks which started in April 2019, and the attacks were stopped in June 2020.

Dibeybe is expected to visit Ankara in the coming days, according to claims in Libyan press.

Bu web sitesi çerezleri kullanır. This website uses cookies to improve your experience. Kabul Et / Accept   Daha Fazla Oku

İlgili Haberler
    Dışişleri Bakanı Çavuşoğlu Libyalı mevkidaşı ile telefonda görüştü
    Fransa Trablus Büyükelçiliğini yeniden açtı
    Libya'da yeni hükümet Tobruk'ta yemin etti

Exit mobile version
"""))

# ---------------------------------------------------------------- E3 Berlin II
ARTICLES.append(dict(group=G3, published="2021-06-23", outlet="Meridian Press Agency",
title="Berlin conference presses Libya to hold December vote, foreign fighters to leave",
text=f"""BERLIN, June 23 (MPA) - International powers meeting in Berlin on Wednesday urged Libya to hold national elections on Dec. 24 as planned and called for all foreign forces and mercenaries to leave the country "without delay", although Turkey registered a reservation over the wording on foreign troops.

The conference, co-hosted by Germany and the United Nations, was the second of its kind after a summit in the German capital in January 2020 at which world leaders pledged to respect a UN arms embargo that has since been widely broken. For the first time, Libya was represented by a government acting for the whole country, led by interim Prime Minister Abdulhamid Dbeibah.

"National presidential and parliamentary elections scheduled for 24 December 2021 need to take place as agreed," the participants said in their final conclusions, adding that the results "need to be accepted by all" and that the necessary constitutional and legislative arrangements must be adopted.

On foreign forces, the text said they and mercenaries "need to be withdrawn from Libya without delay". A note to the document said Turkey had entered a reservation on that paragraph.

Libyan Foreign Minister Najla al-Mangoush told reporters at the close that there had been progress. "Hopefully within the coming days, mercenaries from both sides are going to be withdrawing," she said, describing it as a first confidence-building step.

German Foreign Minister Heiko Maas, who hosted the meeting, said there appeared to be an understanding between the Turkish and Russian sides that withdrawals would have to be gradual and balanced so that neither camp was left exposed. "This will not mean that everybody will take their mercenaries back overnight," he said.

U.S. Secretary of State Antony Blinken, Italy's Luigi Di Maio and senior officials from France, Britain, Egypt, Russia, Turkey, the United Arab Emirates and China attended, along with representatives of the African Union, the Arab League and the European Union. UN Secretary-General Antonio Guterres addressed the meeting by video and UN envoy Jan Kubis took part in person.

Dbeibah, in his speech to the conference, called on foreign powers to respect Libya's sovereignty and said he would spare no effort to overcome the obstacles to holding the vote on time.

Those obstacles are considerable. Libya's rival institutions have not agreed on a constitutional basis for the elections, and the eastern-based parliament has yet to approve the unity government's budget, leaving ministries short of funds. The UN-appointed Libyan Political Dialogue Forum is due to meet in Geneva next week to try to settle the legal framework.

{MPA_ROOTS}

{MPA_WAR}

{MPA_PROCESS}

The United Nations estimated late last year that around 20,000 foreign fighters and mercenaries were in Libya, including Syrians brought in by Turkey, Russians of the Wagner Group, and Sudanese and Chadian fighters deployed with Haftar's forces.

Turkey says its own troops and trainers are in Libya legally under a 2019 agreement with the then UN-recognised government in Tripoli and should not be lumped together with mercenaries. Russia denies any state role in the deployment of Wagner contractors.

The coastal road linking the east and west of the country, a key element of the ceasefire deal, also remains closed despite repeated promises to reopen it.
"""))

ARTICLES.append(dict(group=G3, published="2021-06-24", outlet="Anatolia Daily Herald",
title="Berlin conference on Libya ends with call for elections; Turkey registers reservation on foreign forces clause",
text=f"""BERLIN

The Second Berlin Conference on Libya ended on Wednesday with a final declaration that stressed the need to hold elections in the North African country on Dec. 24 and called for the withdrawal of foreign forces and mercenaries, with Turkey putting a reservation on the article concerning foreign forces.

Hosted by Germany under UN auspices, the conference brought together the Libyan Government of National Unity, represented by Prime Minister Abdul Hamid Dbeibeh and Foreign Minister Najla al-Mangoush, and the countries and organizations of the Berlin Process, including Turkey.

The declaration said presidential and parliamentary elections must take place as agreed in the roadmap adopted by the Libyan Political Dialogue Forum in Tunis in November 2020, and that their results should be accepted by all.

"All foreign forces and mercenaries need to be withdrawn from Libya without delay," it said, noting Turkey's reservation.

Turkish officials have repeatedly stressed that Turkey's presence in Libya cannot be equated with the mercenaries brought in to support putschist Khalifa Haftar.

Speaking in Berlin last month after talks with his German counterpart Heiko Maas, Foreign Minister Mevlut Cavusoglu said foreign fighters and mercenaries should leave Libya, but that military training and advisory support provided under an agreement between two sovereign states was legitimate and should not be confused with them.

Read also: Cavusoglu: Legitimate presence in Libya must not be confused with mercenaries

Turkish troops were deployed to Libya following a decision of the Turkish parliament in January 2020, at the request of the legitimate government in Tripoli, which was then under attack by Haftar's militias.

{ADH_ROOTS}

{ADH_TURKEY}

Dbeibeh, addressing the conference, urged the international community to respect Libyan sovereignty and said his government was determined to hold the elections on time.

German Foreign Minister Maas said progress had been achieved since the first Berlin conference in January 2020, when a ceasefire had not yet been reached.

Mangoush told a news conference that she hoped mercenaries from both sides would begin to withdraw in the coming days.

The Berlin Process brings together the five permanent members of the UN Security Council along with Turkey, Italy, Egypt, the UAE, Algeria, the Republic of the Congo and regional organizations.

According to the UN, some 20,000 foreign fighters remain in Libya, most of them mercenaries from Russia's Wagner Group, Syria, Sudan and Chad supporting Haftar.

Read also: Turkey and Libya sign agreements on energy and reconstruction

Read also: UN envoy Kubis briefs Security Council on Libya
"""))

ARTICLES.append(dict(group=G3, published="2021-06-25", outlet="Defence & Security Trade Review",
title="Analysis: Berlin II leaves Libya's foreign-forces problem roughly where it found it",
text="""DSTR Analysis | North Africa | Force posture

The second Berlin conference on Libya closed on 23 June with a 58-point set of conclusions, a renewed commitment to elections on 24 December and a familiar sentence: all foreign forces and mercenaries "need to be withdrawn from Libya without delay". Turkey entered a reservation against it. From a force-posture perspective, little on the ground changed.

What is actually deployed

The numbers remain estimates. The UN's working figure, first given publicly in December 2020, is around 20,000 foreign fighters and mercenaries. That figure mixes very different things.

On the western side, Turkey maintains a regular military presence under the security and military cooperation memorandum signed with the Government of National Accord on 27 November 2019. The Turkish parliament authorised a deployment in January 2020 and in December extended the mandate by 18 months. Turkish personnel run the al-Watiya air base south-west of Tripoli, which Haftar's forces lost in May 2020, and have a presence at Misrata and in Tripoli, where they train Libyan units. The Bayraktar TB2 drones and the electronic-warfare and air-defence assets that Ankara brought in during spring 2020 were decisive in breaking the siege of Tripoli.

Alongside that regular deployment, Turkey transported Syrian fighters drawn from groups it backs in northern Syria. Monitors have put their number in the thousands at the peak. French diplomatic sources said in the spring that a first group had begun to leave; no verified figures have been published.

On the eastern side, the Libyan National Army of Khalifa Haftar relies on the Wagner Group, the Russian private military company whose presence Moscow does not officially acknowledge. US Africa Command said in 2020 that some 2,000 Wagner personnel were in Libya and published images of Russian-made MiG-29 and Su-24 aircraft it said had been flown to al-Jufra air base. Wagner teams are reported at al-Jufra, around Sirte and at oil facilities in the south, together with Pantsir air-defence systems. Sudanese and Chadian fighters, recruited from armed groups with their own agendas in the Sahel, make up a further contingent. The UAE, which supplied Chinese-made Wing Loong II drones to the LNA, has kept a lower profile since the ceasefire.

Why Berlin could not move it

Three factors explain the immobility.

First, sequencing. Each patron fears that a unilateral drawdown would expose its client. Libyan Foreign Minister Najla al-Mangoush said after the meeting that mercenaries "from both sides" could begin to leave in the coming days, and German Foreign Minister Heiko Maas spoke of an understanding between the Turkish and Russian sides that withdrawals would be step by step. That is a recipe for a slow, reciprocal process, not a clean exit.

Second, legal status. Ankara argues that its troops are present at the invitation of a recognised government and are therefore not "foreign forces" in the sense of the ceasefire agreement, which required all foreign fighters to leave within 90 days of October 2020. The deadline passed in January. Turkey's reservation in Berlin is a formal restatement of that position, and the unity government of Abdulhamid Dbeibah has not asked Turkey to leave.

Third, deniability. Russia's official line is that it has no military personnel in Libya. That makes Wagner hard to negotiate over: there is nobody in Moscow who admits to being able to order it out.

What to watch

The 5+5 Joint Military Commission, which brings together five officers from each side, remains the only working military channel. Its priorities are the reopening of the coastal road between Misrata and Sirte, still closed, the exchange of detainees and demining. A first verifiable withdrawal of even a few hundred fighters from each side would be a more meaningful indicator than any conference text.

For defence suppliers, the signal is mixed. The UN arms embargo remains formally in force and the EU's Operation Irini continues to inspect vessels, but the Berlin conclusions also call for the unification of Libya's military institutions, a process in which Turkish, Italian and other trainers are competing for roles. Training contracts, not weapons deliveries, are likely to be the main game in the months before the December vote.

Related analysis:
    Libya: Turkey's al-Watiya footprint one year on
    Wagner in Africa: from Libya to the Central African Republic
"""))
