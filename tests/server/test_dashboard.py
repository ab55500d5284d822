"""The dashboard and API docs load nothing from the network."""

from __future__ import annotations

import re
from pathlib import Path

import eventwire.server

STATIC = Path(eventwire.server.__file__).parent / "static"
SVG_NAMESPACE = "http://www.w3.org/2000/svg"  # a name in createElementNS, never fetched


def test_dashboard_page_and_its_assets_are_served(client):
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assets = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert set(assets) == {"/static/style.css", "/static/app.js"}
    for asset in assets:
        assert client.get(asset).status_code == 200


def test_no_asset_comes_from_the_network():
    page = (STATIC / "index.html").read_text(encoding="utf-8")
    assert not re.search(r"(?i)(?:src|href)\s*=\s*[\"']?(?:https?:)?//", page)
    script = (STATIC / "app.js").read_text(encoding="utf-8")
    assert re.findall(r"https?://[^\s\"'`]+", script) == [SVG_NAMESPACE]
    assert re.findall(r"fetch\((.*?)\)", script) == ["`${path}?${query}`"]  # only getJson fetches
    assert re.findall(r'getJson\("([^"]+)"', script) and all(
        path.startswith("/api/") for path in re.findall(r'getJson\("([^"]+)"', script))
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
