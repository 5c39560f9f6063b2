# Part 3: events 9-13 (June - August 2020). Written by hand for blind set 62.
G9 = "france_accuses_turkey_over_courbet_radar_incident_2020_06_17"
G10 = "france_suspends_sea_guardian_participation_2020_07_01"
G11 = "akar_and_guler_visit_tripoli_2020_07_03"
G12 = "airstrikes_hit_turkish_air_defences_at_watiya_2020_07_05"
G13 = "turkey_malta_libya_trilateral_in_tripoli_2020_08_06"

ARTICLES = []

# ---------------------------------------------------------------- G9
ARTICLES.append(dict(group=G9, published="2020-06-17", outlet="MENA Pulse Live",
title="LIVE: France accuses Turkish navy of 'extremely aggressive' act against NATO frigate off Libya",
text="""MENA Pulse Live | Wednesday 17 June 2020 | all times GMT

22:10 - Ankara pushes back. A senior Turkish military official tells reporters the French account is "completely untrue" and says the French warship never established communication with the Turkish ship during the encounter. "It has saddened us that the matter has reached this stage," the official says.

20:45 - Tripoli visit wraps up. Foreign Minister Mevlut Cavusoglu, speaking after the surprise trip by a Turkish delegation that also included Treasury Minister Berat Albayrak and intelligence chief Hakan Fidan, says the purpose was to show strongly that "Turkey stands with Libya" and that they discussed a lasting ceasefire, energy in the Mediterranean and the return of Turkish companies. (Separate story.)

17:30 - What is the ship? French officials identify the cargo vessel as the Tanzanian-flagged Cirkin. They say it had switched off its tracking transponder, masked its identification number and refused to say where it was heading. The Turkish frigates escorting it were using NATO call signs, the French ministry says, even though they were on a national mission.

16:20 - Background: the Cirkin was the same ship that a Greek frigate, the Spetsai, tried to approach on June 10 under the EU's Operation Irini south of Crete. Greek media reported at the time that a Turkish frigate told the Greek helicopter by radio that the vessel was under the protection of the Turkish Republic, and the Irini commander called the helicopter back.

15:05 - The French statement in full, as we understand it: on June 10 the Courbet, operating under NATO's Sea Guardian maritime security mission, tried to identify a cargo ship suspected of carrying arms to Libya. Turkish frigates "illuminated" it three times with fire-control radar, which under NATO rules of engagement is considered a hostile act. Turkish sailors also put on bulletproof vests and stood behind light weapons, according to the ministry. The Courbet withdrew.

14:40 - BREAKING: France's armed forces ministry says a French frigate on a NATO mission in the Mediterranean was subjected to an "extremely aggressive" manoeuvre by Turkish frigates. "We cannot accept that an ally behaves like this against a NATO ship, under NATO command, conducting a NATO mission," an official says. Armed Forces Minister Florence Parly will raise the matter at today's videoconference of NATO defence ministers.

12:00 - Context: Paris has sharpened its language on Turkey this week. Foreign Minister Jean-Yves Le Drian on Monday condemned Turkey's growing military support for the Tripoli government as a direct violation of the UN embargo. Ankara accuses France of backing Khalifa Haftar, which Paris denies.

ELSEWHERE

11:15 - Egypt: The Cairo initiative announced on June 6 by President Sisi with Haftar and parliament speaker Aguila Saleh continues to draw Arab support; the Tripoli government has rejected it."""))

ARTICLES.append(dict(group=G9, published="2020-06-18", outlet="The Atlantic Ledger",
title="NATO to investigate after France says Turkish frigate locked radar on its warship off Libya",
text="""By Thomas Reddan

BRUSSELS - NATO will investigate an encounter in the Mediterranean in which France says Turkish warships targeted a French frigate with fire-control radar, Secretary-General Jens Stoltenberg said on Thursday, after a virtual meeting of alliance defence ministers at which Paris made its case.

"We have made sure that NATO military authorities are investigating the incident to bring full clarity into what happened," Stoltenberg told reporters. He said the matter had been raised by several allies. France's armed forces minister, Florence Parly, told a French Senate committee that eight NATO members had supported Paris and called the episode serious and unacceptable.

The incident took place on June 10 but was made public only on Wednesday. According to the French armed forces ministry, the light frigate Courbet, then assigned to NATO's Sea Guardian operation, was trying to identify the Cirkin, a Tanzanian-flagged cargo ship suspected of carrying weapons to Libya in breach of the UN embargo. The Cirkin was escorted by Turkish warships. France says one of them illuminated the Courbet three times with its fire-control radar, a step normally taken shortly before firing, and that Turkish sailors put on body armour and manned light weapons. The Courbet backed off.

Turkey denies all of it. A senior Turkish military official told the state news agency Anadolu that the claim was untrue, that the French ship had been refuelled by the Turkish side before the alleged incident, and that the Courbet had carried out a fast, close and dangerous manoeuvre without establishing communication. The Turkish frigate had watched it with the camera mounted on its fire-control radar "for additional navigational safety", the official said, but had never locked the radar on. Sharing the dispute with the media, the official added, was not compatible with the spirit of the alliance.

The same cargo ship had already been in the news. Also on June 10, a Greek frigate assigned to the European Union's Operation Irini, which was launched this spring to enforce the embargo, tried to check the Cirkin south of Crete. According to Greek reports, a Turkish warship told the Greek helicopter that the vessel was under the protection of the Turkish Republic, and Irini's Italian commander called it off. EU officials have acknowledged that the mission cannot board ships escorted by the navy of a third country without that country's consent.

In a statement before the NATO meeting, the French foreign ministry said the main obstacle to peace in Libya was "the systematic violation of the U.N. arms embargo, in particular by Turkey", and that Turkey's support for the offensive of the Tripoli-based Government of National Accord (GNA) ran against efforts to secure a ceasefire. It accused Turkish naval forces of hostile and unacceptable actions toward allies. French officials also criticised what they called a shuttle of ships between Turkey and Misrata, sometimes escorted by frigates.

Ankara has accused Paris of backing Khalifa Haftar, whose siege of Tripoli collapsed this month after Turkish drones and advisers helped the GNA retake al-Watiya air base on May 18 and Tarhuna on June 5. On Wednesday, the day France went public, a Turkish delegation led by Foreign Minister Mevlut Cavusoglu was in Tripoli pledging continued support to the GNA.

The spat lands in an alliance already strained by Turkey's purchase of Russian S-400 missiles and its 2019 incursion into northeast Syria, and by President Emmanuel Macron's remark last November that NATO was experiencing "brain death". French officials said on Wednesday that NATO could not behave like an ostrich and pretend there was no Turkey problem.

The findings of the investigation are unlikely to be made public quickly, and both capitals will claim vindication in the meantime."""))

