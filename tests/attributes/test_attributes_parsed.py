"""Model-backed tests: quotes, event dates, places, locations and quantities on parsed text."""

from datetime import date

import pytest

from eventwire.attributes.dates import date_events
from eventwire.attributes.places import find_places, load_gazetteer, locate_events
from eventwire.attributes.quantities import attach_quantities
from eventwire.attributes.quotes import find_quotes
from eventwire.attributes.tone import load_tone_lexicon, score_tone
from eventwire.schema import Actor, ActorRef, Event, Span

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def span_of(text, phrase, occurrence=0):
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def make_event(parsed, trigger, *, source=None, target=None, modality="asserted", occurrence=0):
    start, end = span_of(parsed.text, trigger, occurrence)
    token = parsed.doc.char_span(start, end, alignment_mode="expand")[0]
    refs = []
    for phrase in (source, target):
        if phrase:
            p_start, p_end = span_of(parsed.text, phrase)
            refs.append([ActorRef(actor=None, text=phrase, start=p_start, end=p_end)])
        else:
            refs.append([])
    return Event(id="e1", sentence=parsed.sentence_index(token), trigger=Span(trigger, start, end),
                 source=refs[0], target=refs[1], cameo="040", root="04", quad_class=1, goldstein=1.0,
                 plover="CONSULT", modality=modality)


def actor(text, actor_id, name, *phrases, country=None):
    mentions = [list(span_of(text, phrase)) for phrase in phrases]
    return Actor(id=actor_id, name=name, kind="person", country=country, mentions=mentions)


def test_quote_speaker_resolves_pronoun_through_mentions(parse_text):
    text = ("Foreign Minister Ana Ruiz arrived in Lima on Monday. She said the talks “went very well "
            "for both sides,” adding that more meetings would follow.")
    parsed = parse_text(text, published=date(2021, 5, 12))
    ruiz = actor(text, "a1", "Ana Ruiz", "Ana Ruiz", "She")
    quotes = find_quotes(parsed, [ruiz])
    direct = [q for q in quotes if q.kind == "direct"]
    assert [q.text for q in direct] == ["went very well for both sides,"]
    assert direct[0].speaker.actor == "a1" and direct[0].cue.text == "said"


def test_inverted_attribution_and_statement_speaker(parse_text):
    text = ("“The border is calm,” said General Omar Haddad. “We will not accept this,” a foreign "
            "ministry statement said.")
    quotes = find_quotes(parse_text(text), [])
    speakers = [q.speaker.text for q in quotes if q.kind == "direct"]
    assert speakers[0] == "Omar Haddad"
    assert "foreign ministry statement" in speakers[1]


def test_indirect_quote(parse_text):
    text = "The minister said that his country aims to build stronger ties with Japan."
    quotes = find_quotes(parse_text(text), [])
    assert len(quotes) == 1 and quotes[0].kind == "indirect"
    assert quotes[0].text == "his country aims to build stronger ties with Japan"
    assert quotes[0].speaker.text == "The minister"


def test_event_dates_from_sentence_and_fallbacks(parse_text):
    text = ("The president met the envoy on Tuesday. The two sides signed a deal. "
            "They will meet again next month. They may hold talks.")
    parsed = parse_text(text, published=date(2021, 4, 8))
    met = make_event(parsed, "met")
    signed = make_event(parsed, "signed")
    meet = make_event(parsed, "meet", modality="intended")
    talks = make_event(parsed, "hold", modality="hypothetical")
    date_events(parsed, [met, signed, meet, talks])
    assert (met.date, met.date_end, met.date_source) == ("2021-04-06", None, "expression")
    assert (signed.date, signed.date_source) == ("2021-04-08", "published")   # no date: published, said so
    assert meet.date is not None and meet.date.startswith("2021-05") and meet.date_source == "expression"
    assert (talks.date, talks.date_source) == ("2021-04-08", "published")     # hypothetical too


def test_places_demonyms_and_disambiguation(parse_text, gazetteer):
    text = ("Pakistani officials said floods hit Hyderabad and Karachi in Pakistan, "
            "while Russian aid arrived in Indian-controlled Jammu and Kashmir.")
    places = find_places(parse_text(text), gazetteer=gazetteer, actors=[])
    by_text = {p.text: p for p in places}
    assert "Pakistani" not in by_text and "Russian" not in by_text
    assert by_text["Hyderabad"].country == "PAK"
    assert by_text["Karachi"].feature == "city"
    assert by_text["Jammu and Kashmir"].feature == "admin1" and by_text["Jammu and Kashmir"].country == "IND"


def test_unresolvable_toponym_keeps_its_span(parse_text, gazetteer):
    text = "Troops gathered near Zxqvillea Ridge in Syria."
    places = find_places(parse_text(text), gazetteer=gazetteer, actors=[])
    assert any(p.country == "SYR" for p in places)
    for place in places:
        assert text[place.start:place.end] == place.text


