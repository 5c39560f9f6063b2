# Event: gna_captures_watiya_air_base_2020_05_18
G = "gna_captures_watiya_air_base_2020_05_18"

BG_MWS = ("Libya has had no stable central authority since a NATO-backed uprising toppled Muammar Gaddafi in 2011, "
          "and since 2014 it has been divided between rival administrations in Tripoli and the east. Haftar's LNA, "
          "backed by the United Arab Emirates, Egypt and Russia, began its assault on the capital in April 2019. "
          "Turkey has sent drones, military advisers and allied Syrian fighters to support the GNA.")


BG_MWS2 = ("Foreign powers have poured weapons and fighters into the conflict despite a UN arms embargo. At a summit in Berlin in January, "
           "the countries involved pledged to respect the embargo and stop interfering, but UN officials say those commitments have been widely ignored.")

ARTICLES = [
dict(group=G, published="2020-05-18", outlet="Maghreb Wire Service",
title="Libya's Tripoli government captures key airbase from Haftar forces",
text="""TRIPOLI (MWS) - Forces allied to Libya's internationally recognised government said on Monday they had captured al-Watiya airbase, the last major stronghold of eastern commander Khalifa Haftar in the west of the country, in a significant setback for his 13-month campaign to seize the capital.

Osama al-Juwaili, commander of the western military region of the Government of National Accord (GNA), said his forces had entered the base in the morning and taken complete control of it. Footage posted by the GNA showed fighters walking along the runway and among hangars.

"We proudly announce the liberation of al-Watiya," GNA Prime Minister Fayez al-Serraj wrote on Twitter, adding that the victory was not the end of the battle but brought closer the day when all Libyan cities would be free.

A GNA spokesman said government forces had found a Russian-made Pantsir air defence system at the base, and said it had been supplied to Haftar's Libyan National Army (LNA) by the United Arab Emirates. The UAE has not commented on such accusations in the past.

There was no immediate comment from the LNA. A military source in the east said the defenders had pulled out overnight after days of drone strikes and that the base had been largely emptied of useful equipment beforehand.

Al-Watiya lies about 140 km (87 miles) southwest of Tripoli near the Tunisian border. It is one of the largest airfields in the country and had been held by forces now aligned with the LNA since 2014. Over the past week GNA forces, supported by Turkish drones, had tightened a siege on the base and struck air defences and supply convoys around it.

The capture gives the GNA control of almost all of the northwest, a month after it took the coastal towns of Sabratha and Surman. GNA officials said their next target would be Tarhuna, southeast of Tripoli, which is the LNA's main supply hub for the front in the capital's southern suburbs.

Turkish President Tayyip Erdogan spoke to Serraj by telephone on Monday, his office said, and discussed the latest developments.

The LNA fired rockets at Tripoli's Mitiga airport on Monday, according to GNA officials, who have accused Haftar's forces of targeting the only functioning airport in the capital with increasing frequency in recent weeks.

""" + BG_MWS + "\n\n" + BG_MWS2 + """

(Reporting by Ayman Werfalli in Tripoli; Additional reporting by Hend Saadi in Cairo; Writing by Tom Arkwright; Editing by Philippa Crane)"""),

dict(group=G, published="2020-05-18", outlet="Gundem Manset",
title="Libya Ordusu Vatiyye Hava Üssü'nü darbeci Hafter'den geri aldı / Libya army took back Al-Watiya Air Base from putschist Hafter",
text="""Gündem Manşet - English (auto-translated)

Libya Army took back Al-Watiya Air Base from putschist Hafter

The legitimate government of Libya's UMH (Ulusal Mutabakat Hükümeti, Government of National Accord) forces announced that it have taken the Al-Watiya Air Base which is of strategic importance from the militia of coup leader Hafter control.

Libya Army Western Region Commander Usame Cuveyli said in the statement made in the morning hours that the air base was completely under their control. Cuveyli said that the militia of Hafter escaped from the base under the heavy operations of the army and many weapons and ammunitions was seized.

Volkan Öfkesi (Burkan el-Gadab) Operation spokesman Mustafa el-Mecai stated, that Russian made Pantsir air defence system which was given by BAE (United Arab Emirates) to Hafter was also captured in the base.

It was learned that the Libya Army had made intense air operations to the base in last days and destroyed air defence systems of Pantsir type and one Wing Loong type armed UAV (İHA) which was given from BAE to putschists.

Başbakan Fayiz es-Serrac shared message from social media account that the liberation of Vatiyye is a big victory but the battle is not over and the day of the big victory is close when all cities of Libya will be free.

Vatiyye Air Base is located 140 kilometer southwest of capital Trablus and it was under the control of putschist Hafter since 2014 and it was used as most important headquarters for attacks to west region. It is also evaluated that after the base, the direction of the army will be to Terhune city.

Cumhurbaşkanı Erdoğan had phone talk with Serrac today and the developments in Libya were discussed, according to Communication Directorate.

Libya Army had liberated the coastal cities Sabratha and Surman and many towns in the west at 13 April, and so the base was surrounded from north. After this the militias of Hafter had intensified the attacks with rockets to the residential areas of Trablus and to Mitiga Airport which is the only airport working in the capital, and civilians lost their lives.

Türkiye and Libya had signed memorandum of understanding about security and military cooperation in November 2019, and TBMM (Turkish parliament) approved the sending of soldiers to Libya in January. The UAV (İHA) of Libya Army is playing big role in the operations against putschists, according to the experts.

Libya has been under the attack of Hafter's militias since April 2019 and more than 1000 people lost their lives. The government had launched Barış Fırtınası (Peace Storm) operation in 26 March against attacks.

ETİKETLER: Libya, Hafter, Vatiyye, UMH, Trablus

Yorum yaz / Write comment

Bu web sitesi çerezleri kullanmaktadır. Kabul et"""),

dict(group=G, published="2020-05-18", outlet="Middle East Daybook",
title="Libya live: Tripoli government forces take al-Watiya airbase",
text="""Libya live: Tripoli government forces take al-Watiya airbase

Monday 18 May 2020. This page is updated throughout the day. All times local (GMT+2).

18:40 - That is where we will leave today's coverage. To recap: Forces of the Government of National Accord (GNA) have taken al-Watiya airbase, the main base of Khalifa Haftar's Libyan National Army (LNA) in western Libya, after weeks of siege and drone strikes. The LNA has not yet commented officially. The GNA says its next objective is Tarhuna.

17:55 - Turkey's presidency says Recep Tayyip Erdogan and GNA prime minister Fayez al-Sarraj spoke by phone this afternoon about Libya and about their bilateral agreements. No detail yet. Turkish drones have been central to the offensive on Watiya.

16:20 - Residents in Tripoli report loud explosions near Mitiga airport. GNA officials blame LNA Grad rockets. We have no word on casualties.

15:10 - Further east, Libyan monitors report GNA-aligned drone strikes on fuel tankers north of the LNA-held Jufra airbase in central Libya, and on two air defence vehicles near Sirte airport. The GNA has not confirmed the Jufra strike.

14:05 - GNA forces say they found an intact Russian-made Pantsir-S1 truck-mounted air defence system at the base. The government says it was delivered to the LNA by the UAE. Pictures circulating online appear to show the vehicle on a German-made chassis. This is the same type of system the GNA says its drones destroyed around Watiya over the weekend.

12:30 - Why it matters: Watiya was the LNA's only major air facility in western Libya. Without it, Haftar's aircraft must fly from Jufra, hundreds of kilometres away, and his forces on the southern edge of Tripoli depend on a single supply line through Tarhuna.

11:15 - Fayez al-Sarraj on Twitter: he says the GNA "proudly" announces the liberation of Watiya and that the battle is not over. He calls it a step toward the day all Libyan cities are free.

10:40 - According to Libyan monitors, LNA units appear to have withdrawn in the early hours before GNA forces drove in. There are no reports of heavy fighting inside the base itself this morning.

09:20 - GNA western region commander Osama al-Juwaili says his forces are in full control of al-Watiya. Videos show fighters on the runway, firing into the air.

08:50 - Good morning. We are following reports from western Libya that forces loyal to the Tripoli government have entered al-Watiya airbase, about 140 km southwest of the capital, which the LNA has held since 2014.

Background: The GNA launched "Operation Peace Storm" on 25 March, initially failing to take Watiya. In April it took Sabratha and Surman, opening the coastal road to Tunisia and cutting the base off. The LNA declared a Ramadan truce at the end of April, which the GNA rejected.

Share this:
Twitter
Facebook
Email"""),

dict(group=G, published="2020-05-20", outlet="Defence Horizons Weekly",
title="Analysis: Al-Watiya's fall exposes LNA air defence gap as Turkish drones dominate western Libya",
text="""By Marcus Feldman, Land and Air Systems Editor

The capture of al-Watiya airbase by forces of Libya's Government of National Accord (GNA) on 18 May removed the Libyan National Army (LNA) from its only significant air facility in the northwest and capped a sustained suppression campaign in which Turkish-operated unmanned aircraft systematically degraded the LNA's layered air defences.

Watiya, known to the LNA as Uqba bin Nafi airbase, sits roughly 140 km southwest of Tripoli and about 25 km from the Tunisian border. Its long runways and hardened aircraft shelters, built in the Gaddafi era, made it the natural hub for any LNA air operations over western Libya. It had been in the hands of Zintan-aligned forces, later part of the LNA coalition, since August 2014.

The GNA's first attempt to take the base, on 25 March at the opening of its "Peace Storm" operation, failed. What changed over the following seven weeks was the air picture. After the GNA took Sabratha and Surman on 13 April, the base could be supplied only by long desert routes, and GNA-aligned armed drones - widely reported to be Turkish Bayraktar TB2s operated from Tripoli - began striking convoys and static defences almost daily.

The key targets were the LNA's Pantsir-S1 combined gun and missile systems. UN experts and open-source researchers have linked the Pantsirs in Libya to the United Arab Emirates, which operates the type; images of the Libyan examples show them mounted on MAN heavy trucks, the configuration used by the UAE. In the days before the base fell, GNA spokesman Mohamed Gnounou announced the destruction of at least two Pantsir systems at or near Watiya, as well as a Chinese-made Wing Loong II drone on the ground. On the morning the base fell, the GNA also claimed a strike on a Pantsir south of Sirte.

A fully functioning Pantsir battery should be capable of engaging small, slow drones at the ranges involved. Its apparent vulnerability in Libya has several possible explanations that cannot yet be confirmed: the systems may have been operated by crews with limited training, may have lacked integration with early-warning radar, or may have been affected by electronic warfare. Turkish media have suggested Turkish jamming equipment was active in the area; Ankara has not confirmed its deployment.

On the morning of 18 May LNA defenders withdrew before GNA forces entered, according to local monitors, and GNA units recovered at least one intact Pantsir on its truck. LNA spokesman Ahmed al-Mismari said the following day that the withdrawal had been planned for months and that only obsolete equipment remained. The images released by the GNA suggest otherwise, at least for the air defence system.

The operational consequences are significant. Without Watiya, LNA aircraft supporting the fronts south of Tripoli must fly from al-Jufra in central Libya, some 500 km away, reducing time over target. The GNA, for its part, gains a large airfield out of range of most LNA artillery, which could in future host drones or, analysts in Ankara have speculated, Turkish combat aircraft.

The LNA's remaining position in the west now depends on Tarhuna, southeast of Tripoli, and the supply route running from it to Jufra. On 20 May the LNA announced it would pull back two to three kilometres on the Tripoli fronts, a move its spokesman attributed to the approaching Eid holiday.

Whether the air balance holds is an open question. Officials in Tripoli say they are watching for reinforcements of the LNA's air arm from abroad; any arrival of modern combat jets would add a new variable to a contest that has until now been fought largely with drones."""),
]
