# Part 1: June 2020 - Serraj in Ankara, Cairo Declaration, Turkish delegation in Tripoli
# Each entry: group, published, outlet, title, text. Written from scratch for set 119.

ARTICLES = [
# ---------------------------------------------------------------- E1
dict(
group="sarraj_meets_erdogan_in_ankara_2020_06_04",
published="2020-06-04",
outlet="Meridian Wire Service",
title="Erdogan pledges more support for Libya's Serraj as Tripoli forces secure capital",
text="""
ANKARA (MWS) - Turkish President Tayyip Erdogan promised on Thursday to step up his country's backing for Libya's internationally recognised government, telling a news conference alongside its leader Fayez al-Serraj that eastern commander Khalifa Haftar and his foreign supporters were the biggest obstacle to peace.

Erdogan said the conflict could only be settled through a political process under United Nations auspices, but added that Ankara would not abandon "our Libyan brothers" to putschists and mercenaries. He said Turkey and the Tripoli-based Government of National Accord (GNA) would also move ahead with exploration and drilling in parts of the eastern Mediterranean covered by a maritime boundary accord the two sides signed in November.

The Turkish leader urged the international community to stop what he described as illegal sales of Libyan oil by Haftar's camp, and said that history would judge those who had fuelled bloodshed in Libya by supporting the commander.

Serraj, on his first trip to Turkey since his forces turned the tide around the capital, thanked Ankara for siding with what he called legitimacy. He said the GNA aimed to extend its control over the whole country and bring those responsible for crimes to justice, and that he hoped Turkish companies would return to work on infrastructure and reconstruction.

The talks at the presidential complex came hours after the GNA said its forces had regained control of all of greater Tripoli. On Wednesday pro-government units said they had taken the city's long-closed international airport, the last significant position held by Haftar's Libyan National Army (LNA) on the southern edge of the capital.

Haftar launched his offensive on Tripoli in April 2019 with backing from the United Arab Emirates, Egypt and Russia. The campaign stalled for months before Turkish drones, air defence systems and Syrian fighters brought in by Ankara helped GNA forces retake a string of western towns and the al-Watiya air base in May.

Turkey's parliament authorised sending troops to Libya in January under a security and military cooperation deal signed with Serraj's government in November 2019. Egypt, Greece and Cyprus have rejected the maritime agreement signed at the same time as a violation of their rights.

(Reporting by Selin Ardahan; Editing by Mark Holloway)
"""),
dict(
group="sarraj_meets_erdogan_in_ankara_2020_06_04",
published="2020-06-04",
outlet="Hilal News Agency (English Service)",
title="President Erdoğan: We will never leave Libyan brothers at mercy of putschists",
text="""
ANKARA

President Recep Tayyip Erdoğan said Thursday that Turkey will increasingly continue its support for Libya's legitimate government and warned that those who back putschist Khalifa Haftar will be held accountable by history.

Speaking at a joint press conference with Fayez al-Sarraj, the Chairman of the Presidential Council and Prime Minister of Libya's Government of National Accord (GNA), at the Presidential Complex in Ankara, Erdoğan said the crisis could only be solved through political means under the auspices of the United Nations.

"We will never leave our Libyan brothers at the mercy of putschists and mercenaries," Erdoğan said, adding that Turkey would stand by the Sarraj government on all international platforms for a just and lasting solution.

The president noted that although Haftar and his militias had committed crimes against humanity and war crimes, the legitimate government had always taken a constructive attitude in the political process.

Erdoğan also called on the international community to prevent the putschists from illegally selling Libyan oil, which he said rightfully belongs to the Libyan people and must be used for their welfare.

He said Turkey and Libya had agreed to expand cooperation in many fields, including exploration activities in the Eastern Mediterranean within the framework of the maritime jurisdiction memorandum signed last year.

For his part, Sarraj thanked Turkey for standing with the legitimate government during what he described as a difficult period, and said the Libyan army would continue until all of Libya is under the authority of the state.

Libyan Army recaptures Tripoli

The visit came as the Libyan Army announced that the capital Tripoli and its surroundings had been fully cleared of Haftar's militias after a 14-month siege.

On Wednesday, the Libyan Army took control of Tripoli International Airport as part of Operation Peace Storm, launched in March against Haftar's forces.

Libya's legitimate government has been under attack by Haftar's militias since April 2019, when the putschist launched his offensive on the capital.

Turkey and Libya signed two memoranda of understanding on Nov. 27, 2019, on security and military cooperation and on the delimitation of maritime jurisdiction areas.
"""),
dict(
group="sarraj_meets_erdogan_in_ankara_2020_06_04",
published="2020-06-05",
outlet="Libya Tribune Online",
title="Al-Sarraj from Ankara: our forces will extend state authority over every inch of Libya",
text="""
[ad_1]
Home / Politics / Al-Sarraj from Ankara: our forces will extend state authority over every inch of Libya

By Tribune Staff  |  June 5, 2020

The Head of the Presidential Council, Fayez Al-Sarraj, said after his talks in Ankara with Turkish President Recep Tayyip Erdogan on Thursday that the forces of the Government of National Accord will not stop until state authority covers the whole of Libya and the criminals are brought to justice.

In a joint press conference at the Turkish presidential complex, Al-Sarraj thanked Turkey for "standing with legitimacy" at a time when others armed the aggressor, and invited Turkish companies to come back and finish the infrastructure and housing projects that were frozen by the war.

Erdogan, for his part, said that Ankara will increase its support to the GNA and that warlord Khalifa Haftar and those behind him are the main obstacle to peace. He said there is no place at the negotiating table for a man who bombed Tripoli for more than a year.

The visit came on the same day that Burkan Al-Ghadab (Volcano of Rage) operation announced the liberation of the whole of Greater Tripoli, after the forces retook Tripoli International Airport, Qasr Bin Ghashir and the areas south of the capital from Haftar's militias and the Wagner mercenaries.

On Friday the GNA forces entered Tarhuna, the last stronghold of Haftar's militias in the west, without major resistance, while columns of the militias were seen withdrawing towards Bani Walid and the south. Residents of Tarhuna have long accused the Kaniyat militia, allied to Haftar, of disappearances and killings.

Read also: Mitiga airport to reopen for flights after months of shelling

Read also: Ministry of Health: mines and booby traps left by the militias kill returning residents in Ain Zara

The Presidential Council had signed with Turkey in November the two memoranda on security cooperation and on maritime areas, which allowed Turkish military advisers, air defence and drones to support the army in the defence of Tripoli since January.

Share this:
Facebook Twitter WhatsApp Telegram

Related Posts
- Bashagha: no return to the days of the militias
- Oil blockade costs Libya billions, NOC says
- GNA air force targets supply lines near Al-Watiya
"""),
# ---------------------------------------------------------------- E2
dict(
group="sisi_announces_cairo_declaration_2020_06_06",
published="2020-06-06",
outlet="Cairo Monitor Today",
title="President Sisi launches 'Cairo Declaration' to end Libyan crisis, ceasefire from Monday",
text="""
President Abdel Fattah El-Sisi announced on Saturday a comprehensive Egyptian initiative to settle the Libyan crisis, dubbed the "Cairo Declaration", after talks at Al-Ittihadiya Palace with the Commander-General of the Libyan National Army, Field Marshal Khalifa Haftar, and the Speaker of the Libyan House of Representatives, Counsellor Aguila Saleh.

Under the initiative, a ceasefire will enter into force across Libya from 6 am on Monday, 8 June 2020. The declaration calls for the withdrawal of foreign mercenaries from all Libyan territory, the dismantling of militias and the handing over of their weapons, so that the Libyan National Army can carry out its security responsibilities alongside the other state institutions.

It also proposes an elected presidential council representing Libya's three regions, under UN supervision, and a constitutional declaration that organises the next stage, building on the outcomes of the Berlin conference held in January.

President Sisi said the initiative respects all international efforts and UN Security Council resolutions, and warned that insisting on a military solution would only complicate the situation inside Libya and threaten the stability of the whole region. He stressed that Libya's security is an inseparable part of Egypt's national security.

Field Marshal Haftar praised Egypt's efforts and said the army had always opened the door to peace, while accusing Turkey of inflaming the conflict by sending mercenaries and weapons to the Government of Al-Wefaq. Speaker Aguila Saleh said Turkish interference had complicated the crisis and obstructed the army's fight against terrorism.

Ambassadors of several countries, as well as representatives of the United Nations, the European Union and the Arab League, attended the announcement.

Foreign Minister Sameh Shoukry is expected to brief his Arab and European counterparts on the initiative in a series of phone calls.

Share this:
Twitter  Facebook  WhatsApp  LinkedIn  Email

Related
Shoukry: Egypt will not stand idle in face of threats on western border
Arab League chief hails Egyptian efforts on Libya
"""),
dict(
group="sisi_announces_cairo_declaration_2020_06_06",
published="2020-06-07",
outlet="Vostok News Agency",
title="Tripoli government rejects Egyptian truce plan as fighting moves toward Sirte",
text="""
CAIRO, June 7 - VNA. The Government of National Accord (GNA) of Libya, based in Tripoli, has dismissed a ceasefire initiative announced in Cairo by Egyptian President Abdel Fattah al-Sisi together with the commander of the Libyan National Army (LNA), Marshal Khalifa Haftar, and the speaker of the House of Representatives, Aguila Saleh.

The plan, presented on Saturday and called the Cairo Declaration, provides for a ceasefire throughout Libya from Monday, June 8, the withdrawal of foreign mercenaries, the disarmament of militias and the formation of a presidential council elected by representatives of Libya's three historical regions - Tripolitania, Cyrenaica and Fezzan.

Officials in Tripoli said there was no need for new initiatives and that the forces of the GNA would continue operations. Units loyal to the GNA on Saturday launched an advance towards Sirte, the coastal city between Tripoli and Benghazi that Haftar's forces took in January.

The LNA said it had accepted the Egyptian plan. Several Arab states, including the United Arab Emirates, Saudi Arabia and Bahrain, voiced support for the declaration.

Moscow has consistently called on the Libyan sides to halt hostilities and resume dialogue on the basis of the decisions of the Berlin conference. Russian diplomats have stressed that there can be no military solution to the Libyan conflict.

In recent weeks the balance on the ground has shifted sharply. Since April, GNA forces, supported by Turkey, have taken control of the western coast up to the Tunisian border, the al-Watiya air base, and, this week, the whole of the capital area and the town of Tarhuna.

Turkey signed agreements on military cooperation and on maritime zones with the GNA in November 2019, and in January the Turkish parliament approved the deployment of troops. According to a UN panel of experts, the sides of the conflict have received weapons from abroad in violation of the embargo.

Libya has been divided since 2014 between rival authorities in the west and the east. After the overthrow and killing of Muammar Gaddafi in 2011, the country has not had a single government.
"""),
dict(
group="sisi_announces_cairo_declaration_2020_06_06",
published="2020-06-07",
outlet="The Atlantic Courier",
title="Egypt's ceasefire plan lands as Haftar's war for Tripoli unravels",
text="""
By Eleanor Whitcombe, Middle East Correspondent

Standing beside the two men who have led eastern Libya's challenge to the government in Tripoli, President Abdel Fattah al-Sisi of Egypt on Saturday unveiled what he called the Cairo Declaration, a plan for a ceasefire starting on Monday and a political road map that would, in the words of its authors, end foreign interference and restore the Libyan state.

The setting told its own story. A year ago, Khalifa Haftar, the 76-year-old commander of the self-styled Libyan National Army, was promising that his troops would be in the centre of Tripoli within days. On Saturday he sat in a Cairo palace endorsing a truce, after a week in which his forces were pushed out of the capital's southern suburbs, its airport and the town of Tarhuna, their main rear base in the west.

Aguila Saleh, the speaker of the eastern-based House of Representatives, who has in recent weeks positioned himself as a political alternative to the field marshal, sat on Mr Sisi's other side.

The declaration calls for all foreign mercenaries to leave Libya, for militias to be disbanded and their weapons handed over to the LNA, and for an elected presidential council with one member from each of the country's three regions. Egypt, the United Arab Emirates and Saudi Arabia swiftly welcomed it. Diplomats in several European capitals said privately that while any pause in the fighting was welcome, the text read more like a rescue package for Haftar than a compromise.

That is certainly how it was received in Tripoli. Officials of the Government of National Accord (GNA), the administration recognised by the United Nations, said they had no interest in a new initiative and that their forces would push on. By Saturday evening, pro-GNA units were moving along the coast road east of Misrata towards Sirte, the birthplace of Muammar Gaddafi, which Haftar's forces captured in January.

How we got here

Libya has had no single government since the NATO-backed uprising that toppled Gaddafi in 2011. Since 2014 the country has been split between authorities in Tripoli and in the east, each backed by a shifting patchwork of militias and foreign powers. The GNA was created under a UN-brokered agreement signed in Skhirat, Morocco, in December 2015, but the eastern parliament never endorsed it.

Haftar, a former Gaddafi-era officer who spent two decades in exile in the United States, built his LNA in Benghazi from 2014 with support from Egypt and the UAE. In April 2019 he marched on Tripoli, days before a planned UN national conference. The offensive stalled in the suburbs, but it was kept alive by Emirati drones, Russian mercenaries from the Wagner group and, according to UN investigators, a steady flow of weapons in breach of a 2011 arms embargo.

The decisive change came from Ankara. In November, President Recep Tayyip Erdogan signed two agreements with the GNA's leader, Fayez al-Sarraj: one on security and military cooperation, the other drawing a maritime boundary between the two countries that Greece, Cyprus and Egypt consider illegal. In January the Turkish parliament authorised a deployment. Turkish officers, armed drones, air defence batteries and, according to monitoring groups, several thousand Syrian fighters recruited from factions that Turkey supports in northern Syria followed.

A conference in Berlin in January, attended by Mr Erdogan, Vladimir Putin, Mr Sisi and European leaders, produced pledges to respect the embargo that were broken almost immediately. In spring, with the world's attention on the coronavirus, the GNA went on the offensive. Coastal towns west of Tripoli fell in April; the al-Watiya air base near the Tunisian border, Haftar's main air hub in the west, was taken on May 18. Late in May, the United States military said Russia had flown fighter jets to Libya via Syria.

On Thursday Mr Sarraj was in Ankara, where Mr Erdogan promised more support and said there was no place for Haftar at the negotiating table. Hours earlier the GNA had announced that the whole of greater Tripoli was back under its control.

What Cairo wants

For Egypt, which shares a 1,200km border with Libya, the priority is to keep Turkish influence and what Cairo regards as Islamist-leaning militias away from its western frontier. Mr Sisi said on Saturday that Libya's security was part of Egypt's own, and warned that insisting on a military solution would endanger the whole region.

The timing of the initiative is not accidental. With the LNA in retreat, its backers have an interest in freezing the front line before the GNA can reach Sirte and, beyond it, the oil terminals of the so-called oil crescent and the al-Jufra air base in the centre of the country, where Western officials say Russian aircraft are now parked. Haftar-aligned groups have blocked most of Libya's oil exports since January.

Whether anyone in Tripoli is listening is another matter. Commanders there are buoyed by weeks of victories, and Turkish officials have said repeatedly that Haftar cannot be part of a future settlement. The United Nations, whose envoy Ghassan Salamé resigned in March, has been trying to revive talks between military officers from both sides.

A ceasefire that freezes the conflict along a line that still leaves Haftar in control of the east and the oil fields may well be the best either side can now get. But for the moment, the fighting is moving east, not stopping.
"""),
# ---------------------------------------------------------------- E3
dict(
group="turkish_delegation_cavusoglu_albayrak_visits_tripoli_2020_06_17",
published="2020-06-17",
outlet="Al-Mashhad Al-Arabi (translated)",
title="High-level Turkish delegation arrives Tripoli and meets al-Sarraj",
text="""
Tripoli - Al-Mashhad

A high-level Turkish delegation arrived today Wednesday to the Libyan capital Tripoli in a visit that was not announced before, headed by the Foreign Minister Mevlut Cavusoglu, and including the Minister of Treasury and Finance Berat Albayrak and the head of the National Intelligence Organization Hakan Fidan, as well as the spokesman of the Turkish Presidency Ibrahim Kalin, according to what was reported by media of the Government of Al-Wefaq.

The head of the Presidential Council of the Government of Al-Wefaq, Fayez al-Sarraj, received the Turkish delegation in the presence of the Foreign Minister Mohamed Taher Siala, and it was discussed the development of the bilateral relations and the latest developments in the country, and the cooperation between the two sides in the economic and energy fields.

The delegation also met the head of the so-called High Council of State Khaled al-Mishri.

And the media office of the Presidential Council said in a statement that the meeting discussed "the means to achieve a lasting ceasefire and the political solution", without giving more details.

The visit comes days after the postponement of a visit that was planned for the Russian foreign and defence ministers Sergei Lavrov and Sergei Shoigu to Istanbul last Sunday, to discuss the Libyan file with the Turkish side.

It is worth mentioning that the forces of the Government of Al-Wefaq, backed by Turkey, had taken control at the beginning of this month of all the areas of the western region, after the withdrawal of the forces of the Libyan National Army led by Marshal Khalifa Haftar from the surroundings of Tripoli and Tarhuna, and the forces of Al-Wefaq are now massed west of the city of Sirte.

It is also worth mentioning that Egypt had announced earlier this month the "Cairo Declaration" initiative, which called for a ceasefire starting from the eighth of June, and which was rejected by the Government of Al-Wefaq and by Ankara.

Read also
- Egyptian Foreign Ministry: we follow with concern the mobilization near Sirte
- The Libyan parliament calls on the Arab League to an emergency meeting
- Oil: the closure of the ports cost more than 5 billion dollars
"""),
dict(
group="turkish_delegation_cavusoglu_albayrak_visits_tripoli_2020_06_17",
published="2020-06-18",
outlet="Hilal News Agency (English Service)",
title="FM Çavuşoğlu: Visit to Tripoli reaffirmed strongly that Turkey stands with Libya",
text="""
ANKARA

Libya warmly welcomed the visit of a high-level Turkish delegation on Wednesday, Foreign Minister Mevlüt Çavuşoğlu said late in the day, stressing that the purpose of the trip was to reaffirm strongly that Turkey stands by Libya.

Çavuşoğlu travelled to Tripoli on the instruction of President Recep Tayyip Erdoğan together with Treasury and Finance Minister Berat Albayrak and National Intelligence Organization (MIT) head Hakan Fidan. The delegation was received by Prime Minister Fayez al-Sarraj of the legitimate Government of National Accord.

Speaking to reporters after returning to Ankara, Çavuşoğlu said the two sides had discussed how to further improve bilateral ties, the steps to be taken in the Mediterranean in the field of energy under the memorandum of understanding on maritime jurisdiction areas, and what needs to be done to achieve a permanent ceasefire and a political solution.

"We also discussed how we will continue our work within the framework of the United Nations," he said.

Recalling the mass graves found in the city of Tarhuna after its liberation from Haftar's militias, Çavuşoğlu said Turkey supports Libya's efforts to bring the issue before the International Criminal Court. "Those responsible for these inhumane massacres must be held to account," he said.

The minister also said Turkish companies' projects and investments in Libya had been interrupted by the war and that the economic aspect of the relationship had been on the agenda.

The delegation also met Libyan Foreign Minister Mohamed Siala and High Council of State Chairman Khalid al-Mishri.

The visit came as the Libyan army continues preparations around Sirte, and days after Çavuşoğlu described the so-called Cairo initiative announced on June 6 as "stillborn", saying a ceasefire proposed only when Haftar was losing on the ground could not be taken as sincere.

Turkey and Libya signed memoranda of understanding on security and military cooperation and on maritime jurisdiction on Nov. 27, 2019.
"""),
dict(
group="turkish_delegation_cavusoglu_albayrak_visits_tripoli_2020_06_17",
published="2020-06-17",
outlet="MENA Daybook (live)",
title="Middle East live: Turkish ministers land in Tripoli; Ankara opens Claw-Tiger in Iraq; Caesar Act sanctions kick in",
text="""
MENA Daybook - Wednesday 17 June - live updates. All times GMT. Refresh for latest.

18:40 - That's it for today's live coverage. Main points:
* A senior Turkish team led by Foreign Minister Mevlut Cavusoglu held unannounced talks in Tripoli with GNA leader Fayez al-Sarraj.
* Turkey began a ground operation, dubbed Claw-Tiger, against PKK positions in northern Iraq.
* US sanctions on Syria under the Caesar Act came into force.

17:55 - Libya: Cavusoglu says the Tripoli visit was meant to show "strongly" that Ankara stands by the GNA. The talks covered a lasting ceasefire, a political process under the UN and energy cooperation in the eastern Mediterranean, he tells Turkish reporters. He also backed GNA moves to take the Tarhuna mass graves to the International Criminal Court.

16:20 - Italy: The Turkish foreign ministry says Italian Foreign Minister Luigi Di Maio's visit to Ankara, which had been planned for today, has been pushed back to Friday.

14:05 - Syria: The first designations under the US Caesar Syria Civilian Protection Act are expected today. The law allows sanctions on anyone, including foreign companies, doing business with the Assad government. Lebanese importers and traders have been bracing for the impact.

12:30 - Libya, more detail: Pictures released by the GNA show Sarraj greeting Cavusoglu, Treasury and Finance Minister Berat Albayrak and intelligence chief Hakan Fidan in Tripoli. Some reports also put presidential spokesman Ibrahim Kalin in the delegation. The party also met GNA Foreign Minister Mohamed Siala and High Council of State head Khalid al-Mishri.

Context: the trip is the most senior Turkish visit to Libya since GNA forces, backed by Turkish drones and advisers, pushed Khalifa Haftar's LNA out of western Libya earlier this month. A visit to Turkey by Russian Foreign Minister Sergei Lavrov and Defence Minister Sergei Shoigu, planned for Sunday, was postponed at the last minute.

10:15 - Iraq: Turkey's defence ministry says commandos, backed by air and artillery, have been inserted into the Haftanin area of northern Iraq in an operation named Claw-Tiger, following air strikes launched on Monday. Baghdad summoned the Turkish ambassador over the earlier air strikes.

09:00 - Libya: Reports from Tripoli that a Turkish government plane has landed at Mitiga airport. Libyan media say Cavusoglu is on board. More soon.

08:30 - Good morning and welcome to the MENA Daybook.
"""),
]
