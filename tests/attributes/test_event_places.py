"""Model-backed tests: an event's own place (event, sentence, article) and where its actors are."""

from datetime import date

import pytest

from eventwire.attributes.actor_places import locate_actors
from eventwire.attributes.places import find_places, load_gazetteer, locate_events
from eventwire.schema import Actor, ActorRef, Event, Span

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def ref(text, phrase, *, country=None, actor=None):
    start = text.index(phrase)
    return ActorRef(actor=actor, text=phrase, start=start, end=start + len(phrase), country=country)


def event(parsed, trigger, *, source=(), target=(), historical=False, occurrence=0):
    start = -1
    for _ in range(occurrence + 1):
        start = parsed.text.index(trigger, start + 1)
    token = parsed.doc.char_span(start, start + len(trigger), alignment_mode="expand")[0]
    return Event(id="e1", sentence=parsed.sentence_index(token), trigger=Span(trigger, start, start + len(trigger)),
                 source=list(source), target=list(target), cameo="042", root="04", quad_class=1, goldstein=1.9,
                 plover="CONSULT", historical=historical)


def located(parse_text, gazetteer, text, trigger, *, actors=(), **options):
    parsed = parse_text(text, published=date(2021, 4, 8))
    found = event(parsed, trigger, **{key: [ref(text, p) for p in value] if key in ("source", "target") else value
                                      for key, value in options.items()})
    places = find_places(parsed, gazetteer=gazetteer, actors=list(actors))
    locate_events(parsed, [found], places, actors=list(actors))
    return found


def where(found):
    return (found.location.text if found.location else None), found.location_source


def test_place_attached_to_the_event(parse_text, gazetteer):
    text = "The US envoy met Turkish officials in Ankara on Tuesday."
    assert where(located(parse_text, gazetteer, text, "met", source=["The US envoy"])) == ("Ankara", "event")


def test_place_inside_the_event_clause(parse_text, gazetteer):
    text = "Diplomats met at the UN in New York to discuss Syria."
    assert where(located(parse_text, gazetteer, text, "met"))[0] == "New York"


def test_a_destination_is_the_place_even_when_it_is_the_target(parse_text, gazetteer):
    text = "This is the first visit by a Russian foreign minister to Islamabad for nearly a decade."
    found = located(parse_text, gazetteer, text, "visit", source=["a Russian foreign minister"], target=["Islamabad"])
    assert where(found) == ("Islamabad", "event")


def test_a_place_that_only_names_an_actor_is_no_location(parse_text, gazetteer):
    text = "The US envoy condemned the attack."
    assert where(located(parse_text, gazetteer, text, "condemned", source=["The US envoy"])) == (None, None)


def test_calling_on_a_country_is_no_place(parse_text, gazetteer):
    text = "He called on Russia to help create a ceasefire zone."
    assert where(located(parse_text, gazetteer, text, "called", target=["Russia"]))[0] != "Russia"


def test_a_place_naming_the_happening(parse_text, gazetteer):
    text = "The Raqqa offensive ended after four months."
    assert where(located(parse_text, gazetteer, text, "offensive")) == ("Raqqa", "event")


def test_the_most_specific_place_wins(parse_text, gazetteer):
    text = "Turkey warned against an attack on Syria's Idlib province."
    assert where(located(parse_text, gazetteer, text, "attack", source=["Turkey"]))[0] == "Idlib"


def test_a_place_of_the_sentence(parse_text, gazetteer):
    text = "As fighting raged in Syria, Russia condemned the strikes."
    assert where(located(parse_text, gazetteer, text, "condemned", source=["Russia"])) == ("Syria", "sentence")


def test_the_dateline_locates_what_the_sentence_does_not(parse_text, gazetteer):
    text = "ANKARA (Reuters) - Turkey condemned the strikes. Officials said more talks were needed."
    found = located(parse_text, gazetteer, text, "said")
    assert where(found) == ("ANKARA", "article")


def test_the_lead_event_place_is_the_article_place(parse_text, gazetteer):
    text = ("On his visit to Pakistan, Lavrov promised military gear. The situation in Afghanistan worries "
            "both. Prime Minister Imran Khan also met with the Russian minister.")
    found = located(parse_text, gazetteer, text, "met", source=["Prime Minister Imran Khan"])
    assert where(found) == ("Pakistan", "article")


def test_a_historical_event_takes_no_article_place(parse_text, gazetteer):
    text = "ANKARA (Reuters) - Turkey condemned the strikes. Officials recalled that the two sides had clashed."
    assert where(located(parse_text, gazetteer, text, "clashed", historical=True)) == (None, None)


def test_actor_geography(parse_text, gazetteer):
    text = "The US envoy met Kurdish fighters in Raqqa, Russian diplomats and UN officials."
    parsed = parse_text(text, published=date(2021, 4, 8))
    envoy, fighters = ref(text, "The US envoy", country="USA"), ref(text, "Kurdish fighters")
    russians = ref(text, "Russian diplomats", country="RUS")
    nobody = ref(text, "UN officials", country="IGO")
    found = event(parsed, "met", source=[envoy], target=[fighters, russians, nobody])
    places = find_places(parsed, gazetteer=gazetteer, actors=[])
    locate_actors(parsed, [found], places, gazetteer=gazetteer)
    assert envoy.location.text == "US" and envoy.location.start == text.index("US")  # stated in its name
    assert fighters.location.text == "Raqqa"                                          # stated beside it
    assert russians.location.text == "Russia" and russians.location.start is None      # its country's centre
    assert russians.location.lat is not None and russians.location.country == "RUS"
    assert nobody.location is None                                                    # IGO: no country


def test_actor_country_named_in_the_text_points_there(parse_text, gazetteer):
    text = "Officials in Pakistan said Moscow would help. The Russian envoy agreed."
    parsed = parse_text(text, published=date(2021, 4, 8))
    envoy = ref(text, "The Russian envoy", country="PAK")
    found = event(parsed, "agreed", source=[envoy])
    locate_actors(parsed, [found], find_places(parsed, gazetteer=gazetteer, actors=[]), gazetteer=gazetteer)
    assert envoy.location.text == "Pakistan" and envoy.location.start == text.index("Pakistan")
