"""GDELT 2.0 event table: export the store's events, import GDELT's export files.

Export: one line per deduplicated eventwire event (and per imported GDELT row, unchanged), the 61
columns of gdelt_columns.GDELT_EVENT_COLUMNS, tab-separated, no header, ordered by GLOBALEVENTID.
How eventwire's fields map onto GDELT's conventions is in docs/store.md ("GDELT export").
Import: GDELT 2.0 `*.export.CSV` files (or their `.zip`), every field kept as written, keyed by
GLOBALEVENTID, so re-importing a file changes nothing and export reproduces the lines exactly.
"""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator, TextIO

from eventwire.errors import EventwireError
from eventwire.export.countries import country_name, country_point, fips_code
from eventwire.export.gdelt_columns import (GDELT_EVENT_COLUMNS, GEO_COUNTRY, GEO_US_CITY, GEO_US_STATE,
                                            GEO_WORLD_CITY, GEO_WORLD_STATE)

_ACTOR_COLUMNS = ("code", "name", "country", "sector", "location_text", "location_start", "location_end",
                  "location_country", "location_lat", "location_lon", "location_geonameid")
_EVENTS_SQL = f"""
    WITH actor1 AS (SELECT * FROM v_event_sides WHERE side = 'source' AND position = 0),
         actor2 AS (SELECT global_event_id, min_by(s, s.side = 'source') AS s FROM v_event_sides s
                    WHERE (side = 'target' AND position = 0) OR (side = 'source' AND position = 1)
                    GROUP BY global_event_id),
         named AS (SELECT DISTINCT ON (doc_id, start_char, end_char) doc_id, start_char, end_char, feature, name,
                          admin1 FROM places)
    SELECT g.*, {", ".join(f"a1.{column} AS a1_{column}" for column in _ACTOR_COLUMNS)},
           {", ".join(f"a2.s.{column} AS a2_{column}" for column in _ACTOR_COLUMNS)},
           p.feature AS place_feature, p.name AS place_name, p.admin1 AS place_admin1,
           p1.feature AS a1_place_feature, p1.name AS a1_place_name, p1.admin1 AS a1_place_admin1,
           p2.feature AS a2_place_feature, p2.name AS a2_place_name, p2.admin1 AS a2_place_admin1
    FROM v_global_events g LEFT JOIN actor1 a1 USING (global_event_id) LEFT JOIN actor2 a2 USING (global_event_id)
    LEFT JOIN named p ON p.doc_id = g.first_doc_id AND p.start_char = g.location_start AND p.end_char = g.location_end
    LEFT JOIN named p1
      ON p1.doc_id = g.first_doc_id AND p1.start_char = a1.location_start AND p1.end_char = a1.location_end
    LEFT JOIN named p2
      ON p2.doc_id = g.first_doc_id AND p2.start_char = a2.s.location_start AND p2.end_char = a2.s.location_end
    WHERE ? OR NOT g.historical
    ORDER BY g.global_event_id"""


def gdelt_rows(con, *, include_historical: bool = False) -> list[list[str]]:
    """Every event as 61 GDELT fields (strings), eventwire's and imported ones, by GLOBALEVENTID;
    eventwire's historical events (history an article retold) only with `include_historical`."""
    result = con.execute(_EVENTS_SQL, [include_historical])
    names = [column[0] for column in result.description]
    rows = [_event_fields(dict(zip(names, row))) for row in result.fetchall()]
    columns = ", ".join(GDELT_EVENT_COLUMNS)
    rows += [list(row) for row in con.execute(f"SELECT {columns} FROM gdelt_events").fetchall()]
    return sorted(rows, key=lambda fields: int(fields[0]))


def write_gdelt(con, output: TextIO, *, include_historical: bool = False) -> int:
    count = 0
    for fields in gdelt_rows(con, include_historical=include_historical):
        output.write("\t".join(fields) + "\n")
        count += 1
    return count


def _event_fields(event: dict) -> list[str]:
    day = event["day"] or ""
    fields = [str(event["global_event_id"]), *_date_fields(day),
              *_actor_fields(event, "a1"), *_actor_fields(event, "a2"),
              str(event["is_root"]), event["cameo"], event["cameo"][:3], event["root"], str(event["quad_class"]),
              _number(event["goldstein"]), str(event["num_mentions"]), str(event["num_sources"]),
              str(event["num_articles"]), _number(event["avg_tone"]),
              *_actor_geo(event, "a1"), *_actor_geo(event, "a2"),
              *_geo(event["location_country"], event["location_lat"], event["location_lon"],
                    event["location_geonameid"], feature=event["place_feature"],
                    name=event["place_name"] or event["location_text"], admin1=event["place_admin1"]),
              event["date_added"].strftime("%Y%m%d%H%M%S") if event["date_added"] else "",
              event["first_url"] or ""]  # GDELT's SOURCEURL is a URL: never an internal document id
    assert len(fields) == len(GDELT_EVENT_COLUMNS)
    return [_clean(field) for field in fields]


def _date_fields(day: str) -> list[str]:
    """SQLDATE YYYYMMDD, MonthYear YYYYMM, Year YYYY, FractionDate YYYY.FFFF (share of the year gone)."""
    if not day:
        return ["", "", "", ""]
    parsed = date.fromisoformat(day[:10])
    fraction = parsed.year + parsed.timetuple().tm_yday / 365
    return [parsed.strftime("%Y%m%d"), parsed.strftime("%Y%m"), str(parsed.year), f"{fraction:.4f}"]


