from part1 import add

G9 = "sisi_cairo_declaration_2020_06_06"
add(G9, "2020-06-06", "Nile Gazette", "Sisi unveils \"Cairo Declaration\" for Libya, calls for ceasefire from Monday", """
Sisi unveils "Cairo Declaration" for Libya, calls for ceasefire from Monday

CAIRO - Nile Gazette - Saturday, 6 June 2020

President Abdel Fattah al-Sisi on Saturday announced a Libyan-Libyan initiative to end the conflict in Libya, dubbed the "Cairo Declaration", calling for a ceasefire across the country starting at 6 am on Monday, June 8.

Speaking at a press conference in Cairo alongside Libyan National Army commander Field Marshal Khalifa Haftar and House of Representatives Speaker Aguila Saleh, Sisi said the initiative is built on the outcomes of the Berlin conference and aims to restore the Libyan state's institutions.

The declaration calls for the withdrawal of foreign mercenaries from all Libyan territory, the dismantling of militias and the handover of their weapons so that the LNA, together with the security services, can carry out their responsibilities. It also proposes the election of a new presidential council representing Libya's three regions - Cyrenaica, Tripolitania and Fezzan - under UN supervision, and the fair distribution of oil wealth.

Sisi warned that any party insisting on a military solution would be making a grave mistake, describing Libya's security as inseparable from Egypt's national security and stressing that Egypt would not allow the continuation of foreign interference that threatens the region.

Haftar said the LNA accepted the initiative and called on the international community to pressure Turkey to stop sending weapons and mercenaries. Aguila Saleh said the declaration gives all Libyans an opportunity to end the bloodshed.

The initiative comes days after LNA forces repositioned outside Tripoli and Tarhuna in response to international calls for a truce, and amid what Cairo describes as a dangerous escalation by Turkey, which has sent thousands of Syrian mercenaries to fight alongside the Tripoli militias.

Egypt has called on the UN Security Council and the international community to support the initiative. Egyptian foreign ministry sources said Cairo had informed several Arab and European capitals of its contents ahead of the announcement.

There was no immediate comment from the Tripoli-based Government of National Accord.

Related stories
- Shoukry, Lavrov discuss Libya in phone call
- Egypt's COVID-19 cases: health ministry update
- Egyptian tribes: Libya's security is our security

Advertisement | Newsletter: get the Nile Gazette daily brief
""")

add(G9, "2020-06-07", "RusInform Agency", "Egypt proposed initiative on settlement in Libya; Tripoli rejected it", """
CAIRO, 7 June - RusInform. The president of Egypt Abdel Fattah as-Sisi on Saturday announced a new initiative on the settlement of the Libyan crisis, which foresees the ceasefire from 8 June, the withdrawal of foreign mercenaries from the country and the formation of the new united leadership, reports the agency's correspondent.

The initiative, named "Cairo declaration", was presented by Sisi at a joint press conference with the commander of the Libyan national army Khalifa Haftar and the speaker of the House of Representatives Agila Salekh. According to the document, the ceasefire must start at 6:00 on Monday, 8 June. It proposes also the election of a presidential council by the representatives of the three historical regions of Libya and the disarmament of armed formations.

Representatives of the Government of National Accord (GNA) of Libya in Tripoli declared that they do not need new initiatives. The chairman of the Supreme Council of State Khaled al-Mishri, allied with the GNA, stated that Haftar is trying to get time after military defeats, and that the initiative came only after his forces lost positions near Tripoli.

Earlier the forces of GNA, supported by Turkey, announced the full control over the Tripoli region and on Friday took the city of Tarhuna, which the LNA used as main base in the offensive on the capital. GNA forces then announced the beginning of an operation in the direction of the city of Sirte.

The Russian side, as stated by Moscow earlier, advocates an immediate ceasefire and the continuation of the political process on the basis of the decisions of the Berlin conference. Russia maintains contacts with all sides of the Libyan conflict.

The Libyan National Army since April 2019 conducted an offensive on Tripoli. On 13 January in Moscow passed negotiations between the parties, after which Haftar left without signing the agreement on ceasefire. In Berlin on 19 January the participants of the international conference undertook to observe the arms embargo.

Read also: Russian Foreign Ministry calls on Libyan sides to stop fighting
""")

