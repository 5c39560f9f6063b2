# Part 2: January 2020 diplomacy
G5 = "erdogan_putin_istanbul_libya_ceasefire_call_2020_01_08"
G6 = "erdogan_vows_to_teach_haftar_lesson_2020_01_14"
G7 = "berlin_conference_on_libya_2020_01_19"

ARTICLES = []

def add(group, published, outlet, title, text):
    ARTICLES.append(dict(group=group, published=published, outlet=outlet,
                         title=title, text=text.strip("\n")))

# ---------------------------------------------------------------- G5
add(G5, "2020-01-08", "RusInform",
"Putin and Erdogan call on Libyan sides to cease fire from midnight on January 12",
"""ISTANBUL, January 8 - RusInform. Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan have called on all parties to the Libyan conflict to stop hostilities from 00:00 on January 12 and declare a sustainable ceasefire, Russian Foreign Minister Sergei Lavrov said after the talks between the two leaders in Istanbul.

"I would like to emphasise the appeal that Presidents Putin and Erdogan addressed to all the Libyan sides - to immediately stop fighting, starting from 00:00 on January 12," Lavrov told a joint press conference with his Turkish counterpart Mevlut Cavusoglu.

The appeal is contained in a joint statement adopted by the presidents after their bilateral meeting, which took place before the ceremony launching the TurkStream gas pipeline. According to the statement, the parties in Libya are called upon to take the necessary measures to stabilise the situation on the ground and normalise daily life in Tripoli and other cities, and to sit down immediately at the negotiating table.

The two leaders reaffirmed their commitment to the sovereignty, independence, territorial integrity and national unity of Libya and stressed that lasting peace can only be achieved through a Libyan-led and Libyan-owned political process under the auspices of the United Nations. They also expressed support for the "Berlin process" being prepared by Germany.

Cavusoglu said Turkey would continue to work with Russia and with all parties in Libya. "We have been especially working with our Russian partners to achieve a ceasefire in Libya," he said.

Moscow and Ankara support different sides in the Libyan conflict. Turkey backs the Government of National Accord (PNS) of Fayez Sarraj in Tripoli, with which it signed agreements on military cooperation and maritime zones at the end of November. The Turkish parliament last week authorised sending troops to Libya, and Erdogan said on Sunday that Turkish servicemen were gradually departing there.

The Libyan National Army of Field Marshal Khalifa Haftar controls the east and most of the south of the country and has been conducting an offensive on Tripoli since April. Russian officials have repeatedly said that Moscow maintains contacts with all Libyan parties.

The presidents also discussed the situation in the Persian Gulf after the killing of Iranian General Qasem Soleimani in a US strike in Baghdad and Iran's retaliatory missile strikes on bases in Iraq on Wednesday night. The leaders said the exchange of blows and the use of force did not contribute to solving the complex problems of the Middle East, and called on all sides to show restraint.

On Syria, Putin and Erdogan confirmed their commitment to the agreements reached in the Astana format and the memoranda on Idlib and northeastern Syria.

TurkStream consists of two lines with a total capacity of 31.5 billion cubic metres of gas per year. The first line is intended for Turkish consumers and the second for supplies to southern and southeastern Europe. The presidents of Serbia and Bulgaria's prime minister attended the ceremony.

According to the Turkish side, the presidents talked one-on-one for about an hour and a half before the ceremony, and then met for another half hour with their foreign and defence ministers.
""")

