# Set 42 article texts, part 1 (events E1-E4). Written blind, invented outlets.
MPA_LIBYA = ("Libya has been mired in turmoil since the NATO-backed uprising that toppled Muammar Gaddafi in 2011, "
             "and since 2014 has been split between rival administrations in Tripoli and the east. Turkey backs the "
             "UN-recognised Government of National Accord (GNA) in Tripoli, while Russia, Egypt and the United Arab "
             "Emirates support eastern commander Khalifa Haftar, whose forces launched an offensive on the capital in April 2019.")

ARTICLES = []
def add(ev, date, outlet, title, text):
    ARTICLES.append(dict(ev=ev, published=date, outlet=outlet, title=title, text=text.strip()))

E1 = "nato_article4_consultations_after_balyun_2020_02_28"
E2 = "turkey_downs_syrian_su24s_spring_shield_2020_03_01"
E3 = "erdogan_putin_moscow_idlib_ceasefire_2020_03_05"
E4 = "tunisia_parliament_rejects_pdl_libya_motion_2020_06_03"

# ---------------- E1 NATO Article 4, Brussels, Fri 28 Feb 2020 ----------------
add(E1, "2020-02-28", "Meridian Press Agency", "NATO allies voice solidarity with Turkey after Idlib strike but offer no new help", f"""
BRUSSELS (MPA) - NATO ambassadors met in emergency session on Friday at Turkey's request after an air strike in Syria's Idlib province killed 33 Turkish soldiers, condemning the Syrian government and Russia but stopping short of any new military commitment to Ankara.

The North Atlantic Council convened under Article 4 of the alliance's founding treaty, which lets any member ask for consultations when it believes its territorial integrity, political independence or security is under threat. The session lasted a little over an hour.

Secretary-General Jens Stoltenberg told reporters afterwards that allies had offered their condolences and condemned what he called the continued indiscriminate air strikes by the Syrian government and its backer Russia in Idlib. He urged both to halt their offensive, respect international law and return to the ceasefire agreed in 2018.

"Today's meeting is a sign of solidarity with Turkey," Stoltenberg said, adding that NATO would keep supporting its ally with a range of measures, including the augmentation of its air defences. He did not announce any additional step.

Turkish Foreign Minister Mevlut Cavusoglu requested the consultations in a telephone call with Stoltenberg late on Thursday, hours after the strike near the village of Balyun in southern Idlib, the deadliest single attack on the Turkish military in decades. Ankara has been pressing allies for air defence support, so far without public result.

Turkey answered Thursday's attack by striking Syrian government positions. Turkish officials also said on Friday that Turkey would no longer try to stop refugees and migrants leaving for Europe, and groups of people were seen heading toward the Greek and Bulgarian frontiers.

President Tayyip Erdogan and Russian President Vladimir Putin spoke by telephone on Friday, both sides said, and discussed the possibility of meeting soon.

The crisis in Idlib adds to strains between Ankara and Moscow, which also stand on opposite sides in Libya. Turkey began deploying military personnel to Tripoli in January, and Erdogan said last Saturday that Turkey had suffered "a few martyrs" there.

{MPA_LIBYA}

(Reporting by Pieter Vandamme; additional reporting by Selin Aras in Ankara; editing by Mark Holloway)
""")

add(E1, "2020-02-28", "Bosphorus Daily Wire", "NATO expresses 'strong solidarity' with Turkey after regime attack in Idlib", """
ANKARA

NATO allies on Friday expressed strong solidarity with Turkey at an extraordinary meeting held in Brussels upon Ankara's request, following the heinous attack by the Assad regime that martyred 33 Turkish soldiers in Idlib late Thursday.

Speaking after the North Atlantic Council meeting held under Article 4 of the Washington Treaty, NATO Secretary-General Jens Stoltenberg said allies condemned the indiscriminate air strikes of the regime and its backer Russia, and called on them to stop the offensive.

Stoltenberg noted that Turkey is the ally most affected by the conflict in Syria, has suffered the most terror attacks and hosts millions of refugees.

The meeting was requested by Foreign Minister Mevlüt Çavuşoğlu in a phone call with Stoltenberg on Thursday night.

Turkey immediately retaliated against regime targets after the attack. Communications Director Fahrettin Altun said all known regime positions were under fire from Turkish air and land assets.

Turkey, which has also deployed advisers to support the legitimate Government of National Accord in Libya against putschist Haftar's militias, has repeatedly called on its allies to take concrete steps rather than issue statements.

Share this:
Twitter Facebook WhatsApp
""")

