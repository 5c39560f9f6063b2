from part1 import add

G3 = "tajoura_detention_centre_airstrike_2019_07_02"
add(G3, "2019-07-03", "Mediterranean Press Agency", "Air strike on Tripoli migrant centre kills at least 44, UN says", """
TRIPOLI (MPA) - An air strike hit a detention centre for migrants in the Tajoura suburb of Libya's capital late on Tuesday, killing at least 44 people and wounding more than 130, the United Nations said on Wednesday, in the deadliest single incident since eastern forces began their assault on Tripoli three months ago.

Rescue workers pulled bodies from the rubble of a hangar where about 120 migrants, most of them from African countries, had been held, according to officials of the Tripoli-based Government of National Accord. The centre, in an industrial area east of the city, held around 600 people in total, the U.N. refugee agency said.

The GNA blamed the strike on the Libyan National Army of Khalifa Haftar, calling it a "premeditated" crime. The LNA denied targeting the centre, saying its aircraft had struck a nearby militia position and accusing Tripoli forces of shelling the site to frame it. The LNA had said this week that it would step up air raids on targets in the capital after "traditional means" of war had been exhausted.

U.N. envoy Ghassan Salame said the attack "clearly could constitute a war crime" as it killed by surprise innocent people whose dire conditions had forced them to be in that shelter. The African Union Commission chairman, Moussa Faki Mahamat, called for an independent investigation.

The U.N. Security Council met behind closed doors on Wednesday afternoon at the request of Britain but diplomats said members had not yet agreed on a statement.

Aid agencies had warned for months that migrants held in centres close to front lines were at risk, and had called for the Tajoura facility, which sits next to a militia base, to be emptied.

The fighting around Tripoli has killed more than 700 people and displaced some 100,000 since Haftar's forces advanced on the capital on April 4. The LNA suffered its biggest setback last week when it lost Gharyan, its main supply base south of the city.

Libya is the main departure point for migrants attempting the sea crossing to Italy. Those intercepted by the EU-backed Libyan coast guard are returned to detention centres that rights groups describe as overcrowded and abusive.
""")

add(G3, "2019-07-03", "RusInform Agency", "In Libya as a result of air strike on migrant centre tens of people died", """
TRIPOLI, 3 July - RusInform. As a result of the airstrike on centre for holding of illegal migrants in the Tajura district on east outskirts of Tripoli, at least 40 persons perished and about 80 received wounds, reported on Wednesday the representative of the ministry of health of Government of National Accord (GNA) Libya.

Previously it was informed about several tens of victims. According to the representative, the strike was inflicted late on Tuesday evening, the building of a hangar in which were held migrants from African countries was fully destroyed. Rescue work continues, number of dead can grow.

The GNA of Fayez Saradzh laid the responsibility on the forces of the Libyan national army (LNA) of marshal Khalifa Haftar, calling the strike a "crime". In the press service of the LNA, however, declared that its aviation struck on a military object of armed groupings near the centre, and denied the attack on migrants.

The special envoy of the UN secretary-general on Libya Ghassan Salame stated that the strike can be qualified as a war crime. The UN Security Council convened consultations on the situation.

In the Russian Ministry of Foreign Affairs, as reports the agency's correspondent, declared that Moscow condemns any strikes against civilian population and calls the sides to immediately stop the military actions and return to the negotiation process. Russia, as underlined in the ministry, supports contacts with all Libyan sides.

Since 4 April the LNA conducts an operation on taking of Tripoli, where the GNA recognized by the UN is based. According to the data of the World Health Organization, in fights died more than 700 persons.

After the overthrow and killing in 2011 of Muammar Kaddafi, Libya practically stopped to exist as united state. At present in the country there is a dual power: in the east sits the parliament elected by the people, and in the west in the capital Tripoli the Government of national accord formed with support of the UN and the EU.
""")

