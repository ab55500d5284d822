import pytest

from eventwire.attributes.numbers import parse_number_words, parse_numeral


@pytest.mark.parametrize("text, value", [
    ("50,000", 50000), ("1,50,000", 150000), ("10,00,000", 1000000), ("1,000,000", 1000000),
    ("2.5", 2.5), ("3bn", 3e9), ("12k", 12000),
])
def test_numerals(text, value):
    assert parse_numeral(text) == value


@pytest.mark.parametrize("text", ["12,34", "1,2345", "abc", "1,50,00"])
def test_malformed_groupings_are_not_numbers(text):
    assert parse_numeral(text) is None


@pytest.mark.parametrize("words, value", [
    ("fifty thousand", 50000), ("2 lakh", 200000), ("3 crore", 30000000), ("1.5 billion", 1.5e9),
    ("a million", 1e6), ("two hundred and five", 205), ("twenty-five", 25),
    ("one hundred thousand", 100000), ("two thousand five hundred", 2500),
])
def test_number_words(words, value):
    assert parse_number_words(words.split()) == value


def test_a_scale_alone_is_not_a_number():
    assert parse_number_words(["thousand"]) is None
    assert parse_number_words(["doses"]) is None
