# Event: air strike on Tripoli military academy, Hadaba (4 Jan 2020, evening)
G = "tripoli_military_academy_strike_2020_01_04"

ARTICLES = [
dict(group=G, published="2020-01-04", outlet="Meridian Press International",
title="Air strike on Tripoli military school kills at least 28 - health ministry",
text="""TRIPOLI (MPI) - An air strike hit a military school in the Libyan capital Tripoli on Saturday evening, killing at least 28 cadets and wounding dozens, a spokesman for the health ministry of the internationally recognised government said.

The strike hit the school in the Hadaba district in the south of the city as cadets were gathering on the parade ground before returning to their dormitories, spokesman Amin al-Hashemi said. The ministry appealed for blood donations.

Officials of the Government of National Accord (GNA) blamed the attack on forces loyal to eastern-based commander Khalifa Haftar and their foreign backers. There was no immediate comment from Haftar's Libyan National Army (LNA).

The southern outskirts of Tripoli have seen heavy fighting since the LNA launched an offensive on the capital in April. Turkey's parliament voted on Thursday to allow troops to be sent in support of the GNA.

(Reporting by MPI Tripoli newsroom; editing by Clare Dunmore)"""),

dict(group=G, published="2020-01-05", outlet="Tripoli Tribune",
title="Haftar's warplanes massacre cadets at Hadaba military college, death toll rises to 30",
text="""Tripoli - The death toll from the criminal air strike on the military college in the Hadaba area of Tripoli rose to 30 martyrs and 33 wounded, the Ministry of Health of the Government of National Accord announced on Sunday.

The strike hit the college at around nine o'clock on Saturday evening while dozens of young cadets, most of them aged between 18 and 22 and coming from cities all over Libya, stood in formation in the main yard for their last roll call of the day. Witnesses described scenes of horror, with bodies torn apart and scattered across the courtyard.

Ambulance crews and medical teams rushed the wounded to hospitals across the capital, where doctors worked through the night. The ministry called on citizens to donate blood at the city's hospitals and blood bank.

The Presidential Council described the attack as a war crime and a terrorist act committed by the war criminal Haftar and the foreign states that provide him with warplanes and drones. The Foreign Ministry said it had requested an emergency session of the UN Security Council to discuss what it called Haftar's atrocities, and called on the international community to stop supplying the aggressor with weapons.

The Council said the massacre of unarmed students exposed the aggressor and his backers, and vowed that those responsible would be held to account.

The UN Support Mission in Libya (UNSMIL) condemned the attack in the strongest terms. UN envoy Ghassan Salame said the escalation of military activity, including the bombing of civilian and military facilities, threatened the political process and the lives of Libyans.

The Hadaba strike comes less than a month after Haftar announced on December 12 what he called the "zero hour" for storming the capital, an announcement followed by weeks of intensified drone and air strikes on residential neighbourhoods in southern Tripoli. Dozens of civilians have been killed in such strikes since the aggression began on April 4.

On Thursday, the Turkish parliament approved the dispatch of Turkish forces to Libya at the request of the Government of National Accord, under the security memorandum signed between the two countries in November. Haftar, for his part, called on Friday for general mobilisation against what he described as a Turkish invasion.

The forces of the Volcano of Rage operation said they were ready to respond to the crime and would continue to defend the capital until the aggressor is pushed back to where he came from.

The families of the martyrs were preparing on Sunday to receive the bodies of their sons in their home towns, amid anger across the western region.

Related Articles
- Health ministry: blood donations needed urgently in Tripoli hospitals
- Volcano of Rage repels attack on Salahuddin axis"""),

dict(group=G, published="2020-01-05", outlet="Agence Euromed",
title="Libya: toll rises to 30 in strike on Tripoli military school, Haftar camp denies involvement",
text="""TRIPOLI (AEM) - At least 30 people were killed and 33 wounded in a raid on a military school in Tripoli on Saturday evening, according to a new toll released Sunday by the Government of National Accord (GNA), which accused the forces of Marshal Khalifa Haftar of carrying out the attack. The Haftar camp denied any responsibility.

The school, located in al-Hadaba al-Khadra, a residential district in the south of the Libyan capital, was hit as cadets were assembling in the main courtyard before heading to their dormitories, according to the health ministry.

"All the details confirm that it was a terrorist act," said the spokesman of Haftar's self-proclaimed Libyan National Army (LNA), Ahmed al-Mesmari, at a press conference in Benghazi on Sunday. He asserted that the explosion had taken place "from the inside and not from the outside" and insisted that the LNA's air force had not conducted the raid. The LNA, he said, would welcome an investigation by the United Nations.

Earlier, media outlets had attributed a claim of responsibility to an officer of the LNA, which the officer later described as false.

The GNA, recognised by the UN, called for an emergency meeting of the Security Council. The UN mission in Libya condemned the attack. UN envoy Ghassan Salamé has repeatedly warned that the growing use of drones and air strikes in and around the capital is putting civilians at risk and undermining any return to a political process.

Most of the victims were young cadets aged between 18 and 22 from towns across the country, according to officials in Tripoli, and many bodies were badly burnt, making identification difficult.

The strike comes amid a sharp escalation of the crisis. On Thursday the Turkish parliament authorised the deployment of soldiers in Libya in support of the GNA, headed by Fayez al-Sarraj. On Friday evening, Marshal Haftar called on Libyans to take up arms against what he called a Turkish "colonisation", and on Saturday the parliament based in the east, an ally of the marshal, voted to sever relations with Ankara and to cancel the memorandums signed between Turkey and the GNA.

The strongman of eastern Libya launched an offensive against Tripoli on April 4. The fighting has killed more than 280 civilians and some 2,000 fighters, according to the UN, and displaced tens of thousands of people.

Libya has been plunged into chaos since the fall of the regime of Muammar Kadhafi in 2011, in a NATO-backed uprising. Two authorities are vying for power: the GNA in Tripoli and a rival administration in the east, backed by Haftar.

The marshal is supported by the United Arab Emirates and Egypt, while Russia is accused of sending mercenaries, which Moscow denies. The GNA is supported by Turkey and Qatar.

Germany has been trying for months to organise an international conference on Libya in Berlin, but no date has yet been set.

bur/ah/lv"""),

dict(group=G, published="2020-01-06", outlet="Gulf Sentinel",
title="LNA rejects Tripoli accusations over military college blast, calls for UN investigation",
text="""We use cookies to improve your experience. By continuing to browse you agree to our use of cookies. ACCEPT

ABU DHABI / BENGHAZI - The Libyan National Army (LNA) has firmly rejected accusations by the Tripoli-based Government of National Accord that its aircraft struck a military college in the Hadaba district of the capital on Saturday night, saying the deadly blast was a terrorist act carried out from inside the facility.

At least 30 cadets were killed and more than 30 wounded in the explosion, according to health authorities in Tripoli.

LNA spokesman Major General Ahmed al-Mismari told a press conference in Benghazi on Sunday that the army's air force had not carried out any raid on the college. He said the evidence pointed to an explosion from within, and described it as a terrorist operation aimed at turning public opinion against the army as it advances on the capital.

Al-Mismari said the LNA would welcome an investigation by UN experts to establish the facts. He compared the attack to earlier terrorist assaults by extremist groups on military institutions in Benghazi.

The spokesman also said that a Turkish drone had struck LNA positions at al-Watiya air base at dawn on Sunday, killing three soldiers and wounding six. He said Turkish military support to the militias in Tripoli was now an open secret and that the army would treat any Turkish forces deployed in Libya as hostile.

The GNA accused the LNA and what it called foreign warplanes of carrying out the strike and requested an emergency session of the UN Security Council.

The incident came at a sensitive moment. Turkey's parliament on Thursday authorised the deployment of Turkish troops to Libya to prop up the Sarraj government, and on Saturday the House of Representatives, meeting in emergency session in Benghazi, voted unanimously to sever relations with Turkey and annul the memorandums signed between Ankara and Sarraj.

LNA commander Field Marshal Khalifa Haftar declared a general mobilisation on Friday, calling on Libyans to confront what he described as a Turkish invasion.

The LNA has been fighting since April last year to free Tripoli from the armed militias that control the capital.

Regional concern over Ankara's plans has been mounting. Egypt's President Abdel Fattah al-Sisi convened the National Security Council on Thursday, hours after the Turkish vote, and the council identified measures to counter any threat to Egyptian national security. The Arab League's permanent representatives, meeting in emergency session in Cairo on December 31, rejected any foreign interference in Libya.

Read also: Benghazi parliament cuts ties with Ankara in unanimous vote

Read also: Egypt's Sisi chairs National Security Council meeting on Libya

Tags: Libya, LNA, Tripoli, Turkey"""),
]
