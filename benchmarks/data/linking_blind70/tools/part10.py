G11 = "akar_and_qatars_attiyah_visit_tripoli_2020_08_17"

ARTICLES = [
dict(group=G11, published="2020-08-17", outlet="Anatolia Daily Herald",
title="Turkish, Qatari defense ministers hold talks in Libya",
text="""TRIPOLI

Turkey's National Defense Minister Hulusi Akar and Qatar's Minister of State for Defense Affairs Khalid bin Mohammad Al Attiyah visited Libya's capital Tripoli on Monday for talks with officials of the internationally recognized government.

Akar, accompanied by Chief of General Staff Gen. Yasar Guler and a large military delegation, was welcomed at Mitiga Airport by Libya's Deputy Defense Minister Salahaddin al-Namroush and Chief of General Staff Lt. Gen. Mohammed al-Sharif. The Qatari minister arrived separately.

The two ministers met Fayez al-Sarraj, chairman of the Presidential Council of the Government of National Accord (GNA), and held separate and joint talks with Libyan military officials.

The talks took place within the framework of the security and military cooperation memorandum signed by Turkey and Libya in November 2019, which covers training and consultancy provided by the Turkish Armed Forces to the Libyan army.

Speaking in Tripoli, Akar said Turkey would continue to stand by the legitimate government, stressing that "Libya belongs to Libyans."

"We believe that we will achieve the desired results by supporting our Libyan brothers in their rightful cause," Akar said, adding that Turkey's support was in line with the instructions of President Recep Tayyip Erdogan.

He said Turkey, together with its Qatari friends, would provide every kind of support to the legitimate government so that the Libyan people could regain security and stability.

Akar and Al Attiyah also discussed with Libyan officials the activities of the Defense Security Cooperation and Training Assistance Advisory Command, which was set up in Tripoli under the 2019 memorandum.

Qatar has consistently supported the legitimate government in Libya since its formation. Turkey and Qatar also cooperate closely in the defense field, including through the joint Turkish-Qatari combined forces command in Doha.

The visit is Akar's second to Libya in less than two months. On July 3, Akar and Gen. Guler visited Tripoli and inspected the Turkish training and advisory command there.

The visit comes as the Libyan army and forces loyal to putschist Khalifa Haftar face each other around Sirte and al-Jufra. The Libyan army has said it is determined to retake the two areas, which Haftar's militias and their foreign mercenaries, including Russia's Wagner group, are using as bases.

In June, GNA head Sarraj visited Ankara, where President Erdogan pledged to increase Turkey's support, and on June 17 a delegation led by Foreign Minister Mevlut Cavusoglu visited Tripoli. Egypt's parliament, meanwhile, approved on July 20 the possible deployment of Egyptian troops outside the country's borders, a move widely seen as a warning over Sirte.

The legitimate government, backed by Turkey, drove Haftar's militias out of Tripoli and the west of the country in June, ending a 14-month offensive on the capital.

Turkey and Qatar are the two main supporters of the GNA, which was established in 2015 under a UN-led agreement.

Reporting by Mehmet Tuncel and Burak Yilmazer"""),

dict(group=G11, published="2020-08-18", outlet="Al-Wasla News",
title="Al-Namroush: Tripartite agreement with Turkey and Qatar to build the military institution and send advisers",
text="""Tuesday 18 August 2020 - 10:37

Al-Wasla - Tripoli

The Deputy Minister of Defence in the Government of Accord, Salah al-Din al-Namroush, announced that an agreement was reached with Turkey and Qatar on a tripartite cooperation in building and developing the military institution in the fields of training and consultancy, following the visit of the defence ministers of the two countries to the capital Tripoli yesterday Monday.

And al-Namroush said in statements to the journalists after his meeting with the Turkish Defence Minister Khulusi Akar and the Qatari Minister of State for Defence Affairs Khalid bin Mohammed al-Attiyah that the agreement includes "sending military advisers" to Libya and providing seats for the training of Libyan cadres in the military colleges of the two brotherly countries.

And he added that the three parties agreed that the political solution is the only way out of the crisis and on supporting this track to restore stability to Libya, without revealing further details about the terms of the agreement or its timetable.

For its part, the media office of the Presidential Council said that its head Fayez al-Sarraj received the two ministers and their accompanying delegations, and that the meeting dealt with the developments of the situation in Libya and the military mobilization of the aggressor forces and mercenaries east of Sirte and in the Jufra region.

It is worth mentioning that this is the first time that Qatar announces openly a military cooperation with the Government of Accord, which previously signed a memorandum of security and military cooperation with Turkey in November of last year, and the Turkish parliament approved in January the sending of forces to Libya.

And the visit of Akar is the second of its kind to Tripoli in less than two months, as he visited it at the beginning of July accompanied by the Chief of Staff Yasar Guler, and the Watiya base was subjected days after that visit to an air strike by unknown warplanes.

And this comes at a time when American and German efforts are continuing to reach a ceasefire and to make the Sirte and Jufra region a demilitarized zone, while the Egyptian President Abdel Fattah al-Sisi warned last June that Sirte and Jufra are a red line.

And the German Foreign Minister Heiko Maas had visited Tripoli also yesterday Monday, where he met al-Sarraj and warned that the calm prevailing in the front lines is a "deceptive calm", before heading to Abu Dhabi.

Read also:
- The Libyan National Army: Turkish military flights to Watiya and Misrata continue
- The Central Bank in Tripoli and the fuel crisis: long queues in front of the stations

Share this news:
Facebook | Twitter | WhatsApp | Telegram

Comments (0)"""),

dict(group=G11, published="2020-08-19", outlet="WorldNewsNow24",
title="Qatar, Turkey to send military advisers to Libya after ministers' Tripoli visit",
text="""WorldNewsNow24 \u203a Middle East \u203a Qatar, Turkey to send military advisers to Libya after ministers' Tripoli visit

August 19, 2020 by admin

[ad_1]

TRIPOLI (LWS) - Libya's Tripoli-based government said on Tuesday that Qatar and Turkey would send military advisers to help train its forces, after the defence ministers of both countries visited the Libyan capital.

Salah al-Namroush, deputy defence minister in the Government of National Accord (GNA), said he had agreed with Turkish Defence Minister Hulusi Akar and Qatari Defence Minister Khalid bin Mohammed al-Attiyah on "tripartite cooperation" to build up Libya's military institutions through training and advice.

The cooperation would include sending military advisers to Libya and offering places for Libyan personnel at Turkish and Qatari military colleges, he said. He gave no figures or timetable.

Akar, accompanied by Turkey's chief of the general staff, and Attiyah held talks on Monday with GNA head Fayez al-Serraj, who has relied on Turkish military support to repel an offensive on Tripoli by Khalifa Haftar's eastern-based Libyan National Army (LNA). It was Akar's second visit to Tripoli since early July.

It is the first time Qatar, a close ally of Turkey, has publicly announced a military role in Libya's conflict. The LNA and its backers, the United Arab Emirates and Egypt, have long accused Doha of funding Islamist groups in Libya, charges Qatar denies.

Frontlines have been largely static since June around the city of Sirte and the al-Jufra air base, which Egypt has said it will defend if Turkey-backed forces attempt to take them. The United States and Germany have been pressing for a demilitarised zone around Sirte.

German Foreign Minister Heiko Maas was also in Tripoli on Monday, where he met Serraj and warned that the calm along the front lines was deceptive and that both sides and their foreign backers were rearming. He travelled on to Abu Dhabi.

Libya has been in turmoil since a NATO-backed uprising toppled Muammar Gaddafi in 2011. Since 2014 the country has been split between rival administrations in Tripoli and the east, each backed by its own patchwork of armed groups and foreign allies. Turkey and Qatar support the Tripoli government, while the United Arab Emirates, Egypt and Russia back Haftar.

[ad_2]
Source link

Share this:
Click to share on Twitter (Opens in new window)
Click to share on Facebook (Opens in new window)

Like this:
Like Loading...

Related

Libya's NOC says oil blockade has cost over $8 billion
Turkey's Erdogan says Greek seismic dispute must be settled by dialogue
Germany's Maas urges Libya truce during Tripoli visit

Leave a Reply Cancel reply
Your email address will not be published. Required fields are marked *"""),
]