add(G9, "2020-06-07", "The Northern Chronicle", "Egypt's Libya peace plan greeted with scepticism as Tripoli forces press east", """
Egypt's Libya peace plan greeted with scepticism as Tripoli forces press east

By our Cairo correspondent

Egypt has launched a peace initiative for Libya that would freeze the conflict at a moment when its ally, Khalifa Haftar, is in retreat - a timing that drew immediate scorn from the UN-recognised government in Tripoli and its Turkish backers.

Standing beside Haftar and Aguila Saleh, the speaker of the eastern-based parliament, President Abdel Fattah al-Sisi on Saturday unveiled what he called the Cairo Declaration. It calls for a nationwide ceasefire from 6am on Monday, the departure of foreign fighters, the disbanding of militias and the handing over of their weapons, and a new presidential council chosen by representatives of Libya's three historical regions, with elections to follow.

Sisi presented the plan as a continuation of the Berlin process and warned that Egypt regards Libya's security as part of its own. For Cairo, the nightmare is a Turkish-backed government, with Turkish bases, along its 700-mile western border.

The response from Tripoli was swift. Khaled al-Mishri, head of the High Council of State, an advisory body allied to the Government of National Accord, said Libya did not need new initiatives and that Haftar was seeking a lifeline after defeat. GNA commanders said they would continue their advance toward Sirte, the central coastal city Haftar's forces seized in January, and Jufra air base.

Their confidence is understandable. In the space of three weeks, with Turkish drones, air defences and, according to monitors, thousands of Syrian fighters recruited by Ankara, the GNA has retaken al-Watiya air base on 18 May, declared Greater Tripoli secure on Thursday and on Friday captured Tarhuna, the town that served as Haftar's main base for the 14-month assault on the capital.

Western reactions were cautious. Diplomats welcomed any call for a ceasefire but noted that it was announced by one side and its patron. The UN mission has been trying to revive talks between military officers from both camps under the "5+5" format agreed in Berlin in January.

Russia, which has backed Haftar through the Wagner group of private contractors, has said it supports an immediate ceasefire. Last month the US military's Africa Command accused Moscow of sending fighter jets to Libya via Syria, a charge Russia has dismissed.

Haftar's position within his own camp also appears weaker. Aguila Saleh, whose own political roadmap was published in April, stood at the Egyptian president's side on Saturday; some analysts read the arrangement as Cairo placing greater weight on the speaker at the field marshal's expense.

The question now is whether the GNA and Turkey push for Sirte, the gateway to Libya's oil crescent. Egyptian officials have made clear that would be viewed in Cairo as a serious escalation.
""")

G10 = "airstrikes_hit_al_watiya_base_2020_07_05"
add(G10, "2020-07-05", "Mediterranean Press Agency", "FLASH: Unidentified warplanes strike Libya's al-Watiya air base", """
TRIPOLI (MPA) - Unidentified warplanes struck al-Watiya air base in western Libya overnight, a military source with the Tripoli-based government said on Sunday, in the first attack on the base since government forces backed by Turkey captured it in May.

The source said the strikes hit equipment recently brought to the base, including air defence systems, and caused no casualties. Residents of nearby towns reported hearing explosions during the night.

There was no immediate comment from Turkey, whose defence minister Hulusi Akar visited Tripoli on Friday and Saturday. A commander aligned with Khalifa Haftar's Libyan National Army told a pro-LNA television channel that more strikes would follow.

More to follow.
""")

