"""Reading a gold file's text, with the one error every reader reports when it cannot."""

from __future__ import annotations

from pathlib import Path

from eventwire.errors import GoldFileError


def read_gold_text(path: Path | str, *, kind: str) -> str:
    """The UTF-8 text of a gold file; E502 naming the file and `kind` when it cannot be read."""
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldFileError("E502", path, f"cannot read {kind}: {exc}") from exc
