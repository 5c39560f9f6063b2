# Set 42 article texts, part 4 (events E12-E13).

# ---------------- E12 Cyprus-Egypt-Greece summit, Nicosia, Wed 21 Oct 2020 ----------------
add(E12, "2020-10-21", "Nile Gazette", "Sisi in Nicosia: Egypt, Greece and Cyprus to confront provocations and the transfer of mercenaries", """
Nicosia - Nile Gazette

President Abdel Fattah El-Sisi took part on Wednesday in the eighth tripartite summit between Egypt, Cyprus and Greece in the Cypriot capital Nicosia, with President Nicos Anastasiades and Prime Minister Kyriakos Mitsotakis, in a meeting that sent a clear message to Ankara over its destabilising policies in the eastern Mediterranean and Libya.

The spokesman for the Presidency, Ambassador Bassam Rady, said the summit reviewed the progress of cooperation among the three countries and the joint projects implemented within the trilateral mechanism, and exchanged visions on facing the challenges of the region.

In his speech, President Sisi said the three countries had decided to confront acts of provocation and violations in the region. Without naming Turkey, he pointed to the transfer of foreign fighters and mercenaries to conflict zones and the use of migration to blackmail Europe, saying such practices threaten the security of the whole Mediterranean.

The President welcomed the signing of the founding charter of the East Mediterranean Gas Forum, headquartered in Cairo, which turns the forum into a regional organisation, and stressed the importance of the maritime delimitation agreement signed between Egypt and Greece in August, which both parliaments have ratified.

On Libya, the Egyptian side reaffirmed its known position in support of a political settlement based on the Cairo Declaration and the Berlin outcomes, the exit of all foreign forces and mercenaries, and the dismantling of militias. Cairo declared in June that the Sirte-al-Jufra line constitutes a red line for Egyptian national security. The summit coincided with the resumption on Monday in Geneva of the talks of the 5+5 Joint Military Commission between the Libyan National Army and the forces of the Tripoli government, following meetings hosted by Egypt in Hurghada at the end of September.

Prime Minister Mitsotakis said Turkey was fantasising about imperial practices through aggressive actions extending from Syria to Libya and from the Aegean to the Caucasus, and described the memoranda signed by Ankara with the Serraj government as invalid.

President Sisi also held a bilateral meeting with Mitsotakis on the sidelines of the summit.

It is noteworthy that the trilateral mechanism was launched in Cairo in 2014, and its previous summit was held in the Egyptian capital in October 2019.

Related
Egypt and Greece: a strategic partnership in the Mediterranean
""")

add(E12, "2020-10-22", "Arab Horizon Net", "The tripartite summit in Nicosia condemns Turkish violations and stresses the exit of mercenaries from Libya", """
Nicosia - Arab Horizon

The leaders of Egypt, Cyprus and Greece affirmed, at the end of their tripartite summit held yesterday, Wednesday, in the Cypriot capital Nicosia, their rejection of the Turkish provocations in the eastern Mediterranean, and their support for a political solution in Libya that guarantees the exit of foreign forces and mercenaries.

The Egyptian President Abdel Fattah al-Sisi, the Cypriot President Nicos Anastasiades and the Greek Prime Minister Kyriakos Mitsotakis signed a joint declaration that dealt with cooperation in the fields of energy, defense, investment and tourism, in addition to the regional files, led by the situation in Libya, Syria and Lebanon, and the Cyprus issue.

Al-Sisi said that the three countries agreed to confront the acts of provocation and violations, in an implicit reference to Turkey, and spoke about the transfer of mercenaries to the conflict areas and the blackmail of Europe with the card of migration.

For his part, Mitsotakis considered that the Turkish leadership "fantasizes" about imperial practices, pointing to the aggressive actions of Ankara from Syria to Libya, and the signing of memoranda which he described as invalid, in reference to the memorandum of maritime delimitation signed between Ankara and the Government of Accord in Tripoli in November of last year.

The Cypriot President Anastasiades said that he had invited the new leader of the Turkish Cypriots to an informal meeting, and that creating a positive climate requires Turkey to stop its provocative actions, after Ankara returned the survey ship "Oruc Reis" to the disputed waters last week and opened part of the beach of the closed city of Varosha.

It is worth mentioning that Egypt and Greece signed last August an agreement on the partial delimitation of the maritime borders between them, which Turkey considered null, while Cairo and Athens consider the Turkish-Libyan memorandum as having no legal effect.

It is also worth mentioning that the meetings of the Libyan 5+5 Joint Military Committee resumed in Geneva the day before yesterday, Monday, under the auspices of the United Nations Mission, amid international hopes of reaching a permanent ceasefire agreement.

Read also: Al-Sisi receives a phone call from the Cypriot President

Read also: The Libyan army: we are committed to the truce and we watch the movements of the militias
""")

