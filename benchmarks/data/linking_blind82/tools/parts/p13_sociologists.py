G = "tripoli_frees_russian_sociologists_shugaley_suefan_2020_12_10"

ARTICLES = [
dict(group=G, published="2020-12-11", outlet="Vostok Dispatch",
title="Welcome home: Shugaley and Sueifan return to Russia after a year and a half in Libyan prison",
text="""MOSCOW, December 11 (Vostok Dispatch) - Russian sociologist Maxim Shugaley and his interpreter Samer Sueifan, who had been held in Libya since May 2019, have returned to Russia after their release by the authorities in Tripoli, the Russian Foreign Ministry said on Friday.

"Welcome home! Maxim Shugaley and Samer Sueifan are in their homeland," the ministry wrote on social media.

The release was first confirmed on Thursday by Alexander Malkevich, a member of the Civic Chamber and head of the Foundation for the Protection of National Values, where both men work. "I confirm that they were released," Malkevich said. Deputy Foreign Minister and Presidential Special Representative for the Middle East and Africa Mikhail Bogdanov said on Thursday that the two men had been freed and were on their way home.

A source in the justice ministry of the Government of National Accord (GNA) told journalists that the two had been released on Thursday morning.

Shugaley and Sueifan arrived in Libya in the spring of 2019 to conduct sociological research and, according to the foundation, had informed the authorities in Tripoli of their work in advance. They were detained in May 2019 and held in Mitiga prison near the Libyan capital. The prosecutor's office in Tripoli accused them of interfering in Libya's internal affairs and elections, charges Moscow has rejected as groundless.

According to the Foreign Ministry, Shugaley flew to Libya on March 14, 2019 with his interpreter to carry out a public opinion survey, and the ministry learned of their arrest in Tripoli from media reports on May 17, 2019. The Foundation later appealed to Russia's Investigative Committee over what it called their illegal detention.

The Russian Foreign Ministry repeatedly demanded their unconditional release and raised the issue at all contacts with the Libyan side. In July, the ministry said it had received written assurances from the GNA that the matter would be resolved soon, and in October spokeswoman Maria Zakharova said contacts on the issue had intensified.

The case drew wide attention in Russia. Western media reports have linked the foundation to businessman Yevgeny Prigozhin, claims the foundation rejected. Libyan officials alleged last year that the two had met supporters of the former regime, which the Russian side denied.

Russian diplomats have said that the detention of the two citizens was an obstacle to the development of contacts with Tripoli. Moscow maintains relations with all Libyan parties and supports the intra-Libyan dialogue under UN auspices, including the work of the 5+5 Joint Military Commission, which signed a permanent ceasefire agreement in Geneva on October 23.

The story of the sociologists' detention became the basis for a Russian feature film released this year."""),

dict(group=G, published="2020-12-10", outlet="MENA Daybook",
title="MENA Daybook, Thursday 10 December: Tripoli frees two Russians held since 2019; Morocco to normalise ties with Israel",
text="""MENA Daybook - Live updates, Thursday 10 December 2020

All times GMT. Refresh for the latest.

19:30 - That's it for today. Main points: Libya's GNA releases Russian sociologist Maxim Shugaley and his interpreter; Trump announces Morocco-Israel normalisation and U.S. recognition of Moroccan sovereignty over Western Sahara; Lebanon's caretaker PM charged over the Beirut port blast.

17:10 - Morocco and Israel agree to normalise relations
U.S. President Donald Trump has announced that Morocco will establish diplomatic relations with Israel, the fourth Arab country to do so since August. As part of the deal, Washington will recognise Moroccan sovereignty over the disputed Western Sahara. The Polisario Front has rejected the move.

13:45 - Lebanon: Diab charged over port explosion
The judge leading the investigation into the 4 August Beirut port blast has charged caretaker Prime Minister Hassan Diab and three former ministers with negligence, according to judicial sources. Diab's office said his conscience was clear.

11:20 - LEAD: Libya's Tripoli government frees two Russians
The UN-recognised Government of National Accord (GNA) in Tripoli has released Maxim Shugaley, a Russian sociologist, and his interpreter Samer Seifan, who had been held since May 2019, Libyan and Russian sources say. A GNA justice ministry source said the pair were released this morning. Russia's deputy foreign minister Mikhail Bogdanov confirmed the release and said they were on their way home.

Why it matters: The two worked for a Moscow-based foundation that Western researchers link to Yevgeny Prigozhin, the businessman U.S. officials say bankrolls the Wagner mercenary group. Tripoli accused them of trying to meddle in Libyan politics and elections; Moscow called them researchers. Their detention had been a sore point between Moscow and the GNA, which Russia has kept at arm's length while backing - officially only politically - Khalifa Haftar's eastern camp.

The release comes as relations are thawing after the October 23 ceasefire signed in Geneva and the UN-led political talks that set national elections for 24 December 2021. Russia has long made the men's release a condition for better ties with Tripoli. No official GNA statement yet.

09:00 - Good morning and welcome to MENA Daybook."""),
]
