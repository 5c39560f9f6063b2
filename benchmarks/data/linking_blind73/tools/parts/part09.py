G = "al_khadra_hospital_shelled_in_tripoli_2020_04_06"

ARTICLES = [
dict(group=G, published="2020-04-06", outlet="Meridian Wire Service",
title="Shells hit Tripoli hospital earmarked for coronavirus patients",
text="""
TRIPOLI (MWS) - Rockets and shells struck the grounds of Al-Khadra General Hospital in Tripoli on Monday, wounding at least one health worker, setting cars ablaze and forcing staff to move patients out, health officials and residents said, even as Libya scrambles to prepare for a coronavirus outbreak.

Residents of the Abu Salim district said they heard a series of loud blasts in the afternoon and then saw black smoke rising from the hospital compound. Photographs published by the local council showed burnt-out cars in the hospital car park and shattered windows. The municipal council said five people were hurt in and around the hospital and blamed rockets fired by the eastern-based Libyan National Army (LNA) of Khalifa Haftar.

A spokesman for the Field Medicine and Support Centre said a safe corridor was arranged to transfer some patients to Tripoli Central Hospital, while others who could go home were discharged. A foreign worker living behind the hospital was injured in the leg and hand, he said.

Al-Khadra, with around 400 beds, is one of the facilities the Tripoli health authorities had designated to receive COVID-19 patients. Libya has confirmed 18 cases of the virus so far and one death.

A local aid group said six patients were evacuated on Monday, and hospital staff worked into the evening to move others from damaged wards. The hospital's maternity section was among the areas affected, according to health officials.

The LNA did not immediately comment.

The UN humanitarian coordinator for Libya, Yacoub El Hillo, said he was appalled by the attack, which damaged a fully functioning medical facility, and said the repeated calls for a cessation of hostilities had been met with complete disregard and intensified fighting.

Fighting around the capital has escalated sharply in the past two weeks despite UN appeals for a humanitarian truce to allow the authorities to focus on the pandemic. Forces allied to the internationally recognised Government of National Accord (GNA) launched a counter-offensive late last month, and the LNA has stepped up its shelling of the city.

Al-Khadra was the third medical facility in Tripoli to be hit in a month, according to health officials, and the latest in a long list of attacks on health care since the start of the war. Last July five medics were killed in an air strike on a field hospital on the airport road.

Residents of the capital are also grappling with long daily power cuts. A night curfew has been in force in Tripoli since March 22 to slow the spread of the virus, but shelling continues after dark.

Haftar launched his offensive on Tripoli in April 2019. The UN says it has documented more than 350 civilian deaths since then and that nearly 150,000 people in and around the city have been forced from their homes.

Libya has been split between rival administrations in Tripoli and the east since 2014, three years after the NATO-backed uprising that toppled and killed Muammar Gaddafi.

(Reporting by MWS Tripoli bureau and Selma Haddad in Tunis; editing by Paul Dressler)
"""),

dict(group=G, published="2020-04-07", outlet="UN Humanitarian Digest",
title="Statement by the Humanitarian Coordinator for Libya on the attack on Al Khadra General Hospital",
text="""
STATEMENT | Tripoli, 6 April 2020

The Humanitarian Coordinator for Libya, Yacoub El Hillo, said he was appalled to learn that heavy shelling hit Tripoli's Al Khadra General Hospital today, injuring at least one health worker and damaging the fully functioning medical facility. The 400-bed hospital is one of the facilities identified by the health authorities to receive COVID-19 patients.

Mr. El Hillo said that the repeated calls by the United Nations and the international community for a cessation of hostilities have only been met with complete disregard and intensified fighting. He stated that a deplorable strike like this one, resulting in senseless damage to a much-needed medical facility, is unacceptable at a time when health care and health workers are vital in the fight against a global pandemic.

He called for an end to the military escalation to allow the health authorities and humanitarian agencies to respond to COVID-19 and continue to provide urgent assistance to people in need. Libyan health authorities, together with the UN and humanitarian partners, are racing against time to contain the spread of the virus, and if Libya is to have any chance against COVID-19, the fighting must stop immediately.

Background

As of the end of March 2020, 27 health facilities in Libya had been damaged to varying degrees because of their proximity to the clashes. Fourteen of these facilities have closed, and a further 23 are at risk of closure because of shifting front lines.

The UN Support Mission in Libya (UNSMIL) has documented at least 356 civilian deaths and 329 civilian injuries since the start of the conflict around Tripoli in April 2019. Nearly 150,000 people in and around Tripoli have been forced to flee their homes, and an estimated 345,000 civilians remain in front-line areas.

The Humanitarian Coordinator reminded all parties that health facilities and health workers are specifically protected under international humanitarian law, and that attacks against them may amount to war crimes. Heavy shelling has been reported in recent days in several districts of Tripoli, including Abu Salim, Ain Zara and Salah Al Din, causing civilian casualties and damage to homes. Humanitarian partners have also expressed concern about the impact of the escalation on people in detention and on displaced families living in collective shelters.

The United Nations and its partners are supporting the Ministry of Health to prepare isolation and treatment capacity for COVID-19 patients, to train health workers, and to procure testing supplies and personal protective equipment.

Note: On 7 April, the Tripoli health authorities reported that the hospital had again come under fire and that further patients were being evacuated to other facilities.

Source: Office for the Coordination of Humanitarian Affairs (OCHA), Libya.
"""),

dict(group=G, published="2020-04-07", outlet="Güney Haber Portalı",
title="Hafter militia hit with Grad the hospital in Trablus which is reserved for corona patients",
text="""
[ad_1]

The militias of the putschist Hafter have attacked with Katyuşa (Grad) rockets the El-Hadra hospital in the capital Trablus of Libya which is prepared for the koronavirüs (Covid-19) patients.

According to the information taken from the Ulusal Mutabakat Hükümeti (UMH) sources, many rockets which were launched from the positions of the Hafter militias in the south of the capital on Monday fell to the garden and the car park of El-Hadra Hospital, which is known also as İstiklal (Independence) Hospital. Some vehicles burned, and one health worker from Bangladesh was wounded.

In the statement of the Ambulance and Emergency apparatus, it was said that the hospital management had to evacuate patients to other hospitals because the generator of the hospital stopped after the attack. Among the evacuated are also the patients of Kovid-19, it was stated.

The attacks continued also on Tuesday and the hospital was targeted for the second day. The spokesman of the Ambulance apparatus Usame Ali said that 31 patients were evacuated until now, and he called the UNSMIL to stop the attacks on the health institutions.

The UN Humanitarian Coordinator in Libya Yakup el-Hilo said in a statement that he is "appalled" from the attack and that such attacks are unacceptable in the time of the pandemic.

The El-Hadra hospital is one of the biggest hospitals in Trablus with about 400 bed, and the health authorities had prepared it to receive the Kovid-19 cases because of its place and its capacity. The Field Medicine Center spokesman Malik Mersit said that a safe corridor was opened to carry the patients to the Trablus Merkez (Central) Hospital.

The UMH Health Ministry announced that the number of the cases of Kovid-19 in the country reached 18 and one person lost life.

Despite the calls for the "humanitarian ceasefire" (insani ateşkes) of the UN because of the pandemic, the Hafter militias increased the attacks to residential areas in Trablus in the last weeks. The UMH forces on the other side started the operation "Barış Fırtınası" (Peace Storm) at the end of Mart to answer the attacks.

The Dünya Sağlık Örgütü (WHO) warned that the health system of Libya is not ready for a big outbreak of the virus.

It is known that the Hafter militias are supported by the UAE, Egypt and the Russian Wagner mercenaries, and they are attacking the capital since 4 Nisan 2019.

[ad_2]
Source link

İlginizi çekebilir:
    Türk SİHA'ları Hafter'in hava savunma sistemini vurdu
    Trablus'ta insani ateşkes çağrısına rağmen çatışmalar sürüyor

Exit mobile version
"""),
]
