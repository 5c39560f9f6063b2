# Event 6: Akar and Guler visit Tripoli (2020-07-03)
G6="akar_and_guler_visit_tripoli_2020_07_03"
PART = [
dict(group=G6, published="2020-07-03", outlet="Haber Ekspres English",
title="Milli Savunma Bakanı Akar and Orgeneral Güler went to Libya",
text="""Milli Savunma Bakanı (National Defence Minister) Hulusi Akar and Genelkurmay Başkanı (Chief of General Staff) Orgeneral Yaşar Güler made a visit to Libya today Friday, it was announced from Ministry.

In the written statement of the Milli Savunma Bakanlığı (MSB) it was said that Minister Akar and Orgeneral Güler are in Libya for to examine on the spot the activities which are being done in the framework of the Security and Military Cooperation Mutabakat Muhtırası between Turkey and Libya.

Akar and Güler were welcomed in Mitiga International Airport in the capital Trablus with military ceremony. In the airport, Libya Deputy Defence Minister Salahaddin Nimruş, Libya Genelkurmay Başkanı Korgeneral Muhammed Şerif and Libya Naval Forces Commander and Turkey's Trablus Büyükelçisi Serhat Aksen made welcome to the delegation.

After the ceremony, Minister Akar and Orgeneral Güler went to the Savunma ve Güvenlik İşbirliği ve Eğitim Yardımı Danışmanlık Komutanlığı (Defence and Security Cooperation and Training Assistance Advisory Command) which was established in the framework of the muhtıra and took information about the activities. Akar also made meeting with the Presidential Council head Fayez es-Serrac.

Akar said in his speech to Libyan commanders: "Today and tomorrow we are beside you. With the instruction of our Cumhurbaşkanı Recep Tayyip Erdoğan, we will do what is needed for our Libyan brothers." Akar added Turkey will continue to support Libyan brothers to live more safe, more honourable and more happy.

Cumhurbaşkanı Erdoğan, speaking to the journalists today, said the visit of Akar is "part of a plan". Erdoğan said that before the visit the Deniz Kuvvetleri Komutanı Oramiral Adnan Özbal went to Libya and made meeting with Libyan Genelkurmay Başkanı on Wednesday, and that after this briefing the minister went. Erdoğan also said that in his Katar visit yesterday the Libya was the main subject.

As it is known, TBMM gave permission with tezkere in 2 January for sending of soldiers to Libya. With the support of Turkey, the UMH forces took back in May the El-Vatiyye air base and in June all of Trablus from the darbeci (putschist) Hafter.

The visit was not announced before. The MSB shared photos of the ceremony in Mitiga and of the meeting in the advisory command on its social media account. Akar and Güler are expected to return Turkey after the contacts.

Before two weeks, on 17 June, Dışişleri Bakanı Mevlüt Çavuşoğlu, Hazine ve Maliye Bakanı Berat Albayrak and MİT Başkanı Hakan Fidan had went to Trablus and made meetings with Serrac about the economic cooperation and return of Turkish firms to Libya.

ETİKETLER: hulusi akar, yaşar güler, libya, trablus

Yorumlar (0)
Yorum yazmak için giriş yapın"""),

dict(group=G6, published="2020-07-03", outlet="Tripoli Free Voice",
title="Turkish Defense Minister and Chief of Staff arrive in Tripoli on unannounced visit",
text="""Tripoli - Free Voice

The Turkish Minister of National Defense Hulusi Akar and the Chief of the General Staff of the Turkish Armed Forces, General Yasar Guler, arrived on Friday in the capital Tripoli on a visit that had not been announced in advance, where they were received with an official military ceremony at Mitiga International Airport.

The delegation was received by the Undersecretary of the Ministry of Defense Salah al-Din al-Namroush, the Chief of the General Staff of the Libyan Army Lieutenant General Mohammed al-Sharif, and the Commander of the Naval Forces, Major General Abdulhakim Abu Hawliya, in the presence of the Turkish Ambassador to Libya Serhat Aksen.

The Presidential Council said in a statement that its head, Fayez al-Sarraj, received the Turkish delegation and discussed with it the progress of military and security cooperation between the two countries, as well as the training and rehabilitation programmes for Libyan army personnel provided for in the memorandum of understanding signed in November 2019.

Al-Namroush said that Turkish support for the legitimate government continues in the areas of military and security cooperation, stressing that this cooperation had helped the Libyan army defeat the aggression on the capital and liberate the cities of the western region.

The Turkish Defense Minister visited the headquarters of the training and advisory command set up under the memorandum of understanding, where he met Libyan and Turkish officers, and said his country would continue to stand by the Libyan people "today and tomorrow".

The visit is the second by a senior Turkish delegation in less than a month. On June 17, Turkish Foreign Minister Mevlut Cavusoglu, Finance Minister Berat Albayrak and intelligence chief Hakan Fidan held talks in Tripoli with al-Sarraj on political and economic cooperation and the return of Turkish companies. Earlier this week, the commander of the Turkish Naval Forces, Admiral Adnan Ozbal, visited Tripoli and met Lieutenant General al-Sharif.

The memorandum of understanding on security and military cooperation, signed in Istanbul on 27 November 2019, was approved by the Turkish parliament in December, and the Turkish Grand National Assembly authorised the sending of forces in January at the request of the Presidential Council. Since then Turkish advisers have helped the army in the operations of air defence, drones and training.

With Turkish support, the army liberated the coastal cities west of the capital in April, the Al-Watiya air base in May, and on June 4 declared the liberation of all of Greater Tripoli, followed by Tarhuna a day later, ending the aggression that began in April 2019.

Operation Volcano of Rage forces are currently positioned west of Sirte, where the remnants of Haftar's militias and Wagner mercenaries have dug in, and the army command says it is determined to free Sirte and the Jufra base.

The Government of National Accord has repeatedly said that the memorandum with Turkey is a sovereign decision of a legitimate state, and that the countries that sent weapons, aircraft and mercenaries to support the aggression have no right to object to it.

Related:
Army: Wagner mercenaries laying mines in Sirte
Namroush receives Turkish naval delegation"""),

dict(group=G6, published="2020-07-04", outlet="Gulf Horizon Daily",
title="Turkey's defence chief in Tripoli as Ankara eyes permanent bases in Libya",
text="""Dubai: Turkish Defence Minister Hulusi Akar and his chief of staff paid a surprise visit to Tripoli on Friday, in what observers described as a show of Ankara's growing military grip on western Libya at a moment when Egypt has warned that any advance on Sirte would cross a red line.

Akar and General Yasar Guler held talks with Fayez Al Sarraj, head of the Tripoli-based Government of National Accord (GNA), and with commanders of the forces allied to it, and toured the headquarters of a Turkish "training and advisory" command established under the military memorandum signed in Istanbul last November.

Turkish President Recep Tayyip Erdogan, speaking to reporters on Friday, said the trip was "part of a plan" and followed a visit to Tripoli on Wednesday by the commander of the Turkish navy. Erdogan had spent Thursday in Doha, where he said Libya was at the top of the agenda with the Emir of Qatar, the GNA's other main foreign backer.

Libyan and Arab media reports, citing sources in Tripoli, said the talks dealt with arrangements that would allow Turkey to use the Al Watiya air base in the west of the country and the naval port of Misrata on a long-term basis. Neither Ankara nor the GNA has confirmed the reports.

The Libyan National Army (LNA), led by Field Marshal Khalifa Haftar, has warned that it will confront any attempt by Turkish-backed forces and Syrian mercenaries to advance on Sirte and the Jufra air base. Egyptian President Abdel Fattah El Sisi said last month that the Sirte-Jufra line was a red line for Egypt's national security and that Egypt had the right to intervene if it were crossed.

The visit also came as tensions rose within Nato over Turkey's role. France announced on Wednesday that it was suspending its participation in the alliance's Sea Guardian maritime operation, accusing Ankara of violating the UN arms embargo on Libya and of harassing a French frigate in the Mediterranean last month. Ankara denies the accusations.

On the same day Akar arrived in Tripoli, the speaker of the Libyan House of Representatives, Aguila Saleh, held talks in Moscow with Russian Foreign Minister Sergey Lavrov on ways to halt the fighting on the basis of the Cairo Declaration and the outcomes of the Berlin conference.

The Turkish parliament authorised the deployment of forces to Libya in January. Since then Ankara has sent drones, air defence systems and military advisers, and UN experts say thousands of Syrian fighters were transported to the country.

MORE FROM MIDDLE EAST
- Sisi: Sirte and Jufra a red line
- Aguila Saleh in Moscow for talks with Lavrov
- France pulls out of Nato operation over Turkey row

Cookie Policy | Privacy | Terms"""),
]
