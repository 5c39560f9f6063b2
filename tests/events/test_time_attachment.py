"""Which time expression dates a trigger, dated participles as events, and actorless repeats folding into
the event the article already told. Sentences written for these tests."""
from datetime import date

import pytest

from sanderling.events.lexicon import load_lexicon
from sanderling.events.triggers import find_triggers
from sanderling.pipeline import code_article
from sanderling.records import Article
from coding import code, of_type

# Monday 6 January 2020: the House of Representatives voted on Saturday 4 January against the
# memoranda Tripoli and Ankara signed on 27 November 2019.
MONDAY_JAN = "2020-01-06"
SATURDAY_JAN = date(2020, 1, 4)


# ------------------------------------------------------------------------ _attached_time
def test_governing_clause_dates_the_trigger_not_the_relative_clause(resources):
    evs = code("The parliament voted on Saturday to reject the two memoranda signed in November.",
               MONDAY_JAN, resources)
    rejects = of_type(evs, "REJECT")
    assert len(rejects) == 1
    ev = rejects[0]
    assert ev.trigger == "reject"
    assert ev.date == SATURDAY_JAN and ev.date_end == SATURDAY_JAN
    assert ev.date_source == "text" and "Saturday" in ev.date_text
    assert ev.date_precision == "day"
    assert ev.historical is False


def test_governing_clause_wins_even_when_the_other_date_is_nearer(resources):
    # "in November" is five words from "reject", "On Saturday" fifteen: nearness alone would pick November
    evs = code("On Saturday, after a long and heated session in Tobruk, the parliament voted to reject the two "
               "memoranda signed in November.", MONDAY_JAN, resources)
    ev = of_type(evs, "REJECT")[0]
    assert ev.date == SATURDAY_JAN
    assert "November" not in (ev.date_text or "")
    assert ev.historical is False


def test_the_other_clause_keeps_its_own_date(resources):
    evs = code("The parliament in Tobruk voted unanimously on Saturday to reject the maritime and security "
               "memoranda that Sarraj signed with Erdogan in November.", MONDAY_JAN, resources)
    reject = of_type(evs, "REJECT")[0]
    assert reject.date == SATURDAY_JAN and reject.historical is False
    signed = [e for e in of_type(evs, "SUPPORT") if e.trigger == "signed"]
    assert len(signed) == 1
    assert (signed[0].date.year, signed[0].date.month) == (2019, 11)
    assert signed[0].date_precision == "month"
    assert signed[0].historical is True


def test_a_relative_clause_about_the_happening_dates_it(resources):
    # machine-translated English: "since yesterday" dates the calm, "on dawn of Saturday" the clashes
    evs = code("The capital Tripoli is living in a state of cautious calm since yesterday, after the violent "
               "clashes which was erupted on dawn of Saturday between the forces of the two governments.",
               "2022-08-29", resources)
    clashes = of_type(evs, "ASSAULT")
    assert clashes and clashes[0].date == date(2022, 8, 27)


def test_a_relative_clause_about_another_party_does_not_date_the_happening(resources):
    from sanderling.events.build import _tells_of_its_head
    doc = resources.nlp("Residents returned after the attack which Turkey condemned on Saturday.")
    condemned = next(t for t in doc if t.text == "condemned")
    assert not _tells_of_its_head(condemned)
    doc = resources.nlp("Residents returned after the clashes which erupted on Saturday.")
    assert _tells_of_its_head(next(t for t in doc if t.text == "erupted"))


def test_a_possessive_time_dates_its_noun_not_the_verb(resources):
    evs = code("The U.N. Security Council on Wednesday demanded a lasting ceasefire in Libya and endorsed the "
               "conclusions of last month's Berlin conference.", "2020-02-13", resources)
    endorsed = [e for e in evs if e.trigger == "endorsed"]
    assert endorsed and endorsed[0].date == date(2020, 2, 12) and not endorsed[0].historical
    conference = [e for e in evs if e.trigger == "conference"]
    assert conference and (conference[0].date.year, conference[0].date.month) == (2020, 1)