def _actor_fields(event: dict, prefix: str) -> list[str]:
    """Code, Name (upper case as GDELT), CountryCode, KnownGroup, Ethnic, Religion1/2, Type1-3 (sector)."""
    code, country = event[f"{prefix}_code"] or "", event[f"{prefix}_country"] or ""
    name = (event[f"{prefix}_name"] or "").upper() if (code or country) else ""
    return [code, name, country, "", "", "", "", event[f"{prefix}_sector"] or "", "", ""]


def _actor_geo(event: dict, prefix: str) -> list[str]:
    """Actor1Geo/Actor2Geo: the participant's location (a place stated for it, else its country's); one
    without a text span, or stored without a location (before schema 4), is its country's centre."""
    def column(name: str):
        return event[f"{prefix}_{name}"]

    if column("location_country") is None and column("location_lat") is None:
        point = country_point(column("country")) if fips_code(column("country")) else None
        return _geo(column("country"), *point, None, feature="country", name=None, admin1=None) if point \
            else _empty_geo()
    feature = column("place_feature") or ("country" if column("location_start") is None else None)
    return _geo(column("location_country"), column("location_lat"), column("location_lon"),
                column("location_geonameid"), feature=feature,
                name=column("place_name") or column("location_text"), admin1=column("place_admin1"))


def _empty_geo() -> list[str]:
    return ["0", "", "", "", "", "", "", ""]  # GDELT writes Type 0 and empty fields when it has no place


def _geo(country: str | None, lat, lon, geonameid, *, feature: str | None, name: str | None,
         admin1: str | None) -> list[str]:
    """Type, FullName, CountryCode (FIPS), ADM1Code, ADM2Code, Lat, Long, FeatureID of one place."""
    if not (country or lat is not None):
        return _empty_geo()
    fips = fips_code(country)
    in_us = country == "USA"
    geo_type = (GEO_COUNTRY if feature == "country" else
                (GEO_US_STATE if in_us else GEO_WORLD_STATE) if feature in ("admin1", "admin2", "region") else
                GEO_US_CITY if in_us else GEO_WORLD_CITY)
    name = country_name(country) if geo_type == GEO_COUNTRY and country else (name or "")
    full_name = name if geo_type == GEO_COUNTRY else ", ".join(part for part in (name, country_name(country)) if part)
    adm1 = fips + (admin1 or "") if geo_type != GEO_COUNTRY else fips
    feature_id = fips if geo_type == GEO_COUNTRY else str(geonameid or "")
    return [str(geo_type), full_name, fips, adm1, "", _number(lat), _number(lon), feature_id]


def _number(value) -> str:
    return "" if value is None else f"{value:.10g}"


def _clean(field: str) -> str:
    """Tabs and newlines would break the line: GDELT fields never contain them."""
    return field.replace("\t", " ").replace("\r", " ").replace("\n", " ")


# -- import ------------------------------------------------------------------------------------

def read_gdelt_lines(path: Path) -> Iterator[tuple[int, list[str]]]:
    """(line number, 61 fields) per event line of a GDELT 2.0 export file, `.CSV` or `.zip`."""
    for number, line in enumerate(_open_lines(path), start=1):
        line = line.rstrip("\n").rstrip("\r")
        if not line:
            continue
        fields = line.split("\t")
        if len(fields) != len(GDELT_EVENT_COLUMNS):
            raise EventwireError("E405", f"{path}:{number}: {len(fields)} tab-separated fields, a GDELT 2.0 "
                                         f"event line has {len(GDELT_EVENT_COLUMNS)}")
        if not fields[0].isdigit():
            raise EventwireError("E405", f"{path}:{number}: GLOBALEVENTID {fields[0]!r} is not an integer")
        yield number, fields


def _open_lines(path: Path) -> Iterable[str]:
    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                for name in archive.namelist():
                    with archive.open(name) as member:
                        yield from io.TextIOWrapper(member, encoding="utf-8", errors="replace", newline="")
            return
        with open(path, encoding="utf-8", errors="replace", newline="") as handle:
            yield from handle
    except OSError as exc:
        raise EventwireError("E405", f"{path}: cannot read: {exc}") from exc


def import_gdelt(con, path: Path) -> dict[str, int]:
    """Store a GDELT file's rows, all or none (one transaction). Returns counts new/unchanged/replaced."""
    counts = {"new": 0, "unchanged": 0, "replaced": 0}
    columns = ", ".join(GDELT_EVENT_COLUMNS)
    con.execute("BEGIN TRANSACTION")
    try:
        for _, fields in read_gdelt_lines(path):
            stored = con.execute(f"SELECT {columns} FROM gdelt_events WHERE GLOBALEVENTID = ?", [fields[0]]).fetchall()
            if stored and list(stored[0]) == fields:
                counts["unchanged"] += 1
                continue
            counts["replaced" if stored else "new"] += 1
            con.execute("DELETE FROM gdelt_events WHERE GLOBALEVENTID = ?", [fields[0]])
            con.execute(f"INSERT INTO gdelt_events VALUES ({', '.join('?' * len(fields))}, ?)", [*fields, path.name])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return counts
