G5 = "sdf_reaches_deal_with_damascus_on_army_deployment_2019_10_13"

ARTICLES = [
dict(group=G5, published="2019-10-14", outlet="Damascus Sentinel",
title="Army units move north to confront Turkish aggression on Syrian territory",
text="""Hasaka, (Damascus Sentinel) - Units of the Syrian Arab Army began moving towards the north of the country to confront the Turkish aggression on Syrian territory, the state media reported on Sunday evening, after the announcement of an understanding under which the army will deploy along the border with Turkey.

The units will be deployed in a number of areas in the north of the country to "confront the aggression of the Turkish regime", which has been committing crimes against the Syrian people in the towns and villages of Hasaka and Raqqa countrysides since last Wednesday, the reports said.

On Monday morning, army units entered the town of Tal Tamr in the northern countryside of Hasaka, where they were received by the people with national flags and chants in support of the army and of President Bashar al-Assad, the Sentinel's correspondent reported. Units also headed towards the area of Manbij in the countryside of Aleppo.

The Kurdish-led administration in the region had announced on Sunday that an agreement was reached with the Syrian state for the army to enter and deploy along the Syrian-Turkish border in order to help repel the Turkish attack and to liberate areas that had been entered by the Turkish army and the mercenary factions, including Afrin. In its statement it said the agreement aims to stop the aggression and protect the border.

The Turkish regime's forces and the terrorist groups affiliated with it have continued their attacks on the towns of Ras al-Ain and Tal Abyad, displacing tens of thousands of citizens, and targeting water stations and infrastructure. The Alouk water station, which supplies drinking water to Hasaka city and its countryside, was put out of service by the Turkish shelling, leaving hundreds of thousands of people without water.

A source at the Foreign and Expatriates Ministry had stressed that the Syrian Arab Republic will confront the Turkish aggression in all its forms and by all legitimate means, and that the Erdogan regime's claims about a "safe zone" are an attempt to cover its expansionist ambitions and its support for terrorism.

The source also held the groups which relied on the American occupation responsible for what has happened, saying that Syria had warned them repeatedly against betting on foreign powers.

The Turkish regime launched its aggression on October 9, after the American forces announced their withdrawal from positions near the border. The Arab League condemned the aggression at an emergency meeting in Cairo on Saturday.

Share this:
Facebook
Twitter
Print

Related posts
- Citizens in Qamishli rally in support of the army
- Mekdad: Syria will regain every inch of its territory""" ),

dict(group=G5, published="2019-10-14", outlet="Novosti Vostok",
title="Syrian Kurds agree with Damascus on deployment of government troops to Turkish border",
text="""MOSCOW, October 14. /Novosti Vostok/. The Kurdish-led administration of northeastern Syria has reached an agreement with the Syrian government on the deployment of Syrian army units along the border with Turkey to repel the Turkish offensive, according to a statement distributed on Sunday evening.

"In order to prevent and confront this aggression, an agreement has been reached with the Syrian government so that the Syrian army can enter and deploy along the Syrian-Turkish border to assist the Syrian Democratic Forces," the statement said. It said the deployment would make it possible to liberate areas occupied by the Turkish army, including the city of Afrin.

Syria's state news agency reported that government troops had begun to move north. According to media reports, on Monday Syrian units entered the town of Tell Tamer in the Hasakah province, about 30 km south of Ras al-Ain, and were moving towards Manbij and Kobani (Ain al-Arab).

The Russian side has repeatedly said that the only way to guarantee long-term security in the border area is the restoration of the Syrian government's control over it. Foreign Minister Sergey Lavrov said last week that Moscow would encourage a dialogue between Damascus and the Kurdish organisations and that Turkey's security concerns could be met on the basis of the 1998 Adana agreement between Ankara and Damascus.

Earlier on Sunday, US Defense Secretary Mark Esper said that President Donald Trump had ordered the withdrawal of up to 1,000 US troops from northern Syria, citing a risk that they could be caught between advancing Turkish forces and the Kurdish formations.

Turkey's defence ministry announced on Sunday that Turkish troops and allied Syrian groups had taken control of the centre of Tell Abyad. Ankara launched Operation Peace Spring on October 9.

The commander of the Syrian Democratic Forces, Mazloum Abdi, wrote in an article published by the American magazine Foreign Policy that the Kurds understood they would have to make painful compromises if they chose to work with Moscow and Damascus, but that between compromise and the genocide of their people they would choose life.

Kurdish officials also said that hundreds of family members of Islamic State militants had escaped from the camp at Ain Issa amid Turkish shelling. The information could not be independently confirmed.""" ),

dict(group=G5, published="2019-10-13", outlet="Meridian Press Agency",
title="Syrian Kurds say deal reached for Assad's army to deploy on Turkish border",
text="""QAMISHLI, Syria (MPA) - Syria's Kurdish-led administration said on Sunday it had reached a deal with the government in Damascus for the Syrian army to deploy along the border with Turkey, in a dramatic shift of alliances after Washington pulled back its troops.

The administration said in a statement the army would help the Syrian Democratic Forces (SDF) "repel this aggression" by Turkey, which launched a cross-border offensive on Wednesday. Syrian state television said troops were heading north.

The deal marks a major turnaround for the SDF, which had been Washington's main ally against Islamic State and had for years kept the government out of much of the northeast.

Hours earlier, U.S. Defense Secretary Mark Esper said the United States would pull its remaining troops, up to 1,000, from northern Syria.

(Reporting by MPA staff; editing by Ruth Alder)""" ),
]
