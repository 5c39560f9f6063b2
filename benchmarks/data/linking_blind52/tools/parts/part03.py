from bg import *

G7 = "sebha_court_reinstates_saif_gaddafi_candidacy_2021_12_02"
G8 = "libya_election_commission_proposes_postponing_vote_2021_12_22"
G9 = "house_of_representatives_names_bashagha_prime_minister_2022_02_10"

ARTICLES = []

# ---------------------------------------------------------------- E7 Sebha court
ARTICLES.append(dict(group=G7, published="2021-12-02", outlet="Meridian Press Agency",
title="Libyan court reinstates Saif al-Islam Gaddafi in presidential race",
text=f"""TRIPOLI, Dec 2 (MPA) - A court in the southern Libyan city of Sebha on Thursday reinstated Saif al-Islam Gaddafi as a candidate in the Dec. 24 presidential election, overturning a decision by the electoral commission to exclude the son of the late ruler Muammar Gaddafi.

The Sebha Court of Appeal accepted Gaddafi's challenge and ordered the High National Electoral Commission (HNEC) to include his name on the final list of candidates, his lawyer Khaled al-Zaidi said after the hearing.

"This is first of all a victory for justice, and then for the will of the people," Zaidi told reporters outside the courthouse, where dozens of Gaddafi supporters had gathered since the morning with portraits of the candidate and green flags of the former regime. Celebrations were reported in parts of Sebha after the ruling.

The commission had published a preliminary list on Nov. 24 of 73 accepted candidates out of 98 who registered, excluding 25, among them Gaddafi. It cited articles of the election law that bar people with criminal convictions, pointing to his 2015 death sentence in absentia by a Tripoli court over the 2011 crackdown on protesters.

Advertisement

Gaddafi's appeal was delayed by a week after armed men stormed the Sebha courthouse on Nov. 25, hours before it was due to be heard, and forced judges and staff to leave. The Tripoli-based unity government blamed "outlaws" and ordered an investigation. Gaddafi's lawyer said the gunmen had prevented him from entering.

Sebha is under the control of forces aligned with eastern commander Khalifa Haftar, who is himself a presidential candidate and whose camp competes with Gaddafi for the support of former regime loyalists and southern tribes. Haftar's Libyan National Army said its units had been deployed to protect the court. The UN mission condemned the attack and warned that anyone obstructing the electoral process could face sanctions.

The ruling puts Gaddafi back in a field that also includes Haftar, interim Prime Minister Abdulhamid Dbeibah and parliament speaker Aguila Saleh. Challenges against several leading candidates, including Dbeibah, who had pledged not to run when he took office, have been lodged in courts around the country.

Saif al-Islam, 49, is wanted by the International Criminal Court on charges of crimes against humanity. He registered his candidacy in Sebha on Nov. 14, his first public appearance in years.

{MPA_ROOTS}

{MPA_PROCESS}

With three weeks to go, the commission has yet to publish a final list of candidates, and campaigning has barely begun. The UN envoy, Jan Kubis, resigned last month, and diplomats say the country's rival factions remain far apart on the rules of the vote.

Many Libyans and foreign diplomats expect the election to be delayed. The HNEC has said it is technically ready but depends on the courts and on parliament to settle the legal disputes.
"""))

ARTICLES.append(dict(group=G7, published="2021-12-02", outlet="RusNews International",
title="Sebha court annuls decision to bar Gaddafi's son from Libyan presidential race",
text="""CAIRO, December 2 (RNI) - The court of appeal in the Libyan city of Sebha on Thursday annulled the decision of the High National Electoral Commission to exclude Saif al-Islam Gaddafi, son of the late Libyan leader Muammar Gaddafi, from the presidential election, a representative of his campaign told RNI.

According to the campaign, the court's decision means that Gaddafi may return to the race and must be included in the final list of candidates.

On November 24, the commission rejected 25 of 98 applicants, including Saif al-Islam Gaddafi, citing his criminal conviction. Consideration of his appeal had been delayed after unknown armed men blocked access to the court in Sebha last week.

The presidential election in Libya is scheduled for December 24.
"""))

