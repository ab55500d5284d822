"""Long synthetic articles of varied, news-like sentences, for the length benchmark and profiling.

    python bench/long_text.py 100000 -o long.txt        # one 100,000-character article

Sentences come from real news text read at run time, never stored in the project: Guardian rows 0-199
of ../shared/data/news_articles_guardian/Guardian_SDF_sample.csv (present in the development checkout
only; rows 200 and later are never read), else the project's own invented demo articles
(examples/demo_articles.jsonl). They are shuffled with a fixed seed and grouped into paragraphs of
2-6 sentences separated by blank lines, so a long article has the shape of a real one (many actors,
places, quotes) rather than one sentence repeated.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GUARDIAN = ROOT.parent / "shared" / "data" / "news_articles_guardian" / "Guardian_SDF_sample.csv"
DEMO = ROOT / "examples" / "demo_articles.jsonl"
READABLE_ROWS = 200  # rows 200-248 are kept unread for a blind review
_SENTENCE_END = re.compile(r"(?<=[.!?\"'\u201d\u2019])\s+(?=[\"'\u201c\u2018A-Z])")


def source_sentences() -> tuple[list[str], str]:
    """(sentences, where they came from)."""
    if GUARDIAN.exists():
        csv.field_size_limit(sys.maxsize)
        with GUARDIAN.open(encoding="utf-8", newline="") as handle:
            rows = [row["text"] for _, row in zip(range(READABLE_ROWS), csv.DictReader(handle))]
        where = f"Guardian rows 0-{READABLE_ROWS - 1}"
    else:
        with DEMO.open(encoding="utf-8") as handle:
            rows = [json.loads(line)["text"] for line in handle if line.strip()]
        where = str(DEMO.relative_to(ROOT))
    sentences = [sentence.strip() for text in rows for paragraph in text.split("\n")
                 for sentence in _SENTENCE_END.split(paragraph) if len(sentence.split()) >= 4]
    return sentences, where


def long_article(chars: int, *, seed: int = 7, sentences: list[str] | None = None) -> str:
    """About `chars` characters (never more) of shuffled sentences in paragraphs."""
    pool = list(sentences if sentences is not None else source_sentences()[0])
    rng = random.Random(seed)
    paragraphs: list[str] = []
    length = 0
    while True:
        rng.shuffle(pool)
        for start in range(0, len(pool), 6):
            paragraph = " ".join(pool[start:start + rng.randint(2, 6)])
            if length + len(paragraph) + 2 > chars:
                return "\n\n".join(paragraphs)
            paragraphs.append(paragraph)
            length += len(paragraph) + 2


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("chars", type=int)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("-o", "--output", type=Path, required=True)
    options = parser.parse_args(argv)
    options.output.write_text(long_article(options.chars, seed=options.seed), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
