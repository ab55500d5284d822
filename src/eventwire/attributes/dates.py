"""Dates: the article's publication date, and when each event happened.

Each event takes the first of these that gives a date; `date_source` says which:
1. `expression` - a time expression of its own clause (date_mentions.py: "on Tuesday", "April 6-7",
   "last week", "in 1956", "since the 1979 revolution"), resolved against the publication date in the
   direction its verb group points (tense.py): a past-tense "on Friday" in a Monday article is the
   Friday before, "will meet on Friday" the Friday after;
2. `context` - inherited: from the clause governing its own ("said on Tuesday that the rebels had
   attacked"), from another mention of the same happening that has an expression ("his visit to
   Pakistan" ... "the visit of the Russian FM on April 6-7"), or from the article's main event when
   its sentence continues that story (date_context.py);
3. `published` - the publication date. `date` is null only when the article has none.
Each date keeps its precision (`date_precision`: day, month or year; see date_expressions.py).

A resolved date never lies after the publication date for an event the article tells as having
happened (modality asserted, reported or negated): such a reading is dropped and the next one tried.
An event whose date lies more than HISTORY_DAYS before its own article (the whole range, for a range)
is history, not news: it keeps its date and gets `historical: true` (decided per mention, against its
own article; the store keeps it out of current events).
"""

from __future__ import annotations

from datetime import date, datetime

from eventwire.attributes.date_context import continue_main_event
from eventwire.attributes.history import HISTORY_DAYS, is_historical  # noqa: F401  (HISTORY_DAYS: public)
from eventwire.attributes.date_mentions import DateMention, governing_mentions, own_mentions, points_forward
from eventwire.attributes.triggers import trigger_token
from eventwire.errors import InputError
from eventwire.events.linking import same_happening
from eventwire.nlp import Parsed
from eventwire.schema import Event

FUTURE_MODALITIES = {"intended", "hypothetical"}
EXPRESSION, CONTEXT, PUBLISHED = "expression", "context", "published"


def parse_published(value: str | None, *, doc_id: str) -> date | None:
    """An ISO 8601 date or datetime ("2021-04-08", "2021-04-08T10:30:00Z") as a date."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    try:
        if len(text) <= 10:
            return date.fromisoformat(text)
        return datetime.fromisoformat(text).date()
    except ValueError:
        raise InputError("E110", doc_id, f"`published` is not an ISO 8601 date or datetime: {value!r}") \
            from None


def date_events(parsed: Parsed, events: list[Event]) -> None:
    """Sets `date`, `date_end`, `date_precision`, `date_source` and `historical` of every event."""
    published = parsed.published
    for event in events:
        _set_date(event, None, None)
        trigger = trigger_token(parsed.doc, event.trigger)
        future_modality = event.modality in FUTURE_MODALITIES
        forward = points_forward(trigger, modality_future=future_modality) if trigger is not None else future_modality
        own = own_mentions(parsed, trigger, event.sentence, event.trigger.start, event.trigger.end)
        found = _first_fitting(own, event, published, future=forward)
        if found is not None:
            _set_date(event, found, EXPRESSION)
        elif not forward:
            governing = governing_mentions(parsed, trigger, event.sentence)
            found = _first_fitting(governing, event, published, future=False)
            _set_date(event, found, CONTEXT if found else None)
    _share_with_twins(events)
    continue_main_event(parsed, events)
    for event in events:
        if event.date is None and published is not None:
            _set_date(event, (published, None, "day"), PUBLISHED)
        event.historical = is_historical(event, published)


def _first_fitting(mentions: list[DateMention], event: Event, published: date | None, *, future: bool):
    """The first mention's reading that an event of this modality can have: for an event that happened,
    a forward reading after the article gives way to the past one (an infinitive or a present tense
    points forward only mostly: "a deal to avoid an assault in September", in a December article). A
    range ending after the article ("earlier this year") ends at the article for such an event."""
    happened = event.modality not in FUTURE_MODALITIES
    for mention in mentions:
        for direction in (future, False) if future and happened else (future,):
            found = mention.resolve(published=published, future=direction)
            if found is not None and not (happened and _after(found[0], published)):
                start, end, precision = found
                if end is not None and happened and _after(end, published):
                    end = published if published > start else None
                return start, end, precision
    return None


def _after(day: date, published: date | None) -> bool:
    return published is not None and day > published


def _share_with_twins(events: list[Event]) -> None:
    """An undated mention takes the date of another mention of the same happening that has its own."""
    dated = [event for event in events if event.date_source == EXPRESSION]
    for event in events:
        if event.date is None:
            twin = next((other for other in dated if same_happening(event, other)), None)
            if twin is not None:
                event.date, event.date_end, event.date_precision = twin.date, twin.date_end, twin.date_precision
                event.date_source = CONTEXT


def _set_date(event: Event, found, source: str | None) -> None:
    event.date = found[0].isoformat() if found else None
    event.date_end = found[1].isoformat() if found and found[1] else None
    event.date_precision = found[2] if found else None
    event.date_source = source if found else None
