"""GDELT 2.0 export: the published columns, the code conventions, and a lossless round trip via import."""

from __future__ import annotations

import io
import json
import zipfile

import duckdb
import pytest

from eventwire.errors import EventwireError
from eventwire.export import GDELT_EVENT_COLUMNS, import_gdelt, write_gdelt, write_jsonl, write_parquet
from eventwire.export.countries import fips_code
from eventwire.store import Store
from synthetic_corpus import SEED, ingested_corpus

# The header GDELT publishes (CSV.header.dailyupdates.txt), typed out from the Event Codebook V2.0, table order.
PUBLISHED = """GLOBALEVENTID SQLDATE MonthYear Year FractionDate Actor1Code Actor1Name Actor1CountryCode
Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code Actor1Religion2Code Actor1Type1Code Actor1Type2Code
Actor1Type3Code Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code
Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code IsRootEvent EventCode EventBaseCode
EventRootCode QuadClass GoldsteinScale NumMentions NumSources NumArticles AvgTone Actor1Geo_Type
Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_ADM2Code Actor1Geo_Lat Actor1Geo_Long
Actor1Geo_FeatureID Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_ADM2Code
Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode
ActionGeo_ADM1Code ActionGeo_ADM2Code ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID DATEADDED SOURCEURL""".split()

# A line in GDELT 2.0's own conventions (values invented, shaped like the published files).
GDELT_LINE = "\t".join([
    "1034571265", "20220301", "202203", "2022", "2022.1644", "RUS", "RUSSIA", "RUS", "", "", "", "", "", "", "",
    "UKRMIL", "UKRAINE", "UKR", "", "", "", "", "MIL", "", "", "1", "190", "190", "19", "4", "-10.0", "10", "2", "10",
    "-7.5342465753425", "4", "Kyiv, Kyyiv, Misto, Ukraine", "UP", "UP12", "", "50.4333", "30.5167", "-1044367",
    "1", "Ukraine", "UP", "UP", "", "49", "32", "UP", "4", "Kyiv, Kyyiv, Misto, Ukraine", "UP", "UP12", "28898",
    "50.4333", "30.5167", "-1044367", "20220301153000", "https://example.org/news/kyiv"])


@pytest.fixture(scope="module")
def exported():
    with Store(ingested_corpus(SEED)[1], read_only=True) as store:
        output = io.StringIO()
        count = write_gdelt(store.con, output)
        return count, output.getvalue()


def test_column_list_is_the_published_one():
    assert list(GDELT_EVENT_COLUMNS) == PUBLISHED and len(PUBLISHED) == 61


def test_export_has_61_tab_separated_fields_per_event_and_no_header(exported):
    count, text = exported
    lines = text.splitlines()
    assert count == len(lines) == len(ingested_corpus(SEED)[0].event_mentions)
    assert all(len(line.split("\t")) == 61 for line in lines)
    assert all(line.split("\t")[0].isdigit() for line in lines)


def test_export_follows_gdelt_conventions(exported):
    corpus, _ = ingested_corpus(SEED)
    rows = [dict(zip(GDELT_EVENT_COLUMNS, line.split("\t"))) for line in exported[1].splitlines()]
    row = next(row for row in rows if int(row["NumMentions"]) >= 3)
    assert len(row["SQLDATE"]) == 8 and row["MonthYear"] == row["SQLDATE"][:6] and row["Year"] == row["SQLDATE"][:4]
    assert row["FractionDate"].startswith(row["Year"] + ".") and len(row["FractionDate"]) == 9
    assert row["EventRootCode"] == row["EventCode"][:2] and row["EventBaseCode"] == row["EventCode"][:3]
    assert row["QuadClass"] in "1234" and -10 <= float(row["GoldsteinScale"]) <= 10
    assert int(row["NumMentions"]) >= int(row["NumArticles"]) >= int(row["NumSources"]) >= 1
    assert row["Actor1Name"] == row["Actor1Name"].upper() and len(row["Actor1CountryCode"]) == 3
    assert row["ActionGeo_CountryCode"] == fips_code(row["Actor1CountryCode"])  # corpus puts events at the source
    assert len(row["DATEADDED"]) == 14 and row["SOURCEURL"].startswith("https://")
    # participants stored without a location still have their country: its centre (GDELT's Type 1)
    assert row["Actor1Geo_Type"] == "1" and row["Actor1Geo_CountryCode"] == fips_code(row["Actor1CountryCode"])
    assert row["Actor1Geo_FeatureID"] == row["Actor1Geo_CountryCode"] and row["Actor1Geo_Lat"] != ""


