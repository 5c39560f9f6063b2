# Events 7-9: ceasefire statements (2020-08-21), Geneva permanent ceasefire (2020-10-23),
# Turkish parliament extends Libya mandate (2020-12-22)

ARTICLES = []

def add(group, published, outlet, title, text):
    ARTICLES.append(dict(group=group, published=published, outlet=outlet,
                         title=title, text=text.strip("\n")))

G7 = "sarraj_and_saleh_announce_ceasefire_2020_08_21"
G8 = "libya_permanent_ceasefire_signed_in_geneva_2020_10_23"
G9 = "turkish_parliament_extends_libya_troop_mandate_2020_12_22"

# ---------------------------------------------------------------- E7
add(G7, "2020-08-21", "Continental News Service",
    "Libya's rival authorities announce cease-fire, call for elections",
"""
CAIRO, Aug. 21 (CNS) - Libya's two rival administrations on Friday announced in separate statements that they would cease hostilities across the country, raising hopes of a de-escalation after months of tension over the strategic city of Sirte.

Fayez Sarraj, who heads the U.N.-recognized Government of National Accord in Tripoli, said he had instructed all military forces "to immediately cease fire and all combat operations in all Libyan territories." Achieving an effective cease-fire, his statement said, requires that Sirte and the Jufra region to the south be demilitarized, with police forces from both sides agreeing on security arrangements there.

Sarraj also called for presidential and parliamentary elections in March next year on "an appropriate constitutional basis" agreed by Libyans, and for the departure of foreign forces and mercenaries.

In a separate statement, Aguila Saleh, speaker of the eastern-based House of Representatives, which is allied with commander Khalifa Hifter, also called on all parties to observe an immediate cease-fire. Saleh proposed that Sirte become the temporary seat of a new presidential council, protected by police forces drawn from the country's different regions.

"The cease-fire ends the road for any military interventions and must end in the expulsion of all mercenaries and the dissolution of all militias," Saleh said.

Both statements called for an end to a blockade of Libya's oil fields and export terminals imposed in January by groups loyal to Hifter, which has cost the country billions of dollars. Sarraj said oil revenues should be held in a special account of the National Oil Corporation at the Libyan Foreign Bank and not spent until a comprehensive political settlement is reached.

There was no immediate comment from Hifter, whose self-styled Libyan National Army controls Sirte and Jufra.

The U.N. acting envoy to Libya, Stephanie Williams, "warmly welcomed" the points of agreement in the two declarations, which she said "demonstrate the courage which Libya is in urgent need of during these trying times." She called for the rapid implementation of the cease-fire through a joint military commission of officers from both sides, and for the departure of all foreign forces and mercenaries.

Egyptian President Abdel Fattah el-Sissi, who in June warned that an attack on Sirte or Jufra would prompt Egypt's intervention, welcomed the announcements on social media, saying they were an important step toward a political settlement. The United States and Italy also welcomed the statements.

The announcements came after weeks of intensive diplomacy. German Foreign Minister Heiko Maas visited Tripoli and Abu Dhabi earlier this week and warned of a "deceptive calm" along the Sirte front, where both sides had massed forces. On Monday, Turkish Defense Minister Hulusi Akar and his Qatari counterpart were in Tripoli, where they discussed military cooperation with the government.

Fighting has been largely frozen since June, when forces allied with the Tripoli government, backed by Turkey, drove Hifter's forces from the capital's outskirts and advanced toward Sirte. Egypt's parliament authorized the deployment of troops abroad in July, and the U.S. military has accused Russia of supplying equipment and fighter jets to Russian private military contractors backing Hifter around Sirte and Jufra.

Oil-rich Libya descended into chaos after the 2011 uprising that toppled and killed Moammar Gadhafi. The country has since been divided between a U.N.-recognized administration in Tripoli and rival authorities in the east, each supported by militias and foreign governments.

Analysts cautioned that the statements, while significant, were not a signed agreement, and that much depended on Hifter and his foreign backers, as well as on the armed groups in western Libya, some of which oppose any deal with the east.
""")

