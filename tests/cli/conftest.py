"""CLI fixtures: a fake pipeline behind eventwire.cli's seams, so commands run without the model."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from eventwire.cli import seams
from eventwire.schema import ActorRef, DocumentRecord, Event, Span

FAKE_RESOURCES = object()


def fake_record(article) -> DocumentRecord:
    """A record with one RUS -> PAK event per text containing "agreed"; "CRASH" makes it fail."""
    text = article.text if article.text is not None else article.html
    if "CRASH" in text:
        return DocumentRecord(doc_id=article.id, error=f"[E301] {article.id}: processing failed: boom")
    events = []
    if "agreed" in text:
        start = text.index("agreed")
        events.append(Event(
            id="e1", sentence=0, trigger=Span("agreed", start, start + 6),
            source=[ActorRef("a1", "Russia", 0, 6, "RUS", None, "RUS")],
            target=[ActorRef("a2", "Pakistan", 0, 8, "PAK", None, "PAK")],
            cameo="030", root="03", quad_class=1, goldstein=4.0, plover="AGREE", date="2021-04-07"))
    return DocumentRecord(doc_id=article.id, text=text, published=article.published,
                          sentences=[[0, len(text.rstrip())]], events=events)


@pytest.fixture()
def fake_pipeline(monkeypatch):
    """Replace model loading and extraction; returns the list of load_resources calls."""
    calls = []

    def load_resources(**options):
        calls.append(options)
        return FAKE_RESOURCES

    def extract_many(articles, *, resources):
        assert resources is FAKE_RESOURCES
        return [fake_record(article) for article in articles]

    monkeypatch.setattr(seams, "load_resources", load_resources)
    monkeypatch.setattr(seams, "extract_many", extract_many)
    return calls


@pytest.fixture()
def runner():
    return CliRunner()
