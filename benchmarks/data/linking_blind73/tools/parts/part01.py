G = "abu_salim_rocket_barrage_kills_civilians_2019_04_16"

ARTICLES = [
dict(group=G, published="2019-04-17", outlet="Meridian Wire Service",
title="Rockets hit Tripoli's Abu Salim district overnight, killing at least six civilians",
text="""
TRIPOLI (MWS) - A salvo of rockets crashed into the densely populated Abu Salim district of Tripoli shortly before midnight on Tuesday, killing at least six civilians, most of them women, and wounding more than twenty, health officials said on Wednesday.

It was the deadliest attack on a residential neighbourhood since eastern commander Khalifa Haftar launched his offensive on the Libyan capital nearly two weeks ago.

Residents said around a dozen Grad-type rockets fell within a few minutes across the Hay al-Intisar and Salah al-Din areas, punching holes through the walls and roofs of family homes and setting parked cars on fire. A health ministry spokesman for the Tripoli-based Government of National Accord (GNA) said several of the wounded had lost limbs and at least seven were in intensive care.

Both sides blamed each other. Prime Minister Fayez al-Sarraj, who toured one of the damaged streets in the early hours of Wednesday, accused Haftar's forces of deliberately shelling civilians and said his government would hand documentation to the International Criminal Court. A spokesman for Haftar's self-styled Libyan National Army (LNA) denied the LNA had fired on the district and said "militias" inside the city were responsible.

UN envoy Ghassan Salame, who is in Tripoli, described it on Twitter as a horrible night of indiscriminate shelling of residential areas and said such attacks had to stop immediately. He has warned that the use of indiscriminate explosive weapons in populated areas can amount to a war crime.

Hundreds of people gathered in the small hours in central Tripoli to protest against the shelling, witnesses said. Funerals were held on Wednesday afternoon.

The Abu Salim strike came as fighting remained stuck on the southern outskirts of the city, around the disused international airport, Ain Zara and Wadi Rabie, where neither side has made decisive gains in recent days.

The UN humanitarian office says at least 18,000 people have fled their homes in the southern suburbs since the start of the offensive, and that thousands more are trapped by the fighting with little access to water, electricity or medical care. Ambulance crews have repeatedly been unable to reach wounded people near the front lines.

Tuesday's barrage followed two nights of shelling on other parts of the capital. Residents of Ain Zara and Qasr Bin Ghashir say they have been cut off from electricity and mobile networks for days, and the UN has appealed for humanitarian pauses to let families leave and ambulances reach the wounded. Several hundred migrants held in detention centres close to the front have also been left exposed, according to aid agencies.

Tripoli hospitals have set up extra beds for the wounded, and the health ministry has appealed for blood donations. The World Health Organization, which has sent surgical teams and trauma kits, said on Wednesday that 205 people had been killed and more than 900 wounded since the offensive began, a toll that includes fighters and civilians.

Haftar, whose forces control eastern Libya and much of the south, launched the offensive on April 4, as UN Secretary-General Antonio Guterres was visiting the country ahead of a planned national conference. The conference, which had been due to take place this week in Ghadames, has been postponed.

Libya has been split between rival administrations in Tripoli and the east since 2014, three years after the NATO-backed uprising that toppled and killed Muammar Gaddafi.

(Reporting by MWS Tripoli bureau; editing by Paul Dressler)
"""),

dict(group=G, published="2019-04-17", outlet="Tripoli Free Voice",
title="Haftar's Grad rockets kill women and children in Abu Salim, Serraj vows to take 'war criminal' to ICC",
text="""
Home » Libya » Haftar's Grad rockets kill women and children in Abu Salim, Serraj vows to take 'war criminal' to ICC

April 17, 2019 - 09:12 | Written by: TFV Tripoli desk

Four civilians were killed and at least 26 others were injured when Khalifa Haftar's militias rained Grad rockets on the residential neighbourhoods of Abu Salim and Al-Intisar late Tuesday night, the Abu Salim Municipal Council said.

The council said in a statement that seven of the injured are in intensive care and four had to undergo amputations, adding that most of the dead were women who were sleeping in their homes when the rockets fell. Among the victims is a mother who was killed together with members of her family, according to neighbours.

The Field Medicine and Support Centre said its crews transferred the injured to Abu Salim Accident Hospital and Tripoli Central Hospital, while firefighters struggled for hours to put out fires in houses and cars.

The head of the Presidential Council, Fayez Al-Serraj, visited the bombed houses in Al-Intisar at dawn on Wednesday and said the "barbaric" attack proves that Haftar has no respect for human life. Al-Serraj said the government will present all documents to the International Criminal Court to prosecute Haftar as a war criminal, and called on the UN Security Council to take a clear position.

Angry residents took to the streets at midnight in Tripoli, Misrata and Zuwara to condemn the shelling, chanting against Haftar and his foreign backers.

The spokesman of Operation Volcano of Rage, which was launched by the Government of National Accord to repel the attack on the capital, said the rockets were fired from positions held by Haftar's forces south of the city and that the aggressors are targeting civilians after failing to make progress on the frontlines.

Tuesday was the third consecutive night in which rockets and shells fell on residential areas of the capital. On Sunday and Monday nights, projectiles landed in Ain Zara, Al-Hadba and around the Salah Al-Deen district, damaging homes and a number of shops, according to residents.

The Ambulance and Emergency Service said its crews are working in very difficult conditions, as some ambulances have been hit by gunfire while trying to evacuate families trapped near the frontlines in Ain Zara and Wadi Al-Rabie.

Haftar's media outlets claimed that the rockets were fired by the government forces themselves, a claim rejected by the municipal council as "shameless lies".

Abu Salim is one of the most crowded districts of the capital and many families displaced from Ain Zara, Khallat Al-Furjan and Qasr Bin Ghashir in the last two weeks have taken refuge there with relatives.

Haftar's forces launched their attack on Tripoli on April 4, and since then the southern suburbs of the capital have witnessed daily clashes, airstrikes and artillery shelling.

Share this:

    Facebook
    Twitter
    WhatsApp

Related

    Volcano of Rage forces push Haftar's militias back from Ain Zara
    Health Ministry: toll of Tripoli fighting rises
    Serraj: we will not negotiate while the aggressor is at our gates
"""),

dict(group=G, published="2019-04-18", outlet="The London Courier",
title="Night of rockets brings Tripoli's war into family homes",
text="""
The rockets came just before midnight, about a dozen of them in a few minutes, and by morning the war for Tripoli had moved from the farms and half-built villas of the southern outskirts into the bedrooms of Abu Salim.

At least seven people were killed in the strike late on Tuesday on the working-class district, according to local officials in the Libyan capital, most of them women. Health workers said more than 20 people were wounded, several of whom lost limbs. One family lost a mother, two daughters and a grandmother, neighbours told local media. A young man from the Al-Nasr area died of his wounds on Wednesday, raising the council's count.

Tolls have varied. The UN humanitarian office said six people had been killed; the municipality first put the number at four, then raised it. None of the figures could be independently confirmed, and both Field Marshal Khalifa Haftar's Libyan National Army and the forces loyal to the UN-recognised Government of National Accord (GNA) blamed each other for the barrage.

Fayez al-Serraj, the soft-spoken prime minister whose government Haftar has vowed to "liberate" Tripoli from, visited the scene at dawn and called the attack barbaric, promising to send evidence to the International Criminal Court. Ghassan Salame, the UN special envoy, said the attacks on residential areas had to stop at once, and the UN mission warned that indiscriminate shelling of civilians may constitute a war crime.

The strike is the clearest sign yet of what many in Tripoli have feared since Haftar's columns rolled north from Gharyan two weeks ago: that a campaign sold by its backers as a swift, surgical operation to rid the capital of "terrorists and militias" would settle into a grinding siege fought with artillery and rockets in a city of more than two million people.

Haftar, 75, a former Gaddafi-era officer who spent two decades in exile in the United States, launched the offensive on April 4, timing it, to the dismay of the UN, with a visit by Antonio Guterres and days before a long-planned national conference in Ghadames that was meant to chart a path to elections. The conference has been shelved.

The advance stalled within days. The LNA took the old international airport, which has been out of use since 2014, and pushed into Qasr Bin Ghashir, Ain Zara and Wadi Rabie, but militias from Tripoli, Misrata and Zintan rallied to the GNA and stopped them short of the city proper. On April 8 an LNA warplane struck Mitiga, the capital's only working airport, briefly halting flights.

Since then, the front has barely moved, and the cost has fallen on the people living along it. The UN migration agency says some 25,000 people have now fled their homes, with more than 4,500 displaced in a single day this week; the World Health Organization has counted more than 200 dead and 900 wounded, civilians and fighters combined. The UN refugee agency has moved more than 150 refugees out of a detention centre in Ain Zara that was close to the fighting. Ambulance crews say they have been fired on while trying to reach the wounded, and the UN has called repeatedly for a humanitarian truce to evacuate families trapped in the crossfire. Those calls have gone unanswered.

Abu Salim, a sprawl of concrete apartment blocks and family houses a few kilometres from the centre, had until this week felt relatively safe. Many residents have taken in relatives who fled Ain Zara and Khallat al-Furjan. On Wednesday, families swept glass from courtyards and inspected the twisted tails of rockets lodged in walls.

Diplomatically, the picture is no clearer. The UN Security Council has failed to agree on a resolution calling for a ceasefire, amid divisions among its members. Haftar counts Egypt and the United Arab Emirates among his principal backers, while Turkey and Qatar are close to the Tripoli authorities.

For now the people of Abu Salim are left with the same question that hangs over the whole capital: whether the rockets of Tuesday night were a grim exception or a sign of what is coming.
"""),
]
