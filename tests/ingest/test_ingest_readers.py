"""Each reader: text, HTML, JSON Lines, JSON array/object, CSV, folders, stdin."""
from __future__ import annotations

import io
import json
from datetime import date

from sanderling.ingest import read_inputs
from sanderling.records import Article, IngestError


def _articles(items):
    items = list(items)
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, IngestError)]


def test_txt_file_id_is_stem_and_text_is_cleaned(tmp_path, berlin):
    p = tmp_path / "berlin_summit.txt"
    p.write_text("[ad_1]\n" + berlin + "\n\nShare this:\nFacebook Twitter WhatsApp Email\n", encoding="utf-8")
    arts, errs = _articles(read_inputs([p]))
    assert errs == []
    [a] = arts
    assert a.id == "berlin_summit"
    assert a.source == str(p)
    assert a.text.startswith("Leaders of a dozen countries meeting in Berlin")
    assert "[ad_1]" not in a.text and "WhatsApp" not in a.text
    assert "\n\nGerman Chancellor Angela Merkel" in a.text
    assert a.published is None and a.published_source is None


def test_html_file_title_date_and_text(tmp_path, beirut):
    body = "".join(f"<p>{para}</p>\n" for para in beirut.split("\n\n"))
    html = f"""<!DOCTYPE html><html><head><title>Blast in Beirut | Example Wire</title>
<meta property="og:title" content="Explosion devastates Beirut port">
<meta property="article:published_time" content="2020-08-04T19:30:00+03:00"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Explosion devastates Beirut port</h1>{body}</article>
<footer>Copyright 2020 Example Wire. All rights reserved.</footer></body></html>"""
    p = tmp_path / "beirut.html"
    p.write_text(html, encoding="utf-8")
    [a] = list(read_inputs([p]))
    assert isinstance(a, Article)
    assert a.id == "beirut"
    assert a.title == "Explosion devastates Beirut port"
    assert a.published == date(2020, 8, 4) and a.published_source == "metadata"
    assert "2,750 tonnes of ammonium nitrate" in a.text
    assert "All rights reserved" not in a.text and not a.text.startswith("Home")


def test_html_fallback_when_trafilatura_finds_nothing(tmp_path):
    # Too short for trafilatura's precision mode; the lxml fallback reads the <p>.
    p = tmp_path / "short.htm"
    p.write_text("<html><body><article><p>Armenia and Azerbaijan signed a ceasefire on 10 November 2020.</p>"
                 "</article></body></html>", encoding="utf-8")
    [a] = list(read_inputs([p]))
    assert isinstance(a, Article)
    assert a.text == "Armenia and Azerbaijan signed a ceasefire on 10 November 2020."


def test_jsonl_fields_ids_and_sources(tmp_path, berlin, beirut, karabakh):
    p = tmp_path / "wire.jsonl"
    rows = [
        {"id": "ber-1", "title": "Berlin pledge", "text": berlin, "published": "2020-01-19",
         "outlet": "Example Wire", "url": "https://example.org/ber"},
        {"text": beirut, "date": "August 4, 2020", "source": "Beirut Daily"},
        {"html": "<html><body><article>" + "".join(f"<p>{x}</p>" for x in karabakh.split("\n\n"))
                 + "</article></body></html>", "published": "10/11/2020"},
    ]
    p.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    arts, errs = _articles(read_inputs([p]))
    assert errs == []
    assert [a.id for a in arts] == ["ber-1", "wire-2", "wire-3"]
    assert [a.source for a in arts] == [f"{p}:1", f"{p}:2", f"{p}:3"]
    a, b, c = arts
    assert (a.title, a.url, a.outlet) == ("Berlin pledge", "https://example.org/ber", "Example Wire")
    assert a.published == date(2020, 1, 19) and a.published_source == "metadata"
    assert b.outlet == "Beirut Daily" and b.published == date(2020, 8, 4)
    assert c.published == date(2020, 11, 10)            # day first
    assert "Lachin corridor" in c.text


