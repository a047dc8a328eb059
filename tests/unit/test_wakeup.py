"""The self-pipe that ends IDLE waits early: set, clear, and safe after close."""

from __future__ import annotations

import threading

from followupd.adapters.imap_idle import Wakeup


def test_set_wakes_a_waiter_in_another_thread_and_stays_set_until_cleared() -> None:
    wake = Wakeup()
    woke: list[bool] = []
    waiter = threading.Thread(target=lambda: woke.append(wake.wait(10)))
    waiter.start()
    wake.set()
    waiter.join(timeout=10)
    assert woke == [True]
    assert wake.is_set()  # it stays set for every other wait
    wake.set()
    wake.clear()
    assert not wake.is_set()
    wake.close()


def test_set_after_close_does_nothing() -> None:
    wake = Wakeup()
    wake.close()
    wake.set()  # the descriptor number may belong to someone else by now: never written
    wake.close()
