G = "turkish_parliament_extends_libya_mandate_18_months_2020_12_22"
ARTICLES = [
dict(group=G, published="2020-12-22", outlet="Meridian Wire Service",
title="Turkey's parliament extends Libya troop mandate by 18 months",
text="""ANKARA (MWS) - Turkey's parliament on Tuesday extended by 18 months a mandate allowing the deployment of troops to Libya, where Turkish support helped the Tripoli-based government repel an offensive by eastern commander Khalifa Haftar.

The motion was passed with the votes of President Tayyip Erdogan's AK Party and its nationalist MHP allies. The main opposition CHP, the IYI Party and the pro-Kurdish HDP voted against.

The original one-year mandate, approved in January, was due to expire early next month.

The extension comes two months after Libya's warring sides signed a permanent ceasefire in Geneva on Oct. 23 that called for all foreign forces and mercenaries to leave within three months. Turkey has said its military presence, based on a bilateral agreement with the Government of National Accord (GNA), should not be equated with foreign mercenaries, and that its training mission would continue.

In the motion, the presidency said Haftar's forces still posed a threat and that a renewed attack on the GNA would harm Turkish interests in the Mediterranean and North Africa.

Libya has been in turmoil since a NATO-backed uprising toppled Muammar Gaddafi in 2011. Since 2014 it has been divided between rival administrations in the east and west, each backed by armed factions and foreign governments. Turkey and Qatar have supported the Tripoli authorities, while the United Arab Emirates, Egypt and Russia have backed Khalifa Haftar's forces in the east.

(Reporting by MWS Ankara bureau)"""),
dict(group=G, published="2020-12-23", outlet="Gündem Haber 24",
title="Libya tezkeresi TBMM'de kabul edildi: 18 month extension",
text="""The tezkere about extending the time of Turkish Armed Forces in Libya, accepted in TBMM Genel Kurulu. With the tezkere, the duty of the Mehmetçik in Libya is extended 18 months starting from 2 January 2021.

In the tezkere which signed by President Erdoğan and sent to Meclis, it is said that "The attacks which are made against the legitimate government of Libya, are continuing to threaten the security of the region." In the tezkere it is expressed that the training, help and consultancy activities to the Libya Ulusal Mutabakat Hükümeti will continue.

AK Parti and MHP voted yes to the tezkere. CHP, İYİ Parti and HDP said no. CHP deputies in the debate said "There is a ceasefire in Libya now, what is the need?" AK Parti deputies answered that the presence of Mehmetçik is the guarantee of the ceasefire.

In the tezkere, also stated the risk that the "putschist Hafter" forces can start again attacks, and in this case the interests of Turkey in the Mediterranean basin and Northern Africa will be negatively affected.

WHAT WAS THE FIRST TEZKERE?

The first Libya tezkere was accepted on 2 January 2020, with 325 yes and 184 no. After, Turkish soldiers went to Libya for training and consultancy. With Turkish support, UMH forces took back the Vatiya base in May and Terhune in June, and Hafter forces retreated to Sirte-Cufra line.

On 23 October in Geneva the Libyan sides signed a permanent ceasefire agreement.

Bu haberi paylaş: Facebook Twitter WhatsApp
Çerezler: Sitemizde çerez kullanılmaktadır. Detaylı bilgi için tıklayınız.

SON DAKİKA
- Bakan Akar'dan Libya mesajı
- Koronavirüs vaka sayısı açıklandı"""),
dict(group=G, published="2020-12-23", outlet="Cairo Pyramid Gazette",
title="Turkey extends its forces' stay in Libya, defying the Geneva agreement",
text="""CAIRO - The Turkish parliament approved yesterday a memorandum submitted by President Recep Tayyip Erdogan to extend the mission of Turkish forces in Libya for another 18 months, in a step which Libyan and Egyptian political circles said contradicts the military agreement signed by the 5+5 Joint Military Commission in Geneva in October.

The Geneva ceasefire agreement, signed on October 23, stipulates the departure of all mercenaries and foreign fighters from Libyan land, air and sea within three months, and the freezing of the military training agreements with foreign parties until the formation of a unified government.

Member of the Libyan House of Representatives, who spoke to the Gazette, said the Turkish decision "is a blow to the political process and proves that Ankara does not want peace in Libya, but wants to keep its bases in al-Watiya and Misrata".

The memorandum passed with the votes of the Justice and Development Party and its ally the Nationalist Movement Party, while the opposition parties rejected it.

Egypt has repeatedly affirmed its support for a political solution in Libya under the auspices of the United Nations, and the exit of all foreign forces and mercenaries. Cairo considered the memorandums of understanding signed between Ankara and the former Tripoli government last year as "null and void".

The Libyan Political Dialogue Forum, which met in Tunisia last month, agreed to hold general elections on December 24, 2021.

Exit mobile version"""),
]
