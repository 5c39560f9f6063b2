# Event: Cairo meeting of Egypt, France, Greece, Cyprus (+Italy) foreign ministers rejects Turkey-GNA deals (8 Jan 2020)
G = "cairo_ministers_reject_turkey_gna_deals_2020_01_08"

ARTICLES = [
# Glued file: first article is the Cairo meeting; a second, shorter article on the Istanbul call follows.
dict(group=G, published="2020-01-09", outlet="Nile Courier",
title="Cairo meeting: Egypt, France, Greece, Cyprus declare Turkey-Sarraj memorandums 'null and void'",
text="""CAIRO - The foreign ministers of Egypt, France, Greece and Cyprus on Wednesday declared the two memorandums signed between Turkey and the head of the Tripoli-based Presidential Council, Fayez al-Sarraj, null and void, and condemned Ankara's decision to deploy troops in Libya as a gross violation of UN Security Council resolutions.

The ministers met in Cairo at the invitation of Foreign Minister Sameh Shoukry, in what the Egyptian Foreign Ministry described as part of continuing consultation and coordination on developments in the eastern Mediterranean and Libya. Italian Foreign Minister Luigi Di Maio took part in the talks but Italy did not sign the joint statement issued at the end of the meeting.

In the final communique, the four ministers said the memorandum on security and military cooperation and the memorandum on the delimitation of maritime zones, both signed in November, violate relevant Security Council resolutions and international law, including the UN Convention on the Law of the Sea, and have further undermined regional stability.

The ministers stressed that a comprehensive political solution is the only way out of the Libyan crisis, and called for an end to all foreign interference, including the transfer of foreign fighters to Libya. They expressed support for the efforts of UN envoy Ghassan Salame and for the Berlin process.

Speaking at a joint press conference, Shoukry said Egypt would not accept any steps that threaten Arab national security, and said the Turkish moves would only prolong the suffering of the Libyan people.

Greek Foreign Minister Nikos Dendias said the ministers had been unanimous. "On Libya, we are unfortunately witnessing the same pattern of aggressive behaviour adopted by Turkey in Cyprus and in the Aegean," he said, adding that the accords signed by Sarraj and Ankara were null and void.

French Foreign Minister Jean-Yves Le Drian and Cypriot Foreign Minister Nikos Christodoulides also attended.

The Cairo meeting came a week after the Turkish parliament voted to authorise the deployment of Turkish forces to Libya and three days after President Erdogan announced that Turkish soldiers had started moving there. The Libyan National Army, led by Field Marshal Khalifa Haftar, has accused Ankara of flying weapons and Syrian mercenaries into Tripoli.

On Monday, the Libyan National Army took control of the strategic city of Sirte, in a swift operation that residents said was welcomed by the city's people.

Egypt has repeatedly warned that it regards the security of Libya as part of its own national security and has called on the international community to confront Turkish interference.

RELATED
- Egypt strongly condemns Turkish parliament's approval of troop deployment to Libya
- Sisi chairs National Security Council meeting on Libya

Putin, Erdogan call for Libya ceasefire starting Sunday

ISTANBUL - Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan on Wednesday called on the warring parties in Libya to declare a ceasefire from midnight on Sunday, January 12.

The call came in a joint statement issued after the two leaders met in Istanbul, where they inaugurated the TurkStream gas pipeline. Turkish Foreign Minister Mevlut Cavusoglu announced it at a news conference with his Russian counterpart Sergei Lavrov.

The statement urged all parties to stop hostilities, take measures to stabilise the situation on the ground and come together around a negotiating table.

There was no immediate comment from the General Command of the Libyan National Army. Russia and Turkey support opposing sides in the conflict.

Share this article
Facebook | Twitter | Email"""),

dict(group=G, published="2020-01-08", outlet="Agence Euromed",
title="Four countries brand Turkey-Libya accords void at Cairo meeting; Italy stays off statement",
text="""CAIRO (AEM) - Egypt, France, Greece and Cyprus on Wednesday condemned the maritime and security accords signed between Turkey and Libya's Government of National Accord (GNA), describing them as contrary to international law, at a meeting in Cairo that Italy attended without endorsing its conclusions.

The foreign ministers of the four countries said in a joint statement issued by the Egyptian foreign ministry that the two memorandums of understanding signed in November between Ankara and GNA chief Fayez al-Sarraj violated UN Security Council resolutions and had "further undermined regional stability".

Greek Foreign Minister Nikos Dendias said the accords were "null and void" and condemned Turkey's decision to send troops to Libya, which he described as a gross violation of the UN arms embargo. Greece, Cyprus and Egypt accuse Ankara of ignoring their maritime rights with the boundary accord, which gives Turkey claims over a wide area of the eastern Mediterranean believed to be rich in hydrocarbons.

Italian Foreign Minister Luigi Di Maio took part in the talks with his counterparts Sameh Shoukry of Egypt, Jean-Yves Le Drian of France, Dendias and Nikos Christodoulides of Cyprus, but Italy's name did not appear on the final statement.

Italy, the former colonial power in Libya, has traditionally been closer to the GNA in Tripoli, while France is accused by the Tripoli government of favouring Marshal Khalifa Haftar, the strongman of eastern Libya, which Paris denies.

The Cairo meeting took place the same day as Russian President Vladimir Putin and his Turkish counterpart Recep Tayyip Erdogan, whose countries back opposing camps in the conflict, called in Istanbul for a ceasefire in Libya from midnight on Sunday.

GNA chief Sarraj was in Brussels on Wednesday for talks with Borrell, while in Rome Italian Prime Minister Giuseppe Conte received Haftar, the strongman of eastern Libya, for talks that lasted several hours.

Speaking in Brussels, Sarraj defended his government's right to conclude agreements with whoever it chose and said it was determined to defend itself, denying that it had brought in mercenaries.

On Tuesday in Brussels, the foreign ministers of France, Germany, Italy and the United Kingdom, together with EU foreign policy chief Josep Borrell, also called for a halt to fighting and warned against foreign interference in Libya.

The diplomatic flurry follows a sharp escalation on the ground. Haftar's forces seized the coastal city of Sirte on Monday, and about 30 cadets were killed on Saturday in a strike on a military school in Tripoli.

The Turkish parliament authorised the deployment of troops in Libya on January 2, and President Erdogan said on Sunday that soldiers were starting to go there.

Haftar's forces have been trying since April to take Tripoli, seat of the UN-recognised GNA. The fighting has killed more than 280 civilians and some 2,000 fighters, according to the UN.

bur/sr/lv"""),
]