ARTICLES.append(dict(group=G9, published="2020-06-18", outlet="Muhalif Bakış",
title="France: Turkish frigates made 'extremely aggressive' radar lock (radar kilidi) on our ship; Ankara: claims are untrue",
text="""Fransa Silahlı Kuvvetler Bakanlığı (French Ministry of Armed Forces) claimed that Turkish fırkateynler (frigates) made an "extremely aggressive" intervention to a French warship which is taking part in a NATO mission in the Mediterranean. Ankara rejected the claims.

According to the statement of the French ministry made yesterday, the French frigate Courbet, which is in NATO's "Sea Guardian" (Deniz Muhafızı) operation, wanted on 10 June to identify a cargo ship suspected of carrying weapons to Libya. The French side claimed that the Turkish frigates escorting the ship "illuminated" the Courbet three times with the atış kontrol radarı (fire control radar), and that this is accepted as a hostile act under NATO rules. It was claimed also that Turkish sailors wore çelik yelek (bulletproof vests) and took position behind their weapons.

The French side said that the cargo ship was the Tanzania flagged "Çirkin", and that the ship closed its tracking system and hid its identity number. It was also claimed that the Turkish warships used NATO çağrı kodları (call signs) during the escort.

Fransa Silahlı Kuvvetler Bakanı (French Armed Forces Minister) Florence Parly brought the subject to the NATO defence ministers meeting held by video conference. NATO Genel Sekreteri (Secretary General) Jens Stoltenberg announced today that NATO military authorities will investigate the incident.

TURKISH SIDE: "THE FRENCH SHIP WAS REFUELLED BY US"

A high-level Turkish military official, speaking to Anadolu Ajansı, said the claims are not true. The official said that before the alleged incident the French warship was given fuel by the Turkish side, and "if this is taken into account it is clear how inappropriate and intentional the allegation is". According to the official, the French ship did not establish communication, made fast and dangerous manoeuvres contrary to NATO procedures, and it was followed only with the camera on the fire control radar for navigation safety, never with radar lock. The official said sharing with the media a simple coordination problem is not compatible with the alliance spirit.

Also on the same day, 10 June, it was reported in Greek media that the Greek frigate "Spetsai" serving in the EU's Irini operation tried to approach the same ship Çirkin and that Turkish frigates told by radio that the ship is under the protection of the Türkiye Cumhuriyeti (Republic of Turkey).

WHO WILL ANSWER IN THE MECLİS?

Opposition deputies pointed out that since the Libya tezkeresi (motion) accepted on 2 January, the Meclis (Parliament) has not been informed of what the navy is doing in the Mediterranean, what the ships carry to Misrata and Tripoli, and what is the cost. They said that the confrontation with a NATO ally is a serious risk and that the government must make an explanation to the parliament, not only through anonymous officials.

The French Foreign Ministry also said in a statement that the main obstacle to peace in Libya is the systematic violation of the BM (UN) arms embargo "especially by Turkey". Turkey accuses France of supporting darbeci (putschist) Hafter.

The crisis came on the same day when Dışişleri Bakanı (Foreign Minister) Mevlüt Çavuşoğlu, Hazine ve Maliye Bakanı Berat Albayrak and MİT Başkanı Hakan Fidan visited Tripoli."""))

# ---------------------------------------------------------------- G10
ARTICLES.append(dict(group=G10, published="2020-07-01", outlet="Meridian Press Agency",
title="France suspends role in NATO naval mission after standoff with Turkey",
text="""PARIS (MPA) - France said on Wednesday it was temporarily withdrawing from NATO's maritime security operation in the Mediterranean, escalating a dispute with Turkey over a naval encounter off Libya and over the enforcement of the UN arms embargo.

"We have decided to temporarily withdraw our assets from Operation Sea Guardian," the French armed forces ministry told reporters. It is not healthy, the ministry said, to keep assets in an operation that is supposed, among other tasks, to control the embargo alongside allies who do not respect it.

France's ambassador to NATO, Muriel Domenach, sent a letter on Tuesday to Secretary-General Jens Stoltenberg notifying him of the decision, which was first reported by the newspaper L'Opinion. According to a French defence official, the letter said that NATO's report on the June 10 incident did not establish the facts. The report is classified.

Paris has set four conditions for returning: that allies solemnly reaffirm their commitment to the embargo; that the use of NATO call signs by ships on national missions be ruled out; that cooperation between Sea Guardian and the EU's Operation Irini be improved; and that the alliance put in place deconfliction mechanisms between allies.

A NATO official said the decision was a sovereign one for France and that Sea Guardian, which focuses on situational awareness and counter-terrorism, would continue.

France says that on June 10 its frigate Courbet, then under NATO command in Sea Guardian, was targeted three times by the fire-control radar of a Turkish frigate as it tried to identify the Tanzanian-flagged cargo ship Cirkin, which Paris suspected of carrying weapons to Libya. Turkey denies the account and says the French ship carried out a dangerous manoeuvre.

Turkey's ambassador in Paris, Ismail Hakki Musa, told a French Senate committee on Wednesday that the Turkish ships had been helping NATO enforce the embargo and that Turkey had been provoked.

Foreign Minister Jean-Yves Le Drian said EU foreign ministers would discuss relations with Turkey on July 13 and that further sanctions could be considered. President Emmanuel Macron said on Monday that Turkey bore a "historic and criminal responsibility" in Libya.

Ankara backs the UN-recognised Government of National Accord (GNA) in Tripoli, which with Turkish help has pushed back the forces of eastern commander Khalifa Haftar in recent weeks. France denies supporting Haftar.

(Reporting by MPA Paris; additional reporting by MPA Brussels; editing by Anna Keller)"""))

