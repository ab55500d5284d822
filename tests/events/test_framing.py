"""Codes that follow from an act's framing (events.recoding) and the clause rules of the coder:
intent, refusal, realised intent codes, demanded and reported acts, background clauses."""

import pytest

pytestmark = pytest.mark.slow


def test_agreed_to_provide_aid_is_intent(code):
    events = code("Australia has agreed to lend money to Indonesia.", ("AUS", "Australia"), ("IDN", "Indonesia"))
    assert [(e.root, e.plover, e.modality) for e in events] == [("03", "AGREE", "intended")]


def test_announced_blockade_is_a_threat(code):
    events = code("Farmers said they would blockade Paris.", ("FRA", "Farmers", "they"), ("FRA", "Paris"))
    assert any(e.root == "13" and e.plover == "THREATEN" for e in events)


def test_refused_cooperation_is_a_rejection(code):
    [event] = code("Britain will not lift the ban on Iran.", ("GBR", "Britain"), ("IRN", "Iran"))
    assert event.root == "12" and event.plover == "REJECT" and event.modality == "asserted"


def test_declined_to_act_needs_no_target(code):
    events = code("The governor of Texas declined to resign.", ("USA", "The governor of Texas"))
    assert [e.root for e in events] == ["12"]


def test_carried_out_intent_code_becomes_the_act(code):
    [event] = code("Japan lifted sanctions against India.", ("JPN", "Japan"), ("IND", "India"))
    assert event.root == "08" and event.modality == "asserted"


def test_demanded_act_is_not_coded(code):
    events = code("Greece demanded that Germany refuse to recognize Macedonia.",
                  ("GRC", "Greece"), ("DEU", "Germany"), ("MKD", "Macedonia"))
    assert [e.root for e in events] == ["10"]


def test_reported_act_replaces_the_statement(code):
    events = code("Pakistan told India that it would withdraw its troops.", ("PAK", "Pakistan", "it"), ("IND", "India"))
    assert events and all(not e.cameo.startswith("01") for e in events)


def test_background_clause_is_not_coded(code):
    events = code("Sudan expelled the Danish ambassador after crowds attacked the embassy of Norway.",
                  ("SDN", "Sudan"), ("DNK", "Danish"), ("CVL", "crowds"), ("NOR", "Norway"))
    assert events and all(e.root != "18" and e.root != "19" for e in events)


def test_reduced_aid_is_reduce_relations(code):
    [event] = code("The United States reduced military aid to Argentina.", ("USA", "The United States"),
                   ("ARG", "Argentina"))
    assert event.cameo == "1622"
