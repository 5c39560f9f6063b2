# Set 42 article texts, part 2 (events E5-E8).
E5 = "kemal_reis_limnos_frigate_collision_2020_08_12"
E6 = "eu_fac_videoconference_east_med_2020_08_14"
E7 = "maas_athens_ankara_shuttle_2020_08_25"
E8 = "eu_gymnich_berlin_turkey_sanctions_list_2020_08_28"

# ---------------- E5 Limnos / Kemal Reis collision, Wed 12 Aug 2020 ----------------
add(E5, "2020-08-13", "Gündem Son Dakika", "Erdoğan'dan Yunanistan'a Oruç Reis uyarısı: İlk cevabı bugün aldılar", """
Cumhurbaşkanı Recep Tayyip Erdoğan, AK Parti'nin kuruluşunun 19. yıl dönümü programında important statements made about the Doğu Akdeniz.

Erdoğan, Oruç Reis research ship's escort with continuing works for Greece warning gave. "We said, do not dare to attack our Oruç Reis. If you attack our Oruç Reis you will pay a heavy price. And today they got their first answer" he said. Erdoğan which incident he meant details not gave and speech's other subjects continued.

Some Turkish media outlets in, a Greek frigate with a Turkish frigate between incident happened and Greek ship damaged claim was made. Greek Ministry of Defence sources however "no incident happened" stated, Oruç Reis to attack claims denied.

Oruç Reis ship, 10 Ağustos Pazartesi from the day, Meis island south in the area seismic research to make started. Ship, Turkish Navy's 5 warship by escorted. Greece also region to its own frigates sent and French Navy with joint exercise conducting.

Erdoğan, earlier today Almanya Başbakanı Angela Merkel and AB Konseyi Başkanı Charles Michel with phone calls made. Cumhurbaşkanlığı statement according, Erdoğan problems international law and equity framework in, dialogue with solution preferring said.

Tension, Yunanistan with Mısır between last week signed so-called maritime jurisdiction agreement after increased. Ankara, this agreement null and void accepts and Libya with 27 Kasım 2019 signed memorandum to violate says. Türkiye-Libya mutabakatı, Trablus'taki meşru Serrac hükümeti with signed and BM'ye bildirildi.

AB foreign ministers Cuma günü extraordinary meeting in the region situation will discuss.

Etiketler: Erdoğan, Oruç Reis, Yunanistan, Doğu Akdeniz, Libya, Meis

Exit mobile version
""")

add(E5, "2020-08-14", "Aegean Times Online", "Limnos in 'mini-collision' with Turkish escort frigate, defence sources say", """
ATHENS - A Greek navy frigate shadowing Turkey's Oruc Reis survey ship in the eastern Mediterranean touched a Turkish warship escorting the vessel on Wednesday, Greek defence sources said on Friday, describing the incident as a "mini-collision" and an accident.

According to the sources, the frigate Limnos was approaching the survey ship when it came into the path of one of its escorts, the Turkish frigate Kemal Reis. The Greek ship manoeuvred to avoid a head-on collision and in the process its bow touched the stern of the Turkish frigate. The Limnos was not damaged, the sources said, and took part on Thursday morning in a joint exercise with French naval units south of Crete.

Greek sources suggested the Turkish frigate suffered damage, a claim that could not be independently verified. Ankara has not officially commented on the incident. On Thursday a Greek defence official had told reporters that "no incident happened", after President Tayyip Erdogan said in a speech that those who attacked the Oruc Reis had "got their first answer" without explaining what he meant.

Speaking in Switzerland on Friday, Turkish Foreign Minister Mevlut Cavusoglu said Greece should not provoke the Oruc Reis "as it did two days ago" or it would receive a response, and urged the European Union to stop giving Athens unconditional support.

The incident underlines the risk of an accident in waters crowded with warships. Turkey has deployed several frigates to accompany the Oruc Reis, which began operating on Monday in an area south of Kastellorizo that Greece says lies on its continental shelf. France announced this week it was temporarily reinforcing its military presence in the region with two Rafale fighters and a navy frigate.

EU foreign ministers were to discuss the situation by videoconference on Friday afternoon at the request of Foreign Minister Nikos Dendias, who was to join from Vienna. No decisions on sanctions are expected.

The latest crisis erupted after Athens and Cairo signed a partial maritime boundary agreement on August 6, which Greece presents as the legal answer to the memorandum signed in November 2019 between Turkey and the Tripoli-based government of Fayez al-Sarraj. That memorandum, which ignores the island of Crete, has been rejected by Greece, Cyprus, Egypt and the EU. Turkey says the Greek-Egyptian deal is null and void.

Related Articles
Mitsotakis: Greece will not be intimidated
Dendias briefs Pompeo on Turkish actions
""")

