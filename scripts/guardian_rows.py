"""Guardian sample rows 0-199 as eventwire articles, for the counting scripts in this folder.

Rows are positions in file order of Guardian_SDF_sample.csv. Rows 200-248 are kept unread for a
blind review: the reader stops after row 199 and never parses a later row.
"""

from __future__ import annotations

import csv
import sys
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GUARDIAN_CSV = ROOT.parent / "shared" / "data" / "news_articles_guardian" / "Guardian_SDF_sample.csv"
READABLE_ROWS = 200  # rows 0-199; never more


def read_guardian_rows(path: Path = GUARDIAN_CSV, *, rows: int = READABLE_ROWS) -> list:
    """The first `rows` rows (at most 200) as DocInput, ids `guardian-<row>`, dated by the `date` column."""
    from eventwire.schema import DocInput

    if not 0 < rows <= READABLE_ROWS:
        raise SystemExit(f"--rows must be 1..{READABLE_ROWS}: rows 200-248 are kept for a blind review")
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return [DocInput(id=f"guardian-{number}", text=row["text"], published=row.get("date") or None,
                         source=row.get("source") or None)
                for number, row in enumerate(islice(reader, rows))]


def write_guardian_jsonl(path: Path, *, rows: int) -> Path:
    """The first `rows` rows (at most 200) as a JSON lines file in `eventwire extract`'s input format."""
    import json

    with path.open("w", encoding="utf-8") as handle:
        for article in read_guardian_rows(rows=rows):
            handle.write(json.dumps({"id": article.id, "text": article.text, "published": article.published,
                                     "source": article.source}, ensure_ascii=False) + "\n")
    return path
