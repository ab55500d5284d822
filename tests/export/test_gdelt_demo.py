"""GDELT export of the demo store built by the real pipeline (slow: loads the model): where events and
actors are, and what SOURCEURL holds."""

from __future__ import annotations

import io

import pytest

from eventwire.export import GDELT_EVENT_COLUMNS, write_gdelt
from eventwire.export.countries import fips_code
from golden import demo_articles

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo_store(resources, tmp_path_factory):
    from eventwire.pipeline import extract_many
    from eventwire.store import Store

    path = tmp_path_factory.mktemp("gdelt-demo") / "demo.duckdb"
    with Store(path) as store:
        store.write(extract_many(demo_articles(), resources=resources))
    with Store(path, read_only=True) as store:
        yield store


@pytest.fixture(scope="module")
def rows(demo_store):
    output = io.StringIO()
    write_gdelt(demo_store.con, output)
    return [dict(zip(GDELT_EVENT_COLUMNS, line.split("\t"))) for line in output.getvalue().splitlines()]


def test_action_geo_is_filled_where_the_sentence_or_article_names_a_place(demo_store, rows):
    named = {gid for (gid,) in demo_store.con.execute("""
        SELECT g.global_event_id FROM global_events g
        WHERE NOT g.historical AND EXISTS (SELECT 1 FROM places p WHERE p.doc_id = g.first_doc_id
                                           AND (p.country IS NOT NULL OR p.lat IS NOT NULL))""").fetchall()}
    located = [row["ActionGeo_Type"] != "0" for row in rows if int(row["GLOBALEVENTID"]) in named]
    assert len(located) == len(named) > 0
    assert sum(located) / len(located) >= 0.8


def test_actor_geo_is_filled_wherever_the_actor_has_a_country(rows):
    for actor in ("Actor1", "Actor2"):
        with_country = [row for row in rows if fips_code(row[f"{actor}CountryCode"])]
        assert with_country
        for row in with_country:
            assert row[f"{actor}Geo_Type"] != "0" and row[f"{actor}Geo_CountryCode"], row


def test_source_url_is_never_a_document_id(rows):
    ids = {article.id for article in demo_articles()}
    assert rows and all(row["SOURCEURL"] not in ids for row in rows)
    assert all(row["SOURCEURL"] == "" or row["SOURCEURL"].startswith(("http://", "https://")) for row in rows)
