"""Dates: the article's publication date, and when each event happened.

An event takes a date expression (a spaCy DATE entity) of its own clause: one the parse attaches to
its trigger, else the nearest one whose nearest governing verb is the trigger's. A date inside another
clause ("under an agreement Washington signed a year ago") dates that clause's happening, not this one.
Without one, events the article asserts or reports (and negated ones) take the publication date — news
reports what just happened — while intended and hypothetical events get None: their time is unknown.
Each date keeps its precision (`date_precision`: day, month or year; see date_expressions.py).
Finally an event dated only by that fallback takes the explicit date of another mention of the same
happening in the document ("his visit to Pakistan" … "the visit of the Russian FM on April 6-7").
"""

from __future__ import annotations

from datetime import date, datetime

from spacy.tokens import Span as SpacySpan

from eventwire.attributes.date_expressions import resolve_with_precision
from eventwire.attributes.triggers import trigger_token
from eventwire.errors import InputError
from eventwire.events.linking import same_happening
from eventwire.nlp import Parsed, entities_within
from eventwire.schema import Event

FUTURE_MODALITIES = {"intended", "hypothetical"}


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
    explicit: list[Event] = []
    fallback: list[Event] = []
    for event in events:
        future = event.modality in FUTURE_MODALITIES
        found = None
        for expression in _date_expressions(parsed, event):
            found = resolve_with_precision(expression.text, base=parsed.published, future=future)
            if found is not None:
                break
        if found is not None:
            explicit.append(event)
        elif not future and parsed.published is not None:
            found = (parsed.published, None, "day")
            fallback.append(event)
        event.date = found[0].isoformat() if found else None
        event.date_end = found[1].isoformat() if found and found[1] else None
        event.date_precision = found[2] if found else None
    _share_dates(fallback, explicit)


def _share_dates(fallback: list[Event], explicit: list[Event]) -> None:
    for event in fallback:
        twin = next((other for other in explicit if same_happening(event, other)), None)
        if twin is not None:
            event.date, event.date_end, event.date_precision = twin.date, twin.date_end, twin.date_precision


def _date_expressions(parsed: Parsed, event: Event) -> list[SpacySpan]:
    """DATE entities of the event's sentence, best first: attached to the trigger (fewest steps up
    the parse), then the others by distance from the trigger."""
    sentence = parsed.sentences[event.sentence]
    trigger = trigger_token(parsed.doc, event.trigger)
    clause = _clause_head(trigger) if trigger is not None else None
    dates = [ent for ent in entities_within(sentence)
             if ent.label_ == "DATE" and not _names_a_thing(ent)
             and (clause is None or _clause_head(ent.root) == clause)]

    def rank(ent: SpacySpan) -> tuple[int, int]:
        steps = _steps_below(ent.root, trigger)
        distance = min(abs(ent.start_char - event.trigger.end), abs(event.trigger.start - ent.end_char))
        return (steps if steps is not None else 100, distance)

    return sorted(dates, key=rank)


def _names_a_thing(ent: SpacySpan) -> bool:
    """A date inside a noun phrase says which thing, not when the event happened: "after the 2022
    floods", "the 1951 treaty"."""
    root = ent.root
    return root.dep_ in ("compound", "amod", "nummod", "nmod") and root.head.pos_ in ("NOUN", "PROPN") \
        and root.head.i >= ent.end


def _clause_head(token):
    """The nearest verb at or above `token` (the sentence root when there is none)."""
    while token.pos_ not in ("VERB", "AUX") and token.head != token:
        token = token.head
    return token


def _steps_below(token, ancestor) -> int | None:
    """How many heads up from `token` to `ancestor`, or None when `ancestor` does not govern it."""
    if ancestor is None:
        return None
    steps = 0
    while token != ancestor:
        if token.head == token:
            return None
        token, steps = token.head, steps + 1
    return steps
