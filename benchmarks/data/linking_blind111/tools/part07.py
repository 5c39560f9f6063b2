# Group 9: France announces withdrawal of Barkhane and Takuba from Mali, 17 Feb 2022
G = "france_announces_barkhane_withdrawal_from_mali_2022_02_17"
ARTS = [
dict(g=G, p="2022-02-17", o="Africa Now Live",
t="LIVE: France and allies to pull troops out of Mali - as it happened",
x="""Live updates | Last updated 17 February 2022, 19:55 GMT

19:55 - We are wrapping up. The key points: France, its European partners in Task Force Takuba and Canada will withdraw their forces from Mali; Emmanuel Macron says the pull-out will take four to six months; Niger will become the main hub of the French-led counter-terrorism effort in the Sahel. Bamako has not yet officially reacted.

17:20 - Reaction from the streets of Bamako, via our correspondent: at a tea stall near the Grand Marché, several young men said the departure was "a victory". A shopkeeper said he was more worried about jihadist attacks on the roads to the centre of the country than about who the soldiers are.

15:45 - The EU-AU summit has opened in Brussels. The Mali withdrawal hangs over the gathering, although Mali, Guinea, Burkina Faso and Sudan - all suspended from the AU - are not represented.

14:20 - Background for those just joining: French troops first deployed to Mali in January 2013 under Operation Serval, to stop jihadist columns advancing south. The mission became the regional Operation Barkhane in 2014. Relations with Bamako soured after the coups of August 2020 and May 2021, the arrival of Russian contractors from the Wagner group (denied by Mali, which speaks of Russian trainers), and the expulsion of the French ambassador on 31 January.

13:40 - Reporters press Macron on the fate of the UN mission MINUSMA and the EU training mission EUTM, both of which lean heavily on French logistics and air support. Their future is expected to be discussed with partners in the coming weeks.

13:10 - Macron rejects any suggestion that France has failed in Mali. "I completely reject that term," he says, arguing that French troops prevented the collapse of the Malian state in 2013 and killed several top jihadist leaders.

12:40 - Macron pays tribute to the 53 French soldiers killed in the Sahel since 2013. He says the French bases at Gossi, Ménaka and Gao will be closed in an orderly manner and that security of the UN mission MINUSMA will be taken into account.

12:15 - Macron is speaking at the Elysée, flanked by Senegal's Macky Sall (AU chair), Ghana's Nana Akufo-Addo (ECOWAS chair) and European Council President Charles Michel. He says France cannot remain militarily engaged alongside de facto authorities whose strategy and hidden objectives it does not share.

08:30 - A joint statement, signed by France, European countries operating alongside Barkhane and in Takuba, and Canada, says "multiple obstructions" by the Malian transitional authorities mean the political, operational and legal conditions are no longer met. They intend to stay engaged in the Sahel, notably in Niger and Gulf of Guinea states, and will set out the parameters by June.

08:00 - Good morning. Last night Macron hosted African and European leaders for a working dinner in Paris on the future of the anti-jihadist mission. An announcement on Mali is expected this morning.

ALSO TODAY
- Burkina Faso: reactions a day after junta leader Damiba's swearing-in"""),

dict(g=G, p="2022-02-17", o="NovoRus International",
t="France to Withdraw Troops From Mali After Nine Years of Operations",
x="""PARIS, February 17 (NovoRus) - French President Emmanuel Macron announced on Thursday the withdrawal of French troops from Mali, where Paris has been conducting counterterrorism operations since 2013.

"We cannot remain militarily engaged alongside de facto authorities whose strategy and hidden objectives we do not share," Macron said at a press conference in Paris.

The withdrawal of the Barkhane force and the European special forces task force Takuba will take between four and six months, the French leader said. France and its allies intend to continue their presence in the region, notably in Niger.

According to French data, about 2,400 French troops are currently stationed in Mali. During the years of the operation, more than 50 French servicemen were killed.

The decision was announced amid the sharp deterioration of relations between Paris and Bamako. In late January, the Malian authorities expelled the French ambassador in response to statements by French officials who described the transitional government as illegitimate. Earlier, Mali demanded the withdrawal of Danish special forces that had arrived without authorization. The Malian authorities have also called for a revision of the defense agreements with France, which they consider unbalanced.

Macron held the press conference together with Senegalese President Macky Sall, who chairs the African Union, Ghanaian President Nana Akufo-Addo, the chairman of ECOWAS, and European Council President Charles Michel. The announcement came on the eve of an EU-African Union summit in Brussels.

Western countries have accused Mali of inviting contractors from the Wagner private military company, which the Malian government denies, noting that Russian military instructors are in the country under an intergovernmental agreement. The Malian authorities have repeatedly said that they have the sovereign right to choose their partners.

Residents of Bamako have held numerous rallies in recent months demanding the departure of French troops, which many Malians accuse of failing to curb the terrorist threat despite the years of their presence. Over the years of the French operation, armed groups linked to Al-Qaeda and the Islamic State (both banned in Russia) have spread from the north of Mali to its central regions and to neighboring Burkina Faso and Niger.

Russian experts note that the French withdrawal reflects a broader crisis of French influence in its former colonies in Africa. In recent months, military governments have also come to power in Guinea and Burkina Faso, where protesters in Ouagadougou waved Russian flags after the January coup.

Mali's government has not yet officially commented on the announcement. Malian officials have repeatedly stated that the country will continue the fight against terrorism with the partners of its choice, relying primarily on the national army."""),

dict(g=G, p="2022-02-18", o="The Meridian Chronicle",
t="Macron ends France's nine-year war in Mali as relations with junta collapse",
x="""By our Paris correspondent and Africa staff

Nine years after François Hollande was greeted as a liberator in Timbuktu, Emmanuel Macron announced on Thursday that French troops would leave Mali, bringing to an end the largest French overseas military operation of the past decade and a partnership that had turned sour to the point of rupture.

Speaking at the Elysée alongside the presidents of Senegal and Ghana and the European Council president, Charles Michel, Macron said France "cannot remain militarily engaged alongside de facto authorities whose strategy and hidden objectives we do not share". The roughly 2,400 French soldiers in Mali, together with the European special forces of Task Force Takuba, will withdraw over four to six months, closing the remaining bases at Gossi, Ménaka and Gao. The French-led effort against jihadist groups in the Sahel will be reorganised around Niger, where Barkhane already has its air hub in Niamey.

Macron rejected any suggestion of failure. French troops, he said, had stopped jihadist columns from reaching Bamako in 2013 and had killed a string of senior commanders, including Abdelmalek Droukdel, the head of al-Qaeda in the Islamic Maghreb, in 2020. He paid tribute to the 53 French soldiers killed in the Sahel.

In Bamako the reaction on Friday was defiant. The transitional government said in a statement read on state television that the announcement violated the agreements between the two countries and asked France to withdraw its troops "without delay", under the supervision of the Malian authorities, rather than over the timetable Macron had set. Many Malians greeted the news with indifference or satisfaction; anti-French sentiment has been fuelled for years by the failure to halt the violence.

The decision was the culmination of a long slide. The French intervention, Operation Serval, began in January 2013 to stop an advance by jihadist groups that had seized the north the previous year. It was broadened in 2014 into Barkhane, a regional force based in Chad, Niger, Burkina Faso, Mauritania and Mali. But while the towns of the north were retaken, the insurgency spread into central Mali and across the borders, and attacks on civilians and soldiers mounted year after year.

The political rupture began with the coups. After soldiers overthrew Ibrahim Boubacar Keita in August 2020, Paris accepted the transition as a lesser evil. When Colonel Assimi Goita removed the civilian interim leaders in May 2021, Macron suspended joint operations for a month and announced a reduction of the force. In September came reports that Bamako was negotiating with Russia's Wagner group; in December, France and 14 other countries condemned the deployment of Wagner contractors, whom Mali insists are Russian state trainers. The junta's proposal to delay elections for up to five years brought sweeping ECOWAS sanctions on 9 January, and at the end of that month Mali expelled the French ambassador, Joël Meyer, after the foreign minister Jean-Yves Le Drian called the junta illegitimate. Bamako had already forced out a Danish contingent from Takuba.

European partners face questions of their own. Germany is debating whether its soldiers in the UN mission Minusma and the EU's training mission can stay, and the UN will need to replace capabilities such as medical evacuation and air support that French forces provided.

The wider stakes are considerable. Militants of the al-Qaeda-linked JNIM coalition and the Islamic State in the Greater Sahara are pressing towards the coastal states of the Gulf of Guinea, and several of those governments, including Benin and Togo, have suffered attacks in recent months. Macron said France would remain engaged there and in Niger, and European leaders gathered in Brussels for an EU-African Union summit were left to ponder what a Sahel strategy without Mali looks like."""),

dict(g=G, p="2022-02-18", o="Sahel Security Review",
t="Barkhane leaves Mali: the logistics and the new posture",
x="""SAHEL SECURITY REVIEW | Brief | 18 February 2022

Decision. On 17 February President Macron, with European Takuba contributors and Canada, announced a coordinated withdrawal of Barkhane and Task Force Takuba from Mali. The joint statement cites "multiple obstructions" by the transitional authorities and says political, operational and legal conditions for continued engagement are no longer met. Timeline announced: four to six months.

What leaves. French personnel in Mali are put at about 2,400, concentrated at the Gao desert platform (PfOD), Ménaka and Gossi, after the northern bases of Kidal, Tessalit and Timbuktu were handed over between October and December 2021. Takuba, which reached roughly 800 personnel from about ten European countries, operated mainly from Ménaka. Equipment includes armoured vehicles, helicopters (Tigre, Caïman, Cougar), drones and a large logistics footprint. The most likely exit routes are by road from Gao towards Niger and by strategic airlift from Gao.

Risks during the retreat. Retrograde operations are the moment of highest vulnerability: convoys on the RN16 and routes to Niger have been targeted by IEDs and by protests, as seen when a French logistics convoy was blocked at Kaya in Burkina Faso and then at Téra in Niger in November 2021. Paris will also need to manage a fraught handover of bases to the Malian army (FAMa), whose partners now include Russian personnel.

New posture. Niamey becomes the hub, with air assets already there. Special forces (Sabre) remain in Burkina Faso for now. Chad keeps the N'Djamena headquarters and fighter detachment. The total French footprint in the region, currently put at about 4,300-4,600 personnel, is expected to shrink to roughly 2,500-3,000 once the Mali exit is complete. Paris speaks of offering support to Gulf of Guinea states on request, a lighter model of "partnership" rather than frontline combat.

What happens to the UN mission. MINUSMA, with more than 13,000 uniformed personnel, relied on French quick reaction, air support and medevac. Contributing countries will reassess; Germany and others have already signalled concerns. The EU training mission (EUTM Mali), which has trained thousands of Malian soldiers since 2013, faces its own review: several European capitals question whether they can keep training units that may then operate alongside Russian personnel.

Background. The rupture follows a sequence of political shocks: the August 2020 coup against President Keita; the May 2021 removal of interim president Ndaw, after which Paris suspended joint operations for a month; the junta's December 2021 proposal of a transition of up to five years, which triggered ECOWAS sanctions on 9 January; and the expulsion of Danish Takuba special forces in late January.

Bottom line. The announcement formalises a break that was already under way since the Wagner statement of 23 December and the expulsion of the French ambassador on 31 January. The operational test is now a safe, orderly exit under the eyes of a hostile host government."""),
]
