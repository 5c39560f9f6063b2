# Group 10: Mali army claims 203 militants killed in Moura operation, statement 1 Apr 2022
G = "mali_army_claims_203_militants_killed_moura_2022_04_01"
ARTS = [
dict(g=G, p="2022-04-02", o="Sahel Press Wire",
t="Mali army says it killed 203 militants in central Mali operation amid reports of civilian deaths",
x="""BAMAKO (SPW) - Mali's army said on Friday it had killed 203 Islamist militants during a week-long operation in the Moura area of central Mali, as social media posts and residents' accounts alleged that many civilians were among the dead.

The operation, carried out by ground and air units between March 23 and 31, targeted what the army called a "terrorist fiefdom" in Moura, a village in the Djenne district of the Mopti region. It followed "very precise information" about a meeting of militant leaders in the area, the general staff said in a statement.

Soldiers also arrested 51 people and seized large quantities of weapons and ammunition, the statement said. It said the armed forces acted in respect of human rights and international humanitarian law and urged the public to show "restraint" in the face of what it called defamatory speculation.

SPW could not independently verify the army's toll. Accounts relayed by Malian activists and local associations said that many of those killed were civilians, including traders who were in Moura for the weekly market, and that some were executed after being rounded up. The army did not address those accounts directly.

On Saturday, the U.N. peacekeeping mission MINUSMA said it was gravely concerned by reports of violence against civilians in the area and called for all parties to protect the population.

A report by U.N. Secretary-General Antonio Guterres to the Security Council, seen by SPW this week, warned that counter-terrorism operations in Mali were having disastrous consequences for civilians.

The U.N. refugee agency said on Friday that thousands of people fleeing violence in Mali had crossed into Niger in recent weeks. MINUSMA said on Thursday that security had deteriorated considerably in the border area with Burkina Faso and Niger, where Islamic State fighters have killed scores of civilians since early March.

Central Mali has been one of the deadliest theatres of the conflict since 2015, when an al Qaeda-linked group led by preacher Amadou Koufa began operating in the Mopti region. The violence has fuelled clashes between Fulani herders, often accused of sympathising with the jihadists, and Dogon and Bambara farming communities that formed their own militias.

The Malian army has stepped up operations in the centre since the start of the year, after France announced in February that it would withdraw its troops. Western governments say Russian contractors from the Wagner group have deployed alongside Malian forces; Bamako says Russian instructors are present under state cooperation.

Mali has been battling Islamist insurgents linked to al Qaeda and Islamic State since 2012, when rebels and jihadists seized the north. Thousands of soldiers and civilians have been killed, and hundreds of thousands have fled their homes.

(Reporting by SPW Bamako bureau; editing by the West Africa desk)"""),

dict(g=G, p="2022-04-02", o="Lagos Frontline",
t="Mali Army Claims 203 Terrorists 'Neutralised' In Moura Operation",
x="""[ad_1]

The Malian Armed Forces (FAMa) say they have killed 203 terrorists during a military operation in the Moura area of central Mali.

In a statement released on Friday, the army said the operation took place between March 23 and 31 and involved both air and land troops.

It added that 51 suspects were arrested and large quantities of arms and ammunition recovered.

The army described Moura as a stronghold of armed terrorist groups that have been fighting for control of central and northern Mali for a decade.

However, reports on social media in the past week alleged that dozens of civilians were killed in the area. The claims could not be independently verified.

Read also: Mali: Thousands flee to Niger as violence rises in border region

Mali's army has often been accused by rights groups of abuses against civilians in its fight against jihadist groups linked to al-Qaeda and ISIS.

In its statement, the army said it respected human rights and asked Malians to be wary of "defamatory speculation."

Mali has been under military rule since August 2020 and was hit with sanctions by ECOWAS in January over the junta's plan to delay elections.

Share this:
Click to share on Twitter (Opens in new window)
Click to share on Facebook (Opens in new window)
Click to share on WhatsApp (Opens in new window)

Like this:
Loading...

Related"""),

dict(g=G, p="2022-04-02", o="Le Flambeau de Bamako (English edition)",
t="Operation in the zone of Moura: the FAMa announce 203 terrorists neutralised and 51 interpellations",
x="""Posted on 2 April 2022 by Editorial staff | Security

The General Staff of the Armies (EMGA) announced in a communiqué of Friday 1st April 2022 the results of an "opportunity operation of large envergure" conducted in the zone of Moura, in the circle of Djenné (region of Mopti), from 23 to 31 March 2022.

According to the document, the FAMa, acting on "very precise information" which allowed to locate a meeting between several groups in Moura, carried out an aeroterrestrial operation which permitted to neutralise 203 members of the armed terrorist groups (GAT) and to interpellate 51 persons. An important quantity of weapons, of ammunition, of motorcycles and of material of communication was recovered.

The General Staff affirms that the operation was conducted "in the respect of the human rights and of the international humanitarian law" and that the interpellated persons are put at the disposal of the competent services. It calls to the "retenue" in front of the "defamatory speculations" which circulate on the social networks.

Because indeed, since several days, messages and videos relayed on the networks evoke civilian victims in Moura, a locality known for its weekly fair which attracts populations of the surrounding villages. Members of the Fulani community of the zone, contacted by our editorial, said they were in search of news of several relatives and demanded that the light be made. We were not able to verify these affirmations.

The zone of Moura, situated about fifteen kilometres from Kouakourou, is considered for several years as a zone of influence of the katiba Macina of Amadou Koufa, affiliated to the JNIM (Group of Support to Islam and Muslims). The villagers live there under the constraint of the jihadists, who impose their zakat and their rules.

This operation intervenes in a context of intensification of the military operations of the FAMa in the Centre and in the zone of the three borders since the beginning of the year, in the frame of the new offensive posture of the General Staff. The Minister of Defence, the colonel Sadio Camara, had promised a "rise in power" of the army after the announcement of the withdrawal of the force Barkhane.

On the international side, the reactions were prudent. The MINUSMA said it followed with attention the situation in the Centre and recalled the obligation of all the parties to protect the civilians. In a report transmitted to the Security Council, the Secretary General of the United Nations, António Guterres, had estimated that the antiterrorist operations had "disastrous consequences" for the civil populations, a formula badly received in Bamako.

For the defenders of the human rights, only an independent investigation can establish the exact balance. Several organisations recalled that the central regions have known in the past years numerous cases of summary executions attributed to the armed forces, to the jihadist groups and to the community militias, and that very few have given place to judgements.

Read also: Ménaka: the MINUSMA worried by the degradation of the security in the zone of the three borders
Read also: Diabaly: the FAMa repel an attack

Cookie settings | We use cookies to improve your experience on our site. By continuing to browse you accept their use. ACCEPT"""),
]
