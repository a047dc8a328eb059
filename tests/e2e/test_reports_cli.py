"""`followupd status`, `plan` and `explain`: what a user reads, from the local state."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from followupd.demo.mailbox import sample_mailbox
from followupd.model import FolderRole
from followupd.testing import DovecotServer, MailUser
from followupd.testing.accounts import write_config

Cli = Callable[..., subprocess.CompletedProcess[str]]
START = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)  # a Monday


@pytest.fixture
def synced(tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser, followupd: Cli) -> Path:
    """A config whose state holds the sample mailbox, synced but not yet drafted."""
    for mail in sample_mailbox(START):
        folder = "Sent" if mail.role is FolderRole.SENT else "INBOX"
        dovecot.deliver(mail_user, folder, mail.raw)
    config = write_config(tmp_path / "cfg", dovecot, mail_user)
    assert followupd("sync", "--once", "--config", str(config)).returncode == 0
    return config


def test_status_table(synced: Path, followupd: Cli) -> None:
    at = (START + timedelta(hours=1)).isoformat()
    out = followupd("status", "--config", str(synced), "--now", at)
    assert out.returncode == 0, out.stderr
    summary, header, *rows = out.stdout.splitlines()
    assert re.fullmatch(r"\d+ applications: \d+ answered \(\d+%\), .*; \d+ in progress", summary)
    assert header.split() == ["ID", "COMPANY", "ROLE", "STATE", "LAST", "NEXT"]
    northwind = next(r for r in rows if "Northwind Analytics" in r)
    assert "invited" in northwind and "invitation_reply" in northwind
    assert not any("jobs.example" in r or "Dinner" in r for r in rows)


def test_plan_previews_without_writing(synced: Path, followupd: Cli) -> None:
    at = (START + timedelta(days=4)).isoformat()
    state = synced.parent / "state"

    def footprint() -> tuple[tuple[int, int], int]:
        # WAL mode: a write lands in the -wal file first. A reader opens (or creates) the
        # -wal and -shm files as every WAL reader does, but never adds a frame to the WAL.
        db, wal = state / "state.sqlite3", state / "state.sqlite3-wal"
        return (db.stat().st_size, db.stat().st_mtime_ns), wal.stat().st_size if wal.exists() else 0

    before = footprint()
    out = followupd("plan", "--config", str(synced), "--at", at)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("Plan as of Fri 2026-12-04 09:00")
    assert "thank_you" in out.stdout and "rejection_reply" in out.stdout
    assert "due now" in out.stdout
    assert footprint() == before  # a preview writes nothing


def test_explain_shows_labels_evidence_state_and_plan(synced: Path, followupd: Cli) -> None:
    out = followupd("explain", "Quarry", "--config", str(synced), "--now", START.isoformat())
    assert out.returncode == 0, out.stderr
    text = out.stdout
    assert "[rejection" in text
    assert "decided to move forward with other candidates" in text  # the evidence
    assert "state: rejected" in text
    assert "rejection_reply due" in text

    missing = followupd("explain", "no such company", "--config", str(synced))
    assert missing.returncode == 1
    assert "no application matches" in missing.stderr
