"""Compile the events stage's built-in data from ../shared/data into src/eventwire/data/.

    python scripts/build_event_data.py [--shared ../shared]

Writes
- data/cameo_codebook.tsv: code, label, root, quad_class, goldstein, plover for every CAMEO code
  (labels: text_to_CAMEO CAMEO_codefile.txt, MIT; PLOVER: CAMEO2PLOVER-2021.txt, CC BY-SA 4.0;
  Goldstein: the CAMEO Goldstein weights as distributed with GDELT, table below);
- data/verbs.json.gz: the CAMEO.2.0 PETRARCH verb dictionary (MIT) merged with
  data/verbs_supplement.txt (eventwire's own patterns), in the JSON shape events.verbs loads;
- data/LICENSES/cameo_codebook.txt and data/LICENSES/cameo_verbs.txt: attribution.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "eventwire" / "data"
sys.path.insert(0, str(ROOT / "src"))

from eventwire.dictionaries.verbs import read_verb_file  # noqa: E402
from eventwire.events.codebook import quad_class_of  # noqa: E402
from eventwire.events.verbs import merge_verb_data  # noqa: E402

# CAMEO Goldstein weights as published with CAMEO/GDELT (GDELT's CAMEO.goldsteinscale.txt, derived from
# Goldstein 1992, "A Conflict-Cooperation Scale for WEIS Events Data", J. Conflict Resolution 36(2)).
# Codes not listed take their parent's value (e.g. 0211 -> 021).
GOLDSTEIN = """
01 0.0  010 0.0  011 -0.1  012 -0.4  013 0.4  014 0.0  015 0.0  016 3.4  017 0.0  018 3.4  019 3.4
02 3.0  020 3.0  021 3.4  022 3.2  023 3.4  024 -0.3  025 -0.3  026 4.0  027 4.0  028 4.0
03 4.0  030 4.0  031 5.2  032 4.5  033 5.2  0334 6.0  034 7.0  035 7.0  036 4.0  037 5.0  038 7.0  039 5.0
04 1.0  040 1.0  041 1.0  042 1.9  043 2.8  044 2.5  045 5.0  046 7.0
05 3.5  050 3.5  051 3.4  052 3.5  053 3.8  054 7.5  055 7.0  056 7.0  057 8.0
06 6.0  060 6.0  061 6.4  062 7.4  063 7.4  064 7.0
07 7.0  070 7.0  071 7.4  072 8.3  073 7.4  074 8.5  075 7.0
08 5.0  080 5.0  081 5.0  082 5.0  083 5.0  084 7.0  085 7.0  086 9.0  087 9.0  0874 10.0
09 -2.0  090 -2.0  091 -2.0  092 -2.0  093 -2.0  094 -2.0
10 -5.0  100 -5.0  101 -5.0  102 -5.0  103 -5.0  104 -5.0  105 -5.0  106 -5.0  107 -5.0  108 -5.0
11 -2.0  110 -2.0  111 -2.0  112 -2.0  113 -2.0  114 -2.0  115 -2.0  116 -2.0
12 -4.0  120 -4.0  121 -4.0  122 -4.0  123 -4.0  124 -5.0  125 -5.0  126 -5.0  127 -5.0  128 -5.0  129 -5.0
13 -6.0  130 -4.4  131 -5.8  132 -5.8  133 -5.8  134 -5.8  135 -5.8  136 -7.0  137 -7.0  138 -7.0  139 -7.0
14 -6.5  140 -6.5  141 -6.5  142 -6.5  143 -6.5  144 -7.5  145 -7.5
15 -7.2  150 -7.2  151 -7.2  152 -7.2  153 -7.2  154 -7.2
16 -4.0  160 -4.0  161 -4.0  162 -5.6  163 -8.0  164 -7.0  165 -7.0  166 -7.0
17 -7.0  170 -7.0  171 -9.2  172 -5.0  173 -5.0  174 -5.0  175 -9.0
18 -9.0  180 -9.0  181 -9.0  182 -9.5  1821 -9.0  1822 -9.0  1823 -10.0  183 -10.0  184 -8.0  185 -8.0
186 -10.0
19 -10.0  190 -10.0  191 -9.5  192 -9.5  193 -10.0  194 -10.0  195 -10.0  196 -9.5
20 -10.0  200 -10.0  201 -9.5  202 -10.0  203 -10.0  204 -10.0
"""

# PLOVER 2021 table names -> the contract's PLOVER categories (the table predates the final names).
PLOVER_RENAMES = {"REQUEST": "DEMAND"}
# CAMEO 09 is listed as ACCUSE with mode "investigate": that is PLOVER INVESTIGATE; CAMEO 11 is DISAPPROVE.
ROOT_RULES = {"01": None, "02": None, "09": "INVESTIGATE", "11": "DISAPPROVE", "18": "ASSAULT",
              "19": "FIGHT", "20": "ASSAULT"}


def read_labels(path: Path) -> dict[str, str]:
    labels: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        root = re.match(r"^//(\d{2})[:=]\s*(.+)$", line)
        if root:
            labels.setdefault(root.group(1), root.group(2).strip().capitalize())
        entry = re.match(r"^LABEL:\s*(\d{2,4})=\s*(.+)$", line)
        if entry:  # the last plain LABEL wins (the file fixes a typo by repeating a code)
            labels[entry.group(1)] = entry.group(2).strip()
    return labels


def read_plover(path: Path) -> dict[str, str]:
    plover: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^(\d{2,4}):\s*([A-Z]+)", line)
        if match and match.group(1) not in plover:
            plover[match.group(1)] = PLOVER_RENAMES.get(match.group(2), match.group(2))
    return plover


def plover_for(code: str, table: dict[str, str]) -> str | None:
    root = code[:2]
    if root in ROOT_RULES:
        return ROOT_RULES[root]
    for key in (code, code[:3], root):
        if key in table:
            return table[key]
    return None


def goldstein_for(code: str, weights: dict[str, float]) -> float:
    for key in (code, code[:3], code[:2]):
        if key in weights:
            return weights[key]
    raise SystemExit(f"no Goldstein weight for CAMEO {code}")


def build_codebook(shared: Path) -> list[dict[str, object]]:
    labels = read_labels(shared / "cameo_phoenix_dictionaries/text_to_CAMEO/CAMEO_codefile.txt")
    plover = read_plover(shared / "plover_codebook/CAMEO2PLOVER-2021.txt")
    weights = {code: float(value) for code, value in re.findall(r"(\d{2,4})\s+(-?\d+\.\d)", GOLDSTEIN)}
    codes = sorted(set(labels) | set(plover) | set(weights))
    rows = []
    for code in codes:
        label = labels.get(code) or labels.get(code[:3]) or labels.get(code[:2], "")
        rows.append({"code": code, "label": label, "root": code[:2], "quad_class": quad_class_of(code[:2]),
                     "goldstein": goldstein_for(code, weights), "plover": plover_for(code, plover) or ""})
    return rows


def write_codebook(rows: list[dict[str, object]]) -> None:
    with (DATA / "cameo_codebook.tsv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def build_verbs(shared: Path) -> dict[str, object]:
    upstream = read_verb_file(shared / "cameo_phoenix_dictionaries/CAMEO.2.0.txt", strict=False)
    for error in upstream.errors:
        print(f"skipped malformed upstream line: {error}", file=sys.stderr)
    base = upstream.to_json()
    data = merge_verb_data(base, read_verb_file(DATA / "verbs_supplement.txt", known_synsets=set(base["synsets"])))
    for block in data["blocks"].values():  # line numbers only matter while reading a file
        for pattern in block["patterns"]:
            pattern.pop("line", None)
    return data


LICENSE_CODEBOOK = """cameo_codebook.tsv is compiled by scripts/build_event_data.py from:

