"""The command line at its edges: malformed dates are usage errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import Cli

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
INVITATION = CORPUS / "c044-human-invitation.eml"

CONFIG = """
[identity]
name = "Sam Rivera"
email = "sam.rivera@example.net"

[[accounts]]
name = "main"
host = "imap.example.net"
username = "sam"
password_env = "FOLLOWUPD_PASSWORD"

[schedule]
timezone = "Europe/Lisbon"

[storage]
state_dir = "state"
"""


@pytest.fixture
def config(tmp_path: Path, followupd: Cli) -> Path:
    """A config whose state holds one tracked invitation (no mail server needed)."""
    path = tmp_path / "config.toml"
    path.write_text(CONFIG, encoding="utf-8")
    tracked = followupd("track", str(INVITATION), "--config", str(path))
    assert tracked.returncode == 0, tracked.stderr
    return path


@pytest.mark.parametrize(
    ("command", "option", "text"),
    [
        ("plan", "--at", "tomorrow"),
        ("status", "--now", "2026-13-01"),
        ("explain", "--now", "2026-12-01T25:00"),
        ("run", "--now", "next monday"),
        ("sync", "--now", "2026-12-01 9am"),
        ("digest", "--now", ""),
    ],
)
def test_a_malformed_moment_is_a_usage_error(
    tmp_path: Path, followupd: Cli, command: str, option: str, text: str
) -> None:
    # Refused while parsing the command line: before any config is read (there is none).
    extra = ["Business Analyst"] if command == "explain" else []
    absent = str(tmp_path / "absent.toml")
    result = followupd(command, *extra, "--config", absent, option, text)
    assert result.returncode == 2, result.stderr
    assert (
        f"followupd {command}: error: argument {option}: not an ISO 8601 date/time: {text!r} "
        "(e.g. 2026-12-01T09:30 or 2026-12-01)"
    ) in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_a_well_formed_moment_still_works(config: Path, followupd: Cli) -> None:
    # A date alone and a time without an offset are read in the configured time zone.
    plan = followupd("plan", "--config", str(config), "--at", "2025-09-29T10:00")
    assert plan.returncode == 0, plan.stderr
    assert plan.stdout.startswith("Plan as of Mon 2025-09-29 10:00 WEST\n")
    status = followupd("status", "--config", str(config), "--now", "2025-09-29")
    assert status.returncode == 0, status.stderr
    assert "Cyberdyne" in status.stdout
