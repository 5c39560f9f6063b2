G3 = "haftar_forces_release_six_turkish_sailors_2019_07_01"
G4 = "lna_airstrikes_on_misrata_air_academy_2019_07_27"

ARTICLES = [
dict(group=G3, published="2019-07-01", outlet="Anatolian Daily Star",
title="Six Turkish sailors held by Haftar militia in Libya released",
text=r"""Six Turkish sailors held by Haftar militia in Libya released

Turkish citizens return to their ship and continue working of their own will, Foreign Ministry sources say

ANKARA

The illegitimate militia of putschist Khalifa Haftar on Monday freed six Turkish sailors it had been holding in eastern Libya, according to sources at the Turkish Foreign Ministry.

According to the sources, the Turkish citizens returned to their ship after their release and chose to continue their work in Libya.

The release came hours after Vice President Fuat Oktay warned that those responsible would face grave consequences. "Unless our citizens are freed at once, those responsible will be regarded as a legitimate target," Oktay said in a written statement early on Monday.

On Sunday, the Turkish Foreign Ministry said it expected the immediate release of the six Turkish nationals, stressing that any hostile attitude or attack against Turkish interests would be met with the strongest response.

Turkish Defence Ministry sources denied claims circulated by pro-Haftar media that the detained persons included military personnel.

On Friday, Haftar's spokesman Ahmed al-Mismari announced a ban on commercial flights between Libya and Turkey and said Haftar had ordered his forces to attack Turkish ships and interests in the country. The Turkish Embassy in Tripoli then urged Turkish nationals in the east of the country to be cautious and to stay away from anything that could put them at risk in the zones held by Haftar's forces.

Defence Minister Hulusi Akar said on Sunday that Turkey would retaliate against any attack by Haftar's forces. "There will be a very heavy price for any hostile attitude or attack," Akar told reporters, adding that Turkey's presence in Libya serves peace and stability in the region.

Turkey supports the UN-recognised Government of National Accord (GNA) in Tripoli. Haftar's militia launched an attack on the capital in April, but it has suffered heavy losses, including the strategic city of Gharyan last week.

GNA forces entered Gharyan, around 100 kilometers south of Tripoli, on Wednesday in a surprise operation, seizing the town that Haftar's forces had used as their main operations centre for the Tripoli offensive. Haftar's camp blamed the defeat on Turkish support for the GNA and responded with threats against Turkish interests.

Haftar's forces also claimed on Sunday that they had struck a Turkish-made drone at Tripoli's Mitiga airport, the only functioning airport serving the capital, which led to a temporary suspension of flights.

President Recep Tayyip Erdogan said last month that Turkey provides weapons to the GNA under a military cooperation agreement and that this support had helped Tripoli rebalance the fight against Haftar, who is backed by the UAE and Egypt.

Libya has known little stability since the 2011 revolt, backed by NATO air power, that ended Muammar Gaddafi's 42-year rule. The country has since split between a government in Tripoli and rival institutions in the east, with dozens of armed groups holding real power on the ground.

Share on Facebook  Share on Twitter

Related news
President Erdogan: Turkey will take necessary steps if Libya threat materialises
Turkish Embassy in Tripoli issues travel warning for eastern Libya"""),

dict(group=G3, published="2019-07-02", outlet="The Meridian Chronicle",
title="Haftar frees Turkish sailors as Ankara threatens to hit back",
text=r"""Haftar frees Turkish sailors as Ankara threatens to hit back

The release defuses an immediate crisis, but the feud between Libya's eastern commander and Turkey is only getting deeper

By Eleanor Hastings, Middle East correspondent
Tuesday 2 July 2019

Khalifa Haftar let six Turkish sailors go on Monday, barely 24 hours after Turkey told the eastern Libyan commander that his forces would be treated as a "legitimate target" if the men stayed in custody.

Turkey's foreign ministry said the six, who work on a cargo vessel owned by a Libyan businessman, had chosen to stay on board and keep working rather than fly home. Turkish officials denied suggestions in pro-Haftar media that the men were soldiers.

The detentions appear to have been the first concrete step in a campaign against Turkish interests that Haftar's spokesman, Ahmed al-Mismari, announced on Friday. In a televised press conference in Benghazi, Mismari said Haftar's air force would attack Turkish vessels in Libyan waters, that Turkish firms were legitimate targets, that flights to Turkey were banned and that Turkish nationals would be arrested.

By Sunday the eastern authorities had widened the campaign into an economic boycott, outlawing Turkish businesses and goods, and even the display of Turkish emblems, in the territory they hold. Shop owners in Benghazi were told to take down signs bearing Turkish names, according to residents.

On Sunday Haftar's forces said they had bombed a Turkish-made drone as it prepared to take off from Mitiga, the only working airport in Tripoli, which the Government of National Accord (GNA) insists is a civilian facility. Flights were briefly suspended.

The escalation followed a humiliating setback. Last Wednesday, GNA-aligned forces recaptured Gharyan, a hilltop town some 60 miles south of Tripoli that Haftar had used as his main forward base since launching his offensive on the capital on April 4. Haftar's officers blamed Turkish drones and advisers for the defeat.

Local officials in Ajdabiya, an oil town south of Benghazi, said on Sunday that two Turks had been detained there. Ankara put the number at six. By Sunday evening Mismari was telling journalists that the LNA's command had no knowledge of any Turks being held. According to people familiar with the contacts, intermediaries including tribal figures in the east helped arrange the release.

Turkey's tone had been unusually blunt. Fuat Oktay, the vice-president, said the men's captors would face "severe" consequences, and the defence minister, Hulusi Akar, warned that any attack on Turkish interests would carry "a very heavy price". President Recep Tayyip Erdogan, speaking at the G20 summit in Osaka on Saturday, said he was not aware of Haftar's order but that Turkey would take the necessary measures once it had assessed the situation.

A proxy war in the open

The spat lays bare a contest that diplomats have long described in private. Turkey, along with Qatar, backs the GNA of Fayez al-Serraj, which the UN recognises. Haftar is supported by the United Arab Emirates and Egypt, and has received a warmer welcome in Moscow and Paris than the Tripoli authorities would like. A UN arms embargo has been in force since 2011 but is routinely ignored.

In May, images of Turkish-built armoured vehicles being unloaded at Tripoli port circulated widely. Since then, Haftar's commanders have repeatedly accused Ankara of supplying Bayraktar drones and the personnel to operate them. The UAE, for its part, is widely believed by UN experts to have supplied Chinese-made Wing Loong drones that give Haftar an edge in the air.

For Ankara, Libya is about more than ideology. Turkish construction firms had projects worth billions of dollars in Gaddafi's Libya, many of which have been frozen since 2011, and Turkish officials see the GNA as the best chance of reviving them. Erdogan has also been keen to counter what he regards as an Emirati and Egyptian effort to roll back political Islam across the region.

For Haftar, the confrontation serves a different purpose. Eastern officials have long portrayed the Tripoli government as a front for Islamist militias sponsored by Turkey and Qatar, and casting the war as a fight against a foreign power may help rally support after a string of reverses.

The release of the sailors suggests that neither side wants a direct clash for now. But Mohamed al-Manfour, who runs the LNA's air operations, announced on Monday that conventional fighting had run its course and that a wave of heavy raids on Tripoli would follow, raising fears for civilians in a city where hundreds of people, fighters and civilians alike, have been killed since April.

"Both sides are now talking about Turkey as if it were a party to the war," said a European diplomat who follows Libya. "That is a dangerous place to be, because it invites more outside involvement, not less."

Ghassan Salamé, the UN envoy, has warned repeatedly that foreign meddling risks turning the Libyan conflict into a regional one. His plan for a national conference was derailed by the assault on Tripoli, and there is little sign that either camp is ready to return to talks.

Cookie settings | Accept all cookies"""),

dict(group=G3, published="2019-07-01", outlet="Haber Gündem English",
title="Libya'da Hafter güçleri tarafından alıkonulan 6 Türk serbest bırakıldı",
text=r"""Libya'da Hafter güçleri tarafından alıkonulan 6 Türk serbest bırakıldı

Libya in the Hafter forces by the detained 6 Turkish citizen was released

01.07.2019 14:37 | Güncelleme: 01.07.2019 15:02

Libya in the east, the illegal Hafter militia by the detained 6 Turkish citizen, Dışişleri Bakanlığı (Foreign Ministry) sources according to, was released.

The sources, the citizens released after the ship (gemi) they are working on returned and that they will continue the working in their own will, said. The citizens wanted not to come back to Turkey, it was stated.

Cumhurbaşkanı Yardımcısı Fuat Oktay, today morning made written statement in, "If our citizens immediately are not released, the responsible ones meşru hedef (legitimate target) will become, the results will be heavy" had said.

Yesterday the Dışişleri Bakanlığı from made statement in, Libya in the illegal Hafter militia elements by the 6 citizen of ours detained being condemned and citizens immediately released being expected was stated. The statement in, "Hafter elements, all kind of hostile attitude or attack against, the strongest way response will be given" was said.

Milli Savunma Bakanlığı (MSB) sources also, the detained citizens among military personnel being that claims for the reality not reflecting said.

Hafter what happened?

Hafter's so-called spokesman Ahmed el-Mismari, last Friday day, Turkey to and from all flights stopped and Turkish ships and companies targets as are seen, announced. Also Libya in the Turkish citizens to be arrested was claimed. This decision, Garyan city the Trablus government forces by being taken after came.

Turkish Embassy in Tripoli also, the citizens the Hafter control under regions in their security endangering steps avoid, warned.

Milli Savunma Bakanı Hulusi Akar also yesterday, "Hasmane tutum ya da saldırılara çok ağır bedel ödetilir" (to hostile attitude or attacks very heavy price is made to pay) said, and Turkey the all kind of measures had taken, stated.

Hafter forces, yesterday also Trablus'taki Mitiga airport in a Turkish İHA (drone) destroyed having, claimed. After the attack, the airport in flights for some time were stopped.

The sailors, a Libyan businessman's ship on were working, it was stated. Ankara's sources, the release with the tribal elders' mediation realised, claimed.

Hafter's side, the so-called spokesman el-Mismari, yesterday evening, "Türk vatandaşlarının gözaltına alındığından haberimiz yok" (we have no knowledge of Turkish citizens being detained) had said. However the Ecdabiya (Ajdabiya) city in the local officials, 2 Turkish citizen having been detained, had announced.

Cumhurbaşkanı Erdoğan also, G20 summit in Osaka, the Hafter's order about information he does not have, but the situation evaluating after the necessary steps will be taken, had said.

Libya, 2011 in Muammer Kaddafi's overthrow after, the chaos in is. Country in the west UN recognized Ulusal Mutabakat Hükümeti (UMH), the east in Hafter supporting the Tobruk based parliament are."""),

dict(group=G3, published="2019-07-02", outlet="Al-Mashhad al-Arabi",
title="Haftar's forces release the six Turks after the Turkish threat",
text=r"""Haftar's forces release the six Turks after the Turkish threat

Al-Mashhad al-Arabi - Tripoli - Tuesday 2 July 2019

The forces of Marshal Khalifa Haftar released yesterday Monday the six Turkish citizens who were detained in the east of Libya, according to what was announced by the Turkish Foreign Ministry, a day after Ankara threatened to consider the forces of Haftar as a legitimate target.

The Turkish Foreign Ministry said in a statement that the six who were described as sailors were released and that they preferred to stay in Libya to continue their work on a commercial ship, and not to return to their country.

And a security source in the city of Ajdabiya confirmed to Al-Mashhad al-Arabi that the Turkish nationals were released after contacts in which social and tribal personalities participated, without giving further details.

For his part, the spokesman of Haftar's forces Ahmed al-Mismari had denied the evening of the day before yesterday Sunday any knowledge of the General Command with the arrest of Turks, after the authorities in Ajdabiya had announced the arrest of two Turkish citizens.

The Turkish Vice President Fuat Oktay had warned yesterday morning that "the consequences will be severe" if the citizens are not released immediately, while the Turkish Minister of Defence Hulusi Akar said that Ankara will respond to any attack on its interests.

The tension between the two sides escalated since the day of Friday last, when al-Mismari announced in a press conference in Benghazi the ban of flights with Turkey and the targeting of Turkish ships and companies, and considered Turkey an "enemy state", after the loss of his forces of the city of Gharyan south of the capital.

And the forces of Haftar announced the day before yesterday Sunday the destruction of a Turkish drone at Mitiga airport in Tripoli, which led to the suspension of flights for hours.

It is worth mentioning that Turkey supports the Government of National Accord headed by Fayez al-Sarraj, which is recognised internationally, while the forces of Haftar receive the support of the UAE and Egypt, according to reports of the United Nations.

It is also worth mentioning that the forces of Haftar launched on the fourth of April last an attack to control the capital Tripoli, and the fighting led to the death of hundreds and the displacement of tens of thousands, according to the United Nations.

And the commander of the operations room of the air force Major General Mohamed al-Manfour announced yesterday Monday that the army will begin strong air strikes on targets in Tripoli, after what he described as "the exhaustion of the traditional means", and called on the citizens to stay away from the sites of the militias.

In the context, the Turkish President Recep Tayyip Erdogan had said on the sidelines of the summit of the G20 in Japan that he does not have information on the orders of Haftar, but that his country will take the necessary measures after it evaluates the situation.

Read also:
- Al-Manfour: the air force will start strong strikes on Tripoli
- Ajdabiya .. a security source reveals the details of the arrest of the Turks"""),

dict(group=G4, published="2019-07-27", outlet="Levant Wire Service",
title="Haftar's forces strike Misrata air academy, first raids on the city",
text=r"""MISRATA, Libya (LWS) - Forces loyal to eastern Libyan commander Khalifa Haftar carried out air strikes on the air force academy in Misrata early on Saturday, the first time the port city has been hit since Haftar began his offensive on Tripoli in April.

Haftar's Libyan National Army (LNA) said its aircraft had destroyed an operations room used to control Turkish-made drones, as well as an air defence system at the academy, which is attached to Misrata's airport. It said other strikes hit positions of allied armed groups in Misrata and near Sirte.

Residents reported hearing several loud explosions before dawn. A source at the academy said the strikes caused no serious damage and no casualties. It was not possible to independently verify either side's account.

On Friday, forces loyal to the Tripoli-based Government of National Accord (GNA) had bombed al-Jufra, the LNA's main air hub in central Libya, and said they had blown up ammunition stores and a transport plane that ferried supplies to Haftar's units near Tripoli.

The tit-for-tat strikes mark a widening of the air war beyond the Tripoli front, where fighting has been largely deadlocked since the LNA lost Gharyan, its main forward base, on June 26. Al-Jufra, about 500 km south-east of the capital, has served as the LNA's main logistics hub for the offensive.

Misrata, some 200 km (125 miles) east of Tripoli, supplies some of the strongest armed groups fighting on the GNA's side. Its airport and the adjoining air academy have been used to launch drones, according to the LNA, which says the aircraft are supplied and operated by Turkey.

Ankara has been locked in a war of words with Haftar since late June, when his spokesman declared Turkish interests in Libya to be legitimate targets, banned flights to Turkey and ordered the arrest of Turkish citizens. Six Turkish sailors detained in the east were freed on July 1 after Turkey threatened retaliation.

Haftar's Libyan National Army (LNA), which holds the east and much of the south, began its push on Tripoli in early April. The offensive has stalled on the capital's southern edges, where the Government of National Accord (GNA) of Prime Minister Fayez al-Serraj is backed by armed groups from Tripoli and Misrata.

Turkey has openly sided with the GNA and has supplied it with drones and armoured vehicles, according to diplomats and images posted online, while the LNA has received support from the United Arab Emirates and Egypt. A UN arms embargo on Libya has been in place since 2011.

The UN mission in Libya has condemned repeated strikes on civilian airports and warned that attacks on civilian infrastructure may amount to war crimes. Mitiga airport in Tripoli has been closed several times since April because of shelling and air strikes, with flights diverted to Misrata.

(Reporting by LWS Tripoli bureau; editing by Mark Oduya)"""),

dict(group=G4, published="2019-07-27", outlet="Tripoli Voice",
title="Haftar's UAE drones hit Misrata Air College, 'no damage' say sources",
text=r"""Haftar's UAE drones hit Misrata Air College, 'no damage' say sources

July 27, 2019 - 12:05
Written by: Tripoli Voice staff

Misrata was bombed for the first time in this war before dawn on Saturday, when drones flown for warlord Khalifa Haftar, whose air arm depends on Emirati support, fired on the city's Air College. Until now the aggression that began on April 4 had spared the city itself.

According to Haftar's media office, Turkish drones, a control room and an air defence system were wiped out. Officers at the Air College told Tripoli Voice a different story: the missiles fell on empty ground, and no aircraft or equipment was touched.

"They are trying to make up for what happened in al-Jufra," one officer said, referring to the strikes carried out on Friday by the Libyan Air Force of the Government of National Accord (GNA) on al-Jufra air base. The Volcano of Rage operation said on Friday that its aircraft had destroyed a cargo plane used to bring weapons and mercenaries to Haftar's militias, in addition to ammunition stores.

The residents of Misrata woke up to the sound of explosions shortly before dawn. Local activists posted pictures of smoke rising near the airport area, while the airport itself said later on Saturday that flights were operating normally.

The UN Support Mission in Libya has recorded dozens of air strikes on the outskirts of Tripoli since April, and has warned both parties that attacks on civilian facilities could amount to war crimes.

Misrata's military council condemned the attack, saying the city will not be intimidated and that its forces will continue to defend the capital alongside the other forces of the legitimate government.

Since the beginning of its failed campaign, Haftar's militias have relied heavily on Chinese-made Wing Loong drones operated, according to UN experts, by the UAE. These drones have carried out hundreds of strikes on the southern suburbs of Tripoli, on Mitiga airport and on field hospitals.

Earlier this month, an air strike on the Tajoura detention centre east of Tripoli killed more than 50 migrants and refugees, in one of the deadliest single attacks since the start of the war. The GNA blamed Haftar's air force; Haftar's camp said it had hit a militia weapons depot nearby and blamed the government for holding migrants next to military sites.

Haftar's spokesman has made a habit of announcing the destruction of "Turkish drones" after each raid. At the end of June, after losing Gharyan, he went further and declared Turkey an enemy state, ordering attacks on Turkish ships and companies and the arrest of Turkish citizens, six of whom were detained and then released within a day when Ankara threatened to respond. Last month, he claimed that a Turkish drone was destroyed on the runway of Mitiga, days after announcing that Turkish ships and companies were legitimate targets.

Libya's internationally recognised government has repeatedly asked the UN Security Council to name the states supplying Haftar with aircraft and to enforce the arms embargo, which UN experts say has been violated by several countries."""),

dict(group=G4, published="2019-07-28", outlet="Al-Mashhad al-Arabi",
title="The Libyan army destroys a control room for Turkish drones in Misrata",
text=r"""The Libyan army destroys a control room for Turkish drones in Misrata

Al-Mashhad al-Arabi - Benghazi - Sunday 28 July 2019

The Libyan National Army announced yesterday Saturday that its fighters carried out a series of air strikes on military targets in the city of Misrata and its surroundings, among them a room for operating the Turkish drones inside the Air College, in the first targeting of the city since the start of the battle of Tripoli.

The military media division of the army said in a statement that the air force targeted the air defence system in the base of Misrata and the Air College, in addition to sites of the armed groups in Misrata and the region of Sirte, noting that the targets were "accurately hit".

And the army said that the Turkish drones that take off from Misrata are used in the attacks on its units in the axes of the south of the capital and in al-Jufra.

It comes after the forces of the Government of National Accord announced the day before yesterday Friday that they targeted the air base of al-Jufra, and said that they destroyed a cargo plane and stores of ammunition, which was not confirmed by the army.

In the other side, sources in Misrata said that the raids did not cause losses, and that the movement in the airport of the city continued normally.

It is worth mentioning that the General Command of the army had announced at the end of last June a series of measures against Turkey, including the ban of flights and the consideration of Turkish companies and ships as legitimate targets, and accused Ankara of participating in the battle of Gharyan with drones and officers.

It is also worth mentioning that Misrata is considered the most prominent military force supporting the government of al-Sarraj, and its air base hosts, according to the army, Turkish experts who operate the drones.

And the army had announced at the beginning of last June the destruction of two Turkish drones in the base of Mitiga in Tripoli during less than 24 hours, then announced on the thirtieth of June the destruction of a third drone on the runway of the same base during its take-off, which led to the stopping of the navigation in the airport for hours.

For their part, the government of al-Wefaq denies the use of the airports of Mitiga and Misrata for military purposes, and accuses the forces of Haftar of using drones supplied by the UAE in the bombardment of the suburbs of the capital.

And the United Nations Support Mission in Libya had warned in more than one statement of the targeting of the civilian airports, considering that this endangers the lives of thousands of travellers.

And the Turkish side did not comment on the statement of the army, while the government of al-Wefaq said in previous statements that Turkey is a partner with which it has agreements of military cooperation that are legitimate.

And the strikes came in a time in which the fronts of the south of Tripoli are witnessing violent clashes in the axes of Ain Zara, Salah al-Din and the airport road, while each side announces progress on the ground."""),
]
