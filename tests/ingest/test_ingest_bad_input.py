"""Bad input yields an IngestError naming the item and the run goes on."""
from __future__ import annotations

import io
import json
import time
from datetime import date


from sanderling.ingest import read_inputs
from sanderling.records import Article, IngestError


def _one(path, **kw):
    items = list(read_inputs([path], **kw))
    assert len(items) == 1, items
    return items[0]


def test_empty_file(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    e = _one(p)
    assert isinstance(e, IngestError) and e.item == str(p)
    assert "empty" in e.reason and "empty.txt" in e.reason


def test_whitespace_only_file(tmp_path):
    p = tmp_path / "blank.txt"
    p.write_text("  \n\n\t \n", encoding="utf-8")
    e = _one(p)
    assert isinstance(e, IngestError) and "empty" in e.reason


def test_binary_file_with_nul_bytes(tmp_path):
    p = tmp_path / "photo.txt"
    p.write_bytes(b"\x00\x01\x02ELF" + bytes(range(256)) * 8)
    e = _one(p)
    assert isinstance(e, IngestError) and "binary" in e.reason and "photo.txt" in e.reason


def test_binary_file_with_control_characters(tmp_path):
    p = tmp_path / "noise.txt"
    p.write_bytes(b"Tripoli" + b"\x01\x02\x03\x04\x05\x06\x07\x08" * 20 + b"Benghazi")
    e = _one(p)
    assert isinstance(e, IngestError) and "control characters" in e.reason


def test_cp1252_text_is_decoded(tmp_path):
    text = "The envoy said the talks in Genève were “constructive” – and the truce would hold – €20 million was pledged."
    p = tmp_path / "legacy.txt"
    p.write_bytes(text.encode("cp1252"))
    a = _one(p)
    assert isinstance(a, Article)
    assert a.text == text


def test_utf8_with_bom(tmp_path, karabakh):
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbf" + karabakh.encode("utf-8"))
    a = _one(p)
    assert isinstance(a, Article) and a.text.startswith("Armenia and Azerbaijan")


def test_invalid_bytes_are_refused(tmp_path):
    # Genuine UTF-8 ("Çavuşoğlu") next to a broken sequence: not cp1252, not UTF-8.
    p = tmp_path / "broken.txt"
    p.write_bytes("Mevlüt Çavuşoğlu met the envoy in Ankara".encode("utf-8") + b" \xc3\x28 and left.")
    e = _one(p)
    assert isinstance(e, IngestError)
    assert "not valid UTF-8 text" in e.reason and "broken.txt" in e.reason


def test_undefined_cp1252_bytes_are_refused(tmp_path):
    p = tmp_path / "junk.txt"
    p.write_bytes(b"Ankara \x81\x8d\x8f\x90\x9d statement")
    e = _one(p)
    assert isinstance(e, IngestError) and "not valid UTF-8 text" in e.reason


def test_malformed_json_line_in_the_middle(tmp_path, berlin, beirut):
    p = tmp_path / "mixed.jsonl"
    p.write_text(json.dumps({"id": "one", "text": berlin}) + "\n"
                 + '{"id": "two", "text": "Unterminated \n'
                 + json.dumps({"id": "three", "text": beirut}) + "\n", encoding="utf-8")
    items = list(read_inputs([p]))
    assert [type(i).__name__ for i in items] == ["Article", "IngestError", "Article"]
    assert [items[0].id, items[2].id] == ["one", "three"]
    err = items[1]
    assert err.item == f"{p}:2"
    assert "mixed.jsonl" in err.reason and "line 2" in err.reason and "malformed JSON" in err.reason


def test_json_line_that_is_not_an_object(tmp_path, berlin):
    p = tmp_path / "odd.jsonl"
    p.write_text('["a", "list"]\n' + json.dumps({"text": berlin}) + "\n", encoding="utf-8")
    items = list(read_inputs([p]))
    assert isinstance(items[0], IngestError) and "not an object" in items[0].reason
    assert isinstance(items[1], Article) and items[1].id == "odd-2"


def test_record_without_text(tmp_path, berlin):
    p = tmp_path / "meta_only.jsonl"
    p.write_text(json.dumps({"id": "x", "title": "Berlin conference", "published": "2020-01-19"}) + "\n"
                 + json.dumps({"id": "y", "text": "   "}) + "\n"
                 + json.dumps({"id": "z", "text": berlin}) + "\n", encoding="utf-8")
    items = list(read_inputs([p]))
    assert isinstance(items[0], IngestError) and "no text or html" in items[0].reason and ":1" in items[0].item
    assert isinstance(items[1], IngestError) and "empty text" in items[1].reason
    assert isinstance(items[2], Article) and items[2].id == "z"


def test_csv_row_without_text(tmp_path, beirut):
    p = tmp_path / "rows.csv"
    import csv
    with p.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "text", "title"])
        w.writerow(["r1", "", "Headline only"])
        w.writerow(["r2", beirut, "Beirut"])
    items = list(read_inputs([p]))
    assert isinstance(items[0], IngestError) and "empty text" in items[0].reason
    assert isinstance(items[1], Article) and items[1].id == "r2"


