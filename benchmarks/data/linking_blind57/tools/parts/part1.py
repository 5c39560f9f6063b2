# Part 1: Operation Peace Storm (Mar 25), Wagner pull-back (May 24), AFRICOM jets (May 26)

# Reused wire boilerplate (Meridian Wire Service)
MWS_BG_SPLIT = (
    "Libya has had no stable central authority since a NATO-backed uprising toppled "
    "Muammar Gaddafi in 2011. Since 2014 the country has been divided between rival "
    "administrations in Tripoli and the east, each backed by armed groups and foreign powers."
)
MWS_BG_OFFENSIVE = (
    "Khalifa Haftar's eastern-based Libyan National Army (LNA) launched its offensive on "
    "Tripoli in April 2019. It has been backed by the United Arab Emirates, Egypt and Russia, "
    "while Turkey has sent the internationally recognised Government of National Accord (GNA) "
    "drones, air-defence systems, military advisers and Syrian fighters."
)

# Reused Ankara Daily Dispatch boilerplate
ADD_BG = (
    "Libya has been split between two centres of power since the toppling of Muammar Gaddafi "
    "in 2011: the legitimate government in Tripoli, which is recognised by the United Nations, "
    "and the illegitimate militia of warlord Khalifa Haftar in the east, which enjoys the support "
    "of the UAE, Egypt, France and Russia."
)
ADD_BG_MOU = (
    "In November last year Ankara and Tripoli signed two memoranda of understanding, one on "
    "security and military cooperation and one on maritime jurisdiction in the Eastern "
    "Mediterranean. The Turkish parliament authorised a troop deployment to Libya in January."
)

