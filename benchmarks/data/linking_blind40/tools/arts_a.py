# Articles part A: events 1-4 (Nov 2019 - Jan 2020). Written by hand, blind.
ARTS = []
def add(slug, published, outlet, title, text):
    ARTS.append(dict(slug=slug, published=published, outlet=outlet, title=title, text=text.strip()))

MERIDIAN_BOILER = ("Libya has been in turmoil since a NATO-backed uprising toppled Muammar Gaddafi in 2011. "
                   "Since 2014 the country has been split between rival administrations in Tripoli and the east.")

# ---------------- E1 Erdogan-Sarraj MoUs, Istanbul, 27 Nov 2019 ----------------
E1 = "erdogan_sarraj_sign_mous_istanbul_2019_11_27"
add(E1, "2019-11-28", "Meridian Wire",
"Turkey, Tripoli government sign security and maritime accords",
"""
ISTANBUL (Meridian) - Turkey and Libya's internationally recognised Government of National Accord (GNA) have signed two memorandums of understanding, one on security and military cooperation and a second on maritime jurisdiction in the Mediterranean, the Turkish presidency said.

The accords were signed on Wednesday after President Tayyip Erdogan received GNA head Fayez al-Sarraj at Dolmabahce Palace in Istanbul for talks that were closed to the press. The texts were not immediately published.

The security memorandum is expected to deepen Turkish support for the Tripoli government, which has been fighting off an offensive on the capital launched in April by eastern-based commander Khalifa Haftar and his Libyan National Army (LNA).

The maritime memorandum is likely to anger Greece, Cyprus and Egypt, which are at odds with Ankara over the exploitation of gas reserves in the eastern Mediterranean. Turkey has sent drilling ships into waters claimed by Cyprus this year and says it is protecting its own rights and those of Turkish Cypriots.

A senior Greek official said Athens would study the memorandum but argued that any deal drawing a sea boundary between Turkey and Libya would ignore the island of Crete, which lies between the two coasts.

Turkey has been one of the GNA's main foreign backers, alongside Qatar. Haftar is supported by the United Arab Emirates, Egypt and, diplomats say, Russian private military contractors, whose presence Moscow has denied.

UN experts have said weapons reach both sides in breach of a 2011 arms embargo.

""" + MERIDIAN_BOILER + """

Haftar's push on Tripoli stalled on the southern outskirts of the capital within weeks, and fighting has since turned into a war of drones and artillery that has killed more than 1,000 people, according to UN figures.
""")

add(E1, "2019-11-29", "Aegean Observer",
"Athens cries foul as Ankara and Tripoli draw a sea line 'through Crete'",
"""
We use cookies to ensure that we give you the best experience on our website. If you continue to use this site we will assume that you are happy with it. Ok

Aegean Observer | Politics | Foreign Affairs

By Nikos Vlachakis

Athens reacted sharply on Thursday to news that Turkey and the Tripoli-based Libyan government had signed a memorandum delimiting maritime zones in the Mediterranean, with officials saying the document had no legal standing and could not affect the rights of third countries.

The memorandum was one of two texts signed on Wednesday evening in Istanbul, where Turkish President Recep Tayyip Erdogan hosted Fayez Sarraj, head of Libya's Government of National Accord. The second covers security and military cooperation and was welcomed in Tripoli as a lifeline for a government under siege by the forces of Khalifa Hafter.

Greek Foreign Minister Nikos Dendias said the idea of a common maritime boundary between Turkey and Libya ignored geography, noting that Crete lies in between. Diplomats in Athens said the government would raise the matter with its EU partners and at the NATO leaders' meeting in London next week, where Prime Minister Kyriakos Mitsotakis is also expected to see Erdogan.

Nicosia joined the criticism, saying the deal violated the law of the sea. Egypt, which backs Hafter, said the memorandums were not legitimate because, under the 2015 Skhirat agreement that created the GNA, such accords require the approval of the full Presidential Council and cannot be signed by Sarraj alone.

Ankara rejects these arguments. Turkish officials say the deal protects Turkey's rights on its continental shelf and pushes back against what they call attempts to lock Turkey into the Gulf of Antalya. Turkey has not signed the UN Convention on the Law of the Sea.

The row comes on top of months of tension over Turkish drilling off Cyprus, which the EU has answered with limited measures. Greek analysts warn that the memorandum could be used by Ankara to contest planned gas projects, including the EastMed pipeline meant to link Israeli and Cypriot fields to Greece.

For Tripoli the main prize is military. Sarraj's government has been defending the capital since April, when Hafter's self-styled Libyan National Army launched its offensive. Libya has not had a stable central authority since the fall of Muammar Gaddafi in 2011.

Related Articles
Mitsotakis to brief opposition leaders on Libya deal
Dendias: 'Greece will defend its sovereign rights'

Share this:
Facebook Twitter Email
""")

