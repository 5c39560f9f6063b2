G = "putin_erdogan_call_for_libya_ceasefire_istanbul_2020_01_08"

ARTICLES = [
dict(group=G, published="2020-01-08", outlet="Hilal News Agency",
title="Erdoğan, Putin call for cease-fire in Libya as of Jan. 12 midnight",
text="""ISTANBUL (Hilal) - President Recep Tayyip Erdoğan and his Russian counterpart Vladimir Putin have called on all parties in Libya to declare a cease-fire as of midnight on Jan. 12, Turkish Foreign Minister Mevlüt Çavuşoğlu announced on Wednesday.

"Today, our President and the President of the Russian Federation are calling for a cease-fire in Libya as of Jan. 12 midnight," Çavuşoğlu told a joint news conference with Russian Foreign Minister Sergey Lavrov in Istanbul.

The call came after Erdoğan and Putin held a one-on-one meeting and a meeting between delegations on the sidelines of the inauguration ceremony of the TurkStream natural gas pipeline, which was also attended by Serbian President Aleksandar Vučić and Bulgarian Prime Minister Boyko Borissov.

In a joint statement issued after the talks, the two leaders urged the Libyan parties to "declare a sustainable cease-fire, supported by the necessary measures to be taken for stabilizing the situation on the ground and normalizing daily life in Tripoli and other cities."

The statement also called for the immediate resumption of a political process under the auspices of the United Nations and said the continuation of the conflict was undermining regional security and fueling irregular migration, the spread of weapons, terrorism and illicit trafficking.

Çavuşoğlu said Türkiye had been working closely with its Russian partners to achieve a cease-fire and would continue its efforts with all Libyan parties to establish lasting peace. "These efforts will also contribute to the successful completion of the Berlin process," he said, referring to German-led talks on Libya involving the permanent members of the UN Security Council and regional countries.

Lavrov, for his part, said the two presidents had addressed an appeal to the Libyan sides "to immediately stop military action" from 00:00 on Jan. 12.

Türkiye supports the legitimate Government of National Accord (GNA) led by Prime Minister Fayez al-Sarraj, while putschist Gen. Khalifa Haftar's illegitimate forces, backed by several countries including Russia, have been attacking the capital Tripoli since April last year. More than 1,000 people have been killed in the attacks.

On the same day, Haftar was received in Rome by Italian Prime Minister Giuseppe Conte, while Sarraj held talks in Brussels with senior EU officials.

The Turkish Parliament on Jan. 2 approved a motion allowing the deployment of troops to Libya upon a request from the GNA, and President Erdoğan announced on Sunday that Turkish military personnel were gradually moving to the country to provide coordination and training.

Ankara and Tripoli signed two memoranda of understanding on Nov. 27 last year, one on security and military cooperation and the other on the delimitation of maritime jurisdiction areas in the Eastern Mediterranean.

Erdoğan has also said that some 2,500 mercenaries from Russia's Wagner group are fighting on Haftar's side, a claim Moscow denies."""),

dict(group=G, published="2020-01-08", outlet="Vostok Dispatch",
title="Putin and Erdogan urge Libyan sides to cease fire from January 12 - Lavrov",
text="""ISTANBUL, January 8 (Vostok Dispatch) - Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan have called on the parties to the conflict in Libya to stop military action and declare a ceasefire from midnight on January 12, Russian Foreign Minister Sergei Lavrov said on Wednesday.

Lavrov made the statement to the press after the talks of the two leaders in Istanbul, where they took part in the ceremony launching the TurkStream gas pipeline.

"I would like to emphasize the appeal that Vladimir Putin and Recep Tayyip Erdogan addressed to the Libyan parties to the conflict: to immediately stop military action and declare a ceasefire from midnight on January 12, 2020," the minister said.

According to Lavrov, the presidents agreed on a common position on the Libyan settlement in accordance with the resolutions of the UN Security Council. They also spoke in favour of resolving all issues in the Persian Gulf exclusively by peaceful means and in line with international law, following the events of the past few days.

The joint statement of the two leaders, published after the talks, calls on all Libyan sides to establish a sustainable ceasefire, to take measures to stabilize the situation on the ground and to normalize daily life in Tripoli and other cities, and to return to the negotiating table under UN auspices.

Turkish Foreign Minister Mevlut Cavusoglu said that Ankara and Moscow would continue joint efforts with all Libyan parties.

On Syria, the two presidents reaffirmed their commitment to the agreements reached within the Astana format and to the memorandums on the Idlib de-escalation zone and northeast Syria.

Russia has repeatedly stated that it maintains working contacts with both the Government of National Accord (GNA) in Tripoli, headed by Fayez al-Sarraj, and the Libyan National Army (LNA) of Field Marshal Khalifa Haftar, which controls the east and most of the south of the country. Moscow supports the preparation of an international conference on Libya in Berlin.

Ankara, which signed agreements on military cooperation and maritime zones with the GNA in November, began sending its military to Libya this week. The Kremlin has called on all sides to refrain from steps that could escalate the conflict.

Russia is among the participants in the consultations launched by Germany in September in preparation for a Berlin conference on Libya, which Moscow says should include the Libyan parties themselves.

The TurkStream pipeline, with a total capacity of 31.5 billion cubic meters per year, will deliver Russian gas to Turkey and, through a second string, to countries of southern and southeastern Europe."""),

dict(group=G, published="2020-01-09", outlet="The Northern Chronicle",
title="Putin and Erdogan, backers of rival camps, call for Libya truce",
text="""The Northern Chronicle - World

Putin and Erdogan, backers of rival camps, call for Libya truce

Moscow and Ankara move to take charge of diplomacy as Europe scrambles to keep its Berlin initiative alive

By our Istanbul and Tunis correspondents

The presidents of Russia and Turkey, who support opposite sides in Libya's civil war, called on Wednesday for a ceasefire to begin at midnight on Sunday, in a joint move that underlines how far the two powers have displaced Europe as the main outside brokers in the conflict.

Vladimir Putin and Recep Tayyip Erdogan made the appeal in Istanbul, where they had met to open the TurkStream pipeline that will carry Russian gas under the Black Sea to Turkey and onward to south-east Europe. In a joint statement they urged Libya's factions to declare "a sustainable ceasefire", to take steps to normalise daily life in Tripoli and other cities, and to return to UN-led talks.

The statement was issued on a day when most attention in the region was fixed on Iraq, where Iran had fired missiles overnight at bases hosting American troops in retaliation for the US killing of General Qassem Soleimani. The two leaders also urged restraint in that crisis.

Turkey backs the UN-recognised Government of National Accord (GNA) of Fayez al-Serraj in Tripoli. Last week the Turkish parliament authorised the deployment of troops to Libya, and on Sunday Mr Erdogan said the first soldiers were being sent, in an advisory and coordination role. Russia is regarded by Western governments as a key backer of General Khalifa Haftar, the eastern commander whose Libyan National Army (LNA) has besieged Tripoli since April. Moscow denies any official military role, but Western and Libyan officials say hundreds of contractors from the Wagner group, a private army linked to a businessman close to Mr Putin, have been fighting on Haftar's side since September. Mr Erdogan has put their number at 2,500.

The Serraj government said late on Wednesday that it welcomed any serious call for the resumption of the political process. The LNA's initial reaction was cool. In a video statement on Thursday its spokesman, Ahmed al-Mismari, said the command welcomed President Putin's initiative but that its war against what it calls terrorist groups controlling Tripoli would continue until the end.

The LNA has momentum on the ground. On Monday its forces entered Sirte, the central coastal city that had been held by forces allied to Tripoli since they drove out the Islamic State group in 2016, after a local brigade switched sides. On Saturday a strike on a military academy in Tripoli killed some 30 cadets; the GNA blamed Haftar's forces, who denied involvement.

European diplomacy was left looking on. On Wednesday Giuseppe Conte, the Italian prime minister, received Haftar in Rome, but a planned meeting with Mr Serraj, who was in Brussels meeting EU leaders, did not take place. Germany has for months been preparing a conference in Berlin intended to secure commitments from foreign powers to stop arming the two sides, but no date has been announced.

Analysts note that a Russian-Turkish ceasefire would mirror the arrangements the two countries brokered in Syria, where they also back opposite sides and have repeatedly agreed local truces, as in Idlib, that froze the fighting while leaving each side's clients in place. Critics of that model say it rewards the use of force and leaves the underlying dispute unresolved.

The UN envoy for Libya, Ghassan Salamé, has repeatedly warned that foreign interference is the main obstacle to a settlement, and that both sides have received weapons in violation of a UN arms embargo imposed in 2011, the year Muammar Qaddafi was overthrown.

Whether either Libyan side will actually stop fighting on Sunday is unclear. Both camps have accepted and then ignored truces before, most recently around the Eid al-Adha holiday in August.

Reporting by Northern Chronicle staff"""),

dict(group=G, published="2020-01-09", outlet="Arab Horizon News",
title="A Russian-Turkish call for a ceasefire in Libya starting midnight Sunday .. and the Libyan Army welcomes with reservation",
text="""[ad_1]

The presidents of Russia, Vladimir Putin, and Turkey, Recep Tayyip Erdogan, called yesterday, Wednesday, the Libyan parties to a ceasefire starting from midnight next Sunday, the twelfth of January, in a joint statement following their meeting in the Turkish city of Istanbul.

The Turkish Foreign Minister, Mevlut Cavusoglu, said in a joint press conference with his Russian counterpart Sergei Lavrov that the two presidents call for "a ceasefire in Libya starting from midnight on January 12", indicating that his country works with the Russian side to reach a truce and a lasting peace in Libya.

For his part, Lavrov stressed the call of the two presidents to the Libyan parties "to stop the military operations immediately".

The joint statement called for a "sustainable ceasefire supported by the necessary measures to stabilize the situation on the ground and normalize the daily life in Tripoli and other cities", and for the return to the negotiating table under the auspices of the United Nations.

The meeting of the two presidents came on the sidelines of the inauguration of the "Turk Stream" gas pipeline, which transports Russian gas to Turkey and Europe through the Black Sea.

In the first reaction, the spokesman of the General Command of the Libyan National Army, Major General Ahmed al-Mismari, said in a video statement today Thursday that the command "welcomes the initiative of the Russian President Vladimir Putin", but he confirmed that the efforts of the armed forces in the war against the terrorist groups that took control of the capital Tripoli and receive the support of some countries will continue until the end.

And the Government of National Accord (Al-Wefaq) headed by Fayez al-Sarraj announced in a statement late yesterday its welcome of any serious call to resume the political process and remove the spectre of war.

It is worth mentioning that the Turkish parliament approved last Thursday a memorandum allowing the sending of Turkish troops to Libya at the request of the Al-Wefaq government, which raised strong Arab condemnation, led by Egypt, which considered the step a threat to Arab national security. The Libyan parliament based in Tobruk had voted last Saturday to cut relations with Turkey.

It is worth mentioning also that the foreign ministers of Egypt, France, Greece and Cyprus met yesterday Wednesday in Cairo and described the two memoranda signed by Ankara and the Al-Wefaq government on the twenty-seventh of November, on security cooperation and maritime borders, as null and void, while Italy did not join the final statement.

It is also worth mentioning that the forces of Marshal Khalifa Hifter announced on Monday their full control of the city of Sirte in the center of the country, in a sudden advance, while the battles continue on the outskirts of the capital Tripoli since the fourth of April last.

Read also: Egypt warns against any foreign military intervention in Libya
Read also: Hifter in Rome .. and Sarraj cancels his meeting with Conte

[ad_2]"""),
]