def test_json_array_and_object(tmp_path, berlin, beirut):
    arr = tmp_path / "batch.json"
    arr.write_text(json.dumps([{"text": berlin}, {"id": "b", "text": beirut}]), encoding="utf-8")
    obj = tmp_path / "single.json"
    obj.write_text(json.dumps({"title": "Port blast", "text": beirut}, indent=2), encoding="utf-8")
    wrapped = tmp_path / "wrapped.json"
    wrapped.write_text(json.dumps({"articles": [{"id": "w1", "text": berlin}]}), encoding="utf-8")
    arts, errs = _articles(read_inputs([arr, obj, wrapped]))
    assert errs == []
    assert [a.id for a in arts] == ["batch-1", "b", "single", "w1"]
    assert arts[2].title == "Port blast"


def test_csv_with_header(tmp_path, berlin, beirut):
    import csv
    p = tmp_path / "feed.csv"
    with p.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "title", "text", "url", "date", "source"])
        w.writerow(["c1", "Berlin talks", berlin, "https://example.org/1", "19/01/2020", "Example Wire"])
        w.writerow(["", "Beirut", beirut, "", "2020-08-04T18:08:00Z", "Beirut Daily"])
    arts, errs = _articles(read_inputs([p]))
    assert errs == []
    assert [a.id for a in arts] == ["c1", "feed-2"]
    assert arts[0].published == date(2020, 1, 19) and arts[0].outlet == "Example Wire"
    assert arts[1].published == date(2020, 8, 4)
    assert "\n\nGerman Chancellor" in arts[0].text    # newlines inside a quoted cell survive
    assert arts[0].source.startswith(f"{p}:")


def test_csv_semicolon_and_html_column(tmp_path, karabakh):
    p = tmp_path / "semi.csv"
    html = "<html><body><article>" + "".join(f"<p>{x}</p>" for x in karabakh.split("\n\n")) + "</article></body></html>"
    p.write_text('id;html;published\nk1;"' + html.replace('"', '""') + '";2020-11-10\n', encoding="utf-8")
    [a] = list(read_inputs([p]))
    assert isinstance(a, Article), a
    assert a.id == "k1" and "peacekeepers" in a.text and a.published == date(2020, 11, 10)


def test_folder_recursive_sorted_and_unknown_files_skipped(tmp_path, berlin, beirut, karabakh):
    (tmp_path / "b" / "deep").mkdir(parents=True)
    (tmp_path / "a").mkdir()
    (tmp_path / "b" / "deep" / "z.txt").write_text(karabakh, encoding="utf-8")
    (tmp_path / "b" / "m.txt").write_text(beirut, encoding="utf-8")
    (tmp_path / "a" / "y.txt").write_text(berlin, encoding="utf-8")
    (tmp_path / "a" / "notes.docx").write_bytes(b"PK\x03\x04 whatever")
    (tmp_path / ".hidden.txt").write_text(berlin, encoding="utf-8")
    ids = [a.id for a in read_inputs([tmp_path])]
    assert ids == ["y", "m", "z"]    # a/, then b/'s files, then b/deep/
    assert ids == [a.id for a in read_inputs([tmp_path])]     # deterministic
    assert "notes" not in ids and ".hidden" not in ids


def test_same_stem_in_two_folders_gets_distinct_ids(tmp_path, berlin, beirut):
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    (tmp_path / "x" / "report.txt").write_text(berlin, encoding="utf-8")
    (tmp_path / "y" / "report.txt").write_text(beirut, encoding="utf-8")
    ids = [a.id for a in read_inputs([tmp_path])]
    assert ids == ["report", "report-2"]


def test_stdin_plain_text(berlin):
    [a] = list(read_inputs(["-"], stdin=io.StringIO(berlin)))
    assert isinstance(a, Article)
    assert a.id == "stdin" and a.source == "stdin"
    assert a.text.startswith("Leaders of a dozen countries")


def test_stdin_jsonl_detected(berlin, beirut):
    data = json.dumps({"id": "s1", "text": berlin}) + "\n" + json.dumps({"text": beirut, "published": "2020-08-04"}) + "\n"
    arts = list(read_inputs(["-"], stdin=io.StringIO(data)))
    assert [a.id for a in arts] == ["s1", "stdin-2"]
    assert arts[1].published == date(2020, 8, 4) and arts[1].source == "stdin:2"


