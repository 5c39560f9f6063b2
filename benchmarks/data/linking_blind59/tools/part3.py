G8 = "africom_says_russia_sent_jets_to_libya_2020_05_26"
add(G8, "2020-05-26", "Meridian Press Agency",
"US military says Russia sent fighter jets to Libya",
"""WASHINGTON (MPA) - The US military's Africa Command said on Tuesday that Russia had deployed military fighter aircraft to Libya to support Russian private contractors fighting alongside eastern commander Khalifa Haftar's forces.

AFRICOM said the jets flew from a base in Russia to Syria, where they were repainted to hide their Russian markings, before landing at the al-Jufra air base in central Libya. "For too long, Russia has denied the full extent of its involvement in the ongoing Libyan conflict. Well, there is no denying it now," AFRICOM commander General Stephen Townsend said in a statement. There was no immediate comment from Moscow.""")

add(G8, "2020-05-27", "Mediterranean Security Review",
"AFRICOM imagery: MiG-29s and Su-24s at al-Jufra, repainted in transit through Syria",
"""MEDITERRANEAN SECURITY REVIEW - FLASH ANALYSIS

US Africa Command on Tuesday, May 26, published satellite and aerial imagery that it said showed Russian military fighter aircraft deployed to al-Jufra air base in central Libya, the main forward hub of Khalifa Haftar's Libyan National Army (LNA). The types shown are the MiG-29 Fulcrum air superiority fighter and the Su-24 Fencer strike aircraft.

The claim. According to AFRICOM, the aircraft left an airbase in Russia and staged through Hmeimim in Syria, where they were repainted to remove Russian Federation markings, before continuing to Libya. The command said the jets would likely provide close air support and offensive fires for the Wagner Group, and that neither the LNA nor private contractors could "arm, operate and sustain these fighters" without state backing. Gen. Stephen Townsend linked the move to Haftar's announcement days earlier of a new air campaign: "That will be Russian mercenary pilots flying Russian-supplied aircraft to bomb Libyans."

What was not said. AFRICOM did not initially give a number of aircraft. Press reports over the past week had cited as few as six and as many as eight MiG-29s arriving; US officials later briefed a figure of 14 airframes in total. The statement also did not say who would fly them.

Context. The deployment follows a run of LNA setbacks. GNA forces, backed by Turkish Bayraktar TB2 drones and air defences, captured Al-Watiya air base on May 18 and destroyed several Russian-made Pantsir S-1 air defence systems in the preceding weeks. Wagner contractors have reportedly been pulling back from the southern Tripoli front towards Bani Walid and Jufra. On May 21 the LNA's air force chief Saqr al-Jaroushi promised "the largest aerial campaign in Libyan history" against Turkish positions.

Capability. The LNA's legacy fighter fleet consists mostly of a handful of refurbished MiG-21s and MiG-23s and L-39 trainers. Modernised MiG-29s with precision munitions, or Su-24s capable of night strike, would represent a step change - but require ground crews, spares and weapons that would point to a state supplier.

Reaction. Russian senators dismissed the claim on Wednesday. Viktor Bondarev, chairman of the Federation Council defence committee, said that if the aircraft were in Libya they were "Soviet, not Russian", describing the US statement as nonsense. The Kremlin said it had no information. The LNA has not commented directly.

Implications. The appearance of Russian state aircraft would mark a shift from deniable contractors to overt state equipment, complicating the UN embargo picture documented in the panel of experts' report earlier this month, which estimated 800 to 1,200 Wagner personnel in Libya. It also raises the prospect of direct encounters with Turkish drones and air defences.

MSR subscribers can access the annotated imagery set in the members' area.""")

