"""ISO 3166 alpha-3 -> FIPS 10-4 country codes: GDELT's geo fields use FIPS (its actor codes use CAMEO's,
which are ISO alpha-3 like eventwire's). Data: data/country_fips.tsv (scripts/build_country_fips.py)."""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, str]]:
    text = resources.files("eventwire").joinpath("data/country_fips.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader((line for line in text.splitlines() if not line.startswith("#")), delimiter="\t")
    return {row["iso3"]: (row["fips"], row["name"]) for row in rows}


def fips_code(iso3: str | None) -> str:
    """'RUS' -> 'RS'; '' for unknown codes (GDELT leaves the field empty)."""
    return _table().get((iso3 or "").upper(), ("", ""))[0]


def country_name(iso3: str | None) -> str:
    return _table().get((iso3 or "").upper(), ("", ""))[1]


@lru_cache(maxsize=None)
def country_point(iso3: str | None) -> tuple[float, float] | None:
    """(lat, lon) of a country's centre, as the gazetteer places it; the gazetteer loads on first use
    (only an export of participants stored without a location needs it)."""
    entry = _gazetteer().country_entry((iso3 or "").upper()) if iso3 else None
    return (entry.lat, entry.lon) if entry is not None and entry.lat is not None else None


@lru_cache(maxsize=1)
def _gazetteer():
    from eventwire.attributes.gazetteer import load_gazetteer

    return load_gazetteer()