ARTICLES = [
# ---------------------------------------------------------------- E1 Peace Storm
dict(
group="gna_launches_operation_peace_storm_2020_03_25",
published="2020-03-25",
outlet="Meridian Wire Service",
title="Libya's Tripoli government launches 'Peace Storm' offensive, says it seized Watiya air base",
text=f"""TRIPOLI (MWS) - Forces loyal to Libya's internationally recognised government launched a new offensive against Khalifa Haftar's fighters west and south of the capital on Wednesday, calling it Operation Peace Storm and claiming to have taken the strategic al-Watiya air base near the Tunisian border.

Osama al-Juwaili, commander of the western military region for the Government of National Accord (GNA), said in a statement that his troops had "full control" of the base, about 140 km (85 miles) southwest of Tripoli, and had captured a number of fighters. The claim could not be independently verified.

The Libyan National Army (LNA), which has used Watiya as a launch pad for its campaign against the capital, denied losing the base. Its spokesman, Ahmed al-Mismari, said an attack on Watiya had been repelled and described it as a "desperate" attempt.

The GNA press office said the operation was a response to repeated LNA shelling of residential districts of Tripoli despite a humanitarian truce both sides had said they would respect so that the country could prepare for the coronavirus. At least five civilians were killed by rockets in the capital on Monday, according to local health officials, and a hospital in Ain Zara was hit on Tuesday.

Libya confirmed its first case of the coronavirus on Tuesday, raising fears about the ability of a health system battered by years of conflict to cope.

"We will not stand by idly," a GNA military spokesman said, adding that targets included supply lines and ammunition depots feeding the LNA's front south of the capital. Residents in the west of Tripoli reported hearing heavy artillery through the morning and drones over the coastal road towards Sabratha.

The United Nations mission in Libya (UNSMIL), which has been without a permanent envoy since Ghassan Salame stepped down earlier this month, has repeatedly urged both sides to silence their guns to allow authorities to tackle the pandemic.

{MWS_BG_SPLIT}

{MWS_BG_OFFENSIVE}

Haftar's forces reached the southern outskirts of Tripoli within days of starting their campaign but have been bogged down there for almost a year. More than 1,000 people have been killed, according to U.N. figures, and about 150,000 displaced.

Leaders of countries involved in the war pledged at a summit in Berlin in January to respect a U.N. arms embargo and stop interfering, but U.N. experts and diplomats say weapons have continued to pour in by air and sea.

Oil output has collapsed since tribes and groups allied to Haftar shut down most export terminals and fields in the east and south in mid-January, cutting the revenue the Tripoli government relies on to pay salaries.

(Reporting by MWS Tripoli and Cairo bureaux; Editing by Mark Hollis)"""
),
dict(
group="gna_launches_operation_peace_storm_2020_03_25",
published="2020-03-26",
outlet="Ankara Daily Dispatch",
title="Libyan premier Sarraj: Operation Peace Storm is response to Haftar's truce violations",
text=f"""ANKARA

Libya's Prime Minister Fayez al-Sarraj on Thursday said the government's newly launched Operation Peace Storm was a legitimate response to the continued attacks carried out by warlord Khalifa Haftar's militia on civilians in the capital Tripoli.

In a statement published by his media office, al-Sarraj said the Libyan army units had "carried out their duties efficiently" on Wednesday and that orders had been given to respond forcefully to the repeated attacks.

"We are a legitimate, civilian government that respects its obligations towards the international community, but we are committed first of all to our people," al-Sarraj said, stressing that the operation was conducted within the framework of the right to self-defence and the limits of international law.

He said the shelling of residential neighbourhoods had not stopped during the humanitarian truce announced last week to focus efforts on the coronavirus outbreak, and that the attacks showed Haftar's militia took the UN Security Council and the outcomes of the Berlin Conference lightly.

On Wednesday, government forces took control of several positions south and west of Tripoli, including the al-Watiya air base, according to Osama al-Juwaili, the commander of the operation. The base is regarded as the most important military airfield in western Libya after Mitiga and had been held by Haftar's militia since 2014.

The Libyan army also said its drones targeted ammunition stores and armoured vehicles of the militia south of the capital and in Sirte, and that a cargo aircraft carrying weapons for the putschist forces had been hit. Haftar's spokesman claimed the attack on the air base had failed.

According to Libyan army sources, Haftar's militia fired dozens of Grad rockets on the Abu Salim, Salahuddin and Ain Zara neighbourhoods earlier this week, killing at least six civilians, including children.

Libya's UN envoy Taher al-Sunni also defended the operation, saying on Twitter that despite repeated calls for a ceasefire the "terrorist groups" continued to target civilians while the international community remained silent, and that the government could only "fight fire with fire."

{ADD_BG}

The Tripoli government has been under attack by Haftar's militia since April 4 last year. More than 1,000 people have been killed in the violence and international efforts to secure a lasting ceasefire have been undermined by the militia's violations.

{ADD_BG_MOU}

Turkish officials have repeatedly said that Ankara will continue to support the legitimate government until stability is restored in the country."""
),
dict(
group="gna_launches_operation_peace_storm_2020_03_25",
published="2020-03-27",
outlet="Airpower & Defence Review",
title="Peace Storm: Tripoli's counter-offensive leans on Turkish drones as Watiya claims go unverified",
text="""Analysis | Land & Air Operations | North Africa

The Government of National Accord's Operation Peace Storm, announced on 25 March, is the first declared offensive by Tripoli's forces since Khalifa Haftar's Libyan National Army (LNA) moved on the capital almost a year ago. Two days in, the operational picture remains murky, and competing claims about al-Watiya air base illustrate how hard it is to judge who holds what on Libya's western front.

WHAT WAS CLAIMED

The GNA's western region command said on Wednesday that its units had entered and secured Watiya (also spelt Wattiya or Uqba bin Nafi), the sprawling former Libyan Air Force base roughly 125-140 km southwest of Tripoli. By Thursday, pro-LNA media were circulating footage they said showed LNA units still inside the perimeter, and local sources described fighting around the approaches rather than a clean capture. Our reading is that GNA ground forces reached the base area and may have briefly penetrated it, but there is no evidence they were able to hold it.

Watiya matters because it is the only LNA-held air base in the far west capable of handling fast jets and larger transports, and it sits astride supply routes to the LNA's positions around Tripoli's southern suburbs and the towns of Sabratha and Surman.

THE DRONE FACTOR

What is clearer is the role of unmanned aircraft. Both GNA and LNA statements this week describe strikes on convoys, ammunition dumps and an airfield near Sirte. Tripoli's drone fleet is built around Turkish-supplied Bayraktar TB2s, which Ankara began deploying in significant numbers after the November 2019 security memorandum. The LNA, for its part, has relied on Chinese-made Wing Loong II drones widely reported by UN experts to be operated with Emirati support, as well as Russian-made Pantsir-S1 air-defence systems.

Pro-GNA accounts claim several LNA aircraft destroyed in the first 48 hours; the LNA says it shot down Turkish drones. Neither side has offered verifiable evidence, and the UN Panel of Experts has repeatedly cautioned that both sides inflate such tallies.

CONTEXT: A TRUCE THAT NEVER WAS

Peace Storm was launched days after both camps said they welcomed UN calls for a humanitarian pause to face the coronavirus. The GNA says the operation answers rocket fire that killed civilians in Tripoli on 23 March; the LNA says it is the victim. Libya recorded its first confirmed COVID-19 case on 24 March.

The Berlin conference of 19 January produced commitments to respect the UN arms embargo. Flight-tracking data and ship movements monitored since then suggest that commitment has been ignored by several of the signatories, with cargo flights continuing into eastern Libya and Turkish naval transports calling at Tripoli and Misrata.

OUTLOOK

Peace Storm appears designed less as a single decisive push than as a campaign of attrition against the LNA's long western supply lines: strikes on the road from Watiya and Jufra, combined with probing ground attacks. If Tripoli's drones can keep hitting logistics while Turkish-supplied air defence protects Mitiga and Misrata, the LNA's position around the capital could become harder to sustain over the coming months. If the LNA's air-defence umbrella holds, the front may settle back into the grinding stalemate of the last year.

We will update this assessment as verified imagery becomes available."""
),
# ---------------------------------------------------------------- E2 Wagner withdrawal
dict(
group="wagner_fighters_withdraw_from_tripoli_front_2020_05_24",
published="2020-05-24",
outlet="Tripoli Free Voice",
title="Wagner mercenaries flee southern Tripoli, flown out of Bani Walid to Jufra",
text="""Russian mercenaries of the Wagner Group who fought alongside warlord Khalifa Haftar's militias south of Tripoli have retreated from the front lines and were flown out of Bani Walid airport on Sunday, the town's mayor said.

Salem Alaywan, head of the Bani Walid municipal council, told local television that the Russians arrived at the town's airport with their heavy weapons and vehicles after pulling back from the southern suburbs of the capital. He said they left on three military planes bound for the Jufra air base in central Libya, while their vehicles were driven south by road.

Video shared by residents on social media showed men in fatigues boarding a large cargo aircraft, with a Pantsir air-defence system parked on the apron, apparently to protect the plane.

Alaywan said the town's elders had made clear that Bani Walid would not accept the presence of foreign mercenaries on its land and had set a deadline for them to leave.

A spokesman for the Burkan al-Ghadab (Volcano of Rage) operation said the withdrawal confirmed the collapse of the aggression against the capital. "The mercenaries who came to kill Libyans are running away," he said, adding that government forces were advancing in Salahuddin, Ain Zara and Khallat al-Furjan as the militias abandoned positions.

Haftar's militias announced on Wednesday that they would pull back two to three kilometres from all fronts around Tripoli as what they called a humanitarian gesture for Eid al-Fitr, which began on Sunday. Army commanders in Tripoli said the move was a cover for a retreat after heavy losses.

The retreat comes less than a week after the Libyan army recaptured the al-Watiya air base on May 18, the last important stronghold of the militias in the west, following weeks of drone strikes on their supply lines under Operation Peace Storm, launched in March.

Turkish President Recep Tayyip Erdogan said earlier this year that more than 2,000 Wagner fighters were in Libya. The Kremlin has always denied any link to the company, which is associated with Yevgeny Prigozhin, a businessman close to President Vladimir Putin.

Interior Minister Fathi Bashagha said last week that Russian warplanes had been flown into Libya from Syria to support the militias, a claim Moscow has not addressed.

Bani Walid, home to the Warfalla, one of Libya's largest tribes, has tried to stay out of the war, and its elders have long insisted that the town would not be used as a base by either side. Residents said Sunday's departure ended several tense days in which convoys of foreign fighters and armoured vehicles passed through the town.

Military sources said drones had destroyed several Russian-made Pantsir air-defence systems in recent days around al-Watiya and Tarhuna, leaving the militias exposed. Tarhuna, 90 km southeast of the capital, is now the last significant stronghold of Haftar's forces in the west, and commanders say operations to free it are being prepared.

Share this:
Facebook
Twitter
WhatsApp

Related
Watiya liberated: army says last militia base in west has fallen
Bashagha: Russian jets arrived from Hmeimim"""
),
dict(
group="wagner_fighters_withdraw_from_tripoli_front_2020_05_24",
published="2020-05-25",
outlet="The Northern Chronicle",
title="Russian mercenaries pull back from Tripoli as Haftar's campaign unravels",
text="""Hundreds of Russian contractors who spearheaded Khalifa Haftar's assault on the Libyan capital have abandoned their positions south of Tripoli, in the clearest sign yet that the eastern commander's 13-month campaign is falling apart.

Columns of vehicles were filmed over the weekend driving south from the capital's outskirts towards Bani Walid, a desert town about 150 km (95 miles) to the southeast. On Sunday, the town's mayor, Salem Alaywan, said the fighters had been flown onward to the Jufra air base in central Libya aboard three military aircraft, taking artillery and other heavy equipment with them.

Officials of the UN-recognised Government of National Accord (GNA) put the number of departing fighters at between 1,500 and 1,600, a figure that includes Syrian recruits brought in to fight for Haftar. Other estimates are lower. It is not clear whether the contractors are leaving Libya or simply regrouping further from the reach of Turkish drones.

The men belong to the Wagner Group, a private military company linked to Yevgeny Prigozhin, a St Petersburg catering magnate close to Vladimir Putin. Wagner's snipers and artillery spotters arrived on the Tripoli front last autumn and were credited by diplomats with helping Haftar's Libyan National Army (LNA) edge forward into the capital's southern districts. Their presence was one of the main reasons Turkey gave for its decision to intervene on the government's side in January.

Moscow has consistently denied that the Russian state is involved in the fighting. Mr Putin said at the Berlin peace summit in January that any Russians in Libya did not represent the government and were not paid by it.

The retreat follows a dramatic reversal of fortunes. A month ago the LNA still encircled Tripoli from the south and west. Since then, a campaign of Turkish-supplied drone strikes has cut its supply lines, pro-government forces retook a string of coastal towns in April and, on May 18, captured al-Watiya air base, the LNA's main hub in the west. On Wednesday, the LNA announced it would pull back by two to three kilometres around the capital, presenting the move as a gesture for the Eid holiday, which began on Sunday.

Diplomats who follow Libya have long argued that the Russian contractors were the backbone of the LNA's positions south of the capital, and that without them Haftar's forces lack the trained infantry to hold the lines they took last year.

The withdrawal leaves the LNA holding Tarhouna, a town 90 km southeast of Tripoli that has been its main rear base in the west, and scattered positions along the road south to Jufra. Analysts expect the government to push on Tarhouna next.

It also raises questions about what Moscow wants from Libya. Diplomats note that Russia has kept channels open to both sides, hosting talks in January between Haftar and Fayez al-Sarraj, the government's prime minister, from which Haftar walked out without signing. Some analysts believe Russia may be content to see the front line settle further east, so long as its contractors keep a foothold in central Libya and near the oilfields.

Libya has been in turmoil since Muammar Gaddafi was overthrown in 2011. The country's oil output, which funds almost the entire state budget, has fallen by more than 90 percent since January, when tribes aligned with Haftar closed the main export terminals in the east.

More than 1,000 people have been killed and 200,000 displaced since Haftar launched his offensive in April 2019, according to the UN, which has been led in Libya by an acting envoy, Stephanie Williams, since Ghassan Salame's resignation in March."""
),
dict(
group="wagner_fighters_withdraw_from_tripoli_front_2020_05_24",
published="2020-05-25",
outlet="Haber Ekspres Dünya",
title="Russian mercenary Wagner withdrawn from Tripoli front, carried with plane from Bani Walid to Cufra",
text="""Haber Ekspres Dünya | Dünya | 25.05.2020 - 11:42

Libya National Accord Government (UMH) against the putschist Hafter militias fighting Russian mercenary company Wagner elements, have withdrawn from the south of capital Tripoli front, was reported.

Mayor of Bani Walid city Salim Alaywan, to local television channel made statement, said that the Wagner mercenaries with heavy weapons first came to the Bani Walid airport which is 150 kilometer southeast of Tripoli. Alaywan, mercenaries from here with three military aircraft were carried to the Cufra (Jufra) air base in centre of country, the vehicles also were sent with land road, he said.

Social media shared images in, the Russian fighters big cargo plane boarding and a Pantsir air defence system on airport is seen.

UMH army Burkan al-Gadab operation spokesman Muhammed Gununu, the Wagner mercenaries number 1,500 with 1,600 between, they left the western region, declared. However the where they go exactly is not known.

Putschist Hafter militias last Wednesday, with excuse of Ramazan Bayramı (Eid) "humanitarian" reasons, from Tripoli fronts 2-3 kilometer withdrawal announced. UMH officials, this retreat the defeat hiding attempt is, said.

Libya army on 18 May, the Vatiyye (Watiya) air base, which is the most strategic base of the west, took from the putschists. Thus the Tripoli government, on 26 March started Barış Fırtınası (Peace Storm) operation with the important gain made.

Turkey President Recep Tayyip Erdoğan earlier this year, in Libya more than 2 thousand Wagner mercenaries fighting for Hafter, had said. Russia, Wagner with state connection always denies.

Also last week Libya Interior Minister Fethi Başağa, from Syria Hmeymim base Russian warplanes Libya to arrived, claimed. Başağa according to, at least 6 MiG-29 and 2 Su-24 planes came.

Libya, in 2011 Muammer Kaddafi overthrown after, the east and west two separate management divided. Tripoli based UMH the only legitimate government recognized by UN, Hafter side is supported by BAE (UAE), Egypt, France and Russia.

Bani Velid, Libya biggest tribes from Verfelle (Warfalla) tribe center is. City notables, war in neutral stay want and mercenaries the city in staying accept will not, announced. Local sources according to, mercenaries for Sunday afternoon until deadline was given.

UMH forces, the last weeks in Türk SİHA (armed drones) support with, Hafter militias supply lines hit. Especially Russian made Pantsir air defence systems many destroyed, was reported. Tripoli south in Salahaddin, Ayn Zara and Hallet el-Furcan fronts in, UMH army advance continues.

Analysts, Wagner withdrawal Hafter for heavy blow is, evaluate. Mercenaries, last autumn Tripoli front arrived, sniper and artillery with militias advance supported had. Now the putschists, Terhune (Tarhuna) and around positions in alone stayed.

Russia President Vladimir Putin, January in Berlin conference in, Libya in Russian citizens are if, they Russian state represent not and state from money take not, had said. Moscow, Wagner with connection always rejects.

ETİKETLER: Libya, Wagner, Hafter, Trablus, Bani Velid

Paylaş
Tweet
Exit mobile version"""
),
# ---------------------------------------------------------------- E3 AFRICOM jets
dict(
group="africom_says_russian_jets_flown_to_jufra_2020_05_26",
published="2020-05-26",
outlet="Meridian Wire Service",
title="U.S. military says Russia flew fighter jets to Libya to back Wagner mercenaries",
text=f"""WASHINGTON/TRIPOLI (MWS) - The U.S. military accused Russia on Tuesday of deploying fighter aircraft to Libya to support Russian private military contractors fighting for eastern commander Khalifa Haftar, and released photographs it said showed the jets.

U.S. Africa Command (AFRICOM) said in a statement that the aircraft, MiG-29 fighters and Su-24 attack jets, had flown from an air base in Russia to Syria, where they were repainted to hide their Russian markings, before arriving in Libya. It said the jets were now at al-Jufra air base in central Libya and were likely to provide close air support and offensive fire for the Wagner Group.

"For too long, Russia has denied the full extent of its involvement in the ongoing Libyan conflict. Well, there is no denying it now," said General Stephen Townsend, AFRICOM's commander. "We watched as Russia flew fourth-generation jet fighters to Libya - every step of the way."

Townsend said neither Haftar's Libyan National Army (LNA) nor private contractors could arm, operate and sustain such aircraft without state support, "support they are getting from Russia."

AFRICOM said that if Russia secured bases on Libya's coast it could deploy long-range air-defence systems there, creating security concerns for Europe's southern flank.

A senior Russian lawmaker, Andrei Krasov of the lower house's defence committee, told the Interfax news agency the report did "not correspond to reality." There was no immediate comment from the LNA.

Fathi Bashagha, interior minister in the Tripoli-based Government of National Accord (GNA), said last week that at least six MiG-29s and two Su-24s had arrived in Libya from Russia's Hmeimim base in Syria. Days later, the commander of the LNA's air force threatened to launch what he called the biggest air campaign in Libyan history against Turkish targets.

The U.S. statement comes a day after officials in the town of Bani Walid said hundreds of Russian contractors had been flown to Jufra after retreating from the front lines south of Tripoli, where the LNA has suffered a string of defeats in recent weeks, including the loss of al-Watiya air base on May 18.

{MWS_BG_SPLIT}

{MWS_BG_OFFENSIVE}

The Kremlin has previously said any Russians fighting in Libya do not represent the Russian state. A U.N. panel of experts has said Wagner personnel have operated in the country since at least 2018.

(Reporting by MWS Washington and Tripoli bureaux; Editing by Dana Reyes)"""
),
dict(
group="africom_says_russian_jets_flown_to_jufra_2020_05_26",
published="2020-05-26",
outlet="Novosti Global",
title="Duma deputy rejects US Africa Command claim that Russian warplanes were sent to Libya",
text="""[ad_1]

MOSCOW, May 26 (Novosti Global) - US Africa Command's statement that Russia deployed combat aircraft to Libya "does not correspond to reality", Andrei Krasov, first deputy chairman of the State Duma defence committee, said on Tuesday.

AFRICOM earlier on Tuesday published photographs which it said showed MiG-29 and Su-24 aircraft that had flown from Russia via Syria to the Jufra airfield in Libya to support a private military company.

"Russia's position is well known: we are in favour of ending the bloodshed in Libya and call on all parties to sit down at the negotiating table," Krasov said.

Moscow has repeatedly stressed that it maintains contacts with both the Government of National Accord in Tripoli and the Libyan National Army of Marshal Khalifa Haftar and supports a political settlement under the decisions of the Berlin conference.

[ad_2]"""
),
dict(
group="africom_says_russian_jets_flown_to_jufra_2020_05_26",
published="2020-05-28",
outlet="Airpower & Defence Review",
title="MiG-29s at al-Jufra: reading AFRICOM's case against Moscow",
text="""Analysis | Air Forces | Libya

US Africa Command's 26 May statement accusing Russia of deploying fighter aircraft to Libya was unusually blunt, and the supporting material released over the following 48 hours was unusually detailed for a US combatant command. Taken together, it adds up to the most specific public account yet of Russian state-level military support to Khalifa Haftar's Libyan National Army (LNA).

THE TIMELINE

According to AFRICOM's initial release and a series of follow-up posts on 27 May, MiG-29 Fulcrum and Su-24 Fencer aircraft bearing Russian Aerospace Forces markings left Russia over several days in May and landed at Hmeimim, Russia's air base near Latakia in Syria. There, the command says, the MiG-29s were repainted and re-emerged without national markings. The aircraft were then flown across the eastern Mediterranean, escorted by Russian fighters based in Syria, and landed first near Tobruk in eastern Libya to refuel.

AFRICOM says at least 14 of the newly unmarked aircraft were then delivered to al-Jufra air base, the LNA's main forward airfield in central Libya, roughly 500 km southeast of Tripoli. The command stated that the aircraft were flown by Russian military personnel and assessed that they were likely to provide close air support and offensive fires for Wagner Group contractors.

The imagery released is of modest resolution, showing a MiG-29 on the ground and in flight, but AFRICOM's confidence about the transit route suggests it has been tracking the movements with a range of sensors.

WHY JUFRA

Jufra has served the LNA since 2017 as a hub for resupply flights and as the staging point for its southern and western operations. Its runways and hardened shelters can handle fast jets, and its distance from the coast puts it well beyond the effective range of the Turkish-supplied TB2 drones operating from Misrata and Mitiga, at least for now. On 24 May, Wagner personnel withdrawing from the Tripoli front were reported to have been flown to Jufra from Bani Walid.

The deployment appears timed to the LNA's collapse in the west. After the fall of al-Watiya air base on 18 May, the LNA lost its only fast-jet base within easy reach of the capital. Days before AFRICOM's announcement, GNA interior minister Fathi Bashagha said six MiG-29s and two Su-24s had arrived, and the LNA air force commander promised an imminent air campaign against Turkish positions.

WHAT IT CHANGES

Fourth-generation fighters give the LNA's backers a way to contest the drone advantage that has carried the GNA's counter-offensive. MiG-29s can intercept medium-altitude drones; Su-24s can deliver unguided and guided bombs against ground forces in the open desert around Sirte and Jufra.

But the aircraft also need a sophisticated maintenance and munitions chain. "Neither the LNA nor PMCs can arm, operate and sustain these fighters without state support," AFRICOM's commander, Gen Stephen Townsend, said. That is the political heart of the accusation: it moves the debate from deniable contractors to the Russian state.

AFRICOM's intelligence director, Brig Gen Gregory Hadfield, went further, warning that Russian basing on Libya's coast could be followed by long-range anti-access and area-denial systems, a concern that resonates in NATO capitals already watching Russia's build-up at Tartus and Hmeimim.

RUSSIAN RESPONSE

Moscow's response has been limited to denials from parliamentarians, including the State Duma defence committee's Andrei Krasov, who said the claim did not correspond to reality. The Russian defence ministry has not commented. Neither has the LNA, which in the past has presented its air arm as built from refurbished Libyan Air Force stock.

WATCH POINTS

Key indicators over the coming weeks will be whether the aircraft are observed flying combat missions, whether Turkish air defences are pushed forward towards Sirte, and whether Egypt, whose western air bases sit within ferry range of Jufra, is drawn into the support chain. Any of these would move Libya's war further from a proxy conflict fought with drones and contractors towards a direct confrontation between foreign air forces."""
),
dict(
group="africom_says_russian_jets_flown_to_jufra_2020_05_26",
published="2020-05-26",
outlet="MENA Daily Briefing",
title="Live: US says Russian warplanes in Libya; Iraq, Lebanon updates",
text="""MENA Daily Briefing - Tuesday, 26 May - LIVE

18:52 GMT - US Africa Command says Russia has sent fighter jets to Libya
AFRICOM says MiG-29 and Su-24 aircraft flew from Russia to Syria, were repainted to hide their markings and then went on to al-Jufra air base in Libya, where they are likely to support Wagner mercenaries backing Khalifa Haftar. Gen. Stephen Townsend: "there is no denying it now." Moscow has not officially responded; a Duma deputy called the report untrue.

17:30 GMT - Yesterday's Bani Walid story, recap: local officials said Russian contractors retreating from south Tripoli were flown out to Jufra on Sunday.

16:05 GMT - Iraq announces new curfew hours for Eid period.

14:40 GMT - Lebanon: parliament session on amnesty law postponed.

We'll keep updating this page."""
),
]
