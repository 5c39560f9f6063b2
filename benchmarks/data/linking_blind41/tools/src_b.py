# Article sources, part B (2020 events)
G6 = "di_maio_meets_haftar_rajma_benghazi_2020_02_13"
G7 = "us_hails_malta_seizure_russian_printed_dinars_2020_05_29"
G8 = "aguila_saleh_meets_lavrov_moscow_2020_11_25"
from src_a import MWS_BOILER
B = []

B.append(("G1", G6, "2020-02-13", "Meridian Wire Service",
"Italy's Di Maio meets Haftar near Benghazi, urges lasting truce and end to oil blockade",
f"""BENGHAZI, Libya (MWS) - Italian Foreign Minister Luigi Di Maio met eastern Libyan commander Khalifa Haftar on Thursday, a day after holding talks in Tripoli with the head of the rival internationally recognised government, as Rome pushes to shore up a shaky truce around the capital.

Di Maio's plane landed at Benina airport in the late morning and he was driven to Haftar's headquarters at Rajma, outside Benghazi, where the two men spoke for about an hour, according to Italian officials. Their talks focused on turning the fragile ceasefire into a lasting one and on the blockade of oil ports and fields imposed by groups loyal to Haftar since mid-January, the officials said.

On Wednesday Di Maio met Fayez al-Serraj, head of the Government of National Accord (GNA), and Interior Minister Fathi Bashagha in Tripoli. It was his second trip to Libya in two months; in December he met Haftar in Benghazi and senior officials in Tripoli.

The U.N. Security Council on Wednesday adopted a resolution endorsing the conclusions of last month's Berlin summit, where foreign powers pledged to respect a U.N. arms embargo and stop interfering in the war. Fourteen members voted in favour and Russia abstained.

The truce that took effect on January 12 has been repeatedly violated, with shelling on the southern front lines and on Tripoli's Mitiga airport. The oil shutdown has cut Libya's crude output to a fraction of the roughly 1.2 million barrels per day it was pumping before, according to the National Oil Corporation.

Italy, Libya's former colonial ruler, has major energy interests in the country through Eni and keeps about 300 military personnel at a field hospital in Misrata. It has sought to regain a leading role in Libya diplomacy after being sidelined by Turkey and Russia, which have backed opposite sides.

{MWS_BOILER}

(Reporting by Ayman Warfalli in Benghazi and Giulia Ferri in Rome; Editing by Ruth Akande)"""))

B.append(("G2", G6, "2020-02-14", "The Nile Dispatch",
"Field Marshal Haftar receives Italian foreign minister at General Command in Rajma",
"""The General Commander of the Libyan National Army, Field Marshal Khalifa Haftar, received on Thursday at the General Command headquarters in Rajma, east of Benghazi, Italian Foreign Minister Luigi Di Maio and his accompanying delegation.

Sources at the General Command said the meeting discussed ways of strengthening the current ceasefire on the Tripoli fronts and the outcomes of the Berlin conference, as well as the situation of the oil fields and ports, which have been closed since last month by tribes and residents protesting at the use of oil revenues to pay Turkish-backed mercenaries.

According to the sources, Field Marshal Haftar stressed that the army is committed to the truce as long as the other side respects it, but warned that the continued flow of Syrian mercenaries and Turkish weapons into Tripoli and Misrata threatens any political settlement. The Italian minister for his part affirmed his country's support for a political solution based on the Berlin outcomes, the sources said.

The visit came a day after Di Maio met in Tripoli Fayez al-Sarraj, head of the Presidential Council, and Fathi Bashagha, interior minister of the Tripoli government, which has signed security and maritime agreements with Ankara that the Libyan parliament and most of the region reject.

The Libyan National Army has repeatedly denounced the Turkish occupation and the transfer of thousands of mercenaries from Syria into Libya, which it says violates the arms embargo reaffirmed in Berlin. On Wednesday the UN Security Council adopted a resolution endorsing the Berlin conclusions, with Russia abstaining.

Di Maio had previously met Field Marshal Haftar in Benghazi in December, during his first visit to Libya as foreign minister, and Rome hosted the commander in early January.

The army launched its operation to free Tripoli from the terrorist militias in April 2019 and its forces took control of the coastal city of Sirte at the beginning of January."""))

