"""News geoparsing gold (Gritta et al.'s collection): GeoWebNews (GWN), LGL, TR-News and GeoVirus XML.

Three layouts share one shape here: an article text and its toponyms as character spans with gold
coordinates. Offsets index the article's <text> after XML unescaping. Some files are off by a few characters
(GeoVirus by one throughout, some TR-News articles by up to six): a span that does not hold its name is
moved to the nearest occurrence of the name within SPAN_REPAIR_WINDOW characters; a toponym whose name
cannot be found there is kept but not evaluated (`aligned=False`).

Which toponyms count (documented in docs/attributes.md): in GWN, the annotators also tag demonyms,
adjectival modifiers ("Turkish forces"), languages, homonyms and non-toponyms; eventwire's contract never
makes a place of a nationality adjective, so those are left out (`evaluated=False`) and only noun
toponyms with coordinates are scored. LGL, TR-News and GeoVirus list only resolved noun toponyms.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.errors import GoldFileError

GWN_SKIPPED_TYPES = {"Demonym", "Non_Toponym", "Language", "Homonym"}
SPAN_REPAIR_WINDOW = 40
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass
class GoldToponym:
    start: int
    end: int
    name: str
    lat: float | None
    lon: float | None
    country: str | None = None        # the gold country's name where the file gives countries (LGL, TR-News);
    #                                   "" for a gaztag without one (a continent, a gulf, the EU)
    evaluated: bool = True            # False: annotated, but not a toponym eventwire reports (see above)
    aligned: bool = True              # False: the name was not found at (or near) the given offsets


@dataclass
class GeoArticle:
    id: str
    text: str
    published: str | None = None
    toponyms: list[GoldToponym] = field(default_factory=list)

    @property
    def evaluated(self) -> list[GoldToponym]:
        return [toponym for toponym in self.toponyms if toponym.evaluated]


def read_geoparsing_xml(path: Path) -> list[GeoArticle]:
    try:
        root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError) as exc:
        raise GoldFileError("E502", path, f"cannot read geoparsing XML: {exc}") from exc
    return parse_geoparsing_root(root, path=path)


def parse_geoparsing_xml(content: str, *, path: Path | str = "<geoparsing XML>") -> list[GeoArticle]:
    try:
        root = ElementTree.fromstring(content)
    except ElementTree.ParseError as exc:
        raise GoldFileError("E502", path, f"malformed geoparsing XML: {exc}") from exc
    return parse_geoparsing_root(root, path=path)


def parse_geoparsing_root(root: ElementTree.Element, *, path: Path | str) -> list[GeoArticle]:
    articles = []
    for number, element in enumerate(root.iter("article"), start=1):
        article_id = element.get("docid") or element.get("file") or f"article-{number}"
        text = element.findtext("text") or ""
        toponyms = [_toponym(item, article_id=article_id, path=path)
                    for item in [*element.iter("toponym"), *element.iter("location")]]
        for toponym in toponyms:
            _align(toponym, text)
        published = _iso_day(element.findtext("dltime"))
        articles.append(GeoArticle(id=str(article_id), text=text, published=published, toponyms=toponyms))
    if not articles:
        raise GoldFileError("E502", path, "no <article> records found")
    return articles


def _toponym(item: ElementTree.Element, *, article_id: str, path: Path | str) -> GoldToponym:
    try:
        start, end = int(item.findtext("start")), int(item.findtext("end"))
    except (TypeError, ValueError):
        raise GoldFileError("E503", path, f"article {article_id}: toponym without integer start/end") from None
    gaztag = item.find("gaztag")
    source = gaztag if gaztag is not None else item
    lat = _number(source.findtext("lat") or source.findtext("latitude"))
    lon = _number(source.findtext("lon") or source.findtext("longitude"))
    name = item.findtext("phrase") or item.findtext("extractedName") or item.findtext("name") or ""
    country = (source.findtext("country") or "").strip() if gaztag is not None else None
    return GoldToponym(start=start, end=end, name=name.strip(), lat=lat, lon=lon, country=country,
                       evaluated=_evaluated(item, lat))


def _evaluated(item: ElementTree.Element, lat: float | None) -> bool:
    if item.find("type") is None:  # LGL, TR-News, GeoVirus: every listed toponym is a noun toponym
        return True
    return (lat is not None and (item.findtext("type") or "") not in GWN_SKIPPED_TYPES
            and (item.findtext("modifierType") or "") != "Adjective")


def _iso_day(value: str | None) -> str | None:
    """The download time's day when it is ISO formatted (LGL); TR-News has free-text dates, left out."""
    day = (value or "").strip()[:10]
    return day if ISO_DAY.fullmatch(day) else None


def _number(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def _align(toponym: GoldToponym, text: str) -> None:
    if not toponym.name or text[toponym.start:toponym.end] == toponym.name:
        return
    length = len(toponym.name)
    for shift in sorted(range(-SPAN_REPAIR_WINDOW, SPAN_REPAIR_WINDOW + 1), key=abs):
        start = toponym.start + shift
        if start >= 0 and text[start:start + length] == toponym.name:
            toponym.start, toponym.end = start, start + length
            return
    toponym.aligned = toponym.evaluated = False
