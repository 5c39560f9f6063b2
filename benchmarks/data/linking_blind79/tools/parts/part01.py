G = "haftar_orders_advance_on_tripoli_2019_04_04"

ARTICLES = [
dict(group=G, published="2019-04-04", outlet="Meridian Wire",
title="Libya's Haftar orders forces to march on Tripoli as U.N. chief visits",
text="""TRIPOLI/BENGHAZI (Meridian) - Eastern Libyan commander Khalifa Haftar on Thursday ordered his forces to advance on Tripoli, seat of the internationally recognised government, sharply escalating the country's power struggle while U.N. Secretary-General Antonio Guterres was in the capital to rescue a planned peace conference.

"We are coming, Tripoli," Haftar said in an audio recording posted online by the media office of his Libyan National Army (LNA), calling the move a march that would shake the ground under the feet of the "unjust". He told his men not to fire on civilians or on anyone who did not take up arms, and said that those who laid down their weapons or raised a white flag would be safe.

Hours before the order, LNA columns had rolled into Gharyan, a hill town about 100 km (60 miles) south of Tripoli. Abdelsalam al-Hassi, who commands the LNA's western operations, said his troops had entered the town without a fight, but several residents disputed that and a local official said efforts were under way to avoid a clash between rival groups. A brief exchange of fire was reported near the town in the evening.

Prime Minister Fayez al-Sarraj, whose Government of National Accord (GNA) was installed in Tripoli in 2016 under a U.N.-brokered deal, condemned what he called an escalation and ordered forces loyal to him to prepare to "face all threats". His interior ministry declared a state of maximum alert. Armed groups from the port city of Misrata, whose fighters are the backbone of the forces that back the Tripoli government, said they were moving units west to defend the capital.

Guterres, only the second U.N. chief to visit Libya since the 2011 uprising, said on Twitter he was deeply concerned by the military movements and the risk of confrontation, adding that there was no military solution to the crisis. He is due to travel to eastern Libya on Friday.

In a joint statement, the United States, France, Britain, Italy and the United Arab Emirates said they opposed any military action in Libya and would hold accountable any Libyan faction that triggered further civil conflict.

The advance threatens a national conference the United Nations has scheduled for April 14-16 in the desert town of Ghadames, meant to agree a road map to elections. U.N. envoy Ghassan Salame has spent months preparing the meeting, and diplomats had hoped that talks between Sarraj and Haftar in Abu Dhabi in February would pave the way for a power-sharing deal.

Libya has been split since 2014 between rival camps in Tripoli and the east, and has had no stable central authority since the NATO-backed revolt that toppled Muammar Gaddafi. Haftar, 75, a former Gaddafi-era officer, is allied to a parallel administration and parliament based in the east. Earlier this year his forces swept through the south, taking the city of Sebha and the El Sharara oilfield with little resistance.

Western diplomats say the LNA is backed by the United Arab Emirates and Egypt, which see Haftar as a bulwark against Islamists. Haftar's opponents accuse him of trying to install a new military dictatorship.

(Reporting by Meridian correspondents in Tripoli and Benghazi; Writing by Nadia Corvell; Editing by Simon Aske)"""),

dict(group=G, published="2019-04-05", outlet="Ankara Daily Wire",
title="Haftar's militia launches push toward Libyan capital Tripoli",
text="""ANKARA

Forces loyal to eastern Libya-based commander Khalifa Haftar have launched a push toward the capital Tripoli, seat of the UN-recognized Government of National Accord (GNA), defying international calls for restraint.

In an audio message released on Thursday by his media office, Haftar ordered his militia to "advance" on the capital, claiming his forces would enter the city peacefully.

The move came as UN Secretary-General Antonio Guterres was holding talks in Tripoli ahead of a national conference planned for mid-April in the town of Ghadames.

Fayez al-Sarraj, chairman of Libya's Presidential Council, condemned the escalation and ordered the forces under the Tripoli government's command to be ready to confront any threat, according to a statement by his office.

According to local sources, forces from the western city of Zawiya late Thursday seized dozens of Haftar's fighters along with their vehicles at a checkpoint on the coastal road west of Tripoli. Images shared on social media showed the captured fighters being taken into custody.

Haftar's forces said on Thursday they had taken the town of Gharyan, about 100 kilometers south of the capital, a claim disputed by local officials.

The UN Security Council was to hold an emergency closed-door session on Libya on Friday, diplomats said.

Turkey has repeatedly underlined its support for the legitimate government in Tripoli and for a political solution under UN auspices.

The Government of National Accord was formed under the UN-brokered political agreement signed in the Moroccan town of Skhirat in December 2015, and Sarraj's Presidential Council began working from Tripoli in March 2016. Haftar and the eastern-based parliament have refused to recognize its authority.

Earlier this year, Haftar's forces launched a campaign in the south of the country, taking control of the city of Sebha and the El Sharara oil field, Libya's largest.

Libya has remained beset by turmoil since 2011, when a bloody NATO-backed uprising led to the ouster and death of longtime ruler Muammar Gaddafi after more than four decades in power.

Since then, Libya's stark political divisions have yielded two rival seats of power, one in the eastern city of Tobruk, to which Haftar is affiliated, and another in Tripoli, which enjoys UN recognition.

*Writing by Selin Karaca"""),

dict(group=G, published="2019-04-05", outlet="Nile Gazette",
title="Libyan National Army begins operation to liberate Tripoli from terrorist militias",
text="""[ad_1]

Home » Arab World » Libya

Libyan National Army begins operation to liberate Tripoli from terrorist militias

Friday 5 April 2019 | 11:42 am

CAIRO - The General Command of the Libyan National Army (LNA), led by Field Marshal Khalifa Haftar, has launched a military operation to free the capital Tripoli from the armed militias and terrorist groups that have held it hostage for years.

In a speech addressed to the forces stationed on the edges of the capital and broadcast on Thursday, Field Marshal Haftar said the time had come to answer the call of the people of Tripoli. "We are coming," he told the soldiers, urging them to respect the lives and property of civilians and to guarantee the safety of anyone who lays down his weapon.

Army units advanced on several axes towards the western region. Military sources said the army entered the city of Gharyan, 100 km south of the capital, where it was welcomed by the residents, and that other units reached areas south of Tripoli by evening.

The spokesman of the General Command, Major General Ahmed al-Mesmari, had announced on Wednesday that the army was preparing to cleanse the west of the country of terrorists and mercenaries. "We do not want Tripoli for power or money," Mesmari told a news conference in Benghazi, saying the army sought Tripoli for the dignity and honour of the nation.

The militia-backed government of Fayez al-Serraj responded by declaring a state of alert and calling on armed groups from Misrata, Zawiya and other towns to mobilise. Observers note that many of these groups include fighters wanted for terrorism or listed on international sanctions lists.

UN Secretary-General Antonio Guterres, who visited Tripoli on Thursday, called for restraint and is expected to meet Field Marshal Haftar in Benghazi on Friday.

Egyptian political analysts said the army's move was the natural completion of the campaign it began in Benghazi in 2014, which liberated the east from terrorist organisations, followed by the south earlier this year. "The Libyan army is the only national institution capable of unifying the country," said a retired Egyptian general who follows the Libyan file.

The advance on Tripoli follows the army's campaign in the south, launched in January, in which it took control of the city of Sebha and the El Sharara oilfield, Libya's largest, and secured large areas of the Fezzan from criminal gangs and foreign armed groups. Army officials say the west is the last part of the country where terrorist groups still operate openly under the cover of an unelected government.

Cairo has repeatedly stressed its support for the Libyan National Army in its war on terrorism and its rejection of any foreign interference in Libya's internal affairs.

Read also: Sisi receives phone call from Libyan parliament speaker on latest developments

Read also: Army takes control of El Sharara oilfield in south-west Libya

Tags: Libya, Haftar, Tripoli, Libyan army

[ad_2]
Source link"""),

dict(group=G, published="2019-04-05", outlet="MENA Daybook",
title="MENA Daybook, April 5: Hifter marches on Tripoli; Algeria's first Friday after Bouteflika; Sudan protest call",
text="""MENA Daybook | Friday, April 5, 2019

Good morning. Here is what you need to know across the Middle East and North Africa today.

LIBYA: HAFTAR ORDERS ADVANCE ON TRIPOLI

The biggest story overnight: Khalifa Hifter, the eastern commander whose Libyan National Army controls most of the east and south, on Thursday ordered his troops to march on Tripoli. "We are coming, Tripoli," he said in an audio message released by his media office, telling his men to spare civilians and anyone who surrendered. His forces had already moved into Gharyan, about 100 km south of the capital, earlier in the day.

The timing was pointed: UN Secretary-General Antonio Guterres was in Tripoli at the time to shore up a national conference planned for April 14-16. Guterres said there was no military solution and that he was deeply concerned. The US, France, the UK, Italy and the UAE issued a joint call for de-escalation. The Tripoli government of Fayez al-Sarraj put its forces on maximum alert and Misrata's armed groups said they were heading west.

Overnight there were reports that forces from Zawiya had captured a large group of LNA fighters at a checkpoint west of Tripoli; numbers vary widely between sources. The Security Council meets behind closed doors on Friday at Britain's request. Guterres heads to Benghazi to see Hifter.

What to watch: whether the LNA pushes into the southern suburbs around the old international airport, and whether the Ghadames conference survives.

ALGERIA: FIRST FRIDAY SINCE BOUTEFLIKA QUIT

Protesters are expected back on the streets of Algiers today for the seventh Friday of demonstrations, the first since Abdelaziz Bouteflika resigned on Tuesday. Organisers say the fight is now against the rest of the old guard, including the officials who would run the transition under the constitution.

SUDAN: OPPOSITION CALLS MARCH ON ARMY HQ

The Sudanese Professionals Association, which has led nearly four months of protests against Omar al-Bashir, has called for a mass march to the army headquarters in Khartoum on Saturday, the anniversary of the 1985 uprising that toppled Jaafar Nimeiri.

ISRAEL: FOUR DAYS TO THE VOTE

Campaigning enters its final stretch before Tuesday's election, with Benjamin Netanyahu's Likud and Benny Gantz's Blue and White neck and neck in the final polls.

---
Enjoying MENA Daybook? Forward it to a colleague. Subscribe | Manage preferences | Unsubscribe"""),
]

