G11 = "turkey_captures_baghdadi_sister_near_azaz_2019_11_04"
G12 = "qamishli_triple_bombing_2019_11_11"

ARTICLES = [
dict(group=G11, published="2019-11-05", outlet="Anatolia Daily Herald",
title="Turkey nabs sister of slain Daesh ringleader al-Baghdadi in Syria's Azaz",
text="""ANKARA - Turkish security forces have captured the elder sister of slain Daesh ringleader Abu Bakr al-Baghdadi in northern Syria, according to security sources.

Rasmiya Awad, 65, was caught in an operation near the town of Azaz in Aleppo province on Monday, along with her husband and her daughter-in-law, the sources said, speaking on condition of anonymity due to restrictions on speaking to the media. Five children were also found with them.

The three adults are being interrogated, the sources added. Officials expect Awad, who is believed to have links to the terror group, to provide important information about the organization's inner structure.

Communications Director Fahrettin Altun hailed the capture in a tweet early Tuesday. "Turkey's fight against terror regardless of its ideology or origin continues unabated," he wrote, describing the arrest as the latest success of Turkey's counter-terrorism operations.

Altun also criticized what he called a propaganda campaign to cast doubt on Turkey's determination against Daesh, stressing that Turkey is one of the leading countries in the fight against the terror group.

Azaz has been under the control of the Syrian National Army since Operation Euphrates Shield in 2016 and is administered with the support of Turkey.

Al-Baghdadi was killed in a US military operation in Syria's northwestern Idlib province on Oct. 26, about five kilometers from the Turkish border. Turkey's National Defense Ministry said at the time that Turkish and US military authorities had exchanged information and coordinated ahead of the operation.

Interior Minister Suleyman Soylu has said Turkey will send captured foreign Daesh members back to their home countries, criticizing European countries for stripping terrorists of their citizenship.

Turkey was one of the first countries to declare Daesh a terrorist group in 2013. The country has since been targeted by the terror group in numerous bombings and armed attacks that killed hundreds of people.

Related
- Daesh terror suspects held in Istanbul operation
- Turkey to send Daesh members back to their countries: Soylu
Share this:""" ),

dict(group=G12, published="2019-11-11", outlet="Damascus Sentinel",
title="Civilians martyred and injured in terrorist car bomb explosions in Qamishli city",
text="""Hasaka, (Damascus Sentinel) - A number of civilians were martyred and others injured on Monday in the explosion of car bombs in the city of Qamishli in the northern countryside of Hasaka province.

Local sources told the Sentinel's correspondent that three car bombs went off almost at the same time in the city, two of them in the commercial area and near a hotel, while the third exploded in another neighbourhood near a church and a school.

According to preliminary information, seven civilians were martyred and more than 70 others were injured, some of them seriously, in the terrorist explosions, which also caused wide material damage to the shops, houses and cars in the area.

The injured were taken to the National Hospital in Qamishli and to other hospitals in the city, and the medical teams called on citizens to donate blood.

The explosions come within a series of terrorist attacks which the city has witnessed in the last period. On October 11, a car bomb exploded near a restaurant in the city, killing a number of civilians.

The terrorist attacks increased in the Jazeera region after the start of the Turkish regime's aggression on the Syrian territory on October 9, which the terrorist organisations exploited to reactivate their cells, while the Turkish forces and the mercenary groups loyal to them continue their attacks on the villages in the countryside of Ras al-Ain and Tal Tamr.

In another crime, armed terrorists shot dead on Monday an Armenian Catholic priest and his father on the road between Hasaka and Deir Ezzor, while they were heading to inspect the restoration works of a church in Deir Ezzor city, local sources said.

It is worth noting that under the understandings reached in October, units of the Syrian Arab Army and border guards have been deployed along large parts of the border with Turkey, from Manbij and Ain al-Arab to the countryside of Qamishli and al-Malikiyah.

Units of the Syrian Arab Army continue to deploy in the north of Hasaka and Raqqa provinces to protect the citizens and confront the Turkish aggression, and took positions in several villages in the countryside of Qamishli and Tal Tamr in recent days.

Exit mobile version

Related posts
- Army units deploy in new areas in Hasaka northern countryside
- Al-Jaafari: The Turkish regime is violating Syria's sovereignty under false pretexts""" ),

dict(group=G12, published="2019-11-12", outlet="Syria Relief Forum",
title="Press Release: Syria Relief Forum condemns Qamishli bombings, calls for protection of civilians in northeast",
text="""FOR IMMEDIATE RELEASE

Syria Relief Forum condemns Qamishli bombings, calls for protection of civilians in northeast Syria

Geneva, 12 November 2019 - The Syria Relief Forum, a network of humanitarian organisations working in Syria, strongly condemns the bombings that struck the city of Qamishli on Monday, 11 November, killing at least six civilians and wounding dozens more, according to initial reports from partners on the ground.

Two car bombs and an explosives-laden motorcycle detonated in the early afternoon in a busy market area and near a school and places of worship, causing extensive damage to shops and homes. Our partner organisations report that local hospitals, already stretched by the needs of people displaced by recent hostilities, received more than 20 injured people, several of them in critical condition.

Civilians in Qamishli have been living in fear for weeks. Markets, schools and churches must never be targets. The Forum calls on all parties to respect international humanitarian law and to allow medical teams to work safely.

The Forum also expresses its deep sorrow over the killing on the same day of an Armenian Catholic priest from Qamishli and his father, who were shot dead while travelling to Deir ez-Zor. The Islamic State group claimed responsibility for that attack.

Since the start of the Turkish military operation in northeast Syria on 9 October, some 180,000 people were displaced at the peak of hostilities, according to United Nations estimates, and many remain in collective shelters and camps. Damage to the Alouk water station has repeatedly cut water supplies to nearly 400,000 people in Hasakah city and surrounding areas.

The Syria Relief Forum urges:
- all parties to protect civilians and civilian infrastructure;
- donors to urgently fund the winter response for displaced families in Hasakah and Raqqa governorates;
- unimpeded humanitarian access across all lines of control.

About the Syria Relief Forum
The Syria Relief Forum brings together local and international non-governmental organisations providing health, water, shelter and protection services in Syria.

Media contact: press@syriarelief-forum.example

###""" ),
]
