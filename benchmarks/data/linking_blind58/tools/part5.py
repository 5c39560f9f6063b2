from part1 import add

G11 = "sarraj_saleh_announce_ceasefire_2020_08_21"
add(G11, "2020-08-21", "Le Courrier du Maghreb", "Libya: Sarraj and Aguila Saleh announce a cease-fire and call for elections", """
Libya: Sarraj and Aguila Saleh announce a cease-fire and call for elections

Published the 21/08/2020 at 15h47 - Updated at 18h20

The two rival authorities of Libya announced Friday, in separate communiqués, a cessation of the hostilities on the whole of the territory, a surprise advance after more than one year of conflict.

Fayez al-Sarraj, head of the Government of national union (GNA) recognized by the UN and installed in Tripoli, "gave instructions to all the military forces to immediately observe a cease-fire and to stop all combat operations on the whole of the Libyan territory", according to a communiqué of his Presidential Council. He estimated that an effective cease-fire requires that the regions of Sirte and of Al-Jufra be demilitarized, and that police forces of the two sides agree on security arrangements there.

Mr. Sarraj also called to presidential and legislative elections in March next, on a constitutional basis to be agreed between the Libyans, and pleaded for the resumption of the oil production, with the revenues deposited in a special account of the National Oil Company (NOC) at the Libyan Foreign Bank until a political settlement.

Almost at the same time, Aguila Saleh, president of the Parliament elected in 2014 and based in the East, ally of the marshal Khalifa Haftar, published a similar communiqué calling "all the parties" to an immediate cease-fire. He proposed that Sirte become the provisional seat of a new Presidential Council, protected by police forces from the different regions. The communiqué does not mention Marshal Haftar, whose forces control Sirte since January.

The UN mission in Libya (Manul) "welcomed warmly" the announcements and the convergence between the two sides, and called for the departure of all the foreign forces and mercenaries. Italy and the United States also saluted the initiative. In Cairo, the president Abdel Fattah al-Sissi saluted the communiqués as an important step.

Since June, the front is frozen around Sirte, after the forces of the GNA, supported by Turkey, repelled the troops of Haftar from the Tripoli region. Egypt had threatened to intervene militarily if the pro-GNA forces advanced towards Sirte, qualified by Cairo as "red line". Russia and Turkey, which support opposing camps, have discussed a cease-fire during several weeks.

The oil blockade imposed since January by groups loyal to Haftar has deprived the country of billions of dollars of revenues.

To read also
> Libya: the Turkish and Qatari ministers of defense received in Tripoli
> Mediterranean: Athens and Ankara in a dangerous standoff
> Tunisia: Hichem Mechichi continues his consultations

This website uses cookies. Accept | Refuse | Parameters
""")

add(G11, "2020-08-22", "TurkPress Agency", "Libya's legitimate government declares ceasefire, calls for demilitarized Sirte and Jufra", """
TRIPOLI

Libya's internationally recognized Government of National Accord (GNA) has declared a ceasefire across the country and called for the demilitarization of Sirte and Jufra, which are held by the militias of putschist general Khalifa Haftar.

Prime Minister Fayez al-Sarraj on Friday ordered all military forces to immediately cease fire and halt all combat operations in all Libyan territory, according to a statement by the Presidential Council.

"Achieving an effective ceasefire requires that the areas of Sirte and Jufra be demilitarized and that police forces from both sides agree on the security arrangements there," the statement said, adding that the ultimate goal was the restoration of full sovereignty over Libyan soil and the departure of foreign forces and mercenaries.

Sarraj also called for presidential and parliamentary elections next March and for the resumption of oil production and exports, which have been blocked by Haftar's militias since January, with the revenues to be frozen in an account of the National Oil Corporation until a political settlement is reached.

In a separate statement, Aguila Saleh, the speaker of the Tobruk-based House of Representatives, also called for a ceasefire, and proposed Sirte as a temporary seat for a new presidential council.

The UN Support Mission in Libya welcomed both statements.

The GNA, with Turkish support, recaptured Tripoli, Tarhuna and the entire western region in June, ending Haftar's 14-month offensive on the capital in which hundreds of civilians were killed. Mass graves were found in Tarhuna after the militias withdrew.

GNA officials have repeatedly said that any ceasefire must include the withdrawal of Haftar's forces from Sirte and Jufra and the departure of foreign mercenaries, including Russia's Wagner group, which according to the US military has deployed fighter jets to Jufra.

Earlier this month Turkey's Defense Minister Hulusi Akar and Qatar's Defense Minister visited Tripoli, where they held talks with GNA officials.
""")

