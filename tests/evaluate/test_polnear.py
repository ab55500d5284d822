"""PolNeAR brat reader and attribution scorer on a small hand-made compartment (no model)."""

import pytest

from eventwire.errors import GoldFileError
from eventwire.evaluate.formats import POLNEAR_BRAT, detect_format
from eventwire.evaluate.readers.polnear import article_name, parse_ann, read_polnear
from eventwire.evaluate.scorers.polnear import documents, score
from eventwire.schema import DocumentRecord, Quote, Span, Speaker

TEXT = "The senator said the plan will fail. “It is dead,” Smith added, “and buried.”"
ANN = "\n".join([
    "T1\tSource 0 11\tThe senator", "T2\tCue 12 16\tsaid", "T3\tContent 17 35\tthe plan will fail",
    "T4\tAttribution 12 16\tsaid", "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
    "T5\tSource 51 56\tSmith", "T6\tCue 57 62\tadded", "T7\tContent 38 48;65 75\tIt is dead and buried",
    "T8\tAttribution 57 62\tadded", "E2\tAttribution:T8 Cue:T6 Source:T5 Content:T7",
    "T9\tDiscard 0 3\tThe",
])


@pytest.fixture()
def compartment(tmp_path):
    (tmp_path / "dev" / "text").mkdir(parents=True)
    (tmp_path / "dev" / "attributions").mkdir()
    (tmp_path / "dev" / "text" / "nyt_2016-10-01_x.txt").write_text(TEXT, encoding="utf-8")
    for annotator in ("b2", "a1"):  # two annotators: the first in name order is used
        (tmp_path / "dev" / "attributions" / f"nyt_2016-10-01_x_{annotator}.ann").write_text(ANN, encoding="utf-8")
    (tmp_path / "metadata.tsv").write_text("compartment\tfilename\tpublication_date\ndev\tnyt_2016-10-01_x\t2016-10-01\n",
                                           encoding="utf-8")
    return tmp_path / "dev"


def test_reads_articles_once_with_dates(compartment):
    [article] = read_polnear(compartment)
    assert article.id == "nyt_2016-10-01_x" and article.published == "2016-10-01"
    assert [a.content for a in article.attributions] == [((17, 35),), ((38, 48), (65, 75))]
    assert article.attributions[1].source == ((51, 56),)
    assert detect_format(compartment) == POLNEAR_BRAT
    assert [d.id for d in documents([article])] == ["nyt_2016-10-01_x"]


def test_article_name_drops_annotator():
    from pathlib import Path
    assert article_name(Path("nyt_2016-10-01_x_4e07.ann")) == "nyt_2016-10-01_x"


def test_missing_span_is_a_gold_error():
    with pytest.raises(GoldFileError, match="E503"):
        parse_ann("E1\tAttribution:T4 Content:T9")


def test_empty_folder_is_a_gold_error(tmp_path):
    with pytest.raises(GoldFileError, match="E502"):
        read_polnear(tmp_path)


def _quote(start, end, *, speaker=None, cue=None, kind="direct"):
    return Quote(text=TEXT[start:end], start=start, end=end, kind=kind,
                 speaker=Speaker(TEXT[speaker[0]:speaker[1]], *speaker) if speaker else None,
                 cue=Span(TEXT[cue[0]:cue[1]], *cue) if cue else None)


def test_score_content_speaker_and_cue(compartment):
    articles = read_polnear(compartment)
    quotes = [_quote(17, 35, speaker=(4, 11), cue=(12, 16), kind="indirect"),   # right, speaker inside source
              _quote(38, 48, speaker=(0, 3), cue=(57, 62)),                     # 3 of 5 words: matched
              _quote(0, 3)]                                                     # nothing
    metrics, _ = score(articles, {"nyt_2016-10-01_x": DocumentRecord(doc_id="x", quotes=quotes)})
    assert metrics["content"]["tp"] == 2 and metrics["content"]["fp"] == 1 and metrics["content"]["fn"] == 0
    assert metrics["content_exact"]["tp"] == 1
    assert metrics["speaker_right"] == 0.5 and metrics["speaker_scored"] == 2
    assert metrics["cue"]["precision"] == 1.0 and metrics["cue"]["recall"] == 1.0
    assert metrics["precision_by_kind"] == {"direct": 0.5, "indirect": 1.0}


def test_too_little_overlap_is_no_match(compartment):
    articles = read_polnear(compartment)
    quotes = [_quote(17, 60)]  # covers the first content but is more than twice as long
    metrics, _ = score(articles, {"nyt_2016-10-01_x": DocumentRecord(doc_id="x", quotes=quotes)})
    assert metrics["content"]["tp"] == 0 and metrics["content_any"]["tp"] >= 1


def test_real_dev_folder_reads(shared_dir):
    folder = shared_dir / "data" / "polnear" / "dev"
    if not folder.exists():
        pytest.skip("PolNeAR dev not present")
    articles = read_polnear(folder)
    assert len(articles) > 50
    assert sum(len(article.attributions) for article in articles) > 1000


def test_quotes_sharing_a_cue_are_one_attribution(compartment):
    articles = read_polnear(compartment)
    quotes = [_quote(38, 48, speaker=(51, 56), cue=(57, 62)),   # “It is dead,” Smith added,
              _quote(65, 75, speaker=(51, 56), cue=(57, 62))]   # “and buried.”: the same utterance
    metrics, _ = score(articles, {"nyt_2016-10-01_x": DocumentRecord(doc_id="x", quotes=quotes)})
    assert metrics["predicted_quotes"] == 2 and metrics["predicted_attributions"] == 1
    assert metrics["content"]["tp"] == 1 and metrics["content"]["fp"] == 0
    assert metrics["content_exact"]["tp"] == 1 and metrics["speaker_right"] == 1.0