add(E5, "2020-08-14", "Meridian Press Agency", "Greek, Turkish warships touched during east Med standoff, Greek source says", f"""
ATHENS/ANKARA (MPA) - A Greek frigate and a Turkish warship escorting a Turkish seismic survey vessel had a minor collision in the eastern Mediterranean this week, a Greek defence source said on Friday, in the first physical contact between the NATO allies' navies in the current standoff.

The source said the Greek frigate Limnos manoeuvred to avoid a head-on collision with the Turkish frigate Kemal Reis on Wednesday, and its bow touched the Turkish ship's stern. "It was an accident," the source said, adding the Limnos was undamaged.

Turkish officials did not confirm the incident. Turkish Foreign Minister Mevlut Cavusoglu said on Friday Greece should not attempt to provoke the Oruc Reis survey ship "like it did two days ago".

Turkey sent the Oruc Reis, escorted by warships, to waters between Cyprus and Crete on Monday after Greece and Egypt signed an agreement on maritime zones that Ankara says infringes its own deal with Libya's Tripoli government.

{MPA_LIBYA}

(Reporting by Eleni Papadaki and Selin Aras; editing by Mark Holloway)

WILMINGTON, Del. (MPA) - Senator Kamala Harris made her first appearance as Joe Biden's running mate on Wednesday, attacking President Donald Trump's handling of the coronavirus pandemic at an event in Delaware with no crowd because of health restrictions.

Biden, the presumptive Democratic presidential nominee, introduced Harris at a high school gymnasium in Wilmington, saying she was ready to lead from day one. Harris, the first Black woman on a major party's presidential ticket, said the country was crying out for leadership.

The Trump campaign criticised the choice, calling Harris part of the radical left.

(Reporting by Daniel Ortiz; editing by Ruth Keller)
""")

# ---------------- E6 EU FAC videoconference, Fri 14 Aug 2020 ----------------
add(E6, "2020-08-14", "Meridian Press Agency", "EU ministers back Greece and Cyprus, urge Turkey to de-escalate", """
BRUSSELS (MPA) - European Union foreign ministers expressed full solidarity with Greece and Cyprus on Friday and called on Turkey to de-escalate immediately in the eastern Mediterranean, the bloc's foreign policy chief Josep Borrell said after an extraordinary videoconference.

Borrell said ministers agreed that Turkey's recent naval deployments did not help find solutions and raised the risk of dangerous incidents, and that Ankara should re-engage in dialogue. Diplomats said no decisions on sanctions were taken at the informal meeting.

The ministers, who also discussed Belarus and Lebanon, will meet in person in Berlin on Aug. 27-28.

Greece requested the meeting after Turkey sent its Oruc Reis survey ship, escorted by warships, into waters also claimed by Athens. Ankara says the area is covered by its 2019 maritime deal with Libya's Tripoli government.

(Reporting by Pieter Vandamme; editing by Ruth Keller)
""")

