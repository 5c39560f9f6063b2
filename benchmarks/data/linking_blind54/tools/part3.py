# Part 3: May - June 2020
G8 = "gna_captures_watiya_air_base_2020_05_18"
G9 = "sarraj_meets_erdogan_in_ankara_2020_06_04"
G10 = "cavusoglu_led_delegation_visits_tripoli_2020_06_17"

ARTICLES = []

def add(group, published, outlet, title, text):
    ARTICLES.append(dict(group=group, published=published, outlet=outlet,
                         title=title, text=text.strip("\n")))

# ---------------------------------------------------------------- G8
add(G8, "2020-05-18", "Libya Tribune",
"Volcano of Anger forces liberate Al-Watiya airbase from Haftar's militias",
"""Tripoli - Libya Tribune

Forces of the Government of National Accord (GNA) announced on Monday morning that they had fully liberated Al-Watiya airbase, the main stronghold of the aggressor militias of war criminal Khalifa Haftar in western Libya, after weeks of siege and precision air strikes.

The commander of the joint operations room, Major General Osama Al-Juwaili, declared that the army forces had taken complete control of the base, located some 140 kilometres southwest of the capital, and that Haftar's militias had fled before dawn, leaving behind their weapons and equipment.

The media centre of the Volcano of Anger operation published video footage showing GNA troops inside the base, raising the national flag over the hangars and inspecting abandoned armoured vehicles and ammunition depots.

The spokesman for the operation, Mustafa Al-Majaei, said that the forces had seized all the military equipment inside the base, including a Russian-made Pantsir air defence system supplied by the UAE to Haftar's militias. He said that the system had been used to target GNA aircraft over the past months.

Army Chief of Staff Mohammed Al-Sharif told local media that after Al-Watiya, the next step would be the liberation of Tarhuna and the southern suburbs of Tripoli from Haftar's militias and the Wagner mercenaries.

The head of the Presidential Council, Fayez Al-Sarraj, congratulated the Libyan people and the army on what he called an important victory, stressing that it was not the end of the battle and that the GNA remained committed to defeating the aggression and extending state authority over the whole country. He praised the heroes of the army and said the sacrifices of the martyrs would not be in vain.

Al-Sarraj and Turkish President Recep Tayyip Erdogan discussed the latest developments by telephone on Monday, the Presidential Council media office said, including the implementation of the memoranda of understanding signed between the two countries last November.

Al-Watiya, also known as Okba Ibn Nafea airbase, had been used since 2014 by Haftar's forces as a launching point for air raids on the western coastal cities and on the capital. In recent weeks GNA air force strikes targeted the base's defences and supply convoys heading to it from the south.

The capture comes a month after GNA forces liberated the coastal cities of Sabratha and Surman on April 13, restoring control over the whole coast from Tripoli to the Tunisian border.

Military experts in Tripoli said the loss of Al-Watiya deprives Haftar's militias of their only airbase in the western region and cuts the supply lines of their forces in the Jabal Nafusa area and on the southern fronts of the capital. "The aggressor has lost his eyes and his wings in the west," one retired air force officer told Libya Tribune.

Residents of Zintan, Al-Riyayna and the towns of the western mountain welcomed the news, saying that the base had been used to launch raids and to threaten their areas for years.

Haftar launched his aggression against Tripoli on April 4, 2019, killing and displacing thousands of civilians. His militias are backed by the UAE, Egypt and Russian Wagner mercenaries.

Read more:
- Haftar's militias shell Tripoli residential areas, several civilians injured
- Bashagha: Tarhuna will be next
- Interior Ministry warns of explosive devices in liberated areas
""")

