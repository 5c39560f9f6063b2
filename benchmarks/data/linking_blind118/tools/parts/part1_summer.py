# Part 1: July - September 2019 (LNA threats, strikes on Misrata, Zuwara, Mitiga, drone claims)
# Each entry: group slug, published date, outlet, title, text. Ids are assigned by build.py.

ARTICLES = [
# ---------------------------------------------------------------- G1
{
"group": "lna_frees_six_detained_turkish_sailors_2019_07_01",
"published": "2019-07-01",
"outlet": "Meridian Wire",
"title": "Haftar forces free six Turkish sailors after Ankara threatens retaliation",
"text": """ISTANBUL/BENGHAZI (Meridian) - Forces loyal to eastern Libyan commander Khalifa Haftar have released six Turkish citizens they detained over the weekend, Turkey's foreign ministry said on Monday, a day after Ankara warned that Haftar's fighters would become a "legitimate target" if the men were not freed at once.

A ministry spokesman said the six, described by Turkish state media as sailors, had gone back to their ship and had chosen to keep working in Libya rather than return home. Turkey's defence ministry had earlier rejected claims in pro-Haftar media that the group included military personnel.

The detentions followed a sharp escalation on Friday, when Haftar's self-styled Libyan National Army (LNA) said Turkish ships, companies and "strategic sites" in Libya were now legitimate targets, banned commercial flights between Libya and Turkey and ordered the arrest of Turkish nationals in territory it holds. LNA spokesman Ahmed al-Mismari said the air force had been instructed to hit Turkish vessels in Libyan waters.

Authorities in the LNA-held town of Ajdabiya said on Sunday they had detained two Turks; Ankara put the figure at six. Turkish Vice President Fuat Oktay said early on Monday that if the citizens were not released immediately those responsible would become a legitimate target and the consequences would be severe.

On Sunday the LNA also said its jets had destroyed a Turkish-made Bayraktar drone as it took off from Mitiga, Tripoli's only working airport, and declared a general mobilisation. Flights at Mitiga were halted for several hours. The Tripoli government did not confirm any loss.

Haftar accuses Ankara of arming the UN-recognised Government of National Accord (GNA) in breach of a UN arms embargo and of operating drones against his troops. He turned on Turkey after GNA-allied forces last Wednesday retook Gharyan, the mountain town that had served as the LNA's main forward base for its three-month-old offensive on Tripoli. Turkey says it supports the GNA as Libya's legitimate government.

An LNA air force commander, Mohammed al-Manfour, said on Monday the force would begin heavy air strikes on targets in Tripoli because "traditional means" of war had been exhausted.

Haftar launched his push on the capital on April 4. It has stalled on the southern outskirts. Libya has been split between rival administrations in the east and west since 2014, three years after a NATO-backed uprising toppled Muammar Gaddafi.

(Reporting by Meridian staff in Istanbul and Benghazi; editing by Claire Dumont)"""
},
{
"group": "lna_frees_six_detained_turkish_sailors_2019_07_01",
"published": "2019-07-01",
"outlet": "Bosphorus News Agency",
"title": "Turkish citizens held by Haftar's illegal militia released",
"text": """ANKARA (BNA) - Six Turkish citizens who had been detained by the illegal militia loyal to eastern Libya-based Khalifa Haftar have been released, Turkish Foreign Ministry sources said on Monday.

The citizens returned to their ship and continue to work of their own will, the sources said.

On Sunday, the Foreign Ministry urged Haftar's militia to release the Turkish citizens without delay, stressing that otherwise Haftar elements would become legitimate targets.

On Friday, Haftar's spokesman Ahmed al-Mismari announced a ban on commercial flights from Libya to Turkey and ordered his militia to attack Turkish ships and interests in the country.

Following the move, the Turkish Embassy in Tripoli advised Turkish citizens on its website to avoid any steps that might jeopardize their security and safety in regions under the control of the illegal militia.

Turkey's Defense Ministry also denied reports in media close to Haftar claiming that the detained citizens included military personnel.

Haftar's forces suffered a major setback last week when forces of the UN-recognized Government of National Accord (GNA) liberated the strategic town of Gharyan, which the militia had been using as its main operations center since launching its attack on the capital Tripoli in April.

Libya has remained beset by turmoil since 2011, when a bloody NATO-backed uprising led to the ouster and death of long-serving ruler Muammar Gaddafi after more than four decades in power. Since then, Libya's political divisions have yielded two rival seats of power - one in eastern Libya, to which Haftar is affiliated, and the Tripoli-based GNA, which enjoys UN recognition."""
},
{
"group": "lna_frees_six_detained_turkish_sailors_2019_07_01",
"published": "2019-07-02",
"outlet": "Al-Waha News (translated)",
"title": "The Libyan army releases the six Turks .. and Ankara had threatened to target Haftar forces",
"text": """[ad_1]

Benghazi - Al-Waha News

The forces of the General Command of the Libyan Arab Armed Forces released, yesterday Monday, six Turkish citizens who had been arrested in the region of Ajdabiya, according to what the Turkish Foreign Ministry announced, hours after Ankara threatened to target the forces of Field Marshal Khalifa Haftar.

And the Turkish side said that the six are sailors who work on a commercial ship, and that they chose to stay in Libya to complete their work, while the Turkish Ministry of Defense denied that they include military persons.

The authorities in Ajdabiya had announced, the day before yesterday Sunday, the arrest of two Turkish citizens, while the Turkish Foreign Ministry spoke about six.

The official spokesman of the General Command, Major General Ahmed al-Mesmari, had announced on Friday the suspension of the commercial flights between Libya and Turkey, and said that orders were given to the Air Force to target the Turkish ships and boats inside the Libyan territorial waters, and that the Turkish strategic sites and the companies and projects belonging to the Turkish state are considered legitimate targets for the armed forces.

For his part, the Turkish Vice President Fuat Oktay threatened that those responsible "will become a legitimate target" if the Turkish citizens are not released immediately.

It is worth mentioning that the Air Force announced, the day before yesterday Sunday, that its fighters targeted a Turkish drone of the type "Bayraktar" during its take-off from Mitiga airport and destroyed it on the military runway, which led to the suspension of the navigation at the airport.

It is worth mentioning also that the army forces withdrew last week from the city of Gharyan, which was the main operations room for the forces advancing towards the capital Tripoli since the fourth of April last.

Related news

- Al-Mesmari: the army is in a real battle with Turkey on the ground
- Suspension of flights at Mitiga airport after an air raid
- Gharyan .. the details of the last hours

Share this:

Click to share on Facebook (Opens in new window)
Click to share on Twitter (Opens in new window)
Click to share on WhatsApp (Opens in new window)"""
},
# ---------------------------------------------------------------- G2
{
"group": "lna_airstrikes_hit_misrata_air_academy_2019_07_27",
"published": "2019-07-27",
"outlet": "Libya Free Voice",
"title": "Hifter's warplanes raid Misrata Air College, sources say no damage",
"text": """Exit mobile version

Misrata - Libya Free Voice

Warplanes belonging to the forces of war criminal Khalifa Hifter carried out several air raids early on Saturday on the Air College in Misrata, the first time the city has been bombed from the air since the aggression against Tripoli began on 4 April.

Sources at the Air College told Libya Free Voice that the strikes fell on open ground inside the compound and caused no damage to aircraft, buildings or personnel. The sources dismissed claims circulated by Hifter's media office that "Turkish drones" and an air defence system had been destroyed.

Residents of the city said they heard a series of heavy explosions in the early hours. No casualties were reported.

The raids came a day after the Libyan Air Force of the Government of National Accord struck the Jufra air base, the main hub that the aggressor forces use in central Libya to receive weapons and supplies from their foreign sponsors.

Hifter's so-called General Command claimed in a statement on Facebook that its aircraft had hit a "Turkish drone operations room" at the college, a claim repeated within minutes by channels funded from Abu Dhabi and Riyadh. It offered no evidence.

Misrata's brigades make up a large part of the forces defending the capital under the Volcano of Rage operation, and the city's air college has long been a target of threats from Hifter's commanders. Since losing Gharyan last month, the aggressor forces have increasingly relied on air strikes and foreign-operated drones, while their ground positions south of Tripoli have made no progress.

The Government of National Accord has repeatedly called on the UN Security Council to name the countries supplying Hifter with drones and air defence systems in violation of the arms embargo."""
},
{
"group": "lna_airstrikes_hit_misrata_air_academy_2019_07_27",
"published": "2019-07-27",
"outlet": "Nile Gazette",
"title": "Libyan Army air strikes destroy Turkish drone room at Misrata Air Academy",
"text": """The Libyan National Army (LNA) said its air force carried out a series of precise air strikes at dawn on Saturday on military sites in Misrata, including the city's Air Academy, destroying an operations room used to run Turkish drones and an air defence system.

The army's media office said on its official page that the strikes also hit positions of militias and terrorist groups in Misrata and Sirte. Al Arabiya reported that seven strikes were carried out in total, and local news sites published footage said to show the moment of impact at the academy.

It was the first time since the start of the operation to liberate Tripoli in April that the LNA air force has struck Misrata, the city whose armed groups form the backbone of the militias fighting alongside the Tripoli-based Government of National Accord (GNA).

Military sources said the operation came in response to an attack on al-Jufra air base on Friday, which the army says was launched with Turkish drones flown from Misrata. The army has repeatedly said Turkish officers are running drone operations for the militias from Misrata and from Mitiga airport in Tripoli.

Last month, LNA spokesman Major General Ahmed al-Mismari declared Turkish vessels, companies and interests in Libya to be legitimate targets, accusing Ankara of sending weapons and armoured vehicles to the militias in open violation of the UN arms embargo. Six Turkish nationals briefly held in the east at the end of June have since been released.

Cairo has repeatedly voiced support for the LNA's war on terrorism and warned against foreign interference in Libya, its western neighbour.

Libya has been mired in chaos since the NATO-backed uprising that toppled and killed Muammar Qaddafi in 2011."""
},
{
"group": "lna_airstrikes_hit_misrata_air_academy_2019_07_27",
"published": "2019-07-28",
"outlet": "RusInform International",
"title": "Haftar's Army Says Hit Turkish Drone Sites in Misrata; Tripoli Says Strikes Caused No Damage",
"text": """MOSCOW, July 28 (RusInform) - The Libyan National Army (LNA), commanded by Field Marshal Khalifa Haftar, said it had conducted air strikes on Saturday on the air academy in the western city of Misrata, targeting facilities it described as being used by Turkish drones.

"The air force targeted the operations room of Turkish drones and the air defense system at the Misrata air academy," the LNA said in a statement published on social media, adding that other targets in Misrata and Sirte were also hit.

Sources in Misrata cited by local media said the strikes caused no damage. The Government of National Accord (GNA) in Tripoli, which is backed by Turkey, did not issue an official statement. RusInform could not independently verify either side's account.

The strikes on Misrata, the first since the LNA began its offensive on Tripoli in early April, came after forces loyal to the GNA reportedly attacked the LNA-held al-Jufra air base in central Libya on Friday.

Tensions between the LNA and Ankara escalated in late June, when Haftar's forces said they would treat Turkish ships and companies in Libya as targets. The LNA accuses Turkey of supplying weapons to the GNA. Ankara says it supports the legitimate government.

Libya has been divided since the overthrow and killing of Muammar Gaddafi in 2011. The east is controlled by the LNA and the parliament based in Tobruk, while the west is governed by the UN-backed GNA headed by Prime Minister Fayez Sarraj.

Moscow has consistently called on the Libyan parties to stop fighting and return to a political process under UN auspices."""
},
# ---------------------------------------------------------------- G3
{
"group": "lna_strike_destroys_cargo_plane_at_misrata_2019_08_06",
"published": "2019-08-06",
"outlet": "Meridian Wire",
"title": "Eastern Libyan forces say they destroyed cargo plane at Misrata air base",
"text": """MISRATA, Libya (Meridian) - Forces loyal to Khalifa Haftar said they struck the air base in Misrata early on Tuesday, destroying a cargo plane they said had flown in from Turkey with ammunition and drones, in the second raid on the western city in just over a week.

A Ukrainian cargo company said its Ilyushin Il-76 was hit minutes after landing from Ankara. The company's director told Ukrainian media the aircraft was carrying humanitarian goods and that the crew had escaped. Ukraine's foreign ministry said one crew member suffered light injuries.

"Our air force carried out several raids against the Misrata air base, targeting anti-air defences as well as a Turkish aircraft transporting ammunition, drones and missiles," the self-styled Libyan National Army (LNA) said in a statement on Facebook.

A pro-Haftar television channel broadcast footage of a burning aircraft on the tarmac. It could not be independently verified. Officials of the UN-recognised Government of National Accord (GNA) in Tripoli did not immediately comment.

Italy, which runs a military field hospital in Misrata staffed by about 300 personnel, said none of its soldiers or facilities had been affected.

Misrata's armed groups are among the main forces defending Tripoli from Haftar's offensive, which began on April 4 and has been stuck on the capital's southern edge for months. On July 27 the LNA said it had hit Turkish drone facilities at the Misrata air academy; local sources said that raid caused no damage.

Haftar, who is backed by the United Arab Emirates and Egypt, has stepped up air strikes since losing his forward base of Gharyan in June. On Sunday an air strike on a town hall in the southern town of Murzuq killed more than 40 people; the LNA said it had targeted Chadian fighters. Turkey has supplied the GNA with drones and armoured vehicles, diplomats say.

The World Health Organization says nearly 1,100 people have been killed and more than 100,000 forced from their homes since the offensive began.

(Reporting by Meridian staff; editing by Tom Arkwright)"""
},
{
"group": "lna_strike_destroys_cargo_plane_at_misrata_2019_08_06",
"published": "2019-08-08",
"outlet": "Defence Trade Monitor",
"title": "Analysis: Misrata Il-76 strike shows Libya's air war has become a drone-versus-drone contest",
"text": """The destruction of an Il-76TD freighter on the apron at Misrata in the early hours of 6 August is the clearest sign yet that Libya's civil war is being fought, in the air at least, by proxy hardware flown by foreign-backed crews.

What happened

According to the aircraft's Ukrainian operator, the jet had just arrived from Ankara and was being unloaded at around 03:17 Kyiv time when it was hit by munitions dropped from a drone; the first struck the right wing and the resulting fire consumed the airframe. The operator says the cargo was humanitarian and that the crew evacuated. The Libyan National Army (LNA) of Khalifa Haftar claimed the aircraft was a "Turkish" transport delivering ammunition, drones and missiles to the Government of National Accord (GNA), and said its raids also hit air defences at the Misrata air college.

Neither claim has been independently verified. What is clear is that the strike was precise, carried out at night, and filmed - hallmarks of an armed medium-altitude long-endurance (MALE) platform rather than a fast jet.

The platforms

Open-source analysts have for months tracked two families of armed drones over western Libya. On the GNA side are Turkish-built Bayraktar TB2s, first seen around Tripoli in late spring. They are cheap, carry small smart munitions and have been operated out of Mitiga and Misrata. On the LNA side are Chinese-designed Wing Loong II aircraft, which are larger, longer-ranged and can carry heavier precision weapons. The Wing Loongs have been widely reported to operate with support from the United Arab Emirates, which Abu Dhabi has not confirmed.

The exchange has been costly for both. The LNA claimed a TB2 destroyed on the runway at Mitiga on 30 June, and has repeatedly said it has "neutralised" Turkish drone control rooms, including at Misrata on 27 July, a raid local sources said caused no damage. On 3 August the GNA said it shot down an LNA Wing Loong near Abu Grein, south of Misrata.

Why Misrata matters

Misrata's air college and adjacent airport have become the GNA's main logistics node since strikes made Mitiga unreliable. Italy keeps a field hospital at the site with some 300 personnel, which complicates any escalation; Rome said none of its people were affected on Tuesday.

By hitting a transport aircraft rather than a drone, the LNA signalled that it is prepared to go after the resupply chain itself - the same logic behind its June declaration that Turkish ships, flights and companies were legitimate targets. For cargo operators in the region, many of them small Eastern European charter firms flying Il-76s and An-12s, insurance and risk calculations for Libyan destinations have changed overnight.

What to watch

- Whether the GNA tries to strike back at al-Jufra, the LNA's central hub, where earlier raids were reported in late July.
- Air defence: both sides have claimed interceptions, but neither appears to have a layered system capable of reliably stopping MALE drones at night.
- The UN Panel of Experts, which monitors the 2011 arms embargo, is expected to address drone transfers in its next report.

Defence Trade Monitor will update this analysis as verified imagery becomes available.

Tags: Libya, UAV, Bayraktar TB2, Wing Loong II, Il-76, Misrata"""
},
{
"group": "lna_strike_destroys_cargo_plane_at_misrata_2019_08_06",
"published": "2019-08-07",
"outlet": "Gündem Haber 24 (auto-translated)",
"title": "Putschist Hafter militias claimed they hit cargo plane in Misrata airport",
"text": """Bu web sitesi çerezleri kullanır. This website uses cookies to improve your experience. Kabul Et / Accept

Libya's east in putschist general Halife Hafter to affiliated militias, Misrata Hava Üssü (Air Base) to air attack organized and from Turkey coming a cargo plane they destroyed was claimed.

Hafter militias so-called spokesman Ahmed el-Mismari, social media account from made açıklamasında, the plane ammunition, SİHA (armed unmanned aerial vehicle) and missile carrying claimed. However Ukrainian firm belonging Il-76 type plane, to Misrata landed after short time was hit, the firm officials said the plane insani yardım (humanitarian aid) carrying and crew in safety is.

Ukraine Dışişleri Bakanlığı (Foreign Ministry) also statement in one crew member lightly injured said.

The attack Salı (Tuesday) early hours in was realized. Ulusal Mutabakat Hükümeti (UMH) side from the attack regarding official statement not made.

Hafter militias, in last month Garyan city lost after, Turkey against threats increased. In June end the militias, Turkish ships and companies "legitimate target" declared and Turkey to flights ban announced. Six Turkish citizen detained after Ankara's strong warning was released.

Misrata, Trablus's (Tripoli's) defense in important role playing city is. Last month also Hafter militias Misrata Hava Harp Okulu (Air College) to attack did but sources damage not happened said.

BM (UN) tarafından tanınan meşru hükümet, Hafter'in 4 Nisan'da başlattığı saldırılara karşı başkent Trablus'u savunuyor.

Etiketler: Libya, Hafter, Misrata, UMH

İlgili Haberler
- Hafter milislerinden Mitiga Havalimanı'na saldırı
- Libya'da 6 Türk vatandaşı serbest bırakıldı
- Dışişleri: Hafter unsurları meşru hedef olacak"""
},
# ---------------------------------------------------------------- G4
{
"group": "lna_strikes_zuwara_airport_hangars_2019_08_15",
"published": "2019-08-15",
"outlet": "Emirates Horizon",
"title": "Libyan Air Force flattens Turkish drone hangars at Zuwara airport",
"text": """Exit mobile version

The Libyan National Army's air force on Thursday destroyed two hangars at Zuwara airport, west of Tripoli, which were being used to launch Turkish drones against army positions, LNA spokesman Major General Ahmed al-Mismari said.

"Having collected information about the movement of the Turkish drones, it became clear to us that they were using two hangars inside Zuwara airport," Al-Mismari said in a statement, adding that both structures were completely destroyed.

The spokesman said the air force deliberately avoided the runway and the passenger terminal, and warned that any location in Libya dealing with a foreign party against the army would be treated as a legitimate target.

It is the first time that Zuwara airport, which lies west of Tripoli near the border with Tunisia, has come under air attack. Tripoli's Mitiga airport, which the army says is used by Turkish drone crews, has been struck several times since the start of the operation to free the capital from militias in April.

Army sources said the Turkish-made Bayraktar drones had been moved to Zuwara after repeated strikes on Mitiga and Misrata made those airfields too dangerous. Last week, the air force said it destroyed a cargo aircraft in Misrata that was carrying weapons and drones from Turkey.

The LNA has accused the government of Fayez al-Sarraj, which relies on Muslim Brotherhood-affiliated militias, of turning civilian airports into military bases with Turkish and Qatari support.

Share this:
Twitter
Facebook
WhatsApp

Related
LNA: Misrata strike destroyed Turkish arms shipment
Mismari: Turkish officers run militia drone war
Arab coalition backs Libyan army's fight against terror"""
},
{
"group": "lna_strikes_zuwara_airport_hangars_2019_08_15",
"published": "2019-08-16",
"outlet": "Continental Newswire",
"title": "Haftar's forces bomb Zuwara airport, say they targeted Turkish drones",
"text": """ZUWARA, Libya, Aug 16 (CNW) - Forces loyal to eastern commander Khalifa Haftar carried out air strikes on the airport of the western coastal town of Zuwara on Thursday, saying they had destroyed hangars used by Turkish-made drones that support the Tripoli government.

It was the first air attack on Zuwara, a coastal town near the Tunisian border that is aligned with the internationally recognised Government of National Accord (GNA). The airport handles a small number of domestic flights.

Haftar's Libyan National Army (LNA) said two hangars were flattened. Its spokesman Ahmed al-Mismari said the strikes had been planned to spare the runway and terminal. Zuwara officials said the airport, which they described as a civilian facility, had been damaged, and the UN mission in Libya has condemned attacks on civilian airports.

Also on Thursday, Tripoli's Mitiga airport was shelled and traffic was halted, with flights diverted to Misrata, airport officials said.

The LNA has stepped up its air campaign against targets in western Libya it links to Turkey, which has supplied drones to the GNA. Last week it said it had destroyed a cargo plane at Misrata air base that it said was carrying weapons from Turkey; the plane's Ukrainian operator said it carried humanitarian goods. On Friday the LNA said it had struck more drone hangars near Abu Kammash, further west along the coast.

Haftar launched an offensive on Tripoli in April that has killed more than 1,000 people. Turkey has not commented on the strikes. Ankara has warned it will retaliate against any attack on its interests in Libya.

(Writing by CNW Tunis desk)"""
},
# ---------------------------------------------------------------- G5
{
"group": "lna_claims_turkish_drone_downed_near_jufra_2019_09_13",
"published": "2019-09-13",
"outlet": "Nile Gazette",
"title": "LNA air defences down Turkish drones heading for al-Jufra base",
"text": """The Libyan National Army (LNA) announced early on Friday that its air defences shot down a Turkish drone that had taken off from Misrata and was trying to strike al-Jufra air base in central Libya.

According to the army's statement, the drone was brought down before it could reach its target. Later on Friday, the LNA air force said three Turkish drones had been destroyed in total, two of them in the area around al-Jufra near the town of Hun, without giving further details on the third.

Al-Jufra, about 500 kilometres south-east of Tripoli, is the army's main air and logistics hub in the centre of the country and has been the target of repeated attempts by Misrata militias and their Turkish backers since July.

The army has accused Ankara of sending Bayraktar drones, armoured vehicles and military experts to the militias of the Government of National Accord in flagrant violation of the UN arms embargo. In recent weeks, LNA jets have struck hangars used by the drones at Misrata, Zuwara and Tripoli's Mitiga airport.

Egypt has repeatedly warned that Libya's security is directly linked to its own national security and has called for an end to foreign interference and for the dismantling of militias.

Read also: Haftar's air force hits Zuwara drone hangars
Read also: Why Misrata has become Ankara's base in Libya

Tags: Libya, Libyan National Army, Turkey, drones, Jufra"""
},
{
"group": "lna_claims_turkish_drone_downed_near_jufra_2019_09_13",
"published": "2019-09-13",
"outlet": "RusInform International",
"title": "Libyan National Army Claims Downing of Turkish Drone Near Al-Jufra Air Base",
"text": """MOSCOW, September 13 (RusInform) - The Libyan National Army (LNA) led by Field Marshal Khalifa Haftar said on Friday that its air defense had shot down a Turkish-made drone which took off from the city of Misrata and was heading to attack al-Jufra air base.

"The aircraft was targeted after it took off from the Misrata air base and before it reached al-Jufra," the LNA said in a statement, as quoted by Arab media.

The Tripoli-based Government of National Accord (GNA) has not commented on the claim. Ankara has not publicly commented on losses of drones in Libya.

The LNA has repeatedly said since the spring that it has destroyed Turkish-made Bayraktar drones operated by the GNA, while the GNA has claimed to have downed LNA drones, including one near Abu Grein south of Misrata in early August.

Al-Jufra air base in central Libya has been controlled by the LNA since 2017 and serves as a key supply point for its offensive on Tripoli, launched in April.

Libya has been in a state of civil conflict since the overthrow of Muammar Gaddafi in 2011. The country is divided between the east, controlled by the LNA, and the west, governed by the UN-backed GNA of Fayez Sarraj."""
},
# ---------------------------------------------------------------- G6
{
"group": "lna_strike_on_mitiga_claims_turkish_drone_2019_09_26",
"published": "2019-09-26",
"outlet": "Al-Waha News (translated)",
"title": "The army: our fighters destroyed a Turkish drone inside Mitiga base",
"text": """Tripoli - Al-Waha News

The War Information Division of the General Command of the Libyan Arab Armed Forces announced, today Thursday, that the fighters of the Air Force carried out raids on the Mitiga air base in the capital Tripoli, which resulted in the destruction of a Turkish drone in the military section of the base, in addition to warehouses and firing positions.

The division said in a statement published on its page on Facebook that the raids achieved their targets with high accuracy, without giving further details.

It is worth mentioning that Mitiga airport, the only functioning airport in the capital, has been closed to civil navigation since the beginning of this month, after a shelling that coincided with the landing of a plane carrying pilgrims returning from the holy lands, and the flights were transferred to the airport of Misrata.

It is noteworthy that the General Command accuses Turkey of supplying the armed groups affiliated with the Al-Wefaq government with drones and armored vehicles, and it had announced at the end of last June that the Turkish companies and ships are considered legitimate targets.

And the army had announced, the day of Friday of the two weeks ago, the downing of a Turkish drone which took off from Misrata towards al-Jufra air base.

Read also: Al-Mesmari: the militias use Mitiga as a military base
Read also: Suspension of flights at Mitiga and transfer to Misrata

Follow us on Telegram

Share this:
Facebook
Twitter"""
},
{
"group": "lna_strike_on_mitiga_claims_turkish_drone_2019_09_26",
"published": "2019-09-27",
"outlet": "Libya Free Voice",
"title": "Hifter claims 'Turkish drone' hit as his warplanes bomb closed Mitiga airport again",
"text": """Tripoli - Libya Free Voice

Warplanes of Khalifa Hifter's forces bombed Mitiga airport on Thursday, the aggressor forces said, claiming they had destroyed a Turkish drone and storehouses in the military part of the base.

The claim, published by Hifter's media office on Facebook, could not be verified. Officials at the airport did not report casualties.

Mitiga, the only airport serving the more than two million residents of Greater Tripoli, has been shut to civilian flights since the start of September after a rocket attack wounded passengers, among them pilgrims returning from Hajj, as their flight landed. Airlines have since moved their operations to Misrata, a three-hour drive east of the capital.

The UN Support Mission in Libya has repeatedly condemned the attacks on Mitiga, saying they endanger civilian travellers and infrastructure.

Hifter's media has for months described Mitiga as a "Turkish drone base" to justify striking it. Government officials say the airport is a civilian facility and that the attacks are part of a campaign to isolate the capital after the failure of the ground offensive, which has not advanced since Gharyan was liberated in June.

The Government of National Accord has accused the United Arab Emirates of operating the drones and aircraft that carry out the strikes for Hifter. Abu Dhabi has not responded to the accusations."""
},
]
