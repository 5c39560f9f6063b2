G = "landmine_blasts_kill_seven_in_south_tripoli_2020_06_10"

ARTICLES = [
dict(group=G, published="2020-06-11", outlet="The London Courier",
title="Mines left in Tripoli's abandoned suburbs kill seven, including deminers",
text="""
Landmines and booby traps left behind in the southern suburbs of Tripoli killed seven people on Wednesday, among them three of the specialists trying to clear them, Libyan health officials said, days after the forces of Khalifa Haftar withdrew from the edge of the capital they had besieged for fourteen months.

The blasts went off in Ain Zara, Wadi Rabie and along the Airport Road, districts that were front lines for most of the war and that thousands of families are now desperate to return to. Amin al-Hashemi, a spokesman for the health ministry of the UN-recognised Government of National Accord (GNA), said four civilians, including a woman, were among the dead, and that ten people had been wounded.

The deaths bring to at least 27 the number of people killed by mines and explosive devices in the southern suburbs since early June, according to a committee set up by the GNA's justice ministry to document violations, which said about 40 others had been wounded. It said devices had been found inside homes, in doorways, under furniture and even in children's toys.

Human Rights Watch said last week that forces affiliated with Haftar's Libyan National Army (LNA) appeared to have laid landmines, including Russian- and Soviet-made types, as they withdrew in May. The UN mission in Libya has said it received reports of residents of Ain Zara and Salahuddin being killed or wounded by improvised explosive devices placed in or near their homes, and has urged families not to return until areas are cleared. The LNA has not commented on the accusations.

The speed of the LNA's collapse around Tripoli took many by surprise. After months of stalemate, forces aligned with the GNA, backed by Turkish drones and air defences, took the coastal towns west of the capital in April and the al-Watiya air base in mid-May. In late May, Russian mercenaries of the Wagner group, who had stiffened the LNA front south of the city since last autumn, were flown out from Bani Walid. On June 3, GNA forces took the old international airport, and the next day the Tripoli government declared that it controlled the whole of the capital and its surroundings. Tarhuna, the LNA's main rear base in the west, fell on June 5.

Haftar, appearing in Cairo on Saturday alongside Egypt's President Abdel Fattah el-Sisi and parliament speaker Aguila Saleh, endorsed an Egyptian ceasefire initiative. The GNA and Turkey dismissed it and pressed on towards Sirte.

For the people of the southern suburbs, the end of the siege has brought a new kind of danger. Some 200,000 people fled the fighting around Tripoli over the past year, many from Ain Zara, Salahuddin, Khallat al-Furjan, Qasr bin Ghashir and the Airport Road, where the front line ran through farms, villas and apartment blocks. Many have been living with relatives, in rented flats they can barely afford, or in schools turned into shelters. With the fighting gone, families have been driving back to inspect homes they have not seen since April 2019, often before military engineers have reached them.

The men doing the clearing are poorly equipped. Libya's demining capacity, built up with foreign help after the 2011 war, consists largely of military engineers and a small civilian centre, and specialists say they lack detectors, protective gear and the training to deal with the improvised and booby-trapped devices being found. Foreign demining organisations have offered help, but access and security remain obstacles.

The danger is not only from deliberately placed mines. Fourteen months of shelling have left unexploded rockets, mortar rounds and, according to rights groups, cluster munition remnants scattered across gardens and fields. Aid agencies fear that children will be among the next victims.

The GNA has accused Haftar's forces and their foreign allies of war crimes. The LNA, which announced in late May that it was pulling its lines back from the capital in what it called a humanitarian gesture for the Eid holiday, has regrouped around Sirte and Jufra.

The mines will take years to clear. The war that left them has moved east.
"""),

dict(group=G, published="2020-06-11", outlet="Al-Manara Net",
title="Seven killed including three demining experts in explosion of mines south of Tripoli",
text="""
Al-Manara Net - Tripoli

Seven persons were killed and ten others were injured, yesterday Wednesday, in the explosion of mines and explosive devices in the areas of Ain Zara, Wadi al-Rabie and the Airport Road south of the capital Tripoli, according to the Ministry of Health in the Government of National Accord.

The media adviser of the Ministry Amin al-Hashemi said in statements that among the dead are three experts of demining, and a woman, and a member of the Central Investigation Department, while the injured were transferred to the hospitals of the capital.

Sources in the southern areas of the capital said that strong explosions were heard in the Airport Road and Ain Zara, where engineering teams are working to remove the mines and the devices which the forces of the General Command left behind them before their withdrawal from their positions at the beginning of this month.

The Joint Committee for Monitoring and Documenting Human Rights Violations of the Ministry of Justice announced that the total toll of the explosions of mines reached 27 dead and 40 wounded, and said that the mines were planted inside the houses of the citizens, and some of them were found inside the toys of children.

The specialists warned the citizens to not return to their houses in the areas of the clashes before their clearing by the specialized teams, and to inform about any suspicious object.

And Human Rights Watch had said earlier this month that the forces affiliated with the General Command appear to have planted mines of Russian and Soviet manufacture during their withdrawal from the southern neighborhoods of the capital in last May, and called to the investigation in that.

For its part, the United Nations Support Mission in Libya had expressed its concern about the reports of killing and injury of residents of Ain Zara and Salah al-Din by explosive devices placed in their houses or near them.

And officials in the demining teams complained from the lack of the equipments of detection and protection, indicating that the mines and the remnants of war are spread in wide areas of the farms and the houses in the southern neighborhoods, which the citizens are impatient to return to.

And families displaced from Ain Zara and Salah al-Din said on social media that they are waiting impatiently the announcement of the safety of their areas, after more than one year of displacement in the schools and the houses of the relatives.

It is worth mentioning that the forces of the Government of National Accord announced last week their control of all the administrative borders of the capital Tripoli, after the withdrawal of the forces of the General Command from the southern neighborhoods and from the city of Tarhuna, which ended a war that continued more than one year and caused the displacement of more than 200 thousand persons.

Read also: Tarhuna .. the discovery of bodies in the hospital of the city after the entry of the Government forces
Read also: Cairo Declaration .. Haftar and Saleh announce an initiative for ceasefire
"""),
]
