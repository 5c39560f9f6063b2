G_MAR = "noc_says_blockade_losses_exceed_3_5_billion_2020_03_23"
G_MAY = "noc_says_blockade_losses_near_5_billion_2020_05_28"

ARTICLES = [
dict(group=G_MAR, published="2020-03-24", outlet="Libya Energy Digest",
title="Blockade losses pass $3.5 billion as Libyan output sinks below 100,000 bpd",
text="""
By Alan Marsh.

Libya's National Oil Corporation (NOC) says the financial losses caused by the blockade of its ports and fields have now passed $3.5 billion, with national crude production down to fewer than 96,000 barrels per day.

In a statement issued late on Monday, the corporation gave the production level as 95,837 bpd as of Sunday 22 March 2020, and put cumulative losses since 17 January 2020 at 3,535,802,366 US dollars.

Before the shutdown, which began when groups aligned with the eastern-based Libyan National Army (LNA) closed the terminals at Brega, Ras Lanuf, Hariga, Zueitina and Es Sider and the pipeline from the Sharara and El Feel fields, Libya was producing around 1.2 million bpd.

The NOC used the statement to stress that it continues to supply fuel to all regions, including the east, despite the closures. It said it has delivered roughly 700,000 tonnes of fuel to eastern Libya since the start of January, through about 20 import shipments, at a cost of more than 300 million dollars. A diesel cargo finished unloading at Benghazi port on Monday and a gasoline tanker was due there later in the day, it added, with Tobruk and other eastern towns to be supplied from Benghazi.

The corporation repeated its call on those responsible for the closures to lift them immediately, and urged other state bodies to protect what is left of the country's financial reserves by cutting spending.

On the coronavirus, the NOC said many of its staff are now working from home and all its sites are applying safety procedures in line with guidance from the National Centre for Disease Control, with health and safety teams at its subsidiaries trained to handle cases.

The figures show the blockade tightening steadily. At the end of January the NOC put losses at just over $500 million after ten days, with output down to about 271,000 bpd. By the end of February it counted more than $2.3 billion lost and production of around 120,000 bpd. The closure of the Sharara pipeline also halted the Zawiya refinery, forcing the corporation to import more fuel.

The blockade was imposed on the eve of the Berlin conference on Libya, which endorsed the NOC as the country's sole legitimate oil company and called on all parties to refrain from hostilities against oil facilities. There has been no visible progress on reopening the terminals since, and fighting around Tripoli has continued despite calls for a humanitarian truce to let the country prepare for the coronavirus.

The collapse in Libyan supply has coincided with a slump in world prices following the breakdown of the OPEC+ supply pact at the start of this month and the spread of the pandemic.

Earlier this month the NOC announced austerity measures across the sector, saying it had not received its 2020 budget, and froze or postponed some contracts while promising that basic salaries would continue to be paid.

(Source: NOC)

No comments yet.

Leave a Reply
"""),

dict(group=G_MAR, published="2020-03-24", outlet="Al-Manara Gate",
title="The Oil Corporation: losses of the closure exceeded 3.5 billion dollars and the production fell less than 96 thousand barrels",
text="""
Tripoli - Al-Manara Gate

The National Oil Corporation announced, yesterday Monday, that the financial losses resulting from closing the oil ports and fields by the forces of the retired Major General Khalifa Haftar exceeded three billion and 535 million dollars, since the seventeenth of January last.

The corporation said in a statement published on its official website that the production of crude oil fell to the level of 95 thousand and 837 barrels per day, according to the figures of Sunday, the twenty-second of March, after it was exceeding one million and 200 thousand barrels per day before the closure.

The corporation affirmed that it continues its work to provide the fuel to all the Libyans in all the regions "despite the difficulties and the illegal closure", indicating that it sent to the eastern region about 700 thousand tons of fuels since the beginning of January, with cost exceeded 300 million dollars, through around 20 shipments.

And it renewed its call to the parties responsible for the closure to lift it immediately "and to spare the workers of the oil sector and the citizens more suffering", and called the state institutions to preserve what remained of the financial reserves and to reduce their expenses.

In the context of the measures to confront the new Corona virus, the corporation explained that a big number of its employees became working from their homes, and that all its sites apply the procedures of the prevention according to the instructions of the National Center for Disease Control.

It is worth mentioning that tribal gatherings and armed groups affiliated with Haftar closed, on the seventeenth and eighteenth of January, the ports of Sidra, Ras Lanuf, Brega, Zueitina and Hariga, before they closed the valve of the pipeline in Hamada which transports the crude of Sharara and Al-Feel fields, on the eve of the Berlin conference about Libya.

The corporation had announced, in the middle of this month, a package of austerity measures including freezing some contracts and stopping most of the overtime, because it did not receive its budget for the year 2020 and because of the lack of revenues.

It is also worth mentioning that the Government of National Accord announced during the past days a set of precautionary measures to confront the Corona virus, including closing the air and land outlets, while the attacks of Haftar's forces on the southern suburbs of Tripoli continue despite the international calls for a humanitarian truce.

Share this:
Facebook
Twitter
WhatsApp

Read also: The Presidential Council allocates half a billion dinars to confront Corona
"""),

dict(group=G_MAY, published="2020-05-28", outlet="Meridian Wire Service",
title="Libya oil blockade losses near $5 billion, NOC says",
text="""
TRIPOLI (MWS) - Losses from the blockade of Libya's oil ports and fields by forces aligned with eastern commander Khalifa Haftar have reached almost $5 billion, the National Oil Corporation (NOC) said on Thursday.

In a statement the state oil firm put the total at $4,943,976,768 and said the money could not be made good from reserves. The sum could have covered part of the state's spending on salaries, fuel subsidies and the response to the coronavirus, it said.

The NOC said exports had fallen to unprecedented levels since the closures in January, leaving state revenue too small to cover even a tenth of public salaries, and called for production to restart to spare the economy from bankruptcy and dependence on foreign lenders.

Libya was producing about 1.2 million barrels per day before the blockade. Output has since fallen below 100,000 bpd.

Libya has been divided since 2014 between rival administrations in Tripoli and the east. Haftar's Libyan National Army (LNA) launched an offensive on Tripoli, seat of the internationally recognised Government of National Accord (GNA), in April 2019. In recent weeks Turkish-backed GNA forces have pushed the LNA back from the western coast and captured the al-Watiya air base.

(Reporting by Karim Belhadj; Editing by Clare Redding)
"""),

dict(group=G_MAY, published="2020-05-29", outlet="Libya Sunrise",
title="NOC: Haftar's oil blockade has cost Libya nearly $5 billion",
text="""
Libya's National Oil Corporation (NOC) said on Thursday that the closure of oil ports and fields by militias loyal to warlord Khalifa Haftar has cost the country nearly five billion US dollars since January.

The NOC put the total losses of the current stoppage at $4,943,976,768, a sum it said the reserves could not make up, adding that the lost money could have paid for part of the state's salaries, fuel subsidies and the fight against the coronavirus pandemic.

The corporation said oil exports had dropped to levels never seen before, and that the state's revenues were no longer enough to pay even ten percent of public sector wages. It urged the resumption of exports to protect the national economy from bankruptcy and from having to rely on foreign banks.

Haftar's militias, together with tribal figures loyal to him, closed the eastern oil terminals of Sidra, Ras Lanuf, Brega, Zueitina and Hariga on January 17 and 18, and shut the pipeline from the Sharara and El Feel fields a day later, as world leaders met in Berlin. They claimed that oil revenues were financing the defence of Tripoli.

The NOC has been publishing regular updates on the cost of the blockade. In late March it said losses had passed $3.5 billion, with production down to about 96,000 barrels per day.

The new figure comes as Haftar's forces suffer a string of defeats in western Libya. Forces of the Government of National Accord (GNA) captured al-Watiya air base on May 18 and have since advanced on several fronts south of Tripoli. Russian Wagner mercenaries fighting for Haftar were seen withdrawing from the Tripoli front towards Bani Walid and then to the Jufra air base this week.

On Tuesday the US Africa Command (AFRICOM) said Russia had sent military fighter jets to Libya to support the Wagner mercenaries, and that the aircraft had passed through Syria, where they were repainted to hide their Russian origin, before landing at Jufra.

The NOC has warned repeatedly that the closure of the Sharara pipeline also halted the Zawiya refinery, forcing the state to spend hundreds of millions of dollars importing fuel, and that the lack of maintenance is damaging pipelines and storage tanks. In March the corporation announced austerity measures, freezing some contracts and cutting overtime after it failed to receive its 2020 budget.

Analysts say Haftar is likely to hold on to the oil facilities in the east and south as his last bargaining chip, with most of the country's fields and terminals lying in territory his forces control.

Share this:
Twitter
Facebook
Telegram

Related
GNA forces take control of al-Asaba
US: Russian jets sent to Libya to support Wagner mercenaries
NOC warns of fuel shortages in the south
"""),

dict(group=G_MAY, published="2020-05-28", outlet="North Africa Brief",
title="Libya briefing, Thursday 28 May: NOC puts blockade losses at almost $5bn; Jufra jets row; Tarhuna",
text="""
North Africa Brief - daily round-up

Updated 18:40 Tunis time

Oil: blockade bill nears $5bn
The National Oil Corporation said on Thursday that the shutdown of ports and fields by forces aligned with Khalifa Haftar has now cost Libya $4.94 billion in lost sales. The corporation's statement said revenue no longer covers ten percent of the public wage bill and warned of bankruptcy and reliance on foreign banks if exports do not restart. Output was about 1.2 million bpd before the January closures of Es Sider, Ras Lanuf, Brega, Zueitina and Hariga and the Sharara pipeline; it has been below 100,000 bpd for weeks. The NOC's running total has climbed steadily since its first estimates in late January, when it counted about $500 million lost in ten days. Our note: with fields idle for four months, the NOC has repeatedly warned that corrosion and tank damage mean a restart will be slow even once the political obstacles are removed.

Military: fallout from the AFRICOM jets statement
Reactions continued to US Africa Command's accusation on Tuesday that Moscow flew fighter jets to the Jufra air base to support Russian contractors fighting with the LNA. AFRICOM said the aircraft were repainted in Syria before arriving in Libya. Russian officials have dismissed similar allegations in the past as unfounded.

Frontlines
Attention remains on the approaches to Tarhuna, the LNA's last large stronghold in the north-west, after GNA-aligned forces took al-Asaba last week. The LNA said its pull-back from some southern Tripoli frontlines at the end of Ramadan was meant to ease conditions for residents.

Coming up
UN acting envoy Stephanie Williams continues contacts with both sides on reviving the 5+5 military talks on a ceasefire.

Subscribe to the North Africa Brief newsletter for the daily round-up in your inbox.
"""),
]