def test_csv_without_text_column(tmp_path):
    p = tmp_path / "wrong.csv"
    p.write_text("id,headline\n1,Ceasefire in Karabakh\n", encoding="utf-8")
    e = _one(p)
    assert isinstance(e, IngestError) and "no text or html column" in e.reason


def test_huge_file_names_its_size(tmp_path, berlin):
    p = tmp_path / "huge.txt"
    p.write_text(berlin * 40, encoding="utf-8")
    size = p.stat().st_size
    assert 40_000 < size < 100_000
    e = _one(p, max_bytes=10_000)
    assert isinstance(e, IngestError)
    assert "huge.txt" in e.reason and "limit" in e.reason
    assert f"{size:,} bytes" in e.reason


def test_huge_jsonl_record_skipped_others_kept(tmp_path, berlin, beirut):
    p = tmp_path / "big.jsonl"
    p.write_text(json.dumps({"id": "big", "text": berlin * 40}) + "\n"
                 + json.dumps({"id": "small", "text": beirut}) + "\n", encoding="utf-8")
    items = list(read_inputs([p], max_bytes=10_000))
    assert isinstance(items[0], IngestError) and "line 1" in items[0].reason and "limit" in items[0].reason
    assert isinstance(items[1], Article) and items[1].id == "small"


def test_huge_stdin(berlin):
    [e] = list(read_inputs(["-"], stdin=io.StringIO(berlin * 40), max_bytes=10_000))
    assert isinstance(e, IngestError) and e.item == "stdin" and "limit" in e.reason


HOSTILE = """<html><head><script>alert(1)</script><style>body{display:none}</style>
<meta property="article:published_time" content="2020-11-10"></head>
<body onload="steal()"><iframe src="https://evil.example/"></iframe>
<article><h1>Peacekeepers deploy in Karabakh</h1>
<p>Russian peacekeepers began to deploy along the line of contact in Nagorno-Karabakh on Tuesday, after
Armenia and Azerbaijan signed a ceasefire brokered by Moscow that ended six weeks of war.</p>
<img src="x" onerror="alert(document.cookie)">
<script>document.write("INJECTED-BY-SCRIPT")</script>
<p onclick="alert(3)">Under the deal, Azerbaijan keeps the districts it retook during the fighting, and
Armenia must hand back several other districts around the enclave in the coming weeks.</p>
<p>The text mentions &lt;script&gt;alert(4)&lt;/script&gt; as escaped markup, which must not survive either.</p>
<noscript><p>NOSCRIPT-TEXT</p></noscript><object data="evil.swf">OBJECT-TEXT</object>
</article></body></html>"""


def _assert_safe(text: str):
    low = text.lower()
    for bad in ("<script", "alert(", "onerror", "onclick", "onload", "<iframe", "injected-by-script",
                "display:none", "document.cookie", "noscript-text"):
        assert bad not in low, bad


