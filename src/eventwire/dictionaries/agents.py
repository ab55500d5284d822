"""Reader for PETRARCH/TABARI agent dictionaries (agent nouns -> sector codes).

Lines are `PHRASE {optional plurals} [~CODE]` (or `[CODE~]` for a prefix code such as `NGO~`);
`!SET! = A, B, C` defines a substitution set used as `FOREIGN_!MINIST!`. Regular plurals are generated
(+S, Y->IES, SS->ES) unless `{}` gives them explicitly (an empty `{}` means none).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from eventwire.dictionaries.lines import content_lines, read_dictionary_text
from eventwire.errors import DictionaryError

_SUBSTITUTION = re.compile(r"^(![A-Z0-9_]+!)\s*=\s*(.+)$", re.IGNORECASE)
_ENTRY = re.compile(r"^(?P<phrase>[^\[\]{}]+?)\s*(?:\{(?P<plurals>[^{}]*)\})?\s*\[(?P<code>\s*[^\[\]\s]+)\]$")
_MARKER = re.compile(r"![A-Z0-9_]+!", re.IGNORECASE)


@dataclass(frozen=True)
class AgentEntry:
    phrase: str   # words separated by single spaces, upper case as written
    code: str     # "~GOV" (suffix) or "NGO~" (prefix)
    line: int = 0

    @property
    def sector_code(self) -> str:
        return self.code.strip("~")


def read_agent_file(path: Path | str, *, strict: bool = True) -> list[AgentEntry]:
    return parse_agent_dictionary(read_dictionary_text(path, kind="agent"), path=str(path), strict=strict)


def parse_agent_dictionary(text: str, *, path: str = "<agents>", strict: bool = True) -> list[AgentEntry]:
    substitutions: dict[str, list[str]] = {}
    entries: list[AgentEntry] = []
    for number, raw_body, _comment in content_lines(text):
        body = raw_body.strip()
        if not body:
            continue
        try:
            entries.extend(_parse_line(body, number, substitutions))
        except ValueError as exc:
            if strict:
                raise DictionaryError("E201", path, number, str(exc)) from None
    return entries


def _parse_line(body: str, number: int, substitutions: dict[str, list[str]]) -> list[AgentEntry]:
    definition = _SUBSTITUTION.match(body)
    if definition:
        substitutions[definition.group(1).upper()] = [item.strip() for item in definition.group(2).split(",")
                                                      if item.strip()]
        return []
    match = _ENTRY.match(body)
    if not match:
        raise ValueError(f"malformed agent line {body!r} (expected PHRASE {{plurals}} [~CODE])")
    code = match.group("code").replace(" ", "")  # PETRARCH accepts '[ ~COP]'

    if "~" not in code:
        raise ValueError(f"agent code {code!r} lacks '~' (e.g. [~GOV] or [NGO~])")
    phrase = match.group("phrase")
    plurals = match.group("plurals")
    forms = _expand(phrase, substitutions)
    if plurals is None and not _MARKER.search(phrase):
        forms += [_plural(form) for form in forms if not phrase.endswith("_")]
    elif plurals:
        forms += _expand(plurals, substitutions)
    return [AgentEntry(phrase=_words(form), code=code, line=number) for form in dict.fromkeys(forms)
            if _words(form)]


def _expand(phrase: str, substitutions: dict[str, list[str]]) -> list[str]:
    marker = _MARKER.search(phrase)
    if not marker:
        return [phrase]
    options = substitutions.get(marker.group(0).upper())
    if options is None:
        raise ValueError(f"substitution set {marker.group(0)} is not defined before use")
    expanded = [phrase[: marker.start()] + option + phrase[marker.end():] for option in options]
    return [form for item in expanded for form in _expand(item, substitutions)]


def _plural(phrase: str) -> str:
    phrase = phrase.rstrip("_ ")
    if phrase.endswith("S") and not phrase.endswith("SS"):
        return phrase  # already plural ("AFFAIRS") or invariant
    if phrase.endswith("SS"):
        return phrase + "ES"
    if phrase.endswith("Y") and phrase[-2:-1] not in ("A", "E", "O", "U"):
        return phrase[:-1] + "IES"
    return phrase + "S"


def _words(phrase: str) -> str:
    return " ".join(phrase.replace("_", " ").split())
