"""Which gold format a file is in, from its name and its first bytes."""

from __future__ import annotations

from pathlib import Path

from eventwire.errors import GoldFileError

PLOVER_GSR = "plover_gsr"
PETRARCH_XML = "petrarch_xml"
CONFLIBERT_TSV = "conflibert_tsv"
FORMATS = (PLOVER_GSR, PETRARCH_XML, CONFLIBERT_TSV)


def detect_format(path: Path) -> str:
    path = Path(path)
    try:
        head = path.read_text(encoding="utf-8", errors="replace")[:20000]
    except OSError as exc:
        raise GoldFileError("E502", path, f"cannot read gold file: {exc}") from exc
    stripped = head.lstrip("\ufeff \t\r\n")
    if stripped.startswith("[") and '"event"' in head and '"text"' in head:
        return PLOVER_GSR
    if stripped.startswith("<") and "<Sentence" in head:
        return PETRARCH_XML
    if path.suffix.lower() == ".tsv" and _looks_like_class_rows(head):
        return CONFLIBERT_TSV
    raise GoldFileError("E501", path, "unrecognised gold format (expected PLOVER GSR JSON, "
                                      "PETRARCH validation XML or ConfliBERT CAMEO TSV)")


def _looks_like_class_rows(head: str) -> bool:
    """`sentence<TAB>digit` rows; the last line of `head` may be cut short, so it is not checked."""
    lines = [line for line in head.splitlines() if line.strip()][:20]
    checked = lines[:-1] or lines
    return bool(lines) and all(line.rpartition("\t")[2].strip().isdigit() for line in checked)
