# Event: 5+5 JMC signs permanent ceasefire agreement in Geneva, 23 October 2020
G = "jmc_geneva_permanent_ceasefire_signed_2020_10_23"

ARTICLES = [
dict(group=G, published="2020-10-23", outlet="Meridian Press Agency",
title="Libya's warring sides sign permanent ceasefire in Geneva",
text="""GENEVA (MPA) - Military delegations from Libya's two main warring camps signed a permanent, nationwide ceasefire agreement at the United Nations in Geneva on Friday, under which all foreign fighters and mercenaries are to leave the country within three months.

"Today is a good day for the Libyan people," acting U.N. envoy Stephanie Williams told reporters after the signing, which she said took place at 11:15 a.m. She said she saluted the courage and patriotism of the negotiators.

The deal was signed by the five officers representing the internationally recognised Government of National Accord (GNA) in Tripoli and the five representing Khalifa Haftar's eastern-based Libyan National Army (LNA), after five days of talks in the so-called 5+5 Joint Military Commission. It was the fourth round of the commission, which first met in Geneva in February.

Under the agreement, which takes effect immediately, all military units and armed groups on the front lines will return to their camps, and all mercenaries and foreign fighters must leave Libyan land, air and sea within a maximum of three months. Military training agreements with foreign states will be frozen, and foreign trainers will leave, until a new unified government takes office.

The two sides also agreed to set up a joint police force to secure areas vacated by the front-line units, to reopen roads and air links between east and west, to exchange prisoners and to halt hate speech in the media. The ceasefire does not apply to groups designated as terrorist by the U.N.

"We have had enough suffering, enough bloodshed," Ahmed Abushahma, head of the GNA delegation, said at the ceremony.

U.N. Secretary-General Antonio Guterres called the deal a fundamental step toward peace and stability. Germany's foreign minister Heiko Maas said it offered a first ray of hope for the Libyan people in a long time.

Turkish President Tayyip Erdogan, whose country backs the GNA, was more sceptical, telling reporters in Istanbul the agreement did not appear to be reliable and that time would tell how long it would last.

The front line has been frozen around Sirte and the Jufra airbase since June, when the GNA, backed by Turkey, pushed back Haftar's 14-month offensive on Tripoli. Haftar is backed by the United Arab Emirates, Egypt and Russia. Oil production has been recovering since Haftar announced on Sept. 18 that he was lifting an eight-month blockade of oil fields and ports.

The U.N. is due to convene a Libyan Political Dialogue Forum in Tunisia in November to agree on a unified executive and a path to national elections.

Libya has had no stable central authority since a NATO-backed uprising toppled and killed Muammar Gaddafi in 2011. Since 2014 it has been split between rival camps based in Tripoli and in the east, each backed by armed groups and foreign governments. Haftar's offensive on Tripoli, launched in April 2019, collapsed in June 2020.

(Reporting by MPA Geneva bureau; editing by Tom Aldridge)"""),

dict(group=G, published="2020-10-24", outlet="Turkiye Haber Ajansi English",
title="Erdogan: Libya cease-fire deal signed in Geneva 'does not seem reliable'",
text="""ISTANBUL

Turkish President Recep Tayyip Erdogan on Friday said the permanent cease-fire agreement signed earlier in the day between Libya's warring sides in Geneva did not seem reliable, adding that time would show how long it would last.

"The cease-fire agreement is not one at the highest level. Time will show how long it will persist at a lower level," Erdogan told reporters in Istanbul. He said he hoped that the decision would be followed, drawing a comparison with humanitarian truces in the Upper Karabakh conflict that he said had been repeatedly breached by Armenia.

Earlier Friday, the UN's acting envoy to Libya, Stephanie Williams, announced that the delegations of the UN-recognized Government of National Accord (GNA) and the forces of putschist Khalifa Haftar had signed a "complete, countrywide and permanent" cease-fire agreement at the UN headquarters in Geneva.

"The 5+5 Joint Military Commission talks in Geneva today culminate in a historic achievement as Libyan teams reach a permanent cease-fire agreement across Libya," the UN Support Mission in Libya (UNSMIL) said.

According to the agreement, all military units and armed groups at the front lines will return to their camps, and all mercenaries and foreign fighters must leave Libya within three months. The text also provides for a freeze of military training agreements until a unified government is formed.

The GNA has repeatedly stressed that the main problem in the country is the presence of mercenaries fighting alongside Haftar, including Russia's Wagner Group and fighters from Sudan and Chad, and that Turkey's presence is based on legitimate agreements signed with the internationally recognized government.

Turkey and the GNA signed a security and military cooperation memorandum in November 2019. With Turkish support, the GNA's forces liberated the capital Tripoli and all of western Libya from Haftar's militias in June.

The GNA and the Tobruk-based parliament announced separate cease-fires on Aug. 21, and delegations of the House of Representatives and the High Council of State held talks in Bouznika, Morocco, in September and October on the country's sovereign institutions.

Since its first round in Geneva in February, the 5+5 commission has also met in the Egyptian city of Hurghada in late September, its first face-to-face meeting, before the fourth round in Geneva that started on Monday.

The Geneva agreement comes ahead of the Libyan Political Dialogue Forum, which the UN said will be held in Tunisia in early November.

Since April 2019, Haftar's forces had launched attacks on the capital Tripoli that claimed more than 1,000 lives, including women and children.

Libya has been torn by civil war since the ouster of late ruler Muammar Gaddafi in 2011. The GNA was founded in 2015 under a UN-led agreement, but efforts for a long-term political settlement failed due to the military offensive by forces loyal to Haftar.

Writing by Emre Koksal"""),

dict(group=G, published="2020-10-24", outlet="Russian Information Network",
title="Libyan sides sign permanent ceasefire agreement in Geneva",
text="""GENEVA, October 23 (RIN) - Military representatives of Libya's Government of National Accord (GNA) and the Libyan National Army (LNA) have signed an agreement on a permanent ceasefire throughout the country following talks in Geneva in the 5+5 format, the acting head of the UN Support Mission in Libya, Stephanie Williams, said on Friday.

"The parties have signed a complete, countrywide and permanent ceasefire agreement with immediate effect," Williams told journalists.

Under the document, mercenaries and foreign fighters must leave Libya within three months, and the military units and armed formations on the front line must withdraw to their bases. The parties also agreed to continue the exchange of prisoners, to resume air traffic and open roads between the regions, and to create a joint police force to patrol the disputed areas.

The signing ceremony lasted about ten minutes and was followed by applause. The LNA delegation was headed by Amhimmid Mohamed al-Amami, and the GNA delegation by Ahmed Abushahma.

The next stage of the settlement will be the Libyan Political Dialogue Forum, which is to open in Tunisia in November.

Moscow has consistently advocated a political settlement of the Libyan crisis on the basis of the decisions of the Berlin conference and UN Security Council resolutions, and maintains contacts with all Libyan parties.

Since the overthrow and killing of Muammar Gaddafi in 2011, Libya has effectively been split into two parts: the east is controlled by the LNA under Field Marshal Khalifa Haftar, which cooperates with the parliament elected by the people, while the west is controlled by the GNA of Fayez Sarraj.

Pompeo holds separate talks with foreign ministers of Armenia and Azerbaijan

WASHINGTON, October 23 (RIN) - US Secretary of State Mike Pompeo on Friday held separate meetings in Washington with the foreign ministers of Armenia and Azerbaijan, Zohrab Mnatsakanyan and Jeyhun Bayramov, on the conflict in Nagorno-Karabakh, the State Department said.

The talks took place against the background of continuing hostilities in the region, despite two humanitarian truces agreed since October 10. The first was reached in Moscow following talks mediated by Russian Foreign Minister Sergei Lavrov; the second was announced on October 17.

Russia, France and the United States co-chair the OSCE Minsk Group on Nagorno-Karabakh.

Fighting in Nagorno-Karabakh resumed on September 27."""),

dict(group=G, published="2020-10-25", outlet="Defence Horizon Review",
title="Analysis: Libya's Geneva ceasefire sets a 90-day clock for foreign forces - can it be met?",
text="""Analysis | Conflict & security | Libya

The permanent ceasefire signed by Libya's two military delegations at the Palais des Nations on 23 October is, on paper, the most comprehensive security agreement the country has seen since 2011. Its most ambitious clause - the departure of all mercenaries and foreign fighters "from all Libyan territories, land, air and sea" within a maximum of three months - will also be the hardest to enforce, because the forces in question answer to foreign capitals rather than to either delegation in Geneva.

WHAT WAS AGREED
The text, negotiated in the fourth round of the 5+5 Joint Military Commission, provides for all military units and armed groups on the front lines to return to their camps; the departure of foreign fighters within 90 days; the freezing of military training agreements and the exit of foreign training teams until a unified government takes office; a joint, limited-size police force to secure areas vacated by the front-line units; and the unification of the Petroleum Facilities Guard. It also commits the sides to reopen land routes and flights, exchange detainees and tone down media incitement. The ceasefire excludes UN-designated terrorist groups.

WHO IS ON THE GROUND
The foreign presence is substantial on both sides. Turkey deployed officers, air-defence systems, armed drones and trainers from early 2020 under a security memorandum signed with the Government of National Accord (GNA) in November 2019, and several monitoring groups have documented the transfer of thousands of Syrian fighters to western Libya. On the other side, the Russian private military company Wagner has been present in support of Khalifa Haftar's Libyan National Army (LNA) since 2019, and US Africa Command said in May that Russian combat aircraft had been flown to al-Jufra. UN experts have also reported Sudanese and Chadian fighters in the east and south. The UAE has supplied air-defence systems and conducted or facilitated air operations for the LNA, according to UN monitors.

THE TRAINING CLAUSE
The freeze on training agreements is aimed squarely at Turkey's programme with GNA forces. Ankara's reading is that its presence rests on bilateral agreements with a legitimate government, and President Recep Tayyip Erdogan said on Friday that the deal did not seem reliable and that time would show how long it would hold. That scepticism matters: without Turkish buy-in, the GNA has little incentive to send home its most effective support.

THE RUSSIAN QUESTION
Moscow officially denies any state role for Wagner, which makes a verifiable withdrawal hard to negotiate. Egypt, whose foreign ministry welcomed the agreement on Friday and linked it to the military commission's first face-to-face meeting in Hurghada in late September, has an interest in an eastern LNA that remains strong without foreign contractors.

MONITORING
The agreement leaves the mechanics to the commission and a UN monitoring role still to be defined by the Security Council. A follow-up meeting of the commission on Libyan soil is expected in the coming weeks. By the UN's own account, the arms embargo has been violated repeatedly since the Berlin conference of January 2020, when the same foreign powers pledged to stop interfering.

ASSESSMENT
The truce has held in practice since the summer, when the front froze at Sirte after Egypt's warning of a "red line". The Geneva text formalises that reality and opens the way to the political forum in Tunisia in November. But the 90-day deadline for foreign forces will fall in late January 2021, and the first real test of the agreement will be whether any of them leave."""),
]