add(G8, "2020-05-18", "Mediterranean Press Agency",
"Libya's Turkish-backed forces seize key al-Watiya air base from Haftar",
"""TRIPOLI (MPA) - Forces loyal to Libya's internationally recognised government seized the strategic al-Watiya air base southwest of Tripoli on Monday, the biggest setback in more than a year for eastern commander Khalifa Haftar and a boost for Turkey, whose drones have tilted the battle in the west.

Osama Juwaili, commander of western operations for the Government of National Accord (GNA), said his forces had taken full control of the base after Haftar's Libyan National Army (LNA) pulled out in the early morning. There was no reported fighting inside the base, which had been besieged for weeks and hit by repeated air strikes, local sources said.

Pictures released by the GNA showed its fighters walking through hangars and next to a damaged truck-mounted Pantsir air defence system. GNA officials said the Russian-made system had been supplied to Haftar by the United Arab Emirates. The UAE has not commented on such claims in the past.

The LNA did not immediately comment. A spokesman for Haftar's forces, Ahmed al-Mismari, has previously said the LNA was facing "Turkish aggression" and that Turkish drones were operating from Mitiga airport and the port of Misrata.

Al-Watiya, about 130 km (80 miles) from Tripoli and close to the Tunisian border, was Haftar's main foothold in western Libya and a base for air raids on the capital and coastal towns. Its loss leaves his forces in the west largely dependent on Tarhuna, a town southeast of Tripoli, and on supply lines running from al-Jufra in central Libya.

Analysts said Turkish-supplied drones and air defences had been decisive since the GNA recaptured the coastal towns of Sabratha and Surman in mid-April. Turkish drones also struck LNA air defence systems near Tarhuna and Sirte in recent days, GNA officials said, claims that could not be independently verified.

Fayez al-Serraj, head of the GNA, spoke by phone with Turkish President Tayyip Erdogan on Monday, his office said. Serraj said in a statement that the victory "is not the end of the battle".

Turkey has sent military advisers, drones and air defence equipment to the GNA under a security pact signed in November, and has helped bring in Syrian fighters, according to UN experts and war monitors. Ankara says it is acting at the invitation of the legitimate government. The UN says Haftar is backed by the UAE, Egypt and fighters from Russia's Wagner group.

Libya has been torn by conflict since the NATO-backed uprising that toppled and killed Muammar Gaddafi in 2011. Since 2014 it has been split between rival administrations in the west and the east, each backed by an array of armed groups and foreign governments.

Serraj's GNA, recognised by the United Nations, is backed by Turkey and Qatar. Haftar's self-styled LNA, which launched an offensive on Tripoli in April 2019, is supported by the United Arab Emirates, Egypt and Russia, while France has been accused of favouring him, which Paris denies.

The fighting has continued despite the ceasefire pledges made at the Berlin conference in January and appeals by the United Nations for a humanitarian truce because of the coronavirus pandemic. Haftar declared last month that he had a "popular mandate" to rule Libya, a move Turkey described as an attempt to create a military dictatorship.

(Reporting by MPA Tripoli and Tunis bureaus; editing by Ruth Abernathy)
""")

add(G8, "2020-05-20", "Defence Review Weekly",
"Analysis: How drones and electronic warfare unpicked Haftar's hold on al-Watiya",
"""DEFENCE REVIEW WEEKLY - Land & Air Systems | Analysis

The fall of al-Watiya air base to forces of Libya's Government of National Accord (GNA) on 18 May was won less by infantry than by a sustained Turkish-enabled air campaign that systematically degraded the Libyan National Army's (LNA's) air defences in western Libya over roughly six weeks.

The base, known to the LNA as Okba Ibn Nafea and located about 125-140 km southwest of Tripoli (estimates vary with the route measured), was evacuated by LNA units in the early hours of 18 May. GNA forces under Major General Osama Juwaili entered without recorded resistance. The outcome had been signposted: the garrison had been cut off since the GNA retook the coastal towns of Sabratha and Surman in mid-April, and supply convoys from the south had been repeatedly struck.

The critical enabler appears to be the combination of Baykar Bayraktar TB2 medium-altitude long-endurance (MALE) unmanned aerial vehicles (UAVs), operated by Turkish personnel according to multiple sources, and Turkish ground-based electronic warfare (EW) assets in the Tripoli area. Imagery and video released by the GNA and pro-Turkish accounts since mid-May show strikes on at least several Pantsir-S1 self-propelled air defence systems near al-Watiya, Tarhuna, al-Wishka and Sirte.

Claims regarding the number of Pantsir systems lost vary widely. Pro-Turkish sources have claimed that nine systems were destroyed or captured in the past week; Turkish media have cited up to 15 lost by the LNA since April 2019. GNA spokesmen said one system was seized intact at al-Watiya; images show at least one heavily damaged vehicle on a Mercedes-Benz Actros-type truck chassis, consistent with the export configuration that the UN Panel of Experts has associated with deliveries via the United Arab Emirates. Defence Review Weekly has been able to verify only a handful of the losses from geolocated footage.

The Pantsir's difficulties against small, slow UAVs are not new; similar claims were made in Syria's Idlib in March, where the Russian defence ministry disputed Turkish figures. Analysts point to a combination of factors in Libya: crews with limited training, systems operating without an integrated radar picture, and the likely use of Turkish KORAL EW systems to jam search radars before TB2s or ANKA drones attacked.

The LNA has not been without success against the drones. It says it has shot down dozens of Turkish UAVs since 2019, and debris from several TB2s has been documented. But attrition has not prevented the GNA from maintaining persistent surveillance over the approaches to the capital.

The capture of al-Watiya gives the GNA - and potentially Turkey - a large, hardened air base in the west with a long runway, shelters and space for air defence. Several analysts suggest Ankara may seek to base drones or even combat aircraft there, as well as medium-range air defence to protect them. Turkish officials have made no announcement.

The LNA's response may come from the air. Haftar's air force commander has threatened a large-scale air campaign against Turkish positions, and unconfirmed reports suggest that additional combat aircraft have been moved to the LNA's al-Jufra base in central Libya. Ankara has not yet responded publicly, but Turkish officials have previously said that any attack on Turkish personnel would be answered.

For the LNA, the loss of al-Watiya compresses its western presence to the Tarhuna pocket southeast of Tripoli, which relies on resupply through Bani Walid and al-Jufra. If the drone campaign can be sustained against that corridor, the positions of the LNA and of Russian contractors on Tripoli's southern front look increasingly untenable.

Key systems referenced: Bayraktar TB2 (Baykar), ANKA-S (TAI), KORAL (Aselsan), Pantsir-S1 (KBP), Wing Loong II (AVIC, reportedly UAE-operated).

Subscribe to read the full order-of-battle annex.
""")

