# Part 3: al-Khadra hospital, Sabratha/Surman, shelling near embassies, Watiya, Tarhuna mass graves
from common_bg import *

ARTICLES = []

def add(group, published, outlet, title, text):
    ARTICLES.append(dict(group=group, published=published, outlet=outlet, title=title, text=text.strip("\n")))

# ---------------------------------------------------------------- 9. Al-Khadra hospital shelled, 6 Apr 2020
G = "shelling_hits_al_khadra_hospital_tripoli_2020_04_06"

add(G, "2020-04-06", "Africa Press Desk",
"Humanitarian Coordinator 'appalled' by shelling of Al Khadra General Hospital in Tripoli",
"""TRIPOLI / TUNIS, 6 April - Africa Press Desk

The United Nations Humanitarian Coordinator for Libya, Yacoub El Hillo, said on Monday he was appalled by the heavy shelling that hit Al Khadra General Hospital in Tripoli earlier in the day, damaging the facility and injuring at least one health worker.

Summary of the statement

The 400-bed hospital, one of the main public hospitals in the Libyan capital, has been designated as one of the facilities to receive patients with COVID-19. According to the Humanitarian Coordinator, the shelling caused damage to parts of the hospital at a time when Libya's health system is preparing for a possible rise in coronavirus infections.

Mr. El Hillo described the strike as deplorable and said that senseless damage to a medical facility that is so badly needed was unacceptable at a time when health care and health workers are vital in the fight against a global pandemic. He said attacks on health facilities constitute a clear violation of international humanitarian law.

He recalled that the Secretary-General and the UN Support Mission in Libya have repeatedly called on all parties to agree on a humanitarian pause so that the authorities can respond to the pandemic, and urged the parties to respect their obligations to protect civilians and civilian infrastructure.

Earlier attacks

The shelling of Al Khadra is the latest in a series of incidents affecting health care in Tripoli. In recent weeks, shells and rockets have landed in or near several health facilities in the capital, and ambulances have been hit while evacuating wounded people from the southern districts. Humanitarian partners have also reported damage to water and electricity infrastructure serving residential areas, which could further undermine efforts to prevent the spread of COVID-19.

Attacks on health care in Libya

According to the humanitarian community, 27 health facilities had been damaged by the conflict in and around Tripoli as of March 2020. Of these, 14 have been forced to close, and 23 more are at risk of closure because of shifting front lines. Health workers and ambulances have also been hit repeatedly since the offensive on Tripoli began in April 2019.

The World Health Organization has warned that Libya's health system, weakened by years of conflict, shortages of staff and medicines, and damage to infrastructure, is poorly equipped to cope with a large outbreak. Libya confirmed its first case of COVID-19 on 24 March; fewer than two dozen cases had been confirmed as of Monday.

Background

Fighting in and around Tripoli has displaced around 150,000 people since April 2019, and nearly 900,000 people across Libya are estimated to need humanitarian assistance. Many displaced families live in crowded shelters where physical distancing is difficult. The UN and its partners have appealed for an immediate cessation of hostilities to allow them to scale up their response to COVID-19.

Distributed by Africa Press Desk. This summary is based on statements released by the United Nations in Libya. For full texts, consult the issuing organisation.
""")

add(G, "2020-04-07", "Mediterranean Wire Service",
"Rockets hit Tripoli hospital treating virus patients for second day",
"""TRIPOLI, Libya (MWS) — Rockets slammed into one of the largest hospitals in Libya's capital for a second day Tuesday, health officials in the U.N.-supported government said, forcing the evacuation of patients including two being treated for the coronavirus.

The barrage of Grad rockets hit Al-Khadra hospital in Tripoli's Abu Salim district, where more than 300 patients were being treated, many of them for shrapnel wounds and burns from the fighting on the city's southern outskirts.

The shelling on Monday wounded a medical worker from Bangladesh and forced staff to move patients out of the maternity unit after rockets hit part of the building and the power system failed, said Amin al-Hashemi, a health ministry official. Patients with chronic illnesses were still being evacuated on Tuesday, he said, while the two coronavirus patients were kept in isolation during their transfer to another facility.

Three civilians were wounded as shells crashed into cars and houses in the surrounding neighborhood, the Tripoli health ministry said.

Militias allied with the Tripoli government shared images of a surgeon operating as windows of the operating theater were shattered by a blast. The images could not be independently verified.

The Tripoli government blamed forces loyal to commander Khalifa Hifter, whose self-styled Libyan National Army has been besieging the capital for a year. It was the third strike on a Tripoli medical facility in the past month. Hifter's forces have in the past denied targeting hospitals, accusing their rivals of using civilian sites for military purposes.

Yacoub El Hillo, the U.N. humanitarian coordinator for Libya, said he was appalled by the attack, noting that Al-Khadra was one of the few hospitals set aside to treat virus patients in a country whose health system has been gutted by years of war. He called the shelling a clear violation of international humanitarian law.

Libya has confirmed fewer than two dozen cases of the coronavirus, including one death, but health officials fear the true number is much higher because testing is limited. Aid groups warn that an outbreak could be devastating, particularly among the displaced and the thousands of migrants held in detention centers.

The U.N. and Western governments have repeatedly urged the warring sides to agree a humanitarian truce so that authorities can focus on the pandemic. Both sides said last month they welcomed the appeal, but the fighting has since escalated.

On March 26, forces allied with the Tripoli government launched a counteroffensive they call "Peace Storm," targeting Hifter's positions west of the capital and the al-Watiya air base near the Tunisian border. Hifter's forces have responded with some of the heaviest shelling of residential areas in months.

""" + BG_MWS_2020 + """

""" + BG_MWS_BACKERS_2020 + """

The U.N. says the year-long fighting has displaced some 150,000 people around Tripoli. It documented more than 130 civilian casualties in the first three months of this year alone.
""")

