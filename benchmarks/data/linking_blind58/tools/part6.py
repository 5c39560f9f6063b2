"""Extra background paragraphs and one more Tajoura article."""
from part1 import A, add

MARKERS = ["\nRead also", "\nShare", "\nETİKETLER", "\nTo read also", "\nRelated", "\nİlgili", "\nAbout Mediterranean", "\n[ad", "\nThis website uses", "\nComments"]

def extend(title_start, extra):
    hits = [a for a in A if a["title"].startswith(title_start)]
    assert len(hits) == 1, title_start
    a = hits[0]
    t = a["text"]
    pos = min([t.find(m) for m in MARKERS if t.find(m) > 0] or [len(t)])
    a["text"] = (t[:pos].rstrip() + "\n\n" + extra.strip() + "\n" + t[pos:]).strip()

extend("STATEMENT: Berlin", """
Background: the offensive launched by Khalifa Haftar's Libyan National Army against Tripoli on 4 April 2019 has killed more than 2,000 people, including some 280 civilians, according to UN figures, and displaced well over 100,000. A truce brokered by Turkey and Russia took effect on 12 January, but talks in Moscow on 13 January ended without Haftar's signature. The Berlin process began in September 2019 with senior officials meeting several times in the German capital.

We also call on the Conference participants to publish the list of states represented on the International Follow-up Committee and its working groups, and to report publicly, at least monthly, on implementation. Accountability for attacks on civilians, including the air strike on the Tajoura migrant detention centre on 2 July 2019, must remain part of the process.
""")

extend("Libyan army liberates strategic Al-Watiya", """
Turkish officials welcomed the development. Presidential spokesman Ibrahim Kalin and other senior figures have repeatedly said that Turkey's support for the legitimate government aims to stop the attacks on civilians and to enable a return to the political process launched in Berlin in January.

Haftar's forces had used Al-Watiya as the main hub of their western operations, and the GNA said aircraft taking off from the base had bombed residential areas and the airport of Mitiga in Tripoli. Mitiga has been repeatedly closed by shelling in recent months.

The GNA army also said its drones struck a convoy of Haftar militias retreating from the base toward the south, and that reconnaissance units were clearing the area of mines left behind.
""")

extend("Libya's legitimate government declares ceasefire", """
Turkey has repeatedly said that a lasting ceasefire requires Haftar's forces to withdraw from Sirte and Jufra. Ankara argues that Haftar has violated every truce since his offensive on Tripoli began in April 2019, including the ceasefire of January 12 declared at the initiative of Turkey and Russia and the commitments he failed to sign in Moscow.

Observers noted that Haftar's name was absent from the statement issued by Saleh, and that the general command of his militias had not yet responded. In June, Haftar stood beside Egyptian President Abdel Fattah al-Sisi when the latter announced the so-called Cairo Declaration, which the GNA rejected because it came after the defeat of the militias around Tripoli.

The United States and the United Nations have urged the sides in recent weeks to agree on a demilitarised solution for Sirte.
""")

extend("In Libya as a result of air strike on migrant centre", """
In the organization "Doctors Without Borders" declared that their team visited the site after the strike and saw the destroyed hangar. The UN Office of the High Commissioner for Refugees reported that in the centre were held about 600 persons, and called to release all migrants from detention centres near the front line. The international organization for migration expressed "horror" about the incident.

The Italian authorities, as reported by local media, expressed condolences and called for an investigation. The European Union declared that the attack must be investigated. In Tripoli, a representative of GNA asked the international community to recognize Haftar's forces as responsible and to take measures against the countries which supply him with weapons.

Earlier, on 26 June, the forces of GNA announced the capture of the city of Garyan, the main base of LNA south of the capital. Marshal Haftar after that announced the intensification of air strikes.
""")

extend("Egypt proposed initiative on settlement in Libya", """
The Egyptian president, as cited by the local press, underlined that the initiative is based on the results of the Berlin conference and includes the obligation of all foreign sides to withdraw mercenaries from Libya. According to Sisi, any insistence on military solution will lead to the continuation of the crisis. Khalifa Haftar declared that he supports the initiative and called on the international community to force Turkey to stop deliveries of weapons.

The political analysts interviewed by the agency noted that the initiative was announced after a series of defeats of the LNA and that its realisation depends on the position of Turkey, which supports Tripoli. The Turkish side had earlier declared that it does not consider Haftar as a legitimate side of negotiations.
""")

