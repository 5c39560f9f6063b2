# Part 2: events 5-8 (February - June 2020). Written by hand for blind set 62.
G5 = "lna_strikes_tripoli_port_claims_turkish_ship_2020_02_18"
G6 = "gna_captures_watiya_air_base_2020_05_18"
G7 = "gna_captures_tarhuna_2020_06_05"
G8 = "cavusoglu_led_turkish_delegation_visits_tripoli_2020_06_17"

ARTICLES = []

# ---------------------------------------------------------------- G5
ARTICLES.append(dict(group=G5, published="2020-02-18", outlet="Sada Al-Sharq",
title="The Libyan army destroys a Turkish ship loaded with weapons and ammunition in the port of Tripoli",
text="""The General Command of the Libyan Armed Forces announced, today Tuesday, the destruction of a Turkish ship loaded with weapons and ammunition which had docked in the morning at the seaport of Tripoli, in a new blow to the supply lines of the Turkish regime to the militias of the Al-Wefaq government.

And the media center of the General Command said in a brief statement on its page on "Facebook": "The Turkish ship loaded with weapons and ammunition, which docked this morning in the port of Tripoli, was destroyed", and videos spread on the social media showing thick columns of black smoke rising from the area of the port.

For his part, the director of the Moral Guidance Department in the army, Brigadier General Khaled Al-Mahjoub, told "Al-Arabiya" channel that the ship arrived in violation of the international arms embargo and was carrying weapons for the armed militias, stressing that the army will not allow the transformation of the port of Tripoli into a Turkish military base.

It is worth mentioning that the spokesman of the General Command, Major General Ahmed Al-Mesmari, had warned repeatedly that any Turkish ship or plane that tries to enter Libyan territory is a legitimate target for the armed forces, and that the army monitors the movement of ships coming from Turkish ports toward Tripoli and Misrata.

The targeting comes after images spread at the end of last January of Turkish warships off the coast of Tripoli escorting a cargo ship, and the French President Emmanuel Macron had accused his Turkish counterpart Recep Tayyip Erdogan, on the 29th of January, of not keeping his word given at the Berlin conference, after the arrival of Turkish ships accompanied by Syrian mercenaries to Libyan soil.

And the United Nations envoy Ghassan Salame confirmed that the port was attacked, without mentioning details, and described what happened as a big breach of the truce, while the Al-Wefaq government has not yet issued an official comment on the claim of the army, and sources loyal to it said that the shells fell on a warehouse and civilian ships.

On the other hand, the National Oil Corporation in Tripoli announced the evacuation of the fuel tankers from the port and the cancellation of unloading operations, saying that a projectile fell a few meters away from a ship loaded with liquefied gas.

The attack coincides with the start of the second round of the talks of the joint military committee (5+5) in Geneva under the auspices of the United Nations, and the European Union had agreed yesterday Monday on launching a new naval mission in the Mediterranean to monitor the arms embargo on Libya.

It is worth mentioning that the Turkish regime transferred, according to the Syrian Observatory for Human Rights, thousands of Syrian mercenaries to Tripoli since the end of last December, in addition to armored vehicles and drones, in violation of the outcomes of the Berlin conference which Ankara signed on the 19th of January."""))