add(G8, "2020-05-19", "Nile Gazette Online",
"Libyan army repositions away from Al-Watiya base after massive Turkish drone bombardment",
"""BENGHAZI / CAIRO - The Libyan National Army (LNA) repositioned its units out of the Al-Watiya airbase in western Libya at dawn on Monday after days of intensive bombardment by Turkish drones, a military source in the General Command told the Nile Gazette, as militias loyal to the Tripoli-based government and Syrian mercenaries entered the base.

The source, who asked not to be named, said the decision to withdraw was taken to preserve the lives of soldiers after the base came under dozens of Turkish air strikes, and that the army had removed most of its important equipment before leaving. "The Turkish occupier used every kind of weapon, drones, jamming and warships off the coast, against a besieged garrison," he said.

Militias of the Government of National Accord (GNA) headed by Fayez al-Sarraj published videos from inside the base and claimed to have seized a Pantsir air defence system. The LNA source described the vehicle shown as "a destroyed wreck" that was already out of service.

Turkish state media celebrated the capture as a victory for Ankara, and President Recep Tayyip Erdogan discussed the developments by phone with al-Sarraj on Monday, according to the Tripoli government.

LNA spokesman Major General Ahmed al-Mismari said on Tuesday that the army would reposition some units on the Tripoli fronts by two to three kilometres to allow residents to celebrate Eid al-Fitr, and stressed that the battle against terrorism and the Turkish occupation would continue. He said more than 1,500 Turkish military personnel and thousands of Syrian mercenaries were now in Libya.

Egyptian military experts said the loss of the base was the result of direct Turkish military intervention in violation of the arms embargo and the Berlin conference commitments. "Ankara is no longer supporting the militias; it is fighting the war itself," said one retired Egyptian general.

The LNA air force has warned that Turkish positions and interests in Libya would be "legitimate targets". An LNA commander said the coming days would see the largest air campaign in Libyan history, according to Libyan media.

Al-Watiya, also known as Okba Ibn Nafea, is located about 130 kilometres southwest of Tripoli near the Tunisian border. The LNA had controlled it since 2014.

Libyan political analysts close to the House of Representatives said the Turkish role had transformed the conflict. "Before Turkey's intervention, the army was at the gates of Tripoli. Today the battle is between the Libyan army and a NATO member state using its drones, its frigates and its mercenaries," said one analyst in Benghazi.

Turkey's Foreign Ministry had claimed last month that Field Marshal Haftar wanted to establish a "military dictatorship" after he announced he had accepted a popular mandate to lead the country, a step that Ankara used as a pretext to escalate its support for the militias.

Egypt has repeatedly warned that Libya's security is an integral part of its national security, and has called on the international community to stop the transfer of mercenaries and weapons by Turkey to Libya.

The Syrian Observatory for Human Rights, a monitor based in Britain, has estimated that more than 8,000 Syrian fighters recruited by Turkey have been sent to Libya, and that hundreds have been killed.

Exit mobile version

Related:
- Mismari: 'Turkish frigates are shelling our positions from the sea'
- Arab parliament condemns Turkish intervention in Libya
- Video: Libyan air defences down Turkish drone near Tarhuna
""")

