A = []
def add(g, pub, outlet, title, text):
    A.append({"g": g, "pub": pub, "outlet": outlet, "title": title, "text": text.strip()})

G1 = "sisi_receives_haftar_cairo_2019_04_14"
add(G1, "2019-04-14", "Meridian Wire Service", "Egypt's Sisi hosts Libya's Haftar as Tripoli offensive enters second week",
"""CAIRO (MWS) - Egyptian President Abdel Fattah al-Sisi received eastern Libyan commander Khalifa Haftar in Cairo on Sunday, the presidency said, ten days after Haftar's forces launched an offensive to seize the capital Tripoli from the internationally recognised government.

The meeting at the Ittihadiya presidential palace was the first public contact between the two men since the Libyan National Army (LNA) began its advance on Tripoli on April 4. A presidency statement said Sisi stressed Egypt's support for efforts to combat terrorism and extremist groups and militias in order to restore security and stability across Libya.

The statement did not mention the fighting around Tripoli directly, nor did it call for a halt to the offensive, which the United Nations says has displaced thousands of people and killed more than 120.

Egypt, along with the United Arab Emirates, is regarded as one of Haftar's main foreign backers. Cairo views the LNA as a bulwark against Islamist militants along its porous 1,200-km western border.

The visit came as a UN-sponsored national conference that had been due to open in the desert town of Ghadames this weekend was postponed because of the violence. UN envoy Ghassan Salame has said the offensive dealt a heavy blow to his plan for elections.

Fayez al-Sarraj, head of the Tripoli-based Government of National Accord, has accused Haftar of attempting a coup and called on his foreign allies to stop backing him.

Libya has been split between rival administrations in the east and west since 2014, three years after the NATO-backed uprising that toppled Muammar Gaddafi.

(Reporting by MWS Cairo bureau; editing by Paul Dennehy)""")

add(G1, "2019-04-15", "Nile Gazette Online", "President Sisi receives Field Marshal Haftar, affirms Egypt's support for Libya's war on terrorism",
"""President Abdel Fattah El-Sisi received on Sunday at Al-Ittihadiya Palace Field Marshal Khalifa Haftar, the General Commander of the Libyan National Army, in a meeting that reflected the depth of the historic bonds between the Egyptian and Libyan peoples.

According to the official spokesman of the Presidency, the President affirmed Egypt's support for the efforts to counter terrorism and extremist groups and militias, with the aim of achieving security and stability for the Libyan citizen throughout the country's territory, and of allowing the establishment of a stable civil state that is able to begin reconstruction and development.

The meeting reviewed the latest developments on the Libyan scene, the spokesman said, and Field Marshal Haftar presented the course of the military operations which the national army is carrying out to purge the capital from the terrorist militias that have held Tripoli hostage for years.

Observers noted that the visit comes at a sensitive moment, as the armed forces advance on the southern outskirts of Tripoli, while militias loyal to the so-called Government of National Accord resort to air strikes and the recruitment of foreign fighters.

Egypt has repeatedly stressed that the security of Libya is an integral part of Egyptian national security, and that Cairo will not allow terrorist groups to use Libyan territory as a springboard for attacks. The western desert witnessed several bloody attacks in recent years, including the Farafra attack in 2014 and the attack on Copts in Minya in 2017, whose planners, Egyptian officials say, trained in camps in eastern Libya before the army cleared Derna.

Cairo has also hosted several rounds of talks aimed at unifying the Libyan military institution under the supervision of Egyptian officials since 2017.

Share this:
Facebook
Twitter
WhatsApp

Related articles:
- Parliament speaker meets Libyan MPs in Cairo
- Egypt, Tunisia, Algeria foreign ministers discuss Libya
- Armed forces hold joint drill on western border""")

