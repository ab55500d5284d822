"""Places: find every toponym in the article body, resolve it in the gazetteer, locate events.

Toponyms come from spaCy's GPE/LOC/FAC entities, plus gazetteer names the model missed ("Jammu and
Kashmir" split into two entities, a country inside "Russia-Pakistan relations"). Nationality adjectives
("Russian") are never places. Ambiguous names are resolved with the document's countries as context.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Span as SpacySpan

from eventwire.attributes.gazetteer import Gazetteer, GazetteerEntry, load_gazetteer, name_key  # noqa: F401
from eventwire.attributes.gazetteer import ABBREVIATED_LAST_WORDS
from eventwire.attributes.locate import locate_events  # noqa: F401  (public stage function)
from eventwire.attributes.area_cues import read_as_areas
from eventwire.attributes.compounds import compound_names
from eventwire.attributes.county_lists import county_lists
from eventwire.attributes.landmarks import place_local_names_at_towns
from eventwire.attributes.local_institutions import MUNICIPAL_BODIES, read_as_us_towns, us_town_of_institution
from eventwire.attributes.nearby_country import fill_nearby_countries
from eventwire.attributes.proximity import lies_near, prefer_nearby_namesakes
from eventwire.attributes.streets import street_spans
from eventwire.attributes.weak_toponyms import after_place_preposition, fits, placed_by_preposition, weak_candidates
from eventwire.nlp import Parsed, entities_overlapping, entities_within
from eventwire.schema import Actor, Place

PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Entities a gazetteer-only match must not be carved out of: "Jordan" the person, "Wilson Center".
BLOCKING_LABELS = {"PERSON", "ORG", "NORP", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT", "LANGUAGE"}
# Gazetteer-only matches of small towns are mostly ordinary words ("Police", "Of", "Split").
MIN_CITY_POPULATION_WITHOUT_NER = 100_000
MAX_NAME_TOKENS = 6
# "Town, State" with no such town in that state: a namesake elsewhere this small is dropped (see
# _outside_its_state); a bigger one may be an item of a list.
QUALIFIED_TOWN_MAX_POPULATION = 100_000
# A city this big is not re-read as its namesake inside an area named only inside an institution's name.
MAX_MOVED_CITY_POPULATION = 500_000
# ... and is not moved to a namesake in a named area of its own country with under 1/20 of its people.
DWARFED_SHARE = 20
# A country counts as context once two toponyms (distinct names) resolve into it; it is the document's
# home country when it holds at least three of them and half of all.
MIN_CONTEXT_MENTIONS = 2
LOCAL_FEATURES = ("city", "admin2")
# A foreign town this small in a story set in another country is more likely a local place the
# gazetteer lacks than the town itself.
STRAY_VILLAGE_POPULATION = 20_000
# A town found only by an alternate spelling, outside the story's countries, is dropped below this size.
FOREIGN_VARIANT_POPULATION = 100_000
MIN_HOME_MENTIONS = 3
HOME_SHARE = 0.5
EDGE_WORDS = {"the", "'s", "\u2019s", "'", "\u2019"}
# Head words of institution names the model sometimes tags GPE ("Wilson Center", "Brookings Institution").
INSTITUTION_WORDS = {"center", "centre", "institute", "institution", "university", "college", "council",
                     "ministry", "agency", "foundation", "program", "programme", "company", "corporation",
                     "bank", "fund", "committee", "commission", "party", "group", "forum", "school",
                     "hospital", "association", "society", "office", "department", "times", "post", "news"}

# Words that name a kind of feature or a direction: inside a longer name the gazetteer lacks ("Catawba
# River", "Columbia Metropolitan Airport", "Columbus East") they are never the place itself, although
# GeoNames has towns or alternate names spelled so ("River", "Airport", "North").
# A natural feature named after a place lies elsewhere (the Farallon Islands are not Farallón), unlike a
# river, harbour or airport, which mostly runs through or serves the town it is named after.
NAMED_AFTER_PLACE_WORDS = {"island", "islands", "isle", "isles", "gulf", "sea", "strait", "straits", "peninsula",
                           "desert", "reef", "canyon", "creek", "national", "mount", "mountain", "mountains",
                           "valley", "shoal", "shoals", "atoll", "cape", "plateau", "glacier", "lagoon"}
GENERIC_PLACE_WORDS = {"river", "lake", "creek", "bay", "harbor", "harbour", "island", "islands", "park",
                       "national", "square", "airport", "marina", "valley", "mountain", "mountains", "beach",
                       "forest", "canyon", "falls", "springs", "port", "centre", "center", "station", "bridge",
                       "city", "county", "north", "south", "east", "west", "central", "northern", "southern",
                       "eastern", "western", "upper", "lower", "new", "old", "great", "little", "sea", "gulf",
                       "coast", "hills", "hill", "point", "strait", "street", "road", "avenue", "hall", "court",
                       # states and landmarks: "Islamic Republic", "Soviet Union", "Manila Cathedral"
                       "republic", "union", "kingdom", "federation", "state", "states", "territory", "province",
                       "district", "region", "parish", "township", "borough", "colony", "cathedral", "basilica",
                       "church", "chapel", "mosque", "temple", "embassy", "consulate", "stadium", "arena", "bend",
                       "reservoir", "wilderness", "preserve", "refuge", "plaza", "palace", "tower", "castle"}


MEDIA_SECTOR = "MED"
COMPASS_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                 "centre", "center", "middle", "far", "upper", "lower", "northeast", "northwest", "southeast",
                 "southwest", "north-east", "north-west", "south-east", "south-west", "-"}


def find_places(parsed: Parsed, *, gazetteer: Gazetteer, actors: list[Actor]) -> list[Place]:
    """Two passes: a first reading of every toponym finds the countries the document is set in; the
    second resolves each name with those as context ("Athens" in a story about Georgia towns)."""
    read_as, fellows = _names_read_otherwise(parsed)
    spans = _toponym_spans(parsed, gazetteer, extra=[parsed.doc[start:end] for start, end in read_as])
    spelled_out = _spelled_out_names(spans)
    spans = [span for span in spans if _county_confirmed(span, spelled_out)]
    texts = [span.text for span in spans]
    named = _context_countries(texts, gazetteer=gazetteer, actors=actors)

    def resolve(span, context, **options):
        if (span.start, span.end) not in read_as:
            return _resolve(span, gazetteer, context, **options)
        name, areas = read_as[(span.start, span.end)], options.get("areas", set())
        if name is None:
            return None
        shared = _shared_area(fellows[(span.start, span.end)], gazetteer, areas=areas)
        return _resolve_name(name, gazetteer, context, areas={shared} if shared else areas)

    first = [entry for _, entry in _qualified_towns([(span, resolve(span, named)) for span in spans], gazetteer)]
    country_names = _country_names(first, texts)
    # distinct names, not mentions: nine "Georgia"s in a story about Gainesville and Harrisburg are one clue
    counts = Counter(entry.country for entry in {name_key(text): entry for text, entry in zip(texts, first)}.values()
                     if entry is not None and entry.country)
    context = named | {country for country, count in counts.items() if count >= MIN_CONTEXT_MENTIONS}
    home = _home_country(counts)
    # admin1 areas the document names (a county names its state): a town's namesake in one of them
    # wins ("Athens" with "Texas"); a name's own first reading is no evidence for itself
    # read with the home country first: "Georgia" in a story set in the United States names the state
    # ("Gainesville" and "Duluth" beside it are Georgia's)
    homely = [resolve(span, context, home=home, named=_named_elsewhere(span, country_names))
              if entry is not None and entry.feature == "country" else entry for span, entry in zip(spans, first)]
    area_names = _area_names(zip(texts, homely))
    anchors = [entry for entry in homely if entry is not None]
    weak = [(span, entry) for span, entry in _weak_places(parsed, gazetteer, spans, context=context, home=home,
                                                           areas=set(area_names), anchors=anchors)
            if _county_confirmed(span, spelled_out)]
    # an area among the weak names (mostly inside an institution's name: "Minnesota State Chess
    # Association") names its state too, but is no reason to move a big city ("London" beside
    # "University of California" is not London, California)
    weak_areas = _area_names((span.text, entry) for span, entry in weak)
    resolved_spans = []
    for span, entry in zip(spans, first):
        own = name_key(span.text)
        named_areas = {area for area, names in area_names.items() if names - {own}}
        if entry is None or entry.feature != "city" or entry.population < MAX_MOVED_CITY_POPULATION:
            named_areas |= {area for area, names in weak_areas.items() if names - {own}}
        resolved_spans.append((span, resolve(span, context, home=home, named=_named_elsewhere(span, country_names),
                                             areas=named_areas)))
    resolved_spans += weak
    resolved_spans = _qualified_towns(sorted(resolved_spans, key=lambda pair: pair[0].start), gazetteer)
    resolved_spans = read_as_us_towns(resolved_spans, gazetteer, home=home)
    fixed = [pair for pair in resolved_spans if (pair[0].start, pair[0].end) in read_as]
    free = [pair for pair in resolved_spans if (pair[0].start, pair[0].end) not in read_as]
    # area words last: proximity reads a name once for all its mentions, an area word one mention
    resolved_spans = read_as_areas(prefer_nearby_namesakes(free, gazetteer) + fixed, gazetteer)
    readings = [entry for _, entry in resolved_spans if entry is not None]
    resolved_spans = [(span, None if _stray_village(entry, home=home, context=context)
                       or _foreign_variant(span, entry, gazetteer, context=context, readings=readings) else entry)
                      for span, entry in resolved_spans]
    places = [_place(span, entry) for span, entry in resolved_spans]
    places += _compound_places(parsed, gazetteer, places, context=context)
    places = _not_news_media(places, actors)
    places.sort(key=lambda place: place.start)
    place_local_names_at_towns(places, parsed.text)
    fill_nearby_countries(places)
    return places


def _not_news_media(places: list[Place], actors: list[Actor]) -> list[Place]:
    """A name the actor stage read whole as a news medium is not a place: "Xinhua reported" is the
    agency, not the Chinese town. (Only media: the actor stage also takes many towns for organisations
    of unknown sector, "Columbia will have to pay".) Places inside a medium's name are not affected."""
    media = {tuple(mention) for actor in actors if actor.sector == MEDIA_SECTOR for mention in actor.mentions}
    return [place for place in places if (place.start, place.end) not in media]


