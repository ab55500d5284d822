"""Actors of 2015-2025 news in running text (real spaCy model: slow): the sentence of the actor issue,
armed groups never folded into the state they fight, NGOs as themselves, unresolved homonyms."""

from __future__ import annotations

from datetime import date

import pytest

from actor_spans import exact

pytestmark = pytest.mark.slow

# The sentence of the issue "Actors of today's news" (its words, published 2018-10-16).
SENTENCE = ("Donald Trump said the SDF would be protected. "
            "Crown Prince Mohammed bin Salman spoke with Jim Mattis.")


def test_the_issue_sentence(resolve_text):
    actors = resolve_text(SENTENCE, date(2018, 10, 16))
    assert exact(actors, SENTENCE, "Donald Trump") == ["USAGOV"]
    assert exact(actors, SENTENCE, "the SDF") == ["SYRREB"]
    assert exact(actors, SENTENCE, "Crown Prince Mohammed bin Salman") == ["SAUGOV"]
    assert exact(actors, SENTENCE, "Jim Mattis") == ["USAGOV"]   # Secretary of Defense: a civilian office
    mattis = next(actor for actor in actors if actor.code == "USAGOV" and actor.name == "Jim Mattis")
    assert mattis.role == "Secretary of Defense"


def test_groups_are_not_the_state_they_fight_in(resolve_text):
    text = ("The Syrian Democratic Forces and the YPG fought Hayat Tahrir al-Sham near Idlib, while "
            "Wagner mercenaries and Isis fighters clashed in Deir ez-Zor.")
    actors = resolve_text(text, date(2019, 3, 1))
    assert exact(actors, text, "Syrian Democratic Forces") == ["SYRREB"]   # was the Syrian state
    assert exact(actors, text, "the YPG") == ["SYRREB"]
    assert exact(actors, text, "Hayat Tahrir al-Sham") == ["SYRREB"]
    assert exact(actors, text, "Wagner mercenaries") == ["RUSUAF"]
    isis = next(actor for actor in actors if actor.code and actor.code.startswith("IMG"))
    assert isis.country is None and isis.kind == "group"


def test_an_ngo_is_an_ngo(resolve_text):
    text = "The legal charity Reprieve said the British government had abandoned its citizens in Syria."
    actors = resolve_text(text, date(2019, 2, 20))
    reprieve = next(actor for actor in actors if actor.name == "Reprieve")
    assert (reprieve.kind, reprieve.country, reprieve.code) == ("ngo", "NGO", "NGOHRI")   # was coded SYR


def test_a_shared_name_is_left_unresolved_without_evidence(resolve_text):
    text = "Andrew Mitchell said the talks would continue."
    mitchell = next(actor for actor in resolve_text(text, date(2016, 1, 1)) if actor.name == "Andrew Mitchell")
    assert mitchell.code is None   # a Canadian and a British minister share the name; neither in office
    in_office = next(actor for actor in resolve_text(text, date(2023, 1, 1)) if actor.name == "Andrew Mitchell")
    assert in_office.code == "GBRGOV"


def test_a_lone_surname_tagged_org_is_the_office_holder(resolve_text):
    text = "Trump announced the withdrawal in December."   # spaCy tags "Trump" ORG here
    actors = resolve_text(text, date(2019, 2, 12))
    assert exact(actors, text, "Trump") == ["USAGOV"]
    assert next(actor for actor in actors if actor.code == "USAGOV").kind == "person"
    unknown = resolve_text("Acme announced the withdrawal in December.", date(2019, 2, 12))
    assert all(actor.kind != "person" for actor in unknown)
