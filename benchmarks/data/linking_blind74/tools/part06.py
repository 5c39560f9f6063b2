# Part 6: Berlin conference (Jan 2020); Haftar's "popular mandate" (April 2020)
ARTICLES = [
dict(
group="berlin_conference_on_libya_2020_01_19",
published="2020-01-20",
outlet="The Pembroke Times",
title="Berlin summit wins promises on Libya, but the guns and the oil tell another story",
text="""By Eleanor Whitcombe and Martin Oduya in Berlin

For a few hours on Sunday, nearly every government with a stake in Libya's war sat around one table in the German Chancellery and signed up to the same sentences. They would respect the UN arms embargo. They would stop interfering. They would back a ceasefire and a political process run by the UN. Angela Merkel, who had spent months coaxing them to Berlin, called it a comprehensive plan and said everyone had worked constructively.

The 55-point conclusions, endorsed by 16 countries and international organisations, are the most ambitious international statement on Libya since the 2011 uprising. They set up a military committee of five officers from each side to turn a shaky truce into a permanent ceasefire, call for monitoring of the embargo, and recognise the Tripoli-based National Oil Corporation as the only body entitled to sell Libyan crude. A follow-up committee will meet regularly.

But the two Libyans who matter most never entered the room. Fayez al-Sarraj, head of the UN-recognised Government of National Accord, and Khalifa Haftar, whose Libyan National Army has been besieging Tripoli since last April, were in Berlin but were briefed separately by Mrs Merkel and her foreign minister, Heiko Maas. The differences between them, Mrs Merkel said, were so great that they were not talking to each other.

And even as the leaders gathered, Mr Haftar demonstrated his leverage. On Friday and Saturday, tribal groups and forces loyal to him shut the main oil export terminals in the east, at Brega, Ras Lanuf, Es Sider, Hariga and Zueitina, forcing the NOC to declare force majeure. On Sunday the pipeline from the Sharara and El Feel fields in the south-west was closed too. The NOC warned that output, around 1.2 million barrels a day, could fall to little more than 70,000 if the blockade held, starving the Tripoli government, and the central bank it relies on, of revenue.

The summit's real significance lies in who was there. Vladimir Putin and Recep Tayyip Erdogan, whose countries have become the most consequential outside players in the war, stood together in the group photograph with Emmanuel Macron, Boris Johnson, Giuseppe Conte, Abdel Fattah al-Sisi, Mike Pompeo and representatives of the United Arab Emirates and China. Only a fortnight ago, the Russian and Turkish presidents had jointly called for the truce that took effect on January 12. At talks in Moscow the following day, Mr Sarraj signed the ceasefire text; Mr Haftar left without doing so.

Turkey's role has grown fast. In November Ankara signed two memoranda with Mr Sarraj, one on military cooperation and one on maritime boundaries that Greece, Cyprus and Egypt call illegal. On January 2 the Turkish parliament authorised troop deployments and three days later Mr Erdogan said soldiers had begun to move, mainly as advisers and trainers. Mr Macron told reporters in Berlin he was worried by the arrival of Syrian and foreign fighters in Tripoli and that it had to stop. Ankara in turn points to Russian private military contractors fighting with Mr Haftar, and to Emirati-supplied drones.

Greece, which asked to attend and was turned down, was notably absent; so was Tunisia, Libya's western neighbour. Athens has threatened to veto any EU endorsement of a Libya settlement that does not annul the Turkey-Libya maritime memorandum.

Violations of the embargo have been routine for years, and no one in Berlin proposed sanctions for breaking it. The UN's own experts have documented shipments to both sides by the UAE, Turkey and others, most of them with no consequence. The monitoring mechanism agreed on Sunday exists so far only on paper.

Still, diplomats said the meeting had achieved one thing: for the first time, the foreign patrons of both Libyan camps had put their signatures to the same text. Whether that survives Mr Haftar's oil blockade, and the next attempt to take Tripoli, is the test of the coming weeks. The 5+5 military committee is due to convene in Geneva shortly. António Guterres, the UN secretary-general, said the summit's central conclusion was that there is no military solution. By UN estimates the past nine months have killed hundreds of civilians and some 2,000 fighters and displaced about 150,000 people, and the fighting around the capital's southern districts has not entirely stopped."""),

dict(
group="berlin_conference_on_libya_2020_01_19",
published="2020-01-20",
outlet="MENA Daybook",
title="MENA Daybook, Monday 20 January: Berlin pledges on Libya; oil shutdown deepens; Beirut clashes",
text="""MENA Daybook | Morning briefing | Monday 20 January 2020

Good morning. Here is what you need to know across the Middle East and North Africa today.

1. LIBYA: BERLIN SUMMIT AGREES TO RESPECT ARMS EMBARGO
World leaders at Sunday's conference in Berlin pledged to uphold the UN arms embargo on Libya, stop military support to the warring parties and back a permanent ceasefire. Chancellor Angela Merkel said participants, including the presidents of Russia, Turkey, France and Egypt and the US secretary of state, had agreed a "comprehensive plan". A committee of five military officers from each side is to meet in Geneva to firm up the truce in place since 12 January. GNA head Fayez al-Sarraj and eastern commander Khalifa Haftar were in Berlin but did not meet. Turkey's Recep Tayyip Erdogan used the occasion to say Haftar must halt his "aggression"; the LNA has not commented on the final text.
Why it matters: the summit was the first time all of Libya's foreign backers endorsed one document. Enforcement is the open question.

2. LIBYA OIL: OUTPUT COULD FALL TO A TRICKLE
The National Oil Corporation said the closure of eastern export terminals by groups loyal to Haftar, followed on Sunday by the shutdown of the pipeline from the Sharara and El Feel fields, could cut production from about 1.2m barrels per day to roughly 72,000 within days. The NOC has declared force majeure on loadings.

3. LEBANON: WEEKEND OF CLASHES IN CENTRAL BEIRUT
Hundreds of people were injured on Saturday and Sunday as security forces used tear gas, rubber bullets and water cannon against protesters near parliament, the most violent days since the protest movement began in October. Talks on forming Hassan Diab's government continue.

4. IRAQ: PROTESTERS BLOCK ROADS
Anti-government demonstrators blocked roads and bridges in Baghdad and several southern cities, escalating their campaign after a deadline they had set for the political class expired.

5. WHAT WE'RE WATCHING
- EU foreign ministers meet in Brussels today; Libya and the Berlin follow-up are on the agenda.
- Turkish officials are expected to brief on the advisory mission in Tripoli.

That's it for today. Send tips and feedback to the Daybook desk.

Subscribe | Unsubscribe | View in browser"""),

dict(
group="haftar_claims_popular_mandate_to_rule_libya_2020_04_27",
published="2020-04-28",
outlet="Meridian Wire Service",
title="Libya's Haftar says he has 'popular mandate' to rule, scraps U.N.-brokered deal",
text="""BENGHAZI/TRIPOLI (MWS) - Eastern Libyan commander Khalifa Haftar said on Monday his forces had accepted a "popular mandate" to govern the country and declared the end of the 2015 U.N.-brokered political agreement, drawing criticism from his rivals in Tripoli and from foreign governments.

In a televised speech broadcast late on Monday, Haftar said the Skhirat agreement, which created the internationally recognised Government of National Accord (GNA), had "destroyed the country" and was now a thing of the past. He said the general command of his Libyan National Army (LNA) would bow to the will of the people and work to build the permanent institutions of a civil state. He gave no details on how he would govern.

Last week Haftar had called on Libyans to reject the agreement and to "mandate" an institution of their choosing to lead the country. Gatherings in several eastern towns then declared their backing for him.

The GNA called the announcement a farce and a new coup, adding it was not surprising from a man who had launched an offensive on the capital. The U.S. Embassy said Washington regretted Haftar's suggestion that changes to Libya's political structure could be imposed by unilateral declaration.

On Tuesday Russian Foreign Minister Sergei Lavrov said Moscow did not approve of Haftar's move, nor of Prime Minister Fayez al-Serraj's refusal to talk to the commander, and urged Libyans to negotiate. Russia has contacts with all sides, he said.

The declaration appeared to sideline Aguila Saleh, speaker of the eastern-based parliament and a Haftar ally, who last week proposed a political roadmap including a new presidential council. On Sunday Serraj had proposed fresh talks leading to elections.

Haftar's announcement comes after a series of battlefield reverses. His year-long offensive on Tripoli has stalled and this month GNA forces, backed by Turkish drones and air defences, seized Sabratha, Surman and other towns west of the capital and have been pressing on Tarhouna, the LNA's main base in the west.

The GNA launched a counter-offensive dubbed Operation Peace Storm in late March, after weeks of shelling of the capital that hit residential areas and, in early April, a Tripoli hospital designated to treat coronavirus patients. The U.N. envoy post has been vacant since Ghassan Salame resigned on March 2, citing stress, weeks after a summit in Berlin at which foreign powers pledged to stop arming the warring parties.

Turkey has sent military advisers, equipment and, according to U.N. experts and war monitors, Syrian fighters to support the GNA. Haftar is backed by the United Arab Emirates, Egypt and Russian private military contractors, according to diplomats and U.N. experts.

Libya has been split between rival camps since 2014, three years after a NATO-backed uprising toppled and killed Muammar Gaddafi.

(Reporting by Layla Moussa and Karim Benhaddou; Additional reporting by Anya Petrova in Moscow; Editing by Helen Marsh)"""),

dict(
group="haftar_claims_popular_mandate_to_rule_libya_2020_04_27",
published="2020-04-28",
outlet="Tripoli Courier",
title="Presidential Council: Hafter's 'mandate' is a farce and a new coup attempt",
text="""Tripoli Courier | Politics | 28 April 2020

The Presidential Council of the Government of National Accord has described as a "farce" the announcement by war criminal Khalifa Hafter that he has taken a "popular mandate" to rule Libya and cancelled the Libyan Political Agreement signed in Skhirat.

In a statement on Monday night, the council said Hafter's declaration was "a new coup" added to his long list of coups and attempts to seize power by force, and that it revealed to those who still had doubts his real intention: military dictatorship. The council said the speech was not surprising from a man who had launched a war on the capital on 4 April last year, killing civilians and destroying homes, hospitals and schools.

The statement said the Presidential Council remained committed to the political agreement as the only framework for legitimacy until elections are held, and that the government's forces would continue to defend the capital and the civil state.

Hafter appeared on his Al-Hadath channel late on Monday to say that the general command of his forces had accepted what he called the people's mandate to manage the affairs of the country, and that the Skhirat agreement had become "a thing of the past".

Observers in Tripoli noted that the speech ignored the House of Representatives in Tobruk and its speaker Aguila Saleh, whose own initiative had been announced only days earlier.

On Sunday, Prime Minister Fayez al-Serraj proposed a political initiative calling for a return to dialogue, a unified parliament and presidential and parliamentary elections, stressing that Hafter could have no role in any settlement after the crimes committed against Tripoli.

Sources at the Volcano of Rage operation said Monday's speech came after a string of defeats for Hafter's militias, which this month lost the coastal cities of Sabratha and Surman, Al-Ajailat and other areas west of Tripoli to Operation Peace Storm, and are now besieged in Tarhuna and Al-Watiya air base.

In recent weeks Hafter's militias have stepped up the shelling of residential neighbourhoods in the capital. On 6 and 7 April shells struck Al-Khadra General Hospital, which had been designated to treat coronavirus patients, drawing condemnation from the United Nations and the World Health Organization.

Share this:
Facebook
Twitter
WhatsApp

Like this:
Like Loading...

Related
Peace Storm: drones destroy supply convoy heading to Tarhuna
Health ministry records new coronavirus cases in Misrata
Bashagha: Hafter's militias shelled residential areas during Ramadan"""),
]