B.append(("H1", G7, "2020-05-30", "Petro Markets Daily",
"US says Malta seized $1.1bn in Russian-printed Libyan banknotes",
"""Maltese authorities have seized counterfeit Libyan currency worth $1.1 billion that was printed in Russia, the US State Department said, in a case that highlights the financial split between Libya's rival administrations.

In a statement on Friday, the State Department said it commended Malta's announcement on May 26 of the seizure of banknotes printed by Joint Stock Company Goznak, a Russian state-owned company, and ordered by what it called "an illegitimate parallel entity". It said the Central Bank of Libya headquartered in Tripoli was the country's only legitimate central bank.

The influx of Russian-printed currency in recent years had worsened Libya's economic problems, the statement said, adding that the incident showed the need for Russia to stop what Washington described as malign and destabilising actions in Libya.

There was no official statement from the Maltese government on Saturday. A report about the seizure that was briefly posted by a Maltese newspaper on its social media page was later no longer available.

Libya's central bank split in 2014 along with the rest of its institutions. The eastern branch, based in Bayda and allied with the parliament and commander Khalifa Haftar, began ordering dinars from Goznak in 2016 to ease a cash crunch in the east, while the Tripoli bank used De La Rue in Britain. Economists say billions of dinars printed in Russia have since entered circulation, complicating efforts to unify the exchange rate and rein in a parallel currency market.

Libya's oil output has collapsed to under 100,000 barrels per day since forces allied to Haftar blockaded ports and fields in January, cutting off the main source of foreign currency for both sides. The National Oil Corporation has put losses from the shutdown at more than $5 billion.

The US State Department's statement came days after the US military said Russia had sent fighter jets to Libya to support Russian private military contractors fighting alongside Haftar's forces, an accusation Moscow has rejected."""))

B.append(("H2", G7, "2020-05-30", "Vostok Today",
"Washington accuses Goznak of printing 'counterfeit' Libyan dinars",
"""The US State Department has accused Russian state-owned banknote printer Goznak of producing "counterfeit" Libyan currency, citing a seizure of a consignment of dinars by the authorities of Malta.

In a statement released on Friday, Washington said it welcomed Malta's announcement of May 26 that it had seized the equivalent of $1.1 billion in Libyan banknotes, and claimed the money had been ordered by an "illegitimate parallel entity". The State Department insisted that only the Tripoli-based Central Bank of Libya is legitimate.

Goznak, which prints Russian roubles and passports, also produces banknotes for foreign clients under contracts with their monetary authorities. The company has printed Libyan dinars since 2016 under an agreement with the Central Bank of Libya's branch in the east of the country, which operates under the authority of the House of Representatives, Libya's elected parliament. The dinars printed in Russia have circulated in Libya for several years alongside notes printed in Britain.

Maltese authorities have not issued any official comment on the seizure.

The statement is the latest in a series of US accusations against Russia over Libya. On Tuesday, the US Africa Command claimed that Russia had deployed fighter jets to Libya in support of private military contractors, publishing satellite images as what it called evidence. Russian lawmakers have dismissed such claims as unsubstantiated.

Libya has been split since 2014 between the Government of National Accord in Tripoli and authorities in the east backed by the Libyan National Army (LNA) of Field Marshal Khalifa Haftar. Moscow has repeatedly said it maintains contacts with all parties to the Libyan conflict and supports a political settlement on the basis of the Berlin conference decisions.

Share this article:
VK | Telegram | Twitter"""))

B.append(("H3", G7, "2020-05-31", "Yeni Ufuk English",
"Malta seizes Russian-printed fake dinars destined for putschist Haftar",
"""Malta has seized $1.1 billion worth of counterfeit Libyan dinars printed in Russia, the U.S. State Department announced on Friday, in a fresh blow to putschist Gen. Khalifa Haftar, who relies on the illegal currency to finance his war on the Libyan capital.

The counterfeit money was "printed by Joint Stock Company Goznak - a Russian state-owned company - and ordered by an illegitimate parallel entity," the State Department said, praising the Maltese government for confiscating the shipment. According to Italian media, the banknotes were found in a container in transit at a Maltese port and were destined for eastern Libya.

Washington stressed that the Tripoli-based Central Bank of Libya is the country's only legitimate central bank and said the incident once again highlighted the need for Russia to end its destabilising actions in Libya.

The seizure comes as the legitimate Government of National Accord (GNA) continues to make gains against Haftar's militias. GNA forces liberated the strategic al-Watiya air base on May 18, and Russian Wagner mercenaries have been seen withdrawing from front lines south of Tripoli in recent days.

Earlier this week U.S. Africa Command said Russia had deployed fighter jets to Libya, repainted to hide their origin, to support the Wagner group. A UN panel of experts report has put the number of Wagner fighters in Libya at between 800 and 1,200.

On Thursday GNA head Fayez al-Sarraj was in Valletta, where he and Maltese Prime Minister Robert Abela signed a memorandum of understanding on migration cooperation.

Russia, Egypt and the United Arab Emirates back Haftar, while Turkey supports the legitimate government under a security and military cooperation agreement signed last November.

Share this:
Facebook
Twitter
Email"""))

