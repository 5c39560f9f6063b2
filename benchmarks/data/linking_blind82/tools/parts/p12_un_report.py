G = "un_panel_report_russian_flights_for_wagner_2020_09_02"

ARTICLES = [
dict(group=G, published="2020-09-02", outlet="Meridian Press Agency",
title="Russia sharply increased support for Wagner in Libya, U.N. monitors say",
text="""UNITED NATIONS (MPA) - Russia significantly stepped up logistical support for the Wagner private military company in Libya in the first half of this year, with hundreds of military cargo flights from Syria, according to a confidential report by United Nations sanctions monitors seen by news organisations on Wednesday.

The report by the independent panel of experts, submitted to the Security Council's Libya sanctions committee but not yet published, listed some 338 "suspicious flights from Syria by Russian Federation military aircraft" to Libya between Nov. 1, 2019 and July 31, 2020.

The monitors assessed that "direct Russian Federation military logistic support" to Wagner, and possibly other Russian private military companies, "significantly increased from January 2020 to June 2020," the period in which the offensive on Tripoli by eastern commander Khalifa Haftar stalled and then collapsed.

The experts also found that Turkey, the United Arab Emirates, Jordan, Russia and Qatar had violated the arms embargo imposed on Libya in 2011, and that several states, including Egypt and Syria, had failed to inspect suspicious cargo bound for the country despite reasonable grounds to do so.

The Russian mission to the United Nations did not immediately respond to a request for comment. President Vladimir Putin said in January that if there were Russians in Libya, they did not represent the Russian state and were not paid by it.

In an earlier confidential report, in May, the same monitors estimated that Wagner had between 800 and 1,200 fighters deployed in Libya, including sniper teams, and called the group an "effective force multiplier" for Haftar's Libyan National Army (LNA). U.S. Africa Command has put Wagner's strength at about 2,000 and has accused Moscow of flying fighter jets to the Jufra air base in May and of leaving landmines around Tripoli.

The monitors said the embargo remained "totally ineffective" for states that supply the parties directly, with arms transfers to Libya by Turkey and the UAE described as extensive and blatant. The Turkish, Emirati, Jordanian and Qatari missions also did not immediately comment.

Separately, acting U.N. envoy Stephanie Williams told the Security Council on Wednesday that about 70 resupply flights had landed at airports in eastern Libya in support of Haftar's forces since July 8, and warned that the arms embargo continued to be flouted. She did not name the countries responsible.

The report comes a day after Turkish and Russian officials ended two days of talks in Moscow on a Libya ceasefire, the second such round since July. The internationally recognised Government of National Accord (GNA) in Tripoli declared a ceasefire on Aug. 21, as did the head of the eastern-based parliament, but the LNA has dismissed the move.

Libya has been split since 2014 between rival administrations in the east and the west. Haftar's forces, backed by the United Arab Emirates, Egypt and Russia, launched their offensive on Tripoli in April 2019. Turkey's intervention on the side of the GNA forced them back to a front line near Sirte in June.

(Reporting by MPA United Nations bureau)"""),

dict(group=G, published="2020-09-03", outlet="Libya Free Voice",
title="UN experts: 338 Russian military flights from Syria to support Wagner mercenaries in Libya",
text="""Libya Free Voice | Tripoli

UN experts: 338 Russian military flights from Syria to support Wagner mercenaries in Libya

A new confidential report by the United Nations panel of experts on Libya has documented some 338 suspicious flights by Russian military aircraft from Syria to Libya between November 2019 and the end of July 2020, to support the Wagner mercenaries fighting for war criminal Khalifa Haftar.

The report, submitted to the Security Council sanctions committee and seen by international media on Wednesday, said that direct Russian military logistic support to the Wagner company increased significantly between January and June 2020, the same months in which Haftar's aggression on Tripoli collapsed under the strikes of the Libyan army.

According to the report, the arms embargo imposed on Libya remains totally ineffective. The experts named several countries as violators, and said that a number of states did not inspect suspicious ships and aircraft heading to Libya.

The report confirms what the Government of National Accord has warned of since the first months of the aggression, when Russian mercenaries appeared on the southern Tripoli fronts in September 2019. Another UN report in May estimated their number at 800 to 1,200, while the US Africa Command puts it at around 2,000.

The Wagner mercenaries, who fled the fronts of Tripoli through Bani Walid at the end of May, are now deployed in Sirte, Jufra and in oil fields and ports, including Sharara and Sidra, according to the National Oil Corporation and the army's Sirte-Jufra operations room. Russian fighter jets have been seen flying over Sirte since June.

Interior Minister Fathi Bashagha has called on the European Union to put the Wagner company on its sanctions lists and to hold its backers accountable.

Share this:

    Facebook
    Twitter
    WhatsApp

Turkey stresses demilitarisation of Sirte and Jufra in Moscow talks with Russia
Libya Free Voice | Tripoli

Turkey and Russia held two days of consultations in Moscow on Monday and Tuesday on the situation in Libya and Syria, the Turkish Foreign Ministry said, with the Turkish delegation stressing that Sirte and Jufra are key to any lasting ceasefire.

The Turkish delegation, headed by Deputy Foreign Minister Sedat Onal, said the modalities for the demilitarisation of Sirte and Jufra must be determined, and expressed support for the work of the UN-led 5+5 Joint Military Commission, according to the ministry's statement.

The demilitarisation of Sirte and Jufra was one of the main points in the ceasefire declaration of Presidential Council head Fayez al-Sarraj on August 21, which also called for the resumption of oil production and for elections next March.

The Russian Foreign Ministry welcomed the decision of the Libyan parties to stop military operations. Haftar's spokesman had rejected the Presidential Council's initiative.

Related

Sanalla: Wagner mercenaries still inside Sharara oil field
Volcano of Rage: Russian cargo planes land at al-Khadim and Jufra bases
Bashagha calls on EU to list Wagner as a terrorist group"""),
]
