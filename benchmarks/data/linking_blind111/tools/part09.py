# Group 12: 49 Ivorian soldiers arrested at Bamako airport, 10 Jul 2022; Group 13: last French troops leave Mali, 15 Aug 2022
G12 = "mali_arrests_49_ivorian_soldiers_bamako_airport_2022_07_10"
G13 = "last_french_barkhane_troops_leave_mali_2022_08_15"
ARTS = [
dict(g=G12, p="2022-07-11", o="Abidjan Matin Express",
t="Bamako: 49 Ivorian soldiers held at the airport, Abidjan speaks of a 'misunderstanding'",
x="""ABIDJAN MATIN EXPRESS | International | Monday 11 July 2022

Forty-nine soldiers of the Ivorian army are held since Sunday at the international airport Modibo Keïta of Bamako-Sénou, where they disembarked of a special flight coming from Abidjan. The news, spread quickly on the social networks since Sunday evening, provoked an emotion in Côte d'Ivoire.

According to a source at the Bamako airport police, the soldiers, who arrived unarmed, did not have a mission order and were retained "for verification". Initially it was foreseen to conduct them to a camp of the gendarmerie, but they were finally kept at the airport, the same source indicated, assuring that they did not suffer any degrading treatment.

On the Ivorian side, one speaks of a misunderstanding. "There was no arrest, they were led to the gendarmerie school for verifications," assured an officer of the Ivorian army joined by telephone. According to an Ivorian diplomatic source, these soldiers came to Mali within the frame of an agreement to ensure the security at the logistics base of the German company Sahelian Aviation Services (SAS), which works for the MINUSMA. Some of them belong to the national support elements of the Ivorian contingent of the UN mission deployed in Mopti and Timbuktu.

Contacted, the MINUSMA did not wish to comment in the morning. Its spokesman, Olivier Salgado, indicated later on Twitter that these soldiers are not part of a contingent of the mission but are deployed for several years in Mali for a logistics support on behalf of one of its contingents, and that their rotation had been communicated beforehand to the Malian authorities.

On the networks, partisans of the Malian transition accuse them to be "mercenaries" who came to destabilise the country. In the evening, the spokesman of the Malian government, the colonel Abdoulaye Maïga, declared on the national television that the 49 soldiers were "considered as mercenaries", that they were in possession of weapons and ammunition of war without mission order nor authorisation, and that the file was transmitted to the judicial authorities.

This affair intervenes in a context of tension between Abidjan and Bamako. The Malian authorities have often accused Côte d'Ivoire of having pushed for the severe sanctions of the ECOWAS of January, which were lifted at the beginning of this month at the summit of Accra. Abidjan had also welcomed several personalities of the former regime of IBK.

The Ivorian Government is expected to react officially in the next hours. A National Security Council could be convened.

In the barracks of Abidjan, the families of the soldiers concerned wait with anxiety. The wife of one of them, met in the commune of Yopougon, told us that her husband had already made several rotations in Mali without any problem. "He called me on Sunday to say that they were blocked at the airport. Since then, nothing," she said.

Côte d'Ivoire counts an important contingent within the MINUSMA, and several Ivorian peacekeepers have lost their lives in Mali since 2013. Abidjan has always presented its participation as a contribution to the stability of a brotherly country with which it shares a long border and important human ties: hundreds of thousands of Malians live in Côte d'Ivoire.

Share:  Facebook | Twitter | WhatsApp | Email
Tags: Mali, FACI, MINUSMA, Bamako

Exit mobile version"""),

dict(g=G12, p="2022-07-11", o="Sahel Press Wire",
t="Mali detains 49 Ivory Coast soldiers, calls them mercenaries",
x="""BAMAKO (SPW) - Mali's military government said on Monday that 49 soldiers from Ivory Coast who were detained on arrival at Bamako airport on Sunday were mercenaries and that it had referred the case to prosecutors, in a move likely to strain ties with its southern neighbour.

The soldiers arrived on two aircraft "with their weapons and ammunition of war" and other military equipment, and had no mission order or authorisation to be in Mali, government spokesman Colonel Abdoulaye Maiga said in a statement read on state television.

He said the soldiers had given four different explanations for their presence, including a confidential mission, a rotation within the U.N. peacekeeping mission MINUSMA, the protection of the logistics base of the private company Sahelian Aviation Services (SAS) and the protection of the German contingent of MINUSMA.

The government decided to end immediately the protection of SAS by foreign forces and demanded their departure, Maiga said, inviting the company to entrust its security to Malian forces.

MINUSMA spokesman Olivier Salgado said on Twitter that the Ivorian soldiers were not part of one of the mission's contingents but had been deployed in Mali for several years to provide logistical support on behalf of one of its contingents, and that their arrival had been notified to the national authorities in advance.

An Ivorian diplomatic source said the soldiers had been sent to work for SAS, a German company contracted by the U.N. mission. There was no official comment from the Ivorian government on Monday.

Relations between Bamako and Abidjan have been tense since the coups. Mali's junta has accused Ivorian President Alassane Ouattara of pushing for the tough sanctions that the Economic Community of West African States (ECOWAS) imposed in January. The bloc lifted the sanctions on July 3 after Mali set a 2024 date for elections. Malian authorities have also sought the extradition of figures of the Keita government living in Ivory Coast, including the former president's son Karim Keita.

The arrests add to friction between the junta and the U.N. mission, whose mandate was renewed by the Security Council last month. Bamako has said it will not allow MINUSMA peacekeepers freedom of movement to investigate human rights abuses, including allegations that Malian soldiers and foreign fighters killed hundreds of civilians in the central village of Moura in March.

Ivory Coast contributes several hundred troops to MINUSMA, which has some 13,000 uniformed personnel and is one of the deadliest U.N. peacekeeping missions. Ivory Coast's own northern border regions have suffered attacks by jihadist groups operating out of Burkina Faso and Mali since 2020. Malian authorities have also sought the extradition of figures of the Keita government living in Ivory Coast, including the former president's son Karim Keita.

The arrests add to friction between the junta and the U.N. mission, whose mandate was renewed by the Security Council last month. Bamako has said it will not allow MINUSMA peacekeepers freedom of movement to investigate human rights abuses, including allegations that Malian soldiers and foreign fighters killed hundreds of civilians in the central village of Moura in March.

Ivory Coast contributes several hundred troops to MINUSMA, which has some 13,000 uniformed personnel and is one of the deadliest U.N. peacekeeping missions. Ivory Coast's own northern border regions have suffered attacks by jihadist groups operating out of Burkina Faso and Mali since 2020.

Mali has been battling Islamist insurgents linked to al Qaeda and Islamic State since 2012, when rebels and jihadists seized the north. Thousands of soldiers and civilians have been killed, and hundreds of thousands have fled their homes.

(Reporting by SPW Bamako and Abidjan bureaux; editing by the West Africa desk)"""),

dict(g=G12, p="2022-07-12", o="Portail Info Transition",
t="COMMUNIQUE OF THE GOVERNMENT OF THE TRANSITION RELATING TO THE ARRIVAL OF 49 IVORIAN SOLDIERS AT BAMAKO AIRPORT",
x="""PORTAIL INFO TRANSITION - Official communiqués

Bamako, 11 July 2022

The Government of the Transition informs the national and international opinion that on Sunday 10 July 2022, two aircraft coming from the Republic of Côte d'Ivoire landed at the International Airport Président Modibo Keïta of Bamako-Sénou, carrying forty-nine (49) soldiers of the Ivorian army, in possession of weapons and ammunition of war and of other military equipment.

The verifications carried out by the competent services established that these soldiers were on the national territory illegally, without mission order nor authorisation, and that their profession was concealed on their documents of travel. Questioned, they gave four different versions of the reasons of their presence: a confidential mission, a rotation within the MINUSMA, the security of the logistics base of the company Sahelian Aviation Services (SAS), and the protection of the German contingent of the MINUSMA.

The Ministry of Foreign Affairs and International Cooperation was not informed through the official channels of the arrival of these soldiers.

In consequence, the Government of the Transition:
- considers the forty-nine (49) soldiers as mercenaries and has referred the matter to the competent judicial authorities;
- decides to put an end immediately to the activity of protection of the company Sahelian Aviation Services by foreign forces and demands their departure from the national territory;
- invites the said company to entrust from now on its security to the Malian defence and security forces.

The Government of the Transition reaffirms its attachment to the good relations with the neighbouring and brotherly countries, but will not tolerate any attempt of destabilisation of the country. It reminds that the presence of any foreign military force on the national territory is subject to the prior authorisation of the Malian authorities.

The Minister of Territorial Administration and Decentralisation, Spokesman of the Government
Colonel Abdoulaye MAÏGA

---
Editor's note: The communiqué was read on the national television ORTM on the evening of Monday 11 July 2022. The 49 soldiers, who arrived on Sunday 10 July, are held at the gendarmerie school of Faladié pending the procedure, according to concordant sources. The United Nations mission (MINUSMA) indicated on social networks that the soldiers are deployed for several years within the frame of the national support elements (NSE) of one of its contingents, and that their arrival had been notified to the Malian authorities. The Ivorian authorities had not yet officially reacted at the time of publication of this communiqué; a meeting of the National Security Council of Côte d'Ivoire is announced.

Published by the editorial service. Reproduction authorised with mention of the source."""),

dict(g=G13, p="2022-08-15", o="Abidjan Matin Express",
t="Mali: the last soldiers of Barkhane have left the country, end of nine years of French presence",
x="""ABIDJAN MATIN EXPRESS | International | Monday 15 August 2022

It is a page of history which is turned. The last French soldiers of the operation Barkhane left Mali this Monday 15 August 2022, crossing the border with Niger, announced the General Staff of the French armies in a communiqué.

"This day, the last soldiers of the force Barkhane present on the Malian soil crossed the border between Mali and Niger," indicates the text. They came from the operational desert platform of Gao, the last French base in the country, which was transferred to the Malian Armed Forces (FAMa).

The Elysée, on its side, saluted the commitment of the soldiers who fought against the terrorist groups in the Sahel since 2013 and affirmed that the "rearticulation" was done "in all transparency" with the Malian army and the partners. France remains engaged in the Sahel, in the Gulf of Guinea and in the zone of Lake Chad, the presidency added.

According to images diffused by French media, a convoy of several dozens of armoured vehicles, composed mostly of legionnaires and of marine troops, left Gao in the night to travel the some 200 kilometres which separate the camp of the Nigerien border. The handover of the Gao base, the last and the most important of the French dispositive, was made without ceremony with the Malian army.

The operation Serval had been launched in January 2013 by the President François Hollande to stop the advance of the jihadist columns towards the south, before being replaced in August 2014 by Barkhane, with a regional mandate covering five countries of the Sahel. In more than nine years, dozens of French soldiers lost their life.

The withdrawal was announced on 17 February by the President Emmanuel Macron, who had given himself four to six months. The French had before that ceded the bases of Gossi in April and of Ménaka in June. In the meantime, the junta of Bamako had denounced in May the defence agreements linking the two countries.

The relations between Paris and Bamako, degraded since the second coup of May 2021, are now at their lowest level. The French ambassador was expelled in January and the French media RFI and France 24 are suspended in Mali.

At Abidjan, the news is followed with attention, while the file of the 49 Ivorian soldiers arrested on 10 July at Bamako airport is still not resolved. The Ivorian authorities continue the diplomatic efforts, notably through the mediation of Togo, to obtain their liberation.

Read also: 49 soldiers detained in Mali: the families wait anxiously
Read also: Niger: what French presence after Mali?

Share:  Facebook | Twitter | WhatsApp | Email"""),

dict(g=G13, p="2022-08-16", o="Sahel Security Review",
t="Barkhane completes Mali exit as last convoy crosses into Niger",
x="""SAHEL SECURITY REVIEW | Brief | 16 August 2022

Event. The French armed forces announced that the last Barkhane personnel in Mali crossed into Niger on 15 August 2022, ending the French military presence in the country that began with Operation Serval in January 2013. The final element left the Gao desert operational platform (PfOD), the largest French base in the Sahel, which was transferred to the Malian armed forces (FAMa) the same day. French media on the scene reported the convoy passed the Labbézanga border post in the late morning.

Timeline of the drawdown.
- 17 Feb: President Macron announces the withdrawal of Barkhane and Takuba over four to six months.
- 19 Apr: Gossi handed over; within days the French army publishes drone imagery it says shows Russian personnel burying bodies near the base.
- 2 May: Bamako denounces the SOFAs and the 2014 defence cooperation treaty.
- 13 Jun: Ménaka handed over.
- 30 Jun: Task Force Takuba formally ends its operations in Mali.
- 15 Aug: Gao transferred; last convoy exits.

The exit, broadly in line with Macron's six-month window, was carried out without a major attack on departing forces, which was the main operational concern. Vehicles and containers were moved by road towards Niger and by strategic airlift from Gao.

What remains. France retains a presence in Niger (about 1,000 personnel, air assets in Niamey), in Chad (N'Djamena headquarters) and special forces in Burkina Faso. Paris says the Barkhane label will be replaced by a lighter partnership posture to be presented in the autumn.

Implications for Mali. Malian forces and their Russian partners now hold the former French bases. The UN mission MINUSMA loses French air support and quick reaction capacity; Bamako suspended MINUSMA troop rotations in July after the arrest of 49 Ivorian soldiers. Several contributors, including Sweden and Germany, are reviewing their participation. Mali's junta, for its part, has accused French forces of violating its airspace and, in recent statements, of working against its interests; Paris rejects the accusations.

Regional picture. Violence has continued to rise during the withdrawal. The Islamic State in the Greater Sahara has pressed its offensive in the Ménaka region since March, and JNIM carried out an unprecedented attack on the Kati garrison outside Bamako on 22 July. Neighbouring Burkina Faso, itself under military rule since January, has lost control of large parts of its territory.

Assessment. The withdrawal closes a nine-and-a-half-year campaign in which more than 50 French soldiers were killed. Militarily, the jihadist groups were degraded but never defeated; politically, the intervention ended in the most adverse terms with the host government. The key indicator now will be whether JNIM and the Islamic State in the Greater Sahara exploit the gap around Gao and Ménaka."""),
]
