G = "azerbaijan_armenia_fighting_erupts_karabakh_2020_09_27"
ARTICLES = [
dict(group=G, published="2020-09-27", outlet="Caspian Wire Service",
title="Heavy fighting erupts over Nagorno-Karabakh; Armenia declares martial law",
text="""BAKU/YEREVAN (CWS) - Fierce clashes broke out on Sunday between Azerbaijani forces and ethnic Armenian troops along the front line around Nagorno-Karabakh, with both sides reporting deaths, including civilians, and Armenia declaring martial law and a general mobilisation.

Armenia's government said Azerbaijan had launched air and artillery attacks on the breakaway region early in the morning. Prime Minister Nikol Pashinyan told Armenians in a televised address to be ready to defend their homeland, and his government ordered men of fighting age to report for duty.

Azerbaijan's defence ministry said its troops had begun what it called a counter-offensive in response to Armenian shelling of Azerbaijani positions and villages along the line of contact. Baku later said its forces had taken control of several villages, a claim the Armenian side rejected.

The Armenian defence ministry said its forces had shot down two Azerbaijani helicopters and three drones and destroyed several tanks. Azerbaijan acknowledged the loss of one helicopter but said its crew had survived.

Officials in Nagorno-Karabakh said a woman and a child were killed by shelling in the Martuni area, and that a number of their servicemen had died. Azerbaijani officials said a family of five was killed when a shell struck a house in a village in the Naftalan area. Neither side's figures could be independently verified.

Azerbaijan's parliament moved to impose martial law in parts of the country, and authorities announced curfews in Baku and several other cities. Internet access was restricted in Azerbaijan, residents said.

Turkey, which has close ethnic and political ties to Baku, said it stood fully behind Azerbaijan. President Tayyip Erdogan accused Armenia of being the biggest threat to peace in the region and called on the Armenian people to stand up to their leaders.

Russia, which has a military alliance with Armenia and a base there but also sells weapons to Azerbaijan, called for an immediate ceasefire and talks. France, the United States and the European Union also urged restraint.

Nagorno-Karabakh is internationally recognised as part of Azerbaijan but has been run by ethnic Armenians since a war that ended with a ceasefire in 1994 and killed an estimated 30,000 people. Peace talks mediated by the OSCE Minsk Group, co-chaired by France, Russia and the United States, have made little headway.

The latest fighting is the most serious since clashes in April 2016, and follows an outbreak of violence on the Armenia-Azerbaijan border in July that killed at least 16 people.
"""),
dict(group=G, published="2020-09-28", outlet="Yeni Anadolu News Agency",
title="Erdogan vows full support to Azerbaijan after Armenian attacks",
text="""ANKARA

Turkey will stand with Azerbaijan "with all its means" against Armenian aggression, President Recep Tayyip Erdogan said on Sunday after Armenian forces attacked Azerbaijani civilian settlements and army positions along the front line.

"The Turkish nation stands by its Azerbaijani brothers with all our means, as always," Erdogan wrote on social media. He said Armenia had once again shown that it was the biggest threat to peace and stability in the region.

Erdogan called on the international community to stand with Azerbaijan in its fight against "invasion and cruelty" and said the Minsk Group had failed for almost 30 years to find a solution to the problem.

According to the Azerbaijani Defense Ministry, the Armenian army violated the ceasefire early Sunday and targeted Azerbaijani positions and residential areas with heavy weapons. The Azerbaijani army launched a counter-offensive along the entire front, the ministry said, adding that several villages had been liberated from occupation.

Azerbaijani President Ilham Aliyev said in an address to the nation that the Azerbaijani army was defending its land and that "our cause is just". He said there were casualties among civilians and soldiers as a result of Armenian fire.

Turkish Foreign Minister Mevlut Cavusoglu spoke by phone with his Azerbaijani counterpart Jeyhun Bayramov and said Turkey would continue to support Azerbaijan's rightful cause. Defense Minister Hulusi Akar said Turkey would stand by Azerbaijan to protect its territorial integrity and that Armenia must end its occupation.

Presidential spokesman Ibrahim Kalin said Armenia had violated the ceasefire by attacking civilian settlements and that the attack was "a clear violation of international law".

Turkey's ruling and opposition parties issued a joint declaration condemning the attacks.

Upper Karabakh, a region internationally recognized as Azerbaijani territory, and seven surrounding districts have been under illegal Armenian occupation since 1991. Four UN Security Council resolutions and two resolutions of the UN General Assembly call for the withdrawal of occupying forces.

In July, Armenian forces attacked Azerbaijan's Tovuz province, far from the occupied region, martyring 12 Azerbaijani soldiers, including a general.

Azerbaijan's ambassador in Ankara thanked the Turkish people for their solidarity, while crowds gathered outside the Azerbaijani embassy waving the flags of both countries. Turkish opposition leaders, including the main opposition party chairman, also expressed support for Baku.

Erdogan said in a later speech that the time had come to end the crisis in the region, which began with the occupation of Upper Karabakh, and that the world had once again failed to respond to Armenian aggression. He accused the OSCE Minsk Group, co-chaired by the US, Russia and France, of having ignored the problem for nearly three decades.

Azerbaijan's government has said that the Armenian side has been bringing foreign terrorist fighters to the occupied region, a claim denied by Yerevan. Baku also said the Armenian side fired on villages in the Tartar, Aghdam, Fuzuli and Jabrayil districts.

Share this:
Twitter
Facebook
WhatsApp
"""),
dict(group=G, published="2020-09-27", outlet="Ararat Herald",
title="Azerbaijan launches large-scale attack on Artsakh; martial law declared in Armenia",
text="""YEREVAN -- Azerbaijan early Sunday launched a large-scale military offensive along the entire line of contact with Artsakh, shelling towns and villages including the capital Stepanakert, officials in Yerevan and Stepanakert said.

Air raid sirens sounded in Stepanakert at around 8 a.m. as residents rushed to basements. The Artsakh Ombudsman, Artak Beglaryan, said a woman and a child were killed in the Martuni region and several civilians wounded.

Prime Minister Nikol Pashinyan declared martial law and total mobilization following an emergency session of the government. "Get ready to defend our sacred homeland," he said in an address, warning that Azerbaijan's "pre-planned aggression" was backed by Turkey. He called on the international community to use all its influence to stop Ankara from getting involved.

Artsakh President Arayik Harutyunyan also declared martial law and general mobilization. The Armenian Defense Ministry's spokesperson Shushan Stepanyan said Artsakh forces had downed two helicopters and three unmanned aerial vehicles, and had destroyed three tanks. She later posted images of burning armor.

By evening Artsakh's defense army said 16 of its servicemen had been killed and more than 100 wounded. Azerbaijani claims that several villages had been captured were "disinformation," Stepanyan said.

Armenia's Foreign Ministry said Turkey's "provocative" statements showed that Ankara was not only encouraging but participating in the aggression. Armenia's ambassador to Russia said earlier in the day that Turkey had sent some 4,000 fighters from northern Syria to Azerbaijan, a claim that Baku and Ankara dismissed.

The Armenian National Committee and other diaspora groups in the United States and France called for sanctions on Azerbaijan and Turkey.

The fighting is the most serious since the four-day war of April 2016. In July 2020 clashes broke out on the northern section of the Armenia-Azerbaijan border, near Tavush, after which Turkey and Azerbaijan held large joint military drills.

Pashinyan spoke by phone with Russian President Vladimir Putin on Sunday, the Armenian government said, and briefed him on the situation. Armenia is a member of the Russian-led Collective Security Treaty Organization and hosts a Russian military base in Gyumri. Pashinyan also held calls with French President Emmanuel Macron and other leaders, urging them to prevent Turkish involvement.

In Yerevan, long lines formed outside military commissariats as reservists and volunteers reported for duty. The Armenian Apostolic Church called for prayers for peace, and diaspora organizations announced fundraising for the families of soldiers.

Read also:
- Diaspora rallies planned in Los Angeles, Paris and Moscow
- Why Artsakh matters: a short history
- Pashinyan speaks to Putin by phone

Cookies help us deliver our services. By using our services, you agree to our use of cookies. OK
"""),
dict(group=G, published="2020-09-28", outlet="The Northern Chronicle",
title="Old war reignites in the Caucasus as Azerbaijan and Armenia clash over Nagorno-Karabakh",
text="""The long-frozen conflict over Nagorno-Karabakh erupted into open warfare on Sunday, as Azerbaijani forces pushed against Armenian-held lines with artillery, drones and armour and Armenia put the country on a war footing, raising fears of a wider regional conflagration that could draw in Turkey and Russia.

By Sunday night both sides were reporting dead on the battlefield and among civilians. The authorities in the breakaway territory, which Armenians call Artsakh, said 16 of their soldiers had been killed. Azerbaijan gave no military casualty figures but said civilians had died, among them five members of one family in a village near Naftalan. Armenian officials said a woman and a child had been killed in the Martuni district.

The scale of the fighting set it apart from the skirmishes that have flared along the line of contact almost every year since the 1994 ceasefire. Video released by the Armenian defence ministry showed drones striking Azerbaijani vehicles; Baku released its own footage of Armenian air defence systems being destroyed. Azerbaijan said it had captured a handful of villages and strategic heights; Yerevan denied it.

Nikol Pashinyan, the Armenian prime minister, declared martial law and a general mobilisation. In Baku, parliament approved martial law and a curfew was imposed in the capital and other cities. President Ilham Aliyev, who has repeatedly said Azerbaijan's patience with three decades of fruitless talks is running out, told the nation that the army was fighting on its own land.

The most striking intervention came from Ankara. Recep Tayyip Erdogan, the Turkish president, offered Azerbaijan unconditional backing and said it was time to end the "crisis" in the region. Turkey has trained Azerbaijani forces and sold Baku armed drones, and in August the two countries staged large military exercises after border fighting in July in which an Azerbaijani general was among those killed.

That makes Sunday's fighting more dangerous than earlier rounds. Russia is bound to Armenia through the Collective Security Treaty Organisation and has a base at Gyumri, though the treaty does not cover Nagorno-Karabakh itself. Moscow also sells arms to both sides, and has been careful to call only for a ceasefire. The Kremlin said on Sunday that Vladimir Putin had spoken to Mr Pashinyan.

The roots of the conflict go back to the last years of the Soviet Union, when the Armenian majority in the autonomous region voted to join Armenia. The war that followed the Soviet collapse left ethnic Armenian forces in control not only of Nagorno-Karabakh itself but of seven surrounding Azerbaijani districts, from which hundreds of thousands of Azerbaijanis were displaced. Roughly 30,000 people were killed.

Since then the OSCE Minsk Group, led by France, Russia and the United States, has presided over talks built around the so-called Madrid principles, under which the districts would be returned in exchange for a future vote on the territory's status. Neither side has accepted the details.

Analysts said the timing was telling. With Washington focused on its presidential election, Europe absorbed by the pandemic and Russia preoccupied with unrest in Belarus, Baku may have judged that outside pressure to stop would be weak. Much will depend on whether the fighting stays within the front line around the enclave, or spreads to Armenia proper, where Russia would be obliged to respond.

The UN Secretary-General, the EU and Nato all appealed for an immediate halt to hostilities on Sunday. Iran, which borders both countries, offered to mediate.
"""),
]
