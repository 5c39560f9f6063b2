# Events 4-6: Cairo Declaration (2020-06-06), Sisi red line (2020-06-20), Egypt parliament (2020-07-20)

ARTICLES = []

def add(group, published, outlet, title, text):
    ARTICLES.append(dict(group=group, published=published, outlet=outlet,
                         title=title, text=text.strip("\n")))

G4 = "sisi_announces_cairo_declaration_2020_06_06"
G5 = "sisi_sirte_jufra_red_line_speech_2020_06_20"
G6 = "egypt_parliament_authorises_troops_abroad_2020_07_20"

# ---------------------------------------------------------------- E4
add(G4, "2020-06-06", "Nile Gazette",
    "President Sisi launches 'Cairo Declaration' for Libya, ceasefire to start Monday",
"""
Nile Gazette - Politics

President Abdel Fattah El-Sisi on Saturday announced the "Cairo Declaration", a Libyan-Libyan initiative to end the conflict in the sister country that calls for a comprehensive ceasefire across Libyan territory starting at 6:00 am on Monday, June 8.

The President made the announcement at a press conference at the presidential palace in Cairo, flanked by Field Marshal Khalifa Haftar, Commander-in-Chief of the Libyan National Army, and Counselor Aguila Saleh, Speaker of the Libyan House of Representatives, after two days of consultations with the two Libyan leaders. Ambassadors of several countries, including the United States, Russia, France and Italy, attended the ceremony.

"This initiative calls for respecting all international efforts and initiatives by declaring a ceasefire from 6 am Monday, June 8, 2020," President Sisi said. He stressed that the security of Libya is an extension of Egypt's own security and that Egypt will not allow any party to gain control over the country's resources by force.

The declaration, the President said, is built on the outcomes of the Berlin conference held in January and on the relevant UN Security Council resolutions. It calls for:

- a ceasefire from Monday and the resumption of the work of the 5+5 Joint Military Commission in Geneva under UN auspices;
- the exit of foreign mercenaries from all Libyan territory and the dismantling of militias and the handing over of their weapons, so that the Libyan National Army can carry out its military and security responsibilities together with the other security services;
- the election of a presidential council under UN supervision, in which each of Libya's three historic regions - Cyrenaica, Tripolitania and Fezzan - is represented, and the fair distribution of the country's wealth among the regions;
- a constitutional declaration to regulate the next phase and pave the way for elections.

President Sisi warned against the insistence of some parties on seeking a military solution, saying such an approach would only prolong the suffering of the Libyan people and threaten the stability of the whole region. He called on the United Nations to invite the Libyan parties in the east and west to negotiations and urged the international community to support the initiative.

President Sisi said Field Marshal Haftar and Speaker Saleh were committed to the initiative and to protecting the interests of the Libyan people. The proposal for a presidential council representing the three regions builds on the initiative that Speaker Saleh put forward in April.

The announcement comes after the Libyan National Army repositioned its forces outside the administrative boundaries of Greater Tripoli, a step that the Army's spokesman, Major General Ahmed al-Mismari, said was taken in response to international calls for a ceasefire. "We pulled back 60 kilometres from the limits of Greater Tripoli," he said.

In recent weeks the militias of the Government of National Accord, backed by Turkish drones and thousands of Syrian mercenaries transferred by Ankara, seized al-Watiya airbase in May and entered Tarhuna yesterday, Friday, after the Army withdrew its units.

Egypt has consistently warned against Turkish intervention in Libya. Since the Tripoli government signed a security agreement and a maritime memorandum with Ankara last November, Cairo has described the memorandum as illegal and said it has no legal effect on the rights of third countries in the Mediterranean.

Foreign Minister Sameh Shoukry is holding phone calls with his counterparts and with UN Secretary-General Antonio Guterres to brief them on the initiative, the ministry said. The United Arab Emirates, Saudi Arabia, Jordan and Bahrain were among the first capitals to welcome the declaration, praising Egypt's efforts to achieve a political settlement that preserves Libya's unity.

Since the fall of Muammar Gaddafi in 2011, Libya has been plunged into chaos, with militias and extremist groups spreading in the west and the Libyan National Army fighting terrorism in Benghazi, Derna and the south. The Army launched its operation to liberate Tripoli from militias in April 2019.
""")

