G5 = "erdogan_confirms_syrian_fighters_in_libya_2020_02_21"
add(G5, "2020-02-21", "Meridian Press Agency",
"Erdogan confirms Turkish-backed Syrian fighters are in Libya",
"""ISTANBUL (MPA) - Turkish President Recep Tayyip Erdogan on Friday acknowledged for the first time that fighters from Turkish-backed Syrian rebel factions were in Libya alongside Turkish military trainers supporting the Tripoli government.

"Turkey is there with a training force. There are also people from the Syrian National Army," Erdogan told reporters in Istanbul before leaving for Friday prayers, referring to the coalition of Syrian opposition groups that Ankara funds and equips in northern Syria.

Erdogan did not say how many Syrians were in Libya or what role they played. Turkey has said its military personnel are there to train and advise forces of the UN-recognised Government of National Accord (GNA) under a security pact signed in November.

The Turkish leader went on to question why there was so much attention on Turkey when, he said, about 2,500 fighters from the Russian private military company Wagner were supporting eastern commander Khalifa Haftar. Moscow has denied that the Russian state has any forces in Libya. Erdogan also said there were thousands of other foreign fighters on Haftar's side, mentioning Sudanese and Chadian groups.

His remarks came a day after he met GNA Prime Minister Fayez al-Sarraj in Istanbul. Turkish officials gave no details of the meeting.

The UN mission in Libya and human rights groups have expressed concern over the flow of foreign fighters into Libya. The Syrian Observatory for Human Rights, a Britain-based war monitor, has said in recent weeks that several thousand Syrian fighters have been flown to Libya via Turkey, and that dozens have been killed. Ankara had until now avoided confirming their presence, and GNA officials had denied that Syrians were fighting for them.

Haftar's Libyan National Army (LNA) has said it will not accept a permanent ceasefire unless "Syrian and Turkish mercenaries" leave Libya and Turkey stops sending weapons to Tripoli. LNA spokesman Ahmed al-Mismari has repeatedly accused Turkey of flying Syrians into Mitiga airport.

At a conference in Berlin on January 19, Turkey, Russia and other powers pledged to respect the UN arms embargo and stop interfering in the conflict. UN envoy Ghassan Salame has since said the embargo was being violated by both sides "by land, sea and air". A shaky truce agreed in January has frequently been broken.

The rival Libyan sides have held two rounds of indirect military talks in Geneva this month under UN auspices, without a final agreement. Political talks are due to start there next week.""")

add(G5, "2020-02-22", "Nile Gazette",
"Erdogan finally admits sending Syrian mercenaries to Libya",
"""CAIRO - Turkish President Recep Tayyip Erdogan has admitted that Syrian fighters loyal to Ankara are in Libya, confirming after weeks of denials what the Libyan National Army and Arab governments have said since December.

Speaking to journalists in Istanbul on Friday, Erdogan said Turkey was present in Libya with a "training force" and that members of what he called the "Syrian National Army" were also there. He gave no figures.

The admission was welcomed in Benghazi as vindication. LNA spokesman Major General Ahmed al-Mismari said in a televised briefing on Friday evening that the army had documented "thousands" of Syrian mercenaries, many of them drawn from extremist factions, arriving at Mitiga and Misrata airports on Libyan and Turkish flights, and that their presence was the main reason for violations of the truce in Tripoli. He put the number at more than 6,000, a figure that could not be verified.

The Syrian Observatory for Human Rights, which monitors the Syrian war from Britain, said last week that about 4,700 Syrians had reached Libya and that almost 2,000 more were in training camps in Turkey. It said at least 117 had been killed in fighting. Other estimates are lower.

Erdogan also claimed that 2,500 Russian contractors were fighting with the LNA, a claim Moscow has rejected. Egyptian commentators said the Turkish president was trying to deflect attention from his own violations of the Berlin conference commitments, which he signed last month.

Egypt has warned repeatedly that the transfer of foreign terrorist fighters to Libya represents a direct threat to its national security and to the countries of the Sahel. Foreign Minister Sameh Shoukry told his European counterparts in Brussels earlier this week that Cairo would not stand idle in the face of attempts to turn Libya into "a haven for terrorists".

The Arab League condemned in December any foreign military intervention in Libya, and Egypt, Greece, Cyprus and France have rejected the maritime memorandum signed by Ankara and the Sarraj government on November 27 as contrary to international law.

On Friday, Field Marshal Khalifa Haftar told a Russian news agency that his conditions for a ceasefire were the withdrawal of Syrian and Turkish mercenaries, an end to Turkish arms supplies to Tripoli and the elimination of terrorist groups.

Related
- LNA: Turkish ship unloading weapons at Tripoli port
- Shoukry meets EU counterparts on Libya
- Sisi: Libya's security is part of Egypt's security""")

