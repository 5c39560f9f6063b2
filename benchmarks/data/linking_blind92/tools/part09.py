G = "haftar_calls_to_expel_turkish_forces_2020_12_24"
ARTICLES = [
dict(group=G, published="2020-12-24", outlet="Cairo Pyramid Gazette",
title="Field Marshal Haftar on Independence Day: No peace in the presence of the colonizer",
text="""BENGHAZI - The Commander-in-Chief of the Libyan Armed Forces, Field Marshal Khalifa Haftar, said on Thursday that there would be no peace in Libya as long as "the Turkish colonizer" remained on its soil, calling on Libyans to prepare to expel the Turkish forces "by faith, by will, and by weapons".

In a speech delivered at a military parade in Benghazi marking the 69th anniversary of Libya's independence, Haftar said Turkey was trying to restore its Ottoman legacy and that its forces and mercenaries were present in Libyan cities in violation of the country's sovereignty.

"The armed forces will not accept peace in the shadow of a colonizer, and will take up arms once again to drive him out if he does not leave by choice," the Field Marshal said, adding that Turkey's response to the calls for peace was to send more weapons, more mercenaries and more officers.

Haftar praised the military officers who took part in the Geneva talks of the 5+5 Joint Military Commission, saying the army had shown its commitment to the ceasefire, but the other side had not.

The speech came two days after the Turkish parliament approved the extension of the mission of Turkish forces in Libya for another 18 months, a decision that Libyan observers said directly contradicts the Geneva agreement, which requires the exit of foreign forces within three months.

The parade included units of the army's special forces and armoured brigades, and a flyover by air force jets, according to the army's media office.

Read also: Parliament: Turkish presence is an occupation and the memoranda are void
Read also: Al-Mismari: Ankara sends weapons to al-Watiya"""),
dict(group=G, published="2020-12-25", outlet="The Tripoli Sentinel",
title="Haftar threatens new war, vows to fight 'Turkish colonizer' in Independence Day speech",
text="""War criminal Khalifa Haftar on Thursday threatened to take up arms once again, in a speech in which he called on his followers to expel Turkish forces from Libya, in what political observers described as a clear violation of the ceasefire signed in Geneva two months ago.

Speaking in Benghazi on the occasion of Independence Day, Haftar described the Turkish presence as colonial occupation and said there would be no peace unless it ended, urging his supporters to prepare for battle.

Members of the High Council of State condemned the speech, saying it shows that Haftar "has not learned from the defeat at the gates of Tripoli" and remains a threat to the political process. A spokesman for the Volcano of Rage operation said the army's forces on the Sirte-Jufra front were on alert and would respond to any violation.

Observers noted that Haftar, whose forces were backed by Wagner mercenaries, Sudanese and Chadian fighters and Emirati aircraft during the 14-month assault on the capital, has no standing to speak of foreign forces. The UN says some 20,000 foreign fighters and mercenaries remain in the country, a large share of them on Haftar's side, including Russians in Sirte and al-Jufra.

The Turkish military presence in Libya is based on the memorandum of understanding on security and military cooperation signed in November 2019 with the legitimate government. The Turkish parliament voted on Tuesday to extend it by 18 months.

The Geneva agreement of October 23 also stipulated that training agreements would be frozen, but the government in Tripoli has said its agreements with Turkey are legal and binding."""),
dict(group=G, published="2020-12-26", outlet="Libya News Hub",
title="Haftar's call to 'expel Turkey' draws rebuke as Ankara warns forces would be targets",
text="""Benghazi / Tripoli, (Libya News Hub / Agencies - 26th Dec, 2020 ) :

Eastern commander Khalifa Hifter's call on Thursday for Libyans to take up arms against Turkish forces has drawn condemnation in Tripoli and a warning from Ankara, raising fears for the fragile ceasefire that has held since the summer.

In a speech to a military parade in Benghazi on Independence Day, Hifter said there could be no peace "in the presence of a colonizer on our land" and urged his forces to get ready to drive Turkey out. It was his most direct threat against the Turkish military since the October ceasefire.

Turkish officials have repeatedly said that any attack on Turkish personnel or interests in Libya would be answered, and pro-government commentators in Ankara dismissed the speech as bluster from a commander who lost the battle for Tripoli.

The UN Support Mission in Libya (UNSMIL) did not comment directly, but has repeatedly urged all parties to respect the ceasefire and implement its provisions, including the departure of foreign forces.

Turkey's parliament earlier this week extended the mandate for its troops in Libya by 18 months.

The Libyan Political Dialogue Forum has set December 24, 2021 as the date for national elections.

(Libya News Hub)

----

Libya's oil output above 1.2 million barrels per day, NOC says

Tripoli, (Libya News Hub - 26th Dec, 2020 ) : Libya's National Oil Corporation said output of crude and condensate had recovered to around 1.2 million barrels per day, after the lifting in September of a months-long blockade of ports and fields by groups aligned with the eastern forces. The NOC said it still faced a severe budget shortfall for maintenance and called for funds to be released. Exports from Es Sider and Ras Lanuf have resumed, it said."""),
]
