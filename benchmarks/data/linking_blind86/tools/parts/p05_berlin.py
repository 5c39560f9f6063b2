G = "berlin_conference_on_libya_2020_01_19"

ARTICLES = [
dict(group=G, published="2020-01-19", outlet="Ankara Newswire",
title="Berlin conference on Libya ends with pledge to respect arms embargo, back ceasefire",
text="""BERLIN

Leaders and senior officials attending an international conference on Libya in Berlin on Sunday agreed to respect the UN arms embargo on the country and to refrain from interfering in its armed conflict, German Chancellor Angela Merkel said.

Speaking at a press conference after around four hours of talks at the Federal Chancellery, Merkel said participants had agreed on a comprehensive plan and had worked constructively together. She said the embargo should be monitored more strictly than in the past.

Merkel said the head of Libya's legitimate Government of National Accord, Fayez al-Sarraj, and the eastern-based warlord Khalifa Haftar had each named members to a military committee with five representatives from each side, which is expected to meet in the coming days to work on turning the current truce into a lasting ceasefire.

Neither Sarraj nor Haftar took part in the conference itself. Merkel and Foreign Minister Heiko Maas met both of them separately before the summit.

UN Secretary-General Antonio Guterres said all participants had committed to stay out of the conflict and underlined that there was no military solution in Libya.

President Recep Tayyip Erdogan attended the conference at the head of the Turkish delegation. Before leaving Istanbul for the German capital, Erdogan described the Berlin meeting as an important step toward cementing the ceasefire that took effect on Jan. 12 following a joint call by Turkey and Russia.

Erdogan has said that for the political process to succeed, Haftar must end his aggression against the legitimate government in Tripoli. Turkish officials have noted that Haftar left Moscow last week without signing the ceasefire document that Sarraj had signed.

The conference was attended by leaders and representatives of 12 countries, among them Russian President Vladimir Putin, French President Emmanuel Macron, Egyptian President Abdel Fattah al-Sisi, British Prime Minister Boris Johnson, Italian Prime Minister Giuseppe Conte and US Secretary of State Mike Pompeo, as well as the UN, the EU, the African Union and the Arab League.

The final declaration will be submitted to the UN Security Council for endorsement.

Turkey and Russia had called on the Libyan sides to declare a ceasefire after Erdogan and Russian President Vladimir Putin met in Istanbul on Jan. 8. Sarraj signed a ceasefire document at talks in Moscow on Jan. 13, while Haftar left the Russian capital without signing.

Turkey and Libya's UN-recognized government signed agreements on security cooperation and maritime boundaries in November. Turkey has stressed that its presence in Libya is at the invitation of the legitimate government and aims to support stability.

The Tripoli government has been under attack by Haftar's forces since April 2019, with more than 1,000 people killed in the fighting according to UN figures.
"""),

dict(group=G, published="2020-01-20", outlet="The Northern Chronicle",
title="Berlin summit buys Libya time, but the men with the guns stayed in separate rooms",
text="""By Harriet Vale, Diplomatic Editor, in Berlin

The photograph the German government wanted from Sunday's Libya summit was taken on the steps of the chancellery: Angela Merkel at the centre, flanked by Vladimir Putin, Recep Tayyip Erdogan, Emmanuel Macron, Boris Johnson, Abdel Fattah al-Sisi and the rest, all the outside powers who have armed, financed or excused one side or the other in Libya's war.

The two Libyans whose war it is were not in it. Fayez al-Sarraj, head of the UN-recognised government in Tripoli, and Khalifa Haftar, the eastern commander whose forces have been besieging the capital since last April, were both in Berlin. Neither sat at the table. Mrs Merkel met each of them separately beforehand and told reporters afterwards that the gap between them was so wide that they were not talking to each other.

What the twelve countries and four international organisations did agree, after about four hours, was a 55-point communique that commits them to respect the UN arms embargo imposed in 2011, to stop supplying the warring parties for as long as a truce holds, and to refrain from interfering in Libya's internal affairs. A follow-up committee under UN supervision is meant to monitor progress, with working groups on security, politics, the economy and humanitarian law. The text goes to the Security Council.

"We know we have not solved all of Libya's problems today," Mrs Merkel said, describing the aim as fresh momentum. Antonio Guterres, the UN secretary-general, said the participants had committed themselves not to interfere, and Ghassan Salame, his envoy, announced the names of a joint military commission - five officers from each side - that he hopes to convene in Geneva within days to convert a shaky truce into a formal ceasefire.

That is the optimistic reading. The pessimistic one starts with the embargo itself, which has been violated so routinely that a UN panel of experts documented shipments by several of the governments represented in Berlin on Sunday. Nothing in the communique names them, and nothing in it creates an enforcement mechanism beyond a call for sanctions against violators.

It continues with oil. On Friday and Saturday, tribal groups aligned with Field Marshal Haftar shut down export terminals in the east, and on Sunday morning a pipeline from the southern fields was closed too, forcing the National Oil Corporation to declare force majeure. The shutdown, which threatens to cut Libya's output by more than half, was widely read as a message to the summit: the east controls the wells even if Tripoli controls the revenue. Mr Guterres said he was worried by it.

And it ends with the foreign fighters. Mr Macron used his speech to say he was deeply concerned by the arrival of Syrian and other foreign fighters in Tripoli and that it had to stop, a barely veiled reference to Turkey, which has sent military advisers and, according to monitoring groups, hundreds of Syrian fighters to shore up Mr Sarraj. Turkish officials, for their part, point to the Russian mercenaries who have fought alongside Field Marshal Haftar's forces on the southern edge of Tripoli since the autumn.

The conference came exactly a week after the current truce, brokered by Mr Putin and Mr Erdogan, took hold, and six days after the two Libyan leaders were in Moscow for talks at which Mr Sarraj signed a ceasefire document and Field Marshal Haftar, after asking for a night to think it over, flew home without signing. Sergei Lavrov, the Russian foreign minister, said on Sunday evening that Berlin had been very useful and a small step forward compared with Moscow, but admitted that a serious dialogue between the two sides had not yet begun.

Germany's diplomats spent months on the preparation, through five preparatory meetings, and took pains to keep the guest list limited to the states with real leverage. Greece, which is furious about Turkey's maritime agreement with the Tripoli government, asked to attend and was refused. Tunisia, Libya's neighbour, received a late invitation and declined. Morocco, which hosted the 2015 Skhirat talks that produced Mr Sarraj's government, publicly expressed surprise at its exclusion.

Libya has lurched from crisis to crisis since the fall of Muammar Gaddafi in 2011. Since 2014 it has had two governments, two parliaments and, at times, two central banks. The last serious attempt to unify it, a UN plan for a national conference in Ghadames in April 2019, was overtaken by Field Marshal Haftar's march on Tripoli, launched while Mr Guterres was visiting the country. Since then the fighting has killed hundreds of civilians and displaced well over 100,000 people.

Mrs Merkel's bet is that by binding the outside powers to a common text, Berlin has made it harder for the Libyans to keep fighting. Whether that holds depends on whether the countries that signed on Sunday stop doing what they were doing on Saturday.
"""),

dict(group=G, published="2020-01-20", outlet="Maghreb Daily Briefing",
title="Maghreb Daily Briefing, Monday 20 January: Berlin conference pledges to uphold Libya arms embargo; oil shutdown deepens",
text="""MAGHREB DAILY BRIEFING
Monday, 20 January 2020

Good morning. Here is what you need to know across North Africa today.

1. LIBYA: BERLIN CONFERENCE ENDS WITH EMBARGO PLEDGE

The international conference on Libya hosted by Germany and the UN in Berlin on Sunday closed with a 55-point final statement in which participants committed to respect the UN arms embargo, halt military support to the warring parties and back a political process. Chancellor Angela Merkel said all sides had worked constructively. UN chief Antonio Guterres repeated that there is no military solution.

Fayez al-Sarraj (Government of National Accord) and Khalifa Hafter (Libyan National Army) were in Berlin but were not part of the summit and did not meet. Each has named five officers to the joint military committee, which UN envoy Ghassan Salame wants to convene in Geneva soon.

Our take: the text is long on commitments and short on enforcement. The real test is the truce on the Tripoli front, in place since 12 January, and whether arms deliveries slow in the coming weeks.

2. LIBYA: OIL OUTPUT COLLAPSING AFTER PORT CLOSURES

The National Oil Corporation declared force majeure on exports from several eastern terminals after groups loyal to Hafter closed them on Friday and Saturday. A pipeline from the Sharara and El Feel fields was also shut, according to the NOC. Output could fall from about 1.2 million barrels per day to a fraction of that if the closures persist.

3. ALGERIA: TEBBOUNE IN BERLIN

President Abdelmadjid Tebboune used his first major international outing since taking office in December to offer Algiers as a venue for Libyan dialogue. Algeria shares a long border with Libya and has consistently opposed foreign military intervention.

4. TUNISIA: NO SEAT AT THE TABLE

Tunisia declined a last-minute invitation to Berlin, saying it had arrived too late to allow proper participation. Tunisian officials have stressed that any settlement must involve Libya's neighbours.

5. MOROCCO: QUESTIONS OVER EXCLUSION

Rabat, which hosted the talks that led to the 2015 Skhirat agreement, had earlier voiced its surprise at not being invited to Berlin.

That's it for today. The briefing returns tomorrow.

You are receiving this email because you subscribed to Maghreb Daily Briefing. Unsubscribe | Manage preferences | View in browser
"""),

dict(group=G, published="2020-01-20", outlet="RusInform",
title="Lavrov: Berlin conference on Libya useful, but serious Libyan dialogue not yet launched",
text="""BERLIN, January 20 - RusInform. The international conference on Libya held in Berlin on Sunday was very useful, but it has not yet been possible to launch a serious and stable dialogue between the Libyan parties, Russian Foreign Minister Sergei Lavrov told journalists after the meeting.

"The conference was very useful," Lavrov said, adding that the Libyan sides had taken a small step forward compared with the talks held in Moscow last week.

According to the minister, the differences in the approaches of the head of the Government of National Accord, Fayez al-Sarraj, and the commander of the Libyan National Army, Khalifa Haftar, remain very large, which is why they did not meet in Berlin. At the same time, the recommendations contained in the conference's final document add to the pool of ideas that could help the Libyans agree on conditions for sitting down at the negotiating table.

Lavrov stressed that it was at Russia's insistence that the organisers abandoned the original idea of holding the conference without the Libyan parties, and that both Sarraj and Haftar were invited to Berlin.

The final document will be sent to the UN Security Council. President Vladimir Putin, who took part in the conference, outlined Russia's position that the opinion of the Libyans themselves must be taken into account when the Council considers the recommendations, Lavrov said.

The minister noted that the military committee in the 5+5 format, created with UN assistance, will work to ensure a sustainable ceasefire.

The Berlin conference brought together the leaders of Russia, Turkey, France, Egypt, the United Kingdom, Italy and other countries, as well as the US secretary of state and the heads of the UN and the EU. Participants committed to respect the arms embargo and to refrain from interfering in Libya's internal affairs.

Before the conference, Lavrov had warned against excessive optimism, saying relations between the main Libyan rivals remained extremely tense and that they refused even to be in the same room. He said the most important thing was that the Libyan parties not repeat past mistakes by putting forward new conditions and trading accusations.

Moscow has consistently said that the crisis in Libya is a consequence of NATO's military intervention in 2011 and that the illegal bombing of the country destroyed Libyan statehood.

On January 13, Moscow hosted talks on Libya with the participation of the foreign and defence ministers of Russia and Turkey. The ceasefire document was signed by Sarraj and by the head of the High Council of State, Khaled al-Mishri, while Haftar and the speaker of parliament, Aguila Saleh, requested more time.

Putin and Erdogan called on the Libyan sides to cease fire after their talks in Istanbul on January 8, held on the day of the official launch of the TurkStream gas pipeline. The ceasefire in Libya has been in force since January 12 on the initiative of the presidents of Russia and Turkey.
"""),
]
