ARTS = [
dict(group="dbeibah_meets_emir_tamim_doha_2021_10_07", published="2021-10-07", outlet="Anatolia Crescent News",
title="Libyan premier invites Qatar to Tripoli stability conference",
text="""DOHA

Libyan Prime Minister Abdul Hamid Dbeibah on Thursday invited Qatar to take part in the Libya Stability Conference due to be held in Tripoli later this month.

The invitation came during a meeting in Doha between Dbeibah and Qatar's Emir Sheikh Tamim bin Hamad Al Thani, according to a Libyan government statement.

Dbeibah arrived in Doha on Wednesday for a three-day visit. He is accompanied by Central Bank of Libya Governor Siddiq al-Kabir, Foreign Minister Najla al-Mangoush and Finance Minister Khaled al-Mabrouk.

The two sides discussed the latest political developments in Libya, and the emir affirmed his country's support for holding elections on time, the statement said.

The Qatari Emiri Diwan said in its own statement that the meeting reviewed bilateral relations and ways to enhance them, without mentioning the invitation.

Both sides also agreed to encourage economic and investment cooperation.

The conference, the first international meeting on Libya to be hosted on Libyan soil, aims to support the withdrawal of foreign forces and mercenaries and the Dec. 24 elections."""),
dict(group="dbeibah_meets_emir_tamim_doha_2021_10_07", published="2021-10-08", outlet="Al-Manara Arabic Net",
title="Emir of Qatar receives al-Dbeibah and confirms the support of Doha for the elections in their date",
text="""Doha - Al-Manara Net

The Emir of the State of Qatar, Sheikh Tamim bin Hamad Al Thani, received, today Thursday... [updated: yesterday Thursday], the Prime Minister of the Government of National Unity Abdul Hamid al-Dbeibah and the accompanying delegation, in the Amiri Diwan in Doha.

And according to the Qatar News Agency, the meeting reviewed the fraternal relations between the two countries and ways of supporting and developing them, in addition to discussing the latest developments in the Libyan arena.

And the media office of al-Dbeibah said that the Emir affirmed the support of his country for holding the elections in their fixed date on 24 December, and that the Prime Minister delivered an invitation to the State of Qatar to participate in the conference of supporting the stability of Libya which will be held in Tripoli on 21 October.

And al-Dbeibah arrived to Doha on Wednesday evening accompanied by the Governor of the Central Bank al-Siddiq al-Kabir, and the Foreign Minister Najla al-Manqoush and the Minister of Finance Khaled al-Mabrouk, and it is expected that he meets Qatari investors and the heads of the Qatari investment authority.

It is worth mentioning that the head of the Presidential Council Mohammed al-Menfi visited Doha in the middle of last September, and Qatar was from the most prominent supporters of the Government of National Accord during the war of Hafter on Tripoli.

Cookies: This website uses cookies to improve your experience. Accept / Reject"""),
dict(group="dbeibah_meets_emir_tamim_doha_2021_10_07", published="2021-10-09", outlet="MENA Live Desk",
title="Middle East round-up, Saturday 9 October: Dbeibah's Doha trip, Iraq votes, Lebanon fuel",
text="""MENA Live Desk - weekend round-up

Libya: Dbeibah wraps up Qatar visit with investment pitch
Prime Minister Abdul Hamid Dbeibah ended a three-day visit to Qatar on Friday after talks on Thursday with Emir Tamim bin Hamad, who, according to the Libyan side, backed holding elections on December 24 as planned. Dbeibah, travelling with the central bank governor and the foreign and finance ministers, invited Doha to the Libya Stability Conference in Tripoli on October 21. The Qatari statement was shorter and did not mention the invitation. Qatar was a key backer of the former Government of National Accord along with Turkey; Dbeibah visited the UAE, which backed Haftar, in April.

Iraq: Country prepares for Sunday's early election
Iraqis vote on Sunday in parliamentary elections brought forward after the 2019 protests. Turnout is expected to be low.

Lebanon: Power cut across country as plants run out of fuel
Lebanon's two largest power plants shut down on Saturday, the state electricity company said.

Syria: Jordan reopens main border crossing
Trade resumed this week through the Jaber-Nassib crossing.

Sign up for our newsletter | Privacy | Exit mobile version"""),

dict(group="mbz_visits_erdogan_ankara_2021_11_24", published="2021-11-24", outlet="Mediterranean Wire Service",
title="Abu Dhabi crown prince visits Turkey, deals signed as rivals mend ties",
text="""ANKARA (MWS) - Abu Dhabi's Crown Prince Sheikh Mohammed bin Zayed al-Nahyan held talks with President Tayyip Erdogan in Ankara on Wednesday, the highest-level Emirati visit to Turkey in nearly a decade, as the regional rivals try to repair relations.

Erdogan welcomed the crown prince, the UAE's de facto ruler, with an official ceremony at the presidential palace. The two leaders then oversaw the signing of around 10 agreements on trade, energy, investment, finance and the environment, including cooperation between the countries' central banks and stock exchanges and between sovereign wealth funds.

The UAE's state news agency said the Emirates had set up a $10 billion fund to support investments in Turkey, with a focus on strategic sectors including health and energy.

Turkey and the UAE backed opposing sides in Libya's war, with Abu Dhabi supporting eastern commander Khalifa Haftar and Ankara the Tripoli-based government. They have also been at odds over Egypt, the eastern Mediterranean and the Muslim Brotherhood.

Ties began to thaw in August, when the UAE's national security adviser Sheikh Tahnoun bin Zayed met Erdogan in Ankara. Erdogan and Sheikh Mohammed spoke by phone later that month.

The visit comes as the Turkish lira has lost more than 40% of its value this year, and the country is looking for foreign investment."""),
dict(group="mbz_visits_erdogan_ankara_2021_11_24", published="2021-11-25", outlet="Haber Gündem Online",
title="Muhammed bin Zayed Ankara'da: BAE'den Türkiye'ye 10 milyar dolarlık yatırım fonu",
text="""[ad_1]

The Crown Prince of Abu Dhabi Şeyh Muhammed bin Zayed Al Nahyan came to Ankara on yesterday and was welcomed by Cumhurbaşkanı Erdoğan with the official ceremony in the Külliye. This is the first visit of bin Zayed to Türkiye since 2012.

After the bilateral and delegations meeting, the two leaders attended the signing ceremony of the agreements. According to the information, 10 anlaşma was signed in the fields of energy, trade, investment, environment and the finance. Between the Borsa İstanbul and the Abu Dabi Borsası, and between the Türkiye Varlık Fonu and ADQ, the cooperation memorandums were signed.

BAE announced the creation of a 10 milyar dolar fund for the investments in Türkiye. Ticaret Bakanı and Hazine ve Maliye Bakanı were also present in the ceremony.

Erdoğan said in the statement that the visit is "the beginning of a new era" and that Türkiye will take steps to develop the relations. He is expected to visit BAE in the February.

It is reminded that the relations were broken because of the Libya, where BAE supported the Hafter, and the claims about the FETÖ coup attempt. In the August, the National Security Advisor Tahnun bin Zayed visited Ankara.

Çerezleri kabul ediyor musunuz? Evet / Hayır
Paylaş: Facebook Twitter WhatsApp"""),
dict(group="mbz_visits_erdogan_ankara_2021_11_24", published="2021-11-26", outlet="Defence Procurement Monitor",
title="Briefing: What the UAE-Turkey thaw means for Libya's drone and air defence market",
text="""Defence Procurement Monitor | Policy | 26 November 2021

The visit by Abu Dhabi's Crown Prince Mohammed bin Zayed to Ankara on 24 November, and the $10 billion investment fund announced alongside it, formally closes a chapter in which the two states fought one of the most intensive drone wars of recent years by proxy in Libya.

The public package signed at the presidential complex was economic: trade, energy, finance, sovereign fund and stock exchange cooperation. No defence-industrial agreement was announced, and officials on both sides avoided discussing Libya in detail. But the military legacy of the 2019-2020 campaign remains visible.

On the Emirati side, UN sanctions monitors documented Wing Loong II drones operating from al-Khadim and later from western Egypt, Pantsir-S1 air defence systems - one of which was captured intact at al-Watiya in May 2020 - and a large cargo air bridge to the east. On the Turkish side, Bayraktar TB2 drones, Hawk air defences and electronic warfare systems were deployed at Mitiga, Misrata and al-Watiya, where an unclaimed air raid in July 2020 hit newly installed Turkish equipment.

Observers will now watch three things. First, whether Turkey's training presence in western Libya, which Ankara says is based on its 2019 agreement with Tripoli, becomes less contentious in Gulf capitals. Second, whether the UAE maintains its support for Haftar's Libyan National Army ahead of the 24 December elections, in which Haftar is a presidential candidate. Third, whether Gulf interest in Turkish drones - already strong in Qatar - extends to Abu Dhabi.

Turkey has said Erdogan will return the visit with a trip to the UAE early next year.

Related:
- Qatar's Bayraktar TB2 order: status
- Libya's 5+5 commission and the foreign forces question"""),
]
