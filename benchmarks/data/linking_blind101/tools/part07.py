# Event 7: Akar receives Libyan chief of staff al-Haddad in Ankara (2020-10-19)
# Event 8: first batch of Libyan troops trained by Turkey graduates in Tajoura (2020-11-21)
G7="akar_receives_libyan_chief_of_staff_haddad_in_ankara_2020_10_19"
G8="libyan_troops_trained_by_turkey_graduate_in_tajoura_2020_11_21"
PART = [
dict(group=G7, published="2020-10-19", outlet="Anatolia Today",
title="Turkish defense chief receives Libyan army chief of staff in Ankara",
text="""ANKARA

Turkey's National Defense Minister Hulusi Akar on Monday received Libya's Chief of General Staff Lt. Gen. Mohammed Ali Ahmed al-Haddad in the capital Ankara, according to a ministry statement.

Turkish Chief of General Staff Gen. Yasar Guler also attended the meeting at the ministry headquarters.

Akar congratulated al-Haddad on his appointment as head of the Libyan army, and the two sides exchanged views on the latest situation in Libya and on bilateral defense cooperation, the statement said.

Stressing the 500-year-old historical ties of friendship and brotherhood between Turkey and Libya, Akar said: "We will continue to support our Libyan brothers so that they can live in greater comfort, happiness and security."

Akar said Turkey, with the understanding that "Libya belongs to Libyans", would continue its efforts for the stabilization of the region and supports a stable, independent and sovereign Libya.

He added that Turkey would maintain its training, support and consultancy activities in the military and security fields under the agreements signed with Libya's legitimate government, which is recognized by the UN.

Al-Haddad was appointed chief of staff of the Libyan army by Fayez al-Sarraj, the head of the Government of National Accord, in the summer, after the army repelled the 14-month offensive on Tripoli by the illegitimate forces of Khalifa Haftar.

Under a memorandum of understanding on security and military cooperation signed in November 2019, the Turkish Armed Forces have been training Libyan army personnel both in Libya and in Turkey. The Turkish parliament approved a motion in January allowing the deployment of troops to Libya.

Turkey has said that its cooperation with Libya is carried out at the request of the legitimate government and in line with international law, and that it will continue as long as Libya needs it.

On Monday, Libyan military delegations from both sides also began a new round of talks in Geneva within the UN-led 5+5 Joint Military Commission, aimed at consolidating the de facto truce along the Sirte-Jufra line.

Turkey has provided the Libyan army with training in areas including counter-terrorism, mine and improvised explosive device clearance, and military health services, and the Turkish Defense Ministry has said in its weekly briefings that the activities are continuing. Turkish de-mining teams have also been working to clear explosives left behind by Haftar's militias in southern Tripoli.

Al-Haddad, a native of Misrata, previously commanded the Central Military Region. He took over his new post in September after being appointed by al-Sarraj.

Libya has been torn by civil war since the ouster of Muammar Gaddafi in 2011. The current government was founded in 2015 under a UN-led agreement, but efforts for a long-term political settlement have failed due to Haftar's military offensive."""),

dict(group=G7, published="2020-10-20", outlet="Nile Gate News",
title="Akar receives al-Haddad in Ankara and stresses continuation of training of the Accord forces",
text="""Ankara - Nile Gate News

The Turkish Defense Minister Hulusi Akar received, yesterday Monday, in the Turkish capital Ankara, the Chief of Staff of the forces of the Government of Accord, Mohammed al-Haddad, in the presence of the Chief of the Turkish General Staff Yasar Guler, according to a statement of the Turkish Ministry of Defense.

The statement said that Akar congratulated al-Haddad on his assumption of his post, and that the two sides discussed the latest developments of the situation in Libya and the military cooperation between the two countries.

Akar stressed that his country will continue the activities of training, support and consultancy in the military and security fields within the framework of the agreements signed with the Government of Accord, and he repeated the talk about "the historical ties that extend for 500 years" between the two peoples.

The visit of al-Haddad came on the day in which the meetings of the Joint Military Committee 5+5 resumed in the Swiss city of Geneva under the auspices of the United Nations mission, with the participation of five officers representing the Libyan National Army and five representing the forces of the Accord, in order to reach a permanent ceasefire.

And the meeting was not the first of its kind, as the Turkish Minister of Defense had visited Tripoli twice during last summer, the first time in July accompanied by the Chief of Staff, and the second in August with the Qatari Minister of State for Defense Affairs Khalid al-Attiyah, where they met officials of the Government of Accord and discussed the training programmes.

Libyan observers considered that the timing of the meeting carries a message that Ankara is not ready to give up its military presence in the west of Libya whatever the outcome of the negotiations, especially as the outputs of the Berlin conference stipulate the departure of the foreign forces and mercenaries.

And the Libyan National Army had accused Turkey in the past weeks of continuing to send weapons and military equipment to the Mitiga airbase and the port of Misrata despite the truce, and the army spokesman Major General Ahmed al-Mismari said that the Turkish military flights did not stop.

It is worth mentioning that al-Haddad, who is from the city of Misrata, was appointed last August chief of staff by the head of the Presidential Council Fayez al-Sarraj, succeeding Lieutenant General Mohammed al-Sharif, and that al-Sarraj had announced last month his desire to hand over his duties to a new executive authority before the end of October.

It is worth mentioning that Turkey sent, since the beginning of this year, military advisers, drones, air defense systems and thousands of Syrian mercenaries to Libya, under a memorandum of military understanding that it signed with al-Sarraj in November 2019, and that the Turkish parliament had authorized the sending of forces last January.

Share this:
Facebook
Twitter
WhatsApp"""),

dict(group=G8, published="2020-11-21", outlet="MENA Release Desk",
title="GNA Ministry of Defence: First batch of trainees graduates under Libyan-Turkish cooperation agreement",
text="""PRESS RELEASE

Source: Ministry of Defence, Government of National Accord (Libya) - Media Office
Distributed by MENA Release Desk

TRIPOLI, Libya, November 21, 2020 -- The Omar Al-Mukhtar Training Centre in Tajoura today held the graduation ceremony of the first batch of trainees to complete their programme under the joint security and military cooperation agreement between the Government of National Accord and the Government of the Republic of Turkey.

The trainees completed an eight-week course delivered with the participation of trainers from the Turkish Armed Forces, designed to raise the performance of the Libyan army to international standards.

The ceremony was attended by the Minister of Defence, Mr. Salah al-Din al-Namroush; the Chief of the General Staff of the Libyan Army; the former Chief of the General Staff; the Commander of the Tripoli Military Region; the Commander of the Western Military Region; and a number of senior officials of the Ministry of Defence, as well as representatives of the Turkish side and the families of the graduates.

Also present were the Vice President of the Presidential Council, Mr. Ahmed Maiteeg, and the members of the Council Mr. Ahmed Hamza and Mr. Abdul Salam Kajman.

The programme opened with verses from the Holy Quran, followed by the national anthems of the State of Libya and the Republic of Turkey. Speeches were delivered by the Commander of the Centre, Colonel Haitham Hamid; the Spokesman of the Libyan Army, Colonel Pilot Mohammed Gnounou; and the Minister of Defence.

In his address, the Minister of Defence congratulated the graduates and their families and stated that the completion of this training demonstrates that the Libyan-Turkish military cooperation is bearing fruit. He affirmed the Ministry's commitment to building a professional, disciplined national army under civilian authority.

The ceremony concluded with a military parade by the graduates.

The Ministry of Defence notes that the training programmes are being implemented under the Memorandum of Understanding on Security and Military Cooperation signed on 27 November 2019, and that further batches will follow.

About the Ministry of Defence
The Ministry of Defence of the Government of National Accord is responsible for the Libyan Army and the defence of the State of Libya.

Media contact: Media Office, Ministry of Defence, Tripoli

###"""),
]
