G = "palermo_conference_haftar_sarraj_meeting_2018_11_13"

ARTICLES = [
dict(group=G, published="2018-11-13", outlet="Ankara Newswire",
title="Turkey withdraws from Palermo conference on Libya after exclusion from sidelines meeting",
text="""PALERMO, Italy

Turkey withdrew on Tuesday from the international conference on Libya in the Sicilian city of Palermo, after its delegation was left out of an informal meeting held on the sidelines of the summit.

Vice President Fuat Oktay, who headed the Turkish delegation, told reporters that the morning meeting, which brought together a group of countries presented as the main actors of the Mediterranean, was a misleading and harmful approach that Ankara strongly rejects.

"Turkey is leaving this meeting with deep disappointment," Oktay said, adding that any meeting excluding Turkey would be counterproductive for a solution to the Libyan problem.

He said the international community had unfortunately failed to remain united on Libya, and that those who had created the current situation in the country could not be the ones to rescue it.

The informal gathering, chaired by Italian Prime Minister Giuseppe Conte, was attended by Fayez al-Sarraj, head of Libya's UN-recognized Presidential Council, and eastern-based commander Khalifa Haftar, as well as several regional and European leaders. Haftar had arrived in Palermo late on Monday but did not take part in the conference's plenary sessions.

Oktay did not name Haftar, but said some parties had abused Italy's hospitality at the last minute. He added that Turkey, unlike others, was open to broad dialogue with all Libyan and regional actors.

Oktay met Conte on Monday, when the two sides discussed bilateral relations and a lasting solution in Libya based on the country's territorial integrity and political unity, according to Turkish presidential sources.

Turkey supports the UN-led political process in Libya and the internationally recognized government in Tripoli. Ankara has repeatedly stressed that a solution must be owned and led by Libyans and include all parties.

The two-day conference, organized by Italy, drew delegations from several dozen countries and international organizations. It aimed to give fresh momentum to the UN action plan for Libya, after a target date of Dec. 10 for elections, agreed in Paris in May, was effectively abandoned.

Libya has been beset by turmoil since 2011, when a NATO-backed uprising ended the four-decade rule of Muammar Gaddafi. Two rival seats of power have since emerged: the Tripoli government and an administration in the east aligned with Haftar's forces.
"""),

dict(group=G, published="2018-11-13", outlet="WorldPoint News",
title="Italy Hosts Libya Rivals On Sidelines Of Palermo Conference, Turkey Walks Out",
text="""WorldPoint News / Top Stories / World

Italy Hosts Libya Rivals On Sidelines Of Palermo Conference, Turkey Walks Out

Sajid Mehmood 2 hours ago Tue 13th November 2018 | 08:42 PM

Italian Prime Minister Giuseppe Conte on Tuesday presided over a handshake between Libya's UN-backed premier Fayez al-Serraj and eastern strongman Khalifa Haftar on the sidelines of a two-day conference in Palermo, but Turkey pulled out of the gathering in protest

Palermo, (WPN / WorldPoint News - 13th Nov, 2018 ) :Italian Prime Minister Giuseppe Conte on Tuesday presided over a handshake between Libya's UN-backed premier Fayez al-Serraj and eastern strongman Khalifa Haftar on the sidelines of a two-day conference in Palermo, but Turkey pulled out of the gathering in protest.

Photographs released by the Italian government showed Conte standing between the two rivals at Villa Igiea, the seaside hotel hosting the talks, in what was their first meeting since a Paris summit in May.

Haftar, whose forces control most of eastern Libya, had kept Rome guessing until the last moment. He flew in late on Monday, held talks with Conte and then left without attending a dinner with other Libyan delegates. His camp said he had come to meet leaders of neighbouring countries, not to take part in the conference itself.

Tuesday morning's informal meeting included Egyptian President Abdel Fattah al-Sisi, Tunisian President Beji Caid Essebsi, Russian Prime Minister Dmitry Medvedev, French Foreign Minister Jean-Yves Le Drian and UN envoy Ghassan Salame, according to participants.

According to Italian diplomatic sources, Haftar told Serraj during the meeting that it was not wise to change horses in the middle of the river, a signal that he would not seek Serraj's removal before elections.

Salame told reporters at the close of the conference that Haftar's representatives had committed to the UN action plan, which foresees a national conference inside Libya in the early weeks of 2019 and elections afterwards, in the spring.

Haftar did not attend the plenary session and was absent from the family photo.

Turkish Vice President Fuat Oktay left before the end of the conference, saying Ankara had been excluded from the morning meeting and calling the arrangement misleading and damaging.

Conte told a closing news conference that he regretted the Turkish departure.

Rome had presented the gathering as a follow-up to the Paris summit of May, at which Libya's leaders endorsed a December 10 election date that has since been dropped. Italy and France have often been seen as rivals for influence in Libya, with Paris viewed as closer to Haftar and Rome to the Tripoli authorities.

US President Donald Trump and Russian President Vladimir Putin, whom Conte had hoped to attract, did not attend.

Libya has been mired in conflict since the 2011 uprising that toppled and killed Muammar Gaddafi.

Related News
- Libya's NOC Chief Warns Of Oil Theft
- EU Ministers Discuss Migration In Brussels
- Pakistan, Italy Agree To Boost Trade Ties
"""),

dict(group=G, published="2018-11-14", outlet="Nile Gazette",
title="Al-Sisi, Field Marshal Haftar hold talks in Palermo; Egypt reaffirms support for Libyan national army",
text="""Palermo - Nile Gazette

President Abdel Fattah Al-Sisi took part on Tuesday in a high-level meeting on the sidelines of the Palermo conference on Libya, attended by Commander-in-Chief of the Libyan National Army Field Marshal Khalifa Haftar and the Chairman of the Presidential Council Fayez Al-Sarraj, at the invitation of Italian Prime Minister Giuseppe Conte.

The presidential spokesman said that President Al-Sisi reiterated Egypt's firm position in support of Libya's unity and territorial integrity and of the national institutions of the Libyan state, foremost among them the Libyan National Army, which he described as the pillar of stability in the face of terrorist groups.

The spokesman added that the President stressed the importance of unifying the military institution and ending the proliferation of armed militias, and of respecting the will of the Libyan people in choosing their representatives through free elections at the appropriate time.

Field Marshal Haftar arrived in Palermo on Monday evening and held bilateral talks with Prime Minister Conte, before meeting the leaders of neighbouring states on Tuesday. Sources close to the General Command made clear that the Field Marshal did not come to participate in the conference, but to hold consultations with the leaders of the countries that share borders and interests with Libya.

Speaking to a Libyan television channel in Palermo, Field Marshal Haftar said that Libya was still in a state of war and that the country needed to secure its long borders with six states, through which illegal migration and armed elements pour in.

The Field Marshal declined to attend the plenary session, in which delegations of countries accused of supporting extremist groups in Libya took part. Turkey's delegation left the conference after it was not invited to the morning meeting.

UN envoy Ghassan Salame said after the conference that the Libyan parties had committed to the UN plan, which includes a comprehensive national conference at the beginning of next year, to be followed by elections.

The Field Marshal's visit to Palermo came days after his visit to Moscow, where he held talks with Russian Defence Minister Sergei Shoigu on the situation in Libya and the fight against terrorism.

The army announced at the end of June the liberation of the city of Derna from the terrorist groups after a military operation that lasted several months, and its units continue to pursue the remnants of these groups in the old city.

Egypt has hosted several rounds of talks among Libyan officers aimed at unifying the army, and President Al-Sisi has repeatedly warned that the security of Libya is an integral part of Egypt's national security.

Field Marshal Haftar and Al-Sarraj last met in Paris in May, when the Libyan parties agreed on a roadmap towards elections that has since stalled.

We use cookies to ensure that we give you the best experience on our website. If you continue to use this site we will assume that you are happy with it. Ok
"""),
]
