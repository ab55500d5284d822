"""The contract checker itself: it accepts the contract's own example shape and rejects broken records."""

from __future__ import annotations

import copy

import pytest

from eventwire.contract import contract_problems
from eventwire.schema import (Actor, ActorRef, DocumentRecord, Event, Location, Place, Quote, Span, Speaker,
                              Tone, error_record)

TEXT = "Russian Foreign Minister Sergey Lavrov visited Islamabad on Tuesday. “We are friends,” he said."


def _record() -> dict:
    lavrov = Actor(id="a1", name="Sergey Lavrov", kind="person", country="RUS", sector="GOV", code="RUSGOV",
                   role="Foreign Minister", mentions=[[0, 38], [87, 89]])
    pakistan = Actor(id="a2", name="Pakistan", kind="state", country="PAK", code="PAK", mentions=[[47, 56]])
    event = Event(
        id="e1", sentence=0, trigger=Span("visited", 39, 46),
        source=[ActorRef("a1", TEXT[0:38], 0, 38, "RUS", "GOV", "RUSGOV",
                         location=Location("Russia", None, None, "RUS", 60.0, 100.0, 2017370))],  # its country's centre
        target=[ActorRef("a2", "Islamabad", 47, 56, "PAK", None, "PAK",
                         location=Location("Islamabad", 47, 56, "PAK", 33.72, 73.04, 1176615))],
        cameo="042", root="04", quad_class=1, goldstein=1.9, plover="CONSULT", date="2021-04-06",
        date_precision="day", date_source="expression", historical=False, location_source="event",
        location=Location("Islamabad", 47, 56, "PAK", 33.72, 73.04, 1176615), confidence=0.8)
    quote = Quote(text="We are friends,", start=70, end=85, kind="direct",
                  speaker=Speaker("he", 87, 89, "a1"), cue=Span("said", 90, 94))
    place = Place("Islamabad", 47, 56, "Islamabad", "city", "PAK", "08", 33.72, 73.04, 1176615)
    record = DocumentRecord(doc_id="t1", text=TEXT, published="2021-04-08", sentences=[[0, 68], [69, 95]],
                            actors=[lavrov, pakistan], events=[event], quotes=[quote], places=[place],
                            tone=Tone(1.0, 2.0, 1.0))
    return record.to_dict()


def test_a_well_formed_record_conforms():
    assert contract_problems(_record()) == []


def test_round_trip_through_from_dict_is_lossless():
    data = _record()
    assert DocumentRecord.from_dict(data).to_dict() == data


def test_records_without_the_added_fields_still_conform():
    data = _record()
    event = data["events"][0]
    for field in ("date_source", "historical", "location_source", "date_precision", "tone"):
        event.pop(field)
    for ref in event["source"] + event["target"]:
        ref.pop("location")
    assert contract_problems(data) == []


def test_error_records_conform():
    assert contract_problems(error_record(None, "bad-1", "[E101] bad-1: empty document").to_dict()) == []


@pytest.mark.parametrize("mutate, expected", [
    (lambda r: r.pop("tone"), "'tone' is a required property"),
    (lambda r: r.__setitem__("schema", "eventwire/2"), "schema"),
    (lambda r: r["events"][0].__setitem__("modality", "maybe"), "modality"),
    (lambda r: r["events"][0]["trigger"].__setitem__("start", 40), "trigger"),
    (lambda r: r["events"][0]["source"][0].__setitem__("actor", "a9"), "unknown actor a9"),
    (lambda r: r["events"][0].__setitem__("root", "05"), "root 05"),
    (lambda r: r["quotes"][0]["speaker"].__setitem__("end", 90), "speaker"),
    (lambda r: r["actors"][0].__setitem__("country", "Russia"), "country"),
    (lambda r: r["places"][0].__setitem__("end", 500), "outside the text"),
    (lambda r: r["events"][0].__setitem__("date_source", "guessed"), "date_source"),
    (lambda r: r["events"][0].__setitem__("historical", "no"), "historical"),
    (lambda r: r["events"][0].__setitem__("location_source", "nearby"), "location_source"),
    (lambda r: r["events"][0]["target"][0]["location"].__setitem__("start", 46), "target/location"),
    (lambda r: r["events"][0]["location"].__setitem__("start", None), "location"),  # an event's place is a span
])
def test_broken_records_are_rejected(mutate, expected):
    data = copy.deepcopy(_record())
    mutate(data)
    problems = contract_problems(data)
    assert problems and any(expected in problem for problem in problems), problems


def test_an_inferred_actor_carries_its_clue_and_round_trips():
    data = _record()
    data["actors"][1]["inferred"] = {"clue": "in Islamabad", "by": "sentence place"}
    assert contract_problems(data) == []
    assert DocumentRecord.from_dict(data).to_dict() == data


def test_an_actor_not_inferred_has_no_inferred_key():
    assert all("inferred" not in actor for actor in _record()["actors"])


def test_an_inferred_field_without_its_rule_breaks_the_contract():
    data = _record()
    data["actors"][0]["inferred"] = {"clue": "in Islamabad"}
    assert any("'by' is a required property" in problem for problem in contract_problems(data))
