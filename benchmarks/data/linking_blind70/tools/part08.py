G9 = "akar_and_guler_visit_tripoli_2020_07_03"

ARTICLES = [
dict(group=G9, published="2020-07-03", outlet="Maghreb PR Newswire",
title="Turkish Minister of National Defence Hulusi Akar and Chief of General Staff Gen. Yasar Guler Visit Libya",
text="""Maghreb PR Newswire | Government & Public Affairs

ANKARA, Turkey, July 3, 2020 /Maghreb PR Newswire/ -- Minister of National Defence Hulusi Akar and Chief of General Staff General Yasar Guler today paid a visit to Libya to review the activities carried out under the Memorandum of Understanding on Security and Military Cooperation between the Republic of Turkey and the Government of National Accord of Libya, the Ministry of National Defence announced.

Upon their arrival at Mitiga International Airport in Tripoli, a military ceremony was held in honour of Minister Akar and General Guler.

Following the ceremony, the delegation visited the Defence Security Cooperation and Training Assistance Advisory Command, established within the framework of the Memorandum of Understanding, and received briefings on the training and consultancy activities conducted by the Turkish Armed Forces.

Minister Akar and General Guler also held meetings with Fayez al-Sarraj, Chairman of the Presidential Council, and with senior military officials of the Government of National Accord.

Addressing the Libyan officials, Minister Akar stated that Turkey will continue to support its Libyan brothers so that they can live in a more secure, dignified and happy way, and that Turkey stands by them today as it will tomorrow, in line with the instructions of President Recep Tayyip Erdogan.

The visit follows the visit of Turkish Naval Forces Commander Admiral Adnan Ozbal to Tripoli on July 1, 2020.

About the Memorandum
The Memorandum of Understanding on Security and Military Cooperation was signed in Istanbul on November 27, 2019 and entered into force following its approval by the Grand National Assembly of Turkey. Under the Memorandum, the Turkish Armed Forces provide training, exercise and consultancy support to the Libyan security forces at the request of the Government of National Accord.

Media contact:
Press and Public Relations Office
press@maghrebprnewswire.example

SOURCE Maghreb PR Newswire"""),

dict(group=G9, published="2020-07-04", outlet="Haber Ekspres English",
title="Bakan Akar and Orgeneral Guler went to Libya: 'We are with you today and tomorrow'",
text="""04.07.2020 08:51 | Guncel

Milli Savunma Bakani Hulusi Akar and Genelkurmay Baskani Orgeneral Yasar Guler, made a visit to Libya yesterday for observe the activities which are carried out in scope of the mutabakat muhtirasi (memorandum) between two countries, MSB said.

In Mitiga Uluslararasi Havalimani, a military ceremony was made for Bakan Akar and Orgeneral Guler. After ceremony, delegation visited the Defence Security Cooperation and Training Assistance Advisory Command which was established in scope of the memorandum.

Bakan Akar, in the meeting with Libyan military officials said: "We will continue to support our Libyan brothers for live more secure, more dignified and more happy. We want you know that we are with you today and tomorrow." Akar also met with UMH Baskani Fayez es-Serrac.

Cumhurbaskani Erdogan also made statement about visit. He said that visit of Bakan Akar, together with visit of Deniz Kuvvetleri Komutani (Naval Forces Commander) Oramiral Adnan Ozbal before, was "part of a plan". "The work between us and the legitimate government in Libya must be carried out very serious and decisive," Erdogan said.

Libya Savunma Bakan Yardimcisi Salahaddin en-Nemrus said that Turkish support continue in areas of military and security cooperation.

As known, UMH forces with support of Turkey had taken back Trablus and Terhune from darbeci Hafter in June. Now the forces are in west of Sirte.

Cumhurbaskani Erdogan met with Katar Emiri Al Sani in Doha
02.07.2020 19:48 | Politika
Cumhurbaskani Recep Tayyip Erdogan, which went to Katar for one-day working visit, met with Katar Emiri Seyh Temim bin Hamad Al Sani.

The meeting in Doha was realised closed to press. After the one to one meeting, delegations meeting was made.

Erdogan, speaking to journalists in return, said that in Doha they mostly discussed the Libya, and also Syria, Irak and Sudan issues were on table. Turkey and Katar are both supporting the legitimate government in Trablus.

In the meeting also the bilateral relations, the economic and trade cooperation and the defence industry projects were evaluated. In May, Turkiye Cumhuriyet Merkez Bankasi and Qatar Central Bank had increased the currency swap agreement limit from 5 billion dollar to 15 billion dollar equivalent.

Erdogan returned to Turkey in same day evening.

Erdogan's visit to Katar was his first foreign visit after the start of koronavirus salgini (pandemic). Between Turkey and Katar there is strong strategic cooperation, and Turkey has military base in Doha since 2015.

Ilgili Haberler
- MSB: Libya'da egitim faaliyetleri devam ediyor
- Dolar/TL gune yukselisle basladi

Yorum yap (0)"""),

dict(group=G9, published="2020-07-04", outlet="Nile Gazette",
title="Turkish defence minister lands in Tripoli in new sign Ankara is entrenching its presence in Libya",
text="""Saturday, 04 July 2020 - 12:48 PM | By Karim Abdel-Salam

Turkish Defence Minister Hulusi Akar and Chief of Staff General Yasar Guler arrived in Tripoli on Friday in an unannounced visit, the latest in a string of trips by senior Turkish officials that observers say show Ankara is consolidating a long-term military foothold in western Libya.

Akar, who was received at Mitiga airport with a military ceremony, inspected the Turkish command set up in the Libyan capital under the security memorandum signed with Fayez al-Sarraj last November, and met Sarraj and commanders of the militias allied to the Government of Accord.

The Turkish defence ministry said the purpose of the visit was to review training and consultancy activities. The deputy defence minister in Tripoli, Salah al-Namroush, said Turkish support would continue in the fields of military and security cooperation.

[Photo caption: Turkish Defence Minister Hulusi Akar inspects a guard of honour at Mitiga airport in Tripoli, Friday, July 3, 2020.]

The visit came two days after the commander of the Turkish navy, Admiral Adnan Ozbal, held talks in Tripoli with the GNA's chief of staff, and one day after President Recep Tayyip Erdogan discussed Libya in Doha with the Emir of Qatar. Erdogan said on Friday that his minister's trip was "part of a plan".

Media reports in recent weeks have said that Ankara wants to establish a permanent presence at the Al-Watiya airbase, captured from the Libyan National Army in May, and at the port of Misrata. Turkish officials have not confirmed the reports.

The visit comes as militias and Syrian mercenaries backed by Ankara mass west of Sirte, which Egyptian President Abdel Fattah al-Sisi declared on June 20 to be a red line, along with the Jufra airbase. Speaking at a military base in the Western Military Zone near the Libyan border, Sisi said any direct Egyptian intervention in Libya had acquired international legitimacy and that Egypt was ready to defend its national security.

Since the signing of the memorandum with Sarraj on November 27, Ankara has sent hundreds of officers and advisers, air defence systems and drones to western Libya, and the Turkish parliament authorised a troop deployment on January 2. Turkish intervention enabled the Government of Accord's militias to seize Al-Watiya airbase on May 18 and to enter Tarhuna on June 5, after the army withdrew from the outskirts of Tripoli.

In his June 20 speech, Sisi also said Egypt was prepared to train and arm the sons of Libyan tribes to defend their country against the militias.

The Libyan National Army, commanded by Field Marshal Khalifa Haftar, has said it is ready to repel any attack on Sirte and Jufra, and accuses Turkey of bringing in thousands of mercenaries in violation of the UN arms embargo and the outcomes of the Berlin conference.

Share this:
Facebook
Twitter
WhatsApp

Related
Egypt's Sisi: Sirte and Jufra a red line
Arab League: foreign interference in Libya must end
LNA spokesman: Turkish vessels unloading weapons at Misrata

Exit mobile version"""),
]
