# Event: Haftar's visit to Athens, talks with Dendias and Mitsotakis (arrived evening 16 Jan, main talks 17 Jan 2020)
G = "haftar_visits_athens_2020_01_17"

ARTICLES = [
dict(group=G, published="2020-01-17", outlet="Agence Euromed",
title="Haftar holds talks in Athens two days before Berlin summit; Greece threatens EU veto",
text="""ATHENS (AEM) - Libyan strongman Khalifa Haftar held talks with Greek Prime Minister Kyriakos Mitsotakis and Foreign Minister Nikos Dendias in Athens on Friday, two days before an international summit on Libya in Berlin to which Greece has not been invited.

The commander of the self-styled Libyan National Army (LNA) landed at Athens airport on Thursday evening aboard a private aircraft, in a visit that had not been announced in advance. He was received by Dendias for a first meeting at his hotel in central Athens under tight security, before holding further talks at the foreign ministry on Friday morning and then meeting Mitsotakis and Defence Minister Nikos Panagiotopoulos.

"We had a long conversation with General Haftar on all matters: the situation in Libya, the Berlin conference and the day after in Libya and the wider region," Dendias said. "We want a ceasefire, removal of mercenaries and cancellation of the illegal memoranda."

Dendias said Haftar had agreed with Greece's positions, including that the maritime accord signed in November between Turkey and the Tripoli-based Government of National Accord (GNA) was illegal and invalid. He said Greece had encouraged the marshal to take part in the Berlin process in a constructive spirit, and that Athens was ready to contribute, including with forces, to monitoring a ceasefire and the arms embargo.

Greece is furious at having been left out of the Berlin conference on Sunday, which will bring together the leaders of Russia, Turkey, France, Italy, Egypt and the United Arab Emirates, among others. Mitsotakis said on Thursday that the exclusion was a mistake and warned that Athens would veto at EU level any political solution for Libya that did not annul the Turkish-Libyan memorandum, which Greece says violates its maritime rights around Crete.

"We will veto this even before it reaches a summit," the prime minister told the Greek channel Alpha. He said he had written to EU leaders and would speak again to German Chancellor Angela Merkel.

Haftar arrived in Athens a day after receiving German Foreign Minister Heiko Maas in Benghazi. Maas said after that meeting that Haftar had agreed to attend the Berlin conference and was willing to respect the ceasefire in force since Sunday.

The maritime accord, signed by Ankara and the GNA on November 27, draws a line between the Turkish and Libyan coasts that Athens says ignores the island of Crete. Greece expelled the Libyan ambassador in December in protest.

On Tuesday, the marshal left Moscow without signing a ceasefire agreement negotiated under the auspices of Russia and Turkey and signed by his rival, GNA chief Fayez al-Sarraj. Turkish President Recep Tayyip Erdogan then threatened to "teach a lesson" to Haftar if he resumed his offensive on Tripoli.

For Greece, the visit was a way to show that it remains a player in the region despite its exclusion from Berlin, Greek commentators said.

bur/gk/lv"""),

dict(group=G, published="2020-01-18", outlet="Al-Nahar al-Arabi Online",
title="Field Marshal Haftar concludes visit to Athens .. and Greece: the Turkish memorandum is null",
text="""[ad_1]

The General Commander of the Libyan National Army, Field Marshal Khalifa Haftar, concluded, yesterday Friday, a visit to the Greek capital Athens, during which he met the Prime Minister Kyriakos Mitsotakis and the Foreign Minister Nikos Dendias, in a visit which was not announced before.

The Field Marshal arrived in Athens on Thursday evening, where the Greek Foreign Minister received him and held with him a first meeting which lasted for about an hour, before the talks continued yesterday Friday in the headquarters of the Greek Foreign Ministry and then with the Prime Minister.

Greek media reported that the Field Marshal's plane landed at Athens airport at about half past eight in the evening, and that he stayed at a hotel in Syntagma Square in the center of the capital under strict security measures, before meeting also the Greek Defense Minister Nikos Panagiotopoulos.

The Greek Foreign Minister Nikos Dendias said after the meeting that Field Marshal Haftar agreed with all the positions of Greece, including the recognition that the memorandum of maritime borders signed between Turkey and the Al-Wefaq government headed by Fayez al-Sarraj is illegal and invalid.

Dendias added that Athens encouraged the Field Marshal to participate in the Berlin conference, which will be held tomorrow Sunday, with a constructive spirit and to try to reach a ceasefire and the restoration of security in Libya "by removing the mercenaries", according to his expression.

The Greek Prime Minister had announced that his country will use the veto in the European Union against any agreement on Libya that does not include the cancellation of the memorandum signed between Ankara and Tripoli, and criticized the exclusion of Greece from the Berlin conference. Mitsotakis said that he sent letters to the leaders of the European Union and that he will talk with the German Chancellor Angela Merkel about this matter.

For his part, Field Marshal Haftar had expressed earlier his objection to the exclusion of Greece from the conference, according to Greek media.

The visit of the Field Marshal to Athens came after his meeting in Benghazi, on Thursday, with the German Foreign Minister Heiko Maas, who announced that Haftar agreed to participate in the Berlin conference and to abide by the ceasefire.

It is worth mentioning that the Field Marshal had left Moscow last Tuesday without signing the ceasefire agreement, which was signed by Al-Sarraj, and the sources close to the General Command said that the draft ignored the demands of the army, especially the dismantling of the militias.

It is also worth mentioning that the House of Representatives in Libya had voted at the beginning of this month to cut relations with Turkey and cancel the memorandums signed with the Al-Wefaq government, after the Turkish parliament approved sending troops to Libya.

[ad_2]
Share this:
Facebook Twitter WhatsApp
Related
Tribal leaders call for closing oil ports in protest of Turkish intervention"""),
]
