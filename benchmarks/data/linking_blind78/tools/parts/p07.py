# Event: parallel ceasefire statements by Sarraj and Aguila Saleh, 21 August 2020
G = "sarraj_saleh_parallel_ceasefire_statements_2020_08_21"

ARTICLES = [
dict(group=G, published="2020-08-21", outlet="Meridian Press Agency",
title="Libya's rival authorities call ceasefire in separate statements, seek elections",
text="""TRIPOLI (MPA) - The heads of Libya's rival administrations called on Friday for a halt to fighting across the country in separate but closely aligned statements, raising hopes of a negotiated end to a war that has drawn in Turkey, Egypt, the United Arab Emirates and Russia.

Fayez al-Sarraj, head of the internationally recognised Government of National Accord (GNA) in Tripoli, said he had ordered all military forces to observe an immediate ceasefire and to stop all combat operations on Libyan territory.

An effective ceasefire required the Sirte and Jufra areas to become demilitarised, with police forces from both sides agreeing on security arrangements there, his statement said. The ultimate goal was to restore full sovereignty over Libyan soil and secure the departure of foreign forces and mercenaries, it added.

Aguila Saleh, speaker of the eastern-based House of Representatives, which is allied to commander Khalifa Haftar, issued a parallel statement calling on all parties to cease fire immediately. He proposed that Sirte, which is held by Haftar's forces, become the temporary seat of a new Presidential Council, protected by police units drawn from all regions.

Both statements called for oil production and exports to resume. Groups loyal to Haftar have blockaded most of Libya's oil fields and ports since January, costing the country billions of dollars in lost revenue. Sarraj said revenues should be held in a special account of the National Oil Corporation at the Libyan Foreign Bank and not spent until a political settlement was reached.

Sarraj also repeated his call for presidential and parliamentary elections next March on an agreed constitutional basis.

There was no immediate comment from Haftar's Libyan National Army (LNA). Haftar did not appear to have signed off publicly on Saleh's statement.

The United Nations mission in Libya, headed by acting envoy Stephanie Williams, welcomed the two announcements and called for the departure of all foreign forces and mercenaries. Egyptian President Abdel Fattah al-Sisi, a close backer of Haftar, welcomed the statements as an important step, and the U.S. embassy also praised them.

The United States had been pressing for a demilitarised solution around Sirte and for the reopening of the oil sector, and U.S. officials had held talks with both camps in recent weeks.

The front line has been static around Sirte since June, when the GNA, backed by Turkey, pushed Haftar's forces back from the outskirts of Tripoli. Egypt has warned it could intervene militarily if Turkish-backed forces try to take Sirte or Jufra, and its parliament authorised deploying troops abroad last month.

Libya has had no stable central authority since a NATO-backed uprising toppled and killed Muammar Gaddafi in 2011. Since 2014 it has been split between rival camps based in Tripoli and in the east, each backed by armed groups and foreign governments. Haftar's offensive on Tripoli, launched in April 2019, collapsed in June 2020.

(Reporting by MPA Tripoli and Cairo bureaus; editing by Tom Aldridge)"""),

dict(group=G, published="2020-08-22", outlet="Al-Raed Net",
title="Al-Sarraj and Aqila Saleh announce a ceasefire in two separate statements, and international welcome",
text="""The President of the Presidential Council of the Government of Al-Wefaq, Fayez Al-Sarraj, and the Speaker of the House of Representatives, the Counsellor Aqila Saleh, announced yesterday Friday in two separate statements the ceasefire and the stopping of all the combat operations in all the Libyan territories.

Al-Sarraj said in a statement published by the media office of the Presidential Council that he issued his instructions to all the military forces to the immediate ceasefire, based on the "political and national responsibility" and the current situation which the country and the region is passing through, and the conditions of the Corona pandemic.

And the statement stressed that the achievement of an effective ceasefire requires that the regions of Sirte and Al-Jufra become demilitarized, and that the police forces from the two sides agree on the security arrangements inside them, and he called for the holding of presidential and parliamentary elections in the month of March next, according to a suitable constitutional basis agreed upon between the Libyans.

For his part, Aqila Saleh called in his statement all the parties to the immediate ceasefire, considering that the ceasefire "cuts the road in front of any military interventions" and must end with the exit of the mercenaries and the dismantling of the militias. And he proposed that the city of Sirte be a temporary headquarters for the new Presidential Council, and that the security forces from the different regions secure it.

And the two statements agreed on the necessity of the resumption of the production and the export of the oil, which stopped since the month of January last, and the freezing of its revenues in an account of the National Oil Corporation until the reaching of a political settlement.

And the Egyptian President Abdel Fattah al-Sisi welcomed in a tweet the statements of the Presidential Council and the House of Representatives, and he described them as an important step on the road of achieving the political settlement and the aspirations of the Libyan people for prosperity and stability.

And the United Nations Support Mission in Libya welcomed the two statements, and called for the exit of all the foreign forces and the mercenaries from the Libyan territories, and also the United Arab Emirates and the State of Qatar welcomed the announcement.

It is worth mentioning that the city of Sirte is under the control of the forces of the General Command of the Libyan Army led by the Marshal Khalifa Haftar, while the forces of Al-Wefaq are stationed in its west since the month of June last, after the withdrawal of the forces of Haftar from the surroundings of Tripoli.

It is worth mentioning also that the Egyptian President announced on the 20th of June last that the line of Sirte and Al-Jufra is a "red line" for the national security of Egypt.

Read also: The UN mission welcomes the two statements and calls for the exit of the mercenaries
Read also: The Oil Corporation: the closure of the ports costs Libya billions of dollars

Tags: Libya, Sirte, Al-Jufra, ceasefire, Aqila Saleh, Al-Sarraj"""),

dict(group=G, published="2020-08-23", outlet="MENA Daily Brief",
title="MENA Daily Brief, Aug 23: Libya ceasefire calls meet LNA scepticism; ECOWAS envoys in Bamako; Kadhimi back from Washington",
text="""MENA Daily Brief - Sunday, August 23, 2020
Your morning round-up of what matters across the Middle East and North Africa.

LIBYA: CEASEFIRE CALLS WELCOMED ABROAD, DISMISSED BY HAFTAR'S CAMP
The headline of the weekend is Friday's pair of ceasefire statements from Libya's rival authorities. Fayez al-Sarraj, who heads the UN-recognised government in Tripoli, ordered his forces to stop all combat operations and called for Sirte and Jufra to be demilitarised, for oil exports to resume with revenues frozen in a special account, and for elections in March 2021. In a separate statement, eastern parliament speaker Aguila Saleh also called for an immediate ceasefire and suggested Sirte host a new presidential council, guarded by police from all regions.

The two texts were welcomed by the UN mission, Egypt's President Sisi, the US, Italy, Germany and several Gulf states. But on Sunday the spokesman for Khalifa Haftar's Libyan National Army, Ahmed al-Mismari, told a news conference that Sarraj's initiative was "for media marketing" and accused Tripoli's forces and Turkey of mobilising around Sirte. He did not comment on Saleh's statement. Haftar himself has said nothing publicly.

Why it matters: this is the first time both sides have publicly committed to a ceasefire since the front froze at Sirte in June, after Egypt warned that an assault on the city would cross its "red line". But the LNA's reaction shows that Saleh does not necessarily speak for the man with the guns, and the oil blockade - in place since January - is still controlled by Haftar-aligned forces.

Watch for: whether NOC announces any lifting of force majeure; any UN move to reconvene the 5+5 military commission.

MALI: ECOWAS MEDIATORS MEET JUNTA, VISIT KEITA
A West African delegation led by former Nigerian president Goodluck Jonathan held talks in Bamako on Saturday with the soldiers who seized power on Tuesday, and met ousted president Ibrahim Boubacar Keita, who is being held by the junta. Jonathan said Keita was in good condition. ECOWAS has closed borders with Mali and is demanding a return to constitutional order.

IRAQ: KADHIMI'S WASHINGTON VISIT
Prime Minister Mustafa al-Kadhimi returned from Washington, where he met President Donald Trump at the White House on Thursday. The two sides discussed the drawdown of US troops, energy deals and the fight against Islamic State remnants.

That's it for today. Forward this brief to a colleague, or subscribe below.

Subscribe | Unsubscribe | Privacy"""),
]
