G = "wadi_rabie_biscuit_factory_air_strike_2019_11_18"

ARTICLES = [
dict(group=G, published="2019-11-18", outlet="UN Humanitarian Digest",
title="IOM: deadly air strike on Tripoli factory a stark reminder of risks civilians face",
text="""
PRESS RELEASE | International Organization for Migration | Tripoli, 18 November 2019

The International Organization for Migration (IOM) deplores this morning's air strike on a factory in Wadi Rabie, south of Tripoli, which the Libyan Ministry of Health says has killed at least seven people, including five migrant workers. Thirty migrants were injured in the attack, according to the Ministry.

IOM Libya Chief of Mission Federico Soda said the attack was a stark reminder of the hostile conditions and risks that migrants and local communities face every day, stressing that civilians are not a target and that their safety must be guaranteed by all parties to the conflict.

IOM medical teams are in contact with the hospitals receiving the wounded and stand ready to provide support.

Hundreds of civilians have died in the clashes in and around Tripoli since the latest round of violence began in April, including 53 migrants and refugees killed in an air strike on the Tajoura detention centre in July.

According to IOM's Displacement Tracking Matrix, there are more than 110,000 migrants in Tripoli and surrounding areas, and some 2,000 others held in detention centres, who remain at risk as the clashes continue. Roughly 128,000 Libyans have been displaced by the fighting.

IOM renews its call on all parties to respect international humanitarian law and to protect civilians, including migrants, wherever they are.

For more information, please contact the IOM media team in Geneva.
"""),

dict(group=G, published="2019-11-18", outlet="Hilal Haber English",
title="Haftar militia airstrike on Tripoli factory kills 7, including foreign workers",
text="""
At least seven people, including five foreign workers, were killed and more than 30 others injured on Monday when warplanes of putschist general Khalifa Haftar's militias struck a factory in the south of Libya's capital Tripoli, the UN-recognized government said.

The airstrike hit a biscuit factory in the Wadi al-Rabi area, where dozens of workers were on shift at the time of the attack, according to a statement by the Volcano of Rage operation of the Government of National Accord (GNA).

Amin al-Hashemi, a spokesman for the GNA's Health Ministry, told reporters that two Libyans and five foreign nationals from Bangladesh, Egypt and Niger were among the dead. He said the wounded, most of them foreign workers, were taken to hospitals in Tripoli and Tajoura, some in critical condition.

Images shared by the Ambulance and Emergency Service showed injured workers in blood-stained clothes being treated inside ambulances.

The GNA condemned the attack as another crime against civilians and said Haftar's forces were deliberately targeting civilian facilities after failing to advance on the ground.

Haftar's militias did not comment on the attack.

The Turkish Foreign Ministry has previously condemned attacks on civilians in Tripoli and called on the international community to take a firm stance against Haftar's forces.

Since April 4, Haftar's militias have been waging an offensive to capture Tripoli from the legitimate government, an attack that has killed more than 1,000 people, according to the World Health Organization. The offensive has stalled on the southern outskirts of the capital.

In July, an airstrike attributed to Haftar's forces on a migrant detention centre in Tajoura killed 53 migrants.

The Wadi al-Rabi area, some 20 kilometers south of the city center, has been one of the main fronts since the start of the offensive. Most of its residents fled months ago, but some factories and workshops continued to operate, mostly with foreign workers who have no other source of income.

UN envoy Ghassan Salame has repeatedly warned that the number of drone strikes on the capital has risen sharply in recent months, and that the air war is being fuelled by foreign countries supplying weapons in violation of the UN arms embargo.

Turkey has repeatedly voiced support for the UN-recognized government in Tripoli and called for an end to attacks on civilians.

In October, three young sisters were killed when a house in the Al-Furnaj neighborhood of Tripoli was hit in an airstrike, while children were wounded in an attack on an equestrian club in Janzour. The UN mission in Libya has condemned the repeated attacks on civilian areas.

According to the UN, around 128,000 people have been displaced by the fighting around the capital.

Libya has been beset by turmoil since 2011, when a bloody NATO-backed uprising ended the four-decade rule of Muammar Gaddafi.

Share this:
Twitter | Facebook | LinkedIn | WhatsApp
"""),

dict(group=G, published="2019-11-19", outlet="The London Courier",
title="Strike on biscuit factory kills migrant workers as Libya's stalled war grinds on",
text="""
An air strike on a biscuit factory on the southern edge of Tripoli on Monday killed at least ten people, most of them migrant workers, in an attack the UN's envoy to Libya told the Security Council could amount to a war crime.

The strike hit the factory in Wadi Rabie, about 20 kilometres from the centre of the capital, during the working day. Health officials in Tripoli said workers from Bangladesh, Niger and Egypt were among the dead, alongside two Libyans, and that more than 30 people had been taken to hospital, several with severe burns and shrapnel wounds. The UN later put the number of wounded at 35.

Ghassan Salame, the UN special representative, told the Security Council in New York that most of those killed appeared to be migrants and that the attack may constitute a war crime. He did not name the side responsible. The Tripoli government, which is recognised by the UN, blamed the forces of Field Marshal Khalifa Haftar, whose Libyan National Army (LNA) has been trying to capture the capital since April. The LNA issued a statement on the day's combat operations that did not mention the factory.

The factory lies close to the front line in an area of farms, workshops and small industrial units that has been fought over for seven months. Many of its owners and residents left in April. The migrant workers who stayed were among the tens of thousands of foreigners who do the manual labour on which Libya's economy relies and who, aid agencies say, have few means to flee the fighting.

The International Organization for Migration, which counts more than 110,000 migrants in Tripoli and its surroundings, said the attack was a stark reminder of the risks they face. In July, 53 migrants and refugees were killed when an air strike hit the Tajoura detention centre in the capital's eastern suburbs. An investigation has yet to publicly attribute responsibility for that strike.

The Wadi Rabie attack comes amid growing signs that the war for Tripoli, which was stuck in a stalemate through the summer, is being changed by outside involvement. Residents and Tripoli officials have in recent weeks described precision sniper fire and more accurate artillery on the southern front, which they attribute to Russian mercenaries fighting alongside Haftar's forces. Moscow has denied any state involvement. Drones on both sides, supplied respectively by the United Arab Emirates and by Turkey according to UN experts and analysts, have become the main weapon of the air war.

Last week, the US State Department urged the LNA to end its offensive on Tripoli, and voiced concern at what it called Russia's attempts to exploit the conflict. It was the clearest signal yet of American impatience with Haftar, whom President Donald Trump had appeared to endorse in a telephone call in April.

The human cost keeps rising. Hundreds of civilians have been killed or wounded in the fighting around Tripoli this year, according to the UN, and some 128,000 people have been forced from their homes. Schools in the southern districts have closed or been turned into shelters for displaced families. Hospitals and field clinics have been hit repeatedly: in July, five medics were killed when a field hospital on the airport road was struck. In October, three young sisters were killed when their family's rented house in Al-Furnaj was hit.

Diplomats are pinning their hopes on a conference in Berlin, being prepared by Germany with the UN, which aims to persuade the foreign powers backing the two sides to stop sending weapons. No date has been fixed. Mr Salame has said repeatedly that the UN arms embargo is being violated by countries that also sit around the table.

For the families of the men killed in Wadi Rabie, many of whom will first have to be traced in Dhaka, Niamey or Cairo, the diplomacy will come too late.
"""),
]
