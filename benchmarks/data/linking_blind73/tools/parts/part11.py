G = "mitiga_airport_shelled_planes_and_fuel_hit_2020_05_09"

ARTICLES = [
dict(group=G, published="2020-05-09", outlet="Meridian Wire Service",
title="Shelling sets Tripoli airport fuel tanks ablaze, damages two airliners",
text="""
TRIPOLI (MWS) - A barrage of rockets hit Tripoli's Mitiga airport and nearby residential districts on Saturday, setting jet fuel tanks on fire, damaging two passenger aircraft and killing at least three civilians, officials of Libya's internationally recognised government said.

Libya's National Oil Corporation (NOC) said jet fuel tanks at the airport had been targeted and firefighters were working to bring a large blaze under control. Video filmed by an airport worker and seen by MWS showed thick black plumes of smoke billowing over the apron.

The military command of the Government of National Accord (GNA) said two Libyan Airlines jets, an Airbus A320 and an A330, had been hit by shrapnel and put out of service. It said the A320 had been preparing for a repatriation flight to Spain. Fire engines, the runway and the passenger terminal were also damaged, it said.

The GNA's health ministry said three civilians, among them a woman, were killed and 12 wounded as rockets fell on the Bab Benghashir, Souq al-Juma and Abu Salim neighbourhoods. The GNA's Volcano of Rage operation said more than 80 Grad rockets had been fired.

The GNA blamed the eastern-based Libyan National Army (LNA) of Khalifa Haftar, which has been bombarding the capital for weeks as it loses ground around the city. The LNA did not immediately comment. Haftar said in January that his forces considered Mitiga part of a no-fly zone and warned airlines not to put their aircraft at risk.

Mitiga, a former air base east of the city centre, is the capital's only functioning airport, though civilian flights stopped in March after repeated shelling and before Libya imposed a lockdown to fight the coronavirus. It has been closed many times since the start of Haftar's offensive in April 2019, with flights diverted to Misrata, 200 km to the east.

Firefighters from the airport and the city's civil defence worked for hours to contain the blaze, and residents of nearby districts said the smoke could be seen across eastern Tripoli.

Saturday's attack followed rocket fire late on Thursday on a central district near the Turkish embassy and the Italian ambassador's residence that killed two policemen and a civilian.

Pro-GNA forces have retaken several towns west of Tripoli in recent weeks with the help of Turkish drones and air defence systems, and are attacking the LNA's al-Watiya air base. The LNA is backed by the United Arab Emirates, Egypt and Russia.

The UN mission has said forces affiliated with the LNA caused most of the civilian casualties recorded in the first quarter of the year, and has urged both sides to observe a truce during Ramadan.

European powers called on Saturday for a humanitarian truce to allow Libya to focus on fighting the COVID-19 pandemic.

(Reporting by MWS Tripoli bureau; editing by Marta Lindqvist)
"""),

dict(group=G, published="2020-05-09", outlet="Tripoli Free Voice",
title="Haftar's militias shell Mitiga Airport, burn fuel depot and hit two civilian planes; 3 civilians killed",
text="""
May 9, 2020 - 16:55 | Written by: TFV Tripoli desk

Khalifa Haftar's militias launched on Saturday a new and heavy rocket attack on Mitiga International Airport and the surrounding residential neighbourhoods of Bab Benghashir, Souq Al-Jumaa and Abu Salim, killing three civilians, including a woman, and injuring 12 others, the Ministry of Health said.

The media office of Operation Volcano of Rage said Haftar's forces fired more than 80 Grad rockets on the capital, and that the attack on the airport hit two Airbus planes (A320 and A330) belonging to Libyan Airlines. The A320 was getting ready to take off to Spain to bring back Libyans stranded abroad due to the coronavirus, the office said.

The rockets also set fire to the jet fuel depots inside the airport, destroyed firefighting vehicles and damaged the runway and the passengers' hall, according to the Volcano of Rage.

The National Oil Corporation published pictures of the fire at the fuel tanks and said that the firefighters were working to control it.

The attack is the latest in a long series of attacks on the only civilian airport in the capital, which Haftar's militias have been shelling systematically to cut the link between Tripoli's people and the world. The Presidential Council's government has repeatedly called on the UN Security Council to take a clear stance against the targeting of civilians and civilian facilities.

This new atrocity comes two days after Haftar's militias fired Grad rockets on Zawiyat Al-Dahmani, near the residence of the Italian ambassador and the Turkish embassy on Al-Shatt Road, killing two policemen and a civilian.

The Ambulance and Emergency Service said its teams evacuated the injured from Bab Benghashir and Abu Salim under continuous shelling, while residents of Souq Al-Jumaa said rockets fell on houses near the airport's wall.

Haftar's militias have been suffering major losses on the frontlines in the past weeks as the GNA forces liberated the coastal cities west of Tripoli and tightened the siege of Al-Watiya Airbase and Tarhuna.

Since the beginning of Haftar's aggression on Tripoli in April 2019, Mitiga Airport has been targeted dozens of times with rockets, shells and drone strikes. In September last year, a plane carrying pilgrims returning from Mecca was hit while landing, and in February this year more than 20 rockets fell on the airport and its surroundings.

Mitiga Airport has been closed for civilian flights since March after repeated rocket attacks, which forced airlines to move their flights to Misrata Airport.

Share this:
    Facebook
    Twitter
    Telegram

Related posts
    Volcano of Rage: Haftar's militias fire rockets on Tripoli port again
    Health Ministry: 13 civilians killed in Haftar's shelling on Tripoli in two days
    Al-Watiya airbase surrounded, GNA forces say
"""),

dict(group=G, published="2020-05-10", outlet="RusNews International",
title="Two civilian planes damaged in rocket strike on Tripoli airport - GNA",
text="""
TRIPOLI, May 10 (RusNews) - Two civilian airliners were damaged on Saturday in the shelling of the Mitiga airport in the Libyan capital of Tripoli, the military command of the Government of National Accord (GNA) said, blaming forces loyal to Field Marshal Khalifa Haftar.

"Two planes, Airbus 320 and 330, were hit by shrapnel and made inoperative," the GNA's military command said in a statement.

The strike on the airport, the only operational air hub of the Libyan capital, also caused a fire at a jet fuel storage facility. The National Oil Corporation posted photos of thick black smoke rising from the burning tanks.

According to the GNA health ministry, three civilians were killed and several others injured when rockets fell on residential areas near the airport.

According to the GNA, the damaged A320 had been prepared for a flight to bring home Libyan citizens stranded abroad due to the coronavirus restrictions. Aviation experts said repairs to the aircraft might not be possible.

The Libyan National Army (LNA) of Haftar has not commented on the attack. In January, the LNA said it regarded Mitiga as part of a no-fly zone, accusing the GNA of using the airport to launch Turkish-made drones, and warned civilian airlines against putting their aircraft in danger.

Haftar's forces have been laying siege to Tripoli since April of last year. In recent weeks the GNA forces, supported by Turkey, have moved to the offensive.

On Thursday evening, several rockets also hit the Zawiyat al-Dahmani area in central Tripoli, where the Turkish embassy and the residence of the Italian ambassador are located. Rome condemned the shelling.

Russian Foreign Minister Sergei Lavrov said last month that Moscow did not approve of Haftar's statement that he was taking power in the country, and that Russia continues to support a political settlement based on the decisions of the Berlin conference. The Kremlin said Russia remains in contact with all the parties to the Libyan conflict.

Mitiga has been closed to civilian traffic since March after repeated rocket attacks. Repatriation flights for Libyans stranded abroad because of the coronavirus pandemic have been routed through Misrata. Earlier this week, rockets also fell near the Turkish embassy and the residence of the Italian ambassador in central Tripoli, killing three people, according to the GNA.

Turkey, which signed a military cooperation agreement with the GNA in November, has supplied it with drones and air defence systems, helping its forces push back the LNA from several towns west of the capital in April. The LNA is supported by the United Arab Emirates and Egypt.

Libya has been without a unified government since the overthrow and killing of Muammar Gaddafi in 2011.

This website uses cookies. By continuing to browse, you agree to our use of cookies. Learn more
"""),

dict(group=G, published="2020-05-11", outlet="Arms & Theatre Review",
title="Mitiga's long siege: what the 9 May barrage says about the LNA's rocket war",
text="""
ANALYSIS

The rocket barrage that hit Tripoli's Mitiga airport on 9 May was not the first attack on Libya's busiest remaining airfield, but it may prove one of the costliest. The Government of National Accord (GNA) says more than 80 Grad rockets were fired. Two Libyan Airlines Airbus aircraft, an A320 and an A330-200, were damaged by fragments, and aviation safety trackers have suggested the A320 may be a write-off. The airport's jet fuel storage burned for hours, fire trucks were destroyed, and the runway and passenger terminal were damaged. Three civilians were killed in surrounding neighbourhoods, according to the GNA health ministry.

Mitiga's vulnerability is partly geographic and partly political. A former military air base in the eastern part of the city, it has served as Tripoli's civilian airport since the old international airport to the south was wrecked in fighting in 2014. It is also used by GNA-aligned forces. The Libyan National Army (LNA) has long described it as a military target, citing the presence of Turkish drones, and in January declared it part of a no-fly zone.

That dual-use status has made the airfield a recurring target since the LNA's Tripoli offensive began in April 2019. An LNA aircraft struck it on 8 April 2019. In late August a rocket landed as a Libyan Airlines flight carrying pilgrims from Saudi Arabia was arriving; days later, on 1 September, a shelling attack wounded returning pilgrims, damaged an aircraft and shut the airport for months, with flights diverted to Misrata. It reopened in mid-January, only to close again within days after rocket fire, and on 28 February about two dozen rockets fell on and around the airport. Civilian flights were halted again in March.

The weapon used on Saturday explains much of the damage. The BM-21 Grad and its derivatives fire unguided 122mm rockets in salvos, saturating an area rather than hitting a point. At ranges of 15-20 km, a salvo disperses over hundreds of metres. Fired at an airport embedded in dense neighbourhoods such as Souq al-Juma and Bab Benghashir, a significant share of rockets will inevitably land among homes. This is what UN officials mean when they speak of the indiscriminate use of explosive weapons in populated areas.

The timing also matters. The LNA has been losing ground. Since mid-April GNA forces, supported by Turkish Bayraktar TB2 drones and air defence systems, have taken the coastal towns west of Tripoli and pressed the LNA's al-Watiya air base and its supply hub at Tarhuna. Unable to advance, the LNA has turned to long-range fire against high-value targets in the city: the port, the airport, and, on the night of 7 May, the government district of Zawiyat al-Dahmani near the Turkish and Italian diplomatic residences.

Whether the strikes achieve any military purpose is doubtful. Turkish drones can operate from other sites, and the GNA's supply line from Turkey increasingly runs through Misrata. The cost falls instead on the city's civilian lifelines: an airport that Libyans abroad need for repatriation flights during the COVID-19 pandemic, and fuel stocks for aviation and emergency services.

Analysts will watch whether the GNA's air defences, which are credited with downing several LNA drones in recent weeks, are extended to counter-battery fire against rocket launchers south of the city. Until then, Mitiga is likely to remain within range.
"""),
]
