G8 = "erdogan_putin_sochi_memorandum_on_northeast_syria_2019_10_22"
G9 = "us_raid_kills_baghdadi_in_idlib_2019_10_27"

ARTICLES = [
dict(group=G8, published="2019-10-23", outlet="Al-Manzar Al-Arabi",
title="Sochi agreement between Putin and Erdogan: withdrawal of Kurdish units 30 km and joint patrols",
text="""Al-Manzar Al-Arabi - Moscow

The Russian President Vladimir Putin and his Turkish counterpart Recep Tayyip Erdogan reached yesterday Tuesday an agreement on the situation in the northeast of Syria, after talks that lasted more than six hours in the city of Sochi on the Black Sea coast.

And according to the text of the memorandum of understanding, which consists of ten points, the Russian military police and the Syrian border guards will enter, starting from the noon of today Wednesday, to the Syrian side of the border outside the area of the Turkish operation "Peace Spring", in order to facilitate the withdrawal of the Kurdish People's Protection Units and their weapons to a depth of 30 kilometers, within 150 hours.

After the end of this period, the Russian and Turkish forces will start joint patrols at a depth of 10 kilometers to the west and east of the operation area, with the exception of the city of Qamishli. The agreement also stipulated the withdrawal of the Kurdish units from the cities of Manbij and Tal Rifaat in the countryside of Aleppo.

The memorandum kept the situation as it is in the area between Tal Abyad and Ras al-Ain, which the Turkish army and the factions loyal to it took control of, with a depth of 32 kilometers.

Putin said in a press conference after the talks that the decisions that were taken are "very important, and maybe fateful" for the settlement of the situation on the Syrian-Turkish border, while Erdogan said that the two countries will not allow any separatist agendas in Syria.

The Kremlin announced that Putin contacted after that the Syrian President Bashar al-Assad, who expressed his full support for the results of the talks and the readiness of the Syrian border guards to deploy on the border together with the Russian military police.

It is worth mentioning that the agreement came hours before the end of the truce of 120 hours that was reached between Ankara and Washington last Thursday, after the visit of the American Vice President Mike Pence to Ankara.

It is also worth mentioning that the Turkish army launched on the ninth of October the current month its military operation against the Kurdish-led "Syria Democratic Forces" (Qasad), after the American President Donald Trump announced the withdrawal of his forces from the border areas.

For its part, there was no immediate comment from "Qasad" on the agreement, while a Kurdish official said that the forces are studying the text.

Read also:
- The Syrian army enters new villages in the countryside of Hasaka
- The price of the dollar today Wednesday against the Syrian pound
- Trump: the ceasefire in Syria is holding

Exit mobile version""" ),

dict(group=G8, published="2019-10-24", outlet="Armour & Airpower Monitor",
title="Sochi memorandum hands Moscow the referee's whistle east of the Euphrates",
text="""ANALYSIS | Middle East | Force posture

The memorandum signed by Presidents Vladimir Putin and Recep Tayyip Erdogan in Sochi on 22 October has, in military terms, converted Turkey's Operation Peace Spring from an open-ended offensive into a bounded occupation zone, and placed Russia at the centre of the security architecture along the rest of the Syrian-Turkish border.

What the text sets out

The ten-point document leaves the area Turkey and its Syrian National Army (SNA) auxiliaries seized between Tal Abyad and Ras al-Ain - roughly 120 km of frontage, 32 km deep - under Turkish control. Outside that box, Russian military police and Syrian government border guards were to deploy from noon on 23 October, overseeing the removal of Kurdish YPG units and their heavy weapons to at least 30 km from the frontier within 150 hours. Joint Russian-Turkish patrols are then to operate to a depth of 10 km on either side of the Turkish-held zone, with the city of Qamishli excluded. YPG elements are also to leave Manbij and Tal Rifaat west of the Euphrates.

Implications for force posture

For the Turkish Armed Forces, the agreement caps ground operations at a line they had largely reached already. Turkey had demanded a 30-32 km zone along the entire 440 km border east of the Euphrates; it now has that depth along roughly a quarter of it, with the remainder monitored jointly. Ankara retains the option to respond to violations, but a renewed offensive into areas where Russian military police are deployed now carries a much higher political and military risk.

For Russia, the gain is disproportionate to the forces committed. Russian military police units, operating wheeled armoured vehicles such as the Tigr and supported by Orlan-10 reconnaissance drones, are few in number, but they give Moscow an arbiter's role over Turkish, Syrian government and Kurdish forces. Russia has already moved into positions vacated by US troops around Manbij and Kobani since mid-October, and footage released by Russian media has shown units occupying former American sites.

For the Syrian army, the deal provides a route back to the border for the first time since 2012, albeit under Russian supervision and in small numbers initially.

For the SDF, the memorandum confirms the loss of its most important urban centres on the central border strip and requires a further withdrawal it did not negotiate. Its fighters retain the M4 corridor south of the Turkish zone and the oil-producing areas of Deir ez-Zor, where the US has signalled it will keep some troops.

Friction points

Several ambiguities remain. The memorandum does not define how "YPG elements" will be distinguished from local SDF units or Asayish police, nor what happens to the Kurdish-led civil administration in towns such as Kobani, Amuda and Derbasiyah. Clashes between the SNA and Syrian government forces near Tal Tamr and Ain Issa were reported even as the talks took place, and the verification mechanism has not yet been spelled out.

The first test will be the expiry of the 150-hour window on 29 October, followed by the start of joint patrols. If those proceed without incident, the border could settle into a layered arrangement of Turkish, Russian and Syrian zones similar to that in Idlib - with the same risk of periodic breakdown.""" ),

dict(group=G9, published="2019-10-27", outlet="Levant Wire Service",
title="Islamic State leader Baghdadi killed in U.S. special forces raid in Syria, Trump says",
text="""WASHINGTON (LWS) - Islamic State leader Abu Bakr al-Baghdadi died during a raid by U.S. special forces in northwest Syria, blowing himself up with a suicide vest after being chased into a dead-end tunnel, President Donald Trump said on Sunday.

"Last night, the United States brought the world's number one terrorist leader to justice," Trump said in a televised address from the White House. "He died after running into a dead-end tunnel, whimpering and crying and screaming all the way."

Trump said Baghdadi detonated his vest, killing himself and three of his children, and that test results had confirmed his identity within about 15 minutes of the blast. No U.S. personnel were killed; a military dog was injured, he said.

The raid took place on Saturday night in Barisha, a village in Syria's Idlib province a few kilometres from the Turkish border, in an area held by jihadist groups opposed to Islamic State. U.S. helicopters flew from a base in Iraq over territory controlled by Russia, Syria and Turkey, Trump said, thanking all three countries as well as Iraq and the Syrian Kurds for their help.

Residents in Barisha described a firefight lasting more than two hours. Images from the site showed a compound reduced to rubble.

Trump said U.S. forces had been watching Baghdadi for a couple of weeks and had taken "highly sensitive material and information" from the compound. Congressional leaders from the Democratic Party were not informed in advance, he said.

Mazloum Abdi, the commander of the Kurdish-led Syrian Democratic Forces, said intelligence cooperation with the United States had contributed to the operation. Turkey's defence ministry said it had exchanged information with U.S. military authorities before the raid.

Baghdadi, an Iraqi, declared a "caliphate" from the pulpit of a Mosul mosque in 2014. At its height, Islamic State ruled millions of people across Iraq and Syria and inspired or directed attacks in dozens of countries. It lost its last territory at Baghouz in eastern Syria in March.

The raid comes three weeks after Trump announced the pullback of U.S. forces from northeast Syria, a decision critics said would allow the militant group to regroup.

Turkey regards the YPG, the main component of the SDF, as an extension of the Kurdistan Workers Party (PKK), which has waged an insurgency inside Turkey since 1984 and is designated a terrorist organisation by Ankara, Washington and the European Union. The SDF, which Trump thanked on Sunday, was Washington's main ground partner in the campaign that ended Islamic State's territorial rule in Syria in March.

(Reporting by LWS correspondents in Washington and Beirut; writing by Claire Ostrow; editing by Mark Ferris)""" ),
]