ARTICLES.append(dict(group=G5, published="2020-02-19", outlet="Bawabat Tarablus",
title="The Government of National Accord suspends its participation in the Geneva talks after the bombing of the port of Tripoli.. and denies the presence of any Turkish ship",
text="""The Presidential Council of the Government of National Accord announced, late yesterday Tuesday, the suspension of its participation in the military talks being held in Geneva under the auspices of the United Nations, after the forces of the aggressor Khalifa Hafter targeted the seaport of the capital Tripoli with a number of missiles and Grad rockets.

And the Council said in a statement that there will be no negotiations under the bombing, and that the participation will remain suspended until firm positions are taken against the violations of the aggressor and the countries supporting him, affirming that it reserves the right to respond strongly at the appropriate time.

And the spokesman of the Burkan al-Ghadab (Volcano of Anger) operation, Mustafa Al-Majei, denied the claims of the Hafter militias about the targeting of a Turkish ship or a weapons warehouse, and said that the bombing burnt a number of commercial ships and containers loaded with goods, and that the port is used only for civilian purposes and did not contain any military equipment.

In the same context, the Ports and Maritime Transport Authority said that the missiles fell on the commercial port, and that the traffic was stopped temporarily. And the channels affiliated to the Emirates and Saudi Arabia promoted, since the first moments, the story of the "Turkish ship", which the government considered part of a campaign of misleading to cover a war crime.

And Turkish security sources, for their part, said today Wednesday that there was no Turkish cargo ship in the port at the time of the attack.

And the Chairman of the National Oil Corporation, Mustafa Sanalla, warned that one of the projectiles fell a few meters away from a tanker loaded with liquefied petroleum gas which was unloading in the port, and said that the attack could have led to a humanitarian and environmental disaster, noting that the capital does not have operational fuel storage after the main depot was evacuated because of the war, and the corporation ordered all tankers to leave the port.

The United Nations envoy Ghassan Salame described the bombing as a big breach of the truce, while the spokesman of Hafter Ahmed Al-Mesmari came out today in a press conference to claim that the operation was "defensive" and targeted weapons and ammunition that were being brought into the port.

It is worth mentioning that the second round of the talks of the joint military committee (5+5) started yesterday in Geneva, after a first round earlier this month ended without agreement, and that the truce announced on the 12th of January under Turkish-Russian sponsorship has been violated hundreds of times by the militias of Hafter, according to the operations room.

It is also worth mentioning that Hafter's militias have imposed since the 18th of January the closure of the oil fields and ports, which cost the Libyans more than one billion dollars in lost revenues according to the National Oil Corporation.

Exit mobile version"""))

ARTICLES.append(dict(group=G5, published="2020-02-18", outlet="Meridian Press Agency",
title="Rockets hit Tripoli port; Haftar's forces say they struck Turkish arms ship, GNA quits Geneva talks",
text="""TRIPOLI (MPA) - Rockets struck the port of Tripoli on Tuesday, forcing the evacuation of fuel tankers, and forces loyal to eastern commander Khalifa Haftar said they had destroyed a Turkish ship carrying weapons. The UN-recognised government denied any Turkish vessel was hit and suspended its participation in UN-led ceasefire talks in Geneva.

Thick black smoke rose over the harbour area in the early afternoon. A port official said a warehouse had been hit but no ship, and it was not possible to independently verify the claim by Haftar's Libyan National Army (LNA).

"The Turkish ship loaded with weapons and ammunition, which docked this morning in the port of Tripoli, was destroyed," the LNA's media office said on Facebook. It gave no further details.

The National Oil Corporation (NOC) said a projectile landed metres from a tanker discharging liquefied petroleum gas and ordered all fuel vessels to leave the port. "Today's attack on Tripoli port could have led to a humanitarian and environmental disaster," NOC chairman Mustafa Sanalla said, adding that the capital had no operational fuel storage and that hospitals, schools and power stations would be affected.

The UN envoy for Libya, Ghassan Salame, confirmed the attack and called it a big breach of the truce brokered by Russia and Turkey on January 12. The strike came as military delegates from both sides began a second round of indirect talks in Geneva under the 5+5 format agreed at the Berlin conference last month.

Late on Tuesday the Presidential Council of the Government of National Accord (GNA) said it was suspending participation in the Geneva talks until world powers took "firm positions" against Haftar and the countries supporting him.

The LNA has said repeatedly that any Turkish vessel or aircraft supplying Tripoli is a legitimate target. Ankara has sent military advisers and equipment to the GNA since its parliament approved a deployment on January 2, and says its support is legitimate because it goes to the recognised government.

Tension over arms shipments has grown since late January, when images circulated of Turkish frigates off the Libyan coast. French President Emmanuel Macron said on January 29 that Turkish warships accompanying Syrian mercenaries had arrived in Libya, in what he called a clear violation of commitments made in Berlin. Turkey has accused France and the United Arab Emirates of supporting Haftar.

On Monday, European Union foreign ministers agreed to set up a new naval mission in the Mediterranean to enforce the UN arms embargo.

(Reporting by MPA Tripoli stringer; additional reporting by MPA Geneva; editing by Kerem Aslan)"""))