# ---------------------------------------------------------------- E8 postponement
ARTICLES.append(dict(group=G8, published="2021-12-22", outlet="Continental Wire Service",
title="Libya election body proposes one-month delay after vote declared 'impossible'",
text=f"""Tripoli (CWS) - Libya's electoral commission on Wednesday proposed postponing the country's first-ever presidential election by a month to January 24, after a parliamentary committee declared it "impossible" to hold the vote on Friday as planned.

The High National Electoral Commission (HNEC) said in a statement on Facebook that, after liaising with parliament, it suggested the first round be held on January 24, 2022, and that parliament should take measures to remove the obstacles to the process.

Hours earlier, the head of the parliamentary committee tasked with following the polls, Al-Hadi al-Sagheir, wrote to parliament speaker Aguila Saleh that after reviewing "technical, judicial and security reports" it was impossible to hold the election on December 24 as set by the electoral law. He did not propose a new date.

The announcements confirmed what had been widely expected for days. The HNEC on Tuesday dissolved its polling station committees and never published the final list of candidates it had been due to release weeks ago.

The election, set under a UN-backed roadmap a year ago, was meant to close a decade of chaos and turn the page on rival administrations. But it was dogged by disputes over its legal basis, the timetable and the eligibility of several of the nearly 100 would-be candidates.

Among the most controversial were Seif al-Islam Kadhafi, son of the late dictator, who was reinstated by a court in Sebha this month after the commission excluded him; eastern military chief Khalifa Haftar, accused by his foes of war crimes; and interim Prime Minister Abdulhamid Dbeibah, who ran despite promising not to when he was appointed.

Some 2.5 million of the 2.8 million Libyans registered to vote had collected their voting cards, according to the commission.

US ambassador and special envoy Richard Norland urged Libyan leaders to "urgently address all legal and political obstacles to holding elections, including finalising candidate lists".

"The United States shares the concern and disappointment of the vast majority of Libyans who are waiting to have the opportunity to vote for the future of their country," he said in a statement.

The UN mission voiced concern about the mobilisation of armed groups in Tripoli this week. Fighters and armoured vehicles deployed in parts of the capital on Tuesday, in a reminder of how fragile the security situation remains.

{CWS_ROOTS}

{CWS_WAR}

Parliament, based in the east, has argued that Dbeibah's mandate ends on December 24, which could open a new fight over who governs the country. The UN's new special adviser on Libya, Stephanie Williams, has been meeting political figures in Tripoli and elsewhere since arriving this month.

Dozens of lawmakers had called on Libyans to demonstrate against the failure to hold the vote on time.
"""))

