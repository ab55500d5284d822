"""A state's own people, named with a possessive pronoun, are its own and not the event's target
(real spaCy model: slow)."""

from __future__ import annotations

import pytest

from eventwire.pipeline import extract_document
from eventwire.schema import DocInput

pytestmark = pytest.mark.slow


def _events(resources, text):
    record = extract_document(DocInput(id="t", text=text, published="2021-04-08"), resources=resources)
    return record, [(e.cameo, [r.code for r in e.source], [r.code for r in e.target]) for e in record.events]


def test_its_troops_belong_to_the_subject_not_the_place_they_leave(resources):
    record, _ = _events(resources, "France withdrew its troops from Mali on Tuesday.")
    troops = [actor for actor in record.actors if "troops" in actor.name]
    assert [actor.code for actor in troops] == ["FRAMIL"]


def test_own_troops_are_no_target_the_place_is(resources):
    _, events = _events(resources, "France withdrew its troops from Mali on Tuesday.")
    assert events and all(target == ["MLI"] for _, _, target in events)


def test_a_recalled_envoy_leaves_the_host_as_target(resources):
    _, events = _events(resources, "France recalled its ambassador to Mali.")
    assert [(source, target) for _, source, target in events] == [(["FRA"], ["MLI"])]
