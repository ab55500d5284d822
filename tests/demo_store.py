"""The store the browser tests and the dashboard screenshots show: the bundled demo articles, and one
hostile article whose title and text carry markup (it must render as text), through the real pipeline."""

from __future__ import annotations

from pathlib import Path

from golden import demo_articles

from eventwire.schema import DocInput

HOSTILE_ID = "hostile-markup"
HOSTILE_TEXT = ('Russia condemned Ukraine on Monday. <script>window.__injected = "script"</script> '
                '<img src="x" onerror="window.__injected = \'img\'"> Ukraine rejected the accusation, '
                'its foreign minister said in Kyiv.')
HOSTILE = DocInput(id=HOSTILE_ID, text=HOSTILE_TEXT, title='<img src="x" onerror="window.__injected = \'title\'">Markup',
                   published="2024-03-04", source="Test Outlet", url="https://example.org/hostile")


def build_demo_store(path: Path, resources=None) -> Path:
    from eventwire.pipeline import extract_many
    from eventwire.resources import load_resources
    from eventwire.store import Store

    with Store(path) as store:
        store.write(extract_many([*demo_articles(), HOSTILE], resources=resources or load_resources()))
    return path
