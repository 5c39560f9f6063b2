"""One-off: third round of background paragraphs."""
ADD = [
("p08.py", "and to condemn the deliberate burning of houses and forests by Armenians leaving the territories.",
"""Background: On 27 September 2020, in response to military provocations by the armed forces of Armenia along the line of contact, the Armed Forces of Azerbaijan launched counter-offensive operations. In the course of the 44-day war, the cities of Jabrayil, Fuzuli, Zangilan, Gubadli and Shusha and hundreds of villages were liberated. On 10 November 2020, the Trilateral Statement put an end to the hostilities. Under the Statement, Russian peacekeeping forces are deployed along the line of contact in Nagorno-Karabakh and along the Lachin corridor, and a joint Russian-Turkish centre is being established to monitor the ceasefire.

During the conflict, the armed forces of Armenia fired ballistic missiles, cluster munitions and heavy artillery at the cities of Ganja, Barda, Tartar, Mingachevir and other settlements located far from the front line, killing 93 civilians and wounding more than 400, according to the Prosecutor General's Office of Azerbaijan."""),
("p08.py", "Russian peacekeepers have set up posts along the new line of contact.",
"""Aghdam town, once home to tens of thousands of people, was captured by Armenian forces in July 1993 and later stripped for building materials. Its 19th-century mosque is among the few structures still standing; Azerbaijani officials have said it was used as a cattle shed, and Aliyev's aides have posted images of its damaged interior. Azerbaijani displaced people from the district, many of whom have lived for decades in camps or in the unoccupied part of the district, were shown celebrating on state television.

Parts of the district near the old front line are heavily mined, and Azerbaijan's mine action agency said clearance would take years."""),
("p06.py", "Tens of thousands of residents have fled to Armenia.",
"""Armenian officials have repeatedly accused Turkey of directing the offensive and of bringing in mercenaries from Syria, and Yerevan recalled its ambassador from Israel last month over arms sales to Baku. Turkey and Azerbaijan deny the use of foreign fighters.

In Yerevan on Sunday, hundreds of people gathered outside government buildings demanding information about the situation in Shushi. The government said it would hold a briefing later in the day."""),
("p06.py", "President Aliyev said that the Armenian armed forces had suffered heavy losses and that the enemy was fleeing.",
"""In his address, the head of state thanked the President of Turkey Recep Tayyip Erdogan and the Turkish people for their moral and political support during the war, and called Turkey a brotherly country that stood with Azerbaijan from the first day.

The Ministry of Defense released video footage showing Azerbaijani soldiers raising the national flag in the city. Earlier, the Ministry said that fierce battles had been going on in the Shusha direction for several days and that the enemy had retreated, leaving many weapons behind."""),
("p03.py", "killing several civilians, including a two-year-old girl.".replace("killing several","killing several"), None),
("p03.py", "Azerbaijan says the Armenian armed forces violated it within minutes by shelling Tartar and Aghdam districts.",
"""In response, the Ministry of Defense said, the Azerbaijani Army had destroyed missile launchers and other military equipment of the Armenian armed forces from which the strikes on civilian settlements had been carried out. President Ilham Aliyev, in an address later on October 11, said the enemy would receive a fitting response and that the attacks on Ganja would not go unpunished."""),
("p07.py", "Azerbaijani President Ilham Aliyev said after the deal that Turkish troops would participate in the peacekeeping mission together with Russia, in line with an agreement he had reached with Russian President Vladimir Putin.",
"""Moscow, however, said the Russian peacekeeping contingent would be the only foreign force deployed along the line of contact and in the Lachin corridor, and that the joint center would operate on Azerbaijani territory outside the region where Russian peacekeepers are stationed.

Under the trilateral statement, a contingent of 1,960 Russian troops will be deployed for five years, with automatic extensions of five years unless one of the parties objects."""),
("p07.py", "Russian military transport aircraft continued to fly troops and equipment into Armenia on Wednesday, and the first columns reached Stepanakert, the Russian defence ministry said.",
"""Armenian officials have said they were not consulted about a Turkish role and would oppose any Turkish military presence near Nagorno-Karabakh. Pashinyan said on Wednesday the deal was not the end of the process and that the status of the region remained to be settled."""),
("p04.py", "Ganja, with a population of about 330,000, lies some 60 km north of the front line and had been hit twice before, on Oct. 4 and Oct. 8.".replace("Ganja, with","Ganja, with"), None),
("p03.py", "Armenian officials have said they only target military installations in Azerbaijani cities, such as the Ganja airbase.",
"""The strike was the first major violation of the Moscow truce outside the conflict zone. Turkey, Azerbaijan's main ally, condemned it, while the Kremlin urged both sides to respect what had been agreed. Armenia, for its part, accused Azerbaijan of having used the ceasefire announcement to mount an offensive near Hadrut."""),
("p05.py", "Barda had also been hit on Tuesday, when Azerbaijan said four civilians were killed, including a two-year-old child.",
"""Residents described a series of blasts in quick succession as the submunitions scattered over streets near the town's market and administrative buildings. At the main hospital, wounded people lay in corridors as doctors appealed for blood donations, according to local media."""),
("p06.py", "It is home to the Ghazanchetsots Cathedral, which was damaged by Azerbaijani strikes on October 8.",
"""The town also controls the Berdzor (Lachin) road, the only highway linking Artsakh with Armenia, which passes just below its cliffs. Military analysts said its loss would leave Stepanakert, a few kilometers away, exposed to direct fire."""),
("p02.py", "Two French journalists working for Le Monde were wounded on Thursday", None),
]
for f, anchor, text in ADD:
    if text is None: continue
    p = "parts/" + f; s = open(p).read()
    if text in s: continue
    assert s.count(anchor) == 1, (f, anchor[:60])
    s = s.replace(anchor, anchor + "\n\n" + text); open(p, "w").write(s)
print("ok")
