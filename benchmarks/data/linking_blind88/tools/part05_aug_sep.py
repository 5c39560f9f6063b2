G_AUG = "sanalla_warns_of_beirut_style_blast_at_oil_ports_2020_08_08"
G_SEP = "haftar_announces_end_of_oil_blockade_2020_09_18"

ARTICLES = [
dict(group=G_AUG, published="2020-08-09", outlet="Al-Manara Gate",
title="Sanalla warns: militarizing the oil ports threatens a disaster bigger than the Beirut port",
text="""
Tripoli - Al-Manara Gate

The Chairman of the Board of Directors of the National Oil Corporation, Mustafa Sanalla, warned, yesterday Saturday, from a catastrophe in the Libyan oil ports similar to what the Lebanese capital Beirut witnessed, because of the increase of the military presence near the tanks which contain huge quantities of fuel and chemical materials that were not exported due to the closure.

Sanalla said, in a video recording published by the corporation on its official pages, that the oil ports are closed and the export operations are stopped since months, and that the tanks, if they are exposed to any source of heat or fire, will explode and lead to a disaster, indicating that the mercenaries are present with their weapons inside these facilities and near the tanks.

He revealed that the port of Brega contains 25 thousand tons of ammonia gas, which is toxic and highly explosive, and which will form a big deadly cloud if it leaks, or will cause a huge explosion if it is exposed to heat or fire, stressing that tens of thousands of Libyans are under the danger.

Sanalla demanded the exit of the armed men and the mercenaries from the ports immediately, and to keep a safe zone around the oil installations that is empty of the weapons, warning that such a disaster would take Libya out of the oil market for years and would need tens of billions for the reconstruction.

For its part, the corporation announced, today Sunday, that the total of the losses of the sales opportunities resulting from closing the oil facilities reached 8 billion and 124 million dollars during 205 days of closure.

The corporation had estimated, at the end of last May, its losses at nearly five billion dollars, before the figure rose to more than seven billion dollars in July, after the failure of the attempt to resume the exports from the port of Sidra.

It is worth mentioning that the explosion of the port of Beirut, last Tuesday, killed more than 150 persons and injured thousands, and it was caused by a huge quantity of ammonium nitrate stored in the port since years.

It is also worth mentioning that forces affiliated with the retired Major General Khalifa Haftar and the mercenaries of the Russian company Wagner control the ports of the oil crescent and the fields of the south, and the corporation had accused, last month, the United Arab Emirates of giving the instructions to continue the closure, after the loading of one tanker from the port of Sidra. Meanwhile, the army of the Government of National Accord continues its mobilization west of Sirte, while Haftar's forces and the Wagner mercenaries fortify their positions in Sirte and Jufra, amid Egyptian threats of intervention after the Egyptian parliament authorized last month sending forces outside the borders.

Share this:
Facebook
Twitter
WhatsApp

Read also: Sirte.. the Volcano of Anger operation room monitors movements of Wagner in Jufra
"""),

dict(group=G_AUG, published="2020-08-09", outlet="PakNews Point",
title="Libya's NOC Chief Warns Mercenary Presence at Oil Ports Could Cause Disaster Worse Than Beirut",
text="""
[ad_1]

Ayesha Malik 5 minutes ago Sun 09th August 2020 | 04:12 PM

TRIPOLI, (PakNews Point / RNI - 09th August, 2020) The militarization of Libya's oil terminals and the presence of foreign mercenaries there could result in a disaster more serious than the deadly explosion at the port of Beirut, the head of Libya's National Oil Corporation (NOC), Mustafa Sanalla, warned.

In a video address released by the corporation at the weekend, Sanalla said the presence of armed mercenaries at the terminals and the risk of renewed fighting had raised the danger that hydrocarbons and chemicals stored there pose to workers and nearby residents.

He said the Brega port alone holds around 25,000 tonnes of ammonia.

Such a disaster could put Libya out of the oil market for many years, Sanalla added.

Libya's oil ports and fields have been closed since January by forces loyal to Field Marshal Khalifa Haftar, commander of the Libyan National Army (LNA), who demand a fair distribution of oil revenues. According to the NOC, the shutdown has cost over $8 billion.

On August 4, a huge blast in the port of Beirut killed over 150 people and injured about 6,000.

Related Stories
Lebanon Receives Humanitarian Aid From Pakistan
Oil Prices Edge Lower On Demand Worries
Egypt, Greece Sign Maritime Boundary Agreement
"""),

dict(group=G_SEP, published="2020-09-18", outlet="Meridian Wire Service",
title="Libya's Haftar says oil blockade will end, sets conditions on revenue",
text="""
BENGHAZI/TRIPOLI (MWS) - Eastern Libyan commander Khalifa Haftar said on Friday his forces would allow oil production and exports to resume, on condition that revenue is fairly distributed and not used to finance what he called terrorism, potentially ending an eight-month blockade that has crippled the OPEC member's output.

In a televised address, Haftar said the decision was taken because of the worsening living conditions of Libyans and would be accompanied by measures to ensure the money was not looted or used against his forces. He did not say whether his Libyan National Army (LNA) or the foreign fighters the National Oil Corporation (NOC) says are stationed at oil facilities would withdraw.

Shortly afterwards Ahmed Maiteeq, deputy head of the Tripoli-based Presidential Council, announced the restart of production and exports from all fields and ports under an agreement he said had been reached with the LNA. He said a joint technical committee would oversee revenue and its fair distribution for the rest of the year, and that the deal included unifying the exchange rate.

It was not immediately clear whether Prime Minister Fayez al-Serraj, who said on Wednesday he intends to hand over power by the end of October, had endorsed the deal. Media reports quoting an aide to Serraj said the prime minister had not approved it.

The NOC, which says it is the only entity legally able to produce and sell Libyan oil, said on Thursday that it would not lift force majeure while mercenaries remained inside its installations. Chairman Mustafa Sanalla said there were more than 50 tanks holding hundreds of thousands of tonnes of flammable material at facilities where foreign fighters were present.

The corporation puts the losses caused by the blockade at almost $10 billion. Output was about 1.2 million barrels per day before forces loyal to Haftar shut the eastern terminals and the pipelines from the south-western fields in January, and has since been below 100,000 bpd.

Haftar's forces and allied tribes shut the eastern terminals of Es Sider, Ras Lanuf, Brega, Zueitina and Hariga on Jan. 17-18, on the eve of an international summit in Berlin, and later closed pipelines from the Sharara and El Feel fields. An attempt to restart exports in July collapsed after a single tanker loaded at Es Sider, when the NOC accused the United Arab Emirates of ordering the LNA to keep the ports shut.

The U.S. embassy said last weekend that Haftar had given Washington a personal commitment to allow the energy sector to reopen fully.

Libya has been divided since 2014 between rival administrations in Tripoli and the east. The LNA's 14-month offensive on Tripoli collapsed in June, and the front has since been frozen around Sirte. Serraj and the speaker of the eastern-based parliament announced parallel ceasefires in August, and Serraj proposed that oil revenue be held in the NOC's account at the Libyan Foreign Bank until a political settlement.

(Reporting by Salem Omran in Benghazi and Karim Belhadj in Tunis; Writing by Tom Ashworth; Editing by Nadia Kerr)
"""),

dict(group=G_SEP, published="2020-09-19", outlet="Nile Courier",
title="Field Marshal Haftar announces resumption of oil production and export with guarantees of fair distribution",
text="""
Benghazi - Nile Courier

The General Commander of the Libyan Arab Armed Forces, Field Marshal Khalifa Haftar, announced on Friday evening the resumption of the production and export of oil, after a closure of about eight months, with all the necessary conditions and measures that guarantee a fair distribution of its revenues among all Libyans.

In a televised speech, Field Marshal Haftar said that the General Command took the decision out of its awareness of the deterioration of the living conditions of Libyan citizens and in response to their suffering from power cuts and shortages of fuel and cash, stressing that the revenues must not be used to support terrorism or be exposed to theft and looting.

The spokesman of the Libyan Arab Armed Forces, Major General Ahmed al-Mismari, said that an agreement had been reached on the fair distribution of oil revenues among the citizens of the east, west and south, and that a joint committee including the Vice President of the Presidential Council, Ahmed Maiteeq, tribal sheikhs and members of the House of Representatives will follow up its implementation. He added that the resumption was decided with the participation of the tribes, which had closed the ports and fields in January in protest at the use of the oil money to pay militias and Syrian mercenaries.

For his part, Maiteeq announced, in a statement, the immediate resumption of production and export from all fields and ports, and the formation of a joint technical committee to supervise the revenues, which will work until the end of the year, in addition to unifying the exchange rate and opening the banking clearing system in all regions of Libya, especially for the banks of the eastern region.

In contrast, the head of the so-called High Council of State in Tripoli, Khaled al-Mishri, affiliated with the Muslim Brotherhood, rejected the agreement, as did militia leaders in western Libya, in a position observers considered an attempt to keep the oil money under the control of the militias.

On Saturday, the National Oil Corporation in Tripoli announced the lifting of force majeure on what it described as the safe fields and ports, while keeping it in place at the sites where, it claimed, there are foreign forces. Sirte Oil Company ordered the resumption of production at Marsa al-Brega port and its fields, and the Arabian Gulf Oil Company announced the resumption of production.

It is worth noting that the US Embassy in Libya announced last week that it had received a personal commitment from Field Marshal Haftar to allow the full reopening of the energy sector, and that the closure had caused, according to the figures of the National Oil Corporation, losses of nearly ten billion dollars.

Egypt has repeatedly affirmed its support for a Libyan-Libyan solution that guarantees a fair distribution of wealth, in line with the Cairo Declaration announced by President Abdel Fattah al-Sisi last June.

Read also:
Aguila Saleh receives the Egyptian ambassador in Al-Qubba
The tribes of Libya: our oil will not finance the Turkish occupation
"""),

dict(group=G_SEP, published="2020-09-19", outlet="Yeni Gundem Haber",
title="Putschist Hafter announced that he lifted the oil blockade",
text="""
Libya'da darbeci Hafter, yaklaşık 8 aydır devam eden petrol ablukasını kaldırdığını duyurdu.

The putschist Hafter, who blockaded the oil fields and ports of Libya since January, announced that the oil production and export will be restarted. Hafter in his speech which was broadcast from a television on Friday evening, claimed that the decision was taken "because of the bad living conditions of the Libyan people" and said that the revenues must be distributed fairly and must not be used for "financing terrorism".

Shortly after the speech, the Vice President of the Presidential Council Ahmed Maitik announced with a written statement that an agreement was reached with the Hafter side for the restarting of the production. According to the statement, a joint technical committee will be established for monitoring the oil revenues.

According to the statement which Maitik published, the committee will work until the end of the year and the exchange rate will be unified, and the banks in the east will be connected again to the clearing system.

However, it was reported that the agreement was made by Maitik without the approval of the Prime Minister Fayez es-Serrac. Head of the High State Council Halid el-Mişri and the commander of the Western Military Region Usame Cuveyli also objected to the agreement, saying that the Presidential Council and the deputies in Tripoli must explain their position.

Ulusal Petrol Kurumu (NOC) had declared on Thursday that it will not lift the force majeure (mücbir sebep) as long as the foreign mercenaries are present in the oil facilities. According to NOC the losses of the blockade reached near 10 milyar dolar.

Hafter milisleri had closed the oil ports in the east of the country one day before the Berlin conference, in 17-18 January, and after that the Hamada valve which carries the oil of Sharara and El Feel fields. In July, after only one tanker was loaded in Es Sider port, the Hafter forces stopped the export again and NOC explained that the instruction was given by the BAE.

ABD'nin Libya Büyükelçiliği had announced last weekend that Hafter gave a personal commitment for the full reopening of the energy sector.

On the other hand, President Recep Tayyip Erdoğan said on Friday that he was sad to hear the decision of Serrac to leave his duty, and said that Hafter would be defeated sooner or later. Serrac had announced on Wednesday that he wants to hand over his duty to a new executive until the end of October.

Libya'da UMH forces had saved the capital Tripoli and the whole west of the country from the Hafter militias in June with the support of Turkey. Hafter is supported by the BAE, Egypt, Russia and France, and by the mercenaries of the Russian Wagner company.

We use cookies on our website to give you the most relevant experience. By clicking "Accept", you consent to the use of ALL the cookies. Cookie settings ACCEPT

Exit mobile version
"""),

dict(group=G_SEP, published="2020-09-20", outlet="Mediterranean Defence & Security Monitor",
title="Haftar's oil climbdown: what the Maiteeq deal settles, and what it leaves to the guns",
text="""
MDSM Analysis | 20 September 2020

Eight months after his supporters shut Libya's oil terminals on the eve of the Berlin conference, Khalifa Haftar announced on Friday 18 September that production and exports could resume. The announcement, made in a televised speech and matched the same evening by a statement from Ahmed Maiteeq, deputy head of the Tripoli Presidential Council, ends the most costly blockade in Libya's history on paper. Whether it ends it on the ground depends on questions neither man addressed: who physically controls the terminals, and what happens to the foreign forces around them.

The deal

Maiteeq's statement described a package negotiated directly with the LNA. Its main elements are a joint technical committee to oversee oil revenue and its fair distribution for the remainder of 2020, with a review at the end of the year; a unified exchange rate for all transactions; the reopening of interbank clearing with eastern banks; and use of the existing foreign-currency surcharge to fund development and to support the National Oil Corporation. Reports that the talks were concluded in Russia with Haftar's son Khaled have not been officially confirmed. The LNA's own statement on Saturday framed the reopening as valid for one month, during which it expects the arrangements to be implemented.

Notably absent: the NOC, the Central Bank of Libya, and Prime Minister Fayez al-Serraj, who announced on 16 September that he intends to step down by the end of October. Western military leaders in the GNA camp, and the head of the High Council of State, Khaled al-Mishri, objected publicly.

The NOC response

The corporation moved carefully. On Thursday, before the announcement, it said it could not lift force majeure while foreign mercenaries remained at its facilities. On Saturday it lifted force majeure at what it called "secure" fields and ports, and instructed subsidiaries to restart, while keeping it in place wherever Wagner and other armed groups obstruct operations. In practice that points to a restart led by the Sirte Oil Company at Brega and by AGOCO's fields and the Hariga terminal at Tobruk, both in areas with a lighter foreign footprint, while Es Sider and Ras Lanuf, where the NOC has said Wagner and Syrian fighters are deployed, stay shut for now.

Military picture

Since June the front has been frozen along the Sirte-Jufra line, which Egypt has declared a red line. Russian contractors and aircraft remain at Jufra and in the Sirte area; Turkish air defence and drone assets are established at al-Watiya and Misrata. In August Serraj and the eastern parliament's speaker, Aguila Saleh, issued parallel ceasefire calls which included a demilitarised Sirte, and Serraj proposed holding oil revenue in the NOC's Libyan Foreign Bank account until a political settlement; talks in Montreux and Morocco in early September produced further commitments on elections and on sovereign posts.

The oil facilities have been heavily militarised throughout. In August NOC chairman Mustafa Sanalla warned that armed men and mercenaries near storage tanks risked a disaster on the scale of the Beirut explosion. The deal does nothing, on its face, to change that.

Assessment

The reopening is best read as a response to pressure rather than a settlement. Washington had said a week earlier that Haftar gave a personal commitment to reopen the sector; Haftar's eastern base is suffering from power cuts and cash shortages; and his foreign backers have signalled that an open-ended blockade is no longer useful to them. But by bypassing the NOC and the central bank, the deal creates a parallel revenue mechanism that Tripoli's institutions may resist, and by leaving Wagner in place it gives Haftar and his allies an easy way to close the taps again.

Indicators to watch: loadings at Brega and Hariga in the coming week; whether the NOC certifies Es Sider and Ras Lanuf as safe; any movement of foreign forces away from the oil crescent; and the first meeting of the joint committee.
"""),
]