B.append(("I1", G8, "2020-11-25", "Vostok Today",
"Lavrov praises Aguila Saleh's efforts for inclusive Libya settlement",
"""Russian Foreign Minister Sergey Lavrov on Wednesday met in Moscow with Aguila Saleh, Speaker of Libya's House of Representatives, who is visiting Russia at the invitation of the State Duma.

Opening the talks, Lavrov said the two were meeting in a calmer atmosphere than last time, noting that thanks in part to Saleh's efforts there had been many positive developments in Libya, where the ceasefire has held for a long time.

Lavrov said the parallel statements by Saleh and Fayez al-Sarraj, head of the Presidential Council in Tripoli, in August had played an important role in relaunching the political process, which he said was now moving forward at a faster pace.

The minister said he particularly valued Saleh's insistence that a settlement should include all the main political forces and all of Libya's regions, adding that this was also Russia's position and that Moscow had been in contact with all Libyan political forces for years.

Saleh's spokesman Abdullah Bleheq said the talks covered the situation in Libya and the region, ways of ending the Libyan crisis and the role of the international community and Russia in that effort.

The visit comes a month after Libya's rival military delegations signed a permanent ceasefire agreement in Geneva on October 23 under UN auspices. Earlier this month, the Libyan Political Dialogue Forum meeting in Tunisia agreed to hold national elections on December 24, 2021, but failed to agree on the mechanism for choosing a new unified executive.

Meanwhile, around 120 members of Libya's divided parliament from both east and west are holding consultations this week in the Moroccan city of Tangier in an effort to reunify the legislature."""))

B.append(("I2", G8, "2020-11-26", "Sada al-Arab Portal",
"Lavrov to Aguila Saleh: we meet today in an atmosphere more calm than the last time",
"""The Russian Foreign Minister, Sergey Lavrov, received yesterday Wednesday the Speaker of the Libyan House of Representatives, Counselor Aguila Saleh, who is visiting the Russian capital Moscow at an invitation from the Russian Duma council.

Lavrov said at the beginning of the meeting: "We meet today in an atmosphere more calm than what it was in the last time, and thanks to your efforts there happened many positive things in Libya, where the ceasefire remains steadfast for a long period."

The Russian minister pointed that the statements of Saleh and the head of the Presidential Council of the Government of Accord, Fayez al-Sarraj, last August "played an important role in re-launching the political process", which he said is continuing and developing with faster rates.

And Lavrov praised the endeavor of Aguila Saleh so that the settlement includes all the main political forces and all the regions of Libya, "and this is the position of Russia also", according to his expression.

For his part, the official spokesman of the House of Representatives, Abdullah Bleheq, said that the meeting discussed the developments of the situation in Libya and the region and the ways of ending the Libyan crisis, and the role of the international community and the Russian authorities in that.

It is worth mentioning that the visit of Saleh to Moscow coincides with the consultative meeting of the members of the House of Representatives in the Moroccan city of Tangier, which started last Monday with the participation of more than 110 deputies, with the aim of unifying the divided parliament and agreeing on the date and place of an official session inside Libya.

It is also worth mentioning that the Libyan parties signed in Geneva last October an agreement of permanent ceasefire in all the Libyan territories, under the auspices of the United Nations.

Read also: Tangier .. Libyan deputies discuss the unification of the House and the Ghadames session

Read also: Williams: the dialogue forum will hold a virtual round to discuss the mechanism of selecting the executive authority"""))

B.append(("I3", G8, "2020-11-26", "Haber Pusulası 24",
"Hafter destekçisi Akile Salih Moskova'da Lavrov ile görüştü",
"""Libya'nın doğusundaki Tobruk merkezli Temsilciler Meclisi Başkanı Akile Salih, Rusya Dışişleri Bakanı Sergey Lavrov ile başkent Moskova'da bir araya geldi.

Rusya Dışişleri Bakanlığı from the statement made according to, Lavrov the meeting at the opening of his speech, Libya in the ceasefire for a long time has continued and positive developments has been lived he said.

Lavrov, Salih the solution of the country all regions and all political forces include the efforts appreciated said, and this Rusya's also position that expressed.

Salih, Duma'nın invitation upon Moskova'ya went. Meclis sözcüsü Abdullah Bulheyk, the meeting in Libya's situation and the crisis ending ways discussed he told.

Hafter's putschist forces to support given known Akile Salih, the last time Rusya visit of his to hold meeting is not the first. Rusya, Hafter militia side fighting Wagner paralı askerleri with, the international community's criticism to target is.

It is reminded that, Libya'da BM-recognized Ulusal Mutabakat Hükümeti (UMH) and Hafter forces between 23 Ekim'de Cenevre'de permanent ceasefire agreement signed. Tunus'ta held Libya Siyasi Diyalog Forumu, elections 24 Aralık 2021'de to hold decision took.

Meanwhile, Fas'ın Tanca city in, Trablus and Tobruk meclis members 120 close deputy participation with consultation meeting continues.

Etiketler: Akile Salih, Hafter, Lavrov, Libya, Moskova, Rusya

Exit mobile version"""))
