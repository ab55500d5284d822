"""Relations between actors over time, read from the store's deduplicated events (docs/relations.md).

    dyad_series(con, dyad=("RUS", "PAK"), period="month")   counts, quad classes, PLOVER, Goldstein, tone
    goldstein_trend(series)                                   warming / cooling / no clear trend, with a 95% CI
    actor_network(con)                                        cooperation/conflict edges, blocs, centrality
"""

from eventwire.relations.network import ActorNetwork, actor_network, build_network
from eventwire.relations.series import PERIODS, dyad_series
from eventwire.relations.trend import Trend, goldstein_trend, linear_trend

__all__ = ["PERIODS", "ActorNetwork", "Trend", "actor_network", "build_network", "dyad_series", "goldstein_trend",
           "linear_trend"]
