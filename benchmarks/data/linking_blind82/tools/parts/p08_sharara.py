G = "wagner_mercenaries_enter_sharara_oilfield_2020_06_25"

ARTICLES = [
dict(group=G, published="2020-06-26", outlet="Libya Free Voice",
title="NOC: Russian Wagner mercenaries enter Sharara oil field to block resumption of production",
text="""Libya Free Voice | Tripoli

NOC: Russian Wagner mercenaries enter Sharara oil field to block resumption of production

The National Oil Corporation (NOC) said on Friday that Russian mercenaries and other foreign fighters entered the Sharara oil field in southwestern Libya late on Thursday, in a move it described as an attempt to prevent the resumption of oil production.

In a statement, the NOC said a convoy of vehicles carrying the mercenaries arrived at the field on Thursday evening and met with representatives of the Petroleum Facilities Guard (PFG) force stationed there, which takes orders from Haftar's militias.

NOC Chairman Mustafa Sanalla said Libya's oil belongs to the Libyan people and rejected completely the attempts of foreign countries to stop the resumption of production. He said foreign mercenaries continue to be paid vast sums of money to prevent the corporation from carrying out its duties while the rest of the Libyan people suffer, and warned of the disastrous decay of the oil infrastructure because of the long shutdown.

Sanalla also said that some countries are benefiting from the absence of Libyan oil from the global markets and are working in the background to support the blockading forces.

Sharara, Libya's largest oil field, has a production capacity of around 300,000 barrels per day. It was shut down in January together with the main export terminals by groups loyal to Haftar on the eve of the Berlin conference, causing losses to the Libyan treasury estimated by the NOC at more than five billion dollars.

The field lies about 900 kilometres south of Tripoli in the Murzuq basin and is operated by Akakus Oil Operations, a joint venture between the NOC and the European companies Repsol, Total, OMV and Equinor.

The NOC announced earlier this month that production had restarted at the field after Haftar's militias were pushed out of western Libya, but the field was closed again after an armed group entered it and ordered the workers to stop.

The presence of Wagner mercenaries in oil facilities confirms warnings by the Government of National Accord that the Russian company, after its defeat on the Tripoli fronts and its withdrawal through Bani Walid to Jufra at the end of May, has redeployed to the centre and south of the country to protect Haftar's hold on Sirte, Jufra and the oil crescent.

The US Africa Command said last week that Russian fighter jets delivered to Jufra in May were now being used in support of Wagner operations, including near Sirte.

Interior Minister Fathi Bashagha has called on the international community to act against the Wagner group, and the GNA insists that any ceasefire requires the withdrawal of Haftar's forces and the mercenaries from Sirte and Jufra.

Share this:

    Facebook
    Twitter
    WhatsApp

Related

AFRICOM: Russian jets flown to Libya are active near Sirte
Sanalla: Oil blockade has cost Libya billions of dollars
Bani Walid elders: no place for foreign forces in our city"""),

dict(group=G, published="2020-06-27", outlet="The Northern Chronicle",
title="Russian mercenaries move into Libya's biggest oilfield, state oil company says",
text="""The Northern Chronicle - World

Russian mercenaries move into Libya's biggest oilfield, state oil company says

Wagner's arrival at Sharara suggests Moscow-linked contractors are now guarding the economic prize, not just the front lines

By our North Africa correspondent

Russian mercenaries have entered Libya's largest oilfield, the country's state oil company said on Friday, in a development that appears to confirm fears that foreign forces are digging in around Libya's oil wealth after the collapse of Khalifa Haftar's campaign against Tripoli.

The Tripoli-based National Oil Corporation (NOC) said a convoy of Russian and other foreign mercenaries drove into the Sharara field in the south-western desert on Thursday evening and met members of the Petroleum Facilities Guard, the force nominally responsible for oil installations, whose units there answer to Haftar's Libyan National Army (LNA).

"Libya's oil is for the Libyan people," Mustafa Sanalla, the NOC chairman, said, adding that he rejected attempts by foreign countries to stop production from resuming. Without naming Russia, he said some states were benefiting from the absence of Libyan crude from world markets and were quietly supporting the blockade.

The US embassy in Libya condemned the move, describing the presence of the Wagner group and other mercenaries at the field as part of an unprecedented foreign-backed campaign to undermine Libya's energy sector and saying that foreign powers were holding the country's resources hostage.

Sharara, which can pump around 300,000 barrels a day, roughly a quarter of Libya's pre-blockade output, has been largely idle since January, when tribes and armed groups aligned with Haftar shut down fields and export terminals on the eve of the Berlin summit. Libya's output collapsed from more than a million barrels a day to below 100,000, and the NOC estimates the cost at more than $5bn in lost revenue.

The NOC briefly restarted Sharara in early June, after the LNA was driven back from the outskirts of Tripoli, but production was halted again within days when an armed group arrived at the site.

The arrival of Russian contractors in the deep south is the latest sign that Wagner has repositioned rather than left. At the end of May, hundreds of its fighters withdrew from the southern suburbs of Tripoli and were flown from the town of Bani Walid to the Jufra air base. A few days later, US Africa Command accused Moscow of flying more than a dozen MiG-29 and Su-24 fighter jets to Jufra via Syria. Last week the command said those aircraft were now flying in support of Wagner, and that a MiG-29 had been photographed near Sirte.

The Kremlin denies any state role, and says Russians fighting in Libya do not represent the government. A confidential UN report in May estimated Wagner's strength in Libya at 800 to 1,200 fighters.

The oilfields have become central to the diplomacy over a ceasefire. Turkey, whose drones and advisers helped the UN-recognised Government of National Accord (GNA) of Fayez al-Sarraj push the LNA back, says any durable truce requires Haftar's forces to leave Sirte, the gateway to the eastern oil terminals, and Jufra. Egypt's president, Abdel Fattah al-Sisi, declared last Saturday that a line running through Sirte and Jufra was a "red line" for Egypt, and said his country had the right to intervene militarily in Libya if it were crossed.

A planned meeting of Russian and Turkish foreign and defence ministers in Istanbul, which was expected to address Libya, was called off on 14 June, and has not been rescheduled.

For ordinary Libyans the blockade has meant power cuts in the summer heat and a deepening cash crisis. The GNA relies almost entirely on oil revenue, which under international arrangements can only be sold by the NOC, with payments passing through the Central Bank in Tripoli. Haftar's camp has demanded a different distribution of that revenue as a condition for reopening the fields.

Analysts say the Sharara move gives Russia, through its contractors, a potential say over whether Libyan oil flows again. Officials in Tripoli accuse Haftar's foreign backers of using the shutdown as leverage in the ceasefire talks.

Libya has been in turmoil since the 2011 uprising, backed by Nato air strikes, that overthrew and killed Muammar Qaddafi. It has been divided since 2014 between rival administrations in the east and west."""),
]