add(G8, "2020-05-27", "Vostok Information Agency",
"Russian senators call US claims about fighter jets in Libya 'nonsense'",
"""MOSCOW, May 27 - Russian lawmakers on Wednesday rejected claims by the US military's Africa Command that Russia had sent fighter jets to Libya, calling the statement "nonsense" and "stupidity".

Viktor Bondarev, head of the Federation Council's defence and security committee and a former commander of the Russian Aerospace Forces, said the MiG-29 was a Soviet aircraft that had been supplied to many countries since the 1980s. "If there are such aircraft in Libya, they are Soviet, not Russian," he said, adding that it was absurd to suggest that a few fighters could decide the outcome of the Libyan conflict.

Another senator, Vladimir Dzhabarov, said Russia had not sent any military personnel to Libya and that the upper house had received no request to authorise the use of the armed forces abroad, which the Russian constitution requires.

AFRICOM said on Tuesday that Russian fighter aircraft had flown to Libya via Syria, where they were repainted to conceal their origin, to support Russian private military contractors. AFRICOM commander General Stephen Townsend said Russia could "no longer deny" its involvement.

The Kremlin has said it has no information about the matter and that Moscow's position on Libya remains unchanged: Russia supports an immediate ceasefire and a political settlement based on the decisions of the Berlin conference.

The Libyan National Army under Khalifa Haftar has previously said it has operated and repaired Soviet-era aircraft from its own inventory for years. Libya under Muammar Gaddafi bought large quantities of Soviet military equipment.

Russian officials have accused Western countries of ignoring Turkey's supply of drones, air defence systems and Syrian militants to the government in Tripoli in violation of the arms embargo.""")

add(G8, "2020-05-28", "Al-Mashhad Al-Arabi",
"The American Africa Command: Russian fighters arrived in Libya.. and Moscow denies",
"""The United States Africa Command "AFRICOM" announced on the day before yesterday Tuesday that Russia sent military fighter aircraft to Libya to support the mercenaries of the Russian company "Wagner" who are fighting alongside the forces of Khalifa Haftar, while Russian officials described the accusation as "stupidity".

The command said in a statement that the Russian aircraft took off from a base in Russia and stopped in Syria, where they were painted again to hide their Russian identity, before they arrived at the Jufra air base in the center of Libya. And it published pictures that it said show fighters of the type MiG-29 and Sukhoi-24 at the base.

The commander of AFRICOM, General Stephen Townsend, said: "Russia has long denied the full extent of its involvement in the ongoing Libyan conflict, but now there is no room for denial", adding that "the world heard Haftar announce that he is about to launch a new air campaign, and it will be Russian mercenary pilots flying aircraft supplied by Russia to bomb the Libyans".

For his part, the head of the defence committee in the Russian Federation Council, Viktor Bondarev, said yesterday Wednesday that the American statement is "nonsense", and that if there are MiG-29 aircraft in Libya "they are Soviet and not Russian".

In Tripoli, the Interior Minister of the Government of Accord Fathi Bashagha welcomed the American statement, and said that the government has information about the arrival of "at least eight aircraft" to Jufra, and he called on Washington to increase its pressure on the countries supporting Haftar.

It is worth mentioning that the commander of the air force of the Libyan army, Major General Saqr al-Jaroushi, had announced last week the launching of "the largest air campaign in Libyan history" against Turkish positions and interests in the cities controlled by the Government of Accord, after the forces of the government took control of the Watiya air base on the 18th of May current.

It is worth mentioning that the United Nations experts had said in a confidential report at the beginning of this month that the number of Wagner elements in Libya is between 800 and 1,200, which Moscow denies.

Our sources
Follow the latest news on our application
Click here to subscribe to the newsletter""")

