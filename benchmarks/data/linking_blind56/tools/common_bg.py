# Background paragraphs that outlets reuse nearly verbatim across stories,
# as wires do. Small variations are applied in the part files where needed.

MWS_BG_LIBYA = """Libya has had no stable central authority since a NATO-backed uprising toppled and killed Muammar Gaddafi in 2011. Since 2014 it has been split between rival administrations in the east and the west, each backed by an array of armed groups and foreign allies."""

MWS_BG_2020 = """Haftar's Libyan National Army (LNA), backed by the United Arab Emirates, Egypt and Russia, launched an offensive in April 2019 to seize Tripoli, seat of the UN-recognised Government of National Accord (GNA). Turkey has stepped up military support for the GNA in recent weeks. Libya has had no stable central authority since a NATO-backed uprising toppled Muammar Gaddafi in 2011."""

MWS_BG_LATE2020 = """Haftar's Libyan National Army (LNA), backed by the United Arab Emirates, Egypt and Russia, launched an offensive in April 2019 to seize Tripoli, seat of the UN-recognised Government of National Accord (GNA). The assault collapsed in June 2020 after Turkey stepped up military support for the GNA, and front lines have since settled around the coastal city of Sirte and the Jufra air base. Libya has had no stable central authority since a NATO-backed uprising toppled Muammar Gaddafi in 2011."""

NC_BG_PROXY = """What began as a contest between Libyan factions has become one of the most crowded proxy wars in the region. The United Arab Emirates and Egypt have backed Haftar with money, weapons and air power, according to UN sanctions monitors; Russian mercenaries linked to the Wagner group appeared on the Tripoli front last autumn; and Turkey has sent drones, air-defence systems and, according to Western officials, Syrian fighters to prop up the government in Tripoli."""

AEM_BG_HAFTAR = """Haftar, a former officer in Muammar Kadhafi's army who broke with the regime in the 1980s and spent some two decades in exile in the United States, returned to Libya during the 2011 uprising. His self-styled Libyan National Army controls the east and much of the south of the country and is backed by the United Arab Emirates and Egypt."""

MWS_BG_BERLIN = """At the Berlin conference on Jan. 19, leaders and ministers from countries involved in the conflict pledged to respect the U.N. arms embargo and to stop interfering in Libya's war, commitments the U.N. has since said are being widely ignored."""

MWS_BG_PROCESS_2021 = """Under the ceasefire signed in Geneva on Oct. 23, 2020, the two sides agreed that all foreign fighters and mercenaries should leave within three months. The U.N.-facilitated Libyan Political Dialogue Forum, meeting in Tunis in November, set national elections for Dec. 24, 2021. The deadline for the withdrawal of foreign forces passed on Jan. 23 with no sign of any departure."""