add(G, "2020-04-07", "The Tripoli Chronicle",
"Haftar's militias shell Al-Khadra Hospital for second day, patients evacuated",
"""Haftar's militias on Tuesday renewed their shelling of Al-Khadra General Hospital in Tripoli with Grad rockets for the second consecutive day, forcing the Ministry of Health to evacuate patients from several departments, the ministry said.

Ministry spokesman Amin Al-Hashemi said a number of rockets fell inside the hospital compound and in its vicinity on Monday and Tuesday, damaging the maternity department, the power supply and several vehicles in the car park. A health worker from Bangladesh was wounded in Monday's attack, while three civilians were injured in nearby homes in Abu Salim.

Al-Hashemi said patients in the intensive care unit and those with chronic diseases had been transferred to other hospitals, in an operation that put the lives of seriously ill people at risk. The two patients being treated at the hospital for coronavirus were moved in isolation to another facility, he added.

The 400-bed hospital is one of the facilities assigned by the Ministry of Health to receive COVID-19 cases, and one of the main destinations for civilians and fighters wounded on the southern Tripoli frontlines.

The Ministry of Health condemned what it described as a war crime and a flagrant violation of international humanitarian law, and called on the United Nations and the international community to act to stop the targeting of health facilities.

The UN Humanitarian Coordinator for Libya, Yacoub El Hillo, said he was appalled by the attack and described it as unacceptable at a time when health workers are vital to the fight against the pandemic.

The Presidential Council of the Government of National Accord said Haftar's militias had ignored the calls for a humanitarian truce to confront coronavirus, and were using the pandemic to escalate their attacks on residential neighbourhoods in Abu Salim, Al-Hadaba, Ain Zara and Souq Al-Juma.

The Libyan Army launched Operation Peace Storm on 26 March in response to the daily shelling of civilians in the capital. The army's air force has since carried out strikes on the supply lines of Haftar's militias west of Tripoli and around Al-Watiya air base.

Since the start of the aggression on Tripoli on 4 April last year, Haftar's forces have shelled hospitals, ambulances, schools and Mitiga Airport, the capital's only functioning airport, which has been closed repeatedly.

The Government of National Accord has registered its first coronavirus cases in recent weeks and imposed a curfew to limit the spread of the virus. The National Centre for Disease Control has warned that the country's hospitals, already stretched by the war, do not have enough intensive care beds or ventilators to deal with a large outbreak.

Doctors at Al-Khadra told the Chronicle that staff had continued to work through the shelling on Monday night, and that several surgeries were completed while windows in the operating theatres were shattered by the blasts.

Share this:
Facebook | Twitter | WhatsApp

Related
Peace Storm: air force destroys militia convoy near Al-Watiya
Health Ministry: curfew hours extended in Tripoli
""")

# ---------------------------------------------------------------- 10. GNA captures Sabratha and Surman, 13 Apr 2020
G = "gna_captures_sabratha_and_surman_2020_04_13"

add(G, "2020-04-14", "Agence Mediterranee Presse",
"Libya unity forces seize two western coastal cities from Haftar",
"""TRIPOLI (AMP) - Forces loyal to Libya's UN-recognised government on Monday seized control of two strategic coastal cities west of Tripoli from forces of eastern strongman Khalifa Haftar, their biggest gains in a year of fighting for the capital.

Government of National Accord (GNA) forces "took control of the cities of Sabratha and Surman", spokesman Mohamed Gnounou said in a statement issued by the "Volcano of Anger" operation, adding that they were pursuing Haftar's fighters further west.

Gnounou said the forces had destroyed Haftar's operations rooms and seized tanks, armoured vehicles, Grad rocket launchers and large amounts of ammunition, including armoured vehicles he said had been supplied by the United Arab Emirates.

Another GNA military spokesman, Mustafa al-Mejii, said forces had first entered the centre of Surman, around 60 kilometres (40 miles) west of Tripoli, before fighting their way into Sabratha, home to the country's best-preserved Roman theatre. He said the air force had struck Haftar's positions in both towns before the ground assault.

GNA forces also said they had taken several smaller towns further west, including Al-Ajaylat, Al-Jamil and Regdalin, securing much of the coastal road towards the Tunisian border.

Videos posted online showed pro-GNA fighters celebrating in the streets of Surman as a building burned behind them.

Haftar's self-styled Libyan National Army (LNA) did not immediately comment. Media outlets close to the LNA accused the GNA of relying on "Syrian mercenaries" and Turkish drones, and said pro-GNA fighters had looted public buildings. AMP could not independently verify the claims.

The twin coastal cities had been under the control of local armed groups that declared their allegiance to Haftar in the early stages of his offensive on Tripoli last April, giving him a foothold on the coast west of the capital.

Analysts said it was the first time since April last year that the GNA could claim territorial gains of real value, after Turkish drones and air-defence systems shifted the balance around Tripoli in recent weeks.

The GNA launched a counter-offensive dubbed "Peace Storm" on March 26, targeting Haftar's supply lines west of the capital and the Al-Watiya air base, the LNA's main airfield in western Libya.

On Sunday the GNA said its forces had repelled an attack by Haftar's troops on Abu Grein, south of the city of Misrata, killing dozens of his fighters.

The fighting has continued despite repeated calls by the United Nations for a humanitarian truce to allow Libya to tackle the novel coronavirus, which has so far infected about two dozen people in the country and killed one.

Haftar's forces have meanwhile intensified their bombardment of Tripoli. Last week rockets struck Al-Khadra hospital, one of the facilities designated to treat coronavirus patients, in what the UN described as a clear violation of international law.

""" + BG_AMP + """

The GNA is backed by Turkey, which has sent military advisers, drones and, according to monitors, Syrian fighters. Haftar is supported by the United Arab Emirates, Egypt and Russia.

Since Haftar launched his offensive on Tripoli on April 4 last year, more than 1,000 people have been killed and some 200,000 displaced, according to the UN.
""")

add(G, "2020-04-14", "Gundem Haber 24",
"Libya Ordusu Sabrata ve Surman'i Hafter milislerinden kurtardi",
"""Gundem Haber 24 - Dunya
14 Nisan 2020

The Libya Ordusu which is bound to the UMH (Ulusal Mutabakat Hukumeti) took back the control of the cities Sabrata and Surman in the west of the capital Trablus from the militias of the darbeci Hafter.

The spokesman of the Barış Firtinasi (Peace Storm) Operation Muhammed Gununu, in his written statement said "Our heroic forces took control of Sabrata and Surman." Gununu stated that in the operation many armored vehicle, tank and ammunition belonging to Hafter militias were seized, and that some of the armored vehicles were BAE-made (United Arab Emirates).

The spokesman of the Libya Ordusu Mustafa el-Mecai said that the forces entered first to the city center of Surman and that after that the clashes continued at the eastern entrance of Sabrata, and that the Libya Hava Kuvvetleri was hitting the militia positions.

The UMH forces also took control of the Acilat, Cemil and Rakdalin settlements, and with this the control of the coastal road until the Zuvara city at the Tunisia border was strengthened.

The UMH had launched on 26 March the Barış Fırtınası Operasyonu against the attacks of Hafter militias on the capital. Since April 2019 in the attacks of Hafter on Trablus, more than 1000 people lost their life.

Hafter is supported by the BAE and Egypt, while the UMH is supported by Turkey in the framework of the military cooperation agreement signed in November.

Paylas: Facebook Twitter Whatsapp
Exit mobile version
Hafter milisleri Trablus'ta koronavirus hastanesini ikinci kez vurdu
07 Nisan 2020
The militias bound to the darbeci Hafter for the second day attacked with Grad rockets the el-Hadra Hospital in the capital Trablus, where the coronavirus patients are treated.

According to the statement of the UMH Saglik Bakanligi, in the attack on yesterday one Bangladesh citizen health worker was wounded, and the patients in the birth department were evacuated. In the attack today the patients with chronic diseases were also evacuated to other hospitals. The 2 coronavirus patients in the hospital were carried in isolation.

The BM Libya Insani Yardim Koordinatoru Yakup el-Hillo said that he is "dehset" (appalled) by the attack and that the attacks on hospitals are a clear violation of the international law.

In the Ebu Selim neighborhood around the hospital 3 civilians were wounded.

Paylas: Facebook Twitter Whatsapp
""")

add(G, "2020-04-15", "Gulf Horizon News",
"UN voices 'grave concern' over prison break, looting after militias seize Surman and Sabratha",
"""We use cookies to improve your experience on our site. By continuing to browse, you agree to our use of cookies. Accept | Learn more

Libya | Gulf Horizon News | 15 Apr 2020

ABU DHABI - The United Nations mission in Libya said on Wednesday it was gravely concerned by reports of a mass prison break and acts of revenge in the western coastal towns of Surman and Sabratha, which were overrun on Monday by militias loyal to the Tripoli-based Government of National Accord (GNA) backed by Turkish drones.

In a statement, the UN Support Mission in Libya (UNSMIL) said it had received reports of attacks on civilians, of the break-out from Surman prison and the release of 401 prisoners without adequate legal proceedings or vetting, of the desecration of corpses and of retribution, including looting, robberies and the torching of public and private property.

The mission said it was following up the allegations, which, if verified, would constitute grave violations of international human rights and humanitarian law, and warned that acts of revenge would lead to a cycle of retaliation threatening Libya's social fabric.

The GNA has said the inmates left Surman prison after the Libyan National Army (LNA) withdrew from the town and before its own forces arrived. Its justice ministry said 384 prisoners escaped after a riot and called on them to hand themselves in.

Residents and local activists posted images of a police station and homes set on fire in Sabratha, and reported arbitrary arrests of people accused of supporting the army. Sources in the area said many of the fighters who entered the two towns came from Zawiya, whose armed groups have long-standing feuds with their neighbours, as well as from groups linked to the Benghazi Revolutionaries Shura Council, which the army has long fought as a terrorist organisation.

The army's General Command said its units had repositioned outside the two towns to avoid fighting inside residential areas. It accused Ankara of providing drones, air-defence systems and Syrian mercenaries to the militias, in violation of the UN arms embargo and the commitments made at the Berlin conference in January.

The UN mission also condemned what it called indiscriminate rocket fire on Tripoli's neighbourhoods, and again called on the parties to respect a humanitarian pause so that Libya can respond to the coronavirus pandemic.

Surman and Sabratha, located between Tripoli and the Tunisian border, had sided with the LNA after Field Marshal Khalifa Haftar launched his operation to take the capital in April last year. Their loss leaves the army's forces west of Tripoli concentrated around Al-Watiya air base and the towns of the Nafusa mountains.

Observers in the region say the escalation reflects Turkey's growing direct role in the conflict since it signed security and maritime memoranda with the GNA in November, and warn that the presence of extremist fighters in the ranks of the militias threatens the stability of neighbouring countries.

RELATED
Arab Parliament condemns Turkish interference in Libya
LNA: Turkish drone downed near Al-Watiya
Libya's oil blockade enters fourth month

Tags: Libya, LNA, Sabratha, Surman, UNSMIL, Turkey
""")

# ---------------------------------------------------------------- 11. Shelling near Turkish & Italian embassies, 7 May 2020
G = "tripoli_shelling_near_turkish_italian_embassies_2020_05_07"

add(G, "2020-05-08", "Mediterranean Wire Service",
"Shells land near Turkish, Italian diplomatic sites in Tripoli, killing 3",
"""TRIPOLI, Libya (MWS) — Rockets slammed into a seafront district of Libya's capital late Thursday, landing near the Turkish Embassy and the residence of the Italian ambassador and killing at least three people, officials said Friday, in what appeared to be an expansion of the bombardment of central Tripoli by forces loyal to commander Khalifa Hifter.

Amin al-Hashemi, a spokesman for the health ministry of the U.N.-supported government in Tripoli, said two security officers and a civilian were killed and four people wounded in the Zawiyat al-Dahmani area, which is home to government buildings, embassies and diplomatic residences. Among the injured were another security officer and a volunteer with the Libyan Red Crescent, he said. Some local media reported a higher toll of five dead.

Turkey's ambassador, Serhat Aksen, said in a message to reporters that a Grad rocket had struck the building of the High Court next to the embassy and that another had landed near the Foreign Ministry. There were no reports of casualties among embassy staff.

Italy's Foreign Ministry said the area around the residence of its ambassador, Giuseppe Buccino Grimaldi, was hit at about 11 p.m., causing at least two deaths. "Italy strongly condemns yet another attack by Hifter's forces against civilians," it said, adding that the indiscriminate attacks were unacceptable and showed contempt for international law and human life.

Libya's foreign minister in the Tripoli government, Mohamed Siala, telephoned both ambassadors to check on their safety and called the shelling a violation of international law, his ministry said.

Rockets also fell around the city's port, where the U.N. migration agency said it had to abort an operation to bring ashore migrants who had been rescued at sea. Mitiga airport, the capital's only functioning airport, was also targeted, the government said.

Hifter's self-styled Libyan National Army did not comment on Friday. Its spokesman said earlier this week that the force was launching a new air campaign against its rivals, and announced strikes on an air base at Misrata. Authorities in Misrata said loud blasts there late Wednesday were caused by a problem with the storage of old munitions.

The shelling came a day after at least five people were killed by rocket fire in other districts of Tripoli, according to the health ministry, and as forces allied with the Tripoli government press an offensive against the al-Watiya air base, Hifter's main foothold west of the capital, and toward the town of Tarhuna, his main rear base to the southeast.

Turkish military support, including armed drones and air defense systems, has helped Tripoli's forces push Hifter's troops back from several areas in recent weeks, including the coastal cities of Sabratha and Surman in April.

Hifter declared on April 27 that he had a popular mandate to govern Libya and that a 2015 U.N.-brokered political agreement was void, a move condemned by the Tripoli government as a coup and criticized even by Russia. His forces later announced a unilateral truce for the Muslim holy month of Ramadan, which the Tripoli government dismissed.

The U.N. has said that Hifter's forces were responsible for about four-fifths of civilian casualties in Libya in the first months of this year, and that more than 130 civilians were killed or wounded in the first quarter alone.

""" + BG_MWS_2020 + """

""" + BG_MWS_BACKERS_2020 + """
""")

