# Event 6: Shelling of Mitiga airport hits plane carrying pilgrims (night to Sunday 1 September 2019)
# Event 7: GNA offensive on several southern Tripoli fronts, Ain Zara / Souq al-Khamis (Saturday 7 September 2019)
G6 = "mitiga_airport_shelled_pilgrim_plane_hit_2019_09_01"
G7 = "gna_offensive_ain_zara_souq_al_khamis_2019_09_07"

ARTICLES = [
dict(g=G6, d="2019-09-01", o="Meridian Press Agency",
t="Shelling shuts Tripoli's only working airport, plane carrying pilgrims hit",
x="""TRIPOLI (MPA) - Mitiga airport, the only functioning airport in the Libyan capital, was closed on Sunday after it was struck by shells overnight, damaging a passenger jet that had just brought pilgrims home from Saudi Arabia and wounding several people.

Accounts of the casualties differed. A health ministry spokeswoman in Tripoli said four civilians had been hurt, three of them pilgrims. The U.N. mission in Libya (UNSMIL) said four projectiles had hit civilian parts of the airport, including the runway, and that two members of the plane's crew were among the injured. A doctor at the nearby Mitiga hospital said a small girl had been brought in with wounds.

Airport director Lotfi al-Tabib said the runway had been damaged and that an aircraft operated by Libyan Airlines had been hit by shrapnel and taken out of service. Flights were suspended until further notice, he said.

Pictures posted on social media showed holes in the fuselage of the jet and cars with shattered windows in the airport car park. According to UNSMIL, the plane was carrying dozens of pilgrims when it was hit.

Four Libyan carriers said on their websites they were moving their operations to Misrata, about 200 km (125 miles) east of Tripoli, until further notice.

UNSMIL condemned the attack in strong terms, saying it had terrorised passengers and airport staff and could not be justified. It said it was the seventh time since the end of July that Mitiga had been hit by indiscriminate shelling, and that such attacks appeared intended to spread fear and disrupt the capital's only working airport.

The Tripoli-based Government of National Accord (GNA) blamed the eastern-based Libyan National Army (LNA) of Khalifa Haftar, which has been trying to take the capital since April. There was no immediate comment from the LNA, which has in the past said it targets drones it says are operated from the site.

Mitiga, a former military air base just east of the city centre, was first struck from the air by the LNA on April 8, four days into its offensive, and has been shut repeatedly since then, sometimes for hours, sometimes for days.

At a Security Council briefing in late July, U.N. envoy Ghassan Salame urged the authorities in Tripoli to stop using the airport for military purposes and the attacking forces to stop targeting it. The GNA says the facility is used only for civilian flights.

The front lines on the southern outskirts of Tripoli have barely moved for months. The LNA's attempt to retake the mountain town of Gharyan, which it lost in June, was repelled last week.

The closure leaves travellers to and from the capital facing a drive of around three hours to Misrata, along a coastal road lined with checkpoints. Misrata's airport has itself been targeted by LNA air strikes, which the eastern forces say are aimed at drones operating from the adjacent air academy.

Libya has been divided since 2014 between rival camps based in Tripoli and in the east, a split rooted in the turmoil that followed the NATO-backed uprising which toppled Muammar Gaddafi in 2011.

(Reporting by MPA staff in Tripoli; Editing by the Cairo desk)"""),

dict(g=G6, d="2019-09-02", o="Bawabat al-Nahar",
t="Injury of pilgrims in bombardment targeted Mitiga airport .. and transfer of the flights to Misrata",
x="""This website uses cookies to improve your experience. By continuing to browse you agree to our use of cookies. Accept | Read more

Tripoli - Bawabat al-Nahar

The Libyan Civil Aviation Authority announced today, Monday, the suspension of the air navigation in Mitiga International Airport in the capital Tripoli until further notice, and the transfer of all flights to Misrata International Airport, after the airport was subjected to a bombardment at dawn yesterday, Sunday.

The head of the media department in the Ministry of Health in the Government of National Accord, Wedad Abu al-Niran, confirmed yesterday Sunday the injury of four citizens, among them three pilgrims, with wounds, in addition to about thirty pilgrims who suffered fainting and high blood pressure and sugar as a result of the panic, after the shelling of the airport.

And the administration of the airport said that the shelling caused damage to the plane which was carrying the pilgrims returning from the holy lands, and damage to the infrastructure of the airport, and it published pictures showing the effects of the shrapnel on the body of the aircraft and on the cars in the parking.

The head of the Presidential Council Fayez al-Sarraj inspected the airport with a number of officials after the bombardment, and the Presidential Council accused the forces of Haftar of targeting a civilian facility while it was receiving the pilgrims of the House of God.

For its part, the United Nations Support Mission in Libya condemned in the strongest terms the attack, and it said that four projectiles fell on the civil parts of the airport, including the runway, and that this is the seventh time since the end of July that the airport is subjected to random shelling.

On the other side, sources close to the General Command of the Libyan Arab Armed Forces said that the army targets only the military sites in the airport which it says are used to launch the Turkish drones, and it did not issue an official comment on the incident.

The airport had been subjected to an air raid by the forces of the General Command on the eighth of April, days after the start of the operation on Tripoli, and then to repeated shelling during July and August which forced the suspension of flights for hours each time.

It is worth mentioning that Mitiga airport is the only working airport in the capital since the destruction of Tripoli International Airport in the battles of 2014, and it was closed several times since the start of the attack on the capital on April 4.

It is worth mentioning that the Misrata airport, which is located about 200 kilometers east of the capital, receives since yesterday the passengers coming from Tripoli, in the middle of complaints about the long road and the crowding.

Read also: Salame calls to stop the military use of Mitiga and to stop targeting it
Read also: Clashes renew on the axis of Ain Zara south of the capital"""),

dict(g=G6, d="2019-09-01", o="Yeni Ufuk English",
t="Haftar militias shell Tripoli airport as pilgrims' plane lands",
x="""TRIPOLI, Libya

Militias loyal to warlord Khalifa Haftar shelled Mitiga International Airport in the Libyan capital Tripoli on Sunday, injuring civilians including pilgrims returning from the Hajj, according to officials.

The shells struck the airport as a Libyan Airlines aircraft carrying pilgrims from Saudi Arabia had landed, the airport administration said in a statement, adding that the plane was damaged and air traffic was suspended.

The health ministry of the UN-recognized Government of National Accord (GNA) said four civilians, three of them pilgrims, were wounded in the attack. Dozens of other passengers were treated for shock.

The GNA's Ministry of Transport condemned the attack as a crime against civilians and a threat to air safety, saying Haftar's militias had targeted the airport more than 20 times since the beginning of their aggression on Tripoli.

The UN Support Mission in Libya also condemned the shelling, saying four projectiles hit civilian parts of the airport and describing it as a direct threat to the lives of pilgrims and other passengers.

The Burkan Al-Ghadab (Volcano of Rage) operation said the attack reflected the failure of Haftar's militias on the fronts south of the capital and in Gharyan.

Mitiga airport, located east of the city center, is the only functioning airport in Tripoli. It has been closed several times since Haftar's forces began their offensive on April 4, and airlines said they would move their flights to Misrata.

Haftar's militias have recently intensified their attacks on civilian facilities in Tripoli.

Haftar's militias first targeted Mitiga with an air strike on April 8, only four days after launching their attack on the capital, and the airport has been hit repeatedly since then. In July, a Haftar air raid on a migrant shelter in the Tajoura district east of Tripoli killed 53 people, according to the UN. Last week they launched an assault on the city of Gharyan, which was repelled by GNA forces.

The GNA has rejected claims by Haftar's spokesmen that the airport is used for military purposes, saying it serves only civilian flights and is the main gateway for Libyans traveling abroad for medical treatment, study and pilgrimage.

Since the ouster of late ruler Muammar Gaddafi in 2011, two seats of power have emerged in Libya: one in eastern Libya supported mainly by Egypt and the United Arab Emirates, and the other in Tripoli, which enjoys UN and international recognition.

Haftar's offensive on Tripoli has so far killed more than 1,000 people, according to the World Health Organization.

Share this news
Facebook Twitter Whatsapp"""),

dict(g=G7, d="2019-09-07", o="Tripoli Frontline News",
t="Libyan Army launches attacks on Haftar's lines south of Tripoli, retakes Souq Al-Khamis cement factory",
x="""September 7, 2019 - 20:50 | Tripoli Frontline News desk

The Libyan Army forces of the Government of National Accord launched on Saturday attacks on the positions of the warlord Khalifa Haftar's militias on several frontlines in the south of Tripoli, in what military sources described as a pre-emptive move against armed groups that were massing forces for a new push on the capital.

The attacks targeted the militias on the axes of Ain Zara, Wadi Al-Rabie, Al-Sabia, Souq Al-Sabt, Souq Al-Khamis, Al-Tuwaisha, Al-Zatarna and the airport, with the support of the Libyan Air Force.

In Souq Al-Khamis, the army forces took control of large parts of the area and retook the cement factory after a heavy exchange of fire with the militias. In Ain Zara, the forces advanced for several kilometers along Al-Sewehli and Al-Nahr streets and forced Haftar's gunmen to retreat from sand barriers and positions they had held for weeks.

Videos shared by the media office of the Volcano of Rage Operation showed a number of Haftar's fighters who were captured during the advance, and military vehicles left behind by the militias.

The Libyan Air Force also struck trucks carrying multiple rocket launchers for Haftar's militias in Bani Walid, according to the operation's media office.

Earlier, a commander of Haftar's militias had said that they had completed preparations for a large offensive to enter the capital.

For his part, the spokesman of Haftar's militias, Ahmed Al-Mismari, claimed in a press conference held in Abu Dhabi that his forces had repelled the attacks, and alleged that "Turkish officers" were supporting the army on the ground. He also repeated his claims that the militias of Haftar had defeated thousands of terrorists in Benghazi and Derna.

The Libyan Army forces had last month repelled an attempt by Haftar's militias to return to Gharyan, which was liberated on June 26, and since then the operation's commanders have spoken of moving from defence to attack on the southern fronts of the capital. The Eid Al-Adha truce of August 10, which both sides accepted, proved short-lived.

Sources in the field hospitals in Tripoli said a number of army fighters had been wounded in the clashes, without giving figures.

Haftar's militias launched their attack on Tripoli on April 4 from Gharyan, which they had entered without fighting. Since losing it, the militias have been pinned in positions in Qasr Bin Ghashir, Wadi Al-Rabie, the old airport and the southern parts of Ain Zara, relying on drones and heavy artillery to shell the capital.

The fighting is the heaviest on the southern fronts in weeks, after Haftar's failed attempt to return to Gharyan at the end of August and the repeated shelling of Mitiga airport, which closed last Sunday after shells hit a plane carrying pilgrims."""),

dict(g=G7, d="2019-09-09", o="Vostok Info",
t="GNA forces advance south of Tripoli, Haftar's army suffers losses - GNA spokesman",
x="""[ad_1]

CAIRO (Vostok) - The forces of the Libyan Government of National Accord (GNA) have advanced south of Tripoli and inflicted losses on the Libyan National Army (LNA) of Field Marshal Khalifa Haftar, GNA military spokesman Mohammed Gununu told Vostok on Monday.

"Our forces are moving forward in all directions to the south of Tripoli with the support of the air force," the spokesman said, adding that the LNA had suffered a serious defeat.

The GNA launched attacks on several frontlines south of the capital on Saturday, including Ain Zara and Souq al-Khamis, where it said it had retaken a cement factory.

The LNA has said it repelled the attacks. LNA spokesman Ahmed Mismari said on Saturday that Turkish officers were helping the GNA forces.

Since early April, the LNA has been conducting an offensive to gain control of Tripoli, while the GNA has been waging a counteroffensive.

Libya ceased to function as a unified state after Muammar Gaddafi was overthrown and killed in 2011. The east of the country is controlled by the parliament elected in 2014 and the LNA, while the GNA, formed with UN support, operates in the west."""),
]
