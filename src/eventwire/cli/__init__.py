"""The `eventwire` command line: thin Click commands that parse options and call library functions.

One module per group of commands, registered on `main` here: documents (extract, ingest, demo, eval),
events (events, dyads), relations (timeline, network, export, import-gdelt, sql), actors, server (serve).
What several of them share: options (the option sets), common (opening the store, the console),
tables (rich tables), seams (the model loading and extraction a test replaces).
"""

from __future__ import annotations

import click

from eventwire import __version__
from eventwire.cli.actors import actors
from eventwire.cli.documents import demo, evaluate, extract, ingest
from eventwire.cli.events import dyads, events
from eventwire.cli.relations import COMMANDS as RELATIONS_COMMANDS
from eventwire.cli.server import serve


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="eventwire")
def main():
    """eventwire: news about international affairs in, coded geopolitical events out.

    Actors, CAMEO/PLOVER events, quotes, places, dates and tone, each traceable to its sentence."""


for _command in (extract, ingest, events, dyads, demo, evaluate, actors, *RELATIONS_COMMANDS, serve):
    main.add_command(_command)