add(G4, "2020-06-07", "Meridian Press Wire",
    "Egypt unveils Libya ceasefire plan with Haftar; Tripoli forces push toward Sirte",
"""
CAIRO/TRIPOLI (MPW) - Egypt proposed a ceasefire in Libya starting on Monday as part of a plan announced with eastern commander Khalifa Haftar, but the internationally recognised government in Tripoli dismissed the initiative and said its forces were advancing on the coastal city of Sirte.

Egyptian President Abdel Fattah al-Sisi unveiled the plan, which he called the "Cairo Declaration", at a news conference on Saturday alongside Haftar and Aguila Saleh, speaker of the eastern-based parliament, after what Egyptian officials said were two days of talks.

"This initiative calls for respecting all international efforts and initiatives by declaring a ceasefire from 0600 (0400 GMT) Monday June 8, 2020," Sisi said. The plan calls for the withdrawal of foreign mercenaries from Libya, the dismantling of militias and the election of a leadership council representing Libya's three regions, and for the United Nations to invite both sides to talks in Geneva.

The initiative comes after the abrupt collapse of Haftar's 14-month offensive on Tripoli. This week, forces of the Government of National Accord (GNA), backed by Turkey, retook the capital's old international airport and on Friday entered Tarhuna, the main rear base for Haftar's assault, before pushing on to Bani Walid.

GNA officials gave the plan short shrift. "We did not start this war, but we will determine the time and place of its end," military spokesman Mohamed Gnounou said, adding that GNA forces had been ordered to advance. "We have no time to watch war criminals on television," he said.

Gnounou later said GNA aircraft had carried out five air strikes on the outskirts of Sirte and that an operation had been launched to take the city and the Jufra air base to the south. Residents reported heavy clashes west of Sirte on Saturday evening.

Khaled al-Mishri, head of the Tripoli-based High Council of State, said Haftar was seeking to return to dialogue only because he had been defeated on the battlefield and should have no place in future negotiations.

Sirte, the hometown of former leader Muammar Gaddafi, lies roughly halfway along Libya's coast, about 450 km (280 miles) east of Tripoli. Haftar's forces took it in January after a local armed group switched sides. Beyond it lie the "oil crescent" terminals through which most of Libya's crude is exported, and which tribes allied to Haftar have blockaded since January.

The United Arab Emirates, Saudi Arabia and Jordan welcomed the Cairo initiative. Italy's government said it was consistent with UN-led efforts, while Germany said talks under UN auspices remained the key to a political solution. Turkey, the GNA's main foreign backer, did not immediately comment.

The UN mission in Libya said this week that both sides had agreed to resume talks through a joint military commission that last met in Geneva in February.

Libya has had no stable central government since Muammar Gaddafi was overthrown in a NATO-backed uprising in 2011. Since 2014 it has been split between rival administrations in Tripoli and the east, each supported by armed groups and by foreign powers.

Haftar's LNA launched its offensive on Tripoli in April 2019. It is backed by the United Arab Emirates, Egypt and Russia, according to diplomats and UN experts, while Turkey has sent drones, air-defence systems and military advisers to the GNA, as well as Syrian fighters, according to the United Nations.

Egypt, which shares a long desert border with eastern Libya, sees the GNA's alliance with Turkey and with Islamist-leaning armed groups in Tripoli as a threat to its own security. Cairo was also angered by a maritime deal Ankara signed with the GNA in November that Egypt and Greece say ignores their rights in the eastern Mediterranean.

Diplomats say the LNA's retreat has left Haftar weaker than at any point since he launched his campaign and could test the patience of his foreign backers. Russia, whose private military contractors had fought alongside the LNA near Tripoli, was reported to have flown many of them out of the area in late May.
""")

