"""The article's main event, and the undated events whose sentences continue its story.

A news story leads with its main event ("On his crucial visit to Pakistan, Russian Foreign Minister
Sergey Lavrov ...") and tells the rest of that happening in later sentences without repeating its
date ("Prime Minister Imran Khan also met with the Russian FM"). Such an event takes the main event's
date (`date_source: context`) when:
- the main event is the first asserted or reported event of the lead (the first LEAD_SENTENCES content
  sentences) that has a date of its own text (an expression, or a twin's) and is news, not history (a
  lead recalling "the 1962 missile crisis" sets no date for the rest);
- the event stands in the main event's sentence and is told in a past tense (tense.py), or comes in a
  later sentence, told in the simple past (not "has/had vetoed", not "previously vetoed": a past
  apart from the story) and sharing an actor with it;
- its sentence names no time outside the main event's (a sentence about "2014" is elsewhere in time).
Events told in the present tense ("Russia says", "Moscow wants") are about the time of writing, and
keep the publication date.
"""

from __future__ import annotations

from datetime import date

from eventwire.attributes.date_mentions import date_mentions
from eventwire.attributes.history import is_historical
from eventwire.attributes.tense import PAST, clause_tense, clause_verb, perfect
from eventwire.attributes.triggers import trigger_token
from eventwire.nlp import Parsed
from eventwire.schema import Event

LEAD_SENTENCES = 3
REPORTED_MODALITIES = ("asserted", "reported")
CONTEXT = "context"
NOT_THE_LEAD = "not_the_lead"  # Parsed.memo key: a long document's later window holds no lead
DATED_BY_TEXT = ("expression", "context")
BACKGROUND_ADVERBS = {"previously", "already", "formerly", "once", "earlier", "originally", "long", "ever",
                      "never", "repeatedly", "often", "always"}


def continue_main_event(parsed: Parsed, events: list[Event]) -> None:
    """Give the undated events that continue the main event its date."""
    main = main_event(parsed, events)
    if main is None:
        return
    span = _span(main)
    shifted = _sentences_elsewhere_in_time(parsed, span)
    for event in events:
        if event.date is None and _continues(parsed, event, main) and event.sentence not in shifted:
            event.date, event.date_end, event.date_precision = main.date, main.date_end, main.date_precision
            event.date_source = CONTEXT


def main_event(parsed: Parsed, events: list[Event]) -> Event | None:
    if parsed.memo.get(NOT_THE_LEAD):
        return None
    lead = set(sorted(parsed.content)[:LEAD_SENTENCES])
    candidates = [event for event in events if event.sentence in lead and event.modality in REPORTED_MODALITIES
                  and event.date_source in DATED_BY_TEXT and not is_historical(event, parsed.published)]
    return min(candidates, key=lambda event: (event.sentence, event.trigger.start), default=None)


def _continues(parsed: Parsed, event: Event, main: Event) -> bool:
    if event is main or event.sentence < main.sentence:
        return False
    trigger = trigger_token(parsed.doc, event.trigger)
    if trigger is None or clause_tense(trigger) != PAST:
        return False
    if event.sentence == main.sentence:
        return True
    return not perfect(trigger) and not _background(trigger) and bool(_actors(event) & _actors(main))


def _background(trigger) -> bool:
    """ "previously vetoed", "had already reopened", "once ruled": told as background to the story."""
    return any(child.dep_ == "advmod" and child.lower_ in BACKGROUND_ADVERBS for child in clause_verb(trigger).children)


def _actors(event: Event) -> set[str]:
    return {ref.actor for ref in event.source + event.target if ref.actor is not None}


def _span(event: Event) -> tuple[date, date]:
    start = date.fromisoformat(event.date)
    return start, date.fromisoformat(event.date_end) if event.date_end else start


def _sentences_elsewhere_in_time(parsed: Parsed, span: tuple[date, date]) -> set[int]:
    """Sentences with a time expression whose reading does not overlap the main event's dates."""
    elsewhere = set()
    for mention in date_mentions(parsed):
        found = mention.resolve(published=parsed.published, future=False)
        if found is not None and (found[0] > span[1] or (found[1] or found[0]) < span[0]):
            elsewhere.add(mention.sentence)
    return elsewhere
