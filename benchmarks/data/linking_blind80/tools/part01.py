G = "turkish_parliament_approves_libya_troop_motion_2020_01_02"

ARTICLES = [
dict(group=G, published="2020-01-02", outlet="Meridian Press Wire",
title="Turkish parliament authorises troop deployment to Libya",
text="""ANKARA (MPW) - Turkey's parliament on Thursday approved a motion allowing the government to send troops to Libya in support of the UN-recognised administration in Tripoli, clearing the way for Ankara's deepest military involvement yet in the North African conflict.

Lawmakers, called back early from their winter recess for an extraordinary session, voted 325 to 184 in favour of the one-year mandate, Parliament Speaker Mustafa Sentop announced. President Tayyip Erdogan's AK Party and its nationalist MHP ally backed the motion, while the main opposition Republican People's Party (CHP), the IYI (Good) Party and the pro-Kurdish HDP voted against.

The text leaves the size, timing and scope of any deployment to the government. It argues that the fighting in Libya threatens Turkish interests in the country and in the Mediterranean, and warns of the risk of irregular mass migration and of Libya becoming a haven for terrorist organisations and armed groups.

Vice President Fuat Oktay said Turkey would send "the necessary number" of troops whenever there was a need, adding that he hoped the mandate would serve as a deterrent. If Haftar's forces stopped their attacks on Tripoli, he said, Ankara might not need to deploy at all.

Opposition lawmakers argued during the debate that Turkey should seek a diplomatic solution rather than be drawn into another country's civil war, with soldiers already deployed in northern Syria.

Hours after the vote, U.S. President Donald Trump told Erdogan in a telephone call that foreign interference was complicating the situation in Libya, the White House said, without naming any country. The Turkish presidency said the two leaders had stressed the importance of diplomacy.

Egypt, which backs Haftar, condemned the vote and urged the international community to respond, saying a Turkish deployment could harm stability across the Mediterranean.

The Government of National Accord (GNA) of Prime Minister Fayez al-Sarraj asked Ankara last month for military support under a security cooperation accord signed in Istanbul on Nov. 27. A second accord signed the same day drew a maritime boundary between the two countries that has angered Greece, Cyprus and Egypt.

Erdogan said last week that the GNA had invited Turkey to send troops and that the motion would be put to parliament as soon as it reconvened. He has also accused Russian private military contractors of fighting for Haftar. Moscow denies sending forces to Libya.

The vote came three weeks after Haftar announced what he called the "decisive battle" for Tripoli, and as fighting continued in the capital's southern suburbs.

Libya has had no stable central authority since a NATO-backed uprising toppled Muammar Gaddafi in 2011. Since 2014 it has been split between a government in Tripoli and rival institutions in the east aligned with Khalifa Haftar's self-styled Libyan National Army (LNA). Haftar, backed by the United Arab Emirates, Egypt and Russia, launched an offensive on Tripoli in April 2019.

(Reporting by MPW Ankara bureau; editing by MPW Middle East desk)"""),

dict(group=G, published="2020-01-03", outlet="Cairo Sentinel",
title="Turkish parliament hands Erdogan mandate to send troops to Libya; Cairo warns of threat to Arab security",
text="""Cairo Sentinel | Politics | 3 January 2020

Accept cookies? We use cookies to improve your experience on our website. By browsing this website, you agree to our use of cookies. ACCEPT

Turkish parliament hands Erdogan mandate to send troops to Libya; Cairo warns of threat to Arab security

The Turkish parliament on Thursday gave President Recep Tayyip Erdogan a one-year mandate to dispatch Turkish soldiers to Libya, in a move that Egypt described as a flagrant violation of international law and a direct threat to Arab national security.

The motion, submitted by the Turkish presidency earlier in the week and rushed through an emergency session, passed by 325 votes to 184. Only Erdogan's Justice and Development Party and its nationalist partners voted in favour, while all the major opposition parties rejected what they called a dangerous adventure.

The vote answers an appeal from the Tripoli-based government of Fayez al-Sarraj, which depends on armed militias to hold the capital and has lost ground steadily since the Libyan National Army (LNA) under Field Marshal Khalifa Haftar launched its operation to free Tripoli last April.

In a strongly worded statement issued on Thursday, the Egyptian Foreign Ministry condemned the Turkish step, saying it contravened Security Council resolutions on Libya, in particular resolution 1970 of 2011, which bans any supply of weapons or military cooperation without the approval of the UN sanctions committee. The ministry said the two memoranda signed between Ankara and al-Sarraj in November were null and void and that Egypt would not recognise anything resulting from them.

The ministry warned that any Turkish military intervention would destabilise the Mediterranean and that Turkey would bear full responsibility for the consequences. It called on the international community to shoulder its responsibilities.

Shortly after the vote, President Abdel Fattah al-Sisi chaired a meeting of Egypt's National Security Council to discuss the developments in Libya. The presidency spokesman said a number of measures had been identified at various levels to confront any threat to Egyptian national security.

Egypt's position echoes that of the Arab League, whose council met in emergency session on 31 December and rejected foreign interference in Libya.

Observers in Cairo note that Ankara has for years supported Islamist factions across the region, from Syria to Libya, and that the maritime memorandum signed with al-Sarraj is designed to grab a share of Eastern Mediterranean gas at the expense of Egypt, Greece and Cyprus.

In Washington, the White House said U.S. President Donald Trump had told Erdogan by phone that foreign interference was complicating the situation in Libya.

Share this:
Facebook
Twitter
WhatsApp
Print

Related

Sisi receives call from Macron on Libya developments
Arab League rejects foreign intervention in Libya
LNA: Tripoli militias receiving Turkish armoured vehicles"""),

dict(group=G, published="2020-01-02", outlet="Gündem Haber 24",
title="Libya tezkeresi TBMM'de kabul edildi: 325 yes, 184 no",
text="""[ad_1]

Libya tezkeresi TBMM'de kabul edildi: 325 yes, 184 no

The motion (tezkere) envisaging the sending of Turkish Armed Forces (TSK) elements to Libya was accepted in Turkey Grand National Assembly (TBMM) General Assembly which was gathered extraordinary today.

In the voting of the tezkere, 325 deputy said yes and 184 deputy said no. TBMM Başkanı Mustafa Şentop announced the result to the General Assembly.

AK Parti and MHP groups gave support to the tezkere. CHP, İYİ Parti and HDP voted against, saying that Turkey should not to enter war in Libya and the solution should be searched with diplomacy.

According to the tezkere which is valid for one year, the President will determine the limit, scope, amount and time of the sending of the soldiers. In the tezkere it is said that the developments in Libya is a threat for Turkey interests in the Mediterranean and North Africa, and there is a risk of illegal mass migration and the terror organizations to gain place in this country.

Cumhurbaşkanı Yardımcısı Fuat Oktay, speaking to AA after the tezkere, said "We will send as much as necessary when there is need." Oktay said that they hope the tezkere will be deterrent and that if darbeci Hafter stop his attacks on Trablus, maybe Turkey will not need to send.

Libya's legitimate Ulusal Mutabakat Hükümeti (UMH), headed by Fayiz es-Serrac, had made request of military support from Ankara. Between Turkey and Libya on 27 November were signed "Güvenlik ve Askeri İşbirliği" and "Deniz Yetki Alanları" memorandums of understanding.

Gayrimeşru Hafter forces are attacking since April 2019 to the capital Trablus. Hafter is supported by BAE (United Arab Emirates), Egypt and Russia-linked Wagner mercenaries.

Mısır Dışişleri Bakanlığı in a written statement condemned the acceptance of the tezkere and claimed it is violation of the UN Security Council resolutions. Egypt Cumhurbaşkanı Sisi also gathered the National Security Council after the voting.

Hafter had announced in December the so-called "decisive battle" for Trablus, and the attacks to the southern neighborhoods of the capital is continuing.

Cumhurbaşkanı Erdoğan had said on 26 December that Libya has invited Turkey and "we will accept this invitation", and that the tezkere will be brought to the Meclis as soon as it is opened after the tatil. The tezkere was sent to TBMM on Monday with the signature of Erdoğan.

On the other hand, Cumhurbaşkanı Erdoğan and ABD Başkanı Trump made a phone call this evening. According to İletişim Başkanlığı, the two leader discussed Libya and the regional developments and emphasized the importance of diplomacy.

Kaynak: Gündem Haber 24 / AA

Etiketler: Libya, TBMM, tezkere, Hafter, Serrac

[ad_2]"""),

dict(group=G, published="2020-01-03", outlet="The Atlantic Courier",
title="Turkey's parliament opens the door to Libya deployment as Erdogan bets on Tripoli",
text="""ISTANBUL - Turkey's parliament on Thursday authorised President Recep Tayyip Erdogan to send troops to Libya, turning Ankara from a discreet supplier of drones and armoured vehicles into a declared military party to a war that has already drawn in the United Arab Emirates, Egypt and Russian mercenaries.

The motion passed by 325 votes to 184 after a debate of several hours in an emergency session. It gives the government a one-year mandate and leaves the number, timing and location of any deployment to the president. Erdogan's Justice and Development Party (AKP) and its nationalist allies carried the vote; the secular Republican People's Party, the Good Party and the pro-Kurdish HDP all opposed it.

Officials in Ankara were careful on Thursday to present the mandate as a signal rather than a marching order. Vice President Fuat Oktay said Turkey would send the necessary forces when needed but hoped the vote would deter Khalifa Haftar, the eastern commander whose forces have been trying to capture Tripoli for nine months. Turkish officials have spoken of trainers, advisers and air-defence specialists rather than combat brigades.

The reaction abroad was swift. Egypt's foreign ministry condemned the decision as a breach of the UN arms embargo, and President Abdel Fattah al-Sisi convened his national security council. In Washington, the White House said President Donald Trump had told Erdogan by phone that foreign interference was complicating the situation in Libya, a remark that Turkish officials were quick to read as aimed at Haftar's backers as much as at Ankara.

A war of many patrons

Libya has not had a functioning central state since the uprising of 2011, backed by NATO air power, that ended Muammar Gaddafi's four decades in power. After disputed elections in 2014 the country split between rival parliaments and governments in Tripoli and the east. The UN-brokered Skhirat agreement of December 2015 produced the Government of National Accord (GNA), led since 2016 by Fayez al-Sarraj, but the eastern-based House of Representatives never endorsed it.

Haftar, a former Gaddafi-era officer who spent two decades in exile in the United States, built his self-styled Libyan National Army (LNA) in the east from 2014 and by early 2019 controlled most of the country's oilfields and the south. On April 4, 2019, as the UN secretary-general was visiting Tripoli, he ordered his forces to march on the capital. The offensive stalled in the southern suburbs within weeks, and the front has barely moved since, although shelling and drone strikes have killed hundreds of civilians and displaced well over 100,000 people.

The stalemate has been sustained from outside. UN experts have reported that the UAE operates Chinese-made Wing Loong drones on Haftar's behalf, and Egypt has long provided him with political and logistical support. Since the autumn, Western officials have said that several hundred Russian private military contractors linked to the Wagner group have been fighting on the Tripoli front, a presence Moscow denies any responsibility for. Turkey, for its part, sent armoured vehicles to Tripoli by sea in May and has supplied Bayraktar drones to the GNA.

Two memoranda and a maritime map

The legal basis for Thursday's vote is a security and military cooperation memorandum that Erdogan and al-Sarraj signed in Istanbul on November 27. A second memorandum signed the same evening delimited maritime zones between Turkey and Libya across a stretch of sea that Greece regards as its own continental shelf, south of Crete. Athens expelled the Libyan ambassador in December in protest, and Egypt and Cyprus have called the deal illegal.

For Ankara, the two agreements are linked. Turkish officials argue that if the Tripoli government falls, so does the maritime accord that gives Turkey a foothold in the scramble for eastern Mediterranean gas, from which it has felt excluded. In December Erdogan said that Turkey would not stay silent while "mercenaries" fought for Haftar, and last week he said the GNA had formally asked for troops.

Domestic risks

At home the debate exposed unease. Opposition deputies asked why Turkish soldiers should fight in a country with no border with Turkey while the army is still deployed in northern Syria, and warned of a proxy war with Egypt and the Gulf states. Government speakers answered that Libya was an Ottoman province for centuries and that hundreds of thousands of Libyans of Turkish descent live there.

What Ankara actually sends will matter more than what parliament authorised. A conspicuous deployment would test Russia, with whom Erdogan has built a working relationship in Syria, and Putin is due in Istanbul next week to inaugurate the TurkStream gas pipeline. Germany, meanwhile, is trying to convene a conference in Berlin that would bring Haftar's and al-Sarraj's foreign backers together around a single table. Thursday's vote ensures that Turkey will have a seat at it."""),
]
