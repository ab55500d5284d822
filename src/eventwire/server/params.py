"""Query parameters that need more checking than their type: each failure is a 400 naming the parameter
and what it should be, never echoing the value (a page could otherwise plant text in the answer)."""

from __future__ import annotations

import re
from datetime import date

from fastapi import HTTPException

from eventwire.schema import MODALITIES, PLOVER_CATEGORIES

ACTOR_CODE = re.compile(r"^[A-Za-z]{3}[A-Za-z0-9]{0,12}$")  # ISO3 country, or a CAMEO code starting with one


def bad_parameter(name: str, problem: str) -> HTTPException:
    return HTTPException(status_code=400, detail=f"query parameter `{name}`: {problem}")


def actor_code(value: str | None, *, name: str) -> str | None:
    if value is None:
        return None
    if not ACTOR_CODE.match(value.strip()):
        raise bad_parameter(name, "not a country or CAMEO actor code (e.g. RUS, RUSGOV)")
    return value.strip().upper()


def dyad_pair(value: str | None) -> tuple[str, str] | None:
    """`RUS,PAK` → ("RUS", "PAK")."""
    if value is None:
        return None
    parts = [part.strip() for part in value.split(",")]
    if len(parts) != 2:
        raise bad_parameter("dyad", "not two actor codes separated by a comma (e.g. RUS,PAK)")
    first, second = (actor_code(part, name="dyad") for part in parts)
    return first, second


def plover_category(value: str | None) -> str | None:
    if value is None:
        return None
    if value.upper() not in PLOVER_CATEGORIES:
        raise bad_parameter("plover", f"not a PLOVER category ({', '.join(PLOVER_CATEGORIES)})")
    return value.upper()


def iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def country_code(value: str | None, *, name: str) -> str | None:
    if value is None:
        return None
    if not re.fullmatch(r"[A-Za-z]{3}", value.strip()):
        raise bad_parameter(name, "not an ISO3 country code (e.g. UKR)")
    return value.strip().upper()


def modality(value: str | None) -> str | None:
    if value is None:
        return None
    if value.lower() not in MODALITIES:
        raise bad_parameter("modality", f"not a modality ({', '.join(MODALITIES)})")
    return value.lower()


def bbox(value: str | None) -> tuple[float, float, float, float] | None:
    """`west,south,east,north` in degrees → a tuple; west < east and south < north."""
    if value is None:
        return None
    try:
        west, south, east, north = (float(part) for part in value.split(","))
    except ValueError:
        raise bad_parameter("bbox", "not four numbers west,south,east,north (e.g. 20,40,40,55)") from None
    if not (-180 <= west < east <= 180 and -90 <= south < north <= 90):
        raise bad_parameter("bbox", "needs -180 <= west < east <= 180 and -90 <= south < north <= 90")
    return west, south, east, north
