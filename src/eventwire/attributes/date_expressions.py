"""Turn one date expression ("April 6-7", "last Tuesday", "a year ago") into a date or date range.

Pure string functions. Two dates resolve an expression:
- `base`, the article's publication date: deictic expressions count from it (weekdays, "last week",
  "three days ago", "yesterday"), and so do dates without a year when there is no anchor;
- `anchor`, the narrative time: the date an earlier expression of the text named ("In August 2016 ...
  that May", "a letter of September 2018 ... (attack, 6 September)", "A month later ..."). Anaphoric
  expressions ("that May", "the next day", "two weeks later") count from it and a date without a year
  takes the year nearest it; without an anchor "later" cannot be resolved.
`future` says which way a date without a year lies from the publication date: a past-tense "on
Friday" in a Monday article is the Friday before, a future one the Friday after.

Ranges, month/year-only expressions, weekdays, named periods ("last week", "next month", "this year")
and year ranges ("2014-2017") are handled here, before dateparser, which misreads ranges ("April 6-7"
-> April 8 and June 7), turns durations ("about a decade") and ages ("Begum, 19,") into dates and gives
"last month" a day it does not know.

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
DAY_PATTERNS = [
    re.compile(_DAY.format("d1") + r"\s+(?:of\s+)?" + _MONTH.format("m1") + _YEAR + r"$"),   # 6 September (2018)
    re.compile(_MONTH.format("m1") + r"\s+" + _DAY.format("d1") + _YEAR + r"$"),            # September 6(, 2018)
]
MONTH_ONLY = re.compile(r"(?:(?:early|mid|late)[\s-]+)?" + _MONTH.format("m1") + _YEAR + r"$")
YEAR_ONLY = re.compile(r"(?:(?:early|mid|late)[\s-]+)?(?P<year>(?:19|20)\d{2})$")
YEAR_RANGE = re.compile(r"(?:from\s+|between\s+)?(?P<y1>(?:19|20)\d{2})\s*(?:-|\u2013|\u2014|to|and|until)\s*"
                        r"(?P<y2>(?:19|20)?\d{2})$")
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
                 r"(?P<unit>day|week|month|year)s?\s+(?P<way>ago|earlier|before|later|after|from now|hence)$")
# "that May", "that year", "the next day", "the following week", "the day before": the narrative's time.
_DAY_PARTS = r"day|morning|afternoon|evening|night"
ANAPHOR = re.compile(r"^(?:(?:on|in|at|by|during|of|until|since|later|earlier)\s+)*(?:that(?:\s+same)?\s+|the\s+"
                     r"(?P<which>same|following|previous|preceding)\s+)(?P<unit>" + _DAY_PARTS
                     + r"|week|weekend|month|year|" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")$"
                     + r"|^(?:(?:on|by|until)\s+)*the\s+(?P<next>next)\s+(?P<next_unit>" + _DAY_PARTS + r")$")
ANAPHOR_AROUND = re.compile(r"^(?:(?:on|in|at|by|during|of)\s+)*the\s+(?P<unit>day|week|month|year)\s+"
                            r"(?P<way>before|after)$")
COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "a few": 3, "several": 3}
UNDATABLE = re.compile(r"\b(?:\d*0'?s|decades?|centur(?:y|ies)|annual|annually|daily|weekly|monthly|old|"
                       r"recent|years?-long|age|aged)\b", re.I)
# A bare number is an age or a count ("Begum, 19, left ..."), never a date.
BARE_NUMBER = re.compile(r"\d{1,3}(?:st|nd|rd|th)?$")
# A day without a year lies in the past for a past event - unless its next occurrence is only this many
# days ahead: then the text speaks of the coming one ("to meet on 10 and 11 September" in a 4 September
# article; a yearless date is this year's in news), which no past event can be dated by.
SOON_DAYS = 60
# A future event's day without a year is this year's if it is at most this many days gone, else next year's.
GONE_DAYS = 7


def resolve_expression(text: str, *, base: date | None, future: bool = False,
                       anchor: date | None = None) -> DateRange | None:
    """(date, end date or None) for a date expression, or None when it names no datable time."""
    found = resolve_with_precision(text, base=base, future=future, anchor=anchor)
    return (found[0], found[1]) if found is not None else None


def resolve_with_precision(text: str, *, base: date | None, future: bool = False,
                           anchor: date | None = None) -> Resolved | None:
    """(date, end date or None, precision) for a date expression, or None."""
    spaced = " ".join(text.lower().replace(",", ", ").split()).strip(" .,()")
    anaphoric = _anaphor(spaced, anchor=anchor)
    if anaphoric is not None or ANAPHOR.match(spaced) or ANAPHOR_AROUND.match(spaced):
        return anaphoric
    cleaned = re.sub(r"\s+,", ",", LEADING_WORDS.sub("", spaced).strip(" .,"))
    if not cleaned or BARE_NUMBER.match(cleaned) or (DURATION.search(cleaned) and not ANCHORS.search(cleaned)):
        return None
    for resolver, precision in ((_range, "day"), (_day, "day"), (_month_only, "month"), (_year_only, "year"),
                                (_year_range, "year"), (_weekday, "day")):
        found = resolver(cleaned, base=base, future=future, anchor=anchor)
        if found is not None:
            return found[0], found[1], precision
        if found is None and resolver is not _weekday and _matches(resolver, cleaned):
            return None  # its own pattern, but no date it can be (a past reading of a coming day)
    relative = _period(cleaned, base=base) or _ago(cleaned, base=base, anchor=anchor)
    if relative is not None or AGO.match(cleaned):
        return relative
    if UNDATABLE.search(cleaned) or base is None and not re.search(r"\d{4}", cleaned):
        return None
    found = _dateparser(cleaned, base=base, future=future)
    return (found[0], found[1], _precision_of(cleaned)) if found is not None else None


def counts_from_narrative(text: str) -> bool:
    """Whether an expression counts from the narrative's time ("that May", "the next day", "two weeks
    later") rather than naming a date ("6 September") or counting from the publication date."""
    spaced = " ".join(text.lower().split()).strip(" .,()")
    if ANAPHOR.match(spaced) or ANAPHOR_AROUND.match(spaced):
        return True
    match = AGO.match(LEADING_WORDS.sub("", spaced))
    return match is not None and match["way"] in ("earlier", "before", "later", "after")