add(G7, "2020-08-22", "Tripoli Voice",
    "Presidential Council orders immediate ceasefire, demands demilitarised Sirte and Jufra",
"""
Home / Politics / Presidential Council orders immediate ceasefire, demands demilitarised Sirte and Jufra

By Tripoli Voice staff | August 22, 2020

The President of the Presidential Council and Supreme Commander of the Libyan Army, Fayez Al-Sarraj, issued instructions on Friday to all military forces to immediately cease fire and all combat operations across Libyan territory.

In a statement, the Presidential Council said the decision was taken "based on its political and national responsibility" and on the current situation in the country and the region, including the conditions imposed by the coronavirus pandemic.

The statement said an effective ceasefire "requires that the Sirte and Jufra regions become demilitarised, and that the police forces from both sides agree on security arrangements within them." It added that the ultimate goal was "to restore full sovereignty over Libyan soil and the exit of foreign forces and mercenaries".

Al-Sarraj also called for the resumption of oil production and exports, with revenues deposited in a special account of the National Oil Corporation at the Libyan Foreign Bank until a comprehensive political settlement is reached in line with the Berlin Conference outcomes, and renewed his call for presidential and parliamentary elections next March on a constitutional basis agreed by Libyans.

In a parallel statement, the Speaker of the Tobruk-based House of Representatives, Aqila Saleh, also called for a ceasefire and proposed Sirte as a temporary seat for a new Presidential Council.

The war criminal Khalifa Haftar has not commented on the announcements. His militias are supported around Sirte and Jufra by Russia's Wagner mercenaries, who according to US Africa Command have received Russian military equipment and fighter jets.

The High Council of State said on Saturday that ending the "state of insurgency" required an immediate ceasefire and the extension of the government's authority over all Libyan soil, stressing that any dialogue must take place between elected bodies under the Libyan Political Agreement. It rejected any dialogue with Haftar.

The head of the UN Support Mission in Libya, Stephanie Williams, welcomed the two statements, as did the embassies of the United States, Italy and Germany.

The front line has been frozen west of Sirte since June, when the Libyan army reached the outskirts of the city after liberating the western region. Haftar's backers have since reinforced his positions: Egypt's President Sisi declared the Sirte-Jufra line a "red line" on June 20 and Egypt's parliament authorised sending troops abroad in July, while the UAE continued to fly cargo planes to eastern Libya, according to flight-tracking data cited by UN experts.

The Sirte-Jufra operations room said its forces would abide by the orders of the Supreme Commander but would respond to any attack. Families of the victims of the mass graves discovered in Tarhuna after its liberation in June have demanded that those responsible be brought to justice.

The Libyan army drove Haftar's militias from the outskirts of Tripoli, Tarhuna and Al-Watiya earlier this year, ending the 14-month aggression on the capital that killed and displaced thousands.

Related
Akar, Qatari defence minister visit Tripoli, sign training deal
Maas in Tripoli: 'deceptive calm' in Sirte
NOC: blockade losses exceed $8 billion

Share this:
Facebook | Twitter | WhatsApp
Exit mobile version
""")

