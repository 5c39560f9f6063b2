A = []
def add(g, pub, outlet, title, text):
    A.append({"g": g, "pub": pub, "outlet": outlet, "title": title, "text": text.strip()})

BG_MWS = "Libya has been divided since 2014 between rival administrations in Tripoli and the east. Egypt, the United Arab Emirates and Russia backed Khalifa Haftar's Libyan National Army, while Turkey's military support helped the Tripoli government repel Haftar's 14-month assault on the capital, which collapsed in June 2020. A ceasefire was signed in Geneva in October."

G7 = "egyptian_security_delegation_visits_tripoli_2020_12_27"
add(G7, "2020-12-27", "Meridian Wire Service", "Egyptian delegation in Tripoli, first such visit in years",
"""TRIPOLI (MWS) - A delegation of Egyptian intelligence officials and diplomats held talks in Tripoli on Sunday with senior members of the Government of National Accord (GNA), the most senior Egyptian visit to the Libyan capital since 2014.

The delegation was headed by Ayman Badea, deputy chief of Egypt's General Intelligence Service, and met GNA Interior Minister Fathi Bashagha and Emad Trabelsi, head of western Libya's intelligence service, Bashagha's office said.

The two sides discussed "common security challenges" and ways to strengthen security cooperation, as well as support for the ceasefire reached in October and the work of the joint military committee, the statement said.

Deputy Prime Minister Ahmed Maiteeq said the talks also covered the reopening of Egypt's embassy in Tripoli and the resumption of direct flights between the two countries.

There was no immediate comment from Cairo.

The visit came a day after Turkish Defence Minister Hulusi Akar visited Tripoli, and about a week after Egypt's intelligence chief Abbas Kamel met Haftar in Benghazi.

""" + BG_MWS + """

(Reporting by MWS Tripoli newsroom; editing by Paul Dennehy)""")

add(G7, "2020-12-28", "Tripoli Observer", "Bashagha after meeting Egyptian delegation: 'fruitful talks', cooperation against terrorism",
"""TRIPOLI - Minister of Interior Fathi Bashagha described his meeting on Sunday with the Egyptian security delegation in Tripoli as fruitful and constructive, saying that the two sides discussed ways of enhancing security and intelligence cooperation in a way that preserves the interests of both countries and the region from terrorism and organized crime.

The Egyptian delegation, the first of its level to arrive in Tripoli in more than six years, was led by the deputy head of Egypt's General Intelligence, Ayman Badie, and included officials from the Egyptian Ministry of Foreign Affairs. Minister of Foreign Affairs Mohamed Siala also received the delegation, and the Ministry said the two sides agreed to review cooperation agreements and study the reopening of the Egyptian embassy "as soon as possible".

A statement of the Ministry of Interior said the meeting tackled the ways to support the ceasefire agreement signed in Geneva on October 23, and the outputs of the 5+5 military committee.

Observers in Tripoli said the visit reflects a change in the Egyptian position after the failure of the aggression on the capital, which Cairo supported politically and militarily. Bashagha himself had visited Cairo in November, where he met Egyptian officials.

The visit also came a day after Turkish Defence Minister Hulusi Akar arrived in Tripoli with the chief of staff, Yaşar Güler, and warned that Turkish forces would consider Haftar's forces a legitimate target in case of any attack.

[ad_1]

Share this:
Facebook
Twitter""")

add(G7, "2020-12-29", "The Chronicle Review", "Egypt reaches out to Tripoli as Haftar's star fades",
"""For six years Egypt treated Tripoli as hostile ground. On Sunday a delegation of Egyptian intelligence officers and diplomats landed in the Libyan capital and spent the day in meetings with the very ministers whose forces drove back the Egyptian-backed commander Khalifa Haftar earlier this year.

The visit, led by Ayman Badea, the deputy head of the General Intelligence Service, was not announced in Cairo. It was the Libyans who publicised it. The interior minister of the Government of National Accord, Fathi Bashagha, posted on Twitter that the talks had been "fruitful and constructive", and his office said they covered security cooperation against terrorism and organised crime. The deputy prime minister, Ahmed Maiteeq, said the reopening of Egypt's embassy, closed since 2014, and the return of flights between Tripoli and Cairo had also been discussed.

The gesture marks a striking recalibration. Egypt supported Haftar's assault on Tripoli, launched in April 2019, diplomatically and, according to UN experts, materially. In June this year, after Turkish drones and air defences helped the GNA push Haftar back, President Abdel Fattah al-Sisi declared a red line at Sirte and Jufra and obtained parliamentary approval in July to send troops abroad.

Since then, Cairo has hedged. The front has been frozen near Sirte since the summer, the two Libyan sides signed a nationwide ceasefire in Geneva on October 23, and a UN-led political dialogue is trying to agree on a unified interim government. Egyptian officials have hosted Bashagha and other western Libyan figures, and have also been courting Aguila Saleh, the eastern parliamentary speaker, as a political alternative to Haftar.

The timing added to the symbolism. On Saturday Turkey's defence minister, Hulusi Akar, visited Tripoli, and warned that Haftar's forces would be treated as a legitimate target if they attacked Turkish troops. A week earlier, Egypt's intelligence chief Abbas Kamel travelled to Benghazi to meet Haftar and Saleh.

"Cairo is making sure it has a phone line into every camp," said a European diplomat. "It has realised that betting on one man was not enough to keep Turkey away from its border."

Read also: Libya's ceasefire, two months on
Read also: Who is Fathi Bashagha?""")

