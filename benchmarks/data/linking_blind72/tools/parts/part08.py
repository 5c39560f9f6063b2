G = "un_experts_report_libya_arms_embargo_totally_ineffective_2020_09_08"

ARTICLES = [
dict(group=G, published="2020-09-08", outlet="Levant Wire Service",
title="UN experts say Libya arms embargo 'totally ineffective', name foreign backers on both sides",
text="""
UNITED NATIONS (LWS) - The United Nations arms embargo on Libya remains "totally ineffective", with the warring sides' foreign backers continuing to send weapons and fighters, UN sanctions monitors said in a confidential report seen by LWS on Tuesday.

The panel of experts said the United Arab Emirates, Russia and Jordan, which support eastern commander Khalifa Haftar, and Turkey and Qatar, which back the Tripoli-based Government of National Accord (GNA), had violated the embargo.

It also named 11 companies, among them Russia's Wagner Group, which the panel said in May had provided between 800 and 1,200 private military contractors to Haftar's forces.

The experts said the warring parties and their backers, as well as Egypt and Syria, had failed to inspect aircraft and vessels heading to Libya despite having reasonable grounds to suspect they carried military cargo.

The UN mission of the UAE said last year that it was firmly committed to complying with the Libya sanctions regime. Turkey has said its support to the GNA is provided under a bilateral agreement with a legitimate government.

The report comes a week after the acting UN envoy for Libya, Stephanie Williams, told the Security Council that the country was at a "decisive turning point", with foreign backers pouring in weapons around the central city of Sirte.

(Reporting by Claire Dunmore; Editing by Mark Tressel)
"""),

dict(group=G, published="2020-09-09", outlet="Ruskaya Vesti International",
title="UN panel: Libya arms embargo 'totally ineffective', Turkey and Qatar among violators",
text="""
This site uses cookies. By continuing to use the site you agree to the processing of your personal data. Learn more | OK

Ruskaya Vesti International | World | 09.09.2020 | 11:05 (updated 13:20)

UN panel: Libya arms embargo 'totally ineffective', Turkey and Qatar among violators

UNITED NATIONS, September 9 - RVI. The arms embargo imposed by the UN Security Council on Libya in 2011 remains "totally ineffective", according to a new report by the UN panel of experts monitoring the sanctions regime, the contents of which were reported by Western media on Tuesday.

According to the document, both the Government of National Accord (GNA) headed by Fayez Sarraj and the Libyan National Army (LNA) of Marshal Khalifa Haftar received weapons and military equipment from abroad. The experts list Turkey and Qatar among the states supplying the Tripoli government, and the United Arab Emirates and Jordan among those supporting the LNA.

The report also mentions Russia and a number of private companies, including the so-called Wagner group, which Western media and the panel have linked to the LNA. The panel's previous report, leaked in May, claimed that up to 1,200 Russian private contractors had been present in Libya.

Moscow has repeatedly rejected such claims. In January, President Vladimir Putin said that if there were Russian citizens in Libya, they did not represent the interests of the Russian state and were not paid by it. The Kremlin has also denied that Russian servicemen are taking part in the conflict.

Turkey openly supplies the GNA with drones, air defence systems and military advisers under a security memorandum signed with Sarraj in November 2019. Media and monitoring groups have reported the transfer of thousands of fighters from Syrian armed groups controlled by Ankara to Tripoli.

The panel also noted that a number of states, including Egypt and Syria, had failed to inspect suspect aircraft and vessels. The panel's findings are due to be discussed by the Security Council's Libya sanctions committee.

The new report comes as the front line has frozen around Sirte and the Jufra airbase since June. In August, Sarraj and the speaker of the eastern parliament, Aguila Saleh, announced a ceasefire in separate statements, but the parties have not yet agreed on the demilitarisation of Sirte.

Tags: Libya, UN, Turkey, arms embargo
"""),
]
