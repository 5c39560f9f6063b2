# Event 8 (cont.) and Event 9: parliament extends Libya mandate by 18 months (2020-12-22)
G8="libyan_troops_trained_by_turkey_graduate_in_tajoura_2020_11_21"
G9="turkish_parliament_extends_libya_mandate_18_months_2020_12_22"
PART = [
dict(group=G8, published="2020-11-22", outlet="Tripoli Free Voice",
title="First batch of Libyan army trainees graduates under cooperation agreement with Turkey",
text="""Tajoura - Free Voice

The Omar al-Mukhtar Training Centre in Tajoura, east of the capital, witnessed on Saturday the graduation of the first batch of Libyan army personnel trained under the security and military cooperation memorandum between the Government of National Accord and Turkey.

The graduates completed an eight-week programme supervised by Turkish military trainers, according to a statement by the Ministry of Defence. The ceremony opened with verses from the Holy Quran and the national anthems of Libya and Turkey, and ended with a military parade by the graduates in front of their families.

Defence Minister Salah al-Din al-Namroush said in his speech that the graduation of this batch was proof that Libyan-Turkish military cooperation was producing results on the ground, and promised that more batches would follow in the coming months. He saluted the martyrs who fell defending the capital during the aggression launched by war criminal Khalifa Haftar in April 2019.

The army spokesman, Colonel Pilot Mohammed Gnounou, and the commander of the centre, Colonel Haitham Hamid, also addressed the ceremony, which was attended by the Vice President of the Presidential Council Ahmed Maiteeg, council members Ahmed Hamza and Abdul Salam Kajman, Chief of General Staff Lieutenant General Mohammed al-Haddad, the commanders of the Tripoli and Western military regions and representatives of the Turkish side.

The training is part of the memorandum signed in Istanbul on 27 November 2019 and approved by the Turkish parliament, which allows Turkey to provide training, advice and equipment to the Libyan army at the request of the legitimate government. Turkish advisers played a decisive role in the battles that ended the siege of Tripoli last June.

The ceremony comes a month after the signing in Geneva of a permanent ceasefire agreement by the 5+5 Joint Military Commission, which calls for the departure of foreign fighters and mercenaries within three months. Officials in Tripoli have said that the agreement does not affect the legal training and cooperation agreements concluded between the state of Libya and its partners.

The Ministry of Defence said further courses would follow in Libya and in Turkey, and that the programmes aim to build a professional army subject to civilian authority.

Related:
Namroush: the army will not be a tool of any party
Haddad receives Turkish military delegation"""),

dict(group=G8, published="2020-11-23", outlet="Defence Horizons Review",
title="Analysis: Tajoura graduation puts Turkey's Libya training mission on display",
text="""Defence Horizons Review | Land | Middle East & Africa

By Marcus Feldt

The first cohort of Libyan soldiers to complete a Turkish-run training course under the 2019 Ankara-Tripoli security memorandum graduated on 21 November at the Omar Al-Mukhtar Training Centre in Tajoura, east of Tripoli, according to the Government of National Accord's (GNA's) Ministry of Defence.

The trainees completed an eight-week programme with the participation of Turkish Armed Forces (TSK) instructors. The GNA did not release the size of the cohort or the specialities covered, and some early reports placed the ceremony in Turkey rather than in Libya; the ministry's statement and images released by the GNA show it took place in Tajoura in the presence of Defence Minister Salah al-Din al-Namroush, Chief of General Staff Lieutenant General Mohammed al-Haddad and Turkish representatives.

Al-Namroush told the audience that the completion of the course showed the cooperation with Turkey was "bearing fruit", a formula that Ankara and Tripoli have used repeatedly this year.

Why it matters

The graduation is the most visible sign so far of the shift in Turkey's Libya mission from the emergency support of early 2020 - when armed UAVs, air-defence systems, electronic warfare assets and military advisers helped the GNA break the siege of Tripoli - to a longer-term effort to build forces loyal to Tripoli. Turkish officials describe this as training, assistance and advisory work under the security memorandum ratified by the Turkish parliament in December 2019 and the troop mandate voted on 2 January 2020, which expires on 2 January unless extended.

Turkish defence officials have said that Libyan personnel are also being trained at TSK facilities in Turkey, and Defence Minister Hulusi Akar met the new Libyan chief of staff, al-Haddad, in Ankara in October, pledging to continue training, support and consultancy. In August, Akar visited Tripoli alongside Qatar's defence minister, Khalid bin Mohammad Al Attiyah, prompting reports of a trilateral arrangement on training; none of the three governments has published details.

The ceasefire question

The training effort sits awkwardly with the 23 October ceasefire agreement signed in Geneva by the 5+5 Joint Military Commission, which calls for all foreign forces and mercenaries to leave Libya within 90 days and for the suspension of military training agreements until a unified government is formed. President Recep Tayyip Erdogan said on the day of signing that the deal did not look credible, and Ankara has argued that its presence rests on agreements with a legitimate government and cannot be equated with mercenaries.

Eastern-based Libyan National Army (LNA) officials have cited the Turkish training programme as evidence that Ankara intends to remain in Libya, while Russian contractors and Syrian fighters on both sides remain in place along the Sirte-Jufra line.

Outlook

Expect further graduations and a formal request from the Turkish presidency to extend the parliamentary mandate before it lapses on 2 January. The scale of the mission - and whether it extends beyond the Tripoli region to Misrata and the coast - will be an indicator of Ankara's intentions as the UN-led political forum works towards elections scheduled for December 2021.

Subscribe to Defence Horizons Review for full access to our Land, Air and Naval intelligence. Already a subscriber? Log in"""),

dict(group=G9, published="2020-12-22", outlet="Continental Newswire",
title="Turkish lawmakers extend mandate for troops in Libya by 18 months",
text="""ANKARA, Turkey (CNW) — Turkey's parliament on Tuesday extended by 18 months a mandate that allows the government to deploy troops in Libya, where Ankara backs the U.N.-recognized government in Tripoli.

The motion, submitted by President Recep Tayyip Erdogan's office earlier this month, was passed with the votes of Erdogan's ruling party and its nationalist allies. Opposition parties voted against it.

The one-year mandate first approved in January was due to expire on Jan. 2. The extension says attacks by forces loyal to eastern commander Khalifa Hifter could resume and would then harm Turkey's interests in the Mediterranean basin and North Africa. It also says Turkish troops continue to provide military training and advice.

Turkish military support, including advisers, drones and air defenses, helped the Tripoli-based Government of National Accord repel a 14-month offensive on the capital by Hifter's forces, which collapsed in June. Turkey has also been accused of sending thousands of Syrian fighters to Libya.

The vote comes two months after the rival Libyan sides signed a U.N.-brokered cease-fire in Geneva that called for foreign forces and mercenaries to leave the country within three months.

Parliament on Tuesday also extended the mandate for Turkish troops serving in Afghanistan.

Libya plunged into chaos after the 2011 uprising that ousted and killed longtime dictator Moammar Gadhafi. It has since been split between rival administrations in the east and west, each backed by foreign powers."""),
]