add(G7, "2020-08-22", "RusInform",
    "Libyan sides declare ceasefire, call for demilitarised zone in Sirte and Jufra",
"""
BENGHAZI, Aug 22 - RusInform. The head of Libya's Tripoli-based Government of National Accord (GNA), Fayez Sarraj, and the Speaker of the House of Representatives seated in the east, Aguila Saleh, on Friday announced a ceasefire across the country in separate statements.

Sarraj said he had ordered all military forces to halt all fire and operations on the ground immediately. "The realization of an all-encompassing ceasefire requires that the regions of Sirte and Jufra be demilitarized and for law enforcement agencies on both sides to agree on security arrangements," his statement said.

Saleh, in his own statement, said the ceasefire should lead to the withdrawal of all foreign forces and mercenaries from Libya and the dissolution of militias, and proposed that Sirte host a new presidential council.

The Tripoli government also called for parliamentary and presidential elections to be held in March 2021.

The Libyan National Army (LNA) of Field Marshal Khalifa Haftar, which controls Sirte and the Jufra air base, did not immediately comment. The LNA has repeatedly accused Turkey of preparing an offensive on Sirte and has said it will respond to any attack.

The acting UN Special Representative for Libya, Stephanie Williams, welcomed the statements and called on the 5+5 Joint Military Commission to take them up quickly.

Sirte, the hometown of Muammar Gaddafi, lies roughly halfway between Tripoli and Benghazi and is considered the gateway to the so-called oil crescent, through which most of Libya's crude exports pass. Oil production has been almost entirely halted since January, when tribes and groups in the east and south closed fields and terminals in protest against what they called the unfair distribution of revenues by Tripoli.

German Foreign Minister Heiko Maas, who visited Tripoli and Abu Dhabi earlier this week, had warned that the situation around Sirte was dangerously tense despite a lull in fighting, and called for a demilitarised zone. Turkish Defence Minister Hulusi Akar and his Qatari counterpart held talks in Tripoli on Monday.

Moscow has consistently called for a political settlement in Libya on the basis of the Berlin conference decisions and UN Security Council resolutions, with the participation of all Libyan political forces. Russia has maintained contacts with both Tripoli and the east, and Russian officials have repeatedly said the conflict cannot be resolved militarily.

Russia has denied Western allegations that it has deployed military aircraft to Libya. US Africa Command has claimed that Russia supplied equipment and aircraft to private military contractors in Libya. Moscow has said it has no military personnel in Libya.

Libya is currently divided between two rival governments: the parliament elected in 2014 in the east of the country, supported by the LNA, and the GNA in the west, headed by Sarraj. Following the failure of the LNA offensive on Tripoli in June, the front line stabilised west of Sirte.

Egypt, which has warned that an attack on Sirte and Jufra would cross a "red line", welcomed the ceasefire statements, as did the United States and several European countries.
""")

# ---------------------------------------------------------------- E8
add(G8, "2020-10-23", "Meridian Press Wire",
    "Libya's warring sides sign 'permanent' ceasefire in Geneva",
"""
GENEVA (MPW) - Libya's two main warring factions signed a "permanent" ceasefire on Friday after five days of UN-hosted talks in Geneva, an agreement the United Nations hailed as a turning point toward ending nearly a decade of conflict, though Turkey's president questioned whether it would hold.

The deal, signed by five military officers from each side in the 5+5 Joint Military Commission, requires all military units and armed groups on the front lines to return to their bases and all foreign fighters and mercenaries to leave Libya within three months.

"Today is a good day for the Libyan people," Stephanie Williams, the UN's acting envoy for Libya, told a news conference. "At 11:15 a.m. this morning, here in the UN headquarters in Geneva, the two Libyan delegations signed a complete, countrywide and permanent ceasefire agreement with immediate effect."

"The road to a permanent ceasefire deal was often long and difficult," Williams said in Arabic at the signing ceremony, which the UN mission streamed live. She said much work lay ahead "in the coming days and weeks" to implement it.

The agreement was signed by Major General Ahmed Abu Shahma for the Tripoli-based Government of National Accord (GNA) and by Major General Emraja al-Amami for Khalifa Haftar's Libyan National Army (LNA). The two men shook hands after the signing.

Under its terms, military training agreements with foreign states are suspended until a new unified government takes office, and foreign training crews must leave the country. A joint operations room is to oversee security arrangements in areas cleared of armed units, and a limited joint military force is to deter violations. The ceasefire does not apply to UN-designated terrorist groups.

The two sides also agreed to open land and air routes across the front lines, work to end hate speech in the media, and restructure the guards protecting oil installations, whose blockade by pro-Haftar groups had cut Libya's oil output to a trickle for much of this year before it was lifted last month.

Turkish President Tayyip Erdogan, whose military support helped the GNA repel Haftar's offensive on Tripoli, was sceptical. "Today's ceasefire agreement was actually not made at the highest level, it was at a lower level. Time will tell whether it will last," he told reporters in Istanbul. "So it seems to me that it lacks credibility," he said, though he added he hoped it would be respected.

Ankara has a military agreement with the GNA under which it trains Libyan forces, and it was not immediately clear how the clause on foreign training would affect Turkish personnel. A Turkish official said Ankara's presence in Libya was at the request of the legitimate government.

UN Secretary-General Antonio Guterres called the deal "a fundamental step toward peace and stability" and urged foreign states to respect it. Egypt, Germany, Italy, Qatar and the European Union also welcomed it.

The agreement caps a de-escalation that began in August, when GNA head Fayez al-Serraj and Aguila Saleh, the speaker of the eastern-based parliament allied with Haftar, announced ceasefires in separate statements. Fighting had been largely frozen since June along a front line west of Sirte after the collapse of Haftar's 14-month assault on Tripoli.

Political talks, known as the Libyan Political Dialogue Forum, are due to begin in Tunisia on Nov. 9 with the aim of agreeing a roadmap to national elections.

Libya has had no stable central government since Muammar Gaddafi was overthrown in a NATO-backed uprising in 2011. Since 2014 it has been split between rival administrations in Tripoli and the east, each supported by armed groups and by foreign powers.

Haftar's LNA launched its offensive on Tripoli in April 2019. It is backed by the United Arab Emirates, Egypt and Russia, according to diplomats and UN experts, while Turkey has sent drones, air-defence systems and military advisers to the GNA, as well as Syrian fighters, according to the United Nations.

Diplomats said implementing the withdrawal of foreign fighters would be the hardest test. UN experts estimate that thousands of foreign fighters, including Syrians brought by Turkey and Russian contractors of the Wagner group, as well as Sudanese and Chadian fighters, remain in Libya.
""")