add(G4, "2020-06-07", "Bosphorus News Agency",
    "Libyan gov't dismisses Cairo initiative as bid to rescue Haftar",
"""
TRIPOLI

Libya's internationally recognized government has rejected an initiative announced by Egypt on Saturday, saying the proposal aims to save putschist Khalifa Haftar after his militias suffered heavy defeats around the capital Tripoli.

Egyptian President Abdel Fattah el-Sisi announced the so-called "Cairo Declaration" at a press conference in Cairo alongside Haftar and Aguila Saleh, the head of the Tobruk-based House of Representatives. The initiative calls for a cease-fire as of Monday, June 8, and for "dismantling militias and handing over their weapons" to Haftar's forces.

Mohammed Ammari Zayed, a member of the Libyan Presidential Council, said on Twitter that the government would continue its efforts to "liberate the entire homeland and strengthen the state's authority."

Libyan army spokesman Mohamed Gununu said: "We don't have time to watch war criminals on television. We are following our heroic forces going after fleeing militias."

Khaled al-Mishri, the head of the High Council of State, said Libya is a sovereign state and that Egyptian interference was unacceptable. He said Haftar wanted to return to political dialogue only after suffering humiliating defeats, and that the council rejects any future role for him.

The press conference came a day after the Libyan army liberated Tarhuna, Haftar's last stronghold in the northwest, and the town of Bani Walid. On Thursday, the army announced that it had regained control of the entire administrative borders of Greater Tripoli, including the international airport.

Following the liberation of Tarhuna, the army announced the start of an operation to free the city of Sirte and the Jufra airbase from Haftar's militias and Russian Wagner mercenaries.

Army spokesman Gununu said on Saturday that the air force had carried out five strikes on the outskirts of Sirte and that orders had been given to the forces to advance and attack all the positions of the rebels. "We did not start this war, but we will determine the time and place of its end," he said.

Diplomatic sources in Ankara noted that no representative of the legitimate government was invited to Cairo and that the initiative was announced in the presence of only one side of the conflict.

Turkish officials have repeatedly said that Haftar is not a legitimate interlocutor and that any lasting cease-fire must be reached under UN auspices and on the basis of the Berlin process.

Turkey's President Recep Tayyip Erdogan hosted Prime Minister Fayez al-Sarraj in Ankara on Thursday, saying Turkey would continue to stand by the Libyan government.

Since the ouster of late ruler Muammar Gaddafi in 2011, two seats of power have emerged in Libya: putschist Khalifa Haftar in the east, supported by the United Arab Emirates, Egypt and Russia, and the Government of National Accord in Tripoli, which enjoys UN and international recognition.

The government has been under attack by Haftar's forces since April 2019, with more than 1,000 people killed. It launched Operation Peace Storm on March 26 to counter the attacks and has since recaptured Surman, Sabratha, the al-Watiya airbase and Tarhuna.

Share
Tweet
Email
""")

