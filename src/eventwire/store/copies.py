"""Keeping the wire-copy index current: signatures, band buckets and near-duplicate pairs per document.

Pairs are stored once, as (smaller doc_id, larger doc_id), and found whichever document arrives second,
so the index does not depend on ingest order.
"""

from __future__ import annotations

from eventwire.store.neardup import NEAR_DUPLICATE_JACCARD, band_buckets, jaccard, shingles


def index_document(con, doc_id: str, sig: list[int] | None, text: str) -> None:
    """Store the document's band buckets and its near-duplicate pairs with stored documents.
    `sig` (signature(text)) is already in documents.minhash. Candidates sharing a band are judged on
    their exact shingle Jaccard, so the decision carries no estimation noise."""
    if sig is None:
        return
    buckets = band_buckets(sig)
    con.execute("INSERT INTO document_bands SELECT ?, unnest(?), unnest(?)",
                [doc_id, [band for band, _ in buckets], [bucket for _, bucket in buckets]])
    candidates = con.execute(
        "SELECT DISTINCT b.doc_id, d.text FROM document_bands b JOIN documents d USING (doc_id) "
        "WHERE b.doc_id <> ? AND (b.band, b.bucket) IN (SELECT band, bucket FROM document_bands WHERE doc_id = ?)",
        [doc_id, doc_id]).fetchall()
    pairs, mine = [], shingles(text)
    for other, other_text in candidates:
        score = round(jaccard(mine, shingles(other_text)), 6)
        if score >= NEAR_DUPLICATE_JACCARD:
            pairs.append((*sorted((doc_id, other)), score))
    if pairs:
        con.executemany("INSERT INTO near_duplicates VALUES (?, ?, ?)", pairs)


def unindex_document(con, doc_id: str) -> None:
    con.execute("DELETE FROM document_bands WHERE doc_id = ?", [doc_id])
    con.execute("DELETE FROM near_duplicates WHERE doc_a = ? OR doc_b = ?", [doc_id, doc_id])


def copy_clusters(con) -> dict[str, str]:
    """doc_id -> cluster id (the smallest doc_id among its copies) for every document with a copy.
    Copies are transitive: A~B and B~C put A, B, C in one cluster."""
    parent: dict[str, str] = {}

    def find(doc: str) -> str:
        parent.setdefault(doc, doc)
        while parent[doc] != doc:
            parent[doc] = parent[parent[doc]]
            doc = parent[doc]
        return doc

    for first, second in con.execute("SELECT doc_a, doc_b FROM near_duplicates").fetchall():
        root_a, root_b = find(first), find(second)
        if root_a != root_b:
            parent[max(root_a, root_b)] = min(root_a, root_b)
    return {doc: find(doc) for doc in parent}