G9 = "sisi_declares_sirte_jufra_red_line_2020_06_20"
add(G9, "2020-06-20", "Nile Gazette",
"Sisi: Sirte and Jufra are a red line, Egypt's intervention in Libya now legitimate",
"""MATROUH - President Abdel Fattah al-Sisi said on Saturday that the Libyan cities of Sirte and al-Jufra are a "red line" for Egypt's national security, and that any direct Egyptian intervention in Libya had become legitimate under international law.

Inspecting units of the armed forces at an air base in the Western Military Zone near the Libyan border, the President said Egypt had never sought to interfere in the affairs of others, but that the situation in its western neighbour posed a direct threat.

"If some think that they can cross the Sirte-Jufra front line, this is a red line for us," Sisi said. He added that any direct intervention by Egypt "has now acquired international legitimacy", whether under the UN Charter's right of self-defence or at the request of the only elected legitimate authority in Libya, the House of Representatives.

The President told the troops to be ready to carry out any mission "inside our borders, or outside our borders if necessary". He said Egypt was prepared to train and arm the young men of Libya's tribes to defend their country, and that the objectives of any intervention would be to protect the border, to restore stability and to achieve a ceasefire.

Sisi renewed his call for a political settlement based on the Cairo Declaration he announced on June 6 alongside Field Marshal Khalifa Haftar and Speaker Aguila Saleh, which proposed a ceasefire from June 8, the exit of foreign mercenaries and the election of a new presidential council. He said Egypt's army was among the strongest in the region and that it was "not an army of aggression".

The address came as forces loyal to the Tripoli government, backed by Turkey, massed west of Sirte after the Libyan National Army withdrew from the outskirts of the capital and from Tarhouna at the beginning of June. Egypt shares a border of about 1,200 kilometres with Libya.

Saudi Arabia, the United Arab Emirates, Bahrain and Jordan issued statements on Saturday expressing support for Egypt's right to defend its borders and its people.""")

add(G9, "2020-06-21", "Tripoli Watch",
"GNA: Sisi's threats are a 'declaration of war'",
"""Tripoli Watch | 21 June 2020

The Government of National Accord described on Sunday Egyptian President Abdel Fattah al-Sisi's remarks about a possible military intervention in Libya as "a declaration of war" and a hostile act against the Libyan state.

In a statement, the Presidential Council said the threat to send troops was "a flagrant interference in Libya's internal affairs" and "a threat to national security", and it rejected the designation of any Libyan city as a red line by a foreign power. "Libya's territory and its cities are not a red line for anyone but Libyans," a Council spokesman said.

On Saturday, speaking at an air base near the Libyan border, Sisi said Sirte and al-Jufra were a red line and that Egyptian intervention had become "internationally legitimate". He also said Egypt was ready to arm Libyan tribes.

The High Council of State, headed by Khaled al-Mishri, said the speech showed "Egypt's role in the aggression on Tripoli", and called on the UN and the Arab League to condemn it. The Volcano of Anger operations room said it would continue preparations for the operation to liberate Sirte and Jufra "regardless of the threats".

Interior Minister Fathi Bashagha wrote that Libyans would not accept guardianship, and that the GNA had legitimate agreements with Turkey signed under UN recognition. Turkey has called the Cairo Declaration "stillborn".

GNA forces have advanced east since June 4, when the aggressor forces withdrew from southern Tripoli and later from Tarhouna and Bani Walid. Mass graves discovered in Tarhouna are under investigation. The GNA says it will not negotiate on a ceasefire before Haftar's forces leave Sirte and Jufra.

The Libyan ambassador to the UN, Taher El-Sonni, said in a letter that Egypt's statement violated the UN Charter.

Exit mobile version

Share this:
Facebook
Twitter
Telegram""")

