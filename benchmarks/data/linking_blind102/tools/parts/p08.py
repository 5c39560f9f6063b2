G = "azerbaijani_army_enters_aghdam_2020_11_20"
ARTICLES = [
dict(group=G, published="2020-11-20", outlet="Caucasus PR Wire",
title="PRESS RELEASE: Embassy of Azerbaijan welcomes return of Aghdam district under trilateral statement",
text="""FOR IMMEDIATE RELEASE
Caucasus PR Wire -- 20 November 2020

Embassy of the Republic of Azerbaijan
Press Release No. 214/20

On the return of Aghdam district to Azerbaijan

In accordance with the Statement signed on 10 November 2020 by the President of the Republic of Azerbaijan, the Prime Minister of the Republic of Armenia and the President of the Russian Federation, units of the Azerbaijani Army entered Aghdam district on 20 November 2020, as announced by the Ministry of Defence of the Republic of Azerbaijan.

Aghdam district was occupied by the armed forces of Armenia in July 1993. The UN Security Council in its resolution 853 (1993) condemned the seizure of the district and demanded the immediate, complete and unconditional withdrawal of the occupying forces. During almost three decades of occupation, the city of Aghdam, once home to some 28,000 people, was looted and destroyed; only the Juma Mosque remained standing.

As stated by President Ilham Aliyev, the return of Aghdam without a single shot being fired is the result of the victory of the Azerbaijani Army in the 44-day Patriotic War which began on 27 September 2020. The President has called for the restoration of Aghdam and the return of internally displaced persons to their homes.

The Embassy recalls that under the Statement, Kalbajar district is to be returned to Azerbaijan by 25 November 2020, following a delay requested by the Armenian side, and Lachin district by 1 December 2020.

The Embassy calls on the international community to support demining and reconstruction efforts in the liberated territories, and to condemn the deliberate burning of houses and forests by Armenians leaving the territories.

Background: On 27 September 2020, in response to military provocations by the armed forces of Armenia along the line of contact, the Armed Forces of Azerbaijan launched counter-offensive operations. In the course of the 44-day war, the cities of Jabrayil, Fuzuli, Zangilan, Gubadli and Shusha and hundreds of villages were liberated. On 10 November 2020, the Trilateral Statement put an end to the hostilities. Under the Statement, Russian peacekeeping forces are deployed along the line of contact in Nagorno-Karabakh and along the Lachin corridor, and a joint Russian-Turkish centre is being established to monitor the ceasefire.

During the conflict, the armed forces of Armenia fired ballistic missiles, cluster munitions and heavy artillery at the cities of Ganja, Barda, Tartar, Mingachevir and other settlements located far from the front line, killing more than 90 civilians and wounding more than 400, according to the Prosecutor General's Office of Azerbaijan.

Media contact: press office of the Embassy

###

About Caucasus PR Wire: Caucasus PR Wire distributes press releases from governments, businesses and NGOs. The content of this release is the responsibility of its issuer.
"""),
dict(group=G, published="2020-11-21", outlet="World Desk Live",
title="World briefing: Azerbaijan takes back Aghdam; Erdogan presses Turkish monitoring role; Putin defends Karabakh deal",
text="""Updated 21 November, 06:30 GMT

Good morning. Here are the main stories from the South Caucasus and beyond:

1. Azerbaijani troops enter Aghdam
Azerbaijan's army entered the Aghdam district on Friday (November 20), the first of three districts that Armenia agreed to hand back under the Russia-brokered deal that ended six weeks of war over Nagorno-Karabakh. "Units of the Azerbaijani army entered the Aghdam region on November 20," the defence ministry said, releasing video of soldiers and armoured vehicles moving through ruined streets. The district, lying east of Nagorno-Karabakh, had been held by ethnic Armenian forces since 1993; its main town was abandoned and is largely in ruins. President Ilham Aliyev said in an address that the return had been achieved without a shot being fired, and that Aghdam would be rebuilt.

In the days before the handover, some ethnic Armenian residents of villages in the district left, taking belongings and in some cases setting fire to houses, as happened last week in Kalbajar. Russian peacekeepers have set up posts along the new line of contact.

Aghdam town, once home to tens of thousands of people, was captured by Armenian forces in July 1993 and later stripped for building materials. Its 19th-century mosque is among the few structures still standing; Azerbaijani officials have said it was used to keep livestock. Azerbaijani displaced people from the district, many of whom have lived for decades in camps or in the unoccupied part of the district, were shown celebrating on state television.

Parts of the district near the old front line are heavily mined, and Azerbaijan's mine action agency said clearance would take years.

2. Kalbajar handover pushed back
Kalbajar, originally due to be returned on 15 November, will now be handed over on 25 November after Azerbaijan agreed to an Armenian request for more time, citing humanitarian reasons. Lachin is to follow by 1 December.

3. Turkey's monitoring centre
Turkish lawmakers this week approved the deployment of troops to Azerbaijan to staff a joint Turkish-Russian ceasefire monitoring centre set up under a memorandum signed by the two defence ministers on 11 November. Its location has not yet been announced. Russia says Turkish troops will not serve as peacekeepers inside Nagorno-Karabakh.

4. Putin on the deal
Russian President Vladimir Putin said this week that the agreement created the conditions for a lasting settlement and that a truce had nearly been agreed in October. In Yerevan, opposition parties continue to demand that Prime Minister Nikol Pashinyan resign.

5. Elsewhere
France's Senate is due to vote next week on a resolution on Nagorno-Karabakh.

Share this:
Facebook
Twitter
Email
"""),
]
