"""The endpoints behind the dashboard's views, over the synthetic corpus (no model): event search with every
filter and its cursor, the download of the same rows, map cells, the overview and the article's marks."""

from __future__ import annotations

import csv
import io
import json

import pytest


def all_pages(client, **params) -> list[dict]:
    rows, cursor = [], None
    while True:
        page = client.get("/api/search", params={**params, "limit": 37, **({"cursor": cursor} if cursor else {})})
        assert page.status_code == 200, page.text
        body = page.json()
        rows += body["rows"]
        cursor = body["next"]
        if cursor is None:
            return rows


def test_pages_follow_one_another_over_every_matching_event_newest_first(client):
    rows = all_pages(client, actor="RUS")
    ids = [row["global_event_id"] for row in rows]
    listed = client.get("/api/events", params={"actor": "RUS", "limit": 10_000}).json()
    assert len(ids) == len(set(ids)) and set(ids) == {row["global_event_id"] for row in listed}
    assert client.get("/api/search", params={"actor": "RUS"}).json()["total"] == len(ids)
    dates = [row["date"] for row in rows]
    assert dates == sorted(dates, reverse=True)


def test_each_filter_keeps_only_its_events(client):
    everything = all_pages(client)
    checks = {
        "quad": (3, lambda row: row["quad_class"] == 3),
        "plover": ("AGREE", lambda row: row["plover"] == "AGREE"),
        "root": ("03", lambda row: row["root"] == "03"),
        "country": ("PAK", lambda row: row["location_country"] == "PAK"),
        "modality": ("negated", lambda row: row["modality"] == "negated"),
        "since": ("2022-06-01", lambda row: row["date"] >= "2022-06-01"),
        "min_confidence": (0.8, lambda row: row["confidence"] >= 0.8),
        "q": ("PAKISTAN and", lambda row: "pakistan and" in row["sentence_text"].lower()),
    }
    for name, (value, keep) in checks.items():
        found = {row["global_event_id"] for row in all_pages(client, **{name: value})}
        expected = {row["global_event_id"] for row in everything if keep(row)}
        assert found == expected and found, name
    both = {row["global_event_id"] for row in all_pages(client, quad=1, dyad="RUS,PAK", q="russia")}
    assert both and all(row["quad_class"] == 1 for row in everything if row["global_event_id"] in both)


def test_marks_point_at_the_trigger_and_the_participants_in_the_sentence(client):
    rows = client.get("/api/search", params={"dyad": "USA,CHN", "limit": 20}).json()["rows"]
    assert rows
    for row in rows:
        spans = {mark["role"]: row["sentence_text"][mark["start"]:mark["end"]] for mark in row["marks"]}
        assert spans["trigger"] == row["trigger"]
        assert {spans["source"], spans["target"]} <= {"United States", "China"}


@pytest.mark.parametrize("params, problem", [
    ({"cursor": "not-a-cursor"}, "cursor"), ({"cursor": "MjAyMnwx", "order": "reports"}, "cursor"),
    ({"bbox": "1,2,3"}, "bbox"), ({"bbox": "30,10,20,20"}, "bbox"), ({"country": "Russia!"}, "country"),
    ({"modality": "<b>"}, "modality"), ({"plover": "HUG"}, "plover")])
def test_bad_filters_are_named_and_not_echoed(client, params, problem):
    answer = client.get("/api/search", params=params)
    assert answer.status_code == 400 and problem in answer.json()["detail"]
    assert all(str(value) not in answer.text for value in params.values() if value not in ("reports",))


@pytest.mark.parametrize("params", [{"min_confidence": 2}, {"limit": 501}, {"q": "x" * 201}, {"quad": 5}])
def test_out_of_range_values_are_refused(client, params):
    assert client.get("/api/search", params=params).status_code == 422