extend("Libya ordusu Terhune", """
BM'nin Libya Misyonu (UNSMIL) in statement said it was concerned about reports of looting and destruction of public and private property in Tarhuna and al-Asabaa, and called the GNA to investigate. The Ministry of Interior said that security teams were sent to the city to protect the public institutions.

Barış Fırtınası harekatı kapsamında April month Sabratha ve Surman the coast cities were taken, then on 18 May Vatiyye base, and at the end of May the Hafter militias withdrew from the southern fronts of Tripoli. The military experts said that the next target can be Sirte and Cufra, and that Russia-origin Wagner paralı askerleri withdrew from the fronts with aircraft from Beni Velid.
""")

extend("Libya's warring sides sign permanent ceasefire", """
The talks in Geneva were the latest round of the Joint Military Commission, which was created under the conclusions of the Berlin conference in January. Earlier rounds in February stalled as fighting continued around Tripoli, before GNA forces backed by Turkey drove Haftar's forces back to the Sirte-Jufra line in June.

European governments welcomed the deal and urged outside powers to respect the arms embargo.

Thousands of foreign fighters, including Syrians recruited by Turkey and Russian private contractors of the Wagner Group remain in Libya, according to U.N. experts and Western officials. Turkey has trained GNA forces under a deal signed in November 2019.
""")

extend("Air strike on Tripoli migrant centre kills", """
Pictures from the scene showed bodies lying in the rubble, belongings scattered across the floor and a hangar roof ripped open. A doctor at a nearby hospital told MPA that many of the wounded had shrapnel wounds and burns, and that some were in critical condition.

U.N. officials said they had received reports that guards fired at people trying to flee after the first strike. Numbers given by officials differed sharply through the day: a GNA health ministry spokesman first spoke of 40 dead and 80 wounded, while the U.N. later gave a toll of 44.

Rights groups said the attack showed that Libya was not a safe place to return migrants picked up at sea.
""")

extend("Turkey, Libya sign memoranda on security", """
Turkish experts say the maritime memorandum establishes that the continental shelf and exclusive economic zones of the two countries adjoin between the southwest coast of Turkey and the northeast of Libya, blocking attempts to confine Turkey to a narrow strip of sea off its coast. Turkey has continued its drilling activities off the island of Cyprus with its vessels Fatih and Yavuz, insisting it is protecting its own rights and those of Turkish Cypriots.

Ankara has also provided humanitarian aid to Libya, and Turkish companies had projects worth billions of dollars in the country before 2011, many of which were suspended because of the conflict. Turkish officials said the new security memorandum would help Libya's legitimate government to protect its people.
""")

extend("Libya tezkeresi", """
Before the vote, Dışişleri Bakanı Mevlüt Çavuşoğlu explained the tezkere to the deputies. Çavuşoğlu said that the legitimate government of Libya made the call for support, and that Türkiye is not a country who will stay spectator to the things happen in its region. He said Türkiye goes to Libya upon invitation while others, meaning the Hafter supporters, are there without invitation.

Cumhurbaşkanı Erdoğan had said in last week that the tezkere will be brought to Meclis as soon as it returns from holiday, but the vote was done earlier in extraordinary session. According to Erdoğan, the Libya's legitimate government requested both land and sea support.
""")

extend("Sisi unveils", """
The declaration also provides for a constitutional declaration to regulate the upcoming electoral process, and for the unification of Libya's institutions. It calls for the Presidential Council to take decisions by majority, with each region's representative to be chosen by its elected members under UN supervision, a formula Aguila Saleh had first put forward in April.

Egypt has repeatedly stressed that it supports the Libyan National Army as the only legitimate military institution capable of fighting terrorism. Cairo considers the Turkish military presence in western Libya, announced formally in January after the Turkish parliament authorised a deployment, a direct threat to its national security.
""")

extend("Berlin summit: world powers", """
Erdogan had said before the conference that the Berlin process would fail unless Haftar ended his "aggressive" posture, while Egypt, the UAE and Russia have blamed the arrival of Turkish personnel and Syrian fighters for inflaming the conflict. France and Italy have sparred over their approaches to Libya.

Haftar has faced criticism from Western governments for refusing to sign the truce document in Moscow. His forces captured the coastal city of Sirte on Jan. 6, days after the Turkish parliament authorised troop deployments, and have been attacking the southern outskirts of Tripoli since April.

Salame, the U.N. envoy, said the military committee should meet in the coming days. The fighting around Tripoli has killed more than 2,000 people since April, according to U.N. figures.
""")

extend("Libya: the Turkish parliament gives the green light", """
The Turkish deputies had already ratified in December the security memorandum signed between the two governments on the 27 November in Istanbul, at the same time as a maritime agreement which delimits the zones of maritime jurisdiction of the two countries in the eastern Mediterranean, to the great displeasure of Greece. Athens had expelled the Libyan ambassador in December in retaliation.

In Tripoli, the GNA salutes a decision which "reinforces the legitimate institutions", according to a spokesperson. The Turkish president had indicated several days before that Libya "invited" Turkey, and that Ankara would respond to that request. Analysts evoke the sending of drone operators, of instructors, and of the naval support, rather than a massive deployment of troops on the ground.
""")

