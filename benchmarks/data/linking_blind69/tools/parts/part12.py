# Event: LNA-aligned forces blockade eastern oil ports; NOC declares force majeure (18 Jan 2020)
G = "lna_loyalists_blockade_oil_ports_2020_01_18"

ARTICLES = [
dict(group=G, published="2020-01-18", outlet="GlobalPress Release Network",
title="Libya's National Oil Corporation declares force majeure on exports from five eastern ports",
text="""FOR IMMEDIATE RELEASE

Libya's National Oil Corporation declares force majeure on exports from five eastern ports

TRIPOLI, Libya, 18 January 2020 /GPRN/ -- The National Oil Corporation (NOC) of Libya today declared force majeure on crude oil exports from the ports of Brega, Ras Lanuf, Hariga, Zueitina and Es Sider, following blockades imposed on the terminals.

According to the NOC, the managements of its subsidiaries Sirte Oil Company, Harouge Oil Operations, Waha Oil Company, Zueitina Oil Company and the Arabian Gulf Oil Company (AGOCO) were instructed by the General Command of the Libyan National Army and the Petroleum Facilities Guard of the central and eastern regions to halt exports from the five ports.

The NOC said the instructions were issued by Major General Naji al-Moghrabi, commander of the Petroleum Facilities Guard appointed by the Libyan National Army, and by Colonel Ali al-Jilani of the Greater Sirte operations room.

The corporation estimates that the shutdown will result in a loss of crude oil production of approximately 800,000 barrels per day and financial losses of approximately US$55 million per day.

The declaration follows a statement issued by the NOC on 17 January in which the corporation condemned calls to blockade oil facilities and warned that a shutdown of the terminals would have far-reaching negative consequences for the national economy.

The United Nations Support Mission in Libya (UNSMIL) said in a statement today that it was deeply concerned by efforts to disrupt or impair oil production, warning that such a move would have devastating consequences first and foremost for the Libyan people and knock-on effects for the country's already deteriorated economic and financial situation. UNSMIL urged all Libyans to exercise maximum restraint while international negotiations continue, and reiterated the importance of preserving the integrity and neutrality of the NOC.

Force majeure is a legal provision that releases a party from its contractual obligations when events beyond its control prevent it from fulfilling them.

Prior to the blockade, Libya's crude oil production stood at roughly 1.2 million barrels per day.

About the National Oil Corporation
The National Oil Corporation is Libya's state oil company, responsible for the exploration, production and marketing of the country's oil and gas resources through its subsidiaries and joint ventures with international partners.

Media contact:
NOC Media Office
Source: National Oil Corporation (NOC)

### 

Distributed by GlobalPress Release Network. The issuer is solely responsible for the content of this announcement."""),

dict(group=G, published="2020-01-19", outlet="Meridian Press International",
title="Libya oil output set to halve as Haftar loyalists shut eastern ports on eve of Berlin summit",
text="""BENGHAZI/TRIPOLI (MPI) - Forces loyal to eastern Libyan commander Khalifa Haftar have shut down oil exports from the country's main eastern ports, the National Oil Corporation (NOC) said, a move that threatens to cut output by more than half and overshadows an international summit on Libya in Berlin on Sunday.

The NOC declared force majeure on Saturday on exports from Brega, Ras Lanuf, Hariga, Zueitina and Es Sider after it said the Petroleum Facilities Guard and the general command of Haftar's Libyan National Army (LNA) had ordered the terminals' operators to stop shipments.

The state oil firm said the blockade would cut crude production by 800,000 barrels per day (bpd) and cost about $55 million a day. Libya had been producing around 1.2 million bpd.

The closures followed calls on Thursday by tribal leaders and public figures in eastern Libya to blockade oil terminals in protest at Turkey's military intervention in support of the Tripoli-based Government of National Accord (GNA). On Friday, protesters entered the Zueitina terminal.

LNA spokesman Ahmed al-Mismari described the closures as a step by the Libyan people. "The Libyan people are the ones who closed the oil ports and fields and prevented exports," he said, adding that the army had to protect the people.

Oil revenues are paid into the Central Bank in Tripoli, which funds public salaries across the country, including in the east. Haftar's camp has long complained that the GNA uses the revenues to pay armed groups fighting the LNA.

Haftar's forces seized the four main terminals of the so-called oil crescent, including Es Sider and Ras Lanuf, in September 2016. In mid-2018 Haftar briefly tried to hand control of exports from the eastern ports to a rival oil corporation based in Benghazi before backing down under international pressure, an episode that cost Libya hundreds of millions of dollars in lost sales.

The United Nations mission in Libya said it was deeply concerned and warned the move would have devastating consequences for Libyans.

The blockade is likely to strengthen Haftar's hand in Berlin, where the leaders of Russia, Turkey, France, Italy, Egypt and the United Arab Emirates, U.S. Secretary of State Mike Pompeo and U.N. Secretary-General Antonio Guterres will seek to shore up a week-old truce and revive a political process. Haftar and GNA head Fayez al-Sarraj are both expected in the German capital.

Haftar left Moscow on Tuesday without signing a ceasefire agreement backed by Russia and Turkey. He visited Athens on Thursday and Friday for talks with Greek leaders.

Libya has had no stable central authority since the 2011 NATO-backed uprising that toppled Muammar Gaddafi, and since 2014 it has been split between rival administrations in Tripoli and the east. Haftar's Libyan National Army (LNA) is backed by the United Arab Emirates and Egypt, while the GNA is supported by Turkey and Qatar.

(Reporting by MPI Benghazi and Tripoli newsrooms; additional reporting by MPI energy desk; editing by Clare Dunmore)"""),

dict(group=G, published="2020-01-19", outlet="Maghreb Roundup",
title="Weekend briefing: eastern oil terminals shut as Libya summit opens in Berlin",
text="""MAGHREB ROUNDUP - Weekend briefing
Sunday, 19 January 2020 | 08:15 CET

Good morning. The Berlin conference on Libya opens this afternoon, but the story that broke overnight is about oil.

1. OIL PORTS SHUT - FORCE MAJEURE
Libya's National Oil Corporation (NOC) declared force majeure on Saturday on exports from Brega, Ras Lanuf, Hariga, Zueitina and Es Sider, the five main terminals in the east and the oil crescent. The NOC says the Petroleum Facilities Guard and the general command of Khalifa Haftar's Libyan National Army (LNA) ordered the operators to stop loading. Estimated cost: about 800,000 barrels per day of lost output and roughly $55 million a day.

The sequence: on Thursday, tribal leaders in the east called for the terminals to be closed in protest at Turkey's intervention on the side of the Tripoli government; on Friday, protesters entered Zueitina; on Saturday, the orders came. LNA spokesman Ahmed al-Mismari called it a decision of "the Libyan people". UNSMIL warned of "devastating consequences".

Why it matters: oil is Libya's only real source of revenue, and the NOC and the Central Bank in Tripoli are among the last institutions still serving the whole country. Shutting the eastern ports hands Haftar a powerful bargaining chip on the eve of Berlin.

2. BERLIN TODAY
Angela Merkel hosts leaders and ministers from Russia, Turkey, the US, China, the UK, France, Italy, Egypt, the UAE, Algeria and the Republic of Congo, plus the UN, the EU, the African Union and the Arab League. Haftar and Fayez al-Sarraj are both in Berlin but are not expected to sit at the main table. A draft communique circulating among delegations covers a ceasefire, the arms embargo and a return to UN-led talks.

3. TUNISIA SAYS NO
Tunisia declined an invitation received on Friday, citing the late timing and its absence from the preparatory meetings that began in September. Greece, which was not invited, is still protesting.

4. ERDOGAN'S WARNING
In an op-ed published by Politico on Saturday, Turkish President Recep Tayyip Erdogan warned that Europe would face "a fresh set of problems and threats" if the Tripoli government fell, including a revival of groups such as ISIS and Al-Qaeda.

5. HAFTAR IN ATHENS
Haftar spent Thursday night and Friday in Athens, meeting PM Kyriakos Mitsotakis and FM Nikos Dendias. Greece says he agreed the Turkey-GNA maritime deal is void.

Our Berlin live coverage starts at 13:00 CET.

Forward this briefing | Unsubscribe | Manage preferences"""),
]
