G = "turkish_parliament_extends_libya_mandate_again_2022_06_21"
ARTICLES = [
dict(group=G, published="2022-06-21", outlet="Meridian Wire Service",
title="Turkey again extends Libya troop mandate by 18 months",
text="""ANKARA (MWS) - Turkey's parliament on Tuesday extended for a further 18 months a mandate that allows the deployment of Turkish troops to Libya, where they have been training forces aligned with the Tripoli government since 2020.

The mandate was renewed with the votes of President Tayyip Erdogan's ruling AK Party and its nationalist ally MHP, as well as the opposition IYI Party. The main opposition CHP and the pro-Kurdish HDP voted against.

Erdogan requested the extension citing continuing political uncertainty in Libya and risks to Turkey's interests in the Mediterranean and North Africa. The presidency's motion said Turkish troops were still providing military training and consultancy.

The mandate first came into force in January 2020 following a security and military agreement between Turkey and the then Government of National Accord, and was extended by 18 months in December 2020. The new extension runs from early July.

Libya has two rival governments after the eastern-based parliament appointed Fathi Bashagha as prime minister in February. Abdul Hamid Dbeibah, who heads the Tripoli-based Government of National Unity, has refused to hand over power, saying he will do so only to an elected government. Elections planned for December last year were postponed.

Libya has been in turmoil since a NATO-backed uprising toppled Muammar Gaddafi in 2011. Since 2014 it has been divided between rival administrations in the east and west, each backed by armed factions and foreign governments. Turkey and Qatar have supported the Tripoli authorities, while the United Arab Emirates, Egypt and Russia have backed Khalifa Haftar's forces in the east.

(Reporting by MWS Ankara bureau; editing by Clara Donnelly)"""),
dict(group=G, published="2022-06-22", outlet="Gündem Haber 24",
title="Libya tezkeresi uzatıldı: Mehmetçik 18 month more in Libya",
text="""The presidential tezkere which extends the duty time of the Turkish Armed Forces in Libya for 18 months, accepted in TBMM Genel Kurulu on Tuesday. According to the tezkere, new period starts from 2 July 2022.

In the tezkere, signed by President Recep Tayyip Erdoğan, it was stated that the elections in Libya which planned for 24 December could not be made and this situation threatens the stability. "If the attacks against the legitimate government start again, Turkey's interests in Mediterranean basin and North Africa will be negatively affected," said.

In the voting, AK Parti, MHP and İYİ Parti gave yes vote. CHP and HDP said no.

It was reminded in the tezkere that the Turkish soldiers are continuing the training and consultancy activities for the Libya army within the military cooperation memorandum.

Also on Tuesday, Libya Presidency Council deputy head Abdullah al-Lafi met in Ankara Vice President Fuat Oktay and in İstanbul Foreign Minister Mevlüt Çavuşoğlu.

HISTORY OF THE TEZKERE
- 2 January 2020: first tezkere accepted, 1 year
- 22 December 2020: extended 18 months
- 21 June 2022: extended 18 months again

Yorum yap | Paylaş: Facebook Twitter

Bu web sitesi çerezleri kullanmaktadır. Tamam

Daha fazla haber
- Çavuşoğlu Libya heyetini kabul etti
- Akdeniz'de son durum"""),
dict(group=G, published="2022-06-23", outlet="Gulf Horizon Daily",
title="Libyan lawmakers reject Turkish troop extension as 'violation of sovereignty'",
text="""Benghazi: Members of Libya's House of Representatives on Wednesday criticised the Turkish parliament's decision to extend the stay of Turkish troops in Libya for 18 months, describing it as a violation of Libyan sovereignty and of the Geneva ceasefire agreement.

Several lawmakers said in statements that the decision, taken on Tuesday, shows that Ankara intends to keep its military bases in western Libya, referring to Al Watiya air base and the naval facility in Misrata, regardless of the political process.

The House of Representatives had approved the government of Fathi Bashagha in March, and considers the Dbeibah government's mandate to have expired. Lawmakers noted that the Turkish parliament had authorised the presence of forces on the basis of a memorandum signed in 2019 with a government that no longer exists.

The Libyan National Army General Command, led by Field Marshal Khalifa Haftar, has repeatedly stated that the departure of Turkish forces and all mercenaries is a precondition for unifying the military institution. The 5+5 Joint Military Commission agreed in October 2020 that all foreign forces should leave within three months, a deadline that passed without any significant withdrawal.

Turkey says its troops are in Libya under a legitimate agreement and cannot be compared to mercenaries. The motion was passed with the votes of the ruling party and its allies.

Related
- Bashagha government holds first session in Sirte
- Oil shutdowns hit Libyan production"""),
]
