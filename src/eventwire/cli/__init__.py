"""The `eventwire` command line: thin Click commands that parse options and call library functions.

One module per group of commands, registered on `main` here: documents (extract, ingest, demo, eval),
events (events, dyads), relations (timeline, network, export, import-gdelt, sql), actors, server (serve).
What several of them share: options (the option sets), common (opening the store, the console),
tables (rich tables), seams (the model loading and extraction a test replaces).
"""

from __future__ import annotations

import click

from eventwire import __version__
from eventwire.errors import EventwireError
from eventwire.cli.actors import actors
from eventwire.cli.documents import demo, evaluate, extract, ingest
from eventwire.cli.events import dyads, events
from eventwire.cli.relations import COMMANDS as RELATIONS_COMMANDS
from eventwire.cli.server import serve


class _Commands(click.Group):
    """The group, and the last net under every command: a store fault that escaped its command (a damaged
    block met in the middle of a query) is reported with its code and cause, not as a traceback."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except EventwireError as exc:
            raise click.ClickException(str(exc)) from exc
        except Exception as exc:
            from eventwire.store.faults import is_duckdb_error, store_error

            if is_duckdb_error(exc):
                raise click.ClickException(str(store_error(exc))) from exc
            raise


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="eventwire")
def main():
    """eventwire: news about international affairs in, coded geopolitical events out.

    Actors, CAMEO/PLOVER events, quotes, places, dates and tone, each traceable to its sentence."""


for _command in (extract, ingest, events, dyads, demo, evaluate, actors, *RELATIONS_COMMANDS, serve):
    main.add_command(_command)
