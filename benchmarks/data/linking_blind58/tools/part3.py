from part1 import add

G6 = "berlin_conference_on_libya_2020_01_19"
add(G6, "2020-01-19", "Mediterranean Press Agency", "Berlin summit: world powers pledge to respect Libya arms embargo", """
BERLIN (MPA) - Leaders of countries involved in Libya's war agreed in Berlin on Sunday to respect a widely flouted U.N. arms embargo and to stop interfering in the conflict, but the two Libyan rivals did not meet face to face and left without committing to a permanent ceasefire.

German Chancellor Angela Merkel, who hosted the one-day conference with U.N. Secretary-General Antonio Guterres, told reporters the participants had agreed on a comprehensive plan and that a "military committee" of five officers from each side would be set up to turn a fragile truce into a lasting ceasefire.

"We know that we have not solved all of Libya's problems today, but we were aiming for new momentum," Merkel said.

The final communique, a 55-point document, commits signatories to refrain from interference in Libya's internal affairs, to fully respect the arms embargo and to support a U.N.-led political process. Compliance will be checked by an international follow-up committee.

Russian President Vladimir Putin, Turkish President Tayyip Erdogan, French President Emmanuel Macron, British Prime Minister Boris Johnson, Italian Prime Minister Giuseppe Conte, Egyptian President Abdel Fattah al-Sisi, the crown prince of Abu Dhabi, Sheikh Mohammed bin Zayed, and U.S. Secretary of State Mike Pompeo attended.

Fayez al-Sarraj, head of the Tripoli government, and eastern commander Khalifa Haftar were both in Berlin but were briefed separately. Merkel said the differences between them were so great that they were not talking to each other directly.

The conference was overshadowed by the shutdown of Libya's main eastern oil ports on Saturday by groups loyal to Haftar, which the National Oil Corporation said would slash output by more than half. Guterres said he was concerned about the blockade.

Turkey, which began sending military personnel to Tripoli this month, and Russia, whose private contractors have been fighting alongside Haftar, brokered a truce that took effect on Jan. 12. Haftar left talks in Moscow last week without signing a formal agreement.

Foreign Minister Sergei Lavrov called the meeting "useful", saying it was a small step forward but that the parties had not yet begun a serious dialogue.
""")

add(G6, "2020-01-20", "RusInform Agency", "Lavrov: Berlin conference on Libya is small step forward", """
BERLIN, 20 January - RusInform. The international conference on Libya which passed on Sunday in Berlin became a "small step forward", but the Libyan sides still have not managed to start serious dialogue between themselves, declared Russian Foreign Minister Sergei Lavrov to journalists after the meeting.

"The conference was very useful," stated the minister. According to him, the participants agreed that it is necessary to ensure that the ceasefire which was declared on 12 January after initiative of presidents of Russia and Turkey, Vladimir Putin and Redzhep Tayip Erdogan, will become sustainable.

In the conference in Berlin took part heads of states and governments and representatives of 12 countries, as well as the UN, the EU, the African Union and the League of Arab States. From the Russian side the delegation was headed by President Vladimir Putin. The head of Government of national accord Faiz Saradzh and the commander of the Libyan national army Khalifa Haftar arrived in Berlin, but in the work of the conference directly did not participate and did not meet.

In the final declaration, the participants undertook to observe the arms embargo introduced by the UN Security Council in 2011 and to refrain from interference in the internal affairs of Libya. It is foreseen creation of military committee in the format "5+5" with representatives from both sides, which will determine mechanisms of ceasefire.

Lavrov underlined that Russia contacts with all the Libyan sides and it is important that the Libyans themselves decide their fate. According to the minister, a serious and stable dialogue between the sides was not yet launched, but both sides agreed to nominate representatives to the military committee.

The German chancellor Angela Merkel said that all the participants agreed on a comprehensive plan but she recognized that not all problems were solved.

Earlier, on 13 January in Moscow there passed indirect negotiations between Saradzh and Haftar. The head of the GNA signed the document on the ceasefire, but Haftar asked for additional time and left Moscow without signing.

Since April 2019 the LNA conducts an offensive on Tripoli. Russia denies the information of Western media about participation of Russian military in the conflict.
""")