add(G5, "2020-01-08", "Meridian Wire",
"Putin, Erdogan call for Libya ceasefire from Sunday",
"""ISTANBUL, Jan 8 (Meridian) - The presidents of Russia and Turkey, who back opposing sides in Libya's war, on Wednesday called for a ceasefire in the North African country to take effect at midnight on Sunday.

Vladimir Putin and Recep Tayyip Erdogan made the appeal in a joint statement after talks in Istanbul, where they inaugurated the TurkStream pipeline that will carry Russian gas to Turkey and southern Europe.

The statement urged all parties to "stop hostilities as of 00.00 hours on 12 January" and "declare a sustainable ceasefire", backed by measures to stabilise the situation on the ground and normalise daily life in Tripoli and other cities. It also called on the rivals to come together immediately around a negotiating table.

"Today, our President Erdogan and Russian Federation President Putin are calling for ceasefire in Libya by January 12 midnight," Turkish Foreign Minister Mevlut Cavusoglu told a joint news conference with his Russian counterpart Sergei Lavrov.

The initiative puts Ankara and Moscow at the centre of diplomacy over Libya, as they have been in Syria, just as European governments scramble to organise a peace summit in Berlin.

Turkey supports the UN-recognised Government of National Accord (GNA) of Fayez al-Sarraj, and its parliament last week authorised a troop deployment. On Sunday Erdogan said Turkish soldiers were "gradually" heading to Libya. Turkish daily Hurriyet reported on Wednesday that 35 soldiers had arrived so far.

Russia has backed Khalifa Haftar, whose forces have been trying to capture Tripoli since April. Erdogan has repeatedly said around 2,500 Russian mercenaries from the Wagner group are fighting for Haftar. The Kremlin denies sending any forces.

There was no immediate reaction from Haftar's Libyan National Army (LNA), which on Monday said it had seized the coastal city of Sirte, a major strategic gain. Haftar held talks in Rome on Wednesday with Italian Prime Minister Giuseppe Conte.

European governments, caught off guard by the joint initiative, gave it a cautious welcome, while German officials said the Berlin conference, now expected later this month, remained the framework for a lasting settlement. EU foreign ministers are due to hold an emergency meeting on Libya on Friday.

In Tripoli, a spokesman for the GNA said the government was studying the appeal and would welcome any serious initiative that led to the withdrawal of Haftar's forces from the capital's outskirts.

The Putin-Erdogan statement also addressed tensions between the United States and Iran, after Iranian missile attacks overnight on bases in Iraq housing US troops, in retaliation for the killing of commander Qassem Soleimani. The two leaders said the exchange of attacks could lead to a new cycle of instability and urged both sides to prioritise diplomacy.

Oil-rich Libya has been mired in chaos since a 2011 uprising backed by NATO killed dictator Moamer Kadhafi, with rival administrations and militias vying for power.

Haftar, whose forces control the east and much of the south, launched an assault on the capital in April 2019. He is supported by the United Arab Emirates and Egypt, and the Tripoli government says Russian mercenaries are fighting on his side, a claim Moscow denies.

The fighting has killed more than 2,000 people, according to the United Nations, and forced about 146,000 to flee their homes.

mer/bc/gw
""")

add(G5, "2020-01-09", "Bosphorus Post",
"Erdoğan, Putin urge Libya cease-fire as of Jan. 12 midnight",
"""ISTANBUL

President Recep Tayyip Erdoğan and his Russian counterpart Vladimir Putin have called on all parties in Libya to declare a cease-fire as of midnight on Jan. 12, according to a joint statement issued after the two leaders met in Istanbul.

"We have decided to take the initiative and, as intermediaries, call on all parties in Libya to stop hostilities as of 00.00 hours on 12 January, declare a sustainable cease-fire, supported by the necessary measures to be taken for stabilizing the situation on the ground and normalizing daily life in Tripoli and other cities, and immediately come together around a negotiating table," the statement said.

The leaders held a closed-door meeting of about one and a half hours in Istanbul before attending the inauguration ceremony of the TurkStream natural gas pipeline, followed by a meeting between delegations including the foreign and defense ministers.

Foreign Minister Mevlüt Çavuşoğlu, speaking at a joint news conference with Russian Foreign Minister Sergey Lavrov, said Turkey would continue to work with both Russia and all the parties in Libya to establish lasting peace. "These efforts actually contribute to the successful completion of the Berlin process and to bring peace and tranquility to Libya," he said.

The joint statement underlined that the worsening situation in Libya was undermining the security and stability of its wider neighborhood, the Mediterranean and the African continent, "triggering irregular migration, further spread of weapons, terrorism and other criminal activities including illicit trafficking."

The Government of National Accord (GNA) in Tripoli said on Thursday that it welcomed any serious call for the resumption of the political process and the expulsion of the aggressor forces. Haftar's spokesman Ahmed al-Mismari, however, said Thursday that his forces welcomed Putin's initiative but would continue their fight against "terrorist groups," casting doubt on whether the truce will hold.

Observers said the initiative demonstrated that Turkey had become a decisive actor in the Libyan file following the memoranda signed with the GNA on Nov. 27 and the parliament's approval last week of a motion allowing troop deployment. President Erdoğan said on Sunday that Turkish soldiers were gradually moving to Libya for coordination and training.

Turkey supports the legitimate Government of National Accord (GNA) in Tripoli, which has been under attack by putschist Khalifa Haftar's militias since April 2019. Haftar is backed by the United Arab Emirates, Egypt and France, as well as mercenaries from the Russian Wagner group, according to Tripoli.

The TurkStream project consists of two lines with a total capacity of 31.5 billion cubic meters (bcm) per year. The first line will carry 15.75 bcm of Russian gas to Turkish consumers every year, and the second line will carry another 15.75 bcm to Europe via Turkey.

On the Gulf, the two leaders said they were against foreign interventions and unilateral military actions, and called on the U.S. and Iran to act with restraint.
""")