add(G11, "2020-08-21", "Emirates Dispatch 24", "UAE welcomes Libya ceasefire announcements by Aguila Saleh and Sarraj", """
[ad_1]

UAE welcomes Libya ceasefire announcements by Aguila Saleh and Sarraj

ABU DHABI - Emirates Dispatch 24 - August 21, 2020

The United Arab Emirates on Friday welcomed the statements issued by Speaker of the Libyan House of Representatives Aguila Saleh and Fayez al-Sarraj, head of the Presidential Council in Tripoli, announcing a ceasefire and the cessation of military operations across Libya.

In a statement, the UAE foreign ministry described the announcements as an important step towards a political settlement that meets the aspirations of the Libyan people for stability and prosperity, and reiterated its support for a Libyan-led solution under UN auspices building on the Berlin conference and the Cairo Declaration.

Egyptian President Abdel Fattah al-Sisi earlier welcomed the two statements, saying on his social media accounts that they were an important step on the road to a political settlement.

In his statement, Saleh called for an immediate ceasefire and for Sirte to become the temporary seat of a new presidential council, secured by police forces from all regions. He said the ceasefire should lead to the departure of mercenaries and the dismantling of militias, to restore full national sovereignty.

The Tripoli statement called for Sirte and Jufra to be demilitarised, a demand analysts said was aimed at pushing the Libyan National Army out of the two strategic areas. There was no immediate comment from the LNA General Command.

Share this:
Facebook | Twitter | WhatsApp | Email

Libya registers record daily rise in coronavirus cases

TRIPOLI - Libya's National Centre for Disease Control reported its highest daily number of new coronavirus infections this week, as health officials warned that the country's divided health system was struggling to cope with testing and treatment.

The centre said most new cases were recorded in Tripoli, Misrata and the southern city of Sabha, and urged residents to wear masks and avoid gatherings. Authorities in both the west and the east have announced curfews at different times since March, but enforcement has been patchy.

Doctors in Tripoli said hospitals lacked oxygen and protective equipment, and that several medical staff had been infected. The UN has warned that the conflict and power cuts were undermining the response.

Related Articles
- Egypt's parliament approves maritime deal with Greece
- UAE announces new COVID-19 cases

We use cookies to give you the best experience. Accept
""")

G12 = "sarraj_announces_intention_to_resign_2020_09_16"
add(G12, "2020-09-16", "Tripoli Voice", "Sarraj: I will hand over my duties to the next executive authority by end of October", """
Tripoli Voice - Wednesday 16 September 2020

BREAKING: The head of the Presidential Council Fayez al-Sarraj announced this evening in a televised speech his "sincere desire" to hand over his duties to the next executive authority no later than the end of October.

Sarraj said that the government worked in an abnormal environment and faced internal and external conspiracies from the first day, and he expressed hope that the dialogue committee will complete its work and choose a new presidential council and prime minister.

He welcomed the results of the Libyan consultations sponsored by the UN, and called on all parties to accomplish more.

Details to follow.
""")

add(G12, "2020-09-17", "Arab Horizon Net", "Al-Sarraj announces his desire to leave the power end of October and the street divided between welcome and doubt", """
Home » Arab World » Libya

Al-Sarraj announces his desire to leave the power end of October and the street divided between welcome and doubt

Arab Horizon - Tripoli - Thursday 17 September 2020

The head of the Presidential Council of the Government of National Accord Fayez al-Sarraj announced late yesterday Wednesday his desire to hand over his tasks to the next executive authority in a date not exceeding the end of October next, in a televised speech broadcast by the official channels.

Al-Sarraj said: "I announce to everyone my sincere desire to hand over my tasks to the next executive authority in a time no later than the end of October", and he expressed his hope that the dialogue committee will complete its works and choose a new presidential council and head of government.

Al-Sarraj explained that the government did not work in a normal atmosphere, and that it was exposed since its first day to "internal and external conspiracies", and he said that the political and social situation is in state of sharp polarization which made all the attempts for political settlement difficult.

The acting head of the UN mission in Libya Stephanie Williams welcomed the decision, and she said that the parties are now responsible for taking historic decisions and making mutual concessions.

The announcement comes after weeks of protests which exploded in Tripoli and cities of the west since 23 August last against corruption and the deterioration of the services and the cuts of electricity, in which protesters demanded the departure of al-Sarraj. Also the demonstrations reached the east, where the interim government headed by Abdullah al-Thinni presented its resignation on Sunday to the House of Representatives.

It is worth mentioning that al-Sarraj had suspended last month the Minister of Interior Fathi Bashagha and referred him to investigation, before returning him to his work, in a crisis which revealed the divisions within the government. It is also worth mentioning that the Libyan parties met in the Moroccan city of Bouznika at the beginning of the month and agreed on criteria for the sovereign positions, while the consultations in Montreux in Switzerland pointed to elections within 18 months.

Observers said that the step may open the door to the competition on the succession, and that names from the west and the east are circulating, but others doubted that al-Sarraj will actually leave if the dialogue did not reach results.

Read also:
- Bashagha returns to his work after the accountability session
- The electricity crisis: the general company announces new schedule
- Protests in Benghazi and Al-Bayda over the living conditions

Share: Facebook Twitter WhatsApp Telegram
""")