G4 = "turkey_gna_sign_maritime_security_mous_2019_11_27"
add(G4, "2019-11-28", "TurkPress Agency", "Turkey, Libya sign memoranda on security cooperation and maritime jurisdiction", """
ISTANBUL

Turkey and Libya's internationally recognized government have signed two memoranda of understanding, one on security and military cooperation and one on the delimitation of maritime jurisdiction areas in the Mediterranean, Turkey's Communications Director Fahrettin Altun announced.

The agreements were signed on Wednesday following a closed-door meeting between President Recep Tayyip Erdogan and Fayez al-Sarraj, the head of Libya's Government of National Accord (GNA), at the Dolmabahce Presidential Office in Istanbul, Altun said in a written statement late Wednesday.

The memorandum on security and military cooperation aims to strengthen the existing framework between the two countries' armed forces, while the maritime memorandum "aims to protect the rights of the two countries stemming from international law", according to the statement.

Defense Minister Hulusi Akar and Foreign Minister Mevlut Cavusoglu also attended the meeting, according to presidential sources.

Turkish officials stressed that the maritime deal is fully consistent with international law and the UN Convention on the Law of the Sea, and that it registers the fact that Turkey and Libya are neighbours at sea. Ankara has long argued that islands should not be allowed to cut off the continental shelf of a coastal state, and that maritime zones claimed by the Greek Cypriot administration and Greece ignore the rights of Turkey and of Turkish Cypriots.

Erdogan has repeatedly said that Turkey supports the legitimate government in Tripoli, which has been fighting since April against an offensive launched by the illegitimate forces of Khalifa Haftar. The GNA says Haftar's militias receive weapons and mercenaries from foreign backers in violation of the UN arms embargo.

The GNA has previously thanked Turkey for its political and humanitarian support. Sarraj has visited Turkey several times this year.

Greece, which is engaged in a dispute with Turkey over hydrocarbon exploration in the Eastern Mediterranean, has criticized the contacts between Ankara and Tripoli. Turkish officials said the agreement does not target any third country.

The memoranda need to be approved by the Turkish parliament and published in the Official Gazette to enter into force.
""")

add(G4, "2019-11-28", "Yeni Gündem Haber", "Türkiye and Libya signed historic agreement in Mediterranean, Athens reacted", """
Türkiye and Libya signed historic agreement in Mediterranean, Athens reacted

28 Kasım 2019 Perşembe 10:41 | Güncelleme: 28 Kasım 2019 11:05

President Recep Tayyip Erdoğan, Libya Ulusal Mutabakat Hükümeti (UMH) Başkanı Fayez es-Serrac ile yesterday Istanbul Dolmabahçe Çalışma Ofisi in came together. The meeting which was closed to the press, after, two countries between "Güvenlik ve Askeri İşbirliği Mutabakat Muhtırası" and "Deniz Yetki Alanlarının Sınırlandırılmasına İlişkin Mutabakat Muhtırası" was signed.

Cumhurbaşkanlığı İletişim Başkanı Fahrettin Altun made statement on his social media account and said that the memorandum will strengthen the cooperation between our armed forces and it is aimed to protect the rights of the two countries arising from international law.

The meeting to Milli Savunma Bakanı Hulusi Akar, Dışişleri Bakanı Mevlüt Çavuşoğlu and MİT Başkanı Hakan Fidan also attended.

WHAT DOES THE AGREEMENT CHANGE?

According to the experts, with the maritime agreement Türkiye and Libya are determined the border of the continental shelf and exclusive economic zone between them in the Eastern Mediterranean. In this way, the claims of Greece and Greek Cypriot Administration (GKRY) which wants to close Türkiye into the Antalya Gulf are blocked. A retired admiral said to our newspaper: "This is a move that overturns the game of Sevr in the sea. Now Türkiye and Libya are neighbours in the sea."

Greek Foreign Minister Nikos Dendias, claimed yesterday that such an agreement would be violation of international law and "geographically absurd" because it ignores the island of Girit (Crete) which is located between the two countries. Athens said it will raise the issue in the European Union and NATO.

Libya'da 4 Nisan'dan bu yana darbeci Hafter güçleri the capital Tripoli'ye saldırı düzenliyor. The Hafter militias receive support from BAE (United Arab Emirates), Egypt and Russian Wagner mercenaries according to reports. The Serrac government which is recognized by the UN is in hard situation in the south of Tripoli.

Ankara, Libya's legitimate government from the beginning supported. Erdoğan had said before "We will continue to stand by our Libyan brothers".

ETİKETLER: Libya, Erdoğan, Serrac, Doğu Akdeniz, Yunanistan

İlgili Haberler
• Doğu Akdeniz'de yeni dönem: Yavuz sondaj gemisi yeni noktada
• Çavuşoğlu: Kıbrıs Türklerinin hakları korunacak
• Hafter milislerine ait İHA düşürüldü

Bu habere yorum yapmak ister misiniz? | Paylaş: Facebook Twitter WhatsApp
""")