ARTICLES.append(dict(group=G10, published="2020-07-02", outlet="Ekspres Haber Merkezi",
title="France suspended participation in NATO's Sea Guardian (Deniz Muhafızı) operation; Çavuşoğlu: France must apologize (özür) without ifs or buts",
text="""France announced that it temporarily withdrew from NATO's "Sea Guardian" (Deniz Muhafızı) maritime security operation in the Mediterranean, because of the tension with Turkey. Dışişleri Bakanı (Foreign Minister) Mevlüt Çavuşoğlu, speaking in Berlin today, said that France made false claims and must make özür (apology) unconditionally.

The Fransa Silahlı Kuvvetler Bakanlığı (French Ministry of Armed Forces) said yesterday that they decided to withdraw their means from the operation until the situation is clarified. France's NATO daimi temsilcisi (permanent representative) Muriel Domenach had sent a letter on Tuesday to NATO Genel Sekreteri Jens Stoltenberg. France put four conditions: the allies reaffirm their commitment to the Libya arms ambargo (embargo), ships in national missions do not use NATO çağrı kodları (call signs), the cooperation between Sea Guardian and EU's Irini operation is improved, and a çatışmayı önleme (deconfliction) mechanism is established in the alliance.

According to NATO sources, the decision of France is sovereign and the operation continues.

The reason of the decision is the incident of 10 June. France claimed that a Turkish frigate locked three times with fire control radar on the French frigate Courbet which wanted to check the Tanzania flagged cargo ship "Çirkin" going to Libya. The Turkish side rejected these claims from the beginning and said that the French ship made a dangerous manoeuvre at high speed. NATO's investigation report was completed but it is "gizli" (classified) and its content was not explained.

ÇAVUŞOĞLU: "FRANCE DID NOT TELL THE TRUTH"

Çavuşoğlu, speaking at the joint press conference with German Foreign Minister Heiko Maas in Berlin, said: "France has not told the truth to the EU or to NATO." The minister said that the claims that Turkish ships made radar lock are not true, that Turkey proved this with reports and documents given to NATO and that "NATO saw the truth". Çavuşoğlu said that instead of anti-Turkey activities France must apologize "clearly, without ifs or buts (amasız, fakatsız)" for not giving correct information.

Çavuşoğlu also said that Turkey provides danışmanlık (consultancy) to the legitimate government in Tripoli in the framework of the military cooperation agreement, and that there is a contradiction in not questioning France and the UAE which support darbeci (putschist) Hafter.

Turkey's Paris Büyükelçisi (Ambassador) İsmail Hakkı Musa also said yesterday in the French Senate that the Turkish ships were helping NATO to apply the embargo.

BACKGROUND

Fransa Cumhurbaşkanı Emmanuel Macron said on Monday that Turkey has a "historic and criminal responsibility" in Libya. Fransa Dışişleri Bakanı Jean-Yves Le Drian announced that the EU foreign ministers will discuss Turkey on 13 July and that new yaptırımlar (sanctions) can be on the agenda.

With Turkey's support given after the tezkere (motion) accepted in TBMM on 2 January, the Ulusal Mutabakat Hükümeti (GNA) forces took al-Vatiyye base on 18 May and Terhune on 5 June, and Hafter's forces retreated to Sirte and Cufra line."""))

ARTICLES.append(dict(group=G10, published="2020-07-01", outlet="Official Statements Digest",
title="France temporarily withdraws from NATO Operation Sea Guardian, sets out four requests to allies",
text="""OFFICIAL STATEMENTS DIGEST - Government releases, summarised
Category: Defence / NATO / Libya
Date: 1 July 2020
Source: Ministry for the Armed Forces, Paris (press briefing), letter to the NATO Secretary General of 30 June 2020

SUMMARY

France has decided to temporarily withdraw its naval and air assets from NATO's maritime security operation Sea Guardian in the Mediterranean. The decision was notified by the Permanent Representative of France to NATO to the Secretary General on Tuesday, 30 June 2020.

KEY POINTS OF THE FRENCH POSITION

- The decision follows the incident of 10 June 2020, in which, according to the French ministry, the frigate Courbet, operating under NATO command within Sea Guardian, was illuminated three times by the fire-control radar of a Turkish navy frigate while seeking to identify a merchant vessel suspected of violating the UN arms embargo on Libya.
- France considers that the report produced by NATO military authorities following the meeting of defence ministers on 17-18 June did not allow the facts to be established.
- The ministry stated that it did not appear sound to keep assets in an operation one of whose tasks is to help control the embargo alongside allies who do not respect it.
- The withdrawal concerns French frigates and maritime patrol aircraft contributing to Sea Guardian. It is temporary, pending progress.

FOUR REQUESTS TO ALLIES

1. A solemn reaffirmation by all allies of their commitment to respect the UN arms embargo on Libya.
2. A clear rejection of the use of NATO call signs by allied ships conducting national missions outside the alliance framework.
3. Improved coordination between Operation Sea Guardian and the European Union's Operation EUNAVFOR MED Irini, launched on 31 March 2020 to implement the embargo.
4. The adoption of deconfliction mechanisms between allies at sea.

REACTIONS NOTED

- NATO: an alliance official said the decision was a sovereign matter for France and that Sea Guardian continues its tasks.
- Turkey: Turkey has rejected the French account of the 10 June incident since it was made public on 17 June. A senior Turkish military official said the French frigate had performed a dangerous manoeuvre and had not been targeted by radar. The Turkish ambassador to France addressed the French Senate on 1 July.

BACKGROUND

Operation Sea Guardian is a NATO maritime security operation launched in 2016, with tasks including maritime situational awareness, counter-terrorism at sea and capacity-building. Operation Irini is the EU mission created in 2020 whose core task is to implement the UN arms embargo on Libya through aerial, satellite and maritime assets, including inspections of vessels on the high seas off Libya.

Editor's note: This digest summarises public statements and briefings; it does not reproduce documents in full. Quotations are paraphrased unless marked.

About Official Statements Digest | Subscribe to alerts | RSS"""))