def has_own_year(text: str) -> bool:
    """Whether an expression names its year ("September 2018", "in 1956"): it can anchor later ones."""
    return re.search(r"\b(?:19|20)\d{2}\b", text) is not None and not UNDATABLE.search(text)


def _matches(resolver, text: str) -> bool:
    patterns = {_range: RANGE_PATTERNS, _day: DAY_PATTERNS, _month_only: [MONTH_ONLY]}.get(resolver, [])
    return any(pattern.match(text) for pattern in patterns)


def _anaphor(text: str, *, anchor: date | None) -> Resolved | None:
    """ "that May", "that year", "the next day", "the week before": counted from the narrative's time."""
    if anchor is None:
        return None
    match = ANAPHOR.match(text)
    if match is not None:
        which = match["which"] or match["next"] or ""
        step = {"next": 1, "following": 1, "previous": -1, "preceding": -1}.get(which, 0)
        unit = match["unit"] or match["next_unit"]
        if unit in MONTHS:
            year = _nearest_year(anchor, MONTHS[unit])
            return _whole_month(year, MONTHS[unit]) + ("month",)
        return _unit_around(anchor, unit, step)
    match = ANAPHOR_AROUND.match(text)
    if match is not None:
        return _unit_around(anchor, match["unit"], 1 if match["way"] == "after" else -1)
    return None


def _unit_around(anchor: date, unit: str, step: int) -> Resolved:
    if unit in ("day", "morning", "afternoon", "evening", "night"):
        return anchor + timedelta(days=step), None, "day"
    if unit in ("week", "weekend"):
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=step)
        first = monday + timedelta(days=5) if unit == "weekend" else monday
        return first, monday + timedelta(days=6), "day"
    if unit == "month":
        year, month = divmod(anchor.year * 12 + anchor.month - 1 + step, 12)
        return _whole_month(year, month + 1) + ("month",)
    return date(anchor.year + step, 1, 1), date(anchor.year + step, 12, 31), "year"


def _whole_month(year: int, month: int) -> DateRange:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _period(text: str, *, base: date | None) -> Resolved | None:
    """ "last week" (Monday to Sunday), "next month", "this year": the whole named period."""
    match = PERIOD.match(text)
    if match is None or base is None:
        return None
    step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(match["which"], 0)
    unit = match["unit"]
    if unit in ("week", "weekend"):
        return _unit_around(base, unit, step)
    if unit == "month":
        return _unit_around(base, unit, step)
    return date(base.year + step, 1, 1), date(base.year + step, 12, 31), "year"


def _ago(text: str, *, base: date | None, anchor: date | None) -> Resolved | None:
    """ "three days ago" (from the publication date), "two months earlier", "a few years later" (from the
    narrative's time; "earlier" from the publication date when there is none): precise to the unit."""
    match = AGO.match(text)
    if match is None:
        return None
    way = match["way"]
    start = base if way in ("ago", "from now", "hence") else anchor
    if start is None and way in ("earlier", "before"):
        start = base
    if start is None:
        return None
    count = int(match["count"]) if match["count"].isdigit() else COUNTS[match["count"]]
    sign = 1 if way in ("later", "after", "from now", "hence") else -1
    unit = match["unit"]
    if unit in ("day", "week"):
        return start + sign * timedelta(days=count * (7 if unit == "week" else 1)), None, "day"
    if unit == "month":
        year, month = divmod(start.year * 12 + start.month - 1 + sign * count, 12)
        day = min(start.day, calendar.monthrange(year, month + 1)[1])
        return date(year, month + 1, day), None, "month"
    year = start.year + sign * count
    return date(year, start.month, min(start.day, calendar.monthrange(year, start.month)[1])), None, "year"


