# Article source data, part 1 (events 1-5). Written by hand, invented outlets.
MWS_BOILER = ("Libya has been in turmoil since a NATO-backed uprising toppled Muammar Gaddafi in 2011. "
              "Since 2014 the oil-rich country has been split between rival administrations in the west and east, "
              "each backed by armed factions and by foreign powers.")

ARTICLES = []
def add(group, published, outlet, title, text):
    ARTICLES.append(dict(group=group, published=published, outlet=outlet, title=title, text=text.strip()))

# ---------------- E1: ceasefire statements, 21 Aug 2020 ----------------
G1 = "sarraj_saleh_ceasefire_statements_2020_08_21"
add(G1, "2020-08-21", "Meridian Wire Service",
"Libya's rival authorities call for ceasefire in separate statements",
f"""TRIPOLI (MWS) - Libya's two rival administrations on Friday announced a halt to hostilities in separate, apparently coordinated statements, raising cautious hopes of an end to more than a year of fighting over the capital and the central coast.

Fayez al-Sarraj, who heads the Tripoli-based Government of National Accord (GNA), said he had instructed all military forces under his command to cease fire immediately and to stop all combat operations across the country.

Sarraj said an effective ceasefire required the cities of Sirte and Jufra to be turned into demilitarised zones, with police forces from both sides agreeing security arrangements there. He also called for presidential and parliamentary elections to be held in March next year "on a suitable constitutional basis agreed by Libyans".

Aguila Saleh, the speaker of the eastern-based House of Representatives, issued his own statement calling on all parties to observe an immediate ceasefire. He proposed that Sirte serve as a temporary seat for a new Presidential Council, protected by security forces drawn from all regions.

Both statements called for the resumption of oil production and exports, which have been almost entirely blocked since January by groups loyal to eastern commander Khalifa Haftar. Sarraj said revenues should be held in an account of the Libyan Foreign Bank and not touched until a political settlement is reached.

There was no immediate comment from Haftar's self-styled Libyan National Army (LNA), which has dug in around Sirte since its 14-month offensive on Tripoli collapsed in June.

The United Nations mission in Libya welcomed what it called the points of agreement between the two statements and urged both sides to move quickly to implement them. Egypt, which has said any attack on Sirte or Jufra would cross a "red line", also welcomed the announcements.

Turkey, the GNA's main military backer, helped Tripoli's forces push the LNA back from the edges of the capital earlier this year. Haftar has been supported by the United Arab Emirates, Egypt and Russia.

{MWS_BOILER}

(Reporting by Leila Haddad; Editing by Tom Brandt)""")

add(G1, "2020-08-21", "Tripoli Herald Online",
"Al-Sarraj orders ceasefire across Libya, calls for elections in March",
"""Home » Politics

Al-Sarraj orders ceasefire across Libya, calls for elections in March

By Staff Reporter | 21 August 2020

The Head of the Presidential Council and Supreme Commander of the Libyan Army, Fayez al-Serraj, issued instructions on Friday to all military forces to observe an immediate ceasefire and halt all combat operations on all Libyan territory.

In a statement published by the Presidential Council's media office, al-Serraj said the decision stemmed from the government's "political and national responsibility" and its duty to protect the lives of Libyans and spare the country further destruction.

The statement stressed that a real ceasefire requires Sirte and Al-Jufra to become demilitarised areas, with the police of both sides agreeing on security arrangements inside them. Sirte has been held since January by Haftar's forces, and the Jufra airbase hosts, according to the Libyan army and the US Africa Command, Russian-made warplanes and Wagner mercenaries.

Al-Serraj also called for presidential and parliamentary elections next March, based on a constitutional framework agreed among Libyans, and for oil to flow again after the closure imposed by Haftar's allies since January. The revenues would be kept in a special account at the Libyan Foreign Bank until an agreement is reached on their fair distribution, the statement said.

The announcement came seven months after tribal groups loyal to the aggressor shut down the fields and terminals on the eve of the Berlin conference, costing the country billions of dollars in lost income.

In Tobruk, the Speaker of the House of Representatives, Aguila Saleh, issued a parallel statement calling for a ceasefire and proposing that Sirte host a new presidential council. Observers in Tripoli noted that the statement was issued in Saleh's name, not in the name of Haftar, whose aggression on the capital since April 4, 2019 left thousands dead and wounded and displaced hundreds of thousands of residents of the southern suburbs.

The Libyan army under the GNA, backed by its Turkish allies, liberated the western region in May and June, including Al-Watiya airbase and Tarhuna.

Share this:
Facebook  Twitter  WhatsApp

Related Articles
- Army command: forces on alert west of Sirte
- Power cuts hit Tripoli neighbourhoods for 20 hours""")

