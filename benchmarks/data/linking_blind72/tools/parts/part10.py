G = "eu_sanctions_turkish_firm_avrasya_shipping_2020_09_21"

ARTICLES = [
dict(group=G, published="2020-09-21", outlet="France Monde Dépêches",
title="EU sanctions Turkish shipping firm behind the 'Cirkin' over Libya arms embargo",
text="""
BRUSSELS (FMD) - The European Union on Monday imposed sanctions on three companies accused of violating the UN arms embargo on Libya, among them the Turkish firm that operates the Cirkin, the cargo ship at the centre of a naval standoff between France and Turkey in June.

EU foreign ministers meeting in Brussels froze the assets of Avrasya Shipping, based in Turkey, which the EU's Official Journal says operates the Cirkin, a vessel "linked to transports of military material to Libya in May and June 2020".

Also targeted were the Kazakh cargo airline Sigma Airlines, over the transfer of military material to Libya, and the Jordan-based Med Wave Shipping, which operates a ship called the Bana. Two Libyans accused of serious human rights abuses, including executions and the trafficking and abuse of migrants, were placed under an asset freeze and travel ban.

With the new listings, 17 people are now banned from entering the EU under its Libya sanctions regime, and 21 people and 19 entities are subject to asset freezes, the Council said.

The Cirkin was sailing towards Libya under the escort of three Turkish warships on 10 June when the French frigate Courbet, acting for NATO's Sea Guardian operation, tried to check it. Paris says one of the Turkish vessels locked its fire-control radar on the French ship. Ankara denies this and says the Cirkin was carrying humanitarian aid. France subsequently suspended its participation in Sea Guardian.

The sanctions reach both camps in the Libyan conflict: Sigma Airlines has been linked by UN experts to flights supplying the forces of Marshal Khalifa Haftar, while the Cirkin sailed to Tripoli and Misrata, controlled by the Government of National Union (GNA), which Turkey supports.

The EU's naval operation Irini, launched at the end of March to enforce the embargo at sea, has been repeatedly criticised by Ankara, which accuses it of targeting sea deliveries to the GNA while ignoring air and land supplies to Haftar. On 10 September, Irini boarded its first vessel, a tanker carrying jet fuel from the Emirates to Benghazi, and diverted it to a European port.

EU diplomacy chief Josep Borrell said earlier this month in Cairo that the arms embargo was "not respected by anyone".

The decision comes at a time of high tension between the EU and Ankara over gas exploration in waters claimed by Greece and Cyprus. At the same meeting, Cyprus blocked sanctions on Belarusian officials, insisting that the EU also act against Turkey.

bur-cjo/fmd/dab
"""),

dict(group=G, published="2020-09-22", outlet="Haber Kıyı English",
title="Dışişleri reaction to the EU's sanction decision: \"Irini is rewarding Hafter\"",
text="""
Dışişleri reaction to the EU's sanction decision: "Irini is rewarding Hafter"

The Ministry of Foreign Affairs (Dışişleri Bakanlığı) reacted strongly to the decision of the European Union to put sanctions on a Turkish company with claim that it violated the arms embargo on Libya.

The EU Foreign Ministers, in their meeting in Brussels yesterday, decided to freeze the assets of the Avrasya Shipping company, which is operating the cargo gemisi "Çirkin". The EU is claiming that the ship carried military materials to Libya in May and June.

In the written statement published late in the evening, Dışişleri Bakanlığı said that the decision shows that the EU's Irini Operation is rewarding the putschist (darbeci) Hafter while it is punishing the legitimate government of Libya which is recognized by the UN.

"It is a clear signal that the EU is biased that, while the countries and companies, starting from the UAE, which send weapons by land and by air to the putschist Hafter in violation of the UN Security Council decisions, are overlooked, the support provided to the legitimate government is considered as embargo violation," the statement said.

The ministry also said that at a time when efforts are made for decreasing the tensions in the Eastern Mediterranean (Doğu Akdeniz), taking such a wrong decision is unfortunate.

Çirkin gemisi and the Courbet

The Çirkin gemisi had been at the center of a crisis between Turkey and France in June. France claimed that the Turkish fırkateyn which was escorting the ship targeted the French Courbet fırkateyni with fire control radar. Turkey rejected the claims and said that the ship was carrying humanitarian aid to Libya. After the NATO investigation, France withdrew from the Sea Guardian operation.

The EU also put sanctions to the Kazakhstan-based Sigma Airlines and to the Jordan-based Med Wave Shipping company, and two Libyan persons.

Ankara has been criticising the Irini operation since its beginning in March. According to Turkish officials, the operation which only watches the sea is serving to Hafter, because the weapons of Hafter come from the air bridge of the UAE and from the Egyptian land border. Earlier this month the operation stopped the tanker "Royal Diamond 7" which was carrying jet fuel from the UAE to Benghazi, but Turkish sources said this was only one ship against hundreds of cargo flights.

Turkey is supporting the Government of National Accord in Tripoli with training and consultancy under the security and military cooperation memorandum which was signed in November 2019.

Meanwhile, the Oruç Reis seismic research ship had returned to the Antalya port last week, a move which was seen in Athens as a positive step for dialogue.

OKU: Erdoğan ve Michel telefonda görüştü
OKU: Libya'da petrol üretimi yeniden başlıyor

Exit mobile version
"""),

dict(group=G, published="2020-09-22", outlet="MedWatch Daily",
title="MedWatch Daily, Sep 22: EU blacklists Cirkin operator; Cyprus holds Belarus sanctions hostage; Libya oil restart",
text="""
MEDWATCH DAILY - Your morning briefing on the Mediterranean
Tuesday, September 22, 2020

Good morning. Here is what you need to know.

1) EU SANCTIONS TURKISH FIRM BEHIND THE CIRKIN
EU foreign ministers on Monday froze the assets of Turkey-based Avrasya Shipping, operator of the cargo ship Cirkin, which the EU says carried military material to Libya in May and June. Kazakhstan's Sigma Airlines and Jordan's Med Wave Shipping were also listed, along with two Libyans accused of abuses against migrants.
Backstory: The Cirkin was the ship that the French frigate Courbet tried to check on June 10, before a Turkish escort frigate allegedly locked on with its fire-control radar. France later left NATO's Sea Guardian mission in protest.
Ankara's response: The Turkish foreign ministry said late Monday the decision showed the EU was biased, accusing the EU's Irini operation of rewarding Haftar while punishing the UN-recognised government, and of ignoring the UAE's land and air deliveries to the east.

2) CYPRUS BLOCKS BELARUS SANCTIONS
At the same meeting, Cyprus refused to sign off on sanctions against Belarusian officials over the disputed August election unless the EU also moves against Turkey over its energy exploration in waters Nicosia claims. Several ministers voiced frustration; the issue goes to EU leaders, who are due to discuss relations with Turkey at their next summit.

3) LIBYA: OIL TO FLOW AGAIN
Khalifa Haftar announced on Friday that he would lift the eight-month blockade of oil fields and terminals, citing an agreement with Ahmed Maiteeg, the deputy head of the Tripoli Presidential Council. The National Oil Corporation said it would restart production at facilities declared secure. The deal has angered some in Tripoli, where Fayez al-Sarraj announced last week that he intends to hand over power by the end of October.

4) GREECE-TURKEY: COOLING OFF
With Turkey's survey ship Oruc Reis back in port near Antalya since mid-month, Athens and Ankara are sounding each other out on a restart of exploratory talks. NATO-hosted military talks on deconfliction continue in Brussels.

What to watch: EU leaders' summit on Turkey and Belarus; Libyan military talks under UN auspices.

Forwarded this email? Sign up here. | Manage preferences | Unsubscribe
"""),
]