# ---------------------------------------------------------------- G9
add(G9, "2020-06-04", "Meridian Wire",
"Erdogan pledges more support for Libya's Sarraj after Tripoli gains",
"""ANKARA, June 4 (Meridian) - Turkish President Recep Tayyip Erdogan said on Thursday that Turkey would step up its support for Libya's UN-recognised government, as its forces, backed by Ankara, completed the recapture of the capital Tripoli from Khalifa Haftar's army.

Speaking at a joint news conference in Ankara with Fayez al-Sarraj, head of the Government of National Accord (GNA), Erdogan said the conflict could only be resolved politically under UN auspices, but that Haftar and his backers were the biggest obstacle to peace.

"History will hold accountable those who have caused bloodshed in Libya by supporting the putschist Haftar," Erdogan said. He said it was not acceptable for someone who threatened Libya's future to sit at the negotiating table as an equal.

He also said Turkey and the GNA would expand cooperation on exploration and drilling for oil and gas in the eastern Mediterranean under the maritime deal they signed in November, and called for an end to illegal sales of Libyan oil by the Haftar camp.

Sarraj thanked Turkey for siding with what he called the legitimate authorities and said the GNA was determined to defeat its enemies and take control of the whole country. "We will continue our struggle until we uproot the aggressors," he said, adding that Libya looked forward to Turkish companies returning to work on infrastructure and reconstruction projects.

The visit had not been confirmed by Erdogan's office until Thursday morning, a day after Foreign Minister Mevlut Cavusoglu announced it in a television interview.

Hours earlier, the GNA said its forces had taken back all of Tripoli's administrative boundaries, after seizing the city's international airport on Wednesday. GNA forces were advancing towards Tarhuna, Haftar's last major stronghold in the west, on Thursday.

The reversal completes a dramatic turn in a war that Haftar started in April 2019 with an assault he said would take Tripoli within days. With Turkish drones, air defences and military advisers, as well as Syrian fighters Turkey helped bring in, the GNA recaptured the coast to the Tunisian border in April and the al-Watiya air base on May 18.

Haftar's Libyan National Army (LNA) says it withdrew from Tripoli's southern suburbs as a gesture to allow UN-led ceasefire talks. The United Nations said this week both sides had agreed to resume talks on a ceasefire.

Erdogan did not take questions on the presence of Syrian fighters, whom Turkey helped bring to Libya and whose number the Syrian Observatory for Human Rights estimates at several thousand. In February he acknowledged for the first time that members of the Turkish-backed Syrian National Army were in Libya alongside Turkish trainers.

Russia, which has supported Haftar, says it backs a political settlement. US officials say Russia has sent fighter jets to Libya, via Syria, to support Russian contractors fighting for Haftar; Moscow denies this.

Oil-rich Libya has been mired in chaos since a 2011 uprising backed by NATO killed dictator Moamer Kadhafi, with rival administrations and militias vying for power.

Haftar, whose forces control the east and much of the south, is supported by the United Arab Emirates and Egypt, and the Tripoli government says Russian mercenaries are fighting on his side, a claim Moscow denies.

mer/ps/jr
""")