add(G1, "2020-08-23", "Cairo Sentinel",
"Egypt hails Aguila Saleh's ceasefire initiative as army warns of militia build-up near Sirte",
"""Cairo Sentinel - Arab Affairs desk

President Abdel Fattah al-Sisi has welcomed the ceasefire statements issued on Friday by the Speaker of the Libyan House of Representatives, Counsellor Aguila Saleh, and by the head of the Tripoli-based Presidential Council, describing them as an important step on the road to a political settlement that meets the aspirations of the Libyan people.

In a post on his official pages shortly after the two statements were issued on Friday, the Egyptian president said the announcements would help preserve Libya's resources and strengthen security and stability.

Egypt's position, Cairo has repeatedly stressed, rests on the "Cairo Declaration" announced on June 6 alongside Saleh and Field Marshal Khalifa Haftar, which called for a ceasefire, the exit of foreign mercenaries and the dismantling of militias. In June President Sisi warned that the Sirte-Jufra line was a red line for Egyptian national security, and in July the House of Representatives in Cairo authorised the deployment of Egyptian troops beyond the country's borders if needed.

Saleh's statement called for an immediate halt to fighting, for Sirte to become the temporary seat of a new Presidential Council, and for the resumption of oil production under guarantees that revenues are fairly distributed.

However, the Libyan National Army (LNA) struck a note of caution. In a press conference in Benghazi on Sunday, the army's spokesman, Major General Ahmed al-Mesmari, described the initiative signed by al-Sarraj as "media marketing", saying the army had monitored over the previous 24 hours the movement of militias and Turkish-backed mercenaries towards the Sirte front, as well as Turkish frigates heading towards the city.

Al-Mesmari said the armed forces were in full combat readiness to repel any attack on Sirte or Al-Jufra, and accused the Turkish occupation of planning the next round of fighting, noting that the Turkish defence minister had held talks in Tripoli.

Tripoli did not comment on the spokesman's accusations. Officials of the Government of National Accord have insisted the ceasefire order is binding on all their units.

Libya has been divided since 2014. The Turkish intervention, which began after the security and maritime memorandums signed between Ankara and al-Sarraj in November 2019, brought thousands of Syrian mercenaries into the western region, according to the LNA and the Syrian Observatory for Human Rights.

Read more:
Egypt, Greece sign maritime demarcation deal
Libyan tribes authorise Egyptian army to intervene

[ad_2]""")

# ---------------- E2: Bouznika, 10 Sep 2020 ----------------
G2 = "bouznika_talks_sovereign_posts_agreement_2020_09_10"
add(G2, "2020-09-10", "Maghreb Official Wire",
"Libyan Dialogue in Bouznika: Delegations of High Council of State and House of Representatives Reach Comprehensive Agreement on Criteria for Sovereign Posts",
"""Bouznika - The delegations of the Libyan High Council of State and the House of Representatives announced on Thursday, at the close of their meetings in Bouznika, that they had reached a comprehensive agreement on the criteria and mechanisms for filling the country's sovereign positions.

The announcement was made in a final joint communique read out in the presence of the Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Nasser Bourita.

The two delegations, five members each, began their meetings on Sunday in the coastal town south of Rabat. They agreed to continue the dialogue and to meet again in the last week of September to complete the steps needed to implement the agreement.

The joint communique stated that the meetings were held in application of Article 15 of the Libyan Political Agreement signed in Skhirat in December 2015, which tasks the two chambers with agreeing on the holders of the top posts in the state's sovereign institutions, including the Central Bank of Libya, the Audit Bureau and the High National Elections Commission.

The two sides described the atmosphere of the meetings as fraternal and constructive, and thanked the Kingdom of Morocco for hosting the dialogue. They called on the United Nations and the international community to support the efforts of the Kingdom to create the conditions for a comprehensive political solution.

Speaking before the reading of the communique, Mr. Bourita congratulated the delegations, stressing that the outcome demonstrated that Libyans are able to find solutions to their problems by themselves, without tutelage or interference, and that the unification of sovereign institutions is an essential condition for any lasting solution.

The minister recalled the Kingdom's constant position that the solution to the Libyan crisis can only be political and must come from the Libyans themselves.

The Bouznika meetings come amid renewed international momentum following the ceasefire statements issued on 21 August by the President of the Presidential Council and the Speaker of the House of Representatives.

-- MOW --""")