add(G6, "2020-01-20", "Arab Horizon Net", "Berlin conference concludes its work with call for respecting the arms embargo and the Libyans doubt", """
Home » Arab World » Libya

Berlin conference concludes its work with call for respecting the arms embargo and the Libyans doubt

Arab Horizon - Berlin - Monday 20 January 2020

The works of the international conference on Libya concluded in the German capital Berlin late yesterday Sunday, with the issuing of a final statement in which the participating countries pledged to respect the arms embargo imposed on Libya and to stop interference in its internal affairs, and to support the efforts of the United Nations to reach a political solution.

The German Chancellor Angela Merkel said in a press conference with the Secretary-General of the United Nations Antonio Guterres that the participants agreed to form a joint military committee from five members of each side to monitor the truce, and she added that "we know we did not solve all the problems of Libya, but we wanted to give a new push".

The President of the Presidential Council Fayez al-Sarraj and the commander of the Libyan National Army Field Marshal Khalifa Haftar attended to Berlin, but they did not participate in the conference sessions and did not meet, and Merkel met each of them separately.

The Egyptian President Abdel Fattah al-Sisi affirmed during his speech in the conference the necessity of "ending the phenomenon of the militias" and stopping the transfer of the foreign fighters to Libya, in reference to Turkey. For his part the Turkish President Recep Tayyip Erdogan said that stopping the "aggressive" of Haftar is a necessity for the success of the process, and he accused him of violating the truce.

It is worth mentioning that the Libyan tribes in the east closed on the day of Saturday the main oil ports in the Crescent region in protest on what they called the Turkish intervention, and the National Oil Corporation announced the force majeure, and it warned that the production may decrease from about 1.2 million barrel per day to 72 thousand barrel only.

The final statement of 55 points included the formation of international follow-up committee, and the unification of the Libyan institutions, and the return to the political track under the supervision of the UN mission led by Ghassan Salamé.

In Tripoli, a number of citizens expressed their doubts in the ability of the conference to stop the war, and one of them said to "Arab Horizon": "They talked about the embargo in many meetings before and the weapons did not stop one day."

It is worth mentioning that a truce is in effect since 12 January at the initiative of Russia and Turkey, but it witnessed violations on the southern outskirts of Tripoli.

Read also:
- The "5+5" committee: who are the members?
- Tunisia regrets the late invitation to Berlin
- The oil closure costs Libya millions of dollars daily

Share: Facebook Twitter WhatsApp Telegram
""")

add(G6, "2020-01-20", "Mediterranean Policy Watch", "STATEMENT: Berlin Conference conclusions must be matched by enforcement of the Libya arms embargo", """
FOR IMMEDIATE RELEASE

STATEMENT: Berlin Conference conclusions must be matched by enforcement of the Libya arms embargo

Brussels, 20 January 2020 - Mediterranean Policy Watch welcomes the conclusions adopted at the Berlin Conference on Libya on Sunday, 19 January, in which the governments most deeply involved in the conflict committed to respect the United Nations arms embargo, refrain from interference in Libya's armed conflict and internal affairs, and support a UN-facilitated ceasefire and political process.

The presence in Berlin of the leaders of Russia, Turkey, France, Italy, Egypt, the United Kingdom, the UAE, and the US Secretary of State, alongside the UN Secretary-General, the EU and the African Union, gives the conference conclusions a political weight that earlier declarations in Paris and Palermo lacked.

However, we note with concern that several of the same governments are widely reported by UN experts to have violated the embargo repeatedly since the Tripoli offensive began in April 2019. Commitments on paper have not stopped the delivery of armed drones, armoured vehicles, air-defence systems and foreign fighters to both sides.

Our key recommendations:

1. The UN Security Council should endorse the Berlin conclusions promptly and give the International Follow-up Committee a clear mandate to name violators.
2. The 5+5 Joint Military Commission should convene without delay to agree on a verifiable ceasefire mechanism, including separation of forces around Tripoli.
3. The EU should relaunch a maritime, aerial and satellite monitoring mission to enforce the embargo, covering land and air routes as well as the sea.
4. Libya's oil facilities, closed on 18 January, should be reopened and revenues protected from all parties to the conflict.
5. Humanitarian access for the more than 150,000 people displaced in and around Tripoli must be guaranteed.

"Berlin was a necessary step, not a solution. The test will be whether a single cargo plane or ship carrying weapons is turned back in the coming weeks," said the organisation's director for North Africa.

About Mediterranean Policy Watch: an independent policy network working on conflict prevention and accountability in the Mediterranean region.

Media contact: press office, Brussels.

###
""")

