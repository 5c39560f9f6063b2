G = "noc_withholds_oil_revenue_from_central_bank_2020_11_22"

ARTICLES = [
dict(group=G, published="2020-11-23", outlet="The Continental Review",
title="Libya's oil chief freezes payments to the central bank as the money war moves indoors",
text="""
By Harriet Sloane, North Africa Correspondent, Tunis

Libya's oil is flowing again. The money it earns is not. In a statement released late on Sunday, the National Oil Corporation said it would stop transferring export revenue to the Central Bank of Libya until the bank explained, publicly and in detail, how it had spent the country's oil income over the past decade. Until then, the proceeds will sit in the corporation's own account at the Libyan Foreign Bank.

The announcement turns a long, mostly private feud between two of the country's most powerful institutions into an open confrontation, just as Libya's production has climbed back to around 1.25 million barrels a day, roughly where it stood before the eight-month blockade that began in January.

The immediate trigger was a report published by the central bank on Thursday covering revenue and spending from January to October. In it the bank, which sits a short drive from the NOC's headquarters in Tripoli, described oil revenue data supplied by the corporation as having been inaccurate for years and in need of verification. It also said foreign-currency income had fallen billions of dollars short for the period, a gap it had covered from reserves.

The NOC called those claims fallacies. It said it had deposited $3.7 billion with the central bank in the first ten months of the year - about 5.2 billion dinars at the official rate - which, it argued, left the state with a small surplus against the revenue assumed in this year's financial arrangements rather than the multi-billion-dinar deficit the bank had reported. The bank's figures, the corporation suggested, had simply left out January's collections. It added that it is about to hire an international firm to audit its own financial and administrative systems, and reminded readers that it has published its monthly revenue on its website since 2018.

Then it went further. The revenue would not be transferred, the NOC said, until the bank was transparent with the Libyan people about how more than $186 billion in oil income had been spent over the last nine years, and who had benefited. Holding the money abroad was a temporary step, it said, pending a comprehensive political settlement that ensures the revenue is used fairly across all of Libya's towns and cities. And in a line that will be read closely in Benghazi, it accused the bank's lack of transparency of creating the atmosphere in which blockades thrive, giving those who shut the oil terminals their pretext.

That is, in substance, the argument Khalifa Haftar's camp made in January when his allies closed the ports. Haftar's spokesman demanded in July that oil revenue be deposited abroad and that the central bank's accounts be audited before exports could resume. The deal that reopened the oil sector in September, negotiated between Haftar's side and Ahmed Maiteeq, the deputy prime minister in Tripoli, rested on a similar idea: revenue would be held outside the central bank while a joint committee worked out how to share it. The Government of National Accord never formally endorsed that arrangement, but Fayez al-Serraj had already proposed in August that oil money be frozen in the NOC's Libyan Foreign Bank account until a political settlement, and in practice it has been.

The central bank's governor, Sadiq al-Kabir, has held his post since 2011 and has outlasted several attempts by the eastern-based parliament to remove him. His critics in the east accuse him of financing the war against them; critics in the west accuse him of starving the Tripoli government of foreign currency. The bank's own board has been split since 2014, with a parallel institution in the east, and a UN-backed audit of both branches has been under way this year.

There are practical consequences. Without fresh deposits from the NOC, the central bank will find it harder to fund the public-sector wage bill, fuel imports and letters of credit, and it has little room left: it says it drew heavily on reserves during the blockade. The NOC, for its part, has complained for months that it has not received the budget it needs to repair facilities damaged by the shutdown, and has warned that production cannot be sustained without it.

UN-led talks in Tunisia this month agreed on elections in December 2021 but have so far failed to agree on who should lead a new unified government. Until that happens, the fight over Libya's oil money seems likely to be conducted with statements and bank accounts rather than at the terminals - which, for now, counts as progress.
"""),

dict(group=G, published="2020-11-23", outlet="Emirates Horizon",
title="Libya's oil corporation refuses to hand revenues to Tripoli central bank without transparency",
text="""
Abu Dhabi - Emirates Horizon

Libya's National Oil Corporation (NOC) has said it will keep the country's oil revenues in its account at the Libyan Foreign Bank and will not transfer them to the Central Bank of Libya in Tripoli until the bank is transparent about how the money has been spent.

In a statement on Sunday evening, the corporation rejected what it called misleading figures in a report released by the central bank on November 19, which had questioned the accuracy of the NOC's revenue data for previous years.

The NOC said oil revenues of $3.7 billion were deposited with the central bank between January and October, and that the bank's report appeared to have ignored January's collections. It said the money would only be transferred once the bank disclosed how oil revenues totalling more than $186 billion had been spent over the past nine years and who had benefited from them.

The corporation described the retention of revenues as temporary, pending a comprehensive political settlement that guarantees the fair use of the money across all Libyan cities and regions. It also accused the central bank of intransigence, saying its failure to disclose state spending had provided a pretext for the closure of oil facilities.

The position echoes demands made for months by Libya's eastern tribes and by the Libyan National Army (LNA), which had insisted that oil revenues must not be used to finance militias and foreign mercenaries, and that the central bank's accounts be reviewed before oil exports could resume. Those demands formed the basis of the September agreement that reopened the country's oil fields and ports after an eight-month shutdown, and which provided for a joint committee to oversee the distribution of revenues.

Under the arrangements that followed the September agreement, revenues from oil sales have been deposited in the NOC's account at the Libyan Foreign Bank rather than at the central bank. The NOC lifted force majeure on the last blockaded terminals, Es Sider and Ras Lanuf, on October 23, the same day the 5+5 Joint Military Commission signed a permanent ceasefire in Geneva.

Libya's oil production has since recovered rapidly and now stands at about 1.25 million barrels per day, according to the NOC.

The central bank said last week that foreign currency revenues in the first ten months of the year amounted to $3.8 billion, including just over $2 billion from oil, and that a shortfall of $7.3 billion had been covered from reserves.

The central bank did not immediately comment on the statement.

The dispute comes as the UN-facilitated Libyan Political Dialogue Forum, which met in Tunis earlier this month, continues its work on a unified executive authority to lead the country to elections on December 24, 2021.

Analysts say a transparent mechanism for managing oil revenues and unifying the divided central bank are essential for any lasting settlement in Libya, where competition over the country's wealth has fuelled years of conflict since 2011.
"""),

dict(group=G, published="2020-11-23", outlet="Libya Sunrise",
title="NOC: oil revenues will stay at Libyan Foreign Bank until Central Bank explains spending",
text="""
Libya's National Oil Corporation (NOC) said on Sunday that oil revenues will not be transferred to the Central Bank of Libya (CBL) but will be kept in the corporation's accounts at the Libyan Foreign Bank until the CBL is transparent with Libyans about how oil money has been spent.

The NOC said the measure is temporary until a comprehensive political settlement is reached, the most important outcome of which should be the fair use of revenues among all Libyan cities and villages.

The statement came in response to the CBL's bulletin of November 19 on revenue and spending from January 1 to October 31, 2020, which said the NOC's figures had been inaccurate for years and needed to be checked and reviewed. The NOC strongly condemned what it called the fallacies in the bank's statement, noting that previous monthly CBL data had confirmed that figures were matched with the corporation.

According to the NOC, actual oil revenues deposited with the CBL during the first ten months of the year amounted to $3.7 billion, or 5.2 billion dinars at the official exchange rate. Compared with the 5.0 billion dinars estimated in the financial arrangements, this represents a surplus of 200 million dinars, not a deficit of 2.6 billion dinars as the bank had said, the NOC added, suggesting the bank had not counted 2.5 billion dinars collected in January.

The NOC said the revenues would remain frozen until the CBL explained the mechanism for spending oil revenues in recent years and the entities that benefited from them in foreign currency, which exceeded $186 billion over nine years. It said it was contracting a major international company to audit its own financial and administrative systems.

The corporation also accused the CBL of creating, through its ambiguous policies, the pretexts used by those who blockaded the oil facilities this year, and called on it to focus on tackling the high dollar price and the cash liquidity crisis.

On Thursday, the CBL said foreign currency revenues during the first ten months totalled $3.8 billion, including $2.051 billion from oil exports, and that a shortfall of $7.3 billion had been covered from reserves because of the blockade imposed by Haftar's forces from January to September.

Libya's oil production returned this month to about 1.25 million barrels per day, its level before the blockade imposed by Haftar's militias and their tribal allies on January 17 and 18, which the NOC says cost the country nearly $10 billion.

Some officials and activists in Tripoli criticised the NOC's decision, saying that withholding revenue from the state's treasury serves the arrangement agreed between Ahmed Maiteeq and Haftar's son in September, which was never approved by the Presidential Council.
"""),
]
