G4 = "hevrin_khalaf_killed_on_m4_highway_2019_10_12"

ARTICLES = [
dict(group=G4, published="2019-10-12", outlet="Kobani Evening Voice",
title="Future Syria Party secretary general Hevrin Khalaf martyred in attack by Turkish-backed mercenaries",
text="""QAMISHLO - The Secretary General of the Future Syria Party, Hevrin Khalaf, was martyred on Saturday together with her driver on the international M4 road after an attack by the mercenary factions supported by the Turkish occupation army, the party and the Syrian Democratic Council announced.

According to the information received by our agency, Hevrin Khalaf was travelling from Hasakah towards Raqqa, where the party has its headquarters, when the mercenaries who had advanced to the M4 road south of Girê Spî set up a checkpoint and stopped the civilian cars. Hevrin Khalaf and her driver were taken out of the car and executed, the Syrian Democratic Council said in a statement.

"This is clear evidence that the Turkish state continues its criminal policy towards unarmed civilians," the statement said. "Hevrin Khalaf was a political figure who worked for a democratic Syria and the brotherhood of the peoples, far from any military agenda."

Nubahar Mustafa, a member of the party in Ain Issa, told our correspondent that the mercenaries killed other civilians who were stopped at the same point. Activists shared videos on social media showing armed men at the side of the highway near a black vehicle riddled with bullets.

In its statement of mourning, the Future Syria Party said: "With great grief we announce the martyrdom of the engineer Hevrin Khalaf, who was carrying out her national and political duties." The party called on the international community and human rights organisations to open an investigation into the crime.

Hevrin Khalaf, born in Derik in 1984, studied civil engineering at the University of Aleppo. She was one of the founders of the Future Syria Party in March 2018 and was elected its secretary general. She took part in many meetings with foreign delegations, including American and French diplomats, and was known for her work for the rights of women and for the coexistence of Kurds, Arabs and Syriacs.

Only a week ago, at a press conference in Qamishlo on 5 October, she warned that the Turkish threats aimed at occupying the region and that the peoples of North and East Syria would not accept it.

The attack on the M4 came on the fourth day of the Turkish invasion, which started on 9 October with air strikes on Serêkaniyê and Girê Spî. Since then, the Turkish army and its mercenaries have shelled villages and towns along the border, killing and wounding dozens of civilians and displacing tens of thousands.

A funeral for Hevrin Khalaf will be held in Derik, according to the party.

Read also: Resistance continues in Serêkaniyê despite the claims of the Turkish occupation
Read also: Kurdish Red Crescent: our teams cannot reach wounded on the border""" ),

dict(group=G4, published="2019-10-13", outlet="The Northern Ledger",
title="Kurdish politician dragged from car and shot as Turkish-backed fighters cut highway",
text="""By Helen Marcombe and Omar Sayegh

One of the most prominent women in Syrian Kurdish politics was pulled from her car and killed on Saturday by fighters from a Turkish-backed militia who had pushed south to the main highway across north-east Syria, according to her party and a monitoring group.

Hevrin Khalaf, 35, the secretary general of the Future Syria party, was travelling west from Hasakah to her party's office in Raqqa when her vehicle was stopped at an improvised checkpoint on the M4 road, the party said. She and her driver were shot. The Syrian Observatory for Human Rights said at least nine civilians were executed at various points south of Tal Abyad on the same day.

Videos posted online appeared to show fighters from a Syrian rebel faction standing over bodies at the roadside and firing at a man with his hands tied. One clip showed a bullet-pocked black SUV that Kurdish officials said was Khalaf's. The Ledger was unable to verify the footage independently, but several of the men could be heard identifying themselves with Ahrar al-Sharqiya, a faction of the Turkish-sponsored Syrian National Army with a record of abuses.

The group later denied that its fighters had killed Khalaf, saying they had not reached the spot where she died. Turkey's government did not comment directly. Its defence ministry insisted that the operation was targeting "terrorists" only.

Khalaf, a civil engineer from Derik in the far north-east, had become a familiar figure to Western diplomats visiting the Kurdish-run region. Her party, founded last year, was an attempt to build a political coalition of Arabs, Kurds and Christians around the autonomous administration, and she had campaigned in Arab tribal areas as well as Kurdish towns. She was a vocal opponent of the Turkish offensive and had called it an occupation.

Her killing was the most high-profile civilian death since Turkey launched "Operation Peace Spring" on Wednesday, and it sharpened accusations in Europe that Ankara's proxies were committing war crimes.

The battlefield situation on Saturday was confused. Turkey's defence ministry said its forces had taken the centre of Ras al-Ain, a claim denied by the Kurdish-led Syrian Democratic Forces, while the Syrian National Army said it had cut the road between Ras al-Ain and Tal Abyad. By evening, Kurdish officials said the M4 was no longer safe for civilian traffic, severing the main link between Hasakah and the towns to the west.

In Cairo, Arab League foreign ministers meeting in emergency session condemned the "aggression" against an Arab state and called on Turkey to withdraw immediately.

In Washington, pressure was building on Donald Trump to act against Ankara, with senators from both parties drafting sanctions legislation. The president, who cleared the way for the offensive last Sunday by pulling US troops back from the border, said this week that hitting Turkey "very hard financially and with sanctions" was one of his options, alongside mediating a deal.

Colleagues reached by telephone in Qamishli described Khalaf as tireless, and said she had believed that politics could protect people where weapons could not.""" ),

dict(group=G4, published="2019-10-13", outlet="The Emirates Observer",
title="Outrage after Turkish-backed militants execute Syrian Kurdish politician Hevrin Khalaf",
text="""ABU DHABI - Arab and international condemnation mounted on Sunday after Hevrin Khalaf, the secretary general of the Future Syria Party, was killed on Saturday on the highway between Hasakah and Raqqa by armed groups backed by Turkey, in what observers described as an execution.

The Syrian Democratic Council, the political wing of the Syrian Democratic Forces, said Khalaf was taken from her car by "Turkish-backed mercenary factions" and shot, along with her driver. Footage shared on social media showed gunmen from the so-called Syrian National Army at the scene on the M4 highway.

Khalaf, an engineer and a well-known advocate of women's rights, led a party that includes Arabs, Kurds and Syriacs and had criticised the Turkish invasion of northern Syria in the days before her death.

The killing, observers say, exposes the nature of the extremist militias on which Ankara relies in its military campaign, many of whose members previously fought in the ranks of hardline groups. Analysts in the Gulf warned that Turkey's operation threatened to revive Daesh, whose remnants are held in prisons guarded by the SDF.

On Saturday, Arab foreign ministers meeting in Cairo condemned the Turkish aggression against Syria, describing it as an occupation of Arab land, and called on the UN Security Council to take measures to stop it. The UAE, Egypt and Saudi Arabia were among the first states to denounce the operation when it was launched on Wednesday.

Ankara rejected the Arab League statement, and the Turkish foreign ministry said the operation was aimed only at terrorists and would preserve Syria's unity.

The Emirates Observer

Turkish lira slides as investors weigh sanctions threat

ISTANBUL - The Turkish lira weakened on Friday as investors weighed the risk of US sanctions over Ankara's military offensive in Syria.

The currency traded around 5.9 against the US dollar after US Treasury Secretary Steven Mnuchin said President Donald Trump had authorised "very significant" new sanctions that could be activated if needed, though he added that they were not being used for now.

Turkish bank shares also came under pressure on the Istanbul exchange, while the country's dollar bonds fell. Analysts said the market remained vulnerable after the 2018 currency crisis, when the lira lost almost 30 percent of its value against the dollar amid a diplomatic row with Washington over the detention of an American pastor.

Fund managers said that sanctions passed by Congress would be much harder to reverse than a presidential decision, and were the main risk for Turkish assets.

Share this:
Facebook  Twitter  LinkedIn""" ),
]
