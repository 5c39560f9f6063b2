"""Ways real leads word their news that the coder used to miss or misdate: a call by telephone, a halt to
operations, a team going aboard a ship, talks between the delegations of two bodies, a commitment, a date
written before another event's noun or on a meeting still running. Sentences written for these tests."""
from coding import code, ids, of_type


def test_telephoned_is_a_phone_call(resources):
    evs = code("The White House said on Friday that Donald Trump had telephoned Khalifa Haftar on Monday.",
               "2019-04-20", resources)
    call = of_type(evs, "CONSULT")
    assert call and "USA_TRUMP" in ids(call[0].actor) and "LBY_HAFTAR" in ids(call[0].recipient)
    assert call[0].mode == "phone"


def test_halting_military_operations_is_a_ceasefire_not_a_sanction(resources):
    evs = code("The Libyan National Army will halt military operations for the rest of Ramadan, its spokesman "
               "Ahmed al-Mismari said late on Wednesday.", "2020-04-30", resources)
    assert not of_type(evs, "SANCTION")
    promised = of_type(evs, "AGREE")
    assert promised and "LBY_LNA" in ids(promised[0].actor) and str(promised[0].date) == "2020-04-29"
    done = of_type(code("Turkey suspended military operations in northern Syria on Thursday.", "2019-10-18",
                        resources), "RETREAT")
    assert done and done[0].mode == "ceasefire"
    # suspending flights is still a sanction
    flights = code("Turkey suspended flights to Benghazi on Friday.", "2019-07-01", resources)
    assert of_type(flights, "SANCTION") and not of_type(flights, "RETREAT")


def test_going_aboard_a_ship_is_boarding_it(resources):
    evs = code("Early on Thursday a team from the EU's Operation Irini went aboard the merchant vessel Ocean Star, "
               "suspected of carrying arms to Libya.", "2020-09-10", resources)
    boarded = of_type(evs, "COERCE")
    assert boarded and "EUR_IRINI" in ids(boarded[0].actor) and str(boarded[0].date) == "2020-09-10"
    # going aboard a plane to fly home is no boarding of anyone
    assert not of_type(code("The minister went aboard his plane in Rome on Thursday.", "2020-09-10", resources),
                       "COERCE")


def test_talks_between_the_delegations_of_two_bodies(resources):
    evs = code("The second round of talks between the delegations of the High Council of State and the House of "
               "Representatives concluded late on Tuesday in Bouznika.", "2020-10-07", resources)
    met = of_type(evs, "CONSULT")
    assert met and {"LBY_HCS", "LBY_HOR"} <= ids(met[0].actor) | ids(met[0].recipient)
    assert str(met[0].date) == "2020-10-06"


def test_a_commitment_to_work_toward_elections_is_an_agreement(resources):
    evs = code("PARIS - Libya's four rival leaders committed on Tuesday to work toward elections on December 10, "
               "at a meeting hosted by President Emmanuel Macron.", "2018-05-29", resources)
    agreed = of_type(evs, "AGREE")
    assert agreed and str(agreed[0].date) == "2018-05-29"
    # committing to withdraw promises the withdrawal; it is not told as done
    evs = code("The rebels committed on Monday to withdraw from the town.", "2018-05-29", resources)
    assert not [e for e in of_type(evs, "RETREAT") if e.status == "asserted"] and of_type(evs, "AGREE")
    # committing a crime is no promise
    assert not of_type(code("The army committed war crimes in Tarhuna, the UN said on Monday.", "2020-06-16",
                            resources), "AGREE")


def test_a_date_before_another_events_noun_dates_that_noun(resources):
    evs = code("Libya's Joint Military Commission has agreed a first package of measures for the 23 October "
               "ceasefire at its first meeting inside Libya, held in Ghadames on Tuesday.", "2020-11-04", resources)
    agreed = of_type(evs, "AGREE")
    assert agreed and str(agreed[0].date) == "2020-11-03" and not agreed[0].historical


def test_a_meeting_running_since_monday_does_not_date_what_it_agreed(resources):
    evs = code("UN envoy Stephanie Williams announced on Friday that the 75 members of the Libyan Political "
               "Dialogue Forum, meeting since Monday outside Tunis, have agreed to hold elections on 24 December "
               "2021.", "2020-11-14", resources)
    agreed = of_type(evs, "AGREE")
    assert agreed and str(agreed[0].date) == "2020-11-13"
    # a participle on the subject still dates its verb when it gives the day itself
    evs = code("The parliament, meeting in a closed session on Monday, authorised the deployment of troops.",
               "2020-11-14", resources)
    assert [e for e in evs if str(e.date) == "2020-11-09" and e.event_type != "CONSULT"]