- CAMEO code labels: text_to_CAMEO, CAMEO_codefile.txt
  (https://github.com/openeventdata/text_to_CAMEO), MIT License, Copyright (c) 2014 Philip Schrodt.
- PLOVER categories: CAMEO2PLOVER-2021.txt from the PLOVER project
  (https://github.com/openeventdata/PLOVER), edited by Philip Schrodt, licensed CC BY-SA 4.0
  (https://creativecommons.org/licenses/by-sa/4.0/). The PLOVER column of cameo_codebook.tsv is an
  adaptation (names mapped to the final PLOVER categories; CAMEO 01/02 -> none, 18/20 -> ASSAULT,
  19 -> FIGHT) and is shared under the same CC BY-SA 4.0 license.
- Goldstein weights: the CAMEO Goldstein scale as distributed with CAMEO/GDELT (after J. Goldstein,
  "A Conflict-Cooperation Scale for WEIS Events Data", Journal of Conflict Resolution 36(2), 1992).

MIT License text for the CAMEO code file:

The MIT License (MIT)

Copyright (c) 2014 Philip Schrodt

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
associated documentation files (the "Software"), to deal in the Software without restriction,
including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense,
and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so,
subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial
portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT
LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN
NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY,
WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE
SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""

LICENSE_VERBS = """verbs.json.gz is compiled by scripts/build_event_data.py from:

- CAMEO.2.0.txt, the PETRARCH-2 CAMEO verb pattern dictionary
  (https://github.com/openeventdata/petrarch2, petrarch2/data/dictionaries), MIT License,
  Copyright (c) 2015 Open Event Data Alliance. Development funded by the U.S. National Science
  Foundation (see the header of the original file).
- verbs_supplement.txt, eventwire's own additions (MIT, eventwire authors).

The MIT License (MIT)

Copyright (c) 2015 Open Event Data Alliance

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
associated documentation files (the "Software"), to deal in the Software without restriction,
including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense,
and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so,
subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial
portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT
LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN
NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY,
WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE
SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    shared = parser.parse_args().shared / "data"
    rows = build_codebook(shared)
    write_codebook(rows)
    verbs = build_verbs(shared)
    payload = json.dumps(verbs, separators=(",", ":"), sort_keys=True).encode("utf-8")
    (DATA / "verbs.json.gz").write_bytes(gzip.compress(payload, mtime=0))
    (DATA / "LICENSES").mkdir(exist_ok=True)
    (DATA / "LICENSES" / "cameo_codebook.txt").write_text(LICENSE_CODEBOOK, encoding="utf-8")
    (DATA / "LICENSES" / "cameo_verbs.txt").write_text(LICENSE_VERBS, encoding="utf-8")
    patterns = sum(len(block["patterns"]) for block in verbs["blocks"].values())
    print(f"codebook: {len(rows)} codes; verbs: {len(verbs['verbs'])} verb entries, "
          f"{len(verbs['blocks'])} blocks, {patterns} patterns, {len(verbs['synsets'])} synsets")


if __name__ == "__main__":
    main()
