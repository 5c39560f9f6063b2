# Event 10: Haftar declares "zero hour" / "decisive battle" for Tripoli (Thursday 12 December 2019)
# Event 11: LNA attack on Salah al-Din and the airport road (Thursday 26 December 2019)
G10 = "haftar_declares_zero_hour_final_battle_tripoli_2019_12_12"
G11 = "lna_attack_salah_al_din_airport_road_2019_12_26"

ARTICLES = [
dict(g=G10, d="2019-12-12", o="Continental Press Service",
t="Libya's Haftar declares 'decisive battle' for Tripoli",
x="""BENGHAZI, Dec 12 (CPS) - Eastern Libyan strongman Khalifa Haftar on Thursday announced what he called the decisive battle for Tripoli and ordered his forces to advance on the heart of the capital, eight months after launching an offensive that has stalled on the city's southern outskirts.

Wearing military uniform, Haftar declared in a televised speech aired by the Al-Hadath channel that "zero hour" had arrived for the assault awaited by every free Libyan, and told his units to move forward, each towards its objective.

He called on fighters in Tripoli who oppose his self-styled Libyan National Army (LNA) to lay down their weapons and go home, promising that they would be safe, and instructed his troops to respect homes, property and the rules of war.

The Government of National Accord (GNA) said the situation in the capital was under control and that its forces were holding their positions. Interior Minister Fathi Bashagha told Libya al-Ahrar television that the government's forces were ready to repel any new reckless attempt by Haftar.

A spokesman for the GNA's Volcano of Rage operation said any attack would amount to suicide, and noted that the speech came after government forces had scored gains around the Yarmouk camp south of the city.

Haftar has made similar announcements before. In July he said victory was imminent, but his forces have remained bogged down around the disused international airport, Ain Zara and Salah al-Din, despite support from the United Arab Emirates, Egypt and, according to diplomats and Tripoli officials, Russian military contractors.

Fighting had intensified in recent weeks around the Khallat al-Furjan and Yarmouk areas and along the airport road, where government forces launched a counter-attack at the end of November. The LNA has also carried out repeated air strikes on Misrata, whose brigades form the backbone of the capital's defence.

U.N. experts said in a report to the Security Council this week that Jordan, Turkey and the United Arab Emirates had routinely supplied weapons to the warring sides in violation of a U.N. arms embargo, sometimes without any attempt to conceal it.

The escalation follows agreements on security cooperation and maritime boundaries signed by the GNA and Turkey in late November. President Tayyip Erdogan has said Ankara could send troops if Tripoli asked for them.

Artillery fire was reported on the southern outskirts of the capital on Thursday evening, but there was no immediate sign of a major ground assault.

At least 200 civilians and more than 2,000 fighters have been killed since the start of the offensive in April, according to the United Nations, and some 146,000 people have been forced from their homes.

Oil-producing Libya has had no stable central authority since the 2011 revolt that ended Moamer Kadhafi's four decades in power, and it is now split between the GNA in Tripoli and a rival administration in the east allied with Haftar.

cps/rb/mj"""),

dict(g=G10, d="2019-12-13", o="Nile Sentinel",
t="Field Marshal Haftar announces zero hour: the decisive battle to liberate Tripoli has begun",
x="""Nile Sentinel | Arab Affairs

Field Marshal Haftar announces zero hour: the decisive battle to liberate Tripoli has begun

Cairo - Nile Sentinel

The Commander-in-Chief of the Libyan Arab Armed Forces, Field Marshal Khalifa Haftar, announced on Thursday evening the start of the "decisive battle" and the advance towards the heart of the capital Tripoli to free it from the grip of militias and terrorist groups.

In a televised speech, Haftar said the capital had become a den for criminals in which citizens are oppressed by the power of armed militias, and in which state institutions have been turned into a tool for looting the wealth of Libyans.

The Field Marshal urged his forces to respect the sanctity of homes and property, the rules of engagement and the principles of international humanitarian law, and called on those who had joined the militias to return to their homes, stressing that the army was inevitably victorious.

Army media reported artillery fire on militia positions on several axes south of the capital after the speech, around the airport road, Salah al-Din and Ain Zara.

The head of the Government of National Accord, Fayez al-Sarraj, dismissed the speech and urged his supporters not to believe what he called the illusion of zero hour, while his interior minister Fathi Bashagha said the militias were ready to confront the army.

The announcement comes two weeks after Sarraj signed two memoranda of understanding with Turkey on security cooperation and maritime jurisdiction, which Egypt and Greece have said have no legal effect.

The speech came after weeks of fighting in the Khallat al-Furjan and Yarmouk areas, where the army says militia counter-attacks launched at the end of November failed to dislodge its units.

Haftar launched the operation to liberate Tripoli on April 4, and his forces have since been stationed on the southern outskirts of the city, where they have fought a long war of attrition against militias from Tripoli, Misrata and Zawiya.

The Libyan army launched Operation Dignity in Benghazi in May 2014 to fight terrorist groups, and declared the city liberated in 2017 after three years of battles. It then freed Derna, where the last pockets of resistance fell at the beginning of this year, before extending its control over the south of the country and its oil fields in January.

Since the start of the Tripoli operation, the army has also faced what it calls a media war waged by channels broadcasting from Turkey and Qatar, which it accuses of spreading fabricated news about its losses.

Egypt has repeatedly affirmed its support for the Libyan National Army in its war against terrorism, and stressed that the security of Libya is linked to Egypt's national security."""),

dict(g=G10, d="2019-12-13", o="Maghreb Daily Briefing",
t="Maghreb Daily Briefing: Haftar orders 'final' push on Tripoli; Algeria awaits results",
x="""Maghreb Daily Briefing
Friday 13 December 2019 | Updated 08:45 GMT

Good morning. Here is what you need to know across North Africa today.

1. LIBYA - Haftar declares 'zero hour' for Tripoli

Khalifa Haftar went on television on Thursday night to announce the "decisive battle" for Tripoli and told his Libyan National Army to advance on the centre of the capital. In uniform, he urged fighters on the other side to go home and told his own men to respect civilians and property.

The Government of National Accord (GNA) shrugged it off: Fayez al-Serraj called it an illusion and interior minister Fathi Bashagha said the city's defenders were ready. Residents of southern districts reported heavy shelling overnight, but there was no confirmed change in the front lines by morning.

Background: The LNA launched its offensive on 4 April, taking Gharyan on the first day, but lost the town to government forces in June. Since then the war has been fought largely from the air, with strikes such as the one on the Tajoura migrant centre in July (53 dead) and repeated shelling of Mitiga airport. The latest ground fighting has centred on Salah al-Din, Khallat al-Furjan and the airport road.

Why it matters: Haftar has announced final offensives before. What is different this time is the international context - Russian contractors on his side, according to Western diplomats, and a new security pact between the GNA and Turkey that Ankara says could lead to troop deployments. The risk of a regional proxy war has rarely been higher.

2. ALGERIA - Results due after contested presidential vote

Algerians voted on Thursday in a presidential election boycotted by the protest movement that has filled the streets since February. Turnout was around 40 percent, according to the election authority, which is expected to announce results later today. Large crowds marched in Algiers against the vote.

3. LIBYA - UN experts detail arms embargo breaches

A report by the UN panel of experts submitted to the Security Council this week says Jordan, Turkey and the United Arab Emirates supplied weapons to Libya's rival forces with little attempt at concealment.

4. TURKEY/LIBYA - Erdogan keeps troop option open

President Erdogan said earlier this week that Turkey could send military personnel to Libya if the Tripoli government asked, following the security memorandum the two sides signed in Istanbul on 27 November. The agreement, and a parallel maritime deal, have angered Greece, Egypt and Cyprus.

5. TUNISIA - Jemli's cabinet talks drag on

Prime minister-designate Habib Jemli is still negotiating with parties on the make-up of his government, weeks after being nominated by Ennahda.

Subscribe to the Maghreb Daily Briefing | Manage your preferences | Unsubscribe"""),

dict(g=G11, d="2019-12-26", o="Tripoli Frontline News",
t="Libyan Army repels Haftar's attack on Salah Al-Din as families flee",
x="""Home / Libya / Security

Libyan Army repels Haftar's attack on Salah Al-Din as families flee

December 26, 2019 - 22:15 | Tripoli Frontline News desk

The Libyan Army forces of the Government of National Accord repelled on Thursday an attack by the militias of Khalifa Haftar on the Salah Al-Din axis and the airport road in southern Tripoli, the media office of the Volcano of Rage Operation said.

The media office said Haftar's militias, backed by foreign mercenaries and covered by drones and heavy artillery, tried to advance towards residential areas in Salah Al-Din in the morning, but the army forces confronted them and forced them back to their previous positions after hours of fighting.

Dozens of families fled the neighbourhoods close to the front line in Salah Al-Din towards the city centre as shells fell on houses and streets, according to residents.

Field sources said the army forces destroyed a number of the attackers' vehicles. The media office did not give a figure for casualties on either side.

Also on Thursday, Haftar's warplanes carried out raids on the city of Zawiya, west of the capital, according to the city's municipality.

The attack on Salah Al-Din is the latest since Haftar declared what he called "zero hour" on December 12. Since then his militias have attacked the southern fronts almost daily, without changing the front lines, while Misrata and other cities of the west announced a general mobilisation.

The Salah Al-Din axis has been one of the hottest fronts in recent weeks. At the end of November the Libyan Army launched a counter-attack on the Khallat Al-Furjan and Yarmouk axes nearby and stopped an advance by Haftar's militias on the Naqliya camp on the airport road. On December 20, Haftar's forces gave the Misrata forces three days to withdraw from Tripoli and Sirte, threatening to target their city.

On the same day, the Presidential Council confirmed that it had formally requested military support from Turkey under the security memorandum signed in Istanbul last month. Turkish President Recep Tayyip Erdogan said Ankara would present a motion to parliament to send troops to Libya when it reconvenes in January.

Haftar announced his "zero hour" in a televised speech on December 12 and ordered his militias to advance on the centre of the capital. Three days later, on December 15, the military council, municipal council and notables of Misrata announced a general mobilisation, followed by Zliten, Zawiya, Khoms and other cities of the west. On December 19 the Presidential Council decided to activate the security and military memorandum with Turkey.

The war on the capital has now lasted almost nine months. According to UN figures, more than 1,000 people have been killed and over 140,000 displaced since April 4.

Share this:
Facebook
Twitter
WhatsApp
Telegram

Related Posts
- Misrata declares general mobilisation against Haftar's "zero hour"
- Presidential Council activates security memorandum with Turkey"""),

dict(g=G11, d="2019-12-27", o="Vostok Info",
t="LNA says it took control of Tripoli airport road and Naqliya camp",
x="""BENGHAZI (Vostok) - The Libyan National Army (LNA) of Field Marshal Khalifa Haftar said on Friday it had taken control of the Tripoli airport road, the nearby oil tanks and the Naqliya military camp after pushing back militias loyal to the Government of National Accord (GNA).

"The LNA is advancing after violent clashes on the roads leading to the centre of the capital," the army said in a statement on its Facebook page, adding that GNA fighters had retreated and left bodies behind.

The GNA has denied losing ground. Its Volcano of Rage operation said its forces had repelled an LNA attack in the Salah al-Din area on Thursday and on Friday shelled an LNA weapons depot in the Yarmouk district.

On December 12, Haftar announced the start of a "decisive battle" for Tripoli. On Thursday, the GNA formally asked Turkey for military support.

Libya ceased to function as a unified state after Muammar Gaddafi was overthrown and killed in 2011. The east of the country is controlled by the parliament elected in 2014 and the LNA, while the GNA, formed with UN support, operates in the west."""),

dict(g=G11, d="2019-12-27", o="Bawabat al-Nahar",
t="Violent clashes on the Salah al-Din axis south of Tripoli .. and displacement of families",
x="""Tripoli - Bawabat al-Nahar

The areas of the south of the Libyan capital Tripoli witnessed, yesterday Thursday, violent clashes between the forces of the Government of National Accord and the forces of the General Command, on the axis of Salah al-Din and the road of the airport, which led to the displacement of dozens of families from their houses.

The media center of the "Volcano of Anger" operation affiliated with the Al-Wefaq government said that its forces repelled an attack launched by the forces of Haftar on the axis of Salah al-Din, and that they bombarded today Friday a store of ammunition belonging to the forces of Haftar in the area of Al-Yarmouk.

In contrast, the General Command of the Libyan Arab Armed Forces announced through a statement on its page that its units took control of the airport road and the oil tanks and the Naqliya camp, after what it described as the escape of the militias, and it said that the advance towards the center of the capital continues.

Local sources said that shells fell on residential neighborhoods in Salah al-Din, and that the residents left their houses towards the center of the city and the neighboring areas.

It is worth mentioning that the Government of National Accord announced yesterday Thursday that it submitted an official request to Turkey for military support, based on the memorandum of security and military cooperation signed between the two sides in Istanbul at the end of last November.

It is worth mentioning that Field Marshal Khalifa Haftar announced on the twelfth of December current the start of what he called "the decisive battle" for the control of Tripoli, which he is attacking since the fourth of April.

Two dead and eight wounded in an air raid on Zawiya
Zawiya - Bawabat al-Nahar
The Zawiya Teaching Hospital announced the death of two civilians and the injury of eight others as a result of an air raid that targeted the city of Zawiya, west of the capital Tripoli, yesterday Thursday.
The hospital said in a statement that the injured were transferred to the emergency department, and that some of them are in a serious condition.
The mayor of Zawiya said that the warplanes supporting Haftar repeated their raids on the city, and that a raid today Friday targeted the area of the oil refinery, the fourth attack on the city within twenty-four hours.
The residents of Zawiya went out after the Friday prayer in a protest denouncing the bombing of their city."""),
]