def test_a_happening_after_which_the_clause_is_told_keeps_its_own_date(resources):
    evs = code("European governments came under growing pressure on Thursday to stop returning migrants to Libya "
               "after an air strike on a detention centre in Tajoura killed at least 44 people late on Tuesday.",
               "2019-07-05", resources)
    strikes = of_type(evs, "ASSAULT")
    assert strikes and {e.date for e in strikes} == {date(2019, 7, 2)}


def test_a_coarse_frame_still_dates_what_came_just_before(resources):
    evs = code("Last year, after Donald Trump spoke on the phone with Haftar, the White House said the president "
               "recognised his role.", "2020-04-29", resources)
    calls = [e for e in evs if e.trigger == "spoke"]
    assert calls and calls[0].date.year == 2019 and calls[0].historical


# ------------------------------------------------------------------------ _dated participles
@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def _parse(resources, text):
    return next(resources.nlp(text).sents)


def _tok(sent, word):
    return next(t for t in sent if t.text == word)


def test_dated_reduced_passive_support_participle_is_an_event(resources, lexicon):
    sent = _parse(resources, "News of the ceasefire signed in Geneva on Friday was welcomed in Tripoli.")
    signed = _tok(sent, "signed")
    # the case under test: a reduced passive (acl, VBN) of a SUPPORT trigger
    assert (signed.dep_, signed.tag_) == ("acl", "VBN")
    found = {h.token.i: h for h in find_triggers(sent, lexicon)}
    assert signed.i in found
    assert found[signed.i].trigger.event_type == "SUPPORT"


def test_undated_reduced_passive_support_participle_is_a_state(resources, lexicon):
    sent = _parse(resources, "The ceasefire signed in Geneva was welcomed in Tripoli.")
    signed = _tok(sent, "signed")
    assert (signed.dep_, signed.tag_) == ("acl", "VBN")
    found = {h.token.i for h in find_triggers(sent, lexicon)}
    assert signed.i not in found
    # the main verb is still found: the skip is about the participle only
    assert _tok(sent, "welcomed").i in found


def test_place_alone_does_not_date_a_participle(resources, lexicon):
    # "in Geneva" is a prepositional phrase like "on Friday", but not a date
    for text in ("The ceasefire agreement signed in Geneva was welcomed in Tripoli.",
                 "The government backed by Turkey rejected the proposal."):
        sent = _parse(resources, text)
        part = next(t for t in sent if t.dep_ == "acl" and t.tag_ == "VBN")
        assert part.i not in {h.token.i for h in find_triggers(sent, lexicon)}, text


def test_dated_participle_on_a_compound_noun(resources, lexicon):
    sent = _parse(resources, "The ceasefire agreement signed in Geneva on Friday was welcomed in Tripoli.")
    signed = _tok(sent, "signed")
    assert (signed.dep_, signed.tag_) == ("acl", "VBN")
    assert signed.i in {h.token.i for h in find_triggers(sent, lexicon)}


# ------------------------------------------------------------------------ _dedupe
ACADEMY = ("Forces loyal to Khalifa Haftar bombed a military academy in Tripoli on Saturday, killing 28 cadets.\n\n"
           "The cadets had gathered on the parade ground when the strike hit, officials said.")


def test_unattributed_repeat_folds_into_the_told_attack(resources):
    evs = code(ACADEMY, "2020-01-05", resources)
    assaults = of_type(evs, "ASSAULT")
    assert len(assaults) == 1
    ev = assaults[0]
    assert ev.trigger == "bombed"
    assert [a.id for a in ev.actor] == ["LBY_LNA"]
    assert ev.date == SATURDAY_JAN
    # the lede and the body sentence "when the strike hit" are both evidence of it
    sentences = {e.start: e.sentence for e in ev.evidence}
    assert len(sentences) == 2
    assert sentences[0].startswith("Forces loyal to Khalifa Haftar bombed")
    assert any("when the strike hit" in s for s in sentences.values())


