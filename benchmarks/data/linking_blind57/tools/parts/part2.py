# Part 2: Cairo Declaration (Jun 6), Sisi red-line speech (Jun 20), tribal elders in Cairo (Jul 16)
from part1 import MWS_BG_SPLIT

MWS_BG_COLLAPSE = (
    "Haftar's Libyan National Army (LNA), backed by the United Arab Emirates, Egypt and Russia, "
    "launched an offensive on Tripoli in April 2019, but it collapsed in early June when forces "
    "aligned with the Government of National Accord (GNA), helped by Turkish drones and air "
    "defences, pushed it out of the capital's southern suburbs and the town of Tarhouna. The "
    "front line has since settled around the coastal city of Sirte and the Jufra air base "
    "further inland."
)

NILE_BG = (
    "Libya has been mired in chaos since the fall of the Gaddafi regime in 2011. The elected "
    "House of Representatives, based in the east, supports the Libyan National Army led by "
    "Field Marshal Khalifa Haftar, while the Tripoli-based Presidential Council of Fayez "
    "al-Sarraj relies on militias and on Turkish military backing, including thousands of "
    "Syrian mercenaries transferred by Ankara."
)

ARTICLES = [
# ---------------------------------------------------------------- E4 Cairo Declaration
dict(
group="sisi_announces_cairo_declaration_2020_06_06",
published="2020-06-06",
outlet="Nile Gazette",
title="President Sisi launches 'Cairo Declaration' for Libya, calls for ceasefire from Monday",
text=f"""CAIRO - President Abdel Fattah al-Sisi on Saturday announced a comprehensive initiative to end the conflict in Libya, named the "Cairo Declaration", calling for a ceasefire across the country from 6 am on Monday, June 8, and for the withdrawal of foreign mercenaries.

The President unveiled the initiative at a press conference following talks with Field Marshal Khalifa Haftar, commander of the Libyan National Army (LNA), and Counsellor Aguila Saleh, Speaker of the Libyan House of Representatives. Ambassadors of several countries and representatives of the United Nations, the European Union and the Arab League attended.

"This initiative calls for respecting all international efforts and initiatives by declaring a ceasefire," President Sisi said, stressing that a political solution is the only way to end the crisis and warning that insisting on a military solution would complicate the situation inside Libya and threaten the stability of the whole region.

The President affirmed that the security of Libya is an integral part of Egypt's national security, and that Egypt will not accept the continued control of extremist militias over the capabilities of the Libyan people.

The declaration, according to the text read at the conference, provides for:

- A ceasefire throughout Libya starting Monday, June 8, 2020;
- Completing the work of the 5+5 Joint Military Committee in Geneva under UN auspices;
- The exit of foreign mercenaries from all Libyan territory, the dismantling of militias and the handing over of their weapons, so that the Libyan National Army can carry out its military and security duties;
- The election of a presidential council by the people of Libya's three regions under UN supervision, and fair representation of the regions in state institutions;
- The drafting of a constitutional declaration regulating the transitional period, leading to presidential and parliamentary elections;
- A fair distribution of the country's wealth and its protection from being controlled by militias.

Field Marshal Haftar praised Egypt's efforts and voiced his support for the initiative, expressing hope that it would receive international backing. He criticised what he described as Turkish interference that has fuelled polarisation by supporting the "unconstitutional" Presidential Council with weapons and mercenaries.

Speaker Aguila Saleh said the army had entered Tripoli's outskirts to rid the capital of terrorist groups and not to fight its citizens, adding that Turkish intervention had obstructed the army's counter-terrorism efforts.

Foreign Minister Sameh Shoukry later held phone calls with UN Secretary-General Antonio Guterres and his counterparts in a number of Arab and African countries to brief them on the initiative.

The initiative comes as the Turkish-backed militias push eastward after the army's repositioning around the capital. The LNA said this week it had redeployed its units outside Tripoli in response to international calls to halt the fighting.

{NILE_BG}

Egypt, which shares a 1,200-kilometre border with Libya, has repeatedly warned against the transfer of foreign fighters and terrorists to Libyan territory, which it regards as a direct threat to its national security.

Related:
- Shoukry: Egypt will not allow Libya to become a haven for terrorists
- House of Representatives Speaker receives Egyptian delegation in al-Qubba"""
),
dict(
group="sisi_announces_cairo_declaration_2020_06_06",
published="2020-06-07",
outlet="Agence Mondiale de Presse",
title="Libya: Sissi proposes a ceasefire with marshal Haftar, Tripoli unconvinced",
text="""CAIRO (AMP) - The Egyptian President Abdel Fattah al-Sissi proposed on Saturday a ceasefire in Libya from Monday, at the side of the marshal Khalifa Haftar, whose forces have just suffered a series of heavy defeats in the west of the country against the Government of National Accord (GNA) recognised by the UN.

"This initiative calls to respect all the international efforts and initiatives, by declaring a ceasefire from 06:00 on Monday 8 June 2020," declared Mr. Sissi at a press conference in Cairo, also in presence of Aguila Saleh, the president of the Parliament elected in 2014 and seated in the East.

The plan, baptised "declaration of Cairo", foresees also the departure of "foreign mercenaries" of the whole Libyan territory, the dismantling of militias, and the election of a presidential council representing the three historic regions of Libya: Tripolitania, Cyrenaica and Fezzan. It calls the United Nations to invite the rival camps to negotiations in Geneva.

The strongman of the East, who launched in April 2019 an offensive to conquer Tripoli, seat of the GNA, said he supported the initiative and hoped that it will obtain the support of the international community.

In Tripoli, the announcement was received with scepticism. A spokesman of the pro-GNA forces declared that they had not started this war but would decide where and when it ends, while the troops of the government launched on Saturday an offensive towards Sirte, native city of Muammar Kadhafi, 450 km east of the capital, controlled by the pro-Haftar forces since January.

On Sunday, the GNA formally rejected the Egyptian plan, according to its officials, judging that any negotiation must take place within the framework of the UN and of the conference of Berlin of January.

Several countries supporting the marshal Haftar, in first the United Arab Emirates, as well as Russia, welcomed the Egyptian initiative. France, accused by Tripoli of having favoured the marshal, also saluted the Cairo proposal. Germany, which hosted the Berlin conference, insisted that the political process led by the UN remained the key.

The marshal Haftar, 76 years old, former officer of Kadhafi passed to the opposition and then returned to Libya in 2011, has lost in a few weeks almost all his positions in the west: the coastal cities near the Tunisian border in April, the air base of al-Watiya on 18 May, then Tripoli airport and, on Friday, the town of Tarhouna, his last stronghold in Tripolitania.

These defeats, obtained with a massive military support of Turkey - drones, air defences, and Syrian fighters - have changed the balance of power in a conflict which has become the theatre of a regional competition. Egypt, the Emirates and Russia support Haftar; Turkey and Qatar support the GNA of Fayez al-Sarraj. The head of the GNA was received on Thursday in Ankara by the President Recep Tayyip Erdogan, who promised to continue his support.

Libya is plunged into chaos since the fall of the Kadhafi regime in 2011. Two authorities dispute the power: the GNA, installed in Tripoli in 2016 at the end of a UN process, and an authority in the East, incarnated by the marshal Haftar.

The oil production, main resource of the country, is nearly stopped since January because of a blockade of the terminals and fields by pro-Haftar groups, an operation which has cost to the country several billion dollars according to the National Oil Corporation (NOC).

bur-ab/mch"""
),
dict(
group="sisi_announces_cairo_declaration_2020_06_06",
published="2020-06-07",
outlet="Al-Nahar Al-Arabi Net",
title="Sisi announces 'Cairo Declaration' for Libya in presence of Haftar and Saleh .. ceasefire starts tomorrow Monday",
text="""Cairo - Al-Nahar Al-Arabi

Egyptian President Abdel Fattah al-Sisi announced, yesterday Saturday, an initiative to solve the Libyan crisis under the name "Cairo Declaration", which includes a ceasefire in all Libyan territories starting from six o'clock in the morning of tomorrow Monday, corresponding to June 8, and that in the presence of the commander-general of the Libyan army, Field Marshal Khalifa Haftar, and the Speaker of the House of Representatives, Counsellor Aguila Saleh Issa.

Al-Sisi said in a press conference at the presidential palace that the initiative "is based on the outcomes of the Berlin conference" and aims to restore the state institutions and unify them, calling on the international community and the United Nations to support it and to invite the Libyan parties to negotiation.

The Egyptian president warned of "the danger of insisting on seeking a military solution to the crisis", and said that the security of Libya is an extension of the security of Egypt.

The initiative included, according to its text, the obligation of all foreign parties to withdraw the foreign mercenaries from all Libyan territory, the dismantling of the militias and the handing over of their weapons, and the completion of the tracks of the Joint Military Committee 5+5 in Geneva, in addition to the election of a presidential council representing the three regions, each region electing its representative under the supervision of the United Nations.

For his part, Haftar expressed his welcome for the initiative, and said that the army "has responded to the calls of the brothers and the friends", accusing Turkey of transferring "thousands of mercenaries and terrorists" to Libya.

And the Speaker of the Parliament Aguila Saleh said that the initiative represents "a real opportunity to stop the bloodshed", and that the Libyans "will not accept to be ruled by the militias".

On the other side, the forces of the reconciliation government (al-Wefaq) announced, yesterday Saturday, the start of an operation to advance towards the city of Sirte, and local sources spoke about violent clashes in the west of the city, while the air force of the national army carried out raids on the advancing columns in the area of al-Washka and Abu Qurain.

And the High Council of State in Tripoli said, today Sunday, that it rejects any initiative "that bypasses the Libyan political agreement", while sources in the Presidential Council described the declaration as "an attempt to save Haftar after his defeat".

The Emirates, Saudi Arabia, Jordan and Bahrain announced their support for the Egyptian initiative, and the Russian Foreign Ministry also considered it a basis for negotiations.

It is worth mentioning that the reconciliation forces supported by Turkey had taken control, last Friday, of the city of Tarhuna, the most important stronghold of Haftar's forces in the west of the country, after they had regained control of the Tripoli International Airport on Wednesday.

It is worth mentioning that Libya has been living in a state of chaos since the fall of the regime of Muammar Gaddafi in 2011.

Read also:
- Haftar's forces withdraw from Tarhuna .. and the reconciliation government enters the city
- Al-Sarraj in Ankara .. Erdogan: we will continue our support
- Egypt: 1,200 km border and a security that cannot be compromised"""
),
# ---------------------------------------------------------------- E5 Red line
dict(
group="sisi_red_line_speech_sidi_barrani_2020_06_20",
published="2020-06-20",
outlet="Meridian Wire Service",
title="Egypt's Sisi says Sirte and Jufra a 'red line', tells army to be ready for missions abroad",
text=f"""CAIRO (MWS) - Egyptian President Abdel Fattah al-Sisi warned on Saturday that any advance by Turkey-backed forces on the Libyan city of Sirte or the Jufra air base would cross a "red line" for Egypt, and told his army to be prepared to carry out missions outside the country's borders if necessary.

Speaking during an inspection of air force and special forces units at the Sidi Barrani air base near the Libyan border, Sisi said any direct Egyptian intervention in Libya now had international legitimacy, either under the right to self-defence in the U.N. Charter or at the request of the eastern-based House of Representatives, which he called "the only legitimate elected authority in Libya."

"Be ready to carry out any mission here inside our borders, or if necessary outside our borders," Sisi told troops assembled on the runway alongside armoured vehicles, helicopters and fighter jets.

He said Egypt wanted the warring sides to halt at the current front line and begin negotiations. "If some think they can cross the Sirte-Jufra line, that is a red line for us," he said.

Sisi said Egypt was ready to train and arm Libyan tribes to defend their country, and that if Egyptian forces did enter Libya, tribal leaders would be at their head. Several Libyan tribal figures attended the event, one of whom publicly urged Egypt to help defend Libya.

The aim of any intervention, Sisi said, would be to protect Egypt's 1,200-km (745-mile) western border, to help restore security and stability in Libya and to secure a ceasefire.

Forces aligned with the Tripoli-based Government of National Accord (GNA) have been massing west of Sirte since their advance on the city stalled in early June under air strikes. GNA commanders have said they intend to retake both Sirte and Jufra, which sit on the route to Libya's main oil export terminals.

Saudi Arabia, the United Arab Emirates, Bahrain and Jordan issued statements on Saturday backing Egypt's right to defend its borders. There was no immediate comment from Tripoli or Ankara.

Earlier this month Sisi announced a peace initiative alongside eastern commander Khalifa Haftar and parliament speaker Aguila Saleh, proposing a ceasefire from June 8. The GNA and Turkey dismissed it as an attempt to rescue Haftar after his defeats.

{MWS_BG_SPLIT}

{MWS_BG_COLLAPSE}

Planned talks between the Turkish and Russian foreign and defence ministers in Istanbul on Libya were postponed at short notice on June 14. The U.S. military said last month that Russia had sent fighter jets to Jufra to support Russian contractors, a charge Moscow denies.

(Reporting by MWS Cairo bureau; Additional reporting by Ankara and Tripoli bureaux; Editing by Mark Hollis)"""
),
dict(
group="sisi_red_line_speech_sidi_barrani_2020_06_20",
published="2020-06-21",
outlet="Gulf Horizon",
title="Arab capitals rally behind Egypt after Sisi declares Sirte-Jufra a red line",
text="""We use cookies to improve your experience. By continuing to browse this site you agree to our use of cookies. [Accept] [Learn more]

ABU DHABI / CAIRO - Arab states moved swiftly to back Egypt after President Abdel Fattah al-Sisi declared on Saturday that the line between Sirte and al-Jufra in Libya is a red line for Egyptian national security, warning that his armed forces were ready to act if Turkish-backed militias attempted to cross it.

The UAE said it stood with Egypt in all the measures it takes to protect its security and stability from the repercussions of the worrying developments in Libya. The UAE Ministry of Foreign Affairs and International Cooperation said Egypt's security is an integral part of Arab national security.

Saudi Arabia also affirmed its support for Egypt's right to defend its western borders and its people against extremism and terrorist militias and their supporters in the region, while Bahrain and Jordan issued similar statements.

President Sisi was speaking at the Sidi Barrani air base in the Western Military Region, where he reviewed combat-ready units of the air force, special forces and rapid deployment troops. "Be prepared to carry out any mission, inside our borders or, if necessary, outside them," he told the troops.

The Egyptian President stressed that Egypt has always sought a political settlement and had launched the Cairo Declaration on June 6 for this purpose, with the support of Field Marshal Khalifa Haftar and Speaker Aguila Saleh. He called on all parties to respect the ceasefire and to stop at the current lines.

"Any direct intervention by Egypt has now acquired international legitimacy," Sisi said, pointing to the right of self-defence and to the invitation of the elected House of Representatives.

Egypt, he added, would be ready to provide training and weapons to the sons of the Libyan tribes, whose leaders were present at the air base, so that they could defend their country against what he described as terrorist militias and mercenaries backed by a foreign power with expansionist ambitions.

Analysts in the Gulf said the speech was a clear message to Ankara, which has transferred thousands of Syrian mercenaries to Libya in violation of the UN arms embargo and the Berlin conference commitments, and which has made no secret of its ambition to reach Libya's oil crescent.

Commentators in the Gulf noted that beyond Sirte lie the terminals of Sidra, Ras Lanuf and Brega, and read the speech as a warning to Ankara that its gains in western Libya would not be extended to the oil crescent.

The Libyan National Army said it welcomed the Egyptian position and that its forces were fully prepared in Sirte and al-Jufra to repel any attack. LNA spokesman Major General Ahmed al-Mismari has repeatedly accused Turkey of preparing a large offensive on the city with drones and naval support.

The Arab League is due to hold an emergency meeting of foreign ministers by video conference this week to discuss the situation in Libya at Egypt's request.

The Tripoli-based government, which has become dependent on Turkish military support since signing security and maritime agreements with Ankara in November, has rejected the Cairo Declaration and continued to mobilise its forces west of Sirte.

READ MORE
Cairo Declaration wins wide Arab and international support
How Ankara moved Syrian fighters to Tripoli"""
),
dict(
group="sisi_red_line_speech_sidi_barrani_2020_06_20",
published="2020-06-21",
outlet="Tripoli Free Voice",
title="Presidential Council: Sisi's threats a 'declaration of war' on Libya",
text="""The Presidential Council of the Government of National Accord on Sunday described statements by Egyptian President Abdel Fattah al-Sisi threatening military intervention in Libya as "a declaration of war" and a blatant interference in the country's internal affairs.

In a statement, the council said that interfering in Libya's affairs and infringing on its sovereignty, whether through media statements such as those of the Egyptian president or through support for putschists, militias and mercenaries, was unacceptable and amounted to "a hostile act".

"All of Libya is a red line," the council said, adding that such lines are not drawn by statements but by the blood of the martyrs who defended the capital for more than a year. It said the legitimate government alone has the right to determine the place and time of its military operations on Libyan soil and the form of its alliances and agreements.

The statement called on the international community to assume its responsibilities in the face of this escalation, and said the government welcomed any impartial mediation under the umbrella of the United Nations, while rejecting unilateral initiatives outside the framework of international legitimacy.

Sisi said on Saturday, while inspecting troops at an air base near the Libyan border, that the line between Sirte and Jufra was a red line for Egypt and that his army should be ready for missions outside the country.

Abdel-Hadi Dara, spokesman for the Sirte-Jufra operations room, said on Saturday evening that the remarks were "a blatant interference" and that the army's forces were determined to complete their advance and liberate the region from Haftar's militias and their mercenaries.

The High Council of State also rejected the Egyptian position, saying that Cairo could not claim to speak for the Libyan people while arming and hosting the warlord who attacked Tripoli.

The government has said it will not take part in an Arab League meeting on Libya called at Egypt's request, accusing the League of bias.

The statement comes as government forces continue to reinforce their positions at Abu Qurain and al-Washka, west of Sirte, after a fortnight in which Haftar's air force and Russian-operated aircraft have repeatedly struck advancing columns.

Army commanders say Wagner mercenaries, who fled the Tripoli front last month, are now entrenched in Sirte and around the Jufra base, where the US military has said Russian fighter jets were delivered in May.

Since Haftar's offensive on Tripoli collapsed this month, the warlord's backers have called for a ceasefire. The government says any ceasefire must involve the withdrawal of Haftar's forces from Sirte and Jufra.

Government forces launched their advance towards Sirte on June 6, the same day Egypt announced its so-called Cairo Declaration alongside Haftar and Aguila Saleh. The Presidential Council rejected that initiative, saying any ceasefire must be negotiated within the UN framework and the outcomes of the Berlin conference, not dictated by the warlord's sponsors.

Officials in Tripoli have repeatedly pointed out that Egypt, together with the UAE, has supplied Haftar with weapons and air support throughout the 14-month assault on the capital, and that Egyptian territory has served as a transit route for equipment sent to the militias in the east, in violation of the UN arms embargo.

Turkey, the government's main ally under the security memorandum signed in November, has said that a lasting ceasefire requires the withdrawal of Haftar's forces from Sirte and Jufra.

Share this:
Facebook
Twitter
Telegram"""
),
dict(
group="sisi_red_line_speech_sidi_barrani_2020_06_20",
published="2020-06-22",
outlet="The Northern Chronicle",
title="Egypt draws its line in the sand at Sirte, raising the spectre of a regional war in Libya",
text="""By our Middle East Correspondent

When Abdel Fattah al-Sisi stood on a runway at Sidi Barrani on Saturday, flanked by ranks of commandos, attack helicopters and fighter jets, the message was aimed less at the Libyan militias advancing on Sirte than at their patrons in Ankara.

The Egyptian president declared that the line running from the coastal city of Sirte south to the Jufra air base was a "red line" for Egypt, and told his soldiers to be ready for operations "outside our borders" if needed. He said an Egyptian intervention would already be legitimate under international law, citing self-defence and an invitation from Libya's eastern-based parliament.

On Sunday, the Tripoli government, which is recognised by the United Nations, replied that the speech amounted to "a declaration of war". A Cairo official, quoted by Egypt's state news agency, retorted that the Tripoli authorities should "realise their size".

The exchange marks the most dangerous moment yet in a conflict that has become a crowded proxy war. Since April last year, the forces of Khalifa Haftar, the eastern commander backed by Egypt, the United Arab Emirates and Russia, have besieged Tripoli. Their offensive collapsed this month when Turkey, which signed a security pact with Tripoli in November, provided drones, air-defence systems, officers and Syrian fighters that tilted the battlefield.

Having pushed Haftar out of the capital's suburbs, the Government of National Accord (GNA) set its sights on Sirte, Muammar Gaddafi's hometown and the gateway to the "oil crescent" terminals that handle most of Libya's crude exports. That advance, launched on June 6, ran into stiff resistance and air strikes, and has been stalled for two weeks some 20-30km west of the city.

Egypt's reasoning is partly geography. The 1,200km border with Libya is long, porous and in Cairo's eyes a channel for jihadists. Sisi, who came to power in 2013 after the army removed the Muslim Brotherhood's Mohamed Morsi, regards the Islamist-leaning factions in Tripoli, and Turkey's sponsorship of them, as an existential threat. He also has an economic interest: hundreds of thousands of Egyptians worked in Libya before 2011.

But Egypt has so far shown little appetite for actual war. Its army is large but has not fought a major ground war abroad in decades, and it is stretched by an insurgency in Sinai and a tense dispute with Ethiopia over the Nile dam. Analysts therefore read Saturday's speech as deterrence: Sisi is trying to freeze the front where it is.

The Sirte-Jufra line roughly divides Libya between west and east, and most of the country's oil fields and export terminals lie on Haftar's side of it. In effect, Cairo is telling Ankara that it may keep its gains in the west but will not be allowed to reach the oil.

Cairo has intervened before, though on a limited scale. In February 2015 Egyptian jets struck Islamic State targets in Derna after the group released a video showing the killing of 21 Christians, 20 of them Egyptian, on a Libyan beach, and in May 2017 Egypt again bombed targets around Derna after gunmen killed Coptic pilgrims in Minya province. Those raids were punitive and short. An operation to hold a front line 800km from the Egyptian border against a Turkish-backed army would be of a different order altogether.

Nor is it clear how the tribes Sisi promised to arm would fit in. Several Libyan tribal leaders stood beside him at Sidi Barrani, and one publicly appealed to Egypt to help defend Libya. But tribal loyalties in central Libya are fluid, and many communities around Sirte have suffered from every side in a decade of war, including the Islamic State's occupation of the city in 2015-16.

Russia's position may matter more. The US military said last month that Moscow had flown at least 14 MiG-29 and Su-24 aircraft, repainted in Syria, to Jufra to support contractors of the Wagner Group, hundreds of whom withdrew from the Tripoli front in late May. A visit by Russia's foreign and defence ministers to Istanbul to discuss Libya was called off on June 14, suggesting the two powers are some way from a deal.

Turkey, for its part, has shown no sign of backing down. Its officials have said a ceasefire is only possible if Haftar's forces withdraw from Sirte and Jufra, and President Recep Tayyip Erdogan has repeatedly dismissed Haftar as an illegitimate actor.

The Gulf states lined up quickly behind Cairo on Saturday, with Saudi Arabia, the UAE, Bahrain and Jordan issuing statements of support. Europe was quieter. France, widely seen as sympathetic to Haftar, has accused Turkey of breaching the UN arms embargo; Italy, with large energy interests in western Libya, has kept closer to Tripoli. Germany, which hosted January's Berlin summit, continues to push the UN track.

The Arab League is to hold a video conference on Libya this week. The GNA has said it will not attend.

Meanwhile, for Libyans the most pressing crisis is economic. Oil production has been almost halted since January by a blockade of ports and fields by groups loyal to Haftar, costing the country billions of dollars. A brief restart at the giant Sharara field this month was quickly reversed. Unless the blockade is lifted, both governments will struggle to pay salaries, and power cuts in the summer heat are already lengthening.

Stephanie Williams, the UN's acting envoy, has warned that the influx of weapons and foreign fighters risks turning Libya into a theatre for a direct clash between outside powers. On Saturday, that warning sounded less hypothetical than at any point since the war began."""
),
# ---------------------------------------------------------------- E6 Tribal elders in Cairo
dict(
group="sisi_meets_libyan_tribal_elders_cairo_2020_07_16",
published="2020-07-16",
outlet="Nile Gazette",
title="Sisi to Libyan tribes: Egypt will not stand idle in face of direct threats to its security and Libya's",
text=f"""CAIRO - President Abdel Fattah al-Sisi received on Thursday a large delegation of sheikhs and notables of Libyan tribes, in a meeting held under the slogan "Egypt and Libya: One People, One Destiny".

Presidential spokesman Bassam Rady said the President affirmed that Egypt will not stand idle in the face of moves that pose a direct threat to the national security of Egypt and Libya, and that the main goal of Egypt's efforts on all levels is to activate the free will of the Libyan people and achieve a better future for their country.

President Sisi said that the red lines he announced at the Sidi Barrani base last month were in essence a call for peace and an end to the conflict, and that Egypt has the ability to change the military scene quickly and decisively if it so decides.

"We will enter Libya at your request and we will leave at your command," the President told the tribal leaders, according to participants. He also said Egypt was ready to train Libyan young men in its military institutions to build a national army that would defend the country and restore its stability.

The President warned that the foreign presence in Libya had increased dangerously after agreements signed by the Presidential Council in Tripoli with Turkey, which he said were being used to establish military bases and transfer mercenaries with the aim of controlling Libya's resources.

The presidency said the tribal leaders authorised the President and the Egyptian armed forces to intervene to protect Libyan sovereignty and the two countries' common national security.

Sheikh Mohamed al-Misbahi, head of the Supreme Council of Sheikhs and Notables of Libya, thanked President Sisi and said the delegation represented the Libyan people in the east, west and south. "We need the support of the Egyptian armed forces to expel the Turkish colonizer," he said.

The delegation arrived in Cairo from Benghazi on Wednesday. Their visit came two days after the Libyan House of Representatives, in a statement issued on Monday night, called on the Egyptian armed forces to intervene to protect Libyan and Egyptian national security if there is an imminent danger.

Last week the Egyptian armed forces carried out a large-scale exercise near the western border, code-named "Hasm 2020", with the participation of land, naval and air units.

{NILE_BG}

The President had launched the Cairo Declaration on June 6 in the presence of Field Marshal Haftar and Speaker Aguila Saleh, calling for a ceasefire, the departure of mercenaries and the resumption of the political process under UN auspices. The initiative received wide Arab and international support.

Related:
- Parliament to discuss threats on western front
- Misbahi: the tribes are the safety valve of Libya"""
),
dict(
group="sisi_meets_libyan_tribal_elders_cairo_2020_07_16",
published="2020-07-17",
outlet="Al-Nahar Al-Arabi Net",
title="Sheikhs of Libyan tribes in Cairo .. Sisi: we are able to change the military scene quickly and decisively",
text="""Cairo - Al-Nahar Al-Arabi

Egyptian President Abdel Fattah al-Sisi received, yesterday Thursday, in Cairo a delegation of the sheikhs and elders of the Libyan tribes, in a meeting that was held under the slogan "Egypt and Libya .. one people .. one destiny", and that is in the midst of rising tension around the city of Sirte.

Al-Sisi said, according to a statement of the Egyptian presidency, that Egypt "will not stand idly by in front of moves that constitute a direct threat to the Egyptian and Libyan national security", stressing that the main goal of Cairo is "the activation of the free will of the Libyan people".

The Egyptian president added that Egypt "is capable of changing the military scene quickly and decisively if it wishes", noting that the red line which he announced in Sidi Barrani is "an invitation to peace".

And the presidency statement mentioned that the sheikhs of the tribes "authorized" al-Sisi and the Egyptian army to intervene to protect Libyan sovereignty, and they called for activating the joint Arab defence agreement.

For his part, the head of the Supreme Council of Sheikhs and Notables of Libya, Mohammed al-Misbahi, said that the delegation "represents all the Libyan people", and that they came to confirm the statement of the House of Representatives which called the Egyptian army for intervention to expel "the Turkish occupier".

And the House of Representatives based in Tobruk had said, in a statement on Monday night, that the Egyptian armed forces have the right to intervene to protect the national security of Libya and Egypt "if they see an imminent danger".

On the other side, the reconciliation government (al-Wefaq) in Tripoli did not issue an official comment until the moment, while its supporters on social media considered that the delegation "does not represent except the tribes of the east", and that the meeting is "a new cover for the Egyptian intervention".

It is worth mentioning that the Egyptian parliament is expected to hold a session in the coming days to discuss the threats on the western border, according to parliamentary sources.

It is worth mentioning that the forces of the reconciliation government, supported by Turkey, have been mobilising since weeks in the west of Sirte, and they announce their intention to take control of the city and of the Jufra base, while Russia and the Emirates support Haftar's forces.

And the delegation included, according to Egyptian media, sheikhs from tribes of the east, the south and some areas of the west, among them the head of the Supreme Council of the Warshefana tribes, Al-Mabrouk Abu Amid, who said that the leaders agreed with the Egyptian president on "a plan between the two countries".

It is worth mentioning that the Egyptian president had declared, on June 20 from the Sidi Barrani air base near the border, that Sirte and al-Jufra are "a red line" for Egyptian national security, and that any direct intervention of Egypt in Libya "has acquired international legitimacy", which the reconciliation government considered "a declaration of war".

Read also:
- The Libyan parliament calls on the Egyptian army to intervene .. and Tripoli rejects
- "Hasm 2020" .. Egyptian manoeuvres on the western border
- The oil: the closure continues for the sixth month"""
),
]
