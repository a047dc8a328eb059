"""`followupd ignore` and `expect`: the user's corrections persist and win over the rules."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from followupd.demo.mailbox import sample_mailbox
from followupd.model import FolderRole
from followupd.testing import DovecotServer, MailUser
from followupd.testing.accounts import write_config

Cli = Callable[..., subprocess.CompletedProcess[str]]
START = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)  # a Monday


def _rows(followupd: Cli, config: Path, at: datetime) -> list[dict[str, object]]:
    out = followupd("status", "--json", "--config", str(config), "--now", at.isoformat())
    assert out.returncode == 0, out.stderr
    return [json.loads(line) for line in out.stdout.splitlines()]


def _status(followupd: Cli, config: Path, at: datetime) -> dict[str, dict[str, object]]:
    return {str(r["company"]): r for r in _rows(followupd, config, at)}


def test_ignore_and_expect(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser, followupd: Cli
) -> None:
    for mail in sample_mailbox(START):
        folder = "Sent" if mail.role is FolderRole.SENT else "INBOX"
        dovecot.deliver(mail_user, folder, mail.raw)
    config = write_config(tmp_path / "cfg", dovecot, mail_user)
    assert followupd("sync", "--once", "--config", str(config)).returncode == 0
    at = START + timedelta(hours=1)
    before = _status(followupd, config, at)
    assert before["Northwind Analytics"]["next_action"]["kind"] == "invitation_reply"  # type: ignore[index]

    ignored = followupd("ignore", "Northwind", "--config", str(config))
    assert ignored.returncode == 0, ignored.stderr
    assert "nothing will be drafted" in ignored.stdout
    assert "Northwind Analytics" not in _status(followupd, config, at)  # not an application now

    decided = followupd("expect", "Harbor", "--by", "2026-12-02", "--config", str(config))
    assert decided.returncode == 0, decided.stderr
    harbor = _status(followupd, config, at)["Harbor Logistics"]
    assert harbor["reply_expected_by"] == "2026-12-02"
    # Two business days after the date they named, at the configured morning time.
    assert harbor["next_action"] == {  # type: ignore[comparison-overlap]
        "kind": "status_check",
        "due": "2026-12-04T09:30:00+00:00",
        "reason": harbor["next_action"]["reason"],  # type: ignore[index]
    }

    ran = followupd("-v", "run", "--once", "--config", str(config), "--now", at.isoformat())
    assert ran.returncode == 0, ran.stderr
    assert "draft.created" in ran.stderr and "kind=rejection_reply" in ran.stderr
    assert "kind=invitation_reply" not in ran.stderr  # the ignored thread got no draft

    undone = followupd("ignore", "Northwind", "--undo", "--config", str(config))
    assert undone.returncode == 0
    assert "Northwind Analytics" in _status(followupd, config, at)


# To the founders' list, the user in Bcc: not a message written to the user, so not read.
QUIET = (
    "From: Jane Park <jane.park@startup.example>\r\nTo: founders@startup.example\r\n"
    "Subject: Catching up\r\nDate: Mon, 30 Nov 2026 08:00:00 +0000\r\n"
    "Message-ID: <{mid}@startup.example>\r\n\r\n"
    "Great meeting you yesterday. I passed your notes to our CTO; more soon.\r\n"
)


def test_track_a_message_id_and_a_saved_file(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser, followupd: Cli
) -> None:
    dovecot.deliver(mail_user, "INBOX", QUIET.format(mid="quiet-1").encode())
    config = write_config(tmp_path / "cfg", dovecot, mail_user)
    at = START + timedelta(hours=1)
    assert followupd("sync", "--once", "--config", str(config)).returncode == 0
    assert _rows(followupd, config, at) == []  # triage skipped it: nothing looks recruiting

    tracked = followupd("track", "quiet-1@startup.example", "--config", str(config))
    assert tracked.returncode == 0, tracked.stderr
    assert "fetched at the next pass" in tracked.stdout
    ran = followupd("-v", "run", "--once", "--config", str(config), "--now", at.isoformat())
    assert ran.returncode == 0, ran.stderr
    assert "track.fetched account=main wanted=1 found=1" in ran.stderr
    assert [r["state"] for r in _rows(followupd, config, at)] == ["awaiting_reply"]

    saved = tmp_path / "saved.eml"
    saved.write_bytes(QUIET.format(mid="quiet-2").replace("Catching up", "Coffee?").encode())
    from_file = followupd("track", str(saved), "--config", str(config))
    assert from_file.returncode == 0, from_file.stderr
    assert "stored from the file" in from_file.stdout
    # The same person at the same organisation: one application, now with both threads.
    (row,) = _rows(followupd, config, at)
    assert row["state"] == "awaiting_reply" and len(row["threads"]) == 2
