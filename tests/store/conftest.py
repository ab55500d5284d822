"""Hand-built document records for store tests (no model, no pipeline)."""

from __future__ import annotations

from eventwire.schema import Actor, ActorRef, DocumentRecord, Event, Location, Place, Quantity, Quote, Span, \
    Speaker, Tone

ACTORS = {
    "RUS": ("Russia", "state", "RUS", None, "RUS"),
    "RUSGOV": ("Sergey Lavrov", "person", "RUS", "GOV", "RUSGOV"),
    "PAK": ("Pakistan", "state", "PAK", None, "PAK"),
    "CHN": ("China", "state", "CHN", None, "CHN"),
    "USA": ("United States", "state", "USA", None, "USA"),
}


def ref(code: str, text: str, start: int) -> ActorRef:
    _, _, country, sector, actor_code = ACTORS[code]
    return ActorRef(actor=code.lower(), text=text, start=start, end=start + len(text), country=country,
                    sector=sector, code=actor_code)


def event(event_id: str, *, sentence: int, sources: list[ActorRef], targets: list[ActorRef], cameo: str,
          quad: int, goldstein: float, plover: str | None, date: str | None, trigger: str = "met",
          modality: str = "asserted") -> Event:
    return Event(id=event_id, sentence=sentence, trigger=Span(trigger, 0, len(trigger)), source=sources,
                 target=targets, cameo=cameo, root=cameo[:2], quad_class=quad, goldstein=goldstein,
                 plover=plover, modality=modality, date=date,
                 location=Location("Islamabad", 10, 19, "PAK", 33.7, 73.0, 1176615),
                 quantities=[Quantity("50,000 doses", 20, 32, 50000.0, "doses")], confidence=0.8)


def make_record(doc_id: str, *, text: str | None = None, events: list[Event] | None = None,
                published: str = "2021-04-08") -> DocumentRecord:
    text = text or "Lavrov met Pakistani officials in Islamabad. Russia and China agreed to cooperate."
    first_end = text.index(".") + 1
    return DocumentRecord(
        doc_id=doc_id, text=text, title=f"Title of {doc_id}", published=published, source="Test Wire",
        sentences=[[0, first_end], [first_end + 1, len(text)]],
        actors=[Actor(id=code.lower(), name=name, kind=kind, country=country, sector=sector, code=actor_code,
                      mentions=[[0, 6]]) for code, (name, kind, country, sector, actor_code) in ACTORS.items()],
        events=events if events is not None else default_events(),
        quotes=[Quote("we agree", 0, 8, "direct", Speaker("Lavrov", 0, 6, "rusgov"), Span("said", 9, 13))],
        places=[Place("Islamabad", 34, 43, "Islamabad", "city", "PAK", "08", 33.72, 73.04, 1176615)],
        tone=Tone(1.5, 3.0, 1.5),
    )


def default_events() -> list[Event]:
    return [
        event("e1", sentence=0, sources=[ref("RUSGOV", "Lavrov", 0)], targets=[ref("PAK", "Pakistani officials", 11)],
              cameo="040", quad=1, goldstein=1.0, plover="CONSULT", date="2021-04-07"),
        event("e2", sentence=1, sources=[ref("RUS", "Russia", 45), ref("CHN", "China", 56)], targets=[],
              cameo="030", quad=1, goldstein=4.0, plover="AGREE", date=None, trigger="agreed",
              modality="intended"),
    ]


# importlib import mode puts no test folder on sys.path: hand the builders to tests as fixtures.
import pytest  # noqa: E402


@pytest.fixture(name="make_record")
def _make_record_fixture():
    return make_record


@pytest.fixture(name="make_event")
def _event_fixture():
    return event


@pytest.fixture(name="make_ref")
def _ref_fixture():
    return ref
