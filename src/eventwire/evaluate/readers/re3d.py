"""re3d (Dstl) entity annotations: per source folder, `documents.json` (one JSON document a line:
_id, title, text, …) and `entities.json` (documentId, begin, end, type, value, confidence).

A path may be the re3d folder (every source folder under it), one source folder, or its
documents.json. Only Person, Organisation and Location entities are kept, with confidence ≥ 0.5
(re3d also lists rejected alternative spans with confidence 0); which locations are actors is the
scorer's question (countries and capitals are, towns are not).
"""

from __future__ import annotations

import json
from pathlib import Path

from eventwire.errors import GoldFileError
from eventwire.evaluate.actor_gold import ActorGoldDoc, GoldActorSpan

ACTOR_TYPES = ("Person", "Organisation", "Location")
MIN_CONFIDENCE = 0.5


def is_re3d(path: Path) -> bool:
    return bool(source_folders(Path(path)))


def source_folders(path: Path) -> list[Path]:
    """Folders holding documents.json and entities.json, at or right under `path`."""
    if path.is_file():
        path = path.parent
    if not path.is_dir():
        return []
    candidates = [path, *sorted(child for child in path.iterdir() if child.is_dir())]
    return [folder for folder in candidates
            if (folder / "documents.json").is_file() and (folder / "entities.json").is_file()]


def read_re3d(path: Path) -> list[ActorGoldDoc]:
    folders = source_folders(Path(path))
    if not folders:
        raise GoldFileError("E502", path, "no re3d documents.json + entities.json here")
    return [doc for folder in folders for doc in _read_folder(folder)]


def _read_folder(folder: Path) -> list[ActorGoldDoc]:
    documents = {row["_id"]: ActorGoldDoc(id=row["_id"], text=row["text"])
                 for row in _json_lines(folder / "documents.json", required=("_id", "text"))}
    seen: set[tuple] = set()
    for row in _json_lines(folder / "entities.json", required=("documentId", "begin", "end", "type")):
        doc = documents.get(row["documentId"])
        key = (row["documentId"], row["begin"], row["end"], row["type"])
        if doc is None or row["type"] not in ACTOR_TYPES or key in seen \
                or float(row.get("confidence", 1)) < MIN_CONFIDENCE:
            continue
        seen.add(key)
        start, end = int(row["begin"]), int(row["end"])
        doc.spans.append(GoldActorSpan(start, end, doc.text[start:end], row["type"]))
    return list(documents.values())


def _json_lines(path: Path, *, required: tuple[str, ...]) -> list[dict]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldFileError("E502", path, f"cannot read re3d file: {exc}") from exc
    rows = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldFileError("E503", path, f"line {number}: not JSON ({exc.msg})") from exc
        if not isinstance(row, dict) or any(key not in row for key in required):
            raise GoldFileError("E503", path, f"line {number}: needs {', '.join(required)}")
        rows.append(row)
    return rows