# ---------------------------------------------------------------- G6
add(G6, "2020-01-14", "Mediterranean Press Agency",
"Erdogan vows to 'teach lesson' to Haftar after he quits Moscow talks without signing truce",
"""ANKARA (MPA) - Turkish President Tayyip Erdogan said on Tuesday Turkey would not hesitate to "teach a lesson" to eastern Libyan commander Khalifa Haftar if his forces resumed attacks on the internationally recognised government in Tripoli, after Haftar left Moscow without signing a ceasefire deal.

"We will not hesitate to teach a deserved lesson to the putschist Haftar if he continues his attacks on the country's legitimate administration and our brothers in Libya," Erdogan told lawmakers from his AK Party in a televised speech in parliament.

Haftar and Fayez al-Serraj, head of the Government of National Accord (GNA), held indirect talks in Moscow on Monday mediated by Russia and Turkey. The talks lasted about eight hours. Serraj signed a draft ceasefire agreement, but Haftar asked for time to consult allies and left the Russian capital early on Tuesday without signing.

"The putschist Haftar did not sign the ceasefire. He first said yes, but later unfortunately he left Moscow, he fled Moscow," Erdogan said. He said the Moscow talks had nevertheless been positive because they "showed the true face" of Haftar to the international community.

Erdogan said Turkey had deep historical and social ties with Libya and that Haftar would have taken over the whole country had Ankara not intervened. "It is our duty to protect our kinsmen in Libya," he said.

Foreign Minister Mevlut Cavusoglu told reporters in Ankara that Haftar's refusal showed "who wants war and who wants peace" and said that if Haftar continued to act in this way, the Berlin conference on Libya planned for Sunday would have no meaning.

The Russian defence ministry, quoted by Interfax, said Haftar viewed the draft positively and had requested two more days to consider it. Russian Foreign Minister Sergei Lavrov said Moscow would continue its efforts.

Sources close to the LNA said the draft did not include a timetable for disbanding armed groups in Tripoli and objected to a monitoring role for Turkey.

Serraj arrived in Istanbul on Tuesday, where he met the US ambassador to Turkey, David Satterfield, his office said.

The ceasefire called for by Erdogan and Russian President Vladimir Putin in Istanbul last Wednesday took effect on Sunday and has largely held, although both sides have reported violations on the southern outskirts of Tripoli.

Erdogan said he would attend the Berlin summit, which German Chancellor Angela Merkel and UN Secretary-General Antonio Guterres will host with leaders of Russia, France, Britain, Italy, Egypt, the UAE and others.

Libya has been torn by conflict since the NATO-backed uprising that toppled and killed Muammar Gaddafi in 2011. Since 2014 it has been split between rival administrations in the west and the east, each backed by an array of armed groups and foreign governments.

Serraj's GNA, recognised by the United Nations, is backed by Turkey and Qatar. Haftar's self-styled Libyan National Army (LNA), which launched an offensive on Tripoli in April, is supported by the United Arab Emirates, Egypt and Russia, while France has been accused of favouring him, which Paris denies.

Turkey's parliament approved a troop deployment on Jan. 2, and Erdogan said on Jan. 5 that Turkish units were moving to Libya to coordinate and train GNA forces.

(Reporting by MPA Ankara and Moscow bureaus; editing by Ruth Abernathy)
""")