def test_actor_geo_is_filled_wherever_the_actor_has_a_country(exported):
    rows = [dict(zip(GDELT_EVENT_COLUMNS, line.split("\t"))) for line in exported[1].splitlines()]
    for actor in ("Actor1", "Actor2"):
        with_country = [row for row in rows if fips_code(row[f"{actor}CountryCode"])]
        assert with_country
        assert all(row[f"{actor}Geo_Type"] != "0" and row[f"{actor}Geo_CountryCode"] and row[f"{actor}Geo_Lat"]
                   for row in with_country)


def test_fips_codes_differ_from_iso_where_gdelt_needs_it():
    assert [fips_code(code) for code in ("RUS", "DEU", "GBR", "CHN", "PAK", "XXX")] == ["RS", "GM", "UK", "CH", "PK", ""]


def test_export_import_export_is_identical(exported, tmp_path):
    path = tmp_path / "20220301000000.export.CSV"
    path.write_text(exported[1], encoding="utf-8")
    with Store(tmp_path / "gdelt.duckdb") as store:
        assert import_gdelt(store.con, path)["new"] == exported[0]
        assert import_gdelt(store.con, path) == {"new": 0, "unchanged": exported[0], "replaced": 0}
        again = io.StringIO()
        write_gdelt(store.con, again)
    assert again.getvalue() == exported[1]


def test_a_gdelt_line_survives_import_and_export_and_joins_the_views(tmp_path):
    archive = tmp_path / "20220301153000.export.CSV.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("20220301153000.export.CSV", GDELT_LINE + "\n")
    with Store(tmp_path / "g.duckdb") as store:
        import_gdelt(store.con, archive)
        output = io.StringIO()
        write_gdelt(store.con, output)
        assert output.getvalue() == GDELT_LINE + "\n"
        [event] = store.con.execute("SELECT origin, date, source_country, target_country, plover, quad_class "
                                    "FROM v_events").fetchall()
        assert event[0] == "gdelt" and str(event[1]) == "2022-03-01" and event[2:] == ("RUS", "UKR", "FIGHT", 4)
        assert store.con.execute("SELECT count(*) FROM v_dyad_events").fetchall() == [(1,)]


def test_malformed_gdelt_files_fail_whole_with_the_line(tmp_path):
    bad = tmp_path / "bad.CSV"
    bad.write_text(GDELT_LINE + "\n" + "1\t2\t3\n", encoding="utf-8")
    with Store(tmp_path / "b.duckdb") as store:
        with pytest.raises(EventwireError, match=r"E405.*bad.CSV:2: 3 tab-separated fields"):
            import_gdelt(store.con, bad)
        assert store.con.execute("SELECT count(*) FROM gdelt_events").fetchall() == [(0,)]  # all or nothing


def test_jsonl_and_parquet_exports(tmp_path):
    corpus, path = ingested_corpus(SEED)
    with Store(path, read_only=True) as store:
        output = io.StringIO()
        assert write_jsonl(store.con, output) == len(corpus.event_mentions)
        events = [json.loads(line) for line in output.getvalue().splitlines()]
        assert all(len(event["mentions"]) == event["num_mentions"] for event in events)
        assert all(mention["sentence_text"] for event in events for mention in event["mentions"])
        assert write_parquet(store.con, tmp_path / "events.parquet") == len(events)
        listed = {row["global_event_id"]: row for row in store.events(limit=None)}
    stored = duckdb.sql(f"SELECT count(*), count(DISTINCT global_event_id) FROM '{tmp_path / 'events.parquet'}'")
    assert stored.fetchall() == [(len(events), len(events))]
    evidence = duckdb.sql(f"SELECT global_event_id, evidence_doc_id, evidence_sentence, evidence_trigger "
                          f"FROM '{tmp_path / 'events.parquet'}'").fetchall()
    assert len(evidence) == len(listed) and all(  # the evidence `eventwire events` shows, per event
        (doc_id, sentence, trigger) == (listed[gid]["doc_id"], listed[gid]["sentence_text"], listed[gid]["trigger"])
        for gid, doc_id, sentence, trigger in evidence)
    assert all(trigger in sentence for _, _, sentence, trigger in evidence)


