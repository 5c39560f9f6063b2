# Background paragraphs that the invented wires reuse nearly verbatim across stories.

BG_MWS_2019 = ("Libya has been in turmoil since the 2011 NATO-backed uprising that toppled and killed longtime ruler Moammar Gadhafi. "
 "The oil-rich country is split between a weak U.N.-supported government in Tripoli and rival authorities in the east allied with Hifter, "
 "a former army officer under Gadhafi who later broke with him and lived for years in the United States.")

BG_MWS_2020 = ("Libya has been in turmoil since the 2011 NATO-backed uprising that toppled and killed longtime ruler Moammar Gadhafi. "
 "The oil-rich country is split between a U.N.-supported government in Tripoli and rival authorities in the east allied with Hifter, "
 "a former army officer under Gadhafi who later broke with him and lived for years in the United States.")

BG_MWS_BACKERS_2020 = ("Hifter launched his offensive to capture Tripoli in April 2019. He is backed by the United Arab Emirates, Egypt and Russia, "
 "while the Tripoli government relies on Turkey, which has sent troops, drones and Syrian fighters, as well as Qatar.")

BG_AMP = ("Libya has been mired in chaos since the 2011 uprising that toppled and killed dictator Moamer Kadhafi, with rival administrations "
 "in the east and west competing for power and a myriad of militias vying for control of the oil-rich country.")
