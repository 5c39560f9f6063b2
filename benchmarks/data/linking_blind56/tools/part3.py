# Part 3: Salame resigns (2020-03-02), Operation Irini launched (2020-03-31),
# Cairo Declaration (2020-06-06)
from common_bg import MWS_BG_2020, NC_BG_PROXY

G7 = "salame_resigns_as_un_libya_envoy_2020_03_02"
G8 = "eu_launches_operation_irini_2020_03_31"
G9 = "sisi_announces_cairo_declaration_2020_06_06"

MWS_BG_JUNE2020 = """Haftar's Libyan National Army (LNA), backed by the United Arab Emirates, Egypt and Russia, launched an offensive in April 2019 to seize Tripoli, seat of the UN-recognised Government of National Accord (GNA). Turkey stepped up military support for the GNA this year, helping its forces to turn the tide. Libya has had no stable central authority since a NATO-backed uprising toppled Muammar Gaddafi in 2011."""

ARTICLES = [
dict(group=G7, published="2020-03-02", outlet="Meridian Wire Service",
title="U.N. Libya envoy Salame resigns, citing stress and health",
text="""TRIPOLI (MWS) - The U.N. envoy for Libya, Ghassan Salame, said on Monday he was stepping down for health reasons, a blow to U.N.-led efforts to end the war around Tripoli.

"I must admit that my health no longer allows this rate of stress," Salame, 69, wrote on Twitter, saying he had asked Secretary-General Antonio Guterres to relieve him of his duties.

U.N. spokesman Stephane Dujarric confirmed Guterres had received a message from Salame and said the two would discuss a smooth transition so that no momentum was lost. Salame, a former Lebanese culture minister, took up the post in 2017.

""" + MWS_BG_2020),

dict(group=G7, published="2020-03-03", outlet="The Northern Chronicle",
title="Salamé quits as Libya envoy, worn down by war and broken promises",
text="""By Eleanor Prideaux, Tunis

Ghassan Salamé, the United Nations envoy who spent almost three years trying to talk Libya's warlords and their foreign sponsors into peace, resigned on Monday with a tweet that said more about the state of Libya diplomacy than any of his briefings to the Security Council.

"For two years I have tried to reunite Libyans, restrain foreign interference and preserve the unity of the country," the 69-year-old wrote. The Berlin summit had been held, Security Council resolution 2510 adopted and the three negotiating tracks launched "despite some reluctance", he noted. "I must admit that my health no longer allows this rate of stress." He had asked the secretary-general, he said, to relieve him of his duties.

The resignation appeared to take New York by surprise. The secretary-general's spokesman, Stéphane Dujarric, said António Guterres had received an email from Salamé and had "always had full confidence" in him. The priority now, Dujarric said, was a smooth transition so that no momentum was lost.

Momentum, in truth, was in short supply. Salamé had staked his final months on the three-track process agreed in Berlin on January 19: military talks between five officers from each side, economic talks on the division of oil revenues, and a political dialogue to rebuild a unified government. The military track produced a draft ceasefire agreement in Geneva last month, but the delegations took it home for consultations and nothing has come back. The political track opened in Geneva on February 26 without the official delegations of either the eastern parliament or the High Council of State in Tripoli, both of which suspended their participation, citing the agenda and the choice of participants. Under the Berlin formula the political dialogue was to bring together 40 Libyans: 13 chosen by the House of Representatives, 13 by the High Council of State and 14 invited by Salamé himself. It was the last group, in particular, that both chambers objected to.

The international follow-up committee created in Berlin met for the first time on the margins of the Munich Security Conference on February 16, chaired by Heiko Maas, the German foreign minister. Its participants renewed their pledges to respect the embargo. No violators have been named.

Meanwhile the fighting never really stopped. The truce brokered by Russia and Turkey in January has been broken almost daily. Mitiga, the only functioning airport in Tripoli, has been shelled repeatedly. Oil exports have been all but halted since January 18, when groups loyal to Khalifa Haftar closed the ports in the east.

The Berlin promise to respect the UN arms embargo has been ignored. Ships and cargo flights have continued to deliver weapons to both sides. Salamé's deputy, Stephanie Williams, told the Munich Security Conference last month that the embargo had become "a joke". Salamé himself, in unusually undiplomatic language, has complained that some of the countries that signed the Berlin communique were the very ones violating it.

""" + NC_BG_PROXY + """

Salamé, a Lebanese political scientist and former culture minister who taught for years in Paris, came to the job in the summer of 2017 with a reputation as one of the Arab world's sharpest analysts. His plan was simple on paper: amend the 2015 Skhirat agreement, hold a national conference, then elections. He got close. The conference was scheduled for Ghadames in mid-April last year, and in February 2019 he had persuaded Haftar and Fayez al-Sarraj, the Tripoli prime minister, to agree in Abu Dhabi that the transition should end at the ballot box.

Then, on April 4, with the secretary-general himself in Tripoli, Haftar's forces marched on the capital. The conference was cancelled. Salamé never recovered the initiative, and his relationship with the eastern camp soured badly: Haftar publicly accused him of bias, and eastern-based politicians repeatedly demanded his removal. In Tripoli, too, he was criticised for refusing to name the foreign states arming Haftar.

Stephanie Williams, an American diplomat who previously served as chargé d'affaires at the US embassy in Libya, is expected to run the mission until a successor is chosen. Diplomats say finding one will not be easy, given the divisions on the Security Council and the appetite of the main foreign players to shape the outcome on the ground rather than at the negotiating table.

On Monday evening there was no sign of any pause in the fighting south of Tripoli."""),

dict(group=G7, published="2020-03-03", outlet="Gulf Horizon",
title="Salame steps down after months of criticism over UN mission's performance in Libya",
text="""ABU DHABI - The United Nations envoy to Libya, Ghassan Salame, announced his resignation on Monday, citing health reasons, after months in which his mission faced growing criticism from Libyan parties over its handling of the crisis.

Salame said on Twitter that he had tried for two years to reunite the Libyans and to limit foreign interference, but that his health no longer allowed him to bear the level of stress. The UN Secretary-General Antonio Guterres has received his request and will work to ensure a smooth transition, according to the UN spokesman.

The Lebanese diplomat had faced accusations from the General Command of the Libyan National Army and from the House of Representatives in the east that he had lost his impartiality. Field Marshal Khalifa Haftar said last year that the envoy was no longer neutral, and members of parliament objected in February to the way the UN mission selected participants for the political dialogue in Geneva.

The House of Representatives suspended its participation in the Geneva political talks, which began on February 26, pending answers from the UN mission on the agenda and the mechanism of decision-making. The High Council of State in Tripoli took a similar decision.

Salame had been in charge of the three tracks agreed at the Berlin conference on January 19: the military track of the 5+5 Joint Military Commission, which met twice in Geneva in February and produced a draft ceasefire agreement that the delegations took back for consultation; the economic track; and the political dialogue. The UN Security Council endorsed the Berlin conclusions on February 12 in resolution 2510, with Russia abstaining.

The army's spokesman, Major General Ahmed al-Mismari, had repeatedly criticised the UN mission, accusing it of ignoring the arrival of Turkish weapons and Syrian fighters in Tripoli in violation of the Berlin commitments, and of treating the terrorist groups in the capital as a legitimate party.

Arab diplomats said the resignation offered an opportunity to give the UN mission a fresh start based on the outcomes of the Berlin conference, including the dismantling of militias and the withdrawal of foreign fighters, especially the Syrian mercenaries transferred by Turkey to Tripoli. The UAE has repeatedly affirmed its support for the UN-led process and for a political solution that preserves Libya's unity and sovereignty.

The Libyan army has said it remains committed to the ceasefire announced in January, while accusing the militias of continuing to receive Turkish weapons and drones through the port and airport of Misrata and Mitiga airport in Tripoli.

Salame's deputy, the American diplomat Stephanie Williams, is expected to lead the mission on an interim basis.

Share this:
Click to share on Twitter (Opens in new window)
Click to share on Facebook (Opens in new window)
Click to share on WhatsApp (Opens in new window)

Related"""),

dict(group=G8, published="2020-03-31", outlet="Agence Euromed",
title="EU launches 'Irini' naval mission to enforce Libya arms embargo",
text="""BRUSSELS (AEM) — The European Union on Tuesday launched a new naval mission in the Mediterranean to enforce the UN arms embargo on Libya, replacing Operation Sophia after weeks of wrangling among member states over the risk that warships would end up rescuing migrants.

The operation, named Irini after the Greek word for peace, will use aerial, satellite and maritime assets to inspect vessels on the high seas off Libya suspected of carrying arms or related material to or from the country, the Council of the EU said in a statement.

"Only political solutions and the full respect of the UN arms embargo will bring a solution to the Libyan crisis. But diplomacy cannot succeed unless it is backed by action," the statement quoted EU foreign policy chief Josep Borrell as saying.

Borrell told reporters that Irini was "completely different" from Sophia, the anti-smuggling mission launched in 2015, because its main task was the embargo. Its secondary tasks include monitoring illicit exports of Libyan oil, training the Libyan coast guard and navy, and gathering information on people-smuggling networks, mainly through aerial surveillance.

The operation will be commanded from Rome by Italian Rear Admiral Fabio Agostini. Its initial mandate runs until March 31, 2021. Sophia, which had been without ships since last year after Italy refused to accept migrants rescued at sea, formally ended on Tuesday.

EU foreign ministers agreed in principle on the new mission on Feb. 17, following the Berlin conference of Jan. 19 at which foreign powers involved in Libya pledged to respect the embargo. But Austria and Hungary demanded guarantees that the ships would not act as a "pull factor" for migrants, and the final text allows naval assets to be withdrawn from areas where that effect is observed. Migrants rescued by Irini vessels will be brought to Greece, and distributed among volunteer member states, according to diplomats.

Ships will patrol mainly east of Libya, on routes used for arms deliveries, diplomats said. Member states have still to commit the vessels and aircraft needed, a process complicated by the coronavirus pandemic.

The UN arms embargo, in place since 2011, has been violated by both sides in the war between the forces of eastern commander Khalifa Haftar and the Government of National Accord in Tripoli. Haftar is supported by the United Arab Emirates, Egypt and Russian mercenaries, while Turkey has sent troops, drones and Syrian fighters to support the GNA.

The fighting around Tripoli has continued despite the Berlin pledges and UN calls for a humanitarian truce to allow Libya to prepare for the pandemic. UN envoy Ghassan Salame resigned on March 2, citing stress.

UN Secretary-General Antonio Guterres appealed on March 23 for a global ceasefire to help the world confront the coronavirus pandemic. Both Libyan camps said they welcomed calls for a humanitarian truce, but shelling and clashes south of Tripoli continued in the following days, and the GNA reported attacks on the capital's outskirts.

Haftar met French President Emmanuel Macron in Paris on March 9 and, according to French officials, said he was ready to sign a ceasefire if the forces of the Tripoli government also respected it. Libya's oil exports have been largely halted since January, when groups loyal to Haftar shut down the main terminals in the east."""),

dict(group=G8, published="2020-04-02", outlet="Naval & Defence Review",
title="ANALYSIS: Irini's mandate leaves Libya's air and land arms routes largely in the dark",
text="""Naval & Defence Review | Analysis | 2 April 2020

The European Union's new naval mission off Libya, EUNAVFOR MED Irini, formally came into being on 31 March with a single core task: enforcing the UN arms embargo on Libya at sea. The question for defence planners is less whether Irini can stop a cargo ship than whether ships are where the weapons are.

What was launched

The Council decision gives the operation command headquarters in Rome, under Rear Admiral Fabio Agostini of the Italian Navy, and an initial mandate to 31 March 2021. The primary task is to carry out inspections of vessels on the high seas off the Libyan coast suspected of carrying arms or related material, under the authority of UN Security Council resolution 2292 (2016), which the Council has renewed annually. Secondary tasks include monitoring and gathering information on illicit oil exports, capacity-building and training of the Libyan coast guard and navy, and contributing to the disruption of smuggling and trafficking networks, the latter through aerial surveillance only.

Assets have not yet been announced. Sophia, at its height, had half a dozen surface units plus maritime patrol aircraft; it ran without ships from March 2019, when Rome withdrew its consent to disembarkations in Italian ports. Force generation for Irini is taking place during the COVID-19 crisis, with several navies already restricting deployments. Expect the first hulls to arrive in theatre in weeks rather than days.

Geography of the embargo problem

The operation's centre of gravity is expected to be east of the area patrolled by Sophia, reflecting the route used by cargo ships sailing from Turkish ports to Misrata and Tripoli. In January, the Lebanese-flagged ro-ro vessel Bana was reported to have delivered armoured vehicles and other equipment to Tripoli while escorted by Turkish Navy frigates, an episode cited by French officials as a breach of the Berlin commitments. Any attempt by Irini to inspect a merchant ship under NATO-ally naval escort would be politically fraught, and the mandate's reliance on flag-state consent and UN authorisation limits what boarding teams can do.

But a sea-based mission sees only part of the picture. UN sanctions monitors and open-source flight trackers have documented a sustained air bridge of heavy transport aircraft into eastern Libya, along with supplies crossing the long land border with Egypt, supporting Khalifa Haftar's Libyan National Army. Turkish transport flights into Misrata and Mitiga have also been tracked. Satellite imagery from the EU Satellite Centre will feed Irini's picture, and maritime patrol aircraft can observe coastal airfields, but the operation has no mandate to act against flights or land convoys.

This is the crux of the criticism already heard in Tripoli and Ankara: that a maritime-only mission will in practice constrain resupply of the Government of National Accord, which depends on the sea lane from Turkey, more than resupply of the LNA. EU officials reply that the embargo applies to everyone, that Irini will report all observed violations to the UN sanctions committee, and that surveillance of air activity is within its intelligence-gathering remit.

The migration clause

The compromise that unlocked agreement on 17 February and final approval on 31 March was political rather than operational. Austria and Hungary, which opposed any mission that might resume rescues in the central Mediterranean, secured language allowing maritime assets to be withdrawn from areas where a "pull factor" on migrant departures is observed. Greece agreed to accept rescued persons. In practice, naval planners say, the eastern focus of the patrol area will keep ships away from the main departure points in western Libya.

Outlook

Irini is a signal of European intent after Berlin more than a blockade. Its credibility will depend on force generation, on the willingness of member states to share intelligence, and on whether Brussels is prepared to publicise violations by states with which it has close relations. Ships in the water could deter some deliveries by sea. They will not, on their own, change the balance of supply to either side."""),

dict(group=G8, published="2020-04-01", outlet="TR Haber Ajansı (English)",
title="EU launches Operation Irini to monitor arms embargo on Libya",
text="""BRUSSELS

The European Union on Tuesday launched Operation Irini to monitor the UN arms embargo on Libya in the Mediterranean, replacing Operation Sophia.

The operation, headquartered in Rome, will use aerial, satellite and maritime assets, the EU Council said. Its mandate runs until March 31, 2021.

Analysts noted that the operation will focus on sea routes, while weapons and mercenaries for the putschist Khalifa Haftar's militias are delivered mainly by air and across land borders.

The legitimate Government of National Accord has been under attack by Haftar's forces since April 2019.

Related news
Turkey delivers medical aid to Libya amid outbreak
Libyan army repels attack south of Tripoli"""),

dict(group=G9, published="2020-06-07", outlet="Nile Courier",
title="President Sisi launches 'Cairo Declaration' for Libya, ceasefire from Monday",
text="""Nile Courier > Egypt > Presidency

President Sisi launches 'Cairo Declaration' for Libya, ceasefire from Monday

CAIRO - President Abdel Fattah al-Sisi announced on Saturday the "Cairo Declaration", a Libyan-Libyan initiative for a political solution to the crisis in the brotherly country, calling for a ceasefire across all Libyan territory from 6:00 am on Monday, June 8, 2020.

The President announced the initiative at a press conference at Al-Ittihadiya Palace after talks with the Commander-in-Chief of the Libyan National Army, Field Marshal Khalifa Haftar, and the Speaker of the Libyan House of Representatives, Counselor Aguila Saleh, in the presence of ambassadors of several countries and representatives of international organisations.

"This initiative calls for respecting all international efforts and initiatives by declaring a ceasefire," President Sisi said, stressing that the security of Libya is an extension of Egypt's national security, and warning that insisting on a military solution would complicate the situation and threaten regional stability.

The declaration is based on the outcomes of the Berlin conference and includes the resumption of the work of the 5+5 military committee in Geneva under UN auspices, the exit of foreign mercenaries from all Libyan territory, the dismantling of militias and the handing over of their weapons so that the Libyan National Army can carry out its military and security responsibilities, and the election of a presidential council representing Libya's three regions under UN supervision.

It also provides for the fair distribution of the country's wealth among all Libyans, preventing extremist militias from seizing Libya's resources, and the drafting of a constitutional declaration to organise the coming stage and the holding of elections.

Field Marshal Haftar praised Egypt's efforts and expressed the hope that the initiative would gain international support. He accused Turkey of fuelling the conflict by supporting the "unconstitutional" Government of Accord with weapons and mercenaries. Counselor Aguila Saleh affirmed that the army's aim was to clear Tripoli of terrorism, not to fight citizens.

Foreign Minister Sameh Shoukry held phone calls on Saturday with UN Secretary-General Antonio Guterres and several counterparts to brief them on the initiative.

Related articles
- Shoukry briefs Arab and African counterparts on Cairo Declaration
- Health Ministry announces new COVID-19 figures
- Parliament speaker: Egypt will not allow threats to its western border

Turkish-backed militias attack outskirts of Sirte hours after Cairo initiative

TRIPOLI - Militias affiliated with the Government of Accord, supported by Turkish drones, launched on Saturday an attack on the outskirts of the city of Sirte, hours after the announcement of the Cairo Declaration, according to sources in the Libyan National Army.

The sources said the army's units repelled the attack west of the city, in the area of Abu Grein and al-Wishka, and that the army's air force targeted militia vehicles. The army had repositioned its units in recent days outside the southern districts of Tripoli and Tarhuna, in what it described as a humanitarian step to allow the political process to proceed.

Observers said the attack on Sirte confirmed that Ankara seeks to reach the oil crescent and control Libya's wealth, ignoring international calls for a ceasefire."""),

dict(group=G9, published="2020-06-06", outlet="Meridian Wire Service",
title="Egypt's Sisi unveils Libya peace plan alongside Haftar after Tripoli retreat",
text="""CAIRO (MWS) - Egyptian President Abdel Fattah al-Sisi on Saturday announced a Libya initiative, flanked by eastern commander Khalifa Haftar, that calls for a ceasefire from Monday, an elected leadership council and the exit of foreign fighters, days after Haftar's forces were driven from the outskirts of Tripoli.

"This initiative calls for respecting all international efforts and initiatives by declaring a ceasefire from 0600 (0400 GMT) Monday June 8, 2020," Sisi told a news conference in Cairo, where he was also joined by Aguila Saleh, speaker of the eastern-based parliament.

The plan, which Sisi called the "Cairo Declaration", urges the U.N. to invite Libya's rival administrations to talks in Geneva, calls for the withdrawal of "foreign mercenaries" and the disbanding of militias, and proposes a presidential council elected with representation for each of Libya's three historic regions.

Sisi said the initiative was based on the conclusions of January's Berlin summit and warned against "insistence on a military solution". Haftar said he hoped it would win international backing.

There was no immediate comment from the U.N.-recognised Government of National Accord (GNA) in Tripoli, whose forces, backed by Turkish drones and air defences, have in recent days recaptured Tripoli's old international airport and the town of Tarhuna, Haftar's main foothold in the west. GNA officials have said they intend to push on toward Sirte and the Jufra air base, and on Saturday GNA forces were reported advancing on the outskirts of Sirte.

The GNA's head, Fayez al-Sarraj, was in Ankara on Thursday for talks with President Tayyip Erdogan, who said Turkey would continue its support.

The Cairo announcement marks the collapse of a 14-month offensive that Haftar launched in April 2019. In late April this year Haftar declared he had accepted a "popular mandate" to rule the country and declared void the 2015 U.N.-backed Skhirat agreement, a move that drew criticism even from some of his foreign supporters.

The U.N. mission said this week both sides had agreed to resume talks on a ceasefire through the joint military commission, which met in Geneva in February but stalled after U.N. envoy Ghassan Salame resigned in March. Stephanie Williams, his deputy, is acting envoy.

Egypt, which shares a long desert border with Libya, has backed Haftar as a bulwark against Islamist groups. Cairo is alarmed by Turkey's military role in support of the GNA. Egyptian officials have said Libya's security is an extension of Egypt's own.

Sirte, Gaddafi's hometown on the central coast, is the gateway to Libya's main oil export terminals, most of which remain under LNA control and have been blockaded by Haftar's allies since January. The LNA took the city in January after a local armed group switched sides. The LNA described its withdrawal from Tripoli's southern districts this week as a "repositioning" to allow political talks.

Egyptian state media said ambassadors of several countries attended Saturday's announcement, along with representatives of the United Nations, the European Union and the Arab League.

""" + MWS_BG_JUNE2020),

dict(group=G9, published="2020-06-07", outlet="Tripoli Free Press",
title="GNA dismisses Cairo initiative as attempt to rescue defeated Haftar",
text="""TRIPOLI - Officials of the Government of National Accord on Sunday dismissed the so-called "Cairo Declaration" announced by Egyptian President Abdel Fattah al-Sisi alongside Khalifa Haftar and Aguila Saleh, describing it as an attempt to give political cover to a war criminal after his defeat at the gates of Tripoli.

A GNA official said the government was not consulted and did not need new initiatives, as the framework for any settlement already exists in the Berlin outcomes and the UN-led 5+5 talks, which the GNA has agreed to resume. "Whoever attacked the capital for 14 months cannot now present himself as a man of peace," the official said.

The head of the High Council of State, Khaled al-Mishri, said in statements on Saturday night that Haftar is no longer a partner in any political process and that the initiative came only after his militias and mercenaries were expelled from Tripoli and Tarhuna. He said the Libyan people would not accept a return to the situation before 4 April 2019.

The Volcano of Rage operation announced that its forces are continuing to advance towards Sirte, and that the army will not stop before regaining all the cities and bases used to launch attacks on the west, including Jufra. Spokesman Mohammed Gununu said the forces were on the outskirts of Sirte on Saturday.

Many Libyans on social media mocked the timing of the announcement, noting that Cairo had never called for a ceasefire while Haftar's forces and Russian Wagner mercenaries were shelling Tripoli's neighbourhoods. Residents returning to Qasr bin Ghashir and Ain Zara this week found homes booby-trapped with mines, and reports of bodies found in Tarhuna after Haftar's forces withdrew have prompted calls for an international investigation.

The GNA has been backed since late last year by Turkey under the security memorandum signed in November 2019, which allowed its forces to reverse the attack on the capital with drones and air defence systems. Egypt, the UAE and Russia have supported Haftar politically and militarily since the beginning of the attack.

The collapse of Haftar's western front began on 18 May, when government forces retook the al-Watiya air base near the Tunisian border, followed by the recovery of Tripoli's old international airport on 3 June and of Tarhuna on 5 June. Russian fighter jets flown to the Jufra air base in May, which the US Africa Command documented, have raised fears in Tripoli that Moscow is preparing to defend the line from Sirte to Jufra.

Observers in Tripoli also recalled that Haftar announced on 27 April that he had accepted what he called a "popular mandate" to govern the country and declared the Skhirat agreement void, a step that was rejected even by some of his allies. The Cairo initiative, they said, revives the role of Aguila Saleh, whom Haftar had sidelined at the time.

Tags: Cairo Declaration, Haftar, Sisi, Sirte"""),

dict(group=G9, published="2020-06-07", outlet="Gulf Horizon",
title="Arab capitals rally behind Egypt's Cairo Declaration on Libya",
text="""ABU DHABI - Arab countries expressed on Saturday and Sunday their support for the "Cairo Declaration" announced by Egyptian President Abdel Fattah al-Sisi to end the conflict in Libya, calling on all Libyan parties to respond to the initiative and to commit to a ceasefire starting Monday, June 8.

The UAE Ministry of Foreign Affairs and International Cooperation said the UAE supports Egypt's efforts calling for an immediate ceasefire in Libya and a return to the UN-led political track in line with the outcomes of the Berlin conference, in a way that guarantees Libya's sovereignty away from all foreign interference.

In a phone call with Egyptian Foreign Minister Sameh Shoukry on Saturday, H.H. Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs and International Cooperation, described the Egyptian initiative as "a shining beacon of hope" to achieve an end to the fighting, and called on the Government of National Accord and the Libyan National Army to respond to it. He stressed the importance of Arab solidarity against any threats to the security of the Arab world and of ending regional interventions in Arab affairs.

Saudi Arabia welcomed Egypt's efforts and urged the two sides to implement the ceasefire immediately and to begin negotiations under UN auspices to protect Libya from foreign interference. Bahrain, Kuwait and Jordan also announced their support. Jordanian Foreign Minister Ayman Safadi described the initiative as an important achievement consistent with international efforts.

The Cairo Declaration, announced after talks between President Sisi, Field Marshal Khalifa Haftar and House of Representatives Speaker Aguila Saleh, calls for the exit of foreign mercenaries, the dismantling of militias, a presidential council elected with representation of Libya's three regions, and the resumption of the 5+5 military committee talks in Geneva.

Egyptian Foreign Minister Shoukry held calls with UN Secretary-General Antonio Guterres, African Union Commission Chairperson Moussa Faki and counterparts in Algeria, Morocco, Tunisia, Niger, Saudi Arabia, the UAE and Jordan to present the initiative. The Russian embassy in Cairo said the initiative was a step toward a comprehensive settlement.

The Libyan National Army announced last week that it was repositioning its units outside the southern districts of Tripoli in response to international calls for a humanitarian truce and to allow the UN-led 5+5 talks to resume. The General Command said it remained committed to the outcomes of the Berlin conference and to the ceasefire, but accused Turkey of continuing to send Syrian mercenaries, drones and air defence systems to the militias in violation of the UN arms embargo.

Arab diplomats said the initiative offered a Libyan-Libyan framework with Arab backing at a moment when Turkish military intervention threatens to change the balance of power in North Africa and the eastern Mediterranean.

The Government of National Accord in Tripoli, backed by Turkey, has not accepted the initiative, and its forces continued military operations toward Sirte on Sunday. Arab observers warned that the Turkish-backed advance threatens to ignite a wider regional war.

Share this:
Twitter
Facebook
LinkedIn

Like this:
Loading..."""),
]
