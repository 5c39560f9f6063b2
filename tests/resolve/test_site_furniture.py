"""Site furniture: a sentence one outlet prints on pages weeks apart links none of them, while a sentence it
repeats within days (an updated story) still links. Articles written for these tests about real events of
2011; the outlets are fictional."""
from datetime import date

from sanderling.records import Article

from merge_articles import code_into

PROMO = ("Hopes for a negotiated settlement remain alive, despite regional tensions stoked by recent air strikes "
         "on the border, says our correspondent.")


def _linked(store):
    rows = store.con.execute(
        "SELECT list(DISTINCT doc_id) FROM reports WHERE NOT coalesce(historical, false) AND event_id IS NOT NULL "
        "GROUP BY event_id HAVING count(DISTINCT doc_id) > 1").fetchall()
    return [set(d) for (d,) in rows]


def _page(i, day, body):
    return Article(id=f"page-{i}", outlet="Cedar Desk", published=day, text=body + "\n\n" + PROMO)


def test_a_promo_printed_on_pages_months_apart_links_none_of_them(store, resources):
    code_into(store, resources, [
        _page(1, date(2011, 6, 9), "Refugees crossed into Turkey from Jisr al-Shughour on Thursday, officials said."),
        _page(2, date(2011, 6, 10), "The UN Security Council discussed a draft resolution on Syria on Friday."),
        _page(3, date(2011, 11, 15), "Jordan's King Abdullah urged President Assad to step down on Monday."),
        _page(4, date(2011, 11, 16), "Arab foreign ministers met in Rabat on Wednesday to discuss Syria.")])
    assert not _linked(store)


def test_a_sentence_repeated_by_one_outlet_within_days_still_links(store, resources):
    text = "Syrian tanks stormed the town of Jisr al-Shughour on Sunday, residents said."
    code_into(store, resources, [
        Article(id="a", outlet="Cedar Desk", published=date(2011, 6, 12), text=text),
        Article(id="b", outlet="Cedar Desk", published=date(2011, 6, 13),
                text=text + " Thousands of people have fled to Turkey.")])
    assert {"a", "b"} in _linked(store)