ARTICLES.append(dict(group=G8, published="2021-12-23", outlet="The Chronicle Review",
title="Libya's election collapses two days before polling day, and a year of diplomacy with it",
text=f"""By Helen Marchetti, North Africa Correspondent

Libya's first presidential election was supposed to take place on Friday, the 70th anniversary of the country's independence. It will not. On Wednesday the parliamentary committee charged with overseeing the vote told the speaker of parliament that holding it was "impossible", and within hours the electoral commission proposed pushing it back by a month, to January 24. Few in Tripoli believe that date either.

The collapse had been visible for weeks. The High National Electoral Commission never published its final list of candidates. On Tuesday it quietly dissolved the committees that were to run polling stations. There was no campaign to speak of, no televised debate and no agreement on what would happen if the loser refused to accept the result.

For the diplomats who spent the year promising that the vote would go ahead, the failure is a heavy blow. Two international conferences, in Berlin in June and in Paris in November, insisted that December 24 was sacred. The Paris declaration threatened UN sanctions against anyone who obstructed the vote. Nobody has been sanctioned, and the vote has been obstructed anyway, less by a single spoiler than by the design of the process itself.

{CHR_CONTEXT}

The plan for 2021 was to end that era with a single interim government, led by Abdulhamid Dbeibah, followed by elections that would give Libya leaders with a popular mandate. The first half worked. Dbeibah's government was sworn in in Tobruk in March, and for most of the year the ceasefire held. The second half never found its footing.

The legal basis for the vote was drafted not by consensus but by Aguila Saleh, the speaker of the eastern-based parliament, who issued a presidential election law in September that rivals in Tripoli say was never properly voted on. The High Council of State in Tripoli rejected it. The law allowed senior officials to run if they stepped aside three months in advance, a clause widely read as tailored to Khalifa Haftar, who duly handed over his command and registered in Benghazi in November.

Then came the candidates. Nearly 100 people registered, and the three who dominated the field were each unacceptable to a large part of the country. Saif al-Islam Gaddafi, wanted by the International Criminal Court, was excluded by the commission, then reinstated by a court in Sebha on December 2 after armed men had blocked the courthouse for days. Haftar is regarded in western Libya as the man who besieged Tripoli. Dbeibah had signed a pledge not to run when he was appointed, and ran anyway, angering the eastern camp that had accepted him as a caretaker.

The courts, rather than settling these disputes, multiplied them. Rulings came from different courts in different regions, sometimes within days of each other, and the commission said it could not finalise the list while appeals were pending.

Outside powers, meanwhile, hedged. Turkey, which keeps troops and military trainers in western Libya, is close to Dbeibah and wary of any outcome that could put its 2019 maritime and security agreements in question. Russia, whose Wagner contractors remain alongside Haftar's forces, has called for the process to include figures from the former regime and has kept lines open to the Gaddafi camp. Egypt and the United Arab Emirates have backed the eastern parliament and Haftar. None of them pushed hard for a vote whose outcome they could not predict.

The United States, for its part, did push. Its ambassador, Richard Norland, said on Wednesday that Washington shared "the concern and disappointment of the vast majority of Libyans" and urged leaders to remove the legal and political obstacles, including finalising the candidate lists. The United Nations, whose envoy Jan Kubis resigned in November, sent back Stephanie Williams, the American diplomat who brokered the 2020 ceasefire, as a special adviser this month.

What now? Parliament must set a new date within 30 days under the electoral law, and Saleh's allies have already argued that Dbeibah's mandate expires on Friday. That argument, if pressed, could return Libya to the situation of 2014 to 2020: two governments, each with its own armed backers and foreign friends.

There were signs this week of the manoeuvring to come. On Tuesday two of Misrata's most prominent politicians, the former interior minister Fathi Bashagha and Ahmed Maiteeg, former deputy head of the Presidential Council, flew to Benghazi and met Haftar, a former enemy, in a meeting that stunned many in the west. In Tripoli, armed groups moved vehicles into the streets after a dispute over the command of the capital's military region.

Some 2.5 million Libyans collected voting cards this autumn, a turnout of interest that surprised even the commission. Many of them had queued for hours. They will now watch their politicians argue over a new roadmap, as they have done, in one form or another, for a decade.
"""))

ARTICLES.append(dict(group=G8, published="2021-12-22", outlet="MENA Live",
title="MENA Live, Wednesday: Libya vote 'impossible' on Friday; commission proposes January 24",
text="""MENA Live - Wednesday 22 December 2021

11:05 GMT - Libya: The parliamentary committee overseeing the elections says it is "impossible" to hold the presidential vote on December 24 as planned, in a letter to speaker Aguila Saleh. No new date given.

13:20 GMT - Libya: The High National Electoral Commission now proposes postponing the first round by one month, to January 24, 2022, "after liaising with parliament".

14:00 GMT - Libya: The commission had already dissolved its polling committees on Tuesday. The final list of candidates was never published.

15:45 GMT - Libya: US envoy Richard Norland says Washington shares the "disappointment" of Libyans and urges leaders to remove obstacles to the vote quickly.
"""))

