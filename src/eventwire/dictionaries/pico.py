"""Reader for UniversalPetrarch's internal coding ontology (PICO) and the negation it defines.

Each line maps a CAMEO code to a number, written as a sum of hexadecimal terms:

    050:0x0080#DiplomaticCoop
    110:0x1007f#0xFFFF+0x0080#0x7000#Disapprove
    121:-0xFFFF+0x0070

The value before the first `#` counts; the rest is comment. The `0xFFFF` term is PICO's "not":
disapproving (110) is *not* diplomatic cooperation (050 + 0xFFFF), rejecting material cooperation
(121) is *not* material cooperation (060 − 0xFFFF), declining to comment (011) is *not* making a
statement (010 − 0xFFFF). UniversalPetrarch codes a negated verb by toggling that term, so "didn't
clash over the efforts" (110 by the verb file) is coded 050. `Negations.negated(code)` gives that
code, or None where the ontology has no code for the negated value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.dictionaries.lines import read_dictionary_text
from eventwire.errors import DictionaryError

NOT = 0xFFFF
_LINE = re.compile(r"^\s*(\d{2,4})\s*:\s*([^#]*)")
_TERM = re.compile(r"([+-]?)\s*(0x[0-9a-fA-F]+|\d+)")


@dataclass(frozen=True)
class Negations:
    values: dict[str, int] = field(default_factory=dict)   # CAMEO code -> PICO value

    def __bool__(self) -> bool:
        return bool(self.values)

    def negated(self, code: str) -> str | None:
        """The CAMEO code of the negated act ("not 110" -> 050), None if the ontology has none."""
        value = self.values.get(code)
        if value is None:
            return None
        # a value carrying "not" loses it; one without gains it (either sign: 121 is -0xFFFF + 0x70)
        candidates = [value - NOT] if value > NOT else [value + NOT] if value < 0 else [value + NOT, value - NOT]
        codes = self._codes_by_value()
        return next((codes[candidate] for candidate in candidates if candidate in codes), None)

    def _codes_by_value(self) -> dict[int, str]:
        # several codes may share a value (044 and 046); the first in the file is the canonical one
        by_value: dict[int, str] = {}
        for code, value in self.values.items():
            by_value.setdefault(value, code)
        return by_value

    def merged(self, other: "Negations") -> "Negations":
        return Negations({**self.values, **other.values})


NO_NEGATIONS = Negations()


def read_pico_file(path: Path | str) -> Negations:
    return parse_pico(read_dictionary_text(path, kind="PICO ontology"), path=str(path))


def parse_pico(text: str, *, path: str = "<pico>") -> Negations:
    values: dict[str, int] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        match = _LINE.match(raw)
        if match is None:
            continue   # comments, headers and continuation lines of long comments
        code, expression = match.group(1), match.group(2).strip()
        values.setdefault(code, _evaluate(expression, path=path, line=number))
    return Negations(values)


def _evaluate(expression: str, *, path: str, line: int) -> int:
    """The sum of the signed hexadecimal (or decimal) terms: `-0xFFFF+0x2040+0x300`."""
    terms = _TERM.findall(expression)
    if not terms or _TERM.sub("", expression).strip():
        raise DictionaryError("E201", path, line, f"PICO value is not a sum of numbers: {expression!r}")
    return sum((-1 if sign == "-" else 1) * int(number, 0) for sign, number in terms)