add(G4, "2019-11-29", "Nile Gazette", "Cairo slams Erdogan-Sarraj memoranda as \"null and void\"", """
Cairo slams Erdogan-Sarraj memoranda as "null and void"

CAIRO - Nile Gazette - Friday, 29 November 2019

Egypt on Thursday denounced as illegal the two memoranda signed on Wednesday in Istanbul between Turkish President Recep Tayyip Erdogan and Fayez al-Sarraj, head of the Tripoli-based Presidency Council, saying the agreements have no legal effect on third parties.

In a statement, Egypt's foreign ministry said Sarraj lacks the authority to sign such agreements, pointing out that the Skhirat political agreement of 2015 limits the powers of the head of the Presidency Council and requires the whole council to sign international accords. The ministry said the memoranda are "null and void" and would not be recognised.

Foreign Minister Sameh Shoukry discussed the move in phone calls with his Greek and Cypriot counterparts, Nikos Dendias and Nikos Christodoulides, according to the ministry, and the three agreed that the step was a violation of international law.

The memorandum on maritime zones purports to draw a line between the Turkish and Libyan coasts across an area of the Mediterranean that Greece considers its own continental shelf, south of Crete. The second memorandum, on "security and military cooperation", opens the door, Egyptian officials and analysts warn, to Turkish weapons and personnel flowing openly to the militias fighting the Libyan National Army in Tripoli.

"This is a coloniser's contract," said a retired Egyptian general who appears regularly on Egyptian television. "Erdogan wants a foothold on our western border and a share in the gas of the Eastern Mediterranean, and he found a government in Tripoli willing to sign anything in return for protection."

In Benghazi, the eastern-based House of Representatives also rejected the agreements. Lawmakers loyal to Speaker Aguila Saleh called the memoranda invalid and said Sarraj had no mandate to sign them.

The Libyan National Army, led by Field Marshal Khalifa Haftar, has been fighting since April 4 to free Tripoli of armed militias and extremist groups. LNA officials have repeatedly accused Turkey of supplying armoured vehicles and drones to the militias; a ship carrying Turkish-made armoured vehicles docked in Tripoli in May.

Egypt, Greece and Cyprus have deepened cooperation in the Eastern Mediterranean in recent years through regular trilateral summits, and Cairo and Athens have been negotiating their own maritime boundary.

Related stories
- Sisi receives Greek PM, discusses East Med
- LNA downs Turkish drone south of Tripoli
- Libyan tribes reject foreign interference

Advertisement
""")

G5 = "turkish_parliament_approves_libya_troop_mandate_2020_01_02"
add(G5, "2020-01-02", "Yeni Gündem Haber", "Libya tezkeresi TBMM'de kabul edildi: Türkiye to send soldiers to Libya", """
Libya tezkeresi TBMM'de kabul edildi: Türkiye to send soldiers to Libya

Son Dakika | 02.01.2020 - 17:26

The motion (tezkere) allowing the deployment of Turkish Armed Forces to Libya was accepted today in the Türkiye Büyük Millet Meclisi (TBMM) general assembly which was convened extraordinarily. In the voting, 325 milletvekili voted yes and 184 voted no.

TBMM Başkanı Mustafa Şentop announced the result. The tezkere was supported by AK Parti, MHP ve Saadet Partisi, while CHP, İYİ Parti and HDP voted against.

The motion gives the government authority to send soldiers to Libya for one year. The size, timing and place of the deployment will be determined by the President. In the tezkere it is said that the developments in Libya threaten Türkiye's interests in the region including the Mediterranean basin and North Africa, and that the risk of illegal migration and terror organizations must be prevented.

Vice President Fuat Oktay made statement after vote and said: "The motion is passed, now we hope it will be deterrent. We are ready. The armed forces are ready." Oktay added that if the other side (Hafter) step back, Türkiye will not need to send soldiers.

CHP's group deputy chairman criticized the motion in the general assembly and said that Türkiye should not be a party of a civil war in a foreign country and that the sons of Mehmetçik should not be sent to death for another country's war.

Libya Ulusal Mutabakat Hükümeti had made official request from Ankara for military support last month. Türkiye and Libya signed a security and military cooperation memorandum on 27 November.

The Hafter side reacted against the decision. Egypt's foreign ministry in statement condemned the vote "in strongest terms". The ABD (USA) President Donald Trump in telephone call with Cumhurbaşkanı Erdoğan underlined that foreign interference complicates the situation in Libya, according to White House.

ETİKETLER: tezkere, Libya, TBMM, Mehmetçik

BENZER HABERLER
› Erdoğan: Libya'ya asker gönderme konusunda davet var
› Mısır'dan Türkiye'ye tehdit gibi açıklama
› Akar: Her türlü görev için hazırız

Exit mobile version
""")

