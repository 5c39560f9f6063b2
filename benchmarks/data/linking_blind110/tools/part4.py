# Part 4: Turkey opens the way to Europe, Greek asylum freeze, Operation Spring Shield
A = []

A.append(dict(group="turkey_stops_holding_back_migrants_at_greek_border_2020_02_28", published="2020-02-28",
outlet="Levant Wire Service",
title="Migrants head for Greek border after Turkey says it will no longer stop them",
text="""ISTANBUL (LWS) - Groups of migrants in Turkey set off towards the borders with Greece and Bulgaria on Friday after a senior Turkish official said Ankara would no longer abide by its commitment to stop refugees reaching Europe, hours after 33 Turkish soldiers were killed in Syria.

Turkish police, coastguard and border security officials had been ordered to stand down on migrants' land and sea crossings towards Europe, the official said, adding that Turkey expected a new influx of refugees from Syria's Idlib region and could not shoulder the burden alone.

By the afternoon, several hundred people, among them Syrians, Afghans, Iraqis and Iranians, had reached the Pazarkule crossing in Edirne province, opposite the Greek village of Kastanies, carrying bags and blankets. Many had travelled by bus and taxi from Istanbul, 200 km (125 miles) away, after seeing the news on television. Others gathered on the Aegean coast near Ayvacik, hoping to reach the Greek island of Lesbos by boat.

Greek police closed the Kastanies crossing and reinforced patrols along the Evros river, which forms most of the land border. Prime Minister Kyriakos Mitsotakis said Greece would not accept illegal entries and was tightening its border security. Bulgaria said it was reinforcing its own border.

An EU spokesman said Brussels had received no official announcement of any change in Turkish policy and expected Ankara to honour its 2016 agreement with the bloc, under which Turkey stems migrant flows in return for billions of euros in aid for refugees.

Turkey hosts about 3.6 million Syrian refugees, the largest refugee population in the world. President Tayyip Erdogan has repeatedly threatened to "open the gates" to Europe, accusing the EU of failing to pay the money it promised and of leaving Turkey alone over Syria.

Nearly a million people have been displaced by the Syrian government's offensive on Idlib since December, according to the United Nations. Turkey's own border with Syria remains closed.

More than a million migrants and refugees reached Europe in 2015, most of them crossing from Turkey to the Greek islands, before the EU-Turkey agreement of March 2016 sharply cut the number of arrivals. Under the deal, the EU pledged 6 billion euros for refugees in Turkey, and Greece was allowed to return to Turkey migrants who reached its islands irregularly. Turkey says only part of the money has been paid and accuses the EU of failing to deliver on other promises, including visa-free travel for Turkish citizens.

Idlib and adjoining parts of Aleppo, Hama and Latakia provinces make up the last large area held by insurgents opposed to President Bashar al-Assad. Turkey, which backs some rebel factions, keeps a dozen military observation posts there under agreements reached with Russia and Iran in 2017 and 2018.

(Reporting by LWS Istanbul bureau; writing by Dilek Sarac; editing by Tom Ashworth)"""))

