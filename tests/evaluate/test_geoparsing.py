"""Geoparsing gold reader and scorer on small hand-made files (no model)."""

import pytest

from eventwire.errors import GoldFileError
from eventwire.evaluate.formats import GEOPARSING_XML, detect_format
from eventwire.evaluate.readers.geoparsing import parse_geoparsing_xml, read_geoparsing_xml
from eventwire.evaluate.scorers.geoparsing import (NearestCountry, SupranationalGold, distance_km, documents,
                                                   score)
from eventwire.schema import DocumentRecord, Place

LGL = """<articles><article docid="7"><dltime>2009-03-23 13:00:49</dltime>
<text><![CDATA[Fire in Paris, Texas and in Lyon.]]></text><toponyms>
<toponym><start>8</start><end>13</end><phrase>Paris</phrase><gaztag geonameid="4717560"><name>Paris</name>
<lat>33.66</lat><lon>-95.56</lon><country geonameid="6252001">United States</country></gaztag></toponym>
<toponym><start>15</start><end>20</end><phrase>Texas</phrase><gaztag geonameid="4736286"><name>Texas</name>
<lat>31.25</lat><lon>-99.25</lon><country geonameid="6252001">United States</country></gaztag></toponym>
<toponym><start>28</start><end>32</end><phrase>Lyon</phrase><gaztag geonameid="2996944"><name>Lyon</name>
<lat>45.75</lat><lon>4.85</lon><country geonameid="3017382">France</country></gaztag></toponym>
</toponyms></article></articles>"""

GWN = """<articles><article file="a1"><text>Turkish troops shelled Afrin.</text><toponyms>
<toponym><extractedName>Turkish</extractedName><type>Non_Literal_Modifier</type><modifierType>Adjective</modifierType>
<start>0</start><end>7</end><geonamesID>298795</geonamesID><latitude>39.0</latitude><longitude>35.0</longitude></toponym>
<toponym><extractedName>Afrin</extractedName><type>Literal</type><modifierType/>
<start>23</start><end>28</end><geonamesID>174184</geonamesID><latitude>36.55</latitude><longitude>36.79</longitude></toponym>
</toponyms></article></articles>"""

# GeoVirus-style offsets one character late: repaired to the nearest occurrence of the name.
GEOVIRUS = """<articles><article><source>x</source><text>Ebola in Kinshasa.</text><locations>
<location><name>Kinshasa</name><start>10</start><end>18</end><lat>-4.3</lat><lon>15.3</lon><page>p</page></location>
</locations></article></articles>"""


def test_reads_lgl_with_country_and_iso_day():
    [article] = parse_geoparsing_xml(LGL)
    assert article.id == "7" and article.published == "2009-03-23"
    assert [(t.name, t.country) for t in article.toponyms] == [
        ("Paris", "United States"), ("Texas", "United States"), ("Lyon", "France")]
    assert all(article.text[t.start:t.end] == t.name for t in article.toponyms)


def test_gwn_adjectival_modifiers_are_not_scored():
    [article] = parse_geoparsing_xml(GWN)
    assert [t.name for t in article.evaluated] == ["Afrin"]


def test_shifted_spans_are_repaired():
    [article] = parse_geoparsing_xml(GEOVIRUS)
    [toponym] = article.toponyms
    assert (toponym.start, toponym.end, toponym.aligned) == (9, 17, True)


def test_unfindable_name_is_kept_but_not_scored():
    [article] = parse_geoparsing_xml(GEOVIRUS.replace("<name>Kinshasa</name>", "<name>Goma</name>"))
    assert not article.toponyms[0].aligned and not article.evaluated


def test_malformed_xml_is_a_gold_error(tmp_path):
    path = tmp_path / "bad.xml"
    path.write_text("<articles><article>", encoding="utf-8")
    with pytest.raises(GoldFileError, match="E502"):
        read_geoparsing_xml(path)


def test_format_detected(tmp_path):
    path = tmp_path / "lgl.dev.xml"
    path.write_text(LGL, encoding="utf-8")
    assert detect_format(path) == GEOPARSING_XML


def test_distance_km():
    assert distance_km(0, 0, 0, 1) == pytest.approx(111.2, abs=0.1)
    assert distance_km(48.85, 2.35, 48.85, 2.35) == 0


def test_nearest_country_within_reach():
    nearest = NearestCountry([(48.85, 2.35, "FRA"), (52.52, 13.40, "DEU")])
    assert nearest(48.9, 2.5) == "FRA"
    assert nearest(0.0, -30.0) is None


def _place(text, start, *, lat=None, lon=None, country=None):
    return Place(text=text, start=start, end=start + len(text), lat=lat, lon=lon, country=country)