add(E12, "2020-10-22", "Nicosia Evening Post", "Anastasiades invites Tatar to informal meeting as trilateral summit rounds on Ankara", """
NICOSIA - President Nicos Anastasiades said on Wednesday he had invited the newly elected Turkish Cypriot leader to an informal meeting and had written to UN Secretary-General Antonio Guterres to declare his readiness to respond to any UN initiative, as he hosted the leaders of Greece and Egypt for a trilateral summit at the Presidential Palace.

Anastasiades said a necessary condition for progress was a favourable climate, which required Turkey to de-escalate its provocative actions. Ersin Tatar, backed by Ankara, won the Turkish Cypriot leadership on Sunday after a campaign in which he advocated a two-state solution. Earlier this month part of the fenced-off area of Varosha was opened to the public, a move criticised by the UN Security Council, and on October 12 Turkey sent the Oruc Reis survey ship back to waters south of Kastellorizo.

Greek Prime Minister Kyriakos Mitsotakis said the summit was an example of cooperation among three neighbouring countries sharing one compass: international law. He accused Turkey's leadership of fantasising about imperial practices through aggressive actions from Syria to Libya, from Somalia to Cyprus and from the Aegean to the Caucasus, at times by drawing arbitrary maps and at times by signing invalid memoranda. He repeated his call on EU partners to stop supplying arms to Turkey.

Egyptian President Abdel Fattah el-Sisi said the three countries would confront provocations and violations in the region, and indirectly criticised the transfer of mercenaries to conflict zones. He described Egypt as a stabilising factor in the region, a point echoed by Anastasiades, who said efforts should be made to strengthen EU-Egypt relations.

The joint declaration covered energy, including the signing of the statute that turns the Cairo-based East Mediterranean Gas Forum into a regional organisation, as well as defence, tourism, diaspora and the pandemic. It also addressed Libya, Syria and Lebanon.

The summit was the eighth since the trilateral mechanism was launched in 2014. It took place three weeks after EU leaders warned Turkey they would use all instruments at their disposal in the event of renewed provocations and agreed to revisit the issue in December.

Read more
Varosha: what the UN Security Council said
Tatar's victory and the two-state debate

We use cookies on our website. By continuing you consent to our cookie policy. Accept
""")

# ---------------- E13 Lavrov-Cavusoglu talks, Sochi, Tue 29 Dec 2020 ----------------
add(E13, "2020-12-29", "RusInform International", "Lavrov, Cavusoglu discuss Karabakh, Syria and Libya in Sochi", """
SOCHI, December 29 (RII) - Russian Foreign Minister Sergei Lavrov and his Turkish counterpart Mevlut Cavusoglu held talks in Sochi on Tuesday within the eighth meeting of the Russian-Turkish Joint Strategic Planning Group, focusing on Nagorno-Karabakh, Syria and Libya.

Lavrov said that despite the pandemic the presidents of the two countries, Vladimir Putin and Recep Tayyip Erdogan, remained in close contact, and that the ministers were also preparing for future contacts at the highest level. "We have a rich international agenda: the Syrian settlement, Libya, other parts of the Middle East region, and the Nagorno-Karabakh topic that recently came forward," he said.

The ministers discussed the implementation of the November 9 statement of the leaders of Russia, Azerbaijan and Armenia, including the work of the joint Russian-Turkish centre for monitoring the ceasefire. Cavusoglu said the joint centre would soon be fully operational.

Asked about Western sanctions, Lavrov said they had no effect on Russian-Turkish cooperation. Cavusoglu described the sanctions imposed by Washington on Turkey this month over its purchase of Russian S-400 air defence systems as illegitimate and said Turkey's relations with Russia were not an alternative to its ties with NATO or the EU.

On Libya, Lavrov stressed that all external actors must comply with the resolutions of the UN Security Council. Cavusoglu said Ankara's aim was to strengthen the ceasefire in Libya, and that Turkey was present in the country on the basis of agreements with its legitimate government.

Russia and Turkey support different sides in the Libyan conflict, but have repeatedly coordinated their positions. In January they jointly called for a ceasefire, and Moscow hosted indirect talks between the head of the Government of National Accord Fayez Sarraj and commander Khalifa Haftar. A permanent ceasefire was signed in Geneva on October 23 by the 5+5 Joint Military Commission.

Cavusoglu earlier visited Moscow in March, when Putin and Erdogan agreed on an additional protocol on the stabilisation of the situation in the Idlib de-escalation zone.

Related
Zakharova: Russia welcomes exchange of detainees between Libyan sides
""")

