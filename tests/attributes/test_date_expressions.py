from datetime import date

import pytest

from eventwire.attributes.date_expressions import resolve_expression, resolve_with_precision
from eventwire.attributes.dates import parse_published
from eventwire.errors import InputError

PUBLISHED = date(2021, 4, 8)  # a Thursday


@pytest.mark.parametrize("text, expected", [
    ("April 6-7", (date(2021, 4, 6), date(2021, 4, 7))),
    ("on April 6-7", (date(2021, 4, 6), date(2021, 4, 7))),
    ("6-7 April 2021", (date(2021, 4, 6), date(2021, 4, 7))),
    ("April 30 - May 2", (date(2021, 4, 30), date(2021, 5, 2))),
    ("March 3 to 5, 2019", (date(2019, 3, 3), date(2019, 3, 5))),
])
def test_ranges_are_read_before_dateparser(text, expected):
    assert resolve_expression(text, base=PUBLISHED) == expected


@pytest.mark.parametrize("text, expected", [
    ("6 April 2021", date(2021, 4, 6)),
    ("2021-04-06", date(2021, 4, 6)),
    ("Sept. 11, 2001", date(2001, 9, 11)),
    ("yesterday", date(2021, 4, 7)),
    ("a year ago", date(2020, 4, 8)),
    ("three days ago", date(2021, 4, 5)),
    ("on Tuesday", date(2021, 4, 6)),
    ("last Thursday", date(2021, 4, 1)),
    ("Thursday", date(2021, 4, 8)),
])
def test_single_dates_resolve_against_published(text, expected):
    assert resolve_expression(text, base=PUBLISHED) == (expected, None)


def test_weekday_of_a_future_event_is_the_next_one():
    assert resolve_expression("on Tuesday", base=PUBLISHED, future=True) == (date(2021, 4, 13), None)
    assert resolve_expression("next Thursday", base=PUBLISHED) == (date(2021, 4, 15), None)


def test_next_month_is_after_published():
    start, _ = resolve_expression("next month", base=PUBLISHED, future=True)
    assert start.month == 5 and start.year == 2021


def test_month_and_year_only_become_ranges():
    assert resolve_expression("March", base=PUBLISHED) == (date(2021, 3, 1), date(2021, 3, 31))
    assert resolve_expression("December", base=PUBLISHED) == (date(2020, 12, 1), date(2020, 12, 31))
    assert resolve_expression("in 2019", base=PUBLISHED) == (date(2019, 1, 1), date(2019, 12, 31))


@pytest.mark.parametrize("text", ["about a decade", "two-day", "nearly a decade", "45 years old",
                                  "recent years"])
def test_durations_are_not_dates(text):
    assert resolve_expression(text, base=PUBLISHED) is None


def test_relative_expression_without_published_date_is_unknown():
    assert resolve_expression("yesterday", base=None) is None
    assert resolve_expression("6 April 2021", base=None) == (date(2021, 4, 6), None)


def test_parse_published_accepts_dates_and_datetimes():
    assert parse_published("2021-04-08", doc_id="d") == date(2021, 4, 8)
    assert parse_published("2021-04-08T22:10:00Z", doc_id="d") == date(2021, 4, 8)
    assert parse_published("2021-04-08T22:10:00+05:00", doc_id="d") == date(2021, 4, 8)
    assert parse_published(None, doc_id="d") is None


def test_parse_published_rejects_garbage_with_code_and_document():
    with pytest.raises(InputError) as caught:
        parse_published("last Tuesday", doc_id="doc-7")
    assert caught.value.code == "E110" and "doc-7" in str(caught.value)


@pytest.mark.parametrize("text, expected", [
    ("April 6-7", (date(2021, 4, 6), date(2021, 4, 7), "day")),
    ("on Tuesday", (date(2021, 4, 6), None, "day")),
    ("last week", (date(2021, 3, 29), date(2021, 4, 4), "day")),       # Monday to Sunday
    ("next week", (date(2021, 4, 12), date(2021, 4, 18), "day")),
    ("last weekend", (date(2021, 4, 3), date(2021, 4, 4), "day")),
    ("three weeks ago", (date(2021, 3, 18), None, "day")),
    ("last month", (date(2021, 3, 1), date(2021, 3, 31), "month")),
    ("next month", (date(2021, 5, 1), date(2021, 5, 31), "month")),
    ("earlier this month", (date(2021, 4, 1), date(2021, 4, 30), "month")),
    ("two months ago", (date(2021, 2, 8), None, "month")),
    ("March", (date(2021, 3, 1), date(2021, 3, 31), "month")),
    ("last year", (date(2020, 1, 1), date(2020, 12, 31), "year")),
    ("a year ago", (date(2020, 4, 8), None, "year")),
    ("in 2019", (date(2019, 1, 1), date(2019, 12, 31), "year")),
    ("6 April 2021", (date(2021, 4, 6), None, "day")),
    ("May 2020", (date(2020, 5, 1), date(2020, 5, 31), "month")),
])
def test_resolutions_keep_their_precision(text, expected):
    assert resolve_with_precision(text, base=PUBLISHED) == expected


def test_decades_are_not_dates():
    assert resolve_expression("the 1990s", base=PUBLISHED) is None


def test_named_periods_need_a_base_date():
    assert resolve_with_precision("last month", base=None) is None
