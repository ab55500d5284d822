"""Subjects and sources that do not make an event: violent happenings outside violent acts, and
several givers of aid with no recipient (slow)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_attacks_disrupting_routes_are_no_reduction_of_relations(code):
    events = code("Attacks on shipping have disrupted trade routes to Kenya.", ("KEN", "Kenya"))
    assert not [event for event in events if event.root == "16"]


def test_clashes_killing_people_stay_an_event(code):
    events = code("Clashes killed twenty Kenyan soldiers near the border.", ("KEN", "Kenyan soldiers"))
    assert [event.root for event in events] and all(event.root in ("18", "19", "20") for event in events)


def test_aid_from_several_sources_without_a_recipient_is_no_event(code):
    events = code("China and India stepped up development aid.", ("CHN", "China"), ("IND", "India"))
    assert not [event for event in events if event.root == "07"]


def test_aid_with_a_recipient_stays(code):
    events = code("China and India stepped up development aid to Nepal.", ("CHN", "China"), ("IND", "India"),
                  ("NPL", "Nepal"))
    assert [event for event in events if event.root == "07"]


