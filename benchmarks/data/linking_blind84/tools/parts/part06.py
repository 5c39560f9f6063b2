G10 = "turkish_parliament_ratifies_libya_security_memorandum_2019_12_21"
G11 = "lna_seizes_ship_with_turkish_crew_off_derna_2019_12_21"

ARTICLES = [
dict(group=G10, published="2019-12-21", outlet="Haber Gündem English",
title="Libya ile güvenlik ve askeri işbirliği muhtırası Meclis'ten geçti",
text=r"""Libya ile güvenlik ve askeri işbirliği muhtırası Meclis'ten geçti

With Libya the security and military cooperation memorandum passed from the Meclis

21.12.2019 16:58 | Güncelleme: 21.12.2019 17:40

Türkiye Büyük Millet Meclisi (TBMM) Genel Kurulu'nda, Türkiye ile Libya Ulusal Mutabakat Hükümeti arasında imzalanan "Güvenlik ve Askeri İşbirliği Mutabakat Muhtırası"nın onaylanmasının uygun bulunduğuna dair kanun teklifi kabul edilerek yasalaştı. So, the bill on the approval of the memorandum, today Saturday, in the Genel Kurul (General Assembly) was accepted and became law.

The memorandum, last 27 Kasım (November) in Istanbul, Cumhurbaşkanı Recep Tayyip Erdoğan and UMH Başkanlık Konseyi Başkanı Fayez es-Serrac meeting in was signed. With the memorandum, the two country between training, exercise, defence industry, intelligence sharing and the savunma (defence) offices opening in the areas cooperation is foreseen.

The Meclis, before this month the "Deniz Yetki Alanlarının Sınırlandırılmasına İlişkin Mutabakat Muhtırası" also had approved. The maritime memorandum, Resmi Gazete in published after 8 Aralık (December) in force had entered.

Libya side, the UMH Bakanlar Kurulu (cabinet), last Thursday made emergency meeting in the security memorandum the activation decided, it was announced.

Oktay: "Talep gelirse hazırız"

Cumhurbaşkanı Yardımcısı Fuat Oktay, today in Istanbul at a trade and cooperation meeting spoke. Oktay, "Eğer Libyalı kardeşlerimiz böyle bir talepte bulunursa, Türkiye gereğini yapmaya hazırdır" (If our Libyan brothers such a request make, Turkey the necessary to do is ready) said.

Cumhurbaşkanı Erdoğan also before, Libya from a request come if, Turkish soldier sending can be evaluated, had said. However according to the experts, the combat troops sending for, the Meclis from a separate tezkere (mandate) is necessary.

Muhalefet ne dedi?

Genel Kurul'daki görüşmelerde, some opposition deputies, Türkiye's Libya's iç savaşına (civil war) being dragged risk about concern expressed. AK Parti deputies however, the memorandum the Doğu Akdeniz'deki rights protecting and the legitimate government supporting is, said.

Hafter's militias, since April Trablus to attack is continuing. The darbeci (putschist) Hafter, 12 Aralık in the so-called "zero hour" announcing the capital to final attack had ordered.

Meclis'ten çıkan muhtıra, Resmi Gazete'de published after in force will enter. The experts according to, the memorandum with Türkiye, Libya to training and equipment support the legal basis has gained.

Hafter tarafı what is doing?

The Hafter militias, since last June Türkiye against hostile statements are making. Hafter's so-called spokesman el-Mismari, 28 Haziran (June) in, Turkish ships, companies and flights the "meşru hedef" declared, and 6 Turkish sailor detained had been. Also Hafter media, many times, Mitiga and Misrata airports in Turkish İHA destroyed having claimed.

Tobruk'taki parliament's Başkanı Akile Salih also, the memoranda "geçersiz" (invalid) being, had claimed."""),

dict(group=G10, published="2019-12-22", outlet="Indus Point News",
title="Turkey parliament approves Libya military deal",
text=r"""Turkey parliament approves Libya military deal

Staff Reporter  Sun 22nd December 2019 | 12:40 AM

Ankara, (Indus Point News / Agency - 22nd Dec, 2019 ) :Turkish lawmakers on Saturday ratified a military and security pact with the UN-backed government in Tripoli, opening the way for Ankara to expand its role in Libya's war.

Turkey signed the accord with the Government of National Accord (GNA) in November, on the same day as a disputed maritime boundary deal that Greece, Cyprus and Egypt have denounced.

The assembly announced on Twitter that the text was now law.

The accord provides for training, exchanges of military personnel, joint exercises and intelligence cooperation, and for the opening of defence offices in each other's countries.

Vice President Fuat Oktay said on Saturday that Turkey was ready to do what was necessary if its "Libyan brothers" asked for troops. President Recep Tayyip Erdogan has said Ankara could consider sending soldiers if asked, but officials say a separate parliamentary mandate would be needed for any combat deployment.

Hours after the vote, forces loyal to eastern commander Khalifa Haftar said they had stopped a cargo ship with Turkish crew members off Derna and towed it to port for inspection.

The GNA approved the activation of the memorandum on Thursday after an emergency meeting of its cabinet with military commanders, as it faces a renewed push on Tripoli by forces loyal to eastern commander Khalifa Haftar.

Libya has had no stable central authority since Moamer Kadhafi was overthrown and killed in a 2011 uprising supported by NATO."""),

dict(group=G10, published="2019-12-23", outlet="MENA Newswire Releases",
title="Client Alert: Turkish parliament ratifies Libya security MoU - implications for operators in western Libya",
text=r"""FOR IMMEDIATE RELEASE

Client Alert: Turkish parliament ratifies Libya security MoU - implications for operators in western Libya

LONDON, 23 December 2019 /MENA Newswire/ -- Sahel & Maghreb Risk Advisory (SMRA), an independent political and security risk consultancy, today issued the following alert to clients with personnel, assets or shipping exposure in Libya.

SUMMARY

On Saturday 21 December, the Grand National Assembly of Turkey ratified the Memorandum of Understanding on Security and Military Cooperation signed on 27 November in Istanbul between President Recep Tayyip Erdogan and Fayez al-Sarraj, head of the Tripoli-based Government of National Accord (GNA). The GNA cabinet approved the activation of the memorandum on 19 December. The companion memorandum on maritime jurisdiction was approved by the Turkish parliament earlier in the month and entered into force on 8 December.

KEY POINTS

- The security MoU provides a legal framework for Turkish training, equipment transfers, joint exercises, intelligence cooperation and defence liaison offices in Libya. It does not by itself authorise the deployment of Turkish combat units; Turkish officials have indicated that a separate parliamentary mandate would be required.
- Senior Turkish officials, including Vice President Fuat Oktay, said on 21 December that Turkey stands ready to act if the GNA requests troops. SMRA assesses that such a request is likely within weeks and that a parliamentary vote could follow shortly after the new year.
- The Libyan National Army (LNA) of Khalifa Haftar, which in June declared Turkish ships, companies and flights legitimate targets, is likely to intensify measures against Turkish-linked interests. Hours after the Ankara vote, LNA naval forces intercepted a Grenada-flagged cargo ship with Turkish crew members off Derna and towed it to Ras al-Hilal for inspection (see separate alert).
- Haftar announced on 12 December the start of what he called the "decisive battle" for Tripoli. Heavy fighting continues in the southern districts of the capital.

BACKGROUND

Relations between Ankara and the LNA have been openly hostile since 28 June 2019, when LNA spokesman Ahmed al-Mismari announced orders to target Turkish vessels in Libyan waters and Turkish companies and projects, banned flights between Libya and Turkey and said Turkish nationals would be detained. Six Turkish sailors were held in Ajdabiya and released on 1 July after Ankara threatened retaliation. Since then the LNA has repeatedly claimed the destruction of Turkish-built drones at Mitiga (Tripoli), Misrata and Zuwara.

RECOMMENDATIONS

- Operators with Turkish-flagged, Turkish-owned or Turkish-crewed vessels should avoid calls at ports and anchorages in eastern Libya and maintain distance from the eastern coastline.
- Turkish nationals should not travel to areas under LNA control.
- Expect continued disruption at Mitiga airport (Tripoli); contingency routing via Misrata remains advisable, though Misrata airport and air college have also been struck repeatedly in 2019.
- Monitor reactions from Egypt, Greece and Cyprus, which reject the November memoranda, and from the UAE and Russia.

ABOUT SMRA
Sahel & Maghreb Risk Advisory provides political, security and maritime risk analysis for companies operating across North and West Africa.

Media contact: press@smra-advisory.example

SOURCE Sahel & Maghreb Risk Advisory"""),

dict(group=G11, published="2019-12-22", outlet="Levant Wire Service",
title="Haftar's forces seize ship with Turkish crew off eastern Libya",
text=r"""BENGHAZI, Libya (LWS) - Forces loyal to eastern Libyan commander Khalifa Haftar have seized a cargo ship with Turkish crew members off the coast of eastern Libya and towed it to port, a spokesman said, hours after Turkey's parliament approved a security deal with the rival government in Tripoli.

The Grenada-flagged vessel was intercepted on Saturday by a warship of Haftar's Libyan National Army (LNA) near Derna and brought to Ras al-Hilal, where its cargo would be searched, LNA spokesman Ahmed al-Mismari said. His statement did not say what the ship was suspected of.

Video released by the LNA shows armed men on deck interviewing members of the crew, and the LNA also posted images of three Turkish passports. The ship's cargo and destination were unknown.

Turkey's foreign ministry confirmed that three of its citizens were aboard. Spokesman Hami Aksoy said the ship had suffered a mechanical fault, could not berth, and had called on the Libyan coastguard for assistance, after which it was taken in so the cargo could be examined.

The seizure came after the Turkish parliament on Saturday ratified a security and military cooperation accord with the Government of National Accord (GNA) in Tripoli, signed in November alongside a maritime boundaries deal. Turkish officials have said Ankara could send troops to Libya if asked.

In June, Haftar's forces declared Turkish ships in Libyan waters legitimate targets and briefly detained six Turkish sailors, who were freed after Ankara threatened military retaliation.

Haftar said on Dec. 12 that he had ordered his troops to advance towards the centre of Tripoli in what he called a decisive battle, though front lines in the capital's southern suburbs have changed little since then. The GNA's cabinet approved the security pact with Turkey on Thursday and said it would seek to activate cooperation agreements with friendly countries.

Haftar's Libyan National Army (LNA), which holds the east and much of the south, began its push on Tripoli in early April. The offensive has stalled on the capital's southern edges, where the Government of National Accord (GNA) of Prime Minister Fayez al-Serraj is backed by armed groups from Tripoli and Misrata.

Turkey has openly sided with the GNA and has supplied it with drones and armoured vehicles, according to diplomats and images posted online, while the LNA has received support from the United Arab Emirates and Egypt. A UN arms embargo on Libya has been in place since 2011.

The LNA gave no indication of how long the vessel would be held. Maritime security firms have advised shipowners with Turkish links to keep clear of the eastern Libyan coast since Haftar's forces first threatened Turkish shipping in June.

Greece expelled Libya's ambassador earlier this month over the maritime accord, which it says ignores the island of Crete. Egypt, a key backer of Haftar, has called both memorandums illegal.

(Reporting by LWS Benghazi bureau and Ankara newsroom; editing by Mark Oduya)"""),

dict(group=G11, published="2019-12-22", outlet="Gulf Horizon News",
title="Libyan Navy intercepts Turkish-crewed vessel off Derna, tows it to Ras al-Hilal",
text=r"""Libyan Navy intercepts Turkish-crewed vessel off Derna, tows it to Ras al-Hilal

Abu Dhabi - Gulf Horizon News

Units of the Libyan Navy affiliated with the General Command of the Libyan National Army (LNA) intercepted on Saturday a commercial ship flying the flag of Grenada with a Turkish crew off the coast of Derna, and towed it to the port of Ras al-Hilal, the army spokesman announced.

According to a statement by Major General Ahmed al-Mesmari, a navy combat boat halted the vessel within Libya's territorial sea. It was then pulled into Ras al-Hilal, where its cargo will be examined and the usual international rules for such cases applied, the spokesman said.

The army's media office circulated a video of sailors from the navy interrogating the crew on deck, together with scans of three Turkish passports.

The interception came only hours after the Turkish parliament approved the security and military cooperation memorandum signed between President Recep Tayyip Erdogan and Fayez al-Sarraj, head of the Presidential Council in Tripoli, on November 27, a deal the House of Representatives has described as null and void.

The army did not specify the nature of the ship's cargo, but military sources said the inspection would determine whether it was carrying weapons or military equipment destined for the militias in the west.

Military sources told Gulf Horizon News that the navy has stepped up its patrols along the eastern coast to prevent the smuggling of weapons and fighters, after repeated information about Turkish shipments reaching the ports of Tripoli and Misrata.

The General Command had announced in June that Turkish ships and boats in Libyan waters are considered hostile targets, in response to what it called the Turkish aggression in the battle of Gharyan, and it banned flights with Turkey.

In Ankara, a foreign ministry spokesman claimed that the ship had suffered a technical failure and had asked the coast guard for help.

The Turkish parliament had approved the maritime memorandum earlier this month, and the Government of National Accord announced on Thursday the activation of the security memorandum, after an emergency meeting of its cabinet. Turkish Vice President Fuat Oktay said on Saturday that Ankara is ready to do what is necessary if Tripoli asks for troops.

Arab observers said that Ankara's rush to ratify the memorandum reflects its intention to send forces to Tripoli to save the militias, after the General Command announced on December 12 the start of the decisive battle to liberate the capital.

Derna, which the army liberated from extremist groups in 2018, lies on the coastal route used by smugglers between the east of the country and Egypt, and the General Command says its navy patrols these waters to stop weapons from being smuggled to the west.

Egypt, Greece and Cyprus have rejected the two memoranda signed in Istanbul, and Greece expelled the Libyan ambassador in Athens earlier this month in protest against the maritime deal."""),

dict(group=G11, published="2019-12-22", outlet="Anatolian Daily Star",
title="Ship with Turkish crew held by Haftar militia had technical fault: Foreign Ministry",
text=r"""Ship with Turkish crew held by Haftar militia had technical fault: Foreign Ministry

Three Turkish citizens on board the Grenada-flagged vessel towed to eastern Libyan port

ANKARA

A cargo ship with Turkish citizens among its crew that was towed to a port in eastern Libya by the militia of putschist Khalifa Haftar had developed a technical failure before the incident, according to the Turkish Foreign Ministry.

According to ministry spokesman Hami Aksoy, the breakdown left the Grenada-flagged vessel unable to berth, and its crew radioed the Libyan coast guard for help. The ship was then brought into port for a check of its cargo, Aksoy said, adding that three of the crew are Turkish citizens.

Haftar's spokesman Ahmed al-Mismari claimed on Saturday that the ship had been stopped off the city of Derna by a naval vessel and towed to Ras al-Hilal port for inspection. Haftar's militia also shared footage of the crew being questioned and pictures of their passports.

The incident came hours after the Turkish parliament on Saturday ratified a memorandum of understanding on security and military cooperation with Libya's UN-recognised Government of National Accord (GNA).

The security memorandum and a second accord delimiting maritime jurisdiction areas in the Eastern Mediterranean were signed by President Erdogan and GNA head Fayez al-Sarraj in Istanbul on Nov. 27. The maritime accord has been in force since Dec. 8.

Ras al-Hilal, a small port on the coast between Derna and al-Bayda, is under the control of Haftar's forces. It was not clear how long the ship would be held or whether the crew members were free to leave the vessel.

In June, Haftar's spokesman announced that Turkish ships and companies were "legitimate targets" and Haftar's militia detained six Turkish sailors, who were released the next day following Turkey's warning that those responsible would become legitimate targets.

Earlier, Vice President Fuat Oktay said Turkey was ready to take the necessary steps if the GNA requested Turkish troops. The GNA approved the activation of the security memorandum at an emergency cabinet meeting on Thursday.

Libya's government has been under attack by Haftar's forces since April, with more than 1,000 people killed, according to the UN. On Dec. 12, Haftar announced what he called the "decisive battle" for Tripoli, but his forces have so far failed to break through the capital's defenses."""),
]