# ---------------------------------------------------------------- E5
add(G5, "2020-06-20", "Continental News Service",
    "Egypt's el-Sissi warns Sirte, Jufra are 'red line', tells army to be ready",
"""
CAIRO, June 20 (CNS) - Egypt's president on Saturday warned that any attempt by Turkish-backed forces in Libya to seize the strategic city of Sirte or the inland Jufra air base would cross a "red line" and could trigger direct Egyptian military intervention in its western neighbor.

Abdel Fattah el-Sissi, speaking while inspecting air force and special forces units at the Sidi Barrani air base near the Libyan border, told troops to "be ready to carry out any mission, here inside our borders or, if necessary, outside our borders."

"If some people think that they can cross the Sirte-Jufra front line, this is a red line for us," el-Sissi said in televised remarks. He said any direct intervention by Egypt in Libya had already acquired "international legitimacy." A presidency spokesman later cited the U.N. charter's right to self-defense and the backing of what Cairo regards as the only elected authority in Libya, the eastern-based House of Representatives.

"Let's stop at this current front line and start negotiations to reach a political solution," he said.

El-Sissi said Egypt did not want to intervene and had always favored a political settlement, but that "the situation now is different." He said Egypt was ready to provide arms and training to Libyan tribes to "defend their country," and told tribal representatives attending the event that, should Egypt intervene, its forces would advance with tribal leaders at the vanguard.

The warning came after forces allied with the U.N.-supported government in Tripoli earlier this month advanced toward Sirte following the collapse of a 14-month offensive on the capital by rival commander Khalifa Hifter. The Tripoli forces, backed by Turkish drones and air defense, ignored a cease-fire proposal Egypt announced June 6 alongside Hifter and his ally, eastern parliament speaker Aguila Saleh.

Sirte, Gadhafi's hometown, lies about 450 kilometers (280 miles) east of Tripoli and is the gateway to Libya's main oil export terminals. Jufra, to the south, is the main air base used by Hifter's forces and by Russian military contractors, according to the U.S. military, which said last month that Russia had deployed fighter jets there.

Mohammed Ammari Zayed, a member of the Tripoli government's Presidential Council, rejected el-Sissi's comments as a "continuation of the war against Libya's people." A spokesman for the Tripoli government did not answer calls seeking comment.

Turkey's foreign minister, Mevlut Cavusoglu, said Saturday that Hifter's side had lost the chance to engage in a political solution. Ankara has previously said that a lasting cease-fire would require Hifter's forces to withdraw from Sirte and Jufra.

Egypt, along with the United Arab Emirates and Russia, has backed Hifter, while Turkey has sent military advisers, weapons and, according to the U.N., Syrian mercenaries to shore up the Tripoli government. An Egyptian intervention would raise the prospect of a direct confrontation between two major U.S. allies on opposite sides of the conflict.

Egypt has long been concerned about militants and weapons crossing its 1,100-kilometer (700-mile) desert border with Libya. Cairo also views the Islamist-leaning armed groups allied with the Tripoli government as hostile, and has been angered by a maritime deal Turkey struck with Tripoli in November.

Oil-rich Libya descended into chaos after the 2011 uprising that toppled and killed Moammar Gadhafi. The country has since been divided between a U.N.-recognized administration in Tripoli and rival authorities in the east, each supported by militias and foreign governments.

The Arab League is set to hold a virtual meeting of foreign ministers on Libya early next week at Egypt's request.
""")

