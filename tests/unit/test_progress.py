"""Sync progress: a line per tenth when not on a terminal, a bar on one, silence when small."""

from __future__ import annotations

import io

from followupd.cli.progress import ProgressPrinter


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_lines_every_tenth_when_not_a_terminal() -> None:
    out = io.StringIO()
    printer = ProgressPrinter(out, minimum=100)
    for done in range(50, 1001, 50):
        printer("INBOX", done, 1000)
    lines = out.getvalue().splitlines()
    assert lines[0] == "sync INBOX: 100/1000 messages (10%)"
    assert lines[-1] == "sync INBOX: 1000/1000 messages (100%)"
    assert len(lines) == 10


def test_a_bar_on_a_terminal_ending_with_a_newline() -> None:
    out = _Tty()
    printer = ProgressPrinter(out, minimum=10)
    printer("Sent", 5, 10)
    printer("Sent", 10, 10)
    text = out.getvalue()
    assert "[" + "#" * 15 + "." * 15 + "] 5/10" in text
    assert text.endswith("] 10/10\n")


def test_small_passes_print_nothing() -> None:
    out = io.StringIO()
    ProgressPrinter(out, minimum=1000)("INBOX", 5, 10)
    assert out.getvalue() == ""