add(E6, "2020-08-15", "Bosphorus Daily Wire", "Çavuşoğlu urges EU to stop 'pampering' Greece as bloc issues one-sided call", """
ANKARA

Foreign Minister Mevlüt Çavuşoğlu has called on the European Union to stop pampering Greece and to act impartially, as EU foreign ministers issued a statement of solidarity with Athens and the Greek Cypriot administration following an extraordinary video meeting.

Speaking to reporters in Switzerland on Friday before the meeting, Çavuşoğlu said Athens needed to act with reason and that the EU should not give Greece unconditional support. He said Greece should not attempt to provoke the Oruç Reis vessel, which is conducting seismic research within Turkey's continental shelf, or it would receive a response.

After the video conference, EU foreign policy chief Josep Borrell said ministers expressed solidarity with Greece and Greek Cypriots and called on Turkey to de-escalate. No concrete step was agreed.

Turkish officials have repeatedly said that calls for de-escalation should be addressed to Greece and the Greek Cypriot administration, which they accuse of taking unilateral steps, including the so-called maritime agreement signed between Athens and Cairo on Aug. 6 that Turkey considers null and void.

The Oruç Reis has been working since Monday under a navigational telex valid until Aug. 23, escorted by Turkish naval forces.

Ankara stresses that the Turkey-Libya memorandum of understanding on maritime jurisdiction areas, signed on Nov. 27, 2019 with the legitimate Government of National Accord, is fully in line with international law and has been submitted to the United Nations. Turkey's support helped the GNA end the 14-month siege of Tripoli by putschist Haftar's militias and foreign mercenaries in June.

Related News
Erdoğan holds phone talks with Merkel, Michel on Eastern Mediterranean
""")

add(E6, "2020-08-15", "Nicosia Evening Post", "EU27 stand by Cyprus and Greece, sanctions debate moves to Berlin", """
NICOSIA - EU foreign ministers reaffirmed on Friday their full solidarity with Cyprus and Greece and called on Turkey to de-escalate immediately, in an extraordinary videoconference that Nicosia hopes will pave the way for tougher measures when ministers meet in Berlin at the end of the month.

Foreign Minister Nikos Christodoulides took part in the videoconference, convened by the EU's foreign policy chief Josep Borrell at the request of Athens. According to the readout published by the European External Action Service, ministers reiterated that the sovereign rights of member states must be respected and stressed that the serious deterioration in the relationship with Turkey has far-reaching strategic consequences for the whole Union.

Ministers said Turkey's recent naval mobilisation did not contribute to solutions but would lead to greater antagonism and distrust and create a heightened risk of dangerous incidents. Borrell summed up the outcome in three words: solidarity, de-escalation and dialogue.

Diplomatic sources told the Evening Post that an informal videoconference could not take legal decisions, and that the question of additional restrictive measures would be taken up at the informal Gymnich meeting in Berlin on 27 and 28 August. Cyprus has been pressing for names to be added to the list of individuals sanctioned under the regime the EU set up last year over Turkey's drilling in the Cypriot exclusive economic zone.

The meeting came two days after a Greek frigate and a Turkish warship touched near the Oruc Reis survey ship, south of Kastellorizo, according to Greek defence sources.

Nicosia also sees Turkey's conduct in Libya as part of the same pattern. Cyprus, Greece and Egypt have rejected the Turkey-Tripoli memorandum of November 2019 as legally void, and Cyprus has supported EU operation Irini, which monitors the UN arms embargo on Libya. In June, a Greek frigate serving with Irini was unable to inspect a Turkish-escorted cargo ship heading for Misrata; days later France accused Turkish warships of harassing one of its own frigates near the same vessel and raised the matter at NATO.

Share this:
Twitter Facebook Email Print

This website uses cookies to ensure you get the best experience. Learn more. Got it!
""")