add(G9, "2020-06-22", "The Northern Chronicle",
"Egypt draws a line in the sand at Sirte as Libya's war turns regional",
"""By our Cairo correspondent

Abdel Fattah al-Sisi chose his setting carefully. Standing before rows of troops and aircraft at an air base near Sidi Barrani, less than 150 kilometres from the Libyan frontier, the Egyptian president declared on Saturday that the towns of Sirte and al-Jufra were a "red line" and that an Egyptian intervention in Libya had acquired "international legitimacy".

It was the most explicit threat of military action against the Turkish-backed Government of National Accord that Cairo has made since the war for Tripoli began in April 2019, and it came at the moment when the battlefield has swung decisively against Egypt's ally Khalifa Haftar.

In little more than a month, Haftar's Libyan National Army lost the Al-Watiya air base, abandoned its positions south of Tripoli and Tarhouna, and fell back along the coast to Sirte, the birthplace of Muammar Gaddafi and the gateway to the oil crescent. GNA units, supported by Turkish drones and, by the accounts of UN monitors, Syrian fighters, are now gathering at Abu Grein and Tawergha, west of the town.

Mr Sisi told the soldiers to be prepared for missions "inside or outside our borders" and offered to train and arm Libyan tribesmen. He said Egypt's aims would be to secure its long western border, to help Libya reach a ceasefire and to prevent "terrorist militias" and "mercenaries" from reaching its doorstep.

The speech was applauded in Abu Dhabi and Riyadh, and Saudi Arabia, the UAE, Jordan and Bahrain issued statements of support within hours. In Tripoli the reaction was furious: the GNA on Sunday called the remarks a "declaration of war".

Ankara has so far responded more cautiously. Turkish officials have insisted that a ceasefire is only possible if Haftar's forces withdraw from Sirte and Jufra, precisely the line Egypt says must not be crossed. Turkey has also dismissed the Cairo Declaration, the initiative Mr Sisi unveiled on June 6 with Haftar and Aguila Saleh, the speaker of the eastern parliament, as an attempt to save a defeated commander.

Whether Egypt would actually send troops is another matter. Its army is large, but its last major foreign deployment, to Yemen in the 1960s, is remembered as a disaster, and analysts in Cairo say a ground campaign hundreds of kilometres inside Libya would be costly. The more likely scenario, some argue, is air power and support for the LNA - a reminder that Egyptian aircraft have struck in eastern Libya before, notably against Islamic State targets in Derna in 2015 and 2017.

Still, the speech has raised the stakes. European diplomats worry about a direct clash between two of the region's largest militaries over a town of 80,000 people. The United Nations, still without a permanent envoy since Ghassan Salame resigned in March, has urged all sides to de-escalate, and its acting envoy Stephanie Williams has warned of the danger of foreign escalation.

France, which has called Turkey's role unacceptable, is watching closely. Emmanuel Macron is due to host Tunisia's president in Paris on Monday.

Read more: Libya after Tarhouna - the mass graves question | The oil blockade enters its sixth month""")

G10 = "macron_accuses_turkey_dangerous_game_2020_06_22"
add(G10, "2020-06-22", "Libya Live Desk",
"Macron: Turkey playing a 'dangerous game' in Libya",
"""Monday 22 June, 19:05

French President Emmanuel Macron has accused Turkey of playing "a dangerous game" in Libya and of breaking all the commitments it made at the Berlin conference in January. Speaking after talks with Tunisian President Kais Saied at the Elysee, Macron said France would not tolerate Turkey's role, and said he understood the "legitimate concerns" of Egypt's Sisi, who on Saturday warned of intervention if GNA forces move on Sirte. Macron said he had delivered the same message to Donald Trump by phone earlier on Monday.

Tensions have been rising since a June 10 incident in which France says a Turkish frigate illuminated the French navy frigate Courbet with its fire-control radar. Ankara denies it. More to follow.""")

