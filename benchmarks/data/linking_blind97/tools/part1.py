BG_MWS = ("Libya has been torn by conflict since the 2011 uprising that toppled Muammar Gaddafi. "
  "Since April 4, 2019, forces loyal to eastern commander Khalifa Haftar have been trying to seize Tripoli, seat of the UN-recognised Government of National Accord (GNA) led by Fayez al-Sarraj. "
  "Haftar is backed by the United Arab Emirates, Egypt and Russia; the GNA by Turkey and Qatar.")
ARTS = [
dict(group="un_experts_report_uae_jordan_turkey_embargo_2019_11_07", published="2019-11-07", outlet="Mediterranean Wire Service",
title="UN experts accuse UAE, Jordan and Turkey of breaching Libya arms embargo",
text="""UNITED NATIONS (MWS) - The United Arab Emirates, Jordan and Turkey have regularly broken the arms embargo on Libya, often making little effort to hide where the weapons came from, according to a confidential report by UN sanctions monitors seen on Thursday.

The year-long study by the Panel of Experts on Libya, sent to the Security Council's sanctions committee, says both sides in the war received weapons, military equipment, technical support and foreign fighters in breach of UN measures.

Diplomats familiar with the document said Jordan was accused of training troops for Khalifa Haftar, the eastern commander whose forces launched an offensive on Tripoli in April. The UAE, another of Haftar's backers, is suspected of flying attack aircraft on his behalf.

The experts looked at the July 2 air strike on a migrant detention centre in Tajoura, east of the capital, which killed more than 50 people. They do not name the aircraft's owner but say it was probably a foreign plane, noting that both US-made F-16s and French-made Mirage 2000-9 jets are flown by the Emirati air force.

Turkey, which openly backs Prime Minister Fayez al-Sarraj, is said to have supplied the Tripoli government with equipment ranging from armoured vehicles to drones.

The panel also found Chadian and Sudanese armed groups fighting for both camps, but judged that their impact on the battlefield had so far been limited.

The UAE's ambassador to the United Nations, Lana Nusseibeh, has said her country is firmly committed to meeting its obligations under the Libya sanctions regime. The missions of Jordan and Turkey did not immediately comment.

The report is due to be made public in December.

""" + BG_MWS),
dict(group="un_experts_report_uae_jordan_turkey_embargo_2019_11_07", published="2019-11-08", outlet="Al-Manara Arabic Net",
title="UN report: Emirates and Jordan and Turkey violated the arms embargo on Libya",
text="""New York - Al-Manara Net

A confidential report prepared by the experts of the United Nations revealed, yesterday Thursday, that the United Arab Emirates and Jordan and Turkey violated repeatedly the embargo of weapons imposed on Libya since the year 2011, and that the three countries supplied weapons "in a regular way" without trying to hide the source.

And the report, which French press agency saw its summary, said that the two parties of the conflict in Libya received weapons and military equipment and foreign fighters, in violation of the decisions of the Security Council.

And according to diplomats, the report accuses Amman of training elements belonging to the retired general Khalifa Hafter, while it is suspected that Abu Dhabi used attack aircraft in favour of his forces which are attacking the capital Tripoli since the fourth of April last.

And the experts pointed that a foreign aircraft is "probably" behind the bombing of the shelter center of the migrants in Tajoura in the second of July last, which killed about 53 migrants, and mentioned that the Emirati air force owns aircraft of type F-16 and Mirage 2000-9.

On the other side, the report said that Turkey supplied the Government of National Accord headed by Fayez al-Serraj with armoured vehicles and drones.

It is worth mentioning that the Government of National Accord had accused the Emirates many times of bombing civilian sites in Tripoli by drones of Chinese manufacture, while Abu Dhabi denies any military role in Libya.

It is also worth mentioning that the report is expected to be discussed in the Security Council at the end of the month, and to be published in December.

Read also: Bashagha: we have evidence on foreign aircraft in the sky of Tripoli
Read also: Tripoli... killing of 3 civilians by shelling on Abu Salim"""),
dict(group="un_experts_report_uae_jordan_turkey_embargo_2019_11_07", published="2019-11-09", outlet="Tripoli Voice",
title="Government welcomes UN experts' findings on Emirati violations, demands sanctions",
text="""Tripoli Voice | Tripoli

The Government of National Accord's foreign ministry said on Friday evening that the UN Panel of Experts' report, whose contents leaked to international agencies on Thursday, "confirms what we have been saying since April": that a foreign state is bombing Libyan cities on behalf of the war criminal Haftar.

The report by the sanctions monitors, which has not yet been officially published, says the UAE, Jordan and Turkey breached the embargo. It links the deadly July 2 raid on the Tajoura detention centre to a foreign aircraft of types operated by the Emirati air force.

GNA officials have told this website that they will hand the Security Council a new file of evidence, including fragments of Chinese-made missiles recovered in Tripoli's southern suburbs, and serial numbers of armoured vehicles captured in Gharyan in June.

"It is not enough to describe the crime. The Council must name the aggressor and act," a ministry statement said, calling for sanctions against those who supply Haftar's forces.

The ministry did not comment on the part of the report dealing with Turkish equipment. Government officials have repeatedly said that any cooperation with Ankara is carried out openly between two legitimate governments.

Since the offensive began on April 4, the fighting around the capital has killed more than 1,000 people and forced over 120,000 from their homes, according to UN agencies. Drone strikes have multiplied since the summer, with the GNA blaming Wing Loong aircraft flown from the Jufra and al-Khadim bases.

Share this:
Facebook
Twitter
WhatsApp
Related
Drone strike hits Mitiga airport, flights suspended again
Residents of Ain Zara count losses after seven months of war"""),

dict(group="gna_captures_watiya_seizes_pantsir_2020_05_18", published="2020-05-18", outlet="Anatolia Crescent News",
title="Libyan army liberates strategic al-Watiya air base from Haftar militias",
text="""TRIPOLI

Libyan army forces loyal to the UN-recognized government on Monday took full control of the strategic al-Watiya air base southwest of the capital Tripoli, the army announced.

"Our heroic forces have liberated al-Watiya air base from the war criminal Haftar's militias and mercenaries," army spokesman Col. Mohamed Gununu said in a statement.

The base, about 140 kilometers (87 miles) southwest of Tripoli, had been the main foothold of Haftar's forces in western Libya since 2014.

Army forces also seized a Russian-made Pantsir air defense system at the base, according to images shared by the Volcano of Rage operation's media office. The system, mounted on a truck, was captured intact, the office said.

Prime Minister Fayez al-Sarraj congratulated the forces, saying the victory "is not the end of the battle" and calling on all Libyans to join in building a civil state.

The capture comes after weeks of siege in which army drones destroyed several Pantsir systems deployed by Haftar's militias around al-Watiya and Tarhuna.

The UN Panel of Experts had said in a report last year that Pantsir systems in Libya were provided to Haftar by the United Arab Emirates.

The Libyan government launched Operation Peace Storm in late March to counter attacks on the capital. Its forces retook coastal cities west of Tripoli last month.

The Libyan government has been under attack by Haftar's forces since April 2019, with more than 1,000 people killed in the violence."""),
dict(group="gna_captures_watiya_seizes_pantsir_2020_05_18", published="2020-05-19", outlet="Defence Procurement Monitor",
title="Analysis: Pantsir capture at al-Watiya hands GNA an intelligence windfall",
text="""Defence Procurement Monitor | Air Defence | 19 May 2020

The seizure of an apparently intact Pantsir-S1 short-range air defence system at al-Watiya air base on 18 May is the most significant equipment capture of Libya's 13-month war for Tripoli, and a potential embarrassment for the system's suppliers.

Forces aligned with the Government of National Accord (GNA) entered the base, Haftar's largest in the west, after a weeks-long siege. Photographs released by the GNA show a Pantsir mounted on a German-made MAN SX 8x8 truck chassis being towed away on a low-loader. That configuration matters: Russia's own forces field the system on Kamaz trucks, while the MAN-based variant is the export configuration bought by the UAE.

UN sanctions monitors reported late last year that Pantsir systems seen at Jufra and near Gharyan were supplied by the Emirates, in breach of the embargo in force since 2011. Abu Dhabi has consistently denied arming the Libyan National Army (LNA).

Turkish-operated Bayraktar TB2 and Anka-S drones have claimed a string of Pantsir kills since late April, including at least two around al-Watiya and another near Tarhuna. Videos circulated by the GNA suggest several systems were struck while not radiating, pointing to poor crew training or a lack of radar coverage.

Analysts said the intact vehicle could be shipped to Turkey for examination. A GNA official, speaking to local media, said the system would be "kept as evidence" of foreign involvement.

For the LNA, the loss of al-Watiya removes the only air base from which its aircraft could operate against the western coast. The LNA described its departure as a "redeployment" and said it was repositioning forces.

What to watch: the fate of Tarhuna, the LNA's last major stronghold in the west, and whether Russia or the UAE move to replace lost air defence capacity in central Libya.

Related:
- Bayraktar TB2 losses in Libya: a running tally
- Wing Loong II over Tripoli: what the debris tells us"""),
dict(group="gna_captures_watiya_seizes_pantsir_2020_05_18", published="2020-05-20", outlet="Nile Sentinel",
title="LNA says it pulled out of al-Watiya in tactical redeployment as Turkish drones pound region",
text="""Cairo - Nile Sentinel

The Libyan National Army (LNA) said it had carried out a "tactical redeployment" from al-Watiya air base, after the Turkish-backed militias of the Sarraj government entered the base on Monday with heavy support from Turkish drones.

LNA spokesman Major General Ahmed al-Mismari said in a televised briefing that the armed forces had evacuated the base of men and equipment before the militias arrived, and that the images of a captured air defence truck were "propaganda aimed at covering Turkish crimes".

He accused Ankara of flying dozens of drone sorties against the base and its supply lines in recent days and of bringing in thousands of Syrian mercenaries. "The battle is not over, and the Libyan army will respond at the time and place it chooses," al-Mismari said.

Pro-Sarraj websites on Wednesday circulated pictures of the truck-mounted system paraded in Tripoli, claiming that it had been supplied by a Gulf state. The LNA did not comment on the claim.

Egyptian foreign ministry sources reiterated Cairo's concern at what they described as Turkish escalation in western Libya and the transfer of foreign fighters, saying this threatened the security of Libya's neighbours.

Al-Watiya, some 140 kilometres from Tripoli, had been in the hands of LNA-aligned forces from Zintan and then of the LNA itself for six years.

Exit mobile version"""),

dict(group="watiya_base_struck_by_unidentified_jets_2020_07_05", published="2020-07-05", outlet="Mediterranean Wire Service",
title="Unidentified warplanes strike Libya's al-Watiya base after Turkish defences installed",
text="""TRIPOLI (MWS) - Unidentified warplanes carried out air strikes overnight on al-Watiya air base in western Libya, which forces of the Tripoli government captured in May and where Turkey has been setting up air defences, military sources on both sides said on Sunday.

A source in the eastern-based Libyan National Army (LNA) of Khalifa Haftar said the raids destroyed Turkish air defence equipment and a radar recently brought to the base. The source did not say whose aircraft were involved.

A spokesman for the Government of National Accord (GNA) forces confirmed that the base was hit by "foreign aircraft" and said there were no casualties, but gave no details of damage.

The strikes came days after Turkish Defence Minister Hulusi Akar visited Tripoli and met GNA leaders. Turkish media had reported that Ankara planned to use al-Watiya as a base.

The identity of the aircraft could not be verified. The LNA has a limited fleet of ageing jets, while its foreign backers, the United Arab Emirates and Egypt, operate modern warplanes. Neither country commented.

The strikes came as GNA forces and their Turkish allies mass west of the city of Sirte, which Egypt has called a red line.

""" + BG_MWS.replace("Since April 4, 2019, forces loyal to", "In April 2019 forces loyal to").replace("have been trying to seize Tripoli", "launched an offensive on Tripoli") + " Haftar's forces were pushed back from the capital in early June."),
dict(group="watiya_base_struck_by_unidentified_jets_2020_07_05", published="2020-07-06", outlet="Haber Gündem Online",
title="Libya'da El Vatiyye üssüne kimliği belirsiz uçaklar saldırı: Türkiye 'cevap vereceğiz'",
text="""[ad_1]

Libya's El Vatiyye (al-Watiya) air base, which the legitimate government forces liberated in the May, was attacked by war planes whose identity is unknown, in the night of Saturday to Sunday.

According to the sources, the attack has been made in the time after midnight and some of the systems which are in the base was damaged. Government sources said that nobody lost life. Some sources claimed the planes are belonging to Emirates (BAE) and the Mirage type, but there is no official confirmation.

The putschist Hafter militias side claimed that "Turkish air defence systems and radar was destroyed", but this claim could not be confirmed with independent sources.

Milli Savunma Bakanı Hulusi Akar's visit to Tripoli was realized on last week, he met with Prime Minister Fayiz es-Serrac. In the visit, the training and advisory support which Türkiye gives to Libya was discussed.

Sources near Ankara said that "the ones who made this attack will be given the necessary answer", and that the legitimate government of Libya will not be left alone. AK Parti officials also said the attack will not change Türkiye's stand.

It is known that BAE and Mısır (Egypt) are supporting Hafter with weapons and money, and the UN reports have said that BAE sent the Pantsir air defence systems, one of which was seized in El Vatiyye.

Sirte and Cufra (Jufra) region is the new front line where the forces are waiting.

Çerez politikası: Bu sitede çerezler kullanılmaktadır. Kabul et

İlgili Haberler
- Akar ve Güler Libya'da incelemelerde bulundu
- Sirte operasyonu ne zaman başlayacak?"""),
dict(group="watiya_base_struck_by_unidentified_jets_2020_07_05", published="2020-07-07", outlet="The Meridian Review",
title="Mystery raid on al-Watiya exposes the air war behind Libya's front lines",
text="""By our Middle East correspondent

The air raid on al-Watiya in the early hours of Sunday lasted only minutes, but it has set off days of guessing about who flew it and why.

What is known is limited. Aircraft struck the sprawling base in the desert southwest of Tripoli, which forces loyal to the Government of National Accord (GNA) seized from Khalifa Haftar's Libyan National Army (LNA) on May 18. Officials in Tripoli spoke of "foreign aircraft" and said no one was killed. Sources close to the LNA claimed that newly delivered Turkish air defence equipment, reported to include Hawk missile launchers and a radar, had been destroyed. Images of the damage have not been released.

Nobody has claimed the attack. The LNA's own air force flies mostly Soviet-era MiGs and Sukhois, which analysts doubt could carry out a precise night raid at that range. Attention has therefore turned to Haftar's foreign supporters. Several Arab and Turkish outlets named the United Arab Emirates, which flies French-built Mirage 2000-9 jets, while others pointed at Egypt, whose air bases lie within reach. Neither government has responded.

The timing was pointed. On Friday Turkey's defence minister Hulusi Akar and chief of staff Yaşar Güler were in Tripoli, touring Turkish training units and meeting Fayez al-Sarraj. Ankara is widely reported to want a permanent presence at al-Watiya and at the port of Misrata.

The background is a war that has become, in large part, a contest between foreign air forces. When Haftar launched his assault on Tripoli in April 2019, Chinese-made Wing Loong drones, which UN monitors linked to the UAE, gave him the upper hand over the capital. Turkey's intervention after the security pact it signed with Sarraj in November tipped the balance: Turkish drones and air defences covered a GNA counter-offensive that retook the western coast in April and al-Watiya in May, and Haftar's forces left the southern suburbs of Tripoli in early June.

Since then, the front has frozen near Sirte and the Jufra air base. Egypt's president Abdel Fattah al-Sisi warned last month that a move on Sirte would cross a "red line", and Russian combat jets have been flown into Jufra, according to the US military's Africa Command.

Whoever struck al-Watiya has made a point: that Turkish air cover is not untouchable. Turkish officials have said the attack will not go unanswered. The question in Tripoli is whether an answer would be aimed at Haftar or at his patrons.

Cookies help us deliver our services. By using our services, you agree to our use of cookies. Learn more"""),
]