# ---------------------------------------------------------------- G6
ARTICLES.append(dict(group=G6, published="2020-05-18", outlet="Bawabat Tarablus",
title="Our forces take full control of Al-Watiya air base.. and the Pantsir system of the aggressor in the hands of the army",
text="""The forces of the Government of National Accord announced, today Monday, their full control over the Al-Watiya air base (Uqba bin Nafi), southwest of the capital Tripoli, after weeks of siege and air strikes which forced the militias of the aggressor Hafter to flee from it at dawn.

And the commander of the joint operations room of the western region, Major General Osama Al-Juwaili, said that the forces entered the base in the morning and took control of it completely, and that the units are now combing its facilities and securing its surroundings. And the media center of the Burkan al-Ghadab (Volcano of Anger) operation published pictures and videos of the fighters inside the hangars and the runway of the base.

And the spokesman of the operation, Mustafa Al-Majei, said that the forces seized all the military equipment inside the base, most notably a Russian-made Pantsir air defence system which was supplied by the Emirates to the militias of Hafter, and numerous vehicles and ammunition. And the Deputy Minister of Defense Salah Al-Namroush confirmed the news of the liberation.

And the Chief of the General Staff Mohammed Al-Sharif said that after Al-Watiya, the forces will move to liberate Tarhuna and the axes of southern Tripoli, which are the last positions of the aggressor in the western region.

The base, which lies about 140 km southwest of Tripoli near the Tunisian border, is considered the most important air base in the west of the country, and it had been under the control of the forces of Hafter since 2014, and it was used as a launching point for the air raids against the cities of the western coast. And the forces had attacked it at the beginning of May and controlled parts of it before withdrawing, then the siege was tightened and the air force carried out intensive raids on it in the last days.

And the capture comes in the framework of the Peace Storm operation (Asifat al-Salam) which was announced by the Presidential Council at the end of last March, and through which the forces recovered in April the cities of the western coast from Sabratha and Surman to the Tunisian border.

On the other hand, the President of the Presidential Council Fayez al-Sarraj received a phone call from the Turkish president Recep Tayyip Erdogan, in which they discussed the latest developments and the implementation of the memorandums of understanding signed between the two countries, according to the media office of the Council.

And the militias of Hafter have not commented so far on the loss of the base, while they continued to bomb the residential neighborhoods and the Mitiga airport with Grad rockets.

It is worth mentioning that the aggression on Tripoli, which started on the 4th of April 2019, has caused the death of hundreds of civilians and the displacement of more than one hundred and fifty thousand people, according to the United Nations."""))

ARTICLES.append(dict(group=G6, published="2020-05-19", outlet="Vostok Wire",
title="Libya's GNA says it has captured al-Watiya air base; Putin and Erdogan call for return to truce",
text="""MOSCOW/TRIPOLI, May 19 (Vostok Wire) - Forces of Libya's Government of National Accord (GNA) said on Monday they had taken full control of the al-Watiya air base southwest of Tripoli from the Libyan National Army (LNA) of Field Marshal Khalifa Haftar.

The commander of the GNA's western military region, Osama Juwaili, announced the capture on Monday morning. GNA-affiliated media released footage showing fighters inside the base. The LNA did not immediately comment on the loss. According to local sources, LNA units had left the base before dawn after several days of intensive strikes by Turkish-made drones.

GNA spokesmen claimed their forces had seized military equipment left at the base, including a truck-mounted Pantsir-S1 air defence system, and later paraded it through Tripoli. Western media have described the system as having been supplied to the LNA by the United Arab Emirates. Russia has consistently denied supplying weapons to the parties in violation of the UN embargo.

Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan discussed the situation in Libya by phone on Monday, the Kremlin said.

"The presidents of Russia and Turkey voiced their concern over the escalation of hostilities in Libya," the Kremlin statement said. "They noted the need to immediately resume the permanent truce and the intra-Libyan dialogue based on the resolutions of the Berlin International Conference on January 19, 2020, approved by UN Security Council Resolution 2510."

On Tuesday, LNA spokesman Ahmed al-Mismari said the army would pull its units back by two to three kilometres on the frontlines around Tripoli on the occasion of the Eid al-Fitr holiday, to allow residents to move. He described the step as a humanitarian gesture and said it did not amount to a retreat.

Al-Watiya, also known as the Uqba bin Nafi base, is located about 140 kilometres from Tripoli near the Tunisian border. The LNA had held it since 2014 and used it as its main logistics hub for the western front.

The GNA launched the operation it calls Peace Storm in late March and in April recaptured the coastal towns west of Tripoli, including Sabratha and Surman. Turkey has provided the GNA with drones, air defence and military advisers under a memorandum on military cooperation signed in November 2019. The LNA and the eastern authorities accuse Ankara of transferring thousands of Syrian militants to Libya.

Moscow has called on all Libyan parties to stop hostilities. Russian Foreign Minister Sergei Lavrov has said there can be no military solution and that the ceasefire talks of the 5+5 military commission should resume.

Share: VK | Telegram | Twitter
Related: Lavrov, Cavusoglu discuss Libya by phone | UN mission urges humanitarian truce for Eid"""))