add(G2, "2020-09-11", "Arab Daily Digest",
"The conclusion of Bouznika dialogue.. agreement between Libyan parliament and State Council on standards of sovereign positions",
"""The Libyan dialogue sessions hosted by the Kingdom of Morocco in the city of Bouznika concluded yesterday evening, Thursday, with the announcement of an agreement between the delegations of the House of Representatives and the Supreme Council of State on the standards and mechanisms of selecting occupants of the sovereign positions.

The final statement, read by a member of the House of Representatives delegation in the presence of the Moroccan Foreign Minister Nasser Bourita, said the two parties reached "comprehensive agreement" and they decided to resume the meetings in the last week of this month to complete the procedures.

The sovereign positions include the governor of the Central Bank, the head of the Audit Bureau, the head of the Administrative Control Authority, the head of the Anti-Corruption Commission, the head and members of the Electoral Commission, the head of the Supreme Court and the Attorney General.

Bourita said, in a press conference, that the Libyans proved they are capable to resolve their problems without guardianship, and he congratulated the two delegations.

Read also: The United States welcomes the progress of the Libyan talks in Morocco

In the same context, the consultative meeting which organized by the United Nations mission in the Swiss city of Montreux concluded the day before yesterday, Wednesday, with participants recommending a transitional phase that ends with holding elections within 18 months, and the restructuring of the Presidential Council. The mission said that the participants agreed on the importance of the relocation of the executive authority temporarily to Sirte.

It is worth mentioning that the Speaker of the House Aguila Saleh and the head of the Presidential Council Fayez al-Sarraj had announced on 21 last August, in two separate statements, a ceasefire and calls for elections, a step welcomed by the United Nations and Arab countries.

It is worth mentioning also that the Tripoli capital witnessed since end of August protests against corruption and deterioration of living conditions and electricity cuts.

Read also: Protests in Benghazi.. demonstrators burn tires in front of government building

Tags: Libya, Morocco, Bouznika, dialogue""")

# ---------------- E3: Sarraj resignation announcement, 16 Sep 2020 ----------------
G3 = "sarraj_announces_resignation_2020_09_16"
add(G3, "2020-09-17", "The Atlantic Ledger",
"Libya's Sarraj says he will step down by end of October, opening door to new leadership",
"""The head of Libya's internationally recognised government, Fayez al-Sarraj, said on Wednesday evening that he intends to hand over power by the end of October, a surprise announcement that could reshape the United Nations' efforts to reunify the divided country but also risks opening a power struggle in the capital.

In a televised address from Tripoli, Mr Sarraj said he sincerely wished to transfer his duties to a new executive authority "no later than the end of October", provided that the committee overseeing the UN-backed dialogue had by then completed its work and chosen a new presidential council and prime minister.

Mr Sarraj, a soft-spoken architect from a prominent Tripoli family, has led the Presidential Council of the Government of National Accord since it arrived in the capital by boat in March 2016, the product of the UN-brokered Skhirat agreement signed in Morocco in December 2015. He was never able to win the endorsement of the eastern-based parliament and, for most of his tenure, depended on the militias that control Tripoli's neighbourhoods.

His government survived largely because of Turkey. When Khalifa Haftar, the eastern commander, launched his offensive on Tripoli in April 2019, the GNA struggled for months, until Ankara signed security and maritime agreements with Mr Sarraj in November 2019 and sent drones, air defence systems, military advisers and Syrian fighters. By June this year Haftar's forces had been pushed back to Sirte, in the centre of the country.

The announcement comes after a turbulent month. On August 21, Mr Sarraj and the eastern parliament's speaker, Aguila Saleh, declared a ceasefire in separate statements. Two days later, hundreds of young people took to the streets of Tripoli to protest against corruption, power cuts lasting most of the day, water shortages and the collapse of public services. Armed men fired into the air to disperse them. Mr Sarraj later suspended his powerful interior minister, Fathi Bashagha, who had criticised the handling of the protests, before reinstating him after a hearing in early September.

The unrest was not confined to the west. Protesters in Benghazi and other eastern cities burned tyres and blocked roads over similar grievances, and on Sunday the eastern administration of Abdullah al-Thinni, which is not internationally recognised, submitted its resignation to Mr Saleh.

Diplomats said the timing of Mr Sarraj's announcement was linked to the revival of talks. Delegations from the two rival legislatures met last week in Bouznika, Morocco, and agreed on criteria for appointing the heads of state institutions such as the central bank. At the same time, Libyan figures meeting in Montreux, Switzerland, under UN auspices recommended elections within 18 months and a restructured presidential council. The UN mission has been preparing a broader political forum, expected to convene in Geneva or elsewhere in the coming weeks.

But his departure poses awkward questions. Rivalries within the Tripoli camp - between figures from Misrata, including Mr Bashagha, and the militias of the capital - have been held in check partly by Mr Sarraj's presence. And in the east, Haftar has not said whether he would accept any new executive.

Turkey's reaction will be watched closely. Ankara's military presence in Libya rests on agreements signed with Mr Sarraj, and Turkish officials have said those agreements bind the Libyan state rather than any individual.

Mr Sarraj did not say what he would do if the dialogue failed to produce a successor by the end of October.""")