add(G5, "2020-02-22", "Haber Ekspres English",
"Erdoğan: Libya'da eğitim gücümüz var, Suriye Milli Ordusu'ndan da insanlar var",
"""President Recep Tayyip Erdoğan, who spoke to the journalists after the cuma namazı (Friday prayer) in Istanbul, made statements about Libya and Syria.

Erdoğan said: "We are in Libya with our training force. Also there are people from the Suriye Milli Ordusu (Syrian National Army)." President stated that Turkey went to Libya with the invitation of the legitimate government and according to the agreement on security and military cooperation which was signed with the government.

Erdoğan also asked why nobody talks about the Russian Wagner. "There is a security company of Russia with 2,500 people there. Why nobody speaks of them? Haftar's supporters want us to leave, but they never say something about those ones," he said. He also said that there are nearly 15 thousand terrorists on the side of putschist Haftar, coming from Sudan and Chad and other places.

President Erdoğan said Haftar is not a legitimate interlocutor (muhatap) for Turkey and that the legitimate government is the one of Fayez es-Serrac. He said that on Thursday he had received Serrac in Istanbul in Vahdettin Köşkü and they discussed the last developments.

Asked about the Idlib, Erdoğan said the meeting with Russia did not give the desired result and that Turkey is determined to push back the regime forces behind the observation points until the end of February. He said a four-leader summit with Russia, France and Germany is possible on 5 March.

The Libya statements of the President was interpreted in foreign media as the first confirmation of the presence of Syrian fighters in Libya. The Government of National Accord previously denied that Syrian fighters are taking part in the fighting near Tripoli. Some Syrian opposition figures also said that the people who went to Libya do not represent the Syrian opposition.

Turkey sent its military personnel to Libya after the Türkiye Büyük Millet Meclisi (Grand National Assembly) approved the tezkere (motion) on 2 January for deployment of troops. Ankara says the soldiers have advising and training duty and they are not participating in the combat. In the same period, Turkish officials confirmed that some Turkish soldiers were martyred in Libya; Erdoğan said on Saturday in İzmir that "we have a few martyrs" there.

Libya in the Berlin conference of 19 January, the countries promised to respect the UN arms embargo. But the UN mission declared that the embargo is violated by both sides since then.

Paylaş: Facebook | Twitter | WhatsApp
Yorumlar (0)
Bu habere henüz yorum yapılmamış.""")

