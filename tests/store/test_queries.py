"""Store queries: event filters with evidence sentences, dyad aggregates."""

from __future__ import annotations

from dataclasses import replace

import pytest

from eventwire.store import Store



@pytest.fixture()
def store(tmp_path, make_record, make_event, make_ref):
    usa_pak = make_event("e3", sentence=1, sources=[make_ref("USA", "Washington", 0)], targets=[make_ref("PAK", "Pakistan", 20)],
                    cameo="112", quad=3, goldstein=-2.0, plover="DISAPPROVE", date="2021-06-01")
    pak_rus = make_event("e4", sentence=0, sources=[make_ref("PAK", "Pakistan", 0)], targets=[make_ref("RUSGOV", "Lavrov", 30)],
                    cameo="040", quad=1, goldstein=1.0, plover="CONSULT", date="2021-04-09")
    records = [make_record("doc-1"),
               make_record("doc-2", published="2021-06-02", events=[usa_pak, pak_rus])]
    with Store(tmp_path / "q.duckdb") as opened:
        opened.write(records)
        yield opened


def ids(rows):
    return [(row["doc_id"], row["event_id"]) for row in rows]


def test_events_carry_evidence_sentence_and_participants(store):
    rows = store.events()
    assert ids(rows) == [("doc-1", "e1"), ("doc-1", "e2"), ("doc-2", "e4"), ("doc-2", "e3")]
    first = rows[0]
    assert first["sentence_text"] == "Lavrov met Pakistani officials in Islamabad."
    assert [side["code"] for side in first["sources"]] == ["RUSGOV"]
    assert [side["country"] for side in first["targets"]] == ["PAK"]
    assert rows[1]["date"] == "2021-04-08"  # no event date: the publication date


@pytest.mark.parametrize(("filters", "expected"), [
    ({"actor": "RUS"}, [("doc-1", "e1"), ("doc-1", "e2"), ("doc-2", "e4")]),
    ({"actor": "rusgov"}, [("doc-1", "e1"), ("doc-2", "e4")]),
    ({"actor": "USA"}, [("doc-2", "e3")]),
    ({"dyad": ("PAK", "RUS")}, [("doc-1", "e1"), ("doc-2", "e4")]),
    ({"dyad": ("CHN", "RUS")}, [("doc-1", "e2")]),
    ({"dyad": ("USA", "CHN")}, []),
    ({"since": "2021-04-09"}, [("doc-2", "e4"), ("doc-2", "e3")]),
    ({"until": "2021-04-08"}, [("doc-1", "e1"), ("doc-1", "e2")]),
    ({"plover": "agree"}, [("doc-1", "e2")]),
    ({"root": "4"}, [("doc-1", "e1"), ("doc-2", "e4")]),
    ({"quad_class": 3}, [("doc-2", "e3")]),
    ({"limit": 1}, [("doc-1", "e1")]),
])
def test_event_filters(store, filters, expected):
    assert ids(store.events(**filters)) == expected


def test_dyads_aggregate_per_country_pair(store):
    rows = {(row["source_country"], row["target_country"]): row for row in store.dyads()}
    assert set(rows) == {("RUS", "PAK"), ("CHN", "RUS"), ("USA", "PAK"), ("PAK", "RUS")}
    usa_pak = rows[("USA", "PAK")]
    assert (usa_pak["events"], usa_pak["quad3"], usa_pak["quad1"]) == (1, 1, 0)
    assert usa_pak["goldstein_sum"] == -2.0 and usa_pak["first_date"] == "2021-06-01"
    reciprocal = rows[("CHN", "RUS")]  # Russia and China agreed: both sources, no target
    assert reciprocal["events"] == 1 and reciprocal["goldstein_mean"] == 4.0


def test_dyads_respect_filters(store):
    rows = store.dyads(quad_class=1, since="2021-04-08")
    assert [(row["source_country"], row["target_country"]) for row in rows] == [("CHN", "RUS"), ("PAK", "RUS")]


@pytest.fixture()
def reported_twice(tmp_path, make_record, make_event, make_ref):
    """doc-1's Lavrov-Pakistan meeting told again by doc-3 (more confidently), and a denied meeting."""
    retold = replace(make_event("e1", sentence=1, sources=[make_ref("RUSGOV", "Lavrov", 40)],
                                targets=[make_ref("PAK", "Pakistan", 55)], cameo="040", quad=1, goldstein=1.0,
                                plover="CONSULT", date="2021-04-07"), confidence=0.95)
    denied = make_event("e2", sentence=0, sources=[make_ref("USA", "Washington", 0)],
                        targets=[make_ref("PAK", "Pakistan", 20)], cameo="040", quad=1, goldstein=1.0,
                        plover="CONSULT", date="2021-04-07", modality="negated")
    text = "Washington denied meeting Pakistan. Sergey Lavrov met Pakistan's foreign minister."
    records = [make_record("doc-1"), make_record("doc-3", text=text, published="2021-04-09", events=[retold, denied])]
    with Store(tmp_path / "twice.duckdb") as opened:
        opened.write(records)
        yield opened


def test_events_are_merged_with_counts_and_the_most_confident_sentence(reported_twice):
    rows = reported_twice.events(dyad=("RUS", "PAK"))
    [meeting] = rows
    assert (meeting["num_mentions"], meeting["num_articles"], meeting["num_sources"]) == (2, 2, 1)
    assert (meeting["doc_id"], meeting["confidence"]) == ("doc-3", 0.95)
    assert meeting["sentence_text"] == "Sergey Lavrov met Pakistan's foreign minister."
    assert meeting["first_doc_id"] == "doc-1" and meeting["date"] == "2021-04-07"
    assert [side["code"] for side in meeting["sources"]] == ["RUSGOV"]
    mentions = reported_twice.events(dyad=("RUS", "PAK"), mentions=True)
    assert ids(mentions) == [("doc-1", "e1"), ("doc-3", "e1")]
    assert len({row["global_event_id"] for row in mentions}) == 1
    assert reported_twice.counts()["events"] == 4 and reported_twice.counts()["global_events"] == 3


def test_dyads_count_merged_events_once_and_leave_out_denials(reported_twice):
    rows = {(row["source_country"], row["target_country"]): row for row in reported_twice.dyads()}
    assert set(rows) == {("RUS", "PAK"), ("CHN", "RUS")}  # Washington's denied meeting is no relation
    assert (rows[("RUS", "PAK")]["events"], rows[("RUS", "PAK")]["mentions"]) == (1, 2)
    [denial] = reported_twice.events(actor="USA")  # still listed as an event, with its modality
    assert denial["modality"] == "negated"


def test_dyads_per_period(store):
    rows = store.dyads(period="month")
    assert [(row["period"], row["source_country"], row["target_country"], row["events"]) for row in rows] == [
        ("2021-04-01", "CHN", "RUS", 1), ("2021-04-01", "PAK", "RUS", 1), ("2021-04-01", "RUS", "PAK", 1),
        ("2021-06-01", "USA", "PAK", 1)]
    assert store.dyads(period="year", quad_class=3)[0]["period"] == "2021-01-01"
    with pytest.raises(ValueError, match="period"):
        store.dyads(period="fortnight")