def test_hostile_html_never_reaches_text(tmp_path):
    p = tmp_path / "hostile.html"
    p.write_text(HOSTILE, encoding="utf-8")
    a = _one(p)
    assert isinstance(a, Article)
    _assert_safe(a.text)
    assert "Russian peacekeepers began to deploy" in a.text
    assert a.published == date(2020, 11, 10)


def test_hostile_html_in_the_fallback_path():
    from sanderling.ingest.html import _fallback_text, _parse, sanitize
    text = sanitize(_fallback_text(_parse(HOSTILE)))
    _assert_safe(text)
    assert "Armenia must hand back" in text


def test_deeply_nested_html_does_not_hang(tmp_path):
    n = 50_000
    html = ("<html><body>" + "<div>" * n + "<p>Talks in Geneva resumed on Thursday between the two Libyan "
            "military delegations.</p>" + "</div>" * n + "</body></html>")
    p = tmp_path / "deep.html"
    p.write_text(html, encoding="utf-8")
    t = time.perf_counter()
    a = _one(p)
    assert time.perf_counter() - t < 60   # a hang guard, not a speed test
    assert isinstance(a, Article) and "Talks in Geneva resumed" in a.text


def test_giant_html_does_not_hang(tmp_path):
    para = "<p>Shelling was reported again near the airport road south of Tripoli on Sunday night.</p>"
    p = tmp_path / "giant.html"
    p.write_text("<html><body><article>" + para * 40_000 + "</article></body></html>", encoding="utf-8")
    t = time.perf_counter()
    a = _one(p)
    assert time.perf_counter() - t < 120  # a hang guard, not a speed test
    assert isinstance(a, Article) and a.text.startswith("Shelling was reported")


def test_html_with_no_text(tmp_path):
    p = tmp_path / "shell.html"
    p.write_text("<html><head><script>var x = 1;</script></head><body><div></div></body></html>", encoding="utf-8")
    e = _one(p)
    assert isinstance(e, IngestError) and "shell.html" in e.reason


def test_invalid_published_date_keeps_the_article(tmp_path, beirut):
    p = tmp_path / "dates.jsonl"
    p.write_text(json.dumps({"id": "d1", "text": beirut, "published": "not-a-date"}) + "\n", encoding="utf-8")
    a = _one(p)
    assert isinstance(a, Article) and a.id == "d1"
    assert a.published is None and a.published_source is None


def test_boilerplate_only_record(tmp_path):
    p = tmp_path / "debris.txt"
    p.write_text("Share this:\nFacebook Twitter WhatsApp Email\n\n12 comments\nAdvertisement\n", encoding="utf-8")
    e = _one(p)
    assert isinstance(e, IngestError) and "boilerplate" in e.reason


def test_bad_items_do_not_stop_a_folder(tmp_path, berlin, beirut):
    (tmp_path / "1_empty.txt").write_bytes(b"")
    (tmp_path / "2_good.txt").write_text(berlin, encoding="utf-8")
    (tmp_path / "3_bin.txt").write_bytes(b"\x00" * 100)
    (tmp_path / "4_good.json").write_text(json.dumps([{"text": beirut}]), encoding="utf-8")
    (tmp_path / "5_bad.json").write_text('[{"text": "unclosed"', encoding="utf-8")
    items = list(read_inputs([tmp_path]))
    kinds = [type(i).__name__ for i in items]
    assert kinds == ["IngestError", "Article", "IngestError", "Article", "IngestError"]
    assert "malformed JSON" in items[4].reason


def test_huge_file_over_default_limit_reports_megabytes(tmp_path):
    p = tmp_path / "dump.txt"
    p.write_bytes(b"Ceasefire talks continued in Geneva. " * 170_000)   # about 6.3 MB
    e = _one(p)
    assert isinstance(e, IngestError)
    assert "6.3 MB" in e.reason and "5.0 MB limit" in e.reason