add(G10, "2020-07-05", "Arab Horizon Net", "Mysterious aircraft bomb Al-Watiya base after the visit of the Turkish defence minister", """
Home » Arab World » Libya

Mysterious aircraft bomb Al-Watiya base after the visit of the Turkish defence minister

Arab Horizon - Tripoli - Sunday 5 July 2020

Warplanes of unknown identity carried out at dawn of today Sunday air strikes on the Al-Watiya air base (Uqba bin Nafi) in the west of Libya, which is under control of the forces of the Government of National Accord since May last, according to military and local sources.

Local sources in the region of Al-Jabal Al-Gharbi said that they heard the sound of strong explosions coming from the direction of the base, and that the aircraft carried out about nine raids, while other sources spoke about only three raids. A military source in the Al-Wefaq forces confirmed the attack, and said that the bombing targeted "air defense systems and equipment that were brought recently to the base" without human losses.

Media close to the Libyan National Army said that the strikes destroyed Turkish air defense systems of type "Hawk" and radar and electronic jamming equipment, and they published pictures said to be from the site, which could not be verified. The General Command did not declare officially its responsibility, while a military official said the army "will not allow Turkey to build bases on the Libyan land".

The attack comes hours after the end of the visit of the Turkish Minister of Defense Hulusi Akar and the Chief of General Staff Yasar Guler to Tripoli, where they met the head of the Presidential Council Fayez al-Sarraj and inspected the Turkish forces, and the visit was considered a message of support before the expected battle of Sirte.

Activists close to the Al-Wefaq accused the Emirates of carrying out the raids by aircraft of type "Mirage" which took off from an Egyptian base, and that is what was not possible to confirm from an independent source. Turkey did not comment until the moment of writing the news.

It is worth mentioning that the forces of Al-Wefaq controlled the Al-Watiya base in the 18th of May last with Turkish support, and reports talked about Ankara's intention to make it a permanent air base. It is also worth mentioning that the Egyptian President Abdel Fattah al-Sisi had declared last month that the line of Sirte and Jufra is a "red line" for the national security of Egypt.

Read also:
- Sisi: the Sirte-Jufra line is a red line
- Oil closure continues for the sixth month
- Coronavirus: new cases in Misrata and Sabha

Share: Facebook Twitter WhatsApp Telegram
""")

add(G10, "2020-07-06", "Defence Horizons Review", "Al-Watiya strike: what we know about the raid on Turkey's Libyan air defences", """
Al-Watiya strike: what we know about the raid on Turkey's Libyan air defences

DEFENCE HORIZONS REVIEW - Air power / Middle East & Africa - 6 July 2020

In the early hours of Sunday 5 July, unidentified combat aircraft struck al-Watiya air base in north-western Libya, which forces of the Government of National Accord (GNA) captured from the Libyan National Army (LNA) seven weeks ago with decisive Turkish support. It is the most serious attack on Turkish-operated assets in Libya since Ankara's deployment began in January, and it raises uncomfortable questions about the limits of Turkey's air-defence umbrella.

What was hit

A GNA military source quoted by Turkish state media said the strikes targeted equipment recently brought to reinforce the base, including an air-defence system, and caused no casualties. LNA-aligned outlets went further, claiming that a MIM-23 Hawk medium-range surface-to-air missile battery and a Koral electronic warfare system were destroyed. Neither claim can be independently verified: commercial satellite imagery released on Sunday was partly obscured by cloud over the areas where the Hawk components were believed to be positioned. Reports of the number of sorties range from three to nine.

Who did it

No state has claimed the raid. LNA officials hinted at responsibility without claiming it directly; the LNA's own air arm, made up largely of ageing Soviet-era jets, is not generally assessed as capable of a precision night strike against a defended base. GNA-aligned activists accused the UAE of flying Mirage 2000-9s from Sidi Barrani in western Egypt; Abu Dhabi has not commented. Others pointed to the MiG-29s and Su-24s that US Africa Command said in May had been flown to Libya from Russia via Syria, though there is no evidence these were involved.

Timing

The strike came immediately after a visit to Tripoli by Turkish Defence Minister Hulusi Akar and Chief of the General Staff Gen. Yasar Guler on 3-4 July. Unconfirmed reports that Akar was still at al-Watiya during the raid have not been substantiated. Either way, the symbolism was unmistakable.

Why it matters

Turkey had been expected to turn al-Watiya into its main air hub in Libya, potentially hosting F-16s or more drones to support a push toward Sirte and Jufra. Egypt's President Sisi declared on 20 June that any advance on the Sirte-Jufra line would cross a "red line". The raid signals that the LNA's backers are willing to contest Turkish air superiority in western Libya directly, and that a single Hawk battery - a 1960s design, however upgraded - is not sufficient to protect a large base.

Expect Ankara to respond by reinforcing al-Watiya with more modern systems, and expect more strikes if it does not. The risk of a direct clash between regional air forces over Libya has risen sharply.
""")