add(G9, "2020-06-04", "Presidential Council Media Office",
"Press release: President of the Presidential Council holds talks with Turkish President in Ankara",
"""PRESS RELEASE - Media Office of the Presidential Council, Government of National Accord

Ankara, Thursday 4 June 2020

The President of the Presidential Council, Mr. Fayez Al-Sarraj, held talks today, Thursday, with the President of the Republic of Turkey, Mr. Recep Tayyip Erdogan, at the Presidential Complex in Ankara, during an official visit at the head of a delegation that includes a number of ministers and officials.

The two sides reviewed the latest military developments, including the full liberation of the administrative boundaries of the capital Tripoli from the aggressor forces, and discussed the implementation of the memoranda of understanding on security and military cooperation and on maritime jurisdiction areas signed in November 2019.

The President of the Presidential Council expressed the thanks of the Libyan people to the Turkish state for its honourable stance with legitimacy, and affirmed the Government's determination to extend state authority over all Libyan territory and to bring those responsible for crimes against civilians to justice.

The two sides agreed to strengthen economic cooperation and to facilitate the return of Turkish companies to complete their projects in Libya, as well as cooperation in the energy sector.

The talks were followed by a joint press conference.

- END -
""")

add(G9, "2020-06-05", "Al-Mashhad Al-Arabi (English edition)",
"Al-Sarraj from Ankara: we will continue until we impose control over all of Libya .. and Erdogan: history will hold accountable Haftar's supporters",
"""Ankara - Al-Mashhad Al-Arabi

The head of the Presidential Council of the reconciliation government in Libya, Fayez al-Sarraj, said that his forces aim to impose control over all the Libyan territory and to bring "all the criminals" to justice, this came in a joint press conference with the Turkish President Recep Tayyip Erdogan in the Turkish capital Ankara, yesterday Thursday.

And al-Sarraj thanked Ankara for its support for "legitimacy" in Libya, and expressed the aspiration of his country to the return of the Turkish companies to work in the projects of infrastructure and reconstruction.

On his side, Erdogan said that Turkey assists the legitimate government in Libya and will not allow a putschist or mercenaries to rule Libya, adding that "history will hold accountable those who helped the coup leader Haftar".

The Turkish President called to stop the illegal sale of the Libyan oil by Haftar, and said that Ankara and Tripoli agreed on expanding the cooperation between the two countries, including the exploration activities for oil in the eastern Mediterranean region, according to the memorandum of demarcation of maritime borders signed between them at the end of last November.

Erdogan considered that it is not possible for a person who represents a threat to the future of Libya, in reference to Haftar, to sit on the dialogue table, pointing that Turkey and the reconciliation government always encouraged the political solution despite the "war crimes" of Haftar.

The visit of al-Sarraj to Ankara came hours after the reconciliation government forces announced the complete control over the administrative borders of Tripoli, after the control of the international airport of Tripoli on Wednesday.

And the forces of the reconciliation government announced today, Friday, that they entered the city of Tarhuna, the last stronghold of Haftar forces in the west of Libya, amid reports of the withdrawal of the forces of Haftar towards Bani Walid and the east.

It is worth mentioning that the Turkish presidency said on Wednesday that no meeting with al-Sarraj is on the schedule of Erdogan, before it announced on Thursday morning that the meeting will take place at two o'clock in the afternoon.

And in Cairo, the Egyptian Foreign Ministry affirmed that it follows with great concern the developments in the west of Libya, and called for a return to the political track, while sources said that the leader of the Libyan army Khalifa Haftar and the Speaker of the House of Representatives Aguila Saleh are expected to visit Cairo in the coming days.

And the Turkish Foreign Minister Mevlut Cavusoglu had said on Wednesday in a television interview that al-Sarraj will make an official visit to Ankara to discuss the efforts to reach a political solution, and that Turkey and Russia continue the consultations on Libya.

It is worth mentioning that the forces of Haftar launched since April of last year an attack to control the capital Tripoli, and it is supported by the United Arab Emirates, Egypt and Russia, while Turkey supports the reconciliation government by drones and military advisers and Syrian fighters, according to reports of the United Nations.

Read also: Egypt: we follow with concern the developments in western Libya
""")

