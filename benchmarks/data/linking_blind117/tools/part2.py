G2 = "turkey_launches_operation_peace_spring_2019_10_09"

ARTICLES = [
dict(group=G2, published="2019-10-10", outlet="The Northern Ledger",
title="Turkey pounds Kurdish-held Syria as offensive begins days after Trump stepped aside",
text="""By Helen Marcombe, Diplomatic Editor

Turkish jets and artillery hammered towns along Syria's north-eastern border on Wednesday as Ankara launched a long-threatened offensive against the Kurdish-led forces who were, until this week, Washington's chief partner on the ground against Islamic State.

Columns of smoke rose over Ras al-Ain, known to Kurds as Serekaniye, within minutes of President Recep Tayyip Erdogan announcing on Twitter that "Operation Peace Spring" had begun. Thousands of residents fled south towards Hasakah along roads choked with cars, tractors and pick-ups piled with mattresses. By nightfall Turkey's defence ministry said ground troops, accompanied by Syrian rebel factions it arms and pays, had crossed the frontier east of the Euphrates.

The Syrian Democratic Forces, the Kurdish-dominated alliance that lost an estimated 11,000 fighters in the campaign against Isis, said civilian areas had been hit and that at least five civilians were killed on the first day. Turkish officials insisted that only "terrorist" targets were being struck.

The assault followed a chaotic 72 hours in Washington. On Sunday night the White House announced, after a call between Donald Trump and Mr Erdogan, that American forces would "no longer be in the immediate area". US special forces withdrew from two border outposts the next morning. Faced with a storm of criticism from Republicans as well as Democrats, Mr Trump then threatened to "obliterate" Turkey's economy if it went too far, and on Wednesday described the offensive as "a bad idea" that the United States did not endorse.

That message arrived too late to matter. The Kurdish leadership, which had agreed in August to dismantle border fortifications under a US-brokered "security mechanism", now finds itself facing NATO's second-largest army with no air cover and few allies.

European governments reacted with alarm. France, Germany and Britain called for an emergency meeting of the UN Security Council, while the European Commission president, Jean-Claude Juncker, urged Turkey to halt the operation, warning that the EU would not pay for any so-called safe zone. Mr Erdogan, who hosts some 3.6 million Syrian refugees, has in the past threatened to "open the gates" to Europe if it does not back his plans.

Turkey's objectives are broadly known. Ankara wants to push the YPG, the Kurdish militia at the core of the SDF, back at least 30 kilometres from its border along a stretch of some 480km, and to resettle up to two million refugees in the zone. It regards the YPG as indistinguishable from the PKK, which has fought the Turkish state for 35 years.

The offensive is Turkey's third incursion into Syria since 2016. Operation Euphrates Shield drove Isis from a pocket north of Aleppo; Operation Olive Branch seized the Kurdish enclave of Afrin in early 2018 and left more than 130,000 people displaced. Human rights groups documented widespread looting and abuses by the Syrian factions involved, many of which are now deployed east of the Euphrates.

The greatest fear among Western officials is what happens to the prisons. The SDF guards around 10,000 Isis suspects, some 2,000 of them foreigners, and the sprawling al-Hol camp holds more than 70,000 women and children. Kurdish commanders have made clear that defending their towns will take priority.

In Damascus, the government of Bashar al-Assad condemned the operation as an act of aggression but has so far done nothing on the ground. Russia, which has good working ties with Ankara, called for restraint and said it would urge talks between the Kurds and Damascus.

Diplomats at the UN in New York said a draft statement condemning the offensive was unlikely to get past the council, where both the US and Russia were expected to block strong language.

For the Kurds of Serekaniye, the politics is a distant concern. Families who fled on Wednesday told local journalists by telephone that they did not know of anywhere that was safe to go.

Additional reporting by Omar Sayegh in Beirut""" ),

dict(group=G2, published="2019-10-10", outlet="Novosti Vostok",
title="Kremlin calls for restraint as Turkey starts military operation in northeast Syria",
text="""MOSCOW, October 10. /Novosti Vostok/. Russia has called on all parties in Syria to exercise restraint after Turkey launched its operation east of the Euphrates River, Kremlin spokesman Dmitry Peskov said on Thursday.

"We believe it is important to avoid any actions that can hamper the political settlement in Syria," Peskov told reporters, adding that President Vladimir Putin had raised the issue in a telephone conversation with Turkish President Recep Tayyip Erdogan on Wednesday, before the start of the operation.

According to the Kremlin press service, Putin urged his Turkish counterpart to "think carefully" about the situation so as not to harm the common efforts to resolve the Syrian crisis. Erdogan, for his part, informed the Russian leader about the aims of the operation, the press service said.

Turkey announced the beginning of Operation Peace Spring on Wednesday afternoon. Turkish aircraft and artillery struck the positions of Kurdish formations near the border towns of Ras al-Ain and Tell Abyad, after which Turkish troops and units of the pro-Turkish armed opposition crossed the border.

Russian Foreign Minister Sergey Lavrov, speaking in Ashgabat, said that Moscow understood Turkey's concerns about the security of its border, but that these should be addressed through dialogue between Ankara and Damascus on the basis of the 1998 Adana agreement. He also said Russia would seek to start talks between the Syrian government and the Kurdish organisations.

"The Americans have been playing very dangerous games with the Kurdish issue for a long time," Lavrov said, adding that Washington had encouraged separatist sentiments east of the Euphrates.

The Syrian Foreign Ministry condemned what it called the "aggressive intentions" of the Turkish regime and said Damascus was determined to confront the aggression by all legitimate means.

Earlier, the White House announced that US forces would not support or participate in the Turkish operation and would leave the area. US President Donald Trump later said Washington did not endorse the attack.

The Syrian Democratic Forces, whose backbone is the Kurdish People's Protection Units, control most of the territory east of the Euphrates. According to various estimates, up to 1,000 US military personnel are deployed in northeastern Syria.

Russia, Turkey and Iran are guarantor countries of the Astana process on Syria. Last month their leaders met in Ankara and agreed on the composition of the Syrian Constitutional Committee, which is due to begin work in Geneva at the end of October.""" ),

dict(group=G2, published="2019-10-10", outlet="Al-Manzar Al-Arabi",
title="The Turkish army begins its aggression on northeast Syria and displacement of thousands from Ras al-Ain",
text="""Al-Manzar Al-Arabi - Agencies

The Turkish army began yesterday Wednesday a military operation in the northeast of Syria called "Peace Spring", with air raids and artillery shelling targeted the city of Ras al-Ain and Tal Abyad and their villages, amid a wave of displacement of thousands of civilians towards the south.

The Turkish President Recep Tayyip Erdogan announced the start of the operation in a tweet on Twitter, and said that its goal is to prevent the establishment of a "terror corridor" on the southern border of his country, and to establish a safe zone for the return of Syrian refugees.

And the Turkish Defense Ministry announced in the evening that the land forces with the factions of the so-called "Syrian National Army" loyal to Ankara entered the Syrian territory east of the Euphrates.

For its part, the "Syria Democratic Forces" (Qasad) said that the Turkish raids targeted civilian areas and caused the fall of victims among civilians, and called on the international coalition to impose an air ban zone to protect the people of the region.

The Syrian Observatory for Human Rights said that at least 15 people were killed in the first day of the operation, among them civilians, while the number of displaced exceeded tens of thousands according to its estimates.

In the reactions, Egypt condemned in the strongest terms the Turkish aggression on the Syrian territory and called for an emergency meeting of the Council of the Arab League, which was set for next Saturday in Cairo at the level of foreign ministers. Saudi Arabia also condemned the aggression, and expressed its concern as a threat to the security and stability of the region.

The United Arab Emirates said in a statement of its foreign ministry that the Turkish aggression represents a flagrant interference in the internal affairs of an Arab state, and a violation of its sovereignty.

It is worth mentioning that the American President Donald Trump announced the day before yesterday the withdrawal of his forces from the border areas, in a step that the Kurds considered as abandonment of them, before he returned and threatened Turkey to destroy its economy if it exceeded "the limits".

It is also worth mentioning that Turkey carried out in the year 2018 an operation named "Olive Branch" in which it took control of the Afrin area in the countryside of Aleppo, after expelling the Kurdish units from it.

Read also:
- The Arab League calls for an emergency meeting on Saturday
- The Iraqi Kurds demonstrate in Erbil against the Turkish operation
- The price of the gold today Thursday in the markets

We use cookies to ensure you get the best experience on our website. By continuing to browse you agree to our use of cookies. Accept""" ),
]