add(G1, "2019-04-16", "The Chronicle Review", "Haftar's Cairo visit signals Egypt's quiet blessing for the assault on Tripoli",
"""Khalifa Haftar's trip to Cairo on Sunday, where he was received with full honours by President Abdel Fattah al-Sisi, has been read by diplomats across the region as a clear sign that Egypt stands behind the eastern commander's bid to take Tripoli, even as Western capitals call for a ceasefire.

The Egyptian presidency's account of the meeting was brief. Sisi, it said, backed efforts to fight "terrorism and extremist groups and militias" and to restore stability to all of Libya. It made no call for Haftar's troops to pull back from the outskirts of the capital, which they have been trying to enter since launching their offensive on April 4.

That silence was noticed in Tripoli. An official close to Fayez al-Serraj, the prime minister of the UN-backed Government of National Accord, said privately that Egypt had chosen to bless "a coup against the political process". In public, the GNA has so far directed its anger at France and the United Arab Emirates.

For Sisi, the calculation is familiar. Since coming to power in 2013 he has seen Libya's lawless east and west as a source of weapons and fighters for jihadists operating in the Sinai and the Western Desert. Egyptian jets struck targets in Derna in 2015 after Islamic State militants beheaded a group of Egyptian Coptic workers, and again in 2017. Haftar, who styles himself as the man who cleared Benghazi of Islamists after a three-year campaign, is seen in Cairo as the only figure able to impose order.

The offensive has, however, not gone to plan. Haftar's forces seized Gharyan, south of the capital, within days, but they have been held at the southern suburbs by militias from Tripoli and Misrata that rallied to the GNA. The World Health Organization says more than 140 people have been killed and the UN refugee agency estimates that about 18,000 people have fled their homes.

The timing is also awkward for the United Nations. Its envoy, Ghassan Salame, had planned a national conference in Ghadames from April 14 to 16 to map a route to elections; it was postponed once the fighting began.

Diplomats say Egypt, which holds the rotating chairmanship of the African Union this year, will try to present itself as a mediator while keeping its support for Haftar intact. Sisi discussed Libya with President Donald Trump at the White House on April 9, days after the offensive began.

Read also: Inside the battle for Gharyan
Read also: Who are Tripoli's militias?""")

G2 = "egypt_condemns_turkish_troops_vote_libya_2020_01_02"
add(G2, "2020-01-02", "Continental Press Agency", "Egypt condemns Turkish parliament vote on sending troops to Libya",
"""CAIRO, Jan 2 (CPA) - Egypt on Thursday strongly condemned a vote by Turkey's parliament authorising the deployment of Turkish troops to Libya, warning that any military intervention would threaten the stability of the Mediterranean region.

In a statement, the Egyptian Foreign Ministry said the motion violated Security Council resolutions on Libya, in particular resolution 1970 of 2011, which imposed an arms embargo, and called on the international community to respond urgently.

Turkish lawmakers approved the one-year mandate by 325 votes to 184 earlier in the day, at the request of Fayez al-Sarraj's Government of National Accord in Tripoli, which has been fighting off an offensive by Khalifa Haftar's forces since April.

Egypt, which backs Haftar, has been angered by a maritime demarcation accord and a security pact signed between Ankara and the GNA in November.

(CPA)""")

add(G2, "2020-01-03", "Hilal News Agency", "Egypt's reaction to Turkish motion on Libya 'hypocritical', says AK Party official",
"""ANKARA

Egypt's condemnation of the Turkish parliament's approval of a troop deployment to Libya has been met with criticism in Ankara, where officials described Cairo's statement as an attempt to cover up its own support for the "putschist" Khalifa Haftar.

The Egyptian Foreign Ministry on Thursday released a statement claiming that the motion, approved by the Grand National Assembly of Türkiye with 325 votes in favour and 184 against, was a violation of UN Security Council resolutions and would threaten Mediterranean stability.

A senior official from the ruling Justice and Development (AK) Party, speaking to Hilal News Agency on condition of anonymity, said it was "hypocritical" for a country that has supplied weapons and fighter jets to illegitimate forces to speak of international law. "Türkiye is responding to an official invitation from the legitimate government recognized by the United Nations," the official said.

The motion gives the Turkish government a one-year mandate to send troops to Libya, with the scope, size and timing to be determined by President Recep Tayyip Erdoğan. Vice President Fuat Oktay said before the vote that the mandate would serve as a deterrent, and that Türkiye did not intend to send troops unless needed.

The Government of National Accord (GNA), led by Prime Minister Fayez al-Sarraj, requested military support from Ankara in late December as militias loyal to Haftar intensified their attacks on the capital, Tripoli.

Türkiye and the GNA signed two memoranda of understanding on Nov. 27 in Istanbul, one on security and military cooperation and the other on the delimitation of maritime jurisdiction areas in the Eastern Mediterranean. Egypt, Greece and the Greek Cypriot administration have objected to the maritime deal.

Since April 2019, forces loyal to Haftar have carried out an offensive on Tripoli that has killed more than 1,000 people, according to the World Health Organization.

Turkish officials have frequently pointed out that Egypt, the United Arab Emirates and Russian mercenaries from the Wagner group are backing Haftar in violation of the UN arms embargo.""")