add(G5, "2020-02-23", "Mediterranean Security Review",
"Analysis: Erdogan's Syrian admission formalises a proxy pipeline to Tripoli",
"""MEDITERRANEAN SECURITY REVIEW - BRIEFING

Turkish President Recep Tayyip Erdogan's statement in Istanbul on Friday, February 21, that members of the Syrian National Army (SNA) are in Libya alongside Turkish trainers, ends two months of official ambiguity over one of the most consequential features of Turkey's intervention on behalf of the Government of National Accord.

What was said. Erdogan described Turkey's presence as a "training force" and said "there are also people from the Syrian National Army". He framed the deployment as a response to Russian private military contractors working with Khalifa Haftar, whom he numbered at 2,500. He did not give a figure for the Syrians.

What is known. Open-source reporting and monitoring groups began documenting flights of Syrian fighters from Gaziantep and Istanbul to Tripoli's Mitiga airport in late December 2019, shortly after Ankara and the GNA signed their security and military cooperation memorandum on November 27. Estimates diverge widely. The Syrian Observatory for Human Rights put arrivals at roughly 4,700 by mid-February; other researchers cite figures closer to 2,000; the Libyan National Army claims more than 6,000. Recruits were reportedly offered monthly salaries of between USD 1,500 and 2,000, far above wages in northern Syria, though the sums have not been confirmed.

Military effect. SNA units appear to have been used chiefly as infantry on static fronts south of Tripoli, at Salaheddin, Ain Zara and the airport road, freeing Libyan units and complementing Turkish-operated air defence and electronic warfare systems. Their arrival, alongside Turkish Bayraktar TB2 and Anka-S drones, has helped stabilise lines that were under heavy pressure in December from Haftar's forces and Wagner specialists.

Embargo implications. UN Resolution 1970 (2011) bars the supply of arms and "armed mercenary personnel" to Libya. The Berlin Conference conclusions of January 19, which Turkey endorsed, committed participants to refrain from interference. Erdogan's remarks give the UN panel of experts an on-the-record admission by a head of state, though the panel has previously documented non-Libyan fighters on both sides, including Sudanese and Chadian armed groups working for the LNA.

Outlook. The admission is unlikely to change Ankara's calculus; Turkish officials argue the deployment is legal because it was requested by a recognised government. It does, however, hand Haftar's camp and its backers in Cairo and Abu Dhabi a rhetorical weapon as the UN-led 5+5 military talks in Geneva struggle to turn the January truce into a permanent ceasefire. Watch for the next UN panel report and any Security Council discussion of foreign fighters.

Subscribe to MSR Briefings for weekly analysis of defence and security markets in the Mediterranean.""")

G6 = "haftar_claims_popular_mandate_2020_04_27"
add(G6, "2020-04-27", "Libya Live Desk",
"Haftar says LNA accepts 'popular mandate' to rule Libya",
"""BREAKING - Monday 27 April, 22:10

Khalifa Haftar has said in a televised address that his Libyan National Army accepts what he called a "popular mandate" to govern Libya, and declared the 2015 UN-brokered Skhirat political agreement "a thing of the past".

Haftar did not spell out what institutions would be set up. Last week he had urged Libyans to "mandate" a body of their choosing to lead the country. The speech comes as his forces face setbacks west of Tripoli, where GNA forces took a string of coastal towns earlier this month.

No immediate reaction yet from Tripoli or from the eastern parliament led by Aguila Saleh. More soon.""")

add(G6, "2020-04-28", "Meridian Press Agency",
"Haftar declares himself Libya's ruler; Tripoli calls it a 'farce'",
"""BENGHAZI, Libya (MPA) - Eastern Libyan commander Khalifa Haftar said his forces had accepted a "popular mandate" to govern the country, tearing up a UN-brokered political deal in a move that rivals in Tripoli denounced on Tuesday as a "farce" and a new coup.

In a televised speech late on Monday, Haftar said the General Command of the Libyan National Army (LNA) was "proud" to accept the will of the people and would work to create the conditions for permanent civil institutions. He said the Skhirat agreement, signed in Morocco in December 2015 and on which the Tripoli-based Government of National Accord (GNA) rests, had "destroyed the country" and was now "a thing of the past".

The speech followed a call by Haftar last Thursday for Libyans to choose an institution to lead them, after which gatherings in several eastern towns signed statements in his support. Critics said the events were staged.

The GNA said in a statement on Tuesday that Haftar's announcement was "a farce and a new coup" that added to "a long series of coups". It said it remained committed to the political process and called on the parliament in the east to join talks.

The declaration appeared to sideline the House of Representatives in Tobruk and its speaker Aguila Saleh, a Haftar ally who last week proposed his own political initiative for a new three-member presidential council. Saleh has not commented publicly on Haftar's speech.

The US embassy in Libya said it "regrets" Haftar's suggestion that changes to Libya's political structure could be imposed by a unilateral declaration, and called for the LNA to join the GNA in declaring a humanitarian truce to allow a response to the coronavirus pandemic. The European Union said the move was unacceptable and that there could be no military solution.

Haftar's year-long offensive on Tripoli has stalled. Forces aligned with the GNA, backed by Turkish drones and air defences, seized Sabratha, Surman and other towns along the coast west of the capital on April 13 and are now pressing the LNA's main base in western Libya, Tarhouna. Haftar's forces have responded with rocket fire on Tripoli, including on Mitiga airport.

Some analysts said the announcement reflected frustration with his battlefield position and tensions with Saleh, rather than a real change in how eastern Libya is governed. Haftar already controls the east and much of the south and holds most of Libya's oil fields, which have been blockaded by groups loyal to him since January.""")

