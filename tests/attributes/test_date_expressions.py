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
    ("March 30 - April 2", (date(2021, 3, 30), date(2021, 4, 2))),
    ("March 3 to 5, 2019", (date(2019, 3, 3), date(2019, 3, 5))),
])
def test_ranges_are_read_before_dateparser(text, expected):
    assert resolve_expression(text, base=PUBLISHED) == expected


def test_a_coming_range_is_no_past_date():
    assert resolve_expression("April 30 - May 2", base=PUBLISHED, future=True) == (date(2021, 4, 30), date(2021, 5, 2))
    assert resolve_expression("April 30 - May 2", base=PUBLISHED) is None


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


# -- direction, anchors and what is no date (date_expressions.py) ------------------------------------

MONDAY = date(2021, 4, 12)


def test_a_weekday_lies_on_the_side_of_the_publication_day_the_tense_points_to():
    assert resolve_expression("on Friday", base=MONDAY) == (date(2021, 4, 9), None)              # met on Friday
    assert resolve_expression("on Friday", base=MONDAY, future=True) == (date(2021, 4, 16), None)  # will meet
    assert resolve_expression("on Monday", base=MONDAY) == (MONDAY, None)                        # the day itself
    assert resolve_expression("last Monday", base=MONDAY) == (date(2021, 4, 5), None)


@pytest.mark.parametrize("text", ["19", "24", "aged 17", "now aged 93"])
def test_ages_and_bare_numbers_are_no_dates(text):
    assert resolve_expression(text, base=PUBLISHED) is None


@pytest.mark.parametrize("text, expected", [
    ("2014-2017", (date(2014, 1, 1), date(2017, 12, 31), "year")),
    ("between 2014 and 2017", (date(2014, 1, 1), date(2017, 12, 31), "year")),
    ("2014-16", (date(2014, 1, 1), date(2016, 12, 31), "year")),
    ("in 1956", (date(1956, 1, 1), date(1956, 12, 31), "year")),
    ("since 1979", (date(1979, 1, 1), date(1979, 12, 31), "year")),
])
def test_years_and_year_ranges(text, expected):
    assert resolve_with_precision(text, base=PUBLISHED) == expected


def test_a_day_without_a_year_lies_in_the_past_for_a_past_event():
    assert resolve_expression("6 September", base=PUBLISHED) == (date(2020, 9, 6), None)
    assert resolve_expression("September 6", base=PUBLISHED, future=True) == (date(2021, 9, 6), None)
    assert resolve_expression("4 April", base=PUBLISHED, future=True) == (date(2021, 4, 4), None)  # just gone


def test_a_coming_day_is_no_past_date():
    # "asking them to meet on 10 and 11 April" in an article of 8 April: no past event is dated so
    assert resolve_expression("on 10 and 11 April", base=PUBLISHED) is None
    assert resolve_expression("10 April", base=PUBLISHED) is None
    assert resolve_expression("10 April", base=PUBLISHED, future=True) == (date(2021, 4, 10), None)


def test_later_counts_from_the_narrative_time_and_never_from_the_publication_date():
    assert resolve_expression("a few years later", base=PUBLISHED) is None
    assert resolve_with_precision("a few years later", base=PUBLISHED, anchor=date(2015, 3, 1)) == (
        date(2018, 3, 1), None, "year")
    assert resolve_expression("two weeks later", base=PUBLISHED, anchor=date(2015, 3, 1)) == (date(2015, 3, 15), None)
    assert resolve_expression("two days earlier", base=PUBLISHED) == (date(2021, 4, 6), None)


@pytest.mark.parametrize("text, anchor, expected", [
    ("that May", date(2016, 8, 1), (date(2016, 5, 1), date(2016, 5, 31), "month")),
    ("that February", date(2016, 11, 20), (date(2017, 2, 1), date(2017, 2, 28), "month")),
    ("later that year", date(2016, 8, 1), (date(2016, 1, 1), date(2016, 12, 31), "year")),
    ("the next day", date(2016, 8, 1), (date(2016, 8, 2), None, "day")),
    ("the following year", date(2014, 9, 1), (date(2015, 1, 1), date(2015, 12, 31), "year")),
    ("the day before", date(2016, 8, 1), (date(2016, 7, 31), None, "day")),
    ("6 September", date(2018, 9, 1), (date(2018, 9, 6), None, "day")),   # a year from the sentence
])
def test_anaphoric_and_yearless_expressions_read_against_the_anchor(text, anchor, expected):
    assert resolve_with_precision(text, base=PUBLISHED, anchor=anchor) == expected


def test_anaphora_without_an_anchor_are_unknown():
    assert resolve_expression("that May", base=PUBLISHED) is None
    assert resolve_expression("the next day", base=PUBLISHED) is None


def test_which_expressions_count_from_the_narrative():
    from eventwire.attributes.date_expressions import counts_from_narrative, has_own_year

    assert counts_from_narrative("two weeks later") and counts_from_narrative("that May")
    assert counts_from_narrative("the next day") and not counts_from_narrative("three days ago")
    assert not counts_from_narrative("6 September") and not counts_from_narrative("next week")
    assert has_own_year("September 2018") and not has_own_year("the 1990s") and not has_own_year("last year")
