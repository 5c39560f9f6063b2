# Event: gna_launches_sirte_offensive_2020_06_06
G = "gna_launches_sirte_offensive_2020_06_06"

ARTICLES = [
dict(group=G, published="2020-06-06", outlet="Vostok News International",
title="Libya's GNA launches offensive to capture Sirte from Haftar's army",
text="""MOSCOW, June 6 (VNI) - Forces loyal to Libya's UN-backed Government of National Accord (GNA) on Saturday launched an operation called "Path of Victory" to capture the city of Sirte and surrounding areas from the Libyan National Army (LNA) led by Field Marshal Khalifa Haftar, Libyan media reported.

According to Libya al-Ahrar TV, the offensive was announced by the GNA's Sirte-Jufra operations room. Its spokesman, Abdel Hadi Dara, said the goal was to take Sirte, the Jufra district and the settlements of Wadi Wishka, Buerat, Jarif and Qasr Abu Hadi.

GNA military spokesman Mohamed Gnounou said the GNA air force had carried out five strikes on the outskirts of Sirte and that ground units had been ordered to advance.

The operation follows the GNA's announcement on Thursday that it controlled all of Greater Tripoli and its capture on Friday of Tarhuna, the LNA's main base southeast of the capital. The LNA says it pulled its units back from the Tripoli area voluntarily, in order to give a chance to the UN-sponsored 5+5 military talks agreed at the Berlin conference in January.

The offensive was launched on the same day as Egyptian President Abdel Fattah Sisi, after talks with Haftar and parliament speaker Aguila Saleh in Cairo, proposed a ceasefire across Libya from Monday.

Sirte, the hometown of former Libyan leader Muammar Gaddafi, has been under LNA control since January. It lies roughly halfway between Tripoli and Benghazi and is the gateway to the oil export terminals of the so-called oil crescent."""),

dict(group=G, published="2020-06-07", outlet="Arab Horizon Net",
title="Al-Wefaq announces the start of the operation 'Paths of Victory' to control Sirte and Al-Jufra",
text="""Tripoli - Arab Horizon Net

The forces of the Government of National Accord (Al-Wefaq) in Libya announced, yesterday Saturday, the launch of a military operation under the name "Paths of Victory" with the aim of taking control of the city of Sirte and the base of Al-Jufra from the forces of the retired Major General Khalifa Hifter, in a new escalation that coincided with the Egyptian initiative to cease fire.

And the spokesman of the operations room of Sirte and Al-Jufra, Abdel Hadi Dara, said in a statement that the operation aims to "liberate" the cities of Sirte and Al-Jufra and the areas of Wadi al-Washka, Bouerat al-Hassoun, Al-Jarif and Qasr Abu Hadi, noting that the aviation of Al-Wefaq targeted two military vehicles of Hifter forces south of Wadi al-Washka.

For his part, the military spokesman of Al-Wefaq forces, Mohamed Qanunu, said that the aviation carried out five raids on the outskirts of Sirte, and that orders were given to the forces to advance and attack the positions of the "rebel militias" systematically, according to his expression.

And pages close to Al-Wefaq forces published, today Sunday, videos that they said showed their columns on the coastal road west of Sirte, while the channels close to the forces of Hifter said that the army "is in full readiness" to repel any attack on the city and that its aircraft are monitoring the movements of the attacking forces.

The spokesman of Hifter forces, Ahmed al-Mismari, had said that their forces withdrew a distance of sixty kilometers from the borders of Greater Tripoli in response to the calls of the great powers and the United Nations for a ceasefire.

And the launch of the operation came on the same day that the Egyptian president Abdel Fattah al-Sisi announced, in a press conference in Cairo in the presence of Hifter and the Speaker of the House of Representatives Aguila Saleh, an initiative called "Cairo Declaration" that includes a ceasefire starting from six o'clock in the morning of Monday, the eighth of June.

And the Government of Al-Wefaq announced, today Sunday, its rejection of the Egyptian initiative, and sources in the Presidential Council said that the government is not in need of new initiatives and that any dialogue must be under the umbrella of the United Nations, while the initiative was welcomed by the Emirates, Russia and France.

It is worth mentioning that the city of Sirte, which is located about 450 kilometers east of Tripoli, is the birthplace of the late leader Muammar al-Qadhafi, and the forces of Hifter had entered it in January last without fighting after a local armed group defected to their side.

It is worth mentioning also that Al-Wefaq forces had announced, the day before yesterday Friday, their control of the city of Tarhuna, the last stronghold of Hifter forces in the west of the country.

Read also: Al-Wefaq rejects the Cairo initiative and says the solution is through the United Nations

Exit mobile version"""),
]
