"""Is a text English? A share of very common English function words, no language model needed.

English news prose is about a quarter function words ("the", "of", "and", "said", …); text in any
other language has almost none of the words below (the list leaves out words other languages share,
such as "a", "in", "an", "is", "die", "so", "no"). The share is measured on the first
SAMPLE_CHARS characters, and only when they hold at least MIN_WORDS words: a short snippet or a list
of names is too little to judge and is never flagged. Measured in docs/architecture.md ("Language
check"): every one of Guardian rows 0-199 and examples/ scores far above the threshold.
"""

from __future__ import annotations

import re

ENGLISH_WORDS = frozenset("""
the of and to that for it was on with as by at from this have has had he she they his her their its
which who were been will would said says but not or be are than also about after when there
what these those into over more could should
""".split())
MIN_SHARE = 0.08
MIN_WORDS = 30
SAMPLE_CHARS = 20_000
_WORD = re.compile(r"[^\W\d_]+")
NOT_ENGLISH = "not English:"  # how the warning starts (ingest counts these)


def english_share(text: str) -> tuple[float, int]:
    """(share of ENGLISH_WORDS among the words of the sample, number of words in it)."""
    words = _WORD.findall(text[:SAMPLE_CHARS].lower())
    if not words:
        return 0.0, 0
    return sum(word in ENGLISH_WORDS for word in words) / len(words), len(words)


def not_english_warning(text: str, *, declared: str | None = None) -> str | None:
    """The warning for a text that is not English, or None. A `language` given with the document
    wins: "en"/"en-GB" is English whatever the text looks like, any other code is not."""
    if declared:
        code = declared.strip().lower().replace("_", "-").split("-")[0]
        return None if code in ("en", "eng", "english") else \
            f"{NOT_ENGLISH} the document's language is {declared!r}; no events coded"
    share, words = english_share(text)
    if words < MIN_WORDS or share >= MIN_SHARE:
        return None
    return (f"{NOT_ENGLISH} {share:.0%} common English words in the first {words} words "
            f"(English text has {MIN_SHARE:.0%} or more); no events coded")
