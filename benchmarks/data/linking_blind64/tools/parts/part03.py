# Part 3: photojournalists killed in Misrata (20 Apr), NATO strike destroys Gaddafi office in
# Bab al-Aziziya (25 Apr), NATO strike kills Saif al-Arab Gaddafi (30 Apr).

G7 = "photojournalists_killed_in_misrata_2011_04_20"
G8 = "nato_strike_destroys_gaddafi_office_bab_al_aziziya_2011_04_25"
G9 = "nato_strike_kills_saif_al_arab_gaddafi_2011_04_30"

ARTICLES = [
dict(group=G7, published="2011-04-20", outlet="Meridian Wire",
title="Two Western photojournalists killed in besieged Libyan city of Misrata",
text='''MISRATA, Libya (MW) — Two veteran Western photojournalists, including the Oscar-nominated co-director of the Afghanistan war documentary "Restrepo," were killed Wednesday in the besieged city of Misrata while covering fighting between rebels and forces loyal to Moammar Gadhafi. Two other photographers were wounded.

Tim Hetherington, a British-born photographer and filmmaker, died of his wounds shortly after the attack on Tripoli Street, the main battleground in the city, colleagues and his publicist said. Chris Hondros, a New York-based photographer for Getty Images, suffered a severe head wound and died hours later at a hospital, Getty said in a statement.

Guy Martin, a British freelance photographer working for the Panos agency, was seriously wounded and underwent surgery, and Michael Christopher Brown, an American photographer working with Corbis, was treated for shrapnel wounds that were not life-threatening, doctors and colleagues said.

The circumstances of the attack were not entirely clear. Colleagues said the group had been working with rebel fighters on Tripoli Street, a boulevard of shattered buildings where rebels have fought government snipers and tanks for weeks, when they came under fire. Hetherington's family said in a statement he was killed by a rocket-propelled grenade; other accounts spoke of a mortar round.

Hetherington shared an Academy Award nomination this year with writer Sebastian Junger for "Restrepo," which followed a U.S. platoon in Afghanistan's Korengal Valley, and he won the World Press Photo of the Year award in 2007. The day before his death he wrote on Twitter that Misrata was under indiscriminate shelling by Gadhafi forces and that there was "no sign of NATO."

Hondros, 41, had covered conflicts from Kosovo and Liberia to Iraq and Afghanistan and won the Robert Capa Gold Medal, one of the highest honors in war photography. His photographs from Misrata were published by newspapers around the world this week.

White House spokesman Jay Carney said President Barack Obama was saddened by Hetherington's death and that journalists risk their lives every day to keep the world informed.

They were the second and third journalists killed in Libya since the uprising began in February. Several others have been detained by government forces.

Misrata, Libya's third-largest city and the only major rebel-held city in the west, has been surrounded by government troops for about seven weeks. Residents say hundreds of people have been killed in shelling and sniper fire, and aid agencies have evacuated wounded civilians and foreign workers by sea. Human Rights Watch has accused government forces of firing cluster munitions into residential neighborhoods, a charge the government denies.

Western governments have been searching for ways to ease the siege without sending ground troops. Britain said Tuesday it would send a team of military officers to the rebel stronghold of Benghazi to advise the opposition National Transitional Council on organization, communications and logistics, and France and Italy said Wednesday they would also send small numbers of military advisers. All three stressed that the officers would not take part in combat or train rebel fighters.

The uprising against Gadhafi began in mid-February in the eastern city of Benghazi and quickly spread, inspired by the revolts that toppled the leaders of Tunisia and Egypt. A NATO-led air campaign, authorized by the U.N. Security Council to protect civilians, began on March 19.
'''),

dict(group=G7, published="2011-04-21", outlet="AfricaNewsHub",
title="Oscar-nominated filmmaker, Getty photographer killed in Misrata",
text='''Home » Africa » North Africa » Oscar-nominated filmmaker, Getty photographer killed in Misrata

Posted by admin | April 21, 2011 | 0 Comments

[ad_1]

Oscar-nominated filmmaker, Getty photographer killed in Misrata

MISRATA — Tim Hetherington, an Oscar-nominated British film director and war photographer, and award-winning American photographer Chris Hondros were killed and two other Western journalists wounded on Wednesday in the besieged Libyan city of Misrata.

Vanity Fair, for which Hetherington was working, confirmed the death of the 41-year-old, who had covered numerous conflicts and won the 2007 World Press Photo award for his coverage of US soldiers in Afghanistan.

Hondros, also 41, suffered grave head injuries in the same attack, medics in the western port city said, and died hours later. Getty Images said it was deeply saddened to confirm the death of its staff photographer, who died of injuries while covering events in Libya on April 20.

Two other photographers, Guy Martin, a freelancer working for Panos, and Michael Brown, working for Corbis, were also wounded.

The four had gone with rebel fighters to Tripoli Street, in the centre of Misrata, scene of some of the most intense fighting in recent days, according to colleagues who were nearby. Witnesses said a group of journalists was sheltering near the front line when an explosion hit. Some reports said the blast was caused by a mortar round, while Hetherington's family said he was killed by a rocket-propelled grenade.

Hetherington, who co-directed the Afghanistan documentary Restrepo with author Sebastian Junger, was nominated for an Academy Award in February. Hondros, a New Yorker, won the Robert Capa Gold Medal in 2005 for his work in Iraq and had been a Pulitzer Prize finalist for his pictures from Liberia.

Press freedom groups said the deaths underlined the dangers of covering the conflict, in which journalists face fire from multiple directions and the risk of arrest by government forces. Four other foreign journalists have been missing since early April and are believed to be held by the Libyan authorities.

Misrata, Libya's third-largest city and the only major rebel-held city in the west, has been surrounded by Moamer Kadhafi's forces for about seven weeks. Residents say hundreds of people have been killed in shelling and sniper fire, and aid agencies have evacuated wounded civilians and foreign workers by sea. Doctors say the city's hospital is overwhelmed.

On Thursday, US Defense Secretary Robert Gates said President Barack Obama had approved the use of armed Predator drones in Libya, a step Washington said would improve the coalition's ability to hit targets in urban areas such as Misrata. Britain, France and Italy announced this week that they would send military advisers to the rebels in Benghazi.

Share this:
Facebook
Twitter
Email
Print

Related Posts
Libya rebels appeal for help as Misrata shelling intensifies
NATO says it will not arm Libyan rebels
Egypt's Mubarak detained in hospital

Leave a Reply
Your email address will not be published. Required fields are marked *
'''),

dict(group=G8, published="2011-04-25", outlet="New China Newswire",
title="NATO air strike destroys building in Gaddafi compound, 45 injured: official",
text='''TRIPOLI, April 25 (NCN) -- NATO air strikes destroyed a building inside Libyan leader Muammar Gaddafi's Bab al-Aziziya compound in central Tripoli early Monday, injuring 45 people, 15 of them seriously, a Libyan government press official said.

Several powerful explosions shook central Tripoli shortly after midnight local time (2210 GMT Sunday). Libyan state television and two other state channels went off the air for some time after the blasts, residents said.

Foreign journalists taken to the site by government officials a few hours later saw a multi-storey building reduced to rubble, with firefighters still trying to put out flames. The official said the building had been used by Gaddafi for meetings and that some people were still missing under the debris.

A nearby reception hall, where Gaddafi had received a delegation of African Union leaders earlier this month to discuss a peace plan, was badly damaged, with furniture and chandeliers lying amid broken glass.

Libyan government spokesman Moussa Ibrahim described the raid as an attempt on the life of the Libyan leader and said Gaddafi was in good health. Gaddafi's whereabouts at the time of the strike were not known.

Gaddafi's son Saif al-Islam said in a statement carried by state media that the bombing of his father's office would only frighten children and that the Libyan people would not raise the white flag. NATO, he said, was waging a losing battle.

Supporters of the Libyan leader, who have been gathering in the compound every night as human shields, climbed on the ruins waving green flags and chanting slogans against NATO.

There was no immediate comment from NATO on the target of the strike. The alliance, which took command of the military operation in Libya on March 31, has repeatedly said it does not target individuals and that its air strikes are aimed at military command and control facilities.

It was not the first time the compound was hit. An administrative building inside Bab al-Aziziya was destroyed by a missile in the first days of the international military operation in March.

The strike came as fighting continued in the western city of Misrata, where rebels said government forces had pulled back from some positions in the city centre over the weekend but continued to shell residential areas. The Libyan government had said on Friday that it would leave the handling of Misrata to local tribes.

China has repeatedly called for an immediate ceasefire in Libya and for the crisis to be resolved through dialogue and other peaceful means, stressing that the sovereignty, independence and territorial integrity of Libya should be respected.
'''),

dict(group=G8, published="2011-04-26", outlet="Bosphorus News Agency",
title="NATO strike flattens building in Gaddafi's Tripoli compound",
text='''We use cookies to improve your experience on our website. By continuing to browse, you agree to our use of cookies. OK

BOSPHORUS NEWS AGENCY | WORLD | 26.04.2011

NATO strike flattens building in Gaddafi's Tripoli compound

TRIPOLI (BNA) - A NATO air raid destroyed an office building inside Libyan leader Muammar Gaddafi's Bab al-Aziziya residential compound in Tripoli in the early hours of Monday, in what Libyan officials called an attempt to kill him.

Witnesses said at least two large bombs or missiles hit the multi-storey building shortly after midnight. A Libyan press official who accompanied journalists to the scene said Gaddafi used the building, which also housed a library, for ministerial and other meetings. She put the number of injured at 45, including 15 seriously hurt. Other accounts from the scene spoke of only light injuries, and the figures could not be independently confirmed.

Government spokesman Moussa Ibrahim said the Libyan leader was well and in high spirits, and condemned the raid as an act aimed at the head of state. Saif al-Islam Gaddafi, the leader's son, said in remarks broadcast on Libyan television that the attack would not force Libya to surrender.

A ceremonial hall nearby, where South African President Jacob Zuma and other African leaders held talks with Gaddafi on an African Union peace initiative on April 10, was also badly damaged.

The strike was among the most powerful on the Libyan capital since NATO took over command of operations from a US-led coalition at the end of March. NATO aircraft also struck targets near the compound on Friday night.

Ankara has called for an immediate and real ceasefire in Libya. On April 7, Prime Minister Recep Tayyip Erdogan set out a roadmap calling for the withdrawal of Gaddafi's forces from besieged cities, the creation of humanitarian corridors and the start of a comprehensive democratic transformation process reflecting the legitimate demands of the Libyan people.

Turkey, the only Muslim-majority member of NATO, has said it will not take part in air strikes on Libya, but its naval vessels are helping to enforce the UN arms embargo at sea. The Turkish ship Ankara, converted into a hospital ship, earlier this month evacuated hundreds of wounded civilians and their relatives from Misrata and Benghazi to the port of Çeşme for treatment in Turkish hospitals.

Fighting continued on Monday around Misrata, Libya's third largest city, which has been under siege by government forces for about two months. Rebels said Gaddafi's troops had been pushed back from parts of the city centre but were shelling from the outskirts.

Related news
Turkish hospital ship brings wounded Libyans to Çeşme
Davutoğlu: Libya's territorial integrity must be preserved
'''),

dict(group=G8, published="2011-04-25", outlet="WorldDesk Live",
title="Middle East live, Monday: NATO strike hits Gaddafi compound; Syrian troops enter Deraa",
text='''WorldDesk Live — Middle East round-up
Monday 25 April 2011. All times GMT.

22:15 (Sun) Several very loud explosions in central Tripoli, our stringer reports. Journalists at the Rixos hotel say the blasts shook the building. Libyan state television briefly went off air.

00:40 Libyan officials are taking foreign reporters to Bab al-Aziziya, Colonel Gaddafi's fortified compound, where a multi-storey building has been destroyed. Firefighters are still working. Dozens of Gaddafi supporters are standing on the rubble waving green flags.

01:20 A government press official at the scene says the building was used by Gaddafi for meetings. She says 45 people were injured, 15 of them seriously, and some are unaccounted for. We cannot verify these figures.

01:35 Opposite the destroyed office, a reception hall where African Union leaders met Gaddafi two weeks ago to present a peace plan has been partly wrecked. Chandeliers and picture frames lie in the dust.

06:10 Government spokesman Moussa Ibrahim says the Libyan leader is "well", "healthy" and "in high spirits". He calls the raid an attempt on Gaddafi's life. Officials had already accused NATO of targeting the compound on Friday night.

07:00 Saif al-Islam Gaddafi, in a statement carried by the state news agency Jana, says the bombing of his father's office "will only scare children" and that NATO is fighting a losing battle.

07:30 Background: this is at least the second NATO-era strike inside Bab al-Aziziya. On the night of 20-21 March, a cruise missile destroyed an administrative building in the complex, which coalition officials described as a command-and-control centre.

09:45 NATO has not yet commented on the specific target. Alliance officials have said repeatedly that they do not target individuals.

10:30 Misrata: rebels say they are still fighting Gaddafi loyalists on the southern and eastern edges of the city, after government forces were reported to have pulled back from Tripoli Street. Doctors report new casualties from shelling.

11:50 Syria: thousands of troops backed by tanks have moved into the southern city of Deraa, where the protest movement began last month, according to residents and activists. Electricity and phone lines have been cut. This is a significant escalation of the crackdown.

13:05 Yemen: opposition parties say they are still studying a Gulf Cooperation Council plan for President Ali Abdullah Saleh to hand over power, after Saleh accepted it over the weekend.

14:20 Tripoli again: rebel spokesmen in Benghazi welcome the strike on the compound and call on NATO to hit Gaddafi's command structure harder.

16:00 That's it for today's round-up. Updates on Libya continue on our dedicated page.
'''),

dict(group=G9, published="2011-05-01", outlet="Euro-Atlantic Press",
title="Gaddafi's youngest son killed in NATO strike, Libyan government says",
text='''TRIPOLI, May 1 (EAP) - Muammar Gaddafi survived a NATO air strike on a house in Tripoli on Saturday night that killed his youngest son, Saif al-Arab, and three of his grandchildren, a Libyan government spokesman said.

"The attack resulted in the martyrdom of brother Saif al-Arab Muammar Gaddafi, 29 years old, and three of the leader's grandchildren," spokesman Moussa Ibrahim told reporters in the early hours of Sunday. He said Gaddafi and his wife had been in the house with friends and relatives and were not hurt, but that other people had been injured.

"This was a direct operation to assassinate the leader of this country," Ibrahim said. "This is not permitted by international law."

Reporters were taken to the house in the residential Garghour district, where a building had been reduced to a wreck of concrete and twisted metal. An unexploded munition lay in the rubble, and a deep crater had opened what appeared to be an underground room. In a garden outside stood a table football set.

Three loud explosions were heard over Tripoli on Saturday evening as aircraft flew overhead, followed by anti-aircraft fire.

NATO confirmed it had carried out strikes in the area. Its commander for the Libya mission, Canadian Lieutenant-General Charles Bouchard, said the alliance had struck a known command and control building in the Bab al-Aziziya neighbourhood as part of its effort to stop attacks on civilians. "We do not target individuals," he said in a statement, adding that NATO regretted any loss of life. The alliance said it could not confirm the deaths.

Saif al-Arab was the least public of Gaddafi's sons and had spent much of the past several years studying in Germany.

The strike came hours after Gaddafi, in a long televised speech broadcast early on Saturday, offered a ceasefire and negotiations with NATO countries but refused to give up power. NATO dismissed the offer, saying it wanted to see actions, not words, and that attacks on civilians had to stop first.

In Benghazi, the rebel capital, celebratory gunfire and car horns rang out after news of the deaths spread. A military spokesman for the rebels said people were celebrating the blow to Gaddafi, while some rebel officials said they suspected the announcement was intended to win sympathy.

Less than a week earlier, on April 25, NATO bombs destroyed an office building inside Gaddafi's Bab al-Aziziya compound, which officials in Tripoli also described as an assassination attempt.

The revolt against Gaddafi's four-decade rule erupted in mid-February in Benghazi. Western air strikes under U.N. Security Council resolution 1973 began on March 19, and NATO took command of the operation on March 31.

The deaths are likely to intensify the debate in Western capitals over whether Gaddafi and his family are legitimate targets under U.N. Security Council resolution 1973, which authorises the protection of civilians but not regime change.

(Reporting by EAP correspondents in Tripoli, Benghazi and Brussels; Writing by Daniel Verhoef; Editing by Peter Lindqvist)
'''),

dict(group=G9, published="2011-05-02", outlet="The Lancaster Courier",
title="Britain expels Libyan envoy after mobs attack embassies over strike that killed Gaddafi's son",
text='''By Helena Marsh and Tom Aldridge

Britain expelled Libya's ambassador yesterday after mobs loyal to Colonel Muammar Gaddafi set fire to the British embassy in Tripoli, in apparent revenge for a Nato air strike that the Libyan government says killed the dictator's youngest son and three of his grandchildren.

The strike on Saturday night destroyed a villa in the Garghour district of the Libyan capital belonging to Saif al-Arab Gaddafi, 29. Moussa Ibrahim, the regime's spokesman, said the Libyan leader and his wife had been inside with friends and relatives but escaped unharmed, and called the raid an attempt to assassinate the head of state. Nato said it had struck a command and control building as part of its mandate to protect civilians and that it did not target individuals.

Within hours of the announcement, crowds attacked several Western diplomatic buildings, all of which had been empty since staff were evacuated earlier in the conflict. The Foreign Office said the damage to the British embassy and the ambassador's residence was severe and appeared to have been caused by fire. Italy said its embassy had also been attacked and accused the Gaddafi government of failing to protect foreign missions. The United Nations withdrew its remaining international staff from Tripoli to Tunisia after its offices were targeted.

William Hague, the Foreign Secretary, said: "The Vienna Convention requires the Gaddafi regime to protect diplomatic missions in Tripoli. By failing to do so that regime has once again breached its international responsibilities and obligations." He declared the ambassador, Omar Jelban, persona non grata and gave him 24 hours to leave the country, adding that the attacks would not weaken Britain's resolve to protect Libyan civilians.

The killing of Saif al-Arab, if confirmed, marks the most direct blow against the Gaddafi family since the Western intervention began on March 19. He was the least prominent of the colonel's sons, had lived for several years in Germany, where he studied, and had made occasional headlines there, including when police impounded his Ferrari over a noisy exhaust.

The strike came six days after Nato bombs destroyed an office and library building inside Gaddafi's Bab al-Aziziya compound, and only hours after the Libyan leader used a rambling late-night television address to offer a ceasefire and talks while refusing to leave power. Nato rejected the offer.

The attacks raise again the question of how far the coalition can go under UN resolution 1973. Ministers insist that targeting command and control facilities is legitimate because they are used to direct attacks on civilians, while making clear that the Libyan leader's departure is the political goal. Russia, which abstained on the resolution, has accused the alliance of exceeding its mandate.

In Benghazi, where the news was greeted with celebratory gunfire, some members of the rebel National Transitional Council voiced scepticism about the regime's account and suggested it was intended to win sympathy abroad.

On the ground, the fighting continued. Government forces shelled the port of Misrata, the rebels' lifeline to the outside world, and clashes were reported in the western mountains near the Tunisian border.
'''),

dict(group=G9, published="2011-05-01", outlet="Bosphorus News Agency",
title="Libya says NATO strike killed Gaddafi's youngest son; alliance says it hit command centre",
text='''BOSPHORUS NEWS AGENCY | WORLD | 01.05.2011

Libya says NATO strike killed Gaddafi's youngest son; alliance says it hit command centre

TRIPOLI (BNA) - Libyan leader Muammar Gaddafi's youngest son Saif al-Arab and three of his grandchildren were killed in a NATO air strike on a house in Tripoli on Saturday night, the Libyan government said, while Gaddafi himself and his wife escaped unhurt.

Government spokesman Moussa Ibrahim told a news conference that the house belonging to Saif al-Arab Gaddafi, 29, had been hit "with full power" while the Libyan leader and his wife were inside with other family members and friends. He described the raid as a direct attempt to assassinate the leader and said it had no legal or moral basis.

Journalists taken to the site in the Garghour neighbourhood saw a largely destroyed building, its roof collapsed in several places.

In a statement, NATO said it had carried out a precision strike against a known command and control building in the Bab al-Aziziya neighbourhood. The commander of the operation, Lieutenant-General Charles Bouchard, said NATO's targets were military in nature and linked to the regime's attacks on the Libyan population. "We do not target individuals," he said. The alliance did not confirm the deaths.

The strike came hours after Gaddafi, in a speech on state television, called for a ceasefire and negotiations with the countries carrying out the air campaign, while saying he would not leave the country. NATO said the regime's offer was not credible as long as attacks on civilians continued.

On Sunday, crowds in Tripoli attacked the British and Italian embassies and other diplomatic buildings. Britain said it was expelling the Libyan ambassador in London.

Turkey, a NATO member, has taken part in the alliance operation only through naval forces enforcing the arms embargo and has refused to join air strikes. Prime Minister Recep Tayyip Erdogan has said Turkey would never be a country that fires on or bombs the sides in Libya, and Ankara has repeatedly called for an immediate ceasefire, the lifting of sieges on Libyan cities and a process of democratic change reflecting the will of the Libyan people.

NATO took command of the military operation in Libya on March 31, after a coalition led by the United States, France and Britain began strikes on March 19 under UN Security Council resolution 1973. On April 25, a NATO raid destroyed an office building inside Gaddafi's Bab al-Aziziya compound.

Share this:
Facebook
Twitter
LinkedIn
'''),
]
