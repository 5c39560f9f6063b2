G = "noc_reimposes_force_majeure_blames_uae_2020_07_12"

ARTICLES = [
dict(group=G, published="2020-07-12", outlet="Meridian Wire Service",
title="Libya's NOC reimposes force majeure on oil exports, says UAE ordered renewed blockade",
text="""
TUNIS/BENGHAZI (MWS) - Libya's National Oil Corporation (NOC) declared force majeure on all oil exports again on Sunday, a day after eastern forces halted loadings that had only just restarted, and said the order to shut production had come from the United Arab Emirates.

The reversal dashed hopes raised on Friday, when the tanker Kriti Bastion loaded crude from storage at the eastern port of Es Sider in the first legitimate export from Libya since the blockade began in January. The vessel sailed on Saturday.

The corporation said it "has been informed" that the UAE gave Haftar's forces the instruction to shut down production, calling this gravely disappointing after senior UAE officials had publicly backed international efforts to restart production in the previous week.

The NOC also said fighters from Russia's Wagner Group and Syrian mercenaries were now occupying Es Sider, while Wagner and Sudanese fighters were camped near the Sharara oilfield in the south-west. It urged all mercenaries to leave oil installations and called for the states responsible for the blockade to be held to account by the U.N. Security Council.

NOC chairman Mustafa Sanalla thanked the United Nations and the United States for their efforts, adding that if those efforts failed there must be consequences for the few states undermining the international order and destroying Libya.

There was no immediate comment from the UAE government.

The NOC had announced on Friday that it was lifting force majeure on exports nationwide after talks involving the United Nations and the United States. On Wednesday, guards at Es Sider had prevented another tanker, the Delta Ocean, from berthing.

Haftar's Libyan National Army (LNA) said on Saturday it had allowed the cargo to load at the request of the international community but that the closures would stay in place until its conditions were met. LNA spokesman Ahmed al-Mismari listed them as the opening of a bank account abroad into which oil revenue would be paid and fairly distributed under international guarantees, a transparent mechanism to ensure the money does not fund what he called terrorism and mercenaries, and an audit of the central bank in Tripoli.

Libya was producing about 1.2 million barrels per day before the blockade. The NOC says the shutdown has cost more than $6 billion.

Libya has been divided since 2014 between rival administrations in Tripoli and the east. Haftar's LNA launched an offensive on Tripoli, seat of the internationally recognised Government of National Accord (GNA), in April 2019, but was driven back last month by Turkish-backed GNA forces. The front has since settled around the city of Sirte, the gateway to the eastern oil terminals, where Egypt has warned it could intervene if GNA forces advance.

(Reporting by Karim Belhadj in Tunis and Salem Omran in Benghazi; Writing by Tom Ashworth; Editing by Clare Redding)
"""),

dict(group=G, published="2020-07-13", outlet="Emirates Horizon",
title="Libya's NOC reimposes force majeure and accuses UAE; Gargash calls for oil to return with safeguards",
text="""
Abu Dhabi - Emirates Horizon

Libya's National Oil Corporation (NOC) reimposed force majeure on all of the country's crude exports on Sunday, less than two days after a first tanker loaded at the port of Es Sider, and in a strongly worded statement alleged that the halt had been ordered by the UAE.

The UAE did not address the allegation directly. On Monday, Dr Anwar Gargash, Minister of State for Foreign Affairs, said on Twitter that the UAE and its partners want to see Libyan oil production return as soon as possible, with safeguards in place to prevent the proceeds from fuelling further conflict, and that the UAE continues to work for an immediate ceasefire and a return to the political process.

The Libyan National Army (LNA) had said on Saturday that it permitted the loading of stored crude on Friday in response to international requests, but that the ports and fields would stay closed until the demands of the Libyan tribes were met. These include depositing revenues in an account outside Libya with a clear mechanism for fair distribution, international guarantees that the money will not finance militias or mercenaries, and a review of how the Central Bank of Libya in Tripoli has spent oil income in past years.

The NOC's statement also claimed that foreign fighters were present at Es Sider and near the Sharara field in the south-west, and called for the matter to be taken to the UN Security Council.

Tribal leaders and elders in the east and south have argued since January that Libya's oil wealth, which is sold by the NOC and deposited in the central bank in Tripoli, has been used to pay armed groups and Syrian mercenaries brought to Libya by Turkey. They closed the terminals of Es Sider, Ras Lanuf, Brega, Zueitina and Hariga on the eve of the Berlin conference.

Washington has been leading talks with the Libyan parties on a mechanism that would allow exports to resume while holding the revenues in a transparent account until a political agreement is reached. The United Nations has also called for a restart under safeguards.

The Kriti Bastion, which loaded at Es Sider on Friday, was the first tanker to export Libyan crude legally since January. Earlier in the week the Petroleum Facilities Guard at the port had prevented another tanker from berthing. The NOC says the shutdown has cost Libya more than $6 billion in lost revenue, with production below 100,000 barrels per day compared with about 1.2 million before the closures.

Egypt, a key backer of the LNA, has warned that any attack on Sirte or Al Jufra by Turkish-backed forces would cross a red line.

The UAE has repeatedly stressed that there is no military solution in Libya and has supported the Cairo Declaration and the outcomes of the Berlin conference as the basis for a settlement.

We use cookies to ensure that we give you the best experience on our website. If you continue to use this site we will assume that you are happy with it. Ok
"""),

dict(group=G, published="2020-07-13", outlet="Yeni Gundem Haber",
title="Libya National Oil Institution: The instruction of stopping export to Hafter was given by UAE",
text="""
Libya'da Ulusal Petrol Kurumu (NOC), darbeci Hafter'e bağlı milislerin petrol ihracatını yeniden durdurmasının ardından, tüm petrol ihracatında yeniden "mücbir sebep" ilan etti.

The National Oil Institution (NOC) of Libya, in the written explanation which it made yesterday, has declared that it was obliged again to declare force majeure (mücbir sebep) on all of the oil export of the country. According to the explanation, the oil export had been restarted on Friday, 10 July with the loading of the tanker named Kriti Bastion in Es Sider port, but the armed forces of Hafter on 11 July gave the order for stopping of export again.

In the explanation it was claimed that NOC was informed that the instruction for closing of the production was given to Hafter forces by the United Arab Emirates (BAE). The institution stated that this situation is very disappointing because of the statements of high level UAE officials last week which supported international efforts.

In the explanation it was also emphasized that the mercenaries of the Russian Wagner and Syrian mercenaries occupy the Es Sider port and that Wagner and Sudanese mercenaries are camping around Sharara oil field. NOC called the all mercenaries to withdraw from the oil facilities.

The chairman of NOC Mustafa Sanalla said that if the efforts of the United Nations and of the USA fail, there must be consequences for the handful of states which are destroying Libya.

NOC had announced on Friday that the force majeure is lifted on all export and that the first tanker is loading in Es Sider. Before that, on Wednesday, the tanker named Delta Ocean was not allowed to enter the port by the Petroleum Facilities Guard. Hafter's spokesman Ahmed el-Mismari said on Saturday that the ports will stay closed until the conditions of the "tribes", like the opening of a bank account abroad for the oil revenues and the audit of the Central Bank in Tripoli, are met.

Hafter milisleri, Ocak ayından bu yana ülkenin doğusundaki petrol limanlarını ve sahalarını kapatıyor. According to NOC the loss of the Libya because of this blockade is over 6 milyar dolar.

Libya'da UMH (Ulusal Mutabakat Hükümeti) forces, after they have saved Tripoli and Terhune from the militias of Hafter in June, are continuing preparations to the operation for Sirte and Cufra. Turkey, which signed the security and military cooperation memorandum with the legitimate government in November last year, supports UMH with education and consultancy.

Dışişleri Bakanı Mevlüt Çavuşoğlu had said in the recent days that for a lasting ceasefire the Hafter forces must withdraw from Sirte and Cufra.

Hafter is supported by the BAE, Egypt, Russia and France. Egypt president Sisi said last month that Sirte and Cufra is "red line" for Egypt.

Bu haberi paylaş:
Facebook Twitter WhatsApp

Exit mobile version
"""),

dict(group=G, published="2020-07-14", outlet="The Continental Review",
title="One tanker sails, then the taps close again: Libya's oil war turns on the Gulf",
text="""
By Harriet Sloane, North Africa Correspondent, Tunis

For about 36 hours last week it looked as though Libya's oil might flow again. On Friday the Kriti Bastion, a Greek-owned tanker, tied up at Es Sider and took on crude that had sat in storage tanks since January. By Saturday night it was gone, and so was the deal that had let it in. On Sunday the National Oil Corporation declared force majeure on every export from the country once more, and said plainly who it blamed: not Khalifa Haftar, whose forces physically control the terminals, but the United Arab Emirates, which it said had instructed his army to stop the oil.

It is rare for a state institution to accuse a foreign government by name, and rarer still for one whose chairman, Mustafa Sanalla, has spent years cultivating a reputation for neutrality. The NOC's statement said the decision was all the more disappointing because senior Emirati figures had publicly supported international efforts to restart production only days earlier. It also claimed that fighters from Russia's Wagner Group, together with Syrian mercenaries, were now occupying Es Sider, while Wagner and Sudanese fighters were camped near Sharara in the south-west. If the diplomatic push led by the UN and the United States failed, Sanalla said, the states responsible should face consequences.

Abu Dhabi did not answer the accusation directly. On Monday Anwar Gargash, the UAE's minister of state for foreign affairs, wrote that the Emirates and its partners wanted Libyan production back as soon as possible, but with safeguards to ensure the money did not fuel further conflict.

That word, safeguards, is where the argument now lies. Haftar's spokesman, Ahmed al-Mismari, said on Saturday that the Libyan National Army had let the Kriti Bastion load at the international community's request, and that the ports would stay shut until three demands were met: a bank account outside Libya to hold oil revenue, an internationally guaranteed mechanism to stop the money reaching what he called terrorists and mercenaries, and an audit of how the central bank in Tripoli had spent oil income in past years. The NOC, which has always sold Libyan crude and passed the revenue to the central bank, says it supports transparency but will not accept arrangements that undermine Libyan sovereignty.

The attempt to break the blockade had been telegraphed for days. On Monday last week Sanalla briefed the economic working group set up after January's Berlin conference, which gave its backing as the NOC prepared to lift force majeure nationwide. On Wednesday the Petroleum Facilities Guard at Es Sider refused to let a larger tanker, the Delta Ocean, berth, in a sign that the NOC's own guards answered to Benghazi rather than Tripoli. When the Kriti Bastion was finally allowed in on Friday, diplomats in Tunis described it as a goodwill gesture rather than a breakthrough.

Behind the terminals lies a wider war that has shifted decisively since the spring. Haftar's 14-month assault on Tripoli collapsed in early June, when Turkish drones and air defences helped forces loyal to the Government of National Accord retake the capital's southern suburbs, the airport and the town of Tarhuna. GNA forces then moved east towards Sirte, the birthplace of Muammar Gaddafi and the gateway to the oil crescent, before stalling outside the city. On 20 June Egypt's president, Abdel Fattah al-Sisi, declared the line from Sirte to the Jufra air base a red line and said Egypt would be entitled to intervene if it were crossed. Russia has meanwhile flown combat aircraft to Jufra, according to the US military.

Oil is now the most valuable prize on both sides of that line. For the GNA and its Turkish ally, the revenue is indispensable: Libya's budget depends almost entirely on crude sales, and the NOC estimates that the blockade has already cost more than $6 billion. For Haftar and his foreign supporters, the blockade is leverage they are reluctant to give up without a settlement that guarantees the east a share of the money and weakens the central bank governor in Tripoli, Sadiq al-Kabir, whom they accuse of bankrolling their enemies.

Washington has been trying for weeks to build a compromise under which exports would resume and the proceeds would be held in an account at the Libyan Foreign Bank, beyond the immediate reach of either side, until a broader agreement is reached. The NOC's statement on Sunday suggests that effort has hit the limits of what Haftar's backers are willing to concede, at least for now.

The cost of delay is not only financial. Sanalla has warned repeatedly that pipelines, storage tanks and wells left idle since January are deteriorating, and that a restart will take months even after the politics are settled. The Sharara field, briefly reopened in June, was shut again within days by a local armed group. Fuel shortages and power cuts are already a fact of life in the south and in parts of Tripoli, and the summer heat is rising.

The NOC has asked for the question to be taken to the UN Security Council. Given that Russia, whose contractors the NOC says are sitting on the Es Sider terminal, holds a veto there, the corporation is unlikely to get very far.
"""),
]
