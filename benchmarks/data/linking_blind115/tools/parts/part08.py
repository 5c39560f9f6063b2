# G13: Moussa Koussa defects to Britain (30 Mar 2011)
ARTICLES = []
A = ARTICLES.append

A(dict(group="moussa_koussa_defects_to_britain_2011_03_30", published="2011-03-30",
outlet="Meridian Press Agency",
title="Libyan foreign minister Koussa flies to Britain, resigns - UK",
text="""LONDON (MPA) - Libyan Foreign Minister Moussa Koussa, one of Muammar Gaddafi's longest-serving and most trusted aides, flew to Britain from Tunisia on Wednesday and told British officials he was resigning, the Foreign Office said.

Koussa landed at Farnborough airfield southwest of London in the evening, the ministry said in a short statement. It said he had travelled to Britain of his own free will and had informed British officials that he was quitting his post, adding that further details would be released in due course.

A friend of Koussa's told reporters in London that the minister had been unhappy with the attacks by government forces on civilians. British officials were expected to question him at length.

Koussa, a former head of Libya's external intelligence service, crossed into Tunisia by road on Monday. Libyan officials had said he was on a private visit. A Libyan government spokesman in Tripoli said earlier on Wednesday that Koussa was on a diplomatic mission and had not defected, before the British announcement.

He is the most senior figure to abandon Gaddafi since the uprising began, following a string of ambassadors, the former justice minister Mustafa Abdel Jalil and the former interior minister Abdel Fattah Younes, who joined the rebels in February. It was Koussa who announced on March 18 that Libya was declaring a cease-fire after the U.N. Security Council authorized military action, a cease-fire the West said was never respected.

U.S. officials said the defection was a sign that Gaddafi's inner circle was cracking under pressure. A White House official, speaking on condition of anonymity, called it a significant blow to the regime.

Koussa, expelled from Britain in 1980 when he was Libya's envoy in London after voicing support for killing regime opponents abroad, later became a key interlocutor for Western intelligence agencies. He helped negotiate Libya's 2003 decision to give up its weapons of mass destruction and the settlement of claims over the 1988 Lockerbie bombing.

On the ground in Libya, rebel fighters fell back on Wednesday from the oil town of Ras Lanuf under heavy shelling, a day after an international conference in London agreed to keep up pressure on Gaddafi.
"""))

A(dict(group="moussa_koussa_defects_to_britain_2011_03_30", published="2011-03-31",
outlet="The Northern Chronicle",
title="Gaddafi's spymaster lands at Farnborough - and brings his secrets with him",
text="""By our security correspondent

For three decades his name has been spoken in Whitehall with a mixture of distaste and grudging respect. Last night Moussa Koussa, Colonel Gaddafi's foreign minister, one-time intelligence chief and, for many Libyan exiles, the face of the regime's terror abroad, stepped off a small aircraft at Farnborough airfield in Hampshire and told British officials he had quit.

The Foreign Office confirmed his arrival in a statement of three sentences, saying he had come of his own free will and was resigning his post. Officials from the Foreign Office and, it is understood, the intelligence services, began talking to him at an undisclosed location.

His journey began on Monday, when he drove across the border into Tunisia in what Tripoli described as a private trip. There, according to reports, he was in contact with British diplomats with whom he had been talking for some time. By Wednesday morning the regime was insisting he was on a diplomatic mission. By Wednesday night that fiction had collapsed.

His departure is the most serious blow to the colonel's inner circle since the uprising began on February 15, and it comes at a moment when ministers hope to persuade others to follow. Only on Tuesday the Foreign Secretary, William Hague, hosted 40 countries at Lancaster House, where participants agreed Colonel Gaddafi had lost all legitimacy. It was Mr Koussa who went before the cameras in Tripoli on March 18 to announce a ceasefire after the UN Security Council vote; within hours government tanks were rolling into Benghazi, and the next day the first French jets struck.

But the man now being debriefed in Britain is no ordinary defector. In 1980, as head of the Libyan mission in London, he told a newspaper that revolutionary committees had decided to kill two more Libyan dissidents in Britain and that he approved. He was expelled within days. Four years later WPC Yvonne Fletcher was shot dead outside the Libyan embassy in St James's Square.

As head of the External Security Organisation from 1994 to 2009, Mr Koussa was accused by exiles of overseeing the pursuit of opponents abroad, and he has long been linked by critics to the 1988 bombing of Pan Am flight 103 over Lockerbie, an allegation he has never answered in public. He is also the man who, in 2003, sat down with MI6 and the CIA to negotiate the abandonment of Libya's nuclear and chemical weapons programmes, and who was among the officials involved in contacts before the release of the Lockerbie bomber Abdelbaset al-Megrahi in 2009.

That history will make his stay uncomfortable for the government. Relatives of Lockerbie victims and of Yvonne Fletcher last night urged that he be questioned by police. The Crown Office in Scotland said it had asked to interview him. Downing Street made clear that he had not been offered any deal.

Whether his defection shortens the war is another matter. On the same day, the rebels he had helped to brand as al-Qaeda stooges were being driven back out of Ras Lanuf for the second time this month, and NATO was preparing to take command of an air campaign that has not yet broken the regime's hold on the west.
"""))

