"""Annotation workflow for real news sentences (rubric: docs/annotation.md).

    python scripts/annotations.py tasks WORKDIR [--sentences 2300] [--annotators 6] [--double 0.1]
                                        [--exclude EARLIER/tasks ...] [--first-annotator 7]
    python scripts/annotations.py tasks WORKDIR --final-review 10 --annotators 2 --double 0
                                        # whole articles of rows 200-248 for a final review's recall
    python scripts/annotations.py check WORKDIR [--annotator NAME]   # validate label files
    python scripts/annotations.py merge WORKDIR [-o data/annotations/guardian.jsonl]
    python scripts/annotations.py agreement [data/annotations/guardian.jsonl]

`tasks` draws articles at random (seeded) from Guardian rows 0-199 of
../shared/data/news_articles_guardian/Guardian_SDF_sample.csv — never rows 200-248, which are kept for
final reviews — splits them into sentences with eventwire's own parser, and writes for each article
`WORKDIR/tasks/<doc>.md` (numbered sentences to read) and `<doc>.json` (the sentences with offsets), and
`WORKDIR/assignments.json` (which annotator labels which articles; about `--double` of the sentences go to
two annotators). Annotators write `WORKDIR/labels/<doc>.<annotator>.jsonl`, one line per sentence:
`{"sentence": 3, "events": [...], "note": ""}`. `check` reports every problem; `merge` writes the checked
rows, with text, offsets and annotator, into the repository.

`--final-review N` draws N whole articles from rows 200-248 instead (a final review's recall: what share of
the events an analyst codes the coder finds). Merge those into data/reviews/, never data/annotations/:
nothing learned may see them.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from pathlib import Path

from eventwire.evaluate.annotations import (
    AnnotatedSentence, annotator_counts, check_event, read_rows, row_from_dict, row_to_dict,
    sentence_agreement,
)
from eventwire.events.codebook import load_codebook

ROOT = Path(__file__).resolve().parent.parent
GUARDIAN = ROOT.parent / "shared/data/news_articles_guardian/Guardian_SDF_sample.csv"
DEVELOPMENT_ROWS = range(0, 200)   # rows 200-248 are read only for a final review (--final-review)
FINAL_REVIEW_ROWS = range(200, 249)
MAX_ARTICLE_CHARS = 12_000      # keeps one annotator's load per article bounded
SEED = 20261207


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    tasks = commands.add_parser("tasks")
    tasks.add_argument("workdir", type=Path)
    tasks.add_argument("--sentences", type=int, default=2300)
    tasks.add_argument("--annotators", type=int, default=6)
    tasks.add_argument("--double", type=float, default=0.1)
    tasks.add_argument("--exclude", type=Path, nargs="*", default=[],
                       help="task folders of earlier rounds: their articles are not drawn again")
    tasks.add_argument("--first-annotator", type=int, default=1, help="number of the first annotator's name")
    tasks.add_argument("--final-review", type=int, metavar="N",
                       help="N whole articles of rows 200-248 (final review only), not a sentence budget")
    for name in ("check", "merge"):
        command = commands.add_parser(name)
        command.add_argument("workdir", type=Path)
        if name == "check":
            command.add_argument("--annotator", help="check only this annotator's label files")
        if name == "merge":
            command.add_argument("-o", "--output", type=Path, default=ROOT / "data/annotations/guardian.jsonl")
    agreement = commands.add_parser("agreement")
    agreement.add_argument("files", type=Path, nargs="*", default=[ROOT / "data/annotations/guardian.jsonl"])
    args = parser.parse_args(argv)
    if args.command == "tasks":
        done = {path.stem for folder in args.exclude for path in folder.glob("*.json")}
        return write_tasks(args.workdir, sentences=args.sentences, annotators=args.annotators, double=args.double,
                           exclude=done, first_annotator=args.first_annotator, final_review=args.final_review)
    if args.command == "check":
        problems = load_labelled(args.workdir, annotator=args.annotator)[1]
        print("\n".join(problems) or "no problems")
        return 1 if problems else 0
    if args.command == "merge":
        return merge_labels(args.workdir, args.output)
    return print_agreement(args.files)


def guardian_articles(positions: range = DEVELOPMENT_ROWS) -> list[dict]:
    """Guardian rows at these positions (file order); rows past them are never parsed."""
    csv.field_size_limit(sys.maxsize)
    with GUARDIAN.open(encoding="utf-8", newline="") as handle:
        rows = []
        for position, row in enumerate(csv.DictReader(handle)):
            if position >= positions.stop:
                break
            if position < positions.start:
                continue
            rows.append({"row": position, "doc": f"guardian-{position:03d}", "published": row["date"],
                         "text": row["text"]})
    return rows


def split_sentences(nlp, text: str) -> list[tuple[int, int]]:
    from eventwire.nlp import parse
    return [tuple(offsets) for offsets in parse(nlp, text).sentence_offsets()]


def write_tasks(workdir: Path, *, sentences: int, annotators: int, double: float, exclude: set[str] = frozenset(),
                first_annotator: int = 1, final_review: int | None = None) -> int:
    from eventwire.nlp import load_nlp

    nlp = load_nlp()
    rows = FINAL_REVIEW_ROWS if final_review else DEVELOPMENT_ROWS
    articles = [a for a in guardian_articles(rows) if len(a["text"]) <= MAX_ARTICLE_CHARS]
    random.Random(SEED).shuffle(articles)       # the same order every round: later rounds continue it
    articles = [a for a in articles if a["doc"] not in exclude]
    chosen, total = [], 0
    for article in articles:
        if (len(chosen) >= final_review) if final_review else (total >= sentences):
            break
        article["sentences"] = split_sentences(nlp, article["text"])
        chosen.append(article)
        total += len(article["sentences"])
    (workdir / "tasks").mkdir(parents=True, exist_ok=True)
    (workdir / "labels").mkdir(parents=True, exist_ok=True)
    for article in chosen:
        _write_task(workdir / "tasks", article)
    assignments = assign(chosen, annotators=range(first_annotator, first_annotator + annotators), double=double)
    (workdir / "assignments.json").write_text(json.dumps(assignments, indent=1), encoding="utf-8")
    doubled = sum(len(a["sentences"]) for a in chosen if len(assignments["docs"][a["doc"]]) > 1)
    print(f"{len(chosen)} articles, {total} sentences, {doubled} of them for two annotators")
    return 0


def assign(articles: list[dict], *, annotators: range, double: float) -> dict:
    """Each article to the least-loaded annotator; then the first articles up to `double` of all
    sentences to a second annotator as well (the least loaded other one)."""
    load = {f"llm-annotator-{n}": 0 for n in annotators}
    docs: dict[str, list[str]] = {}
    for article in sorted(articles, key=lambda a: -len(a["sentences"])):
        who = min(load, key=load.get)
        docs[article["doc"]] = [who]
        load[who] += len(article["sentences"])
    target = double * sum(len(a["sentences"]) for a in articles)
    names = list(load)
    doubled = 0
    for article in articles:                      # drawn order: a random sample of articles
        if doubled >= target:
            break
        first = docs[article["doc"]][0]
        second = min((name for name in names if name != first), key=load.get)
        docs[article["doc"]].append(second)
        load[second] += len(article["sentences"])
        doubled += len(article["sentences"])
    by_annotator = {name: sorted(doc for doc, who in docs.items() if name in who) for name in names}
    return {"docs": docs, "annotators": by_annotator, "sentences": load}


def _write_task(folder: Path, article: dict) -> None:
    text = article["text"]
    sentences = [{"sentence": index, "start": start, "end": end, "text": text[start:end]}
                 for index, (start, end) in enumerate(article["sentences"])]
    meta = {key: article[key] for key in ("doc", "row", "published")}
    (folder / f"{article['doc']}.json").write_text(json.dumps({**meta, "sentences": sentences}), encoding="utf-8")
    lines = [f"# {article['doc']} (Guardian row {article['row']}, published {article['published']})", ""]
    lines += [f"[{item['sentence']}] {item['text']}" for item in sentences]
    (folder / f"{article['doc']}.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def load_labelled(workdir: Path, *, annotator: str | None = None) -> tuple[list[AnnotatedSentence], list[str]]:
    """Rows built from every label file (or one annotator's), and the problems found on the way."""
    codebook = load_codebook()
    rows, problems = [], []
    for path in sorted((workdir / "labels").glob(f"*.{annotator}.jsonl" if annotator else "*.jsonl")):
        doc, annotator = path.name[: -len(".jsonl")].split(".", 1)
        task = json.loads((workdir / "tasks" / f"{doc}.json").read_text(encoding="utf-8"))
        sentences = {item["sentence"]: item for item in task["sentences"]}
        seen: set[int] = set()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            where = f"{path.name}:{number}"
            try:
                label = json.loads(line)
                index = int(label["sentence"])
            except (ValueError, KeyError, TypeError) as exc:
                problems.append(f"{where}: not a label line ({exc})")
                continue
            if index not in sentences or index in seen:
                problems.append(f"{where}: sentence {index} unknown or labelled twice")
                continue
            seen.add(index)
            item = sentences[index]
            for position, event in enumerate(label.get("events") or [], start=1):
                problems.extend(f"{where} event {position}: {problem}"
                                for problem in check_event(event, item["text"], codebook=codebook))
            rows.append(row_from_dict({**{k: task[k] for k in ("doc", "row", "published")}, **item,
                                       "annotator": annotator, "events": label.get("events") or [],
                                       "note": label.get("note", "")}, where=where))
        missing = sorted(set(sentences) - seen)
        if missing:
            problems.append(f"{path.name}: sentences not labelled: {missing[:20]}{' …' if len(missing) > 20 else ''}")
    return rows, problems


def merge_labels(workdir: Path, output: Path) -> int:
    rows, problems = load_labelled(workdir)
    if problems:
        print("\n".join(problems))
        print(f"{len(problems)} problems: fix them before merging", file=sys.stderr)
        return 1
    rows.sort(key=lambda row: (row.doc, row.sentence, row.annotator))
    output.parent.mkdir(parents=True, exist_ok=True)
    with output.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row_to_dict(row), ensure_ascii=False) + "\n")
    print(f"{len(rows)} rows from {dict(annotator_counts(rows))} -> {output}")
    return 0


def print_agreement(files: list[Path]) -> int:
    rows = read_rows(files)
    by_key: dict[tuple[str, int], list[AnnotatedSentence]] = {}
    for row in rows:
        by_key.setdefault(row.key, []).append(row)
    first, second = [], []
    for labelled in by_key.values():
        if len(labelled) >= 2:
            first.append(labelled[0])
            second.append(labelled[1])
    report = {"rows": len(rows), "sentences": len(by_key), "annotators": dict(annotator_counts(rows)),
              "doubly_labelled": sentence_agreement(first, second)}
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
