"""Background paragraphs that an outlet reuses (nearly) verbatim across its stories,
as wire services do. Written for this set; not copied from any source."""

# Meridian Press Agency (MPA), international wire
MPA_ROOTS = (
    "Libya has had little peace since a NATO-backed uprising toppled Muammar Gaddafi in 2011. "
    "In 2014 it split between rival administrations in the east and west, with Khalifa Haftar's "
    "eastern-based Libyan National Army (LNA) backed by the United Arab Emirates, Egypt and Russia, "
    "and the authorities in Tripoli backed by Turkey."
)
MPA_WAR = (
    "Haftar's 14-month assault on Tripoli collapsed in June 2020 after Turkey sent drones, "
    "advisers and Syrian fighters to help the government there. A ceasefire signed in Geneva in "
    "October 2020 has largely held, though thousands of foreign fighters and mercenaries, "
    "including Russians of the Wagner Group, remain in the country."
)
MPA_PROCESS = (
    "A UN-led forum picked Abdulhamid Dbeibah, a businessman from Misrata, as interim prime "
    "minister in February 2021 with a mandate to take the country to presidential and "
    "parliamentary elections on Dec. 24."
)
MPA_STANDOFF = (
    "The eastern-based House of Representatives argued that Dbeibah's mandate ran out when the "
    "December election collapsed, and in February it named Fathi Bashagha, a former interior "
    "minister, to form a new government. Dbeibah has refused to step aside, saying he will hand "
    "power only to an elected government."
)

# Continental Wire Service (CWS), international wire
CWS_ROOTS = (
    "Oil-rich Libya has been wracked by violence since the fall and killing of longtime dictator "
    "Moamer Kadhafi in a NATO-backed revolt in 2011, with a myriad of armed groups forming "
    "shifting alliances and foreign powers lining up behind rival camps."
)
CWS_WAR = (
    "Eastern strongman Khalifa Haftar, backed by Egypt, the United Arab Emirates and Russia, "
    "launched an offensive on Tripoli in April 2019 that was beaten back 14 months later with "
    "Turkish military support. A ceasefire signed in October 2020 paved the way for a "
    "UN-sponsored political process."
)
CWS_OIL = (
    "Libya sits on Africa's largest proven crude reserves, and its oil installations have "
    "repeatedly been used as bargaining chips by rival factions, with blockades in 2020 alone "
    "costing the country more than $9 billion in lost revenue, according to the NOC."
)

# Anatolia Daily Herald (ADH), Turkish state media in English
ADH_ROOTS = (
    "After the 2011 fall of Muammar Gaddafi, Libya ended up with two centres of power: an "
    "administration in the east backed chiefly by Egypt and the UAE, and the internationally "
    "recognized government in the capital Tripoli."
)
ADH_TURKEY = (
    "Ankara signed a security and military cooperation memorandum with Libya's legitimate "
    "government in November 2019. Turkish support helped Tripoli repel the assault launched in "
    "April 2019 by warlord Khalifa Haftar's militias, which were backed by the UAE, Egypt, "
    "France and Russian Wagner mercenaries."
)

# The Chronicle Review, Western broadsheet
CHR_CONTEXT = (
    "To understand why, it helps to recall how Libya came apart. The 2011 uprising that ended "
    "Muammar Gaddafi's 42-year rule, and the NATO air campaign that made it possible, left no "
    "army and no functioning state, only hundreds of armed groups organised by town, tribe and "
    "ideology. A disputed parliamentary election in 2014 produced two governments, one in "
    "Tripoli and one in the east, and outside powers have since treated the country as a "
    "chessboard."
)
