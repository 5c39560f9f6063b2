# Event 5: Erdogan hosts Sarraj in Ankara (2020-06-04)
G5="erdogan_hosts_sarraj_in_ankara_2020_06_04"
PART = [
dict(group=G5, published="2020-06-04", outlet="Anatolia Today",
title="Turkey will not leave Libyan brothers at mercy of putschists: Erdogan",
text="""ANKARA

Turkey will continue to stand by Libya's legitimate government and will not leave the Libyan people at the mercy of putschists and mercenaries, President Recep Tayyip Erdogan said on Thursday after hosting Fayez al-Sarraj, the head of the UN-recognized Government of National Accord (GNA).

Speaking at a joint news conference with al-Sarraj at the Presidential Complex in Ankara, Erdogan said the GNA's recent gains showed that the putschist Khalifa Haftar's attempt to seize Tripoli by force had failed.

"Those who supported the putschist Haftar with weapons, money and mercenaries will have to answer to history," Erdogan said, adding that Turkey had been the country giving the most support to Libya's legitimate authorities.

Erdogan said a lasting solution could only be political and under the UN umbrella, but that Haftar, who he said threatened Libya's future, could not be a party at the table. He also called for steps to stop what he described as the illegal sale of Libya's oil by the putschist side, saying the country's resources belonged to all Libyans.

The president said Turkey and Libya would expand their cooperation, including in the search for and extraction of natural resources in the Eastern Mediterranean within the framework of the maritime memorandum signed last November. He added that Turkish companies were ready to take part in Libya's reconstruction.

-- 'Criminals will face justice'

Al-Sarraj thanked Turkey for its "honorable" position and said the GNA's forces were determined to extend state authority over the whole of Libya and to bring those responsible for crimes against civilians to justice.

He said the Libyan government looked forward to Turkish firms returning to work on infrastructure, energy and reconstruction projects interrupted by the war.

Al-Sarraj's visit came on the same day the Libyan army announced that it had regained control of all of Greater Tripoli up to the city's administrative borders. On Wednesday, GNA forces recaptured Tripoli International Airport, which had been held by Haftar's militias since last year.

Last month the Libyan army liberated the strategic Al-Watiya airbase and several towns in the west of the country, in a series of advances that followed the signing of the security and military cooperation memorandum between Ankara and Tripoli.

At the Berlin conference on Libya on Jan. 19, Erdogan had warned that Haftar's attacks must stop for a political process to work. A week earlier, Haftar left Moscow without signing a cease-fire agreement that al-Sarraj had signed following an initiative by Turkey and Russia.

Turkey's parliament approved a one-year mandate in January for the deployment of troops to Libya, where Turkish personnel provide training and advisory support to the legitimate government.

Haftar's militias, backed by the UAE, Egypt, France and Russia's Wagner group, launched their offensive on Tripoli in April 2019. Mass graves and mines left behind by the retreating militias have been reported in areas south of the capital."""),

dict(group=G5, published="2020-06-04", outlet="Vestnik International",
title="Erdogan, Sarraj meet in Ankara as Tripoli forces claim full control of capital",
text="""ANKARA, June 4 (Vestnik) - Turkish President Recep Tayyip Erdogan on Thursday received Fayez Sarraj, the head of Libya's Government of National Accord (GNA), in Ankara, and said the two countries would step up cooperation, including on energy exploration in the Mediterranean.

Speaking at a joint press conference, Erdogan said Field Marshal Khalifa Haftar could not be a participant in negotiations on Libya's future and accused the Libyan National Army (LNA) commander of threatening the country's stability. Sarraj thanked Ankara for its support and said the GNA's forces intended to take control of the entire country.

Earlier in the week, Turkish Foreign Minister Mevlut Cavusoglu told a Turkish broadcaster that Sarraj would pay an official visit on Thursday, though the Turkish presidential press office had said on Wednesday that no meeting had yet been scheduled.

The visit coincided with statements by the GNA's military spokesman that its forces had taken over the entire administrative area of Greater Tripoli, a day after they announced the capture of the capital's long-disused international airport. The LNA said it was repositioning its units away from the capital's southern suburbs.

On Wednesday, a GNA delegation led by Deputy Prime Minister Ahmed Maiteeq held talks in Moscow with Russian Foreign Minister Sergei Lavrov, who called for an immediate ceasefire and a return to the political process on the basis of the decisions of the Berlin conference held in January.

Erdogan also said that Turkey would cooperate with Tripoli on exploration for oil and gas in the eastern Mediterranean under the maritime memorandum signed in November 2019, which Greece, Cyprus and Egypt consider illegal.

The LNA, which launched its offensive on Tripoli in April 2019, has suffered a series of setbacks since the spring. In May, GNA forces with Turkish drone support captured the al-Watiya air base southwest of the capital, and the LNA later announced a pullback of several kilometres from the front lines in the capital, describing it as a humanitarian gesture ahead of the end of Ramadan.

The UN mission in Libya said earlier this week that both sides had agreed to resume talks in the military commission format known as 5+5.

Moscow has criticised the involvement of foreign fighters in Libya and has denied that Russian servicemen are taking part in the fighting. Russian officials have dismissed as unfounded statements by the US military last week that Russian warplanes had been delivered to the LNA.

The Turkish parliament in January authorised the deployment of Turkish military personnel to Libya. Ankara says it provides training and advisory support to the GNA under a memorandum signed in November 2019.

Libya has been split between rival authorities since 2014: the GNA in Tripoli and an administration in the east supported by the House of Representatives and the LNA.

Subscribe to our Telegram channel"""),

dict(group=G5, published="2020-06-05", outlet="Nile Gate News",
title="Erdogan receives al-Sarraj in Ankara and talks of cooperation in oil exploration",
text="""Ankara - Agencies

The Turkish President Recep Tayyip Erdogan received yesterday Thursday in Ankara the head of the Presidential Council of the Government of Accord, Fayez al-Sarraj, in a visit which was not announced beforehand officially, and the two sides held a joint press conference after their talks.

Erdogan said in the conference that his country will cooperate with the Government of Accord in the exploration of oil and gas in the eastern Mediterranean, and he said that Ankara "will not leave Libya to the coup plotters", in reference to the commander of the Libyan National Army Field Marshal Khalifa Haftar.

For his part, al-Sarraj said that his forces seek to extend control over all of the Libyan territories, and he expressed his welcome to the return of the Turkish companies to work in Libya, and he thanked Ankara for its support.

The visit came at a time when the forces of the Government of Accord announced, yesterday Thursday, their control over all of the administrative borders of the capital Tripoli, after it announced the day before yesterday Wednesday control of the Tripoli international airport, while the Libyan National Army said that it carried out a redeployment of its forces.

And the observers considered that the visit of al-Sarraj to Ankara at this timing comes to coordinate the next military steps, after the withdrawal of the forces of the army from the south of the capital, and in light of talks about an attack towards the city of Sirte and the Jufra base.

And the forces of the Government of Accord took control last May 18 of the Al-Watiya air base, the most important base of the army in the west of the country, after a wide offensive in which Turkish drones participated, then they advanced towards Tarhuna, the last stronghold of the army in the west.

It is worth mentioning that Turkey sent during the past months military experts, drones and air defense systems, in addition to thousands of Syrian mercenaries, to support the forces of the Government of Accord, according to reports of the United Nations and international monitors, and that the Turkish parliament had approved last January the sending of forces to Libya.

And the visit of al-Sarraj came one day after the Turkish Foreign Minister Mevlut Cavusoglu announced it in a television interview, while the Turkish presidency had said the day before yesterday that there is no meeting on the agenda of Erdogan, which reflected a confusion in the announcement of the visit.

It is worth mentioning also that Field Marshal Haftar arrived in Cairo, according to media reports, where he is holding talks with Egyptian officials about the developments of the situation.

Read also:
- The Libyan army announces redeployment south of Tripoli
- Egypt warns of foreign interference in Libya
- The United Nations: resumption of the talks of the 5+5 committee"""),
]
