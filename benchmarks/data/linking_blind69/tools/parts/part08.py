# Event: Libya ceasefire takes effect at midnight (12 Jan 2020)
G = "libya_ceasefire_takes_effect_2020_01_12"

ARTICLES = [
dict(group=G, published="2020-01-12", outlet="Meridian Press International",
title="Libya truce takes effect but both sides report violations near Tripoli",
text="""TRIPOLI (MPI) - A ceasefire called by Turkey and Russia took effect in Libya early on Sunday, bringing a lull in fighting around Tripoli, though both warring sides accused each other of breaching it within hours.

The eastern-based Libyan National Army (LNA) of Khalifa Haftar announced late on Saturday that it would halt operations in the western region from one minute past midnight (2201 GMT Saturday), on condition that the other side did the same. LNA spokesman Ahmed al-Mismari warned that any violation would be met with a "harsh response".

Hours later, Fayez al-Sarraj, head of the internationally recognised Government of National Accord (GNA), announced that the GNA was also observing the truce in response to the call by the Turkish and Russian presidents, while stressing its right to respond to any attack.

But the GNA said in a statement that it had recorded gunfire on the Salahuddin and Wadi Rabea front lines "minutes" after the ceasefire was meant to start. Exchanges of fire could be heard in Salahuddin and Ain Zara on Sunday morning, residents said. The LNA in turn accused pro-GNA forces of violating the truce on several axes.

By afternoon, however, the southern suburbs were markedly quieter than in recent weeks, residents said. Turkey's defence ministry said the sides were largely abiding by the ceasefire and that the situation was generally calm.

The GNA said a full and lasting ceasefire would only be possible if the LNA withdrew to the positions it held before launching its offensive, a demand Haftar's camp has rejected.

The United Nations mission in Libya welcomed the announcements and urged all parties to respect the truce and pave the way for a political process.

The ceasefire was called for on Wednesday by Presidents Tayyip Erdogan and Vladimir Putin, whose countries back opposing sides, after talks in Istanbul. Haftar initially rebuffed the call on Thursday, saying his fight against "terrorist groups" would continue, before accepting it on Saturday evening. German Chancellor Angela Merkel, who met Putin in Moscow on Saturday, said she hoped to hold an international conference on Libya in Berlin soon.

Sarraj met Italian Prime Minister Giuseppe Conte in Rome on Saturday, days after cancelling a visit in protest at Conte's reception of Haftar. Italy, the former colonial power, has been trying to regain a role in Libyan diplomacy after being sidelined by Ankara and Moscow.

The truce follows a week of escalation. The LNA took the coastal city of Sirte on Monday, and an air strike on a Tripoli military academy on Jan. 4 killed about 30 cadets. Turkey's parliament approved a troop deployment to support the GNA on Jan. 2.

Libya has had no stable central authority since the 2011 NATO-backed uprising that toppled Muammar Gaddafi, and since 2014 it has been split between rival administrations in Tripoli and the east. Haftar's Libyan National Army (LNA) is backed by the United Arab Emirates and Egypt, while the GNA is supported by Turkey and Qatar.

(Reporting by MPI Tripoli and Benghazi newsrooms; editing by Clare Dunmore)"""),

dict(group=G, published="2020-01-12", outlet="Haber Vakti Gazetesi (English)",
title="In Libya ateşkes entered into force: Hafter militias violated in Salahaddin",
text="""Ana Sayfa > Dünya > In Libya ateşkes entered into force

12.01.2020 - 11:32

The ateşkes (ceasefire) in Libya, which was called by Cumhurbaşkanı Recep Tayyip Erdoğan and Rusya Devlet Başkanı Vladimir Putin in the Istanbul meeting, entered into force as of 00.00 local time.

The Libya Ulusal Mutabakat Hükümeti (UMH) Başkanlık Konseyi Başkanı Fayiz es-Serrac announced that they are complying with the ateşkes as an answer to the call of Sayın Erdoğan and Putin. Serrac in his statement underlined that the legitimate right to respond to any attack or aggression is reserved. In the statement of UMH it was also said that the full implementation of the ateşkes can only be possible with the withdrawal of the aggressor to where he came from.

The darbeci Hafter had announced late Saturday that his militias will comply with the ateşkes in the western region as of 00.01, after rejecting the call on Thursday. However, according to the statement of UMH, a short time after the ateşkes started the Hafter militias opened fire in Salahaddin and Vadi Rebi regions in the south of Trablus.

Milli Savunma Bakanlığı (MSB) in its statement said that the ateşkes in Libya is generally being complied with, and calm is dominating the region apart from a few isolated incidents, and that Turkey is supporting all efforts for the peace and stability of Libya.

It is recalled that Erdoğan and Putin, after the TürkAkım opening ceremony in Istanbul on 8 January, had called all sides in Libya to stop the conflicts as of 12 January 00.00 and to come to the negotiation table.

Dışişleri Bakanı Mevlüt Çavuşoğlu had said Saturday that "we are waiting from our Russian friends to convince Hafter". Also German Başbakan Angela Merkel, who met Putin in Moscow on Saturday, said that she supports the Turkey-Russia initiative and that the Berlin Konferansı could be made soon.

Serrac before the ateşkes had visited Roma on Saturday and met with İtalya Başbakanı Giuseppe Conte, a few days after he canceled his Roma visit because of the presence of Hafter at the Başbakanlık.

Libya since 4 April 2019 is under the attacks of Hafter forces supported by BAE, Mısır and Wagner paralı askerleri. Last week the Hafter forces entered Sirte city.

Turkish soldiers started to go to Libya after the TBMM approved the tezkere on 2 January.

Bu habere yorum yapın
Yorumlar (0)

Çerez Politikası: Sitemizde çerezler kullanılmaktadır. Devam ederek kabul etmiş olursunuz. TAMAM"""),

dict(group=G, published="2020-01-13", outlet="Gulf Sentinel",
title="Calm returns to Tripoli fronts as LNA-declared truce largely holds",
text="""BENGHAZI / TRIPOLI - A ceasefire declared by the Libyan National Army (LNA) in the western region largely held through Sunday, bringing a rare day of relative calm to the southern outskirts of Tripoli after more than nine months of fighting, despite accusations of breaches on both sides.

The General Command of the LNA, led by Field Marshal Khalifa Haftar, announced on Saturday evening a ceasefire in the western military zone starting from 00:01 on Sunday, on condition that the other side abide by it. Spokesman Major General Ahmed al-Mismari said any violation would be met with a severe response.

The Tripoli-based Government of National Accord (GNA) of Fayez al-Sarraj said early on Sunday that it also accepted the truce, while demanding that the LNA withdraw from its positions around the capital, a demand the army rejects.

The GNA accused the LNA of firing on its positions in Salahuddin and Wadi al-Rabie shortly after midnight. LNA sources said it was militias loyal to the GNA that had opened fire on army units on several axes, and that the army had exercised restraint in line with the orders of the General Command.

Residents of southern Tripoli reported sporadic gunfire in the early hours but said the day was far quieter than any in recent weeks.

The ceasefire was proposed on Wednesday by the Russian and Turkish presidents in Istanbul. The LNA had initially said its campaign against terrorist groups in Tripoli would continue, before agreeing on Saturday evening to the truce.

In Sirte, which the army liberated last Monday, LNA commanders said the city was fully secured. Field commander Colonel Mohamed al-Qabsi said the operation had been coordinated by the General Command through the Sirte operations room and that the city had been completely liberated.

Diplomatic efforts intensified over the weekend. In Moscow on Saturday, Russian President Vladimir Putin and German Chancellor Angela Merkel discussed Libya, with Putin stressing the importance of establishing a ceasefire and restoring the political process. In Rome, Italian Prime Minister Giuseppe Conte received Sarraj on Saturday, days after hosting Field Marshal Haftar.

The Russian foreign ministry said on Monday that Field Marshal Haftar and Sarraj would take part in talks in Moscow on Monday, under the auspices of the foreign and defence ministers of Russia and Turkey, aimed at consolidating the ceasefire.

The UAE has repeatedly said that it supports a political solution in Libya and the efforts of the UN envoy.

Read also: LNA announces ceasefire in western region from Sunday

You may also like:
- Egypt, UAE discuss developments in Libya
- Libyan parliament cuts ties with Turkey"""),
]
