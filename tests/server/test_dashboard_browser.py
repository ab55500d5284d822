"""The dashboard as a user sees it: the real app under uvicorn, opened in headless Chromium (Playwright).
One test per view (overview and every view's console, map, network → dyad, explorer and download, article).

The store is built from the bundled demo articles by the real pipeline (slow: loads the model). Needs
Debian's chromium at /usr/bin/chromium and the `playwright` package (the `test` extra); without them the
tests skip, except under CI (`CI` set), where they fail: CI installs both, and a skip there would hide a
broken dashboard. Playwright's own browser downloads are never used (`playwright install` needs the network).
"""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import os
import re
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest

from demo_store import HOSTILE_ID, HOSTILE_TEXT, build_demo_store
from golden import demo_articles
from live_server import serving

pytestmark = pytest.mark.slow

CHROMIUM = Path("/usr/bin/chromium")
# Headless on a closed network: no sandbox (root in CI), no GPU, and none of Chromium's own calls home
# (without these it tries to reach Google hosts, which the network refuses).
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
TIMEOUT_MS = 10_000


def running_in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


@pytest.fixture(scope="module", autouse=True)
def _browser_available():
    """Skip (fail under CI) before building anything when Chromium or Playwright is missing."""
    missing = [what for what, present in [(f"Debian's chromium ({CHROMIUM})", CHROMIUM.exists()),
                                          ("the playwright package", importlib.util.find_spec("playwright"))]
               if not present]
    if not missing:
        return
    reason = f"browser test needs {' and '.join(missing)} (apt-get install chromium; pip install -e '.[test]')"
    if running_in_ci():
        pytest.fail(f"{reason}; CI must run it, so this fails instead of skipping", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def demo_db(resources, tmp_path_factory):
    return build_demo_store(tmp_path_factory.mktemp("browser") / "demo.duckdb", resources)


@pytest.fixture(scope="module")
def base_url(demo_db):
    from eventwire.server import create_app

    with serving(create_app(demo_db)) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    try:  # launch() gives each browser a fresh temporary profile
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()
    finally:
        playwright.stop()


@dataclass
class Dashboard:
    page: object
    base_url: str
    requests: list[str] = field(default_factory=list)  # every URL the page asked for, in order
    console_errors: list[str] = field(default_factory=list)

    def open(self, hash_: str) -> None:
        """Go to a view (`#/map`) and wait until it has drawn what it fetched."""
        self.page.goto(f"{self.base_url}/{hash_}")
        self.wait_for(hash_)

    def wait_for(self, hash_: str) -> None:
        from playwright.sync_api import TimeoutError as PlaywrightTimeout

        try:  # checked every animation frame: the default backoff polls every 500 ms
            self.page.wait_for_function("hash => document.querySelector('section.view:not([hidden])')"
                                        "?.dataset.ready === hash", arg=hash_, polling="raf")
        except PlaywrightTimeout:
            pytest.fail(f"{hash_} never finished; the page says {self.page.text_content('#error')!r}, "
                        f"console errors: {self.console_errors}", pytrace=False)


@pytest.fixture()
def dashboard(browser, base_url):
    """A new browser context, its requests and console errors recorded; nothing may leave 127.0.0.1."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    view = Dashboard(context.new_page(), base_url)
    # Requests for anything but our server are recorded and refused, so nothing leaves the machine.
    context.route("**/*", lambda route: keep_local(route, base_url, view.requests))
    view.page.on("console", lambda message: message.type == "error" and view.console_errors.append(message.text))
    view.page.on("pageerror", lambda error: view.console_errors.append(f"uncaught: {error}"))
    view.page.set_default_timeout(TIMEOUT_MS)
    try:
        yield view
    finally:
        context.close()
    assert view.console_errors == []
    assert [url for url in view.requests if not url.startswith(base_url + "/")] == []


def keep_local(route, base_url: str, requests: list[str]) -> None:
    requests.append(route.request.url)
    if route.request.url.startswith(base_url + "/"):
        route.continue_()
    else:
        route.abort("blockedbyclient")


def api(base_url: str, path: str, **params) -> object:
    with urllib.request.urlopen(f"{base_url}{path}?{urllib.parse.urlencode(params)}", timeout=10) as response:
        return json.load(response)


def table_ids(page) -> list[str]:
    return page.eval_on_selector_all("#event-table tr.event", "rows => rows.map(r => r.dataset.id)")


def test_every_view_loads_from_this_server_alone_without_console_errors(dashboard, base_url):
    dashboard.open("#/overview")
    health = dashboard.page.text_content("#health")
    assert re.fullmatch(rf"demo\.duckdb: {len(demo_articles()) + 1} documents, [1-9]\d* events", health), health
    overview = api(base_url, "/api/overview")
    top = overview["dyads_by_events"][0]
    assert dashboard.page.locator("#view-overview a", has_text=f"{top['a']} – {top['b']}").count() >= 1
    for hash_ in ("#/map", "#/network", "#/events", f"#/dyad/{top['a']}/{top['b']}", f"#/article/{HOSTILE_ID}"):
        dashboard.page.evaluate("hash => { location.hash = hash; }", hash_)
        dashboard.wait_for(hash_)
    dashboard.page.goto(f"{base_url}/api-docs")
    dashboard.page.wait_for_function("() => document.querySelectorAll('section.endpoint').length > 5", polling="raf")
    paths = {urllib.parse.urlsplit(url).path for url in dashboard.requests}
    # The interception saw the page's own traffic (so the fixture's check is not vacuous): no CDN, font or tile.
    assert paths >= {"/", "/static/app.js", "/static/dom.js", "/static/style.css", "/static/world.json",
                     "/api/health", "/api/overview", "/api/map", "/api/network", "/api/search", "/api/timeline",
                     f"/api/documents/{HOSTILE_ID}", "/api-docs", "/openapi.json"}


def test_the_map_draws_the_located_events_and_lists_a_clusters_events(dashboard, base_url):
    dashboard.open("#/map")
    cells = api(base_url, "/api/map", cell=10)["cells"]
    circles = dashboard.page.locator("#map circle.cluster")
    assert cells and circles.count() == len(cells)
    drawn = [int(value) for value in circles.evaluate_all("nodes => nodes.map(n => n.dataset.events)")]
    assert sum(drawn) == sum(cell["events"] for cell in cells) == api(base_url, "/api/overview")["counts"]["located"]
    assert dashboard.page.locator("#map .land path").count() > 200  # the vendored outlines
    biggest = cells[0]
    circles.nth(0).dispatch_event("click")
    dashboard.page.wait_for_function("() => document.querySelector('.map-events table')", polling="raf")
    shown = dashboard.page.locator(".map-events table tbody tr").count()
    assert shown == min(50, biggest["events"])


def test_a_network_edge_click_opens_its_dyad_on_a_true_time_axis(dashboard, base_url):
    dashboard.open("#/network")
    edges = api(base_url, "/api/network")["edges"]
    assert dashboard.page.locator("#network a.edge").count() == len(edges)
    edge = dashboard.page.locator("#network a.edge").first
    first, second = edge.get_attribute("data-a"), edge.get_attribute("data-b")
    edge.locator("line.edge-hit").dispatch_event("click")
    dashboard.wait_for(f"#/dyad/{first}/{second}")
    assert dashboard.page.text_content("#trend").startswith(f"{first} – {second}: ")
    rows = api(base_url, "/api/timeline", first=first, second=second, period="month")["rows"]
    bars = dashboard.page.locator("#chart g.bar")
    assert [bars.nth(i).get_attribute("data-period") for i in range(bars.count())] == [row["period"] for row in rows]
    # A true time axis: a bar's left edge is proportional to its period's start date.
    lefts = [float(bars.nth(i).locator("rect").first.get_attribute("x")) for i in range(len(rows))]
    days = [(date.fromisoformat(row["period"]) - date.fromisoformat(rows[0]["period"])).days for row in rows]
    if days[-1]:
        scale = (lefts[-1] - lefts[0]) / days[-1]
        assert all(left == pytest.approx(lefts[0] + day * scale, abs=0.5) for left, day in zip(lefts, days))
    top = api(base_url, "/api/search", dyad=f"{first},{second}", order="reports", limit=10)["rows"]
    assert dashboard.page.locator("#view-dyad table.events tbody tr").count() == len(top) > 0


def test_filters_change_the_table_and_the_download_matches_it(dashboard, base_url):
    dashboard.open("#/events")
    everything = table_ids(dashboard.page)
    newest = api(base_url, "/api/search", limit=1)["rows"][0]
    quad = newest["quad_class"]
    least = f"{int(newest['confidence'] * 20) / 20:.2f}"  # on the field's 0.05 steps; keeps the newest event
    dashboard.page.select_option("#filters select[name=quad]", str(quad))
    dashboard.page.fill("#filters input[name=min_confidence]", least)
    dashboard.page.click("#filters button")
    dashboard.wait_for(f"#/events?quad={quad}&min_confidence={least}")
    filtered = table_ids(dashboard.page)
    expected = api(base_url, "/api/search", quad=quad, min_confidence=least, limit=50)
    assert filtered == [row["id"] for row in expected["rows"]] and filtered != everything
    assert dashboard.page.text_content("#result-count").startswith(f"{expected['total']} events")
    with dashboard.page.expect_download() as waiting:
        dashboard.page.click("#download-csv")
    lines = list(csv.DictReader(io.StringIO(Path(waiting.value.path()).read_text(encoding="utf-8"))))
    assert [line["global_event_id"] for line in lines][:len(filtered)] == filtered
    assert len(lines) == expected["total"] and all(line["quad_class"] == str(quad) for line in lines)
    # A row opens on its evidence: the trigger marked in the sentence, and a link to the article.
    dashboard.page.click("#event-table tr.event")
    detail = dashboard.page.locator("#event-table tr.detail").first
    assert detail.is_visible() and detail.locator("mark.m-trigger").text_content() == expected["rows"][0]["trigger"]
    detail.locator("a[href^='#/article/']").click()
    dashboard.wait_for(f"#/article/{expected['rows'][0]['doc_id']}")


def test_the_article_view_marks_triggers_and_shows_markup_as_text(dashboard, base_url):
    dashboard.open("#/article/demo-state-visit")
    document = api(base_url, "/api/documents/demo-state-visit")
    marked = dashboard.page.eval_on_selector_all("#article-text mark.m-trigger", "marks => marks.map(m => m.textContent)")
    assert marked and sorted(marked) == sorted(event["trigger"] for event in document["events"]
                                               if event["trigger_start"] is not None)
    assert dashboard.page.locator("#article-text .m-place").count() > 0
    assert dashboard.page.locator("#article-events li").count() == len(document["events"])
    dashboard.open(f"#/article/{HOSTILE_ID}")
    assert dashboard.page.text_content("#article-text") == HOSTILE_TEXT
    assert dashboard.page.locator("#view-article h2").text_content().startswith("<img")
    assert dashboard.page.locator("#view-article img, #view-article script").count() == 0
    assert dashboard.page.evaluate("() => window.__injected") is None
    assert dashboard.page.locator("#article-text mark.m-trigger", has_text="condemned").count() == 1
