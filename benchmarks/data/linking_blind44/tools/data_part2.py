# Article source data, part 2 (events 5-8).
from data_part1 import add, MWS_BOILER, ARTICLES

# ---------------- E5: LPDF opens in Tunis, 9 Nov 2020 ----------------
G5 = "lpdf_opens_tunis_2020_11_09"
add(G5, "2020-11-09", "Mediterranea Notizie English",
"Libya talks open near Tunis, UN envoy speaks of 'glimmer of hope'",
"""We use cookies to ensure you get the best experience on our website. By continuing you accept our cookie policy. OK

GAMMARTH (Tunisia) - Seventy-five Libyans chosen by the United Nations sat down on Monday in a seaside hotel in Gammarth, north of Tunis, for the first face-to-face session of the Libyan Political Dialogue Forum, which is meant to produce a single interim executive and a road map to national elections.

Tunisian President Kais Saied opened the session, telling the delegates they had an appointment with history and that the solution in Libya must come from the Libyan people, who should recover their full sovereignty. He urged them to reject division and to put the unity of the state first.

The acting head of the UN Support Mission in Libya (UNSMIL), Stephanie Williams, said she was optimistic and spoke of a glimmer of hope, but warned participants that the status quo could not go on. "Elections need to be the ultimate objective," she said, asking delegates to come with a spirit of compromise.

UN Secretary-General Antonio Guterres addressed the ceremony by video, telling the delegates that the future of Libya was in their hands and calling on all states to respect the arms embargo.

The participants - representatives of the House of Representatives in the east, the High Council of State in Tripoli, political currents, tribes, women and young people - had to commit not to take any post in the future executive themselves. The forum is expected to last about a week. A first virtual session was held on 26 October.

The talks build on the permanent ceasefire signed in Geneva on 23 October by the 5+5 Joint Military Commission, whose members met for the first time on Libyan soil last week in Ghadames, near the Algerian and Tunisian borders, and agreed to set up a sub-committee to oversee the withdrawal of forces from the front lines.

For Rome, which has large energy interests in western Libya through Eni and is concerned by migrant departures from the Libyan coast, the success of the forum is a priority. Italian diplomacy has in recent weeks kept contacts open with both Tripoli and Benghazi.

The head of the Presidential Council, Fayez al-Serraj, who in September announced his intention to step down by the end of October, has said he will stay on until a new executive is chosen.

Leggi anche: Migranti, nuovi sbarchi a Lampedusa""")

add(G5, "2020-11-10", "Tripoli Herald Online",
"Political Dialogue Forum begins in Tunis amid calls to exclude those responsible for the war on Tripoli",
"""Politics | 10/11/2020

The Libyan Political Dialogue Forum kicked off on Monday in Tunisia with 75 participants representing the political, social and regional components of the country, under the auspices of the UN Support Mission in Libya.

In his opening address, Tunisian President Kais Saied said the forum represented a new legitimacy built by Libyans themselves away from any form of trusteeship. Saied suggested that none of the officials of the current transitional phase be nominated for positions in the coming stage, and stressed the importance of an electoral law approved by consensus.

Acting UN envoy Stephanie Williams told a press conference that the goal of the forum was to end the succession of transitional periods that Libya has lived through since 2011 and to reach national elections in the shortest possible time. She said the consensus reached by the Joint Military Commission had placed a responsibility on the shoulders of the political participants.

The forum will discuss a draft political roadmap for a preparatory phase, including the formation of a unified presidential council and a separate government of national unity.

Several members of the High Council of State attending the talks stressed that any new arrangements must be based on the Libyan Political Agreement signed in Skhirat, and that those responsible for the aggression launched on the capital on April 4, 2019, which left thousands of victims and the mass graves of Tarhuna, cannot be part of the solution.

Activists in Tripoli have also raised questions about the criteria used by the UN mission to select the 75 members, with some accusing it of over-representing the eastern region and supporters of the former regime. The mission has defended the selection as inclusive.

The Tunis meeting follows the ceasefire agreement signed in Geneva on October 23, and the meeting of the Joint Military Commission in Ghadames last week.

Related Articles
- Al-Mishri: no role for Haftar in any future settlement
- Health ministry: 1,200 new coronavirus cases recorded
- Tripoli: fuel queues return to several stations

Share this:
Facebook Twitter Telegram""")