add(G2, "2020-01-03", "Arab Horizon Net", "Cairo: Turkish parliament step on Libya a flagrant violation of international legitimacy",
"""Cairo - Arab Horizon

The Egyptian Ministry of Foreign Affairs condemned in the strongest terms yesterday Thursday the step of the Turkish parliament approving the request of President Recep Tayyip Erdogan to send Turkish forces to Libya, considering it a flagrant violation of the decisions of the international legitimacy.

The ministry said in a statement that it received a copy of, that the Turkish step violates the Security Council resolutions on Libya, foremost of them resolution 1970 for the year 2011, which prohibited the supply of weapons and military cooperation with any party in Libya without the approval of the sanctions committee.

The statement warned of the consequences of any Turkish military intervention in Libya, and confirmed that such intervention will negatively affect the stability of the region of the Mediterranean Sea, and that Turkey will bear the full responsibility for that.

The ministry called on the international community to assume its responsibilities urgently to deal with this dangerous escalation, which the statement said will obstruct the opportunities of the political solution in Libya, including the path of the Berlin conference.

It is worth mentioning that the Turkish parliament voted yesterday by a majority of 325 deputies against 184 on the memorandum presented by the government, which allows the sending of soldiers to Libya for a period of one year, at the request of the government of Fayez al-Sarraj in Tripoli.

It is worth mentioning also that President Abdel Fattah al-Sisi had chaired a meeting of the National Security Council last week to discuss the Libyan file and the Turkish threats, and that the council decided a package of measures to confront any threat to Egyptian national security, without announcing the details.

Cookies: This site uses cookies to improve your experience. By continuing to browse you agree to our use of cookies. Accept""")

G3 = "cairo_declaration_libya_initiative_2020_06_06"
add(G3, "2020-06-06", "Meridian Wire Service", "Egypt proposes Libya ceasefire from Monday alongside Haftar and Saleh",
"""CAIRO (MWS) - Egyptian President Abdel Fattah al-Sisi on Saturday announced a Libyan initiative calling for a ceasefire starting on Monday, flanked by eastern commander Khalifa Haftar and Aguila Saleh, speaker of the eastern-based parliament, after a string of battlefield defeats for Haftar's forces.

The plan, which Sisi called the "Cairo Declaration", calls for a truce from 6 a.m. on June 8, the withdrawal of foreign mercenaries from all of Libya, the dismantling of militias and the handover of their weapons so that the Libyan National Army (LNA) and security services can carry out their duties.

It also proposes an elected presidential council representing Libya's three historic regions and a resumption of UN-led military talks in Geneva.

"There can be no stability in Libya unless peaceful means are found to the crisis," Sisi told a news conference, warning against any side seeking a military solution.

The announcement came a day after the Tripoli-based Government of National Accord (GNA), backed by Turkey, captured Tarhouna, the LNA's last major stronghold in western Libya, ending Haftar's 14-month campaign to take the capital.

There was no immediate response from the GNA, but a spokesman for its forces said their operations would continue toward Sirte.

Haftar, who had rejected several calls for a truce while his troops were advancing, said he supported the initiative.

Egypt, the United Arab Emirates and Russia have backed Haftar, while Turkey has sent drones, air defences and Syrian fighters to support the GNA.

(Reporting by MWS Cairo bureau; writing by Lina Farouk)""")