add(G12, "2020-09-17", "The Northern Chronicle", "Libya's UN-backed prime minister says he will step down by end of October", """
Libya's UN-backed prime minister says he will step down by end of October

By our North Africa correspondent

Fayez al-Sarraj, the head of Libya's UN-recognised Government of National Accord, has said he intends to hand over power by the end of October, clearing the way for a new unity administration as the country's rival camps edge toward a political deal.

In a televised address on Wednesday evening, the 60-year-old architect-turned-politician said he wanted to pass his duties to the next executive authority "no later than the end of October", and expressed the hope that a UN-convened dialogue committee would agree on a new presidential council and prime minister. He said his government had faced internal and external conspiracies since its first day.

Stephanie Williams, the acting UN envoy, praised the decision and said Libya's leaders now bore responsibility for taking historic decisions.

The announcement is the latest sign that the battle lines drawn by last year's war are giving way to politics. Sarraj took office in 2016 under the UN-brokered Skhirat agreement, arriving in Tripoli by sea because rival factions had closed the airspace. His government never won the endorsement of the eastern parliament and, for most of its existence, controlled little beyond the capital and Misrata, relying on a patchwork of militias.

The turning point came with Turkey. After Sarraj signed security and maritime agreements with President Recep Tayyip Erdogan in November, Ankara deployed drones, air defences and military advisers, and the GNA drove Khalifa Haftar's forces out of western Libya by early June. Since then the front has been frozen at Sirte, where Egypt has threatened to intervene. On 21 August Sarraj and Aguila Saleh, the eastern parliament's speaker, announced parallel ceasefires.

Domestic pressure has also grown. Since late August young protesters in Tripoli, Misrata and other western towns have taken to the streets over power cuts, water shortages and corruption, some of them demanding Sarraj's departure. Last month he suspended his interior minister, Fathi Bashagha - widely seen as a potential successor - amid a row over the handling of the protests, before reinstating him days later. In the east, protests over similar grievances led the parallel government of Abdullah al-Thinni to offer its resignation on Sunday.

Talks between delegations from both sides in Morocco and Switzerland this month produced agreements in principle on sharing top posts and on holding elections within 18 months.

Whether Sarraj's departure happens on schedule depends on whether those talks produce a new executive. Diplomats noted that he left himself room: he would hand over to a successor, not simply walk away.

Turkey, his most important foreign backer, did not immediately comment.
""")

G13 = "geneva_permanent_ceasefire_signed_2020_10_23"
add(G13, "2020-10-23", "Mediterranean Press Agency", "Libya's warring sides sign permanent ceasefire in Geneva", """
GENEVA (MPA) - Libya's two main warring sides signed a permanent ceasefire agreement in Geneva on Friday, the United Nations said, in what it called a historic step toward ending years of conflict, with foreign fighters and mercenaries required to leave the country within three months.

Delegations of five military officers each from the Tripoli-based Government of National Accord and Khalifa Haftar's eastern Libyan National Army signed the deal at the end of a week of talks at the U.N.'s Geneva offices under the so-called 5+5 Joint Military Commission.

"The Libyan parties have reached a permanent ceasefire agreement across Libya," acting U.N. envoy Stephanie Williams told reporters. "This achievement is an important turning point toward peace and stability in Libya."

Under the agreement, all military units and armed groups on the front lines are to return to their bases, and all foreign forces and mercenaries are to depart Libyan territory - land, air and sea - within three months. Military training agreements with foreign states are to be frozen until a new unified government takes office, Williams said.

The deal also provides for the reopening of land routes and the resumption of domestic flights, including between Tripoli and Benghazi. Oil production, which resumed last month after an eight-month blockade, should not be disrupted.

U.N. Secretary-General Antonio Guterres welcomed the agreement as a "fundamental step toward peace".

Turkish President Tayyip Erdogan, whose country backs the GNA and has military advisers in Libya, was skeptical, telling reporters in Istanbul the agreement did not look credible and that time would tell how long it would last.

The ceasefire follows parallel announcements in August by GNA head Fayez al-Sarraj and eastern parliament speaker Aguila Saleh. Political talks are due to begin in Tunisia in November.
""")

