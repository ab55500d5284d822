"""The English check (eventwire.text.language): non-English text is flagged, English news never."""

from __future__ import annotations

import json
from pathlib import Path

from eventwire.text.language import language_shares, not_english_warning

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
# Written for these tests (the project's own sentences, not copied from any source).
GERMAN = ("Die Bundesregierung hat am Montag neue Sanktionen gegen Russland beschlossen. Die Außenministerin "
          "sagte in Berlin, man werde die Ukraine weiter unterstützen, solange es nötig sei. Die Opposition "
          "kritisierte die Entscheidung als zu spät und forderte eine schnellere Lieferung von Waffen an Kiew.")
SPANISH = ("El presidente del Gobierno se reunió el martes en Madrid con su homólogo portugués para hablar de la "
           "crisis energética. Ambos líderes acordaron reforzar las interconexiones eléctricas y pidieron a la "
           "Comisión Europea una respuesta común ante la subida de los precios del gas.")
FRENCH = ("Le gouvernement français a annoncé lundi de nouvelles mesures pour soutenir les agriculteurs. Le ministre "
          "a déclaré à Paris que l'État ne laisserait personne de côté, tandis que les syndicats ont appelé à de "
          "nouvelles manifestations dans plusieurs villes du pays la semaine prochaine.")
RUSSIAN = ("Министр иностранных дел России провёл в понедельник переговоры с пакистанским коллегой в Исламабаде. "
           "Стороны обсудили поставки оборудования, совместные учения и строительство газопровода. ") * 3


def test_other_languages_are_flagged():
    assert "reads as German" in not_english_warning(GERMAN)
    assert "reads as Spanish" in not_english_warning(SPANISH)
    assert "not Latin script" in not_english_warning(RUSSIAN)
    assert "reads as French" in not_english_warning(FRENCH)


def test_the_demo_articles_are_english():
    texts = [json.loads(line)["text"] for line in (EXAMPLES / "demo_articles.jsonl").read_text().splitlines()]
    texts.append((EXAMPLES / "demo_article.txt").read_text(encoding="utf-8"))
    assert all(not_english_warning(text) is None for text in texts)
    assert min(language_shares(text)[0]["English"] for text in texts) > 0.2


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


def test_english_without_function_words_is_english():
    """No evidence of another language is no reason to flag: repeated headlines, lists of names."""
    assert not_english_warning("Russia praised Pakistan. " * 200) is None
    assert not_english_warning("Yes. " * 200) is None
    assert not_english_warning(" ".join(["Gazprom Rosneft Lukoil Sberbank Novatek"] * 20)) is None


def test_an_english_article_quoting_another_language_stays_english():
    english = "The minister said the talks had been useful and that the two countries would meet again. " * 6
    assert not_english_warning(english + GERMAN) is None


def test_a_declared_language_wins():
    assert not_english_warning(GERMAN, declared="en") is None
    assert not_english_warning("Russia praised Pakistan. " * 20, declared="de").startswith("not English:")
    assert not_english_warning("Russia praised Pakistan. " * 20, declared="en-GB") is None
