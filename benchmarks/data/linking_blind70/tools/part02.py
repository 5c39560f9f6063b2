G = "turkey_libya_sign_maritime_security_mous_2019_11_27"

ARTICLES = [
dict(group=G, published="2019-11-28", outlet="Anatolia Daily Herald",
title="Turkey, Libya sign memoranda on security and maritime jurisdiction",
text="""ISTANBUL

Turkey and Libya's internationally recognized government have signed two memoranda of understanding covering military cooperation and the delimitation of maritime jurisdiction areas, the Turkish Presidential Communications Directorate announced late Wednesday.

The "Security and Military Cooperation" memorandum and the memorandum on the "Restriction of Marine Jurisdictions" were signed after President Recep Tayyip Erdogan held a closed-door meeting with Fayez al-Sarraj, chairman of Libya's Presidential Council, at Istanbul's Dolmabahce Palace. The meeting lasted about two hours and 15 minutes, according to the directorate.

In a statement, Communications Director Fahrettin Altun said the security memorandum was intended to strengthen the military relationship between the two countries and to help build the legal framework for cooperation. He said Turkey would also continue to support a political process aimed at a democratic, stable and prosperous Libya.

The maritime memorandum, Altun said, aims to protect the rights of both countries under international law in the Eastern Mediterranean.

The full texts of the memoranda were not immediately made public. Diplomatic sources said both documents would be submitted to the Turkish Grand National Assembly for approval before they enter into force.

The deal comes at a time of rising tension in the Eastern Mediterranean, where the Greek Cypriot administration has pressed ahead with unilateral hydrocarbon exploration despite objections from Ankara and the Turkish Republic of Northern Cyprus. Turkey, which has the longest continental coastline in the region, has consistently said it will not allow any attempt to confine it to its shores or to ignore the rights of Turkish Cypriots.

Turkish officials have argued that islands lying close to another state's mainland cannot be given full maritime zones that cut off that state's continental shelf, a position Ankara says is backed by international case law.

Turkey has dispatched its drilling ships Fatih and Yavuz to waters off Cyprus this year, prompting the European Union to agree earlier this month on a framework for possible sanctions, a move Ankara said it did not recognize. Turkish officials say the region's resources must be shared fairly and that no project can be carried out in the Eastern Mediterranean that excludes Turkey.

Erdogan and al-Sarraj also discussed the latest situation in Libya, where the legitimate government has been resisting an offensive launched in April by militias loyal to warlord Khalifa Haftar, according to the directorate.

Turkey has repeatedly said it supports Libya's territorial integrity and the UN-led political process, and has criticized countries that provide weapons to Haftar's forces.

The Government of National Accord was established in 2015 under the UN-brokered Libyan Political Agreement signed in Skhirat, Morocco.

Reporting by Ayse Demirel"""),

dict(group=G, published="2019-11-29", outlet="The Westminster Chronicle",
title="Erdogan's pact with Tripoli redraws the Mediterranean map and alarms Athens",
text="""Turkey has signed a maritime boundary deal with Libya's beleaguered government in Tripoli that its neighbours say tramples on their rights, deepening a scramble for gas in the eastern Mediterranean and drawing Ankara further into Libya's war.

The two memoranda of understanding, one on "security and military cooperation" and the other on the "restriction of marine jurisdictions", were signed on Wednesday evening after President Recep Tayyip Erdogan received Fayez al-Sarraj, the head of Libya's UN-recognised Government of National Accord (GNA), at the Dolmabahce palace in Istanbul. Neither text has been published, and officials in both capitals have been sparing with details.

What little has been said has been enough to set off alarms. Greece says a line drawn between the Turkish and Libyan coasts would simply ignore the presence of Crete, one of the largest islands in the Mediterranean, and would have no standing in international law. Egypt, which has its own maritime agreement with Cyprus, said on Thursday that the memoranda had no legal effect. Cyprus, whose offshore gas blocks have been the scene of a stand-off with Turkish drilling ships since the spring, is expected to join the protests.

Turkish officials counter that they are doing nothing more than defending their continental shelf against what they regard as an attempt by Athens and Nicosia to confine Turkey to a narrow strip of sea off its southern coast. Ankara has long argued that islands should not generate full maritime zones when they sit off another country's mainland.

The timing is not accidental. Earlier this month the European Union agreed a legal framework that will allow it to impose sanctions over Turkey's drilling off Cyprus, and in January Egypt, Greece, Cyprus, Israel and others launched a regional gas forum in Cairo from which Turkey was left out. A deal with Tripoli gives Ankara a partner on the far side of the sea and, in its view, a legal claim that cuts across the pipeline routes and exploration blocks its rivals have been mapping.

For Mr Sarraj, the calculation is more immediate. Since April 4, his government has been fighting off an offensive on the capital by Khalifa Haftar, the 76-year-old commander of the self-styled Libyan National Army, who controls the east and much of the south. The assault stalled on the city's southern outskirts within weeks, but it has ground on for almost eight months, killing more than a thousand people and driving well over 100,000 from their homes, according to UN agencies.

Haftar has been backed by the United Arab Emirates and Egypt, and in recent weeks reports have multiplied of Russian private military contractors fighting alongside his forces south of Tripoli, bringing snipers and precision weapons that GNA commanders say have changed the character of the front. UAE-supplied drones have given the eastern forces an edge in the air.

Turkey has been Tripoli's most important outside backer. In May a cargo ship unloaded dozens of Turkish-made armoured vehicles in the capital, and Turkish drones have been flying from Mitiga airport and from Misrata, according to UN monitors and Libyan officials, despite an arms embargo that has been in place since 2011. The security memorandum, Turkish officials say, provides a formal basis for training, equipment and intelligence sharing, and could open the door to a larger presence if Tripoli requests it.

European diplomats who follow Libya closely tend to read the two documents as a package: military help for Tripoli in exchange for a maritime claim for Ankara. Mr Erdogan has said in recent weeks that Turkey will not abandon the Tripoli government and that it is the only legitimate authority in Libya.

The agreement also lands awkwardly for the United Nations, which is trying to organise an international conference on Libya in Berlin, hosted by Germany, in the hope of getting foreign powers to stop arming the two sides. Diplomats say the Istanbul deal, coming on top of the Russian involvement on Haftar's side, makes that harder.

Inside Libya the reaction split along the familiar lines. Politicians allied to Haftar in the east, including members of the House of Representatives, denounced the memoranda as a sell-out of Libyan sovereignty; in Tripoli, officials presented them as a sovereign decision of the legitimate government.

Both documents still need to pass through the Turkish parliament, where Mr Erdogan's party and its nationalist allies hold a majority. In Athens, officials said they were studying the legal options and would raise the matter with the EU and Nato allies.

Libya has had no single government since the 2011 uprising that toppled and killed Muammar Gaddafi. The GNA was created under a UN-brokered agreement signed in the Moroccan resort of Skhirat in December 2015, but it was never endorsed by the parliament in the east, which later aligned itself with Haftar.

By Helen Marsh, Diplomatic Correspondent"""),

dict(group=G, published="2019-11-28", outlet="Al-Wasla News",
title="Al-Sarraj and Erdogan sign two memorandums in Istanbul on security and maritime areas",
text="""28/11/2019 | 11:42

Al-Wasla - Istanbul

The head of the Presidential Council of the Government of Accord (al-Wefaq), Fayez al-Sarraj, signed yesterday evening, Wednesday, with the Turkish President Recep Tayyip Erdogan two memorandums of understanding, the first on security and military cooperation and the second on the delimitation of the maritime areas of jurisdiction between the two countries.

And the Turkish Presidency Communications Department announced in a statement that the signing came after a closed session that gathered the two sides in the Dolmabahce Palace in Istanbul, and lasted for more than two hours.

And the statement stated that the memorandum of security cooperation aims to strengthen the military relations between the two countries, while the maritime memorandum aims to protect the rights of the two countries in accordance with international law, according to what was stated.

For its part, the media office of the Presidential Council did not publish the details of the two memorandums until the time of writing this news, and was content to say that al-Sarraj discussed with Erdogan "the developments of the situation in Libya and the aggression on the capital Tripoli".

It is worth mentioning that the Turkish President had received al-Sarraj several times during the past months, and Ankara announces openly its support for the Government of Accord in its war against the forces of the General Command led by Marshal Khalifa Haftar, which launched on the fourth of April last an attack to control the capital.

And it is noteworthy that Haftar announced the attack on Tripoli while the Secretary-General of the United Nations Antonio Guterres was visiting the capital, and the attack led to the postponement of the national conference which the UN mission was preparing to hold in Ghadames in the middle of April.

And the forces of the General Command accuse Turkey of supporting the forces of the Government of Accord with drones and armoured vehicles, while the Government of Accord accuses the Emirates and Egypt of supporting Haftar, and also accuses Russian mercenaries of fighting within his ranks in the axes south of the capital.

Observers consider that the maritime memorandum will raise the anger of Greece and Cyprus and Egypt, which are in dispute with Turkey over gas exploration in the east of the Mediterranean, and Athens considers that any agreement of this kind ignores the island of Crete.

And this comes at a time when the southern suburbs of Tripoli are witnessing violent clashes between the two sides, amid continuing air strikes by drones.

Read also:
- Clashes renewed on the axes of Ain Zara and Salah al-Din south of Tripoli
- The Central Bank in Tripoli announces new measures on foreign currency

Tags: Turkey, al-Sarraj, Erdogan, memorandum of understanding

Share on Facebook | Share on Twitter

Comments are closed."""),

dict(group=G, published="2019-11-29", outlet="Gulf Horizon 24",
title="Sarraj signs over Libya's sea to Erdogan in Istanbul; Cairo says deals have 'no legal effect'",
text="""Gulf Horizon 24 - Abu Dhabi

Fayez al-Sarraj, head of the Tripoli-based Presidential Council, handed Turkey two agreements on military cooperation and maritime boundaries at a late-night meeting with President Recep Tayyip Erdogan in Istanbul on Wednesday, in a move that Egypt and Greece immediately rejected.

The memoranda, announced by the Turkish presidency after a closed meeting at Dolmabahce Palace, give Ankara a formal framework to expand its military role alongside the militias controlling Tripoli and, according to Turkish officials, a maritime line stretching across the eastern Mediterranean toward the Libyan coast.

Egypt's foreign ministry said on Thursday that the two memoranda had no legal effect and could not be recognised, noting that under the 2015 Skhirat agreement the head of the Presidential Council has no authority to conclude international agreements on his own. Cairo said it had discussed the matter with Athens.

Greece says that any Turkish-Libyan line would erase the maritime zone of the island of Crete in breach of the law of the sea. Greek officials said they would take up the issue with the European Union and the United Nations.

Analysts in the Gulf said the agreements confirm what the Libyan National Army (LNA) has been saying for months: that Turkey is fighting in Libya through weapons deliveries, drones and advisers, and that it is seeking to turn its support for Sarraj into strategic gains at the expense of Libya's neighbours.

Libyan commentators close to the army argued that a government controlling only part of the capital cannot sign away maritime rights on behalf of all Libyans, and that no future government would be bound by the deals.

Turkish support for the Tripoli militias has been an open secret for months. In May, a ship named Amazon unloaded dozens of Turkish-made armoured vehicles at Tripoli port, and in June President Erdogan publicly acknowledged that Ankara was supplying arms to Sarraj's government under a military cooperation agreement.

The House of Representatives, Libya's elected parliament based in the east, has not endorsed the Presidential Council since its formation and considers its agreements void. Its members have called on the United Nations to disregard agreements signed by Sarraj with foreign states.

The LNA launched its campaign on April 4 to free Tripoli from armed groups, some of which are listed as terrorist organisations, and says its forces have since faced Turkish-made armoured vehicles and drones operated from Mitiga and Misrata.

Turkey has also come under growing European pressure over its drilling activities off Cyprus, where the EU this month approved a framework for sanctions.

Related stories
Egypt, Greece coordinate on Eastern Mediterranean
LNA: Turkish drone downed south of Tripoli

We use cookies to ensure that we give you the best experience on our website. If you continue to use this site we will assume that you are happy with it. OK"""),
]