def _stray_village(entry: GazetteerEntry | None, *, home: str | None, context: set[str]) -> bool:
    """A village abroad in a story set in one country ("Piccadilly" in a London story has only an
    Australian hamlet of that name in the gazetteer; "Flemington" in a New Jersey one, a Melbourne
    suburb) is a place the gazetteer lacks, not a trip abroad: it stays unresolved and takes the
    country of the places around it (nearby_country.py)."""
    return entry is not None and home is not None and entry.feature == "city" \
        and entry.population < STRAY_VILLAGE_POPULATION and entry.country != home and entry.country not in context


def _foreign_variant(span: SpacySpan, entry: GazetteerEntry | None, gazetteer: Gazetteer, *,
                     context: set[str], readings: list[GazetteerEntry]) -> bool:
    """A town found only under one of its alternate spellings, in none of the countries the story is
    about and near none of its other places: "Ismaili" (Egypt's football club) is an alternate name of
    Ismayilli, Azerbaijan. Kept unresolved (the nearby country step gives it the story's country). Big
    cities' other names stand ("Bombay"), and so does "Clacton" beside Essex."""
    return (entry is not None and bool(context) and entry.feature == "city"
            and entry.population < FOREIGN_VARIANT_POPULATION and entry.country not in context
            and not any(c.primary and c.entry == entry for c in gazetteer.lookup(span.text))
            and not lies_near(entry, [other for other in readings if other is not entry]))


