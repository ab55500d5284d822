""""Korean" names two states: next to an agent it is the one the article names (real model: slow)."""

from __future__ import annotations

import pytest

from eventwire.actors import resolve_actors

pytestmark = pytest.mark.slow


def code_at(parse_text, resources, text, phrase):
    start = text.index(phrase)
    codes = {actor.code for actor in resolve_actors(parse_text(text), kb=resources.kb)
             for s, e in actor.mentions if s <= start < e}
    return codes


LEAD = "Kenya's president ended a two-day state visit to {state} on Tuesday. "
NAVY = "A separate memorandum commits the Korean navy to train Kenyan coast guard officers."


@pytest.mark.parametrize("state, code", [("South Korea", "KORMIL"), ("North Korea", "PRKMIL")])
def test_korean_agent_takes_the_korea_the_article_names(parse_text, resources, state, code):
    text = LEAD.format(state=state) + NAVY
    assert code_at(parse_text, resources, text, "Korean navy") == {code}


def test_korean_agent_with_both_koreas_named_gets_no_other_country(parse_text, resources):
    text = LEAD.format(state="South Korea") + "North Korea protested. " + NAVY
    assert not {code for code in code_at(parse_text, resources, text, "Korean navy") if code and code[:3] == "KEN"}