add(E1, "2019-11-28", "HaberAkış",
"Cumhurbaşkanı Erdoğan Libya Başkanlık Konseyi Başkanı Serrac ile görüştü, 2 mutabakat imzalandı",
"""
Ana Sayfa » Dünya » Cumhurbaşkanı Erdoğan Libya Başkanlık Konseyi Başkanı Serrac ile görüştü

President Recep Tayyip Erdoğan, Libya National Accord Government Presidential Council Chairman Fayiz es-Serrac received at Istanbul Dolmabahçe Working Office. The meeting was closed to the press.

After meeting, between Turkey and Libya "Security and Military Cooperation Memorandum of Understanding" and "Mediterranean Maritime Jurisdiction Areas Delimitation Memorandum of Understanding" was signed, it was made statement from Presidency Communications Directorate.

According to statement, with the security memorandum the cooperation between the armed forces of two countries will be strengthened and the legal base for training and equipment is formed. The maritime memorandum, it said, is aimed to protect the rights of the countries arising from the international law.

Serrac for the Libya, the year is difficult. Since 4 Nisan (April) the forces of the darbeci (putschist) Hafter are attacking the capital Trablus and the legitimate government defending the city with the support of the friendly countries. BM (UN) recognised government is headed by Serrac since 2016.

Turkey many times said the Hafter attacks must stop and the solution must be political. Dışişleri Bakanı Mevlüt Çavuşoğlu also said earlier that Turkey will continue to be with the Libyan brothers.

Greece side is expected to react to the maritime memorandum. The Greek Cypriot administration and Athens are objecting the Turkish rights in Doğu Akdeniz (Eastern Mediterranean) since long time.

Etiketler: Erdoğan, Serrac, Libya, Doğu Akdeniz, mutabakat, Trablus

Önceki Haber: İstanbul'da sağanak yağış uyarısı
Sonraki Haber: Dolar güne nasıl başladı? 28 Kasım 2019

Exit mobile version
""")

# ---------------- E2 Turkish parliament troop mandate, 2 Jan 2020 ----------------
E2 = "turkish_parliament_approves_libya_troop_mandate_2020_01_02"
add(E2, "2020-01-03", "The Hamilton Review",
"Turkey's parliament opens the door to troops in Libya",
"""
By Clare Oduya, Istanbul

Turkey's parliament voted on Thursday to allow the deployment of troops to Libya, a step that could draw Ankara into a war on the far side of the Mediterranean and sharpen its confrontation with Egypt, the United Arab Emirates and Russia's mercenaries on the other side of the front.

Lawmakers, recalled from their winter recess for an extraordinary session, approved the motion by 325 votes to 184. President Recep Tayyip Erdogan's Justice and Development Party (AKP) and its nationalist allies backed it; the main opposition Republican People's Party and the Good Party voted against, as did the pro-Kurdish HDP. The mandate is valid for one year and leaves the size, timing and nature of any deployment to the president.

The government submitted the motion on Monday, days after the UN-recognised Government of National Accord in Tripoli formally asked for military support. Vice-President Fuat Oktay told reporters that Ankara hoped the mandate itself would act as a deterrent and that it might not need to send soldiers if the other side got the message. Officials have hinted that Turkey could initially send advisers, trainers and technical personnel rather than combat units.

Opposition deputies warned that Turkish soldiers would be sent into a civil war with no clear exit and that the move risked open confrontation with Egypt. Some accused the government of pursuing an ideological foreign policy.

The vote drew immediate criticism from Cairo, whose foreign ministry condemned it as a breach of UN resolutions on Libya. In Washington, the White House said President Donald Trump spoke to Mr Erdogan by phone and told him that foreign interference was complicating the situation in Libya.

The legal basis Ankara cites is the security and military cooperation memorandum Mr Erdogan signed with the Tripoli prime minister, Fayez al-Sarraj, in Istanbul on November 27, alongside a separate and much-disputed maritime accord. Greece expelled the Libyan ambassador in Athens last month in protest at the latter, which Athens says ignores Crete.

The Tripoli government has been under attack since April, when Khalifa Haftar, whose forces control much of the east and south, ordered an offensive on the capital. His Libyan National Army enjoys air support supplied by the UAE and, according to western officials, has been reinforced in recent months by fighters from the Wagner group, a Russian private military company. Moscow denies sending forces.

Mr Erdogan is due to host Vladimir Putin in Istanbul next week for the inauguration of the TurkStream gas pipeline, and diplomats expect Libya to top their agenda. The two leaders have managed their differences in Syria through a series of deals; whether the same can be done in Libya is far from clear.

Libya has been fractured since the 2011 uprising that ended Muammar Gaddafi's rule, and split between rival governments in the west and east since 2014.
""")