def _abbreviated(text: str) -> bool:
    words = text.split()
    return len(words) > 1 and words[-1].lower() in ABBREVIATED_LAST_WORDS


def _spelled_out_names(spans: list[SpacySpan]) -> set[str]:
    return {name_key(span.text) for span in spans if not _abbreviated(span.text)}


def _county_confirmed(span: SpacySpan, spelled_out: set[str]) -> bool:
    """A name ending in "Co." is a county when the document also writes that county out ("Platte
    Co." beside "Platte County") or it is an all-capitals dateline ("PLYMOUTH CO. -"); otherwise it
    is as likely a company ("Crane Co., of Chicago" is no Texas county)."""
    return not _abbreviated(span.text) or span.text.isupper() or name_key(span.text) in spelled_out


def _area_names(readings) -> dict[tuple, set[str]]:
    """(country, admin1) of each admin1 or admin2 reading -> the names (lookup keys) that read so."""
    names: dict[tuple, set[str]] = {}
    for text, entry in readings:
        if entry is not None and entry.feature in ("admin1", "admin2"):
            names.setdefault((entry.country, entry.admin1), set()).add(name_key(text))
    return names


def _country_names(readings: list, texts: list[str]) -> dict[str, set[str]]:
    """Country -> the names (lookup keys) of the document that read as it; built once per document."""
    names: dict[str, set[str]] = {}
    for entry, text in zip(readings, texts):
        if entry is not None and entry.feature == "country":
            names.setdefault(entry.country, set()).add(name_key(text))
    return names