# ---------------- E7 Maas in Athens and Ankara, Tue 25 Aug 2020 ----------------
add(E7, "2020-08-25", "Aegean Times Online", "Maas in Athens: any spark could lead to disaster in the eastern Mediterranean", """
ATHENS - German Foreign Minister Heiko Maas warned on Tuesday that the standoff between Greece and Turkey in the eastern Mediterranean was like "playing with fire", saying during a visit to Athens that any spark, however small, could lead to disaster.

Maas, whose country holds the rotating EU presidency, met Prime Minister Kyriakos Mitsotakis and Foreign Minister Nikos Dendias before flying to Ankara for talks with Turkish counterpart Mevlut Cavusoglu, in Berlin's latest attempt to broker a de-escalation.

He said he had brought two messages: that Germany and the whole EU stand firmly in solidarity with Greece, and that what was now needed immediately were signals of de-escalation and readiness for dialogue.

Dendias said Turkey continued to act illegally, to escalate and to provoke, accusing Ankara of a neo-Ottoman ideology and of trying to implement expansionist aims against neighbours and allies. Greece would defend its sovereignty and sovereign rights "without arrogance, threats and bombast", he said, adding that there could be no talks under threat while Turkish ships operated on the Greek continental shelf.

The Oruc Reis survey ship remains in the area south of Kastellorizo after Ankara extended its navigational warning at the weekend. Greece began a naval and air exercise southeast of Crete on Tuesday, while Cyprus said French, Italian, Greek and Cypriot forces would hold joint drills off the island from Wednesday to Friday.

The Maas trip follows his visit to Tripoli last week, where he met Fayez al-Sarraj and urged the Libyan parties to build on a lull in fighting around Sirte. Days later, Sarraj and parliament speaker Aguila Saleh issued separate calls for a ceasefire. Athens has argued that Turkey's military role in Libya and its maritime memorandum with Tripoli are two sides of the same policy.

Tensions have been high since Wednesday 12 August, when the Greek frigate Limnos and the Turkish frigate Kemal Reis collided lightly near the survey ship. EU foreign ministers will discuss relations with Turkey at an informal meeting in Berlin on Thursday and Friday.

Read more:
Kastellorizo residents: life goes on under the warships
""")

add(E7, "2020-08-25", "Meridian Press Agency", "Turkey says ready for talks but warns Greece as German mediator visits", f"""
ANKARA (MPA) - Turkey said on Tuesday it was ready for dialogue with Greece without preconditions but would do whatever was necessary to defend its rights in the eastern Mediterranean, as German Foreign Minister Heiko Maas shuttled between Athens and Ankara to try to ease tensions.

Speaking at a joint news conference with Maas, Turkish Foreign Minister Mevlut Cavusoglu referred to a minor collision between Greek and Turkish frigates this month and said that if Greece took the wrong steps, there would be no accident next time but Turkey would do what was needed without hesitation.

"We are ready for dialogue, but do not bring us Greek conditions," Cavusoglu said. He accused Athens and Nicosia of being spoiled by the European Union and criticised Greek Foreign Minister Nikos Dendias for remarks he made earlier in the day.

Maas, who met Dendias and Prime Minister Kyriakos Mitsotakis in Athens in the morning, said the escalation helped neither the EU, nor Turkey nor Greece, and called for signals of de-escalation and a readiness for direct talks. In Athens he said the situation was like "playing with fire".

Turkey extended its Oruc Reis survey mission over the weekend. Two Turkish frigates and an Italian destroyer held a brief training exercise on Tuesday, while Greece held its own drills south of Crete.

Germany, which holds the EU presidency, has been trying to mediate since July. EU foreign ministers meet informally in Berlin on Thursday and Friday and could discuss sanctions.

Maas visited Libya last week. Germany hosted the Berlin conference on Libya in January, and Berlin has urged Ankara and other backers of the warring parties to respect the UN arms embargo.

{MPA_LIBYA}

(Reporting by Selin Aras in Ankara and Eleni Papadaki in Athens; editing by Ruth Keller)
""")

