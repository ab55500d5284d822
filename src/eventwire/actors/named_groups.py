"""Organisations named by a capitalised word before a group noun: "the Kifaya ("Enough") group",
"the Ennahda movement". spaCy often misses these names (a quoted gloss or a foreign word breaks the
entity), yet the phrase shape says what they are.
"""

from __future__ import annotations

from spacy.tokens import Doc

GROUP_NOUNS = {"group", "movement", "party", "front", "coalition", "alliance", "militia", "organisation",
               "organization"}
QUOTES = {"``", "''", '"', "“", "”", "‘", "’", "'", "`"}


def named_groups(doc: Doc) -> list[tuple[int, int, int]]:
    """(name start, name end, phrase end) char offsets of "the <Capitalised words> [(gloss)] <group noun>"."""
    found = []
    for noun in doc:
        if noun.lower_ not in GROUP_NOUNS or noun.i < 2:
            continue
        index = _skip_gloss(doc, noun.i - 1)
        last = index
        while index >= 0 and doc[index].text[:1].isupper() and doc[index].is_alpha and not doc[index].is_sent_start:
            index -= 1
        if last > index >= 0 and doc[index].lower_ == "the":
            first = doc[index + 1]
            found.append((first.idx, doc[last].idx + len(doc[last]), noun.idx + len(noun)))
    return found


def _skip_gloss(doc: Doc, index: int) -> int:
    """Step left over a parenthesised gloss and quotes: 'Kifaya (``Enough'') group'."""
    while index >= 0 and doc[index].text in QUOTES:
        index -= 1
    if index >= 0 and doc[index].text == ")":
        while index >= 0 and doc[index].text != "(":
            index -= 1
        index -= 1
    while index >= 0 and doc[index].text in QUOTES:
        index -= 1
    return index
