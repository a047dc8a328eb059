"""The README's first command: `followupd demo` runs through and leaves nothing behind."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable
from pathlib import Path

Cli = Callable[..., subprocess.CompletedProcess[str]]


def _dovecot_masters() -> set[str]:
    """Command lines of running Dovecot masters started with a private config."""
    ps = subprocess.run(["ps", "-eo", "args"], capture_output=True, text=True, check=True)
    return {line for line in ps.stdout.splitlines() if line.startswith("dovecot -F -c")}


def test_demo_walks_three_weeks_and_cleans_up(followupd: Cli, tmp_path: Path) -> None:
    before = _dovecot_masters()
    result = followupd("demo", "--out", str(tmp_path / "out"), timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert "verdict  ready" in out
    # The drafts the sample mailbox calls for, each with its reason.
    for kind in ("invitation_reply", "rejection_reply", "thank_you", "status_check"):
        assert re.search(rf"draft {kind} -> \S+@\S+", out), kind
    assert out.count("why: ") >= 5
    # Job alerts, newsletters, an acknowledgment and personal mail get no draft.
    assert "harbor" not in out.split("What is in the Drafts folder now")[1].lower()
    assert "Hi Lena," in out  # a thank-you printed in full
    assert "nothing is left running" in out
    # It ends with the report and the calendar feed, and where they are.
    report, feed = tmp_path / "out" / "report.html", tmp_path / "out" / "followupd.ics"
    assert out.rstrip().splitlines()[-2:] == [
        f"Report:   {report}  (open it in a web browser)",
        f"Calendar: {feed}  (subscribe to it in your calendar app: see the README)",
    ]
    assert "Northwind Analytics" in report.read_text()
    assert b"BEGIN:VEVENT" in feed.read_bytes()
    assert _dovecot_masters() == before
