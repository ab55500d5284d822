"""The actor network: who cooperates with whom, who fights whom, and which blocs that makes.

Nodes are countries (`by="country"`, the default), or, with `by="actor"`, countries plus the armed
groups, NGOs and IGOs as nodes of their own (eventwire.store.actor_nodes: the Syrian Democratic Forces
are not Syria there). An undirected edge between two nodes carries the number of deduplicated
cooperation events (quad classes 1-2), conflict events (3-4) and their net (cooperation - conflict).
Blocs are the communities (Louvain, networkx, fixed seed) of the graph whose edges are the positive
nets only: countries that mostly cooperate end up together, conflict never pulls two countries in.
Centrality: weighted degree (events with all partners), partners (degree) and betweenness (the share of
shortest paths between other countries that pass through this one: brokers between blocs score high).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx

LOUVAIN_SEED = 0  # communities must not change from one run to the next


@dataclass
class ActorNetwork:
    graph: nx.Graph
    blocs: list[list[str]] = field(default_factory=list)        # largest first, members sorted
    centrality: dict[str, dict[str, float]] = field(default_factory=dict)
    by: str = "country"                                          # what a node is: "country" or "actor"

    def bloc_of(self, node: str) -> int | None:
        return next((n for n, bloc in enumerate(self.blocs) if node in bloc), None)

    def edges(self) -> list[dict]:
        return sorted(({"a": a, "b": b, **data} for a, b, data in self.graph.edges(data=True)),
                      key=lambda edge: (-edge["events"], edge["a"], edge["b"]))

    def nodes(self) -> list[dict]:
        """One row per node, keyed `country` (or `actor` when nodes are actors)."""
        rows = [{self.by: node, "bloc": self.bloc_of(node), **self.centrality[node]} for node in self.graph]
        return sorted(rows, key=lambda row: (-row["events"], row[self.by]))


def build_network(edges: list[tuple[str, str, int, int]], *, by: str = "country") -> ActorNetwork:
    """From (node_a, node_b, cooperation events, conflict events) rows; self-loops are dropped."""
    graph = nx.Graph()
    for first, second, cooperation, conflict in edges:
        if first == second:
            continue
        previous = graph.get_edge_data(first, second, {"cooperation": 0, "conflict": 0})
        cooperation += previous["cooperation"]
        conflict += previous["conflict"]
        graph.add_edge(first, second, cooperation=cooperation, conflict=conflict, net=cooperation - conflict,
                       events=cooperation + conflict)
    return ActorNetwork(graph, _blocs(graph), _centrality(graph), by=by)


def actor_network(con, *, since: str | None = None, until: str | None = None, origin: str | None = None,
                  min_events: int = 1, by: str = "country", include_historical: bool = False) -> ActorNetwork:
    """Historical events (history an article retold) count only with `include_historical`."""
    clauses, params = ["date IS NOT NULL"], []
    if not include_historical:
        clauses.append("NOT historical")
    for clause, value in (("date >= CAST(? AS DATE)", since), ("date <= CAST(? AS DATE)", until),
                          ("origin = ?", origin)):
        if value:
            clauses.append(clause)
            params.append(value)
    rows = con.execute(f"""
        SELECT least(source_node, target_node), greatest(source_node, target_node),
               count(*) FILTER (WHERE quad_class <= 2), count(*) FILTER (WHERE quad_class >= 3)
        FROM {_relation_pairs(by)} AS pairs WHERE {' AND '.join(clauses)}
        GROUP BY ALL HAVING count(*) >= ? ORDER BY 1, 2""", [*params, min_events]).fetchall()
    return build_network(rows, by=by)


def _relation_pairs(by: str) -> str:
    """Pairs as v_dyad_events gives them (negated and hypothetical events left out), at country or
    actor level; actor level has eventwire's own events only (GDELT rows have no resolved actors)."""
    from eventwire.store.actor_nodes import dyad_source

    if by == "country":
        return "(SELECT *, source_country AS source_node, target_country AS target_node FROM v_dyad_events)"
    return (f"(SELECT 'eventwire' AS origin, * FROM {dyad_source(by)} AS actor_pairs "
            "WHERE modality NOT IN ('negated', 'hypothetical'))")  # carries `historical` like v_dyad_events


def _blocs(graph: nx.Graph) -> list[list[str]]:
    friendly = nx.Graph()
    friendly.add_nodes_from(graph)
    friendly.add_weighted_edges_from((a, b, data["net"]) for a, b, data in graph.edges(data=True) if data["net"] > 0)
    communities = nx.community.louvain_communities(friendly, weight="weight", seed=LOUVAIN_SEED)
    return sorted((sorted(group) for group in communities), key=lambda group: (-len(group), group))


def _centrality(graph: nx.Graph) -> dict[str, dict[str, float]]:
    if graph.number_of_nodes() == 0:
        return {}
    betweenness = nx.betweenness_centrality(graph, normalized=True)
    return {node: {"events": int(graph.degree(node, weight="events")), "partners": graph.degree(node),
                   "betweenness": round(betweenness[node], 4)} for node in graph}
