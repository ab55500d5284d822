"""A name that fits several entries: the article date, the country and the title decide, or nobody.

Evidence, tried in order, each narrowing what the one before left:
1. date: the candidates holding a dated role on the article date (a snapshot role counts);
2. country: the candidates whose code on that date has the country the text gives around the name
   ("Turkish Foreign Minister …", "Britain's …"), when it gives one;
3. title: the candidates whose office on that date fits the written title ("Foreign Secretary
   Johnson": the Johnson whose post is a foreign secretary's), else its sector.
One candidate left is the answer. Several, or none, leave the name unresolved: a wrong country is
worse than none ("bin Salman" must not become Brunei's minister because a skeleton fits). A country
written around the name rules out every candidate of another country, even a lone one ("Egypt's
water resources minister Karim Soliman" is no minister of Benin).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from eventwire.actors.kb import KnowledgeBase

# Words of a title that say nothing about which office it is
_GENERIC_TITLE_WORDS = {"secretary", "minister", "state", "of", "the", "for", "and", "deputy", "senior", "former",
                        "us", "u.s.", "uk", "general", "chief", "head", "new", "acting", "top"}


@dataclass(frozen=True)
class Hints:
    """What the text says around a name: a country, a sector, the written title words."""

    country: str | None = None
    sector: str | None = None
    titles: frozenset[str] = field(default_factory=frozenset)


def decide(candidates: list[int], *, kb: KnowledgeBase, when: date | None, hints: Hints = Hints()) -> int | None:
    """The one candidate the evidence leaves, or None."""
    return decide_why(candidates, kb=kb, when=when, hints=hints)[0]


def decide_why(candidates: list[int], *, kb: KnowledgeBase, when: date | None,
               hints: Hints = Hints()) -> tuple[int | None, str]:
    """(the candidate or None, the evidence that decided: 'only candidate', 'date', 'country', 'title',
    or why nothing did)."""
    if hints.country:
        candidates = [index for index in candidates if _country_fits(kb, index, hints.country)]
        if not candidates:
            return None, f"no candidate is of {hints.country}, the country written with the name"
    if len(candidates) <= 1:
        return (candidates[0], "only candidate") if candidates else (None, "no candidate")
    pool = list(candidates)
    for evidence, narrow in (("date", _holding_office), ("country", _of_country), ("title", _fitting_title)):
        narrowed = narrow(pool, kb, when, hints)
        if len(narrowed) == 1:
            return narrowed[0], evidence
        pool = narrowed or pool
    return None, f"{len(pool)} candidates fit the date, country and title alike"


def _country_fits(kb: KnowledgeBase, index: int, country: str) -> bool:
    """The candidate is of that country in some role, or of none at all (an IGO official named with
    the state they come from fits: "Portugal's António Guterres")."""
    countries = kb.countries_of(kb.entries[index])
    return not countries or country in countries or bool(countries & {"IGO", "NGO"})


def _holding_office(pool: list[int], kb: KnowledgeBase, when: date | None, hints: Hints) -> list[int]:
    if when is None:
        return []
    return [index for index in pool if kb.role_at(kb.entries[index], when) is not None]


def _of_country(pool: list[int], kb: KnowledgeBase, when: date | None, hints: Hints) -> list[int]:
    if not hints.country:
        return []
    return [index for index in pool if kb.split(kb.actor_code(kb.entries[index], when)[0])[0] == hints.country]


def _fitting_title(pool: list[int], kb: KnowledgeBase, when: date | None, hints: Hints) -> list[int]:
    words = {word for title in hints.titles for word in title.lower().split()} - _GENERIC_TITLE_WORDS
    if words:
        fitting = [index for index in pool if words & _office_words(kb, index, when)]
        if fitting:
            return fitting
    if not hints.sector:
        return []
    return [index for index in pool if kb.split(kb.actor_code(kb.entries[index], when)[0])[1] == hints.sector]


def _office_words(kb: KnowledgeBase, index: int, when: date | None) -> set[str]:
    office = kb.actor_code(kb.entries[index], when)[1] or ""
    return {word.strip(",.()").lower() for word in office.replace("-", " ").split()}
