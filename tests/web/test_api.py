"""The HTTP API end to end: a store coded from real text, the real server on a loopback port, urllib."""
import json
import os
import urllib.error
import urllib.request
from urllib.parse import quote, urlencode

import pytest
from click.testing import CliRunner

from articles import HOSTILE, HOSTILE_TITLE, MISRATA
from conftest import running_server


@pytest.fixture(scope="module")
def base(web_db, resources):
    stat = os.stat(web_db)
    with running_server(web_db, resources.kb) as url:
        yield url
    after = os.stat(web_db)
    assert (after.st_size, after.st_mtime_ns) == (stat.st_size, stat.st_mtime_ns), "the server changed the store"


def fetch(base, path, method="GET"):
    """(status, headers, body bytes) without raising on 4xx/5xx."""
    req = urllib.request.Request(base + path, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, resp.headers, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read()


def get(base, path, **params):
    status, headers, body = fetch(base, path + ("?" + urlencode(params) if params else ""))
    assert status == 200, body
    return json.loads(body)


def error(base, path, status):
    got, headers, body = fetch(base, path)
    assert got == status, body
    assert headers["Content-Type"].startswith("application/json")
    data = json.loads(body)
    assert set(data) == {"error"} and data["error"]["status"] == status
    assert b"Traceback" not in body
    return data["error"]


def all_events(base, **params):
    return get(base, "/api/events", limit=1000, **params)


def test_index_describes_the_store(base):
    idx = get(base, "/api")
    assert idx["counts"]["articles"] == 8
    assert idx["counts"]["events"] == all_events(base)["total"] > 5
    paths = {e["path"] for e in idx["endpoints"]}
    assert {"/api/events", "/api/events/{id}", "/api/actors/{id}", "/api/articles/{id}", "/api/timeline",
            "/api/network", "/api/map", "/api/trends"} <= paths
    assert get(base, "/api/stats")["counts"] == idx["counts"]


def test_event_fields(base):
    ev = all_events(base)["events"][0]
    assert set(ev) >= {"id", "event_type", "cameo", "quad_class", "actors", "recipients", "date", "place",
                       "corroboration", "historical", "status", "mode", "claimants", "summary"}
    for party in ev["actors"] + ev["recipients"]:
        assert set(party) >= {"id", "name"}


def test_paging_is_disjoint_and_complete(base):
    total = all_events(base)["total"]
    seen = []
    for offset in range(0, total, 3):
        page = get(base, "/api/events", limit=3, offset=offset, sort="date")
        assert page["total"] == total and len(page["events"]) <= 3
        seen += [e["id"] for e in page["events"]]
    assert len(seen) == len(set(seen)) == total
    dates = [e["date"] for e in get(base, "/api/events", limit=1000, sort="date")["events"] if e["date"]]
    assert dates == sorted(dates)


def test_merged_event_carries_every_report_with_its_sentence(base):
    # the academy strike is told by two outlets; the resolver merged them into one event
    found = all_events(base, q="academy", type="ASSAULT")["events"]
    assert len(found) == 1
    ev = get(base, "/api/events/" + quote(found[0]["id"], safe=""))
    assert ev["corroboration"] == 2 and len(ev["reports"]) == 2
    assert {r["article"]["id"] for r in ev["reports"]} == {"academy-harbour", "academy-sahel"}
    assert {r["article"]["outlet"] for r in ev["reports"]} == {"Harbour Times", "Sahel Courier"}
    for rep in ev["reports"]:
        a, b = rep["trigger_span"]
        assert rep["sentence"][a:b] == rep["trigger"] and rep["trigger"] in ("bombed", "struck")
        # the offsets point into the stored article text
        art = get(base, "/api/articles/" + quote(rep["article"]["id"], safe=""))
        assert art["text"][rep["start"]:rep["end"]] == rep["sentence"]
        assert any(s["start"] == rep["start"] and rep["id"] in [r["id"] for r in s["reports"]] for s in art["sentences"])


def test_type_filter(base):
    everything = all_events(base)
    assaults = all_events(base, type="ASSAULT")
    assert 0 < assaults["total"] < everything["total"]
    assert {e["event_type"] for e in assaults["events"]} == {"ASSAULT"}
    both = all_events(base, type="ASSAULT,CONSULT")
    assert {e["event_type"] for e in both["events"]} <= {"ASSAULT", "CONSULT"}
    assert both["total"] > assaults["total"]


def test_date_filter(base):
    jan = all_events(base, **{"from": "2020-01-01", "to": "2020-01-31"})
    assert 0 < jan["total"] < all_events(base)["total"]
    assert all("2020-01-01" <= e["date"] <= "2020-01-31" for e in jan["events"])


def parties(event) -> set[str]:
    return {a["id"] for a in event["actors"] + event["recipients"]}


def ids(found) -> set[str]:
    return {e["id"] for e in found["events"]}


def test_actor_filter_by_id_and_by_name(base):
    by_id = all_events(base, actor="LBY_LNA")
    assert by_id["total"] > 0
    for e in by_id["events"]:
        assert parties(e) & {"LBY_LNA", "LBY_HAFTAR"}
    assert ids(all_events(base, actor="libyan national army")) == ids(by_id)
    assert ids(all_events(base, actor="LNA")) == ids(by_id)           # an alias the knowledge base knows


def test_an_organisation_takes_its_members_events_a_person_only_his_own(base):
    lna, haftar = all_events(base, actor="LBY_LNA"), all_events(base, actor="Khalifa Haftar")
    # Erdogan's demand at the Berlin conference is coded to Haftar, who commands the LNA
    (demand,) = [e for e in all_events(base, q="hostile attitude")["events"] if e["event_type"] == "REQUEST"]
    assert parties(demand) == {"TUR_ERDOGAN", "LBY_HAFTAR"}
    assert demand["id"] in ids(lna) and demand["id"] in ids(haftar)
    # the shelling of Misrata by "forces loyal to Khalifa Haftar" is coded to the LNA alone
    (misrata,) = all_events(base, place="Misrata")["events"]
    assert "LBY_LNA" in parties(misrata) and "LBY_HAFTAR" not in parties(misrata)
    assert misrata["id"] in ids(lna) and misrata["id"] not in ids(haftar)
    assert haftar["total"] > 0 and all("LBY_HAFTAR" in parties(e) for e in haftar["events"])
    # the map and the timeline select as the list does
    lna_map = get(base, "/api/map", actor="LBY_LNA")
    assert {i for f in lna_map["features"] for i in f["properties"]["event_ids"]} <= ids(lna)
    assert "Misrata" in {f["properties"]["name"] for f in lna_map["features"]}
    assert "Misrata" not in {f["properties"]["name"] for f in get(base, "/api/map", actor="LBY_HAFTAR")["features"]}
    on_lna_timeline = {i for d in get(base, "/api/timeline", actor="LBY_LNA", dates=50) for i in d["events"]}
    on_haftar_timeline = {i for d in get(base, "/api/timeline", actor="LBY_HAFTAR", dates=50) for i in d["events"]}
    assert demand["id"] in on_lna_timeline and misrata["id"] in on_lna_timeline
    assert on_lna_timeline <= ids(lna)
    assert demand["id"] in on_haftar_timeline and misrata["id"] not in on_haftar_timeline
    assert on_haftar_timeline <= ids(all_events(base, actor="LBY_HAFTAR"))


def test_country_place_and_word_filters(base):
    deu = all_events(base, country="DEU")["events"]
    assert deu and all(e["place"] and e["place"]["country"] == "DEU" or
                       any(a["country"] == "DEU" for a in e["actors"] + e["recipients"]) for e in deu)
    misrata = all_events(base, place="Misrata")["events"]
    assert [e["event_type"] for e in misrata] == ["ASSAULT"]
    words = all_events(base, q="residential districts")["events"]
    assert [e["id"] for e in words] == [e["id"] for e in misrata]
    assert all_events(base, q="residential zebra")["total"] == 0


def test_bad_requests_name_the_parameter(base):
    assert error(base, "/api/events?from=2020-13-01", 400)["param"] == "from"
    assert error(base, "/api/events?to=yesterday", 400)["param"] == "to"
    assert error(base, "/api/events?from=2020-02-01&to=2020-01-01", 400)["param"] == "from"
    assert error(base, "/api/events?limit=0", 400)["param"] == "limit"
    assert error(base, "/api/events?limit=ten", 400)["param"] == "limit"
    assert error(base, "/api/events?offset=-1", 400)["param"] == "offset"
    assert error(base, "/api/events?type=BOMB", 400)["param"] == "type"
    assert error(base, "/api/events?historical=maybe", 400)["param"] == "historical"
    assert error(base, "/api/events?colour=red", 400)["param"] == "colour"
    assert error(base, "/api/events?limit=1&limit=2", 400)["param"] == "limit"
    assert error(base, "/api/timeline?type=ASSAULT", 400)["param"] == "type"
    assert error(base, "/api/trends?dyad=TUR", 400)["param"] == "dyad"
    assert error(base, "/api/trends?by=day", 400)["param"] == "by"
    assert error(base, "/api/map?country=Libya!", 400)["param"] == "country"


def test_unknown_ids_and_paths_are_404(base):
    for path in ("/api/events/E000", "/api/actors/NOBODY", "/api/articles/nothing", "/api/nothing",
                 "/nothing", "/static/nothing.js", "/static/../pyproject.toml", "/static/%2e%2e/cli.py",
                 "/static/..%2fweb%2fapi.py"):
        assert error(base, path, 404)["message"]


def test_wrong_method_is_405(base):
    for method in ("POST", "PUT", "DELETE", "PATCH"):
        status, headers, body = fetch(base, "/api/events", method=method)
        assert status == 405 and headers["Allow"] == "GET, HEAD"
        assert json.loads(body)["error"]["status"] == 405
    status, headers, body = fetch(base, "/api/events", method="HEAD")
    assert status == 200 and body == b"" and int(headers["Content-Length"]) > 0


def test_hostile_input_is_data(base):
    before = get(base, "/api")["counts"]
    assert all_events(base, q="'; DROP TABLE events; --")["total"] == 0
    assert all_events(base, actor="x' OR '1'='1")["total"] == 0
    assert error(base, "/api/events/" + quote("' OR 1=1 --", safe=""), 404)
    assert get(base, "/api")["counts"] == before
    # an id with a slash, markup and quotes round-trips; the title comes back verbatim (JSON is data)
    art = get(base, "/api/articles/" + quote(HOSTILE.id, safe=""))
    assert art["id"] == HOSTILE.id and art["title"] == HOSTILE_TITLE


def test_actor_list_and_detail(base):
    lst = get(base, "/api/actors", q="haftar")["actors"]
    assert "LBY_HAFTAR" in [a["id"] for a in lst]
    lna = get(base, "/api/actors/LBY_LNA")
    assert lna["name"] == "Libyan National Army"
    coded_to_it = [e for e in all_events(base)["events"] if "LBY_LNA" in parties(e)]
    assert lna["events"]["total"] == len(coded_to_it)
    # the page's "N events" opens the LNA's list, which has Haftar's events too
    listed = all_events(base, actor="LBY_LNA")
    assert lna["events"]["selected"] == listed["total"] > len(coded_to_it)
    assert sum(lna["events"]["by_type"].values()) == listed["total"] and "ASSAULT" in lna["events"]["by_type"]
    assert get(base, "/api/actors/LBY_HAFTAR")["events"]["selected"] == all_events(base, actor="LBY_HAFTAR")["total"]
    assert any(p["id"] == "LBY_GNA" and p["conflict"] > 0 for p in lna["partners"])
    assert lna["aliases"], "aliases from the knowledge base"
    haftar = get(base, "/api/actors/LBY_HAFTAR")
    assert "Khalifa Haftar" in [w["text"] for w in haftar["written_as"]]


def test_timeline_is_the_cli_json(base, web_db):
    from sanderling.cli import main
    res = CliRunner().invoke(main, ["timeline", "--db", str(web_db), "--format", "json", "--dates", "5"])
    assert res.exit_code == 0, res.output
    assert get(base, "/api/timeline", dates=5) == json.loads(res.output)
    jan = get(base, "/api/timeline", **{"from": "2020-01-01", "to": "2020-01-31"})
    assert jan and all(e["date"].startswith("2020-01") for e in jan)


def test_network_is_the_cli_json(base, web_db):
    from sanderling.cli import main
    res = CliRunner().invoke(main, ["network", "--db", str(web_db), "--format", "json"])
    assert res.exit_code == 0, res.output
    net = get(base, "/api/network")
    assert net == json.loads(res.output)
    assert any(e["source"] == "LBY_LNA" and e["kind"] == "oppose" for e in net["edges"])
    ego = get(base, "/api/network", actor="TUR")
    assert ego["edges"] and all("TUR" in (e["source"], e["target"]) for e in ego["edges"])


def test_map_is_geojson(base):
    status, headers, body = fetch(base, "/api/map?type=ASSAULT")
    assert status == 200 and headers["Content-Type"].startswith("application/geo+json")
    fc = json.loads(body)
    assert fc["type"] == "FeatureCollection"
    misrata = [f for f in fc["features"] if f["properties"]["name"] == "Misrata"]
    assert len(misrata) == 1 and misrata[0]["properties"]["by_type"] == {"ASSAULT": 1}
    lon, lat = misrata[0]["geometry"]["coordinates"]
    assert abs(lat - 32.38) < 0.1 and abs(lon - 15.09) < 0.1
    assert sum(f["properties"]["event_count"] for f in fc["features"]) == fc["events"]
    assert fc["events"] + fc["unlocated"] == all_events(base, type="ASSAULT")["total"]


def test_trends_json_and_csv(base):
    data = get(base, "/api/trends", by="month")
    assert data["by"] == "month" and data["rows"][0]["period"].endswith("-01")
    status, headers, body = fetch(base, "/api/trends?by=month&format=csv")
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    lines = body.decode().splitlines()
    assert lines[0].startswith("period,AGREE,") and len(lines) == len(data["rows"]) + 1
    dyad = get(base, "/api/trends", dyad="LBY_LNA:LBY_GNA", by="month")
    assert sum(r["conflict"] for r in dyad["rows"]) > 0


def test_web_app_is_served_with_a_strict_policy(base):
    status, headers, body = fetch(base, "/")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert b'src="/static/app.js"' in body
    status, headers, _ = fetch(base, "/static/app.js")
    assert status == 200 and headers["Content-Type"].startswith("text/javascript")
    assert headers["X-Content-Type-Options"] == "nosniff"


def test_parallel_requests_get_the_same_answers(base):
    from concurrent.futures import ThreadPoolExecutor
    paths = ["/api/events?type=ASSAULT", "/api/map", "/api/actors/LBY_LNA", "/api/events?actor=LBY_GNA"] * 5
    expected = {p: fetch(base, p)[2] for p in set(paths)}
    with ThreadPoolExecutor(8) as pool:
        got = list(pool.map(lambda p: (p, fetch(base, p)), paths))
    for p, (status, _, body) in got:
        assert status == 200 and body == expected[p]
