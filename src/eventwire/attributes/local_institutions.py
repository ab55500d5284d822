"""Town names read from the local institutions named after them.

A name followed by an American municipal institution ("Berea Police Department", "Norfolk High
School", "the Jordan middle school") names a US town, not the country or the foreign province of the
same name: those institution names are the register of US local news. A story set in another country
(its home country, from its other places) is left alone, and so is a name with no US town of that name.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from eventwire.attributes.gazetteer import Gazetteer, GazetteerEntry, name_key

US = "USA"
# Lower-cased word sequences right after the name; American usage (a British story says "Norfolk
# Constabulary", "secondary school"), and specific to a town (bare "police" is as often a country's).
# Not "City Council" or "City Hall": "Westminster City Council", "Belfast City Hall" are British too.
MUNICIPAL_BODIES = (
    ("police", "department"), ("fire", "department"), ("volunteer", "fire"), ("fire", "district"),
    ("school", "district"), ("board", "of", "education"), ("village", "board"), ("board", "of", "selectmen"),
)
# Schools are also named after people ("Graham Middle School", "Lincoln High"): a school names a town
# only when the name was tagged as a place anyway.
SCHOOLS = (("high", "school"), ("middle", "school"), ("junior", "high"), ("elementary", "school"))
AMERICAN_TOWN_INSTITUTIONS = MUNICIPAL_BODIES + SCHOOLS
LOOKAHEAD = max(len(words) for words in AMERICAN_TOWN_INSTITUTIONS) + 1


def read_as_us_towns(pairs: list[tuple[SpacySpan, GazetteerEntry | None]], gazetteer: Gazetteer, *,
                     home: str | None) -> list[tuple[SpacySpan, GazetteerEntry | None]]:
    """Every mention of a name that one mention ties to a US town institution, re-read as the biggest
    US town (or county) of that name unless already read as one; other pairs unchanged."""
    towns: dict[str, GazetteerEntry] = {}
    for span, _ in pairs:
        key = name_key(span.text)
        town = None if key in towns else us_town_of_institution(span, gazetteer, home=home)
        if town is not None:
            towns[key] = town
    return [(span, entry if _us_town(entry) else towns.get(name_key(span.text), entry)) for span, entry in pairs]


def us_town_of_institution(span: SpacySpan, gazetteer: Gazetteer, *, home: str | None,
                           institutions=AMERICAN_TOWN_INSTITUTIONS) -> GazetteerEntry | None:
    """The biggest US town (or county) of the span's name when the span begins one of `institutions`
    and the document is not set abroad."""
    if home not in (None, US) or not _names_town_institution(span, institutions):
        return None
    return _biggest_us_town(span.text, gazetteer)


def _us_town(entry: GazetteerEntry | None) -> bool:
    """Already a US town or county: the document's other places chose which ("Norfolk" with Nebraska)."""
    return entry is not None and entry.country == US and entry.feature in ("city", "admin2")


def _names_town_institution(span: SpacySpan, institutions) -> bool:
    """The span's last words, or the words right after it, begin an American town institution (the
    recogniser sometimes takes "High" into the name: "Norfolk High School")."""
    doc = span.doc
    words = [token.lower_ for token in doc[span.start + 1:min(len(doc), span.end + LOOKAHEAD)]]
    name_end = span.end - span.start - 1  # index in `words` of the first word after the span
    for start in range(0, name_end + 1):
        if any(tuple(words[start:start + len(phrase)]) == phrase for phrase in institutions):
            return True
    return False


def _biggest_us_town(name: str, gazetteer: Gazetteer) -> GazetteerEntry | None:
    towns = [candidate.entry for candidate in gazetteer.lookup(name)
             if candidate.primary and candidate.entry.country == US and candidate.entry.feature in ("city", "admin2")]
    return max(towns, key=lambda entry: entry.population, default=None)
