# Part 4: memoranda (Nov 2019); ratification of the security deal (Dec 2019); troop mandate (Jan 2020)
ARTICLES = [
dict(
group="turkey_gna_sign_security_and_maritime_memoranda_2019_11_27",
published="2019-11-28",
outlet="Gundem Haber 24",
title="Cumhurbaşkanı Erdoğan received Libya's Serrac: two important memorandum is signed",
text="""[ad_1]

Cumhurbaşkanı Recep Tayyip Erdoğan, has received Libya National Accord Government (UMH) Presidential Council President Fayiz es-Serrac in Dolmabahçe Working Office in Istanbul. The meeting which was closed to press, was realized yesterday Wednesday.

After the meeting, between Turkey and Libya "Security and Military Cooperation Memorandum of Understanding" and "Memorandum of Understanding on the Restriction of Maritime Jurisdiction Areas" was signed.

İletişim Başkanı Fahrettin Altun made a sharing from his social media account about the subject. Altun said, "With the memorandum on security and military cooperation, the framework of cooperation between our armed forces will be strengthened." He stated that the maritime memorandum is aiming to protect the rights of the two countries which are arising from international law.

Altun also expressed that Turkey will continue supporting the political solution for a democratic, stable and prosperous Libya.

It is learned that the maritime memorandum will be sent to TBMM for approval in the coming days.

Libya where the Hafter forces are attacking to the capital Trablus since April, is one of the important partner of Turkey in the Mediterranean. Turkish contractors have billions of dollars projects that are waiting in Libya since 2011.

Doğu Akdeniz'de Rum Kesimi and Greece are making unilateral studies and Ankara is stating that it will not permit the fait accompli in the region. With the signed memorandum, Turkey and Libya has become neighbour in the sea, experts are commenting.

Paylaş: Facebook Twitter WhatsApp

[ad_2]"""),

dict(
group="turkish_parliament_ratifies_libya_security_deal_2019_12_21",
published="2019-12-21",
outlet="THM English",
title="Turkish parliament ratifies security and military cooperation deal with Libya",
text="""ANKARA (THM) - The Grand National Assembly of Turkey on Saturday ratified the memorandum of understanding on security and military cooperation signed with Libya's legitimate Government of National Accord (GNA).

The bill, which was debated in the General Assembly on Saturday, became law following the vote, the parliament announced on its official Twitter account.

The memorandum was signed on Nov. 27 in Istanbul, during a meeting between President Recep Tayyip Erdoğan and Fayez al-Sarraj, Chairman of the Presidential Council of Libya, along with a separate memorandum on the delimitation of maritime jurisdiction areas in the eastern Mediterranean. The maritime memorandum was approved by parliament on Dec. 5 and entered into force on Dec. 8 following its publication in the Official Gazette.

The security deal provides for training and education, the exchange of experience, intelligence sharing, cooperation in the defence industry and the fight against terrorism, irregular migration and border security. It envisages the establishment of defence and security cooperation offices and, upon request, the setting up of a quick reaction force for police and military duties in Libya.

The GNA announced on Thursday that it had ratified the memorandum on its side.

Speaking at a business event in Istanbul on Saturday, Vice President Fuat Oktay said Turkey was ready to take the necessary steps if the Libyan government requested troops. "If our Libyan brothers make such a request, Turkey is ready to do what is necessary," he said.

On Friday the GNA said al-Sarraj had sent letters to the United States, the United Kingdom, Italy, Algeria and Turkey asking them to activate bilateral security cooperation agreements to help repel the attack on Tripoli. Greece expelled Libya's ambassador on Dec. 6 in protest at the maritime memorandum, a step Ankara described as scandalous.

President Erdoğan, who received al-Sarraj in Istanbul for a second time last Sunday, has said Turkey will not remain silent in the face of mercenaries supporting putschist Khalifa Haftar, referring to reports of fighters from the Russian Wagner group in Libya. Officials have noted that a separate mandate from parliament would be required for any deployment of combat troops.

The legitimate government in Tripoli has been under attack since April by Haftar's militias, which are backed by the United Arab Emirates, Egypt and other countries. Haftar announced on Dec. 12 what he called the "decisive battle" for the capital."""),

dict(
group="turkish_parliament_ratifies_libya_security_deal_2019_12_21",
published="2019-12-22",
outlet="Gundem Haber 24",
title="TBMM Genel Kurulu approved Libya security and military cooperation memorandum",
text="""Türkiye Büyük Millet Meclisi (TBMM) Genel Kurulu, Turkey and Libya between "Security and Military Cooperation Memorandum of Understanding" approving law proposal accepted yesterday Saturday.

With the accepted law, the memorandum which was signed in Istanbul in 27 November by Cumhurbaşkanı Erdoğan and Libya UMH Başkanı Serrac, became approved. The Libya side had approved the memorandum on Thursday.

According to the memorandum, the two countries will make cooperation in the fields of military training, defence industry, intelligence, fight with terrorism and illegal migration. If the Libya side will request, a "quick reaction force" can be established.

Cumhurbaşkanı Yardımcısı Fuat Oktay, speaking in a programme in Istanbul said "If our Libyan brothers have such a request, Turkey is ready for doing what is necessary." Sending soldier to Libya will need a separate tezkere from Meclis, it is reminded.

In the Genel Kurul, some opposition deputies criticized that the memorandum can drag Turkey into a war. AK Parti deputies defended that Turkey is protecting its rights in Doğu Akdeniz and the legitimate government in Libya.

The maritime jurisdiction memorandum which was signed in same day, had entered into force with publishing in Resmi Gazete at 8 December.

Erdoğan: Türkiye cannot carry the burden of new göç wave alone

Cumhurbaşkanı Recep Tayyip Erdoğan, said that Turkey cannot carry alone the burden of a new migration wave which can come from Syria.

Erdoğan, speaking in a ceremony in Istanbul today Sunday, said that because of the attacks of the regime and Russia on İdlib region, more than 80 thousand people are moving toward the Turkish border. "If the violence toward the people of İdlib is not stopped, this number is going to increase more. In that case Turkey will not carry such a migration burden alone," Erdoğan said.

Erdoğan stated that all European countries will feel the negative effect of the pressure which Turkey will be exposed, and mentioned that a delegation is going to Moscow for negotiations on İdlib.

Turkey is hosting around 3.7 million Syrian refugees, the most in the world.

Etiketler: TBMM, Libya, Erdoğan, İdlib, göç"""),

dict(
group="turkish_parliament_approves_libya_troop_mandate_2020_01_02",
published="2020-01-02",
outlet="Meridian Wire Service",
title="Turkish parliament approves sending troops to Libya",
text="""ANKARA (MWS) - Turkey's parliament on Thursday approved a bill allowing troops to be deployed to Libya to support the internationally recognised government in Tripoli, paving the way for deeper Turkish involvement in a conflict that has drawn in regional powers.

Lawmakers voted 325-184 in an extraordinary session, cut short from the winter recess, in favour of a one-year mandate, Parliament Speaker Mustafa Sentop said. President Tayyip Erdogan's AK Party and its nationalist MHP ally backed the motion; the main opposition Republican People's Party (CHP), the nationalist IYI Party and the pro-Kurdish HDP voted against.

The motion leaves it to the government to decide the scope, size and timing of any deployment. It says developments in Libya threaten Turkey's interests, including the safety of Turkish companies and vessels, and that a deployment would help prevent risks such as mass migration and the growth of militant groups.

Vice President Fuat Oktay said Ankara hoped the mandate would act as a deterrent, and that Turkey would not need to use it if other parties changed their stance.

Erdogan announced last week that the Government of National Accord (GNA) of Fayez al-Serraj had formally requested military support. The two governments signed a security and military cooperation accord in November, which Turkish lawmakers ratified on Dec. 21, as well as a maritime accord that has angered Greece, Cyprus and Egypt.

The CHP said the deployment could drag Turkey into a regional war and argued Ankara should push for a diplomatic solution.

Egypt, which backs eastern commander Khalifa Haftar, condemned the vote as a violation of U.N. resolutions and warned it could destabilise the Mediterranean region. President Abdel Fattah al-Sisi chaired a meeting of Egypt's National Security Council shortly after the vote. In a telephone call with Erdogan, U.S. President Donald Trump pointed out that foreign interference was complicating the situation in Libya, the White House said.

Haftar's Libyan National Army (LNA) has been trying to take Tripoli since April. On Dec. 12 he announced what he called the decisive battle for the capital, but the front lines in the southern suburbs have moved little. Tripoli says Haftar's forces are backed by Russian mercenaries, Sudanese fighters and drones supplied by the United Arab Emirates. The Kremlin has denied any involvement by Russian state forces.

Libya has been split between rival camps since 2014, three years after a NATO-backed uprising toppled and killed Muammar Gaddafi. The GNA controls Tripoli and parts of the west; Haftar's LNA is allied to a parallel government and parliament in the east and is backed by the United Arab Emirates and Egypt. Turkey has supplied the Tripoli government with armoured vehicles and drones.

(Reporting by Deniz Aksoy and Murat Yilmazer; Editing by Helen Marsh)"""),
]
