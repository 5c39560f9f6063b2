ARTICLES = [
dict(group="battle_for_tripoli_airport_begins_2014_07_13", published="2014-07-13", outlet="Meridian Press International",
title="Heavy fighting erupts at Tripoli airport as rival militias battle for control",
text="""TRIPOLI, Libya (MPI) — Rival militias fought with rockets, artillery and anti-aircraft guns around Tripoli's international airport on Sunday, killing at least six people and forcing the suspension of all flights in and out of the Libyan capital, officials and residents said.

Fighters from the western city of Misrata and allied Islamist brigades attacked at dawn, trying to drive out militiamen from the mountain town of Zintan who have controlled the airport since the fall of Tripoli in 2011, according to residents and militia statements. The attackers called their offensive "Operation Dawn".

Explosions could be heard across the southern districts of the capital and thick black smoke rose over the airport road. Residents said several rockets struck the parking area in front of the main terminal. A Health Ministry official said at least six people were killed and around 25 wounded; another official gave a toll of seven dead. It was not clear how many were civilians.

The Civil Aviation Authority suspended all flights to Tripoli for three days. Some incoming flights were diverted to Misrata, 200 kilometres to the east, while British Airways and Turkish Airlines cancelled their services. With Benghazi's Benina airport also shut because of fighting in the east, Misrata's small airport is now Libya's only functioning international gateway.

The Zintani brigades, chiefly the Qaqaa and Sawaiq units, are allied with liberal politicians and have declared support for Khalifa Haftar, the renegade general who launched an offensive against Islamists in Benghazi in May. Their opponents accuse them of harbouring former Gaddafi loyalists. Misrata's brigades, the most powerful in western Libya, have lined up with Islamist factions who fear losing ground in the new parliament elected last month.

The airport has been one of the most valuable prizes in the capital since 2011. Zintani fighters seized it during the fall of Tripoli and have held it ever since, collecting fees and controlling who comes and goes, and their opponents have long accused them of using it to move weapons and allies. The Zintanis say they are guarding a national facility until a real army can take over.

Prime Minister Abdullah al-Thinni's government appealed for an immediate ceasefire but has no forces able to separate the sides. The airport, about 30 kilometres south of the city centre, has changed hands before: in June 2012 a brigade from Tarhouna briefly took over the runway to protest the detention of its commander.

The clashes came as preliminary results from the June 25 election were due to be announced, and as Libya prepares to hand power from the General National Congress to the new House of Representatives.

Libya has struggled to impose order since the 2011 uprising that ended Muammar Gaddafi's 42-year rule. The brigades that fought him have refused to disarm and increasingly fight each other for control of territory and state institutions.
"""),

dict(group="battle_for_tripoli_airport_begins_2014_07_13", published="2014-07-14", outlet="Emirates Dispatch",
title="Islamist-backed militias pound Tripoli airport for second day; planes hit on tarmac",
text="""Cookie notice: This site uses cookies. By continuing to browse you agree to our use of cookies. [Close]

TRIPOLI // Rockets rained down on Tripoli International Airport for a second day yesterday as militias backed by Islamist factions pressed their assault on the Zintani brigades that guard the facility, damaging aircraft parked on the tarmac and hitting the control tower, airport officials said.

An official said most of the aircraft on the ground had been damaged since the fighting began at dawn on Sunday, and pictures shared on social media showed a passenger jet belonging to a private Libyan airline in flames. At least one person was killed yesterday, adding to at least seven dead on Sunday, according to medical sources.

The offensive, launched on Sunday by brigades from Misrata and Islamist-aligned groups under the name "Fajr" (Dawn), aims to take the airport from the Qaqaa and Sawaiq brigades of Zintan, which have held it since 2011. The Zintani brigades, which helped liberate Tripoli in August 2011, declared their backing for General Haftar after his offensive began in Benghazi in May, and have been accused by Islamist politicians of sheltering officers of the former regime. Their commanders deny this.

It was not clear last night which side controlled the approaches to the terminal.

Libyan analysts said the timing was no accident. Results from last month's parliamentary election, due within days, are widely expected to show a setback for the Muslim Brotherhood's Justice and Construction Party and its allies, and Islamist leaders have grown alarmed at the popularity of General Khalifa Haftar's "Operation Dignity" in the east.

"This is an attempt by the losers at the ballot box to win with rockets," a Libyan commentator told the Dispatch from Tripoli.

The UN Support Mission in Libya said yesterday it was temporarily withdrawing its international staff because of the deteriorating security situation. Flights remained suspended for a second day, stranding thousands of Libyans abroad.

The fighting has also cut Libya off from the outside world at the worst possible moment for many families. Thousands of Libyans travelling abroad for medical treatment or holidays during the holy month of Ramadan were stranded in Tunis, Istanbul, Cairo and Amman, and Libyan embassies appealed to airlines to help them return via Misrata.

The Civil Aviation Authority said the airport would stay closed at least until Wednesday. Tunisair and Royal Jordanian said they were studying whether to use Misrata instead.

Read more:
- Haftar vows to press on in Benghazi
- Profile: the Zintan brigades
- Libya's airports: a timeline of closures

Share: Twitter Facebook Email
"""),

dict(group="battle_for_tripoli_airport_begins_2014_07_13", published="2014-07-14", outlet="AfricaWire Releases",
title="Sahara Risk Advisory raises Tripoli threat level after fighting closes international airport",
text="""FOR IMMEDIATE RELEASE

LONDON, 14 July 2014 /AfricaWire Releases/ -- Sahara Risk Advisory, a provider of security intelligence to companies operating in North Africa and the Sahel, has raised its threat rating for Tripoli, Libya, to EXTREME following heavy fighting that began on Sunday 13 July around Tripoli International Airport (TIP).

Summary of events:
* At dawn on 13 July, armed groups from Misrata and allied factions attacked positions held by Zintan-aligned brigades at and around TIP. Rocket and artillery fire struck the airport area and surrounding districts.
* Libyan health officials reported several people killed and dozens wounded on the first day.
* The Libyan Civil Aviation Authority suspended all flights to and from Tripoli for at least three days. Several international carriers have cancelled services.
* Further rocket fire on 14 July reportedly damaged aircraft and airport infrastructure.

Recommendations to clients:
1. Postpone all non-essential travel to Tripoli.
2. Personnel already in Tripoli should shelter in place, avoid the airport road and the southern districts, and review evacuation plans. Overland movement toward the Tunisian border at Ras Jdir should only be undertaken with appropriate security support.
3. Confirm alternative routings via Misrata (MRA) directly with carriers; availability is limited and subject to change.
4. Maintain communications redundancy; mobile networks may be disrupted.

"The closure of Tripoli's main airport removes the primary evacuation route for foreign personnel," a Sahara Risk Advisory analyst said. "We expect further escalation in the coming days."

Sahara Risk Advisory will issue updates as the situation develops.

About Sahara Risk Advisory
Sahara Risk Advisory provides country risk analysis, travel security and crisis management support for the energy, construction and logistics sectors.

###
"""),

dict(group="us_evacuates_tripoli_embassy_to_tunisia_2014_07_26", published="2014-07-26", outlet="Atlas News Agency",
title="U.S. evacuates Tripoli embassy staff overland to Tunisia as militia fighting rages",
text="""WASHINGTON/TRIPOLI, July 26 (Atlas) - The United States evacuated all of its diplomats and Marine guards from its embassy in Tripoli by road to Tunisia on Saturday, under cover of fighter jets and aircraft, because of fierce fighting between Libyan militias near the compound, the State Department said.

About 150 people, including some 80 Marines, left the embassy early on Saturday in a convoy of vehicles and crossed into Tunisia after a five-hour drive, U.S. officials said. F-16 fighter jets, surveillance aircraft and an airborne response force of Marines aboard MV-22 Osprey aircraft provided security, the Pentagon said. The operation was carried out without incident.

State Department spokeswoman Marie Harf said in a statement that the safety of personnel came first and that the decision to pull the staff out had not been taken lightly. She said the embassy's location was very close to intense fighting between armed Libyan factions, and that the staff would work from Washington and other posts in the region while the department explored options for a return.

Secretary of State John Kerry, speaking in Paris, said the freewheeling militia violence around the embassy posed a real risk to U.S. personnel, but stressed that embassy operations were suspended, not ended.

The embassy sits off the airport road in the south of the city, where brigades from Misrata and allied Islamist groups have been trying since July 13 to take Tripoli International Airport from militiamen from the western town of Zintan. Rockets and shells have struck homes across the southern part of the capital, and the airport has been closed for nearly two weeks.

In Benghazi, where renegade general Khalifa Haftar launched an offensive against Islamist militias in May, fighting between his forces and a coalition led by Ansar al-Sharia intensified over the past week, with dozens of people reported killed in recent days. Libya's new House of Representatives, elected on June 25, is due to meet next month.

The evacuation is the most serious setback for the U.S. presence in Libya since the September 2012 attack on the U.S. mission in Benghazi, in which Ambassador Christopher Stevens and three other Americans were killed. U.S. Ambassador Deborah Jones has been reporting on the shelling near the embassy on social media in recent days.

The United Nations withdrew its international staff earlier this month, and several European countries have urged their citizens to leave.

More than 150 people have been killed in fighting in Tripoli and Benghazi over the past two weeks, according to the Libyan government.

The U.S. Embassy in Tripoli has operated with a reduced staff since the Benghazi attack. In May, as fighting escalated in Benghazi and gunmen stormed the congress in Tripoli, the Pentagon moved additional Marines and aircraft to a base in Italy and sent an amphibious assault ship toward the Libyan coast in case an evacuation was needed.

Libya has struggled to impose order since the 2011 uprising that ended Muammar Gaddafi's 42-year rule.
"""),

dict(group="us_evacuates_tripoli_embassy_to_tunisia_2014_07_26", published="2014-07-27", outlet="Haber Ekspres 24",
title="ABD Trablus Büyükelçiliği'ni boşalttı, personel karayoluyla Tunus'a geçti",
text="""Exit mobile version

ABD Trablus Büyükelçiliği'ni boşalttı, personel karayoluyla Tunus'a geçti

United States was evacuated its Embassy in Libya capital Trablus because of clashes between armed groups near embassy, all personnel was carried to Tunus (Tunisia) by land road.

HABER MERKEZİ – According to the statement of ABD Dışişleri Bakanlığı (State Department), the embassy personnel together with Marine soldiers which protect the embassy were left the building on Cumartesi (Saturday) morning and with vehicles convoy they were passed to Tunisia border. The journey took around 5 hours.

Pentagon said that during the transfer, F-16 war planes, insansız hava araçları (drones) and Osprey aircraft with Marines were providing security from the air. There was no incident, it was said.

Açıklamada, "The decision was not taken lightly" was stated and it was said that the operations of the embassy are suspended temporarily. Dışişleri Bakanı John Kerry who is in Paris said the violence of militias around embassy is creating "real risk" for the staff.

Total approximately 150 person was evacuated, 80 of them is Marine soldier, American media reported.

Trablus'ta 13 Temmuz'dan beri the clashes are continuing around the international airport between Misrata armed groups and Zintan armed groups. The airport is closed and many planes are damaged. The embassy is located in the area close to the fighting.

Bu arada İngiltere ve Fransa also called their citizens to leave Libya immediately. Birleşmiş Milletler had withdrew its personnel earlier.

It is reminded that in 2012 September, ABD Bingazi konsolosluğuna yapılan saldırıda Büyükelçi Chris Stevens and three other American was killed.

Libya'da 2011'de Muammer Kaddafi'nin devrilmesinin ardından silahlı gruplar arasındaki çatışmalar are never ending.

İLGİLİ HABERLER
Trablus Havalimanı'nda çatışma: uçaklar yandı
Bingazi'de Hafter güçleri ile Ensar el Şeria çatıştı
Libya'da yeni meclis seçim sonuçları açıklandı

Etiketler: ABD, Libya, Trablus, büyükelçilik, tahliye
Paylaş: Facebook Twitter Google+
"""),
]
