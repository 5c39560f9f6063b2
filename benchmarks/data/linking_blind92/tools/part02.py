G = "erdogan_says_turkish_troops_moving_to_libya_2020_01_05"
ARTICLES = [
dict(group=G, published="2020-01-05", outlet="RusNova Agency",
title="Erdogan says Turkish military units are gradually moving to Libya",
text="""ANKARA, January 5 (RusNova) - Turkish President Recep Tayyip Erdogan said on Sunday that Turkish servicemen have begun to move to Libya, three days after the national parliament authorized the deployment.

"Our soldiers are going there gradually right now," Erdogan said in an interview with Turkish broadcasters, adding that the task of the Turkish military would be "coordination", and that an operations center would be set up and headed by a Turkish lieutenant general.

Erdogan did not name the number of servicemen. He said Turkey would also use "different units" that would not be Turkish soldiers, without elaborating.

The Turkish leader noted that Ankara's aim was not to fight but to support the "legitimate government" and to prevent a humanitarian tragedy.

On Thursday, the Grand National Assembly of Turkey approved the motion on sending troops for one year.

Moscow has repeatedly said it supports a political settlement in Libya. The Kremlin spokesman said earlier that any foreign interference would hardly help the settlement. Russian President Vladimir Putin is expected to visit Turkey on Wednesday, January 8, for the launch of the TurkStream gas pipeline, and the Libyan situation is expected to be on the agenda.

Libya has been split between two rival centers of power. The east is run by the parliament in Tobruk, allied with the Libyan National Army of Marshal Khalifa Haftar, while the Government of National Accord of Fayez Sarraj operates in Tripoli. In April 2019, the LNA launched an offensive on Tripoli."""),
dict(group=G, published="2020-01-06", outlet="Gündem Haber 24",
title="Erdoğan's Libya explanation: Our soldiers are going gradually",
text="""President Recep Tayyip Erdoğan, on the CNN Türk-Kanal D joint broadcast made important statements about Libya. Erdoğan, "Our soldiers right now step by step are going," said.

Erdoğan, answered the questions about the tezkere which accepted in Meclis on Thursday. President Erdoğan, "The duty of our soldiers there is coordination. There will be an operation center there. A lieutenant general from us will be directing it," he said.

Erdoğan, stating that Turkey will not be there for fight, said "Our goal is not to fight, it is to support the legitimate government and avoid humanitarian drama." Erdoğan also said that different teams will be in the field as combat force but these will not be from our soldiers, without giving detail.

Regarding Hafter, President Erdoğan expressed: "Hafter is a coup-maker. Russia's Wagner with 2,500 people is there. Sudan with 5 thousand people is there. They are all serving for Hafter. What is this? Libya's legitimate government invited us, we are going."

Erdoğan also, about the air attack on the military school in Tripoli which happened on Saturday night, he said the attack was a massacre and the responsibility is on who support Hafter. In the attack on Saturday many cadets lost their lives, according to the Libya Health Ministry the number of the dead is about 30.

WHAT HAPPENED BEFORE?

The Libya tezkere, was accepted with 325 yes against 184 no votes in TBMM Genel Kurulu on 2 January. The tezkere gives authority for one year. CHP, İYİ Parti and HDP said no to the tezkere.

Turkey and Libya Ulusal Mutabakat Hükümeti signed on 27 November 2019 the security and military cooperation memorandum and the maritime jurisdiction memorandum. Hafter forces since April 2019 are making attacks to the capital Trablus.

Çerezler: Bu sitede size daha iyi hizmet sunmak için çerezler kullanılmaktadır. Kabul Et

ÖNERİLEN HABERLER
Bakan Akar: Mehmetçik hazır
Yunanistan'dan Libya açıklaması"""),
dict(group=G, published="2020-01-06", outlet="The Northern Chronicle",
title="Erdogan confirms first Turkish troops are heading to Libya as Tripoli is shaken by academy strike",
text="""By Harriet Ellison, Istanbul

President Recep Tayyip Erdogan has confirmed that Turkish troops are on their way to Libya, turning a week of brinkmanship into an open military commitment on the side of the embattled government in Tripoli.

Speaking in a televised interview on Sunday night, Erdogan said soldiers were being sent "gradually" and that their role would be to coordinate rather than to fight. A Turkish lieutenant general would lead an operations centre in the Libyan capital, he said. Asked about ground combat, he suggested that "different units" would take on that role, a remark that many in Ankara and beyond read as a reference to Syrian fighters drawn from groups that Turkey sponsors in northern Syria, although he did not say so.

The announcement came only three days after the Turkish parliament granted a one-year mandate for a deployment, in a vote that split the chamber largely along government and opposition lines. Opposition lawmakers argued that Turkey had no business in a war a thousand miles away; government deputies replied that the country's maritime claims in the eastern Mediterranean depended on the survival of its only friend on the Libyan coast.

That friend, the Government of National Accord led by Fayez al-Serraj, has been under siege since April, when Khalifa Haftar, the eastern commander, sent his forces towards Tripoli. For months the fighting was stuck in the southern suburbs. In recent weeks, however, Haftar's side, helped by Russian private military contractors and by drones that UN experts have linked to the United Arab Emirates, has been gaining ground.

On Saturday night an airstrike hit a military academy in the Hadba district of Tripoli, killing around 30 cadets as they gathered on a parade ground, according to the health ministry of the Tripoli government. Haftar's forces denied responsibility. Erdogan called it a massacre.

The deal that makes the deployment possible was signed in Istanbul on 27 November, along with a controversial maritime accord that Greece says ignores the island of Crete. Athens, Nicosia and Cairo have denounced both agreements, and the Greek prime minister, Kyriakos Mitsotakis, is due in Washington this week.

Diplomats in Europe are scrambling to revive a peace conference in Berlin, and Vladimir Putin, whose country's contractors have been fighting alongside Haftar, is due in Istanbul on Wednesday. Some in Ankara privately describe the Turkish move as leverage: a show of force designed to earn Turkey a seat at that table.

Yet the risks are considerable. Turkey has no land border with Libya, and supply lines would run across a sea patrolled by the navies of countries hostile to its aims. Its aircraft would have to cross airspace it does not control. Analysts say that for now Ankara is likely to rely on air defence, drones, electronic warfare and trainers rather than large formations of troops.

"This is a calculated risk," said one former Turkish diplomat. "The government believes that if Tripoli falls, the maritime deal falls with it."

The Libyan parliament based in the east, which backs Haftar, voted on Saturday to cut relations with Turkey and to reject the memoranda, a largely symbolic move."""),
]
