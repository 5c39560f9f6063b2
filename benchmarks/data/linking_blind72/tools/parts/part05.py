G = "france_accuses_turkey_over_courbet_radar_incident_2020_06_17"

ARTICLES = [
dict(group=G, published="2020-06-17", outlet="France Monde Dépêches",
title="Paris accuses Turkish navy of 'extremely aggressive' act against French frigate off Libya",
text="""
PARIS (FMD) - France accused Turkey on Wednesday of an "extremely aggressive" act against one of its warships operating under NATO command in the Mediterranean, saying a Turkish frigate had three times locked its fire-control radar on the French vessel as it tried to check a cargo ship suspected of carrying weapons to Libya.

The incident took place on 10 June, the Armed Forces Ministry said. The light stealth frigate Courbet, engaged in NATO's maritime security operation Sea Guardian, had been asked to identify the Cirkin, a Tanzanian-flagged cargo ship sailing towards Libya escorted by three Turkish Navy vessels.

According to the ministry, the cargo ship had switched off its tracking transponder, concealed its identification number and declined to state its destination. When the Courbet approached, one of the Turkish frigates "illuminated" it three times with its fire-control radar, a procedure that under NATO rules of engagement is regarded as hostile because it precedes a missile launch. Turkish sailors also put on bulletproof vests and stood by their light weapons, the ministry said.

"It is an extremely aggressive act, which cannot be that of an ally towards a NATO ship under NATO command carrying out a NATO mission," the ministry said, adding that the Turkish escort ships had used NATO call signs although they were not taking part in an Alliance mission at the time. The Courbet withdrew.

Minister Florence Parly intends to raise the matter at the meeting of NATO defence ministers being held by videoconference on Wednesday and Thursday. A ministry official said earlier this week that the Alliance could not "bury its head in the sand" over Turkey's conduct.

Ankara rejected the French account. A Turkish official described the accusations as groundless and said the French ship had not established communication with the Turkish vessels.

The same morning, a Greek frigate operating under the European Union's arms embargo operation Irini had tried to question the Cirkin with its helicopter, before being told by a Turkish warship that the vessel was under the protection of the Turkish Republic. The Irini command called the helicopter back.

Relations between Paris and Ankara, both members of the Atlantic Alliance, have deteriorated sharply over Libya. Turkey supports militarily the Government of National Union (GNA) of Fayez al-Sarraj, recognised by the UN, whose forces have pushed back in recent weeks the offensive launched in April 2019 against Tripoli by Marshal Khalifa Haftar. France is accused by Ankara of backing Haftar, which Paris denies. On Tuesday, the Turkish foreign ministry blamed France for deepening the Libyan conflict through its support for the marshal.

The embargo on arms deliveries to Libya has been in force since 2011 and the fall of Muammar Kadhafi.

bur-dab/fmd/sm
"""),

dict(group=G, published="2020-06-18", outlet="Anatolian Herald",
title="Turkey dismisses French claims on Mediterranean frigate incident as 'groundless'",
text="""
Anatolian Herald | Turkey | 18.06.2020

Turkey dismisses French claims on Mediterranean frigate incident as 'groundless'

Turkish ships were escorting humanitarian aid vessel to Libya, did not harass French frigate, say Turkish officials

ANKARA

Turkey has rejected accusations by the French Armed Forces Ministry that Turkish frigates behaved aggressively toward a French warship in the Eastern Mediterranean, describing the claims as groundless.

The French ministry claimed on Wednesday that a Turkish frigate had targeted the frigate Courbet with its fire-control radar on June 10 while the French vessel, part of NATO's Operation Sea Guardian, attempted to approach the Tanzanian-flagged cargo ship Çirkin.

A senior Turkish military official said the allegations were completely untrue and that the French warship had not established any communication with the Turkish ships during the incident.

"Turkey is fulfilling its obligations as an ally today, as it always has," the official said, expressing regret that the matter had reached this stage.

According to Turkish sources, the Çirkin was carrying humanitarian aid and medical supplies to Libya at a time when the country is fighting both the coronavirus pandemic and the attacks of putschist Khalifa Haftar.

- 'Paris backs Haftar'

The French claims came as a high-level Turkish delegation, including Foreign Minister Mevlüt Çavuşoğlu, Treasury and Finance Minister Berat Albayrak and intelligence chief Hakan Fidan, visited Tripoli on Wednesday for talks with Fayez al-Sarraj, head of Libya's legitimate Government of National Accord.

On Tuesday, the Turkish Foreign Ministry said France's support for Haftar had deepened the crisis in Libya.

Ankara has repeatedly pointed to the double standards of European countries that remain silent about weapons, Russian Wagner mercenaries and fighter jets sent to Haftar by air and by land, while targeting the legitimate government's support from the sea.

Turkish officials also noted that the cargo ship had been approached the same day by a Greek frigate taking part in the EU's Operation Irini, which they said was acting in a biased manner in favor of Haftar.

In recent weeks, the Libyan army has recaptured Al-Watiya airbase, the city of Tarhuna and all of the capital's surroundings from Haftar's militias, with the support of Turkey under the security and military cooperation memorandum signed in November.

NATO defense ministers are holding a two-day virtual meeting this week, where French Defense Minister Florence Parly is expected to raise the issue.

Turkish officials have noted that the Turkish Navy has been escorting vessels carrying aid and materials to Libya under the security and military cooperation memorandum signed with the Government of National Accord, and that Turkish ships in the region conduct their activities in line with international law. The Turkish parliament approved the deployment of troops to Libya on Jan. 2 at the request of the legitimate government.

France, which claims to be neutral in Libya, was embarrassed last year when US-made Javelin missiles bought by the French army were found at a base used by Haftar's militias in Gharyan, south of Tripoli. Paris said at the time the weapons were damaged and unusable and had been stored for destruction.
"""),

dict(group=G, published="2020-06-18", outlet="Ruskaya Vesti International",
title="France accuses Turkish navy of hostile act against its frigate; NATO opens probe",
text="""
Ruskaya Vesti International | 18.06.2020 | 19:42

France accuses Turkish navy of hostile act against its frigate; NATO opens probe

BRUSSELS, June 18 - RVI. NATO military authorities are investigating an incident in the Mediterranean in which France says a Turkish warship targeted the French frigate Courbet with its fire-control radar, Secretary General Jens Stoltenberg said on Thursday after a videoconference of the alliance's defence ministers.

"We have made sure that the NATO military authorities are investigating the incident to bring full clarity into what happened," Stoltenberg said, noting that the matter had been raised by several allies.

The French Armed Forces Ministry said on Wednesday that on June 10 the Courbet, taking part in NATO's Sea Guardian operation, was illuminated three times by the radar of a Turkish frigate as it tried to identify a cargo ship suspected of delivering weapons to Libya. Paris called the act "extremely aggressive". French Defence Minister Florence Parly raised the issue during both days of the meeting.

Ankara denies the accusations.

Turkey supports the Government of National Accord (GNA) of Fayez Sarraj in Tripoli. The Libyan National Army (LNA) of Marshal Khalifa Haftar controls the east of the country. Earlier, Moscow repeatedly called on all external players to respect the UN arms embargo and supported the Cairo initiative for a ceasefire announced by Egypt on June 6.
"""),
]
