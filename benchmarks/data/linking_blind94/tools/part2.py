A = []
def add(g, pub, outlet, title, text):
    A.append({"g": g, "pub": pub, "outlet": outlet, "title": title, "text": text.strip()})

G4 = "sisi_sirte_jufra_red_line_2020_06_20"
add(G4, "2020-06-20", "Continental Press Agency", "Sisi says Sirte, Jufra a 'red line', tells army to be ready for missions abroad",
"""SIDI BARRANI, Egypt, June 20 (CPA) - Egyptian President Abdel Fattah al-Sisi said on Saturday that any advance by Turkish-backed forces on the Libyan city of Sirte or the Jufra air base would cross a "red line", and told his troops to be prepared to carry out missions inside or outside the country's borders.

Speaking at an air base in Sidi Barrani, about 100 km from the Libyan frontier, after inspecting units of the Western Military Region, Sisi said any direct intervention by Egypt in Libya now had "international legitimacy", citing the right to self-defence under the UN Charter and a request by the only elected authority in Libya, the eastern-based parliament.

"Be prepared to carry out any mission, here within our borders, or if necessary outside our borders," he told pilots and commandos in televised remarks.

Sisi also said Egypt was ready to train and arm Libyan tribesmen to fight "terrorist militias", and called for the ceasefire lines to be respected at their current positions.

The Government of National Accord, whose forces pushed Khalifa Haftar's troops back from Tripoli this month, is massing fighters west of Sirte.

(CPA)""")

add(G4, "2020-06-21", "Tripoli Observer", "Presidency Council: Sisi's threats a 'declaration of war' on Libya",
"""TRIPOLI - The Presidency Council of the Government of National Accord described on Sunday the statements of Egyptian President Abdel Fattah Sisi as a hostile act, a flagrant interference in Libyan affairs and tantamount to a declaration of war.

In a statement, the Council said that Libya's national security and its sovereignty are red lines, and that the Libyan people alone decide on the fate of their cities, including Sirte and al-Jufra. It added that the GNA is open to mediation, but will not accept threats or dictated lines on a map.

Sisi said in a speech on Saturday at Sidi Barrani airbase, in front of troops of the Western Region, that the line between Sirte and al-Jufra is a red line for Egypt and that a direct intervention had become legitimate. He also spoke about arming Libyan tribes.

The High Council of State also condemned the speech, saying it confirmed what it described as Egypt's role in the aggression on Tripoli since April last year, including the supply of weapons to the Haftar militias.

The Burkan Al-Ghadab operation said its forces are stationed in Abu Qurain and al-Washka, west of Sirte, waiting for orders, and that the Russian Wagner mercenaries and Janjaweed fighters are fortified inside the city.

Share this:
Twitter
Facebook
Telegram

Read also: Army spokesman: Sirte operation is a matter of time""")

add(G4, "2020-06-21", "Gündem Haber24", "Sisi Libya'ya tehdit: Sirte ve Cufra kırmızı çizgi - Egypt leader threats with army intervention",
"""Egypt President Abdulfettah es-Sisi, yesterday in the Sidi Barrani air base which close to Libya border, made a speech to the soldiers and said Sirte and Cufra is "red line" for Egypt.

Sisi, said that Egypt army can make direct intervention to Libya and that this intervention have "international legitimacy". Sisi, told to soldiers "Be ready for every mission, inside or outside of our borders if it is necessary".

Darbeci Sisi also said that they are ready to give training and weapons to the tribes of Libya, against the forces of legitimate government which he called as "militia".

UMH: WE WILL NOT STOP

Libya Ulusal Mutabakat Hükümeti (UMH) sources, reacted to statements. Volkan of Anger operation spokesman said, the operation for Sirte and Cufra will continue and "no one can draw line in our country".

Türkiye, Kasım 2019 signed with UMH the security and military cooperation and maritime jurisdiction memorandums (mutabakat). After this, Turkish support changed the balance in the field and darbeci Hafter militias withdraw from south of Tripoli and Terhune.

Also it is known that Egypt, BAE, Russia and France give support to Hafter. According to UN reports, Wagner mercenaries are in Cufra air base.

Etiketler: Libya, Mısır, Sisi, Sirte, Cufra

ÖNCEKİ HABER: Dışişleri Bakanı Çavuşoğlu Trablus'ta temaslarda bulundu
SONRAKİ HABER: Ege'de hareketli saatler""")

