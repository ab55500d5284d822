"""A place name after a title ending in a preposition ("the Chinese embassy in Manila") is where the
title holder is, not a titled person (real spaCy model: slow)."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow


def _actor_at(actors, text, phrase):
    start = text.index(phrase)
    return next(actor for actor in actors if [start, start + len(phrase)] in actor.mentions)


def test_capital_after_embassy_in_stays_a_place(resolve_text):
    text = "Protesters gathered outside the Chinese embassy in Manila on Friday."
    actors = resolve_text(text, date(2024, 5, 1))
    manila = _actor_at(actors, text, "Manila")
    assert (manila.kind, manila.code) == ("state", "PHL")
    assert not any(actor.kind == "person" for actor in actors)


def test_a_title_right_before_a_country_coded_name_still_makes_a_person(resolve_text):
    """The other reading is kept: "Prime Minister X", where the dictionary codes X as a country."""
    text = "Foreign Minister Beijing met the envoy."   # "Beijing" is coded CHN by the dictionary
    actors = resolve_text(text, date(2024, 5, 1))
    assert any(actor.kind == "person" and actor.code == "CHNGOV" for actor in actors)
