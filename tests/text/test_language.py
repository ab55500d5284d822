"""The English check (eventwire.text.language): non-English text is flagged, English news never."""

from __future__ import annotations

import json
from pathlib import Path

from eventwire.text.language import english_share, not_english_warning

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
# Written for these tests (the project's own sentences, not copied from any source).
GERMAN = ("Die Bundesregierung hat am Montag neue Sanktionen gegen Russland beschlossen. Die Außenministerin "
          "sagte in Berlin, man werde die Ukraine weiter unterstützen, solange es nötig sei. Die Opposition "
          "kritisierte die Entscheidung als zu spät und forderte eine schnellere Lieferung von Waffen an Kiew.")
SPANISH = ("El presidente del Gobierno se reunió el martes en Madrid con su homólogo portugués para hablar de la "
           "crisis energética. Ambos líderes acordaron reforzar las interconexiones eléctricas y pidieron a la "
           "Comisión Europea una respuesta común ante la subida de los precios del gas.")
RUSSIAN = ("Министр иностранных дел России провёл в понедельник переговоры с пакистанским коллегой в Исламабаде. "
           "Стороны обсудили поставки оборудования, совместные учения и строительство газопровода. ") * 3


def test_other_languages_are_flagged():
    for text in (GERMAN, SPANISH, RUSSIAN):
        warning = not_english_warning(text)
        assert warning is not None and warning.startswith("not English:")


def test_the_demo_articles_are_english():
    texts = [json.loads(line)["text"] for line in (EXAMPLES / "demo_articles.jsonl").read_text().splitlines()]
    texts.append((EXAMPLES / "demo_article.txt").read_text(encoding="utf-8"))
    assert all(not_english_warning(text) is None for text in texts)
    assert min(english_share(text)[0] for text in texts) > 0.2


def test_the_guardian_rows_read_for_development_are_english(shared_dir):
    import csv
    import sys

    csv.field_size_limit(sys.maxsize)
    path = shared_dir / "data" / "news_articles_guardian" / "Guardian_SDF_sample.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        texts = [row["text"] for _, row in zip(range(200), csv.DictReader(handle))]  # rows 0-199 only
    assert len(texts) == 200 and not [text for text in texts if not_english_warning(text)]


def test_short_texts_and_lists_of_names_are_not_judged():
    assert not_english_warning("Gazprom, Rosneft, Lukoil") is None
    assert not_english_warning(GERMAN[:100]) is None


def test_a_declared_language_wins():
    assert not_english_warning(GERMAN, declared="en") is None
    assert not_english_warning("Russia praised Pakistan. " * 20, declared="de").startswith("not English:")
    assert not_english_warning("Russia praised Pakistan. " * 20, declared="en-GB") is None
