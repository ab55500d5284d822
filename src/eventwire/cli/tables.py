"""Rich tables and lines for events and dyads (`events`, `dyads`, `demo`)."""

from __future__ import annotations

from eventwire.cli.common import escape

QUAD_NAMES = {1: "verbal coop", 2: "material coop", 3: "verbal conflict", 4: "material conflict"}


def participants(refs) -> str:
    return " + ".join(ref["code"] or ref["text"] for ref in refs or []) or "—"


def events_table(rows: list[dict], *, title: str | None = None):
    """Merged events show how often they were reported (mentions/articles/sources); mentions their document."""
    from rich.table import Table

    merged = not rows or "num_mentions" in rows[0]
    caption = "event: PLOVER / CAMEO, trigger, \\[modality] unless asserted" + (
        "; reports: mentions / articles / sources (outlets)" if merged else "")
    table = Table(title=title, show_lines=True, caption=caption)
    for column in ("date", "source", "event", "target", "reports" if merged else "doc", "evidence"):
        table.add_column(column, overflow="fold", ratio=4 if column == "evidence" else None)
    for row in rows:
        modality = "" if row["modality"] == "asserted" else f"\n[{row['modality']}]"
        label = f"{row['plover'] or 'STATEMENT'} / {row['cameo']}\n[dim]{escape(row['trigger'] or '')}[/]{escape(modality)}"
        reports = (f"{row['num_mentions']}/{row['num_articles']}/{row['num_sources']}" if merged
                   else escape(row["doc_id"]))
        table.add_row(row["date"] or "?", escape(participants(row["sources"])), label,
                      escape(participants(row["targets"])), reports, escape(row["sentence_text"] or ""))
    return table


def event_lines(row: dict) -> str:
    """Two lines: who did what to whom, when; then the sentence it was read from."""
    date_text = row["date"] + (f"..{row['date_end']}" if row["date_end"] else "") if row["date"] else "undated"
    what = f"{row['plover'] or 'STATEMENT'} {row['cameo']}"
    reported = f", {row['num_articles']} articles" if row.get("num_articles", 1) > 1 else ""
    modality = escape("[" + row["modality"] + "]")
    return (f"{date_text}  {escape(participants(row['sources']))} → {what} → "
            f"{escape(participants(row['targets']))}"
            f"  {modality} ({escape(row['doc_id'])}{reported})\n    [dim]{escape(row['sentence_text'] or '')}[/]")


def dyads_table(rows: list[dict], *, title: str | None = None, by: str = "country"):
    from rich import box
    from rich.table import Table

    caption = "G = Goldstein; quads: events per quad class " + ", ".join(f"{number} {name}" for number, name in QUAD_NAMES.items())
    # Compact box and padding: nine columns of dates and numbers fit an 80-character terminal; actor
    # names wrap, and their first and last dates share one column (first above last).
    table = Table(title=title, caption=caption, box=box.SIMPLE_HEAD, pad_edge=False, collapse_padding=True)
    by_period = bool(rows) and "period" in rows[0]  # the period says when: no first/last dates then
    columns = ("src", "tgt", "events", "quads", "G mean", "G sum", "mentions")
    dated = ("first", "last") if by == "country" else ("first/last",)
    for column in (("period", *columns) if by_period else (*columns, *dated)):
        names = by == "actor" and column in ("src", "tgt")
        # short values: never fold a date or a 1/2/3/4 mix
        table.add_column(column, no_wrap=not names, min_width=10 if names else None)
    for row in rows:
        mix = "/".join(str(row[f"quad{n}"]) for n in range(1, 5))
        cells = [row[f"source_{by}"], row[f"target_{by}"], str(row["events"]), mix,
                 f"{row['goldstein_mean']:+.2f}", f"{row['goldstein_sum']:+.1f}", str(row["mentions"])]
        dates = [row["first_date"] or "?", row["last_date"] or "?"]
        dates = dates if by == "country" else ["\n".join(dict.fromkeys(dates))]
        table.add_row(*([row["period"] or "?", *cells] if by_period else [*cells, *dates]))
    return table
