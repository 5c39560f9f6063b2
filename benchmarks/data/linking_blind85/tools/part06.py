# Event: gna_parades_captured_pantsir_in_tripoli_2020_05_20
G = "gna_parades_captured_pantsir_in_tripoli_2020_05_20"

ARTICLES = [
dict(group=G, published="2020-05-21", outlet="Turkiye Newsline",
title="Libyans celebrate as captured Pantsir air defense system displayed in Tripoli",
text="""TRIPOLI

A Russian-made Pantsir air defense system seized from the militias of putschist Khalifa Haftar was paraded through the streets of the Libyan capital Tripoli on Wednesday night, as residents gathered to celebrate recent victories of the Libyan army.

Images shared on social media showed the truck-mounted system being towed along a main road of the capital, surrounded by cars honking their horns and young people waving Libyan flags and filming with their phones.

Libya's permanent representative to the UN, Taher al-Sonni, shared footage of the convoy on his Twitter account.

The Pantsir was captured by the forces of the UN-recognized Government of National Accord (GNA) at al-Watiya Air Base, which the army liberated on Monday after weeks of operations.

According to GNA officials, the system was supplied to Haftar's militias by the United Arab Emirates in violation of the UN arms embargo. The Pantsir is mounted on a German-made truck of a type used by the UAE army, Libyan Interior Minister Fathi Bashagha has said.

Military spokesman Mohammed Gununu said on Wednesday that the army had destroyed four Pantsir systems in less than 24 hours, without giving locations for all of them. Abdul Malik al-Madani, spokesman for the Volcano of Rage operation, told Anadolu Agency that one of the systems had been hit by a drone in the Tarhuna area.

The Libyan army's air operations had earlier destroyed several Pantsir systems around al-Watiya before the base was liberated. The Pantsir, which combines anti-aircraft missiles and guns, is designed to protect against aircraft and drones.

The capture of the system has become a symbol of the turn in the conflict in favor of the legitimate government. On Wednesday, Haftar's militias announced they were pulling back from some fronts south of Tripoli.

On Thursday, the commander of Haftar's air force, Saqr al-Jaroushi, claimed that his forces would launch "the largest aerial campaign in Libyan history" and declared Turkish positions in Libyan cities to be targets.

Turkey responded firmly. Foreign Ministry spokesman Hami Aksoy said that any attack on Turkish interests in Libya would have very grave consequences and that Haftar's forces would be regarded as legitimate targets. Aksoy also said Haftar's militias had received warplanes with foreign support.

Libyan Interior Minister Bashagha said on Thursday that the government had information that at least six MiG-29 and two Su-24 aircraft had flown to eastern Libya from the Hmeimim base in Syria.

Haftar's militias have been attacking the capital since April 2019, and more than 1,000 people have lost their lives. The government responded with Operation Peace Storm, which began on March 26.

The GNA was established under the UN-sponsored political agreement of 2015; Haftar's offensive derailed a UN-sponsored national conference that was due to be held later that month.

*Writing by Mehmet Ali Korkmaz"""),

dict(group=G, published="2020-05-21", outlet="Arab Horizon Net",
title="Video .. Al-Wefaq forces parade a Russian Pantsir system in the streets of Tripoli",
text="""Tripoli - Arab Horizon Net

Al-Wefaq government forces in Libya paraded, yesterday evening Wednesday, a Russian-made "Pantsir" air defense system in the streets of the capital Tripoli, which they said they had seized at the Al-Watiya air base southwest of the capital, amid celebrations of the supporters of the government.

Video clips circulated on the communication sites showed the system mounted on a large truck while it is being pulled on one of the main streets of the city, in the middle of dozens of cars and citizens who raised the flags and chanted slogans against the retired Major General Khalifa Hifter.

And the delegate of Libya to the United Nations, Taher al-Sunni, published a video of the parade on his account on Twitter, while pages affiliated with the "Volcano of Anger" operation said the system is "one of the gifts of Abu Dhabi to the war criminal", according to their expression.

For his part, the military spokesman of Al-Wefaq forces, Mohamed Qanunu, announced yesterday Wednesday that their aviation destroyed four "Pantsir" systems during less than twenty-four hours, and he said that one of them was targeted near the city of Tarhuna, the most important stronghold of Hifter forces in the west of the country.

On the other side, the spokesman of the forces of Hifter, Ahmed al-Mismari, had said in a press conference the day before yesterday Tuesday that the withdrawal from the base of Al-Watiya was a decision taken months ago, and that the equipment that remained in it was "old and out of service", in a response to the images published by Al-Wefaq forces.

In a related context, the forces of Al-Wefaq announced today Thursday that they entered the town of Al-Asabaa, south of the capital, and continued their advance toward the areas surrounding the city of Tarhuna, while the Turkish Foreign Ministry warned the forces of Hifter that targeting Turkish interests in Libya will have "very grave consequences", after the commander of Hifter's air force, Saqr al-Jarushi, threatened to launch the largest air campaign in the history of Libya against Turkish positions.

It is worth mentioning that the "Pantsir" system is produced by Russia and is considered among the most prominent short-range air defense systems, and reports of international experts had mentioned the presence of this type of system in Libya within the support of the Emirates to Hifter forces, which Abu Dhabi did not comment on.

It is worth mentioning also that the forces of Hifter announced yesterday Wednesday the withdrawal of their units for a distance of two to three kilometers from the fronts of the capital, on the occasion of Eid al-Fitr.

Read also: Turkey warns Hifter forces against targeting its interests in Libya

Read also: The Interior Minister of Al-Wefaq: Russian aircraft arrived to Al-Jufra base

Tags: Libya - Tripoli - Pantsir - Al-Watiya

Exit mobile version"""),
]
