"""The command line at its edges: malformed dates are usage errors, a closed pipe ends quietly."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from conftest import Cli, cli_argv, cli_env

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


def _with_closed_stdout(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    """Run followupd writing into a pipe whose reading end is already closed."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # every write now fails with EPIPE, as after `| head -1` quit
    try:
        return subprocess.run(
            cli_argv(*args),
            env=cli_env(home),
            stdin=subprocess.DEVNULL,
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
            check=False,
        )
    finally:
        os.close(write_end)


@pytest.mark.parametrize(
    "args",
    [
        ("status",),
        ("status", "--json"),
        ("plan", "--at", "2025-09-29T10:00"),
        ("explain", "Business Analyst"),
    ],
)
def test_a_closed_pipe_ends_reports_quietly_with_141(
    config: Path, tmp_path: Path, args: tuple[str, ...]
) -> None:
    result = _with_closed_stdout(*args, "--config", str(config), home=tmp_path / "home")
    assert result.returncode == 141, result.stderr
    assert result.stderr == ""


def test_a_closed_pipe_ends_classify_quietly_with_141(tmp_path: Path) -> None:
    result = _with_closed_stdout("classify", "--json", str(INVITATION), home=tmp_path / "home")
    assert result.returncode == 141, result.stderr
    assert result.stderr == ""


def test_head_closing_the_pipe_midway_is_quiet(tmp_path: Path) -> None:
    # The user's own case: `head` leaves after the first line. Twice the corpus as JSON is
    # more than a pipe buffer holds, so the writer is still writing when the pipe closes.
    files = " ".join(str(p) for p in sorted(CORPUS.glob("*.eml")) * 2)
    argv = " ".join(cli_argv("classify", "--json"))
    script = f'set -o pipefail; {argv} {files} | head -1; echo "status=${{PIPESTATUS[0]}}" >&2'
    result = subprocess.run(
        ["bash", "-c", script],
        env=cli_env(tmp_path / "home"),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert len(result.stdout.splitlines()) == 1
    assert result.stdout.startswith(f'{{"file": "{CORPUS / "c001-human-rejection.eml"}"')
    assert result.stderr == "status=141\n"
