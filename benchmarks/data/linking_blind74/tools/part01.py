# Part 1: Haftar's offensive on Tripoli (April 2019); Gharyan (June 2019)
ARTICLES = [
dict(
group="haftar_orders_advance_on_tripoli_2019_04_04",
published="2019-04-04",
outlet="Meridian Wire Service",
title="Libya's Haftar orders forces to advance on Tripoli as U.N. chief visits",
text="""TRIPOLI (MWS) - Eastern Libyan commander Khalifa Haftar on Thursday ordered his forces to march on Tripoli, seat of the internationally recognised government, raising the prospect of a major battle for the capital while U.N. Secretary-General Antonio Guterres was in the city.

In an audio message posted by the media office of his self-styled Libyan National Army (LNA), Haftar told his troops that the hour had come to enter the capital and urged them to spare civilians and anyone who laid down their weapons. "We are coming, Tripoli," he said.

Hours earlier, LNA units moving up from the south had entered Gharyan, a town in the Nafusa mountains about 100 km (60 miles) south of Tripoli. An LNA commander said the forces had gone in without a fight, but residents and local officials gave conflicting accounts and said efforts were under way to avoid clashes between rival groups in the town.

Prime Minister Fayez al-Sarraj, who heads the U.N.-backed Government of National Accord (GNA), condemned what he called an escalation and said he had ordered forces loyal to Tripoli to prepare to confront any threat. The interior ministry declared a state of maximum alert, and armed groups from the port city of Misrata, the most powerful in western Libya, said they were ready to stop any advance on the capital.

Guterres, who arrived on Wednesday to prepare the ground for a national conference planned for mid-April in the desert town of Ghadames, said on Twitter he was deeply concerned by the military movements and the risk of confrontation. "There is no military solution," he wrote. Diplomats said he was expected to travel to the east of the country to meet Haftar.

The United States, Britain, France, Italy and the United Arab Emirates said in a joint statement that they opposed any military action in Libya and would hold accountable any Libyan faction that precipitated further civil conflict.

The U.N.-sponsored conference in Ghadames, scheduled for April 14-16, was meant to agree a roadmap to elections. Envoy Ghassan Salame had described it as the best chance in years to unify the country's rival administrations.

Libya has been split between rival camps since 2014, three years after a NATO-backed uprising toppled and killed Muammar Gaddafi. The GNA, formed under a U.N.-brokered deal signed in Skhirat, Morocco, in December 2015, controls Tripoli and parts of the west with the help of local armed groups. Haftar's LNA is allied to a parallel government and parliament in the east.

Haftar, 75, has been backed by the United Arab Emirates and Egypt, which see him as a bulwark against Islamists. Earlier this year his forces swept through the south, taking the city of Sebha and the El Sharara oilfield with little resistance.

The oil-producing nation has been a main departure point for migrants trying to reach Europe by sea. Oil output, around 1.1 million barrels per day, has so far not been affected by the latest tensions.

(Reporting by Karim Benhaddou in Tripoli and Layla Moussa in Benghazi; Writing by Tom Aldridge; Editing by Priya Natarajan)"""),

dict(
group="haftar_orders_advance_on_tripoli_2019_04_04",
published="2019-04-05",
outlet="Rossiya Global News",
title="LNA units move towards Libyan capital; Moscow says it hopes for no new bloodshed",
text="""MOSCOW, April 5 (RGN) - Units of the Libyan National Army (LNA) under Field Marshal Khalifa Haftar continued on Friday to advance towards Tripoli, a day after the commander ordered an operation to take control of the capital, held by the Government of National Accord (GNA) of Fayez Sarraj.

The LNA command said on Thursday its forces had entered the town of Gharyan, about 100 kilometres south of Tripoli, and would move on the city to "cleanse it of terrorist groups". Clashes were reported overnight near the town and on the approaches west of the capital. Sources in Tripoli said armed formations from Misrata were moving towards the city to reinforce the GNA.

The Kremlin said on Friday that Russia was following the situation closely, was not taking part in the events and hoped that the actions of the sides would not lead to a new outbreak of bloodshed. Moscow has contacts with all the Libyan parties, its officials have repeatedly said, and favours a settlement through political dialogue under United Nations auspices.

UN Secretary-General Antonio Guterres, who was visiting Tripoli when Haftar issued his order, was expected in Benghazi for talks with the field marshal on Friday. The UN Security Council was due to hold closed consultations on Libya.

Libya has been divided since 2014 between the eastern authorities, backed by the parliament in Tobruk and the LNA, and the GNA in Tripoli, formed under a UN-brokered agreement in 2015."""),

dict(
group="haftar_orders_advance_on_tripoli_2019_04_04",
published="2019-04-06",
outlet="The Pembroke Times",
title="Haftar's march on Tripoli sinks Libya's best hope for peace in years",
text="""By Eleanor Whitcombe, North Africa correspondent

It took Khalifa Haftar about four minutes to undo two years of United Nations diplomacy. In an audio message released on Thursday evening, the eastern Libyan commander told his Libyan National Army that the hour had struck and that Tripoli was waiting. By Friday his columns were on the southern edge of the capital and the national conference the UN had planned for Ghadames, due to open on April 14, looked all but dead.

The timing was brutal. Antonio Guterres, the UN secretary-general, had flown into Tripoli on Wednesday precisely to shore up that conference. He spent Thursday warning against escalation, then on Friday travelled east to Benghazi to see Mr Haftar in person. He left, by his own account on Twitter, with a "heavy heart and deeply concerned", still hoping a bloody confrontation around Tripoli could be avoided. The field marshal had not given him much to hope with.

What happened on the ground remains murky. Mr Haftar's forces say they took Gharyan, a hilltop town some 60 miles south of the capital, on Thursday without firing a shot. West of Tripoli, fighters from the coastal town of Zawiya said they had ambushed an LNA column at a checkpoint and taken scores of prisoners. On Friday the LNA claimed to have reached the old international airport, disused since it was wrecked in fighting in 2014. None of these claims could be independently confirmed.

Foreign governments reacted with unusual speed. On Thursday the United States, Britain, France, Italy and the United Arab Emirates issued a joint statement opposing any military action. On Friday foreign ministers of the G7, meeting in Dinard in Brittany, urged all sides to stop movements towards Tripoli. The UN Security Council met behind closed doors and called on the LNA to halt. That the UAE, Mr Haftar's most important sponsor, signed the first statement will have been noted in Benghazi; whether it changes anything is another matter.

To understand why Mr Haftar moved now, it helps to recall how far he has come. A former Gaddafi-era officer who fell out with the dictator in the 1980s and spent two decades in the United States, he returned during the 2011 uprising and re-emerged in May 2014 with "Operation Dignity", a campaign against Islamist militias in Benghazi. That war took three years and levelled much of the city. In 2016 his forces seized the oil crescent terminals; in 2018 they took Derna. In January and February this year they rolled across the southern Fezzan, taking Sebha and the Sharara oilfield with barely a fight.

Meanwhile the Government of National Accord, headed by Fayez al-Sarraj, has never escaped the circumstances of its birth. Created by the UN-brokered Skhirat agreement of December 2015, it arrived in Tripoli by boat in March 2016 and has depended ever since on a patchwork of Tripoli and Misrata militias whose loyalty is conditional. Last September those militias fought each other in the capital's southern suburbs for a month.

Diplomacy had seemed to be catching up. Mr Sarraj and Mr Haftar met in Paris in May 2018, in Palermo in November, and again in Abu Dhabi in late February, where the UN said they agreed on the need for elections. Ghassan Salame, the UN envoy, pinned his plan on Ghadames.

The regional alignments are well known. The UAE and Egypt have armed and backed Mr Haftar, in breach of a UN arms embargo according to the UN's own panel of experts, while Turkey and Qatar are regarded as closer to the Tripoli camp and to the Islamist-leaning factions within it. France has been accused, which it denies, of tilting towards the field marshal. Russia keeps channels open to both sides.

The question now is whether Tripoli's fractious armed groups close ranks. The early signs suggest they will: Misratan brigades have started moving towards the capital, and Mr Sarraj has ordered his air force into action. If that holds, Mr Haftar faces not a swift entry into a welcoming city but a grinding fight in its suburbs, the one outcome his foreign backers said they wanted to avoid."""),

dict(
group="gna_recaptures_gharyan_2019_06_26",
published="2019-06-27",
outlet="Meridian Wire Service",
title="Tripoli forces seize Haftar's main forward base at Gharyan",
text="""TRIPOLI (MWS) - Forces loyal to Libya's internationally recognised government said on Thursday they had taken full control of Gharyan, the main forward base of Khalifa Haftar's eastern forces in their nearly three-month campaign to capture Tripoli.

The loss of the mountain town, about 100 km (60 miles) south of the capital, is the biggest setback for Haftar's Libyan National Army (LNA) since it launched its offensive on April 4. Gharyan had served as the main supply hub for LNA troops fighting on the southern outskirts of Tripoli, with field hospitals, an operations room and a helicopter base nearby.

Forces aligned with the Government of National Accord (GNA) stormed the town on Wednesday in a surprise attack backed by air strikes, witnesses said. A GNA spokesman said the town was "under our total control", that dozens of LNA fighters had been killed and at least 18 taken prisoner. Pictures circulated by pro-GNA media showed captured fighters and abandoned vehicles.

The Presidential Council in Tripoli said Gharyan had been fully "liberated" and one of its members warned against reprisals against residents.

The LNA did not immediately confirm the loss. Its spokesman, Ahmed al-Mismari, said before the town fell that an attack had been repelled and later blamed "sleeper cells" inside Gharyan for letting government forces in.

The front line south of Tripoli had barely moved for weeks, with the LNA stuck in the southern suburbs. The World Health Organization says more than 700 people have been killed in the fighting and about 4,400 wounded, while nearly 100,000 have fled their homes.

Haftar's forces took Gharyan in the first days of the offensive, entering the town on April 2-4 after local groups switched sides. The campaign won an unexpected boost in mid-April when the White House disclosed that President Donald Trump had spoken to Haftar by phone and recognised his role in fighting terrorism, but it has since bogged down in the suburbs. In May, a cargo ship unloaded dozens of Turkish-made armoured vehicles at Tripoli port, and the LNA has repeatedly accused Ankara of supplying drones and crews.

The LNA still holds Tarhouna, southeast of the capital, its other main base for the Tripoli campaign.

Libya has been split between rival camps since 2014, three years after a NATO-backed uprising toppled and killed Muammar Gaddafi. The GNA controls Tripoli and parts of the west; Haftar's LNA is allied to a parallel government and parliament in the east and is backed by the United Arab Emirates and Egypt. Turkey has supplied the Tripoli government with armoured vehicles and, according to diplomats, drones.

(Reporting by Karim Benhaddou; Additional reporting by Layla Moussa in Benghazi; Editing by Tom Aldridge)"""),
]
