"""Cutting long texts into windows (eventwire.windows): cover every character, stay bounded, break well."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.windows import MAX_WINDOW_CHARS, split_windows


def pieces(text, windows):
    return [text[window.start:window.end] for window in windows]


def test_a_text_within_the_limit_is_one_window():
    text = "Russia praised Pakistan. " * 100
    assert [(w.start, w.end) for w in split_windows(text)] == [(0, len(text))]
    assert len(split_windows("x" * MAX_WINDOW_CHARS)) == 1


def test_windows_end_after_paragraph_breaks():
    paragraph = "Pakistan and Russia signed a protocol. The talks went on for hours.\n\n"
    text = paragraph * 40
    windows = split_windows(text, max_chars=500)
    assert "".join(pieces(text, windows)) == text
    assert all(piece.endswith("\n\n") for piece in pieces(text, windows)[:-1])
    assert all(len(piece) <= 500 for piece in pieces(text, windows))


def test_without_paragraphs_a_window_ends_after_a_sentence():
    text = "Russia praised Pakistan. " * 100
    windows = split_windows(text, max_chars=300)
    assert all(piece.endswith(". ") for piece in pieces(text, windows)[:-1])


def test_one_unbroken_run_is_cut_hard():
    text = "x" * 1050
    assert [len(piece) for piece in pieces(text, split_windows(text, max_chars=500))] == [500, 500, 50]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab .\n\u201d!"), max_size=3000), st.integers(min_value=2, max_value=400))
def test_windows_cover_the_text_in_order_and_stay_bounded(text, max_chars):
    windows = split_windows(text, max_chars=max_chars)
    assert windows[0].start == 0 and windows[-1].end == len(text)
    assert all(first.end == second.start for first, second in zip(windows, windows[1:]))
    assert all(0 < window.end - window.start <= max_chars for window in windows if text)
