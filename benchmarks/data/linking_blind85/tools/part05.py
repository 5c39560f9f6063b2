# Event: lna_announces_tripoli_frontline_pullback_2020_05_20
G = "lna_announces_tripoli_frontline_pullback_2020_05_20"

ARTICLES = [
dict(group=G, published="2020-05-20", outlet="Mediterranean Press Agency",
title="Libya: Haftar forces say they will pull back from Tripoli front lines for Eid",
text="""Tripoli (MPA) - The forces of Marshal Khalifa Haftar announced early Wednesday that they would withdraw two to three kilometres on all the front lines around Tripoli, two days after losing the strategic al-Watiya airbase to the Government of National Accord (GNA).

In a statement posted on his Facebook page overnight, the spokesman of the self-styled Libyan National Army (LNA), Ahmed al-Mesmari, said the move was intended to give residents of the capital more room for prayer and family visits during the last days of Ramadan and the Eid al-Fitr holiday, which falls at the weekend.

According to the statement, the pullback was to begin at noon on Wednesday. Al-Mesmari called on the GNA to do the same in order to avoid bloodshed at the end of the holy month, without saying whether the LNA's own withdrawal depended on a reciprocal gesture.

He made no reference to the military situation. But the announcement came after a string of reverses for Haftar's forces, who launched an offensive on the capital in April 2019 and had for months held positions in its southern suburbs.

On Monday GNA forces, backed by Turkish drones, entered al-Watiya, the LNA's main airbase in the west, finding a Russian-made Pantsir anti-aircraft system on the site. At a press conference on Tuesday, al-Mesmari said the withdrawal from the base had been decided "months ago" and that only old equipment had been left behind.

Local media reported that while the LNA spokesman's statement was circulating late Tuesday, rockets struck Mitiga airport, east of the city centre. There were no immediate reports of casualties.

The GNA did not immediately respond. Its field commanders have said in recent days that government forces would move into any positions the LNA abandoned.

On Tuesday the acting head of the UN mission in Libya, Stephanie Williams, warned the Security Council of an "alarming" build-up of weapons and foreign fighters on both sides and of the risk of a major escalation.

Since the fall of al-Watiya, GNA-aligned forces have also entered the small towns of Tiji and Badr, south of the base, without a fight, and have been pressing toward al-Asabaa, on the road between Gharyan and the LNA's bastion of Tarhuna.

The LNA spokesman has repeatedly accused Turkey of deploying hundreds of its own military personnel alongside the GNA and of flying in Syrian fighters, and he said on Tuesday that Ankara bore responsibility for the escalation. Turkey says its presence is legal under an agreement with the recognised government.

The LNA had already declared a unilateral halt to operations for Ramadan at the end of April, which the GNA rejected, saying it did not trust Haftar.

Marshal Haftar is backed by the United Arab Emirates, Egypt and Russia, while Turkey has become the main military supporter of the Tripoli government.

mpa/ab/kh/gd"""),

dict(group=G, published="2020-05-20", outlet="Libya Liberty Observer",
title="After Al-Watiya defeat, Haftar's militias announce 'withdrawal' from south Tripoli fronts",
text="""The spokesman for Khalifa Haftar's militias, Ahmed Al-Mismari, has announced that their forces will withdraw two to three kilometres from all frontlines in south Tripoli, in a move that shows the scale of their defeat at Al-Watiya airbase and the surrounding towns.

In a statement published overnight, Al-Mismari claimed that the decision was taken so that people in the capital could pray and exchange visits freely during the last days of Ramadan and Eid Al-Fitr.

The claim is hard to believe. The war on Tripoli has now lasted through two Ramadans and two Eids, and Haftar's militias never stopped shelling the neighbourhoods of the capital on any of them, killing civilians in their homes and hitting hospitals and the only working airport.

Indeed, on Tuesday night, while Al-Mismari's statement was being published, the militias fired a barrage of Grad rockets at Mitiga International Airport, causing more damage to the facilities.

The loss of Al-Watiya on Monday, followed by the liberation of Tiji and Badr in the western mountain region, has left Haftar's militias and Wagner mercenaries in south Tripoli dependent on a single supply line through Tarhuna, according to the Volcano of Rage Operation.

At Al-Watiya, the army found a Russian-made Pantsir air defence system supplied by the UAE, in addition to ammunition and vehicles left behind by the fleeing militias. Al-Mismari had claimed in a press conference on Tuesday that the base was evacuated "months ago" and that only old equipment remained, a claim contradicted by the images published by the Volcano of Rage media centre.

The acting UN envoy, Stephanie Williams, warned the Security Council on Tuesday of an alarming flow of weapons and mercenaries into Libya and of the risk of a dangerous escalation.

Mitiga, the capital's only functioning airport, has been closed to civilian flights for long periods this year because of the repeated shelling, and rockets fired at the airport earlier this month landed in nearby residential districts, killing and wounding civilians.

Field commanders told Libya Liberty Observer that the militias had already started pulling heavy equipment from parts of Salah Al-Din and Ain Zara before the announcement, and that the army was following their movements closely.

Read more:
Sarraj: the liberation of Al-Watiya is not the end of the battle
Pantsir system captured at Al-Watiya is on display in Tripoli
Al-Majei: next destination is Tarhuna"""),

dict(group=G, published="2020-05-21", outlet="Nile Gazette",
title="Libyan army repositions forces around Tripoli in Eid gesture, calls on militias to reciprocate",
text="""Benghazi - The Libyan National Army (LNA) said it had begun pulling its units back by two to three kilometres on all the fronts around Tripoli on Wednesday, in what it described as a humanitarian gesture to allow the people of the capital to celebrate the end of Ramadan and the Eid al-Fitr holiday in peace.

In a statement published on his official page, the spokesman of the General Command, Major General Ahmed al-Mesmari, said the decision aimed to widen the space available to residents of Tripoli for worship and family visits, and to strengthen the bonds between Libyans "as is happening in the north, east and west of the country".

Al-Mesmari called on the armed formations loyal to the Presidential Council in Tripoli to take the same step in order to spare Libyan blood in the final days of the holy month.

He said the army had earlier declared a unilateral cessation of hostilities for Ramadan in response to international appeals, but that the Accord government had rejected the truce and that Turkish-backed groups had continued to bomb residential areas and military positions.

The spokesman added that what he called "repositioning" on the fronts involved moving away from crowded residential districts in southern Tripoli, and denied that the army had suffered a collapse. On Tuesday he told reporters that the evacuation of al-Watiya air base had been decided long before the militias entered it and that only obsolete equipment had been left there.

The army's air force commander, Major General Saqr al-Jaroushi, warned on Thursday that Turkish positions and interests in Libyan cities were legitimate targets and urged civilians to keep away from them.

The army has said in recent weeks that its air force struck what it described as Turkish drone control rooms and hangars at Mitiga airport in Tripoli and at the air college in Misrata, accusing Ankara of running the air war on behalf of the militias.

Sources in Benghazi said the General Command remained committed to the outcomes of the Berlin conference and to the talks of the 5+5 joint military committee, which have been frozen for months. They accused Ankara of exploiting every pause in the fighting to fly in more weapons and Syrian mercenaries.

The army launched its operation to liberate the capital on April 4 last year and reached the southern suburbs within days, but the front has barely moved since. In June last year it lost the town of Gharyan, its forward base south of Tripoli, before consolidating its lines around Tarhuna and the former international airport.

Egypt has repeatedly stressed that the stability of Libya is linked to its own national security and has called for an immediate ceasefire, the withdrawal of foreign fighters and the disbanding of militias.

Related articles
- Al-Mesmari: Turkey has more than 1,500 military personnel in Libya
- Army: al-Watiya withdrawal was planned months ago
- Egypt warns against foreign interference in Libya

Share: Facebook | Twitter | WhatsApp"""),
]
