# Event: gna_captures_sabratha_and_surman_2020_04_13
G = "gna_captures_sabratha_and_surman_2020_04_13"

BG_MWS = ("Libya has had no stable central authority since a NATO-backed uprising toppled Muammar Gaddafi in 2011, "
          "and since 2014 it has been divided between rival administrations in Tripoli and the east. Haftar's LNA, "
          "backed by the United Arab Emirates, Egypt and Russia, began its assault on the capital in April 2019. "
          "Turkey has sent drones, military advisers and allied Syrian fighters to support the GNA.")


BG_MWS2 = ("Foreign powers have poured weapons and fighters into the conflict despite a UN arms embargo. At a summit in Berlin in January, "
           "the countries involved pledged to respect the embargo and stop interfering, but UN officials say those commitments have been widely ignored.")

ARTICLES = [
dict(group=G, published="2020-04-13", outlet="Maghreb Wire Service",
title="Libya's Tripoli government says it has seized two coastal towns from Haftar",
text="""TRIPOLI (MWS) - Forces aligned with Libya's internationally recognised government said on Monday they had captured Surman and Sabratha, two towns on the coastal road west of Tripoli, in their biggest advance in more than a year of war with eastern commander Khalifa Haftar.

The Government of National Accord (GNA) said its fighters moved out of Zawiya early in the morning after a series of drone strikes on positions of Haftar's Libyan National Army (LNA) and entered Surman within hours. By the afternoon they had pushed on to Sabratha, about 70 km (45 miles) west of the capital.

"Our forces have taken full control of the cities of Sabratha and Surman and are pursuing the remnants of the militias," GNA military spokesman Mohamed Gnounou said in a statement, using the government's term for Haftar's forces.

The GNA said it had also taken al-Ajaylat and several smaller settlements further inland, and that the coastal strip from Tripoli to the Tunisian border was now in its hands. It published images of armoured vehicles and rocket launchers it said had been left behind by LNA units, and said some of the vehicles had been supplied by the United Arab Emirates.

There was no immediate comment from the LNA, whose spokesman had said last month that its forces were closing in on Zuwara, further west.

Residents of Sabratha reached by telephone described heavy gunfire in the morning and said convoys of pickup trucks had driven through the town centre by mid-afternoon. One resident said that some houses and public buildings had been set on fire. MWS could not verify the reports.

Both towns had passed to forces allied with Haftar shortly after he launched his offensive on Tripoli in April last year, giving the LNA a foothold on the western coast and a route towards the al-Watiya airbase further south, which remains in its hands.

Monday's advance followed weeks of escalating fighting despite international appeals for a truce to allow Libya to cope with the coronavirus, whose first case in Libya was confirmed last month. The GNA launched what it calls Operation Peace Storm in late March, saying it was responding to heavy shelling of the capital.

""" + BG_MWS + "\n\n" + BG_MWS2 + """

(Reporting by Ayman Werfalli in Tripoli and Hend Saadi in Cairo; Editing by Mark Denholm)"""),

dict(group=G, published="2020-04-13", outlet="Libya Liberty Observer",
title="Libyan Army liberates Sabratha and Surman, Haftar's militias collapse on western coast",
text="""The Libyan Army forces of the Government of National Accord have liberated the cities of Sabratha and Surman on Monday after a swift operation that saw the collapse of Haftar's terrorist militias on the western coast.

The spokesman for the Libyan Army, Colonel Mohamed Gununu, announced in the afternoon that the heroic forces had extended full control over both cities, destroying the operations room of the militias in Sabratha and seizing a large quantity of weapons, including Emirati armoured vehicles, ten tanks and several Grad rocket launchers.

The spokesman for the Volcano of Rage Operation, Mustafa Al-Majei, said the forces entered Surman from the eastern gate in the early hours after the air force struck militia positions around the city, and then continued their advance toward Sabratha, where fighting lasted for a few hours before the militias fled south toward Al-Watiya airbase.

Units of the army also entered Al-Ajaylat, Al-Jmail, Riqdalin and Zaltan, and were welcomed by residents, according to the operation's media centre.

"The enemy's defences collapsed under the blows of our forces," Gununu said, adding that the army now secures the coastal road all the way to Zuwara and the border with Tunisia.

Videos shared by the Volcano of Rage media centre showed soldiers celebrating in the streets of Sabratha and inspecting armoured vehicles abandoned by the militias. Other footage showed detainees who had been held by the militias being released.

The liberation of the two cities comes as part of Operation Peace Storm, launched last month by the Supreme Commander of the Libyan Army, Fayez Al-Sarraj, to respond to the daily shelling of Tripoli's neighbourhoods by Haftar's militias and mercenaries, which has killed and wounded dozens of civilians, including at Al-Khadra hospital earlier this month.

On Sunday, the army also thwarted an attack by Haftar's militias on Abu Qurain, south of Misrata, killing dozens of the attackers and capturing others, according to the Sirte and Jufra operations room.

The victory comes as residents of Tripoli suffer from the shelling of their neighbourhoods and from water cuts after a group loyal to Haftar shut down the pumping stations of the Man-Made River that supply the capital, in what the Presidential Council described as a crime against civilians in the middle of a pandemic.

Haftar's militias had entered Sabratha and Surman last year with the help of local armed groups when the war criminal launched his failed aggression on the capital on April 4, 2019.

Share this:
Facebook
Twitter
WhatsApp

Related posts
Haftar's militias cut water supply to Tripoli, Presidential Council says
Drone strikes destroy militia convoy near Al-Watiya
Interior Minister: we will hold accountable anyone who attacks civilians"""),

dict(group=G, published="2020-04-14", outlet="Arab Horizon Net",
title="Al-Wefaq forces announce control of Sabratha and Surman west of the capital",
text="""Tripoli - Arab Horizon Net

The forces of the Government of National Accord (Al-Wefaq) in Libya announced, yesterday evening Monday, their control of the cities of Sabratha and Surman, west of the capital Tripoli, after violent clashes with the forces of the retired Major General Khalifa Hifter that lasted for several hours.

And the spokesman of the forces of Al-Wefaq, Mohamed Qanunu, said in a statement published on the page of the "Volcano of Anger" operation that "our valiant forces have extended their control over the two cities and are chasing the rest of the militias", according to his expression, pointing that the forces seized a number of armored vehicles and tanks and launchers of Grad rockets.

For his part, the spokesman of the operation Mustafa al-Majei confirmed that the forces entered the city of Surman in the early morning coming from the direction of Zawiya, before moving to Sabratha, where the clashes were concentrated at its eastern entrance, while the air force of Al-Wefaq bombarded positions of Hifter forces inside the city.

And the forces of Al-Wefaq announced today Tuesday that they extended their control on the area of Al-Ajilat and a number of towns in the west mountain direction, and its spokesman said that the area that has been controlled exceeds thousands of square kilometers.

On the other side, sources close to the forces of Hifter said that their units have carried out a "redeployment" in the area to avoid the fighting inside the residential neighborhoods, while the Council of Notables of Zintan accused, in a statement today Tuesday, the attacking forces of releasing hundreds of prisoners from the prisons of Surman and Sabratha, and burning public and private properties, calling what happened "crimes against humanity".

And the advance of the forces of Al-Wefaq comes less than three weeks after the forces of Hifter had announced, at the end of last March, their control of the areas of Al-Assa, Riqdalin, Al-Jmail and Zaltan south of Zuwara, after they repelled an attack of Al-Wefaq on the base of Al-Watiya, which remains until now under the control of Hifter forces and is surrounded from the north after the recent developments.

It is worth mentioning that the city of Sabratha, which is located about 70 kilometers west of Tripoli, is famous for its Roman theater listed in the world heritage, and it had witnessed in the previous years armed clashes between rival groups.

It is worth mentioning that Hifter forces launched on the fourth of April of last year an attack to control the capital Tripoli, the seat of the Government of National Accord recognized internationally, and the battles since then have killed more than a thousand persons and displaced tens of thousands, according to the numbers of the United Nations.

Read also: The United Nations calls for a humanitarian truce in Libya to confront Corona

Read also: Egypt renews its support for the efforts of political solution in Libya

Exit mobile version"""),

dict(group=G, published="2020-04-15", outlet="The Northern Chronicle",
title="Tide turns on Libya's coast as Tripoli forces take Sabratha and Surman",
text="""By Eleanor Whitcombe, Middle East Correspondent

For most of the past year, the war for Tripoli has been a war of inches: trenches and sand berms in the capital's southern suburbs, artillery duels across half-built housing estates, drones circling overhead. On Monday, for the first time in months, a front line moved decisively.

Forces loyal to the Government of National Accord, the UN-recognised administration of Fayez al-Serraj, swept out of the coastal city of Zawiya in the early morning and, by nightfall, had taken the towns of Surman and Sabratha from units allied with Khalifa Hifter, the eastern commander whose self-styled Libyan National Army has besieged the capital since April last year.

By Tuesday, GNA commanders were claiming a string of villages south of the coast road as far as al-Ajaylat, and a spokesman said government forces had recovered "more than 3,000 square kilometres" in two days. The claim could not be checked, but the practical effect is clear: the whole of the coastal highway from Tripoli to the Tunisian border at Ras Ajdir is once again under the control of the government.

Turkish support appears to have made the difference. Ankara, which signed a military cooperation accord with the GNA in November and won parliamentary approval to deploy troops in January, has supplied armed drones that have been picking off Hifter's supply lines and air defences for weeks. Residents and fighters described an offensive that began with drone strikes on vehicles in Surman before ground forces moved in.

Hifter's coalition is a loose one in the west. Sabratha and Surman joined it last year largely because local armed groups chose to side with him when his troops advanced on Tripoli; when the pressure came, those alliances proved brittle. GNA-aligned pages boasted of capturing Emirati-supplied armoured vehicles, a reminder of how deeply foreign powers are now involved on both sides.

The victory has a darker side. On Wednesday the UN mission in Libya said it was gravely concerned by reports of revenge attacks, looting and the burning of public and private property in the towns, as well as the desecration of bodies. It also noted the release of about 400 inmates from Surman prison without any legal process. The GNA's justice ministry said 384 inmates had fled after a riot and appealed to them to surrender; critics of the government, including tribal notables in Zintan, accused armed groups from Zawiya of opening the gates.

The same UN statement condemned the LNA's indiscriminate rocket fire on the capital, which has killed civilians in recent weeks. In early April shells struck al-Khadra hospital, one of the facilities Tripoli had designated for coronavirus patients.

The timing matters. Libya recorded its first case of Covid-19 on March 24, and the UN, the European Union and a string of governments have pleaded for a humanitarian pause. Instead, the GNA launched its "Peace Storm" operation a day later, attacking the al-Watiya airbase, and Hifter's forces hit back around Zuwara. Monday's offensive reversed those LNA gains in a single day.

Al-Watiya, about 125 km south-west of Tripoli, is now largely encircled and will be the next test. So will Tarhuna, the town south-east of the capital that has served as Hifter's main rear base for the Tripoli offensive.

Diplomats caution against reading too much into one week. The LNA still controls the east and most of the south, including the oilfields whose closure since January has cut Libya's revenues to a trickle, and its backers in Abu Dhabi, Cairo and Moscow have shown no sign of walking away. The ceasefire agreed in Moscow and Berlin in January has been violated almost daily.

But for a government that spent much of last year fighting for its survival, the week has brought something new: momentum."""),
]