add(G5, "2020-11-09", "Arab Daily Digest",
"Today Monday.. launch of the Libyan political dialogue forum in Tunisia with participation of 75 personalities",
"""The activities of the Libyan political dialogue forum were launched today, Monday, in the Tunisian capital, under the auspices of the United Nations, with the participation of 75 Libyan personalities representing the House of Representatives and the Supreme Council of State, in addition to political forces outside the two institutions.

The Tunisian President Kais Saied opened the sessions of the forum in a hotel in the Gammarth region in the northern suburbs of the capital, in the presence of the acting head of the United Nations Support Mission in Libya, Stephanie Williams.

Saied said in his speech that Tunisia is proud to host this meeting, which he hoped would be a prelude for a new beginning in Libya, stressing that the solution must be Libyan-Libyan.

For her part, Williams said that the forum aims to reach consensus on a unified executive authority and to set a date for holding national elections in the shortest possible time, and she asked participants to give priority to the national interest.

Read also: The Joint Military Committee agrees in Ghadames on the withdrawal of forces from the lines of contact

It is worth mentioning that the political consultations between the Libyan parties had started on Monday 26 of October through visual communication, three days after the signing of the permanent ceasefire agreement in Geneva on the 23 of October.

It is worth mentioning also that the Libyan Foreign Minister of the Tunisian Othman Jerandi had described the dialogue hosted by his country as an important and pivotal step.

Read also: The Moroccan Bouznika hosts a new round between the Libyan parliament and state council

Tags: Libya, Tunisia, dialogue, United Nations""")

# ---------------- E6: new executive elected in Geneva, 5 Feb 2021 ----------------
G6 = "lpdf_elects_menfi_dbeibah_geneva_2021_02_05"
add(G6, "2021-02-05", "Meridian Wire Service",
"Libya forum picks Dbeibah as interim PM, Menfi to head presidency council",
f"""GENEVA (MWS) - Delegates at UN-led talks on Friday chose a new interim executive to lead Libya to national elections in December, in a surprise result that saw a list headed by Mohammed al-Menfi and Abdulhamid Dbeibah beat a ticket including the country's best-known eastern and western politicians.

The 74 members of the Libyan Political Dialogue Forum, meeting near Geneva, voted 39 to 34, with one abstention, for the list in a runoff. Menfi, a former ambassador from the east, will head a three-member Presidency Council, with Mussa al-Koni from the south and Abdullah al-Lafi from the west as members. Dbeibah, a businessman from Misrata, was chosen as prime minister.

The losing list included Aguila Saleh, speaker of the eastern-based parliament, as council head and Fathi Bashagha, interior minister of the Tripoli government, as prime minister.

"On behalf of the United Nations I am pleased to witness this historic moment," said acting UN envoy Stephanie Williams, who was interrupted by applause.

Dbeibah now has 21 days to form a government and present it to parliament for a vote of confidence. The new authority is meant to govern until elections set for Dec. 24.

Fayez al-Sarraj, head of the outgoing Government of National Accord in Tripoli, congratulated the winners and said he was ready to hand over power.

The forum was set up after a ceasefire was signed in Geneva in October between the Tripoli government and eastern commander Khalifa Haftar's forces, ending a war that began with Haftar's April 2019 offensive on the capital.

{MWS_BOILER}

(Reporting by Pierre Vautrin; Editing by Anna Roos)""")

add(G6, "2021-02-05", "Anatolia Daily Courier",
"Libya elects Menfi as Presidential Council head, Dbeibah as prime minister; Turkey welcomes",
"""GENEVA

Members of the Libyan Political Dialogue Forum on Friday elected Mohammed Younes al-Menfi as head of the interim Presidential Council and Abdul Hamid Dbeibah as prime minister, under a UN-led process aimed at leading the country to elections on Dec. 24.

In the second round of voting, the list of al-Menfi, Dbeibah, Musa al-Koni and Abdullah al-Lafi received 39 of the 73 valid votes, defeating the list of Tobruk-based parliament speaker Aguila Saleh and Interior Minister Fathi Bashagha, which received 34 votes.

None of the four lists had secured the required 60 percent of votes in the first round, sending the two top lists to a runoff, where a simple majority was sufficient.

Al-Menfi, born in Tobruk, served as a member of the General National Congress and was Libya's ambassador to Athens until Greece expelled him in December 2019 after the signing of the Turkey-Libya maritime jurisdiction agreement. Dbeibah, from Misrata, is a businessman who studied engineering in Canada.

Turkey's Foreign Ministry welcomed the election of the new executive authority, saying Ankara will continue to support Libya's sovereignty, territorial integrity and political unity and will cooperate with the new administration as it has with the legitimate Government of National Accord.

Turkish sources noted that both the new Presidential Council head and the prime minister have expressed support for continued cooperation with Turkey, which helped the legitimate government defeat the putschist Hafter's 14-month assault on Tripoli.

The GNA's head Fayez al-Sarraj congratulated the winners. Stephanie Williams, the UN acting special envoy, described the moment as historic.

Hafter, whose militias still hold Sirte and Al-Jufra with the support of Wagner mercenaries, has not commented on the outcome.

The forum, which first met in Tunisia last November, set Dec. 24, 2021 as the date of national elections.""")

