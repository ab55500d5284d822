"""History is not news: an event dated more than HISTORY_DAYS before its own article.

Such an event ("Britain over Suez in 1956", "since the 1979 revolution", "In July 2017, reports
emerged") keeps its real date and is flagged `historical`; the store keeps it out of current events
(docs/store.md). Decided per mention, against that mention's article: the same day can be news in one
article and history in a later one.
"""

from __future__ import annotations

from datetime import date, timedelta

from eventwire.schema import Event

HISTORY_DAYS = 30


def is_historical(event: Event, published: date | None) -> bool:
    """Dated, the whole range (its last day) more than HISTORY_DAYS before the article."""
    if event.date is None or published is None:
        return False
    last_day = date.fromisoformat(event.date_end or event.date)
    return last_day < published - timedelta(days=HISTORY_DAYS)
