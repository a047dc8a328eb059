"""The self-pipe that ends IDLE waits early: set, clear, and safe after close."""

from __future__ import annotations

import os
import threading

import pytest

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


def test_set_after_close_never_writes_to_a_reused_descriptor() -> None:
    wake = Wakeup()
    write_end = wake._write  # the number set() would write to
    wake.close()
    # Someone else's pipe now has that number, as happens once a descriptor is freed.
    theirs_read, theirs_write = os.pipe()
    os.dup2(theirs_write, write_end)
    try:
        wake.set()  # a late signal handler, after the watcher closed its pipe
        os.set_blocking(theirs_read, False)
        with pytest.raises(BlockingIOError):  # nothing arrived: their pipe is untouched
            os.read(theirs_read, 1)
    finally:
        for fd in {theirs_read, theirs_write, write_end}:
            os.close(fd)
    wake.close()  # closing twice is harmless