ARTICLES.append(dict(group=G6, published="2020-05-20", outlet="Defence Market Monitor",
title="Al-Watiya falls: drones, a captured Pantsir and the new arithmetic of Libya's air war",
text="""DEFENCE MARKET MONITOR | Analysis | Land & Air Systems

The capture of al-Watiya air base by Government of National Accord (GNA) forces on Monday (May 18) is the clearest sign yet that Turkish-supplied unmanned systems have changed the balance of western Libya's war. The base, 140 km southwest of Tripoli, had been the Libyan National Army's (LNA) main airfield in the west since 2014. GNA commander Osama Juwaili said his forces entered it in the morning; independent monitoring suggests LNA units had withdrawn before dawn after days of strikes, and there was little recorded fighting on the base itself.

How it was done. The siege of al-Watiya followed a pattern visible since April: persistent surveillance and strikes by Turkish-made medium-altitude drones, generally identified in open-source imagery as Bayraktar TB2s, against supply convoys, fuel trucks and air-defence batteries. GNA media claimed repeated hits on LNA air-defence systems around the base and along the roads from Jufra and Sirte in the days before its fall. Turkey has never published numbers of platforms delivered, but Ankara's November 2019 military cooperation memorandum with Tripoli provides the legal framing it cites.

What was captured. The prize most visible in GNA footage is a Pantsir-S1 short-range air-defence system mounted on a truck, which was later paraded through Tripoli. Pantsir batteries in Libya have been attributed by UN experts and Western governments to deliveries via the United Arab Emirates, which operates the system. Several Pantsirs have been destroyed by drone strikes in western Libya since April, according to imagery published by both sides. The capture of an intact unit is of obvious intelligence value; analysts expect interest from more than one capital.

Counter-drone lessons. The LNA's air-defence network, built around Pantsir and older Soviet-era systems, did not prevent the attrition of its ground logistics. The LNA has in turn shot down several TB2s and claims more. Both sides have used Chinese-made Wing Loong drones and Turkish TB2s against each other's ground forces, making western Libya one of the few theatres where two drone fleets operate against each other continuously.

Electronic warfare. Unconfirmed reports in Turkish and Libyan media have pointed to Turkish electronic-warfare support for GNA operations. None of this has been officially acknowledged.

Implications for the market. Three points stand out. First, the TB2's export appeal is likely to grow, whatever the legal debate around the embargo. Second, the episode will feed the debate about short-range air defence against cheap, persistent drones, with buyers asking whether gun-missile systems can survive without integrated sensors and cover. Third, losing its only large western air base forces the LNA to depend on Jufra, Sirte and Egyptian or eastern airfields, stretching any air campaign it tries to wage.

That campaign is being threatened. LNA-aligned commanders have promised a major air offensive against what they call Turkish positions. Whether they have the aircraft for it is a question that western intelligence services are now asking openly.

Next: Tarhuna. GNA commanders say their next objective is Tarhuna, 90 km southeast of Tripoli, the LNA's main rear base for the siege of the capital. With al-Watiya gone, the LNA's supply lines to Tarhuna run through hundreds of kilometres of desert road that drones can watch.

Related coverage: Bayraktar TB2 export outlook | Pantsir-S1 combat record | EU Operation Irini: what it can and cannot inspect"""))