# ---------------------------------------------------------------- E9 Bashagha named
ARTICLES.append(dict(group=G9, published="2022-02-10", outlet="Meridian Press Agency",
title="Libyan parliament names Bashagha prime minister hours after attack on Dbeibah's car",
text=f"""TRIPOLI, Feb 10 (MPA) - Libya's eastern-based parliament named former interior minister Fathi Bashagha as prime minister on Thursday, setting up a direct challenge to the Tripoli government of Abdulhamid Dbeibah, whose car came under gunfire hours earlier.

Parliament spokesman Abdullah Bliheg said the House of Representatives had approved Bashagha "unanimously" at a session in the eastern city of Tobruk. Speaker Aguila Saleh told the chamber that the only other candidate, Khaled al-Bibass, had withdrawn.

Lawmakers also approved an amendment to Libya's interim constitutional declaration that sets out a new roadmap, under which a constitution would be revised and elections held within about 14 months.

Dbeibah, who was installed a year ago through a UN-backed process, has said he will not hand over power except to an elected government. "I will accept no new transitional phase or parallel authority," he said in a televised speech on Tuesday.

Early on Thursday, shots were fired at Dbeibah's car as he was returning home in Tripoli, a source close to the prime minister said. Dbeibah was unhurt and the attackers fled. The attorney general has opened an investigation. Images circulated on social media showed what appeared to be bullet holes in the windscreen.

The United Nations said it continued to recognise Dbeibah. Asked whether that was the case, UN spokesman Stephane Dujarric said: "The short answer is yes." He added that the world body had seen reports of the appointment of another prime minister and that its position remained unchanged.

Khalifa Haftar's Libyan National Army, which controls the east and much of the south, welcomed the vote.

{MPA_ROOTS}

{MPA_WAR}

{MPA_PROCESS}

That election collapsed in December amid disputes over the legal basis for the vote and over the eligibility of leading candidates, among them Dbeibah himself, Haftar and Saif al-Islam Gaddafi, son of the former ruler. Parliament argued that Dbeibah's mandate ended with the failure of the vote, while Dbeibah said it ran until elections were held.

Bashagha, 59, is a former air force officer and businessman from Misrata who served as interior minister in the Government of National Accord from 2018 until March 2021. He played a central role in Tripoli's defence against Haftar's offensive and has close ties to Turkey, but has since sought to reconcile with the eastern camp, flying to Benghazi to meet Haftar in December.

In February last year he ran on a joint list with Saleh in the UN-run vote for an interim government, but lost to Dbeibah's list.

Analysts say the move risks splitting Libya again between two governments, as it was from 2014 until last year. It is unclear whether Bashagha can take office in Tripoli, where armed groups are divided in their loyalties, some of them close to Dbeibah and others to Bashagha.

Stephanie Williams, the UN secretary-general's special adviser on Libya, has urged Libya's institutions to focus on holding elections as soon as possible rather than on another interim government.
"""))

ARTICLES.append(dict(group=G9, published="2022-02-11", outlet="Nile Gazette",
title="House of Representatives unanimously picks Fathi Bashagha to lead new Libyan government; Egypt welcomes step",
text="""Cairo - Nile Gazette

The Libyan House of Representatives on Thursday unanimously granted its confidence to former interior minister Fathi Bashagha to head a new government, in a session held in Tobruk under the chairmanship of Speaker Counsellor Aguila Saleh.

House spokesman Abdullah Bliheg announced the result, saying that Bashagha, who was the only remaining candidate after Khaled al-Bibass withdrew, had been chosen by all members present.

In the same session the House approved the 12th amendment to the constitutional declaration, which lays down a path for reviewing the draft constitution and holding presidential and parliamentary elections.

The Egyptian Foreign Ministry said in a statement on Thursday that Egypt was closely following developments in Libya and stressed that the settlement of the Libyan crisis is in the hands of the Libyan people alone, without foreign interference.

Foreign Ministry spokesman Ahmed Hafez said the House of Representatives is the only elected legislative body in Libya, entrusted with enacting laws and granting legitimacy to the executive authority and overseeing it.

He expressed Egypt's confidence in the ability of the new Libyan government to work on the exit of all mercenaries and foreign forces from the country, to preserve Libya's unity and sovereignty and to pave the way for holding elections.

The spokesman added that Egypt would continue its contacts with all Libyan parties in order to bring their views closer and support national reconciliation and the unification of Libyan institutions.

The General Command of the Libyan National Army also welcomed the House's decision, describing it as a step towards ending the state of division and preparing for elections.

The session came after the mandate of the Government of National Unity headed by Abdel Hamid Dbeibah, which was formed in March 2021 with the task of leading the country to elections on December 24, was considered by the House to have expired with the failure to hold the elections on that date. The House had also withdrawn confidence from the Dbeibah government in September.

Dbeibah has rejected the move and said he will only hand power to an elected government, while militias loyal to him have been deployed in parts of Tripoli.

On Thursday morning, Libyan media reported that Dbeibah's car had been shot at in Tripoli, and that he was unharmed. The circumstances of the incident remain unclear, and some Libyan observers questioned the timing of the reports, which came hours before the House session.

Bashagha, who was born in Misrata in 1962, served as interior minister in the Government of National Accord. In recent months he opened channels with the eastern camp and met Field Marshal Khalifa Haftar in Benghazi in December, in a step welcomed in Cairo as a sign of a new national consensus.

Egypt has hosted numerous meetings between Libyan parties since the 2020 ceasefire and supports the role of the House of Representatives and the Libyan National Army in preserving the unity of the Libyan state and fighting terrorism.

Read more
    Aguila Saleh: the government of Dbeibah has no legitimacy
    Sisi receives Libyan Speaker Aguila Saleh
"""))

