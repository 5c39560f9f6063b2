G_JUN9 = "armed_group_shuts_sharara_again_2020_06_09"
G_JUN26 = "noc_says_wagner_entered_sharara_2020_06_26"

ARTICLES = [
dict(group=G_JUN9, published="2020-06-09", outlet="Bosphorus News Agency",
title="Haftar-allied armed group storms Libya's largest oilfield, halts production again",
text="""
TRIPOLI, Libya (BNA) - An armed group allied with putschist Khalifa Haftar stormed Libya's largest oilfield, Sharara, and forced workers to stop production on Tuesday, only days after the field had restarted following a months-long blockade, the country's National Oil Corporation (NOC) said.

In a statement, the NOC said the group, led by Mohamed Khalifa and coming from the southern city of Sebha, entered the field late on Monday and ordered unarmed civilian employees at gunpoint to shut down production at dawn on Tuesday.

The corporation declared force majeure on Sharara crude exports from the Zawiya terminal as a result and warned that the new shutdown would cause further technical damage to the field's installations.

Production at Sharara, which pumped around 300,000 barrels per day before the blockade, had resumed gradually from Saturday after a closed valve on the pipeline at Hamada was reopened. The NOC had announced on Sunday and Monday that it was lifting the force majeure on exports from Sharara and the nearby El Feel field.

Output at Sharara was planned to begin at 30,000 bpd and return to full capacity within 90 days, because of the damage caused by months of closure. During the shutdown a 16,000-barrel surge tank at the field collapsed after armed men prevented maintenance work, according to the NOC.

Khalifa commands one of the southern forces affiliated with Haftar's militias, which have blockaded most of Libya's oil ports and fields since January. The closures have cost the country more than $5 billion in lost revenue, according to NOC figures.

The attack on Sharara came as Haftar's forces collapsed on the western fronts. Last week the army of the UN-recognized Government of National Accord (GNA) regained full control of Tripoli's administrative borders, including the international airport, and liberated the city of Tarhuna, Haftar's main stronghold in western Libya. GNA forces are now advancing towards Sirte.

Haftar's militias and the mercenaries of Russia's Wagner group, who had fought alongside them on the southern outskirts of Tripoli, withdrew from the area in late May and early June. The US Africa Command said last month that Russia had deployed fighter jets to Libya's al-Jufra air base to support Wagner.

On Saturday, after meeting Haftar and Aguila Saleh, the speaker of the Tobruk-based House of Representatives, Egyptian President Abdel Fattah al-Sisi announced an initiative calling for a ceasefire from June 8. Tripoli officials dismissed the plan as an attempt to rescue Haftar after his defeats.

The GNA has been under attack by Haftar's forces since April 2019. With the support of Turkey, the government's forces launched Operation Peace Storm in March and have since retaken al-Watiya air base and a string of towns in the west.
"""),

dict(group=G_JUN9, published="2020-06-10", outlet="Libya Energy Digest",
title="NOC reinstates force majeure at Sharara after gunmen force shutdown",
text="""
By Alan Marsh.

Libya's National Oil Corporation (NOC) has declared force majeure on crude loadings of Sharara crude from Zawiya port, after an armed group forced the shutdown of the Sharara oilfield on Tuesday 9 June 2020, just three days after production had resumed.

According to the NOC, the group came from Sebha and stormed the field, threatening unarmed civilian staff with weapons and coercing them into stopping production at dawn. The corporation said the incident would cause further damage to facilities that had already deteriorated during almost five months of closure.

The NOC said the group was led by Mohamed Khalifa, commander of a force affiliated to the eastern-based Libyan National Army (LNA).

When production restarted at the weekend, NOC chairman Mustafa Sanalla had said he hoped it would be a first step towards reviving the oil and gas sector and averting economic collapse. He has repeatedly said that those who shut oil facilities by force must be held to account.

Production had restarted on Saturday after lengthy negotiations to reopen the Hamada valve on the Sharara-Zawiya pipeline, which was closed on 19 January. The NOC lifted force majeure on Sharara exports on Sunday and on those of the linked El Feel field on Monday. Initial output was set at 30,000 bpd, rising to the field's capacity of around 300,000 bpd over about three months.

Separately, engineers said on Wednesday that production at El Feel, which depends on Sharara's infrastructure, had also stopped again.

The shutdown is a setback for the NOC's attempt to restart production as the military map shifts in the west. Forces aligned with the Tripoli-based Government of National Accord (GNA) retook all of greater Tripoli and the town of Tarhuna last week, and the corporation had hoped Sharara would be the first of several fields to come back.

Most of Libya's oil infrastructure has been closed since 17 and 18 January, when groups aligned with the LNA shut the eastern export terminals. The NOC said late last month that the blockade had cost almost $5 billion, and national output has been below 100,000 bpd for most of the period.

During the closure a 16,000-barrel surge tank at Sharara collapsed because armed guards had prevented maintenance, according to the NOC, which has warned that restoring full capacity will take months.

Sharara is operated by Akakus Oil Operations, a joint venture between the NOC and Repsol, Total, OMV and Equinor. El Feel is operated by Mellitah Oil & Gas, the NOC's joint venture with Eni.

The NOC said its commercial partners have been notified.

(Source: NOC / Libya Energy Digest)
"""),

dict(group=G_JUN9, published="2020-06-10", outlet="Nile Courier",
title="Tripoli oil corporation says southern guard force halted Sharara production",
text="""
Cairo - Nile Courier

The Tripoli-based National Oil Corporation (NOC) announced on Tuesday that production at the Sharara oilfield in south-western Libya had stopped again, days after it restarted, accusing a local armed force of entering the field and ordering the workers to shut it.

In a statement, the corporation said the force, led by Mohamed Khalifa and coming from Sebha, asked the workers to halt production at dawn on Tuesday, and it declared force majeure on the field's exports through the port of Zawiya. There was no immediate comment from the General Command of the Libyan Arab Armed Forces.

The field, the largest in Libya with a capacity of about 300,000 barrels per day, had resumed pumping on Saturday at a limited rate after the reopening of the Hamada valve on the pipeline to the coast.

Libyan tribes in the east and south closed the oil ports and fields in January, in protest at the use of oil revenues by the Government of Al-Wefaq to pay militias and to bring Syrian mercenaries and Turkish forces into the country. The tribes have repeatedly said the facilities will remain closed until a fair mechanism is agreed for distributing the revenues among all Libyans, and guarantees are given that the money will not go to armed groups.

It is noteworthy that the Tripoli-based corporation has been announcing since January the losses resulting from the closure, which it estimated at the end of May at nearly five billion dollars, while the tribes affirm that the closure came in response to the Government of Al-Wefaq's use of the oil money to bring in Syrian mercenaries.

The development comes days after President Abdel Fattah al-Sisi announced on Saturday the "Cairo Declaration", in the presence of Field Marshal Khalifa Haftar, commander of the Libyan Arab Armed Forces, and Counsellor Aguila Saleh, speaker of the House of Representatives. The initiative called for a ceasefire starting from Monday, June 8, the departure of foreign mercenaries from all Libyan territory, the dismantling of militias and the handing over of their weapons, and a fair distribution of Libya's wealth among the three regions.

The initiative was welcomed by a number of Arab and international parties, including the United Arab Emirates, Saudi Arabia, Jordan and Russia, while the Al-Wefaq government and its Turkish ally continued military operations towards Sirte.

Egypt has stressed on several occasions that the security of Libya is part of its national security, and that a political solution is the only way to end the crisis, while warning against the Turkish intervention which threatens the stability of the whole region.
"""),

dict(group=G_JUN26, published="2020-06-26", outlet="Libya Sunrise",
title="NOC: Russian Wagner mercenaries enter Sharara oilfield to block production",
text="""
Russian Wagner mercenaries and other foreign fighters have entered Sharara, Libya's largest oilfield, the National Oil Corporation (NOC) said on Friday, calling it an attempt to stop the resumption of oil production.

The NOC said in a statement that a convoy of vehicles entered the field on the evening of Thursday, June 25, and met with representatives of the Petroleum Facilities Guard (PFG) stationed there. The corporation expressed deep concern at the presence of "Russian and other foreign mercenaries" inside the field.

NOC chairman Mustafa Sanalla said Libya's oil belonged to the Libyan people and that he completely rejected attempts by foreign countries to prevent production from resuming.

Sanalla said that some countries were benefitting from the absence of Libyan crude on world markets, and that some of them publicly expressed regret for the shutdown while working behind the scenes to support the blockading forces.

He said Libya needed professional, patriotic and independent security forces at its oilfields that would help restart production for the benefit of all Libyans, not foreign mercenaries whose aim is to keep the fields closed. While mercenaries are paid huge sums, he added, the Libyan people are suffering and the oil infrastructure is decaying.

The US Embassy in Libya said it shared the NOC's deep concern about what it called the shameful interference of Wagner and other foreign mercenaries against NOC facilities and staff at Sharara, describing it as a direct assault on Libya's sovereignty and prosperity.

Production at Sharara restarted on June 6 after five months of closure, but an armed group loyal to warlord Khalifa Haftar stormed the field three days later and forced workers at gunpoint to stop pumping. The NOC then reimposed force majeure on the field's exports.

Sharara has been shut for most of the time since January 19, when Haftar's militias closed the valve at Hamada on the pipeline linking the field to the Zawiya refinery and port.

The oil blockade imposed by Haftar's militias in January has now lasted about 160 days and cost Libya some six billion US dollars in lost revenues, according to the NOC.

The Government of National Accord has repeatedly called on the UN Security Council to act against the deployment of Wagner mercenaries, whom it accuses of planting landmines and booby traps in residential areas of southern Tripoli before their withdrawal.

Wagner mercenaries withdrew from the southern Tripoli frontlines in late May, after the Libyan army of the Government of National Accord (GNA) broke Haftar's 14-month assault on the capital. They moved to Bani Walid and then to al-Jufra air base, where the US Africa Command says Russia has deployed fighter jets.

Share this:
Twitter
Facebook
WhatsApp

Related
Sanalla: Libyans will not accept mercenaries guarding their oil
GNA forces mass west of Sirte
US Africa Command: Russian fighter jets at al-Jufra
"""),

dict(group=G_JUN26, published="2020-06-27", outlet="RusNovosti International",
title="Libya's Tripoli-based oil company claims 'Russian mercenaries' at Sharara field",
text="""
MOSCOW, June 27 (RNI) - Libya's National Oil Corporation (NOC), based in Tripoli, has claimed that "Russian and other foreign mercenaries" entered the Sharara oil field in the south-west of the country, a statement published on the company's website said.

According to the NOC, a column of vehicles arrived at the field on Thursday evening and its occupants held a meeting with the Petroleum Facilities Guard units stationed there. The company did not provide evidence to support the claim or specify the number or affiliation of the people concerned.

The NOC chairman, Mustafa Sanalla, was quoted as saying that some states which publicly regret the halt of Libyan oil production are in fact supporting the forces blocking it. The US Embassy in Libya issued a statement supporting the company's allegations and named the private military company Wagner.

Moscow has repeatedly rejected accusations that Russian military personnel are involved in the Libyan conflict. In January, President Vladimir Putin said that if there were Russian citizens in Libya, they did not represent the interests of the Russian state and were not paid by it. Kremlin spokesman Dmitry Peskov has said on several occasions that Moscow has no information about Russians fighting in the country.

Most of Libya's oil fields and export terminals have been idle since January, when tribes in the areas controlled by the Libyan National Army (LNA) of Field Marshal Khalifa Haftar blocked them, demanding a fair distribution of oil revenues which, they say, are being used to finance armed groups in Tripoli.

Production at Sharara, the country's largest field with a capacity of about 300,000 barrels per day, resumed on June 6 after the reopening of a pipeline valve that had been closed since January, but was halted three days later when an armed group entered the field. The NOC then reimposed force majeure.

In May, the US Africa Command claimed that Russian military aircraft had been deployed to the al-Jufra air base in Libya. Moscow did not confirm the claims.

According to the NOC's own figures, the halt of production since January has cost Libya about $6 billion.

Russia maintains contacts with all Libyan parties. The Russian Foreign Ministry has repeatedly stated that there is no military solution to the Libyan conflict. Moscow has welcomed the Egyptian initiative announced in Cairo on June 6, which proposes a ceasefire and a political settlement, and has called on the sides to return to the process agreed at the Berlin conference in January, including the work of the joint 5+5 military commission.

Libya has been in a state of armed conflict since the overthrow of Muammar Gaddafi in 2011. The country is split between the Government of National Accord in Tripoli, headed by Fayez Sarraj, and the east, where the parliament elected by the people operates together with the LNA.
"""),

dict(group=G_JUN26, published="2020-06-28", outlet="Mediterranean Defence & Security Monitor",
title="Wagner at Sharara: Russian contractors move from the Tripoli front onto Libya's oil map",
text="""
MDSM Analysis | 28 June 2020

The National Oil Corporation's allegation that Russian contractors entered the Sharara field on the evening of 25 June is the clearest sign yet that the Wagner Group's role in Libya is changing. Having been pulled out of the battle for Tripoli last month, Russian personnel now appear to be positioning themselves around the country's most valuable economic assets.

What happened

According to the NOC's statement on Friday, a convoy of vehicles drove into Sharara, the 300,000 bpd field in the Murzuq basin, and its occupants met the local commanders of the Petroleum Facilities Guard (PFG). The corporation did not name Wagner, referring instead to "Russian and other foreign mercenaries", but the US Embassy did so within hours, describing the group's interference at the field as a direct assault on Libyan sovereignty. Tripoli's ambassador to the UN, Taher el-Sonni, called on Washington and the EU to sanction the company.

Moscow's position is unchanged: Russian officials say the state has no forces in Libya and is not responsible for any Russian citizens who may be there.

Context

The move follows a month in which the military picture changed dramatically. Turkish drones, air defence and advisers allowed GNA-aligned forces to retake al-Watiya air base on 18 May and to push the LNA out of greater Tripoli and Tarhuna in early June. Wagner fighters, who had given the LNA its sharpest edge on the southern Tripoli front since autumn 2019, withdrew in late May, flying out of Bani Walid towards al-Jufra. On 26 May US Africa Command published imagery it said showed Russian MiG-29 and Su-24 aircraft, repainted in Syria, arriving at Jufra.

The front has since stabilised around Sirte and Jufra. On 20 June Egyptian President Abdel Fattah al-Sisi described that line as a red line for Cairo and said Egypt would have a legitimate right to intervene if it were crossed.

Why Sharara matters

Sharara sits far from that front, but it is politically central. The field was the first to restart after the eastern blockade, when the Hamada valve was reopened and output resumed on 6 June. Within three days a local armed group led by Mohamed Khalifa, a commander affiliated with the LNA, forced its closure again and the NOC reimposed force majeure. A foreign presence at the field would make any second restart much harder to negotiate, because local PFG units could no longer be bought off or persuaded on their own.

It also fits a wider pattern of Russian contractors establishing a presence at logistics and resource nodes: Jufra air base, the Sirte area and, according to Libyan and Western officials, positions near the oil crescent. In the Central African Republic and Sudan, Wagner-linked firms have combined security work with mining concessions. Whether the Libyan deployment follows that model, or is mainly about denying oil revenue to Tripoli while a political deal is shaped, remains unclear.

Implications

For the NOC, which has lost an estimated $6 billion since January, the presence of foreign fighters at its installations is a serious escalation. The corporation has so far tried to restart production by negotiating with local guards; it cannot negotiate with a foreign force that does not answer to Libyan authorities.

For Washington, which has been pushing quietly for a deal to reopen the oil sector with revenue held in a transparent account, Wagner at Sharara is both a practical obstacle and a useful argument. Expect US pressure on Moscow and on the LNA's Gulf backers to increase, and expect the oil file to move to the centre of any ceasefire talks over Sirte and Jufra.

Indicators to watch: movement of PFG units in the south-west; any Russian presence reported at Es Sider or Ras Lanuf; US Treasury designations; and whether the NOC attempts another restart at Sharara in July.
"""),
]
