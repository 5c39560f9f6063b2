# Event: Erdogan and Putin in Istanbul call for Libya ceasefire from 12 Jan (8 Jan 2020)
G = "erdogan_putin_call_libya_ceasefire_2020_01_08"

ARTICLES = [
dict(group=G, published="2020-01-08", outlet="Vostok News Agency",
title="Putin and Erdogan call on Libyan sides to cease fire from midnight on January 12",
text="""ISTANBUL, January 8 (Vostok) - Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan have called on the parties to the conflict in Libya to stop military action and declare a ceasefire from 00:00 on January 12, according to a joint statement adopted after their talks in Istanbul on Wednesday.

Russian Foreign Minister Sergei Lavrov, presenting the results of the talks to journalists together with his Turkish counterpart Mevlut Cavusoglu, said the two presidents had agreed on a common position on the Libyan settlement in accordance with the decisions of the UN Security Council.

"I would like to emphasise the appeal addressed by Vladimir Putin and Recep Tayyip Erdogan to the Libyan conflict parties to immediately stop military action and declare a ceasefire from midnight on January 12," Lavrov said.

In the joint statement, the presidents noted that the deteriorating situation in Libya was having a negative impact on the security and stability of the wider region, including the Mediterranean and Africa, fuelling irregular migration, the spread of weapons, terrorism and criminal activity. They reaffirmed their commitment to the sovereignty, independence, territorial integrity and national unity of Libya and stressed that lasting peace could only be achieved through a Libyan-led and Libyan-owned political process.

The leaders urged the Libyan sides to take the necessary measures to stabilise the situation on the ground and normalise daily life in Tripoli and other cities, and to sit down at the negotiating table without delay.

Putin and Erdogan held a one-on-one meeting before taking part in the ceremony to launch the TurkStream gas pipeline, which was also attended by Serbian President Aleksandar Vucic and Bulgarian Prime Minister Boyko Borissov. The pipeline has a total capacity of 31.5 billion cubic metres of gas per year, half of which is intended for Turkish consumers and half for delivery to Europe.

The presidents also discussed the situation in Syria and the escalation between the United States and Iran, calling on both sides to exercise restraint and give priority to diplomacy.

Libya is divided between the Government of National Accord of Fayez Sarraj in Tripoli, recognised by the UN, and the parliament in the east, which is supported by the Libyan National Army of Field Marshal Khalifa Haftar. Turkey's parliament approved the dispatch of Turkish troops to support Sarraj's government on January 2. Earlier this week, the LNA announced that it had taken control of the city of Sirte.

Moscow has repeatedly stressed that there is no military solution to the Libyan crisis. Russia has denied reports that Russian private military contractors are fighting on the side of the LNA. Kremlin spokesman Dmitry Peskov said in December that any interference by third countries in the Libyan conflict would hardly contribute to a settlement.

On Sunday, Erdogan said that Turkish servicemen had begun moving to Libya to support the GNA, explaining that their task would be coordination rather than combat."""),

dict(group=G, published="2020-01-08", outlet="Turkish Herald Agency",
title="Turkey, Russia call for ceasefire in Libya as of Jan. 12 midnight",
text="""ISTANBUL

The Turkish and Russian presidents on Wednesday called on all parties in Libya to declare a cease-fire as of midnight on Jan. 12, Turkey's Foreign Minister Mevlüt Çavuşoğlu announced.

"Today, our President Recep Tayyip Erdoğan and Russian Federation President Vladimir Putin are calling for a cease-fire in Libya as of Jan. 12 midnight," Çavuşoğlu told a joint news conference with Russian Foreign Minister Sergey Lavrov in Istanbul.

Çavuşoğlu said the two leaders held a bilateral meeting after the opening ceremony of the TurkStream natural gas pipeline, which was also attended by the leaders of Serbia and Bulgaria.

"We have been especially working with our Russian partners to achieve a cease-fire in Libya," he said, adding that Turkey would continue working with Russia and all parties in Libya to establish lasting peace.

According to the joint statement, the two leaders called on all parties to stop hostilities, declare a sustainable cease-fire supported by measures to stabilize the situation on the ground and normalize daily life in Tripoli and other cities, and immediately come together around a negotiating table.

Çavuşoğlu said these efforts would also contribute to the success of the Berlin process, a series of meetings held since September with the participation of Germany, France, Italy, the U.K. and others to end the Libyan conflict.

The Turkish parliament on Jan. 2 approved a motion to deploy troops to Libya upon the invitation of the UN-recognized Government of National Accord (GNA). On Sunday, President Erdoğan announced that Turkish soldiers had started moving to the country, stressing that their task is coordination and that the aim is not combat but support to the legitimate government.

In their joint statement, the two leaders also voiced concern over the escalating tension between the U.S. and Iran, warning that the recent exchange of attacks could lead to a new cycle of instability in the region, and urged both sides to prioritize diplomacy.

The TurkStream project consists of two lines with a total capacity of 31.5 billion cubic meters per year. The first line will carry 15.75 bcm of Russian gas to Turkish consumers, and the second line will carry the same amount to Europe via Turkey.

Since the ouster of late ruler Muammar Gaddafi in 2011, two seats of power have emerged in Libya: one in eastern Libya, supported mainly by Egypt and the United Arab Emirates, and the GNA in Tripoli, which enjoys UN and international recognition.

Share this:
Twitter | Facebook | LinkedIn | WhatsApp"""),

dict(group=G, published="2020-01-10", outlet="The Atlantic Ledger",
title="In Istanbul, Erdogan and Putin try to take Libya's war into their own hands",
text="""By Helen Marsh, Istanbul, and Daniel Prior, Rome

When Vladimir Putin and Recep Tayyip Erdogan stood side by side in Istanbul on Wednesday to open a gas pipeline under the Black Sea, the most consequential words of the day had nothing to do with gas. In a joint statement issued after their talks, the Russian and Turkish presidents called on Libya's warring parties to stop fighting at midnight on Sunday, January 12, and to come to the negotiating table.

It was a striking moment. Russia and Turkey are on opposite sides in Libya. Ankara has just won parliamentary approval to send troops to shore up the UN-recognised Government of National Accord (GNA) in Tripoli, and Erdogan said on Sunday that the first soldiers were on their way; Turkish media have since reported that a few dozen personnel have arrived. Russian contractors from the Wagner group, which the Kremlin insists has nothing to do with the state, have been fighting alongside the forces of Khalifa Haftar, the eastern commander who has been trying to seize the capital since April.

Yet the two leaders, who manage a similarly awkward partnership in northern Syria, chose to present themselves as the brokers of a truce. The European powers that have spent months preparing a peace conference in Berlin were left watching from the sidelines.

The first responses from Libya were mixed. The GNA of Prime Minister Fayez al-Sarraj welcomed the call. Haftar's camp was cooler. On Thursday his spokesman, Ahmed al-Mismari, said in a video statement: "We welcome Putin's call for a ceasefire. However, our fight against terrorist organisations that seized Tripoli and received support of some countries will continue until the end." Diplomats expect Ankara and Moscow to lean on their respective allies before Sunday, with the burden of persuading Haftar falling largely on Russia.

Haftar has reason to feel confident. On Monday his forces took Sirte, the central coastal city that had been held by forces allied to Tripoli since Islamic State was driven out in 2016, after a local brigade changed sides. Two days earlier, an air strike killed about 30 cadets at a military school in Tripoli. The GNA blamed Haftar; his spokesman denied it.

The Istanbul initiative also exposed European disarray. On Wednesday, the same day Putin and Erdogan made their appeal, Italy's prime minister, Giuseppe Conte, received Haftar in Rome for about three hours of talks. Sarraj, who had been expected in Rome that evening after meetings in Brussels, flew home instead. Italian opposition leaders accused Conte of a diplomatic blunder. In Cairo, meanwhile, the foreign ministers of Egypt, France, Greece and Cyprus declared Turkey's agreements with the GNA null and void; Italy attended but did not sign.

European officials insist the Berlin process is still alive. Germany's chancellor, Angela Merkel, is due in Moscow on Saturday, and Libya is expected to dominate her talks with Putin. EU foreign ministers, meeting in Brussels on Friday, were expected to back a ceasefire and discuss how Europe could help monitor one.

For Putin and Erdogan, the truce call carries little risk. If it holds, they can claim credit; if it fails, they can blame the Libyans. The two men also used the Istanbul meeting to urge restraint on Washington and Tehran after Iran fired missiles at bases in Iraq housing American troops early on Wednesday, in retaliation for the killing of General Qassem Soleimani.

Libya has been without a functioning central government since the 2011 uprising, backed by NATO air strikes, that ended Muammar Gaddafi's rule. The current war has killed more than 280 civilians and about 2,000 fighters since April, according to the United Nations.

Whether a truce can start on Sunday depends on Haftar, and on whether his foreign patrons, above all the United Arab Emirates and Egypt, want one. Neither was in the room in Istanbul."""),
]
