"""Long documents in bounded pieces: where to cut a text into windows the stages process one by one.

A text of at most MAX_WINDOW_CHARS characters is one window, so an ordinary article goes through the
pipeline exactly as before. A longer one is cut into consecutive windows that together cover every
character, each at most MAX_WINDOW_CHARS long, at the best break found in the second half of the
allowed length: a paragraph break (blank line), else a line break, else a sentence end, else any
whitespace, else (one unbroken run of characters) a hard cut. The break's whitespace ends the window
before it, so no window starts with blank lines and no sentence is split across two windows unless
the text has no sentence end for MAX_WINDOW_CHARS/2 characters.

Cost: each window is parsed and resolved on its own, so a stage whose work grows faster than the
length of its input pays that growth on one window at most, and the whole document costs a fixed
multiple of its length (docs/architecture.md, "Long documents").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_WINDOW_CHARS = 20_000

_BREAKS = (
    re.compile(r"\n[ \t\r\f\v]*\n\s*"),          # paragraph break
    re.compile(r"\n\s*"),                         # line break
    re.compile(r"(?<=[.!?])[\"'\u201d\u2019)]*\s+"),  # sentence end
    re.compile(r"\s+"),                           # any whitespace
)


@dataclass(frozen=True)
class Window:
    """Characters [start, end) of the document text."""

    start: int
    end: int


def split_windows(text: str, *, max_chars: int = MAX_WINDOW_CHARS) -> list[Window]:
    """Consecutive windows covering `text`, each at most `max_chars` long (see the module docstring)."""
    if max_chars < 2:
        raise ValueError("max_chars must be at least 2")
    windows = []
    start = 0
    while len(text) - start > max_chars:
        end = _cut(text, start, max_chars)
        windows.append(Window(start, end))
        start = end
    windows.append(Window(start, len(text)))
    return windows


def _cut(text: str, start: int, max_chars: int) -> int:
    """Where the window starting at `start` ends: after the last break of the best kind that ends in
    the second half of the allowed length."""
    limit = start + max_chars
    earliest = start + max_chars // 2
    for pattern in _BREAKS:
        best = None
        for match in pattern.finditer(text, earliest, limit):
            if match.end() <= limit:
                best = match.end()
        if best is not None and best > start:
            return best
    return limit