add(G6, "2020-01-15", "Gulf Horizon News",
"Erdogan threatens Libyan army with 'lesson' after Field Marshal rejects Moscow draft",
"""ABU DHABI - Gulf Horizon News

Turkish President Recep Tayyip Erdogan on Tuesday threatened to "teach a lesson" to Field Marshal Khalifa Haftar, commander general of the Libyan Arab Armed Forces, in remarks that Libyan and Arab observers said exposed Ankara's intention to impose its will on Libya by force.

Speaking to his party's lawmakers in Ankara, Erdogan described the Field Marshal as a "putschist" and said Turkey would not hesitate to act if the army continued its operations against the militias in Tripoli. His threat came hours after Haftar left Moscow without signing a draft ceasefire text that Fayez al-Sarraj, head of the Tripoli-based Presidential Council, had signed.

Sources in the General Command told Gulf Horizon that the Moscow draft ignored the army's core demands, namely a clear timetable for dismantling the militias and disarming them, and the departure of Syrian mercenaries brought in by Turkey. They said the army also refused to accept Turkey as a guarantor of any truce, since it had become "a party to the war".

"How can the country that is sending mercenaries and weapons to Tripoli be a mediator?" said a Libyan political analyst close to the House of Representatives. "Erdogan's language confirms that he is not a neutral actor but an occupier."

The Field Marshal returned to Benghazi on Tuesday. The Russian defence ministry said he had asked for two days to study the text and had viewed it positively.

The Libyan army has largely respected the truce that came into force on Sunday, following an appeal by the Russian and Turkish presidents in Istanbul last week, while reserving the right to respond to violations by the militias, according to its spokesman Major General Ahmed al-Mismari.

Observers in Benghazi noted that Erdogan's threat came barely two weeks after the Turkish parliament voted on January 2 to authorise sending troops, and days after he announced that Turkish soldiers were already moving to Libya. "The mask has fallen," said a member of the House of Representatives. "The Turkish president is not talking like a mediator but like a commander of the militias."

The LAAF General Command has accused Ankara of flying Syrian mercenaries into Mitiga airport and of delivering armoured vehicles and drones by sea to Tripoli and Misrata, in violation of the UN arms embargo. Turkish officials deny sending combat troops and say their personnel are there to train and advise.

Erdogan's remarks drew criticism on social media across the Gulf, with commentators describing them as a continuation of Ottoman ambitions. The Arab League has repeatedly warned against foreign intervention in Libya.

The Berlin conference on Libya is due to take place on Sunday with the participation of the UAE, Egypt, Turkey, Russia and Western powers.

Read also: Haftar in Athens ahead of Berlin? Diplomatic sources say visit possible
Read also: Mismari: 'Turkish officers are running the operations room in Mitiga'
""")

