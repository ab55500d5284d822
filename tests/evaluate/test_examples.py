"""The demo inputs under examples/ stay valid extract inputs (shape only; no model)."""

import json
import re
from datetime import date
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_demo_articles_are_valid_input_lines():
    lines = (EXAMPLES / "demo_articles.jsonl").read_text(encoding="utf-8").splitlines()
    articles = [json.loads(line) for line in lines]
    assert len(articles) == 7
    assert len({article["id"] for article in articles}) == 7
    for article in articles:
        assert set(article) == {"id", "title", "published", "source", "url", "text"}
        assert 2024 <= date.fromisoformat(article["published"]).year <= 2025
        assert 150 <= len(article["text"].split()) <= 350, article["id"]


def test_demo_articles_cover_what_the_stages_must_handle():
    text = "\n".join(json.loads(line)["text"] for line in
                     (EXAMPLES / "demo_articles.jsonl").read_text(encoding="utf-8").splitlines())
    for needle in ("lakh", "1,50,000", "\u201c", '"', "He said", "said that", "Moscow", "Beijing",
                   "foreign minister", "army chief", "defence minister", "on Tuesday", "last week",
                   "March 3-4", "Google News"):
        assert needle in text, needle
    assert re.search(r"\b\d+ tonnes\b", text) and re.search(r"\$\d+", text)


def test_other_input_kinds_are_present():
    assert len((EXAMPLES / "demo_article.txt").read_text(encoding="utf-8").split()) > 100
    page = (EXAMPLES / "demo_article.html").read_text(encoding="utf-8")
    assert "<nav>" in page and "<footer>" in page and "<article>" in page
