G = "wagner_fighters_reported_on_tripoli_front_2019_09_25"

ARTICLES = [
dict(group=G, published="2019-09-25", outlet="Meridian Press Agency",
title="Russian private fighters join Haftar's push on Tripoli, sources say",
text="""TRIPOLI (MPA) - More than 100 contractors from the Wagner group, a Russian private military company with close ties to the Kremlin, have arrived at the front lines south of the Libyan capital to support eastern commander Khalifa Haftar, according to people familiar with the deployment.

Bloomberg News reported on Wednesday, citing Libyan and Western officials, that the fighters reached a forward base in the first week of September. A Russian mercenary commander quoted by the agency confirmed that Wagner men were fighting in Libya and said some had been killed in action there.

If confirmed, the deployment would be the most direct Russian role yet in the battle for Tripoli, which has been stuck in the city's southern suburbs for almost six months.

Kremlin spokesman Dmitry Peskov said Moscow had no information about any Russian mercenaries in Libya. An official of Haftar's self-styled Libyan National Army (LNA) said there were no Russian or other foreign fighters in its ranks.

Officials of the internationally recognised Government of National Accord (GNA) in Tripoli have for weeks said that Haftar's side was receiving foreign help. Earlier this month, social media accounts close to the Tripoli forces claimed that several Russians had died in an air strike outside the capital. MPA could not verify that claim.

The arrival of the contractors coincided with a rise in air strikes on government positions and on Mitiga, the capital's only working airport, which has been closed repeatedly since the summer.

Wagner is linked to Yevgeny Prigozhin, a St Petersburg businessman nicknamed "Putin's chef" for his catering contracts with the Kremlin. Contractors tied to the group have been reported in Syria, eastern Ukraine, Sudan and the Central African Republic. Prigozhin has denied any link to the company, and Russia does not officially acknowledge the use of private military firms abroad.

A person close to the government in Moscow told Bloomberg that Russia expected Haftar to gain the upper hand after his failure to take the capital in April, and that it was distancing itself from the Tripoli administration.

Haftar, 75, met Russian Defence Minister Sergei Shoigu in Moscow last November and has long courted Russian support, while Moscow officially says it keeps contacts with all Libyan parties.

Libya has been split since 2014 between rival administrations in the east and the west. Haftar's forces, backed by the United Arab Emirates and Egypt, launched their offensive on Tripoli on April 4. The fighting has killed more than 1,000 people and driven tens of thousands from their homes, according to the United Nations.

Government forces retook Gharyan, the LNA's main supply base south of the capital, in late June. In August the two sides briefly observed a UN-proposed truce for the Eid al-Adha holiday, but fighting resumed within days. The GNA is backed by Turkey, which has supplied armed drones and armoured vehicles, and by Qatar.

Germany is preparing to host an international meeting on Libya aimed at halting foreign interference, but diplomats say no date has been set.

(Reporting by MPA Tripoli and Moscow bureaus; editing by the MPA Middle East desk)"""),

dict(group=G, published="2019-09-26", outlet="Libya Free Voice",
title="Russian Wagner mercenaries fighting with Haftar's militias on southern Tripoli fronts",
text="""Libya Free Voice | Tripoli

Russian Wagner mercenaries fighting with Haftar's militias on southern Tripoli fronts

Fighters of the Russian Wagner company are now taking part in the aggression on the capital on the side of the militias of war criminal Khalifa Haftar, reports confirmed on Wednesday, months after Government of National Accord (GNA) officials first warned of foreign mercenaries on the southern fronts.

The American agency Bloomberg said more than 100 mercenaries of the Wagner group, which is owned by a businessman close to Russian President Vladimir Putin, reached a base used by Haftar's forces at the start of September to support the failed attack on Tripoli. The agency quoted a commander of the group admitting that some of its men had been killed in Libya.

Fighters of the Volcano of Rage operation have said for weeks that the nature of the fighting in Salah al-Din, Ain Zara and the airport road axes changed at the beginning of September, with more accurate sniper fire and better-guided artillery against their positions. Earlier this month, activists reported that Russians were among the dead in a strike on Haftar positions south of the capital, though this was not officially confirmed.

The Kremlin said on Wednesday it had "no information" about the mercenaries, while Haftar's spokesman denied that foreigners fight in the ranks of his forces. The denial came despite repeated reports of Sudanese and Chadian fighters with Haftar's militias, which have appeared in earlier reports by United Nations experts.

Since the loss of Gharyan, Haftar's forces have relied on Tarhuna, some 90 kilometres southeast of the capital, as their main base in the west, and on the Jufra air base in central Libya, through which, according to GNA statements, cargo planes bring weapons and fighters to the fronts.

Observers in Tripoli said the Russian deployment shows that the backers of the aggression have decided to throw more weight behind Haftar after his forces were expelled from Gharyan in June, and after six months of failure at the gates of the capital.

The GNA has repeatedly called on the UN Security Council to name the countries supporting Haftar and to enforce the arms embargo, which has been openly violated since the first days of the aggression.

Since May, the Tripoli authorities have also been holding two Russian citizens working for a Moscow-based foundation, whom they accuse of trying to influence the political process in Libya. Moscow says the two were conducting sociological research and has demanded their release.

Haftar launched his attack on Tripoli on April 4, as the UN Secretary-General was visiting the city to prepare for a national conference that was then cancelled. Since then, more than 1,000 people have been killed, including dozens of civilians in air strikes on the Tajoura migrant centre and on residential districts.

Share this:

    Facebook
    Twitter
    WhatsApp

Related

Tripoli: Mitiga airport closed again after Haftar drone attack
GNA forces repel attack on Ain Zara axis
Interior Ministry: foreign mercenaries a threat to Libyan national security"""),

dict(group=G, published="2019-09-26", outlet="Vostok Dispatch",
title="Kremlin has no information on Russian mercenaries in Libya - Peskov",
text="""MOSCOW, September 26 (Vostok Dispatch) - The Kremlin has no information about any Russian citizens fighting in Libya, presidential press secretary Dmitry Peskov said, commenting on a report by the US agency Bloomberg.

The agency claimed on Wednesday, citing anonymous sources, that more than a hundred employees of a Russian private military company had arrived in Libya in September to support the Libyan National Army (LNA) of Field Marshal Khalifa Haftar in its operation near Tripoli.

"We have no such information," Peskov said when asked about the publication.

A representative of the LNA also denied the presence of Russian or other foreign fighters in its ranks.

Moscow has repeatedly said it maintains contacts with all parties to the Libyan conflict, including the Government of National Accord of Fayez al-Sarraj in Tripoli and the command of the LNA in the east, and supports a political settlement under the auspices of the United Nations. Haftar visited Moscow in November 2018 for talks with Defense Minister Sergei Shoigu.

Western media have published several similar reports in recent months, none of which has been confirmed by official sources.

Read also:
Lavrov: there is no military solution to the Libyan crisis
Russian Foreign Ministry urges the release of two Russian sociologists detained in Tripoli"""),
]
