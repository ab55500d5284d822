"""Spelling-tolerant lookup of dictionary persons ("Shah Mahmood Qureshi" ~ "Makhdoom Shah Mehmood Qureshi").

Names are compared on a consonant skeleton (first letter + consonants, transliteration pairs merged:
kh/k, ph/f, w/v, y/i), so Mahmood/Mehmood and Sergey/Sergei agree. Every given name written in the
text must agree with one of the dictionary name's words, and the family name must both share the
skeleton and read alike (a similarity of at least SIMILAR_FAMILY_NAME): Mattis is not Matas, nor
Salman Sulaiman, though their skeletons agree. Several persons that fit equally are decided by
disambiguate.py (date, country, title), or not at all.
"""

from __future__ import annotations

import unicodedata
from datetime import date
from difflib import SequenceMatcher
from functools import lru_cache

from eventwire.actors.disambiguate import Hints, decide, decide_why
from eventwire.actors.kb import KnowledgeBase, normalize_name
from eventwire.actors.roles import FAR_FUTURE, FAR_PAST, SNAPSHOT, day_number, role_precision

_MERGES = (("kh", "k"), ("ph", "f"), ("w", "v"), ("y", "i"), ("j", "i"), ("ck", "k"), ("q", "k"))
# difflib ratio: Mahmood/Mehmood 0.86, Gaddafi/Qaddafi 0.86, Shoigu/Shoygu 0.83; Soliman/Salimane 0.80,
# Mattis/Matas 0.73, Salman/Sulaiman 0.71 are other people
SIMILAR_FAMILY_NAME = 0.82


@lru_cache(maxsize=65536)  # names repeat their words (Mohammed, Ali, bin): the index builds much faster
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


def reads_alike(written: str, known: str) -> bool:
    written, known = normalize_name(written), normalize_name(known)
    return written == known or SequenceMatcher(None, written, known).ratio() >= SIMILAR_FAMILY_NAME


def find_person(name: str, *, kb: KnowledgeBase, when: date | None, hints: Hints = Hints()) -> int | None:
    """The dictionary person entry for a written full name, or None (none fits, or several fit and
    nothing in the article decides)."""
    return decide(person_candidates(name, kb=kb), kb=kb, when=when, hints=hints)


def person_candidates(name: str, *, kb: KnowledgeBase) -> list[int]:
    """The persons a written full name may be, best fitting first (most given names agreeing)."""
    words = [word for word in name.replace(".", " ").replace("-", " ").split() if word[:1].isalpha()]
    if len(words) < 2:
        return []
    given = [skeleton(word) for word in words[:-1] if len(word) > 1]
    scored: dict[int, int] = {}
    for entry_index, family, candidate_words in _surname_index(kb).get(skeleton(words[-1]), []):
        if all(part in candidate_words for part in given) and reads_alike(words[-1], family):
            scored[entry_index] = max(scored.get(entry_index, 0), len(given))
    best = max(scored.values(), default=None)
    return [index for index, score in scored.items() if score == best]


def index_person_name(kb: KnowledgeBase, key: str, entry_index: int) -> None:
    """Keep the lookup indexes current when a name is added after they were built."""
    words = key.split()
    if len(words) < 2:
        return
    if getattr(kb, "_surname_index", None) is not None:
        kb._surname_index.setdefault(skeleton(words[-1]), []).append(
            (entry_index, words[-1], {skeleton(word) for word in words}))
    kb.__dict__.pop("_lone_name_index", None)


def _surname_index(kb: KnowledgeBase) -> dict[str, list[tuple[int, str, set[str]]]]:
    """skeleton of a name's last word -> (person entry, that word, skeletons of all the name's words)."""
    index = getattr(kb, "_surname_index", None)
    if index is None:
        index = {}
        for key, entry_index in _person_names(kb):
            words = key.split()
            if len(words) >= 2:
                index.setdefault(skeleton(words[-1]), []).append((entry_index, words[-1], {skeleton(w) for w in words}))
        kb._surname_index = index
    return index


def _person_names(kb: KnowledgeBase):
    """(name, entry) for every person name, homonyms included."""
    for key, entry_index in kb.names.items():
        if kb.entries[entry_index].kind == "person":
            yield key, entry_index
    for key, indexes in kb.homonyms.items():
        for entry_index in indexes:
            if entry_index != kb.names.get(key) and kb.entries[entry_index].kind == "person":
                yield key, entry_index


