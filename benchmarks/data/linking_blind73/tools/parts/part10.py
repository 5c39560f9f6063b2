G = "zawiyat_dahmani_rockets_near_embassies_2020_05_07"

ARTICLES = [
dict(group=G, published="2020-05-08", outlet="Hilal Haber English",
title="Haftar rockets hit near Turkish embassy, Italian envoy's residence in Tripoli; 3 killed",
text="""
At least three people, including a civilian, were killed late Thursday when forces loyal to putschist general Khalifa Haftar fired rockets at the Zawiyat al-Dahmani area of Libya's capital Tripoli, home to the Turkish Embassy and the residence of the Italian ambassador, the UN-recognized government said on Friday.

Amin al-Hashemi, a spokesman for the Health Ministry of the Government of National Accord (GNA), said two members of the security services and one civilian were killed and four others injured in the attack. A volunteer of the Libyan Red Crescent was among those seriously wounded, local media reported.

Turkey's Ambassador to Tripoli said a Grad rocket struck the High Court building next to the embassy, while another landed near the Foreign Ministry.

Mustafa al-Mujie, spokesman for the GNA's Operation Volcano of Rage, said other rockets fell on the port of Tripoli and around Mitiga International Airport.

Libyan Foreign Minister Mohamed Taher Siala spoke by phone with the Turkish and Italian ambassadors and said the attack on the coastal road near the two diplomatic residences was a violation of international law.

Italy's Foreign Ministry also condemned the attack, saying such indiscriminate strikes were totally unacceptable and showed contempt for international law and human life.

Red Crescent and ambulance teams rushed to the area shortly after the rockets fell and transferred the wounded to hospitals in the city center, according to local media. Residents said the blasts shattered windows along the coastal road, one of the busiest in the capital.

At least six civilians had been killed on Wednesday when Haftar's militias shelled the Abu Salim and Tajoura districts of the capital twice.

The Zawiyat al-Dahmani area lies on the Mediterranean coast in the heart of the capital, and hosts the Foreign Ministry, state radio, the High Court and a number of embassies and diplomatic residences. It had until now been largely spared from the shelling that has hit the southern districts of the capital for more than a year.

Ankara signed security and maritime agreements with the legitimate Libyan government in November and has since provided military training and advisory support at the GNA's request.

Since April 2019, the legitimate government in Tripoli has been under attack by Haftar's forces, and more than 1,000 people have been killed. In recent weeks, GNA forces have retaken several coastal towns west of Tripoli and have been pressing Haftar's militias at the al-Watiya air base.

On April 27, Haftar declared himself the ruler of Libya, saying he had accepted a "popular mandate" and that the 2015 political agreement signed in Skhirat was void, a move rejected by the GNA and criticized by the international community.

Share this:
Twitter | Facebook | WhatsApp | Email
"""),

dict(group=G, published="2020-05-08", outlet="Nile Sentinel",
title="Rockets fall near Turkish embassy in Tripoli as Libyan army widens campaign against Turkish presence",
text="""
We use cookies to ensure that we give you the best experience on our website. If you continue to use this site we will assume that you are happy with it. OK | Privacy policy

CAIRO - Several rockets fell late on Thursday in the Zawiyat al-Dahmani district of central Tripoli, close to the Turkish embassy and a number of government buildings, as well as on the capital's seaport and the perimeter of Mitiga airport, according to local sources in the Libyan capital.

The Tripoli-based Government of National Accord (GNA) said three people were killed, among them two members of its security services, and four others were wounded. It accused the Libyan National Army (LNA) of carrying out the attack. The LNA's General Command did not comment on the incident.

The army's spokesman, Major General Ahmed al-Mismari, announced earlier this week the start of a new air campaign. The General Command has said since January that it regards Mitiga airport, which it accuses the GNA of using for Turkish drone operations, as a military target, and has warned airlines against using it.

Libyan military sources said Mitiga has been turned into a base for operating Turkish drones and an air bridge for the transport of Syrian mercenaries, and that the port of Tripoli receives Turkish shipments of armoured vehicles and ammunition in violation of the UN arms embargo.

The port of Tripoli was also hit on Thursday night, and the UN migration agency said it had to stop the disembarkation of migrants who had been returned by the coast guard. Army sources said the port had been used in recent weeks to unload military equipment.

Italy condemned the shelling of the area, which also includes the residence of the Italian ambassador, and the Turkish ambassador said a rocket had struck the High Court building next to his embassy. Observers in Cairo said the rapid condemnation contrasted with the silence of European capitals over Turkey's transfer of thousands of mercenaries to Libya, which Egypt has repeatedly denounced as a threat to Arab national security.

The incident comes as the militias backed by Turkish drones continue their attacks on the al-Watiya air base west of Tripoli and on positions south of the capital.

Residents of the area said the rockets shattered windows along the coastal road and damaged several cars, while ambulances rushed to the scene.

Egypt has consistently called for a ceasefire and a political settlement that guarantees the unity of Libya, the dismantling of militias and the exit of all foreign fighters.

Cairo has warned on several occasions that the Turkish intervention in Libya threatens the security of Egypt's western border, and has called on the international community to hold accountable those who transfer weapons and fighters to the militias.

Read more:
- Egypt's foreign minister warns against Turkish escalation in Libya
- Libyan army downs two Turkish drones near al-Watiya
- Arab League calls for Libyan ceasefire during Ramadan
"""),

dict(group=G, published="2020-05-08", outlet="Continental Press Agency",
title="Rockets land near Italian, Turkish missions in Tripoli, killing three",
text="""
Tripoli (CPA) - Rockets struck a coastal district of central Tripoli that is home to the Turkish embassy and the residence of the Italian ambassador late Thursday, killing two policemen and a civilian, Libya's UN-recognised government said Friday, as bombardment of the capital spread from the front lines to its heart.

The projectiles fell on Zawiyat al-Dahmani, a neighbourhood that also houses the foreign ministry, the state radio building and a seafront hotel, residents said. Four other people were wounded, the health ministry of the Government of National Accord (GNA) said.

"Italy strongly condemns yet another attack by Haftar's forces against civilians," the Italian foreign ministry said on Twitter, adding that the area around the ambassador's residence had been hit and calling the indiscriminate attacks unacceptable. The Turkish ambassador said one rocket struck the High Court building next to the embassy.

Rockets also hit the capital's port, where the UN migration agency said it had to abort the disembarkation of migrants rescued at sea, and the surroundings of Mitiga airport, Tripoli's only functioning airport, which has been closed to civilian flights since March.

Health ministry spokesman Amin al-Hashemi said rocket and shell fire had killed at least 13 civilians and two policemen across Tripoli over two days, with around 50 wounded, most of them on Wednesday in the southern Abu Salim district and in Tajoura, east of the city.

Forces loyal to eastern strongman Khalifa Haftar, who has been trying to seize Tripoli since April last year, did not comment. His spokesman said this week the Libyan National Army (LNA) was launching a new air campaign.

The bombardment of central Tripoli marks an escalation. For most of the war, rockets and shells fell mainly on the southern suburbs near the front lines, on districts such as Abu Salim, Ain Zara and Salahuddin, and on Mitiga airport and the port. Hospitals have also been hit: last month, shells struck Al-Khadra General Hospital, one of the facilities set aside for coronavirus patients.

The European Union condemned the latest strikes on civilian areas and repeated its call for a humanitarian truce.

The UN migration agency IOM said shelling near the port had forced it to abort the disembarkation of migrants intercepted at sea, who were kept on board the coast guard vessel until the shelling stopped. Aid agencies have repeatedly said Libya is not a safe place to return people rescued in the Mediterranean.

The LNA has been losing ground in recent weeks to pro-GNA forces backed by Turkish drones and air defences. On April 27, Haftar proclaimed he had a "popular mandate" to rule the country.

The UN said last month that the LNA was responsible for four fifths of civilian casualties in the conflict in the first quarter of this year.
"""),
]
