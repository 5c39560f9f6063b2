# Part 7: Haftar mandate (April 2020); al-Watiya (May 2020)
ARTICLES = [
dict(
group="haftar_claims_popular_mandate_to_rule_libya_2020_04_27",
published="2020-04-28",
outlet="Rossiya Global News",
title="Lavrov: Moscow does not approve of Haftar's statement on taking power in Libya",
text="""MOSCOW, April 28 (RGN) - Russia does not approve of the statement by Libyan National Army (LNA) commander Field Marshal Khalifa Haftar that his forces are taking over the running of the country, Foreign Minister Sergei Lavrov said on Tuesday.

Speaking to reporters after an informal video conference of BRICS foreign ministers, Lavrov said Moscow had not approved of the recent statement by Fayez Sarraj, head of the Government of National Accord (GNA), who refused to talk to Haftar, and "we do not approve of the statement that Field Marshal Haftar will now single-handedly decide how the Libyan people should live". Neither position helped to find the compromise without which the conflict could not be settled, he said.

Lavrov drew attention instead to the initiative of Aguila Saleh, speaker of the House of Representatives in Tobruk, who last week proposed a national dialogue to form authorities that would equally represent Libya's three historic regions - Tripolitania, Cyrenaica and Fezzan. This, he said, was exactly what Russia had been advocating for years: that Libyans themselves must find mutually acceptable approaches, with foreign players encouraging them.

The minister also said the post of UN special envoy for Libya had been vacant for almost two months and called on Secretary-General Antonio Guterres to appoint a successor without delay, noting that by common agreement the new envoy should come from Africa.

Late on Monday, Haftar said in a televised address that the LNA general command was "answering the will of the people" and declared the end of the 2015 Skhirat agreement, under which the GNA was formed. The Presidential Council in Tripoli called the move a new coup attempt.

The LNA has been fighting for control of Tripoli since April 2019. In recent weeks GNA formations supported by Turkey have regained several towns on the coast west of the capital.

Haftar and Sarraj both travelled to Moscow in January for talks hosted by Russia and Turkey on a ceasefire; Sarraj signed the document, while Haftar left without signing. A week later both attended the Berlin conference, where foreign powers pledged to respect the UN arms embargo.

Russia maintains contacts with all parties to the Libyan conflict and has repeatedly denied that Russian state military personnel are involved in the fighting."""),

dict(
group="gna_seizes_al_watiya_air_base_2020_05_18",
published="2020-05-18",
outlet="THM English",
title="Libyan army liberates strategic Al-Watiya airbase from Haftar militias",
text="""TRIPOLI (THM) - Forces of Libya's legitimate Government of National Accord (GNA) on Monday liberated the strategic Al-Watiya airbase in the west of the country from militias loyal to putschist Khalifa Haftar.

"Our heroic forces have liberated Al-Watiya airbase," the media centre of Operation Volcano of Rage said in a statement, sharing images of Libyan army soldiers inside the base.

Maj. Gen. Osama Juwaili, commander of the Joint Operations Room of the Western Region, announced that the base, located about 140 kilometres southwest of the capital Tripoli and some 27 kilometres from the Tunisian border, had been completely taken under control in the early hours of Monday after days of intensive air strikes on Haftar's positions.

Prime Minister Fayez al-Sarraj congratulated the Libyan army on the victory in a televised address, saying it did not mark the end of the battle but brought the day of final victory closer. He called on those who had fought alongside Haftar to lay down their arms and join the building of a civil, democratic state.

Military sources said Haftar's militias and mercenaries had fled the base under heavy fire, leaving behind weapons, ammunition and military vehicles. A spokesman for the operation said forces had also seized an air defence system supplied to the militias by the United Arab Emirates.

President Recep Tayyip Erdoğan held a telephone conversation with al-Sarraj on Monday, discussing the developments in Libya and the implementation of the agreements signed between the two countries in November, the Presidency's Communications Directorate said.

Al-Watiya, one of the largest military airbases in Libya, had served as the main air and logistics hub of Haftar's militias in western Libya since 2014, and had been used to launch air strikes on Tripoli and the western coastal cities.

The capture of the base follows the liberation of the coastal cities of Sabratha and Surman and a string of towns up to the Tunisian border in April as part of Operation Peace Storm, launched by the GNA on March 26 in response to continued attacks on the capital. In recent days, the GNA's air force struck a number of Russian-made Pantsir air defence systems operated by Haftar's militias.

The defeat comes three weeks after Haftar declared on April 27 that he had accepted a "popular mandate" to rule Libya and scrapped the 2015 Skhirat political agreement. The Turkish Foreign Ministry said at the time that the move showed his true intention of creating a military dictatorship, and that Turkey would continue to stand by the legitimate government.

Haftar's militias have been attacking Tripoli since April 2019 with the support of the UAE, Egypt, France and Russian Wagner mercenaries. The attacks have killed hundreds of civilians and displaced tens of thousands.

Under the security and military cooperation memorandum signed in November 2019, Turkey provides training and consultancy support to the legitimate government."""),

dict(
group="gna_seizes_al_watiya_air_base_2020_05_18",
published="2020-05-19",
outlet="Al-Masar Net",
title="Al-Wefaq forces take control of Al-Watiya base .. and Hifter's forces speak about withdrawal 'for humanitarian reasons'",
text="""Al-Masar Net - Tripoli - Follow-up

The forces of the Government of National Accord (Al-Wefaq) announced yesterday Monday, their complete control on the airbase "Al-Watiya" southwest the capital Tripoli, after a siege which lasted for weeks and a series of air raids by the drones.

The commander of the joint operations room, Major General Osama al-Juwaili, said that the forces entered the base in the early morning of Monday and took it under their full control, and the operation "Volcano of Anger" published pictures and video clips of its fighters inside the hangars and the runway of the base.

The spokesman of the operation, Mustafa al-Majee, said that the forces seized all the military equipment inside the base, especially an air defense system of type "Pantsir" of Russian making, which was provided by the Emirates to the forces of Hifter, according to his statement.

For his part, the spokesman of the forces of the retired Major General Khalifa Hifter, Major General Ahmed al-Mismari, said in a press conference today Tuesday, that the forces of the "army" had started the process of withdrawing the troops and the equipment from Al-Watiya base since months, and that what happened was "a repositioning".

Al-Mismari also announced that their forces will withdraw two to three kilometers from the fronts in the capital Tripoli, starting from tomorrow Wednesday, to allow the citizens to move more freely in the last days of the holy month of Ramadan and the Eid al-Fitr, calling the forces of Al-Wefaq to do the same.

And the head of the Presidential Council Fayez al-Sarraj congratulated in a speech the forces on the "victory", and affirmed that it is not the end of the battle.

And the Turkish President Recep Tayyip Erdogan made a telephone call with al-Sarraj yesterday Monday, in which they discussed the developments in Libya and the implementation of the agreements signed between the two countries in November last, according to the Turkish presidency.

It is worth mentioning that Al-Watiya base, which is located 140 km southwest of Tripoli near the Tunisian border, is considered the most important military base for the forces of Hifter in the western region, and it was under their control since years.

It is also worth mentioning that the forces of Al-Wefaq, supported by Turkey, had controlled in April last on the cities of the western coast, Sabratha and Surman and others, in the framework of the operation "Peace Storm".

[ad_2]

Read also:
- The Turkish drones target a convoy of Hifter forces near Tarhuna
- Hifter announces a "humanitarian truce" in the month of Ramadan
- The UN: the number of the displaced in Libya exceeded 200 thousand

Share: Facebook | Twitter | Telegram"""),

dict(
group="gna_seizes_al_watiya_air_base_2020_05_18",
published="2020-05-20",
outlet="Defence Trade Monitor",
title="Al-Watiya falls: Turkish drones, air defence duels and a captured Pantsir",
text="""Defence Trade Monitor | Analysis | Air & Missile Defence

The capture of al-Watiya air base on 18 May by forces of Libya's Government of National Accord (GNA) removes the Libyan National Army's (LNA's) last significant air facility in the north-west of the country and is the clearest demonstration yet of what Turkish support has done to the balance of air power around Tripoli.

The base. Al-Watiya, also known as Uqba bin Nafi, lies about 140 km south-west of Tripoli and roughly 25-30 km from the Tunisian border. It has hardened aircraft shelters and long runways and was one of the largest air bases built in the Gaddafi era. LNA forces had held it since 2014 and used it as a staging point for strikes on Zuwara, Zawiya and the western outskirts of the capital. GNA forces had besieged it for weeks.

How it fell. Reporting from the region indicates that LNA units abandoned the base in the early hours of 18 May after several days of drone and air strikes, and that GNA forces under the western region command of Osama Juwaili entered without significant fighting. LNA spokesman Ahmed al-Mismari described the move as a pre-planned withdrawal.

The drone campaign. Since the GNA launched Operation Peace Storm in late March, Turkish-operated Bayraktar TB2 and, according to some observers, larger Anka-S drones have flown persistent strike missions against LNA supply lines between the south and the Tripoli front. Turkey has also fielded electronic warfare systems that observers credit with degrading LNA air defences and jamming the Emirati-supplied Wing Loong II drones that had dominated Libyan skies for much of 2019.

The Pantsir duel. The most striking development of the past week has been the loss of several Russian-made Pantsir-S1 air defence systems, which had been supplied to the LNA. GNA-affiliated accounts released videos of drones striking Pantsir units near al-Watiya and on roads in the west, and on 20 May GNA forces displayed an apparently intact Pantsir on a heavy transporter in Tripoli, which they said had been seized on its way to the base. Pantsir is built by Russia's KBP and has been widely exported; its presence in Libya, in contravention of the arms embargo, had been reported by monitors for months. Its vulnerability to low-flying drones will be watched closely by other operators.

What comes next. With al-Watiya in hand, the GNA can concentrate on the LNA's remaining western stronghold of Tarhouna and on the southern Tripoli front, where the LNA said this week it would pull back two to three kilometres. Observers also expect Ankara to consider al-Watiya for its own use, potentially to host air defence assets or, in time, combat aircraft, though Turkish officials have not commented.

The risk of escalation is real. The LNA's backers have the means to bring in more capable air defence and aircraft, and the war has already turned into a contest of foreign-supplied systems on both sides.

Bottom line: al-Watiya confirms that Turkish drones, backed by electronic warfare and air defence, have shifted the air balance in western Libya in under two months."""),
]
