# Event: gna_launches_operation_peace_storm_2020_03_25
G = "gna_launches_operation_peace_storm_2020_03_25"

ARTICLES = [
dict(group=G, published="2020-03-25", outlet="Mediterranean Press Agency",
title="Libya: unity government launches assault on Haftar-held airbase as virus reaches the country",
text="""Tripoli (MPA) - Forces loyal to Libya's Government of National Accord (GNA) launched a wave of attacks on Wednesday against positions held by Marshal Khalifa Haftar, including the al-Watiya airbase south-west of the capital, a day after the North African country announced its first case of the novel coronavirus.

The offensive, which the GNA's media office called "Peace Storm", opened before dawn with an assault on al-Watiya, the largest military installation still held by Haftar's self-styled Libyan National Army (LNA) in the west of the country, some 140 kilometres from Tripoli and close to the Tunisian border.

Osama al-Juwaili, who heads the GNA's western military region, said his men had stormed the base and taken prisoners, some of them foreigners. Pro-GNA pages on social media circulated images of fighters beside captured pickups.

The LNA told a different story. Its spokesman, Ahmed al-Mesmari, said in the afternoon that the attack on the base had been beaten back and described it as a desperate adventure. An LNA military source said its aircraft had struck columns trying to reach the airbase and that the marshal's forces had pushed north towards Zuwara, taking several villages.

It was not possible to verify either account independently.

Tripoli residents described the overnight bombardment as the most intense they had heard for weeks, with blasts audible in central districts kilometres from the southern front, and several districts lost electricity.

The GNA said the operation was a response to repeated violations by Haftar's forces of a humanitarian truce that both camps had said, only days earlier, they would observe so that the authorities could focus on preventing an outbreak. The GNA foreign ministry accused the LNA of "indiscriminate" bombardment of residential areas.

The UN mission in Libya (UNSMIL) said that attacks and counter-attacks were inflicting new suffering on civilians and called for an immediate halt to the fighting.

Libyan health authorities said late on Tuesday that a man who had returned from Saudi Arabia earlier this month had tested positive and was being kept in isolation in Tripoli. Doctors have long warned that a health system already shattered by years of conflict would be overwhelmed by a serious outbreak.

Marshal Haftar, whose forces control the east and much of the south, launched his offensive on the capital on April 4 last year. It stalled in the southern outskirts, where both sides have since been fighting an attritional war of artillery, drones and foreign fighters.

The United Arab Emirates, Egypt and Russia back the LNA, while Turkey has sent military advisers, drones and allied Syrian fighters to support the GNA under a security agreement signed in November.

A ceasefire sponsored by Moscow and Ankara in January, and the commitments made at a summit in Berlin the same month, have been repeatedly violated.

mpa/kh/tr"""),

dict(group=G, published="2020-03-26", outlet="Turkiye Newsline",
title="Libya's Sarraj says 'Peace Storm' operation is response to Haftar attacks on civilians",
text="""ANKARA

Libya's Prime Minister Fayez al-Sarraj on Thursday announced that the country's legitimate army had launched Operation Peace Storm against the illegal armed forces of putschist Khalifa Haftar in response to their continued attacks on civilians in the capital Tripoli.

In a statement shared by his media office on Facebook, al-Sarraj said the forces of the UN-recognized Government of National Accord (GNA) had carried out their duties on Wednesday "efficiently and competently" and had been ordered to respond forcefully to the sources of aggression.

Al-Sarraj stressed that his government is a civilian authority that respects its international obligations, but that it also has a duty to protect Libyans in line with the right to legitimate self-defence and within the limits of international law.

He said Haftar's militia had continued to shell residential neighborhoods of Tripoli throughout the humanitarian truce, killing and wounding civilians including women and children, and that these attacks showed contempt for UN Security Council resolutions and for the outcome of the Berlin Conference.

"We said we would respond to the violations and that we would not stand idly by," al-Sarraj said, describing the operation as retaliation for the victims of the attacks.

On Wednesday, government forces launched simultaneous operations on several fronts, including al-Watiya Air Base, which has been in the hands of Haftar's militias since 2014 and is used as a base for attacks on the western region.

Osama al-Juwaili, commander of the joint operations room, said government forces had entered the base and captured a number of militants.

Heavy clashes were also reported on the southern outskirts of Tripoli and on the Abu Qurain front south of Misrata, according to the Volcano of Rage operation.

Haftar's forces had announced on Saturday that they would abide by a humanitarian pause to allow the country to focus on the fight against the novel coronavirus, but government officials said the shelling of the capital intensified afterward.

Libya confirmed its first coronavirus case on Tuesday.

Last week, a rocket attack by Haftar's militias on a residential area of the capital killed four girls and young women, drawing condemnation from the UN mission in Libya. On Tuesday, shells also landed on a prison in an area under government control.

Foreign Ministry spokesman Mohamed al-Qablawi said the government had launched the counter-attacks in response to the heaviest bombardment the capital had seen, accusing Haftar's militias of exploiting the coronavirus truce.

Turkey and the GNA signed memoranda of understanding on security and military cooperation and on maritime jurisdiction on Nov. 27 last year, and the Turkish parliament authorized the deployment of troops to Libya in early January. Ankara says its military presence serves to train and advise the legitimate government's forces.

World leaders who gathered in Berlin on Jan. 19 committed to respect the UN arms embargo and to refrain from interfering in the conflict, but the UN has since said that the embargo is being violated by several countries supporting Haftar.

Haftar's militias have been besieging the capital since April 2019. The UN says the fighting has cost more than 1,000 lives.

The GNA was formed under the UN-brokered Skhirat agreement of December 2015, four years after the fall of Muammar Gaddafi.

*Writing by Selin Aydogan"""),

dict(group=G, published="2020-03-26", outlet="Nile Gazette",
title="Libyan army foils militia attack on al-Watiya base, advances near Zuwara",
text="""Benghazi - The Libyan National Army (LNA) said on Wednesday it had repelled a large attack by militias loyal to the Tripoli-based Government of Accord on al-Watiya air base in western Libya, and that its units had gone on to seize a string of areas south of Zuwara.

Major General Ahmed al-Mesmari, the spokesman of the General Command of the Armed Forces, told reporters that the militias, supported by Syrian mercenaries brought in by Turkey, had tried to storm the base at dawn but had been met by the air force and by the troops stationed there.

Al-Mesmari described the attempt as "futile" and said the attackers had withdrawn after suffering losses in men and equipment. He added that the army had then moved from defence to attack, taking control of al-Assah, Riqdalin, al-Jmail and Zaltan, bringing its units to within a few kilometres of Zuwara.

Sources in the army's western operations room said that several vehicles belonging to the militias had been destroyed by air strikes and that a number of fighters had been captured. The figures could not be independently confirmed.

The attack came only days after the General Command declared its commitment to a humanitarian truce in response to international appeals to give the authorities room to confront the spread of the coronavirus.

Militia leaders in Tripoli announced what they called "Operation Peace Storm" and claimed to have entered al-Watiya. Al-Sarraj's media office later said the operation was a reply to what it called the shelling of the capital.

Army officers dismissed the claim, saying the attackers had announced the fall of the base on social media before the battle was decided and had retreated toward the Tunisian border by midday.

Observers in Cairo said the escalation confirmed that the Accord government had no intention of respecting the truce and that it was relying on Turkish drones and on the mercenaries flown in from northern Syria since the start of the year.

Egypt has repeatedly warned against foreign military intervention in Libya and has called for the dismantling of militias and the withdrawal of foreign fighters, in line with the conclusions of the Berlin conference held in January.

Since the beginning of the year the army has strengthened its positions in central Libya, entering the city of Sirte in early January after the local forces there joined its ranks. Tribes loyal to the army have kept the oil ports and fields of the east and south closed since mid-January in protest at what they say is the use of oil revenues to pay for mercenaries.

The army launched its operation to liberate Tripoli from the militias in April last year. The General Command has repeatedly accused the Accord government of handing over the country's sovereignty to Ankara through the security and maritime agreements signed by al-Sarraj and President Erdogan in November.

Related:
- Egypt calls for restraint in Libya amid virus fears
- Al-Mesmari: Turkish ships continue to unload weapons in Tripoli
- Libya's eastern government imposes night curfew"""),
]