# ---------------------------------------------------------------- G7
ARTICLES.append(dict(group=G7, published="2020-06-05", outlet="Hilal News Agency English",
title="Libyan army liberates Tarhuna, last stronghold of Haftar militias in west",
text="""TRIPOLI - The Libyan army of the UN-recognised Government of National Accord (GNA) on Friday took control of the city of Tarhuna, the last stronghold of putschist general Khalifa Haftar's militias in western Libya.

"Our heroic forces have extended their control over the whole of Tarhuna," army spokesman Mohamed Gununu said in a statement. He said the forces had entered the city from four axes and reached its centre.

Mustafa al-Majei, spokesman for Operation Volcano of Rage, said that army units were combing the city after Haftar's militias withdrew, and that no resistance had been seen. He said security directorates would be activated in the city in coordination with the Interior Ministry.

Residents took to the streets in several cities to celebrate the advance, which came a day after the GNA announced that it had recaptured all of Greater Tripoli, including the abandoned international airport in the southern outskirts of the capital.

Tarhuna, located about 90 km southeast of Tripoli, served as the main launch pad and supply centre of the 14-month offensive on the capital that Haftar began on April 4, 2019. The city had been under the control of the Kaniyat militia, which allied with Haftar's forces.

Later on Friday the army said its forces had also advanced beyond Tarhuna and that Haftar's militias, along with foreign mercenaries, had fled toward Bani Walid and the Jufra region.

Haftar's militias claimed that their retreat was a "repositioning" to make room for political efforts. Libyan Interior Minister Fathi Bashagha said the advance had taught a lesson to the putschist project and its foreign backers.

Erdogan: Turkey will continue to stand by Libya

The development came a day after President Recep Tayyip Erdogan hosted GNA head Fayez al-Sarraj in Ankara. At a joint news conference on Thursday, Erdogan said Turkey would continue to support the legitimate government and that the two countries would expand their cooperation, including in exploration activities in the eastern Mediterranean under their maritime jurisdiction memorandum.

Al-Sarraj thanked Turkey for its support and said the government was determined to extend state authority over the whole country.

Turkey and the GNA signed a security and military cooperation agreement in November 2019, and the Turkish Grand National Assembly authorised the deployment of troops to Libya on Jan. 2. Turkish support, including training and consultancy, has been decisive in the series of victories that began with the recapture of the western coastal cities in April and al-Watiya air base on May 18.

The Haftar militias are supported by the United Arab Emirates, Egypt, and Russian Wagner mercenaries, according to UN reports.

Related
- GNA army declares Tripoli fully liberated
- Erdogan, Sarraj hold joint press conference in Ankara
- Wagner mercenaries withdraw from southern Tripoli fronts"""))