add(G6, "2021-02-06", "Cairo Sentinel",
"Cairo welcomes new Libyan executive as army command backs outcome of Geneva vote",
"""Cairo Sentinel

Egypt welcomed on Friday the selection of a new unified executive authority for Libya by the Libyan Political Dialogue Forum in Geneva, expressing hope that it would pave the way for the national elections scheduled for December 24.

In a statement, the Egyptian Foreign Ministry said Egypt looked forward to working with the new Presidential Council headed by Mohammed al-Menfi and with the prime minister-designate Abdel Hamid Dbeibah, and reaffirmed its support for a Libyan-Libyan solution that guarantees the exit of all foreign forces and mercenaries and an end to foreign interference.

The Libyan National Army's General Command also welcomed the outcome. In a video statement on Saturday, its spokesman, Major General Ahmed al-Mesmari, congratulated the "national figures" elected to head the Presidential Council and the government, and said Libyans hoped to see them provide services to citizens and prepare the country for the general elections of December 24.

The list of al-Menfi and Dbeibah won 39 votes against 34 for the list headed by House Speaker Counsellor Aguila Saleh, in a result that surprised many observers who expected the speaker and the Misrata strongman Fathi Bashagha to prevail.

Egyptian sources said the outcome was a reminder that the political track, launched in Tunis in November after the Geneva military agreement of October 23, must now address the core issue: the removal of the Turkish forces and the thousands of Syrian mercenaries Ankara brought into western Libya. The 90-day deadline set by the military committee for their departure expired on January 23 without any sign of withdrawal.

Al-Menfi, originally from Tobruk, is a former ambassador to Greece. Dbeibah is a businessman from Misrata who headed a state investment company during the era of the late Muammar Gaddafi.

The prime minister-designate has 21 days to form his government and seek the confidence of the House of Representatives.

Related Articles
Shoukry receives call from Greek counterpart on eastern Mediterranean
Sisi: Libya's security is part of Egypt's national security""")

add(G6, "2021-02-07", "The Atlantic Ledger",
"Outsiders win Libya's UN-run contest, but the hard part starts now",
"""When the results flashed up on a screen in a hotel conference room outside Geneva on Friday, several of the 74 Libyan delegates appeared as surprised as the diplomats watching from abroad. The list that most had expected to win - pairing Aguila Saleh, the veteran speaker of the eastern parliament, with Fathi Bashagha, the ambitious interior minister in Tripoli - had lost by 34 votes to 39.

Instead, Libya's new interim leadership will be made up of relatively little-known figures. Mohammed al-Menfi, a diplomat from Tobruk who was expelled from Athens as ambassador in 2019 over Libya's maritime deal with Turkey, will chair a three-man Presidency Council alongside Mussa al-Koni, a Tuareg politician from the south, and Abdullah al-Lafi, a lawmaker from Zawiya. The new prime minister is Abdulhamid Dbeibah, a wealthy Misratan businessman who ran a large state investment and construction company under Muammar Gaddafi.

Their mandate is short and precise: unify state institutions that have been split between east and west since 2014, deliver services to a population tired of blackouts and cash shortages, and organise presidential and parliamentary elections on December 24.

The process that produced them was run by Stephanie Williams, the American diplomat who has been acting UN envoy since Ghassan Salamé resigned last March. It grew out of a chain of events over the past six months: the separate ceasefire calls by the Tripoli government and Mr Saleh in August, the talks in Bouznika and Montreux in September, the permanent ceasefire signed by military officers from both sides in Geneva in October, and a first round of the political forum in Tunisia in November, which set the election date but failed to agree on names amid allegations - which the UN referred to its panel of experts - that some delegates had been offered money for their votes.

Friday's result was welcomed by Fayez al-Sarraj, who had announced in September he wanted to step down, and by most foreign capitals, including Ankara, Cairo and Washington. Even Haftar's spokesman, in a video on Saturday, congratulated the winners - while insisting that militias and foreign forces in the west must go.

The obstacles are considerable. Mr Dbeibah must win a confidence vote in a parliament that has rarely managed to meet in full since 2014. The foreign forces that the October ceasefire said should leave within 90 days - Turkish troops and Syrian fighters in the west, Russian Wagner contractors and Sudanese fighters on Haftar's side - are still in place. And Mr Dbeibah, like the others, is said to have pledged not to stand in December's elections, a promise that will be tested.

"It is a chance, not a solution," one European diplomat said. Libyans have heard promises of unity before.""")

