G = "lna_strikes_misrata_air_college_cargo_plane_2019_08_05"

ARTICLES = [
dict(group=G, published="2019-08-06", outlet="Emirates Horizon",
title="LNA air force destroys Turkish cargo plane and arms depots at Misrata air college",
text="""Emirates Horizon - Abu Dhabi

LNA air force destroys Turkish cargo plane and arms depots at Misrata air college

The air force of the Libyan National Army (LNA) carried out a series of precision strikes late on Monday on the Air Force College in Misrata, destroying a cargo aircraft that had just landed from Turkey loaded with weapons and ammunition for the militias, the army's General Command said.

The LNA said in a statement that its aircraft had carried out five strikes on the college, which the militias of the so-called Government of National Accord use as a base for Turkish drones and as a depot for military supplies arriving from Turkey. The strikes destroyed an Ilyushin Il-76 transport plane minutes after it landed, as well as storage sites for ammunition and drones, the statement said.

Major General Mohamed al-Manfour, commander of the LNA's air operations room, said the aircraft had arrived from Turkey carrying weapons, ammunition and equipment for the Turkish drones that have been attacking the army's positions south of Tripoli. Residents of Misrata reported a series of loud secondary explosions and a large fire at the site after the strikes.

The army called on the people of Misrata to stay away from military sites that it said the militias were using, and warned that any aircraft or ship carrying weapons to the militias would be considered a legitimate target.

Ukrainian officials said the aircraft belonged to a private Ukrainian company and had been carrying civilian cargo, but army sources said the same plane had been tracked on several previous flights between Turkish airports and the militia-held airports of Misrata and Mitiga, and that its cargo had been unloaded into the college's hangars before the strike.

The Italian armed forces, which have run a military field hospital near the Misrata airport since 2016, said on Tuesday that none of their personnel or facilities had been affected.

It was the second time in less than two weeks that the LNA has struck the air college. In late July, the army said it had destroyed a Turkish air defence system and drone control equipment at the same site, in the first strikes on Misrata since the start of the operation to liberate Tripoli in April.

The strikes came as the army widened its air campaign against the militias' supply lines. On Friday, the army said its aircraft had struck militia forces at Saddada, Al-Shwerif and Al-Kararim that it said were preparing to attack the Jufra airbase.

The LNA has repeatedly accused Ankara of turning Misrata and Tripoli's Mitiga airport into bases for Turkish drones and of flying in weapons in violation of the UN arms embargo. In June, the General Command ordered its forces to treat Turkish ships, companies and military assets in Libya as hostile targets after Turkish drones supported the militia attack on Gharyan.

Related

Mismari: Turkish officers are running drone operations from Misrata
Arab Quartet reaffirms support for the Libyan army
LNA strikes militia columns near Saddada"""),

dict(group=G, published="2019-08-07", outlet="Armour & Airpower Monitor",
title="Il-76 destroyed at Misrata: Libya's air war turns on the supply lines",
text="""ANALYSIS | Air | 7 August 2019

Il-76 destroyed at Misrata: Libya's air war turns on the supply lines

Late on Monday 5 August, a four-engined Ilyushin Il-76TD freighter touched down at the airfield shared by Misrata's civil airport and the Libyan Air Force College. Shortly afterwards it was struck from the air and burned out on the apron. Video released by the eastern-based Libyan National Army (LNA) shows the impact followed by secondary explosions, and the LNA claimed five strikes on the site in total, including on what it described as ammunition and drone storage facilities.

The accounts of what the aircraft was carrying diverge sharply. The LNA says the Il-76 had flown in from Ankara with weapons, ammunition and drone equipment for forces aligned with the Government of National Accord (GNA). Ukraine's foreign ministry, which confirmed that the aircraft belonged to a private Ukrainian operator, said it was carrying humanitarian cargo and that members of the crew had been lightly injured. Flight-tracking enthusiasts had previously logged the same airframe on flights between Turkey and western Libya. None of these claims can be independently verified.

Why Misrata

Misrata has become the logistical heart of the GNA's war effort and, by most accounts, of Turkey's support to it. Its port and airfield are far enough from the Tripoli front to be out of artillery range, and the air college has been widely reported as a base for the Turkish-made Bayraktar TB2 drones that began appearing over the battlefield in late spring. The strike was the second on the college in under two weeks: on 26-27 July the LNA hit the site, claiming to have destroyed an air defence system and drone ground equipment, while GNA sources said there had been little damage.

The two sides are now clearly hunting each other's airlift. In late July, pro-GNA forces said they had struck the LNA's Jufra airbase in central Libya, where Il-76s have been delivering supplies for Haftar's forces, and the LNA's Misrata raid was presented by pro-GNA media as retaliation. Both sides rely heavily on chartered Soviet-era freighters, many operated by companies from the former Soviet Union, to move matériel in defiance of the UN embargo.

The precision question

The LNA has described the Misrata strikes as the work of its own air force. Analysts, and previous reports by the UN panel of experts, attribute the LNA's capacity for precision night strikes to Chinese-made Wing Loong drones operated with foreign assistance, widely understood to be Emirati. The Tripoli government has long accused the United Arab Emirates of flying strike missions in support of Haftar, which Abu Dhabi has not addressed publicly.

The risk of escalation is not limited to the Libyan parties. Italy runs a military field hospital at Misrata with around 300 personnel; its defence staff said on Tuesday that none of its people or facilities had been affected. A strike that hit foreign personnel, or a civilian airliner using the same runway, would change the diplomatic calculus immediately.

What to watch

Expect the LNA to continue targeting Misrata and Mitiga, which it describes as Turkish drone bases, and expect further GNA attempts on Jufra. The Tripoli front itself remains largely static, but the air campaign is widening: the LNA's strike on the southern town of Murzuq on 4 August, which local officials say killed more than 40 people, shows how far its reach now extends.

Members can access our Libya air-order-of-battle tracker and the full Il-76 movement log."""),
]

