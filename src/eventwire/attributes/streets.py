"""Street names ("Kelley Lane", "East Washington Street", "S. Main St."): toponyms no gazetteer holds.

Local news places its events on streets; a street name is a toponym, and its leading words are often
a town's name ("Washington" in "East Washington Street") that must not be read as that town. The
gazetteer has no streets, so places.py keeps a street's span unresolved (no coordinates), as
CONTRACT.md asks for toponyms it cannot resolve.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

# Last words of street names, as news writes them (abbreviations with and without the full stop).
STREET_WORDS = {"street", "st.", "road", "rd.", "drive", "dr.", "lane", "ln.", "avenue", "ave.", "boulevard",
                "blvd.", "way", "circle", "place", "parkway", "pkwy.", "terrace"}
# A street name has at most this many words before its street word ("Martin Luther King Jr. Boulevard").
MAX_NAME_WORDS = 4
# "Court" is left out: "Supreme Court", "High Court" are institutions far more often than streets.
NOT_NAME_WORDS = {"the", "a", "an", "of", "on", "at", "in"}


def street_spans(sent: SpacySpan) -> list[SpacySpan]:
    """Capitalised words closed by a capitalised street word, in one sentence."""
    doc, spans = sent.doc, []
    for token in sent:
        if token.lower_ not in STREET_WORDS or not token.text[:1].isupper():
            continue
        if token.i + 1 < sent.end and doc[token.i + 1].text[:1].isupper() and doc[token.i + 1].is_alpha:
            continue  # "St. Louis" (a saint), "Wall Street Journal", "Main Street Bank" (named after it)
        start = _name_start(doc, token.i, sent.start)
        if start < token.i:
            spans.append(doc[start:token.i + 1])
    return spans


def _name_start(doc, street_word: int, limit: int) -> int:
    start = street_word
    while start > limit and street_word - start < MAX_NAME_WORDS and _name_word(doc[start - 1]):
        start -= 1
    return start


def _name_word(token) -> bool:
    text = token.text
    if token.lower_ in NOT_NAME_WORDS or token.lower_ in STREET_WORDS:
        return False
    return text[:1].isupper() and (text.isalpha() or text.rstrip(".").isalpha() or "-" in text)