# ---------------------------------------------------------------- G11
ARTICLES.append(dict(group=G11, published="2020-07-03", outlet="Hilal News Agency English",
title="Turkish defence minister, top general visit Libya to review military cooperation",
text="""TRIPOLI - Turkish National Defence Minister Hulusi Akar and Chief of General Staff Gen. Yasar Guler on Friday visited Libya to review the activities carried out under the memorandum of understanding on security and military cooperation between the two countries, the Defence Ministry said.

A military ceremony was held for the Turkish delegation upon its arrival at Mitiga International Airport in the capital Tripoli.

Following the ceremony, Akar and Guler visited the Defence Security Cooperation and Training Assistance Advisory Command, which was established within the scope of the memorandum signed between Turkey and the UN-recognised Government of National Accord (GNA) on Nov. 27, 2019. There they met Turkish and Libyan soldiers, including Osama al-Juwaili, commander of Operation Peace Storm.

"I want you to know that we are with you today and tomorrow, and will do whatever it requires for our Libyan brothers under the instructions of our president," Akar said, reiterating Turkey's support for the Libyan people to ensure they live more comfortably, happily and confidently.

The delegation also held talks with GNA head Fayez al-Sarraj and senior military officials on military and security cooperation, according to the GNA. Deputy Defence Minister Salah al-Namroush said Turkish support to the GNA was continuing in the areas of military and security cooperation, including training programmes.

Speaking to reporters on Friday, President Recep Tayyip Erdogan said the visit of the defence minister, along with the earlier visit of the Naval Forces Commander, had been carried out "as part of a plan". He said the work between Turkey and the legitimate government of Libya must be carried out very seriously and decisively, and that Libya was discussed in detail during his visit to Qatar on Thursday.

Turkish Naval Forces Commander Adm. Adnan Ozbal visited Tripoli on Wednesday and met Libyan Chief of General Staff Lt. Gen. Mohammed al-Sharif at the Abu Sitta naval base.

The visit comes after a high-level delegation led by Foreign Minister Mevlut Cavusoglu visited Tripoli on June 17.

With Turkish training and consultancy support, the GNA army has in recent months liberated the western coastal cities, al-Watiya air base and Tarhuna, and ended the 14-month siege of Tripoli by putschist Khalifa Haftar's militias, which are backed by the UAE, Egypt and Russian Wagner mercenaries. The army is now massing around Sirte.

The Grand National Assembly of Turkey authorised the deployment of troops to Libya on Jan. 2. Turkish authorities describe their military support as consultancy and training to the legitimate government's forces."""))

ARTICLES.append(dict(group=G11, published="2020-07-04", outlet="Gündem Postası",
title="Bakan (Minister) Akar and Orgeneral (General) Güler in Libya: 'We are with you today and tomorrow'",
text="""Çerez (cookie) kullanımına izin veriyor musunuz? We use cookies. [Tamam / OK]

Milli Savunma Bakanı (Minister of National Defence) Hulusi Akar and Genelkurmay Başkanı (Chief of General Staff) Orgeneral Yaşar Güler made yesterday an unannounced visit to Libya. Bakan Akar and Orgeneral Güler were welcomed with askeri tören (military ceremony) at Mitiga Airport in Tripoli.

In the visit, the activities carried out in the framework of the Güvenlik ve Askeri İşbirliği Mutabakat Muhtırası (Security and Military Cooperation Memorandum of Understanding) signed between Turkey and Libya were examined, the MSB (Ministry of National Defence) statement said. Akar and Güler visited the Savunma ve Güvenlik İşbirliği ve Eğitim Yardım Danışmanlık Komutanlığı (Defence Security Cooperation and Training Assistance Advisory Command) established in Libya and met with Mehmetçik (Turkish soldiers) and Libyan soldiers serving there.

Bakan Akar, addressing the personnel, said: "I want you to know that we are with you today and tomorrow, under the instructions of our Cumhurbaşkanı (President), we will do whatever is necessary for our Libyan brothers." Akar said Turkey will continue to support the Libyan brothers to live more safely, happily and with dignity.

The delegation also held talks with Ulusal Mutabakat Hükümeti (GNA) Başkanı Fayez es-Serrac. GNA Savunma Bakan Yardımcısı (Deputy Defence Minister) Salahaddin en-Nemruş said that Turkey's support continues in the fields of military and security cooperation and training.

ERDOĞAN: IT WAS DONE AS PART OF A PLAN

Cumhurbaşkanı Recep Tayyip Erdoğan, answering the questions of gazeteciler (journalists) yesterday, said the visit of the Bakan and before it the visit of Deniz Kuvvetleri Komutanı (Naval Forces Commander) Oramiral Adnan Özbal were made "within a plan". Erdoğan said: "After our visit to Qatar yesterday, my defence minister went there today," and that the work with the legitimate government in Libya must be carried out very seriously and decisively.

Oramiral Özbal had visited Tripoli on Wednesday and met with Libya Genelkurmay Başkanı (Chief of General Staff) Korgeneral Muhammed eş-Şerif.

Bakan Akar's visit comes after Dışişleri Bakanı Mevlüt Çavuşoğlu, Hazine ve Maliye Bakanı Berat Albayrak and MİT Başkanı Hakan Fidan visited Tripoli on 17 June.

With the education and danışmanlık (consultancy) support given by Turkey, GNA forces saved Tripoli from the siege of darbeci (putschist) Hafter and took al-Vatiyye and Terhune. The GNA forces are now at the gates of Sirte. Egypt Cumhurbaşkanı Sisi had said on 20 June that the Sirte-Cufra line is a "red line" for Egypt.

İLGİLİ HABERLER (RELATED NEWS)
» Oramiral Özbal met with Libyan Chief of General Staff
» Erdoğan: We discussed Libya with the Emir of Qatar
» France withdrew from NATO's Sea Guardian operation"""))