def test_stdin_text_starting_with_brace_is_text():
    text = "{Editor's note} Russian peacekeepers began deploying to Nagorno-Karabakh on Tuesday after the ceasefire."
    [a] = list(read_inputs(["-"], stdin=io.StringIO(text)))
    assert isinstance(a, Article) and a.text == text


def test_missing_path_is_an_error_not_a_crash(tmp_path, berlin):
    good = tmp_path / "good.txt"
    good.write_text(berlin, encoding="utf-8")
    items = list(read_inputs([tmp_path / "nope.txt", good]))
    assert isinstance(items[0], IngestError) and "no such file" in items[0].reason
    assert isinstance(items[1], Article)


def test_clean_false_keeps_raw_text(tmp_path, berlin):
    p = tmp_path / "raw.txt"
    p.write_text("[ad_1]\n" + berlin, encoding="utf-8")
    [a] = list(read_inputs([p], clean=False))
    assert a.text.startswith("[ad_1]")


def test_stdin_none_reads_sys_stdin_bytes(monkeypatch):
    # With stdin=None the reader takes sys.stdin's bytes, so the decoding cascade applies (cp1252 here).
    text = "Le ministre a déclaré que la trêve tiendrait – malgré les tirs près de Tripoli."
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text.encode("cp1252")), encoding="utf-8"))
    [a] = list(read_inputs(["-"]))
    assert isinstance(a, Article) and a.text == text


def test_stdin_json_array_and_html(beirut):
    arr = json.dumps([{"id": "x", "text": beirut}])
    [a] = list(read_inputs(["-"], stdin=io.StringIO(arr)))
    assert a.id == "x"
    html = "<html><body><article>" + "".join(f"<p>{p}</p>" for p in beirut.split("\n\n")) + "</article></body></html>"
    [h] = list(read_inputs(["-"], stdin=io.StringIO(html)))
    assert isinstance(h, Article) and "<p>" not in h.text and "ammonium nitrate" in h.text


def test_json_extension_holding_json_lines(tmp_path, berlin, beirut):
    p = tmp_path / "actually_lines.json"
    p.write_text(json.dumps({"id": "l1", "text": berlin}) + "\n" + json.dumps({"id": "l2", "text": beirut}) + "\n",
                 encoding="utf-8")
    assert [a.id for a in read_inputs([p])] == ["l1", "l2"]


def test_cp1252_csv(tmp_path):
    p = tmp_path / "legacy.csv"
    text = "Le Parlement de Tobrouk a rompu ses relations avec la Turquie – a déclaré son porte-parole."
    p.write_bytes(("id,text,published\nf1,\"" + text + "\",04/01/2020\n").encode("cp1252"))
    [a] = list(read_inputs([p]))
    assert isinstance(a, Article) and a.text == text and a.published == date(2020, 1, 4)


def test_unknown_outlet_is_none(tmp_path, beirut):
    p = tmp_path / "o.jsonl"
    p.write_text(json.dumps({"text": beirut, "outlet": "unknown"}) + "\n", encoding="utf-8")
    [a] = list(read_inputs([p]))
    assert a.outlet is None


def test_printed_date_used_when_metadata_is_missing_or_bad(tmp_path, beirut):
    p = tmp_path / "d.jsonl"
    p.write_text(json.dumps({"id": "a", "text": "Posted on 05-08-2020\n\n" + beirut}) + "\n"
                 + json.dumps({"id": "b", "text": "Posted on 05-08-2020\n\n" + beirut, "published": "2020-08-04"}) + "\n",
                 encoding="utf-8")
    a, b = read_inputs([p])
    assert (a.published, a.published_source) == (date(2020, 8, 5), "text")
    assert "Posted on" not in a.text
    assert (b.published, b.published_source) == (date(2020, 8, 4), "metadata")   # metadata wins


def test_fallback_date_finder_when_time_module_is_missing(tmp_path, monkeypatch):
    import sys
    monkeypatch.setitem(sys.modules, "sanderling.time", None)     # import now raises ImportError
    p = tmp_path / "rfi.txt"
    p.write_text("By RFIPosted on 04-01-2020Modified on 04-01-2020 at 18:43\n\n"
                 "The eastern parliament voted to sever relations with Turkey.", encoding="utf-8")
    [a] = list(read_inputs([p]))
    assert a.published == date(2020, 1, 4) and a.published_source == "text"
