# Events 4-6 (February - June 2021)
G4 = "amnesty_reports_axum_massacre_by_eritrean_troops_2021_02_26"
G5 = "abiy_acknowledges_eritrean_troops_in_tigray_2021_03_23"
G6 = "tigrayan_forces_retake_mekelle_unilateral_ceasefire_2021_06_28"

ARTICLES = [
dict(group=G4, published="2021-02-26", outlet="Continental Press",
title="Amnesty: Eritrean soldiers killed hundreds of civilians in Ethiopia's holy city of Axum",
text="""NAIROBI, Kenya (CP) — Soldiers from Eritrea killed hundreds of unarmed civilians, most of them men and boys, over roughly 24 hours in late November in the ancient Ethiopian city of Axum, Amnesty International said in a report released Friday, calling the killings a possible crime against humanity.

The rights group said it interviewed 41 survivors and witnesses, some of them refugees in eastern Sudan and others by telephone, and analyzed satellite images that it said were consistent with their accounts, including signs of recently disturbed earth at burial sites near churches.

According to the report, Ethiopian and Eritrean forces took Axum on Nov. 19 after shelling the city indiscriminately. On Nov. 28 a small group of local militiamen, joined by residents armed with little more than sticks and stones, attacked Eritrean positions. Witnesses said Eritrean troops then went through the streets and from house to house, shooting men and boys in what Amnesty described as retaliation. The killing continued into Nov. 29.

Survivors told researchers that soldiers would not allow families to collect bodies for a day and that most of the dead were buried on Nov. 30 in mass funerals. One woman told Amnesty that the soldiers said the local dead could not be buried until Eritrea's own dead soldiers were buried.

"The evidence is compelling and points to a chilling conclusion," said Deprose Muchena, Amnesty's director for East and Southern Africa, adding that Eritrean troops "went on a rampage and systematically killed hundreds of civilians in cold blood."

Amnesty said the killings came amid widespread looting of the city, home to the Church of St. Mary of Zion, which Ethiopian Orthodox Christians believe holds the Ark of the Covenant. The report calls for a U.N.-led investigation and for full access to Tigray for rights monitors, journalists and aid workers.

The head of the state-appointed Ethiopian Human Rights Commission, Daniel Bekele, said the findings should be taken very seriously and that the commission's own preliminary work indicated an as yet unknown number of civilians had been killed by Eritrean soldiers in Axum.

Eritrea's information minister, Yemane Gebremeskel, rejected the report as "preposterous." Ethiopia's federal government and Eritrea have both denied that Eritrean troops are fighting in Tigray, despite accounts from witnesses, aid workers and diplomats.

European Union foreign policy chief Josep Borrell said in response to the report that hostilities must cease immediately and that the suffering of civilians was appalling.

Thousands of people are believed to have been killed since Prime Minister Abiy Ahmed sent troops into Tigray in early November. He declared victory on Nov. 28, the same day the killings in Axum began, after federal forces captured the regional capital, Mekele.

___

FILE — The Church of St. Mary of Zion in Axum, Ethiopia."""),

dict(group=G4, published="2021-02-26", outlet="Eritrea Information Desk",
title="Eritrea categorically rejects Amnesty International's 'fallacious' Axum report",
text="""Asmara, 26 February 2021 – The Government of Eritrea has categorically rejected the accusations levelled against it in a report issued today by Amnesty International concerning alleged killings in the historic town of Aksum.

Information Minister Yemane Gebremeskel stated that Eritrea is outraged by what he described as the preposterous accusations contained in the fallacious report.

The Minister pointed out that the report is largely based on the testimonies of some 31 individuals in the Hamdayet refugee camp in the Sudan. It is common knowledge, he noted, that many among those who crossed into the camp are members of the TPLF militia who fled after their involvement in the heinous massacre and ethnic cleansing of hundreds of civilians in Mai-Kadra in early November last year.

Amnesty International made absolutely no attempt to seek information from the Government of Eritrea, the Minister stressed. He further observed that the fabricated Aksum story has itself mutated over the past weeks, shifting from an alleged massacre at St. Mary's Church to claims of house-to-house killings.

The report, according to the Minister, is transparently unprofessional and shows no effort to verify the allegations or cross-check the claims of its sources. This is not the first time Amnesty International has levelled politically motivated and defamatory attacks against Eritrea.

It will be recalled that the TPLF clique, which unleashed the conflict on 4 November 2020 by attacking the Northern Command of the Ethiopian National Defense Forces, subsequently fired several long-range missiles at Asmara and other Eritrean towns in a reckless attempt to internationalize the crisis. The same clique and its lobbyists abroad have since been conducting a relentless campaign of disinformation aimed at tarnishing Eritrea's image and obstructing the historic peace between the peoples of Eritrea and Ethiopia.

The Government of Eritrea reiterates that it will not be distracted by such orchestrated smear campaigns.

Print this page

Exit mobile version"""),

dict(group=G4, published="2021-02-27", outlet="The Meridian Review",
title="Axum killings: Amnesty says Eritrean troops massacred hundreds in Ethiopia's holiest city",
text="""By Harriet Lowell, Africa Correspondent

In the last days of November, as Abiy Ahmed was telling the world that his army had taken Mekelle and that the war in Tigray was over, something terrible was happening some 250 kilometres away by road, in Axum, the ancient capital revered by Ethiopian Orthodox Christians as the resting place of the Ark of the Covenant.

According to a report published on Friday by Amnesty International, Eritrean soldiers fighting on the Ethiopian government's side killed hundreds of civilians in the city over roughly 24 hours on 28 and 29 November. Witnesses interviewed by the organisation described men and boys being pulled from their homes and shot, people gunned down in the streets as they fled, and bodies left lying for a day because soldiers would not let families bury them.

Amnesty spoke to 41 witnesses and survivors, many of them now refugees across the border in Sudan, and examined satellite images that it said were consistent with their accounts, including disturbed earth at burial sites next to churches. It says the killings followed an attack on Eritrean positions on 28 November by a small number of local militiamen and residents, and that they may amount to crimes against humanity. Most of the dead, witnesses said, were buried on 30 November, the eve of the feast of St Mary of Zion, which in normal years draws pilgrims to Axum from across Ethiopia.

Earlier this month news reporters had gathered similar testimony, and Amnesty's findings match what refugees and aid workers have been saying privately for weeks: that Eritrean troops are deep inside Tigray and that they have been responsible for some of the worst abuses of the war.

Both governments continue to deny that any Eritrean soldiers are there. Eritrea's information minister, Yemane Gebremeskel, called the report "fallacious" on Friday and said its witnesses were drawn from a refugee camp full of TPLF supporters. In Addis Ababa the reaction was more muted. The head of the state-appointed Ethiopian Human Rights Commission, Daniel Bekele, said the findings should be taken "very seriously" and that his commission's preliminary work pointed to the killing of an unknown number of civilians by Eritrean soldiers in Axum.

That is an awkward position for Abiy, who won the Nobel Peace Prize in 2019 largely for ending the two-decade standoff with Eritrea's President Isaias Afwerki. The rapprochement brought together two leaders who share a deep hostility towards the Tigray People's Liberation Front, the party that ruled Ethiopia for almost three decades and fought a devastating border war with Eritrea between 1998 and 2000.

Tigray has been largely sealed off since the conflict began on 4 November, when Abiy accused the TPLF of attacking federal troops and ordered the army in. Telephone and internet links have been cut for much of the region, journalists are mostly barred, and aid agencies say they are reaching only a fraction of the millions who need food. The EU's foreign policy chief, Josep Borrell, said on Friday that hostilities must stop immediately and described the suffering of civilians as appalling. The United States has repeatedly called on Eritrean forces to leave.

Amnesty wants a UN-led investigation. The Ethiopian government has said its own bodies can investigate, and has pointed to atrocities blamed on TPLF-aligned forces, notably the killings in Mai-Kadra in the first week of the war.

If the Axum report is accurate, the massacre was carried out on the very weekend that Abiy declared his "law enforcement operation" complete."""),

dict(group=G5, published="2021-03-23", outlet="Horn Wire Service",
title="Ethiopia's Abiy acknowledges for first time that Eritrean troops entered Tigray",
text="""ADDIS ABABA (HWS) - Ethiopian Prime Minister Abiy Ahmed acknowledged for the first time on Tuesday that soldiers from neighbouring Eritrea had entered the northern Tigray region during the nearly five-month-old conflict there, after months of denials by both governments.

Speaking to parliament, Abiy said Eritrea had sent troops across the border because it feared attack by forces of the Tigray People's Liberation Front (TPLF), which fired rockets at the Eritrean capital Asmara in November. He said the Eritreans had taken over positions along the frontier that were left empty when Ethiopian troops moved to fight the TPLF.

Abiy said the Eritrean government had told Addis Ababa it would withdraw once the Ethiopian military was able to control the border. He also said that any damage Eritrean troops caused to the people of Tigray was unacceptable and that Ethiopia had raised accusations of abuses with Asmara.

In the same address, Abiy acknowledged that atrocities including rape had been committed during the fighting and said soldiers found responsible would be held accountable, while accusing the TPLF of exaggerating abuses for propaganda purposes. He said the war had cost the government more than $1 billion.

There was no immediate comment from the Eritrean government, which has consistently rejected reports that its soldiers were fighting in Tigray.

Rights groups, aid workers and witnesses have accused Eritrean soldiers of killing civilians, sexual violence and looting. Amnesty International said last month that Eritrean troops killed hundreds of civilians in the town of Axum in late November, a report Eritrea dismissed.

The United States has called for Eritrean troops and Amhara regional forces to leave Tigray, and Secretary of State Antony Blinken told U.S. lawmakers this month that acts of ethnic cleansing had been committed in western Tigray, a charge Ethiopia rejected.

Abiy's remarks came after U.S. Senator Chris Coons visited Addis Ababa at President Joe Biden's request over the weekend to convey Washington's concern about the humanitarian crisis and human rights abuses in the region.

(Reporting by Addis Ababa newsroom; Additional reporting by Nairobi bureau; Editing by Clare Holloway)"""),

dict(group=G5, published="2021-03-24", outlet="Al-Qarn News (translated from Arabic)",
title="Abi Ahmed admits for the first time the entry of Eritrean forces into Tigray",
text="""Addis Ababa - Al-Qarn News

The Ethiopian Prime Minister, Abi Ahmed, admitted, yesterday Tuesday, for the first time, the entry of forces from neighboring Eritrea into the region of Tigray in the north of the country, during the conflict which continues since five months.

And Abi Ahmed said, in a speech in front of the members of the parliament in Addis Ababa, that the Eritrean forces entered along the border because they were worried of being attacked by the forces of the Popular Front for the Liberation of Tigray, after the Front launched missiles on the capital Asmara in last November.

And he added that the Eritreans promised to leave when the Ethiopian army becomes able to control the border, and that the presence of these forces caused damages to the people of the region, which his government "does not accept".

The Ethiopian Prime Minister also acknowledged, for the first time also, that atrocities were committed in Tigray, including rape, and he promised that the soldiers involved will be held accountable, but he accused the Front of "exaggeration" in its propaganda.

And Abi Ahmed revealed that the cost of the war on the government exceeded one billion dollars.

And Asmara did not comment immediately on the statements, while the two governments had previously denied repeatedly any presence of Eritrean forces in the region.

It is worth mentioning that Amnesty International accused, at the end of last February, the Eritrean soldiers of killing hundreds of civilians in the city of Aksum at the end of November, and Eritrea described the report as "fallacious".

It is worth mentioning also that the American Secretary of State, Antony Blinken, described what happened in western Tigray as acts of "ethnic cleansing", which Addis Ababa rejected.

The war broke out in the fourth of November 2020 when Abi Ahmed sent the federal forces to the region to remove its local authorities, accusing them of attacking camps of the army.

Read also: The Security Council fails to agree on a statement on Tigray
Read also: Sudan and Ethiopia .. the border tension of al-Fashaga continues"""),

dict(group=G5, published="2021-03-24", outlet="Tigrai Horizon",
title="After four months of denial, Abiy admits Eritrean army is in Tigrai",
text="""TIGRAI HORIZON | News

For four months the government in Addis Ababa told diplomats, journalists and the United Nations that there were no Eritrean soldiers in Tigrai. On Tuesday Prime Minister Abiy Ahmed stood before parliament and admitted that there were.

Abiy told lawmakers that Eritrean forces had crossed the border and were holding positions inside Tigrai, claiming Asmara had "national security concerns" after rockets were fired at Eritrea in November. He said Eritrea had promised to leave once the Ethiopian army could hold the border trenches, and that harm done to the people by Eritrean troops was not acceptable to his government.

He also admitted, for the first time, that rape and other atrocities had taken place, promising that soldiers responsible would face justice, while dismissing much of the reporting as TPLF "exaggeration".

Tigrayans have known this since the first week of November. Refugees in Hamdayet and Um Rakuba described Eritrean tanks coming from the north. Survivors of Axum, where Amnesty International says hundreds of civilians were killed by Eritrean soldiers on 28-29 November, described soldiers in Eritrean uniforms speaking Eritrean Tigrinya. Families in Adigrat, Shire, Zalambessa, Irob and Idaga Hamus have reported looting of homes, factories and even hospitals.

The admission changes nothing on the ground unless it is followed by action. Abiy did not say when the Eritrean army would leave, how many soldiers are inside Tigrai or who would investigate the crimes. He also defended the presence of Amhara regional forces in Tigrai, saying it was a mistake to regard them as outsiders.

Diaspora associations said on Tuesday that the speech confirmed what they had been saying all along and renewed their call for an independent international investigation, the unconditional withdrawal of Eritrean and Amhara forces from Tigrai, and full humanitarian access to a region where millions need food aid.

The United States has already called what is happening in western Tigrai ethnic cleansing. President Biden sent Senator Chris Coons to Addis Ababa at the weekend. The world is finally paying attention. It must not look away again.

#TigrayGenocide #EritreaOutOfTigray"""),

dict(group=G5, published="2021-03-25", outlet="Eritrea Information Desk",
title="PM Abiy: TPLF missile attacks compelled Eritrea to secure its border",
text="""Asmara, 25 March 2021 – Ethiopian Prime Minister Abiy Ahmed told the House of Peoples' Representatives on Tuesday that the TPLF's missile attacks on Asmara in November had created legitimate national security concerns for Eritrea, which led Eritrean forces to hold positions along the common border.

In his address to the Ethiopian parliament, PM Abiy explained that when Ethiopian forces left their trenches along the border to respond to the TPLF's treacherous attack on the Northern Command, a vacuum was created that the TPLF sought to exploit. Eritrea, he said, was concerned that it would be attacked while Ethiopian forces were engaged elsewhere.

The Prime Minister stated that Eritrea has said it has no intention of staying once the Ethiopian National Defense Forces are able to take over the positions along the border.

PM Abiy also expressed his gratitude to the people and Government of Eritrea for the support they extended to the Ethiopian army in the aftermath of the 4 November attack.

Observers note that the Prime Minister's remarks expose, once again, the criminal responsibility of the TPLF clique for the conflict. It was the TPLF which launched the war, which fired missiles at Asmara, Bahir Dar and Gondar, and which has since spent vast sums on a campaign of lobbying and disinformation in Western capitals to portray itself as a victim.

The TPLF's external backers, who have for months amplified baseless allegations against Eritrea, including the recent so-called Amnesty International report on Aksum, have been silent on the clique's own crimes, including the Mai-Kadra massacre documented in the first week of the conflict.

Eritrea remains committed to the 2018 peace agreement with Ethiopia and to the security and stability of the region."""),

dict(group=G6, published="2021-06-28", outlet="Continental Press",
title="Tigray forces enter regional capital as Ethiopia declares unilateral cease-fire",
text="""NAIROBI, Kenya (CP) — Ethiopia's government declared an immediate, unilateral cease-fire in its Tigray region on Monday as Tigrayan forces entered the regional capital, Mekele, in the most dramatic turn yet in nearly eight months of war.

Residents described scenes of celebration as fighters loyal to the region's former leaders drove into the city for the first time since federal troops took it in late November, with people dancing in the streets, waving the Tigray flag and setting off fireworks.

"The capital of Tigray, Mekele, is under our control," Getachew Reda, a spokesman for the Tigray People's Liberation Front, told a news agency by satellite phone.

An official with Tigray's interim administration, which was appointed by Prime Minister Abiy Ahmed's government after the TPLF was ousted, said members of the administration had left the city earlier in the day as Tigrayan forces closed in. "Everybody has left," the official said, speaking on condition of anonymity for fear of reprisals.

Late Monday, state media carried a government statement declaring an "unconditional, unilateral cease-fire" starting that day. The government said it was responding to a request from the interim administration and wanted to allow farmers to plant crops during the rainy season and to let aid reach people in need. It said the cease-fire would last until the end of the farming season.

There was no immediate response from the Tigrayan forces to the cease-fire, and it was not clear whether federal troops had withdrawn from the whole city. Another TPLF spokeswoman said in an audio message that the fighting would continue until all "enemies" had left Tigray.

The Tigray Defense Forces, as the fighters now call themselves, launched a major offensive last week as much of the rest of Ethiopia voted in national elections. A day after the vote, an airstrike on a busy market in the village of Togoga, west of Mekele, killed dozens of people. Health workers said the toll was at least 64. The military said it targeted fighters and denied hitting civilians.

The war began in November when Abiy, the 2019 Nobel Peace Prize winner, sent troops into Tigray after accusing the TPLF of attacking a military base. Soldiers from neighboring Eritrea and fighters from Ethiopia's Amhara region joined the offensive. Thousands of civilians have been killed, and the U.N. says more than 350,000 people in Tigray face famine conditions.

The United States, Britain and Ireland were pushing for an emergency public meeting of the U.N. Security Council on Tigray, diplomats said."""),

dict(group=G6, published="2021-06-29", outlet="Medrek Broadcasting Corporation",
title="Government declares unilateral ceasefire in Tigray to allow farmers to cultivate their land",
text="""Addis Ababa, June 29, 2021 (MBC) – The Federal Government has declared an unconditional unilateral ceasefire in Tigray Regional State effective from yesterday, June 28, 2021, to enable farmers in the region to undertake farming activities during the main rainy season.

In a statement issued last night, the government said the decision was taken in response to a call made by the Provisional Administration of the Tigray Region, which requested a ceasefire in consideration of the humanitarian situation and the farming season.

The government said the ceasefire will remain in place until the end of the farming season. All federal and regional civilian and military institutions have been instructed to implement the ceasefire in accordance with guidelines to be issued by the government.

The statement noted that the government has, since the beginning of the law enforcement operation, been working to deliver humanitarian assistance to the people of Tigray, reconstruct damaged infrastructure and restore basic services, despite repeated obstruction and destruction by the remnants of the TPLF junta.

The ceasefire will allow unhindered humanitarian access, enable farmers to till their land without disruption and give the people of Tigray time to reflect and to distance themselves from the group, according to the statement.

The government called on aid organizations and the international community to make use of the opportunity to scale up support to the people of the region.

The statement further indicated that the government will continue to protect the sovereignty and territorial integrity of the country and will respond to any attempt by the terrorist group to threaten the peace of the people.

The Provisional Administration of Tigray had called for a ceasefire earlier on Monday in order to enable farmers to use the season and aid to reach those in need."""),

dict(group=G6, published="2021-06-30", outlet="Tigrai Horizon",
title="Mekelle liberated: TDF returns to the capital as city erupts in celebration",
text="""TIGRAI HORIZON | News | Mekelle

Seven months after Abiy Ahmed declared that his forces had "completed" their operation in Tigrai, the Tigray Defence Forces (TDF) walked back into Mekelle on Monday evening to cheering crowds.

Witnesses said residents poured into the streets, waving the Tigrai flag, honking car horns and singing as TDF fighters arrived in trucks. Fireworks went up over the city. "Everybody is outside dancing," one resident told foreign reporters. The Abiy-appointed interim administration had fled the city earlier in the day.

Hours later, Addis Ababa announced what it called a "unilateral ceasefire", presenting it as a humanitarian gesture for the farming season.

The Government of Tigrai and the TDF have rejected that framing. TPLF spokesman Getachew Reda said on Tuesday that the ceasefire was not serious and that the Tigrayan forces would not stop until the Ethiopian army, Eritrean troops and Amhara forces had left all of Tigrai. He said fighting with retreating Ethiopian forces was continuing outside the city and that Mekelle was firmly in Tigrayan hands.

The reversal follows the TDF's offensive launched last week, which Tigrayan commanders have called Operation Alula, after the 19th century Tigrayan general Ras Alula. TDF commanders claim to have captured thousands of Ethiopian soldiers and destroyed several divisions, claims that could not be independently verified.

For Tigrayans, the joy is mixed with grief. Just a week ago, on 22 June, an Ethiopian air force strike on the crowded market in Togoga killed at least 64 people, according to health officials in Mekelle, and soldiers were reported to have blocked ambulances from reaching the wounded. Hundreds of thousands of people in Tigrai face famine, according to the United Nations.

The government's talk of a ceasefire "for farmers" rings hollow after months in which crops were burned, oxen slaughtered and seed stores looted, diaspora associations said. They called on the international community to guarantee humanitarian access, restore electricity, telecommunications and banking, and secure the withdrawal of Eritrean forces.

Tigrai is celebrating tonight. But the war is not over.

#Tigray #Mekelle"""),
]
