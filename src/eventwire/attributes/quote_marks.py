"""Find quoted stretches in raw text: “…”, "…", «…», ''…'' (doubled apostrophes, as in the New York
Times archive), ‘…’ and '…' (apostrophes are not quotes).

Pure string scanning. Returns (open, close) character indices: `open` is the last character of the
opening mark and `close` the first of the closing mark, so the quoted text is text[open + 1:close].
Quotes nested inside another quote are dropped (the outer quote carries them).
"""

from __future__ import annotations

import re

PAIRED_MARKS = [("\u201c", "\u201d"), ("\u00ab", "\u00bb"), ("\u201e", "\u201c")]
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# A single quote opens at a word start and closes after a word or punctuation, before a non-letter:
# "it’s" and "Pakistan’s" are apostrophes, ‘Strategic Role’ is a quote.
SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[\u2014\u2013\"\u201c]))[\u2018'](?=[^\W\d_])")
SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?%])[\u2019'](?![\w])")


def scan_quotes(text: str) -> list[tuple[int, int]]:
    pairs = []
    for opener, closer in PAIRED_MARKS:
        pairs += _paired(text, opener, closer)
    pairs += _straight_doubles(text)
    doubled = _doubled_apostrophes(text)
    pairs += doubled
    pairs += _singles(_masked(text, doubled))
    return _outermost(pairs)


def _paired(text: str, opener: str, closer: str) -> list[tuple[int, int]]:
    """Each opener with the next closer; an opener followed by another opener first is a quote
    continued in the next paragraph (news style) and is left unclosed."""
    pairs = []
    index = text.find(opener)
    while index != -1:
        close = text.find(closer, index + 1)
        if close == -1:
            break
        reopen = text.find(opener, index + 1)
        if reopen != -1 and reopen < close and opener != closer:
            index = reopen
            continue
        pairs.append((index, close))
        index = text.find(opener, close + 1)
    return pairs


def _straight_doubles(text: str) -> list[tuple[int, int]]:
    """Straight double quotes pair up in order within a paragraph."""
    pairs = []
    offset = 0
    for paragraph in PARAGRAPH_BREAK.split(text):
        start = text.find(paragraph, offset)
        marks = [start + m.start() for m in re.finditer('"', paragraph)]
        pairs += [(marks[i], marks[i + 1]) for i in range(0, len(marks) - 1, 2)]
        offset = start + len(paragraph)
    return pairs


def _doubled_apostrophes(text: str) -> list[tuple[int, int]]:
    """ ''…'' and ``…'': each opening pair with the next closing pair within a paragraph."""
    pairs = []
    offset = 0
    for paragraph in PARAGRAPH_BREAK.split(text):
        start = text.find(paragraph, offset)
        marks = [start + m.start() for m in re.finditer(r"''|``", paragraph)]
        pairs += [(marks[i] + 1, marks[i + 1]) for i in range(0, len(marks) - 1, 2)]
        offset = start + len(paragraph)
    return pairs


def _masked(text: str, doubled: list[tuple[int, int]]) -> str:
    """The text with doubled-apostrophe marks blanked, so single-quote scanning does not see them."""
    if not doubled:
        return text
    chars = list(text)
    for open_index, close in doubled:
        chars[open_index - 1:open_index + 1] = "  "
        chars[close:close + 2] = "  "
    return "".join(chars)


def _singles(text: str) -> list[tuple[int, int]]:
    pairs = []
    for match in SINGLE_OPEN.finditer(text):
        open_index = match.start()
        close = SINGLE_CLOSE.search(text, open_index + 2)
        if close is None or PARAGRAPH_BREAK.search(text, open_index, close.start()):
            continue
        if pairs and open_index < pairs[-1][1]:
            continue
        pairs.append((open_index, close.start()))
    return pairs


def _outermost(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    result: list[tuple[int, int]] = []
    for open_index, close in sorted(pairs, key=lambda p: (p[0], -p[1])):
        if result and open_index < result[-1][1]:
            continue  # nested in (or tangled with) the previous quote
        result.append((open_index, close))
    return result