def _named_elsewhere(span: SpacySpan, country_names: dict[str, set[str]]) -> set[str]:
    """Countries the document's other names (not this one) read as."""
    own = name_key(span.text)
    return {country for country, names in country_names.items() if names - {own}}


def _names_read_otherwise(parsed: Parsed) -> tuple[dict, dict]:
    """Toponyms read by another name than their text, keyed by token range: a street (None: never
    resolved) and a listed county ("Sarpy" -> "Sarpy County"); and each listed county's list."""
    read_as = {(span.start, span.end): None for _, sent in parsed.content_sentences() for span in street_spans(sent)}
    listed = [names for _, sent in parsed.content_sentences() for names in county_lists(sent)]
    read_as.update({(span.start, span.end): county for names in listed for span, county in names})
    fellows = {(span.start, span.end): [county for _, county in names] for names in listed for span, _ in names}
    return read_as, fellows


def _compound_places(parsed: Parsed, gazetteer: Gazetteer, places: list[Place], *, context: set[str]) -> list[Place]:
    """Names leading a hyphenated modifier ("U.S.-led"), kept when they name an area or a big city
    (compounds.py) and no place found otherwise covers them."""
    taken = [(place.start, place.end) for place in places]
    found = []
    for _, sent in parsed.content_sentences():
        for name in compound_names(sent):
            if any(name.start < end and start < name.end for start, end in taken):
                continue
            entry = gazetteer.resolve(name.text, context=context)
            if _well_known(entry) or (entry is not None and entry.feature == "region"):
                found.append(_place_at(name.text, name.start, name.end, entry))
                taken.append((name.start, name.end))
    return found


def _qualified_towns(pairs: list, gazetteer: Gazetteer) -> list:
    """"Athens, Georgia", "Paris, Texas", "Matias Romero, Oaxaca": a town followed by a comma and an
    area or country is the biggest town of that name inside it, and the area is that town's."""
    result = list(pairs)
    for index in range(len(pairs) - 1):
        (town, _), (area, _) = pairs[index], pairs[index + 1]
        if area.start != town.end + 1 or town.doc[town.end].text != ",":
            continue
        best = None
        for outer in gazetteer.lookup(area.text):
            if outer.entry.feature not in ("admin1", "country"):
                continue
            for inner in gazetteer.lookup(town.text):
                entry = inner.entry
                if entry.feature in ("city", "admin2") and entry.country == outer.entry.country and (
                        outer.entry.feature == "country" or entry.admin1 == outer.entry.admin1):
                    if best is None or entry.population > best[0].population:
                        best = (entry, outer.entry)
        if best is not None:
            result[index], result[index + 1] = (town, best[0]), (area, best[1])
        elif _outside_its_state(pairs[index][1], pairs[index + 1][1]):
            result[index] = (town, None)
    return result


