G = "jmc_first_round_opens_geneva_2020_02_03"

ARTICLES = [
dict(group=G, published="2020-02-03", outlet="Meridian Press",
title="Libya military talks open in Geneva under UN mediation",
text="""GENEVA (MP) - Senior officers from Libya's two warring camps began talks in Geneva on Monday on turning a fragile truce into a durable ceasefire, the United Nations said.

Five officers appointed by the Tripoli-based Government of National Accord (GNA) and five named by eastern commander Khalifa Haftar's Libyan National Army (LNA) are taking part in the first meeting of the so-called 5+5 Joint Military Commission, which is being led by U.N. envoy Ghassan Salame.

The commission was agreed at a summit in Berlin on Jan. 19, where world powers also pledged to respect a U.N. arms embargo. A first session planned for late January did not take place after the LNA failed to send its delegation. Salame met Haftar in eastern Libya on Saturday, after which the LNA confirmed it would attend.

The U.N. plans separate economic talks in Cairo later this month and a political track in Geneva.

Fighting has continued in places despite the truce, which took effect on Jan. 12. Clashes and air strikes were reported over the weekend around al-Washka, between Misrata and Sirte.

Libya has been in turmoil since a NATO-backed uprising toppled Muammar Gaddafi in 2011. Since 2014 it has been split between rival governments in Tripoli and the east, with armed groups holding sway on the ground.
"""),

dict(group=G, published="2020-02-04", outlet="Akhbar Al-Yawm Net",
title="Salame: the two Libyan parties agreed on the principle of transforming the truce into a permanent ceasefire",
text="""Geneva - Akhbar Al-Yawm

The UN envoy to Libya Ghassan Salame announced today Tuesday that the delegations of the two parties of the conflict in Libya, who meet in Geneva within the framework of the joint military committee "5+5", agreed on the principle of transforming the truce into a permanent ceasefire, and that the question now is about the conditions of that.

Salame said in statements to journalists at the UN headquarters in Geneva that there is "a real will" among the two sides to begin the negotiation, noting that the discussions started yesterday Monday with a long list of points on the agenda, at the forefront of which the transformation of the fragile truce to a real and lasting ceasefire.

The UN envoy explained that the two delegations did not sit yet in the same room and that he moves between them, but he expressed his hope that they will meet directly in the next days, considering that the meeting of high-ranking officers of the two sides is the first of its kind for a long time.

And Salame expressed his deep concern from the continuation of the violation of the arms embargo by the two sides, saying that new mercenaries and new weapons are arriving to Libya by air and by sea, in spite of the commitments that the states made in the Berlin conference on the nineteenth of last January.

The committee consists of five officers representing the Government of National Accord and five officers representing the General Command of the Libyan Army led by Field Marshal Khalifa Hafter, and the Berlin conference agreed on its formation to supervise the ceasefire.

It is worth mentioning that the meeting of the committee was scheduled on the twenty-eighth of last January, but it was postponed because the delegation of the General Command did not arrive, before Salame met the Field Marshal Hafter last Saturday in Benghazi, where Hafter confirmed the participation of his representatives.

And the General Command of the army had announced on the eleventh of January its acceptance of the truce called by the Turkish and Russian presidents, before the Field Marshal left Moscow on the fourteenth of January without signing the document of the ceasefire that the President of the Presidential Council Fayez al-Sarraj signed.

It is worth mentioning also that the UN mission works on three tracks, military, economic and political, and that the economic track is expected to meet in Cairo on the ninth of February, while the political dialogue is expected to be held in Geneva later.

And the truce, which was announced on 12 January by an initiative of the Russian and Turkish presidents, witnesses repeated violations in the surroundings of Tripoli and in the area of al-Washka west of Sirte.

Read also:
- The Libyan Army: we monitor the arrival of Turkish ships to the port of Tripoli
- The Presidential Council discusses with the American delegation the security situation

Share this:
Facebook
Twitter
Telegram
"""),

dict(group=G, published="2020-02-05", outlet="WorldPoint News",
title="Libya Rivals Agree 'In Principle' On Lasting Ceasefire At Geneva Military Talks: UN Envoy",
text="""WorldPoint News / Top Stories / World

Libya Rivals Agree 'In Principle' On Lasting Ceasefire At Geneva Military Talks: UN Envoy

Faiza Rauf 1 day ago Wed 5th February 2020 | 12:14 AM

Libya's warring parties have agreed in principle to turn a shaky truce into a lasting ceasefire, UN envoy Ghassan Salame said, as military officers from both camps held indirect talks in Geneva

Geneva, (WPN / WorldPoint News - 5th Feb, 2020 ) :Libya's warring parties have agreed in principle to turn a shaky truce into a lasting ceasefire, UN envoy Ghassan Salame said, as military officers from both camps held indirect talks in Geneva.

"The principle was accepted at the first session; the question now is under what conditions," Salame told reporters on Tuesday, on the second day of the talks at the UN's European headquarters.

The meeting of the joint military commission, made up of five officers from each side, opened on Monday. It brings together representatives of the UN-recognised Government of National Accord (GNA) in Tripoli and of the forces of eastern strongman Khalifa Haftar, who have been trying to seize the capital since April.

Salame said he had noticed a genuine will to start negotiating, but that the two delegations were still in separate rooms and he was shuttling between them. He said it was the first time in a very long time that senior officers from both sides had taken part in such talks.

The envoy again denounced violations of the arms embargo, saying new mercenaries and weapons were still reaching Libya by air and by sea despite the pledges made by foreign powers at the January 19 summit in Berlin.

The talks are expected to last several days. The UN is also organising an economic track, with a meeting in Cairo on February 9, and a political dialogue that is due to start later this month.

The commission was one of the few concrete outcomes of the Berlin summit, where the leaders of Russia, Turkey, France, Egypt and other countries also pledged to respect the UN arms embargo. A first meeting of the commission had been planned for January 28 but did not happen because Haftar's side did not send its delegation. Salame travelled to Benghazi on Saturday to secure his participation.

Salame, a former Lebanese culture minister who has led the UN mission in Libya since 2017, said the economic talks would address the management of oil revenues and the divided central bank, while the political track would bring together members of the rival legislatures and other Libyan figures.

A truce brokered by Russia and Turkey took effect on January 12, but both sides have accused each other of repeated violations. Haftar left talks in Moscow on January 14 without signing a ceasefire document that his rival, Fayez al-Sarraj, had signed.

Libya has been torn by violence since the fall and killing of dictator Moamer Kadhafi in a NATO-backed uprising in 2011.

Related News
- Turkey's Erdogan Warns Syria Over Idlib Attack
- Oil Prices Slip On Virus Demand Worries
- Pakistan, Qatar Discuss Bilateral Cooperation
"""),
]