# ---------------------------------------------------------------- G10
add(G10, "2020-06-17", "Mediterranean Press Agency",
"Turkey's foreign minister leads high-level delegation to Tripoli",
"""TRIPOLI (MPA) - Senior Turkish officials led by Foreign Minister Mevlut Cavusoglu visited Tripoli on Wednesday for talks with Libya's internationally recognised government, weeks after Turkish military support helped it repel Khalifa Haftar's 14-month offensive on the capital.

The unannounced visit included Treasury and Finance Minister Berat Albayrak, President Tayyip Erdogan's son-in-law, intelligence chief Hakan Fidan and presidential spokesman Ibrahim Kalin, the Government of National Accord (GNA) said. The delegation met GNA head Fayez al-Serraj, Foreign Minister Mohamed Siala and the head of the High Council of State, Khalid al-Mishri.

Talks covered ways to strengthen bilateral ties, security cooperation, energy and the return of Turkish companies, the GNA said in a statement.

Speaking to reporters on his return to Ankara late on Wednesday, Cavusoglu said the visit was "warmly welcomed" and that its purpose was "to strongly reiterate that Turkey stands with Libya". He said the two sides had discussed steps to be taken in the Mediterranean on energy under the maritime memorandum signed in November, as well as what was needed to reach a permanent ceasefire and a political solution under the UN framework.

Cavusoglu said Turkey supported the GNA's efforts to bring the issue of mass graves found in Tarhuna to the International Criminal Court. The GNA says it has found several mass graves since retaking the town, Haftar's former stronghold southeast of Tripoli, on June 5. "These inhumane massacres should be questioned, and those responsible should be taken to court," he said.

Turkish business has been hit hard by the conflict, with billions of dollars of construction contracts left unfinished since 2011. "There are projects, investments that need to be completed," Cavusoglu said.

The visit came as GNA forces and Haftar's Libyan National Army (LNA) face off near the coastal city of Sirte, the gateway to Libya's main oil terminals. Egypt, which backs Haftar, proposed a ceasefire on June 6 in a plan Cavusoglu has called "stillborn", saying it was made only after Haftar began losing.

A planned visit to Turkey by Russian Foreign Minister Sergei Lavrov and Defence Minister Sergei Shoigu on Sunday was postponed at the last minute. Cavusoglu said the delay was not caused by a crisis, but by the need for more work towards a lasting truce.

Also on Wednesday, France accused Turkish warships of an "extremely aggressive" act against a French frigate operating under NATO command off Libya on June 10, saying they had targeted it with fire-control radar. Turkey has denied the accusation. NATO defence ministers are meeting this week by videoconference.

Libya has been torn by conflict since the NATO-backed uprising that toppled and killed Muammar Gaddafi in 2011. Since 2014 it has been split between rival administrations in the west and the east, each backed by an array of armed groups and foreign governments.

Serraj's GNA, recognised by the United Nations, is backed by Turkey and Qatar. Haftar's self-styled LNA is supported by the United Arab Emirates, Egypt and Russia, while France has been accused of favouring him, which Paris denies.

Serraj visited Ankara on June 4 for talks with Erdogan, who pledged to increase support for the GNA.

(Reporting by MPA Tripoli and Ankara bureaus; editing by Ruth Abernathy)
""")

