G = "libya_permanent_ceasefire_signed_in_geneva_2020_10_23"

ARTICLES = [
dict(group=G, published="2020-10-23", outlet="Meridian Press Wire",
title="Libya's rival forces sign permanent ceasefire in Geneva; Erdogan doubts it will hold",
text="""GENEVA (MPW) - Military delegations from Libya's two main warring camps signed a permanent nationwide ceasefire in Geneva on Friday, committing to pull forces back from the front lines and to send foreign fighters home within three months, the United Nations said.

"Today is a good day for the Libyan people," said Stephanie Williams, the UN's acting envoy for Libya, after the signing at 11:15 a.m. by the five-member delegations of the Tripoli-based Government of National Accord (GNA) and of Khalifa Haftar's Libyan National Army (LNA), known as the 5+5 Joint Military Commission.

Under the agreement, which takes effect immediately, all military units and armed groups on the front lines are to return to their bases, and all mercenaries and foreign fighters are to leave Libyan land, air and sea within a maximum of three months. Military training agreements inside Libya are to be suspended, and foreign training teams are to leave, until a new unified government takes office. The ceasefire does not apply to UN-designated terrorist groups.

The text could have direct consequences for Turkey, which has trained GNA forces and deployed advisers, drones and air-defence systems under a security accord signed with Tripoli last November, as well as for Russian military contractors fighting alongside the LNA.

Speaking to reporters after Friday prayers in Istanbul, Turkish President Tayyip Erdogan said the agreement did not seem reliable. "The ceasefire agreement was not made at the highest level. Time will show how long it will last," he said, adding that he hoped it would be respected.

Erdogan compared the deal with humanitarian truces in the current fighting between Armenia and Azerbaijan, which he said Armenia had failed to respect. Turkey has not said whether its training mission in Libya would be affected; GNA officials have in the past described their agreements with Ankara as binding accords between two legitimate governments.

The United States, the European Union, Germany, Italy, Egypt and Qatar were among those welcoming the deal.

The Geneva talks, the first time the two military delegations had met face to face, were the fourth round of negotiations launched after an international conference in Berlin in January. A political forum is due to start in Tunisia next month with the aim of agreeing on a unified government and a roadmap to elections.

Security and military officials from both sides met in the Egyptian Red Sea resort of Hurghada in late September and recommended prisoner exchanges and the reopening of roads and flights between the east and west.

The front line has been largely quiet since June, when Turkish-backed GNA forces pushed Haftar's forces out of western Libya and the fighting stalled around the coastal city of Sirte. In September Haftar agreed to lift a months-long blockade of oil facilities, and the GNA's head Fayez al-Sarraj announced he intended to step down by the end of October.

Libya has had no stable central authority since a NATO-backed uprising toppled Muammar Gaddafi in 2011. Since 2014 it has been split between a government in Tripoli and rival institutions in the east aligned with Haftar's LNA.

(Reporting by MPW Geneva and Istanbul bureaus; editing by MPW Middle East desk)"""),

dict(group=G, published="2020-10-24", outlet="Sada Al-Arab Net",
title="Signing of permanent ceasefire agreement in Libya.. and Erdogan doubts its credibility",
text="""Sada Al-Arab Net - Arab and international news

Signing of permanent ceasefire agreement in Libya.. and Erdogan doubts its credibility

Saturday 24 October 2020 - 09:15

The delegations of the Libyan parties signed, yesterday Friday, in the Swiss city of Geneva, an agreement for a permanent ceasefire in all the Libyan territories, under the auspices of the United Nations, after five days of talks of the joint military committee (5+5).

The acting UN envoy to Libya, Stephanie Williams, announced that the two delegations signed "a complete, countrywide and permanent ceasefire agreement with immediate effect", and described the day as "a good day for the Libyan people".

The agreement stipulates the withdrawal of all the military units and the armed groups from the lines of contact to their camps, and the departure of all the mercenaries and the foreign fighters from the Libyan lands, air and waters within a maximum period of three months from the date of signing.

The agreement also includes the freezing of the military agreements on training inside Libya and the departure of the training crews from the Libyan territory until the new unified government takes over its functions, which observers considered a direct reference to the Turkish presence in the west of the country.

The delegation of the Al-Wefaq government was headed by Major General Ahmed Abu Shahma, while the delegation of the General Command of the Libyan National Army was headed by Major General Amhimmid al-Amami.

For his part, the Turkish President Recep Tayyip Erdogan doubted, yesterday Friday, the credibility of the agreement, and said to journalists after Friday prayer in Istanbul that the agreement "does not seem credible", because it "was not concluded at the highest level", adding "time will show how long it will last".

It is worth mentioning that Egypt welcomed the agreement and considered it an important step towards restoring stability in Libya, while the Arab League and European countries also welcomed it.

And the military and security delegations of the two parties had met at the end of last September in the Egyptian city of Hurghada, under the sponsorship of the UN mission, and agreed on the exchange of prisoners and the opening of the land roads and the air flights.

It is worth mentioning that the head of the Presidential Council Fayez al-Sarraj had announced last September his intention to hand over his duties to a new executive authority by the end of October, while Field Marshal Haftar announced in the same month the resumption of oil production and export after months of closure.

It is worth mentioning also that the Libyan political dialogue forum will be held in Tunisia at the beginning of next November, to agree on a unified executive authority and the date of elections.

Share on Facebook
Share on Twitter
Share on WhatsApp

Previous article: Saudi Arabia: Umrah to open to pilgrims from abroad next month
Next article: Corona.. UAE records new cases and recoveries"""),

dict(group=G, published="2020-10-23", outlet="PressPoint Newsroom",
title="UN: Libyan Parties Sign Complete and Permanent Ceasefire Agreement in Geneva",
text="""GENEVA, October 23, 2020 /PressPoint/ -- The delegations of the Libyan 5+5 Joint Military Commission (JMC), representing the Libyan Army of the Government of National Accord and the General Command of the Libyan National Army, today signed a complete and permanent ceasefire agreement in Geneva, facilitated by the United Nations Support Mission in Libya (UNSMIL).

Acting Special Representative of the Secretary-General Stephanie Williams welcomed the agreement, describing it as an important turning point towards peace and stability in Libya.

Main provisions of the agreement, as announced by UNSMIL:

- The ceasefire takes effect immediately and applies across Libya. It does not apply to UN-designated terrorist groups.
- Within a maximum of three months, all military units and armed groups on the front lines shall return to their camps, and all mercenaries and foreign fighters shall depart from Libyan land, air and sea.
- Until the new unified government assumes its functions, all military agreements on training inside Libya are suspended and training crews shall leave Libyan territory.
- A joint Security and Operations Room and a limited military force of regular personnel will be established to secure areas cleared of military units and to deter violations.
- Land and air routes across Libya are to be reopened, and detainees are to be exchanged.

The JMC delegations met face to face for the first time in Geneva from October 19 to 23, 2020. The agreement follows four rounds of negotiations held since February 2020 on the basis of Security Council resolutions and the conclusions of the Berlin Conference.

The JMC recommended that the agreement be referred to the UN Security Council.

About PressPoint Newsroom
PressPoint Newsroom distributes official statements, government announcements and corporate news to media organizations worldwide.

Media contact: desk@presspoint-newsroom.example

SOURCE PressPoint Newsroom"""),
]
