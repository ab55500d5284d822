"""PLOVER gold-standard records (PLOVER_GSR_CAMEO*.json): one JSON array of event records."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from eventwire.errors import GoldFileError
from eventwire.evaluate.gold import PloverGold

# The GSR uses a few non-ISO country codes; map them to ISO 3166-1 alpha-3 so they compare.
_CODE_ALIASES = {"JAP": "JPN"}


def read_plover_json(path: Path) -> list[PloverGold]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldFileError("E502", path, f"cannot read PLOVER JSON: {exc}") from exc
    return parse_plover_json(data, path=path)


def parse_plover_json(data: Any, *, path: Path | str = "<PLOVER JSON>") -> list[PloverGold]:
    """Event records of a parsed PLOVER GSR array; the DOCUMENT header record is skipped."""
    if not isinstance(data, list):
        raise GoldFileError("E502", path, "PLOVER GSR must be a JSON array of records")
    return [_record(item, path=path) for item in data
            if isinstance(item, dict) and item.get("event") != "DOCUMENT"]


def _record(item: dict[str, Any], *, path: Path | str) -> PloverGold:
    record_id = str(item.get("id", "?"))
    if not item.get("text") or not item.get("event"):
        raise GoldFileError("E503", path, f"record {record_id} lacks `text` or `event`")
    return PloverGold(
        id=record_id,
        text=item["text"],
        date=item.get("date"),
        event=str(item["event"]).upper(),
        sources=_actor_codes(item.get("source")),
        targets=_actor_codes(item.get("target")),
        actors=_actor_texts(item.get("source")) + _actor_texts(item.get("target")),
    )


def _actor_codes(actors: Any) -> list[str]:
    """`source`/`target` are lists of {actorText, code, sector}; "" or a bare string means none."""
    if not isinstance(actors, list):
        return []
    codes = [str(actor.get("code", "")).strip().upper() for actor in actors if isinstance(actor, dict)]
    return [_CODE_ALIASES.get(code, code) for code in codes if code]


def _actor_texts(actors: Any) -> list[tuple[str, str, str | None]]:
    """(actorText, code, sector) of each actor that names its text and code."""
    if not isinstance(actors, list):
        return []
    found = []
    for actor in actors:
        if isinstance(actor, dict) and actor.get("actorText") and actor.get("code"):
            code = str(actor["code"]).strip().upper()
            found.append((str(actor["actorText"]), _CODE_ALIASES.get(code, code), actor.get("sector") or None))
    return found