def test_unattributed_repeat_gives_exactly_two_evidence_sentences(resources):
    text = ("Forces loyal to Khalifa Haftar bombed a military academy in Tripoli on Saturday.\n\n"
            "The cadets had gathered on the parade ground when the strike hit, officials said.")
    assaults = of_type(code(text, "2020-01-05", resources), "ASSAULT")
    assert len(assaults) == 1
    assert len(assaults[0].evidence) == 2
    assert "when the strike hit" in assaults[0].evidence[1].sentence


def test_unattributed_repeat_same_day_same_place_folds(resources):
    text = ("A rocket hit Mitiga airport in Tripoli on Monday, damaging a passenger plane.\n\n"
            "The rocket hit the runway as the plane was boarding on Monday, airport officials said.")
    assaults = of_type(code(text, "2020-05-20", resources), "ASSAULT")
    assert len(assaults) == 1
    assert len(assaults[0].evidence) == 2
    assert assaults[0].date == date(2020, 5, 18)


@pytest.mark.parametrize("text, days, places", [
    # different days and different places
    ("A rocket hit the port of Tripoli on Monday.\n\nAnother rocket hit Mitiga airport on Tuesday.",
     [date(2020, 5, 18), date(2020, 5, 19)], None),
    # same place, different days
    ("A rocket hit Mitiga airport on Monday.\n\nAnother rocket hit Mitiga airport on Tuesday.",
     [date(2020, 5, 18), date(2020, 5, 19)], ["Mitiga International Airport"] * 2),
    # same day, different places
    ("A rocket hit the port of Tripoli on Monday.\n\nAnother rocket hit Mitiga airport on Monday.",
     [date(2020, 5, 18), date(2020, 5, 18)], ["Tripoli", "Mitiga International Airport"]),
])
def test_distinct_unattributed_attacks_stay_apart(resources, text, days, places):
    assaults = of_type(code(text, "2020-05-20", resources), "ASSAULT")
    assert len(assaults) == 2
    assert [e.date for e in assaults] == days
    assert all(len(e.evidence) == 1 for e in assaults)
    assert assaults[0].evidence[0].start != assaults[1].evidence[0].start
    if places is not None:
        assert [e.location.name for e in assaults] == places


def test_the_time_of_a_promised_act_does_not_date_the_promise(resources):
    from sanderling.pipeline import code_article
    from sanderling.records import Article
    art = Article(id="t", published=date(2021, 3, 10),
                  text="Dbeibah told the chamber after the vote on Wednesday, pledging to serve all regions "
                       "equally and to lead the country to elections in December.")
    pledge = [e for e in code_article(art, resources).events if e.trigger == "pledging"]
    assert pledge and pledge[0].date == date(2021, 3, 10) and not pledge[0].historical


@pytest.mark.parametrize("text,expected", [
    ("Cars crossed the former front line west of Sirte on Saturday, a day after Libya's joint military "
     "commission formally reopened the coastal highway between Misrata and Sirte.", date(2021, 7, 30)),
    ("The talks resumed on Monday, two days after rockets hit Tripoli's port.", date(2021, 7, 24)),
])
def test_a_measured_gap_after_a_dated_happening_dates_the_earlier_one(resources, text, expected):
    art = Article(id="t", published=date(2021, 7, 31), text=text)
    trig = {"reopened", "hit"}
    evs = [e for e in code_article(art, resources).events if e.trigger in trig]
    assert evs and evs[0].date == expected and evs[0].date_source == "text"


def test_a_measured_gap_dates_an_after_clause_hung_off_the_main_verb(resources):
    # "on Sunday" modifies "repeated"; the 'after' clause hangs off "was": the threat came a day earlier
    evs = of_type(code("This was the message repeated on Sunday by officials in Tripoli, one day after Egyptian "
                       "president Abdel Fattah el-Sisi threatened to send his army into Libya.", "2020-06-21",
                       resources), "THREATEN")
    assert evs and evs[0].date == date(2020, 6, 20)