add(G5, "2020-06-21", "Gulf Dispatch",
    "Sisi: Sirte-Jufra line is a red line for Egypt's security; UAE stands with Cairo",
"""
Gulf Dispatch | Region | 21 June 2020

Egyptian President Abdel Fattah El Sisi has warned that the Sirte-Jufra line in Libya is a "red line" for Egypt's national security, declaring that any direct intervention by Egypt in Libya has become legitimate in the face of threats from terrorist militias and mercenaries.

Speaking on Saturday during an inspection of combat units in the Western Military Zone at Sidi Barrani, near the border with Libya, President Sisi said the readiness of the Egyptian forces to fight had become a necessity to secure the country's borders.

"If the Libyan people ask us to intervene, this will be a signal to the world that Egypt and Libya share one destiny and one interest," he said, adding that only the Libyan people would defend Libya and Egypt would help them.

The Egyptian President said Egypt would not allow any threat to the security of its western borders in light of the continued arming of extremist militias and mercenaries by "some countries", a clear reference to Turkey, which has transferred thousands of Syrian mercenaries to Tripoli, according to UN and Western reports.

He stressed that all foreign forces and mercenaries threatening the security of the region must leave Libya and that armed militias must be disbanded, in line with the Cairo Declaration he announced on June 6 with Field Marshal Khalifa Haftar and Speaker Aguila Saleh.

The UAE said it stood by Egypt in all measures it takes to protect its security and stability against the consequences of "dangerous developments" on its western border, the Ministry of Foreign Affairs and International Cooperation said in a statement. Saudi Arabia, Bahrain and Jordan also voiced support for Egypt's right to defend its borders and people.

Speaker Aguila Saleh welcomed the President's remarks, saying the Libyan people would welcome Egypt's support against foreign intervention.

The Turkish-backed Government of National Accord, however, called the remarks a "declaration of war" and an interference in Libya's internal affairs in a statement issued on Sunday. An Egyptian foreign ministry source quoted by the state news agency MENA said the GNA should "realise the truth of its size" and be aware of who it was addressing.

Since the start of June, the GNA's militias, backed by Turkish drones, have pushed east towards Sirte after the Libyan National Army withdrew from the outskirts of Tripoli and Tarhuna. Analysts say Ankara wants to reach the oil crescent and the Jufra air base, which would give Turkey a foothold in the heart of Libya.

"Sisi has drawn a line on the map for the first time, and he has done it in front of Libyan tribal leaders and the air force," said a Gulf-based security analyst. "The message to Ankara is that Egypt is not Syria and Libya's east is not Idlib."

The Arab League foreign ministers are due to hold an emergency virtual meeting on Libya this week, which the GNA has said it will not attend.

Libya has been in turmoil since 2011. The Libyan National Army, led by Field Marshal Haftar and supported by the House of Representatives elected in 2014, has fought extremist groups in Benghazi, Derna and the south, while the Tripoli government has relied on militias, some with ties to the Muslim Brotherhood.

You may also like:
> Abu Dhabi calls for immediate ceasefire in Libya, backs Cairo initiative
> Egypt's Shoukry briefs Arab counterparts on Libya developments
> Oil crescent: why Sirte matters

We use cookies to ensure that we give you the best experience on our website. If you continue to use this site we will assume that you are happy with it. Ok
""")

add(G5, "2020-06-21", "Al-Ufuq Net (translated)",
    "Al-Sisi: Crossing Sirte and Al-Jufra is a red line .. and the Presidential Council considers it a declaration of war",
"""
Cairo - Tripoli - Al-Ufuq Net

The Egyptian President Abdel Fattah Al-Sisi said, yesterday Saturday, that the line of Sirte and Al-Jufra in Libya is a "red line" for Egypt, stressing that any direct intervention of Egypt in Libya "has become having international legitimacy", while the Presidential Council of the Government of National Accord considered, today Sunday, these statements as "a declaration of war".

And Al-Sisi said, during his inspection of the units of the armed forces in the Western Military Zone in the Sidi Barrani area of Matrouh Governorate, that "if some think that they can cross the line of Sirte and Al-Jufra, this is a red line for us", calling the forces to be ready "to carry out any mission inside our borders or if it is needed outside our borders".

The Egyptian President added that Egypt is ready to train and arm the sons of the Libyan tribes, and addressed sheikhs of tribes who attended the inspection saying that if the Egyptian forces advanced, "the Libyans will be in the front of them".

In its response, the Presidential Council said in a statement that it called "statement of the State of Libya" that the interference in its internal affairs and the infringement of its sovereignty, whether by the statements of the Egyptian President or by supporting the putschists and mercenaries, "is an unacceptable matter and a hostile act and a direct interference, amounts to a declaration of war".

The Council added that "all of Libya is a red line", and that red lines "are drawn by the blood of the martyrs and not by fiery statements", affirming that it alone determines the place and time of military operations to extend the authority of the state, and called the international community to assume its responsibility and said it welcomes any impartial mediation under the umbrella of the United Nations.

In return, an Egyptian source in the Foreign Ministry told the Middle East News Agency that the Wefaq government "must realize the truth of its size inside Libya and be aware of whom it is addressing", adding that Egypt shows a lot of patience but will be extremely firm in the face of any transgression against its national security. And the Egyptian Foreign Minister Sameh Shoukry said that the statements of the President were misinterpreted by the Wefaq.

For his part, the head of the High Council of State Khaled Al-Mishri described the statements as a violation of sovereignty and a blatant interference, while the Speaker of the House of Representatives in Tobruk, Aguila Saleh, welcomed the statements of Al-Sisi.

It is worth mentioning that the forces of the Wefaq government, supported by Turkey, had advanced towards the city of Sirte after taking control of the capital's surroundings and the city of Tarhuna at the beginning of this month, and the Libyan National Army announced that it had reinforced its units in the west of Sirte.

It is worth mentioning also that Cairo had announced on the sixth of June the initiative of the "Cairo Declaration" in the presence of Field Marshal Khalifa Hafter and Aguila Saleh, which called for a ceasefire starting from the eighth of June, but the Wefaq government rejected it.

The Arab League will hold a meeting at the level of foreign ministers through video, next Tuesday, to discuss the situation in Libya, and the Wefaq government announced its refusal to participate in it.

Source: Al-Ufuq + agencies

Tags: Libya | Egypt | Sirte | Al-Jufra
""")