# ---------------------------------------------------------------- G7
add(G7, "2020-01-20", "Bosphorus Post",
"Berlin summit an 'important opportunity' for Libya, Turkey says as Erdoğan slams Haftar's backers",
"""BERLIN / ANKARA

Turkey on Monday described the outcome of the Berlin Conference on Libya as an important step towards ending the clashes and reaching a political solution, while President Recep Tayyip Erdoğan said that the reckless actions of putschist Khalifa Haftar and his supporters had long been ignored by the international community.

Leaders and senior officials from 12 countries and four international organizations gathered in the German capital on Sunday at the invitation of Chancellor Angela Merkel and U.N. Secretary-General Antonio Guterres. Participants committed to refraining from interference in Libya's internal affairs, to respecting the U.N. arms embargo and to supporting a lasting cease-fire. A 55-point final communique also called for the creation of a military committee with five members from each side to monitor the truce.

"The Berlin Conference on Libya presents an opportunity for the political process to move forward. Proxy wars and shadowy games will not bring peace, security and prosperity to Libya. They must come to an end," Presidential Spokesperson İbrahim Kalın wrote on Twitter on Monday, adding that Turkey would continue to support the people of Libya.

Kalın also said the effective and multi-dimensional diplomacy of President Erdoğan had made Turkey one of the crucial actors of the process.

Speaking to reporters at Istanbul's Atatürk Airport before departing for Berlin on Sunday, Erdoğan said: "The reckless actions of Haftar and his supporters, which publicly violated U.N. Security Council resolutions, have long been neglected." He said Turkey had become a key to peace in Libya "with its efforts both in the field and in diplomacy".

On his return flight, Erdoğan told journalists that Turkey had not sent combat forces to Libya. "We are not sending military forces to Libya at the moment. We have only sent a group for training," he said. He criticized those who questioned Turkey's presence while ignoring the Wagner group. "Wagner is there with 2,500 security personnel. Why don't we discuss it?" he asked.

Before the conference Erdoğan held a bilateral meeting with Russian President Vladimir Putin in Berlin, telling him that a cease-fire and a return to the political process must be ensured at the summit and that "Haftar's aggressive attitude must end."

Neither GNA head Fayez al-Sarraj nor Haftar took part in the main session; both were in Berlin and were briefed separately by the hosts. The two men did not meet.

Turkish officials said Ankara had approved all the articles of the communique. Foreign Minister Mevlüt Çavuşoğlu stayed until the end of the program, while Erdoğan returned to Turkey before the closing dinner due to his schedule.

Erdoğan, in a column published by Politico on Saturday, warned that if the legitimate government in Tripoli fell, terrorist organizations such as Daesh and al-Qaida would find fertile ground, and said Europe's obvious choice was to work with Turkey.

The conference took place a week after Haftar left Moscow without signing a cease-fire agreement signed by Sarraj. Turkey and Russia had called on the parties on Jan. 8 to cease hostilities from Jan. 12.

Turkey supports the legitimate Government of National Accord (GNA) in Tripoli, which has been under attack by putschist Khalifa Haftar's militias since April 2019. Haftar is backed by the United Arab Emirates, Egypt and France, as well as mercenaries from the Russian Wagner group, according to Tripoli.

Forces loyal to Haftar shut down oil fields and ports in the east and south of the country on the eve of the conference, in a move the GNA described as blackmail.
""")

