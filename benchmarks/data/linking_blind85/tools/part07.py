# Event: africom_accuses_russia_of_sending_jets_to_libya_2020_05_26
G = "africom_accuses_russia_of_sending_jets_to_libya_2020_05_26"

ARTICLES = [
dict(group=G, published="2020-05-26", outlet="Global Statements Desk",
title="U.S. Africa Command: Russia has deployed military fighter aircraft to Libya",
text="""Global Statements Desk | Official releases as issued | Defence & Security

Issuer: U.S. Africa Command (USAFRICOM), Public Affairs
Location: Stuttgart, Germany
Date: May 26, 2020
Subject: Russian fighter aircraft deployed to Libya

SUMMARY OF RELEASE

U.S. Africa Command stated on Tuesday that Russia recently deployed military fighter aircraft to Libya in order to support Russian state-sponsored private military contractors operating on the ground there.

According to the command's assessment, the aircraft flew from an airbase in Russia and stopped in Syria, where they were repainted to camouflage their Russian origin, before arriving at al-Jufra airbase in central Libya. The command released several photographs which it said showed MiG-29 and Su-24 aircraft at Jufra and in transit.

The command assessed that the aircraft are likely to provide close air support and offensive fires for the Wagner Group, which it describes as a Russian government-supported private military company fighting alongside the forces of Khalifa Haftar's Libyan National Army (LNA) against the Government of National Accord (GNA).

STATEMENTS ATTRIBUTED TO GEN. STEPHEN TOWNSEND, COMMANDER, USAFRICOM

Gen. Townsend said Russia had for too long denied the full extent of its involvement in the Libyan conflict and that there was now "no denying it". He said the command had watched the fourth-generation jet fighters being flown to Libya "every step of the way".

He said neither the LNA nor private military companies could arm, operate and sustain these fighters without state support, and that this support was coming from Russia. He compared Russian activity in Libya with what he had observed in Syria, where, he said, Moscow expanded its military footprint with the help of government-supported mercenary groups such as Wagner.

The commander also referred to public statements by the LNA that it was about to launch a large-scale air campaign, and said it would be Russian mercenary pilots flying Russian-supplied aircraft to carry it out.

CONTEXT PROVIDED BY THE ISSUER

The release states that Russia is seeking to tip the balance of the conflict in its favour, and warns that a permanent Russian military presence on Libya's coast, including long-range air defence, would create security concerns for Europe's southern flank.

The command said Russia's actions prolong the conflict and worsen the humanitarian situation and the migration crisis affecting Europe.

BACKGROUND (Global Statements Desk)

On May 21, the interior minister of the GNA, Fathi Bashagha, said at least six MiG-29s and two Su-24s had flown into eastern Libya from the Russian-operated Hmeimim airbase in Syria. On the same day the commander of the LNA's air force, Saqr al-Jaroushi, announced what he called the largest air campaign in Libyan history and said Turkish positions were legitimate targets.

Russian officials have repeatedly denied that Moscow has military personnel in Libya. President Vladimir Putin said in January that any Russian citizens who might be in the country were not there on behalf of the Russian state.

Media contact details withheld. This summary is prepared by Global Statements Desk from material published by the issuer. Full text and images are available from the issuer's website.

###"""),

dict(group=G, published="2020-05-27", outlet="Vostok News International",
title="Russian lawmakers reject US claims of fighter jets sent to Libya",
text="""MOSCOW, May 27 (VNI) - Russian lawmakers on Wednesday rejected claims by the US military that Moscow had deployed fighter aircraft to Libya to support private military contractors fighting on the side of Field Marshal Khalifa Haftar's Libyan National Army (LNA).

On Tuesday, US Africa Command (AFRICOM) said that Russian MiG-29 and Su-24 aircraft had recently arrived at Libya's al-Jufra airbase after stopping in Syria, where, according to the command, they were repainted to hide their origin. AFRICOM commander Gen. Stephen Townsend claimed the jets would support the Wagner private military company.

Andrei Krasov, first deputy chairman of the State Duma Defense Committee, told Interfax that the allegation "does not correspond to reality" and described it as an attempt at disinformation. He said Russia's position was well known: Moscow favours an end to bloodshed in Libya and urges all parties to lay down their arms and sit at the negotiating table.

Vladimir Dzhabarov, first deputy head of the Federation Council's international affairs committee, said on Wednesday that Russia had not sent any military personnel to Libya and that the upper house had received no request to approve such a deployment, which under the Russian constitution would require its consent.

The AFRICOM statement did not provide evidence beyond a series of photographs, and described its conclusions as an assessment.

The US claims followed statements by the interior minister of the Tripoli-based Government of National Accord (GNA), Fathi Bashagha, who said last week that at least eight Soviet-era aircraft had flown to eastern Libya from Syria.

The LNA did not comment on the AFRICOM statement. Last week the commander of the LNA air force, Saqr al-Jaroushi, announced that the army would soon launch what he called the largest air campaign in the country's history and warned that Turkish positions would be targeted. Turkey, which backs the GNA, responded that any attack on its interests would have grave consequences.

Moscow has repeatedly said it maintains contacts with all Libyan parties, including the GNA and the LNA, and supports a political settlement based on the decisions of the Berlin conference held in January. President Vladimir Putin said in January that if there were Russian citizens in Libya, they neither represented the Russian state nor were paid by it.

The situation in Libya has escalated sharply in recent weeks. GNA forces, supported by Turkey, took control of al-Watiya airbase on May 18, and the LNA announced a pullback of its units from the front lines around Tripoli on the eve of Eid al-Fitr. On Monday, the GNA said that hundreds of foreign fighters had withdrawn from the fronts south of the capital and been flown out of Bani Walid.

Libya has been split between rival authorities since the overthrow of Muammar Gaddafi in 2011. The east is governed by a parliament allied with the LNA, while the GNA, headed by Fayez Sarraj, controls Tripoli and parts of the west."""),

dict(group=G, published="2020-05-28", outlet="Defence Horizons Weekly",
title="Fulcrums at Jufra: what AFRICOM's imagery does and does not show",
text="""By Marcus Feldman, Land and Air Systems Editor

US Africa Command's release on 26 May accusing Russia of deploying fighter aircraft to Libya is the most direct public attribution yet by a Western military of Russian state involvement in the Libyan war, and it comes with something AFRICOM rarely publishes: imagery.

The command released photographs it says show MiG-29 'Fulcrum' fighters and Su-24 'Fencer' strike aircraft at al-Jufra airbase in central Libya, along with images of aircraft in transit. Its assessment is that the jets flew from a base in Russia, staged through Syria - where they were repainted without national markings - and arrived at Jufra to provide close air support to the Wagner Group contractors fighting alongside Khalifa Haftar's Libyan National Army (LNA).

Several elements of that account are consistent with earlier claims. On 21 May, Fathi Bashagha, interior minister of the Government of National Accord (GNA), told reporters that at least six MiG-29s and two Su-24s had arrived in the east from Hmeimim airbase in Syria. Satellite imagery examined by open-source analysts last week appeared to show at least one MiG-29 on the apron at Jufra.

What the photographs do not establish is who will fly the aircraft. AFRICOM's commander, Gen. Stephen Townsend, argued that neither the LNA nor private contractors could operate and sustain such aircraft without state support. That is a reasonable inference: fourth-generation fighters require trained pilots, engineers, spare parts and munitions that no private company can procure on the open market. But the statement stops short of alleging that Russian military personnel are in the cockpit, and Moscow has denied sending any. A member of the State Duma defence committee called the US claims untrue on the day of the release.

The LNA's own air arm has relied on a small number of refurbished MiG-21s, MiG-23s and Su-22s, supplemented - according to UN experts - by Chinese-made Wing Loong drones operated on its behalf. The MiG-29 is not listed in most open-source inventories of Libyan combat aircraft, so its appearance would represent a significant capability jump. The Su-24, a two-seat swing-wing strike aircraft, was operated by the Gaddafi-era air force, which could offer a thin layer of local familiarity.

The timing is notable. The aircraft appear to have arrived in the week that the LNA lost al-Watiya airbase and with it its main airfield in the west, and as GNA-aligned drones were destroying its Pantsir air defence systems. On 21 May, LNA air force chief Saqr al-Jaroushi promised "the largest aerial campaign in Libyan history" against Turkish positions; that campaign has not yet materialised.

For Ankara, which has provided the GNA with armed drones and air defence support since January, the arrival of manned fighters at Jufra complicates the air picture over Tarhuna and the central coast. For Washington, the release reads as a warning as much as a report: AFRICOM explicitly raised the prospect of Russia establishing a permanent presence on NATO's southern flank.

Questions remain over numbers, readiness and basing. Jufra lies some 500 km from Tripoli; Sirte's al-Qardabiya airfield, also LNA-held, would put the coastal fronts within easier reach."""),
]
