# Set 42 article texts, part 3 (events E9-E13).
E9 = "med7_corsica_summit_turkey_2020_09_10"
E10 = "nato_greece_turkey_deconfliction_mechanism_2020_10_01"
E11 = "euco_special_summit_turkey_two_track_2020_10_01"
E12 = "cyprus_egypt_greece_nicosia_trilateral_summit_2020_10_21"
E13 = "lavrov_cavusoglu_sochi_talks_2020_12_29"

# ---------------- E9 Med7 summit, Porticcio (Corsica), Thu 10 Sep 2020 ----------------
add(E9, "2020-09-11", "The Continental Review", "Macron's Med7 offers Ankara a hand and a list of sanctions, and Turkey bites back", """
By Julien Arnaud

AJACCIO - Emmanuel Macron chose a setting with a message. On the terrace of a hotel in Porticcio, across the bay from Ajaccio, the French president gathered the leaders of the European Union's six other Mediterranean members on Thursday to agree what he called "red lines" for dealing with Turkey, and declared, hours before they sat down, that Turkey was "no longer a partner" in the region.

The final declaration of the Med7 summit, signed by France, Italy, Spain, Portugal, Greece, Cyprus and Malta, was more measured than the president. It expressed full solidarity with Greece and Cyprus over what it called repeated violations of their sovereign rights, regretted that Ankara had not answered EU calls to end unilateral actions, and said that if Turkey did not make progress toward dialogue, the EU was ready to draw up a list of further restrictive measures for leaders to discuss at their 24-25 September summit.

Macron, whose navy has been deployed alongside Greek forces since August, insisted he wanted a "fruitful dialogue" with Ankara and even floated a "Pax Mediterranea" built on sharing energy resources. But he said Europe had to be "clear and firm" with President Recep Tayyip Erdogan's government, whose behaviour he called unacceptable, while distinguishing it from the Turkish people. Among the "unacceptable" unilateral actions he listed was the maritime memorandum Ankara signed in November with Libya's Government of National Accord last November, which ignores Greek islands.

Ankara's answer came before the summit had finished. The Turkish foreign ministry said Macron had once again made an arrogant statement with "old colonial reflexes" and that his remarks showed his own incompetence and despair. Erdogan's communications director, Fahrettin Altun, mocked the French leader on Twitter as a would-be Napoleon and accused him of arming "terrorists" in Libya, a reference to France's past support for Khalifa Haftar.

Libya was the summit's second theme. The declaration reaffirmed opposition to all foreign interference in the conflict, "wherever it comes from", and said the seven were ready to back sanctions against those violating the UN arms embargo or obstructing the political process. The wording, deliberately unspecific, papered over a long rift between Paris, which has been close to Haftar, and Rome, which has backed the Tripoli government. It came as Libyan delegations from the rival legislatures met in Morocco and after UN-facilitated consultations in Montreux, both aimed at turning last month's ceasefire declarations into a political process.

Kyriakos Mitsotakis, the Greek prime minister, said Turkey had until the September summit to show it was serious about ending its survey activity in disputed waters. The Oruc Reis is still operating south of Crete and Kastellorizo under a navigational warning that runs until Saturday. Erdogan said last weekend that Greece would learn "either through the language of politics and diplomacy, or in the field through painful experiences".

Not everyone at the table wants to go as far as Paris. Italy and Spain have large economic stakes in Turkey, and Germany, which holds the EU presidency and is not a Med7 member, is still trying to mediate. The Corsica text bears the marks of that balance: French in its tone, cautious in its commitments.

The leaders also expressed solidarity with Greece after the fire that destroyed the Moria migrant camp on Lesbos on Wednesday, and Macron said France and Germany would take in unaccompanied minors.

Related Articles
Inside the Franco-Greek defence deal
Libya's oil blockade enters its ninth month
""")

add(E9, "2020-09-10", "Bosphorus Daily Wire", "Turkey slams Macron's 'arrogant' remarks with 'old colonial reflexes'", """
ANKARA

Turkey on Thursday strongly condemned French President Emmanuel Macron's remarks on the Eastern Mediterranean, saying he had once again made an arrogant statement with his old colonial reflexes.

In a written statement, the Turkish Foreign Ministry said Macron's remarks were a manifestation of his own incompetence and despair and that the days when some countries had free rein all over the world were over.

"It is not for Macron to determine the maritime jurisdiction of any country in the Mediterranean," the ministry said, urging France to act in favor of reconciliation and dialogue instead of blindly advocating for Greece and the Greek Cypriot administration.

The statement said Macron, with his individual and nationalist stance, encourages tension and puts the interests of Europe and the EU at risk. It noted that France does not even have a coastline on the Eastern Mediterranean.

Earlier in the day, speaking in Ajaccio ahead of a meeting of seven southern EU countries known as Med7, Macron claimed that Turkey was no longer a partner in the region.

AK Party spokesman Ömer Çelik also criticized the French leader, saying his statements were a continuation of France's long colonial history.

Ankara has repeatedly criticized France's role in Libya, where Paris backed putschist Khalifa Haftar's attack on Tripoli. In July 2019, France admitted that American-made Javelin missiles found at a base used by Haftar's militias in Gharyan belonged to it, saying they were unusable and stored for destruction.

Turkey supports the legitimate Government of National Accord, which pushed Haftar's forces back from Tripoli in June.

Related News
Oruç Reis continues seismic work in Eastern Mediterranean
""")

