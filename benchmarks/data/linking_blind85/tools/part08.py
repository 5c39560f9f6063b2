# Event: gna_retakes_tripoli_international_airport_2020_06_03
G = "gna_retakes_tripoli_international_airport_2020_06_03"

BG_MWS = ("Libya has had no stable central authority since a NATO-backed uprising toppled Muammar Gaddafi in 2011, "
          "and since 2014 it has been divided between rival administrations in Tripoli and the east. Haftar's LNA, "
          "backed by the United Arab Emirates, Egypt and Russia, began its assault on the capital in April 2019. "
          "Turkey has sent drones, military advisers and allied Syrian fighters to support the GNA.")


BG_MWS2 = ("Foreign powers have poured weapons and fighters into the conflict despite a UN arms embargo. At a summit in Berlin in January, "
           "the countries involved pledged to respect the embargo and stop interfering, but UN officials say those commitments have been widely ignored.")

ARTICLES = [
dict(group=G, published="2020-06-03", outlet="Maghreb Wire Service",
title="Libyan government forces say they retook Tripoli airport from Haftar",
text="""TRIPOLI (MWS) - Forces loyal to Libya's internationally recognised government said on Wednesday they had retaken Tripoli's international airport from eastern commander Khalifa Haftar, pushing his Libyan National Army (LNA) further from the capital it has tried to capture for more than a year.

"Our forces have fully liberated Tripoli International Airport," said Mohamed Gnounou, spokesman for the forces of the Government of National Accord (GNA). He said they were chasing LNA fighters retreating south towards Qasr bin Ghashir.

Gnounou said the GNA had begun a final assault on the airport early on Wednesday after encircling it over the previous days, and that drones had struck LNA tanks inside the perimeter and in Qasr bin Ghashir. Pro-GNA television channels showed fighters driving past the shell of the terminal building and firing into the air.

The GNA said later that its forces had recovered dozens of bodies of LNA fighters in the area. The figure could not be verified.

There was no immediate comment from the LNA. Its forces took the airport, which lies about 25 km (15 miles) south of the city centre, in the first days of the offensive on Tripoli in April 2019 and used it as a base for the fighting in the southern suburbs.

The airport has been closed since 2014, when rival armed factions fought over it for weeks and destroyed much of its fleet and terminal. Civilian flights in the capital use Mitiga, a former military airbase closer to the centre, which has been repeatedly shelled.

The loss comes after a string of reverses for Haftar, who lost the al-Watiya airbase in the west on May 18 and withdrew from parts of the southern front days later. GNA forces have since taken the Yarmouk and Hamza military camps south of Tripoli with support from Turkish drones.

The UN mission in Libya said this week that both sides had agreed to resume talks within the framework of a joint military commission aimed at a lasting ceasefire. Acting UN envoy Stephanie Williams held a first session with an LNA delegation on Wednesday by videoconference, a UN spokesman said, with a meeting with the GNA side to follow in the coming days.

GNA officials have said they want to push Haftar's forces out of the whole of western Libya before sitting down to negotiate. The LNA's main remaining position in the west is Tarhuna, about 65 km southeast of Tripoli.

""" + BG_MWS + "\n\n" + BG_MWS2 + """

(Reporting by Ayman Werfalli in Tripoli and Karim Haddad in Tunis; Editing by Philippa Crane)"""),

dict(group=G, published="2020-06-03", outlet="Libya Liberty Observer",
title="Tripoli International Airport liberated, Haftar's militias flee toward Qasr bin Ghashir",
text="""The Libyan Army forces have taken full control of Tripoli International Airport on Wednesday after defeating Khalifa Haftar's terrorist militias and their mercenaries, the spokesman for the Libyan Army, Mohammed Gununu, said.

Gununu said the army began its advance on the airport early in the morning after completing its siege of the area two days ago, and that the militias collapsed within hours and fled toward Qasr bin Ghashir, with army units pursuing them toward Sabia and Souq Al-Khamis.

The air force targeted three tanks of the militias in Qasr bin Ghashir and another tank inside the airport in the hours before the final assault, according to the spokesman.

Gununu added that 48 bodies of militia fighters were found in and around the airport after the battle, while the rest of the fighters fled their positions under heavy fire.

"This victory comes after a week of victories in which our heroic forces took back all the military camps in south Tripoli and confined the militias to a small area," Gununu said.

Celebrations broke out in several neighbourhoods of the capital as videos of soldiers inside the airport spread on social media.

The airport had been under the control of the war criminal Haftar's militias since the first weeks of their aggression on Tripoli in April 2019, and they used it to launch rockets and drones against residential areas of the capital.

The liberation of the airport came a day after the UN mission announced that both sides had accepted to resume the talks of the 5+5 Joint Military Commission. Officials of the Government of National Accord have stressed that the army will continue its operations until all of western Libya is cleared of Haftar's militias and mercenaries, and that any talks must not give the aggressor what he failed to take by force.

The spokesman of the Volcano of Rage Operation said the army's engineering units would start clearing mines and explosive devices left by the militias in the airport area and the surrounding neighbourhoods, and urged displaced residents not to return to their homes before the areas are declared safe.

Residents of Qasr bin Ghashir, Ain Zara and Salah Al-Din have been displaced for more than a year because of the fighting, and dozens of civilians were killed in the shelling of their homes.

Haftar's militias have suffered successive defeats since the launch of Operation Peace Storm. The army liberated the cities of the western coast in April and Al-Watiya airbase on May 18, before the Wagner mercenaries were seen fleeing the frontlines of south Tripoli toward Bani Walid last week."""),

dict(group=G, published="2020-06-04", outlet="Gundem Manset",
title="Libya Ordusu Trablus Uluslararası Havalimanı'nı kurtardı / Libya Army liberated Tripoli International Airport",
text="""Gündem Manşet - English (auto-translated)

Libya Army liberated Tripoli International Airport

The forces of legitimate government in Libya announced that Tripoli International Airport which was under occupation of putschist Hafter militias since April 2019 is completely liberated.

Libya Army spokesman Muhammed Kanunu said in the statement yesterday evening that the forces entered the airport after a short clash and that the militias of Hafter are fleeing to Kasr bin Gaşir direction.

It was learned that the Libya Army with the support of SİHA (armed unmanned aerial vehicle) made intense operations around the airport in last days and took the Yarmuk and Hamza camps.

The airport is closed to the flights since 2014 because of clashes and it is located 27 kilometer from Trablus center.

Başbakan Fayiz es-Serrac is coming to Ankara today to meet Cumhurbaşkanı Erdoğan, it was reported.

ETİKETLER: Libya, Trablus, Hafter, Havalimanı

Bu web sitesi çerezleri kullanmaktadır. Kabul et"""),
]
