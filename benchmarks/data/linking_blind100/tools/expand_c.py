from expand import apply
LMP_BG = """The current standoff dates to the collapse of elections planned for Dec. 24, 2021. The eastern-based House of Representatives argued that Dbeibah's mandate had lapsed, named Bashagha prime minister on Feb. 10 and endorsed his cabinet on March 1. Dbeibah, who says he will hand power only to an elected government, has stayed in Tripoli, and Bashagha's attempts to install himself in the capital in May and again in August ended in deadly fighting."""
apply([
("p07.txt", "Bashagha has run his government from Sirte since", """The Libyan parliament had granted confidence to the Bashagha government on March 1 after naming him prime minister in February, on the grounds that the mandate of the unity government ended with the failure to hold elections on December 24, 2021. Dbeibah has refused to hand over, and has relied on armed formations in Tripoli and Misrata that benefited from government spending.

Egypt has repeatedly stressed its support for the House of Representatives as the only elected body in Libya and called for the exit of all foreign forces and mercenaries, in reference to Turkish forces and Syrian fighters brought to western Libya during the war of 2019-2020.

The clashes came days after the two sides exchanged accusations about military build-ups around the capital. Residents of several neighbourhoods, including Zawiyat al-Dahmani and the area around Tripoli University, reported heavy shelling through the night and said they were trapped in their homes for hours."""),
("p07.txt", "Bashagha, a former interior minister, was appointed by parliament in February.", """Dbeibah, who took office in early 2021 through a UN-backed process, says he will only hand power to a government that emerges from elections. The Tobruk-based parliament argues that his mandate expired when the elections planned for December 2021 were postponed.

During the fighting, the Government of National Unity said that groups loyal to Bashagha had attacked its forces and that other units had gathered outside the capital. Bashagha's government denied rejecting dialogue and blamed Dbeibah for the bloodshed.

Türkiye played a decisive role in the defense of Tripoli against the offensive launched by Khalifa Haftar's forces in April 2019, under security and military cooperation agreements signed with the then Government of National Accord in November 2019. Turkish military personnel remain in western Libya under those agreements."""),
("p08.txt", "The stalemate stems from the collapse of elections", """Bathily served as Senegal's environment minister and later as a minister of state in the 1990s and 2000s before joining the United Nations, where he was deputy head of the U.N. mission in Mali and the Secretary-General's special representative for Central Africa. Last year he led an independent strategic review of UNSMIL.

The U.N. mission's mandate runs until the end of October, and council members have been divided over its structure and the length of its renewal.

Diplomats said Bathily's first task would be to revive talks on a constitutional basis for elections, after rounds of U.N.-hosted negotiations in Cairo and Geneva this year ended without agreement on eligibility rules for presidential candidates."""),
("p08.txt", "The appointment comes one week after the bloody clashes", """And the post of the head of the UN mission remained vacant since the resignation of Jan Kubis in November of last year, before the Secretary-General assigned the American Stephanie Williams as his special adviser, and she led the talks of the constitutional track between the House of Representatives and the High Council of State in Cairo, which ended without a final agreement, before her term ended at the end of last July.

It is worth mentioning that Libya is witnessing a political division between the government of national unity headed by Abdul Hamid al-Dbeibah, which refuses to hand over power except to an elected government, and the government of national stability headed by Fathi Bashagha, which obtained the confidence of the House of Representatives last March and works from the city of Sirte."""),
("p09.txt", "The session's agenda included the Palestinian cause", """Libya has been split since March between the Dbeibah government in Tripoli, which was chosen through a UN-sponsored forum in February 2021 and says it will only hand over to an elected government, and the government of Fathi Bashagha, approved by the House of Representatives. Bashagha's forces failed to enter Tripoli last month after clashes that left 32 people dead, according to the health ministry in Tripoli.

Egypt and the UAE have maintained close ties with the authorities in eastern Libya and the Libyan National Army led by Field Marshal Khalifa Haftar, while Turkey backs the Tripoli government.

Arab League Secretary-General Ahmed Aboul Gheit told a press conference later that the league's secretariat would prepare a legal opinion on the question of Libya's representation."""),
("p09.txt", "The parallel government of Fathi Bashagha had asked the League on Monday", """Libya took over the rotating presidency from Lebanon. It is the first time in nine years that Libya chairs the council at ministerial level, after it gave up its turn during previous years of conflict.

Egypt has taken a hostile position towards the Government of National Unity since the House of Representatives named Fathi Bashagha as prime minister in February, and has described the GNU as an outgoing government whose mandate expired. Cairo hosted the constitutional talks between the House of Representatives and the High Council of State, which ended in June without a final agreement.

The GNU, for its part, has said that it will only hand over power to an elected government, and that the attempts to impose a parallel government by force, including the attack on the capital on 27 August, have failed."""),
("p10.txt", "Türkiye and Libya signed a maritime jurisdiction agreement in November 2019", """The 2019 agreement, signed with the then Government of National Accord led by Fayez al-Sarraj, was registered with the United Nations. Greece, Greek Cypriot administration and Egypt have objected to it, claiming it violates their rights, while Ankara has said that it is fully in line with international law.

Türkiye, which signed a security and military cooperation deal with Tripoli at the same time, provided support that helped the UN-recognized government repel the attack launched on the capital by putschist Khalifa Haftar's forces in April 2019.

Cavusoglu said the signing of the memorandum was part of efforts to deepen economic cooperation between the two countries in all fields, including energy, trade and construction, and that Turkish companies were ready to contribute to Libya's reconstruction.

Libya has been divided since March between the Tripoli government of Dbeibah and a rival administration of Fathi Bashagha, appointed by the Tobruk-based parliament. Türkiye has called on both sides to settle their differences through dialogue and to hold elections."""),
("p11.txt", "Dendias's visit came amid rising tension between Athens and Ankara", LMP_BG + """

The Tripoli government has defended the memorandum as a sovereign decision. Foreign Minister Najla Mangoush said last week that it served the interests of both Libya and Turkey."""),
("p11.txt", "It is worth mentioning that the House of Representatives and the government designated by it", """The visit of Dendias to Cairo comes in light of the escalation of tension between Athens and Ankara, where the Turkish side accuses Greece of militarizing islands in the Aegean Sea, while Athens accuses Turkey of threatening its sovereignty.

Egypt and Greece signed in August 2020 an agreement to delimit the maritime borders between them, in response to the memorandum of understanding signed by Turkey with the former Government of National Accord headed by Fayez al-Sarraj in November 2019.

It is worth mentioning that Egypt's relations with the government of al-Dbeibah have witnessed a clear deterioration, as the Egyptian Foreign Minister withdrew last month from the meeting of the Arab foreign ministers in Cairo in protest against the presidency of al-Manqoush of the session."""),
("p12.txt", "Mangoush has said the GNU is the government recognised", """Greece closed its embassy in Tripoli during the fighting of 2014 and reopened it in 2021, after the formation of the GNU. In December 2019 Athens expelled the ambassador of the Government of National Accord over the maritime memorandum with Turkey.

The incident comes weeks after the Greek and Egyptian foreign ministers declared in Cairo on 9 October that the GNU could not sign international agreements, and after Egypt's foreign minister walked out of an Arab League session chaired by Mangoush in September."""),
])
