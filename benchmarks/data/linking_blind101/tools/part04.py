# Event 4: Erdogan confirms two Turkish soldiers killed in Libya (2020-02-25)
G4="erdogan_confirms_two_turkish_soldiers_killed_in_libya_2020_02_25"
PART = [
dict(group=G4, published="2020-02-25", outlet="Meridian Press Wire",
title="Erdogan says two Turkish soldiers killed in Libya",
text="""ANKARA (MPW) - President Tayyip Erdogan said on Tuesday that two Turkish soldiers had been killed in Libya, the first time Ankara has given a figure for its losses in the North African country since it began deploying military personnel there last month.

"We have two martyrs there," Erdogan told a news conference in Ankara, without saying when or how the soldiers died or identifying them. The Defence Ministry did not issue a statement.

Erdogan had said on Saturday, in a speech in the western province of Izmir, that Turkey had "a few martyrs" in Libya but that in return nearly 100 fighters on the side of eastern commander Khalifa Haftar had been killed. The comment drew criticism from opposition politicians, who accused the government of keeping the public in the dark about the mission and demanded that ministers explain the losses to parliament.

On Sunday, Haftar's Libyan National Army (LNA) said it had killed 16 Turkish soldiers in recent weeks, a claim that could not be independently verified.

Turkey says its troops in Libya are there to train and advise forces of the internationally recognised Government of National Accord (GNA) in Tripoli, and are not fighting. Parliament authorised the deployment on Jan. 2.

At Tuesday's news conference, Erdogan also said fighters from the Syrian National Army, a Turkey-backed Syrian rebel force, were in Libya alongside Turkish personnel. "Those going from the Syrian National Army have a common goal," he said, adding that they considered it an honour to be there.

Last week Erdogan told reporters in Istanbul that Turkey was in Libya "with a training force" and that members of the Syrian National Army were also present, the first time he had acknowledged their role. Monitors have reported that thousands of Syrian fighters have been flown to Tripoli since December.

Fighting around Tripoli has continued despite a truce announced on Jan. 12 and pledges made at a Berlin summit on Jan. 19 to respect a UN arms embargo. Ankara accuses Haftar of violating the ceasefire; the LNA accuses Turkey of shipping weapons and fighters to the capital. Last week the LNA shelled Tripoli's port, saying it had targeted a Turkish ship carrying arms.

Libya has had little stability since a NATO-backed uprising toppled Muammar Gaddafi in 2011. Since 2014 it has been split between rival factions in Tripoli and in the east, with Haftar's LNA backed by the United Arab Emirates, Egypt and Russia, and the Tripoli government supported by Turkey.

Turkey's military is also stretched in Syria's Idlib province, where more than a dozen Turkish soldiers have been killed by Syrian government fire this month. Erdogan said a Russian delegation would come to Ankara on Wednesday for more talks on Idlib.

(Reporting by MPW Ankara bureau; writing by Daniel Osei; editing by Clare Whitcombe)"""),

dict(group=G4, published="2020-02-25", outlet="Levant & Maghreb Live",
title="Erdogan confirms two Turkish soldiers killed in Libya – Middle East live, Tuesday 25 February",
text="""Middle East and North Africa live – all the day's developments

Last updated: 25/02/2020 18:42

18:40 Erdogan: 'We have two martyrs' in Libya

Turkish President Recep Tayyip Erdogan has confirmed that two Turkish soldiers have died in Libya. Speaking to journalists in Ankara on Tuesday, he said: "We have two martyrs there." He gave no details on where or how they were killed.

It is the first concrete figure from Ankara. On Saturday, in Izmir, Erdogan had spoken only of "a few martyrs", saying that in return about a hundred "putschist" fighters had been neutralised. Haftar's LNA claimed at the weekend that it had killed 16 Turkish soldiers; Ankara has not commented on that figure.

Opposition parties in Turkey have criticised the vagueness of the government's statements and called for the defence minister to brief parliament. The Turkish parliament authorised the deployment in a vote on 2 January; Ankara insists its personnel are trainers and advisers.

Erdogan also defended the presence of fighters of the Turkey-backed Syrian National Army in Libya, saying they shared "common goals" with Turkey.

18:05 Reaction in Ankara

The defence ministry has not released names of the dead soldiers. Turkish media have reported unconfirmed claims that one of them was a senior officer. Correspondents say Erdogan's language has shifted over the past week: on 21 February he said Turkey was in Libya with a 'training force' and Syrian National Army fighters; on Saturday he spoke of 'a few martyrs'; today he gave a number.

17:15 Idlib: Russian delegation due in Ankara

Erdogan said a Russian delegation would arrive on Wednesday for another round of talks on the situation in Idlib, where a Syrian government offensive has pushed hundreds of thousands of people towards the Turkish border. He repeated that Turkey expects Syrian forces to pull back by the end of the month.

15:02 Iran virus cases rise

Iran's health ministry reported new coronavirus infections and deaths. Turkey closed its land border with Iran at the weekend; some Gulf states have restricted travel to and from Iran.

12:30 Libya talks

The UN mission in Libya said the political track of the intra-Libyan talks was due to open in Geneva this week, after a second round of the joint military committee ended at the weekend.

Advertisement

Sign up for our daily briefing"""),

dict(group=G4, published="2020-02-26", outlet="Cairo Sentinel",
title="Erdogan finally admits Turkish soldiers killed in Libya, but numbers disputed",
text="""By Sentinel Staff

Turkish President Recep Tayyip Erdogan acknowledged on Tuesday that two of his soldiers had been killed in Libya, after weeks of denials and evasions from Ankara about the true nature of its military presence alongside the militias of Tripoli.

"We have two martyrs there," Erdogan told reporters in Ankara, refusing to say when or where they fell. Three days earlier, in Izmir, he had spoken of "a few martyrs" while boasting that close to 100 fighters of the Libyan National Army had been "neutralised" in return.

The Libyan National Army (LNA) says the real toll is much higher. General Command spokesman Major General Ahmed al-Mismari announced on Sunday that 16 Turkish soldiers, including officers, had been killed in recent weeks in strikes and clashes around Tripoli. A Turkish opposition newspaper reported that one of the dead was a colonel, a claim that has not been confirmed by official sources.

Erdogan's admission also confirmed what the LNA and Arab governments have been saying for months: that Turkey has shipped thousands of Syrian mercenaries to Libya. The Turkish president said fighters of the so-called Syrian National Army, a coalition of factions under Ankara's command in northern Syria, were present "within the framework of common goals". The Syrian Observatory for Human Rights, a UK-based monitor, has put the number of Syrians sent to Tripoli in the thousands, with more waiting in camps in Turkey.

In Turkey, the admission has stirred unease. Opposition politicians accused the government of dragging the army into a foreign war without telling the nation the cost, and asked why the deaths had been concealed while the country mourns soldiers killed in Idlib.

The deaths come as the ceasefire agreed on January 12 and the commitments made at the Berlin conference a week later are being violated daily by the Tripoli militias. Last week the LNA targeted a Turkish vessel in Tripoli port which, according to al-Mismari, was unloading weapons and ammunition, and army officials said Turkish drones continue to operate from Mitiga airport.

The army command has said repeatedly that Turkish forces on Libyan soil are an occupation force and a legitimate target. Egypt, the UAE and Saudi Arabia have called on the international community to stop the flow of weapons and mercenaries into Libya.

Erdogan signed up in Berlin on January 19, alongside the leaders of Russia, France, Germany, Italy, Egypt and others, to a final statement committing participants to respect the UN arms embargo and to refrain from interfering in the conflict. A week earlier, a truce brokered by Moscow and Ankara had taken effect on January 12, but Field Marshal Haftar left Moscow without signing the proposed ceasefire document, saying it ignored the army's demands for the disbanding of the militias and the departure of Syrian mercenaries.

The Turkish parliament voted on January 2 to authorise the deployment of troops for one year, after Erdogan signed a military memorandum with Fayez al-Serraj in November.

[ad_2]

Source link"""),
]
