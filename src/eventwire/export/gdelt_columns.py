"""The GDELT 2.0 event table's 61 columns, in the published order.

Source: "GDELT Event Codebook V2.0" (http://data.gdeltproject.org/documentation/GDELT-Event_Codebook-V2.0.pdf)
and the header file GDELT publishes for its daily/15-minute export files
(http://data.gdeltproject.org/documentation/CSV.header.dailyupdates.txt, column names as written there).
The export files (`YYYYMMDDHHMMSS.export.CSV.zip`) are tab-separated, UTF-8, one event per line, no header.
"""

from __future__ import annotations

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
          "Type1Code", "Type2Code", "Type3Code")
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

GDELT_EVENT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{name}" for name in _ACTOR),
    *(f"Actor2{name}" for name in _ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{name}" for name in _GEO),
    *(f"Actor2Geo_{name}" for name in _GEO),
    *(f"ActionGeo_{name}" for name in _GEO),
    "DATEADDED", "SOURCEURL",
)

# GDELT's geo Type values.
GEO_COUNTRY, GEO_US_STATE, GEO_US_CITY, GEO_WORLD_CITY, GEO_WORLD_STATE = 1, 2, 3, 4, 5

assert len(GDELT_EVENT_COLUMNS) == 61
