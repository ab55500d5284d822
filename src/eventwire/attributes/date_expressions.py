"""Turn one date expression ("April 6-7", "last Tuesday", "a year ago") into a date or date range.

Pure string functions resolved against a base date (the article's publication date). Ranges,
month/year-only expressions, weekdays and named periods ("last week", "next month", "this year") are
handled here, before dateparser, which misreads ranges ("April 6-7" -> April 8 and June 7), turns
durations ("about a decade") into dates and gives "last month" a day it does not know.

Each resolution carries its precision: "day" (a day or a range of days: "April 6-7", "last week"),
"month" ("March", "last month", "two months ago") or "year" ("2019", "last year", "a year ago").
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta
from functools import lru_cache

DateRange = tuple[date, date | None]
Resolved = tuple[date, date | None, str]  # start, end (ranges), precision: "day" | "month" | "year"

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
PERIOD = re.compile(r"(?:(?:earlier|later)\s+)?(?P<which>last|next|this|past|previous|coming|current)\s+"
                    r"(?P<unit>week|weekend|month|year)$")
AGO = re.compile(r"(?P<count>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)\s+"
                 r"(?P<unit>day|week|month|year)s?\s+(?P<way>ago|earlier|before|later|from now|hence)$")
COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "a few": 3, "several": 3}
UNDATABLE = re.compile(r"\b(?:\d*0'?s|decades?|centur(?:y|ies)|annual|annually|daily|weekly|monthly|old|"
                       r"recent|years?-long|age)\b", re.I)


def resolve_expression(text: str, *, base: date | None, future: bool = False) -> DateRange | None:
    """(date, end date or None) for a date expression, or None when it names no datable time."""
    found = resolve_with_precision(text, base=base, future=future)
    return (found[0], found[1]) if found is not None else None


def resolve_with_precision(text: str, *, base: date | None, future: bool = False) -> Resolved | None:
    """(date, end date or None, precision) for a date expression, or None."""
    cleaned = LEADING_WORDS.sub("", " ".join(text.lower().replace(",", ", ").split())).strip(" .,")
    cleaned = re.sub(r"\s+,", ",", cleaned)
    if not cleaned or (DURATION.search(cleaned) and not ANCHORS.search(cleaned)):
        return None
    for resolver, precision in ((_range, "day"), (_month_only, "month"), (_year_only, "year"),
                                (_weekday, "day")):
        found = resolver(cleaned, base=base, future=future)
        if found is not None:
            return found[0], found[1], precision
    relative = _period(cleaned, base=base) or _ago(cleaned, base=base)
    if relative is not None:
        return relative
    if UNDATABLE.search(cleaned) or base is None and not re.search(r"\d{4}", cleaned):
        return None
    found = _dateparser(cleaned, base=base, future=future)
    return (found[0], found[1], _precision_of(cleaned)) if found is not None else None


def _period(text: str, *, base: date | None) -> Resolved | None:
    """ "last week" (Monday to Sunday), "next month", "this year": the whole named period."""
    match = PERIOD.match(text)
    if match is None or base is None:
        return None
    step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(match["which"], 0)
    unit = match["unit"]
    if unit in ("week", "weekend"):
        monday = base - timedelta(days=base.weekday()) + timedelta(weeks=step)
        if unit == "weekend":
            return monday + timedelta(days=5), monday + timedelta(days=6), "day"
        return monday, monday + timedelta(days=6), "day"
    if unit == "month":
        year, month = divmod(base.year * 12 + base.month - 1 + step, 12)
        return date(year, month + 1, 1), date(year, month + 1, calendar.monthrange(year, month + 1)[1]), "month"
    return date(base.year + step, 1, 1), date(base.year + step, 12, 31), "year"


def _ago(text: str, *, base: date | None) -> Resolved | None:
    """ "three days ago", "two months earlier", "a year ago": the base date moved back (or forward);
    precise to the unit counted."""
    match = AGO.match(text)
    if match is None or base is None:
        return None
    count = int(match["count"]) if match["count"].isdigit() else COUNTS[match["count"]]
    sign = 1 if match["way"] in ("later", "from now", "hence") else -1
    unit = match["unit"]
    if unit in ("day", "week"):
        return base + sign * timedelta(days=count * (7 if unit == "week" else 1)), None, "day"
    if unit == "month":
        year, month = divmod(base.year * 12 + base.month - 1 + sign * count, 12)
        day = min(base.day, calendar.monthrange(year, month + 1)[1])
        return date(year, month + 1, day), None, "month"
    year = base.year + sign * count
    return date(year, base.month, min(base.day, calendar.monthrange(year, base.month)[1])), None, "year"


def _precision_of(text: str) -> str:
    """What a dateparser reading is precise to: a day when the words name one, else month or year."""
    if re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\b|today|tomorrow|yesterday|tonight|day", text) \
            or WEEKDAY.search(text):
        return "day"
    if any(re.search(rf"\b{re.escape(name)}\b", text) for name in MONTHS) or "month" in text:
        return "month"
    return "year" if re.search(r"\b\d{4}\b|year", text) else "day"


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