add(E13, "2020-12-30", "Tripoli Daily Monitor", "Cavusoglu in Sochi: Turkey is in Libya under agreements with the legitimate government", """
Tripoli - Daily Monitor

Turkish Foreign Minister Mevlut Cavusoglu said on Tuesday that Turkey's presence in Libya is based on agreements with the country's legitimate government and that no one has the right to ask it to leave, in comments made after talks in the Russian city of Sochi with Russian Foreign Minister Sergei Lavrov.

Cavusoglu said Turkey's vision was to strengthen the ceasefire in Libya. Lavrov, for his part, said external actors in the Libyan crisis must comply with UN Security Council resolutions. The two ministers also discussed Syria, Nagorno-Karabakh and bilateral relations.

The statements come a week after the Turkish Grand National Assembly extended for 18 months the mandate allowing the deployment of Turkish forces in Libya, at the request of the Government of National Accord. On Saturday, Turkish Defence Minister Hulusi Akar visited Tripoli, inspected Turkish forces and met Libyan army commanders, warning that war criminal Khalifa Hifter and his supporters would be considered a legitimate target if they attacked Turkish forces.

Akar's warning followed a speech by Hifter on Independence Day, December 24, in which he called on his fighters to take up arms again to expel what he called the Turkish occupier, in an open challenge to the ceasefire signed in Geneva on October 23.

The Geneva agreement provides for the departure of all mercenaries and foreign fighters within three months. The acting UN envoy Stephanie Williams said earlier this month that there are about 20,000 foreign forces and mercenaries in Libya, and described their presence as a shocking violation of Libyan sovereignty. Wagner mercenaries supporting Hifter remain deployed in Sirte, al-Jufra and around oil facilities, and Tripoli says they have been digging trenches and fortifications along the Sirte-Jufra line.

Officials in Tripoli stress that the training and advisory programmes with Turkey were concluded under the security and military cooperation memorandum signed in November 2019 between two sovereign states, and are not comparable with the presence of mercenaries who entered without the consent of the legitimate authorities.

In a separate development, an Egyptian security delegation visited Tripoli on Sunday for the first time in years and met officials of the Government of National Accord, in a sign of a possible opening between Cairo and Tripoli.

Read also: Joint Military Commission oversees new prisoner exchange in al-Shwayrif
""")

add(E13, "2020-12-30", "Gulf 24 Observer", "Ankara insists its forces will stay in Libya, defying Geneva deal on foreign withdrawal", """
Abu Dhabi - Gulf 24

Turkey has declared that its forces will remain in Libya, in a new challenge to the ceasefire agreement signed in Geneva in October that requires all foreign forces and mercenaries to leave the country within ninety days.

Turkish Foreign Minister Mevlut Cavusoglu said after a meeting with his Russian counterpart Sergei Lavrov in Sochi on Tuesday that Ankara is present in Libya on the basis of agreements with what he called the legitimate government, and that no one can ask it to leave.

Libyan political sources considered the statement a clear violation of the outputs of the 5+5 Joint Military Committee, which set a deadline for the exit of foreign forces that expires in late January, and of the Berlin conference, in which Turkey committed to respect the arms embargo.

The Turkish statements coincide with an escalation of Turkish military activity in western Libya. Ankara's parliament last week extended the mandate of Turkish forces in Libya for another eighteen months, and Turkish Defence Minister Hulusi Akar visited Tripoli on Saturday, where he threatened the Libyan National Army and described its commander as a legitimate target.

Field Marshal Khalifa Haftar had said in a speech on the anniversary of Libya's independence that there would be no peace in the presence of a colonialist on Libyan soil, calling for the expulsion of the Turkish occupation forces and their mercenaries by peace or by force.

The UN has estimated that there are some 20,000 foreign fighters in Libya, including thousands of Syrian mercenaries that Turkey transported to Tripoli and Misrata to fight alongside the militias of the Government of National Accord, many of them affiliated with extremist groups.

Observers note that the Turkish bases in al-Watiya and Misrata, and the training agreements signed with the Brotherhood-dominated Tripoli government, aim to entrench a long-term Turkish military presence in North Africa and to protect the maritime memorandum that Ankara signed with Fayez al-Sarraj, which Egypt, Greece and Cyprus consider null and void.

Related Articles
Libyan army spokesman: the armed forces are ready to respond to any Turkish aggression
UNSMIL welcomes prisoner swap between the two sides
""")
