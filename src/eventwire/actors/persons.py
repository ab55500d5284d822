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
    words = [word for word in name.replace(".", " ").replace("-", " ").split() if word[:1].isalpha()]
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


def find_surname(name: str, *, kb: KnowledgeBase, when: date | None) -> int | None:
    """A lone surname ("Mugabe") that belongs to exactly one dictionary person; among several, the
    only one holding a dated role at `when`. Short or shared surnames ("Khan", "Li") stay unresolved."""
    words = [word for word in name.replace(".", " ").split() if word[:1].isalpha()]
    if len(words) != 1 or len(words[0]) < 4 or not words[0][:1].isupper():
        return None
    candidates = {entry for entry, _ in _surname_index(kb).get(skeleton(words[0]), [])
                  if _surname_agrees(kb.entries[entry].name, words[0])}
    if len(candidates) > 1 and when is not None:
        candidates = {entry for entry in candidates if kb.entries[entry].code_at(when)[1] is not None
                      or _role_valid(kb.entries[entry].dated, when)}
    return candidates.pop() if len(candidates) == 1 else None


def _surname_agrees(full_name: str, surname: str) -> bool:
    """The skeleton groups variants; the written surname must still be close (same first letters)."""
    last = full_name.split()[-1].lower()
    return last[:3] == surname.lower()[:3]


def _role_valid(dated: list[list], when: date) -> bool:
    day = when.year * 10000 + when.month * 100 + when.day
    return any(item[1] <= day <= item[2] and item[1] > 10101 for item in dated)
