G4 = "turkish_parliament_approves_libya_troop_motion_2020_01_02"
G5 = "moscow_talks_haftar_leaves_without_signing_truce_2020_01_13"

ARTICLES = [
dict(group=G4, published="2020-01-03", outlet="Nile Gazette",
title="Turkish parliament rubber-stamps Erdogan's military adventure in Libya",
text="""Home \u00bb World \u00bb Middle East

Turkish parliament rubber-stamps Erdogan's military adventure in Libya

Friday, 03 January 2020 - 11:20 AM | By Karim Abdel-Salam

The Turkish parliament on Thursday approved a motion submitted by President Recep Tayyip Erdogan authorizing the dispatch of Turkish forces to Libya for one year, in a step that Arab and Mediterranean capitals warned would inflame the conflict and threaten regional security.

The motion passed by 325 votes to 184 in an emergency session, with the votes of Erdogan's Justice and Development Party and its ally the Nationalist Movement Party. Opposition parties rejected it, warning against turning Turkish soldiers into fuel for a war that does not concern them.

Egypt's foreign ministry condemned the vote in the strongest terms, saying it violated Security Council resolutions on Libya and warning against any Turkish military intervention and its repercussions on the stability of the Mediterranean region. Cairo stressed that such a step would undermine the efforts of the international community, including the Berlin process, to reach a comprehensive settlement.

The Arab League had earlier, at an extraordinary meeting at the level of permanent delegates on Tuesday, rejected foreign interference in Libya, including the deployment of foreign fighters.

[Photo caption: Members of the Turkish parliament vote on the Libya motion in Ankara, January 2, 2020.]

The motion gives the Turkish government the right to decide the size, timing and place of the deployment, which observers say leaves the door open for transferring mercenaries and extremist fighters from northern Syria to Tripoli. Media reports in recent days have spoken of the recruitment of Syrian fighters from factions loyal to Ankara to be sent to Libya, reports that Turkish officials have not confirmed.

The Libyan National Army, led by Field Marshal Khalifa Haftar, has been fighting since April 4 to liberate Tripoli from militias and terrorist groups. The army has accused Turkey for months of supplying the militias with armored vehicles and drones in violation of the UN arms embargo.

The vote came five weeks after Fayez al-Sarraj signed two memoranda of understanding with Erdogan in Istanbul on security cooperation and maritime boundaries, agreements that Egypt, Greece and Cyprus have rejected as illegal and lacking any legal basis.

Tunisia and Algeria, Libya's western neighbours, have also voiced their rejection of any foreign military presence in Libya. The Tunisian presidency said after Erdogan's surprise visit to Tunis on December 25 that Tunisia would not join any alliance or axis in the Libyan conflict.

Read also: Athens hosts signing of EastMed pipeline deal with Cyprus and Israel

Share this:
Facebook
Twitter
Telegram

Like this:
Like Loading...

Related
Arab League rejects foreign interference in Libya
Egypt warns Ankara against military intervention in Libya
LNA: Turkish plans will not change the facts on the ground"""),

dict(group=G4, published="2020-01-04", outlet="WorldNewsNow24",
title="Turkey MPs vote 325-184 to let Erdogan send soldiers to Libya",
text="""WorldNewsNow24 \u203a World \u203a Turkey MPs vote 325-184 to let Erdogan send soldiers to Libya

January 4, 2020 by admin

[ad_1]

ANKARA (MPA) - Turkish lawmakers on Thursday authorised the government to deploy troops to Libya, a step that sharply raises Ankara's stake in the conflict between the UN-recognised government in Tripoli and the forces of eastern commander Khalifa Hifter.

The bill, which passed 325-184, grants President Recep Tayyip Erdogan's government a one-year mandate and leaves it free to decide on the scope, amount and timing of any military mission. Parliament cut short its holiday recess for the vote.

Erdogan's AK Party and the nationalist MHP supported the bill. All the major opposition parties voted against, with some members warning that a deployment far from Turkey's borders would expose soldiers to heavy risk.

Government officials have not said how many troops might be sent. Analysts expect Turkey to start with advisers, trainers, intelligence officers and air defence systems to help protect Tripoli, where forces of Hifter's Libyan National Army (LNA) have been fighting on the southern outskirts for nine months.

Fayez al-Sarraj, head of the Government of National Accord (GNA), has welcomed Turkish support, saying his government has the right to seek help from allies to defend the capital. Hifter, who is backed by the United Arab Emirates, Egypt and Russian mercenaries, has vowed to fight any Turkish force.

In a televised speech on Friday, Hifter called on Libyans to take up arms and mobilise against what he described as a Turkish colonial invasion, saying his forces would confront any Turkish deployment.

Egypt's foreign ministry condemned the vote, and US President Donald Trump cautioned Erdogan in a phone call that foreign interference was complicating the situation in Libya, according to the White House.

In Athens, leaders of Greece, Cyprus and Israel on the same day signed a deal on the EastMed gas pipeline, which would run through waters that Turkey claims under the maritime agreement it signed with Tripoli in November.

Turkey and Libya signed a security cooperation pact and a separate maritime jurisdiction accord on November 27. The Turkish parliament ratified both in December.

Libya has been divided between rival centres of power since the 2011 uprising that toppled Moammar Kadhafi.

[ad_2]
Source link

Share this:
Click to share on Twitter (Opens in new window)
Click to share on Facebook (Opens in new window)

Like this:
Like Loading...

Related

Turkey's Erdogan says Russia, Turkey can work together on Libya
Greece, Cyprus, Israel sign deal for EastMed gas pipeline
Oil prices jump after US strike in Baghdad

Leave a Reply Cancel reply
Your email address will not be published. Required fields are marked *"""),

dict(group=G5, published="2020-01-14", outlet="Novaya Vesti International",
title="Haftar leaves Moscow without signing ceasefire document, Russia says work will continue",
text="""MOSCOW, January 14 (NVI) - The commander of the Libyan National Army (LNA), Field Marshal Khalifa Haftar, has left Moscow without signing the document on a ceasefire in Libya that was drafted during talks in the Russian capital on Monday, the Russian Foreign Ministry said on Tuesday.

Foreign Ministry spokeswoman Maria Zakharova said Haftar had asked for time until Tuesday morning to study the text, which had already been signed by Fayez al-Sarraj, the head of the Tripoli-based Government of National Accord (GNA).

The Russian Defence Ministry said Haftar viewed the document positively and would take about two days to discuss it with the leaders of the tribes and other parties supporting the LNA before making a final decision.

The talks in Moscow on Monday lasted about seven hours and were mediated by Russian Foreign Minister Sergei Lavrov and Defence Minister Sergei Shoigu together with their Turkish counterparts Mevlut Cavusoglu and Hulusi Akar. The Libyan delegations did not meet face to face. The speaker of the eastern-based House of Representatives, Aguila Saleh, and the head of the High Council of State in Tripoli, Khalid al-Mishri, were also in Moscow.

Speaking after the talks, Lavrov said there had been progress, but that the final result had not yet been achieved and that Russia would continue its efforts. He called on all Libyan parties to settle their differences at the negotiating table rather than on the battlefield.

According to Interfax, a source in the LNA delegation said that Haftar had objections to the draft because it did not set a timeframe for disbanding the armed groups that support the GNA.

The truce, proposed by Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan at their meeting in Istanbul on January 8, formally took effect at midnight on Sunday, January 12. Both sides have since accused each other of violations on the outskirts of Tripoli.

Putin and Erdogan made their joint call for a truce after attending the ceremony to launch the TurkStream gas pipeline in Istanbul. Russia has repeatedly denied reports that Russian private military contractors are fighting alongside the LNA, saying that if any Russian citizens are in Libya they do not represent the Russian state.

Ahead of the truce, the LNA announced on January 6 that it had taken control of the coastal city of Sirte. On January 4, a strike on a military academy in Tripoli killed around 30 cadets; the GNA blamed Haftar's forces, which denied responsibility.

Germany is expected to host an international conference on Libya in Berlin on Sunday, with the participation of the leaders of the key countries involved in the conflict.

Libya has been split between rival authorities since the overthrow and killing of Muammar Gaddafi in 2011. The LNA, which controls the east and much of the south of the country, launched an offensive against Tripoli in April 2019."""),

dict(group=G5, published="2020-01-14", outlet="Anatolia Daily Herald",
title="Putschist Haftar flees Moscow without signing truce; Erdogan vows to 'teach him a lesson'",
text="""ANKARA

Libya's warlord Khalifa Haftar left Moscow without signing a ceasefire agreement drafted at talks hosted by Russia and Turkey on Monday, prompting a sharp warning from President Recep Tayyip Erdogan on Tuesday.

Fayez al-Sarraj, head of Libya's internationally recognized Government of National Accord (GNA), signed the document after the indirect talks, in which Turkey's Foreign Minister Mevlut Cavusoglu and Defense Minister Hulusi Akar took part alongside their Russian counterparts Sergey Lavrov and Sergey Shoigu.

Haftar asked for additional time until Tuesday morning to consider the text, Cavusoglu told reporters late Monday, but then left the Russian capital without signing it.

Addressing his party's lawmakers in parliament in Ankara, Erdogan said the legitimate government had shown "an extremely constructive and compromising" approach in Moscow, while the "putschist" Haftar first said yes and then fled.

"If the attacks of the putschist Haftar on the legitimate government and our brothers in Libya continue, we will not refrain from teaching him the lesson he deserves," Erdogan said.

He added that Turkey had done its part and that it was now up to Russian President Vladimir Putin and his team to persuade Haftar.

Sarraj flew from Moscow to Istanbul after signing the document. Before the Moscow talks, he held meetings in Rome with Italian Prime Minister Giuseppe Conte on Jan. 11, after he had declined to meet Conte earlier in the week when Haftar was also in Rome.

Erdogan and Putin had called on January 8 in Istanbul for a ceasefire to take effect from midnight on January 12. The GNA accepted the call immediately, while Haftar's forces initially rejected it before announcing that they would abide by it.

Haftar's militias seized the coastal city of Sirte on Jan. 6 after an armed group in the city changed sides, and earlier, on Jan. 4, at least 30 cadets were killed in an air strike on a military school in Tripoli, an attack the legitimate government blamed on Haftar's forces and their foreign backers.

Erdogan said on Jan. 5 that Turkish troops had started to move to Libya gradually to support the legitimate government, with the aim of ensuring coordination and stability rather than fighting.

Turkey's parliament approved a motion on January 2 authorizing the deployment of Turkish troops to Libya, following a request for support from the legitimate government.

Erdogan is expected to attend the Berlin conference on Libya, scheduled for Sunday. Ankara has said it will continue to work for a political solution under UN auspices.

Haftar's militias, backed by the UAE, Egypt and Russian Wagner mercenaries, launched an offensive on the capital Tripoli in April last year. More than 1,000 people have been killed in the fighting.

Reporting by Ayse Demirel"""),

dict(group=G5, published="2020-01-13", outlet="Al-Wasla News",
title="Al-Sarraj signs the ceasefire agreement in Moscow and Haftar requests a deadline until tomorrow morning",
text="""Monday 13 January 2020 - 23:10

Al-Wasla - Moscow - agencies

The Russian Foreign Minister Sergei Lavrov announced today Monday that the head of the Presidential Council of the Government of Accord Fayez al-Sarraj signed the agreement of the ceasefire in Libya, while the commander of the General Command forces Marshal Khalifa Haftar requested an additional deadline to study it until tomorrow morning Tuesday.

And Lavrov said in a press conference with his Turkish counterpart Mevlut Jawish Oglu after the end of the talks, which lasted for about seven hours in the Russian capital, that "progress was achieved" and that Haftar looks "positively" to the document, but he needs to consult with the parties that support him.

For his part, Jawish Oglu said that the Turkish and Russian sides will continue their efforts so that the ceasefire becomes permanent, adding that Haftar asked for time until tomorrow morning.

And according to what was reported by Russian media, the talks took place in the building of the Russian Foreign Ministry with the participation of the two ministers of defence, the Russian Sergei Shoigu and the Turkish Khulusi Akar, and al-Sarraj and Haftar did not meet directly, but the mediators moved between the two delegations.

The head of the parliament Aguila Saleh accompanied the delegation of Haftar, while the head of the High Council of State Khalid al-Mishri accompanied al-Sarraj.

It is worth mentioning that the ceasefire entered into force at midnight between Saturday and Sunday, in response to the initiative of the Turkish President Recep Tayyip Erdogan and the Russian President Vladimir Putin announced from Istanbul last Wednesday, and the axes south of Tripoli witnessed a relative calm despite the exchange of accusations of violations.

It is worth mentioning also that the forces of the General Command announced on the sixth of January their control of the city of Sirte, while the capital witnessed on the fourth of January a bloody attack that targeted the military college in the area of al-Hadba and killed about thirty students, and the Government of Accord accused Haftar's forces of carrying it out.

And the Turkish President had announced on the fifth of January the beginning of the movement of Turkish soldiers to Libya gradually, days after the Turkish parliament approved the memorandum of sending forces, which the Parliament in the east considered an aggression and decided to cut relations with Ankara.

And this comes before the Berlin conference on Libya which Germany intends to host next Sunday with the participation of the concerned states.

Read also:
- Salameh welcomes the ceasefire and calls to consolidate it
- Residents of Tripoli return cautiously to Ain Zara after the truce

Share this news:
Facebook | Twitter | WhatsApp | Telegram"""),
]