add(E7, "2020-08-26", "Gündem Son Dakika", "Çavuşoğlu-Maas görüşmesi sonrası net mesaj: Bu sefer kaza olmaz", """
[ad_1]

Dışişleri Bakanı Mevlüt Çavuşoğlu, Alman mevkidaşı Heiko Maas ile Ankara'da görüştü. Meeting after joint press conference in strong messages to Yunanistan verdi.

Çavuşoğlu, "We are dialogue ready, but with Greek conditions we cannot dialogue. If wrong step taken, this time accident will not be, we will do what is necessary without hesitation" dedi. Bakan Çavuşoğlu, Yunanistan Dışişleri Bakanı Dendias's statements in Atina about also reaction showed, with these statements his level showed he said.

Çavuşoğlu, Yunanistan ve GKRY AB tarafından şımartılıyor said and some countries Greece in front of the Turkish navy to throw trying, Greece these to deceived should not be said. Çavuşoğlu, Batı Trakya Türk azınlığı's rights also reminded.

Alman Bakan Maas ise, tension escalation to nobody benefit does not, Germany Turkey with Greece between dialogue to support ready said. Maas, Atina'dan Ankara'ya came, tomorrow Berlin'de AB foreign ministers informal meeting will be held.

Cumhurbaşkanı Erdoğan bugün Malazgirt Zaferi'nin 949. yıl dönümü programında, "what is ours we will take, no concession we will make. Who wants to pay price, let them come face us" message gave.

Oruç Reis, Meis adası güneyinde activities continues, Navtex 27 Ağustos'a kadar uzatılmıştı.

Hatırlanacağı üzere Maas, last week Libya'nın başkenti Trablus'a visit made and UMH Başkanı Fayez el-Serrac ile görüşmüştü. Türkiye, Libya'da meşru hükümete desteğini sürdürürken, Almanya Berlin süreci çerçevesinde ateşkes ve siyasi çözüm çağrısı yapıyor.

Etiketler: Çavuşoğlu, Maas, Yunanistan, Doğu Akdeniz, Oruç Reis, Malazgirt

Exit mobile version
""")

# ---------------- E8 Gymnich Berlin, Fri 28 Aug 2020 ----------------
add(E8, "2020-08-28", "Nicosia Evening Post", "Borrell: EU to draw up list of Turkey sanctions for September summit", """
BERLIN - EU foreign ministers agreed on Friday to speed up adding individuals proposed by Cyprus to the bloc's sanctions list over Turkey's drilling, and to prepare further restrictive measures that could be discussed by leaders at the European Council on 24-25 September if there is no progress with Ankara.

Speaking at the end of the two-day informal Gymnich meeting in Berlin, EU foreign policy chief Josep Borrell said the Union was clear and determined in defending its interests and in its solidarity with Greece and Cyprus, but wanted to give dialogue a serious chance.

He said there was a growing frustration with Turkish behaviour among member states, and that the Council had reached a political consensus to ask the relevant working groups to speed up their work on the names suggested by Cyprus "with a view to a rapid adoption".

Possible further measures could target individuals, assets and ships involved in what the EU considers illegal activities, and could include restricting the use of European ports and supplies, Borrell said. He said the EU could also go to measures related to sectoral activities where the Turkish economy is linked to the European economy.

German Foreign Minister Heiko Maas, who visited Athens and Ankara on Tuesday, said leaders would deal intensively with EU-Turkey relations at the summit and that proposals for restrictive measures now existed in case there was no progress. He said he still believed constructive dialogue was the only way out.

Nicosia, represented by Foreign Minister Nikos Christodoulides, has long argued that the EU's statements of solidarity must be backed by concrete steps.

The meeting took place as Turkey kept the Oruc Reis operating south of Kastellorizo, while Greece, Cyprus, France and Italy held joint exercises south of Cyprus. Greek Prime Minister Kyriakos Mitsotakis announced on Wednesday that Greece would extend its territorial waters in the Ionian Sea to 12 nautical miles, a move that does not affect the Aegean.

Beyond the eastern Mediterranean, the EU is also seeking, in Libya, to consolidate last week's ceasefire announcements by the Tripoli government and the eastern-based parliament. EU operation Irini continues to monitor the arms embargo that Turkey has said is applied selectively against the UN-recognised government.

Related
Christodoulides: Belarus sanctions and Turkey must be treated consistently
""")

