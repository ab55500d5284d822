"""Place names inside hyphenated modifiers: "U.S.-led coalition", "US-based producer", "Kent-based team".

The toponym is the name before the hyphen. spaCy keeps "U.S.-led" as one token, and tags the name in
"Kent-based" as part of whatever entity is nearby, so neither reaches the entity-based search; the
toponym here is a character range, possibly inside a token.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan

# Second halves of compounds whose first half names where someone or something is from or run from.
PLACE_COMPOUND_WORDS = ("based", "led", "backed", "born", "made", "owned", "bound", "funded", "run", "brokered",
                        "sponsored", "controlled", "occupied", "held", "headquartered", "registered", "flagged")
MAX_NAME_WORDS = 3
_ONE_TOKEN = re.compile(r"^(?P<name>[A-Z][\w.]*)-(?:%s)$" % "|".join(PLACE_COMPOUND_WORDS))


@dataclass(frozen=True)
class CompoundName:
    text: str
    start: int  # character offsets in the document
    end: int


def compound_names(sent: SpacySpan) -> list[CompoundName]:
    """Each compound's leading name, as written, longest first among its possible starts."""
    doc, found = sent.doc, []
    for token in sent:
        match = _ONE_TOKEN.match(token.text)
        if match:
            found.append(CompoundName(match["name"], token.idx, token.idx + len(match["name"])))
        elif _is_split_compound(doc, token.i, sent.end):
            found += _leading_names(doc, token.i, sent.start)
    return found


def _is_split_compound(doc, index: int, limit: int) -> bool:
    """"Kent", "-", "based": the name token is followed by a hyphen and a compound word."""
    return (index + 2 < limit and doc[index + 1].text == "-" and doc[index + 2].lower_ in PLACE_COMPOUND_WORDS
            and doc[index].text[:1].isupper())


def _leading_names(doc, last: int, limit: int) -> list[CompoundName]:
    """Candidate names ending at token `last`: one to MAX_NAME_WORDS capitalised words, longest first."""
    names = []
    start = last
    while start >= limit and last - start < MAX_NAME_WORDS and doc[start].text[:1].isupper():
        names.append(CompoundName(doc[start:last + 1].text, doc[start].idx, doc[last].idx + len(doc[last].text)))
        start -= 1
    return names[::-1]