G2 = "rockets_kill_worker_at_mitiga_airport_2019_08_15"

ARTICLES += [
dict(group=G2, published="2019-08-15", outlet="Agence Continentale de Presse",
title="Rocket fire kills worker at Tripoli airport, flights diverted",
text="""Tripoli (ACP) - Rockets struck Mitiga airport in the Libyan capital on Thursday, killing one airport employee and wounding two others, the airport's management and the unity government said, forcing flights to be diverted to Misrata.

Photos posted by pro-government media showed smoke and flames rising from near the runway. The airport, the only one functioning in Tripoli, halted traffic and diverted incoming flights to Misrata, some 200 kilometres (125 miles) to the east.

The Government of National Accord (GNA) blamed forces loyal to eastern strongman Khalifa Haftar, which have repeatedly targeted the airport during their four-month offensive on the capital, claiming to be hitting Turkish drones operating from its military section.

Mitiga was also hit by rocket fire on Sunday morning, the first day of the Eid al-Adha holiday, breaching a truce both sides had accepted for the feast.

Earlier on Thursday, Haftar's forces carried out air strikes on the airport in the western coastal town of Zuwara, saying they had destroyed hangars used by Turkish drones.

ACP-rb/ach"""),

dict(group=G2, published="2019-08-16", outlet="Libya Free Voice",
title="Mitiga Airport employee killed in Haftar's Grad rocket attack",
text="""Mitiga Airport employee killed in Haftar's Grad rocket attack

August 16, 2019 - 11:05
Posted in: News
Written By: Libya Free Voice staff

An employee of Mitiga International Airport was killed and two others were injured on Thursday when Grad rockets fired by Khalifa Haftar's forces hit the airport in Tripoli, the airport administration said.

The administration said the rockets fell inside the airport grounds and near the runway, causing a fire, and that air traffic was immediately suspended and incoming flights redirected to Misrata International Airport.

The Volcano of Rage Operation's media office published photos of the fire on the runway and said Haftar's forces had fired the rockets from their positions south of the capital.

Passengers who were waiting in the departure hall were evacuated, and Libyan Airlines and Afriqiyah Airways announced that their flights would operate from Misrata until further notice, the administration said.

The attack was the latest of more than a dozen attacks on Mitiga since Haftar launched his war on Tripoli on April 4, and came only four days after the airport was shelled on the first day of Eid al-Adha, in violation of the Eid truce announced by the UN mission.

Haftar's spokesman Ahmed Al-Mismari has repeatedly claimed that his forces target only the military part of the airport, which he says is used by Turkish drones. Airport staff and passengers say the rockets have landed near the terminal and civilian planes.

Also on Thursday, Haftar's warplanes attacked Zuwara airport, west of Tripoli, hitting two hangars. Al-Mismari claimed the hangars were used for Turkish drones and said any location dealing with a foreign party was a legitimate target.

Related Articles
- UNSMIL condemns attacks on civilian airports
- Libyan Army repels Haftar's attack on Al-Sawani axis

Back to top button"""),
]