add(G10, "2020-06-23", "Bosphorus Daily",
"Ankara rejects Macron's 'dangerous game' remarks, says France backs putschist Haftar",
"""ANKARA - Turkish officials on Tuesday rejected accusations by French President Emmanuel Macron that Turkey is playing a "dangerous game" in Libya, saying it is France that has supported the putschist Khalifa Haftar and undermined the UN-recognised government.

Macron said on Monday, after meeting Tunisian President Kais Saied in Paris, that Turkey was in violation of all its commitments under the Berlin Conference and that France would not tolerate its role. He also said he understood the concerns voiced by Egyptian President Abdel Fattah al-Sisi, who threatened on Saturday to send troops into Libya.

Turkish diplomatic sources said Turkey was in Libya at the invitation of the legitimate Government of National Accord, under agreements that comply with international law, and that it was Turkish support that had halted Haftar's attacks on Tripoli and prevented a humanitarian disaster in the capital.

"Those who supported the putschist who bombarded civilians, who sent weapons to him in breach of the embargo, have no right to lecture Turkey," one official said, recalling that US-made Javelin missiles belonging to France were found in a Haftar base in Gharyan last year. Paris said at the time the missiles were unusable and had been stored for the protection of French troops, and denied transferring them.

Presidential spokesman Ibrahim Kalin said last week that France's position on Libya was "a mystery" and accused Paris of trying to increase Russia's presence in the country. Turkey's Foreign Minister Mevlut Cavusoglu has urged France to stop backing Haftar, whom Ankara holds responsible for the mass graves discovered in Tarhouna this month.

Turkey also dismisses French claims that a Turkish frigate targeted the French warship Courbet with its fire-control radar on June 10 during a NATO mission in the Mediterranean. Turkish military sources say the French vessel approached a Turkish-escorted civilian ship in an aggressive manner and that no radar lock took place. NATO has said it is investigating the incident.

Ankara says the Cairo Declaration promoted by Egypt, the UAE and France is an attempt to save Haftar after his defeats, and insists that any ceasefire must be preceded by the withdrawal of his forces from Sirte and al-Jufra.

The GNA, supported by Turkish drones and military advisers, has since early June driven Haftar's forces out of the whole north-west of the country, including Tarhouna. Macron's comments were welcomed by the Haftar camp and by Cairo.

Tags: France, Libya, Macron, NATO""")

G11 = "akar_vows_to_hold_uae_accountable_2020_07_30"
add(G11, "2020-07-30", "Bosphorus Daily",
"Turkey will hold UAE accountable for 'malicious acts' in Libya, Syria: Akar",
"""ANKARA - Turkish National Defence Minister Hulusi Akar said on Thursday that Turkey would hold the United Arab Emirates accountable "at the right place and time" for what he described as its malicious acts in Libya and Syria.

"Abu Dhabi does what it does in Libya, does what it does in Syria. All of it is being recorded," Akar told Qatar-based Al Jazeera in an interview, parts of which the channel shared on social media on Thursday. "At the right place and at the right time, the accounts will be settled."

Akar described the UAE as "a functional country" used remotely to serve the political and military interests of others, and urged Abu Dhabi to consider its size and the limits of its influence before "spreading sedition and corruption". He also accused the Emirates of supporting terror groups hostile to Turkey with the aim of harming it.

On Libya, Akar said a settlement would not be possible as long as the UAE, Saudi Arabia, Egypt, Russia and France continued supporting Khalifa Haftar. He said those countries should stop Haftar and solve the issue of Sirte and al-Jufra, and advised Egypt to refrain from statements that, he said, fuel the war rather than serving peace.

The UAE has been repeatedly accused by the Libyan government of arming Haftar in violation of the UN arms embargo, including through cargo flights documented by UN experts. Libya's National Oil Corporation this month accused the UAE of instructing Haftar's forces to reimpose a blockade on oil exports, after a brief resumption of loadings. Abu Dhabi has rejected such accusations.

Turkey's support for the Government of National Accord since January, under a security and military cooperation agreement signed in November 2019, enabled Tripoli's forces to push Haftar's militias out of north-western Libya in June. The front line has since stabilised west of Sirte, where Egypt's parliament this month authorised the deployment of troops abroad if needed.

Akar visited Tripoli in early July together with Chief of General Staff Gen. Yaşar Güler and met Prime Minister Fayez al-Sarraj. Days later, unidentified warplanes struck Al-Watiya air base, where Turkish air defence systems had reportedly been installed; Turkish officials did not confirm damage.

The comments mark a sharp escalation in rhetoric between Ankara and Abu Dhabi, whose rivalry spans Libya, Syria, the Horn of Africa and the Eastern Mediterranean.""")