def test_a_named_campaign_inside_a_relative_clause_is_background(resources):
    evs = code("TRIPOLI - Forces allied to Libya's internationally recognised government said on Thursday they "
               "were in full control of Gharyan, the mountain town that had served as the main forward base for "
               "Khalifa Haftar's offensive on Tripoli.", "2019-06-27", resources)
    assert not [e for e in of_type(evs, "ASSAULT") if "LBY_HAFTAR" in ids(e.actor) and not e.historical]
    # the campaign told as the clause's news keeps the clause's day
    evs = code("Haftar's offensive on Tripoli resumed on Thursday after a two-day lull.", "2019-06-28", resources)
    assert [e for e in of_type(evs, "ASSAULT") if str(e.date) == "2019-06-27" and not e.historical]


def test_a_large_scale_exercise_shows_force(resources):
    evs = code("The Turkish navy held a large-scale exercise off the coast of Libya on Wednesday.", "2020-07-09",
               resources)
    shown = of_type(evs, "MOBILIZE")
    assert shown and "TUR_MIL" in ids(shown[0].actor) and shown[0].cameo == "150"


def test_a_dated_statement_dates_what_it_says(resources):
    evs = code("Africa Command's 26 May statement accusing Russia of deploying fighter aircraft to Libya was "
               "unusually blunt.", "2020-05-28", resources)
    accused = of_type(evs, "ACCUSE")
    assert accused and str(accused[0].date) == "2020-05-26"


def test_a_running_fight_keeps_its_since(resources):
    # the parser hangs "since May" on the participle of the object; the fighting has gone on since then
    evs = code("Ansar al-Sharia and its allies have been fighting army units backing the Dignity operation of "
               "General Khalifa Haftar since May.", "2014-06-26", resources)
    fights = of_type(evs, "ASSAULT")
    assert fights and str(fights[0].date) == "2014-05-01"


def test_moving_somewhere_to_do_something_is_no_promise(resources):
    evs = code("ANKARA - Turkish troops have started moving to Libya to support the internationally recognised "
               "government, President Tayyip Erdogan said on Sunday.", "2020-01-05", resources)
    assert of_type(evs, "MOBILIZE") and not of_type(evs, "AGREE")


def test_full_control_of_a_place_is_its_capture(resources):
    evs = code("TRIPOLI - Forces allied to the Government of National Accord said on Thursday they were in full "
               "control of Gharyan.", "2019-06-27", resources)
    taken = of_type(evs, "ASSAULT")
    assert taken and taken[0].location is not None and taken[0].location.name == "Gharyan"
    # control of a situation, or of a region named by no place, is no capture
    assert not of_type(code("The army is in full control of the situation, the spokesman said on Thursday.",
                            "2019-06-27", resources), "ASSAULT")


def test_a_rejected_decision_was_taken(resources):
    evs = code("Tripoli - The Government of National Accord has rejected Greece's decision to expel the Libyan "
               "ambassador, calling it unjustified.", "2019-12-07", resources)
    expelled = [e for e in of_type(evs, "SANCTION") if "GRC" in ids(e.actor)]
    assert expelled and expelled[0].status == "asserted"
    assert of_type(evs, "REJECT")
    # a rejected claim is still denied
    evs = code("Ankara rejected claims that Turkish frigates had harassed a French warship.", "2020-06-18",
               resources)
    assert not [e for e in evs if e.event_type in ("ASSAULT", "COERCE", "THREATEN") and e.status == "asserted"]


def test_force_majeure_reimposed(resources):
    evs = code("Libya's National Oil Corporation reimposed force majeure on all crude exports on Sunday.",
               "2020-07-13", resources)
    halted = of_type(evs, "SANCTION")
    assert halted and "LBY_NOC" in ids(halted[0].actor) and str(halted[0].date) == "2020-07-12"


def test_exports_to_resume_end_a_blockade(resources):
    evs = code("Khalifa Haftar announced on Friday that oil production and exports could resume.", "2020-09-19",
               resources)
    promised = of_type(evs, "AGREE")
    assert promised and "LBY_HAFTAR" in ids(promised[0].actor) and str(promised[0].date) == "2020-09-18"


def test_months_after_dates_the_earlier_deed_to_its_month(resources):
    evs = code("Eight months after his supporters shut Libya's oil terminals, Khalifa Haftar announced on Friday "
               "that production could resume.", "2020-09-19", resources)
    shut = of_type(evs, "COERCE")
    assert shut and shut[0].historical and str(shut[0].date) == "2020-01-01" and shut[0].date_precision == "month"
    # a gap in days still dates the earlier deed to its day
    evs = code("Turkey condemned the attack on Saturday, a day after LNA forces shelled Mitiga airport.",
               "2020-09-20", resources)
    shelled = [e for e in of_type(evs, "ASSAULT") if "LBY_LNA" in ids(e.actor)]
    assert shelled and str(shelled[0].date) == "2020-09-18" and shelled[0].date_precision == "day"