G3 = "shelling_hits_pilgrim_plane_closes_mitiga_2019_09_01"

ARTICLES += [
dict(group=G3, published="2019-09-01", outlet="Meridian Wire",
title="Shelling shuts Tripoli airport, pilgrims among wounded",
text="""TRIPOLI (Meridian) - Tripoli's Mitiga airport, the only functioning airport in the Libyan capital, was closed on Sunday after it was hit by artillery fire overnight, wounding several people including pilgrims returning from the haj, officials said.

A media officer for the internationally recognised Government of National Accord (GNA) said four people had been wounded, three of them pilgrims. A doctor at the nearby Mitiga hospital said it had received one young girl with injuries.

Photographs posted on social media showed damage to a passenger jet operated by Libyan Airlines that had brought pilgrims back from Saudi Arabia. Several cars parked at the airport were also damaged, a Meridian witness said. Flights were diverted to Misrata, about 200 km (125 miles) east of Tripoli.

It was not immediately clear who fired the shells. The GNA blamed the eastern-based Libyan National Army (LNA) of Khalifa Haftar, which has previously carried out air strikes on the airport saying it was targeting Turkish drones operating from its military section. The LNA has denied targeting civilians.

The U.N. mission in Libya condemned the attack in the strongest terms, saying four projectiles had struck civilian parts of the airport and that it was the seventh time since the end of July that Mitiga had been hit by indiscriminate shelling.

Mitiga has been hit repeatedly in recent weeks, forcing it to suspend flights for hours at a time. On Aug. 15 an airport employee was killed by rocket fire, and on Aug. 24 a rocket landed as two passenger jets, one carrying pilgrims from Medina, were coming in to land.

Libya has been split since 2014 between rival camps in Tripoli and the east, and has had no stable central authority since the NATO-backed revolt that toppled Muammar Gaddafi in 2011. Haftar's LNA, allied to a parallel administration in the east, launched its offensive on Tripoli on April 4 but has been held on the southern edges of the capital.

Mitiga, the former Wheelus air base used by U.S. forces until 1970, became Tripoli's only civilian airport after Tripoli International Airport was wrecked in fighting between rival armed groups in 2014. Its closure forces travellers to make a journey of several hours along the coast road to Misrata, passing through areas where fighting has flared.

Libyan carriers have been flying thousands of pilgrims home from Saudi Arabia since the end of the haj in mid-August.

The fighting has killed more than 1,000 people, according to the World Health Organization, and displaced more than 120,000.

The Tripoli government is backed by Turkey, which has supplied armoured vehicles and drones, while the LNA has support from the United Arab Emirates and Egypt, diplomats say. The LNA denies receiving foreign military help.

(Reporting by Meridian correspondents in Tripoli; Writing by Tom Halvorsen; Editing by Peter Lund)"""),

dict(group=G3, published="2019-09-01", outlet="Official Statements Wire",
title="UNSMIL condemns shelling of Mitiga airport that hit plane carrying pilgrims",
text="""OFFICIAL STATEMENTS WIRE - Full text of statements as issued

Source: United Nations Support Mission in Libya (UNSMIL)
Dateline: Tripoli, 1 September 2019
Category: Conflict / Civilian infrastructure

UNSMIL CONDEMNS THE SHELLING OF MITIGA AIRPORT

The United Nations Support Mission in Libya condemns in the strongest possible terms the indiscriminate shelling of Mitiga International Airport in Tripoli in the early hours of today, Sunday 1 September 2019.

According to information received by the Mission, four projectiles struck the civilian parts of the airport, one of which hit an aircraft carrying pilgrims who had just returned from performing the Hajj in Saudi Arabia. Several people were injured, including pilgrims.

This attack terrorised passengers and airport staff alike. It constitutes a direct threat to the lives of pilgrims and other civilian passengers and cannot be justified under any pretext.

This is the seventh occasion since the end of July 2019 that Mitiga airport has been hit by indiscriminate shelling. These attacks are designed to sow fear, create chaos and disrupt operations at the only working airport in the Libyan capital.

UNSMIL reminds all parties that attacks on civilians and civilian objects are prohibited under international humanitarian law and may amount to war crimes. The Mission is working to document the incident and will share its findings with the competent authorities.

-ENDS-

About this service: Official Statements Wire republishes statements from governments, international organisations and companies in full as received. Statements are not edited for content. For media enquiries, contact the issuing organisation."""),

dict(group=G3, published="2019-09-02", outlet="Al-Mourasil Net",
title="Suspension of flights at Mitiga airport until further notice after the shelling of yesterday Sunday",
text="""Al-Mourasil Net - Libya

Suspension of flights at Mitiga airport until further notice after the shelling of yesterday Sunday

The Civil Aviation Authority in Tripoli announced, today Monday, the suspension of air traffic at Mitiga International Airport until further notice, after the airport was subjected to shelling yesterday Sunday that wounded a number of people and damaged a civilian plane.

The head of the authority, Nasr al-Din Shaeb al-Ain, said that all flights were transferred to Misrata International Airport, which is about 200 kilometers east of the capital, for security reasons.

The Ministry of Health of the Government of Accord had said that four people were wounded in the shelling, among them three pilgrims who had returned on a plane of the Libyan Airlines company from the holy lands after performing the Hajj rituals. Pictures circulated on social media showed damage in the body of the plane and in cars in the parking of the airport.

The United Nations mission in Libya condemned the shelling "in the strongest terms", saying that four shells fell on the civilian parts of the airport, and that it was the seventh time since the end of July that the airport is targeted.

The Government of Accord accused the forces of the General Command led by Marshal Khalifa Haftar of carrying out the shelling, while the latter denied its responsibility.

It is worth mentioning that Mitiga airport, which is a former military base, became the only airport working in the capital after the destruction of Tripoli International Airport in the battles of 2014, and it was targeted tens of times since the beginning of the military operation on Tripoli on the fourth of April last.

For their part, passengers expressed their anger at the transfer of flights to Misrata airport, which requires a trip of more than three hours by land on the coastal road, especially for patients travelling abroad for treatment.

It is worth mentioning also that the airport had suspended its flights for hours on the 24th of August past after a rocket fell in its vicinity during the landing of two planes, one of them carrying pilgrims coming from Medina.

Read also: The Red Crescent evacuates families from the Salah al-Din axis

Read also: Al-Mismari: We target only the military part of Mitiga airport

Share this:
Facebook
Twitter
WhatsApp"""),
]
