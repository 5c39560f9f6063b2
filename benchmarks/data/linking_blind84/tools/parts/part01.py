G1 = "haftar_orders_attacks_on_turkish_ships_and_interests_2019_06_28"
G2 = "lna_says_destroys_turkish_drone_at_mitiga_takeoff_2019_06_30"

ARTICLES = [
dict(group=G1, published="2019-06-28", outlet="Levant Wire Service",
title="Libya's Haftar orders forces to hit Turkish ships, firms and flights",
text=r"""BENGHAZI, Libya (LWS) - Eastern Libyan commander Khalifa Haftar has instructed his forces to attack Turkish vessels in Libyan waters and to treat Turkish companies and state projects in the country as legitimate targets, his spokesman said on Friday, two days after the loss of a key town near Tripoli.

Ahmed al-Mismari, spokesman for Haftar's self-styled Libyan National Army (LNA), told reporters in Benghazi that the air force had been ordered to strike Turkish ships and boats found in Libya's territorial waters, while ground units were told to go after "strategic" Turkish sites.

Mismari also announced a halt to all flights between Libya and Turkey and said Turkish citizens found on Libyan territory would be arrested. Any plane flying in from Turkey towards Tripoli, or any Turkish vessel heading for a Libyan port, would be dealt with as an enemy target, he said.

Haftar's forces hold no airport or major seaport in the west, and Mismari gave no indication of how the ban would be applied there.

The spokesman accused Ankara of taking a direct part in the fighting, saying Turkish drones and Turkish officers had helped forces loyal to the Tripoli government retake Gharyan, about 100 km (60 miles) south of the capital, on Wednesday. Gharyan had served as the LNA's main forward base and supply hub since the start of its campaign.

"Turkey is now a hostile state," Mismari said, adding that the LNA considered itself in a direct confrontation with the Turkish army.

There was no immediate comment from Ankara. Turkish officials have in the past said their cooperation with Tripoli is conducted with the internationally recognised government and is within the bounds of the law.

Haftar's Libyan National Army (LNA), which holds the east and much of the south, began its push on Tripoli in early April. The offensive has stalled on the capital's southern edges, where the Government of National Accord (GNA) of Prime Minister Fayez al-Serraj is backed by armed groups from Tripoli and Misrata.

Turkey has openly sided with the GNA and has supplied it with drones and armoured vehicles, according to diplomats and images posted online, while the LNA has received support from the United Arab Emirates and Egypt. A UN arms embargo on Libya has been in place since 2011.

Both sides accuse each other of relying on foreign fighters and foreign hardware. A shipment of Turkish-made armoured vehicles unloaded at Tripoli port in May was widely shown on social media and drew angry protests from the LNA.

Libya has been split between rival administrations in the east and west since 2014, three years after the NATO-backed uprising that toppled Muammar Gaddafi.

The UN envoy for Libya, Ghassan Salame, has warned repeatedly that the Tripoli war risks becoming a wider regional conflict fought through proxies. The UN says hundreds of people have been killed and more than 90,000 displaced since April.

(Reporting by LWS Benghazi and Tripoli bureaux; editing by Clare Whitcombe)"""),

dict(group=G1, published="2019-06-29", outlet="Tripoli Voice",
title="Humiliated at Gharyan, Haftar's spokesman threatens Turkish planes, ships and citizens",
text=r"""Tripoli Voice | Politics

Humiliated at Gharyan, Haftar's spokesman threatens Turkish planes, ships and citizens

June 29, 2019 - 10:42
Written by: Tripoli Voice staff

The spokesman of war criminal Khalifa Haftar, Ahmed al-Mismari, has announced that Turkey is an "enemy state" and that Haftar's air force will attack Turkish ships in Libyan waters, in a press conference held in Benghazi late on Friday, only two days after Haftar's militias fled Gharyan in disarray.

Al-Mismari, whose daily statements have earned him the nickname of Haftar's propaganda chief, said the so-called General Command had instructed its air force to target Turkish ships and boats and its land units to strike all Turkish strategic interests, adding that every Turkish company and project in Libya was a legitimate target.

He also said that flights to and from Turkey were banned and that Turkish nationals would be detained wherever Haftar's forces find them.

The threats were widely ridiculed on social media platforms on Saturday. Users noted that Haftar's forces hold neither a seaport nor an airport anywhere in the west, and asked sarcastically which Turkish asset within their reach they intended to hit first.

"This order hurts the people of Cyrenaica first. Businessmen in Benghazi depend on Turkish goods, students study in Turkey and patients are treated there," one commentator wrote.

Travellers in Benghazi said that flights between Benina airport and Istanbul had been cancelled, and some passengers were told to reroute their journeys through third countries.

Observers in Tripoli said the sudden escalation against Ankara was an attempt to cover up the defeat in Gharyan, where forces of the Government of National Accord (GNA) entered the city on Wednesday and found large quantities of weapons and ammunition left behind by the aggressor forces.

The GNA's Volcano of Rage operation said on Friday that the fighting on the southern front of Tripoli continues, and that its forces were chasing the remnants of Haftar's militias in the villages south of Gharyan.

Earlier in June, Haftar's media claimed that his aircraft destroyed Turkish drones on the runway of Mitiga airport, the only airport still serving the capital. The Presidential Council and the High Council of State condemned those raids at the time as a danger to civil aviation, and the airport said its civilian traffic was not affected.

Turkey is a strategic partner of the legitimate government and has signed several cooperation agreements with Tripoli. President Erdogan said earlier this month that Turkey provides the government with weapons under a military cooperation agreement, and that this help had allowed the capital's defenders to restore the balance against the aggressor. Haftar, on the other hand, has been armed by the UAE and Egypt for years in violation of the UN arms embargo, according to reports by UN experts.

Haftar launched his attack on the capital on April 4, while UN Secretary-General Antonio Guterres was visiting Tripoli to prepare for a national conference that was supposed to be held in Ghadames in mid-April. Hundreds of people have been killed and tens of thousands displaced since then.

Share this:
Facebook
Twitter
WhatsApp

Related

Volcano of Rage: Gharyan fully secured
Mitiga airport resumes flights after new Haftar air raid
Gharyan families begin returning home after clashes end"""),

dict(group=G1, published="2019-06-29", outlet="Nile Gazette",
title="Libyan Army declares Turkish interests legitimate targets in response to Ankara's aggression",
text=r"""Libyan Army declares Turkish interests legitimate targets in response to Ankara's aggression

Cairo - Nile Gazette
Saturday 29 June 2019

The General Command of the Libyan National Army (LNA) led by Field Marshal Khalifa Hifter announced on Friday evening a series of measures against Turkey, which it accused of a direct military aggression on Libyan soil in support of the terrorist militias in Tripoli.

Major General Ahmed al-Mesmari, the official spokesman of the army, said in a press conference in Benghazi that the Commander-in-Chief had given orders to the Libyan Air Force to target Turkish ships and boats in the territorial waters, and orders to the ground forces to target Turkish strategic sites.

"Every Turkish company, office and project owned by the Turkish state is now a legitimate target for our armed forces," al-Mesmari said, adding that all flights to and from Turkey are suspended and that Turkish nationals on Libyan territory will be arrested.

Al-Mesmari presented what he described as evidence of the participation of Turkish officers and Turkish drones in the attack on Gharyan, which the army had used as the operations centre of its western front. He said the army was facing "a real battle with Turkey", which he accused of sending weapons, armoured vehicles and drones through the ports of Tripoli and Misrata.

The spokesman said the Turkish intervention threatens the security of the whole region, and called on Libya's neighbours and the Arab League to take a clear position.

Read also: Libyan Army: Turkish experts operate drones from Mitiga base

Earlier this month, the commander of the operations room of the Libyan Air Force, Major General Mohamed al-Manfour, said that around 30 Turkish military experts, pilots and technicians were working from Mitiga air base in Tripoli to operate drones used against the army. The army said in early June that it had destroyed Turkish drones on the runway of the base.

Ankara has not hidden its support for the Government of National Accord (GNA) headed by Fayez al-Sarraj. In May, the ship "Amazon" unloaded dozens of Turkish-made armoured vehicles in the port of Tripoli, in a clear violation of the UN arms embargo on Libya.

Observers in Benghazi noted that the decision will affect air links between the east and Istanbul, which had become one of the main destinations for Libyan travellers, patients and traders in recent years. The General Command said the interests of Libyan citizens would be taken into account and that alternative routes would be arranged.

Egyptian political analysts said the army's decision puts the international community before its responsibilities. "Turkey has moved from supporting the militias behind the scenes to fighting alongside them in the open," said a researcher at a Cairo-based strategic studies centre.

The Libyan National Army launched the operation to liberate Tripoli from militias and terrorist groups on April 4. The army says the operation will continue until the capital is freed, despite what happened in Gharyan.

Read also: Aguila Saleh: the Libyan people will not accept Turkish guardianship

Tags: Libya, Turkey, Libyan National Army, Mesmari"""),

dict(group=G2, published="2019-06-30", outlet="Volga News Agency",
title="Libyan National Army says it destroyed Turkish drone at Tripoli's Mitiga airport",
text=r"""MOSCOW, June 30 (VNA) - The Libyan National Army (LNA) commanded by Field Marshal Khalifa Haftar said on Sunday that its aircraft had destroyed a Turkish-made drone at the Mitiga airport in Tripoli, the only functioning airport of the Libyan capital.

"Our fighter jets targeted a Turkish Bayraktar aircraft as it was preparing to take off and destroyed it on the runway," the LNA's media division said in a statement on Facebook.

Major General Mohamed al-Manfour, the commander of the LNA air operations room, was quoted by Libyan media as saying that the drone had been getting ready to carry out a combat mission against LNA positions.

Mitiga airport administration said air traffic had been suspended until further notice following the air strike.

Earlier in the day, LNA spokesman Ahmed Mismari said that Turkish drones launched from Mitiga had struck the Wadi al-Rabie and Ain Zara areas south of Tripoli.

The announcement comes amid a sharp escalation between the LNA and Ankara. On Friday, Mismari said that Haftar had ordered his forces to target Turkish vessels and companies in Libya and had banned flights to and from Turkey. On Sunday, the Turkish Foreign Ministry said that six Turkish citizens had been detained by Haftar's forces and warned that the LNA would become a legitimate target if they were not freed immediately.

Turkish Defence Minister Hulusi Akar said on Sunday that any hostile act against Turkey would carry a very heavy price.

Libya has been torn by conflict since the overthrow of Muammar Gaddafi in 2011. The country is currently split between the Government of National Accord (GNA) in Tripoli and an administration in the east backed by the LNA, which launched an offensive on Tripoli in early April."""),

dict(group=G2, published="2019-07-01", outlet="Indus Point News",
title="Libya strongman's forces say destroy Turkish drone",
text=r"""Libya strongman's forces say destroy Turkish drone

Staff Reporter  Mon 01st July 2019 | 01:12 AM

Tripoli, (Indus Point News / Agency - 1st Jul, 2019 ) :Khalifa Haftar's eastern Libyan forces claimed on Sunday to have hit and wrecked a Turkish-made drone at Mitiga, the only working airport in the capital.

"Our warplanes struck a Turkish Bayraktar during its take-off and destroyed it," the self-proclaimed Libyan National Army wrote on Facebook.

Mitiga halted all flights after the raid, the airport's management said, without giving a time for them to resume.

Haftar ordered his forces on Friday to attack Turkish ships and interests in Libya, accusing Ankara of supporting his rivals in the Tripoli government.

Related News
Turkey warns Haftar forces over detained citizens
Libya: Tripoli forces retake strategic town of Gharyan
UN envoy urges restraint after Gharyan fighting

Indus Point News - Latest World News"""),

dict(group=G2, published="2019-07-01", outlet="Gulf Horizon News",
title="Libyan Air Force destroys Turkish 'Bayraktar' on Mitiga runway before take-off",
text=r"""[ad_1]

Libyan Air Force destroys Turkish 'Bayraktar' on Mitiga runway before take-off

Abu Dhabi - Gulf Horizon News

The Libyan National Army (LNA) announced on Sunday that its air force had destroyed a Turkish drone of the "Bayraktar" type at the Mitiga base in Tripoli, minutes before it took off on a mission against the army's units on the southern front of the capital.

The military media division of the General Command said that the aircraft was hit on the military runway of the base, and published images that it said showed the moment of the strike. The head of the air force operations room, Major General Mohamed al-Manfour, said the drone "was preparing to carry out a combat sortie against our positions".

Following the raid, the management of Mitiga airport announced the suspension of flights, before traffic resumed later in the evening, according to the airport's page.

The strike is the latest in a series of raids on what the army describes as the military section of Mitiga, which the Government of National Accord (GNA) insists is a purely civilian airport. In early June, the army said its aircraft had destroyed two Turkish drones at the same base within less than 24 hours, one of them while it was landing on the runway after attacking army positions.

The raid comes two days after the General Command declared Turkish interests in Libya to be legitimate targets and banned flights to and from Turkey, in response to what it called a blatant Turkish intervention in the battle of Gharyan.

Tension escalated further on Sunday when the Turkish foreign ministry accused the army of detaining six Turkish citizens and threatened to target the army if they were not released. Al-Mesmari said in the evening that the General Command had no information about any Turks being detained.

Turkish Defence Minister Hulusi Akar also warned that Ankara would respond to any attack on its interests in Libya.

In a related development, the Speaker of the House of Representatives, Aguila Saleh, declared a general mobilisation, saying that Libya faces a foreign aggression, according to a spokesman for the parliament.

Arab diplomatic sources told Gulf Horizon News that Ankara has been shipping drones, armoured vehicles and ammunition to Tripoli and Misrata for months, in violation of Security Council resolutions, and that Turkish technicians operate the drones from Mitiga and from the Air College in Misrata.

In Benghazi, residents said shops carrying Turkish brands had been told to remove them, after the General Command decided to ban the import of Turkish goods and to close the offices of Turkish companies in the areas under its control.

The Libyan National Army launched its operation to liberate Tripoli on April 4, 2019, and says it will not stop until the capital is freed from militias and terrorist groups. The army lost the city of Gharyan on Wednesday in an attack which, according to the General Command, was backed by Turkish drones and officers.

Exit mobile version"""),
]
