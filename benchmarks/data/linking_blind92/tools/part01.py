G = "turkish_parliament_approves_libya_deployment_2020_01_02"
ARTICLES = [
dict(group=G, published="2020-01-02", outlet="Meridian Wire Service",
title="Turkish parliament votes to allow troop deployment to Libya",
text="""ANKARA (MWS) - Turkey's parliament on Thursday gave President Tayyip Erdogan the authority to send troops to Libya, clearing the way for military support to the internationally recognised government in Tripoli as it fights off an offensive by eastern commander Khalifa Haftar.

Lawmakers recalled early from their winter recess approved the motion by 325 votes to 184 in an extraordinary session, with the ruling AK Party and its nationalist MHP ally backing it. The main opposition Republican People's Party (CHP), the IYI Party and the pro-Kurdish HDP voted against, warning that Turkey risked being dragged into a new Syria.

The one-year mandate does not say how many soldiers might go or what they would do. Vice President Fuat Oktay told broadcasters after the vote that Ankara would decide on the scale and timing "according to developments on the ground", adding that he hoped the vote would act as a deterrent and that actual deployment might not be needed.

The motion says risks from Libya extend to Turkey and the wider region, citing migration, "terrorist organisations" and threats to Turkish interests in the Mediterranean and North Africa.

Fayez al-Sarraj's Government of National Accord (GNA) formally asked for Turkish air, ground and sea support late last month, officials on both sides have said. Ankara and the GNA signed a security and military cooperation accord alongside a maritime boundaries deal on Nov. 27, angering Greece, Cyprus and Egypt.

Haftar's self-styled Libyan National Army (LNA), backed by the United Arab Emirates, Egypt and Russia, launched its campaign to seize Tripoli in April. Thousands have been displaced by months of fighting on the capital's southern edges.

Egypt's foreign ministry condemned the vote within hours, calling it a violation of U.N. Security Council resolutions on Libya, while U.S. President Donald Trump spoke to Erdogan by phone and warned that foreign interference was complicating the situation, the White House said.

Libya has been in turmoil since a NATO-backed uprising toppled Muammar Gaddafi in 2011. Since 2014 it has been divided between rival administrations in the east and west, each backed by armed factions and foreign governments. Turkey and Qatar have supported the Tripoli authorities, while the United Arab Emirates, Egypt and Russia have backed Khalifa Haftar's forces in the east.

(Reporting by MWS Ankara bureau; editing by Clara Donnelly)"""),
dict(group=G, published="2020-01-03", outlet="BSN English",
title="Turkish Grand National Assembly approves Libya motion",
text="""ANKARA - The Turkish Grand National Assembly (TBMM) on Thursday approved the presidential motion authorising the deployment of Turkish troops to Libya, following a request from the country's legitimate Government of National Accord (GNA).

The motion, submitted by President Recep Tayyip Erdogan on Monday, was accepted with 325 votes in favour and 184 against during an extraordinary session of the General Assembly.

The text underlines that the attacks launched by "illegal armed groups" under Khalifa Haftar against the legitimate government threaten not only Libya's stability but also Turkey's national interests in the Mediterranean basin and North Africa.

"We will stand by our Libyan brothers as we always have," said AK Party parliamentary group chairman Naci Bostanci, addressing lawmakers before the vote. He said the deployment would be carried out within the framework of international law.

Speaking to reporters after the session, Vice President Fuat Oktay said the motion was also a political message. "If the other side steps back and gives up its aggressive stance, there may be no need to go," Oktay said, underlining that Ankara supports a political solution under UN auspices.

The mandate will remain valid for one year. The president will decide on the scope, amount and timing of the deployment.

Turkey and Libya signed a memorandum of understanding on security and military cooperation, and a separate memorandum on the delimitation of maritime jurisdiction areas, on Nov. 27, 2019. Both memoranda were ratified by the Turkish parliament in December.

Since April 4, 2019, forces loyal to Haftar have been attacking Tripoli. More than 1,000 people have been killed in the clashes, according to the World Health Organization.

Share this:
Twitter
Facebook
WhatsApp
Related
Defence Minister Akar: Our armed forces are ready for any mission
Erdogan: We will not leave Libya to warlords"""),
dict(group=G, published="2020-01-03", outlet="Nile Gazette Online",
title="Arab rejection after Turkish Parliament authorises sending forces to Libya",
text="""[ad_1]

Cairo - Arab and international condemnation widened on Friday after the Turkish parliament, dominated by the party of President Recep Tayyip Erdogan, voted yesterday to allow the dispatch of Turkish forces to Libya in support of the militias of the Tripoli-based Presidential Council headed by Fayez al-Serraj.

The Egyptian Foreign Ministry said in a statement that Cairo "strongly condemns" the step taken by the Turkish parliament, describing it as a flagrant violation of international legitimacy and of Security Council resolutions on Libya, including the arms embargo. The ministry warned that any Turkish military intervention would negatively affect the stability of the Mediterranean region and that Turkey would bear full responsibility.

President Abdel Fattah el-Sisi held an emergency meeting of the National Security Council to discuss what it called "threats to Egyptian national security resulting from foreign interference in Libya".

In Benghazi, the spokesman of the Libyan National Army, Major General Ahmed al-Mismari, said the army was ready to confront any "Turkish invasion", and that Turkish ships and aircraft entering Libyan territory would be treated as hostile targets. Field Marshal Khalifa Hafter later declared general mobilisation, calling on Libyans to carry arms against what he called the coming colonizer.

The vote passed by 325 votes to 184. Turkish opposition parties, headed by the Republican People's Party, rejected the motion, and their deputies warned that Ankara was sending its soldiers to die in a war that does not concern them.

Observers say Ankara wants to protect the two memoranda signed with al-Serraj at the end of November, the first on maritime borders, which Egypt, Greece and Cyprus consider null, and the second on security cooperation which opened the door to this deployment. Reports have also spoken in recent days of the transfer of Syrian fighters from factions loyal to Ankara to the Tripoli fronts, which the Turkish side did not confirm.

The Arab League had warned at an emergency meeting earlier this week against any foreign intervention in Libya.

Read also: Libyan Army advances on Tripoli axes... and militias retreat
Read also: Egypt, Greece and Cyprus: Turkish memorandums have no legal effect

Exit mobile version"""),
]
