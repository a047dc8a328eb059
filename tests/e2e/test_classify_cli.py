"""`python -m followupd classify` as a user runs it: JSON lines, stdin, errors, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpus"


def run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PYTHONPATH": str(ROOT / "daemon")}
    return subprocess.run(
        [sys.executable, "-m", "followupd", "classify", *args],
        env=env,
        input=stdin,
        capture_output=True,
        timeout=60,
        check=False,
    )


def corpus_file(part: str) -> Path:
    return next(p for p in sorted(CORPUS.glob("*.eml")) if part in p.name)


def test_json_lines_for_files_and_stdin() -> None:
    rejection = corpus_file("-rejection.eml")
    invite = corpus_file("calendar-confirmation")
    result = run(str(rejection), "-", "--json", "--tz", "Europe/Berlin", stdin=invite.read_bytes())
    assert result.returncode == 0, result.stderr
    first, second = (json.loads(line) for line in result.stdout.decode().splitlines())
    assert first["file"] == str(rejection)
    assert first["label"] == "rejection"
    assert 0 < first["confidence"] <= 1 and first["evidence"]
    assert first["interview"] is None and first["reply_expected_by"] is None
    assert set(first) >= {"contacts", "company", "role"}
    assert second["file"] == "-" and second["label"] == "confirmation"
    assert second["interview"]["start"].endswith(("+01:00", "+02:00"))
    assert any(c["role"] == "interviewer" for c in second["contacts"])


def test_unreadable_file_reports_error_and_exit_1_after_the_others(tmp_path: Path) -> None:
    bad = tmp_path / "bad.eml"
    bad.write_bytes(b"not a mail message at all\n")
    good = corpus_file("-acknowledgment.eml")
    result = run(str(bad), str(tmp_path / "missing.eml"), str(good), "--json")
    assert result.returncode == 1
    records = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [("error" in r) for r in records] == [True, True, False]
    assert records[2]["label"] == "acknowledgment"
    assert b"Traceback" not in result.stderr


def test_readable_line_without_json() -> None:
    result = run(str(corpus_file("-status_update.eml")), "--tz", "America/New_York")
    assert result.returncode == 0, result.stderr
    line = result.stdout.decode().strip()
    assert ": status_update (" in line and "reply by 2025-" in line


def test_unknown_zone_is_a_config_error() -> None:
    result = run(str(corpus_file("-offer.eml")), "--tz", "Mars/Olympus")
    assert result.returncode == 78
    assert b"unknown time zone 'Mars/Olympus'" in result.stderr