def _outside_its_state(town: GazetteerEntry | None, area: GazetteerEntry | None) -> bool:
    """"Holliday, Mo." with no Holliday in Missouri in the gazetteer (a village too small for it): the
    namesake read elsewhere (Holliday, Texas) is surely wrong; the town stays unresolved. Only a small
    town after an admin1 area: a big city before one is more likely a list ("Boston, Iowa and Ohio")."""
    return (town is not None and area is not None and area.feature == "admin1" and town.feature == "city"
            and town.population < QUALIFIED_TOWN_MAX_POPULATION
            and (town.country, town.admin1) != (area.country, area.admin1))


def _weak_places(parsed: Parsed, gazetteer: Gazetteer, strong: list[SpacySpan], *, context: set[str],
                 home: str | None, areas: set, anchors: list[GazetteerEntry]) -> list[tuple[SpacySpan, GazetteerEntry]]:
    """Names the recogniser did not tag as places (weak_toponyms.py), kept when their reading fits
    the document's geography or the same name is a tagged place elsewhere in it."""
    taken = {index for span in strong for index in range(span.start, span.end)}
    known = {name_key(span.text) for span in strong}
    kept: dict[tuple[int, int], tuple[SpacySpan, GazetteerEntry]] = {}
    # twice: a name placed by the first pass ("Kerala and Puducherry") places its other mentions
    for _ in range(2):
        for _, sent in parsed.content_sentences():
            for span in weak_candidates(sent, max_tokens=MAX_NAME_TOKENS, lookup=gazetteer.lookup,
                                        known=frozenset(known), key=name_key):
                if taken.intersection(range(span.start, span.end)) or gazetteer.is_demonym(span.text):
                    continue
                entry = _resolve(span, gazetteer, context, home=home, areas=areas)
                # "the Berea Police Department": kept, and read as the US town by read_as_us_towns
                town = us_town_of_institution(span, gazetteer, home=home, institutions=MUNICIPAL_BODIES)
                if (town is not None or name_key(span.text) in known or placed_by_preposition(span, entry)
                        or fits(entry, context=context, areas=areas, home=home)
                        or _beside_the_story(span, entry, anchors)):
                    kept[(span.start, span.end)] = (span, entry)
        known |= {name_key(span.text) for span, entry in kept.values() if _well_known(entry)}
    return list(kept.values())


def _beside_the_story(span: SpacySpan, entry: GazetteerEntry | None, anchors: list[GazetteerEntry]) -> bool:
    """A town after a place preposition lying within 100 km of a place the story names for sure: "from
    Bicester" (tagged ORG) in a story about Oxford. A surname rarely matches a town that close."""
    return entry is not None and after_place_preposition(span) and lies_near(entry, anchors)


def _well_known(entry: GazetteerEntry | None) -> bool:
    """An area or a big city: placed once, its other PERSON-tagged mentions are places too; a small
    town's name is as often a surname ("Rogers", "Holroyd")."""
    return entry is not None and (entry.feature in ("country", "admin1", "admin2") or (
        entry.feature == "city" and entry.population >= MIN_CITY_POPULATION_WITHOUT_NER))


def _home_country(counts: Counter) -> str | None:
    """The country most of the document's places are in, when one clearly is."""
    if not counts:
        return None
    country, count = counts.most_common(1)[0]
    return country if count >= MIN_HOME_MENTIONS and count >= HOME_SHARE * sum(counts.values()) else None


