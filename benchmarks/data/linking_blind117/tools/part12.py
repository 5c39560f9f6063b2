G13 = "erdogan_trump_white_house_meeting_2019_11_13"

ARTICLES = [
dict(group=G13, published="2019-11-14", outlet="The Northern Ledger",
title="Trump declares himself 'a big fan' of Erdogan as White House talks paper over Syria and S-400 rifts",
text="""By Daniel Wrayford in Washington

Donald Trump welcomed Recep Tayyip Erdogan to the White House on Wednesday with praise for a "great friend", five weeks after the Turkish president's troops poured into north-east Syria and less than a month after Mr Trump had threatened in writing to destroy Turkey's economy.

At a joint news conference after talks that ran well over their scheduled time, Mr Trump described the meeting as "wonderful and productive" and said he was "a big fan" of his guest. But neither leader pointed to a breakthrough on the issues that have driven relations between the two Nato allies to their lowest point in decades: Turkey's purchase of Russia's S-400 air defence system, its offensive against the Kurdish-led Syrian Democratic Forces, and the fate of Islamic State prisoners in the north-east.

The S-400 deal, Mr Trump said, "creates some very serious challenges for us", adding that the two governments were talking about it constantly. Turkey was removed from the F-35 fighter programme in July after taking delivery of the Russian system. Mr Erdogan said only dialogue could overcome the dispute and that Turkey remained willing to buy American Patriot missiles on the right terms.

In an unusual move, Mr Trump invited five Republican senators - Lindsey Graham, Ted Cruz, Jim Risch, Rick Scott and Joni Ernst - to join part of the meeting. Mr Graham, one of the fiercest critics of the Syria withdrawal, said afterwards that he hoped the relationship could be salvaged but that Turkey needed to find a way out of the S-400 purchase. Mr Cruz said he had urged Mr Erdogan not to take offensive action against the Kurds.

Mr Erdogan, for his part, said he had handed back the letter Mr Trump sent him on 9 October, the day Operation Peace Spring began, in which the US president urged him not to be "a tough guy" or "a fool". He said Turkey remained committed to the 17 October agreement reached with Vice President Mike Pence, under which Kurdish forces were to withdraw from a strip of the border, and accused unnamed parties of trying to sabotage relations.

The Turkish leader also raised his objections to Mazloum Abdi, the SDF commander, whom some members of Congress have suggested inviting to Washington. Ankara regards him as a senior figure in the PKK, the Kurdish militant group that has fought the Turkish state since 1984.

Hanging over the visit were several recent irritants. On 29 October the House of Representatives voted overwhelmingly to recognise the mass killing of Armenians in 1915 as genocide and to impose sanctions on Turkey over its Syria offensive, both moves that infuriated Ankara. A Senate resolution on the genocide was blocked on Wednesday, shortly after the talks, by Mr Graham at the White House's request, according to congressional aides.

The backdrop in Syria has shifted dramatically since the Turkish offensive began on 9 October, two days after Mr Trump's decision to pull US forces from the border. Under a memorandum Mr Erdogan agreed with Vladimir Putin in Sochi on 22 October, Russian and Turkish troops now patrol parts of the frontier together. American troops have regrouped around oil fields in Deir ez-Zor and Hasakah. And the US raid that killed the Islamic State leader Abu Bakr al-Baghdadi on 26 October, in Idlib near the Turkish border, has given both men something to celebrate.

Outside the White House, protesters opposed to the Turkish offensive gathered. Democrats criticised the invitation.

The president was untroubled. Asked about the Kurds, he said the ceasefire in Syria was holding. He and Mr Erdogan agreed, he said, to set a goal of $100 billion in annual trade between the two countries.""" ),

dict(group=G13, published="2019-11-14", outlet="The Emirates Observer",
title="Erdogan in Washington: warm words from Trump, but no breakthrough on S-400 or Syria",
text="""WASHINGTON - US President Donald Trump hosted his Turkish counterpart Recep Tayyip Erdogan at the White House on Wednesday, but the talks between the two leaders produced no breakthrough on the disputes over Turkey's purchase of Russian missiles and its military operation in northern Syria.

At a joint press conference, Trump said Ankara's acquisition of the Russian S-400 system posed "very serious challenges" for the United States, while Erdogan insisted that the issue could only be resolved through dialogue. Trump described himself as a "big fan" of the Turkish president.

Erdogan said he had returned to Trump the letter the US president sent him on October 9, in which Trump warned him against launching the Syria offensive with the words "don't be a fool". He also repeated Ankara's demand that Washington cut its ties with the Kurdish-led Syrian Democratic Forces, which Turkey considers a terrorist group.

Several Republican senators who attended part of the meeting challenged the Turkish leader over the S-400 and the treatment of the Kurds, according to US media reports.

Gulf analysts said the visit showed the extent to which Erdogan had been able to exploit divisions in Washington, noting that the Turkish leader was received with honours only five weeks after sending his army and allied militias into an Arab country.

The Arab League condemned the Turkish "aggression" at an emergency meeting in Cairo on October 12 and called for the withdrawal of Turkish forces from Syria. The UAE, Egypt and Saudi Arabia have repeatedly warned that Ankara's military presence in Syria, Iraq and Qatar destabilises the region.

Turkey launched Operation Peace Spring on October 9 after Trump announced the pullback of US troops from the border. The offensive was halted after separate agreements with Washington on October 17 and with Moscow in Sochi on October 22, but clashes between Turkish-backed factions and Kurdish and Syrian government forces continue around Tal Tamr and Ain Issa.

Read also:
- Egypt, UAE discuss regional developments
- Libya: LNA says it downed Turkish drone near Misrata

Share this:
Facebook  Twitter  LinkedIn  WhatsApp""" ),
]
