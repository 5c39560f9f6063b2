G4 = "erdogan_confirms_two_turkish_soldiers_killed_in_libya_2020_02_25"
G5 = "gna_captures_sabratha_and_surman_2020_04_13"

ARTICLES = [
dict(group=G4, published="2020-02-25", outlet="Global Dispatch Agency",
title="Erdogan says two Turkish soldiers killed in Libya",
text="""ANKARA, Feb 25 (GDA) - President Recep Tayyip Erdogan said on Tuesday that two Turkish soldiers had been killed in Libya, the first official confirmation of Turkish military deaths since Ankara began sending personnel to support the country's UN-recognised government.

"We have two martyrs there," Erdogan told reporters in Ankara before leaving for an official visit to Azerbaijan. He did not say when or how the soldiers died.

On Saturday, Erdogan had said in a speech that Turkey had suffered "a few martyrs" in Libya, without giving a number, prompting questions from opposition parties about the scale and nature of the deployment.

The forces of eastern commander Khalifa Hifter, whose Libyan National Army (LNA) has been trying to seize Tripoli since last April, claimed on Sunday to have killed 16 Turkish soldiers in recent weeks. Ankara has not commented on that figure.

The LNA has repeatedly said it considers Turkish ships, aircraft and military personnel in western Libya to be legitimate targets.

Erdogan also defended the presence in Libya of Syrian fighters from the Turkey-backed Syrian National Army. "Those from the Syrian National Army have a common goal there. Our brothers who are with us in Syria see being there with us as an honour," he said.

Turkey's parliament authorised a one-year troop deployment in January. Turkish officials say their soldiers are not fighting but training and coordinating the forces of Prime Minister Fayez al-Serraj's Government of National Accord (GNA).

The Syrian Observatory for Human Rights, a Britain-based war monitor, says thousands of Syrian fighters have been sent to Libya by Turkey since December. Turkish opposition parties have accused the government of hiding the scale of the mission and of dragging the country into a Libyan quagmire.

Ankara says its presence in Libya is at the invitation of the legitimate government and accuses the United Arab Emirates, Egypt and Russian mercenaries of arming Hifter in violation of the embargo.

The announcement comes a week after Hifter's forces shelled Tripoli's port, saying they had hit a Turkish ship carrying weapons, a claim denied by the Tripoli government and by Turkish security officials. The GNA suspended its participation in UN-led military talks in Geneva after that attack.

A truce brokered by Russia and Turkey took effect on Jan. 12, but it has been repeatedly violated. At a summit in Berlin on Jan. 19, world powers pledged to respect a UN arms embargo, which UN officials say is still being violated.

The UN Security Council this month endorsed the conclusions of the Berlin summit, calling for a lasting ceasefire and strict respect for the arms embargo.

Turkey is also facing mounting losses in Syria's Idlib province, where its troops have come under fire from Syrian government forces this month.

Oil-rich Libya has been torn by violence since the 2011 revolt that killed longtime dictator Moamer Kadhafi, with rival administrations in Tripoli and the east vying for power. -- GDA"""),

dict(group=G4, published="2020-02-26", outlet="Sada Al-Arab Net",
title="Erdogan admits killing of two Turkish soldiers in Libya",
text="""Sada Al-Arab Net - Arab and international news

Erdogan admits killing of two Turkish soldiers in Libya

Wednesday 26 February 2020 - 11:40

Turkish President Recep Tayyip Erdogan admitted, yesterday Tuesday, the killing of two soldiers of his country in Libya, where Ankara sends forces and Syrian fighters to support the reconciliation government (Al-Wefaq) headed by Fayez al-Sarraj.

Erdogan said to the journalists in Ankara before his travel to Azerbaijan: "We have two martyrs there in Libya", without clarifying when or where the two soldiers were killed.

And the Turkish President had acknowledged, last Saturday, that a number of elements of the Turkish forces had fallen in Libya, without specifying their number, which raised wide criticism in the Turkish opposition.

For its part, the Libyan National Army led by Field Marshal Khalifa Haftar had announced, on Sunday, that its forces killed 16 Turkish soldiers during the recent weeks in the battles on the outskirts of the capital Tripoli.

Erdogan defended the sending of the Syrian fighters loyal to Ankara to Libya, and said that "the brothers who are with us in Syria consider their presence there with us an honour", in reference to the factions of the so-called Syrian National Army.

The Turkish opposition, led by the Republican People's Party, had demanded from the government to disclose the number of the soldiers in Libya and the nature of their missions, and accused Erdogan of involving the country in a war that does not concern it, at the time that the Turkish army is facing losses also in the Syrian Idlib.

It is worth mentioning that the Turkish parliament had approved, at the beginning of last January, a memorandum of the presidency allowing the sending of forces to Libya for a period of one year, on the basis of the security memorandum signed between Erdogan and al-Sarraj in November 2019.

It is worth mentioning also that the forces of the Libyan army had targeted, last week, the port of Tripoli, and said that it destroyed a Turkish ship loaded with weapons and ammunition, while the Al-Wefaq government denied that and announced the suspension of its participation in the talks of the joint military committee (5+5) in Geneva.

It is worth mentioning that Russia and Turkey had sponsored a ceasefire that entered into force on 12 January, and that the Berlin conference on 19 January committed the participating states, including Turkey, to stop the interference in the Libyan affairs and to respect the arms embargo, but the violations continued.

The Arab League and Egypt have repeatedly condemned the Turkish interference in Libya, and considered the sending of mercenaries a threat to the Arab national security and to the security of the neighbouring countries.

Share on Facebook
Share on Twitter

Previous article: Sisi receives phone call from Saudi Crown Prince
Next article: Corona.. Bahrain and Kuwait announce new cases coming from Iran"""),

dict(group=G5, published="2020-04-13", outlet="Tripoli Free Voice",
title="Libyan Army liberates Sabratha and Surman from Haftar militias",
text="""Tripoli Free Voice
Home > Libya > Military

Libyan Army liberates Sabratha and Surman from Haftar militias

13 April 2020 | TFV staff

The forces of the Libyan Army under the Government of National Accord (GNA) on Monday took full control of the coastal cities of Sabratha and Surman, west of the capital, after a swift attack launched at dawn from several axes, the spokesman of the army, Colonel Mohammed Gununu, announced.

"Our heroic forces have extended the authority of the state over the cities of Sabratha and Surman," Gununu said in a statement released by the media centre of Operation Burkan Al-Ghadab (Volcano of Rage). He said the forces had destroyed operations rooms of Haftar's militias and seized a large number of tanks, armoured vehicles, Grad rocket launchers and ammunition, including armoured vehicles supplied by the UAE.

Mustafa Al-Mujie, spokesman of Volcano of Rage, said that Surman fell first in the morning and that clashes then moved to the eastern entrance of Sabratha before the militias collapsed. The air force of the GNA targeted reinforcements and supply vehicles on the roads leading to the two cities.

Residents went out to the streets in both cities to welcome the army. In Surman, the forces freed civilians who had been detained by Haftar's militias, according to the media centre.

The attack is part of Operation Peace Storm, which was launched by the Supreme Commander of the Libyan Army, Fayez al-Sarraj, on 25 March in response to the continuous shelling of residential neighbourhoods in Tripoli, despite calls by the United Nations and the international community for a humanitarian truce to confront the coronavirus.

The liberation of the two cities came a day after the Libyan Army repelled an attack by Haftar's militias on Abu Qurain, south of Misrata. The army announced on Sunday that at least 35 of the attackers had been killed.

Earlier this month, Haftar's militias shelled Al-Khadra General Hospital in Tripoli, which had been designated to receive coronavirus patients, several times, in attacks condemned by the United Nations mission as a clear violation of international humanitarian law.

Sabratha, about 70 km west of Tripoli, and Surman had been under the control of Haftar's forces and allied local groups since the beginning of the aggression on the capital in April last year. Their liberation opens the coastal road from Tripoli to the Tunisian border and isolates the militias still holed up in Al-Watiya airbase, which the Libyan Army tried to storm at the start of Operation Peace Storm.

Haftar's militias have failed for more than a year to enter Tripoli, despite the support of the UAE, Egypt, Russian Wagner mercenaries and Sudanese and Chadian fighters. The GNA signed a security and military cooperation memorandum with Turkey in November, which Sarraj says has helped to restore the balance on the ground."""),

dict(group=G5, published="2020-04-14", outlet="Hilal News Agency",
title="Libya's legitimate government retakes Sabratha, Surman from putschist Haftar",
text="""TRIPOLI (Hilal) - Forces of Libya's internationally recognised Government of National Accord (GNA) have retaken the strategic coastal cities of Sabratha and Surman from the militias of putschist Khalifa Haftar, pushing on towards the Tunisian border, the army said.

Army spokesman Mohammed Gununu said government forces had established full control of both cities after an operation launched at dawn "from land, sea and air". In a further statement on Tuesday he said the troops had also entered al-Ajaylat, Zaltan, al-Jmail, Riqdalin, al-Assah and Mlitah, extending state authority over an area of more than 3,000 square kilometres within hours.

According to the army, the operation led to the capture of a large number of weapons left behind by Haftar's militias, including armoured vehicles of Emirati origin, tanks and rocket launchers.

The army also announced that civilians held in prisons run by Haftar's militias in Surman had been freed.

Haftar's forces had controlled the two cities, which lie west of the capital on the coastal road to Tunisia, since shortly after they launched their attack on Tripoli in April 2019.

The advance is the most significant achieved by the GNA since the beginning of Operation Peace Storm on March 25, which the government launched after Haftar's militias continued shelling residential areas of Tripoli despite international calls for a humanitarian truce during the coronavirus pandemic.

Earlier this month Haftar's militias repeatedly shelled Tripoli's Al-Khadra hospital, which had been allocated for coronavirus patients, drawing condemnation from the UN. The GNA has said that its operations are a legitimate response to such attacks on civilians.

Haftar's forces claimed on Tuesday to have downed a drone over Tripoli. The claim could not be verified.

Turkey and the GNA signed a memorandum of understanding on security and military cooperation on Nov. 27, 2019. The Turkish parliament in January approved a motion authorising the deployment of troops to Libya to help the legitimate government.

On Sunday, government forces repelled an attack by Haftar's militias on Abu Qurain, south of Misrata, killing dozens of militants, according to the army.

Erdogan confirmed in February that two Turkish soldiers had been killed in Libya, where Turkish personnel are providing training and coordination to the legitimate government's forces under the memorandum signed in November.

Turkish officials have repeatedly stressed that there is no military solution to the Libyan conflict and that Haftar's offensive is the main obstacle to the political process agreed at the Berlin conference in January.

Libya's government has been under attack by Haftar's forces since April 2019. Hundreds of civilians have been killed and more than 150,000 displaced, according to the UN. Haftar is backed by the United Arab Emirates, Egypt, France and Russian mercenaries."""),

dict(group=G5, published="2020-04-14", outlet="MENA Daybook",
title="Middle East Daybook, April 14: Tripoli forces seize Sabratha and Surman; Turkey passes prisoner release law",
text="""MENA Daybook | Daily briefing | Tuesday 14 April 2020

Sign up to receive the Daybook in your inbox every morning. SUBSCRIBE

Good morning. Here is what you need to know today.

1. LIBYA: Tripoli government takes two coastal cities

Forces loyal to the UN-recognised Government of National Accord (GNA) seized the coastal towns of Sabratha and Surman west of Tripoli on Monday, in their biggest gain in more than a year of war with Khalifa Haftar's Libyan National Army (LNA).

GNA spokesman Mohammed Gnounou said government troops had taken both towns after an offensive launched at dawn, and that they had seized tanks and armoured vehicles. By Monday night the GNA said it was also advancing on inland towns south of Zuwara, including al-Ajaylat. Pro-GNA social media accounts posted videos of fighters in the centre of Sabratha and of residents cheering in Surman.

The LNA did not immediately comment on the loss of the towns. It said on Tuesday that it had shot down a Turkish-made drone that took off from Mitiga airport in Tripoli.

Why it matters: Sabratha and Surman secure the GNA's hold on the coast between Tripoli and the Tunisian border, and leave the LNA's al-Watiya air base, the main hub for Haftar's operations in the west, increasingly surrounded. Analysts point to Turkish-supplied drones and air defences, which have arrived in growing numbers since Ankara's parliament approved a deployment in January, as the reason the balance has shifted. The GNA launched its current operation, "Peace Storm", on March 25, despite UN appeals for a humanitarian truce during the coronavirus pandemic.

Background: Haftar launched his offensive on Tripoli on April 4, 2019, so the campaign has just entered its second year. A Russian-Turkish truce in January and a Berlin summit on January 19 failed to stop the fighting, and the GNA withdrew from UN military talks in February after the LNA shelled Tripoli's port.

2. TURKEY: Parliament passes prisoner release law

Turkey's parliament passed legislation early on Tuesday that will allow the temporary or early release of tens of thousands of prisoners to ease overcrowding during the coronavirus outbreak. Opposition parties and rights groups criticised the exclusion of journalists and others held on terrorism charges.

3. IRAQ: Kadhimi consults on cabinet

Prime Minister-designate Mustafa al-Kadhimi, named last week, continued consultations with political blocs on forming a government. He has 30 days to present his cabinet to parliament.

4. CORONAVIRUS: Regional tally

Iran remains the worst-hit country in the region. Gulf states extended curfews and suspended flights, while Egypt extended its night curfew.

5. YEMEN: Truce under strain

The unilateral two-week ceasefire announced last Wednesday by the Saudi-led coalition, citing the coronavirus threat, is under strain, with the Houthis dismissing it and clashes reported on several fronts.

That's all for today. Forward this briefing to a friend.

Manage cookie preferences | Privacy policy | Unsubscribe"""),
]
