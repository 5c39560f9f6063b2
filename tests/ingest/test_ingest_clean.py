"""clean_text: each kind of scraper debris goes, article text stays character for character."""
from __future__ import annotations

import pytest

from sanderling.ingest import clean_text, split_glued

BODY = ("Turkish Defence Minister Hulusi Akar met Libyan officials in Tripoli on Saturday to discuss "
        "military training and the defence of the capital.")
BODY2 = ("The visit came days after Khalifa Haftar urged his followers to drive Turkish forces out of "
         "the country, a week before the anniversary of the ceasefire.")


def _clean(*lines: str) -> str:
    return clean_text("\n\n".join((BODY,) + lines + (BODY2,)))


def _kept(out: str):
    assert BODY in out and BODY2 in out


@pytest.mark.parametrize("debris", [
    "[ad_1]", "[ad_2]", "Exit mobile version", "Advertisement", "ADVERTISEMENT",
    "Share this:", "Facebook Twitter WhatsApp Email", "Share on Facebook", "Click to share on Twitter (Opens in new window)",
    "12 comments", "comments", "Comments (3)", "Leave a comment", "Leave a Reply",
    "Read also: Intervening in Libya, a regional issue for Erdogan", "Read more: Haftar forces retreat from Tarhouna",
    "Also read: Greece expels Libyan ambassador", "READ MORE", "Other reports by iNewsToday",
    "We use cookies to give you the best experience on our website. By continuing to browse you accept our cookie policy.",
    "Follow us on Twitter", "Follow us on Facebook and Instagram.", "Subscribe to our newsletter",
    "Sign up for our daily newsletter to get the latest headlines", "© 2020 Example Media. All rights reserved.",
    "Copyright 2020 The Example Wire", "By RFIPosted on 04-01-2020Modified on 04-01-2020 at 18:43",
    "Published on May 23, 2020 at 10:42", "Site icon Turkish Minute", "Tags: Libya, Turkey, Haftar",
])
def test_debris_line_removed(debris):
    out = _clean(debris)
    _kept(out)
    assert debris not in out
    assert out == BODY + "\n\n" + BODY2


def test_ad_fragment_inside_a_line():
    out = clean_text("[ad_1] " + BODY + " [ad_2]")
    assert out == BODY


@pytest.mark.parametrize("marker", ["Related Articles", "Related Posts", "Related", "On the same subject",
                                    "You may also like", "More on this story"])
def test_headline_list_after_marker_removed(marker):
    text = "\n\n".join([BODY, BODY2, marker,
                        "Libya: Sending Turkish Troops Concerns African Union, UN",
                        'Libya: "There is no military solution to the crisis," insists Macron',
                        "Turkish parliament gives green light to military intervention in Libya",
                        "comments"])
    assert clean_text(text) == BODY + "\n\n" + BODY2


def test_prose_after_a_marker_is_kept():
    # A marker in mid-page followed by real article prose: the prose stays.
    text = "\n\n".join([BODY, "Related", "Short Headline About Something",
                        "Greek Prime Minister Kyriakos Mitsotakis said the maritime deal between Ankara and "
                        "Tripoli ignored the presence of Crete and had no legal effect.", BODY2])
    out = clean_text(text)
    assert "Kyriakos Mitsotakis said the maritime deal" in out and BODY2 in out
    assert "Short Headline About Something" not in out


def test_short_real_paragraphs_are_kept():
    text = "\n\n".join([BODY, "Russia and US react", "Nobody was hurt.", '"We will not stay silent," he said.',
                        "Comments by the minister drew criticism in Athens.", BODY2])
    out = clean_text(text)
    for kept in ("Russia and US react", "Nobody was hurt.", '"We will not stay silent," he said.',
                 "Comments by the minister drew criticism in Athens."):
        assert kept in out


def test_characters_inside_sentences_are_not_changed():
    s = "Namrous “thanked the Turks for their support” – and said the army needed ‘new blood’… (ANSAmed)."
    assert clean_text(s) == s


def test_whitespace_normalised_and_paragraphs_kept():
    raw = "  First   paragraph\u00a0with  spaces.\r\n\r\n\r\n\tSecond paragraph.\u200b\n"
    assert clean_text(raw) == "First paragraph with spaces.\n\nSecond paragraph."


def test_single_newline_paragraphs_become_blank_line_separated():
    raw = BODY + "\n" + BODY2
    assert clean_text(raw) == BODY + "\n\n" + BODY2


def test_hard_wrapped_lines_are_joined():
    raw = ("Libya's eastern parliament voted on Saturday to sever relations\nwith Turkey and to cancel the "
           "security memorandum signed\nin November.")
    assert clean_text(raw) == ("Libya's eastern parliament voted on Saturday to sever relations with Turkey and "
                               "to cancel the security memorandum signed in November.")


def test_date_and_byline_lines_at_top_dropped_but_not_in_body():
    raw = "\n\n".join(["By Cheryl Sanders", "May 23, 2020", BODY, "May 23, 2020", BODY2])
    out = clean_text(raw)
    assert out.startswith(BODY)
    assert out.count("May 23, 2020") == 1     # the date line deep in the body is left alone


def test_repeated_paragraph_dropped():
    assert clean_text("\n\n".join([BODY, BODY, BODY2])) == BODY + "\n\n" + BODY2


def test_clean_is_idempotent():
    raw = "\n\n".join(["[ad_1]", BODY, "Share this:", BODY2, "Related Articles", "Some Headline Here"])
    once = clean_text(raw)
    assert clean_text(once) == once


def test_split_glued_on_seam_and_not_on_subheading():
    first = " ".join([BODY, BODY2] * 3)
    second = ("Libya's eastern commander Khalifa Haftar has promised to fight Turkish forces if the talks in "
              "Geneva break down, according to comments carried by a Russian news agency. " * 3)
    glued = f"{first}\n\nRussia and US react\n\n{first}\n\n\nHaftar promises to protect Libya from invaders\n\n{second}"
    parts = split_glued(glued)
    assert len(parts) == 2
    assert parts[1].startswith("Haftar promises to protect Libya from invaders")
    assert "Russia and US react" in parts[0]


def test_split_glued_on_dateline():
    first = " ".join([BODY, BODY2] * 3)
    second = ("Russia and Turkey agreed on a joint call for a truce in Libya, the two foreign ministers said "
              "after meeting in Istanbul on Wednesday. " * 3)
    glued = f"{first}\n\nMoscow and Ankara call for Libya truce\nISTANBUL (Reuters) - {second}"
    parts = split_glued(glued)
    assert len(parts) == 2 and parts[1].startswith("Moscow and Ankara call")


def test_split_glued_single_article_unchanged():
    text = "\n\n".join([BODY, "Russia and US react", BODY2])
    assert split_glued(text) == [text]


@pytest.mark.parametrize("line", [
    'By clicking on "sign up" you agree with the Terms of Service and the Privacy Policy of this site.',
    "By registering for this service, you are consenting to this collection, storage, and use.",
])
def test_consent_notices_removed(line):
    assert _clean(line) == BODY + "\n\n" + BODY2


@pytest.mark.parametrize("line", [
    "You had to navigate around by clicking on something called sports, one protester said.",
    'See more here "Our communal spaces are being overrun," the activist wrote.',
    "Read more about the minister and his rise to the top.",
    "The statement read: the army will not fire on protesters.",
])
def test_sentences_that_resemble_debris_are_kept(line):
    assert line in _clean(line)
