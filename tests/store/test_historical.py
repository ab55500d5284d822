"""History is not news: historical mentions are stored, never merge into current events, and every
reader (events, dyads, timeline, network, exports, API) leaves them out unless asked."""

from __future__ import annotations

import io

import pytest

from eventwire.export import write_gdelt, write_jsonl
from eventwire.relations import actor_network, dyad_series
from eventwire.store import Store


@pytest.fixture()
def store(tmp_path, make_record, make_event, make_ref):
    def threat(event_id, date, *, historical):
        found = make_event(event_id, sentence=0, sources=[make_ref("USA", "Lavrov", 0)],
                           targets=[make_ref("PAK", "Pakistani officials", 11)], cameo="138", quad=3,
                           goldstein=-7.0, plover="THREATEN", date=date)
        found.historical = historical
        return found

    records = [
        # news: told three days after it happened
        make_record("news", published="2021-03-04", events=[threat("e1", "2021-03-01", historical=False)]),
        # the same day retold five weeks later: history in that article
        make_record("retold", published="2021-04-08", events=[threat("e1", "2021-03-01", historical=True)]),
        # long past, retold
        make_record("suez", published="2021-04-08", events=[threat("e1", "1956-01-01", historical=True)]),
    ]
    with Store(tmp_path / "h.duckdb") as opened:
        opened.write(records)
        yield opened


def test_historical_mentions_are_stored_but_never_merge_into_current_events(store):
    mentions = store.con.execute("SELECT doc_id, historical, global_event_id FROM events ORDER BY doc_id").fetchall()
    assert [(doc, historical) for doc, historical, _ in mentions] == [("news", False), ("retold", True),
                                                                      ("suez", True)]
    news_id = mentions[0][2]
    assert mentions[1][2] != news_id  # same day, actors, code and modality: still not the news event
    current = store.events()
    assert [(row["date"], row["num_mentions"], row["historical"]) for row in current] == [("2021-03-01", 1, False)]


def test_events_and_dyads_leave_history_out_unless_asked(store):
    assert {row["date"] for row in store.events(include_historical=True)} == {"1956-01-01", "2021-03-01"}
    assert len(store.events(mentions=True)) == 1 and len(store.events(mentions=True, include_historical=True)) == 3
    assert [row["events"] for row in store.dyads()] == [1]
    assert [row["events"] for row in store.dyads(include_historical=True)] == [3]


def test_timeline_and_network_leave_history_out_unless_asked(store):
    assert [row["period"] for row in dyad_series(store.con, dyad=("USA", "PAK"), period="year")] == ["2021-01-01"]
    with_history = dyad_series(store.con, dyad=("USA", "PAK"), period="year", include_historical=True)
    assert [(row["period"], row["events"]) for row in with_history] == [("1956-01-01", 1), ("2021-01-01", 2)]
    assert [edge["events"] for edge in actor_network(store.con).edges()] == [1]
    assert [edge["events"] for edge in actor_network(store.con, include_historical=True).edges()] == [3]
    month = store.con.execute("SELECT sum(events) FROM v_dyad_month").fetchall()
    assert month == [(1,)]


def test_exports_leave_history_out_unless_asked(store):
    for writer in (write_gdelt, write_jsonl):
        assert writer(store.con, io.StringIO()) == 1
        assert writer(store.con, io.StringIO(), include_historical=True) == 3


@pytest.mark.filterwarnings("ignore:.*httpx.*")  # starlette's TestClient is moving off httpx
def test_the_api_leaves_history_out_unless_asked(store):
    from fastapi.testclient import TestClient

    from eventwire.server import create_app

    store.close()
    client = TestClient(create_app(store.path), base_url="http://127.0.0.1")  # a Host the server answers to
    for path, params, count in (("/api/events", {}, lambda body: len(body)),
                                ("/api/dyads", {}, lambda body: sum(row["events"] for row in body)),
                                ("/api/timeline", {"first": "USA", "second": "PAK", "period": "year"},
                                 lambda body: sum(row["events"] for row in body["rows"])),
                                ("/api/network", {}, lambda body: sum(edge["events"] for edge in body["edges"]))):
        assert count(client.get(path, params=params).json()) == 1, path
        assert count(client.get(path, params={**params, "include_historical": "true"}).json()) == 3, path
