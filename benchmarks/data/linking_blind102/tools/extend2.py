"""One-off: more background paragraphs (parts p03-p08)."""
CWS_BG = """The fighting, which erupted on Sept. 27, is the worst since a war in the early 1990s that killed about 30,000 people and left ethnic Armenian forces in control of Nagorno-Karabakh and seven surrounding districts. Turkey has thrown its weight behind Azerbaijan, while Russia has a defence pact with Armenia but also sells arms to Baku. France, Russia and the United States co-chair the OSCE Minsk Group, which has mediated for almost three decades without a settlement."""
ADD = [
("p03.py", "Russia has repeatedly stated its readiness to host talks between Baku and Yerevan.".replace("Russia has repeatedly","Russia has repeatedly"), None),
("p03.py", "called for an immediate cessation of hostilities.\n\"\"\"),\ndict(group=G, published=\"2020-10-10\", outlet=\"Caspian",
"""__BEFORE__On October 7, Putin said in an interview that the fighting was a great tragedy for both peoples, with whom Russia has special relations, and that Russia's obligations under the Collective Security Treaty Organisation apply to the territory of Armenia, while the hostilities are taking place outside it.

The International Committee of the Red Cross has said it is ready to act as a neutral intermediary in the exchange of detainees and remains. According to the ICRC, hundreds of homes and vital infrastructure, including hospitals, have been damaged on both sides of the line of contact.

Lavrov is expected to continue contacts with his Armenian and Azerbaijani counterparts to agree on the parameters of the truce, the Russian Foreign Ministry said. Both ministers thanked the Russian side for organising the meeting."""),
("p03.py", "The Moscow agreement contained no provisions on monitoring or on the status of the territory.",
"""The week before the talks saw some of the heaviest fighting of the conflict. Stepanakert, the main city in the enclave, was shelled repeatedly, and the Ghazanchetsots cathedral in the nearby town of Shusha was hit twice on Thursday. Azerbaijan's second city Ganja came under rocket fire on Oct. 4 and again on Thursday. Aliyev said on Friday that his forces had taken the town of Hadrut, a claim Armenian officials rejected.

""" + CWS_BG),
("p03.py", "stressing that his country will continue to stand by Azerbaijan \"on the field and at the table\".",
"""In Yerevan, the Armenian Foreign Minister, Zohrab Mnatsakanyan, said after his return from Moscow that his country is committed to the agreement, and accused Azerbaijan of violating it from the first minutes, while the Azerbaijani Foreign Minister, Jeyhun Bayramov, said that the truce is temporary and does not mean the end of the military operations if Armenia does not withdraw.

The spokesman of the Kremlin, Dmitry Peskov, said that Moscow expects the two parties to abide strictly by what was agreed, noting that President Vladimir Putin personally followed the course of the negotiations."""),
("p03.py", "Assistant to the President Hikmat Hajiyev said Armenia was using the ceasefire to regroup its forces.",
"""Ganja, the second largest city of Azerbaijan, came under missile fire from the territory of Armenia on October 4 and October 8, and the cities of Tartar, Barda, Beylagan and Mingachevir were also shelled, according to Azerbaijani authorities. Hajiyev said Armenia was deliberately targeting cities outside the conflict zone to drag other countries into the conflict.

President Aliyev has repeatedly stated that Azerbaijan is ready for a political settlement on the basis of the UN Security Council resolutions and the territorial integrity of Azerbaijan, and that Armenia must provide a timetable for the withdrawal of its armed forces from the occupied territories."""),
("p03.py", "Foreign diplomats accredited in Azerbaijan were invited to visit the site.",
"""At the site of the attack, residents described being woken by a powerful explosion. Several families were trapped under the rubble of their homes, and ambulances took the wounded to the city's hospitals, where doctors were working through the night.

Turkey strongly condemned the attack. The Turkish Foreign Ministry said targeting civilians in Ganja was a clear violation of international law and of the humanitarian ceasefire, and that Armenia must be held accountable.

The Moscow statement, adopted by the foreign ministers of Azerbaijan, Russia and Armenia after talks on October 9-10, provided for a humanitarian ceasefire from 12:00 on October 10 for the exchange of prisoners and bodies. Azerbaijan says the Armenian armed forces violated it within minutes by shelling Tartar and Aghdam districts."""),
("p03.py", "The European Union and several governments condemned attacks on civilians by both sides.",
"""In Stepanakert, the main city of Nagorno-Karabakh, residents emerged from basements on Sunday after a night of explosions. The Karabakh authorities said shelling of the city and of the towns of Martuni and Hadrut continued despite the truce, and accused Azerbaijan of preparing a new offensive in the south.

The Moscow truce was agreed after more than ten hours of talks between the two countries' foreign ministers and Russian Foreign Minister Sergei Lavrov, and was supposed to be followed by the exchange of prisoners and bodies with the help of the International Committee of the Red Cross. The ICRC said on Sunday that the conditions were not yet in place.

Nagorno-Karabakh is internationally recognised as part of Azerbaijan but is run by ethnic Armenians. The fighting that erupted on Sept. 27 is the worst since a war in the 1990s that killed about 30,000 people. Turkey strongly backs Azerbaijan, while Russia has a defence pact with Armenia."""),
("p04.py", "Hundreds of people have been killed since Sept. 27 in the worst fighting in the region since the 1990s.",
"""Armenia's defence ministry said Azerbaijani forces had kept up attacks in the south and north overnight, and the authorities in Nagorno-Karabakh said Stepanakert had again been shelled. The enclave's officials have said more than 600 of their soldiers have died; Azerbaijan has not disclosed military losses.

Russian Foreign Minister Sergei Lavrov, who brokered the Oct. 10 deal, spoke by telephone with both foreign ministers on Saturday and urged them to respect it, the Russian foreign ministry said. Turkey's foreign ministry condemned the Ganja attack and said Armenia was committing war crimes.

""" + CWS_BG),
("p05.py", "with Russian President Vladimir Putin saying last week the toll might be close to 5,000.",
"""Azerbaijan has made steady gains in the south of the conflict zone in recent weeks, announcing the capture of the towns of Fuzuli, Jabrayil and Zangilan and, on Sunday, Gubadli, and pushing along the border with Iran towards the Lachin corridor, the main road between Armenia and Nagorno-Karabakh. Armenian officials have acknowledged setbacks but deny that the front has collapsed.

Both sides have accused each other of attacking civilians. Azerbaijan says more than 60 of its civilians have been killed, including about two dozen in two missile strikes on the city of Ganja on Oct. 11 and Oct. 17. Stepanakert, the main city of the enclave, has been shelled almost daily since the fighting began.

Turkey, which backs Azerbaijan, has said a durable ceasefire is only possible if Armenian forces withdraw. Moscow has called for the deployment of military observers, an idea Baku and Ankara have said they would consider only in a final settlement."""),
("p05.py", "Four UN Security Council resolutions and two UN General Assembly resolutions, as well as many international organizations, demand the withdrawal of the occupying forces.",
"""Turkish President Recep Tayyip Erdogan has repeatedly criticized the Minsk Group, saying the co-chairs have kept the issue unresolved for nearly 30 years and supplied Armenia with weapons. He has said Turkey will continue to stand by Azerbaijan until its lands are liberated.

Since the start of the clashes, Armenian forces have targeted civilian settlements in Azerbaijan, including Ganja, Barda and Tartar, killing more than 60 civilians, according to Azerbaijani officials. In the deadliest attacks, missiles struck residential areas of Ganja on Oct. 11 and Oct. 17.

Azerbaijani President Aliyev said in an interview that Azerbaijan was ready to stop the fighting if Armenia committed to a timetable for withdrawal, and that a cease-fire should not be used by Armenia to regroup."""),
("p05.py", "* Ankara, Baku's closest ally, has repeatedly said a lasting ceasefire requires Armenian withdrawal from Azerbaijani territory.",
"""* On the ground, Azerbaijan said on Sunday its forces had taken the town of Gubadli, continuing an advance in the south towards the Lachin corridor. Armenia rejected the claim.

* Russian President Vladimir Putin said last week he believed close to 5,000 people had been killed on both sides."""),
("p05.py", "according to official data.\n\nExit mobile version",
"""__BEFORE__The Ministry of Foreign Affairs said that the targeting of civilians with cluster munitions is a gross violation of international humanitarian law, including the Geneva Conventions, and called on the international community and the OSCE Minsk Group co-chairs to give a strong response.

The Azerbaijan National Agency for Mine Action (ANAMA) said its teams were clearing unexploded submunitions from the streets of Barda, and warned residents not to touch suspicious objects.

President Ilham Aliyev has said that Azerbaijan will respond to Armenia on the battlefield and that the Azerbaijani Army does not fight against civilians."""),
("p05.py", "More than 1,000 people are believed to have died in the fighting, including scores of civilians.",
"""Human rights groups have accused both sides of using cluster munitions in populated areas. Amnesty International said earlier this month it had identified Israeli-made cluster munitions used by Azerbaijani forces in Stepanakert, and Human Rights Watch has documented their use in the city.

""" + CWS_BG),
("p06.py", "Its capture opens the way to the rest of the Karabakh region, military experts said.",
"""Shusha was occupied by the Armenian armed forces on May 8, 1992. Its Azerbaijani population was expelled, and the historical monuments of the city, including the Yukhari Govhar Agha mosque and the houses of famous figures of Azerbaijani culture, were damaged or destroyed during the years of occupation.

Since the start of the counter-offensive on September 27, the Azerbaijani Army has liberated the cities of Jabrayil, Fuzuli, Zangilan and Gubadli, the Hadrut settlement and many villages, according to the Ministry of Defense. President Aliyev said that the Armenian armed forces had suffered heavy losses and that the enemy was fleeing."""),
("p06.py", "Former officials and opposition figures criticized the government's handling of the war.",
"""The Azerbaijani army has advanced through Hadrut region and the forests of the southern part of Artsakh in recent weeks, cutting the Berdzor road in places. Volunteer detachments from Armenia left for the front over the weekend.

Since September 27, Artsakh officials say, more than 1,000 Armenian servicemen have been killed, and dozens of civilians have died in shelling of Stepanakert, Martuni, Hadrut and other communities. Tens of thousands of residents have fled to Armenia."""),
("p06.py", "Baku apologised, calling it an accident, and offered compensation.",
"""Turkish Foreign Minister Mevlut Cavusoglu congratulated Azerbaijan, saying it had won an important victory on the field and at the table. In Baku, crowds again took to the streets waving Azerbaijani and Turkish flags.

Russia's Defence Ministry said the first peacekeepers from a motorised rifle brigade had begun flying out from an airfield near Ulyanovsk on Tuesday morning. The peacekeeping force is to be commanded by Lieutenant General Rustam Muradov.

The deal is a stinging defeat for Pashinyan, who came to power in 2018 on the back of street protests. Opposition parties called for his resignation and for the agreement to be annulled; Pashinyan said he would not step down."""),
("p06.py", "Kremlin spokesman Dmitry Peskov said that the deployment of Turkish peacekeepers was not discussed and that no such provisions are contained in the document.",
"""Earlier on November 9, a Russian Mi-24 helicopter was shot down over Armenian territory near the border with the Nakhichevan Autonomous Republic. Two crew members were killed and one was injured. The Azerbaijani Foreign Ministry acknowledged that the helicopter was shot down by mistake, apologised and offered to pay compensation."""),
("p07.py", "Şuşa's liberation after the enemy's back broken\" said.",
"""Aliyev also said, the agreement in Turkey's role also being, Turkey and Russia together peacekeeping activity will conduct, said. Kremlin Sözcüsü Dmitriy Peskov however, agreement in Turkish peace force about item not existing said."""),
("p07.py", "nearly 300 of its settlements and villages from occupation.",
"""On Sunday, Turkish Foreign Minister Mevlut Cavusoglu visited Baku, where he met President Aliyev hours after the liberation of Shusha was announced.

Turkey has given strong political and military support to Azerbaijan since the conflict began, and has rejected claims by Armenia, France and Russia that it sent Syrian fighters to the region. Erdogan has said Turkey will continue to support Azerbaijan until the complete liberation of its territories.

The Turkish parliament is expected to vote on a presidential motion authorizing the deployment of Turkish troops to the joint center, according to officials."""),
("p07.py", "where opposition parties are demanding Prime Minister Nikol Pashinyan's resignation.",
"""Moscow has been keen to limit Ankara's role in a region it regards as its sphere of influence. The Kremlin said on Tuesday that the trilateral deal made no mention of Turkish peacekeepers, and Russian officials have stressed that the monitoring centre will operate on Azerbaijani territory outside the area of the Russian peacekeeping mission.

Turkey and Russia already cooperate on ceasefire monitoring elsewhere: they run joint patrols in northeast Syria and have a ceasefire arrangement in Syria's Idlib province, while backing opposite sides in Libya's civil war."""),
]
import re
for f, anchor, text in ADD:
    if text is None: continue
    p = "parts/" + f; s = open(p).read()
    before = text.startswith("__BEFORE__")
    t = text.replace("__BEFORE__", "")
    if t in s: continue
    assert s.count(anchor) == 1, (f, anchor[:60])
    if before:
        # insert before the first line after the anchor's first sentence-end
        head, _, tail = anchor.partition("\n")
        s = s.replace(anchor, head + "\n\n" + t + "\n" + tail)
    else:
        s = s.replace(anchor, anchor + "\n\n" + t)
    open(p, "w").write(s)
print("ok")
