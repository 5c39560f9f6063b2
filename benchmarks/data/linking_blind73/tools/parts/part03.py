G = "tajoura_migrant_detention_centre_airstrike_2019_07_02"

ARTICLES = [
dict(group=G, published="2019-07-03", outlet="Meridian Wire Service",
title="Air strike on migrant detention centre near Tripoli kills at least 40",
text="""
TRIPOLI (MWS) - An air strike hit a detention centre holding hundreds of migrants and refugees in Tajoura, on the eastern edge of the Libyan capital, late on Tuesday, killing at least 40 people and wounding about 80, health officials in Tripoli said on Wednesday.

The strike struck a hangar inside the centre where some 120 men, most of them from African countries, were locked up, according to officials and aid workers. Photographs released by emergency services showed bodies and belongings among rubble, twisted metal and pools of blood. Rescue workers searched through the night for survivors.

The United Nations later put the toll at 44 dead and more than 130 wounded and said it expected the number of victims to rise.

The Tripoli-based Government of National Accord (GNA) blamed the attack on forces loyal to eastern commander Khalifa Haftar and called it a premeditated crime. The Presidential Council asked the UN mission to set up a fact-finding committee.

Haftar's Libyan National Army (LNA) denied targeting the centre. An LNA spokesman said its aircraft had struck a legitimate military target in the Tajoura area and accused armed groups allied to the GNA of storing weapons close to civilian sites. The LNA's air command had said this week that it would intensify strikes on Tripoli after forces allied to the GNA recaptured the town of Gharyan, the LNA's main supply base south of the capital, last Wednesday.

UN envoy Ghassan Salame said the attack clearly could constitute a war crime, as it killed innocent people whose dire conditions had forced them to be in that shelter. UN Secretary-General Antonio Guterres said he was outraged and called for an independent investigation.

The Tajoura centre, one of several run by the GNA's Department for Combating Illegal Migration, held around 600 people from more than a dozen countries, many of them intercepted at sea by the Libyan coast guard while trying to reach Europe. The UN refugee agency had warned repeatedly that detainees were at risk because the compound lies next to a military facility. The UN mission said it was the second time the facility had come under attack since the offensive began.

The European Union and several European governments condemned the attack, and the African Union, whose citizens made up most of the detainees, called for an independent investigation.

Haftar, whose forces control eastern Libya and much of the south, launched his offensive on Tripoli on April 4. According to the World Health Organization the fighting has killed hundreds of people and wounded thousands, while more than 100,000 people have fled their homes.

Libya has been split between rival administrations in Tripoli and the east since 2014, three years after the NATO-backed uprising that toppled and killed Muammar Gaddafi.

(Reporting by MWS Tripoli bureau; additional reporting by Selma Haddad in Tunis; editing by Paul Dressler)
"""),

dict(group=G, published="2019-07-03", outlet="UN Humanitarian Digest",
title="UNHCR and IOM: Tajoura attack deserves more than condemnation",
text="""
JOINT STATEMENT | Geneva, 3 July 2019

The following statement is attributable to UNHCR, the UN Refugee Agency, and the International Organization for Migration (IOM).

The devastating toll in lives and injuries from Tuesday night's air strike on the Tajoura Detention Centre, east of Tripoli, confirms the deep concerns our two organizations have repeatedly raised about the safety of refugees and migrants held in detention in Libya.

UNHCR and IOM strongly condemn this attack and any attack on civilian life. An attack of this kind deserves more than condemnation. We call for a full and independent investigation to establish how this happened and who was responsible, and for those responsible to be held to account.

The coordinates of detention centres in Tripoli are well known to those fighting, who also know that those detained at Tajoura are civilians.

At the time of the strike, the centre was holding some 600 refugees and migrants, among them women and children. The strike killed dozens and left many more injured, and we expect the final number of victims to be higher. Medical teams from both organizations were deployed to the site overnight and are supporting the Libyan Red Crescent and local health authorities. A wider UN team is awaiting clearance to reach the area.

Including those at Tajoura, some 3,300 refugees and migrants remain arbitrarily detained in and around Tripoli in conditions that can only be described as inhumane. They face growing danger as fighting comes closer to the facilities in which they are held. These centres must be closed, and those held in them released in an orderly manner and given protection.

The attack also underlines the danger of returning people intercepted or rescued in the Mediterranean to Libya, which UNHCR and IOM do not consider a safe port.

Our organizations have in recent weeks repeatedly called for the release of detainees held close to the front lines, after people in several facilities were exposed to gunfire and shelling, and some reported being forced to handle weapons. In April, refugees held at the Qasr Bin Ghashir detention centre were wounded when armed men entered the facility. We renew our call on the authorities to find safe alternatives to detention, including urban shelter and community-based solutions, and on the international community to expand resettlement and evacuation places.

We remind all parties that civilians must never be a target and must be protected under international humanitarian law and international human rights law.

Background: Since the start of hostilities in and around Tripoli on 4 April, UNHCR has relocated more than 1,500 refugees from detention centres close to the front lines to safer locations, and IOM has continued to support voluntary humanitarian return flights from Libya.

For more information, contact the UNHCR and IOM press offices in Geneva.
"""),

dict(group=G, published="2019-07-04", outlet="Nile Sentinel",
title="Libyan army denies targeting Tajoura shelter, says militias used migrants as human shields",
text="""
We use cookies to ensure that we give you the best experience on our website. If you continue to use this site we will assume that you are happy with it. OK | Privacy policy

CAIRO - The General Command of the Libyan National Army (LNA) has rejected accusations that its air force deliberately targeted a migrant shelter in the Tajoura district east of Tripoli on Tuesday night, saying its strikes were aimed at a militia camp and that the Tripoli militias bear responsibility for placing weapons among civilians.

LNA spokesman Major General Ahmed al-Mismari said the armed forces do not target civilians, and that the army's strikes in Tajoura were directed at a militia position and an ammunition store close to the shelter. The Tajoura area hosts camps of armed groups allied to the so-called Government of National Accord (GNA), among them the Daman brigade, whose headquarters lie in the same compound as the migrant centre.

Dozens of African migrants were killed when a hangar inside the compound was hit. The GNA's health ministry put the toll at more than 40 dead, while the UN spoke of 44 dead and over 130 injured. The Government of National Accord was quick to blame the army, while the army's supporters point to the militias' long practice of keeping weapons inside residential and civilian facilities.

Observers in Cairo note that the GNA has turned the suffering of migrants into a card to win sympathy in European capitals, and that the real question is why migrants were being held next to military depots in the first place.

The incident comes days after the militias entered the city of Gharyan, south of Tripoli, which the army had been using as a command centre for its operation to liberate the capital launched on April 4. The army's air force announced earlier this week that it would step up its operations against militia positions in Tripoli.

Army sources said the Tajoura district has for years been a stronghold of armed groups that refused to join the state's institutions, and that several of them moved fighters and heavy weapons to the southern front after the army's operation began. The sources said the army had repeatedly warned civilians to stay away from militia camps and ammunition depots.

The so-called GNA has faced growing criticism over its handling of migrants, who are held in centres run by armed groups in conditions that human rights organizations have long described as inhumane. European governments have funded the Libyan coast guard, which returns migrants intercepted at sea to these centres.

Egypt has repeatedly called for a political solution in Libya that ends the role of militias and terrorist groups and restores the unity of the Libyan state and its institutions.

Read more:
- Field Marshal Haftar receives tribal elders in Benghazi
- Army: terrorist reinforcements arriving at Misrata from Turkey
- Sisi stresses Egypt's support for the Libyan National Army's war on terrorism
"""),

dict(group=G, published="2019-07-04", outlet="ReliefLine",
title="After Tajoura bombing, calls grow to empty Libya's detention centres",
text="""
The death toll from the air strike on the Tajoura detention centre on the outskirts of Tripoli has risen to at least 53, according to the UN humanitarian office, making it the deadliest single incident for civilians since the battle for the Libyan capital began three months ago.

The strike, late on Tuesday night, hit a hangar in which around 120 men had been locked up. Among the dead were at least six children, according to UN figures, and more than 130 people were wounded, some of them critically. Survivors speaking to aid workers described being unable to escape the hangar when the bombs fell, and searching afterwards for friends among dismembered bodies.

The UN said it had received reports, which it was trying to verify, that guards opened fire on some detainees as they tried to flee in the chaos after the first strike. A second strike hit an empty area of the same compound, which also houses a base of a Tajoura armed group aligned with the Tripoli government.

Both the government in Tripoli and the forces of Khalifa Haftar blame each other. What is not in dispute is that the risk was known. UN agencies, which had shared the coordinates of detention facilities with both sides, had for weeks warned that Tajoura sat beside a military facility, and the compound had already been hit once since the start of the offensive. On Wednesday UNHCR and IOM said in a joint statement that the attack deserved more than condemnation and called for an independent investigation.

Around 350 people, among them women and children, were still held at Tajoura on Thursday, according to the IOM. Some had spent the night outside, afraid to return to the cells. Dozens of others left the site in the confusion and could not be accounted for.

According to the UN, some 3,300 refugees and migrants are held in detention centres in and around Tripoli, and roughly 5,700 across the country, most of them people returned to Libya after being intercepted at sea by the EU-supported Libyan coast guard. Aid groups have long said the centres are overcrowded and unsanitary, with frequent outbreaks of tuberculosis and scabies, and that detainees are exposed to abuse and forced labour.

Since fighting began on April 4, aid groups say, detainees in at least two other centres near the front have been caught in crossfire, and some were reportedly forced to move weapons or work for armed groups. UNHCR has moved more than 1,500 people away from facilities near the clashes, but its evacuation flights out of Libya, to Niger and Italy, are small in scale compared with the numbers held.

Medecins Sans Frontieres, which has provided medical care at Tajoura, said the people killed had been trapped in a place they had repeatedly asked to be moved from, and called for all detainees in Tripoli to be evacuated out of Libya.

The Tripoli government's interior minister has said the authorities are considering closing detention centres and releasing migrants, but has given no timetable. The African Union has called for an independent inquiry, and the UN Security Council met behind closed doors on Wednesday but did not agree on a statement.

Meanwhile, boats continue to leave the Libyan coast. Those intercepted at sea are still brought back, in many cases to the very detention system that aid agencies say must now be dismantled.

The battle for Tripoli has, according to the World Health Organization, killed close to 1,000 people, including more than 100 civilians, and displaced more than 100,000.
"""),
]
