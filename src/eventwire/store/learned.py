"""The learned alias table: the store's alias observations summed per alias, person and code.

Every stored document keeps the persons it introduced with a title (`alias_observations`, written with
the document's other rows and replaced or removed with them: eventwire.actors.learning). The table is a
function of those rows alone, so it is the same whatever order the documents were ingested in:

    alias, name, code   one row per alias ("Otieno"), person ("Kamau Otieno") and code ("KENGOV")
    role                the title as last introduced (latest date; ties: the larger document id)
    first_seen, last_seen, documents
    source              the first document that introduced them (earliest date, then smallest id)

`eventwire actors learned` lists it (`--export` writes it as an alias file); `ingest` resolves with it as
it was when the run started (eventwire.actors.aliases).
"""

from __future__ import annotations

from datetime import date

from eventwire.actors.aliases import AliasTable, LearnedAlias

LEARNED_SQL = """
    SELECT min(alias) AS alias, min(name) AS name, code, max_by(role, seen || ' ' || doc_id) AS role,
           min(seen) AS first_seen, max(seen) AS last_seen, count(DISTINCT doc_id) AS documents,
           min_by(doc_id, seen || ' ' || doc_id) AS source
    FROM alias_observations
    GROUP BY alias_key, name_key, code"""


def learned_aliases(con, *, alias: str | None = None) -> list[LearnedAlias]:
    """The learned aliases, by alias and first sighting; `alias`: only those written so (any case)."""
    from eventwire.actors.kb import normalize_name

    where, params = ("WHERE alias_key = ?", [normalize_name(alias)]) if alias else ("", [])
    sql = LEARNED_SQL.replace("FROM alias_observations", f"FROM alias_observations {where}")
    rows = con.execute(f"SELECT * FROM ({sql}) ORDER BY lower(alias), first_seen, name, code", params).fetchall()
    return [LearnedAlias(alias=row[0], name=row[1], code=row[2], role=row[3], first_seen=date.fromisoformat(row[4]),
                         last_seen=date.fromisoformat(row[5]), documents=row[6], source=row[7]) for row in rows]


def learned_alias_table(con) -> AliasTable:
    return AliasTable(tuple(learned_aliases(con)))