G8 = "egypt_delegation_embassy_reopening_tripoli_2021_02_15"
add(G8, "2021-02-15", "Continental Press Agency", "Egypt to reopen Tripoli embassy, visiting delegation says",
"""CAIRO/TRIPOLI, Feb 15 (CPA) - Egypt will reopen its embassy in the Libyan capital Tripoli and resume consular services for Egyptians in the country, a visiting Egyptian delegation said on Monday, according to Libyan officials.

Mohammed al-Qiblawi, spokesman for the foreign ministry of the Tripoli-based Government of National Accord (GNA), said the opening of a consular section would be the first step towards the full reopening of the embassy, which has been shut since gunmen stormed it and kidnapped staff in January 2014.

The delegation, made up of diplomats and security officials, follows a first visit by Egyptian officials to Tripoli in December.

The move comes less than two weeks after a UN-backed forum elected a new interim executive led by Mohamed al-Menfi and Prime Minister-designate Abdul Hamid Dbeibah, which Cairo has welcomed.

(CPA)""")

add(G8, "2021-02-16", "Arab Horizon Net", "Egyptian delegation in Tripoli .. the embassy returns after seven years of closure",
"""Tripoli - Arab Horizon

An Egyptian diplomatic and security delegation arrived yesterday Monday in the Libyan capital Tripoli, to prepare for the reopening of the Egyptian embassy and the resumption of the consular work for the Egyptian community, according to what was announced by the Libyan Ministry of Foreign Affairs.

The spokesman of the ministry Mohammed al-Qiblawi said that the visit comes in the context of "the re-coordination between the two governments", and that the opening of the consulate which is expected soon is the first step towards the reopening of the embassy in the next stage.

Sources of Arab Horizon said that the delegation continues its meetings today Tuesday, and that it discussed the logistic arrangements for the return of the diplomatic mission in Tripoli and the consulate in Benghazi, as well as the issue of the Egyptian workers and their return to Libya.

It is worth mentioning that Egypt closed its embassy in Tripoli in January 2014 after the kidnapping of a number of its diplomats and employees, including the cultural attache, before they were released later.

It is worth mentioning also that an Egyptian security delegation headed by the deputy chief of the General Intelligence visited Tripoli at the end of last December, in the first visit of its kind since 2014, and met the ministers of interior and foreign affairs of the Government of National Accord.

The visit comes after the election of the new executive authority in Geneva on the fifth of this month, which President Abdel Fattah al-Sisi welcomed, and he contacted by phone the head of the Presidential Council Mohamed al-Menfi and the Prime Minister Abdul Hamid Dbeibah.

Also read:
Al-Menfi arrives in Benghazi and meets Haftar
The Libyan dinar .. the central bank unifies the exchange rate""")

add(G8, "2021-02-16", "MENA Daybook", "MENA Daybook, Tuesday: Egypt's Libya embassy, Iran nuclear deadline, Lebanon vaccine drive",
"""Good morning. Here is what we are following across the region today.

EGYPT/LIBYA - Cairo heads back to Tripoli
Egypt says it will reopen its embassy in Tripoli after almost seven years, with a consular section first. A delegation of Egyptian diplomats and security officials was in the Libyan capital on Monday, and Libyan foreign ministry spokesman Mohammed al-Qiblawi called it the "first step" before a full embassy reopening. Egyptian sources quoted by several outlets said talks would continue on Tuesday and also cover the consulate in Benghazi. The embassy shut in January 2014 after staff were abducted. Why it matters: Cairo was Khalifa Haftar's most important Arab backer during his failed 2019-20 push on Tripoli. December's first visit by an Egyptian intelligence-led team, and now this, show Egypt trying to get ahead of the new interim government chosen in Geneva on February 5. Watch for: a visit to Cairo by PM-designate Abdul Hamid Dbeibah, which Libyan sources say could come this week.

IRAN - Inspections deadline
Tehran says it will curb snap IAEA inspections from February 23 unless US sanctions are lifted. IAEA chief Rafael Grossi is expected in Tehran at the weekend.

LEBANON - Vaccines
Lebanon's vaccination campaign, launched on Sunday with a first batch of Pfizer doses, continues with health workers and over-75s.


That's it for this morning. Send tips to the desk.""")