add(G3, "2020-09-17", "Haberlink 24",
"Libya Başkanlık Konseyi Başkanı Serrac, Ekim sonunda görevini devredeceğini açıkladı",
"""Libya Başkanlık Konseyi Başkanı Serrac, Ekim sonunda görevini devredeceğini açıkladı

17 Eylül 2020 - 09:42

Libya Ulusal Mutabakat Hükümeti (UMH) Başkanlık Konseyi Başkanı Fayez es-Serrac, Ekim ayı sonunda görevini yeni yürütme otoritesine devretmek istediğini announced.

Serrac, dün evening televizyondan halka yaptığı konuşmada, "Dialogue committee work completes and new Presidential Council and prime minister is chosen, I sincerely wish to hand my duty to the next executive authority in Ekim end at latest" said.

Serrac, Libya's problems the division of institutions, and the darbeci Hafter's attack to Trablus in Nisan 2019 caused destruction, he said. He stated the legitimate government with support of brotherly Türkiye stopped the attack and protected the capital.

Serrac, the protests in Trablus about living conditions and electricity cuts he understands, and that a part of the demands are legitimate expressed.

Libya'da geçen ay 21 Ağustos'ta, Serrac ve Tobruk'taki Temsilciler Meclisi Başkanı Akile Salih ayrı ayrı açıklamalarla ateşkes ilan etmiş, seçimlerin Mart 2021'de yapılması çağrısında bulunmuştu.

Ayrıca Fas'ın Buznika kentinde Temsilciler Meclisi ve Devlet Yüksek Konseyi heyetleri geçen hafta bir araya gelerek egemenlik pozisyonlarına ilişkin kriterlerde uzlaşmıştı. BM ise İsviçre'de Libyalı taraflarla görüşmeler yapmıştı.

Doğu Libya'da ise, Hafter'e bağlı sözde geçici hükümet Başbakanı Abdullah es-Sini, protestolar sonrası geçen Pazar istifasını Meclis Başkanı Salih'e sunmuştu.

Türkiye ile UMH arasında Kasım 2019'da güvenlik ve askeri işbirliği ile deniz yetki alanlarına ilişkin mutabakat muhtıraları imzalanmıştı. Türkiye'nin desteğiyle UMH güçleri Haziran ayında Trablus'un güneyini ve Terhune'yi Hafter milislerinden geri almıştı.

Etiketler: Libya, Serrac, Trablus, UMH, Hafter, istifa

Önceki Haber: Dolar güne yükselişle başladı
Sonraki Haber: Doğu Akdeniz'de yeni NAVTEX

Exit mobile version""")

