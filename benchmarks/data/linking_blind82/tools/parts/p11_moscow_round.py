G = "turkey_russia_libya_consultations_moscow_2020_09_01"

ARTICLES = [
dict(group=G, published="2020-09-01", outlet="NewsRelease Africa",
title="Turkish Foreign Ministry: Consultations with the Russian Federation on Libya and Syria held in Moscow",
text="""NewsRelease Africa - Government & Institutions

FOR IMMEDIATE DISTRIBUTION

Turkish Foreign Ministry: Consultations with the Russian Federation on Libya and Syria held in Moscow

ANKARA, September 1, 2020 - The Ministry of Foreign Affairs of the Republic of Turkey has issued the following information on political consultations with the Russian Federation.

Deputy Foreign Minister Ambassador Sedat Önal, accompanied by an interagency delegation, held consultations with Russian counterparts in Moscow on 31 August - 1 September 2020 to discuss regional developments, in particular Libya and Syria.

Libya

- The Turkish delegation emphasized the importance of Sirte and Jufra for a sustainable and lasting ceasefire in Libya.
- It was stressed that the modalities for the demilitarization of these areas need to be determined. In this context, support was expressed for the work of the UN-led intra-Libyan 5+5 Joint Military Commission.
- The two sides confirmed the importance of launching an inclusive political dialogue among Libyans under UN auspices and of implementing the conclusions of the Berlin Conference in order to reach a political solution.
- Talks between Turkey and the Russian Federation will continue in order to contribute to a political solution in Libya.

Syria

- The sides discussed the situation on the ground in Idlib and issues related to joint patrols, and agreed to continue joint efforts in line with the Additional Protocol of 5 March 2020 to the Memorandum on Stabilization of the Situation in the Idlib De-Escalation Area.
- The conclusions of the third round of the Constitutional Committee held in Geneva were evaluated, and the importance of maintaining momentum in the political process and furthering the work of the Astana format was underlined.
- The Turkish side conveyed its reaction to the invitation to the Russian Federation of a delegation of the so-called "Syrian Democratic Council", which Ankara regards as dominated by the PKK/YPG, and to the high-level reception given to it, stressing that such steps do not serve the political unity and territorial integrity of Syria.

Background

This was the second round of interagency consultations on Libya between the two countries this summer. The previous round was held in Ankara on 21-22 July 2020, when the delegations agreed to consider creating a joint working group on Libya and to hold the next round in Moscow.

On 21 August, the head of the Government of National Accord Presidency Council, Fayez al-Sarraj, and the Speaker of the House of Representatives, Aguila Saleh, issued separate statements calling for a ceasefire and the cessation of all combat operations in Libya.

Media contact: Press Office, Ministry of Foreign Affairs

###

Distributed by NewsRelease Africa on behalf of the issuer. NewsRelease Africa is not responsible for the content of this release."""),

dict(group=G, published="2020-09-02", outlet="Gundem Manset",
title="Türkiye ile Rusya Moskova'da Libya'yı görüştü: Sirte ve Cufra vurgusu",
text="""Gündem Manşet - Dünya

Türkiye ile Rusya Moskova'da Libya'yı görüştü: Sirte ve Cufra vurgusu

02 Eylül 2020 - 10:18

Türkiye and Russia between the Libya and Syria on consultations, 31 Ağustos - 1 Eylül tarihlerinde Moskova'da held. Dışişleri Bakan Yardımcısı Büyükelçi Sedat Önal başkanlığındaki the interagency delegation, Rus counterparts with came together.

Dışişleri Bakanlığı's made statement in, the Turkish delegation the Libya'da sustainable and lasting ceasefire for Sirte and Cufra'nın importance emphasized. Statement in, these regions' demilitarization (silahsızlandırılması) for the modalities must be determined that it was stressed and in this framework the BM-led Libyans between 5+5 Ortak Askeri Komite's work to support was expressed was noted.

Meetings in, BM auspices under inclusive political dialogue process starting and Berlin Konferansı conclusions implementing importance also confirmed. Statement in, "Türkiye and Russia between talks, Libya'da political solution finding to contribution for will continue" was said.

Turkish media according to, the Russian delegation Dışişleri Bakan Yardımcısı Sergey Verşinin leading. Some Russian sources however, Orta Doğu Özel Temsilcisi Mihail Bogdanov's also the meetings in participated wrote. Turkish delegation in, Milli Savunma Bakanlığı and Milli İstihbarat Teşkilatı (MİT) representatives also took place.

Russian Foreign Ministry also, Libya'daki conflicting parties' mutual military actions stopping decision from satisfaction expressed and the political solution for works continue will announced.

The meetings' Syria part in, İdlib'deki situation and joint patrols was discussed. Türkiye, terör örgütü PKK/YPG's dominant the so-called "Suriye Demokratik Meclisi" delegation's Russia'ya invitation and high level hosted to reaction showed.

It is reminded that, Türkiye and Russia the previous round 21-22 Temmuz'da Ankara'da performed, there joint working group establishing to evaluate had agreed. UMH Başkanlık Konseyi Başkanı Fayiz es-Serrac and Tobruk'taki Temsilciler Meclisi Başkanı Akile Salih, 21 Ağustos'ta separate statements with ceasefire call made. Hafter's sözcüsü however the call "marketing" as described and rejected."""),

dict(group=G, published="2020-09-02", outlet="Arab Horizon News",
title="Turkish-Russian consultations in Moscow on Libya .. Ankara stresses demilitarization of Sirte and Al-Jufra",
text="""[ad_1]

Turkey and Russia concluded, yesterday Tuesday, two days of consultations in the Russian capital Moscow on the developments in Libya and Syria, during which the Turkish side stressed the importance of the cities of Sirte and Al-Jufra for reaching a permanent and sustainable ceasefire in Libya.

The Turkish Foreign Ministry said in a statement that the Turkish delegation headed by Deputy Foreign Minister Sedat Onal, which included representatives of the Ministry of Defense and the intelligence, held consultations with its Russian counterparts on the thirty-first of August and the first of September, and that it was emphasized the need to determine the modalities of demilitarizing these areas, with support for the work of the Libyan Joint Military Committee (5+5) under the auspices of the United Nations.

The statement added that the two sides confirmed the importance of launching a comprehensive political dialogue between the Libyans under the auspices of the United Nations and the implementation of the outcomes of the Berlin Conference, and that the talks between the two countries will continue.

For its part, the Russian Foreign Ministry expressed its satisfaction with the decision of the Libyan parties to stop the military operations, in reference to the declarations of the President of the Presidential Council of the Government of National Accord (Al-Wefaq), Fayez al-Sarraj, and the Speaker of the House of Representatives, Aguila Saleh, on the twenty-first of last August.

The Russian delegation was headed by Deputy Foreign Minister Sergei Vershinin, according to Turkish media, while other reports mentioned the participation of the Special Envoy of the Russian President for the Middle East, Mikhail Bogdanov.

And the Turkish Foreign Ministry expressed in a separate statement its regret for the invitation of a delegation of the so-called "Syrian Democratic Council" to Moscow and the high-level reception given to it, considering it a group under the influence of the YPG.

The Russian Foreign Minister, Sergei Lavrov, had received on Monday in Moscow a delegation of the Syrian Democratic Council headed by Ilham Ahmed, which provoked the Turkish anger. The acting UN envoy to Libya, Stephanie Williams, had welcomed the two ceasefire announcements of last August and called for their quick implementation.

It is worth mentioning that this is the second round of consultations between the two countries on Libya after the round held in Ankara on the twenty-first and twenty-second of July, which ended with an agreement to consider the formation of a joint working group.

It is also worth mentioning that the spokesman of the Libyan National Army led by Marshal Khalifa Hifter, Major General Ahmed al-Mismari, had described the ceasefire announcement of al-Sarraj as "marketing", while Egypt, the United Arab Emirates and the United Nations welcomed the two announcements.

Read also: Al-Sarraj and Aguila Saleh announce ceasefire and call for elections
Read also: Lavrov receives a delegation of the Syrian Democratic Council in Moscow

[ad_2]"""),
]
