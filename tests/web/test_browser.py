"""The web app in a real browser: Debian's Chromium driven by Playwright, against the real server.

Without /usr/bin/chromium (or Playwright) these tests are skipped, unless SANDERLING_REQUIRE_BROWSER=1
(as in CI), where a missing browser is a failure. One server and one browser serve the whole module."""
import json
import os
import re
import urllib.request
from pathlib import Path

import pytest

from articles import HOSTILE, HOSTILE_TITLE
from conftest import running_server

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _unavailable() -> str | None:
    if not Path(CHROMIUM).exists():
        return f"{CHROMIUM} is missing (apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install playwright)"
    return None


@pytest.fixture(scope="module")
def browser():
    reason = _unavailable()
    if reason:
        if os.environ.get("SANDERLING_REQUIRE_BROWSER") == "1":
            pytest.fail(f"browser tests required (SANDERLING_REQUIRE_BROWSER=1) but {reason}")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def base(web_db, resources):
    with running_server(web_db, resources.kb) as url:
        yield url


@pytest.fixture
def page(browser, base, request):
    """A fresh page; after the test, no console error and no page error may have been logged (beyond
    those a test expects, in ``request.node.expected_console``)."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    problems = []
    pg.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type in ("error", "warning") else None)
    pg.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    pg.set_default_timeout(10_000)
    yield pg
    ctx.close()
    expected = getattr(request.node, "expected_console", ())
    assert [p for p in problems if not any(e in p for e in expected)] == []


def api(base, path):
    with urllib.request.urlopen(base + path, timeout=30) as resp:
        return json.loads(resp.read())


def test_events_page_lists_the_stores_events(page, base):
    page.goto(base + "/")
    page.wait_for_selector("tr.event-row")
    total = api(base, "/api/events?limit=1")["total"]
    assert page.locator("tr.event-row").count() == min(50, total)
    assert page.locator(".count").first.inner_text() == f"1–{min(50, total)} of {total}"
    # the store summary arrives by its own request, which may finish after the events table is drawn
    page.wait_for_function("document.getElementById('store').textContent.length > 0")
    assert page.locator("#store").inner_text().startswith("web.duckdb:")


def test_event_detail_shows_every_report_and_its_sentence(page, base):
    page.goto(base + "/?view=events&q=academy&type=ASSAULT")
    page.wait_for_selector("tr.event-row")
    assert page.locator("tr.event-row").count() == 1
    page.locator("tr.event-row a").first.click()
    page.wait_for_selector("article.report")
    assert "view=event" in page.url
    reports = page.locator("article.report")
    assert reports.count() == 2
    outlets = {reports.nth(i).locator("header strong").inner_text() for i in range(2)}
    assert outlets == {"Harbour Times", "Sahel Courier"}
    for i in range(2):
        sentence = reports.nth(i).locator("mark.sentence").inner_text()
        trigger = reports.nth(i).locator("strong.trigger").inner_text()
        assert trigger in ("bombed", "struck") and trigger in sentence and "academy" in sentence


def test_a_filter_changes_the_list_and_the_url(page, base):
    page.goto(base + "/?view=events")
    page.wait_for_selector("tr.event-row")
    before = page.locator("tr.event-row").count()
    page.wait_for_function("() => document.querySelectorAll('#filters select[name=type] option').length > 1")
    page.select_option("#filters select[name=type]", "ASSAULT")
    page.click("#filters button[type=submit]")
    page.wait_for_url(re.compile(r"type=ASSAULT"))
    page.wait_for_function("() => document.querySelector('#main .count') && "
                           "!document.querySelector('#main').innerText.includes('Loading')")
    n = api(base, "/api/events?type=ASSAULT&limit=1")["total"]
    rows = page.locator("tr.event-row")
    assert rows.count() == n < before
    assert set(rows.locator("span.type").all_inner_texts()) == {"ASSAULT"}
    page.go_back()
    page.wait_for_function(f"() => document.querySelectorAll('tr.event-row').length === {before}")


def test_network_draws_support_and_opposition_edges(page, base):
    net = api(base, "/api/network")
    page.goto(base + "/?view=network")
    page.wait_for_selector("svg path.edge")
    assert page.locator("svg path.edge").count() == len(net["edges"])
    assert page.locator("svg g.node").count() == len(net["nodes"])
    for kind in ("support", "oppose"):
        assert page.locator(f"svg path.edge.{kind}").count() == sum(e["kind"] == kind for e in net["edges"])
    assert page.locator("svg path.edge.oppose").count() > 0
    colours = {page.locator(f"svg path.edge.{k}").first.evaluate("e => getComputedStyle(e).stroke")
               for k in ("support", "oppose") if page.locator(f"svg path.edge.{k}").count()}
    assert len(colours) == len({e["kind"] for e in net["edges"]})


def test_map_draws_a_circle_per_place(page, base):
    fc = api(base, "/api/map")
    page.goto(base + "/?view=map")
    page.wait_for_selector("svg circle.place")
    assert page.locator("svg circle.place").count() == len(fc["features"])
    misrata = page.locator('svg circle.place[data-name="Misrata"]')
    misrata.click()
    assert "Misrata" in page.locator(".place-panel h2").inner_text()
    page.locator(".place-panel a").click()
    page.wait_for_selector("tr.event-row")
    assert page.locator("tr.event-row").count() == 1 and "place=Misrata" in page.url


def shaded(page):
    return set(page.locator("svg path.country.has-events").evaluate_all("els => els.map(e => e.dataset.iso)"))


def test_map_draws_country_outlines_beneath_the_places(page, base):
    fc = api(base, "/api/map")
    countries = {f["properties"]["country"] for f in fc["features"]}
    assert {"LBY", "DEU"} <= countries
    page.goto(base + "/?view=map")
    page.wait_for_selector('svg path.country[data-iso="LBY"]')
    assert page.locator("svg path.country").count() > 30
    assert shaded(page) == countries
    assert page.locator('svg path.country[data-iso="TCD"]').get_attribute("class") == "country"
    assert page.locator('svg path.country[data-iso="LBY"] title').text_content() == "Libya"
    # the outlines are in the places' projection: Berlin's circle sits inside Germany's outline only
    inside = page.evaluate("""() => {
        const c = document.querySelector('circle.place[data-name="Berlin"]');
        const pt = new DOMPoint(+c.getAttribute("cx"), +c.getAttribute("cy"));
        return Object.fromEntries(["DEU", "POL", "LBY"].map(
            (iso) => [iso, document.querySelector(`path.country[data-iso="${iso}"]`).isPointInFill(pt)]));
    }""")
    assert inside == {"DEU": True, "POL": False, "LBY": False}
    # beneath: drawn before the places, and clicks on a place still reach it
    assert page.evaluate("() => !!(document.querySelector('g.countries').compareDocumentPosition("
                         "document.querySelector('g.places')) & Node.DOCUMENT_POSITION_FOLLOWING)")
    page.locator('svg circle.place[data-name="Berlin"]').click()
    assert "Berlin" in page.locator(".place-panel h2").inner_text()
    # the shading follows the filters
    page.goto(base + "/?view=map&type=ASSAULT")
    page.wait_for_selector('svg path.country[data-iso="LBY"]')
    assaults = {f["properties"]["country"] for f in api(base, "/api/map?type=ASSAULT")["features"]}
    assert shaded(page) == assaults and "DEU" not in assaults


def test_an_organisations_page_counts_and_lists_its_members_events(page, base):
    lna = api(base, "/api/actors/LBY_LNA")["events"]
    listed = api(base, "/api/events?actor=LBY_LNA&limit=1")["total"]
    assert lna["selected"] == listed > lna["total"]       # Haftar's events count for the LNA
    page.goto(base + "/?view=actor&id=LBY_LNA")
    page.wait_for_selector("section.actor-detail h1")
    summary = page.locator("section.actor-detail h1 + p")
    assert f"{listed} events with those acting for it; {lna['total']} coded to it" in summary.inner_text()
    summary.locator("a").first.click()
    page.wait_for_url(re.compile(r"view=events.*actor=LBY_LNA"))
    page.wait_for_function(f"() => document.querySelectorAll('tr.event-row').length === {listed}")
    assert "Khalifa Haftar" in page.locator("#main table.list").inner_text()


def test_timeline_and_trends_render(page, base):
    page.goto(base + "/?view=timeline")
    page.wait_for_selector("li.tl-entry")
    assert page.locator("li.tl-entry").count() == len(api(base, "/api/timeline?dates=12"))
    page.goto(base + "/?view=trends&by=month")
    page.wait_for_selector("svg polyline.series")
    assert page.locator("svg polyline.series").count() >= 2


def test_markup_in_the_data_is_shown_as_text(page, base):
    from urllib.parse import quote
    page.goto(base + "/?view=article&id=" + quote(HOSTILE.id, safe=""))
    page.wait_for_selector("section.article-detail h1")
    assert page.locator("section.article-detail h1").inner_text() == HOSTILE_TITLE
    assert page.locator("#main img").count() == 0 and page.locator("#main script").count() == 0
    assert page.locator('#main a[href^="javascript"]').count() == 0
    assert page.evaluate("window.__xss") is None


def test_errors_are_shown_not_thrown(page, base, request):
    # the browser itself logs the failed fetch; the app must show the message, not throw
    request.node.expected_console = ["status of 404 (Not Found)"]
    page.goto(base + "/?view=event&id=E-nonexistent")
    page.wait_for_selector(".error")
    assert "no event with id" in page.locator(".error").inner_text()
