"""Second one-off pass (ALREADY APPLIED to the part files; do not rerun): shared wire background paragraphs and extra context."""
import sys
MPA_BG = """The U.N.-recognised government and the eastern camp have been locked in a power struggle since 2014. Turkey backs the Tripoli government; the United Arab Emirates, Egypt and Russia have supported Haftar. A Berlin summit in January committed foreign powers to respect a U.N. arms embargo, a pledge U.N. experts say has been widely ignored."""
ADD = [
("part02.py", "The GNA was formed under the 2015 Skhirat agreement, and Sarraj, a former architect and Tripoli lawmaker, has led the Presidential Council since it arrived in the capital in March 2016.", MPA_BG),
("part05.py", "The 5+5 commission, made up of five officers from each side, was set up after a Berlin summit in January but has met only intermittently.", MPA_BG.replace("A Berlin summit in January committed", "The Berlin summit also committed")),
("part07.py", "The military talks will be followed by a political forum in Tunisia in early November that the U.N. hopes will produce a unified executive and a path to elections.",
"""The U.N.-recognised government and the eastern camp have been locked in a power struggle since 2014. A Berlin summit in January committed foreign powers to respect a U.N. arms embargo, a pledge U.N. experts say has been widely ignored.

In Tripoli, Prime Minister Fayez al-Sarraj has said he intends to hand over power by the end of this month, once a new executive is chosen. Haftar lifted an eight-month blockade of oil facilities in September, and output has been climbing since."""),
("part09.py", "The U.S. Embassy in Libya welcomed the outcome.", MPA_BG),
("part03.py", "Official Moscow did not comment on these reports.",
"""Kremlin spokesman Dmitry Peskov has said on several occasions that Russia maintains contacts with all Libyan parties and is interested in the restoration of Libya's oil exports as a source of stability for the country."""),
("part07.py", "Moscow has repeatedly welcomed the steps of the Libyan parties towards dialogue.",
"""The resumption of air traffic between west and east follows the lifting of the blockade on oil facilities announced by Haftar on September 18, after an agreement with the deputy head of the Presidential Council, Ahmed Maiteeg. In the middle of September Fayez Sarraj said he was ready to transfer his powers to a new executive by the end of October.

The 5+5 military commission is due to meet in Geneva next week."""),
("part06.py", "The reopening of air links was among the recommendations of the security and military talks held in Hurghada at the end of September.",
"""Libyan Airlines, the other state carrier, is also expected to resume flights between the two cities, airport sources said, while the transport ministry is studying flights from Benina to Sabha and other southern airports.

Passengers who spoke to Tripoli Free Voice at Mitiga said they were happy but cautious. "We have seen many agreements collapse," said one man waiting for news of the regular schedule. "When the road and the sky are open for everyone, then we will believe it.\""""),
("part04.py", "It is worth mentioning that the Libyan file witnesses these days a rapid movement, as the Field Marshal Haftar announced yesterday Friday the resumption of oil production and export, with conditions that guarantee the fair distribution of revenues.",
"""And the Turkish President had said in the same statements that the meetings between the intelligence of his country and the Egyptian intelligence are possible, in a first sign of this kind, while he criticized the agreement of maritime borders demarcation signed between Cairo and Athens last August.

It is worth mentioning that the Libyan parliament in Tobruk had announced in January last the cancellation of the memoranda signed between al-Sarraj and Ankara, considering them invalid because they were not ratified by it."""),
("part10.py", "Participants have committed not to assume positions in the new executive authority.",
"""The Forum's preparations included a series of virtual consultations since October 26 with the participants, as well as consultations led by UNSMIL with Libyan municipalities, women, youth and civil society organisations. The Forum builds on the outcomes of the Berlin Conference of 19 January 2020 and UN Security Council resolution 2510 (2020)."""),
]
for fn, anchor, extra in ADD:
    s = open(fn, encoding="utf-8").read()
    if s.count(anchor) != 1: sys.exit(f"anchor not unique in {fn}: {anchor[:50]}")
    s = s.replace(anchor, anchor + "\n\n" + extra, 1)
    open(fn, "w", encoding="utf-8").write(s)
print("done")