add(G8, "2020-10-23", "Bosphorus News Agency",
    "Libya's rival sides sign permanent cease-fire in Geneva; Erdogan questions durability",
"""
GENEVA

Delegations of Libya's warring parties signed a "permanent" cease-fire agreement on Friday in Geneva under the auspices of the UN, the UN envoy announced.

Stephanie Turco Williams, acting head of the UN Support Mission in Libya (UNSMIL), said the Libyan sides reached agreement for a truce with immediate effect in all areas of the country.

"Today is a good day for the Libyan people," Williams told a news conference after the deal was signed by the delegations of the 5+5 Joint Military Commission.

According to the agreement, all military units and armed groups on the front lines will return to their camps, and all mercenaries and foreign fighters will leave Libyan territory within three months.

Head of the government's delegation, Maj. Gen. Ahmed Abu Shahma, said the agreement aims to end bloodshed and protect Libya's unity and sovereignty.

Speaking to reporters after Friday prayers in Istanbul, President Recep Tayyip Erdogan said the agreement "does not seem to be reliable."

"The cease-fire agreement is not one at the highest level. Time will show how long it will persist," Erdogan said, adding: "I hope that this cease-fire decision will be followed."

Asked about the clause on the withdrawal of foreign fighters, Erdogan said it remained to be seen how a withdrawal of mercenaries within three months would be achieved.

Prime Minister Fayez al-Sarraj welcomed the agreement, saying it would pave the way for the success of the political dialogue. UN Secretary-General Antonio Guterres described the deal as a fundamental step toward peace and stability in Libya and urged all parties and foreign actors to respect it.

Turkish officials have stressed that Turkey's military advisers and trainers are in Libya at the invitation of the legitimate government under the security and military cooperation memorandum signed on Nov. 27, 2019, and cannot be equated with mercenaries such as Russia's Wagner group and militants brought to fight for putschist Khalifa Haftar.

The Libyan government was founded in 2015 under a UN-led agreement, but efforts for a long-term political settlement failed due to a military offensive by forces loyal to Haftar.

Since April 2019, Haftar's militias, supported by the UAE, Egypt and Russia, tried to capture the capital Tripoli. In June, the Libyan army, with the support of Turkey, drove the militias from Tripoli, Tarhuna and al-Watiya airbase. In August, Prime Minister Fayez al-Sarraj and Tobruk-based parliament speaker Aguila Saleh announced a cease-fire in separate statements.

Political talks under the UN-led Libyan Political Dialogue Forum are scheduled to begin in Tunisia in early November.

Since the ouster of late ruler Muammar Gaddafi in 2011, two seats of power have emerged in Libya: putschist Khalifa Haftar in the east, supported by the United Arab Emirates, Egypt and Russia, and the Government of National Accord in Tripoli, which enjoys UN and international recognition.

*Writing by Peter Kendall in Geneva and Emre Yalcin in Ankara
""")

