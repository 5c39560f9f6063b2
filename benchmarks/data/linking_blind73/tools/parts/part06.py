G = "furnaj_air_strike_kills_three_sisters_2019_10_14"

ARTICLES = [
dict(group=G, published="2019-10-14", outlet="Continental Press Agency",
title="Three young sisters killed in air strike on Tripoli home",
text="""
Tripoli (CPA) - Three young girls from the same family were killed and their mother and a fourth sister seriously wounded on Monday when an air strike hit their home in the Al-Furnaj neighbourhood of southern Tripoli, health officials said.

The family had been displaced from the capital's southern outskirts by the fighting and was renting the two-storey house, neighbours said. One of the surviving children had a leg amputated, said the spokesman of the health ministry of the UN-recognised Government of National Accord (GNA), Fawzi Ounis.

The GNA blamed forces loyal to eastern-based strongman Khalifa Haftar. Haftar's spokesman Ahmed al-Mismari said the LNA's air strikes that day, including one on a military intelligence camp in Al-Furnaj, had inflicted "heavy losses in lives and equipment" on pro-GNA forces, but denied targeting civilians.

The house stood a few dozen metres from the entrance of the camp, which appeared undamaged.

The UN mission in Libya condemned "the reckless disregard for the lives of innocent people", noting the attack came just over a week after an air strike on an equestrian club in Janzour that wounded several children.

Haftar's forces have been trying to seize Tripoli since April. The fighting has left more than 1,000 people dead and displaced some 120,000.
"""),

dict(group=G, published="2019-10-14", outlet="Tripoli Free Voice",
title="Three little girls killed in Haftar's airstrike on displaced family's house in Al-Fernaj",
text="""
October 14, 2019 - 19:40 | Written by: TFV Tripoli desk

Three little sisters were killed and their mother and young sibling were severely injured on Monday when a warplane of Khalifa Haftar's militias targeted a residential house in the Al-Fernaj neighbourhood of Tripoli, the Ministry of Health said.

Ministry spokesman Fawzi Ounis said the house belonged to a family that had been displaced from the frontline areas in the south of the capital, and that the girls were pulled dead from the rubble by neighbours and ambulance crews. One of the wounded girls had her leg amputated, while the mother is in critical condition in intensive care.

At least five other people were lightly wounded and several neighbouring houses, cars and the nearby headquarters of the Ministry of Health were damaged.

The Head of the Presidential Council, Fayez Al-Serraj, visited the site and inspected the destroyed house. He called the attack a deliberate crime against civilians and said it will never go unpunished.

The Presidential Council said in a statement that the lack of a decisive international position toward the "war criminal" Haftar encourages his militias to commit more atrocities, and called on UNSMIL to protect civilians in line with Security Council resolutions. It also urged human rights organizations to document the crimes of Haftar's forces so that those responsible can be brought to justice.

The UN Support Mission in Libya (UNSMIL) said it was shocked by the death of three innocent girls and condemned the attack in the strongest possible terms.

Human rights activists called on the International Criminal Court to include the attack in its investigations into crimes committed in Libya.

Haftar's spokesman claimed that the warplanes hit a "terrorist operations room", a claim refuted by residents, who said the house was occupied only by the family.

Residents of Al-Fernaj told TFV that no military operations were being run from the house, and that the family had moved there from the frontline areas months ago, hoping to find safety in the heart of the city. Neighbours said the children were well known in the street and used to play outside the house every afternoon.

The Ambulance and Emergency Service said its crews worked for hours to remove the rubble, while the injured were transferred to Tripoli Central Hospital and the Children's Hospital.

The airstrike comes a week after Haftar's warplanes bombed the Equestrian Club in Janzour, injuring children who were practising horse riding, and months after the massacre of migrants at the Tajoura shelter in July which killed 53 people.

Since April 4, Haftar's forces have been attacking Tripoli, killing and injuring thousands and displacing more than 120,000 people, according to the UN.

Share this:
    Facebook
    Twitter
    Telegram

Related posts
    Volcano of Rage: Haftar's drones target Zuwara airport
    UNSMIL: civilians paying the price of indiscriminate attacks
"""),

dict(group=G, published="2019-10-15", outlet="Al-Manara Net",
title="Three girls of one family killed in an air raid on Al-Furnaj area in Tripoli",
text="""
Al-Manara Net - Tripoli

Three girls from one family were killed and their mother and sister were injured, in an air raid that targeted a house in the Al-Furnaj area in the capital Tripoli yesterday Monday, according to the Emergency Service of the Ministry of Health of the Government of National Accord.

The service said in a statement that the raid hit a house in which a displaced family resides, killing three little girls, and injuring a woman, a man and another child, and that they were transferred to the hospital.

The Government of National Accord condemned the raid and accused the General Command forces of targeting the civilians, which the General Command denied, and its spokesman Brigadier General Ahmed al-Mismari said that the raids targeted a camp of the military intelligence in the area and "caused heavy losses in lives and equipment" to the armed groups.

For its part, the United Nations Support Mission in Libya expressed its shock for the death of the three girls, and condemned in the strongest terms what it described as the reckless disregard for the lives of innocents, and called for the immediate stop of the indiscriminate attacks.

It is worth mentioning that the Equestrian Club in Janzour had been targeted by an air raid last week, which resulted in injury of a number of children, according to the United Nations mission.

The clashes in the southern outskirts of the capital Tripoli have continued since the fourth of April last, and they caused the displacement of about 120 thousand persons according to the United Nations.

Tunisia .. Kais Saied wins the presidency with more than 72 percent of the votes

Al-Manara Net - Tunis

The Independent High Authority for Elections in Tunisia announced yesterday Monday the preliminary results of the second round of the presidential elections, which showed the victory of the independent candidate and professor of constitutional law Kais Saied with more than 72 percent of the votes, against his rival Nabil Karoui.

The head of the authority said in a press conference in the capital Tunis that the participation rate in the second round exceeded the participation in the first round.

Celebrations spread in the streets of the capital and a number of the cities after the closing of the polling stations on Sunday evening, as the supporters of Saied gathered in Habib Bourguiba Avenue.

It is worth mentioning that Saied, who did not belong to any party, ran his electoral campaign with limited means and relied on volunteers from the youth, while his rival Karoui had been released from prison only days before the vote.

And the elected president is expected to take the constitutional oath before the parliament in the coming days, to succeed the late president Beji Caid Essebsi, who passed away in last July.

Read also: Libyan-Tunisian talks on reopening the Ras Jedir crossing
"""),
]