add(G4, "2020-06-22", "Defence Horizons Analysis", "Analysis: Can Egypt back up Sisi's Sirte-Jufra red line?",
"""Egyptian President Abdel Fattah al-Sisi's speech at Sidi Barrani air base on Saturday (June 20) was the most explicit threat of military action in Libya that Cairo has made since the start of the conflict. Standing before Rafale and MiG-29M fighters, Apache helicopters and special forces units of the Western Military Region, Sisi said that the line from Sirte on the coast to the al-Jufra air base in central Libya was a red line, and that Egypt had the legitimacy to intervene directly.

The question for military planners is what an intervention would look like. The distance from Egypt's border at Salloum to Sirte is about 1,000 km by road along the coast, and roughly 1,100 km from the Sidi Barrani air base. That puts Sirte within range of Egyptian combat aircraft, but a ground deployment would require long logistic lines through eastern Libya, where the Libyan National Army (LNA) and allied tribes control the road.

Egypt has invested heavily in expeditionary capabilities in recent years. It acquired two Mistral-class amphibious assault ships from France in 2016, 24 Rafale fighters, and around 50 MiG-29M/M2 aircraft from Russia, and in July 2017 it opened the Mohamed Naguib military base near Marsa Matrouh, the largest in the region, designed to project force westwards. The Berenice base on the Red Sea followed in January 2020.

Against this, the Government of National Accord's forces now operate with Turkish support: Bayraktar TB2 and Anka-S drones, Korkut and Hisar air defence systems, and a frigate presence off Tripoli. Turkish air defences at al-Watiya, captured in May, would complicate any air campaign in western Libya, though a confrontation around Sirte would be further east and closer to LNA-held airfields such as al-Khadim and al-Jufra, where the US Africa Command has said Russian-flown MiG-29s and Su-24s were delivered in May.

Analysts said Sisi's speech appeared designed primarily to deter a GNA assault on Sirte rather than to announce an imminent operation. "It is a line drawn on a map for Ankara to read," said a Cairo-based retired general. Sisi himself said that Egypt wanted to stop the fighting at the current front lines and that his army was "among the strongest in the region", but stressed that Cairo preferred a political solution.

The offer to train and arm Libyan tribesmen also suggests Egypt may prefer a proxy approach to committing its own ground troops.

Subscribe to Defence Horizons Premium for full order-of-battle tables.""")

G5 = "sisi_meets_libyan_tribal_leaders_2020_07_16"
add(G5, "2020-07-16", "Meridian Wire Service", "Egypt won't stand idle over threats to Libya, Sisi tells tribal chiefs",
"""CAIRO (MWS) - Egypt will not stand idle in the face of moves that pose a direct threat to its own security and that of Libya, President Abdel Fattah al-Sisi told a gathering of Libyan tribal leaders in Cairo on Thursday, according to a presidency statement.

The statement said the tribesmen, most of them from eastern Libya and allied to commander Khalifa Haftar, authorised Sisi and the Egyptian army to intervene in their country to protect Libyan sovereignty.

The meeting, held under the slogan "Egypt and Libya: one people, one destiny", came three days after the eastern-based House of Representatives called on Egypt to send troops to counter Turkish support for the Tripoli government.

Sisi said Egypt was capable of changing the military picture "quickly and decisively" if it chose to, but that its priority was a political settlement. He repeated that Sirte and al-Jufra were a red line.

Forces loyal to the Tripoli-based Government of National Accord have been massing near Sirte for weeks.

(Reporting by MWS Cairo bureau)""")

