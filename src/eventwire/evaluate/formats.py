"""Which gold format a file is in, from its name and its first bytes."""

from __future__ import annotations

from pathlib import Path

from eventwire.errors import GoldFileError

PLOVER_GSR = "plover_gsr"
PETRARCH_XML = "petrarch_xml"
CONFLIBERT_TSV = "conflibert_tsv"
CONFLIBERT_NER = "conflibert_ner"
RE3D = "re3d"
GEOPARSING_XML = "geoparsing_xml"
POLNEAR_BRAT = "polnear_brat"
FORMATS = (PLOVER_GSR, PETRARCH_XML, CONFLIBERT_TSV, CONFLIBERT_NER, RE3D, GEOPARSING_XML, POLNEAR_BRAT)


def detect_format(path: Path) -> str:
    path = Path(path)
    if _is_polnear(path):
        return POLNEAR_BRAT
    if path.is_dir() or path.name in ("documents.json", "entities.json"):
        from eventwire.evaluate.readers.re3d import is_re3d

        if is_re3d(path):
            return RE3D
    try:
        head = path.read_text(encoding="utf-8", errors="replace")[:20000]
    except OSError as exc:
        raise GoldFileError("E502", path, f"cannot read gold file: {exc}") from exc
    stripped = head.lstrip("\ufeff \t\r\n")
    if stripped.startswith("[") and '"event"' in head and '"text"' in head:
        return PLOVER_GSR
    if stripped.startswith("<") and "<Sentence" in head:
        return PETRARCH_XML
    if stripped.startswith("<") and "<article" in head and ("<toponyms" in head or "<locations" in head):
        return GEOPARSING_XML
    if path.suffix.lower() == ".tsv" and _looks_like_class_rows(head):
        return CONFLIBERT_TSV
    if _looks_like_span_tags(head):
        return CONFLIBERT_NER
    raise GoldFileError("E501", path, "unrecognised gold format (expected PLOVER GSR JSON, "
                                      "PETRARCH validation XML, ConfliBERT CAMEO TSV or NER spans, re3d folder)")


def _is_polnear(path: Path) -> bool:
    """A brat .ann file, or a folder of them (itself or its attributions/ folder)."""
    if path.is_dir():
        folder = path / "attributions" if (path / "attributions").is_dir() else path
        return any(folder.glob("*.ann"))
    return path.suffix.lower() == ".ann"


def _looks_like_class_rows(head: str) -> bool:
    """`sentence<TAB>digit` rows; the last line of `head` may be cut short, so it is not checked."""
    lines = [line for line in head.splitlines() if line.strip()][:20]
    checked = lines[:-1] or lines
    return bool(lines) and all(line.rpartition("\t")[2].strip().isdigit() for line in checked)


def _looks_like_span_tags(head: str) -> bool:
    """ConfliBERT NER: `token TAG` lines with TAG O or B-/I- of S, T, R (last line may be cut short)."""
    lines = [line for line in head.splitlines() if line.strip()][:40]
    tags = {line.rpartition(" ")[2] for line in lines[:-1] or lines}
    return bool(lines) and tags <= {"O", "B-S", "I-S", "B-T", "I-T", "B-R", "I-R"} and tags != {"O"}
