"""Option sets several commands share: dictionaries and limits, event filters, --db, --by."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from eventwire.budget import DEFAULT_TIME_LIMIT
from eventwire.ingest import DEFAULT_MAX_BYTES

DB_OPTION = click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
                         help="Database (default: $EVENTWIRE_DB or ./eventwire.duckdb).")


def dictionary_options(command):
    options = [
        click.option("--actors", "actor_files", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
                     help="Actor file to add: PETRARCH/TABARI dictionary, or YAML/CSV (docs/actors.md) by suffix (repeatable)."),
        click.option("--verbs", "verb_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
                     help="PETRARCH/TABARI verb dictionary to add."),
        click.option("--agents", "agent_files", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
                     help="PETRARCH/TABARI agent dictionary to add (repeatable)."),
        click.option("--no-default-dictionaries", is_flag=True,
                     help="Use only the dictionaries given, not the built-in ones."),
        click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
                     help="Largest document accepted, in bytes; larger ones fail with E104."),
        click.option("--time-limit", type=click.FloatRange(min=0), default=DEFAULT_TIME_LIMIT, show_default=True,
                     help="Seconds one document may take; a slower one fails with E302 and the rest go on "
                          "(0: no limit)."),
        click.option("--min-confidence", type=click.FloatRange(0, 1), default=None,
                     help="Code only events whose calibrated confidence (the probability that the event is "
                          "right) is at least this [default: the event model's own threshold]."),
        click.option("--csv-column", "csv_columns", multiple=True, metavar="FIELD=COLUMN", callback=_column_map,
                     help="Read a record field from a CSV column of another name, e.g. text=body, "
                          "id=article_id (repeatable; fields: id, text, html, title, published, url, source, "
                          "language)."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _column_map(ctx, param, value):
    from eventwire.ingest.csv_input import parse_column_map

    try:
        return parse_column_map(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def iso_date(ctx, param, value):
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an ISO date (YYYY-MM-DD)") from None


INCLUDE_HISTORICAL = click.option(
    "--include-historical", is_flag=True,
    help="Also count history an article retold: events dated more than 30 days before their article "
         "(left out by default; docs/attributes.md).")


def filter_options(command):
    options = [
        click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
                     help="Database (default: $EVENTWIRE_DB or ./eventwire.duckdb)."),
        click.option("--actor", help="Country (ISO3) or CAMEO actor code, as source or target (RUS, RUSGOV)."),
        click.option("--dyad", nargs=2, help="Two actor codes, events between them in either direction."),
        click.option("--since", callback=iso_date, help="Events on or after this date (YYYY-MM-DD)."),
        click.option("--until", callback=iso_date, help="Events on or before this date (YYYY-MM-DD)."),
        click.option("--plover", help="PLOVER category (AGREE, ASSAULT, ...)."),
        click.option("--root", help="CAMEO root code (01-20)."),
        click.option("--quad", "quad_class", type=click.IntRange(1, 4),
                     help="Quad class: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict."),
        click.option("--limit", type=click.IntRange(min=1), default=100, show_default=True, help="At most this many rows."),
        INCLUDE_HISTORICAL,
        click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


BY_OPTION = click.option("--by", type=click.Choice(["country", "actor"]), default="country", show_default=True,
                         help="What the ends of a pair are: countries, or actors (armed groups, NGOs and IGOs "
                              "as their own nodes, states as countries).")