add(G13, "2020-10-24", "Yeni Gündem Haber", "Cenevre'de Libya ateşkesi imzalandı; Erdoğan: güvenilirliği zayıf", """
Cenevre'de Libya ateşkesi imzalandı; Erdoğan: güvenilirliği zayıf

24 Ekim 2020 Cumartesi 09:02 | Güncelleme: 09:40

The parties in Libya signed yesterday in Geneva (Cenevre) a "permanent ceasefire" agreement under the umbrella of the United Nations. The 5+5 Ortak Askeri Komite (Joint Military Committee) from the side of the Libya Ulusal Mutabakat Hükümeti (UMH) and the side of the darbeci Hafter made the signatures at the end of the talks which lasted five days.

BM Libya Özel Temsilci Vekili Stephanie Williams said the agreement is "historical turning point". According to the text, the military units and armed groups on the front lines will return to their camps and all the foreign fighters (yabancı savaşçılar) and mercenaries will leave Libya within three months. Also the education (training) agreements in the country will be suspended until the new government is formed.

CUMHURBAŞKANI ERDOĞAN: ZAMAN GÖSTERECEK

Cumhurbaşkanı Recep Tayyip Erdoğan, speaking to journalists after the Friday prayer in Istanbul, evaluated the agreement. Erdoğan said "The ceasefire agreement was not made at the top level but at lower level. Its credibility seems to me weak (zayıf)" and added "Time will show whether it will last".

The experts pointed that the article on the training agreements can concern the security and military cooperation memorandum signed between Türkiye and Libya in 27 November 2019. According to Ankara, the agreements with the legitimate government are not in scope, because they are made with the legitimate government recognized by UN.

The ceasefire comes after the announcements of the UMH Başkanı Fayiz es-Serrac and Tobruk based meclis başkanı Akile Salih in 21 August. Serrac had also announced in September that he will give his duty to new executive by end of October.

Libya'da the Hafter militias which attacked Tripoli in April 2019, in June 2020 were defeated by the Libyan army with the support of Türkiye and withdrew to the line of Sirte-Cufra. With the agreement, the flights between Trablus and Bingazi and the roads will be opened, according to the UN.

The political dialogue forum of Libyans will gather in Tunus on 9 November.

ETİKETLER: Libya, Cenevre, ateşkes, Erdoğan, Hafter

İlgili Haberler
• Çavuşoğlu: Libya'daki meşru hükümete desteğimiz sürecek
• Doğu Akdeniz'de Oruç Reis yeni NAVTEX
• Yunanistan'dan skandal açıklama

Bu habere yorum yapmak ister misiniz? | Paylaş: Facebook Twitter WhatsApp

Exit mobile version
""")

add(G13, "2020-10-23", "Libya Live Desk", "LIVE: Permanent ceasefire signed in Geneva - reactions", """
LIBYA LIVE DESK - Friday 23 October

10:15 - UN says the 5+5 Joint Military Commission has signed a "permanent ceasefire agreement" in Geneva. Acting envoy Stephanie Williams calls it an important turning point toward peace.

10:40 - Key points as read out by Williams: front-line units back to bases; all foreign fighters and mercenaries out within three months; foreign training agreements frozen until a unified government; domestic flights and coastal road to reopen.

12:30 - UN Secretary-General Guterres calls it a "fundamental step" toward peace and urges outside powers to support it.

14:05 - President Erdogan in Istanbul: agreement does not look credible to him, "time will tell". Turkish commentators argue Ankara's security deals with Tripoli would not be covered.

16:20 - Flights: Libyan carriers preparing to resume Tripoli-Benghazi route, according to the agreement.

Next: political dialogue forum in Tunisia, 9 November.
""")