add(E1, "2020-02-29", "RusInform International", "NATO stands by Ankara in words; Moscow says Turkish troops were among militants in Idlib", """
MOSCOW, February 29 (RII) - NATO limited itself to expressions of sympathy for Turkey at an emergency meeting in Brussels on Friday, while the Russian Defence Ministry insisted that the Turkish servicemen killed near Idlib had been operating in the combat formations of terrorist groups.

The North Atlantic Council met under Article 4 of the Washington Treaty at Ankara's request. Secretary-General Jens Stoltenberg afterwards called on Damascus and Moscow to halt what the alliance calls an offensive in Idlib, and spoke of "solidarity" with Turkey. No new military assistance was announced, and observers in Brussels noted that several allies were reluctant to be drawn into the Syrian conflict.

According to Ankara, 33 Turkish soldiers died on Thursday in an air strike in the south of the Idlib de-escalation zone. The Russian Defence Ministry said the Turkish side had not informed the Russian Centre for Reconciliation of the presence of its units in the area, where the Syrian Arab Army was repelling an attack by militants of Hayat Tahrir al-Sham. The ministry stressed that Russian aircraft had not been used in the area and said that, once it learned of the casualties, the Russian side took measures to ensure a ceasefire by Syrian forces so the dead and wounded could be evacuated.

Vladimir Putin and Recep Tayyip Erdogan spoke by phone on Friday. The Kremlin said the two presidents expressed serious concern over the escalation, agreed to intensify contacts between the relevant agencies and discussed holding a meeting in the near future. Putin offered condolences over the deaths of the Turkish servicemen, Kremlin spokesman Dmitry Peskov told reporters.

Peskov said Moscow remained committed to the Sochi memorandum of 2018, and that its implementation required the separation of the moderate opposition from terrorists, something Turkey had undertaken to ensure.

Russian-Turkish coordination has been tested on more than one front this year. In January Moscow and Ankara jointly called for a ceasefire in Libya and hosted talks between the Libyan parties in Moscow, which ended without the signature of the commander of the Libyan National Army, Khalifa Haftar. Turkey supports the Tripoli government of Fayez al-Sarraj and has sent military personnel to Libya, which Moscow has criticised as contrary to the goal of a settlement.

Related articles
Syrian army liberates several villages in southern Idlib
Zakharova comments on Turkish statements about migrants
""")

# ---------------- E2 Turkey downs two Syrian Su-24s, Sun 1 Mar 2020 ----------------
add(E2, "2020-03-01", "Arab Horizon Net", "Military source: Turkish regime aircraft targeted two Syrian warplanes over Idlib and the pilots landed safely", """
Damascus - Arab Horizon

A military source announced today, Sunday, that the air force of the Turkish regime targeted two Syrian warplanes while they were carrying out a mission against the positions of the terrorist organizations in the Idlib area, and they were downed over the Syrian territory.

The source said, in a statement carried by the Syrian Arab News Agency (SANA), that the two pilots used their parachutes and landed safely, without giving other details about the place where they fell.

For its part, the Turkish Ministry of National Defense claimed that its forces shot down two aircraft of the "SU-24" type that were attacking its planes, and destroyed air defense systems, one of which had shot down a Turkish drone earlier in the day near the city of Saraqib.

The Syrian side announced the closing of the airspace over the north-west of the country, and warned that any aircraft entering it would be treated as hostile and shot down.

This comes hours after the Turkish Defense Minister Hulusi Akar announced the start of a military operation in Idlib under the name "Spring Shield", following the killing of 33 Turkish soldiers in a strike last Thursday in the south of Idlib countryside, which the Turkish side blames on the Syrian army.

Ankara says it does not seek a confrontation with Russia, the main ally of Damascus, while the Syrian government considers the Turkish presence in its territories an occupation and an aggression against its sovereignty.

It is worth mentioning that Turkey, according to reports of monitoring organizations, has transferred thousands of fighters from the armed Syrian factions loyal to it to Libya to fight alongside the forces of the Government of Accord headed by Fayez al-Sarraj, against the Libyan National Army led by Field Marshal Khalifa Haftar, and the Turkish president confirmed last week the presence of fighters of the "Syrian National Army" there.

Read also: The Libyan army: we destroyed a Turkish drone at Mitiga airport

Read also: Thousands of migrants gather on the Turkish-Greek border
""")

