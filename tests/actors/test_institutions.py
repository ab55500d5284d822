"""Institution nouns: a possessive country before a compound institution, the speaker's own
armed forces, written agent phrases over generated plurals, renamed IGOs (real spaCy model: slow)."""

from __future__ import annotations

from datetime import date

import pytest
from actor_spans import codes_at

pytestmark = pytest.mark.slow


@pytest.fixture()
def resolve(resolve_text):
    def _resolve(text):
        return resolve_text(text, date(2023, 3, 1)), text

    return _resolve


@pytest.mark.parametrize(("sentence", "phrase", "code"), [
    # spaCy tags "defence" here as a proper-noun compound: a lower-case word still modifies the title
    ("In a statement, Kenya's defence ministry said the drills were over.", "ministry", "KENGOV"),
    ("Talks stalled on Monday, and Chile's defence ministry said they were over.", "ministry", "CHLGOV"),
    ("Later, Burkina Faso's interior ministry denied the report.", "ministry", "BFAGOV"),
    ("Ecuador's navy seized two fishing boats near the islands.", "navy", "ECUMIL"),
])
def test_possessive_country_before_a_compound_institution(resolve, sentence, phrase, code):
    actors, text = resolve(sentence)
    assert codes_at(actors, text, phrase) == [code]


def test_the_armed_forces_in_what_a_state_official_says_are_that_states(resolve):
    actors, text = resolve("On Friday, Peru's defence minister said the armed forces were ready to help.")
    assert codes_at(actors, text, "armed forces") == ["PERMIL"]


def test_indefinite_forces_in_a_statement_stay_without_country(resolve):
    actors, text = resolve("On Friday, Peru's defence minister said troops from abroad were crossing.")
    assert codes_at(actors, text, "troops") == ["MIL"]


def test_armed_forces_are_military_not_unidentified(resolve, kb):
    assert kb.agents["armed forces"] == "~MIL"  # written ARMED_FORCES [~MIL], not ARMED_FORCE's plural
    actors, text = resolve("The Bolivian armed forces closed the border.")
    assert codes_at(actors, text, "armed forces") == ["BOLMIL"]


def test_organisation_of_islamic_cooperation_is_an_igo(resolve):
    actors, text = resolve("Ministers met at the Organisation of Islamic Cooperation in Jeddah.")
    assert codes_at(actors, text, "Islamic Cooperation") == ["IGOMOSOIC"]


def test_a_definite_agent_in_a_verbless_sentence_does_not_hang(resolve_text):
    # the clause walk must stop at the root ("The army chief." has no verb to climb to)
    resolve_text("The armed forces.", None)
