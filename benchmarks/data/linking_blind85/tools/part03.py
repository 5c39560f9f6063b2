# Event: lna_declares_ramadan_truce_2020_04_29
G = "lna_declares_ramadan_truce_2020_04_29"

ARTICLES = [
dict(group=G, published="2020-04-30", outlet="Vostok News International",
title="Haftar's Libyan National Army announces halt to hostilities for Ramadan",
text="""CAIRO, April 30 (VNI) - The Libyan National Army (LNA) led by Field Marshal Khalifa Haftar will cease military operations for the remainder of the holy month of Ramadan, LNA spokesman Maj. Gen. Ahmed Mismari said late on Wednesday.

Speaking at a televised news conference in Benghazi, Mismari said the general command had taken the decision out of respect for the holy month and in response to calls from "brotherly and friendly" countries for a cessation of hostilities.

According to the spokesman, the LNA is halting all operations on its side, but any violation by the forces of the Tripoli-based Government of National Accord (GNA) will be met with an immediate and harsh response.

Mismari also said the LNA was working on a new road map that would lead to a stable and secure state, adding that the army's aims remained the eradication of terrorism, the dismantling of militias and the collection of illegal weapons.

Ramadan began in Libya on April 24. Last week, the United Nations, the European Union and a number of states urged the warring parties to lay down their arms during the holy month and to concentrate on containing the coronavirus.

The announcement came two days after Haftar said in a televised address on Monday that the LNA accepted a "popular mandate" to run the country and that the 2015 Skhirat agreement, under which the GNA was formed, was a thing of the past. The GNA denounced the move as a new coup attempt, while the United States said it regretted the suggestion that Libya's political structure could be changed by unilateral declaration.

In his Monday speech, broadcast by the Libya al-Hadath TV channel, Haftar said the general command was "proud" to have been entrusted with leading the country, but did not spell out what role the eastern-based House of Representatives, which had been the main source of his legitimacy, would play. The parliament's speaker, Aguila Saleh, had a week earlier proposed his own political initiative providing for a new presidential council.

Correspondents in Tripoli reported hearing explosions in the city shortly after the LNA statement was broadcast. There was no immediate reaction from the GNA on Wednesday night.

Fighting intensified in mid-April, after GNA forces announced on April 13 the capture of Sabratha and Surman on the coast west of the capital. GNA units have since been attacking Tarhuna, a town southeast of Tripoli that serves as an LNA stronghold.

Moscow has repeatedly called on the Libyan parties to stop fighting and return to negotiations on the basis of the decisions of the Berlin conference held in January.

Libya has been torn between rival authorities since the overthrow and killing of Muammar Gaddafi in 2011. The east of the country is governed by a parliament elected in 2014 and allied with the LNA, while the west is controlled by the GNA headed by Fayez Sarraj."""),

dict(group=G, published="2020-04-30", outlet="Gulf Dispatch",
title="LNA halts military operations for holy month after appeals from friendly nations",
text="""Libya's National Army (LNA) announced on Wednesday night a halt to its military operations for the rest of the holy month of Ramadan, saying it was responding to appeals from friendly and brotherly countries and to the wishes of the Libyan people.

LNA spokesman Major General Ahmed Al Mismari made the announcement at a press conference in Benghazi. He said Field Marshal Khalifa Haftar had accepted the international community's call for a humanitarian truce and thanked the countries that had worked to help Libyans through the crisis.

"The General Command announces the cessation of military operations on its part," Al Mismari said, warning that any breach by the Turkish-backed militias would be met with an immediate and firm response.

The spokesman accused the militias in Tripoli and their Turkish sponsors of exploiting every previous truce to bring in weapons and mercenaries, and said the army reserved its right to defend its positions and civilians.

The truce announcement follows a turbulent week. On Monday, Field Marshal Haftar said in a televised speech that the army was honoured to accept a popular mandate to lead the country, and declared the Skhirat political agreement of 2015 over, saying it had failed Libyans and entrenched the power of militias.

In the address, the Field Marshal said the army would work to create the conditions for building permanent civilian institutions and that it would respect the will of the people, adding that the political agreement had brought nothing but division and the spread of militias.

The speech came days after House of Representatives Speaker Aguila Saleh put forward his own political initiative, calling for a new presidential council with members chosen by the country's three historic regions and for a new constitution. Saleh has said there is no disagreement between him and the Field Marshal.

Analysts in the Gulf said the move placed the onus on the Government of National Accord (GNA), which has stepped up attacks since late March with the help of Turkish drones and Syrian mercenaries. The GNA seized the coastal towns of Sabratha and Surman earlier this month and has since launched repeated assaults on Tarhuna, south-east of Tripoli, all of which the LNA says it repelled.

The UAE has consistently called for an immediate and comprehensive ceasefire in Libya and a return to the UN-led political process, in line with the outcomes of the Berlin Conference held in January.

Hours after Al Mismari's statement, residents of Tripoli reported hearing explosions, and pro-GNA media indicated that the Tripoli government would not be bound by the truce.

The LNA launched its operation to free Tripoli from militias in April 2019. A ceasefire agreed in January under Russian and Turkish sponsorship, and the commitments made at the Berlin Conference on January 19, have repeatedly broken down, with the LNA accusing Ankara of continuing to ship weapons and fighters to Tripoli despite the UN arms embargo."""),

dict(group=G, published="2020-04-30", outlet="Indus Daily Wire",
title="Libya strongman's forces say halt fighting for Ramadan",
text="""Benghazi, (Indus Daily Wire / MWS - 30th Apr, 2020 ) :Khalifa Haftar's eastern-based forces announced a halt to combat operations until the end of Ramadan, weeks after losing ground to the UN-backed government in western Libya.

Libyan National Army (LNA) spokesman Ahmed Mismari said in a television broadcast late on Wednesday that the ceasefire came at the request of the international community and "friendly countries". He warned that any violation by the other side would get an immediate response.

There was no immediate reaction from the Government of National Accord (GNA). Earlier truces this year, including one agreed in January and a pause declared in March over the coronavirus, collapsed within days. This month the GNA, helped by Turkish drones, drove the LNA out of two towns on the coast west of the capital.

The announcement came two days after Haftar declared that his forces had a popular mandate to rule the country, a move that his rivals called a coup.

Ramadan began in Libya last Friday.

[ad_1]

Libya: UN urges humanitarian truce during holy month
Turkey says it will stand by Tripoli government
Libya oil blockade losses mount, state firm says

[ad_2]"""),
]
