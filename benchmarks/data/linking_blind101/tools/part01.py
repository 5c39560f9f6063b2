# Event 1: Turkish parliament ratifies security/military MoU with GNA (2019-12-21)
PART = [
dict(group="turkish_parliament_ratifies_libya_military_memorandum_2019_12_21",
published="2019-12-21", outlet="Anatolia Today",
title="Turkish parliament approves security, military cooperation deal with Libya",
text="""ANKARA

The Turkish parliament on Saturday ratified a memorandum of understanding on security and military cooperation signed with Libya's internationally recognized Government of National Accord (GNA), giving a legal footing to wider training and advisory support for Tripoli.

The Grand National Assembly of Turkey announced on its official social media account that the bill approving the memorandum had been adopted by the General Assembly. It will take effect after the president signs it and it is published in the Official Gazette.

The memorandum was signed on Nov. 27 in Istanbul during a meeting between President Recep Tayyip Erdogan and Fayez al-Sarraj, the head of Libya's Presidential Council. A second memorandum signed the same day delimits maritime jurisdiction areas in the Eastern Mediterranean.

Under the security deal, the two countries may set up defense and security cooperation offices in each other's capitals, exchange personnel for training and education, hold joint exercises and share intelligence. The text also covers the allocation of land, air and naval equipment on request, as well as cooperation against terrorism, irregular migration and the illegal arms trade.

Parliament's Foreign Affairs Committee had approved the text earlier in the week. Presenting it to lawmakers, Deputy Foreign Minister Faruk Kaymakci said the request for deeper cooperation had come from the Libyan side and that Turkey had signed similar security agreements with dozens of countries.

-- 'Ready to help if asked'

President Erdogan has said several times this month that Turkey is prepared to send troops to Libya if the legitimate government in Tripoli asks for them. Turkish officials have stressed, however, that the memorandum on its own does not cover the deployment of combat units, which would require a separate motion from parliament under Article 92 of the Constitution.

Erdogan received al-Sarraj in Istanbul last Sunday for talks that were closed to the press. On Thursday, the GNA's cabinet in Tripoli approved the activation of the security memorandum, according to Libyan officials.

The maritime memorandum, which asserts Turkey's rights in the Eastern Mediterranean against unilateral drilling by the Greek Cypriot administration, entered into force on Dec. 8 after its publication in the Official Gazette. Greece, Egypt and the Greek Cypriot administration have objected to it.

-- Putschist offensive on Tripoli

Libya's legitimate government has been under attack since April 4, when forces loyal to putschist general Khalifa Haftar launched an offensive to seize the capital. The assault has killed more than 1,000 people and displaced over 120,000, according to UN figures.

Haftar's forces are backed by the United Arab Emirates and Egypt, and Ankara has repeatedly pointed to reports that Russian mercenaries from the Wagner group are fighting alongside them. Last week Haftar announced what he called a "decisive battle" for Tripoli.

Libya has been torn by conflict since the 2011 ouster of Muammar Gaddafi. The GNA was founded in 2015 under a UN-led agreement signed in Skhirat, Morocco."""),

dict(group="turkish_parliament_ratifies_libya_military_memorandum_2019_12_21",
published="2019-12-21", outlet="Vestnik International",
title="Turkish lawmakers ratify military pact with Tripoli government",
text="""MOSCOW, December 21 (Vestnik) - The Turkish parliament on Saturday ratified a memorandum on security and military cooperation with Libya's Tripoli-based Government of National Accord (GNA), Turkish state media reported.

The document was signed on November 27 by Turkish President Recep Tayyip Erdogan and GNA head Fayez Sarraj together with a separate memorandum on maritime boundaries in the Mediterranean. The military memorandum provides for training of personnel, the supply of equipment, joint exercises and the exchange of intelligence, and allows the two sides to open defense cooperation offices.

Ankara has said it could send military personnel to Libya if Tripoli makes an official request. According to Turkish media, such a deployment would need a separate vote in parliament.

The GNA controls Tripoli and parts of western Libya. Since April, the Libyan National Army (LNA) commanded by Field Marshal Khalifa Haftar, which is allied with the parliament based in the eastern city of Tobruk, has been conducting an operation to take the capital. Last week Haftar told his troops that the "zero hour" for the final push on Tripoli had come.

The eastern-based House of Representatives has rejected the Turkish-Libyan memoranda, saying that Sarraj had no authority to sign international agreements. Greece expelled the Libyan ambassador in Athens earlier this month over the maritime deal, and Egypt called the documents legally void.

Germany is preparing an international conference on Libya in Berlin, expected early next year, aimed at securing a commitment from foreign powers to respect the UN arms embargo and to support a political process. Turkey has said it should take part.

Moscow has repeatedly called on all Libyan parties to stop hostilities and return to the negotiating table. Russian officials have dismissed as speculation media reports about Russian private military contractors fighting alongside the LNA.

Erdogan has said he will discuss Libya with Russian President Vladimir Putin, who is expected in Turkey on January 8 for the ceremony marking the launch of the TurkStream gas pipeline.

The memorandum was approved by the parliament's foreign affairs committee earlier in the week. Turkish officials told lawmakers that the document was similar to security agreements Ankara has concluded with many other countries and that it covered training, education and the exchange of experience.

The Turkish-Libyan maritime memorandum, which took effect on December 8, has drawn objections from Greece, Cyprus and Egypt, which say it ignores the rights of Greek islands including Crete. The European Union has said the document infringes on the sovereign rights of third states.

Libya has been in turmoil since the overthrow and killing of Muammar Gaddafi in 2011. The GNA was formed under the UN-brokered Skhirat agreement of 2015, but the eastern parliament has never endorsed it.

Share this:
Twitter
Facebook
Telegram
VK"""),

dict(group="turkish_parliament_ratifies_libya_military_memorandum_2019_12_21",
published="2019-12-22", outlet="Cairo Sentinel",
title="Ankara's parliament rubber-stamps void military pact with Serraj as Arab anger mounts",
text="""[ad_1]

By Sentinel Staff

The Turkish parliament on Saturday approved the security and military memorandum that President Recep Tayyip Erdogan signed last month with Fayez al-Serraj, head of the Tripoli-based Presidential Council, in a move Arab diplomats described as the clearest sign yet that Ankara intends to entrench itself militarily in Libya.

The vote, dominated by Erdogan's Justice and Development Party and its nationalist allies, came barely two days after the Serraj government announced it was putting the agreement into effect, and a day after the Tripoli authorities sent letters to five countries, among them Turkey, asking for support against the advance of the Libyan National Army.

Egypt has said from the outset that the two memoranda signed in Istanbul on November 27 have no legal effect. The Foreign Ministry in Cairo argued that the Presidential Council is not entitled under the Skhirat agreement to conclude international deals without the approval of the full council, and that the head of the council alone cannot commit the Libyan state. The Libyan House of Representatives, the country's elected parliament, voted to reject both documents and wrote to the United Nations asking it to withdraw recognition from the Serraj government.

LNA spokesman Major General Ahmed al-Mismari said on Saturday that any Turkish deployment would be treated as a hostile force. "The Libyan armed forces will deal with any foreign presence on Libyan soil as an invader," he told reporters in Benghazi, repeating warnings the army command has issued since the Istanbul signing.

The memorandum ratified in Ankara covers the training of personnel, the transfer of weapons and vehicles, joint exercises and intelligence sharing. Erdogan has said he is ready to send soldiers if Tripoli asks, and Turkish officials have indicated that a separate motion authorising troops could be put before parliament after the new year.

Field Marshal Khalifa Haftar announced on December 12 the start of what he called the decisive battle to free Tripoli from militias, and his forces have since claimed steady advances on the southern outskirts of the capital.

The Libyan National Army launched Operation Dignity in Benghazi in 2014 and, after three years of fighting, declared the city freed from terrorist groups in 2017. It later took control of Derna and, early this year, of the south of the country and its main oil fields, before moving on Tripoli on April 4 to end what the army command describes as the rule of militias over the capital.

Cairo has repeatedly said that the security of Libya is directly linked to Egypt's national security, and officials have warned against any foreign military intervention. The memoranda have also been rejected by Greece and Cyprus, whose maritime areas are cut across by the boundary line drawn by Ankara and Tripoli.

Read also: Athens expels Serraj's ambassador over maritime deal
Read also: Parliament in Tobruk asks UN to withdraw recognition of Presidential Council

Exit mobile version"""),
]
