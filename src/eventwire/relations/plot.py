"""A dyad timeline as a picture: events per period (bars) and mean Goldstein (line), PNG or SVG.

Uses matplotlib (the optional `plot` extra: pip install 'eventwire[plot]'), imported only here.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from eventwire.errors import EventwireError
from eventwire.relations.trend import Trend


BAR_DAYS = {"day": 0.8, "week": 5, "month": 20, "quarter": 60, "year": 250}


def plot_timeline(series: list[dict], path: Path, *, title: str, period: str = "month",
                  trend: Trend | None = None) -> None:
    if path.suffix.lower() not in (".png", ".svg"):
        raise EventwireError("E406", f"{path}: plots are written as .png or .svg")
    try:
        import matplotlib

        matplotlib.use("Agg")  # files only, never a window
        import matplotlib.pyplot as plt
    except ImportError as exc:
        raise EventwireError("E406", f"{path}: plotting needs matplotlib: pip install 'eventwire[plot]'") from exc
    periods = [date.fromisoformat(row["period"]) for row in series]
    figure, counts = plt.subplots(figsize=(9, 4))
    counts.bar(periods, [row["events"] for row in series], width=BAR_DAYS[period], color="#cccccc", label="events")
    counts.set_ylabel("events")
    goldstein = counts.twinx()
    goldstein.plot(periods, [row["goldstein_mean"] for row in series], marker="o", color="#1f5fa8",
                   label="mean Goldstein")
    goldstein.axhline(0, color="#999999", linewidth=0.8)
    goldstein.set_ylim(-10, 10)
    goldstein.set_ylabel("mean Goldstein (-10 conflict … +10 cooperation)")
    counts.set_title(title + (f"\n{trend.describe(period)}" if trend else ""), fontsize=10)
    figure.autofmt_xdate()
    figure.tight_layout()
    figure.savefig(path)
    plt.close(figure)
