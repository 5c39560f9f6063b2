# Group 5: Goita sworn in 7 Jun 2021; Group 6: Western statement on Wagner 23 Dec 2021
G5 = "assimi_goita_sworn_in_mali_transition_president_2021_06_07"
G6 = "western_states_condemn_wagner_deployment_mali_2021_12_23"
ARTS = [
dict(g=G5, p="2021-06-07", o="Global Dispatch Agency",
t="Mali coup leader Goita sworn in as president, names Choguel Maiga prime minister",
x="""BAMAKO, Mali (GDA) — Col. Assimi Goita, the army officer who has now led two coups in nine months, was sworn in as Mali's transitional president on Monday and pledged to honor the country's international commitments, including elections promised for early next year.

Goita, 38, took the oath before judges of the Supreme Court at a ceremony at the Bamako International Conference Center, swapping his usual combat fatigues for a ceremonial uniform. "I swear before God and the Malian people to preserve in all fidelity the republican regime," he said.

He told the audience that he wanted to reassure regional organizations and the wider international community that Mali would respect all its obligations, and that credible and transparent elections would be held "at the appropriate time."

Hours later, a decree read on state television named Choguel Kokalla Maiga, a former minister and a leader of the M5-RFP coalition that led last year's protests against President Ibrahim Boubacar Keita, as prime minister.

Goita was declared head of state by the Constitutional Court on May 28, days after soldiers detained interim President Bah Ndaw and Prime Minister Moctar Ouane following a cabinet reshuffle that dropped two officers from the junta. Both men resigned while in custody and were later released.

The takeover drew sharp criticism abroad. The Economic Community of West African States suspended Mali from its institutions at a summit in Accra on May 30 and called for a civilian prime minister, while the African Union suspended the country on June 1. France, which has some 5,100 troops in the Sahel, said last week it was suspending joint operations with Malian forces pending guarantees on the transition.

Mali's partners are pressing the military to hold presidential and legislative elections on Feb. 27, 2022, as scheduled. Some of Goita's advisers have suggested the vote could slip.

Maiga, 63, is a veteran of Malian politics who served as a minister under several presidents, including as communications minister under Keita. As head of the M5-RFP's strategic committee, he was a fierce critic of the transition led by Ndaw and Ouane, whom he accused of sidelining the movement that had driven the protests against Keita.

His appointment is likely to please parts of the street in Bamako but may not satisfy Western partners who wanted a neutral technocrat. The United States and the European Union have said they are reviewing their assistance to Mali.

Goita, a former special forces commander who fought jihadist groups in the north and centre, has received training from the United States, France and Germany. Under the transition charter, he had been vice president in charge of security issues. His sudden move against Ndaw was triggered by a cabinet reshuffle that removed two of his fellow colonels from the defense and security ministries."""),

dict(g=G5, p="2021-06-08", o="Lagos Frontline",
t="Mali: Colonel Goita Takes Oath As Transitional President",
x="""Mali's military strongman, Colonel Assimi Goita, has been sworn in as the country's transitional president, two weeks after he ousted the civilian leaders of the transition.

The swearing-in ceremony held on Monday in Bamako, the capital. Goita promised to keep to the transition timetable and to organise elections, saying Mali would respect all its commitments to regional bodies.

Shortly after the ceremony, he named Choguel Maiga, a veteran politician from the June 5 Movement, as prime minister.

ECOWAS leaders, who met in Accra, Ghana, on May 30, had suspended Mali but stopped short of imposing new economic sanctions. The regional body insisted that the transition must end with elections in February 2022.

It would be recalled that Goita led the August 2020 coup which removed President Ibrahim Boubacar Keita. He was vice president under the transition led by Bah Ndaw until May 24, when soldiers detained Ndaw and Prime Minister Moctar Ouane.

Read also: ECOWAS suspends Mali after second coup

Share this:
Twitter  Facebook  WhatsApp

France Suspends Joint Military Operations With Mali

France said on Thursday it was suspending joint military operations with Malian troops, in protest at the second coup in the West African country in nine months.

The French armed forces ministry said in a statement that it had decided, as a precautionary and temporary measure, to suspend joint operations and national advisory missions pending guarantees from Malian authorities on the return of civilians to power.

French troops of Operation Barkhane will continue to operate separately in the country, the ministry added, and the decision will be reassessed in the coming days.

President Emmanuel Macron had warned at the weekend that France would not stay alongside a country where there is no longer democratic legitimacy or transition.

France has about 5,100 soldiers deployed across the Sahel to fight jihadist groups.

Leave a Reply
Your email address will not be published. Required fields are marked *"""),

dict(g=G6, p="2021-12-24", o="The Meridian Chronicle",
t="Western powers condemn Russian-backed Wagner deployment in Mali",
x="""By our Paris and West Africa staff

Fifteen Western governments accused Russia on Thursday of helping to deploy mercenaries from the Wagner group in Mali, the clearest official confirmation yet that the private military company has begun operating in a country where thousands of European troops are fighting jihadists.

In a joint statement published by the French foreign ministry, the signatories, who include France, Britain, Germany, Italy, Canada and several Nordic and Baltic states, said they "firmly condemn" the arrival of mercenary troops on Malian soil and said they were aware of the Russian government's involvement in providing material support for Wagner's deployment. They called on Moscow to "revert to a responsible and constructive behaviour" in the region.

The statement warned that the deployment could only worsen security in West Africa, aggravate the human rights situation in Mali and threaten the 2015 peace agreement between Bamako and northern armed groups. The governments also said they "deeply regret" that Mali's transitional authorities had chosen to spend scarce public money on foreign mercenaries rather than on the Malian army and public services.

The United States did not sign the text, although Washington has repeatedly warned the junta against hiring Wagner.

A French official, briefing journalists, described what Paris had observed on the ground: repeated rotations of Russian military transport aircraft, work at Bamako airport to accommodate large numbers of personnel, and regular visits to the capital by Wagner executives. The official did not give a figure for the number of mercenaries already in the country.

The statement stops short of announcing any withdrawal. France had said in September that a Wagner presence would be "incompatible" with its own, and European partners in the special forces Task Force Takuba, which operates alongside French troops, had signalled they could reconsider.

Relations between Paris and Bamako have been deteriorating for months. In June, after Colonel Assimi Goita's second coup, Emmanuel Macron announced that the Barkhane operation would be scaled down, and French troops have since handed over their bases in Kidal, Tessalit and, earlier this month, Timbuktu. Mali's prime minister, Choguel Maiga, told the UN General Assembly in September that France had abandoned his country "in mid-flight", a phrase that infuriated the Elysée.

Reports that the junta was negotiating with Wagner first emerged in September, when diplomatic sources said a deal for about 1,000 fighters was close. The Russian foreign minister, Sergei Lavrov, said at the time that Mali had approached a private Russian company and that the Kremlin had nothing to do with it. Malian officials have consistently denied that any contract exists, while saying they are free to choose their partners.

Wagner, which Western governments say is controlled by Yevgeny Prigozhin, a businessman close to Vladimir Putin, has been active in Syria, Libya, Sudan, the Central African Republic and Mozambique. United Nations experts have accused its personnel of abuses in the Central African Republic. The European Union imposed sanctions on the group, eight individuals and three entities on 13 December.

The timing adds to the pressure on Bamako. The military leadership, which seized power in August 2020 and again in May this year, has signalled that it will not hold the presidential and legislative elections promised for 27 February. West African leaders, meeting in Abuja on 12 December, said they would impose further sanctions in January if no credible election timetable was presented, and expressed concern about the possible deployment of private security companies in Mali."""),

dict(g=G6, p="2021-12-24", o="NovoRus International",
t="Mali Denies Deployment of Private Military Company After Western Statement",
x="""BAMAKO, December 24 (NovoRus) - The transitional government of Mali has rejected accusations by a group of Western states about the alleged deployment of Russian private military contractors, saying that Russian instructors are present in the country within the framework of bilateral cooperation between the two states.

On Thursday, France, Germany, the United Kingdom, Canada and a number of other countries issued a statement condemning what they called the deployment of "mercenaries" of the Wagner group in Mali, and accused the Russian government of providing material support.

In a statement released on Friday, the Malian government said it "formally denies" the allegations and demanded that evidence be presented by independent sources. It said that Russian trainers are in Mali as part of the strengthening of the operational capacities of the national defense and security forces, and stressed that Mali is only engaged in a state-to-state partnership with the Russian Federation, its historic partner.

The signatories of the Western statement, which include Belgium, Denmark, Estonia, Italy, Lithuania, the Netherlands, Norway, Portugal, Romania, Sweden and the Czech Republic, also claimed that the deployment would threaten the 2015 Algiers peace agreement and complicate the protection of civilians. The United States did not join the document.

Earlier in December, the European Union introduced restrictive measures against the Wagner group and several individuals, which Moscow described as part of a campaign against Russia's presence in Africa.

Cooperation between Moscow and Bamako dates back to the Soviet period, when thousands of Malian officers and specialists were trained in the USSR. In 2019, the two countries signed an agreement on military cooperation, and this autumn Russia delivered four Mi-171 helicopters to Mali.

The Malian authorities have repeatedly said that the country is a sovereign state and has the right to choose its partners in the fight against terrorism.

The Kremlin has previously stated that Russian private companies abroad do not represent the interests of the Russian state. Russian Foreign Minister Sergei Lavrov said in September that Mali had turned to a private military company on its own initiative because of the deteriorating security situation and the reduction of the French military contingent.

Thousands of Malians have taken to the streets of Bamako this year in support of the transitional authorities and closer cooperation with Russia, demanding the withdrawal of French troops.

France has been conducting military operations in Mali since 2013. Despite the presence of several thousand French troops and the UN mission MINUSMA, terrorist groups have expanded their activities to the central regions of the country and neighboring Burkina Faso and Niger."""),

dict(g=G6, p="2021-12-25", o="Sahel Security Review",
t="Analysis: Wagner statement marks end of ambiguity for Barkhane's partners in Mali",
x="""SAHEL SECURITY REVIEW | Analysis | 25 December 2021

The joint declaration issued on 23 December by fifteen Western governments is the first time the states fighting alongside Mali's armed forces have formally stated that the Russian private military company Wagner is deploying in the country, and that Moscow is materially supporting it. The text, signed by France, the UK, Germany, Italy, Canada, Belgium, the Czech Republic, Denmark, Estonia, Lithuania, the Netherlands, Norway, Portugal, Romania and Sweden, does not contain any operational decision. But its wording narrows the room for the diplomatic ambiguity that has surrounded the question since September.

What has been observed

French officials cite frequent flights by Russian air force transport aircraft into Bamako, new facilities at the airport zone able to receive large numbers of personnel, visits by Wagner managers, and the activity of Russian geologists whom Paris associates with the group's business model elsewhere in Africa, where security services are often paid in mining concessions. Open-source estimates of the number of personnel on the ground vary widely; we have seen figures from a few dozen to several hundred, none independently confirmed.

Bamako's response, issued on 24 December, denies any deployment of a private security company and presents the Russians as "trainers" under state-to-state cooperation. That formula mirrors the one used in the Central African Republic since 2018, where Moscow described Wagner-linked personnel as instructors.

Force posture implications

For Barkhane, the immediate questions are force protection and intelligence sharing. The French-led force has been shrinking its footprint in the north: Kidal and Tessalit were handed to the Malian army in the autumn and Timbuktu on 14 December. Barkhane now concentrates on Gao, Ménaka and Gossi, with the stated goal of reducing from about 5,100 personnel in the Sahel to 2,500-3,000 by 2023.

The European special forces Task Force Takuba, launched in 2020 and now including Estonian, Czech, Swedish, Italian and other contingents, is more exposed politically than militarily. Several contributing governments must justify deployments to their parliaments, and a partnership with an army that works alongside Wagner would be difficult to defend. Germany, whose troops serve both in MINUSMA and in the EU training mission EUTM, faces a similar debate.

What to watch

- ECOWAS: leaders meeting in Abuja on 12 December said sanctions would follow in January if the junta does not present an election calendar; the junta's national consultations this month are expected to recommend a transition of several more years.
- Paris: officials have stopped short of announcing a withdrawal but describe the partnership as under review.
- Moscow: the Kremlin's line remains that private companies do not represent the state; the statement explicitly rejects that distinction.

One line near the end of the statement may matter most: the signatories say they will not give up their efforts for the Malian people. In diplomatic terms, that is a hint that the format of the partnership, rather than the principle, is what now comes into question."""),
]