A.append(dict(group="turkey_stops_holding_back_migrants_at_greek_border_2020_02_28", published="2020-02-29",
outlet="Aegean Herald",
title="Tear gas at Kastanies as thousands mass on the Evros border",
text="""We use cookies to improve your experience on our site. By continuing to browse you accept our Cookie Policy. [OK]

ORESTIADA - Greek riot police fired tear gas and stun grenades on Saturday at crowds of migrants trying to force their way across the border at Kastanies, as thousands of people who set out from Turkey after Ankara said it would no longer stop them waited in the no man's land between the two countries.

Young men in the crowd threw stones at police lines, while families with small children sat in the fields on the Turkish side of the fence, many of them having spent a freezing night in the open. The Kastanies crossing, opposite the Turkish post of Pazarkule, has been closed since Friday.

Government spokesman Stelios Petsas said that about 4,000 attempts to enter Greece illegally had been prevented since Friday morning, and that the country's borders were being guarded with every means available. He described the movement as an organised attempt to put pressure on Greece, and said that a small number of people who managed to cross had been arrested.

Prime Minister Kyriakos Mitsotakis, who chaired an emergency meeting on Friday, said Greece would not tolerate any illegal entry and that the country's borders were also the borders of Europe. Army and police reinforcements were sent to the Evros region and patrols were stepped up along the river, while residents of border villages reported groups trying to cross in small boats at night.

The International Organisation for Migration said its teams had counted at least 13,000 people gathered at crossing points along the 212-kilometre land border by Saturday evening.

On the islands, dinghies began arriving on Lesbos, Chios and Samos, where the reception centres are already far beyond capacity.

In the border villages of Evros, residents said they had not seen such scenes since 2015, when hundreds of thousands of people crossed from Turkey through the Aegean islands. A fence along the 12.5-kilometre stretch of the land border that is not covered by the river was built in 2012 after a previous surge in crossings.

In Istanbul, President Recep Tayyip Erdogan confirmed on Saturday that Turkey had "opened the doors" and would not close them, saying 18,000 people had already crossed towards the borders. He accused the European Union of failing to keep its promises under the 2016 migration agreement.

The Turkish decision came hours after at least 33 Turkish soldiers were killed in an air strike in Syria's Idlib province on Thursday night, and was widely seen in Athens as an attempt to force European support for Ankara's operations in Syria.

Frontex said it had raised its alert level for Greece's borders to high,.

Exit mobile version

Read more:
Evros: residents keep watch in border villages
Lesbos: tensions at Moria as arrivals rise"""))

A.append(dict(group="turkey_stops_holding_back_migrants_at_greek_border_2020_02_28", published="2020-02-29",
outlet="Hilal News Agency",
title="'We opened the doors': Erdogan says Turkey will not stop migrants heading to Europe",
text="""ISTANBUL

Turkey will not close its doors to irregular migrants seeking to travel to Europe, President Recep Tayyip Erdogan said on Saturday, adding that some 18,000 migrants had gathered on Turkey's western borders since Friday.

"What did we do yesterday? We opened the doors," Erdogan said in a speech in Istanbul. "We will not close these doors in the coming period. Why? Because the European Union has to keep its promises."

He said the number of migrants heading to the border could reach 25,000 to 30,000 during the day, and that Turkey did not have the means to care for a new wave of refugees from Idlib.

Erdogan said the EU had not delivered the funds it had pledged under the March 2016 refugee deal, under which the bloc promised 6 billion euros to support refugees in Turkey.

Since Friday, groups of irregular migrants have been arriving in the northwestern province of Edirne, which borders Greece and Bulgaria, and in coastal districts of Canakkale and Izmir, from where they hope to reach the Greek islands.

The Pazarkule border gate in Edirne has been the main gathering point. Greek security forces used tear gas against migrants trying to cross to Greek territory, according to Turkish reporters at the scene. Aid workers distributed food, water and blankets to migrants waiting near the border.

Turkey is home to some 3.7 million Syrian refugees, more than any other country in the world, and has spent some $40 billion on refugees since the start of the Syrian civil war in 2011, according to Turkish officials.

Under the EU-Turkey deal of March 2016, Turkey agreed to take back irregular migrants crossing to the Greek islands in exchange for financial aid for refugees, the resettlement of Syrian refugees from Turkey to EU countries, the acceleration of visa liberalization for Turkish citizens and the revitalization of its EU accession process. Turkish officials have long complained that the EU has failed to honor most of these commitments.

Turkish officials stress that the Turkish policy does not mean Turkey is sending refugees to Europe, but that it will no longer prevent those who wish to leave.

The president's remarks came after 33 Turkish soldiers were martyred in an airstrike by Assad regime forces in Idlib late on Thursday. Erdogan vowed that the regime would pay for the attack.

Nearly a million Syrians have been displaced toward the Turkish border since the regime and its backers intensified their attacks on the Idlib de-escalation zone in December, according to the UN.

Before Thursday's attack, regime forces had killed 13 Turkish military personnel in Idlib in two separate attacks on Feb. 3 and Feb. 10. President Erdogan had given the regime until the end of February to withdraw behind Turkey's observation posts."""))

