"""Progress on stderr: a bar with total and time left on a terminal, log lines every so often otherwise;
the total counted from the inputs."""

from __future__ import annotations

import io
import json
import re
import time

from eventwire.cli.progress import progress_line, with_progress
from eventwire.ingest import count_inputs


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_log_lines_when_stderr_is_not_a_terminal():
    ticks = iter(range(100))
    stream = io.StringIO()
    items = list(with_progress(range(10), total=10, stream=stream, log_seconds=3, clock=lambda: next(ticks)))
    assert items == list(range(10))
    assert stream.getvalue().splitlines() == [
        "eventwire: 3/10 documents (30%), 1.0 documents/s, about 7 s left",
        "eventwire: 6/10 documents (60%), 1.0 documents/s, about 4 s left",
        "eventwire: 9/10 documents (90%), 1.0 documents/s, about 1 s left"]


def test_a_short_run_says_nothing_and_without_a_total_the_line_gives_count_and_rate():
    stream = io.StringIO()
    assert list(with_progress(["a", "b"], total=None, stream=stream)) == ["a", "b"]
    assert stream.getvalue() == ""
    assert progress_line(120, None, 60.0) == "eventwire: 120 documents, 2.0 documents/s, 1 min 00 s so far"
    assert progress_line(5, 7200, 10.0).endswith("about 3 h 59 min left")


def test_a_terminal_gets_a_bar_with_the_total_and_time_left():
    stream = Terminal()

    def slow():
        for number in range(3):
            time.sleep(0.15)
            yield number

    assert list(with_progress(slow(), total=3, stream=stream)) == [0, 1, 2]
    shown = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", stream.getvalue())  # without the terminal's escape codes
    assert "3/3 documents 100%" in shown and "elapsed, 0:00:00 left" in shown


def test_the_total_counts_documents_in_every_input_kind(tmp_path):
    (tmp_path / "a.txt").write_text("One text.", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text("\n".join(json.dumps({"id": f"j{n}", "text": "x"}) for n in range(3)) + "\n\n",
                                      encoding="utf-8")
    (tmp_path / "c.csv").write_text("id,text\nc1,One\nc2,Two\n", encoding="utf-8")
    assert count_inputs([tmp_path]) == 6
    assert count_inputs([tmp_path / "a.txt", "-"]) is None