add(E9, "2020-09-11", "Tripoli Daily Monitor", "Med7 leaders reject foreign interference in Libya, threaten embargo violators with sanctions", """
Tripoli - Daily Monitor

The leaders of seven southern European Union countries, meeting in Corsica on Thursday, said they opposed all foreign interference in Libya and were ready to support sanctions against those who violate the UN arms embargo, violate human rights or obstruct the political process.

The declaration of the Med7 summit, hosted by French President Emmanuel Macron, did not name any country in its paragraph on Libya. It called for a lasting ceasefire and a return to the UN-led political track based on the conclusions of the Berlin conference.

The summit was dominated by the dispute between Turkey and Greece and Cyprus in the eastern Mediterranean. Macron criticised the maritime memorandum signed between the Government of National Accord and Turkey in November 2019, which Tripoli considers a sovereign agreement between two states and has defended before the United Nations.

Observers in Tripoli note the contradiction in the French position. Paris speaks of rejecting interference, while it has for years given political cover to the war criminal Khalifa Hifter, whose attack on the capital that began on April 4, 2019 killed and displaced thousands and was carried out with the support of Wagner mercenaries, Emirati drones and Egyptian logistics. French-owned Javelin missiles were found in Hifter's headquarters in Gharyan when the Libyan army liberated the city in June 2019.

Italy, which also took part in the summit, has maintained closer relations with the GNA and supported the Irini operation, which Tripoli says has focused on the sea route while ignoring arms shipments reaching Hifter by air and land from the east.

The summit came as delegations of the House of Representatives and the High Council of State held talks in Bouznika, Morocco, and after consultations in Montreux. On August 21, Prime Minister Fayez al-Sarraj announced a ceasefire and called for the demilitarisation of Sirte and al-Jufra, where Wagner mercenaries remain deployed. Hifter's forces have kept oil fields and ports closed since January, costing the country billions of dollars.

Read also: Interior Minister Bashagha resumes duties after Presidential Council hearing
""")

# ---------------- E10 NATO deconfliction mechanism, Thu 1 Oct 2020 ----------------
add(E10, "2020-10-01", "Hermes Newswire", "NATO Secretary General welcomes Greece-Turkey military de-confliction mechanism", """
PRESS RELEASE - distributed by Hermes Newswire

BRUSSELS, 1 October 2020 - A bilateral military de-confliction mechanism between Greece and Turkey was established on Thursday following a series of technical meetings between the military delegations of the two Allies at NATO Headquarters, the Alliance announced.

The mechanism is designed to reduce the risk of incidents and accidents in the Eastern Mediterranean. It includes the creation of a hotline between Greece and Turkey to facilitate de-confliction at sea or in the air.

The technical talks were launched by NATO Secretary General Jens Stoltenberg in early September, following his discussions with the leaders of Greece and Turkey.

The Secretary General welcomed the establishment of the mechanism, which he said had been achieved through the constructive engagement of Greece and Turkey, both valued Allies. He said the safety mechanism could help create the space for diplomatic efforts to address the underlying dispute, and that NATO stands ready to develop it further. He added that he would remain in close contact with both Allies.

Military de-confliction between Allies is a role NATO has played before. In the late 1990s, NATO helped set up a similar set of confidence-building measures between Greece and Turkey, which contributed to reducing tensions.

The talks at NATO are separate from the diplomatic efforts led by Germany, which holds the presidency of the Council of the European Union.

Notes to editors:
- Greece and Turkey have been NATO members since 1952.
- NATO conducts maritime security operation Sea Guardian in the Mediterranean.
- NATO has repeatedly said it stands ready to support Libya in building its defence and security institutions, at the request of the UN-recognised government and taking into account the security conditions.

Media contact: press office, NATO HQ, Brussels.

###
""")

