"""The dashboard and API docs load nothing from the network."""

from __future__ import annotations

import re
from pathlib import Path

import eventwire.server

STATIC = Path(eventwire.server.__file__).parent / "static"
SVG_NAMESPACE = "http://www.w3.org/2000/svg"  # a name in createElementNS, never fetched
SCRIPTS = sorted(STATIC.glob("*.js"))


def test_dashboard_page_and_its_assets_are_served(client):
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assets = re.findall(r'(?:src|href)="(/static/[^"]+)"', page.text)
    assert set(assets) == {"/static/style.css", "/static/app.js", "/static/favicon.svg"}
    imported = {f"/static/{name}" for script in SCRIPTS
                for name in re.findall(r'from "\./([\w-]+\.js)"', script.read_text(encoding="utf-8"))}
    assert imported and imported <= {f"/static/{script.name}" for script in SCRIPTS}
    for asset in [*assets, *imported, "/static/world.json"]:
        assert client.get(asset).status_code == 200, asset


def test_no_asset_comes_from_the_network():
    for page in ("index.html", "api.html"):
        text = (STATIC / page).read_text(encoding="utf-8")
        assert not re.search(r"(?i)(?:src|href)\s*=\s*[\"']?(?:https?:)?//", text)
        assert "<script>" not in text and not re.search(r"(?i)\son\w+\s*=", text)  # no inline script or handler
    fetched = []
    for script in SCRIPTS:
        text = script.read_text(encoding="utf-8")
        assert set(re.findall(r"https?://[^\s\"'`]+", text)) <= {SVG_NAMESPACE}, script.name
        assert "import(" not in text and "innerHTML" not in text and "eval(" not in text, script.name
        fetched += re.findall(r"fetch\((.*?)\);", text)
    # getJson fetches its path (callers name /api/... or /openapi.json); map.js fetches the base map.
    assert sorted(fetched) == sorted(["`${path}?${query(params)}`", '"/static/world.json"'])
    called = [path for script in SCRIPTS for path in re.findall(r'getJson\(["`]([^"`]+)', script.read_text("utf-8"))]
    assert called and all(path.startswith(("/api/", "/openapi.json")) for path in called)
    style = (STATIC / "style.css").read_text(encoding="utf-8")
    assert "url(" not in style and "@import" not in style


def test_api_docs_pages_are_off_and_the_schema_is_local(client):
    assert client.get("/docs").status_code == 404 and client.get("/redoc").status_code == 404
    schema = client.get("/openapi.json").json()
    assert {"/api/health", "/api/events", "/api/dyads", "/api/timeline", "/api/network"} <= set(schema["paths"])
    names = {parameter["name"] for parameter in schema["paths"]["/api/events"]["get"]["parameters"]}
    assert names >= {"actor", "dyad", "since", "until", "plover", "root", "quad", "limit", "mentions"}


def test_static_files_are_package_data():
    pyproject = (Path(__file__).resolve().parents[2] / "pyproject.toml").read_text(encoding="utf-8")
    assert '"server/static/*"' in pyproject
