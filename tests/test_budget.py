"""The per-document time budget (eventwire.budget): an overrun is E302, in or out of the main thread."""

from __future__ import annotations

import signal
import threading
import time

import pytest

from eventwire.budget import Deadline, DocumentTimeout


def test_no_limit_never_expires():
    deadline = Deadline("doc", None)
    with deadline.enforced():
        deadline.check()
    assert deadline.remaining() is None


def test_check_raises_e302_once_the_document_s_own_steps_used_the_time():
    deadline = Deadline("doc-1", 0.05)
    time.sleep(0.1)  # other documents' time is not charged
    deadline.check()
    with pytest.raises(DocumentTimeout) as caught:
        with deadline.enforced():
            time.sleep(0.02)
        with deadline.enforced():
            time.sleep(0.04)
            deadline.check()
    assert caught.value.code == "E302" and "doc-1" in str(caught.value) and "--time-limit" in str(caught.value)


def test_a_stuck_step_is_interrupted_in_the_main_thread():
    started = time.monotonic()
    with pytest.raises(DocumentTimeout):
        with Deadline("doc", 0.2).enforced():
            while True:  # a step that never returns on its own
                pass
    assert time.monotonic() - started < 5
    assert signal.getitimer(signal.ITIMER_REAL)[0] == 0  # the timer is off again


def test_outside_the_main_thread_the_deadline_is_checked_between_steps():
    outcome = []

    def work():
        deadline = Deadline("doc", 0.05)
        try:
            with deadline.enforced():
                time.sleep(0.1)  # no alarm here: the next check catches it
            deadline.check()
        except DocumentTimeout as exc:
            outcome.append(exc.code)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert outcome == ["E302"]
