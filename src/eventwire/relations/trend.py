"""Is a relationship warming or cooling? The slope of mean Goldstein per period, with a 95% interval.

Method: ordinary least squares of each period's mean Goldstein score on the period's index (periods
with no events are left out, not counted as 0), and a t-based 95% confidence interval for the slope
(slope ± t(0.975, n-2) · standard error). The verdict is "warming" or "cooling" only when the whole
interval lies above or below 0; otherwise "no clear trend". With fewer than MIN_PERIODS periods there is
no verdict ("too little data"). The interval assumes independent residuals: monthly series with strong
autocorrelation make it too narrow, so read a verdict near the edge with care (docs/relations.md).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

MIN_PERIODS = 4

# Two-sided 95% critical values of Student's t (0.975 quantile) by degrees of freedom, from any standard
# table (e.g. NIST/SEMATECH e-Handbook of Statistical Methods, 1.3.6.7.2). Between listed df the smaller
# df's (larger, more cautious) value is used; beyond 120 the normal 1.960.
_T975 = {1: 12.706, 2: 4.303, 3: 3.182, 4: 2.776, 5: 2.571, 6: 2.447, 7: 2.365, 8: 2.306, 9: 2.262, 10: 2.228,
         11: 2.201, 12: 2.179, 13: 2.160, 14: 2.145, 15: 2.131, 16: 2.120, 17: 2.110, 18: 2.101, 19: 2.093,
         20: 2.086, 21: 2.080, 22: 2.074, 23: 2.069, 24: 2.064, 25: 2.060, 26: 2.056, 27: 2.052, 28: 2.048,
         29: 2.045, 30: 2.042, 40: 2.021, 50: 2.009, 60: 2.000, 80: 1.990, 100: 1.984, 120: 1.980}


@dataclass(frozen=True)
class Trend:
    verdict: str                  # warming | cooling | no clear trend | too little data
    slope: float | None           # change in mean Goldstein per period
    low: float | None             # 95% confidence interval of the slope
    high: float | None
    periods: int                  # periods with events

    def describe(self, period: str = "period") -> str:
        if self.slope is None:
            periods = period if self.periods == 1 else f"{period}s"  # "1 month", not "1 months"
            return f"{self.verdict} ({self.periods} {periods} with events; need {MIN_PERIODS})"
        return (f"{self.verdict}: Goldstein {self.slope:+.3f} per {period} "
                f"(95% CI {self.low:+.3f} to {self.high:+.3f}, {self.periods} {period}s)")


def t_critical(df: int) -> float:
    if df > 120:
        return 1.960
    return _T975[max(known for known in _T975 if known <= df)]


def linear_trend(values: list[float]) -> Trend:
    """Trend of a series given in period order (index 0, 1, 2, … — pass positions with `goldstein_trend`)."""
    return _fit(list(range(len(values))), values)


def goldstein_trend(series: list[dict], *, positions: list[int] | None = None) -> Trend:
    """Trend of one dyad's rows from dyad_series (oldest first). `positions` are the periods' indexes
    on a regular calendar (gaps stay gaps); by default consecutive rows are consecutive periods."""
    values = [row["goldstein_mean"] for row in series]
    return _fit(positions if positions is not None else list(range(len(values))), values)


def _fit(xs: list[int], ys: list[float]) -> Trend:
    n = len(ys)
    if n < MIN_PERIODS:
        return Trend("too little data", None, None, None, n)
    mean_x, mean_y = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mean_x) ** 2 for x in xs)
    slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys)) / sxx
    intercept = mean_y - slope * mean_x
    residual = sum((y - intercept - slope * x) ** 2 for x, y in zip(xs, ys))
    error = math.sqrt(residual / (n - 2) / sxx)
    margin = t_critical(n - 2) * error
    low, high = slope - margin, slope + margin
    verdict = "warming" if low > 0 else "cooling" if high < 0 else "no clear trend"
    return Trend(verdict, slope, low, high, n)