add(G, "2020-05-08", "Al-Manara Libya Net",
"Three killed in the shelling of Haftar's militias on Zawiyat al-Dahmani near the headquarters of embassies",
"""Tripoli - Al-Manara

The Ministry of Health in the Government of National Accord announced, today Friday, the death of three people and the injury of four others in the shelling which was launched by the militias of the war criminal Haftar, late yesterday Thursday, on the area of Zawiyat al-Dahmani in the center of the capital Tripoli.

The media advisor of the Ministry, Amin Al-Hashemi, said that among the dead are two members of the security who belong to the Ministry of Interior, and that among the wounded is another security member whose injury is serious and a volunteer of the Libyan Red Crescent.

Several Grad rockets fell around eleven o'clock at night in the area which includes the headquarters of a number of embassies and the residences of the ambassadors, among them the residences of the ambassadors of Italy and Turkey, in addition to the Supreme Court and the Ministry of Foreign Affairs, according to witnesses.

The Minister of Foreign Affairs Mohamed Taher Siala made a phone call with the Italian ambassador Giuseppe Buccino Grimaldi and the Turkish ambassador Serhat Aksen to check on them, and strongly denounced what he described as "the criminal bombardment", stressing that targeting the vicinity of diplomatic missions is a violation of international law and international humanitarian law which call for the protection of the missions.

For its part, the Italian Foreign Ministry condemned the attack, which it said caused at least two deaths near the residence of its ambassador, describing the indiscriminate attacks as "unacceptable" and as contempt for the rules of international law and for human life.

In the same context, sources in the port of Tripoli said that rockets fell in the vicinity of the port, which led to the suspension of an operation of disembarking migrants rescued at sea, while the administration of Mitiga airport announced that it had been exposed to shelling.

It is worth mentioning that the militias of Haftar intensified in the last days their shelling of the neighborhoods of the capital, after the successive defeats they suffered at the hands of the forces of the Government of National Accord in the cities of the western coast, and after the tightening of the siege on Al-Watiya air base.

It is worth mentioning that the spokesman of the militias of Haftar, Ahmed Al-Mismari, announced at the beginning of this week the start of what he called "the largest air campaign in the history of Libya" against the positions of the Government of National Accord.

In the same context, the Ministry of Health said that the shelling of the militias on the neighborhoods of Abu Salim and Tajoura on the day of Wednesday had led to the death of five people, and it called on the international community and the United Nations mission to assume their responsibilities in protecting the civilians, who face the coronavirus pandemic and the daily shelling at the same time.

Read also:
The Presidential Council: Haftar's announcement of a truce in Ramadan is not credible
Burkan Al-Ghadab: destruction of a Pantsir system near Al-Watiya

Share this:
""")

# ---------------------------------------------------------------- 12. GNA captures al-Watiya air base, 18 May 2020
G = "gna_captures_watiya_air_base_2020_05_18"

add(G, "2020-05-18", "Mediterranean Wire Service",
"Libya's Tripoli forces say they captured key al-Watiya air base",
"""TRIPOLI, Libya (MWS) — Forces allied with Libya's U.N.-supported government said Monday they had captured the al-Watiya air base southwest of Tripoli, the main stronghold of commander Khalifa Hifter's forces in the country's west.

The commander of the government's western military zone, Osama Juwaili, said the base had been "liberated" after Hifter's fighters pulled out in the early hours following days of drone strikes. Footage showed fighters walking among charred vehicles and a damaged Russian-made air defense system.

Prime Minister Fayez Sarraj said the capture brought his forces closer to what he called a bigger victory. There was no immediate comment from Hifter's Libyan National Army.
""")

add(G, "2020-05-18", "Turkiye Haber Ajansi English",
"Libyan army liberates strategic Al-Watiya air base from Haftar militias",
"""TRIPOLI

Libyan army forces on Monday took full control of the strategic Al-Watiya air base southwest of the capital Tripoli from militias loyal to warlord Khalifa Haftar, the UN-recognized Government of National Accord (GNA) announced.

Major General Osama al-Juwaili, the commander of the GNA's western military zone and head of the joint operations room, said the base had been completely liberated after Haftar's militias fled under heavy strikes by the Libyan air force.

The GNA's Operation Volcano of Rage said the army seized all the military equipment inside the base, including a Russian-made Pantsir air defense system which it said had been provided to Haftar's militias by the United Arab Emirates.

Prime Minister Fayez al-Sarraj said in a televised statement that he proudly announced the liberation of Al-Watiya, which joins the liberated cities of the western coast.

"Today's victory does not constitute the end of the battle but brings us closer than any time before to the bigger victory, the liberation of all towns and regions and bases," al-Sarraj said.

Later on Monday, President Recep Tayyip Erdogan and al-Sarraj discussed the latest developments in a phone call, according to the Turkish presidency. The two leaders also discussed the implementation of the agreements signed between the two countries in November last year.

Mohammed al-Sharif, the GNA's chief of staff, told local media that after the liberation of Al-Watiya the army would focus on driving Haftar's militias from the southern outskirts of Tripoli and from the town of Tarhuna, their main stronghold southeast of the capital.

Al-Watiya, located about 140 kilometers southwest of Tripoli and some 25 kilometers from the Tunisian border, is one of the largest military air bases in Libya. Forces allied with Haftar had held it since 2014 and used it as a launch point for attacks on the western coast.

The GNA launched Operation Peace Storm on March 26 to counter attacks on the capital. In April, the army liberated Surman, Sabratha and several other towns along the western coast, restoring control of the entire coastline from Tripoli to the Tunisian border.

In recent weeks Haftar's militias have stepped up their attacks on civilian areas of Tripoli in response to their battlefield losses. Earlier this month, rockets fired by the militias landed near the Turkish Embassy and the residence of the Italian ambassador, killing three people. Turkey has warned that it would consider Haftar's militias legitimate targets if its diplomatic missions or interests in Libya were attacked.

The US Embassy in Libya reiterated on Monday that there was no military solution to the conflict and called for the resumption of UN-led political talks.

Haftar's militias have been attacking Tripoli since April 2019, with more than 1,000 people killed in the violence.

Two rival centres of power have emerged in Libya since the 2011 ouster of Muammar Gaddafi: the internationally recognised Government of National Accord in Tripoli, and a rival camp in eastern Libya backed chiefly by the United Arab Emirates and Egypt.

*Writing by Zeynep Aydin
""")

