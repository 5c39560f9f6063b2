# Article sources, part C (late July - September 2020).

ARTICLES_C = [

# ---------------------------------------------------------------- E10 AFRICOM imagery
dict(group="africom_satellite_images_russian_equipment_libya_2020_07_24",
published="2020-07-24", outlet="DefenceWire Releases",
title="U.S. Africa Command: new imagery shows Russia continuing to supply Wagner Group in Libya",
text="""STUTTGART, Germany - U.S. Africa Command said on Friday it has mounting evidence that Russia, through the Wagner Group, continues to position military equipment in Libya capable of conducting kinetic operations, and released new satellite imagery in support of its assessment.

According to the command, the imagery shows Russian military cargo aircraft, including IL-76s, supplying Wagner fighters; Russian air defence equipment, including SA-22 systems, present in Libya and operated by Russia, the Wagner Group or their proxies; and Wagner utility trucks and Russian mine-resistant, ambush-protected (MRAP) armoured vehicles. The images cover the area of Sirte and al-Khadim airfield in eastern Libya, where Su-24 aircraft and an IL-76 are visible.

Maj. Gen. Bradford Gering, AFRICOM director of operations, said Russia continued to play an unhelpful role in Libya by delivering supplies and equipment to the Wagner Group, and that the imagery continued to expose Moscow's repeated denials. He said the type and volume of the equipment pointed to an intent to sustain offensive combat capabilities, not humanitarian relief, and indicated that the Russian Ministry of Defense was supporting the operations.

Brig. Gen. Gregory Hadfield, AFRICOM deputy director of intelligence, said the imagery reflected the broad scope of Russian involvement and that Russia was continuing to seek a foothold in Libya.

In May, U.S. Africa Command reported that at least 14 MiG-29 and Su-24 aircraft had been flown from Russia to Libya via Syria, where their Russian markings were painted over. Earlier this month, the command released photographic evidence that Wagner had laid landmines and improvised explosive devices in and around Tripoli.

The command said the deliveries violate the UN Security Council arms embargo on Libya.

About DefenceWire Releases: DefenceWire distributes official statements from defence ministries, armed forces and international organisations. Text is published as received.

###"""),

dict(group="africom_satellite_images_russian_equipment_libya_2020_07_24",
published="2020-07-25", outlet="Voskhod International",
title="Pentagon's Africa Command again accuses Russia over Libya, publishes 'satellite images'",
text="""Loading...

WASHINGTON, July 25. /Voskhod/. The US Africa Command (AFRICOM) has once again accused Russia of supplying weapons to Libya through the private military company Wagner, publishing on Friday what it described as satellite images of Russian military equipment in the Sirte area and at the al-Khadim airfield in the east of the country.

According to the command's statement, the pictures show IL-76 transport aircraft, Su-24 jets, SA-22 air defence systems, known in Russia as Pantsir-S1, as well as armoured vehicles and trucks. US officers claimed that the volume of equipment proved the Russian Ministry of Defence was supporting the operations, but provided no evidence of who owns or operates the hardware.

The Russian Ministry of Defence did not comment on the new claims on Saturday. Moscow has previously rejected similar accusations. President Vladimir Putin said in January that if there are Russian citizens in Libya, they do not represent the interests of the Russian state and do not receive money from the state.

AFRICOM made similar claims in May, alleging that Russian MiG-29 and Su-24 aircraft had been flown to Libya via Syria, and last week accused Wagner of laying mines around Tripoli. Russian officials have consistently rejected claims of Russian military involvement in the Libyan conflict.

The statement came two days after Russian and Turkish officials concluded consultations on Libya in Ankara on July 21-22. The sides agreed to continue efforts to achieve a lasting and sustainable ceasefire, to create conditions for a political process and to consider establishing a joint working group on Libya.

Moscow maintains contacts with all Libyan parties, including the Government of National Accord in Tripoli, the House of Representatives in Tobruk and Field Marshal Khalifa Haftar's Libyan National Army. Russia has repeatedly called for the implementation of the decisions of the Berlin conference and for a political settlement under UN auspices.

The situation around the coastal city of Sirte has escalated in recent weeks after Egypt warned that an offensive by GNA forces and Turkish-backed units on the city would be a "red line". The Egyptian parliament on Monday approved the possible deployment of troops abroad."""),

dict(group="africom_satellite_images_russian_equipment_libya_2020_07_24",
published="2020-07-25", outlet="Tripoli Voice",
title="AFRICOM images expose Russian jets, air defences and armour at Sirte and Al-Khadim",
text="""The United States Africa Command (AFRICOM) on Friday released new satellite images that it said show Russia continuing to send military equipment to Wagner mercenaries fighting for Haftar, including near the front line at Sirte.

The images show Russian IL-76 cargo planes, Su-24 fighter jets, SA-22 (Pantsir) air defence systems, mine-resistant armoured vehicles and Wagner trucks at Sirte and at Al-Khadim air base, near Al-Marj in the east. AFRICOM said the type and amount of equipment showed an intent to sustain offensive combat operations and indicated the Russian Ministry of Defence was backing them.

The publication confirms what the Government of National Accord has said for months: that Haftar's war on the capital has been kept alive by foreign weapons and mercenaries in violation of the UN arms embargo. Officials in Tripoli have repeatedly called on the Security Council to name the countries responsible.

It is the third such disclosure by AFRICOM in two months. In late May the command said at least 14 MiG-29 and Su-24 jets had been flown from Russia to Libya via Syria, their markings painted over. On July 15, it published images of landmines and booby traps it said Wagner had planted in residential areas south of Tripoli before withdrawing. Civilians returning to their homes and deminers clearing the area have been killed by such devices since June.

The Libya Army's Operation Sirte-Jufra command says Wagner mercenaries, along with Syrian fighters and militants from Sudan and Chad, are now dug in around Sirte, Al-Jufra air base and the oil fields. The National Oil Corporation said last month that Wagner fighters had entered the Sharara field.

Egypt's parliament approved on Monday the deployment of Egyptian troops abroad, days after President Sisi hosted Libyan tribal figures in Cairo. In Ankara, Turkish and Russian officials this week agreed to keep working toward a lasting ceasefire.

Share this:
Facebook
Twitter
Telegram"""),

# ---------------------------------------------------------------- E11 Akar vs UAE
dict(group="akar_vows_to_hold_uae_accountable_2020_07_30",
published="2020-07-30", outlet="Hilal News Agency English",
title="Turkey will hold UAE accountable 'at the right place and time': Akar",
text="""ANKARA

Turkish National Defense Minister Hulusi Akar has accused the United Arab Emirates of "malicious acts" in Libya and Syria and vowed that Ankara will hold Abu Dhabi accountable at the right place and time.

In an interview with Al Jazeera, excerpts of which were released on Thursday, Akar said the UAE supports terrorist organizations hostile to Turkey with the intention of harming it.

"Abu Dhabi should be asked what the motive is for this hostility, these bad intentions and this jealousy," Akar said, according to a transcript of the interview published by the Turkish National Defense Ministry.

He urged the UAE to consider its small size and the extent of its influence, and not to spread sedition and corruption. He described the Gulf state as a "functional country" that serves others politically or militarily and is being "used remotely".

On Libya, Akar advised Egypt to refrain from statements that do not serve peace but fuel the war, and called on the countries supporting putschist Khalifa Haftar to end that support.

"If the UAE, Saudi Arabia, Egypt, Russia and France do not stop supporting the putschist in Libya, a settlement will never be reached," he said, adding that these countries should prevent Haftar from pursuing his goals and help solve the problem of Sirte and Al-Jufra.

The UAE has been accused by UN experts of violating the arms embargo on Libya by supplying Haftar with weapons. Earlier this month, Libya's National Oil Corporation blamed the UAE for a renewed blockade of oil exports.

Akar visited Tripoli on July 3 with Chief of General Staff Gen. Yaşar Güler, where they met Libyan Prime Minister Fayez al-Sarraj and inspected the activities of the Turkish Armed Forces under the military cooperation memorandum.

Libya's legitimate government, with Turkey's support, recently liberated Tripoli, Tarhuna and the strategic Al-Watiya air base from Haftar's militias."""),

dict(group="akar_vows_to_hold_uae_accountable_2020_07_30",
published="2020-07-31", outlet="Al-Manara Net",
title="Akar: We will hold Abu Dhabi accountable in the appropriate place and time",
text="""Ankara - Al-Manara Net

The Turkish Minister of Defence Hulusi Akar threatened the United Arab Emirates, describing it as "a functional state that serves others politically or militarily and is used remotely", and he vowed to hold it accountable severely.

Akar said in statements to Al Jazeera channel, which were broadcast yesterday Thursday, that "Abu Dhabi committed harmful acts in Libya and Syria", adding: "We will hold it accountable in the appropriate place and time".

And the Turkish minister called the Emirates to "look at its small size and the extent of its influence, and not to spread sedition and corruption", accusing Abu Dhabi at the same time of supporting "terrorist organisations hostile to Turkey" with the aim of harming Ankara.

On the Libyan affair, Akar said: "I advise Egypt to keep away from the statements that do not serve the peace in Libya but rather inflame the war in it", calling on the countries that support the retired major general Khalifa Haftar to stop this support.

He added: "If the Emirates, Saudi Arabia, Egypt, Russia and France do not stop supporting the putschist Haftar, Libya will not be stable", and continued: "These countries must prevent Haftar from achieving his goals and solve the problem of Sirte and Al-Jufra".

Read also: The Government of National Accord: we are ready to liberate Sirte and Al-Jufra by peace or by war

It is worth mentioning that Turkey had accused the Emirates before of spreading chaos in the Middle East through its interventions in Libya and Yemen, in response to a statement of the allies of Haftar, among them the Emirates, which denounced what they described as the Turkish interference in Libya last May.

It is also worth mentioning that the Egyptian House of Representatives approved on the twentieth of this month the sending of elements of the Egyptian armed forces in combat missions outside the borders of the state, in a step that was understood as a message to Turkey and the Government of National Accord, while the forces of the government are stationed west of Sirte.

The Emirati side did not comment until the moment of writing on the statements of the Turkish minister.

Read also: The National Oil Corporation accuses Abu Dhabi of giving the orders to close the oil ports"""),

dict(group="akar_vows_to_hold_uae_accountable_2020_07_30",
published="2020-08-01", outlet="Gulf Horizon Daily",
title="Gargash to Ankara: relations between states are not managed by threats",
text="""Dr. Anwar Gargash, Minister of State for Foreign Affairs, on Saturday called on Turkey to stop interfering in Arab affairs and to abandon "colonial illusions", in response to what he described as a provocative statement by the Turkish defence minister.

In a series of posts on Twitter, Gargash said the logic of the "Sublime Porte" and its mandates belonged in the archives of history, and that relations between states are not managed through threats and intimidation. There was no place, he said, for colonial illusions in the present era.

Gargash described the remarks of Turkish Defence Minister Hulusi Akar as "a new lapse" in Turkish diplomacy, adding that it would be more appropriate for Ankara to stop meddling in Arab affairs.

Akar had told Al Jazeera in an interview released on Thursday that Turkey would hold Abu Dhabi accountable "at the right place and time" for what he called harmful acts in Libya and Syria, and urged the UAE to "consider its small size".

The exchange reflects the deepening rift between the UAE and Turkey, which back opposing sides in Libya. Turkey has sent troops, drones and thousands of Syrian mercenaries to support the Tripoli government of Fayez al-Sarraj, while the UAE supports the Libyan National Army and the House of Representatives.

The UAE has repeatedly stated that it supports a political solution in Libya under UN auspices and the outcomes of the Berlin conference, and welcomed Egypt's Cairo Declaration of June 6, which called for a ceasefire, the departure of foreign mercenaries and the dismantling of militias.

Arab states, led by Egypt, have warned that the Turkish military presence in Libya threatens Arab national security. The Egyptian parliament last month authorised the deployment of troops beyond the country's borders if necessary.

Related Articles
- UAE, Egypt foreign ministers discuss regional developments
- Analysis: Ankara's Ottoman nostalgia and the Arab world"""),

dict(group="akar_vows_to_hold_uae_accountable_2020_07_30",
published="2020-08-01", outlet="Mediterranean Wire Service",
title="UAE tells Turkey to stop meddling after defence minister's threat",
text="""ABU DHABI/ANKARA (MWS) - The United Arab Emirates on Saturday urged Turkey to stop interfering in Arab affairs and drop its "colonial illusions", after Turkey's defence minister said Ankara would hold Abu Dhabi to account for its actions in Libya and Syria.

UAE Minister of State for Foreign Affairs Anwar Gargash wrote on Twitter that relations between states were not conducted through threats, calling Hulusi Akar's remarks a provocative new low for Turkish diplomacy.

Akar told Al Jazeera in an interview aired on Thursday that the UAE had committed "malicious acts" in Libya and Syria and that Turkey would hold it accountable "at the right place and time".

Turkey backs Libya's internationally recognised Government of National Accord in Tripoli, while the UAE supports eastern commander Khalifa Haftar.

(Reporting by MWS Gulf and Ankara bureaus; editing by Clare Hollins)"""),

# ---------------------------------------------------------------- E12 Borrell in Libya
dict(group="borrell_visits_tripoli_and_al_qubbah_2020_09_01",
published="2020-09-01", outlet="Mediterranean Wire Service",
title="EU's Borrell visits Libya, meets rival leaders after ceasefire announcements",
text="""TRIPOLI (MWS) - European Union foreign policy chief Josep Borrell visited Libya on Tuesday, meeting the head of the Tripoli-based government, Fayez al-Serraj, and the speaker of the eastern-based parliament, Aguila Saleh, as the EU tries to build on ceasefire announcements made last month.

"Libya remains a top priority for the EU," Borrell said on Twitter after meeting Serraj and members of his Government of National Accord (GNA) in Tripoli. He said they discussed how to move the political process forward, resume talks of the joint 5+5 military committee and lift the blockade on oil exports.

Borrell also met Mustafa Sanalla, head of the National Oil Corporation, to discuss restarting production, which has been largely halted since January when forces loyal to eastern commander Khalifa Haftar shut down ports and fields.

He then flew to al-Qubbah in eastern Libya to meet Saleh, the EU said.

Serraj and Saleh issued separate statements on Aug. 21 announcing a ceasefire and calling for elections, but the truce has not been formally agreed on the ground and Haftar's forces have dismissed it.

Italian Foreign Minister Luigi Di Maio was also in Tripoli on Tuesday.

Libya has been in turmoil since a NATO-backed uprising toppled Muammar Gaddafi in 2011. Since 2014 it has been split between a government in Tripoli recognised by the United Nations and rival authorities in the east aligned with Haftar, whose forces are backed by the United Arab Emirates, Egypt and Russia. Turkey and Qatar support the Tripoli government.

(Reporting by MWS Tripoli newsroom and Brussels bureau; editing by Daniel Marsh)"""),

dict(group="borrell_visits_tripoli_and_al_qubbah_2020_09_01",
published="2020-09-02", outlet="Tripoli Voice",
title="Al-Sarraj receives EU foreign policy chief Borrell in Tripoli",
text="""The President of the Presidential Council of the Government of National Accord, Fayez al-Sarraj, received on Tuesday in Tripoli the EU High Representative for Foreign Affairs and Security Policy, Josep Borrell, in the presence of members of the government.

According to the Presidential Council's media office, the meeting reviewed the ceasefire initiative announced by al-Sarraj on August 21, which provides for a halt to all military operations, the demilitarisation of Sirte and Al-Jufra with security arrangements to be agreed by both sides, the resumption of oil production with revenues frozen in a Libyan Foreign Bank account until a political settlement, and parliamentary and presidential elections next March.

Borrell welcomed the ceasefire announcements and said the EU continued to support a Libyan-led and Libyan-owned political solution within the Berlin process, including the resumption of the 5+5 joint military committee talks, according to a statement on his Twitter account. He stressed the EU's commitment to Libya's sovereignty, territorial integrity and national unity.

The two sides also discussed the EU's Operation Irini, migration and the recent protests in Tripoli and other cities over living conditions and power cuts. Al-Sarraj has said he understands the demands of the protesters and has promised a government reshuffle.

The Government of National Accord has previously criticised Irini for focusing on the sea route, while weapons reach Haftar's forces by air and across the land borders.

Borrell later met the chairman of the National Oil Corporation, Mustafa Sanalla, at the corporation's headquarters, where they discussed the blockade imposed on oil fields and ports since January, which the corporation says has cost the country billions of dollars in lost revenue.

The EU official then travelled to the east, where he met Aguila Saleh, speaker of the House of Representatives, who announced his own ceasefire call on the same day as al-Sarraj.

Borrell's visit coincided with a visit to Tripoli by Italian Foreign Minister Luigi Di Maio, and came two weeks after German Foreign Minister Heiko Maas visited the capital and warned that the calm around Sirte was deceptive.

Share this:
Facebook Twitter WhatsApp"""),

dict(group="borrell_visits_tripoli_and_al_qubbah_2020_09_01",
published="2020-09-02", outlet="Nile Sentinel",
title="Counselor Aguila Saleh receives EU foreign policy chief in Al-Qubbah",
text="""The Speaker of the Libyan House of Representatives, Counselor Aguila Saleh, received on Tuesday in the eastern town of Al-Qubbah the European Union High Representative for Foreign Affairs and Security Policy, Josep Borrell, who was on a one-day tour of Libya.

Saleh briefed his guest on his initiative for a political settlement, which includes a new, unified Presidential Council with representation of Libya's three historic regions, and on the ceasefire statement he issued on August 21, which called for the exit of all foreign forces and mercenaries and for Sirte to become a temporary seat for a new Presidential Council, protected by a security force from all regions.

The EU said the two discussed the situation in eastern Libya and the prospects for a solution to the conflict, and that Borrell welcomed the ceasefire announcements by Saleh and Fayez al-Sarraj, urging their rapid and lasting implementation.

Earlier in the day, Borrell was in Tripoli where he met al-Sarraj, whose government is backed by Turkey and its mercenaries, and the head of the National Oil Corporation.

Saleh's meeting with Borrell is part of a wide diplomatic movement by the Speaker, who visited Cairo and Rabat in recent weeks. Egypt has placed its weight behind the political track based on the Cairo Declaration launched by President Abdel Fattah al-Sisi in the presence of Saleh and Field Marshal Khalifa Haftar on June 6.

For its part, the Libyan National Army says it remains on alert around Sirte and Al-Jufra because of the mobilisation of Turkish-backed militias and the continued arrival of Turkish military flights to Al-Watiya and Misrata, despite the ceasefire statements.

Observers say the European Union has been slow to confront the Turkish intervention, despite repeated warnings from Egypt, Greece, Cyprus and France. Operation Irini, launched by the EU in March to enforce the arms embargo, has been blocked from inspecting Turkish-escorted ships.

European diplomacy has intensified in Libya since the ceasefire statements: German Foreign Minister Heiko Maas visited Tripoli and Abu Dhabi last month, and Italian Foreign Minister Luigi Di Maio was in Tripoli on Tuesday as well."""),
]
