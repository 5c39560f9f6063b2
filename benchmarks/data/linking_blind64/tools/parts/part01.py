# Part 1: Benghazi "day of rage" (17 Feb), Saif al-Islam's TV speech (20 Feb),
# UN Security Council resolution 1970 (26 Feb).

G1 = "benghazi_day_of_rage_protests_2011_02_17"
G2 = "saif_al_islam_televised_speech_2011_02_20"
G3 = "unsc_resolution_1970_sanctions_2011_02_26"

ARTICLES = [
dict(group=G1, published="2011-02-17", outlet="Meridian Wire",
title="Libyans defy Gadhafi on 'day of rage'; deaths reported in eastern towns",
text='''BENGHAZI, Libya (MW) — Anti-government protesters took to the streets of several eastern Libyan towns on Thursday in a "day of rage" against Moammar Gadhafi, and opposition websites said security forces opened fire in the town of Bayda, killing at least four people.

The protests, called largely on Facebook by activists inside the country and in exile, were the most serious challenge in years to the Libyan leader, who seized power in a 1969 coup and is now the longest-serving ruler in the Arab world. They came days after mass uprisings forced out the presidents of neighboring Tunisia and Egypt.

Witnesses reached by telephone in Benghazi, Libya's second-largest city, said thousands of people marched in the city center during the afternoon and evening, some chanting against the government and others demanding the release of detained activists. A resident who gave only his first name, Abdullah, told an Arab satellite channel he had seen police shoot unarmed demonstrators. His account could not be independently confirmed. Foreign reporters cannot work freely in Libya, and telephone and internet connections to the east were patchy throughout the day.

A London-based rights group, Libya Watch, said internal security forces and militias linked to the Revolutionary Committees had fired live rounds at young demonstrators in Bayda, about 200 kilometers (125 miles) east of Benghazi. The opposition website Libya Al-Youm reported that snipers were involved. Other reports circulating among exiles put the number of dead higher, but none could be verified.

The Libyan government gave no casualty figures and made no official comment on the unrest.

In Tripoli, state television broadcast images of several hundred Gadhafi supporters gathered before dawn in Green Square, waving green flags and portraits of the leader. Witnesses said there was no sign of anti-government protest in the capital.

The unrest in Benghazi began on Tuesday night after security agents detained Fathi Terbil, a lawyer who represents relatives of inmates killed in 1996 at Tripoli's Abu Salim prison. Human rights groups say about 1,200 prisoners died there when guards put down a revolt, and families have for years demanded to know where the bodies are buried. Terbil was later freed, but hundreds of people gathered outside police headquarters and clashed with officers, who used tear gas and water cannon.

Thursday's date was chosen to mark the anniversary of a protest in Benghazi on Feb. 17, 2006, when security forces killed about a dozen people during a demonstration that began outside the Italian consulate.

Human Rights Watch said this week that Libyan authorities had rounded up 14 activists, writers and protesters who had been preparing the demonstrations. The New York-based group urged the government to allow peaceful protest.

Gadhafi publicly lamented the fall of Tunisia's Zine El Abidine Ben Ali in January, and his government has since moved to lower the cost of some basic foods. Analysts say the country's oil revenue gives his government more room than its neighbors to buy off discontent, but that the east, long neglected by Tripoli, has been a center of opposition for decades.
'''),

dict(group=G1, published="2011-02-18", outlet="ReliefLine Bulletins",
title="Libya: Security forces fire on 'Day of Anger' demonstrators, at least 24 dead",
text='''ReliefLine Bulletins
Source: Human Rights Watch
Country: Libya
Format: News and Press Release
Posted: 18 Feb 2011

Government should respect the right to peaceful protest and investigate the killings

(New York) – Libyan security forces killed at least 24 protesters and wounded many others as they moved to break up peaceful demonstrations in several Libyan cities on February 16 and 17, 2011, Human Rights Watch said today. The organization called on the Libyan authorities to stop using lethal force except where strictly unavoidable to protect life, and to open an independent investigation into every death.

Hundreds of demonstrators came out on February 17 in Baida, Benghazi, Zintan, Derna and Ajdabiya after online calls for a nationwide "Day of Anger". Multiple witnesses told Human Rights Watch that security forces shot at protesters in an effort to disperse them.

According to the information gathered by Human Rights Watch, some of the worst violence took place in the eastern city of Baida. On the night of February 16, security forces used tear gas and live ammunition against a protest, and two demonstrators were shot dead, according to protesters interviewed by telephone. A new protest formed on February 17 after midday prayers and the funerals of those killed the previous night. By the early afternoon, hospital staff in Baida had appealed for extra medical supplies because they were struggling to treat some 70 injured protesters, about half of them in a critical condition with gunshot wounds.

A Geneva-based Libyan rights group has confirmed the names of three of the people shot dead in Baida. Human Rights Watch said the overall figure of 24 was based on telephone interviews with witnesses and medical staff and was likely to rise.

Sarah Leah Whitson, Middle East and North Africa director at Human Rights Watch, said the attacks on peaceful demonstrators exposed the brutality with which the Libyan government answers internal dissent, and that Libyans should not have to put their lives at risk to claim their basic rights.

Background

The protests followed the arrest in Benghazi on February 15 of Fathi Terbil, a lawyer representing families of prisoners killed in the 1996 Abu Salim prison massacre. His detention triggered a protest outside the internal security headquarters in Benghazi that was broken up with force. Human Rights Watch has previously reported that Libyan authorities detained at least 14 activists, writers and would-be demonstrators in the days before February 17.

Libyan law severely restricts freedom of assembly and association. Human Rights Watch has documented the long-standing use of arbitrary detention against critics of the government, and has called on Libya to release all those held for peaceful expression.

Human Rights Watch urged the Libyan authorities to:
- order security forces to comply with international standards on the use of force and firearms;
- release everyone detained solely for planning or joining peaceful protests;
- restore full access to the internet and telephone networks;
- allow independent journalists and monitors into the affected cities.

ReliefLine publishes statements from humanitarian and human rights organisations as received. The views expressed are those of the source.
'''),

dict(group=G1, published="2011-02-18", outlet="Al-Sahil Net (translated)",
title="Dead and wounded in al-Bayda and Benghazi in the 'Day of Anger' against the regime of al-Qadhafi",
text='''Tripoli - Al-Sahil Net - agencies

Eyewitnesses and websites of the opposition reported the fall of dead and wounded yesterday Thursday in the cities of al-Bayda and Benghazi in the east of Libya, during demonstrations which activists called for on the social network site "Facebook" under the name "Day of Anger" against the regime of the Libyan leader Colonel Muammar al-Qadhafi.

And the opposition site "Libya Today" said that snipers belonging to the internal security forces opened the fire on the demonstrators in the city of al-Bayda, which led to the killing of four of them at least, while other sources talked about a bigger number of victims that could not be confirmed from independent source.

An eyewitness from Benghazi told a satellite channel that he saw with his eyes six unarmed demonstrators who fell by the bullets of the police in the center of the city, and he said that the hospitals received tens of the wounded. And the witness added that the youth of the city stayed in the streets until late hours of the night in spite of the shooting.

In the same context, the human rights organization Human Rights Watch said in a statement today Friday that the Libyan security forces killed at least 24 demonstrators in the cities of al-Bayda, Benghazi, Zintan, Derna and Ajdabiya, and it demanded the authorities to stop using the lethal force and to open an independent investigation.

On the other side, the official Libyan television broadcast pictures of hundreds of the supporters of Colonel al-Qadhafi gathered in the Green Square in the center of the capital Tripoli at dawn of yesterday Thursday, raising the green flags and the pictures of the "Leader of the Revolution" and chanting slogans of loyalty to him. And the official media did not mention anything about the demonstrations in the east of the country.

It is worth mentioning that the protests started on the night of Tuesday to Wednesday in Benghazi after the arrest of the lawyer Fathi Terbil, who represents the families of the victims of the Abu Salim prison in Tripoli, where about 1200 prisoners were killed in the year 1996 according to human rights organizations. And the security forces dispersed the gathering of the families in front of the security directorate using the tear gas and the water cannons, before the authorities released Terbil later.

It is worth mentioning also that the date of 17 February coincides with the anniversary of the events of the year 2006 in Benghazi, when the security forces killed a number of demonstrators who were protesting against the cartoons insulting the Prophet, peace be upon him.

And observers consider that the events in Libya come in the wake of the popular revolutions that toppled the Tunisian president Zine El Abidine Ben Ali and the Egyptian president Hosni Mubarak during the last weeks, and that the eastern region of Libya suffers since long time from marginalization, according to the opinion of the opposition. The Libyan authorities did not issue any official statistic of the victims until now, and the communications with the eastern cities remain cut off in an intermittent manner.

Read also:
- Bahrain: the security forces evacuate the Pearl Roundabout by force at dawn
- Yemen: clashes between supporters and opponents of the president in Sanaa
- Egypt: the Supreme Council of the Armed Forces promises to hand over power to civilians

Tags: Libya, al-Qadhafi, Benghazi, al-Bayda, Day of Anger
'''),

dict(group=G2, published="2011-02-21", outlet="Euro-Atlantic Press",
title="Gaddafi's son warns of civil war and 'rivers of blood' in TV address",
text='''TRIPOLI, Feb 21 (EAP) - Libya could slide into civil war and "rivers of blood" will flow unless protesters accept a dialogue on reform, Muammar Gaddafi's son Saif al-Islam said in a televised address that ran past midnight, as an uprising that began in the east spread to the capital.

Speaking on state television late on Sunday, apparently without notes, the 38-year-old said the security forces had made "mistakes" in handling protests in Benghazi and other eastern cities because the army was not trained for crowd control, but he accused exiled opponents, foreigners and Islamists of trying to break the country apart.

"Libya is not Tunisia and it is not Egypt," he said, referring to neighbours whose leaders were toppled by popular revolts in the past six weeks. He said his father was in Tripoli "leading the battle" and that the army stood behind him. "We will fight to the last man, the last woman and the last bullet."

Saif al-Islam said 84 people had been killed in the unrest and accused foreign media of greatly exaggerating the toll. Human Rights Watch said on Sunday at least 173 people had died since Thursday; on Monday the New York-based group raised its count to 233.

He acknowledged that protesters had seized weapons and military vehicles in the east, saying "tanks are being driven by civilians" in Benghazi and that groups in Bayda had declared an Islamic emirate. He warned that the country's oil wealth would be destroyed if the unrest continued and that foreign powers would return to occupy Libya.

In the same address he offered concessions, saying the General People's Congress would meet within days to discuss a new constitution, more liberal laws on the media and civil society, and a review of the penal code. "If we do not agree today on reforms, we will not mourn 84 dead but thousands," he said.

Shortly after the speech ended, heavy gunfire was heard in several districts of Tripoli, witnesses said, and residents reported that public buildings, including offices of the state broadcaster and local People's Committees, had been set on fire overnight. The reports could not be independently verified.

Residents of Benghazi said the city was largely in the hands of protesters after security forces withdrew to a fortified compound in the centre, from which they had fired on funeral processions over the weekend.

Saif al-Islam, who holds a doctorate from the London School of Economics, has no formal government post but has long been seen as the most likely successor to his father and as the public face of efforts to rebuild ties with the West. His foundation negotiated compensation for victims of the 1988 Lockerbie bombing and he accompanied the convicted bomber Abdel Basset al-Megrahi home from Scotland in 2009.

Opposition activists reached by telephone in Benghazi dismissed the speech as a threat dressed up as an offer of reform.

Oil prices rose on Monday on concern the unrest could disrupt supplies from Libya, which holds Africa's largest proven crude reserves.

(Reporting by EAP correspondents in Tripoli, Cairo and London; Writing by Daniel Verhoef; Editing by Anne Castell)
'''),

dict(group=G2, published="2011-02-22", outlet="The Lancaster Courier",
title="Saif al-Islam's 'rivers of blood' speech buries the reformer",
text='''By Helena Marsh, Middle East Correspondent

For a decade he was the Gaddafi that Western governments wanted to deal with. Saif al-Islam, the London-educated second son of Libya's leader, spoke fluent English, funded charities, talked about a constitution and a free press, and was credited in European capitals with bringing his father in from the cold.

On Sunday night that image collapsed in a single, rambling broadcast. Wagging his finger at the camera, Saif al-Islam told Libyans that the country stood at a crossroads and that if they did not accept his offer of reform, civil war would follow and "rivers of blood" would run through every city.

The speech, broadcast on state television and running into the early hours of Monday, was a mixture of threat, concession and conspiracy theory. He admitted that the army and police had committed "errors" in Benghazi and Bayda because they were not trained to face angry crowds. He put the death toll at 84, far below the figures compiled by human rights groups. He blamed drug-taking youths, Libyan exiles, Arab and African foreigners and Islamists for the unrest, and he warned that the country's oilfields would burn. He also promised that the General People's Congress would convene to draft a constitution and new laws.

Above all, he made clear that the family would not go quietly. His father, he said, was in Tripoli leading the fight, and the family would fight "to the last bullet".

By Monday the scale of the crisis was plain. Human Rights Watch counted at least 233 dead since Thursday, while the Paris-based International Federation for Human Rights put the toll far higher. Benghazi, the country's second city, appeared to be in the hands of the protesters after security forces retreated from the streets. Gunfire rang out across Tripoli overnight, and witnesses described buildings set ablaze.

The regime also began to crack from within. Mustafa Abdel Jalil, the justice minister and a former judge from Bayda, told the Quryna newspaper on Monday that he had resigned in protest at the use of excessive force against unarmed demonstrators. Libya's representative at the Arab League in Cairo had quit on Sunday, and the ambassador to India also stepped down. William Hague, the Foreign Secretary, said on Monday he had seen information suggesting Colonel Gaddafi might be on his way to Venezuela; in the early hours of today state television showed the Libyan leader briefly, sitting in a vehicle and holding an umbrella, telling viewers he was in Tripoli.

For those who had invested in Saif al-Islam, the speech was a bitter moment. He earned a doctorate at the London School of Economics in 2008, and the school accepted a donation from his foundation the following year. He was the driving force behind the "Libya al-Ghad" — Libya of Tomorrow — reform programme, oversaw a dialogue that led to the release of hundreds of jailed Islamists in 2010, and was closely associated with the rapprochement that ended Libya's weapons programmes and years of sanctions. He was also at the airport in Tripoli in August 2009 when Abdel Basset al-Megrahi, the Lockerbie bomber, returned from Scotland to a hero's welcome.

Diplomats who know him say the reformist agenda was always constrained by his father and by older figures in the security apparatus, and that his instinct in a crisis would be loyalty to the family. One European official who dealt with him said privately that, in the end, he had put the family before the country.

In Benghazi, the speech appears to have hardened opinion rather than softened it. Residents contacted by telephone said that crowds outside the courthouse on the Corniche jeered the broadcast, and several said the reference to civil war had been taken as a declaration of intent.

The crisis now tests the argument, made repeatedly by the Gaddafis in recent weeks, that Libya is different from Tunisia and Egypt because its oil wealth buys loyalty and because its army is weak and fragmented. That fragmentation may yet prove the opposite of a strength: units in the east have either melted away or, according to several reports, gone over to the protesters.

Britain has advised against all travel to Libya and is preparing to help British nationals, many of them working in the oil sector, to leave.
'''),

dict(group=G2, published="2011-02-21", outlet="Dünya Gündemi Haber (çeviri)",
title="Kaddafi's son Seyfülislam: Libya can drag into civil war",
text='''Sitemizde çerezler kullanılmaktadır. Siteyi kullanmaya devam ederek çerez politikamızı kabul etmiş olursunuz. Kabul Et

DÜNYA | 21.02.2011 - 09:14 | Güncelleme: 21.02.2011 - 11:02

Kaddafi's son Seyfülislam: Libya can drag into civil war

Libya leader Muammer Kaddafi's son Seyfülislam Kaddafi, in the speech he made on the state television in the night hours connecting Sunday to Monday, warned that the country can drag into civil war and "blood rivers" can flow.

Seyfülislam Kaddafi, who spoke without reading from a text, said that in the events which started last week in the east of the country 84 people lost their lives, and he claimed that the numbers given by the foreign media are exaggerated. According to the human rights organization Human Rights Watch the number of people who died since Thursday passed 170.

"LIBYA IS NOT TUNUS, NOT MISIR"

Kaddafi's son, saying "Libya is not Tunisia, is not Egypt", stated that his father is in Trablus (Tripoli) and is leading the battle and the army is behind him. Seyfülislam said "We will fight until the last man, the last woman, the last bullet" and he claimed that behind the events are foreign hands, the opponents abroad and radical groups.

Seyfülislam Kaddafi also said in his speech "We will not leave Libya to the Italians or the Turks", and this expression drew reaction in the Turkish public opinion.

He admitted that the security forces in Bingazi (Benghazi) made "mistakes" and said that the army is not trained for controlling the crowds. He said that in Bingazi civilians are using tanks and in the city of el-Beyda (Bayda) some groups declared an Islamic emirate.

REFORM PROMISE

Seyfülislam Kaddafi promised that the Genel Halk Kongresi (General People's Congress) will gather within days and a new constitution and new laws on the press will be discussed. However he warned that if the protests continue "not 84 but thousands of people will die".

After the speech, in the capital Trablus gunfire sounds were heard in various districts, according to eyewitnesses.

TURKISH CITIZENS

In Libya there are about 25 thousand Turkish citizens, most of them working for the construction companies. The Dışişleri Bakanlığı (Foreign Ministry) announced that it is following closely the situation of the citizens and the works for bringing back the citizens who want to return by planes and ships are continuing. Some construction workers in Bingazi said by telephone to the Turkish televisions that their sites were attacked and looted by unknown persons and they are waiting at the port.

Libya has been ruled since 1969 by Muammer Kaddafi. The demonstrations started on 15 February in Bingazi after the arrest of a lawyer and spread in the following days to other cities of the east.

İlgili Haberler
» Bingazi'de göstericilere ateş açıldı
» Libya'daki Türk işçiler tahliye bekliyor
» Mısır'da ordu anayasayı askıya aldı

Etiketler: Libya, Kaddafi, Seyfülislam, Bingazi, Trablus

Exit mobile version
'''),

dict(group=G3, published="2011-02-27", outlet="Meridian Wire",
title="UN Security Council sanctions Gadhafi, refers crackdown to war crimes court",
text='''UNITED NATIONS (MW) — The U.N. Security Council voted unanimously Saturday night to impose sanctions on Moammar Gadhafi, his family and his inner circle, and to refer his government's deadly crackdown on protesters to the International Criminal Court for investigation of possible crimes against humanity.

The 15-0 vote came after a day of negotiations in New York and sent what diplomats called an unusually swift and united message to the Libyan leader, whose forces have killed hundreds of people since the uprising against his 41-year rule began in mid-February.

Resolution 1970 imposes an arms embargo on Libya, a travel ban on 16 people including Gadhafi, several of his children and senior security officials, and a freeze on the assets of Gadhafi and several of his children. It refers the situation in Libya since Feb. 15 to the prosecutor of the Hague-based court and demands an immediate end to the violence.

It is only the second time the council has sent a case to the ICC, after the Darfur referral in 2005, and the first time it has done so unanimously. China, Russia and India, which had voiced doubts about involving the court, joined the vote after Libya's own U.N. ambassador, Abdurrahman Shalgam, urged the council to act. Shalgam, a longtime Gadhafi ally, broke with the government on Friday and told the council his country's people needed protection.

Russian diplomats said they had insisted that nothing in the text could be read as authorizing military action. A proposal from Libyan diplomats to include a no-fly zone was not taken up.

U.N. Secretary-General Ban Ki-moon welcomed what he called decisive action by the council and said he hoped the message would be heard and heeded in Libya.

Earlier Saturday, President Barack Obama said for the first time that Gadhafi should step down. In a telephone call with German Chancellor Angela Merkel, the White House said, Obama stated that when a leader's only means of staying in power is to use mass violence against his own people, "he has lost the legitimacy to rule and needs to do what is right for his country by leaving now."

Secretary of State Hillary Rodham Clinton said the State Department had revoked the U.S. visas of senior Libyan officials and their families. On Friday, Obama signed an executive order freezing assets in the United States belonging to Gadhafi, his government and four of his children, and the U.S. closed its embassy in Tripoli.

Inside Libya, Gadhafi's forces held Tripoli and several western towns, while most of the east, including Benghazi, was in the hands of the opposition. In the eastern town of Bayda, former Justice Minister Mustafa Abdel-Jalil, who resigned this week in protest at the killings, was reported to be working with other opposition figures to form an interim leadership.

Tens of thousands of foreigners were still trying to leave the country by air, sea and land, creating a growing crisis on the borders with Tunisia and Egypt.
'''),

dict(group=G3, published="2011-02-27", outlet="New China Newswire",
title="UN Security Council adopts resolution on Libya, imposes arms embargo",
text='''UNITED NATIONS, Feb. 26 (NCN) -- The UN Security Council on Saturday unanimously adopted a resolution on the situation in Libya, imposing an arms embargo on the country and a travel ban and asset freeze on Libyan leader Muammar Gaddafi, his family members and some senior officials.

Resolution 1970, adopted by all 15 members of the Council, expressed grave concern at the situation in Libya, condemned violence and the use of force against civilians, and demanded an immediate end to the violence. It also referred the situation in Libya since Feb. 15 to the prosecutor of the International Criminal Court.

The resolution set up a new committee of the Council to monitor the sanctions and designate individuals subject to the measures. It called on all member states to facilitate the return of humanitarian agencies and make humanitarian assistance available in Libya.

Speaking after the vote, Chinese Permanent Representative to the UN Li Baodong said China was deeply concerned about the turbulent situation in Libya. The most urgent task, he said, was to stop the violence immediately, avoid further bloodshed and civilian casualties, restore stability and normal order as soon as possible, and resolve the current crisis through dialogue and other peaceful means.

Li said the safety and interests of foreign nationals in Libya must be ensured. Taking into account the extremely special circumstances in Libya at present and the concerns and views of Arab and African countries, the Chinese delegation voted in favor of the resolution, he said.

UN Secretary-General Ban Ki-moon welcomed the adoption of the resolution, saying the Council had acted decisively. While the resolution could not by itself end the violence, he said, it was a vital step and a clear expression of the will of the international community.

Libya's permanent representative to the UN, Abdurrahman Shalgam, who had earlier distanced himself from the Libyan government, thanked the Council members.

Unrest broke out in Libya in mid-February, with protesters demanding political change. Clashes between demonstrators and security forces have left hundreds of people dead, according to various estimates. The Libyan government has blamed the violence on armed groups and foreign elements.

China has been carrying out a large-scale operation to evacuate its nationals from Libya by chartered aircraft, ships and overland routes through neighboring countries. Tens of thousands of Chinese citizens, most of them employees of Chinese companies working on construction and infrastructure projects, were in Libya when the unrest began. The Chinese Foreign Ministry has said the evacuation is proceeding in an orderly manner with the assistance of several countries in the region.

Earlier this week, the UN Human Rights Council held a special session on Libya, and the Arab League suspended Libya's participation in its meetings.
'''),

dict(group=G3, published="2011-02-28", outlet="Gulf Horizon",
title="UN sanctions tighten the noose around Qadhafi as Benghazi sets up national council",
text='''Gulf Horizon | World | Monday, February 28, 2011

UN sanctions tighten the noose around Qadhafi as Benghazi sets up national council

By Our Staff Reporter with agencies

DUBAI — The international isolation of Colonel Muammar Qadhafi deepened over the weekend after the United Nations Security Council unanimously voted late on Saturday to slap sanctions on the Libyan leader and his family and to send his regime's bloody repression of peaceful protests to the International Criminal Court.

Resolution 1970, adopted 15-0 in New York, bans arms sales to Libya, bars Qadhafi, his sons and daughter and top security chiefs from international travel, and freezes the overseas assets of the Libyan leader and members of his family. It asks the ICC prosecutor to investigate events since February 15, when the first protests erupted in Benghazi.

Libyan revolutionaries in the liberated east greeted the vote with celebratory gunfire and car horns, but many said the world must go further. Volunteers at the Benghazi courthouse, which has become the headquarters of the uprising, said by telephone that sanctions would not stop the killing. Several speakers in the city called on the United Nations to impose a no-fly zone to stop Qadhafi's air force from attacking civilians, a demand that was left out of Saturday's text.

On Sunday, revolutionary leaders announced in Benghazi the formation of a National Council to represent the cities that have thrown off the regime. Former justice minister Mustafa Abdul Jalil, who resigned last week in protest at the killings, has emerged as the most prominent figure in the opposition leadership, though organisers said the council was not a government and that Tripoli remained the capital.

The Arab League had already suspended Libya's participation in its meetings last week, in a rare move against a member state, and Gulf governments have condemned the use of force against civilians. Libyan diplomats in several Arab capitals have resigned or declared their support for the uprising.

In Washington, President Barack Obama said on Saturday that Qadhafi had lost the legitimacy to rule and should leave now, his strongest statement since the crisis began. The United States has frozen Libyan government assets under its jurisdiction, and Britain and Switzerland have also moved to freeze assets linked to the Qadhafi family.

In Tripoli, where the regime still holds the streets, residents described a tense calm, with checkpoints manned by armed men loyal to Qadhafi and long queues at banks after the government promised cash handouts to every family. Qadhafi's son Saif al-Islam has told foreign television channels that the family will not leave the country.

Thousands of Egyptian, Tunisian and Asian workers continued to stream across Libya's borders, and aid agencies warned of a humanitarian emergency at the Ras Jdir crossing into Tunisia.

Share this:
Twitter
Facebook
Email
Print

Like this:
Like Loading...

Related
Qadhafi's son warns of civil war
Arab League suspends Libya
Evacuation flights leave Tripoli
'''),
]
