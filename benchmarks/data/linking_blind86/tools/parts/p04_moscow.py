G = "moscow_libya_ceasefire_talks_2020_01_13"

ARTICLES = [
dict(group=G, published="2020-01-13", outlet="RusInform",
title="Sarraj signs truce document in Moscow, Haftar asks for time until morning - Lavrov",
text="""MOSCOW, January 13 - RusInform. The head of Libya's Government of National Accord, Fayez al-Sarraj, has signed a document on the terms of the ceasefire in Libya following talks in Moscow, while the commander of the Libyan National Army, Khalifa Haftar, has asked for extra time to study it, Russian Foreign Minister Sergei Lavrov said on Monday.

"Certain progress has been achieved," Lavrov told journalists after the consultations, which lasted around seven hours and were held with the participation of the foreign and defence ministers of Russia and Turkey.

According to the minister, the draft final document was signed by Sarraj and by the chairman of Libya's High Council of State, Khaled al-Mishri. Haftar and the speaker of the House of Representatives, Aguila Saleh, regard the document positively but requested time until Tuesday morning to make a decision, Lavrov said.

"We hope that they will take a positive decision," he added.

Turkish Foreign Minister Mevlut Cavusoglu, speaking alongside Lavrov, said Ankara and Moscow would continue their efforts to make the truce permanent.

Earlier on Monday, Turkish President Recep Tayyip Erdogan, speaking at a joint press conference with Italian Prime Minister Giuseppe Conte in Ankara, said the talks in Moscow were moving in a positive direction and that he hoped a ceasefire would be signed as soon as possible.

The talks were held in an indirect format: the Libyan delegations did not meet each other, and the Russian and Turkish ministers worked separately with each side. Defence Minister Sergei Shoigu and his Turkish counterpart Hulusi Akar also took part.

According to the text of the draft seen by journalists, the parties would commit to unconditional observance of the cessation of hostilities that took effect at midnight on January 12, to agree on a line of contact between the forces, to ensure safe access for humanitarian aid, and to appoint members of a 5+5 military committee envisaged by the UN plan to monitor the ceasefire.

The Moscow meeting followed a joint initiative announced by Presidents Vladimir Putin and Recep Tayyip Erdogan after their talks in Istanbul on January 8, when they called on the Libyan sides to halt fighting.

Lavrov also said that Russia supports Germany's efforts to convene an international conference on Libya in Berlin and that the results of the Moscow contacts should help its preparation.

Moscow has repeatedly stressed that it maintains contacts with all Libyan political forces, both in Tripoli and in the east of the country.

After the overthrow and killing of Muammar Gaddafi in 2011, Libya effectively ceased to function as a single state. The parliament sits in the east and is supported by the Libyan National Army, while the Government of National Accord, formed with UN backing, operates in Tripoli. Since April 2019, Haftar's forces have been conducting an offensive on the capital.
"""),

dict(group=G, published="2020-01-14", outlet="Gündem Haber 24",
title="Darbeci Hafter ateskes metnini imzalamadan Moskova'dan ayrıldı (Putschist Hafter left Moscow without sign the ceasefire text)",
text="""[ad_1]

Libya'da meşru hükümet with Hafter forces between ceasefire talks in Moscow is ended without result. The putschist Hafter, who is requested additional time until the morning, left the Russian capital without signing the text.

Rusya Dışişleri Bakanlığı Sözcüsü Maria Zaharova made statement that Hafter left Moscow in the morning hours without signing the agreement which was signed by the Ulusal Mutabakat Hükümeti (UMH) Başkanı Fayiz es-Serrac.

Monday day in Moscow, Türkiye and Russia Foreign and Defence ministers the meetings with Libyan sides was continued about seven hours. Dışişleri Bakanı Mevlüt Çavuşoğlu and Milli Savunma Bakanı Hulusi Akar participated to the talks.

Serrac and Devlet Yüksek Konseyi Başkanı Halid el-Mişri signed the text, but Hafter and the Tobruk-based parliament speaker Akile Salih was said they will look to the document until the morning.

Çavuşoğlu: Who want war who want peace, it is seen

Dışişleri Bakanı Çavuşoğlu said that Hafter's not signing shows clearly who is wanting the war and who is wanting the peace. Çavuşoğlu said Türkiye has made what it can do for the ateşkes, and if Hafter continues in this way, the Berlin meeting will not have meaning.

Cumhurbaşkanı Erdoğan also spoke in the AK Parti group meeting in the TBMM today and said that if the putschist Hafter's attacks to the legitimate government continue, Türkiye will not hesitate to "teach lesson" to him. Erdoğan said that the UMH side showed the constructive approach in Moscow.

Rusya Dışişleri Bakanı Sergey Lavrov, who is in Sri Lanka visit, said that the final result is not reached yet but Moscow will continue the efforts in this direction.

Sources near to the Hafter said that the text not include time for disband of the armed groups, and that Hafter is refusing the role of Türkiye in the monitoring of ceasefire.

Ateşkes in Libya entered to force in 12 January midnight, on the call of Cumhurbaşkanı Erdoğan and Rusya Devlet Başkanı Vladimir Putin made in Istanbul on 8 January.

Hafter forces since 4 April 2019 is attacking to the capital Tripoli where the internationally recognized government is located. In this process, civilians including children lost their lives, thousands of people left their houses.

Türkiye and UMH signed in 27 November the memorandum of understanding on security and military cooperation and on the maritime jurisdiction areas. TBMM on 2 January approved the motion for sending troops to Libya.

Moskova görüşmeleri sonrası gözler Berlin'e çevrildi

Almanya, 19 Ocak Pazar günü Berlin'de Libya konferansı will be held, announced. Cumhurbaşkanı Erdoğan is expected to attend to the conference. Erdoğan said in the Ankara with Italy Başbakanı Giuseppe Conte common press conference on Monday that he hopes the ateşkes to be signed as soon as possible.

ETİKETLER: Libya, Hafter, Moskova, ateşkes, Çavuşoğlu

[ad_2]
"""),

dict(group=G, published="2020-01-14", outlet="Meridian Press",
title="Haftar quits Moscow without signing Libya ceasefire deal",
text="""MOSCOW (MP) - Eastern Libyan commander Khalifa Haftar left Moscow early on Tuesday without signing a ceasefire agreement already signed by his rival, the head of the Tripoli government, leaving a fragile truce in doubt days before a planned summit in Berlin.

Russian Foreign Ministry spokeswoman Maria Zakharova confirmed that Haftar had departed after asking on Monday evening for time until the morning to review the document signed by Fayez al-Serraj, head of the U.N.-recognised Government of National Accord (GNA).

The two delegations spent around seven hours in the Russian capital on Monday in talks mediated by the foreign and defence ministers of Russia and Turkey. The rivals did not meet face to face.

Foreign Minister Sergei Lavrov, speaking during a visit to Sri Lanka, said a definitive result had not yet been reached and that Moscow would continue its efforts. He said Russia, European countries and Libya's neighbours were all pushing the Libyans to agree rather than settle matters by force.

Sources in Haftar's Libyan National Army (LNA) told Arab media the draft ignored many of the LNA's demands, including a timetable for disbanding armed groups allied to Tripoli, and that Haftar rejected any role for Turkey in monitoring the truce.

Turkey, which backs the GNA and has begun sending military personnel to Tripoli, reacted sharply. President Tayyip Erdogan said Turkey would "teach a lesson" to Haftar if his forces resumed attacks on the government. Foreign Minister Mevlut Cavusoglu said Haftar's refusal showed who wanted war.

The truce, called for by Erdogan and Russian President Vladimir Putin after they met in Istanbul last week, took effect at midnight on Sunday. Both sides have accused each other of violations.

Germany said it would host an international summit on Libya in Berlin on Sunday, with the United Nations, and invited the main foreign powers involved.

Haftar's LNA had said on Saturday it would observe the truce from midnight but warned that any violation by the other side would meet a harsh response.

Haftar launched an offensive on Tripoli in April. His forces, backed by the United Arab Emirates, Egypt and Russian mercenaries, took the coastal city of Sirte last week.

The Moscow talks were the first time the two leaders had been in the same city for negotiations since a meeting in Abu Dhabi in February last year, when they agreed on the need for elections. Weeks later, Haftar ordered his forces to march on Tripoli, days before a U.N.-planned national conference was due to open.

The United Nations says the fighting around the capital has killed hundreds of civilians and forced well over 100,000 people from their homes.

Libya has been in turmoil since a NATO-backed uprising toppled Muammar Gaddafi in 2011. Since 2014 it has been split between rival governments in Tripoli and the east, with armed groups holding sway on the ground.
"""),

dict(group=G, published="2020-01-15", outlet="Gulf Horizon",
title="Why Field Marshal Haftar refused to sign in Moscow: LNA says draft 'ignored the army's demands'",
text="""Gulf Horizon | Middle East

Why Field Marshal Haftar refused to sign in Moscow: LNA says draft 'ignored the army's demands'

Abu Dhabi - Gulf Horizon staff | January 15, 2020

The Libyan National Army (LNA) has defended the decision of its commander, Field Marshal Khalifa Haftar, to leave Moscow without signing the ceasefire document prepared by Russia and Turkey, saying the text overlooked essential conditions for any lasting truce.

Field Marshal Haftar returned to Benghazi on Tuesday after Monday's indirect talks in the Russian capital. According to LNA sources quoted by Arab television channels, the draft ignored many of the army's demands, chief among them a clear timetable for disarming and dismantling the militias that control Tripoli.

The sources said the Field Marshal also rejected any Turkish involvement, whether as a mediator or in monitoring the ceasefire, noting that Ankara is itself a party to the conflict after signing military and maritime agreements with the Government of National Accord (GNA) in November and approving the deployment of troops to Libya.

The LNA wants the withdrawal of Syrian mercenaries it says Turkey has transferred to Tripoli in recent weeks, the sources added.

Fayez al-Sarraj, head of the GNA, signed the document on Monday along with Khaled al-Mishri, head of the High Council of State, a body the LNA regards as dominated by the Muslim Brotherhood. Parliament Speaker Aguila Saleh, who was also in Moscow, did not sign.

Russia said it would continue its efforts. Foreign Minister Sergei Lavrov said a final result had not yet been achieved but insisted the process would go on.

Tensions with Ankara had risen sharply since the Turkish parliament on January 2 authorised the deployment of troops to Libya. Two days later, the House of Representatives, meeting in an emergency session in Benghazi, voted to cut ties with Turkey and to cancel the memoranda signed by Sarraj's government with Ankara.

Observers in the region said the episode showed that a ceasefire cannot be imposed on the army while the militias keep their weapons and foreign fighters keep arriving. The UAE has repeatedly voiced support for a political solution that ends terrorism and militia rule.

Attention now turns to Berlin, where Germany will host an international conference on Sunday. Field Marshal Haftar's participation has not yet been confirmed.

The LNA announced on Saturday that it would observe a ceasefire on the western front from midnight, responding to the call by Presidents Vladimir Putin and Recep Tayyip Erdogan, while warning that it would respond firmly to any violation by the other side.

The army launched its operation to liberate Tripoli from militias in April 2019. Last week it took control of the city of Sirte.

Share this article
Facebook  Twitter  LinkedIn  Email

MORE FROM MIDDLE EAST
UAE stocks close higher on banking gains
Fog warning issued for morning commute
"""),
]
