# Event: Cairo Declaration announced by Sisi with Haftar and Aguila Saleh, 6 June 2020
G = "cairo_declaration_sisi_haftar_saleh_2020_06_06"

ARTICLES = [
dict(group=G, published="2020-06-06", outlet="The Nile Gazette",
title="President Sisi launches 'Cairo Declaration' for Libya, calls ceasefire from Monday",
text="""President Abdel Fattah El-Sisi on Saturday announced a new initiative to settle the Libyan crisis, dubbed the "Cairo Declaration", calling for a ceasefire across Libya starting at 6 am on Monday, June 8, following talks in Cairo with Libyan National Army (LNA) Commander Field Marshal Khalifa Haftar and Speaker of the Libyan House of Representatives Aguila Saleh.

Speaking at a joint press conference at the presidential palace, attended by representatives of the United Nations, the European Union and the Arab League as well as ambassadors of several countries, President Sisi said the initiative respects all previous international efforts and UN Security Council resolutions, and builds on the outcomes of the Berlin conference.

The initiative calls for the exit of foreign mercenaries from all Libyan territory, the dismantling of militias and the handing over of their weapons so that the Libyan National Army can carry out its military and security responsibilities, and the resumption of the work of the 5+5 Joint Military Commission in Geneva under UN auspices.

On the political side, the declaration proposes that each of Libya's three historic regions - Cyrenaica, Tripolitania and Fezzan - form an electoral college to choose its representative on a new presidential council, with a prime minister and deputies, under UN supervision. It also calls for a constitutional declaration to regulate the coming stage and for a fair distribution of the country's wealth among all Libyans.

President Sisi warned against the insistence of some parties on pursuing a military solution, saying this would complicate the situation and threaten regional stability. "The security of Libya is an extension of Egypt's security," he said, urging the international community to support the initiative and calling on the UN to invite the parties in the east and the west to negotiations.

Field Marshal Haftar thanked Egypt for its efforts and expressed his support for the initiative, saying he hoped it would win international backing. He criticised Turkish interference, which he said had fuelled internal polarisation by supporting an unconstitutional government in Tripoli. Speaker Aguila Saleh said the army had entered the battle to free Tripoli from terrorists, not to fight citizens.

Foreign Minister Sameh Shoukry held phone calls on Saturday with UN Secretary-General Antonio Guterres, African Union Commission Chairperson Moussa Faki and several Arab foreign ministers to brief them on the declaration.

The initiative comes after a week of advances by forces loyal to the Tripoli-based Presidential Council, backed by Turkish drones and Syrian mercenaries, who took control of Tripoli's international airport and the town of Tarhuna this week. Fayez al-Sarraj was in Ankara on Thursday for talks with President Recep Tayyip Erdogan.

Egypt has repeatedly stressed that it supports a political solution that preserves Libya's unity and sovereignty, and rejects any foreign military presence on Libyan soil.

Share this:
Twitter
Facebook
WhatsApp
Like this:
Loading...

Related
Egypt, UAE discuss Libya developments by phone
Shoukry: Turkish interference in Libya threatens regional security"""),

dict(group=G, published="2020-06-07", outlet="The Northern Chronicle",
title="Egypt offers Libya ceasefire plan as Hifter's Tripoli offensive collapses",
text="""By Daniel Ferrier, Middle East correspondent

Egypt's president, Abdel Fattah al-Sisi, has proposed a nationwide ceasefire in Libya and a new political roadmap, standing beside the eastern commander Khalifa Hifter just days after Hifter's 14-month campaign to seize Tripoli fell apart.

At a news conference in Cairo on Saturday, Sisi said the plan, which he called the Cairo Declaration, would take effect with a truce from 6am on Monday. It calls for the departure of foreign mercenaries, the disbanding of militias and the surrender of their weapons, a resumption of UN-sponsored military talks in Geneva and the election of a new presidential council representing Libya's three historic regions. Aguila Saleh, the speaker of the eastern-based parliament, also attended.

The proposal was quickly welcomed by the United Arab Emirates, Saudi Arabia, Jordan and Bahrain. Germany's foreign ministry said the UN-led Berlin process remained the framework for any settlement.

In Tripoli, the reaction was cold. Officials of the UN-recognised Government of National Accord, whose forces have the momentum, said they would not stop until they had regained the coastal city of Sirte and the Jufra airbase. "We did not start this war, but we will decide the time and place of its end," said Mohammed Gnounou, the spokesman for the government's forces, as columns moved east on Saturday.

The diplomatic move follows a dramatic reversal on the battlefield. Hifter launched his assault on the capital on 4 April 2019, as the UN was preparing a national conference meant to chart a way to elections. Backed by the UAE, Egypt and, later, several hundred Russian mercenaries from the Wagner group, his forces reached the southern suburbs but could not break in.

The balance shifted after Turkey, which signed a military cooperation deal with Fayez al-Sarraj's government last November, sent armed drones, air-defence systems, military advisers and, according to monitors, thousands of Syrian fighters. In April, forces loyal to Tripoli took the coastal towns of Sabratha and Surman. On 18 May they captured al-Watiya airbase near the Tunisian border, and within days Russian mercenaries were seen withdrawing from the front south of Tripoli. This week the GNA retook Tripoli's international airport and on Friday entered Tarhuna, Hifter's main rear base in the west.

The US Africa Command said last month that Russia had flown fighter jets to Libya via Syria to support the Russian contractors, a claim Moscow dismissed.

On Thursday, Sarraj flew to Ankara to meet Recep Tayyip Erdogan, who promised continued support. Turkey has not yet formally responded to the Cairo plan, but its officials have repeatedly said that Hifter has no place in Libya's future and that any ceasefire must be negotiated on an international platform.

Egypt has much at stake. It shares a long and porous desert border with eastern Libya and regards the Islamist-leaning factions in Tripoli, and Turkey's military presence, as a direct threat. Sisi said on Saturday that Libya's security was an extension of Egypt's.

Earlier this week the UN mission said both sides had agreed to resume talks in the military commission set up after the Berlin conference in January, which stalled in February. The UN has been without a permanent envoy since Ghassan Salame resigned in March; his deputy, Stephanie Williams, is running the mission.

There has been no shortage of ceasefire proposals in the past six months. A Russian-Turkish truce declared on 12 January frayed within weeks, and Hifter walked out of talks in Moscow the following day without signing. The commitments made by foreign leaders in Berlin on 19 January to respect the arms embargo were, by the UN's own account, broken almost at once.

Whether the Cairo plan fares better will depend largely on whether Ankara and Tripoli see a reason to stop while they are winning."""),

dict(group=G, published="2020-06-08", outlet="Turkiye Haber Ajansi English",
title="Libya's legitimate government dismisses Egypt's 'Cairo initiative' for Haftar",
text="""TRIPOLI

Libya's UN-recognized Government of National Accord (GNA) has dismissed a so-called ceasefire initiative announced in Cairo by Egyptian President Abdel Fattah al-Sisi alongside putschist Khalifa Haftar, saying its forces would continue operations until they liberate the city of Sirte and the Jufra airbase.

Sisi on Saturday announced the initiative, which he called the "Cairo Declaration", after meeting Haftar and Aguila Saleh, the speaker of the Tobruk-based House of Representatives that backs the warlord. The plan calls for a cease-fire starting Monday, June 8, and the formation of a new presidential council.

"We did not start this war, but we will determine the time and place of its end," Mohammed Gununu, the spokesman for the Libyan army, said in a statement, as government forces launched an operation to liberate Sirte, the hometown of the late ruler Muammar Gaddafi.

GNA officials said the Cairo move was an attempt to rescue Haftar after the heavy defeats his militias suffered in western Libya in recent weeks. The Libyan army regained control of Tripoli's international airport last week, then the city of Tarhuna, the last stronghold of Haftar in the west.

The High Council of State, Libya's top advisory body, has repeatedly said that Haftar cannot be a partner in any political solution because of the crimes committed during his offensive.

Egypt, along with the United Arab Emirates, is one of the main supporters of Haftar's militias, and has provided him with political and military backing. Russia's Wagner group mercenaries have also fought on Haftar's side.

Turkey has consistently said that a lasting cease-fire can only be achieved on an international platform under the umbrella of the UN, as in the Berlin and Moscow processes, and has pointed out that Haftar refused to sign the cease-fire text in Moscow in January and ignored the commitments of the Berlin conference.

GNA head Fayez al-Sarraj visited Ankara on Thursday and met President Recep Tayyip Erdogan, who said Turkey would continue to support the legitimate government. The UN Support Mission in Libya (UNSMIL) announced last week that both sides had accepted to resume the talks of the 5+5 Joint Military Commission, which had stalled since February. The UN recognizes the GNA, led by Fayez al-Sarraj, as the country's legitimate authority.

Turkey and the GNA signed a security and military cooperation memorandum and a maritime jurisdiction agreement in November 2019.

Since April 2019, Haftar's forces have launched attacks on the capital Tripoli that claimed more than 1,000 lives, including women and children.

Libya has been torn by civil war since the ouster of late ruler Muammar Gaddafi in 2011. The GNA was founded in 2015 under a UN-led agreement, but efforts for a long-term political settlement have failed due to the military offensive by forces loyal to Haftar.

Writing by Emre Koksal"""),
]
