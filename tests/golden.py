"""Where golden whole-document outputs live and which articles they are made from."""

from __future__ import annotations

import re
from pathlib import Path

from eventwire.ingest import read_inputs
from eventwire.schema import DocInput

ROOT = Path(__file__).resolve().parents[1]
GOLDEN_DIR = ROOT / "tests" / "golden"
EXAMPLES = ROOT / "examples"


def demo_articles() -> list[DocInput]:
    return [item for item in read_inputs([EXAMPLES]) if isinstance(item, DocInput)]


def golden_path(doc_id: str) -> Path:
    return GOLDEN_DIR / (re.sub(r"[^A-Za-z0-9_.-]+", "_", doc_id) + ".json")