add(E10, "2020-10-02", "Aegean Times Online", "Athens: NATO hotline is about avoiding accidents, not talks on sovereignty", """
ATHENS - The Greek government said on Friday that the military de-confliction mechanism set up with Turkey at NATO headquarters concerns only the prevention of accidents at sea and in the air, and is not a forum for discussing Greek sovereign rights.

NATO Secretary-General Jens Stoltenberg announced on Thursday evening that, after a series of technical meetings between the two countries' military representatives in Brussels, Greece and Turkey had established a mechanism that includes a hotline to reduce the risk of incidents in the eastern Mediterranean. Stoltenberg said it could help create the space for diplomatic efforts to address the underlying dispute.

Greek officials stressed that the arrangement builds on confidence-building measures agreed in the past and that any discussion of maritime zones would take place only in the exploratory talks, which Athens and Ankara agreed on September 22 to resume. When Stoltenberg first announced the technical talks in early September, the Greek foreign ministry said his statement did not correspond to reality, and Athens insisted that there could be no talks while the Oruc Reis was operating on the Greek continental shelf. The Turkish survey ship returned to port near Antalya on September 13.

The announcement came as EU leaders, meeting in Brussels, agreed overnight on conclusions that strongly condemn Turkish violations of Cypriot sovereign rights and warn that the EU will use all instruments at its disposal in case of renewed provocations, while offering Ankara a positive agenda. Prime Minister Kyriakos Mitsotakis said Greece was absolutely satisfied with the text.

The August 12 collision between the Greek frigate Limnos and the Turkish frigate Kemal Reis near the Oruc Reis had shown, diplomats said, how easily the standoff could slip out of control. Stoltenberg is expected to visit Ankara and Athens next week.

Athens continues to insist that the memorandum signed by Turkey with the Tripoli government in November 2019 is legally non-existent. The Libyan interlocutor for that memorandum, Fayez al-Sarraj, announced last month that he intends to hand over power by the end of October.

Related Articles
EU summit: what the conclusions on Turkey say
Greek defence spending: the new frigates
""")

add(E10, "2020-10-02", "Gündem Son Dakika", "NATO: Türkiye ile Yunanistan arasında askeri çatışmayı önleme mekanizması kuruldu", """
NATO Genel Sekreteri Jens Stoltenberg, Türkiye ile Yunanistan arasında NATO karargahında yapılan teknik toplantılar sonucu askeri çatışmayı önleme mekanizması kurulduğunu açıkladı.

Açıklamada, mechanism Doğu Akdeniz'de incidents and accidents risk reducing purpose carries, sea and air in to be used Türkiye ile Yunanistan between a hotline (sıcak hat) created said. Stoltenberg, both allies's constructive participation thanks said, mechanism diplomatic efforts for ground preparing can said.

Teknik görüşmeler Eylül ayı başında started. Yunanistan side at the beginning talks existence denied.

Türkiye, from the beginning dialogue supported said. Oruç Reis ship 13 Eylül'de Antalya'ya returned, Türkiye ve Yunanistan istikşafi görüşmeleri resume decision taken.

Also AB liderler zirvesi yesterday night Türkiye about conclusions accepted.

Libya'da ise Türkiye meşru UMH hükümetine support continuing, Serrac Ekim sonunda görevini devretmek istediğini açıklamıştı.

Etiketler: NATO, Stoltenberg, Yunanistan, Doğu Akdeniz, sıcak hat

Exit mobile version
""")

# ---------------- E11 Special European Council, Brussels, 1-2 Oct 2020 ----------------
add(E11, "2020-10-02", "Meridian Press Agency", "EU offers Turkey 'positive agenda' but warns of sanctions; Belarus deadlock broken", f"""
BRUSSELS (MPA) - European Union leaders agreed early on Friday to offer Turkey closer economic ties if it stops what they called illegal activities in the eastern Mediterranean, while warning they would use all instruments at their disposal if Ankara resumed unilateral actions, in a deal that also unblocked sanctions on Belarus.

After nearly nine hours of talks that ran past 2 a.m., the 27 leaders said they would launch a positive political EU-Turkey agenda, including the modernisation of the customs union and trade facilitation, provided constructive efforts to stop illegal activities vis-a-vis Greece and Cyprus were sustained. They said they would return to the issue and take decisions as appropriate at the latest at their December summit.

"We want to give a chance to political dialogue. But in case of renewed provocations we will use all instruments at our disposal," European Council President Charles Michel said, describing a two-track approach.

Cyprus, which had for weeks blocked EU sanctions on Belarusian officials over August's disputed election, lifted its veto after the conclusions strongly condemned violations of its sovereign rights. Around 40 officials were targeted; President Alexander Lukashenko was not on the list.

The conclusions welcomed confidence-building steps between Greece and Turkey, including the planned resumption of exploratory talks, and called on Turkey to accept an invitation from Cyprus to negotiate maritime disputes. Leaders also backed a proposal for a multilateral conference on the eastern Mediterranean.

German Chancellor Angela Merkel said the relationship with Ankara was complicated but the EU had a great interest in a constructive one. Greek Prime Minister Kyriakos Mitsotakis said Greece was absolutely satisfied.

The summit came hours after NATO said Greece and Turkey had set up a military hotline to avoid accidents at sea.

EU-Turkey ties have also been strained by Libya, where Turkish military support turned the tide for the Tripoli government this year and the EU's Irini naval operation has been accused by Ankara of bias.

{MPA_LIBYA}

(Reporting by Pieter Vandamme and Claire Dufour; editing by Ruth Keller)
""")