add(G, "2020-05-19", "RusNews Agency",
"LNA says it pulled personnel out of al-Watiya under plan as GNA claims capture of base",
"""CAIRO, May 19 - RusNews. The Libyan National Army (LNA) led by Marshal Khalifa Haftar withdrew its personnel from the al-Watiya air base in the west of the country under a decision taken by the commander-in-chief, after removing the most important equipment from the base months ago, LNA spokesman Ahmed al-Mismari said on Tuesday.

"We withdrew important equipment from the base about three months ago, including aircraft and military vehicles," al-Mismari told a press conference in Benghazi. According to him, Haftar issued a decision on Monday to withdraw the remaining personnel under the cover of air defence.

The day before, the Government of National Accord (GNA) headed by Fayez Sarraj announced that its forces had taken full control of al-Watiya, located about 140 kilometres southwest of Tripoli near the border with Tunisia. The GNA published footage which it said showed military hardware captured at the base, including a Pantsir-S1 air defence system.

Al-Mismari also said that LNA units would be repositioned from the axes south of Tripoli to new locations, describing the move as a measure to protect civilian neighbourhoods from shelling during the Eid al-Fitr holiday. He denied reports that the army was withdrawing from the Tripoli front altogether, and said the LNA was capable of continuing the fight against "militias, foreign fighters and extremists".

Earlier, the LNA had said that its air defence forces shot down several Turkish drones near al-Watiya and Tarhuna. The GNA, for its part, has reported destroying several air defence systems belonging to the LNA in recent days. The claims of both sides could not be independently verified.

The loss of al-Watiya deprives the LNA of its only major air base in western Libya. Analysts note that the GNA's recent successes have been made possible by Turkish unmanned aerial vehicles and air defence systems, which have limited the effectiveness of the LNA's aviation over Tripoli.

Sarraj said on Monday that the capture of the base brought the GNA closer to victory, but "does not constitute the end of the battle".

The LNA has been conducting an operation to take control of Tripoli since April 2019. In recent weeks the GNA, which receives military support from Turkey, has managed to regain control of several towns on the western coast, including Sabratha and Surman.

On April 27 Haftar announced that the LNA was accepting a "popular mandate" to run the country and declared the 2015 Skhirat agreement, under which the GNA was formed, to be void.

Moscow has repeatedly stated that there is no military solution to the conflict in Libya and has called on the parties to agree on a ceasefire and return to the political process on the basis of the decisions of the Berlin conference held in January. Russian officials have rejected claims made in media reports that Russian military personnel are taking part in the fighting.

Since the overthrow and killing of Muammar Gaddafi in 2011, Libya has effectively ceased to function as a single state. Dual power exists in the country: in the east sits the parliament elected by the people, with which the LNA cooperates, and in the west, in the capital Tripoli, the GNA formed with the support of the UN and the EU operates.

Subscribe to RusNews on Telegram
""")