def test_a_participle_after_a_comma_belongs_to_the_main_clause(resources):
    # the parser hangs "calling" off "to end"; the call is Saturday's and Sisi's, not part of the aim
    evs = of_type(code("CAIRO - President Abdel Fattah el-Sisi on Saturday announced a new Egyptian initiative to "
                       "end the war in Libya, calling for a ceasefire across the country.", "2020-06-06", resources),
                  "REQUEST")
    assert evs and [a.id for a in evs[0].actor] == ["EGY_SISI"] and evs[0].status == "asserted"
    assert evs[0].date == date(2020, 6, 6)


def test_a_joint_dateline_is_not_the_subject(resources):
    evs = of_type(code("TRIPOLI/CAIRO, June 7 (LPA) - Libya's internationally recognised government on Sunday "
                       "dismissed a ceasefire proposal announced in Cairo by Egypt's President Abdel Fattah el-Sisi, "
                       "as its forces pressed an offensive toward Sirte.", "2020-06-07", resources), "REJECT")
    assert evs and [a.id for a in evs[0].actor] == ["LBY_GNA"]


def test_a_denial_does_not_reach_into_a_finite_as_clause(resources):
    evs = code("Libya's government on Sunday dismissed a ceasefire proposal, as its forces pressed an offensive "
               "toward Sirte.", "2020-06-07", resources)
    assault = of_type(evs, "ASSAULT")
    assert assault and assault[0].status == "asserted"


@pytest.mark.parametrize("text", [
    "FLASH - Fayez al-Sarraj said on Wednesday he intends to step down and hand his duties to a new executive "
    "authority by the end of October at the latest.",
    "Fayez al-Sarraj said on Wednesday he would hand over power by the end of October.",
])
def test_a_pledge_with_a_deadline_is_dated_when_made(resources, text):
    # the deadline is the coming October (the second verb shares the first's intent; "would" after "said" is
    # the future of the saying); the pledge itself is Wednesday's
    evs = of_type(code(text, "2020-09-16", resources), "AGREE")
    assert evs and evs[0].date == date(2020, 9, 16) and evs[0].status == "future"
    assert evs[0].date_source == "text"


def test_a_deadline_set_by_a_wish_lies_ahead(resources):
    # "no later than the end of October" hangs on "wished": the coming October, and the wish is Wednesday's
    evs = of_type(code("Fayez al-Sarraj has never looked comfortable in power. In a televised address on Wednesday "
                       "evening, the head of the Presidential Council said he wished to hand his powers to a new "
                       "executive \"no later than the end of October\".", "2020-09-18", resources), "AGREE")
    assert evs and evs[0].date == date(2020, 9, 16) and evs[0].status == "future"


# ------------------------------------------------------------------------ stative participles
def test_a_day_on_a_stative_participle_dates_the_verb(resources):
    # the parser hangs "on Monday" on "held"; positions are held, not held on a day, so Monday dates the strike
    # and the battle that "began more than a month ago" does not
    evs = code("Unidentified warplanes struck positions held by Islamist-aligned militias in the Libyan capital "
               "Tripoli before dawn on Monday, residents and local television stations said, in the first air "
               "raids on the city since the battle for its airport began more than a month ago.",
               "2014-08-18", resources)
    strikes = of_type(evs, "ASSAULT")
    assert strikes and all(e.date == date(2014, 8, 18) for e in strikes)
    # those who tell of the raids did not carry them out
    assert not any("LBY_CVL" in {a.id for a in e.actor} for e in strikes)


def test_talks_held_on_a_day_keep_that_day(resources):
    evs = code("Egypt on Wednesday condemned the talks held in Geneva on Monday.", "2020-02-19", resources)
    condemn = of_type(evs, "ACCUSE")
    assert condemn and condemn[0].date == date(2020, 2, 19)