ARTICLES.append(dict(group=G11, published="2020-07-04", outlet="Bawabat Tarablus",
title="The Turkish Minister of Defense and the Chief of Staff in Tripoli to follow up the military cooperation memorandum",
text="""The Turkish Minister of Defense Hulusi Akar and the Chief of the General Staff of the Turkish army General Yasar Guler arrived, yesterday Friday, in the capital Tripoli, in a visit which was not announced previously, to follow up the implementation of the memorandum of security and military cooperation signed between the Government of National Accord and Turkey last November.

And the Turkish delegation was received with an official ceremony at the Mitiga International Airport, then it visited the headquarters of the Turkish advisory command for training and defensive cooperation, where the Turkish minister met Libyan and Turkish officers, including the commander of the Peace Storm operation, Major General Osama Al-Juwaili.

And the President of the Presidential Council Fayez al-Sarraj received the Turkish minister and the accompanying delegation, and the meeting discussed, according to the media office of the Council, the military and security cooperation and the programs of training and qualification of the units of the Libyan army, in addition to the latest developments on the fronts of Sirte and Al-Jufra.

And the Deputy Minister of Defense Salah Al-Din Al-Namroush said that the Turkish support for the Government of National Accord continues in the fields of military and security cooperation, and that the training programs will include the building of a professional army under the authority of the state.

And the Turkish minister said, in a speech to the soldiers, that his country stands by the Libyans "today and tomorrow", and that it will do what is necessary for its Libyan brothers by the instruction of the Turkish president.

And the visit comes two days after the visit of the commander of the Turkish Naval Forces, Admiral Adnan Ozbal, to Tripoli where he met the Chief of General Staff Lieutenant General Mohammed Al-Sharif at the Abu Sitta naval base, and weeks after the visit of a large Turkish delegation headed by the Foreign Minister Mevlut Cavusoglu on the 17th of June.

On the other hand, media affiliated to the aggressor Hafter and to the Emirates promoted claims about Turkish intentions to establish permanent military bases at the Al-Watiya air base and in Misrata, while the spokesman of Hafter's militias threatened again to target any Turkish presence.

It is worth mentioning that the forces of the Government of National Accord completed at the beginning of June the liberation of the entire western region, after the liberation of the Al-Watiya base on the 18th of May and the city of Tarhuna on the 5th of June, and they are now stationed west of the city of Sirte, while the Egyptian president Abdel Fattah al-Sisi threatened on the 20th of June with direct intervention if the forces crossed the Sirte-Jufra line, which the Presidential Council considered a declaration of war and interference in the internal affairs."""))

# ---------------------------------------------------------------- G12
ARTICLES.append(dict(group=G12, published="2020-07-05", outlet="Sada Al-Sharq",
title="Unknown warplanes destroy the Turkish air defences at the Al-Watiya base.. and sources: Turkish officers killed",
text="""[ad_1]
Military sources in the Libyan National Army revealed, today Sunday, that unknown warplanes carried out at dawn a series of air raids on the Al-Watiya air base (Uqba bin Nafi) in the west of the country, which is controlled by the militias of the Al-Wefaq government and the Turkish forces, and destroyed air defence systems that Turkey had installed in the base only days ago.

And a source in the operations room of the Air Force told "Al-Marsad" newspaper that the raids targeted the American-made Hawk air defence radars and systems, and an electronic jamming system of the "Koral" type, which the Turkish forces installed last Thursday in the western part of the base, and affirmed that the percentage of destruction reached one hundred percent.

And a high-ranking military source said to "Al-Hadath" that the army had been monitoring for days the entry and installation of the Turkish air defence system with its radars, and decided to destroy it after it entered service, noting that the Turkish Minister of Defense Hulusi Akar, who was visiting Tripoli and Misrata, had been informed that the base was ready for use.

And the website "Akhbar Libya" reported that the number of the raids reached nine, and that they killed six Turkish officers and a commander after the operations room in which they were present was hit, while this information could not be confirmed from an independent source.

In contrast, the Al-Wefaq government confirmed that the base was subjected to air raids at dawn by "foreign aircraft", while the Turkish Ministry of Defense has not issued any comment so far. And sources loyal to the militias claimed that the raids did not cause human losses and targeted only some equipment.

And residents in the areas near the base said that they heard violent explosions throughout the night, and that ambulances were seen rushing toward the base in the early morning.

It is worth mentioning that the militias of Al-Wefaq, with the support of Turkish drones and thousands of Syrian mercenaries, took control of the Al-Watiya base on the 18th of May after the withdrawal of the units of the army from it, and since then reports talked about the intention of Ankara to transform it into a permanent air base for its forces.

The raids come a day after the visit of the Turkish Minister of Defense and the Chief of Staff to Tripoli, and two weeks after the President Abdel Fattah al-Sisi declared that the line of Sirte and Al-Jufra is a red line for the Egyptian national security, and that any crossing of it will be met with direct intervention.

Read also:
- Al-Mesmari: the Turkish occupier will not rest in Al-Watiya
- Sisi: Sirte and Al-Jufra red line
- Akar in Tripoli: we are with you today and tomorrow

Exit mobile version"""))

