"""Waiting for mailbox changes: IDLE (RFC 2177) with dead-connection detection, or NOOP polling.

imapclient's idle_check() swallows EOF and socket errors and returns [] (imapclient #565),
so a dead connection would look like "no news" forever; its idle() also refuses an untagged
response that arrives before the "+ idling" continuation. This module drives IDLE on the
underlying imaplib connection instead: every read goes through the socket timeout, EOF and
`* BYE` raise ConnectionLostError, and DONE is bounded by the same timeout (imapclient #449).
"""

from __future__ import annotations

import contextlib
import logging
import os
import select
import ssl
import time
from collections.abc import Callable
from typing import Any

from followupd.errors import ConnectionLostError, MailError

log = logging.getLogger(__name__)

# Untagged responses that mean the examined mailbox changed (RFC 3501 7.3, 7.4).
CHANGE_RESPONSES = ("EXISTS", "RECENT", "EXPUNGE", "FETCH")


class Wakeup:
    """A self-pipe that ends a wait early from another thread or a signal handler.

    Writing one byte to a pipe is async-signal-safe, so `set()` may be called from a
    SIGTERM handler; a wait that selects on it returns at once and ends IDLE cleanly.
    """

    def __init__(self) -> None:
        self._read, self._write = os.pipe()
        self._closed = False
        os.set_blocking(self._read, False)
        os.set_blocking(self._write, False)

    def fileno(self) -> int:
        """The end to select() on."""
        return self._read

    def set(self) -> None:
        """Wake every current and future wait until clear() is called."""
        if self._closed:  # never write to a descriptor number that may have been reused
            return
        with contextlib.suppress(BlockingIOError):  # a full pipe is already set
            os.write(self._write, b"!")

    def clear(self) -> None:
        """Forget earlier set() calls (drain the pipe)."""
        with contextlib.suppress(BlockingIOError):
            while os.read(self._read, 512):
                pass

    def is_set(self) -> bool:
        """True once set() was called."""
        return self.wait(0.0)

    def wait(self, seconds: float) -> bool:
        """Sleep up to `seconds`; True when set (the byte stays, so it wakes others too)."""
        ready, _, _ = select.select([self._read], [], [], max(0.0, seconds))
        return bool(ready)

    def close(self) -> None:
        """Release both ends of the pipe; later set() calls do nothing."""
        if self._closed:
            return
        self._closed = True
        for fd in (self._read, self._write):
            with contextlib.suppress(OSError):
                os.close(fd)


def pop_changes(imap: Any) -> bool:
    """Consume change notifications imaplib has stored; True if there were any."""
    found = False
    for name in CHANGE_RESPONSES:
        if imap.untagged_responses.pop(name, None) is not None:
            found = True
    return found


def _check_bye(imap: Any) -> None:
    bye = imap.untagged_responses.pop("BYE", None)
    if bye is not None:
        text = bye[-1].decode("utf-8", "replace") if isinstance(bye[-1], bytes) else str(bye[-1])
        raise ConnectionLostError(f"server closed the connection: {text}")


def _readable(sock: Any, seconds: float, wake: Wakeup | None = None) -> bool:
    """True when a read would not block: TLS-buffered bytes or socket readable in time.

    Returns False early when `wake` is set, so a stop request never waits for the server.
    """
    if isinstance(sock, ssl.SSLSocket) and sock.pending() > 0:
        return True
    watched: list[Any] = [sock] if wake is None else [sock, wake]
    ready, _, _ = select.select(watched, [], [], max(0.0, seconds))
    return sock in ready


def _read_one(imap: Any) -> None:
    """Read one response (line plus literals); EOF raises imaplib's abort ('socket error: EOF')."""
    imap._get_response()
    _check_bye(imap)


def idle_wait(
    imap: Any,
    sock: Any,
    timeout: float,
    renew_seconds: float,
    *,
    wake: Wakeup | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> bool:
    """IDLE until the server reports a change (True) or `timeout` passes or `wake` is set.

    IDLE is ended and restarted every `renew_seconds` (RFC 2177 asks clients to do so at
    least every 29 minutes; NAT boxes and providers drop quieter connections sooner).
    """
    if pop_changes(imap):
        return True  # reported during an earlier command, after the last look
    deadline = clock() + timeout
    while True:
        remaining = deadline - clock()
        if remaining <= 0 or (wake is not None and wake.is_set()):
            return False
        tag = _start_idle(imap)
        changed = _wait_in_idle(
            imap, sock, tag, min(remaining, renew_seconds), clock=clock, wake=wake
        )
        changed = _end_idle(imap, tag) or changed
        if changed:
            return True


def _start_idle(imap: Any) -> bytes:
    tag: bytes = imap._command("IDLE")
    while imap._get_response() is not None:  # None marks the "+ idling" continuation
        _check_bye(imap)
        if imap.tagged_commands.get(tag):
            typ, data = imap.tagged_commands.pop(tag)
            raise MailError(f"server refused IDLE: {typ} {data[-1]!r}")
    return tag


def _wait_in_idle(
    imap: Any,
    sock: Any,
    tag: bytes,
    seconds: float,
    *,
    clock: Callable[[], float],
    wake: Wakeup | None = None,
) -> bool:
    end = clock() + seconds
    while True:
        if pop_changes(imap):
            return True
        if imap.tagged_commands.get(tag):
            return False  # the server ended IDLE on its own; _end_idle collects the status
        left = end - clock()
        if left <= 0 or (wake is not None and wake.is_set()):
            return False
        if _readable(sock, left, wake):
            _read_one(imap)


def _end_idle(imap: Any, tag: bytes) -> bool:
    """Send DONE unless the server already ended IDLE; read up to the tagged OK."""
    if not imap.tagged_commands.get(tag):
        imap.send(b"DONE\r\n")
    while not imap.tagged_commands.get(tag):
        _read_one(imap)
    typ, data = imap.tagged_commands.pop(tag)
    if typ != "OK":
        raise MailError(f"IDLE ended with {typ}: {data[-1]!r}")
    return pop_changes(imap)


def poll_wait(
    noop: Callable[[], object],
    imap: Any,
    timeout: float,
    interval: float,
    *,
    wake: Wakeup | None = None,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
) -> bool:
    """NOOP every `interval` seconds until a change is reported (True) or `timeout` (False).

    A set `wake` ends the wait early (False).
    """
    deadline = clock() + timeout
    while True:
        noop()
        _check_bye(imap)
        if pop_changes(imap):
            return True
        remaining = deadline - clock()
        if remaining <= 0:
            return False
        if wake is None:
            sleep(min(interval, remaining))
        elif wake.wait(min(interval, remaining)):
            return False
