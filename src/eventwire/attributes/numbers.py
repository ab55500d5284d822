"""Read numbers written in news: "50,000", South Asian "1,50,000", "2.5", "3bn", "fifty thousand",
"2 lakh", "3 crore". Pure string functions."""

from __future__ import annotations

import re

SCALES = {
    "hundred": 100, "thousand": 1_000, "lakh": 100_000, "lakhs": 100_000, "lac": 100_000,
    "lacs": 100_000, "million": 1_000_000, "millions": 1_000_000, "mn": 1_000_000,
    "crore": 10_000_000, "crores": 10_000_000, "billion": 1_000_000_000, "bn": 1_000_000_000,
    "trillion": 1_000_000_000_000, "tn": 1_000_000_000_000,
}
UNITS = {word: index for index, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split())}
TENS = {word: 10 * index for index, word in enumerate(
    "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if word != "_"}
# Western grouping (1,000,000) and South Asian grouping (1,50,000 = 150000; 10,00,000 = 1000000).
GROUPED = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d{1,2}(?:,\d{2})*,\d{3}$")
PLAIN = re.compile(r"^\d+(?:\.\d+)?$")
SUFFIXED = re.compile(r"^(?P<number>\d[\d,]*(?:\.\d+)?)(?P<suffix>k|m|mn|bn|b|tn)$", re.I)
SUFFIX_SCALES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "b": 1_000_000_000, "bn": 1_000_000_000,
                 "tn": 1_000_000_000_000}


def parse_numeral(text: str) -> float | None:
    """A number written in digits ("50,000", "1,50,000", "2.5", "3bn"); None otherwise."""
    text = text.strip()
    if GROUPED.match(text):
        return float(text.replace(",", ""))
    if PLAIN.match(text):
        return float(text)
    match = SUFFIXED.match(text)
    if match and (GROUPED.match(match["number"]) or PLAIN.match(match["number"])):
        return float(match["number"].replace(",", "")) * SUFFIX_SCALES[match["suffix"].lower()]
    return None


def is_number_word(word: str) -> bool:
    word = word.lower()
    return word in UNITS or word in TENS or word in SCALES or _hyphenated_value(word) is not None


def parse_number_words(words: list[str]) -> float | None:
    """A number in words or digits-and-scales: ["fifty", "thousand"], ["2", "lakh"], ["1.5", "billion"],
    ["a", "million"], ["two", "hundred", "and", "five"]. None when the words are not one number."""
    words = [word.lower() for word in words if word.lower() != "and"]
    if not words:
        return None
    if words[0] in ("a", "an") and len(words) > 1 and words[1] in SCALES:
        words[0] = "one"
    total, current, seen = 0.0, 0.0, False
    for word in words:
        value = _small_value(word)
        if value is not None:
            current += value
            seen = True
        elif word in SCALES and seen:
            scale = SCALES[word]
            if scale == 100:
                current *= scale
            else:
                total += current * scale
                current = 0.0
        else:
            return None
    return total + current if seen else None


def _small_value(word: str) -> float | None:
    if word in UNITS:
        return float(UNITS[word])
    if word in TENS:
        return float(TENS[word])
    hyphenated = _hyphenated_value(word)
    if hyphenated is not None:
        return hyphenated
    return parse_numeral(word)


def _hyphenated_value(word: str) -> float | None:
    """ "twenty-five" -> 25."""
    tens, _, unit = word.partition("-")
    if tens in TENS and unit in UNITS and 0 < UNITS[unit] < 10:
        return float(TENS[tens] + UNITS[unit])
    return None
