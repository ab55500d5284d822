"""Keeping the wire-copy index current: signatures, band buckets and near-duplicate pairs per document.

Pairs are stored once, as (smaller doc_id, larger doc_id), and found whichever document arrives second
(or in the same batch), so the index does not depend on ingest order.
"""

from __future__ import annotations

from eventwire.store.bulk import in_list, insert_rows
from eventwire.store.neardup import NEAR_DUPLICATE_JACCARD, band_buckets, jaccard, shingles


def index_documents(con, documents: dict[str, tuple[list[int] | None, str]]) -> None:
    """Store the documents' band buckets and their near-duplicate pairs with every stored document,
    each other included. `documents`: doc_id -> (signature(text), text), already in the documents table.
    Candidates sharing a band are judged on their exact shingle Jaccard, so the decision carries no
    estimation noise."""
    signed = {doc_id: sig for doc_id, (sig, _) in documents.items() if sig is not None}
    insert_rows(con, "document_bands", [(doc_id, band, bucket) for doc_id, sig in signed.items()
                                        for band, bucket in band_buckets(sig)])
    if not signed:
        return
    candidates = con.execute(
        "SELECT DISTINCT mine.doc_id, other.doc_id FROM document_bands mine "
        "JOIN document_bands other ON other.band = mine.band AND other.bucket = mine.bucket "
        f"WHERE {in_list('mine.doc_id')} AND other.doc_id <> mine.doc_id", [sorted(signed)]).fetchall()
    pairs = {tuple(sorted(pair)) for pair in candidates}
    texts = {doc_id: text for doc_id, (_, text) in documents.items()}
    stored = sorted({doc for pair in pairs for doc in pair} - texts.keys())
    if stored:
        texts.update(con.execute(f"SELECT doc_id, text FROM documents WHERE {in_list('doc_id')}", [stored]).fetchall())
    shingled = {doc_id: shingles(texts[doc_id]) for doc_id in {doc for pair in pairs for doc in pair}}
    scored = [(first, second, round(jaccard(shingled[first], shingled[second]), 6)) for first, second in sorted(pairs)]
    insert_rows(con, "near_duplicates", [pair for pair in scored if pair[2] >= NEAR_DUPLICATE_JACCARD])


def unindex_documents(con, doc_ids: list[str]) -> None:
    if doc_ids:
        con.execute(f"DELETE FROM document_bands WHERE {in_list('doc_id')}", [doc_ids])
        con.execute(f"DELETE FROM near_duplicates WHERE {in_list('doc_a')} OR {in_list('doc_b')}", [doc_ids, doc_ids])


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