def test_score_recognition_resolution_and_countries():
    articles = parse_geoparsing_xml(LGL)
    [document] = documents(articles)
    assert document.id == "7" and document.published == "2009-03-23"
    places = [_place("Paris", 8, lat=48.85, lon=2.35, country="FRA"),      # found, wrong Paris
              _place("Texas", 15, lat=31.0, lon=-99.0, country="USA"),     # found, right
              _place("Fire", 0, lat=1.0, lon=1.0, country="XXX")]          # not a gold toponym
    metrics, _ = score(articles, {"7": DocumentRecord(doc_id="7", places=places)},
                       country_of_point=lambda lat, lon: None,
                       country_of_name={"United States": "USA", "France": "FRA"}.get,
                       is_demonym=lambda text: False)
    assert metrics["recognition"]["tp"] == 2 and metrics["recognition"]["fp"] == 1
    assert metrics["recognition"]["fn"] == 1
    assert metrics["accuracy_161km"] == 0.5 and metrics["country_accuracy"] == 0.5
    assert metrics["unresolved"] == 0 and metrics["mean_error_km"] > 1000


def test_demonym_gold_left_out():
    articles = parse_geoparsing_xml(GEOVIRUS)
    metrics, _ = score(articles, {articles[0].id: DocumentRecord(doc_id="x")},
                       country_of_point=lambda lat, lon: None, country_of_name=lambda name: None,
                       is_demonym=lambda text: text == "Kinshasa")
    assert metrics["demonyms"] == 1 and metrics["toponyms"] == 0


def test_real_dev_file_reads(shared_dir):
    path = shared_dir / "data" / "geoparsing_news" / "GeoVirus.dev.xml"
    if not path.exists():
        pytest.skip("GeoVirus dev file not present")
    articles = read_geoparsing_xml(path)
    toponyms = [t for article in articles for t in article.toponyms]
    assert len(articles) > 30 and toponyms
    aligned = [t for t in toponyms if t.aligned]
    assert len(aligned) / len(toponyms) > 0.95


# LGL lists a continent with a gaztag but no <country>: a toponym in no country.
LGL_CONTINENT = """<articles><article docid="8"><text><![CDATA[Trade with Europe and Lyon.]]></text><toponyms>
<toponym><start>11</start><end>17</end><phrase>Europe</phrase><gaztag geonameid="6255148"><name>Europe</name>
<fcode>CONT</fcode><lat>48.691</lat><lon>9.14062</lon></gaztag></toponym>
<toponym><start>22</start><end>26</end><phrase>Lyon</phrase><gaztag geonameid="2996944"><name>Lyon</name>
<lat>45.75</lat><lon>4.85</lon><country geonameid="3017382">France</country></gaztag></toponym>
</toponyms></article></articles>"""


def test_gaztag_without_country_has_no_gold_country():
    articles = parse_geoparsing_xml(LGL_CONTINENT)
    assert [t.country for t in articles[0].toponyms] == ["", "France"]
    places = [_place("Europe", 11, lat=48.7, lon=9.1, country=None), _place("Lyon", 22, lat=45.75, lon=4.85,
                                                                           country="FRA")]
    metrics, _ = score(articles, {"8": DocumentRecord(doc_id="8", places=places)},
                       country_of_point=lambda lat, lon: "DEU",  # the point lies in Germany; "Europe" does not
                       country_of_name={"France": "FRA"}.get, is_demonym=lambda text: False)
    assert metrics["country_scored"] == 1 and metrics["country_accuracy"] == 1.0


def test_supranational_gold_has_no_gold_country():
    # GeoVirus gives coordinates only: "Europe" at a Wikipedia point 650 km from GeoNames' continent point
    articles = parse_geoparsing_xml("""<articles><article><source>x</source><text>Flu in Europe.</text><locations>
<location><name>Europe</name><start>7</start><end>13</end><lat>51.0</lat><lon>17.5</lon><page>p</page></location>
</locations></article></articles>""")
    is_supranational = SupranationalGold({"Europe": [(48.691, 9.14062)]}.get)
    assert is_supranational(articles[0].toponyms[0])
    assert not SupranationalGold({"Europe": [(-30.0, 100.0)]}.get)(articles[0].toponyms[0])
    record = DocumentRecord(doc_id="x", places=[_place("Europe", 7, lat=48.7, lon=9.1)])
    kwargs = dict(country_of_point=lambda lat, lon: "POL", country_of_name=lambda name: None,
                  is_demonym=lambda text: False)
    metrics, _ = score(articles, {articles[0].id: record}, is_supranational=is_supranational, **kwargs)
    assert metrics["country_scored"] == 0
    metrics, _ = score(articles, {articles[0].id: record}, **kwargs)
    assert metrics["country_scored"] == 1 and metrics["country_accuracy"] == 0.0