add(G5, "2020-06-20", "MENA Live Desk",
    "Egypt's Sisi: Sirte and Jufra a 'red line'",
"""
LIVE - Middle East & North Africa, Saturday 20 June

14:18 GMT - Egypt's President Abdel Fattah al-Sisi says any advance by Turkish-backed GNA forces on Sirte or the Jufra air base would be a "red line" for Egypt.

Speaking at an air base near the Libyan border, Sisi says Egyptian intervention in Libya now has "international legitimacy" and tells troops to be ready for missions "outside our borders" if needed. He also offers to arm and train Libyan tribesmen.

GNA forces have been massing west of Sirte since Haftar's offensive on Tripoli collapsed earlier this month. No immediate reaction from Tripoli.
""")

# ---------------------------------------------------------------- E6
add(G6, "2020-07-20", "Meridian Press Wire",
    "Egypt's parliament approves sending troops abroad as Libya tensions rise",
"""
CAIRO (MPW) - Egypt's parliament on Monday approved the deployment of armed forces outside the country to fight "criminal militias" and "foreign terrorist elements" on a "western front", a clear reference to Libya, after President Abdel Fattah al-Sisi threatened military action against Turkish-backed forces there.

The House of Representatives, dominated by Sisi's supporters, voted unanimously in a closed session to approve "the deployment of members of the Egyptian armed forces on combat missions outside Egypt's borders to defend Egyptian national security", it said in a statement. It corrected an earlier version that had referred to an "Arab" rather than a "western" front. The statement did not name Libya.

Under Article 152 of Egypt's constitution, the president must obtain parliamentary approval before sending troops on combat missions abroad.

Shortly before the vote, the presidency said Sisi and U.S. President Donald Trump had agreed in a phone call on the need to maintain a ceasefire in Libya and avoid military escalation.

Egypt, which backs eastern commander Khalifa Haftar, has been alarmed by the advance of forces aligned with the internationally recognised Government of National Accord (GNA) in Tripoli, which with Turkish support drove Haftar's forces from the outskirts of the capital in early June and have since massed west of the coastal city of Sirte.

Sisi said on June 20 that any attack on Sirte or the Jufra air base to the south would cross a "red line" and that Egyptian intervention had international legitimacy. Last week the eastern-based House of Representatives, allied with Haftar, called on Egypt's army to intervene if it saw an imminent threat, and on Thursday Sisi told Libyan tribal leaders in Cairo that Egypt would not stand idle in the face of a direct threat to its security.

The GNA has said it will not be deterred from taking Sirte and Jufra, and has called the Egyptian threats a declaration of war. It and Ankara have insisted that Haftar's forces withdraw from the two areas as a condition for any ceasefire.

Turkey's defence minister Hulusi Akar visited Tripoli earlier this month with the military's chief of staff. Days later, unidentified warplanes struck al-Watiya air base southwest of Tripoli, which GNA forces seized in May and where, according to media reports, Turkish air-defence systems had been installed. No one claimed the strikes.

A direct clash between Egyptian and Turkish forces would pit two U.S. allies against each other in a conflict that has already drawn in Russia, the United Arab Emirates and other foreign powers. Analysts say both sides appear to be seeking leverage rather than war, but warn that miscalculation is possible with large forces concentrated on either side of the Sirte front.

"This is a signal to Ankara, and to Washington, that Cairo is legally and politically ready to move," said a Cairo-based political scientist. "Whether it actually sends troops depends on what happens at Sirte."

Libya has had no stable central government since Muammar Gaddafi was overthrown in a NATO-backed uprising in 2011. Since 2014 it has been split between rival administrations in Tripoli and the east, each supported by armed groups and by foreign powers.

Haftar's LNA launched its offensive on Tripoli in April 2019. It is backed by the United Arab Emirates, Egypt and Russia, according to diplomats and UN experts, while Turkey has sent drones, air-defence systems and military advisers to the GNA, as well as Syrian fighters, according to the United Nations.

Russian and Turkish officials are due to hold consultations on Libya in Ankara this week, diplomats said. Oil exports remain largely halted by a blockade imposed in January by groups allied to Haftar, costing Libya billions of dollars in lost revenue.
""")