add(E2, "2020-03-01", "Gündem Son Dakika", "Bakan Akar açıkladı: Bahar Kalkanı Harekatı başladı, 2 rejim uçağı düşürüldü", """
[ad_1]

Minister of National Defense Hulusi Akar, İdlib in the ongoing developments about important statement made. Akar, 27 Şubat dated treacherous attack after started the operation name is "Bahar Kalkanı Harekatı" (Spring Shield Operation) announced.

Akar, in the İdlib region in the operation continuing successfully said, the regime's 2 pieces SU-24 type war plane, which our planes attacked, was shot down. Also our armed UAV shot down air defense system together with total 3 air defense system destroyed was reported.

Minister Akar, "Our only aim, the massacre of the regime to end and radicalization and migration to prevent. We have no intention to face with Russia" he said. Akar according to statement, since the attack more than 2 thousand regime element neutralized edildi, many tanks, howitzers and helicopters destroyed. Regime side these figures does not accept.

In the attack in İdlib 34 our heroic soldier şehit olmuştu. Şehitlerimize Allah'tan rahmet, yaralılarımıza acil şifalar diliyoruz.

Syrian regime official agency SANA, in its statement pilots with parachute safely landed claimed. Regime the region's airspace closed announced.

On the other hand Cumhurbaşkanı Erdoğan, yesterday in İstanbul speech, Europe's doors to migrants opened and will not closed said. Edirne Pazarkule border gate in front of thousands of migrant waiting continues.

Türkiye, also Libya in legitimate government with signed memorandum within framework Trablus to military training and consultancy support giving. Serrac government against Hafter's attacks continue. Erdoğan last week Libya in few martyrs we have had said.

Etiketler: Hulusi Akar, İdlib, Bahar Kalkanı, SU-24, Suriye, Libya, son dakika

Exit mobile version
""")

add(E2, "2020-03-02", "The Levant Brief", "Evening Brief, Monday 2 March: Turkey downs Syrian jets as 'Spring Shield' opens; border standoff; UN Libya envoy quits", """
Evening Brief | Monday, 2 March 2020

Good evening. Here is what you need to know tonight.

1. TURKEY SHOOTS DOWN TWO SYRIAN JETS

Turkey's defence ministry said its forces shot down two Syrian government Su-24 warplanes over Idlib on Sunday, saying the jets had attacked Turkish aircraft, and destroyed several air defence systems, including one that downed a Turkish drone near Saraqib. Damascus confirmed the loss of the two aircraft but said both pilots ejected and landed safely. Syria declared the airspace over the northwest closed.

The shootdowns came as Defence Minister Hulusi Akar announced "Operation Spring Shield", Turkey's response to last Thursday's strike that killed 33 of its soldiers. Akar said Ankara had no intention of clashing with Russia. Syrian state media and Turkish outlets gave sharply different accounts of losses on the ground and neither could be independently verified. Turkish drones also hit targets near Aleppo's Nayrab airport, according to Turkish media.

Why it matters: Ankara and Moscow are now one miscalculation away from a direct clash in Syria. Erdogan is expected to travel to Moscow this week.

2. GREEK BORDER

Greek police again fired tear gas at people trying to cross from Turkey near Kastanies on Monday. Athens has said it will suspend asylum applications for one month after Ankara said it would no longer stop people leaving for Europe.

3. LIBYA: SALAME STEPS DOWN

UN envoy Ghassan Salame said on Monday he was resigning for health reasons, saying his health no longer allowed him to carry on at the current level of stress. The announcement comes two weeks after the Tripoli government pulled out of the Geneva military talks following the shelling of the capital's port. Turkey and Russia, both deeply involved in Libya, had co-sponsored the January truce that has since largely collapsed.

4. ON OUR RADAR

Libya's oil output remains at a fraction of normal levels more than six weeks after tribes loyal to Khalifa Haftar shut eastern ports and fields.

Sign up to receive the Brief in your inbox.

We use cookies to improve your experience. By continuing to browse you agree to our use of cookies. Accept
""")

