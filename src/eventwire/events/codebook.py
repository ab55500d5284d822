"""CAMEO codebook: label, root, GDELT quad class, Goldstein weight and PLOVER category of every code.

Compiled by scripts/build_event_data.py into data/cameo_codebook.tsv (sources and licenses in
data/LICENSES/cameo_codebook.txt). Unknown sub-codes fall back on their parent code.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

CODEBOOK_FILE = "cameo_codebook.tsv"


@dataclass(frozen=True)
class CameoCode:
    code: str
    label: str
    root: str
    quad_class: int
    goldstein: float
    plover: str | None


def quad_class_of(root: str) -> int:
    """GDELT quad class: 1 verbal coop (01-05), 2 material coop (06-09), 3 verbal conflict (10-14),
    4 material conflict (15-20)."""
    number = int(root)
    return 1 if number <= 5 else 2 if number <= 9 else 3 if number <= 14 else 4


class Codebook:
    def __init__(self, codes: dict[str, CameoCode]):
        self._codes = codes

    def __contains__(self, code: str) -> bool:
        return code in self._codes

    def __len__(self) -> int:
        return len(self._codes)

    def codes(self) -> list[str]:
        return sorted(self._codes)

    def get(self, code: str) -> CameoCode | None:
        """The entry for a code; an unlisted sub-code ('0335') borrows its nearest parent's values."""
        if code in self._codes:
            return self._codes[code]
        parent = _parent(code)
        while parent and parent not in self._codes:
            parent = _parent(parent)
        if not parent:
            return None
        base = self._codes[parent]
        return CameoCode(code, base.label, base.root, base.quad_class, base.goldstein, base.plover)

    def __getitem__(self, code: str) -> CameoCode:
        entry = self.get(code)
        if entry is None:
            raise KeyError(code)
        return entry


def _parent(code: str) -> str:
    """'0332' -> '033' -> '03'; '033' -> '03'; '03' -> ''."""
    if len(code) > 3:
        return code[:3]
    if len(code) == 3:
        return code[:2]
    return ""


@lru_cache(maxsize=1)
def load_codebook() -> Codebook:
    text = resources.files("eventwire").joinpath("data", CODEBOOK_FILE).read_text(encoding="utf-8")
    codes = {}
    for row in csv.DictReader(io.StringIO(text), delimiter="\t"):
        codes[row["code"]] = CameoCode(row["code"], row["label"], row["root"], int(row["quad_class"]),
                                       float(row["goldstein"]), row["plover"] or None)
    return Codebook(codes)
