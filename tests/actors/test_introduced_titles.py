"""An official introduced once with a title is that actor for the rest of the article (real spaCy model:
slow). Names are made up for these tests, so the knowledge base cannot know them."""

from __future__ import annotations

import pytest

from actor_spans import covering

pytestmark = pytest.mark.slow


@pytest.fixture()
def resolve(resolve_2019):
    return resolve_2019


def test_a_title_in_apposition_before_the_name_is_the_persons(resolve):
    actors, text = resolve("Kenya's interior minister, Kamau Otieno, said the curfew would stay. "
                           "Later, Otieno told reporters it would end in May.")
    otieno = covering(actors, text, "Kamau Otieno")
    assert (otieno.country, otieno.sector, otieno.code, otieno.role) == ("KEN", "GOV", "KENGOV", "interior minister")
    later = text.index("Otieno told")
    assert [text.index("Kenya's"), text.index("Kamau Otieno") + len("Kamau Otieno")] in otieno.mentions
    assert [later, later + len("Otieno")] in otieno.mentions  # the bare family name later on
    assert not [actor for actor in actors if actor.name == "Kenya's interior minister"]  # not a second actor


def test_a_title_that_only_precedes_the_name_is_not_its(resolve):
    actors, text = resolve("Speaking to the minister, Otieno said the talks went well.")
    assert covering(actors, text, "Otieno").code is None
