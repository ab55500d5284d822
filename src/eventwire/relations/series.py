"""Dyad time series: per pair of countries and period, what happened between them.

Events are the store's deduplicated events (v_dyad_events over the event_dyads table the writer keeps,
so a query is one GROUP BY), so an event reported by ten articles counts once; `mentions` says how often it was reported. A dyad is unordered by default (RUS-PAK holds
RUS→PAK and PAK→RUS); `directed=True` keeps the direction.
"""

from __future__ import annotations

from eventwire.schema import PLOVER_CATEGORIES
from eventwire.store.queries import PERIODS


def dyad_series(con, *, dyad: tuple[str, str] | None = None, period: str = "month", directed: bool = False,
                since: str | None = None, until: str | None = None, origin: str | None = None,
                include_historical: bool = False) -> list[dict]:
    """One row per dyad and period with events, quad-class counts, PLOVER counts, Goldstein sum and
    mean, mean tone and mentions; periods without events are absent. Oldest first. Historical events
    (history an article retold) are left out unless `include_historical`."""
    if period not in PERIODS:
        raise ValueError(f"period must be one of {', '.join(PERIODS)}, not {period!r}")
    pair = ("source_country AS actor_a, target_country AS actor_b" if directed else
            "least(source_country, target_country) AS actor_a, greatest(source_country, target_country) AS actor_b")
    where, params = _where(dyad=dyad, directed=directed, since=since, until=until, origin=origin,
                           include_historical=include_historical)
    plover = ", ".join(f"count(*) FILTER (WHERE plover = '{name}') AS \"{name}\"" for name in PLOVER_CATEGORIES)
    sql = f"""
        SELECT {pair}, date_trunc('{period}', date)::DATE AS period, count(*) AS events,
               {", ".join(f"count(*) FILTER (WHERE quad_class = {n}) AS quad{n}" for n in range(1, 5))},
               {plover}, sum(goldstein) AS goldstein_sum, avg(goldstein) AS goldstein_mean,
               avg(avg_tone) AS tone_mean, sum(num_mentions) AS mentions
        FROM v_dyad_events WHERE date IS NOT NULL AND {where}
        GROUP BY ALL ORDER BY actor_a, actor_b, period"""
    result = con.execute(sql, params)
    columns = [column[0] for column in result.description]
    rows = [dict(zip(columns, row)) for row in result.fetchall()]
    for row in rows:
        row["period"] = row["period"].isoformat()
        row["plover"] = {name: row.pop(name) for name in PLOVER_CATEGORIES if row[name]}
        for name in PLOVER_CATEGORIES:
            row.pop(name, None)
    return rows


def _where(*, dyad, directed, since, until, origin, include_historical) -> tuple[str, list]:
    clauses, params = ["TRUE" if include_historical else "NOT historical"], []
    if dyad:
        first, second = (code.strip().upper() for code in dyad)
        if directed:
            clauses.append("source_country = ? AND target_country = ?")
            params += [first, second]
        else:
            clauses.append("least(source_country, target_country) = ? AND greatest(source_country, target_country) = ?")
            params += sorted((first, second))
    for clause, value in (("date >= CAST(? AS DATE)", since), ("date <= CAST(? AS DATE)", until),
                          ("origin = ?", origin)):
        if value:
            clauses.append(clause)
            params.append(value)
    return " AND ".join(clauses), params


def period_index(iso_day: str, period: str) -> int:
    """A period's position on a regular calendar, so a trend sees gaps (months without events) as gaps."""
    from datetime import date

    day = date.fromisoformat(iso_day)
    return {"day": day.toordinal(), "week": day.toordinal() // 7, "month": day.year * 12 + day.month - 1,
            "quarter": day.year * 4 + (day.month - 1) // 3, "year": day.year}[period]