def test_feature_words_alone_never_stand_for_a_longer_name(parse_text, gazetteer):
    # GeoNames has alternate names "River" (New Brunswick, NJ) and "Airport" (a Hawaii town): the part
    # of an unknown name that is read must be its own name ("Sacramento"), not its feature word
    text = "Officials warned that the Sacramento River would flood farms near Davis in California."
    places = find_places(parse_text(text), gazetteer=gazetteer, actors=[])
    river = next(p for p in places if "Sacramento" in p.text)
    assert river.name == "Sacramento" and river.admin1 == "CA"


def test_location_prefers_locative_place_over_participant(parse_text, gazetteer):
    text = "Russia and China held talks in Geneva on Monday."
    parsed = parse_text(text, published=date(2021, 4, 8))
    event = make_event(parsed, "held", source="Russia", target="China")
    places = find_places(parsed, gazetteer=gazetteer, actors=[])
    locate_events(parsed, [event], places)
    assert event.location.text == "Geneva" and event.location.country == "CHE"


def test_location_is_none_when_only_participants_are_places(parse_text, gazetteer):
    text = "Russia criticized Ukraine."
    parsed = parse_text(text)
    event = make_event(parsed, "criticized", source="Russia", target="Ukraine")
    locate_events(parsed, [event], find_places(parsed, gazetteer=gazetteer, actors=[]))
    assert event.location is None


def test_quantities_in_the_event_clause_only(parse_text):
    text = ("The government sent 2 lakh doses and $3 billion in aid, officials said in 2021. "
            "Separately, 40 people were hurt.")
    parsed = parse_text(text)
    event = make_event(parsed, "sent")
    attach_quantities(parsed, [event])
    assert [(q.value, q.unit) for q in event.quantities] == [(200000, "doses"), (3e9, "USD")]


def test_tone_counts_content_sentences(parse_text):
    tone = score_tone(parse_text("A terrible war killed many. Peace talks brought hope."),
                      lexicon=load_tone_lexicon())
    assert tone.negative > 0 and tone.positive > 0
    assert tone.score == round(tone.positive - tone.negative, 2)


def test_a_date_in_another_clause_does_not_date_the_event(parse_text):
    text = "The minister's trip comes amid a deadline under an agreement Washington signed a year ago."
    parsed = parse_text(text, published=date(2021, 4, 8))
    trip = make_event(parsed, "trip")
    signed = make_event(parsed, "signed")
    date_events(parsed, [trip, signed])
    assert signed.date == "2020-04-08"
    assert trip.date == "2021-04-08"               # the publication date, not "a year ago"


def test_an_undated_mention_takes_the_date_of_its_twin(parse_text):
    text = "On his visit to Kabul, the envoy praised the talks. The visit of the envoy on May 3-4 was short."
    parsed = parse_text(text, published=date(2021, 5, 6))
    first = make_event(parsed, "visit", source="his", target="Kabul")
    second = make_event(parsed, "visit", source="the envoy", occurrence=1)
    for event, ref in ((first, first.source[0]), (second, second.source[0])):
        ref.actor = "a1"
    first.cameo = second.cameo = "042"
    date_events(parsed, [first, second])
    assert (second.date, second.date_end) == ("2021-05-03", "2021-05-04")
    assert (first.date, first.date_end) == ("2021-05-03", "2021-05-04")


def test_home_country_and_named_state_disambiguate(parse_text, gazetteer):
    text = ("Storms hit Tyler and Palestine in Texas on Monday. Officials in Athens said roads near "
            "Dallas were closed.")
    places = {place.text: place for place in find_places(parse_text(text), gazetteer=gazetteer, actors=[])}
    assert places["Athens"].country == "USA" and places["Athens"].admin1 == "TX"
    assert places["Palestine"].country == "USA"


def test_event_tone_reads_the_event_clause(parse_text):
    from eventwire.attributes.tone import score_event_tone

    parsed = parse_text("The ministers praised the excellent agreement, but rebels killed ten villagers.")
    lexicon = load_tone_lexicon()
    start = parsed.text.index("killed")
    event = Event(id="e1", sentence=0, trigger=Span("killed", start, start + 6), source=[], target=[],
                  cameo="190", root="19", quad_class=4, goldstein=-10.0, plover="FIGHT", confidence=0.5)
    assert score_event_tone(parsed, event, lexicon=lexicon).score < 0


def test_a_year_naming_a_thing_does_not_date_the_event(parse_text):
    text = "The minister thanked Chile for its help after the 2022 floods."
    parsed = parse_text(text, published=date(2025, 2, 13))
    thanked = make_event(parsed, "thanked")
    date_events(parsed, [thanked])
    assert thanked.date == "2025-02-13"