A(dict(group="moussa_koussa_defects_to_britain_2011_03_30", published="2011-03-31",
outlet="Jamahiriya Voice English Service",
title="Official: departure of Moussa Koussa is a personal matter, Jamahiriya does not depend on individuals",
text="""TRIPOLI, 31/03/2011 (JVES) - An official source in the General People's Committee for Foreign Liaison and International Cooperation said that Mr. Moussa Koussa had been granted leave to travel to Tunisia for medical treatment, and that his decision to travel onward to Britain was a personal matter which concerns him alone.

The official spokesman, Dr. Moussa Ibrahim, told foreign journalists in Tripoli that the Great Jamahiriya is a state of the masses which does not depend on individuals, and that the departure of any official will not affect the steadfastness of the Libyan people in the face of the crusader aggression. He said that Libya's diplomacy continues its work normally.

The spokesman also said that the colonial aggression on Wednesday continued to strike civilian and military sites in several cities, and that the armed forces had restored security to the city of Ras Lanuf and the area of Bin Jawad after the armed gangs fled towards the east.

He called on the international community to support the African Union initiative for a ceasefire and dialogue among Libyans, and he said that Libya is ready to discuss any proposal which guarantees the unity and sovereignty of the country, but not under the bombs of NATO.

The source added that the General People's Committee will appoint a new Secretary for Foreign Liaison in due course.
"""))

A(dict(group="moussa_koussa_defects_to_britain_2011_03_30", published="2011-03-31",
outlet="GovDispatch Releases",
title="Foreign Secretary statement on the resignation of Libyan Foreign Minister Moussa Koussa",
text="""GovDispatch Releases | London | 31 March 2011

FOR IMMEDIATE RELEASE

Foreign Secretary statement on Moussa Koussa

London, Thursday 31 March 2011 - The Foreign Secretary, William Hague, today made a statement following the arrival in the United Kingdom of the Libyan Foreign Minister, Moussa Koussa.

The Foreign Secretary confirmed that Mr Koussa arrived at Farnborough on Wednesday 30 March on a flight from Tunisia, that he travelled of his own free will and that he has told officials he is resigning his post. British officials are holding discussions with him and will continue to do so.

Mr Hague said that Mr Koussa is one of the most senior figures in the Gaddafi government, whose role was to represent the regime internationally, and that he is no longer willing to do so. His resignation, the Foreign Secretary said, shows that Gaddafi's regime is fragmented, under pressure and crumbling from within.

The Foreign Secretary made clear that Mr Koussa has not been offered any immunity from British or international justice.

He encouraged those around Colonel Gaddafi to abandon him and to embrace a better future for Libya, one that allows a political transition and a real reform that meets the aspirations of the Libyan people.

Notes to editors
1. On 29 March 2011 the United Kingdom hosted the London Conference on Libya, attended by some 40 countries and organisations, which agreed to establish a Libya Contact Group.
2. UN Security Council resolutions 1970 (26 February 2011) and 1973 (17 March 2011) set out the international community's demands of the Libyan regime.

About GovDispatch: GovDispatch Releases distributes statements and announcements from governments and international organisations. Texts are reproduced as supplied and are not edited for content.

###
"""))
