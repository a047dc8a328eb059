"""Tell systemd how the daemon is doing (sd_notify protocol over $NOTIFY_SOCKET).

Outside systemd every call is a no-op. A failed send never raises: a service manager that
went away must not take the daemon with it.
"""

from __future__ import annotations

import logging
import os
import socket
import time
from collections.abc import Mapping
from dataclasses import dataclass

log = logging.getLogger(__name__)

# A manager that stops reading would otherwise block the sender once the queue is full.
SEND_TIMEOUT = 2.0


class Notifier:
    """Sends READY/STATUS/WATCHDOG/STOPPING/RELOADING/EXTEND_TIMEOUT datagrams to systemd."""

    def __init__(self, address: str | None, *, watchdog_usec: int | None = None) -> None:
        # `address` is what AF_UNIX sendto() takes: a path, or "\0name" for an abstract socket.
        self._address = address
        self._watchdog_usec = watchdog_usec
        self._failure_logged = False

    @classmethod
    def from_env(cls, env: Mapping[str, str], *, pid: int | None = None) -> Notifier:
        """A notifier for $NOTIFY_SOCKET and $WATCHDOG_USEC/$WATCHDOG_PID (see sd_notify(3))."""
        return cls(
            _socket_address(env.get("NOTIFY_SOCKET", "")),
            watchdog_usec=_watchdog_usec(env, os.getpid() if pid is None else pid),
        )

    @property
    def enabled(self) -> bool:
        """Whether a service manager is listening (False outside systemd)."""
        return self._address is not None

    def ready(self, status: str) -> None:
        """Startup (or a reload) is complete; `status` is shown by `systemctl status`."""
        self._send(f"READY=1\nSTATUS={_one_line(status)}")

    def status(self, text: str) -> None:
        """Replace the one-line status `systemctl status` shows."""
        self._send(f"STATUS={_one_line(text)}")

    def watchdog(self) -> None:
        """Tell the manager the main loop is alive; call only after a real liveness check."""
        self._send("WATCHDOG=1")

    def stopping(self) -> None:
        """Shutdown has begun (so a slow stop is not mistaken for a hang)."""
        self._send("STOPPING=1")

    def extend_timeout(self, seconds: float) -> None:
        """Ask for `seconds` more to finish starting or stopping (a first sync in progress)."""
        self._send(f"EXTEND_TIMEOUT_USEC={max(0, round(seconds * 1_000_000))}")

    def reloading(self) -> None:
        """A config reload has begun; send ready() when it is done."""
        # Type=notify-reload (systemd 253+) wants the CLOCK_MONOTONIC time the reload began,
        # to tell this reload apart from an earlier one; older managers ignore the field.
        usec = time.clock_gettime_ns(time.CLOCK_MONOTONIC) // 1000
        self._send(f"RELOADING=1\nMONOTONIC_USEC={usec}")

    def watchdog_interval(self) -> float | None:
        """Seconds between watchdog pings (half of WatchdogSec=), or None when none is wanted."""
        if self._address is None or self._watchdog_usec is None:
            return None
        return self._watchdog_usec / 2 / 1_000_000

    def _send(self, payload: str) -> None:
        if self._address is None:
            return
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
                sock.settimeout(SEND_TIMEOUT)
                sock.sendto(payload.encode("utf-8", errors="replace"), self._address)
        except OSError as exc:
            if not self._failure_logged:
                self._failure_logged = True
                # The manager may be restarting or gone; the daemon's work goes on regardless.
                log.debug("sdnotify.send_failed error=%s", exc.strerror or type(exc).__name__)


@dataclass(frozen=True)
class Liveness:
    """What the watchdog check knows of one loop."""

    running: bool  # its thread is still there
    last_progress: float  # monotonic time of its last sign of life
    quiet_until: float = 0.0  # the end of a wait it chose: a back-off, an IDLE slice


def liveness_ok(last_progress: float, now: float, limit: float) -> bool:
    """Whether a loop that last made progress at `last_progress` (monotonic s) is alive."""
    return now - last_progress <= limit


def stale_loops(loops: Mapping[str, Liveness], now: float, limit: float) -> tuple[str, ...]:
    """Names of the loops that are gone or stuck; ping only when empty.

    A loop in a wait it chose (a back-off, an IDLE slice) is alive until `limit` after the
    wait ends, however long the wait; a loop whose thread ended is never alive.
    """

    def alive(loop: Liveness) -> bool:
        last = max(loop.last_progress, loop.quiet_until)
        return loop.running and liveness_ok(last, now, limit)

    return tuple(sorted(name for name, loop in loops.items() if not alive(loop)))


def _socket_address(value: str) -> str | None:
    """$NOTIFY_SOCKET as an AF_UNIX address: a path, or '@name' for the abstract namespace."""
    if value.startswith("/"):
        return value
    if value.startswith("@") and len(value) > 1:
        return "\0" + value[1:]
    if value:
        # systemd 253+ may also hand out vsock: addresses (for VMs); not for a mail daemon.
        log.debug("sdnotify.unsupported_socket kind=%s", value.split(":", 1)[0][:16])
    return None


def _watchdog_usec(env: Mapping[str, str], pid: int) -> int | None:
    """$WATCHDOG_USEC when it is meant for process `pid` ($WATCHDOG_PID, if set, names it)."""
    raw_usec = env.get("WATCHDOG_USEC", "")
    if not raw_usec:
        return None
    owner = env.get("WATCHDOG_PID", "")
    if owner and _unsigned(owner) != pid:
        # The variables were inherited from a parent the manager actually watches.
        return None
    usec = _unsigned(raw_usec)
    if not usec:
        log.debug("sdnotify.bad_watchdog_usec length=%d", len(raw_usec))
        return None
    return usec


def _unsigned(text: str) -> int | None:
    """A plain ASCII decimal number, or None (int() alone takes ' 7', '+7' and non-ASCII digits)."""
    return int(text) if text.isascii() and text.isdigit() else None


def _one_line(text: str) -> str:
    """A STATUS= value: a newline would start a new (forged) assignment in the datagram."""
    return " ".join(text.splitlines())
