"""Coder options: the switches PETRARCH exposes as `<Config option=… value=…/>` lines (and in its
PETR_config.ini) that change what the coder writes. Defaults are eventwire's own behaviour."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

_TRUE = {"true", "1", "yes"}
_FALSE = {"false", "0", "no"}


@dataclass(frozen=True)
class CoderOptions:
    """`require_dyad`: keep only events with both a source and a target (PETRARCH's `require_dyad`;
    eventwire's default keeps one-sided events such as "Clashes killed 100 people").
    `comma_*`: word-count ranges of the comma-delimited clauses left uncoded (events/commas.py):
    internal (`comma_min`..`comma_max`), initial (`comma_bmin`..`comma_bmax`) and terminal
    (`comma_emin`..`comma_emax`); a maximum of 0 (eventwire's default) codes every clause.
    `new_actor_length`: an uncoded participant whose noun phrase has at most this many words is coded
    as the phrase itself (`"THE MINISTRY OF MAGIC"`, events/new_actors.py); 0 (the default) never."""

    require_dyad: bool = False
    comma_min: int = 0
    comma_max: int = 0
    comma_bmin: int = 0
    comma_bmax: int = 0
    comma_emin: int = 0
    comma_emax: int = 0
    new_actor_length: int = 0

    def with_setting(self, option: str, value: str) -> "CoderOptions":
        """A copy with one PETRARCH option set from its text value. Options eventwire has no use for
        (`stop_on_error`) leave it unchanged. Raises ValueError for a known option with a value of the
        wrong kind (true/false, or a whole number ≥ 0 for the word counts)."""
        name = option.strip().lower()
        kinds = {field.name: field.type for field in fields(self)}
        if name not in kinds:
            return self
        parse = _boolean if kinds[name] in (bool, "bool") else _count
        return replace(self, **{name: parse(value, option=name)})


DEFAULT_OPTIONS = CoderOptions()


def _count(value: str, *, option: str) -> int:
    text = value.strip()
    if not text.isdigit():
        raise ValueError(f"option {option} needs a whole number of words (0 or more), not {value!r}")
    return int(text)


def _boolean(value: str, *, option: str) -> bool:
    text = value.strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueError(f"option {option} needs true or false, not {value!r}")
