# Event: Berlin Conference on Libya, 19 January 2020
G = "berlin_conference_on_libya_2020_01_19"

ARTICLES = [
dict(group=G, published="2020-01-20", outlet="The Northern Chronicle",
title="Berlin summit wins pledges on Libya arms embargo, but the rival leaders never share a room",
text="""By Harriet Coyle in Berlin

The foreign powers fuelling Libya's war promised on Sunday to stop arming its factions and to respect a United Nations arms embargo that has been flouted almost since the day it was imposed in 2011, at a summit in Berlin that Angela Merkel described as a step forward but that left the country's two rival leaders sitting in separate rooms of the German chancellery.

The 55-point conclusions adopted after roughly four hours of talks commit the participants to refrain from interfering in the conflict, to back a lasting ceasefire and to return to a UN-led political process. They also set up an international follow-up committee and endorse a military commission of five officers from each side - quickly dubbed the "5+5" - which is meant to turn a shaky truce into something more durable.

"We all agree that we should respect the arms embargo and that the arms embargo should be controlled more strongly than it has been in the past," the German chancellor told reporters, flanked by the UN secretary-general, Antonio Guterres, and the UN envoy for Libya, Ghassan Salame. Guterres said he could not stress enough the summit's conclusion that there was no military solution.

Around the table were Vladimir Putin, Recep Tayyip Erdogan, Emmanuel Macron, Boris Johnson, Italy's Giuseppe Conte and Egypt's Abdel Fattah al-Sisi, as well as the US secretary of state, Mike Pompeo, and representatives of China, Algeria, the Republic of Congo, the United Arab Emirates, the EU, the African Union and the Arab League. Several of them are, in one way or another, parties to the war.

Missing from the family photograph were the two Libyans whose war it is. Fayez Serraj, the head of the UN-recognised Government of National Accord in Tripoli, and Khalifa Hifter, the eastern commander whose forces have been trying to take the capital since last April, both came to Berlin but did not meet. Merkel and her foreign minister, Heiko Maas, saw them separately before the conference began. "The differences between them are so great that they aren't speaking with each other at the moment," the chancellor said. Both men, she added, had named their members of the military commission.

The summit was overshadowed by events on the ground. On Friday and Saturday, groups loyal to Hifter shut down the main oil export terminals in the east, and on Sunday morning production was halted at the Sharara field in the south-west after a pipeline was closed. The National Oil Corporation declared force majeure on loadings, warning that output could fall to a fraction of its normal level within days. Guterres said he was very concerned by the closures.

The Berlin meeting capped a frantic fortnight. Turkey's parliament voted on 2 January to allow troops to be sent to support Serraj's government. A week later Erdogan and Putin, who back opposing sides, called for a truce from their meeting in Istanbul; it took effect on 12 January. The following day both Libyan leaders flew to Moscow for talks brokered by the Russian and Turkish foreign and defence ministers, but Hifter left without signing a document that Serraj had accepted.

Libya has been torn apart by rival authorities since the fall of Muammar Gaddafi in 2011. The 2015 UN-backed agreement signed in Skhirat, Morocco, produced the Tripoli government but never won the endorsement of the eastern-based parliament, which sided with Hifter. His offensive on Tripoli, launched on 4 April last year as the UN was preparing a national conference, has killed more than 1,000 people and displaced about 140,000, according to UN figures.

Hifter has been backed by the UAE and Egypt, and diplomats say Russian mercenaries have fought on his side in recent months; Moscow denies any state role. Turkey has sent military advisers and, according to several reports, Syrian fighters to Tripoli.

Diplomats who took part cautioned that the document contains no sanctions mechanism and that similar pledges have been broken before. Greece, which had asked to attend because of a maritime deal signed between Turkey and the Tripoli government in November, was not invited, to the annoyance of Athens.

Salame said he hoped the military committee would meet in Geneva within days. The political and economic tracks of the UN plan are supposed to follow.

Related
Libya's Hifter leaves Moscow without signing truce
Oil terminals shut as Berlin talks loom
Turkey's parliament approves Libya deployment"""),

dict(group=G, published="2020-01-19", outlet="Agence Euro-Mediterranee",
title="World powers pledge to respect Libya arms embargo at Berlin summit",
text="""BERLIN, Jan 19 (AEM) - World leaders meeting in Berlin on Sunday committed to respecting a UN arms embargo on Libya and to ending foreign military support for its warring parties, Chancellor Angela Merkel said after a summit aimed at consolidating a fragile truce.

"We agreed on a comprehensive plan," Merkel told a news conference at the chancellery alongside UN Secretary-General Antonio Guterres. "All participants worked really constructively together."

The final statement, running to 55 points, was endorsed by the countries and organisations invited, including Russia, Turkey, the United States, France, Britain, Italy, Egypt, the United Arab Emirates, Algeria and China.

Fayez al-Serraj, head of the UN-recognised Government of National Accord (GNA), and Marshal Khalifa Haftar, whose forces have been besieging Tripoli since April, were both in the German capital but did not take part in the plenary session and did not meet each other. Merkel said she had spoken to them separately.

Among those attending were Russian President Vladimir Putin, Turkish President Recep Tayyip Erdogan, French President Emmanuel Macron, British Prime Minister Boris Johnson, Italian Prime Minister Giuseppe Conte and Egyptian President Abdel Fattah al-Sisi, as well as US Secretary of State Mike Pompeo.

The text also provides for an international follow-up committee to monitor implementation, and calls for the relaunch of a political process under UN auspices leading to a single government and the unification of institutions such as the central bank.

Both men agreed to name five members each to a joint military commission tasked with defining the conditions for a permanent ceasefire, Merkel said. UN envoy Ghassan Salame said he hoped it could meet in the coming days in Geneva.

Guterres called on the parties to turn the truce into a real ceasefire and said he was "very concerned" by the blockade of oil terminals imposed since Friday by groups close to Marshal Haftar.

The National Oil Corporation (NOC) said the shutdown of ports in the east and of fields in the south would cut production by more than half.

In an interview with a German newspaper ahead of the summit, Serraj said an international protection force under UN auspices should be considered if Haftar resumed his offensive. Several European leaders, including Johnson and Conte, said on Sunday they were open to contributing to monitoring a ceasefire.

A truce sponsored by Russia and Turkey has been broadly holding since January 12, despite sporadic clashes south of Tripoli. Marshal Haftar left Moscow on Tuesday without signing a ceasefire document already initialled by Serraj.

Turkey's parliament voted on January 2 to allow troops to be deployed in support of the GNA. Marshal Haftar, whose offensive on the capital began in April 2019, is backed by the United Arab Emirates and Egypt and, according to Western diplomats, Russian mercenaries.

Libya has been mired in chaos since the 2011 uprising that toppled and killed dictator Moamer Kadhafi, with rival administrations in Tripoli and the east vying for power and foreign powers backing each side.

str-jv/dp"""),

dict(group=G, published="2020-01-20", outlet="Al-Raed Net",
title="Berlin conference concludes its works with 55 items on Libya, and Al-Sarraj and Haftar outside the hall",
text="""Share this:
Twitter
Facebook
WhatsApp

The international conference on Libya which hosted by the German capital Berlin concluded its works yesterday Sunday, with a final statement consisting of 55 items, the most prominent of them the commitment of the participating countries to respect the arms embargo imposed on Libya and to not interfere in its internal affairs.

The German Chancellor Angela Merkel said in a press conference after the conclusion of the conference, which lasted about four hours, that the participants agreed on "a comprehensive plan" and that all of them worked in a constructive manner, stressing that the arms embargo must be controlled more strongly than before.

For his part, the Secretary-General of the United Nations Antonio Guterres said that there is no military solution to the conflict in Libya, and he expressed his concern from the closure of the oil ports.

And the President of the Presidential Council of the Government of Al-Wefaq, Fayez Al-Sarraj, and the Commander of the General Command of the Libyan Army, the Marshal Khalifa Haftar, were present in Berlin but they did not participate in the sessions of the conference and they did not meet each other, according to what the German Chancellor said, who met each of them separately.

And Merkel said that the two parties agreed to nominate five members for each side in the military committee "5+5" which will work to transform the truce into a permanent ceasefire.

The conference witnessed the participation of the Russian President Vladimir Putin, the Turkish President Recep Tayyip Erdogan, the French President Emmanuel Macron, the Egyptian President Abdel Fattah al-Sisi, the British Prime Minister Boris Johnson and the Italian Prime Minister Giuseppe Conte, and the American Secretary of State Mike Pompeo, in addition to the Emirati Minister of Foreign Affairs Sheikh Abdullah bin Zayed and the Secretary-General of the Arab League Ahmed Aboul Gheit.

And the conference came after the tribes in the east of the country closed the oil ports of Brega, Ras Lanuf, Es Sider, Hariga and Zueitina since the day of Friday, in protest against what they described as the use of the oil revenues in financing the "Turkish intervention", which pushed the National Oil Corporation to announce the force majeure.

It is worth mentioning that Haftar left Moscow on the day of Tuesday last without signing the ceasefire agreement which was signed by Al-Sarraj, after the indirect negotiations which sponsored by Russia and Turkey.

It is worth mentioning also that the forces of Haftar launched an attack on the capital Tripoli on the 4th of April of the year 2019, and the fighting resulted in the killing of more than one thousand persons.

Read also: Haftar leaves Moscow without signing the truce agreement
Read also: The oil ports are closed and the Corporation announces the force majeure

Related Posts"""),

dict(group=G, published="2020-01-20", outlet="Gulf Horizon",
title="UAE backs Berlin outcomes as world leaders commit to Libya political track",
text="""[ad_1]

ABU DHABI - The UAE has reaffirmed its support for a political solution in Libya after world leaders gathered in Berlin on Sunday agreed on a 55-point roadmap to consolidate the ceasefire, enforce the arms embargo and relaunch a UN-led political process.

Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs and International Cooperation, led the UAE delegation to the Berlin International Conference on Libya, held under the auspices of the United Nations at the German chancellery.

Speaking in Berlin, Sheikh Abdullah praised Germany's efforts in hosting the conference and said the UAE was keen to support security and stability in Libya on the basis of non-interference in its internal affairs, and to help the brotherly Libyan people achieve their aspirations for national unity and development. He also commended the efforts of the UN envoy, Ghassan Salame, and stressed the importance of building on the outcomes of the conference.

On the eve of the meeting, His Highness Sheikh Mohamed bin Zayed Al Nahyan, Crown Prince of Abu Dhabi and Deputy Supreme Commander of the UAE Armed Forces, met German Chancellor Angela Merkel in Berlin, where the two sides discussed developments in Libya. A statement from the German government said the two leaders agreed there was no military solution and that ending outside interference was a precondition for stability.

The conference was attended by the leaders of Russia, Turkey, France, Egypt, Italy and the UK, the US Secretary of State and the heads of international and regional organisations. Field Marshal Khalifa Haftar, commander of the Libyan National Army, and Fayez al-Sarraj, head of the Tripoli-based Presidential Council, were both in Berlin and met Chancellor Merkel separately.

The final communique calls for a permanent ceasefire, the dismantling of militias, the unification of Libya's institutions, and a fair and transparent distribution of oil revenues. Participants also agreed to form a military committee of five officers from each side.

Egyptian President Abdel Fattah El-Sisi, who took part in the conference, has repeatedly warned against the transfer of foreign fighters and weapons to militias in Tripoli. UN envoy Ghassan Salame said the military committee should meet in Geneva in the coming days.

The participants also recognised the National Oil Corporation as the sole legitimate and independent oil company in Libya, and called on all parties to refrain from hostilities against oil facilities.

Observers in the region noted that the Berlin text addresses the disarmament of militias and the presence of foreign fighters, issues repeatedly raised by the Libyan National Army since Turkey announced the deployment of troops to Tripoli earlier this month.

Oil terminals in eastern Libya remained shut on Sunday after tribal leaders announced a closure in protest at what they called the use of oil revenues to fund Turkish intervention.

Read more:
- Mohamed bin Zayed, Merkel discuss Libya ahead of Berlin conference
- Egypt's Sisi arrives in Berlin for Libya summit

[ad_2]"""),
]
