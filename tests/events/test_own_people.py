"""A state's own people, named with a possessive pronoun, are its own and not the event's target: the
dictionary coder's participant rules (which the learned coder reads as evidence; real spaCy model: slow)."""

from __future__ import annotations

import pytest

from eventwire.pipeline import extract_document
from eventwire.schema import DocInput

pytestmark = pytest.mark.slow


def _events(resources, text):
    record = extract_document(DocInput(id="t", text=text, published="2021-04-08"), resources=resources)
    return record, [(e.cameo, [r.code for r in e.source], [r.code for r in e.target]) for e in record.events]


def test_its_troops_belong_to_the_subject_not_the_place_they_leave(dictionary_resources):
    record, _ = _events(dictionary_resources, "France withdrew its troops from Mali on Tuesday.")
    troops = [actor for actor in record.actors if "troops" in actor.name]
    assert [actor.code for actor in troops] == ["FRAMIL"]


def test_own_troops_are_no_target_the_place_is(dictionary_resources):
    _, events = _events(dictionary_resources, "France withdrew its troops from Mali on Tuesday.")
    assert events and all(target == ["MLI"] for _, _, target in events)


def test_a_recalled_envoy_leaves_the_host_as_target(dictionary_resources):
    _, events = _events(dictionary_resources, "France recalled its ambassador to Mali.")
    assert [(source, target) for _, source, target in events] == [(["FRA"], ["MLI"])]


def test_a_joint_act_takes_none_of_its_own_states_people_as_target(dictionary_resources):
    _, events = _events(dictionary_resources, "Russia and Pakistan held talks in Islamabad. The two countries agreed to "
                                   "collaborate in the energy sector during the visit of the Russian foreign minister.")
    collaborate = [(source, target) for cameo, source, target in events if cameo.startswith(("03", "05"))]
    assert collaborate and all(sorted(source) == ["PAK", "RUS"] and target == [] for source, target in collaborate)


def test_a_statement_by_no_known_speaker_is_no_event(dictionary_resources):
    _, events = _events(dictionary_resources, "Russia wants to involve itself in Afghanistan, with experts saying that "
                                   "Moscow's ambition is to emerge as a key player.")
    assert not [cameo for cameo, _, _ in events if cameo.startswith("01")]
