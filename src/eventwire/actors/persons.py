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


# Where the family name comes first ("Xi Jinping", "Kim Jong Un"): a lone "Xi" is the first word.
SURNAME_FIRST_COUNTRIES = frozenset({"CHN", "TWN", "HKG", "MAC", "PRK", "KOR"})
SHORT_SURNAME = 4  # "Xi", "Li", "Kim": so common that only a role held on the article date decides


def find_surname(name: str, *, kb: KnowledgeBase, when: date | None) -> int | None:
    """A lone surname ("Mugabe", "Xi") that belongs to exactly one dictionary person; among several,
    the only one holding a dated role at `when`. A surname shorter than four letters resolves only
    through that dated role ("Xi" -> Xi Jinping in 2024), so "Khan" or "Li" shared by many stays
    unresolved. Chinese and Korean names put the family name first."""
    words = [word for word in name.replace(".", " ").split() if word[:1].isalpha()]
    if len(words) != 1 or len(words[0]) < 2 or not words[0][:1].isupper():
        return None
    written = words[0]
    candidates = {entry for entry, surname in _lone_name_index(kb).get(skeleton(written), [])
                  if surname[:3] == written.lower()[:3]}
    short = len(written) < SHORT_SURNAME
    if (len(candidates) > 1 or short) and when is not None:
        candidates = {entry for entry in candidates if kb.entries[entry].code_at(when)[1] is not None
                      or _role_valid(kb.entries[entry].dated, when)}
    elif short:
        return None
    if short:  # the role must be a real dated one, not a code the entry has outside every role
        candidates = {entry for entry in candidates if _role_valid(kb.entries[entry].dated, when)}
    return candidates.pop() if len(candidates) == 1 else None


def _lone_name_index(kb: KnowledgeBase) -> dict[str, list[tuple[int, str]]]:
    """skeleton of the family name -> (person entry, family name as written in the dictionary)."""
    index = getattr(kb, "_lone_name_index", None)
    if index is None:
        index = {}
        for key, entry_index in kb.names.items():
            words = key.split()
            entry = kb.entries[entry_index]
            if len(words) < 2 or entry.kind != "person":
                continue
            family = [words[-1]]
            if _countries(kb, entry) & SURNAME_FIRST_COUNTRIES:
                family.append(words[0])
            for word in family:
                pair = (entry_index, word)
                bucket = index.setdefault(skeleton(word), [])
                if pair not in bucket:
                    bucket.append(pair)
        kb._lone_name_index = index
    return index


def _countries(kb: KnowledgeBase, entry) -> set[str]:
    codes = [entry.code, *(item[0] for item in entry.dated)]
    return {kb.split(code)[0] for code in codes if code} - {None}


def family_name(name: str, country: str | None) -> str | None:
    """The word a person is called by alone: the first for Chinese and Korean names, else the last."""
    words = name.split()
    if len(words) < 2:
        return None
    return words[0] if country in SURNAME_FIRST_COUNTRIES else words[-1]


def _role_valid(dated: list[list], when: date) -> bool:
    day = when.year * 10000 + when.month * 100 + when.day
    return any(item[1] <= day <= item[2] and item[1] > 10101 for item in dated)