add(G11, "2020-08-01", "Gulf Horizon",
"Gargash hits back at Akar: 'the language of threats' has no place in diplomacy",
"""ABU DHABI - UAE Minister of State for Foreign Affairs Dr Anwar Gargash on Saturday rejected comments by Turkish Defence Minister Hulusi Akar, who threatened this week to hold the United Arab Emirates accountable over its role in Libya and Syria.

In posts on Twitter, Gargash said the "provocative" statements reflected the failure of Ankara's policies and its colonial ambitions in the Arab world, and urged Turkey to stop interfering in Arab affairs. He said the language of threats and intimidation had no place in relations between states.

In an interview with Al Jazeera broadcast on Thursday, Akar said Turkey would hold Abu Dhabi accountable "at the right place and time" for its actions in Libya and Syria, calling the UAE a "functional state" used by others and accusing it of supporting groups hostile to Turkey. He also said there would be no settlement in Libya unless the UAE, Saudi Arabia, Egypt, Russia and France stopped backing Khalifa Haftar.

Emirati commentators described the interview as an attempt to distract from Turkey's own military deployment in Libya, where Ankara has sent officers, drones, air defence systems and, according to the UN, thousands of Syrian fighters in support of the Tripoli government. UN experts have documented flights between Turkey and western Libya, and in February President Erdogan confirmed that members of the "Syrian National Army" were present in Libya.

Gargash has repeatedly said the UAE supports a ceasefire and a political process under UN auspices. In May, he called for "an immediate, comprehensive ceasefire" and said that tactical territorial gains were "mirages of victory". The UAE has also welcomed Egypt's Cairo Declaration of June 6, which called for a ceasefire, the withdrawal of foreign mercenaries and the dismantling of militias.

Relations between Abu Dhabi and Ankara have deteriorated sharply in recent years over Turkey's support for Qatar during the Gulf boycott, the role of political Islam in the region, and competing interests in Libya, Sudan, Somalia and the Eastern Mediterranean, where the UAE has sided with Greece, Cyprus and Egypt against Turkish gas exploration.

The Arab League has also criticised Turkish interventions in Arab states.

We use cookies to give you the best experience. Manage preferences | Accept all

Trending
1. UAE reports new COVID-19 recoveries
2. Barakah nuclear plant begins operations
3. Gargash: Arab security is indivisible""")

G12 = "sarraj_and_saleh_announce_ceasefire_2020_08_21"
add(G12, "2020-08-21", "Meridian Press Agency",
"Libya's rival authorities announce ceasefire, call for elections",
"""TRIPOLI (MPA) - Libya's two rival administrations announced on Friday an immediate halt to fighting across the country, in separate statements that raised hopes of a political solution after more than a year of war.

Fayez al-Sarraj, head of the UN-recognised Government of National Accord (GNA) in Tripoli, said he had ordered all military forces to cease fire and to halt combat operations on all Libyan territory. He called for the demilitarisation of Sirte and al-Jufra, the central areas where front lines have been frozen since June, and for security arrangements to be agreed by both sides' forces.

Sarraj also called for parliamentary and presidential elections in March 2021 "on a suitable constitutional basis agreed by Libyans", and for the resumption of oil production and exports, with revenues to be held in a special account of the National Oil Corporation at the Libyan Foreign Bank until a political settlement is reached.

In a separate statement, Aguila Saleh, speaker of the eastern-based House of Representatives and an ally of commander Khalifa Haftar, also called on all parties to observe an immediate ceasefire. He proposed that Sirte become the temporary seat of a new presidential council, protected by police forces from all regions.

Neither statement mentioned Haftar, whose Libyan National Army (LNA) did not immediately comment. Forces aligned with the GNA had been preparing to advance on Sirte, which Egypt has called a red line.

The UN mission in Libya welcomed the announcements and said it was an important step. Acting UN envoy Stephanie Williams said she hoped the parties would quickly agree on the departure of foreign forces and mercenaries. Egyptian President Abdel Fattah al-Sisi also welcomed the statements on Twitter, as did the United Arab Emirates and Qatar.

The US embassy said it welcomed the "courageous" leadership shown and urged the implementation of a demilitarised solution for Sirte. Libya's oil output has fallen to below 100,000 barrels per day from about 1.2 million because of a blockade imposed by Haftar-aligned groups since January.

Turkey, which backs the GNA, and Russia, which has been accused of supporting the LNA with Wagner mercenaries and aircraft, did not immediately react. The statements followed weeks of diplomacy by the United States, Germany and others to prevent a battle for Sirte.""")

