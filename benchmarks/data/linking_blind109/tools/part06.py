A = []
A.append(dict(group="bouznika_second_round_agreement_2020_10_06", published="2020-10-07", outlet="Hilal News Agency",
title="Libyan delegations agree on criteria for sovereign positions in Morocco talks",
text="""RABAT - Hilal News Agency

Delegations representing Libya's High Council of State and the Tobruk-based House of Representatives announced on Tuesday that they had reached agreement on the criteria and mechanisms for appointing the heads of the country's sovereign institutions, at the end of a second round of talks in Morocco.

The second round of the inter-Libyan dialogue, held in the coastal town of Bouznika, started on Friday after being postponed several times. The delegation of the High Council of State was headed by Fawzi al-Oqab and the delegation of the House of Representatives by Youssef al-Agouri.

In a joint statement read at the closing session, the two delegations said they had reached "comprehensive understandings" on the controls and criteria for selecting the leadership of the sovereign posts stipulated in Article 15 of the Libyan Political Agreement.

The statement said the minutes of the agreed points would be referred to the two councils to take the necessary steps, and that the talks would continue in a new round.

Members of the High Council of State told Hilal News Agency that the understandings did not include names for the posts and that distribution among the three historical regions - Tripolitania, Cyrenaica and Fezzan - would be discussed later.

The Moroccan Foreign Minister, Nasser Bourita, said the Bouznika process had shown that Libyans could reach solutions without foreign tutelage.

The Government of National Accord, recognised by the United Nations, and Turkey have repeatedly stated that any political solution must be Libyan-owned and carried out under UN auspices. Ankara has stressed that the legitimacy of the GNA stems from the Skhirat agreement.

The talks come as the UN prepares to convene a broader Libyan political dialogue forum, and as the 5+5 Joint Military Commission is expected to resume its meetings in Geneva this month. Putschist Khalifa Haftar's forces were driven from western Libya in June after a 14-month offensive on Tripoli.""" ))
A.append(dict(group="bouznika_second_round_agreement_2020_10_06", published="2020-10-07", outlet="Maghreb Monitor Daily Brief",
title="Maghreb Monitor Daily Brief: Bouznika II ends with deal on 'sovereign posts'; Tunisia budget pressure",
text="""Maghreb Monitor Daily Brief - Wednesday, 7 October 2020

Good morning. Here is what you need to know today.

1. LIBYA/MOROCCO: Bouznika round two closes with agreement on criteria
Libya's rival legislatures wrapped up their second round of talks in Bouznika late on Tuesday, announcing "comprehensive understandings" on how to choose the heads of seven sovereign institutions - the Central Bank, Audit Bureau, Administrative Control Authority, Anti-Corruption Authority, High National Elections Commission, Supreme Court and the Attorney General's office. The round opened on Friday after three postponements linked, depending on whom you ask, to logistics, the agenda or the make-up of the delegations. No names were agreed; the package now goes to Aguila Saleh's House of Representatives and Khaled al-Mishri's High Council of State. Moroccan FM Nasser Bourita called the results decisive and pitched Bouznika as a model for Libyan-owned dialogue.
Our take: Criteria are the easy bit. The fight over who gets the Central Bank will be the real test, and it will be shaped by the UN's wider political forum, which the mission hopes to convene next month.
Remember: round one ran from September 6 to 10 and produced an outline deal on the same posts.

2. LIBYA: NOC partially lifts force majeure
The National Oil Corporation continues to reopen facilities after the blockade. Output is climbing but still well below pre-January levels.

3. TUNISIA: New government's first weeks
Prime Minister Hichem Mechichi's technocrat cabinet is preparing a 2021 budget under strong pressure from unions.

4. ALGERIA: Referendum campaign under way
Campaigning for the November 1 constitutional referendum continues amid restrictions linked to Covid-19.

Correction: an earlier version of yesterday's brief misdated the first Bouznika round.

You are receiving this email because you subscribed to Maghreb Monitor. Unsubscribe | Manage preferences""" ))
A.append(dict(group="first_tripoli_benghazi_flight_2020_10_16", published="2020-10-16", outlet="Tripoli Free Voice",
title="Afriqiyah plane lands in Benina: first flight from Mitiga to Benghazi since 2019 aggression",
text="""Tripoli Free Voice | Local

An Afriqiyah Airways plane took off on Friday morning from Mitiga International Airport in Tripoli and landed in Benina International Airport in Benghazi, in the first flight between the two cities since air traffic stopped after the aggression of Haftar's militias on the capital in April 2019.

The flight carried a delegation from the Civil Aviation Authority, the Airports Authority and the airline, who will inspect the technical readiness of Benina airport and the measures taken against the spread of coronavirus, according to a statement by Mitiga airport.

The plane was received in Benghazi with a water salute, and videos shared on social media showed employees of the airport applauding on the runway.

The Deputy Head of the Presidential Council, Ahmed Maiteeg, welcomed the flight and said he hoped it would be the beginning of the end of the suffering of Libyans in the east, west and south, not only in transport but in all difficulties.

An Afriqiyah official said commercial flights between Mitiga and Benina are expected to begin next Friday, October 23, with two flights a week.

Mitiga airport was repeatedly shelled by Haftar's militias during the war on Tripoli, killing and wounding civilians and forcing the suspension of flights for long periods. Flights were moved to Misrata until the airport reopened in August after the liberation of the western region.

Residents of the east have for more than a year been forced to travel by land for long hours, crossing checkpoints, or to fly through Tunisia or Egypt to reach the capital, including patients seeking treatment.

The reopening of air links was among the recommendations of the security and military talks held in Hurghada at the end of September.

Libyan Airlines, the other state carrier, is also expected to resume flights between the two cities, airport sources said, while the transport ministry is studying flights from Benina to Sabha and other southern airports.

Passengers who spoke to Tripoli Free Voice at Mitiga said they were happy but cautious. "We have seen many agreements collapse," said one man waiting for news of the regular schedule. "When the road and the sky are open for everyone, then we will believe it."

Related articles:
- Bashagha receives Italian ambassador
- Health ministry reports new coronavirus cases in the capital

Share this:
Facebook | Twitter | WhatsApp""" ))
A.append(dict(group="first_tripoli_benghazi_flight_2020_10_16", published="2020-10-17", outlet="Nile Gazette Online",
title="Benina welcomes first plane from Tripoli in almost two years, Libyans hail 'flight of peace'",
text="""Nile Gazette Online - Libya Desk

Benina International Airport in Benghazi on Friday received the first plane coming from Mitiga airport in Tripoli in almost two years, in a step that Libyans on both sides welcomed as a sign that the wall of division can be broken.

The Afriqiyah Airways aircraft carried officials from the civil aviation and airports authorities and the airline, who were received by the management of Benina airport. The two sides discussed preparations for the resumption of domestic and international flights, maintenance needs and health precautions, the airport said.

Members of the House of Representatives and public figures in the east described the flight on social media as a beginning for healing the social fabric torn by the war. The head of a Libyan media institution wrote that "war is not an option and division is not destiny".

The resumption of flights comes after the security and military meetings hosted by Egypt in Hurghada on 28 and 29 September, where the two delegations recommended accelerating the reopening of air and land routes between all Libyan cities. Egyptian officials have stressed that Cairo will continue to support every effort that serves the stability of Libya.

The management of Benina had said earlier this month that the airport needed a number of technical arrangements before it could receive regular commercial flights.

The flights had been suspended after the Libyan National Army began its operation to liberate Tripoli from the militias in April 2019. In March of this year, the authorities in both east and west also suspended flights to limit the spread of coronavirus.

Regular flights between the two airports are expected to begin within days, according to the airline.

Citizens in Benghazi told the Gazette that the flight revived hopes of seeing relatives in the capital without the exhausting road trip through Sirte, Misrata and the checkpoints, which can take more than fifteen hours. Patients from the east who receive treatment in Tripoli hospitals, and students at the capital's universities, are among those most affected by the suspension.

The Joint Military Committee 5+5 is expected to meet in Geneva next week to continue discussions on a permanent ceasefire and on the reopening of the coastal road.""" ))
