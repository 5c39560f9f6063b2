# Part 2: late November - early December 2019 (Erdogan-Sarraj memorandums and the regional backlash)

ARTICLES = [
# ---------------------------------------------------------------- G7
{
"group": "turkey_gna_sign_security_and_maritime_mous_2019_11_27",
"published": "2019-11-27",
"outlet": "GovWire Releases",
"title": "Turkey and Libya sign memoranda on security cooperation and maritime jurisdiction",
"text": """FOR IMMEDIATE DISTRIBUTION

ISTANBUL, 27 November 2019 -- The Presidency of the Republic of Turkey, Directorate of Communications, has announced the signing of two memoranda of understanding between the Republic of Turkey and the Government of National Accord of the State of Libya.

President Recep Tayyip Erdoğan received Fayez al-Sarraj, Chairman of the Presidential Council of Libya, at the Dolmabahçe Presidential Office in Istanbul on Wednesday. The two leaders held a closed meeting lasting two hours and fifteen minutes.

Following the meeting, the following documents were signed:

- Memorandum of Understanding on Security and Military Cooperation
- Memorandum of Understanding on the Restriction (Delimitation) of Marine Jurisdiction Areas

Ministers of foreign affairs, interior and defence of the two countries also took part in the talks.

According to the Directorate, the memoranda are intended to strengthen relations and cooperation between the two countries.

Key points

- The security memorandum provides a framework for cooperation between the security and military institutions of the two sides.
- The maritime memorandum sets out the limits of the maritime jurisdiction areas of the two countries in the Mediterranean.

Background

Turkey recognises the Government of National Accord, established under the Libyan Political Agreement signed in Skhirat in December 2015, as the legitimate government of Libya.

###

Distributed by GovWire Releases on behalf of the issuing institution. The issuer is solely responsible for the content of this announcement. Media enquiries should be directed to the issuing institution."""
},
{
"group": "turkey_gna_sign_security_and_maritime_mous_2019_11_27",
"published": "2019-11-28",
"outlet": "Bosphorus News Agency",
"title": "Turkey, Libya sign deals on security, maritime jurisdictions",
"text": """ISTANBUL (BNA) - Turkey and Libya's UN-recognized Government of National Accord (GNA) have signed two memoranda of understanding on security and military cooperation and on the restriction of maritime jurisdictions, the Turkish Presidential Communications Directorate announced late Wednesday.

The agreements were signed after President Recep Tayyip Erdoğan held a closed-door meeting with Fayez al-Sarraj, chairman of Libya's Presidential Council, at Istanbul's Dolmabahçe Palace.

Communications Director Fahrettin Altun said on Twitter on Thursday that the security agreement would strengthen the legal framework and the military ties between the two countries, and that Turkey would continue to support a political solution to build a democratic, stable and prosperous Libya.

Altun said the memorandum on maritime jurisdiction areas aimed at protecting the rights of both countries stemming from international law.

Libyan Interior Minister Fathi Bashagha told local media that the security memorandum was aimed at maintaining security in Libya, protecting its sovereignty and strengthening the government's capacity to fight terrorism, irregular migration and crime.

The maritime deal comes as Turkey continues to defend its rights and those of the Turkish Republic of Northern Cyprus (TRNC) in the Eastern Mediterranean in the face of unilateral drilling by the Greek Cypriot administration.

Libya has been torn by conflict since April, when illegitimate forces loyal to warlord Khalifa Haftar launched an attack on the capital Tripoli. More than 1,000 people have been killed in the fighting, according to the World Health Organization.

Turkey supports the legitimate government in Tripoli, while Haftar is backed by the United Arab Emirates and Egypt."""
},
{
"group": "turkey_gna_sign_security_and_maritime_mous_2019_11_27",
"published": "2019-11-28",
"outlet": "Gündem Haber 24 (auto-translated)",
"title": "Cumhurbaşkanı Erdoğan and Serrac two mutabakat muhtırası signed",
"text": """Çerez Politikası: Sitemizde çerezler kullanılmaktadır. By continuing you accept cookies. Tamam

Cumhurbaşkanı (President) Recep Tayyip Erdoğan, Libya Ulusal Mutabakat Hükümeti (UMH) Başkanlık Konseyi Başkanı Fayiz es-Serrac'ı İstanbul Dolmabahçe Çalışma Ofisi'nde kabul etti. The meeting to press closed was held and 2 hours 15 minutes lasted.

İletişim Başkanlığı (Communications Directorate) from made written statement according, the meeting after "Güvenlik ve Askeri İşbirliği Mutabakat Muhtırası" (Security and Military Cooperation Memorandum) and "Deniz Yetki Alanlarının Sınırlandırılmasına İlişkin Mutabakat Muhtırası" (Maritime Jurisdiction Areas Restriction Memorandum) was signed.

Statement in, the agreements two countries between relations and cooperation strengthening purpose carrying was said.

Meeting to Dışişleri Bakanı (Foreign Minister) Mevlüt Çavuşoğlu, Milli Savunma Bakanı (Defense Minister) Hulusi Akar and İçişleri Bakanı (Interior Minister) Süleyman Soylu also attended, Libyan side from also foreign, interior and defense ministers was present.

Doğu Akdeniz'de (in Eastern Mediterranean) Turkey's rights protecting in important step as is evaluated. Greek Cypriot side (Rum Yönetimi) unilateral drilling activities against, Turkey and KKTC's (TRNC) rights to protect continuing.

Libya in, darbeci Hafter'e bağlı milisler April month from beginning the capital Trablus to attacks are continuing. Turkey, BM tarafından tanınan meşru hükümeti (legitimate government recognized by UN) supports.

Etiketler: Erdoğan, Serrac, Libya, Doğu Akdeniz, Mutabakat

İlgili Haberler
- Çavuşoğlu: Doğu Akdeniz'de haklarımızı koruyacağız
- Libya'da Hafter milisleri petrol sahasını vurdu
- Erdoğan Dolmabahçe'de kabul etti"""
},
{
"group": "turkey_gna_sign_security_and_maritime_mous_2019_11_27",
"published": "2019-11-29",
"outlet": "The Westminster Observer",
"title": "Erdogan's Libya pact redraws the Mediterranean map and raises the stakes in Tripoli's war",
"text": """When Recep Tayyip Erdogan received Fayez al-Sarraj at Dolmabahce Palace on Wednesday evening, the official photographs showed little more than two men shaking hands in front of flags. What the Turkish president and the head of Libya's embattled Tripoli government signed behind closed doors, however, may turn out to be one of the most consequential diplomatic documents of the year in the eastern Mediterranean.

There were two memoranda of understanding. The first, on "security and military cooperation", gives a legal framework to a relationship that has in practice existed for months: Turkish armoured vehicles were unloaded in Tripoli port in May, and Turkish-made drones have been flying from Mitiga and Misrata over the front line south of the capital. The second, on the delimitation of "maritime jurisdiction areas", is in some ways the more explosive. Neither text has been published. But Ankara has made clear that it draws a boundary between the Turkish and Libyan continental shelves across a stretch of sea that Greece regards as its own.

The geography is the heart of the dispute. Between south-western Turkey and north-eastern Libya lies Crete, along with a scatter of smaller Greek islands. A line drawn as if Crete did not generate maritime zones of its own would, in the Greek view, carve a corridor of Turkish and Libyan claims straight through waters that Athens and Cairo have been negotiating over for years. Greek officials called the idea geographically absurd before the ink was dry. Egypt described the deal as illegal, and Cyprus, already at loggerheads with Turkey over drilling off its coast, joined the chorus on Thursday.

Ankara's argument is that islands should not be allowed to cut a mainland state off from the sea, and that it is protecting its own rights and those of the Turkish Cypriots after years of being, as Turkish officials put it, locked into the Gulf of Antalya. Turkish drillships have spent much of this year operating in waters claimed by the Republic of Cyprus, prompting the European Union to prepare sanctions. The Libya memorandum gives Turkey a legal instrument, however contested, to push back against the energy partnership that Greece, Cyprus, Egypt and Israel have built around the region's gas fields.

For Mr Sarraj the calculation is more immediate. Since April 4, when Khalifa Haftar ordered his self-styled Libyan National Army to take Tripoli, the Government of National Accord has survived largely thanks to outside help. The offensive stalled on the southern outskirts after a few weeks, but it has ground on for nearly eight months. More than 1,000 people have been killed, according to the World Health Organization. Mr Haftar is backed by the United Arab Emirates and Egypt, and Western diplomats and Libyan officials say Russian private military contractors have appeared on his front lines in recent weeks, a claim Moscow rejects.

Turkey and Qatar have been the GNA's most open supporters. Ankara's involvement became a matter of open hostility in June, when Mr Haftar's forces, stung by the loss of their forward base at Gharyan, declared Turkish ships, companies and flights to be legitimate targets and briefly detained six Turkish sailors. Over the summer the LNA repeatedly bombed the air college at Misrata and airports at Mitiga and Zuwara, saying it was hitting Turkish drones; in August it destroyed a Ukrainian-operated cargo plane at Misrata that it said had brought weapons from Turkey.

The security memorandum raises the obvious question of whether Turkey intends to go further. The Libyan interior minister, Fathi Bashagha, said it was meant to help the government protect the country's sovereignty and fight terrorism, irregular migration and crime. Turkish officials have so far said little beyond that the agreement strengthens military ties.

The eastern-based authorities aligned with Mr Haftar denounced the maritime accord as illegitimate, arguing that Mr Sarraj has no mandate to sign international treaties. That argument will be taken up by Cairo, which says the 2015 Skhirat agreement that created the GNA does not allow its prime minister to sign such deals alone.

What happens next depends on several capitals at once. Greece has demanded to see the texts. The European Union, already drafting measures against Turkish drilling, will come under pressure from Athens and Nicosia to respond. Germany is trying to convene an international conference on Libya, and diplomats involved in that effort privately worry that the Istanbul deal will harden the positions of the foreign powers whose rivalry is keeping the war alive.

And in Tripoli itself, where the sound of drones has become as familiar as the call to prayer, residents will be watching to see whether the paper signed in Istanbul translates into anything that changes the balance on the front line."""
},
# ---------------------------------------------------------------- G8
{
"group": "egypt_greece_cyprus_reject_turkey_libya_mous_2019_11_28",
"published": "2019-11-28",
"outlet": "Nile Gazette",
"title": "Egypt, Greece, Cyprus: Sarraj-Erdogan memoranda have 'no legal effect'",
"text": """CAIRO - Egyptian Foreign Minister Sameh Shoukry held phone calls on Thursday with his Greek and Cypriot counterparts, Nikos Dendias and Nikos Christodoulides, during which the three ministers agreed that the two memoranda signed in Istanbul between Turkey and the head of Libya's Presidential Council, Fayez al-Sarraj, have no legal effect, Foreign Ministry spokesman Ahmed Hafez said.

In a separate statement, the ministry said the signing exceeded the powers of the Libyan prime minister under the Skhirat Agreement of December 2015, which set out the powers of the Government of National Accord.

The ministry pointed out that Article 8 of the agreement does not allow the prime minister to conclude international agreements on his own without the approval of the full Presidential Council. It added that the council currently lacks the representation of all Libyan regions and is therefore acting with limited powers.

Consequently, the memoranda are not binding on and do not affect the interests or rights of any third party, and have no impact on the framework of maritime borders in the eastern Mediterranean, the statement said.

Egypt urged the international community to shoulder its responsibilities, warning that such steps threaten the Berlin process aimed at reaching a political settlement in Libya.

The memoranda, on security and military cooperation and on maritime jurisdiction, were signed on Wednesday after a closed meeting between Sarraj and Turkish President Recep Tayyip Erdogan. Observers in Cairo see them as part of Ankara's attempt to legitimise its military support for the Tripoli militias and to push its way into the eastern Mediterranean gas race.

The interim government in eastern Libya, which is aligned with the Libyan National Army (LNA), also rejected the maritime accord as illegitimate.

Egypt, Greece and Cyprus have held regular trilateral summits in recent years and cooperate closely on energy in the eastern Mediterranean."""
},
{
"group": "egypt_greece_cyprus_reject_turkey_libya_mous_2019_11_28",
"published": "2019-11-28",
"outlet": "Meridian Wire",
"title": "Egypt, Greece and Cyprus reject Turkey-Libya maritime accord",
"text": """CAIRO/ATHENS (Meridian) - Egypt, Greece and Cyprus on Thursday rejected a maritime boundary agreement between Turkey and Libya's Tripoli-based government, with Cairo saying the deal had no legal effect and Athens calling any boundary that ignored Crete absurd.

Egypt's foreign ministry said Foreign Minister Sameh Shoukry had spoken by phone to his Greek and Cypriot counterparts and that the three agreed the two memoranda signed on Wednesday in Istanbul were legally void. The ministry said Libyan Prime Minister Fayez al-Serraj had exceeded his powers under the 2015 UN-brokered political agreement that created his government.

Greece said any such accord would be geographically absurd because it disregarded the presence of the Greek island of Crete between the Turkish and Libyan coasts. Athens has asked both the Libyan and Turkish ambassadors for details of the agreements.

Turkey announced the maritime accord, along with a deal on expanded security and military cooperation, late on Wednesday after President Tayyip Erdogan met Serraj. Ankara gave no details of where it considers Turkish and Libyan waters to meet. The Tripoli government confirmed the agreements but did not publish them.

The rival government in eastern Libya, which backs commander Khalifa Haftar, called the maritime accord illegitimate.

The deal could complicate disputes over energy exploration in the eastern Mediterranean, where Turkish drilling off Cyprus has angered Nicosia, Athens and the European Union, which has prepared sanctions against Ankara.

Turkey does not recognise the Republic of Cyprus and says the Turkish Cypriots in the north of the divided island have rights to resources in its waters.

(Reporting by Meridian correspondents in Cairo, Athens and Nicosia; editing by Tom Arkwright)"""
},
{
"group": "egypt_greece_cyprus_reject_turkey_libya_mous_2019_11_28",
"published": "2019-11-29",
"outlet": "GovWire Releases",
"title": "Egypt's Ministry of Foreign Affairs: memoranda signed between Turkey and Libya's Sarraj 'have no legal effect'",
"text": """FOR IMMEDIATE DISTRIBUTION

CAIRO, 28 November 2019 -- The Ministry of Foreign Affairs of the Arab Republic of Egypt today set out its position on the two memoranda of understanding signed in Istanbul between the Republic of Turkey and the President of the Presidential Council of Libya.

Summary of the Ministry's position:

1. Foreign Minister Sameh Shoukry held telephone calls today with the Minister of Foreign Affairs of the Hellenic Republic, Nikos Dendias, and the Minister of Foreign Affairs of the Republic of Cyprus, Nikos Christodoulides. The three ministers agreed that the two memoranda have no legal effect.

2. The Libyan Political Agreement (Skhirat, December 2015) defines the powers of the Presidential Council. Under its Article 8, the President of the Council may not conclude international agreements individually; this requires the Council as a whole.

3. The Council in its current composition does not represent all Libyan regions, and its powers are accordingly limited.

4. The memoranda therefore cannot bind or affect the rights and interests of any third party, and have no bearing on the delimitation of maritime boundaries in the eastern Mediterranean.

5. Egypt calls on the international community to assume its responsibilities with regard to these negative developments, which risk undermining the Berlin process toward a political settlement in Libya.

Statement attributed to the Official Spokesman of the Ministry of Foreign Affairs, Ambassador Ahmed Hafez.

###

Distributed by GovWire Releases on behalf of the issuing institution. The issuer is solely responsible for the content of this announcement.

Cookie settings | Privacy | Terms of distribution"""
},
# ---------------------------------------------------------------- G9
{
"group": "greece_expels_libyan_ambassador_2019_12_06",
"published": "2019-12-06",
"outlet": "Meridian Wire",
"title": "Greece expels Libyan ambassador over Tripoli's sea deal with Turkey",
"text": """ATHENS (Meridian) - Greece on Friday ordered Libya's ambassador to leave the country within 72 hours, escalating a dispute over a maritime boundary accord between Turkey and Libya's internationally recognised government that Athens says violates its sovereign rights.

Foreign Minister Nikos Dendias said the ambassador, Mohamed Younis Menfi, had been summoned to the ministry in the morning and informed of the decision. He called the Turkey-Libya memorandum a "blatant violation of international law" and said the expulsion did not mean Greece was breaking off diplomatic relations with Libya.

Athens had given the Tripoli government until Friday to show it the text of the accord, signed in Istanbul on Nov. 27. Dendias said earlier this week that Greece felt deceived, having been assured by Tripoli in September that no such deal would be signed.

Turkey's parliament ratified the maritime memorandum on Thursday, and Libya's Presidential Council has also approved it. On the same day Cyprus said it would petition the International Court of Justice to protect its offshore rights.

Turkish Foreign Minister Mevlut Cavusoglu, speaking in Rome, called the Greek move outrageous and said expelling an ambassador over an agreement was not mature diplomatic behaviour.

Greek Prime Minister Kyriakos Mitsotakis met Turkish President Tayyip Erdogan on Wednesday on the sidelines of a NATO summit near London, where he raised the accord. Athens wants European Union leaders, who meet next week in Brussels, to condemn it.

The deal would give Turkey a claim to an economic zone across the Mediterranean over the objections of Greece, Cyprus and Egypt, which all say it ignores the presence of Crete. Egypt has called the memoranda legally void.

The Tripoli-based Government of National Accord, fighting an eight-month offensive by eastern commander Khalifa Haftar, also signed a security and military cooperation agreement with Ankara on Nov. 27.

(Reporting by Meridian Athens bureau; editing by Claire Dumont)"""
},
{
"group": "greece_expels_libyan_ambassador_2019_12_06",
"published": "2019-12-06",
"outlet": "Bosphorus News Agency",
"title": "Greece expels Libyan envoy over maritime deal; Çavuşoğlu calls move 'outrageous'",
"text": """ROME (BNA) - Turkish Foreign Minister Mevlüt Çavuşoğlu on Friday slammed Greece's decision to expel the Libyan ambassador in Athens over the maritime jurisdiction agreement between Turkey and Libya.

Greek Foreign Minister Nikos Dendias announced earlier on Friday that Libyan Ambassador Mohamed Younis Menfi had been given 72 hours to leave the country.

"Expelling an ambassador just because of an agreement we signed is not mature behavior in diplomacy. This is outrageous," Çavuşoğlu told reporters in Rome, where he is attending the Mediterranean Dialogues conference.

The Turkish parliament on Thursday ratified the memorandum of understanding on the restriction of maritime jurisdiction areas signed between Ankara and Libya's UN-recognized Government of National Accord (GNA) on Nov. 27.

Turkish Foreign Ministry spokesman Hami Aksoy said last weekend that the agreement was in line with international law, including the relevant articles of the UN Convention on the Law of the Sea, and with court decisions that form international jurisprudence.

Turkey has repeatedly said it will not allow any fait accompli against its rights and those of the Turkish Republic of Northern Cyprus (TRNC) in the Eastern Mediterranean, where the Greek Cypriot administration continues unilateral hydrocarbon exploration.

Ankara and Tripoli also signed a memorandum on security and military cooperation. The GNA has been resisting an offensive by putschist Khalifa Haftar's illegitimate forces on the capital since April."""
},
{
"group": "greece_expels_libyan_ambassador_2019_12_06",
"published": "2019-12-07",
"outlet": "RusInform International",
"title": "Greece Gives Libyan Ambassador 72 Hours to Leave Over Turkey-Libya Accord",
"text": """Get the latest news from around the world, live coverage, off-beat stories, features and analysis.

MOSCOW, December 7 (RusInform) - Greece has expelled the ambassador of Libya over a memorandum on maritime zones signed by the Tripoli-based Government of National Accord (GNA) with Turkey, Greek Foreign Minister Nikos Dendias announced on Friday.

According to Dendias, Ambassador Mohamed Younis Menfi must leave Greece within 72 hours. The minister stressed that the decision does not mean a break in diplomatic relations with Libya.

Athens insists that the memorandum, signed by GNA Prime Minister Fayez Sarraj and Turkish President Recep Tayyip Erdogan in Istanbul on November 27, violates international law because it ignores the Greek island of Crete. Cyprus and Egypt have also rejected the document.

Turkish Foreign Minister Mevlut Cavusoglu called the expulsion "outrageous".

The Turkish parliament approved the maritime memorandum on Thursday.

Libya is divided between the GNA, which controls Tripoli and parts of the west, and the east, where the parliament in Tobruk and the Libyan National Army (LNA) of Field Marshal Khalifa Haftar hold power. The eastern authorities have said the Tripoli government has no right to sign such agreements.

Newsfeed
0
To participate in the discussion
log in or register
loader"""
},
]
