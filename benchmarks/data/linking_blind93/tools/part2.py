G4="berlin_ii_conference_on_libya_2021_06_23"
G5="hor_withdraws_confidence_from_dbeibah_government_2021_09_21"
G6="saif_al_islam_gaddafi_registers_candidacy_2021_11_14"
ARTS=[
dict(group=G4,published="2021-06-23",outlet="Global Dispatch Agency",title="Berlin conference presses for exit of foreign fighters from Libya, December vote",
text="""BERLIN (GDA) - World powers meeting in Berlin on Wednesday urged the withdrawal of all foreign forces and mercenaries from Libya without delay and called for national elections to go ahead as planned on Dec. 24.

The second Berlin conference on Libya, hosted by German Foreign Minister Heiko Maas, was the first to include representatives of the Libyan government itself. Interim Prime Minister Abdul Hamid Dbeibah attended along with Foreign Minister Najla al-Mangoush.

U.S. Secretary of State Antony Blinken also took part. The final declaration stressed the need for the legal and constitutional basis for the elections to be agreed quickly.

Turkey, which has troops in western Libya under a bilateral agreement with the former Tripoli government, registered a reservation on the language about foreign forces, diplomats said.

Maas told reporters that progress since the first Berlin meeting in January 2020 had been real, but that the presence of foreign fighters remained "a threat." The U.N. estimates that around 20,000 foreign fighters and mercenaries remain in Libya."""),
dict(group=G4,published="2021-06-24",outlet="RusNews International",title="Lavrov deputy: Berlin meeting on Libya must not ignore balanced approach",
text="""MOSCOW, June 24 - RusNews International.

Russia supports the gradual and balanced withdrawal of all foreign military personnel from Libya, the Russian delegation said after the international conference on Libya held in Berlin on Wednesday.

The conference, attended by the Libyan Government of National Unity and representatives of about a dozen countries and organisations, adopted a final document calling for the holding of elections on December 24 and the departure of "all foreign forces and mercenaries."

According to a source in the Russian delegation, Moscow insists that withdrawal must be synchronised and must involve all sides, including the Turkish military and the Syrian fighters transferred to Libya by Ankara.

The source noted that Western media again made "unfounded claims" about Russian private military companies in Libya. Moscow has repeatedly stated that it has no servicemen in the country.

The first Berlin conference on Libya took place in January 2020, days after a truce announced in Moscow. Khalifa Haftar, commander of the Libyan National Army, left the Russian capital at the time without signing the ceasefire document.

Read also:
Lavrov holds talks with Libyan Foreign Minister Mangoush
Russia ready to reopen embassy in Tripoli"""),
dict(group=G4,published="2021-06-24",outlet="Maghreb Live Desk",title="Libya briefing: Berlin II declaration, coastal road, Mangoush remarks",
text="""MAGHREB LIVE DESK - Thursday round-up

08:10 - Berlin II outcome. Ministers and officials from some 15 countries and organisations ended the second Berlin conference on Libya late on Wednesday with a 58-point declaration. Headline items: all foreign forces and mercenaries to be withdrawn "without delay"; the Dec. 24 elections to go ahead; the House of Representatives to clarify the constitutional basis by July 1. Turkey added a reservation. Dbeibah's delegation sat at the table for the first time.

09:25 - Mangoush in Berlin. Foreign Minister Najla al-Mangoush told reporters on Wednesday there had been progress on mercenaries and that she hoped for a first departure "in the coming days". No names, no numbers.

10:40 - Coastal road. The Sirte-Misrata coastal road is still closed despite an announcement by Dbeibah last weekend that it had been reopened. The 5+5 joint military commission says it is working on clearing mines. Eastern LNA units have not yet confirmed.

11:15 - Background. The first Berlin conference, in January 2020, produced an arms embargo pledge that the UN panel of experts later described as "totally ineffective".

Read also: What the Berlin process has and has not achieved"""),
dict(group=G5,published="2021-09-21",outlet="Meridian Press Wire",title="Libyan parliament withdraws confidence from unity government",
text="""BENGHAZI, Libya (MPW) - Libya's eastern-based parliament voted on Tuesday to withdraw confidence from the interim unity government of Prime Minister Abdul Hamid Dbeibah, a move that deepens uncertainty three months before scheduled national elections.

House spokesman Abdullah Bliheq said 89 of the 113 lawmakers present in Tobruk voted in favour. The government would continue as a caretaker administration, he said, without saying if or when a new cabinet would be named.

The High Council of State, an advisory body based in Tripoli, rejected the vote as procedurally flawed. Dbeibah, speaking at a sports event, said his government would keep working.

The vote followed weeks of disputes over the budget and the ratification earlier this month by Speaker Aguila Saleh of a presidential election law that critics said was passed without a proper vote.

Libya has been split since 2014 between administrations in Tripoli and the east. A ceasefire signed in Geneva in October 2020 ended the fighting that followed eastern commander Khalifa Haftar's 14-month offensive on the capital."""),
dict(group=G5,published="2021-09-22",outlet="Tripoli Free Voice",title="Tobruk no-confidence vote is 'null and void', High Council of State says; Dbeibah calls for rally",
text="""Tripoli - Tripoli Free Voice

The High Council of State said on Tuesday that the decision of the House of Representatives to withdraw confidence from the Government of National Unity has no legal value, as it violates the Political Agreement, which requires consultation between the two chambers.

The House announced that 89 members out of 113 attending the session in Tobruk voted for the withdrawal. Several deputies from the west told our correspondent they were not informed that the item would be put to a vote, and some called the session "a political ambush organized by Aguila Saleh".

Prime Minister Abdulhamid Dbeibah responded in a speech hours later, saying that the government "is from the people and will stay with the people until the elections", and called on citizens to gather in Martyrs' Square on Friday to express their support for the elections.

The vote comes after the Speaker of the House issued the presidential election law on his own, a step rejected by the High Council of State, which says the law was tailored for the war criminal Haftar.

Haftar is widely expected to step aside from his military post in order to run, as the law requires of officers three months before the vote.

[ad_1]

Share this:
Facebook
Twitter"""),
dict(group=G5,published="2021-09-23",outlet="The Sunday Ledger",title="Libya's parliament turns on the government it approved six months ago",
text="""By our North Africa correspondent

Six months after almost every member of Libya's House of Representatives stood to approve the unity government of Abdul Hamid Dbeibah, 89 of them voted on Tuesday to withdraw their confidence. The session in Tobruk was closed to the press; 113 deputies attended, according to the chamber's spokesman.

In practice little changes at once. Dbeibah stays on as head of a caretaker government; his ministers remain in their offices in Tripoli; the oil money continues to flow through the central bank. But the vote is a signal that Aguila Saleh, the long-serving speaker who lost to Dbeibah's list in Geneva in February, is prepared to use every tool at his disposal ahead of the elections set for December 24.

Relations had soured over the spring and summer. Parliament repeatedly refused to pass the government's budget, arguing it was bloated. Dbeibah toured the country opening projects and distributing marriage grants, behaving, his critics said, like a candidate. Then earlier this month Saleh ratified a presidential election law that was never put to a recorded vote and that allows military officers to stand if they step down three months before polling, a clause widely read as written for Khalifa Haftar.

The High Council of State in Tripoli rejected both the law and Tuesday's vote. The United Nations, which brokered the government's creation at a forum in Geneva, said the government remained legitimate until replaced through a proper process.

The bigger question is whether the elections happen at all. With no agreed constitutional basis, rival laws and an armed east and west, few diplomats in Tripoli are now willing to bet on a December vote."""),
dict(group=G6,published="2021-11-14",outlet="Global Dispatch Agency",title="Gaddafi's son Saif al-Islam registers as Libya presidential candidate",
text="""TRIPOLI (GDA) - Saif al-Islam Gaddafi, the son of Libya's late ruler Muammar Gaddafi, submitted his papers on Sunday to run for president in elections scheduled for Dec. 24, the national election commission said.

Images released by the commission showed Saif al-Islam, with a grey beard and wearing a brown robe and turban, signing documents at its office in the southern city of Sabha.

It was his first public appearance in years. He is wanted by the International Criminal Court on charges of crimes against humanity linked to the 2011 uprising, and was sentenced to death in absentia by a Tripoli court in 2015.

Commission head Emad al-Sayeh said the registration was made in line with the law. Candidates must still be vetted.

Other expected candidates include eastern commander Khalifa Haftar and interim Prime Minister Abdul Hamid Dbeibah."""),
dict(group=G6,published="2021-11-15",outlet="Arab Horizon Net",title="Saif al-Islam Gaddafi submits his candidacy papers in Sabha... and reactions in the street",
text="""Sabha - Arab Horizon Net

Saif al-Islam Muammar Gaddafi submitted, yesterday Sunday, his candidacy file for the presidential elections at the branch of the High National Elections Commission in the city of Sabha, in the south of the country, in his first public appearance in years.

The commission published pictures of Saif al-Islam, 49 years, wearing the traditional Libyan dress, while he signs the papers and receives the voter card, in presence of his lawyer.

Celebrations by supporters of the former regime were witnessed in the cities of Bani Walid and Sirte in the evening, where they raised the green flags, while activists of the February revolution expressed their rejection and demanded the commission to exclude him.

It is worth mentioning that Saif al-Islam is wanted by the International Criminal Court, and that a court in Tripoli had sentenced him to death in absentia in 2015, before the Zintan brigade that held him announced his release in 2017 under a general amnesty law issued by the House of Representatives.

The Military Prosecutor in Tripoli issued, today Monday, a demand to the commission to stop the procedures of his candidacy, according to a document circulated by local media.

It is worth mentioning that the registration of candidates opened on the 8th of this month and will continue until the 22nd of November.

Read also: Haftar expected to submit his file in Benghazi within days"""),
dict(group=G6,published="2021-11-16",outlet="Emirates Frontline",title="Saif al-Islam's return shakes up Libya's presidential race",
text="""Abu Dhabi - Emirates Frontline

The registration of Saif al-Islam Gaddafi as a candidate for Libya's presidency, on Sunday in the southern city of Sabha, has added a new and unpredictable name to a race that already includes some of the country's heaviest political weights.

Analysts say the son of the late leader can count on a base among tribes and communities that feel marginalized since 2011, especially in the south and in cities such as Bani Walid and Sirte. His rivals, however, point to his legal situation: he is wanted by the International Criminal Court and was convicted in absentia in Tripoli in 2015.

Field Marshal Khalifa Haftar, commander of the Libyan National Army, is expected to submit his papers in Benghazi, while the Speaker of the House of Representatives, Aguila Saleh, and former interior minister Fathi Bashagha have also indicated their intention to run.

Diplomats stress that the priority is for elections to take place on December 24 as scheduled, in line with the road map agreed at the Paris conference on Friday, which threatened sanctions against anyone who obstructs the vote.

The UAE has consistently supported a political solution that ends foreign interference and the influence of extremist militias in the west of the country.

We use cookies to ensure that we give you the best experience on our website. OK"""),
]
