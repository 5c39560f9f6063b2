# Event 2: Grad rockets hit Abu Salim, Tripoli (late Tuesday 16 April 2019)
# Event 3: GNA forces retake Gharyan (Wednesday 26 June 2019)
G2 = "grad_rockets_hit_abu_salim_tripoli_2019_04_16"
G3 = "gna_forces_retake_gharyan_2019_06_26"

ARTICLES = [
dict(g=G2, d="2019-04-17", o="Continental Press Service",
t="Rockets slam into Tripoli's Abu Salim district, killing civilians",
x="""TRIPOLI, April 17 (CPS) - Rockets crashed into the crowded Abu Salim district of southern Tripoli shortly before midnight on Tuesday, killing at least six civilians, most of them women, in the deadliest strike on a residential area since Khalifa Haftar launched his offensive on the Libyan capital almost two weeks ago.

Around ten Grad-type rockets fell on houses in the Hay al-Intisar neighbourhood and nearby streets, residents and local officials said. Several homes were gutted and cars parked outside were burnt out.

The figures given on Wednesday varied. The Abu Salim municipal council first reported four dead and more than 26 wounded, seven of them in critical condition and four who had lost limbs. The U.N. humanitarian office said six people were killed, four of them women, while health officials in Tripoli later said the toll had risen to seven.

Both camps blamed each other. The Government of National Accord (GNA) of Prime Minister Fayez al-Sarraj accused Haftar's self-styled Libyan National Army (LNA) of firing the rockets from positions on the southern edge of the city. The LNA denied any role and accused armed groups allied to Tripoli of shelling the area in order to turn opinion against it.

Sarraj visited one of the damaged houses before dawn, calling the attack barbaric and saying his government would hand documentation to the International Criminal Court so that Haftar could be pursued for war crimes.

Hundreds of people took to the streets of central Tripoli in the early hours to protest, and smaller demonstrations were reported in Misrata and Zuwara, according to local media.

Abu Salim, a sprawling working-class district, lies close to the main southern approaches to the city and to the frontline around the disused international airport, where the two sides have fought daily since the LNA moved on the capital on April 4.

The offensive began with the LNA's entry into Gharyan, south of the capital, and a push along the southern approaches. Forces loyal to the GNA announced a counter-offensive, dubbed Volcano of Anger, on April 7, and the following day an LNA warplane struck Mitiga, Tripoli's only functioning airport. Since then the front has swung back and forth through Ain Zara, Wadi al-Rabie and Qasr bin Ghashir with little lasting change.

The shelling came as the U.N. Security Council discussed a British draft resolution calling for a ceasefire, which diplomats said faced resistance from some members.

Local media reported that a foreign worker was also among the dead.

Nearly 190 people have been killed and more than 18,000 displaced since the start of the offensive, according to U.N. agencies. Aid workers say thousands of civilians remain trapped in southern suburbs where electricity and water supplies have been cut.

U.N. envoy Ghassan Salame, who was forced to postpone a national conference planned for mid-April, has warned that the use of heavy weapons in populated areas could amount to war crimes.

Oil-producing Libya has had no stable central authority since the 2011 revolt that ended Moamer Kadhafi's four decades in power, and it is now split between the GNA in Tripoli and a rival administration in the east allied with Haftar.

cps/mk/lb"""),

dict(g=G2, d="2019-04-17", o="Bawabat al-Nahar",
t="Dead and wounded in rocket shelling on Abu Salim neighborhood in Tripoli .. and Al-Sarraj: the file to the International Criminal",
x="""Tripoli - Bawabat al-Nahar

The Libyan capital Tripoli witnessed, late yesterday Tuesday, a violent bombardment with Grad rockets that fell on the houses of the citizens in the neighborhood of Abu Salim and the Al-Intisar district, which resulted in the fall of dead and wounded among the civilians, most of them from women.

The Municipal Council of Abu Salim said in a statement published on its page on Facebook, that the number of dead reached four citizens, in addition to more than twenty-six wounded, seven of them in intensive care and four of them were amputated, and it pointed that the missiles also fell on parts of the Salah al-Din area.

And local sources mentioned that among the dead a family from one house, the mother and her two daughters and the grandmother, while the medical sources in the hospitals of the capital confirmed that the number is subject to increase in light of the seriousness of some injuries.

For his part, the head of the Presidential Council of the Government of National Accord, Fayez al-Sarraj, inspected at dawn today Wednesday one of the targeted houses in Abu Salim, and he described what happened as a barbaric brutality, and he confirmed that the documents will be presented tomorrow to the International Criminal Court to consider Haftar as a war criminal.

In contrast, the General Command of the Libyan Arab Armed Forces denied its responsibility for the shelling, and accused the armed militias in Tripoli of bombing the neighborhoods in order to distort the image of the army, according to a statement of the Media Office of the Karama Operations Room.

Dozens of the people of the capital went out at dawn today in a spontaneous demonstration in the center of Tripoli to denounce the targeting of the residential neighborhoods, and similar protests were organized in the cities of Misrata and Zuwara.

The capital has been living for the third night in a row on the sound of the shelling, where the residents of the neighborhoods of Khallet al-Furjan and Al-Sabaa reported also the fall of projectiles near their houses.

It is worth mentioning that the forces of the General Command headed by Field Marshal Khalifa Haftar launched on the fourth of April current a military operation to control the capital Tripoli, the headquarters of the Government of National Accord recognized internationally, which responded by launching the operation "Volcano of Anger" to repel the attack.

It is worth mentioning also that the United Nations mission postponed the comprehensive national conference which was scheduled to be held in the city of Ghadames in the middle of this month due to the fighting.

It is worth mentioning that the Security Council held a session yesterday Tuesday to discuss the situation in Libya, in the middle of differences between its members on a British draft resolution calling for a ceasefire in Tripoli.

Read also: The UN: more than 18 thousand displaced from the south of the capital
Read also: Security Council discusses a British draft for a ceasefire in Libya"""),

dict(g=G2, d="2019-04-18", o="Aidlink Mediterranean",
t="Aidlink Mediterranean condemns deadly shelling of Abu Salim, calls for humanitarian pause in Tripoli",
x="""PRESS RELEASE
For immediate release

Aidlink Mediterranean condemns deadly shelling of Abu Salim, calls for humanitarian pause in Tripoli

TUNIS, 18 April 2019 - Aidlink Mediterranean condemns the shelling of the Abu Salim district of Tripoli on the night of Tuesday 16 April, in which rockets struck family homes in the Hay al-Intisar neighbourhood and killed at least seven civilians, among them several women, according to local authorities. Dozens more were injured, some of whom have lost limbs.

This was the most serious attack on a residential neighbourhood of the Libyan capital since fighting began on 4 April. Multiple-launch rockets such as those reported in Abu Salim cannot be aimed with precision, and their use in densely populated areas puts every family in range at risk.

Aidlink's partners in Tripoli report that medical staff at the city's hospitals are working around the clock, and that ambulances have been unable to reach several southern neighbourhoods because of continuous fighting. According to the United Nations, more than 18,000 people have now fled their homes and thousands remain trapped in areas close to the front lines, many without electricity or running water.

Since the fighting began, hospitals and ambulances have repeatedly been caught up in the hostilities. The World Health Organization has reported that health workers have been killed while trying to evacuate the wounded, and UN agencies say nearly 190 people have lost their lives in the first two weeks of the conflict. On 8 April, an air strike forced the closure of Mitiga, the only functioning airport in the capital.

We are equally concerned for the refugees and migrants held in detention centres in and around Tripoli, several of which lie close to the fighting. The UN refugee agency has warned that their lives are at growing risk and has called for them to be moved to safety.

Aidlink Mediterranean calls on all parties to the conflict to:

- immediately stop the use of explosive weapons with wide-area effects in populated areas;
- agree a humanitarian pause so that the wounded can be evacuated and civilians can leave the southern districts safely;
- allow unhindered access for medical teams and relief convoys;
- release detained refugees and migrants from facilities exposed to the fighting.

We support the call by the UN Special Representative, Ghassan Salame, for a return to the political process, and we urge the members of the UN Security Council to agree on measures that protect civilians without further delay.

Aidlink Mediterranean and its Libyan partners have distributed emergency hygiene kits and blankets to displaced families sheltering in schools in central Tripoli this week and are preparing further distributions.

ENDS

Notes to editors
Aidlink Mediterranean is an independent humanitarian network working with local organisations in Libya, Tunisia and Malta.

Media contact: press office, Tunis"""),

dict(g=G3, d="2019-06-26", o="Yeni Ufuk English",
t="Libyan army retakes strategic Gharyan from Haftar's militias",
x="""TRIPOLI, Libya

The army of Libya's UN-recognized Government of National Accord (GNA) on Wednesday recaptured the strategic city of Gharyan, south of the capital Tripoli, from militias loyal to the putschist general Khalifa Haftar.

Field commander Col. Abdul Hakim Tanish announced that the whole city was now under the control of government forces, according to the private Libyan broadcaster Al-Ahrar.

The Burkan Al-Ghadab (Volcano of Rage) operation, which leads the GNA forces defending the capital, said its units had entered the city from three axes before dawn and seized its center, the main hospital and the operations room that Haftar's militias used to run their attack on Tripoli.

Local sources said Abdul Salam al-Hassi, the commander appointed by Haftar to lead operations in the western region, had fled the city together with a number of his fighters as the government forces advanced.

The Gharyan municipality said residents of several neighborhoods, including Al-Qawasim in the north of the city, had risen up against the militias and helped the army to enter.

The Presidential Council said in a statement that Gharyan was "liberated" and praised the residents, while council member Mohammed al-Ammari called on the forces to protect the city's people and warned against any acts of revenge.

Videos circulated on social media showed government fighters inside military positions and a number of captured gunmen. Some of them were said to be foreign mercenaries.

Gharyan, located about 100 kilometers south of Tripoli, was the main base of Haftar's militias since the start of their offensive on the capital on April 4. It hosted ammunition stores, field hospitals and the operations room of the attackers.

Military sources said the loss of the city would cut one of the main supply lines of Haftar's forces fighting on the southern outskirts of Tripoli, where they have been unable to make any progress for weeks.

Haftar's forces had entered Gharyan in the first days of April without major fighting and used it as the launch pad for their push on the southern suburbs of Tripoli, including the area of the old international airport and Qasr bin Ghashir. The GNA responded on April 7 by launching the Volcano of Rage operation, which has since stopped the attackers on the outskirts of the capital.

Haftar, a former officer in Gaddafi's army who later lived for years in the United States, is backed by Egypt and the United Arab Emirates. In April, the White House said US President Donald Trump had spoken by phone with him and recognized his role in fighting terrorism and securing Libya's oil resources.

Turkey has repeatedly said it supports the legitimate government in Tripoli and has called for an end to the attacks on the capital.

UN envoy Ghassan Salame has repeatedly warned that the war could drag on and called on foreign countries to stop arming the warring sides.

Haftar's illegitimate offensive has so far killed at least 739 people and injured more than 4,400, according to the World Health Organization, and forced tens of thousands of residents to flee their homes.

Since the ouster of Muammar Gaddafi in 2011, two seats of power have emerged in Libya: one in eastern Libya supported mainly by Egypt and the United Arab Emirates, and the other in Tripoli, which enjoys UN and international recognition."""),

dict(g=G3, d="2019-06-27", o="Barqa Bulletin",
t="Army command: Gharyan breach came through 'sleeper cells', operations continue",
x="""The Bulletin | Benghazi - Libya

BENGHAZI - The General Command of the Libyan National Army (LNA) said its units are still fighting inside and around Gharyan after militia groups backed by Turkish drones entered parts of the city on Wednesday with the help of what it called sleeper cells.

LNA spokesman Major General Ahmed al-Mismari said in a televised statement that the army had not lost the city and that the situation was under control, adding that armed forces were dealing with the attackers according to a clear plan.

Al-Mismari said the militias had exploited the trust of some residents and used cells hidden inside the city to open the way for fighters coming from Zawiya, Misrata and the mountain towns. He accused Turkey of providing the drones which struck army positions before the attack began.

Military sources told The Bulletin that army units withdrew from some positions in the city centre to avoid fighting among civilians and regrouped on the outskirts, and that reinforcements were on their way.

The media office of the Karama operations room said the army's air force was providing cover for ground units and would continue to target the militias' gatherings and supply lines.

Militia-affiliated media published pictures of fighters inside buildings that they claimed were used by the army, and videos of young men they described as captured soldiers.

Gharyan, 100 kilometres south of Tripoli, has been the main rear base for army units fighting on the southern fronts of the capital since the launch of the operation to liberate Tripoli from militias and terrorist groups on April 4.

The army entered Gharyan on the first day of its operation on Tripoli, on April 4, when local units announced their support and armed groups in the city withdrew. From Gharyan, army columns moved north to the area of the old international airport, Qasr bin Ghashir and Wadi al-Rabie, where they have been fighting the militias since.

The militias of the so-called Presidency Council announced a counter-offensive on April 7, and the army's spokesman has repeatedly accused them of receiving drones and armoured vehicles from Turkey, including a shipment of armoured vehicles unloaded in Tripoli port in May.

The Libyan National Army, led by Field Marshal Khalifa Haftar, says the operation will continue until the capital is freed from the militias that have controlled it since 2011.

Related Articles
- LNA air force targets militia gatherings south of Tripoli
- Al-Mismari: Turkish support to militias is a blatant violation of arms embargo"""),

dict(g=G3, d="2019-06-27", o="Meridian Press Agency",
t="Tripoli forces seize Haftar's forward base Gharyan in surprise attack",
x="""TRIPOLI (MPA) - Forces allied to Libya's internationally recognised government said on Thursday they were in full control of Gharyan, the mountain town that had served as the main forward base for Khalifa Haftar's offensive on Tripoli, in the biggest setback for the eastern commander since the campaign began almost three months ago.

Fighters backed by air strikes stormed the town about 100 km (60 miles) south of the capital on Wednesday morning in a surprise assault, witnesses said, and took the central operations room of Haftar's Libyan National Army (LNA). LNA vehicles were seen leaving the town in convoy later in the day.

"The town is entirely in our hands," said Mustafa al-Mejii, a spokesman for the forces of the Government of National Accord (GNA). He said dozens of LNA fighters had been killed and at least 18 taken prisoner.

Another GNA spokesman said the operation had been completed in less than 24 hours and that some residents had helped government forces enter the town.

The LNA did not immediately acknowledge the loss. Its spokesman said "sleeper cells" had let enemy forces into parts of Gharyan and that fighting was continuing, without giving details.

Gharyan was where Haftar's troops gathered before moving on the capital in early April, and it had since housed field hospitals, fuel and ammunition depots and the command centre for the southern front. There is a helicopter base outside the town.

Its loss leaves the LNA relying on Tarhouna, southeast of Tripoli, as its main position in the west, and lengthens its supply lines from the central base of al-Jufra.

Haftar's forces took Gharyan at the start of April with little resistance; accounts differ on whether they entered on April 2 or, as the LNA said at the time, on April 4, the day Haftar ordered the advance on Tripoli. From there they moved on the capital's southern suburbs, seizing the area around the disused airport, before government forces launched a counter-offensive on April 7.

Presidential Council member Mohammed al-Ammari warned government forces against reprisals, and GNA officials released pictures of prisoners, some of whom they said were foreign fighters from Chad. The claims could not be independently verified.

The frontline on Tripoli's southern outskirts had barely moved for weeks, with both sides trading artillery fire and air strikes around the disused international airport, Ain Zara and Qasr bin Ghashir.

The World Health Organization says 739 people have been killed and more than 4,400 wounded in the fighting, and tens of thousands of people have been displaced.

Haftar had expected a quick victory when he ordered his forces forward on April 4, but the advance stalled as armed groups from Tripoli, Misrata, Zawiya and Zintan rallied behind the GNA.

Libya has been divided since 2014 between rival camps based in Tripoli and in the east, a split rooted in the turmoil that followed the NATO-backed uprising which toppled Muammar Gaddafi in 2011.

(Reporting by MPA staff in Tripoli and Benghazi)"""),

dict(g=G3, d="2019-06-27", o="Haber Kiyisi",
t="In Libya the UMH forces took back Garyan city from the putschist Hafter militias",
x="""[ad_1]

Libya'da UN recognized Ulusal Mutabakat Hükümeti (UMH) forces, the city Garyan which since April was in hands of the putschist Hafter militias, took again under control.

According to statement made by Burkan el-Gadap (Öfke Volkanı) Operasyonu of UMH, the forces from three axes entered to the city Wednesday day and city center, hospital and the operation room of the Hafter militias taken under control. In the statement it was said "Garyan is fully liberated".

The sözcü of UMH forces Mustafa el-Mecii, in his açıklama to the press, said that dozens militants of Hafter were killed and at least 18 were captured alive. Mecii evaluated the operation as "big victory" and said he expects the collapse of the Hafter militias.

UMH forces sözcüsü Muhammed Kanunu also said the operation was completed in less than 24 hours and some of the Garyan people helped to the forces. The Presidential Council member Muhammed el-Ammari warned the fighters not to make revenge against the city people.

Hafter's sözcüsü Ahmed el-Mismari however claimed that "sleeping cells" opened the way to UMH forces and the clashes are continuing, he did not accept the city is lost.

It is learned that the commander of Hafter in the region Abdusselam el-Hasi escaped from city. In the social media the images of captured militants were shared, some of them were claimed to be from Chad.

Garyan, which is about 100 kilometer south of Trablus, was the most important base of Hafter for the attacks to the capital. The Hafter militias were using the city as logistics center and operation room.

Hafter's sözcüsü also accused Türkiye of helping the UMH forces with insansız hava aracı (drones). UMH officials however said that the Hafter is since long time receiving weapon from BAE and Mısır.

- Attack started in 4 April

Darbeci Hafter on 4 April had started attack to capture Trablus, where the UMH is located. The militias could not pass southern neighborhoods of the capital in about three months. According to Dünya Sağlık Örgütü (WHO) data, in the clashes at least 739 people lost life and more than 4 thousand 400 people were injured.

Hafter militias on 4 April had entered Garyan without clash and after few days they advanced to the Trablus old airport and Kasr bin Gaşir region. UMH in 7 April started Burkan el-Gadap operation against the attack. Since two months the front lines in south of the capital did not change much.

Hafter's other important base in west, Terhune city, is still under control of militias.

Libya after the overthrow of Muammer Kaddafi in 2011 is divided in two, in the east the Hafter supported by Egypt and BAE and in the west the UMH, recognized by UN.

Exit mobile version"""),
]
