"""Errors raised while reading gold files (stable codes E501–E503, next to eventwire.errors)."""

from __future__ import annotations

from pathlib import Path

from eventwire.errors import EventwireError

# E501 gold file format not recognised   E502 gold file unreadable or malformed
# E503 gold record malformed (names the record)


class GoldFileError(EventwireError):
    """A gold file that cannot be scored; names the file (and the record, when one is at fault)."""

    def __init__(self, code: str, path: Path | str, message: str):
        super().__init__(code, f"{path}: {message}")
        self.path = str(path)
