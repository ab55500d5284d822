"""Sentence annotations of real news (docs/annotation.md): the rows, their checks, and agreement.

One row is one sentence labelled by one annotator, with the events it reports (usually none). The
learned event coder trains on these rows and the blind reviews are judged by the same rubric.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from eventwire.events.codebook import Codebook

MODALITIES = ("asserted", "intended", "negated", "hypothetical", "reported")
SECTORS = frozenset({
    "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "PTY", "REB", "SEP", "INS", "UAF", "MED", "CVL", "BUS",
    "NGO", "IGO", "EDU", "REL", "HLH", "HRI", "SPY", "ELI", "LAB", "AGR", "REF", "CRM",
})
SPECIAL_COUNTRIES = frozenset({"IGO", "NGO", "IMG"})
_COUNTRY = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True)
class Participant:
    text: str | None          # None: named only in another sentence (then `name` says who)
    country: str | None
    sector: str | None
    name: str | None = None


@dataclass(frozen=True)
class AnnotatedEvent:
    trigger: str
    trigger_occurrence: int
    source: tuple[Participant, ...]
    target: tuple[Participant, ...]
    root: str
    cameo: str | None
    plover: str | None
    modality: str
    historical: bool

    def trigger_span(self, sentence: str) -> tuple[int, int] | None:
        """[start, end) of the trigger inside the sentence text, or None when it is not there."""
        return find_word(sentence, self.trigger, self.trigger_occurrence)


@dataclass(frozen=True)
class AnnotatedSentence:
    doc: str
    row: int
    published: str | None
    sentence: int
    start: int
    end: int
    text: str
    annotator: str
    events: tuple[AnnotatedEvent, ...] = ()
    note: str = ""

    @property
    def key(self) -> tuple[str, int]:
        return self.doc, self.sentence


@dataclass
class AnnotationProblem:
    where: str
    problem: str

    def __str__(self) -> str:
        return f"{self.where}: {self.problem}"


def find_word(sentence: str, word: str, occurrence: int = 1) -> tuple[int, int] | None:
    """The `occurrence`-th match of `word` as whole word(s) in the sentence (1-based)."""
    if not word:
        return None
    pattern = re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)")
    for index, match in enumerate(pattern.finditer(sentence), start=1):
        if index == occurrence:
            return match.start(), match.end()
    return None


def read_rows(paths: Iterable[Path]) -> list[AnnotatedSentence]:
    """All rows of the given JSONL files (or directories of them), in file order."""
    rows = []
    for path in _jsonl_files(paths):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip():
                rows.append(row_from_dict(json.loads(line), where=f"{path.name}:{number}"))
    return rows


def row_from_dict(data: dict, *, where: str = "row") -> AnnotatedSentence:
    try:
        return AnnotatedSentence(
            doc=data["doc"], row=int(data["row"]), published=data.get("published"),
            sentence=int(data["sentence"]), start=int(data["start"]), end=int(data["end"]),
            text=data["text"], annotator=data["annotator"],
            events=tuple(_event_from_dict(event) for event in data.get("events") or ()),
            note=data.get("note") or "",
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"{where}: malformed annotation row: {type(exc).__name__}: {exc}") from exc


def row_to_dict(row: AnnotatedSentence) -> dict:
    return {
        "doc": row.doc, "row": row.row, "published": row.published, "sentence": row.sentence,
        "start": row.start, "end": row.end, "text": row.text, "annotator": row.annotator,
        "events": [_event_to_dict(event) for event in row.events], "note": row.note,
    }


def check_event(event: dict, sentence: str, *, codebook: Codebook) -> list[str]:
    """What is wrong with one event as an annotator wrote it (an empty list: nothing)."""
    problems = []
    trigger = event.get("trigger")
    occurrence = event.get("trigger_occurrence") or 1
    if not isinstance(trigger, str) or not trigger.strip():
        problems.append("no trigger")
    elif find_word(sentence, trigger, occurrence) is None:
        problems.append(f"trigger {trigger!r} (occurrence {occurrence}) is not a word of the sentence")
    elif occurrence == 1 and find_word(sentence, trigger, 2) is not None and "trigger_occurrence" not in event:
        problems.append(f"trigger {trigger!r} occurs more than once: give trigger_occurrence")
    root, cameo, plover = event.get("root"), event.get("cameo"), event.get("plover")
    if not (isinstance(root, str) and re.fullmatch(r"0[1-9]|1[0-9]|20", root)):
        problems.append(f"root {root!r} is not a CAMEO root 01-20")
    else:
        listed = isinstance(cameo, str) and cameo.startswith(root) and cameo in codebook
        if cameo is not None and not listed:
            problems.append(f"cameo {cameo!r} is not a codebook code under root {root}")
        allowed = {codebook[cameo].plover} if listed else plovers_of_root(root, codebook=codebook)
        if plover not in allowed:
            problems.append(f"plover {plover!r} does not go with {cameo if listed else root} "
                            f"(expected one of {sorted(str(p) for p in allowed)})")
    if event.get("modality") not in MODALITIES:
        problems.append(f"modality {event.get('modality')!r} is not one of {', '.join(MODALITIES)}")
    if not isinstance(event.get("historical", False), bool):
        problems.append("historical must be true or false")
    for side in ("source", "target"):
        for participant in event.get(side) or ():
            problems.extend(f"{side}: {problem}" for problem in _check_participant(participant, sentence))
    if not (event.get("source") or event.get("target")):
        problems.append("an event needs a source or a target")
    return problems


def plovers_of_root(root: str, *, codebook: Codebook) -> set[str | None]:
    return {codebook[code].plover for code in codebook.codes() if code.startswith(root)}


def sentence_agreement(first: list[AnnotatedSentence], second: list[AnnotatedSentence]) -> dict:
    """Agreement of two annotators on the sentences both labelled: event/no event (Cohen's kappa),
    trigger match and, on matched triggers, PLOVER category, root and modality agreement."""
    by_key = {row.key: row for row in second}
    pairs = [(row, by_key[row.key]) for row in first if row.key in by_key]
    has_a = [bool(a.events) for a, _ in pairs]
    has_b = [bool(b.events) for _, b in pairs]
    matched = category = root = modality = 0
    triggers_a = triggers_b = 0
    for a, b in pairs:
        spans_b = {_trigger_key(event, b.text): event for event in b.events}
        triggers_a += len(a.events)
        triggers_b += len(b.events)
        for event in a.events:
            other = spans_b.get(_trigger_key(event, a.text))
            if other is None:
                continue
            matched += 1
            category += (event.plover, event.root if event.plover is None else "") == \
                (other.plover, other.root if other.plover is None else "")
            root += event.root == other.root
            modality += event.modality == other.modality
    return {
        "sentences": len(pairs),
        "event_sentences": [sum(has_a), sum(has_b)],
        "event_kappa": round(cohen_kappa(has_a, has_b), 3),
        "event_agreement": round(sum(x == y for x, y in zip(has_a, has_b)) / len(pairs), 3) if pairs else 0.0,
        "triggers": [triggers_a, triggers_b],
        "trigger_f1": round(2 * matched / (triggers_a + triggers_b), 3) if triggers_a + triggers_b else 1.0,
        "category_agreement": round(category / matched, 3) if matched else 0.0,
        "root_agreement": round(root / matched, 3) if matched else 0.0,
        "modality_agreement": round(modality / matched, 3) if matched else 0.0,
    }


def cohen_kappa(first: list[bool], second: list[bool]) -> float:
    count = len(first)
    if not count:
        return 0.0
    observed = sum(a == b for a, b in zip(first, second)) / count
    p_first, p_second = sum(first) / count, sum(second) / count
    expected = p_first * p_second + (1 - p_first) * (1 - p_second)
    return 1.0 if expected == 1 else (observed - expected) / (1 - expected)


def annotator_counts(rows: list[AnnotatedSentence]) -> Counter:
    return Counter(row.annotator for row in rows)


def _trigger_key(event: AnnotatedEvent, sentence: str) -> tuple[int, int] | str:
    return event.trigger_span(sentence) or event.trigger.lower()


def _check_participant(participant: dict, sentence: str) -> list[str]:
    if not isinstance(participant, dict):
        return ["a participant is not an object"]
    problems = []
    text, name = participant.get("text"), participant.get("name")
    if text is None:
        if not (isinstance(name, str) and name.strip()):
            problems.append("a participant with no text needs a name")
    elif not isinstance(text, str) or not text.strip():
        problems.append("a participant's text is empty")
    elif text not in sentence:
        problems.append(f"{text!r} is not in the sentence")
    country, sector = participant.get("country"), participant.get("sector")
    if country is not None and not (country in SPECIAL_COUNTRIES or _COUNTRY.match(str(country))):
        problems.append(f"country {country!r} is not ISO3, IGO, NGO or IMG")
    if sector is not None and sector not in SECTORS:
        problems.append(f"sector {sector!r} is not one of the rubric's sectors")
    return problems


def _event_from_dict(data: dict) -> AnnotatedEvent:
    return AnnotatedEvent(
        trigger=data["trigger"], trigger_occurrence=int(data.get("trigger_occurrence") or 1),
        source=tuple(_participant(item) for item in data.get("source") or ()),
        target=tuple(_participant(item) for item in data.get("target") or ()),
        root=data["root"], cameo=data.get("cameo"), plover=data.get("plover"),
        modality=data.get("modality", "asserted"), historical=bool(data.get("historical", False)),
    )


def _participant(data: dict) -> Participant:
    return Participant(text=data.get("text"), country=data.get("country"), sector=data.get("sector"),
                       name=data.get("name"))


def _event_to_dict(event: AnnotatedEvent) -> dict:
    data = {"trigger": event.trigger}
    if event.trigger_occurrence != 1:
        data["trigger_occurrence"] = event.trigger_occurrence
    data["source"] = [_participant_to_dict(item) for item in event.source]
    data["target"] = [_participant_to_dict(item) for item in event.target]
    data.update(cameo=event.cameo, root=event.root, plover=event.plover, modality=event.modality,
                historical=event.historical)
    return data


def _participant_to_dict(participant: Participant) -> dict:
    data = {"text": participant.text, "country": participant.country, "sector": participant.sector}
    if participant.name:
        data["name"] = participant.name
    return data


def _jsonl_files(paths: Iterable[Path]) -> list[Path]:
    files: list[Path] = []
    for path in map(Path, paths):
        files.extend(sorted(path.glob("*.jsonl")) if path.is_dir() else [path])
    return files


__all__ = [
    "AnnotatedEvent", "AnnotatedSentence", "AnnotationProblem", "Participant", "MODALITIES", "SECTORS",
    "check_event", "cohen_kappa", "find_word", "read_rows", "row_from_dict", "row_to_dict",
    "sentence_agreement", "annotator_counts", "plovers_of_root",
]
