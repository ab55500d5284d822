"""Dyad series, trends and the actor network, on the synthetic corpus and on hand-made inputs."""

from __future__ import annotations

import random

import pytest

from eventwire.relations import build_network, dyad_series, goldstein_trend, linear_trend
from eventwire.relations.series import period_index
from eventwire.relations.trend import t_critical
from eventwire.store import Store
from synthetic_corpus import SEED, ingested_corpus


@pytest.fixture(scope="module")
def corpus_and_con():
    corpus, path = ingested_corpus(SEED)
    with Store(path, read_only=True) as store:
        yield corpus, store.con


def trend_of(con, dyad, period="month"):
    rows = dyad_series(con, dyad=dyad, period=period)
    return goldstein_trend(rows, positions=[period_index(row["period"], period) for row in rows])


def test_planted_trends_are_found(corpus_and_con):
    corpus, con = corpus_and_con
    for dyad, planted in corpus.trends.items():
        assert trend_of(con, dyad).verdict == planted, dyad


def test_series_counts_deduplicated_events_per_period(corpus_and_con):
    corpus, con = corpus_and_con
    rows = dyad_series(con, dyad=("PAK", "RUS"), period="month")
    assert len(rows) == 24 and all(row["events"] == 4 for row in rows)  # 4 planted events a month, however reported
    assert sum(row["mentions"] for row in rows) > sum(row["events"] for row in rows)  # …and some reported more than once
    first = rows[0]
    assert first["quad1"] + first["quad2"] + first["quad3"] + first["quad4"] == first["events"]
    assert sum(first["plover"].values()) <= first["events"]
    assert first["goldstein_mean"] == pytest.approx(first["goldstein_sum"] / first["events"])
    directed = dyad_series(con, dyad=("RUS", "PAK"), period="year", directed=True)
    reverse = dyad_series(con, dyad=("PAK", "RUS"), period="year", directed=True)
    assert sum(r["events"] for r in directed + reverse) == 96
    assert {row["period"] for row in dyad_series(con, dyad=("RUS", "PAK"), period="quarter")} >= {"2021-04-01"}


def test_series_rejects_unknown_period(corpus_and_con):
    with pytest.raises(ValueError, match="period"):
        dyad_series(corpus_and_con[1], period="fortnight")


def test_trend_verdict_needs_the_interval_to_exclude_zero():
    assert linear_trend([1, 2, 3, 4, 5, 6]).verdict == "warming"
    assert linear_trend([3, 2.5, 2, 1, 0.5, -1]).verdict == "cooling"
    assert linear_trend([1, -1, 1, -1, 1, -1, 1]).verdict == "no clear trend"
    assert linear_trend([1, 2, 3]).verdict == "too little data"
    trend = linear_trend([0.0, 1.1, 1.9, 3.2, 3.9])
    assert trend.low < trend.slope < trend.high and trend.slope == pytest.approx(0.99)  # Sxy 9.9 / Sxx 10


def test_trend_false_alarm_rate_on_flat_series_is_near_five_percent():
    rng = random.Random(1)
    alarms = sum(linear_trend([rng.gauss(0, 2) for _ in range(24)]).verdict != "no clear trend" for _ in range(1000))
    assert 20 <= alarms <= 80  # 5% nominal; binomial 99.9% band around 50


def test_t_critical_values():
    assert t_critical(1) == 12.706 and t_critical(22) == 2.074 and t_critical(35) == 2.042
    assert t_critical(1000) == 1.960


def test_network_blocs_and_centrality():
    edges = [("USA", "GBR", 10, 1), ("USA", "FRA", 8, 0), ("GBR", "FRA", 6, 1),
             ("RUS", "CHN", 9, 0), ("RUS", "IRN", 7, 1), ("CHN", "IRN", 5, 0),
             ("USA", "RUS", 1, 12), ("GBR", "CHN", 0, 4), ("TUR", "USA", 3, 0), ("TUR", "RUS", 3, 0),
             ("USA", "USA", 5, 0)]
    network = build_network(edges)
    assert sorted(network.blocs) == [["CHN", "IRN", "RUS"], ["FRA", "GBR", "TUR", "USA"]] or \
        sorted(network.blocs) == [["CHN", "IRN", "RUS", "TUR"], ["FRA", "GBR", "USA"]]
    assert network.bloc_of("USA") != network.bloc_of("RUS")
    assert not network.graph.has_edge("USA", "USA")  # domestic events are no relation
    usa_rus = network.graph["USA"]["RUS"]
    assert (usa_rus["cooperation"], usa_rus["conflict"], usa_rus["net"]) == (1, 12, -11)
    nodes = {node["country"]: node for node in network.nodes()}
    assert nodes["USA"]["betweenness"] > nodes["FRA"]["betweenness"] == 0  # bridges score, the bloc's inside not
    assert nodes["USA"]["events"] == 11 + 8 + 13 + 3


def test_network_from_the_store(corpus_and_con):
    from eventwire.relations import actor_network

    network = actor_network(corpus_and_con[1])
    assert network.graph["PAK"]["RUS"]["events"] == 96
    assert network.bloc_of("PAK") == network.bloc_of("RUS")