def test_a_meeting_held_on_a_day_dates_what_it_brought_about(resources):
    evs = code("The meeting, held on Sunday at the Arab League headquarters at the invitation of Secretary-General "
               "Ahmed Aboul Gheit, brought together Presidential Council head Mohamed al-Menfi, House of "
               "Representatives speaker Aguila Saleh and High Council of State president Mohamed Takala.",
               "2024-03-11", resources)
    met = of_type(evs, "CONSULT")
    assert met and met[0].date == date(2024, 3, 10) and met[0].date_source == "text"


@pytest.mark.parametrize("text", [
    "Passengers were stranded at the airport on Monday after rockets fell in the area, forcing the capital's only "
    "airport to shut its airspace until at least Wednesday.",
    "Passengers were stranded at the airport on Monday after rockets fell in the area, forcing the capital's only "
    "airport to shut its airspace, and clerks were telling travellers not to expect anything before Wednesday.",
])
def test_a_horizon_looks_ahead_and_does_not_date_the_closure(resources, text):
    # published on a Tuesday: read backwards, "Wednesday" would be six days before the closure it bounds
    evs = [e for e in code(text, "2019-07-30", resources) if e.event_type == "COERCE"]
    assert evs and all(e.date == date(2019, 7, 29) for e in evs)


def test_a_horizon_reads_the_coming_weekday(resources):
    from sanderling.pipeline import sentence_times
    doc = resources.nlp("The airport shut its airspace until at least Wednesday, the authority said.")
    wed = [te for te in sentence_times(next(doc.sents), date(2019, 7, 30)) if "Wednesday" in te.text]
    assert wed and wed[0].date_start == date(2019, 7, 31)
    doc = resources.nlp("The airport stayed shut until Wednesday, the authority said.")
    wed = [te for te in sentence_times(next(doc.sents), date(2019, 7, 30)) if "Wednesday" in te.text]
    assert wed and wed[0].date_start == date(2019, 7, 24)


# ------------------------------------------------------------------------ a clause on another branch
def test_a_relative_clause_on_another_branch_does_not_date_the_talks(resources):
    # Friday 5 June 2020: the talks were the day's news; "last November" dates the signing alone
    evs = code("Speaking after talks with Fayez al-Sarraj in Ankara, Recep Tayyip Erdogan said the two governments "
               "would cooperate on energy under the maritime accord they signed last November.", "2020-06-05",
               resources)
    talks = [e for e in of_type(evs, "CONSULT") if e.trigger == "talks"]
    assert talks and not talks[0].historical and talks[0].date == date(2020, 6, 5)


def test_a_relative_clause_in_a_time_adjunct_still_frames_the_event(resources):
    evs = code("Gharyan was taken by Khalifa Haftar's forces at the start of the campaign that began in April 2019.",
               "2020-06-27", resources)
    taken = [e for e in evs if e.trigger == "taken"]
    assert taken and taken[0].date == date(2019, 4, 1) and taken[0].historical


# ------------------------------------------------------------------------ paragraph frames
def test_a_since_yardstick_does_not_date_the_rest_of_the_paragraph(resources):
    evs = code("The violence was the worst in the capital since the end of the siege of Tripoli in June 2020. "
               "Armed groups loyal to the prime minister routed the Tripoli Revolutionaries Brigade and seized its "
               "bases in the city centre.", "2022-08-29", resources)
    routs = [e for e in of_type(evs, "ASSAULT") if e.trigger == "routed"]
    assert routs and routs[0].date == date(2022, 8, 29) and not routs[0].historical


def test_a_plain_past_time_still_frames_its_paragraph(resources):
    evs = code("Fighting broke out in Tripoli in June 2020. Armed groups loyal to the prime minister routed the "
               "Tripoli Revolutionaries Brigade.", "2022-08-29", resources)
    routs = [e for e in of_type(evs, "ASSAULT") if e.trigger == "routed"]
    assert routs and routs[0].date.year == 2020 and routs[0].historical