A.append(dict(group="greece_suspends_asylum_applications_2020_03_01", published="2020-03-01",
outlet="Aegean Herald",
title="Greece freezes asylum applications for a month as border pressure mounts",
text="""We use cookies to improve your experience on our site. By continuing to browse you accept our Cookie Policy. [OK]

ATHENS - Greece will not accept any new asylum applications for one month from people who enter the country illegally, the government announced on Sunday evening after a meeting of the national security council chaired by Prime Minister Kyriakos Mitsotakis.

Government spokesman Stelios Petsas said that those who cross irregularly will, where possible, be returned immediately to the country they came from, without registration. Athens is invoking Article 78(3) of the Treaty on the Functioning of the European Union, which allows emergency measures when a member state faces a sudden inflow of third-country nationals, and will ask Frontex for a rapid border intervention on its land and sea borders.

"The level of deterrence at our borders has been raised to the maximum," Mitsotakis wrote on Twitter, adding that the borders of Greece were the external borders of Europe and that Greece would protect them. He warned migrants not to try to enter Greece illegally, saying they would be turned back.

Petsas described the events of the last three days as a sudden, massive, organised and coordinated pressure on Greece's eastern borders, and accused Turkey of violating its commitments under the 2016 EU-Turkey statement and acting as a people smuggler instead of cracking down on smugglers.

According to the government, almost 10,000 attempts to cross the Evros border illegally were blocked in the 24 hours to Sunday morning. Clashes continued at Kastanies throughout the day, with police again firing tear gas at groups throwing stones.

On Lesbos, residents at the port of Thermi prevented a dinghy carrying families from landing on Sunday morning, and scuffles broke out with journalists. Hundreds of people reached the islands of the north Aegean over the weekend.

The migration crisis of 2015 and 2016, when more than a million people passed through Greece on their way to central and northern Europe, remains a vivid memory for Greek governments. The EU-Turkey statement of March 2016 sharply reduced arrivals, but the island camps have remained overcrowded, with more than 40,000 people living in facilities built for a fraction of that number.

European Council President Charles Michel said on Twitter that he supported Greece's efforts to protect Europe's borders, and that he would visit the Greek-Turkish border on Tuesday together with Mitsotakis.

The crisis began on Friday when Ankara let it be known that it would no longer prevent migrants from leaving for Europe, hours after 33 Turkish soldiers were killed in Syria's Idlib province. President Erdogan said on Saturday that Turkey had "opened the doors".

Exit mobile version

Read more:
Frontex raises alert level on Greek borders
Orestiada: border villages on alert"""))

A.append(dict(group="greece_suspends_asylum_applications_2020_03_01", published="2020-03-02",
outlet="Northwest Syria Relief Forum",
title="PRESS RELEASE: Relief Forum urges Greece to reverse asylum freeze and EU to share responsibility",
text="""FOR IMMEDIATE RELEASE

Athens / Gaziantep, 2 March 2020

The Northwest Syria Relief Forum, a network of humanitarian organisations working in Idlib, northern Aleppo and southern Turkey, is deeply concerned by the decision of the Greek government, announced on the evening of Sunday 1 March, to suspend the lodging of asylum applications for one month for people entering the country irregularly.

Seeking asylum is a fundamental right. The Forum recalls that neither the 1951 Refugee Convention nor EU law provides a legal basis for suspending the right to apply for asylum, a point made today by the UN Refugee Agency. The principle of non-refoulement applies at all times and in all circumstances.

The Forum recognises the pressure facing Greek authorities on the Evros border and on the Aegean islands, where reception centres are already overcrowded. But the answer to this pressure cannot be tear gas and summary returns. We call on the Greek government to reverse its decision and to ensure access to a fair asylum procedure for everyone who reaches its territory.

We also call on:

- The Turkish government to stop using people fleeing war as a means of pressure, and to ensure that men, women and children stranded at the border have shelter, food and medical care;
- The European Union and its member states to share responsibility with Greece and with Turkey, and to relocate unaccompanied children from the Greek islands without delay;
- All parties to the conflict in Syria to agree an immediate ceasefire in Idlib.

Since the start of February, our members have recorded repeated strikes on or near health facilities, schools and displacement sites in Idlib and western Aleppo. Several member organisations have had to relocate their offices and warehouses twice in a month as the front line moved north after the fall of Maarat al-Numan and Saraqeb. The escalation between Turkish and Syrian government forces since the beginning of February, and in particular since 27 February, has made access even more dangerous for humanitarian staff.

The people gathering at Europe's borders are only part of the picture. Nearly one million people have fled the offensive in northwest Syria since 1 December 2019, more than half of them children. Hundreds of thousands are living in tents, unfinished buildings or in the open near the closed Turkish border. Our members report that camps are full, and that shelling and air strikes continue to hit populated areas.

This morning, a young child died when a boat capsized off Lesbos. No child should lose their life trying to reach safety.

About the Forum: The Northwest Syria Relief Forum brings together 24 local and international humanitarian organisations providing health, shelter, food and protection services to displaced people in northwest Syria.

Media contact: press@nwsrf.example.org

###"""))