add(G6, "2020-04-28", "Al-Mashhad Al-Arabi",
"Marshal Haftar announces the acceptance of the popular mandate and the fall of the Skhirat agreement",
"""The general commander of the Libyan National Army, Field Marshal Khalifa Haftar, announced in a televised speech yesterday evening Monday, the acceptance of the General Command of the "popular mandate" to manage the affairs of the country, and the end of the political agreement signed in the Moroccan city of Skhirat in 2015.

Haftar said in his speech that the General Command "responds to the will of the people and accepts the mandate despite the heavy burden", stressing that the army "will be at the service of the Libyan people", and that it will work to create the conditions for building the permanent institutions of the civil state. He described the Skhirat agreement as "a suspicious agreement that destroyed the country" and said it "became a thing of the past".

And the speech of Haftar came after his call last Thursday for the Libyans to announce the "collapse" of the political agreement and to authorise the institution they see fit to lead the stage, and after that, gatherings of sheikhs and dignitaries in Benghazi, Tobruk, al-Bayda and other cities announced their mandate of the army.

On the other hand, the Presidential Council of the Government of Accord in Tripoli described the announcement as "a farce" and "a new coup", and said in a statement today Tuesday that Haftar "wanted to cover his defeats" on the fronts in the west, calling the members of the House of Representatives to join the dialogue in Tripoli.

And the US embassy expressed its regret for the announcement, saying that changes to the political structure of Libya cannot be imposed by unilateral declarations, while the Russian Foreign Ministry has not yet commented.

It is worth mentioning that the Speaker of the House of Representatives Aqila Saleh had announced last Thursday an initiative of eight points that includes the formation of a new presidential council of three members representing the three regions, which some observers saw as a different path from the announcement of the Marshal.

It is worth mentioning that the army has been launching since the fourth of April last year a military operation to control the capital Tripoli, and the forces of the Government of Accord have recently taken control of the cities of Sabratha and Surman in the west of the country with Turkish support, according to what was announced by the Volcano of Anger operation.

Follow us on Telegram
The news is published automatically from the source and the site is not responsible for its content
Privacy Policy | Cookies""")

