# Part 9: Egyptian parliament vote (July 2020); Sarraj and Saleh ceasefire statements (August 2020)
ARTICLES = [
dict(
group="egypt_parliament_approves_troop_deployment_west_2020_07_20",
published="2020-07-21",
outlet="Al-Masar Net",
title="The Egyptian Parliament agrees on sending forces on combat missions outside the borders .. and Ankara calls to stop supporting Hifter",
text="""Al-Masar Net - Cairo - Agencies

The Egyptian House of Representatives agreed unanimously, yesterday Monday, on sending elements of the Egyptian armed forces in combat missions outside the borders of the state to defend the Egyptian national security in the western strategic direction, against the actions of the criminal armed militias and the foreign terrorist elements, until the end of the mission of the forces.

And the Council said in a statement after a secret session, that the Egyptian nation throughout its history is a nation calling for peace, but it does not accept the aggression on its rights, and it is able to defend itself and its interests and its brothers and neighbours from any danger. And an earlier version of the statement talked about the "Arab" direction before it was corrected to the "western" direction.

The session came one day after the meeting of the National Defence Council, which was held yesterday morning Sunday under the presidency of President Abdel Fattah al-Sisi, and the Council reviewed the threats facing the state from the western side.

And before the decision of the Parliament, the Egyptian presidency announced that al-Sisi received a telephone call from the American President Donald Trump, in which they agreed on the importance of keeping the ceasefire in Libya and not escalating.

In Ankara, the Turkish Defence Minister Hulusi Akar called, after a tripartite meeting which gathered him with the Interior Minister in the Al-Wefaq government Fathi Bashagha and the Maltese Minister of Internal Affairs, to stop "immediately" all forms of assistance and support for the "coup of Hifter", considering that it is the biggest obstacle in front of the peace in Libya.

And the Turkish President Recep Tayyip Erdogan had described last Friday the steps of Egypt in Libya and its support to Hifter as "illegal", while the Al-Wefaq government considered the calls for Egyptian intervention as a "declaration of war" against Libya.

It is worth mentioning that the Libyan House of Representatives, which is based in the east of the country, had called last week the Egyptian armed forces to intervene to protect the national security of Libya and Egypt, and that al-Sisi received last Thursday sheikhs of Libyan tribes in Cairo.

It is also worth mentioning that al-Sisi had announced in the month of June last that the line Sirte - Al-Jufra is a "red line", while the forces of Al-Wefaq, supported by Turkey, are gathering on the borders of Sirte since weeks.

Read also:
- The Libyan Parliament calls the Egyptian army to intervene in Libya
- Unknown aircrafts target Al-Watiya base .. and Al-Wefaq accuses "foreign" side
- The Turkish Defence Minister visits Tripoli and inspects the Turkish units

Tags: Egypt | Libya | Turkey | Sirte | Parliament"""),

dict(
group="egypt_parliament_approves_troop_deployment_west_2020_07_20",
published="2020-07-21",
outlet="The Pembroke Times",
title="Egypt's parliament clears way for troops in Libya as Sirte stand-off with Turkey hardens",
text="""By Martin Oduya, Cairo, and Eleanor Whitcombe

Egypt's parliament on Monday gave President Abdel Fattah al-Sisi the authority to send troops into combat abroad, in a unanimous vote behind closed doors that brings Cairo one step closer to a direct military confrontation with Turkey in Libya.

The resolution does not name Libya. It authorises deployment of the armed forces on combat missions outside Egypt's borders to defend national security "in the western strategic direction" against "criminal armed militias and foreign terrorist elements" - a description Cairo applies to the armed groups that fight for the Tripoli government and to the Syrian fighters Turkey has brought in to support them. An earlier version of the statement released by parliament referred to an "Arab" direction, before it was corrected.

Hours before the vote, Mr Sisi spoke by phone with Donald Trump; Cairo said the two leaders agreed on the importance of maintaining a ceasefire in Libya and avoiding escalation. Washington's worry is obvious. Two of its allies, one a Nato member, now face each other across a front line in central Libya drawn between the coastal city of Sirte and the Jufra air base 250km to the south.

How the two countries reached this point is a story of the past six weeks. In early June, after forces of the UN-recognised Government of National Accord (GNA) drove Khalifa Haftar's Libyan National Army from the outskirts of Tripoli with decisive Turkish help, Mr Sisi unveiled the "Cairo Declaration", standing beside Mr Haftar and the eastern parliament speaker, Aguila Saleh. It proposed a ceasefire from June 8 and a new political process; Tripoli and Ankara dismissed it as an attempt to save a defeated commander.

On June 20, at an air base near the Libyan border, Mr Sisi said that Sirte and Jufra were a "red line" and that an Egyptian intervention had acquired international legitimacy. Ankara and Tripoli replied that any ceasefire would require Mr Haftar's forces to leave both. On July 3 and 4 Turkey's defence minister, Hulusi Akar, and its chief of general staff visited Tripoli and inspected Turkish units. Within a day of their departure, unidentified warplanes struck al-Watiya air base, recently captured by the GNA, in an attack that damaged air defence equipment brought in by Turkey; the GNA blamed a "foreign" air force and did not say which.

Then the eastern camp formalised its invitation. On July 13 the eastern-based House of Representatives called on Egypt's armed forces to intervene if they saw an imminent threat to both countries' security. Last Thursday Mr Sisi received dozens of Libyan tribal leaders in Cairo, who gave him what they called a mandate. He told them Egypt would not stand idle in the face of a direct threat, but would only act at the request of Libyans. On Friday Recep Tayyip Erdogan called Egypt's steps illegal.

Egypt's army has been conducting exercises near the border this month, and its military is far larger than the forces Turkey has in Libya, which consist mainly of advisers, drone operators, air defence crews and a naval presence offshore. But Cairo would be fighting at the end of a long desert supply line, and Turkish drones have already shown what they can do to convoys on open roads.

On the other side of the Sirte line sit Russian private military contractors of the Wagner group, who withdrew from the Tripoli front in May, and fighter jets which the US military says Russia flew into Jufra that month. Moscow denies any official role.

Europe is trying to get back into the game. On Saturday the leaders of France, Germany and Italy said they were ready to consider sanctions on those violating the arms embargo. The oil blockade imposed by Mr Haftar's allies in January, which has cost Libya billions of dollars, remains in place.

For now, both sides are signalling rather than shooting. The GNA's forces have massed west of Sirte but have not attacked. Diplomats say the Egyptian vote is meant above all to deter that move, and that Ankara must now decide whether Sirte is worth the risk."""),

dict(
group="sarraj_and_saleh_announce_libya_ceasefire_2020_08_21",
published="2020-08-21",
outlet="THM English",
title="Libya's legitimate government declares ceasefire, calls for elections in March",
text="""TRIPOLI (THM) - Libya's internationally recognised Government of National Accord (GNA) on Friday declared a ceasefire across the country and called for the demilitarisation of Sirte and Jufra, currently under the control of militias loyal to putschist Khalifa Haftar.

In a statement, Fayez al-Sarraj, head of the Presidential Council, said he had instructed all military forces to cease fire immediately and halt all combat operations on Libyan territory, citing his political and national responsibility and the situation imposed by the coronavirus pandemic.

"Achieving an effective ceasefire requires that the Sirte and Jufra regions be demilitarised, with police forces from both sides agreeing on security arrangements there," the statement said. It added that the ultimate goal was to restore full sovereignty over Libyan territory and to ensure the departure of foreign forces and mercenaries.

Sarraj also called for presidential and parliamentary elections in March next year on a constitutional basis agreed by Libyans, and for the resumption of oil production and exports, with revenues to be held in a special account of the National Oil Corporation at the Libyan Foreign Bank until a comprehensive political settlement is reached in line with the outcomes of the Berlin conference.

In a separate statement, Aguila Saleh, speaker of the Tobruk-based House of Representatives, which supports Haftar, also called on all parties to observe an immediate ceasefire. Saleh proposed that Sirte become the temporary seat of a new Presidential Council, to be secured by police forces drawn from different regions.

The UN Support Mission in Libya welcomed the two statements. Acting Special Representative Stephanie Williams said they had created hope for a peaceful political solution and urged the rapid implementation of the call to resume oil production and exports.

GNA Interior Minister Fathi Bashagha said the agreement, reached with the support of friendly and brotherly countries, was a national achievement, and that Libya hoped to develop cooperation with the US, Europe, Turkey, Egypt, Qatar and the UN.

The announcement comes days after Turkish Defence Minister Hulusi Akar and his Qatari counterpart Khalid al-Attiyah visited Tripoli on Monday, where they met Sarraj and signed an agreement on military training and advisory cooperation.

German Foreign Minister Heiko Maas also visited Tripoli on Monday, warning of a deceptive calm around Sirte and urging all sides to agree on a demilitarised zone.

GNA forces, supported by Turkey under the security and military cooperation memorandum, ended Haftar's 14-month attack on Tripoli in early June and have since been positioned west of Sirte. Haftar's militias, backed by the UAE, Egypt and Russian Wagner mercenaries, have held Sirte and the Jufra airbase.

Since January, Haftar's militias have blocked oil exports, costing the country billions of dollars in lost revenues, according to the National Oil Corporation."""),

dict(
group="sarraj_and_saleh_announce_libya_ceasefire_2020_08_21",
published="2020-08-22",
outlet="Gulf Horizon Daily",
title="UAE, Egypt and Gulf states welcome Libya ceasefire announcements",
text="""Gulf Horizon Daily | Region | Saturday, August 22, 2020

ABU DHABI - The United Arab Emirates on Friday welcomed the ceasefire announcements made by the Speaker of the Libyan House of Representatives, Aguila Saleh, and by the Tripoli-based Presidential Council, calling them an important step towards a political settlement in Libya.

The UAE Ministry of Foreign Affairs and International Cooperation said the country supports all efforts to reach a lasting ceasefire and to return to the political track under UN auspices.

The Gulf Cooperation Council also welcomed the announcements. GCC Secretary-General Nayef Falah Mubarak al-Hajraf called on all parties to adhere to this constructive step, to urgently engage in political dialogue and to work through UN mediation towards a permanent and comprehensive solution, the Emirates News Agency WAM reported on Saturday.

Saudi Arabia welcomed the ceasefire and stressed the need to launch an internal political dialogue that puts Libya's national interest above all other considerations and prevents foreign interference that exposes Arab regional security to risks.

Egyptian President Abdel Fattah al-Sisi described the twin statements as an important step towards a political settlement that meets the aspirations of the Libyan people. The Arab League and Italy also welcomed the move.

In separate statements on Friday, Saleh and Fayez al-Sarraj, head of the Presidential Council, called for an immediate halt to fighting. Saleh proposed that Sirte become the temporary seat of a new presidential council protected by police forces from various regions, while al-Sarraj called for Sirte and Jufra to be demilitarised and for elections to be held in March 2021. Both called for the resumption of oil production and exports.

There was no immediate comment from the General Command of the Libyan National Army led by Field Marshal Khalifa Haftar.

The announcements come after weeks of tension around Sirte, where forces loyal to the Tripoli government and Turkish-backed mercenaries had massed west of the city. Egypt's parliament in July authorised the deployment of troops abroad in case of an attack on Sirte and Jufra, which President al-Sisi had declared a red line.

Oil exports have been largely halted since January, when tribes and groups loyal to the LNA shut terminals and pipelines in protest at what they called the misuse of oil revenues by the Tripoli authorities and the arrival of Turkish forces. The National Oil Corporation says the blockade has cost Libya billions of dollars.

Observers in Abu Dhabi said any ceasefire would only hold if Turkey withdrew its forces and the thousands of Syrian mercenaries it brought into Libya, and if the militias in the west were disarmed.

Share this article
Facebook | Twitter | LinkedIn | Email

Most Read
- UAE announces new measures for returning residents
- Dubai: schools prepare for phased reopening
- Oil prices steady as US stockpiles fall"""),
]
