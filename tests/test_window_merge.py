"""Windows of a long document back into one record (eventwire.window_merge), without the model."""

from __future__ import annotations

from eventwire.schema import Actor, ActorRef, Event, Place, Quote, Span, Speaker
from eventwire.window_merge import WindowResult, merge_windows

LAVROV = ("entry", 7)
PAKISTAN = ("entry", 3)


def event(trigger_start: int, source_id: str, sentence: int) -> Event:
    return Event(id="e1", sentence=sentence, trigger=Span("met", trigger_start, trigger_start + 3),
                 source=[ActorRef(source_id, "Lavrov", 0, 6, "RUS", "GOV", "RUSGOV")], target=[],
                 cameo="036", root="03", quad_class=1, goldstein=4.0, plover="CONSULT")


def windows() -> list[WindowResult]:
    first = WindowResult(
        start=0, first_sentence=0, sentences=[[0, 20], [21, 40]],
        actors=[Actor("a1", "Sergey Lavrov", "person", "RUS", "GOV", "RUSGOV", mentions=[[0, 6]]),
                Actor("a2", "Pakistan", "state", "PAK", mentions=[[10, 18]])],
        actor_keys=[LAVROV, PAKISTAN],
        events=[event(7, "a1", 0)],
        quotes=[Quote("yes", 30, 33, speaker=Speaker("Lavrov", 0, 6, "a1"), cue=Span("said", 22, 26))],
        places=[Place("Pakistan", 10, 18)])
    second = WindowResult(
        start=100, first_sentence=2, sentences=[[0, 15]],
        actors=[Actor("a1", "Pakistan", "state", "PAK", mentions=[[0, 8]]),
                Actor("a2", "Sergey Lavrov", "person", "RUS", "GOV", "RUSGOV", role="Foreign Minister",
                      mentions=[[9, 15]])],
        actor_keys=[PAKISTAN, LAVROV],
        events=[event(2, "a2", 0)],
        places=[Place("Pakistan", 0, 8)])
    return [first, second]


def test_offsets_and_sentence_numbers_point_into_the_full_text():
    merged = merge_windows(windows())
    assert merged.sentences == [[0, 20], [21, 40], [100, 115]]
    assert [(e.trigger.start, e.sentence) for e in merged.events] == [(7, 0), (102, 2)]
    assert [(p.start, p.end) for p in merged.places] == [(10, 18), (100, 108)]
    assert merged.events[1].source[0].start == 100


def test_the_same_actor_key_is_one_actor_across_windows():
    merged = merge_windows(windows())
    assert [(a.id, a.name, a.mentions) for a in merged.actors] == [
        ("a1", "Sergey Lavrov", [[0, 6], [109, 115]]), ("a2", "Pakistan", [[10, 18], [100, 108]])]
    assert merged.actors[0].role == "Foreign Minister"  # its fields after the last window naming it
    assert [ref.actor for e in merged.events for ref in e.source] == ["a1", "a1"]
    assert merged.quotes[0].speaker.actor == "a1"


def test_events_are_numbered_again():
    assert [e.id for e in merge_windows(windows()).events] == ["e1", "e2"]