A.append(dict(group="greece_suspends_asylum_applications_2020_03_01", published="2020-03-02",
outlet="Daily Crisis Digest",
title="Morning round-up: Greece suspends asylum as border standoff enters fourth day",
text="""ROUND-UP - Monday 2 March

What you need to know this morning:

1. Greece stops accepting asylum claims

Greece announced on Sunday night that it will not register new asylum applications for one month from people entering the country irregularly, and will return them where possible without registration. The decision followed a meeting of the Greek national security council. Prime Minister Kyriakos Mitsotakis said deterrence at the borders had been raised "to the maximum" and invoked an emergency article of the EU treaties to request European support. Athens says it blocked almost 10,000 crossing attempts at the Evros land border in 24 hours. The UN Refugee Agency is expected to say the move has no legal basis.

2. Still thousands at Pazarkule

Thousands of migrants remain in the no man's land between the Turkish crossing of Pazarkule and the Greek village of Kastanies, where Greek police fired tear gas again on Sunday. Turkey said on Friday it would stop holding back migrants trying to reach Europe. EU foreign ministers are expected to discuss the situation this week.

3. Turkey launches "Operation Spring Shield"

Turkey's defence minister Hulusi Akar announced on Sunday a military operation against Syrian government forces in Idlib, named Spring Shield. Turkish jets shot down two Syrian Su-24 warplanes, and Syria said it had downed Turkish drones and closed the airspace over the northwest. Akar said Turkey had no intention of confronting Russia.

4. Saraqeb changes hands again

Syrian government forces, backed by allied militias, were reported to have pushed back into Saraqeb on Monday, days after rebels retook it. The town commands the junction of the M4 and M5 highways.

5. Erdogan to Moscow

Turkish President Recep Tayyip Erdogan is due in Moscow on Thursday (March 5) for talks with Vladimir Putin on Idlib, the Kremlin has confirmed.

6. A child dies off Lesbos

A child died after a dinghy carrying migrants capsized off the coast of Lesbos on Monday morning, Greek authorities said. Tension is high on the island, where some residents have tried to stop boats from landing and where the Moria camp holds many times its capacity.

Background: how we got here

Turkey's decision to open the way to Europe came hours after 33 Turkish soldiers were killed in an air strike in Idlib on the night of 27 February. It was the latest in a series of deadly incidents: Syrian shelling killed seven Turkish soldiers and a civilian near Saraqeb on 3 February and five soldiers at Taftanaz on 10 February. Nearly a million Syrians have fled the government offensive since December.

Also today: EU institutions are preparing a visit to the Evros border by the heads of the Commission, Council and Parliament on Tuesday.

Share this:
Twitter
Facebook
Email"""))