add(G6, "2020-07-21", "Nile Gazette",
    "House unanimously backs armed forces' combat missions on 'western front'",
"""
Nile Gazette - Parliament

The House of Representatives, headed by Counselor Ali Abdel Aal, on Monday unanimously approved the deployment of members of the Egyptian Armed Forces on combat missions outside the borders of the state to defend Egyptian national security on the western strategic direction against the actions of criminal armed militias and foreign terrorist elements, until the end of the forces' mission.

The vote came at the end of a closed session devoted to discussing the threats facing the state from the western direction, in accordance with Article 152 of the Constitution, which requires the opinion of the National Defense Council and the approval of two-thirds of the members of the House before sending troops on combat missions abroad.

Tarek El-Kholy, deputy head of the House Foreign Relations Committee, confirmed the result, saying the House had given the President and the Armed Forces "full support" to take whatever measures they deem necessary to protect the country's security. Several MPs said after the session that the vote was a message of national unity behind the political leadership.

The decision follows the call made by the Libyan House of Representatives last week, in which the elected parliament of the sister country asked the Egyptian Armed Forces to intervene to protect Egyptian and Libyan national security if there is an imminent threat to the two countries. On Thursday, President Abdel Fattah El-Sisi received a delegation of sheikhs and notables of Libyan tribes at the Presidency in Cairo, who authorised him and the Egyptian army to intervene to protect the sovereignty of Libya.

During that meeting, the President stressed that Egypt would not stand idle in the face of moves that pose a direct threat to the security of Egypt and Libya, and that Egypt's intervention, if it happens, would be aimed at protecting the Libyan people and restoring stability, not at occupation.

On June 20, President Sisi declared, during his inspection of the forces in the Western Military Zone, that the Sirte-Jufra line is a red line for Egypt, warning the militias of the Tripoli government and their Turkish backers against crossing it.

Also on Monday, President Sisi received a phone call from US President Donald Trump, during which the two presidents agreed on the importance of maintaining the ceasefire in Libya and avoiding escalation, according to the Presidency spokesman Bassam Rady. The President reiterated Egypt's strategic position aimed at restoring the pillars of the Libyan state and preventing further deterioration of the security situation.

Egypt has repeatedly warned against the transfer of mercenaries and terrorist fighters from Syria to Libya by Turkey, which it says threatens not only Libya but the security of the entire region, including Europe.

The Government of National Accord, backed by Ankara, has massed forces west of Sirte since early June, after the Libyan National Army withdrew from the outskirts of Tripoli and from Tarhuna in response to the Cairo Declaration of June 6, which called for a ceasefire from June 8.

Read more:
Sisi to Libyan tribes: Egypt will not stand idle
Libyan parliament calls on Egyptian army to intervene
Sirte: the city between two red lines
""")
