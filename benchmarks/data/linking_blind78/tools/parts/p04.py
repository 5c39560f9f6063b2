# Event: second round of the 5+5 JMC in Geneva opens, 18 February 2020; GNA suspends after Tripoli port shelled
G = "jmc_geneva_second_round_gna_suspends_2020_02_18"

ARTICLES = [
dict(group=G, published="2020-02-19", outlet="Agence Euro-Mediterranee",
title="Libya's GNA suspends Geneva military talks after Tripoli port shelled",
text="""TRIPOLI, Feb 19 (AEM) - Libya's UN-recognised Government of National Accord (GNA) said it was suspending its participation in military talks in Geneva, hours after the second round opened on Tuesday, following a rocket attack on Tripoli's port that it blamed on forces loyal to Marshal Khalifa Haftar.

Thick black smoke rose over the port of the capital on Tuesday afternoon after it was hit by shells. Port officials said vessels, including a tanker carrying liquefied gas, were moved out as a precaution and that a warehouse had been damaged. The toll of the attack was not immediately clear.

Haftar's self-styled Libyan National Army (LNA) said on its Facebook page that it had destroyed a "Turkish ship loaded with weapons and ammunition" that had docked in the port that morning. The claim could not be independently verified, and Ankara did not immediately comment.

In a statement late Tuesday, the GNA said negotiations "mean nothing" without a permanent ceasefire that guarantees the return of displaced people and the security of Tripoli and other cities, and that it would respond firmly to the attack at the appropriate time.

The 5+5 Joint Military Commission - five officers from each camp - had resumed indirect talks in Geneva that morning under UN envoy Ghassan Salame, ten days after a first round ended on February 8 without agreement. Salame called the shelling of the port a serious breach of the truce but said nobody had so far renounced the political process.

On Wednesday the UN mission was trying to keep the talks alive. "Delegations are still here in Geneva," said UNSMIL spokesman Jean El Alam, adding that Salame was due to meet the head of the GNA delegation.

Speaking at the damaged port on Wednesday, Serraj said there first needed to be "a strong signal" from the international players who were trying to talk to his government.

The truce sponsored by Russia and Turkey has been in force in theory since January 12, but both sides have repeatedly accused each other of breaking it. World leaders meeting in Berlin on January 19 pledged to respect the arms embargo; Salame has since complained that weapons and fighters keep arriving for both sides.

European Union foreign ministers agreed on Monday to launch a new naval mission in the Mediterranean to enforce the arms embargo on Libya.

A political dialogue between Libyan delegates is due to open in Geneva on February 26.

Marshal Haftar launched an offensive on Tripoli in April 2019. The fighting has killed more than 1,000 people and displaced about 140,000, according to the UN.

Libya has been mired in chaos since the 2011 uprising that toppled and killed dictator Moamer Kadhafi, with rival administrations in Tripoli and the east vying for power and foreign powers backing each side.

bur-ah/jv"""),

dict(group=G, published="2020-02-19", outlet="The Nile Gazette",
title="Geneva military talks resume as LNA says it hit Turkish weapons ship in Tripoli",
text="""Share this:
Facebook
Twitter
Email

The second round of talks of the Libyan Joint Military Commission (5+5) resumed in Geneva on Tuesday under the auspices of the United Nations, amid renewed tension in Tripoli after the Libyan National Army (LNA) announced that it had targeted a Turkish ship carrying weapons and ammunition in the capital's port.

The LNA General Command said in a statement that the vessel, which had docked at the port of Tripoli on Tuesday morning, had been destroyed. An LNA officer told Arab television channels that the ship had arrived in violation of the UN arms embargo and was carrying weapons for the armed militias loyal to the Presidential Council.

UN envoy Ghassan Salame confirmed that the port had been attacked and described the truce as very fragile, but said that the political process was trying to find a way forward.

The Tripoli-based Presidential Council headed by Fayez al-Sarraj announced late on Tuesday that it was suspending its participation in the Geneva talks. The LNA delegation remained in Geneva, according to sources close to the talks.

On the same day, Field Marshal Khalifa Haftar received the US ambassador to Libya, Richard Norland, at the General Command headquarters in Rajma, where he affirmed the army's commitment to a permanent ceasefire provided that its conditions are met, according to the LNA's media office.

The port of Tripoli is the capital's main gateway for fuel, wheat and other imports. The LNA General Command has said it remains committed to the truce announced on January 12, while reserving the right to respond to what it describes as violations by the militias and the arrival of Turkish military equipment.

The LNA has repeatedly accused Ankara of violating the arms embargo and of transferring thousands of Syrian mercenaries to Tripoli since the Turkish parliament authorised the deployment of troops in early January. Turkish Foreign Minister Mevlut Cavusoglu said on Monday that Haftar "must be stopped".

The first round of the military talks, held in Geneva from February 3 to 8, ended without an agreement, although the UN mission said there was broad consensus on protecting Libya's sovereignty, stopping the flow of non-Libyan fighters and continuing the fight against terrorist groups.

Egypt hosted the first meeting of the economic track of the UN process in Cairo earlier this month. Cairo has consistently called for the dismantling of militias, the withdrawal of foreign fighters and a fair distribution of Libya's wealth, in line with the outcomes of the Berlin conference.

The political track is scheduled to open in Geneva on February 26, with members of the House of Representatives and the High Council of State.

Related
Salame: arms still flowing into Libya despite Berlin pledges
Cairo hosts economic track of Libyan talks
LNA: Turkish drones target our positions south of Tripoli

Exit mobile version"""),

dict(group=G, published="2020-02-20", outlet="Gundem Ekspres",
title="Libya: UMH delegation is returned to Geneva military negotiations after the Trablus port attack",
text="""In Libya the National Accord Government (UMH), after it suspended its participation to the second tour of the 5+5 Joint Military Commission negotiations which is made in Geneva under the auspices of the United Nations (BM) because of the attack to the port of Trablus, it was reported that the delegation has returned to the table.

The spokesman of the BM Libya Support Mission (UNSMIL) Jean el-Alam, in the statement he made today Thursday, confirmed that the negotiations were started again.

As it will be remembered, the second tour of the negotiations had started on Salı (Tuesday) day in Geneva. In the same day the militias connected to the putschist Hafter targeted with missiles the port of the capital Trablus. Images in which the intense black smoke rising from the port were shared in social media. Port officials said that the tankers loaded with fuel and gas were evacuated.

The UMH Presidential Council, in the written statement it made on Tuesday evening, with using the expressions "without the guarantees of permanent ceasefire the negotiations have no meaning", announced that it suspended its participation in Geneva. In the statement it was also said that to the attack will be answered "in the suitable time in a decisive way".

The Hafter forces on the other hand claimed that they hit a Turkish ship carrying weapon and ammunition in the port. This claim was not confirmed by independent sources. From Ankara no açıklama (statement) was made about the claim.

The BM Libya Special Representative Gassan Selame described the attack made to the port as big violation of the ceasefire. Selame on Çarşamba (Wednesday) day met with the head of the UMH delegation and showed effort for to save the negotiations.

UMH Prime Minister Fayiz es-Serrac, by visiting the port on Wednesday, had said that from international actors a "strong signal" must come.

The 5+5 commission was established with the decision taken in the Libya conference organized in Berlin on 19 Ocak (January). The first tour of the commission was made in Geneva between 3-8 Şubat (February) dates and had ended without agreement.

In the statement which UNSMIL published after the first tour, it was said that between the sides there is consensus on the importance of protecting the sovereignty and territorial integrity of Libya and on stopping the flow of the non-Libyan fighters to the country.

The ceasefire which started on 12 January with the call of Türkiye and Russia, was violated many times by the Hafter militias. Foreign Minister Mevlüt Çavuşoğlu on Monday had said that Hafter "must be stopped".

In Libya, the political dialogue negotiations are expected to start on 26 February in Geneva.

Continue to read: Çavuşoğlu: Hafter must be stopped

Yorum yapın (Make comment)
Your e-mail address will not be published."""),
]
