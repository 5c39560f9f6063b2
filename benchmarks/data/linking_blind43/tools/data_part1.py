# Set 43 article texts, part 1: April 2019 events.
# Each entry: (group_slug, published, outlet, title, text)

MWS_BOILER = (
    "Libya has been in turmoil since the NATO-backed uprising that toppled and killed "
    "Muammar Gaddafi in 2011. Since 2014 the country has been split between rival "
    "administrations in Tripoli and the east, where Haftar's self-styled Libyan National "
    "Army (LNA) holds sway."
)

ARTICLES_1 = [
# ---------------------------------------------------------------- E1 offensive launch
("haftar_offensive_tripoli_launch_2019_04_04", "2019-04-04", "Mediterranean Wire Service",
"Libya's Haftar orders forces to march on Tripoli as UN chief visits",
"""TRIPOLI (MWS) - Eastern Libyan commander Khalifa Haftar ordered his forces on Thursday to advance on Tripoli, seat of the internationally recognised government, raising the spectre of a full-scale battle for the capital while UN Secretary-General Antonio Guterres was in the city trying to salvage a peace plan.

In an audio message posted online by his Libyan National Army (LNA), Haftar told his troops that the time had come to move on the capital. He instructed them not to fire on civilians or on anyone who did not resist, and said those who laid down their weapons or raised a white flag would be safe.

LNA units coming up from the south entered Gharyan, a mountain town about 100 km (60 miles) south of Tripoli, after brief clashes, residents said. Other columns were reported moving toward the capital's southern outskirts.

Prime Minister Fayez al-Serraj, who heads the UN-backed Government of National Accord (GNA), put forces loyal to his administration on alert. Armed groups from the port city of Misrata, the strongest military power in western Libya, said they were ready to help defend Tripoli.

Guterres, who arrived in Tripoli on Wednesday to prepare a national conference planned for mid-April in the desert town of Ghadames, said on Twitter he was deeply concerned by the military movement and the risk of confrontation. He said there was no military solution, only intra-Libyan dialogue.

The United States, Britain, France, Italy and the United Arab Emirates issued a joint statement urging all parties to de-escalate immediately, saying military posturing and threats of unilateral action risked pushing Libya back toward chaos.

Haftar, 75, has expanded his control steadily from his base in Benghazi, taking the oil-rich south earlier this year. He met Serraj in Abu Dhabi in late February, a meeting the UN hoped would pave the way for elections.

""" + MWS_BOILER + """

(Reporting by MWS Tripoli and Benghazi bureaus; editing by Paul Renard)"""),

("haftar_offensive_tripoli_launch_2019_04_04", "2019-04-05", "Nile Gazette",
"Libyan National Army launches operation to free Tripoli from terrorist militias",
"""Cairo - Nile Gazette

The Libyan National Army (LNA) under the command of Field Marshal Khalifa Haftar announced on Thursday the start of military operations to liberate the capital Tripoli from the grip of terrorist militias and armed gangs, in what army officials are calling "Operation Flood of Dignity".

In a recorded address broadcast to the troops, the General Commander ordered units to move toward the capital and stressed that civilians, foreigners and state institutions must be protected. Whoever lays down his weapons is safe, the Field Marshal said, and whoever raises the white flag is safe.

Army spokesman Major General Ahmed al-Mismari told reporters in Benghazi that units had been welcomed in the city of Gharyan and were advancing along several axes toward Tripoli with, he said, popular support. He accused the militias controlling the capital of holding Libyans hostage for years and of plundering the wealth of the state.

Media close to the Muslim Brotherhood circulated claims on Friday that a number of soldiers had been captured west of Tripoli near Zawiya. Army sources described the reports as exaggerated and part of a psychological war.

The operation comes after the army restored security to the south in recent months, securing the Sharara oil field and the city of Sebha from Chadian gangs and terrorist groups. Five years ago, in May 2014, the army launched Operation Dignity in Benghazi against the extremist groups that had turned the city into a battlefield, and last year it freed Derna.

Observers in Cairo said the army's advance reflects the will of Libyans who are tired of militia rule since 2011, and noted that the Tripoli government has depended on armed groups, some of them on sanctions lists, to stay in power.

UN Secretary-General Antonio Guterres, who is in Libya, called for calm. He is expected to meet the Field Marshal in Benghazi.

Share this:
Facebook
Twitter
WhatsApp"""),

("haftar_offensive_tripoli_launch_2019_04_04", "2019-04-05", "The Northern Chronicle",
"Haftar's gamble: Libya's strongman turns his guns on Tripoli",
"""By Helen Marchetti, Tunis

For three years the United Nations has tried to coax Libya's two rival power centres toward a deal. On Thursday, while the UN's own secretary-general was sitting in Tripoli, Khalifa Haftar decided to settle the matter by force.

The 75-year-old field marshal, who controls eastern Libya and most of the south, ordered his self-styled Libyan National Army to march on the capital. Within hours his columns had rolled into Gharyan, a town perched on the escarpment south of Tripoli, and by Friday morning units were reported on the city's southern fringes, near the ruined former international airport.

The advance did not go entirely to plan. Overnight, fighters from the coastal city of Zawiya said they had captured scores of LNA soldiers and seized dozens of vehicles at a checkpoint west of the capital, posting videos of men sitting in rows on the ground. The LNA played down the losses.

António Guterres, who had flown in to prepare a long-promised national conference in the oasis town of Ghadames, flew to Benghazi on Friday to see Haftar in person. He left afterwards saying he was going with a heavy heart and deep concern, and that he still hoped a bloody confrontation could be avoided. Foreign ministers of the G7, meeting in Brittany, called on all sides to halt military movements immediately.

Haftar's career has spanned the whole arc of modern Libya. A young officer in the 1969 coup that brought Muammar Gaddafi to power, he led Libyan forces in Chad in the 1980s, was captured, broke with the regime and spent two decades in exile in the United States. He returned during the 2011 uprising and in 2014 launched "Operation Dignity" against Islamist militias in Benghazi, a campaign that took three years and flattened parts of the city.

Since then he has taken the oil ports of the central coast and, this winter, the southern oasis towns and the Sharara oil field. He enjoys the backing of the United Arab Emirates and Egypt, and has cultivated Russia; France has given him diplomatic cover in the past, though Paris insists it supports the UN process.

The government he is trying to unseat, led by Fayez al-Serraj, is the product of the 2015 Skhirat agreement. Serraj arrived in Tripoli by sea in 2016 and has never controlled much beyond the city, relying on a patchwork of armed groups whose rivalries erupted into heavy fighting last September. Those militias, together with the powerful forces of Misrata, are now closing ranks against the common enemy.

Diplomats had hoped that Haftar's meeting with Serraj in Abu Dhabi in February marked a turn toward a power-sharing deal and elections. Instead, a Western official said, Haftar appears to have concluded that Tripoli's defences were brittle enough to crack. If he is wrong, Libya faces a long war of attrition on the capital's doorstep; if he is right, the UN's political process is in ruins either way."""),

("haftar_offensive_tripoli_launch_2019_04_04", "2019-04-05", "Haber Pusulası",
"Hafter forces is marching to Trablus: BM General Secretary Guterres is worried",
"""Haber Pusulası | World | 5 Nisan 2019 Cuma

In Libya the leader of the forces in the east Halife Hafter, yesterday (4 Nisan Perşembe) gave the order to the militias connected to him to advance toward the capital Trablus. This attack order which came while the BM General Secretary Antonio Guterres was in Trablus, caused the concern of new civil war in the country.

In the sound recording which is shared on social media by Hafter's so-called Libya National Army (LUO), Hafter said the time of entering to Trablus has come, he said to his militants not to open fire to civilians and that the ones who leave the weapons will be in safety.

According to local sources Hafter forces entered to Garyan city which is nearly 100 kilometre south of Trablus. In the west of the capital, near Zaviye, at a control point, the forces coming from Zaviye announced that they took as captive tens of militants bound to Hafter.

The Presidency Council Chairman of the National Accord Government (UMH) which is recognised by BM, Fayiz es-Serrac, wanted that all units connected to him pass to alarm. The forces in Misrata also informed they are ready to defend the capital.

BM General Secretary Guterres, in the sharing he made from his Twitter account, expressed that he feels deep concern from the military mobility, that there is not military solution of the Libya problem. Guterres after Trablus will pass to Bingazi and will meet with Hafter.

USA, England, France, Italy and BAE publishing common statement called the sides to decrease the tension immediately.

The internal turmoil in Libya which started after the overthrow of Muammer Kaddafi in 2011, is continuing since 2014 with two separate administrations. Under BM leadership it was planned that National Conference is organised in Gadamis city in the dates 14-16 Nisan.

Etiketler: Hafter, Libya, Trablus, Serrac, BM, Guterres

Exit mobile version"""),

# ---------------------------------------------------------------- E2 UNSC April 5
("unsc_closed_consultations_libya_2019_04_05", "2019-04-06", "RusWorld Today",
"UN Security Council calls on LNA to halt military activity near Tripoli",
"""[ad_1]

The UN Security Council on Friday called on the forces of the Libyan National Army (LNA), led by Field Marshal Khalifa Haftar, to halt all military movements, following an emergency closed-door meeting on the escalation around Tripoli.

The statement was read to reporters by German Ambassador Christoph Heusgen, whose country holds the rotating Council presidency in April. Council members expressed deep concern over the military activity near Tripoli, which they said threatened Libya's stability and the prospects for UN mediation, and urged all forces to de-escalate. There can be no military solution to the conflict, Heusgen said.

The meeting, convened at the request of the United Kingdom, lasted more than two hours. UN special envoy Ghassan Salamé briefed members by video link from Libya. Members reiterated their full backing for Secretary-General Antonio Guterres and Salamé, and said those responsible for further conflict would be held accountable.

Guterres left Libya on Friday after meeting Haftar in Benghazi, saying he was deeply concerned. A day earlier, Haftar had ordered his army to move on the capital, held by the Tripoli-based Government of National Accord of Prime Minister Fayez al-Sarraj.

Kremlin spokesman Dmitry Peskov said on Friday that Moscow was not involved in the developments and hoped that the situation would be settled peacefully, through political means, without bloodshed. Moscow maintains contacts with all Libyan sides; Haftar held talks with Russian Defence Minister Sergei Shoigu in Moscow last November, and Sarraj has also visited the Russian capital.

Libya currently has two rival centres of power: the GNA in Tripoli, recognised by the UN, and the eastern authorities allied with the elected House of Representatives and backed by the LNA. The country has been in chaos since the overthrow and killing of Muammar Gaddafi in 2011.

[ad_2]"""),

("unsc_closed_consultations_libya_2019_04_05", "2019-04-06", "Mediterranean Wire Service",
"UN council urges Haftar's forces to stop advance on Tripoli",
"""UNITED NATIONS (MWS) - The UN Security Council on Friday urged Khalifa Haftar's Libyan National Army to halt its advance on Tripoli and called on all forces to de-escalate, saying there could be no military solution in Libya.

Germany's UN ambassador Christoph Heusgen, council president for April, read out the agreed remarks after closed-door consultations requested by Britain and briefed by UN envoy Ghassan Salamé.

The council said it would hold accountable those responsible for further conflict. Earlier on Friday UN chief Antonio Guterres met Haftar in Benghazi and said he was leaving Libya deeply concerned.

""" + MWS_BOILER),

("unsc_closed_consultations_libya_2019_04_05", "2019-04-06", "Libya Now 24",
"The Security Council calls on the forces of the army to stop all military movements toward Tripoli",
"""Libya Now 24 - The UN Security Council called, at the conclusion of an emergency closed session it held on Friday evening New York time, the forces of the Libyan National Army to stop all military movements, and warned that the attack on the capital Tripoli endangers stability in Libya.

And the rotating president of the Council, the German ambassador Christoph Heusgen, said to journalists after the session that the Council called the forces of the army to stop all military movements and called all the forces to de-escalate, stressing that there is no military solution to the conflict.

He added that the members renew their support to the Secretary-General and his special envoy Ghassan Salamé, and call all parties to resume dialogue and to respect their obligations under international humanitarian law including the protection of civilians.

Read also: Guterres after meeting Haftar in Benghazi: I leave Libya with heavy heart

The session was held at the request of Britain, and Salamé presented his briefing to the members through video from Tripoli, according to diplomatic sources.

Today Saturday, the clashes continued in the southern outskirts of the capital, in the areas of Qasr bin Ghashir and the vicinity of the old Tripoli International Airport, according to residents, while the forces of the Government of National Accord announced the arrival of reinforcements from Misrata and Zawiya.

It is worth mentioning that the foreign ministers of the Group of Seven industrialised countries called, in a statement from France yesterday evening Friday, all the parties involved in the military operations near Tripoli to stop all activity and movement immediately.

It is worth mentioning that the Commander-in-Chief of the army, Field Marshal Khalifa Haftar, had announced on Thursday the start of the operation to enter the capital, which coincided with the visit of the UN Secretary-General to Tripoli to prepare the comprehensive national conference in Ghadames.

Read also: Al-Sarraj orders the forces to confront "any threat" against the capital"""),

# ---------------------------------------------------------------- E3 Mitiga April 8
("mitiga_airstrike_2019_04_08", "2019-04-08", "Mediterranean Wire Service",
"Air strike hits Tripoli's only working airport as battle for capital intensifies",
"""TRIPOLI (MWS) - A warplane struck Mitiga airport, the only functioning airport in Libya's capital, on Monday, forcing the suspension of all flights as forces loyal to eastern commander Khalifa Haftar pressed their assault on Tripoli.

A security official at the airport said the raid hit close to the runway and caused no casualties. No side immediately claimed responsibility, but the eastern-based Libyan National Army (LNA) is the only party that has been using jets against targets around the city. Media close to the LNA said the strike targeted military aircraft parked at the air base section of the airport, which also serves as a military facility.

The closure leaves Misrata airport, about 200 km (125 miles) to the east, as the nearest option for travellers in and out of Tripoli.

Fighting continued on Monday in the southern suburbs, with forces allied to Prime Minister Fayez al-Serraj's Government of National Accord (GNA) saying they had pushed back LNA units along the road to the disused former international airport. Witnesses said heavy clashes raged further south.

The health ministry in Tripoli said dozens of people, fighters and civilians, had been killed since Haftar ordered his troops to march on the capital last Thursday. A UN appeal for a two-hour truce on Sunday to evacuate the wounded and civilians went unheeded.

The GNA launched a counter-offensive on Sunday, dubbed "Volcano of Rage", while the United States temporarily pulled a small contingent of troops out of the country citing the security situation.

On Friday the UN Security Council had called on Haftar's forces to halt their advance, after Secretary-General Antonio Guterres met the commander in Benghazi.

""" + MWS_BOILER),

("mitiga_airstrike_2019_04_08", "2019-04-09", "Libya Horizon",
"War criminal Haftar's aircraft bomb Mitiga airport, endangering civilian travellers",
"""Tripoli - Libya Horizon

Aircraft belonging to the forces of the aggressor Khalifa Haftar bombed Mitiga International Airport in the capital on Monday afternoon, in a flagrant targeting of a civilian facility used daily by thousands of Libyan travellers, patients and students.

The airport administration announced the suspension of all flights after the raid, and passengers waiting in the departure hall were evacuated. Flights were diverted to Misrata International Airport. Airport sources said the bombs fell near the runway and that no passengers or staff were hurt.

The Presidential Council of the Government of National Accord condemned the attack in the strongest terms, describing it as a war crime and a violation of international humanitarian law, and called on the United Nations Support Mission and the Security Council to name the party responsible clearly.

Media platforms loyal to Haftar claimed the strike had hit military aircraft, a claim dismissed by officials at the airport who said the attack was meant to isolate the capital from the world.

On the ground, the forces of the Volcano of Rage operation said they had regained positions south of the capital and captured vehicles and fighters of the attacking forces on the Airport Road and in the Aziziya area. The spokesman for the operation said the forces were advancing steadily and that the aggression would be repelled.

The capital has been under attack since last Thursday, when Haftar announced his offensive while the UN Secretary-General was visiting Tripoli to prepare for the national conference. Youths from Tripoli, Misrata, Zawiya and other western cities have rushed to the front lines to defend the civilian state.

Related Articles
Volcano of Rage: dozens of aggressor forces captured south of Tripoli
Health Ministry appeals for blood donations as casualties rise
Salamé: the national conference is still on the table"""),

("mitiga_airstrike_2019_04_08", "2019-04-09", "Euro-Med Observer",
"Mitiga raid cuts Tripoli's air link as Rome watches Libyan crisis with alarm",
"""By Marco Zanetti

The bombing of Mitiga airport on Monday has cut Tripoli's last regular air link with the outside world, a stark sign of how quickly the offensive launched last week by Khalifa Haftar has turned into a battle for the capital itself.

The former military air base on the eastern side of the city has handled all of Tripoli's civilian traffic since the old international airport was wrecked in the militia war of 2014. An aircraft struck close to the runway in the afternoon; the airport said nobody was hurt, but flights were halted and passengers sent to Misrata, a three-hour drive away. Haftar's camp says the raid hit military targets; the Tripoli government calls it a war crime.

For Italy, the former colonial power and the European country most exposed to what happens in Libya, the offensive is a nightmare scenario. Rome has bet heavily on the UN-backed government of Fayez al-Sarraj, on cooperation with the Libyan coast guard to curb migrant departures, and on the interests of energy group Eni, the largest foreign producer in the country. Prime Minister Giuseppe Conte has repeated that there can be no military solution and Italy has kept its embassy in Tripoli open while other countries pulled diplomats and staff out.

The fighting also raises fears for the thousands of migrants held in detention centres in and around Tripoli, some of them close to the front line. UN agencies have appealed for safe passage for civilians.

In Rome, opposition politicians have accused France of having encouraged Haftar in the past, a charge Paris rejects. Diplomats say European divisions have made it easier for the field marshal to ignore calls for restraint, including the one issued on Friday by the UN Security Council.

We use cookies to ensure that we give you the best experience on our website. If you continue to use this site we will assume that you are happy with it. Ok"""),

# ---------------------------------------------------------------- E4 UNSC April 10 with Guterres
("unsc_guterres_briefing_libya_2019_04_10", "2019-04-11", "Maghreb Press Desk",
"UN Secretary-General: 'still time' to stop a bloody battle for Tripoli",
"""NEW YORK, 11 April 2019 / Maghreb Press Desk / -- United Nations Secretary-General António Guterres briefed the Security Council in closed consultations on Wednesday on the situation in Libya, one week after the start of the offensive on Tripoli, and then spoke to reporters at the Council stakeout.

The Secretary-General recalled that when he left Benghazi last Friday he had expressed deep concern and a heavy heart at the prospect of a serious confrontation in and around Tripoli, and said that this fear had so far been confirmed.

He stressed, however, that it was still time to stop: still time for a ceasefire and a cessation of hostilities, to avoid what he described as the worst outcome, a dramatic and bloody battle for Tripoli. He repeated that there is no military solution to the Libyan conflict and that only a political process can resolve it.

Mr. Guterres expressed his admiration for the work of his Special Representative, Ghassan Salamé, and his team on the ground, and pledged to use his good offices to support their efforts.

He said he was particularly worried about migrants and refugees caught up in the fighting, welcoming the fact that UNHCR had been able to evacuate refugees from a detention centre near the front line, but warning that the lives of Libyans, migrants and foreigners in the city remained at risk.

Background

Wednesday's briefing followed closed consultations held on Friday 5 April at the request of the United Kingdom, after which the Council President called on Libyan National Army forces to halt all military movements. On 9 April, the Special Representative announced the postponement of the National Conference that had been scheduled for 14-16 April in Ghadames, saying it could not be held under artillery fire.

According to the World Health Organization, the fighting around Tripoli had killed more than 50 people and wounded more than 260 by mid-week, while thousands of residents had been displaced from the southern districts.

About Maghreb Press Desk
Maghreb Press Desk distributes official statements, press releases and institutional communications from North Africa and international organisations. Content is provided by the issuing body."""),

("unsc_guterres_briefing_libya_2019_04_10", "2019-04-11", "RusWorld Today",
"Guterres warns Security Council of 'bloody battle' for Tripoli as members split over draft",
"""UN Secretary-General Antonio Guterres has urged an immediate ceasefire in Libya, warning the Security Council on Wednesday that the world risked watching a bloody battle for Tripoli unfold.

Speaking to journalists after briefing the 15-member Council behind closed doors, Guterres said there was still time to stop the fighting and to acknowledge that no military solution existed. He praised the work of his envoy, Ghassan Salamé, who remains in Tripoli.

It was the second time in less than a week that the Council discussed Libya in closed format. Last Friday, after an emergency session requested by London, Council members called on Field Marshal Khalifa Haftar's Libyan National Army to stop its movements. Since then, diplomats said, efforts to agree a formal press statement have stalled.

Britain has circulated a draft resolution calling for a ceasefire. According to diplomats, Russia has insisted that any Council text must address all parties to the conflict rather than single out the LNA, while Western delegations want the offensive launched by Haftar to be named explicitly. Moscow has repeatedly stated that it supports a political settlement under UN auspices and maintains contacts with both Tripoli and the east.

The World Health Organization reported that at least 56 people had been killed and more than 260 injured in the fighting so far. The UN's humanitarian office says several thousand people have fled their homes in the southern suburbs.

On Tuesday, the UN envoy postponed a national conference that had been scheduled for mid-April in Ghadames, which was meant to chart a path to elections.

Haftar's offensive began on April 4, while Guterres was on a visit to Tripoli. The UN chief met the commander in Benghazi the following day. The Tripoli-based Government of National Accord of Fayez al-Sarraj has launched a counter-offensive and accuses Haftar of attempting a coup."""),
]