add(E2, "2020-01-02", "Nile Sentinel",
"Egypt condemns Turkish parliament vote to send forces to Libya",
"""
Nile Sentinel - Cairo

Egypt on Thursday condemned in the strongest terms the approval by the Turkish parliament of a memorandum allowing the deployment of Turkish forces to Libya, warning that any such intervention would threaten Arab national security and the security of the Mediterranean.

In a statement, the Ministry of Foreign Affairs said the Turkish move violated the decisions of the UN Security Council on Libya and the arms embargo imposed on the country, and held Ankara responsible for the consequences of any military intervention.

President Abdel Fattah al-Sisi chaired a meeting of the National Security Council on Thursday to discuss the threats arising from the Turkish step, according to a presidential statement which said the council had decided on a number of measures to protect Egypt's national security.

The Turkish Grand National Assembly voted 325 to 184 in favour of the mandate requested by President Recep Tayyip Erdogan, which rests on a so-called security memorandum signed in November with Fayez al-Sarraj, head of the Tripoli-based Presidential Council.

Cairo has repeatedly said that the memorandums signed by al-Sarraj are void because they were not approved by the Presidential Council as a whole, as required by the Skhirat agreement of 2015, nor by the elected House of Representatives.

The Arab League, at an emergency meeting in Cairo on Tuesday, rejected foreign interference in Libya and voiced concern over the military escalation.

The Libyan National Army, led by Field Marshal Khalifa Haftar, has been fighting since April to liberate Tripoli from terrorist militias that control the capital. Army officials have repeatedly accused Ankara of shipping armoured vehicles, drones and weapons to the militias in violation of the embargo, and warned that Turkish forces would be treated as hostile.

Libya has been in chaos since the fall of the regime of Muammar Gaddafi in 2011.

Share this:
Click to share on Facebook (Opens in new window)
Click to share on Twitter (Opens in new window)
Click to share on WhatsApp (Opens in new window)
""")

add(E2, "2020-01-02", "Türkiye Herald",
"Turkish parliament approves motion to deploy troops to Libya",
"""
ANKARA

The Grand National Assembly of Turkey (TBMM) on Thursday approved a presidential motion authorizing the deployment of Turkish troops to Libya in support of the country's legitimate government.

The motion passed with 325 votes in favor and 184 against in an extraordinary session convened during parliament's winter recess.

The motion, sent to parliament by the Presidency on Monday, said developments in Libya threatened Turkey's interests in the Mediterranean and North Africa, and warned that continued attacks by putschist Hafter's forces could open the way for terrorist organizations such as Daesh and al-Qaeda, as well as waves of irregular migration.

It authorizes the government for one year to determine the scope, amount and timing of the deployment.

Vice President Fuat Oktay has said Turkey was responding to an invitation from the UN-recognized Government of National Accord (GNA), and that the motion aimed to serve peace and stability, adding that Ankara hoped the step would deter the aggressors.

The AK Party and its ally the Nationalist Movement Party (MHP) voted in favor.

Foreign Minister Mevlüt Çavuşoğlu said last week that Turkey would stand by the legitimate government against the attacks of Hafter, who is backed by a number of regional countries and by Russian mercenaries of the Wagner group.

The GNA's Presidential Council Chairman Fayez al-Sarraj and President Recep Tayyip Erdoğan signed memorandums on security and military cooperation and on maritime jurisdiction areas on Nov. 27 in Istanbul. Both memorandums were ratified by the Turkish parliament in December.

Since April 2019, Hafter's militias have been attacking Tripoli, killing hundreds of civilians. The GNA was established in 2015 under a UN-led agreement.
""")

