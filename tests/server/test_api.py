"""The JSON endpoints against the synthetic corpus: real values, filters, bad parameters."""

from __future__ import annotations

import pytest

from eventwire.errors import EventwireError
from eventwire.store import SCHEMA_VERSION, Store

def countries(row) -> set[str]:
    return {ref["country"] for ref in row["sources"] + row["targets"]}


def test_health_counts_the_stored_corpus(client, corpus_db):
    corpus, _ = corpus_db
    body = client.get("/api/health").json()
    assert body["schema_version"] == SCHEMA_VERSION
    assert body["counts"]["documents"] == len(corpus.records)
    assert body["counts"]["events"] == sum(len(record.events) for record in corpus.records)
    assert 0 < body["counts"]["global_events"] < body["counts"]["events"]  # re-reports merged


def test_events_of_a_dyad_match_the_store(client, corpus_db):
    rows = client.get("/api/events", params={"dyad": "rus,pak", "limit": 10_000}).json()
    with Store(corpus_db[1], read_only=True) as store:
        expected = store.events(dyad=("RUS", "PAK"), limit=10_000)
    assert [row["global_event_id"] for row in rows] == [row["global_event_id"] for row in expected]
    assert len(rows) > 40 and all(countries(row) >= {"RUS", "PAK"} for row in rows)
    assert all(row["sentence_text"] and row["trigger"] in row["sentence_text"] for row in rows)
    assert all(row["num_mentions"] >= row["num_articles"] >= 1 for row in rows)


def test_event_filters(client):
    dated = client.get("/api/events", params={"since": "2022-03-01", "until": "2022-03-31", "limit": 500}).json()
    assert dated and all("2022-03-01" <= row["date"] <= "2022-03-31" for row in dated)
    agree = client.get("/api/events", params={"plover": "agree", "actor": "USA"}).json()
    assert agree and all(row["plover"] == "AGREE" and "USA" in countries(row) for row in agree)
    assert all(row["root"] == "19" for row in client.get("/api/events", params={"root": "19"}).json())
    assert len(client.get("/api/events", params={"limit": 3}).json()) == 3
    everything = client.get("/api/events", params={"limit": 10_000}).json()
    assert all(isinstance(row["sources"], list) and isinstance(row["targets"], list) for row in everything)
    mentions = client.get("/api/events", params={"mentions": True, "limit": 5}).json()
    assert all("doc_id" in row and "num_mentions" not in row for row in mentions)


def test_dyads_whole_range_and_by_period(client):
    rows = client.get("/api/dyads").json()
    top = {(row["source_country"], row["target_country"]) for row in rows[:3]}
    assert top == {("FRA", "DEU"), ("CHN", "USA"), ("RUS", "PAK")}
    by_quarter = client.get("/api/dyads", params={"period": "quarter", "dyad": "RUS,PAK", "limit": 1000}).json()
    assert {row["period"][5:] for row in by_quarter} <= {"01-01", "04-01", "07-01", "10-01"}
    assert sum(row["events"] for row in by_quarter) == sum(
        row["events"] for row in rows if {row["source_country"], row["target_country"]} == {"RUS", "PAK"})


def test_timeline_series_and_trend(client):
    warming = client.get("/api/timeline", params={"first": "RUS", "second": "PAK"}).json()
    assert warming["trend"]["verdict"] == "warming" and warming["trend"]["low"] > 0
    assert "95% CI" in warming["trend"]["description"] and len(warming["rows"]) == 24
    cooling = client.get("/api/timeline", params={"first": "usa", "second": "chn", "period": "quarter"}).json()
    assert len(cooling["rows"]) == 8 and cooling["trend"]["verdict"] == "cooling"
    directed = client.get("/api/timeline", params={"first": "RUS", "second": "PAK", "directed": True}).json()
    assert sum(row["events"] for row in directed["rows"]) < sum(row["events"] for row in warming["rows"])


def test_network_edges_and_blocs(client):
    body = client.get("/api/network", params={"min_events": 50}).json()
    assert {(edge["a"], edge["b"]) for edge in body["edges"]} == {("PAK", "RUS"), ("CHN", "USA"), ("DEU", "FRA")}
    assert {node["country"] for node in body["nodes"]} == {"PAK", "RUS", "CHN", "USA", "DEU", "FRA"}
    assert sorted(map(sorted, body["blocs"])) == [["CHN", "USA"], ["DEU", "FRA"], ["PAK", "RUS"]]
    # the synthetic corpus has states only: at actor level its nodes are the same countries
    by_actor = client.get("/api/network", params={"min_events": 50, "by": "actor"}).json()
    assert {node["actor"] for node in by_actor["nodes"]} == {node["country"] for node in body["nodes"]}
    assert client.get("/api/dyads", params={"by": "actor", "limit": 1}).json()[0].keys() >= {"source_actor"}
    assert client.get("/api/network", params={"by": "person"}).status_code == 422


def test_document_is_the_stored_record(client, corpus_db):
    record = next(record for record in corpus_db[0].records if record.events)
    body = client.get(f"/api/documents/{record.doc_id}").json()
    assert body["text"] == record.text and body["title"] == record.title
    assert body["sentences"] == [list(span) for span in record.sentences]
    assert [event["id"] for event in body["events"]] == [event.id for event in record.events]
    first = body["events"][0]
    assert first["sources"][0]["country"] == record.events[0].source[0].country
    assert client.get("/api/documents/no-such-doc").status_code == 404


@pytest.mark.parametrize(("params", "status", "named"), [
    ({"since": "2021-13-01"}, 422, "since"),
    ({"plover": "HUG"}, 400, "plover"),
    ({"dyad": "RUS"}, 400, "dyad"),
    ({"actor": "R;S"}, 400, "actor"),
    ({"root": "x1"}, 422, "root"),
    ({"limit": 0}, 422, "limit"),
    ({"quad": 5}, 422, "quad"),
])
def test_bad_event_parameters_are_named(client, params, status, named):
    response = client.get("/api/events", params=params)
    assert response.status_code == status and named in response.text


def test_bad_timeline_and_dyad_parameters(client):
    assert "second" in client.get("/api/timeline", params={"first": "RUS"}).text
    assert client.get("/api/timeline", params={"first": "RUS", "second": "PAK", "period": "fortnight"}).status_code == 422
    assert client.get("/api/dyads", params={"period": "decade"}).status_code == 422
    assert client.get("/api/network", params={"origin": "cnn"}).status_code == 422


def test_unknown_store_fails_at_start(tmp_path):
    from eventwire.server import create_app

    with pytest.raises(EventwireError) as raised:
        create_app(tmp_path / "missing.duckdb")
    assert raised.value.code == "E401" and "missing.duckdb" in str(raised.value)