A.append(dict(group="turkey_launches_operation_spring_shield_downs_syrian_jets_2020_03_01", published="2020-03-01",
outlet="Umayyad News Agency",
title="Two Syrian warplanes targeted by Turkish regime over Idlib, pilots land safely .. air defenses down three Turkish drones",
text="""Idlib, SNNA - A military source said on Sunday that the Turkish regime warplanes targeted two Syrian warplanes over the area of Idlib while they were carrying out their missions against the terrorist organizations, and the pilots parachuted and landed safely.

The source affirmed in a statement to SNNA that the Syrian Arab Army air defenses confronted a number of Turkish drones that violated the Syrian airspace and downed three of them over Saraqeb and the surrounding areas.

Earlier today, the General Command of the Army and Armed Forces declared the closure of the airspace over the north-west of the country, and especially over Idlib governorate, to the flights of aircraft and drones, stressing that any aircraft which penetrates the Syrian airspace will be treated as hostile and shot down.

The military source said that the Turkish regime continues its direct aggression on the Syrian territory in support of the terrorist organizations, after the failure of the terrorists to stop the advance of the army units, and that the army units will respond with all force to this aggression.

The Turkish regime announced today the launch of what it called a military operation against the Syrian Arab Army in Idlib, in a flagrant violation of the sovereignty of the Syrian Arab Republic and of international law.

In the field, SNNA reporter said the army units are continuing their operations around Saraqeb city, after repelling attacks of the terrorist groups which were supported by the Turkish artillery and drones.

Syria has repeatedly affirmed that the Turkish presence on its territory is an occupation, and that it will confront it by all legitimate means.

The army units had liberated in the past weeks the cities of Maarat al-Numan and Saraqeb and secured the entire Damascus-Aleppo international highway for the first time since 2012, before the terrorist groups, with direct support of the Turkish artillery, attacked Saraqeb again last week. The military source had said that the Turkish soldiers who were killed last Thursday were inside the positions of the terrorist organizations in the southern countryside of Idlib.

The Syrian Foreign Ministry has sent letters to the UN Secretary-General and the President of the Security Council about the Turkish aggression, calling on the Council to shoulder its responsibilities.

The Russian Center for Reconciliation said earlier that it could not guarantee the safety of Turkish aircraft flying over Syria after Damascus closed the airspace over Idlib.

H.Z / R.S"""))

A.append(dict(group="turkey_launches_operation_spring_shield_downs_syrian_jets_2020_03_01", published="2020-03-01",
outlet="Haber Ekspres 24",
title="Bakan Akar açıkladı: Bahar Kalkanı Harekatı başladı, 2 SU-24 düşürüldü - Spring Shield operation started",
text="""[ad_1]

Haber Merkezi | 01.03.2020 - 17:48

Milli Savunma Bakanı Hulusi Akar announced that after the treacherous attack on 27 Şubat in Idlib, the "Bahar Kalkanı Harekâtı" (Operation Spring Shield) was started and is continuing successfully.

Bakan Akar, who was in the Hatay with the TSK commanders, said in his statement that the aim of the operation is to stop the massacre of the regime, to prevent the radicalization and the migration. "We have no intention to face with Russia. Our only aim is the regime elements which attacked to our soldiers" Akar said.

Akar gave the numbers of the regime losses since the attack: 1 İHA, 8 helikopter, 103 tank, 72 obüs and ÇNRA, 3 hava savunma sistemi destroyed, and 2 thousand 212 regime element was neutralized. 

"Turkey expects from Russia to use its influence to stop the attacks of the regime and to make the regime withdraw to the borders of Sochi memorandum" Bakan said.

2 SU-24 DÜŞÜRÜLDÜ

MSB also announced that 2 SU-24 war plane of the regime which attacked to our aircrafts was shot down. Also the air defense system which dropped our armed İHA and 2 other air defense system was destroyed. The regime had announced earlier today that it closed the airspace of the north west Syria.

According to the information, the SU-24 planes was hit by the F-16 of Turkish air force and the pilots was left the planes with parachute. In the social media the images of the falling planes was shared.

According to the local sources the Nayrab military airport of the regime near Aleppo was hit and became out of service.

As it is known, on 27 Şubat night in the air attack of the regime in the Idlib 33 our soldier was martyred. After that one more soldier was şehit and the number became 34. Cumhurbaşkanı Erdoğan will go to Moscow on 5 Mart to meet with Putin.

HAREKATIN ADI NEDEN BAHAR KALKANI?

The Bahar Kalkanı is the fourth big operation of TSK in the Syria after Fırat Kalkanı (2016), Zeytin Dalı (2018) and Barış Pınarı (2019). Differently from the others, in this operation the target is not terror organization but the regime forces. The SİHA (armed drones) of TSK were used very much in the operation and the images of the hit regime tanks was shared by the MSB.

Meanwhile on the Edirne Pazarkule border gate the waiting of the migrants is continuing.

ETİKETLER: bahar kalkanı, idlib, hulusi akar, su-24, tsk

Exit mobile version

BUNLAR DA İLGİNİZİ ÇEKEBİLİR
Koronavirüs: Sağlık Bakanlığı'ndan yeni açıklama
Edirne Pazarkule'de son durum
[ad_2]"""))

