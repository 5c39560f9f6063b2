G = "turkey_qatar_gna_military_training_deal_2020_08_17"
ARTICLES = [
dict(group=G, published="2020-08-18", outlet="The Northern Chronicle",
title="Turkey and Qatar pledge to build up Tripoli's army as defence ministers visit Libya",
text="""By Harriet Ellison, Istanbul

The defence ministers of Turkey and Qatar flew into Tripoli on Monday and agreed with Libya's UN-recognised government to help build its armed forces, a step that formalises the alliance that rescued the capital from Khalifa Haftar's siege and signals that Ankara intends to stay.

Hulusi Akar and his Qatari counterpart, Khalid bin Mohammed al-Attiyah, met Fayez al-Serraj, head of the Government of National Accord (GNA), and its defence minister, Salah al-Din al-Namroush. Officials from the three sides said they had agreed to cooperate on military training, on sending advisers, and on setting up training centres, with Qatar expected to help pay for at least part of the programme. Few details were released, and none of the parties said how many Turkish trainers would be involved.

Namroush told reporters that the agreement covered the "building of the Libyan army" and the rehabilitation of institutions, and that Turkish and Qatari experts would help restructure units that grew out of the city militias that defended Tripoli last year. That is an ambitious aim: the GNA's forces are a patchwork of armed groups from Tripoli, Misrata and Zawiya, many with their own commanders and loyalties.

The visit underlined how far the balance in Libya has shifted since January, when the Turkish parliament first authorised a deployment. At that point Haftar's forces, backed by the United Arab Emirates, Egypt and Russian contractors, were pressing on the southern edge of the capital. With Turkish drones and air defences, the GNA drove them back, retaking al-Watiya air base in May and the town of Tarhuna in early June.

Since then, the front has frozen near the coastal city of Sirte and the Jufra air base, which Egypt's president, Abdel Fattah al-Sisi, declared a red line in June. Egypt's parliament last month authorised troops to be sent abroad if necessary. An uneasy stalemate has held since, with both sides reinforcing.

Turkish officials have long spoken of a permanent presence. Turkish media have reported plans for Ankara to use al-Watiya as an air base and to develop facilities at the port of Misrata for its navy, though there has been no official confirmation. On Monday, Akar's ministry said only that Turkey would keep providing "training, assistance and consultancy".

For Qatar, the visit marks a more visible role in a conflict in which it has long backed the same side as Turkey. Doha and Abu Dhabi, which backs Haftar, have been at odds since the blockade imposed on Qatar by the UAE, Saudi Arabia, Bahrain and Egypt in 2017.

European diplomats fear the agreement will further entrench rival foreign camps. The EU's naval mission, Irini, which is meant to enforce the UN arms embargo, has struggled to inspect Turkish ships, and Turkey accuses it of ignoring flights to Haftar's side from the UAE. The United Nations has documented violations by both sides.

"The Turks and Qataris are telling everybody that the west of Libya is their sphere," said a European diplomat who follows Libya. "Whatever political process comes next will have to start from that."

Haftar's camp reacted angrily. His spokesman called the agreement "a declaration of occupation"."""),
dict(group=G, published="2020-08-17", outlet="Doha Newswire Releases",
title="Qatar, Turkey and Libya agree on military cooperation in Tripoli meeting",
text="""FOR IMMEDIATE RELEASE

Tripoli, 17 August 2020 - His Excellency Dr. Khalid bin Mohammed Al Attiyah, Deputy Prime Minister and Minister of State for Defence Affairs of the State of Qatar, and His Excellency Hulusi Akar, Minister of National Defence of the Republic of Turkey, held a tripartite meeting today in Tripoli with His Excellency Fayez al-Sarraj, Chairman of the Presidential Council of the Government of National Accord of Libya.

During the meeting, the parties reviewed cooperation relations in the military and defence fields, and ways of supporting and developing them, in addition to the latest developments in Libya.

The three parties agreed to:
- cooperate in building the capabilities of the Libyan army through military training programmes;
- send military advisers to support the Libyan Ministry of Defence;
- work to establish training centres for the Libyan forces.

His Excellency the Deputy Prime Minister and Minister of State for Defence Affairs affirmed the State of Qatar's firm position in support of the legitimate government of Libya and of a peaceful, comprehensive political solution under the auspices of the United Nations that preserves the unity of Libya and the security of its people.

The meeting was attended by H.E. Salah al-Din al-Namroush, Minister of Defence of the Government of National Accord, and a number of senior officers from the three countries.

-- ENDS --

For media enquiries: press office (contact details withheld)"""),
dict(group=G, published="2020-08-19", outlet="Gulf Horizon Daily",
title="LNA slams Turkey-Qatar 'occupation pact' with Tripoli militias",
text="""Benghazi: The Libyan National Army (LNA) on Tuesday condemned a military cooperation agreement reached in Tripoli between Turkey, Qatar and the Government of National Accord (GNA), describing it as an attempt to legitimise foreign occupation of Libyan territory.

LNA spokesman Major General Ahmed Al Mesmari told a news conference that the meeting in Tripoli on Monday between Turkish Defence Minister Hulusi Akar, Qatari Defence Minister Khalid Al Attiyah and GNA head Fayez Al Sarraj was "a new alliance against the Libyan people and their army". He said the army would not allow Turkish bases on Libyan soil.

According to the GNA, the three parties agreed that Turkey and Qatar would train the militias in Tripoli, send military advisers and establish training centres. Reports in Turkish media have also pointed to plans for Turkey to set up a naval base in Misrata and an air base at Al Watiya.

Egypt's foreign ministry has not commented officially, but Egyptian media described the visit as a "dangerous escalation".

Arab diplomats said the agreement undermines international efforts, including the Berlin process, to end foreign interference. The UN estimates that thousands of Syrian mercenaries have been brought to Libya by Turkey.

Earlier this month, the LNA said it had detected Turkish military cargo flights landing at Misrata and Al Watiya on a daily basis, and warned it would respond to any attack on Sirte and Al Jufra.

Related Articles
- Sisi: Sirte and Jufra are red lines
- Arab League rejects foreign intervention in Libya
- Turkish warship sighted off Misrata"""),
]