add(G7, "2020-01-20", "The Northern Ledger",
"Berlin wins promises on Libya, but the foreign fighters stay",
"""World leaders agreed to stop arming the warring sides. Turkey and its rivals left the room with their positions intact

By Harriet Calloway and Jonas Albrecht, Berlin

The leaders of the countries most deeply involved in Libya's war promised on Sunday to stop sending weapons and fighters to the country, in a summit hosted by Angela Merkel that produced a long list of commitments but no direct meeting between the two Libyan rivals and no agreement on a lasting ceasefire.

After a day of talks in the German chancellery, Merkel said all participants had agreed that there was "no military solution" and that they would respect a UN arms embargo that has been routinely violated since 2011. A committee of five military officers from each side is to be set up to turn a fragile truce into a permanent ceasefire.

The 55-point communique was signed by, among others, Russia, Turkey, the United Arab Emirates, Egypt, France, Italy, Britain, the United States and China. Yet several of those governments are the very ones accused by UN experts of supplying arms, drones, mercenaries and money to the two sides.

Fayez al-Sarraj, prime minister of the UN-recognised Government of National Accord (GNA), and Khalifa Haftar, the eastern commander, were both in Berlin but did not meet each other. Merkel and the UN envoy Ghassan Salamé shuttled between them.

For Turkey, Berlin was a chance to present itself as a peacemaker rather than an intervening power. Recep Tayyip Erdogan, who arrived a week after threatening to "teach a lesson" to Haftar, met Vladimir Putin on the sidelines and told him that Haftar's "aggressive attitude" had to end. Before flying in, he argued in an article for Politico that Europe should back Turkish support for Tripoli if it wanted to keep Islamic State and al-Qaida out of Libya.

Erdogan left early, skipping the closing dinner. Turkish officials attributed it to a busy schedule. Others noted that the table included Egypt's President Abdel Fattah al-Sisi, whom Erdogan has refused to meet since the 2013 coup in Cairo. On the flight home he insisted Turkey had sent only a training team to Libya and repeated his claim that 2,500 Wagner contractors were fighting for Haftar.

France, which is suspected by Ankara and Tripoli of favouring Haftar, turned the spotlight in the opposite direction. Emmanuel Macron told the conference he was deeply concerned about "the arrival of Syrian and foreign fighters in the city of Tripoli", adding: "That must end." Syrian monitors have reported that hundreds, and by some counts up to 2,000, fighters from Turkish-backed Syrian factions have been flown to Libya since late December, a figure Ankara has not confirmed.

The timing of the summit was telling. On Saturday, tribes loyal to Haftar shut down oil terminals in the east and fields in the south, cutting production by more than half and handing the eastern commander a lever over the Tripoli-based central bank. Participants expressed concern over the blockade but the communique stopped short of condemning it.

The road to Berlin ran largely through Moscow and Istanbul. On 8 January, Putin and Erdogan jointly called for a ceasefire from 12 January, eclipsing months of European planning. A week later, at talks in Moscow, Sarraj signed a draft truce and Haftar left without doing so. German diplomats acknowledge privately that the Russian-Turkish track forced them to accelerate their own.

Turkey's involvement has been escalating since November, when Erdogan and Sarraj signed memoranda on military cooperation and maritime borders. Parliament in Ankara approved a troop deployment on 2 January, and Erdogan said three days later that soldiers were on their way. Turkish officials say the personnel are advisers, drone operators and air-defence specialists.

Turkey's reading of the day was upbeat. Erdogan's spokesman, Ibrahim Kalin, called the conference "an important opportunity" for a political process, and Turkish officials said Ankara had accepted every article of the communique. Turkish diplomats argued that by agreeing to a ceasefire and an embargo, the international community had in effect frozen Haftar's advance on Tripoli, which was Ankara's first objective when it began sending help in December.

For Haftar's backers in Abu Dhabi and Cairo, the gains were more limited. Egypt's President Sisi, who has repeatedly warned against turning Libya into a haven for militias and foreign fighters, sat at the same conference table as Erdogan. The UAE, represented by Crown Prince Sheikh Mohamed bin Zayed, signed the communique, though UN experts have accused it of supplying Haftar with drones and air defence systems.

Whether the embargo now holds will depend less on the words agreed in Berlin than on the ships and cargo planes moving across the Mediterranean. The EU's naval mission Sophia has not patrolled with ships since last year. Diplomats said European ministers would discuss a new monitoring mission next month.

In Tripoli, residents were unimpressed. "They all signed, and they all have their people here," said a shopkeeper in the Souq al-Juma district. "We will believe it when the planes stop."
""")

add(G7, "2020-01-19", "Meridian Wire",
"FLASH: Berlin summit participants commit to Libya arms embargo, no interference - communique",
"""BERLIN, Jan 19 (Meridian) - Leaders attending the Berlin conference on Libya committed on Sunday to respect a UN arms embargo and to refrain from interfering in the country's conflict, according to the final communique.

German Chancellor Angela Merkel told reporters that all participants agreed there could be no military solution. A military committee with five members from each Libyan side will be convened to work towards a permanent ceasefire, she said.

Turkish President Recep Tayyip Erdogan, whose country backs the Tripoli government and has begun deploying military personnel there, attended the summit and met Russian President Vladimir Putin beforehand. French President Emmanuel Macron said the arrival of Syrian and foreign fighters in Tripoli "must end".

Khalifa Haftar and Fayez al-Sarraj were in Berlin but did not meet.

More to follow.

mer/jr
""")
