"""Actor arguments of `events`, `dyads` and `timeline`: a code the store holds, or a name eventwire knows.

`timeline Russia Pakistan` used to print an empty table: "Russia" is no code. Now an argument that names no
code in the store is looked up in the actor knowledge base ("Russia", "the United States", "Britain",
"Côte d'Ivoire" are countries; "the Kremlin" is RUSGOV), and when that finds nothing the store has events
for, the command stops and says which codes it has.
"""

from __future__ import annotations

import re
from functools import lru_cache

import click

from eventwire.store.queries import actor_event_counts

SHOWN_CODES = 25  # codes listed in the message, most events first
CODE = re.compile(r"^[A-Z]{3}[A-Z0-9]{0,12}$")  # ISO3 country, or a CAMEO code starting with one


def resolve_actor(value: str, con, *, countries_only: bool = False, option: str = "actor") -> str:
    """The code to filter by: `value` itself when the store has events for it (RUS also matches RUSGOV, as
    the filters do), else the code its name resolves to; click.UsageError when neither has events."""
    counts = actor_event_counts(con, countries_only=countries_only)
    code = value.strip().upper()
    if _has_events(code, counts, countries_only=countries_only):
        return code
    named = _code_of_name(value, countries_only=countries_only)
    if named and _has_events(named, counts, countries_only=countries_only):
        click.echo(f"{value!r} read as {named}", err=True)
        return named
    if named and named != code:
        problem = f"{option} {value!r} is {named}, which has no events in the store"
    elif CODE.match(code) and (value.strip().isupper() or len(code) <= 3):  # typed as a code
        problem = f"{option} {value!r}: the store has no events for {code}"
    else:
        problem = f"{option} {value!r} is neither a code with events nor a name eventwire knows"
    held = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    listing = ", ".join(f"{stored} ({events})" for stored, events in held[:SHOWN_CODES])
    more = f" and {len(held) - SHOWN_CODES} more" if len(held) > SHOWN_CODES else ""
    raise click.UsageError(f"{problem}; it has events for {listing}{more}" if held else
                           f"{problem}; it has no events at all (run `eventwire ingest` first)")


def _has_events(code: str, counts: dict[str, int], *, countries_only: bool) -> bool:
    if countries_only:
        return code in counts
    return any(stored == code or stored.startswith(code) for stored in counts)


@lru_cache(maxsize=1)
def _knowledge_base():
    """The built-in knowledge base (about 2 s to load: only when an argument is not a stored code)."""
    from eventwire.actors.kb import load_knowledge_base

    return load_knowledge_base()


def _code_of_name(name: str, *, countries_only: bool) -> str | None:
    """The actor the knowledge base reads `name` as: its country for a country-level question."""
    from eventwire.actors.explain import explain_name

    found = explain_name(name.strip(), kb=_knowledge_base())
    if found.entry is None:
        return None
    return found.country if countries_only else (found.code or found.country)