def test_the_download_holds_the_filtered_rows_in_the_explorers_order(client):
    filters = {"actor": "USA", "quad": 1}
    rows = all_pages(client, **filters)
    answer = client.get("/api/download", params={**filters, "format": "csv"})
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/csv")
    assert "attachment" in answer.headers["content-disposition"]
    table = list(csv.DictReader(io.StringIO(answer.text)))
    assert [int(line["global_event_id"]) for line in table] == [row["global_event_id"] for row in rows]
    assert [line["sentence_text"] for line in table] == [row["sentence_text"] for row in rows]
    assert all(line["source"] == "+".join(ref["code"] for ref in row["sources"]) for line, row in zip(table, rows))
    lines = client.get("/api/download", params={**filters, "format": "jsonl"}).text.splitlines()
    assert [json.loads(line) for line in lines] == rows


def test_map_cells_count_the_located_events_and_list_them_by_their_box(client):
    answer = client.get("/api/map", params={"cell": 10, "actor": "RUS"}).json()
    located = [row for row in all_pages(client, actor="RUS") if row["location_lat"] is not None]
    assert sum(cell["events"] for cell in answer["cells"]) == len(located) > 0
    for cell in answer["cells"]:
        assert cell["events"] == sum(cell[f"quad{n}"] for n in range(1, 5))
        west, south, east, north = cell["bbox"]
        assert west <= cell["lon"] < east and south <= cell["lat"] < north
        listed = client.get("/api/search", params={"actor": "RUS", "bbox": ",".join(map(str, cell["bbox"]))}).json()
        assert listed["total"] == cell["events"]
    assert client.get("/api/map", params={"cell": 3}).status_code == 400


def test_overview_counts_and_ranks(client):
    overview = client.get("/api/overview").json()
    health = client.get("/api/health").json()
    assert overview["counts"]["events"] == health["counts"]["global_events"]
    assert overview["counts"]["documents"] == health["counts"]["documents"]
    assert sum(overview["counts"]["quad"].values()) == overview["counts"]["events"]
    volumes = [pair["events"] for pair in overview["dyads_by_events"]]
    assert volumes == sorted(volumes, reverse=True)
    assert {frozenset((pair["a"], pair["b"])) for pair in overview["dyads_by_events"][:3]} == {
        frozenset(pair) for pair in (("RUS", "PAK"), ("USA", "CHN"), ("FRA", "DEU"))}  # the planted dyads
    assert all(pair["net"] == pair["cooperation"] - pair["conflict"] > 0 for pair in overview["most_cooperative"])
    assert all(pair["net"] < 0 for pair in overview["most_hostile"])
    assert overview["busiest_actors"][0]["events"] >= overview["busiest_actors"][-1]["events"]
    assert all(event["confidence"] >= overview["confidence_threshold"] for event in overview["confident_events"])


def test_the_document_gives_each_triggers_offsets(client):
    document = client.get("/api/documents/doc-0002").json()
    assert document["events"]
    for event in document["events"]:
        assert document["text"][event["trigger_start"]:event["trigger_end"]] == event["trigger"]


def test_the_api_page_and_icon_are_served_and_the_schema_lists_the_new_endpoints(client):
    page = client.get("/api-docs")
    assert page.status_code == 200 and "/static/apidocs.js" in page.text
    assert client.get("/favicon.ico").headers["content-type"].startswith("image/svg+xml")
    schema = client.get("/openapi.json").json()
    assert {"/api/overview", "/api/search", "/api/map", "/api/download"} <= set(schema["paths"])
    names = {parameter["name"] for parameter in schema["paths"]["/api/search"]["get"]["parameters"]}
    assert names >= {"actor", "dyad", "country", "root", "plover", "quad", "modality", "since", "until",
                     "min_confidence", "q", "bbox", "cursor", "limit", "order"}


@pytest.mark.parametrize("dyad", ["RUS,PAK", "PAK,RUS", "USA,CHN", "FRA,DEU", "IND,TUR", "RUS,USA"])
def test_the_dyad_filter_selects_what_api_events_selects(client, dyad):
    listed = {row["global_event_id"] for row in client.get("/api/events", params={"dyad": dyad, "limit": 10_000}).json()}
    assert {row["global_event_id"] for row in all_pages(client, dyad=dyad)} == listed