add(G12, "2020-08-22", "Libya Live Desk",
"Libya ceasefire: reactions roll in to Sarraj and Saleh statements",
"""Libya Live Desk - Saturday 22 August

11:30 The LNA still hasn't said anything on the record about yesterday's twin ceasefire statements by Fayez al-Sarraj and Aguila Saleh. An LNA source told local TV the army "takes note" but will not abandon Sirte. Worth noting that neither statement mentioned Haftar by name.

10:45 Germany's foreign minister Heiko Maas, who was in Tripoli and Tobruk earlier this week, calls the announcements "a glimmer of hope".

10:10 Arab League, Egypt, UAE, Saudi Arabia, Qatar and Italy have all welcomed the move. Turkey's foreign ministry says a lasting ceasefire requires Haftar to respect it.

09:30 Recap: Sarraj ordered an immediate ceasefire across Libya, called for Sirte and Jufra to be demilitarised, elections in March and a restart of oil exports with the money frozen at the NOC. Saleh's statement also called for a ceasefire and proposed Sirte as the seat of a new presidential council.""")

add(G12, "2020-08-23", "Haber Ekspres English",
"Libya'da ateşkes: Turkey welcomes the decision of legitimate government, Haftar side silent",
"""The legitimate Government of National Accord of Libya and the House of Representatives in Tobruk announced ateşkes (ceasefire) on Friday with separate statements and the decision was welcomed by Turkey and many countries.

The Head of the Presidential Council Fayez es-Serrac said in his written statement that he gave the instruction to all military forces to stop the fire and all combat operations in whole territory of Libya. Serrac said that real ceasefire requires that the Sirte and Cufra (Jufra) regions become demilitarized zones and that the police forces of both sides make the security arrangements there. He also called for presidential and parliamentary elections to be held in March of next year.

The Speaker of the Tobruk-based House Ageela Salih in his statement also asked all parties for an immediate ceasefire and he suggested that Sirte city would be the temporary headquarters of the new Presidential Council.

Turkish Dışişleri Bakanlığı stated that Turkey supports the ceasefire call of the legitimate government and that it is important that the putschist Haftar and his supporters must respect the ceasefire. Ministry spokesman said Turkey will continue its support to the Libyan government under the agreements.

The statements did not mention the name of Haftar. Until now the Haftar militia did not make an official statement. Some sources in the east of the country claimed that Haftar is not happy with the initiative of Salih.

The ceasefire announcement came after German Foreign Minister Heiko Maas visited Tripoli and after that met with Salih in the east. The United States also had intensive talks with parties. Egypt President Sisi welcomed the ceasefire and said it was an important step.

The Government forces reached the west of Sirte in June after taking back Tarhuna and all the west of the country with the support of Turkey. Turkish officials said that Sirte and Cufra must be left by the Haftar forces for a permanent solution. Egypt had declared the line of Sirte-Jufra as "red line" on 20 June and its parliament gave permission for sending troops to Libya.

Oil production was stopped by the Haftar forces in January and the loss of the country is more than 8 billion dollars, according to the Ulusal Petrol Kurumu (NOC). Serrac's plan foresees the resumption of the production with revenues frozen in an account.

İlgili Haberler
» Akar ve Çavuşoğlu Trablus'ta temaslarda bulundu
» Maas: Libya'da sessizlik aldatıcı""")