# ---------------- E3 Moscow talks, 13 Jan 2020 ----------------
E3 = "moscow_ceasefire_talks_sarraj_haftar_2020_01_13"
add(E3, "2020-01-13", "Eurasia Today",
"Libya's Sarraj signs truce document in Moscow, Haftar asks for time",
"""
MOSCOW, January 13 - The head of Libya's Government of National Accord, Fayez Sarraj, has signed a document on a ceasefire at talks in Moscow, while Libyan National Army commander Khalifa Haftar has asked for more time to study it, Russian Foreign Minister Sergei Lavrov said on Monday.

The Libyan delegations spent several hours in the Russian capital holding indirect talks mediated by Russia and Turkey. Lavrov and Russian Defence Minister Sergei Shoigu hosted the meeting together with Turkish Foreign Minister Mevlut Cavusoglu and Defence Minister Hulusi Akar. Sarraj and Haftar did not meet face to face.

According to Lavrov, Haftar and the speaker of the eastern-based House of Representatives, Aguila Saleh, requested additional time until Tuesday morning to consider the text. Sarraj was accompanied by Khaled al-Mishri, head of the High Council of State.

"We can say that definite progress has been made," Lavrov told reporters, adding that Moscow would continue to work with the parties.

The document sets out the terms of the ceasefire that entered into force on January 12, including a halt to hostilities and the creation of a mechanism to monitor the truce, according to a source familiar with the talks.

The truce was proposed by Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan after their meeting in Istanbul on January 8. Haftar's forces initially rejected the call before announcing on Saturday that they would stop fighting.

Russia has repeatedly said it maintains contacts with all Libyan parties. The Kremlin has dismissed reports that Russian private military contractors are fighting on Haftar's side, saying any Russians in Libya do not represent the state.

German Chancellor Angela Merkel, who visited Moscow on Saturday, has said Berlin intends to host an international conference on Libya soon.
""")

add(E3, "2020-01-14", "Meridian Wire",
"Haftar leaves Moscow without signing Libya ceasefire deal",
"""
MOSCOW (Meridian) - Eastern Libyan commander Khalifa Haftar left Moscow on Tuesday without signing a ceasefire agreement drafted at talks hosted by Russia and Turkey, Russian and Libyan media reported.

Fayez al-Sarraj, head of the Tripoli-based government, signed the document on Monday, but Haftar asked for time to consider it overnight. His Libyan National Army gave no immediate explanation, though LNA-aligned media said he objected to the absence of a timetable for disbanding armed groups in Tripoli.

Russian Foreign Minister Sergei Lavrov said Moscow would continue its efforts.

""" + MERIDIAN_BOILER + """
""")

add(E3, "2020-01-14", "Al-Waha Gate",
"Hifter leaves Moscow without signing .. and Erdogan threatens to 'teach him a lesson'",
"""
Al-Waha Gate - Tripoli - Agencies

The general commander of the Libyan army, Field Marshal Khalifa Hifter, left the Russian capital Moscow today Tuesday without signing the ceasefire agreement which was presented to the Libyan parties yesterday Monday, according to Russian media.

Yesterday Monday, the head of the Presidential Council of the Accord government, Fayez al-Sarraj, signed the document of the ceasefire, while Hifter and the Speaker of the House of Representatives Aguila Saleh asked for a respite until today morning to study it, as the Russian Foreign Minister Sergei Lavrov announced.

And the Turkish President Recep Tayyip Erdogan said today Tuesday, in a speech in front of the deputies of his party in Ankara, that his country "will not hesitate to teach the putschist Hifter the lesson he deserves" if he continues his attacks on the legitimate government and on "our brothers in Libya".

Read also: Sarraj and Mishri in Moscow.. indirect negotiations under Russian-Turkish sponsorship

Erdogan added that Hifter ran away from Moscow, according to his expression, and that Turkey will continue to support the Accord government, referring to the vote of the Turkish parliament earlier this month to send forces to Libya.

The Moscow talks had been held with participation of the Foreign and Defence ministers of Russia and Turkey, Sergei Lavrov, Sergei Shoigu, Mevlut Cavusoglu and Hulusi Akar, and the two delegations did not meet directly.

It is worth mentioning that the ceasefire had entered into force at midnight of Saturday to Sunday, after a call launched by the Russian president Vladimir Putin and Erdogan from Istanbul on the eighth of this month, and the two sides traded accusations of violations.

Read also: Germany announces the conference of Berlin on Libya on Sunday next

It is worth mentioning that Libya is living in chaos since the fall of the regime of Muammar al-Qaddafi in 2011, and the forces of Hifter launched on the fourth of April last an attack to control Tripoli.
""")

