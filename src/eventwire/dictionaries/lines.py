"""Line handling shared by the PETRARCH/TABARI dictionary readers.

PETRARCH's readers skip `<!-- ... -->` comment blocks (possibly spanning lines, sometimes written
`<! -- ... -->`) and cut `#` comments — except a `#` inside a `[...]` code such as `[###]`.
"""

from __future__ import annotations

from pathlib import Path

import re
from typing import Iterator

_COMMENT = re.compile(r"#(?![^\[\]]*\])")   # a '#' not inside [...]


def content_lines(text: str) -> Iterator[tuple[int, str, str | None]]:
    """(line number, body without comment, the '#' comment or None) for each line outside
    `<!-- -->` blocks; blank bodies are included so callers can track record boundaries."""
    in_block = False
    for number, raw in enumerate(text.splitlines(), start=1):
        stripped = raw.strip()
        if in_block:
            in_block = "-->" not in stripped
            continue
        if stripped.startswith("<!"):
            in_block = "-->" not in stripped and not stripped.endswith(">")
            continue
        body, comment = split_comment(raw)
        yield number, body, comment


def split_comment(raw: str) -> tuple[str, str | None]:
    match = _COMMENT.search(raw)
    if match is None:
        return raw, None
    return raw[: match.start()], raw[match.end():].strip() or None


def read_dictionary_text(path: Path | str, *, kind: str) -> str:
    """A dictionary file's text (UTF-8, or Latin-1 as older TABARI files are); E202 if unreadable."""
    from eventwire.errors import DictionaryError

    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise DictionaryError("E202", str(path), None, f"cannot read {kind} dictionary: {exc}") from exc
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")
