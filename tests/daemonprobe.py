"""Watching a running daemon from a test: its sd_notify datagrams and its log lines, timed.

`NotifyListener` stands in for systemd's notification socket (a real AF_UNIX datagram
socket, named in $NOTIFY_SOCKET); `LineReader` collects a child's stderr. Both keep every
item with the monotonic time it arrived, so a test can ask what came after a moment.
"""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from types import TracebackType

Item = tuple[float, str]


class _Timeline:
    """Items in arrival order, and a way to wait for one."""

    def __init__(self) -> None:
        self.items: list[Item] = []
        self._changed = threading.Condition()
        self.closed = False

    def add(self, text: str) -> None:
        with self._changed:
            self.items.append((time.monotonic(), text))
            self._changed.notify_all()

    def close(self) -> None:
        with self._changed:
            self.closed = True
            self._changed.notify_all()

    def since(self, moment: float) -> list[Item]:
        """Every item that arrived after `moment` (monotonic)."""
        with self._changed:
            return [item for item in self.items if item[0] > moment]

    def wait_for(
        self, want: str | Callable[[str], bool], timeout: float, *, after: float = 0.0
    ) -> Item:
        """The first item after `after` that contains `want` (or satisfies it)."""
        match = (lambda text: want in text) if isinstance(want, str) else want
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                for item in self.items:
                    if item[0] > after and match(item[1]):
                        return item
                left = deadline - time.monotonic()
                if left <= 0 or self.closed:
                    seen = "\n".join(text for _, text in self.items[-40:])
                    raise AssertionError(f"{want!r} did not arrive; the last items:\n{seen}")
                self._changed.wait(min(left, 0.5))

    def texts(self) -> list[str]:
        with self._changed:
            return [text for _, text in self.items]


class NotifyListener(_Timeline):
    """A datagram socket where a child sends READY=1, STATUS=, WATCHDOG=1 and the rest."""

    def __init__(self) -> None:
        super().__init__()
        # A short directory: AF_UNIX paths are limited to 107 bytes.
        self._dir = tempfile.mkdtemp(prefix="ntf-")
        self.path = os.path.join(self._dir, "notify")
        self._sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self._sock.bind(self.path)
        self._sock.settimeout(0.2)
        self._thread = threading.Thread(target=self._read, name="notify-listener", daemon=True)
        self._thread.start()

    def _read(self) -> None:
        while not self.closed:
            try:
                data = self._sock.recv(4096)
            except TimeoutError:
                continue
            except OSError:
                return
            self.add(data.decode("utf-8", "replace"))

    def pings(self, items: Iterable[Item]) -> list[float]:
        """When each WATCHDOG=1 among `items` arrived."""
        return [t for t, text in items if text == "WATCHDOG=1"]

    def statuses(self, items: Iterable[Item]) -> list[str]:
        """The STATUS= values among `items`, in order."""
        return [
            line.removeprefix("STATUS=")
            for _, text in items
            for line in text.splitlines()
            if line.startswith("STATUS=")
        ]

    def __enter__(self) -> NotifyListener:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
        self._thread.join(timeout=5)
        self._sock.close()
        shutil.rmtree(self._dir, ignore_errors=True)


class LineReader(_Timeline):
    """Reads a stream (a child's stderr) line by line in a thread until it ends."""

    def __init__(self, stream: Iterable[str]) -> None:
        super().__init__()
        self._thread = threading.Thread(
            target=self._read, args=(stream,), name="line-reader", daemon=True
        )
        self._thread.start()

    def _read(self, stream: Iterable[str]) -> None:
        for line in stream:
            self.add(line.rstrip("\n"))
        self.close()

    def text(self, timeout: float = 10) -> str:
        """Everything read, once the stream ended (the child exited)."""
        self._thread.join(timeout)
        return "\n".join(self.texts())


def largest_gap(moments: list[float], start: float, end: float) -> float:
    """The longest stretch between `start`, each of `moments` and `end` with nothing in it."""
    points = [start, *sorted(m for m in moments if start < m < end), end]
    return max(b - a for a, b in itertools.pairwise(points))