def _toponym_spans(parsed: Parsed, gazetteer: Gazetteer, *, extra: list[SpacySpan]) -> list[SpacySpan]:
    """Non-overlapping toponym spans in content sentences (and the `extra` ones found otherwise);
    longer spans win over nested ones."""
    found: list[SpacySpan] = list(extra)
    for _, sent in parsed.content_sentences():
        found += _entity_toponyms(sent, gazetteer)
        found += _gazetteer_toponyms(sent, gazetteer)
    chosen: list[SpacySpan] = []
    taken: set[int] = set()
    for span in sorted(found, key=lambda s: (-(s.end - s.start), s.start)):
        if not taken.intersection(range(span.start, span.end)):
            chosen.append(span)
            taken.update(range(span.start, span.end))
    return sorted(chosen, key=lambda s: s.start)


def _entity_toponyms(sent: SpacySpan, gazetteer: Gazetteer) -> list[SpacySpan]:
    spans = []
    for ent in entities_within(sent):
        if ent.label_ not in PLACE_LABELS:
            continue
        span = _trim(ent)
        if span is None or span[-1].lower_ in INSTITUTION_WORDS:
            continue
        if not gazetteer.is_demonym(span.text):
            spans.append(span)
    return spans


def _trim(span: SpacySpan) -> SpacySpan | None:
    """Drop a leading "the" and a trailing possessive: the place is "Pakistan" in "Pakistan's"."""
    start, end = span.start, span.end
    while start < end and span.doc[start].lower_ in EDGE_WORDS:
        start += 1
    while end > start and span.doc[end - 1].lower_ in EDGE_WORDS:
        end -= 1
    return span.doc[start:end] if end > start else None


def _gazetteer_toponyms(sent: SpacySpan, gazetteer: Gazetteer) -> list[SpacySpan]:
    """Longest gazetteer names over capitalised proper-noun token runs."""
    doc, spans = sent.doc, []
    index = sent.start
    while index < sent.end:
        match = _longest_match(doc, index, sent.end, gazetteer)
        if match is None:
            index += 1
            continue
        span, entry = match
        # the longest name here is the name: if it is too small a town to take untagged, no word
        # inside it is a place of its own ("North" in "North Platte", "Concord" in "New Concord")
        if _acceptable_without_ner(span, entry, gazetteer):
            spans.append(span)
        index = span.end
    return spans


def _longest_match(doc, start: int, limit: int, gazetteer: Gazetteer) -> tuple[SpacySpan, GazetteerEntry] | None:
    if not _can_start_name(doc[start]):
        return None
    for end in range(min(limit, start + MAX_NAME_TOKENS), start, -1):
        span = doc[start:end]
        if not _can_end_name(doc[end - 1]):
            continue
        entry = gazetteer.resolve(span.text)
        if entry is not None and not gazetteer.is_demonym(span.text):
            return span, entry
    return None


def _can_start_name(token) -> bool:
    """A proper noun, or a capitalised adjective inside a sentence before one ("New" in "the New
    Concord reservoir", which the tagger calls an adjective)."""
    if not token.text[:1].isupper():
        return False
    return token.tag_ in ("NNP", "NNPS") or (
        token.tag_ == "JJ" and not token.is_sent_start and token.i + 1 < len(token.doc)
        and token.doc[token.i + 1].tag_ in ("NNP", "NNPS"))


def _can_end_name(token) -> bool:
    return token.text[:1].isupper() or token.text.endswith(".")


def _acceptable_without_ner(span: SpacySpan, entry: GazetteerEntry, gazetteer: Gazetteer) -> bool:
    if gazetteer.is_demonym(span.text):
        return False
    area = entry.feature in ("country", "admin1")
    if any(_blocks(ent, span, area=area) for ent in entities_overlapping(span.doc, span.start, span.end)):
        return False
    if entry.feature == "city":
        return entry.population >= MIN_CITY_POPULATION_WITHOUT_NER or _extends_a_tagged_place(span)
    return True


def _extends_a_tagged_place(span: SpacySpan) -> bool:
    """The name holds a shorter place the recogniser tagged: "Goz Beida" where only "Beida" was tagged
    is the town of the whole name, not a Libyan namesake of its last word."""
    return any(ent.label_ in PLACE_LABELS and span.start <= ent.start and ent.end <= span.end
               and ent.end - ent.start < len(span) for ent in entities_within(span))