add(G5, "2020-07-17", "Arab Horizon Net", "Sisi to Libyan tribes: We will enter Libya at your request and leave by your order",
"""Cairo - Arab Horizon

The Egyptian President Abdel Fattah al-Sisi affirmed yesterday Thursday, during his meeting with a delegation of the sheikhs and notables of the Libyan tribes in Cairo, that Egypt will not stand idly by in front of movements that represent a direct threat to the national security of Egypt and Libya.

The spokesman of the presidency, Ambassador Bassam Radi, said that the meeting was held under the slogan "Egypt and Libya, one people and one destiny", and that the President stressed that the main goal of the Egyptian efforts is to activate the free will of the Libyan people for a better future for their country.

Al-Sisi said addressing the sheikhs: "We will enter Libya at your request and we will come out by an order from you," adding that Egypt is able to change the military scene quickly and decisively if it wants.

For their part, the sheikhs of the tribes authorized the President and the Egyptian armed forces to intervene to protect the Libyan sovereignty, according to the statement. The head of the Supreme Council of Sheikhs and Notables of Libya, Mohamed al-Misbahi, said the delegation represents all components of the Libyan people, calling on the Egyptian army to help expel "the Turkish colonizer".

It is worth mentioning that the Libyan House of Representatives in Tobruk had issued a statement last Monday in which it called on the Egyptian armed forces to intervene to protect the national security of the two countries if it saw an imminent danger.

It is worth mentioning that al-Sisi had announced last month from the Sidi Barrani base that Sirte and al-Jufra are a red line.

Read also:
The Libyan Parliament welcomes the Egyptian intervention
Egyptian tribes council: We are with the President""")

add(G5, "2020-07-17", "The Chronicle Review", "Sisi stages tribal show of support as Egypt edges closer to Libya intervention",
"""President Abdel Fattah al-Sisi on Thursday hosted dozens of Libyan tribal elders in Cairo in a carefully choreographed event that Egyptian officials presented as a popular mandate for military intervention in the neighbouring country's war.

State television showed rows of men in traditional white robes and red caps inside a conference hall, some of them chanting in support of the Egyptian president. The delegation, which flew in from Benghazi on Wednesday, was drawn mostly from the east, the heartland of Khalifa Haftar's Libyan National Army, although organisers said it included representatives from the west and south.

According to the presidency, Sisi told the elders that Egypt "will not stand idly by" in the face of direct threats to its security and to Libya's, and that it could change the military situation "swiftly and decisively". He said Egypt would enter Libya only at the request of Libyans and leave when they asked it to. The tribesmen in turn were said to have authorised Cairo to intervene.

The staging mattered as much as the words. Sisi's government has been building a legal and political case for intervention for a month. On June 20 at Sidi Barrani, close to the border, he declared a line from the coastal city of Sirte to the al-Jufra air base to be a "red line" and said Egypt had the right to act in self-defence. On Monday the House of Representatives in Tobruk, led by Aguila Saleh, formally invited the Egyptian army to intervene if Libyan and Egyptian security came under "imminent danger". Thursday's tribal gathering added a third layer of legitimacy. Only a vote by Egypt's own parliament, required by the constitution for sending troops abroad, remains.

In Tripoli, the Government of National Accord has dismissed the eastern tribal figures as unrepresentative and said it will not be deterred. Its forces, supported by Turkish drones and air defence systems, advanced rapidly in early June after Haftar's 14-month siege of the capital collapsed, but have halted west of Sirte. Turkey's foreign minister, Mevlut Cavusoglu, has said a ceasefire requires Haftar's forces to withdraw from Sirte and Jufra.

Diplomats in Cairo believe Sisi would still prefer to avoid a ground war, which would stretch supply lines across hundreds of kilometres of desert and risk a direct clash with Turkey, a Nato member. But they say the escalation in rhetoric has raised the risk of miscalculation.

Analysts also point out that Egypt's messaging is aimed at Washington and Moscow as much as at Ankara. Russia has deployed fighter jets to al-Jufra, according to the US military, and the United States has urged all sides to demilitarise the Sirte area.

Cookie settings | Privacy | Terms""")

