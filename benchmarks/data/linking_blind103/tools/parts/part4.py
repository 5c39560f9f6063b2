ARTICLES = [
dict(group="gnc_ousts_zeidan_over_morning_glory_2014_03_11", published="2014-03-11", outlet="Meridian Press International",
title="Libyan parliament ousts PM Zeidan after rebel oil tanker escapes navy",
text="""TRIPOLI, Libya (MPI) — Libya's parliament voted Prime Minister Ali Zeidan out of office on Tuesday, hours after a North Korean-flagged tanker loaded with crude from a port held by eastern rebels slipped past the navy and sailed into international waters, a humiliation that crystallised anger at his government's failure to control the country.

The General National Congress passed a motion of no confidence with 124 votes, four more than required, members said. Defence Minister Abdullah al-Thinni was sworn in as caretaker prime minister for two weeks while the assembly chooses a successor.

Hours later, Libya's top prosecutor issued a travel ban against Zeidan over suspected misuse of public funds, according to a document posted on the prosecutor's official page. Libyan media reported that Zeidan had already left the country for Europe. He could not be reached for comment.

The tanker, the Morning Glory, docked on Saturday at Es Sider, one of three eastern oil terminals seized last summer by armed guards led by Ibrahim Jathran, a former commander of the state oil protection force who now demands autonomy for the eastern region of Cyrenaica. The rebels said the ship had taken on about 234,000 barrels of crude, the first cargo they have managed to sell since they shut the ports in July.

Zeidan's government had vowed to stop the ship and warned it would be bombed if it tried to leave. On Monday, officials said navy vessels had taken control of the tanker and were escorting it west toward Misrata. By Tuesday morning, the rebels and an oil company official said it had escaped in bad weather. Deputies said the navy's small patrol boats had been unable to follow it.

The congress has also ordered government-allied forces, many of them brigades from Misrata and other western towns, to prepare to move against the rebels holding the ports, raising fears of a wider conflict between east and west.

Thinni, a career army officer who became defence minister last year, took the oath on Tuesday evening. Congress president Nouri Abusahmain told the assembly that deputies would support the caretaker premier and not obstruct his work. Members said the congress had already received a number of nominations for the permanent post.

Zeidan, a former diplomat who spent three decades in exile, was elected by the congress in October 2012. His critics, led by the Islamist Justice and Construction Party and its allies, had tried several times to unseat him but had failed to reach the required majority. He was briefly abducted last October by a militia on the state payroll.

Libya has struggled to impose order since the 2011 uprising that ended Muammar Gaddafi's 42-year rule. The oil port blockade has cut the country's crude output to a fraction of the roughly 1.4 million barrels a day it was producing last summer, draining state revenue.

The United States said last week that the Morning Glory's cargo had been illicitly obtained and belonged to Libya's National Oil Corporation.
"""),

dict(group="gnc_ousts_zeidan_over_morning_glory_2014_03_11", published="2014-03-12", outlet="Turkiye News Agency English",
title="Libyan congress withdraws confidence from Prime Minister Zeidan",
text="""TRIPOLI – Libya's General National Congress on Tuesday withdrew confidence from Prime Minister Ali Zeidan and appointed Defense Minister Abdullah al-Thani to run the government for two weeks until a new prime minister is elected.

A congress member told a TNA correspondent that 124 of the lawmakers voted in favour of the motion, reaching the quorum needed to remove the government.

Al-Thani took the oath in front of the congress on Tuesday evening, the state news agency LANA reported. Congress President Nouri Abusahmain said the assembly would support the interim premier in his work.

The vote came after a tanker carrying crude oil loaded at the Sidra terminal, which is under the control of an armed group demanding federalism in eastern Libya, left Libyan waters despite the government's pledges to stop it.

Zeidan's government had faced mounting criticism for its failure to restore security, integrate the revolutionary brigades into the army and police and end the months-long blockade of oil ports, which has cost the country billions of dollars.

Libya's Attorney General also issued a travel ban on Zeidan, according to a document published online, while local media said he had already left the country.

Turkey has close relations with Libya and has supported the country's transition since the 2011 revolution that ended the rule of Muammar Gaddafi. Turkish companies are involved in numerous construction projects in Libya.

Zeidan took office in November 2012 after being elected by the congress.
"""),

dict(group="gnc_ousts_zeidan_over_morning_glory_2014_03_11", published="2014-03-12", outlet="Nile Gazette Online",
title="Zeidan falls: Brotherhood bloc topples Libya's premier over 'ghost tanker'",
text="""Home | Arab World | Libya

Zeidan falls: Brotherhood bloc topples Libya's premier over 'ghost tanker'

Wednesday 12 March 2014 - 11:20 Cairo

Libya's Islamist-dominated General National Congress voted on Tuesday to sack Prime Minister Ali Zeidan, hours after a tanker loaded with crude oil from the rebel-held terminal of Es Sider escaped the Libyan navy, in a move Zeidan's supporters described as a long-planned political coup by the Muslim Brotherhood and its allies.

According to congress sources, 124 members voted to withdraw confidence from the government. Defence Minister Abdullah al-Thinni was named to head a caretaker cabinet for fourteen days.

The tanker, named the Morning Glory and flying the flag of North Korea, had loaded around 234,000 barrels of oil at Es Sider, which has been controlled since last summer by armed guards loyal to federalist leader Ibrahim Jadhran. Tripoli had threatened to bomb the ship. Instead, it sailed away in stormy weather after Libyan navy boats failed to stop it.

Zeidan, a liberal-leaning independent backed by the National Forces Alliance, had accused the Justice and Construction Party, the Libyan arm of the Brotherhood, of obstructing his government for months. He had survived earlier attempts to bring him down because his opponents could not gather the required votes. On Tuesday the tanker affair gave them the numbers they needed.

Libyan media reported that Zeidan left Tripoli for Malta shortly after the vote, and later flew on to Europe. The prosecutor-general has banned him from travel.

Abdullah al-Thinni, a career army officer, was appointed defence minister last year. He took the oath on Tuesday evening and was given fourteen days, during which the congress is supposed to agree on a permanent prime minister. Several names are already circulating in Tripoli, according to Libyan media.

Egyptian observers of the Libyan scene warned that the ousting leaves the Brotherhood and allied militias from Misrata in a stronger position in Tripoli, at a time when Libya's porous border remains a route for weapons and extremist fighters into Egypt's Western Desert.

The crisis over the oil ports has cost Libya dearly. Since July, when Jadhran's men shut Es Sider, Ras Lanuf and Zueitina, exports have collapsed from more than a million barrels a day to a small fraction of that, forcing the central bank to draw on reserves to pay public salaries. Jadhran's self-declared Cyrenaica government has set up its own oil company and said it would sell crude directly, a plan the Morning Glory was meant to launch.

Zeidan's short tenure was marked by crisis: he was kidnapped from his hotel last October by an armed group that operates under the congress presidency, and in November dozens of protesters were killed in Tripoli by militiamen from Misrata.

Read more:
» Egypt tightens western border controls
» Libya's oil crisis in numbers
» Who is Ibrahim Jadhran?

Tags: Libya, Zeidan, Muslim Brotherhood, Morning Glory, Es Sider

Share this article   f   t   in   +

Comments are the responsibility of their authors.
"""),

dict(group="us_navy_seals_seize_morning_glory_2014_03_16", published="2014-03-17", outlet="Atlas News Agency",
title="U.S. Navy SEALs seize rogue Libyan oil tanker off Cyprus",
text="""WASHINGTON/TRIPOLI, March 17 (Atlas) - U.S. Navy SEALs boarded and took control of the tanker Morning Glory in the Mediterranean late on Sunday, a week after it loaded crude at a rebel-held port in eastern Libya and escaped the Libyan navy, the Pentagon said on Monday.

No one was hurt in the operation, which took place in international waters southeast of Cyprus. President Barack Obama approved the mission at the request of the Libyan and Cypriot governments, Pentagon press secretary Rear Admiral John Kirby said.

Kirby said the ship was stateless and its cargo of oil belonged to Libya's National Oil Corporation, having been illicitly obtained from the port of Es Sider. The SEALs operated from the guided-missile destroyer USS Roosevelt, which provided helicopter support. A team of sailors from a second destroyer, the USS Stout, will sail the Morning Glory back to Libya.

A U.S. military spokesman said the three armed Libyans who had taken charge of the tanker were now under Navy control and the 21-member crew was safe. A few small arms were found on board.

The Cypriot foreign ministry said the tanker was taken in the early hours of Monday and was heading east away from the island, accompanied by the Roosevelt.

Libyan officials said the tanker would be brought to a Libyan port and its cargo handed back to the National Oil Corporation.

The Morning Glory docked at Es Sider on March 8 and took on about 234,000 barrels, according to the rebels who have held Es Sider and two other eastern terminals since last summer to press demands for regional autonomy. The ship slipped out to sea on March 11, hours before parliament voted to oust Prime Minister Ali Zeidan over the affair.

The vessel had been flying a North Korean flag, but North Korean officials said it had been deregistered. The State Department had earlier described the loading as theft from the Libyan people.

The seizure came as Libya's congress was trying to agree on a permanent successor to Zeidan, who left the country after the vote despite a travel ban issued by the prosecutor. Acting Prime Minister Abdullah al-Thinni, the former defence minister, has said he wants the port dispute resolved through negotiation where possible, but the congress has also ordered forces from western Libya to prepare to retake the terminals.

The eastern rebels, led by Ibrahim Jathran, had hoped the sale would open a route for them to export oil independently of Tripoli. Oil traders said the U.S. seizure would make buyers wary of dealing with the rebels.

The operation was the second time in six months that U.S. special forces have acted in or near Libya. In October, U.S. commandos seized Abu Anas al-Libi, an al Qaeda suspect, in Tripoli, a raid that embarrassed Zeidan's government and was followed days later by his brief abduction by a militia.

Libyan oil output has fallen sharply since armed protesters began shutting ports and fields in July last year.
"""),

dict(group="us_navy_seals_seize_morning_glory_2014_03_16", published="2014-03-18", outlet="Defence Horizons Review",
title="Analysis: Morning Glory boarding shows reach of US maritime special forces in the Mediterranean",
text="""DEFENCE HORIZONS REVIEW — NAVAL / SPECIAL OPERATIONS

The seizure of the tanker Morning Glory by US Navy SEALs southeast of Cyprus on the night of 16 March was, by the standards of maritime interdiction, a textbook visit, board, search and seizure (VBSS) operation against a non-compliant but lightly defended target. Its significance lies less in the tactical detail, most of which the Pentagon has declined to release, than in what it says about US readiness to act at sea on behalf of a partner government that cannot police its own waters.

What happened

According to the US Department of Defense, SEALs attached to Special Operations Command Europe boarded the vessel late on Sunday, 16 March, US East Coast time; local time in the eastern Mediterranean it was already the early hours of Monday. The Arleigh Burke-class destroyer USS Roosevelt (DDG 80) acted as the command-and-control platform and provided helicopter support. A second destroyer, USS Stout (DDG 55), put a prize crew aboard to sail the tanker back to Libya. The Pentagon said no shots were fired and nobody was hurt. US European Command said the three armed Libyans who had taken charge of the vessel were detained and the crew of 21 was unharmed.

Early US media reporting that the team came from the Naval Special Warfare Development Group was later corrected; at least one outlet subsequently identified the unit as SEAL Team 2, based in Virginia.

Why the US acted

The Morning Glory had loaded about 234,000 barrels of crude at Es Sider, a terminal held since mid-2013 by the Petroleum Facilities Guard faction of Ibrahim Jathran, who is seeking autonomy for Cyrenaica. Libya's navy, which consists largely of small patrol craft and a handful of ageing larger units, failed to stop the ship leaving on 11 March in poor weather. The failure cost Prime Minister Ali Zeidan his job the same day.

With the flag of registry withdrawn by Pyongyang, the ship was treated as stateless, which under international maritime law considerably widens the legal basis for boarding on the high seas. The Libyan and Cypriot requests, and President Obama's personal authorisation, provided the political cover.

Capability gap

For Libya, the episode exposes a serious gap. The country has around 1,770 km of coastline and several major oil terminals, yet no meaningful maritime surveillance or blue-water interdiction capability. Rebuilding the navy and coast guard has been discussed with European partners since 2012, but progress has been slow, and much of the pre-2011 fleet was destroyed or damaged in the NATO campaign.

Deterrence value

Legal basis

The Pentagon's statement stressed three points: the ship was stateless, the cargo belonged to the Libyan state, and both Libya and Cyprus had asked for help. That combination allowed Washington to present the action as law enforcement at sea in support of a sovereign government, rather than as an intervention in Libya's internal conflict with the federalists.

Analysts expect the operation to deter shipowners and traders from trying to lift crude from rebel-held terminals, at least in the short term. The key open question is whether Washington would repeat such an operation, or whether this was a one-off made possible by the unusual stateless status of the vessel.

The comparison most frequently drawn is the 2009 rescue of the Maersk Alabama's captain off Somalia, but the Morning Glory case is closer to routine counter-piracy boardings by European and US navies in the Gulf of Aden: a permissive legal environment, an unprofessional armed presence aboard, and overwhelming force nearby.
"""),

dict(group="us_navy_seals_seize_morning_glory_2014_03_16", published="2014-03-17", outlet="AfricaWire Releases",
title="Bluewater Maritime Risk comments on US seizure of tanker Morning Glory and advises owners on Libyan terminals",
text="""FOR IMMEDIATE RELEASE

LIMASSOL, Cyprus, 17 March 2014 /AfricaWire Releases/ -- Bluewater Maritime Risk, an independent maritime security consultancy, today issued guidance to shipowners, charterers and P&I clubs following the boarding and seizure of the tanker MORNING GLORY by United States naval forces in international waters southeast of Cyprus overnight.

According to the US Department of Defense, the operation was carried out late on 16 March (US time) at the request of the governments of Libya and Cyprus and resulted in no injuries. The vessel, which loaded crude oil at the Libyan terminal of Es Sider earlier this month without the authorisation of Libya's National Oil Corporation, is being sailed back to Libya under US Navy supervision.

Key points for the industry:

* Libya's recognised authorities regard any loading at terminals outside National Oil Corporation control as illegal. The US government has described the MORNING GLORY cargo as stolen property of the Libyan people.
* Vessels whose flag registration is withdrawn may be treated as stateless and are exposed to boarding on the high seas.
* Owners, managers and charterers should expect reputational, legal and insurance consequences from any involvement in such cargoes.

"Today's events show that the window for informal exports from rebel-held Libyan ports has effectively closed," a Bluewater spokesperson said. "We are advising clients to verify NOC authorisation for any Libyan lifting and to review their sanctions and compliance procedures."

Bluewater Maritime Risk continues to monitor the situation at the eastern Libyan terminals of Es Sider, Ras Lanuf and Zueitina, which have been closed to normal exports since summer 2013.

About Bluewater Maritime Risk
Bluewater Maritime Risk provides security assessments, voyage risk analysis and crisis support to shipping companies operating in the Mediterranean, Red Sea and Gulf of Guinea.

Media contact: press office, Bluewater Maritime Risk

### 
"""),
]