def _precision_of(text: str) -> str:
    """What a dateparser reading is precise to: a day when the words name one, else month or year."""
    if re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\b|today|tomorrow|yesterday|tonight|day", text) \
            or WEEKDAY.search(text):
        return "day"
    if any(re.search(rf"\b{re.escape(name)}\b", text) for name in MONTHS) or "month" in text:
        return "month"
    return "year" if re.search(r"\b\d{4}\b|year", text) else "day"


def _range(text: str, *, base: date | None, future: bool, anchor: date | None) -> DateRange | None:
    for pattern in RANGE_PATTERNS:
        match = pattern.match(text)
        if match is None:
            continue
        parts = match.groupdict()
        month1 = MONTHS[parts["m1"]]
        month2 = MONTHS[parts["m2"]] if parts.get("m2") else month1
        year = int(parts["year"]) if parts.get("year") else _year_for(month1, int(parts["d1"]), base=base,
                                                                       anchor=anchor, future=future)
        if year is None:
            return None
        try:
            start = date(year, month1, int(parts["d1"]))
            end = date(year + (month2 < month1), month2, int(parts["d2"]))
        except ValueError:
            return None
        return (start, end) if end > start else None
    return None


def _day(text: str, *, base: date | None, future: bool, anchor: date | None) -> DateRange | None:
    """ "6 September", "September 6, 2018": one day, its year the text's or the nearest fitting one."""
    for pattern in DAY_PATTERNS:
        match = pattern.match(text)
        if match is None:
            continue
        month, day = MONTHS[match["m1"]], int(match["d1"])
        year = int(match["year"]) if match["year"] else _year_for(month, day, base=base, anchor=anchor,
                                                                   future=future)
        try:
            return (date(year, month, day), None) if year is not None else None
        except ValueError:
            return None
    return None


def _month_only(text: str, *, base: date | None, future: bool, anchor: date | None) -> DateRange | None:
    match = MONTH_ONLY.match(text)
    if match is None:
        return None
    month = MONTHS[match["m1"]]
    year = int(match["year"]) if match["year"] else _year_for(month, None, base=base, anchor=anchor,
                                                               future=future)
    return _whole_month(year, month) if year is not None else None


def _year_only(text: str, *, base: date | None, future: bool, anchor: date | None) -> DateRange | None:
    match = YEAR_ONLY.match(text)
    if match is None:
        return None
    year = int(match["year"])
    return date(year, 1, 1), date(year, 12, 31)


def _year_range(text: str, *, base: date | None, future: bool, anchor: date | None) -> DateRange | None:
    """ "2014-2017", "from 2014 to 2017", "2014-17": the first day of one to the last of the other."""
    match = YEAR_RANGE.match(text)
    if match is None:
        return None
    first, last = int(match["y1"]), match["y2"]
    last = int(last) if len(last) == 4 else first // 100 * 100 + int(last)
    return (date(first, 1, 1), date(last, 12, 31)) if last > first else None


def _weekday(text: str, *, base: date | None, future: bool, anchor: date | None) -> DateRange | None:
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


def _year_for(month: int, day: int | None, *, base: date | None, anchor: date | None,
              future: bool) -> int | None:
    """The year of a date named without one ("6 September", "March"). Near the narrative's time when
    there is one (within half a year of it); else on the event's side of the publication date: the
    last such day for a past event (None when that is nearly a year back and the next one only days
    ahead: see SOON_DAYS), the next for a future one (a day just gone counts as this year's: GONE_DAYS)."""
    if anchor is not None:
        return _nearest_year(anchor, month)
    if base is None:
        return None
    try:
        this_year = date(base.year, month, min(day or 1, calendar.monthrange(base.year, month)[1]))
    except ValueError:
        return None
    if future:
        last_day = this_year if day else date(base.year, month, calendar.monthrange(base.year, month)[1])
        return base.year if last_day >= base - timedelta(days=GONE_DAYS) else base.year + 1
    if this_year <= base:
        return base.year
    if day is not None and (this_year - base).days <= SOON_DAYS:
        return None
    return base.year - 1


def _nearest_year(anchor: date, month: int) -> int:
    """The year that puts a month named without one nearest the narrative's time ("In November 2016 ...
    that February": 2017)."""
    distance = month - anchor.month
    return anchor.year - 1 if distance > 6 else anchor.year + 1 if distance < -6 else anchor.year


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