add(G5, "2020-01-03", "The Northern Chronicle", "Turkish MPs back sending troops to Libya, raising stakes in proxy war", """
Turkish MPs back sending troops to Libya, raising stakes in proxy war

By our Istanbul correspondent

Turkey's parliament has authorised the government to deploy troops to Libya, a decision that could turn the battle for Tripoli into a direct confrontation between regional powers and complicate European efforts to broker a ceasefire.

Lawmakers voted by 325 to 184 on Thursday at an emergency session called during the parliamentary recess to approve a one-year mandate. The text leaves the size, scope and timing of any deployment to President Recep Tayyip Erdogan. The ruling AKP and its nationalist allies, the MHP, supported it; the main opposition Republican People's party (CHP), the nationalist Good party and the pro-Kurdish HDP voted against, arguing that Turkey risked being dragged into a civil war far from its borders.

Fuat Oktay, the vice-president, said after the vote that Ankara hoped the mandate would work as a deterrent and that troops might not need to go at all if Khalifa Haftar's forces halted their attack on Tripoli. Few in Ankara believe that is likely.

The vote formalises a relationship that has grown rapidly. Turkey has for months supplied armed drones and armoured vehicles to the Government of National Accord (GNA) of Fayez al-Sarraj, according to UN monitors, in breach of an arms embargo that Haftar's own backers - the United Arab Emirates, Egypt and, through private military contractors, Russia - are accused of flouting just as openly. On 27 November Erdogan and Sarraj signed a security pact and a controversial maritime agreement that Ankara says gives it rights over a swathe of the eastern Mediterranean claimed by Greece and Cyprus. Last month the GNA formally requested Turkish military support.

Reaction was swift. Egypt's foreign ministry condemned the vote in the strongest terms and warned of the consequences for regional stability; President Abdel Fattah al-Sisi convened his national security council. The White House said Donald Trump, in a call with Erdogan, "pointed out that foreign interference is complicating the situation in Libya". Greece and Cyprus, already furious over the maritime deal, called for EU action.

In Tripoli the decision was welcomed by GNA officials, who have spent nine months holding a front line in the southern suburbs. But even some of the government's supporters worry about the optics of inviting back the former imperial power. Libya was an Ottoman province until Italy seized it in 1911, a history Haftar's camp has been quick to invoke.

Turkish officials have floated a variety of options, from advisers and trainers to drone operators and naval support. Reports that Ankara was already moving Syrian opposition fighters to Libya, which Turkey has not confirmed, have added to the unease in European capitals.

Germany is trying to convene a conference in Berlin that would bring together the foreign powers involved. The new mandate may strengthen Erdogan's hand there - or, diplomats fear, make agreement harder. Russia, which has been in contact with both sides, said it was concerned about the prospect of foreign intervention.

The fighting around Tripoli has killed more than 2,000 people, according to UN figures, and forced well over 100,000 to flee their homes.
""")

add(G5, "2020-01-03", "Le Courrier du Maghreb", "Libya: the Turkish parliament gives the green light to a military deployment", """
Libya: the Turkish parliament gives the green light to a military deployment

Published the 03/01/2020 at 08h30 - Updated at 10h02

The Turkish Parliament adopted Thursday, by 325 voices against 184, a motion authorizing the sending of military forces in Libya to support the Government of national union (GNA) of Fayez al-Sarraj, confronted since April to an offensive of the marshal Khalifa Haftar.

The text, adopted during an extraordinary session, gives to the government a mandate of one year and leaves to the president Recep Tayyip Erdogan the care of fixing the importance and the calendar of the deployment. The Islamo-conservative party AKP and its nationalist ally MHP, majority in the chamber, voted for; the opposition denounced an "adventure".

"The vote of the motion is also a message," estimated the vice-president Fuat Oktay, evoking a "dissuasive" effect. Ankara affirms to answer to an official request of the GNA, recognized by the UN.

The decision raised a wave of reactions. Cairo condemned "with the greatest firmness" the vote, while Athens and Nicosia again denounced the maritime agreement concluded end of November between Ankara and Tripoli. In Washington, the White House indicated that President Donald Trump had warned his Turkish counterpart against foreign interference. The European Union declared itself preoccupied.

In the camp of Marshal Haftar, whose troops are stationed at the doors of Tripoli, the vote was received as a provocation. Pro-Haftar media spoke of "Ottoman invasion", and the parliament of the East, installed in Tobruk, must meet in urgence.

According to the UN, the fightings have made more than 280 civilian dead and more than 2,000 combatants killed since April, and the displaced are counted by tens of thousands. France, which denies supporting Marshal Haftar, pleads for a political solution.

This website uses cookies. Accept | Refuse | Parameters

To read also
> Libya: the international conference of Berlin could take place in January
> Algeria: the new president Tebboune names his government
> Tunisia: the government of Habib Jemli before the deputies

Comments (3) | Share: Facebook Twitter Linkedin
""")
