"""What the commands share: opening the store, printing, and turning library errors into Click's."""

from __future__ import annotations

from pathlib import Path

import click

from eventwire.errors import EventwireError


def open_store(db_path: Path | None, *, read_only: bool = True):
    """The store, closed when the command ends (however it ends): an open file would keep a writer out."""
    from eventwire.store import Store

    try:
        store = Store(db_path, read_only=read_only)
    except EventwireError as exc:
        if exc.code == "E401":
            raise click.UsageError(str(exc)) from exc
        raise click.ClickException(str(exc)) from exc
    context = click.get_current_context(silent=True)
    if context is not None:
        context.call_on_close(store.close)
    return store


def fail(exc: EventwireError):
    raise click.ClickException(str(exc)) from exc


def console():
    from rich.console import Console

    return Console()


def escape(text: str) -> str:
    from rich.markup import escape as escape_markup

    return escape_markup(text)
