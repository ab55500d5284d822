"""A city's name read as the state or province of the same name when the words around it say so:
"the New York border", "Washington state", "upstate New York", "Aleppo province", "the Donetsk
region". Cities have no borders and no upstate; without such words the city reading stands ("New York"
alone is the city).
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from eventwire.attributes.gazetteer import Gazetteer, GazetteerEntry

AREA_WORDS_AFTER = {"state", "border", "borders", "statewide", "state's", "province", "provincial", "legislature",
                    "governor", "gov.", "region", "oblast", "governorate", "prefecture", "government", "premier"}
# Not "northern", "eastern": "eastern Aleppo", "northern Baghdad" are parts of the city as often as
# of its province.
AREA_WORDS_BEFORE = {"upstate", "downstate"}


def read_as_areas(pairs: list[tuple[SpacySpan, GazetteerEntry | None]],
                  gazetteer: Gazetteer) -> list[tuple[SpacySpan, GazetteerEntry | None]]:
    """Each city reading with an area word beside it, re-read as its country's admin1 area of the same
    name, when there is one; other pairs unchanged."""
    return [(span, _area_of_same_name(span, entry, gazetteer) if _area_word_beside(span) else entry)
            for span, entry in pairs]


def _area_word_beside(span: SpacySpan) -> bool:
    doc = span.doc
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    return after in AREA_WORDS_AFTER or before in AREA_WORDS_BEFORE


def _area_of_same_name(span: SpacySpan, entry: GazetteerEntry | None, gazetteer: Gazetteer) -> GazetteerEntry | None:
    if entry is None or entry.feature != "city":
        return entry
    areas = [c.entry for c in gazetteer.lookup(span.text)
             if c.primary and c.entry.feature == "admin1" and c.entry.country == entry.country]
    return areas[0] if len(areas) == 1 else entry