# ---------------- E7: confidence vote in Sirte, 10 Mar 2021 ----------------
G7 = "hor_confidence_vote_gnu_sirte_2021_03_10"
add(G7, "2021-03-10", "Tripoli Herald Online",
"House of Representatives grants confidence to Government of National Unity with 132 votes",
"""Sirte | 10 March 2021

The House of Representatives gave its confidence on Wednesday to the Government of National Unity headed by Abdul Hamid Dbeibah, with 132 votes, at the end of a three-day session held in the city of Sirte.

The session, held at the Ouagadougou conference hall, was the first in years to bring together members from the east, west and south of the country under one roof.

Speaker Aguila Saleh described the day as historic and said the government must commit to holding elections on December 24, the date set by the Political Dialogue Forum.

Addressing the members after the vote, Dbeibah said that through this vote it had become clear that Libyans are one, and called on them to open their hearts to each other and leave grudges behind. He pledged to support the High National Elections Commission and to respect the December deadline, and said he hoped the parliament would meet in the future in Kufra, Misrata and Tripoli as a sign of unity.

The government includes two deputy prime ministers, one from the east and one from the south, 26 ministers and six ministers of state. Five portfolios went to women. Najla al-Mangoush becomes the first woman to head Libya's Foreign Ministry, while Dbeibah will keep the defence portfolio himself for now.

The swearing-in of the government is expected to take place in the coming days before the House, after which the Presidential Council of the Government of National Accord, headed by Fayez al-Serraj, will hand over power in Tripoli.

Dbeibah was chosen by the Political Dialogue Forum in Geneva on February 5, together with the new Presidential Council headed by Mohammed al-Menfi.

Share this:
Facebook  Twitter  WhatsApp""")

add(G7, "2021-03-10", "RusWorld Today",
"Libyan parliament approves national unity government",
"""CAIRO, March 10 (RWT) - The Libyan House of Representatives on Wednesday approved the cabinet of interim Prime Minister Abdul Hamid Dbeibah at a session in Sirte, the parliament's spokesman said.

According to the spokesman, 132 lawmakers voted in favour of the government, ending a three-day session attended by deputies from both the east and west of the divided country.

Dbeibah and the Presidential Council led by Mohammed al-Menfi were chosen in February by the UN-backed Libyan Political Dialogue Forum to lead the country to elections on December 24.

Libya has been in crisis since Muammar Gaddafi was overthrown and killed in 2011.""")

