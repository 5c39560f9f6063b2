# Part 5: troop mandate (Jan 2020); Berlin conference (Jan 2020)
ARTICLES = [
dict(
group="turkish_parliament_approves_libya_troop_mandate_2020_01_02",
published="2020-01-03",
outlet="Nile Gazette",
title="Egypt strongly condemns Turkish parliament's approval of troop deployment to Libya",
text="""Home / Egypt / Politics

Egypt strongly condemns Turkish parliament's approval of troop deployment to Libya

Friday 03 January 2020 | 11:42 AM

CAIRO - Egypt has strongly condemned the approval by the Turkish parliament on Thursday of a motion authorising the deployment of Turkish troops to Libya, describing it as a flagrant violation of international law and of the Security Council resolutions on Libya.

In a statement, the Foreign Ministry said the step violated resolution 1970 of 2011, which established the arms embargo on Libya, and stressed that the two memoranda signed in November between Ankara and Fayez al-Sarraj, head of the Tripoli-based Presidential Council, had no legal effect because they exceeded the powers given to the council under the 2015 Skhirat agreement.

The ministry warned that any Turkish military intervention in Libya would threaten Arab national security in general and Egyptian national security in particular, and would negatively affect the stability of the Mediterranean region. It called on the international community to shoulder its responsibilities and respond urgently to the Turkish move.

Shortly after the vote in Ankara, President Abdel Fattah al-Sisi chaired a meeting of the National Security Council, attended by the ministers of defence and foreign affairs and the head of General Intelligence. Presidential spokesman Bassam Rady said the council reviewed the developments of the Libyan crisis and the threats arising from foreign military intervention, and identified a set of measures at various levels to counter any threat to Egyptian national security. The meeting also discussed the negotiations with Sudan and Ethiopia on the Grand Ethiopian Renaissance Dam.

The Turkish parliament approved the one-year mandate by 325 votes to 184, with the opposition parties voting against. The motion was submitted by President Recep Tayyip Erdogan after the Tripoli government formally requested military support.

Observers in Cairo said the Turkish move confirmed what the Libyan National Army has been saying for months, namely that Ankara has been sending weapons, drones and armoured vehicles to the militias in Tripoli in violation of the UN embargo, and warned that Turkey was preparing to transfer fighters of armed groups it backs in northern Syria to Libya.

The Arab League, at an emergency meeting of permanent delegates in Cairo on December 31, rejected any foreign intervention in Libya and expressed serious concern over the military escalation.

Egypt has always stressed that it supports the Libyan national institutions, including the elected House of Representatives and the Libyan National Army led by Field Marshal Khalifa Haftar, in their war on terrorism, and that the security of Libya is an integral part of Egypt's security.

Related Articles
Foreign Ministry: Egypt following developments in Libya closely
Shoukry discusses eastern Mediterranean with Greek, Cypriot counterparts
Parliament's defence committee: Egypt will not allow threats on its western border

Advertisement"""),

dict(
group="turkish_parliament_approves_libya_troop_mandate_2020_01_02",
published="2020-01-03",
outlet="Gundem Haber 24",
title="Libya tezkeresi accepted in TBMM: 325 evet, 184 hayır",
text="""[ad_1]

Libya'ya asker gönderilmesine ilişkin Cumhurbaşkanlığı tezkeresi, which is foreseeing sending of Turkish Armed Forces (TSK) elements to Libya, was accepted in TBMM Genel Kurulu yesterday Thursday.

In the extraordinary session which Meclis was gathered from the holiday, 325 deputies gave "evet" vote and 184 deputies gave "hayır" vote to the tezkere. TBMM Başkanı Mustafa Şentop announced the result.

According to the tezkere, TSK elements will be able to be sent to Libya for one year. The place, time and scope of the sending will be determined by Cumhurbaşkanı. In the tezkere, it was stated that the Libya UMH made a call of support to Turkey and the developments in Libya are threatening the interests of Turkey in the Mediterranean and North Africa.

AK Parti and MHP said "evet" to the tezkere, CHP, İYİ Parti and HDP voted "hayır". The opposition parties stated that Turkey should not be a side in a civil war and diplomatic solution must be searched. AK Parti Grup Başkanvekili said that Turkey is not going for war, it is going to protect the rights of Turkey and brotherly Libya people.

Cumhurbaşkanı Yardımcısı Fuat Oktay said that the tezkere is also a message: "We hope that it will be deterrent. If the other side steps back, maybe we do not need to use it."

Trablus-based government is under the attack of Hafter forces since April 2019 which are supported by BAE, Mısır and Rus paralı askerleri (Wagner). Cumhurbaşkanı Erdoğan had said last week that the Serrac government made invitation to Turkey.

Mısır Dışişleri Bakanlığı condemned the decision of Meclis. ABD Başkanı Donald Trump and Cumhurbaşkanı Erdoğan also made a telephone meeting at the evening, Libya was discussed.

Okumaya devam et: Libya tezkeresinin ayrıntıları neler? Madde madde

Paylaş: Facebook Twitter WhatsApp E-posta

[ad_2]"""),

dict(
group="turkish_parliament_approves_libya_troop_mandate_2020_01_02",
published="2020-01-04",
outlet="Defence Trade Monitor",
title="Analysis: What Ankara's Libya mandate could mean on the ground - advisers, drones and air defence",
text="""Defence Trade Monitor | Analysis | Land & Air Systems

The one-year mandate approved by Turkey's Grand National Assembly on 2 January, by 325 votes to 184, gives the government in Ankara wide latitude to send forces to Libya in support of the Government of National Accord (GNA). The text deliberately leaves size, timing and composition to the presidency. What follows is an assessment of what a deployment is likely to look like, based on Turkey's recent pattern of support to Tripoli and the constraints of operating 1,700 km from its southern coast.

A supplier already present. Turkish materiel has been visible in western Libya since at least May 2019, when a cargo ship unloaded BMC Kirpi mine-resistant vehicles at Tripoli port in full view of cameras. The UN Panel of Experts has since documented Bayraktar TB2 medium-altitude drones operating from Mitiga and Misrata, several of which were destroyed on the ground or shot down during 2019. In effect, the mandate formalises and could widen a relationship that the November 2019 security and military cooperation memorandum, ratified by Ankara on 21 December, already put on paper.

Advisers and trainers first. Turkish officials have repeatedly said combat troops are not the priority. The most likely first wave is a headquarters element, training and advisory teams, drone crews and technicians, and force protection for those assets. That matches the memorandum's provisions on training, intelligence sharing and a possible quick reaction force.

The air defence problem. The GNA's most acute weakness has been the air. Forces loyal to Khalifa Haftar have relied heavily on Chinese-made Wing Loong II drones operated, according to UN investigators, with foreign support, and on ageing Mirage and MiG aircraft. Protecting Mitiga and Misrata would require ground-based air defence, electronic warfare systems and radars. Expect that to be a central element of any package.

Facing a denser opponent. The LNA side has also grown more capable in recent months, with reports of Russian private military contractors deployed on the southern Tripoli front since September and of Russian-made Pantsir-S1 air defence systems supplied to LNA units. That raises the risk to Turkish drones and crews.

Limits of reach. Without a permissive air base nearby, Turkish fighter jets could operate over Tripoli only with aerial refuelling and at considerable cost. Naval options are more realistic: Turkish frigates could escort supply ships and provide a measure of air defence offshore, though sustained presence would stretch a fleet also committed in the eastern Mediterranean.

Proxy manpower. Several monitoring groups have reported that Syrian armed factions aligned with Ankara are recruiting fighters for Libya. Turkish officials have not confirmed this. If it proves accurate, it would reduce the political cost of Turkish casualties while raising legal and reputational questions under the arms embargo.

Political deterrence. Vice President Fuat Oktay framed the vote as a deterrent and said Ankara may not need to use it if the other side changes course. Haftar's camp responded defiantly, and Cairo convened its National Security Council the same day. A diplomatic track involving Moscow is widely expected to be tested before any large-scale deployment.

Bottom line: expect an incremental, capability-focused deployment, with air defence, drones, electronic warfare and advisers at its core, rather than the dispatch of large ground formations."""),

dict(
group="berlin_conference_on_libya_2020_01_19",
published="2020-01-19",
outlet="THM English",
title="Berlin conference on Libya ends with pledge to respect arms embargo; Erdoğan says Haftar must end aggression",
text="""BERLIN (THM) - Leaders and senior officials attending the international conference on Libya in Berlin on Sunday agreed to respect the UN arms embargo, refrain from interfering in the conflict and support a lasting ceasefire, German Chancellor Angela Merkel said.

Speaking at a press conference after around four hours of talks at the Chancellery, Merkel said participants had agreed on a comprehensive plan and that the final declaration would be submitted to the UN Security Council. "We all agree that we should respect the arms embargo and that it should be controlled more strongly than in the past," she said.

UN Secretary-General Antonio Guterres said all participants had committed to refrain from interference in the armed conflict or the internal affairs of Libya, and stressed that there was no military solution. He said a military committee with five members from each side would meet in Geneva in the coming days to work on turning the truce into a permanent ceasefire.

President Recep Tayyip Erdoğan attended the conference together with Foreign Minister Mevlüt Çavuşoğlu. Speaking before departing Istanbul, Erdoğan said the international community had not shown the necessary reaction to putschist Khalifa Haftar's reckless attacks on the legitimate government, and that the hope created by the ceasefire and the Berlin summit should not be sacrificed to the ambitions of a warlord.

In an article published on Saturday in a European outlet, Erdoğan warned that Europe would face new problems and threats, including terrorism and irregular migration, if the legitimate government in Tripoli fell.

Fayez al-Sarraj, Chairman of the Presidential Council of Libya, and Haftar were both in Berlin but did not take part in the main session. Merkel and German Foreign Minister Heiko Maas met them separately. Merkel said the differences between the two sides were so great that they were not speaking to each other.

The conference was attended by Russian President Vladimir Putin, French President Emmanuel Macron, British Prime Minister Boris Johnson, Italian Prime Minister Giuseppe Conte, Egyptian President Abdel Fattah al-Sisi, US Secretary of State Mike Pompeo and representatives of the UAE, China, Algeria, the Republic of the Congo, the EU, the African Union and the Arab League.

A ceasefire took effect on Jan. 12 following a joint call by President Erdoğan and President Putin in Istanbul on Jan. 8. At talks in Moscow on Jan. 13, Sarraj signed the ceasefire document but Haftar left the Russian capital without signing.

On the eve of the conference, groups loyal to Haftar shut down oil export terminals in eastern Libya, prompting the National Oil Corporation to declare force majeure. The Berlin declaration recognises the NOC as the sole legitimate oil company of Libya.

Turkey's parliament approved a motion on Jan. 2 allowing the deployment of troops to Libya at the request of the legitimate government, under the security and military cooperation memorandum signed in November."""),
]