# ---------------- E3 Erdogan-Putin Moscow summit, Thu 5 Mar 2020 ----------------
add(E3, "2020-03-05", "Meridian Press Agency", "Putin, Erdogan agree Idlib ceasefire after six hours of talks in Moscow", f"""
MOSCOW (MPA) - Russia and Turkey agreed on Thursday on a ceasefire in Syria's Idlib province from midnight, after more than six hours of talks in the Kremlin between President Vladimir Putin and President Tayyip Erdogan aimed at averting a direct clash between their forces.

The deal, set out in an additional protocol to the 2018 Sochi memorandum on Idlib, halts all military action along the current front line from 00:01 on Friday (2201 GMT Thursday). Foreign ministers Sergei Lavrov and Mevlut Cavusoglu, reading the text, said the two sides would set up a security corridor six kilometres north and six kilometres south of the M4 highway that crosses the province, and would begin joint patrols along the road on March 15.

The patrols are to run from the settlement of Trumba, west of Saraqib, to Ain al-Hawr. Defence ministries will agree the parameters of the corridor within seven days, the ministers said.

"We do not always agree with our Turkish partners in assessing what is happening in Syria," Putin told reporters, but he said the two countries had again found common ground at a critical moment. He offered condolences for the Turkish soldiers killed in Idlib last week and said the Syrian army had not known their location.

Erdogan said Turkey reserved the right to respond with all its strength to any attack by Syrian government forces, and blamed Damascus for the collapse of the earlier truce.

Thirty-three Turkish soldiers were killed in an air strike on Feb. 27, prompting Ankara to launch an offensive it called Operation Spring Shield, during which it shot down two Syrian jets on Sunday. Nearly a million people have fled the fighting in the northwest since December, according to the United Nations.

The summit did not address Libya publicly, though the two leaders, who co-sponsored a short-lived truce there in January, back opposing sides in that conflict as well.

{MPA_LIBYA}

(Reporting by Anton Velichko and Selin Aras; writing by Mark Holloway)
""")

add(E3, "2020-03-06", "RusInform International", "Ceasefire in Idlib takes effect under Russian-Turkish protocol", """
MOSCOW, March 6 (RII) - A ceasefire in Syria's Idlib de-escalation zone came into force at 00:01 on Friday under the additional protocol agreed in Moscow by Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan.

The talks in the Kremlin lasted about six hours, including more than two hours in a one-on-one format. Putin thanked his Turkish counterpart and said that although Moscow and Ankara did not always share the same assessments of the situation in Syria, at every critical moment the high level of bilateral relations had allowed them to find acceptable solutions, "and this happened this time too."

Russian Foreign Minister Sergei Lavrov read out the document alongside Turkish Foreign Minister Mevlut Cavusoglu. Under the protocol, all hostilities along the line of contact cease, a security corridor six kilometres deep is established on each side of the M4 Latakia-Aleppo highway, and joint Russian-Turkish patrols begin along the route on March 15. The protocol reaffirms the commitment of both sides to the sovereignty and territorial integrity of Syria and to combating terrorist groups designated by the UN Security Council.

Putin expressed condolences over the deaths of Turkish servicemen last week, noting that the Syrian army had not known where they were. Erdogan invited Putin to visit Turkey.

Experts note that the Moscow format once again proved effective where Western mechanisms have not. Last week NATO, at Ankara's request, held consultations under Article 4 of its treaty but offered Turkey nothing beyond statements.

Moscow and Ankara also maintain a dialogue on Libya, where they hold different positions. In January, Lavrov and Cavusoglu, together with the defence ministers, hosted talks in Moscow between the head of the Government of National Accord, Fayez Sarraj, and Libyan National Army commander Khalifa Haftar. Russia has repeatedly denied that its servicemen are fighting in Libya.

Related
Lavrov: Western partners must stop politicising the humanitarian situation in Idlib
""")

add(E3, "2020-03-06", "Bosphorus Daily Wire", "President Erdoğan: Turkey reserves right to retaliate against any regime attack despite ceasefire", """
MOSCOW

President Recep Tayyip Erdoğan said Turkey reserves the right to respond with all its strength against any attack by the Assad regime, after agreeing with Russian President Vladimir Putin on a ceasefire in Idlib that took effect at midnight.

Speaking at a joint press conference in Moscow on Thursday evening, Erdoğan said the regime is solely responsible for the collapse of the Sochi process and that Turkey would continue to work to ensure humanitarian aid reaches Syrians in need and that displaced people can return home.

"We will work together to deliver aid to the Syrians in need," Erdoğan said, adding that the two countries had agreed on a joint document.

Under the agreement, a secure corridor will be set up 6 kilometers to the north and 6 kilometers to the south of the M4 highway and Turkish and Russian forces will begin joint patrols on March 15, Foreign Minister Mevlüt Çavuşoğlu and his Russian counterpart Sergey Lavrov said.

Turkey launched Operation Spring Shield last Sunday after 34 Turkish soldiers were martyred in a regime air strike in Idlib on Feb. 27. The Defense Ministry said the operation had inflicted heavy losses on regime forces.

Turkey hosts some 3.7 million Syrians, more than any other country in the world, and has warned that a new wave of displacement from Idlib is beyond its capacity.

Erdoğan has also recently held contacts with Putin on Libya, where Turkey supports the legitimate Government of National Accord against the attacks of putschist Khalifa Haftar, who is backed by Russian Wagner mercenaries. Turkey and Russia called for a ceasefire in Libya in January during Putin's visit to Istanbul for the opening of the TurkStream pipeline.

Related news
Çavuşoğlu: We expect concrete support from NATO allies, not words
""")