G7 = "gna_captures_al_watiya_air_base_2020_05_18"
add(G7, "2020-05-18", "TurkPress Agency", "Libyan army liberates strategic Al-Watiya air base from Haftar militias", """
TRIPOLI

The Libyan army of the internationally recognized government on Monday took full control of the strategic Al-Watiya air base in the west of the country from militias loyal to putschist general Khalifa Haftar, a military spokesman said.

"Our heroic forces have liberated Al-Watiya airbase from the grip of the criminal militias and terrorist mercenaries," Mohamed Gununu, spokesman of the Government of National Accord (GNA) forces, said in a statement.

Prime Minister Fayez al-Sarraj announced the news in a televised statement, saying the victory did not mark the end of the battle, and called on all Libyans to reject the project of Haftar, who he said had brought mercenaries into the country.

The base, located about 140 kilometers southwest of the capital Tripoli near the Tunisian border, had been used by Haftar's militias as a launching point for air and ground attacks on the western coastal cities since 2014. It is one of the largest air bases in Libya.

Footage shared by the GNA showed soldiers inside the base and hangars. Army sources said large quantities of weapons and ammunition were seized, as well as an air defense system supplied to Haftar by his foreign backers. Earlier in the day the army said it had destroyed several Russian-made Pantsir air defense systems in the area in the past days.

The capture comes as part of Operation Peace Storm, launched by the GNA in late March in response to continued attacks on civilians in Tripoli. Last month the army liberated the coastal cities of Sabratha and Surman, securing the entire western coast up to the Tunisian border.

The GNA has been under attack by Haftar's militias since April 2019, with more than 1,000 people, including women and children, killed. Haftar's forces have continued to target civilian areas of Tripoli with heavy shelling despite calls for a humanitarian truce during the holy month of Ramadan and the COVID-19 pandemic.

Turkey and Libya signed a security and military cooperation deal last November. The Turkish parliament approved a motion in January to deploy troops to Libya to support the legitimate government.
""")

add(G7, "2020-05-19", "Emirates Dispatch 24", "LNA pulls back from Al-Watiya base, says repositioning forces after Turkish drone campaign", """
[ad_1]

LNA pulls back from Al-Watiya base, says repositioning forces after Turkish drone campaign

ABU DHABI - Emirates Dispatch 24 - May 19, 2020

Forces of the Libyan National Army (LNA) have withdrawn from Al-Watiya air base in western Libya, which was entered on Monday by militias affiliated with the Tripoli-based Government of National Accord (GNA) and backed by Turkish drones and Syrian mercenaries, according to Libyan sources.

A military source in the LNA said the withdrawal was a "tactical repositioning" decided by the General Command after weeks of siege and relentless bombardment by Turkish drones, and that the base had been largely emptied of heavy equipment before Monday. The source added that the LNA retained its positions on the southern fronts of Tripoli.

The GNA's spokesman Mohamed Gununu claimed his forces had seized the base and posted images of fighters celebrating on the runway. Pro-GNA media also circulated footage of what they said was a Russian-made Pantsir air defence system captured at the base; LNA sources disputed the claim.

Observers said the fall of Al-Watiya, some 140 km south-west of Tripoli, was the clearest demonstration yet of the weight of direct Turkish military involvement in the conflict. Ankara has deployed officers, air defence systems and Bayraktar TB2 drones and, according to the Syrian Observatory for Human Rights, thousands of Syrian fighters to Libya since January, in violation of the commitments made at the Berlin conference.

The UAE has repeatedly called for an immediate ceasefire and a return to the political process under UN auspices, and for an end to foreign interference in Libya.

Egyptian and Arab commentators warned that the Turkish campaign aims to secure a permanent military presence in western Libya, citing reports that Ankara wants to station aircraft at Al-Watiya and a naval presence at Misrata.

The LNA launched its operation to take Tripoli in April 2019. It lost a string of coastal towns west of the capital, including Sabratha and Surman, in April.

Share this:
Facebook | Twitter | WhatsApp | Email

Related Articles
- Arab League: Turkish meddling in Libya a threat to Arab security
- Coronavirus: UAE announces new cases and recoveries
- LNA: Turkish drone downed near Tarhuna

We use cookies to give you the best experience. Accept
""")

