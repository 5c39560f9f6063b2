G = "libya_confirms_first_covid19_case_2020_03_24"

ARTICLES = [
dict(group=G, published="2020-03-25", outlet="Continental Press Agency",
title="War-torn Libya records first coronavirus case",
text="""
Tripoli (CPA) - Libya has recorded its first case of the novel coronavirus, the health minister of the UN-recognised Government of National Accord (GNA) announced late Tuesday, raising fears for a country whose health system has been gutted by years of conflict.

Minister Ehmed Ben Omar said in a short statement posted online that "the necessary measures have been taken to treat" the patient, without giving further details.

The head of the National Centre for Disease Control (NCDC), Badr al-Din al-Najjar, later told a local television channel that the patient was a 73-year-old man who had returned to Libya on March 5 after a trip to Saudi Arabia, crossing overland from Tunisia. He said the man had been admitted to a Tripoli hospital with fever and respiratory symptoms, was in isolation and in a stable condition, and that health teams were tracing everyone he had been in contact with since his return.

The announcement comes as fighting continues on the southern outskirts of Tripoli despite both the GNA and the forces of eastern strongman Khalifa Haftar saying at the weekend that they welcomed international calls for a humanitarian pause to face the pandemic. Heavy shelling was reported overnight on several frontline districts.

The GNA imposed a night-time curfew from 6:00 pm to 6:00 am starting Sunday, closed restaurants and cafes, banned weddings and funerals, and had already shut schools, land borders and airports in the west. Authorities in the east, which back Haftar, introduced their own curfew last week.

The UN and a group of Western and regional countries last week called on both sides to declare an immediate humanitarian cessation of hostilities so that local authorities could respond to the virus. UN Secretary-General Antonio Guterres repeated the call on Saturday. A fragile truce brokered by Russia and Turkey took effect on January 12, but it has been violated almost daily, and civilians have been killed in several recent attacks on residential areas of the capital.

Aid agencies have warned that Libya is badly placed to cope with an outbreak. The World Health Organization says dozens of health facilities have been damaged or closed because of the fighting, and many hospitals lack staff, equipment and reliable electricity.

Medical workers in Tripoli have warned of shortages of protective equipment, and several hospitals in the southern districts have closed because of shelling. Health officials in both the west and the east said they were preparing isolation facilities, and the Tripoli government announced funds to equip hospitals.

Some 150,000 people have been displaced by the battle for Tripoli since Haftar launched his offensive in April 2019, many of them living in crowded conditions with relatives or in collective shelters, while thousands of migrants are held in detention centres.

Libya has been mired in chaos since the 2011 uprising that toppled and killed dictator Moamer Kadhafi.
"""),

dict(group=G, published="2020-03-25", outlet="RusNews International",
title="Libya reports first confirmed case of COVID-19",
text="""
This website uses cookies. By continuing to browse, you agree to our use of cookies. Learn more

MOSCOW, March 25 (RusNews) - The first case of coronavirus infection has been confirmed in Libya, the Health Ministry of the Tripoli-based Government of National Accord (GNA) said on Tuesday evening.

According to the head of the country's National Centre for Disease Control, Badr al-Din al-Najjar, the infected man is 73 years old and returned to Libya from Saudi Arabia at the beginning of March. The patient has been placed in isolation, and doctors are checking the people who were in contact with him.

The Libyan authorities in both the west and the east of the country have introduced a night curfew and closed borders and schools in an effort to stop the spread of the disease.

The announcement came days after the UN and a number of Western and regional countries called on the parties to the Libyan conflict to agree on a humanitarian truce so that the authorities could respond to the pandemic. The Libyan National Army (LNA) led by Field Marshal Khalifa Haftar and the GNA both said they welcomed the call, but clashes south of Tripoli have not stopped, with each side accusing the other of violations.

The eastern authorities, which support the LNA, have formed their own committee to combat the epidemic and suspended flights at the airports under their control.

Libya has been split between two centres of power since the overthrow and killing of Muammar Gaddafi in 2011, with the GNA headed by Fayez Sarraj governing in the west and the parliament in Tobruk, backed by the LNA, in the east. In January, Russia and Turkey called on the parties to declare a ceasefire, and talks between the Libyan delegations were held in Moscow. The Berlin conference on Libya, held later that month, ended with a commitment by the participants to respect the arms embargo and to refrain from interfering in the conflict.

Libyan health officials have said isolation centres are being prepared in several cities. Doctors, however, have warned of shortages of protective equipment, intensive care beds and ventilators. Thousands of foreign workers, many of whom fled the fighting in the southern suburbs of Tripoli, live in crowded conditions.

Earlier, the World Health Organization said it was supplying testing kits and training for Libyan health workers, and that it was working with the authorities in both the west and the east of the country.

The Russian Foreign Ministry has repeatedly stated that there is no military solution to the Libyan crisis and that Moscow maintains contacts with all Libyan parties.

According to the World Health Organization, Libya's health care system is one of the most vulnerable in the region after nine years of instability.

Read more:
Coronavirus in the Middle East: Egypt introduces night curfew
Lavrov holds phone talks with Egyptian counterpart
"""),

dict(group=G, published="2020-03-25", outlet="Maghreb Morning Briefing",
title="Morning Briefing: Libya confirms first COVID-19 case; Egypt curfew starts; Algeria locks down Blida",
text="""
MAGHREB MORNING BRIEFING - Wednesday 25 March 2020

Good morning. Here is what you need to know across North Africa today.

LIBYA: FIRST CORONAVIRUS CASE CONFIRMED
Libya confirmed its first case of COVID-19 late on Tuesday. The Tripoli-based health ministry said the patient had been isolated and was receiving treatment; the National Centre for Disease Control later said he is a 73-year-old man who came back from Saudi Arabia on March 5. Contact tracing has begun. Libya was one of the last countries in the region without a confirmed case, and officials in Tripoli and aid agencies have long warned that the war-damaged health system would struggle to cope. WHO has flagged shortages of intensive care beds, ventilators and testing capacity, and dozens of health facilities in and around Tripoli have been damaged or closed during a year of fighting. Both rival administrations had already imposed night curfews and closed borders.

LIBYA: GUNS NOT SILENT
Despite the welcome given by both camps at the weekend to a UN-backed humanitarian pause, heavy shelling was again reported overnight on the southern outskirts of Tripoli. Civilians were killed in strikes on residential areas last week, according to the UN mission, which urged both sides to turn their stated commitment into a real halt in the fighting.

EGYPT: NIGHT CURFEW FROM TONIGHT
Prime Minister Mostafa Madbouly announced a two-week nationwide curfew from 7 pm to 6 am, starting today. Shops and malls will close early and public transport will stop during curfew hours.

ALGERIA: BLIDA SEALED OFF
Authorities imposed a full lockdown on the province of Blida, the centre of the country's outbreak, and a night curfew on the capital Algiers.

TUNISIA: LOCKDOWN IN FORCE
A general lockdown that began on Sunday is being enforced with army and police patrols. Authorities have urged residents to leave home only for essential needs.

MOROCCO: STATE OF HEALTH EMERGENCY
Morocco's health emergency, declared last week, remains in place, with police checkpoints in major cities and movement permits required.

WHAT WE ARE WATCHING
Whether the Tripoli health authorities publish testing figures, and whether the UN can turn the Libya "humanitarian pause" into an agreement on the ground.

You are receiving this briefing because you subscribed at our website. Unsubscribe | Manage preferences
"""),
]