add(E3, "2020-03-07", "The Continental Review", "In Moscow, Erdogan buys time in Idlib, and learns again how much he needs Putin", """
By Helena Marchetti

ISTANBUL - For a man who arrived in Moscow promising that Syrian government forces would pay a price, President Recep Tayyip Erdogan left with something more modest: a ceasefire drawn largely along the front lines that Bashar al-Assad's troops, backed by Russian air power, had already pushed deep into Idlib.

The agreement reached on Thursday after six hours of talks with Vladimir Putin stops the fighting from midnight, creates a 12-kilometre-wide corridor along the M4 highway and provides for joint Russian-Turkish patrols from March 15. It says nothing about the Syrian government pulling back to the lines of the 2018 Sochi deal, which Ankara had set as a deadline for the end of February. Turkish officials insist the truce preserves Turkey's observation posts and its right to retaliate. Critics at home note that the posts are now surrounded.

The price of the past fortnight was high. Thirty-four Turkish soldiers were killed in a single strike near Balyun on Feb. 27, the deadliest day for the Turkish military in decades. Ankara answered with "Operation Spring Shield", unleashing armed drones that pummelled Syrian armour, and shot down two Syrian Su-24 jets on March 1. But it never contested Russian control of the skies.

The Western response was, from Ankara's perspective, thin. NATO ambassadors met under Article 4 on Feb. 28 and condemned the strikes by Damascus and Moscow, but offered no Patriot batteries. Turkey's decision the same day to stop blocking migrants from leaving for Europe, which sent thousands to the Greek border at Kastanies, has since soured European goodwill further.

What happens in Idlib is entangled with the other theatre where Turkey and Russia face each other: Libya. Since January, Turkey has sent military advisers, air defences and armed drones to shore up the Government of National Accord in Tripoli, alongside Syrian fighters recruited from factions it sponsors in northern Syria; Erdogan confirmed their presence last month. Russian mercenaries of the Wagner group, which the Kremlin says it has nothing to do with, have fought on the other side, with Khalifa Haftar's forces on Tripoli's southern outskirts.

Diplomats say the two files are not formally linked, but the logic is familiar. In January, Putin and Erdogan called jointly for a Libyan truce from Istanbul, and their ministers hosted the two Libyan camps in Moscow, where Haftar left without signing. The Berlin conference a week later produced pledges to respect the UN arms embargo that have been broken by almost everyone. On Monday the UN envoy, Ghassan Salame, announced he was stepping down.

Turkey and Russia have learned to compartmentalise: they fight through proxies, then their leaders meet and redraw the lines.

The immediate question is whether the Idlib ceasefire lasts longer than the previous ones. The nearly one million people displaced since December are crowded against the Turkish border, and Erdogan has said Turkey cannot absorb another wave. For now, he has bought time. Whether he has bought anything else will be clearer when the first joint patrols set out on the M4.

Related Articles
Analysis: Europe's migration deal with Turkey is unravelling at the Evros
Libya's war of drones
""")

