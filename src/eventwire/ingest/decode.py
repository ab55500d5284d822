"""Bytes -> text with the checks every reader shares (empty, binary, invalid UTF-8, too large).

Text is UTF-8; UTF-16 is read when it starts with a byte-order mark (editors on Windows write it so).
NUL bytes anywhere make a file binary (E102), not only in its first block.
"""

from __future__ import annotations

from eventwire.errors import InputError

DEFAULT_MAX_BYTES = 5_000_000  # 5 MB of text per document

# Control characters that never appear in prose (tab, newline, CR, form feed are fine).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13)) + b"\x7f"
_SNIFF_SIZE = 8192
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_MAX_CONTROL_SHARE = 0.1


def check_size(size: int, *, doc_id: str, max_bytes: int) -> None:
    """Reject a document by its byte size before reading it, so huge inputs cost nothing."""
    if size > max_bytes:
        raise InputError("E104", doc_id, f"document too large: {size:,} bytes "
                                         f"(limit {max_bytes:,}; raise it with --max-bytes)")


def decode_text(data: bytes, *, doc_id: str, max_bytes: int, offset: int = 0) -> str:
    """The text of one document: UTF-8, or UTF-16 with a byte-order mark. `offset` is where `data`
    starts in its file (for messages)."""
    check_size(len(data), doc_id=doc_id, max_bytes=max_bytes)
    if data.startswith(UTF16_BOMS):
        text = _decode_utf16(data, doc_id=doc_id)
    else:
        reject_binary(data, doc_id=doc_id, what="text")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError("E103", doc_id, f"invalid UTF-8 at byte offset {offset + exc.start}") from exc
    if "\x00" in text:
        raise InputError("E102", doc_id, "binary data, not text (NUL characters)")
    if not text.strip():
        raise InputError("E101", doc_id, "empty document (no text)")
    return text


def reject_binary(data: bytes, *, doc_id: str, what: str) -> None:
    """E102 for bytes that are not text: NUL bytes anywhere (the hint names UTF-16 written without
    a byte-order mark, whose ASCII letters alternate with NULs), or many control characters."""
    if not looks_binary(data):
        return
    if _looks_utf16(data):
        raise InputError("E102", doc_id, f"binary data, not {what}: it looks like UTF-16 without a byte-order "
                                         "mark; re-encode it as UTF-8")
    raise InputError("E102", doc_id, f"binary data, not {what} (NUL bytes or control characters)")


def looks_binary(data: bytes) -> bool:
    """NUL bytes anywhere, or a large share of control characters in the first block."""
    if b"\x00" in data:
        return True
    sample = data[:_SNIFF_SIZE]
    if not sample:
        return False
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls / len(sample) > _MAX_CONTROL_SHARE


def _decode_utf16(data: bytes, *, doc_id: str) -> str:
    try:
        return data.decode("utf-16")  # reads the byte-order mark and drops it
    except UnicodeDecodeError as exc:
        raise InputError("E103", doc_id, f"invalid UTF-16 at byte offset {exc.start}") from exc


def _looks_utf16(data: bytes) -> bool:
    """Most NULs on one side of each byte pair, as in ASCII text written as UTF-16."""
    sample = data[:_SNIFF_SIZE]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    return len(sample) >= 4 and max(even, odd) > 0.3 * len(sample) / 2 and min(even, odd) < 0.05 * len(sample) / 2


def utf8_stream_problem(stream, *, label: str, kind: str) -> InputError | None:
    """For a format read line by line as UTF-8 (JSON lines, CSV): E103 when the file is UTF-16, E102 when
    it is binary, judged on its first block; None when it looks like text."""
    head = stream.peek(_SNIFF_SIZE)[:_SNIFF_SIZE] if hasattr(stream, "peek") else b""
    if head.startswith(UTF16_BOMS):
        return InputError("E103", label, f"{kind} must be UTF-8; this file is UTF-16 (re-encode it as UTF-8)")
    if looks_binary(head):
        return InputError("E102", label, f"binary data, not {kind}")
    return None
