# Event: sisi_announces_cairo_declaration_2020_06_06
G = "sisi_announces_cairo_declaration_2020_06_06"

ARTICLES = [
dict(group=G, published="2020-06-06", outlet="Nile Gazette",
title="President Sisi launches 'Cairo Declaration' for Libya: ceasefire from Monday, exit of mercenaries, elected presidential council",
text="""Cairo - President Abdel Fattah al-Sisi announced on Saturday a comprehensive initiative to settle the Libyan crisis, named the "Cairo Declaration", calling for a ceasefire across Libya starting at 6 a.m. on Monday, June 8.

The President unveiled the initiative at a press conference at al-Ittihadiya palace after talks with Field Marshal Khalifa Haftar, commander-in-chief of the Libyan National Army, and Counsellor Aguila Saleh, Speaker of the House of Representatives. Representatives of the United Nations, the European Union and the Arab League, as well as ambassadors of several countries, attended the announcement.

President Sisi said the initiative respects all international efforts and the resolutions of the UN Security Council, and builds on the outcomes of the Berlin conference. It calls for the resumption of the work of the 5+5 joint military committee in Geneva under UN auspices, the departure of foreign mercenaries from all Libyan territory, and the dismantling of militias and the handover of their weapons so that the Libyan National Army, together with the security services, can carry out its responsibilities.

On the political track, the declaration provides for the election of a presidential council in which Libya's three regions, Cyrenaica, Tripolitania and Fezzan, are fairly represented for the first time, under UN supervision, together with a fair distribution of the country's wealth and a constitutional declaration to organise the transitional period leading to elections.

"The stability of Libya is part of the security of Egypt," the President said, warning that insisting on a military solution would complicate the situation and threaten the stability of the whole region. He urged the international community to support the initiative and called on the United Nations to invite the Libyan parties to negotiations.

Field Marshal Haftar thanked Egypt for its efforts and expressed his support for the initiative, saying the army had always sought to protect Libyans from terrorism and militias. He criticised Turkish interference, which he said had fuelled the conflict by supporting the Accord government with weapons and mercenaries.

Speaker Aguila Saleh said the army had gone to Tripoli to fight terrorism, not to fight citizens, and that the Turkish intervention had obstructed these efforts.

Foreign Minister Sameh Shoukry held telephone calls on Saturday with UN Secretary-General Antonio Guterres, African Union Commission chairperson Moussa Faki and a number of Arab and African counterparts to brief them on the initiative.

The announcement comes after weeks of escalation in western Libya in which forces loyal to the Accord government, backed by Turkish drones and Syrian mercenaries, advanced on Tripoli airport and Tarhuna."""),

dict(group=G, published="2020-06-07", outlet="Mediterranean Press Agency",
title="Libya: Tripoli government rebuffs Egypt's ceasefire plan as fighting moves toward Sirte",
text="""Tripoli (MPA) - Libya's Government of National Accord (GNA) on Sunday rejected a ceasefire initiative unveiled in Cairo a day earlier by Egyptian President Abdel Fattah al-Sisi and backed by Marshal Khalifa Haftar, as its forces pressed an offensive toward Sirte.

Officials in Tripoli said the government had no need of new initiatives and would consider only a process under UN auspices, dismissing the Egyptian plan as an attempt to rescue Haftar after his defeat in the west.

On Saturday Sisi, flanked by Haftar and the speaker of the eastern-based parliament, Aguila Saleh, called for a truce from 6:00 am (0400 GMT) on Monday June 8, the withdrawal of foreign mercenaries, the dismantling of militias and the election of a leadership council representing Libya's three historic regions. He called it the "Cairo Declaration".

The plan was welcomed by the United Arab Emirates, and Russia and France expressed support for it. Turkey, the GNA's main ally, did not immediately comment.

Sisi's announcement came as pro-GNA forces, which routed Haftar's troops from Tarhuna on Friday and from the whole of Greater Tripoli the day before, launched an operation to take Sirte, the birthplace of Muammar Kadhafi, some 450 kilometres east of the capital. GNA spokesman Mohamed Gnounou said Saturday the air force had carried out five strikes on the outskirts of the city.

Marshal Haftar's spokesman, Ahmed al-Mesmari, said the eastern forces had pulled back 60 kilometres from the limits of Greater Tripoli in response to calls for a ceasefire from major powers and the United Nations.

Haftar's 14-month offensive against the capital collapsed in the space of a few weeks after Turkey stepped up its military support to the GNA, supplying drones and air defence systems. Egypt, the UAE and Russia support the eastern camp.

Under the Egyptian plan, the 5+5 military committee set up after the Berlin summit would resume work in Geneva under UN supervision, and the Libyan parties would agree on a constitutional declaration to govern a transition leading to elections. Each of the three regions of Tripolitania, Cyrenaica and Fezzan would choose a member of the new presidential council.

The GNA's rejection left the Egyptian plan without one of the two parties it was meant to bind. In Tripoli, officials pointed out that Aguila Saleh's parliament is itself divided, with dozens of deputies meeting separately in the capital, and said any settlement must be built on the 2015 political agreement and the Berlin process rather than on a bilateral initiative.

In Cairo, Foreign Minister Sameh Shoukry spent Saturday on the telephone with his counterparts and with UN Secretary-General Antonio Guterres to promote the declaration.

Several truces have been announced since the start of the war in April 2019, most recently at a summit in Berlin in January, but none has held.

mpa/ab/sc"""),

dict(group=G, published="2020-06-07", outlet="The Northern Chronicle",
title="Egypt throws Haftar a lifeline as Libya's war turns east",
text="""By Eleanor Whitcombe, Middle East Correspondent

Two months ago Khalifa Hifter was talking of a popular mandate to rule Libya. On Saturday he stood in a palace in Cairo, at the side of Egypt's President Abdel Fattah al-Sisi, endorsing a ceasefire proposal drawn up by his patron after his army had been driven from almost all of western Libya in little more than seven weeks.

The "Cairo Declaration", as Mr Sisi called it, proposes a truce from 6am on Monday, a return to UN-run military talks in Geneva, the withdrawal of foreign fighters and the dismantling of militias. It also sketches a political settlement: a new presidential council in which each of Libya's three historic provinces would be represented, a fairer share-out of oil revenue, and eventually a constitution and elections. The speaker of the eastern parliament, Aguila Saleh, whose own peace plan had been gathering support in the east as Mr Hifter's fortunes waned, stood at the President's other side.

On paper, there is much in the declaration that echoes the commitments made by foreign powers in Berlin in January. In practice, its reception in Tripoli was predictable. The UN-recognised Government of National Accord, whose forces have spent the past week taking Tripoli's old airport, the rest of the capital's hinterland and finally Tarhuna, Mr Hifter's last western bastion, said on Sunday it was not interested. GNA officials described the proposal as an attempt to save Mr Hifter at the negotiating table after his defeat on the battlefield, and said only UN-led talks were acceptable.

They had already shown what they thought by launching, on the same day as Mr Sisi's press conference, an advance east along the coast towards Sirte, Muammar Gaddafi's birthplace, which Mr Hifter's forces took in January. Beyond Sirte lie the oil terminals of the "oil crescent", closed since January by tribes aligned with the eastern commander.

The pace of the reversal has been extraordinary. In late March the GNA's first attempt to take the al-Watiya airbase west of Tripoli failed. On April 13 its forces took the coastal towns of Sabratha and Surman. On May 18 Watiya fell, and within two days the eastern forces were announcing a "pullback" from the Tripoli front lines for the Eid holiday. Russian mercenaries of the Wagner Group were seen withdrawing towards Bani Walid in late May. On Wednesday, the old international airport fell; on Friday, Tarhuna.

The decisive factor, almost everyone agrees, has been Turkey. Since January Ankara has sent advisers, armed drones, air defences and thousands of Syrian fighters. The drones, in particular, turned the air war, picking off Mr Hifter's supply convoys and the Russian-made Pantsir air defence systems that had been supplied to him, one of which was captured intact at Watiya and paraded through Tripoli.

For Egypt, the stakes are existential in a way that they are not for the Gulf states or for Russia. Cairo shares a long desert border with eastern Libya and regards the Islamist-leaning factions in Tripoli's coalition, and Turkey's presence, as a direct threat. Mr Sisi said on Saturday that Libya's stability was part of Egypt's own security.

What happens next will depend less on Cairo than on Ankara and Moscow. Russian aircraft now sit at the Jufra airbase in central Libya, according to the US military. If the GNA's push on Sirte succeeds, the war moves into territory where Egypt, Russia and the UAE have far more at stake, and where the eastern camp's backers may be less willing to watch it retreat.

The United Nations, meanwhile, is trying to keep alive the military talks that both sides said last week they would resume. Its acting envoy, Stephanie Williams, has been holding separate video meetings with the two delegations."""),
]