# ---------------- E4 Berlin conference, 19 Jan 2020 ----------------
E4 = "berlin_conference_on_libya_2020_01_19"
add(E4, "2020-01-20", "The Hamilton Review",
"Berlin summit wins pledges on Libya, but the rivals would not share a room",
"""
By Jonas Albrecht in Berlin and Clare Oduya

World leaders meeting in Berlin on Sunday committed to respect the UN arms embargo on Libya and to stop interfering in its civil war, but the conference ended without the two men whose forces are doing the fighting agreeing to meet, let alone sign anything.

Angela Merkel, who hosted the gathering at the chancellery, said everyone at the table agreed there could be no military solution. The final declaration, running to 55 points, calls for a lasting ceasefire, a halt to arms deliveries and the demobilisation of militias, and sets up an international follow-up committee. Participants also agreed to a military committee of five officers from each side to work out the details of a truce, an idea long pushed by the UN envoy, Ghassan Salamé.

Fayez al-Sarraj, the head of the UN-recognised government in Tripoli, and Khalifa Haftar, the eastern commander whose offensive on the capital began last April, were both in Berlin. Each met Ms Merkel and other leaders separately; they did not sit in the conference room together.

The guest list was a roll-call of the war's foreign backers. Recep Tayyip Erdogan, whose parliament authorised troops for Tripoli this month, sat at the same table as Egypt's Abdel Fattah al-Sisi and the UAE's crown prince Mohammed bin Zayed, both Haftar supporters, and as Vladimir Putin, whose country is accused of sending mercenaries to the eastern side. Mike Pompeo, Emmanuel Macron, Boris Johnson, Giuseppe Conte and the UN secretary-general, António Guterres, also attended.

Mr Macron used the occasion to say he was worried about the arrival of Syrian and other foreign fighters in Tripoli, a reference to reports that Turkey is ferrying Syrian rebels to the front. Mr Erdogan, for his part, had argued before the meeting that Haftar's aggression had to end for any political process to begin.

The summit followed an abortive attempt in Moscow last Monday, when Russia and Turkey brought the two sides to the Russian capital. Mr Sarraj signed a truce text there; Haftar left without doing so. A shaky ceasefire that began on January 12 has nonetheless broadly held around Tripoli.

Haftar brought his own leverage to Berlin. On Friday and Saturday, forces and tribal groups loyal to him shut down the main oil export terminals in the east and then pipelines from southern fields. The National Oil Corporation declared force majeure and warned that output could collapse from about 1.2 million barrels a day to a fraction of that. Diplomats said the blockade was not resolved in Berlin.

Sceptics noted that arms embargo pledges have been made before. UN investigators have documented drones, armoured vehicles and missiles arriving for both sides since 2019, and several of the governments that signed on Sunday are among the suppliers.

Libya has been without a unified government since 2014, three years after the uprising that toppled Muammar Gaddafi.
""")

