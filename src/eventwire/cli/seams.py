"""Seams for tests: the commands look these up at call time, so a test can monkeypatch them with
fakes (`monkeypatch.setattr(eventwire.cli.seams, "extract_many", …)`) instead of loading the spaCy model.
"""

from __future__ import annotations

from typing import Iterable

from eventwire.schema import DocumentRecord


def load_resources(**options):
    """The model and dictionaries (eventwire.resources.load_resources)."""
    from eventwire.resources import load_resources as load

    return load(**options)


def extract_many(articles, *, resources) -> Iterable[DocumentRecord]:
    from eventwire.pipeline import extract_many as run

    return run(articles, resources=resources)