add(G7, "2020-05-20", "Defence Horizons Review", "Analysis: How Turkish drones and air defences turned the siege of Al-Watiya", """
Analysis: How Turkish drones and air defences turned the siege of Al-Watiya

DEFENCE HORIZONS REVIEW - Air power / Middle East & Africa - 20 May 2020

The capture of Al-Watiya (Uqba bin Nafi) air base on 18 May by forces aligned with Libya's Government of National Accord is the most significant shift on the western Libyan battlefield since the Libyan National Army lost Gharyan in June 2019. It is also a case study in how a relatively modest package of Turkish capabilities - medium-altitude armed drones, layered air defence and electronic warfare - has reversed the air balance that favoured Khalifa Haftar's forces for most of the past year.

The base context

Al-Watiya sits roughly 125-140 km south-west of Tripoli (figures vary by source and route) and about 25 km from the Tunisian border. It is a large hardened facility with shelters built in the 1980s. The LNA and allied forces from Zintan had held it since 2014, and it served as the only significant LNA air facility in western Libya. Its loss removes the LNA's ability to support forces around Tripoli with aircraft based close to the front, pushing them back to Jufra and to bases in the east.

The air campaign

For much of 2019 the LNA and its foreign backers enjoyed superiority over the Tripoli front, largely through Chinese-made Wing Loong II drones attributed by UN experts to the UAE. The GNA's Turkish-supplied Bayraktar TB2 drones were repeatedly destroyed on the ground at Mitiga and Misrata.

The change came after the Turkish parliament authorised a deployment in January. Open-source analysts have since tracked the arrival of Turkish air-defence components and electronic warfare systems around Tripoli and Misrata, and the TB2 fleet appears to have been replenished and possibly supplemented by the larger Anka-S. From late March, under what the GNA calls Operation Peace Storm, drones systematically struck LNA supply convoys on the roads leading to Al-Watiya, effectively isolating the garrison.

The Pantsir question

In the days before the base fell, the GNA released a series of videos showing strikes on Pantsir-S1 short-range air-defence systems, both on transporters and in position near Al-Watiya and Tarhuna. On 18 May, GNA fighters displayed what they said was an intact Pantsir captured on a truck. The systems are believed to have been delivered to the LNA through the UAE. If the claims are accurate, at least several Pantsirs have been lost in a matter of days, a notable embarrassment for a system marketed on its ability to counter drones.

Caution is required: both sides have been quick to publish unverifiable claims and older footage. LNA-aligned media described the withdrawal from Al-Watiya as a pre-planned repositioning.

What comes next

The obvious next objective for the GNA is Tarhuna, the LNA's main remaining stronghold south-east of Tripoli. More consequential, strategically, is what Turkey does with Al-Watiya itself. A Turkish presence at the base would give Ankara an air facility on the southern Mediterranean rim, and officials in Athens and Cairo have already voiced alarm at the prospect.

The LNA's backers have options, most obviously an attempt to restore air power from Jufra, the large base in central Libya that remains firmly in LNA hands. How Moscow and Abu Dhabi respond to the loss of Al-Watiya will determine whether the GNA's momentum is sustainable.
""")

G8 = "gna_retakes_tarhuna_2020_06_05"
add(G8, "2020-06-05", "Libya Live Desk", "LIVE: Government forces enter Tarhuna, Haftar's last western stronghold", """
LIBYA LIVE DESK - Friday 5 June

09:10 - GNA operations room says its forces have entered Tarhuna from four directions and reached the town centre. Tarhuna, about 90km southeast of Tripoli, has been the main LNA base for the assault on the capital since 2019.

09:35 - Spokesman Mustafa al-Majei: forces are combing the town and meeting no resistance after what he called the withdrawal of Haftar's militias.

11:50 - GNA spokesman Mohamed Gnounou: "our heroic forces have extended their control over the whole of Tarhuna". No comment from the LNA yet.

14:20 - Pictures shared online show convoys heading south-east toward Bani Walid. Residents report looting at some buildings.

17:05 - LNA spokesman Ahmed al-Mismari says forces have repositioned outside Tripoli to leave room for a political settlement, in response to international calls.

Yesterday (Thursday) the GNA announced it had regained all of Greater Tripoli, including the old international airport.
""")