G9 = "sisi_receives_dbeibah_cairo_2021_02_18"
add(G9, "2021-02-18", "Meridian Wire Service", "Libya's new PM Dbeibah meets Sisi in Cairo",
"""CAIRO (MWS) - Libya's prime minister-designate Abdul Hamid Dbeibah met Egyptian President Abdel Fattah al-Sisi in Cairo on Thursday, in one of his first trips abroad since being chosen to lead an interim unity government.

Sisi told Dbeibah that Egypt was ready to offer its expertise to help Libya restore security and rebuild state institutions, presidential spokesman Bassam Radi said in a statement. The meeting was attended by Egyptian Prime Minister Mostafa Madbouly and intelligence chief Abbas Kamel.

Dbeibah, a businessman from the western city of Misrata, was quoted as saying Libya hoped to build a "comprehensive partnership" with Egypt and to benefit from its development experience. The two sides agreed to exchange visits by officials, the statement said.

Dbeibah was selected on February 5 by a UN-facilitated forum in Geneva to lead a government that is meant to take Libya to elections on December 24. He has yet to win a confidence vote in parliament.

The visit comes days after an Egyptian delegation in Tripoli said Cairo would reopen its embassy there.

""" + BG_MWS)

add(G9, "2021-02-19", "Nile Gazette Online", "President Sisi receives Libyan Prime Minister: Egypt ready to provide all its expertise to Libyan brothers",
"""President Abdel Fattah El-Sisi received on Thursday Mr. Abdul Hamid Dbeibah, head of the Government of National Unity of the sisterly State of Libya, in the presence of Prime Minister Dr. Mostafa Madbouly and Major General Abbas Kamel, head of the General Intelligence Service.

Presidential Spokesman Ambassador Bassam Radi said the President welcomed the Libyan Prime Minister in "his second country Egypt", congratulating him once again on gaining the confidence of the members of the Libyan Political Dialogue Forum, which represents a promising beginning for a new phase in which all the institutions of the Libyan state work in harmony and in a unified manner.

The President stressed that the current phase requires Libya to mobilize all the efforts of its sons, starting with restoring security, then consolidating the pillars of the state, and reaching the launch of service and development projects that have a direct return on the Libyan people. His Excellency affirmed Egypt's readiness to offer all its expertise to put Libya on the right track.

For his part, Mr. Dbeibah expressed his appreciation for the effective Egyptian efforts on all tracks of the settlement of the Libyan crisis, and for Egypt's support to Libyan institutions in combating terrorism and extremist groups. He said Libya looks forward to a comprehensive partnership with Egypt in order to replicate the successful models of its inspiring development experience.

The meeting witnessed agreement on exchanging visits at the level of executive officials in order to transfer expertise, especially in the fields of security, infrastructure and the return of Egyptian labour.

The visit is Mr. Dbeibah's first to an Arab country since his election on February 5 in Geneva. Egypt was among the first countries to welcome the new executive authority.

Share this:
Facebook
Twitter
LinkedIn
Print""")

add(G9, "2021-02-19", "Gündem Haber24", "Libya Başbakanı Dibeybe Kahire'de Sisi ile görüştü - after Ankara contacts",
"""Libya new Government of National Unity (UBH) Prime Minister designate Abdulhamid Dibeybe, yesterday went to Kahire and met with Egypt President Abdulfettah es-Sisi.

According to the written statement of Egypt Presidency, in the meeting Sisi said Egypt is ready for giving all experience to Libya. Dibeybe thanked for the efforts of Egypt and said they want "comprehensive partnership".

In the meeting also Egypt Başbakan Mustafa Medbuli and intelligence chief Abbas Kamil was present.

Some Arab media wrote that the Kahire visit was the first abroad visit of Dibeybe, but Libya sources said Dibeybe made visit to Türkiye before and talked with officials. This claim did not confirmed officially.

Dibeybe, was elected in 5 Şubat in Cenevre by Libya Political Dialogue Forum (LSDF) with the Presidential Council head Muhammed el-Menfi. The government must take güvenoyu from parliament and go to elections in 24 Aralık.

Türkiye, Dibeybe's election welcomed and Dışişleri Bakanı Mevlüt Çavuşoğlu said they will continue to support Libya unity.

Egypt last week announced they will open again the embassy in Trablus which was closed since 2014.

Etiketler: Libya, Mısır, Dibeybe, Sisi

İLGİLİ HABERLER
- Çavuşoğlu: Libya'daki meşru hükümete desteğimiz sürecek
- Doğu Akdeniz'de yeni NAVTEX""")