extend("Lavrov: Berlin conference", """
In the Kremlin, the press secretary of the president Dmitry Peskov said earlier that Moscow supports the conference and that Russia participates in it at the highest level. Putin during his visit to Turkey on 8 January together with Erdogan called the warring sides to declare a ceasefire from midnight of 12 January.

As noted by the agency's interlocutors in diplomatic circles, the main question remains the participation of foreign forces in the conflict. Western media reported about the presence in Libya of Russian mercenaries of private military companies, which the Kremlin rejects, and Turkey openly announced sending of military advisers to Tripoli.
""")

extend("LNA pulls back from Al-Watiya", """
The General Command had announced in late April that Haftar had accepted a "popular mandate" to govern the country, and later declared a unilateral truce for Ramadan that the GNA rejected. LNA artillery has continued to hit targets in Tripoli, including Mitiga airport, which the LNA says is used by Turkish drones.

Arab League members and Egypt have warned that a growing Turkish military footprint in western Libya threatens regional security. A source close to the General Command said LNA forces would "respond at the appropriate time and place" and that the battle for Tripoli was not over.
""")

extend("Cenevre'de Libya ateşkesi", """
Dışişleri Bakanlığı sources said that Türkiye supports the political process under UN and that the legitimate government's agreements with Türkiye are not contrary to the Berlin decisions. Milli Savunma Bakanı Hulusi Akar in previous statements said the training and consultancy support of the Turkish army to Libya will continue.

The experts said the main question is the Wagner mercenaries in Sirte and Cufra and whether Hafter will withdraw them. According to BM reports, there are thousands of foreign fighters from Russia, Sudan and Syria on Hafter side.
""")

extend("Mysterious aircraft bomb Al-Watiya", """
The head of the Presidential Council Fayez al-Sarraj did not comment on the attack until the evening, while the spokesman of the Operation "Sirte-Jufra" said that the forces are ready to respond "in the appropriate time and place". For his part, a member of the House of Representatives in the east said that the strike is "a clear message to Erdogan".

The Turkish-Libyan security memorandum signed in November 2019 allows the presence of Turkish training and consultancy personnel, and Ankara said many times that its presence is at the invitation of the legitimate government.
""")

add("tajoura_detention_centre_airstrike_2019_07_02", "2019-07-04", "Emirates Dispatch 24", "LNA denies targeting Tajoura migrant shelter, calls for international investigation", """
[ad_1]

LNA denies targeting Tajoura migrant shelter, calls for international investigation

ABU DHABI - Emirates Dispatch 24 - July 4, 2019

The Libyan National Army (LNA) has denied deliberately targeting a migrant detention centre in Tripoli's Tajoura district, where an air strike late on Tuesday killed dozens of people, and called for an independent international investigation into the incident.

LNA spokesman Major General Ahmed al-Mismari told a press conference in Benghazi on Wednesday that LNA aircraft had struck a weapons depot and a militia position in the Daman complex, and accused armed groups allied to the Tripoli-based Government of National Accord of storing ammunition next to the shelter and using the migrants as human shields. He said the centre's location next to a military site had put the migrants at risk.

Figures for the victims varied. The GNA's health ministry spoke of at least 40 dead in the first hours, while the United Nations later said 44 people had been killed and more than 130 wounded. Local officials in Tajoura said the toll could rise further, as many of the injured were in critical condition.

The GNA blamed the LNA for what it called a war crime and demanded that the UN mission in Libya condemn the attack. UN envoy Ghassan Salame said the strike could amount to a war crime, and the African Union called for an independent inquiry.

The UAE has called repeatedly for a political solution in Libya and an immediate return to the UN-led political process.

Analysts in the region said the incident would increase international pressure on both sides to agree a truce, but noted that militias in Tripoli had for years held migrants in centres run by armed groups, many of them close to barracks and arms stores. Human rights organisations have documented abuse in such facilities.

The LNA launched its campaign to free Tripoli from militias on April 4. Last week it lost the town of Gharyan, south of the capital, to pro-GNA forces, and said it would step up air operations against militia targets.

The UN Security Council met on Wednesday to discuss the strike but did not immediately issue a statement.

Share this:
Facebook | Twitter | WhatsApp | Email

Related Articles
- Mismari: Gharyan fell to treachery, LNA will return
- UAE aid reaches Libyan families in Benghazi
- Arab League calls for restraint in Tripoli

We use cookies to give you the best experience. Accept
""")
