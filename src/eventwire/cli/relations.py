"""Commands over the store as an event database: timeline, network, export, import-gdelt, sql.

Registered on the main group by eventwire.cli; each command is a thin shell over
eventwire.relations, eventwire.export and the store's views (docs/relations.md, docs/store.md).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from eventwire.cli.actor_names import resolve_actor
from eventwire.cli.common import console as _console, fail as _fail, open_store as _store
from eventwire.cli.options import DB_OPTION, INCLUDE_HISTORICAL
from eventwire.errors import EventwireError


@click.command()
@click.argument("first")
@click.argument("second")
@click.option("--period", type=click.Choice(["day", "week", "month", "quarter", "year"]), default="month",
              show_default=True)
@click.option("--since", help="From this date (YYYY-MM-DD).")
@click.option("--until", help="Up to this date (YYYY-MM-DD).")
@click.option("--directed", is_flag=True, help="Only FIRST → SECOND events (default: both directions).")
@click.option("--plot", "plot_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Also draw the timeline to this .png or .svg file (needs eventwire[plot]).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (rows and trend) instead of a table.")
@INCLUDE_HISTORICAL
@DB_OPTION
def timeline(first, second, period, since, until, directed, plot_path, as_json, include_historical, db_path):
    """How relations between FIRST and SECOND (country codes or names: RUS PAK, Russia Pakistan) moved, period by period:
    deduplicated events, quad classes, Goldstein mean and sum, tone; and whether the relationship is
    warming or cooling (slope of mean Goldstein with a 95% interval; docs/relations.md)."""
    from eventwire.relations import dyad_series, goldstein_trend
    from eventwire.relations.series import period_index

    store = _store(db_path)
    first, second = (resolve_actor(value, store.con, countries_only=True, option=name)
                     for value, name in ((first, "FIRST"), (second, "SECOND")))
    rows = dyad_series(store.con, dyad=(first, second), period=period, directed=directed, since=since, until=until,
                       include_historical=include_historical)
    trend = goldstein_trend(rows, positions=[period_index(row["period"], period) for row in rows])
    if plot_path:
        from eventwire.relations.plot import plot_timeline

        try:
            plot_timeline(rows, plot_path, title=f"{first.upper()} – {second.upper()}", period=period, trend=trend)
        except EventwireError as exc:
            _fail(exc)
    if as_json:
        click.echo(json.dumps({"rows": rows, "trend": vars(trend)}, ensure_ascii=False, indent=2, default=str))
        return
    _console().print(_timeline_table(rows, title=f"{first.upper()} – {second.upper()} per {period}"))
    click.echo(f"Trend: {trend.describe(period)}")


def _timeline_table(rows, *, title):
    from rich.table import Table

    table = Table(title=title, caption="quads: verbal coop / material coop / verbal conflict / material conflict")
    for column in ("period", "events", "quads", "G mean", "G sum", "tone", "mentions", "top PLOVER"):
        table.add_column(column, no_wrap=column != "top PLOVER", overflow="fold", min_width=10 if column == "period" else None)
    for row in rows:
        top = ", ".join(f"{name} {count}" for name, count in
                        sorted(row["plover"].items(), key=lambda item: -item[1])[:2])
        table.add_row(row["period"], str(row["events"]), "/".join(str(row[f"quad{n}"]) for n in range(1, 5)),
                      f"{row['goldstein_mean']:+.2f}", f"{row['goldstein_sum']:+.1f}",
                      "" if row["tone_mean"] is None else f"{row['tone_mean']:+.2f}", str(row["mentions"]), top)
    return table


@click.command()
@click.option("--since", help="From this date (YYYY-MM-DD).")
@click.option("--until", help="Up to this date (YYYY-MM-DD).")
@click.option("--min-events", type=click.IntRange(min=1), default=1, show_default=True,
              help="Leave out country pairs with fewer events.")
@click.option("--origin", type=click.Choice(["eventwire", "gdelt"]), help="Only eventwire's or imported GDELT events.")
@click.option("--by", type=click.Choice(["country", "actor"]), default="country", show_default=True,
              help="Nodes are countries, or actors: armed groups, NGOs and IGOs as nodes of their own, states "
                   "as countries (eventwire events only).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (nodes, edges, blocs).")
@INCLUDE_HISTORICAL
@DB_OPTION
def network(since, until, min_events, origin, by, as_json, include_historical, db_path):
    """The actor network: countries (or, --by actor, countries and non-state groups), their
    cooperation and conflict with each other, the blocs that cooperate among themselves, and who is
    central (docs/relations.md)."""
    from eventwire.relations import actor_network

    found = actor_network(_store(db_path).con, since=since, until=until, origin=origin, min_events=min_events,
                          by=by, include_historical=include_historical)
    if as_json:
        click.echo(json.dumps({"nodes": found.nodes(), "edges": found.edges(), "blocs": found.blocs},
                              ensure_ascii=False, indent=2))
        return
    from rich.table import Table

    console = _console()
    what = "countries" if by == "country" else "actors"
    nodes = Table(title=what.capitalize(), caption=f"bloc: communities of mostly-cooperating {what} (0 = largest)")
    for column in (by, "bloc", "events", "partners", "betweenness"):
        nodes.add_column(column, no_wrap=by == "country" or column != by)
    for node in found.nodes():
        nodes.add_row(node[by], str(node["bloc"]), str(node["events"]), str(node["partners"]),
                      f"{node['betweenness']:.3f}")
    edges = Table(title="Relations (most events first)")
    for column in ("a", "b", "events", "cooperation", "conflict", "net"):
        edges.add_column(column, no_wrap=True)
    for edge in found.edges()[:30]:
        edges.add_row(edge["a"], edge["b"], str(edge["events"]), str(edge["cooperation"]), str(edge["conflict"]),
                      f"{edge['net']:+d}")
    console.print(nodes)
    console.print(edges)
    for number, bloc in enumerate(found.blocs):
        console.print(f"bloc {number}: {' '.join(bloc)}")


@click.command(name="export")
@click.option("--format", "export_format", type=click.Choice(["gdelt", "jsonl", "parquet"]), required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write here (default: stdout; required for parquet).")
@INCLUDE_HISTORICAL
@DB_OPTION
def export_command(export_format, output, include_historical, db_path):
    """Export the stored events: `gdelt` (GDELT 2.0 event table, 61 tab-separated columns, no header),
    `jsonl` (one event per line with its mentions) or `parquet`. Deduplicated eventwire events and
    imported GDELT rows alike (docs/store.md); history an article retold only with --include-historical."""
    from eventwire.export import write_gdelt, write_jsonl, write_parquet

    store = _store(db_path)
    if export_format == "parquet":
        if output is None:
            raise click.UsageError("--format parquet needs -o OUT.parquet")
        count = write_parquet(store.con, output, include_historical=include_historical)
    else:
        writer = write_gdelt if export_format == "gdelt" else write_jsonl
        if output is None:
            count = writer(store.con, sys.stdout, include_historical=include_historical)
        else:
            with output.open("w", encoding="utf-8", newline="") as handle:
                count = writer(store.con, handle, include_historical=include_historical)
    click.echo(f"{count} events exported", err=True)


@click.command(name="import-gdelt")
@click.argument("files", nargs=-1, required=True, metavar="FILE...",
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@DB_OPTION
def import_gdelt_command(files, db_path):
    """Import GDELT 2.0 event files (*.export.CSV, or the .zip GDELT ships) into the store, next to
    eventwire's own events (v_events has an `origin` column). Each file is all-or-nothing; importing
    it again changes nothing."""
    from eventwire.export import import_gdelt

    store = _store(db_path, read_only=False)
    try:
        for path in files:
            try:
                counts = import_gdelt(store.con, path)
            except EventwireError as exc:
                _fail(exc)
            click.echo(f"{path}: " + ", ".join(f"{value} {key}" for key, value in counts.items()))
    finally:
        store.close()


@click.command()
@click.argument("query")
@click.option("--json", "as_json", is_flag=True, help="Print JSON rows instead of a table.")
@click.option("--limit", type=click.IntRange(min=1), default=200, show_default=True, help="Rows shown at most.")
@DB_OPTION
def sql(query, as_json, limit, db_path):
    """Run a read-only SQL QUERY against the store (DuckDB dialect). The database is opened read-only
    and without file access, so nothing can be changed or written. Views for the common questions:
    v_events, v_event_mentions, v_global_events, v_event_sides, v_dyad_events, v_dyad_month
    (docs/store.md)."""
    from eventwire.store.readonly import run_query

    store = _store(db_path)
    try:
        columns, rows = run_query(store.con, query, limit=limit)
    except EventwireError as exc:
        _fail(exc)
    if as_json:
        click.echo(json.dumps([dict(zip(columns, row)) for row in rows], ensure_ascii=False, indent=2, default=str))
        return
    from rich.table import Table

    table = Table()
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*("" if value is None else str(value) for value in row))
    _console().print(table)


COMMANDS = (timeline, network, export_command, import_gdelt_command, sql)