A.append(dict(group="turkey_launches_operation_spring_shield_downs_syrian_jets_2020_03_01", published="2020-03-02",
outlet="Defence Horizons",
title="Analysis: Spring Shield puts Turkish drone warfare on display over Idlib",
text="""Defence Horizons | Analysis | Land & Air Systems

Turkey's announcement on 1 March of Operation Spring Shield formalised what had been under way since the night of 27 February: a sustained campaign of drone and artillery strikes against Syrian government forces in Idlib, conducted under airspace dominated by Russia.

Defence Minister Hulusi Akar, speaking from the southern province of Hatay, framed the operation as self-defence following the air strike near Balyun that killed 33 Turkish soldiers. He claimed that in the days since, Turkish forces had destroyed eight helicopters, 103 tanks, 72 artillery pieces and rocket launchers, and three air defence systems, and had "neutralised" more than 2,200 Syrian government personnel. These figures have not been independently verified, and Damascus disputes them.

The most striking feature of the campaign is the scale at which Turkey has used armed unmanned aerial vehicles. Footage released by the Turkish Defence Ministry shows strikes on armour, artillery positions and air defence systems, attributed in Turkish reporting to the Bayraktar TB2 and the larger Anka-S. Turkey has used these aircraft against the PKK for several years, but never before against a state military with integrated air defences. Several Russian-made Pantsir short-range systems operated by Syria were reported destroyed, and Turkish media credited electronic warfare support for suppressing Syrian radars.

The cost has not been zero. Damascus says it shot down several Turkish drones on 1 March and declared the airspace over northwest Syria closed. Turkey has acknowledged losing at least one armed drone.

The downing of two Syrian Air Force Su-24 attack aircraft on 1 March are the first Syrian warplanes shot down by Turkey since 2014. The Turkish Defence Ministry said the aircraft were hit after attacking Turkish aircraft; Syrian state media said both crews ejected and landed safely. Reports indicate the Turkish F-16s did not enter Syrian airspace, reflecting Ankara's caution about flying over territory where Russian fighters and S-400 coverage from Hmeymim are present.

That caution is the key constraint. Turkish manned aircraft have largely stayed out of Idlib's skies since Russia effectively closed them to Ankara earlier in February. Drones, which can be lost without loss of life, have become Turkey's means of applying airpower in contested airspace. Akar stressed that Turkey had "no intention" of confronting Russia and expected Moscow to persuade Damascus to withdraw to the lines agreed at Sochi in 2018.

For the Syrian army, the immediate effect has been severe losses in armour and artillery around Saraqeb and in southern Idlib. But the front has not fundamentally shifted: government forces, supported by Russian aircraft and allied militias, were reported moving back into Saraqeb on 2 March.

The outcome is likely to be decided in Moscow on 5 March, when presidents Erdogan and Putin meet. For defence ministries watching from abroad, Spring Shield is already a case study in how a mid-sized power can use relatively inexpensive drones to inflict heavy attrition on a conventional army, and of the limits that air defence and great-power politics still impose."""))