# ---------------- E4 Tunisian parliament motion on Libya, Wed 3 Jun 2020 ----------------
add(E4, "2020-06-04", "Maghreb Ledger", "Tunisian parliament rejects PDL motion on foreign interference in Libya after marathon debate", """
TUNIS - Tunisia's Assembly of the Representatives of the People on Wednesday evening rejected a motion tabled by the Free Destourian Party (PDL) declaring the assembly's opposition to foreign interference in Libya, after a session of nearly twenty hours dominated by attacks on Speaker Rached Ghannouchi.

The motion won 94 votes, with 68 against and 7 abstentions. Under Article 141 of the assembly's rules of procedure, it needed an absolute majority of 109 of the 217 deputies to pass. The second deputy speaker, Tarek Fetiti, announced that it had not obtained the approval of the house.

The text, put forward by the 16-member PDL bloc led by Abir Moussi, called on parliament to reject foreign military intervention in the neighbouring country and to oppose the use of Tunisian territory as a logistical base for such intervention. References to Turkey and Qatar contained in the initial draft were removed at the request of several blocs before the vote. The motion was supported by Qalb Tounes, Tahya Tounes, the National Reform bloc and Al Mostakbal.

The debate quickly turned into a trial of Mr Ghannouchi, the leader of the Islamist-inspired Ennahdha party. The PDL accuses him of conducting a parallel diplomacy, citing his unannounced meeting with Turkish President Recep Tayyip Erdogan in Istanbul on January 11 and, above all, his telephone call on May 19 in which he congratulated Fayez el-Sarraj, head of the Tripoli-based Government of National Accord, on the recapture of the al-Watiya air base from the forces of Marshal Khalifa Haftar. During Ms Moussi's speech, most deputies of Ennahdha and the Al Karama coalition left the chamber.

In his remarks, Mr Ghannouchi expressed regret that the war in Libya was being used for domestic political purposes, and said the assembly's contacts respected Tunisia's official position of support for the UN-recognised government and for a political solution.

The vote does not change Tunisia's official line, which is set by the presidency. The presidency has repeatedly said Tunisia does not side with any of the Libyan camps and backs a solution reached by Libyans themselves. Tunisia, which shares a long border with western Libya and hosted hundreds of thousands of Libyans after the fall of Kadhafi in 2011, fears new waves of displacement if the fighting spreads.

The debate came as the balance of forces in Libya shifted rapidly. GNA forces, backed by Turkish drones and air defences, announced on Wednesday that they had taken full control of Tripoli international airport, and Mr el-Sarraj was expected in Ankara on Thursday for talks with Mr Erdogan. Mr Erdogan visited Tunis in December, a trip that was followed by speculation, denied by the Tunisian presidency, that Tunisia would join a Turkish-led alliance on Libya.

Share this:
Facebook Twitter LinkedIn Email
""")

add(E4, "2020-06-04", "Nile Gazette", "Brotherhood bloc shields Ghannouchi as Tunisian parliament fails to reject Turkish meddling in Libya", """
Cairo - Nile Gazette

The Tunisian parliament failed on Wednesday night to adopt a draft resolution rejecting foreign interference in Libya, after deputies of the Brotherhood's Ennahdha movement and their allies blocked the text, in a session that turned into a public accounting of Speaker Rached Ghannouchi's ties with Turkish President Recep Tayyip Erdogan.

The draft, submitted by the Free Destourian Party, received 94 votes, short of the 109 required. Deputies of Ennahdha and the Karama coalition walked out while the head of the Free Destourian Party, Abir Moussi, was speaking, in what observers described as an attempt to avoid embarrassment over Ghannouchi's contacts with Ankara.

Ghannouchi had sparked a storm in Tunisia last month when he called Fayez al-Sarraj, head of the Tripoli government, to congratulate him on the seizure of al-Watiya base by militias backed by Turkish drones and Syrian mercenaries transported by Ankara. In January he flew to Istanbul for a closed meeting with Erdogan that was not announced in advance.

Tunisian political forces fear that Ghannouchi is working to turn Tunisia into a rear base for the Turkish project in Libya, a charge his party denies.

The vote comes at a sensitive moment. The Libyan National Army announced last month a pullback of its units from several positions around Tripoli for humanitarian reasons, while the terrorist militias loyal to al-Sarraj, supported by the Turkish occupation forces, claimed control of Tripoli airport and continued attacks on Tarhuna. Al-Sarraj is heading to Ankara to meet his patron Erdogan, in a visit that Libyan parliamentarians described as the receipt of new orders.

Egypt has repeatedly warned that it will not allow the transfer of terrorists and mercenaries to its western neighbour, and Cairo continues its contacts with the Libyan parties to restore a political track under the Berlin outcomes.

It is worth recalling that the Libyan House of Representatives voted in January to sever relations with Turkey and to cancel the memoranda signed by al-Sarraj with Erdogan in November 2019, describing them as a violation of Libyan sovereignty.

Related Articles
Libyan army: we have dealt with Turkish drones over Tarhuna
Egyptian foreign minister receives calls on Libya developments
""")