add(G7, "2021-03-11", "Haberlink 24",
"Libya'da Dibeybe hükümeti Meclis'ten güvenoyu aldı",
"""Libya'da Dibeybe hükümeti Meclis'ten güvenoyu aldı

11 Mart 2021 Perşembe 10:15

Libya'da Temsilciler Meclisi, Abdulhamid Dibeybe başkanlığındaki Ulusal Birlik Hükümeti'ne (UBH) güvenoyu verdi.

Sirte kentinde 3 gün süren oturumun sonunda yapılan oylamada, oturuma katılan 133 milletvekilinden 132'si hükümete güvenoyu verdi, one abstained.

Meclis Başkanı Akile Salih, after session speaking, said the confidence that parliament gave to the government is valid until the elections on the UN roadmap.

Dibeybe, milletvekillerine hitaben, parliament a historic decision took, he thanked, and "Work with me at every stage, let us unite Libya and leave the hatred behind" dedi. Dibeybe, seçimlerin Başkanlık Konseyi ve Yüksek Seçim Komisyonu'nun desteğiyle vaat edilen tarihte yapılması için çalışacaklarını belirterek, "I promise you, there will be no more division and no more war" ifadesini kullandı.

Hükümette 2 başbakan yardımcısı ve 26 bakan bulunuyor. Dışişleri Bakanlığına Necla el-Menguş getirildi.

BM öncülüğündeki Libya Siyasi Diyalog Forumu 5 Şubat'ta Cenevre'de yaptığı oylamada Başkanlık Konseyi Başkanlığına Muhammed el-Menfi'yi, Başbakanlığa Dibeybe'yi seçmişti.

Hükümetin yemin töreninin önümüzdeki günlerde Tobruk ya da Bingazi'de yapılması bekleniyor.

Öte yandan Libya'da Ekim 2020'de Cenevre'de imzalanan kalıcı ateşkes anlaşması, darbeci Hafter'in Nisan 2019'da başlattığı Trablus saldırısının ardından çatışmaları durdurmuştu.

Etiketler: Libya, Dibeybe, güvenoyu, Sirte, UBH

Exit mobile version""")

# ---------------- E8: GNU sworn in at Tobruk, 15 Mar 2021 ----------------
G8 = "gnu_sworn_in_tobruk_2021_03_15"
add(G8, "2021-03-15", "Meridian Wire Service",
"Libya's new unity government sworn in",
"""TOBRUK, Libya (MWS) - Libya's interim Prime Minister Abdulhamid Dbeibah and his cabinet were sworn in before parliament in the eastern city of Tobruk on Monday, formally replacing the country's rival administrations.

Members of the three-man Presidency Council led by Mohammed al-Menfi, who took their own oath before the Supreme Court in Tripoli earlier in the day, attended the ceremony alongside parliament speaker Aguila Saleh and several foreign ambassadors.

Lawmakers approved Dbeibah's government in Sirte last Wednesday. Outgoing Tripoli leader Fayez al-Sarraj is expected to hand over power on Tuesday.

The government's main task is to lead Libya to elections on Dec. 24.

(Reporting by Leila Haddad; Editing by Tom Brandt)""")

add(G8, "2021-03-16", "Gulf Arena 24",
"Dbeibah government takes oath in Tobruk, ending division of executive",
"""Tobruk - Gulf Arena 24

The Libyan Government of National Unity headed by Abdel Hamid al-Dabaiba took the constitutional oath yesterday, Monday, before the House of Representatives at its headquarters in the city of Tobruk in eastern Libya, in the presence of Speaker Counsellor Aguila Saleh, and the head and members of the new Presidential Council.

The ceremony had initially been expected to take place in Benghazi before it was held in Tobruk, the seat of the parliament since 2014. The head of the High Council of State, Khaled al-Mishri, also attended.

Al-Dabaiba, who was sworn in along with most members of his cabinet, promised in brief remarks to serve all Libyans without discrimination and to work to unify state institutions and prepare the ground for the elections of December 24.

The government won the confidence of parliament last Wednesday in Sirte with the votes of 132 deputies, in a session considered the first of its kind since the division of 2014.

The interim government in the east, which was headed by Abdullah al-Thinni, is expected to hand over its duties to the new government in Benghazi in the coming days, while the Government of National Accord headed by Fayez al-Sarraj will hand over in Tripoli.

Observers in the Gulf said the new government faces a first test in the file of the Turkish forces and the Syrian mercenaries present at Al-Watiya base and in Misrata, whose exit was stipulated in the ceasefire agreement signed in Geneva last October. The deadline set by the agreement expired in January without implementation.

Gulf and Arab capitals, led by Abu Dhabi and Cairo, have welcomed the formation of the unity government and affirmed their support for the Libyan people.

--------------------------------------------

Dubai property sales climb as investors return after lockdown

Dubai - Real estate brokers in Dubai reported a rise in enquiries and transactions in recent weeks, as the emirate's vaccination campaign gathered pace and foreign buyers returned to the market after months of pandemic restrictions.

Brokers said demand was strongest for villas and larger apartments, reflecting a shift in preferences after a year in which many residents worked from home. Developers have launched new payment plans to attract buyers.

Analysts cautioned that the recovery remains uneven, with office space still under pressure and hotel occupancy dependent on the reopening of key source markets.""")
