G = "bouznika_first_round_sovereign_posts_deal_2020_09_10"

ARTICLES = [
dict(group=G, published="2020-09-10", outlet="Diplomatic Newsroom Releases",
title="Libyan Dialogue in Bouznika Concludes with Comprehensive Agreement on Criteria for Sovereign Positions",
text="""FOR IMMEDIATE RELEASE

Libyan Dialogue in Bouznika Concludes with Comprehensive Agreement on Criteria for Sovereign Positions

BOUZNIKA, Morocco, 10 September 2020 /Diplomatic Newsroom Releases/ -- The delegations of the Libyan High Council of State and of the House of Representatives announced on Thursday evening, at the close of five days of consultations in Bouznika, Kingdom of Morocco, that they have reached a comprehensive agreement on transparent and objective criteria and mechanisms for filling the country's sovereign positions.

KEY POINTS OF THE FINAL STATEMENT

- The two delegations, each composed of five members, agreed on the criteria and mechanisms for appointments to the leadership of Libya's sovereign institutions, with the aim of unifying them, in application of Article 15 of the Libyan Political Agreement signed in Skhirat in December 2015.
- The parties agreed to continue the dialogue and to resume their meetings in the last week of September in order to complete the steps needed to implement and activate the agreement.
- The delegations called on the United Nations and the international community to support Morocco's efforts to create a favourable climate for a comprehensive political settlement in Libya.
- The two sides expressed their gratitude to the Kingdom of Morocco and to His Majesty King Mohammed VI for hosting the talks and for the Kingdom's support to the Libyan people.

The final statement was read at a ceremony in the presence of Mr. Nasser Bourita, Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates. The delegations described the atmosphere of the meetings as friendly and fraternal, and said the talks had been driven by their awareness of the grave situation facing the country as a result of negative foreign interventions.

In remarks to the press, Minister Bourita congratulated the delegations, stating that they had demonstrated that Libyans are able to find solutions to their own problems without outside tutelage. He reiterated that Morocco does not put forward any initiative of its own, and that its role is limited to providing the space for Libyans to talk under the umbrella of the United Nations.

The sovereign positions covered by Article 15 include the Governor of the Central Bank of Libya, the heads of the Audit Bureau, the Administrative Control Authority and the Anti-Corruption Authority, the chairman and members of the High National Elections Commission, the President of the Supreme Court and the Attorney General.

BACKGROUND

The Bouznika meetings opened on Sunday, 6 September 2020, two weeks after the parallel ceasefire declarations issued on 21 August by the Head of the Presidency Council, Fayez al-Sarraj, and the Speaker of the House of Representatives, Aguila Saleh. The talks received messages of support from the United Nations, the African Union, the European Union, the League of Arab States and other partners.

Morocco hosted the negotiations that led to the signing of the Libyan Political Agreement in Skhirat in 2015, which remains the reference framework recognised by the UN Security Council.

Media contact:
press@diplomaticnewsroom.example
###
"""),

dict(group=G, published="2020-09-11", outlet="Akhbar Al-Yawm Net",
title="The Bouznika dialogue concludes with agreement on the criteria of the sovereign positions",
text="""Rabat - Akhbar Al-Yawm

The Libyan dialogue sessions, which the Moroccan city of Bouznika hosted between the delegation of the High Council of State and the delegation of the House of Representatives, concluded yesterday Thursday with a comprehensive agreement on the criteria and mechanisms of occupying the sovereign positions, according to the final statement of the meetings.

The final statement, which was read by the member of the House of Representatives Idris Omran, said that the two parties agreed to continue the dialogue and to resume the meetings in the last week of this month of September, in order to complete the procedures which guarantee the implementation and activation of this agreement.

The Moroccan Foreign Minister Nasser Bourita said in a press conference at the end of the sessions that the Libyans proved that they are capable to find solutions for their problems without any tutelage, congratulating the two delegations for what they reached.

And the representative of the House of Representatives praised the role of Morocco in hosting the dialogue, and said that important understandings were achieved, among them setting clear standards aimed at eliminating corruption and ending the institutional division. While the representative of the High Council of State said that the two sides shared many common views about issues that they thought before were difficult to solve.

The sessions had started on Sunday the sixth of September with the participation of five members from each side, and it was scheduled to last two days, before it was extended more than one time.

The sovereign positions stipulated in Article 15 of the Skhirat political agreement include the Governor of the Central Bank, the head of the Audit Bureau, the head of the Administrative Control Authority, the head of the Anti-Corruption Authority, the High Electoral Commission, the head of the Supreme Court and the Attorney General.

It is worth mentioning that the dialogue comes after the President of the Presidential Council Fayez al-Sarraj and the Speaker of the House of Representatives Aqila Saleh announced on the twenty-first of last August two separate statements calling for a ceasefire in all Libyan territories and the holding of elections.

It is worth mentioning also that the Swiss city of Montreux hosted in the same days consultations between Libyan personalities under the auspices of the Centre for Humanitarian Dialogue and with the presence of the UN mission, which ended on Wednesday with recommendations about the executive authority and elections.

The American embassy in Libya welcomed the progress achieved in Bouznika, and the UN had welcomed the constructive role of Morocco.

Read also:
- Aqila Saleh: the ceasefire is the first step towards the solution
- The oil blockade enters its eighth month

Share this:
Facebook
Twitter
WhatsApp
"""),

dict(group=G, published="2020-09-11", outlet="Maghreb Daily Briefing",
title="Maghreb Daily Briefing, Friday 11 September: Bouznika talks end with deal on criteria for Libya's top posts",
text="""MAGHREB DAILY BRIEFING
Friday, 11 September 2020

Good morning. Busy week for Libya diplomacy: two sets of talks, two countries, one overlapping cast. Here's the rundown.

1. LIBYA/MOROCCO: BOUZNIKA TALKS CLOSE WITH AGREEMENT ON SOVEREIGN POSTS

The five-member delegations of the Tripoli-based High Council of State and the eastern House of Representatives wrapped up their talks in Bouznika, south of Rabat, on Thursday evening with what their joint statement called a comprehensive agreement on the criteria and mechanisms for appointing the heads of Libya's sovereign institutions.

That means, in practice, the Central Bank governor, the Audit Bureau, the Administrative Control Authority, the anti-corruption body, the elections commission, the Supreme Court president and the Attorney General - the seven posts listed in Article 15 of the 2015 Skhirat agreement, and a source of endless dispute between east and west.

No names were agreed. The sides will meet again in Morocco in the last week of September to work on implementation. Moroccan FM Nasser Bourita praised the delegates for showing that Libyans can solve their problems without outside tutelage. The US embassy in Libya welcomed the progress.

Our take: deciding how the jobs will be shared out is the easy part. Deciding who gets them is where previous efforts died.

2. LIBYA/SWITZERLAND: MONTREUX MEETING BACKS 18-MONTH ROAD TO ELECTIONS

Separately, Libyan participants meeting in Montreux from Monday to Wednesday under the Centre for Humanitarian Dialogue, with UNSMIL present, recommended presidential and parliamentary elections within 18 months, a three-member presidency council and a separate unity government. Acting UN envoy Stephanie Williams welcomed the outcome on Thursday. (We will have more on this next week.)

3. LIBYA: OIL BLOCKADE GRINDS ON

Eastern and southern export terminals and fields remain shut, as they have been since January. The National Oil Corporation continues to report losses running into billions of dollars.

4. ALGERIA: REFERENDUM PREPARATIONS

Algiers continues preparations for the 1 November referendum on the revised constitution championed by President Abdelmadjid Tebboune.

5. TUNISIA: NEW GOVERNMENT SETTLES IN

Prime Minister Hichem Mechichi's technocratic cabinet, confirmed by parliament at the start of the month, held its first working sessions on the economy and the Covid-19 situation.

6. LIBYA/TURKEY: SARRAJ IN ISTANBUL

On the day the Bouznika talks opened, GNA head Fayez al-Sarraj was in Istanbul for a meeting with President Recep Tayyip Erdogan, a reminder that Tripoli's main military partner is watching the political tracks closely.

That's all for this week. Have a good weekend.

You are receiving this email because you subscribed to Maghreb Daily Briefing. Unsubscribe | Manage preferences | View in browser
"""),
]
