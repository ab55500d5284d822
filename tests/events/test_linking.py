"""Event coreference inside a document (pure: hand-built events, no model)."""

from eventwire.events.linking import fill_missing_targets, same_happening
from eventwire.schema import ActorRef, Event, Span


def _event(cameo, sources, targets, *, modality="asserted"):
    refs = lambda ids: [ActorRef(actor=i, text=i, start=0, end=len(i)) for i in ids]  # noqa: E731
    return Event(id="e", sentence=0, trigger=Span("visit", 0, 5), source=refs(sources), target=refs(targets),
                 cameo=cameo, root=cameo[:2], quad_class=1, goldstein=1.9, plover="CONSULT", modality=modality)


def test_same_code_and_source_is_the_same_happening():
    assert same_happening(_event("042", ["a1"], ["a2"]), _event("042", ["a1"], []))


def test_different_code_target_or_modality_is_not():
    assert not same_happening(_event("042", ["a1"], ["a2"]), _event("043", ["a1"], ["a2"]))
    assert not same_happening(_event("042", ["a1"], ["a2"]), _event("042", ["a1"], ["a3"]))
    assert not same_happening(_event("042", ["a1"], ["a2"]), _event("042", ["a4"], ["a2"]))
    assert not same_happening(_event("042", ["a1"], ["a2"]), _event("042", ["a1"], [], modality="intended"))


def test_a_later_mention_borrows_the_target_but_reciprocals_stay_without():
    first, later, reciprocal = _event("042", ["a1"], ["a2"]), _event("042", ["a1"], []), \
        _event("042", ["a1", "a2"], [])
    fill_missing_targets([first, later, reciprocal])
    assert [ref.actor for ref in later.target] == ["a2"]
    assert reciprocal.target == []
    assert later.target[0] is not first.target[0]
