"""Tables fit the terminal: nothing wider than the console, and the evidence keeps room to be read."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from eventwire.cli.relations import _timeline_table
from eventwire.cli.tables import dyads_table, events_table
from eventwire.relations import dyad_series
from eventwire.store import Store
from synthetic_corpus import SEED, ingested_corpus

LONG = ("Clashes in 2022 killed about 100 people and forced more than 100,000 to flee, although the two "
        "governments signed a border agreement last year that was meant to settle most of the disputed sections.")


@pytest.fixture(scope="module")
def store():
    with Store(ingested_corpus(SEED)[1], read_only=True) as opened:
        yield opened


def rendered(table, width: int) -> list[str]:
    console = Console(width=width, file=io.StringIO(), record=True)
    console.print(table)
    return console.export_text().splitlines()


def with_long_evidence(rows):
    return [{**row, "sentence_text": LONG} for row in rows]


@pytest.mark.parametrize("width", [80, 100, 130, 200])
def test_events_fit_the_terminal_and_the_evidence_reads_in_whole_words(store, width):
    rows = with_long_evidence(store.events(limit=5))
    lines = rendered(events_table(rows, width=width), width)
    assert max(len(line) for line in lines) <= width
    text = " ".join(" ".join(line.split()) for line in lines)
    assert all(word in text.split() for word in LONG.split())  # wrapped between words, never inside one
    evidence_lines = sum("Clashes" in line or "flee" in line or "sections." in line for line in lines)
    assert evidence_lines <= 5 * 3  # at least ~45 characters of evidence per line at 80 columns


def test_events_listing_every_mention_fits_too(store):
    rows = with_long_evidence(store.events(mentions=True, limit=5))
    assert max(len(line) for line in rendered(events_table(rows, width=80), 80)) <= 80


def test_dyads_and_timeline_fit_80_columns(store):
    assert max(len(line) for line in rendered(dyads_table(store.dyads(limit=20)), 80)) <= 80
    rows = dyad_series(store.con, dyad=("RUS", "PAK"), period="month")
    assert max(len(line) for line in rendered(_timeline_table(rows, title="RUS – PAK per month"), 80)) <= 80
