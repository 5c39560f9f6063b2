G12 = "libya_rivals_sign_permanent_ceasefire_in_geneva_2020_10_23"
G13 = "turkish_parliament_extends_libya_troop_mandate_2020_12_22"

ARTICLES = [
dict(group=G12, published="2020-10-23", outlet="Levant Wire Service",
title="Libya's warring sides sign permanent ceasefire in Geneva; Erdogan doubts it will last",
text="""GENEVA (LWS) - Libya's two main warring factions signed a permanent, nationwide ceasefire at United Nations talks in Geneva on Friday, agreeing that all foreign fighters and mercenaries should leave the country within three months, though Turkey's president questioned whether the deal would hold.

The agreement was signed by the five-member military delegations of the Tripoli-based Government of National Accord (GNA) and of Khalifa Haftar's eastern-based Libyan National Army (LNA), which have been meeting at the U.N.'s Palais des Nations under the "5+5" Joint Military Commission format agreed at the Berlin conference in January.

"The two Libyan delegations signed a complete, countrywide and permanent ceasefire agreement with immediate effect," acting U.N. envoy Stephanie Williams told reporters, calling it a turning point toward peace.

Under the deal, military units and armed groups are to pull back from front lines to their bases, and mercenaries and foreign fighters are to leave Libyan land, air and sea within three months. The parties also agreed to freeze military training agreements with foreign countries and to have the training teams leave until a new unified government takes office, according to the text read out in Geneva. A joint police force would secure areas vacated by the two sides.

The clause on training agreements appears to cover the security pact under which Turkey has deployed military advisers, drone operators and air defence units to support the GNA since January. Russian private contractors, along with fighters from Syria and Sudan, have been deployed with the LNA.

Speaking to reporters in Istanbul after Friday prayers, Turkish President Tayyip Erdogan said the agreement had not been reached at the highest level and that time would show how long it would last. "It seems to me that it lacks credibility," he said, adding that he hoped it would be respected.

Ahmed Abu Shahma, head of the GNA delegation, said the deal aimed to end the bloodshed and to preserve Libya's unity. The agreement was welcomed by the European Union, the United States and several Arab states, including Egypt.

The ceasefire formalises a lull in fighting since June, when Turkish-backed GNA forces drove the LNA back from Tripoli to the central coastal city of Sirte. The rival authorities announced separate calls for a truce in August, and this week the first commercial flight in more than a year flew between Tripoli and Benghazi.

Political talks on Libya's future are due to begin in Tunisia next month.

Libya has been in turmoil since a NATO-backed uprising toppled Muammar Gaddafi in 2011. Since 2014 the country has been split between rival administrations in Tripoli and the east, each backed by its own patchwork of armed groups and foreign allies. Turkey and Qatar support the Tripoli government, while the United Arab Emirates, Egypt and Russia back Haftar.

(Reporting by Claire Jomard in Geneva, Omar Belkheir in Tunis and Can Ozturk in Istanbul; Editing by Jon Peretti)"""),

dict(group=G12, published="2020-10-24", outlet="Haber Ekspres English",
title="In Libya permanent ateskes signed at Geneva; Erdogan: 'It not seems much reliable'",
text="""24 Ekim 2020 Cumartesi 10:02 | Dunya

In Libya the sides which are in conflict, signed a permanent ateskes (ceasefire) agreement in Isvicre's Cenevre (Geneva) city at talks made under BM (UN) auspices.

BM Libya Special Representative acting Stephanie Williams, announced that the delegations of legitimate government (UMH) and darbeci Hafter forces signed "a permanent ceasefire in whole Libya which is valid immediately", in the 5+5 Joint Military Committee meetings.

According to the agreement, all yabanci savasci (foreign fighters) and paralı askerler (mercenaries) will leave the Libya in three months. Also the military training agreements will be frozen until the unified government is formed, it was said.

Cumhurbaskani Recep Tayyip Erdogan, after the Friday prayer in Istanbul, answered questions of journalists. Erdogan said: "The ceasefire agreement is not done at highest level, it is done at lower level. Time will show how much it will continue. It not seems much reliable to me." Erdogan also said he hope the decision will be obeyed, and remembered the Armenia which did not keep its promise for humanitarian ceasefire in Karabag.

Turkey, with memorandum signed in 27 November 2019, is giving training and consultancy to Libya army. TBMM had given the tezkere for sending asker to Libya in 2 January 2020, this mandate ends at January 2021.

With support of Turkey, the legitimate government had finished the 14 months attack of Hafter on Trablus in June.

Ilgili Haberler
- MSB: Libya'da egitim ve danismanlik faaliyetleri suruyor
- Azerbaycan ordusu yeni koyleri isgalden kurtardi

Etiketler: Libya, Cenevre, ateskes, Erdogan

Bu sitede cerezler (cookie) kullanilmaktadir. Devam ederek kabul etmis sayilirsiniz. Tamam"""),

dict(group=G13, published="2020-12-22", outlet="Anatolia Daily Herald",
title="Turkish parliament extends Libya troop mandate by 18 months",
text="""ANKARA

The Turkish parliament on Tuesday approved a presidential motion extending the deployment of Turkish troops in Libya for another 18 months.

The mandate, which was submitted to parliament earlier this month and signed by President Recep Tayyip Erdogan, will run from Jan. 2, 2021, when the current one-year authorization expires.

The motion said threats emanating from Libya to Turkey and the wider region continued, and that if attacks on the legitimate government resumed, Turkey's interests in the Mediterranean basin and North Africa would be adversely affected.

It stressed that Turkey supports the ceasefire in Libya and the UN-led political process, and said the Turkish Armed Forces would continue to provide training and consultancy to the Libyan army under the security and military cooperation memorandum signed between the two countries.

The motion was adopted with the votes of the ruling Justice and Development (AK) Party and its ally, the Nationalist Movement Party (MHP).

Turkey first approved the deployment of troops in Libya on Jan. 2, 2020, following a request for support from Libya's internationally recognized Government of National Accord (GNA). Turkish support helped the GNA repel a 14-month offensive on the capital Tripoli by forces loyal to putschist Khalifa Haftar and regain control of the west of the country.

Reporting by Zeynep Kaya"""),

dict(group=G13, published="2020-12-23", outlet="Gulf Horizon 24",
title="Ankara extends its military stay in Libya for 18 more months, defying Geneva deal",
text="""Gulf Horizon 24 | Wednesday 23 December 2020 | 09:40 AM

Home / Arab Affairs / Ankara extends its military stay in Libya for 18 more months, defying Geneva deal

The Turkish parliament on Tuesday voted to extend the mandate for Turkish troops in Libya for another 18 months, a decision that Libyan and Arab observers said directly contradicts the Geneva ceasefire agreement, which calls for all foreign forces and mercenaries to leave the country by late January.

The extension, requested by President Recep Tayyip Erdogan, passed with the votes of his Justice and Development Party and its nationalist allies. Opposition parties voted against.

The motion argues that Turkey's interests in the Mediterranean and North Africa would be harmed if attacks resumed in Libya, and says Turkish forces will continue to provide "training and consultancy" to forces in western Libya.

The permanent ceasefire signed in Geneva on October 23 by the military delegations of both sides provides for the departure of all foreign fighters within three months and for the freezing of foreign military training agreements until a unified government is formed. Tripoli's defence officials have since insisted that the memorandum with Turkey is not affected.

The acting UN envoy, Stephanie Williams, said earlier this month that there were some 20,000 foreign forces and mercenaries in Libya and that ten military bases were fully or partially occupied by foreign forces, describing the situation as a violation of Libyan sovereignty.

[Photo caption: Turkish lawmakers during a session of the Grand National Assembly in Ankara. File]

Analysts in the region said the Turkish decision was a message to the participants in the UN-sponsored political dialogue, which agreed in Tunis last month to hold national elections on December 24, 2021, that Ankara intends to keep its bases and its influence in western Libya regardless of the outcome of the political track.

Turkish Defence Minister Hulusi Akar has visited Tripoli twice this year, in July and again in August together with his Qatari counterpart, when Doha announced that it too would send military advisers to train forces loyal to the Government of Accord. Two days after the Geneva agreement, the defence minister in Tripoli, Salah al-Namroush, said Libyan personnel would keep training in Turkey.

The Libyan National Army (LNA), commanded by Field Marshal Khalifa Haftar, has repeatedly described the Turkish military presence as an occupation, and has accused Ankara of continuing to fly weapons and Syrian fighters into Watiya and Misrata after the ceasefire.

Turkey's parliament first authorised the deployment on January 2 this year, weeks after Erdogan and Fayez al-Sarraj signed the security and maritime memoranda in Istanbul.

Also Read:
- Williams: 20,000 foreign fighters and mercenaries in Libya
- Military commission meets in Sirte to follow up ceasefire

Most Read
1 UAE rolls out COVID-19 vaccine to residents
2 Saudi Arabia suspends international flights for a week

We use cookies to give you the best experience. Read our Privacy Policy. Accept"""),
]