G7 = "un_report_wagner_up_to_1200_in_libya_2020_05_06"
add(G7, "2020-05-06", "Meridian Press Agency",
"Russia's Wagner has up to 1,200 fighters in Libya, UN monitors say",
"""NEW YORK (MPA) - The Russian private military company Wagner Group has deployed up to 1,200 people in Libya to support eastern commander Khalifa Haftar, according to a confidential report by UN sanctions monitors described on Wednesday.

The 57-page report, submitted to the Security Council's Libya sanctions committee, said the monitors could not independently verify the size of the deployment but assessed, based on open-source reporting and limited sightings, that the number of Wagner operatives "is no more than 800 to 1,200".

The report, a mid-term update to the experts' annual report of last December, said Wagner personnel had been in Libya since October 2018 and had provided specialised military capabilities, including sniper teams, that acted "as an effective force multiplier" for Haftar's Libyan National Army (LNA). Diplomats said it also recorded tensions between the contractors and LNA commanders.

The monitors listed details of 122 people they said were highly probably, or had been, operational in Libya for Wagner - 39 of them from a specialist sniper group and 83 from combat units - and identified more than two dozen flights between Russia and eastern Libya between August 2018 and August 2019 by aircraft linked to the company.

Asked in January about Wagner fighters in Libya, Russian President Vladimir Putin said that if there were Russians there, they did not represent the Russian state and were not paid by it. The Kremlin denies using private contractors abroad. Russia's mission to the United Nations did not immediately respond to a request for comment. Wagner could not be reached.

"We are very concerned," Stephane Dujarric, spokesman for UN Secretary-General Antonio Guterres, told reporters, adding that the presence of mercenaries was of no help to the people of Libya.

The report, according to diplomats, said the GNA had captured weapons typical of those used by Wagner in eastern Ukraine and Syria. It also examined Syrian fighters in the country on both sides, the diplomats said.

Haftar launched his offensive on Tripoli in April 2019. Turkish support for the UN-recognised Government of National Accord, including drones and several thousand Syrian fighters, has since pushed his forces back from parts of the west. The UN has said the 2011 arms embargo is being flouted by all sides despite pledges made at a Berlin summit in January.""")

add(G7, "2020-05-07", "Vostok Information Agency",
"Moscow dismisses 'unverified' UN report on Russian contractors in Libya",
"""MOSCOW, May 7 - Russian officials and lawmakers on Thursday dismissed reports of a confidential UN document alleging that up to 1,200 employees of a Russian private military company were operating in Libya, saying the claims were based on unverified open sources.

Media outlets reported on Wednesday that a panel of experts monitoring the arms embargo on Libya had estimated the presence of "800 to 1,200" people linked to the Wagner group in the country. The experts themselves acknowledged that they had been unable to independently verify the figure, the reports said.

A source in the Russian delegation to the United Nations told the agency that Russia had not seen the document and that reports by the panel were "often based on media articles and social network posts". The source recalled that Russia was not supplying weapons to any Libyan party and supported the Berlin process.

Kremlin spokesman Dmitry Peskov has said previously that Moscow has no information about Russian citizens fighting in Libya. President Vladimir Putin said in January that if Russian citizens were present in Libya, they did not represent the Russian state and did not receive money from it.

Russian senator Franz Klintsevich said the leak was timed to shift attention from Turkey's open military intervention on the side of the Tripoli government and the transfer of thousands of Syrian militants to Libya. "Nobody is hiding the Turkish troops and drones. Instead they talk about ghosts," he said.

Russia maintains contacts with all parties to the Libyan conflict. In January Moscow hosted talks between Government of National Accord chairman Fayez al-Sarraj and Libyan National Army commander Khalifa Haftar, and Russia's foreign ministry has repeatedly called for an immediate ceasefire and the resumption of the 5+5 military committee talks in Geneva.

Foreign Minister Sergei Lavrov said last week that Moscow did not approve of Haftar's recent statement that he had accepted a "popular mandate" to govern Libya, and that the parties should return to political dialogue. """)

