"""Several [[accounts]] in one process: one failing account never stops the others."""

from __future__ import annotations

import subprocess
import tomllib
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import tomli_w

from followupd.demo.mailbox import sample_mailbox
from followupd.model import FolderRole
from followupd.testing import DovecotServer, MailUser
from followupd.testing.accounts import write_config, write_private

Cli = Callable[..., subprocess.CompletedProcess[str]]
START = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def test_a_refused_account_does_not_stop_the_other(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser, followupd: Cli
) -> None:
    for mail in sample_mailbox(START):
        folder = "Sent" if mail.role is FolderRole.SENT else "INBOX"
        dovecot.deliver(mail_user, folder, mail.raw)
    broken_user = dovecot.add_user()
    config = write_config(tmp_path / "cfg", dovecot, mail_user)
    data = tomllib.loads(config.read_text())
    wrong = write_private(
        tmp_path / "cfg" / "wrong-password", f"not-{broken_user.password}\n".encode()
    )
    second = {
        **data["accounts"][0],
        "name": "second",
        "username": broken_user.username,
        "password_file": str(wrong),
    }
    data["accounts"] = [second, data["accounts"][0]]  # the failing one goes first
    config.write_text(tomli_w.dumps(data))

    at = (START + timedelta(hours=1)).isoformat()
    result = followupd("-v", "run", "--once", "--config", str(config), "--now", at)
    assert result.returncode == 69, result.stderr  # EX_UNAVAILABLE: an account failed
    assert "pass.account_failed account=second" in result.stderr
    assert "draft.created" in result.stderr  # the healthy account still drafted
    assert broken_user.password not in result.stderr
    drafts = dovecot.doveadm("search", "-u", mail_user.username, "mailbox", "Drafts", "all")
    assert len(drafts.stdout.split()) >= 2