add(G8, "2020-06-05", "Tripoli Voice", "Our forces liberate Tarhuna and the militias of Haftar and Al-Kani flee towards Bani Walid", """
Tripoli Voice - Friday 5 June 2020

Our forces liberate Tarhuna and the militias of Haftar and Al-Kani flee towards Bani Walid

The forces of the Government of National Accord announced today Friday their full control on the city of Tarhuna, the last stronghold of the aggressor militias of Haftar in the western region, after attack from four axes in the early hours of the morning.

The official spokesman of the army, Colonel pilot Mohamed Gnounou, said in statement that "our heroic forces extended their control over the whole of Tarhuna and taught the aggressors a lesson they will not forget", and he added that the forces also controlled the town of Al-Urban (Arban) east of Gharyan.

The media office of Operation "Volcano of Anger" published videos of the fighters in the main square of the city, and citizens who went out to welcome them. The operation room said that the militias of the criminal Al-Kani (the Kaniyat) and the Wagner mercenaries fled towards Bani Walid and from there towards Jufra, leaving behind weapons and vehicles.

The head of the Presidential Council and supreme commander Fayez al-Sarraj congratulated the Libyan people on the liberation, and he said in speech that the government will "continue until imposing the authority of the state on all the Libyan territory". The Minister of Interior Fathi Bashagha said that the victory is "lesson to Haftar and to the countries that supported his military coup project".

The liberation of Tarhuna comes one day after the forces announced yesterday Thursday the liberation of the whole of Greater Tripoli including the international airport and the areas of Qasr bin Ghashir and Wadi al-Rabi'a, and the full securing of the administrative borders of the capital.

The spokesman of the aggressor militias Ahmed al-Mismari claimed that the withdrawal was a "repositioning to give chance to the political solution", which our forces considered an attempt to hide the defeat.

It is worth mentioning that Tarhuna was the principal base for the supply of the aggression on the capital which started on 4 April 2019, and it witnessed during the control of the Kaniyat many violations and disappearances of citizens. Families of the missing called to open an investigation and search in the farms around the city.

The Military Prosecutor and the Ministry of Interior announced they will send teams to document the crimes and to secure the public institutions.

Related: The army controls Tripoli airport | Bashagha: the security plan for the southern areas | Electricity returns to Ain Zara
""")

add(G8, "2020-06-06", "Yeni Gündem Haber", "Libya ordusu Terhune'yi kurtardı: Hafter's last stronghold in west fell", """
Libya ordusu Terhune'yi kurtardı: Hafter's last stronghold in west fell

06 Haziran 2020 Cumartesi 08:15

Libya Ulusal Mutabakat Hükümeti (UMH) ordusu, darbeci Hafter milislerinin Batı'daki son kalesi olan Terhune (Tarhuna) kentinin kontrolünü yesterday Friday took completely.

The spokesman of the Libyan army Muhammed Kanunu said that the city was entered from four axes and the militias of Hafter and Kaniyat fled in direction of Beni Velid and Cufra. Kanunu said, "Our heroic forces have extended their control over the entire Terhune." Also the town of Arban was cleaned from militias according to army.

After the Tarhuna operation, the Libyan army units chased the withdrawn militias towards Beni Velid, sources said the airport of Beni Velid came under control in the evening.

TÜRK SİHALARI'NIN ROLÜ

In the Barış Fırtınası (Peace Storm) operation which started in March, the armed drones (SİHA) had big role. Military experts evaluated that the air support and air defence systems after the memorandum signed between Türkiye and Libya changed the balance of the field. Last month on 18 May the strategic Vatiyye (Al-Watiya) air base was taken from Hafter militias.

UMH Başkanlık Konseyi Başkanı Fayiz es-Serrac who is in Ankara visit, met with Cumhurbaşkanı Erdoğan on Thursday. In the joint press conference Erdoğan said "We will continue to give support to the legitimate government of Libya" and he said Türkiye will continue with Libya the exploration activities in the Eastern Mediterranean. Serrac said "the aggressors will be held accountable".

Meanwhile Hafter's side spokesman Ahmed el-Mismari claimed that the withdrawal from Tarhuna is a decision to give chance to the political solution and the ceasefire calls. According to the reports, Hafter went to Cairo to meet Egypt President Sisi.

The 14 months attack of Hafter to Tripoli which started on 4 Nisan 2019 was ended with defeat. According to UN numbers, hundreds civilians were killed and more than 200 thousand people were displaced.

ETİKETLER: Libya, Terhune, Hafter, SİHA

İlgili Haberler
• Trablus Havalimanı Hafter milislerinden temizlendi
• Erdoğan-Serrac ortak basın toplantısı
• Akar: Libya'daki kazanımlar tarihi

Paylaş: Facebook Twitter WhatsApp | Yorum yaz
""")
