"""Progress for a big first sync: a bar on a terminal, a line every tenth otherwise."""

from __future__ import annotations

import sys
from typing import TextIO

_WIDTH = 30


class ProgressPrinter:
    """A sync progress callback writing to `stream` (stderr), quiet for small passes."""

    def __init__(self, stream: TextIO = sys.stderr, *, minimum: int = 1000) -> None:
        self.stream = stream
        self.minimum = minimum
        self.tty = stream.isatty()
        self._last_tenth: dict[str, int] = {}

    def __call__(self, folder: str, done: int, total: int) -> None:
        """Report `done` of `total` messages of `folder`."""
        if total < self.minimum:
            return
        if self.tty:
            filled = _WIDTH * done // total
            bar = "#" * filled + "." * (_WIDTH - filled)
            end = "\n" if done >= total else ""
            self.stream.write(f"\r{folder[:20]:<20} [{bar}] {done}/{total}{end}")
            self.stream.flush()
            return
        tenth = 10 * done // total
        if tenth > self._last_tenth.get(folder, 0):
            self._last_tenth[folder] = tenth
            self.stream.write(f"sync {folder}: {done}/{total} messages ({tenth * 10}%)\n")
            self.stream.flush()
