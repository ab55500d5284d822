"""Dictionary names with modifiers between their words: "Ithilen state-run television" is the
"ITHILEN TELEVISION" of a PETRARCH actor file.

TABARI's actor files join the words of a phrase with `_` when they must stand together and with
spaces when other words may come between (the knowledge base keeps those in `kb.open_names`). Here
the words in between may only be adjectival modifiers of the phrase's head noun, so a name never
spans two phrases ("Ithilen in talks on television" is no ITHILEN TELEVISION).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.actors.kb import KnowledgeBase, normalize_name
from eventwire.actors.matcher import Match

SKIPPED_MODIFIERS = ("amod",)     # "state-run", "official": describe the name's head, not part of it
UNWRITTEN = ("det", "punct", "case")


def open_name_matches(doc: Doc, *, kb: KnowledgeBase) -> list[Match]:
    """Name matches for open dictionary names whose words are split by adjectival modifiers."""
    if not kb.open_names:
        return []
    found = []
    for head in doc:
        if head.pos_ in ("NOUN", "PROPN"):
            match = _open_match(head, kb)
            if match is not None:
                found.append(match)
    return found


def _open_match(head: Token, kb: KnowledgeBase) -> Match | None:
    modifiers = [child for child in head.lefts if child.dep_ in SKIPPED_MODIFIERS]
    if not modifiers:
        return None   # nothing between the words: the ordinary matcher reads it
    skipped = {token.i for modifier in modifiers for token in modifier.subtree}
    words = [token for token in head.doc[head.left_edge.i: head.i + 1]
             if token.i not in skipped and token.dep_ not in UNWRITTEN]
    if len(words) < 2:
        return None
    key = normalize_name(" ".join(token.text for token in words))
    entry = kb.open_names.get(key)
    if entry is None:
        return None
    return Match(words[0].idx, head.idx + len(head), key, entry=entry)
