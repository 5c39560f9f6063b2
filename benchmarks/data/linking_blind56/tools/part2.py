# Part 2: Haftar in Athens (2020-01-17), Berlin conference (2020-01-19),
# UNSC resolution 2510 (2020-02-12)
from common_bg import MWS_BG_2020, NC_BG_PROXY, AEM_BG_HAFTAR, MWS_BG_BERLIN

G4 = "haftar_visits_athens_2020_01_17"
G5 = "berlin_conference_on_libya_2020_01_19"
G6 = "unsc_adopts_resolution_2510_2020_02_12"

ARTICLES = [
dict(group=G4, published="2020-01-17", outlet="Agence Euromed",
title="Greece hosts Haftar two days before Berlin summit it was left out of",
text="""ATHENS (AEM) — Libyan commander Khalifa Haftar held talks with Greek Prime Minister Kyriakos Mitsotakis and Foreign Minister Nikos Dendias in Athens on Friday, a surprise visit that gave Greece a voice in Libya diplomacy two days before a Berlin summit to which it has not been invited.

Haftar landed at Athens airport on Thursday evening under heavy security and was received at a central hotel by Dendias, who tweeted that he had welcomed "the commander of the Libyan National Army" to the Greek capital. The two men met again at the foreign ministry on Friday morning before Haftar went to the prime minister's office in parliament.

After the talks Dendias said Haftar had agreed with Greece's positions, including that the maritime boundary memorandum signed between Turkey and the Tripoli government in November is illegal and void. "We encouraged the commander to take part with a constructive spirit in the Berlin process and try to achieve a ceasefire and the restoration of safety in Libya," he said, adding that Athens should have been at the table on Sunday.

Mitsotakis said in a television interview on Thursday, as Haftar's plane was landing, that Greece would veto any European Union decision on Libya that did not address the annulment of the Turkey-Libya memorandum, which Athens says ignores the continental shelf of Crete. He has written to EU leaders and spoken to German Chancellor Angela Merkel about Greece's exclusion from the conference.

Germany has invited the five permanent members of the UN Security Council, Turkey, Italy, Egypt, the United Arab Emirates, Algeria and the Republic of Congo, among others. Greek media reported that Athens was left out under Turkish pressure; German officials have said the guest list was built around countries directly involved in the conflict.

The memorandum, signed on Nov. 27 alongside a security cooperation accord that opened the way for Turkish military support to Fayez al-Sarraj's Government of National Accord (GNA), caused a sharp deterioration in relations between Athens and Tripoli. Greece expelled the GNA's ambassador in December, and Dendias visited Benghazi shortly before Christmas to meet Haftar. Aguila Saleh, speaker of the eastern-based parliament, was received in Athens on Dec. 12.

Haftar agreed on Thursday, after a visit to Benghazi by German Foreign Minister Heiko Maas, to attend the Berlin conference. Maas said after their meeting that Haftar had committed to respect the ceasefire that took effect on Jan. 12. The commander had left Moscow on Tuesday without signing a ceasefire document drafted under Russian and Turkish mediation that Sarraj had signed.

Greece, Cyprus and Israel signed an agreement in Athens on Jan. 2 on the EastMed gas pipeline, whose planned route crosses waters claimed by Turkey under its deal with Tripoli. Ankara says the memorandum protects its rights in the eastern Mediterranean and has rejected the Greek objections.

""" + AEM_BG_HAFTAR),

dict(group=G4, published="2020-01-18", outlet="Mideast Brief Live",
title="Live: Haftar wraps up Athens talks; Berlin summit eve; oil ports threatened",
text="""MIDEAST BRIEF LIVE — Saturday 18 January
Updates in Athens / Brussels / Cairo time. Refresh for latest.

09:40 — Greek government sources say Khalifa Haftar left Athens late Friday after meetings with PM Kyriakos Mitsotakis (at parliament) and FM Nikos Dendias (at the foreign ministry, after a first private meeting at his hotel Thursday night). Dendias: Haftar agrees the Turkey-Tripoli maritime memorandum is "illegal" and Athens "encouraged the commander" to take part constructively in Berlin. No joint statement issued.

09:50 — Also worth recalling: German FM Heiko Maas was in Benghazi on Thursday. He said Haftar committed to respect the Jan. 12 ceasefire and was "fundamentally ready" to attend Berlin. Haftar then flew to Athens the same evening.

09:55 — Context for new readers: Greece is NOT invited to Sunday's Berlin conference on Libya. Mitsotakis has threatened to veto any EU endorsement of a Libya deal unless the November 2019 Turkey-GNA memorandum is scrapped. Libyan media and Greek press are framing the Haftar visit as Athens' answer to the snub.

10:20 — Turkish foreign ministry hasn't commented on the Athens meeting as of now. Erdogan wrote in an op-ed published in Politico Europe that Europe would face new threats if the GNA fell. (Link in previous post.)

11:05 — In Brussels, diplomats say EU foreign ministers will discuss on Monday whether to revive naval patrols to enforce the UN arms embargo. Nothing decided.

11:30 — Reports from eastern Libya: groups of tribal supporters of Haftar announce they will shut oil export terminals in the "oil crescent" in protest at Turkish deployment. NOC has not confirmed any stoppage yet. We'll update.

11:45 — Sarraj's office confirms he will travel to Berlin. In an interview published today he floats the idea of an international protection force if Haftar resumes his offensive.

12:15 — Tunisia says it will not attend Berlin after receiving a late invitation. Qatar was not invited.

12:40 — Reminder of who's expected in Berlin Sunday: Putin, Erdogan, Macron, Johnson, Conte, Sisi, Pompeo, UAE's MBZ, Algeria's Tebboune, plus Guterres, EU, AU and Arab League heads. Sarraj and Haftar both expected in the city but not at the main table.

13:10 — Loading more updates..."""),

dict(group=G5, published="2020-01-19", outlet="Meridian Wire Service",
title="Powers pledge at Berlin summit to respect Libya arms embargo",
text="""BERLIN (MWS) - Countries with a stake in Libya's war agreed on Sunday to respect a widely flouted U.N. arms embargo and to stop providing military support to the warring sides, German Chancellor Angela Merkel said after hosting a summit meant to turn a fragile truce into a lasting ceasefire.

"We all agree that we should respect the arms embargo and that the arms embargo should be controlled more strongly than it has been in the past," Merkel told reporters after about four hours of talks at the chancellery. "I can say that all participants worked really constructively together."

The leaders and ministers adopted a 55-point communique that commits them to refrain from interfering in the conflict and calls on the U.N. Security Council to impose sanctions on those who violate the embargo or the ceasefire. It also recognises the Tripoli-based National Oil Corporation as the only legitimate seller of Libyan oil.

Eastern commander Khalifa Haftar and Fayez al-Serraj, head of the U.N.-recognised Government of National Accord (GNA), were both in Berlin but did not attend the main session and did not meet each other. Merkel met them separately beforehand. She said each had named five representatives to a military committee that will negotiate the terms of a permanent ceasefire.

U.N. Secretary-General Antonio Guterres said the committee would be convened in Geneva "in the coming days". "I cannot stress enough the summit's conclusion that there is no military solution to the conflict in Libya," he said.

Among those attending were Russian President Vladimir Putin, Turkish President Tayyip Erdogan, French President Emmanuel Macron, Italian Prime Minister Giuseppe Conte, British Prime Minister Boris Johnson, Egyptian President Abdel Fattah al-Sisi, U.S. Secretary of State Mike Pompeo and Abu Dhabi's Crown Prince Sheikh Mohammed bin Zayed, as well as leaders of the European Union, the African Union and the Arab League.

The summit was overshadowed by a blockade of oil ports and fields by forces loyal to Haftar that began on Saturday. The National Oil Corporation declared force majeure on loadings from major eastern terminals, and said output could fall by more than half. Guterres said he was worried by the shutdown.

Macron said he was very worried about the arrival of Syrian and foreign fighters in Tripoli, which he said must stop, in a reference to fighters that Turkey has been accused of sending to support the GNA. Ankara says it has sent military trainers and advisers under a security pact signed with Tripoli in November.

The communique sets up an international follow-up committee, chaired by the U.N., that is due to meet monthly at senior official level, starting in mid-February. Germany said it would ask the U.N. Security Council to endorse the conclusions. EU foreign ministers are due to discuss on Monday whether to revive the bloc's naval operation off Libya to monitor the embargo.

Merkel acknowledged that the meeting had not solved all of Libya's problems. "We know that we have not solved all of Libya's problems today, but we were aiming for fresh momentum," she said.

The summit followed a ceasefire brokered by Russia and Turkey that took effect on Jan. 12 and has largely held. Haftar left talks in Moscow last Tuesday without signing a written truce that Serraj had signed. Greece, which has been angered by a maritime deal between Turkey and the GNA, was not invited; Haftar visited Athens on Friday.

More than 2,000 people have been killed and about 150,000 displaced since Haftar's forces began their offensive, according to U.N. figures.

""" + MWS_BG_2020),

dict(group=G5, published="2020-01-20", outlet="RusInform International",
title="Lavrov: Berlin conference on Libya 'useful', but Libyan sides still far apart",
text="""BERLIN, January 20 (RusInform) - The international conference on Libya held in Berlin on Sunday was very useful and represents a small step forward, but the Libyan parties have not yet managed to launch a serious dialogue between themselves, Russian Foreign Minister Sergei Lavrov said.

Speaking to journalists after the meeting, Lavrov noted that Marshal Khalifa Haftar, commander of the Libyan National Army, and Fayez Sarraj, the head of the Government of National Accord, had not been able to agree to sit down at one table. "It is clear that we have not yet succeeded in launching a serious and stable dialogue between them," he said, adding that Russia would continue to work with all parties.

President Vladimir Putin took part in the conference hosted by German Chancellor Angela Merkel, together with the leaders and representatives of eleven states and four international organisations. The participants adopted a final document which commits them to respect the UN arms embargo, to refrain from interference in Libya's internal affairs and to support the ceasefire.

The Berlin document builds on the work carried out in Moscow on January 13, when the Libyan sides held indirect consultations with the participation of the foreign and defence ministers of Russia and Turkey. The ceasefire that entered into force on January 12 was the result of the joint appeal of Presidents Putin and Erdogan in Istanbul.

According to the Russian minister, the parties in Berlin agreed to set up a military commission in the "5+5" format, with five representatives each from Haftar and Sarraj, to work out the mechanisms for monitoring the ceasefire. UN Special Representative Ghassan Salame was given the task of convening it.

The idea of the Berlin conference was discussed by Putin and Merkel during the German Chancellor's visit to Moscow on January 11, when the two leaders expressed the hope that the ceasefire announced by Russia and Turkey would allow the conference to take place. The Russian President then said that the Libyan parties themselves must agree on the terms of the truce.

Lavrov said it was at Russia's insistence that the organisers dropped the original idea of meeting without the Libyan sides and invited Sarraj and Haftar to Berlin, and that the number of Libya's neighbours taking part was also increased at Moscow's initiative. The conference, he noted, was preceded by four months of preparations, including five preliminary rounds.

The final document will be sent to the UN Security Council. According to Lavrov, President Putin made clear that when the Council considers the Berlin recommendations, Russia will take into account the opinion of the Libyans themselves.

Moscow has repeatedly stated that there is no military solution to the Libyan crisis and that the settlement must be reached by the Libyans themselves under UN auspices. Russian officials have also recalled that the current chaos in Libya is the result of the NATO military intervention in 2011, which destroyed Libyan statehood.

Moscow rejects reports in Western media that Russian military personnel are fighting in Libya. President Putin said on January 11, after talks with Chancellor Merkel in Moscow, that if there are Russian citizens in the country, they do not represent the interests of the Russian state and are not paid by it.

Eastern Libyan groups supporting Haftar on Saturday halted oil exports from several terminals, which the Berlin participants said they were concerned about. The final communique calls on all sides to refrain from hostilities against oil facilities.

Subscribe to RusInform on Telegram"""),

dict(group=G5, published="2020-01-20", outlet="The Northern Chronicle",
title="Berlin summit papers over Libya's cracks as Haftar turns off the oil",
text="""By Jonas Whitcombe, Berlin

For four hours on Sunday the men who have turned Libya into a battleground sat around a table in Angela Merkel's chancellery and promised to stop. Vladimir Putin, whose mercenaries are fighting on the outskirts of Tripoli, signed up to a pledge to respect the UN arms embargo. So did Recep Tayyip Erdogan, who has started sending troops and Syrian fighters to defend the Libyan capital. So did Sheikh Mohammed bin Zayed of Abu Dhabi, whose drones have bombed it.

The resulting 55-point communique is, by the standards of these things, comprehensive. It commits the participants to "refrain from interference in the armed conflict or in the internal affairs of Libya", calls for a permanent ceasefire, demands the demobilisation of militias and asks the UN Security Council to punish violators. It lays out six "baskets" of work, from security to the economy to human rights, and sets up an international follow-up committee to monitor progress.

"We know that we have not solved all of Libya's problems today," Merkel said, "but we were aiming for fresh momentum." António Guterres, the UN secretary-general, was more blunt about what comes next: the test, he said, would be whether the promises were kept.

There are reasons to doubt it. The UN embargo, imposed in 2011, has been violated so openly for so long that the UN's own panel of experts has described arms transfers to both sides as repeated and sometimes flagrant. None of Sunday's signatories has admitted breaking it.

And the two Libyan leaders did not sign anything. Fayez al-Sarraj, the prime minister of the Tripoli government, and Khalifa Haftar, the eastern commander, were in Berlin but were kept out of the main session and refused to be in the same room. Merkel shuttled between them before the conference. The most concrete outcome was that each agreed to nominate five officers to a joint military committee, the so-called 5+5, which Ghassan Salamé, the UN envoy, hopes to convene in Geneva within days.

Haftar made his own contribution to proceedings on Saturday, when tribal groups and units loyal to him shut down the main oil export terminals in the east. The National Oil Corporation declared force majeure and warned that production could collapse from about 1.2 million barrels a day. The move was widely read as a reminder to the Berlin delegates that Haftar controls the country's wealth, and a protest against the Central Bank in Tripoli, which channels oil revenue to the government he is trying to topple.

It was the second time in a week that Haftar had embarrassed the powers courting him. Last Monday he spent a day in Moscow being coaxed by Sergei Lavrov and Sergei Shoigu towards signing a ceasefire text that Sarraj had already signed. He flew home in the early hours without putting his name to it. On Friday he turned up in Athens, where the Greek government, furious at being left off the Berlin guest list, gave him a warm welcome.

""" + NC_BG_PROXY + """

Europe's role has been largely that of spectator. Italy and France, the two EU states with the greatest stake in Libya, have spent years working at cross purposes, Rome closer to Tripoli and Paris to Haftar. Germany's decision to host the summit was in part an attempt to give the EU a unified voice. Washington, which for years left Libya to the Europeans, sent Mike Pompeo, the secretary of state, but has sent mixed signals of its own: last April, days after Haftar launched his offensive, the White House disclosed that Donald Trump had telephoned the field marshal and recognised his "significant role in fighting terrorism", a call that was widely read in Tripoli as a green light. Diplomats said on Sunday that foreign ministers would discuss on Monday whether to relaunch Operation Sophia, the EU's naval mission, with a mandate focused on the arms embargo, though several governments fear that ships in the central Mediterranean would rescue migrants.

Egypt, which has the longest border with Libya and regards the Tripoli government as a front for the Muslim Brotherhood, will be watching the Turkish deployment closely. Abdel Fattah al-Sisi told Merkel that Egypt supported a political solution, but Cairo's view that Haftar's army is the core of any future Libyan state has not changed.

Libyans have heard all this before. The Paris summit of 2018 set a date for elections that came and went; the Palermo conference that November produced a handshake between Sarraj and Haftar and little else. Sunday's meeting was more ambitious in scope. Whether it proves more durable will depend on whether those who signed the communique in Berlin stop doing what they have been doing in Libya."""),

dict(group=G5, published="2020-01-20", outlet="Bawabat al-Ahdath",
title="Berlin conference concludes its work... commitment to arms embargo and formation of 5+5 military committee",
text="""[ad_1]

Berlin conference concludes its work... commitment to arms embargo and formation of 5+5 military committee

Bawabat al-Ahdath - Berlin - agencies

The international conference on Libya which was held in the German capital Berlin concluded its work yesterday Sunday, with a final statement of 55 items in which the participating countries committed to respect the decision of the Security Council banning the supply of weapons to Libya, and to stop interference in the Libyan internal affairs.

The German Chancellor Angela Merkel said in a press conference after the conference, which lasted about five hours, that all participants agreed that there is no military solution to the crisis, and that the arms embargo must be monitored more strongly than in the past.

And Merkel announced that the General Commander of the Libyan Army, Field Marshal Khalifa Haftar, and the head of the Presidential Council of the Government of Accord, Fayez al-Sarraj, nominated their representatives in the joint military committee "5+5", which will meet in Geneva soon to discuss the mechanisms of the permanent ceasefire.

For his part, the Secretary-General of the United Nations Antonio Guterres affirmed that the participants committed to refrain from interference in the armed conflict, expressing his concern about the closure of oil ports and fields in the east of the country.

The conference was attended by the leaders of Russia, Turkey, France, Britain, Italy and Egypt, the US Secretary of State Mike Pompeo, the Crown Prince of Abu Dhabi Sheikh Mohammed bin Zayed, the Algerian President Abdelmadjid Tebboune, and the President of Congo Denis Sassou Nguesso, in addition to representatives of China, the European Union, the African Union and the Arab League.

The Egyptian President Abdel Fattah al-Sisi affirmed in his speech before the conference the necessity of dismantling the militias and stopping the flow of foreign fighters and terrorists to Libya, stressing that the security of Libya is part of the Egyptian national security.

And the head of the Presidential Council Fayez al-Sarraj had called before the conference, in an interview with a German newspaper, for the deployment of an international protection force under the UN umbrella in case Haftar resumes the military operations, while the Field Marshal met the German Chancellor before the start of the works, according to German sources.

Merkel said that Haftar and al-Sarraj did not attend the main session and did not meet each other, but that she met each one separately. She stressed that the conference is not the end but the beginning of a process, and that its outcomes will be presented to the Security Council to adopt them.

It is worth mentioning that the tribes of the eastern region announced the day before yesterday Saturday the closure of the oil ports of Brega, Ras Lanuf, Sidra, Zueitina and Hariga, in protest against what they called the use of oil revenues to finance the mercenaries brought by Turkey, which led the National Oil Corporation to declare the force majeure.

It is worth mentioning also that Greece, which was not invited to the conference, received the Field Marshal Haftar in Athens on Friday, while Tunisia apologised for not participating because of the late invitation.

Read also: Aboul Gheit: The Arab League supports every effort to stop the fighting in Libya

Read also: Oil prices rise after closure of Libyan ports

Share this:
Twitter
Facebook
Telegram"""),

dict(group=G6, published="2020-02-12", outlet="Meridian Wire Service",
title="U.N. Security Council endorses Berlin Libya deal; Russia abstains",
text="""UNITED NATIONS (MWS) - The U.N. Security Council on Wednesday endorsed the conclusions of last month's Berlin summit on Libya and demanded a lasting ceasefire, in a resolution adopted with 14 votes in favour and an abstention by Russia.

Resolution 2510, drafted by Britain, calls on Libya's warring parties to commit to a lasting truce on terms agreed by a joint military commission and demands full compliance with a U.N. arms embargo that participants at the Jan. 19 Berlin conference pledged to respect.

It asks U.N. Secretary-General Antonio Guterres to submit an interim report on the conditions for, and proposals on, ceasefire monitoring, and says the council may impose sanctions on those who threaten peace in Libya, including through violations of the embargo.

Russian Ambassador Vassily Nebenzia told the council Moscow had abstained because members should have waited for clear consent from the Libyan parties before rushing to adopt the text. He said Russia had serious doubts about its effectiveness.

Western diplomats said privately that the 14-0 vote was the most the council could muster after weeks of negotiation over the text.

The resolution welcomes the nomination of representatives by both sides to the so-called 5+5 Joint Military Commission and calls for its meetings to continue "without further delay". The commission held its first round in Geneva this month under U.N. envoy Ghassan Salame, ending on Saturday without agreement. Salame said a second round would start later this month.

The U.N. is also running an economic track and plans to open political talks in Geneva on Feb. 26, completing the three-track process agreed in Berlin. Salame told the council on Jan. 30 that the arms embargo was still being violated by foreign states despite the pledges they made in Germany, and warned that the truce was fragile.

""" + MWS_BG_BERLIN + """

On Tuesday the council extended measures against illicit oil exports from Libya and the mandate of its panel of experts, also with a Russian abstention. Nebenzia said then that it should be up to the Libyan people themselves to decide on oil exports.

Germany will chair the first meeting of an international follow-up committee created in Berlin on the sidelines of the Munich Security Conference on Sunday.

Fighting has continued around Tripoli despite a truce brokered by Russia and Turkey in January, with shelling of the capital's Mitiga airport and clashes on the southern outskirts. Forces loyal to eastern commander Khalifa Haftar have kept oil ports shut since Jan. 18, cutting Libya's output to a fraction of its normal level.

""" + MWS_BG_2020),

dict(group=G6, published="2020-02-13", outlet="DiploDesk Releases",
title="UNSMIL welcomes Security Council Resolution 2510 endorsing Berlin Conference conclusions",
text="""DIPLOMATIC PRESS DISTRIBUTION — FOR IMMEDIATE RELEASE

Tripoli, 13 February 2020

The United Nations Support Mission in Libya (UNSMIL) welcomes the adoption on 12 February 2020 of Security Council Resolution 2510 (2020), which endorses the Conclusions of the International Conference on Libya held in Berlin on 19 January 2020.

The resolution affirms the need for a lasting ceasefire at the earliest opportunity, demands full compliance by all Member States with the arms embargo, and expresses support for the Special Representative of the Secretary-General, Ghassan Salamé, and for the ongoing UNSMIL-facilitated intra-Libyan dialogue on its military, political and economic tracks.

With the passage of Resolution 2510, the Libyan people have received a strong signal that the Security Council supports their quest for peace, stability and a brighter future.

UNSMIL calls on the Libyan parties to engage constructively in the work of the 5+5 Joint Military Commission in Geneva.

Media contact: UNSMIL Public Information Office

###"""),

dict(group=G6, published="2020-02-13", outlet="Tripoli Free Press",
title="Security Council adopts Berlin resolution but again avoids naming Haftar's backers",
text="""TRIPOLI - The UN Security Council adopted on Wednesday resolution 2510, which endorses the outcomes of the Berlin conference and demands a lasting ceasefire in Libya, but, as Libyans in the capital noted with frustration, the text once more avoids naming the aggressor and the countries that continue to arm him.

Fourteen members voted in favour and Russia abstained, with its ambassador Vassily Nebenzia arguing that the Council should have waited for the consent of the parties. Observers in Tripoli said the abstention was expected from a state whose Wagner mercenaries are fighting alongside Haftar's militias south of the capital.

The resolution demands that all Member States comply with the arms embargo, recalls that those who violate it may be subject to sanctions, and calls for the 5+5 Joint Military Commission to keep meeting. The first round of the commission in Geneva ended last Saturday without an agreement, after, according to GNA sources, Haftar's delegation refused any reference to a withdrawal to the positions held before 4 April.

Officials of the Government of National Accord have insisted since Berlin that a ceasefire without the withdrawal of the aggressor forces would only freeze the occupation of parts of the capital's southern districts. The Presidential Council has repeatedly asked the Security Council to condemn the UAE, Egypt and Russia by name for the flights and ships delivering weapons to Benghazi and to the Al-Khadim air base.

Since the Berlin conference, which all participants presented as a turning point, Haftar's forces have violated the truce hundreds of times, according to the Volcano of Rage operation. Mitiga airport, the only working airport in the capital, has been shelled repeatedly and was closed again this week. The oil blockade imposed by Haftar's supporters since 18 January has cost the country more than one billion dollars in lost revenue, according to the National Oil Corporation.

The UN envoy Ghassan Salame is expected to convene the second round of the military talks later this month, while the political track is scheduled to begin in Geneva on 26 February. The High Council of State has said it will decide on its participation after studying the agenda and the list of participants.

The deputy head of the UN mission, Stephanie Williams, is expected to attend the Munich meeting. Libyans following the Berlin process say the test for the follow-up committee will be whether it publishes the names of the states that violate the embargo, instead of repeating general appeals that both the aggressor and the legitimate government are asked to respect equally.

The Presidential Council has stressed that it engaged positively with the Berlin outcomes and named its five officers to the military commission, while reserving its right to defend the capital and its citizens against any new attack. It has also called for the commission's talks to address the withdrawal of the foreign mercenaries fighting with Haftar, including the Russian Wagner fighters and the Sudanese and Chadian militants documented by the UN Panel of Experts.

Germany will host on Sunday in Munich the first meeting of the International Follow-up Committee on Libya created in Berlin.

Tags: UN, Security Council, Berlin, Haftar"""),
]