ARTICLES.append(dict(group=G9, published="2022-02-11", outlet="Haber Gündem Online",
title="Libya'da Temsilciler Meclisi Fethi Başağa'yı başbakan olarak seçti: parallel government concern",
text="""Haber Gündem Online | Dünya | 11 Şubat 2022

Libya'nın doğusundaki Tobruk kentinde toplanan Temsilciler Meclisi (TM), yesterday former İçişleri Bakanı Fethi Başağa'yı (Fathi Bashagha) new Başbakan as elected. Meclis Sözcüsü Abdullah Buleyhik, Başağa was elected with oybirliği (unanimity) by the members who attended the session.

Meclis Başkanı Akile Salih, in the session announced that other aday Halid el-Bibas withdrew his candidacy. In the same oturum, the Meclis also approved the anayasa değişikliği (constitutional amendment) which makes new yol haritası (roadmap) for elections.

Başağa, who is from Misrata city, was İçişleri Bakanı in Ulusal Mutabakat Hükümeti (UMH) between 2018 and 2021, and during the attacks of putschist Hafter on Trablus in 2019 and 2020 he was one of the leading names of the resistance. Başağa is known with his close relations to Türkiye, but in last months he made contact with the Hafter side and he visited Bingazi in December.

DİBEYBE: SEÇİLMİŞ HÜKÜMETE TESLİM EDERİM

Ulusal Birlik Hükümeti (UBH) Başbakanı Abdulhamid Dibeybe before the session said that he will not accept new geçiş dönemi (transition period) or paralel yönetim, and he will give the power only to a government which comes from elections. Dibeybe was elected in Cenevre in February 2021 by Libya Siyasi Diyalog Forumu which is under BM (UN) sponsorship.

Also yesterday early hours, Dibeybe's vehicle was fired on in Trablus when he was going to his home. Dibeybe was not injured, and the Başsavcılık (attorney general) started investigation, according to Libyan media.

BM Genel Sekreteri Sözcüsü Stephane Dujarric, when asked if BM still recognises Dibeybe as Başbakan, said "kısaca evet" (in short, yes).

Ankara'dan conversation with both side is expected, but until now there is no official açıklama from Dışişleri Bakanlığı about the Meclis decision.

Hafter's militias side, the so-called Libya Ulusal Ordusu, welcomed the decision of the Meclis.

Libya'da, the elections which were planned on 24 December 2021 could not be held because of disagreements on the election laws and candidates. The Meclis said that the mandate of the Dibeybe government finished with the date of 24 December.

Türkiye has an agreement on güvenlik ve askeri işbirliği with Libya since November 2019 and Turkish military personnel gives training to Libyan army in the west of country. Türkiye also signed deniz yetki alanları memorandum with Libya in the same date.

Analysts say that the decision may bring back the situation of two governments in the country as it was between 2014 and 2021.

Dibeybe in April 2021 made a visit to Ankara with a large delegation of bakanlar (ministers), and the Yüksek Düzeyli Stratejik İşbirliği Konseyi meeting was held with Cumhurbaşkanı Recep Tayyip Erdoğan. Türkiye's TBMM in December 2020 extended the tezkere (mandate) for Turkish troops in Libya for 18 months.

Başağa also, in his time as İçişleri Bakanı, made several visits to Ankara and was known as one of the politicians closest to Türkiye in western Libya. For this reason his new alliance with Hafter and Akile Salih is followed with attention in Ankara, according to diplomatic kaynaklar.

Etiketler: Libya, Başağa, Dibeybe, Trablus, Tobruk

Bu web sitesi çerezleri kullanır. Daha Fazla Oku  Kabul Et

İlgili Haberler
    Libya'da seçimler ertelendi: yeni tarih belirsiz
    Dibeybe'den Ankara'ya teşekkür

Exit mobile version
"""))

