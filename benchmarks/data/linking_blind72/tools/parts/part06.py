G = "france_suspends_role_in_nato_sea_guardian_2020_07_01"

ARTICLES = [
dict(group=G, published="2020-07-01", outlet="Levant Wire Service",
title="France suspends role in NATO Mediterranean mission in row with Turkey",
text="""
PARIS (LWS) - France has suspended its participation in a NATO maritime security operation in the Mediterranean after a standoff between French and Turkish warships off Libya last month, the French Armed Forces Ministry said on Wednesday.

The ministry said France had sent a letter to NATO on Tuesday informing the alliance that it was temporarily withdrawing its assets from Operation Sea Guardian until its demands were met.

Paris wants allies to solemnly reaffirm their commitment to the United Nations arms embargo on Libya, wants Turkish ships to stop using NATO call signs when they are not on alliance missions, and is calling for a mechanism to prevent a repeat of the June 10 incident and for better cooperation between NATO and the European Union's embargo mission, Irini.

France says a Turkish frigate escorting a cargo ship bound for Libya locked its fire-control radar three times on the French frigate Courbet, which was trying to inspect the cargo vessel under the Sea Guardian mandate. Turkey denies the account and says the French ship acted aggressively.

NATO launched an investigation after France raised the incident at a meeting of defence ministers on June 17-18. The findings have not been made public. A NATO official said the decision on national contributions was a sovereign one for each ally and that Sea Guardian would continue.

Turkey's ambassador to France, Ismail Hakki Musa, told a French Senate hearing on Wednesday that NATO experts had not reached the same conclusion as Paris and that, as he understood it, the Courbet was withdrawing from the operation.

The row has escalated in recent weeks. President Emmanuel Macron accused Turkey on June 22 of playing a "dangerous game" in Libya, and on Monday, at a joint appearance with German Chancellor Angela Merkel, said Ankara bore a "historic and criminal responsibility" in the conflict. Turkish officials have accused France of backing Haftar and have demanded an apology over the frigate accusations.

French Foreign Minister Jean-Yves Le Drian said European Union foreign ministers would discuss relations with Turkey on July 13 and that further sanctions could be considered.

Libya has been split since 2014 between rival administrations in Tripoli and the east. Turkey's support helped the internationally recognised Government of National Accord (GNA) push back a 14-month offensive on Tripoli by eastern commander Khalifa Haftar, whose Libyan National Army (LNA) is backed by the United Arab Emirates, Egypt and Russia. France denies accusations that it has backed Haftar.

The Cirkin, a Tanzanian-flagged freighter, had earlier on June 10 been approached by a helicopter from a Greek frigate serving in the EU's Irini operation, which withdrew after a Turkish warship said the cargo ship was under Turkish protection. France says the freighter had switched off its tracking transponder.

(Reporting by Juliette Morand in Paris and Ece Karahan in Ankara; Editing by Mark Tressel)
"""),

dict(group=G, published="2020-07-02", outlet="The Meridian",
title="France walks out of NATO sea mission, turning a radar incident into a test for the alliance",
text="""
THE MERIDIAN | WORLD | Thursday July 2 2020

France walks out of NATO sea mission, turning a radar incident into a test for the alliance

Paris wants allies to take sides over Turkey's conduct off Libya. Most would rather not

By Harriet Calloway, Diplomatic Correspondent, and Luc Ferrand in Paris

France has pulled its ships out of NATO's maritime security operation in the Mediterranean, escalating a dispute with Turkey that has been building for months and forcing the alliance to confront a quarrel between two of its members that it has tried hard to manage out of sight.

The French Armed Forces Ministry said on Wednesday that it had written to NATO the previous day to say that its participation in Operation Sea Guardian was suspended "temporarily". Paris set out four conditions for its return: a solemn reaffirmation by allies of their commitment to the UN arms embargo on Libya; an end to the use of NATO call signs by Turkish ships that are not on alliance missions; a mechanism to prevent incidents at sea between allies; and closer cooperation between NATO and the EU's own embargo operation, Irini.

The immediate cause is the encounter on June 10 between the French frigate Courbet and three Turkish Navy ships escorting a Tanzanian-flagged freighter, the Cirkin, towards Libya. According to the French account, made public on June 17, one of the Turkish frigates locked its fire-control radar on the Courbet three times as it tried to check the freighter, which Paris suspected of carrying arms. Turkish sailors put on body armour and manned their weapons. Turkey has denied this, saying the French ship manoeuvred dangerously and never made contact, and has demanded an apology.

Florence Parly, the French defence minister, raised the matter at a video meeting of NATO defence ministers on June 17-18 and secured an investigation. The report has been classified, and diplomats say it did not settle the facts either way. Turkey's ambassador in Paris, Ismail Hakki Musa, told the French Senate on Wednesday that NATO's experts had not reached the same conclusion as France.

A widening rift

The quarrel is about far more than one encounter at sea. Emmanuel Macron has spent the past year as Europe's sharpest critic of Recep Tayyip Erdoğan. Last November, after Turkey launched an offensive against Kurdish forces in northern Syria without consulting allies, he told The Economist that NATO was experiencing "brain death". He has attacked Turkey's purchase of Russian S-400 air defence missiles and its drilling off Cyprus.

Libya has made it personal. Turkish drones, air defences and Syrian fighters turned the tide of the war this spring for the Government of National Accord (GNA) in Tripoli, which had been besieged since April 2019 by Khalifa Haftar's Libyan National Army. The GNA captured the al-Watiya airbase in May and the town of Tarhuna in early June, and now has its eyes on Sirte, the gateway to the oil-rich east. France, which recognises the GNA, has been accused for years of quietly backing Haftar as a bulwark against jihadists in the Sahel, a charge Paris denies.

On June 22, Mr Macron accused Turkey of playing a "dangerous game" in Libya. On Monday, at a joint appearance with Angela Merkel outside Berlin, he went further, saying Turkey bore a "historic and criminal responsibility" for the conflict. Ankara has accused Paris of hypocrisy, pointing to the Russian mercenaries of the Wagner group and the Russian fighter jets that the US military says have been flown to Haftar's bases, as well as to arms shipments from the United Arab Emirates.

The regional stakes have risen too. On June 20, President Abdel Fattah al-Sisi warned that Egypt might intervene directly in Libya if GNA and Turkish-backed forces crossed a line running from Sirte to the al-Jufra airbase. Greece, which is locked in its own dispute with Turkey over the maritime memorandum Ankara signed with Tripoli last November, has lined up alongside France; its foreign minister, Nikos Dendias, was in eastern Libya this week for talks with Aguila Saleh, the speaker of the Haftar-aligned parliament.

What allies will do

France is not leaving NATO's command and its withdrawal from Sea Guardian, a modest operation focused on situational awareness and counter-terrorism, has limited military consequence. NATO said only that contributions were a national decision and that the operation continues.

The political message is aimed elsewhere. Paris wants allies, and particularly Germany, Italy and the United States, to say openly that Turkey's conduct is incompatible with the alliance. Few are ready to do so; Washington sees Turkey as a counterweight to Russia in Libya, and Berlin, which holds the EU presidency from Wednesday, wants to preserve its role as mediator between Ankara and Athens.

Jean-Yves Le Drian, the French foreign minister, said EU foreign ministers would discuss Turkey on July 13 and that new sanctions could be considered, beyond those already adopted over drilling in Cypriot waters.

Ankara, for its part, has presented the whole affair as an attempt by Paris to deflect attention from its own record in Libya. Few diplomats expect either side to back down soon.
"""),

dict(group=G, published="2020-07-02", outlet="Haber Kıyı English",
title="France has withdrawn from NATO's Sea Guardian operation after the Çirkin crisis",
text="""
[ad_1]

France has withdrawn from NATO's Sea Guardian operation after the Çirkin crisis

France, after the tension which was lived with the Turkish fırkateyn in the Mediterranean on 10 June, has announced that it suspended temporarily its participation to the NATO's maritime operation "Deniz Muhafızı" (Sea Guardian).

Fransız Silahlı Kuvvetler Bakanlığı announced yesterday that a letter was sent to the NATO Secretary General Jens Stoltenberg on Tuesday. In the letter France put four demands, among them that the Turkish ships stop to use the NATO call signs and that the allies renew their commitment to the arms embargo on Libya.

France is claiming that in the incident the Courbet fırkateyni was targeted three times by fire control radar of a Turkish frigate while it was trying to control the Tanzania flagged "Çirkin" gemisi which was going to Libya. Turkey is rejecting these claims from the beginning.

"NATO experts did not arrive to same conclusion"

Turkey's Paris Büyükelçisi İsmail Hakkı Musa, speaking at the Foreign Affairs Committee of the French Senate, said that the investigation made by NATO did not confirm the claims of France. "It seems that NATO experts did not reach the same conclusion. I received the information yesterday, it seems the Courbet is withdrawing from this NATO activity," Musa said.

Musa also said that it was the French ship which made dangerous maneuvers and that the Turkish ships only did their duty of escorting the ship which was carrying humanitarian aid to Libya.

Ankara has asked France to make an unconditional apology (özür) for the accusations.

Macron'un sözleri

The French President Emmanuel Macron, in his joint press conference with German Chancellor Angela Merkel on Monday, had claimed that Turkey has "historical and criminal responsibility" in Libya. Turkish officials reacted strongly to these words and reminded that France is supporting the darbeci (putschist) Hafter, who is attacking the legitimate government in Tripoli since April 2019.

NATO spokesperson said that the participation to the operations is decision of each ally and that Sea Guardian continues.

The French Foreign Minister Le Drian said that the EU Foreign Ministers will discuss the relations with Turkey at 13 July meeting.

What was happened on 10 June?

According to the French claim, the Çirkin gemisi, which was escorted by three Turkish savaş gemisi, was going to Libya when Courbet wanted to identify it in the name of NATO. On the same day in the morning, also a Greek fırkateyn which is in the EU's Irini operation tried to approach to the ship with helicopter, but the Turkish frigate told that the ship is under the protection of the Republic of Turkey and the helicopter went back. France brought the issue to the NATO Defence Ministers meeting on 17-18 June and NATO Secretary General Stoltenberg announced an investigation. The result of the investigation was not made public.

Turkey says that France is supporting Hafter together with the UAE, Egypt and Russia, while Turkey is supporting the legitimate Government of National Accord according to the memorandum signed in November 2019.

OKU: Akar: Türkiye Libya'da meşru hükümetin yanındadır
OKU: Doğu Akdeniz'de yeni NAVTEX
"""),
]
