G = "akar_and_qatari_defence_minister_visit_tripoli_2020_08_17"

ARTICLES = [
dict(group=G, published="2020-08-17", outlet="Hilal News Agency",
title="Turkish, Qatari defence ministers hold talks in Tripoli with Libya's Sarraj",
text="""TRIPOLI (Hilal) - Turkish National Defence Minister Hulusi Akar and his Qatari counterpart Khalid bin Mohammad Al Attiyah held talks in the Libyan capital Tripoli on Monday with officials of the internationally recognised Government of National Accord (GNA).

Akar, accompanied by Chief of General Staff Gen. Yasar Guler, held a trilateral meeting with Al Attiyah and Prime Minister Fayez al-Sarraj at the prime minister's office. The Turkish minister also held a separate trilateral meeting with the Qatari minister and Libya's Interior Minister Fathi Bashagha.

Akar and Al Attiyah, who arrived in Tripoli separately, were welcomed at Mitiga International Airport by Libya's Deputy Defence Minister Salah al-Namroush and Chief of General Staff Lt. Gen. Mohammed al-Sharif.

Following the talks, al-Namroush announced that Libya had agreed with Turkey and Qatar to sign a tripartite agreement on military cooperation to build the capabilities of the Libyan military institution. According to the media office of the Burkan al-Ghadab (Volcano of Rage) operation, Turkey and Qatar will establish facilities in Libya for military training and consultancy and will send advisers and military personnel, while places will be provided for Libyan cadets at military colleges in the two countries.

The ministers stressed their support for a political solution and for the legitimate government, al-Namroush added.

"Libya belongs to Libyans," Akar said. "We believe that we will achieve the desired results by supporting our Libyan brothers in their just cause."

Akar said Turkey was in Libya at the invitation of the legitimate government and would continue to exert every effort for the unity, integrity and prosperity of the Libyan people. He said Turkish military teams were continuing to help Libyan security units clear mines and improvised explosive devices left behind by Haftar's militias in the areas south of Tripoli.

Akar also visited the Defence Security Cooperation and Training Assistance Advisory Command, established under the memorandum of understanding between Turkey and Libya.

It was Akar's second visit to Libya in little more than a month. The minister and Gen. Guler travelled to Tripoli on July 3 to review activities carried out under the security and military cooperation memorandum signed on Nov. 27, 2019.

Foreign Minister Mevlut Cavusoglu also visited Tripoli on Aug. 6 together with Maltese Foreign Minister Evarist Bartolo for trilateral talks with GNA officials on security and migration.

Turkey has rejected as null and void the maritime delimitation agreement signed between Greece and Egypt on Aug. 6, saying it violates the continental shelf of Turkey and the rights of Libya under the Turkey-Libya memorandum.

The GNA, with Turkish support, liberated Tripoli and the whole of western Libya from Haftar's militias in June. Its forces are now deployed west of Sirte, while Haftar's militias and Russian Wagner mercenaries hold Sirte and the al-Jufra airbase."""),

dict(group=G, published="2020-08-18", outlet="The Emirates Insight",
title="Turkey and Qatar agree military pact with Tripoli as Akar returns to Libya",
text="""The Emirates Insight
World > Middle East & Africa

Turkey and Qatar agree military pact with Tripoli as Akar returns to Libya

August 18, 2020

ABU DHABI - Turkey and Qatar have agreed with the Tripoli-based Government of National Accord (GNA) to sign a three-way military cooperation deal, following a visit by the two countries' defence ministers to the Libyan capital on Monday, in a move that entrenches Ankara's military foothold in western Libya with Qatari money.

GNA Deputy Defence Minister Salah al-Namroush said after talks with Turkish Defence Minister Hulusi Akar and Qatari Defence Minister Khalid bin Mohammad Al Attiyah that Doha would send military advisers to train GNA personnel and that Turkey and Qatar would host Libyan cadets at their military academies. Media outlets close to the GNA said the deal also foresaw Qatari funding for training centres, a trilateral coordination centre and a Turkish naval base in Misrata, although this was not officially confirmed.

It is one of the rare occasions on which Qatar has gone public about a military role in Libya since the 2011 uprising, when Doha took part in the NATO-led campaign and armed Islamist brigades.

Akar, accompanied by Turkish Chief of Staff Gen. Yasar Guler, was on his second trip to Tripoli in six weeks. On his previous visit in early July, the Turkish delegation inspected the command that oversees the Turkish training mission. Days later, air strikes destroyed Turkish air-defence equipment at Al-Watiya airbase.

Turkish warships have also been shielding arms shipments to Tripoli. On 10 June, Turkish frigates prevented a Greek warship operating under the EU's Irini mission from inspecting the Tanzanian-flagged cargo ship Cirkin, which the EU suspected of carrying weapons to Libya.

Critics in Libya denounced the images from Monday's visit, in which Turkish officials appeared to preside over meetings at Mitiga airport, as proof that decision-making in Tripoli has passed to Ankara.

The visit coincided with an unannounced trip to Tripoli by German Foreign Minister Heiko Maas, who warned of a "deceptive calm" on the front lines around Sirte.

In July, the eastern-based House of Representatives called on Egypt to intervene militarily if necessary to protect Libya's and Egypt's national security against the Turkish occupation.

The UAE has repeatedly called for a ceasefire and for the withdrawal of foreign forces and mercenaries, and supports the Cairo Declaration announced in June by Egypt, Field Marshal Khalifa Haftar and Parliament Speaker Aguila Saleh. Egypt's parliament last month authorised the deployment of Egyptian troops abroad to defend national security on the western front.

Cookie settings: This website uses cookies to ensure you get the best experience. Learn more | Got it!

TRENDING
UAE and Israel open direct phone links
Abu Dhabi extends remote work for government employees
Sisi, Mitsotakis discuss East Med maritime deal"""),

dict(group=G, published="2020-08-17", outlet="MENA Daybook",
title="Live: Turkish and Qatari defence chiefs in Tripoli; Maas warns of 'deceptive calm'",
text="""MENA Daybook | LIVE | Monday 17 August 2020

Live updates. Refresh for the latest. All times GMT.

17:45 - Tripoli announces three-way military deal with Turkey and Qatar

Libya's Government of National Accord (GNA) says it has agreed with Turkey and Qatar on a tripartite military cooperation agreement. Deputy Defence Minister Salah al-Namroush says Turkey and Qatar will set up training and consultancy facilities in Libya and send military advisers, and that Libyan cadets will be trained at Turkish and Qatari military colleges. No timetable given.

15:10 - Akar: "Libya belongs to Libyans"

Turkish Defence Minister Hulusi Akar, speaking in Tripoli, says Turkey will keep supporting the UN-recognised government and believes that "we will achieve the desired results" by backing "our Libyan brothers in their just cause". Akar, who is with Chief of General Staff Gen. Yasar Guler, has met GNA head Fayez al-Sarraj together with Qatar's Defence Minister Khalid bin Mohammad Al Attiyah. It is Akar's second trip to Tripoli since early July.

14:20 - Background: Akar's July trip

Akar and Gen. Guler last visited Tripoli on July 3 to review Turkish training activities. Two days later, unidentified aircraft struck al-Watiya air base, destroying air-defence equipment that LNA-aligned media said had been installed by Turkey. No one has claimed that raid.

13:30 - Maas in Tripoli

German Foreign Minister Heiko Maas has also arrived in Tripoli on an unannounced visit. He says the current lull around Sirte is a "deceptive calm" and warns that both sides and their foreign backers are rearming. Germany is pushing for a demilitarised zone around Sirte and al-Jufra.

11:20 - Turkish and Qatari ministers land at Mitiga

Turkish Defence Minister Hulusi Akar and his Qatari counterpart Khalid Al Attiyah have arrived separately in Tripoli, Libyan and Turkish officials say. Their visit had not been announced.

10:15 - Eastern Mediterranean

Separately, Turkey's Oruc Reis survey vessel continues its work in waters also claimed by Greece, a week after Ankara sent it back out following the signing of a maritime deal between Greece and Egypt on August 6. Turkey says that deal is null and void because it overlaps the Turkish-Libyan maritime accord.

09:05 - Context

The front line in Libya has been largely frozen since June, when Turkish-backed GNA forces drove Khalifa Haftar's Libyan National Army out of western Libya, capturing al-Watiya air base on May 18 and Tarhuna on June 5. GNA forces are now massed west of Sirte. Egypt has said an attack on Sirte or al-Jufra would cross a red line, and its parliament authorised troop deployments last month.

08:30 - Also today

Israel and the UAE opened direct telephone links on Sunday, days after announcing an agreement to normalise relations. In Lebanon, the fallout from the Beirut port explosion continues as the caretaker government handles the aftermath."""),
]
