"""Coder options: the switches PETRARCH exposes as `<Config option=… value=…/>` lines (and in its
PETR_config.ini) that change what the coder writes. Defaults are eventwire's own behaviour."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

_TRUE = {"true", "1", "yes"}
_FALSE = {"false", "0", "no"}


@dataclass(frozen=True)
class CoderOptions:
    """`require_dyad`: keep only events with both a source and a target (PETRARCH's `require_dyad`;
    eventwire's default keeps one-sided events such as "Clashes killed 100 people")."""

    require_dyad: bool = False

    def with_setting(self, option: str, value: str) -> "CoderOptions":
        """A copy with one PETRARCH option set from its text value. Options eventwire has no use for
        (`stop_on_error`, the `comma_*` clause limits, `new_actor_length`) leave it unchanged.
        Raises ValueError for a known option with a value that is not true/false."""
        name = option.strip().lower()
        if name not in {field.name for field in fields(self)}:
            return self
        return replace(self, **{name: _boolean(value, option=name)})


DEFAULT_OPTIONS = CoderOptions()


def _boolean(value: str, *, option: str) -> bool:
    text = value.strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueError(f"option {option} needs true or false, not {value!r}")