add(G3, "2020-06-07", "Emirates Frontline", "UAE welcomes Cairo Declaration, hails Sisi's 'wise' initiative for Libyan peace",
"""ABU DHABI - The United Arab Emirates on Sunday welcomed the "Cairo Declaration" announced by President Abdel Fattah El Sisi in the presence of Field Marshal Khalifa Haftar and Libyan House of Representatives Speaker Counsellor Aguila Saleh, describing it as a serious opportunity to end the bloodshed.

In a statement, the Ministry of Foreign Affairs and International Cooperation praised the "sincere and wise efforts" of Egypt, and called on all Libyan parties to respond positively to the ceasefire scheduled to take effect at 6 a.m. on Monday.

The initiative announced in Cairo on Saturday is built on the outcomes of the Berlin conference held in January and includes:
- a comprehensive ceasefire starting Monday, June 8;
- the exit of foreign mercenaries from all Libyan territory and the dismantling of militias;
- the handover of militia weapons so that the Libyan National Army can shoulder its military and security responsibilities;
- the election of a presidential council by the people of each of the three regions, Cyrenaica, Tripolitania and Fezzan, under UN supervision;
- the fair distribution of Libya's wealth among all Libyans.

Several Arab capitals, including Riyadh, Amman, Manama and Kuwait, also issued statements of support, as did the Arab League, whose Secretary-General Ahmed Aboul Gheit said the declaration offered "a realistic path".

Analysts in the Gulf said the initiative is a test of the intentions of the Government of Fayez Al Sarraj and its Turkish backer. "Those who reject a ceasefire now are announcing that they prefer the language of mercenaries," said a Dubai-based commentator on regional security.

The Libyan National Army had announced a redeployment of its units from the outskirts of Tripoli at the start of June, which it said was a humanitarian gesture to spare the capital more destruction.

Exit mobile version""")

add(G3, "2020-06-07", "Tripoli Observer", "GNA: 'We did not start this war' - Tripoli brushes aside Cairo initiative",
"""TRIPOLI - The Government of National Accord has dismissed the initiative announced on Saturday in Cairo by Egyptian President Abdel Fattah Sisi, with officials saying the time for initiatives put forward by the war criminal Haftar's backers has passed.

"We did not start this war, but we will decide where and when it ends," said Mohammed Gununu, spokesman of the Burkan Al-Ghadab (Volcano of Rage) operation, adding that the forces will continue their advance to "liberate" Sirte and the Jufra air base.

Members of the High Council of State also rejected the initiative, saying that the political process already has a framework in the Skhirat agreement and the Berlin outcomes, and describing the Cairo meeting, which Haftar and Aguila Saleh attended, as an attempt to rescue a defeated commander after his project collapsed.

The announcement in Cairo came only a day after GNA forces entered Tarhuna, ending more than a year of war on the capital. Forces found mass graves and bodies in the hospital of the city, the GNA said, and called for international investigation.

Earlier in the week, Libyan army forces retook Tripoli International Airport and the towns of Qasr bin Ghashir, Espiaa and Al-Sawani, after al-Watiya air base was liberated on May 18.

Sources in the Presidency Council told Tripoli Observer that the government has only one reference for ceasefire talks, the UN 5+5 joint military committee, and that it will not accept conditions dictated from Cairo.

[ad_1]

Most read:
Volcano of Rage forces reach outskirts of Sirte
Bashagha: Tarhuna graves will not go unpunished
Health ministry records 14 new cases""")

add(G3, "2020-06-08", "Vostok Info", "Moscow backs Egypt's Cairo Declaration on Libya, urges Tripoli to respond",
"""MOSCOW, June 8 - Russia regards the initiative on a Libyan settlement announced by Egyptian President Abdel Fattah el-Sisi as a comprehensive proposal that should serve as a basis for negotiations, the Russian Foreign Ministry said on Monday.

The ministry said Moscow hoped that the authorities in Tripoli would respond quickly and constructively to the proposals put forward in Cairo.

The so-called Cairo Declaration was announced on Saturday by el-Sisi in the presence of Khalifa Haftar, commander of the Libyan National Army, and Aguila Saleh, speaker of the House of Representatives based in the east of the country. It provides for a ceasefire from 06:00 on June 8, the departure of foreign mercenaries, the disarmament of militias and the election of a new presidential council under UN supervision.

Later on Monday, el-Sisi briefed Russian President Vladimir Putin by telephone on his talks with Saleh and Haftar, the Kremlin press service said. Putin gave a positive assessment of Cairo's diplomatic efforts, and the two leaders spoke in favour of a real ceasefire and the earliest resumption of negotiations under UN auspices.

The Government of National Accord in Tripoli, backed by Turkey, has not accepted the initiative. Its forces, which recently pushed the Libyan National Army back from the outskirts of the capital, said they would continue operations towards Sirte.

Libya has been in conflict since the overthrow of Muammar Gaddafi in 2011. In January, the leaders of countries involved in the conflict met in Berlin and agreed to respect the arms embargo.""")