def _blocks(ent: SpacySpan, span: SpacySpan, *, area: bool = False) -> bool:
    """A name inside a person/organisation entity is part of that name — unless the entity is only
    this place joined to another by a hyphen ("Russia-Pakistan"), or, inside a person, the name is a
    country or state ("Sri Lanka - approximately 28,500" tagged PERSON)."""
    if ent.end <= span.start or ent.start >= span.end:
        return False
    if ent[-1].lower_ in INSTITUTION_WORDS and ent.end > span.end:
        return True
    if ent.label_ not in BLOCKING_LABELS:
        return False
    if span.start <= ent.start and ent.end <= span.end and ent.end - ent.start < span.end - span.start:
        return False  # the entity is only a piece of a longer name ("Tobago" in "Trinidad and Tobago")
    if ent.label_ == "ORG" and (ent.start, ent.end) == (span.start, span.end):
        return False  # the small model often tags a bare city name ORG ("Karachi")
    joined = any(token.text in "-\u2013" for token in ent)
    if ent.label_ == "PERSON" and not area:  # "Abdel-Hamid Sami" is a man, not Isparta ("Hamid")
        joined = len(ent) == 3 and ent[1].text in "-\u2013"
    return not joined


def _context_countries(texts: list[str], *, gazetteer: Gazetteer, actors: list[Actor]) -> set[str]:
    """Countries the document is about: actor countries and countries it names outright."""
    context = {actor.country for actor in actors if actor.country and len(actor.country) == 3
               and actor.country not in ("IGO", "NGO")}
    for text in texts:
        entry = gazetteer.resolve(text)
        if entry is not None and entry.feature == "country":
            context.add(entry.country)
    return context


def _resolve(span: SpacySpan, gazetteer: Gazetteer, context: set[str], *, home: str | None = None,
             named: set[str] = frozenset(), areas: set = frozenset()) -> GazetteerEntry | None:
    """The whole span's name, else the longest name inside it, rightmost first ("northern
    Afghanistan", "East Texas"); never a part made of feature words alone ("River" in "Catawba
    River"). A part is read as the whole name would be: "Northeast Georgia" in a story set in the
    United States is the state. A name of compass words alone ("the South", "the Far North") is an
    area only in a story set in its country (Cameroon's regions)."""
    entry = _resolve_whole(span, gazetteer, context, home=home, named=named, areas=areas)
    if entry is not None:
        if _compass_words_only(span) and (entry.country not in context or entry.feature == "city"):
            return None  # "West said" is a commissioner, not West, Texas ("West, Texas" is read by its state)
        return entry
    for length in range(len(span) - 1, 0, -1):
        for start in range(span.end - length, span.start - 1, -1):
            part = span.doc[start:start + length]
            if not (_can_start_name(part[0]) and _can_end_name(part[-1])) or _feature_words_only(part):
                continue
            entry = _resolve_whole(part, gazetteer, context, home=home, named=named, areas=areas)
            if entry is not None and not (entry.feature in LOCAL_FEATURES and _names_another_feature(span, part)):
                return entry
    return None


def _feature_words_only(span: SpacySpan) -> bool:
    return all(token.lower_ in GENERIC_PLACE_WORDS for token in span)


def _compass_words_only(span: SpacySpan) -> bool:
    return all(token.lower_ in COMPASS_WORDS for token in span)


def _names_another_feature(span: SpacySpan, part: SpacySpan) -> bool:
    """The part only names a natural feature around it: the "Farallon Islands", "Second Thomas Shoal"
    and "Zion National Park" lie elsewhere than the towns called Farallón, Thomas or Zion. (A feature
    named after a country or state — "Gulf of Thailand", "Gulf of Alaska" — is read as that area:
    the right country, at least.)"""
    doc = span.doc
    after = doc[part.end].lower_ if part.end < span.end else None
    before = [token.lower_ for token in doc[span.start:part.start]][-2:]
    return after in NAMED_AFTER_PLACE_WORDS or (before[-1:] and before[-1] in NAMED_AFTER_PLACE_WORDS) or (
        before[-1:] == ["of"] and before[0] in NAMED_AFTER_PLACE_WORDS)


