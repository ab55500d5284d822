"""Screenshots of every dashboard view, for README.md and docs/server.md (docs/img/dashboard-*.png).

    .venv/bin/python scripts/dashboard_screenshots.py [--out docs/img]

Builds the browser tests' store (the bundled demo articles and one article full of markup, through the
real pipeline: tests/demo_store.py), serves it on a free 127.0.0.1 port and opens each view in headless
Debian Chromium (/usr/bin/chromium, through Playwright, as tests/server/test_dashboard_browser.py does;
requests for any other host are refused). Needs the model and the `test` extra.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests")]

from demo_store import HOSTILE_ID, build_demo_store  # noqa: E402  (tests/ is on the path from here)
from live_server import serving  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def shoot(base: str, out: Path) -> list[Path]:
    import json
    import urllib.request

    from playwright.sync_api import sync_playwright

    def get(path: str):
        with urllib.request.urlopen(f"{base}{path}", timeout=30) as answer:
            return json.load(answer)

    # The dyad with most months of events: the chart then shows its time axis, gaps included.
    top = max(get("/api/overview")["dyads_by_events"],
              key=lambda pair: len(get(f"/api/timeline?first={pair['a']}&second={pair['b']}")["rows"]))
    views = [
        ("overview", "#/overview", None),
        ("map", "#/map", "() => document.querySelector('#map circle.cluster')?.dispatchEvent(new MouseEvent('click'))"),
        ("network", "#/network", None),
        ("dyad", f"#/dyad/{top['a']}/{top['b']}", None),
        ("events", "#/events", "() => document.querySelector('#event-table tr.event')?.click()"),
        ("article", "#/article/demo-state-visit", None),
        ("article-markup", f"#/article/{HOSTILE_ID}", None),
    ]
    written = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        context = browser.new_context(viewport={"width": 1280, "height": 860})
        context.route("**/*", lambda route: route.continue_() if route.request.url.startswith(base + "/")
                      else route.abort("blockedbyclient"))
        page = context.new_page()
        for name, hash_, action in views:
            page.goto(f"{base}/{hash_}")
            page.wait_for_function("hash => document.querySelector('section.view:not([hidden])')?.dataset.ready === hash",
                                   arg=hash_, polling="raf")
            if action:
                page.evaluate(action)
                page.wait_for_timeout(300)
                page.evaluate("() => window.scrollTo(0, 0)")
            path = out / f"dashboard-{name}.png"
            page.screenshot(path=str(path), full_page=name not in ("events",))
            written.append(path)
        page.goto(f"{base}/api-docs")
        page.wait_for_function("() => document.querySelectorAll('section.endpoint').length > 5", polling="raf")
        page.screenshot(path=str(out / "dashboard-api.png"))
        written.append(out / "dashboard-api.png")
        browser.close()
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "img")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    from eventwire.server import create_app

    with tempfile.TemporaryDirectory() as folder:
        database = build_demo_store(Path(folder) / "demo.duckdb")
        with serving(create_app(database)) as base:
            for path in shoot(base, args.out):
                print(f"{path.relative_to(ROOT)}: {path.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