ARTICLES.append(dict(group=G7, published="2020-06-06", outlet="Bawabat Al-Kinana",
title="The Libyan army repositions outside Tarhuna.. and Hafter and Aguila Saleh in Cairo for consultations",
text="""[ad_1]
The Libyan National Army led by Field Marshal Khalifa Hafter completed, yesterday Friday, the withdrawal of its units from the city of Tarhuna, southeast of the capital Tripoli, in what the general command described as a tactical repositioning, while the militias of the Al-Wefaq government and the mercenaries loyal to Turkey entered the city.

And the official spokesman of the General Command, Major General Ahmed Al-Mesmari, said that the army repositioned its forces outside the city in response to the international calls for a ceasefire and to give a chance to the political solution, and he warned of the dangers of the revenge operations that the people of Tarhuna may face at the hands of the militias, holding the Turkish regime responsible for any crimes against the civilians.

And the militias of Al-Wefaq announced yesterday their control of the city after entering it from four axes, after the army evacuated its positions in southern Tripoli on Thursday. And local sources reported that thousands of the residents of the city left toward Bani Walid and the south fearing reprisals.

On the other hand, the Commander-in-Chief, Field Marshal Khalifa Hafter, and the Speaker of the House of Representatives, Counsellor Aguila Saleh, arrived in Cairo, in a visit during which they hold consultations with the Egyptian officials about the latest developments, and Egyptian sources said that President Abdel Fattah al-Sisi will announce today Saturday a political initiative to solve the Libyan crisis in the presence of the two Libyan leaders.

And the Egyptian sources affirmed that Cairo stresses that the security of Libya is part of the Egyptian national security, and that it will not allow the transformation of Libya into a base for terrorist militias and mercenaries brought by the Turkish regime from Syria.

The Turkish president Recep Tayyip Erdogan had received, on Thursday in Ankara, the President of the Presidential Council Fayez al-Sarraj, and declared that Turkey will continue to support the Al-Wefaq government, and that the two countries will expand their cooperation including the exploration for energy resources in the Mediterranean, which observers considered a public admission of the greed of Ankara in the wealth of the Libyans.

It is worth mentioning that the army had been present in Tarhuna since April 2019 in cooperation with the forces of the Ninth Brigade, and it used it as a main base in the battle for the liberation of Tripoli which the general command launched on the 4th of April 2019, before the Turkish intervention with drones and mercenaries changed the balance of forces during the last weeks, starting with the fall of the coastal cities in April and the Al-Watiya base on the 18th of May.

It is also worth mentioning that the Syrian Observatory for Human Rights estimated the number of the Syrian mercenaries sent by Turkey to Libya at more than 11 thousand fighters.

Share this:
Facebook | Twitter | WhatsApp | Telegram"""))

# ---------------------------------------------------------------- G8
ARTICLES.append(dict(group=G8, published="2020-06-17", outlet="Gündem Postası",
title="Çavuşoğlu, Albayrak, Kalın and Fidan in Tripoli: 'Turkey stands with Libya' message",
text="""A high-level Turkish heyet (delegation) made a visit to the capital of Libya, Tripoli, today. The delegation under the leadership of Dışişleri Bakanı (Foreign Minister) Mevlüt Çavuşoğlu included Hazine ve Maliye Bakanı (Treasury and Finance Minister) Berat Albayrak, Cumhurbaşkanlığı Sözcüsü (Presidential Spokesperson) İbrahim Kalın and Milli İstihbarat Teşkilatı (MİT) Başkanı Hakan Fidan.

The visit which was not announced beforehand was carried out by the talimat (instruction) of Cumhurbaşkanı Recep Tayyip Erdoğan. The delegation was welcomed by Libya Ulusal Mutabakat Hükümeti (Government of National Accord, UMH) Başkanı Fayez es-Serrac. Meetings were held with Dışişleri Bakanı Muhammed Siyala and Yüksek Devlet Konseyi (High Council of State) Başkanı Halid el-Mişri.

ÇAVUŞOĞLU: OUR AIM IS CLEAR

Speaking to journalists in the evening, Çavuşoğlu said that the visit was met very warmly in Libya and that the purpose of the visit is to repeat in a strong way that Turkey is beside Libya. Çavuşoğlu said that they evaluated the steps which must be taken for a lasting ateşkes (ceasefire) and a political solution and how to continue the work in the framework of the BM (UN).

Çavuşoğlu stated that they also discussed the steps to be taken in the Mediterranean in the energy field within the scope of the deniz yetki alanları (maritime jurisdiction areas) memorandum signed with Libya. He said that because of the war, the activities of Turkish firms in Libya were interrupted and that there are unfinished projects and investments, and therefore the economic dimension of the relations were also discussed.

Reminding the toplu mezarlar (mass graves) found in Tarhuna, Çavuşoğlu said that Turkey supports Libya's efforts to bring this subject to the Uluslararası Ceza Mahkemesi (International Criminal Court) and that those responsible of these inhuman massacres must be brought to justice.

RUSSIA VISIT WAS POSTPONED

The visit comes after the postponement of the visit of Russian Foreign Minister Sergey Lavrov and Defence Minister Sergey Şoygu to Turkey which was planned for 14 June. Çavuşoğlu had said on Monday that the postponement was not because of a "crisis" but because of the need to work more with the sides for a lasting ateşkes.

Çavuşoğlu also recently described the "Kahire girişimi" (Cairo initiative) announced by Egypt on 6 June together with Hafter as "ölü doğmuş" (stillborn) and said that Hafter calls for ceasefire when he is losing.

With the support given by Turkey in the framework of the security and military cooperation memorandum signed on 27 November 2019, the UMH forces took control of al-Vatiyye (al-Watiya) air base on 18 May, Tripoli completely on 4 June and Terhune (Tarhuna) on 5 June. Darbeci (putschist) Hafter's militias retreated toward Sirte and Cufra (Jufra).

Meanwhile the visit of Italian Foreign Minister Luigi Di Maio to Turkey planned for today was postponed to Friday, the Dışişleri Bakanlığı (Foreign Ministry) announced."""))

