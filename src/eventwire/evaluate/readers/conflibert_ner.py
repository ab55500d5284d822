"""ConfliBERT CAMEO actor spans (cameo_ner*.txt): CoNLL-style `token TAG` lines, a blank line between
sentences, tags B-/I- of S (source), T (target) and R (reciprocal source/target), O outside.

The tokens are rejoined into a sentence with ordinary spacing (no space before "," "." "’s" …) so the
pipeline reads natural text; each span's character offsets point into that rebuilt sentence.
"""

from __future__ import annotations

from pathlib import Path

from eventwire.errors import GoldFileError
from eventwire.evaluate.readers.files import read_gold_text
from eventwire.evaluate.actor_gold import ActorGoldDoc, GoldActorSpan

ROLE_LABELS = {"S": "source", "T": "target", "R": "reciprocal"}
_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "%", "'s", "’s", "n't", "''", "”", "'", "’", "-"}
_NO_SPACE_AFTER = {"(", "[", "$", "``", "“", "-", "’", "'"}


def read_conflibert_ner(path: Path) -> list[ActorGoldDoc]:
    return parse_conflibert_ner(read_gold_text(path, kind="ConfliBERT NER file"), path=path)


def parse_conflibert_ner(content: str, *, path: Path | str = "<ConfliBERT NER>") -> list[ActorGoldDoc]:
    docs, rows = [], []
    for number, line in enumerate(content.splitlines() + [""], start=1):
        if line.strip():
            token, _, tag = line.strip().rpartition(" ")
            if not token or not _valid_tag(tag):
                raise GoldFileError("E503", path, f"line {number}: expected `token TAG` with TAG O, B-S/I-S, "
                                                  "B-T/I-T or B-R/I-R")
            rows.append((token, tag))
        elif rows:
            docs.append(_sentence(rows, doc_id=f"sentence-{len(docs) + 1}"))
            rows = []
    return docs


def _valid_tag(tag: str) -> bool:
    return tag == "O" or (tag[:2] in ("B-", "I-") and tag[2:] in ROLE_LABELS)


def _sentence(rows: list[tuple[str, str]], *, doc_id: str) -> ActorGoldDoc:
    text, offsets = _detokenize([token for token, _ in rows])
    spans, current = [], None
    for (token, tag), (start, end) in zip(rows, offsets):
        role = tag[2:] if tag != "O" else None
        if role and (tag.startswith("B-") or current is None or current[2] != role):
            if current:
                spans.append(current)
            current = [start, end, role]
        elif role:
            current[1] = end
        elif current:
            spans.append(current)
            current = None
    if current:
        spans.append(current)
    return ActorGoldDoc(id=doc_id, text=text, spans=[GoldActorSpan(start, end, text[start:end], ROLE_LABELS[role])
                                                     for start, end, role in spans])


def _detokenize(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Tokens -> sentence text and each token's (start, end) in it."""
    text, offsets = "", []
    for index, token in enumerate(tokens):
        glue = index == 0 or token in _NO_SPACE_BEFORE or tokens[index - 1] in _NO_SPACE_AFTER \
            or (token.lower() == "s" and tokens[index - 1] in ("’", "'"))
        if not glue:
            text += " "
        offsets.append((len(text), len(text) + len(token)))
        text += token
    return text, offsets
