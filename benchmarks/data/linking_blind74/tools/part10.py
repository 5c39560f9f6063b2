# Part 10: permanent ceasefire in Geneva (October 2020)
ARTICLES = [
dict(
group="libyan_sides_sign_permanent_ceasefire_in_geneva_2020_10_23",
published="2020-10-23",
outlet="Meridian Wire Service",
title="Libya's warring sides sign permanent ceasefire in Geneva; Erdogan doubts it will last",
text="""GENEVA (MWS) - Libya's two main warring factions signed a permanent, nationwide ceasefire on Friday after five days of U.N.-hosted talks in Geneva, agreeing that all foreign fighters and mercenaries must leave the country within three months.

"Today is a good day for the Libyan people," acting U.N. envoy Stephanie Williams told reporters, after military delegations from the internationally recognised Government of National Accord (GNA) in Tripoli and Khalifa Haftar's eastern-based Libyan National Army (LNA) signed the accord at 11:15 a.m. (0915 GMT). The agreement took effect immediately.

Under the deal, reached by the so-called 5+5 Joint Military Commission, all military units and armed groups on the front lines will return to their bases, and all mercenaries and foreign fighters are to leave Libyan land, air and sea within three months. Military training agreements inside Libya are to be suspended until a new unified government takes office, and training teams are to leave the country.

A limited joint police force will be set up to secure areas from which units withdraw, and the sides agreed to continue prisoner exchanges, reopen roads linking the regions, and resume flights between Tripoli and the eastern city of Benghazi. The commission will also work on restructuring the Petroleum Facilities Guard to safeguard oil production.

Williams said the deal would be sent to the U.N. Security Council and that a monitoring mechanism would follow. She acknowledged that implementing it would be hard work.

Turkish President Tayyip Erdogan, whose military support allowed the GNA to repel Haftar's 14-month assault on Tripoli, cast doubt on the agreement. Speaking to reporters in Istanbul after Friday prayers, he said the ceasefire had not been made at the highest level and that it did not seem very credible to him, adding that time would show how long it lasted.

Turkey has military advisers, drone crews and air defence units in western Libya under a security accord signed with the GNA last November. The LNA has been supported by Russian private military contractors, the United Arab Emirates and Egypt.

The ceasefire builds on separate calls for a halt to fighting issued on Aug. 21 by GNA head Fayez al-Serraj and Aguila Saleh, speaker of the eastern-based parliament. Front lines have been largely frozen since June around the city of Sirte and the Jufra air base. Last month Haftar agreed to end an eight-month blockade of oil exports, and Serraj said he intended to hand over power by the end of October.

The U.N. is due to convene a Libyan political dialogue forum in Tunisia next month aimed at agreeing arrangements for a unified government and national elections.

Libya has been split between rival camps since 2014, three years after a NATO-backed uprising toppled and killed Muammar Gaddafi.

(Reporting by Clara Renaud in Geneva, Deniz Aksoy in Istanbul and Karim Benhaddou in Tripoli; Editing by Helen Marsh)"""),

dict(
group="libyan_sides_sign_permanent_ceasefire_in_geneva_2020_10_23",
published="2020-10-24",
outlet="Rossiya Global News",
title="Russian Foreign Ministry welcomes Libya ceasefire agreement signed in Geneva",
text="""MOSCOW, October 24 (RGN) - Russia regards the permanent ceasefire agreement signed in Geneva by the Libyan parties as an important step towards overcoming the country's prolonged and acute crisis, Foreign Ministry spokeswoman Maria Zakharova said on Saturday.

In a commentary published on the ministry's website, Zakharova said Moscow hoped the agreement would pave the way for a comprehensive and sustainable political dialogue whose final aim would be to restore the unity of Libya, create effective state bodies and revive its social and economic infrastructure.

"We call on all the Libyan parties to strictly adhere to the peace agreements reached in Geneva and not to allow a slide back into fratricidal confrontation," the statement said.

The agreement was signed on Friday at the United Nations office in Geneva by military delegations of the Libyan National Army (LNA) commanded by Field Marshal Khalifa Haftar and of the Tripoli-based Government of National Accord (GNA), meeting in the 5+5 Joint Military Commission format. Acting UN Special Representative Stephanie Williams, who mediated the talks, said the ceasefire was countrywide and permanent and took effect immediately. The document provides for the withdrawal of all foreign fighters and mercenaries from Libya within three months.

Turkish President Recep Tayyip Erdogan, whose country backs the GNA, said on Friday the agreement did not appear reliable to him because it had not been concluded at the highest level.

The Geneva agreement follows separate ceasefire announcements made on August 21 by GNA head Fayez Sarraj and Aguila Saleh, speaker of the House of Representatives. In September, Sarraj said he intended to hand over his powers by the end of October, and Haftar announced the resumption of oil production and exports after an eight-month blockade. Russian and Turkish officials held consultations on Libya in mid-September and agreed to keep working towards a lasting ceasefire.

Russia has maintained contacts with all the Libyan sides and, together with Turkey, called for a ceasefire in January. Moscow has consistently said there is no military solution to the Libyan conflict and that a settlement must be reached by Libyans themselves on the basis of the decisions of the Berlin conference and UN Security Council Resolution 2510.

Libya has been divided since 2014 between authorities in the east, supported by the House of Representatives and the LNA, and the GNA in Tripoli."""),

dict(
group="libyan_sides_sign_permanent_ceasefire_in_geneva_2020_10_23",
published="2020-10-23",
outlet="PressLine Distribution",
title="UN Support Mission in Libya: Libyan parties sign 'complete, countrywide and permanent' ceasefire agreement in Geneva",
text="""PRESS RELEASE - FOR IMMEDIATE DISTRIBUTION

Source: United Nations Support Mission in Libya (UNSMIL)
Dateline: GENEVA, 23 October 2020

Libyan Joint Military Commission signs permanent ceasefire agreement

The two Libyan delegations to the 5+5 Joint Military Commission (JMC) today signed a complete, countrywide and permanent ceasefire agreement with immediate effect, at the United Nations Office at Geneva, following the fourth round of talks facilitated by UNSMIL, which began on 19 October.

The agreement was signed at 11:15 local time by the heads of the two delegations. The United Nations signed it as a witness.

Key provisions of the agreement include:
- All military units and armed groups on the front lines to return to their camps;
- The departure of all mercenaries and foreign fighters from all Libyan territories - land, air and sea - within a maximum period of three months from today;
- The freezing of military training agreements inside Libya and the departure of training crews until the new unified government takes office;
- The formation of a limited, joint police force to secure areas vacated by military units;
- The continuation of prisoner exchanges and the reopening of land routes between the regions;
- Steps to restructure the Petroleum Facilities Guard to ensure uninterrupted oil production;
- Measures against hate speech in the media and on social networks.

Acting Special Representative of the Secretary-General Stephanie Williams congratulated the delegations. "The road was long and difficult at times, but your patriotism has been your guide all the time," she said. She described the agreement as a crucial sign of hope for the Libyan people and said it responded to the Secretary-General's call for a global ceasefire during the COVID-19 pandemic.

The JMC will submit the agreement to the Security Council and will establish a mechanism to monitor its implementation. The Commission is expected to continue its work in Libya in the coming weeks.

UNSMIL calls on all regional and international parties to respect the provisions of the agreement and to ensure its implementation without delay, including full respect for the United Nations arms embargo.

The Libyan Political Dialogue Forum, the first in-person meeting of which will be held in Tunisia in early November, will build on this agreement.

###

About PressLine Distribution: PressLine distributes official statements and releases from governments, international organisations and companies. Content is published as received from the issuing organisation.

Media inquiries: newsroom@pressline-distribution.example"""),
]