G6 = "egypt_parliament_approves_troops_abroad_2020_07_20"
add(G6, "2020-07-20", "Continental Press Agency", "Egypt's parliament approves sending troops abroad amid Libya tensions",
"""CAIRO, July 20 (CPA) - Egypt's parliament on Monday approved the deployment of troops outside the country's borders, paving the way for a possible military intervention in neighbouring Libya.

In a closed session, lawmakers unanimously backed the deployment of members of the armed forces on "combat missions outside the borders of the Egyptian state to defend Egyptian national security" against "criminal armed militias and foreign terrorist elements" on the western strategic front, the House of Representatives said in a statement.

The vote came days after President Abdel Fattah al-Sisi met Libyan tribal leaders in Cairo and repeated that any attack on the city of Sirte by Turkish-backed forces would cross a red line.

The Egyptian presidency said later on Monday that Sisi and US President Donald Trump had agreed in a phone call on the need to maintain the ceasefire in Libya and avoid escalation.

Turkey backs the Tripoli-based Government of National Accord, whose forces are gathered west of Sirte.

(CPA)""")

add(G6, "2020-07-21", "Nile Gazette Online", "House of Representatives unanimously mandates armed forces to defend national security on the western front",
"""The House of Representatives approved on Monday, in a closed session chaired by Speaker Dr. Ali Abdel Aal, the deployment of elements of the Egyptian armed forces on combat missions outside the borders of the Egyptian state, to defend Egyptian national security on the western strategic direction against the acts of criminal armed militias and foreign terrorist elements, until the mission is completed.

The session, which was held in accordance with Article 152 of the Constitution, followed a notification by President Abdel Fattah El-Sisi, the Supreme Commander of the Armed Forces, after consultation with the National Defence Council.

In a statement after the vote, the House said that Egypt is a nation that has never been an aggressor against others, but that it does not accept any threat to its security, and that the Egyptian armed forces and their leadership have the constitutional and legal right to determine the time and place of responding to these threats.

MPs from all parliamentary blocs affirmed their full support for the leadership. The head of the Defence and National Security Committee said the decision sends a clear message to those who bring mercenaries and terrorists to the borders of Egypt.

The vote follows a series of important steps: the speech of the President at Sidi Barrani base on June 20 declaring the Sirte-Jufra line a red line, the call of the Libyan House of Representatives to the Egyptian army to intervene on July 13, and the meeting of the President with the sheikhs and notables of the Libyan tribes last Thursday.

Egypt also hosted on June 6 the launch of the Cairo Declaration, which calls for a ceasefire and a political solution, and which was welcomed by many countries.

[ad_1]

Exit mobile version""")

add(G6, "2020-07-21", "Hilal News Agency", "Egypt's parliament gives green light to troop deployment as Türkiye urges Cairo to back legitimate government",
"""ANKARA

The Egyptian parliament on Monday unanimously authorised the deployment of troops outside the country, in a move seen as a step toward intervention in Libya on behalf of the putschist Khalifa Haftar.

The decision, taken in a closed-door session, approves sending Egyptian forces on combat missions to defend national security on what the parliament called the "western front" against militias and "foreign terrorist elements".

Turkish officials have repeatedly said that a lasting ceasefire is only possible if Haftar's forces withdraw from Sirte and Jufra, and that Ankara's support for the GNA rests on agreements with a government recognised by the United Nations.

The UN-recognised Government of National Accord (GNA) has said that Sirte and Jufra belong to all Libyans and that it has the right to restore state authority over them. GNA officials have also rejected the invitation issued last week by the eastern-based House of Representatives for Egyptian troops to enter Libya, saying that the body had no legal standing to make such a request.

Since June, GNA forces, backed by Türkiye under the security cooperation memorandum signed in November 2019, have recaptured Tripoli International Airport, Tarhuna and the entire western region from Haftar's militias.

Haftar's forces are supported by Russian Wagner mercenaries, according to UN and US reports, as well as by the UAE and Egypt.

RELATED NEWS
Erdoğan: We will continue to stand by our Libyan brothers
GNA: Wagner mercenaries laying mines in Sirte""")
