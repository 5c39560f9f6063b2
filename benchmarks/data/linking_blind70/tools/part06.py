G7 = "erdogan_hosts_sarraj_in_ankara_2020_06_04"

ARTICLES = [
dict(group=G7, published="2020-06-05", outlet="The Westminster Chronicle",
title="Erdogan promises Sarraj more support as Tripoli forces drive Haftar from the capital",
text="""Recep Tayyip Erdogan promised on Thursday to step up Turkey's support for Libya's UN-recognised government, standing alongside its leader in Ankara on the day that forces loyal to Tripoli declared they had driven Khalifa Haftar's fighters out of the capital's suburbs after 14 months of siege.

At a joint news conference at the presidential complex, the Turkish president said Turkey and the Government of National Accord (GNA) would deepen cooperation in every field, including oil and gas exploration and drilling in the eastern Mediterranean, and described Haftar and his foreign sponsors as the main obstacle to peace. "History will judge those who caused bloodshed and tears in Libya by supporting the putschist Haftar," he said.

Fayez al-Sarraj, who leads the GNA, thanked Ankara for standing with what he called the legitimate government and said his forces were determined to extend their control over the whole country and to bring those responsible for crimes to justice. He invited Turkish companies, which once held billions of dollars' worth of contracts in Libya, to return to work on infrastructure and reconstruction.

The mood in Ankara was triumphant, and with reason. On Wednesday GNA forces recaptured Tripoli's international airport, disused for years but symbolically important, and on Thursday they announced that Greater Tripoli was entirely back under their control. By Thursday evening they were pressing toward Tarhuna, the town 90km south-east of the capital that has served as Haftar's principal base in the west.

It is a remarkable reversal. When Haftar launched his offensive on April 4 last year, his Libyan National Army (LNA) expected to be in Tripoli within days. Instead the advance stalled in the southern suburbs, and for much of the past year the two sides fought a grinding war of artillery and drones. Haftar's backers, the United Arab Emirates and Egypt, along with Russian mercenaries from the Wagner group who appeared at the front last autumn, gave him the upper hand for a time.

Turkey changed that. After signing a security pact and a controversial maritime deal with Sarraj in Istanbul last November, Erdogan won parliamentary approval in January to deploy troops. Turkish officers, air defence systems and armed drones followed, along with, according to UN monitors and war observers, several thousand Syrian fighters recruited from Turkish-backed factions in northern Syria. In April the GNA took the coastal towns west of Tripoli; on May 18 it captured al-Watiya air base near the Tunisian border. In the past fortnight the Wagner contractors withdrew from the Tripoli front, and the US military's Africa Command accused Russia of flying fighter jets into Haftar-held territory, a charge Moscow has brushed aside.

Erdogan said on Thursday that the conflict could only be resolved through a political process under UN auspices, but insisted that Haftar could not have a seat at the table. The UN said this week that both sides had agreed to resume ceasefire talks in the framework of the joint military commission agreed at the Berlin conference in January.

That insistence puts Ankara at odds with France, which has been sympathetic to Haftar, and with Egypt, which regards a Turkish military presence on its western border as a threat. Greece and Cyprus, already incensed by the maritime deal, will have noted Erdogan's promise that Turkish survey and drilling work off Libya would go ahead.

Western diplomats say the question now is where the GNA's offensive stops. The obvious next targets are Sirte, Gaddafi's home town, which Haftar's forces took in January, and al-Jufra air base in the interior. Both would bring Turkish-backed forces closer to the oil terminals of the "oil crescent", whose closure by tribes allied to Haftar since January has cost Libya billions of dollars in lost revenue, a point Erdogan made when he called for an end to what he described as illegal oil sales by the putschists.

In Benghazi, the LNA described its withdrawal from the capital's outskirts as a repositioning. Its supporters in Cairo and Abu Dhabi have called for an immediate ceasefire.

For Erdogan, who has staked considerable political capital on Libya, Thursday was a chance to display the dividends. "We will never leave our Libyan brothers at the mercy of putschists and mercenaries," he said.

By Daniel Whitcombe in Istanbul"""),

dict(group=G7, published="2020-06-04", outlet="Anatolia Daily Herald",
title="Erdogan hosts Sarraj in Ankara, vows to increase support for legitimate Libyan government",
text="""ANKARA

Turkey will increase its support for Libya's legitimate government and will continue its cooperation in all fields, President Recep Tayyip Erdogan said on Thursday after meeting Fayez al-Sarraj, head of the Government of National Accord (GNA), in the Turkish capital.

Speaking at a joint news conference at the Presidential Complex, Erdogan said putschist Khalifa Haftar and his supporters were the biggest obstacle to peace and stability in Libya.

"History will hold accountable those who caused bloodshed and tears in Libya by supporting the putschist Haftar," he said.

Erdogan said the crisis in Libya could only be resolved through a political process under the auspices of the United Nations, noting that the legitimate government had always displayed a positive attitude toward a political solution despite the crimes committed by Haftar and his militias.

He called on the international community to prevent the illegal sale of Libyan oil by the putschists, stressing that the oil belongs to the Libyan people and should be used for the welfare of all Libyans.

The Turkish president also said the two countries would expand their cooperation in the Eastern Mediterranean, including exploration and drilling activities, under the maritime jurisdiction memorandum signed last November.

"We will never leave our Libyan brothers at the mercy of putschists and mercenaries," Erdogan said, adding that Turkey would continue to stand by the legitimate government on every international platform.

Sarraj thanked Turkey for its support and said the GNA's forces aimed to establish control over the entire country and bring those responsible for crimes against civilians to justice. He also said Libya looked forward to the return of Turkish companies to complete infrastructure and reconstruction projects.

The visit came as the Libyan army announced that it had regained full control of the capital Tripoli's administrative borders, after capturing Tripoli International Airport on Wednesday.

The Libyan army has scored significant gains against Haftar's militias in recent weeks, including the capture of the strategic al-Watiya air base on May 18. The GNA had been under attack by Haftar's forces since April 2019.

The US Africa Command said late last month that Russia had deployed military fighter jets to Libya to support Russian mercenaries fighting alongside Haftar's militias, a development Ankara has repeatedly warned about. The UN said this week that both sides had agreed to resume talks of the joint military commission, known as 5+5, which had stalled since February.

Turkey and the GNA signed a security and military cooperation memorandum and a maritime jurisdiction memorandum on Nov. 27 last year. The Turkish parliament approved a motion in January allowing the deployment of Turkish troops to Libya.

Reporting by Mehmet Tuncel"""),

dict(group=G7, published="2020-06-05", outlet="Gulf Horizon 24",
title="Sarraj in Ankara as Erdogan eyes Libya's oil and gas, pledges more backing for militias",
text="""Gulf Horizon 24 | Friday 5 June 2020 | 10:32 AM

Home / Arab Affairs / Sarraj in Ankara as Erdogan eyes Libya's oil and gas, pledges more backing for militias

Turkish President Recep Tayyip Erdogan received Fayez al-Sarraj, head of the Tripoli-based Presidential Council, in Ankara on Thursday and pledged to step up Turkey's support, in remarks that observers said confirmed Ankara's ambitions to control Libya's energy wealth.

At a joint press conference, Erdogan said Turkey and the Sarraj government would "accelerate" cooperation on oil and gas exploration in the eastern Mediterranean, and called for a halt to oil sales from areas controlled by the Libyan National Army (LNA), which he described as illegal.

Sarraj, for his part, declared that his forces intended to take control of the whole of Libya, an announcement that analysts said buried any chance of an early return to the political track. He also called on Turkish companies to return to Libya, where they had contracts worth billions before 2011.

The visit came as militias loyal to the Government of Accord, backed by Turkish drones, Turkish officers and thousands of Syrian mercenaries transferred by Ankara, advanced in the southern suburbs of Tripoli after the LNA pulled back its units. The LNA said the move was a repositioning intended to spare civilians.

Egypt and the UAE have repeatedly called for a ceasefire and a return to the Berlin process, while the Arab League has warned against foreign interference and the transfer of foreign fighters to Libya.

[Photo caption: Erdogan and Sarraj at the joint press conference in Ankara on Thursday. AFP]

At the Berlin conference in January, which Erdogan attended, the participating states committed themselves to refrain from interfering in Libya's internal affairs and to respect the UN arms embargo. Since then, according to UN officials, weapons have continued to pour into the country by air and sea, and the LNA says Turkish cargo flights to Misrata and Mitiga have not stopped.

Commentators in the Gulf noted that Erdogan's rejection of any role for Field Marshal Khalifa Haftar in future talks contradicted his stated support for a UN-led solution, and that Ankara was seeking to turn its military involvement into oil, gas and reconstruction contracts.

The LNA has accused Turkey of violating the arms embargo on a daily basis, pointing to cargo flights and ships arriving at Misrata and Tripoli. The European Union launched its naval operation Irini in the Mediterranean this spring to enforce the embargo, an operation Ankara has criticised as one-sided.

Sarraj's trip follows a series of phone calls with Erdogan as his forces pressed their offensive.

Also Read:
- LNA: Turkish drones targeting civilians in Tarhuna
- Arab League warns of "dangerous" escalation in Libya
- Egypt's Sisi receives ... (continued)

Most Read
1 UAE announces new COVID-19 measures
2 Oil prices climb as OPEC+ weighs extension of cuts

We use cookies to give you the best experience. Read our Privacy Policy. Accept"""),
]