ARTICLES.append(dict(group=G8, published="2020-06-18", outlet="Sada Al-Sharq",
title="Erdogan's ministers in Tripoli.. a Turkish delegation comes to collect the price of the intervention",
text="""A large Turkish delegation headed by the Foreign Minister Mevlut Cavusoglu, and including the Minister of Treasury and Finance Berat Albayrak, son-in-law of Erdogan, and the head of intelligence Hakan Fidan, arrived yesterday Wednesday in the capital Tripoli, in a surprise visit that Libyan observers considered a step to collect the price of the Turkish military intervention in the country.

And the delegation, which also included the presidential spokesman Ibrahim Kalin, met the President of the Presidential Council of the Al-Wefaq government Fayez al-Sarraj and a number of his ministers, and the talks dealt, according to statements of Cavusoglu, with the ceasefire and the energy file in the Mediterranean, in addition to the return of the Turkish companies to complete their projects and the "economic aspects" of the relations.

And Cavusoglu said in press statements after his return that the purpose of the visit was to affirm strongly that Turkey stands with Libya, and that they discussed the steps to be taken in the Mediterranean regarding energy in the framework of the maritime memorandum, which Egypt, Greece and Cyprus consider null and has no legal effect.

And Libyan political sources affirmed that the presence of Albayrak and Fidan in the delegation reveals the true goals of the visit, which are the money of the Central Bank, the contracts of reconstruction, and the consolidation of a permanent military presence, and reports in the pro-government Turkish press have spoken about the intention of Ankara to use the Al-Watiya air base and the port of Misrata.

And the spokesman of the General Command of the Libyan army, Major General Ahmed Al-Mesmari, had accused Turkey of directly leading the operations against the army, and said that Turkish officers manage the operations rooms and the drones from Mitiga and Misrata.

It is worth mentioning that the visit comes days after the Turkish Foreign Minister described the Cairo initiative announced by President Abdel Fattah al-Sisi on the 6th of June as "stillborn", while the initiative received the support of the Arab League, Russia, France, Saudi Arabia and the Emirates.

RELATED
- Al-Mesmari: Turkish officers lead the operations rooms in Tripoli
- Egypt: the Cairo initiative is the only way for a political solution

France: Turkish frigates carried out an "extremely aggressive" act against a French ship off Libya

The French Ministry of Armed Forces said yesterday Wednesday that a French frigate participating in a mission of the North Atlantic Treaty Organization (NATO) in the Mediterranean was subjected recently to an "extremely aggressive" maneuver by Turkish frigates, while it was trying to identify a cargo ship suspected of transporting weapons to Libya.

And the ministry said that the Turkish frigates illuminated the French frigate "Courbet" three times with the fire control radar, which it considered a hostile act according to the rules of the alliance, and said that the minister Florence Parly will raise the matter at the meeting of the defence ministers of NATO.

And a Turkish military official denied the French accusations, and said that they are "completely untrue", and that the French ship did not establish communication with the Turkish ship."""))
