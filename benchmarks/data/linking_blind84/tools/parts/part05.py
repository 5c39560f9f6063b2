G9 = "erdogan_sarraj_sign_security_and_maritime_memoranda_2019_11_27"

ARTICLES = [
dict(group=G9, published="2019-11-28", outlet="Anatolian Daily Star",
title="Turkey, Libya sign deals on security and maritime jurisdiction",
text=r"""Turkey, Libya sign deals on security and maritime jurisdiction

President Erdogan receives Libyan Prime Minister Fayez al-Sarraj in Istanbul; two memoranda of understanding signed

ISTANBUL

Turkey and Libya's internationally recognised Government of National Accord (GNA) signed two memoranda of understanding on security and military cooperation and on the delimitation of maritime jurisdiction areas on Wednesday, Turkey's Communications Directorate announced.

The agreements were signed after President Recep Tayyip Erdogan received Fayez al-Sarraj, chairman of Libya's Presidential Council and prime minister of the GNA, at the Dolmabahce Office in Istanbul. The meeting was held behind closed doors.

Communications Director Fahrettin Altun said on Twitter that the security and military cooperation memorandum would strengthen the ties between the two countries' armed forces.

"We will also continue to support a political solution to build a democratic, stable and prosperous Libya," Altun said.

Altun said the memorandum on maritime jurisdiction aims to protect the rights of both countries arising from international law.

Erdogan has repeatedly said that Turkey will stand by the Libyan people, and said in June that Turkey supplies the GNA with military equipment under an existing cooperation agreement.

Diplomatic sources said the maritime deal establishes the boundary between the continental shelves and exclusive economic zones of the two countries in the Eastern Mediterranean, and that it was an important step in protecting Turkey's rights in the face of unilateral activities in the region.

Turkey has repeatedly objected to drilling by the Greek Cypriot administration in the Eastern Mediterranean, saying the Turkish Republic of Northern Cyprus (TRNC) also has rights to the resources in the area. Ankara has also opposed maritime arrangements between Greece, Egypt and the Greek Cypriot administration that ignore Turkey's continental shelf.

Turkey is one of the main supporters of the legitimate government in Tripoli, which has been under attack since April by the illegal militia of putschist Khalifa Haftar, backed by the UAE and Egypt. More than 1,000 people have been killed in the fighting, according to the UN.

In June, Haftar's militia announced that Turkish ships, companies and citizens in Libya were "legitimate targets" and briefly detained six Turkish sailors, who were released after Ankara's strong warning.

The GNA has been fighting off the attack on Tripoli for nearly eight months with the support of forces from Misrata, Zawiya and the capital. In recent weeks, the GNA has accused Haftar of bringing in Russian mercenaries, and an Italian and a US drone were lost over the Tarhuna and Tripoli areas last week.

The memoranda will enter into force after being approved by the Turkish parliament."""),

dict(group=G9, published="2019-11-28", outlet="The Meridian Chronicle",
title="Erdogan and Sarraj seal military and maritime pacts, stirring Mediterranean tensions",
text=r"""Erdogan and Sarraj seal military and maritime pacts, stirring Mediterranean tensions

Ankara's new agreements with Tripoli give Turkey a legal basis to deepen its role in Libya's war and a map to wave at Greece and Cyprus

By Eleanor Hastings and Nikos Varelas
Thursday 28 November 2019

Turkey has signed two agreements with Libya's UN-recognised government that could allow it to expand military support for Tripoli against the eastern commander Khalifa Haftar and that redraw, at least on paper, the map of the eastern Mediterranean.

The memorandums of understanding, one on security and military cooperation and the other on the delimitation of maritime jurisdiction, were signed in Istanbul on Wednesday after a closed-door meeting between President Recep Tayyip Erdogan and Fayez al-Sarraj, head of the Government of National Accord (GNA). The texts were not immediately made public.

Ankara said the military accord would reinforce ties between the two countries' armed forces. Libyan officials in Tripoli described it as a framework for training, equipment and intelligence-sharing. It is the maritime deal, however, that drew the sharpest and swiftest response.

By drawing a line between the Turkish and Libyan coasts across a stretch of sea that Greece considers part of its own continental shelf, south of Crete, the agreement challenges the claims of Greece and Cyprus and cuts across the route of a proposed pipeline meant to carry eastern Mediterranean gas to Europe.

Athens said any such deal would violate the international law of the sea and ignore the existence of Greek islands. Greek officials have described the idea of a shared Turkish-Libyan maritime boundary as geographically absurd, since the two countries' coasts face each other only across Crete. Egypt's foreign ministry on Thursday called the memorandums illegal and without legal effect, arguing that under the 2015 Skhirat agreement only the full Presidential Council, not its chairman alone, can sign international agreements.

For Haftar's camp, which already regarded Turkey as an enemy, the deals are confirmation of what it has been saying for months. In June, after losing the town of Gharyan, Haftar's spokesman Ahmed al-Mismari declared Turkish ships, companies and flights legitimate targets and ordered the arrest of Turkish citizens; six Turkish sailors were seized and released a day later after Ankara threatened retaliation. Since then, Haftar's Libyan National Army (LNA) has repeatedly claimed to have destroyed Turkish-made drones at Mitiga airport in Tripoli and at Misrata. The eastern-based parliament, which backs Haftar, does not recognise agreements signed by Sarraj's government.

A war that has drawn in outsiders

The agreements come at a delicate moment in a war that has become increasingly internationalised. Haftar's offensive on Tripoli, launched in April, stalled within weeks, but in recent months the LNA has been reinforced by Russian private military contractors, according to Western officials and the Tripoli government, and by drones that UN experts say are operated by the United Arab Emirates. Last week an Italian military drone came down near Tarhuna, with Haftar's forces claiming to have shot it down, and the US military said it had lost an unarmed drone over the Tripoli area.

Turkey, for its part, has supplied Tripoli with Bayraktar drones and armoured vehicles, in breach of the UN embargo according to the UN's panel of experts, and Mr Erdogan has acknowledged sending weapons. A formal security accord would give that support a legal footing and could open the door to more.

"The maritime deal is the price Sarraj pays for Turkish protection," said a Europe-based analyst of Libyan affairs. "Ankara gets a legal argument in its dispute with Athens and Nicosia, and Tripoli gets a patron that is prepared to go further than anyone else."

Germany is trying to convene an international conference in Berlin to revive a political process, and diplomats fear the new agreements will make that harder by hardening the positions of Egypt and the UAE, Haftar's principal backers, and of Greece, which has so far kept its distance from the Libyan conflict.

The memorandums must be ratified by the Turkish parliament, where Mr Erdogan's Justice and Development party and its nationalist allies have a majority."""),

dict(group=G9, published="2019-11-28", outlet="Levant Wire Service",
title="Turkey signs military, maritime accords with Libya's Tripoli government",
text=r"""ISTANBUL (LWS) - Turkey and Libya's internationally recognised government have signed a security and military cooperation agreement along with a deal on maritime boundaries in the Mediterranean, Turkey's presidency said, in a move likely to anger Greece and Egypt.

The memorandums were signed on Wednesday at a meeting in Istanbul between President Tayyip Erdogan and Fayez al-Serraj, head of the Tripoli-based Government of National Accord (GNA). The presidency's communications director, Fahrettin Altun, said the military agreement would strengthen ties between the two militaries and that Turkey would keep supporting a political solution in Libya.

Details of the accords were not released. Altun said the maritime memorandum was aimed at protecting both countries' rights under international law.

Turkey is locked in a dispute with Greece and Cyprus over energy exploration in the eastern Mediterranean and has sent drilling ships into waters claimed by Cyprus. Greek officials have said any maritime deal between Ankara and Tripoli that ignores the Greek island of Crete would breach the international law of the sea.

Egypt's foreign ministry said on Thursday that the memorandums were illegal and not binding on third parties.

Turkey has openly backed the GNA against eastern forces led by Khalifa Haftar, whose Libyan National Army (LNA) declared Turkish interests in Libya legitimate targets in June after losing the town of Gharyan. The LNA has since said several times that it destroyed Turkish drones at airports in Tripoli and Misrata.

The military accord could allow Turkey to provide more training and equipment to the GNA. Erdogan said in June that Turkish weapons had helped Tripoli "rebalance" the war, and a UN panel of experts has reported deliveries of Turkish armoured vehicles and drones to Tripoli in breach of the arms embargo.

Haftar's camp has not formally responded to the signing. The eastern-based parliament, which backs the LNA, has said in the past that Serraj's government has no mandate to sign international agreements.

Diplomats say the maritime deal is likely to complicate German-led efforts to bring the foreign backers of Libya's rival camps to a conference in Berlin.

Haftar's Libyan National Army (LNA), which holds the east and much of the south, began its push on Tripoli in early April. The offensive has stalled on the capital's southern edges, where the Government of National Accord (GNA) of Prime Minister Fayez al-Serraj is backed by armed groups from Tripoli and Misrata.

Turkey has openly sided with the GNA and has supplied it with drones and armoured vehicles, according to diplomats and images posted online, while the LNA has received support from the United Arab Emirates and Egypt. A UN arms embargo on Libya has been in place since 2011.

(Reporting by LWS Istanbul and Cairo bureaux; editing by Clare Whitcombe)"""),

dict(group=G9, published="2019-11-28", outlet="Haber Gündem English",
title="Türkiye ile Libya arasında iki mutabakat muhtırası imzalandı",
text=r"""Türkiye ile Libya arasında iki mutabakat muhtırası imzalandı

Between Turkey and Libya two memorandum of understanding was signed

28.11.2019 00:41 | Güncelleme: 28.11.2019 09:15

Cumhurbaşkanı Recep Tayyip Erdoğan, Libya Ulusal Mutabakat Hükümeti (UMH) Başkanlık Konseyi Başkanı Fayez es-Serrac'ı Dolmabahçe Çalışma Ofisi'nde kabul etti. The meeting, to the press closed was held.

İletişim Başkanı Fahrettin Altun, from his social media account made the sharing in, the meeting after "Güvenlik ve Askeri İşbirliği Mutabakat Muhtırası" (Security and Military Cooperation memorandum) and "Deniz Yetki Alanlarının Sınırlandırılmasına İlişkin Mutabakat Muhtırası" (memorandum on restriction of maritime jurisdiction areas) were signed, announced.

Altun, the security memorandum with the two country between military relations will be strengthened, stated. Altun also "Demokratik, istikrarlı ve müreffeh bir Libya'nın inşası için siyasi çözümü desteklemeye devam edeceğiz" (We will continue to support the political solution for the building of democratic, stable and prosperous Libya) he said.

The maritime memorandum with, the two country's international law from arising rights are protected, was expressed.

Doğu Akdeniz'de (Eastern Mediterranean) the Greek Cypriot administration (GKRY) and Greece the unilateral activities against, Turkey the continental shelf (kıta sahanlığı) rights defending is. The diplomatic sources, with this memorandum Turkey's hand will be strengthened, said.

Hafter side what did?

Libya in, Trablus against attack is continuing the darbeci (putschist) Hafter militias, last June in Turkey "düşman" (enemy) had declared, Turkish ships and companies to target had threatened. 6 Türk denizci (sailor) was detained and later with Ankara's warning was released. Hafter militias, also Mitiga and Misrata airports to attack, Turkish İHA (drone) destroyed was claiming.

Mısır ve Yunanistan tepki

Mısır Dışişleri Bakanlığı, the memoranda "yasal etkisi yok" (no legal effect) having, claimed. Cairo according to, Skhirat agreement's 8. article, only the Başkanlık Konseyi all together international agreement can sign, Serrac alone cannot. Yunanistan (Greece) also, the maritime memorandum international law of the sea violation is, claimed, and the Girit (Crete) island being ignored, said.

Ankara's sources, these reactions the Türkiye's legitimate rights to change will not, stressed.

The memoranda, TBMM (Türkiye Büyük Millet Meclisi) onay after in force will enter.

ETİKETLER: Libya, Erdoğan, Serrac, Doğu Akdeniz, mutabakat

İLGİLİ HABERLER
Doğu Akdeniz'de son durum: Yunanistan'dan tepki
Erdoğan: Libya'daki meşru hükümetin yanındayız

Bu haberi paylaş
Yorum yap"""),
]
