"""Reader for PETRARCH/TABARI actor dictionaries (docs: cameo_phoenix_dictionaries/docs/dictionaries.rst).

A record is a primary phrase (optionally with an inline `[CODE]`), `+synonym` lines and tab-indented
date-restricted code lines: `[RUSGOV >20040309]`, `[PAKGOV 080501-080731]`, `[AFGELI <930418]`, `[AFGELI]`.
Phrases join words with `_`. `<!-- -->` comment blocks and `#` comments are skipped, as PETRARCH does. Names without codes wait for the next code block (TABARI groups several
primary phrases under one block of codes). Dates are YYYYMMDD or YYMMDD; YY < 30 means 20YY.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.dictionaries.lines import content_lines, read_dictionary_text
from eventwire.errors import DictionaryError

FAR_PAST = 0
FAR_FUTURE = 99991231
_CODE_LINE = re.compile(r"^\[([^\s\[\]]+)(?:\s+([^\[\]]*?))?\s*\]$")
_INLINE_CODE = re.compile(r"\[([^\s\[\]]+)\]")


@dataclass
class DatedCode:
    code: str
    start: int = FAR_PAST    # YYYYMMDD, inclusive
    end: int = FAR_FUTURE    # YYYYMMDD, inclusive
    note: str | None = None  # the line's comment, e.g. "Foreign Minister"


@dataclass
class ActorRecord:
    names: list[str]                       # phrases, `_` turned into spaces, upper case as written
    code: str | None = None                # default code (inline or undated line)
    dated: list[DatedCode] = field(default_factory=list)
    line: int = 0
    # names written with spaces, not `_`: in TABARI's files other words may come between their words
    # ("ITHILEN TELEVISION" is "Ithilen state-run television"; "ITHILEN_TELEVISION" is not)
    open_names: list[str] = field(default_factory=list)


def read_actor_file(path: Path | str, *, strict: bool = True) -> list[ActorRecord]:
    return parse_actor_dictionary(read_dictionary_text(path, kind="actor"), path=str(path), strict=strict)


def parse_actor_dictionary(text: str, *, path: str = "<actors>", strict: bool = True) -> list[ActorRecord]:
    """Records in file order. `strict` raises DictionaryError (E201) on a malformed line; otherwise
    such lines are skipped (the shipped Phoenix files contain a few typos)."""
    builder = _RecordBuilder()
    for number, body, comment in content_lines(text):
        if not body.strip():
            continue
        try:
            builder.add_line(body, comment, number)
        except ValueError as exc:
            if strict:
                raise DictionaryError("E201", path, number, str(exc)) from None
    return builder.finish()


class _RecordBuilder:
    def __init__(self) -> None:
        self.records: list[ActorRecord] = []
        self.current: ActorRecord | None = None
        self.pending_names: list[str] = []   # primary phrases still waiting for codes
        self.pending_line = 0
        self.open_names: set[str] = set()

    def add_line(self, body: str, comment: str | None, number: int) -> None:
        stripped = body.strip()
        if stripped.startswith("+"):
            self._add_synonym(stripped[1:], number)
        elif stripped.startswith("[") and body[:1] in ("\t", " "):
            self._add_code_line(stripped, comment, number)
        elif stripped.startswith("["):
            raise ValueError("code line must be indented (tab) under an actor name")
        else:
            self._add_primary(stripped, number)

    def _add_primary(self, stripped: str, number: int) -> None:
        inline = _INLINE_CODE.search(stripped)
        phrase = stripped[: inline.start()] if inline else stripped
        if "[" in phrase or "]" in phrase or (inline and stripped[inline.end():].strip()):
            raise ValueError(f"malformed actor line {stripped!r}")
        name = self._named(phrase)
        if not name:
            raise ValueError("actor line without a name")
        if self.current is not None and (self.current.code or self.current.dated):
            self.current = None
        if inline:
            record = ActorRecord(names=self.pending_names + [name], code=inline.group(1), line=number)
            self.pending_names = []
            self._start(record)
        elif self.current is None:
            self.pending_names.append(name)
            self.pending_line = self.pending_line or number
        else:  # a code-less primary after a code-less record: both wait for the next codes
            self.pending_names.extend(self.current.names)
            self.current = None
            self.pending_names.append(name)

    def _add_synonym(self, phrase: str, number: int) -> None:
        name = self._named(phrase)
        if not name or "[" in name:
            raise ValueError(f"malformed synonym {phrase!r}")
        if self.current is not None and not self.current.dated:
            self.current.names.append(name)
        elif self.pending_names:
            self.pending_names.append(name)
        else:
            raise ValueError("synonym '+' line before any actor name")

    def _add_code_line(self, stripped: str, comment: str | None, number: int) -> None:
        match = _CODE_LINE.match(stripped)
        if not match:
            raise ValueError(f"malformed code line {stripped!r}")
        if self.pending_names:
            self._start(ActorRecord(names=self.pending_names, line=self.pending_line))
            self.pending_names, self.pending_line = [], 0
        if self.current is None:
            raise ValueError("code line before any actor name")
        code, restriction = match.group(1), (match.group(2) or "").strip()
        if not restriction:
            self.current.code = code
            return
        start, end = parse_restriction(restriction)
        self.current.dated.append(DatedCode(code=code, start=start, end=end, note=comment))

    def _named(self, phrase: str) -> str:
        name = _phrase(phrase)
        if len(phrase.split()) > 1:
            self.open_names.add(name)
        return name

    def _start(self, record: ActorRecord) -> None:
        self.records.append(record)
        self.current = record

    def finish(self) -> list[ActorRecord]:
        if self.pending_names:  # names never given a code: kept, with a null code (docs: "null code")
            self.records.append(ActorRecord(names=self.pending_names, line=self.pending_line))
        for record in self.records:
            record.open_names = [name for name in record.names if name in self.open_names]
        return self.records


def parse_restriction(text: str) -> tuple[int, int]:
    """'<date', '>date' or 'date-date' -> inclusive (start, end) as YYYYMMDD ints."""
    text = text.replace(" ", "")
    if text.startswith("<"):
        return FAR_PAST, parse_date(text[1:])
    if text.startswith(">"):
        return parse_date(text[1:]), FAR_FUTURE
    first, dash, second = text.partition("-")
    if not dash:
        raise ValueError(f"date restriction {text!r} is not <date, >date or date-date")
    return parse_date(first), parse_date(second)


def parse_date(text: str) -> int:
    if not text.isdigit() or len(text) not in (6, 8):
        raise ValueError(f"date {text!r} is not YYMMDD or YYYYMMDD")
    if len(text) == 6:
        year = int(text[:2])
        text = f"{2000 + year if year < 30 else 1900 + year}{text[2:]}"
    month, day = int(text[4:6]), int(text[6:8])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        raise ValueError(f"date {text!r} has no valid month/day")
    return int(text)


def _phrase(text: str) -> str:
    return " ".join(text.replace("_", " ").split())