ARTICLES.append(dict(group=G12, published="2020-07-05", outlet="Vostok Wire",
title="Unidentified aircraft strike al-Watiya air base in western Libya used by GNA, Turkish military - media",
text="""CAIRO/MOSCOW, July 5 (Vostok Wire) - Unidentified combat aircraft struck the al-Watiya air base in western Libya, controlled by forces of the Tripoli-based Government of National Accord (GNA), overnight into Sunday, Arab media reported, citing military sources.

Sources in the Libyan National Army (LNA) led by Field Marshal Khalifa Haftar were quoted as saying that "unknown aircraft" had hit the base in the early hours of Sunday. The Libyan outlet Al-Marsad, citing a source in the LNA air force operations room, reported that the strikes targeted MIM-23 Hawk air defence radars and launchers and a Koral electronic warfare system, which it said had been deployed at the base by Turkish forces several days earlier.

A GNA military spokesman confirmed that the base had come under air attack but gave no details about damage. Residents of the area said explosions were heard for much of the night.

The Turkish Defence Ministry did not immediately comment. Some Libyan media claimed there were casualties among Turkish military personnel at the base; those reports could not be verified.

The strikes came shortly after Turkish Defence Minister Hulusi Akar and Chief of General Staff Yasar Guler visited Tripoli on Friday to review cooperation with the GNA under a military memorandum signed in November 2019.

The GNA took control of al-Watiya, located about 140 kilometres southwest of Tripoli near the Tunisian border, on May 18 after the withdrawal of LNA units. Since then, several media outlets have reported that Ankara intends to use the facility as a base for its aircraft in Libya.

The front line has since moved east to the area of Sirte and Jufra. Egyptian President Abdel Fattah el-Sisi said on June 20 that Egypt regarded the Sirte-Jufra line as a red line and that crossing it could lead to direct Egyptian intervention.

In May, the U.S. Africa Command alleged that Russia had sent MiG-29 and Su-24 aircraft to Libya to support the LNA. Moscow rejected the accusations. Russian officials have repeatedly said Russia does not take part in the Libyan conflict and calls on all sides to cease hostilities and resume dialogue in line with the outcome of the Berlin conference.

Russia, Turkey and the other participants of the Berlin conference on January 19 committed to respect the UN arms embargo on Libya. The UN Security Council has since extended the authorisation for inspections of vessels off the Libyan coast."""))

ARTICLES.append(dict(group=G12, published="2020-07-06", outlet="Muhalif Bakış",
title="Air strike on al-Vatiyye (al-Watiya) base: Hawk air defence systems hit, government silent",
text="""Bu web sitesi çerezleri kullanır (This website uses cookies). Detaylı bilgi / Accept

Unidentified savaş uçakları (warplanes) on Saturday night to Sunday bombed the al-Vatiyye (al-Watiya) air base in Libya, where it is known that Turkish military personnel are present. While the Hafter-supporting media claimed that the Turkish hava savunma sistemleri (air defence systems) installed at the base were totally destroyed, the Milli Savunma Bakanlığı (Ministry of National Defence) has not yet made an official statement.

According to the news of Anadolu Ajansı, quoting a Libyan military source, the attack did not cause can kaybı (loss of life), and hit some equipment recently brought to strengthen the base, including an air defence system. Thus, the damage to the systems was indirectly confirmed.

The Libyan press close to darbeci (putschist) Hafter claimed that MIM-23 Hawk air defence radars and the KORAL electronic warfare system made by ASELSAN were destroyed, and some sites claimed that Turkish officers lost their lives. These claims could not be confirmed from independent sources. An unnamed Turkish official quoted by a foreign news site vowed misilleme (retribution) for the attack.

WHO BOMBED?

The Hafter side first spoke of "unknown aircraft", but sources in its air force operations room then gave details of the targets, which was understood as taking responsibility. Accounts close to the UMH (GNA) claimed that the planes were Mirage 2000 type jets belonging to the Birleşik Arap Emirlikleri (UAE) taking off from an air base in Egypt. There was no confirmation of this claim from any official source. The GNA Savunma Bakan Yardımcısı (Deputy Defence Minister) Salahaddin en-Nemruş said the attack will be answered.

QUESTIONS TO THE GOVERNMENT

The attack happened only two days after Milli Savunma Bakanı Hulusi Akar and Genelkurmay Başkanı Yaşar Güler visited Tripoli and said "we are with you today and tomorrow". Opposition deputies asked how many Mehmetçik (soldiers) are in al-Vatiyye, whether they were in danger, and why the public learns about the air defence systems sent to Libya from the Hafter press. They recalled that when the Libya tezkeresi (motion) was accepted on 2 January, the government described the mission as "training and coordination".

Al-Vatiyye base was taken from Hafter's forces on 18 May by GNA forces supported by Turkish SİHA (armed drones). After that, reports in pro-government press said that Turkey may use the base permanently.

Egypt Cumhurbaşkanı Sisi had said on 20 June that the Sirte-Cufra line is a "kırmızı çizgi" (red line) and warned of direct intervention. France, on the other hand, withdrew on 1 July from NATO's Sea Guardian operation because of the tension with Turkey.

Read also: Akar in Tripoli: We are with you today and tomorrow
Read also: Sisi: Sirte and Jufra are red line for Egypt"""))

