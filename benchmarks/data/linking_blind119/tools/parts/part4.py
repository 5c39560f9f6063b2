# Part 4: Geneva ceasefire (Oct 23), Irini boarding of Rosaline A (Nov 22),
# Haftar's independence-day speech (Dec 24), Akar in Tripoli (Dec 26)

ARTICLES = [
# ---------------------------------------------------------------- E10
dict(
group="libya_rivals_sign_permanent_ceasefire_geneva_2020_10_23",
published="2020-10-23",
outlet="Meridian Wire Service",
title="Libya's warring sides sign permanent ceasefire in Geneva; Erdogan doubts it will last",
text="""
GENEVA (MWS) - Military delegations from Libya's two main warring camps signed a permanent, nationwide ceasefire on Friday at United Nations-hosted talks in Geneva, agreeing that foreign fighters and mercenaries must leave the country within three months.

"This is a good day for the Libyan people," acting U.N. envoy Stephanie Williams told reporters after the signing, calling the deal a historic achievement and an important turning point towards peace and stability.

The agreement was reached by the 5+5 Joint Military Commission, made up of five officers each from the Tripoli-based Government of National Accord (GNA) and Khalifa Haftar's Libyan National Army (LNA), after five days of face-to-face talks.

Under the deal, all military units and armed groups on the front lines are to return to their bases, and all mercenaries and foreign fighters are to depart from Libyan land, air and sea within three months. Military training agreements inside Libya are to be suspended and foreign training teams are to leave until a new unified government takes office. The truce does not apply to groups designated by the U.N. as terrorist.

The two sides also agreed to reopen roads and air links between the country's regions, to set up a joint police force for contested areas, and to work with the U.N. on identifying armed groups for possible integration into state institutions.

Turkish President Tayyip Erdogan, whose military support helped the GNA repel Haftar's 14-month assault on Tripoli, questioned the deal's viability. "Today's ceasefire agreement was not made at the highest level, it was made at a lower level. Time will show how long it will last," he told reporters in Istanbul after Friday prayers, adding that it seemed to him to lack credibility. He said he hoped it would nonetheless be respected.

The clause on training agreements could affect Turkey, which trains GNA forces under a security pact signed with Tripoli in November 2019. Russia, Egypt and the United Arab Emirates back Haftar. Williams has said there are mercenaries from several countries fighting in Libya.

The ceasefire builds on separate truce declarations in August by GNA head Fayez al-Serraj and eastern parliament speaker Aguila Saleh. A U.N.-led political forum is due to begin in Tunisia next month.

(Reporting by Emma Laurent in Geneva and Selin Ardahan in Ankara; Editing by Helen Marsh)
"""),
dict(
group="libya_rivals_sign_permanent_ceasefire_geneva_2020_10_23",
published="2020-10-23",
outlet="Hilal News Agency (English Service)",
title="Erdoğan: Libya ceasefire not made at highest level, time will show if it holds",
text="""
ISTANBUL

President Recep Tayyip Erdoğan said on Friday that the permanent ceasefire agreement signed by Libya's parties in Geneva does not appear very reliable, since it was not concluded at the highest level.

"The ceasefire agreement is not one at the highest level. Time will show how long it will persist at a lower level," Erdoğan told reporters after Friday prayers in Istanbul.

Erdoğan compared the Libyan deal with the humanitarian truces declared in the ongoing Armenia-Azerbaijan conflict, which he said Armenia had violated. "I hope that does not happen here and that this ceasefire decision is complied with," he said.

Earlier on Friday, the acting head of the UN Support Mission in Libya (UNSMIL), Stephanie Williams, announced that the delegations of the Government of National Accord (GNA) and of putschist Khalifa Haftar's militias had signed a permanent ceasefire agreement at the end of the 5+5 Joint Military Commission talks in Geneva.

The agreement calls on mercenaries and foreign fighters to leave Libya within three months and on all units to withdraw from the front lines to their bases.

The head of the GNA delegation, Maj. Gen. Ahmed Abu Shahma, said the agreement aimed to end bloodshed and would help preserve Libya's security and stability.

Turkey has stood by the UN-recognized government since the signing of the security and military cooperation memorandum in November 2019. With Turkey's support, the Libyan army ended Haftar's offensive on the capital Tripoli in June and liberated the country's west.

Haftar's militias are backed by the United Arab Emirates and Egypt, while UN experts have documented Russian Wagner mercenaries fighting alongside them.

Libya has been torn by civil war since the ouster of Muammar Gaddafi in 2011.
"""),
dict(
group="libya_rivals_sign_permanent_ceasefire_geneva_2020_10_23",
published="2020-10-24",
outlet="MENA Daybook (live)",
title="Daybook round-up: Libya truce signed in Geneva; Sudan to normalise ties with Israel; Karabakh FMs in Washington",
text="""
MENA Daybook | Weekend round-up | Saturday 24 October

Good morning. Here is what happened on Friday and what to watch.

1. LIBYA: PERMANENT CEASEFIRE SIGNED
Military officers from the GNA and Khalifa Hifter's LNA signed a "complete, countrywide and permanent" ceasefire in Geneva on Friday after a week of UN-hosted talks. Key terms: frontline forces back to barracks; all mercenaries and foreign fighters out within three months; foreign military training deals on Libyan soil frozen until a unified government is formed; roads and flights between east and west to reopen. Acting UN envoy Stephanie Williams called it a historic achievement.
The sceptic: Turkey's Recep Tayyip Erdogan, Tripoli's main backer, said the deal was not struck "at the highest level" and that time would tell whether it holds. Worth watching how Ankara, whose officers train GNA units under a 2019 pact, reads the training clause.
What's next: the Libyan Political Dialogue Forum opens in Tunisia in early November, and the 5+5 commission is to meet again to work out how the withdrawals will be monitored.

2. SUDAN-ISRAEL
US President Donald Trump announced on Friday that Sudan and Israel have agreed to move towards normalising relations, making Sudan the third Arab state to do so this year after the UAE and Bahrain. The announcement came days after Washington said it would remove Sudan from its list of state sponsors of terrorism. Sudanese politicians are divided.

3. NAGORNO-KARABAKH
US Secretary of State Mike Pompeo met the Armenian and Azerbaijani foreign ministers separately in Washington on Friday as fighting continued despite two failed humanitarian truces. Turkey continues to back Baku.

4. LEBANON
Saad Hariri, designated prime minister on Thursday, began consultations on forming a government.

That's it for today's round-up. The live page resumes on Monday.
"""),
# ---------------------------------------------------------------- E11
dict(
group="irini_german_frigate_boards_turkish_ship_rosaline_a_2020_11_22",
published="2020-11-23",
outlet="The Aegean Post",
title="Ankara halts EU inspection of Libya-bound Turkish freighter",
text="""
Cookie settings: We and our partners use cookies to personalise content and analyse traffic. Accept all | Reject

The Aegean Post | Defence | 23/11/2020

By Nikos Stathakis

Turkey forced German marines operating under the EU's Operation Irini to break off an inspection of a Turkish-flagged cargo ship suspected of carrying weapons to Libya, the German military and the EU mission confirmed on Monday.

The German frigate Hamburg, acting on orders from Irini's headquarters in Rome, intercepted the container ship Rosaline A about 200 kilometres north of Benghazi on Sunday. A boarding team reached the vessel in the afternoon after, according to the mission, Ankara failed to answer a request for consent within the set time. The crew co-operated, and the checks began in the evening.

Hours later Turkey lodged a formal objection. Irini headquarters ordered the team to stop, and the German personnel left the ship on Monday morning. A spokeswoman for the mission said nothing suspicious had been found up to that point, but it is not clear how much of the cargo had been examined. The Rosaline A continued its journey to the Libyan port of Misrata.

The incident was first reported by Der Spiegel. Pro-government media in Turkey described the boarding as illegal and singled out the Greek commodore in tactical command of the Irini surface force, accusing him of ordering a "raid" on a ship carrying food and paint. Turkish security sources claimed the soldiers had boarded by helicopter without informing Ankara.

Irini, launched in spring to enforce the UN arms embargo on Libya, has long been a source of friction with Turkey, which says the mission focuses on shipments to the Tripoli government while ignoring supplies reaching Khalifa Haftar's forces by air and land. In June, Turkish warships escorting the cargo ship Cirkin warned off a Greek frigate under Irini command that sought to question the vessel, and the French frigate Courbet, then under NATO command, reported being illuminated by a Turkish warship's fire-control radar while trying to identify the same ship.

In September the EU sanctioned Avrasya Shipping, the Turkish company operating the Cirkin, for breaching the embargo.

Share this:
Facebook | Twitter | Email

Related
- EU leaders to weigh Turkey measures at December summit
- Greek frigate joins Irini rotation
"""),
dict(
group="irini_german_frigate_boards_turkish_ship_rosaline_a_2020_11_22",
published="2020-11-23",
outlet="Hilal News Agency (English Service)",
title="Turkey summons EU, Italian, German envoys over 'unlawful' search of Turkish vessel",
text="""
ANKARA

Turkey on Monday summoned the ambassadors of the European Union and Italy and the charge d'affaires of Germany to protest an unauthorized search of a Turkish commercial vessel by a German frigate operating under the EU's Operation Irini.

Deputy Foreign Minister Sedat Önal handed the diplomats a note stating that the incident was against international law and that Turkey reserves its rights to compensation, the Foreign Ministry said.

In an earlier statement, the ministry said the Turkish-flagged container ship MV Roseline A, sailing from Turkey to Libya's port of Misrata, had been stopped on Sunday in international waters north of Benghazi and boarded by personnel from the German frigate Hamburg without the consent of Turkey as the flag state.

The ministry said the ship was carrying only paint, paint materials and humanitarian aid, and that the search, which went on for hours, was stopped only after Turkey objected.

The ministry said the incident showed once again that Operation Irini was being conducted in a biased manner that favors putschist Haftar, since it targets the legitimate Libyan government's maritime supply lines while doing nothing about arms reaching Haftar by air and land.

Turkish security sources said the frigate, operating under the command of a Greek commodore, conducted the search in international waters about 200 kilometers off the Libyan coast without informing Turkish authorities, in violation of the UN Convention on the High Seas. The soldiers found nothing apart from food, such as biscuits, and paint materials, the sources said.

Operation Irini, approved by EU foreign ministers on March 31 to enforce the UN arms embargo on Libya, is led from headquarters in Rome.
"""),
dict(
group="irini_german_frigate_boards_turkish_ship_rosaline_a_2020_11_22",
published="2020-11-24",
outlet="Bastion Defence Analysis",
title="Analysis: The Rosaline A episode and Irini's flag-state problem",
text="""
BASTION DEFENCE ANALYSIS | Maritime Security | 24 November 2020

Key points
- A German boarding team from FGS Hamburg broke off an inspection of the Turkish-flagged Rosaline A north of Benghazi on 22-23 November after Ankara formally refused consent.
- The episode shows the legal ceiling of EUNAVFOR MED Irini: the UN mandate it enforces requires good-faith efforts to obtain flag-state consent, and a NATO ally can simply say no.
- Expect the incident to feed into the EU's December debate on Turkey, but not to change Irini's rules of engagement.

What happened

On Sunday 22 November, acting on tasking from Irini's operational headquarters in Rome, the Sachsen-class frigate Hamburg approached the container ship Rosaline A, en route from Turkey to Misrata, roughly 200 km north of Benghazi. According to the German side, the mission requested Turkey's consent and, after a waiting period of about four hours passed without reply, proceeded to board. Turkey says no notice was given. The crew reportedly co-operated. When Ankara's objection arrived in the evening, Rome ordered the team to stop; the boarders stayed aboard for safety overnight and left on Monday morning. The German defence ministry maintains all procedures were followed; nothing prohibited had been found by the time the inspection ended. Turkey summoned the EU and Italian ambassadors and the German charge d'affaires on 23 November.

The legal frame

Irini relies on UN Security Council Resolution 2292 (2016), renewed most recently in June, which authorises member states acting nationally or through regional organisations to inspect vessels on the high seas off Libya that they have reasonable grounds to believe are carrying arms in violation of the embargo, provided they make good-faith efforts to first obtain the consent of the flag state. The formula works well against ships under flags of convenience, whose registries rarely answer. It does not work against a flag state that is also a party with a stake in the conflict and a navy in the area.

This is the second public Turkish-Irini clash this year. On 10 June, Turkish frigates escorting the Tanzanian-flagged Cirkin warned off the Greek frigate Spetsai; a French frigate later reported a hostile radar lock-on by a Turkish ship while trying to identify the same vessel under NATO command, prompting France to suspend its participation in NATO's Sea Guardian operation. The EU later sanctioned the Cirkin's Turkish operator, Avrasya Shipping, alongside a Jordanian and a Kazakh company.

Irini's record

Turkey's complaint that Irini is one-sided has some basis in the mission's geometry: it is a naval mission, and most deliveries to Khalifa Haftar's side have come by air across Egypt or by land. Yet Irini has also acted against Haftar's suppliers, most visibly when it diverted the tanker Royal Diamond 7, carrying jet fuel bound for Benghazi, in September. Its reports to the UN Panel of Experts are among the few systematic records of embargo violations on both sides.

Assessment

Rosaline A will not be the last such case. With the October ceasefire calling for foreign forces to leave within three months, and Turkey's training mission in western Libya continuing, Ankara has every interest in keeping its sea lane to Misrata free of inspections. Berlin, which chaired the Berlin process, now finds its own navy in the middle of the dispute. The realistic outcome is quiet diplomacy over notification procedures rather than any confrontation at sea.
"""),
# ---------------------------------------------------------------- E12
dict(
group="haftar_calls_to_expel_turkish_occupier_2020_12_24",
published="2020-12-24",
outlet="Cairo Monitor Today",
title="Field Marshal Haftar: independence has no meaning while Turkish boots desecrate Libya",
text="""
The Commander-General of the Libyan National Army, Field Marshal Khalifa Haftar, said on Thursday that independence has no value and that freedom, security and peace have no meaning as long as the Turkish army remains on Libyan soil, calling on the armed forces to prepare to drive out "the Turkish occupier".

Speaking at a military ceremony in Benghazi marking the 69th anniversary of Libya's independence, Field Marshal Haftar said the occupier had only two options: to leave peacefully and voluntarily, or to be expelled by force of arms.

"There will be no peace in the presence of a colonizer on our land," he said. "The era of your colonial illusions is over, and you must choose between leaving or war."

The Field Marshal said the army had responded positively to international calls for a ceasefire and had taken part in the talks that followed, out of respect for the will of the Libyan people, but that Turkey had continued to send mercenaries and weapons "around the clock" and to defy the international community.

He called on the army's officers and soldiers, and on all Libyans, to be on high alert, saying signs of a decisive confrontation were appearing on the horizon, with the mobilisation of Turkey's mercenaries and the militias allied to it near the contact lines west of Sirte.

Haftar's speech came two days after the Turkish parliament approved a motion extending the deployment of Turkish troops in Libya for another 18 months, despite the ceasefire agreement signed in Geneva in October, which provides for the exit of all foreign forces and mercenaries within three months.

Hundreds of soldiers took part in the parade that accompanied the ceremony.

Egypt has repeatedly stressed that the Sirte-Al Jufra line is a red line for its national security and has called for the departure of all foreign forces from Libya.

Share this:
Twitter  Facebook  WhatsApp

Related
Opinion: Why Sirte still matters
Sisi: Egypt supports all efforts for a political solution in Libya
"""),
dict(
group="haftar_calls_to_expel_turkish_occupier_2020_12_24",
published="2020-12-25",
outlet="Al-Mashhad Al-Arabi (translated)",
title="Haftar gives Turkey two choices: leaving in peace or war",
text="""
Benghazi - Al-Mashhad

The General Commander of the Libyan Arab Armed Forces, Field Marshal Khalifa Haftar, called the forces of the army yesterday Thursday to prepare to expel the Turkish forces from Libya, considering that there is "no peace in the presence of the colonizer on our land".

And Haftar said, in a speech during a ceremony organized by the General Command in Benghazi on the occasion of the sixty-ninth anniversary of the independence of Libya, that "the independence has no value and the freedom has no meaning and there is no security and no peace while the feet of the Turkish army contaminate our pure land", adding that the enemy "has no choice but to leave peacefully and voluntarily, or by the force of the weapon and the will".

And he added, addressing Ankara: "We will carry the weapon again to make our peace with our hands", calling the officers and the soldiers to be ready, and that "if the first bullet is fired, let them prepare for the certain death".

The speech of Haftar came after the Turkish parliament approved, on Tuesday the past, a memorandum presented by President Recep Tayyip Erdogan for extending the mission of the Turkish forces in Libya for 18 months additional, starting from the second of January.

On the other hand, the head of the Presidential Council of the Government of Al-Wefaq, Fayez al-Sarraj, called in a speech on the same occasion the Libyans to bring the views closer and to overcome the differences to reach the stability.

It is worth mentioning that the Libyan parties signed in Geneva on the 23rd of October the past a permanent ceasefire agreement that provides for the exit of the mercenaries and the foreign forces from Libya within three months, that is before the 23rd of January next.

It is worth mentioning also that the talks of the Libyan Political Dialogue Forum had agreed on holding general elections on the 24th of December 2021.
"""),
dict(
group="haftar_calls_to_expel_turkish_occupier_2020_12_24",
published="2020-12-25",
outlet="Libya Tribune Online",
title="War criminal Haftar uses independence day to threaten new war",
text="""
[ad_1]
Libya Tribune Online | Friday 25 December 2020

Warlord Khalifa Haftar used the anniversary of Libya's independence on Thursday to threaten a new war, calling on his militias and the mercenaries fighting with them to prepare to "expel" the Turkish forces present in Libya under agreements with the legitimate government.

In a speech in Benghazi, Haftar described Turkey as a "colonizer" and said there could be no peace while Turkish soldiers remained in the country, adding that his forces would "take up arms again" - the same man who launched the aggression on Tripoli in April 2019 that killed and displaced thousands and left behind the mass graves of Tarhuna.

Observers in Tripoli said the speech showed once again that Haftar was never serious about the ceasefire signed in Geneva in October or the political dialogue facilitated by the UN, and that he is trying to derail the process at a time when the 5+5 military committee is discussing the opening of the coastal road.

The Turkish presence in Libya is based on the memorandum of understanding on security and military cooperation signed by the Presidential Council and Ankara in November 2019, and consists mainly of training and advisory programmes for the Libyan army, while Haftar continues to rely on thousands of Wagner, Syrian and Sudanese mercenaries, according to UN reports.

In contrast, the head of the Presidential Council Fayez Al-Sarraj addressed Libyans on the same occasion, calling on them to overcome their differences and unite efforts for the stability of the country.

The Turkish parliament on Tuesday approved the extension of the mandate of the Turkish forces in Libya for 18 months, at the request of the legitimate government.

Share this:
Facebook | Twitter | WhatsApp

Read also: Al-Namroush receives graduates of new training course
Read also: Bashagha: security reform is the key to stability
"""),
# ---------------------------------------------------------------- E13
dict(
group="akar_visits_tripoli_warns_haftar_2020_12_26",
published="2020-12-27",
outlet="Meridian Wire Service",
title="Turkey warns Haftar his forces will be 'legitimate target' if they attack Turkish troops",
text="""
TRIPOLI (MWS) - Turkey's defence minister said any attack by eastern Libyan commander Khalifa Haftar on Turkish forces in Libya would be met with force, days after Haftar urged his fighters to drive out what he called the "Turkish occupier".

"A war criminal, murderer Haftar and his supporters must know that they will be seen as a legitimate target in case of any attack on Turkish forces," Hulusi Akar told Turkish troops in Tripoli late on Saturday, according to remarks released by his ministry on Sunday. "If they take such a step, they will be unable to find any place to flee to. Everyone should come to their senses."

Akar, accompanied by chief of general staff Yasar Guler and the commanders of Turkey's land, naval and air forces, made an unannounced trip to the Libyan capital on Saturday. He was received at Mitiga airport by Salah al-Namroush, defence minister in the Government of National Accord (GNA), and chief of staff Mohammed al-Haddad.

He met Namroush, Interior Minister Fathi Bashagha and Khalid al-Mishri, head of the High Council of State. A statement from Mishri's office said the two sides discussed "continued coordination" to counter any attack by Haftar. Akar also attended a graduation ceremony for Libyan personnel trained by Turkish instructors.

The Turkish minister said political talks built on the ceasefire were the way forward. "What matters is that everyone contributes to a political solution. Any other action would be wrong," he said.

In a speech in Benghazi on Thursday marking Libya's independence day, Haftar said there would be "no peace in the presence of a colonizer on our land" and told his forces to prepare to expel Turkish troops "by faith, will and weapons". He spoke two days after Turkey's parliament voted to extend by 18 months a mandate allowing troops to be deployed in Libya.

Turkish military support, including drones and advisers, helped the GNA repel Haftar's 14-month offensive on Tripoli in June. The two sides signed a U.N.-brokered ceasefire in October that calls for foreign forces and mercenaries to leave Libya by late January. Haftar is backed by Russia, Egypt and the United Arab Emirates.

(Reporting by Ahmed Zawi; Writing by Selin Ardahan; Editing by Tom Aldridge)
"""),
dict(
group="akar_visits_tripoli_warns_haftar_2020_12_26",
published="2020-12-26",
outlet="Yeni Gundem Haber (auto-translated)",
title="Bakan Akar and TSK command echelon Libya'da: 'The more peaceful you are, the more peaceful we feel'",
text="""
[ad_1]
Milli Savunma Bakanı Hulusi Akar, Genelkurmay Başkanı Orgeneral Yaşar Güler and force commanders with together Libya'ya went.

Bakan Akar and TSK komuta kademesi, Esenboğa Havalimanı'ndan departed and Trablus Mitiga Havalimanı'nda Libya Savunma Bakanı Salahaddin en-Nemruş, Genelkurmay Başkanı Muhammed el-Haddad, Türkiye'nin Trablus Büyükelçisi Serhat Aksen and Libya Görev Grubu Komutanlığı officials by were welcomed.

Akar and commanders later Libya Savunma Bakanlığı'na went where a military ceremony was held. After the ceremony Bakan Akar and Libyan Defense Minister Nemruş first baş başa then delegations between meeting conducted.

Bakan Akar, his words to Libya's Independence Day celebrating started. "You here how much more comfortable, strong and peaceful you are, we in Türkiye that much more comfortable and peaceful we feel" said Akar.

Akar, Libya'da the political process following that they are, Libya's security, peace, unity and sovereignty for Türkiye's efforts will continue said. The Turkish Armed Forces, memorandum within scope the Libyan army to training, support and consultancy giving is continuing.

The visit, darbeci Hafter's Thursday day Türk askerine against threatening statements after came. Hafter, Bingazi'de a ceremony in, his militias to Turkish forces "expel" for ready be called had.

Bakan Akar's program in Libyan High Council of State Başkanı Halid el-Mişri and İçişleri Bakanı Fethi Başağa with meetings, Turkish units visit and Libyan military students graduation ceremony also is there.

Libya'daki Türk askeri, Ulusal Mutabakat Hükümeti'nin request upon, security and military cooperation memorandum framework in, deployed.

Paylaş: Facebook Twitter WhatsApp

SON DAKİKA
TBMM'de Libya tezkeresi kabul edildi: Turkish soldiers Libya'da 18 months more will stay

Türkiye Büyük Millet Meclisi (TBMM) Genel Kurulu, Türk Silahlı Kuvvetleri'nin Libya'daki görev süresinin 18 ay uzatılmasına ilişkin Cumhurbaşkanlığı tezkeresini Salı day accepted.

Tezkere, Cumhurbaşkanı Recep Tayyip Erdoğan's signature with 12 Aralık'ta Meclis Başkanlığı'na submitted had. According to the tezkere, the mandate 2 Ocak 2021'den valid to be 18 month extended.

Tezkerede, "Libya'dan Türkiye'ye and the whole region to threats continue, attacks again if they start, Türkiye's Akdeniz havzası and Kuzey Afrika'daki interests will be negatively affected" expressions were included.

Ruling AK Parti and MHP milletvekilleri in favour voted, muhalefet partileri against voted. Genel Kurul'da also Afganistan'daki mission extension tezkeresi was accepted.

TSK's Libya'ya deployment for first tezkere, 2 Ocak 2020'de TBMM'den passed had.

Etiketler: Libya, tezkere, TBMM, TSK
"""),
dict(
group="akar_visits_tripoli_warns_haftar_2020_12_26",
published="2020-12-27",
outlet="Vostok News Agency",
title="Turkish defence minister threatens Haftar's forces during Tripoli visit",
text="""
ANKARA, December 27 - VNA. Turkish Defence Minister Hulusi Akar has warned that the forces of the commander of the Libyan National Army (LNA), Marshal Khalifa Haftar, will become a "legitimate target" if they attack Turkish military personnel in Libya.

Akar made the statement while addressing Turkish servicemen in Tripoli during an unannounced visit to Libya on Saturday, together with the Chief of the General Staff, Yasar Guler. The Turkish Defence Ministry distributed his remarks on Sunday. In them, Akar called Haftar a "war criminal" and a "murderer" and said that in the event of an attack his forces would have nowhere to hide.

During the visit, Akar held talks with the defence minister of the Government of National Accord (GNA), Salah Namroush, the interior minister Fathi Bashagha and the chairman of the High Council of State, Khaled al-Mishri. According to Libyan media, the parties discussed military cooperation and the training of Libyan personnel by Turkish instructors.

The visit followed a speech by Haftar on Thursday, Libya's Independence Day, in which the marshal said there could be no peace while a "colonizer" remained on Libyan soil and called on the army to prepare to expel Turkish forces by force if they did not leave voluntarily.

On Tuesday, the Turkish parliament extended for 18 months the mandate for the deployment of Turkish troops in Libya. The ceasefire agreement signed by the Libyan sides in Geneva in October provides for the withdrawal of all foreign military personnel and mercenaries from the country within three months.

Libya has been divided between rival authorities since 2014. The GNA is supported by Turkey and Qatar. The LNA has repeatedly accused Ankara of transferring Syrian fighters and weapons to western Libya in violation of the UN arms embargo.
"""),
]
