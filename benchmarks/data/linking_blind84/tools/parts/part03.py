G5 = "lna_strikes_zuwara_airport_drone_hangars_2019_08_15"
G6 = "lna_airstrikes_on_misrata_air_college_2019_08_18"

ARTICLES = [
dict(group=G5, published="2019-08-16", outlet="Anatolian Daily Star",
title="Haftar militia claims airstrikes on Libya's Zuwara airport",
text=r"""Haftar militia claims airstrikes on Libya's Zuwara airport

Putschist commander's spokesman says two hangars at the civilian airport in western Libya were hit

TRIPOLI

Zuwara airport in northwestern Libya was bombed on Thursday by aircraft of the illegitimate militia of Khalifa Haftar, the eastern commander's spokesman said late in the day.

Writing on Facebook, Ahmed al-Mismari alleged that two hangars at the airport had been used as a base for Turkish drones and that both had been levelled. He insisted that the runway and passenger building had been deliberately left untouched.

According to al-Mismari, the militia decided to strike after monitoring what he called drone activity at the site.

Zuwara, a largely Amazigh port city around 100 kilometers west of Tripoli, lies on the coastal road to the Tunisian border crossing at Ras Ajdir.

There was no immediate comment from the Zuwara municipality or from the Government of National Accord (GNA) on the extent of the damage.

On the same day, the UN Support Mission in Libya (UNSMIL) voiced its alarm at the growing number of attacks on airports in the west of the country, naming Zuwara and Tripoli's Mitiga, and said thousands of passengers, aid workers and UN staff among them, were being put in danger.

The UN mission stressed that Mitiga is the only functioning airport in the greater Tripoli area and is used by hundreds of thousands of civilians and for the delivery of humanitarian aid.

Haftar's militia has repeatedly targeted Mitiga since launching its attack on Tripoli on April 4, claiming that the airport is used for military purposes. The GNA rejects the claim and accuses Haftar of trying to cut off the capital.

In late June, after losing the strategic city of Gharyan, Haftar's spokesman announced that Turkish companies and ships were "legitimate targets" and that all flights to Turkey were banned. Turkey warned that any attack on its interests would be met with a heavy price.

Haftar's militia also struck the air academy in the city of Misrata on July 27, claiming to have destroyed Turkish drones and an air defence system, a claim denied by sources in Misrata who said the raid caused no damage.

A truce proposed by the UN for the Eid al-Adha holiday was accepted by both sides last weekend, but clashes resumed on several fronts south of Tripoli shortly afterwards.

Turkey recognises the GNA as Libya's sole legitimate government. Haftar is backed by the UAE and Egypt.

Libya has been divided since the fall of Muammar Gaddafi in 2011. The GNA in Tripoli is the government recognised by the UN, while rival authorities in the east rely on Haftar and on the backing of Cairo and Abu Dhabi."""),

dict(group=G5, published="2019-08-15", outlet="Volga News Agency",
title="Haftar's Army targeted Turkish drones in strikes on Zuwara airport - spokesman",
text=r"""MOSCOW, August 15 (VNA) - Air strikes carried out by the Libyan National Army (LNA) of Field Marshal Khalifa Haftar on the airport of the western Libyan city of Zuwara were aimed at Turkish drones, LNA spokesman Ahmed Mismari said in a statement on Thursday.

According to Mismari, LNA warplanes levelled two hangars on the airport grounds after surveillance showed that Turkish drones were being kept and launched from there.

He stressed that the runway and the passenger terminal had not been targeted.

Reports of the raid first emerged on Thursday on Libya al-Ahrar, a television channel, which said LNA jets had bombed the airport not far from the Tunisian border.

The LNA has been trying to take Tripoli from the UN-backed Government of National Accord (GNA) since early April. The LNA accuses Turkey of supplying the GNA with drones and military equipment in violation of the UN arms embargo."""),

dict(group=G6, published="2019-08-18", outlet="Nile Gazette",
title="Libyan Air Force carries out 11 strikes on Turkish drone facilities in Misrata",
text=r"""Libyan Air Force carries out 11 strikes on Turkish drone facilities in Misrata

Cairo - Nile Gazette
Sunday 18 August 2019

The Libyan Air Force carried out at dawn on Sunday 11 air strikes on the Air College in Misrata, targeting facilities used to launch and control the Turkish drones that attack the positions of the Libyan National Army (LNA) around Tripoli, the General Command announced.

Major General Ahmed al-Mesmari, spokesman of the General Command, said the strikes hit the hangars from which the drones take off, the control rooms and antennas used to guide them, and the stores of missiles used by these aircraft. "The targets were destroyed with high accuracy and our aircraft returned safely to their bases," he said.

Al-Mesmari said that units of the armed forces are being mobilised on the outskirts of Misrata, in a clear message to the militias of the city, which form the backbone of the forces defending the so-called Government of National Accord (GNA).

The General Command also issued a message to the people of Misrata. It assured them that the army bears no hostility towards the city, but said that as long as Misrata's armed groups fight against the liberation of Tripoli, the military installations there will remain within the air force's range. If the city chooses neutrality and stops sending men and arms to the capital, the message said, the air raids will end.

Read also: Libyan Army: Zuwara airport hangars housing Turkish drones destroyed

The strikes come three days after the air force destroyed two hangars at Zuwara airport in the west of the country which, according to the army, were used to launch Turkish drones. At the end of July, the army hit the Air College of Misrata for the first time, destroying an operations room and an air defence system, according to the General Command.

The army has repeatedly accused Ankara of sending drones, armoured vehicles and Turkish officers to Tripoli and Misrata in violation of the UN arms embargo, and considers the Air College in Misrata the main base for the Turkish drone programme in Libya after the repeated strikes on Mitiga.

The strikes come one day after the end of the brief truce that was declared for the Eid al-Adha holiday, during which the army accused the militias of exploiting the calm to reinforce their positions south of Tripoli with weapons coming from Misrata.

Egyptian military experts said the targeting of the drone infrastructure is aimed at depriving the militias of the only weapon that gave them an advantage after Gharyan. "Without the Turkish drones, the militias have no air cover," one retired general told Nile Gazette.

In the same context, the army's media division published footage that it said showed the moment the strikes hit the Air College, followed by large explosions and fires, which it said were the result of missile stores exploding.

Read also: Mesmari: Turkey turned Misrata into a base for its drones

Tags: Libya, Misrata, Turkey, drones, Libyan National Army"""),

dict(group=G6, published="2019-08-19", outlet="Tripoli Voice",
title="Volcano of Rage: Haftar's raids on Misrata hit buildings and runway, not drones",
text=r"""Volcano of Rage: Haftar's raids on Misrata hit buildings and runway, not drones

August 19, 2019 - 09:17
Written by: Tripoli Voice staff

Haftar's media are lying about Sunday's raids on Misrata, the Volcano of Rage operation of the Government of National Accord (GNA) said: no drone control room or missile store was hit, and the strikes only damaged a few buildings and sections of the airport's runway.

The attack came before dawn, when aircraft flying for the warlord, among them Chinese-built drones that UN experts say are operated by the UAE, hit the Air College and the runway repeatedly. Haftar's so-called General Command boasted of 11 strikes on air defences and drone sites.

Haftar's spokesman Ahmed al-Mismari also claimed that Haftar's forces were massing on the outskirts of Misrata to "retake" the city, a claim that residents and military officials in Misrata mocked on social media.

Haftar's command also tried to divide the city, telling its residents that the bombs were aimed only at Misrata's role in defending Tripoli and that the raids would cease if Misrata walked away from the war.

"Misrata will not be neutral between the aggressor and the victim," a member of the city's municipal council told Tripoli Voice. "These threats were tried before and they failed."

The attack is the third on airports in the west in less than a month. Haftar's air force hit Misrata's Air College for the first time on July 27, and on Thursday it bombed Zuwara airport, claiming to have destroyed Turkish drone hangars there. Mitiga airport in Tripoli has been shelled and bombed repeatedly, forcing the diversion of flights to Misrata.

The UN Support Mission in Libya said last week that the systematic attacks on airports in western Libya endangered thousands of civilian travellers.

Haftar's air campaign against the west has intensified since his militias lost Gharyan on June 26. Two days after that defeat, his spokesman announced that Turkish ships and companies were "legitimate targets", banned flights to Turkey and ordered the arrest of Turkish citizens. Six Turkish sailors were detained and later released after Ankara warned of retaliation.

Turkey, which backs the GNA, has not commented on Haftar's claims about Turkish drones at Misrata. Ankara said in June that it would respond to any attack on its interests after Haftar declared Turkish companies and ships legitimate targets.

Earlier this month, an air strike on Murzuq in the south killed more than 40 people, most of them civilians, according to local officials, in an attack the municipality blamed on Haftar's air force.

The GNA has repeatedly called on the UN Security Council to name the countries supplying Haftar with aircraft and to hold them accountable.

Share this:
Facebook
Twitter
WhatsApp

Related
Zuwara residents fear for their airport after Haftar raid
Misrata airport receives diverted Mitiga flights
UN experts: UAE-linked drones used in Tripoli strikes"""),

dict(group=G6, published="2019-08-19", outlet="Maghreb Live",
title="Libya briefing, Monday 19 August: Haftar jets pound Misrata air college; truce gone",
text=r"""Libya briefing, Monday 19 August: Haftar jets pound Misrata air college; truce gone

Maghreb Live | Daily briefing | Updated 08:30 GMT

Good morning. Here is what you need to know about Libya today.

1. MISRATA HIT AGAIN
Aircraft loyal to Khalifa Haftar struck the air college and the runway area of Misrata airport in the early hours of Sunday. Haftar's Libyan National Army (LNA) said it launched 11 strikes on air defences and on installations used to fly and control drones, which it says are supplied by Turkey. The GNA's Volcano of Rage operation said only buildings and part of the runway were hit. The LNA also said it was massing troops on Misrata's outskirts and told residents the strikes would stop if the city stayed out of the war. This is the second time the air college has been hit: the first raid came on July 27.

2. ZUWARA RECAP
On Thursday the LNA bombed Zuwara airport, near the Tunisian border, and said it had flattened two hangars housing Turkish drones. The UN mission (UNSMIL) on the same day deplored what it called systematic attacks on airports in western Libya.

3. EID TRUCE FADES
The brief truce that both sides accepted for the Eid al-Adha holiday has not survived. Clashes resumed on several fronts south of Tripoli over the weekend, residents of Ain Zara and Salah al-Din said.

4. MITIGA
Mitiga has suspended flights several times this month. The UN says the airport has been hit repeatedly since late July, including during the Hajj season, when thousands of pilgrims were due to fly out of Tripoli.

5. THE SOUTH
Two weeks after an air strike on a town hall meeting in Murzuq killed more than 40 people, local leaders say tensions between Tebu and Arab communities in the Fezzan remain high. The LNA denied targeting civilians and said it had struck "Chadian opposition" fighters.

6. TURKEY-HAFTAR FEUD
Ankara has not commented on the latest LNA claims. The feud between Turkey and Haftar's camp dates back to late June, when Haftar's spokesman declared Turkish ships and firms legitimate targets and banned flights to Turkey after the loss of Gharyan.

7. BY THE NUMBERS
More than 1,000 people have been killed and over 100,000 displaced since Haftar launched his offensive on Tripoli on April 4, according to UN agencies.

WHAT TO WATCH
Flights at Mitiga, which are frequently diverted to Misrata, could be disrupted at both airports if the strikes continue."""),
]