G2 = "airstrike_shuts_mitiga_airport_2019_04_08"

ARTICLES += [
dict(group=G2, published="2019-04-08", outlet="Agence Continentale de Presse",
title="Air strike hits Tripoli's only working airport as battle for capital intensifies",
text="""Tripoli (ACP) - A warplane struck Tripoli's Mitiga airport on Monday, forcing the only functioning airport in the Libyan capital to halt all flights as fighting between forces loyal to the unity government and troops of strongman Khalifa Haftar edged closer to the city.

Passengers were evacuated from the terminal and aircraft were kept on the ground after the raid, which hit near the runway, airport officials said. There were no immediate reports of casualties.

A senior officer of Haftar's self-styled Libyan National Army (LNA), air operations commander Mohamed al-Manfour, acknowledged that his aircraft had struck the airport, saying they had targeted military positions there after receiving information that pro-government forces were preparing to use them against his troops.

Mitiga, a former military airbase east of the city centre, has been Tripoli's only civilian airport since the international airport south of the capital was wrecked in fighting between rival militias in 2014. It also houses a military wing used by forces allied to the Government of National Accord (GNA).

The health ministry of the Tripoli-based GNA said on Monday that at least 35 people had been killed and dozens wounded since Haftar launched his offensive on Thursday (April 4). The United Nations said some 3,400 people had fled their homes in the southern suburbs, and the World Health Organization said two doctors had been killed while trying to evacuate the wounded.

Fighting raged around the disused international airport and the districts of Ain Zara, Wadi Rabie and Qasr Bin Ghashir. Pro-GNA forces announced a counter-offensive on Sunday, dubbed "Volcano of Rage", aimed at pushing the LNA back to its positions before April 4.

A two-hour humanitarian truce called for by the UN mission in Libya on Sunday afternoon to allow civilians and the wounded to be evacuated was ignored, the Red Crescent said.

The United States said on Sunday it had temporarily pulled a contingent of its troops out of the country because of the security situation.

GNA head Fayez al-Serraj has accused Haftar of attempting a coup against the internationally recognised authorities.

The fighting has thrown into doubt a UN-backed national conference due to open in Ghadames on April 14, which was meant to set a path towards elections.

UN Secretary-General Antonio Guterres, who met Haftar in Benghazi on Friday after visiting Tripoli, said he was leaving Libya with a heavy heart and deep concern. Members of the UN Security Council on Friday called on the LNA to halt all military movements, and the G7 foreign ministers meeting in France urged an end to the advance.

Haftar, a former officer under Kadhafi who spent two decades in exile in the United States, returned to Libya during the 2011 revolt. In 2014 he launched a military campaign against Islamist and jihadist groups in Benghazi, which he declared won in 2017, before his forces took the oil ports of the so-called oil crescent and, early this year, much of the south.

Libya has been torn by violence and divided between rival administrations since the 2011 NATO-backed uprising that toppled and killed dictator Moamer Kadhafi.

ACP-nc/ptr"""),

dict(group=G2, published="2019-04-09", outlet="Libya Free Voice",
title="Haftar's warplanes bomb Mitiga Airport, civil flights suspended",
text="""Haftar's warplanes bomb Mitiga Airport, civil flights suspended

April 9, 2019 - 10:15
Written By: Libya Free Voice staff

Warplanes belonging to the forces of Khalifa Haftar bombed Mitiga International Airport in Tripoli on Monday, forcing the airport to suspend all civil flights and evacuate passengers who were waiting to board.

Airport management said in a statement on its Facebook page that all flights were suspended until further notice after the airstrike, which struck near the runway. Nobody was hurt, but passengers described panic in the departure hall as the sound of the explosion shook the building.

Haftar's air operations commander, Mohamed Al-Manfour, admitted to pro-Haftar media that his aircraft had attacked the airport, claiming they had targeted military aircraft. Security sources at the airport told Libya Free Voice the strike came close to civilian planes parked on the apron.

The Presidential Council of the Government of National Accord condemned the targeting of a civilian facility that is the only air link for the people of the capital.

The UN envoy Ghassan Salame said the United Nations was deeply concerned for the welfare of civilians and about the implications of the attack on the airport.

Libya's Civil Aviation Authority later announced that it would reopen Mitiga's airspace for night flights only, from 7 pm to 7 am, until further notice.

The attack came on the fifth day of the aggression launched by Haftar against Tripoli on April 4. Mitiga, a former military airbase, has been the capital's only working airport since Tripoli International Airport was destroyed in the fighting of 2014, and it is the main gateway for Libyans travelling abroad for treatment and study.

The UN Secretary-General Antonio Guterres, who was in Tripoli when Haftar ordered his forces to march on the capital, had called for an end to military movements, and the UN mission called on Sunday for a humanitarian truce to evacuate the wounded and civilians from the southern districts. The call went unheeded as the clashes continued. The Libyan Army forces of the GNA on Sunday launched the "Volcano of Rage" operation to repel the attackers and have pushed them back in Ain Zara, Wadi Rabie and the area around the old Tripoli International Airport, according to military spokesman Mohamed Gnounou.

Gnounou said the Libyan Army had taken prisoners and seized vehicles from the attackers since the beginning of the operations, without giving figures.

The Health Ministry said dozens had been killed and wounded since Thursday, among them civilians and paramedics, while the UN said thousands of families had fled the southern districts.

News in images:"""),

dict(group=G2, published="2019-04-09", outlet="Gundem Dunya Haber",
title="Hafter forces warplane attack to Tripoli Mitiga Airport, flights stopped",
text="""Gündem Dünya Haber | DÜNYA

Hafter forces warplane attack to Tripoli Mitiga Airport, flights stopped

09.04.2019 - 08:31 | Güncelleme: 09.04.2019 - 09:02

In Libya, the warplanes of the militias of the coup general Halife Hafter has carried out air attack to the Mitiga International Airport, which is only airport which is working in capital Trablus (Tripoli).

According to the statement made by the airport management, after the attack all flights was suspended until a second notice. It was stated that the passengers in the airport was evacuated and there is no loss of life.

The commander of so-called air operations of Hafter militias Muhammed el-Menfur had claimed that they targeted military targets in the airport. The Mitiga airport is used since 2014 as civil airport after the Trablus International Airport destroyed in clashes.

The Ulusal Mutabakat Hükümeti (UMH, National Accord Government) recognized by the UN condemned the attack. Presidential Council Chairman Fayiz es-Serrac has accused Hafter of making a coup attempt.

According to the UMH Health Ministry, since 4 April in the clashes at south of Trablus at least 35 people lost their lives and 80 people injured. The United Nations said that about 3 thousand 400 people had to leave their homes.

Hafter, who was an officer in the period of Kaddafi and later lived for long years in the USA, had returned to Libya in 2011. In 2014 he started the so-called "Karama" (Dignity) operation in Bingazi and after that he captured the oil ports and in this year the south of country.

The forces of UMH on Sunday started the operation named "Öfke Volkanı" (Volcano of Rage) against the Hafter militias. It is reported that heavy clashes are continuing in Ayn Zara, Vadi Rabi and around the old airport region.

On 4 April, Hafter had given order to his militias to march on Trablus while BM (UN) Secretary General Antonio Guterres was in the country. The UN is planning to gather the Libyan sides in the Gadames city between 14-16 April for the national conference.

Libya, after the overthrow of Muammer Kaddafi in 2011, is divided to two power centres, the UMH in Trablus and the administration which is supported by Hafter in the east.

ETİKETLER: Libya, Hafter, Trablus, Mitiga

Paylaş: Facebook Twitter WhatsApp

İLGİLİ HABERLER
- Libya'da çatışmalar şiddetlendi
- BM Genel Sekreteri Guterres Bingazi'de Hafter ile görüştü

Bu web sitesi çerezler kullanmaktadır. Sitemizi kullanarak çerez politikamızı kabul etmiş olursunuz. Tamam"""),
]
