"""The API over a store built from the bundled demo articles by the real pipeline (slow: loads the model)."""

from __future__ import annotations

import json

import pytest

from golden import demo_articles, golden_path


@pytest.fixture(scope="module")
def demo_client(resources, tmp_path_factory, test_client):
    from eventwire.pipeline import extract_many
    from eventwire.server import create_app
    from eventwire.store import Store

    path = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    with Store(path) as store:
        store.write(extract_many(demo_articles(), resources=resources))
    return test_client(create_app(path))


@pytest.mark.slow
def test_demo_state_visit_through_the_api(demo_client):
    health = demo_client.get("/api/health").json()
    assert health["counts"]["documents"] == len(demo_articles())
    visit = demo_client.get("/api/events", params={"dyad": "KEN,KOR"}).json()
    assert visit and all({"KEN", "KOR"} <= {ref["country"] for ref in row["sources"] + row["targets"]}
                         for row in visit)
    assert any(row["plover"] == "CONSULT" and row["doc_id"] == "demo-state-visit" for row in visit)
    assert all(row["trigger"] in row["sentence_text"] for row in visit)
    pairs = {frozenset((row["source_country"], row["target_country"])) for row in demo_client.get("/api/dyads").json()}
    assert frozenset(("KEN", "KOR")) in pairs
    document = demo_client.get("/api/documents/demo-state-visit").json()
    article = next(article for article in demo_articles() if article.id == "demo-state-visit")
    assert document["text"] == article.text and document["title"] == article.title
    golden = json.loads(golden_path("demo-state-visit").read_text(encoding="utf-8"))
    assert document["actors"] == golden["actors"]  # the record's actors, `inferred` clues included
    assert {event["global_event_id"] for event in document["events"]} >= {row["global_event_id"] for row in visit
                                                                          if row["doc_id"] == "demo-state-visit"}
    nairobi = [place for place in document["places"] if place["text"] == "Nairobi"]
    assert nairobi and all(place["country"] == "KEN" and place["lat"] is not None for place in nairobi)
    assert all(document["text"][place["start"]:place["end"]] == place["text"] for place in document["places"])
    spoken = [quote for quote in document["quotes"] if quote["speaker"] is not None]
    assert spoken and all(document["text"][q["speaker"]["start"]:q["speaker"]["end"]] == q["speaker"]["text"]
                          for q in spoken)
