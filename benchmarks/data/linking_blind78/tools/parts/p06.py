# Event: Sisi's Sidi Barrani speech declaring Sirte-Jufra a "red line", 20 June 2020
G = "sisi_sirte_jufra_red_line_speech_2020_06_20"

ARTICLES = [
dict(group=G, published="2020-06-21", outlet="Gulf Horizon",
title="UAE stands with Egypt after Sisi declares Sirte-Jufra line a 'red line'",
text="""We use cookies to improve your experience on our website. By continuing to browse, you agree to our use of cookies. Accept

ABU DHABI - The UAE has affirmed its full solidarity with Egypt and its support for all the measures Cairo takes to protect its security and stability, after President Abdel Fattah El-Sisi said on Saturday that any advance by Turkish-backed forces on the Libyan city of Sirte or the Jufra airbase would cross a "red line" for Egypt.

In a statement carried by the state news agency WAM, the Ministry of Foreign Affairs and International Cooperation said the UAE stands by Egypt in protecting its security and stability, and backs its right to defend its western borders against extremism and terrorist militias. The ministry also renewed the UAE's call for an immediate ceasefire in Libya and for commitment to a political solution as the only acceptable way to end the conflict, in line with the Berlin outcomes and the Cairo Declaration.

Saudi Arabia also expressed its support. The Kingdom said Egypt's security is an integral part of the security of the Kingdom and of the entire Arab nation, and that it stands with Egypt's right to defend its borders and people from extremism and terrorist militias.

President Sisi made his remarks while inspecting combat units of the Egyptian Armed Forces at the Sidi Barrani air base in the Western Military Zone, near the border with Libya. "If some people think that they can cross the Sirte-Jufra frontline, this is a red line for us," he said.

The Egyptian President said that any direct intervention by Egypt in Libya had now acquired international legitimacy, whether under the right of self-defence in the UN Charter or at the request of the only legitimate elected authority in Libya, the House of Representatives. He said Egypt's goals would be to protect its western border, support the restoration of security and stability in Libya and achieve an immediate ceasefire.

President Sisi called on the Libyan parties to stop at the current front lines and to resume negotiations, and said Egypt was ready to train and arm the young men of the Libyan tribes. Tribal elders from eastern Libya attended the event.

He also instructed the armed forces to be ready to carry out any mission inside or, if necessary, outside Egypt's borders.

Egypt has called for an emergency meeting of the Arab League to discuss the situation in Libya.

The remarks come two weeks after the launch of the Cairo Declaration on June 6, when President Sisi, flanked by Field Marshal Khalifa Haftar and Speaker Aguila Saleh, proposed a ceasefire and a roadmap for a political settlement. The initiative was welcomed by the UAE, Saudi Arabia and several other states, but rejected by Ankara and the Tripoli-based government, whose forces have since massed west of Sirte.

Read more:
- UAE welcomes Cairo Declaration on Libya
- Arab League to hold emergency session on Libya

Share
Tweet
Email"""),

dict(group=G, published="2020-06-22", outlet="Defence Horizon Review",
title="Analysis: Sidi Barrani show of force - what Egypt could bring to a fight over Sirte",
text="""Analysis | Land warfare | North Africa

When President Abdel Fattah al-Sisi stood in front of rows of armoured vehicles, air-defence launchers and commandos at Sidi Barrani air base on 20 June and declared the Sirte-Jufra line a "red line", he was sending a message to Ankara and Tripoli as much as to his own troops. The question for planners is what, in practice, the Egyptian Armed Forces could bring to bear in central Libya, and at what cost.

THE SETTING
The front line has settled around Sirte on the coast and the Jufra airbase inland, about 300 km to the south. Forces aligned with the Government of National Accord (GNA), backed by Turkish drones, air-defence systems and advisers, pushed east in early June after the collapse of Khalifa Haftar's offensive on Tripoli. They stalled west of Sirte. Sisi's speech, broadcast in full by state television, said any Egyptian intervention would aim to protect the western border, secure a ceasefire and be led on the ground by Libyan tribesmen, whom Egypt offered to train and arm.

WHAT EGYPT HAS
Egypt has spent heavily on new equipment since 2014. Its air force operates Rafale multirole fighters bought from France in 2015, MiG-29M fighters from Russia and a large F-16 fleet, alongside Ka-52 attack helicopters. The navy fields two Mistral-class amphibious assault ships, the Gamal Abdel Nasser and the Anwar El Sadat, which could in theory support operations along the Libyan coast. In the west, the Mohamed Naguib military base, opened in 2017 in Matrouh governorate, was built precisely to project force towards the Libyan border.

THE GEOGRAPHY PROBLEM
Sirte lies more than 1,000 km by road from the Egyptian border at Salloum. Any ground deployment would depend on long supply lines through territory held by Haftar's Libyan National Army (LNA), and on bases such as al-Khadim and al-Jufra already used by the LNA's foreign backers. Air power is the more plausible instrument: Egyptian jets could operate from eastern Libyan airfields, but would then face Turkish-supplied air defences and armed drones such as the Bayraktar TB2, which proved decisive around Tripoli this spring.

THE OTHER FOREIGN PLAYERS
Russia's role complicates the picture. US Africa Command said in late May that Russian MiG-29 and Su-24 aircraft had been flown to Jufra via Syria to support private military contractors of the Wagner group, who withdrew from the front south of Tripoli in May. Turkey, for its part, has said its presence is at the invitation of the legitimate government and has shown no sign of halting the GNA's ambitions on Sirte, which controls the approach to the oil crescent terminals.

The UAE, which has supplied Pantsir air-defence systems to the LNA, publicly backed Egypt's right to defend its border on Sunday, as did Saudi Arabia. The GNA's Presidential Council called the speech a "declaration of war".

ASSESSMENT
Most observers read the speech as deterrence: an attempt to freeze the front line and push both camps back toward talks on the basis of the Cairo Declaration of 6 June, while giving Cairo a legal narrative - self-defence, or an invitation from the eastern-based House of Representatives - should it decide to act. The risk is that a direct confrontation between Egyptian and Turkish-backed forces would turn a proxy war into a state-on-state one. Whether the red line holds will depend as much on Ankara and Moscow as on Cairo."""),

dict(group=G, published="2020-06-21", outlet="Tripoli Voice",
title="Presidential Council: Sisi's threats are a declaration of war, all of Libya is a red line",
text="""Tripoli Voice | National

The Presidential Council of the Government of National Accord (GNA) has described the statements of Egyptian President Abdel Fattah al-Sisi, in which he threatened military intervention in Libya, as "a declaration of war" and a blatant interference in Libya's internal affairs.

In a statement issued on Sunday, the Council said the threats made by Sisi on Saturday were hostile acts, an encroachment on Libya's sovereignty and support for putschists, militias and mercenaries, and were unacceptable. "All of Libya is a red line," the statement said, stressing that the lines are not drawn by such statements but by the blood of the martyrs.

The Council said that the countries supporting the war criminal Khalifa Haftar only began talking about a political solution and dialogue after his militias were defeated. It called on the international community to assume its responsibilities regarding this escalation, and said it welcomes any impartial mediation under the auspices of the United Nations but rejects unilateral initiatives.

Sisi had said in a televised speech from the Sidi Barrani air base in Matrouh, near the Libyan border, that Sirte and Jufra are a red line for Egypt and that any direct intervention by Egypt in Libya had become legitimate internationally. He told his troops to be ready to carry out any mission inside or outside Egypt's borders, and said Egypt was prepared to arm and train tribesmen from eastern Libya.

On Saturday, the spokesman of the Sirte-Jufra Operations Room, Abdulhadi Darah, said Sisi's statements were a clear declaration of war on Libya and a blatant interference in the country's affairs, and that the army was determined to complete its path and liberate the whole region from Haftar's militias, their mercenaries and their supporters.

The army forces of the GNA have been stationed west of Sirte since early June, after they liberated Tripoli International Airport, Tarhuna and the whole of western Libya from Haftar's militias, ending the aggression launched on the capital on April 4, 2019.

According to the operations room, Haftar's militias and Wagner mercenaries have been fortifying their positions in Sirte and Jufra in recent weeks. The US Africa Command said in May that Russia had sent fighter jets to the Jufra airbase.

Egypt, together with the UAE and Russia, has been the main supporter of Haftar throughout his war on Tripoli. Earlier this month Sisi announced what he called the "Cairo Declaration" alongside Haftar and Aguila Saleh, calling for a ceasefire, an initiative the GNA dismissed as an attempt to rescue Haftar after his defeat.

The GNA has repeatedly said that the liberation of Sirte and Jufra is necessary for any lasting ceasefire, and that the city, the birthplace of Muammar Gaddafi, is an entrance to the oil fields and ports which Haftar's allies have kept closed since January.

Comments are closed."""),
]
