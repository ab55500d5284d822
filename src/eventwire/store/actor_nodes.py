"""Actor-level dyads (`--by actor`): non-state groups are nodes of their own, states stay countries.

In the country-level dyads (event_dyads) every participant counts as its country, as CAMEO folds an
actor into its code's country: the Syrian Democratic Forces (SYRREB) count as Syria, an IGO as IGO. In
the actor-level dyads a participant is
- its resolved actor's name when that actor is an armed group, NGO or IGO, or an organisation with a
  non-state code (rebels, insurgents, unidentified armed forces, opposition, IMG/NGO/IGO):
  "Syrian Democratic Forces", "Islamic State", "Reprieve", "United Nations";
- its code when it is non-state but has no name of its own (a person coded SYRREB): "SYRREB";
- else its country (states, their agents and officials), exactly as in the country-level dyads.
Computed when asked, from the same first-published mentions as event_dyads (store/merged.py's
EVENT_PAIRS); imported GDELT rows carry no resolved actors and take part only at country level.
"""

from __future__ import annotations

from eventwire.store.merged import EVENT_PAIRS

NON_STATE_KINDS = ("group", "igo", "ngo")
NON_STATE_SECTORS = ("REB", "INS", "UAF", "OPP")

_NON_STATE_CODE = (f"(p.code LIKE 'IMG%' OR p.country IN ('IGO', 'NGO') "
                   f"OR p.sector IN ({', '.join(repr(sector) for sector in NON_STATE_SECTORS)}))")
ACTOR_NODE = f"""CASE
        WHEN a.name IS NOT NULL AND a.kind <> 'person'
             AND (a.kind IN ({', '.join(repr(kind) for kind in NON_STATE_KINDS)}) OR {_NON_STATE_CODE}) THEN a.name
        WHEN {_NON_STATE_CODE} THEN p.code
        ELSE p.country END"""
ACTORS_JOIN = "LEFT JOIN actors a ON a.doc_id = p.doc_id AND a.actor_id = p.actor_id"
BY = ("country", "actor")


def actor_pairs_sql(scope: str = "TRUE") -> str:
    """SELECT … one row per deduplicated event and (source node, target node) pair, with the
    columns of event_dyads (source_node/target_node for the countries); `scope` limits the events."""
    return EVENT_PAIRS.replace("{node}", ACTOR_NODE).replace("{actors_join}", ACTORS_JOIN).format(scope=scope)


def dyad_source(by: str) -> str:
    """The FROM item that gives (global_event_id, source, target, date, …, modality, …) per pair."""
    if by not in BY:
        raise ValueError(f"by must be one of {', '.join(BY)}, not {by!r}")
    if by == "country":
        return "(SELECT *, source_country AS source_node, target_country AS target_node FROM event_dyads)"
    return f"({actor_pairs_sql()})"
