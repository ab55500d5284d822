"""Find dictionary names and agent (title) phrases in a text: Aho-Corasick over normalised characters.

Matches must start and end at word boundaries. Names are proper nouns, so a name match must contain an
upper-case letter; a one-word name must start with one, and a short one (≤ 3 letters: "US", "UN")
must be written all in capitals (so "us" the pronoun is not the United States). Agent phrases
("foreign minister", "army chief") match in any case.
"""

from __future__ import annotations

from dataclasses import dataclass

import ahocorasick

from eventwire.actors.kb import KnowledgeBase, normalize_chars

NAME, AGENT = 1, 2


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    key: str
    entry: int | None = None   # index into kb.entries (a name)
    agent: str | None = None   # agent code (a title phrase)


def build_automaton(names: dict[str, int], agents: dict[str, str]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for key in names.keys() | agents.keys():
        automaton.add_word(key, ((NAME if key in names else 0) | (AGENT if key in agents else 0), key))
    if len(automaton):
        automaton.make_automaton()
    return automaton


def find_matches(text: str, *, kb: KnowledgeBase) -> tuple[list[Match], list[Match]]:
    """(name matches, agent matches), each longest-first without overlaps, in text order.
    Name matches nested inside a longer name that refer to states are kept too (see nested_states)."""
    automaton = kb.automaton
    if not len(automaton):
        return [], []
    normalized = normalize_chars(text)
    names: list[Match] = []
    agents: list[Match] = []
    for end_index, (flags, key) in automaton.iter(normalized):
        start, end = end_index - len(key) + 1, end_index + 1
        if not _at_boundaries(normalized, start, end):
            continue
        if flags & NAME and _looks_like_name(text[start:end]):
            names.append(Match(start, end, key, entry=kb.names[key]))
        if flags & AGENT:
            agents.append(Match(start, end, key, agent=kb.agents[key]))
    return names, longest_first(agents)


def longest_first(matches: list[Match]) -> list[Match]:
    """Greedy longest-leftmost selection of non-overlapping matches, returned in text order."""
    chosen: list[Match] = []
    taken: set[int] = set()  # characters already inside a chosen match (a name is short: checked char by char)
    for match in sorted(matches, key=lambda item: (-(item.end - item.start), item.start)):
        if not any(offset in taken for offset in range(match.start, match.end)):
            chosen.append(match)
            taken.update(range(match.start, match.end))
    return sorted(chosen, key=lambda item: item.start)


def _at_boundaries(text: str, start: int, end: int) -> bool:
    before_ok = start == 0 or not text[start - 1].isalnum()
    after_ok = end == len(text) or not text[end].isalnum() or not text[end - 1].isalnum()
    return before_ok and after_ok


def _looks_like_name(surface: str) -> bool:
    if not any(char.isupper() for char in surface):
        return False
    if " " in surface:
        return True
    letters = [char for char in surface if char.isalpha()]
    if len(letters) <= 3:
        return all(char.isupper() for char in letters)
    # "al-Qaeda", "el-Sisi": a lower-case Arabic article before a capitalised name
    parts = surface.replace("\u2010", "-").split("-")
    return surface[0].isupper() or not surface[0].isalpha() or (len(parts) > 1 and parts[-1][:1].isupper())