add(G, "2020-05-20", "Defence Horizons Review",
"Watiya falls: what a captured Pantsir says about Libya's drone war",
"""By our North Africa correspondent

When fighters of the Government of National Accord (GNA) drove through the gates of al-Watiya air base on the morning of 18 May, they found it largely empty. The Libyan National Army (LNA) garrison had pulled out before dawn after days of drone strikes; by 08:00 the GNA's western military zone, commanded by Osama Juwaili, was inside, and by midday it had declared the base "liberated". There was no last stand. The most striking image from the day was not of combat at all, but of a Pantsir-S1 short-range air-defence system sitting on a flatbed truck, its radar and launch tubes scorched, now in GNA hands.

That image neatly sums up the spring of 2020 in western Libya. Since the GNA launched Operation Peace Storm on 26 March, the air war over Tripolitania has become a contest between Turkish-supplied Bayraktar TB2 drones flying for the GNA and a defensive screen of Pantsirs that, according to the UN Panel of Experts and a string of open-source investigations, were supplied to the LNA by the United Arab Emirates. In the past week alone, the GNA has released footage purporting to show strikes on several Pantsir systems around al-Watiya, Tarhuna and the road south to Jufra. Not all of the claims can be verified, but enough of the videos have been geolocated by independent analysts to suggest that the LNA's air-defence umbrella in the west has been badly degraded.

Why that mattered at al-Watiya

Al-Watiya - also known as Uqba ibn Nafi - is one of the largest military airfields in Libya, built by the United States in the 1940s and expanded under Muammar Gaddafi. It lies around 140km southwest of Tripoli and some 25km from the Tunisian border, with hardened shelters, long runways and space to house thousands of troops. Forces from Zintan allied with Haftar had held it since 2014, and since April 2019 it has been the LNA's only significant airbase in the west, a launch point for strikes on the coastal towns and a logistics node for the fronts south of the capital.

It was also isolated. Once the GNA took Surman, Sabratha and the coastal road to the Tunisian border in mid-April, al-Watiya's supply lines ran only south, through the Nafusa mountains and the desert roads to al-Asabaa and beyond. GNA drones and artillery worked those roads for a month. Repeated attempts to storm the base itself since late March had failed. What changed in the final week was the loss of the air-defence screen: once the Pantsirs around the base were hit or withdrawn, TB2s could loiter overhead, and the garrison's position became untenable.

The LNA's account

The LNA's spokesman, Ahmed al-Mismari, told reporters in Benghazi on Tuesday that the army had removed its most important equipment, including aircraft and vehicles, from al-Watiya about three months ago, and that Haftar had ordered the remaining personnel out on Monday under air-defence cover. He also announced a "repositioning" of units on the southern fronts of Tripoli, which he linked to the Eid al-Fitr holiday. Whatever the framing, the result is that the LNA has lost its last airfield in western Libya and will now have to support any operations around Tripoli from al-Jufra, more than 500km away, or from Tarhuna, which has no comparable facilities.

What the capture gives the GNA

For the GNA and its Turkish partners, al-Watiya offers something Mitiga and Misrata cannot: a large, defensible base away from urban areas, with room for air defences, drones and, potentially, fixed-wing aircraft. Analysts expect Ankara, which has deepened its military role under the security memorandum signed with the GNA in November 2019, to take a close interest in the site. A working Pantsir, if the GNA can restore the captured unit, would also be an intelligence windfall.

The bigger picture

The LNA still has significant assets. Its backers have supplied Chinese-made Wing Loong II drones, which the UN panel has linked to the UAE and which have flown strike missions over Tripoli and Misrata since 2019. Russian contractors of the Wagner group, whose presence the UN panel documented in a report leaked this month, have provided snipers, artillery specialists and air-defence operators. Earlier this month the LNA announced what it called the largest air campaign in Libya's history, and in the days that followed rockets fell on central Tripoli, including near the Turkish Embassy and the Italian ambassador's residence, killing at least three people.

But the trend since March is clear. Turkey's combination of TB2 drones, electronic-warfare systems reportedly deployed around Tripoli and air-defence batteries has broken the LNA's advantage in the air, and al-Watiya is the first major strategic prize to fall as a result. The next tests are the LNA's positions south of Tripoli and Tarhuna. If those give way, the front line could move hundreds of kilometres east in a matter of weeks - and the war over Libya would become, even more clearly than now, a contest between its foreign patrons.

Share this:
Twitter | LinkedIn | Email
""")

# ---------------------------------------------------------------- 13. Tarhuna mass graves, UN horror, 11 June 2020
G = "mass_graves_found_in_tarhuna_2020_06_11"

add(G, "2020-06-12", "Agence Mediterranee Presse",
"UN 'horrified' as mass graves found in Libya's Tarhuna",
"""TRIPOLI (AMP) - The United Nations voiced "horror" on Thursday after reports that at least eight mass graves had been discovered in recent days in areas of western Libya recently retaken by the unity government, most of them in the town of Tarhuna, the former rear base of Khalifa Haftar's offensive on Tripoli.

"UNSMIL notes with horror reports on the discovery of at least eight mass graves in past days, the majority of them in Tarhuna," the UN mission in Libya said on Twitter.

The mission welcomed a decision by the justice minister of the Government of National Accord (GNA) to set up a committee to investigate, and urged it to move quickly to secure the sites, identify the victims, establish the causes of death and return the bodies to their families.

"International law requires that the authorities conduct prompt, effective and transparent investigations into all alleged cases of unlawful deaths," it added.

On Friday, UN Secretary-General Antonio Guterres said he was "deeply shocked" by the discovery and called for a thorough and transparent investigation and for the perpetrators to be brought to justice.

GNA forces took Tarhuna, about 90 kilometres (55 miles) southeast of Tripoli, on June 5, after Haftar's forces and their allies pulled out of the town and retreated east. The GNA's field medical centre said soon afterwards that more than 100 bodies, some of them decomposed, had been found in rooms of Tarhuna's hospital.

Images shared on social media in recent days showed forensic teams exhuming bodies from sandy ground on farmland on the outskirts of the town. AMP was not able to independently verify the number of bodies recovered.

Tarhuna was for years dominated by the Kaniyat, a militia led by the Al-Kani brothers, which allied itself with Haftar when he launched his assault on Tripoli in April 2019. Residents and rights groups have long accused the militia of abducting and killing opponents, and families of the missing have been gathering at the sites since the graves were found.

GNA officials said they were documenting what they called crimes committed by the militia and that those responsible would be pursued. Haftar's self-styled Libyan National Army (LNA) has not commented on the graves.

The UN mission also said it had received reports of civilians killed or wounded by landmines and explosive devices left in residential areas south of Tripoli after the LNA's withdrawal.

The discovery comes after a rapid series of gains by GNA forces, which with Turkish support retook Tripoli's international airport on June 3, declared the whole of the capital region under their control on June 4 and then took Tarhuna. The LNA and its allies have since fallen back towards Sirte, where GNA forces launched a push last weekend.

Egypt, a key backer of Haftar, last weekend proposed a ceasefire plan, which the GNA and Turkey rejected. The UN said this week that military officers from both sides had resumed talks by video conference.

""" + BG_AMP + """

Since Haftar launched his offensive on the capital in April 2019, fighting has killed hundreds of civilians and displaced more than 200,000 people, according to UN figures.
""")

