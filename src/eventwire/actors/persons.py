"""Spelling-tolerant lookup of dictionary persons ("Shah Mahmood Qureshi" ~ "Makhdoom Shah Mehmood Qureshi").

Names are compared on a consonant skeleton (first letter + consonants, transliteration pairs merged:
kh/k, ph/f, w/v, y/i), so Mahmood/Mehmood and Sergey/Sergei agree. The surname must agree and every
given name written in the text must agree with one of the dictionary name's words.
"""

from __future__ import annotations

import unicodedata
from datetime import date

from eventwire.actors.kb import KnowledgeBase

_MERGES = (("kh", "k"), ("ph", "f"), ("w", "v"), ("y", "i"), ("j", "i"), ("ck", "k"), ("q", "k"))


def skeleton(word: str) -> str:
    plain = unicodedata.normalize("NFKD", word.lower())
    letters = "".join(char for char in plain if char.isalpha())
    for old, new in _MERGES:
        letters = letters.replace(old, new)
    if not letters:
        return ""
    tail = [char for char in letters[1:] if char not in "aeiou"]
    collapsed = [letters[0]]
    for char in tail:
        if char != collapsed[-1]:
            collapsed.append(char)
    return "".join(collapsed)


def find_person(name: str, *, kb: KnowledgeBase, when: date | None) -> int | None:
    """The dictionary person entry for a written full name, or None (a lone surname is too ambiguous)."""
    words = [word for word in name.replace(".", " ").split() if word[:1].isalpha()]
    if len(words) < 2:
        return None
    given = [skeleton(word) for word in words[:-1] if len(word) > 1]
    best, best_score = None, 0
    for entry_index, candidate_words in _surname_index(kb).get(skeleton(words[-1]), []):
        if not all(part in candidate_words for part in given):
            continue
        score = len(given) + (1 if kb.entries[entry_index].code_at(when)[0] else 0)
        if score > best_score:
            best, best_score = entry_index, score
    return best


def _surname_index(kb: KnowledgeBase) -> dict[str, list[tuple[int, set[str]]]]:
    index = getattr(kb, "_surname_index", None)
    if index is None:
        index = {}
        for key, entry_index in kb.names.items():
            words = key.split()
            if len(words) >= 2 and kb.entries[entry_index].kind == "person":
                index.setdefault(skeleton(words[-1]), []).append((entry_index, {skeleton(w) for w in words}))
        kb._surname_index = index
    return index