G13 = "sarraj_announces_plan_to_step_down_2020_09_16"
add(G13, "2020-09-16", "Meridian Press Agency",
"Libya's Sarraj says he will hand over power by end of October",
"""TRIPOLI (MPA) - Fayez al-Sarraj, head of Libya's UN-recognised Government of National Accord (GNA), said on Wednesday he wanted to hand over his duties to a new executive authority by the end of October, once UN-led talks produce a new leadership.

"I announce to everyone my sincere desire to hand over my duties to the next executive authority no later than the end of October," Sarraj said in a televised address, adding that he hoped the dialogue committee would by then have chosen a new presidential council and prime minister.

Sarraj, 60, has led the Tripoli-based administration since it was installed in 2016 under the 2015 Skhirat agreement. His announcement comes after weeks of protests in Tripoli and other western cities over power cuts, corruption and poor living conditions, and after a public rift with his interior minister, Fathi Bashagha, whom he suspended in late August before reinstating him days later.

In the east, the parallel government aligned with commander Khalifa Haftar submitted its resignation to the eastern parliament on Sunday after protests over electricity cuts and fuel shortages in Benghazi and other cities.

The UN mission has been preparing talks to agree a new unified executive and elections. Representatives of the Tripoli-based High Council of State and the eastern House of Representatives met in Bouznika, Morocco, earlier this month and said they had reached understandings on the criteria for allocating top posts.

Rival Libyan authorities announced a ceasefire on August 21, which has largely held around the central city of Sirte, where GNA forces backed by Turkey face the LNA, which is supported by Russia's Wagner group, the UAE and Egypt according to UN experts. Turkey, Sarraj's main foreign backer, did not immediately comment on his announcement.""")

add(G13, "2020-09-17", "Tripoli Watch",
"Sarraj's intention to resign: reactions in Tripoli, Misrata, and Ankara's silence",
"""Tripoli Watch | 17 September 2020

Reactions continued on Thursday to the announcement by the head of the Presidential Council, Fayez al-Sarraj, that he intends to hand over power to a new executive authority by the end of October.

In a speech broadcast on Wednesday evening, Sarraj said the political dialogue under UN supervision had entered a new phase and that he wished to hand over his duties "no later than the end of October", provided the dialogue committee completes its work and chooses a new presidential council and head of government. He said the Presidential Council had worked "in an atmosphere that was not normal" since 2016, in the face of divisions and "the aggression" on Tripoli.

Members of the High Council of State welcomed the step as a "responsible" move that would facilitate the formation of a unified executive, while some commanders in Misrata and Zawiya warned against a vacuum while the foreign mercenaries of the aggressor remain in Sirte and Jufra. Protesters of the "Hirak 23/8" movement, who have demonstrated in Martyrs' Square since August 23 against corruption and power cuts, said the resignation should be immediate and complete.

Interior Minister Fathi Bashagha, who returned to his post on September 3 after a brief suspension by Sarraj, said he respected the decision and called for the new authority to be chosen on the basis of competence.

There was no immediate official comment from Ankara, Tripoli's main ally, which signed military and maritime agreements with Sarraj in November 2019. A diplomatic source said Turkey had not been informed in advance.

Sarraj's announcement came days after the eastern government of Abdullah al-Thinni offered its resignation to the House of Representatives in Tobruk following protests in Benghazi, al-Bayda and al-Marj.

Read also: Bouznika talks: the two councils agree on criteria for sovereign positions

NOC lifts force majeure at some fields as ceasefire holds

The National Oil Corporation announced on Friday the lifting of force majeure at "secure" oil fields and terminals, after groups loyal to Haftar said they would allow production to resume. The corporation said it would only resume operations at facilities free of armed groups and mercenaries, and that revenues would be frozen in its account at the Libyan Foreign Bank until a political settlement is reached. Libya's production has fallen to about 100,000 barrels per day since the blockade began in January, costing the country more than $9.8 billion according to NOC estimates. Engineers said it could take weeks to restore output at fields damaged by the shutdown. Haftar announced on Friday that exports would resume under "conditions" guaranteeing a fair distribution of revenues, in an agreement that Deputy Prime Minister Ahmed Maiteeq said he had negotiated. Several members of the Presidential Council said they were not consulted.""")
