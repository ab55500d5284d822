"""Model-backed tests: quantities and their units, including units taken from casualty verbs."""

import pytest

from eventwire.attributes.quantities import sentence_quantities

pytestmark = pytest.mark.slow


def quantities(parse_text, text):
    parsed = parse_text(text)
    return [(q.value, q.unit) for q, _ in sentence_quantities(parsed.sentences[0])]


@pytest.mark.parametrize("text, expected", [
    ("The attack killed 12 and wounded 30.", [(12, "killed"), (30, "wounded")]),
    ("At least 12 people were killed in the blast.", [(12, "killed")]),
    ("The explosion injured 25 people.", [(25, "injured")]),
    ("Twelve died in the fighting.", [(12, "dead")]),
    ("Fighters killed at least 40 soldiers.", [(40, "soldiers")]),  # a specific noun is kept
    ("The army deployed fifty thousand troops.", [(50000, "troops")]),
    ("India sent 2 lakh doses and 3 crore rupees in aid.", [(200000, "doses"), (30000000, "rupees")]),
    ("Output reached 1,50,000 barrels a day.", [(150000, "barrels")]),
    ("The fund received $3 billion last year.", [(3_000_000_000, "USD")]),
])
def test_units(parse_text, text, expected):
    assert quantities(parse_text, text) == expected


def test_a_subject_that_kills_is_not_counted_as_killed(parse_text):
    assert quantities(parse_text, "Five gunmen killed the guard.") != [(5, "killed")]