add(G8, "2020-10-24", "CivicWire Releases",
    "UN-facilitated Joint Military Commission reaches complete and permanent ceasefire agreement for Libya",
"""
CivicWire Releases - Government & Public Affairs

GENEVA, Oct. 23, 2020 /CivicWire/ -- The delegations of the Libyan 5+5 Joint Military Commission (JMC), representing the Libyan Army of the Government of National Accord and the General Command of the Libyan National Army, today signed an Agreement for a Complete and Permanent Ceasefire in Libya at the United Nations Office at Geneva, according to a statement issued by the United Nations Support Mission in Libya (UNSMIL).

The Acting Special Representative of the Secretary-General and Head of UNSMIL, Stephanie Williams, strongly welcomed the signing, which she described as the result of four rounds of negotiations held since February 2020. The two delegations met face to face for the first time from 19 to 23 October.

Key provisions of the Agreement, as summarised by UNSMIL:

* Within a maximum of three months, all military units and armed groups on the front lines shall return to their camps, in parallel with the departure of all mercenaries and foreign fighters from all Libyan territories - land, air and sea.
* With immediate effect and until the new unified government assumes its functions, all military agreements on training inside Libya are suspended and training crews shall leave Libyan territory.
* A Security and Operations Room shall be established to propose and implement special security arrangements in the areas cleared of military units and armed groups, together with a limited military force of regular personnel to deter violations.
* The Petroleum Facilities Guard is to be restructured so that oil production and exports can continue uninterrupted.
* The parties will identify and categorise armed groups with a view to their integration into state institutions, and will take measures against hate speech.
* The ceasefire does not apply to UN-designated terrorist groups.

The Agreement was facilitated by the United Nations on the basis of Security Council resolutions 2510 (2020) and 2542 (2020) and the outcomes of the Berlin Conference. The parties requested that it be submitted to the Security Council for adoption.

"Today is a good day for the Libyan people," Ms. Williams said at a press briefing following the ceremony.

UNSMIL said the JMC would continue its work, including on the opening of land and air routes, exchanges of detainees and the unification of military institutions. The intra-Libyan political dialogue is due to convene in Tunisia in November.

Background
The 5+5 Joint Military Commission was established under the Berlin Conference process in January 2020 and held its first rounds in Geneva in February 2020. Talks resumed after the Head of the Presidency Council and the Speaker of the House of Representatives issued parallel ceasefire declarations on 21 August 2020.

About UNSMIL
The United Nations Support Mission in Libya is a special political mission established in 2011 by Security Council resolution 2009 to support Libya's transitional authorities.

Media contact: UNSMIL Spokesperson's Office
SOURCE United Nations Support Mission in Libya

Related Links
Agreement text (Arabic / English)
Previous: JMC agrees to open air and land routes (Oct. 21)
""")

add(G8, "2020-10-23", "Continental News Service",
    "FLASH: Libya's warring sides sign permanent cease-fire in Geneva - UN",
"""
GENEVA, Oct. 23 (CNS) - Libya's two main warring sides signed a permanent, countrywide cease-fire agreement with immediate effect in Geneva on Friday, U.N. acting envoy Stephanie Williams said.

Under the deal, front-line forces are to return to their bases and foreign fighters and mercenaries must leave Libya within three months, she said. "Today is a good day for the Libyan people," Williams told reporters.

The agreement was signed by military delegations of the Tripoli-based government and commander Khalifa Hifter's forces after five days of talks.

MORE TO COME
""")