ARTICLES.append(dict(group=G9, published="2022-02-10", outlet="The Tripoli Dispatch",
title="Tobruk parliament names Bashagha as PM; Dbeibah: power goes only to an elected government",
text="""By Tripoli Dispatch staff

The House of Representatives in Tobruk on Thursday named Fathi Bashagha, the former interior minister of the Government of National Accord, as prime minister of a new government, in a session that critics in Tripoli described as a bid to seize the executive without elections.

The House's spokesman, Abdullah Bliheg, said Bashagha was chosen unanimously after the other candidate, Khaled al-Bibass, withdrew. No vote count was published; the speaker declared the result by acclamation, according to footage broadcast from the chamber.

The vote came only hours after the car of Prime Minister Abdulhamid Dbeibah was fired on near his home in Tripoli in the early hours of Thursday. The prime minister was unharmed. The Government of National Unity said the incident had been referred to the attorney general.

Dbeibah has repeatedly said he will not recognise any new executive chosen by the House. In a televised address on Tuesday he said he would accept no new transitional phase or parallel authority and would hand over power only to an elected government, adding that the solution was to go to the ballot box.

Read also: Dbeibah: no new transitional phase before elections

Government supporters accuse the House and its speaker Aguila Saleh of blocking elections for years, and argue that parliament, elected in 2014, long outlived its own mandate.

Bashagha, for his part, was expected to address the public in Tripoli after landing at Mitiga airport, sources close to him said. He has not explained how he intends to take over ministries in the capital.

The United Nations said it continued to recognise Dbeibah as prime minister. "The short answer is yes," UN spokesman Stephane Dujarric told reporters in New York when asked.

In the same session, the House approved an amendment to the constitutional declaration, setting out a roadmap that would delay elections for more than a year. Critics say the amendment and the vote on Bashagha were the product of a deal between Saleh, Haftar and a number of politicians in the west.

Bashagha was a leading figure in the defence of Tripoli during Haftar's 2019-2020 war on the capital and was interior minister until March 2021. His rapprochement with the war criminal Haftar, whom he visited in Benghazi in December, has cost him support among revolutionary forces in Misrata and Tripoli.

Read also: Misrata revolutionaries reject "deal with Haftar"

The amendment approved on Thursday provides for a committee of experts to review the 2017 draft constitution, with elections to follow within 14 months at most. Supporters of the government say this means the House and its allies will remain in place until well into 2023, whatever the outcome of the vote on Bashagha.

The High National Elections Commission has said it needs several months of preparation before any new vote, and that the legal disputes that derailed the December ballot must be resolved first.

The elections of December 24 were postponed after disputes over the laws issued by the House and the candidacies of Haftar and Saif al-Islam Gaddafi, son of the former dictator. The House argued that the government's mandate ended on that date; the government says its mandate runs until elections.

Exit mobile version
"""))
