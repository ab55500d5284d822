"""Regenerate the golden whole-document outputs in tests/golden/ from the demo articles.

Run only on purpose, after checking that the change in output is an improvement:
    python scripts/update_golden.py && git diff tests/golden
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from golden import GOLDEN_DIR, demo_articles, golden_path  # noqa: E402

from eventwire.pipeline import extract_many  # noqa: E402
from eventwire.resources import load_resources  # noqa: E402


def main() -> None:
    GOLDEN_DIR.mkdir(exist_ok=True)
    for stale in GOLDEN_DIR.glob("*.json"):
        stale.unlink()
    articles = demo_articles()
    for record in extract_many(articles, resources=load_resources()):
        golden_path(record.doc_id).write_text(
            json.dumps(record.to_dict(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {golden_path(record.doc_id).relative_to(ROOT)}: {len(record.events)} events")


if __name__ == "__main__":
    main()