add(E11, "2020-10-02", "Nicosia Evening Post", "Anastasiades lifts Belarus veto after EU leaders 'strongly condemn' Turkish violations", """
BRUSSELS - President Nicos Anastasiades lifted Cyprus' veto on EU sanctions against Belarus in the early hours of Friday, after the bloc's leaders adopted conclusions strongly condemning violations of the Republic's sovereign rights by Turkey and warning Ankara of consequences if provocations continue.

The text, agreed after a long night of negotiations in which Nicosia and Athens rejected earlier drafts as unbalanced, states that the European Council strongly condemns violations of the sovereign rights of the Republic of Cyprus, which must stop, and calls on Turkey to abstain from similar actions in the future. It calls on Ankara to accept the invitation of Cyprus to engage in dialogue on all maritime disputes.

In the event of renewed unilateral actions or provocations in breach of international law, the EU will use all the instruments and options at its disposal, the conclusions say, adding that leaders will come back to the issue at the latest in December. At the same time, the EU offers Turkey a positive political agenda, including the modernisation of the customs union, if constructive efforts are sustained.

Nicosia had held up the sanctions against Belarusian officials for weeks, arguing that the EU must apply the same principles to violations of international law wherever they occur. In Nicosia's reading, the conclusions meet the Republic's central demand: a clear link between Turkey's behaviour and EU consequences, with a timeline.

Greek Prime Minister Kyriakos Mitsotakis said on Friday morning that Greece was absolutely satisfied with the outcome and that it sent a clear message of unity, solidarity and determination.

The European Council also reaffirmed its commitment to a comprehensive Cyprus settlement within the UN framework and in line with Security Council resolutions, days before the occupied north holds a leadership election.

On Thursday afternoon NATO announced that Greece and Turkey had set up a military de-confliction hotline. Cyprus, which is not a NATO member, was not part of those talks.

Nicosia has also raised Turkey's conduct in Libya with its partners, arguing that Ankara's maritime memorandum with Tripoli and its arms shipments form part of the same strategy that threatens Cyprus' exclusive economic zone.

Share this:
Facebook Twitter Email
""")

add(E11, "2020-10-03", "Bosphorus Daily Wire", "Turkey: EU summit conclusions 'far from reality' despite some positive elements", """
ANKARA

Turkey's Foreign Ministry said on Friday that the conclusions adopted at the special European Council regarding Turkey, even with certain positive elements, are far from reality in most aspects.

In a written statement, the ministry said the text was evidence of how certain EU countries aim to improve relations with Turkey on the one hand, and of how "the Greek-Greek Cypriot duo" takes Turkey-EU relations hostage on the other.

The ministry welcomed the reference to the decision to resume exploratory talks with Greece but stressed that these talks aim at the resolution of all outstanding issues between the two countries, and are not limited to the delimitation of maritime jurisdiction areas.

It criticized the absence of any reference to the Turkish Cypriots and to a fair sharing of hydrocarbon revenues on the island, and underlined that Turkey will never negotiate maritime delimitation with the Greek Cypriot administration, which does not represent the Turkish Cypriots, before a settlement of the Cyprus issue. Unless cooperation is established, the Turkish Cypriot side will continue its hydrocarbon activities through the Turkish Petroleum Corporation, the statement said.

EU leaders meeting in Brussels said they would launch a positive agenda with Turkey, including the modernization of the customs union, while threatening to use all instruments in case of what they called renewed provocations.

Turkey has repeatedly said it favors dialogue and has taken goodwill steps, including the return of the Oruç Reis vessel to port in September for maintenance. On Thursday, NATO announced a military deconfliction mechanism between Turkey and Greece following technical talks at the Alliance headquarters, which Ankara had supported from the outset.

Turkish officials have also urged the EU to see Turkey as a partner in Libya, where Ankara's support to the legitimate Government of National Accord paved the way for the current ceasefire and the UN-led talks.

Related News
Çavuşoğlu: EU must be an honest broker in Eastern Mediterranean
""")
