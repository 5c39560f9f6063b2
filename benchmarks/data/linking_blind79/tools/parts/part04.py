G = "tajoura_detention_centre_airstrike_2019_07_02"

ARTICLES = [
dict(group=G, published="2019-07-03", outlet="Meridian Wire",
title="Air strike on Libyan migrant detention centre kills at least 44",
text="""TRIPOLI (Meridian) - An air strike hit a detention centre for migrants in a suburb of the Libyan capital late on Tuesday, killing at least 44 people and seriously wounding more than 130, the United Nations said, in one of the deadliest incidents of the three-month war for Tripoli.

The strike hit a hangar at the Tajoura detention centre, east of the city centre, where some 600 migrants and refugees, most of them from African countries, were being held after being intercepted at sea or picked up in Libya. Rescue workers and survivors pulled bodies from the rubble through the night. Photographs from the scene showed blood-stained mattresses, clothes and personal belongings scattered among twisted metal.

U.N. envoy Ghassan Salame said the attack "clearly amounts to the level of a war crime" because it killed innocent people whose dire conditions had forced them into the shelter. The U.N. mission called for those who ordered, carried out and armed the operation to be held accountable.

The internationally recognised Government of National Accord (GNA) in Tripoli blamed forces loyal to eastern commander Khalifa Haftar and called on the United Nations to investigate. Its interior minister, Fathi Bashagha, said the strike had been carried out by foreign aircraft, without naming a country.

An official of Haftar's Libyan National Army (LNA) denied it had targeted the centre. The LNA said its aircraft had carried out a precision strike on a military camp belonging to an armed group in Tajoura, and accused pro-GNA forces of shelling the centre afterwards. The detention centre lies next to a compound used by a pro-GNA armed group.

On Monday the LNA said it would begin heavy air strikes on targets in Tripoli because "traditional means" of war had been exhausted.

The U.N. refugee agency UNHCR had called in May for the centre to be evacuated after a projectile landed less than 100 metres away, injuring two people. Aid agencies have repeatedly warned that thousands of migrants held in centres near the front line were in danger.

European countries have backed the Libyan coast guard in intercepting migrants at sea and returning them to Libya, where they are placed in detention centres run by the GNA's interior ministry. Rights groups have long criticised conditions in the centres.

Libya has been split since 2014 between rival camps in Tripoli and the east, and has had no stable central authority since the NATO-backed revolt that toppled Muammar Gaddafi in 2011. Haftar's LNA, allied to a parallel administration in the east, launched its offensive on Tripoli on April 4 but has been held on the southern edges of the capital.

The LNA suffered a setback last week when GNA-allied forces took its main forward base in Gharyan, south of Tripoli. It has since threatened to target Turkish interests in Libya, accusing Ankara of supporting the GNA.

(Reporting by Meridian correspondents in Tripoli and Benghazi and Geneva bureau; Writing by Tom Halvorsen; Editing by Simon Aske)"""),

dict(group=G, published="2019-07-03", outlet="Official Statements Wire",
title="UNSMIL statement on the air strike on the Tajoura detention centre",
text="""OFFICIAL STATEMENTS WIRE - Full text of statements as issued

Source: United Nations Support Mission in Libya (UNSMIL)
Dateline: Tripoli, 3 July 2019
Category: Humanitarian / Conflict

UNSMIL CONDEMNS AIR STRIKE ON TAJOURA DETENTION CENTRE

The United Nations Support Mission in Libya condemns in the strongest terms the air strike that hit the Tajoura detention centre for migrants and refugees, east of Tripoli, late on Tuesday 2 July 2019.

According to initial information, the strike killed at least 44 people and seriously injured more than 130 others who were being held at the centre.

The Special Representative of the Secretary-General, Ghassan Salamé, said the absurdity of the ongoing war had reached its most heinous form and tragic outcome with this attack. He said the strike clearly amounted to the level of a war crime, as it had killed, by surprise, innocent people whose dire conditions forced them to be in that shelter.

The Special Representative offered his deepest condolences to the families of the victims and wished a swift recovery to the injured.

UNSMIL notes that the location of the detention centre was known to the parties to the conflict, and that the centre had already been endangered by the fighting in previous weeks.

The Mission calls on the international community to condemn this crime and to apply appropriate sanctions on those who ordered, executed and provided arms for this operation, in flagrant violation of international humanitarian law. It renews its call for the release of migrants and refugees held in detention centres in areas affected by the fighting and for their relocation to safe places.

UNSMIL reiterates that all parties must respect their obligations under international humanitarian law, including the principles of distinction, proportionality and precaution, and refrain from targeting civilians and civilian facilities.

-ENDS-

About this service: Official Statements Wire republishes statements from governments, international organisations and companies in full as received. Statements are not edited for content. For media enquiries, contact the issuing organisation."""),

dict(group=G, published="2019-07-03", outlet="Al-Mourasil Net",
title="Dozens of migrants killed in an air raid on a shelter center in Tajoura, east of Tripoli",
text="""Al-Mourasil Net - Libya

Dozens of migrants killed in an air raid on a shelter center in Tajoura, east of Tripoli

Dozens of illegal migrants were killed and wounded, late yesterday evening Tuesday, in an air raid that targeted a shelter center for migrants in the area of Tajoura, east of the capital Tripoli.

The spokesman of the emergency medicine center in Tripoli, Osama Ali, said in a statement to the press that the initial toll of the raid reached 40 dead and 80 wounded, and he expected the number to rise because of the critical condition of many of the injured.

For its part, the United Nations mission in Libya announced today Wednesday that the number of victims reached 44 dead and more than 130 seriously injured, and the head of the mission, Ghassan Salamé, said that the raid "clearly amounts to the level of a war crime".

The Presidential Council of the Government of Accord accused the forces of Marshal Khalifa Haftar of carrying out the raid, describing it as a "heinous crime", and called on the United Nations mission to send a fact-finding committee.

In contrast, the forces of the General Command denied their responsibility for targeting the center, and a military source of them said that the air force had targeted a camp of an armed group near the center, accusing the militias of shelling the center afterwards to accuse the army.

Witnesses said that about 120 migrants were inside the hangar that was hit directly, out of about 600 migrants who are held in the center, most of them from African countries.

It is worth mentioning that the High Commissioner for Refugees had warned in May past of the danger of keeping migrants in the Tajoura center after a shell fell near it.

It is also worth mentioning that the forces of the General Command launched on the fourth of April last a military operation to control Tripoli, and the battles since then killed more than 700 people according to the World Health Organization.

Turkey: the release of six Turkish sailors who were detained by Haftar forces

Ankara - Al-Mourasil Net

The Turkish Foreign Ministry announced, the day before yesterday Monday, the release of six Turkish citizens who were detained by the forces of Marshal Khalifa Haftar in eastern Libya, a day after Ankara threatened that these forces would become a "legitimate target".

Diplomatic sources told the official Anadolu agency that the six citizens are sailors who returned to the ship on which they work, and that they decided to continue their work by their own will.

The Turkish ministry had announced on Sunday the detention of the six, while the Libyan city of Ajdabiya said two Turks were arrested there.

It is worth mentioning that the spokesman of the General Command, Major General Ahmed al-Mismari, had announced last Friday that the air force was ordered to target Turkish ships and companies and to stop the flights to and from Turkey, in response to what he called the Turkish aggression, after the loss of the city of Gharyan.

Read also: Salamé briefs the Security Council on the situation in Tripoli

Share this:
Facebook
Twitter"""),

dict(group=G, published="2019-07-04", outlet="The Thames Chronicle",
title="Tajoura strike: the migrants locked up on the front line of Libya's war",
text="""World | Africa

Tajoura strike: the migrants locked up on the front line of Libya's war

The bombing of a detention centre outside Tripoli, which killed at least 44 people, was the disaster aid agencies had warned about for months

By Our Middle East Correspondent

Thursday 4 July 2019

The men in the hangar at Tajoura had nowhere to run. Most of them had been caught at sea by the Libyan coast guard trying to reach Europe, brought back to Tripoli and locked inside a warehouse on the eastern edge of the city, next to a compound used by one of the militias that defend the capital. When the bomb fell shortly before midnight on Tuesday, about 120 of them were inside the section that was hit.

By Wednesday morning the UN had counted at least 44 dead and more than 130 seriously injured. Survivors described running through the dark as a second strike hit the complex. Photographs showed a collapsed roof, scorched mattresses and shoes scattered across the floor. Health officials warned the toll would rise.

The UN envoy, Ghassan Salamé, said the attack clearly amounted to a war crime. The African Union's commission chairman, Moussa Faki Mahamat, called for an independent investigation, as did the UN's human rights office. At an emergency closed-door meeting in New York on Wednesday, members of the Security Council could not agree on a joint statement condemning the strike; diplomats said the United States had not signed off on a draft.

The Tripoli-based Government of National Accord (GNA) blamed the strike on the forces of Khalifa Haftar, the eastern commander who has been trying to seize the capital since April. Haftar's Libyan National Army (LNA) denied bombing the centre, saying it had hit a legitimate military target nearby and accusing its enemies of shelling the hangar themselves. The LNA had announced on Monday that it would step up air strikes on Tripoli after "traditional means" had been exhausted. It has repeatedly bombed targets in and around the capital since April, and analysts have linked much of its air power to foreign-supplied drones and aircraft.

A disaster foretold

None of this came as a surprise to those who work with Libya's detained migrants. The same centre was hit by shrapnel in May, when a projectile landed less than 100 metres away and injured two people, prompting UNHCR to call for it to be emptied. Aid agencies have for weeks urged the authorities in Tripoli to release thousands of people held in centres close to the front lines in Ain Zara, Qasr Bin Ghashir and Tajoura. Some detainees in other centres were reported to have been forced to repair weapons or carry ammunition for armed groups.

The detention system is underpinned by European policy. For several years, Italy and the EU have trained and equipped the Libyan coast guard to intercept boats and bring people back to Libya, where they are handed to detention centres nominally run by the GNA's interior ministry and often controlled in practice by local armed groups. Rights groups have long described conditions there as inhumane.

A war without a front page

The strike comes at a moment when Haftar's offensive appears to be faltering. Last week, forces allied to the GNA took Gharyan, the LNA's main base south of Tripoli, and Haftar's spokesman responded by threatening Turkish ships, firms and citizens, accusing Ankara of arming his enemies. Six Turkish sailors seized in the east were freed on Monday after Turkey warned that the LNA would become a legitimate target.

More than 700 people had been killed around Tripoli before this week, according to the World Health Organization, and tens of thousands have fled their homes. The war has drawn in regional powers on both sides, the UAE and Egypt behind Haftar and Turkey behind the government in Tripoli, in open breach of a UN arms embargo.

Who flew the aircraft?

The identity of the attacker matters. The LNA's own air force consists of a handful of ageing jets, and previous UN reports have described foreign-supplied drones and aircraft flying in its support, which analysts have widely linked to the United Arab Emirates. Abu Dhabi has not commented. If a foreign state's aircraft were responsible, the Tajoura strike would be not only a possible war crime but a direct breach of the arms embargo by a member of the coalition that publicly supports the UN process.

The GNA's interior minister, Fathi Bashagha, has already said the strike was carried out by a foreign aircraft. The government has floated the idea of closing the detention centres altogether, although aid agencies warn that releasing thousands of people onto the streets of a city at war without support would create new dangers.

The question now is whether the deaths at Tajoura will shift a Security Council that has failed for three months even to call for a ceasefire. On the evidence of Wednesday night's meeting, the answer is not yet."""),
]
