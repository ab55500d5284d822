"""The seed article: attributes with hand-built actors and events (other stages are tested elsewhere)."""

import pytest

from eventwire.attributes.dates import date_events, parse_published
from eventwire.attributes.places import find_places, load_gazetteer, locate_events
from eventwire.attributes.quantities import attach_quantities
from eventwire.attributes.quotes import find_quotes
from eventwire.attributes.tone import load_tone_lexicon, score_tone
from eventwire.nlp import parse
from eventwire.schema import Actor, ActorRef, Event, Span

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def parsed(lavrov_article, nlp):
    published = parse_published(lavrov_article.published, doc_id=lavrov_article.id)
    return parse(nlp, lavrov_article.text, published=published)


def at(text, phrase, after=""):
    """Offsets of `phrase`, first occurrence after the anchor text `after`."""
    start = text.index(phrase, text.index(after) if after else 0)
    return start, start + len(phrase)


def event_at(parsed, trigger, *, after="", source=None):
    start, end = at(parsed.text, trigger, after)
    token = parsed.doc.char_span(start, end)[0]
    refs = []
    if source:
        s_start, s_end = at(parsed.text, source, after)
        refs = [ActorRef(actor=None, text=source, start=s_start, end=s_end)]
    return Event(id="e", sentence=parsed.sentence_index(token), trigger=Span(trigger, start, end),
                 source=refs, target=[], cameo="042", root="04", quad_class=1, goldstein=1.9,
                 plover="CONSULT")


def test_visit_is_dated_with_its_range(parsed):
    visit = event_at(parsed, "visit", after="The two countries have agreed", source="Russian FM")
    date_events(parsed, [visit])
    assert (visit.date, visit.date_end) == ("2021-04-06", "2021-04-07")


def test_places_are_found_and_resolved(parsed):
    places = find_places(parsed, gazetteer=load_gazetteer(), actors=[])
    by_text = {}
    for place in places:
        by_text.setdefault(place.text, place)
        assert parsed.text[place.start:place.end] == place.text
    assert {"Islamabad", "Moscow", "Pakistan", "Afghanistan"} <= set(by_text)
    assert by_text["Islamabad"].geonameid == 1176615 and by_text["Islamabad"].feature == "city"
    assert by_text["Moscow"].country == "RUS"
    assert by_text["Pakistan"].feature == "country" and by_text["Pakistan"].lat is not None
    kashmir = by_text["Jammu and Kashmir"]
    assert kashmir.feature in ("admin1", "region") and kashmir.country == "IND"
    assert "Russian" not in by_text and "Pakistani" not in by_text


def test_visit_location_is_pakistan(parsed):
    visit = event_at(parsed, "visit", source="Russian Foreign Minister Sergey Lavrov")
    places = find_places(parsed, gazetteer=load_gazetteer(), actors=[])
    locate_events(parsed, [visit], places)
    assert visit.location.text == "Pakistan" and visit.location.country == "PAK"


def test_vaccine_doses_are_read_with_indian_grouping(parsed):
    aid = event_at(parsed, "providing", source="Moscow", after="He also said Moscow")
    attach_quantities(parsed, [aid])
    assert [(q.value, q.unit) for q in aid.quantities] == [(50000, "doses"), (150000, "doses")]


def test_quotes_and_speakers(parsed):
    text = parsed.text
    actors = [
        Actor(id="qureshi", name="Shah Mahmood Qureshi", mentions=[list(at(text, "Shah Mahmood Qureshi"))]),
        Actor(id="khan", name="Imran Khan", mentions=[list(at(text, "Imran Khan"))]),
        Actor(id="russia", name="Russia", kind="state", country="RUS",
              mentions=[list(at(text, "Russia", after="Russia says"))]),
        Actor(id="kugelman", name="Michael Kugelman",
              mentions=[list(at(text, "Michael Kugelman")), list(at(text, "He", after="He said the visit"))]),
    ]
    quotes = {q.text.split()[0]: q for q in find_quotes(parsed, actors) if q.kind == "direct"}
    assert quotes["multi-dimensional"].speaker.actor == "qureshi"
    assert quotes["importance"].speaker.actor == "khan"
    assert quotes["A"].text.startswith("A common concern")
    assert "foreign ministry statement" in quotes["A"].speaker.text and quotes["A"].cue.text == "said"
    assert quotes["constructive"].speaker.actor == "russia"
    assert quotes["There’s"].speaker.actor == "kugelman" and quotes["There’s"].cue.text == "says"
    assert quotes["underlines"].speaker.actor == "kugelman"
    for quote in quotes.values():
        assert text[quote.start:quote.end] == quote.text


def test_tone_is_on_gdelt_scale(parsed):
    tone = score_tone(parsed, lexicon=load_tone_lexicon())
    assert 0 < tone.positive < 20 and 0 < tone.negative < 20
