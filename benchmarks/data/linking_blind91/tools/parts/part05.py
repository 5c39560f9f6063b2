# Event 8: Air strike on a house in Al-Fernaj, Tripoli, kills three sisters (Monday 14 October 2019)
# Event 9: GNA counter-attack on the Khallat al-Furjan / Yarmouk / Naqliya (airport road) front (Thursday 28 November 2019)
G8 = "airstrike_al_fernaj_kills_three_sisters_2019_10_14"
G9 = "gna_counterattack_khallat_yarmouk_naqliya_2019_11_28"

ARTICLES = [
dict(g=G8, d="2019-10-14", o="Continental Press Service",
t="Air strike kills three young sisters in Libyan capital",
x="""TRIPOLI, Oct 14 (CPS) - Three young sisters were killed and their mother and another sister badly wounded on Monday when an air strike destroyed their home in the Al-Fernaj neighbourhood of the Libyan capital, health officials said.

The two-storey house was flattened around midday, neighbours said. Rescuers dug the girls out of the rubble. The mother was in critical condition and one of the surviving children had a leg amputated, according to the health ministry of the Government of National Accord (GNA) and doctors at the hospital that received them.

Residents said the family had fled fighting on the southern outskirts of Tripoli earlier in the year. A neighbour said he heard a single aircraft circle over the district before the strike.

About 30 metres from the house stands the entrance to a compound that a security official at the site described as a military intelligence camp. The compound appeared to be undamaged.

Health ministry spokesman Fawzi Wanis blamed the forces of eastern commander Khalifa Haftar. GNA head Fayez al-Serraj visited the site and said the attack on civilians would not go unpunished.

Ahmed al-Mismari, spokesman for Haftar's Libyan National Army (LNA), said on Monday that air strikes, including one on the military intelligence camp in Al-Fernaj, had inflicted heavy losses on enemy fighters and equipment. He did not mention civilian casualties. LNA officials later denied targeting civilians.

The U.N. mission in Libya said it was shocked and condemned what it called a reckless disregard for innocent lives. It noted that the strike came only days after an attack on an equestrian club in the Janzour area of Tripoli in which several children were injured.

Sarraj's government called on the U.N. mission to protect civilians in line with Security Council resolutions and urged human rights organisations to document what it called crimes by Haftar's forces.

The LNA and the forces defending Tripoli have traded air strikes and artillery fire for more than six months, with the front line stuck on the capital's southern edge. Both sides use drones supplied by foreign backers, according to U.N. experts.

Civilian deaths from air strikes inside the city have drawn repeated condemnation. In July a strike on a migrant detention centre in Tajoura, east of the capital, killed 53 people, and Mitiga airport has been hit so often that flights were moved to Misrata in September.

More than 120,000 people have been displaced by the fighting around Tripoli, according to the United Nations.

Oil-producing Libya has had no stable central authority since the 2011 revolt that ended Moamer Kadhafi's four decades in power, and it is now split between the GNA in Tripoli and a rival administration in the east allied with Haftar.

cps/aw/kt"""),

dict(g=G8, d="2019-10-15", o="Maghreb Daily Briefing",
t="Maghreb Daily Briefing: Three sisters killed in Tripoli air strike; Saied's landslide in Tunisia",
x="""Maghreb Daily Briefing
Tuesday 15 October 2019 | Updated 09:20 GMT

Good morning. Here is what you need to know across North Africa today.

1. LIBYA - Three sisters killed in Tripoli air strike

An air strike on Monday destroyed a house in Al-Fernaj, a residential neighbourhood in the south-east of Tripoli, killing three young girls from the same family. Their mother and a fourth sister were seriously injured; one child lost a leg. The family had been displaced from the southern outskirts by the fighting.

The Tripoli government blamed the Libyan National Army (LNA) of Khalifa Hafter, whose spokesman said the army had struck a military intelligence camp in the area. The camp entrance lies a few dozen metres from the ruined house. The UN mission called the strike a reckless disregard for civilian life and said it came days after a bombing at an equestrian club in Janzour injured children. Fayez al-Serraj visited the site.

Background: On Sunday 6 October, according to the UN mission, an aircraft dropped four unguided bombs on an equestrian club in Janzour, west of the city centre, injuring several children. The UN said there were no military forces or facilities at the site. Both strikes follow months of stalemate on the ground since the LNA's offensive began on 4 April.

Why it matters: Air power has become the main way both sides try to break a stalemate on the ground, and the civilian toll from strikes inside the city is rising. The UN's arms embargo is widely seen as unenforced.

2. TUNISIA - Saied wins presidency by a wide margin

Kais Saied, a retired law professor with no party behind him, won Sunday's run-off against media magnate Nabil Karoui with more than 70 percent of the vote, according to preliminary results announced by the election authority on Monday. Supporters celebrated on Avenue Habib Bourguiba in Tunis into the night.

Saied's win completes an electoral season that began with the death of President Beji Caid Essebsi in July. In the 6 October legislative election, Ennahda came first but far short of a majority, leaving the new president facing a fragmented parliament and difficult coalition talks.

3. ALGERIA - Candidates line up for December vote

Algeria's independent election authority continues to receive candidacy files for the December 12 presidential election, as protesters who have marched since February insist that no vote can be fair while figures from the old system remain in place.

Why it matters: The vote is the first big test of the post-Bouteflika order since the president resigned in April under pressure from the street and the army.

4. LIBYA - Tripoli front: clashes reported on Ain Zara and airport road axes

Exchanges of artillery fire were reported overnight on the Ain Zara and airport road fronts south of Tripoli, according to local media on both sides. Neither side reported changes in positions.

Tomorrow: our weekly oil and gas digest.

Subscribe to the Maghreb Daily Briefing | Manage your preferences | Unsubscribe"""),

dict(g=G8, d="2019-10-15", o="Nile Sentinel",
t="Libyan army: Fernaj raid hit militia intelligence camp, militias hide among civilians",
x="""Nile Sentinel | Arab Affairs

Libyan army: Fernaj raid hit militia intelligence camp, militias hide among civilians

Cairo - Nile Sentinel

The Libyan National Army (LNA) said its air force struck a camp used by the so-called military intelligence of the Tripoli militias in the Al-Fernaj area of the capital on Monday, and accused the militias of deliberately placing their headquarters between the homes of civilians.

The army's spokesman, Major General Ahmed al-Mismari, said in a press conference that the strikes carried out by the air force on Monday targeted militia positions, including the intelligence camp in Al-Fernaj, and caused heavy losses in lives and equipment among the militias.

The statement came as the Government of National Accord headed by Fayez al-Sarraj accused the army of killing three girls of one family in a raid on a house near the camp. Army officials denied targeting civilians and said the armed forces abide by the rules of engagement set by the General Command.

The house is located only metres from the entrance of the camp, according to reporters who visited the site.

Army officials have repeatedly accused the militias of turning residential neighbourhoods of Tripoli into military zones and of using Mitiga airport to launch Turkish drones, saying they use civilians as human shields and then blame the army for any casualties.

The United Nations mission condemned the incident and called for the cessation of attacks on populated areas. The mission had also condemned a raid a week earlier on an equestrian club in the Janzour area, in which it said children were injured. The army has not commented on that incident.

The Libyan army, led by Field Marshal Khalifa Haftar, has been conducting since April 4 an operation to liberate the capital from militias and terrorist groups, which it says are supported by Turkey and Qatar with weapons and fighters in violation of the UN arms embargo.

Since the start of the operation, the army's air force has carried out hundreds of raids on militia positions, ammunition stores and drone facilities in Tripoli, Misrata and the surrounding areas. The army says Mitiga airport, which was closed to civilian traffic in September, has been used as a base for Turkish drones that attack its positions south of the capital.

Germany is preparing to host an international conference on Libya in the coming months in an attempt to revive the political process, while Cairo has repeatedly stressed that any solution must include the dismantling of the militias and the unification of the Libyan army."""),

dict(g=G9, d="2019-11-28", o="Yeni Ufuk English",
t="Libyan army launches counterattack on Haftar militias south of Tripoli",
x="""TRIPOLI, Libya

The army of Libya's UN-recognized Government of National Accord (GNA) launched a counterattack on Thursday against positions held by militias loyal to warlord Khalifa Haftar south of the capital Tripoli, according to the Burkan Al-Ghadab (Volcano of Rage) operation.

Heavy clashes broke out in the morning on the Khallat al-Furjan and Yarmouk axes, where Haftar's militias had pushed forward in recent days, as GNA forces pounded their positions with artillery, the operation's media office said.

The media office said GNA forces destroyed several armored vehicles belonging to Haftar's militias and thwarted an attempt to advance on the Naqliya camp on the airport road.

On the Ain Zara front, GNA-affiliated forces said they had captured a commander of the Tariq Bin Ziyad brigade, one of the main units fighting for Haftar, during the clashes. There was no comment from Haftar's side.

The fighting came a day after President Recep Tayyip Erdogan received Fayez al-Sarraj, the head of the GNA's Presidential Council, in Istanbul, where the two sides signed memoranda of understanding on security and military cooperation and on the delimitation of maritime jurisdiction areas in the Mediterranean.

The Khallat al-Furjan and Yarmouk areas, on the southern edge of the capital between Ain Zara and the airport road, have changed hands several times since the start of the fighting. Haftar's militias claimed in July that they had taken Khallat al-Furjan, and the Yarmouk military camp was captured and recaptured at least five times in the first weeks of the war.

GNA officials have repeatedly accused Haftar of relying on foreign mercenaries, including Russian fighters of the Wagner group and Sudanese and Chadian gunmen, in his attempt to seize the capital. The U.S. State Department earlier this month called on Haftar's forces to end their offensive on Tripoli.

Haftar's militias have been attacking Tripoli since April 4 but have failed to enter the city. Hundreds of civilians and fighters have been killed and more than 140,000 people displaced in the fighting, according to the UN.

The GNA has faced a series of deadly attacks on civilian sites since the start of the offensive. In July, an air strike on a migrant detention center in Tajoura killed 53 people, and in September shelling closed Mitiga International Airport, the capital's only functioning airport, after a plane carrying Hajj pilgrims was hit. In October, three young sisters were killed when an air strike destroyed their home in the Al-Fernaj district.

Turkey has repeatedly said it stands by the legitimate government in Tripoli. The maritime memorandum signed on Wednesday is seen in Ankara as a step to protect Turkey's rights in the Eastern Mediterranean against what it describes as attempts to exclude it.

Since the ouster of late ruler Muammar Gaddafi in 2011, two seats of power have emerged in Libya: one in eastern Libya supported mainly by Egypt and the United Arab Emirates, and the other in Tripoli, which enjoys UN and international recognition."""),

dict(g=G9, d="2019-11-29", o="Haber Kiyisi",
t="Counter attack from UMH forces in Trablus: many vehicles of Hafter militias destroyed",
x="""Libya'da UN recognized Ulusal Mutabakat Hükümeti (UMH) forces, against the positions of the putschist Hafter militias in south of capital Trablus launched counter attack.

According to statement of Burkan el-Gadap Operasyonu, the clashes which started on Thursday morning were concentrated in Halletü'l-Fercan and Yermuk camp axes, where Hafter militias in last days advanced. UMH forces with heavy artillery hit the militia positions.

In the statement it was told that many armored vehicles of Hafter were destroyed and the attempt of militias to advance to Nakliye camp on the airport road was stopped.

In Ayn Zara front, it was claimed that one commander of Tarık Bin Ziyad tugayı, which is fighting in side of Hafter, was captured alive.

The clashes continued also on Friday in some areas, local sources told.

- Memorandum signed with Türkiye

The counter attack came one day after Cumhurbaşkanı Erdoğan and the UMH Presidential Council Başkanı Fayiz es-Serrac met in İstanbul. Two sides signed mutabakat muhtırası about security and military cooperation and maritime jurisdiction areas.

Darbeci Hafter since 4 April is attacking Trablus. The UMH accuses Hafter of using Russian Wagner mercenaries and fighters from Sudan and Chad.

Exit mobile version"""),

dict(g=G9, d="2019-11-29", o="Barqa Bulletin",
t="LNA repels militia attack on Khallat and Naqliya axes, destroys vehicles",
x="""The Bulletin | Benghazi - Libya

TRIPOLI - Libyan National Army (LNA) units repelled on Thursday a large attack launched by militias on the Khallat al-Furjan and Yarmouk axes in southern Tripoli, and inflicted heavy losses on the attackers, field sources told The Bulletin.

The sources said the militias used heavy artillery and Turkish drones to cover their advance towards army positions, but army units held their ground and destroyed a number of militia vehicles near the Naqliya camp on the airport road.

Militia media claimed to have captured an army commander on the Ain Zara front. There was no comment from the General Command on the claim.

Army units advanced on the Khallat and Yarmouk axes in recent weeks, and earlier this month the army announced it had taken control of the Souq al-Khamis area south of the capital after driving the militias out of the cement factory there.

In a separate development, sources said the army's 9th Brigade had returned to the area of Al-Hira, north of Gharyan, while militias from Misrata withdrew towards Aziziya.

The attack came hours after the head of the Presidency Council, Fayez al-Sarraj, signed two memoranda with Turkey in Istanbul, whose full texts have not been made public.

The army has been conducting since April 4 an operation to liberate Tripoli from militias and terrorist groups.

The army entered the southern suburbs of the capital in the first days of April after taking Gharyan, and has since held the area of the old international airport, Qasr bin Ghashir and parts of Ain Zara and Wadi al-Rabie. The Khallat al-Furjan area was announced under army control in July, and the fronts there have seen some of the heaviest fighting of the war.

The militias of the so-called Volcano of Rage operation claimed in September that they had advanced in Ain Zara and Souq al-Khamis, but the army said it repelled those attacks and regained the initiative in the following weeks.

Share this:
Facebook Twitter WhatsApp

Related Articles
- Al-Mismari: army units advancing steadily on all Tripoli axes
- LNA air force targets militia positions in Zawiya"""),
]