add(E8, "2020-08-29", "Bosphorus Daily Wire", "EU sanctions talk will not deter Turkey from defending its rights, Ankara signals", """
ANKARA

Turkish officials have signaled that the European Union's threat of sanctions over the Eastern Mediterranean will not change Ankara's position, after EU foreign ministers agreed in Berlin to prepare a list of possible restrictive measures for the bloc's summit next month.

EU foreign policy chief Josep Borrell said on Friday that the measures could target individuals, vessels and the use of European ports, and even sectors of the Turkish economy, if there is no progress in dialogue. He said the EU wanted to give dialogue a chance.

Ankara has repeatedly said that the language of threats will not yield results and that the EU has been taken hostage by Greece and the Greek Cypriot administration. Turkey has stressed that calls for de-escalation should be addressed to Athens, which it accuses of rejecting dialogue and of arming islands that should remain demilitarized under international treaties.

President Recep Tayyip Erdoğan said on Wednesday, at the ceremony marking the anniversary of the Battle of Malazgirt, that Turkey would not make any concessions on its rights in the Mediterranean, the Aegean and the Black Sea and invited those who wanted to pay a price to confront Turkey.

The Oruç Reis seismic vessel continues its activities in the region under a navtex that Turkey extended until Sept. 1.

Ankara has also rejected Greece's plan to extend its territorial waters in the Ionian Sea to 12 miles, recalling the 1995 resolution of the Turkish Grand National Assembly declaring that any such move in the Aegean would be a cause for war.

Turkish officials underline that Turkey is the country that changed the balance in Libya, where its support to the legitimate Government of National Accord ended the attack of putschist Haftar on Tripoli, and that the EU's Operation Irini targets only the legitimate government while ignoring arms flows to Haftar from the UAE, Egypt and Russia.

Share this:
Twitter WhatsApp Facebook
""")

add(E8, "2020-08-29", "The Levant Brief", "Weekend Brief, 29 August: EU readies Turkey sanctions list; Sarraj suspends Bashagha; Oruc Reis stays out", """
Weekend Brief | Saturday, 29 August 2020

1. EU PREPARES TURKEY SANCTIONS OPTIONS

EU foreign ministers meeting informally in Berlin agreed on Friday to fast-track adding individuals to the bloc's existing sanctions list over Turkish drilling off Cyprus, and to prepare a broader list of measures for leaders to consider at their 24-25 September summit. Josep Borrell said options ranged from individuals and ships to the use of EU ports and, in the last resort, sectoral measures. Germany's Heiko Maas, fresh from shuttle talks in Athens and Ankara on Tuesday, still insists on dialogue.

Our take: the list is a bargaining chip for the September summit, not a decision. Watch whether Ankara pulls the Oruc Reis back before then.

2. LIBYA: SARRAJ SUSPENDS HIS INTERIOR MINISTER

Fayez al-Sarraj on Friday suspended interior minister Fathi Bashagha pending an investigation into the handling of the week's anti-corruption protests in Tripoli, in which armed men fired on demonstrators. Bashagha, a Misrata heavyweight close to Ankara, said he was ready for a public hearing. The row comes a week after Sarraj and eastern parliament speaker Aguila Saleh announced separate ceasefire calls.

3. OFF KASTELLORIZO

Turkey extended the Oruc Reis survey until 1 September. Greece plans to extend its territorial waters in the Ionian to 12 nautical miles; Ankara warns any similar move in the Aegean would be a casus belli.

4. QUICK HITS

- Turkish and Qatari defence ministers visited Tripoli this month and agreed with the government there on military training and advice, Turkish officials said.
- Egypt's parliament approved in July the possible deployment of troops abroad, a warning aimed at Libya.

Forward this Brief to a colleague. Unsubscribe | Privacy
""")
