G = "sarraj_announces_intention_to_step_down_2020_09_16"

ARTICLES = [
dict(group=G, published="2020-09-17", outlet="The Atlantic Courier",
title="Libya's Sarraj says he will hand over power by the end of October",
text="""TUNIS - Fayez al-Sarraj, the head of Libya's UN-recognised Government of National Accord (GNA) and Turkey's closest partner in the country, said on Wednesday that he intended to hand over his duties to a new executive authority by the end of October at the latest, opening a new and uncertain phase in Tripoli's politics.

In a televised address on Wednesday evening, Sarraj said he hoped that UN-backed talks between Libya's rival institutions would produce a new presidential council and a new prime minister, and declared his "sincere desire" to transfer power to the next executive no later than the end of October. He described a political and social climate of severe polarisation that had made every attempt at a settlement difficult, and said his government had always sought consensus.

The announcement was conditional. Sarraj linked his departure to the work of a dialogue committee that is supposed to agree on a new, slimmed-down executive, and he gave no indication of what would happen if the talks failed. Officials in Tripoli said he would remain in office as caretaker until then.

A season of pressure

Sarraj, a soft-spoken architect from a prominent Tripoli family, was an unlikely leader when he arrived in the capital by boat in March 2016 to take charge of a government created by the UN-brokered Skhirat agreement of December 2015. He never won the endorsement of the eastern-based House of Representatives and spent much of his tenure trying to manage the militias that actually control Tripoli.

His position was transformed by the war that began in April 2019, when Khalifa Haftar's Libyan National Army (LNA) attacked the capital. Short of allies, Sarraj turned to Turkey. In November 2019 he signed a security cooperation memorandum and a maritime boundary accord with President Recep Tayyip Erdogan. Turkey's parliament authorised a deployment in January, and Turkish drones, air defences and advisers, along with thousands of Syrian fighters, helped the GNA drive Haftar's forces out of the northwest between April and June. Turkish Defence Minister Hulusi Akar has visited Tripoli twice since July, most recently in August with his Qatari counterpart, and Sarraj held closed-door talks with Erdogan in Istanbul as recently as September 6.

Victory did not bring calm. The front has been frozen around Sirte and al-Jufra since June, under the shadow of Egypt's threat to intervene if GNA forces advanced. On August 21 Sarraj and Aguila Saleh, the speaker of the eastern parliament, issued separate statements calling for a ceasefire, and Sarraj proposed elections in March 2021.

At the end of August, protests over power cuts, water shortages and corruption broke out in Tripoli and other western towns, and in the capital were met with gunfire from armed men. Sarraj suspended his powerful interior minister, Fathi Bashagha, on August 28 amid an open rivalry between the two men, only to reinstate him days later. Early this month, delegations of the eastern parliament and of Tripoli's High Council of State met in Bouznika, Morocco, and agreed on criteria for filling key state posts. In the east, the interim government allied with Haftar offered its resignation at the weekend after protests there too.

What it means for Ankara

For Turkey, the announcement raises awkward questions. Ankara's military presence and its maritime claims rest on agreements signed with Sarraj's government, and Turkish officials have invested heavily in their relationship with him personally. A GNA spokesman said on Thursday that the agreements with Turkey were binding on both parties and that any new official in Tripoli would work to strengthen them.

Diplomats say the most likely successors include Bashagha, who has cultivated ties in Ankara, Paris and Washington, and figures from the eastern camp who might be acceptable to Egypt. The UN's acting envoy, Stephanie Williams, is trying to convene a broader political forum, while the military committee set up after the Berlin conference in January is expected to resume talks on a permanent ceasefire.

There was no immediate official reaction from Ankara on Wednesday night."""),

dict(group=G, published="2020-09-16", outlet="Global Dispatch Agency",
title="Libya's Serraj announces plan to quit by end of October",
text="""TRIPOLI, Sept 16 (GDA) - Fayez al-Serraj, head of Libya's UN-recognised Government of National Accord (GNA), said Wednesday he intends to hand over power to a new executive by the end of October, as UN-backed efforts to unify the divided country gather pace.

"I announce my sincere desire to hand over my duties to the next executive authority no later than the end of October," Serraj said in a televised speech, adding that he hoped a dialogue committee would by then have chosen a new presidential council and prime minister.

Serraj has headed the Tripoli-based GNA since 2016. His government, backed by Turkey, repelled a 14-month offensive on the capital by eastern commander Khalifa Hifter in June.

The announcement follows weeks of street protests in Tripoli over living conditions and corruption, and a public rift between Serraj and his interior minister Fathi Bashagha.

Rival Libyan delegations met in Morocco earlier this month, and the UN is preparing wider political talks.

Oil-rich Libya has been torn by violence since the 2011 revolt that killed longtime dictator Moamer Kadhafi, with rival administrations in Tripoli and the east vying for power. -- GDA"""),
]
