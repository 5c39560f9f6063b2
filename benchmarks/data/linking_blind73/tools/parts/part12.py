G = "tripoli_central_hospital_hit_by_rockets_2020_05_14"

ARTICLES = [
dict(group=G, published="2020-05-15", outlet="ReliefLine",
title="Rockets hit Tripoli Central Hospital as attacks on Libya's health system mount",
text="""
Rockets struck Tripoli Central Hospital in the early hours of Thursday, damaging buildings at one of Libya's largest medical facilities and adding to a string of attacks on health care that aid groups say is crippling the country's ability to fight COVID-19.

The barrage, which began shortly after 2 am, hit the hospital on Al-Zawiya Street in the centre of the capital and surrounding neighbourhoods including the Old City walls area and Abu Salim. The health ministry of the UN-recognised Government of National Accord (GNA) said 14 civilians were wounded across the city. It blamed the forces of eastern commander Khalifa Haftar, which have besieged Tripoli for more than a year.

According to an incident report shared by health partners, shrapnel hit buildings housing the hospital's dermatology and ear, nose and throat departments. No casualties were reported inside the hospital itself, but the damage forced managers to suspend some services. Tripoli Central has around 925 beds and more than 5,000 staff, and houses the city's oldest trauma centre.

It is the second major hospital in the capital to be hit in just over a month. On April 6 and 7, shelling struck Al-Khadra General Hospital, one of the facilities designated to receive coronavirus patients, wounding a health worker and forcing the evacuation of dozens of patients. Filipino and other foreign nurses, who make up a large share of the staff in Tripoli's hospitals, have repeatedly had to shelter during bombardments.

The International Rescue Committee (IRC) said on Thursday that a spate of attacks on hospitals, ports and airports in Libya was further weakening the country's already fragile capacity to respond to the pandemic. The Tripoli port and Mitiga airport, through which medical supplies and humanitarian staff arrive, have been shelled several times in the past week. On Saturday, rockets set Mitiga's fuel depot alight and damaged two airliners.

Libya has confirmed just over 60 COVID-19 cases and three deaths, according to the National Centre for Disease Control, a low figure that health experts attribute in part to very limited testing. The UN has warned that the health system, with many facilities damaged or closed and shortages of staff and protective equipment, could be rapidly overwhelmed.

The World Health Organization has counted dozens of attacks on health facilities, health workers and ambulances in Libya since the start of the Tripoli offensive in April 2019. In one of the deadliest, five medics were killed in an air strike on a field hospital south of the capital in July last year.

Meanwhile the human cost of the conflict continues to mount. Some 200,000 people have been displaced in and around Tripoli, according to the UN, and hundreds of thousands more live in areas close to the front lines. Humanitarian agencies say that access to water and electricity has been repeatedly cut in recent weeks, with long power outages in the capital and a shutdown of the water supply in April by an armed group.

The UN's acting special envoy, Stephanie Williams, has called repeatedly for a humanitarian truce and a return to the military talks launched in Geneva in February. Neither side has responded in practice. Pro-GNA forces, backed by Turkey, are pressing LNA positions at the al-Watiya air base and in Tarhuna, while the LNA, supported by the United Arab Emirates, Egypt and Russia, has intensified its shelling of the city.

For health workers in Tripoli, the result is a daily calculation of risk. Several hospitals in the southern districts have closed altogether because they are too close to the front. Those that remain open, like Tripoli Central, are now within range.
"""),

dict(group=G, published="2020-05-15", outlet="Maghreb Morning Briefing",
title="Morning Briefing: Tripoli Central Hospital hit by rockets; Tunisia eases lockdown; Egypt cases climb",
text="""
MAGHREB MORNING BRIEFING - Friday 15 May 2020

Good morning. Here is what you need to know across North Africa today.

LIBYA: ROCKETS HIT TRIPOLI'S LARGEST HOSPITAL
A salvo of rockets hit Tripoli Central Hospital and nearby districts in the early hours of Thursday. The Tripoli health ministry said 14 civilians were injured across the city and that the hospital had suffered damage that would disrupt its services; health partners reported shrapnel damage to the dermatology and ENT buildings, with no casualties inside. The ministry blamed Khalifa Haftar's Libyan National Army. The International Rescue Committee warned that attacks on hospitals, ports and airports are undermining Libya's fragile COVID-19 response. Last month, Al-Khadra hospital, a designated coronavirus facility, was shelled on two consecutive days.

LIBYA: FRONT LINES
Fighting continued around the al-Watiya air base southwest of Tripoli and near Tarhuna. Tripoli's port and Mitiga airport have both been shelled in the past week; on Saturday, rockets set Mitiga's jet fuel storage ablaze and damaged two Libyan Airlines jets.

LIBYA: COVID-19
The National Centre for Disease Control reported no new cases for several days, keeping the total at just over 60, with three deaths. Officials urged residents to respect the curfew during the last weeks of Ramadan.

TUNISIA: LOCKDOWN EASING CONTINUES
Tunisia is in the second phase of its gradual reopening, with more shops and businesses allowed to operate. Authorities are reporting very few new infections.

EGYPT: CASES RISING
Egypt continues to report several hundred new infections a day. The government has kept its night curfew in place and is preparing rules for the Eid holiday.

WHAT WE ARE WATCHING
Whether the UN's acting envoy Stephanie Williams can revive the military talks between the two Libyan camps, and whether Tripoli's health authorities can keep designated COVID-19 facilities out of the line of fire.

You are receiving this briefing because you subscribed at our website. Unsubscribe | Manage preferences
"""),
]
