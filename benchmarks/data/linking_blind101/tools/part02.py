# Event 2: Turkish parliament approves motion authorising troops to Libya (2020-01-02)
G2="turkish_parliament_approves_libya_troop_motion_2020_01_02"
PART = [
dict(group=G2, published="2020-01-02", outlet="Meridian Press Wire",
title="Turkish parliament authorises troop deployment to Libya",
text="""ANKARA (MPW) - Turkey's parliament on Thursday approved a motion allowing the government to send troops to Libya in support of the UN-recognised administration in Tripoli, a step that raises the prospect of Turkish forces being drawn directly into the North African country's war.

Lawmakers, recalled from their winter recess for an extraordinary session, voted 325 to 184 in favour of the one-year mandate, Parliament Speaker Mustafa Sentop announced. President Tayyip Erdogan's AK Party and its ally, the nationalist MHP, backed the motion, while the main opposition Republican People's Party (CHP), the nationalist IYI Party and the pro-Kurdish HDP voted against.

The motion leaves the scope, size and timing of any deployment to the president. It says the conflict in Libya threatens Turkish interests in the Mediterranean basin and North Africa and warns of mass migration and of a "favourable environment" for terrorist and armed groups if the fighting turns into a full-scale civil war.

Vice President Fuat Oktay said before the vote that the motion should be read as a political signal and that Ankara would not need to send soldiers if forces loyal to eastern commander Khalifa Haftar halted their offensive and withdrew. "Our armed forces are ready," he told state media this week.

The Tripoli-based Government of National Accord (GNA), led by Prime Minister Fayez al-Serraj, formally asked Turkey for military support last month after Ankara and the GNA signed a security cooperation accord and a separate maritime boundaries deal in November.

Haftar's Libyan National Army (LNA), which is backed by the United Arab Emirates, Egypt and Jordan and, according to diplomats and UN experts, by Russian military contractors, has been trying to seize Tripoli since April. The fighting has killed more than 2,000 people, including fighters, according to UN estimates, and displaced about 140,000.

Egypt's foreign ministry condemned the vote in a statement, warning that Turkish military intervention would undermine stability in the Mediterranean. The White House said U.S. President Donald Trump spoke with Erdogan by phone on Thursday and told him that foreign interference was complicating the situation in Libya.

The debate in the chamber lasted several hours. Opposition speakers said Turkey risked being dragged into a war far from its borders without a clear plan, while ruling party deputies said the deployment would protect Turkish interests and maritime rights won under the November agreements.

Officials in Tripoli have said Turkish support is lawful because it rests on agreements with the internationally recognised government. The LNA said Turkish troops would be treated as an occupying force. Haftar's allies in the eastern-based parliament said they would meet in an emergency session.

Libya has had little stability since a NATO-backed uprising toppled Muammar Gaddafi in 2011. Since 2014 it has been split between rival factions in Tripoli and in the east, with Haftar's LNA backed by the United Arab Emirates, Egypt and Russia, and the Tripoli government supported by Turkey.

In Athens, the leaders of Greece, Cyprus and Israel signed an agreement on the same day to build the EastMed pipeline to carry gas from the eastern Mediterranean to Europe, a project Ankara says ignores its rights.

(Reporting by MPW Ankara bureau; editing by Clare Whitcombe)"""),

dict(group=G2, published="2020-01-03", outlet="The Northern Chronicle",
title="Erdogan wins vote to send troops to Libya, deepening a proxy war on Europe's doorstep",
text="""By Helen Marsh, Istanbul

Turkey moved a step closer to direct military involvement in Libya on Thursday when parliament, summoned back from its holiday recess, gave President Recep Tayyip Erdogan a one-year mandate to deploy soldiers in support of the beleaguered government in Tripoli.

The motion passed by 325 votes to 184 after a sometimes bitter debate. Mr Erdogan's Justice and Development party (AKP) and its partner in government, the Nationalist Movement party (MHP), voted in favour. The three main opposition parties - the secular Republican People's party (CHP), the nationalist Iyi (Good) party and the pro-Kurdish Peoples' Democratic party (HDP) - voted against, arguing that Ankara should put its weight behind diplomacy rather than risk a new military adventure far from home while its army is still stretched in northern Syria.

CHP speakers in the chamber accused the government of leading the country into a conflict whose costs had not been explained to the public and asked how many soldiers would go and under whose command. Government ministers replied that the motion was designed to deter rather than to wage war, and that the details of any mission would be left to the president, as with previous mandates for Syria and Iraq.

The request for help came from Fayez al-Sarraj, the head of the UN-recognised Government of National Accord (GNA), whose forces have been holding off an offensive on the capital by the self-styled Libyan National Army (LNA) of Khalifa Haftar since April. In recent weeks, the LNA has been pressing on Tripoli's southern suburbs with the help of drones supplied, according to UN investigators, by the United Arab Emirates, and of several hundred Russian mercenaries linked to the Wagner group.

Turkey has already supplied the GNA with armed drones and armoured vehicles in breach of a UN arms embargo, according to the same UN experts. Analysts in Ankara said the vote gave legal cover to a presence that was already growing, and would allow the deployment of advisers, air defence crews and drone operators rather than large ground units.

The vote caps two months of rapid moves by Ankara. On November 27, Mr Erdogan and Mr Sarraj signed two memorandums in Istanbul: one on security and military co-operation, ratified by the Turkish parliament on December 21, and another drawing a maritime boundary between the two countries across the eastern Mediterranean. The maritime accord, which ignores the Greek island of Crete, provoked fury in Athens, which expelled the Libyan ambassador, and in Cairo, Nicosia and Brussels.

Ankara's calculation, diplomats say, is that propping up the GNA keeps the maritime deal alive and gives Turkey a seat at the table when the future of Libya is negotiated. Germany is trying to convene a conference in Berlin this month to revive a political process, and Mr Erdogan is due to host Vladimir Putin in Istanbul next week for the inauguration of the TurkStream gas pipeline, an occasion at which Libya is expected to top the agenda. Moscow and Ankara back opposing sides in Libya, as they do in Syria's Idlib province.

Egypt, which regards Mr Haftar as a bulwark against Islamist militants on its western border, condemned the vote. President Donald Trump, in a telephone call with Mr Erdogan on Thursday, warned that foreign interference was complicating the situation, the White House said.

Libya has had no stable central government since the Nato-backed uprising that toppled and killed Muammar Gaddafi in 2011. Since 2014, rival administrations in the east and west have competed for power and for the country's oil wealth, with a growing list of foreign powers lined up behind each side. The UN-brokered Skhirat agreement of 2015 produced the GNA, but the eastern-based parliament never endorsed it.

In Benghazi, Mr Haftar's allies reacted with defiance. The eastern-based House of Representatives said it would hold an emergency session, and LNA spokesmen warned that Turkish troops would be treated as invaders. Mr Haftar himself is expected to address his supporters in the coming days.

At home, the vote reproduced a familiar split: the government and its nationalist ally on one side, the three opposition parties on the other. Opposition deputies said they would keep pressing ministers in parliament for details of any mission, including the number of soldiers and the rules under which they would operate.

Related
Turkey and Libya: what is in the maritime deal
Who is Khalifa Haftar?

We use cookies to personalise content and ads. By continuing to browse you agree to our use of cookies. Manage preferences"""),

dict(group=G2, published="2020-01-02", outlet="Haber Ekspres English",
title="Libya tezkere accepted in TBMM General Assembly with 325 yes votes",
text="""The motion (tezkere) which foresee sending of Turkish Armed Forces to Libya was accepted in Turkey Grand National Assembly (TBMM) General Assembly. In the voting 325 deputies said yes and 184 deputies said no.

The Presidency memorandum about Libya was taken to agenda of the TBMM which came together extraordinary today Thursday because of the parliament was in holiday. TBMM Başkanı Mustafa Şentop announced the result of the voting and said the tezkere is accepted.

AK Parti and MHP deputies gave yes vote, CHP, İYİ Parti and HDP deputies gave no vote. In the tezkere it is written that the Libya's legitimate government Government of National Accord (UMH) has made request for military support to Turkey.

In the tezkere it is being expressed: "If the attacks of so-called Libya National Army do not stop and the conflicts turn to massive civil war, the interests of Turkey in Mediterranean basin and North Africa will be negatively effected." The duration of the permission is one year. The scope, amount and time of the sending will be determined by Cumhurbaşkanı Recep Tayyip Erdoğan.

Before the voting, in the General Assembly, the group deputy chairmen of the parties took the word. AK Parti Grup Başkanvekili said that Turkey is there for the peace and not for the war. CHP side said that the government is taking Turkey into a swamp (bataklık) and that the diplomacy must be first. HDP deputies also said that they will not support a war motion.

Cumhurbaşkanı Yardımcısı Fuat Oktay before the session had told to the journalists that the tezkere is a political message and "if the other side will step back, we will not need to send." Oktay said the Türk Silahlı Kuvvetleri and Milli Savunma Bakanlığı are ready.

MHP Genel Başkanı Devlet Bahçeli had declared earlier that his party will give support to the tezkere for the national interests of Turkey in Mediterranean.

As it is known, on 27 November Turkey and Libya signed in İstanbul two mutabakat muhtırası, one about security and military cooperation and other one about maritime jurisdiction areas. The security muhtıra was accepted in TBMM on 21 December.

The tezkere is entering in force with the publication in Resmi Gazete. According to the Anayasa (Constitution) article 92, the permission of the TBMM is needed for sending of Turkish Armed Forces to foreign countries. The tezkere also gives authority to the government for taking all kind of measures against the risks and threats.

In Libya, the darbeci (putschist) Hafter forces are continuing since 4 April the attacks on the capital Trablus. The UMH head Fayez es-Serrac had made official request for support from Turkey in December. Hafter said from his side that the Turkish soldiers will be target.

ETİKETLER: libya tezkeresi, tbmm, hafter, fuat oktay

İLGİLİ HABERLER
- Erdoğan: We will go to where we are invited
- Hafter'den Türkiye'ye tehdit
- Bahçeli'den Libya açıklaması"""),

dict(group=G2, published="2020-01-03", outlet="Nile Gate News",
title="The Turkish parliament approves sending of forces to Libya amid Arab rejection",
text="""Cairo - Nile Gate News

The Turkish parliament approved, yesterday Thursday, a memorandum presented by the Turkish presidency to send military forces to Libya to support the so-called Government of Accord headed by Fayez al-Sarraj, with the majority of 325 votes against 184 votes, in an extraordinary session.

The memorandum was supported by the ruling Justice and Development Party and its ally the Nationalist Movement, while the Republican People's Party, the Good Party and the Peoples' Democratic Party voted against it, according to what was reported by Turkish media.

According to the text of the memorandum, the authorization is valid for one year, and the Turkish president has the authority to determine the size of the forces, their timing and their tasks.

In the first reaction, the Egyptian Foreign Ministry condemned in the strongest terms the step of the Turkish parliament, and it said in a statement that it represents a violation of the Security Council resolutions on Libya, and it warned of the consequences of any Turkish military intervention on the stability of the region of the Mediterranean. The ministry called on the international community to respond urgently.

For its part, the Libyan National Army denounced the decision, and the spokesman of the General Command, Major General Ahmed al-Mismari, said that the army will fight any invader. And the Libyan House of Representatives called for an emergency session tomorrow Saturday in the city of Benghazi to discuss the Turkish step and the agreements signed with Ankara.

It is worth mentioning that the Council of the Arab League had held an emergency meeting at the level of permanent delegates at the end of last December, in which it affirmed the rejection of foreign interference in Libya and called for a political solution.

The Libyan crisis was also present in the talks of the Egyptian President Abdel Fattah al-Sisi, who chaired a meeting of the National Security Council in Cairo to discuss the Turkish threats, according to the Egyptian presidency, which affirmed that Egypt will take the measures necessary to protect its national security.

It is also worth mentioning that Erdogan and al-Sarraj signed in Istanbul on November 27 last two memoranda of understanding, the first on security and military cooperation and the second on the delimitation of the maritime areas, which Egypt, Greece and Cyprus considered to have no legal effect.

On the other hand, the Tunisian presidency said that Tunisia will not be part of any alliance, following the visit that Erdogan made to Tunis last week, in which Turkish statements spoke about cooperation with Tunisia and Algeria on the Libyan file.

The observers considered that the Turkish step will lead to the escalation of the conflict and the entry of the Libyan crisis in a new stage, especially with the reports of the transfer of Syrian fighters loyal to Ankara to Tripoli during the last weeks.

The Libyan National Army under the command of Field Marshal Khalifa Haftar has been conducting since April 4 last a military operation to liberate the capital Tripoli from the militias and the terrorist groups.

Share this:
Facebook
Twitter
WhatsApp
Print"""),
]