add(G3, "2020-09-16", "RusWorld Today",
"Libyan GNA head al-Sarraj announces readiness to hand over power by end of October",
"""MOSCOW, September 16 (RWT) - The head of the Presidential Council of Libya's Tripoli-based Government of National Accord (GNA), Fayez al-Sarraj, said on Wednesday he was ready to hand over his powers to a new executive authority by the end of October.

"I declare my sincere desire to transfer my powers to the next executive authority no later than the end of October," al-Sarraj said in a televised address, adding that this would depend on the dialogue committee completing its work and forming a new presidential council and government.

The statement came days after the eastern-based interim government, headed by Abdullah al-Thinni and allied with the parliament in Tobruk, submitted its resignation amid protests over living conditions in Benghazi and other cities. Tripoli has also seen weeks of street protests over electricity and water shortages and corruption.

Earlier in September, delegations of the House of Representatives and the High Council of State held talks in Morocco, while the UN mission conducted consultations with Libyan politicians in Switzerland.

Moscow has repeatedly said it maintains contacts with all Libyan parties and supports a political settlement based on the decisions of the Berlin conference held in January. The Russian Foreign Ministry has called on both sides to abide by the ceasefire announced on August 21.

Libya has been torn by conflict since the overthrow and killing of Muammar Gaddafi in 2011.""")

# ---------------- E4: Geneva 5+5 ceasefire, 23 Oct 2020 ----------------
G4 = "geneva_jmc_permanent_ceasefire_2020_10_23"
add(G4, "2020-10-23", "Meridian Wire Service",
"Libya's warring sides sign permanent ceasefire deal in Geneva",
f"""GENEVA (MWS) - Military delegations from Libya's two warring camps signed a permanent ceasefire agreement in Geneva on Friday, a deal the United Nations hailed as a historic step towards ending years of conflict in the North African country.

The agreement was signed at the UN offices in Geneva by the five-member delegations of the Tripoli-based Government of National Accord (GNA) and of eastern commander Khalifa Haftar's Libyan National Army (LNA), who make up the so-called 5+5 Joint Military Commission.

Stephanie Williams, the UN's acting envoy for Libya, who chaired the talks, said the road to the deal had been long and difficult and that the two delegations had put the interest of their country first, and she called on the international community to support the deal.

Under the agreement, which takes effect immediately, all military units and armed groups are to return to their bases, and all mercenaries and foreign fighters are to leave Libyan land, air and sea within three months. Military training agreements with foreign states are to be suspended until a new unified government takes office, Williams said.

The two sides also agreed to open land routes linking the country's regions and to remove obstacles to the flow of oil. On Wednesday a commercial flight landed in Benghazi from Tripoli for the first time in more than a year.

Turkish President Tayyip Erdogan, whose country backs the GNA, said the agreement did not appear very credible and that time would show how long it lasts. UN Secretary-General Antonio Guterres welcomed the deal and urged all parties to respect it.

The deal builds on the ceasefire announcements made on Aug. 21 by GNA head Fayez al-Sarraj and eastern parliament speaker Aguila Saleh. A UN-led political forum is due to meet in Tunisia in November.

{MWS_BOILER}

(Reporting by Leila Haddad and Pierre Vautrin; Editing by Tom Brandt)""")

add(G4, "2020-10-24", "Anatolia Daily Courier",
"Erdoğan questions credibility of Libya ceasefire deal signed in Geneva",
"""ISTANBUL

President Recep Tayyip Erdoğan on Friday cast doubt on the permanent ceasefire agreement signed in Geneva between Libya's legitimate government and the forces of putschist Khalifa Hafter, saying the deal was "not at the highest level" of credibility.

"The ceasefire agreement was not made at the highest level, it was made at a lower level. Time will show how long it will last," Erdoğan told reporters after Friday prayers in Istanbul, adding that Turkey's wish was for a lasting ceasefire throughout Libya.

The deal was signed at the UN's European headquarters by the Joint Military Commission, made up of five officers representing the UN-recognized Government of National Accord (GNA) and five representing Hafter's illegitimate militias.

The text calls for the departure of all foreign fighters and mercenaries within 90 days and for the suspension of military training agreements until a new unified government is formed.

Turkish officials have stressed that Ankara's presence in Libya is based on a legitimate invitation by the internationally recognized government and on the memorandum of understanding on security and military cooperation signed in November 2019, and therefore cannot be equated with the Russian Wagner mercenaries, Sudanese and Chadian fighters deployed alongside Hafter.

With Turkey's support, the GNA's forces last June liberated Tripoli's southern districts, Tarhuna and Al-Watiya air base from Hafter, who had launched a bloody offensive on the capital in April 2019 that killed hundreds of civilians.

Hafter's militias are also accused of laying mines in residential areas in southern Tripoli before withdrawing, and of the mass graves discovered in Tarhuna.

Libyan Presidential Council head Fayez al-Sarraj, who declared a ceasefire on Aug. 21, said last month he wished to hand over his duties to a new executive authority by the end of October.

Foreign Minister Mevlüt Çavuşoğlu has repeatedly said Turkey supports the UN-led political process and the dialogue forum scheduled to meet in Tunisia next month.""")

