"""Model-backed tests: an event's own date and its precision; per-event tone in the record."""

from datetime import date

import pytest

from eventwire.attributes.dates import date_events
from eventwire.pipeline import extract_document
from eventwire.schema import DocInput, Event, Span

pytestmark = pytest.mark.slow

PUBLISHED = date(2021, 4, 8)


def event_at(parsed, trigger, *, modality="asserted"):
    start = parsed.text.index(trigger)
    token = parsed.doc.char_span(start, start + len(trigger), alignment_mode="expand")[0]
    return Event(id="e1", sentence=parsed.sentence_index(token), trigger=Span(trigger, start, start + len(trigger)),
                 source=[], target=[], cameo="040", root="04", quad_class=1, goldstein=1.0, plover="CONSULT",
                 modality=modality)


@pytest.mark.parametrize("text, trigger, expected", [
    ("The two ministers met last month in Geneva.", "met", ("2021-03-01", "2021-03-31", "month")),
    ("The rebels attacked the town on Tuesday.", "attacked", ("2021-04-06", None, "day")),
    ("The treaty was signed a year ago by both sides.", "signed", ("2020-04-08", None, "year")),
    ("The two ministers met in Geneva.", "met", ("2021-04-08", None, "day")),  # the article's date
])
def test_event_date_and_precision(parse_text, text, trigger, expected):
    parsed = parse_text(text, published=PUBLISHED)
    event = event_at(parsed, trigger)
    date_events(parsed, [event])
    assert (event.date, event.date_end, event.date_precision) == expected


def test_intended_event_without_date_takes_the_publication_date_marked_so(parse_text):
    parsed = parse_text("The ministers will meet to discuss trade.", published=PUBLISHED)
    event = event_at(parsed, "meet", modality="intended")
    date_events(parsed, [event])
    assert (event.date, event.date_precision, event.date_source) == ("2021-04-08", "day", "published")


def test_without_publication_date_an_undated_event_has_no_date(parse_text):
    parsed = parse_text("The ministers met to discuss trade.", published=None)
    event = event_at(parsed, "met")
    date_events(parsed, [event])
    assert (event.date, event.date_precision, event.date_source, event.historical) == (None, None, None, False)


def test_records_carry_event_tone_and_precision(resources):
    text = ("Russian Foreign Minister Sergey Lavrov met Pakistani Prime Minister Imran Khan in Islamabad "
            "on Wednesday. Russia condemned the brutal attack on its embassy in Kabul last month.")
    record = extract_document(DocInput(id="d1", text=text, published="2021-04-08"), resources=resources)
    assert record.error is None and record.events
    for event in record.events:
        assert isinstance(event.tone, float)
        assert event.date_precision in ("day", "month", "year")
    assert any(event.tone < 0 for event in record.events)  # "condemned the brutal attack"