# ---------------------------------------------------------------- E9
add(G9, "2020-12-22", "Bosphorus News Agency",
    "Turkish parliament extends Libya troop mandate by 18 months",
"""
ANKARA

The Turkish parliament on Tuesday approved a presidential motion extending the deployment of Turkish troops in Libya for another 18 months.

The motion, submitted to the parliament speaker's office by the Presidency earlier this month, extends the mandate that took effect on Jan. 2, 2020 for a further 18 months starting from Jan. 2, 2021.

"There are threats from Libya to Turkey and the entire region, and if attacks resume, Turkey's interests in the Mediterranean basin and North Africa will be adversely affected," the motion said.

It stressed that Turkey supports the UN-led political process and the cease-fire agreement signed on Oct. 23, and that the Turkish presence aims to contribute to Libya's security and stability through training and advisory support to the Libyan army, provided under the security and military cooperation memorandum signed with the legitimate government.

The ruling Justice and Development (AK) Party and its ally the Nationalist Movement Party (MHP) voted in favor, while opposition parties voted against the extension.

Parliament also approved on Tuesday a separate motion extending the mandate for Turkish troops in Afghanistan by 18 months.

Turkey's Defense Minister Hulusi Akar has said in recent weeks that Turkish training and advisory activities will continue as long as the Libyan government requests them, and that Turkish forces will respond to any attack on Turkish interests.

Ankara last month protested strongly after a German frigate under the EU's Operation Irini boarded a Turkish-flagged merchant ship bound for Misrata without the consent of the flag state, calling the move a violation of international law. The EU mission has been criticized by Turkey and the Libyan government for focusing on shipments to Tripoli while ignoring land and air supplies to Haftar.

Since January, Turkish military advisers and trainers have helped the Libyan army repel Haftar's 14-month offensive on the capital Tripoli. The Libyan army, with Turkish support, liberated Tripoli, Tarhuna and the al-Watiya airbase in the spring and early summer.

Turkey has also provided humanitarian aid, health care and education support to Libya, including during the coronavirus pandemic.

Under the cease-fire signed in Geneva in October, the parties agreed that foreign fighters and mercenaries should leave Libya within three months. Turkish officials have repeatedly said that Turkish personnel, present at the invitation of the legitimate government, cannot be equated with mercenaries.

The UN-led Libyan Political Dialogue Forum agreed in Tunis in November to hold national elections on Dec. 24, 2021, but has yet to agree on a mechanism to select a new unified executive.

Since the ouster of late ruler Muammar Gaddafi in 2011, two seats of power have emerged in Libya: putschist Khalifa Haftar in the east, supported by the United Arab Emirates, Egypt and Russia, and the Government of National Accord in Tripoli, which enjoys UN and international recognition.

Turkey and the Libyan government signed a security and military cooperation agreement and a memorandum on maritime jurisdiction on Nov. 27, 2019. The Turkish parliament approved the first one-year mandate for troop deployment on Jan. 2, 2020.
""")

add(G9, "2020-12-23", "Gundem Haber 24 (otomatik ceviri)",
    "TBMM'de Libya tezkeresi kabul edildi: Mehmetcik 18 ay daha Libya'da",
"""
TBMM'de Libya tezkeresi kabul edildi: Mehmetçik 18 ay daha Libya'da

Türkiye Büyük Millet Meclisi (TBMM) Genel Kurulunda, Turkish Armed Forces' in Libya mission extending for 18 months the Cumhurbaşkanlığı tezkeresi was accepted in yesterday.

The tezkere was accepted with the votes of AK Parti and MHP, muhalefet partileri gave no (ret) vote. According to the tezkere, the duration will extend 18 months from 2 Ocak 2021.

In tezkere it was said that if Hafter's attacks start again, Turkey's interests in Akdeniz havzası and Kuzey Afrika will be affected negative. Also the Afganistan tezkeresi was accepted in same session.

Turkey give education and consultancy to Libya army with the 27 Kasım 2019 agreement.

ETİKETLER: TBMM, Libya, tezkere, Hafter
Bu habere yorum yapılmamış. İlk yorumu siz yapın!
Çerez Politikası | Kabul Et
""")
