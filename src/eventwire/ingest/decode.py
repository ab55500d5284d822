"""Bytes -> text with the checks every reader shares (empty, binary, invalid UTF-8, too large)."""

from __future__ import annotations

from eventwire.errors import InputError

DEFAULT_MAX_BYTES = 5_000_000  # 5 MB of text per document

# Control characters that never appear in prose (tab, newline, CR, form feed are fine).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13)) + b"\x7f"
_SNIFF_SIZE = 8192
_MAX_CONTROL_SHARE = 0.1


def check_size(size: int, *, doc_id: str, max_bytes: int) -> None:
    """Reject a document by its byte size before reading it, so huge inputs cost nothing."""
    if size > max_bytes:
        raise InputError("E104", doc_id, f"document too large: {size:,} bytes "
                                         f"(limit {max_bytes:,}; raise it with --max-bytes)")


def decode_text(data: bytes, *, doc_id: str, max_bytes: int, offset: int = 0) -> str:
    """UTF-8 text of one document. `offset` is where `data` starts in its file (for messages)."""
    check_size(len(data), doc_id=doc_id, max_bytes=max_bytes)
    if looks_binary(data):
        raise InputError("E102", doc_id, "binary data, not text (NUL bytes or control characters)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError("E103", doc_id, f"invalid UTF-8 at byte offset {offset + exc.start}") from exc
    if not text.strip():
        raise InputError("E101", doc_id, "empty document (no text)")
    return text


def looks_binary(data: bytes) -> bool:
    """NUL bytes anywhere in the first block, or a large share of control characters."""
    sample = data[:_SNIFF_SIZE]
    if b"\x00" in sample:
        return True
    if not sample:
        return False
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls / len(sample) > _MAX_CONTROL_SHARE