add(G4, "2020-10-23", "Gulf Arena 24",
"Libyan army and Wifaq delegations sign permanent truce in Geneva, demand exit of Turkish mercenaries within 90 days",
"""Abu Dhabi - Gulf Arena 24

The delegations of the Libyan National Army and the Wifaq (GNA) government signed on Friday in Geneva a permanent and comprehensive ceasefire agreement, under the auspices of the United Nations, in the fourth round of meetings of the 5+5 Joint Military Committee.

The agreement stipulates the withdrawal of all military units and armed groups from the front lines to their camps, and the departure of all mercenaries and foreign fighters from Libyan territory within a maximum of three months from the date of signing.

It also provides for freezing the military training agreements with foreign parties and the withdrawal of foreign training teams until the new unified government assumes its duties, a clause widely seen as targeting the Turkish presence in western Libya, where Ankara has transferred thousands of Syrian mercenaries since the end of last year.

The committee further agreed to start identifying and classifying armed groups with a view to dismantling them, and to keep meeting to monitor the implementation of the agreement.

The United Arab Emirates welcomed the signing of the agreement, affirming its support for the efforts of the United Nations mission and for a Libyan-Libyan solution that preserves the country's unity and rejects foreign interference. Egypt also welcomed the agreement, describing it as an important step towards restoring stability.

Sources close to the army's General Command said the army delegation had insisted on the exit of the Turkish forces and their mercenaries as a precondition for any lasting peace, adding that the Turkish occupation of Al-Watiya base and Misrata port remains the biggest obstacle.

The signing comes two days after the resumption of flights between Tripoli and Benghazi and the reopening of oil fields and ports, following the agreement announced last month by Field Marshal Khalifa Haftar and the GNA deputy premier Ahmed Maiteeq.

In August, the Speaker of the House of Representatives, Counsellor Aguila Saleh, called for a ceasefire and proposed Sirte as the temporary seat of a new Presidential Council.

Cookies: This website uses cookies to improve your experience. Accept

Related
- Libyan army: Syrian mercenaries still arriving at Misrata port
- UAE reiterates support for Cairo Declaration""")

add(G4, "2020-10-23", "MENA Briefing Live",
"LIVE: Libya ceasefire signed in Geneva; Sudan-Israel normalisation announced; Lebanon's Hariri back as PM-designate",
"""MENA Briefing Live - Friday 23 October 2020

Latest updates (all times GMT)

17:05 - Sudan and Israel will normalise relations, US President Donald Trump announced from the White House, making Sudan the third Arab state this year to take such a step, after the United Arab Emirates and Bahrain. Sudan's transitional authorities confirmed the agreement, saying it still needs approval from a future legislative council.

14:40 - Reaction to the Libya deal continues to arrive. Turkish President Erdogan, asked by reporters in Istanbul, said the agreement lacked credibility because it was "not at the highest level" and that time would tell whether it holds. Egypt and the United Arab Emirates welcomed it.

12:15 - More detail from Geneva: the Libya ceasefire deal requires foreign fighters and mercenaries to leave within three months, military units to pull back to their bases, and foreign military training agreements to be suspended. Acting UN envoy Stephanie Williams told reporters the parties had agreed that the deal takes effect immediately. Libya's front line has been frozen around Sirte and Jufra since the summer, after Turkey-backed government forces pushed back the Libyan National Army of Khalifa Haftar from the outskirts of Tripoli.

10:30 - BREAKING: Libya's rival military delegations have signed a "permanent ceasefire" at the UN in Geneva, after a week of talks of the Joint Military Commission (five officers from each side). Williams called it "a historic achievement". This follows the separate ceasefire calls issued by Fayez al-Sarraj and Aguila Saleh on 21 August.

09:00 - Lebanon: Saad Hariri, named prime minister-designate on Thursday, faces the task of forming a government almost a year after he resigned in the face of mass protests.

Earlier updates

Thursday: Sanctions, oil and the Libya talks - our explainer on what is on the table in Geneva.

Share this: Twitter | Facebook | LinkedIn | Email""")
