"""Cross-article event deduplication and wire-copy detection over the synthetic corpus."""

from __future__ import annotations

from collections import Counter

import pytest

from eventwire.store import Store
from eventwire.store.copies import copy_clusters
from eventwire.store.neardup import signature, similarity
from synthetic_corpus import SEED, ingested_corpus


@pytest.fixture(scope="module")
def corpus():
    return ingested_corpus(SEED)[0]


@pytest.fixture(scope="module")
def store():
    with Store(ingested_corpus(SEED)[1], read_only=True) as opened:
        yield opened


def test_every_planted_event_is_one_event_with_all_its_mentions(corpus, store):
    rows = store.con.execute("SELECT global_event_id, doc_id, event_id FROM events").fetchall()
    found: dict[int, set] = {}
    for gid, doc_id, event_id in rows:
        found.setdefault(gid, set()).add((doc_id, event_id))
    expected = {frozenset(mentions) for mentions in corpus.event_mentions}
    assert {frozenset(group) for group in found.values()} == expected  # merged: nothing more, nothing less


def test_mention_counts_follow_gdelt(corpus, store):
    counts = {row[0]: row[1:] for row in store.con.execute(
        "SELECT first_doc_id, num_mentions, num_articles, num_sources FROM v_global_events").fetchall()}
    records = {record.doc_id: record for record in corpus.records}
    for mentions in corpus.event_mentions:
        first = min(mentions, key=lambda m: (records[m[0]].published, m))[0]
        docs = {doc for doc, _ in mentions}
        outlets = {records[doc].source for doc in docs}
        assert counts[first] == (len(mentions), len(docs), len(outlets))
    assert Counter(len(m) for m in corpus.event_mentions)[1] < len(corpus.event_mentions)  # duplicates were planted


def test_wire_copies_are_found_and_nothing_else(corpus, store):
    clusters: dict[str, set] = {}
    for doc, cluster in copy_clusters(store.con).items():
        clusters.setdefault(cluster, set()).add(doc)
    assert sorted(map(sorted, clusters.values())) == sorted(map(sorted, corpus.copy_clusters))


def test_similarity_estimates_jaccard():
    words = [f"w{n}" for n in range(200)]
    original = " ".join(words)
    assert similarity(signature(original), signature(original)) == 1.0
    copy = " ".join(words[:180] + ["new"] * 3)  # ~ 0.9 of the shingles shared
    assert 0.8 <= similarity(signature(original), signature(copy)) <= 1.0
    assert similarity(signature(original), signature(" ".join(reversed(words)))) < 0.1
    assert signature("too short to judge") is None
