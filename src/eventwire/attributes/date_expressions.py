"""Turn one date expression ("April 6-7", "last Tuesday", "a year ago") into a date or date range.

Pure string functions resolved against a base date (the article's publication date). Ranges,
month/year-only expressions and weekdays are handled here, before dateparser, which misreads ranges
("April 6-7" -> April 8 and June 7) and turns durations ("about a decade") into dates.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta
from functools import lru_cache

DateRange = tuple[date, date | None]

MONTHS = {name.lower(): index for index, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): index for index, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): index for index, name in enumerate(calendar.day_name)}

_MONTH = r"(?P<{0}>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DASH = r"\s*(?:-|\u2013|\u2014|to|through|till|until|and)\s*"
_YEAR = r"(?:,?\s+(?P<year>\d{4}))?"
_DAY = r"(?P<{0}>\d{{1,2}})(?:st|nd|rd|th)?"

RANGE_PATTERNS = [
    # April 6-7, 2021 / April 6 to 7
    re.compile(_MONTH.format("m1") + r"\s+" + _DAY.format("d1") + _DASH + _DAY.format("d2") + _YEAR + r"$"),
    # 6-7 April 2021
    re.compile(_DAY.format("d1") + _DASH + _DAY.format("d2") + r"\s+(?:of\s+)?" + _MONTH.format("m1")
               + _YEAR + r"$"),
    # April 30 - May 2, 2021
    re.compile(_MONTH.format("m1") + r"\s+" + _DAY.format("d1") + _DASH + _MONTH.format("m2") + r"\s+"
               + _DAY.format("d2") + _YEAR + r"$"),
    # 30 April - 2 May 2021
    re.compile(_DAY.format("d1") + r"\s+" + _MONTH.format("m1") + _DASH + _DAY.format("d2") + r"\s+"
               + _MONTH.format("m2") + _YEAR + r"$"),
]
MONTH_ONLY = re.compile(r"(?:(?:early|mid|late)[\s-]+)?" + _MONTH.format("m1") + _YEAR + r"$")
YEAR_ONLY = re.compile(r"(?:(?:early|mid|late)[\s-]+)?(?P<year>(?:19|20)\d{2})$")
WEEKDAY = re.compile(r"(?:(?P<which>last|next|this|past|coming)\s+)?(?P<day>"
                     + "|".join(WEEKDAYS) + r")(?:\s+(?:morning|afternoon|evening|night))?$")
LEADING_WORDS = re.compile(r"^(?:(?:on|in|at|by|since|from|during|between|until|the|of|earlier|later)\s+)+")
# A count of time units without an anchor is a duration, not a date: "about a decade", "two-day".
DURATION = re.compile(r"\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many)"
                      r"[\s-]+(?:day|week|month|year|decade|centur)", re.I)
ANCHORS = re.compile(r"\b(?:ago|earlier|later|before|after|last|next|past|previous|coming)\b", re.I)
UNDATABLE = re.compile(r"\b(?:decades?|centur(?:y|ies)|annual|annually|daily|weekly|monthly|old|"
                       r"recent|years?-long|age)\b", re.I)


def resolve_expression(text: str, *, base: date | None, future: bool = False) -> DateRange | None:
    """(date, end date or None) for a date expression, or None when it names no datable time."""
    cleaned = LEADING_WORDS.sub("", " ".join(text.lower().replace(",", ", ").split())).strip(" .,")
    cleaned = re.sub(r"\s+,", ",", cleaned)
    if not cleaned or (DURATION.search(cleaned) and not ANCHORS.search(cleaned)):
        return None
    for resolver in (_range, _month_only, _year_only, _weekday):
        found = resolver(cleaned, base=base, future=future)
        if found is not None:
            return found
    if UNDATABLE.search(cleaned) or base is None and not re.search(r"\d{4}", cleaned):
        return None
    return _dateparser(cleaned, base=base, future=future)


def _range(text: str, *, base: date | None, future: bool) -> DateRange | None:
    for pattern in RANGE_PATTERNS:
        match = pattern.match(text)
        if match is None:
            continue
        parts = match.groupdict()
        month1 = MONTHS[parts["m1"]]
        month2 = MONTHS[parts["m2"]] if parts.get("m2") else month1
        year = int(parts["year"]) if parts.get("year") else _year_near(base, month1, future=future)
        if year is None:
            return None
        try:
            start = date(year, month1, int(parts["d1"]))
            end = date(year + (month2 < month1), month2, int(parts["d2"]))
        except ValueError:
            return None
        return (start, end) if end > start else None
    return None


def _month_only(text: str, *, base: date | None, future: bool) -> DateRange | None:
    match = MONTH_ONLY.match(text)
    if match is None:
        return None
    month = MONTHS[match["m1"]]
    year = int(match["year"]) if match["year"] else _year_near(base, month, future=future)
    if year is None:
        return None
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _year_only(text: str, *, base: date | None, future: bool) -> DateRange | None:
    match = YEAR_ONLY.match(text)
    if match is None:
        return None
    year = int(match["year"])
    return date(year, 1, 1), date(year, 12, 31)


def _weekday(text: str, *, base: date | None, future: bool) -> DateRange | None:
    match = WEEKDAY.match(text)
    if match is None or base is None:
        return None
    which = match["which"]
    forward = which in ("next", "coming") or (future and which not in ("last", "past"))
    offset = (WEEKDAYS[match["day"]] - base.weekday()) % 7
    if forward:
        return base + timedelta(days=offset or (7 if which == "next" else 0)), None
    back = (base.weekday() - WEEKDAYS[match["day"]]) % 7
    if which in ("last", "past") and back == 0:
        back = 7
    return base - timedelta(days=back), None


def _year_near(base: date | None, month: int, *, future: bool) -> int | None:
    """The year for a month named without one: the base year, unless that puts the month more than
    about half a year on the wrong side of the base date (a December event in a January article)."""
    if base is None:
        return None
    distance = month - base.month
    if not future and distance > 6:
        return base.year - 1
    if future and distance < -6:
        return base.year + 1
    return base.year


def _dateparser(text: str, *, base: date | None, future: bool) -> DateRange | None:
    found = _parse_cached(text, base, future)
    return (found, None) if found is not None else None


@lru_cache(maxsize=4096)
def _parse_cached(text: str, base: date | None, future: bool) -> date | None:
    import dateparser  # slow to import; only needed for expressions the rules above do not cover

    settings = {"PREFER_DATES_FROM": "future" if future else "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed.date() if parsed is not None else None