ARTICLES.append(dict(group=G12, published="2020-07-07", outlet="Defence Market Monitor",
title="Hawk down at al-Watiya? What the weekend strike reveals about Turkey's forward air defence in Libya",
text="""DEFENCE MARKET MONITOR | Analysis | Air Defence & EW

What happened. In the early hours of Sunday (July 5), aircraft that no government has yet admitted to operating struck al-Watiya air base, 140 km southwest of Tripoli. Libyan National Army (LNA) sources first spoke of "unknown aircraft"; LNA-aligned media then claimed the strikes had destroyed a MIM-23 Hawk air-defence battery and a Koral electronic-warfare system that Turkish forces had installed at the base a few days earlier. Turkey's state news agency, quoting a Libyan military source, reported no casualties but acknowledged that equipment recently brought to reinforce the base, including an air-defence system, had been hit. Claims of Turkish military deaths published by some Libyan outlets remain unverified.

Why it matters. Al-Watiya is the prize the Government of National Accord (GNA) took on May 18. Reports in Turkish media since then have suggested Ankara could turn it into a permanent hub for its aircraft in Libya. Putting medium-range air defence on the base was the logical first step. The weekend strike, if the claims are accurate, shows the difficulty of protecting a forward base at the edge of the range of an adversary's fixed-wing aircraft, with limited early warning.

The systems. Turkey operates an upgraded Hawk variant, and the Koral is a domestically produced land-based electronic-warfare system developed by ASELSAN. Neither is new, and neither is designed to operate alone; both normally depend on a layered network of sensors. Deploying them piecemeal, in a new location, is the kind of window an attacker looks for. Satellite imagery shared online over the weekend was partly obscured by cloud, so independent damage assessment is incomplete.

Who flew? The LNA's own air force, which relies on ageing Soviet-era jets, would be stretched to strike at night at that distance with precision. GNA supporters have alleged the attackers were Emirati Mirage 2000-9s flying from western Egypt. Other claims on social media have named French Rafales; Paris has not commented on those claims, which we regard as unsubstantiated. In May, U.S. Africa Command accused Russia of deploying MiG-29 and Su-24 aircraft to Libya, which Moscow denied. Attribution will shape the next move: a strike by a state would raise the stakes for Ankara far more than one by the LNA.

Timing. The attack came two days after Defence Minister Hulusi Akar and Chief of General Staff Gen. Yasar Guler toured Tripoli, and as the front settled along the Sirte-Jufra line that Egypt's President Abdel Fattah el-Sisi called a red line on June 20. The GNA's deputy defence minister, Salah al-Namroush, has promised a response.

Market takeaways. Expect Ankara to accelerate deployment of longer-range sensors and possibly its domestic Hisar systems as they mature, and to revisit how it protects expeditionary bases. For Gulf and North African buyers, the episode is a reminder that drone dominance, which decided the battles of April-June, does not translate automatically into air superiority once fast jets enter the picture. The Libyan conflict remains, in effect, a live test range for both sides' suppliers.

Related coverage: Al-Watiya falls (May 20) | Bayraktar TB2 export outlook | Egypt's Sirte red line explained"""))

# ---------------------------------------------------------------- G13
ARTICLES.append(dict(group=G13, published="2020-08-06", outlet="Official Statements Digest",
title="Libya, Malta and Turkey foreign ministers meet in Tripoli; joint statement voices reservations on EU's Irini",
text="""OFFICIAL STATEMENTS DIGEST - Government releases, summarised
Category: Diplomacy / Libya / Migration
Date: 6 August 2020
Source: Joint statement by the Foreign Ministers of Libya, Malta and Turkey (Tripoli), as published by the respective foreign ministries

SUMMARY

The foreign ministers of the State of Libya (Government of National Accord), the Republic of Malta and the Republic of Turkey met in Tripoli on Thursday, 6 August 2020, to discuss the situation in Libya and trilateral cooperation. Turkish Foreign Minister Mevlut Cavusoglu and Maltese Foreign Minister Evarist Bartolo were received by the head of the Presidential Council, Fayez al-Sarraj. The host was GNA Foreign Minister Mohamed Siala.

MAIN POINTS OF THE JOINT STATEMENT (paraphrased)

- Malta and Turkey stressed their support for the internationally recognised Government of National Accord.
- The three sides said there is no military solution to the Libyan crisis and that Libya's stability and security are of great significance.
- The three delegations expressed their reservations about the EU's Operation Irini and highlighted its shortcomings.

AGREED

1. To promote joint cooperation, the return of Maltese and Turkish companies to Libya and the resumption of flights between Libya and Malta and Turkey.
2. That illegal migration is a threat not only to the EU but also to Libya; that Libya's southern borders need strengthening and human trafficking and smuggling must be combated. Malta and Turkey expressed readiness to support the GNA by providing the necessary needs and equipment to upgrade the capabilities of the Libyan Coast Guard.
3. To stress the importance of EU participation in tackling the root causes of illegal migration by helping the development of source countries.
4. To set up a joint working team to coordinate efforts and turn agreed matters into concrete and practical projects.

CONTEXT

- The meeting followed bilateral talks between the Turkish and Maltese foreign ministers in Malta on Wednesday, 5 August.
- On 20 July 2020, Turkish Defence Minister Hulusi Akar hosted a trilateral meeting in Ankara with GNA Interior Minister Fathi Bashagha and Malta's Minister for Home Affairs, National Security and Law Enforcement, Byron Camilleri, on regional security and migration.
- Malta announced in May 2020 that it was withdrawing its participation in Operation Irini, arguing that the EU should also address migration; the Maltese government has repeatedly called for EU support on the central Mediterranean route.
- The EU's Operation Irini, launched on 31 March 2020, has been criticised by the GNA and Turkey for focusing on maritime arms shipments to Tripoli while, in their view, neglecting land and air supplies to Khalifa Haftar's forces.

Editor's note: This digest summarises official texts; it does not reproduce them verbatim.

About Official Statements Digest | Subscribe to alerts | RSS"""))

