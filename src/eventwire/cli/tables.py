"""Rich tables and lines for events and dyads (`events`, `dyads`, `demo`)."""

from __future__ import annotations

from eventwire.cli.common import escape

QUAD_NAMES = {1: "verbal coop", 2: "material coop", 3: "verbal conflict", 4: "material conflict"}


def participants(refs) -> str:
    return " + ".join(ref["code"] or ref["text"] for ref in refs or []) or "—"


WIDE = 110  # from this terminal width on, every field of an event has its own column


def events_table(rows: list[dict], *, title: str | None = None, width: int = WIDE):
    """Merged events show how often they were reported (mentions/articles/sources); mentions their document.
    Narrower than WIDE, date and reports share a column, and so do the actors and the event, which leaves
    the evidence sentence about half the width (at 80 columns: 46 characters, not 17)."""
    from rich import box
    from rich.table import Table

    merged = not rows or "num_mentions" in rows[0]
    caption = "event: PLOVER / CAMEO, trigger, \\[modality] unless asserted" + (
        "; reports: mentions / articles / sources (outlets)" if merged else "")
    table = Table(title=title, caption=caption, box=box.SIMPLE_HEAD, show_lines=True, pad_edge=False,
                  collapse_padding=True, width=min(width, 160))
    wide = width >= WIDE
    reported = "reports" if merged else "doc"
    headers = ("date", "source", "event", "target", reported) if wide else (f"date\n{reported}", "event")
    for header in headers:
        table.add_column(header, overflow="fold", max_width=None if wide else 24)
    table.add_column("evidence", overflow="fold", ratio=1, min_width=20)
    for row in rows:
        modality = "" if row["modality"] == "asserted" else f"\n[{row['modality']}]"
        label = f"{row['plover'] or 'STATEMENT'} / {row['cameo']}\n[dim]{escape(row['trigger'] or '')}[/]{escape(modality)}"
        reports = (f"{row['num_mentions']}/{row['num_articles']}/{row['num_sources']}" if merged
                   else escape(row["doc_id"]))
        sources, targets = escape(participants(row["sources"])), escape(participants(row["targets"]))
        evidence = escape(row["sentence_text"] or "")
        if wide:
            table.add_row(row["date"] or "?", sources, label, targets, reports, evidence)
        else:
            table.add_row(f"{row['date'] or '?'}\n{reports}", f"{sources} → {targets}\n{label}", evidence)
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
