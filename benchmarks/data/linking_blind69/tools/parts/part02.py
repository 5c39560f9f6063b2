# Event: Turkish parliament approves Libya troop mandate (2 Jan 2020)
G = "turkish_parliament_approves_libya_troop_mandate_2020_01_02"

ARTICLES = [
dict(group=G, published="2020-01-03", outlet="The Atlantic Ledger",
title="Turkish lawmakers clear the way for troops to Libya, raising the stakes in a crowded proxy war",
text="""By Helen Marsh, Istanbul

Turkey's parliament voted on Thursday to allow President Recep Tayyip Erdogan to send troops to Libya, a step that could turn Ankara from an arms supplier into a direct combatant in a civil war that has already drawn in the United Arab Emirates, Egypt and Russian mercenaries.

Lawmakers, called back early from their winter recess for an emergency session, approved the motion by 325 votes to 184. It gives the government a one-year mandate and leaves the size, timing and nature of any deployment to the president's discretion. Erdogan's Justice and Development Party and its nationalist allies carried the vote; the main opposition Republican People's Party, the nationalist IYI Party and the pro-Kurdish HDP all voted against.

The motion, submitted to parliament on Monday, argues that the fighting around Tripoli threatens Turkey's interests in the Mediterranean and North Africa and could unleash new waves of migration and give room to terrorist groups. Opposition deputies countered that Turkey had no business being dragged into what one described during the debate as somebody else's war, and warned that Turkish soldiers could end up facing Russian contractors on the same battlefield.

No deployment is expected immediately. Turkish officials have hinted that the mandate itself is meant partly as a message to Khalifa Haftar, the eastern commander whose forces have been trying to take the capital since April, and to the governments that arm him.

The reaction abroad was swift. Within hours, the White House said President Donald Trump had spoken by telephone with Erdogan and "pointed out that foreign interference is complicating the situation in Libya." In Cairo, President Abdel Fattah al-Sisi convened Egypt's National Security Council, and the foreign ministry condemned the vote as a violation of United Nations Security Council resolutions on Libya. On the same day, the leaders of Greece, Cyprus and Israel met in Athens to sign an agreement on the planned EastMed gas pipeline, a project that runs straight across the maritime zone Ankara and Tripoli claim to have carved out between them.

That maritime deal, signed alongside a security pact on Nov. 27, is the other half of the story. In return for Turkish military help, the Government of National Accord (GNA) of Prime Minister Fayez al-Sarraj agreed to a boundary line that Greece, Cyprus and Egypt say tramples their rights and has no basis in international law. The European Union has said the same. For Ankara, which has long complained of being boxed in by its neighbours' claims in the eastern Mediterranean, the accord is a strategic prize that only survives as long as the government in Tripoli does.

And that government has been under strain. Haftar's self-styled Libyan National Army launched its offensive on April 4, days before a UN-organised national conference was due to take place. After an initial surge the attack stalled in the southern suburbs, but over the autumn the arrival of Russian fighters from the Wagner group, deployed alongside Haftar's units, and a steady campaign of drone strikes tilted the balance. On Dec. 12 Haftar declared the start of what he called the decisive battle for the city. The UN says more than 280 civilians and some 2,000 fighters have been killed since April, and well over 100,000 people have fled their homes.

Turkey has supplied the GNA with armoured vehicles and armed drones since at least last spring, in breach of a UN arms embargo that diplomats say every outside power in the conflict has ignored. The GNA last month formally asked Ankara for more help, and Erdogan said on Dec. 26 that he would put the question to parliament.

What comes next is uncertain. Turkey lacks a land border with Libya and would have to supply any force by sea or air over long distances, without the benefit of friendly neighbouring states. Tunisia, which Erdogan visited on Christmas Day, has said it wants to stay neutral. Analysts in Ankara expect an initial contingent of trainers, advisers and air-defence specialists rather than combat brigades.

There is also diplomacy. Germany has been preparing an international conference on Libya for months under what has become known as the Berlin process, but has yet to set a date. Erdogan is due to host President Vladimir Putin in Istanbul next Wednesday for the inauguration of the TurkStream gas pipeline, and both sides have said Libya will be on the agenda. Russia and Turkey already manage a fragile arrangement in northern Syria while backing opposite sides there. Some diplomats think the two leaders may try something similar in Libya, with or without the Europeans.

In the eastern city of Benghazi, Haftar's allies reacted with fury. Members of the eastern-based House of Representatives have called for an emergency session, and the LNA's spokesman has repeatedly described any Turkish deployment as an invasion that his forces would confront.

For now the vote is a mandate, not a deployment. But Turkey has shown in Syria that once Erdogan has parliamentary cover, he is prepared to use it."""),

dict(group=G, published="2020-01-02", outlet="Haber Vakti Gazetesi (English)",
title="Libya tezkeresi accepted in TBMM General Assembly: 325 yes, 184 no",
text="""Exit mobile version

Libya tezkeresi accepted in TBMM General Assembly: 325 yes, 184 no

02.01.2020 - 17:48 | Son güncelleme: 18:05

The presidential tezkere which is foreseeing the sending of Turkish Armed Forces (TSK) to Libya, was accepted in Turkish Grand National Assembly (TBMM) Genel Kurul with 325 evet vote against 184 hayır vote.

The Meclis which was in the winter tatil, came together extraordinary today upon the call of TBMM Başkanı Mustafa Şentop. In the closed-voting the AK Parti and MHP deputies gave support to the tezkere, while CHP, İYİ Parti and HDP deputies voted against it.

According to the tezkere, the duration of authority is one year. The determination of the scope, amount and time of the sending of the troops will be made by Cumhurbaşkanı Sayın Recep Tayyip Erdoğan, it is said.

In the tezkere text it is stated that the attacks initiated by the illegal armed groups against the legitimate government of Libya is a threat for the interests of our country in the Mediterranean basin and North Africa, and that the risks like irregular migration and terror organizations can reach also to our country.

During the debates, CHP Grup Başkanvekili said that sending Mehmetçik to a foreign land for a war which is not ours is not correct, while AK Parti deputies said Turkey will not leave the Libyan kardeşler alone against the darbeci Hafter and his foreign supporters.

Dışişleri Bakanı Mevlüt Çavuşoğlu, speaking to the journalists before the session, had said that the tezkere was prepared upon the invitation of the Libya Ulusal Mutabakat Hükümeti (UMH) and that it is fully in accordance with international law.

It is remembered that the tezkere was sent to the Meclis Başkanlığı on Monday 30 December with the signature of Cumhurbaşkanı Erdoğan. Previously President Erdoğan had announced on 26 December that the Libyan government requested military support from Turkey. Cumhurbaşkanı Yardımcısı Fuat Oktay had also said on 21 December that if the Libyan kardeşler make such a request, Turkey is ready to do what is necessary.

After the vote, Mısır Dışişleri Bakanlığı in a statement condemned the decision of the Meclis, claiming that it violates the BM Güvenlik Konseyi resolutions on Libya. Also according to the Beyaz Saray, ABD Başkanı Donald Trump in a telefon görüşmesi with Cumhurbaşkanı Erdoğan today said that foreign interference is complicating the situation in Libya.

Turkey and Libya had signed on 27 November in Istanbul memorandum of understanding on security and military cooperation and on the delimitation of maritime jurisdiction areas (deniz yetki alanları). The Hafter forces, which are supported by UAE, Egypt and Russian Wagner paralı askerler, are since April attacking to Trablus.

ETİKETLER: Libya tezkeresi, TBMM, Hafter, TSK

Bu haberi paylaş
Facebook Twitter WhatsApp

İLGİLİ HABERLER
Cumhurbaşkanı Erdoğan: Libya'dan davet var, gideceğiz
Çavuşoğlu: Tezkere uluslararası hukuka uygun"""),

dict(group=G, published="2020-01-03", outlet="Nile Courier",
title="Turkish parliament votes to send troops to Libya; Cairo warns of threat to Arab national security",
text="""CAIRO - Turkey's parliament on Thursday approved a motion allowing President Recep Tayyip Erdogan to send military forces to Libya in support of the Tripoli-based government of Fayez al-Sarraj, a move Egypt immediately denounced as a flagrant violation of international law.

The motion passed by 325 votes to 184 in an extraordinary session of the Turkish Grand National Assembly, with the ruling Justice and Development Party and its nationalist ally voting in favour. It grants the Turkish presidency a one-year authorisation to deploy troops at a time and scale of its choosing.

Within hours of the vote, the Egyptian Foreign Ministry issued a statement condemning the decision "in the strongest terms". The ministry said the move violated Security Council resolutions on Libya, in particular Resolution 1970 of 2011, which prohibits the supply of arms and military cooperation with Libya except with the approval of the sanctions committee.

The ministry reiterated that Cairo regards the two memorandums signed between Ankara and Sarraj in November as null and void, and will not recognise any consequences arising from them. It warned that Turkish military intervention would harm the stability of the Mediterranean region and said Turkey would bear full responsibility for the consequences.

President Abdel Fattah al-Sisi chaired a meeting of the National Security Council on Thursday afternoon to review developments in Libya. Presidential spokesman Bassam Radi said the council had identified a set of measures at various levels to confront any threat to Egyptian national security.

Foreign Minister Sameh Shoukry held telephone calls on Thursday with his counterparts from Saudi Arabia, Greece and Cyprus and with the UAE Minister of State for Foreign Affairs to discuss what the ministry called the dangerous Turkish escalation. The Egyptian House of Representatives also issued a statement warning that Egypt would not stand idle in the face of threats to its security.

The vote came two days after the Arab League Council, meeting in emergency session in Cairo on December 31, rejected any foreign interference in Libya.

Observers in Cairo note that Turkey has already been supplying drones and armoured vehicles to the armed groups defending Tripoli, and that the Libyan National Army (LNA), led by Field Marshal Khalifa Haftar, has accused Ankara of transferring Syrian fighters to the Libyan capital. The LNA has been conducting a military operation since April 4 to take Tripoli from what it calls terrorist militias.

Libya's eastern-based House of Representatives, which backs the LNA, has called for an emergency session in Benghazi to respond to the Turkish decision. Speaker Aguila Saleh has previously described the Turkish-Sarraj memorandums as a breach of Libyan sovereignty.

Egypt shares a border of more than 1,000 kilometres with Libya and has repeatedly said that the security of its western neighbour is an integral part of its own national security."""),
]
