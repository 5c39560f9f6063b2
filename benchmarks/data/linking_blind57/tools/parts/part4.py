# Part 4: Tripoli protests (Aug 23), Sarraj step-down (Sep 16), Haftar-Maiteeg oil deal (Sep 18), Geneva ceasefire (Oct 23)
from part1 import MWS_BG_SPLIT, ADD_BG, ADD_BG_MOU
from part2 import MWS_BG_COLLAPSE
from part3 import MWS_BG_OIL, HE_FOOTER

ARTICLES = [
# ---------------------------------------------------------------- E10 Tripoli protests
dict(
group="tripoli_protesters_dispersed_by_gunfire_2020_08_23",
published="2020-08-24",
outlet="Tripoli Free Voice",
title="Gunfire breaks up Tripoli protest over power cuts and corruption; Interior Ministry blames 'infiltrators'",
text="""Hundreds of young people took to the streets of Tripoli on Sunday evening to protest against power cuts, water shortages, the lack of cash in banks and corruption, in the largest anti-government demonstration the capital has seen in years, before gunfire broke up the crowd near Martyrs' Square.

The protest, organised on social media by a group calling itself the "August 23 Movement", was timed for the anniversary of the day in 2011 when revolutionaries entered Tripoli and ended Muammar Gaddafi's rule. Marchers gathered at several points across the city, including Souq al-Juma, Gurji, Abu Salim and Ain Zara, before converging on the square.

Protesters complained of power cuts lasting 15 to 20 hours a day, food spoiling in the heat and banks that had no cash to pay out salaries. Some carried signs reading "The land of oil: look at the state of your sons" and chanted "No to corruption" and slogans calling for the government to leave.

Part of the crowd headed towards the headquarters of the Presidential Council on Baladiya Street, while another group marched along the Shatt road towards the hotel housing the High Council of State. Witnesses said men in civilian cars with tinted windows followed the marchers, and that shots were fired near the Mahari hotel as night fell. Several protesters were wounded, according to organisers, who also said a number of people were detained. The exact number of injuries could not be confirmed.

The Interior Ministry said in a statement that it respected the right to peaceful protest and that security personnel had been instructed to protect demonstrators. It said a group "infiltrated" the protest, fired shots and damaged public property, and that an investigation had been opened.

"We respect peaceful protest and the expression of opinion, but we will not accept the destruction of public buildings," Interior Minister Fathi Bashagha wrote on Twitter, adding that those responsible for shooting would be held accountable whoever they were.

The UN Support Mission in Libya expressed concern at reports of excessive force and called for an immediate and thorough investigation, saying the demonstrators had been exercising their legitimate right to peaceful protest.

The protest came two days after the head of the Presidential Council, Fayez al-Sarraj, announced a ceasefire across Libya and called for elections in March, and for oil exports to resume with revenues frozen in a special account. The blockade imposed by Haftar's militias on oil fields and ports since January has cut the country's income and worsened a chronic electricity crisis, with long blackouts during the summer heat and the coronavirus pandemic.

Demonstrations were also reported in Misrata and Zawiya, where residents have protested for several days against poor services.

Organisers said they would return to the streets on Monday and called for the resignation of officials they blame for the collapse of public services.

Share this:
Facebook
Twitter
WhatsApp
Telegram

Related
Sarraj orders immediate ceasefire, calls for March elections
GECOL: load-shedding to continue until gas supplies improve"""
),
dict(
group="tripoli_protesters_dispersed_by_gunfire_2020_08_23",
published="2020-08-24",
outlet="Al-Nahar Al-Arabi Net",
title="Live bullets to disperse demonstrators in Tripoli .. and the UN mission demands investigation",
text="""Tripoli - Al-Nahar Al-Arabi

Armed men opened fire, yesterday Sunday, to disperse hundreds of demonstrators who came out in the Libyan capital Tripoli to protest against the deterioration of living conditions, the power outages and the spread of corruption, in the first demonstrations of this size in the capital since years.

The demonstrators gathered in the Martyrs' Square in the centre of the capital, and raised slogans demanding the fall of the Presidential Council and the holding of the corrupt officials accountable, and they chanted "the people want the fall of the regime", before a part of them moved towards the headquarters of the Presidential Council and the headquarters of the High Council of State.

And eyewitnesses said that armed men in civilian cars fired live bullets in the direction of the demonstrators near the Mahari Hotel, which led to the injury of a number of them, while activists spoke about the kidnapping of some of the organisers. Some witnesses accused militias affiliated to the reconciliation government of the shooting, while others spoke about Syrian mercenaries, and it was not possible to verify this from an independent source.

For its part, the Ministry of Interior in the reconciliation government (al-Wefaq) said that "an infiltrated group" among the demonstrators fired shots and attacked public property, and the minister Fathi Bashagha affirmed that the ministry "protects the right to peaceful demonstration" and that an investigation was opened.

And the United Nations Support Mission in Libya called, today Monday, for an immediate and comprehensive investigation into the use of excessive force against the peaceful demonstrators.

It is worth mentioning that the demonstrations come two days after the announcement of al-Sarraj and the Speaker of Parliament Aguila Saleh of a ceasefire in all Libyan territories.

It is worth mentioning that the residents of the capital suffer from power outages that reach more than 15 hours a day, with a shortage of liquidity in the banks and the deterioration of health services with the spread of the Corona virus.

Read also:
- The "August 23 Movement" .. who are the young people who moved the street of Tripoli?
- Zawiya: demonstrations for the third day against the deterioration of services

Al-Mismari: the initiative of al-Sarraj is "media marketing" written in another capital

Benghazi - Al-Nahar Al-Arabi

The spokesman of the General Command of the Libyan army, Major General Ahmed al-Mismari, said, yesterday Sunday, that the initiative announced by the head of the Presidential Council Fayez al-Sarraj for a ceasefire is "for media marketing" and aims to mislead the local and international public opinion, considering that it "was written in another capital".

Al-Mismari added in a press conference in Benghazi that the army monitored during the last hours "suspicious movements" of the militias and the Turkish mercenaries, and Turkish ships and frigates advancing towards Sirte "in an offensive position", according to his expression.

And he said: "If al-Sarraj wanted a ceasefire, he would have withdrawn his forces and not pushed them towards our units in Sirte," stressing that the armed forces "are in a combat position and ready to deal with the enemy if it thinks of advancing towards Sirte and al-Jufra".

It is worth mentioning that al-Sarraj had announced last Friday an immediate ceasefire and called for the demilitarisation of Sirte and al-Jufra and for elections next March, while Aguila Saleh issued a separate statement in the same sense.

Read also:
- Aguila Saleh: Sirte a temporary seat for the new Presidential Council"""
),
dict(
group="tripoli_protesters_dispersed_by_gunfire_2020_08_23",
published="2020-08-23",
outlet="MENA Daily Briefing",
title="Live: Shots fired as rare protest in Tripoli is dispersed; LNA dismisses ceasefire",
text="""MENA Daily Briefing - Sunday, 23 August - LIVE

21:35 GMT - Tripoli: gunfire disperses anti-government protest
Hundreds marched to Martyrs' Square against blackouts, cash shortages and corruption, the first such rally in the capital in years, timed for the anniversary of Tripoli's fall in 2011. Witnesses report shots fired by men in civilian cars; several injured, per organisers. Interior Ministry blames "infiltrators", says investigation opened.

18:10 GMT - Benghazi: LNA spokesman Ahmed al-Mismari calls Friday's GNA ceasefire "media marketing", says Turkish ships seen heading to Sirte.

15:30 GMT - Lebanon: caretaker PM Diab meets President Aoun on government formation.

Updates continue."""
),
# ---------------------------------------------------------------- E11 Sarraj announces step-down
dict(
group="sarraj_announces_he_will_step_down_2020_09_16",
published="2020-09-16",
outlet="Meridian Wire Service",
title="Libya's Tripoli prime minister Sarraj says he will step down by end of October",
text=f"""TRIPOLI (MWS) - Fayez al-Sarraj, head of Libya's internationally recognised Government of National Accord (GNA), said on Wednesday he wanted to hand over power to a new executive by the end of October, as U.N.-backed talks seek to unify the divided country.

"I declare my sincere desire to hand over my duties to the next executive authority no later than the end of October," Sarraj said in a televised address from Tripoli.

He said he hoped a dialogue committee would complete its work and choose a new presidential council and prime minister, and called on negotiators to move quickly to ensure a peaceful and smooth transition.

Sarraj said recent talks between the rival camps had laid the groundwork for a new preparatory phase to unify state institutions and hold parliamentary and presidential elections. He said the political climate was so polarised that every attempt at a settlement had been extremely difficult, and that some parties had bet on war.

Delegations of the eastern-based House of Representatives and the Tripoli-based High Council of State met in the Moroccan resort of Bouznika last week and agreed on criteria for appointing officials to key sovereign positions. Separately, consultations in Montreux, Switzerland, recommended elections within 18 months.

Sarraj's announcement follows weeks of street protests in Tripoli and other western cities over power cuts, cash shortages and corruption, which began on Aug. 23 when armed men fired on demonstrators. In late August Sarraj suspended his powerful interior minister, Fathi Bashagha, pending an investigation into the handling of the protests, before reinstating him.

In the east, the administration allied with commander Khalifa Haftar, headed by Abdullah al-Thinni, submitted its resignation to the eastern parliament on Sunday after protesters in Benghazi and other cities set fire to government buildings and demanded better services.

Sarraj, 60, a former architect from a prominent Tripoli family, was appointed in 2015 to head the Presidential Council created by the U.N.-brokered Skhirat agreement. He arrived in Tripoli by sea in March 2016 and has struggled ever since to impose his authority over the armed groups that control the capital.

His government survived Haftar's 14-month assault on Tripoli with decisive military support from Turkey. Analysts said his departure could open a contest for power within the western camp, where Bashagha and Presidential Council deputy Ahmed Maiteeg are seen as potential contenders.

{MWS_BG_SPLIT}

{MWS_BG_COLLAPSE}

Sarraj and eastern parliament speaker Aguila Saleh announced a ceasefire in separate statements on Aug. 21, calling for the demilitarisation of Sirte and a resumption of oil exports.

{MWS_BG_OIL}

(Reporting by MWS Tripoli bureau; Additional reporting by Cairo and Tunis bureaux; Editing by Mark Hollis)"""
),
dict(
group="sarraj_announces_he_will_step_down_2020_09_16",
published="2020-09-17",
outlet="Ankara Daily Dispatch",
title="Libyan premier Sarraj says he will hand over duties by end of October",
text=f"""TRIPOLI

Libya's internationally recognised Prime Minister Fayez al-Sarraj said on Wednesday he would hand over his duties to a new executive authority no later than the end of October.

"I declare my sincere desire to hand over my duties to the next executive authority no later than the end of October," al-Sarraj said in a televised speech, expressing hope that the dialogue committee would complete its work and choose a new presidential council and prime minister.

Referring to the dialogue held in the Moroccan coastal town of Bouznika from Sept. 6 to 10, al-Sarraj said the latest talks had laid the groundwork for a new process to unify state institutions and hold parliamentary and presidential elections.

He said his government had faced internal and external conspiracies and a state of severe polarisation since it took office, and that the attack launched on Tripoli in April last year by putschist Khalifa Haftar had made every attempt at a political solution extremely difficult. Some parties, he said, had bet on the option of war, and it had been necessary to confront it.

Stephanie Williams, the acting head of the UN Support Mission in Libya, praised the decision, saying Libya had reached a decisive turning point and that the Libyan parties now bore full responsibility to take historic decisions and make mutual concessions for the sake of their people.

Al-Sarraj's announcement came three days after the parallel government in eastern Libya, loyal to Haftar, submitted its resignation amid protests over deteriorating living conditions in Benghazi, al-Marj, al-Bayda and other cities.

Last month al-Sarraj announced a ceasefire across the country and called for the demilitarisation of Sirte and al-Jufra, which are held by Haftar's militia and Russian Wagner mercenaries, and for elections in March.

{ADD_BG}

The capital has since late August witnessed demonstrations by young people protesting against power cuts, shortages of cash and fuel, and corruption. Al-Sarraj had promised a government reshuffle and measures to improve services, and the Interior Ministry pledged to protect peaceful protesters.

In parallel, delegations of the High Council of State and the Tobruk-based House of Representatives met in Bouznika, Morocco, and agreed on criteria for filling key sovereign posts, while consultations in Montreux, Switzerland, recommended elections within 18 months.

Al-Sarraj has led the Presidential Council since it was established in December 2015 under the UN-led Libyan Political Agreement signed in Skhirat, Morocco.

The legitimate government, with Turkish support, ended Haftar's 14-month attack on Tripoli in June, retaking the capital's surroundings, al-Watiya air base and Tarhuna.

{ADD_BG_MOU}

Analysts in Ankara say the memoranda signed with Tripoli are expected to remain in force regardless of changes in the Libyan executive."""
),
dict(
group="sarraj_announces_he_will_step_down_2020_09_16",
published="2020-09-17",
outlet="The Northern Chronicle",
title="Sarraj's exit plan leaves Libya's western camp facing a succession fight",
text="""By our North Africa Correspondent

For almost five years Fayez al-Sarraj has been the reluctant face of Libya's internationally recognised government: an architect by training, thrust into a role with little real power over the militias that run Tripoli. On Wednesday night he announced he wanted out.

In a televised address, the 60-year-old said he hoped to hand over to a new executive "no later than the end of October", once UN-backed talks had agreed on a new presidential council and prime minister. He urged negotiators to move fast so the transfer would be peaceful.

The timing reflects pressure from several directions at once. In the streets, Tripoli has seen weeks of protests over blackouts of up to 20 hours a day, a shortage of cash in banks and the lingering effects of the coronavirus. The first rally, on August 23, was broken up by gunmen, and Sarraj's handling of the crisis triggered a very public falling-out with his interior minister, Fathi Bashagha, whom he suspended in late August before reinstating him days later.

Bashagha, a Misratan with ties to Ankara and Washington, is widely seen as a contender to lead any new government. So is Ahmed Maiteeg, Sarraj's deputy on the Presidential Council, also from Misrata.

In the east, too, the ground has shifted. On Sunday the unrecognised administration of Abdullah al-Thinni, allied with Khalifa Haftar, offered its resignation after protests in Benghazi, al-Marj and al-Bayda in which demonstrators set a government building alight. Aguila Saleh, the speaker of the eastern parliament, has emerged as a negotiating partner with a diminished Haftar, whose 14-month assault on Tripoli collapsed in June.

Meanwhile, diplomats have been working several tracks simultaneously. Last week, delegations from the eastern parliament and Tripoli's High Council of State met in Bouznika, Morocco, and agreed on a formula for sharing key institutional posts. At talks in Montreux, Switzerland, Libyan participants recommended holding elections within 18 months. The UN's acting envoy, Stephanie Williams, is preparing to convene a broader political forum.

Those talks build on the parallel ceasefire declarations Sarraj and Saleh issued on August 21, which called for Sirte and Jufra to be demilitarised and for oil to flow again. The ceasefire has largely held, but the front line is still lined with forces and foreign backers: Turkish military advisers, drones and Syrian fighters on one side; Russian Wagner contractors and, according to the US military, Russian fighter jets at the Jufra base on the other.

Sarraj's tenure has been defined by weakness. Chosen at UN-brokered talks that produced the Skhirat agreement in December 2015, he arrived in Tripoli by boat in March 2016 because the city's militias would not guarantee the airport. The eastern parliament never endorsed his government, and in Tripoli he relied on an uneasy coalition of armed groups, among them the Rada force and the Nawasi brigade, whose feuds periodically erupted into street fighting. When Haftar marched on the capital in April 2019, it was Misratan brigades and, later, Turkish drones that kept the government alive, not any institution Sarraj built.

His decision in late 2019 to sign the security and maritime memoranda with Ankara was the most consequential of his career. It turned the tide of the war but also tied the fate of western Libya to Turkish strategy.

Turkey's reaction will be closely watched. Sarraj's government signed the security and maritime agreements with Ankara in November 2019 that brought Turkish forces into the war and angered Greece, Cyprus and Egypt. Ankara will hope the deals survive a change of leadership, and it will want a successor who is at least as friendly.

Egypt and the United Arab Emirates, Haftar's main Arab backers, are likely to see the announcement as an opening. Cairo, which threatened in June to send troops if Sirte was attacked, has a direct interest in who emerges in Tripoli.

There is also a risk of a vacuum. Libya's previous transitions have repeatedly stalled, and Sarraj's mandate has in principle been expired for years. Some in Tripoli suspect the announcement is partly a tactic to relieve pressure; his statement spoke of a desire to step down, not an irrevocable resignation, and left open what happens if talks fail to deliver a successor by the deadline.

Stephanie Williams, for her part, described the moment as a decisive turning point and said the Libyan parties now had full responsibility to make historic decisions and mutual concessions.

Libya has been in turmoil since the 2011 uprising that toppled Muammar Gaddafi. Since 2014 it has been split between rival administrations in the west and east, and this year's oil blockade by Haftar-aligned forces has cost the country an estimated $9bn or more in lost revenue, according to the central bank in Tripoli."""
),
# ---------------------------------------------------------------- E12 Haftar-Maiteeg oil deal
dict(
group="haftar_maiteeg_oil_deal_2020_09_18",
published="2020-09-19",
outlet="Libya Business Bulletin",
title="Haftar, Maiteeg announce deal to restart Libyan oil output and share revenues",
text="""LIBYA BUSINESS BULLETIN | Energy | Statements

Tripoli / Benghazi, 19 September 2020 - Eastern commander Khalifa Haftar and Ahmed Maiteeg, deputy head of the Tripoli-based Presidential Council, on Friday 18 September announced an agreement to resume oil production and exports after an eight-month blockade, under a new mechanism for the distribution of revenues.

Below is a summary of the main statements issued on Friday and overnight.

1. Haftar (General Command, televised address)
The commander of the Libyan National Army said it had been decided to resume production and export of oil "with all the necessary conditions and procedural measures that ensure a fair distribution of its financial revenues", and that revenues must not be used to finance terrorism or be exposed to looting. The General Command said the decision followed a Libyan-Libyan dialogue in which Maiteeg took part along with tribal sheikhs and members of the House of Representatives.

2. Maiteeg (statement)
- Immediate resumption of production and export from all fields and ports.
- Formation of a joint technical committee from both sides to oversee oil revenues and ensure their fair distribution; the committee will prepare a unified budget, transfer funds to cover payments and deal with the public debt of both sides.
- The committee will supervise implementation for the next three months; an evaluation and an action plan for next year will follow at the end of 2020.
- Unification of the exchange rate and of the fee on foreign currency transactions, the opening of interbank clearing and of the national payment system in all regions, especially the east.
- Support for the National Oil Corporation (NOC) to restore production, subject to audit.
- The committee will continue its work until a new national unity government is formed.

3. National Oil Corporation
The NOC said it would not lift force majeure at facilities where military forces and armed groups remained present, and reiterated that it is the only legitimate entity responsible for the sector and that oil facilities must be demilitarised. NOC chairman Mustafa Sanalla has repeatedly warned against any arrangement that gives armed groups a say over revenues.

4. Reactions in Tripoli
A senior aide to Presidential Council head Fayez al-Sarraj said the council had not been consulted and did not endorse the agreement, according to media reports. Osama al-Juwaili, commander of the western military region, also rejected the deal. The High Council of State also voiced objections.

Key figures
- Losses from the blockade since 17 January: about USD 9 billion (Central Bank of Libya); close to USD 10 billion (NOC estimates).
- Output before the blockade: roughly 1.2 million barrels per day; current output: below 100,000 b/d.

Background
The blockade was imposed by groups allied to the LNA on 17 January, two days before the Berlin conference on Libya. A ceasefire was announced on 21 August in separate statements by Sarraj and by parliament speaker Aguila Saleh, both of whom called for exports to resume with revenues frozen in an NOC account at the Libyan Foreign Bank. Sarraj said on Wednesday he would step down by the end of October.

Market note: traders said any sustained restart would add Libyan barrels to a market already facing weak demand; loadings would depend first on ports such as Brega, Zueitina and Hariga where no fighting has taken place.

---
Libya Business Bulletin compiles public statements for subscribers. It does not endorse any party.
Related: NOC monthly output report (August) | CBL revenue and expenditure statement, January-August"""
),
dict(
group="haftar_maiteeg_oil_deal_2020_09_18",
published="2020-09-18",
outlet="Gulf Horizon",
title="Field Marshal Haftar announces resumption of Libyan oil exports under fair-distribution deal",
text="""ABU DHABI / BENGHAZI - Field Marshal Khalifa Haftar, commander of the Libyan National Army, announced on Friday the resumption of oil production and exports after an eight-month shutdown, under an agreement reached with Ahmed Maiteeg, deputy head of the Tripoli Presidential Council, to ensure a fair distribution of revenues among all Libyans.

In a televised speech, Haftar said the decision was taken "with all the necessary conditions and procedural measures" to guarantee that oil income is shared fairly and is not used to finance terrorist militias or exposed to theft and looting, concerns raised for months by tribes in the east and south whose sit-ins had shut down fields and terminals since January.

Maiteeg, who represents Misrata on the Presidential Council, said in a parallel statement that a joint technical committee would be established to oversee the distribution of revenues, prepare a unified budget and handle the debts accumulated by both sides, and that it would work until a new unified government is formed.

The announcement was welcomed by Libyans in the east and south, where communities have long complained that oil revenues were captured by militias and spent in Tripoli. LNA officials said the agreement reflected the army's commitment to the demands of the tribes and to the Cairo Declaration, which called for a fair distribution of wealth among Libya's three regions.

In Tripoli, however, the deal exposed divisions in the Presidential Council. Aides to Fayez al-Sarraj, who announced on Wednesday that he intends to step down by the end of October, said the council had not been consulted, while commanders of Turkish-backed armed groups, including Osama al-Juwaili, rejected any agreement with the LNA.

The National Oil Corporation said it would not lift force majeure on installations where armed forces are present, a stance LNA supporters described as an attempt to obstruct a Libyan solution.

The development comes as the political landscape shifts rapidly on both sides. The interim government in the east, headed by Abdullah al-Thinni, submitted its resignation on Sunday to Speaker Aguila Saleh, while Sarraj's government has faced weeks of protests over corruption and power cuts.

The UAE has consistently called for the resumption of oil production under transparent arrangements that ensure revenues benefit all Libyans rather than militias, and for the departure of all foreign forces from Libya, including Turkish troops and Syrian mercenaries.

The oil crescent terminals of Sidra, Ras Lanuf, Brega and Zueitina, and the major fields in the south, lie in areas under LNA control. Tribal leaders who organised the closures in January, days before the Berlin conference, said they would not allow oil revenues to keep flowing to the Central Bank in Tripoli, which they accused of financing the militias and Turkish-backed mercenaries.

The blockade has cost Libya some 9.8 billion dollars, according to NOC figures.

READ MORE
Sarraj to step down: what comes next for Tripoli's fractured camp
Benghazi: Thinni cabinet resignation sent to parliament"""
),
dict(
group="haftar_maiteeg_oil_deal_2020_09_18",
published="2020-09-19",
outlet="Agence Mondiale de Presse",
title="Libya: marshal Haftar announces the end of the oil blockade, agreement with Maiteeg contested in Tripoli",
text="""BENGHAZI (AMP) - The marshal Khalifa Haftar, strongman of the East of Libya, announced Friday the resumption of oil production and exports, blocked for eight months by his partisans, after an agreement with a member of the Government of National Accord (GNA), Ahmed Maiteeg, immediately contested in Tripoli.

"It was decided to resume production and export of oil with all the necessary conditions which ensure a fair distribution of its financial revenues," declared the marshal Haftar in a televised speech.

Ahmed Maiteeg, vice-president of the Presidential Council of the GNA, announced in parallel the creation of a "joint technical committee" charged to supervise the distribution of revenues between the regions and to prepare a unified budget. The agreement also foresees a unification of the exchange rate.

But the head of the GNA, Fayez al-Sarraj, who announced on Wednesday his intention to hand over his functions at the end of October, was not associated with the negotiations, according to his entourage, and several commanders of the pro-GNA forces rejected the agreement. The National Oil Corporation (NOC), based in Tripoli, indicated that it would not lift force majeure on the sites where armed groups remain present, notably the mercenaries of the Russian group Wagner, according to the NOC.

The blockade, imposed since 17 January by groups and tribes favourable to the marshal Haftar, has caused losses estimated at 9 billion dollars by the Central Bank of Libya, and contributed to electricity and fuel shortages that fed in recent weeks demonstrations in Tripoli as in Benghazi.

On Friday, the Turkish president Recep Tayyip Erdogan, whose country is the principal ally of the GNA, said he was "saddened" by the announcement of the departure of Mr. Sarraj.

The eastern government not recognised, led by Abdallah al-Theni and allied to the marshal, had presented its resignation on Sunday to the Parliament after violent demonstrations in Benghazi, al-Marj and al-Bayda.

Since the failure in June of his offensive on Tripoli, the marshal Haftar, supported by the Emirates, Egypt and Russia, appears weakened. The two rival authorities announced on 21 August separate ceasefires and called for the demilitarisation of Sirte and al-Jufra and for the resumption of oil exports, revenues to be frozen in an account until a political settlement.

The NOC had accused in June mercenaries of the Russian group Wagner of having entered the field of Sharara, the largest in the country, and in July it had affirmed that the order to maintain the closure of the terminals had come from the United Arab Emirates, which did not comment publicly.

Libya has the largest proven oil reserves in Africa. Its production exceeded one million barrels per day before the blockade.

The United States had pressed for weeks for the reopening of oil sites; according to diplomats, Washington obtained from the marshal a commitment to allow the restart.

bur-ila/mch"""
),
# ---------------------------------------------------------------- E13 Geneva permanent ceasefire
dict(
group="geneva_permanent_ceasefire_signed_2020_10_23",
published="2020-10-23",
outlet="Meridian Wire Service",
title="Libya's warring sides sign permanent ceasefire in Geneva; foreign fighters to leave within three months",
text=f"""GENEVA (MWS) - Libya's two main warring sides signed a permanent nationwide ceasefire on Friday at U.N.-hosted talks in Geneva, agreeing that all foreign fighters and mercenaries must leave the country within three months.

The deal was signed by the five-member military delegations of the Tripoli-based Government of National Accord (GNA) and Khalifa Haftar's Libyan National Army (LNA), known as the 5+5 Joint Military Commission, after five days of face-to-face talks.

Stephanie Williams, the acting U.N. envoy, said the signing was "a moment that will go down in history" and described the deal as an important turning point towards peace and stability. She said the ceasefire took effect immediately.

Under the agreement, all military units and armed groups on the front lines will return to their bases, and all mercenaries and foreign fighters will depart Libyan land, air and sea within a maximum of three months. The ceasefire does not apply to U.N.-designated terrorist groups.

Military training agreements inside Libya will be suspended, and training crews will leave the country, until a new unified government takes office, the text says. A joint operations room and a limited force of regular troops will be set up to monitor the truce and deter violations.

The two sides also agreed to restructure the Petroleum Facilities Guard, to open land and air routes between the east and west, to exchange detainees and to curb hate speech in the media.

Ahmed Abu Shahma, head of the GNA delegation, said the agreement aimed to end the bloodshed and would safeguard Libya's security and stability.

U.N. Secretary-General Antonio Guterres called the deal "a fundamental step toward peace and stability in Libya" and appealed to regional actors to respect its provisions and ensure its implementation without delay. The European Union, the United States, Britain, Germany, Italy, Qatar and Egypt also welcomed it.

But Turkish President Tayyip Erdogan, whose country backs the GNA and has trained its forces, said the deal lacked credibility because it had not been reached at the highest level. "Time will show how long it will last," he told reporters in Istanbul, adding he hoped it would hold.

The ceasefire formalises a truce that has largely held since the GNA and the eastern parliament declared separate ceasefires on Aug. 21, after months of standoff around Sirte and the Jufra air base. Egypt had threatened to intervene if Turkey-backed forces moved on the two areas.

{MWS_BG_SPLIT}

{MWS_BG_COLLAPSE}

The Sirte-Jufra line became the focus of a regional standoff after the collapse of Haftar's assault on Tripoli in June. Egyptian President Abdel Fattah al-Sisi declared the line a "red line" and Egypt's parliament in July authorised troop deployments abroad. The U.S. military said in May that Russia had flown fighter jets to Jufra to support Wagner Group contractors, hundreds of whom had withdrawn from the Tripoli front. Moscow denied it.

Diplomats said the key test of the deal would be the withdrawal of foreign forces. U.N. experts have reported the presence of Syrian fighters recruited by both sides, Russian contractors, and Sudanese and Chadian fighters. It is unclear how the agreement's provisions on training agreements will affect Turkey's military presence, which Ankara says is based on a bilateral accord with the recognised government.

Oil output has recovered sharply since Haftar announced last month that his forces would lift an eight-month blockade of ports and fields, under a deal with Ahmed Maiteeg, deputy head of the GNA's Presidential Council.

Williams said a Libyan political dialogue forum would begin in Tunisia in November with the aim of agreeing on a unified executive and a path to national elections. GNA head Fayez al-Sarraj said last month he intended to step down once a new executive was chosen.

(Reporting by MWS Geneva and Tripoli bureaux; Editing by Dana Reyes)"""
),
dict(
group="geneva_permanent_ceasefire_signed_2020_10_23",
published="2020-10-24",
outlet="Haber Ekspres Dünya",
title="In Geneva Libya permanent ceasefire signed; Erdoğan: 'credibility is weak, time will show'",
text=f"""Haber Ekspres Dünya | Dünya | 24.10.2020 - 08:30

Libya in warring sides, Cenevre (Geneva) in BM (UN) mediation with, permanent ceasefire agreement signed. BM Libya Acting Special Representative Stephanie Williams, the 5+5 Ortak Askeri Komite (Joint Military Commission) talks "historic achievement" with ended, announced.

Agreement according to, ceasefire immediately in force entered. Front lines in military units and armed groups their camps to return will. All mercenaries and foreign fighters, 3 month in Libya land, air and sea from leave will.

Also agreement in, new unified government duty take until, Libya inside military training agreements suspended will be and training teams Libya leave will, written. This article, Turkey with Libya between signed security cooperation memorandum within Türk askeri eğitim (Turkish military training) activities about questions brought.

Cumhurbaşkanı (President) Recep Tayyip Erdoğan, Friday prayer after Istanbul in journalists questions answered. Erdoğan, "Ceasefire agreement the highest level in not made, lower level in made. How long will last, time will show," said. Erdoğan, "So it seems to me its credibility is weak," added, but the ceasefire to be complied hoped, said.

Erdoğan, Azerbaijan and Armenia between humanitarian ceasefires example giving, Armenia the ceasefires violated, reminded.

UMH delegation head Ahmed Ebu Şahma, agreement Libya in bloodshed to end aims, said.

BM Genel Sekreteri (Secretary General) Antonio Guterres, agreement peace towards fundamental step as described. AB (EU), ABD (USA), England, Germany, Italy, Qatar and Egypt also agreement welcomed.

Agreement also, Petrol Tesisleri Muhafızları (Petroleum Facilities Guard) restructuring, east and west between land and air routes opening, prisoners exchange and media in hate speech stopping, foresees. Ceasefire, BM terrorist listed groups for valid not.

Komite, 19-23 October between Cenevre in first time face to face met. Williams, political dialogue forum November in Tunisia in will begin, and new unified executive and elections road map discussed will be, announced.

Sirte and Cufra line, months for the two sides forces accumulation area was. Mısır President Sisi, June month in this line "red line" announced had, Egypt parliament July in army abroad sending permitted. Turkey, UMH side, Hafter militias the Sirte and Cufra from withdrawal demanded.

Libya sides, 21 August in separate statements with ceasefire announced had. UMH Başkanlık Konseyi Başkanı Fayiz es-Serrac, September month, October end until duty to hand over wants, announced. Putschist Hafter also, September 18 in oil blockade lifting announced.

Libya, 2011 in Muammer Kaddafi overthrown after, two separate power center emerged. Tripoli based UMH, UN recognized only legitimate government. Putschist Hafter, BAE, Egypt, France and Russia by supported. Turkey, November 2019 signed memoranda within frame, the legitimate government supporting.

{HE_FOOTER}"""
),
]
