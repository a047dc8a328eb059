"""Run `followupd ARGS...` in this process and SIGKILL it at a chosen point of drafting.

Usage: python crashpoint.py POINT HIT ARGS...

POINT names a place in the real code path (see POINTS); the process kills itself with
SIGKILL the HIT-th time it gets there, so nothing gets a chance to clean up: no finally
blocks, no atexit, no SQLite rollback, no IMAP LOGOUT. The package itself has no fault
hooks; the wrapping happens here, in the child process only.
"""

from __future__ import annotations

import functools
import os
import signal
import sys
from collections.abc import Callable
from typing import Any

from followupd.adapters.imap import ImapSession
from followupd.adapters.store import Store
from followupd.cli import main

# point -> (class, method, kill before or after the original runs)
POINTS: dict[str, tuple[type, str, str]] = {
    # the intent (APPENDING, with the draft's Message-ID) is committed; nothing appended yet
    "after-intent": (Store, "mark_appending", "after"),
    # about to send APPEND (the search for an earlier copy has run)
    "before-append": (ImapSession, "append", "before"),
    # the server has the draft; the ledger still says APPENDING
    "after-append": (ImapSession, "append", "after"),
    # about to commit DONE (without UIDPLUS: after the search for the new UID)
    "before-done": (Store, "mark_done", "before"),
}
MARKER = "crashpoint: SIGKILL at"


def _die(point: str, hit: int) -> None:
    os.write(2, f"{MARKER} {point} #{hit}\n".encode())
    os.kill(os.getpid(), signal.SIGKILL)


def arm(point: str, hit: int) -> None:
    """Wrap the method behind `point` so that its `hit`-th call kills this process."""
    cls, name, when = POINTS[point]
    original: Callable[..., Any] = getattr(cls, name)
    calls = 0

    @functools.wraps(original)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        if when == "before" and calls == hit:
            _die(point, hit)
        result = original(*args, **kwargs)
        if when == "after" and calls == hit:
            _die(point, hit)
        return result

    setattr(cls, name, wrapper)


if __name__ == "__main__":
    arm(sys.argv[1], int(sys.argv[2]))
    sys.exit(main(sys.argv[3:]))
