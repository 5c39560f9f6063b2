# Event 3: Erdogan says Turkish troops have begun moving to Libya (2020-01-05)
G3="erdogan_says_turkish_troops_moving_to_libya_2020_01_05"
PART = [
dict(group=G3, published="2020-01-05", outlet="Continental Newswire",
title="Erdogan says Turkish soldiers have started going to Libya",
text="""ISTANBUL (CNW) — Turkish President Recep Tayyip Erdogan said Sunday that Turkish troops have begun deploying to Libya to support the U.N.-recognized government in Tripoli, three days after parliament authorized the mission.

"Our soldiers are gradually going," Erdogan said in a live interview with the private broadcaster CNN Turk. He said their task would be coordination and that an operations center would be set up in Libya under the command of a Turkish lieutenant general.

Erdogan did not say how many soldiers were being sent. He suggested that the fighting itself would be done by other units, saying Turkey would have "different teams" on the ground as a combat force that would not be drawn from the Turkish military. He did not elaborate.

The Turkish parliament voted 325-184 on Thursday to give the government a one-year mandate to deploy troops in Libya. The Tripoli-based Government of National Accord has been fending off an offensive by forces of commander Khalifa Hifter since April.

Hifter's forces, which are backed by the United Arab Emirates, Egypt and Russia, have vowed to fight any Turkish deployment. On Saturday, the rival parliament in eastern Libya voted to cut ties with Turkey.

In the same interview, Erdogan said he would discuss Libya with Russian President Vladimir Putin when the two meet in Istanbul on Wednesday."""),

dict(group=G3, published="2020-01-06", outlet="Gulf Horizon Daily",
title="Erdogan confirms Turkish troops heading to Libya as Arab capitals sound alarm",
text="""Abu Dhabi: Turkish President Recep Tayyip Erdogan said late on Sunday that Turkish soldiers were already on their way to Libya, confirming for the first time that Ankara had begun a military deployment to prop up the militia-backed government of Fayez Al Sarraj in Tripoli.

Speaking to a Turkish television channel, Erdogan said the troops would run an "operations centre" in Libya led by a senior Turkish general and would "coordinate" with forces loyal to Al Sarraj. He also hinted that fighters who are not Turkish soldiers would be used on the front lines, a remark analysts said pointed to the Syrian mercenaries that Turkey has been accused of recruiting in northern Syria and flying to Tripoli in recent weeks.

The announcement came three days after the Turkish parliament, in an emergency session, approved a motion allowing Erdogan to send forces to Libya for one year.

Reactions across the region were swift. Arab diplomats described the move as a blatant violation of Libyan sovereignty and of the UN arms embargo. The Libyan House of Representatives, the country's elected parliament, voted in an emergency session in Benghazi on Saturday to sever relations with Turkey and to cancel the memorandums signed in Istanbul in November. It also asked the attorney general to prosecute Al Sarraj and the members of his government on charges of high treason.

Field Marshal Khalifa Haftar, commander of the Libyan National Army (LNA), called on Friday for general mobilisation to confront what he called a colonial invasion, urging Libyans of all ages to take up arms.

The escalation comes a day after at least 30 people were killed in a strike on a military academy in Tripoli on Saturday night. Authorities in the capital blamed the LNA, which denied responsibility and said the incident was caused by a blast from within.

The UAE has consistently stressed the need for a political solution in Libya and the rejection of any foreign interference, while Egypt's Foreign Ministry on Thursday condemned the Turkish parliament's vote as a violation of international resolutions.

Erdogan is expected to host Russian President Vladimir Putin in Istanbul on Wednesday. Moscow, which has been accused of supporting the LNA through private military contractors, has said it is worried by the Turkish decision.

The motion adopted by the Turkish parliament on Thursday, by 325 votes to 184, gives Erdogan a free hand to decide the size and timing of the deployment. Turkey's three main opposition parties voted against, warning of the risk of dragging the country into a war in North Africa.

The LNA launched its campaign to take Tripoli in April last year and says it is fighting militias and extremist groups that control the capital. The Al Sarraj government depends on armed groups from Tripoli and Misrata, some of them accused by UN experts of abuses.

Libya has been mired in chaos since the 2011 uprising that toppled Muammar Gaddafi.

RELATED STORIES
- Libyan parliament cuts ties with Ankara
- Haftar calls for general mobilisation
- Egypt condemns Turkish vote on Libya deployment

This website uses cookies. By continuing you accept our Privacy Policy. ACCEPT"""),

dict(group=G3, published="2020-01-06", outlet="Tripoli Free Voice",
title="Erdogan: Turkish soldiers moving to Libya to support the legitimate government",
text="""Tripoli - Free Voice

Turkish President Recep Tayyip Erdogan announced on Sunday evening that Turkish military personnel have started to move to Libya, in line with the security and military cooperation memorandum signed between the Government of National Accord and Ankara.

In a television interview, Erdogan said the aim is to support the legitimate government and to ensure stability, stressing that the duty of the Turkish soldiers will be coordination and the setting up of an operations centre. He said the centre would be led by a Turkish lieutenant general and that the soldiers were going "gradually".

Erdogan added that the presence of Turkish personnel is intended to stop the bloodshed and to prevent a humanitarian tragedy in Libya, and that Turkey went only where it had been invited by the legitimate authority.

The announcement comes after the Turkish Grand National Assembly approved last Thursday, by a large majority, the request of the Turkish presidency to send forces to Libya for a period of one year, in response to an official request from the Presidential Council.

The capital is still mourning the cadets killed on Saturday night when a drone strike hit the military college in Al-Hadhba Al-Khadra. The Ministry of Health said the death toll had reached 30, most of them young students, and dozens more were wounded. The Presidential Council described the attack as a war crime and held the forces of war criminal Khalifa Haftar responsible, calling on the UN Security Council to shoulder its responsibilities.

The aggression began on April 4, 2019, while UN Secretary-General Antonio Guterres was visiting Tripoli to prepare for a national conference that was meant to open a path to elections. The army and the forces of Operation Volcano of Rage stopped the advance at the gates of the capital and liberated the city of Gharyan, Haftar's main supply base in the west, at the end of June last year.

Haftar's militias and the mercenaries of the Russian Wagner company have been attacking the southern suburbs of the capital since April 4, 2019, in an aggression that has killed hundreds of civilians and forced tens of thousands of families from their homes.

Last month the Presidential Council wrote to several friendly countries, among them the United States, Britain, Italy, Algeria and Turkey, asking them to activate security cooperation agreements to help repel the aggression.

Meanwhile, the parallel body in Tobruk held a session on Saturday in which it claimed to have voted to cut ties with Turkey. Members of the House of Representatives who meet in Tripoli have long disputed the legitimacy of sessions held in the east, and questioned whether the quorum was reached.

Share this:
- Click to share on Facebook (Opens in new window)
- Click to share on Twitter (Opens in new window)

Related
Funerals held for military college cadets
GNA: memorandum with Turkey is a sovereign decision"""),
]
