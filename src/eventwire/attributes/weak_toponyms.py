"""Toponyms the entity recogniser did not mark as places, kept only when they fit the document.

The small spaCy model tags many place names as something else: the place inside an institution's
name ("Gainesville Police", "Lagos Chamber of Commerce", "Ohio Department of Development"), a town
tagged PERSON ("in Frankston"), an all-capitals dateline ("ROSWELL -"), a small town it did not
tag at all. Such names are *weak* candidates: places.py keeps one only when its reading is a
country, area or region, or a town inside the country the document is set in (see `fits`).
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from eventwire.nlp import entities_overlapping

# A town tagged PERSON is a place only after words like these ("of Waterloo", "in Frankston").
PLACE_PREPOSITIONS = {"in", "at", "near", "of", "from", "to", "into", "between", "among", "around",
                      "outside", "across", "throughout", "toward", "towards", "via", "through"}
# Entities whose leading name may be a place: "Ohio Department of ...", "Gainesville Police".
NAMED_AFTER_PLACE_LABELS = {"ORG", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}
PLACE_ENTITY_LABELS = {"GPE", "LOC"}
LOCATING_PREPOSITIONS = {"in", "near", "outside", "inside"}
# A weak town outside the document's named areas must be at least this big to be taken.
MIN_WEAK_CITY_POPULATION = 50_000
# ... and one of any country this big when a place preposition comes before it.
MIN_CITY_POPULATION_AFTER_PREPOSITION = 100_000


def weak_candidates(sent: SpacySpan, *, max_tokens: int, lookup, known: frozenset[str] = frozenset(),
                    key=str.lower) -> list[SpacySpan]:
    """Longest gazetteer names over capitalised tokens (all-capitals words included) that sit
    where a place name can: alone or at the start of an institution's name, after "of" inside one,
    or as a PERSON entity that reads as a place (`_person_reads_as_place`; `known` holds the
    `key`s of names the document already places)."""
    doc, spans, index = sent.doc, [], sent.start
    while index < sent.end:
        match = _longest(doc, index, sent.end, max_tokens, lookup)
        if match is not None and _placeable(match, known=known, key=key):
            spans.append(match)
            index = match.end
        else:
            index += 1
    return spans


def _longest(doc, start: int, limit: int, max_tokens: int, lookup) -> SpacySpan | None:
    if not _can_start(doc[start]):
        return None
    for end in range(min(limit, start + max_tokens), start, -1):
        span = doc[start:end]
        if (span[-1].text[:1].isupper() or span[-1].text.endswith(".")) and lookup(span.text):
            return span
    return None


def _can_start(token) -> bool:
    if not token.text[:1].isupper():
        return False
    return token.tag_ in ("NNP", "NNPS") or (token.is_upper and len(token.text) > 2 and token.is_alpha)


def _placeable(span: SpacySpan, *, known: frozenset[str], key) -> bool:
    for ent in entities_overlapping(span.doc, span.start, span.end):
        if ent.label_ == "PERSON":
            return (ent.start, ent.end) == (span.start, span.end) and _person_reads_as_place(span, known, key)
        if ent.label_ in NAMED_AFTER_PLACE_LABELS:
            start = ent.start + (ent[0].lower_ == "the")  # "The Clarke County Sheriff's Office"
            return start == span.start or span.doc[span.start - 1].lower_ == "of"
        if ent.label_ in ("NORP", "LANGUAGE"):
            return False
    return True


def _person_reads_as_place(span: SpacySpan, known: frozenset[str], key) -> bool:
    """A place name the model tagged PERSON: after a place preposition ("in Frankston"), listed with
    places ("Kerala and Puducherry"), qualified by an area ("Matias Romero, Oaxaca"), located in a place
    ("Rafah in the Gaza Strip"), or a name the document already places elsewhere ("Tamil Nadu said" once
    "in Tamil Nadu" is read)."""
    return (after_place_preposition(span) or _listed_with_place(span) or _followed_by_area(span)
            or _located_in_place(span) or key(span.text) in known)


def after_place_preposition(span: SpacySpan) -> bool:
    return span.start > 0 and span.doc[span.start - 1].lower_ in PLACE_PREPOSITIONS


def _listed_with_place(span: SpacySpan) -> bool:
    """Coordinated with a token of a GPE/LOC entity: "Prešov and Košice"."""
    root = span.root
    partners = [root.head] if root.dep_ == "conj" else []
    partners += [child for child in root.children if child.dep_ == "conj"]
    return any(partner.ent_type_ in PLACE_ENTITY_LABELS for partner in partners)


def _located_in_place(span: SpacySpan) -> bool:
    """The name, or a name coordinated with it, has its own "in <place>" phrase: "air strikes hit Khan
    Younis and Rafah in the southern Gaza Strip" (both tagged PERSON)."""
    root = span.root
    names = [root] + [child for child in root.children if child.dep_ == "conj"]
    if root.dep_ == "conj":
        names += [root.head] + [child for child in root.head.children if child.dep_ == "conj"]
    return any(prep.lower_ in LOCATING_PREPOSITIONS and any(
        obj.dep_ == "pobj" and obj.ent_type_ in PLACE_ENTITY_LABELS for obj in prep.children)
        for name in names for prep in name.children if prep.dep_ == "prep")


def _followed_by_area(span: SpacySpan) -> bool:
    doc = span.doc
    return (span.end + 1 < len(doc) and doc[span.end].text == ","
            and doc[span.end + 1].ent_type_ in PLACE_ENTITY_LABELS)


def placed_by_preposition(span: SpacySpan, entry) -> bool:
    """A country or a big city right after a place preposition is a place whatever the document's
    countries: "coming from around Chattanooga" (tagged PRODUCT). Not a province: "of Nelson" after a
    name is more often a small town than New Zealand's Nelson region."""
    return entry is not None and after_place_preposition(span) and (
        entry.feature == "country"
        or (entry.feature == "city" and entry.population >= MIN_CITY_POPULATION_AFTER_PREPOSITION))


def fits(entry, *, context: set[str], areas: set, home: str | None) -> bool:
    """Whether a weak candidate's reading belongs to this document: any country, area or region;
    a town only inside a context country, and then inside an area the document names (its admin1)
    or big enough to be known without one."""
    if entry is None:
        return False
    if entry.feature != "city":
        return entry.feature in ("country", "region") or entry.country in context or entry.country == home
    if entry.country not in context and entry.country != home:
        return False
    return (entry.country, entry.admin1) in areas or entry.population >= MIN_WEAK_CITY_POPULATION
