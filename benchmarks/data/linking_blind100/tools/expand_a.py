from expand import apply
WIRE_BG = """Libya has known little stability since the 2011 NATO-backed revolt against Muammar Gaddafi. It split in 2014 between rival administrations in the east and west, and eastern commander Khalifa Haftar's forces waged a 14-month offensive on Tripoli from April 2019 until they were pushed back in June 2020 with Turkish military help. A ceasefire signed in October 2020 opened the way for a U.N.-run forum that picked Dbeibah's unity government in February 2021."""
apply([
("p01.txt", "Libya has been mired in turmoil since the 2011", """Dbeibah's opponents accuse him of using his year in office to build a patronage network through public spending, and of breaking a promise not to run for president. His supporters say parliament, elected in 2014, has no standing to appoint anyone and is trying to extend its own life.

Bashagha had tried to unite Tripoli's forces against Haftar during the 2019-2020 war, but in recent months he has courted the eastern camp, and Libyan media reported that Haftar's Libyan National Army welcomed his nomination. That shift has alarmed armed groups in the capital that fought the eastern offensive.

Stephanie Williams, the U.N. Secretary-General's special adviser on Libya, has urged the two chambers of the legislature to agree on a constitutional basis for elections rather than on a new interim executive. Several Western embassies said this week that the focus should remain on holding a vote as soon as possible."""),
("p01.txt", "In a related context, the Ministry of Interior", """The head of the unity government had said in a speech on Tuesday evening that the parliament is trying to return the country to the phase of division and wars, and he presented a plan to hold elections in the month of June next, noting that he will not hand over to any party that did not come through the ballot box.

In turn, the Presidential Council headed by Mohamed al-Menfi did not issue an official position on the session of the parliament, while the United Nations mission stated that it follows the developments with attention, and it calls all parties to preserve the calm and the stability achieved since the ceasefire agreement signed in October 2020."""),
("p01.txt", "Egypt has hosted repeated meetings of Libyan", """Bashagha, a former interior minister in the Government of National Accord, was the only remaining candidate after Khaled al-Bibas withdrew at the start of Thursday's session in Tobruk. The parliament also voted on an amendment to the constitutional declaration that sets a timetable of up to 14 months for elections, to be prepared by a committee of the House and the High Council of State.

The presidential and parliamentary elections that were scheduled for December 24, 2021 were postponed after the electoral commission failed to announce a final list of candidates. Among the disputed candidacies were those of Saif al-Islam Gaddafi and Abdul Hamid Dbeibah himself, who had pledged when he took office not to run.

Egypt and Libya share a land border of more than 1,000 kilometres, and Cairo has repeatedly stressed that the security of Libya is part of its own national security. In June 2020 President Abdel Fattah al-Sisi declared the Sirte-Jufra line a red line for Egypt, during the war between the forces of the Libyan National Army and those of the Government of National Accord."""),
("p02.txt", "The country has been in turmoil since the 2011 uprising", WIRE_BG + """

Bashagha, a former interior minister from Misrata, told the session he would form a government "for all Libyans", and named figures from east, west and south to his team. Ahmed Houma, the second deputy speaker of parliament, was named defence minister and Hafez Gaddour, a former ambassador to the European Union, foreign minister.

The High Council of State, a consultative chamber based in Tripoli, said parliament had acted unilaterally, while armed groups loyal to Dbeibah paraded in the capital on Tuesday evening."""),
("p02.txt", "Libya has been divided since the overthrow and killing of Gaddafi", """The confrontation between the parliament and the government began after the failure of the December elections, when Speaker Aguila Saleh insisted that the mandate of the Government of National Unity had expired on December 24. Dbeibeh has repeatedly said that the parliament's steps would return the country to division and has proposed his own plan for parliamentary elections in June together with a referendum on the constitutional basis.

The new cabinet is expected to take the oath before the parliament in Tobruk on Thursday. Bashagha told reporters that he expects to take office in Tripoli peacefully and without resistance, and that he had contacted security bodies in the capital. Observers note that both politicians are from Misrata and enjoy the support of various armed formations in the west of the country."""),
("p02.txt", "Cookie notice: We use cookies", ""),
])
