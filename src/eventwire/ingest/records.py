"""JSON objects (from .json / .jsonl / stdin) -> DocInput, validating the contract's fields."""

from __future__ import annotations

from typing import Any

from eventwire.errors import InputError
from eventwire.schema import DocInput

OPTIONAL_FIELDS = ("title", "published", "url", "source", "language")


def doc_input_from_object(obj: Any, *, where: str, default_id: str | None = None) -> DocInput:
    """One record object -> DocInput. `where` (file:line) names the record when it has no id."""
    if not isinstance(obj, dict):
        raise InputError("E105", where, f"expected a JSON object, got {type(obj).__name__}")
    doc_id = _record_id(obj, where=where, default_id=default_id)
    text, html = obj.get("text"), obj.get("html")
    if text is None and html is None:
        raise InputError("E107", doc_id, "record has neither `text` nor `html`")
    for name, value in (("text", text), ("html", html)):
        if value is not None and not isinstance(value, str):
            raise InputError("E107", doc_id, f"`{name}` must be a string, got {type(value).__name__}")
    body = text if text is not None else html
    if not body.strip():
        raise InputError("E101", doc_id, "empty document (no text)")
    if "\x00" in body:
        raise InputError("E102", doc_id, "binary data, not text (NUL characters)")
    return DocInput(id=doc_id, text=text, html=None if text is not None else html,
                    **{name: _optional_string(obj, name, doc_id=doc_id) for name in OPTIONAL_FIELDS})


def _record_id(obj: dict, *, where: str, default_id: str | None) -> str:
    value = obj.get("id")
    if value is None or value == "":
        if default_id is not None:
            return default_id
        raise InputError("E106", where, "record lacks `id`")
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise InputError("E106", where, f"`id` must be a string, got {type(value).__name__}")
    return str(value)


def _optional_string(obj: dict, name: str, *, doc_id: str) -> str | None:
    value = obj.get(name)
    if value is None or isinstance(value, str):
        return value
    if name == "published" and isinstance(value, (int, float)):
        return str(value)  # a bare year; the dates stage validates it (E110)
    raise InputError("E105", doc_id, f"`{name}` must be a string, got {type(value).__name__}")
