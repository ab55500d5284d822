"""`eventwire events` and `eventwire dyads`: the stored events, listed or aggregated per pair."""

from __future__ import annotations

import json

import click

from eventwire.cli.actor_names import resolve_actor
from eventwire.cli.common import console, open_store
from eventwire.cli.options import BY_OPTION, filter_options
from eventwire.cli.tables import dyads_table, events_table


@click.command()
@filter_options
@click.option("--mentions", is_flag=True, help="List every article sentence that reported an event, not merged events.")
def events(db_path, as_json, mentions, **filters):
    """List stored events, oldest first: each real-world event once, however many articles reported
    it, with its NumMentions/NumArticles/NumSources and its evidence (the most confident mention's
    sentence). --mentions lists every mention instead."""
    store = open_store(db_path)
    rows = store.events(mentions=mentions, **store_filters(filters, store.con))
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
    else:
        output = console()
        output.print(events_table(rows, width=output.width))


@click.command()
@filter_options
@click.option("--period", type=click.Choice(["day", "week", "month", "quarter", "year"]),
              help="One row per pair and period (default: one row per pair over the whole range).")
@BY_OPTION
def dyads(db_path, as_json, period, by, **filters):
    """Aggregate stored events per (source country, target country): counts, quad classes,
    Goldstein sum and mean, mentions, first and last date. Counts deduplicated events (an event told
    by ten articles counts once) and leaves negated and hypothetical ones out. Takes the same filters
    as `events`. --by actor keeps armed groups, NGOs and IGOs apart from the state they are in
    (the SDF is not Syria there; docs/relations.md)."""
    store = open_store(db_path)
    rows = store.dyads(period=period, by=by, **store_filters(filters, store.con))
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
    else:
        console().print(dyads_table(rows, by=by))



def store_filters(filters: dict, con) -> dict:
    """The command's filters as the store takes them: actor names read as codes (cli.actor_names)."""
    if filters.get("dyad") == ():
        filters["dyad"] = None
    if filters.get("actor"):
        filters["actor"] = resolve_actor(filters["actor"], con, option="--actor")
    if filters.get("dyad"):
        filters["dyad"] = tuple(resolve_actor(value, con, option="--dyad") for value in filters["dyad"])
    return filters
