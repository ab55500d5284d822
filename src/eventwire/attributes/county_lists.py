"""Counties named in a list that shares one "counties": "Douglas, Sarpy and Lancaster counties".

Each listed name is a county's toponym although the word "County" is written once, in the plural,
after the last one; alone, "Douglas" or "Lancaster" would read as a town (or not be found at all).
`county_lists` gives, for each list, each name's span with the gazetteer name to resolve it by
("Sarpy County"). A list names neighbours: places.py reads them together, in the one state that has
a county of every listed name. A single name before the plural ("Tennessee counties") is a state or
a region qualifying the counties, not a county, and is not taken.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

PLURAL_WORDS = {"counties": "County", "parishes": "Parish"}
LIST_JOINERS = {",", "and", "&", "or"}
MAX_NAME_WORDS = 3


def county_lists(sent: SpacySpan) -> list[list[tuple[SpacySpan, str]]]:
    lists = []
    for token in sent:
        suffix = PLURAL_WORDS.get(token.lower_)
        if suffix is not None:
            found = _listed_names(sent, token.i, suffix)
            if len(found) >= 2:
                lists.append(found[::-1])
    return lists


def _listed_names(sent: SpacySpan, plural: int, suffix: str) -> list[tuple[SpacySpan, str]]:
    """The names before the plural word, last first."""
    found, index = [], plural
    while index > sent.start:
        name_start = _name_start(sent.doc, index, sent.start)
        if name_start == index:
            break
        span = sent.doc[name_start:index]
        found.append((span, f"{span.text} {suffix}"))
        index = name_start
        if index <= sent.start or sent.doc[index - 1].lower_ not in LIST_JOINERS:
            break
        while index > sent.start and sent.doc[index - 1].lower_ in LIST_JOINERS:
            index -= 1
    return found


def _name_start(doc, end: int, limit: int) -> int:
    """Start of the run of capitalised words ending just before `end`."""
    start = end
    while start > limit and end - start < MAX_NAME_WORDS and doc[start - 1].text[:1].isupper() \
            and doc[start - 1].is_alpha and doc[start - 1].pos_ == "PROPN":
        start -= 1
    return start
