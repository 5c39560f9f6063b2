G1="lpdf_elects_menfi_dbeibah_interim_executive_2021_02_05"
G2="hor_grants_confidence_dbeibah_government_2021_03_10"
G3="dbeibah_government_sworn_in_tobruk_2021_03_15"
ARTS=[
dict(group=G1,published="2021-02-05",outlet="Meridian Press Wire",title="Libya dialogue forum picks Menfi, Dbeibah to lead interim authority",
text="""GENEVA (MPW) - Delegates to a U.N.-run Libyan dialogue forum on Friday chose a four-man slate headed by former ambassador Mohamed al-Menfi and Misrata businessman Abdul Hamid Dbeibah to steer the divided country to national elections planned for December 24.

The list won 39 votes in a run-off among the 74 members of the Libyan Political Dialogue Forum, beating a rival ticket that paired parliament speaker Aguila Saleh with Tripoli's interior minister Fathi Bashagha, which took 34. One delegate did not vote.

Menfi, who comes from the east, will chair a three-member Presidential Council alongside Musa al-Koni and Abdullah al-Lafi. Dbeibah is to become prime minister and has three weeks to present a cabinet to the House of Representatives.

Acting U.N. envoy Stephanie Williams called the outcome "historic" and urged the losing candidates to respect it. Both Saleh and Bashagha issued statements accepting the result within hours.

The vote surprised many observers in Geneva, where the Saleh-Bashagha list had been considered the front-runner.

Libya has been split since 2014 between administrations in Tripoli and the east. A ceasefire signed in Geneva last October ended the fighting that followed eastern commander Khalifa Haftar's 14-month offensive on the capital, which collapsed in June."""),
dict(group=G1,published="2021-02-06",outlet="Arab Horizon Net",title="Surprise in Geneva... al-Menfi and Dbeibah at the head of the new executive authority in Libya",
text="""Geneva - Arab Horizon Net

The members of the Libyan Political Dialogue Forum elected, yesterday Friday, the list which includes Mohamed Younes al-Menfi as president of the Presidential Council and Abdul Hamid Mohammed Dbeibah as head of the government, in a session that was broadcast live from the suburbs of Geneva.

The winning list obtained 39 votes, against 34 votes for the list of the Speaker of the House of Representatives, Counsellor Aguila Saleh, and the Minister of Interior in the Government of National Accord, Fathi Bashagha, in the second round of voting.

Al-Menfi, who was born in the city of Tobruk, served as ambassador of Libya to Greece before he was expelled by Athens at the end of 2019 in protest of the maritime memorandum between the Sarraj government and Turkey. Dbeibah is a businessman from the city of Misrata who headed the Libyan Investment and Development Company in the era of the former regime.

The acting UN envoy, Stephanie Williams, described the day as a historic moment, and said that the new authority must commit to holding the elections on the 24th of December next.

For his part, Aguila Saleh congratulated the winners and said that he accepts the will of the members of the forum, and Bashagha also wrote on his account on Twitter that he wishes success for the new authority.

It is worth mentioning that the Presidential Council will include also Musa al-Koni from the south and Abdullah Hussein al-Lafi from the city of al-Zawiya, while Dbeibah has 21 days to form his government and present it to the House of Representatives to obtain confidence.

It is worth mentioning also that the Egyptian Foreign Ministry welcomed the results, while Cairo and Ankara both expressed hope that the new authority will unify the institutions.

Read also: The Libyan 5+5 military committee meets in Sirte to discuss opening the coastal road

Share this:"""),
dict(group=G1,published="2021-02-07",outlet="The Sunday Ledger",title="An outsider ticket wins Libya's unity gamble - now comes the hard part",
text="""By our North Africa correspondent

The result, when it came late on Friday afternoon in a hotel outside Geneva, drew a gasp from some of the diplomats watching online. Seventy-four Libyans hand-picked by the United Nations had been expected to back a ticket built around the eastern parliament speaker Aguila Saleh and the ambitious interior minister of the Tripoli government, Fathi Bashagha. Instead, by 39 votes to 34, they chose a list headed by Mohamed al-Menfi, a little-known former ambassador to Athens, with Abdul Hamid Dbeibah, a construction magnate from Misrata, as prime minister.

The new authority has a narrow brief and a short life. It is meant to unify a state split between rival governments since 2014, reopen the country's institutions to all regions, and take Libya to presidential and parliamentary elections on December 24. Dbeibah must first win a confidence vote in the House of Representatives, a chamber that has not met in full for years.

To understand why Friday mattered, it helps to recall how close Tripoli came to falling. In April 2019 Khalifa Haftar, whose self-styled Libyan National Army controls the east, launched an assault on the capital while the UN secretary-general was in the city. Russian mercenaries from the Wagner group later joined his lines; the United Arab Emirates supplied drones. The government of Fayez al-Sarraj survived only after Turkey, following a security and maritime deal signed in November 2019, sent drones, air defences and Syrian fighters at the start of last year. By June 2020 Haftar's forces had been pushed back to Sirte and al-Jufra.

A ceasefire agreed in Geneva in October set a 90-day deadline for foreign fighters to leave. That deadline passed last month with no sign of departure, and the UN estimates some 20,000 foreign forces and mercenaries remain.

Dbeibah is himself a controversial figure. He rose under Muammar Gaddafi as head of a state investment company, and allegations that votes were bought at a dialogue round in Tunis last November hang over the process; a UN panel is examining them. Supporters point out that his list drew members from every region, and that both losing candidates conceded within hours.

Stephanie Williams, the American diplomat who has run the UN mission on an acting basis for a year, has staked much on the forum. She said on Friday that Libyans had set aside their differences. The test will be whether Haftar, who still commands the strongest force in the east, and the militias of Tripoli, who answer to no one, do the same."""),
dict(group=G2,published="2021-03-10",outlet="Global Dispatch Agency",title="Libyan parliament approves Dbeibah unity government",
text="""SIRTE, Libya (GDA) - Libya's parliament on Wednesday approved the interim unity government of Prime Minister-designate Abdul Hamid Dbeibah, the first cabinet in years to be endorsed by lawmakers from both halves of the divided country.

Speaker Aguila Saleh announced that 132 of the 133 deputies present in the coastal city of Sirte had voted for the government after two days of debate.

"This is the day of unity," Dbeibah told lawmakers after the vote. He is expected to be sworn in next week.

The cabinet includes two deputy prime ministers and Najla al-Mangoush, a lawyer from Benghazi, who becomes the country's first female foreign minister. Dbeibah will keep the defence portfolio himself for now.

The interim government replaces the Tripoli-based Government of National Accord led by Fayez al-Sarraj and a parallel administration in the east. It is charged with preparing elections on Dec. 24.

Libya has been in turmoil since a NATO-backed uprising toppled and killed Muammar Gaddafi in 2011."""),
dict(group=G2,published="2021-03-11",outlet="Anadolu Daily Report",title="Turkey welcomes Libyan parliament's vote of confidence in unity government",
text="""ANKARA

Turkey on Thursday welcomed the approval by the Libyan House of Representatives of the Government of National Unity led by Abdulhamid Dbeibah, describing it as an important step towards lasting stability in the country.

In a written statement, the Turkish Foreign Ministry said the vote held in Sirte on Wednesday had demonstrated "the will of the Libyan people for unity and peace."

"Türkiye will continue to support the legitimate government of Libya as it has done until today," the statement said, adding that Ankara expected all parties to respect the outcome.

Out of 133 lawmakers attending the session, 132 voted in favour of the cabinet, according to Speaker Aguila Saleh.

The new government consists of 35 members, including deputy prime ministers from the east and south, and is tasked with taking the country to elections on Dec. 24.

Ankara and the UN-recognized Government of National Accord signed a memorandum on security and military cooperation and another on maritime jurisdiction in November 2019. Turkish support was instrumental in repelling the attack launched on Tripoli in April 2019 by the illegitimate forces of Khalifa Haftar.

Earlier, Turkish officials said the existing agreements between the two countries remained valid regardless of the change of government.

[ad_1]

Related news:
- Erdogan holds phone call with Libya's new Presidential Council head
- Turkish frigate visits port of Misrata"""),
dict(group=G2,published="2021-03-11",outlet="Nile Gazette Online",title="House of Representatives grants confidence to government of national unity in historic Sirte session",
text="""Cairo - Nile Gazette

The Libyan House of Representatives granted its confidence on Wednesday to the Government of National Unity headed by Abdul Hamid Dbeibah, in a session held in Sirte, the city which the Libyan National Army has protected since January of last year.

Counsellor Aguila Saleh, the Speaker of the House, announced the result, stressing that the parliament had fulfilled its national duty and offered the opportunity to the new government to unify the institutions.

Egypt welcomed the step. The Egyptian Ministry of Foreign Affairs expressed its support for the new executive authority and its hope that it will work to expel the foreign mercenaries and end foreign interference, in reference to the Turkish forces present in western Libya.

Deputies from the eastern region stressed during the session that the government must not renew any agreements signed by the previous Sarraj government, particularly the memorandum with Ankara. Some lawmakers raised concerns over the distribution of ministries, but the vote passed with near-unanimity.

The General Command of the Armed Forces had announced its full support for the session, and its units secured the roads leading to the city, which lies on the contact line agreed under the ceasefire of October 2020.

Cookie notice: This site uses cookies to improve your experience. Accept | Read more"""),
dict(group=G3,published="2021-03-15",outlet="Meridian Press Wire",title="Libya's new unity government sworn in in Tobruk",
text="""TOBRUK, Libya (MPW) - Libya's interim prime minister Abdul Hamid Dbeibah and his cabinet were sworn in on Monday before the House of Representatives in the eastern city of Tobruk, formally taking office five days after winning a confidence vote.

Dbeibah took the oath at the parliament's headquarters alongside ministers drawn from the east, west and south of the country. Members of the Presidential Council led by Mohamed al-Menfi attended.

Outgoing Tripoli premier Fayez al-Sarraj is due to hand over to the new government in the capital, Dbeibah's office said. The eastern administration that has operated from al-Bayda and Benghazi has also said it will cede its powers.

The new government's first tasks, according to Dbeibah, are to improve electricity supply, fight the coronavirus and prepare for elections on Dec. 24.

Libya has been split since 2014 between administrations in Tripoli and the east. A ceasefire signed in Geneva last October ended the fighting that followed eastern commander Khalifa Haftar's 14-month offensive on the capital, which collapsed in June."""),
dict(group=G3,published="2021-03-16",outlet="Haber Libya Gundem",title="Libya Ulusal Birlik Hükümeti took oath in Tobruk, Dbeybe promise elections",
text="""Libya'da Ulusal Birlik Hükümeti (UBH) Başbakanı Abdulhamid Dbeybe and his ministers has taken the oath yesterday in the Temsilciler Meclisi in the city of Tobruk, east of the country.

In the ceremony which was held in presence of Meclis Başkanı Akile Salih, Dbeybe said that his government will be the government of all Libyans and will work for the elections in date of 24 Aralık.

Başkanlık Konseyi Başkanı Muhammed el-Menfi also was in the ceremony. The ministers from the east and west of country took the oath one by one, according to the local media.

Dbeybe government had received güvenoyu in Sirte last week with 132 votes. It is first time since 2014 that a one government was approved by the parliament in the country.

Prime minister has said that the Turkey and Libya relations is strategic and that the agreements that signed are continue. Dbeybe is expected to visit Ankara in the next period, kaynaklar said.

Diğer haberler:
Dışişleri Bakanı Çavuşoğlu: Libya'ya destek devam edecek
Trablus'ta elektrik kesintileri sürüyor

Exit mobile version"""),
dict(group=G3,published="2021-03-16",outlet="Tripoli Free Voice",title="After oath in Tobruk, Dbeibah government prepares to receive power in Tripoli",
text="""Tripoli - Tripoli Free Voice

The Prime Minister of the Government of National Unity, Abdulhamid Dbeibah, and members of his government were sworn in on Monday before the House of Representatives in Tobruk, opening the way for the formal handover from the Government of National Accord.

Dbeibah thanked the outgoing head of the Presidential Council of the GNA, Fayez al-Serraj, for "his role in protecting the capital" and announced that the handover ceremony would take place in Tripoli on Tuesday.

The oath-taking came days after the House, meeting in Sirte, approved the cabinet by 132 votes. Observers in the capital noted that the new ministers include figures close to both the former GNA and the eastern camp, and that the defence ministry remains with Dbeibah himself.

The revolutionary forces that defended Tripoli during the aggression launched by the war criminal Haftar in April 2019 welcomed the new government but warned against any attempt to bring back "the project of military rule through the back door."

The GNU's spokesman said that the government's first sessions would address the electricity crisis and the vaccination campaign against Covid-19.

Share this:
Facebook | Twitter | WhatsApp"""),
]
