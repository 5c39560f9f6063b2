# Event: gna_captures_tarhuna_2020_06_05
G = "gna_captures_tarhuna_2020_06_05"

BG_MWS = ("Libya has had no stable central authority since a NATO-backed uprising toppled Muammar Gaddafi in 2011, "
          "and since 2014 it has been divided between rival administrations in Tripoli and the east. Haftar's LNA, "
          "backed by the United Arab Emirates, Egypt and Russia, began its assault on the capital in April 2019. "
          "Turkey has sent drones, military advisers and allied Syrian fighters to support the GNA.")


BG_MWS2 = ("Foreign powers have poured weapons and fighters into the conflict despite a UN arms embargo. At a summit in Berlin in January, "
           "the countries involved pledged to respect the embargo and stop interfering, but UN officials say those commitments have been widely ignored.")

ARTICLES = [
dict(group=G, published="2020-06-05", outlet="Maghreb Wire Service",
title="Libya government forces enter Tarhuna, Haftar's last western stronghold",
text="""TRIPOLI (MWS) - Forces fighting for Libya's internationally recognised government said they entered Tarhuna on Friday, the last major stronghold of eastern commander Khalifa Haftar in the west of the country, dealing a final blow to his 14-month campaign against the capital.

The operations room of the Government of National Accord (GNA) said its fighters had reached the centre of the town after advancing from four directions and met little resistance.

"Our forces are combing the city. There is no resistance from Haftar's militias after they withdrew," said Mustafa al-Majei, a spokesman for the GNA forces. Another spokesman, Mohamed Gnounou, later said the GNA had extended its control over all of Tarhuna, as well as the nearby area of al-Urban.

There was no comment from Haftar's Libyan National Army (LNA) on whether any of its units remained in Tarhuna. Residents contacted by MWS said convoys had been leaving the town towards the south and east since Thursday night.

Tarhuna, about 65 km (40 miles) southeast of Tripoli, served as the main launch pad for Haftar's assault on the capital and the hub of its supply line from the LNA's al-Jufra airbase in central Libya. The town was controlled by a local armed group, known as the Kaniyat after the al-Kani family that leads it, which allied itself with Haftar in 2019.

The advance came a day after the GNA said it had regained control of all of Greater Tripoli, including the disused international airport south of the capital, which it took on Wednesday. Hundreds of people celebrated in the streets of Tripoli on Thursday night.

The LNA has said in recent days that it pulled its forces back from the outskirts of Tripoli to give room to UN-led ceasefire talks. The UN said this week that both sides had agreed to resume negotiations through a joint military commission.

GNA head Fayez al-Serraj, who met Turkish President Tayyip Erdogan in Ankara on Thursday, said his government was determined to extend its authority over the whole country. Erdogan pledged to increase Turkish support.

Haftar's forces still control the east and much of the south, including most of Libya's oilfields, as well as the central coastal city of Sirte. GNA commanders have said they intend to push east.

""" + BG_MWS + "\n\n" + BG_MWS2 + """

(Reporting by Ayman Werfalli in Tripoli and Hend Saadi in Cairo; Writing by Tom Arkwright; Editing by Mark Denholm)"""),

dict(group=G, published="2020-06-05", outlet="Turkiye Newsline",
title="Libyan army liberates Tarhuna, Haftar's last stronghold in western Libya",
text="""TRIPOLI

The Libyan army on Friday liberated the strategic city of Tarhuna, the last stronghold of putschist Khalifa Haftar's militias in western Libya.

Army spokesman Mohammed Gununu said in a statement that the forces of the UN-recognized Government of National Accord (GNA) had entered Tarhuna from four axes and reached the city center.

"Our heroic forces gave the terrorist Haftar militias a lesson they will not forget," Gununu said.

Mustafa al-Majei, spokesman for the Volcano of Rage operation, told Turkiye Newsline that army units were sweeping the city and that the national security directorate would be activated there in coordination with the Interior Ministry.

Tarhuna, located some 90 kilometers (56 miles) southeast of the capital Tripoli, served as the hub through which Haftar's militias received fighters, fuel and ammunition flown into the al-Jufra air base.

The army seized large quantities of weapons, ammunition and armored vehicles in the city, as well as arms depots, according to government sources.

On Thursday, the Libyan army announced the complete liberation of the capital Tripoli, after retaking the international airport on Wednesday.

Also on Thursday, President Recep Tayyip Erdogan hosted GNA head Fayez al-Sarraj in Ankara. At a joint press conference, Erdogan said Turkey would continue to stand by the legitimate government of Libya, while al-Sarraj thanked Turkey for its support and said his government was determined to restore its authority over the whole country.

Among the equipment seized in Tarhuna and in southern Tripoli in recent days were Chinese-made FN-6 man-portable air defense missiles, SPG-9 recoilless guns, Kornet anti-tank guided missiles, mortars and Grad rockets, according to the army, which said much of the arsenal had been purchased by the UAE for Haftar.

Images shared by the army showed soldiers in the center of Tarhuna, while residents of the capital took to the streets late Thursday to celebrate the liberation of Tripoli.

The GNA has accused the militias of laying mines and booby traps in residential areas in southern Tripoli before withdrawing, and engineering teams have begun clearing operations.

In March, the government launched Operation Peace Storm to counter attacks on the capital and has since regained strategic locations, including the coastal cities of Sabratha and Surman and al-Watiya air base.

Haftar's militias have been backed by the United Arab Emirates, Egypt, France and Russia, while the Russian Wagner Group's mercenaries withdrew from the southern Tripoli fronts last month.

Turkey's support to the legitimate government is based on the security and military cooperation memorandum signed in Istanbul in November 2019.

*Writing by Selin Aydogan"""),

dict(group=G, published="2020-06-06", outlet="Gulf Dispatch",
title="LNA says Tarhuna pullout was to spare civilians, backs political track",
text="""The Libyan National Army (LNA) said it had repositioned its forces away from Tarhuna and the outskirts of Tripoli in order to spare civilians and give room to political efforts, after Turkish-backed militias entered the town south-east of the capital on Friday.

LNA spokesman Ahmed Al Mismari said the General Command had responded to appeals from major powers and the United Nations for a ceasefire and had pulled its units back about 60 kilometres from the administrative limits of Greater Tripoli.

He said the army remained committed to the UN-led 5+5 military talks and to the outcomes of the Berlin Conference, and accused the Government of National Accord (GNA) of exploiting the army's withdrawal to advance with the support of Turkish drones, Turkish officers and thousands of Syrian mercenaries.

Militias aligned with the GNA said they had reached the centre of Tarhuna from four directions on Friday morning. Videos circulating online showed gunmen firing in the air in the town's streets and vehicles being driven away from homes and government buildings.

Several families from Tarhuna were reported to have left the town in the days before the militias arrived, fearing reprisals.

The setback for the LNA came as Field Marshal Khalifa Haftar and House of Representatives Speaker Aguila Saleh held talks in Cairo with Egyptian officials, amid expectations of a new Egyptian initiative to end the fighting.

The UN mission said earlier this week that both sides had accepted to resume talks in the 5+5 joint military committee, and acting envoy Stephanie Williams held a first videoconference with the LNA delegation on Wednesday. LNA officials said the GNA's continued advance showed that Tripoli was not serious about the talks.

The retreat from Tarhuna follows the loss of al-Watiya air base on May 18 and of the former international airport south of Tripoli on Wednesday, after weeks in which Turkish drones targeted the LNA's supply lines and air defences.

The UAE has called for an immediate ceasefire in Libya and a return to the political process. Minister of State for Foreign Affairs Dr Anwar Gargash said last month that there could be no military solution and that the only acceptable path was a comprehensive ceasefire and negotiations under UN auspices.

The LNA still holds the east and south of the country, including the oil crescent and the central city of Sirte, and says it will defend them against what it calls the Turkish occupation.

Tarhuna had been the LNA's main base for operations on the southern edge of Tripoli since April last year."""),

dict(group=G, published="2020-06-06", outlet="Indus Daily Wire",
title="Libya unity govt says Haftar's western bastion Tarhuna has fallen",
text="""Tripoli, (Indus Daily Wire / MPA - 6th Jun, 2020 ) :Libya's UN-recognised unity government said Friday it had overrun Tarhuna, the last bastion in the west of Marshal Khalifa Haftar, a day after declaring it had retaken the whole of the capital region.

The town, around 90 kilometres southeast of Tripoli, fell two days after the Government of National Accord took the disused international airport and one day after it declared the whole capital region under its control.

"Our heroic forces have extended their control over the whole of Tarhuna," GNA spokesman Mohamed Gnounou said in a statement, after government fighters entered the town from several directions.

Tarhuna was the launchpad for Haftar's abortive offensive on the capital, which began in April 2019 and has killed hundreds of civilians and displaced tens of thousands.

GNA head Fayez al-Sarraj vowed on Thursday, during a visit to Turkey, that his government would impose its authority over all of Libya.

Haftar, who controls the east and much of the south, is backed by the United Arab Emirates, Egypt and Russia.
Egypt unveils Libya peace plan, Haftar backs ceasefire from Monday
Cairo, (Indus Daily Wire / MWS - 6th Jun, 2020 ) :Egypt's President Abdel Fattah al-Sisi announced on Saturday a new initiative to end the war in Libya, saying eastern commander Khalifa Haftar had agreed to a ceasefire starting on Monday.

Speaking at a news conference in Cairo alongside Haftar and eastern parliament speaker Aguila Saleh, Sisi said the plan, which he called the "Cairo Declaration", called for a truce from 6 a.m. on June 8, talks in Geneva, an elected leadership council and the departure of foreign mercenaries.

There was no immediate response from the Tripoli government, which has rejected previous ceasefire offers from Haftar.

[ad_1]
More from Indus Daily Wire:
Rupee closes steady against dollar in interbank trade
Oil steadies ahead of OPEC+ meeting
[ad_2]"""),
]