# Where the family name comes first ("Xi Jinping", "Kim Jong Un"): a lone "Xi" is the first word.
SURNAME_FIRST_COUNTRIES = frozenset({"CHN", "TWN", "HKG", "MAC", "PRK", "KOR"})
SHORT_SURNAME = 4  # "Xi", "Li", "Kim": so common that only a role held on the article date decides


def find_surname(name: str, *, kb: KnowledgeBase, when: date | None, hints: Hints = Hints()) -> int | None:
    """A lone family name ("Mugabe", "Xi"): the one person with that name who holds a dated office on
    the article date (several such: the title and country around the name decide, else nobody). A
    person without any dated role ("Gulen", Phoenix's undated entries) is found when no one else has
    the name. A snapshot role (the CIA's thousand cabinets) is too weak to stand for a lone name, and
    names under four letters ("Xi", "Li", "Kim") resolve only through a role held on the date."""
    return find_surname_why(name, kb=kb, when=when, hints=hints)[0]


def find_surname_why(name: str, *, kb: KnowledgeBase, when: date | None,
                     hints: Hints = Hints()) -> tuple[int | None, str]:
    """find_surname, with the evidence that decided (or why nothing did)."""
    candidates = surname_candidates(name, kb=kb)
    if not candidates:
        return None, "no candidate"
    holding = [entry for entry in candidates if when is not None and _holds_office(kb, entry, when)]
    if holding:
        found, why = decide_why(holding, kb=kb, when=when, hints=hints)
        return found, "date" if why == "only candidate" and len(candidates) > 1 else why
    written = name.replace(".", " ").split()[0]
    if len(written) < SHORT_SURNAME or len(candidates) != 1 or kb.entries[candidates[0]].dated:
        return None, "no one person with it holds a dated office on the date"
    return candidates[0], "only candidate"


def surname_candidates(name: str, *, kb: KnowledgeBase) -> list[int]:
    """Every person whose family name is the written lone name (spelling-tolerant)."""
    words = [word for word in name.replace(".", " ").split() if word[:1].isalpha()]
    if len(words) != 1 or len(words[0]) < 2 or not words[0][:1].isupper():
        return []
    written = words[0]
    return sorted({entry for entry, surname in _lone_name_index(kb).get(skeleton(written), [])
                   if surname[:3] == normalize_name(written)[:3] and reads_alike(written, surname)})


def _lone_name_index(kb: KnowledgeBase) -> dict[str, list[tuple[int, str]]]:
    """skeleton of the family name -> (person entry, family name as written in the dictionary)."""
    index = getattr(kb, "_lone_name_index", None)
    if index is None:
        pairs: dict[str, dict[tuple[int, str], None]] = {}
        surname_first: dict[int, bool] = {}
        for key, entry_index in _person_names(kb):
            words = key.split()
            if len(words) < 2:
                continue
            family = [words[-1]]
            if entry_index not in surname_first:
                entry = kb.entries[entry_index]
                surname_first[entry_index] = any((code or "")[:3] in SURNAME_FIRST_COUNTRIES
                                                 for code in [entry.code, *(role[0] for role in entry.dated)])
            if surname_first[entry_index]:
                family.append(words[0])
            for word in family:
                pairs.setdefault(skeleton(word), {})[(entry_index, word)] = None
        index = kb._lone_name_index = {key: list(found) for key, found in pairs.items()}
    return index


def family_name(name: str, country: str | None) -> str | None:
    """The word a person is called by alone: the first for Chinese and Korean names, else the last."""
    words = name.split()
    if len(words) < 2:
        return None
    return words[0] if country in SURNAME_FIRST_COUNTRIES else words[-1]


def _holds_office(kb: KnowledgeBase, entry_index: int, when: date) -> bool:
    """A dated role holds on `when`: not a snapshot's, not one with an open start, and not an
    open-ended role past its source's horizon (Phoenix's roles of 2010 say nothing of 2018)."""
    day = day_number(when)
    entry = kb.entries[entry_index]
    return any(role[1] <= day <= role[2] and role[1] > FAR_PAST and role_precision(role) != SNAPSHOT
               and not _stale(kb, entry, role, day) for role in entry.dated)


def _stale(kb: KnowledgeBase, entry, role: list, day: int) -> bool:
    source = kb.source_of(entry, role)
    return role[2] >= FAR_FUTURE and source is not None and source.horizon is not None and day > source.horizon
