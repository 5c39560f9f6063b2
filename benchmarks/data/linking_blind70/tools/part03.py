G3 = "erdogan_sarraj_meet_in_istanbul_2019_12_15"
G4 = "turkish_parliament_approves_libya_troop_motion_2020_01_02"

ARTICLES = [
dict(group=G3, published="2019-12-16", outlet="Tripoli Dispatch",
title="Al-Sarraj holds talks with Erdogan in Istanbul, second meeting in less than three weeks",
text="""December 16, 2019 - 10:05 | Written by: Tripoli Dispatch newsroom

The Head of the Presidential Council of the Government of National Accord, Fayez Al-Sarraj, met Sunday evening with Turkish President Recep Tayyip Erdogan in Istanbul, in a meeting that was not previously announced and was closed to the press.

The Turkish Presidency said the two leaders met at the Dolmabahce Palace, without giving further details. No statements were issued after the talks, which came less than three weeks after the two men signed the memoranda of understanding on security cooperation and maritime jurisdiction on November 27.

Al-Sarraj arrived in Istanbul from the Qatari capital Doha, where he took part on Saturday in the Doha Forum and held talks with Qatari officials and with Turkish Defense Minister Hulusi Akar on the implementation of the two memoranda.

Sources in the Presidential Council told Tripoli Dispatch that the meeting dealt with "the requirements of defending the capital" in light of the continued aggression of the war criminal Khalifa Haftar, who announced on Thursday what he called "zero hour" for the storming of Tripoli. GNA forces said on Friday and Saturday they had repelled attacks on the Salah Al-Din, Ain Zara and Al-Hadba axes.

Erdogan said last week that Turkey was ready to send troops to Libya if the legitimate government requested it, stressing that the security memorandum gives Ankara the legal basis to do so. The security and military cooperation memorandum was submitted to the Turkish parliament on Saturday, while the maritime memorandum was approved by the Turkish Grand National Assembly on December 5.

Greece expelled the Libyan ambassador in Athens on December 6 in protest against the maritime memorandum, a move the GNA Foreign Ministry described as unjustified. Egypt has also rejected the memoranda, while the GNA insists they are sovereign agreements signed by the legitimate, internationally recognized government.

The maritime memorandum entered into force on December 8 after both sides published it in their official gazettes, and Turkey applied last week to the United Nations to register it, according to diplomatic sources.

Libya's Interior Minister Fathi Bashagha has repeatedly said the GNA would not hesitate to seek military assistance from Turkey to defend the capital against Haftar's forces and the foreign mercenaries fighting with them.

Haftar's forces have been attacking Tripoli since April 4, leaving hundreds of civilians dead and displacing more than 140,000 people.

You may also like:
Volcano of Rage: Haftar's attack on Salah Al-Din axis repelled
Bashagha: We will ask Turkey for military support if needed
Presidential Council condemns Greek decision to expel Libyan ambassador

Tags: Al-Sarraj, Erdogan, Istanbul, Turkey

This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish. Accept Read More"""),

dict(group=G3, published="2019-12-15", outlet="Haber Ekspres English",
title="President Erdogan received Libya UMH Chairman Serrac in Istanbul",
text="""15.12.2019 21:37 | Son Dakika / Politika

President Recep Tayyip Erdogan, Libya National Accord Government (UMH) Presidential Council Chairman Fayez es-Serrac was received in Istanbul.

The meeting which realised in Vahdettin Kosku was closed to press. It was not in the official program of Cumhurbaskani Erdogan. After meeting no statement made from the Presidency.

Serrac and Erdogan last time had met in 27 November in Dolmabahce, at that meeting "Guvenlik ve Askeri Isbirligi" and "Deniz Yetki Alanlari" mutabakat muhtiralari (memorandums) were signed. Greece and Egypt was reacted against the maritime muhtira.

Erdogan last week said, if Libya want, Turkey can send asker (soldier) to there. "We will give any kind of support which is needed" he had said. The security muhtira was sent to TBMM at Saturday.

Darbeci Hafter forces, which is supported from BAE (UAE) and Egypt and also Rus paraliter Wagner, are attacking to Trablus (Tripoli) since April.

Related news:
- Erdogan: Libya'ya asker gonderebiliriz
- Yunanistan Libya buyukelcisini sinir disi etti

Yorum yap (0)"""),

dict(group=G4, published="2020-01-02", outlet="Levant Wire Service",
title="Turkish parliament approves troop deployment to Libya",
text="""ANKARA (LWS) - Turkey's parliament on Thursday approved a motion allowing the government to send troops to Libya in support of the internationally recognised administration in Tripoli, opening the way for a direct military role in the war there.

Lawmakers voted 325 to 184 in favour at an extraordinary session, Parliament Speaker Mustafa Sentop said. The chamber had cut short its winter recess to debate the motion, which President Tayyip Erdogan's ruling AK Party and its nationalist MHP ally backed. The main opposition Republican People's Party (CHP), the nationalist IYI Party and the pro-Kurdish HDP voted against.

The mandate is valid for one year and leaves the timing, size and scope of any deployment to the government. The motion says developments in Libya threaten Turkey's interests in the Mediterranean and North Africa and could fuel illegal migration and create a favourable environment for militant groups.

Erdogan said last month that the Government of National Accord (GNA) had formally asked for Turkish support, after the two sides signed security and maritime agreements in November. Officials have said Turkey could initially send military advisers, trainers and equipment rather than combat units.

"A Libya whose legitimate government is under threat can spread instability to Turkey," AK Party lawmaker Ismet Yilmaz told the chamber during the debate. Opposition deputies warned that Turkey risked being dragged into a proxy war and called for a diplomatic solution.

The GNA has been fighting off an offensive on Tripoli since April by Khalifa Haftar's Libyan National Army (LNA), which is backed by the United Arab Emirates, Egypt and Russian military contractors.

In late December, Sarraj wrote to the United States, Britain, Italy, Algeria and Turkey asking them to activate security cooperation agreements to help repel Haftar's attack, and Erdogan announced on December 26 that he would put a deployment motion to parliament as soon as it reconvened.

Turkish officials have accused Russia of backing Haftar through the private Wagner group, whose fighters appeared on the Tripoli front in September. Moscow denies any state involvement. Erdogan is due to host Russian President Vladimir Putin in Istanbul next week for the opening of the TurkStream gas pipeline, and has said Libya will be on the agenda.

Egypt's foreign ministry condemned the vote, while U.S. President Donald Trump told Erdogan in a phone call later on Thursday that foreign interference was complicating the situation in Libya, the White House said.

Libya has been in turmoil since a NATO-backed uprising toppled Muammar Gaddafi in 2011. Since 2014 the country has been split between rival administrations in Tripoli and the east, each backed by its own patchwork of armed groups and foreign allies. Turkey and Qatar support the Tripoli government, while the United Arab Emirates and Egypt back Haftar.

(Reporting by Selin Arkan and Can Ozturk; Editing by Mark Oduya)"""),

dict(group=G4, published="2020-01-03", outlet="MENA Brief",
title="MENA Brief, Jan 3: Turkish MPs back Libya deployment; EastMed pipeline deal signed; Trump calls Erdogan",
text="""MENA Brief | Daily round-up
Friday, January 3, 2020

Good morning. Here is what you need to know across the region today.

1. TURKEY: PARLIAMENT GREENLIGHTS TROOPS FOR LIBYA
Turkey's parliament voted 325-184 on Thursday to authorise the deployment of troops to Libya for one year, backing the UN-recognised Government of National Accord (GNA) of Fayez al-Sarraj against the forces of eastern commander Khalifa Haftar. The emergency session was called during the winter recess. The ruling AKP and its MHP allies voted in favour; the main opposition parties voted against, arguing that the country should pursue diplomacy rather than a military adventure. The motion does not set numbers or dates, leaving it to President Erdogan's government to decide what, when and how much. Turkish officials have hinted that the first deployments could be advisers and trainers, plus air defence and drone support.

Why it matters: it is the first time Ankara has formally authorised a military mission in North Africa, and it turns what was a covert supply relationship with Tripoli into an open commitment. Haftar's camp, which has been pushing into the southern suburbs of Tripoli since April, calls it an invasion.

2. EASTMED: PIPELINE AGREEMENT SIGNED IN ATHENS
In Athens, the leaders of Greece, Cyprus and Israel signed an intergovernmental agreement on the EastMed pipeline on Thursday, a project meant to carry eastern Mediterranean gas to Europe. The planned route crosses waters that Turkey now claims under the maritime memorandum it signed with Tripoli in November, and Greek officials made clear they see the Turkish-Libyan deal as void.

3. WASHINGTON: TRUMP WARNS ERDOGAN ON LIBYA
Donald Trump spoke by phone with Erdogan on Thursday. According to the White House, the US president said foreign interference was complicating the situation in Libya. The two leaders also discussed Syria.

4. EGYPT: CAIRO CONDEMNS VOTE
Egypt's foreign ministry condemned the Turkish parliament's decision, calling it a violation of UN resolutions on Libya and warning of the consequences of any Turkish military intervention for regional security.

5. BREAKING - IRAQ: US STRIKE KILLS SOLEIMANI
As this newsletter was being sent, the Pentagon said a US strike at Baghdad airport had killed Qassem Soleimani, commander of Iran's Quds Force, on the orders of President Trump. Iraqi militia leader Abu Mahdi al-Muhandis was also reported killed. Expect a fast-moving day; we will send a special edition later.

5. ALSO WORTH READING
- Who's who on the Libyan front lines (our explainer from December)
- Tripoli's mayor on life under shelling

Sign up to receive MENA Brief in your inbox every weekday.

Advertisement"""),
]
