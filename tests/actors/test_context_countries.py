"""Lone family names, agents placed by context, coordinated demonyms (real spaCy model: slow)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.actors.persons import find_surname
from actor_spans import exact, codes_at

pytestmark = pytest.mark.slow


@pytest.fixture()
def resolve(resolve_text):
    def _resolve(text, published=date(2023, 3, 1)):
        return resolve_text(text, published), text

    return _resolve


# 1. lone family names
def test_surname_first_name_with_a_role_on_the_date(resolve):
    actors, text = resolve("Modi talked with Xi by telephone on Friday.")
    assert exact(actors, text, "Xi") == ["CHNGOV"]


def test_short_family_name_needs_a_role_valid_on_the_date(kb):
    assert find_surname("Xi", kb=kb, when=date(2023, 3, 1)) is not None
    assert find_surname("Xi", kb=kb, when=date(2005, 1, 1)) is None  # before his dated role
    assert find_surname("Xi", kb=kb, when=None) is None
    # Li Qiang became Premier on 2023-03-11, Li Shangfu Defence Minister the next day: two Lis, none unique
    assert find_surname("Li", kb=kb, when=date(2023, 3, 15)) is None


def test_family_name_after_the_full_name_is_the_same_person(resolve):
    actors, text = resolve("Chinese leader Xi Jinping landed in Moscow. Xi later held talks at the Kremlin.")
    xi = [actor for actor in actors if actor.code == "CHNGOV"]
    assert len(xi) == 1 and [text.index("Xi later"), text.index("Xi later") + 2] in xi[0].mentions


# 2./4. agents without a country take it from their context
def test_agent_takes_the_one_place_of_its_sentence(resolve):
    actors, text = resolve("Riot police detained hundreds of opposition activists in Nairobi on Saturday.")
    assert "KENCOP" in codes_at(actors, text, "police")


def test_agent_takes_the_one_state_of_the_document_when_its_sentence_names_none(resolve):
    actors, text = resolve("Violence flared again in Peru this week. Soldiers opened fire on a crowd of farmers.")
    assert codes_at(actors, text, "Soldiers") == ["PERMIL"]


def test_sent_troops_belong_to_the_sender(resolve):
    actors, text = resolve("Turkey deployed troops along its frontier with Syria.")
    assert codes_at(actors, text, "troops") == ["TURMIL"]


def test_ambiguous_context_leaves_the_country_empty(resolve):
    actors, text = resolve("Armenian and Azerbaijani forces exchanged fire overnight, wounding four soldiers.")
    assert codes_at(actors, text, "soldiers") == ["MIL"]


def test_a_state_named_only_as_a_speaker_gives_no_country(resolve):
    actors, text = resolve("Gunmen attacked a convoy, the German foreign ministry said.")
    assert codes_at(actors, text, "Gunmen") in ([], ["-"], ["UAF"])


# 3. coordinated demonyms before one agent noun
def test_coordinated_demonyms_give_one_actor_each_on_the_shared_phrase(resolve):
    actors, text = resolve("Ethiopian and Eritrean soldiers fought near the town on Tuesday.")
    assert exact(actors, text, "Ethiopian and Eritrean soldiers") == ["ERIMIL", "ETHMIL"]
