"""ConfliBERT CAMEO class rows (cameo_class*.tsv): `sentence<TAB>label`, no header, label 0–4."""

from __future__ import annotations

from pathlib import Path

from eventwire.errors import GoldFileError
from eventwire.evaluate.readers.files import read_gold_text
from eventwire.evaluate.gold import ConflibertGold

LABELS = ("0", "1", "2", "3", "4")


def read_conflibert_tsv(path: Path) -> list[ConflibertGold]:
    return parse_conflibert_tsv(read_gold_text(path, kind="ConfliBERT TSV"), path=path)


def parse_conflibert_tsv(content: str, *, path: Path | str = "<ConfliBERT TSV>") -> list[ConflibertGold]:
    records = []
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        text, _, label = line.rstrip("\r").rpartition("\t")
        if label.strip() not in LABELS or not text.strip():
            raise GoldFileError("E503", path, f"line {number}: expected `sentence<TAB>label` with label 0-4")
        records.append(ConflibertGold(id=f"line-{number}", text=text.strip(), label=label.strip()))
    return records
