# Event: LPDF vote near Geneva elects Menfi (Presidency Council) and Dbeibah (PM), 5 February 2021
G = "lpdf_geneva_elects_menfi_dbeibah_2021_02_05"

ARTICLES = [
dict(group=G, published="2021-02-05", outlet="Meridian Press Agency",
title="Libyan delegates pick Dbeibah as interim PM, Menfi to head presidency council",
text="""GENEVA (MPA) - Delegates at U.N.-led talks on Friday chose businessman Abdul Hamid Dbeibah as Libya's interim prime minister and former diplomat Mohammad Younes Menfi to head a new three-member presidency council, tasked with unifying the divided country and leading it to elections in December.

The list headed by Menfi and Dbeibah won 39 votes in a run-off, against 34 for a rival list that included eastern parliament speaker Aguila Saleh and Tripoli's powerful interior minister Fathi Bashagha. One delegate abstained. The result was announced by acting U.N. envoy Stephanie Williams.

"On behalf of the United Nations, I am pleased to witness this historic moment," Williams told the 74 voting members of the Libyan Political Dialogue Forum, which had been meeting since Monday at an undisclosed location near Geneva.

None of the four competing lists won the 60% required in a first round of voting earlier on Friday, forcing a run-off between the two leading slates.

The presidency council will also include Mossa al-Koni, a politician from the southern Tuareg community, and Abdullah Hussein al-Lafi, a lawmaker from the western town of Zawiya. Menfi, from eastern Libya, was ambassador to Greece until Athens expelled him in 2019 over a maritime deal between Tripoli and Turkey.

Dbeibah, from the western city of Misrata, headed a large state investment and construction company under Muammar Gaddafi and later founded the Libya al-Mostakbal movement.

Under the roadmap agreed in Tunisia in November, Dbeibah has 21 days to form a cabinet and present it to the House of Representatives for a vote of confidence. The new executive is to replace both the Tripoli-based Government of National Accord of Fayez al-Sarraj and the parallel administration in the east, and to lead the country to national elections on Dec. 24.

Sarraj congratulated the winners and said he was ready to hand over power. U.N. Secretary-General Antonio Guterres welcomed the vote as very good news in the search for peace, and Turkey's foreign ministry also welcomed the outcome.

The vote caps a process that began with last year's Berlin conference and a permanent ceasefire signed in Geneva in October. But a January deadline for the departure of all foreign fighters under that deal passed without any sign of withdrawals.

The forum's 75 members were picked by the U.N. mission last year to represent Libya's regions and political currents; they adopted the mechanism for choosing the executive on Jan. 19 after weeks of online talks. Forty-five candidates presented themselves to delegates earlier this week.

Libya has had no stable central authority since a NATO-backed uprising toppled and killed Muammar Gaddafi in 2011. Since 2014 it has been split between rival camps based in Tripoli and in the east, each backed by armed groups and foreign governments. Khalifa Haftar's offensive on Tripoli, launched in April 2019, collapsed in June 2020.

(Reporting by MPA Geneva and Tripoli bureaus; editing by Tom Aldridge)"""),

dict(group=G, published="2021-02-06", outlet="Turkiye Haber Ajansi English",
title="Turkey welcomes election of Libya's interim leadership, Erdogan congratulates Menfi, Dbeibah",
text="""ANKARA

Turkey on Friday welcomed the election of Libya's interim presidential council and prime minister by the UN-led Libyan Political Dialogue Forum, and President Recep Tayyip Erdogan on Saturday congratulated the new leaders in phone calls.

"We welcome the designation of the President and members of the Presidency Council and the Prime Minister who will serve until the general elections that are scheduled to be held on 24 December 2021 in Libya," the Turkish Foreign Ministry said in a statement.

The ministry said it hoped the new Government of National Unity would be formed and take office as soon as possible on the basis of the roadmap adopted by the forum, and called on the international community not to allow those who may try to spoil this historic opportunity for a lasting political solution.

In his phone calls, Erdogan wished success to Mohammad Younes Menfi and Abdul Hamid Dbeibah, elected as head of the Presidency Council and prime minister respectively, according to a statement by the Turkish Presidency's Communications Directorate. Erdogan said Turkey would continue its efforts for the political unity, territorial integrity, stability and prosperity of Libya and further enhance its cooperation with Libya in the new period.

In a vote held Friday at an undisclosed location near Geneva, the list including Menfi, Mossa al-Koni and Abdullah Hussein al-Lafi for the Presidency Council and Dbeibah as prime minister received 39 of the 74 votes. The rival list, which included Aguila Saleh, the speaker of the Tobruk-based House of Representatives, and Interior Minister Fathi Bashagha, received 34 votes.

Yasin Aktay, an adviser to the ruling AK Party chairman, said the election of the new interim authority would not affect Turkey's agreements with Libya or its military presence there, which he said was at the invitation of the Libyan government.

Menfi was the GNA's ambassador to Greece until December 2019, when Athens expelled him in protest at the maritime jurisdiction agreement between Turkey and Libya. Dbeibah, a businessman from Misrata, founded the Libya al-Mostakbal movement.

Turkish officials have repeatedly said that Turkey's military presence in Libya rests on legitimate agreements with the UN-recognized government and is aimed at training Libyan forces.

Prime Minister Fayez al-Sarraj of the Government of National Accord (GNA) congratulated the new executive and affirmed his readiness to hand over power.

With Turkish support, the GNA forces ended the 14-month offensive of putschist Khalifa Haftar on Tripoli in June last year. The warring sides signed a permanent cease-fire agreement in Geneva on Oct. 23, and the Libyan Political Dialogue Forum in Tunisia agreed in November on a roadmap to elections.

Libya has been torn by civil war since the ouster of late ruler Muammar Gaddafi in 2011.

Writing by Emre Koksal"""),

dict(group=G, published="2021-02-06", outlet="The Northern Chronicle",
title="A surprise slate wins Libya's UN vote, and with it the hard part of the peace",
text="""By Harriet Coyle

Delegates at United Nations-run talks in Switzerland have chosen an interim leadership for Libya that few had tipped to win, beating a ticket built around two of the country's most powerful politicians and handing a Misrata businessman the job of reuniting a state split in two since 2014.

Abdul Hamid Dbeibah will be prime minister until national elections on 24 December, and Mohammad Younes Menfi, a former ambassador from the east, will chair a three-member presidency council. Their list won a run-off on Friday by 39 votes to 34 against a slate that paired Aguila Saleh, the speaker of the eastern-based parliament, with Fathi Bashagha, the interior minister of the Tripoli government, who had been widely seen as favourites.

"The importance of the decision that you have taken here today will grow with the passage of time in the collective memory of the Libyan people," Stephanie Williams, the acting UN envoy who steered the process, told the 74 delegates of the Libyan Political Dialogue Forum.

Dbeibah made his fortune in construction and ran the Libyan Investment and Development Company under Muammar Gaddafi. He has said he wants to focus on unifying and restructuring the armed forces and to create a ministry for reconciliation. Menfi was expelled from Athens in late 2019 when Greece protested against the maritime deal signed between the Tripoli government and Turkey. The council's other two members are Mossa al-Koni, from the Tuareg south, and Abdullah al-Lafi, a lawmaker from Zawiya.

The vote is the latest step on a road that began, in earnest, in Berlin in January 2020, when the foreign powers fuelling Libya's war promised to stop. They did not. Within weeks, the military talks they set up in Geneva had stalled, and fighting raged around Tripoli until June, when Turkish drones and Syrian fighters helped the UN-recognised government drive back Khalifa Hifter's forces. Egypt, Hifter's main Arab ally, then declared the central city of Sirte a "red line" and its parliament authorised sending troops.

The de-escalation that followed was as much the work of Ankara, Moscow and Cairo as of the Libyans. In August Fayez Serraj and Saleh announced ceasefires in separate statements; in October the two military delegations signed a permanent ceasefire in Geneva; in November the dialogue forum met in Tunis and fixed the December election date. That session was marred by allegations that some delegates had been offered money for their votes, which the UN said it took seriously.

The hardest tasks lie ahead. Dbeibah has 21 days to form a cabinet and win the confidence of a parliament that has not met in full for years. The October agreement required all foreign fighters to leave Libya within three months, a deadline that passed on 23 January with no sign of departures; UN officials have put the number of foreign forces and mercenaries in the country at about 20,000, including Turkish troops, Russian contractors from the Wagner group and Syrian and Sudanese fighters. Hifter's camp welcomed the result on Saturday, but whether he will accept civilian authority over the forces that control the east and most oil installations remains an open question.

Reactions abroad were warm. Antonio Guterres called the vote very good news; Turkey's foreign ministry welcomed it, as did Egypt, the UAE and the main western powers. Serraj said he was ready to hand over. Ján Kubiš, the Slovak diplomat appointed UN envoy last month, now inherits a process that is more Williams's creation than anyone's.

"Libyans have come a long way," Williams told the delegates. Whether they have come far enough will be clear by Christmas Eve."""),

dict(group=G, published="2021-02-07", outlet="The Nile Gazette",
title="LNA welcomes new executive authority chosen in Geneva",
text="""Share this:
Facebook
Twitter
WhatsApp

The Libyan National Army (LNA) General Command has welcomed the election of a new executive authority by the Libyan Political Dialogue Forum in Geneva, expressing hope that it will prepare the conditions for holding national elections on December 24.

In a video statement on Saturday, LNA spokesman Major General Ahmed al-Mismari congratulated the winners, describing them as national figures, and said the Libyans hope the new leadership will deliver services and prepare the country for the elections in line with the roadmap agreed in Tunis. The LNA also praised the efforts of acting UN envoy Stephanie Williams.

On Friday, the 74 members of the forum elected a list headed by Mohammad Younes al-Menfi as President of the Presidential Council and Abdul Hamid Dbeibah as Prime Minister, with Mossa al-Koni and Abdullah al-Lafi as members of the council. The list won 39 votes in the second round, against 34 votes for the list that included House of Representatives Speaker Aguila Saleh and Fathi Bashagha, the interior minister of the outgoing Tripoli government.

Egypt's Ministry of Foreign Affairs welcomed the outcome of the vote, as did the Arab League and several Arab states. Cairo has repeatedly stressed that the exit of all foreign forces and mercenaries is essential to restoring stability in Libya.

Cairo has been a key supporter of the political track since President Abdel Fattah El-Sisi launched the Cairo Declaration in June, which called for a presidential council representing Libya's three regions, a principle reflected in the new council. Egypt has hosted several rounds of talks between Libyan military and constitutional delegations in recent months, including the first face-to-face meeting of the 5+5 Joint Military Commission in Hurghada in September.

Dbeibah, a businessman from the western city of Misrata, headed the Libyan Investment and Development Company before 2011. Al-Menfi, from the east, is a former member of the General National Congress and served as ambassador to Greece.

According to the roadmap, Dbeibah has 21 days to present his cabinet to the House of Representatives for a vote of confidence.

The new authority faces the task of implementing the permanent ceasefire signed in Geneva on October 23, including the withdrawal of foreign forces and mercenaries, a deadline that passed on January 23. The LNA has repeatedly called for the departure of Turkish forces and the Syrian mercenaries brought by Ankara to western Libya.

The LNA controls eastern and most of southern Libya, including the main oil fields and terminals. Field Marshal Haftar announced in September the resumption of oil production and exports after an eight-month closure, following an agreement with the deputy head of the Presidential Council, Ahmed Maiteeq, on a fairer distribution of revenues.

Related
Who is Mohammad al-Menfi?
Aguila Saleh: the House will meet to discuss the new government
Shoukry, Williams discuss Libyan political track

Exit mobile version"""),
]
