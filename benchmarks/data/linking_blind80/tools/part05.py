G = "erdogan_hosts_sarraj_in_ankara_2020_06_04"

ARTICLES = [
dict(group=G, published="2020-06-04", outlet="Hilal News Agency",
title="Erdogan hosts Libya's Sarraj, pledges to step up support for legitimate government",
text="""ANKARA (Hilal) - Turkish President Recep Tayyip Erdogan on Thursday said Turkey would increase its support for Libya's legitimate Government of National Accord (GNA) and would never leave the Libyan people at the mercy of putschists and mercenaries.

Speaking at a joint news conference with Fayez al-Sarraj, head of the GNA's Presidential Council, at the Presidential Complex in Ankara following their closed-door meeting and inter-delegation talks, Erdogan said putschist Khalifa Haftar and his supporters were the biggest obstacle to peace in Libya.

"We will never leave our Libyan brothers at the mercy of putschists and mercenaries," Erdogan said, adding that history would judge those who caused bloodshed and tears in Libya by supporting Haftar.

Erdogan said Turkey would stand by the GNA and continue to fight on all international platforms for a just and legitimate solution under the auspices of the United Nations. He noted that the GNA had always approached the political process positively despite the crimes against humanity and war crimes committed by Haftar and his militias.

The Turkish president also called on the international community to prevent the illegal sale of Libyan oil by the putschists. "The oil, which should be used for the welfare of all Libyans, should not be allowed to be sold illegally," he said.

Erdogan said Turkey and Libya would also expand their cooperation on the exploration and use of natural resources in the Eastern Mediterranean within the framework of the maritime jurisdiction memorandum signed last year.

For his part, Sarraj thanked Turkey for standing by legitimacy in Libya and said the GNA was determined to extend its control over the entire country and to bring those who committed crimes against Libyans to justice. He said Libya looked forward to the return of Turkish companies to take part in infrastructure and reconstruction projects.

Sarraj's visit coincided with the announcement by the Libyan army that it had taken control of all of Greater Tripoli, including Tripoli International Airport, which had been occupied by Haftar's militias for more than a year.

In recent weeks, the Libyan army has liberated the strategic al-Watiya airbase, the coastal cities of Sabratha and Surman and several towns along the Tunisian border, pushing Haftar's militias back from the capital.

Sarraj has met Erdogan several times in Istanbul since the two leaders signed the memoranda in November. In January, world leaders meeting in Berlin agreed to respect the UN arms embargo and support a ceasefire, but Haftar walked away from both the Moscow and Berlin processes and intensified his attacks on Tripoli.

Presidential spokesman Ibrahim Kalin warned last month that any attack on Turkish interests in Libya by Haftar's forces would be met with very grave consequences, after Haftar's militias threatened to target Turkish positions.

Turkey and the GNA signed memoranda of understanding on security and military cooperation and on maritime jurisdiction areas on Nov. 27, 2019. The Turkish parliament authorised the deployment of troops to Libya on Jan. 2."""),

dict(group=G, published="2020-06-05", outlet="The Atlantic Courier",
title="Erdogan and Sarraj celebrate a turning tide in Libya as Haftar's siege of Tripoli collapses",
text="""ISTANBUL - For most of the past year, Fayez al-Sarraj's visits to Turkey were those of a supplicant. On Thursday he arrived in Ankara as the leader of a government that had just declared the siege of its capital over.

Standing beside President Recep Tayyip Erdogan at the presidential complex, the head of Libya's UN-recognised Government of National Accord (GNA) said his forces now aimed to extend their control over the whole country and to bring "criminals" to justice. Erdogan, for his part, promised to increase Turkey's support, called Khalifa Haftar and his foreign backers the biggest obstacle to peace, and said that Turkey and Libya would push ahead with oil and gas exploration in the eastern Mediterranean under the maritime accord they signed last November. "We will never leave our Libyan brothers at the mercy of putschists and mercenaries," he said.

Hours earlier, GNA forces had announced that they controlled all of Greater Tripoli, including the wrecked international airport on the capital's southern edge, which Haftar's Libyan National Army (LNA) had held since the early weeks of its offensive in April 2019. Haftar's forces said they had withdrawn. On Friday morning, GNA commanders said their troops had begun entering Tarhuna, the LNA's last significant stronghold in the northwest.

The scale of the reversal is striking. Six months ago Haftar, backed by the United Arab Emirates, Egypt and Russian contractors from the Wagner group, appeared to have the momentum, and in January his forces captured Sirte. Diplomats in Tripoli spoke openly of the capital's possible fall.

How the balance shifted

The turning point came from Ankara. On January 2 the Turkish parliament voted to authorise a troop deployment. Turkish officers, air-defence batteries and, crucially, armed drones followed, along with several thousand Syrian fighters recruited from Turkey-backed factions in northern Syria, according to war monitors.

Diplomacy briefly slowed the fighting. Erdogan and Vladimir Putin called for a ceasefire that took effect on January 12, but Haftar walked out of talks in Moscow without signing a permanent deal, and the pledges made at the Berlin summit a week later to respect the UN arms embargo were ignored by all sides. In February the LNA shelled Tripoli's port, saying it had hit a Turkish arms ship, and Erdogan acknowledged that Turkish soldiers had been killed.

In late March the GNA launched what it called Operation Peace Storm. An early assault on the al-Watiya air base failed, but on April 13 government forces seized the coastal towns of Sabratha and Surman and swept to the Tunisian border. Haftar responded on April 27 by declaring that he had a "popular mandate" to rule Libya and that the 2015 UN-brokered political agreement was dead, a move that unsettled even some of his allies. On May 18 al-Watiya fell, along with a Russian-made Pantsir air-defence system, and in the following days Turkish drones destroyed several more of them.

Russia's response was to raise the stakes. On May 26 the US military's Africa Command said Moscow had sent at least 14 MiG-29 and Su-24 aircraft to Libya via Syria, a claim Russia dismissed. Turkish presidential spokesman Ibrahim Kalin warned that any attack on Turkish interests in Libya would have "very grave consequences".

What comes next

The GNA's immediate targets are Tarhuna and then, further east, Sirte and the al-Jufra air base, both of which are defended by Wagner contractors and would bring government forces much closer to the oil crescent. Erdogan's call on Thursday to stop Haftar's "illegal" oil sales suggests Ankara has its eyes on the country's energy infrastructure too.

Thursday's remarks also made clear that Turkey expects to be rewarded. Sarraj said he wanted Turkish companies to return to Libya for infrastructure and reconstruction projects; before 2011, Turkish contractors had billions of dollars of work in the country, much of it left unfinished.

Europe, which has struggled to enforce its own arms embargo mission, has watched these developments with unease. France has accused Turkey of violating the embargo, and Greece is alarmed by the maritime accord. But Western diplomats acknowledge that without Turkey's intervention Tripoli might well have fallen, and that any political settlement will now have to be negotiated with Ankara at the table."""),

dict(group=G, published="2020-06-04", outlet="PressPoint Newsroom",
title="President Erdogan Receives Chairman of Libya's Presidential Council Fayez al-Sarraj in Ankara",
text="""ANKARA, June 4, 2020 /PressPoint/ -- President of the Republic of Turkey Recep Tayyip Erdogan received Fayez al-Sarraj, Chairman of the Presidential Council of Libya's Government of National Accord (GNA), at the Presidential Complex in Ankara on Thursday, June 4, 2020.

Following a one-on-one meeting and talks between delegations, the two leaders held a joint press conference.

Key points of the statements:

- Turkey will continue and increase its support to the legitimate Government of National Accord.
- The conflict can be resolved only through a political process under the auspices of the United Nations.
- Turkey and Libya will expand cooperation on exploration and drilling in the Eastern Mediterranean under the memorandum of understanding on maritime jurisdiction areas signed on November 27, 2019.
- The international community was called upon to prevent the illegal sale of Libyan oil.
- Chairman al-Sarraj thanked Turkey for its support and invited Turkish companies to take part in infrastructure and reconstruction projects in Libya.

The visit took place on the day the GNA announced that its forces had established control over all of Greater Tripoli, including Tripoli International Airport.

Background: Turkey and Libya signed memoranda of understanding on security and military cooperation and on the delimitation of maritime jurisdiction areas on November 27, 2019. The Grand National Assembly of Turkey authorized the deployment of Turkish Armed Forces to Libya on January 2, 2020.

About PressPoint Newsroom
PressPoint Newsroom distributes official statements, government announcements and corporate news to media organizations worldwide.

Media contact: desk@presspoint-newsroom.example

SOURCE PressPoint Newsroom"""),
]