add(G7, "2020-05-07", "Tripoli Watch",
"UN report confirms Wagner mercenaries fight for Haftar, GNA says it has been vindicated",
"""Tripoli Watch | 07 May 2020

The Government of National Accord said on Thursday that a UN expert report documenting the presence of up to 1,200 Russian Wagner mercenaries with Haftar's forces confirmed what it had told the world for months, and called on the Security Council to act.

The confidential report of the UN panel of experts on Libya, whose contents were revealed on Wednesday, said the Wagner Group had been present in Libya since October 2018 and had provided snipers and specialised units to the aggressor forces. The experts estimated the number of operatives at no more than 800 to 1,200.

Interior Minister Fathi Bashagha said the report showed that "mercenaries of all nationalities" had been brought to kill Libyans and that those who paid for them must be held accountable. In November last year his ministry said Haftar had handed over Jufra and Al-Watiya air bases to Wagner fighters.

GNA foreign ministry officials said they would ask the sanctions committee to take measures against the states and individuals named. Libya's ambassador to the UN, Taher El-Sonni, has repeatedly told the Security Council that the embargo is being broken daily by Haftar's backers, including the United Arab Emirates, which the GNA accuses of operating an "air bridge" of cargo flights to eastern Libya.

The Volcano of Anger operations room said its forces had found Russian-made weapons, military identity documents and mobile phones in positions abandoned by Wagner fighters south of Tripoli. A spokesman said snipers had killed dozens of fighters and civilians in Salaheddin and Ain Zara since September, and that landmines and booby traps left behind were still claiming lives.

Russia says it has no forces in Libya. President Putin said in January that Russians in Libya did not represent the state. Moscow has called the report unverified.

The publication comes as GNA forces press on Tarhouna and Al-Watiya air base, the last two major positions held by Haftar in the west, and as rockets continue to fall on residential areas of the capital. Several people were killed in shelling near Mitiga airport on Wednesday, the health ministry said.

[ad_1]

Read also:
- Bashagha: we will pursue the mercenaries in international courts
- Health ministry: civilians killed in shelling of Souq al-Jumaa
- El-Sonni to the Security Council: stop the air bridge

[ad_2]""")

add(G7, "2020-05-08", "The Northern Chronicle",
"Russia's deniable army: UN report puts a number on Wagner in Libya",
"""By our Middle East correspondent

For a year, the Kremlin's line on Libya has been that if Russians are fighting there, they have nothing to do with the Russian state. A confidential UN report, whose contents emerged this week, does not settle the question of who sent them, but it puts a number on how many there are.

The UN panel of experts on Libya, which monitors the 2011 arms embargo, estimates that the Wagner Group - a private military company that Western governments link to Yevgeny Prigozhin, a businessman close to Vladimir Putin - has between 800 and 1,200 operatives in the country. The experts say they could not independently verify the scale of the deployment, but they name 122 individuals they believe are or were active in Libya, trace more than two dozen flights between Russia and Benghazi by aircraft linked to the company, and conclude that Wagner has been an "effective force multiplier" for Khalifa Haftar's Libyan National Army.

The figure is lower than some earlier estimates. In November, the Tripoli government's interior ministry spoke of up to 1,000; in February Turkey's president Recep Tayyip Erdogan claimed there were 2,500, while some Libyan officials have put the number at more than 2,000. American newspapers reported last autumn on the arrival of Russian snipers on the southern front of Tripoli, where the Government of National Accord said precision sniper fire had sharply increased its casualties.

Mr Putin, asked about Wagner at a Kremlin press conference with Angela Merkel on January 11, said that if there were Russian citizens in Libya, "they do not represent the interests of the Russian state and do not receive money from the Russian state". Moscow insists it supports a political solution and has hosted both Haftar and Fayez al-Sarraj, the GNA's prime minister.

Diplomats say the report also documents friction between Wagner personnel and Haftar's commanders, and notes that the Russian contractors appear to have been hit hard by Turkish drones since Ankara's intervention on the GNA's side in January. Turkey's open support for Tripoli - including drones, air defence systems and, by Erdogan's own account, fighters from Turkish-backed Syrian factions - has been documented by the same panel.

Stephane Dujarric, the UN secretary-general's spokesman, said the organisation was "very concerned". But the Security Council is unlikely to act: Russia holds a veto, and the countries most involved on Haftar's side, the United Arab Emirates and Egypt, have friends on the council.

What the report does is deepen the paper trail. The panel's December report had already accused Jordan, Turkey and the UAE of breaking the embargo "routinely and sometimes blatantly". With fighting now concentrated around Tarhouna and the Al-Watiya air base, and rockets landing on Tripoli's neighbourhoods, diplomats in New York say the embargo has become what the former UN envoy Ghassan Salame, who resigned in March, once called a "cynical joke".""")
