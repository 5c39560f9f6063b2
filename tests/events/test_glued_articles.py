"""A file holding two articles glued together by a scraper: the reader records where the second begins, and
the second article's opening is not taken for a recap of the first. Sentences written for these tests."""
import json
from datetime import date

from coding import ids, of_type

from sanderling.ingest import read_inputs
from sanderling.pipeline import code_article

FIRST = ("TRIPOLI - Forces of the Government of National Accord took full control of the city of Tarhuna on "
         "Friday, the last stronghold of Khalifa Haftar's forces in western Libya, a GNA spokesman said.\n\n"
         "Residents said the fighters of the Kaniyat militia had fled south towards Bani Walid overnight. The GNA "
         "said its units were searching the city and clearing mines left behind by the retreating forces.\n\n"
         "Aid agencies said they were ready to send teams once the roads were safe, and the UN mission urged "
         "both sides to protect civilians and to return to the talks on a lasting ceasefire.\n\n"
         "Related Articles\n\n\n")
SECOND = ("Egypt hosts Libyan lawmakers for talks on the constitution\n\n"
          "CAIRO - Egyptian Foreign Minister Sameh Shoukry met a delegation of Libyan lawmakers in Cairo on "
          "June 1, the ministry said, in a meeting on the steps toward elections.\n\n"
          "The delegation included members of the House of Representatives and of the High Council of State, "
          "who have met several times this year to discuss a constitutional basis for a vote.\n\n"
          "Officials said the talks would continue in the coming weeks in the Egyptian capital.")


def _read(tmp_path, text):
    path = tmp_path / "glued.jsonl"
    path.write_text(json.dumps({"id": "g1", "published": "2020-06-06", "text": text}) + "\n", encoding="utf-8")
    [art] = [a for a in read_inputs([str(path)]) if hasattr(a, "glued_at")]
    return art


def test_the_reader_finds_where_the_glued_article_begins(tmp_path):
    art = _read(tmp_path, FIRST + SECOND)
    assert len(art.glued_at) == 1
    assert art.text[art.glued_at[0]:].startswith("CAIRO - Egyptian Foreign Minister")   # its headline went with the link list
    assert "Related Articles" not in art.text      # cleaned, and the seam still found


def test_one_article_has_no_seam(tmp_path):
    assert _read(tmp_path, FIRST.replace("Related Articles\n\n\n", "")).glued_at == ()


def test_the_glued_articles_opening_is_not_a_recap(tmp_path, resources):
    art = _read(tmp_path, FIRST + SECOND)
    meeting = [e for e in of_type(code_article(art, resources).events, "CONSULT") if "EGY" in
               {a.country for a in e.actor}]
    assert meeting and meeting[0].date == date(2020, 6, 1) and not meeting[0].historical


def test_the_same_meeting_told_late_in_one_article_is_a_recap(tmp_path, resources):
    # the control: without the seam the meeting is recalled five days on by a story about Tarhuna
    text = FIRST.replace("Related Articles\n\n\n", "") + SECOND.split("\n\n", 1)[1]
    art = _read(tmp_path, text)
    assert art.glued_at == ()
    meeting = [e for e in of_type(code_article(art, resources).events, "CONSULT") if "EGY" in
               {a.country for a in e.actor}]
    assert meeting and meeting[0].historical
