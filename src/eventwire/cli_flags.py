"""Flags shared by several commands of the command line (eventwire.cli, eventwire.cli_relations)."""

from __future__ import annotations

import click

INCLUDE_HISTORICAL = click.option(
    "--include-historical", is_flag=True,
    help="Also count history an article retold: events dated more than 30 days before their article "
         "(left out by default; docs/attributes.md).")