def _resolve_whole(span: SpacySpan, gazetteer: Gazetteer, context: set[str], *, home: str | None,
                   named: set[str], areas: set) -> GazetteerEntry | None:
    """The span's own name in the gazetteer, read with the document's home country and areas."""
    candidates = gazetteer.lookup(span.text)
    entry = gazetteer.resolve(span.text, context=context)
    if entry is not None and entry.feature == "country":
        if home is not None and entry.country != home and entry.country not in named:
            # "Georgia" or "Palestine" in a story set in the United States that names no such country
            home_area = next((c.entry for c in candidates if c.entry.feature == "admin1" and c.entry.country == home),
                             None)
            entry = home_area or _in_named_area(candidates, areas, country=home) or entry
    elif entry is not None and entry.feature != "admin1":  # a province stays one ("Ontario" with "New York")
        namesake = _in_named_area(candidates, areas)
        if namesake is not None and not _dwarfed_by(namesake, entry):
            entry = namesake
    return entry


def _dwarfed_by(namesake: GazetteerEntry, city: GazetteerEntry) -> bool:
    """A village in a named state does not take a big city's name in the same country: "Washington"
    in a story naming North Carolina is still the capital, "Boston" beside "N.Y." still Boston, Mass.
    A town of some size does ("Columbus" with Georgia, "Portland" with Maine)."""
    return (city.feature == "city" and city.population >= MAX_MOVED_CITY_POPULATION
            and namesake.country == city.country and namesake.population * DWARFED_SHARE < city.population)


def _resolve_name(name: str, gazetteer: Gazetteer, context: set[str], *, areas: set) -> GazetteerEntry | None:
    """A toponym read by another name ("Sarpy" as "Sarpy County"): its namesake inside an area the
    document names, else the gazetteer's choice with the document's countries as context."""
    candidates = gazetteer.lookup(name)
    inside = [c.entry for c in candidates if (c.entry.country, c.entry.admin1) in areas]
    return max(inside, key=lambda entry: entry.population, default=None) or gazetteer.resolve(name, context=context)


def _shared_area(names: list[str], gazetteer: Gazetteer, *, areas: set) -> tuple | None:
    """The admin1 area (country, code) holding a district of every name, preferring one the document
    names, then the one whose districts hold the most people."""
    holders = None
    population: Counter = Counter()
    for name in names:
        districts = [c.entry for c in gazetteer.lookup(name) if c.entry.feature == "admin2"]
        for entry in districts:
            population[(entry.country, entry.admin1)] += entry.population
        found = {(entry.country, entry.admin1) for entry in districts}
        holders = found if holders is None else holders & found
    if not holders:
        return None
    return max(holders, key=lambda area: (area in areas, population[area]))


def _in_named_area(candidates, areas: set, *, country: str | None = None) -> GazetteerEntry | None:
    """The biggest city or district of this name (in `country`, when given) inside an admin1 area the
    document names ("Athens" with "Texas", "Dallas County" with "Iowa")."""
    inside = [c.entry for c in candidates if c.primary and c.entry.feature in ("city", "admin2")
              and (c.entry.country, c.entry.admin1) in areas and country in (None, c.entry.country)]  # own names only: "Islamabad" is also Anantnag's
    return max(inside, key=lambda entry: entry.population, default=None)


def _place(span: SpacySpan, entry: GazetteerEntry | None) -> Place:
    return _place_at(span.text, span.start_char, span.end_char, entry)


def _place_at(text: str, start: int, end: int, entry: GazetteerEntry | None) -> Place:
    place = Place(text=text, start=start, end=end)
    if entry is not None:
        place.name, place.feature, place.country = entry.name, entry.feature, entry.country
        place.admin1 = entry.admin1 if entry.feature in ("admin1", "admin2", "city") else None
        place.lat, place.lon, place.geonameid = entry.lat, entry.lon, entry.geonameid
    return place
