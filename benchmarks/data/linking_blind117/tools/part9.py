G9 = "us_raid_kills_baghdadi_in_idlib_2019_10_27"

ARTICLES = [
dict(group=G9, published="2019-10-28", outlet="The Northern Ledger",
title="Baghdadi's death: a decisive blow, or a reprieve for a movement that has outlived its founders before?",
text="""By Daniel Wrayford in Washington and Omar Sayegh in Beirut

For five years Abu Bakr al-Baghdadi was the most wanted man in the world, a reclusive figure seen publicly only twice. His end, as described by Donald Trump from the White House on Sunday morning, came in a tunnel beneath a compound in Barisha, a village in Syria's Idlib province barely five kilometres from the Turkish border, where he detonated an explosive vest as US special forces and a military dog closed in.

Mr Trump gave an account unusually rich in detail, and unusually lurid in tone. The Islamic State leader had died "like a dog", "whimpering and crying", he said, taking three of his children with him. Eight helicopters had flown for over an hour across airspace controlled by Russia and the Syrian government; soldiers had blown a hole in the compound's wall rather than risk a booby-trapped front door; biometric tests carried out on the spot had confirmed the identity of the remains.

The president's thanks to Russia, Turkey, Syria, Iraq and the Kurdish-led Syrian Democratic Forces provided an awkward coda to a month in which he had been accused of abandoning the last of those. SDF officials said their intelligence, including a source close to Baghdadi's inner circle, had been critical in locating him, and that they had been working on the case with the Americans for months. Within hours the SDF commander, Mazloum Abdi, also announced that Abu al-Hassan al-Muhajir, the group's spokesman and a possible successor, had been killed in a separate operation near Jarablus.

The location surprised many analysts. Idlib is dominated by Hayat Tahrir al-Sham, a former al-Qaeda affiliate that is hostile to Islamic State, and the compound was reportedly linked to Hurras al-Din, another jihadist faction. That Baghdadi chose to hide there, rather than in the desert along the Iraqi border where he was long thought to be, suggests he was relying on personal networks rather than the remnants of his own organisation.

Born Ibrahim Awad al-Badri in Samarra in 1971, Baghdadi was a religious scholar who was detained by US forces at Camp Bucca in Iraq in 2004 and rose through the ranks of al-Qaeda in Iraq after its leaders were killed. In June 2014 he appeared at the Great Mosque of al-Nuri in Mosul to proclaim a caliphate that at its height stretched from near Aleppo to the outskirts of Baghdad. Its fall was gradual: Mosul was retaken in July 2017, Raqqa in October that year, and the last village, Baghouz, in March 2019. His only other video appearance came in April, when he acknowledged the defeat.

Counter-terrorism specialists warned against assuming the group is finished. Islamic State has outlived its founders before, notably after the death of Abu Musab al-Zarqawi in 2006 and of Abu Omar al-Baghdadi in 2010. It retains thousands of fighters in Iraq and Syria and affiliates from West Africa to Afghanistan.

The timing is also delicate. The Turkish offensive against the SDF that began on 9 October, after Mr Trump pulled back US troops from the border, has diverted Kurdish forces from guarding prisons and camps holding tens of thousands of Islamic State fighters and their families. Under the deal agreed by Mr Erdogan and Vladimir Putin in Sochi last Tuesday, Kurdish units are withdrawing from a broad strip of the frontier, while US forces are regrouping around oilfields further south.

Russia's defence ministry was openly sceptical, saying it had no reliable information about the operation and had recorded no US air strikes in the Idlib de-escalation zone on Saturday. In Europe, leaders welcomed the news but urged that the fight against the group continue.

In Washington, the Democratic House speaker, Nancy Pelosi, complained that Russians had been told of the raid before congressional leaders. Republicans who had been fiercely critical of the Syria withdrawal, such as Senator Lindsey Graham, praised the president and argued that the operation showed the need to keep some American troops in the region.""" ),

dict(group=G9, published="2019-10-27", outlet="Mideast Morning Brief",
title="LIVE: Trump says ISIS leader Baghdadi killed in US raid in Syria's Idlib - latest updates",
text="""Mideast Morning Brief - Live updates, Sunday 27 October

16:40 - Recap of the day so far:
- US President Donald Trump has confirmed that Islamic State leader Abu Bakr al-Baghdadi was killed in an overnight US special forces raid in northwest Syria.
- Trump said Baghdadi ran into a dead-end tunnel and detonated a suicide vest, killing himself and three children.
- The raid took place in Barisha, Idlib province, near the Turkish border.
- Turkey, Russia, Iraq, Syria and the Syrian Kurds were thanked by Trump for help; Russia says it has no reliable information on the raid.

15:55 - The SDF commander Mazloum Abdi says Abu al-Hassan al-Muhajir, the spokesman of IS, was targeted in a separate operation near Jarablus in coordination with the US. We have not been able to confirm this independently.

15:10 - Turkey's defence ministry says it exchanged information and coordinated with US military authorities before the raid. President Erdogan, in a tweet, called the killing a turning point in the joint fight against terrorism.

14:20 - Russia's defence ministry spokesman Igor Konashenkov says Moscow has no reliable information about the operation and is not aware of any assistance to the US in the airspace of the Idlib de-escalation zone. He adds that the number of "direct participants and countries" claiming a role raises doubts.

13:50 - Residents of Barisha tell local media they heard helicopters and heavy gunfire for around two hours after midnight. Images from the area show a destroyed house and burnt-out vehicles.

13:05 - Trump is speaking now at the White House. "Last night, the United States brought the world's number one terrorist leader to justice," he said. He said Baghdadi "died like a dog".

10:30 - The White House says the president will make "a major statement" at 9am Washington time (13:00 GMT). US media are reporting that the target of the operation was Baghdadi.

---

Elsewhere in the region today:

LEBANON - Tens of thousands of protesters formed a human chain along the country's coast from Tripoli to Tyre on the 11th day of demonstrations against the political class.

NORTHEAST SYRIA - Kurdish-led forces continue to pull back from border areas under the Russian-Turkish Sochi deal; Russian military police report patrols near Kobani. The 150-hour deadline expires on Tuesday.

IRAQ - Protesters remain in Baghdad's Tahrir Square despite a curfew; rights groups say dozens of people have been killed since Friday.

[ad_1]

Sign up for the Mideast Morning Brief newsletter. We use cookies to improve your experience. Manage preferences | Accept all""" ),

dict(group=G9, published="2019-10-28", outlet="Novosti Vostok",
title="Russian Defence Ministry says it has no reliable information on US operation against Baghdadi",
text="""MOSCOW, October 28. /Novosti Vostok/. The Russian Defence Ministry has no reliable information about the US operation to "eliminate" the former leader of the Islamic State terrorist organisation (banned in Russia), Abu Bakr al-Baghdadi, ministry spokesman Major General Igor Konashenkov said on Sunday.

"The Russian Defence Ministry has no reliable information about the US military's operation to 'once again' eliminate former IS leader Abu Bakr al-Baghdadi in the part of the Idlib de-escalation zone controlled by Turkey," Konashenkov said. According to him, no air strikes by US aircraft or the so-called international coalition were recorded in the Idlib zone on Saturday or in the following days.

Konashenkov said that the growing number of "direct participants" and countries which allegedly took part in the operation, each giving completely contradictory details, raises "legitimate questions and doubts" about whether it took place and how successful it was.

Earlier on Sunday, US President Donald Trump announced that Baghdadi had been killed in a raid by US special forces in Syria's Idlib province overnight, in which, he said, the terrorist leader blew himself up with a suicide vest in a tunnel. Trump thanked Russia, Turkey, Syria and Iraq, as well as the Kurds, and said Russia had been informed about the flight of US aircraft over areas controlled by Russian forces without being told the purpose of the operation.

Reports of Baghdadi's death have appeared several times in the past. In June 2017 the Russian Defence Ministry said he may have been killed in a strike by Russian aircraft near Raqqa in May of that year, but this was never confirmed.

Kremlin spokesman Dmitry Peskov said on Monday that if the information is confirmed, it will be possible to speak of a serious contribution by the United States to the fight against international terrorism. He added that Moscow would wait for official confirmation.

Meanwhile, in northeastern Syria, the Russian military police continue patrolling along the border in accordance with the memorandum signed by Presidents Vladimir Putin and Recep Tayyip Erdogan in Sochi on October 22. According to the Russian Defence Ministry, Syrian government border guards have deployed in a number of areas near the Turkish border.

Read also:
Russian military police begin patrols near Kobani
Defence Ministry: US plans to guard Syrian oil fields amount to 'banditry'""" ),
]