def _record(doc_id, *, url, published, events, places=()):
    from eventwire.schema import DocumentRecord

    return DocumentRecord(doc_id=doc_id, text="Turkish troops attacked Afrin. Britain threatened Egypt over Suez.",
                          published=published, url=url, sentences=[[0, 29], [30, 65]], events=events,
                          places=list(places))


def _event(event_id, *, sentence, date, historical=False, source_location=None, source_country="TUR"):
    from eventwire.schema import ActorRef, Event, Location, Span

    source = ActorRef(actor=None, text="Turkish troops", start=0, end=14, country=source_country, code=source_country,
                      location=source_location)
    return Event(id=event_id, sentence=sentence, trigger=Span("attacked", 15, 23), source=[source], target=[],
                 cameo="190", root="19", quad_class=4, goldstein=-10.0, plover="FIGHT", date=date,
                 historical=historical, location=Location("Afrin", 24, 29, "SYR", 36.5, 36.9, 170000))


def _rows(store, **options):
    output = io.StringIO()
    write_gdelt(store.con, output, **options)
    return [dict(zip(GDELT_EVENT_COLUMNS, line.split("\t"))) for line in output.getvalue().splitlines()]


def test_source_url_is_a_url_or_empty_never_a_document_id(tmp_path):
    with Store(tmp_path / "x.duckdb") as store:
        store.write([_record("doc-without-url", url=None, published="2018-01-25",
                             events=[_event("e1", sentence=0, date="2018-01-21")])])
        assert [row["SOURCEURL"] for row in _rows(store)] == [""]


def test_historical_events_are_exported_only_when_asked(tmp_path):
    from eventwire.schema import Place

    suez = _event("e2", sentence=1, date="1956-01-01", historical=True)
    afrin = _event("e1", sentence=0, date="2018-01-21")
    with Store(tmp_path / "x.duckdb") as store:
        store.write([_record("d1", url="https://example.org/a", published="2018-01-25", events=[afrin, suez],
                             places=[Place("Afrin", 24, 29, "Afrin", "city", "SYR", "09", 36.5, 36.9, 170000)])])
        current = _rows(store)
        everything = _rows(store, include_historical=True)
    assert [row["SQLDATE"] for row in current] == ["20180121"]
    assert sorted(row["SQLDATE"] for row in everything) == ["19560101", "20180121"]
    row = current[0]
    assert (row["ActionGeo_Type"], row["ActionGeo_FullName"], row["ActionGeo_CountryCode"]) == (
        "4", "Afrin, Syria", "SY")
    assert row["ActionGeo_ADM1Code"] == "SY09" and row["ActionGeo_FeatureID"] == "170000"


def test_actor_geo_of_a_stated_place_and_of_a_country_centre(tmp_path):
    from eventwire.schema import Location, Place

    stated = _event("e1", sentence=0, date="2018-01-21",
                    source_location=Location("Afrin", 24, 29, "SYR", 36.5, 36.9, 170000))
    centre = _event("e2", sentence=1, date="2018-01-22", source_country="GBR",
                    source_location=Location("United Kingdom", None, None, "GBR", 54.0, -2.0, 2635167))
    places = [Place("Afrin", 24, 29, "Afrin", "city", "SYR", "09", 36.5, 36.9, 170000)]
    with Store(tmp_path / "x.duckdb") as store:
        store.write([_record("d1", url="https://example.org/a", published="2018-01-25", events=[stated, centre],
                             places=places)])
        rows = sorted(_rows(store), key=lambda row: row["SQLDATE"])
    assert [rows[0][f"Actor1Geo_{name}"] for name in ("Type", "FullName", "CountryCode", "ADM1Code", "FeatureID")] == [
        "4", "Afrin, Syria", "SY", "SY09", "170000"]
    assert [rows[1][f"Actor1Geo_{name}"] for name in ("Type", "FullName", "CountryCode", "ADM1Code", "Lat")] == [
        "1", "United Kingdom", "UK", "UK", "54"]
