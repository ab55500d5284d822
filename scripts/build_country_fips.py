"""Compile ISO 3166 alpha-3 -> FIPS 10-4 country codes (GDELT's geo fields use FIPS) into package data.

Source: GeoNames countryInfo.txt (CC BY 4.0, geonames.org), as shipped in ../shared/data/country_codes.
Output: src/eventwire/data/country_fips.tsv (iso3, iso2, fips, name). Run from the repository root:

    python scripts/build_country_fips.py [--source ../shared/data/country_codes/geonames_countryInfo.txt]
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

DEFAULT_SOURCE = Path("../shared/data/country_codes/geonames_countryInfo.txt")
OUTPUT = Path("src/eventwire/data/country_fips.tsv")


def read_country_info(path: Path) -> list[tuple[str, str, str, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        iso2, iso3, fips, name = fields[0], fields[1], fields[3], fields[4]
        if iso3 and fips:  # a few territories have no FIPS code: GDELT cannot name them either
            rows.append((iso3, iso2, fips, name))
    return sorted(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    args = parser.parse_args()
    rows = read_country_info(args.source)
    with OUTPUT.open("w", encoding="utf-8", newline="") as handle:
        handle.write("# GeoNames countryInfo.txt (CC BY 4.0, geonames.org) compiled by scripts/build_country_fips.py\n")
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(("iso3", "iso2", "fips", "name"))
        writer.writerows(rows)
    print(f"{OUTPUT}: {len(rows)} countries")


if __name__ == "__main__":
    main()
