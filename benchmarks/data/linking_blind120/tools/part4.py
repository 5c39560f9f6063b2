# Events 10-13 (January - November 2022)
G10 = "air_strike_hits_dedebit_displaced_camp_2022_01_07"
G11 = "ethiopia_declares_humanitarian_truce_in_tigray_2022_03_24"
G12 = "fighting_resumes_ending_tigray_truce_2022_08_24"
G13 = "pretoria_cessation_of_hostilities_agreement_2022_11_02"

ARTICLES = [
dict(group=G10, published="2022-01-08", outlet="Horn Wire Service",
title="Air strike on camp for displaced people in Ethiopia's Tigray kills 56, aid workers say",
text="""NAIROBI (HWS) - An air strike on a camp for internally displaced people in northwest Tigray killed at least 56 people and wounded at least 30 others, two aid workers said on Saturday, citing local authorities and witnesses.

The strike hit the camp in the town of Dedebit, near the Eritrean border, around midnight on Friday, the aid workers said. Many of the wounded were children and elderly women, one of them said, after visiting the hospital in the town of Shire where casualties were taken.

"They told me the bombs came at midnight," the aid worker said. "It was completely dark and they couldn't escape." The aid workers asked not to be named because they were not authorised to speak to the media.

Getachew Reda, a spokesman for the Tigray People's Liberation Front (TPLF), said on Twitter that what he described as a drone attack on the camp had killed 56 civilians so far, most of them people who had fled fighting in western Tigray. A senior official at a hospital in the regional capital Mekelle told another news agency that the Shire hospital had recorded 55 dead and 126 wounded.

Ethiopia's military spokesman and a government spokesman did not immediately respond to requests for comment. The government has previously denied targeting civilians in air strikes and says it targets TPLF fighters and infrastructure.

The strike came hours after the government announced an amnesty for several high-profile detainees, including senior TPLF figures and opposition leader Jawar Mohammed, in a move it said was aimed at national reconciliation as Ethiopians celebrated Orthodox Christmas.

On Wednesday, an air strike hit the Mai Aini refugee camp in southern Tigray, killing three Eritrean refugees, two of them children, the U.N. refugee agency said.

At least 146 people were killed and 213 injured in 41 air strikes in Tigray between Oct. 18 and late December, according to a document compiled by aid agencies that was reported earlier this week.

Tigrayan forces withdrew into their region last month after being pushed back from the neighbouring Amhara and Afar regions, which they had entered in July. The government has said it will not advance further into Tigray for now. No humanitarian convoys have entered Tigray by road since mid-December, according to the United Nations.

(Reporting by Nairobi bureau; Editing by Martin Ebbs)"""),

dict(group=G10, published="2022-01-08", outlet="Tigrai Horizon",
title="Christmas night massacre: drone strike on Dedebit IDP camp kills dozens of displaced Tigrayans",
text="""TIGRAI HORIZON | Breaking

While Ethiopians elsewhere were celebrating Genna, Abiy Ahmed's drones were over Tigrai again.

A strike around midnight on Friday hit a camp sheltering internally displaced people in Dedebit, in the North Western zone of Tigrai, killing at least 56 civilians and wounding dozens more, according to the Tigrai government and aid workers. Most of the victims were women, children and elderly people who had been forced out of Western Tigrai, where Amhara forces and militias have been accused of ethnic cleansing.

"Another callous drone attack," TPLF spokesman Getachew Reda wrote on Saturday, saying the victims had been displaced by what he called the regime's genocidal campaign.

Survivors told relatives that the strike came without warning while families were sleeping inside a school compound where they had found shelter. The wounded were driven to Shire Suhul General Hospital, which, like every hospital in Tigrai, is running out of medicines, fuel and even gauze because of the siege.

The strike came on the same day the Abiy government announced with great fanfare that it was releasing political prisoners, including veteran TPLF leaders such as Sebhat Nega, in the name of "reconciliation". Tigrayans will judge that message by what fell on Dedebit a few hours later.

This is not an isolated incident. On Wednesday a strike hit the Mai Aini camp for Eritrean refugees, killing three people including two children, according to the UN. Aid agencies have recorded dozens of air strikes on Tigrai since October, including the strike on a market in Togoga in June 2021 that killed more than 60 people and a December strike in Alamata.

Diaspora organisations called on the United Nations, the African Union and governments supplying drones and munitions to Ethiopia to act. Only one side in this war has air power.

Tigrai remains under a total blockade. No aid trucks have entered by road since mid-December. Telephone, internet and banking services have been cut since June.

#TigrayGenocide #StopDroneStrikes

Share this:
Twitter Facebook Telegram

Related
Mai Aini: refugees killed in air strike on camp
Alamata market strike: the names of the dead"""),

dict(group=G10, published="2022-01-09", outlet="Sentinel Defence Review",
title="Dedebit strike puts Ethiopia's expanding drone fleet under scrutiny",
text="""SENTINEL DEFENCE REVIEW | Analysis | Africa

The air strike that hit a camp for internally displaced people at Dedebit in north-western Tigray shortly after midnight on 7-8 January, killing at least 56 people according to aid workers and Tigrayan officials, is the deadliest single incident in an air campaign that has intensified sharply since October.

Tigrayan officials described the weapon as a drone. The aircraft and munition used could not be independently identified as of Sunday, and the Ethiopian National Defence Force (ENDF) has not commented. The UN Office for the Coordination of Humanitarian Affairs said the attack had caused large numbers of civilian casualties and that aid partners had suspended activities in the area because of the continuing threat of drone strikes.

Capability build-up

What is clear is that Ethiopia's ability to strike from the air has changed markedly over the past year. At the start of the war in November 2020 the Ethiopian Air Force relied mainly on ageing Su-27 and MiG-23 fighters, Mi-24/35 and Mi-8/17 helicopters and a small number of light aircraft. Open-source analysts using commercial satellite imagery have since reported the appearance of several medium-altitude unmanned aerial vehicle types at Ethiopian bases:

- Chinese-designed Wing Loong-series drones, reportedly delivered via the United Arab Emirates, identified at Harar Meda air base near Bishoftu;
- Iranian Mohajer-6 drones reported at Semera in Afar in mid-2021;
- Turkish Bayraktar TB2 drones, whose delivery Ankara has not confirmed, but which analysts believe entered service in late 2021. Ethiopia and Turkey signed a military framework agreement when Prime Minister Abiy Ahmed visited Ankara in August 2021.

None of the supplying governments has publicly confirmed transfers of armed drones to Ethiopia.

Operational effect

The drones gave the federal government a decisive advantage in the November-December counter-offensive that pushed Tigrayan forces out of Amhara and Afar, allowing persistent surveillance and strikes on vehicles, artillery and supply columns along the A2 highway. Tigrayan forces have no comparable air defence capability against medium-altitude platforms.

But the same persistence has been used against targets in Tigray's towns. An aid agency tally seen by news organisations recorded 146 people killed and 213 injured in 41 air strikes in Tigray between 18 October and the end of December, before the Dedebit strike and an attack on the Mai Aini refugee camp on 5 January that killed three Eritrean refugees.

The government says it targets only TPLF military assets. Humanitarian agencies point out that camps for the displaced in north-western Tigray are densely packed and clearly identifiable.

Export-control implications

The Dedebit strike is likely to increase pressure on supplier states. Under the US Executive Order of September 2021 establishing a sanctions framework for the conflict, Washington can target those deemed to be prolonging it. End-use assurances attached to any drone exports are likely to face closer questioning."""),

dict(group=G11, published="2022-03-24", outlet="Marmara News Agency",
title="Ethiopia declares 'indefinite humanitarian truce' in Tigray",
text="""ADDIS ABABA

The Ethiopian government on Thursday declared an "indefinite humanitarian truce" with immediate effect, saying the step aims to allow the unimpeded flow of emergency aid into the northern Tigray region.

"Cognizant of the need to take extraordinary measures to save lives and reduce human suffering, the Government of Ethiopia hereby declares an indefinite humanitarian truce effective immediately," the government said in a statement.

The government said it is committed to exerting maximum effort to facilitate the free flow of humanitarian assistance into Tigray.

It called on the Tigray People's Liberation Front (TPLF) to desist from all acts of further aggression and to withdraw from areas it has occupied in the neighboring regions, an apparent reference to parts of the Afar region.

The statement also urged the donor community to redouble its contributions to alleviate the humanitarian situation.

The government said it hoped the truce would substantially improve the humanitarian situation on the ground and pave the way for the resolution of the conflict in northern Ethiopia without further bloodshed.

There was no immediate reaction from the TPLF.

The conflict erupted in November 2020 when Prime Minister Abiy Ahmed sent troops into Tigray after accusing the TPLF of attacking federal army camps. The war later spread to the Amhara and Afar regions.

According to the UN World Food Programme, more than 9 million people need food aid across Tigray, Amhara and Afar. The UN has said humanitarian convoys have not been able to reach Tigray by road since mid-December, with only limited supplies flown in.

Related news
- Ethiopia's parliament lifts nationwide state of emergency
- Türkiye, Ethiopia discuss bilateral trade at business forum"""),

dict(group=G11, published="2022-03-25", outlet="HornAid Alliance",
title="HornAid Alliance welcomes humanitarian truce in northern Ethiopia, urges immediate convoys",
text="""PRESS RELEASE
FOR IMMEDIATE RELEASE
Nairobi, 25 March 2022

HornAid Alliance welcomes the declaration by the Government of Ethiopia on 24 March of an indefinite humanitarian truce, and the statement today by the Tigray regional authorities that they will observe a cessation of hostilities provided humanitarian aid reaches Tigray within a reasonable time.

"This is the first real opening for the people of northern Ethiopia in many months," the Alliance's regional director said. "Now the truce must be turned into trucks, fuel and medicine on the road, this week, not next month."

The situation our members describe is critical:
- No humanitarian convoy has reached Tigray by road since mid-December 2021.
- The World Food Programme has warned that its operations in Tigray have almost ground to a halt, with food stocks nearly exhausted.
- Health facilities across Tigray report acute shortages of insulin, antibiotics, therapeutic food and fuel for generators.
- In Afar and Amhara, hundreds of thousands of people displaced by fighting need shelter, water and food.

HornAid Alliance calls on:
1. The Government of Ethiopia and the Tigray authorities to agree quickly on practical arrangements for convoys, including via the Semera-Abala-Mekelle road, and to guarantee the safety of drivers and aid workers;
2. All parties to allow the entry of fuel and cash so that aid can be distributed once it arrives;
3. The restoration of basic services, including electricity, telecommunications and banking, in Tigray;
4. Donors to fund the response in Tigray, Afar and Amhara without delay.

The Alliance also welcomes the statement by the Chairperson of the African Union Commission, Moussa Faki Mahamat, and encourages all parties to build on the truce towards a negotiated end to the conflict.

Notes to editors
HornAid Alliance is a network of humanitarian and development organisations working across the Horn of Africa.

Media contact: press@hornaid-alliance.example"""),

dict(group=G11, published="2022-03-25", outlet="Al-Qarn News (translated from Arabic)",
title="Tigray Front announces its commitment to cessation of hostilities after the government declared humanitarian truce",
text="""[ad_1]

Addis Ababa - Al-Qarn News

The Popular Front for the Liberation of Tigray announced, today Friday, its commitment to a cessation of hostilities, one day after the Ethiopian government declared, yesterday Thursday, "an indefinite humanitarian truce" with immediate effect, to allow the entry of aid into the region of Tigray in the north of the country.

And the Tigray authorities said in a statement that they will do everything they can to make the cessation of hostilities a success, on condition that the humanitarian aid reaches the people of the region "within a reasonable time", and they called the Ethiopian authorities to go beyond "empty promises".

And the Ethiopian government had said in its statement yesterday that the truce comes "to save lives and reduce human suffering", and it called the fighters of the Front to stop any aggression and to withdraw from the areas which they occupy in the neighboring regions, in reference to the Afar region.

For his part, the President of the African Union Commission, Moussa Faki Mahamat, welcomed today Friday the declaration of the truce and the commitment of the Tigray authorities to it, and he called for dialogue between the two parties to reach a comprehensive ceasefire.

It is worth mentioning that no humanitarian convoy entered Tigray by road since the middle of last December, according to the United Nations, which says that more than 90 percent of the population of the region, estimated at six million, need urgent aid.

It is worth mentioning that the war broke out in November 2020 and killed thousands of people and displaced millions, and extended in the summer of last year to the regions of Amhara and Afar.

Read also: The United Nations: The situation in Tigray is "catastrophic" and the fuel is running out
Read also: Sudan and Ethiopia .. talks on the border in Khartoum"""),

dict(group=G12, published="2022-08-24", outlet="Continental Press",
title="Fighting erupts in northern Ethiopia, shattering five-month truce",
text="""NAIROBI, Kenya (CP) — Fighting broke out Wednesday between Ethiopian federal forces and forces from the northern Tigray region, shattering a humanitarian truce that had held since March and dimming hopes for peace talks, with each side accusing the other of starting it.

The Tigray authorities said government forces and allied fighters from the Amhara region launched what they called a large-scale offensive on their positions early in the morning near the southern edge of Tigray, around the town of Kobo. A statement from the Tigray military command said government troops had been massing in the area for days.

The federal government, in a statement from its communications service, said instead that Tigrayan forces had attacked first, at 5 a.m., on the "eastern front," naming the areas of Bisober, Zobil and Tekulesh, and that they had violated the cease-fire. It said the government still believed peace was the best option but would take all necessary measures to protect the country, and that security forces were mobilizing their capabilities.

Neither account could be independently verified. Tigray has had almost no phone or internet service for more than a year.

The renewed clashes came as the African Union was trying to bring the two sides to talks. Both have named negotiating teams, but they disagree on the mediator and on preconditions; the Tigrayan side has demanded that electricity, banking, telecommunications and other basic services be restored before negotiations begin, while the federal government wants talks without preconditions.

Envoys from the United States and the European Union visited Tigray's capital, Mekele, earlier this month in an effort to move the process forward.

The truce, declared by the government in March and accepted by the Tigray authorities, allowed aid convoys to reach Tigray by road again for the first time in months. But aid groups say deliveries have fallen far short of needs, largely because of a lack of fuel, and malnutrition has risen sharply. The U.N. estimates that more than 5 million people in Tigray need food aid.

The war began in November 2020 and has killed thousands of people, with some researchers putting the toll, including deaths from hunger and lack of health care, far higher. Soldiers from neighboring Eritrea have fought alongside Ethiopian forces."""),

dict(group=G12, published="2022-08-25", outlet="Horn Daily Briefing",
title="Morning briefing: Tigray truce collapses as fighting resumes; WFP says fuel seized in Mekelle",
text="""HORN DAILY BRIEFING | Thursday 25 August 2022

Good morning. Here is what you need to know today.

1. Northern Ethiopia: the truce is over
Heavy fighting resumed on Wednesday along the southern edge of Tigray, ending five months of relative calm that began with the government's humanitarian truce in March. Each side blames the other. The Tigray authorities say federal troops, Amhara special forces and Fano militia launched an offensive early on Wednesday; the Government Communication Service says Tigrayan forces attacked first at 5 a.m. around Bisober, Zobil and Tekulesh, on what it calls the eastern front. Fighting has been reported in the Kobo area, on the road linking Amhara and southern Tigray. Casualty figures are not available.

2. WFP: armed men took half a million litres of fuel
The World Food Programme says armed men entered its compound in Mekelle on Wednesday and seized 12 tankers holding about 570,000 litres of fuel meant for aid distribution. Executive Director David Beasley called on the Tigrayan authorities to return it immediately, warning that without fuel WFP cannot deliver food, fertiliser and medicines. The Tigray authorities said they were taking back fuel they had lent to the UN earlier. The federal government condemned the seizure and demanded that the fuel be returned.

3. The military says it downed a plane
The Ethiopian National Defence Force says it shot down an aircraft that it says entered Ethiopian airspace from Sudan carrying weapons for the Tigrayan forces. There has been no independent confirmation.

4. Calls for restraint
The African Union, the United Nations and the United States have expressed concern over the renewed fighting and called on both sides to return to the path of talks. AU Commission Chairperson Moussa Faki Mahamat urged an immediate cessation of hostilities.

5. Why it matters
The truce had allowed the first aid convoys in months to reach Tigray by road, but the UN says fuel shortages kept deliveries far below needs. Peace talks under AU auspices had been expected, but the parties have not agreed on a venue, mediator or preconditions. Renewed fighting also risks drawing in Eritrea again.

Elsewhere in the Horn
- Kenya: the Supreme Court prepares to hear petitions against the presidential election result."""),

dict(group=G13, published="2022-11-02", outlet="Marmara News Agency",
title="Ethiopian government, Tigray rebels agree to cease hostilities after Pretoria talks",
text="""PRETORIA, South Africa

The Ethiopian government and the Tigray People's Liberation Front (TPLF) on Wednesday signed an agreement for a permanent cessation of hostilities after about ten days of African Union-led talks in South Africa, ending two years of war in northern Ethiopia.

"The two parties in the Ethiopian conflict have formally agreed to the cessation of hostilities as well as the systematic, orderly, smooth and coordinated disarmament," AU High Representative for the Horn of Africa Olusegun Obasanjo, the former Nigerian president, said at the signing ceremony in Pretoria.

Obasanjo said the parties also agreed on the restoration of law and order and of services, unhindered access to humanitarian supplies and the protection of civilians, especially women, children and other vulnerable groups.

"This moment is not the end of the peace process, but the beginning of it," Obasanjo said, adding that implementation of the agreement would be critical and that a high-level AU panel would monitor it.

The agreement was signed by Redwan Hussien, national security adviser to Prime Minister Abiy Ahmed, on behalf of the government, and by TPLF spokesman Getachew Reda on behalf of the Tigray side.

Redwan said all parties must respect both the letter and the spirit of the agreement. Getachew said the agreement showed the will of both sides to leave the past behind and expressed hope that both parties would honour their commitments.

The talks, which began on October 25, were mediated by Obasanjo, former Kenyan President Uhuru Kenyatta and former South African Deputy President Phumzile Mlambo-Ngcuka.

The war broke out in November 2020 between the federal army and Tigrayan forces. Fighting resumed in late August after a five-month truce, and federal forces backed by Eritrean troops captured several towns in Tigray in October.

UN Secretary-General Antonio Guterres welcomed the agreement as a first step.

Related news
- Horn of Africa drought: UN appeals for more funding
- Somalia: Death toll from Mogadishu twin car bombings rises"""),

dict(group=G13, published="2022-11-03", outlet="The Meridian Review",
title="Ethiopia and Tigray sign truce in Pretoria, but the hard part starts now",
text="""By Harriet Lowell, Africa Correspondent

Two years almost to the day after the first shots were fired at the army's Northern Command in Mekelle, the Ethiopian government and the Tigray People's Liberation Front have signed an agreement to stop fighting.

The deal, signed in Pretoria on Wednesday after ten days of talks convened by the African Union, commits the two sides to a "permanent cessation of hostilities". Olusegun Obasanjo, the former Nigerian president who led the mediation alongside Kenya's former president Uhuru Kenyatta and South Africa's former deputy president Phumzile Mlambo-Ngcuka, said they had agreed to a "systematic, orderly, smooth and coordinated disarmament", the restoration of law and order and of basic services in Tigray, and unhindered humanitarian access. "This moment is not the end of the peace process but the beginning of it," he warned.

The signatures of Redwan Hussein, Abiy Ahmed's national security adviser, and Getachew Reda, the TPLF's most prominent spokesman, came after a dramatic shift on the battlefield. When the five-month humanitarian truce agreed in March collapsed in late August, federal troops, Amhara forces and the Eritrean army opened several fronts at once. In October they took Shire and other towns in northern and western Tigray, backed by drones and heavy artillery, and were closing on Mekelle.

The human cost of the war is still unknown. Tigray has been cut off from telephone, internet and banking for much of the past two years and was under what the UN called a de facto blockade for long stretches. Some researchers estimate that hundreds of thousands of people may have died from violence, hunger and lack of medical care, which would make this one of the deadliest conflicts of the century. There have been massacres on all sides: Mai-Kadra in the first week of the war; Axum, where Amnesty International says Eritrean soldiers killed hundreds of civilians; and air strikes such as those at Togoga and Dedebit.

Much will depend on three questions the deal does not obviously answer.

The first is Eritrea. President Isaias Afwerki's army was not at the table and Obasanjo did not mention it on Wednesday. Abiy acknowledged in March 2021 that Eritrean soldiers were in Tigray, after months of denial, and they were fighting there again this autumn. Tigrayans will judge the agreement largely on whether they go.

The second is western Tigray, the fertile land along the Sudanese border that Amhara authorities took over in the first weeks of the war and that Washington has said was the scene of ethnic cleansing. The agreement appears to leave contested territories to be settled under the constitution, which gives both sides room to claim victory.

The third is trust. The TPLF has agreed to disarm and to let federal authority return to Tigray; it was designated a terrorist organisation by parliament last year. Abiy's government, for its part, has promised to restore services and allow aid. A previous truce, declared unilaterally by the government in June 2021 as Tigrayan forces walked back into Mekelle, did not hold.

Still, the mood in Addis Ababa and among Tigrayans abroad on Thursday was one of cautious relief. Getachew told the ceremony that Tigrayans had always felt the war was forced upon them, and said he hoped both parties would honour their commitments. Redwan spoke of the massive destruction and the need to rebuild. Antonio Guterres, the UN secretary-general, called the deal a welcome first step.

The first test will be whether aid trucks and fuel reach Mekelle in the coming days."""),

dict(group=G13, published="2022-11-04", outlet="Sentinel Defence Review",
title="Pretoria deal: disarming the Tigray forces will be the first test",
text="""SENTINEL DEFENCE REVIEW | Analysis | Africa

The cessation of hostilities agreement signed in Pretoria on 2 November between the Ethiopian federal government and the Tigray People's Liberation Front (TPLF) places disarmament at its centre. African Union mediator Olusegun Obasanjo described the parties' commitment as a "systematic, orderly, smooth and coordinated disarmament" of Tigrayan forces, to be monitored by a high-level AU panel.

The scale of the task is considerable. At their peak in late 2021 the Tigray Defence Forces (TDF) were estimated by analysts to field well over 100,000 fighters, organised in numbered divisions and equipped with weapons captured from the Ethiopian National Defence Force (ENDF), including artillery, multiple rocket launchers, tanks and anti-aircraft guns taken when the Northern Command was overrun in November 2020 and during the ENDF's retreat from Tigray in June 2021.

Heavy weapons first

Processes of this kind usually begin with heavy weapons, followed by light weapons, with fighters moved to assembly points for demobilisation and possible reintegration. The details are expected to be worked out in follow-up talks between senior military commanders. The ENDF is expected to take control of federal facilities, airports and main roads in Tigray.

The balance of forces heavily favours Addis Ababa. Since late 2021 the ENDF has expanded through mass recruitment and acquired a fleet of armed unmanned aerial vehicles, including types from Turkey, China and Iran according to open-source analysts, which proved decisive in the Amhara and Afar campaigns and in strikes across Tigray. The October 2022 offensive, in which federal and allied forces took Shire and other towns, was preceded by weeks of drone and air strikes.

The Eritrean factor

The most serious risk to implementation lies outside the signatories. The Eritrean Defence Forces, which fought alongside the ENDF in the 2022 offensive, were not party to the Pretoria talks, and the AU did not refer to them when announcing the agreement. Amhara regional forces and Fano militia, which control western Tigray, were also absent. Tigrayan commanders are unlikely to hand over heavy weapons while Eritrean units remain in northern Tigray.

Outlook

Previous pauses in the conflict, including the government's unilateral ceasefire of June 2021 and the humanitarian truce of March 2022, collapsed within months. This agreement is more ambitious and has stronger international backing, including from the United States and the African Union. Its durability will depend on sequencing: whether disarmament, the withdrawal of non-federal forces and the restoration of services in Tigray move together."""),
]