ARTICLES.append(dict(group=G13, published="2020-08-06", outlet="Hilal News Agency English",
title="Turkish, Maltese foreign ministers hold trilateral talks with Libyan government in Tripoli",
text="""TRIPOLI - Turkish Foreign Minister Mevlut Cavusoglu and his Maltese counterpart Evarist Bartolo on Thursday held talks in Tripoli with officials of Libya's UN-recognised Government of National Accord (GNA), in a trilateral meeting on the situation in Libya and regional cooperation.

The two ministers were received by GNA head Fayez al-Sarraj and held a trilateral meeting with Libyan Foreign Minister Mohamed Siala, according to the Turkish Foreign Ministry.

In a joint statement issued after the meeting, Turkey and Malta underlined their support for the legitimate government and stressed that there is no military solution to the crisis. The three delegations expressed their reservations regarding the EU's Operation Irini and highlighted its shortcomings.

The sides agreed to promote the return of Maltese and Turkish companies to Libya and the resumption of flights between the three countries. They also said irregular migration was a threat not only to Europe but also to Libya, and Turkey and Malta expressed readiness to provide equipment to upgrade the capabilities of the Libyan Coast Guard. A joint working group will be set up to turn the agreed points into concrete projects.

Cavusoglu and Bartolo held bilateral talks in Malta on Wednesday before travelling to Tripoli.

The meeting follows a trilateral gathering in Ankara on July 20, when National Defence Minister Hulusi Akar hosted Libyan Interior Minister Fathi Bashagha and Maltese Home Affairs Minister Byron Camilleri. At that meeting the sides agreed that cooperation would continue for peace in the region, and Akar called for an immediate end to all help and support given to putschist Khalifa Haftar.

Turkey has repeatedly criticised Operation Irini, saying it monitors maritime shipments to the legitimate government while ignoring arms flows to Haftar's militias by land and air from countries including the UAE and Egypt.

Greece-Egypt deal 'null and void'

Separately on Thursday, the Turkish Foreign Ministry said that a maritime delimitation agreement signed in Cairo between Greece and Egypt was "null and void" for Turkey. The ministry said there was no maritime boundary between Greece and Egypt and that the supposedly delimited area lies within the Turkish continental shelf as declared to the UN, adding that the deal also violated Libya's maritime rights.

"This understanding will reflect on the ground and at the table," the ministry said.

Turkey and Libya signed a memorandum delimiting their maritime jurisdiction areas on Nov. 27, 2019, alongside a security and military cooperation memorandum under which Turkey provides training and consultancy to GNA forces. With Turkish support, the GNA has since repelled Haftar's 14-month offensive on Tripoli."""))

ARTICLES.append(dict(group=G13, published="2020-08-07", outlet="Bawabat Al-Kinana",
title="A Turkish-Maltese meeting in Tripoli attacks the Irini operation.. on the day Egypt and Greece sign the demarcation of the maritime borders",
text="""The capital Tripoli hosted, yesterday Thursday, a tripartite meeting that gathered the Turkish Foreign Minister Mevlut Cavusoglu, the Maltese Foreign Minister Evarist Bartolo and the Foreign Minister of the Al-Wefaq government Mohamed Siala, in the presence of the President of the Presidential Council Fayez al-Sarraj, and it concluded with a joint statement that expressed reservation about the European operation "Irini" for monitoring the arms embargo on Libya.

And the statement said that the three delegations expressed their reservation toward the operation and highlighted its shortcomings, and they agreed on the return of the Turkish and Maltese companies to Libya, the resumption of flights, and support of the Libyan coast guard with equipment, and the formation of a joint working team, in addition to cooperation in combating illegal migration.

And Libyan observers considered that the meeting reflects the attempt of Ankara to break its isolation in the Mediterranean and to recruit Malta against the European operation which exposed, through its reports, the Turkish ships loaded with weapons heading to the ports of Tripoli and Misrata, in violation of the outcomes of the Berlin conference. And the same Turkish-Maltese-Libyan combination had met in Ankara on the 20th of July at the level of the Turkish Minister of Defense and the two Ministers of Interior.

In the same day, the Egyptian Foreign Minister Sameh Shoukry and his Greek counterpart Nikos Dendias signed in Cairo the agreement of the demarcation of the maritime borders and the exclusive economic zone between the two countries, and Shoukry said in a joint press conference that the agreement allows the two countries to move forward in benefiting from the resources of the zone, especially the promising oil and gas reserves.

And the Turkish Foreign Ministry hurried to attack the Egyptian-Greek agreement and described it as "null and void", claiming that the area falls within the Turkish continental shelf and violates the rights of Libya, in reference to the memorandum that Ankara signed with Al-Sarraj in November 2019, which Egypt and Greece consider illegitimate and without legal effect.

And the spokesman of the Egyptian Foreign Ministry Ahmed Hafez replied that it is surprising that such statements and allegations are issued by a party which has not seen the agreement and its details originally.

It is worth mentioning that the President Abdel Fattah al-Sisi had declared in June that the line of Sirte and Al-Jufra is a red line, and the House of Representatives approved on the 20th of July the sending of elements of the Egyptian armed forces in combat missions outside the borders to defend the Egyptian national security on the western strategic direction, in response to the Turkish intervention.

It is also worth mentioning that the Turkish Defense Minister Hulusi Akar had visited Tripoli at the beginning of July with the Chief of Staff, days before the Al-Watiya base was bombed by unknown aircraft that destroyed air defence systems installed by Turkey.

Share this:
Facebook | Twitter | WhatsApp
Related: Shoukry and Dendias sign the agreement of the exclusive economic zone | Cairo: the Turkish statements are surprising"""))
