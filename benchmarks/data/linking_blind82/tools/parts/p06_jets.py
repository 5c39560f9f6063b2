G = "africom_says_russia_deployed_fighter_jets_to_libya_2020_05_26"

ARTICLES = [
dict(group=G, published="2020-05-26", outlet="Atlas Wire",
title="U.S. military says Russia sent fighter jets to Libya to back Wagner mercenaries",
text="""STUTTGART, Germany (Atlas Wire) - Russia has recently deployed military fighter aircraft to Libya to support Russian mercenaries fighting alongside eastern commander Khalifa Haftar, U.S. Africa Command (AFRICOM) said on Tuesday, releasing photographs it said showed the jets.

The aircraft, MiG-29 and Su-24 types, flew from an air base in Russia and stopped in Syria, where they were repainted to hide their Russian origin, the command said in a statement. They are likely to provide close air support and offensive fire for the Wagner Group, a state-sponsored private military company supporting Haftar's Libyan National Army (LNA), it said.

"For too long, Russia has denied the full extent of its involvement in the ongoing Libyan conflict. Well, there is no denying it now," said Gen. Stephen Townsend, the head of AFRICOM. "We watched as Russia flew fourth generation jet fighters to Libya - every step of the way."

Townsend said neither the LNA nor private military companies could arm, operate and sustain such fighters without state support, "support they are getting from Russia."

The command's photographs showed aircraft at al-Jufra air base in central Libya, which Haftar's forces control. AFRICOM did not say exactly how many jets had been sent or when they arrived.

There was no immediate comment from the Russian Defence Ministry. A member of the defence committee of Russia's lower house of parliament, Andrei Krasov, told Interfax the accusation did not correspond to reality.

The statement comes as Haftar's forces have suffered a string of setbacks around Tripoli. On May 18 forces aligned with the internationally recognised Government of National Accord (GNA), backed by Turkish drones and air defences, captured the al-Watiya air base southwest of the capital. Over the weekend, hundreds of Russian fighters withdrew from front lines south of Tripoli and were flown out of the town of Bani Walid to Jufra, according to local officials.

Haftar's air force commander, Saqr al-Jaroushi, said last week that his forces would launch the largest air campaign in Libyan history and warned that Turkish positions would be targeted.

GNA Interior Minister Fathi Bashagha said last week that at least six MiG-29s and two Su-24s had arrived in Libya from the Russian base at Hmeimim in Syria.

AFRICOM said Russia's destabilising actions in Libya would aggravate the migration crisis affecting Europe, and warned that a Russian foothold on NATO's southern flank would be a security concern.

Libya has had no stable central authority since the 2011 NATO-backed uprising that toppled Muammar Gaddafi. Since 2014 it has been divided between the GNA in Tripoli, which the United Nations recognises, and a rival administration in the east aligned with Haftar. The LNA, backed by the United Arab Emirates, Egypt and Russia, launched an offensive to take Tripoli in April 2019. Turkey stepped up support for the GNA this year.

A confidential UN report seen earlier this month estimated Wagner had 800 to 1,200 fighters in Libya."""),

dict(group=G, published="2020-05-27", outlet="Vostok Dispatch",
title="'If there are planes in Libya, they are Soviet, not Russian': senators reject AFRICOM claims",
text="""MOSCOW, May 27 (Vostok Dispatch) - Russian lawmakers on Wednesday rejected claims by the US Africa Command (AFRICOM) that Moscow had deployed fighter jets to Libya.

"If there are any airplanes in Libya, they are Soviet, not Russian," Viktor Bondarev, chairman of the Federation Council's Defense and Security Committee and former commander of the Russian Aerospace Forces, told reporters. He described the statement of the AFRICOM commander as nonsense.

Bondarev noted that the Soviet Union exported close to a thousand MiG-29 fighters abroad, and that after its collapse the aircraft continued to be sold by other countries, including former Warsaw Pact states that later joined NATO. Libya is not the only African country that operates such aircraft, he said. He also argued that it was absurd to suggest a handful of fighters could change the situation on the Libyan coast.

Vladimir Dzhabarov, first deputy chairman of the upper house's international affairs committee, said Russia had not sent military personnel to Libya and that the Federation Council had received no request to approve such a deployment, which is required under Russian law. On Tuesday Andrei Krasov, first deputy chairman of the State Duma Defense Committee, said the accusation "does not correspond to reality."

On Tuesday, AFRICOM claimed that MiG-29 and Su-24 aircraft had flown from Russia via Syria, where they were allegedly repainted, to the Al Jufra air base in Libya to support a Russian private military company. The command published several photographs in support of the claim. On Wednesday it added that at least 14 aircraft had been delivered.

The Defense Ministry did not comment on the AFRICOM statement. The Libyan National Army has in the past acquired aircraft from various sources and has restored several Soviet-made fighters that belonged to the Libyan air force before 2011.

Moscow has repeatedly said that it is in favour of ending the bloodshed in Libya and urges all parties to sit at the negotiating table. Russia is a participant in the Berlin process on Libya, whose conference in January agreed to respect the UN arms embargo.

Western media reported over the weekend that Russian citizens had left the area south of Tripoli through the town of Bani Walid. The Russian Foreign Ministry has repeatedly said that any Russians in Libya are not there on behalf of the state, a position also stated by President Vladimir Putin in January.

Russian diplomats have pointed out that Western countries have said little about the large-scale supply of Turkish weapons and the transfer of militants from Syria to Tripoli.

Related news
Zakharova comments on Western media publications about Libya
Lavrov and Cavusoglu discuss Libya by phone
Russian sociologists still held in Tripoli: Foreign Ministry demands release"""),

dict(group=G, published="2020-05-27", outlet="Nile Gazette",
title="Washington accuses Moscow of sending warplanes to the Libyan Army, Russia denies",
text="""We use cookies to ensure you get the best experience on our website. By continuing you agree to our Privacy Policy. ACCEPT

Nile Gazette - Arab World

Washington accuses Moscow of sending warplanes to the Libyan Army, Russia denies

Cairo - Nile Gazette

The US Africa Command (AFRICOM) accused Russia on Tuesday of sending MiG-29 and Sukhoi-24 fighter jets to Libya to support the Libyan National Army led by Field Marshal Khalifa Haftar, in a statement that Moscow described as far from reality.

AFRICOM published photos it said showed the aircraft at the Jufra air base in central Libya, and said the planes had flown from Russia through Syria, where their markings were painted over. Its commander, General Stephen Townsend, said Russia could no longer deny its involvement in the conflict.

Russian lawmakers dismissed the statement. Viktor Bondarev, head of the defence committee in the upper house of parliament, said that any MiG-29s in Libya would be "Soviet, not Russian", noting that the aircraft had been exported to dozens of countries.

Libyan army sources have said in recent days that the air force was preparing to launch a broad air campaign against the positions of the militias and Turkish forces in western Libya. The commander of the Libyan air force, Major General Saqr al-Jaroushi, had announced last week what he described as the largest air campaign in Libyan history, warning Turkish positions.

Observers in Cairo noted that the American statement ignored the flow of Turkish weapons into Tripoli through the airports of Misrata and Mitiga and by sea, despite the arms embargo, as well as the thousands of Syrian mercenaries that Ankara has transferred to fight for the Government of National Accord since the beginning of the year. The Syrian Observatory for Human Rights has put the number of Syrian fighters sent by Turkey to Libya at several thousand.

The Turkish drones and air defences deployed at Mitiga and Misrata played the main role in the recent developments on the Tripoli fronts, including the fall of al-Watiya air base on May 18. The Libyan army announced last week that it was repositioning its forces at a distance of two to three kilometres from the capital's fronts to allow residents to move freely during Eid al-Fitr.

Egypt has repeatedly stressed that the security of Libya is part of its national security, and that it rejects any foreign interference, first of all the Turkish intervention, which Cairo sees as a threat to the whole region. President Abdel Fattah al-Sisi has called for a political solution that preserves the unity of Libyan state institutions, including the national army.

Washington, which recognises the Tripoli government, has also criticised in recent weeks the presence of foreign fighters on both sides.

Related:
Sisi receives a phone call on Libya from the French president
Libyan army: Turkish drones targeting civilians in Tarhuna
Parliament speaker Aguila Saleh proposes political initiative to end the crisis"""),

dict(group=G, published="2020-05-28", outlet="Defence Horizons Review",
title="MiG-29s and Su-24s at Al Jufra: what AFRICOM's images show - and what they don't",
text="""Defence Horizons Review - Analysis

MiG-29s and Su-24s at Al Jufra: what AFRICOM's images show - and what they don't

US Africa Command's disclosure on 26 May that Russia had flown combat aircraft into Libya is the most detailed public accusation yet of direct Russian state involvement in the Libyan war, and it comes as the military balance around Tripoli has swung decisively against Khalifa Haftar's Libyan National Army (LNA).

The claim

In its initial statement AFRICOM said MiG-29 'Fulcrum' and Su-24 'Fencer' aircraft had been deployed "recently" to Libya to provide close air support and offensive fires for the Wagner Group. It said the aircraft departed a base in Russia, staged through Syria - where they were repainted to remove Russian Federation Air Force markings - and then flew on to Libya. On 27 May the command added more detail on social media: the jets departed Russia over several days in May, landed at Hmeimim, re-emerged without national markings, refuelled near Tobruk in eastern Libya, and at least 14 of them were delivered to Al Jufra air base. AFRICOM said the aircraft were escorted by Russian fighters from Syria and flown by Russian military personnel.

The imagery released shows MiG-29s on the ground at Al Jufra and a MiG-29 in flight, apparently in an unmarked grey scheme. It does not, on its own, establish who is flying or maintaining them.

Numbers in dispute

AFRICOM's figure of 14 is higher than the "at least six MiG-29s and two Su-24s" cited a week earlier by Fathi Bashagha, the interior minister of the Government of National Accord (GNA). Open-source aviation watchers had tracked Russian military transport flights between Hmeimim and eastern Libya for months, and had suggested that fighters were among the arrivals from around 20 May.

Moscow's response has come from parliamentarians rather than the Defence Ministry. Viktor Bondarev, a former air force commander who now chairs the Federation Council defence committee, said that any MiG-29s in Libya were "Soviet, not Russian" - a reference to the type's wide export history. Gaddafi-era Libya never operated the MiG-29 in any significant numbers, and the LNA's own fleet has consisted largely of older, refurbished Soviet-era types such as the MiG-21 and MiG-23.

Why now

The timing points to the collapse of the LNA's western campaign. Since March, Turkish-operated Bayraktar TB2 drones, supported by Turkish air defence and electronic warfare systems, have systematically destroyed LNA logistics and several Pantsir-S1 air defence systems. The GNA took al-Watiya air base on 18 May. Over the weekend of 23-24 May, Wagner contractors pulled out of the front south of Tripoli and were flown from Bani Walid to Jufra.

A small force of MiG-29s and Su-24s at Jufra cannot reverse that trend by itself, but it changes the calculus in central Libya. With a combat radius that covers Misrata and the approaches to Sirte, the aircraft give the LNA - and Wagner - a means to contest Turkish drone superiority and to strike GNA columns if they push east toward Sirte and the oil crescent. They also provide a deterrent against any Turkish attempt to operate manned aircraft from al-Watiya.

The key questions are who maintains the aircraft, where munitions come from, and whether the jets are used. Sustaining fourth-generation fighters at a remote desert base requires ground crew, spares and weapons that the LNA does not have, which is the core of Townsend's argument that this is a state operation rather than a private one.

For Washington, the disclosure is also a message to European allies. AFRICOM framed Russian basing on Libya's coast as a long-term threat to NATO's southern flank. Expect the imagery to be cited at the UN sanctions committee."""),
]
