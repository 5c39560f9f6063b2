G = "greece_egypt_sign_maritime_boundary_deal_2020_08_06"

ARTICLES = [
dict(group=G, published="2020-08-06", outlet="Levant Wire Service",
title="Greece and Egypt sign maritime zones deal, rival to Turkey-Libya accord",
text="""
CAIRO (LWS) - Greece and Egypt signed an agreement on Thursday setting out an exclusive economic zone between them in the eastern Mediterranean, a deal Athens said nullified a maritime accord Turkey reached last year with Libya's Tripoli government.

The agreement, which partially delimits the two countries' maritime boundary, was signed in Cairo by Egyptian Foreign Minister Sameh Shoukry and his Greek counterpart Nikos Dendias after years of intermittent negotiations.

Shoukry told a joint news conference the deal would allow both countries to make the most of resources in their zones, particularly promising oil and gas reserves, and that all its provisions complied with international law and the UN Convention on the Law of the Sea.

Dendias called it a historic day and said the deal respected the rights of neighbouring states. Of the memorandum Turkey signed in November with the Government of National Accord (GNA) in Tripoli, he said: "It has ended up in the garbage bin, where it always belonged."

Turkey's foreign ministry said late on Thursday that it considered the Greek-Egyptian agreement "null and void", that the area it covered lay on the Turkish continental shelf and that it also violated Libya's maritime rights.

The Turkey-GNA memorandum, signed in Istanbul on Nov. 27 alongside a security pact, claims a swathe of sea between the two countries' coasts that Greece says belongs to the maritime zones of Crete and other islands. The European Union said in December that the accord could not produce legal consequences for third states.

Greece signed a separate maritime boundary deal with Italy in June.

Egypt and Greece are both members of the Cairo-based Eastern Mediterranean Gas Forum, which also includes Cyprus, Israel, Italy, Jordan and the Palestinian territories but not Turkey. Egypt, whose Zohr field made it a gas exporter again, backs Haftar in Libya's conflict, and President Abdel Fattah al-Sisi warned in June that Egypt could intervene militarily if Turkish-backed forces advanced on the city of Sirte.

The dispute has raised fears of confrontation at sea. Turkey said last month it would hold off on seismic surveys in contested waters to allow time for talks with Athens, after Greek and Turkish warships shadowed each other near the island of Kastellorizo. It was not immediately clear whether the planned talks would go ahead.

Libya has been split since 2014 between rival administrations in Tripoli and the east. Turkish support helped the GNA repel a 14-month offensive on Tripoli by eastern commander Khalifa Haftar, whose Libyan National Army (LNA) is backed by Egypt, the United Arab Emirates and Russia.

Greece expelled Libya's ambassador in December over the Turkey-GNA memorandum, and EU leaders declared the same month that it infringed the sovereign rights of third states and could not produce legal consequences for them. Turkey says the Greek position would confine it to a narrow strip of sea off its southern coast.

(Reporting by Nadia Farouk in Cairo and Dimitra Panou in Athens; Additional reporting by Ece Karahan in Ankara; Editing by Andrew Colquhoun)
"""),

dict(group=G, published="2020-08-07", outlet="Nile Gazette",
title="Egypt, Greece sign historic deal delimiting exclusive economic zones in the Mediterranean",
text="""
NILE GAZETTE
Egypt | Foreign Affairs

Egypt, Greece sign historic deal delimiting exclusive economic zones in the Mediterranean

Shoukry: the agreement complies fully with international law and opens new horizons for energy cooperation

By Rania Abdel Aziz
Friday, 7 August 2020

Foreign Minister Sameh Shoukry and his Greek counterpart Nikos Dendias signed in Cairo on Thursday an agreement on the delimitation of the exclusive economic zone between the Arab Republic of Egypt and the Hellenic Republic, crowning years of negotiations between the two friendly countries.

Speaking at a joint press conference following their talks at the ministry's headquarters, Shoukry said the agreement allows Egypt and Greece to move forward in maximising the use of the wealth available in their exclusive economic zones, especially promising oil and gas reserves. He stressed that all the articles of the agreement are in line with the rules of international law and the UN Convention on the Law of the Sea.

Shoukry added that the agreement opens new horizons for regional cooperation in the energy field, given that both countries are founding members of the Cairo-based Eastern Mediterranean Gas Forum, and that the relationship between Cairo and Athens has been a pillar of security and stability in the Eastern Mediterranean in the face of irresponsible policies that support terrorism and violate international law.

Dendias described the signing as a historic day, saying there is full and continuous coordination between the two countries at the highest levels.

Shoukry noted that the agreement was reached after a series of negotiations over the past years and reflects the ties of historic friendship and growing partnership between the two countries.

The agreement comes as a practical response to the illegal memorandum signed last November between the Turkish president and Fayez al-Sarraj, head of the Tripoli-based Presidential Council. Egypt has repeatedly stressed that the memorandum has no legal effect, since al-Sarraj lacks the authority to conclude international agreements under the Skhirat accord, and it has informed the United Nations of its position.

Turkey's foreign ministry claimed on Thursday evening that the Egyptian-Greek agreement is "null and void". Egyptian commentators were quick to point out that Ankara itself has never signed the UN Convention on the Law of the Sea.

The signing comes amid growing Turkish interference in Libya, where Ankara has sent thousands of Syrian mercenaries and weapons to the Tripoli militias in violation of the UN arms embargo. President Abdel Fattah al-Sisi declared on June 20 that the Sirte-Jufra line is a red line for Egypt's national security, and on July 20 the House of Representatives approved the deployment of elements of the Egyptian armed forces in missions outside the country to defend Egyptian national security on the western strategic front.

Read also: Sisi receives Libyan tribal elders in Cairo

Read also: Egypt's gas exports set to rise as Damietta plant restarts

Read also: Al-Mismari: the Turkish occupation is building up forces around Sirte
"""),

dict(group=G, published="2020-08-07", outlet="Anatolian Herald",
title="Turkey says Egypt-Greece maritime deal 'null and void', vows to protect its rights and Libya's",
text="""
Anatolian Herald | Turkey | 07.08.2020

Turkey says Egypt-Greece maritime deal 'null and void', vows to protect its rights and Libya's

Area covered by so-called agreement lies on Turkish continental shelf, says Foreign Ministry; President Erdoğan calls deal 'worthless'

ANKARA

Turkey considers the so-called maritime delimitation agreement signed between Egypt and Greece on Thursday to be null and void, the Turkish Foreign Ministry said.

In a written statement issued late Thursday, the ministry said the area covered by the agreement falls within the Turkish continental shelf, which Ankara has notified to the United Nations, and that the deal also violates the maritime rights of Libya.

The ministry said Turkey would not allow any activity in the area in question and would resolutely continue to protect both its own legitimate rights and interests in the Eastern Mediterranean and those of Libya.

It also stressed that there is no mutual maritime boundary between Egypt and Greece, noting that the agreement was an attempt to ignore the rights stemming from the Turkey-Libya memorandum of understanding.

Speaking to reporters after Friday prayers, President Recep Tayyip Erdoğan said the Egyptian-Greek agreement was "worthless" and that Turkey would continue to defend the memorandum it signed with Libya's legitimate government.

The Turkey-Libya memorandum on the delimitation of maritime jurisdiction areas, signed in Istanbul on Nov. 27, 2019, establishes the maritime boundary between the two countries' continental shelves and exclusive economic zones, and has been submitted by Ankara to the United Nations.

Turkey, which has the longest continental coastline in the Eastern Mediterranean, has repeatedly rejected the maximalist claims of Greece and the Greek Cypriot administration, which seek to confine Turkey to its coasts by granting full maritime zones to islands lying just off the Anatolian mainland, such as Meis (Kastellorizo).

Last month, Turkey announced it would hold its seismic research activities in the region in abeyance for a period to give diplomacy a chance, following calls by Germany, which currently holds the EU term presidency.

In June, Greece also signed a maritime delimitation agreement with Italy in the Ionian Sea, which Athens presents as a model. Turkish officials argue that the Ionian, where no third country has claims, cannot be compared with the Eastern Mediterranean.

Turkey deposited the Turkey-Libya memorandum with the UN after it was ratified by the Turkish parliament in December 2019. Ankara says the memorandum, together with Libya's coastline, shows that Greece and Egypt are not neighbors at sea in the area in question.

- Libya ties

Turkey is the main backer of Libya's UN-recognized Government of National Accord, which has recaptured the capital's surroundings, al-Watiya airbase and Tarhuna from putschist Khalifa Haftar's militias since May.

Egypt, along with the UAE, France and Russia, supports Haftar's forces, which are responsible for the deaths of thousands of civilians in the country.
"""),

dict(group=G, published="2020-08-07", outlet="The Athens Observer",
title="Dendias in Cairo: Turkey-Libya memorandum 'in the garbage bin' after Greek-Egyptian EEZ deal",
text="""
The Athens Observer
Diplomacy

Dendias in Cairo: Turkey-Libya memorandum 'in the garbage bin' after Greek-Egyptian EEZ deal

By Eleni Kostopoulou
August 7, 2020

Greece and Egypt signed in Cairo on Thursday the long-awaited agreement on the partial delimitation of their exclusive economic zones, a deal the government presents as the most important answer yet to the memorandum Turkey concluded with Fayez al-Sarraj's government last November.

The agreement was signed by Foreign Minister Nikos Dendias and his Egyptian counterpart Sameh Shoukry after talks in the Egyptian capital. Dendias, speaking at the joint press conference, said the deal confirmed and consolidated the right of Greek islands to a continental shelf and an exclusive economic zone. As for the Turkey-Libya memorandum, he said it "has ended up in the garbage bin, where it always belonged".

The agreement covers only part of the maritime boundary between the two countries, leaving the eastern and western ends for future negotiation. Government officials say this was deliberate, allowing the two sides to close the deal quickly while leaving room for later talks in areas where third countries, including Turkey, have claims.

Crucially for Athens, the Greek-Egyptian line overlaps with the zone that Ankara and Tripoli claimed for themselves in November, which, in the Greek reading, makes the Turkish-Libyan document inapplicable in practice. Coming two months after the maritime agreement with Italy on June 9, the deal is seen in Athens as a demonstration that Greece settles its maritime zones with neighbours on the basis of the Law of the Sea.

Ankara reacted within hours. The Turkish Foreign Ministry said it considered the agreement null and void, arguing that the area falls on the Turkish continental shelf and that it violates Libya's rights. On Friday, President Erdogan called it worthless.

The timing is delicate. Only last week, after the July standoff between the two navies south of Kastellorizo when Turkey announced plans to send the survey ship Oruc Reis, Ankara had said it would put seismic research on hold to allow for contacts with Athens under German mediation. Diplomats in Athens expect Turkey to respond by sending the ship out again.

The main opposition SYRIZA criticised the government, arguing that a partial deal signed under pressure could set a dangerous precedent for the country's positions on the effect of islands. Government officials replied that the agreement is fully in line with international law.

Talks on a Greek-Egyptian delimitation began more than a decade ago but stalled repeatedly.

The memorandum that prompted this summer's flurry of diplomacy was signed on November 27, 2019 at Dolmabahce Palace in Istanbul, together with a security pact that opened the way for Turkish military support to the Tripoli government. In December, Greece expelled the Libyan ambassador over it, and EU leaders declared it could produce no legal consequences for third states.
"""),
]
