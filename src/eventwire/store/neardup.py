"""Near-duplicate articles (wire copies): MinHash over word shingles, banded for candidate lookup.

An article reprinted by several outlets (an agency story with a new headline, a trimmed last paragraph,
an added byline) is one report, not several. Each document gets a MinHash signature of its 5-word
shingles; two documents whose estimated Jaccard similarity is at least NEAR_DUPLICATE_JACCARD are wire
copies of each other. Candidates come from SIGNATURE_BANDS bands of ROWS_PER_BAND values (LSH): a pair
shares a band with probability 1-(1-J^4)^32, i.e. 0.9997 at J=0.8 and 0.04 at J=0.3, so the database
never compares all pairs. Candidates are then judged on their exact shingle Jaccard (the texts are in
the store), so the threshold is applied without the signature's estimation noise.

The thresholds: 5-word shingles make two different articles on the same story (shared names and
phrases, different sentences) score J < 0.3, while a wire copy with a changed headline and a dropped
or added paragraph keeps J > 0.8 for articles longer than a few sentences (a copy that adds or drops
a fifth of the text or more falls below it). With 128 hashes the estimate's standard error at J=0.8 is
sqrt(0.8*0.2/128) = 0.035, which only matters for the band lookup.
"""

from __future__ import annotations

import re
import zlib

import numpy as np

SHINGLE_WORDS = 5
SIGNATURE_SIZE = 128
SIGNATURE_BANDS = 32
ROWS_PER_BAND = SIGNATURE_SIZE // SIGNATURE_BANDS
NEAR_DUPLICATE_JACCARD = 0.8
MIN_SHINGLES = 8  # below this (a headline, a one-liner) similarity says nothing about copying

_PRIME = 4294967311  # the first prime above 2**32: (a*x + b) % _PRIME stays below 2**64 for 32-bit a, b, x
_rng = np.random.default_rng(20240617)  # fixed: signatures must be comparable across runs and machines
_A = _rng.integers(1, 2**32 - 1, size=SIGNATURE_SIZE, dtype=np.uint64)
_B = _rng.integers(0, 2**32 - 1, size=SIGNATURE_SIZE, dtype=np.uint64)
_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str) -> set[str]:
    words = _WORD.findall(text.lower())
    return {" ".join(words[i:i + SHINGLE_WORDS]) for i in range(max(len(words) - SHINGLE_WORDS + 1, 0))}


def signature(text: str) -> list[int] | None:
    """The MinHash signature of a text, or None for texts too short to compare."""
    found = shingles(text)
    if len(found) < MIN_SHINGLES:
        return None
    hashed = np.fromiter((zlib.crc32(shingle.encode("utf-8")) for shingle in found), dtype=np.uint64,
                         count=len(found))
    values = (np.outer(hashed, _A) + _B) % _PRIME
    return [int(value) for value in values.min(axis=0)]


def band_buckets(sig: list[int]) -> list[tuple[int, int]]:
    """(band, bucket) pairs: documents sharing any one are candidate copies. Buckets fit a BIGINT."""
    buckets = []
    for band in range(SIGNATURE_BANDS):
        values = sig[band * ROWS_PER_BAND:(band + 1) * ROWS_PER_BAND]
        digest = zlib.crc32(",".join(map(str, values)).encode("ascii"))
        buckets.append((band, digest))
    return buckets


def jaccard(first: set[str], second: set[str]) -> float:
    return len(first & second) / len(first | second) if first or second else 0.0


def similarity(first: list[int], second: list[int]) -> float:
    """Estimated Jaccard similarity of the two shingle sets: the share of equal signature values."""
    return sum(a == b for a, b in zip(first, second)) / SIGNATURE_SIZE