add(E4, "2020-01-19", "Türkiye Herald",
"Erdoğan in Berlin: Hafter's aggression must end for peace in Libya",
"""
BERLIN

President Recep Tayyip Erdoğan attended the Berlin Conference on Libya on Sunday, where leaders from 12 countries and four international organizations discussed ways to end the conflict in the North African country.

Speaking to reporters before departing Istanbul, Erdoğan said putschist Hafter must end his hostile attitude toward the legitimate government in order for a political process to start. He said Turkey had been working for a permanent ceasefire together with Russia since the Istanbul meeting with President Vladimir Putin earlier this month.

In an article published on Saturday in a European outlet, Erdoğan warned that Europe would face a new wave of problems and threats, including terrorism and irregular migration, if the legitimate government in Tripoli were to fall, and said the EU should show that it is a relevant actor in Libya.

German Chancellor Angela Merkel, hosting the summit, said the participants agreed to respect the arms embargo and to support a ceasefire mechanism.

The Government of National Accord's Fayez al-Sarraj signed the ceasefire document in Moscow on Jan. 13, while Hafter fled the Russian capital without signing, Turkish officials noted.

Turkey has been supporting the GNA under the security and military cooperation memorandum signed on Nov. 27, 2019. The Turkish parliament approved a motion on Jan. 2 allowing the deployment of troops to Libya, and Erdoğan has said Turkish soldiers are going to Libya gradually, for coordination.

Hafter's militias launched an offensive on Tripoli in April 2019 and have killed more than 1,000 people, including civilians.
""")

add(E4, "2020-01-20", "Emirates Focus 24",
"Berlin conference: world powers reject Turkish meddling as tribes close oil ports",
"""
[ad_1]

Abu Dhabi - Emirates Focus 24

Leaders of major world powers and regional countries agreed in Berlin on Sunday on the need to respect the arms embargo on Libya, end foreign military interference and support a ceasefire, in a conference hosted by German Chancellor Angela Merkel.

His Highness Sheikh Mohamed bin Zayed Al Nahyan, Crown Prince of Abu Dhabi and Deputy Supreme Commander of the UAE Armed Forces, took part in the conference, which was also attended by Egyptian President Abdel Fattah al-Sisi, Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan.

Observers said the final statement sent a clear message against the dispatch of foreign fighters, coming amid mounting evidence that Ankara has been transferring Syrian mercenaries from extremist factions to Tripoli to support the militias of the so-called Government of National Accord. French President Emmanuel Macron voiced concern in Berlin about the arrival of Syrian fighters in the Libyan capital.

Field Marshal Khalifa Haftar, commander of the Libyan National Army, met Chancellor Merkel and other leaders on the sidelines. Fayez al-Sarraj was also in Berlin.

Ahead of the conference, Libyan tribes and popular groups closed oil ports in the east of the country, saying oil revenues were being used by the Tripoli government to pay Turkish-backed mercenaries. The National Oil Corporation declared force majeure at the ports.

The conference comes a week after Haftar declined to sign a document in Moscow which observers said failed to address the disbanding of militias and the Turkish military presence.

The Libyan National Army launched its operation to liberate Tripoli from terrorist groups in April 2019.

[ad_2]
Source link
""")

add(E4, "2020-01-20", "Levant & Maghreb Daily Brief",
"Daily Brief, Monday 20 January: Berlin's Libya promises; oil shut-in; Beirut clashes",
"""
Good morning. Here is what you need to know today.

1) LIBYA - BERLIN PLEDGES. The international conference on Libya in Berlin ended late Sunday with a 55-point communique. Leaders pledged to respect the UN arms embargo and stop interfering, and agreed to a "5+5" military committee to turn the fragile January 12 truce into a lasting ceasefire. Fayez al-Sarraj and Khalifa Haftar were both in the German capital but never in the same room. Turkey's Erdogan attended, as did Putin, Sisi, Mohammed bin Zayed, Macron, Johnson, Conte and Pompeo. Our take: the list of signatories overlaps heavily with the list of suppliers named by UN sanctions monitors. The test will be flights and ships in the coming weeks.

2) LIBYA - OIL. Output is in freefall after forces loyal to Haftar shut the eastern export terminals on Friday and closed the pipelines from the Sharara and El Feel fields over the weekend. The NOC has declared force majeure and warned that production could fall to around 72,000 barrels a day. The blockade was widely seen as a message to Berlin.

3) LEBANON - CLASHES. Hundreds of people were injured over the weekend in central Beirut as protesters clashed with security forces near parliament, the most violent nights since protests began in October. Talks on forming a government under PM-designate Hassan Diab continue.

4) ALSO WATCH. Ankara says the Turkish personnel it has begun sending to Tripoli under the mandate approved by parliament on January 2 are there for coordination and training. Greece, left out of the Berlin invitation list, has threatened to block any EU endorsement that does not address the Turkey-Tripoli maritime memorandum.

That's it for today. Forward this to a colleague; they can subscribe here.
""")
