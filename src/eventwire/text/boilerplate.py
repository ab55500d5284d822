"""Site furniture detection: lines of a page that are not the article ("Share this article",
"Follow X on Google News", "Author's Profile", copyright notes, bylines, "Read more: …" links).

The rules are line-based and general, not tied to one site:

1. A short line (at most MAX_FURNITURE_CHARS) that matches one of FURNITURE_PATTERNS — calls to
   share/follow/subscribe/click, "Read more"/"Also read"/"Related" links, copyright and rights
   notes, tag lists, photo credits, bylines and agency credit lines, date stamps, bare URLs and
   lists of social networks — is furniture wherever it stands.
2. At the end of the text, a run of short headings (at most MAX_TAIL_WORDS words, mostly
   capitalised, no sentence punctuation: author names, "Related Posts") is furniture too: such a
   trailing line has no finite verb telling the story. The run stops at the first line that reads
   like prose, and rule 2 never swallows the whole text.

Returns (start, end) character spans; adjacent furniture lines are merged so a sentence the
splitter runs across two of them is still inside one span.
"""

from __future__ import annotations

import re

MAX_FURNITURE_CHARS = 200
MAX_TAIL_WORDS = 6
_QUOTE = "'\u2019"
_SOCIAL = (r"facebook|twitter|x|linkedin|whatsapp|telegram|instagram|youtube|tiktok|reddit|"
           r"pinterest|email|e-mail|print|copy link|google news|flipboard|threads|mastodon")

FURNITURE_PATTERNS = [re.compile(pattern, re.IGNORECASE) for pattern in (
    # calls to action
    rf"^(share|tweet|email|print)( (this|the))?( (article|story|post|page))?( (on|via) ({_SOCIAL}))?\W*$",
    rf"^(follow|like|join)\s.{{0,80}}\b(on|via) ({_SOCIAL})([\s,&]+(and\s+)?({_SOCIAL}))*\W*$",
    r"^(subscribe|sign up|sign in|log in|register)\b.{0,80}$",
    r"^(download|get) (our|the) .{0,40}\bapp\b",
    r"\bclick here\b",
    r"^(leave a (comment|reply)|comments?( \(\d+\))?|\d+ comments?|show comments)\W*$",
    # links to other stories
    r"^(read|see|watch) (more|also)\b",
    r"^also (read|see|watch)\b",
    r"^(related|recommended|trending|popular|most (read|popular|viewed)|more from|you (may|might) also like)"
    r"( (articles?|stories|posts?|news|now|for you|reads?))?\W*(:.*)?$",
    # rights, credits, bylines, stamps
    r"^(copyright|\u00a9|\(c\))\s",
    r"\ball rights reserved\b",
    rf"^(author{_QUOTE}?s? profile|about the author)\W*$",
    r"^(tags?|topics?|filed under|categories|category|keywords)\s*:",
    r"^(photo|image|picture|file photo|video|credit|source)s?\s*(credit)?\s*:",
    r"^\(?(reporting|writing|editing|additional reporting|compiled) by\b",
    r"^by\s+(?-i:[A-Z])[\w.'\u2019-]*(\s+(?-i:[A-Z])[\w.'\u2019-]*){0,3}(\s*[,|/-][^.]{0,60})?$",
    r"^(published|updated|posted|last updated|first published)(\s+on|\s+at|\s*:)\s*.{0,60}\d.{0,30}$",
    r"^(disclaimer|note to editors|editor[\u2019']?s note)\s*:",
    r"^this (article|story|post) (first appeared|was (first |originally )?published)\b",
    r"^-*\s*(advertisement|sponsored( content)?|ad)\s*-*$",
    # bare links and lists of social networks
    r"^(https?://|www\.)\S+$",
    rf"^(({_SOCIAL})[\s|\u00b7\u2022,/]*)+$",
)]

_SENTENCE_END = tuple(".!?:;\"'\u201d\u2019)")
_LINE = re.compile(r"[^\n]+")


def find_boilerplate(text: str) -> list[tuple[int, int]]:
    """Spans of furniture lines in `text` (see the module docstring for the rules)."""
    lines = _content_lines(text)
    furniture = [is_furniture_line(line) for _, _, line in lines]
    _mark_trailing_headings(lines, furniture)
    return _merge(text, [(start, end) for (start, end, _), flag in zip(lines, furniture) if flag])


def is_furniture_line(line: str) -> bool:
    """Rule 1: a short line matching a furniture pattern."""
    return len(line) <= MAX_FURNITURE_CHARS and any(pattern.search(line) for pattern in FURNITURE_PATTERNS)


def _mark_trailing_headings(lines: list[tuple[int, int, str]], furniture: list[bool]) -> None:
    """Rule 2: walk back from the end over furniture and heading-like lines."""
    index = len(lines) - 1
    while index > 0 and (furniture[index] or _is_heading(lines[index][2])):
        furniture[index] = True
        index -= 1


def _is_heading(line: str) -> bool:
    words = line.split()
    if len(words) > MAX_TAIL_WORDS or line.endswith(_SENTENCE_END):
        return False
    capitalised = sum(1 for word in words if word[:1].isupper() or not word[:1].isalpha())
    return capitalised / len(words) >= 0.6


def _content_lines(text: str) -> list[tuple[int, int, str]]:
    """(start, end, stripped line) of each non-blank line; offsets exclude surrounding spaces."""
    lines = []
    for match in _LINE.finditer(text):
        raw = match.group()
        stripped = raw.strip()
        if stripped:
            start = match.start() + (len(raw) - len(raw.lstrip()))
            lines.append((start, start + len(stripped), stripped))
    return lines


def _merge(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and not text[merged[-1][1]:start].strip():
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged
