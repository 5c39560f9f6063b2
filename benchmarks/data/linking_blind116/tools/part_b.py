# Events: HCS votes 13th amendment (Mar 2), Haftar meets Meloni in Rome (May 4), 6+6 Bouznika deal (Jun 6)
MPA_BG = ("Libya has known little stability since the NATO-backed uprising that toppled Muammar Gaddafi in 2011. "
          "Since early 2022 two administrations have claimed power: the Government of National Unity (GNU) of Abdulhamid Dbeibah in Tripoli, "
          "and a cabinet appointed by the eastern-based House of Representatives and aligned with commander Khalifa Haftar.")
ATLAS_BG = ("Oil-rich Libya split in 2014 between rival authorities in the east and west, each backed by armed groups and foreign governments. "
            "A 2020 ceasefire largely holds, but a December 2021 election collapsed and the country remains divided.")

ARTICLES = [
dict(group="hcs_votes_13th_constitutional_amendment_2023_03_02", published="2023-03-02", outlet="Atlas Newswire",
title="Libya's High State Council votes for election amendment, but validity disputed",
text="""TRIPOLI, Libya (Atlas) — Members of Libya's High State Council voted on Thursday to approve a constitutional amendment meant to pave the way for national elections, the council's media office said, though its own rapporteur said too few members were present for the vote to count.

The emergency session in Tripoli, chaired by council head Khaled al-Mishri, endorsed the 13th amendment to the 2011 constitutional declaration, which the eastern-based House of Representatives passed last month. The council also agreed to start forming its half of a joint committee that is to draft election laws.

The council's rapporteur said in a statement that the quorum had not been met. The media office dismissed that claim and said the amendment had been adopted by a majority of members present. A session planned for Sunday had been called off for lack of a quorum.

The vote came three days after U.N. envoy Abdoulaye Bathily told the Security Council he would form a high-level panel to push Libya toward elections this year, accusing its institutions of lacking legitimacy.

""" + ATLAS_BG),

dict(group="hcs_votes_13th_constitutional_amendment_2023_03_02", published="2023-03-03", outlet="Haberler Libya Gündem",
title="Libya Devlet Yüksek Konseyi 13. anayasa değişikliği onayladı, tartışma çıktı",
text="""Libya'da Devlet Yüksek Konseyi (DYK), Temsilciler Meclisi tarafından geçen ay kabul edilen 13. anayasa değişikliğini onayladı. But the quorum was discussed.

Konsey Başkanı Halid el-Mişri başkanlığında Trablus'ta olağanüstü toplanan Konsey, Perşembe günü yapılan oturumda değişikliğin katılan üyelerin çoğunluğu ile kabul edildiğini açıklama yaptı.

Konseyin medya ofisi, the amendment was adopted and that the committee for preparing the election laws will start to be formed in the next session, dedi.

Ancak Konseyin raportörü yaptığı açıklamada, oturumda yeter sayı sağlanmadığını ve oylamanın yasal olmadığını öne sürdü. Medya ofisi bu açıklamayı reddetti.

Pazar günü yapılması planlanan oturum, yeter sayı sağlanamaması nedeniyle ertelenmişti. 54 Konsey üyesi ortak açıklama ile değişikliği reddettiklerini duyurmuştu.

13. anayasa değişikliği 34 maddeden oluşuyor. Buna göre yasama yetkisi iki meclisli "Ulusal Meclis" tarafından kullanılacak, Temsilciler Meclisi Bingazi'de, Senato ise Trablus'ta olacak. Devlet Başkanı halk tarafından doğrudan seçilecek.

BM Libya Özel Temsilcisi Abdoulaye Bathily, Pazartesi günü BM Güvenlik Konseyinde yaptığı brifingde, seçimler için yüksek düzeyli bir yönlendirme paneli kuracağını açıklamıştı. Mişri, Bathily'nin önerisini "tehlikeli" olarak nitelendirmişti.

Libya'da, Aralık 2021'de yapılması planlanan seçimler ertelenmiş ve ülkede Başbakan Abdulhamid Dbeybe liderliğindeki Ulusal Birlik Hükümeti ile Temsilciler Meclisinin atadığı Fethi Başağa hükümeti arasında yetki çekişmesi yaşanıyor.

Temsilciler Meclisi, 13. anayasa değişikliğini 7 Şubat'ta oy birliği ile kabul etmişti. Değişikliğe göre, seçim yasalarını hazırlamak için Temsilciler Meclisi ve Devlet Yüksek Konseyinden altışar üyeden oluşan "6+6" komitesi kurulacak. Komitenin kararları nihai ve bağlayıcı olacak.

Değişikliğe en büyük itiraz, çifte vatandaşlığa sahip olanların ve askerlerin cumhurbaşkanlığına aday olup olamayacağı konusunda. Bu madde, ABD vatandaşlığı de bulunan darbeci Hafter'in adaylığı nedeniyle tartışılıyor. Konsey üyelerinin bir kısmı bu konuda Mişri'yi eleştirdi.

Türkiye, Libya'da seçimlerin en kısa sürede yapılmasına destek verdiğini birçok kez vurgulamıştı.

Etiketler: Libya, Trablus, Mişri, anayasa
Bu haberi paylaş:
Facebook Twitter WhatsApp
İlgili Haberler
- Dbeybe: Seçimlerin yapılmasına hazırız
- Libya'da petrol üretimi artıyor"""),

dict(group="haftar_meets_meloni_rome_2023_05_04", published="2023-05-04", outlet="Atlas Newswire",
title="Italy's Meloni hosts Libyan commander Haftar as migrant arrivals surge",
text="""ROME (Atlas) — Italian Premier Giorgia Meloni met for about two hours on Thursday with Khalifa Haftar, the military commander who controls eastern Libya, as her government seeks help to stem a sharp rise in migrant boats reaching Italy's shores.

Haftar arrived at Palazzo Chigi, the premier's office, shortly before noon in a motorcade of armored vehicles. He had met Foreign Minister Antonio Tajani on Wednesday evening after flying into Rome for what Italian officials described as talks on stabilizing Libya and North Africa.

A statement from Meloni's office said the two discussed "the unprecedented growth of the migratory phenomenon toward Italy" among other issues of common interest. Meloni also confirmed Italy's support for the United Nations' effort to relaunch a political process that could lead to presidential and parliamentary elections in Libya by the end of 2023, the statement said.

Italian officials said the premier expressed particular concern about the war in neighboring Sudan, which erupted in mid-April and has sent thousands of people fleeing across borders. Haftar's forces control much of Libya's south and east, including the long desert frontier with Sudan, Chad and Niger.

Sea arrivals to Italy so far this year are running at several times last year's pace, according to Interior Ministry figures, and a growing share has set off from eastern Libya rather than from the west around Tripoli.

Italy's Cabinet declared a six-month state of emergency over migration in April, freeing up funds to manage reception centers that are stretched beyond capacity. Rome has also pressed Egypt, Haftar's main regional ally, to use its influence in eastern Libya; Tajani raised the issue with Egyptian officials on a recent visit to Cairo.

Meloni visited Tripoli in January, where she met the head of the rival Government of National Unity, Abdulhamid Dbeibah, and attended the signing of an $8 billion gas deal between Italy's Eni and Libya's state oil company. She did not travel to Benghazi on that trip.

Haftar, 79, launched an offensive in 2019 to seize Tripoli that was repelled the following year with Turkish military help. He has since positioned himself as an indispensable interlocutor for European governments concerned about migration and energy.

""" + ATLAS_BG + """

Haftar was also expected to meet other members of the Italian government before leaving Rome, according to Libyan media."""),

dict(group="haftar_meets_meloni_rome_2023_05_04", published="2023-05-05", outlet="Emirates Horizon 24",
title="Field Marshal Haftar holds talks with Italian PM Meloni in Rome on migration, Sudan and elections",
text="""The Commander-in-Chief of the Libyan Arab Armed Forces, Field Marshal Khalifa Haftar, held talks in Rome on Thursday with Italian Prime Minister Giorgia Meloni, as part of an official visit to Italy that the General Command said aims to strengthen cooperation between the two countries.

According to a statement by the General Command's media office, the meeting at Palazzo Chigi dealt with bilateral relations, the fight against illegal immigration and human trafficking, the security of borders in southern Libya and developments in neighbouring Sudan.

The Field Marshal also met, during his visit, the Italian ministers of foreign affairs, interior and defence, the statement said, describing the talks as "fruitful and constructive".

Italian government sources said the meeting lasted about two hours and allowed the two sides to exchange views on issues of common interest, in particular the unprecedented increase in migratory flows towards Italy. Meloni reaffirmed Rome's support for UN efforts to revive the political process leading to presidential and parliamentary elections before the end of the year.

Observers in Benghazi said the visit reflects the growing recognition by European capitals of the central role of the Libyan army in securing the country's borders and oil facilities. Italy, which had been seen as closer to the authorities in Tripoli, appears to be seeking a more balanced policy after Meloni's January visit to the capital, during which she did not meet the Field Marshal.

The Libyan army has also continued its participation in the 5+5 Joint Military Commission, which brings together officers from the east and the west and which has overseen the ceasefire in force since October 2020. The commission has been working on a plan for the departure of foreign fighters and mercenaries in coordination with neighbouring countries.

The armed forces have in recent months intensified patrols along the southern border after the outbreak of fighting in Sudan on April 15, amid fears of the infiltration of armed groups and a new wave of refugees.

The visit comes as the joint 6+6 committee of the House of Representatives and the High Council of State prepares to meet to draft election laws, in accordance with the 13th constitutional amendment. The UAE has consistently supported efforts to reach a Libyan consensus that ends the division and preserves the unity and stability of Libya.

Italian diplomats have maintained regular contacts with Benghazi in recent years, the statement noted.

Most read
1. UAE President receives phone call from Egyptian President
2. Dubai announces new tourism records
3. Sudan: humanitarian truce violated again

This site uses cookies. Learn more / Accept"""),

dict(group="haftar_meets_meloni_rome_2023_05_04", published="2023-05-05", outlet="Maghreb Morning Brief",
title="Morning Brief, May 5: Haftar at Palazzo Chigi; Tunisia migrant crackdown; Algeria gas output",
text="""MAGHREB MORNING BRIEF — Friday, May 5, 2023
Your daily round-up of North Africa news. Compiled by the desk in Tunis.

1) LIBYA — HAFTAR MEETS MELONI IN ROME
The big story overnight: eastern Libyan commander Khalifa Haftar was received by Italian Prime Minister Giorgia Meloni at Palazzo Chigi on Thursday for talks lasting roughly two hours. Rome's readout put migration at the top — specifically what it called the unprecedented growth in departures towards Italy — and said Meloni reiterated support for the UN push for Libyan elections by end-2023. Sudan came up too: Italian sources say Meloni voiced concern about the conflict there and its spillover into Libya's south.
Context: Haftar arrived in Rome on Wednesday and saw FM Antonio Tajani that evening. This is the first face-to-face between Meloni and Haftar; when she went to Tripoli on January 28 she only met the Dbeibah government. Italian officials note that a large share of boats reaching Calabria and Sicily this spring set off from Cyrenaica, the east, under Haftar's control.
Why it matters: Rome is hedging — courting both Tripoli (gas, the Eni deal) and Benghazi (migration, security). Expect Tripoli to watch closely; the GNU had no immediate comment.

2) TUNISIA — MIGRANTS
Coast guard says it intercepted dozens of boats off Sfax over the past week. Rights groups continue to criticise the treatment of sub-Saharan Africans following President Kais Saied's February remarks.

3) ALGERIA — ENERGY
Sonatrach reports higher gas exports to Italy in Q1; Rome is now Algiers' main customer in Europe.

Reading between the lines: Haftar also met Italy's defence and interior ministers, per his General Command, which framed the trip as a full official visit. Italian papers focus on Sudan: Rome fears a new refugee corridor through Libya's south-east, which Haftar's forces control. Diplomats add that the Wagner Group's presence in eastern Libya was an unspoken subtext of the meeting.

4) LIBYA — ALSO
- The 6+6 committee tasked with drafting election laws is expected to reconvene in Morocco later this month, according to members.
- NOC says production is steady around 1.2m bpd.

5) MOROCCO
Parliament debates new water-saving measures as drought continues.

That's it for today. Forward this to a colleague — and send tips to the desk.
Unsubscribe | Manage preferences"""),

dict(group="six_plus_six_committee_agrees_election_laws_bouznika_2023_06_06", published="2023-06-06", outlet="Meridian Press Agency",
title="Libyan committee agrees election laws in Morocco, vote pencilled in for end of year",
text="""BOUZNIKA, Morocco, June 6 (MPA) - A joint committee of Libya's two rival legislative bodies said on Tuesday it had agreed the laws for presidential and parliamentary elections, a step that foreign powers hope will end years of deadlock, though key disputes remain and leaders of both chambers did not sign the texts.

Moroccan Foreign Minister Nasser Bourita announced the outcome at a news conference in Bouznika, south of Rabat, where the "6+6" committee had been meeting since May 22. The committee is made up of six members each from the eastern-based House of Representatives and the Tripoli-based High Council of State.

"The Libyan brothers have shown that, when given the space, they can reach consensus," Bourita said, calling the agreement an important step.

Committee members said the texts provide for a two-chamber National Assembly and a president elected directly, and that the votes would be held in parallel. Local media quoted members as saying a parliamentary election could take place in December, with a presidential first round soon after.

According to people familiar with the texts, military officers and dual nationals would be allowed to run for president, provided they give up their posts or other citizenship if they reach a second round, a compromise that could benefit eastern commander Khalifa Haftar. The laws would also require a new unified government to oversee the vote, a point opposed by Tripoli-based Prime Minister Abdulhamid Dbeibah.

House Speaker Aguila Saleh and High Council of State head Khaled al-Mishri had travelled to Morocco for an expected signing ceremony, but no joint signature took place on Tuesday. Members of both chambers have voiced objections, and dozens of deputies and council members signed statements rejecting the committee's work.

The agreement caps a process that began in February, when the House passed a 13th amendment to Libya's interim constitution setting out a presidential system and creating the 6+6 committee. The High Council of State endorsed it in March in a vote whose quorum was disputed.

The laws must now be approved by the House of Representatives.

The U.N. mission, UNSMIL, said it took note of the outcome and that contested elements would need broad buy-in. U.N. envoy Abdoulaye Bathily told the Security Council in February he would set up a high-level panel if the chambers failed to agree.

""" + MPA_BG + """

(Reporting by MPA Rabat bureau; editing by Karen Aldous)"""),

dict(group="six_plus_six_committee_agrees_election_laws_bouznika_2023_06_06", published="2023-06-07", outlet="RusGlobe Agency",
title="Libya's 6+6 committee reaches agreement on elections — Moroccan Foreign Minister",
text="""BOUZNIKA /Morocco/, June 7. /RusGlobe/. The Libyan joint committee "6+6", composed of representatives of the House of Representatives and the High Council of State, has reached important agreements on holding presidential and parliamentary elections, Moroccan Foreign Minister Nasser Bourita told journalists on Tuesday evening.

The minister spoke to the press in the resort town of Bouznika, about 40 km southwest of Rabat, where the committee has held meetings since May 22, a RusGlobe correspondent reports.

"The meetings in Bouznika made it possible to reach important agreements regarding the presidential and parliamentary elections. We consider this an important event that augurs well for the future," the minister said. He expressed hope that the agreements would become the basis for organising elections in Libya.

At the press conference the High Council of State was represented by Omar Abulifa, and the House of Representatives by Jalal al-Shuwehdi.

As a result of the talks, the committee agreed on the law on elections to a bicameral National Assembly, consisting of the House of Representatives and the Senate, as well as on the law on the election of the head of state. According to the participants, the laws do not bar anyone from participating, preserve the role of political parties and increase the participation of women.

Parliamentary elections are tentatively scheduled for December 2023, and the presidential election for January 2024, the participants said. The texts must still be approved by the House of Representatives.

The 6+6 committee was formed in March in accordance with the 13th amendment to the Constitutional Declaration, adopted by the House of Representatives in February. UN Special Representative Abdoulaye Bathily, who on February 27 announced an initiative to create a high-level steering panel for elections, had urged the two chambers to complete their work quickly. According to the committee members, the Bouznika talks were held in consultation with the High National Elections Commission.

Currently Libya has effectively two governments: the cabinet in the east, supported by the parliament, and the Government of National Unity of Abdulhamid Dbeibah in Tripoli. Elections planned for December 24, 2021 were postponed indefinitely.

Russia has consistently advocated a settlement in Libya through an inclusive national dialogue with the participation of all political forces, including representatives of the former regime, the Russian Foreign Ministry has repeatedly stated. Moscow has reopened contacts with both Tripoli and Benghazi and plans to resume the work of its embassy in the Libyan capital."""),

dict(group="six_plus_six_committee_agrees_election_laws_bouznika_2023_06_06", published="2023-06-07", outlet="Al-Sahm Al-Arabi Net",
title="From Bouznika .. 6+6 committee announces agreement on election laws and the signing is postponed",
text="""The joint 6+6 committee of the House of Representatives and the Supreme Council of State announced, yesterday Tuesday, in the Moroccan city of Bouznika, reaching an agreement on the laws of the presidential and parliamentary elections, after two weeks of meetings which started on the twenty-second of last May.

The Moroccan Foreign Minister Nasser Bourita said in a press conference with members of the committee that the Libyans proved they are able to reach consensus if a platform is provided for them, expressing the hope that the outcomes will be the basis for holding the elections.

The spokesman of the committee said that the agreement included that the legislative authority consists of two chambers, and that the presidential and parliamentary elections be held simultaneously, in addition to progress in the number of seats, the representation of women and the electoral violations.

And media sources reported that the Speaker of the House of Representatives, Counselor Aqila Saleh, and the President of the Supreme Council of State, Khaled al-Mishri, arrived to Bouznika on Monday to sign the outputs, but the signing did not take place, without an official clarification of the reasons, while sources talked about differences on the article of the formation of a new government before the elections.

It is worth mentioning that 61 deputies and 54 members of the State Council had announced before that their rejection of the outputs of the committee, considering that they were made without consultation.

For its part, the United Nations mission in Libya said, today Wednesday, that it takes note of the outcome of the work of the committee which met in Bouznika from 22 May to 6 June, and that important elements of the laws require the support of a wide range of Libyan institutions and political and security actors, calling all parties to avoid delay tactics.

And the President of the Presidential Council, Mohamed al-Menfi, had called during the past weeks for the two councils to complete the electoral laws as soon as possible, while the head of the Government of National Unity, Abdulhamid Dbeibah, renewed his refusal of handing over power except to an elected government, in reference to the talk about forming a new unified government before the elections.

It is worth mentioning that the 6+6 committee was formed in March last by six members from each council, under the 13th constitutional amendment, in order to prepare the electoral laws, and its decisions are considered binding.

And the Kingdom of Morocco had hosted since 2020 several rounds of Libyan dialogue in Bouznika and before that the Skhirat agreement in 2015.

Share this:
Click to share on Facebook (Opens in new window)
Click to share on Twitter (Opens in new window)
Like this:
Like Loading..."""),

dict(group="six_plus_six_committee_agrees_election_laws_bouznika_2023_06_06", published="2023-06-07", outlet="Türkiye Anadolu Herald",
title="Libya's 6+6 committee announces election deal in Morocco, signing delayed",
text="""RABAT -- A joint Libyan committee tasked with preparing the country's electoral laws announced on Tuesday that it had reached agreement on the rules for presidential and legislative elections, after two weeks of talks in Morocco.

The announcement was made in the resort town of Bouznika, south of Rabat, in the presence of Moroccan Foreign Minister Nasser Bourita and members of the "6+6" committee, which comprises six members each from the House of Representatives and the High Council of State.

Committee spokesman Omar Abulifa said the agreement foresees a bicameral legislature, with a House of Representatives and a Senate, and that presidential and parliamentary elections would be held simultaneously.

House Speaker Aguila Saleh and High Council of State head Khaled al-Mishri had arrived in Bouznika on Monday to sign the agreement, according to an informed Libyan source who spoke to the Herald on condition of anonymity. However, the signing ceremony did not take place as planned, the source said, adding that the outcomes had been kept confidential so as not to jeopardize it.

UN Special Envoy Abdoulaye Bathily did not attend the meetings.

The committee had announced on May 24 that it had reached understandings on starting to finalize the laws. Shortly afterward, 54 members of the High Council of State and 61 lawmakers announced their rejection of its outcomes.

The 6+6 committee was formed in March under the 13th constitutional amendment, which was adopted by the House of Representatives in February and later endorsed by the High Council of State.

The committee's work follows a turbulent period in Libyan politics. In mid-May, the House of Representatives suspended Fathi Bashagha, the prime minister it had appointed in 2022, and referred him for investigation, entrusting his finance minister Osama Hammad with running the eastern-based government.

Türkiye has repeatedly expressed support for efforts to hold free, fair and inclusive elections in Libya as soon as possible, and for preserving the country's territorial integrity and political unity. Turkish diplomatic sources said Ankara was following the talks in Morocco closely and welcomed any step agreed by the Libyans themselves.

Libya has been torn by civil war and instability since the ouster of longtime ruler Muammar Gaddafi in 2011. The country has been run by two rival administrations since March 2022, when the House of Representatives appointed a government to replace the Tripoli-based Government of National Unity of Prime Minister Abdulhamid Dbeibah, who has refused to step down before elections."""),
]