add(G10, "2020-06-18", "Yeni Ankara Haber (English)",
"Bakan Çavuşoğlu: Our visit to Libya received big welcome",
"""Yeni Ankara Haber - Dış Politika

Dışişleri Bakanı Mevlüt Çavuşoğlu, together with Hazine ve Maliye Bakanı Berat Albayrak, MİT Başkanı Hakan Fidan and Cumhurbaşkanlığı Sözcüsü İbrahim Kalın, made a visit to Libya yesterday. The heyet (delegation) went to Tripoli with the instruction of Cumhurbaşkanı Recep Tayyip Erdoğan and met with Başkanlık Konseyi Başkanı Fayiz es-Serrac.

Bakan Çavuşoğlu, after the return to Ankara, made a press statement at the late hours of Wednesday. Çavuşoğlu said "Our visit was welcomed with great satisfaction in Libya. The aim of the visit is clear: to tell strongly that Turkey is with Libya."

"As you know, we signed a mutabakat muhtırası (memorandum) with Libya on restriction of maritime jurisdiction areas. We discussed all the steps that must be taken in Mediterranean in the field of energy. We talked on what must be done for a permanent ateşkes (ceasefire) and political solution. We also discussed how we will continue our works in the frame of BM (UN)," Çavuşoğlu said.

The Bakan reminded the toplu mezarlar (mass graves) found in Terhune city and said Turkey support the efforts of Libya to carry this issue to International Criminal Court (UCM). "These inhuman massacres must be questioned and the responsibles must be judged," he said.

Çavuşoğlu said also the economic side was discussed. "Because of the war, the works of Turkish companies in Libya were cut. There are projects and investments which must be completed. For this reason we discussed also the economic dimension of our relations."

In Tripoli, the heyet met also with Dışişleri Bakanı Muhammed Siyale and Devlet Yüksek Konseyi Başkanı Halid el-Mişri. Images showed the delegation was received at the Mitiga Airport with ceremony.

Çavuşoğlu, about the postponed visit of Russian Dışişleri Bakanı Lavrov and Savunma Bakanı Şoygu to Turkey, said in the previous days that it was not because of a "kriz" but because more work is needed for a lasting ceasefire. About the "Kahire girişimi" (Cairo initiative) of Egypt and Hafter, Çavuşoğlu had said that it was "ölü doğmuş" (stillborn).

UMH forces with the support of Turkey cleaned Tripoli and the surrounding of the capital from the Hafter milisleri in the beginning of June and took control of Terhune. The forces are now near Sirte and al-Cufra.

Libya Başbakanı Serrac had visited Ankara on 4 Haziran and met with Cumhurbaşkanı Erdoğan.

The same day of the visit, France made accusation to the Turkish navy. The French officials claimed a Turkish frigate in the NATO mission made "radar lock" three times on the French frigate Courbet off Libya on 10 Haziran. Turkish Milli Savunma Bakanlığı sources rejected the claims and said the French ship made a dangerous manoeuvre and did not answer the communication. The issue was also on the agenda of the NATO defence ministers meeting.

Observers said the big heyet shows that after the military successes, now the economic and energy dimension of the cooperation with Libya comes to the front. Turkish müteahhitler (contractors) have unfinished projects in Libya of billions of dollars from before 2011.

Etiketler: Çavuşoğlu, Albayrak, Fidan, Libya, Trablus

Bu haber 1.204 kez okundu. Yorum yaz
""")

add(G10, "2020-06-17", "Libya Tribune",
"Al-Sarraj receives high-level Turkish delegation headed by Cavusoglu in Tripoli",
"""Tripoli - Libya Tribune

The Head of the Presidential Council, Fayez Al-Sarraj, received on Wednesday in Tripoli a high-level Turkish delegation headed by Foreign Minister Mevlut Cavusoglu and including Finance and Treasury Minister Berat Albayrak and the head of Turkish intelligence Hakan Fidan, the media office of the Presidential Council said.

The meeting, attended by Foreign Minister Mohamed Siala, discussed the latest developments in Libya after the defeat of Haftar's aggression on the capital, and ways of enhancing cooperation between the two countries in the security, economic and energy fields, in the framework of the memoranda of understanding signed last November.

Al-Sarraj stressed the importance of Turkey's role in supporting the legitimate government and the Libyan people against the aggression, and said the GNA remained committed to a political solution based on the Libyan Political Agreement, provided that the war criminal Haftar is not part of any future arrangement.

The two sides also discussed the mass graves discovered in Tarhuna after its liberation on June 5, with the Turkish side expressing support for referring the crimes to the International Criminal Court. The delegation conveyed the greetings of President Recep Tayyip Erdogan to Al-Sarraj and the Libyan people.

The Turkish delegation also met the Head of the High Council of State, Khalid Al-Mishri, who praised the Turkish stance and said it had changed the balance on the ground in favour of the civil state.

Sources at the Ministry of Economy said the visit also discussed the return of Turkish companies to resume suspended projects, and the settlement of outstanding dues, estimated by Turkish contractors at billions of dollars.

Foreign Minister Mohamed Siala said after the meeting that the visit confirmed the strategic partnership between the two countries, and that the GNA would continue to coordinate with Ankara in international forums, including at the UN Security Council, to expose the crimes of the aggressor and the states that support him.

The visit is the highest-level Turkish visit to Tripoli since the beginning of the aggression in April 2019, and comes two weeks after the Head of the Presidential Council visited Ankara on June 4 and met President Erdogan, who pledged to step up support.

The visit comes as the Volcano of Anger forces continue to mobilise west of Sirte, where Haftar's militias and the Wagner mercenaries are entrenched, after the liberation of Tripoli and Tarhuna.

Related news:
- Bashagha meets Turkish ambassador, discusses training of police
- GNA: Wagner mercenaries planted mines in southern Tripoli homes
- Interior Ministry deploys police units in liberated areas
""")