add(G, "2020-06-12", "The London Courier",
"Libya's Tarhuna gives up its dead as mass graves are uncovered",
"""By Eleanor Marsh, Tunis

For more than a year, families in Tarhuna knew better than to ask too loudly about the men who had disappeared. This week, in the farmland around the hilltop town southeast of Tripoli, the questions began to be answered. Forensic teams working in the heat in masks and white overalls have been digging up bodies from shallow pits, according to officials of the Government of National Accord (GNA) who have been documenting the sites.

On Thursday the United Nations Support Mission in Libya (UNSMIL) said it had noted "with horror" reports of the discovery of at least eight mass graves in recent days, most of them in Tarhuna. On Friday the Secretary-General, Antonio Guterres, said he was deeply shocked, and demanded a thorough and transparent investigation and that the perpetrators be brought to justice. The UN has offered to help the Libyan authorities secure the sites, identify the victims and return their remains to their families.

Tarhuna fell to GNA forces without a serious fight on 5 June, the last domino in a campaign that has, in a matter of weeks, ended Khalifa Haftar's 14-month siege of Tripoli. Soon afterwards, medics from the GNA's field medical centre reported finding more than 100 bodies in rooms of the town's hospital, some of them in an advanced state of decomposition. Within days, accounts began to emerge of graves on the edges of the town.

The GNA's justice minister has formed a committee to investigate. UNSMIL welcomed the step, reminding the authorities that international law requires prompt, effective and transparent investigations into all alleged unlawful deaths. Rights groups have urged that international forensic experts be involved, given the scale of the task and the risk that evidence will be lost.

The men of Tarhuna

To understand Tarhuna is to understand the Kaniyat. The militia, named after the al-Kani family, rose to dominate the town after the 2011 revolution, drawing on a network of brothers and cousins and on local resentment of the armed groups from Misrata and Tripoli. By 2017 it had absorbed or eliminated its rivals inside the town, and residents, Libyan activists and human rights groups had begun to accuse it of abductions and killings of those who opposed it.

In 2018, the Kaniyat, then calling itself the 7th Brigade, fought its way into southern Tripoli in a bid to break the grip of the capital's militia cartel. When Haftar launched his offensive in April 2019, the brigade threw in its lot with him, turning Tarhuna into the main rear base and logistics hub for the assault on the capital. Two of the al-Kani brothers, Mohsen and Abdelazim, were killed in fighting on the Ain Zara front last September.

The relationship was one of convenience. Haftar's Libyan National Army gained a base 90km from Tripoli and thousands of fighters; the Kaniyat gained weapons and political cover. Haftar's forces have not commented on the graves.

A war that turned fast

The speed of the collapse has surprised even the GNA's own commanders. Backed by Turkish drones, air defences and advisers, as well as Syrian fighters paid by Ankara, GNA forces took the coastal cities of Sabratha and Surman in April, captured the al-Watiya air base near the Tunisian border on 18 May, retook Tripoli's international airport on 3 June and declared the entire capital region secure the next day. The LNA and its foreign allies, including Russian contractors, withdrew eastward toward Bani Walid, Jufra and Sirte.

As they left, the UN said, they left behind landmines and booby traps in homes in the southern suburbs of Tripoli, where civilians returning to their homes have been killed and wounded.

Diplomacy has struggled to catch up. On 6 June Egypt's President Abdel Fattah al-Sisi, standing beside Haftar and the eastern parliament speaker Aguila Saleh in Cairo, announced a ceasefire initiative; the GNA and Turkey dismissed it. The UN has persuaded officers from both sides to resume talks in the joint military commission format, and Guterres said on Friday he hoped a ceasefire could be agreed soon. But GNA forces have already begun pushing toward Sirte, and Russia, Egypt and the United Arab Emirates are watching the central coast closely.

Justice and its limits

The International Criminal Court has had jurisdiction over crimes in Libya since the Security Council referred the situation there in 2011, and the GNA has said it wants those responsible for the Tarhuna killings tried. But Libya's history since Gaddafi's fall offers little encouragement: previous massacres, from Benghazi to Tripoli, have gone unpunished, and several of the Kaniyat's leaders are believed to have left with the retreating forces.

For now the priority for families is simpler. Relatives of men who vanished months or years ago have been coming forward with names and photographs, hoping the exhumations will tell them what happened. Each grave that is opened, officials say, is likely to answer some of their questions - and raise many more about who gave the orders.

Libya has been split between rival governments in the east and west since 2014. The UN says the latest war for Tripoli has killed hundreds of civilians and driven more than 200,000 people from their homes.

More from the Courier
- Turkey's Libya gamble pays off - for now
- Who are the Kaniyat?
""")
