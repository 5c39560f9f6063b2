from expand import apply
WIRE_BG = """Libya has known little stability since the 2011 NATO-backed revolt against Muammar Gaddafi. It split in 2014 between rival administrations in the east and west, and eastern commander Khalifa Haftar's forces waged a 14-month offensive on Tripoli from April 2019 until they were pushed back in June 2020 with Turkish military help. A ceasefire signed in October 2020 opened the way for a U.N.-run forum that picked Dbeibah's unity government in February 2021."""
WIRE_BG2 = """Elections meant to end the transition were set for Dec. 24, 2021, but collapsed amid disputes over the rules and over candidates including Dbeibah, Bashagha, Haftar and Saif al-Islam Gaddafi. The eastern-based parliament then declared Dbeibah's mandate over, named Bashagha in February and endorsed his cabinet on March 1."""
apply([
("p07.txt", "It was the second time Bashagha's camp has failed to seize the capital.", WIRE_BG2 + """

Tension had been building for weeks. Bashagha said this month that he could enter Tripoli by force if necessary but preferred a peaceful handover, while Dbeibah said he would not allow the capital to be taken by arms. Convoys of fighters had been seen moving toward the outskirts of the city from the west and from Misrata in the days before the fighting.

""" + WIRE_BG),
("p03.txt", "Libya's oil sector has been hit by closures since April", WIRE_BG2 + """

Since March Bashagha has operated mainly from the east, and his ministers have been unable to take over government buildings in Tripoli, where the central bank has continued to fund Dbeibah's administration.

""" + WIRE_BG),
("p10.txt", "The delegation that travelled to Tripoli included several Turkish ministers.", WIRE_BG + """

""" + WIRE_BG2 + """ Bashagha's attempt to seize Tripoli by force failed in August after clashes that killed 32 people, leaving Dbeibah in control of the capital.

Ankara has kept channels open to both camps, but its troops and its 2019 security accord with Tripoli make it Dbeibah's most important foreign backer. The European Union has said the 2019 maritime memorandum infringes the sovereign rights of third states."""),
("p10.txt", "Egypt has repeatedly called for the withdrawal of all foreign forces", """The Turkish-Libyan memorandum was signed during a visit by a large Turkish ministerial delegation to Tripoli, where Cavusoglu met the head of the outgoing government, Abdul Hamid Dbeibah, as well as the head of the Presidential Council, Mohamed al-Menfi, and the head of the High Council of State, Khaled al-Mishri.

Cavusoglu also said that Turkey expected trade with Libya to reach higher levels and that the two sides had discussed steps toward a political solution.

Observers in Cairo said the timing of the agreement, a month after Egypt's foreign minister walked out of an Arab League meeting chaired by the Dbeibah government's foreign minister, reflected a deepening alignment between the outgoing government and Ankara. Exploratory talks between Cairo and Ankara to normalise relations, launched in 2021, have made little progress."""),
("p09.txt", "Başağa ise yaptığı açıklamada, seçimlerin gecikmeden", """Başağa, açıklamasında Trablus'ta ağustos sonunda yaşanan çatışmalardan Dibeybe yönetimini sorumlu tuttu and said his government will continue to work from Sirte until the conditions for entering the capital peacefully are ready. He also said the government is in contact with the international partners and the United Nations yeni temsilcisi Abdoulaye Bathily, who was appointed last week.

Başağa hükümeti, Temsilciler Meclisi'nin mart ayında verdiği güvenoyu ile göreve başlamış ancak başkentte kontrol sağlayamamıştı. Meclis Başkanı Akile Salih de daha önce yaptığı açıklamalarda seçimlerin anayasal temelinin Kahire'de yürütülen görüşmelerle belirlenmesi gerektiğini söylemişti.

Uzmanlar, iki hükümet arasındaki gerilimin petrol gelirleri ve Merkez Bankası kontrolü üzerinden devam edeceğini belirtiyor."""),
("p07.txt", "The UN Support Mission and several foreign embassies called for an immediate ceasefire", """The clashes come after weeks of mobilisation by groups loyal to Bashagha in the west of the country, in Zawiya, Warshafana and Misrata, and after Bashagha's repeated statements that his government would take up its duties in the capital. The GNU had warned that any attempt to enter Tripoli by force would be confronted.

The Government of National Unity came to power in March 2021 through the UN-sponsored Libyan Political Dialogue Forum, and says it will only hand over power to an elected authority. The House of Representatives withdrew confidence from it in September 2021 and named Bashagha in February 2022, steps the GNU considers illegal."""),
])
