"""Hand-made predicted records for scorer tests (no model needed)."""

from __future__ import annotations

import pytest

from eventwire.schema import ActorRef, DocumentRecord, Event, Span


def _ref(code: str) -> ActorRef:
    """"RUSGOV" -> country RUS, sector GOV; "IGO" or a validation code like "ARN" -> country only."""
    return ActorRef(actor=None, text=code, start=0, end=len(code), country=code[:3],
                    sector=code[3:] or None, code=code)


def make_event(cameo: str, *, plover: str | None = None, sources=(), targets=(),
               confidence: float = 0.5) -> Event:
    return Event(id="e", sentence=0, trigger=Span("x", 0, 1), source=[_ref(code) for code in sources],
                 target=[_ref(code) for code in targets], cameo=cameo, root=cameo[:2], quad_class=1,
                 goldstein=0.0, plover=plover, confidence=confidence)


def make_record(doc_id: str, *events: Event, error: str | None = None) -> DocumentRecord:
    return DocumentRecord(doc_id=doc_id, events=list(events), error=error)


@pytest.fixture()
def event():
    return make_event


@pytest.fixture()
def record():
    return make_record
